#!/usr/bin/env python3
"""Corpus IY: mentor paperwork written by people who spell and type badly.

Dyslexic writers, phone keyboards and autocorrect, second-language Danish, keyboards without
æ/ø/å, split or run-together words, wrong capitals, doubled or dropped letters, grammar errors and
text dictated to a phone. Every document gets its own mix of error habits ("persona"), so no single
pattern runs through the corpus. Labels follow what the text MEANS (law + rule docs), not its spelling.

Usage: make_corpus_iy.py --out /work/corpora/iy [--seed 2026]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import shutil
from pathlib import Path

# ----------------------------------------------------------------------------- dates

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTH_TYPO = {"januar": ["januor", "janaur"], "februar": ["febuar", "februa", "feburar"],
              "marts": ["marst", "mart", "marts"], "april": ["april", "apirl"], "maj": ["maj", "mai"],
              "juni": ["juni", "jiuni"], "juli": ["juli", "juuli"], "august": ["agust", "augsut", "auguts"],
              "september": ["sebtember", "septemper", "septmber"], "oktober": ["oktobor", "oktobr"],
              "november": ["novembr", "nowember"], "december": ["desember", "decmber"]}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: str, rng: random.Random, typo_months: bool) -> str:
    mname = MONTHS[d.month - 1]
    if typo_months:
        mname = rng.choice(MONTH_TYPO[mname])
    if style == "words":
        return f"{d.day}. {mname} {d.year}"
    if style == "words_nodot":
        return f"{d.day} {mname} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year % 100:02d}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots_short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}. {mname} {d.year}"


DATE_STYLES = ["words", "words_nodot", "slash", "slash2", "dots", "dots_short", "dash", "iso"]

# ----------------------------------------------------------------------------- personas

SPLITS = {"mentorstøtte": "mentor støtte", "mentorstøtten": "mentor støtten",
          "klagevejledning": "klage vejledning", "opfølgning": "op følgning",
          "statusmøde": "status møde", "statusmøder": "status møder", "timetal": "time tal",
          "sagsbehandler": "sags behandler", "Ankestyrelsen": "Anke styrelsen",
          "virksomhedspraktik": "virksomheds praktik", "arbejdsmarkedet": "arbejds markedet",
          "kontaktoplysninger": "kontakt oplysninger", "mentorforløb": "mentor forløb",
          "uddannelsen": "ud dannelsen", "praktikplads": "praktik plads", "Jobcenter": "Job center",
          "jobcentret": "job centret", "evaluering": "evalu ering", "Opfølgning": "Op følgning",
          "Klagevejledning": "Klage vejledning", "Mentorstøtte": "Mentor støtte"}
JOINS = [("hvis du", "hvisdu"), ("at du", "atdu"), ("til kommunen", "tilkommunen"),
         ("om ugen", "omugen"), ("skal du", "skaldu"), ("i gang", "igang"), ("for at", "forat"),
         ("på at", "påat"), ("kan du", "kandu")]
AUTOCORRECT = {"hver": "her", "uge": "huge", "ugen": "ugen", "møde": "mode", "møder": "moder",
               "borgeren": "borgerne", "aftale": "aftalte", "praktik": "praktisk", "skal": "Skal",
               "mentor": "mentor", "klage": "klager", "mødes": "modes", "job": "Job",
               "timer": "timer", "fast": "fat", "hjælpe": "hjælp", "vil": "Vil", "jeg": "Jeg",
               "tid": "tit", "ringe": "ringer", "følge": "følger", "kan": "Kan"}
L2_VERB_INF = {"møde", "hjælpe", "følge", "ringe", "tale", "komme", "starte", "lave", "finde",
               "holde", "gå", "sende", "klage", "lære", "tage", "søge", "bruge"}
L2_SWAPS = {"en": "et", "et": "en", "den": "det", "det": "den", "hun": "han", "sin": "hans",
            "sit": "sin", "af": "på", "på": "i", "til": "for"}
AE_MAPS = {
    "foreign": {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"},
    "strip": {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"},
    "mixed": {"æ": "e", "ø": "o", "å": "aa", "Æ": "E", "Ø": "O", "Å": "Aa"},
    "german": {"æ": "ä", "ø": "ö", "å": "a", "Æ": "Ä", "Ø": "Ö", "Å": "A"},
}
VOWELS = "aeiouyæøå"
# number words and negation: changing them would change the meaning, so no writer habit touches them
PROTECTED = {"fire", "seks", "to", "tre", "fem", "ni", "ti", "ikke", "ingen", "år"}


def _dyslexic_word(w: str, rng: random.Random) -> str:
    core = w
    if len(core) < 3 or not core.isalpha():
        return w
    op = rng.choice(["swap", "double", "drop", "bd", "vowel", "drop2", "swap"])
    i = rng.randrange(1, len(core) - 1)
    if op == "swap":
        return core[:i] + core[i + 1] + core[i] + core[i + 2:]
    if op == "double" and core[i].lower() not in VOWELS:
        return core[:i] + core[i] + core[i:]
    if op == "drop":
        m = re.search(r"(\w)\1", core)
        if m:
            return core[:m.start()] + core[m.start() + 1:]
        return core[:i] + core[i + 1:] if len(core) > 4 else core
    if op == "bd":
        return core.replace("d", "b", 1) if "d" in core[1:] else core.replace("b", "d", 1)
    if op == "vowel":
        vs = [k for k, c in enumerate(core) if c in "aeiou" and k > 0]
        if vs:
            k = rng.choice(vs)
            return core[:k] + rng.choice([c for c in "aeiou" if c != core[k]]) + core[k + 1:]
    if op == "drop2" and len(core) > 5:
        return core[:-1] if core.endswith(("e", "t", "r")) else core
    return core


def corrupt(text: str, rng: random.Random, persona: dict) -> str:
    """Apply one writer's error habits to a text. Never touches tokens with digits or @."""
    if persona.get("joins"):
        for a, b in JOINS:
            if rng.random() < persona["joins"]:
                text = text.replace(a, b, 1)
    out_lines = []
    for line in text.split("\n"):
        parts = re.split(r"(\s+)", line)
        res = []
        prev = ""
        for tok in parts:
            if not tok or tok.isspace() or re.search(r"[\d@/]", tok) or tok.startswith("http") or tok.startswith("www"):
                res.append(tok)
                if tok and not tok.isspace():
                    prev = tok
                continue
            m = re.match(r"^([^\wæøåÆØÅ]*)([\wæøåÆØÅ-]+)([^\wæøåÆØÅ]*)$", tok)
            if not m:
                res.append(tok)
                continue
            pre, w, post = m.groups()
            if w.lower() in PROTECTED:
                res.append(tok)
                prev = w
                continue
            if persona.get("split") and w in SPLITS and rng.random() < persona["split"]:
                w = SPLITS[w]
            elif persona.get("autocorrect") and w.lower() in AUTOCORRECT and rng.random() < persona["autocorrect"]:
                w = AUTOCORRECT[w.lower()]
            elif persona.get("l2") and rng.random() < persona["l2"]:
                if w in L2_SWAPS:
                    w = L2_SWAPS[w]
                elif prev.lower() in ("skal", "kan", "vil", "må") and w in L2_VERB_INF:
                    w = w + "r"
            if persona.get("dyslexic") and rng.random() < persona["dyslexic"]:
                w = _dyslexic_word(w, rng)
            if persona.get("caps") and rng.random() < persona["caps"]:
                w = w.capitalize() if w.islower() else w.lower()
            if persona.get("nouncaps") and len(w) > 5 and w.islower() and rng.random() < persona["nouncaps"]:
                w = w.capitalize()
            tok = pre + w + post
            res.append(tok)
            prev = w
        out_lines.append("".join(res))
    text = "\n".join(out_lines)
    if persona.get("ae"):
        amap = AE_MAPS[persona["ae"]]
        rate = persona.get("ae_rate", 1.0)
        text = "".join(amap[c] if c in amap and rng.random() < rate else c for c in text)
    if persona.get("lower"):
        text = text.lower()
    return text


def dictate(text: str, rng: random.Random) -> str:
    """Phone dictation: lower case, punctuation spoken or lost, one run-on block per paragraph."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        p = p.replace("\n", " ")
        p = re.sub(r"(?<!\d)\.(?=\s|$)", lambda _m: rng.choice([" punktum", "", "", " ."]), p)
        p = re.sub(r",(?!\d)", lambda _m: rng.choice([" komma", "", ""]), p)
        p = p.replace(":", rng.choice(["", " kolon", " "]))
        p = re.sub(r"\s+", " ", p).strip().lower()
        out.append(p + rng.choice(["", " ny linje", " ny linie"]))
    return "\n".join(out) + "\n"


def make_persona(rng: random.Random) -> tuple[dict, list[str]]:
    habits = ["dyslexic", "ae", "autocorrect", "l2", "split", "caps", "joins", "nouncaps"]
    k = rng.choice([1, 2, 2, 3])
    base = rng.choice(["dyslexic", "dyslexic", "ae", "ae", "l2", "autocorrect"])
    chosen = [base] + rng.sample([h for h in habits if h != base], k)
    p: dict = {}
    traits = []
    for h in chosen:
        if h == "dyslexic":
            p[h] = rng.choice([0.06, 0.1, 0.14, 0.2])
        elif h == "ae":
            p[h] = rng.choice(list(AE_MAPS))
            p["ae_rate"] = rng.choice([1.0, 1.0, 0.6, 0.3])
            traits.append(f"spell:ae-{p[h]}")
            continue
        elif h == "autocorrect":
            p[h] = rng.choice([0.3, 0.5, 0.8])
        elif h == "l2":
            p[h] = rng.choice([0.15, 0.3])
        elif h == "split":
            p[h] = rng.choice([0.5, 0.8, 1.0])
        elif h == "caps":
            p[h] = rng.choice([0.04, 0.08])
        elif h == "joins":
            p[h] = rng.choice([0.5, 1.0])
        elif h == "nouncaps":
            p[h] = rng.choice([0.4, 0.7])
        traits.append(f"spell:{h}")
    if rng.random() < 0.12:
        p["lower"] = True
        traits.append("spell:all-lower")
    return p, traits


# ----------------------------------------------------------------------------- content pools

CITIZENS = ["Dorthe Hvid", "Mikkel Sand", "Yasmin Haddad", "Ali Rahimi", "Jannik Borup", "Camilla Friis",
            "Rasmus Lykke", "Fatima Osman", "Kristoffer Dam", "Sabina Nowak", "Nicolai Ebbesen",
            "Hodan Warsame", "Emil Kjær", "Louise Brink", "Tobias Rønn", "Amira Saleh", "Kenneth Holt",
            "Signe Mørch", "Bilal Aziz", "Tina Vestergaard", "Omar Yusuf", "Line Dahl", "Patrick Juhl",
            "Maja Skov", "Ibrahim Celik", "Sofie Krogh", "Daniel Mortensen", "Agnieszka Zielinska"]
MENTORS = [("Bente Kragh", "22 41 87 03", "bk@mentorhuset-nf.dk", "Mentorhuset Nykøbing"),
           ("Jesper Thygesen", "30 55 12 90", "jt@jobogtrivsel.dk", "Job & Trivsel ApS"),
           ("Hanne Lund", "61 20 44 38", "hanlu@guldborgsund.dk", "Kommunens mentorkorps"),
           ("Karim Benali", "28 19 73 05", "karim@brobyggerne.dk", "Brobyggerne"),
           ("Susanne Weber", "40 86 21 17", "suwe@guldborgsund.dk", "Ungeenheden"),
           ("Morten Falk", "53 77 08 64", "mf@falkmentor.dk", "Falk Mentor & Coaching"),
           ("Gitte Ravn", "26 33 90 41", "gitte.ravn@lollandmentor.dk", "LollandMentor"),
           ("Ahmad Karimi", "91 45 66 02", "ak@nybane.dk", "Ny Bane ApS")]
CASEWORKERS = [("Pia Holm", "54 73 21 10"), ("Lars Jeppesen", "54 73 21 44"), ("Zeynep Arslan", "54 73 22 08"),
               ("Birgitte Ahlmann", "54 73 21 87"), ("Thomas Nørby", "54 73 23 15")]
KOMMUNE = "Guldborgsund Kommune"

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 til tømrer på CELF {d} og møder op alle skoledage.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto på Østergade inden {d}, med henblik på løntilskud.",
    "{f} har et fleksjob som køkkenmedhjælper på 12 timer om ugen senest {d}.",
    "{f} gennemfører FGU-forløbet på Produktionsskolen og har under 3 fraværsdage om måneden.",
    "{f} kommer i ordinært job som lagerarbejder 25 timer om ugen inden {d}.",
    "At {f} starter på SOSU-hjælperuddannelsen {d} og kommer hver dag de første 8 uger.",
    "{f} møder stabilt i praktik på genbrugspladsen 3 dage om ugen og kan derefter få et løntilskudsjob.",
    "{f} har bestået danskprøve 2 og søger mindst 2 job om ugen som rengøringsassistent.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "{f} skal have det bedre og komme videre i livet.",
    "Hjælp til at få styr på tingene og mere selvværd.",
    "Sikre at {f} får en god hverdag og kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og arbejde med trivsel og struktur.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger, ringe om morgenen de dage hvor der er mødetid, og tale om transport og fremmøde en gang om ugen.",
    "Hjælpe med at åbne og læse post i e-Boks, lave en ugeplan med mødetider og tage med til første samtale på skolen.",
    "Mentoren vækker {f} på telefon kl. 7 på skoledage, går med til studievejlederen og hjælper med lektieplan.",
    "Samtaler om at holde fast i praktikken, kontakt til arbejdspladsens kontaktperson og hjælp med at bruge rejsekort.",
    "Støtte til jobsøgning: skrive CV og ansøgninger sammen, øve jobsamtaler og følge med til samtaler hvis {f} ønsker det.",
    "Mentoren hjælper med at finde en læge, få styr på medicin-tider så det passer med arbejdet, og ringer efter hver arbejdsdag den første måned.",
]
FOLLOWUPS = [
    "Statusmøde med {f}, mentor og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter. Delmål: fremmøde 4 ud af 5 dage fra 2. måned.",
    "Vi følger op hver 4. uge på et møde i jobcentret. Mentor sender kort status skriftligt hver måned. Progression måles på fremmøde.",
    "Opfølgning hver anden uge på telefon mellem mentor og sagsbehandler, og midtvejsevaluering efter 3 måneder med {f}.",
    "Statussamtale hver 6. uge; sidste evaluering senest 14 dage inden ophør. Delmål 1: møder til tiden. Delmål 2: 20 timer om ugen.",
]
FOLLOWUPS_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi tager det som det kommer og følger op når der er brug for det."]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "4 t/uge", "1,5 time ugentligt", "8 timer om måneden",
         "5 timer pr uge de første 4 uger, derefter 2 timer pr uge", "2 timer ugentlig"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, det aftales med mentor", "så meget som der er brug for"]
APPEALS_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden 4 uger fra du har modtaget brevet. Kommunen ser på sagen igen (genvurdering) inden 4 uger. Hvis kommunen fastholder afgørelsen, sendes din klage videre til Ankestyrelsen. Du kan klage skriftligt eller mundtligt. Reglerne står i LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {k}, Jobcenter, inden fire uger efter at du har fået afgørelsen. Vi vurderer sagen igen, og hvis vi holder fast i afgørelsen, sender vi klagen til Ankestyrelsen.",
    "Klage: Er du uenig, kan du klage til kommunen senest 4 uger efter du har fået denne afgørelse. Fastholder kommunen afgørelsen sender vi klagen og sagens papirer videre til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Vil du klage, skal du kontakte din sagsbehandler i jobcentret inden fire uger. Du kan ringe eller skrive. Jobcentret genvurderer afgørelsen, og hvis den ikke ændres bliver klagen sendt til Ankestyrelsen.",
]
APPEALS_BAD = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds kan du klage.",
               "Klagevejledning: kontakt os hvis du ikke er enig.", "Hvis du vil klage, skal det ske hurtigst muligt."]
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordring til kommunen "
                "inden 4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen.")


def cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(60, 99) if rng.random() < 0.7 else rng.randint(0, 6)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(0, 9999):04d}"


# ----------------------------------------------------------------------------- writers

def write_txt(path: Path, text: str):
    path.write_text(text, encoding="utf-8")


def write_md(path: Path, text: str, title: str):
    path.write_text(f"# {title}\n\n" + text, encoding="utf-8")


def write_html(path: Path, blocks: list, title: str):
    import html
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>",
             f"<h2>{html.escape(title)}</h2>"]
    for b in blocks:
        if isinstance(b, list):
            parts.append("<table border=\"1\">" + "".join(
                f"<tr><td>{html.escape(a)}</td><td>{html.escape(v)}</td></tr>" for a, v in b) + "</table>")
        else:
            for para in b.split("\n"):
                if para.strip():
                    parts.append(f"<p>{html.escape(para)}</p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_docx(path: Path, blocks: list, title: str):
    import docx
    d = docx.Document()
    d.add_paragraph(title).runs[0].bold = True
    for b in blocks:
        if isinstance(b, list):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b:
                r = t.add_row().cells
                r[0].text = a
                r[1].text = v
        else:
            for para in b.split("\n"):
                if para.strip():
                    d.add_paragraph(para)
    fixed = dt.datetime(2026, 11, 30, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = ""
    d.save(str(path))


def write_odt(path: Path, blocks: list, title: str):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    doc.text.addElement(P(text=title))
    for b in blocks:
        if isinstance(b, list):
            for a, v in b:
                doc.text.addElement(P(text=f"{a} {v}"))
        else:
            for para in b.split("\n"):
                if para.strip():
                    doc.text.addElement(P(text=para))
    doc.save(str(path))


def _rtf_esc(s: str) -> str:
    out = []
    for c in s:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            out.append(f"\\u{ord(c)}?")
        else:
            out.append(c)
    return "".join(out)


def write_rtf(path: Path, blocks: list, title: str):
    lines = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\fs22", f"{{\\b {_rtf_esc(title)}}}\\par"]
    for b in blocks:
        if isinstance(b, list):
            for a, v in b:
                lines.append(f"{_rtf_esc(a)}\\tab {_rtf_esc(v)}\\par")
        else:
            for para in b.split("\n"):
                lines.append(_rtf_esc(para) + "\\par")
    lines.append("}")
    path.write_text("\n".join(lines), encoding="ascii")


def write_pdf(path: Path, blocks: list, title: str):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        font = "DejaVu"
    except Exception:
        font = "Helvetica"
    ss = getSampleStyleSheet()
    st = ss["Normal"]
    st.fontName = font
    h = ss["Heading2"]
    h.fontName = font
    story = [Paragraph(escape(title), h)]
    for b in blocks:
        if isinstance(b, list):
            story.append(Table([[Paragraph(escape(a), st), Paragraph(escape(v), st)] for a, v in b],
                               colWidths=[150, 330], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        else:
            for para in b.split("\n"):
                if para.strip():
                    story.append(Paragraph(escape(para), st))
                    story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title="").build(story)


def blocks_to_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.append("\n".join(f"{a} {v}" for a, v in b))
        else:
            out.append(b)
    return "\n\n".join(out) + "\n"


# ----------------------------------------------------------------------------- document builders

class Ctx:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        self.citizen = rng.choice(CITIZENS)
        self.first = self.citizen.split()[0]
        self.mentor = rng.choice(MENTORS)
        self.cw = rng.choice(CASEWORKERS)
        self.typo_months = rng.random() < 0.3
        self.date_style = rng.choice(DATE_STYLES)
        self.traits: list[str] = []
        self.cpr = None
        self.period = None

    def d(self, date: dt.date) -> str:
        return fmt_date(date, self.date_style, self.rng, self.typo_months)

    def f(self, s: str, **kw) -> str:
        return s.format(f=self.first, k=KOMMUNE, **kw)


def make_period(ctx: Ctx, over: bool):
    rng = ctx.rng
    start = dt.date(2026, rng.randint(2, 10), rng.choice([1, 1, 1, 15, 4, 10]))
    if over:
        kind = rng.choice(["months", "months", "oneday"])
        if kind == "oneday":
            end = add_months(start, 6)
            ctx.traits.append("period:one-day-over")
        else:
            end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
            ctx.traits.append("period:over")
    else:
        k = rng.choice([3, 4, 6, 6, 6])
        end = add_months(start, k) - dt.timedelta(days=1)
        ctx.traits.append("period:exact-six" if k == 6 else "period:short")
    ctx.period = {"start": start.isoformat(), "end": end.isoformat()}
    return start, end


def duration_text(ctx: Ctx, start, end) -> str:
    rng = ctx.rng
    a, b = ctx.d(start), ctx.d(end)
    return rng.choice([f"{a} - {b}", f"fra {a} til {b}", f"{a} til og med {b}", f"f.o.m. {a} t.o.m. {b}",
                       f"{a} – {b}"])


def agreement(ctx: Ctx, defects: set) -> tuple[str, list, str]:
    rng = ctx.rng
    f = ctx.first
    start, end = make_period(ctx, "duration-over-6-months" in defects)
    dur = duration_text(ctx, start, end)
    if "missing-duration" in defects:
        dur = rng.choice([f"fra {ctx.d(start)} og indtil videre", "indtil videre", "aftales senere"])
        ctx.period = None
        ctx.traits.append("duration:open")
    goal = ctx.f(rng.choice(GOALS_CLEAR), d=ctx.d(add_months(start, 3)))
    if "unclear-goal" in defects:
        goal = ctx.f(rng.choice(GOALS_UNCLEAR))
    if "missing-goal" in defects:
        goal = rng.choice(["", "udfyldes senere", "xx", "?"])
    mname, mtel, mmail, morg = ctx.mentor
    mentor = rng.choice([f"{mname}, {morg}, tlf. {mtel}", f"{mname} - {mmail} - {mtel}",
                         f"{mname} ({morg}) mobil {mtel}, mail {mmail}"])
    if "missing-mentor" in defects:
        mentor = rng.choice([mname + f", {morg}", "findes senere", f"{morg} (mentor er ikke valgt endnu)"])
        ctx.traits.append("mentor:no-contact")
    tasks = ctx.f(rng.choice(TASKS))
    if "missing-tasks" in defects:
        tasks = rng.choice(["", "-", "aftales med mentor", "se ovenfor"]) if rng.random() < 0.6 else None
    follow = ctx.f(rng.choice(FOLLOWUPS))
    if "missing-follow-up" in defects:
        follow = rng.choice(FOLLOWUPS_VAGUE) if rng.random() < 0.6 else None
    hours = rng.choice(HOURS)
    if "missing-hours" in defects:
        hours = rng.choice(HOURS_VAGUE) if rng.random() < 0.6 else None
    appeal = ctx.f(rng.choice(APPEALS_FULL))
    if "missing-appeal-guidance" in defects:
        appeal = rng.choice(APPEALS_BAD + [None, None])
    fields = [("Mål med mentorstøtten:", goal), ("Mentor (navn og kontakt):", mentor),
              ("Mentors opgaver:", tasks), ("Periode:", dur), ("Opfølgning og progression:", follow),
              ("Timetal:", hours), ("Klagevejledning:", appeal)]
    alt_labels = {
        0: ["Mål:", "Formål med mentorforløbet:", "Målet for forløbet:", "Hovedmål:"],
        1: ["Mentor:", "Din mentor:", "Mentorens navn og kontaktdata:", "Kontakt til mentor:"],
        2: ["Opgaver:", "Hvad skal mentoren hjælpe med:", "Mentoren skal hjælpe med:", "Indsatsområder:"],
        3: ["Varighed:", "Aftalen gælder:", "Periode for mentorstøtten:", "Bevilget periode:"],
        4: ["Opfølgning:", "Evaluering og opfølgning:", "Statusmøder:", "Sådan følger vi op:"],
        5: ["Timer:", "Antal timer:", "Timer pr. uge:", "Omfang:"],
        6: ["Klagevejledning", "Hvis du vil klage:", "Sådan klager du:", "Klagemulighed:"],
    }
    fields = [(rng.choice(alt_labels[i] + [lab]), v) for i, (lab, v) in enumerate(fields)]
    if rng.random() < 0.3:  # order shuffle (appeal stays last)
        mid = fields[1:6]
        rng.shuffle(mid)
        fields = [fields[0]] + mid + [fields[6]]
    fields = [(lab, v) for lab, v in fields if v is not None]
    layout = rng.choice(["labels", "labels", "table", "numbered", "prose", "dictated"])
    head = rng.choice([f"Mentoraftale for {ctx.citizen}", f"Aftale om mentorstøtte - {ctx.citizen}",
                       f"MENTOR AFTALE {ctx.citizen}", f"Skriftlig aftale om mentor ({KOMMUNE})"])
    intro = ctx.f(rng.choice([
        "Aftalen er lavet mellem {f}, mentor og jobcentret i {k} efter LAB § 167.",
        "Denne aftale er indgået på mødet i kommunen. Mentorstøtten er bevilget efter lov om en aktiv beskæftigelsesindsats § 167.",
        "Hej {f}. Her er den aftale vi lavede i dag om din mentor.",
        "Mentorstøtte efter § 31 b / § 167 – aftale mellem borger, mentor og sagsbehandler.",
    ]))
    if rng.random() < 0.3:
        ctx.cpr = cpr(rng)
        intro = f"Borger: {ctx.citizen}, cpr.nr. {ctx.cpr}\n" + intro
    sign = f"Sagsbehandler: {ctx.cw[0]}, tlf. {ctx.cw[1]}\nDato: {ctx.d(start - dt.timedelta(days=rng.randint(3, 12)))}"
    return head, build_layout(ctx, layout, intro, fields, sign), layout


def build_layout(ctx: Ctx, layout: str, intro: str, fields: list, sign: str) -> list:
    rng = ctx.rng
    if layout == "table":
        return [intro, [(a, v if v else "") for a, v in fields], sign]
    if layout == "numbered":
        return [intro, "\n".join(f"{i}) {a} {v}" for i, (a, v) in enumerate(fields, 1)), sign]
    if layout in ("prose", "dictated"):
        sents = []
        for a, v in fields:
            if not v:
                sents.append(f"{a.rstrip(':')}: {v}")
                continue
            lab = a.rstrip(":").strip()
            sents.append(f"{lab}: {v}")
        return [intro, "\n\n".join(sents), sign]
    return [intro, "\n".join(f"{a} {v}" for a, v in fields), sign]


def decision(ctx: Ctx, sub: str, defects: set) -> tuple[str, list, str]:
    rng = ctx.rng
    f = ctx.first
    over = "duration-over-6-months" in defects
    mname, mtel, mmail, morg = ctx.mentor
    appeal = ctx.f(rng.choice(APPEALS_FULL))
    if "missing-appeal-guidance" in defects:
        appeal = rng.choice(APPEALS_BAD + [None])
        if rng.random() < 0.25:
            appeal = APPEAL_OTHER
            ctx.traits.append("appeal:other-subject")
    hours = rng.choice(HOURS)
    head = {"grant": "Afgørelse om mentorstøtte - bevilling", "partial-grant": "Afgørelse: mentorstøtte delvist bevilget",
            "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
            "end": "Ophør af mentorstøtte"}[sub]
    head = rng.choice([head, head.upper(), f"Vedr. {head.lower()}"])
    body = [f"Kære {ctx.citizen}"]
    if rng.random() < 0.3:
        ctx.cpr = cpr(rng)
        body[0] = f"Cpr-nr.: {ctx.cpr}\n\nKære {ctx.citizen}"
    if sub in ("grant", "partial-grant", "extension"):
        start, end = make_period(ctx, over)
        per = duration_text(ctx, start, end)
        if sub == "grant":
            body.append(ctx.f(rng.choice([
                "Du har søgt om mentor. Kommunen har bevilget mentorstøtte til dig i perioden {p}. Du får {h} med {m} fra {o}.",
                "Vi har besluttet at du får mentorstøtte efter LAB § 167 i perioden {p}. Mentor bliver {m}, {o}, tlf. {t}. Timer: {h}.",
            ]), p=per, h=hours, m=mname, o=morg, t=mtel))
            body.append(ctx.f("Begrundelse: Vi har lagt vægt på at du har svært ved at møde stabilt i praktik, og at mentor kan hjælpe dig med at holde fast i dit mål om job."))
        elif sub == "partial-grant":
            body.append(ctx.f(rng.choice([
                "Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Du får mentorstøtte i perioden {p} med {h}.",
                "Din ansøgning om mentorstøtte i 9 måneder er delvist imødekommet: vi bevilger perioden {p}, {h}.",
            ]), p=per, h=hours))
            body.append("Begrundelse: Efter LAB § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. "
                        "Vi vurderer at færre timer er nok, fordi du allerede har en kontaktperson i praktikken. "
                        "Vi ser på behovet igen inden perioden slutter.")
            ctx.traits.append("asked-longer")
        else:
            prev_start = add_months(start, -6)
            body.append(ctx.f("Du har haft mentor siden {ps}. Efter en konkret vurdering forlænger vi din mentorstøtte (forlængelse) i perioden {p} med {h}. Mentor er stadig {m}.",
                              ps=ctx.d(prev_start), p=per, h=hours, m=mname))
            body.append("Begrundelse: Du er kommet godt i gang i praktikken, men har stadig brug for hjælp til fremmøde. Det er efter LAB § 167, stk. 1, 2. pkt.")
    elif sub == "refusal":
        body.append(ctx.f(rng.choice([
            "Du har søgt om mentorstøtte. Vi har givet dig afslag.",
            "Kommunen kan ikke bevilge dig en mentor som du har søgt om.",
        ])))
        body.append(ctx.f("Begrundelse: Efter LAB § 167 skal mentorstøtte hjælpe dig i gang med job eller uddannelse. Du har allerede en SPS-støtteperson på skolen, som dækker det du har brug for. Vi har lagt vægt på udtalelsen fra skolen."))
    else:  # end
        stop = dt.date(2026, rng.randint(3, 11), rng.choice([1, 15]))
        body.append(ctx.f("Din mentorstøtte stopper den {sd}. Du er startet på uddannelsen og har ikke længere brug for mentor.", sd=ctx.d(stop)))
        body.append("Begrundelse: Formålet med mentorstøtten er opfyldt (LAB § 167).")
        ctx.traits.append("end-letter")
    if appeal:
        body.append(rng.choice(["Klagevejledning\n", "Hvis du vil klage\n", "Klage vejledning:\n", ""]) + appeal)
    body.append(f"Venlig hilsen\n{ctx.cw[0]}\n{KOMMUNE}, Jobcenter\nTlf. {ctx.cw[1]}")
    layout = rng.choice(["letter", "letter", "letter-short"])
    if layout == "letter-short":
        body = [b.replace("Begrundelse: Vi har lagt vægt på", "Vi har lagt vægt på").replace("Begrundelse: ", "Vi har lagt vægt på følgende: ") for b in body]
    return head, ["\n\n".join(body)], layout


def minplan(ctx: Ctx, defects: set) -> tuple[str, list, str]:
    rng = ctx.rng
    start, end = make_period(ctx, "duration-over-6-months" in defects)
    dur = duration_text(ctx, start, end)
    if "missing-duration" in defects:
        dur = rng.choice(["", "indtil videre", "?"])
        ctx.period = None
    goal = ctx.f(rng.choice(GOALS_CLEAR), d=ctx.d(add_months(start, 2)))
    if "unclear-goal" in defects:
        goal = ctx.f(rng.choice(GOALS_UNCLEAR))
    if "missing-goal" in defects:
        goal = None
    mname, mtel, mmail, morg = ctx.mentor
    mentor = f"{mname}, {morg}, tlf {mtel}"
    if "missing-mentor" in defects:
        mentor = rng.choice([f"{mname}", f"{morg}", "mentor findes"])
    tasks = ctx.f(rng.choice(TASKS))
    if "missing-tasks" in defects:
        tasks = None
    hours = rng.choice(HOURS)
    if "missing-hours" in defects:
        hours = rng.choice(HOURS_VAGUE + [None])
    fields = [("Mål:", goal), ("Mentor:", mentor), ("Opgaver:", tasks), ("Periode:", dur), ("Timer:", hours)]
    alt = {0: ["Formål:", "Mål med mentor:", "Hvorfor mentor:"], 1: ["Mentors navn og kontakt:", "Kontaktperson (mentor):"],
           2: ["Mentor skal hjælpe med:", "Indsatsområder:"], 3: ["Varighed:", "Gælder:"], 4: ["Timetal:", "Timer pr uge:"]}
    fields = [(rng.choice(alt[i] + [lab]), v) for i, (lab, v) in enumerate(fields) if v is not None]
    extra = ""
    if rng.random() < 0.3:
        extra = ctx.f("Andre aktiviteter: {f} går også på FGU fra 10/8-2026 til 30/6-2028.")
        ctx.traits.append("other-activity-long")
    head = rng.choice(["Min Plan - mentorstøtte", "MIN PLAN: Mentor", "Min plan / indsats: mentorstøtte",
                       f"Min Plan for {ctx.citizen} – mentor"])
    intro = f"Borger: {ctx.citizen}\nIndsats: Mentorstøtte (LAB § 167)\nOprettet af: {ctx.cw[0]}"
    if rng.random() < 0.25:
        ctx.cpr = cpr(rng)
        intro = intro.replace(f"Borger: {ctx.citizen}", f"Borger: {ctx.citizen} ({ctx.cpr})")
    layout = rng.choice(["labels", "table", "dictated"])
    blocks = build_layout(ctx, layout if layout != "dictated" else "prose", intro, fields, extra or "Planen er set og godkendt af borgeren.")
    return head, blocks, layout


UNKNOWN_DOCS = {
    "status-report": lambda c: ("Statusrapport fra mentor", [
        c.f("Status på {f}, måned 2\n\n{f} har mødt i praktik de fleste dage. Vi har haft samtaler hver tirsdag om fremmøde. "
            "Der var 3 sygedage. Næste skridt er at tale med praktikstedet om flere timer. "
            "Jeg anbefaler at forløbet fortsætter som aftalt.\n\nMvh " + c.mentor[0])]),
    "invoice": lambda c: (f"Faktura nr. {c.rng.randint(1000, 9999)}", [
        c.f("Til: {k}, Jobcenter\nFra: " + c.mentor[3] + "\nVedr: mentorforløb {f}\n\n"
            "12 timer mentor á 450 kr = 5400 kr\nKørsel 86 km = 325,08 kr\nI alt ex moms: 5725,08 kr\n\n"
            "Betaling 30 dage netto. Bank: reg 1234 konto 5678901")]),
    "minutes": lambda c: ("Referat af netværksmøde", [
        c.f("Deltagere: {f}, mor, mentor " + c.mentor[0] + ", sagsbehandler " + c.cw[0] + "\n\n"
            "1. Hvordan går det: {f} synes det går bedre i skolen.\n2. Mentor fortæller om samarbejdet.\n"
            "3. Vi aftaler et nyt møde om en måned.\n\nReferent: " + c.cw[0])]),
    "leaflet": lambda c: ("Hvad er en mentor? Info til borgere", [
        c.f("En mentor kan hjælpe dig i gang med job eller uddannelse. Når du får en mentor, laver vi en skriftlig aftale. "
            "Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, "
            "hvor længe aftalen gælder (højst 6 måneder) og opfølgning, hvor mange timer om ugen, og en klagevejledning. "
            "Du kan klage til kommunen inden 4 uger. Spørg din sagsbehandler hvis du vil vide mere.")]),
    "complaint": lambda c: ("Klage", [
        c.f("Hej " + c.cw[0] + "\n\nJeg vil klage over at jeg ikke fik mentor. Jeg syntes det er uretfærdigt for jeg har brug for hjælp "
            "til at komme op om morgenen og komme i skole. Kan i ringe til mig.\n\nHilsen {f}")]),
    "private-agreement": lambda c: ("Mentoraftale – Lærling og mentor (internt i virksomheden)", [
        c.f("Mellem lærling {f} og svend Kim Ravn, Ravn VVS ApS.\n\nKim er {f}s faste makker og mentor i læretiden. "
            "Vi mødes 15 min hver fredag og snakker om ugen. Aftalen gælder hele læretiden, ca. 4 år. "
            "Dette er en intern aftale i virksomheden og har ikke noget med kommunen at gøre.\n\nUnderskrift: ______")]),
    "sports-mentor": lambda c: ("Frivillig mentor i idrætsforeningen", [
        c.f("Klubben tilbyder unge en frivillig mentor fra klubben. Mentor og ung mødes ca. hver anden uge i et år. "
            "Målet er at den unge får et fritidsjob gennem klubbens sponsorer. Kontakt formand Jens Hald på 21 21 43 43.")]),
    "job-ad": lambda c: ("Stillingsopslag: Mentor søges", [
        c.f(c.mentor[3] + " søger mentor 25 timer om ugen. Du skal hjælpe borgere i gang med job og uddannelse, "
            "lave aftaler med jobcentret og følge op. Ansøgningsfrist 1. oktober 2026. Kontakt " + c.mentor[0] + ", " + c.mentor[2])]),
    "phone-note": lambda c: ("Journalnotat – telefonsamtale", [
        c.f("Ringede til {f} i dag. {f} fortæller at mentor er god. Har været syg i 2 dage. Vi aftaler at {f} ringer til mentor i morgen. "
            "Ingen ændringer i planen.\n/" + c.cw[0])]),
    "meeting-invite": lambda c: ("Indkaldelse til samtale", [
        c.f("Kære {f}\n\nDu er indkaldt til samtale i jobcentret den 14. september 2026 kl. 10.00. Vi skal tale om om du kan få en mentor. "
            "Hvis du ikke kan komme skal du ringe til " + c.cw[0] + " på " + c.cw[1] + ".\n\nHusk at tage medicinliste med.")]),
    "sms-log": lambda c: ("Udskrift af sms'er mellem mentor og borger", [
        c.f("Mentor: godmorgen {f} husk praktik kl 8\n{f}: ja er på vej\nMentor: super ses i morgen kl 10 ved biblioteket\n"
            "{f}: ok men kan vi tage det kl 11\nMentor: ja fint")]),
    "standard-draft": lambda c: ("Udkast: kvalitetsstandard for mentorstøtte", [
        "Formål: Kommunen vil sikre ens sagsbehandling.\nMentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse. "
        "Aftalen skal have mål, mentor med navn og tlf, opgaver, varighed, opfølgning, timetal og klagevejledning. "
        "Niveau 1: 0-1 time pr uge. Niveau 2: 1-2 timer pr uge. Niveau 3: over 2 timer pr uge. Evaluering 14 dage før ophør."]),
    "course-cert": lambda c: ("Kursusbevis", [
        c.f("{f} har deltaget i kurset 'Klar til job' i uge 36-38 2026, i alt 30 timer. Kurset blev holdt af " + c.mentor[3] + ".")]),
    "mentor-cv": lambda c: ("CV – mentor " + c.mentor[0], [
        c.f("Uddannet socialpædagog 2009. Mentor siden 2015 for unge og voksne på kontanthjælp. Kurser i NADA og motiverende samtale. "
            "Tlf " + c.mentor[1] + ", mail " + c.mentor[2])]),
}



# ----------------------------------------------------------------------------- handwritten pieces
# Written by hand (not through a persona) to cover length forms and heavier habits; labels by meaning.
HANDMADE = [
    ("aftaler/aftale_h1_sms_jonas.txt", "txt", "agreement", "agreement", "phone-typed", [], ["spell:autocorrect", "spell:phone", "period:length-halvt-aar"], None,
     "Mentor aftalte Jonas\n\nHej Jonas her er det vi aftalte idag, skrevet på min telefon sorry for stavefejl\n\n"
     "Maal: du skal igang på lagerkursus hos AMU Syd 7. sep og bagefter i praktik på et lager i Nykobing 20 timer om huge\n"
     "Mentor: mig Jesper Thygesen Job&Trivsel 30551290 jt@jobogtrivsel.dk\n"
     "Hvad jeg hjælper med: vi ses hver mandag, jeg ringer dig op kl 7 på kursus dage, og vi øver at tage toget til Vordingborg\n"
     "Hvor længe: et halft år fra 1 sep 2026\n"
     "Timer: 3 timer om ugen\n"
     "Opfølning: vi holder status mode med Lars fra jobcentret her måned, sidste mode 14 dage for det slutter\n"
     "Klage: hvis du ikke er enig kan du klage til kommunen indenfor 4 uger, de kikker på det igen og ellers går det videre til ankestyrelsen\n\n"
     "mvh Jesper\nSendt fra min iPhone\n", {"start": "2026-09-01", "end": "2027-02-28"}),
    ("aftaler/aftale_h2_l2_ana.docx", "docx", "agreement", "agreement", "labels", ["duration-over-6-months"], ["spell:l2", "period:length-over"], None,
     "Aftale om Mentor Støtte\n\nBorger: Ana Petrova\n"
     "Målet: Ana skal begynder på Danskuddannelse 3 og derefter få et Arbejde i Køkken på plejehjem, 15 timer om ugen til 1. december 2026.\n"
     "Mentor: Ahmad Karimi, Ny Bane ApS, Telefon 91 45 66 02\n"
     "Mentoren hjælper: Ana med at forstå breve fra kommunen, gå med på første dag i praktik, og tale om arbejdspladsens regler.\n"
     "Varigheden: Aftalen er gælde i ni mådener fra 1. juni 2026.\n"
     "Timer: 2 timer hvert uge\n"
     "Opfølgning: Vi har et møde hvert måned med sagsbehandler Pia Holm og evaluere 14 dage før slut.\n"
     "Klagevejledning: Hvis du ikke er enig, du kan klage til kommunen inden 4 uger. Kommunen se på det igen, og hvis de fastholder, klagen sendes til Ankestyrelsen.\n", None),
    ("aftaler/aftale_h3_dys_mathias.txt", "txt", "agreement", "agreement", "labels", [], ["spell:dyslexic", "period:length-weeks"], None,
     "MENTRO AFTLAE\n\nBoreger: Mathias Kronborg   cpr 110598-4417\n\n"
     "Formaal med metnorstøtten: Mathais er i løntilskuds job på Sakskøbing Maskinstation 30 timer om ugen inden 1. novmeber 2026\n"
     "Metnor: Morten Falk, Falk Mentor & Coaching, tlf 53 77 08 64\n"
     "Metnors oppgaver: køre med ud på arbjedspladsen første dag, snake med mester hver 14. dag, hjælbe med vækkeur og madpakke plan\n"
     "Varrighed: 26 ugger fra 3. august 2026\n"
     "Timetall: 2 timer pr ugge\n"
     "Opfølgnig: statusmødde med sagsbehanlder hver 4. uge, slut evalluering 14 dage før ophør\n"
     "Klagevejlednig: er du ueinig skal du klage til kommuen inden 4 uger. kommuen genvudere og sender en fastholt afgørelse til Ankestyrelssen.\n", {"start": "2026-08-03", "end": "2027-02-01"}),
    ("minplan/minplan_h4_diktat_sara.txt", "txt", "minplan", "minplan", "dictated", ["missing-mentor"], ["spell:dictated", "mentor:no-contact"], None,
     "min plan mentor sara\n\nmål sara starter på hf enkeltfag på cleff i januar 2027 og går til alle timer punktum mentor er gitte fra lollandmentor komma hun ringer til dig punktum "
     "mentor skal hjælpe med lektier og at komme op om morgenen komma og med at snakke med studievejleder punktum periode 1 november 2026 til 30 april 2027 punktum timer 2 timer om ugen punktum\n", {"start": "2026-11-01", "end": "2027-04-30"}),
    ("afgoerelser/afg_h5_dys_bevilling_kim.txt", "txt", "decision", "grant", "letter", [], ["spell:dyslexic", "period:length-halvt-aar"], None,
     "Afgørlese om metnorstøtte\n\nKære Kim Hansen\n\nDu får bevilgtet mentorstøtte i et halvt år fra d. 1. okotber 2026, 3 timer om ugen. Mentor er Bente Kragh, Mentorhuset.\n\n"
     "Begrunelse: du har brug for hjælp til at holde fast i praktikken på Netto, jf. LAB § 167.\n\n"
     "Klagevjeledning: Er du ikke enig kan du klage til Guldborgsund Kommune, Jobcentret, inden fire uger efter du har modtaget dette bervet. Vi genvurderer sagen, og fastholder vi afgørelsen sender vi klagen til Ankestyrelsen.\n\nMed venlig hilsen\nLars Jeppesen\n", {"start": "2026-10-01", "end": "2027-03-31"}),
    ("afgoerelser/afg_h6_phone_bevilling_noor.txt", "txt", "decision", "grant", "letter", ["duration-over-6-months", "missing-appeal-guidance"], ["spell:autocorrect", "period:length-over"], None,
     "Bevilling af mentor\n\nHej Noor\n\nDu har fået mentor i 1 år fra 1/9-26 med 2 timer om huge. Mentor bliver Karim fra Brobyggerne. Det er fordi du skal have hjælp til at komme i gang på skolen igen.\n\n"
     "Du kan klager hvis du vil.\n\nHilsen Zeynep, jobcentret\n", {"start": "2026-09-01", "end": "2027-08-31"}),
    ("andet/andet_h7_mail_mentor.txt", "txt", "unknown", "provider-mail", "phone-typed", [], ["spell:autocorrect", "spell:phone"], None,
     "Hej Pia\n\nkort status på Jonas, han har vert på kursus alle dage i denne her huge undtagen fredag hvor han var syg. vi har øvet togturen og det går fint nu. "
     "jeg skriver igen næste huge.\n\nmvh Jesper\nSendt fra min iPhone\n", None),
]

# ----------------------------------------------------------------------------- plan

def plan():
    A = [set()] * 10 + [
        {"missing-hours"}, {"missing-hours"}, {"missing-follow-up"}, {"missing-follow-up"},
        {"missing-appeal-guidance"}, {"missing-appeal-guidance"}, {"missing-mentor"}, {"missing-mentor"},
        {"missing-tasks"}, {"missing-goal"}, {"unclear-goal"}, {"unclear-goal"},
        {"duration-over-6-months"}, {"duration-over-6-months"}, {"missing-duration"},
        {"unclear-goal", "missing-hours"}, {"duration-over-6-months", "missing-appeal-guidance"},
        {"missing-tasks", "missing-follow-up"}]
    D = ([("grant", set())] * 4 + [("partial-grant", set())] * 2 + [("refusal", set())] * 2 +
         [("extension", set()), ("end", set()), ("grant", {"missing-appeal-guidance"}),
          ("grant", {"missing-appeal-guidance"}), ("grant", {"duration-over-6-months"}),
          ("partial-grant", {"missing-appeal-guidance"}), ("extension", {"duration-over-6-months"}),
          ("refusal", {"missing-appeal-guidance"}), ("end", {"missing-appeal-guidance"})])
    M = [set()] * 6 + [{"missing-hours"}, {"missing-mentor"}, {"unclear-goal"}, {"duration-over-6-months"},
                       {"missing-tasks"}, {"missing-goal"}, {"missing-duration"}, {"missing-hours", "unclear-goal"}]
    U = list(UNKNOWN_DOCS)
    return A, D, M, U


FORMATS = ["txt", "docx", "pdf", "html", "md", "odt", "rtf", "docx", "txt", "pdf"]


def normalize_zip(path: Path):
    """Rewrite a docx/odt zip with fixed entry times so that reruns give identical bytes."""
    import zipfile, io
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:(creation-date|generator)>[^<]*</meta:\1>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


def write_doc(out: Path, rel: str, fmt: str, title: str, blocks: list):
    p = out / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        write_txt(p, title + "\n\n" + blocks_to_text(blocks))
    elif fmt == "md":
        write_md(p, blocks_to_text(blocks), title)
    elif fmt == "html":
        write_html(p, blocks, title)
    elif fmt == "docx":
        write_docx(p, blocks, title)
        normalize_zip(p)
    elif fmt == "odt":
        write_odt(p, blocks, title)
        normalize_zip(p)
    elif fmt == "rtf":
        write_rtf(p, blocks, title)
    elif fmt == "pdf":
        write_pdf(p, blocks, title)


def apply_persona(ctx: Ctx, title: str, blocks: list, dictated: bool):
    persona, ptraits = make_persona(ctx.rng)
    ctx.traits += ptraits
    def c(s):
        return corrupt(s, ctx.rng, persona)
    title = c(title)
    new = []
    for b in blocks:
        if isinstance(b, list):
            new.append([(c(a), c(v)) for a, v in b])
        else:
            nb = c(b)
            if dictated:
                nb = dictate(nb, ctx.rng)
            new.append(nb)
    if dictated:
        ctx.traits.append("spell:dictated")
    return title, new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/iy")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    A, D, M, U = plan()
    entries = []
    idx = 0

    def next_fmt(allowed=None):
        while True:
            f = rng.choice(FORMATS)
            if not allowed or f in allowed:
                return f

    def finish(ctx, kind, sub, layout, rules, title, blocks, folder, name, fmt, dictated=False):
        title2, blocks2 = apply_persona(ctx, title, blocks, dictated)
        rel = f"{folder}/{name}.{fmt}"
        write_doc(out, rel, fmt, title2, blocks2)
        if layout == "table" and fmt in ("txt", "md", "rtf", "odt"):
            layout = "table-flat"
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [ctx.cpr, ctx.cpr.replace("-", "")] if ctx.cpr else [],
             "traits": sorted(set(ctx.traits + (["cpr"] if ctx.cpr else [])))}
        if ctx.period and kind != "unknown":
            e["period"] = ctx.period
        entries.append(e)

    for defects in A:
        idx += 1
        ctx = Ctx(rng, idx)
        title, blocks, layout = agreement(ctx, set(defects))
        fmt = next_fmt()
        dictated = layout == "dictated"
        if dictated and fmt not in ("txt", "docx", "md"):
            fmt = rng.choice(["txt", "docx"])
        name = f"aftale_{idx:02d}_{ctx.first.lower()}"
        finish(ctx, "agreement", "agreement", layout, defects, title, blocks, "aftaler", name, fmt, dictated)
    for sub, defects in D:
        idx += 1
        ctx = Ctx(rng, idx)
        title, blocks, layout = decision(ctx, sub, set(defects))
        fmt = next_fmt(["pdf", "docx", "txt", "html", "odt", "rtf"])
        name = f"afg_{idx:02d}_{sub}_{ctx.first.lower()}"
        finish(ctx, "decision", sub, layout, defects, title, blocks, "afgoerelser", name, fmt)
    for defects in M:
        idx += 1
        ctx = Ctx(rng, idx)
        title, blocks, layout = minplan(ctx, set(defects))
        fmt = next_fmt(["txt", "html", "pdf", "docx", "md"])
        dictated = layout == "dictated"
        name = f"minplan_{idx:02d}_{ctx.first.lower()}"
        finish(ctx, "minplan", "minplan", layout, defects, title, blocks, "minplan", name, fmt, dictated)
    for key in U:
        idx += 1
        ctx = Ctx(rng, idx)
        title, blocks = UNKNOWN_DOCS[key](ctx)
        if rng.random() < 0.2 and key in ("minutes", "phone-note", "complaint", "status-report"):
            ctx.cpr = cpr(rng)
            blocks = [f"Cpr: {ctx.cpr}\n" + blocks[0]]
        fmt = next_fmt()
        name = f"andet_{idx:02d}_{key}"
        finish(ctx, "unknown", key, key, set(), title, blocks, "andet", name, fmt)

    for rel, fmt, kind, sub, layout, rules, traits, _x, text, period in HANDMADE:
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            write_docx(p, [text.split("\n", 1)[1]], text.split("\n", 1)[0])
            normalize_zip(p)
        else:
            p.write_text(text, encoding="utf-8")
        m = re.findall(r"\b\d{6}-\d{4}\b", text)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout, "rules": sorted(rules),
             "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [x for c in m for x in (c, c.replace("-", ""))],
             "traits": sorted(set(traits + ["handmade"] + (["cpr"] if m else [])))}
        if period:
            e["period"] = period
        entries.append(e)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
