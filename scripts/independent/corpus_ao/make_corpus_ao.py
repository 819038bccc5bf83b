"""Corpus AO: hand-written, hurried documents about LAB § 167 mentor support.

Angle: documents typed by real people in a hurry: typos in labels ("Mentorns opgavr", "opføgning",
"varrighed", "tmer"), missing æøå (ae/oe/aa or plain a/o), wrong case, labels without colons,
values separated by tabs or spaces, Danish as a second language ("mentoren opgaver", "den mål"),
informal spoken style, emoji, copy-paste artefacts (double spaces, stray bullets, NBSP, soft
hyphens, zero-width spaces, smart quotes) and mixed date formats ("1/3", "1.3.26", "marts-august",
"uge 10-35").

Written from /work/shared/domain.md, the seeds and knowledge of Danish municipal practice only;
the labels come from `mentordocs rules NAME` and domain.md, decided before any linter run.

    python make_corpus_ao.py --out /work/corpora/ao

Deterministic: one fixed seed; the only external step is LibreOffice (PDF conversion).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import email.message
import email.utils
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 20261129
NBSP, SHY, ZWSP = "\u00a0", "\u00ad", "\u200b"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

CITIZENS = [("Mikkel", "Sørensen"), ("Fatima", "Ali"), ("Jonas", "Kristensen"), ("Sabrina", "Holm"),
            ("Ahmed", "Hassan"), ("Line", "Mortensen"), ("Kasper", "Nielsen"), ("Amina", "Yusuf"),
            ("Nikolaj", "Friis"), ("Camilla", "Bach"), ("Rasmus", "Dahl"), ("Maja", "Lund"),
            ("Oliver", "Thomsen"), ("Zainab", "Omar"), ("Tobias", "Vestergaard"), ("Ida", "Poulsen"),
            ("Emil", "Jakobsen"), ("Sara", "Mahmoud"), ("Frederik", "Skov"), ("Julie", "Brandt"),
            ("Dennis", "Larsen"), ("Hanne", "Krogh"), ("Bilal", "Karimi"), ("Louise", "Winther")]
MENTORS = [("Lars", "Holm"), ("Sanne", "Bjerre"), ("Birgitte", "Pedersen"), ("Morten", "Kjær"),
           ("Hassan", "El-Amin"), ("Pia", "Gregersen"), ("Tina", "Madsen"), ("Jesper", "Ravn"),
           ("Ulla", "Søgaard"), ("Kim", "Østergaard"), ("Nadia", "Rahimi"), ("Søren", "Juhl"),
           ("Mette", "Frandsen"), ("Bo", "Hvid")]
CASEWORKERS = [("Rikke", "Andersen"), ("Henrik", "Møller"), ("Dorthe", "Iversen"), ("Anja", "Laursen"),
               ("Ole", "Berg"), ("Katrine", "Schmidt"), ("Marianne", "Toft"), ("Yasmin", "Aziz")]
MUNIS = ["Viborg", "Herning", "Faxe", "Holbæk", "Tønder", "Assens", "Roskilde", "Silkeborg",
         "Næstved", "Hjørring", "Kolding", "Slagelse"]
PROVIDERS = ["Jobhuset", "MentorKompagniet ApS", "Broen Mentor", "Kompasset", "Vejen Videre",
             "UngeMentor Syd", "Trin for Trin ApS", "Center for Job og Uddannelse"]


# --------------------------------------------------------------------------- dates and periods

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def latest_end(start: dt.date) -> dt.date:
    """Rule doc: start day d may end at d + 6 calendar months - 1 day (month end if no day d)."""
    y, m = divmod(start.month - 1 + 6, 12)
    y += start.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    if start.day > last:
        return dt.date(y, m, last)
    return dt.date(y, m, start.day) - dt.timedelta(days=1)


def is_over(start: dt.date, end: dt.date) -> bool:
    return end > latest_end(start)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def fmt_date(d: dt.date, style: str, with_year: bool = True) -> str:
    yy, yyyy = f"{d.year % 100:02d}", str(d.year)
    if style == "slash":
        return f"{d.day}/{d.month}" + (f"-{yy}" if with_year else "")
    if style == "slash_sp":
        return f"{d.day}/{d.month}" + (f" {yyyy}" if with_year else "")
    if style == "dot_short":
        return f"{d.day}.{d.month}." + (yy if with_year else "")
    if style == "dot_long":
        return f"{d.day:02d}.{d.month:02d}.{yyyy}"
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {yyyy}" if with_year else "")
    if style == "words_ab":
        return f"{d.day}. {MON_AB[d.month - 1]}" + (f" {yyyy}" if with_year else "")
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{yyyy}"
    raise ValueError(style)


class Period:
    """One support period: its text, its true start and end, and whether it is over 6 months."""

    def __init__(self, rng: random.Random, over: bool, year: int = 2026):
        self.text, self.start, self.end = self._make(rng, over, year)
        self.over = is_over(self.start, self.end)
        assert self.over == over, (self.text, self.start, self.end)

    @staticmethod
    def _make(rng, over, year):
        form = rng.choice(["slash", "slash", "dot_short", "dot_long", "words", "words_ab", "months",
                           "weeks", "start_len", "len_start", "mixed"])
        sm = rng.randint(1, 6)
        if form == "months":
            n = rng.choice([7, 8, 9, 10]) if over else rng.choice([3, 4, 5, 6])
            s = dt.date(year, sm, 1)
            idx = sm - 1 + n - 1
            e = month_end(year + idx // 12, idx % 12 + 1)
            sep = rng.choice(["-", " - ", "–", " til "])
            mo = MONTHS if rng.random() < 0.7 else [x.capitalize() for x in MONTHS]
            txt = f"{mo[s.month - 1]}{sep}{mo[e.month - 1]} {e.year}" if s.year == e.year else \
                f"{mo[s.month - 1]} {s.year}{sep}{mo[e.month - 1]} {e.year}"
            return txt, s, e
        if form == "weeks":
            w1 = rng.randint(2, 20)
            s = dt.date.fromisocalendar(year, w1, 1)
            span = rng.choice([30, 34, 38]) if over else rng.choice([12, 17, 20, 24])
            w2 = w1 + span
            if w2 > 52:
                w1, w2 = 2, 2 + span
                s = dt.date.fromisocalendar(year, w1, 1)
            e = dt.date.fromisocalendar(year, w2, 7)
            txt = rng.choice([f"uge {w1}-{w2}", f"uge {w1} til uge {w2}", f"Uge {w1} - {w2} ({year})",
                              f"uge{w1}-{w2}"])
            return txt, s, e
        s = dt.date(year, sm, rng.choice([1, 1, 1, 15, 4, 10]))
        if over:
            if rng.random() < 0.2:
                e = latest_end(s) + dt.timedelta(days=1)
            else:
                e = add_months(s, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        else:
            n = rng.choice([3, 4, 6, 6, 6])
            e = add_months(s, n) - dt.timedelta(days=1)
            if rng.random() < 0.3:
                e = e - dt.timedelta(days=rng.randint(1, 10))
        if form in ("start_len", "len_start"):
            n = round((e - s).days / 30.4)
            if over:
                n = max(n, 7)
                e = add_months(s, n) - dt.timedelta(days=1)
            else:
                n = min(max(n, 2), 6)
                e = add_months(s, n) - dt.timedelta(days=1)
            ds = fmt_date(s, rng.choice(["slash", "slash_sp", "dot_short", "words"]), rng.random() < 0.6)
            mdr = rng.choice([f"{n} mdr", f"{n} mdr.", f"{n} måneder", f"{n} mnd"])
            if form == "start_len":
                txt = rng.choice([f"fra {ds} og {mdr} frem", f"{mdr} fra {ds}", f"pr {ds} i {mdr}"])
            else:
                txt = f"{mdr} (start {ds})"
            return txt, s, e
        if form == "mixed":
            a = fmt_date(s, rng.choice(["slash", "dot_short"]), False)
            b = fmt_date(e, rng.choice(["words", "dot_long", "slash_sp"]))
            return f"{a} - {b}", s, e
        st = form
        yr_first = rng.random() < 0.5 or s.year != e.year
        a = fmt_date(s, st, yr_first)
        b = fmt_date(e, st)
        sep = rng.choice(["-", " - ", " – ", " til ", "—", "  -  "])
        pre = rng.choice(["", "", "fra ", "d. ", "Fra "])
        return f"{pre}{a}{sep}{b}", s, e


# --------------------------------------------------------------------------- careless text

def ascii_danish(text: str, plain: bool) -> str:
    """A writer without Danish keys: æ→ae, ø→oe, å→aa, or plain a/o (one habit per writer)."""
    table = ({"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"} if plain else
             {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
    return "".join(table.get(c, c) for c in text)


def artefacts(text: str, rng: random.Random, level: float) -> str:
    """Copy-paste artefacts: double spaces, NBSP, soft hyphens, zero-width spaces, smart quotes."""
    if level <= 0:
        return text
    out = []
    for word in text.split(" "):
        r = rng.random()
        if not word.isalpha():
            pass
        elif len(word) > 9 and r < level * 0.25:
            cut = rng.randint(3, len(word) - 3)
            word = word[:cut] + SHY + word[cut:]
        elif len(word) > 4 and r < level * 0.3:
            cut = rng.randint(1, len(word) - 1)
            word = word[:cut] + ZWSP + word[cut:]
        out.append(word)
    res = ""
    for i, w in enumerate(out):
        if i:
            r = rng.random()
            res += NBSP if r < level * 0.2 else ("  " if r < level * 0.35 else " ")
        res += w
    if rng.random() < level:
        res = res.replace('"', "\u201d")
    return res


def pick(rng, xs):
    return rng.choice(xs)


def phone(rng) -> str:
    d = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return pick(rng, [f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", s, f"{s[:4]} {s[4:]}", f"+45 {s}"])


def cpr(rng) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


def mail_of(first: str, domain: str) -> str:
    tr = {"æ": "ae", "ø": "oe", "å": "aa"}
    return "".join(tr.get(c, c) for c in first.lower()) + "@" + domain


# --------------------------------------------------------------------------- field vocab

LABELS = {
    "goal": ["Mål", "Maal", "mål", "Formål", "Formaal med mentor", "Mål for forløbet", "Mål med mentorstøtten",
             "Borgerens mål", "Målet", "mål/delmål", "Mål med mentorstøten", "Den mål", "Formål med mentor støtte",
             "MÅL", "Hvad er målet?"],
    "mentor": ["Mentor", "mentor", "Mentorns navn", "Mentor navn og tlf", "Mentors kontaktinfo", "Kontakt person",
               "Mentor (navn, tlf)", "Menotr", "Mentor navn", "MENTOR", "Din mentor"],
    "tasks": ["Mentorns opgavr", "Mentorens opgaver", "mentoren opgaver", "Opgaver", "Mentor skal hjælpe med",
              "Hvad skal mentor hjælpe med?", "indsats områder", "Mentorens opgaver er", "Opgaverne",
              "Mentor opgave", "opgaver for mentor"],
    "duration": ["Periode", "Varighed", "varrighed", "Perioode", "Bevilget periode", "Fra - til", "Periode/varighed",
                 "Tidsrum", "periode", "Varigheden"],
    "follow": ["Opfølgning", "opføgning", "Opfolgning", "Opf.", "Status møder", "Evaluering", "opfølgnig",
               "Opfølgning og progression", "Opfølning", "opfølgning/status"],
    "hours": ["Timer", "tmer", "Timetal", "Timetal pr uge", "Antal timer", "timer pr. uge", "Timeantal", "Timer/uge",
              "timetal", "Antal timr"],
    "appeal": ["Klagevejledning", "klagevejldning", "Klage", "Hvis du vil klage", "Klagevejledeing", "KLAGEVEJLEDNING",
               "Klage adgang", "Klagevejledning:", "Hvis du ikke er enig"],
}

GOALS_CLEAR = [
    "{c} starter paa VUC (FVU dansk) i august og moeder 4 dage om ugen",
    "{c} kommer i virksomhedspraktik i Netto 15 t/ugen inden 1/6",
    "{c} skal i løntilskud som lagermedarbejder hos Dagrofa min. 20 timer om ugen fra maj",
    "starte på SOSU hjælper uddannelsen aug 26 og gennemføre første praktik",
    "fastholde job som rengøringsassistent hos ISS 25 timer/uge, ingen fravær uden afbud",
    "{c} er i praktik på værkstedet hos Auto-Centret 3 dage om ugen og møder til tiden",
    "Målet er at {c} kommer i praktik i børnehave 3 dag om ugen og senere i fleksjob",
    "gennemføre 10. klasse på FGU og søge EUD (tømrer) til januar",
    "{c} skal starte på HF enkeltfag (dansk og matematik) og møde min. 90 %",
    "komme i ordinært job i detail, 30 timer om ugen, inden periodens slut",
    "{c} bliver i sin uddannelse (EUX kontor) og består 1. skoleperiode",
    'job som "pædagogmedhjælper" i en vuggestue, 25 timer om ugen fra august',
    "Job som chauffør: {c} tager kørekort kat. C og søger 5 stillinger om måneden",
    "den mål er at {c} kan tage job i kantinen, 4 timer hver dag",
    "{c} fastholder praktik i Føtex (varemodtagelse) og udvider fra 10 til 20 timer om ugen",
    "starte paa AMU-kursus i lager og truck i april, derefter løntilskud",
]
GOALS_UNCLEAR = [
    "trivsel og mere struktur i hverdagen",
    "støtte til at komme videre",
    "øget selvværd og bedre trivsel",
    "at {c} får det bedre",
    "motivere borgeren",
    "komme tættere på arbejdsmarkedet",
    "hjælp til at få styr på tingene",
    "{c} skal arbejde med sig selv",
    '"komme i gang" og få mere "struktur"',
    "sikre at {c} har det godt",
    "støtte {c} i hverdagen og motivere",
]
TASKS = [
    "følge {c} til praktikstedet de første 2 uger",
    "hjælpe med at holde styr på post og e-boks",
    "{m} tager sig af det med bussen (rejsekort, køreplan)",
    "ringe {c} op om morgenen mandag + onsdag",
    "tage med til møder på jobcentret / i kommunen",
    "snak om fremmøde og hvordan det går i praktikken",
    "hjælpe med at lave en ugeplan",
    "ga med til læge/psykiatri hvis {c} vil",
    "kontakt til skolen (studievejleder) hvis fravær",
    "øve samtale til jobsøgning",
    "hjælpe med CV og ansøgninger",
    "støtte til at komme op og afsted om morgenen",
]
FOLLOW = [
    "statusmøde hver 4. uge med sagsbehandler",
    "vi følger op hver måned, og 14 dage før slut",
    "opfølgning tlf hver 2. uge + evaluering i juli",
    "midtvejs evaluering i uge 22, delmål: fremmøde 3 dage/uge",
    "mentor sender kort status hver md til sagsbehandler. Slut-evaluering 14 dage inden ophør",
    "møde alle 3 (borger, mentor, sagsbehandler) hver 6. uge, vi kigger på om han kommer i praktikken",
    "Evaluering hver måned - progression måles på fremmøde",
    "status samtale ca hver 3 uge og evaluering 4 uger før bevillingen udløber",
]
HOURS = ["3 t/uge", "2 timer om ugen", "ca 4 timer pr uge", "1½ time ugentlig", "to timer om ugen",
         "8 timer om mdr", "3 timer ugentlig", "2-3 timer pr. uge", "5 t. pr uge", "halvanden time om ugen",
         "4 timer/uge", "6 timer pr. uge de første 4 uger, derefter 3"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende", "som det passer", "aftales med mentor",
               "nogle timer", "det finder vi ud af"]
PLACEHOLDER = ["-", "?", "xx", "udfyldes senere", "...", "følger", "ikke aftalt endnu", "NN"]

APPEAL_FULL = [
    "Du kan klage til kommunen inden 4 uger efter du har fået afgørelsen. Kommunen kigger på sagen igen og hvis vi"
    " fastholder, sender vi klagen til Ankestyrelsen.",
    "Hvis du ikke er enig kan du klage til {k} Kommune indenfor 4 uger. Vi genvurderer afgørelsen og hvis vi holder"
    " fast i den bliver klagen sendt videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt.",
    "klage skal sendes til jobcentret inden fire uger fra du modtog brevet. jobcentret ser på sagen igen, og fastholder"
    " vi afgørelsen sendes den til Ankestyrelsen (LAB § 204).",
    "Du har 4 uger til at klage. Klagen sendes til kommunen, som genvurderer afgørelsen inden 4 uger. Hvis kommunen"
    " fastholder, går klagen videre til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_DIRECT = [
    "Du kan klage til Ankestyrelsen inden 4 uger.",
    "Klage sendes direkte til Ankestyrelsen, senest 4 uger efter du har modtaget denne aftale.",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen, kontakt din sagsbehandler.",
    "Du kan klage over den.",
    "Klage sendes til jobcentret.",
    "hvis du vil klage så ring til mig",
    "Du har ret til at klage.",
]


# --------------------------------------------------------------------------- document model

class Doc:
    def __init__(self):
        self.title: str | None = None
        self.blocks: list[tuple] = []

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def kv(self, label, value, style="colon"):
        self.blocks.append(("kv", label, value, style))

    def ul(self, items, bullet="•"):
        self.blocks.append(("ul", list(items), bullet))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def blank(self):
        self.blocks.append(("blank",))

    def map_text(self, f):
        def m(b):
            if b[0] in ("h", "p"):
                return (b[0], f(b[1]))
            if b[0] == "kv":
                return ("kv", f(b[1]), f(b[2]), b[3])
            if b[0] == "ul":
                return ("ul", [f(x) for x in b[1]], b[2])
            if b[0] == "table":
                return ("table", [[f(c) for c in r] for r in b[1]])
            return b
        self.blocks = [m(b) for b in self.blocks]
        if self.title:
            self.title = f(self.title)


def kv_line(label, value, style):
    if style == "colon":
        return [f"{label}: {value}"]
    if style == "nocolon":
        return [f"{label} {value}"]
    if style == "tab":
        return [f"{label}\t{value}"]
    if style == "spaces":
        return [f"{label}     {value}"]
    if style == "colon_tab":
        return [f"{label}:\t\t{value}"]
    if style == "nextline":
        return [label, value]
    if style == "nextline_colon":
        return [label + ":", value]
    raise ValueError(style)


def render_txt(doc: Doc) -> str:
    lines = []
    if doc.title:
        lines += [doc.title, ""]
    for b in doc.blocks:
        if b[0] == "h":
            lines += ["", b[1]]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "kv":
            lines += kv_line(b[1], b[2], b[3])
        elif b[0] == "ul":
            lines += [f"{b[2]} {x}" if b[2] else x for x in b[1]]
        elif b[0] == "table":
            lines += ["\t".join(r) for r in b[1]]
        elif b[0] == "blank":
            lines.append("")
    text = "\n".join(lines).strip() + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


def render_html_mso(doc: Doc, rng: random.Random) -> str:
    """HTML pasted out of Word/Outlook: MsoNormal paragraphs, <o:p>, Symbol-font bullets, &nbsp; runs."""
    e = html.escape
    P = "<p class=MsoNormal>{}<o:p></o:p></p>"
    out = ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
           "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal {margin:0cm;font-family:Calibri} --></style>"
           "</head><body lang=DA><div class=WordSection1>"]
    if doc.title:
        out.append(P.format(f"<b><span style='font-size:14.0pt'>{e(doc.title)}</span></b>"))
    for b in doc.blocks:
        if b[0] == "h":
            out.append(P.format(f"<b>{e(b[1])}</b>"))
        elif b[0] == "p":
            out.append(P.format(e(b[1])))
        elif b[0] == "kv":
            lab, val, st = b[1], b[2], b[3]
            if st.startswith("nextline"):
                out.append(P.format(f"<b>{e(lab)}</b>") + P.format(e(val)))
            else:
                sep = ":" if "colon" in st else ""
                out.append(P.format(f"<b>{e(lab)}{sep}</b><span style='mso-tab-count:1'>&nbsp;&nbsp; </span>"
                                    f"{e(val)}"))
        elif b[0] == "ul":
            for x in b[1]:
                out.append("<p class=MsoListParagraph style='text-indent:-18.0pt'><span style='font-family:Symbol'>"
                           "·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                           f"{e(x)}<o:p></o:p></p>")
        elif b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>" + "".join(
                "<tr>" + "".join(f"<td valign=top>{P.format(e(c))}</td>" for c in r) + "</tr>" for r in b[1])
                + "</table>")
        elif b[0] == "blank":
            out.append(P.format("&nbsp;"))
    out.append("</div></body></html>")
    return "\n".join(out)


def render_html(doc: Doc, rng: random.Random) -> str:
    if rng.random() < 0.35:
        return render_html_mso(doc, rng)
    e = html.escape
    parts = ["<!DOCTYPE html>" if rng.random() < 0.5 else "", "<html><head><meta charset=\"utf-8\">",
             f"<title>{e(doc.title or 'Notat')}</title></head><body>"]
    if doc.title:
        parts.append(pick(rng, [f"<h2>{e(doc.title)}</h2>", f"<p><b>{e(doc.title)}</b></p>",
                                f"<div class=\"overskrift\"><strong>{e(doc.title)}</strong></div>"]))
    for b in doc.blocks:
        if b[0] == "h":
            parts.append(pick(rng, [f"<p><b>{e(b[1])}</b></p>", f"<h3>{e(b[1])}</h3>", f"<div><u>{e(b[1])}</u></div>"]))
        elif b[0] == "p":
            parts.append(pick(rng, [f"<p>{e(b[1])}</p>", f"<div>{e(b[1])}</div>", f"{e(b[1])}<br><br>"]))
        elif b[0] == "kv":
            lab, val, st = b[1], b[2], b[3]
            if st.startswith("nextline"):
                parts.append(f"<div><b>{e(lab)}</b></div><div>{e(val)}</div>")
            else:
                sep = {"colon": ": ", "colon_tab": ":&nbsp;&nbsp;", "tab": "&nbsp;&nbsp;&nbsp;"}.get(st, " ")
                parts.append(pick(rng, [f"<p><b>{e(lab)}</b>{sep}{e(val)}</p>",
                                        f"<div>{e(lab)}{sep}{e(val)}</div>",
                                        f"<p><span style=\"font-weight:bold\">{e(lab)}</span>{sep}{e(val)}</p>"]))
        elif b[0] == "ul":
            if b[2] in ("•", "-") and rng.random() < 0.5:
                parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
            else:
                parts.append("<p>" + "<br>".join(f"{e(b[2])} {e(x)}" for x in b[1]) + "</p>")
        elif b[0] == "table":
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] == "blank":
            parts.append("<p>&nbsp;</p>")
    parts.append("</body></html>")
    return "\n".join(x for x in parts if x)


def render_docx(doc: Doc, path: Path, rng: random.Random) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = pick(rng, ["Calibri", "Arial", "Times New Roman"])
    d.styles["Normal"].font.size = Pt(pick(rng, [10, 11, 12]))
    if doc.title:
        if rng.random() < 0.5:
            d.add_heading(doc.title, level=1)
        else:
            r = d.add_paragraph().add_run(doc.title)
            r.bold = True
            r.font.size = Pt(14)
    for b in doc.blocks:
        if b[0] == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = rng.random() < 0.7
            r.underline = not r.bold
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            lab, val, st = b[1], b[2], b[3]
            if st.startswith("nextline") and rng.random() < 0.4:
                para = d.add_paragraph()
                r = para.add_run(lab + (":" if st == "nextline_colon" else ""))
                r.bold = True
                r.add_break()
                para.add_run(val)
            elif st.startswith("nextline"):
                r = d.add_paragraph().add_run(lab + (":" if st == "nextline_colon" else ""))
                r.bold = True
                d.add_paragraph(val)
            else:
                para = d.add_paragraph()
                r = para.add_run(kv_line(lab, "", st)[0].rstrip(" \t") if st != "colon" else lab + ":")
                r.bold = rng.random() < 0.5
                para.add_run(("\t" if "tab" in st else " ") + val)
        elif b[0] == "ul":
            for x in b[1]:
                if b[2] == "•" and rng.random() < 0.5:
                    d.add_paragraph(x, style="List Bullet")
                else:
                    d.add_paragraph(f"{b[2]} {x}" if b[2] else x)
        elif b[0] == "table":
            t = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
            t.style = "Table Grid"
            for i, row in enumerate(b[1]):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        elif b[0] == "blank":
            d.add_paragraph("")
    d.core_properties.author = ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.save(str(path))


def render_odt(doc: Doc, path: Path, rng: random.Random) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P, Span
    o = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)

    def para(text, b=False):
        pp = P()
        if b:
            pp.addElement(Span(stylename=bold, text=text))
        else:
            pp.addText(text)
        return pp

    if doc.title:
        o.text.addElement(H(outlinelevel=1, text=doc.title) if rng.random() < 0.5 else para(doc.title, True))
    for b in doc.blocks:
        if b[0] == "h":
            o.text.addElement(para(b[1], True))
        elif b[0] == "p":
            o.text.addElement(para(b[1]))
        elif b[0] == "kv":
            lab, val, st = b[1], b[2], b[3]
            if st.startswith("nextline"):
                o.text.addElement(para(lab + (":" if st == "nextline_colon" else ""), True))
                o.text.addElement(para(val))
            else:
                o.text.addElement(para(kv_line(lab, val, st)[0]))
        elif b[0] == "ul":
            for x in b[1]:
                o.text.addElement(para(f"{b[2]} {x}" if b[2] else x))
        elif b[0] == "table":
            t = Table(name="T1")
            t.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for row in b[1]:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
        elif b[0] == "blank":
            o.text.addElement(P())
    o.save(str(path))


def render_eml(doc: Doc, meta: dict, rng: random.Random) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = meta["from"]
    msg["To"] = meta["to"]
    msg["Subject"] = doc.title or meta.get("subject", "")
    msg["Date"] = email.utils.format_datetime(meta["date"])
    msg["Message-ID"] = f"<{meta['msgid']}@mail.{meta['domain']}>"
    inner = Doc()
    inner.blocks = doc.blocks
    body = meta.get("greeting", "") + render_txt(inner) + meta.get("sign", "") + meta.get("quote", "")
    msg.set_content(body)
    return bytes(msg)


# --------------------------------------------------------------------------- document builders

class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.c = CITIZENS[i % len(CITIZENS)] if rng.random() < 0.5 else pick(rng, CITIZENS)
        self.m = pick(rng, MENTORS)
        self.cw = pick(rng, CASEWORKERS)
        self.k = pick(rng, MUNIS)
        self.prov = pick(rng, PROVIDERS)
        self.pdomain = self.prov.split()[0].lower().replace("ø", "oe").replace("å", "aa") + ".dk"
        self.kdomain = self.k.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + ".dk"
        self.mphone = phone(rng)
        self.cwphone = phone(rng)
        self.date = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
        self.cpr = cpr(rng) if rng.random() < 0.27 else None

    def fill(self, s: str) -> str:
        return s.replace("{c}", self.c[0]).replace("{m}", self.m[0]).replace("{k}", self.k)


def goal_value(ctx, defects):
    if "missing-goal" in defects:
        return pick(ctx.rng, PLACEHOLDER)
    if "unclear-goal" in defects:
        return ctx.fill(pick(ctx.rng, GOALS_UNCLEAR))
    return ctx.fill(pick(ctx.rng, GOALS_CLEAR))


def mentor_value(ctx, defects):
    m, r = ctx.m, ctx.rng
    if "missing-mentor" in defects:
        return pick(r, [f"{m[0]} fra {ctx.prov}", f"{m[0]} {m[1]}", "findes senere", f"{m[0]} ({ctx.prov})",
                        "NN", "-"])
    email_ = mail_of(m[0], ctx.pdomain)
    return pick(r, [f"{m[0]} {m[1]}, tlf {ctx.mphone}", f"{m[0]} ({ctx.prov}) {ctx.mphone}, {email_}",
                    f"{m[0]} {m[1]} - {ctx.prov} - {ctx.mphone}", f"{m[0]} {m[1]}  mobil: {ctx.mphone}",
                    f"{m[0]} {m[1]}, {email_}", f"{m[0]} på {ctx.mphone}"])


def tasks_items(ctx, defects):
    if "missing-tasks" in defects:
        return None
    return [ctx.fill(t) for t in ctx.rng.sample(TASKS, ctx.rng.randint(2, 5))]


def build_agreement(ctx: Ctx, defects: set, fmt: str):
    """A hand-typed agreement; returns (Doc, layout, subtype, extras, period)."""
    r = ctx.rng
    layout = pick(r, ["labels", "labels", "tabs", "prose", "table", "bullets"] +
                  (["email", "email"] if fmt == "eml" else []))
    if fmt == "eml":
        layout = pick(r, ["email", "email", "labels", "prose"])
    doc = Doc()
    doc.title = pick(r, ["Mentoraftale", "mentor aftale", "Aftale om mentorstøtte", "MENTORAFTALE",
                         "Aftale om mentor", "Mentoraftale - " + ctx.c[0], "Aftale mentorforløb",
                         "Journalnotat: mentoraftale", "Aftale om mentorstøtte (§ 167)", "Mentor aftale"])
    if layout == "prose":
        doc.title = pick(r, ["Journalnotat: mentoraftale", "Notat - mentoraftale indgået", "Aftale om mentor",
                             "Journalnotat " + fmt_date(ctx.date, "dot_short") + " mentoraftale"])
    period = None if "missing-duration" in defects else Period(r, "duration-over-6-months" in defects)
    dur_text = period.text if period else pick(r, ["indtil videre", "aftales senere", "-", "?", "udfyldes"])
    goal = goal_value(ctx, defects)
    mentor = mentor_value(ctx, defects)
    tasks = tasks_items(ctx, defects)
    hours = pick(r, HOURS_VAGUE) if "missing-hours" in defects else pick(r, HOURS)
    follow = None if "missing-follow-up" in defects else ctx.fill(pick(r, FOLLOW))
    extras = []
    if "missing-appeal-guidance" in defects:
        appeal = pick(r, [None, None] + APPEAL_INCOMPLETE)
    elif "appeal-wrong-route" in defects:
        appeal = pick(r, APPEAL_DIRECT)
        extras.append("appeal-wrong-route")
    else:
        appeal = ctx.fill(pick(r, APPEAL_FULL))
    L = {f: pick(r, LABELS[f]) for f in LABELS}
    if r.random() < 0.3:
        L = {f: v.lower() for f, v in L.items()}
    cit = f"{ctx.c[0]} {ctx.c[1]}"
    style = pick(r, ["colon", "nocolon", "tab", "spaces", "colon_tab", "nextline", "colon"])
    if layout == "tabs":
        style = pick(r, ["tab", "spaces", "colon_tab"])

    def head_lines():
        doc.kv(pick(r, ["Borger", "Navn", "borger", "Deltager"]), cit, style if style != "nextline" else "colon")
        if ctx.cpr:
            doc.kv(pick(r, ["CPR", "Cpr.nr.", "cpr nr"]), ctx.cpr if r.random() < 0.7 else ctx.cpr.replace("-", ""),
                   "colon")
        doc.kv(pick(r, ["Sagsbehandler", "Sagsbeh.", "sagsbehandler", "Jobkonsulent"]),
               f"{ctx.cw[0]} {ctx.cw[1]}, {ctx.k} Kommune" + (f", tlf {ctx.cwphone}" if r.random() < 0.4 else ""),
               "colon")
        doc.kv("Dato", fmt_date(ctx.date, pick(r, ["dot_short", "slash_sp", "dot_long", "words"])), "colon")

    if layout in ("labels", "tabs", "bullets", "email"):
        if layout == "email":
            doc.title = pick(r, ["Aftale med mentor", "vores aftale i dag", "Mentor - aftale", "Re: mentor",
                                 "Opsummering af mentoraftale 🙂", "aftale om mentor " + ctx.c[0]])
            doc.p(pick(r, [f"Hej {ctx.c[0]} 😊", f"Hej {ctx.c[0]}", f"hej {ctx.c[0]} og {ctx.m[0]}"]))
            doc.p(pick(r, ["Tak for mødet i dag. Her er det vi aftalte:", "som lovet kommer her aftalen 👍",
                           "Her er lige en opsummering af vores aftale om mentor.",
                           "Jeg skriver lige det ned vi snakkede om."]))
            if ctx.cpr and r.random() < 0.5:
                doc.p(f"(cpr {ctx.cpr})")
        else:
            head_lines()
        doc.blank()
        order = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
        if r.random() < 0.4:
            order = ["mentor", "goal", "duration", "hours", "tasks", "follow", "appeal"]
        for f in order:
            if f == "goal":
                doc.kv(L["goal"], goal, style)
            elif f == "mentor":
                doc.kv(L["mentor"], mentor, style)
            elif f == "tasks":
                if tasks is None:
                    if r.random() < 0.6:
                        doc.kv(L["tasks"], pick(r, PLACEHOLDER), style)
                elif layout == "bullets" or r.random() < 0.5:
                    doc.p(L["tasks"] + (":" if "colon" in style or r.random() < 0.5 else ""))
                    doc.ul(tasks, pick(r, ["•", "-", "\uf0b7", "*", "o", "", "• "]))
                else:
                    doc.kv(L["tasks"], ", ".join(tasks), style)
            elif f == "duration":
                doc.kv(L["duration"], dur_text, style)
            elif f == "hours":
                doc.kv(L["hours"], hours, style)
            elif f == "follow":
                if follow:
                    doc.kv(L["follow"], follow, style)
                elif r.random() < 0.4:
                    doc.kv(L["follow"], pick(r, PLACEHOLDER), style)
            elif f == "appeal" and appeal:
                doc.blank()
                if r.random() < 0.5:
                    doc.h(L["appeal"])
                    doc.p(appeal)
                else:
                    doc.kv(L["appeal"], appeal, style)
        if layout != "email" and r.random() < 0.35:
            doc.blank()
            doc.p(pick(r, ["Underskrift borger ______________   mentor ______________",
                           "Dato/underskrift:  ___________  ___________", "Kopi til sagsbehandler + mentor"]))
        if layout == "email":
            doc.p(pick(r, ["Skriv hvis der er noget 🙂", "mvh", "Ring hvis der er spørgsmål!!", "hilsen",
                           "God weekend ☀️"]))
    elif layout == "table":
        rows = [["Borger", cit]]
        if ctx.cpr:
            rows.append(["CPR", ctx.cpr])
        rows += [[L["goal"], goal], [L["mentor"], mentor]]
        if tasks is not None:
            rows.append([L["tasks"], pick(r, ["; ", ", ", " / ", " + "]).join(tasks)])
        elif r.random() < 0.5:
            rows.append([L["tasks"], pick(r, PLACEHOLDER)])
        rows += [[L["duration"], dur_text], [L["hours"], hours]]
        if follow:
            rows.append([L["follow"], follow])
        if appeal:
            rows.append([L["appeal"], appeal])
        doc.kv("Sagsbehandler", f"{ctx.cw[0]} {ctx.cw[1]}", "colon")
        doc.table(rows)
    else:  # prose: journal note
        c0, m0 = ctx.c[0], ctx.m[0]
        if ctx.cpr:
            doc.p(f"Borger: {cit} ({ctx.cpr})")
        sents = [pick(r, [f"Møde i dag med {c0} og mentor.", f"{c0} var til samtale i dag, mentor deltog.",
                          f"Samtale {fmt_date(ctx.date, 'slash')} med {c0}."])]
        if "missing-goal" in defects:
            sents.append(pick(r, ["Mål skal vi lige finde ud af.", "Vi har ikke fået snakket om mål endnu."]))
        else:
            sents.append(pick(r, [f"Vi snakkede om at målet er: {goal}.", f"Mål: {goal}.",
                                  f"{c0} vil gerne, og vi aftalte at målet er {goal}."]))
        if "missing-mentor" in defects:
            sents.append(pick(r, [f"Mentor bliver {m0} fra {ctx.prov}.", f"Mentor bliver {m0} {ctx.m[1]}.",
                                  "Mentor er ikke fundet endnu."]))
        else:
            sents.append(pick(r, [f"Mentor er {mentor}.", f"Mentoren er {ctx.m[0]} {ctx.m[1]} fra {ctx.prov} "
                                                          f"(tlf {ctx.mphone})."]))
        if tasks is not None:
            sents.append(pick(r, [f"{m0} skal hjælpe med ", "Mentoren opgaver er ", "Mentor hjælper ham med ",
                                  f"{m0} og {c0} skal arbejde med "]) + ", ".join(tasks[:-1]) + f" og {tasks[-1]}.")
        sents.append(pick(r, [f"Vi aftalte {hours}", f"Timer: {hours}.", f"Der er bevilget {hours}.",
                              f"Mentor får {hours}", f"{c0} og mentoren mødes {hours}"]) +
                     (f" i perioden {dur_text}." if period else f", varighed {dur_text}."))
        if follow:
            sents.append(pick(r, [f"Opfølgning: {follow}.", f"Vi følger op: {follow}."]))
        doc.p(" ".join(sents))
        if appeal:
            doc.p(pick(r, ["Klagevejledning: ", "Klage: ", ""]) + appeal)
        doc.p(f"/{ctx.cw[0][:2].lower()}{ctx.cw[1][:1].lower()}")
    return doc, layout, period, extras


def build_minplan(ctx: Ctx, defects: set, fmt: str):
    r = ctx.rng
    doc = Doc()
    doc.title = pick(r, ["Min Plan", "Min plan - mentor", "Udskrift fra Min Plan", "MIN PLAN",
                         "Min Plan – indsats: mentorstøtte", "min plan (mentor)"])
    layout = pick(r, ["labels", "table", "tabs"])
    period = None if "missing-duration" in defects else Period(r, "duration-over-6-months" in defects)
    dur_text = period.text if period else pick(r, ["indtil videre", "-", "?"])
    goal = goal_value(ctx, defects)
    mentor = mentor_value(ctx, defects)
    tasks = tasks_items(ctx, defects)
    hours = pick(r, HOURS_VAGUE) if "missing-hours" in defects else pick(r, HOURS)
    L = {f: pick(r, LABELS[f]) for f in LABELS}
    cit = f"{ctx.c[0]} {ctx.c[1]}"
    doc.kv("Navn", cit, "colon")
    if ctx.cpr:
        doc.kv("CPR-nr.", ctx.cpr, "colon")
    doc.kv(pick(r, ["Indsats", "Aktivitet", "indsats type"]),
           pick(r, ["Mentorstøtte", "Mentor (LAB § 167)", "mentorstotte", "Mentor § 31b"]), "colon")
    doc.kv(pick(r, ["Oprettet", "Dato", "Opdateret"]), fmt_date(ctx.date, "dot_long"), "colon")
    rows = [[L["goal"], goal], [L["mentor"], mentor]]
    if tasks is not None:
        rows.append([L["tasks"], ", ".join(tasks)])
    rows += [[L["duration"], dur_text], [L["hours"], hours]]
    r.shuffle(rows) if r.random() < 0.2 else None
    if layout == "table":
        doc.table(rows)
    else:
        st = "tab" if layout == "tabs" else pick(r, ["colon", "nocolon", "nextline"])
        for lab, val in rows:
            doc.kv(lab, val, st)
    if r.random() < 0.4:
        doc.p(pick(r, ["Planen er gennemgået med borgeren.", "snakket igennem med borger tlf.",
                       "Opdateret efter samtale 👍"]))
    return doc, layout, period, []


def build_decision(ctx: Ctx, defects: set, fmt: str, dtype: str):
    r = ctx.rng
    doc = Doc()
    c0 = ctx.c[0]
    extras = []
    period = None
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentor", "Svar på din ansøgning om mentor",
                  "Du får mentorstøtte", "afgørelse - mentor"],
        "partial": ["Afgørelse om mentorstøtte", "Delvis bevilling af mentorstøtte", "Svar på ansøgning om mentor"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på mentor", "Svar paa din ansøgning om mentor"],
        "stop": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentor", "Din mentorstøtte stopper"],
    }
    doc.title = pick(r, titles[dtype])
    doc.p(f"{ctx.k} Kommune, Job og Ydelse    {fmt_date(ctx.date, pick(r, ['dot_long', 'words']))}")
    doc.p(f"Til {ctx.c[0]} {ctx.c[1]}" + (f"  CPR {ctx.cpr}" if ctx.cpr else ""))
    doc.p(f"Kære {c0}" if r.random() < 0.5 else f"Hej {c0}")
    no_reasons = "missing-reasons" in defects
    if dtype in ("grant", "partial"):
        period = Period(r, "duration-over-6-months" in defects)
        hrs = pick(r, HOURS[:8])
        if dtype == "grant":
            doc.p(pick(r, [f"Du har søgt om mentor og vi har bevilget mentorstøtte {period.text}, {hrs}.",
                           f"Vi har d.d. bevilget dig mentorstøtte efter LAB § 167 i perioden {period.text}. "
                           f"Du får {hrs}.",
                           f"Du har fået bevilget en mentor i {period.text} med {hrs}."]))
            doc.p(pick(r, [f"Din mentor bliver {ctx.m[0]} fra {ctx.prov}, hun/han ringer til dig.",
                           f"Mentor: {ctx.m[0]} {ctx.m[1]}, {ctx.prov}."]))
            if r.random() < 0.6:
                doc.p(pick(r, ["Begrundelse: Vi vurdere at du har brug for støtte for at kunne gennemføre "
                               "praktikken, jf. LAB § 167.", "Vi har lagt vægt på at du selv ønsker hjælp "
                               "og at du skal starte på uddannelse."]))
        else:
            doc.p(f"Du har søgt om mentor 6 timer om ugen. Vi har bevilget {hrs} i perioden {period.text}, "
                  "altså færre timer end du søgte.")
            if no_reasons:
                extras.append("missing-reasons")
            else:
                doc.p(pick(r, ["Begrundelse: vi har lagt vægt på at du allerede har støtte fra skolens "
                               "studievejleder og at behovet derfor er mindre, jf LAB § 167.",
                               "Det er fordi du har mindre brug for støtte nu hvor du er kommet godt igang i "
                               "praktikken. Vi har lagt vægt på din mentors status."]))
    elif dtype == "refusal":
        doc.p(pick(r, ["Du har søgt om mentorstøtte. Du får afslag.",
                       "Vi har behandlet din ansøgning om mentor og desværre må vi give afslag.",
                       "Vi kan ikke bevilge mentor til dig."]))
        if no_reasons:
            extras.append("missing-reasons")
        else:
            doc.p(pick(r, ["Begrundelse: Du er i ordinært job uden løntilskud og har ikke brug for støtte ud over "
                           "hvad arbejdspladsen giver. Vi har lagt vægt på din egen beskrivelse, jf. LAB § 167.",
                           "Afslaget er fordi der ikke er et mål om job eller uddannelse, hvilket er en betingelse "
                           "jf. LAB § 167. Vi har lagt vægt på samtalen d. " + fmt_date(ctx.date, "slash", False)]))
    else:
        doc.p(pick(r, [f"Din mentorstøtte stopper pr. {fmt_date(ctx.date + dt.timedelta(days=30), 'slash_sp')}.",
                       "Vi har besluttet at mentorstøtten ophører fra næste måned."]))
        if no_reasons:
            extras.append("missing-reasons")
        else:
            doc.p("Begrundelse: Du er startet på uddannelse og klarer dig godt. Vi har lagt vægt på "
                  "status fra mentor og skolen, jf. LAB § 167.")
    if "missing-appeal-guidance" in defects:
        inc = pick(r, [None] + APPEAL_INCOMPLETE)
        if inc:
            doc.p(inc)
    elif "appeal-wrong-route" in defects:
        doc.h(pick(r, LABELS["appeal"]))
        doc.p(pick(r, APPEAL_DIRECT))
        extras.append("appeal-wrong-route")
    else:
        doc.h(pick(r, LABELS["appeal"]))
        doc.p(ctx.fill(pick(r, APPEAL_FULL)))
    doc.p(pick(r, ["Med venlig hilsen", "Venlig hilsen", "mvh"]))
    doc.p(f"{ctx.cw[0]} {ctx.cw[1]}, sagsbehandler, tlf {ctx.cwphone}")
    return doc, "letter", period, extras


UNKNOWN_KINDS = ["sms", "minutes", "status", "invoice", "club", "scheduling", "leaflet", "handover",
                 "application", "jobad", "course", "noshow"]


def build_unknown(ctx: Ctx, sub: str, fmt: str):
    r = ctx.rng
    doc = Doc()
    c0, m0 = ctx.c[0], ctx.m[0]
    if sub == "sms":
        doc.title = None if fmt != "eml" else "torsdag"
        doc.p(f"hej {m0} kan du tage {c0} torsdag kl 10 i stedet? hun har tandlæge om morgenen 👍")
        doc.p(f"ja det går fint 🙂 jeg henter hende ved stationen. /{m0}")
        doc.p(f"super tak!! /{ctx.cw[0]}")
    elif sub == "minutes":
        doc.title = pick(r, ["Referat teammøde mentorer", "referat - mentor team", "Referat af møde i mentorteamet"])
        doc.kv("Dato", fmt_date(ctx.date, "dot_short"), "colon")
        doc.kv("Deltagere", ", ".join(f"{a}" for a, _ in r.sample(MENTORS, 4)) + f", {ctx.cw[0]}", "colon")
        doc.p("1. Status på timer: vi er oppe på ca 85 % af budget for mentor i år. Husk at registrer timer hver fredag.")
        doc.p("2. Nye forløb: 3 nye borgere venter, fordeles næste uge. Husk mål og periode i aftalerne (max 6 mdr).")
        doc.p("3. Klagevejledning skal altid med i aftalen, der er kommet ny skabelon 🙂")
        doc.p("4. Evt: julefrokost 12/12, Pia laver tilmelding.")
    elif sub == "status":
        doc.title = pick(r, ["Status fra mentor", "Statusrapport mentor", "status på forløb"])
        doc.kv("Borger", f"{c0} {ctx.c[1]}", "colon")
        doc.kv("Mentor", f"{m0} {ctx.m[1]}, {ctx.prov}", "colon")
        doc.p(f"{c0} er kommet godt igang i praktikken og kommer 3 ud af 4 dage. Vi har brugt ca 3 timer om ugen, "
              "mest på at følges med bus i starten. Det går bedre med at komme op. Hun snakker selv om at søge "
              "ind på SOSU efter sommer.")
        doc.p("Jeg anbefaler at vi fortsætter som nu. Vh " + m0)
    elif sub == "invoice":
        doc.title = f"Faktura nr. {r.randint(1000, 9999)}"
        doc.kv("Fra", f"{ctx.prov}, CVR {r.randint(10000000, 99999999)}", "colon")
        doc.kv("Til", f"{ctx.k} Kommune, Jobcenter", "colon")
        doc.table([["Ydelse", "Timer", "Pris"], [f"Mentorstøtte {c0[0]}.{ctx.c[1][0]}. marts", "12", "6.600,00"],
                   [f"Mentorstøtte {c0[0]}.{ctx.c[1][0]}. april", "10", "5.500,00"], ["I alt", "22", "12.100,00"]])
        doc.p("Betaling 30 dage netto. Reg 1234 konto 0012345678")
    elif sub == "club":
        doc.title = pick(r, ["Mentoraftale - FC Lyngby U17", "Mentorordning i klubben", "Aftale om mentor (klub)"])
        doc.p(f"Aftale mellem {c0} og klubbens mentor {m0} ({ctx.mphone}).")
        doc.kv("Mål", "at komme til træning 2 gange om ugen og få en fritidsjob via sponsorer", "colon")
        doc.kv("Mentor opgaver", "snakke om skole og fodbold, hjælpe med CV til fritidsjob", "colon")
        doc.kv("Periode", "sæsonen 2026/27", "colon")
        doc.kv("Timer", "1 time om ugen efter træning", "colon")
        doc.p("Aftalen er frivillig og kan stoppes af begge parter ⚽")
    elif sub == "scheduling":
        doc.title = pick(r, ["møde tirsdag?", "Re: opfølgningsmøde", "flytning af møde"])
        doc.p(f"Hej {ctx.cw[0]}")
        doc.p(f"Kan vi flytte opfølgningsmødet for {c0} til tirsdag kl 13? {c0} har fået vagt om mandagen 🙂")
        doc.p(f"mvh {m0}")
    elif sub == "leaflet":
        doc.title = pick(r, ["Hvad er en mentor?", "Mentor - info til borgere", "Få en mentor"])
        doc.p("En mentor er en person som kan hjælpe dig på vej mod job eller uddannelse.")
        doc.p("I aftalen står:")
        doc.ul(["målet med mentorstøtten", "mentorens navn og telefon", "hvad mentor skal hjælpe med",
                "hvor længe (højst 6 måneder ad gangen)", "hvor mange timer om ugen", "hvordan vi følger op",
                "hvordan du klager (til kommunen inden 4 uger)"], "•")
        doc.p(f"Spørg din sagsbehandler hvis du vil vide mere. {ctx.k} Kommune")
    elif sub == "handover":
        doc.title = "Overdragelse - mine sager"
        doc.p(f"Til {ctx.cw[0]}, her er mine borgere med mentor mens jeg er på barsel:")
        doc.ul([f"{a} {b[0]}. - mentor {m[0]}, kører til {MONTHS[r.randint(5, 11)]}, ok" for (a, b), m in
                zip(r.sample(CITIZENS, 4), r.sample(MENTORS, 4))], "-")
        doc.p("Husk evaluering på Kasper i uge 30. tak!!")
    elif sub == "application":
        doc.title = "mentor"
        doc.p(f"Hej {ctx.cw[0]}")
        doc.p("jeg vil gerne spørge om jeg kan få en mentor igen? det var godt sidst med " + m0 +
              ". jeg har svært ved at komme afsted til skolen om morgenen 😕")
        doc.p(f"hilsen {c0}")
    elif sub == "jobad":
        doc.title = f"{ctx.prov} søger mentorer"
        doc.p("Vi søger 2 mentorer 20-30 timer om ugen til unge og voksne i forløb mod job og uddannelse.")
        doc.p("Du skal kunne skrive aftaler med mål, opgaver, periode og timetal, og samarbejde med kommunen.")
        doc.p(f"Ansøgning sendes til {mail_of('job', ctx.pdomain)} senest {fmt_date(ctx.date, 'words')}.")
    elif sub == "course":
        doc.title = "Kursus: mentor i praksis (2 dage)"
        doc.p("Dag 1: rollen som mentor, lovgrundlag (LAB § 167), mål og delmål")
        doc.p("Dag 2: dokumentation, opfølgning, timetal og varighed, klagevejledning")
        doc.p(f"Underviser: {m0} {ctx.m[1]}. Pris 3.200 kr.")
    elif sub == "noshow":
        doc.title = "Journalnotat"
        doc.p(f"{fmt_date(ctx.date, 'slash')}: {c0} udeblev fra samtale. Ringet 2 gange, ingen svar. "
              f"Sender brev i e-boks. Mentor {m0} er orienteret.")
        if ctx.cpr:
            doc.p(f"cpr {ctx.cpr}")
    return doc, "mixed" if sub not in ("sms",) else "sms", None, []


# --------------------------------------------------------------------------- the plan

AGR_DEFECTS = [set(), set(), set(), set(), set(),
               {"missing-mentor"}, {"missing-tasks"}, {"missing-hours"}, {"missing-duration"},
               {"missing-follow-up"}, {"missing-appeal-guidance"}, {"duration-over-6-months"},
               {"unclear-goal"}, {"missing-goal"}, {"appeal-wrong-route"},
               {"missing-follow-up", "missing-appeal-guidance"}, {"missing-hours", "unclear-goal"},
               {"duration-over-6-months", "missing-follow-up"}, {"missing-mentor", "missing-hours"},
               {"missing-goal", "missing-tasks"}]
MP_DEFECTS = [set(), set(), set(), {"missing-hours"}, {"missing-mentor"}, {"duration-over-6-months"},
              {"unclear-goal"}, {"missing-tasks"}, {"missing-duration"}]
MA, O6, WR, MR = "missing-appeal-guidance", "duration-over-6-months", "appeal-wrong-route", "missing-reasons"
DEC_PLAN = [("grant", ()), ("grant", ()), ("grant", ()), ("grant", ()), ("grant", (MA,)), ("grant", (O6,)),
            ("grant", (WR,)), ("grant", (O6,)), ("grant", (MA,)),
            ("partial", ()), ("partial", (MR,)), ("partial", (MA,)), ("partial", (O6,)),
            ("refusal", ()), ("refusal", (MR,)), ("refusal", (MA,)), ("refusal", (WR,)), ("refusal", (MR, MA)),
            ("stop", ()), ("stop", (MR,)), ("stop", (MA,)), ("stop", ())]

FORMATS = ["txt", "txt", "eml", "eml", "docx", "docx", "html", "pdf", "odt"]


def plan(rng: random.Random):
    items = []
    for i in range(70):
        items.append(("agreement", AGR_DEFECTS[i % len(AGR_DEFECTS)], pick(rng, FORMATS), None))
    for i in range(19):
        items.append(("minplan", MP_DEFECTS[i % len(MP_DEFECTS)], pick(rng, ["txt", "pdf", "html", "docx", "odt"]),
                      None))
    for dtyp, d in DEC_PLAN:
        items.append(("decision", set(d), pick(rng, ["docx", "pdf", "pdf", "eml", "odt", "html", "txt"]), dtyp))
    for i in range(20):
        sub = UNKNOWN_KINDS[i % len(UNKNOWN_KINDS)]
        fmt = "eml" if sub in ("scheduling", "application") else pick(rng, ["txt", "docx", "pdf", "html", "odt", "eml"])
        if sub == "sms":
            fmt = "txt"
        items.append(("unknown", set(), fmt, sub))
    rng.shuffle(items)
    return items


NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {"agreement": NINE,
           "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                       "duration-over-6-months", "unclear-goal"),
           "decision": ("missing-appeal-guidance", "duration-over-6-months"), "unknown": ()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    to_pdf: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_ao_"))
    for n, (kind, defects, fmt, sub) in enumerate(plan(rng)):
        r = random.Random(SEED * 1000 + n)
        ctx = Ctx(r, n)
        if kind == "agreement":
            doc, layout, period, extras = build_agreement(ctx, defects, fmt)
            subtype = "agreement"
        elif kind == "minplan":
            doc, layout, period, extras = build_minplan(ctx, defects, fmt)
            subtype = "minplan"
        elif kind == "decision":
            doc, layout, period, extras = build_decision(ctx, defects, fmt, sub)
            subtype = f"decision-{sub}"
        else:
            doc, layout, period, extras = build_unknown(ctx, sub, fmt)
            subtype = sub
        traits = []
        # carelessness applied to the whole text
        if r.random() < 0.25:
            plain = r.random() < 0.4
            doc.map_text(lambda s: ascii_danish(s, plain))
            traits.append("no-aeoeaa:" + ("plain" if plain else "digraph"))
        level = pick(r, [0, 0, 0.15, 0.3, 0.5])
        if level:
            doc.map_text(lambda s: artefacts(s, r, level))
            traits.append(f"artefacts:{level}")
        rules = sorted(x for x in defects if x in APPLIES[kind])
        extras = sorted(set(extras))
        must_not = []
        if ctx.cpr:
            must_not = [ctx.cpr, ctx.cpr.replace("-", "")]
            traits.append("cpr")
        folder = pick(r, ["sager", "arkiv/2026", "mentor", "indscannet", "mails", "div"])
        slug = {"agreement": "aftale", "minplan": "minplan", "decision": "afgoerelse"}.get(kind, sub)
        rel = Path(folder) / f"{n:03d}-{slug}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            enc = "cp1252" if r.random() < 0.1 else "utf-8"
            text = render_txt(doc)
            if r.random() < 0.3:
                text = text.replace("\n", "\r\n")
            try:
                path.write_bytes(text.encode(enc))
            except UnicodeEncodeError:
                path.write_bytes(text.encode("utf-8"))
        elif fmt == "html":
            path.write_text(render_html(doc, r), encoding="utf-8")
        elif fmt == "docx":
            render_docx(doc, path, r)
        elif fmt == "odt":
            render_odt(doc, path, r)
        elif fmt == "eml":
            sender = f"{ctx.cw[0]} {ctx.cw[1]} <{mail_of(ctx.cw[0], ctx.kdomain)}>"
            if subtype in ("scheduling",):
                sender = f"{ctx.m[0]} <{mail_of(ctx.m[0], ctx.pdomain)}>"
            if subtype == "application":
                sender = f"{ctx.c[0]} <{mail_of(ctx.c[0], 'gmail.com')}>"
            meta = {"from": sender, "to": f"{mail_of(ctx.c[0], 'hotmail.com')}",
                    "date": dt.datetime(2026, ctx.date.month, ctx.date.day, 10, 5, tzinfo=dt.timezone.utc),
                    "msgid": f"ao{n:04d}", "domain": ctx.kdomain,
                    "sign": "" if kind == "unknown" else
                    f"\n-- \n{ctx.cw[0]} {ctx.cw[1]}\nJobkonsulent, {ctx.k} Kommune\nTlf {ctx.cwphone}\n"}
            if kind == "agreement" and r.random() < 0.3:
                meta["quote"] = (f"\nDen {fmt_date(ctx.date, 'words')} skrev {ctx.c[0]}:\n> hej, hvornår starter "
                                 f"jeg med mentor?\n> mvh {ctx.c[0]}\n")
            path.write_bytes(render_eml(doc, meta, r))
        elif fmt == "pdf":
            src_fmt = pick(r, ["docx", "odt"])
            src = tmp / f"{n:03d}.{src_fmt}"
            (render_docx if src_fmt == "docx" else render_odt)(doc, src, r)
            to_pdf.append((src, path))
            traits.append(f"pdf-from-{src_fmt}")
        entry = {"path": rel.as_posix(), "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
                 "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                 "must_not_contain": must_not, "traits": traits}
        if period:
            entry["period"] = {"start": period.start.isoformat(), "end": period.end.isoformat()}
        entries.append(entry)
    if to_pdf:
        profile = "file:///tmp/lo_ao_profile"
        outdir = tmp / "pdf"
        outdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(s) for s, _ in to_pdf]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dst in to_pdf:
            produced = outdir / (src.stem + ".pdf")
            if not produced.is_file():
                print(f"LibreOffice did not convert {src.name}", file=sys.stderr)
                return 1
            shutil.move(str(produced), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
