#!/usr/bin/env python3
"""Independent corpus "dk": a yearly audit sample from one municipality's mentor archive.

Written from ../shared/domain.md, the seeds and knowledge of Danish municipal practice only
(see NOTES.md for the independence statement). Deterministic: fixed seed, ``--out DIR``.

Fictional municipality: Vesterå Kommune, Arbejdsmarked og Uddannelse.
Document families (as they sit in the archive):
  * the municipality's own Word agreement template with a label/value table (docx, pdf)
  * the municipality's older letter-style agreement (docx, txt, pdf, scanned+OCR pdf)
  * agreements on three private mentor providers' own forms (docx, pdf, eml)
  * decisions: grant, partial grant, refusal, extension, end (docx, pdf, txt, eml)
  * Min Plan prints from the case system (html, pdf, txt)
  * ordinary documents in the same folder: status reports, invoices, minutes, guidance, mails
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130
KOMMUNE = "Vesterå Kommune"
AFD = "Arbejdsmarked og Uddannelse"

FIRST = ["Mikkel", "Sofie", "Ahmad", "Line", "Jonas", "Camilla", "Rasmus", "Fatima", "Kasper",
         "Nadia", "Thomas", "Louise", "Emil", "Amalie", "Bilal", "Maja", "Frederik", "Ida",
         "Oliver", "Sara", "Mustafa", "Julie", "Niklas", "Helle", "Yusuf", "Trine", "Patrick",
         "Mette", "Dennis", "Zainab"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Ali", "Yilmaz",
        "Østergaard", "Holm", "Lund", "Bak", "Dam", "Kjær"]
CASEWORKERS = [("Birgitte Skov", "72 36 41 10"), ("Henrik Lauritsen", "72 36 41 27"),
               ("Anne-Mette Vinther", "72 36 41 52"), ("Søren Ibsen", "72 36 41 66")]
MUNI_MENTORS = [("Kirsten Dahl", "72 36 48 02", "kida@vesteraa.dk"),
                ("Morten Fog", "72 36 48 15", "mofo@vesteraa.dk"),
                ("Hanne Bech", "72 36 48 33", "habe@vesteraa.dk")]
PROVIDERS = {
    "kompagniet": {"name": "MentorKompagniet ApS", "addr": "Havnegade 4, 7100 Vejle",
                   "cvr": "38 41 22 90", "domain": "mentorkompagniet.dk"},
    "brotiljob": {"name": "Bro til Job I/S", "addr": "Industrivej 21, 7000 Fredericia",
                  "cvr": "40 11 73 58", "domain": "brotiljob.dk"},
    "trappen": {"name": "Trappen Mentorservice", "addr": "Nørregade 17, 1. sal, 7100 Vejle",
                "cvr": "29 87 60 14", "domain": "trappen-mentor.dk"},
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

GOOD_GOALS = [
    "{fn} starter på grundforløb 2 til tømrer på EUC Vest i august 2026 og møder mindst 4 dage om ugen.",
    "{fn} er i virksomhedspraktik i Netto, Kirkegade, 15 timer om ugen fra uge 10 med henblik på løntilskud.",
    "{fn} gennemfører FVU-dansk trin 2 på VUC og går til prøve i juni 2026.",
    "{fn} har ordinært job som lagermedarbejder 25 timer om ugen, senest 1. oktober 2026.",
    "{fn} fastholder sit fleksjob som køkkenmedhjælper på Plejecenter Solgården (12 timer/uge) uden fravær ud over aftalt.",
    "{fn} kommer i gang på FGU, produktionsgrunduddannelse (jord og miljø), og har højst 3 fraværsdage pr. måned.",
    "Hovedmål: {fn} påbegynder SOSU-hjælperuddannelsen i januar 2027. Delmål: gennemføre AMU-kurset 'Introduktion til social- og sundhedsområdet' i efteråret.",
    "{fn} øger sin arbejdstid i løntilskudsjobbet hos Vesterå Vandværk fra 10 til 20 timer om ugen inden udgangen af perioden.",
    "{fn} møder stabilt på HF-enkeltfag (matematik C) og består eksamen i december 2026.",
    "{fn} afklares til og starter i praktik i detailhandlen (tøjbutik) 3 dage om ugen inden 1. maj 2026.",
]
#: which task set fits which goal (index into TASK_SETS), so a goal and its tasks belong together
GOAL_TASKS = [1, 0, 3, 4, 2, 1, 3, 2, 3, 0]
VAGUE_GOALS = [
    "Støtte til at {fn} får mere struktur på hverdagen og øget trivsel.",
    "At {fn} kommer videre og får et bedre selvværd.",
    "Sikre at {fn} bliver mere stabil.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "{fn} skal arbejde med sig selv og finde motivationen igen.",
]
TASK_SETS = [
    ["Følge {fn} til praktikstedet de første 2 uger", "Ugentlig samtale om fremmøde og transport",
     "Kontakt til praktikvejleder ved fravær"],
    ["Hjælpe med at planlægge ugen og holde styr på mødetider", "Øve busturen til skolen",
     "Deltage i opstartssamtale med studievejleder"],
    ["Støtte i kontakten til arbejdsgiver", "Hjælpe med post fra e-Boks og breve fra kommunen",
     "Ringe {fn} op om morgenen de dage, hvor der er mødepligt"],
    ["Være med til møder med uddannelsesstedet", "Hjælpe med lektieplan og afleveringer",
     "Tale om håndtering af angst i klassesituationer"],
    ["Gennemgå jobannoncer sammen og skrive ansøgninger", "Følge med til jobsamtaler",
     "Sparring med virksomhedens kontaktperson"],
]
FOLLOW_UPS = [
    "Statusmøde med borger, mentor og sagsbehandler hver måned. Evaluering 14 dage før perioden udløber.",
    "Mentor sender skriftlig status hver 4. uge. Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før udløb.",
    "Vi følger op hver 6. uge på et møde i Jobcentret, hvor vi ser på delmålene.",
    "Opfølgning ved sagsbehandler hver anden måned og senest 14 dage før periodens udløb.",
]
HOURS_SET = ["2 timer pr. uge", "3 timer om ugen", "1½ time ugentligt", "4 t/uge",
             "8 timer om måneden", "2-3 timer pr. uge", "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "aftales løbende mellem mentor og borger"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til Vesterå Kommune inden 4 uger efter, at du har modtaget den. "
    "Kommunen vurderer sagen igen inden 4 uger. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til Vesterå Kommune, Arbejdsmarked og Uddannelse, senest 4 uger efter "
    "du har fået afgørelsen. Vi genvurderer afgørelsen, og hvis vi fastholder den, sender vi klagen og sagens akter til "
    "Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens §§ 66-67.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger fra "
    "klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager "
    "stilling til afgørelsen. Du kan klage skriftligt, via Digital Post eller ringe til din sagsbehandler.",
]
APPEAL_WRONG = [
    "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, 7998 Statsservice, "
    "eller via ast.dk.",
    "Hvis du vil klage, skal du skrive direkte til Ankestyrelsen senest 4 uger efter du har modtaget denne afgørelse.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Hvis du er utilfreds, er du velkommen til at kontakte din sagsbehandler."]


def dkdate(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "dash":
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Gen:
    def __init__(self, out: Path):
        self.out = out
        self.r = random.Random(SEED)
        self.entries: list[dict] = []
        self.pdf_jobs: list[tuple[Path, Path]] = []   # (docx in tmp, pdf target)
        self.ocr_jobs: list[tuple[str, Path]] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="dk_corpus_"))
        self.n = 0

    # ---------- people, numbers ----------
    def person(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def cpr(self) -> str:
        d = dt.date(1975, 1, 1) + dt.timedelta(days=self.r.randrange(0, 365 * 30))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randrange(0, 10000):04d}"

    def phone(self) -> str:
        return " ".join(f"{self.r.randrange(10, 100)}" for _ in range(4)).replace(" ", " ", 3)

    def period(self, over: bool = False):
        start = dt.date(2026, self.r.randrange(1, 10), self.r.choice([1, 1, 1, 15]))
        months = self.r.choice([9, 12, 8]) if over else self.r.choice([3, 4, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        return start, end

    def journal(self) -> str:
        return f"15.02.08-G01-{self.r.randrange(100, 999)}-26"

    # ---------- output ----------
    def add(self, rel: str, fmt: str, kind: str, layout: str, subtype: str, rules, extras=(),
            cpr=None, traits=(), period=None, blocks=None, text=None, eml=None, html=None,
            ocr=False):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            self.write_docx(blocks, path)
        elif fmt == "pdf" and ocr:
            self.ocr_jobs.append((text or blocks_to_text(blocks), path))
        elif fmt == "pdf":
            tmpdocx = self.tmp / (path.stem + f"_{self.n}.docx")
            self.n += 1
            self.write_docx(blocks, tmpdocx)
            self.pdf_jobs.append((tmpdocx, path))
        elif fmt == "txt":
            path.write_text(text or blocks_to_text(blocks), encoding="utf-8")
        elif fmt == "html":
            path.write_text(html or blocks_to_html(blocks), encoding="utf-8")
        elif fmt == "eml":
            path.write_bytes(eml)
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": [cpr] if cpr else [],
             "traits": list(traits) + (["cpr"] if cpr else []) + (["scanned-ocr"] if ocr else [])}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def write_docx(self, blocks, path: Path):
        from docx import Document
        from docx.shared import Pt
        doc = Document()
        st = doc.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)
        for b in blocks:
            t = b[0]
            if t == "title":
                doc.add_heading(b[1], level=1)
            elif t == "h":
                doc.add_heading(b[1], level=2)
            elif t == "p":
                doc.add_paragraph(b[1])
            elif t == "bold":
                doc.add_paragraph().add_run(b[1]).bold = True
            elif t == "bullets":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif t == "numbered":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif t == "table":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tb = doc.add_table(rows=len(rows), cols=ncol)
                tb.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        tb.cell(i, j).text = cell
                doc.add_paragraph()
            elif t == "footer":
                sec = doc.sections[0]
                sec.footer.paragraphs[0].text = b[1]
            elif t == "header":
                sec = doc.sections[0]
                sec.header.paragraphs[0].text = b[1]
        doc.save(path)

    def finish(self):
        if self.pdf_jobs:
            outdir = self.tmp / "pdf"
            outdir.mkdir(exist_ok=True)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dk_profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(outdir)]
                           + [str(d) for d, _ in self.pdf_jobs], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
            for d, target in self.pdf_jobs:
                shutil.move(str(outdir / (d.stem + ".pdf")), target)
        for text, target in self.ocr_jobs:
            self.scan(text, target)
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
                 for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        shutil.rmtree(self.tmp, ignore_errors=True)

    def scan(self, text: str, target: Path):
        """Render text as a slightly skewed, noisy 200 dpi page image, then OCR it (Tesseract, dan)."""
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 30)
        bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30)
        import textwrap
        lines = []
        for para in text.split("\n"):
            if not para.strip():
                lines.append(("", font))
                continue
            f = bold if para.isupper() or para.endswith(":") and len(para) < 40 else font
            for w in textwrap.wrap(para, 78):
                lines.append((w, f))
        pages = [lines[i:i + 58] for i in range(0, len(lines), 58)]
        imgs = []
        for pg in pages:
            img = Image.new("L", (1654, 2339), 255)
            d = ImageDraw.Draw(img)
            y = 140
            for ln, f in pg:
                d.text((150, y), ln, font=f, fill=25)
                y += 37
            img = img.rotate(self.r.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
            img = img.filter(ImageFilter.GaussianBlur(0.7))
            px = img.load()
            for _ in range(3000):
                px[self.r.randrange(1654), self.r.randrange(2339)] = self.r.randrange(60, 200)
            imgs.append(img.convert("RGB"))
        tif = self.tmp / (target.stem + ".tif")
        imgs[0].save(tif, save_all=True, append_images=imgs[1:], dpi=(200, 200), compression="tiff_deflate")
        base = self.tmp / target.stem
        subprocess.run(["tesseract", str(tif), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(base) + ".pdf", target)


def blocks_to_text(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t in ("title",):
            out += [b[1].upper(), ""]
        elif t == "h":
            out += [b[1], ""]
        elif t in ("p", "bold"):
            out += [b[1], ""]
        elif t == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "numbered":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            for row in b[1]:
                out.append(": ".join(c for c in row if c) if len(row) == 2 else "   ".join(row))
            out.append("")
        elif t in ("footer", "header"):
            out += [b[1], ""]
    return "\n".join(out).strip() + "\n"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def blocks_to_html(blocks) -> str:
    out = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Udskrift</title></head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif t in ("p", "bold", "footer", "header"):
            out.append(f"<p>{esc(b[1])}</p>")
        elif t in ("bullets", "numbered"):
            tag = "ul" if t == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif t == "table":
            out.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in b[1]) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


# ====================================================================== agreements
AGREEMENT_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                     "missing-follow-up", "missing-hours", "missing-hours-vague",
                     "missing-appeal-guidance", "appeal-incomplete", "duration-over-6-months",
                     "duration-over-6-months", "unclear-goal", "unclear-goal", "appeal-wrong-route"]


def agreement_spec(g: Gen, defect, mentor_pool=None):
    r = g.r
    fn, ln = g.person()
    over = defect == "duration-over-6-months"
    start, end = g.period(over)
    gi = r.randrange(len(GOOD_GOALS))
    if mentor_pool:
        mn, mp, me = r.choice(mentor_pool)
    else:
        mfn, mln = g.person()
        mn, mp, me = f"{mfn} {mln}", g.phone(), None
    sp = {
        "fn": fn, "ln": ln, "cpr": g.cpr() if r.random() < 0.33 else None,
        "cw": r.choice(CASEWORKERS), "journal": g.journal(),
        "goal": GOOD_GOALS[gi].format(fn=fn),
        "mentor": (mn, mp, me), "mentor_contact": True,
        "tasks": [t.format(fn=fn) for t in TASK_SETS[GOAL_TASKS[gi]]],
        "period": (start, end), "datestyle": r.choice(["words", "dots", "slash", "dash", "words"]),
        "hours": r.choice(HOURS_SET), "follow": r.choice(FOLLOW_UPS),
        "appeal": r.choice(APPEAL_FULL), "defect": defect,
        "signed": start - dt.timedelta(days=r.randrange(2, 12)),
    }
    rules, extras, traits = [], [], []
    if defect == "missing-goal":
        sp["goal"] = None
        rules.append("missing-goal")
    elif defect == "unclear-goal":
        sp["goal"] = r.choice(VAGUE_GOALS).format(fn=fn)
        rules.append("unclear-goal")
    elif defect == "missing-mentor":
        sp["mentor_contact"] = False
        rules.append("missing-mentor")
    elif defect == "missing-tasks":
        sp["tasks"] = None
        rules.append("missing-tasks")
    elif defect == "missing-duration":
        sp["period"] = None
        rules.append("missing-duration")
    elif defect == "missing-follow-up":
        sp["follow"] = None
        rules.append("missing-follow-up")
    elif defect == "missing-hours":
        sp["hours"] = None
        rules.append("missing-hours")
    elif defect == "missing-hours-vague":
        sp["hours"] = r.choice(VAGUE_HOURS)
        rules.append("missing-hours")
    elif defect == "missing-appeal-guidance":
        sp["appeal"] = None
        rules.append("missing-appeal-guidance")
    elif defect == "appeal-incomplete":
        sp["appeal"] = r.choice(APPEAL_INCOMPLETE)
        rules.append("missing-appeal-guidance")
    elif defect == "duration-over-6-months":
        rules.append("duration-over-6-months")
    elif defect == "appeal-wrong-route":
        sp["appeal"] = r.choice(APPEAL_WRONG)
        extras.append("appeal-wrong-route")
    if defect:
        traits.append("defect:" + defect)
    sp["rules"], sp["extras"], sp["traits"] = rules, extras, traits
    return sp


def per(sp, style=None):
    s, e = sp["period"]
    st = style or sp["datestyle"]
    return f"{dkdate(s, st)} – {dkdate(e, st)}" if st == "words" else f"{dkdate(s, st)} - {dkdate(e, st)}"


def mentor_line(sp):
    n, p, e = sp["mentor"]
    if not sp["mentor_contact"]:
        return n
    return f"{n}, tlf. {p}" + (f", {e}" if e else "")


def muni_table(g: Gen, sp):
    """Vesterå's current Word template: header table + label/value table."""
    fn, ln = sp["fn"], sp["ln"]
    rows = [["Borger", f"{fn} {ln}"]]
    if sp["cpr"]:
        rows.append(["CPR-nr.", sp["cpr"]])
    rows += [["Sagsbehandler", f"{sp['cw'][0]}, tlf. {sp['cw'][1]}"], ["Journalnr.", sp["journal"]]]
    main = [["Punkt", "Aftale"],
            ["Mål med mentorstøtten", sp["goal"] or ""],
            ["Mentor – navn og kontaktdata", mentor_line(sp)],
            ["Mentorens opgaver", "\n".join("• " + t for t in sp["tasks"]) if sp["tasks"] else ""],
            ["Periode", per(sp) if sp["period"] else ""],
            ["Timetal", sp["hours"] or ""],
            ["Opfølgning og mål for progression", sp["follow"] or ""]]
    if g.r.random() < 0.5:   # some caseworkers delete empty rows instead of leaving them blank
        main = [row for row in main if row[1] != ""]
    blocks = [("header", f"{KOMMUNE} · {AFD}"), ("title", "Aftale om mentorstøtte"),
              ("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167."),
              ("table", rows), ("table", main)]
    if sp["appeal"]:
        blocks += [("h", "Klagevejledning"), ("p", sp["appeal"])]
    blocks += [("p", f"Dato: {dkdate(sp['signed'], 'dots')}"),
               ("p", "Underskrift borger: ______________________    Underskrift mentor: ______________________"),
               ("footer", f"{KOMMUNE} · Rådhustorvet 1 · 7100 Vejle · vesteraa.dk")]
    return blocks


def muni_letter(g: Gen, sp):
    """The older letter-style agreement ('Aftale om mentor', used before the Word template)."""
    fn, ln = sp["fn"], sp["ln"]
    n = sp["mentor"][0].split()[0]
    blocks = [("p", f"{KOMMUNE}\n{AFD}\nRådhustorvet 1\n7100 Vejle"),
              ("p", f"{fn} {ln}" + (f"\nCPR: {sp['cpr']}" if sp["cpr"] else "")),
              ("p", f"Vejle, {dkdate(sp['signed'], 'words')}"),
              ("bold", "Aftale om mentor"),
              ("p", f"Kære {fn}"),
              ("p", "Som vi talte om på mødet, bekræfter vi her aftalen om mentorstøtte efter § 167 i lov om en aktiv "
                    "beskæftigelsesindsats.")]
    if sp["goal"]:
        blocks.append(("p", f"Vi har aftalt følgende mål for forløbet: {sp['goal']}"))
    if sp["mentor_contact"]:
        m = sp["mentor"]
        blocks.append(("p", f"Din mentor er {m[0]}. Du kan ringe til {n} på {m[1]}"
                            + (f" eller skrive til {m[2]}." if m[2] else ".")))
    else:
        blocks.append(("p", f"Din mentor bliver {sp['mentor'][0]}, som kontakter dig."))
    if sp["tasks"]:
        blocks += [("p", f"{n} skal hjælpe dig med:"), ("bullets", sp["tasks"])]
    bits = []
    if sp["period"]:
        bits.append(f"Mentorstøtten gælder fra {dkdate(sp['period'][0], 'words')} til {dkdate(sp['period'][1], 'words')}")
    if sp["hours"]:
        bits.append(f"{n} har {sp['hours']} til dig" if sp["hours"][0].isdigit() else f"timerne fordeles {sp['hours']}")
    if bits:
        blocks.append(("p", ", og ".join(bits) + "."))
    if sp["follow"]:
        blocks.append(("p", sp["follow"]))
    if sp["appeal"]:
        blocks += [("bold", "Hvis du vil klage"), ("p", sp["appeal"])]
    blocks += [("p", "Med venlig hilsen"), ("p", f"{sp['cw'][0]}\nJobkonsulent\nDirekte tlf. {sp['cw'][1]}")]
    return blocks


def prov_mentor(g: Gen, key):
    p = PROVIDERS[key]
    fn, ln = g.person()
    return [(f"{fn} {ln}", g.phone(), f"{fn.lower()}@{p['domain']}")]


def kompagniet(g: Gen, sp):
    p = PROVIDERS["kompagniet"]
    m = sp["mentor"]
    blocks = [("header", f"{p['name']} · {p['addr']} · CVR {p['cvr']}"),
              ("title", "Mentoraftale"),
              ("p", f"Indgået mellem {sp['fn']} {sp['ln']}, {p['name']} og {KOMMUNE} (bestiller)."),
              ("h", "1. Deltager"),
              ("p", f"Navn: {sp['fn']} {sp['ln']}" + (f"\nCPR-nr.: {sp['cpr']}" if sp["cpr"] else "")
               + f"\nKommunens sagsbehandler: {sp['cw'][0]}")]
    blocks += [("h", "2. Formål med forløbet"), ("p", sp["goal"] if sp["goal"] else "-")]
    blocks += [("h", "3. Din mentor"),
               ("p", f"Navn: {m[0]}" + (f"\nMobil: {m[1]}\nMail: {m[2]}" if sp["mentor_contact"] else ""))]
    blocks += [("h", "4. Indsatsområder")]
    blocks.append(("numbered", sp["tasks"]) if sp["tasks"] else ("p", "Aftales ved opstart."))
    blocks += [("h", "5. Omfang og varighed"),
               ("p", (f"Periode: {per(sp)}" if sp["period"] else "Periode:") + "\n"
                + (f"Timer: {sp['hours']}" if sp["hours"] else "Timer:"))]
    if sp["follow"]:
        blocks += [("h", "6. Opfølgning"), ("p", sp["follow"])]
    if sp["appeal"]:
        blocks += [("h", "7. Klagevejledning (fra " + KOMMUNE + ")"), ("p", sp["appeal"])]
    blocks += [("p", "Underskrifter\n\nDeltager ____________    Mentor ____________    Dato ________")]
    return blocks


def brotiljob(g: Gen, sp):
    p = PROVIDERS["brotiljob"]
    m = sp["mentor"]
    mfn = m[0].split()[0]
    blocks = [("title", f"Samarbejdsaftale – mentorforløb"),
              ("p", f"{p['name']} · {p['addr']}"),
              ("p", f"Deltager: {sp['fn']} {sp['ln']}   Henvist af: {KOMMUNE}, {sp['cw'][0]}")]
    blocks += [("h", "Hvad vil vi opnå?"), ("p", sp["goal"] if sp["goal"] else "")]
    blocks += [("h", "Hvem er din mentor?"),
               ("p", f"{m[0]} – {m[1]} – {m[2]}" if sp["mentor_contact"] else m[0])]
    if sp["tasks"]:
        blocks += [("h", f"Hvad skal {mfn} hjælpe med?"), ("bullets", sp["tasks"])]
    blocks += [("h", "Hvor længe og hvor meget?")]
    txt = []
    if sp["period"]:
        txt.append(f"Forløbet løber {per(sp)}.")
    if sp["hours"]:
        txt.append(f"Der er afsat {sp['hours']}.")
    blocks.append(("p", " ".join(txt) if txt else "Se bestillingen fra kommunen."))
    if sp["follow"]:
        blocks += [("h", "Hvordan følger vi op?"), ("p", sp["follow"])]
    if sp["appeal"]:
        blocks += [("h", "Hvis du er uenig i kommunens afgørelse"), ("p", sp["appeal"])]
    blocks.append(("footer", f"{p['name']} · CVR {p['cvr']} · {p['domain']}"))
    return blocks


def trappen(g: Gen, sp):
    p = PROVIDERS["trappen"]
    m = sp["mentor"]
    kind = g.r.choice(["tilbud", "udvidet", "uddannelse"])
    box = lambda k: "☒" if k == kind else "☐"
    rows = [["Borger", f"{sp['fn']} {sp['ln']}"]]
    if sp["cpr"]:
        rows.append(["Cpr.nr.", sp["cpr"]])
    rows += [["Bestilt af", f"{KOMMUNE} v/ {sp['cw'][0]}"],
             ["Mentortype", f"{box('tilbud')} Tilbudsmentor  {box('udvidet')} Udvidet mentor  {box('uddannelse')} Uddannelsesmentor"],
             ["Målsætning", sp["goal"] or ""],
             ["Mentor", m[0]],
             ["Mentorens kontaktoplysninger", f"{m[1]} / {m[2]}" if sp["mentor_contact"] else ""],
             ["Indsatsområder", "; ".join(sp["tasks"]) if sp["tasks"] else ""],
             ["Bevilget periode", per(sp) if sp["period"] else ""],
             ["Timer bevilget", sp["hours"] or ""],
             ["Statusrapportering", sp["follow"] or ""]]
    blocks = [("header", f"{p['name']} – {p['addr']}"), ("title", "Aftaleskema – mentorstøtte"), ("table", rows)]
    if sp["appeal"]:
        blocks += [("p", "Klagevejledning: " + sp["appeal"])]
    blocks += [("p", "Borgers underskrift: ____________   Mentors underskrift: ____________")]
    return blocks


def as_email(g: Gen, sp, blocks, subject, sender, to, signature):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.combine(sp["signed"], dt.time(9, g.r.randrange(60)),
                                                      tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{g.r.randrange(10**12)}@{sender.split('@')[1].rstrip('>')}>"
    body = "Hej " + sp["cw"][0].split()[0] + "\n\nHer er den underskrevne aftale skrevet ind, som du bad om.\n\n" \
        + blocks_to_text(blocks) + "\n" + signature
    msg.set_content(body)
    return bytes(msg)


def build_agreements(g: Gen):
    r = g.r
    plan = ([("muni_table", f) for f in ["docx"] * 9 + ["pdf"] * 6] +
            [("muni_letter", f) for f in ["docx"] * 3 + ["txt"] * 3 + ["pdf"] * 2 + ["ocr"] * 2] +
            [("kompagniet", f) for f in ["docx"] * 3 + ["pdf"] * 3 + ["eml"]] +
            [("brotiljob", f) for f in ["docx"] * 3 + ["pdf"] * 2 + ["html"] * 1 + ["ocr"]] +
            [("trappen", f) for f in ["docx"] * 3 + ["pdf"] * 3 + ["eml"]])
    # about a third of the sample carries one defect; a shuffled bag so every class occurs
    bag = AGREEMENT_DEFECTS + [None] * (len(plan) - len(AGREEMENT_DEFECTS))
    r.shuffle(bag)
    for i, (tpl, fmt) in enumerate(plan):
        if tpl.startswith("muni"):
            sp = agreement_spec(g, bag[i], MUNI_MENTORS if r.random() < 0.4 else None)
        elif tpl == "trappen":
            # the provider's own form has no appeal paragraph unless the caseworker adds one
            sp = agreement_spec(g, bag[i], prov_mentor(g, tpl))
            if sp["defect"] is None and r.random() < 0.25:
                sp["appeal"] = None
                sp["rules"].append("missing-appeal-guidance")
                sp["traits"].append("defect:provider-form-no-appeal")
        else:
            sp = agreement_spec(g, bag[i], prov_mentor(g, tpl))
        blocks = {"muni_table": muni_table, "muni_letter": muni_letter, "kompagniet": kompagniet,
                  "brotiljob": brotiljob, "trappen": trappen}[tpl](g, sp)
        layout = {"muni_table": "table", "muni_letter": "letter", "kompagniet": "sections",
                  "brotiljob": "sections", "trappen": "table"}[tpl]
        slug = f"{sp['fn'].lower()}-{sp['ln'].lower()}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        folder = "aftaler/" + ("kommunens-skabelon" if tpl.startswith("muni") else "leverandoerer/" + tpl)
        kw = dict(kind="agreement", layout=layout, subtype=f"agreement-{tpl}", rules=sp["rules"],
                  extras=sp["extras"], cpr=sp["cpr"], traits=sp["traits"] + [f"template:{tpl}"],
                  period=sp["period"])
        if fmt == "eml":
            p = PROVIDERS[tpl]
            m = sp["mentor"]
            sig = f"Venlig hilsen\n{m[0]}\n{p['name']}\n{p['addr']}"
            data = as_email(g, sp, blocks, f"Mentoraftale {sp['fn']} {sp['ln'][0]}.",
                            f"{m[0]} <{m[2]}>", f"{sp['cw'][0]} <jobcenter@vesteraa.dk>", sig)
            g.add(f"{folder}/{i:03d}-aftale-{slug}.eml", "eml", eml=data, **{**kw, "layout": "email"})
        elif fmt == "ocr":
            g.add(f"{folder}/{i:03d}-aftale-{slug}-scan.pdf", "pdf", blocks=blocks, ocr=True, **kw)
        else:
            g.add(f"{folder}/{i:03d}-aftale-{slug}.{fmt}", fmt, blocks=blocks, **kw)


# ====================================================================== decisions
def decision(g: Gen, dtype: str):
    r = g.r
    fn, ln = g.person()
    cpr = g.cpr() if r.random() < 0.33 else None
    cw = r.choice(CASEWORKERS)
    rules, extras, traits = [], [], [f"decision:{dtype}"]
    appeal = r.choice(APPEAL_FULL)
    roll = r.random()
    if roll < 0.06:
        appeal = None
        rules.append("missing-appeal-guidance")
        traits.append("defect:no-appeal")
    elif roll < 0.11:
        appeal = r.choice(APPEAL_INCOMPLETE)
        rules.append("missing-appeal-guidance")
        traits.append("defect:appeal-incomplete")
    elif roll < 0.19:
        appeal = r.choice(APPEAL_WRONG)
        extras.append("appeal-wrong-route")
        traits.append("defect:appeal-wrong-route")
    over = dtype in ("grant", "extension") and r.random() < 0.2
    if over:
        rules.append("duration-over-6-months")
        traits.append("defect:over6")
    start, end = g.period(over)
    if dtype == "extension":
        prev_end = start - dt.timedelta(days=1)
    hours = r.choice(["3 timer", "2 timer", "4 timer", "1½ time"])
    d = start - dt.timedelta(days=r.randrange(5, 20))
    style = r.choice(["words", "dots"])
    pd = lambda x: dkdate(x, style)
    mfn, mln = g.person()
    head = [("p", f"{KOMMUNE}\n{AFD}\nRådhustorvet 1, 7100 Vejle"),
            ("p", f"{fn} {ln}" + (f"\nCPR-nr. {cpr}" if cpr else "")),
            ("p", f"Dato: {dkdate(d, 'words')}\nSagsnr.: {g.journal()}")]
    reasons_missing = dtype in ("partial", "refusal", "end") and r.random() < 0.2
    if dtype == "grant":
        title = "Afgørelse om mentorstøtte"
        body = [("p", f"Kære {fn}"),
                ("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv "
                      f"beskæftigelsesindsats i perioden {pd(start)} til {pd(end)} med {hours} om ugen."),
                ("p", f"Din mentor bliver {mfn} {mln}. I aftaler selv det første møde."),
                ("p", "Målet med støtten og mentorens opgaver skrives ind i Min Plan på Jobnet, hvor du også kan se aftalen.")]
    elif dtype == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        asked = r.choice([6, 8, 10])
        body = [("p", f"Kære {fn}"),
                ("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Du får bevilget {hours} om ugen i perioden "
                      f"{pd(start)} – {pd(end)}. Du får altså færre timer, end du har søgt om.")]
        if not reasons_missing:
            body += [("h", "Begrundelse"),
                     ("p", f"Vi har lagt vægt på, at du allerede har støtte fra praktikstedets kontaktperson tre dage om "
                           f"ugen, og at dit behov for hjælp ud over det vurderes til {hours} ugentligt. Afgørelsen er "
                           f"truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")]
    elif dtype == "refusal":
        title = "Afslag på mentorstøtte"
        body = [("p", f"Kære {fn}"),
                ("p", f"Vi har behandlet din ansøgning om mentorstøtte af {dkdate(d - dt.timedelta(days=14), 'words')}. "
                      "Du får afslag.")]
        if not reasons_missing:
            body += [("h", "Hvorfor får du afslag?"),
                     ("p", "Mentorstøtte kan kun gives, når støtten har et mål om beskæftigelse eller uddannelse, jf. § 167 "
                           "i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, at du er bevilget førtidspension "
                           "fra 1. marts 2026 og ikke har planer om job eller uddannelse.")]
        start = end = None
    elif dtype == "extension":
        title = "Afgørelse om forlængelse af mentorstøtte"
        body = [("p", f"Kære {fn}"),
                ("p", f"Din nuværende mentorperiode slutter {pd(prev_end)}. På baggrund af evalueringen den "
                      f"{pd(prev_end - dt.timedelta(days=14))} har vi besluttet at forlænge mentorstøtten."),
                ("p", f"Du får en ny periode fra {pd(start)} til {pd(end)}, {hours} om ugen, jf. § 167, stk. 1, 2. pkt. "
                      f"Din mentor er fortsat {mfn} {mln}.")]
    else:  # end
        title = "Afgørelse om ophør af mentorstøtte"
        stop = dt.date(2026, r.randrange(2, 11), r.choice([1, 15]))
        body = [("p", f"Kære {fn}"),
                ("p", f"Vi stopper din mentorstøtte pr. {dkdate(stop, 'words')}.")]
        if not reasons_missing:
            body += [("h", "Begrundelse"),
                     ("p", r.choice([
                         "Du er startet i ordinært job 30 timer om ugen og har ikke længere brug for mentor. Vi har lagt "
                         "vægt på din egen og arbejdsgiverens vurdering på statusmødet.",
                         "Du er ikke mødt op til 4 aftalte møder med din mentor og har ikke svaret på vores breve. "
                         "Formålet med støtten kan derfor ikke opfyldes, jf. § 167 i lov om en aktiv beskæftigelsesindsats."]))]
        start = end = None
    if reasons_missing:
        extras.append("missing-reasons")
        traits.append("defect:no-reasons")
    blocks = head + [("title", title)] + body
    if appeal:
        blocks += [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", appeal)]
    blocks += [("p", f"Venlig hilsen\n\n{cw[0]}\nSagsbehandler, tlf. {cw[1]}")]
    return dict(blocks=blocks, rules=rules, extras=extras, traits=traits, cpr=cpr,
                period=(start, end) if start else None, fn=fn, ln=ln, d=d, cw=cw)


def build_decisions(g: Gen):
    plan = ([("grant", f) for f in ["docx", "docx", "pdf", "pdf", "txt", "pdf", "ocr"]] +
            [("partial", f) for f in ["docx", "pdf", "txt"]] +
            [("refusal", f) for f in ["docx", "pdf", "txt", "eml"]] +
            [("extension", f) for f in ["docx", "pdf", "docx", "txt"]] +
            [("end", f) for f in ["docx", "pdf", "eml", "txt"]])
    for i, (dtype, fmt) in enumerate(plan):
        sp = decision(g, dtype)
        slug = f"{sp['fn'].lower()}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        rel = f"afgoerelser/{i:03d}-{dtype}-{slug}"
        kw = dict(kind="decision", layout="letter", subtype=f"decision-{dtype}", rules=sp["rules"],
                  extras=sp["extras"], cpr=sp["cpr"], traits=sp["traits"], period=sp["period"])
        if fmt == "eml":
            # a copy the caseworker mailed to the citizen's lawyer/bisidder, letter in the body
            msg = EmailMessage()
            msg["From"] = f"{sp['cw'][0]} <jobcenter@vesteraa.dk>"
            msg["To"] = "bisidder@advokathuset-vejle.dk"
            msg["Subject"] = f"Kopi af afgørelse vedr. {sp['fn']} {sp['ln']}"
            msg["Date"] = format_datetime(dt.datetime.combine(sp["d"], dt.time(13, 5), tzinfo=dt.timezone.utc))
            msg.set_content("Hej\n\nSom aftalt sender jeg kopi af afgørelsen, som er sendt til borgeren i Digital Post i dag.\n\n"
                            + blocks_to_text(sp["blocks"]))
            g.add(rel + ".eml", "eml", eml=bytes(msg), **{**kw, "layout": "email"})
        elif fmt == "ocr":
            g.add(rel + "-scan.pdf", "pdf", blocks=sp["blocks"], ocr=True, **kw)
        else:
            g.add(rel + "." + fmt, fmt, blocks=sp["blocks"], **kw)


# ====================================================================== Min Plan prints
def build_minplan(g: Gen):
    r = g.r
    fmts = ["html"] * 6 + ["pdf"] * 4 + ["txt"] * 3
    for i, fmt in enumerate(fmts):
        fn, ln = g.person()
        cpr = g.cpr() if r.random() < 0.25 else None
        rules, traits = [], []
        defect = r.choice([None] * 7 + ["missing-hours", "unclear-goal", "duration-over-6-months",
                                        "missing-mentor", "missing-tasks"])
        start, end = g.period(defect == "duration-over-6-months")
        gi = r.randrange(len(GOOD_GOALS))
        goal = GOOD_GOALS[gi].format(fn=fn)
        mfn, mln = g.person()
        mentor = f"{mfn} {mln}"
        contact = f"{g.phone()}"
        tasks = [t.format(fn=fn) for t in TASK_SETS[GOAL_TASKS[gi]]]
        hours = r.choice(["2", "3", "4", "1,5"])
        if defect == "missing-hours":
            hours = ""
        elif defect == "unclear-goal":
            goal = r.choice(VAGUE_GOALS).format(fn=fn)
        elif defect == "missing-mentor":
            contact = ""
        elif defect == "missing-tasks":
            tasks = []
        if defect:
            rules.append(defect)
            traits.append("defect:" + defect)
        other = r.random() < 0.5   # the plan also lists another activity with its own (longer) period
        fgu_s = dt.date(2026, 8, 10)
        mentor_rows = [["Aktivitet", "Mentorstøtte (LAB § 167)"],
                       ["Formål med mentorstøtten", goal],
                       ["Mentor", mentor], ["Telefon", contact],
                       ["Mentorens opgaver", "; ".join(tasks)],
                       ["Startdato", dkdate(start, "dots")], ["Slutdato", dkdate(end, "dots")],
                       ["Timer pr. uge", hours]]
        other_rows = [["Aktivitet", "FGU – produktionsgrunduddannelse"], ["Sted", "FGU Vesterå, Skolevej 3"],
                      ["Startdato", dkdate(fgu_s, "dots")], ["Slutdato", dkdate(dt.date(2027, 6, 25), "dots")],
                      ["Kontaktperson", "Lærer Jesper Hald, 30 12 44 90"]]
        if other:
            traits.append("plan:other-activity-longer")
        blocks = [("title", "Min Plan"),
                  ("p", f"Udskrevet {dkdate(start - dt.timedelta(days=3), 'dots')} fra fagsystemet · {KOMMUNE}"),
                  ("p", f"{fn} {ln}" + (f" · {cpr}" if cpr else "")),
                  ("h", "Mit mål"), ("p", r.choice(["Job som lagermedarbejder", "Uddannelse inden for byggeri",
                                                   "Fleksjob i køkken", "Komme i uddannelse"])),
                  ("h", "Mine aktiviteter")]
        if other:
            blocks += [("table", other_rows)]
        blocks += [("table", mentor_rows)]
        kw = dict(kind="minplan", layout="plan", subtype="minplan-print", rules=rules, cpr=cpr,
                  traits=traits, period=(start, end))
        slug = fn.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        rel = f"min-plan/{i:03d}-minplan-{slug}"
        if fmt == "html":
            html = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Min Plan – udskrift</title>"
                    "<script>window.print && console.log('print view');</script></head><body>",
                    "<div class=\"plan\"><h1>Min Plan</h1>",
                    f"<div class=\"meta\">{esc(blocks[1][1])}</div><div class=\"borger\">{esc(blocks[2][1])}</div>",
                    f"<section><h2>Mit mål</h2><p>{esc(blocks[4][1])}</p></section><section><h2>Mine aktiviteter</h2>"]
            for rows in ([other_rows] if other else []) + [mentor_rows]:
                html.append("<div class=\"card\"><dl>" + "".join(
                    f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in rows) + "</dl></div>")
            html.append("</section></div></body></html>")
            g.add(rel + ".html", "html", html="\n".join(html), **kw)
        else:
            g.add(rel + "." + fmt, fmt, blocks=blocks, **kw)


# ====================================================================== other documents in the folder
def build_unknown(g: Gen):
    r = g.r
    items = []
    # mentor status reports (mention goal, hours, period: still not an agreement)
    for i, fmt in enumerate(["docx", "pdf", "docx", "eml", "txt"]):
        fn, ln = g.person()
        key = r.choice(list(PROVIDERS))
        p = PROVIDERS[key]
        mfn, mln = g.person()
        cpr = g.cpr() if r.random() < 0.3 else None
        s, e = g.period()
        blocks = [("header", p["name"]), ("title", "Statusrapport – mentorforløb"),
                  ("table", [["Deltager", f"{fn} {ln}" + (f" ({cpr})" if cpr else "")],
                             ["Mentor", f"{mfn} {mln}, {g.phone()}"],
                             ["Bevilget periode", f"{dkdate(s, 'dots')} - {dkdate(e, 'dots')}"],
                             ["Rapportperiode", f"{MONTHS[s.month % 12]} 2026"],
                             ["Forbrugte timer", f"{r.randrange(6, 14)} af {r.randrange(14, 26)}"]]),
                  ("h", "Mål for forløbet (fra bestillingen)"), ("p", r.choice(GOOD_GOALS).format(fn=fn)),
                  ("h", "Hvordan er det gået?"),
                  ("p", f"{fn} er mødt til {r.randrange(5, 9)} ud af 9 aftaler. Vi har øvet transporten og været på "
                        "besøg på praktikstedet to gange. Der har været fravær i uge " + str(r.randrange(10, 40)) +
                        " pga. sygdom i familien."),
                  ("h", "Anbefaling"),
                  ("p", r.choice(["Vi anbefaler, at forløbet fortsætter uændret.",
                                  "Vi anbefaler forlængelse i 3 måneder med 2 timer om ugen.",
                                  "Vi anbefaler, at forløbet afsluttes, da målet er nået."]))]
        items.append(("status", fmt, blocks, cpr, "statusrapport", "mixed"))
    # invoices from providers
    for i, fmt in enumerate(["pdf", "pdf", "pdf", "eml"]):
        key = r.choice(list(PROVIDERS))
        p = PROVIDERS[key]
        rows = [["Ydelse", "Antal", "Pris", "Beløb"]]
        total = 0
        for _ in range(r.randrange(2, 5)):
            fn, ln = g.person()
            t = r.randrange(6, 20)
            rows.append([f"Mentortimer {fn} {ln[0]}. ({MONTHS[r.randrange(12)]})", f"{t} t", "465,00", f"{t * 465:,}".replace(",", ".") + ",00"])
            total += t * 465
        rows.append(["I alt ekskl. moms", "", "", f"{total:,}".replace(",", ".") + ",00"])
        blocks = [("p", f"{p['name']}\n{p['addr']}\nCVR {p['cvr']}"), ("title", f"Faktura nr. {r.randrange(2000, 9000)}"),
                  ("p", f"Til: {KOMMUNE}, {AFD}\nEAN 5798000{r.randrange(100000, 999999)}\nFakturadato: "
                        f"{dkdate(dt.date(2026, r.randrange(1, 11), 28), 'dots')}\nBetalingsbetingelser: netto 30 dage"),
                  ("table", rows),
                  ("p", f"Beløbet indbetales på reg. 7040 konto {r.randrange(1000000, 9999999)}. Henvendelse om fakturaen: "
                        f"bogholderi@{p['domain']}")]
        items.append(("faktura", fmt, blocks, None, "faktura", "table"))
    # minutes
    for i, fmt in enumerate(["docx", "pdf", "txt"]):
        blocks = [("title", "Referat – teammøde mentorindsats"),
                  ("p", f"Dato: {dkdate(dt.date(2026, r.randrange(1, 11), r.randrange(1, 28)), 'words')}\n"
                        f"Deltagere: {', '.join(c[0] for c in CASEWORKERS[:3])}, {MUNI_MENTORS[0][0]}\nReferent: "
                        f"{CASEWORKERS[3][0]}"),
                  ("h", "1. Kapacitet"),
                  ("p", f"Kommunens egne mentorer har {r.randrange(30, 45)} borgere. Ventetid ca. 3 uger. Ved behov bruges "
                        "rammeaftalen med MentorKompagniet og Bro til Job."),
                  ("h", "2. Fokusrevision"),
                  ("p", "Ankestyrelsen/STAR har tidligere påpeget manglende dokumentation af mål og mentorens opgaver. Alle "
                        "aftaler skal have mål, mentorens navn og kontaktdata, opgaver, periode (højst 6 måneder), timetal, "
                        "opfølgning og klagevejledning. Birgitte laver stikprøve i november."),
                  ("h", "3. Eventuelt"), ("p", "Næste møde om en måned.")]
        items.append(("referat", fmt, blocks, None, "referat", "sections"))
    # guidance / leaflet
    for i, fmt in enumerate(["pdf", "html", "docx"]):
        blocks = [("title", r.choice(["Mentorstøtte – information til borgere", "Sådan arbejder vi med mentorstøtte",
                                      "Vejledning: Aftaler om mentorstøtte"])),
                  ("p", f"{KOMMUNE} kan give dig en mentor, hvis du har brug for støtte for at komme i job eller "
                        "uddannelse. Reglerne står i § 167 i lov om en aktiv beskæftigelsesindsats."),
                  ("h", "Hvad står der i aftalen?"),
                  ("bullets", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata",
                               "Hvilke opgaver mentoren skal hjælpe med", "Hvor længe støtten varer (højst 6 måneder ad gangen)",
                               "Hvor mange timer om ugen", "Hvordan vi følger op", "Klagevejledning"]),
                  ("h", "Kan jeg klage?"),
                  ("p", "Ja. Du klager til kommunen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til "
                        "Ankestyrelsen."),
                  ("p", "Spørgsmål? Ring til Jobcentret på 72 36 40 00.")]
        items.append(("vejledning", fmt, blocks, None, "vejledning", "sections"))
    # internal mails (meeting planning, request for mentor capacity)
    for i in range(3):
        fn, ln = g.person()
        cw = r.choice(CASEWORKERS)
        key = r.choice(list(PROVIDERS))
        p = PROVIDERS[key]
        body = r.choice([
            f"Hej {cw[0].split()[0]}\n\nKan vi flytte statusmødet for {fn} til torsdag kl. 10? {fn} har fået tid hos lægen "
            f"om tirsdagen.\n\nMvh\nMentor, {p['name']}\ntlf. {g.phone()}",
            f"Hej\n\nHar I kapacitet til en ny borger fra uge {r.randrange(2, 48)}? Det drejer sig om ca. 3 timer om ugen i 6 "
            f"måneder, uddannelsesmentor. Bestillingen kommer, når aftalen er på plads.\n\nVenlig hilsen\n{cw[0]}\n{KOMMUNE}",
            f"Hej {cw[0].split()[0]}\n\nTak for i dag. Jeg sender statusrapporten for {fn} {ln[0]}. i næste uge.\n\n"
            f"Hilsen\n{p['name']}"])
        msg = EmailMessage()
        msg["From"] = f"{cw[0]} <jobcenter@vesteraa.dk>" if "Venlig hilsen" in body else f"kontakt@{p['domain']}"
        msg["To"] = f"kontakt@{p['domain']}" if "Venlig hilsen" in body else "jobcenter@vesteraa.dk"
        msg["Subject"] = r.choice(["Statusmøde", "Ny borger?", "SV: mentorforløb"])
        msg["Date"] = format_datetime(dt.datetime(2026, r.randrange(1, 11), r.randrange(1, 28), 11, 0, tzinfo=dt.timezone.utc))
        msg.set_content(body)
        items.append(("mail", "eml", bytes(msg), None, "mail", "email"))
    for i, (name, fmt, blocks, cpr, subtype, layout) in enumerate(items):
        rel = f"oevrige/{i:03d}-{name}.{fmt}"
        kw = dict(kind="unknown", layout=layout, subtype=subtype, rules=[], cpr=cpr,
                  traits=["not-a-mentor-document-kind"])
        if fmt == "eml" and isinstance(blocks, bytes):
            g.add(rel, "eml", eml=blocks, **kw)
        elif fmt == "eml":
            msg = EmailMessage()
            msg["From"] = "kontakt@" + PROVIDERS["kompagniet"]["domain"]
            msg["To"] = "jobcenter@vesteraa.dk"
            msg["Subject"] = subtype.capitalize()
            msg["Date"] = format_datetime(dt.datetime(2026, 6, 3, 8, 30, tzinfo=dt.timezone.utc))
            msg.set_content("Hej\n\nHermed til orientering.\n\n" + blocks_to_text(blocks))
            g.add(rel, "eml", eml=bytes(msg), **kw)
        else:
            g.add(rel, fmt, blocks=blocks, **kw)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    g = Gen(a.out)
    build_agreements(g)
    build_decisions(g)
    build_minplan(g)
    build_unknown(g)
    g.finish()
    from collections import Counter
    print(len(g.entries), "documents")
    print(Counter(e["kind"] for e in g.entries))
    print(Counter(e["format"] for e in g.entries))


if __name__ == "__main__":
    main()
