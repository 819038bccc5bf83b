"""Corpus bq: decision letters about mentorstøtte as municipalities send them (plus look-alikes).

Written independently from domain.md, the seeds and the rule docs (`mentordocs rules NAME`).
Deterministic: fixed seed. Usage: make_corpus_bq.py --out DIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261129

KOMMUNER = [
    ("Herning Kommune", "Torvet 5, 7400 Herning", "96 28 28 28", "jobcenter@herning.dk", "Jobcenter Herning"),
    ("Viborg Kommune", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87", "beskaeftigelse@viborg.dk", "Jobcenter Viborg"),
    ("Silkeborg Kommune", "Søvej 1, 8600 Silkeborg", "89 70 10 00", "jobcenter@silkeborg.dk", "Jobcenter Silkeborg"),
    ("Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "jobcenter@holb.dk", "Jobcenter Holbæk"),
    ("Faxe Kommune", "Frederiksgade 9, 4690 Haslev", "56 20 30 00", "jobcenter@faxekommune.dk", "Jobcenter Faxe"),
    ("Roskilde Kommune", "Køgevej 80, 4000 Roskilde", "46 31 30 00", "jobcenter@roskilde.dk", "Jobcenter Roskilde"),
    ("Assens Kommune", "Rådhus Allé 5, 5610 Assens", "64 74 74 74", "jobcenter@assens.dk", "Jobcenter Assens"),
    ("Tønder Kommune", "Kongevej 57, 6270 Tønder", "74 92 92 92", "jobcenter@toender.dk", "Jobcenter Tønder"),
    ("Rudersdal Kommune", "Øverødvej 2, 2840 Holte", "46 11 00 00", "jobcenter@rudersdal.dk", "Jobcenter Rudersdal"),
    ("Odder Kommune", "Rådhusgade 3, 8300 Odder", "87 80 33 33", "jobcenter@odder.dk", "Jobcenter Odder"),
    ("Hjørring Kommune", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33", "jobcenter@hjoerring.dk", "Jobcenter Hjørring"),
    ("Slagelse Kommune", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00", "jobcenter@slagelse.dk", "Jobcenter Slagelse"),
    ("Kolding Kommune", "Nytorv 11, 6000 Kolding", "79 79 79 79", "jobcenter@kolding.dk", "Jobcenter Kolding"),
    ("Næstved Kommune", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88", "jobcenter@naestved.dk", "Jobcenter Næstved"),
]
BORGERE = ["Mette Kjær Nielsen", "Ahmed Hassan Ali", "Jonas Brix Thomsen", "Line Sørensen", "Kasper Holm",
           "Fatima Yousef", "Nanna Dalgaard", "Peter Mørk Jensen", "Sofie Lund", "Mikkel Østergaard",
           "Aisha Rahimi", "Rasmus Bech", "Camilla Friis", "Oliver Damgaard", "Emma Vestergaard",
           "Tobias Krogh", "Sara Abdi", "Frederik Munk", "Julie Skov Hansen", "Ali Reza Karimi"]
SAGSBEH = ["Birgitte Lauridsen", "Henrik Storm", "Trine Kvist", "Anders Bloch", "Malene Fog",
           "Søren Kirkegaard Møller", "Pia Dahl", "Jens Overgaard", "Lone Buus", "Karina Winther"]
MENTORER = [("Lars Østergaard", "Jobhuset ApS"), ("Hanne Vinther", "Mentorkompagniet"),
            ("Bo Rasmussen", "Kommunens mentorteam"), ("Dorthe Lykke", "Fokus Mentor"),
            ("Kim Andersen", "Netværkshuset"), ("Susanne Bach", "Ung i Job"),
            ("Nikolaj Friis", "Vejen Videre ApS"), ("Gitte Holm", "kommunens ungeenhed")]
MAANED = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
GOALS = [
    "{f} starter på grundforløb 1 på SOSU-skolen i august 2026 og møder op mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto, Søndergade, senest 1. juni 2026, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består testen inden udgangen af perioden.",
    "{f} har et ordinært job på 20 timer om ugen inden for lager og logistik, når perioden slutter.",
    "{f} fastholder sin elevplads som tømrerlærling (EUD) og har højst to fraværsdage om måneden.",
    "{f} møder stabilt i praktik på plejecentret tre dage om ugen og kan herefter overgå til løntilskud.",
    "{f} begynder på HF-enkeltfag til januar og følger undervisningen mindst 80 % af tiden.",
]
VAGUE_GOALS = ["Støtte til at komme videre og øget trivsel i hverdagen.",
               "Sikre at {f} får mere struktur og bedre selvværd."]
TASKS = [
    ["følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med kontakt til praktikstedets kontaktperson"],
    ["hjælpe med at lave en ugeplan og holde styr på skoleskemaet", "følges med til studievejleder ved behov",
     "træne transport med bus til skolen"],
    ["støtte i kontakt med arbejdsgiver", "hjælpe med at få styr på post i e-Boks og aftaler",
     "samtaler om stress og søvn i forhold til arbejdet"],
]
FOLLOWUPS = [
    "Vi holder statusmøde med dig og mentor hver måned. Delmål: fremmøde fire dage om ugen fra maj. "
    "Der evalueres 14 dage før perioden slutter.",
    "Opfølgning sker ved samtale med din sagsbehandler hver 4. uge, hvor progression i forhold til delmålene gennemgås.",
    "Mentor sender statusnotat hver måned, og vi holder midtvejsevaluering efter 3 måneder.",
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "1½ time om ugen", "4 timer ugentligt", "8 timer om måneden",
         "2 t/uge", "to timer om ugen", "5 timer pr. uge"]

APPEAL_GOOD = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Du skal klage til {k} inden 4 uger fra du har modtaget "
    "dette brev. Du kan klage skriftligt eller mundtligt. Vi vurderer afgørelsen igen (genvurdering) inden "
    "4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, som tager stilling "
    "til den. Klagereglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget af {k} senest fire uger efter, at du har fået "
    "afgørelsen. Send klagen til {mail} eller ring på {tlf}. Vi genvurderer afgørelsen, og hvis vi ikke giver "
    "dig medhold, sender vi klagen og sagens akter videre til Ankestyrelsen. Du behøver ikke begrunde din klage.",
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
    "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Fristen for at klage er 4 uger fra den dag, du fik besked om afgørelsen (retssikkerhedslovens § 67). "
    "Klagen sendes til {k}, {adr}. Fastholder vi afgørelsen efter genvurdering, videresendes klagen til "
    "Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204.",
]
APPEAL_WRONG = [
    "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, "
    "7998 Statsservice, eller via ast.dk.",
    "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen senest fire uger efter, at du har "
    "modtaget afgørelsen. Brug klageskemaet på borger.dk.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Hvis du er utilfreds med afgørelsen, er du velkommen til at kontakte din sagsbehandler."]


def dstr(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MAANED[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return f"den {d.day}. {MAANED[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, 1)


def cpr(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}-{rng.randint(1000, 9999)}"


class Doc:
    """A letter as a list of blocks: ('h', text) heading, ('p', text), ('ul', [items]), ('kv', [(k, v)])."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, object]] = []
        self.title_at = 0  # letters print the title after the sender/recipient/date block

    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def ul(self, items): self.blocks.append(("ul", list(items)))
    def kv(self, rows): self.blocks.append(("kv", list(rows)))

    def text(self) -> str:
        out = []
        for kind, v in self.blocks:
            if kind == "h":
                out.append(f"\n{v}\n")
            elif kind == "p":
                out.append(f"{v}\n")
            elif kind == "ul":
                out.extend(f"- {i}" for i in v)
                out.append("")
            else:
                out.extend(f"{k}: {val}" for k, val in v)
                out.append("")
        return "\n".join(out).strip() + "\n"

    def html(self, title: str, style: int) -> str:
        parts = []
        for kind, v in self.blocks:
            if kind == "h":
                parts.append(f"<h2>{html.escape(v)}</h2>")
            elif kind == "p":
                parts.append(f"<p>{html.escape(v)}</p>")
            elif kind == "ul":
                parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in v) + "</ul>")
            else:
                if style == 0:
                    parts.append("<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(x)}</dd>"
                                                  for k, x in v) + "</dl>")
                else:
                    parts.append("<table border='1'>" + "".join(
                        f"<tr><th>{html.escape(k)}</th><td>{html.escape(x)}</td></tr>" for k, x in v) + "</table>")
        body = "\n".join(parts)
        if style == 1:
            body = f"<div class='sb-brev'><div class='sb-indhold'><div class='sektion'>{body}</div></div></div>"
        return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                f"<script>window.sbTrack = 'afgoerelse';</script></head><body>{body}</body></html>\n")


def write_docx(doc: Doc, path: Path, table_kv: bool) -> None:
    import docx
    d = docx.Document()
    for kind, v in doc.blocks:
        if kind == "h":
            if v.startswith("Bilag"):
                d.add_page_break()
            d.add_heading(v, level=2)
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "ul":
            for i in v:
                d.add_paragraph(i, style="List Bullet")
        else:
            if table_kv:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, x in v:
                    r = t.add_row().cells
                    r[0].text, r[1].text = k, x
            else:
                for k, x in v:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(x)
    d.save(str(path))


def write_reportlab(doc: Doc, path: Path, kommune: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=16, spaceBefore=6)

    def footer(canvas, _doc):
        canvas.setFont("DV", 8)
        canvas.drawString(60, 30, f"{kommune} · Side {canvas.getPageNumber()}")

    flow = []
    for kind, v in doc.blocks:
        esc = (lambda s: html.escape(s))
        if kind == "h":
            flow.append(Paragraph(esc(v), head))
        elif kind == "p":
            flow.append(Paragraph(esc(v), body))
            flow.append(Spacer(1, 4))
        elif kind == "ul":
            flow.append(ListFlowable([Paragraph(esc(i), body) for i in v], bulletType="bullet"))
        else:
            flow.append(Table([[Paragraph(esc(k), body), Paragraph(esc(x), body)] for k, x in v],
                              colWidths=[140, 320]))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60).build(
        flow, onFirstPage=footer, onLaterPages=footer)


class Gen:
    def __init__(self, out: Path) -> None:
        self.rng = random.Random(SEED)
        self.out = out
        self.entries: list[dict] = []
        self.lo_jobs: list[tuple[Path, Path]] = []
        self.n = 0

    # ---- common pieces -------------------------------------------------------------------------
    def person(self):
        r = self.rng
        k = r.choice(KOMMUNER)
        b = r.choice(BORGERE)
        letter_date = dt.date(2026, r.randint(2, 10), r.randint(1, 28))
        if r.random() < 0.2:
            letter_date = dt.date(2025, r.randint(3, 12), r.randint(1, 28))
        self.cur_date = letter_date
        return k, b, letter_date

    def header(self, doc: Doc, k, b, d, with_cpr: str | None, sagsnr: str) -> None:
        r = self.rng
        sender = k[4] if d < dt.date(2026, 2, 1) and r.random() < 0.7 else k[0]
        doc.p(f"{sender}\n{k[1]}")
        doc.p(f"{b}\n{r.choice(['Vestergade', 'Skolevej', 'Parkvej', 'Bakkedraget'])} {r.randint(1, 80)}")
        lines = [f"Dato: {dstr(d, r.choice([0, 1]))}", f"Sagsnr.: {sagsnr}"]
        if with_cpr:
            lines.append(f"CPR-nr.: {with_cpr}")
        doc.p("\n".join(lines))
        doc.title_at = len(doc.blocks)

    def appeal(self, doc: Doc, k, variant: str) -> None:
        r = self.rng
        if variant == "none":
            return
        head = r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klagemulighed"])
        if variant == "good":
            t = r.choice(APPEAL_GOOD).format(k=k[0], mail=k[3], tlf=k[2], adr=k[1])
        elif variant == "wrong":
            t = r.choice(APPEAL_WRONG)
        else:
            t = r.choice(APPEAL_INCOMPLETE)
        doc.h(head)
        doc.p(t)

    def sign(self, doc: Doc, k, sb: str) -> None:
        r = self.rng
        doc.p(r.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen\n"]) + f"\n{sb}\n"
              + r.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver, Job og Uddannelse"])
              + f"\n{k[0]}, tlf. {k[2]}")

    def agreement_section(self, doc: Doc, fn: str, start: dt.date, end: dt.date, hours: str | None,
                          goal: str, mentor, bilag: bool) -> None:
        r = self.rng
        title = (r.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Mentoraftale",
                           "Bilag 1. Aftale om mentorforløb"]) if bilag
                 else r.choice(["Aftale om mentorstøtte", "Mentoraftale"]))
        doc.h(title)
        tasks = [t.format(f=fn) for t in r.choice(TASKS)]
        fu = r.choice(FOLLOWUPS)
        mtel = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        mname, firm = mentor
        mail = mname.split()[0].lower().replace("ø", "oe") + "@" + firm.split()[0].lower().replace("ø", "oe") + ".dk"
        per = f"{dstr(start, 0)} – {dstr(end, 0)}"
        if r.random() < 0.5:
            rows = [("Mål med mentorstøtten", goal),
                    ("Mentor", f"{mname}, {firm}, tlf. {mtel}, {mail}"),
                    ("Mentors opgaver", "; ".join(tasks)),
                    ("Periode", per)]
            if hours:
                rows.append(("Timetal", hours))
            rows.append(("Opfølgning", fu))
            doc.kv(rows)
        else:
            doc.p(f"Målet med mentorstøtten: {goal}")
            doc.p(f"Din mentor er {mname} fra {firm}. Du kan fange {mname.split()[0]} på tlf. {mtel} "
                  f"eller {mail}.")
            doc.p(f"{mname.split()[0]} skal hjælpe dig med:")
            doc.ul(tasks)
            doc.p(f"Varighed: {per}")
            if hours:
                doc.p(f"Timer: Mentor har {hours} sammen med dig.")
            doc.p(f"Opfølgning: {fu}")

    # ---- output --------------------------------------------------------------------------------
    def emit(self, doc: Doc, title: str, kind: str, subtype: str, fmt: str, rules: list[str],
             extras: list[str], traits: list[str], mnc: list[str], k, period=None, layout="letter") -> None:
        r = self.rng
        self.n += 1
        folder = k[0].split()[0].lower().replace("ø", "oe").replace("æ", "ae")
        stem = f"{self.n:03d}-{subtype}"
        rel = Path(folder) / f"{stem}.{ 'pdf' if fmt.startswith('pdf') else fmt}"
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        full = Doc()
        full.blocks = doc.blocks[:doc.title_at] + [("h", title)] + doc.blocks[doc.title_at:]
        if fmt == "txt":
            txt = full.text()
            if r.random() < 0.35:  # exported from a case system with hard-wrapped lines
                import textwrap
                txt = "\n".join(textwrap.fill(line, 78) if len(line) > 78 else line for line in txt.split("\n"))
                self.extra_traits = ["hard-wrapped"]
            path.write_text(txt, encoding="utf-8")
        elif fmt == "html":
            path.write_text(full.html(title, r.choice([0, 1])), encoding="utf-8")
        elif fmt == "docx":
            write_docx(full, path, table_kv=r.random() < 0.6)
        elif fmt == "pdf-rl":
            write_reportlab(full, path, k[0])
        elif fmt == "pdf-lo":
            tmp = self.out / ".lo" / f"{stem}.docx"
            tmp.parent.mkdir(parents=True, exist_ok=True)
            write_docx(full, tmp, table_kv=r.random() < 0.6)
            self.lo_jobs.append((tmp, path))
        elif fmt == "eml":
            m = EmailMessage()
            m["From"] = f"{k[0]} <noreply.digitalpost@{k[3].split('@')[1]}>"
            m["To"] = "Digital Post"
            m["Subject"] = title
            cd = self.cur_date
            m["Date"] = format_datetime(dt.datetime(cd.year, cd.month, cd.day, r.randint(7, 15), 30,
                                                    tzinfo=dt.timezone.utc))
            m["X-Digitalpost-Folder"] = "Indbakke"
            if r.random() < 0.5:
                m.set_content(full.text())
            else:
                m.set_content(full.text())
                m.add_alternative(full.html(title, 0), subtype="html")
                m.set_boundary(f"==bq-digitalpost-{self.n:03d}==")  # deterministic output
            path.write_bytes(bytes(m))
        traits = traits + getattr(self, "extra_traits", [])
        self.extra_traits = []
        e = {"path": str(rel), "kind": kind, "format": "pdf" if fmt.startswith("pdf") else fmt,
             "layout": layout, "subtype": subtype, "rules": sorted(set(rules)), "extras": sorted(set(extras)),
             "error": None, "accept_errors": [], "must_not_contain": mnc,
             "traits": traits + ([f"producer:{fmt}"] if fmt.startswith("pdf") else [])}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def fmt(self) -> str:
        return self.rng.choices(["txt", "html", "eml", "docx", "pdf-rl", "pdf-lo"], [22, 15, 15, 20, 14, 14])[0]

    # ---- decisions -----------------------------------------------------------------------------
    def decision(self, dtype: str, defect: str | None) -> None:
        r = self.rng
        k, b, d = self.person()
        fn = b.split()[0]
        sb = r.choice(SAGSBEH)
        c = cpr(r) if self.n % 4 == 1 else None
        sagsnr = f"{r.choice(['15.20.00', '15.20.12', '27.12.04'])}-G01-{r.randint(100, 9999)}-{d.year % 100}"
        doc = Doc()
        self.header(doc, k, b, d, c, sagsnr)
        doc.p(r.choice([f"Kære {fn}", f"Kære {b}", f"Til {b}", f"Hej {fn}"]))
        rules, extras, traits = [], [], [f"type:{dtype}"]
        start = d + dt.timedelta(days=r.randint(5, 25))
        if r.random() < 0.6:
            start = add_months(start, 1)  # the first of the next month, after the letter
        months = r.choice([3, 4, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1) if start.day == 1 else \
            add_months(dt.date(start.year, start.month, 1), months) + dt.timedelta(days=start.day - 2)
        hours = r.choice(HOURS)
        if defect == "over6":
            end = add_months(start, r.choice([7, 8, 12])) - dt.timedelta(days=1)
            rules.append("duration-over-6-months")
        mentor = r.choice(MENTORER)
        goal = r.choice(GOALS).format(f=fn)
        per = f"{dstr(start, r.choice([0, 1, 2]))} til {dstr(end, r.choice([0, 1, 2]))}"
        reasons = True
        if defect == "no-reasons":
            reasons = False
            extras.append("missing-reasons")
        appeal = {"no-appeal": "none", "appeal-incomplete": "incomplete", "wrong-route": "wrong"}.get(defect, "good")
        if appeal in ("none", "incomplete"):
            rules.append("missing-appeal-guidance")
        if appeal == "wrong":
            extras.append("appeal-wrong-route")
        period = None
        with_agreement = False
        title = ""

        if dtype in ("grant", "extension"):
            period = (start, end)
            nohours = defect == "no-hours"
            ext = dtype == "extension"
            title = r.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte",
                              "Afgørelse – mentorstøtte, ny periode"] if ext else
                             ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                              "Du får mentorstøtte", "Afgørelse om bevilling af mentor"])
            intro = r.choice(["Vi har truffet afgørelse i din sag om mentorstøtte.",
                              "Du har søgt om mentorstøtte, og vi har nu behandlet din ansøgning.",
                              "Vi skriver til dig, fordi vi har vurderet din ansøgning om mentor."])
            if ext:
                intro = r.choice(["Din nuværende mentorperiode udløber snart, og vi har vurderet, om du fortsat har brug for mentor.",
                                  "Vi har på statusmødet drøftet, om din mentorstøtte skal fortsætte."])
            doc.p(intro)
            doc.h(r.choice(["Afgørelse", "Vores afgørelse", "Hvad har vi besluttet?"]))
            verb = "forlænger din mentorstøtte" if ext else "bevilger dig mentorstøtte"
            htxt = "" if nohours else f" med {hours}"
            doc.p(f"Vi {verb}{htxt} i perioden {per}."
                  + r.choice(["", " Støtten gives efter lov om en aktiv beskæftigelsesindsats § 167."]))
            with_agreement = r.random() < 0.55 or nohours or defect == "vague-goal"
            if not with_agreement:
                doc.p(f"Din mentor bliver {mentor[0]} fra {mentor[1]}, som vil kontakte dig i løbet af de første dage.")
            if r.random() < 0.8:  # a full grant needs no reasons (FVL § 22); most letters give them anyway
                    doc.h(r.choice(["Begrundelse", "Hvorfor får du mentorstøtte?"]))
                    doc.p(r.choice([
                        "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, og at mentorstøtten "
                        "kan hjælpe dig tættere på job eller uddannelse, jf. § 167, stk. 1.",
                        "Du opfylder betingelserne, fordi du er i målgruppen efter lovens § 6, og vi vurderer, at "
                        "du uden mentor vil have svært ved at gennemføre dit tilbud.",
                        "Vi har lagt vægt på statusnotatet fra mentor, som viser, at du er godt på vej, men endnu "
                        "har brug for støtte." if ext else
                        "Vi har lagt vægt på dine egne oplysninger og oplysningerne fra praktikstedet."]))
            if r.random() < 0.4:
                doc.h("Regler")
                doc.p("Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats (LBK nr. 280 af 1. marts "
                      "2024 med senere ændringer) § 167, stk. 1, og § 168. Mentorstøtte gives i højst 6 måneder ad "
                      "gangen og kan efter en konkret vurdering forlænges med en ny periode.")
            if with_agreement:
                traits.append("agreement-in-letter")
                bil = r.random() < 0.6
                if bil:
                    doc.p("Aftalen om dit mentorforløb er vedlagt som bilag 1.")
                gtxt = goal
                if defect == "vague-goal":
                    gtxt = r.choice(VAGUE_GOALS).format(f=fn)
                    rules.append("unclear-goal")
                # agreement printed after the appeal guidance when it is a Bilag
                if not bil:
                    self.agreement_section(doc, fn, start, end, None if nohours else hours, gtxt, mentor, False)
                self.appeal(doc, k, appeal)
                self.sign(doc, k, sb)
                if bil:
                    self.agreement_section(doc, fn, start, end, None if nohours else hours, gtxt, mentor, True)
                    traits.append("bilag-1")
                if nohours:
                    rules.append("missing-hours")
            else:
                self.appeal(doc, k, appeal)
                self.sign(doc, k, sb)
            if defect == "no-reasons":  # full grant: nothing missing in law, drop the label
                extras.remove("missing-reasons")
        elif dtype == "partial":
            asked_h, asked_m = r.choice([(6, 12), (5, 9), (4, 6), (8, 6)])
            title = r.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om mentorstøtte",
                              "Svar på din ansøgning om mentor"])
            doc.p(f"Du har søgt om mentorstøtte i {asked_h} timer om ugen i {asked_m} måneder.")
            doc.h(r.choice(["Afgørelse", "Vi har truffet denne afgørelse"]))
            short = asked_m > months
            ghours = r.choice(["2 timer om ugen", "3 timer pr. uge", "1½ time om ugen"])
            period = (start, end)
            doc.p(f"Vi bevilger dig delvist mentorstøtte: Du får {ghours} i perioden {per}. "
                  + ("Det er færre timer og en kortere periode, end du har søgt om." if short
                     else "Det er færre timer, end du har søgt om."))
            traits.append("partial:" + ("hours+period" if short else "hours"))
            if reasons:
                doc.h(r.choice(["Begrundelse", "Hvorfor får du ikke alt det, du har søgt om?"]))
                doc.p(r.choice([
                    f"Mentorstøtte kan efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats højst gives i "
                    f"6 måneder ad gangen. Vi har lagt vægt på, at din praktik kun kræver støtte de første uger, "
                    f"og at {ghours} efter vores vurdering dækker dit behov.",
                    "Vi har lagt vægt på, at du allerede får støtte fra skolens elevcoach, og at mentorstøtten "
                    "ikke må erstatte den støtte, skolen normalt giver. Afgørelsen er truffet efter LAB § 167.",
                    "På baggrund af samtalen med dig og oplysningerne fra din praktikvært vurderer vi, at dit behov "
                    "er mindre end ansøgt."]))
            else:
                traits.append("no-reasons")
            doc.p(f"Din mentor bliver {mentor[0]}, {mentor[1]}.")
            self.appeal(doc, k, appeal)
            self.sign(doc, k, sb)
        elif dtype == "refusal":
            title = r.choice(["Afgørelse om mentorstøtte – afslag", "Afslag på mentorstøtte",
                              "Afgørelse vedrørende din ansøgning om mentor"])
            doc.p(r.choice([f"Du har den {dstr(d - dt.timedelta(days=20), 0)} søgt om mentorstøtte.",
                            "Vi har modtaget din ansøgning om en mentor."]))
            doc.h("Afgørelse")
            doc.p(r.choice(["Du får afslag på mentorstøtte.", "Vi har givet dig afslag på din ansøgning om mentorstøtte.",
                            "Vi kan ikke bevilge dig mentorstøtte."]))
            if reasons:
                doc.h(r.choice(["Begrundelse", "Hvorfor får du afslag?"]))
                doc.p(r.choice([
                    "Vi har lagt vægt på, at du ikke har et mål om beskæftigelse eller uddannelse lige nu, og "
                    "mentorstøtte kan kun gives med det formål, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
                    "Du går på en ordinær uddannelse, og skolen har pligt til at tilbyde dig specialpædagogisk støtte "
                    "(SPS). Vi vurderer derfor, at dit behov dækkes af skolens egne tilbud. Vi har lagt vægt på "
                    "udtalelsen fra studievejlederen.",
                    "Efter en konkret vurdering finder vi, at du kan gennemføre din praktik uden mentor. Vi har lagt "
                    "vægt på, at du har mødt stabilt de seneste tre måneder."]))
                if r.random() < 0.5:
                    doc.h("Regler")
                    doc.p("Lov om en aktiv beskæftigelsesindsats § 167, stk. 1, og bekendtgørelse om en aktiv "
                          "beskæftigelsesindsats §§ 120-125. Forvaltningslovens §§ 22-24.")
            else:
                traits.append("no-reasons")
            self.appeal(doc, k, appeal)
            self.sign(doc, k, sb)
        elif dtype == "end":
            cause = r.choice(["job", "uddannelse", "fravaer", "flytning", "mål-naaet"])
            traits.append(f"end:{cause}")
            title = r.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper",
                              "Afgørelse – stop af mentorforløb"])
            stop = d + dt.timedelta(days=r.randint(7, 20))
            doc.p(f"Vi har truffet afgørelse om, at din mentorstøtte ophører {dstr(stop, 3)}.")
            if reasons:
                doc.h("Begrundelse")
                doc.p({
                    "job": "Du er startet i ordinært job hos Danish Crown 30 timer om ugen. Vi har lagt vægt på, at "
                           "du ikke længere er i målgruppen for mentorstøtte efter lovens § 167.",
                    "uddannelse": "Du er begyndt på uddannelse med SU, og skolen tilbyder dig en elevcoach. Vi har "
                                  "lagt vægt på, at skolens støtte dækker dit behov.",
                    "fravaer": "Du er ikke mødt op til de aftalte møder med din mentor den 3., 10. og 17. i sidste "
                               "måned og har ikke meldt afbud. Vi har forinden partshørt dig, og vi har ikke modtaget "
                               "bemærkninger. Vi har lagt vægt på, at støtten ikke kan virke uden dit fremmøde.",
                    "flytning": "Du er flyttet til en anden kommune. Din nye kommune overtager din sag og tager "
                                "stilling til, om du fortsat skal have mentor. Afgørelsen er truffet efter "
                                "retssikkerhedsloven § 9 og LAB § 167.",
                    "mål-naaet": "Målet med mentorstøtten er nået: du har gennemført grundforløbet. Vi har lagt "
                                 "vægt på mentors afsluttende statusnotat.",
                }[cause])
            else:
                traits.append("no-reasons")
            self.appeal(doc, k, appeal)
            self.sign(doc, k, sb)
        elif dtype == "reconsider-change":
            title = "Genvurdering – vi ændrer vores afgørelse om mentorstøtte"
            period = (start, end)
            doc.p("Du har klaget over vores afgørelse om afslag på mentorstøtte. Vi har genvurderet sagen og "
                  "giver dig nu medhold.")
            doc.h("Ny afgørelse")
            doc.p(f"Du får mentorstøtte med {hours} i perioden {per}. Din mentor bliver {mentor[0]}.")
            doc.h("Begrundelse")
            doc.p("Vi har lagt vægt på de nye lægelige oplysninger, som du har sendt med klagen.")
            self.appeal(doc, k, appeal)
            self.sign(doc, k, sb)
        if reasons is False and dtype in ("grant", "extension", "reconsider-change"):
            pass
        if defect:
            traits.append(f"defect:{defect}")
        mnc = []
        if c:
            traits.append("cpr")
            mnc.append(c)
        self.emit(doc, title, "decision", dtype, self.fmt(), rules, extras, traits, mnc, k, period,
                  layout="letter+agreement" if with_agreement else "letter")

    # ---- look-alikes (kind unknown) ------------------------------------------------------------
    def lookalike(self, sub: str) -> None:
        r = self.rng
        k, b, d = self.person()
        fn = b.split()[0]
        sb = r.choice(SAGSBEH)
        c = cpr(r) if self.n % 4 == 1 else None
        doc = Doc()
        sag = f"15.20.00-G01-{r.randint(100, 9999)}-26"
        mentor = r.choice(MENTORER)
        if sub != "nyhedsbrev":
            self.header(doc, k, b if sub != "bestilling" else mentor[1], d, c, sag)
        if sub == "partshoering":
            title = r.choice(["Partshøring – vi overvejer at stoppe din mentorstøtte", "Partshøring før afgørelse",
                              "Vi vil gerne høre dig, inden vi træffer afgørelse"])
            doc.p(f"Kære {fn}")
            doc.p("Vi overvejer at træffe afgørelse om, at din mentorstøtte skal ophøre, fordi du ikke er mødt op "
                  "til de aftalte møder med din mentor. Inden vi træffer afgørelse, har du ret til at komme med "
                  "dine bemærkninger, jf. forvaltningslovens § 19.")
            doc.p(f"Vi har lagt vægt på oplysningerne fra din mentor {mentor[0]} om udeblivelser. Hvis du mener, "
                  f"at oplysningerne er forkerte, eller du vil tilføje noget, skal du kontakte os senest "
                  f"{dstr(d + dt.timedelta(days=14), 0)}.")
            doc.p("Når fristen er udløbet, træffer vi afgørelse. Du får afgørelsen skriftligt med klagevejledning.")
            self.sign(doc, k, sb)
        elif sub == "indkaldelse":
            title = r.choice(["Indkaldelse til samtale om mentorstøtte", "Indkaldelse til opfølgningssamtale",
                              "Du er indkaldt til samtale"])
            doc.p(f"Kære {fn}")
            doc.p(f"Du er indkaldt til en samtale om din mentorstøtte {dstr(d + dt.timedelta(days=9), 3)} kl. 10.00 "
                  f"i {k[4]}, {k[1]}. Din mentor {mentor[0]} deltager også.")
            doc.p("På mødet taler vi om, hvordan det går, og om du fortsat har brug for støtte, når perioden "
                  "udløber. Husk at medbringe din kalender.")
            doc.p("Hvis du er syg, skal du melde afbud inden kl. 9.00 på samme dag. Hvis du udebliver uden "
                  "rimelig grund, kan det få betydning for din ydelse.")
            self.sign(doc, k, sb)
        elif sub == "kvittering":
            title = r.choice(["Kvittering for modtagelse af ansøgning", "Vi har modtaget din ansøgning om mentor"])
            doc.p(f"Kære {fn}")
            doc.p(f"Vi har {dstr(d, 3)} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe "
                  "afgørelse inden for 4 uger. Hvis vi mangler oplysninger, kontakter vi dig.")
            doc.p("Du skal ikke foretage dig noget nu. Denne kvittering er ikke en afgørelse.")
            self.sign(doc, k, sb)
        elif sub == "nyhedsbrev":
            title = r.choice(["Nyhedsbrev fra Jobcenter – juristens hjørne", "Faglig nyt: Ny principafgørelse om mentorstøtte"])
            doc.p(f"{k[0]}, Beskæftigelse – internt nyhedsbrev nr. {r.randint(2, 11)}, {d.year}")
            doc.h("Ankestyrelsen: afslag på mentorstøtte skal begrundes konkret")
            doc.p("Ankestyrelsen har offentliggjort en principafgørelse om mentorstøtte efter lov om en aktiv "
                  "beskæftigelsesindsats § 167. Kommunen havde givet afslag med henvisning til, at borgeren "
                  "fik støtte på uddannelsesstedet.")
            doc.p("Ankestyrelsen ændrede afgørelsen: \"Kommunen skal foretage en konkret og individuel vurdering af, "
                  "om støtten på uddannelsesstedet dækker borgerens behov. Afgørelsen var ikke begrundet med de "
                  "hovedhensyn, der var lagt vægt på, jf. forvaltningslovens § 24.\"")
            doc.p("Husk derfor i jeres afgørelser: henvis til reglerne, angiv hovedhensyn og de faktiske forhold. "
                  "Og husk klagevejledningen: borgeren klager til kommunen inden 4 uger, og vi genvurderer, før "
                  "sagen sendes til Ankestyrelsen.")
            doc.p("Spørgsmål til teamleder eller juridisk afdeling.")
        elif sub == "genvurdering":
            title = r.choice(["Genvurdering af din klage – sagen er sendt til Ankestyrelsen",
                              "Vi fastholder afgørelsen og sender din klage videre"])
            doc.p(f"Kære {fn}")
            doc.p(f"Du har klaget over vores afgørelse af {dstr(d - dt.timedelta(days=30), 0)} om mentorstøtte. "
                  "Vi har genvurderet afgørelsen, jf. retssikkerhedslovens § 66.")
            doc.p("Vi fastholder afgørelsen. Vi har derfor sendt din klage og sagens akter videre til "
                  "Ankestyrelsen, som behandler klagen. Du hører fra Ankestyrelsen, der normalt har en "
                  "sagsbehandlingstid på nogle måneder.")
            doc.p("Du kan se sagens akter ved at kontakte os.")
            self.sign(doc, k, sb)
        else:  # bestilling
            title = r.choice(["Bestilling af mentorforløb", "Henvisning af borger til mentorforløb",
                              "Bestilling – mentorstøtte efter LAB § 167"])
            doc.p(f"Til {mentor[1]}, att. {mentor[0]}")
            doc.p(f"{k[4]} bestiller hermed et mentorforløb til {b}.")
            start = dt.date(d.year, d.month, 1) + dt.timedelta(days=31)
            start = dt.date(start.year, start.month, 1)
            end = add_months(start, 6) - dt.timedelta(days=1)
            doc.kv([("Borger", b), ("Periode", f"{dstr(start, 0)} – {dstr(end, 0)}"),
                    ("Timer", r.choice(HOURS)), ("Formål", r.choice(GOALS).format(f=fn)),
                    ("Fakturering", f"Faktura sendes via EAN 579800{r.randint(1000000, 9999999)} med sagsnr. {sag}")])
            doc.p("Mentor bedes sende statusnotat hver måned og kontakte borgeren inden for 5 arbejdsdage. "
                  "Borgeren har fået afgørelsen med klagevejledning i særskilt brev.")
            self.sign(doc, k, sb)
        traits = ["not-a-decision", f"lookalike:{sub}"]
        mnc = []
        if c:
            traits.append("cpr")
            mnc.append(c)
        self.emit(doc, title, "unknown", sub, self.fmt(), [], [], traits, mnc, k)

    def run(self) -> None:
        r = self.rng
        plan = []
        types = ["grant"] * 24 + ["partial"] * 14 + ["refusal"] * 16 + ["extension"] * 12 + ["end"] * 16 \
            + ["reconsider-change"] * 2
        r.shuffle(types)
        # Defects are assigned by count (about 35 % of decisions), not by chance, so every class is present.
        defects_by = {"grant": ["over6"] * 3 + ["no-appeal"] * 2 + ["no-hours"] * 2
                      + ["wrong-route", "appeal-incomplete", "vague-goal"],
                      "extension": ["over6", "over6", "no-appeal", "wrong-route"],
                      "partial": ["no-reasons"] * 3 + ["no-appeal", "wrong-route"],
                      "refusal": ["no-reasons"] * 3 + ["no-appeal", "wrong-route", "appeal-incomplete"],
                      "end": ["no-reasons", "no-reasons", "no-appeal", "appeal-incomplete"],
                      "reconsider-change": []}
        left = {t: list(v) for t, v in defects_by.items()}
        for t in types:
            defect = left[t].pop() if left[t] else None
            plan.append(("d", t, defect))
        for sub in ["partshoering"] * 3 + ["indkaldelse"] * 3 + ["kvittering"] * 2 + ["nyhedsbrev"] * 2 \
                + ["genvurdering"] * 3 + ["bestilling"] * 3:
            plan.append(("u", sub, None))
        r.shuffle(plan)
        for p in plan:
            if p[0] == "d":
                self.decision(p[1], p[2])
            else:
                self.lookalike(p[1])
        self.convert_lo()

    def convert_lo(self) -> None:
        if not self.lo_jobs:
            return
        outdir = self.out / ".lo" / "pdf"
        outdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bq_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in self.lo_jobs],
                       check=True, capture_output=True, timeout=900)
        for src, dst in self.lo_jobs:
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)
        shutil.rmtree(self.out / ".lo")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    g = Gen(a.out)
    g.run()
    from collections import Counter
    with open(a.out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(g.entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(g.entries), "documents;", Counter(e["kind"] for e in g.entries),
          Counter(e["format"] for e in g.entries))


if __name__ == "__main__":
    main()
