#!/usr/bin/env python3
"""Corpus GG: mentor-support paperwork as mail archives keep it.

.eml files (plain, HTML-only, multipart/alternative, quoted-printable, base64, latin-1,
attachments, forwarded mails, replies), Digital Post / e-Boks prints as PDF and HTML, and
.txt exports of mail threads.  Written without reading the linter (see NOTES.md).

    /work/main/.venv/bin/python make_corpus_gg.py --out /work/corpora/gg [--seed 15]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
import shutil
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem)

from reportlab import rl_config

rl_config.invariant = 1  # no creation date or random document ID: the same seed gives the same bytes

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

KOMMUNER = [
    ("Vejle Kommune", "Jobcenter Vejle", "vejle.dk", "Enghavevej 2, 7100 Vejle"),
    ("Randers Kommune", "Jobcenter Randers", "randers.dk", "Laksetorvet 1, 8900 Randers C"),
    ("Holbæk Kommune", "Job og Borgerservice", "holb.dk", "Kanalstræde 2, 4300 Holbæk"),
    ("Herning Kommune", "Beskæftigelse", "herning.dk", "Lykkesgade 7, 7400 Herning"),
    ("Næstved Kommune", "Center for Arbejdsmarked", "naestved.dk", "Rådmandshaven 20, 4700 Næstved"),
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "silkeborg.dk", "Søvej 1, 8600 Silkeborg"),
    ("Faaborg-Midtfyn Kommune", "Job & Uddannelse", "fmk.dk", "Tinghøjvej 2, 5750 Ringe"),
    ("Frederikshavn Kommune", "Jobcentret", "frederikshavn.dk", "Rådhus Allé 100, 9900 Frederikshavn"),
    ("Slagelse Kommune", "Jobcenter Slagelse", "slagelse.dk", "Jernbanegade 7, 4200 Slagelse"),
    ("Viborg Kommune", "Beskæftigelse og Uddannelse", "viborg.dk", "Prinsens Allé 5, 8800 Viborg"),
]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Jobværkstedet", "jobvaerkstedet.dk"),
             ("Bro til Job", "brotiljob.dk"), ("Kompetencehuset Nord", "khnord.dk"),
             ("Sporskifte I/S", "sporskifte.dk"), ("Fokus Mentor", "fokusmentor.dk"),
             ("Trin for Trin Rådgivning", "trinfortrin.dk"), ("Ungeguiden", "ungeguiden.dk")]
FIRST = ["Jonas", "Sara", "Ahmed", "Mette", "Line", "Kasper", "Nadia", "Mikkel", "Fatima",
         "Rasmus", "Camilla", "Emil", "Yasmin", "Thomas", "Louise", "Bilal", "Julie", "Oliver",
         "Amalie", "Frederik", "Ida", "Mohammed", "Signe", "Patrick"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Karimi", "Yilmaz", "Østergaard", "Holm", "Bak", "Dahl"]
MENTOR_FIRST = ["Lone", "Henrik", "Birgitte", "Anders", "Pia", "Kim", "Susanne", "Jesper",
                "Hanne", "Morten", "Tina", "Søren"]
CW_TITLES = ["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent", "Socialrådgiver",
             "Ungerådgiver"]

WORKPLACES = ["Bilka i Vejle", "Netto på Østergade", "Dagli'Brugsen", "Plantorama",
              "Carlsen Auto", "Bauhaus", "XL-Byg", "Plejecenter Solgården",
              "Børnehuset Mælkebøtten", "Rema 1000 Nørregade"]
SCHOOLS = ["SOSU Syd", "Tradium", "Mercantec", "EUC Syd", "Selandia", "VUC Storstrøm",
           "FGU Midt", "Learnmark"]

CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik i {wp} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{fn} starter på grundforløb 2 på {school} i august 2026 og møder mindst fire dage om ugen.",
    "{fn} har et ordinært job som lagermedarbejder med mindst 20 timer om ugen ved periodens udløb.",
    "{fn} gennemfører FVU-dansk trin 2 på {school} og går op til prøven inden {d}.",
    "{fn} er i fleksjob i {wp} 12 timer om ugen senest {d}.",
    "{fn} holder sin praktik i {wp} uden ugyldigt fravær og har højst to sygedage om måneden, så praktikken kan gå over i løntilskud {d}.",
    "{fn} gennemfører første semester på {school} og er til stede i mindst 90 % af timerne.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "At {fn} får mere struktur på hverdagen og et bedre selvværd.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {fn} trives og bliver mere motiveret.",
    "Motivere {fn} og arbejde med selvværdet.",
    "{fn} skal have det bedre og komme videre i livet.",
]
TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "holde en ugentlig samtale om fremmøde og transport",
    "hjælpe med at læse og besvare post fra kommunen og e-Boks",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "øve jobsamtaler og hjælpe med at skrive ansøgninger",
    "hjælpe med skemaet og lektierne de første uger på skolen",
    "ringe {fn} op om morgenen de dage, hvor der er mødepligt",
    "tage med til møder på skolen og i kommunen",
    "lave en ugeplan sammen med {fn} hver mandag",
]
FOLLOWUPS = [
    "Statusmøde med {fn}, mentor og sagsbehandler hver måned. Evaluering 14 dage før periodens udløb.",
    "Vi følger op hver 4. uge på delmålene: fremmøde fire dage om ugen fra {m1}, og fuld tid fra {m2}.",
    "Mentor sender en kort status til sagsbehandler hver anden uge; fælles opfølgningsmøde efter 3 måneder og igen 14 dage inden støtten ophører.",
    "Midtvejsevaluering {mid} med mentor, {fn} og jobkonsulent. Progression måles på fremmøde (mål: 90 %).",
]
VAGUE_FOLLOWUPS = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                   "Vi tager det som det kommer og følger op, når der er behov for det."]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
         "1-2 timer pr. uge", "5 timer om ugen de første fire uger, derefter 3 timer om ugen",
         "2½ time om ugen"]
VAGUE_HOURS = ["et par timer om ugen", "efter behov", "løbende, som det passer"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har modtaget den. "
    "Kommunen skal så genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
    "sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {k}, {j}, inden 4 uger fra den dag, du fik afgørelsen. "
    "Du kan klage skriftligt eller mundtligt. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi "
    "klagen og sagens akter til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10).",
    "Klagefristen er 4 uger fra modtagelsen af dette brev. Send din klage til {j} i {k}, fx via Digital Post eller "
    "til din sagsbehandler. Vi genvurderer afgørelsen, og fastholder vi den, sendes klagen videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds, er du velkommen til at kontakte din sagsbehandler.",
    "Du kan klage til kommunen, hvis du ikke er enig.",
    "Klagefristen er 4 uger.",
]
APPEAL_WRONG_ROUTE = [
    "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
    "Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
    "Hvis du vil klage, skal du skrive direkte til Ankestyrelsen senest fire uger efter modtagelsen af dette brev.",
]
PRIVACY_FOOTER = ("Vi behandler dine personoplysninger efter databeskyttelsesforordningen. Du kan klage "
                  "over behandlingen af dine oplysninger til Datatilsynet.")
DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, bedes du slette mailen og give afsender besked.",
    "Send ikke følsomme oplysninger som CPR-nummer med almindelig e-mail. Brug Digital Post eller sikker mail.",
    "Tænk på miljøet, før du printer denne e-mail.",
]


# --------------------------------------------------------------------------- helpers

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_month_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fperiod(start: dt.date, end: dt.date, rng: random.Random) -> str:
    form = rng.choice(["dash", "til", "fom", "dots", "slash", "fra"])
    if form == "dash":
        return f"{fdate(start, 'words')} – {fdate(end, 'words')}"
    if form == "til":
        return f"{fdate(start, 'words')} til {fdate(end, 'words')}"
    if form == "fom":
        return f"f.o.m. {fdate(start, 'words')} t.o.m. {fdate(end, 'words')}"
    if form == "dots":
        return f"{fdate(start, 'dots')}-{fdate(end, 'dots')}"
    if form == "slash":
        return f"{fdate(start, 'slash')} til {fdate(end, 'slash')}"
    return f"fra {fdate(start, 'den')} til {fdate(end, 'den')}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}"
    style = rng.choice(["spaced", "spaced", "plus", "plain"])
    if style == "spaced":
        return " ".join(n[i:i + 2] for i in range(0, 8, 2))
    if style == "plus":
        return f"+45 {n[:4]} {n[4:]}"
    return n


def ascii_mail(name: str) -> str:
    t = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("'", "")):
        t = t.replace(a, b)
    return t


# --------------------------------------------------------------------------- case

class Case:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        k = KOMMUNER[idx % len(KOMMUNER)]
        self.kommune, self.jobcenter, self.domain, self.address = k
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.citizen = f"{self.fn} {self.ln}"
        self.mfn = rng.choice(MENTOR_FIRST)
        self.mln = rng.choice(LAST)
        self.mentor = f"{self.mfn} {self.mln}"
        self.provider, self.pdomain = rng.choice(PROVIDERS)
        self.mphone = phone(rng)
        self.mmail = f"{ascii_mail(self.mfn)}@{self.pdomain}"
        cwf = rng.choice(["Maria", "Peter", "Hanne", "Karsten", "Dorthe", "Ali", "Gitte", "Niels", "Rikke"])
        cwl = rng.choice(LAST)
        self.cw = f"{cwf} {cwl}"
        self.cwtitle = rng.choice(CW_TITLES)
        self.cwphone = phone(rng)
        self.cwmail = f"{ascii_mail(cwf)[:2]}{ascii_mail(cwl)[:3]}@{self.domain}"
        self.cmail = f"{ascii_mail(self.fn)}{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk'])}"
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 3, 10]))
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = six_month_end(self.start, self.months)
        self.letter = self.start - dt.timedelta(days=rng.randint(4, 20))
        self.caseno = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        self.cpr = cpr(rng)
        self.wp = rng.choice(WORKPLACES)
        self.school = rng.choice(SCHOOLS)
        self.tasks = [t.format(fn=self.fn) for t in rng.sample(TASKS, rng.randint(2, 4))]
        self.hours = rng.choice(HOURS)

    def f(self, s: str) -> str:
        mid = self.start + (self.end - self.start) / 2
        return s.format(fn=self.fn, wp=self.wp, school=self.school,
                        d=fdate(add_months(self.start, 3), "words"),
                        m1=MONTHS[add_months(self.start, 1).month - 1],
                        m2=MONTHS[add_months(self.start, 3).month - 1],
                        mid=fdate(mid, "words"), k=self.kommune, j=self.jobcenter)

    def clear_goal(self):
        return self.f(self.rng.choice(CLEAR_GOALS))

    def unclear_goal(self):
        return self.f(self.rng.choice(UNCLEAR_GOALS))

    def followup(self):
        return self.f(self.rng.choice(FOLLOWUPS))

    def appeal(self, mode):
        if mode == "full":
            return self.f(self.rng.choice(APPEAL_FULL))
        if mode == "incomplete":
            return self.rng.choice(APPEAL_INCOMPLETE)
        if mode == "wrong":
            return self.rng.choice(APPEAL_WRONG_ROUTE)
        return None

    def over_end(self, choices=((7, 0), (8, 0), (9, 0), (12, 0), (6, 14))):
        """An end date beyond six months, and a label for the trait."""
        choice = self.rng.choice(list(choices))
        end = six_month_end(self.start, choice[0]) + dt.timedelta(days=choice[1])
        return end, f"period:over-{choice[0]}m{'+' + str(choice[1]) + 'd' if choice[1] else ''}"

    def mentor_line(self):
        return f"{self.mentor}, {self.provider}, tlf. {self.mphone}, {self.mmail}"

    def cw_sig(self, unit=True):
        lines = ["Med venlig hilsen", "", self.cw, self.cwtitle]
        if unit:
            lines.append(f"{self.jobcenter}, {self.kommune}")
        lines += [f"Direkte tlf.: {self.cwphone}", f"Mail: {self.cwmail}"]
        return lines

    def mentor_sig(self):
        return ["Venlig hilsen", self.mentor, f"Mentor, {self.provider}", f"Mobil {self.mphone}",
                self.mmail]


# --------------------------------------------------------------------------- block model
# A body is a list of blocks: ("h", text) heading, ("p", text), ("kv", label, value),
# ("ul", [items]), ("sig", [lines]), ("pre", [lines]) verbatim lines, ("hr",)

def blocks_to_text(blocks, wrap_sig=True) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            out.append(b[1])
            out.append("")
        elif t == "p":
            out.append(b[1])
            out.append("")
        elif t == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif t == "kvblock":
            out.append("")
            out.append(f"{b[1]}:")
            out.append(b[2])
            out.append("")
        elif t == "ul":
            for it in b[1]:
                out.append(f"- {it}")
            out.append("")
        elif t == "sig":
            if out and out[-1] != "":
                out.append("")
            out.append("-- " if wrap_sig else "")
            out.extend(b[1])
            out.append("")
        elif t == "pre":
            out.extend(b[1])
            out.append("")
        elif t == "hr":
            out.append("")
        elif t == "table":  # a Word table pasted into a plain-text mail: cells split by tabs
            out.append("")
            for lab, val in b[1]:
                out.append(f"{lab}\t{val}")
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def blocks_to_html(blocks, outlook=False) -> str:
    cls = ' class="MsoNormal"' if outlook else ""
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            out.append(f"<p{cls}><b>{html.escape(b[1])}</b></p>")
        elif t == "p":
            out.append(f"<p{cls}>{html.escape(b[1])}</p>")
        elif t == "kv":
            out.append(f"<p{cls}><b>{html.escape(b[1])}:</b> {html.escape(b[2])}</p>")
        elif t == "kvblock":
            out.append(f"<p{cls}><b>{html.escape(b[1])}</b></p><p{cls}>{html.escape(b[2])}</p>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "sig":
            out.append('<div class="signature" style="color:#555;font-size:10pt">'
                       + "<br>".join(html.escape(x) for x in b[1]) + "</div>")
        elif t == "pre":
            out.append(f"<p{cls}>" + "<br>".join(html.escape(x) for x in b[1]) + "</p>")
        elif t == "hr":
            out.append("<hr>")
        elif t == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
                       + "".join(f"<tr><td style=\"width:30%;background:#f2f2f2\"><b>{html.escape(l)}</b></td>"
                                 f"<td>{html.escape(v)}</td></tr>" for l, v in b[1]) + "</table>")
    return "\n".join(out)


def html_page(title, inner, outlook=False):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                f'</head><body lang="DA" link="#0563C1"><div class="WordSection1">{inner}</div></body></html>')
    return (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body style="font-family:Arial,sans-serif">{inner}</body></html>')


# --------------------------------------------------------------------------- agreements

def agreement_fields(c: Case, defects: set, traits: list):
    """Field values for an agreement/Min Plan; None = missing, str 'PLACEHOLDER' = empty label."""
    rng = c.rng
    fv = {}
    if "missing-goal" in defects:
        fv["goal"] = None
    elif "unclear-goal" in defects:
        fv["goal"] = c.unclear_goal()
    else:
        fv["goal"] = c.clear_goal()
    fv["mentor_full"] = "missing-mentor" not in defects
    fv["tasks"] = None if "missing-tasks" in defects else c.tasks
    if "missing-duration" in defects:
        fv["period"] = None
        c.period = None
    elif "duration-over-6-months" in defects:
        end, tr = c.over_end()
        traits.append(tr)
        n_months = {7: "7 måneder", 8: "8 mdr.", 9: "9 måneder", 12: "12 måneder"}
        if rng.random() < 0.3 and tr in ("period:over-7m", "period:over-8m", "period:over-9m", "period:over-12m"):
            n = int(tr.split("-")[1].rstrip("m"))
            fv["period"] = f"{n_months[n]} fra {fdate(c.start, 'words')}"
            traits.append("period:start-plus-length")
        else:
            fv["period"] = fperiod(c.start, end, rng)
        c.period = (c.start, end)
    else:
        if c.months == 6 and rng.random() < 0.15:
            fv["period"] = f"fra {fdate(c.start, 'words')} og 6 måneder frem"
            traits.append("period:start-plus-6m")
        else:
            fv["period"] = fperiod(c.start, c.end, rng)
        if c.months == 6:
            traits.append("period:exact-six")
        c.period = (c.start, c.end)
    if "missing-hours" in defects:
        fv["hours"] = rng.choice([None, "vague"])
        if fv["hours"] == "vague":
            fv["hours"] = rng.choice(VAGUE_HOURS)
            traits.append("hours:vague")
    else:
        fv["hours"] = c.hours
    if "missing-follow-up" in defects:
        fv["followup"] = rng.choice([None, "vague"])
        if fv["followup"] == "vague":
            fv["followup"] = rng.choice(VAGUE_FOLLOWUPS)
            traits.append("followup:vague")
    elif defects & {"missing-goal", "unclear-goal", "missing-tasks", "missing-duration"}:
        # a follow-up that names no sub-goal, task or date, so it cannot stand in for the missing field
        fv["followup"] = c.f(FOLLOWUPS[0])
    else:
        fv["followup"] = c.followup()
    return fv


def pick_appeal(c: Case, defects: set, extras: list, traits: list, allow_wrong=True):
    if "missing-appeal-guidance" in defects:
        mode = c.rng.choice(["none", "none", "incomplete", "privacy"])
        traits.append(f"appeal:{mode}")
        if mode == "incomplete":
            return c.appeal("incomplete")
        if mode == "privacy":
            return "PRIVACY"
        return None
    if allow_wrong and c.rng.random() < 0.12:
        extras.append("appeal-wrong-route")
        traits.append("appeal:wrong-route")
        return c.appeal("wrong")
    return c.appeal("full")


def agreement_blocks(c: Case, fv, appeal, style: str, traits: list):
    """Agreement text written in one of several voices."""
    rng = c.rng
    B = []
    mentor_name_only = f"{c.mentor} fra {c.provider}"
    if style in ("mentor_prose", "prose_cw") and fv["tasks"]:
        # letters to the citizen say "dig", not the citizen's name
        fv = dict(fv, tasks=[t.replace(f"sammen med {c.fn}", "sammen med dig").replace(f"ringe {c.fn} op", "ringe dig op")
                             .replace(f"følge {c.fn}", "følge dig") for t in fv["tasks"]])
    if style == "labelled":  # caseworker, label: value lines
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", rng.choice([
            "Her er den aftale om mentorstøtte, som vi lavede på mødet.",
            "Som lovet sender jeg dig aftalen om din mentorstøtte skriftligt.",
            f"Tak for et godt møde {fdate(c.letter, 'den')}. Nedenfor står det, vi aftalte om din mentor."])))
        B.append(("h", "Aftale om mentorstøtte (LAB § 167)"))
        B.append(("kv", "Borger", c.citizen))
        if fv["goal"]:
            B.append(("kv", rng.choice(["Mål", "Målet med mentorstøtten", "Formål"]), fv["goal"]))
        elif rng.random() < 0.5:
            B.append(("kv", "Mål", rng.choice(["Udfyldes senere", "-", "aftales med mentor"])))
            traits.append("goal:placeholder")
        B.append(("kv", "Mentor", c.mentor_line() if fv["mentor_full"] else mentor_name_only))
        if fv["tasks"]:
            B.append(("kv", "Mentorens opgaver", "; ".join(fv["tasks"])))
        elif rng.random() < 0.5:
            B.append(("kv", "Mentorens opgaver", "-"))
        if fv["period"]:
            B.append(("kv", rng.choice(["Periode", "Varighed", "Bevilget periode"]), fv["period"]))
        if fv["hours"]:
            B.append(("kv", rng.choice(["Timetal", "Timer", "Antal timer"]), fv["hours"]))
        if fv["followup"]:
            B.append(("kv", "Opfølgning", fv["followup"]))
        if appeal and appeal != "PRIVACY":
            B.append(("kvblock", "Klagevejledning", appeal))
        B.append(("p", "Du er velkommen til at ringe, hvis noget er uklart."))
        B.append(("sig", c.cw_sig()))
    elif style == "numbered":  # Gribskov-like numbered items
        B.append(("h", f"Skriftlig aftale om mentorstøtte – {c.citizen}"))
        B.append(("p", f"Sagsnr. {c.caseno}"))
        n = 1
        items = [("Målet med mentorstøtten", fv["goal"]),
                 ("Mentorens navn og kontaktdata", c.mentor_line() if fv["mentor_full"] else mentor_name_only),
                 ("Hvilke opgaver mentor skal bistå ved", "\n".join("• " + t for t in fv["tasks"]) if fv["tasks"] else None),
                 ("Varighed", fv["period"]),
                 ("Opfølgning og mål for progression", fv["followup"]),
                 ("Timetal", fv["hours"]),
                 ("Klagevejledning", appeal if appeal != "PRIVACY" else None)]
        for label, val in items:
            if val is None:
                if rng.random() < 0.4:
                    B.append(("kvblock", f"{n}. {label}", "Udfyldes senere"))
                    n += 1
                continue
            B.append(("kvblock", f"{n}. {label}", val))
            n += 1
        B.append(("sig", c.cw_sig()))
    elif style == "mentor_prose":  # the mentor writes to the citizen
        B.append(("p", f"Hej {c.fn}"))
        B.append(("p", rng.choice([
            "Tak for snakken i går. Som lovet skriver jeg her ned, hvad vi blev enige om, så vi begge har det.",
            "Her får du det, vi blev enige om til opstartsmødet, skrevet ned.",
            "Jeg har skrevet vores aftale ned, så du kan læse den igen i ro og mag."])))
        B.append(("p", f"Det er mig, {c.mfn}, der er din mentor fra {c.provider}."))
        if fv["goal"]:
            g = fv["goal"]
            B.append(("p", f"Målet er: {g}"))
        if fv["tasks"]:
            B.append(("p", "Jeg skal hjælpe dig med at:"))
            B.append(("ul", fv["tasks"]))
        if fv["hours"] and fv["hours"] in HOURS and rng.random() < 0.35:
            B.append(("p", rng.choice(["Vi ses hver tirsdag kl. 9-11 og torsdag kl. 13-14.",
                                       "Vi mødes fast hver mandag og onsdag fra kl. 8.30 til 10."])))
            traits.append("hours:weekly-slots")
        elif fv["hours"]:
            B.append(("p", f"Vi har aftalt {fv['hours']}, som vi bruger sammen – mest ude hos dig eller på praktikstedet."))
        if fv["period"]:
            B.append(("p", f"Kommunen har bevilget mentorstøtten {fv['period']}."))
        if fv["followup"]:
            fu = fv["followup"]
            B.append(("p", fu if fu.startswith(("Opfølgning", "Der følges", "Vi ")) else f"Opfølgning: {fu}"))
        if appeal and appeal != "PRIVACY":
            B.append(("p", f"Din sagsbehandler {c.cw} har bedt mig skrive klagevejledningen med: {appeal}"))
        B.append(("p", f"Du kan altid få fat i mig på {c.mphone} eller skrive til {c.mmail}."))
        B.append(("sig", c.mentor_sig()))
        traits.append("voice:mentor")
    elif style == "prose_cw":  # caseworker letter in prose
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", f"Du får mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her er jeres aftale."))
        if fv["goal"]:
            g = fv["goal"]
            B.append(("p", f"Målet med støtten er, at {g if g.startswith(c.fn) else g[0].lower() + g[1:]}"))
        if fv["mentor_full"]:
            B.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe til {c.mfn} på {c.mphone} eller skrive til {c.mmail}."))
        else:
            B.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}, som kontakter dig i løbet af den første uge."))
        if fv["tasks"]:
            tl = fv["tasks"]
            joined = f"{', '.join(tl[:-1])} og {tl[-1]}" if len(tl) > 1 else tl[0]
            B.append(("p", f"{c.mfn}s opgaver er at {joined}."))
        if fv["period"]:
            B.append(("p", f"Mentorstøtten gælder {fv['period']}."))
        if fv["hours"]:
            B.append(("p", f"Du får {fv['hours']} med din mentor."))
        if fv["followup"]:
            B.append(("p", fv["followup"]))
        if appeal and appeal != "PRIVACY":
            B.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
            B.append(("p", appeal))
        B.append(("sig", c.cw_sig()))
    elif style == "table":  # caseworker pastes the case system's table into the mail
        B.append(("p", f"Hej {c.fn}"))
        B.append(("p", rng.choice(["Her kommer jeres aftale fra mødet i dag. Ring, hvis du har spørgsmål.",
                                   f"Som aftalt sender jeg aftalen om mentorstøtte. {c.mfn} har fået en kopi."])))
        rows = [("Aftale om mentorstøtte", f"{c.citizen}, sagsnr. {c.caseno}")]
        if fv["goal"]:
            rows.append(("Målet med mentorstøtten", fv["goal"]))
        elif rng.random() < 0.5:
            rows.append(("Målet med mentorstøtten", "Klik eller tryk her for at skrive tekst."))
            traits.append("goal:word-placeholder")
        rows.append(("Mentor", c.mentor_line() if fv["mentor_full"] else mentor_name_only))
        if fv["tasks"]:
            rows.append(("Opgaver", "; ".join(fv["tasks"])))
        if fv["period"]:
            rows.append(("Periode", fv["period"]))
        if fv["hours"]:
            rows.append(("Timetal", fv["hours"]))
        if fv["followup"]:
            rows.append(("Opfølgning", fv["followup"]))
        B.append(("table", rows))
        if appeal and appeal != "PRIVACY":
            B.append(("h", "Klagevejledning"))
            B.append(("p", appeal))
        B.append(("sig", c.cw_sig()))
        traits.append("pasted-table")
    if appeal == "PRIVACY":
        B.append(("p", PRIVACY_FOOTER))
    return B


def minplan_blocks(c: Case, fv, style: str, traits: list):
    rng = c.rng
    B = []
    mentor_val = c.mentor_line() if fv["mentor_full"] else f"{c.mentor} ({c.provider})"
    if style == "card":
        B.append(("h", "Min Plan – Mentorstøtte"))
        B.append(("kv", "Indsats", "Mentorstøtte (§ 167)"))
        B.append(("kv", "Status", rng.choice(["Aktiv", "Planlagt", "Igangværende"])))
        if fv["goal"]:
            B.append(("kv", "Formål", fv["goal"]))
        B.append(("kv", "Mentor", mentor_val))
        if fv["tasks"]:
            B.append(("kv", "Mentorens opgaver", "; ".join(fv["tasks"])))
        if fv["period"]:
            B.append(("kv", "Periode", fv["period"]))
        if fv["hours"]:
            B.append(("kv", "Timer", fv["hours"]))
        B.append(("kv", "Oprettet af", f"{c.cw}, {c.jobcenter}"))
    elif style == "dense":
        s = [f"Mentorstøtte – {c.citizen}."]
        if fv["period"]:
            s.append(f"Du får mentorstøtte i perioden {fv['period']}.")
        if fv["goal"]:
            s.append(f"Formålet er: {fv['goal']}")
        if fv["mentor_full"]:
            s.append(f"Din mentor er {c.mentor}, {c.provider}, tlf. {c.mphone}.")
        else:
            s.append(f"Din mentor er {c.mentor}, {c.provider}.")
        if fv["tasks"]:
            s.append(f"Mentoren skal: {', '.join(fv['tasks'])}.")
        if fv["hours"]:
            s.append(f"Omfang: {fv['hours']}.")
        B.append(("h", "Din plan – aktivitet: Mentor"))
        B.append(("p", " ".join(s)))
        traits.append("minplan:dense")
    else:  # 'update' – notice that copies the entry
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", "Vi har opdateret din plan i Min Plan på Jobnet. Sådan står din mentorstøtte nu:"))
        if fv["goal"]:
            B.append(("kv", "Mål for mentorstøtten", fv["goal"]))
        B.append(("kv", "Mentor", mentor_val))
        if fv["tasks"]:
            B.append(("kv", "Det hjælper mentoren med", "; ".join(fv["tasks"])))
        if fv["period"]:
            B.append(("kv", "Varighed", fv["period"]))
        if fv["hours"]:
            B.append(("kv", "Timetal", fv["hours"]))
        B.append(("p", "Du kan se hele din plan, når du logger på jobnet.dk med MitID."))
        B.append(("sig", c.cw_sig()))
    return B


# --------------------------------------------------------------------------- decisions

def decision_blocks(c: Case, subtype: str, defects: set, extras: list, traits: list):
    rng = c.rng
    B = []
    appeal = pick_appeal(c, defects, extras, traits)
    reasons = True
    if subtype in ("partial", "refusal", "end") and rng.random() < 0.2:
        reasons = False
        extras.append("missing-reasons")
        traits.append("reasons:none")
    start, end = c.start, c.end
    if "duration-over-6-months" in defects:
        # a partial grant gives less than the 12 months asked for, but still more than six
        end, tr = c.over_end(((7, 0), (8, 0), (9, 0), (6, 14)) if subtype == "partial" else
                             ((7, 0), (8, 0), (9, 0), (12, 0), (6, 14)))
        traits.append(tr)
    c.period = (start, end) if subtype in ("grant", "partial", "extension") else None
    per = fperiod(start, end, rng)
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
             "end": "Ophør af mentorstøtte"}[subtype]
    B.append(("h", title))
    B.append(("p", f"Kære {c.citizen}"))
    if subtype == "grant":
        B.append(("p", rng.choice([
            f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {per}.",
            f"{c.kommune} har besluttet at give dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Støtten gælder {per}."])))
        B.append(("p", f"Du får {c.hours} hos {c.provider}. Din mentor er {c.mentor}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik i {c.wp}, jf. LAB § 167, stk. 1."))
    elif subtype == "partial":
        asked = 12 if "duration-over-6-months" in defects else rng.choice([9, 12])
        B.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får delvis ret: "
                       f"Vi har bevilget mentorstøtte i perioden {per} med {c.hours}."))
        traits.append("asked-longer-than-granted")
        if reasons:
            B.append(("h", "Begrundelse"))
            B.append(("p", ("Afgørelsen er truffet efter LAB § 167. " if "duration-over-6-months" in defects else
                            "Efter LAB § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. ")
                           + "Vi har lagt vægt på, at din praktik er på 15 timer om ugen, og at færre mentortimer derfor er "
                             "tilstrækkeligt. Vi vurderer behovet igen, før perioden udløber."))
    elif subtype == "refusal":
        B.append(("p", rng.choice([
            f"Du har {fdate(c.letter - dt.timedelta(days=20), 'den')} søgt om mentorstøtte i 12 måneder. Vi har givet dig afslag.",
            f"Vi har behandlet din ansøgning af {fdate(c.letter - dt.timedelta(days=20), 'words')} om en mentor i 12 måneder. "
            "Du kan ikke få mentorstøtte.",
            "Du har bedt om at få en mentor i 12 måneder, mens du går på skolen. Vi må desværre give dig afslag på din ansøgning."])))
        traits.append("asked-12-months")
        if reasons:
            B.append(("h", "Begrundelse for afgørelsen"))
            B.append(("p", "Mentorstøtte kan kun gives, når støtten er nødvendig for, at du kan opnå eller fastholde "
                           "beskæftigelse eller gennemføre et tilbud eller en uddannelse, jf. LAB § 167. Vi har lagt vægt på, "
                           f"at du allerede får støtte af en studievejleder og SPS på {c.school}, og at skolens egne tilbud dækker dit behov."))
    elif subtype == "extension":
        prev_end = start - dt.timedelta(days=1)
        prev_start = add_months(start, -6)
        B.append(("p", rng.choice([
            f"Din mentorstøtte i den tidligere periode {fperiod(prev_start, prev_end, rng)} er ved at udløbe. "
            f"Vi har efter en konkret vurdering besluttet at forlænge mentorstøtten i perioden {per}.",
            f"Du får forlænget din mentorstøtte. Den nye periode er {per}. Forrige periode var {fperiod(prev_start, prev_end, rng)}."])))
        B.append(("p", f"Din mentor er fortsat {c.mentor}, og timetallet er {c.hours}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på mentors status, der viser fremgang i fremmødet, og at du skal starte på "
                       f"{c.school} efter sommerferien, jf. LAB § 167, stk. 1, 2. pkt."))
        traits.append("extension")
    else:  # end
        stop = c.start + dt.timedelta(days=rng.randint(40, 120))
        c.period = None
        B.append(("p", rng.choice([f"Vi har besluttet, at din mentorstøtte ophører pr. {fdate(stop, 'words')}.",
                                   f"Din mentorstøtte stopper {fdate(stop, 'den')}. Det har vi besluttet efter statusmødet med dig og din mentor.",
                                   f"{c.kommune} har truffet afgørelse om, at mentorstøtten hos {c.provider} slutter {fdate(stop, 'den')}."])))
        if reasons:
            B.append(("h", "Begrundelse"))
            B.append(("p", f"Du er fra {fdate(stop, 'words')} ansat i ordinært job i {c.wp} 32 timer om ugen, og der er "
                           "ikke længere behov for mentorstøtte for at fastholde beskæftigelsen, jf. LAB § 167."))
    if appeal and appeal != "PRIVACY":
        B.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        B.append(("p", appeal))
    elif appeal is None and rng.random() < 0.4:
        B.append(("p", "Har du spørgsmål til afgørelsen, er du velkommen til at kontakte mig."))
    B.append(("sig", c.cw_sig()))
    if appeal == "PRIVACY":
        B.append(("p", PRIVACY_FOOTER))
    return title, B


# --------------------------------------------------------------------------- unknown mails

def unknown_doc(c: Case, variant: str, traits: list):
    rng = c.rng
    B = []
    if variant == "meeting":
        d = c.start + dt.timedelta(days=rng.randint(20, 60))
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
        subj = rng.choice(["Indkaldelse til opfølgningsmøde", "Mødeindkaldelse – status på mentorforløb",
                           "Booking: samtale i jobcentret"])
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", f"Du er indkaldt til et opfølgningsmøde om din mentorstøtte {WEEKDAYS[d.weekday()]} "
                       f"{fdate(d, 'den')} kl. {rng.choice(['9.00', '10.30', '13.00'])} i {c.jobcenter}, {c.address}."))
        B.append(("p", f"Din mentor {c.mentor} deltager også. Vi skal tale om, hvordan det går i praktikken, og om der er brug for at ændre noget."))
        B.append(("p", "Hvis du er forhindret, skal du give besked senest dagen før."))
        B.append(("sig", c.cw_sig()))
    elif variant == "reminder":
        d = c.start + dt.timedelta(days=rng.randint(5, 40))
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
        subj = "Påmindelse: møde med din mentor"
        B.append(("p", f"Hej {c.fn}"))
        B.append(("p", f"Bare en lille påmindelse om, at vi ses {WEEKDAYS[d.weekday()]} kl. 10 ved indgangen til {c.wp}. "
                       "Husk sikkerhedssko og madpakke."))
        B.append(("sig", c.mentor_sig()))
    elif variant == "status":
        subj = rng.choice([f"Status på mentorforløb – {c.citizen}", f"Statusrapport uge {rng.randint(10, 40)}",
                           "Kort status fra mentor"])
        B.append(("p", f"Hej {c.cw.split()[0]}"))
        B.append(("p", f"Her er en kort status på forløbet med {c.citizen}."))
        B.append(("kv", "Fremmøde i praktikken", f"{rng.randint(70, 98)} % de sidste fire uger"))
        B.append(("kv", "Brugte mentortimer i perioden", f"{rng.randint(8, 30)}"))
        B.append(("kv", "Det går godt", "møder til tiden, har fået nøgle til personaleindgangen"))
        B.append(("kv", "Udfordringer", "transport om morgenen når bussen er aflyst"))
        B.append(("p", "Jeg foreslår, at vi tager det op på næste opfølgningsmøde."))
        B.append(("sig", c.mentor_sig()))
        traits.append("status-report")
    elif variant == "invoice":
        no = f"2026-{rng.randint(100, 999)}"
        subj = f"Faktura {no} – mentorforløb {c.citizen.split()[0]}"
        h = rng.randint(8, 26)
        B.append(("p", f"Til {c.jobcenter}, att. {c.cw}"))
        B.append(("p", f"Vedhæftet/nedenfor faktura for mentorstøtte til {c.citizen}, sagsnr. {c.caseno}."))
        B.append(("kv", "Fakturanr.", no))
        B.append(("kv", "Ydelse", f"Mentorstøtte, {h} timer á 495,00 kr."))
        B.append(("kv", "Leveret i perioden", f"{fdate(c.start, 'dots')}-{fdate(add_months(c.start, 1) - dt.timedelta(days=1), 'dots')}"))
        B.append(("kv", "Beløb i alt ekskl. moms", f"{h * 495:,} kr.".replace(",", ".")))
        B.append(("kv", "EAN", f"57980{rng.randint(10**7, 10**8 - 1)}"))
        B.append(("kv", "Betalingsbetingelser", "30 dage netto"))
        B.append(("sig", [c.provider, "Bogholderi", f"faktura@{c.pdomain}", f"CVR {rng.randint(10**7, 10**8 - 1)}"]))
        traits.append("invoice")
    elif variant == "dp_notice":
        subj = "Du har modtaget post fra " + c.kommune
        B.append(("p", f"Du har fået et brev fra {c.kommune} med emnet \"Afgørelse om mentorstøtte\"."))
        B.append(("p", "Du kan læse brevet på borger.dk eller i appen Digital Post. Log på med MitID."))
        B.append(("p", "Denne e-mail er en notifikation. Du kan ikke svare på den."))
        traits.append("digital-post-notification")
    elif variant == "minplan_notice":
        subj = "Nyt i Min Plan"
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", "Der er sket ændringer i din plan. Log på jobnet.dk for at se, hvad der er nyt."))
        B.append(("p", "Med venlig hilsen\n" + c.jobcenter))
        traits.append("minplan-notification")
    elif variant == "ooo":
        subj = "Automatisk svar: Aftale om mentorstøtte"
        back = c.letter + dt.timedelta(days=10)
        B.append(("p", f"Tak for din mail. Jeg er på ferie og er tilbage {fdate(back, 'den')}. Jeg læser ikke mails i perioden."))
        B.append(("p", f"Haster det, kan du ringe til {c.jobcenter} på hovednummeret."))
        B.append(("sig", [c.cw, c.cwtitle, c.jobcenter]))
        traits.append("auto-reply")
    elif variant == "referral":
        subj = f"Henvisning – mentorstøtte – {c.citizen}"
        B.append(("p", f"Hej {c.provider}"))
        B.append(("p", f"Jeg vil gerne henvise {c.citizen} til et mentorforløb. Borgeren er aktivitetsparat og skal starte i praktik i {c.wp}."))
        B.append(("p", "Kan I give et tilbud på forløbet og en startdato? Aftalen om mentorstøtten med mål, opgaver og opfølgning laver vi sammen på opstartsmødet."))
        B.append(("sig", c.cw_sig()))
        traits.append("referral")
    elif variant == "newsletter":
        subj = f"Nyhedsbrev fra {c.provider} – efteråret 2026"
        B.append(("h", f"Nyt fra {c.provider}"))
        B.append(("p", "Vi har fået to nye mentorer i teamet, og vi tilbyder nu også mentorstøtte til unge under uddannelse."))
        B.append(("p", "En god mentoraftale indeholder altid et mål, mentorens navn og kontaktdata, opgaverne, varighed, "
                       "opfølgning og timetal. Vi hjælper gerne med at formulere målene."))
        B.append(("p", "Læs mere på vores hjemmeside."))
        traits.append("newsletter")
    elif variant == "receipt":
        subj = "Kvittering for din ansøgning om mentorstøtte"
        B.append(("p", f"Kære {c.citizen}"))
        B.append(("p", f"Vi har {fdate(c.letter, 'den')} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne "
                       "give dig svar inden for 4 uger. Du hører fra os, hvis vi mangler oplysninger."))
        B.append(("sig", c.cw_sig()))
        traits.append("receipt")
    else:
        raise ValueError(variant)
    return subj, B


# --------------------------------------------------------------------------- writers

def mail_headers(msg, c, sender, to, subj, date):
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = format_datetime(dt.datetime.combine(date, dt.time(8 + date.day % 8, 7 * (date.day % 8))).replace(
        tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{c.rng.getrandbits(64):016x}.{date.strftime('%Y%m%d')}@{sender.split('@')[-1].rstrip('>')}>"
    msg["MIME-Version"] = "1.0"


def write_eml(path: Path, c: Case, blocks, subj, sender, to, date, enc: str, traits, attachment=None,
              disclaimer=None, quoted=None, forwarded=None, rfc822=None):
    text = blocks_to_text(blocks)
    inner_html = blocks_to_html(blocks, outlook=enc == "alt-outlook")
    if forwarded:  # (header lines, blocks) put below a forward marker
        fh, fb = forwarded
        text = text + "\n---------- Videresendt meddelelse ----------\n" + "\n".join(fh) + "\n\n" + blocks_to_text(fb, wrap_sig=False)
        inner_html += ("<div>---------- Videresendt meddelelse ----------<br>" + "<br>".join(html.escape(x) for x in fh)
                       + "</div>" + blocks_to_html(fb))
    if quoted:  # (intro line, blocks) quoted below
        qi, qb = quoted
        qt = blocks_to_text(qb, wrap_sig=False)
        text = text + "\n" + qi + "\n" + "\n".join("> " + l if l else ">" for l in qt.splitlines()) + "\n"
        inner_html += f"<div>{html.escape(qi)}</div><blockquote type=\"cite\">{blocks_to_html(qb)}</blockquote>"
    if disclaimer:
        text += "\n" + disclaimer + "\n"
        inner_html += f'<p style="font-size:8pt;color:#888">{html.escape(disclaimer)}</p>'
    page = html_page(subj, inner_html, outlook=enc == "alt-outlook")
    msg = EmailMessage(policy=policy.SMTP)
    mail_headers(msg, c, sender, to, subj, date)
    if enc == "plain-8bit":
        msg.set_content(text, charset="utf-8", cte="8bit")
    elif enc == "plain-qp":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif enc == "plain-b64":
        msg.set_content(text, charset="utf-8", cte="base64")
    elif enc == "latin1-qp":
        msg.set_content(text.replace("–", "-").replace("•", "*"), charset="iso-8859-1",
                        cte="quoted-printable")
    elif enc == "html-only":
        msg.set_content(page, subtype="html", charset="utf-8", cte="quoted-printable")
    elif enc == "html-only-b64":
        msg.set_content(page, subtype="html", charset="utf-8", cte="base64")
    elif enc == "alt":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
    elif enc == "alt-outlook":
        msg.set_content("Denne meddelelse er sendt i HTML-format. Hvis du ikke kan læse den, så åbn den i en anden mailklient.\n",
                        charset="utf-8", cte="quoted-printable")
        msg.add_alternative(page, subtype="html", charset="utf-8", cte="base64")
    else:
        raise ValueError(enc)
    traits.append(f"eml:{enc}")
    if attachment:
        name, data, maintype, subtype = attachment
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        traits.append(f"attachment:{subtype}")
    if rfc822 is not None:
        msg.add_attachment(rfc822)
        traits.append("attachment:message-rfc822")
    path.write_bytes(msg.as_bytes())


def pdf_styles(font="DV"):
    return {
        "h": ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, spaceAfter=6, spaceBefore=6),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=font, fontSize=10, leading=13.5, spaceAfter=6),
        "small": ParagraphStyle("s", fontName="DV", fontSize=8, leading=10, textColor=colors.grey),
        "meta": ParagraphStyle("m", fontName="DV", fontSize=9, leading=12),
    }


def blocks_to_flow(blocks, st):
    fl = []
    first_h = True
    for b in blocks:
        t = b[0]
        if t == "h":
            fl.append(Paragraph(html.escape(b[1]), st["h"] if first_h else st["h2"]))
            first_h = False
        elif t == "p":
            fl.append(Paragraph(html.escape(b[1]).replace("\n", "<br/>"), st["p"]))
        elif t == "kv":
            fl.append(Paragraph(f"<font name='DVB'>{html.escape(b[1])}:</font> {html.escape(b[2])}", st["p"]))
        elif t == "kvblock":
            fl.append(Paragraph(html.escape(b[1]), st["h2"]))
            fl.append(Paragraph(html.escape(b[2]).replace("\n", "<br/>"), st["p"]))
        elif t == "ul":
            fl.append(ListFlowable([ListItem(Paragraph(html.escape(i), st["p"])) for i in b[1]],
                                   bulletType="bullet", start="•", leftIndent=12))
        elif t in ("sig", "pre"):
            fl.append(Paragraph("<br/>".join(html.escape(x) for x in b[1]), st["p"]))
        elif t == "table":
            tb = Table([[Paragraph(f"<font name='DVB'>{html.escape(l)}</font>", st["p"]), Paragraph(html.escape(v), st["p"])]
                        for l, v in b[1]], colWidths=[45 * mm, 115 * mm])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))]))
            fl.append(tb)
            fl.append(Spacer(1, 6))
    return fl


def write_pdf(path: Path, blocks, header_rows, layout: str, title: str):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="")
    st = pdf_styles("DVS" if layout == "dp-print" else "DV")
    fl = []
    if layout == "dp-print":  # borger.dk / Digital Post print
        fl.append(Paragraph("Digital Post", ParagraphStyle("x", fontName="DVB", fontSize=15, textColor=colors.HexColor("#14143c"))))
        fl.append(Spacer(1, 4))
        t = Table([[Paragraph(f"<font name='DVB'>{html.escape(k)}</font>", st["meta"]), Paragraph(html.escape(v), st["meta"])]
                   for k, v in header_rows], colWidths=[32 * mm, 120 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef1f6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        fl.append(t)
        fl.append(Spacer(1, 10))
    elif layout == "eboks-print":
        fl.append(Paragraph("e-Boks · Indbakke", ParagraphStyle("x", fontName="DVB", fontSize=12, textColor=colors.HexColor("#00338d"))))
        for k, v in header_rows:
            fl.append(Paragraph(f"{html.escape(k)}: {html.escape(v)}", st["small"]))
        fl.append(Spacer(1, 10))
    elif layout == "outlook-print":
        fl.append(Paragraph(html.escape(header_rows[0][1]), ParagraphStyle("x", fontName="DVB", fontSize=11)))
        fl.append(Spacer(1, 4))
        t = Table([[Paragraph(f"<font name='DVB'>{html.escape(k)}:</font>", st["meta"]), Paragraph(html.escape(v), st["meta"])]
                   for k, v in header_rows[1:]], colWidths=[25 * mm, 130 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
        fl.append(t)
        fl.append(Spacer(1, 10))
    elif layout == "letter-attachment":
        pass
    fl.extend(blocks_to_flow(blocks, st))
    doc.build(fl)
    data = buf.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def write_eboks_html(path: Path, blocks, meta, title, variant):
    body = blocks_to_html(blocks)
    if variant == "eboks":
        page = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>e-Boks – {html.escape(title)}</title>'
                '<style>nav{float:left;width:180px} main{margin-left:200px} .meta td{color:#555}</style></head><body>'
                '<header><img alt="e-Boks" src="data:,"> <span>Log af</span></header>'
                '<nav><ul><li>Indbakke</li><li>Arkiv</li><li>Sendt</li><li>Papirkurv</li><li>Indstillinger</li></ul></nav>'
                f'<main><table class="meta">' + "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in meta)
                + f'</table><article class="document">{body}</article></main>'
                '<footer>© e-Boks A/S · Hjælp · Cookies</footer></body></html>')
    elif variant == "borgerdk":
        page = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)} | Digital Post | borger.dk</title></head><body>'
                '<div class="skip"><a href="#main">Gå til indhold</a></div>'
                '<nav aria-label="Postkasse"><a>Indbakke</a> <a>Mapper</a> <a>Skriv ny</a></nav>'
                '<section id="main"><dl class="message-meta">' + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in meta)
                + f'</dl><div class="letter">{body}</div></section>'
                '<footer>Digital Post leveres af Digitaliseringsstyrelsen</footer></body></html>')
    else:  # webmail "save page"
        page = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)} - Outlook</title></head><body>'
                f'<div role="heading" aria-level="2" class="subject">{html.escape(title)}</div>'
                '<div class="from">' + "<br>".join(f"{html.escape(k)}: {html.escape(v)}" for k, v in meta) + '</div>'
                f'<div class="body" dir="ltr">{body}</div></body></html>')
    path.write_text(page, encoding="utf-8")


def thread_txt(messages, style):
    """messages: list of (headers dict, blocks). Newest first."""
    out = []
    for i, (hdr, blocks) in enumerate(messages):
        if style == "outlook":
            if i:
                out.append("")
                out.append("________________________________")
            for k in ("Fra", "Sendt", "Til", "Emne"):
                out.append(f"{k}: {hdr[k]}")
        else:  # "Besked n af m"
            out.append(f"=== Besked {i + 1} af {len(messages)} ===")
            for k in ("Fra", "Dato", "Til", "Emne"):
                out.append(f"{k}: {hdr.get(k) or hdr.get('Sendt')}")
        out.append("")
        out.append(blocks_to_text(blocks, wrap_sig=False).rstrip())
        out.append("")
    return "\n".join(out) + "\n"


def blocks_to_docx_bytes(blocks, title):
    import docx
    d = docx.Document()
    d.core_properties.title = title
    for b in blocks:
        t = b[0]
        if t == "h":
            d.add_heading(b[1], level=1)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif t == "kvblock":
            d.add_heading(b[1], level=2)
            for line in b[2].split("\n"):
                d.add_paragraph(line)
        elif t == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t in ("sig", "pre"):
            d.add_paragraph("\n".join(b[1]))
        elif t == "table":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for l, v in b[1]:
                r = tb.add_row().cells
                r[0].text = l
                r[1].text = v
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with a fixed timestamp so that the same seed gives the same bytes
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return fixed.getvalue()


# --------------------------------------------------------------------------- plan

AGREEMENT_DEFECTS = [[]] * 14 + [
    ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
    ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"], ["missing-hours"], ["missing-hours"],
    ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
    ["duration-over-6-months"], ["duration-over-6-months"],
    ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
    ["missing-mentor", "duration-over-6-months"], ["missing-tasks", "missing-duration"],
    ["missing-goal", "missing-appeal-guidance"], ["duration-over-6-months", "missing-follow-up"], ["missing-mentor"]]
# (container, variant) for the 36 agreements
AGREEMENT_CONTAINERS = (
    [("eml", "direct")] * 9 + [("eml", "forward-inline")] * 3 + [("eml", "forward-rfc822")] * 2
    + [("eml", "attach-pdf")] * 2 + [("eml", "attach-docx")] * 2 + [("eml", "reply-top")] * 2
    + [("txt", "thread-outlook")] * 4 + [("txt", "thread-besked")] * 4
    + [("html", "owa")] * 3 + [("html", "eboks")] * 1
    + [("pdf", "outlook-print")] * 3 + [("pdf", "dp-print")] * 1)
MINPLAN_DEFECTS = [[]] * 8 + [
    ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
    ["missing-duration"], ["missing-hours"], ["duration-over-6-months"], ["missing-hours", "unclear-goal"],
    ["duration-over-6-months", "missing-mentor"]]
MINPLAN_CONTAINERS = ([("eml", "update")] * 6 + [("pdf", "dp-print")] * 3 + [("pdf", "eboks-print")] * 2
                      + [("html", "borgerdk")] * 3 + [("html", "eboks")] * 2 + [("txt", "dp-export")] * 2)
DECISIONS = [
    ("grant", []), ("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
    ("grant", ["duration-over-6-months"]), ("grant", ["duration-over-6-months"]),
    ("grant", ["missing-appeal-guidance", "duration-over-6-months"]), ("grant", []),
    ("partial", []), ("partial", ["missing-appeal-guidance"]), ("partial", ["duration-over-6-months"]),
    ("partial", []), ("partial", ["missing-appeal-guidance"]),
    ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("refusal", []),
    ("refusal", ["missing-appeal-guidance"]), ("refusal", []),
    ("extension", []), ("extension", ["duration-over-6-months"]), ("extension", ["missing-appeal-guidance"]),
    ("extension", []),
    ("end", []), ("end", ["missing-appeal-guidance"]), ("end", []), ("end", ["missing-appeal-guidance"])]
DECISION_CONTAINERS = ([("pdf", "dp-print")] * 5 + [("pdf", "eboks-print")] * 4 + [("html", "eboks")] * 4
                       + [("html", "borgerdk")] * 4 + [("eml", "securemail-body")] * 3
                       + [("eml", "securemail-pdf")] * 3 + [("txt", "dp-export")] * 3)
UNKNOWNS = ([("eml", v) for v in ["meeting", "meeting", "reminder", "status", "status", "invoice", "dp_notice",
                                  "minplan_notice", "ooo", "referral", "receipt", "reply-quote", "reply-quote"]]
            + [("txt", "status"), ("txt", "meeting"), ("txt", "invoice")]
            + [("pdf", "invoice"), ("pdf", "newsletter"), ("html", "newsletter"), ("html", "status")])

ENCODINGS = ["plain-8bit", "plain-qp", "plain-b64", "latin1-qp", "html-only", "html-only-b64", "alt", "alt-outlook"]
AGREEMENT_SUBJECTS = ["Aftale om mentorstøtte", "Din mentoraftale", "Vores aftale – skrevet ned",
                      "Mentorstøtte – skriftlig aftale", "Aftale om mentor", "Opstart med mentor – aftalen"]


def sender(c, who):
    return {"cw": f'"{c.cw}" <{c.cwmail}>', "mentor": f"{c.mentor} <{c.mmail}>",
            "citizen": f"{c.citizen} <{c.cmail}>", "kommune": f"{c.kommune} <sikkermail@{c.domain}>",
            "noreply": f"Digital Post <noreply@digitalpost.dk>", "provider": f"{c.provider} <info@{c.pdomain}>"}[who]


def cpr_block(c):
    return ("p", c.rng.choice([f"Vedr.: {c.citizen}, CPR-nr. {c.cpr}", f"CPR: {c.cpr}",
                               f"Borger: {c.citizen} ({c.cpr})"]))


def build(out: Path, seed: int):
    rng = random.Random(seed)
    random.seed(seed)  # the email package draws MIME boundaries from the global generator
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    counter = [0]

    def new_case():
        counter[0] += 1
        return Case(random.Random(rng.randint(0, 10**9)), counter[0])

    def add(relpath, fmt, kind, subtype, layout, rules, extras, traits, c, with_cpr):
        e = {"path": relpath, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if with_cpr else [],
             "traits": traits + (["cpr"] if with_cpr else [])}
        if getattr(c, "period", None):
            e["period"] = {"start": c.period[0].isoformat(), "end": c.period[1].isoformat()}
        entries.append(e)

    # ---------------- agreements
    adef = list(AGREEMENT_DEFECTS)
    rng.shuffle(adef)
    for i, ((cont, var), defects) in enumerate(zip(AGREEMENT_CONTAINERS, adef)):
        c = new_case()
        defects = set(defects)
        traits, extras = [f"container:{cont}-{var}"], []
        style = ["labelled", "numbered", "mentor_prose", "prose_cw", "table"][i % 5]
        if var == "forward-inline" or var == "forward-rfc822":
            style = "mentor_prose"
        if style == "mentor_prose" and "missing-mentor" in defects:
            style = "prose_cw"
        if var in ("forward-inline", "forward-rfc822") and style != "mentor_prose":
            var = "direct"
        fv = agreement_fields(c, defects, traits)
        appeal = pick_appeal(c, defects, extras, traits)
        blocks = agreement_blocks(c, fv, appeal, style, traits)
        with_cpr = rng.random() < 0.22
        if with_cpr:
            blocks.insert(0, cpr_block(c))
        author = "mentor" if style == "mentor_prose" else "cw"
        subj = rng.choice(AGREEMENT_SUBJECTS)
        slug = f"{c.fn.lower()}-{c.ln.lower()}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        base = f"{i + 1:03d}"
        if cont == "eml":
            rel = f"postkasse/{c.kommune.split()[0].lower()}/{base}-{slug}.eml"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            enc = ENCODINGS[i % len(ENCODINGS)]
            disc = rng.choice(DISCLAIMERS) if rng.random() < 0.5 else None
            if var == "direct":
                write_eml(p, c, blocks, subj, sender(c, author), sender(c, "citizen"), c.letter, enc, traits, disclaimer=disc)
            elif var == "reply-top":
                q = [("p", f"Hej {c.mfn if author == 'mentor' else c.cw.split()[0]}"),
                     ("p", "Hvornår starter vi egentlig, og hvad er det vi har aftalt? Jeg kan ikke huske det hele."),
                     ("p", f"Mvh {c.fn}")]
                intro = f"Den {fdate(c.letter - dt.timedelta(days=1), 'words')} kl. 21.14 skrev {c.citizen} <{c.cmail}>:"
                write_eml(p, c, blocks, "SV: Hvad har vi aftalt?", sender(c, author), sender(c, "citizen"), c.letter, enc,
                          traits, quoted=(intro, q), disclaimer=disc)
                traits.append("reply-agreement-on-top")
            elif var == "forward-inline":
                cover = [("p", f"Hej {c.fn}"), ("p", f"Til orientering sender jeg dig den aftale, som {c.mfn} har skrevet efter jeres møde. Gem den gerne."),
                         ("sig", c.cw_sig())]
                fh = [f"Fra: {c.mentor} <{c.mmail}>", f"Dato: {fdate(c.letter - dt.timedelta(days=2), 'words')}",
                      f"Emne: {subj}", f"Til: {c.cw} <{c.cwmail}>"]
                write_eml(p, c, cover, f"VS: {subj}", sender(c, "cw"), sender(c, "citizen"), c.letter, enc, traits,
                          forwarded=(fh, blocks), disclaimer=disc)
                traits.append("forwarded-inline")
            elif var == "forward-rfc822":
                inner = EmailMessage(policy=policy.SMTP)
                mail_headers(inner, c, sender(c, "mentor"), sender(c, "cw"), subj, c.letter - dt.timedelta(days=2))
                inner.set_content(blocks_to_text(blocks), charset="utf-8", cte="quoted-printable")
                cover = [("p", f"Hej {c.fn}"), ("p", "Hermed den aftale, din mentor har sendt til mig, som vedhæftet mail."),
                         ("sig", c.cw_sig())]
                write_eml(p, c, cover, f"VS: {subj}", sender(c, "cw"), sender(c, "citizen"), c.letter, "plain-qp", traits,
                          rfc822=inner)
            elif var in ("attach-pdf", "attach-docx"):
                cover = [("p", f"Kære {c.fn}"),
                         ("p", rng.choice(["Hermed aftalen om din mentorstøtte, som vi talte om.",
                                           "Vedhæftet finder du den skriftlige aftale. Læs den igennem og sig til, hvis noget skal rettes."])),
                         ("sig", c.cw_sig() if author == "cw" else c.mentor_sig())]
                if var == "attach-pdf":
                    data = write_pdf(None, blocks, [], "letter-attachment", subj)
                    att = ("Mentoraftale.pdf", data, "application", "pdf")
                else:
                    data = blocks_to_docx_bytes(blocks, subj)
                    att = ("Aftale om mentorstøtte.docx", data, "application",
                           "vnd.openxmlformats-officedocument.wordprocessingml.document")
                write_eml(p, c, cover, subj, sender(c, author), sender(c, "citizen"), c.letter, enc if enc.startswith("plain") else "plain-qp",
                          traits, attachment=att)
            fmt = "eml"
        elif cont == "txt":
            rel = f"eksport/traade/{base}-{slug}.txt"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            d0 = c.letter - dt.timedelta(days=6)
            while d0.weekday() > 4:
                d0 -= dt.timedelta(days=1)
            sched = [("p", f"Hej {c.fn}"), ("p", f"Kan du mødes {WEEKDAYS[d0.weekday()]} kl. 13 i jobcentret? Så laver vi aftalen om din mentor færdig."),
                     ("p", c.cw.split()[0] if author == "cw" else c.mfn)]
            ok = [("p", "Ja det passer fint. Tak"), ("p", c.fn)]
            who = c.cw if author == "cw" else c.mentor
            wmail = c.cwmail if author == "cw" else c.mmail
            msgs = []
            if rng.random() < 0.5:
                msgs.append(({"Fra": f"{c.citizen} <{c.cmail}>", "Sendt": f"{fdate(c.letter + dt.timedelta(days=1), 'den')} 18:02",
                              "Til": f"{who} <{wmail}>", "Emne": f"SV: {subj}"}, [("p", "Tak, modtaget. Det ser fint ud."), ("p", c.fn)]))
            msgs.append(({"Fra": f"{who} <{wmail}>", "Sendt": f"{fdate(c.letter, 'den')} 10:41", "Til": f"{c.citizen} <{c.cmail}>",
                          "Emne": subj}, blocks))
            if rng.random() < 0.6:
                msgs.append(({"Fra": f"{c.citizen} <{c.cmail}>", "Sendt": f"{fdate(d0 + dt.timedelta(days=1), 'den')} 08:15",
                              "Til": f"{who} <{wmail}>", "Emne": "SV: Møde"}, ok))
                msgs.append(({"Fra": f"{who} <{wmail}>", "Sendt": f"{fdate(d0, 'den')} 14:30", "Til": f"{c.citizen} <{c.cmail}>",
                              "Emne": "Møde"}, sched))
            txt = thread_txt(msgs, "outlook" if var == "thread-outlook" else "besked")
            if i % 3 == 0:
                p.write_bytes(txt.encode("cp1252"))
                traits.append("txt:cp1252")
            else:
                p.write_text(txt, encoding="utf-8")
            traits.append(f"thread:{len(msgs)}-messages")
            fmt = "txt"
        elif cont == "html":
            rel = f"udskrifter/html/{base}-{slug}.html"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if var == "owa":
                meta = [("Fra", sender(c, author)), ("Dato", f"{fdate(c.letter, 'words')} 10:41"), ("Til", sender(c, "citizen"))]
                write_eboks_html(p, blocks, meta, subj, "owa")
            else:
                meta = [("Afsender", c.kommune), ("Modtaget", fdate(c.letter, "dots")), ("Emne", subj)]
                write_eboks_html(p, blocks, meta, subj, "eboks")
            fmt = "html"
        else:
            rel = f"udskrifter/pdf/{base}-{slug}.pdf"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if var == "outlook-print":
                hdr = [("Emne", subj), ("Fra", sender(c, author).replace('"', "")), ("Sendt", f"{fdate(c.letter, 'words')} 10:41"),
                       ("Til", sender(c, "citizen"))]
                write_pdf(p, blocks, hdr, "outlook-print", subj)
            else:
                hdr = [("Fra", f"{c.kommune}, {c.jobcenter}"), ("Til", c.citizen), ("Modtaget", f"{fdate(c.letter, 'dots')} kl. 09.12"),
                       ("Emne", subj)]
                write_pdf(p, blocks, hdr, "dp-print", subj)
            fmt = "pdf"
        rules = sorted(defects)
        add(rel, fmt, "agreement", "agreement", f"{cont}-{var}-{style}", rules, extras, traits, c, with_cpr)

    # ---------------- Min Plan
    mdef = list(MINPLAN_DEFECTS)
    rng.shuffle(mdef)
    for i, ((cont, var), defects) in enumerate(zip(MINPLAN_CONTAINERS, mdef)):
        c = new_case()
        defects = set(defects)
        traits, extras = [f"container:{cont}-{var}"], []
        style = {"update": "update", "dp-print": ["card", "dense"][i % 2], "eboks-print": "card",
                 "borgerdk": ["card", "dense"][i % 2], "eboks": "card", "dp-export": "card"}[var]
        fv = agreement_fields(c, defects, traits)
        blocks = minplan_blocks(c, fv, style, traits)
        with_cpr = rng.random() < 0.3
        if with_cpr:
            blocks.insert(0 if style != "update" else 1, cpr_block(c))
        subj = rng.choice(["Din plan er opdateret", "Min Plan – mentorstøtte", "Ændring i din plan", "Udskrift af Min Plan"])
        slug = f"minplan-{c.fn.lower()}"
        base = f"{100 + i + 1:03d}"
        if cont == "eml":
            rel = f"postkasse/minplan/{base}-{slug}.eml"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            write_eml(p, c, blocks, subj, sender(c, "cw"), sender(c, "citizen"), c.letter, ENCODINGS[(i * 3) % 8], traits)
            fmt = "eml"
        elif cont == "pdf":
            rel = f"udskrifter/pdf/{base}-{slug}.pdf"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            hdr = [("Fra", c.kommune), ("Til", c.citizen), ("Modtaget", fdate(c.letter, "words")), ("Emne", subj)]
            write_pdf(p, blocks, hdr, var, subj)
            fmt = "pdf"
        elif cont == "html":
            rel = f"udskrifter/html/{base}-{slug}.html"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            meta = [("Fra", c.kommune), ("Modtaget", fdate(c.letter, "dots")), ("Emne", subj)]
            write_eboks_html(p, blocks, meta, subj, var)
            fmt = "html"
        else:
            rel = f"eksport/digitalpost/{base}-{slug}.txt"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            head = [f"Afsender: {c.kommune}", f"Modtager: {c.citizen}", f"Modtaget: {fdate(c.letter, 'dots')} 09:12",
                    f"Emne: {subj}", "-" * 40, ""]
            p.write_text("\n".join(head) + blocks_to_text(blocks, wrap_sig=False), encoding="utf-8")
            fmt = "txt"
        add(rel, fmt, "minplan", "minplan", f"{cont}-{var}-{style}", sorted(defects), extras, traits, c, with_cpr)

    # ---------------- decisions
    for i, ((cont, var), (subtype, defects)) in enumerate(zip(DECISION_CONTAINERS, [DECISIONS[j] for j in
                                                                                    rng.sample(range(len(DECISIONS)), len(DECISIONS))])):
        c = new_case()
        defects = set(defects)
        traits, extras = [f"container:{cont}-{var}", f"decision:{subtype}"], []
        title, blocks = decision_blocks(c, subtype, defects, extras, traits)
        with_cpr = rng.random() < 0.3
        head = [("p", f"{c.kommune} · {c.jobcenter} · {c.address}"), ("p", f"Dato: {fdate(c.letter, 'words')}   Sagsnr.: {c.caseno}")]
        if with_cpr:
            head.append(("p", f"CPR-nr.: {c.cpr}"))
        blocks = head + blocks
        slug = f"afgoerelse-{subtype}-{c.fn.lower()}"
        base = f"{200 + i + 1:03d}"
        if cont == "pdf":
            rel = f"udskrifter/pdf/{base}-{slug}.pdf"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            hdr = [("Fra", c.kommune), ("Til", c.citizen), ("Modtaget", f"{fdate(c.letter, 'dots')} kl. 07.58"), ("Emne", title)]
            write_pdf(p, blocks, hdr, var, title)
            fmt = "pdf"
        elif cont == "html":
            rel = f"udskrifter/html/{base}-{slug}.html"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            meta = [("Fra", c.kommune), ("Modtaget", fdate(c.letter, "dots")), ("Emne", title)]
            write_eboks_html(p, blocks, meta, title, var)
            fmt = "html"
        elif cont == "eml":
            rel = f"postkasse/afgoerelser/{base}-{slug}.eml"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if var == "securemail-body":
                write_eml(p, c, blocks, title, sender(c, "kommune"), sender(c, "citizen"), c.letter,
                          ["plain-qp", "alt", "html-only"][i % 3], traits, disclaimer=DISCLAIMERS[0])
            else:
                data = write_pdf(None, blocks, [], "letter-attachment", title)
                cover = [("p", f"Kære {c.citizen}"),
                         ("p", f"Du modtager hermed en afgørelse fra {c.kommune}. Afgørelsen er vedhæftet som PDF."),
                         ("sig", c.cw_sig())]
                write_eml(p, c, cover, f"Sikker mail: {title}", sender(c, "kommune"), sender(c, "citizen"), c.letter,
                          "plain-qp", traits, attachment=("Afgoerelse.pdf", data, "application", "pdf"))
            fmt = "eml"
        else:
            rel = f"eksport/digitalpost/{base}-{slug}.txt"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            hh = [f"Afsender: {c.kommune}", f"Modtager: {c.citizen}", f"Modtaget: {fdate(c.letter, 'dots')} 07:58",
                  f"Emne: {title}", "Vedhæftet: Afgørelse.pdf (vist som tekst)", "=" * 50, ""]
            p.write_text("\n".join(hh) + blocks_to_text(blocks, wrap_sig=False), encoding="utf-8")
            fmt = "txt"
        add(rel, fmt, "decision", subtype, f"{cont}-{var}", sorted(defects), extras, traits, c, with_cpr)

    # ---------------- unknown
    for i, (cont, var) in enumerate(UNKNOWNS):
        c = new_case()
        c.period = None
        traits = [f"container:{cont}-{var}"]
        with_cpr = var in ("invoice", "referral") and rng.random() < 0.6
        base = f"{300 + i + 1:03d}"
        if var == "reply-quote":
            fv = agreement_fields(c, set(), [])
            c.period = None
            ablocks = agreement_blocks(c, fv, c.appeal("full"), "labelled", [])
            blocks = [("p", f"Hej {c.cw.split()[0]}"),
                      ("p", rng.choice(["Tak, det ser fint ud. Jeg glæder mig til at starte.",
                                        "Jeg har læst det og er enig. Vi ses på mandag."])),
                      ("p", f"Hilsen {c.fn}"), ("p", "Sendt fra min iPhone")]
            subj = "SV: " + rng.choice(AGREEMENT_SUBJECTS)
            rel = f"postkasse/svar/{base}-svar-{c.fn.lower()}.eml"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            intro = (f"Den {fdate(c.letter, 'words')} kl. 10.41 skrev {c.cw} <{c.cwmail}>:" if i % 2
                     else "-----Oprindelig meddelelse-----")
            write_eml(p, c, blocks, subj, sender(c, "citizen"), sender(c, "cw"), c.letter + dt.timedelta(days=1),
                      "plain-8bit" if i % 2 else "alt", traits, quoted=(intro, ablocks))
            traits.append("reply-quoting-agreement")
            add(rel, "eml", "unknown", "reply", f"eml-{var}", [], [], traits, c, False)
            continue
        subj, blocks = unknown_doc(c, var, traits)
        if with_cpr:
            blocks.insert(1, cpr_block(c))
        who = {"meeting": "cw", "reminder": "mentor", "status": "mentor", "invoice": "provider", "dp_notice": "noreply",
               "minplan_notice": "kommune", "ooo": "cw", "referral": "cw", "newsletter": "provider", "receipt": "kommune"}[var]
        to = sender(c, "cw") if var in ("status", "invoice") else (sender(c, "provider") if var == "referral" else sender(c, "citizen"))
        if cont == "eml":
            rel = f"postkasse/diverse/{base}-{var}-{c.fn.lower()}.eml"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            write_eml(p, c, blocks, subj, sender(c, who), to, c.start + dt.timedelta(days=10), ENCODINGS[(i * 5) % 8], traits,
                      disclaimer=DISCLAIMERS[i % 3] if who == "cw" else None)
            fmt = "eml"
        elif cont == "txt":
            rel = f"eksport/traade/{base}-{var}-{c.fn.lower()}.txt"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            msgs = [({"Fra": sender(c, who), "Sendt": f"{fdate(c.start + dt.timedelta(days=10), 'den')} 12:00", "Til": to,
                      "Emne": subj}, blocks)]
            if var != "invoice":
                msgs.insert(0, ({"Fra": to, "Sendt": f"{fdate(c.start + dt.timedelta(days=11), 'den')} 08:30", "Til": sender(c, who),
                                 "Emne": "SV: " + subj}, [("p", "Tak for det – jeg noterer det."), ("p", "Mvh")]))
            p.write_text(thread_txt(msgs, "outlook"), encoding="utf-8")
            fmt = "txt"
        elif cont == "pdf":
            rel = f"udskrifter/pdf/{base}-{var}-{c.fn.lower()}.pdf"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            hdr = [("Emne", subj), ("Fra", sender(c, who)), ("Sendt", fdate(c.start, "words")), ("Til", to)]
            write_pdf(p, blocks, hdr, "outlook-print", subj)
            fmt = "pdf"
        else:
            rel = f"udskrifter/html/{base}-{var}-{c.fn.lower()}.html"
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            meta = [("Fra", sender(c, who)), ("Dato", fdate(c.start, "words")), ("Til", to)]
            write_eboks_html(p, blocks, meta, subj, "owa")
            fmt = "html"
        add(rel, fmt, "unknown", var, f"{cont}-{var}", [], [], traits, c, with_cpr)

    path = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    entries = build(a.out, a.seed)
    from collections import Counter
    print(len(entries), "documents written to", a.out)
    print(Counter((e["kind"], e["format"]) for e in entries))


if __name__ == "__main__":
    main()
