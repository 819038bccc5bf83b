#!/usr/bin/env python3
"""Corpus HF: an ESDH/case-system archive exported for an external quality audit.

Every document carries what such exports add: a cover/metadata block (sagsnummer,
dokumentnummer, journaliseret dato, sagsbehandler, dokumenttype), stamps ("KOPI",
"Journaliseret", "Modtaget"), running headers with case number and "Side x af y",
document IDs in footers, barcodes as text, and pseudonymised content ("Borger A",
"[CPR fjernet]", blacked-out addresses). Some documents keep fictional CPR numbers.

Usage: /work/main/.venv/bin/python make_corpus_hf.py --out /work/corpora/hf [--seed 18]
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
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT, FONT_B = "Helvetica", "Helvetica-Bold"
if Path(DEJAVU).exists():
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
    FONT, FONT_B = "DejaVu", "DejaVu-Bold"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Holbæk Kommune", "Vordingborg Kommune", "Silkeborg Kommune", "Hjørring Kommune",
            "Faxe Kommune", "Svendborg Kommune", "Herning Kommune", "Lolland Kommune"]
AFDELINGER = ["Job og Ydelse", "Beskæftigelse & Uddannelse", "Jobcenter", "Center for Arbejdsmarked",
              "Afdeling for Job og Borgerservice", "Ungeenheden"]
SAGSBEH = ["Camilla Nørby", "Jesper Holm Kristiansen", "Trine Aagaard", "Mads Ebbesen", "Louise Bak",
           "Rasmus Lykke", "Hanne Vilstrup", "Sofie Dalgaard", "Peter Nyborg", "Nanna Friis"]
MENTORS = ["Lise Kjær", "Kasper Rømer", "Birgitte Sand", "Omar Haddad", "Jonna Mikkelsen",
           "Anders Bloch", "Pernille Thygesen", "Henrik Dahl", "Malene Juul", "Tobias Kragh"]
PROVIDERS = ["Jobhuset Nord", "Mentorfabrikken ApS", "Kompetencecenter Vest", "Ungekontakten",
             "Bro til Job", "Vejen Videre I/S", "Socialt Udviklingscenter Lyset", "Jobværkstedet"]
FIRMS = ["Netto i Bytoften", "Bilka Holstebro", "Lagerhotellet A/S", "Kantinen på Rådhuset",
         "Genbrugspladsen Syd", "Jysk Distributionscenter", "Bageriet Ved Torvet", "Plejecenter Solgården"]
SCHOOLS = ["FGU Midtsjælland", "SOSU H", "Tradium", "Zealand Business College", "EUC Nord",
           "Social- og Sundhedsskolen Fyn", "VUC Storstrøm", "Mercantec"]
CITIZENS = ["Borger A", "Borger B", "Borger C", "borgeren (pseudonymiseret)", "Borger D", "Borger E"]
BLACK = "█████████████"


# ---------------------------------------------------------------------------- helpers
def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dfmt(d: dt.date, style: int) -> str:
    return [dlong(d), f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month} {d.year}",
            f"{d.day}. {MON_AB[d.month - 1]} {d.year}", d.isoformat(), f"{d.day}.{d.month}.{d.year}"][style % 6]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, 1) if d.day == 1 else dt.date(d.year + y, mo + 1, min(d.day, 28))


def end_of(start: dt.date, months: int) -> dt.date:
    """start + months - 1 day (start on the 1st)."""
    return add_months(start, months) - dt.timedelta(days=1)


def phone(r: random.Random) -> str:
    return f"{r.choice([20,21,22,23,25,26,27,28,29,30,31,40,41,42,50,51,60,61,71,72,73])} " \
           f"{r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}"


def cpr(r: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


def mail_of(name: str, prov: str) -> str:
    first = name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    dom = prov.lower().replace(" ", "").replace("/", "").replace("aps", "").replace("i", "i")
    dom = "".join(c for c in dom if c.isalnum()).replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return f"{first}@{dom}.dk"


class Doc:
    """Blocks: ("h", text) heading, ("p", text) paragraph, ("kv", label, value), ("li", text),
    ("stamp", text) a stamp line, ("meta", [(label, value), ...]) the export's metadata block."""

    def __init__(self):
        self.blocks: list[tuple] = []
        self.header = ""
        self.footer = ""
        self.title = ""

    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def kv(self, k, v): self.blocks.append(("kv", k, v))
    def li(self, t): self.blocks.append(("li", t))
    def stamp(self, t): self.blocks.append(("stamp", t))
    def meta(self, rows): self.blocks.append(("meta", rows))


# ---------------------------------------------------------------------------- content pools
def goal_clear(r, who):
    firm, school = r.choice(FIRMS), r.choice(SCHOOLS)
    return r.choice([
        f"{who} er i virksomhedspraktik 15 timer om ugen hos {firm} senest 1. juni 2026, med henblik på løntilskud.",
        f"{who} starter på grundforløb 1 på {school} i august 2026 og møder mindst fire dage om ugen.",
        f"{who} fastholder sit fleksjob på 12 timer ugentligt hos {firm} og har højst 2 fraværsdage pr. måned.",
        f"At {who} gennemfører forløbet på {school} med et fremmøde på mindst 80 % og derefter søger optagelse på en erhvervsuddannelse.",
        f"Ordinært job som lagermedarbejder. {who} søger mindst tre relevante stillinger om ugen og er i job eller praktik senest 1. oktober 2026.",
        f"{who} møder stabilt i praktikken hos {firm} (mindst 4 dage om ugen) og overgår til ordinære timer inden periodens udløb.",
        f"{who} gennemfører 9. klasses prøve i dansk og matematik på {school} i juni 2026 og bliver optaget på EUD.",
    ])


def goal_vague(r, who):
    return r.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"Mere struktur på hverdagen og bedre selvværd for {who}.",
        f"Sikre at {who} kommer tættere på arbejdsmarkedet.",
        "Motivere borgeren og hjælpe med at få styr på tingene.",
        "Øget trivsel og stabilitet i hverdagen.",
    ])


TASKS = [
    "Følge borgeren til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og søvn",
    "Hjælp til at bruge kalender og huske aftaler",
    "Kontakt til arbejdsgiver ved fravær",
    "Øve samtaler med kolleger og leder",
    "Støtte ved kontakt til studievejleder og SPS",
    "Gennemgå skema og lektier én gang om ugen",
    "Hjælpe med at strukturere jobsøgning (3 ansøgninger pr. uge)",
    "Deltage i samtaler med kontaktlæreren på uddannelsesstedet",
    "Ledsage til lægen, når det har betydning for fremmødet",
]


def tasks_text(r, n=None):
    return r.sample(TASKS, n or r.randint(2, 4))


def period_text(r, start, end):
    s = r.randint(0, 5)
    a, b = dfmt(start, s), dfmt(end, s)
    return r.choice([f"{a} – {b}", f"{a} til {b}", f"fra {a} til {b}", f"f.o.m. {a} t.o.m. {b}",
                     f"{a}-{b}" if s in (1, 4, 5) else f"{a} – {b}"])


FOLLOW_OK = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtteperioden ophører.",
    "Mentor sender kort status til sagsbehandler hver måned. Midtvejsevaluering efter 3 måneder; delmål: fremmøde 4 dage om ugen fra maj.",
    "Opfølgningssamtale hver 6. uge i jobcentret. Progression måles på antal fremmødedage pr. uge.",
    "Vi følger op hver måned på et trepartsmøde og evaluerer senest fire uger før bevillingsudløb.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Opfølgning aftales senere."]

HOURS_OK = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1,5 time pr. uge",
            "5 timer om ugen de første 4 uger, derefter 2 timer om ugen"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende efter aftale"]


def appeal_full(r, komm):
    return r.choice([
        [f"Hvis du ikke er enig i afgørelsen, skal du klage til {komm} inden fire uger efter, at du har modtaget dette brev. "
         "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
         "Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."],
        ["Du kan klage mundtligt eller skriftligt. Klagen skal være modtaget i kommunen senest 4 uger efter, at du fik afgørelsen.",
         "Vi vurderer afgørelsen igen. Giver vi dig ikke helt eller delvist ret, sender vi klagen og sagens akter til "
         "Ankestyrelsen, Beskæftigelsesudvalget (jf. LAB § 204 og retssikkerhedslovens kapitel 10)."],
        [f"Klage over afgørelsen sendes til {komm}, Jobcentret, senest 4 uger fra modtagelsen. Jobcentret genvurderer "
         "sagen, og fastholdes afgørelsen, videresendes klagen til Ankestyrelsen."],
    ])


APPEAL_BAD = [
    ["Du kan klage over afgørelsen."],
    ["Klage kan sendes til kommunen. Du er velkommen til at kontakte din sagsbehandler."],
    ["Er du uenig, kan du klage. Ankestyrelsen behandler klager over kommunens afgørelser."],
]


def export_meta(r, ctx, doktype, stamp=True):
    rows = [("Sagsnummer", ctx["sag"]), ("Dokumentnummer", ctx["dok"]),
            ("Journaliseret", dfmt(ctx["jdate"], 1)), ("Sagsbehandler", ctx["sb_init"]),
            ("Dokumenttype", doktype)]
    if r.random() < 0.5:
        rows.append(("Part", f"{ctx['who']}, {ctx['cpr_line']}"))
    if r.random() < 0.4:
        rows.append(("Adresse", BLACK))
    return rows


def new_ctx(r, i, with_cpr):
    komm = r.choice(KOMMUNER)
    sb = r.choice(SAGSBEH)
    jdate = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
    c = cpr(r) if with_cpr else None
    return dict(
        komm=komm, afd=r.choice(AFDELINGER), sb=sb,
        sb_init=sb if r.random() < 0.5 else "".join(w[0] for w in sb.split()).upper(),
        sag=f"15.20.{r.choice(['00','08','12'])}-G01-{r.randint(100,9999)}-{r.choice([25,26])}",
        dok=f"{r.choice([2025, 2026])}-{r.randint(10000, 99999):06d}",
        jdate=jdate, who=r.choice(CITIZENS), cpr=c,
        cpr_line=f"CPR-nr. {c}" if c else r.choice(["CPR: [CPR fjernet]", "CPR-nr. [fjernet]", "CPR: XXXXXX-XXXX"]),
        idx=i,
    )


def add_export_wrapping(r, d: Doc, ctx, doktype):
    d.header = f"{ctx['komm']} · Sag {ctx['sag']} · Dok. {ctx['dok']}"
    d.footer = f"Dokument-ID {ctx['dok']} · Eksporteret til ekstern kvalitetsrevision {dfmt(dt.date(2026, 11, r.randint(2, 27)), 1)} · *D{ctx['dok'].replace('-', '')[2:]}*"
    d.stamp(r.choice(["KOPI", "JOURNALISERET " + dfmt(ctx["jdate"], 1) + " / " + ctx["sb_init"].split()[0][:3].upper(),
                      "MODTAGET " + dfmt(ctx["jdate"] - dt.timedelta(days=r.randint(1, 5)), 3).upper(),
                      "KOPI – JOURNALISERET"]))
    d.meta(export_meta(r, ctx, doktype))


def mentor_line(r, ctx, redact_name=False, pseudo=False):
    m, prov = r.choice(MENTORS), r.choice(PROVIDERS)
    name = "[navn fjernet]" if redact_name else ("Mentor B" if pseudo else m)
    ph = phone(r)
    em = mail_of(m, prov)
    return r.choice([f"{name}, {prov}, tlf. {ph}, {em}", f"{name} ({prov}) – telefon {ph}",
                     f"{name}, {prov}. Mail: {em}, mobil {ph}"]), name, prov, ph


# ---------------------------------------------------------------------------- document builders
AGR_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
MP_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
              "missing-hours", "duration-over-6-months"]


def pick_defects(r, pool, clean_share=0.4):
    if r.random() < clean_share:
        return []
    k = 1 if r.random() < 0.65 else 2
    while True:
        ds = r.sample(pool, k)
        if not ({"missing-goal", "unclear-goal"} <= set(ds) or
                {"missing-duration", "duration-over-6-months"} <= set(ds)):
            return sorted(ds)


def make_period(r, defects, traits):
    start = dt.date(2026, r.randint(1, 9), 1)
    if "duration-over-6-months" in defects:
        m = r.choice([7, 8, 9, 12])
        traits.append(f"period:{m}-months")
        return start, end_of(start, m)
    m = r.choice([3, 4, 6, 6, 6])
    traits.append("period:exact-six" if m == 6 else f"period:{m}-months")
    return start, end_of(start, m)


def build_agreement(r, ctx, defects, traits):
    d = Doc()
    add_export_wrapping(r, d, ctx, r.choice(["Aftale", "Mentoraftale", "Indgående dokument", "Notat/aftale"]))
    who = ctx["who"]
    style = r.randint(0, 2)
    d.title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167",
                        "Skriftlig aftale – mentorstøtte"])
    d.h(d.title)
    d.p(f"Aftalen er indgået mellem {who} ({ctx['cpr_line']}), {ctx['komm']}, {ctx['afd']}, og mentorudbyderen. "
        f"Adresse: {BLACK}.")
    labels = [
        ["Målet med mentorstøtten", "Mål", "1. Formål med forløbet", "Hovedformål"],
        ["Mentor", "Mentorens navn og kontaktdata", "2. Mentor", "Din mentor"],
        ["Mentorens opgaver", "Opgaver", "3. Hvad skal mentor hjælpe med?", "Indsatsområder"],
        ["Periode", "Varighed", "4. Aftalens varighed", "Bevilget periode"],
        ["Opfølgning", "Opfølgning og progression", "5. Opfølgning", "Evaluering"],
        ["Timetal", "Antal timer", "6. Timetal", "Timer"],
    ]
    L = [r.choice(x) for x in labels]
    # goal
    if "missing-goal" in defects:
        if r.random() < 0.5:
            d.kv(L[0], r.choice(["Udfyldes senere", "-", "…"]))
            traits.append("goal:placeholder")
        else:
            traits.append("goal:absent")
    elif "unclear-goal" in defects:
        d.kv(L[0], goal_vague(r, who))
    else:
        d.kv(L[0], goal_clear(r, who))
    # mentor
    if "missing-mentor" in defects:
        v = r.random()
        if v < 0.35:
            traits.append("mentor:absent")
        elif v < 0.7:
            d.kv(L[1], f"{r.choice(MENTORS)}, {r.choice(PROVIDERS)}")
            traits.append("mentor:name-no-contact")
        else:
            d.kv(L[1], r.choice(["Udpeges senere af leverandøren", "Findes af leverandør"]))
            traits.append("mentor:tbd")
    else:
        v = r.random()
        red, ps = v < 0.3, 0.3 <= v < 0.5
        line, *_ = mentor_line(r, ctx, redact_name=red, pseudo=ps)
        if red:
            traits.append("mentor:redacted-name")
        if ps:
            traits.append("mentor:pseudonym")
        d.kv(L[1], line)
    # tasks
    if "missing-tasks" in defects:
        if r.random() < 0.5:
            d.kv(L[2], "-")
            traits.append("tasks:placeholder")
        else:
            traits.append("tasks:absent")
    else:
        tl = tasks_text(r)
        if style == 0:
            d.kv(L[2], "; ".join(tl) + ".")
        else:
            d.h(L[2])
            for t in tl:
                d.li(t)
    # duration
    if "missing-duration" in defects:
        if r.random() < 0.5:
            d.kv(L[3], r.choice(["Indtil videre", "Udfyldes senere", "Aftales med leverandøren"]))
            traits.append("duration:placeholder")
        else:
            traits.append("duration:absent")
        period = None
    else:
        s, e = make_period(r, defects, traits)
        pt = period_text(r, s, e)
        if "duration-over-6-months" not in defects and r.random() < 0.3:
            pt += " (højst 6 måneder, med mulighed for forlængelse)"
        d.kv(L[3], pt)
        period = {"start": s.isoformat(), "end": e.isoformat()}
    # follow-up
    if "missing-follow-up" in defects:
        if r.random() < 0.5:
            d.kv(L[4], r.choice(FOLLOW_VAGUE))
            traits.append("followup:vague")
        else:
            traits.append("followup:absent")
    else:
        d.kv(L[4], r.choice(FOLLOW_OK))
    # hours
    if "missing-hours" in defects:
        if r.random() < 0.5:
            d.kv(L[5], r.choice(HOURS_VAGUE))
            traits.append("hours:vague")
        else:
            traits.append("hours:absent")
    else:
        d.kv(L[5], r.choice(HOURS_OK))
    # appeal
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            d.h("Klagevejledning")
            for t in r.choice(APPEAL_BAD):
                d.p(t)
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    else:
        d.h(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        for t in appeal_full(r, ctx["komm"]):
            d.p(t)
    d.p(f"Underskrifter: {who} ________   Mentor ________   Sagsbehandler {ctx['sb']} ________")
    return d, period


def build_minplan(r, ctx, defects, traits):
    d = Doc()
    add_export_wrapping(r, d, ctx, r.choice(["Min Plan-udskrift", "Plan (Min Plan)", "Systemudskrift"]))
    who = ctx["who"]
    d.title = r.choice(["Min Plan – Mentorstøtte", "Min Plan: indsats – mentor", "Udskrift af Min Plan"])
    d.h(d.title)
    d.p(f"Borger: {who} · {ctx['cpr_line']} · Udskrevet fra fagsystemet {dfmt(ctx['jdate'], 1)}")
    if r.random() < 0.4:
        d.h("Andre aktiviteter i planen")
        d.p(f"FGU-forløb på {r.choice(SCHOOLS)} fra 10. august 2026 til 30. juni 2027 (ikke mentorstøtte).")
        traits.append("other-activity-long-period")
    d.h(r.choice(["Indsats: Mentorstøtte (LAB § 167)", "Mentor", "Aktivitet: mentor"]))
    L = [r.choice(["Mål med mentorstøtten", "Det vil jeg gerne", "Formål", "Mit mål"]),
         r.choice(["Mentor", "Din mentor", "Kontaktperson (mentor)"]),
         r.choice(["Det hjælper mentor mig med", "Mentorens opgaver", "Opgaver"]),
         r.choice(["Periode", "Varighed", "Gyldig fra – til"]),
         r.choice(["Timetal", "Timer pr. uge", "Antal timer"])]
    if "missing-goal" in defects:
        traits.append("goal:absent")
    elif "unclear-goal" in defects:
        d.kv(L[0], goal_vague(r, "mig"))
    else:
        g = goal_clear(r, who)
        d.kv(L[0], g)
    if "missing-mentor" in defects:
        if r.random() < 0.5:
            traits.append("mentor:absent")
        else:
            d.kv(L[1], f"{r.choice(MENTORS)}")
            traits.append("mentor:name-no-contact")
    else:
        red = r.random() < 0.3
        line, *_ = mentor_line(r, ctx, redact_name=red)
        if red:
            traits.append("mentor:redacted-name")
        d.kv(L[1], line)
    if "missing-tasks" in defects:
        traits.append("tasks:absent")
    else:
        d.kv(L[2], ", ".join(tasks_text(r)).lower().capitalize() + ".")
    period = None
    if "missing-duration" in defects:
        traits.append("duration:absent")
    else:
        s, e = make_period(r, defects, traits)
        d.kv(L[3], period_text(r, s, e))
        period = {"start": s.isoformat(), "end": e.isoformat()}
    if "missing-hours" in defects:
        if r.random() < 0.5:
            d.kv(L[4], r.choice(HOURS_VAGUE))
            traits.append("hours:vague")
        else:
            traits.append("hours:absent")
    else:
        d.kv(L[4], r.choice(HOURS_OK))
    if r.random() < 0.4:
        d.kv("Status", r.choice(["Aktiv", "Igangværende", "Planlagt"]))
    d.p(f"Senest redigeret af {ctx['sb_init']} {dfmt(ctx['jdate'], 4)}.")
    return d, period


DEC_TYPES = ["grant", "partial", "refusal", "extension", "end"]


def build_decision(r, ctx, subtype, defects, traits):
    d = Doc()
    add_export_wrapping(r, d, ctx, "Udgående brev – afgørelse")
    who, komm = ctx["who"], ctx["komm"]
    d.p(f"{komm}\n{ctx['afd']}\nSagsbehandler: {ctx['sb']}, tlf. {phone(r)}")
    d.p(f"Til: {who}, {BLACK}\n{ctx['cpr_line']}")
    d.p(f"Dato: {dfmt(ctx['jdate'], 0)}")
    period = None
    over = "duration-over-6-months" in defects
    start = dt.date(2026, r.randint(1, 9), 1)
    m = r.choice([7, 9, 12]) if over else r.choice([3, 6, 6])
    end = end_of(start, m)
    if subtype in ("grant", "partial", "extension"):
        traits.append(f"period:{m}-months")
        period = {"start": start.isoformat(), "end": end.isoformat()}
    m_name, prov = r.choice(MENTORS), r.choice(PROVIDERS)
    if subtype == "grant":
        d.h(r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]))
        d.p(f"Du har søgt om mentorstøtte. Du får bevilget mentorstøtte i perioden {period_text(r, start, end)}, "
            f"{r.choice(HOURS_OK)}. Mentor bliver {r.choice([m_name, '[navn fjernet]'])} fra {prov}.")
        d.h("Begrundelse")
        d.p(f"Vi har lagt vægt på, at du har svært ved at fastholde fremmødet i praktikken uden støtte. "
            f"Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif subtype == "partial":
        d.h(r.choice(["Delvis bevilling af mentorstøtte", "Afgørelse – mentorstøtte (delvist imødekommet)"]))
        d.p(f"Du søgte om mentorstøtte i {r.choice([10, 12])} måneder med 6 timer om ugen. "
            f"Du får mentorstøtte i perioden {period_text(r, start, end)} med 3 timer om ugen.")
        traits.append("applied-longer")
        d.h("Begrundelse")
        d.p("Efter LAB § 167 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at 3 timer om ugen "
            "er tilstrækkeligt, fordi du allerede har støtte fra uddannelsesstedets SPS-ordning.")
    elif subtype == "refusal":
        d.h(r.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"]))
        d.p(f"Du har den {dfmt(ctx['jdate'] - dt.timedelta(days=20), 0)} søgt om mentorstøtte. Vi har givet dig afslag.")
        d.h("Begrundelse")
        d.p("Mentorstøtte efter LAB § 167 forudsætter et mål om beskæftigelse eller uddannelse. Du modtager "
            "førtidspension og har oplyst, at du ikke ønsker job eller uddannelse. Vi har derfor ikke mulighed for at bevilge støtten.")
    elif subtype == "extension":
        d.h(r.choice(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"]))
        d.p(f"Din mentorstøtte hos {prov} forlænges. Den nye periode er {period_text(r, start, end)}, "
            f"{r.choice(HOURS_OK)}.")
        d.h("Begrundelse")
        d.p("Vi har foretaget en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Du er kommet i gang med "
            "grundforløbet, men har brug for støtte til at fastholde fremmødet.")
    else:
        stop = dt.date(2026, r.randint(2, 11), r.randint(1, 28))
        d.h(r.choice(["Ophør af mentorstøtte", "Afgørelse om stop for mentorstøtte"]))
        d.p(f"Din mentorstøtte ophører den {dfmt(stop, 0)}.")
        d.h("Begrundelse")
        d.p("Du er begyndt i ordinær uddannelse og har ikke længere behov for støtte, jf. LAB § 167. "
            "Vi har lagt vægt på oplysningerne fra din mentor og uddannelsesstedet.")
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            d.h("Klagevejledning")
            for t in r.choice(APPEAL_BAD):
                d.p(t)
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    else:
        d.h(r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
        for t in appeal_full(r, komm):
            d.p(t)
    d.p(f"Med venlig hilsen\n{ctx['sb']}\n{komm}")
    return d, period


def build_unknown(r, ctx, sub, traits):
    d = Doc()
    who = ctx["who"]
    if sub == "checklist":
        add_export_wrapping(r, d, ctx, "Revisionsskema")
        d.title = "Tjekliste – kvalitetsrevision af mentorsager"
        d.h(d.title)
        d.p(f"Revisor: ekstern revision. Stikprøve nr. {r.randint(1, 40)} af 40. Sag {ctx['sag']}.")
        for item in ["Fremgår målet med mentorstøtten?", "Er mentorens navn og kontaktdata angivet?",
                     "Er mentorens opgaver beskrevet?", "Er varigheden højst 6 måneder?",
                     "Er timetallet angivet?", "Er der klagevejledning i afgørelsen?", "Er Min Plan opdateret?"]:
            d.kv(item, r.choice(["Ja", "Nej", "Delvist", "Ikke relevant"]))
        d.p("Bemærkninger: Se revisionsnotat. Skemaet udfyldes for hver stikprøve.")
    elif sub == "index":
        add_export_wrapping(r, d, ctx, "Eksportindeks")
        d.title = "Dokumentliste – eksport fra ESDH"
        d.h(d.title)
        d.p(f"Sag {ctx['sag']} · Part: {who} · {ctx['cpr_line']}")
        for j in range(r.randint(6, 10)):
            dd = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
            d.kv(f"{j + 1:02d}  {dfmt(dd, 1)}", r.choice([
                "Ansøgning om mentorstøtte (indgående)", "Afgørelse om mentorstøtte (udgående)",
                "Mentoraftale (bilag)", "Journalnotat – samtale", "Statusrapport fra leverandør",
                "Faktura mentortimer", "Min Plan – udskrift", "Mail fra mentor"]))
        d.p("Dokumenter markeret som fortrolige er udeladt af eksporten.")
    elif sub == "log":
        add_export_wrapping(r, d, ctx, "Sagslog")
        d.title = "Sagslog / journalnotater"
        d.h(d.title)
        for j in range(r.randint(4, 7)):
            dd = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
            d.p(f"{dfmt(dd, 1)} – {ctx['sb_init']}: " + r.choice([
                f"Telefonsamtale med {who}. Borger fortæller, at praktikken går bedre.",
                "Modtaget statusrapport fra leverandøren. Lagt på sagen.",
                "Afgørelse sendt til e-Boks.",
                "Aflyst samtale – ny tid sendt.",
                f"Trepartsmøde afholdt. {who} deltog sammen med mentor.",
                "Faktura godkendt til betaling.",
            ]))
    elif sub == "status":
        add_export_wrapping(r, d, ctx, "Indgående – statusrapport")
        prov = r.choice(PROVIDERS)
        d.title = f"Statusrapport fra {prov}"
        d.h(d.title)
        d.p(f"Vedr.: {who}. Rapportperiode: {r.choice(MONTHS)} 2026.")
        d.p(f"{who} har mødt op til de fleste aftaler i perioden. Vi har især arbejdet med at komme op om morgenen "
            "og med transporten til praktikstedet. Der har været to aflysninger på grund af sygdom.")
        d.p("Vi vurderer, at forløbet skrider frem som forventet. Leverandøren anbefaler ingen ændringer.")
        d.p(f"Venlig hilsen\n{prov}")
    else:  # invoice
        add_export_wrapping(r, d, ctx, "Faktura (indgående)")
        prov = r.choice(PROVIDERS)
        d.title = f"Faktura nr. {r.randint(1000, 9999)}"
        d.h(d.title)
        d.p(f"Fra: {prov}, CVR {r.randint(10000000, 99999999)}\nTil: {ctx['komm']}, EAN 5798{r.randint(100000000, 999999999)}")
        n = r.randint(6, 16)
        d.kv("Ydelse", f"Mentortimer {r.choice(MONTHS)} 2026, sag {ctx['sag']}")
        d.kv("Antal", f"{n} timer à 475,00 kr.")
        d.kv("Beløb i alt ekskl. moms", f"{n * 475:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", "."))
        d.p("Betalingsbetingelser: netto 30 dage.")
    traits.append(f"unknown:{sub}")
    return d


# ---------------------------------------------------------------------------- renderers
def flat_lines(d: Doc, header=True):
    out = []
    if header:
        out += [d.header, ""]
    for b in d.blocks:
        if b[0] == "meta":
            out += ["-" * 60] + [f"{k}: {v}" for k, v in b[1]] + ["-" * 60, ""]
        elif b[0] == "stamp":
            out += [f"[ STEMPEL: {b[1]} ]", ""]
        elif b[0] == "h":
            out += [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [f"{b[1]}: {b[2]}", ""]
        elif b[0] == "li":
            out += [f"- {b[1]}"]
    out += ["", d.footer]
    return "\n".join(out)


def render_txt(d, path, r):
    txt = flat_lines(d)
    enc = "cp1252" if r.random() < 0.25 else "utf-8"
    txt = txt.replace("█", "X") if enc == "cp1252" else txt
    path.write_bytes(txt.encode(enc, errors="replace"))
    return enc


def esc(s, br="<br>"):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", br)


def pesc(s):
    return esc(s, "<br/>")


def render_html(d, path, r):
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(d.title or d.header)}</title>"
             "<style>.stamp{color:#b00;border:2px solid #b00;display:inline-block;padding:2px 8px}"
             ".meta td{font-size:9pt}.hdr,.ftr{color:#666;font-size:8pt}</style></head><body>",
             f"<div class='hdr'>{esc(d.header)}</div>"]
    in_list = False
    for b in d.blocks:
        if b[0] != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if b[0] == "meta":
            parts.append("<table class='meta'>" + "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif b[0] == "stamp":
            parts.append(f"<div class='stamp'>{esc(b[1])}</div>")
        elif b[0] == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "kv":
            parts.append(f"<p><strong>{esc(b[1])}:</strong> {esc(b[2])}</p>" if r.random() < 0.5 else
                         f"<table><tr><th>{esc(b[1])}</th><td>{esc(b[2])}</td></tr></table>")
        elif b[0] == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{esc(b[1])}</li>")
    if in_list:
        parts.append("</ul>")
    parts.append(f"<div class='ftr'>{esc(d.footer)}</div></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_docx(d, path, r):
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = d.header
    sec.footer.paragraphs[0].text = d.footer
    table_mode = r.random() < 0.5
    tbl = None
    for b in d.blocks:
        if b[0] != "kv":
            tbl = None
        if b[0] == "meta":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
            doc.add_paragraph()
        elif b[0] == "stamp":
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(14)
        elif b[0] == "h":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "kv":
            if table_mode:
                if tbl is None:
                    tbl = doc.add_table(rows=0, cols=2)
                    tbl.style = "Table Grid"
                c = tbl.add_row().cells
                c[0].text, c[1].text = b[1], b[2]
            else:
                p = doc.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
        elif b[0] == "li":
            doc.add_paragraph(b[1], style="List Bullet")
    doc.save(path)
    return "table" if table_mode else "labels"


def render_rtf(d, path, r):
    def rt(s):
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\line ")
            elif o < 128:
                out.append(ch)
            elif o < 256:
                out.append(f"\\'{o:02x}")
            else:
                out.append(f"\\u{o if o < 32768 else o - 65536}?")
        return "".join(out)
    body = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}",
            r"{\header\pard\qr\fs16 " + rt(d.header) + r"\par}", r"{\footer\pard\qc\fs16 " + rt(d.footer) + r"\par}"]
    for b in d.blocks:
        if b[0] == "meta":
            for k, v in b[1]:
                body.append(r"\trowd\cellx3000\cellx9000\pard\intbl " + rt(k) + r"\cell " + rt(v) + r"\cell\row")
            body.append(r"\pard\par")
        elif b[0] == "stamp":
            body.append(r"\pard\qr\b\fs28 " + rt(b[1]) + r"\b0\fs22\par")
        elif b[0] == "h":
            body.append(r"\pard\b\fs26 " + rt(b[1]) + r"\b0\fs22\par")
        elif b[0] == "p":
            body.append(r"\pard " + rt(b[1]) + r"\par")
        elif b[0] == "kv":
            body.append(r"\pard\b " + rt(b[1]) + r":\b0  " + rt(b[2]) + r"\par")
        elif b[0] == "li":
            body.append(r"\pard\fi-200\li400 \bullet  " + rt(b[1]) + r"\par")
    body.append("}")
    path.write_text("\n".join(body), encoding="ascii")


def render_eml(d, path, r, ctx):
    m = email.message.EmailMessage()
    m["From"] = f"ESDH Eksport <eksport@{ctx['komm'].split()[0].lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}.dk>"
    m["To"] = "revision@kvalitetsrevision.dk"
    m["Subject"] = f"[Sag {ctx['sag']}] {d.title or 'Dokument'} (dok. {ctx['dok']})"
    m["Date"] = email.utils.format_datetime(dt.datetime(2026, 11, 3, 10, r.randint(0, 59), tzinfo=dt.timezone.utc))
    m["Message-ID"] = email.utils.make_msgid(domain="esdh.local")
    intro = (f"Automatisk eksport fra ESDH til ekstern kvalitetsrevision.\nDokumentet er gengivet herunder som tekst.\n\n")
    m.set_content(intro + flat_lines(d, header=False))
    path.write_bytes(bytes(m))


def render_reportlab(d, path, r, pages_hint=None):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName=FONT, fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=base, fontName=FONT_B)
    h = ParagraphStyle("h", parent=base, fontName=FONT_B, fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
    stamp = ParagraphStyle("s", parent=base, fontName=FONT_B, fontSize=15, textColor=colors.red, alignment=2)
    story = []
    grid = r.random() < 0.6
    kvrows = []

    def flush():
        if kvrows:
            t = Table([[Paragraph(pesc(k), bold), Paragraph(pesc(v), base)] for k, v in kvrows], colWidths=[55 * mm, 110 * mm])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
            kvrows.clear()
    for b in d.blocks:
        if b[0] != "kv":
            flush()
        if b[0] == "meta":
            t = Table([[Paragraph(pesc(k), base), Paragraph(pesc(v), base)] for k, v in b[1]], colWidths=[40 * mm, 100 * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
            story += [t, Spacer(1, 8)]
        elif b[0] == "stamp":
            story.append(Paragraph(pesc(b[1]), stamp))
        elif b[0] == "h":
            story.append(Paragraph(pesc(b[1]), h))
        elif b[0] == "p":
            story.append(Paragraph(pesc(b[1]), base))
            story.append(Spacer(1, 5))
        elif b[0] == "kv":
            kvrows.append((b[1], b[2]))
        elif b[0] == "li":
            story.append(Paragraph("• " + pesc(b[1]), base))
    flush()

    total = [1]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(20 * mm, 287 * mm, d.header)
        canvas.drawRightString(190 * mm, 287 * mm, f"Side {doc.page} af {total[0]}")
        canvas.drawString(20 * mm, 10 * mm, d.footer)
        canvas.restoreState()
    for _ in range(2):
        buf = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
        doc = SimpleDocTemplate(buf.name, pagesize=A4, topMargin=25 * mm, bottomMargin=20 * mm,
                                leftMargin=20 * mm, rightMargin=20 * mm, title=d.title, invariant=1)
        doc.build(list(story), onFirstPage=deco, onLaterPages=deco)
        total[0] = doc.page
    shutil.move(buf.name, path)
    return "grid" if grid else "plain"


def scan_pdf(src: Path, dst: Path, tmp: Path):
    pre = tmp / (src.stem + "_pg")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(pre)], check=True)
    pages = sorted(tmp.glob(src.stem + "_pg*.png"))
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for pg in pages:
        out = tmp / pg.stem
        subprocess.run(["tesseract", str(pg), str(out), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p in PdfReader(str(out) + ".pdf").pages:
            w.add_page(p)
    with open(dst, "wb") as f:
        w.write(f)


# ---------------------------------------------------------------------------- plan
FORMAT_PLAN = (["pdf-rl"] * 18 + ["pdf-lo"] * 12 + ["pdf-scan"] * 8 + ["docx"] * 14 + ["odt"] * 8 +
               ["rtf"] * 8 + ["txt"] * 8 + ["html"] * 8 + ["eml"] * 8)
KIND_PLAN = (["agreement"] * 28 + ["minplan"] * 22 + ["decision"] * 22 + ["unknown"] * 20)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hf")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hf_"))
    kinds = KIND_PLAN[:]
    fmts = FORMAT_PLAN[:]
    r.shuffle(kinds)
    r.shuffle(fmts)
    n = min(len(kinds), len(fmts))
    entries = []
    lo_jobs = []  # (docx tmp path, target ext, final path)
    scans = []
    dec_i = unk_i = 0
    for i in range(n):
        kind, fmt = kinds[i], fmts[i]
        with_cpr = r.random() < 0.25
        ctx = new_ctx(r, i, with_cpr)
        traits = [f"export:{fmt}"]
        if with_cpr:
            traits.append("cpr")
        else:
            traits.append("pseudonymised")
        subtype = kind
        period = None
        if kind == "agreement":
            defects = pick_defects(r, AGR_DEFECTS)
            d, period = build_agreement(r, ctx, defects, traits)
            folder = "aftaler"
        elif kind == "minplan":
            defects = pick_defects(r, MP_DEFECTS)
            d, period = build_minplan(r, ctx, defects, traits)
            folder = "min-plan"
        elif kind == "decision":
            subtype = DEC_TYPES[dec_i % 5]
            dec_i += 1
            pool = ["missing-appeal-guidance"]
            if subtype in ("grant", "partial", "extension"):
                pool.append("duration-over-6-months")
            defects = [] if r.random() < 0.45 else sorted(r.sample(pool, 1 if r.random() < 0.8 or len(pool) == 1 else 2))
            d, period = build_decision(r, ctx, subtype, defects, traits)
            d.title = d.title or next(b[1] for b in d.blocks if b[0] == "h")
            folder = "afgoerelser"
        else:
            subtype = ["checklist", "index", "log", "status", "invoice"][unk_i % 5]
            unk_i += 1
            defects = []
            d = build_unknown(r, ctx, subtype, traits)
            folder = "oevrige"
        base = f"{folder}/{ctx['sag'].split('-')[2]}_{ctx['dok']}_{kind}"
        layout = f"esdh-{fmt}"
        (out / folder).mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            enc = render_txt(d, out / (base + ".txt"), r)
            rel = base + ".txt"
            traits.append(f"enc:{enc}")
        elif fmt == "html":
            rel = base + ".html"
            render_html(d, out / rel, r)
        elif fmt == "eml":
            rel = base + ".eml"
            render_eml(d, out / rel, r, ctx)
        elif fmt == "rtf":
            rel = base + ".rtf"
            render_rtf(d, out / rel, r)
        elif fmt == "docx":
            rel = base + ".docx"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            layout += "-" + render_docx(d, out / rel, r)
        elif fmt in ("odt", "pdf-lo"):
            src = tmp / f"{i:03d}.docx"
            layout += "-" + render_docx(d, src, r)
            ext = "odt" if fmt == "odt" else "pdf"
            rel = base + "." + ext
            lo_jobs.append((src, ext, out / rel))
            traits.append("libreoffice")
        elif fmt == "pdf-rl":
            rel = base + ".pdf"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            layout += "-" + render_reportlab(d, out / rel, r)
            traits.append("reportlab")
        else:  # scan
            rel = base + ".pdf"
            src = tmp / f"{i:03d}_clean.pdf"
            render_reportlab(d, src, r)
            scans.append((src, out / rel))
            traits.append("scan:tesseract")
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        e = {"path": rel, "format": rel.rsplit(".", 1)[1], "kind": kind, "subtype": subtype,
             "layout": layout, "rules": sorted(defects), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [ctx["cpr"], ctx["cpr"].replace("-", "")] if with_cpr else [],
             "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)
    # LibreOffice conversions, batched by target
    prof = "-env:UserInstallation=file:///tmp/lo_hf_profile"
    for ext in ("odt", "pdf"):
        jobs = [j for j in lo_jobs if j[1] == ext]
        if not jobs:
            continue
        od = tmp / f"lo_{ext}"
        od.mkdir(exist_ok=True)
        subprocess.run(["soffice", prof, "--headless", "--convert-to", ext, "--outdir", str(od)] +
                       [str(j[0]) for j in jobs], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, _, dst in jobs:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(od / (src.stem + "." + ext), dst)
    for src, dst in scans:
        dst.parent.mkdir(parents=True, exist_ok=True)
        scan_pdf(src, dst, tmp)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
