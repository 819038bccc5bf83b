#!/usr/bin/env python3
"""Corpus HR: audit sample 2020-2026 from a large North Jutland municipality with three job
centres (city / coast / inland) that kept their own document habits after a merger.

Deterministic: python make_corpus_hr.py --out /work/corpora/hr [--seed 1822]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

KOMMUNE = "Nordkyst Kommune"
CENTRES = {
    "by": ("Jobcenter Nordkyst – Byen", "Havnegade 12, 9800 Hjørring-Nord", "72 10 40 00"),
    "kyst": ("Jobcenter Nordkyst – Kysten", "Strandvejen 3, 9990 Skagen-Øst", "72 10 41 00"),
    "land": ("Jobcenter Nordkyst – Oplandet", "Torvet 7, 9700 Brønderslev-Vest", "72 10 42 00"),
}
PROVIDERS = [
    ("Vendelbo Mentorhus ApS", "vendelbomentor.dk"),
    ("Kompas Nord", "kompasnord.dk"),
    ("Læsø & Hals Jobstøtte", "lhjobstotte.dk"),
    ("Fjordbro Uddannelsesmentorer", "fjordbro.dk"),
    ("Nordlys Rehab I/S", "nordlysrehab.dk"),
    ("Mentorenheden, Nordkyst Kommune", "nordkyst.dk"),
]
MENTOR_NAMES = ["Birthe Kjærsgaard", "Kasper Thyregod", "Lone Vestergaard", "Rasmus Frandsen",
                "Mette Overgaard", "Ib Christiansen", "Sanne Dahl", "Torben Lykke", "Hanne Skov",
                "Jesper Munk", "Pia Holst", "Anders Bækgaard"]
CITIZENS = ["Jonas Pedersen", "Aisha Mahmoud", "Mikkel Sørensen", "Camilla Jensen", "Emil Larsen",
            "Sofie Nielsen", "Ahmad Rahimi", "Louise Kristensen", "Frederik Holm", "Nanna Bach",
            "Tobias Mortensen", "Ida Poulsen", "Jacob Thomsen", "Maria Andersen", "Kenneth Møller",
            "Amalie Rasmussen", "Oliver Jakobsen", "Signe Lund", "Dennis Hansen", "Fatima Ali",
            "Lasse Madsen", "Julie Friis", "Patrick Olsen", "Sara Bertelsen", "Nikolaj Vinther",
            "Helle Damgaard", "Mads Kristiansen", "Cecilie Krogh", "Bo Eriksen", "Yasmin Hussein"]
CASEWORKERS = ["Karen Bundgaard", "Peter Nørgaard", "Dorthe Iversen", "Henrik Bro", "Lise Kold"]

GOALS_CLEAR = [
    "{f} starter på grundforløb 2 til tømrer på EUC Nord i august {y} og møder mindst 4 dage om ugen.",
    "{f} er i virksomhedspraktik 20 timer om ugen i Netto, Søndergade, senest {d}, med henblik på løntilskud.",
    "{f} gennemfører første semester på SOSU Nord uden ulovligt fravær og består eksamen i januar.",
    "{f} har fast fleksjob som lagermedarbejder 15 timer om ugen hos Dansk Fiskemel inden {d}.",
    "{f} er i ordinært job som rengøringsassistent mindst 25 timer om ugen ved periodens udløb.",
    "{f} møder stabilt i praktik på Skagen Havn (4 dage om ugen) og er klar til løntilskud fra {d}.",
    "{f} fastholder sin læreplads som smed hos Vestergaards Maskinfabrik og har under 3 fraværsdage pr. måned.",
    "{f} er optaget på FGU Vendsyssel, produktionsgrunduddannelse, og møder 5 dage om ugen fra {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {f} får det bedre og kommer videre.",
    "Hjælp til at motivere {f} og styrke selvværdet.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    "Mentoren følger {f} til praktikstedet de første to uger, holder ugentlig samtale om fremmøde og hjælper med transportplan og vækkeur.",
    "Mentoren hjælper med at strukturere ugen, øver samtaler med arbejdsgiver og deltager i opstartsmødet på skolen.",
    "Mentoren støtter ved kontakt til læge og SKAT, hjælper med budget og følger op på mødestabilitet på arbejdspladsen.",
    "Mentoren mødes med {f} på skolen, hjælper med lektieplan og kontakt til studievejleder og SPS.",
    "Mentoren ringer om morgenen de første fire uger, følger med til samtaler på jobbet og hjælper med at løse konflikter med kolleger.",
]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører; delmål: fremmøde 4 dage om ugen fra 2. måned.",
    "Der følges op hver 4. uge på et trekantsmøde. Mentoren sender skriftlig status inden hvert møde. Midtvejsevaluering efter 3 måneder.",
    "Opfølgning hver 14. dag telefonisk og et statusmøde den første tirsdag i hver måned. Progression måles på fremmøde og timetal i praktikken.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende."]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "5 timer ugentligt", "4 t/uge", "8 timer om måneden", "1,5 time pr. uge"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger, efter du har modtaget den. "
    "Du kan klage mundtligt eller skriftligt til {c}, tlf. {t}. Kommunen genvurderer afgørelsen inden fire uger. "
    "Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i jobcentret senest 4 uger efter, at du har fået denne afgørelse. "
    "Send den til {c}, {a}, eller ring på {t}. Jobcentret vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens akter videre til Ankestyrelsen.",
    "Er du uenig, kan du klage til Nordkyst Kommune inden 4 uger. Vi ser på afgørelsen igen inden for 4 uger. "
    "Hvis vi fastholder den, sender vi din klage videre til Ankestyrelsen, som træffer den endelige afgørelse.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Har du spørgsmål eller vil du klage, er du velkommen til at kontakte os."]
APPEAL_DIRECT = ["Du kan klage til Ankestyrelsen inden 4 uger efter modtagelsen af dette brev."]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    return f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 38))
    return d.strftime("%d%m%y") + "-" + f"{rng.randint(0, 9999):04d}"


class Gen:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="hr_build_"))
        self.convert: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": [], "rtf": [], "scan": []}
        self.n = 0

    # ---------------- content model ----------------
    def case(self, year_lo=2020, year_hi=2026):
        r = self.rng
        citizen = r.choice(CITIZENS)
        first = citizen.split()[0]
        prov = r.choice(PROVIDERS)
        mentor = r.choice(MENTOR_NAMES)
        mail = mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + prov[1]
        phone = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        start = dt.date(r.randint(year_lo, year_hi), r.randint(1, 12), r.choice([1, 1, 1, 15, 4, 10]))
        if start > dt.date(2026, 10, 1):
            start = dt.date(2026, r.randint(1, 9), 1)
        return dict(citizen=citizen, first=first, provider=prov[0], mentor=mentor, mail=mail,
                    phone=phone, start=start, cw=r.choice(CASEWORKERS),
                    sag=f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(100, 9999)}-{start.year % 100}")

    def fields(self, c, defects, dstyle, over_months=None):
        r = self.rng
        f = c["first"]
        d = add_months(c["start"], 3)
        goal = r.choice(GOALS_CLEAR).format(f=f, y=c["start"].year, d=fmt_date(d, dstyle))
        if "unclear-goal" in defects:
            goal = r.choice(GOALS_UNCLEAR).format(f=f)
        if "missing-goal" in defects:
            goal = None
        mentor = f"{c['mentor']}, {c['provider']}, tlf. {c['phone']}, {c['mail']}"
        if "missing-mentor" in defects:
            mentor = r.choice([f"{c['mentor']}, {c['provider']}", None, f"{c['provider']} (mentor tildeles)"])
        tasks = None if "missing-tasks" in defects else r.choice(TASKS).format(f=f)
        months = over_months or 6
        end = add_months(c["start"], months) - dt.timedelta(days=1)
        period = f"{fmt_date(c['start'], dstyle)} – {fmt_date(end, dstyle)}"
        if "missing-duration" in defects:
            period = None
        follow = r.choice(FOLLOW).format(f=f)
        if "missing-follow-up" in defects:
            follow = r.choice([None, r.choice(FOLLOW_VAGUE)])
        hours = r.choice(HOURS)
        if "missing-hours" in defects:
            hours = r.choice([None, "efter behov", "et par timer om ugen"])
        return dict(goal=goal, mentor=mentor, tasks=tasks, period=period, follow=follow, hours=hours,
                    end=end if period else None)

    def appeal(self, defects, centre):
        r = self.rng
        cn, ca, ct = CENTRES[centre]
        if "missing-appeal-guidance" in defects:
            return r.choice([None, r.choice(APPEAL_WEAK)])
        return r.choice(APPEAL_FULL).format(c=cn, a=ca, t=ct)

    # ---------------- writers ----------------
    def rel(self, sub: str, stem: str, ext: str) -> str:
        self.n += 1
        return f"{sub}/{self.n:03d}_{stem}.{ext}"

    def record(self, rel, fmt, kind, subtype, layout, rules, traits, cprs=(), period=None, extras=()):
        e = dict(path=rel, format=fmt, kind=kind, subtype=subtype, layout=layout,
                 rules=sorted(set(rules)), extras=sorted(extras), error=None, accept_errors=[],
                 must_not_contain=list(cprs), traits=list(traits))
        if period:
            e["period"] = period
        self.entries.append(e)

    def write_docx(self, blocks, target: Path):
        """blocks: list of ('h', text) | ('p', text) | ('t', [[c1, c2], ...])"""
        doc = Document()
        st = doc.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)
        for kind, val in blocks:
            if kind == "h":
                doc.add_heading(val, level=1 if len(val) < 60 else 2)
            elif kind == "h2":
                doc.add_heading(val, level=2)
            elif kind == "p":
                doc.add_paragraph(val)
            elif kind == "t":
                t = doc.add_table(rows=0, cols=len(val[0]))
                t.style = "Table Grid"
                for row in val:
                    cells = t.add_row().cells
                    for i, v in enumerate(row):
                        cells[i].text = v
        target.parent.mkdir(parents=True, exist_ok=True)
        doc.save(target)

    def emit(self, blocks, rel: str, fmt: str):
        """Write blocks as fmt; docx direct, pdf/odt/rtf/scan through LibreOffice."""
        target = self.out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            self.write_docx(blocks, target)
            return
        src = self.tmp / (Path(rel).stem + ".docx")
        self.write_docx(blocks, src)
        self.convert[fmt].append((src, target))

    def blocks_to_text(self, blocks):
        out = []
        for kind, val in blocks:
            if kind in ("h", "h2"):
                out.append(val)
                out.append("=" * min(len(val), 60) if kind == "h" else "-" * min(len(val), 60))
            elif kind == "p":
                out.append(val)
            elif kind == "t":
                for row in val:
                    out.append(": ".join(row))
            out.append("")
        return "\n".join(out)

    def blocks_to_html(self, blocks, title):
        parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"]
        for kind, val in blocks:
            if kind == "h":
                parts.append(f"<h1>{val}</h1>")
            elif kind == "h2":
                parts.append(f"<h2>{val}</h2>")
            elif kind == "p":
                parts.append(f"<p>{val}</p>")
            elif kind == "t":
                parts.append("<table border=\"1\">" + "".join(
                    "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in val) + "</table>")
        parts.append("</body></html>")
        return "\n".join(parts)

    def emit_any(self, blocks, rel, fmt, title="Dokument", mail=None):
        target = self.out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            target.write_text(self.blocks_to_text(blocks), encoding="utf-8")
        elif fmt == "html":
            target.write_text(self.blocks_to_html(blocks, title), encoding="utf-8")
        elif fmt == "eml":
            m = EmailMessage()
            m["From"] = mail.get("from", "jobcenter.oplandet@nordkyst.dk")
            m["To"] = mail.get("to", "borger@example.dk")
            m["Subject"] = mail.get("subject", title)
            m["Date"] = format_datetime(dt.datetime.combine(mail["date"], dt.time(9, 12)).replace(tzinfo=dt.timezone.utc))
            m.set_content(mail.get("intro", "") + self.blocks_to_text(blocks))
            target.write_bytes(bytes(m))
        else:
            self.emit(blocks, rel, fmt)

    def run_conversions(self):
        prof = "-env:UserInstallation=file:///tmp/lo_hr_profile"
        for fmt in ("pdf", "odt", "rtf", "scan"):
            items = self.convert[fmt]
            if not items:
                continue
            od = self.tmp / f"conv_{fmt}"
            od.mkdir(exist_ok=True)
            lo_fmt = "pdf" if fmt == "scan" else fmt
            subprocess.run(["soffice", prof, "--headless", "--convert-to", lo_fmt, "--outdir", str(od)]
                           + [str(s) for s, _ in items], check=True, capture_output=True)
            for src, target in items:
                produced = od / (src.stem + "." + lo_fmt)
                if fmt != "scan":
                    shutil.move(str(produced), target)
                    continue
                imgbase = self.tmp / f"img_{src.stem}"
                subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(produced), str(imgbase)], check=True)
                pages = sorted(self.tmp.glob(f"img_{src.stem}*.png"))
                lst = self.tmp / f"{src.stem}_pages.txt"
                lst.write_text("\n".join(str(p) for p in pages) + "\n")
                outbase = self.tmp / f"ocr_{src.stem}"
                subprocess.run(["tesseract", str(lst), str(outbase), "-l", "dan", "pdf"], check=True,
                               capture_output=True)
                shutil.move(str(outbase) + ".pdf", target)


# ---------------- document families ----------------

def agreement(g: Gen, centre: str, fmt: str, defects: list[str], over=None, scan=False, stage="aftale"):
    r = g.rng
    c = g.case()
    dstyle = {"by": "words", "kyst": "dots", "land": r.choice(["iso", "slash"])}[centre]
    fl = g.fields(c, defects, dstyle, over)
    ap = g.appeal(defects, centre)
    cn, ca, ct = CENTRES[centre]
    cp = cpr(r) if r.random() < 0.38 else None
    traits = [f"centre:{centre}", f"stage:{stage}"] + [f"defect:{d}" for d in defects]
    if cp:
        traits.append("cpr")
    if over:
        traits.append(f"period:{over}-months")
    f = c["first"]
    ny = stage == "ny-aftale"
    if centre == "by":
        layout = "city-word-table"
        rows = [["Borger", c["citizen"] + (f", CPR {cp}" if cp else "")], ["Sagsnr.", c["sag"]]]
        if fl["goal"] is not None:
            rows.append(["Målet med mentorstøtten", fl["goal"]])
        if fl["mentor"] is not None:
            rows.append(["Mentor", fl["mentor"]])
        if fl["tasks"] is not None:
            rows.append(["Mentorens opgaver", fl["tasks"]])
        if fl["period"] is not None:
            rows.append(["Periode", fl["period"]])
        if fl["hours"] is not None:
            rows.append(["Timetal", fl["hours"]])
        if fl["follow"] is not None:
            rows.append(["Opfølgning og progression", fl["follow"]])
        rows.append(["Sagsbehandler", f"{c['cw']}, {cn}, tlf. {ct}"])
        blocks = [("p", f"{KOMMUNE} · {cn} · {ca}"),
                  ("h", "Aftale om mentorstøtte" + (" – ny periode" if ny else "")),
                  ("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167." +
                   (" Aftalen afløser den tidligere aftale, som udløb." if ny else "")),
                  ("t", rows)]
        if ap:
            blocks += [("h2", "Klagevejledning"), ("p", ap)]
        blocks += [("p", f"Dato: {fmt_date(c['start'] - dt.timedelta(days=5), 'words')}"),
                   ("p", "Underskrift borger: ______________   Underskrift jobcenter: ______________")]
    elif centre == "kyst":
        layout = "coast-letter-numbered"
        intro = r.choice([f"Kære {f}", f"Hej {f}", f"Til {c['citizen']}"])
        blocks = [("p", f"{cn}\n{ca}\nTlf. {ct}"),
                  ("p", f"{fmt_date(c['start'] - dt.timedelta(days=7), 'dots')}   Sag: {c['sag']}" + (f"   CPR-nr.: {cp}" if cp else "")),
                  ("h", "Din mentoraftale" if not ny else "Ny mentoraftale efter forlængelse"),
                  ("p", f"{intro}\n\nDu har aftalt med os, at du får en mentor. Her er de punkter, vi har aftalt:")]
        n = 0
        def num(txt):
            nonlocal n
            n += 1
            blocks.append(("p", f"{n}. {txt}"))
        if fl["goal"] is not None:
            num(f"Målet med mentorstøtten er: {fl['goal']}")
        if fl["mentor"] is not None:
            num(f"Din mentor er {fl['mentor']}.")
        if fl["tasks"] is not None:
            num(f"Mentorens opgaver: {fl['tasks']}")
        if fl["period"] is not None or fl["follow"] is not None:
            t = ""
            if fl["period"]:
                t += f"Aftalen gælder i perioden {fl['period']}. "
            if fl["follow"]:
                t += fl["follow"]
            num(t.strip())
        if fl["hours"] is not None:
            num(f"Mentoren har {fl['hours']} sammen med dig." if fl["hours"][0].isdigit() else f"Timetal: {fl['hours']}.")
        if ap:
            num("Klagevejledning: " + ap)
        blocks.append(("p", f"Med venlig hilsen\n{c['cw']}\nJobkonsulent"))
    else:
        layout = "inland-form-export"
        rows = [["Skema", "MENTOR-AFTALE (LAB § 167)"], ["Borger", c["citizen"]],
                ["CPR", cp or "(se sag)"], ["Sag", c["sag"]]]
        rows.append(["Job- eller uddannelsesmål / formål", fl["goal"] or ""])
        rows.append(["Mentor navn og kontakt", fl["mentor"] or ""])
        rows.append(["Indsatsområder", fl["tasks"] or ""])
        rows.append(["Gyldig fra/til", fl["period"] or ""])
        rows.append(["Timer pr. uge", fl["hours"] or ""])
        rows.append(["Opfølgningsplan", fl["follow"] or ""])
        blocks = [("p", f"Udskrevet fra sagssystem {fmt_date(c['start'], 'iso')} – {cn}"),
                  ("h", "Mentoraftale"), ("t", rows)]
        if ap:
            blocks += [("h2", "Klagevejledning"), ("p", ap)]
        blocks.append(("p", f"Oprettet af: {c['cw']}"))
    rules = [d for d in defects]
    if fmt == "eml":
        mail = dict(date=c["start"] - dt.timedelta(days=3), subject=f"Mentoraftale – {c['citizen']}",
                    from_="jobcenter.oplandet@nordkyst.dk",
                    intro=f"Kære {f}\n\nHermed din mentoraftale, som aftalt på mødet. Skemaet er indsat herunder.\n\nVenlig hilsen\n{c['cw']}\n\n---\n")
        layout += "-mail"
    else:
        mail = None
    rel = g.rel(f"{centre}/{c['start'].year}", f"mentoraftale_{c['citizen'].split()[1].lower()}", "pdf" if scan else fmt)
    if scan:
        g.emit(blocks, rel, "scan")
        traits.append("scan:tesseract")
        real_fmt = "pdf"
    else:
        g.emit_any(blocks, rel, fmt, title="Mentoraftale", mail=mail)
        real_fmt = fmt
    period = {"start": c["start"].isoformat(), "end": fl["end"].isoformat()} if fl["end"] else None
    g.record(rel, real_fmt, "agreement", "agreement", layout + ("-scan" if scan else ""), rules, traits,
             [cp] if cp else [], period)


DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
    "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte (færre timer end ansøgt)"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"],
    "extension": ["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"],
    "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte ophører"],
}


def decision(g: Gen, centre: str, fmt: str, typ: str, defects: list[str], over=None, no_reasons=False):
    r = g.rng
    c = g.case()
    f = c["first"]
    cn, ca, ct = CENTRES[centre]
    dstyle = {"by": "words", "kyst": "dots", "land": "slash"}[centre]
    months = over or 6
    end = add_months(c["start"], months) - dt.timedelta(days=1)
    per = f"{fmt_date(c['start'], dstyle)} til {fmt_date(end, dstyle)}"
    ap = g.appeal(defects, centre)
    cp = cpr(r) if r.random() < 0.33 else None
    title = r.choice(DEC_TITLES[typ])
    head = [("p", f"{cn}\n{ca}\nTlf. {ct}"),
            ("p", f"{c['citizen']}" + (f"\nCPR-nr. {cp}" if cp else "") + f"\nSagsnr. {c['sag']}\nDato: {fmt_date(c['start'] - dt.timedelta(days=10), dstyle)}"),
            ("h", title)]
    body = []
    hours = r.choice(HOURS)
    reasons = [("h2", "Begrundelse"),
               ("p", f"Vi har lagt vægt på, at {f} har svært ved at fastholde fremmøde uden støtte, og at målet er "
                     f"{'uddannelse' if r.random() < 0.5 else 'job'}. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")]
    period = {"start": c["start"].isoformat(), "end": end.isoformat()}
    if typ == "grant":
        body += [("p", f"Du får bevilget mentorstøtte fra {c['provider']} i perioden {per}, {hours}."),
                 ("p", f"Din mentor bliver {c['mentor']}. Den skriftlige aftale om mentorstøtte sender vi separat.")]
        if r.random() < 0.5:
            body += reasons
    elif typ == "partial":
        body += [("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Du får bevilget {hours} i perioden {per}.")]
        if not no_reasons:
            body += reasons
    elif typ == "refusal":
        body += [("p", f"Du har søgt om mentorstøtte. Vi har givet dig afslag.")]
        period = None
        if not no_reasons:
            body += [("h2", "Begrundelse"),
                     ("p", f"Vi har lagt vægt på, at du allerede får støtte fra en studievejleder og SPS på skolen, som dækker dit behov. "
                           "Mentorstøtte efter LAB § 167 kan ikke gives til opgaver, som skolen selv skal løse.")]
    elif typ == "extension":
        body += [("p", f"Din mentorstøtte hos {c['provider']} er forlænget i perioden {per} med {hours}. "
                       "Forlængelsen bygger på en konkret vurdering ved udløbet af den forrige periode.")]
        body += reasons
    else:  # end
        body += [("p", f"Din mentorstøtte ophører den {fmt_date(c['start'], dstyle)}.")]
        period = None
        if not no_reasons:
            body += [("h2", "Begrundelse"),
                     ("p", f"Vi har lagt vægt på, at du nu er i ordinært job 30 timer om ugen og ikke længere har behov for støtten, jf. LAB § 167.")]
    if ap:
        body += [("h2", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", ap)]
    body.append(("p", f"Med venlig hilsen\n{c['cw']}\n{cn}"))
    blocks = head + body
    rules = list(defects)
    traits = [f"centre:{centre}", f"decision:{typ}"] + [f"defect:{d}" for d in defects]
    extras = ["missing-reasons"] if no_reasons else []
    if cp:
        traits.append("cpr")
    if over:
        traits.append(f"period:{over}-months")
    rel = g.rel(f"{centre}/{c['start'].year}", f"afgoerelse_{typ}_{c['citizen'].split()[1].lower()}", fmt)
    mail = dict(date=c["start"] - dt.timedelta(days=10), subject=title, from_="noreply@nordkyst.dk",
                intro=f"Kære {f}\n\nDu får her afgørelsen i din sag.\n\n")
    g.emit_any(blocks, rel, fmt, title=title, mail=mail)
    g.record(rel, fmt, "decision", typ, f"decision-{centre}", rules, traits, [cp] if cp else [], period, extras)


def minplan(g: Gen, fmt: str, defects: list[str], over=None):
    r = g.rng
    c = g.case(2021, 2026)
    fl = g.fields(c, defects, "dots", over)
    # Min Plan has no follow-up / appeal requirement
    rows = [["Aktivitet", "Mentorstøtte (§ 167)"]]
    if fl["goal"] is not None:
        rows.append(["Formål", fl["goal"]])
    if fl["mentor"] is not None:
        rows.append(["Mentor", fl["mentor"]])
    if fl["tasks"] is not None:
        rows.append(["Hvad skal mentoren hjælpe med", fl["tasks"]])
    if fl["period"] is not None:
        rows.append(["Periode", fl["period"]])
    if fl["hours"] is not None:
        rows.append(["Timer", fl["hours"]])
    blocks = [("p", f"Min Plan – {c['citizen']}"), ("h", "Min Plan: Mentorstøtte"),
              ("p", f"Opdateret {fmt_date(c['start'], 'dots')} af {c['cw']}"), ("t", rows)]
    if r.random() < 0.4:
        blocks += [("h2", "Andre aktiviteter"),
                   ("p", f"Uddannelse: FGU Vendsyssel, {fmt_date(c['start'], 'dots')} – {fmt_date(add_months(c['start'], 11), 'dots')}")]
    rules = [d for d in defects if d != "missing-follow-up"]
    traits = ["minplan"] + [f"defect:{d}" for d in defects]
    if over:
        traits.append(f"period:{over}-months")
    rel = g.rel(f"minplan/{c['start'].year}", f"minplan_{c['citizen'].split()[1].lower()}", fmt)
    g.emit_any(blocks, rel, fmt, title="Min Plan")
    period = {"start": c["start"].isoformat(), "end": fl["end"].isoformat()} if fl["end"] else None
    g.record(rel, fmt, "minplan", "minplan", "minplan-card", rules, traits, [], period)


def other(g: Gen, typ: str, fmt: str):
    r = g.rng
    c = g.case()
    f = c["first"]
    cp = cpr(r) if r.random() < 0.33 else None
    if typ == "report":
        title = "Statusrapport fra mentor"
        blocks = [("p", c["provider"]), ("h", title),
                  ("p", f"Borger: {c['citizen']}" + (f" ({cp})" if cp else "") + f". Periode for rapporten: {MONTHS[c['start'].month-1]} {c['start'].year}."),
                  ("p", f"{f} har mødt til 11 ud af 13 aftaler. Vi har arbejdet med morgenrutiner og transport til praktikken. "
                        "Næste skridt er at øge praktiktimerne fra 12 til 16 om ugen."),
                  ("p", f"Med venlig hilsen\n{c['mentor']}")]
    elif typ == "invoice":
        title = "Faktura"
        blocks = [("p", c["provider"] + "\nCVR 3" + str(r.randint(1000000, 9999999))), ("h", f"Faktura nr. {r.randint(2000, 9999)}"),
                  ("t", [["Ydelse", "Antal", "Pris"], [f"Mentortimer, {c['citizen']}", "12", "6.480,00 kr."],
                         ["Kørsel", "84 km", "319,20 kr."], ["I alt ekskl. moms", "", "6.799,20 kr."]]),
                  ("p", f"EAN: 5798000{r.randint(100000, 999999)} · Betalingsbetingelser: netto 30 dage")]
    elif typ == "checklist":
        title = "Intern kvalitetstjekliste – mentorsager"
        blocks = [("h", title), ("p", f"Stikprøve udført af {c['cw']}, {fmt_date(c['start'], 'words')}."),
                  ("t", [["Punkt", "OK?"], ["Målet med mentorstøtten beskrevet", "☐"], ["Mentorens navn og kontaktdata", "☐"],
                         ["Opgaver", "☐"], ["Varighed og opfølgning", "☐"], ["Timetal", "☐"], ["Klagevejledning (4 uger, Ankestyrelsen)", "☐"]]),
                  ("p", "Tjeklisten bruges ved intern audit og sendes ikke til borgeren.")]
    elif typ == "minutes":
        title = "Referat af teammøde"
        blocks = [("h", f"Referat – teammøde mentorindsats, {fmt_date(c['start'], 'words')}"),
                  ("p", f"Deltagere: {', '.join(r.sample(CASEWORKERS, 3))}."),
                  ("p", "1. Ensretning af skabeloner efter sammenlægningen: Byen og Kysten fortsætter indtil videre med egne skabeloner. "
                        "2. Leverandørmøde med de fem eksterne leverandører i næste kvartal. 3. Eventuelt."),
                  ("p", "Næste møde: om fire uger.")]
    else:  # citizen notes
        title = "Mine noter"
        blocks = [("p", f"noter – {f}"),
                  ("p", f"mandag: møde med {c['mentor'].split()[0]} kl 10, husk busskort\n"
                        "tirsdag: praktik 8-12\nonsdag: lægen\n"
                        "ting jeg vil spørge om: kan jeg få flere timer i praktikken? hvad hvis jeg bliver syg?")]
    rel = g.rel(f"andet/{c['start'].year}", typ, fmt)
    g.emit_any(blocks, rel, fmt, title=title,
               mail=dict(date=c["start"], subject=title, intro=f"Hej\n\nVedhæftet/indsat herunder.\n\n"))
    traits = [f"other:{typ}"] + (["cpr"] if cp else [])
    g.record(rel, fmt, "unknown", typ, f"other-{typ}", [], traits, [cp] if cp else [])


def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(out, seed)
    # --- agreements (36) : (centre, fmt, defects, over, scan, stage)
    A = [
        ("by", "docx", [], None, False, "aftale"), ("by", "docx", ["missing-hours"], None, False, "aftale"),
        ("by", "docx", ["unclear-goal"], None, False, "ny-aftale"), ("by", "pdf", [], None, False, "aftale"),
        ("by", "pdf", ["missing-appeal-guidance"], None, False, "aftale"), ("by", "docx", ["duration-over-6-months"], 9, False, "aftale"),
        ("by", "odt", ["missing-follow-up"], None, False, "ny-aftale"), ("by", "pdf", [], None, True, "aftale"),
        ("by", "docx", ["missing-mentor", "missing-tasks"], None, False, "aftale"), ("by", "rtf", [], None, False, "aftale"),
        ("by", "docx", ["missing-goal"], None, False, "aftale"), ("by", "pdf", ["missing-duration"], None, True, "aftale"),
        ("kyst", "docx", [], None, False, "aftale"), ("kyst", "odt", ["missing-appeal-guidance"], None, False, "aftale"),
        ("kyst", "rtf", ["unclear-goal", "missing-hours"], None, False, "aftale"), ("kyst", "pdf", [], None, False, "ny-aftale"),
        ("kyst", "docx", ["missing-follow-up"], None, False, "aftale"), ("kyst", "pdf", ["duration-over-6-months"], 8, True, "aftale"),
        ("kyst", "docx", ["missing-tasks"], None, False, "aftale"), ("kyst", "odt", [], None, False, "aftale"),
        ("kyst", "docx", ["missing-duration"], None, False, "ny-aftale"), ("kyst", "pdf", ["missing-mentor"], None, False, "aftale"),
        ("land", "pdf", [], None, False, "aftale"), ("land", "pdf", ["missing-hours"], None, False, "aftale"),
        ("land", "eml", [], None, False, "aftale"), ("land", "eml", ["missing-goal"], None, False, "aftale"),
        ("land", "pdf", ["duration-over-6-months"], 12, False, "ny-aftale"), ("land", "pdf", ["missing-follow-up", "missing-appeal-guidance"], None, False, "aftale"),
        ("land", "eml", ["unclear-goal"], None, False, "aftale"), ("land", "pdf", [], None, True, "aftale"),
        ("land", "pdf", ["missing-tasks"], None, False, "aftale"), ("land", "eml", ["missing-mentor"], None, False, "ny-aftale"),
    ]
    for centre, fmt, d, over, scan, stage in A:
        agreement(g, centre, fmt, d, over, scan, stage)
    # --- decisions (26)
    D = [
        ("by", "pdf", "grant", [], None, False), ("by", "docx", "partial", [], None, False),
        ("by", "pdf", "refusal", [], None, False), ("by", "pdf", "extension", ["duration-over-6-months"], 9, False),
        ("by", "docx", "end", ["missing-appeal-guidance"], None, False), ("by", "html", "grant", [], None, False),
        ("kyst", "docx", "grant", ["missing-appeal-guidance"], None, False), ("kyst", "pdf", "partial", [], None, True),
        ("kyst", "odt", "refusal", [], None, False), ("kyst", "rtf", "extension", [], None, False),
        ("kyst", "pdf", "end", [], None, False), ("kyst", "pdf", "grant", ["duration-over-6-months"], 8, False),
        ("land", "eml", "grant", [], None, False), ("land", "eml", "refusal", ["missing-appeal-guidance"], None, False),
        ("land", "pdf", "extension", [], None, False), ("land", "txt", "end", [], None, False),
        ("land", "pdf", "partial", ["missing-appeal-guidance"], None, False), ("land", "html", "extension", [], None, False),
        ("by", "docx", "refusal", [], None, True), ("kyst", "eml", "extension", ["missing-appeal-guidance"], None, False),
        ("land", "docx", "grant", [], None, False), ("by", "pdf", "end", [], None, False),
    ]
    for centre, fmt, typ, d, over, nr in D:
        decision(g, centre, fmt, typ, d, over, nr)
    # --- Min Plan (14)
    M = [("html", []), ("html", ["missing-hours"]), ("txt", []), ("html", ["unclear-goal"]),
         ("txt", ["missing-mentor"]), ("html", ["duration-over-6-months"]), ("html", []),
         ("txt", ["missing-tasks"]), ("pdf", []), ("html", ["missing-duration"]), ("txt", []),
         ("html", ["missing-goal"]), ("pdf", ["missing-hours", "unclear-goal"]), ("html", [])]
    for fmt, d in M:
        over = 9 if "duration-over-6-months" in d else None
        minplan(g, fmt, d, over)
    # --- other (18)
    O = [("report", "docx"), ("report", "pdf"), ("report", "eml"), ("invoice", "pdf"), ("invoice", "pdf"),
         ("invoice", "html"), ("checklist", "docx"), ("checklist", "odt"), ("minutes", "docx"),
         ("minutes", "txt"), ("minutes", "rtf"), ("notes", "txt"), ("notes", "txt"), ("report", "odt"),
         ("invoice", "eml"), ("checklist", "pdf"), ("report", "html"), ("notes", "html")]
    for typ, fmt in O:
        other(g, typ, fmt)
    g.run_conversions()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(g.tmp, ignore_errors=True)
    return g.entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hr")
    ap.add_argument("--seed", type=int, default=1822)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    print(f"wrote {len(entries)} documents to {a.out}")


if __name__ == "__main__":
    main()
