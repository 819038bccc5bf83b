#!/usr/bin/env python3
"""Corpus GR: what a quality team finds when it exports an archive.

Mail threads (latest on top, quotes below, several signatures), case-system plain-text exports
(hard line breaks, hyphenation, page headers mid-text), 2023-2025 documents citing old paragraph
numbers, degraded fax/photocopy scans (PIL + Tesseract), quick caseworker notes with abbreviations,
and workplace-colleague mentors (virksomhedsmentor). Deterministic: fixed seed.

Run: /work/main/.venv/bin/python make_corpus_gr.py --out /work/corpora/gr [--seed 1616]
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CITIZENS = ["Mette Kjær Andersen", "Ali Haidari", "Jonas Brink", "Sofie Lund", "Kasper Holm Jensen",
            "Fatima Yousef", "Nikolaj Bech", "Line Thomsen", "Rasmus Vinther", "Camilla Dahl",
            "Mads Østergaard", "Ida Frost", "Yusuf Demir", "Trine Bak", "Emil Skov", "Louise Krogh",
            "Bashir Noori", "Pernille Hald", "Tobias Mølgaard", "Sara Nielsen", "Jannik Friis",
            "Amalie Storm", "Henrik Lauritsen", "Zainab Ahmadi"]
PROV_MENTORS = [("Birgitte Sand", "Mentorhuset ApS", "mentorhuset.dk"),
                ("Lars Overgaard", "Bro til Job", "brotiljob.dk"),
                ("Hanne Rytter", "Kompas Mentor & Coaching", "kompasmentor.dk"),
                ("Dorthe Malling", "Nordvest Beskæftigelse I/S", "nvbeskaeftigelse.dk"),
                ("Tariq Mansour", "Fremad Socialøkonomisk Virksomhed", "fremad-svo.dk")]
WORKPLACES = [("Henrik Madsen", "værkfører", "Dansk Stålmontage A/S", "dsm.dk", "montør"),
              ("Susanne Kirk", "afdelingsleder", "Netto Vestergade", "salling.dk", "butiksmedhjælper"),
              ("Poul Erik Vang", "lagerchef", "Nordic Logistik A/S", "nordiclog.dk", "lagermedarbejder"),
              ("Gitte Hviid", "køkkenleder", "Plejecenter Solgården", "kommune.dk", "køkkenmedhjælper"),
              ("Michael Riis", "mester", "Riis Tømrer & Snedker ApS", "riistoemrer.dk", "tømrerlærling"),
              ("Anja Bruun", "teamleder", "Bilka Hundige", "bilka.dk", "varepåfylder")]
CASEWORKERS = ["Karen Vestergaard", "Ole Thygesen", "Maria Fog", "Anders Kruse", "Nanna Bisgaard",
               "Peter Hjort", "Lene Dyhr"]
KOMMUNER = ["Holbæk", "Viborg", "Næstved", "Herning", "Svendborg", "Hjørring", "Køge", "Slagelse",
            "Horsens", "Frederikshavn"]
SCHOOLS = ["SOSU Sjælland", "Tradium", "EUC Nordvest", "VUC Storstrøm", "FGU Midt", "Mercantec"]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


class Gen:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="gr_"))
        self.to_convert: list[tuple[Path, str, dict]] = []
        self.n = 0

    # ---------- small helpers ----------
    def pick(self, seq):
        return self.rng.choice(seq)

    def phone(self):
        r = self.rng
        return f"{r.choice([20,21,22,23,24,25,26,27,28,29,30,31,40,41,42,50,51,52,53,60,61,71,72,81,91,93])} " \
               f"{r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}"

    def cpr(self):
        r = self.rng
        d = dt.date(r.randint(1962, 2004), r.randint(1, 12), r.randint(1, 28))
        return f"{d:%d%m%y}-{r.randint(1000, 9999)}"

    def fmt_date(self, d: dt.date, style: str) -> str:
        if style == "words":
            return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
        if style == "den":
            return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
        if style == "abbr":
            return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
        if style == "dots":
            return f"{d:%d.%m.%Y}"
        if style == "short":
            return f"{d.day}.{d.month}.{d:%y}"
        if style == "slash":
            return f"{d.day}/{d.month}-{d.year}"
        if style == "iso":
            return d.isoformat()
        return f"{d.day}/{d.month} {d.year}"

    def period(self, start: dt.date, over: bool, style=None, short=False):
        style = style or self.pick(["words", "dots", "slash", "short", "abbr", "iso", "sl2"])
        if over:
            months = self.pick([8, 9, 10, 12])
            end = add_months(start, months) - dt.timedelta(days=1)
        else:
            months = self.pick([3, 4, 6, 6]) if not short else 3
            end = add_months(start, months) - dt.timedelta(days=1)
        sep = self.pick([" – ", " - ", " til ", "-"]) if style not in ("iso",) else " – "
        if style == "words" and self.rng.random() < 0.4:
            txt = f"fra {self.fmt_date(start, style)} til {self.fmt_date(end, style)}"
        elif style in ("dots", "short") and self.rng.random() < 0.4:
            txt = f"f.o.m. {self.fmt_date(start, style)} t.o.m. {self.fmt_date(end, style)}"
        else:
            txt = f"{self.fmt_date(start, style)}{sep}{self.fmt_date(end, style)}"
        return txt, {"start": start.isoformat(), "end": end.isoformat()}

    def ctx(self, year=None):
        r = self.rng
        year = year or r.choice([2023, 2024, 2025, 2026])
        start = dt.date(year, r.randint(1, 11), r.choice([1, 1, 1, 15, 4, 10]))
        c = {
            "borger": self.pick(CITIZENS), "cw": self.pick(CASEWORKERS), "kom": self.pick(KOMMUNER),
            "prov": self.pick(PROV_MENTORS), "wp": self.pick(WORKPLACES), "school": self.pick(SCHOOLS),
            "start": start, "year": year, "cwtlf": self.phone(), "mtlf": self.phone(),
            "sag": f"{r.choice(['15.02.10','32.18.04','27.12.04'])}-G01-{r.randint(100,9999)}-{year % 100}",
        }
        c["fornavn"] = c["borger"].split()[0]
        c["later"] = self.fmt_date(add_months(start, 3), "words")
        return c

    # ---------- field banks ----------
    def goal(self, c, mode, virk=False):
        n, wp, sc = c["fornavn"], c["wp"], c["school"]
        if mode == "ok":
            opts = [
                f"{n} er i virksomhedspraktik som {wp[4]} hos {wp[2]} 4 dage om ugen senest {c['later']}, med henblik på løntilskud.",
                f"{n} gennemfører grundforløb 1 på {sc} med højst 10 % fravær og søger hovedforløb inden {c['later']}.",
                f"{n} bevarer sin ansættelse som {wp[4]} hos {wp[2]} og møder alle planlagte vagter (højst 1 fraværsdag pr. måned).",
                f"{n} arbejder 15 timer om ugen i fleksjob som {wp[4]} hos {wp[2]} fra {c['later']}.",
                f"{n} består FVU-dansk trin 2 på {sc} inden {c['later']}, så hun/han kan optages på SOSU-hjælperuddannelsen.",
            ]
            if virk:
                opts = [f"{n} bliver fastansat som {wp[4]} hos {wp[2]} efter løntilskudsperioden og kan klare vagterne alene fra {c['later']}.",
                        f"{n} møder stabilt 30 timer om ugen som {wp[4]} hos {wp[2]} og har højst 2 sygedage pr. måned.",
                        f"{n} gennemfører løntilskudsjobbet som {wp[4]} hos {wp[2]} og er i ordinære timer 10 t/uge senest {c['later']}."]
            return self.pick(opts)
        if mode == "unclear":
            return self.pick([
                "Støtte til at få struktur på hverdagen og øget trivsel.",
                f"At {n} kommer tættere på arbejdsmarkedet og får mere selvværd.",
                "Hjælp til at komme videre.",
                f"Sikre at {n} får en god og stabil hverdag.",
                f"Motivere {n} og arbejde på trivslen.",
            ])
        return None

    def mentor(self, c, mode, virk=False):
        if virk:
            nm, role, firm, dom, _ = c["wp"]
            mail = nm.split()[0].lower() + "@" + dom
            if mode == "ok":
                return self.pick([f"{nm}, {role}, {firm}, tlf. {c['mtlf']}",
                                  f"{nm} ({role}) – {mail} – mobil {c['mtlf']}",
                                  f"{nm}, {firm}. Træffes på {c['mtlf']} eller {mail}"])
            return self.pick([f"{nm}, {role}, {firm}", f"{nm} (kollega på lageret)", f"{role} {nm}"])
        nm, org, dom = c["prov"]
        mail = nm.split()[0].lower() + "@" + dom
        if mode == "ok":
            return self.pick([f"{nm}, {org}, tlf. {c['mtlf']}, {mail}", f"{nm} – {org} – {c['mtlf']}",
                              f"{nm}, {mail}", f"{nm} ({org}), mobil {c['mtlf']}"])
        return self.pick([f"{nm}, {org}", f"{nm}", f"{org} (mentor udpeges senere)"])

    def tasks(self, c, mode, virk=False):
        n = c["fornavn"]
        if mode != "ok":
            return None
        if virk:
            return self.pick([
                f"Oplære {n} i arbejdsgange på lageret, være fast kontaktperson i arbejdstiden og tage en kort snak hver fredag om ugen der gik.",
                f"Introducere {n} til kollegerne, fordele opgaver den første måned og sige til tidligt, hvis fremmødet svigter.",
                f"Sidemandsoplæring ved maskinerne; gennemgå sikkerhedsregler; hjælpe {n} med vagtplanen."])
        return self.pick([
            f"Følge {n} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
            f"Hjælpe {n} med at planlægge ugen, øve bustransport til skolen og tage kontakt til studievejleder ved fravær.",
            f"Støtten består i: morgenopkald de dage {n} skal møde, hjælp til kontakt med arbejdsgiver og til post fra e-Boks.",
            f"Mentoren skal hjælpe {n} med at holde aftaler med læge og jobcenter og forberede samtaler med arbejdsgiveren."])

    def follow(self, c, mode):
        if mode == "ok":
            return self.pick([
                "Statusmøde med mentor, borger og sagsbehandler hver 4. uge; evaluering 14 dage før ophør.",
                "Mentor sender kort skriftlig status hver måned. Delmål: fremmøde 4 af 5 dage fra uge 3.",
                f"Opfølgning på jobsamtale ca. hver 6. uge og midtvejsevaluering {c['later']}.",
                "Vi følger op hver anden uge pr. telefon og holder fællesmøde før periodens udløb."])
        if mode == "vague":
            return self.pick(["Der følges op efter behov.", "Opfølgning sker løbende.", "Opfølgning: evt. senere"])
        return None

    def hours(self, c, mode, virk=False):
        if mode == "ok":
            if virk:
                return self.pick(["Frikøb af 3 timer pr. uge", "4 timer ugentligt (frikøbt fra egne opgaver)",
                                  "ca. 2 t/uge", "5 timer om ugen de første 4 uger, derefter 2 timer om ugen"])
            return self.pick(["3 timer pr. uge", "2 t/uge", "6 timer om måneden", "1½ time om ugen",
                              "op til 4 timer ugentligt", "2 timer ugentligt"])
        if mode == "vague":
            return self.pick(["Et par timer om ugen", "efter behov", "Løbende, som aftalt med mentor"])
        return None

    def appeal(self, c, mode, old=False):
        body = "jobcentret" if old else self.pick(["kommunen", "Jobcenter " + c["kom"], "kommunen"])
        if mode == "ok":
            return self.pick([
                f"Hvis du ikke er enig i afgørelsen, skal du klage til {body} inden fire uger efter, at du har modtaget den. "
                f"Vi genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
                f"Du kan klage mundtligt eller skriftligt til {body} inden 4 uger fra modtagelsen. Ændrer vi ikke afgørelsen, sender vi klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget.",
                f"Klag senest 4 uger efter du har fået dette brev. Klagen sendes til {body}, som genvurderer sagen og evt. sender den videre til Ankestyrelsen."])
        if mode == "vague":
            return self.pick(["Du kan klage over afgørelsen.", "Klagevejledning: se vedlagte folder.",
                              "Er du utilfreds, kan du kontakte din sagsbehandler."])
        return None

    # ---------- specs ----------
    AG_DEFECTS = [[], ["missing-hours"], [], ["duration-over-6-months"], ["unclear-goal"], [],
                  ["missing-mentor"], ["missing-appeal-guidance"], [], ["missing-follow-up"],
                  ["missing-tasks", "missing-hours"], [], ["missing-goal"], ["missing-duration"],
                  [], ["missing-mentor", "missing-follow-up"], ["unclear-goal", "duration-over-6-months"],
                  [], ["missing-appeal-guidance", "missing-hours"], []]

    def agreement_fields(self, c, defects, virk=False, old=False, over_style=None):
        d = set(defects)
        f = {}
        f["goal"] = None if "missing-goal" in d else self.goal(c, "unclear" if "unclear-goal" in d else "ok", virk)
        f["mentor"] = self.mentor(c, "bad" if "missing-mentor" in d else "ok", virk)
        f["tasks"] = self.tasks(c, "bad" if "missing-tasks" in d else "ok", virk)
        if "missing-duration" in d:
            f["duration"], f["period"] = self.pick(["indtil videre", "aftales ved opstart", "Udfyldes senere"]), None
        else:
            f["duration"], f["period"] = self.period(c["start"], "duration-over-6-months" in d, over_style)
        f["follow"] = self.follow(c, self.pick(["vague", "none"]) if "missing-follow-up" in d else "ok")
        f["hours"] = self.hours(c, self.pick(["vague", "none"]) if "missing-hours" in d else "ok", virk)
        f["appeal"] = self.appeal(c, self.pick(["vague", "none"]) if "missing-appeal-guidance" in d else "ok", old)
        return f

    def add(self, rel, fmt, kind, subtype, layout, rules, traits, cpr=None, period=None):
        self.entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                             "rules": sorted(set(rules)), "extras": [], "error": None, "accept_errors": [],
                             "must_not_contain": [cpr] if cpr else [], "traits": traits, "period": period})

    def want_cpr(self):
        return self.rng.random() < 0.27

    # ---------- writers ----------
    def write_text(self, rel, text, enc="utf-8"):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text.encode(enc))

    def case_export(self, lines, header, width=None):
        """Hard wrap with end-of-line hyphenation and a page header in the middle."""
        width = width or self.pick([58, 64, 70])
        out = []
        for ln in lines:
            if not ln.strip():
                out.append("")
                continue
            words, cur = ln.split(), ""
            for w in words:
                if len(cur) + 1 + len(w) <= width:
                    cur = (cur + " " + w).strip()
                    continue
                room = width - len(cur) - 2
                if len(w) >= 9 and room >= 4 and w.isalpha():
                    cut = min(room, len(w) - 3)
                    out.append((cur + " " + w[:cut] + "-").strip())
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        mid = len(out) // 2 + self.rng.randint(-3, 3)
        block = ["", "\f" + header.replace("{p}", "2"), "-" * min(width, 60), ""]
        out = [header.replace("{p}", "1"), "=" * min(width, 60)] + out[:mid] + block + out[mid:]
        return "\n".join(out) + "\n"

    def docx(self, rel, blocks, table=False, convert=None):
        import docx
        from docx.shared import Pt
        doc = docx.Document()
        st = doc.styles["Normal"]
        st.font.name = self.pick(["Calibri", "Arial", "Times New Roman"])
        st.font.size = Pt(11)
        kvs = []
        def flush():
            if kvs:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in kvs:
                    row = t.add_row().cells
                    row[0].text, row[1].text = k, v
                kvs.clear()
        for b in blocks:
            if b[0] == "kv" and table:
                kvs.append((b[1], b[2]))
                continue
            flush()
            if b[0] == "t":
                doc.add_heading(b[1], level=1)
            elif b[0] == "h":
                doc.add_heading(b[1], level=2)
            elif b[0] == "kv":
                p = doc.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            elif b[0] == "li":
                doc.add_paragraph(b[1], style="List Bullet")
            else:
                doc.add_paragraph(b[1])
        flush()
        if convert:
            p = self.tmp / convert / Path(rel).with_suffix(".docx").name
            p.parent.mkdir(parents=True, exist_ok=True)
            doc.save(p)
            return p
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        doc.save(p)
        return p

    def pdf(self, rel, blocks, header=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        cv = canvas.Canvas(str(p), pagesize=A4, invariant=1)
        W, H = A4
        y = H - 60
        page = 1
        def newpage():
            nonlocal y, page
            if header:
                cv.setFont("Helvetica", 8)
                cv.drawString(50, 30, f"{header}   Side {page}")
            cv.showPage()
            page += 1
            y = H - 60
        for b in blocks:
            if b[0] in ("t", "h"):
                cv.setFont("Helvetica-Bold", 14 if b[0] == "t" else 11)
                if y < 100:
                    newpage()
                y -= 8
                cv.drawString(50, y, b[1])
                y -= 18
                continue
            txt = f"{b[1]}: {b[2]}" if b[0] == "kv" else ("• " + b[1] if b[0] == "li" else b[1])
            cv.setFont("Helvetica", 10)
            for ln in textwrap.wrap(txt, 95) or [""]:
                if y < 70:
                    newpage()
                cv.drawString(50, y, ln)
                y -= 13
            y -= 5
        if header:
            cv.setFont("Helvetica", 8)
            cv.drawString(50, 30, f"{header}   Side {page}")
        cv.save()

    def blocks_to_lines(self, blocks):
        lines = []
        for b in blocks:
            if b[0] == "t":
                lines += [b[1].upper(), ""]
            elif b[0] == "h":
                lines += ["", b[1], ""]
            elif b[0] == "kv":
                lines.append(f"{b[1]}: {b[2]}")
            elif b[0] == "li":
                lines.append("- " + b[1])
            else:
                lines += [b[1], ""]
        return lines

    def scan(self, rel, lines, mode, fax=None, noise=0.06, skew=None, scale=None):
        """Render lines to A4 images, degrade, save as image PDF / PNG / TIFF / tesseract PDF."""
        font = ImageFont.truetype(self.pick(["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                             "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                                             "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"]), 27)
        W, H = 1654, 2339
        wrapped = []
        for ln in lines:
            wrapped += textwrap.wrap(ln, 78) or [""]
        per = 52
        pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)] or [[]]
        imgs = []
        for pi, pl in enumerate(pages):
            im = Image.new("L", (W, H), 255)
            dr = ImageDraw.Draw(im)
            y = 120
            if fax:
                dr.text((80, 40), fax.replace("{p}", f"{pi+1:02d}"), font=ImageFont.truetype(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 20), fill=60)
            for ln in pl:
                dr.text((130, y), ln, font=font, fill=self.rng.randint(0, 50))
                y += 40
            sk = skew if skew is not None else self.rng.uniform(-1.8, 1.8)
            im = im.rotate(sk, resample=Image.BICUBIC, expand=False, fillcolor=255)
            sc = scale or self.rng.choice([0.45, 0.5, 0.6])
            im = im.resize((int(W * sc), int(H * sc)), Image.BILINEAR).resize((W, H), Image.BILINEAR)
            px = im.load()
            r = self.rng
            for _ in range(int(W * H * noise / 40)):
                x, yy = r.randrange(W), r.randrange(H)
                v = 0 if r.random() < 0.6 else 255
                for dx in range(r.choice([1, 2, 3])):
                    if x + dx < W:
                        px[x + dx, yy] = v
            if r.random() < 0.5:
                im = im.filter(ImageFilter.GaussianBlur(0.8))
            im = im.point(lambda v: 0 if v < 150 else 255) if mode in ("fax-pdf", "tif") else im
            imgs.append(im)
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if mode in ("img-pdf", "fax-pdf"):
            imgs[0].convert("RGB").save(p, "PDF", resolution=200, save_all=True,
                                        append_images=[i.convert("RGB") for i in imgs[1:]])
        elif mode == "png":
            imgs[0].save(p)
        elif mode == "tif":
            imgs[0].convert("1").save(p, compression="group4")
        elif mode == "ocr-pdf":
            paths = []
            for i, im in enumerate(imgs):
                ip = self.tmp / f"ocr_{self.n}_{i}.png"
                im.save(ip, dpi=(200, 200))
                paths.append(str(ip))
            lst = self.tmp / f"ocr_{self.n}.txt"
            lst.write_text("\n".join(paths) + "\n")
            base = self.tmp / f"ocr_{self.n}"
            subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(str(base) + ".pdf", p)
        self.n += 1

    def eml(self, rel, subject, frm, to, date, body, quoted):
        m = email.message.EmailMessage()
        m["Subject"] = subject
        m["From"] = frm
        m["To"] = to
        m["Date"] = email.utils.format_datetime(date)
        m["Message-ID"] = f"<{self.rng.getrandbits(64):016x}.{date:%Y%m%d%H%M}@mail.kommune.dk>"
        text = body.rstrip() + "\n\n"
        for hdr, qt in quoted:
            text += hdr + "\n" + "\n".join("> " + l if l else ">" for l in qt.splitlines()) + "\n\n"
        m.set_content(text)
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(bytes(m))

    # ---------- agreements ----------
    LBL = {"goal": ["Målet med mentorstøtten", "Formål", "Mål og delmål", "Hovedformål"],
           "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Mentor/kontaktperson"],
           "tasks": ["Mentorens opgaver", "Indsatsområder", "Opgaver for mentor"],
           "duration": ["Periode", "Varighed", "Aftalen gælder", "Bevilget periode"],
           "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering"],
           "hours": ["Timetal", "Antal timer", "Omfang", "Timer"],
           "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]}

    def agreement_blocks(self, c, f, virk=False, old=False, cpr=None):
        kom = c["kom"]
        B = []
        if virk:
            B.append(("t", self.pick(["Aftale om virksomhedsmentor", "Mentoraftale – mentor på arbejdspladsen",
                                      "Trepartsaftale om mentorstøtte (virksomhedsmentor)"])))
        else:
            B.append(("t", self.pick(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte"])))
        hdr = f"{'Jobcenter' if old else self.pick(['Jobcenter', 'Kommune'])} {kom}" if old else f"{kom} Kommune, Beskæftigelse"
        B.append(("p", f"{hdr} · Sagsnr. {c['sag']}"))
        B.append(("kv", "Borger", c["borger"] + (f", CPR-nr. {cpr}" if cpr else "")))
        if virk:
            B.append(("kv", "Virksomhed", f"{c['wp'][2]} (løntilskud fra {self.fmt_date(c['start'], 'words')})"))
        if old:
            B.append(("p", self.pick([
                "Aftalen indgås efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1 (tidl. § 31 b), jf. LBK nr. 280 af 1. marts 2024.",
                "Mentorstøtten ydes efter LAB § 167 (tidligere § 31 b) og BAB § 52 om Min Plan.",
                "Hjemmel: lov om aktiv beskæftigelsesindsats § 31 b, stk. 1 – nu § 167, jf. LBK 701 af 22/05/2022."])))
        L = self.LBL
        order = ["goal", "mentor", "tasks", "duration", "hours", "follow"]
        if self.rng.random() < 0.3:
            order = ["mentor", "duration", "hours", "goal", "tasks", "follow"]
        for k in order:
            v = f[k]
            lab = self.pick(L[k])
            if v is None:
                r = self.rng.random()
                if r < 0.5:
                    B.append(("kv", lab, self.pick(["-", "Udfyldes senere", "…"])))
                continue
            if k == "tasks" and self.rng.random() < 0.4:
                B.append(("h", lab))
                for part in v.replace("; ", ". ").split(". "):
                    if part.strip():
                        B.append(("li", part.strip().rstrip(".") + "."))
            else:
                B.append(("kv", lab, v))
        B.append(("p", "Mentorstøtten kan højst bevilges for 6 måneder ad gangen, med mulighed for forlængelse efter en konkret vurdering."))
        if f["appeal"]:
            B.append(("h", self.pick(L["appeal"])))
            B.append(("p", f["appeal"]))
        B.append(("p", f"Underskrifter: {c['borger']} (borger) · {c['wp'][0] if virk else c['prov'][0]} (mentor) · {c['cw']} (sagsbehandler, tlf. {c['cwtlf']})"))
        return B

    def make_agreements(self):
        fams = (["docx"] * 4 + ["docx-table"] * 3 + ["pdf"] * 3 + ["odt"] * 2 + ["rtf"] * 2 + ["html"]
                + ["export"] * 3 + ["eml"] * 4 + ["note"] * 3 + ["scan"] * 4)
        for i, fam in enumerate(fams):
            defects = self.AG_DEFECTS[i % len(self.AG_DEFECTS)]
            virk = i % 3 == 1
            old = i % 4 == 2
            c = self.ctx(self.pick([2023, 2024, 2025]) if old else self.pick([2025, 2026]))
            cpr = self.cpr() if self.want_cpr() else None
            f = self.agreement_fields(c, defects, virk, old)
            traits = [f"family:{fam}"] + (["virksomhedsmentor"] if virk else []) + (["old-paragraphs"] if old else []) \
                + (["cpr"] if cpr else []) + [f"defect:{d}" for d in defects]
            slug = c["borger"].split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
            base = f"aftaler/{c['year']}/{i:02d}_{'virksomhedsmentor' if virk else 'mentoraftale'}_{slug}"
            if fam in ("docx", "docx-table"):
                self.docx(base + ".docx", self.agreement_blocks(c, f, virk, old, cpr), table=fam == "docx-table")
                self.add(base + ".docx", "docx", "agreement", "agreement", fam, defects, traits, cpr, f["period"])
            elif fam in ("odt", "rtf"):
                p = self.docx(base + ".docx", self.agreement_blocks(c, f, virk, old, cpr), table=i % 2 == 0, convert=fam)
                self.to_convert.append((p, fam, {}))
                self.add(base + "." + fam, fam, "agreement", "agreement", fam, defects, traits, cpr, f["period"])
            elif fam == "pdf":
                self.pdf(base + ".pdf", self.agreement_blocks(c, f, virk, old, cpr), header=f"{c['kom']} Kommune · {c['sag']}")
                self.add(base + ".pdf", "pdf", "agreement", "agreement", "pdf-text", defects, traits, cpr, f["period"])
            elif fam == "html":
                B = self.agreement_blocks(c, f, virk, old, cpr)
                h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s</title></head><body>" % B[0][1]]
                h.append("<div class='sbsys-export'><p class='meta'>Udskrevet fra Sbsys %s</p>" % self.fmt_date(c['start'], 'dots'))
                for b in B:
                    if b[0] == "t": h.append(f"<h1>{b[1]}</h1><table border='1'>")
                    elif b[0] == "kv": h.append(f"<tr><th>{b[1]}</th><td>{b[2]}</td></tr>")
                    elif b[0] == "h": h.append(f"</table><h3>{b[1]}</h3><table>")
                    else: h.append(f"<tr><td colspan='2'>{b[1]}</td></tr>")
                h.append("</table></div></body></html>")
                self.write_text(base + ".html", "\n".join(h))
                self.add(base + ".html", "html", "agreement", "agreement", "html-export", defects, traits, cpr, f["period"])
            elif fam == "export":
                B = self.agreement_blocks(c, f, virk, old, cpr)
                header = f"{self.pick(['SBSYS', 'KMD Nexus', 'Acadre', 'Momentum'])} udskrift {self.fmt_date(c['start'], 'dots')}   Side {{p}} af 2   Sag {c['sag']}"
                txt = self.case_export(self.blocks_to_lines(B), header)
                self.write_text(base + ".txt", txt, "cp1252" if i % 2 else "utf-8")
                self.add(base + ".txt", "txt", "agreement", "agreement", "case-export", defects, traits + ["hyphenated", "page-header-mid"], cpr, f["period"])
            elif fam == "eml":
                self.agreement_mail(base + ".eml", c, f, virk, defects, traits, cpr)
            elif fam == "note":
                self.agreement_note(base + self.pick([".md", ".txt"]), c, f, virk, defects, traits, cpr)
            elif fam == "scan":
                B = self.agreement_blocks(c, f, virk, old, cpr)
                mode = ["fax-pdf", "img-pdf", "ocr-pdf", "png"][i % 4]
                ext = ".png" if mode == "png" else ".pdf"
                fax = f"{self.fmt_date(c['start'], 'dots')} 10:4{i%10}  FRA: {c['wp'][2] if virk else c['prov'][1]}  FAX +45 {self.phone()}  S.{{p}}"
                self.scan(base + ext, self.blocks_to_lines(B), mode, fax=fax if mode != "png" else None)
                self.add(base + ext, "png" if mode == "png" else "pdf", "agreement", "agreement", "scan-" + mode, defects, traits + ["scan", mode], cpr, f["period"])

    def agreement_mail(self, rel, c, f, virk, defects, traits, cpr):
        mnm = c["wp"][0] if virk else c["prov"][0]
        dom = c["wp"][3] if virk else c["prov"][2]
        maddr = f"{mnm.split()[0].lower()}@{dom}"
        cwaddr = f"{c['cw'].split()[0].lower()}@{c['kom'].lower().replace('ø','oe').replace('æ','ae')}.dk"
        d0 = dt.datetime.combine(c["start"] - dt.timedelta(days=9), dt.time(9, 12), tzinfo=dt.timezone.utc)
        lines = [f"Hej {mnm.split()[0]} og {c['fornavn']}", "",
                 "Tak for snakken i går. Så er vi enige, og her er den endelige aftale, som den bliver lagt på sagen:", ""]
        for k, lab in [("goal", "Mål"), ("mentor", "Mentor"), ("tasks", "Opgaver"), ("duration", "Periode"),
                       ("hours", "Timer"), ("follow", "Opfølgning")]:
            if f[k] is not None:
                lines.append(f"{lab}: {f[k]}")
        if f["appeal"]:
            lines += ["", "Klagevejledning:", f["appeal"]]
        lines += ["", "Sig endelig til, hvis noget ikke stemmer.", "", "Venlig hilsen", "",
                  "-- ", c["cw"], "Sagsbehandler, Jobindsats", f"{c['kom']} Kommune", f"Direkte: {c['cwtlf']}",
                  f"Hovednummer: 72 36 {self.rng.randint(10,99)} 00"]
        older_over = self.period(c["start"], True)[0]
        q1 = (f"Hej {c['cw'].split()[0]}\n\nDet lyder fint. Jeg kan godt tage {c['fornavn']} om tirsdagen og torsdagen. "
              f"Men {older_over} er vist for lang en periode, så lad os sige 6 måneder og så evaluere.\n\n"
              f"Mvh\n{mnm}\n{c['wp'][2] if virk else c['prov'][1]}\nMobil {c['mtlf']}\n{maddr}")
        q2 = (f"Hej {mnm.split()[0]}\n\nJeg har et udkast klar: mentorstøtte {older_over}, ca. 3 timer om ugen. "
              f"Kan du ringe mig op?\n\n/{c['cw']}\nTlf. {c['cwtlf']}")
        self.eml(rel, self.pick(["SV: SV: Mentoraftale – endelig", "Re: Aftale om mentor – " + c["fornavn"],
                                  "VS: SV: mentorforløb, endelig aftale"]),
                 f"{c['cw']} <{cwaddr}>", f"{mnm} <{maddr}>", d0 + dt.timedelta(days=3),
                 "\n".join(lines),
                 [(f"Den {self.fmt_date((d0 + dt.timedelta(days=2)).date(), 'words')} kl. 14:03 skrev {mnm} <{maddr}>:", q1),
                  (f"Den {self.fmt_date(d0.date(), 'words')} kl. 09:12 skrev {c['cw']} <{cwaddr}>:", q2)])
        t = traits + ["thread", "quoted-draft-over-6"] + (["mentor-contact-only-in-quote"] if "missing-mentor" in defects else [])
        self.add(rel, "eml", "agreement", "agreement", "mail-thread", defects, t, cpr, f["period"])

    def agreement_note(self, rel, c, f, virk, defects, traits, cpr):
        md = rel.endswith(".md")
        n = c["fornavn"]
        L = [("# " if md else "") + f"Mentoraftale {n} – noter fra opstartsmøde {self.fmt_date(c['start'] - dt.timedelta(days=5), 'short')}", ""]
        L.append(f"Borger: {c['borger']}" + (f" ({cpr})" if cpr else "") + f", sag {c['sag']}")
        L.append(f"Tilstede: {n}, {c['cw']} (sagsbeh.), {c['wp'][0] if virk else c['prov'][0]}" + (" (virksomhedsmentor)" if virk else ""))
        L.append("")
        def sec(t):
            L.append(("## " if md else "") + t + ("" if md else ":"))
        if f["goal"]: sec("Mål"); L.append("- " + f["goal"])
        sec("Mentor"); L.append("- " + f["mentor"])
        if f["tasks"]: sec("Mentors opg."); L.append("- " + f["tasks"].replace("og ", "+ ", 1)); L.append("- evt. deltage i samtale m. læge, hvis " + n + " ønsker det")
        if f["duration"]: sec("Periode"); L.append(f"- {f['duration']} (max 6 mdr. jf. § 167, evt. forl.)")
        if f["hours"]: sec("Timer"); L.append(f"- {f['hours']}")
        if f["follow"]: sec("Opfølgn."); L.append("- " + f["follow"])
        if f["appeal"]:
            sec("Klagevejl."); L.append("- " + f["appeal"])
        L += ["", f"mdr. = måneder, t/uge = timer pr. uge. Aftalen sendt til {n} i e-Boks. /{c['cw'].split()[0][0]}{c['cw'].split()[1][0]}"]
        self.write_text(rel, "\n".join(L) + "\n")
        self.add(rel, "md" if md else "txt", "agreement", "agreement", "caseworker-note", defects, traits + ["abbreviations"], cpr, f["period"])

    # ---------- decisions ----------
    DEC_PLAN = [("grant", []), ("partial", []), ("refusal", ["missing-appeal-guidance"]), ("extension", []),
                ("grant", ["duration-over-6-months"]), ("end", []), ("udskrivning", []), ("grant", ["missing-appeal-guidance"]),
                ("partial", ["missing-appeal-guidance"]), ("extension", ["duration-over-6-months"]), ("refusal", []),
                ("grant", []), ("udskrivning", ["duration-over-6-months"]), ("end", ["missing-appeal-guidance"]),
                ("grant", ["duration-over-6-months", "missing-appeal-guidance"]), ("extension", [])]

    def decision_blocks(self, c, sub, defects, cpr, old):
        d = set(defects)
        n, kom = c["fornavn"], c["kom"]
        sender = f"Jobcenter {kom}" if old else f"{kom} Kommune, Jobindsats"
        B = [("p", f"{sender} · {self.fmt_date(c['start'] - dt.timedelta(days=6), 'words')}"),
             ("p", f"Til: {c['borger']}" + (f" · CPR {cpr}" if cpr else "") + f" · Sagsnr. {c['sag']}")]
        period = None
        prov = c["prov"]
        if sub == "udskrivning":
            B.insert(0, ("t", "Afgørelse om udskrivningskoordinator"))
            months = 11 if "duration-over-6-months" in d else 9
            end = add_months(c["start"], months) - dt.timedelta(days=1)
            period = {"start": c["start"].isoformat(), "end": end.isoformat()}
            B.append(("p", f"Du er indlagt på Psykiatrisk Afdeling og forventes udskrevet omkring {c['later']}. "
                           f"Du får en udskrivningskoordinator efter LAB § 167, stk. 2, fra {self.fmt_date(c['start'], 'words')} "
                           f"til {self.fmt_date(end, 'words')}, dvs. op til 3 måneder før udskrivelsen og {months - 3} måneder efter."))
            B.append(("p", f"Din koordinator er {prov[0]}, {prov[1]}, tlf. {c['mtlf']}. Timetal: 3 timer pr. uge."))
            B.append(("h", "Begrundelse"))
            B.append(("p", "Du er omfattet af § 167, stk. 2, fordi du er indlagt med en psykisk lidelse og selv har ønsket en koordinator."))
        elif sub == "refusal":
            B.insert(0, ("t", self.pick(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"])))
            B.append(("p", f"Du har søgt om mentorstøtte i 6 måneder til at komme i gang på {c['school']}. Vi har besluttet at give dig afslag."))
            B.append(("h", "Begrundelse"))
            B.append(("p", f"Skolen tilbyder elevcoach og SPS, som dækker den støtte, du har beskrevet. Mentorstøtte efter LAB § 167 skal gå ud over den støtte, skolen normalt giver. Vi har lagt vægt på udtalelsen fra studievejlederen af {c['later']}."))
        elif sub == "end":
            B.insert(0, ("t", self.pick(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])))
            stop = add_months(c["start"], 2)
            B.append(("p", f"Din mentorstøtte hos {prov[1]} stopper {self.fmt_date(stop, 'den')}. Du er startet i ordinært job 30 timer om ugen, og du har selv sagt, at du ikke længere har brug for mentor."))
            B.append(("h", "Begrundelse"))
            B.append(("p", "Betingelserne for mentorstøtte efter LAB § 167, stk. 1, er ikke længere opfyldt, da støtten ikke er nødvendig for at fastholde dig i beskæftigelse."))
        else:
            over = "duration-over-6-months" in d
            txt, period = self.period(c["start"], over)
            if sub == "extension":
                B.insert(0, ("t", self.pick(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"])))
                B.append(("p", f"Din tidligere periode med mentorstøtte ({self.fmt_date(add_months(c['start'], -6), 'dots')} – {self.fmt_date(c['start'] - dt.timedelta(days=1), 'dots')}) er ved at udløbe. "
                               f"Efter en konkret vurdering får du forlængelse i en ny periode: {txt}."))
            elif sub == "partial":
                B.insert(0, ("t", "Afgørelse om mentorstøtte – delvis bevilling"))
                B.append(("p", f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget mentorstøtte i perioden {txt} med 3 timer om ugen."))
                B.append(("h", "Begrundelse"))
                B.append(("p", "Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har vurderet, at 3 timer om ugen er nok, fordi du allerede har en kontaktperson på praktikstedet."))
            else:
                B.insert(0, ("t", self.pick(["Bevilling af mentorstøtte", "Afgørelse om mentorstøtte", "Du får mentorstøtte"])))
                B.append(("p", f"Du får bevilget mentorstøtte efter {'§ 31 b (nu ' if old else ''}LAB § 167{')' if old else ''} i perioden {txt}. "
                               f"Din mentor er {prov[0]} fra {prov[1]}. Du får {self.pick(['3 timer pr. uge', '2 timer om ugen', '4 t/uge'])}."))
            if sub in ("grant", "extension") and self.rng.random() < 0.5:
                B.append(("h", "Begrundelse"))
                B.append(("p", f"Du får støtten, som du har søgt om. Støtten skal hjælpe dig med at fastholde praktikken hos {c['wp'][2]}."))
        if "missing-appeal-guidance" not in d:
            B.append(("h", self.pick(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
            B.append(("p", self.appeal(c, "ok", old)))
        elif self.rng.random() < 0.6:
            B.append(("p", self.appeal(c, "vague", old)))
        B.append(("p", f"Med venlig hilsen\n{c['cw']}\nJobkonsulent, tlf. {c['cwtlf']}"))
        return B, period

    def make_decisions(self):
        fmts = ["pdf", "docx", "export", "scan", "pdf", "html", "docx", "export", "pdf", "scan", "eml", "docx",
                "pdf", "export", "scan", "rtf"]
        for i, (sub, defects) in enumerate(self.DEC_PLAN):
            fam = fmts[i]
            old = i % 3 == 0
            c = self.ctx(self.pick([2023, 2024]) if old else self.pick([2025, 2026]))
            cpr = self.cpr() if self.want_cpr() else None
            B, period = self.decision_blocks(c, sub, defects, cpr, old)
            subtype = {"udskrivning": "grant", "partial": "partial-grant"}.get(sub, sub)
            traits = [f"family:{fam}", f"decision:{sub}"] + (["old-paragraphs"] if old else []) + (["cpr"] if cpr else []) \
                + [f"defect:{d}" for d in defects]
            if sub == "udskrivning":
                traits.append("stk2-9-months" if not defects else "stk2-11-months")
            base = f"afgoerelser/{c['year']}/{i:02d}_{sub}_{c['sag'].replace('.', '')}"
            if fam == "pdf":
                self.pdf(base + ".pdf", B, header=f"{c['kom']} Kommune")
                self.add(base + ".pdf", "pdf", "decision", subtype, "pdf-letter", defects, traits, cpr, period)
            elif fam in ("docx",):
                self.docx(base + ".docx", B)
                self.add(base + ".docx", "docx", "decision", subtype, "docx-letter", defects, traits, cpr, period)
            elif fam == "rtf":
                p = self.docx(base + ".docx", B, convert="rtf")
                self.to_convert.append((p, "rtf", {}))
                self.add(base + ".rtf", "rtf", "decision", subtype, "rtf-letter", defects, traits, cpr, period)
            elif fam == "export":
                header = f"Momentum – dokumentudskrift   Side {{p}}   {c['sag']}"
                self.write_text(base + ".txt", self.case_export(self.blocks_to_lines(B), header))
                self.add(base + ".txt", "txt", "decision", subtype, "case-export", defects, traits + ["hyphenated", "page-header-mid"], cpr, period)
            elif fam == "scan":
                mode = ["img-pdf", "ocr-pdf", "tif"][i % 3]
                ext = ".tif" if mode == "tif" else ".pdf"
                self.scan(base + ext, self.blocks_to_lines(B), mode,
                          fax=f"KOPI  {c['kom']} Kommune  {self.fmt_date(c['start'], 'dots')}  side {{p}}")
                self.add(base + ext, "tiff" if mode == "tif" else "pdf", "decision", subtype, "scan-" + mode, defects, traits + ["scan", mode], cpr, period)
            elif fam == "html":
                h = "<html><head><meta charset='utf-8'><title>%s</title></head><body>" % B[0][1]
                for b in B:
                    tag = {"t": "h1", "h": "h2"}.get(b[0], "p")
                    h += f"<{tag}>{b[1].replace(chr(10), '<br>')}</{tag}>\n"
                self.write_text(base + ".html", h + "</body></html>")
                self.add(base + ".html", "html", "decision", subtype, "digital-post-html", defects, traits, cpr, period)
            elif fam == "eml":
                body = "\n\n".join(f"{b[1]}" if b[0] != "kv" else f"{b[1]}: {b[2]}" for b in B[1:])
                self.eml(base + ".eml", B[0][1], f"{c['cw']} <jobindsats@{c['kom'].lower()}.dk>", f"{c['borger']} <borger@example.dk>",
                         dt.datetime.combine(c["start"], dt.time(11, 0), tzinfo=dt.timezone.utc), body, [])
                self.add(base + ".eml", "eml", "decision", subtype, "mail-letter", defects, traits, cpr, period)

    # ---------- Min Plan ----------
    MP_DEFECTS = [[], ["missing-hours"], [], ["duration-over-6-months"], ["unclear-goal"], [], ["missing-mentor"],
                  ["missing-tasks"], [], ["missing-goal"], ["missing-duration"], [], ["duration-over-6-months", "missing-hours"], []]

    def minplan_blocks(self, c, f, cpr, other):
        B = [("t", self.pick(["Min Plan – Mentorstøtte", "Udskrift af Min Plan", "Min Plan: Aktivitet – mentor"])),
             ("p", f"{c['borger']}" + (f" ({cpr})" if cpr else "") + f" · udskrevet {self.fmt_date(c['start'], 'dots')} · {c['kom']} Kommune")]
        if other:
            st = dt.date(c["start"].year, 8, 10)
            B += [("h", "Aktivitet: FGU Basis"), ("kv", "Periode", f"{self.fmt_date(st, 'words')} – {self.fmt_date(add_months(st, 10), 'words')}"),
                  ("kv", "Sted", c["school"])]
        B.append(("h", self.pick(["Aktivitet: Mentorstøtte (§ 167)", "Mentorstøtte", "Din mentor"])))
        for k, lab in [("goal", self.pick(["Dit mål", "Mål med mentorstøtten", "Formål"])),
                       ("mentor", self.pick(["Mentor", "Din mentor", "Mentorens navn og kontaktdata"])),
                       ("tasks", self.pick(["Det hjælper mentoren dig med", "Mentorens opgaver", "Indsatsområder"])),
                       ("duration", self.pick(["Periode", "Varighed", "Start – slut"])),
                       ("hours", self.pick(["Timer pr. uge", "Timetal", "Omfang"]))]:
            v = f[k]
            if v is None:
                if self.rng.random() < 0.5:
                    B.append(("kv", lab, "-"))
                continue
            B.append(("kv", lab, v))
        B.append(("p", "Har du spørgsmål til din plan, så kontakt din sagsbehandler " + c["cw"] + f" på {c['cwtlf']}."))
        return B

    def make_minplans(self):
        fmts = ["html", "txt", "pdf", "md", "html", "txt", "scan", "docx", "txt", "html", "pdf", "md", "scan", "export"]
        for i, defects in enumerate(self.MP_DEFECTS):
            fam = fmts[i]
            c = self.ctx(self.pick([2024, 2025, 2026]))
            cpr = self.cpr() if self.want_cpr() else None
            virk = i % 4 == 3
            f = self.agreement_fields(c, defects, virk)
            other = i % 3 == 0
            B = self.minplan_blocks(c, f, cpr, other)
            traits = [f"family:{fam}"] + (["other-activity-long-period"] if other else []) + (["virksomhedsmentor"] if virk else []) \
                + (["cpr"] if cpr else []) + [f"defect:{d}" for d in defects] + ["no-appeal-no-followup"]
            base = f"minplan/{c['year']}/{i:02d}_minplan_{c['sag'].replace('.', '')}"
            if fam == "html":
                h = "<html><head><meta charset='utf-8'><title>%s</title></head><body><main>" % B[0][1]
                for b in B:
                    if b[0] == "kv": h += f"<dl><dt>{b[1]}</dt><dd>{b[2]}</dd></dl>\n"
                    else: h += f"<{ {'t': 'h1', 'h': 'h2'}.get(b[0], 'p') }>{b[1]}</{ {'t': 'h1', 'h': 'h2'}.get(b[0], 'p') }>\n"
                self.write_text(base + ".html", h + "</main></body></html>")
                self.add(base + ".html", "html", "minplan", "minplan", "jobnet-html", defects, traits, cpr, f["period"])
            elif fam in ("txt", "md"):
                lines = self.blocks_to_lines(B)
                if fam == "md":
                    lines = [("# " + l.capitalize() if j == 0 else ("## " + l if l.startswith(("Aktivitet", "Mentorstøtte", "Din mentor")) and (l.startswith("Aktivitet") or ":" not in l) else l)) for j, l in enumerate(lines)]
                self.write_text(base + "." + fam, "\n".join(lines) + "\n")
                self.add(base + "." + fam, fam, "minplan", "minplan", "plain-" + fam, defects, traits, cpr, f["period"])
            elif fam == "export":
                self.write_text(base + ".txt", self.case_export(self.blocks_to_lines(B), "Fasit – Min Plan udskrift  Side {p}"))
                self.add(base + ".txt", "txt", "minplan", "minplan", "case-export", defects, traits + ["hyphenated", "page-header-mid"], cpr, f["period"])
            elif fam == "pdf":
                self.pdf(base + ".pdf", B, header="Min Plan")
                self.add(base + ".pdf", "pdf", "minplan", "minplan", "pdf-print", defects, traits, cpr, f["period"])
            elif fam == "docx":
                self.docx(base + ".docx", B, table=True)
                self.add(base + ".docx", "docx", "minplan", "minplan", "docx-table", defects, traits, cpr, f["period"])
            elif fam == "scan":
                mode = "img-pdf" if i % 2 == 0 else "png"
                ext = ".png" if mode == "png" else ".pdf"
                self.scan(base + ext, self.blocks_to_lines(B), mode)
                self.add(base + ext, "png" if mode == "png" else "pdf", "minplan", "minplan", "scan-" + mode, defects, traits + ["scan", "photocopy"], cpr, f["period"])

    # ---------- unknown ----------
    def make_unknowns(self):
        U = "andet"
        # 1-3 scheduling mail threads
        for i in range(3):
            c = self.ctx(2025)
            mnm, org, dom = c["prov"]
            body = self.pick([
                f"Hej {mnm.split()[0]}\n\nTorsdag kl. 10 passer fint. Vi mødes i receptionen på jobcentret. {c['fornavn']} er orienteret.\n\nHilsen\n-- \n{c['cw']}\nSagsbehandler\nTlf. {c['cwtlf']}",
                f"Hej begge\n\nJeg bliver nødt til at flytte statusmødet til uge 14, evt. tirsdag eftermiddag? Lokalet er booket.\n\nMvh\n{c['cw']}\n{c['kom']} Kommune\n{c['cwtlf']}",
                f"Hej {c['cw'].split()[0]}\n\n{c['fornavn']} var syg i går, så vi tager mødet næste uge i stedet. Jeg sender en ny tid.\n\nVenlig hilsen\n{mnm}, {org}\nMobil {c['mtlf']}"])
            q = f"Hej\n\nKan vi finde en tid til opfølgningsmøde om {c['fornavn']}s mentorforløb? Jeg kan man/ons/tors.\n\n{mnm}\n{org}\nTlf. {c['mtlf']}"
            rel = f"{U}/mails/{i:02d}_moedetid.eml"
            self.eml(rel, self.pick(["SV: Mødetid?", "Re: Statusmøde – ny tid", "SV: SV: opfølgning"]),
                     f"{c['cw']} <sagsbeh@{c['kom'].lower()}.dk>", f"{mnm} <kontakt@{dom}>",
                     dt.datetime(2025, 3, 3 + i, 8, 30, tzinfo=dt.timezone.utc), body,
                     [(f"Den {3 + i}. marts 2025 kl. 07:55 skrev {mnm} <kontakt@{dom}>:", q)])
            self.add(rel, "eml", "unknown", "scheduling-mail", "mail-thread", [], ["unknown:scheduling", "thread"])
        # 4 timesheet (docx) and 5 timesheet (scan)
        c = self.ctx(2025)
        B = [("t", "Timeseddel – mentorstøtte"), ("kv", "Mentor", f"{c['prov'][0]}, {c['prov'][1]}"),
             ("kv", "Borger", c["fornavn"] + " (sag " + c["sag"] + ")"), ("kv", "Måned", "april 2025")]
        rows = [("2/4", "1,5", "Samtale om fremmøde"), ("9/4", "2,0", "Fulgtes til praktiksted"), ("16/4", "1,5", "Tlf.-opfølgning + møde"),
                ("23/4", "2,0", "Møde med arbejdsgiver"), ("30/4", "1,0", "Samtale")]
        for d, t, a in rows:
            B.append(("p", f"{d}\t{t} t\t{a}"))
        B += [("kv", "I alt", "8,0 timer"), ("p", "Forberedelsestid er ikke medregnet, jf. BAB § 123. Underskrift mentor: ____________")]
        self.docx(f"{U}/timesedler/timeseddel_april_{c['sag'].replace('.', '')}.docx", B)
        self.add(f"{U}/timesedler/timeseddel_april_{c['sag'].replace('.', '')}.docx", "docx", "unknown", "timesheet", "docx-form", [], ["unknown:timesheet"])
        c = self.ctx(2024)
        lines = ["TIMEREGISTRERING MENTOR", f"Virksomhed: {c['wp'][2]}   Mentor: {c['wp'][0]}", f"Elev/borger: {c['fornavn']}",
                 "Uge   Timer   Bemærkning", "36    3       oplæring truck", "37    3       ", "38    2,5     syg 1 dag",
                 "39    3       snak m. mester", "SUM   11,5 timer", "Attesteres: ____  Dato: ____"]
        rel = f"{U}/timesedler/timeregistrering_virksomhedsmentor_uge36-39.pdf"
        self.scan(rel, lines, "fax-pdf", fax=f"FAX fra {c['wp'][2]}  S.{{p}}")
        self.add(rel, "pdf", "unknown", "timesheet", "scan-fax-pdf", [], ["unknown:timesheet", "scan"])
        # 6-7 invoices
        c = self.ctx(2025)
        B = [("t", "FAKTURA nr. 2025-0417"), ("p", f"{c['prov'][1]} · CVR 3{self.rng.randint(1000000, 9999999)}"),
             ("p", f"Til: {c['kom']} Kommune, Jobindsats, att. {c['cw']} · EAN 5798000{self.rng.randint(100000, 999999)}"),
             ("p", f"Vedr.: Mentorstøtte, sag {c['sag']}, periode marts 2025"),
             ("p", "12,5 timer à 495,00 kr. = 6.187,50 kr."), ("p", "Kørsel 84 km à 3,79 kr. = 318,36 kr."),
             ("p", "Subtotal 6.505,86 kr. · Moms 25 % 1.626,47 kr. · I alt 8.132,33 kr."),
             ("p", "Betalingsbetingelser: netto 30 dage. Reg. 1551 konto 1234567.")]
        self.pdf(f"{U}/fakturaer/faktura_2025-0417.pdf", B)
        self.add(f"{U}/fakturaer/faktura_2025-0417.pdf", "pdf", "unknown", "invoice", "pdf-invoice", [], ["unknown:invoice"])
        c = self.ctx(2024)
        txt = (f"Kreditnota / faktura 88123\n{c['prov'][1]}\n\nDebitor: {c['kom']} Kommune\nYdelse: mentor jf. bestilling "
               f"{self.fmt_date(c['start'], 'dots')}\nAntal timer sept.: 9 t x 450 kr = 4.050 kr\nMoms: 1.012,50 kr\nTotal: 5.062,50 kr\n")
        self.write_text(f"{U}/fakturaer/faktura_88123.txt", txt, "cp1252")
        self.add(f"{U}/fakturaer/faktura_88123.txt", "txt", "unknown", "invoice", "plain-invoice", [], ["unknown:invoice", "cp1252"])
        # 8-9 internal case reviews
        B = [("t", "Intern sagsgennemgang – mentorsager 2. halvår 2024"), ("p", "Kvalitetsteamet, Jobindsats. Udarbejdet til ledelsen."),
             ("h", "Metode"), ("p", "Vi har gennemgået 40 tilfældigt udvalgte sager med mentorstøtte efter LAB § 167."),
             ("h", "Fund"),
             ("li", "I 11 sager manglede timetallet i aftalen, eller det stod som 'efter behov'."),
             ("li", "I 7 sager var perioden over 6 måneder uden ny vurdering."),
             ("li", "I 9 afgørelser manglede klagevejledning eller fristen på 4 uger."),
             ("li", "Målene var ofte formuleret som 'støtte til trivsel' uden job- eller uddannelsesmål."),
             ("h", "Anbefalinger"), ("p", "Skabelonen opdateres, så mål, mentor, opgaver, varighed, opfølgning, timetal og klagevejledning altid udfyldes.")]
        self.docx(f"{U}/kvalitet/intern_sagsgennemgang_2024H2.docx", B)
        self.add(f"{U}/kvalitet/intern_sagsgennemgang_2024H2.docx", "docx", "unknown", "case-review", "docx-report", [], ["unknown:case-review", "lists-fields"])
        c = self.ctx(2025)
        md = (f"# Sagsgennemgang – {c['fornavn']} (sag {c['sag']})\n\nGennemgået af kvalitetsteam {self.fmt_date(c['start'], 'short')}.\n\n"
              "- Aftale 2023 citerer § 31 b – ok, men skal opdateres jf. § 167.\n- Timetal ca. 3 t/uge stemmer m. fakturaer.\n"
              "- Opfølgn. mangler dokumentation for mdr. 4-5.\n- evt. partshøring før ophør?\n\nKonklusion: sagen sendes tilbage til sagsbeh. m. bemærkninger.\n")
        self.write_text(f"{U}/kvalitet/sagsgennemgang_{c['sag'].replace('.', '')}.md", md)
        self.add(f"{U}/kvalitet/sagsgennemgang_{c['sag'].replace('.', '')}.md", "md", "unknown", "case-review", "md-note", [], ["unknown:case-review", "abbreviations"])
        # 10 referat
        c = self.ctx(2025)
        txt = (f"Referat af statusmøde {self.fmt_date(c['start'], 'words')}\n\nDeltagere: {c['fornavn']}, {c['prov'][0]} (mentor), {c['cw']}\n\n"
               f"1. Siden sidst: {c['fornavn']} har mødt 4 af 5 dage i praktikken.\n2. Mentor oplever god fremgang.\n"
               "3. Næste møde om ca. 4 uger. Evt. forlængelse drøftes da.\n\nRef.: " + c["cw"] + "\n")
        self.write_text(f"{U}/referater/referat_statusmoede_{c['sag'].replace('.', '')}.txt", txt)
        self.add(f"{U}/referater/referat_statusmoede_{c['sag'].replace('.', '')}.txt", "txt", "unknown", "minutes", "plain-minutes", [], ["unknown:minutes"])
        # 11 fax cover sheet (scan)
        c = self.ctx(2024)
        lines = ["TELEFAX", f"Til: Jobcenter {c['kom']}, att. {c['cw']}", f"Fra: {c['prov'][1]}", "Antal sider inkl. forside: 3",
                 f"Vedr.: underskrevet mentoraftale for {c['fornavn']} – se næste sider", "Ring venligst ved manglende sider."]
        self.scan(f"{U}/fax/fax_forside_{c['year']}.png", lines, "png")
        self.add(f"{U}/fax/fax_forside_{c['year']}.png", "png", "unknown", "fax-cover", "scan-png", [], ["unknown:fax-cover", "scan"])
        # 12 guidance leaflet listing fields (html)
        h = ("<html><head><meta charset='utf-8'><title>Mentorstøtte – hvad skal aftalen indeholde?</title></head><body>"
             "<h1>Mentorstøtte – hvad skal aftalen indeholde?</h1><p>Til dig, der er borger i kommunen. En mentoraftale skal som minimum indeholde:</p>"
             "<ul><li>målet med mentorstøtten</li><li>mentorens navn og kontaktdata</li><li>hvilke opgaver mentoren skal hjælpe med</li>"
             "<li>varigheden, højst 6 måneder ad gangen, og hvordan der følges op</li><li>timetallet pr. uge</li>"
             "<li>klagevejledning: du kan klage til kommunen inden 4 uger</li></ul><p>Spørgsmål? Ring til Borgerservice.</p></body></html>")
        self.write_text(f"{U}/vejledning/pjece_mentoraftale.html", h)
        self.add(f"{U}/vejledning/pjece_mentoraftale.html", "html", "unknown", "guidance", "html-leaflet", [], ["unknown:guidance", "lists-fields"])
        # 13 order of a mentor course by mail (bestilling)
        c = self.ctx(2026)
        body = (f"Hej {c['prov'][0].split()[0]}\n\nHermed bestilling af mentorforløb til {c['fornavn']} (sag {c['sag']}). "
                "Forløbet forventes at starte i uge 12. Jeg sender aftalen, når vi har holdt opstartsmøde.\n\n"
                f"Mvh\n{c['cw']}\nTlf. {c['cwtlf']}")
        self.eml(f"{U}/mails/bestilling_mentorforloeb.eml", "Bestilling af mentorforløb", f"{c['cw']} <{c['cw'].split()[0].lower()}@kommune.dk>",
                 f"{c['prov'][0]} <info@{c['prov'][2]}>", dt.datetime(2026, 3, 2, 13, 0, tzinfo=dt.timezone.utc), body, [])
        self.add(f"{U}/mails/bestilling_mentorforloeb.eml", "eml", "unknown", "order", "mail", [], ["unknown:order"])

    # ---------- hand-written specials ----------
    def make_specials(self):
        S = "saerlige"
        # S1: mentor writes the agreement (Outlook reply header), no appeal guidance
        cpr = self.cpr()
        body = ("Hej Ole\n\nSom aftalt på mødet i dag sender jeg her vores aftale for Ida, så du kan lægge den i Min Plan:\n\n"
                f"Ida Frost (cpr {cpr})\n"
                "Mål: Ida gennemfører 10. klasse på Ungdomsskolen i Køge med min. 90 % fremmøde og søger ind på EUD (frisør) inden 1. marts 2025.\n"
                "Mentor: undertegnede\n"
                "Opgaver: vækkeopkald man-ons-fre, følges med i bussen de første 2 uger, kontakt til kontaktlærer ved fravær.\n"
                "Periode: 4.11.24-3.5.25\n"
                "Timer: 2½ t/uge\n"
                "Opfølgning: vi tre mødes hver 6. uge; jeg sender kort status inden.\n\n"
                "Venlig hilsen\n\n-- \nBirgitte Sand\nMentor, Mentorhuset ApS\nMobil 28 44 19 07 · birgitte@mentorhuset.dk\n\n"
                "-----Oprindelig meddelelse-----\nFra: Ole Thygesen <ole@koege.dk>\nSendt: 1. november 2024 08:41\n"
                "Til: Birgitte Sand\nEmne: Ida\n\nHej Birgitte. Kan du sende aftalen skriftligt? /Ole, tlf. 56 67 21 00")
        self.eml(f"{S}/2024_mentor_sender_aftale_ida.eml", "SV: Ida", "Birgitte Sand <birgitte@mentorhuset.dk>", "Ole Thygesen <ole@koege.dk>",
                 dt.datetime(2024, 11, 1, 15, 2, tzinfo=dt.timezone.utc), body, [])
        self.add(f"{S}/2024_mentor_sender_aftale_ida.eml", "eml", "agreement", "agreement", "mail-outlook", ["missing-appeal-guidance"],
                 ["thread", "mentor-writes", "mentor-in-signature", "cpr", "abbreviations"], cpr, {"start": "2024-11-04", "end": "2025-05-03"})
        # S2: approval mail; the agreement is only in the quote -> unknown
        body = ("OK fra min side – jeg godkender aftalen nedenfor. Husk at lægge den på sagen.\n\nMvh\nAnders Kruse\nTeamleder, Jobindsats\nTlf. 72 36 40 11")
        q = ("Hej Anders\n\nHer er aftalen til godkendelse:\nMål: Emil i praktik hos Bilka Hundige 20 t/uge senest 1/6\nMentor: Lars Overgaard, Bro til Job, 31 22 45 90\n"
             "Opgaver: følges til praktik, ugentlig samtale\nPeriode: 1/3-2026 – 31/8-2026\nTimer: 3 t/uge\nOpfølgning: hver 4. uge\n\n/Nanna")
        self.eml(f"{S}/2026_godkendelse_teamleder.eml", "SV: Aftale til godkendelse – Emil", "Anders Kruse <ak@koege.dk>", "Nanna Bisgaard <nb@koege.dk>",
                 dt.datetime(2026, 2, 20, 10, 0, tzinfo=dt.timezone.utc), body,
                 [("Den 19. februar 2026 kl. 16:22 skrev Nanna Bisgaard <nb@koege.dk>:", q)])
        self.add(f"{S}/2026_godkendelse_teamleder.eml", "eml", "unknown", "approval-mail", "mail-thread", [], ["thread", "agreement-only-in-quote"])
        # S3: group workplace mentor, hours per place
        B = [("t", "Aftale om mentorstøtte – virksomhedsmentor (holdordning)"), ("p", "Horsens Kommune, Jobindsats · Sagsnr. 15.02.10-G01-4410-25"),
             ("kv", "Borger", "Yusuf Demir"), ("kv", "Arbejdsplads", "Nordic Logistik A/S, lager Horsens Syd (løntilskud)"),
             ("kv", "Formål", "Yusuf er ansat i ordinære timer som lagermedarbejder hos Nordic Logistik A/S 25 timer om ugen fra 1. oktober 2025."),
             ("kv", "Mentor", "Poul Erik Vang, lagerchef, tlf. 41 18 77 02, pev@nordiclog.dk"),
             ("kv", "Mentors opgaver", "Oplæring i pluk og truckkørsel, fast kontakt ved problemer med vagtplanen, kort ugentlig samtale fredag."),
             ("kv", "Periode", "7. april 2025 – 6. oktober 2025"),
             ("kv", "Timetal", "Poul Erik er mentor for 4 medarbejdere i løntilskud; frikøb 2 timer pr. uge pr. plads."),
             ("kv", "Opfølgning", "Trepartsmøde hver 2. måned og 14 dage før ophør."),
             ("h", "Klagevejledning"), ("p", self.appeal(self.ctx(2025), "ok"))]
        self.docx(f"{S}/2025_virksomhedsmentor_hold_yusuf.docx", B, table=True)
        self.add(f"{S}/2025_virksomhedsmentor_hold_yusuf.docx", "docx", "agreement", "agreement", "docx-table", [],
                 ["virksomhedsmentor", "hours-per-place", "period:exact-six"], None, {"start": "2025-04-07", "end": "2025-10-06"})
        # S4: 2023 extension decision, case export citing § 31 b
        c = self.ctx(2023)
        lines = ["Jobcenter Viborg", "Forlængelse af mentorstøtte", "", "Kære Rasmus", "",
                 "Du har haft mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 (tidligere § 31 b, stk. 1) fra 1. februar 2023 til 31. juli 2023.",
                 "Efter en konkret vurdering af dit forløb på FGU Midt bevilger vi en ny periode fra 1. august 2023 til 31. januar 2024 med samme mentor, Dorthe Malling, Nordvest Beskæftigelse I/S, og 2 timer om ugen.",
                 "", "Begrundelse", "Du har fået bedre fremmøde (fra 60 % til 85 %), men har fortsat brug for hjælp til at planlægge ugen. Vi har lagt vægt på skolens udtalelse af 4. juli 2023, jf. § 167, stk. 1, 2. pkt.",
                 "", "Klagevejledning", "Du kan klage over afgørelsen til jobcentret inden 4 uger efter, du har modtaget brevet. Jobcentret genvurderer afgørelsen. Fastholder jobcentret afgørelsen, sendes klagen til Ankestyrelsen, jf. LAB § 204.",
                 "", "Venlig hilsen", "Maria Fog, jobkonsulent, tlf. 87 87 30 12"]
        self.write_text(f"{S}/2023_forlaengelse_31b_export.txt", self.case_export(lines, "SBSYS  Dok.nr. 2023-118842  Side {p}"), "cp1252")
        self.add(f"{S}/2023_forlaengelse_31b_export.txt", "txt", "decision", "extension", "case-export", [],
                 ["old-paragraphs", "hyphenated", "page-header-mid", "earlier-period-mentioned", "cp1252"], None, {"start": "2023-08-01", "end": "2024-01-31"})
        # S5: heavy-noise two-page fax agreement, hours "efter behov"
        lines = ["AFTALE OM MENTORSTØTTE", "Jobcenter Hjørring - Sagsnr. 32.18.04-G01-1188-24", "",
                 "Borger: Jannik Friis", "",
                 "Målet med mentorstøtten: Jannik gennemfører AMU-kurset i lager og logistik (truckcertifikat B) i uge 8-11 og starter herefter i virksomhedspraktik hos Nordic Logistik A/S 20 timer om ugen.",
                 "", "Mentor: Tariq Mansour, Fremad Socialøkonomisk Virksomhed, tlf. 22 61 48 30", "",
                 "Mentorens opgaver: følge Jannik til kursusstart, hjælpe med at holde styr på mødetider, tage kontakt til praktikvært.",
                 "", "Periode: 5. februar 2024 - 4. august 2024", "", "Timetal: efter behov", "",
                 "Opfølgning: statusmøde hver 4. uge med sagsbehandler.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                 "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                 "Klagevejledning", "Hvis du ikke er enig, kan du klage til jobcentret inden fire uger. Jobcentret genvurderer afgørelsen inden fire uger og sender den videre til Ankestyrelsen, hvis den fastholdes.",
                 "", "Dato og underskrift: ____________________"]
        self.scan(f"{S}/2024_fax_aftale_2sider_jannik.pdf", lines, "fax-pdf", fax="05/02 2024 09:58  FRA FREMAD SVO  +45 98 90 11 22  S.{p}", noise=0.12, scale=0.42)
        self.add(f"{S}/2024_fax_aftale_2sider_jannik.pdf", "pdf", "agreement", "agreement", "scan-fax-pdf", ["missing-hours"],
                 ["scan", "heavy-noise", "two-pages", "appeal-on-page-2"], None, {"start": "2024-02-05", "end": "2024-08-04"})
        # S6: mentor status report (unknown)
        B = [("t", "Statusrapport fra mentor"), ("p", "Borger: Louise Krogh · Periode: februar–marts 2026 · Mentor: Hanne Rytter, Kompas Mentor & Coaching"),
             ("h", "Fremmøde"), ("p", "Louise har mødt 17 af 20 dage i praktikken. To sygedage og én dag med tandlæge."),
             ("h", "Progression"), ("p", "Hun tager nu selv bussen og har fået flere opgaver i kassen. Delmålet om 4 dage om ugen er nået."),
             ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt og at vi drøfter løntilskud på næste statusmøde.")]
        self.docx(f"{S}/2026_statusrapport_mentor_louise.docx", B)
        self.add(f"{S}/2026_statusrapport_mentor_louise.docx", "docx", "unknown", "status-report", "docx-report", [], ["unknown:status-report"])
        # S7: Min Plan copy with a year-long mentor period
        cpr = self.cpr()
        txt = ("Min Plan – mentorstøtte (kopi til sagen)\n\n"
               f"Borger: Zainab Ahmadi, {cpr}\n\n"
               "Mål: Zainab består FVU-dansk trin 3 på VUC Storstrøm og starter på SOSU-hjælperuddannelsen i august 2026.\n"
               "Mentor: Hanne Rytter, Kompas Mentor & Coaching, tlf. 26 13 50 77\n"
               "Opg.: lektiestøtte 1 x ugl., hjælp til kontakt m. skolen, evt. følges til optagelsessamtale\n"
               "Periode: 1/4-26 - 31/3-27\n"
               "Timer: ca. 2 t/uge\n")
        self.write_text(f"{S}/2026_minplan_kopi_zainab.txt", txt)
        self.add(f"{S}/2026_minplan_kopi_zainab.txt", "txt", "minplan", "minplan", "plain-txt", ["duration-over-6-months"],
                 ["abbreviations", "cpr", "short-year-dates"], cpr, {"start": "2026-04-01", "end": "2027-03-31"})
        # S8: 2025 agreement PDF, 26 weeks, old paragraph numbers
        B = [("t", "Mentoraftale"), ("p", "Næstved Kommune · Jobindsats · jf. LAB § 31 b (nu § 167) og BAB § 52"),
             ("kv", "Borger", "Trine Bak"),
             ("kv", "Mål", "Trine er i løntilskud som køkkenmedhjælper på Plejecenter Solgården 25 timer om ugen og er klar til ordinær ansættelse ved periodens udløb."),
             ("kv", "Mentor", "Gitte Hviid, køkkenleder (virksomhedsmentor), tlf. 55 88 61 20"),
             ("kv", "Opgaver", "Oplæring i køkkenets hygiejneregler, daglig kort briefing, hjælp til vagtplan og kontakt til jobcentret ved fravær."),
             ("kv", "Varighed", "26 uger fra 3. marts 2025"),
             ("kv", "Timer", "3 timer pr. uge (frikøb)"),
             ("kv", "Opfølgning", "Midtvejsevaluering efter 13 uger; slutevaluering 14 dage før ophør."),
             ("h", "Klagevejledning"),
             ("p", "Du kan klage til kommunen inden fire uger efter modtagelsen. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]
        self.pdf(f"{S}/2025_mentoraftale_26uger_trine.pdf", B, header="Næstved Kommune")
        self.add(f"{S}/2025_mentoraftale_26uger_trine.pdf", "pdf", "agreement", "agreement", "pdf-text", [],
                 ["virksomhedsmentor", "old-paragraphs", "weeks-duration"], None, {"start": "2025-03-03", "end": "2025-08-31"})
        # S9: partial grant by week numbers
        B = [("t", "Afgørelse om mentorstøtte"), ("p", "Slagelse Kommune, Jobindsats · 24. februar 2025"), ("p", "Til Mads Østergaard"),
             ("p", "Du søgte om mentorstøtte i 9 måneder med 5 timer om ugen. Du får mentorstøtte i uge 10-35 2025 med 3 timer om ugen hos Bro til Job."),
             ("h", "Begrundelse"), ("p", "Mentorstøtte gives efter LAB § 167, stk. 1, i højst 6 måneder ad gangen. Vi har lagt vægt på, at du allerede har støtte fra din kontaktperson på skolen."),
             ("h", "Sådan klager du"), ("p", "Klag til kommunen inden 4 uger. Vi genvurderer afgørelsen og sender din klage videre til Ankestyrelsen, hvis vi fastholder den.")]
        self.docx(f"{S}/2025_delvis_bevilling_ugenumre.docx", B)
        self.add(f"{S}/2025_delvis_bevilling_ugenumre.docx", "docx", "decision", "partial-grant", "docx-letter", [],
                 ["week-numbers", "asked-for-9-months"], None, {"start": "2025-03-03", "end": "2025-08-31"})

    # ---------- hand-written specials, part 2 ----------
    def make_specials2(self):
        S = "saerlige"
        # T1: Momentum export, CPR repeated in every page header, header splits the tasks list
        cpr = self.cpr()
        hdr = f"Momentum  Udskrift af dokument  CPR {cpr}  Side {{p}} af 2"
        lines = ["Aftale om mentorstøtte", "", "Borger: Amalie Storm", "Sagsbehandler: Peter Hjort, tlf. 46 31 20 11", "",
                 "Målet med mentorstøtten: Amalie fastholder sin elevplads som butiksslagter-elev hos Netto Vestergade og består 1. skoleperiode på Mercantec i foråret 2026.",
                 "Mentor: Hanne Rytter, Kompas Mentor & Coaching, hr@kompasmentor.dk, tlf. 26 13 50 77", "",
                 "Mentorens opgaver:", "- ugentlig samtale om skoleskemaet og lektierne,", "- hjælp til at ringe til læremester ved sygdom,",
                 "- følges til første skoledag på Mercantec,", "- hjælp til at søge SU/elevløn korrekt.", "",
                 "Varighed: f.o.m. 12.01.2026 t.o.m. 11.07.2026", "Timetal: 3 timer pr. uge", "",
                 "Opfølgning: statusmøde hver 6. uge hos Jobcenter Horsens; progressionen måles på fremmøde i skole og elevplads.", "",
                 "Klagevejledning: Du kan klage over aftalen/afgørelsen til kommunen senest 4 uger efter, at du har fået den. Kommunen genvurderer sagen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes.", "",
                 "Underskrift borger: ___________  Underskrift mentor: ___________"]
        self.write_text(f"{S}/2026_momentum_export_amalie.txt", self.case_export(lines, hdr, width=66))
        self.add(f"{S}/2026_momentum_export_amalie.txt", "txt", "agreement", "agreement", "case-export", [],
                 ["cpr", "cpr-in-page-header", "hyphenated", "page-header-mid", "period:exact-six"], cpr, {"start": "2026-01-12", "end": "2026-07-11"})
        # T2: virksomhedsmentor with HR contact, mentor without own contact data
        B = [("t", "Mentoraftale – mentor på arbejdspladsen"), ("p", "Frederikshavn Kommune · Jobindsats · Sagsnr. 27.12.04-G01-7302-25"),
             ("kv", "Medarbejder", "Tobias Mølgaard (ansat på særlige vilkår)"),
             ("kv", "Virksomhed", "Riis Tømrer & Snedker ApS · HR/løn: Jette Riis, tlf. 98 42 11 30, jette@riistoemrer.dk"),
             ("kv", "Mentor", "Svend Aage Holm, svend og kollega på værkstedet"),
             ("kv", "Formål", "Tobias består svendeprøven som tømrer i juni 2026 og bliver ansat som svend i virksomheden."),
             ("kv", "Opgaver", "Sidemandsoplæring, gennemgang af tegninger før hver opgave, fast makker på byggepladsen."),
             ("kv", "Periode", "1. december 2025 – 31. maj 2026"),
             ("kv", "Timer", "Frikøb af 2 timer om ugen, refunderes af kommunen"),
             ("kv", "Opfølgning", "Kommunen ringer til Svend Aage og Tobias hver måned; trepartsmøde i marts 2026."),
             ("h", "Klagevejledning"), ("p", "Er du uenig, kan du klage til kommunen inden fire uger. Fastholder kommunen afgørelsen, går klagen videre til Ankestyrelsen.")]
        self.docx(f"{S}/2025_virksomhedsmentor_hr_kontakt.docx", B)
        self.add(f"{S}/2025_virksomhedsmentor_hr_kontakt.docx", "docx", "agreement", "agreement", "docx-labels", ["missing-mentor"],
                 ["virksomhedsmentor", "contact-belongs-to-hr"], None, {"start": "2025-12-01", "end": "2026-05-31"})
        # T3: photocopied 2024 grant, skewed, no appeal guidance
        lines = ["Jobcenter Svendborg", "Bevilling af mentorstøtte", "", "Kære Fatima", "",
                 "Du får bevilget mentorstøtte efter § 31 b i lov om en aktiv beskæftigelsesindsats (nu § 167) fra 1. marts 2024 til 31. august 2024.",
                 "Din mentor er Dorthe Malling, Nordvest Beskæftigelse I/S. Støtten er 2 timer om ugen.", "",
                 "Begrundelse: Du er startet på FVU og har brug for hjælp til at få en fast rytme i hverdagen.", "",
                 "Har du spørgsmål, er du velkommen til at ringe.", "", "Venlig hilsen", "Karen Vestergaard, tlf. 62 23 40 00"]
        self.scan(f"{S}/2024_fotokopi_bevilling_fatima.pdf", lines, "img-pdf", skew=2.6, noise=0.08)
        self.add(f"{S}/2024_fotokopi_bevilling_fatima.pdf", "pdf", "decision", "grant", "scan-img-pdf", ["missing-appeal-guidance"],
                 ["scan", "photocopy", "skew", "old-paragraphs"], None, {"start": "2024-03-01", "end": "2024-08-31"})
        # T4: scanned refusal TIFF with full guidance
        lines = ["Køge Kommune – Jobindsats", "Afslag på ansøgning om mentorstøtte", "", "Til Bashir Noori", "",
                 "Du har søgt om mentor til at hjælpe dig med at skrive ansøgninger. Vi giver dig afslag.", "",
                 "Begrundelse: Den hjælp, du søger, gives allerede i dit forløb i Jobværkstedet, jf. LAB § 167, stk. 1.", "",
                 "Klagevejledning: Hvis du er uenig, skal du klage til Køge Kommune inden 4 uger. Vi genvurderer afgørelsen inden 4 uger og sender klagen videre til Ankestyrelsen, hvis vi fastholder den.", "",
                 "Med venlig hilsen", "Ole Thygesen"]
        self.scan(f"{S}/2026_afslag_scan_bashir.tif", lines, "tif", noise=0.05)
        self.add(f"{S}/2026_afslag_scan_bashir.tif", "tiff", "decision", "refusal", "scan-tif", [], ["scan", "tiff"])
        # T5: ophør sent by mail with full guidance and the mentor on cc
        body = ("Kære Line\n\nDu har fået fast arbejde hos Bilka Hundige fra 1. april 2026, og derfor stopper din mentorstøtte hos Bro til Job pr. 31. marts 2026.\n\n"
                "Begrundelse: Mentorstøtte efter LAB § 167 skal understøtte, at du kommer i job. Det mål er nået, og du har selv sagt, at du ikke har brug for mere støtte.\n\n"
                "Klagevejledning: Er du uenig i afgørelsen, kan du klage til kommunen inden fire uger. Vi ser sagen igennem igen, og fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen.\n\n"
                "Tillykke med jobbet!\n\n-- \nPeter Hjort\nJobkonsulent, Køge Kommune\nTlf. 56 67 30 44")
        self.eml(f"{S}/2026_ophoer_mail_line.eml", "Afgørelse: ophør af mentorstøtte", "Peter Hjort <ph@koege.dk>", "Line Thomsen <line.t@example.dk>",
                 dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.timezone.utc), body, [])
        self.add(f"{S}/2026_ophoer_mail_line.eml", "eml", "decision", "end", "mail-letter", [], ["end-of-support"])
        # T6: Min Plan note with abbreviations, hours missing, CPR
        cpr = self.cpr()
        md = (f"# Min Plan – mentor (opd. 3.9.25)\n\nBorger: Emil Skov ({cpr})\n\n"
              "- **Mål:** Emil starter på grundforløb 2 (smed) på EUC Nordvest jan. 2026, jf. uddannelsespålæg\n"
              "- **Mentor:** Lars Overgaard, Bro til Job, 31 22 45 90\n"
              "- **Opg.:** vækning/morgenopkald, evt. følges til skole, kontakt til UU-vejl.\n"
              "- **Per.:** 1/9-25 til 28/2-26\n"
              "- **Timer:** aftales m. mentor\n")
        self.write_text(f"{S}/2025_minplan_note_emil.md", md)
        self.add(f"{S}/2025_minplan_note_emil.md", "md", "minplan", "minplan", "md-note", ["missing-hours"], ["abbreviations", "cpr"], cpr,
                 {"start": "2025-09-01", "end": "2026-02-28"})
        # T7: unknown – mail thread about the mentor's sick leave and a substitute
        body = ("Hej Maria\n\nBirgitte er sygemeldt de næste 3 uger. Jeg tager over for hende i mellemtiden, så Ida har stadig sine vækkeopkald. "
                "Ring endelig, hvis I har spørgsmål.\n\nVenlig hilsen\nJesper Lind\nMentorhuset ApS\nTlf. 28 40 50 60")
        self.eml(f"{S}/2025_vikar_for_mentor.eml", "Vikar for Birgitte", "Jesper Lind <jesper@mentorhuset.dk>", "Maria Fog <mf@koege.dk>",
                 dt.datetime(2025, 1, 13, 8, 5, tzinfo=dt.timezone.utc), body,
                 [("Den 10. januar 2025 kl. 15:40 skrev Maria Fog <mf@koege.dk>:", "Hej\n\nHvem tager Idas forløb, mens Birgitte er væk?\n\n/Maria, tlf. 56 67 21 09")])
        self.add(f"{S}/2025_vikar_for_mentor.eml", "eml", "unknown", "mail", "mail-thread", [], ["unknown:mail", "thread"])
        # T8: unknown – scanned invoice
        lines = ["FAKTURA 2024-118", "Kompas Mentor & Coaching · CVR 38 11 22 33", "Til: Hjørring Kommune, Jobindsats", "",
                 "Mentorstøtte jf. bestilling, borger: Trine B., sag 32.18.04-G01-2210-24", "Periode: august 2024",
                 "10 timer à 475 kr.          4.750,00", "Moms 25 %                   1.187,50", "I alt                       5.937,50", "",
                 "Betaling senest 30 dage. EAN-faktura fremsendes separat."]
        self.scan(f"{S}/2024_faktura_scan.pdf", lines, "ocr-pdf")
        self.add(f"{S}/2024_faktura_scan.pdf", "pdf", "unknown", "invoice", "scan-ocr-pdf", [], ["unknown:invoice", "scan"])
        # T9: unknown – provider's closing report (afslutningsrapport)
        txt = ("AFSLUTNINGSRAPPORT – MENTORFORLØB\n\nUdbyder: Fremad Socialøkonomisk Virksomhed\nBorger: Nikolaj Bech\n"
               "Forløb: 1. april – 30. september 2025 (6 mdr.), ca. 3 t/uge\n\n"
               "Resumé: Nikolaj har gennemført praktikken hos Nordic Logistik og er fra 1. oktober ansat i løntilskud. "
               "Delmålene om fremmøde og transport er nået. Vi anbefaler ingen ny periode.\n\nMed venlig hilsen\nTariq Mansour\n")
        self.write_text(f"{S}/2025_afslutningsrapport_nikolaj.txt", txt)
        self.add(f"{S}/2025_afslutningsrapport_nikolaj.txt", "txt", "unknown", "status-report", "plain-report", [], ["unknown:closing-report"])
        # T10: old 2023 agreement ODT-like via docx: goal only activity + period in weeks 30
        B = [("t", "Aftale om mentor"), ("p", "Jobcenter Næstved · 2023 · jf. § 31 b"),
             ("kv", "Borger", "Sara Nielsen"),
             ("kv", "Mål", "Støtte til Sara i hverdagen og hjælp til at komme videre."),
             ("kv", "Mentor", "Hanne Rytter, Kompas Mentor & Coaching, 26 13 50 77"),
             ("kv", "Opgaver", "Samtaler, hjælp til post og aftaler, følges til lægen."),
             ("kv", "Varighed", "30 uger fra 6. marts 2023"),
             ("kv", "Timer", "2 timer pr. uge"),
             ("kv", "Opfølgning", "Statusmøde hver 2. måned."),
             ("h", "Klagevejledning"), ("p", "Du kan klage til jobcentret inden 4 uger. Jobcentret genvurderer og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.")]
        p = self.docx(f"{S}/2023_aftale_30uger_sara.docx", B, convert="odt")
        self.to_convert.append((p, "odt", {}))
        self.add(f"{S}/2023_aftale_30uger_sara.odt", "odt", "agreement", "agreement", "odt", ["unclear-goal", "duration-over-6-months"],
                 ["old-paragraphs", "weeks-duration"], None, {"start": "2023-03-06", "end": "2023-10-01"})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gr")
    ap.add_argument("--seed", type=int, default=1616)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(out, a.seed)
    g.make_agreements()
    g.make_decisions()
    g.make_minplans()
    g.make_unknowns()
    g.make_specials()
    g.make_specials2()
    for fmtname in ("odt", "rtf"):
        srcs = [p for p, f, _ in g.to_convert if f == fmtname]
        if not srcs:
            continue
        outdir = g.tmp / ("conv_" + fmtname)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_gr_profile", "--headless", "--convert-to",
                        fmtname, "--outdir", str(outdir)] + [str(s) for s in srcs], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for e in g.entries:
        if e["format"] in ("odt", "rtf"):
            src = g.tmp / ("conv_" + e["format"]) / Path(e["path"]).name
            dst = out / e["path"]
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(src), dst)
    missing = [e["path"] for e in g.entries if not (out / e["path"]).is_file()]
    assert not missing, missing
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(g.tmp, ignore_errors=True)
    print(f"{len(g.entries)} documents -> {out}")


if __name__ == "__main__":
    main()
