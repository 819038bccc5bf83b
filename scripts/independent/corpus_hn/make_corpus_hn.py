#!/usr/bin/env python3
"""Corpus HN: mentor paperwork that went through a scanner, a fax machine or a phone camera.

Every document is written as a DOCX (python-docx), printed to PDF with LibreOffice, rasterised
with pdftoppm, and then "handled": rotated a little, noised, blurred, thresholded, stamped,
ticked and annotated by hand, punched, faxed (low vertical resolution + header line) or
photographed (perspective, shadow).  The result is saved as a PDF with a Tesseract text layer,
an image-only PDF, a (multi-page) TIFF, a PNG or a JPEG.

Usage:  /work/main/.venv/bin/python make_corpus_hn.py --out /work/corpora/hn [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps
from pypdf import PdfReader

HAND_FONT = "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"
HAND_FONT2 = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "holbaek.dk"),
    ("Viborg Kommune", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87", "viborg.dk"),
    ("Frederikshavn Kommune", "Rådhus Allé 100, 9900 Frederikshavn", "98 45 50 00", "frederikshavn.dk"),
    ("Kolding Kommune", "Akseltorv 1, 6000 Kolding", "79 79 79 79", "kolding.dk"),
    ("Næstved Kommune", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88", "naestved.dk"),
    ("Silkeborg Kommune", "Søvej 1, 8600 Silkeborg", "89 70 10 00", "silkeborg.dk"),
    ("Svendborg Kommune", "Ramsherred 5, 5700 Svendborg", "62 23 30 00", "svendborg.dk"),
    ("Hjørring Kommune", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33", "hjoerring.dk"),
    ("Slagelse Kommune", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00", "slagelse.dk"),
    ("Herning Kommune", "Torvet 5, 7400 Herning", "96 28 28 28", "herning.dk"),
]
PROVIDERS = ["Jobhuset", "Mentorhuset Vest", "Fremad Mentorservice ApS", "Broen – Ungeindsats",
             "Værkstedet Nord", "Trin for Trin Mentor", "Stifinder ApS", "Kompasset"]
FIRST_F = ["Anna", "Sara", "Mette", "Fatima", "Louise", "Camilla", "Nadia", "Julie", "Amalie", "Hanne"]
FIRST_M = ["Jonas", "Mads", "Ahmed", "Kasper", "Rasmus", "Emil", "Ali", "Mikkel", "Frederik", "Lars"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Yilmaz", "Hussein", "Dahl", "Bach"]
WORKPLACES = ["Netto i Bredgade", "Bilka Herning", "Dagli'Brugsen Vestergade", "Plantorama",
              "Lagerhotellet A/S", "Kantinen på Rådhuset", "Bauhaus", "Føtex Nord", "Autoværkstedet Motorgården",
              "Plejecenter Solhjem"]
EDUS = ["SOSU-hjælperuddannelsen", "FGU Vest, produktionsgrundforløb", "grundforløb 1 på Tradium",
        "HF-enkeltfag på VUC", "EUD-grundforløbet på Mercantec", "pædagogisk assistentuddannelse"]
JOBS = ["lagermedarbejder", "kantinemedhjælper", "butiksassistent", "pedelmedhjælper", "rengøringsassistent"]


# ----------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def end_after(start: dt.date, months: int) -> dt.date:
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
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


# ----------------------------------------------------------------------------- people
class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.kommune, self.addr, self.ktel, self.dom = rng.choice(KOMMUNER)
        self.kshort = self.kommune.replace(" Kommune", "")
        female = rng.random() < 0.5
        self.fn = rng.choice(FIRST_F if female else FIRST_M)
        self.ln = rng.choice(LAST)
        self.han = "hun" if female else "han"
        self.hende = "hende" if female else "ham"
        mf = rng.random() < 0.5
        self.mentor = f"{rng.choice(FIRST_F if mf else FIRST_M)} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS + [f"{self.kommune}, Mentorteamet"] * 2)
        self.mtel = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.memail = (self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
                       + "@" + (self.dom if "Kommune" in self.provider else
                                self.provider.split()[0].lower().replace("ø", "oe").replace("æ", "ae")
                                .replace("å", "aa").replace("'", "") + ".dk"))
        sf = rng.random() < 0.6
        self.cw = f"{rng.choice(FIRST_F if sf else FIRST_M)} {rng.choice(LAST)}"
        self.cwtel = f"{self.ktel[:5]} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.year = 2026 if rng.random() < 0.8 else 2025
        self.authority = self.kommune if self.year == 2026 else f"Jobcenter {self.kshort}"
        m = rng.randint(1, 9) if self.year == 2026 else rng.randint(3, 10)
        self.start = dt.date(self.year, m, rng.choice([1, 1, 1, 15, 4, 10]))
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.workplace = rng.choice(WORKPLACES)
        self.edu = rng.choice(EDUS)
        self.job = rng.choice(JOBS)
        self.sag = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{self.year % 100}"
        self.cpr = None
        self.dstyle = rng.choice(["words", "words", "dots", "slash", "den", "abbr", "iso", "slash2"])

    def make_cpr(self):
        r = self.rng
        d = dt.date(r.randint(1970, 2006), r.randint(1, 12), r.randint(1, 28))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"
        return self.cpr

    def d(self, day: dt.date, style: str | None = None) -> str:
        return fdate(day, style or self.dstyle)


# ----------------------------------------------------------------------------- field texts
def goal_text(c: Ctx, vague: bool) -> str:
    r = c.rng
    if vague:
        return r.choice([
            "Støtte til at komme videre og øget trivsel.",
            f"At {c.fn} får mere struktur på hverdagen og et bedre selvværd.",
            f"Motivere {c.fn} og sikre, at {c.han} har det godt.",
            "At komme tættere på arbejdsmarkedet og få det bedre.",
            f"Hjælp til at {c.fn} kommer videre i sit liv.",
        ])
    dl = c.d(add_months(c.start, r.choice([2, 3, 4])))
    return r.choice([
        f"{c.fn} er i virksomhedspraktik hos {c.workplace} {r.choice([10, 12, 15, 20])} timer om ugen senest {dl}, med henblik på løntilskud.",
        f"{c.fn} gennemfører første semester på {c.edu} og møder mindst fire dage om ugen.",
        f"{c.fn} har ordinært job som {c.job} på mindst 15 timer om ugen inden {dl}.",
        f"{c.fn} starter på {c.edu} og har under 10 % fravær de første tre måneder.",
        f"At {c.fn} fastholder sit fleksjob som {c.job} hos {c.workplace} og møder alle aftalte dage.",
        f"{c.fn} kommer i praktik som {c.job} hos {c.workplace} og møder stabilt tre dage om ugen fra {dl}.",
    ])


def tasks_text(c: Ctx) -> str:
    r = c.rng
    opts = [
        f"Følge {c.fn} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde og transport",
        "hjælpe med kontakt til arbejdsgiver ved sygdom og fravær",
        "støtte med at lægge en ugeplan og holde den",
        "gå med til møder på skolen og hos SU-kontoret",
        "sparre om konflikter med kolleger",
        f"hjælpe {c.fn} med at bruge Rejseplanen og komme til tiden",
        "ringe om morgenen de dage, hvor fremmødet er svært",
    ]
    picks = r.sample(opts, r.randint(2, 4))
    s = "; ".join(picks)
    return s[0].upper() + s[1:] + "."


def hours_text(c: Ctx) -> str:
    n = c.rng.choice([2, 3, 4, 5, 6])
    return c.rng.choice([f"{n} timer pr. uge", f"{n} t/uge", f"{n * 4} timer om måneden",
                         f"{n} timer ugentligt", f"op til {n} timer om ugen"])


def follow_text(c: Ctx) -> str:
    r = c.rng
    return r.choice([
        "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
        "Vi følger op hver 4. uge på fremmøde og delmål. Midtvejsevaluering efter 3 måneder.",
        "Opfølgningssamtale hver anden måned hos sagsbehandler; mentor sender kort status hver måned. Progression måles på antal fremmødedage pr. uge.",
        "Første opfølgning efter 6 uger, derefter hver måned. Delmål: fremmøde 3 dage om ugen efter første måned.",
    ])


def appeal_full(c: Ctx) -> str:
    r = c.rng
    a = c.authority
    return r.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {a} inden fire uger efter, at du har modtaget den. "
        f"Vi genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Fastholder vi afgørelsen, sender vi "
        f"klagen videre til Ankestyrelsen, som tager stilling til den. Du kan klage skriftligt eller mundtligt, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
        f"Du kan klage over afgørelsen. Klagen skal være modtaget hos {a} senest 4 uger efter, at du har fået dette brev. "
        f"{a} vurderer sagen igen. Hvis afgørelsen fastholdes, sendes klagen videre til Ankestyrelsen. "
        f"Ring på {c.ktel} eller skriv via borger.dk.",
        f"Er du uenig, kan du klage til {a} inden 4 uger. Vi ser på sagen igen, og giver vi dig ikke ret, "
        f"sender vi din klage og sagens papirer til Ankestyrelsen (Beskæftigelsesudvalget).",
    ])


def appeal_incomplete(c: Ctx) -> str:
    return c.rng.choice(["Du kan klage over afgørelsen.",
                         "Du har mulighed for at klage, hvis du er uenig.",
                         "Kontakt din sagsbehandler, hvis du vil klage."])


def appeal_wrong(c: Ctx) -> str:
    return ("Er du ikke enig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger "
            "efter, at du har modtaget dette brev. Brug Ankestyrelsens klageformular på ast.dk.")


def appeal_other(c: Ctx) -> str:
    return (f"Klagevejledning vedrørende befordringsgodtgørelse: Hvis du er uenig i afgørelsen om "
            f"befordringsgodtgørelse, kan du klage til {c.authority} inden 4 uger. Fastholder vi afgørelsen, "
            f"sendes klagen til Ankestyrelsen.")


def period_of(c: Ctx, over: bool, months: int | None = None):
    r = c.rng
    if over:
        m = months or r.choice([7, 8, 9, 12])
    else:
        m = months or r.choice([3, 4, 6, 6, 6])
    return c.start, end_after(c.start, m), m


def period_text(c: Ctx, s, e, m) -> str:
    r = c.rng
    forms = [f"{c.d(s)} – {c.d(e)}", f"fra {c.d(s)} til {c.d(e)}",
             f"f.o.m. {c.d(s)} t.o.m. {c.d(e)}", f"{c.d(s)} - {c.d(e)}"]
    return r.choice(forms)


# ----------------------------------------------------------------------------- blocks
# A page is a list of blocks: (type, *args).  Types:
#   letterhead(name, lines) title(text) head(text) p(text) kv(label, value)
#   hand(label, value)   value filled in by hand      black(text)   fax streak over the line
#   table(rows)          sig(labels)                  small(text)
def letterhead(c: Ctx, sender=None):
    sender = sender or c.authority
    lines = [c.addr if "Kommune" in sender or "Jobcenter" in sender else "Mentor og udslusning",
             f"Tlf. {c.ktel}", f"www.{c.dom}" if "Kommune" in sender or "Jobcenter" in sender else ""]
    return ("letterhead", sender, [x for x in lines if x])


def recipient_block(c: Ctx, with_cpr: bool):
    lines = [f"{c.fn} {c.ln}", f"{c.rng.choice(['Skovvej', 'Østergade', 'Parkvænget', 'Bakkevej'])} {c.rng.randint(2, 90)}",
             f"{c.addr.split(',')[1].strip()}"]
    out = [("p", "\n".join(lines))]
    meta = f"Dato: {c.d(c.letter, 'words')}    Sagsnr.: {c.sag}"
    if with_cpr:
        meta += f"    CPR-nr.: {c.cpr}"
    out.append(("small", meta))
    return out


def sig_block(c: Ctx):
    return ("sig", [f"Dato og underskrift, borger ({c.fn} {c.ln})", f"Dato og underskrift, mentor ({c.mentor})",
                    f"For {c.authority}: {c.cw}"])


# ----------------------------------------------------------------------------- agreements
def build_agreement(c: Ctx, defects: set, layout: str):
    r = c.rng
    rules = set()
    over = "over6" in defects
    s, e, m = period_of(c, over, 8 if "discharge" in defects else None)
    period = {"start": s.isoformat(), "end": e.isoformat()}
    if over:
        rules.add("duration-over-6-months")
    F = {}  # field -> (label, value) or None
    # goal
    if "goal-omit" in defects:
        F["goal"] = None
        rules.add("missing-goal")
    else:
        F["goal"] = (r.choice(["Målet med mentorstøtten", "Mål", "Formål med forløbet", "Borgerens mål"]),
                     goal_text(c, "goal-vague" in defects))
        if "goal-vague" in defects:
            rules.add("unclear-goal")
    # mentor
    if "mentor-nocontact" in defects:
        F["mentor"] = ("Mentor", f"{c.mentor}, {c.provider}")
        rules.add("missing-mentor")
    elif "mentor-placeholder" in defects:
        F["mentor"] = ("Mentor", "Udpeges senere")
        rules.add("missing-mentor")
    else:
        F["mentor"] = (r.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]),
                       f"{c.mentor}, {c.provider}, tlf. {c.mtel}" + (f", {c.memail}" if r.random() < 0.5 else ""))
    # tasks
    if "tasks-omit" in defects:
        F["tasks"] = None
        rules.add("missing-tasks")
    else:
        F["tasks"] = (r.choice(["Mentorens opgaver", "Indsatsområder", "Støtten består i", "Hvad skal mentor hjælpe med?"]),
                      tasks_text(c))
    # duration
    if "duration-open" in defects:
        F["duration"] = ("Periode", f"{c.d(s)} – indtil videre")
        rules.add("missing-duration")
        period = None
    elif "duration-omit" in defects:
        F["duration"] = None
        rules.add("missing-duration")
        period = None
    else:
        lab = r.choice(["Periode", "Varighed", "Aftalen gælder", "Bevilget periode"])
        if "extension" in defects:
            prev_s = add_months(s, -6)
            val = (period_text(c, s, e, m) + f" (forlængelse; forrige periode {c.d(prev_s)} – {c.d(s - dt.timedelta(days=1))})")
        elif "discharge" in defects:
            val = period_text(c, s, e, m) + " (udskrivningskoordinator, LAB § 167, stk. 2; udskrivning forventet " + c.d(add_months(s, 2)) + ")"
        else:
            val = period_text(c, s, e, m)
        F["duration"] = (lab, val)
    # hours
    if "hours-omit" in defects:
        F["hours"] = None
        rules.add("missing-hours")
    elif "hours-vague" in defects:
        F["hours"] = ("Timetal", r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"]))
        rules.add("missing-hours")
    elif "hours-black" in defects:
        F["hours"] = ("BLACK", f"Timetal: {hours_text(c)}")
        rules.add("missing-hours")
    elif "hours-hand" in defects:
        F["hours"] = ("HAND", r.choice(["Timetal pr. uge", "Antal timer"]), r.choice(["3 timer", "4 t/uge", "2 timer pr. uge"]))
    else:
        F["hours"] = (r.choice(["Timetal", "Antal timer", "Mentortimer"]), hours_text(c))
    # follow-up
    if "follow-omit" in defects:
        F["follow"] = None
        rules.add("missing-follow-up")
    elif "follow-vague" in defects:
        F["follow"] = ("Opfølgning", r.choice(["Der følges op efter behov.", "Opfølgning sker løbende."]))
        rules.add("missing-follow-up")
    else:
        F["follow"] = (r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), follow_text(c))
    # appeal
    extras = set()
    if "appeal-omit" in defects:
        F["appeal"] = None
        rules.add("missing-appeal-guidance")
    elif "appeal-incomplete" in defects:
        F["appeal"] = ("Klagevejledning", appeal_incomplete(c))
        rules.add("missing-appeal-guidance")
    elif "appeal-other" in defects:
        F["appeal"] = ("Klagevejledning", appeal_other(c))
        rules.add("missing-appeal-guidance")
    elif "appeal-wrong" in defects:
        F["appeal"] = ("Klagevejledning", appeal_wrong(c))
        extras.add("appeal-wrong-route")
    else:
        F["appeal"] = (r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), appeal_full(c))

    # page split: p1 = goal, mentor, tasks, duration (+hours when split == "appeal")
    split = "appeal" if "split-appeal" in defects else "full"
    title = r.choice(["Skriftlig aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167", "Samarbejdsaftale – mentorstøtte"])
    if layout == "letter":
        sender = c.provider if "Kommune" not in c.provider else c.authority
    else:
        sender = c.authority
    p1 = [letterhead(c, sender), ("title", title)]
    intro_cpr = c.cpr is not None
    who = f"Borger: {c.fn} {c.ln}" + (f", CPR-nr. {c.cpr}" if intro_cpr else "")
    p1.append(("p", who + f"\nSagsbehandler: {c.cw}, tlf. {c.cwtel}"))
    if r.random() < 0.5:
        p1.append(("p", r.choice([
            f"Aftalen er indgået mellem {c.fn}, mentor og {c.authority}. Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167 i højst 6 måneder ad gangen.",
            "Denne aftale beskriver, hvad du og din mentor skal arbejde med, og hvor længe.",
            f"{c.fn} er visiteret til mentorstøtte i forbindelse med praktik/uddannelse. Aftalen udfyldes ved opstartsmødet.",
        ])))
    order1 = ["goal", "mentor", "tasks", "duration"]
    order2 = ["hours", "follow", "appeal"]
    if split == "appeal":
        order1 = ["goal", "mentor", "tasks", "duration", "hours", "follow"]
        order2 = ["appeal"]
    p2 = []

    def emit(page, keys, numbered_from):
        n = numbered_from
        rows = []
        for k in keys:
            f = F[k]
            if f is None:
                continue
            if f[0] == "BLACK":
                page.append(("black", f[1]))
                continue
            if f[0] == "HAND":
                page.append(("hand", f[1], f[2]))
                continue
            lab, val = f
            if layout == "table" and k != "appeal":
                rows.append((lab, val))
                continue
            if rows:
                page.append(("table", rows))
                rows = []
            if layout == "numbered":
                n += 1
                page.append(("head", f"{n}. {lab}"))
                page.append(("p", val))
            elif layout == "headings":
                page.append(("head", lab))
                page.append(("p", val))
            elif layout == "letter" and k in ("goal", "tasks", "follow", "appeal"):
                page.append(("head", lab))
                page.append(("p", val))
            else:
                page.append(("kv", lab, val))
        if rows:
            page.append(("table", rows))
        return n

    n = emit(p1, order1, 0)
    emit(p2, order2, n)
    if "missing-p2" in defects:  # only page 1 reached the archive
        lost = {"hours": "missing-hours", "follow": "missing-follow-up", "appeal": "missing-appeal-guidance"}
        for k in order2:
            rules.add(lost[k])
        extras.discard("appeal-wrong-route")
    p2.append(("p", r.choice(["Aftalen er gennemgået med borgeren ved opstartsmødet.",
                              "Begge parter har modtaget en kopi af aftalen.",
                              "Ændringer i aftalen skal skrives ind i Min Plan."])))
    p2.append(sig_block(c))
    return [p1, p2], rules, extras, period


# ----------------------------------------------------------------------------- decisions
def build_decision(c: Ctx, sub: str, defects: set, layout: str):
    r = c.rng
    rules, extras = set(), set()
    over = "over6" in defects
    s, e, m = period_of(c, over)
    period = {"start": s.isoformat(), "end": e.isoformat()}
    if over:
        rules.add("duration-over-6-months")
    p1 = [letterhead(c)]
    p1 += recipient_block(c, c.cpr is not None)
    h = c.rng.choice(["t/uge", "timer om ugen", "timer pr. uge"])
    n_h = r.choice([2, 3, 4, 5])
    reasons = ("no-reasons" not in defects)
    if sub == "grant":
        p1.append(("title", r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])))
        p1.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {period_text(c, s, e, m)}, "
                        f"{n_h} {h}. Din mentor er {c.mentor} fra {c.provider}, tlf. {c.mtel}."))
        p1.append(("head", "Begrundelse"))
        p1.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne starte og fastholde praktik hos "
                        f"{c.workplace}. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1."))
    elif sub == "partial":
        p1.append(("title", r.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Delvis bevilling af mentorstøtte"])))
        p1.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med {n_h + 4} timer om ugen. Vi har givet dig delvis ret: "
                        f"Du får mentorstøtte i perioden {period_text(c, s, e, m)} med {n_h} {h}."))
        if reasons:
            p1.append(("head", "Begrundelse"))
            p1.append(("p", "Mentorstøtte kan efter LAB § 167, stk. 1, gives i højst 6 måneder ad gangen. Vi vurderer, at "
                            f"{n_h} timer om ugen dækker dit behov i opstarten på {c.edu}. Vi har lagt vægt på skolens egen støtte (SPS)."))
        else:
            extras.add("missing-reasons")
    elif sub == "extension":
        p1.append(("title", r.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])))
        prev = add_months(s, -6)
        p1.append(("p", f"Din mentorstøtte hos {c.mentor} ({c.provider}) er forlænget. Den forrige periode var "
                        f"{c.d(prev)} – {c.d(s - dt.timedelta(days=1))}. Den nye periode er {period_text(c, s, e, m)}, {n_h} {h}."))
        p1.append(("head", "Begrundelse"))
        p1.append(("p", "Ved evalueringen blev det vurderet, at du er tæt på at kunne fortsætte i praktik uden mentor, "
                        "men at du stadig har brug for støtte til fremmøde. Jf. LAB § 167, stk. 1, 2. pkt."))
    elif sub == "refusal":
        period = None
        rules.discard("duration-over-6-months")
        p1.append(("title", r.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"])))
        p1.append(("p", f"Du har den {c.d(c.letter - dt.timedelta(days=20), 'words')} søgt om mentorstøtte. Vi har givet dig afslag."))
        if reasons:
            p1.append(("head", "Begrundelse"))
            p1.append(("p", "Der kan kun gives mentorstøtte, når støtten er nødvendig for at du kan gennemføre en aktivitet "
                            "med et mål om job eller uddannelse, jf. LAB § 167. Vi har lagt vægt på, at du allerede får støtte "
                            "af en SPS-støtteperson på skolen, og at du selv har oplyst, at du møder stabilt."))
        else:
            extras.add("missing-reasons")
    elif sub == "end":
        period = None
        rules.discard("duration-over-6-months")
        endd = c.start + dt.timedelta(days=40)
        p1.append(("title", r.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])))
        p1.append(("p", f"Din mentorstøtte ophører den {c.d(endd, 'words')}."))
        if reasons:
            p1.append(("head", "Begrundelse"))
            p1.append(("p", f"Du er startet i ordinært job som {c.job} 25 timer om ugen, og du har sagt, at du ikke længere har brug "
                            "for mentor. Vi har derfor vurderet, at betingelserne i LAB § 167 ikke længere er opfyldt."))
        else:
            extras.add("missing-reasons")
    # appeal
    if "appeal-omit" in defects:
        ap = None
        rules.add("missing-appeal-guidance")
    elif "appeal-incomplete" in defects:
        ap = appeal_incomplete(c)
        rules.add("missing-appeal-guidance")
    elif "appeal-wrong" in defects:
        ap = appeal_wrong(c)
        extras.add("appeal-wrong-route")
    else:
        ap = appeal_full(c)
    closing = [("p", f"Med venlig hilsen\n\n{c.cw}\n{c.authority}, tlf. {c.cwtel}")]
    if "split-appeal" in defects:  # appeal guidance on the back page
        if "missing-p2" in defects:
            rules.add("missing-appeal-guidance")
        p1 += closing
        p1.append(("small", "Klagevejledning: se side 2"))
        p2 = [("head", "Klagevejledning"), ("p", ap)] if ap else [("p", "Side 2")]
        pages = [p1, p2]
    else:
        if ap:
            p1.append(("head", r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
            p1.append(("p", ap))
        p1 += closing
        pages = [p1]
    return pages, rules, extras, period


# ----------------------------------------------------------------------------- Min Plan
def build_minplan(c: Ctx, defects: set, layout: str):
    r = c.rng
    rules = set()
    over = "over6" in defects
    s, e, m = period_of(c, over)
    period = {"start": s.isoformat(), "end": e.isoformat()}
    if over:
        rules.add("duration-over-6-months")
    fields = []
    if "goal-omit" in defects:
        rules.add("missing-goal")
    else:
        fields.append(("Formål med mentorstøtten", goal_text(c, "goal-vague" in defects)))
        if "goal-vague" in defects:
            rules.add("unclear-goal")
    if "mentor-nocontact" in defects:
        fields.append(("Mentor", f"{c.mentor} ({c.provider})"))
        rules.add("missing-mentor")
    else:
        fields.append(("Mentor", f"{c.mentor}, {c.provider}, tlf. {c.mtel}"))
    if "tasks-omit" in defects:
        rules.add("missing-tasks")
    else:
        fields.append(("Mentorens opgaver", tasks_text(c)))
    if "duration-omit" in defects:
        rules.add("missing-duration")
        period = None
    else:
        fields.append(("Periode", period_text(c, s, e, m)))
    if "hours-omit" in defects:
        rules.add("missing-hours")
    elif "hours-vague" in defects:
        fields.append(("Timetal", "efter behov"))
        rules.add("missing-hours")
    else:
        fields.append(("Timetal", hours_text(c)))
    page = [("small", f"Min Plan · {c.authority} · udskrevet {c.d(c.letter, 'dots')} kl. {r.randint(8, 15)}:{r.randint(10, 59)}"),
            ("title", r.choice(["Min Plan", "Min Plan – mentorstøtte", "Udskrift af Min Plan"]))]
    page.append(("p", f"{c.fn} {c.ln}" + (f" · CPR {c.cpr}" if c.cpr else "") + f" · Målgruppe: {r.choice(['2.3 aktivitetsparat kontanthjælp', '2.13 aktivitetsparat uddannelseshjælp', '2.8 sygedagpenge', '2.5 ledighedsydelse'])}"))
    if not ({"goal-omit", "goal-vague"} & defects):
      page.append(("head", r.choice(["Dit job- eller uddannelsesmål", "Jobmål"])))
      page.append(("p", r.choice([f"Job som {c.job}", f"Uddannelse: {c.edu}", f"Ordinært job inden for {c.job}-området"])))
    if "other-activity" in defects:
        o_s = c.start - dt.timedelta(days=30)
        page.append(("head", "Aktivitet: FGU"))
        page.append(("p", f"Du går på {c.edu} i perioden {c.d(o_s)} – {c.d(end_after(o_s, 10))}."))
    page.append(("head", "Aktivitet: Mentorstøtte"))
    if layout == "dense":
        txt = " ".join(f"{k}: {v.rstrip('.')}." for k, v in fields)
        page.append(("p", txt))
    elif layout == "table":
        page.append(("table", fields))
    else:
        for k, v in fields:
            page.append(("kv", k, v))
    page.append(("small", f"Oprettet af {c.cw}, {c.authority}. Ændringer i timetal eller formål skrives ind i Min Plan."))
    return [page], rules, set(), period


# ----------------------------------------------------------------------------- unknown
def build_unknown(c: Ctx, sub: str):
    r = c.rng
    s, e, _ = period_of(c, False, r.choice([3, 6]))
    if sub == "invoice":
        t = r.randint(8, 30)
        prov = c.provider if "Kommune" not in c.provider else "Mentorhuset Vest"
        page = [("letterhead", prov, [f"CVR {r.randint(10000000, 99999999)}", f"Tlf. {c.mtel}"]),
                ("title", "FAKTURA"),
                ("p", f"Til: {c.authority}, Økonomi\nEAN: 5798{r.randint(100000000, 999999999)}\nFakturanr.: {c.year}-{r.randint(100, 999)}\nFakturadato: {c.d(e, 'dots')}"),
                ("table", [("Ydelse", "Beløb"),
                           (f"Mentorstøtte, borger {c.fn[0]}.{c.ln[0]}., {MONTHS[s.month - 1]} {s.year}: {t} timer à 525 kr.", f"{t * 525:,} kr.".replace(",", ".")),
                           ("Kørsel", f"{r.randint(2, 9) * 100} kr."),
                           ("Moms 25 %", "–")]),
                ("p", f"Betaling senest 30 dage netto til reg.nr. {r.randint(1000, 9999)} konto {r.randint(1000000, 9999999)}. "
                      f"Mentor: {c.mentor}. Husk at opgive fakturanummer."),
                ]
    elif sub == "status":
        page = [letterhead(c, c.provider), ("title", "Statusrapport – mentorforløb"),
                ("p", f"Borger: {c.fn} {c.ln}" + (f" (CPR {c.cpr})" if c.cpr else "") + f"\nRapport til: {c.cw}, {c.authority}\nPeriode for rapporten: {c.d(s, 'words')} til {c.d(add_months(s, 2), 'words')}"),
                ("head", "Forløbet indtil nu"),
                ("p", f"{c.fn} har mødt op til {r.randint(6, 11)} ud af 12 aftalte møder. {c.han.capitalize()} har været i praktik hos "
                      f"{c.workplace} og fortæller, at det går bedre med at komme op om morgenen."),
                ("head", "Vurdering"),
                ("p", "Mentor vurderer, at der er progression. Vi anbefaler, at forløbet fortsætter som aftalt."),
                ("p", f"Venlig hilsen\n{c.mentor}, mentor")]
    elif sub == "consent":
        page = [letterhead(c), ("title", "Samtykkeerklæring"),
                ("p", f"Jeg, {c.fn} {c.ln}" + (f", CPR-nr. {c.cpr}" if c.cpr else "") + f", giver samtykke til, at {c.authority} må udveksle "
                      f"oplysninger med min mentor og med {c.workplace} om mit fremmøde og min trivsel."),
                ("p", "Samtykket gælder, så længe jeg modtager mentorstøtte, og jeg kan til enhver tid trække det tilbage. "
                      "Oplysningerne behandles efter databeskyttelsesforordningen art. 6 og 9."),
                ("p", "☐ Helbredsoplysninger   ☐ Oplysninger om fremmøde   ☐ Oplysninger fra egen læge"),
                ("sig", ["Dato og underskrift"])]
    elif sub == "faxcover":
        page = [("title", "TELEFAX"),
                ("table", [("Til", f"{c.provider}"), ("Fra", f"{c.cw}, {c.authority}"), ("Fax", f"{c.ktel[:5]} {r.randint(10, 99)} 99"),
                           ("Dato", c.d(c.letter, 'dots')), ("Antal sider inkl. denne", str(r.randint(2, 5))),
                           ("Vedr.", f"Mentorforløb for {c.fn} {c.ln[0]}.")]),
                ("p", r.choice(["Hermed underskrevet aftale retur. Originalen eftersendes med posten.",
                                "Som aftalt pr. telefon sender jeg papirerne til underskrift. Ring, hvis noget mangler.",
                                "Venligst underskriv og returnér side 2 hurtigst muligt."])),
                ("small", "Denne fax kan indeholde fortrolige oplysninger. Er du ikke rette modtager, bedes du kontakte afsender og destruere faxen.")]
    elif sub == "minutes":
        page = [letterhead(c), ("title", "Referat af opstartsmøde"),
                ("p", f"Deltagere: {c.fn} {c.ln}, {c.mentor} (mentor), {c.cw} (sagsbehandler)\nDato: {c.d(c.letter, 'words')}"),
                ("head", "1. Velkomst og præsentation"), ("p", "Alle præsenterede sig. Mentor fortalte om sin baggrund."),
                ("head", "2. Praktiske forhold"), ("p", f"Næste møde holdes på {c.workplace}. {c.fn} sørger selv for transport."),
                ("head", "3. Eventuelt"), ("p", "Aftalen om mentorstøtte skrives færdig og sendes til underskrift. Referent: " + c.cw)]
    else:  # guidance leaflet
        page = [letterhead(c), ("title", "Hvad skal en mentoraftale indeholde?"),
                ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal som minimum indeholde:"),
                ("p", "• målet med mentorstøtten\n• mentorens navn og kontaktdata\n• hvilke opgaver mentoren skal hjælpe med\n"
                      "• varigheden af aftalen og hvordan vi følger op\n• timetallet for mentorstøtten\n• klagevejledning"),
                ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. lov om en aktiv beskæftigelsesindsats § 167. "
                      "Hvis du er uenig i en afgørelse, kan du klage til kommunen inden 4 uger."),
                ("small", f"Pjece fra {c.authority} · Version {r.randint(1, 4)}.{r.randint(0, 9)}")]
    return [page]


# ----------------------------------------------------------------------------- DOCX writer
def shade(paragraph, fill="000000"):
    pPr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def write_docx(pages, path: Path, font: str, size: float):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for sec in doc.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    first = True
    for page in pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        for b in page:
            t = b[0]
            if t == "letterhead":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run = p.add_run(b[1])
                run.bold = True
                run.font.size = Pt(size + 3)
                for ln in b[2]:
                    p.add_run("\n" + ln).font.size = Pt(size - 2)
            elif t == "title":
                p = doc.add_paragraph()
                run = p.add_run(b[1])
                run.bold = True
                run.font.size = Pt(size + 5)
            elif t == "head":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(0)
                p.add_run(b[1]).bold = True
            elif t == "p":
                doc.add_paragraph(b[1])
            elif t == "small":
                p = doc.add_paragraph()
                p.add_run(b[1]).font.size = Pt(size - 2)
            elif t == "kv":
                p = doc.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            elif t == "hand":
                p = doc.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                hr = p.add_run("  " + b[2])
                hr.font.name = "DkgHandwriting"
                hr.font.size = Pt(size + 4)
                hr.font.color.rgb = RGBColor(0x12, 0x1e, 0x6e)
            elif t == "black":
                p = doc.add_paragraph()
                run = p.add_run(b[1])
                run.font.color.rgb = RGBColor(0, 0, 0)  # black on black: a fax streak over the line
                shade(p)
            elif t == "table":
                tb = doc.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for a, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text = a
                    cells[1].text = v
                    cells[0].width = Cm(5)
                    cells[1].width = Cm(11)
                doc.add_paragraph()
            elif t == "sig":
                for lab in b[1]:
                    p = doc.add_paragraph()
                    p.paragraph_format.space_before = Pt(14)
                    p.add_run("_" * 45 + "\n")
                    p.add_run(lab).font.size = Pt(size - 2)
    doc.save(str(path))


# ----------------------------------------------------------------------------- image handling
def hand_font(sz, which=0):
    return ImageFont.truetype(HAND_FONT if which == 0 else HAND_FONT2, sz)


def content_bbox(img):
    return ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 60 else 0).getbbox()


def add_signature(img, rng, dpi):
    bb = content_bbox(img)
    if not bb:
        return
    d = ImageDraw.Draw(img)
    x0 = bb[0] + int(dpi * 0.3)
    y = bb[3] - int(dpi * 0.45)
    for k in range(rng.randint(1, 2)):
        yy = y - k * int(dpi * 0.55) - rng.randint(0, int(dpi * 0.1))
        pts, x = [], x0 + rng.randint(0, int(dpi * 0.6))
        for i in range(28):
            pts.append((x + i * dpi * 0.07, yy + math.sin(i * rng.uniform(0.8, 1.6)) * dpi * 0.12 + rng.uniform(-6, 6)))
        d.line(pts, fill=40, width=max(2, dpi // 90))


def add_stamp(img, rng, dpi, c: Ctx):
    txt = rng.choice(["MODTAGET", "INDSCANNET", "KOPI", "JOURNALISERET"])
    date = f"{c.letter.day + 2:02d} {MON_ABBR[c.letter.month - 1].rstrip('.').upper()} {c.letter.year}" if c.letter.day < 26 else ""
    w, h = int(dpi * 2.3), int(dpi * 0.9)
    st = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(st)
    d.rectangle([3, 3, w - 4, h - 4], outline=90, width=max(3, dpi // 60))
    f1 = ImageFont.truetype(STAMP_FONT, int(dpi * 0.22))
    f2 = ImageFont.truetype(STAMP_FONT, int(dpi * 0.15))
    d.text((w // 2, int(h * 0.32)), txt, fill=90, font=f1, anchor="mm")
    d.text((w // 2, int(h * 0.72)), date or c.kshort.upper(), fill=90, font=f2, anchor="mm")
    st = st.rotate(rng.uniform(-12, 12), expand=True, fillcolor=255)
    x = img.width - st.width - int(dpi * rng.uniform(0.3, 1.2))
    y = int(dpi * rng.uniform(0.15, 0.8))
    img.paste(ImageChops.darker(img.crop((x, y, x + st.width, y + st.height)), st), (x, y))


def add_margin_marks(img, rng, dpi):
    d = ImageDraw.Draw(img)
    # ticks in the right margin
    for _ in range(rng.randint(1, 4)):
        x = img.width - int(dpi * rng.uniform(0.5, 0.9))
        y = int(img.height * rng.uniform(0.25, 0.8))
        s = dpi * 0.1
        d.line([(x, y), (x + s, y + s), (x + 2.6 * s, y - 1.6 * s)], fill=30, width=max(2, dpi // 70))
    if rng.random() < 0.6:
        note = rng.choice(["ok", "OK – LH", "kopi t. sag", "set", "ring tirsdag", "NB!", "aftalt tlf."])
        f = hand_font(int(dpi * 0.22), rng.randint(0, 1))
        tmp = Image.new("L", (int(dpi * 1.8), int(dpi * 0.5)), 255)
        ImageDraw.Draw(tmp).text((5, 5), note, fill=35, font=f)
        tmp = tmp.crop(ImageOps.invert(tmp).getbbox() or (0, 0, 10, 10))
        tmp = ImageOps.expand(tmp, 6, fill=255)
        tmp = tmp.rotate(rng.uniform(-20, 20), expand=True, fillcolor=255)
        x = img.width - tmp.width - int(dpi * 0.05)
        y = int(img.height * rng.uniform(0.1, 0.85))
        img.paste(ImageChops.darker(img.crop((x, y, x + tmp.width, y + tmp.height)), tmp), (x, y))


def add_holes(img, rng, dpi):
    d = ImageDraw.Draw(img)
    r = int(dpi * 0.11)
    x = int(dpi * 0.45)
    mid = img.height // 2
    for yc in (mid - int(dpi * 1.6), mid + int(dpi * 1.6)):
        d.ellipse([x - r, yc - r, x + r, yc + r], fill=rng.choice([20, 60, 235]))


def degrade(img, rng, dpi, medium):
    angle = rng.uniform(-2.2, 2.2)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255 if medium != "scan-dark" else 200)
    if rng.random() < 0.7:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    noise = Image.effect_noise(img.size, rng.uniform(4, 12))
    img = ImageChops.add(img, noise, 1.0, -128)
    return img, angle


def to_bw(img, thr=165):
    return img.point(lambda v: 255 if v > thr else 0).convert("1")


def faxify(img, rng, dpi, c: Ctx, pageno, npages):
    # standard resolution: ~98 lines per inch vertically, 204 dpi horizontally
    w, h = img.size
    small = img.resize((1728, int(h * 98 / dpi)), Image.BILINEAR)
    img = small.resize((1728, int(h * 196 / dpi)), Image.NEAREST)
    img = to_bw(img, rng.randint(150, 185)).convert("L")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(MONO_FONT, 20)
    when = c.letter + dt.timedelta(days=rng.randint(0, 3))
    hdr = (f"{when.day:02d}/{when.month:02d} {when.year} {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}   "
           f"FAX +45 {c.ktel}   {c.authority.upper()}   S. {pageno:02d}/{npages:02d}")
    d.rectangle([0, 0, 1728, 30], fill=255)
    d.text((20, 5), hdr, fill=0, font=f)
    # a few dropout streaks
    for _ in range(rng.randint(0, 3)):
        y = rng.randint(60, img.height - 10)
        d.line([(0, y), (1728, y)], fill=rng.choice([0, 255]), width=1)
    return img.convert("1"), (204, 196)


def solve_perspective(src, dst):
    # coefficients mapping dst (output) -> src (input) for Image.transform
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    n = 8
    M = [row[:] + [b] for row, b in zip(A, B)]
    for i in range(n):
        p = max(range(i, n), key=lambda k: abs(M[k][i]))
        M[i], M[p] = M[p], M[i]
        for k in range(n):
            if k != i:
                f = M[k][i] / M[i][i]
                for j in range(i, n + 1):
                    M[k][j] -= f * M[i][j]
    return [M[i][n] / M[i][i] for i in range(n)]


def phonify(img, rng):
    # page on a table, photographed at an angle, with a shadow across it
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.1)
    bg = Image.new("L", (W, H), rng.randint(70, 120))
    bg = ImageChops.add(bg, Image.effect_noise((W, H), 10), 1.0, -128)
    j = lambda: rng.uniform(0.0, 0.045)
    dst = [(W * (0.05 + j()), H * (0.04 + j())), (W * (0.95 - j()), H * (0.04 + j())),
           (W * (0.95 - j() / 2), H * (0.96 - j() / 2)), (W * (0.05 + j() / 2), H * (0.96 - j() / 2))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = solve_perspective(src, dst)
    warped = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    # shadow: a soft darker band from one side
    sh = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(sh)
    x0 = int(W * rng.uniform(0.55, 0.8))
    for x in range(x0, W):
        v = int(255 - (x - x0) / (W - x0) * rng.uniform(70, 110))
        d.line([(x, 0), (x, H)], fill=v)
    bg = ImageChops.multiply(bg, sh.filter(ImageFilter.GaussianBlur(30)))
    bg = bg.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    scale = rng.uniform(0.8, 0.95)
    return bg.resize((int(W * scale), int(H * scale)), Image.BILINEAR)


# ----------------------------------------------------------------------------- plan
def plan(seed):
    rng = random.Random(seed)
    specs = []
    ag = ([set()] * 10 + [{"hours-hand"}, {"upside2"}, {"appeal-wrong"}, {"extension"}, {"discharge-8"}]
          + [{"goal-omit"}, {"goal-vague"}, {"goal-vague"}, {"mentor-nocontact"}, {"mentor-placeholder"},
             {"tasks-omit"}, {"duration-open"}, {"follow-vague"}, {"follow-omit"}, {"hours-vague"},
             {"hours-black"}, {"appeal-omit"}, {"appeal-incomplete"}, {"appeal-other"}, {"over6"}, {"over6"},
             {"missing-p2"}, {"missing-p2", "split-appeal"}, {"goal-vague", "hours-omit"},
             {"mentor-nocontact", "over6"}])
    for d in ag:
        specs.append(("agreement", "agreement", set(d)))
    dec = [("grant", set()), ("grant", set()), ("grant", {"split-appeal"}), ("grant", {"over6"}), ("grant", {"appeal-omit"}),
           ("grant", {"appeal-wrong"}), ("grant", {"split-appeal", "missing-p2"}),
           ("partial", set()), ("partial", {"over6"}), ("partial", {"appeal-incomplete"}), ("partial", {"no-reasons"}),
           ("refusal", set()), ("refusal", {"split-appeal", "upside2"}), ("refusal", {"appeal-incomplete"}), ("refusal", {"no-reasons"}),
           ("extension", set()), ("extension", {"over6"}), ("extension", {"split-appeal", "missing-p2"}),
           ("end", set()), ("end", {"appeal-omit"}), ("end", set()), ("grant", set())]
    for sub, d in dec:
        specs.append(("decision", sub, set(d)))
    mp = [set()] * 8 + [{"other-activity"}, {"other-activity"}, {"goal-omit"}, {"goal-vague"}, {"goal-vague"},
                        {"mentor-nocontact"}, {"mentor-nocontact"}, {"tasks-omit"}, {"duration-omit"},
                        {"hours-omit"}, {"hours-vague"}, {"over6"}, {"over6"}]
    for d in mp:
        specs.append(("minplan", "minplan", set(d)))
    for sub in ["invoice"] * 4 + ["status"] * 4 + ["consent"] * 3 + ["faxcover"] * 3 + ["minutes"] * 2 + ["guidance"] * 2:
        specs.append(("unknown", sub, set()))
    rng.shuffle(specs)
    out = []
    for i, (kind, sub, d) in enumerate(specs):
        out.append({"i": i, "kind": kind, "sub": sub, "defects": d, "seed": seed * 1000 + i})
    return out


MEDIA = ["scan-grey", "scan-grey", "scan-bw", "fax", "fax", "phone", "scan-grey-300"]


def realise(spec):
    """Decide texts, medium and format for one spec; returns (spec, pages, meta)."""
    rng = random.Random(spec["seed"])
    c = Ctx(rng)
    kind, sub, d = spec["kind"], spec["sub"], spec["defects"]
    if "discharge-8" in d:
        d = set(d) | {"discharge"}
    if rng.random() < 0.27:
        c.make_cpr()
    extras = set()
    period = None
    if kind == "agreement":
        layout = rng.choice(["labels", "numbered", "headings", "table", "letter"])
        if "discharge" in d:
            c.start = c.start
            pages, rules, extras, period = build_agreement(c, d - {"over6"}, layout)
            # 8 months for a discharge coordinator: legitimate (3 months before discharge + >= 6)
        else:
            pages, rules, extras, period = build_agreement(c, d, layout)
    elif kind == "decision":
        layout = "letter-" + sub
        pages, rules, extras, period = build_decision(c, sub, d, layout)
    elif kind == "minplan":
        layout = rng.choice(["labels", "dense", "table"])
        pages, rules, extras, period = build_minplan(c, d, layout)
    else:
        layout = sub
        pages, rules, period = build_unknown(c, sub), set(), None
    medium = rng.choice(MEDIA)
    npages = len(pages)
    single = npages == 1 or "missing-p2" in d
    if medium == "phone":
        fmt = rng.choice(["jpg", "jpg", "pdf-ocr"]) if single else "pdf-ocr"
    elif medium == "fax":
        fmt = rng.choice(["pdf-ocr", "pdf-ocr", "tiff"])
    else:
        fmt = rng.choice(["pdf-ocr", "pdf-ocr", "pdf-ocr", "pdf-img", "tiff"] + (["png"] if single else []))
    if "missing-p2" in d and fmt in ("pdf-ocr", "pdf-img", "tiff") and rng.random() < 0.5:
        pass  # the archive simply has page 1 only
    return c, pages, layout, rules, extras, period, medium, fmt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hn_build_"))
    specs = plan(a.seed)
    jobs = []
    for spec in specs:
        c, pages, layout, rules, extras, period, medium, fmt = realise(spec)
        name = f"{spec['i']:03d}_{spec['kind']}_{spec['sub']}"
        rng = random.Random(spec["seed"] + 7)
        font = rng.choice(["Carlito", "Caladea", "DejaVu Sans", "DejaVu Serif", "Carlito"])
        size = rng.choice([10, 10.5, 11])
        write_docx(pages, tmp / f"{name}.docx", font, size)
        jobs.append(dict(name=name, spec=spec, ctx_cpr=c.cpr, c=c, npages=len(pages), layout=layout,
                         rules=rules, extras=extras, period=period, medium=medium, fmt=fmt, font=font))
    # print all at once
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_hn_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp)] + [str(tmp / f"{j['name']}.docx") for j in jobs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for j in jobs:
        n = len(PdfReader(str(tmp / f"{j['name']}.pdf")).pages)
        if n != j["npages"]:
            raise SystemExit(f"{j['name']}: printed {n} pages, expected {j['npages']}")
    args = [(j["name"], str(tmp), str(out), j["spec"], j["c"], j["medium"], j["fmt"], j["npages"]) for j in jobs]
    with Pool(a.jobs) as pool:
        results = pool.map(handle, args)
    entries = []
    for j, (rel, traits) in zip(jobs, results):
        spec = j["spec"]
        mnc = []
        if j["ctx_cpr"]:
            mnc = [j["ctx_cpr"], j["ctx_cpr"].replace("-", "")]
            traits.append("cpr")
        traits += sorted("defect:" + x for x in spec["defects"])
        traits.append("font:" + j["font"])
        entries.append({"path": rel, "format": rel.rsplit(".", 1)[1], "kind": spec["kind"],
                        "subtype": spec["sub"], "layout": j["layout"] + "/" + j["medium"],
                        "rules": sorted(j["rules"]), "extras": sorted(j["extras"]), "error": None,
                        "accept_errors": [], "must_not_contain": mnc, "traits": traits,
                        "period": j["period"]})
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp)
    print(f"wrote {len(entries)} documents to {out}")


def handle(arg):
    name, tmp, out, spec, c, medium, fmt, npages = arg
    tmp, out = Path(tmp), Path(out)
    rng = random.Random(spec["seed"] + 99)
    d = spec["defects"]
    dpi = 300 if medium == "scan-grey-300" else (150 if medium == "phone" else 200)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp / f"{name}.pdf"), str(tmp / f"{name}-pg")],
                   check=True)
    pages = sorted(tmp.glob(f"{name}-pg-*.png"))
    traits = [f"medium:{medium}", f"dpi:{dpi}", f"out:{fmt}"]
    if "missing-p2" in d:
        pages = pages[:1]
        traits.append("page2-missing")
    imgs, dpis = [], []
    for k, p in enumerate(pages):
        img = Image.open(p).convert("L")
        if (spec["kind"] == "agreement" and k == npages - 1 and "missing-p2" not in d) or spec["sub"] == "consent":
            add_signature(img, rng, dpi)
            traits.append("signed")
        if k == 0 and rng.random() < 0.55:
            add_stamp(img, rng, dpi, c)
            traits.append("stamp")
        if rng.random() < 0.45:
            add_margin_marks(img, rng, dpi)
            traits.append("handmarks")
        if rng.random() < 0.3 and medium != "phone":
            add_holes(img, rng, dpi)
            traits.append("holes")
        if k == 1 and "upside2" in d:
            img = img.rotate(180)
            traits.append("page2-upside-down")
        img, angle = degrade(img, rng, dpi, medium)
        res = (dpi, dpi)
        if medium == "scan-bw":
            img = to_bw(img, rng.randint(150, 180))
        elif medium == "fax":
            img, res = faxify(img, rng, dpi, c, k + 1, len(pages))
        elif medium == "phone":
            img = phonify(img, rng)
            res = (150, 150)
        imgs.append(img)
        dpis.append(res)
    traits = sorted(set(traits))
    ext = {"pdf-ocr": "pdf", "pdf-img": "pdf", "tiff": "tif", "png": "png", "jpg": "jpg"}[fmt]
    sub = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "diverse"}[spec["kind"]]
    (out / sub).mkdir(exist_ok=True)
    base = rng.choice(["scan", "SKM_C", "fax", "IMG_", "doc", "Scan_"]) + f"{spec['seed'] % 100000:05d}_{name.split('_', 1)[0]}"
    if medium == "phone" and fmt == "jpg":
        base = f"IMG_{20260000 + spec['seed'] % 10000}_{name.split('_', 1)[0]}"
    rel = f"{sub}/{base}.{ext}"
    target = out / rel
    if fmt == "pdf-ocr":
        lst = []
        for k, (img, res) in enumerate(zip(imgs, dpis)):
            pth = tmp / f"{name}-deg-{k}.png"
            img.save(pth, dpi=res)
            lst.append(str(pth))
        (tmp / f"{name}.lst").write_text("\n".join(lst) + "\n")
        subprocess.run(["tesseract", str(tmp / f"{name}.lst"), str(tmp / f"{name}-ocr"), "-l", "dan", "pdf"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"})
        shutil.move(str(tmp / f"{name}-ocr.pdf"), target)
    elif fmt == "pdf-img":
        rgb = [im.convert("L") for im in imgs]
        rgb[0].save(target, "PDF", resolution=float(dpis[0][0]), save_all=True, append_images=rgb[1:])
    elif fmt == "tiff":
        if imgs[0].mode == "1":
            imgs[0].save(target, compression="group4", save_all=True, append_images=imgs[1:], dpi=dpis[0])
        else:
            imgs[0].save(target, compression="tiff_lzw", save_all=True, append_images=imgs[1:], dpi=dpis[0])
    elif fmt == "png":
        imgs[0].save(target, dpi=dpis[0])
    else:
        imgs[0].convert("L").save(target, "JPEG", quality=rng.randint(70, 88), dpi=dpis[0])
    return rel, traits


if __name__ == "__main__":
    main()
