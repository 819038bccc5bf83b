#!/usr/bin/env python3
"""Corpus fs: mentor papers laid out by a communications department.

Word documents with two text columns (section columns), shaded side panels, call-out boxes
(VML text boxes and shaded one-cell tables), pull quotes, icons beside headings and fields in
the page footer; their PDF versions made with LibreOffice; and reportlab PDFs with two
columns, a coloured left panel and a footer band. The goal, the mentor and the tasks are put
in different places of the layout (left column, right column, box, panel, footer).

Usage: make_corpus_fs.py --out /work/corpora/fs [--seed 13]
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

# --------------------------------------------------------------------------------------------
# Word pools
# --------------------------------------------------------------------------------------------
KOMMUNER = ["Silkeborg", "Holstebro", "Næstved", "Frederikssund", "Vejle", "Hjørring", "Svendborg",
            "Ringsted", "Viborg", "Haderslev", "Kalundborg", "Horsens", "Skive", "Faaborg-Midtfyn"]
FORNAVNE = ["Mette", "Jonas", "Sara", "Ahmad", "Line", "Kasper", "Nadia", "Emil", "Louise", "Rasmus",
            "Fatima", "Mikkel", "Camilla", "Oliver", "Signe", "Yusuf", "Ida", "Frederik", "Julie", "Tobias"]
EFTERNAVNE = ["Sørensen", "Hansen", "Kristiansen", "Ali", "Mortensen", "Lund", "Østergaard", "Bech",
              "Jakobsen", "Nørgaard", "Karimi", "Holm", "Vestergaard", "Dam", "Thygesen", "Kjær"]
LEVERANDOER = ["Jobhuset", "Mentorhuset Midt", "Bro til Job ApS", "Kompas Mentor", "Fokus & Fremdrift",
               "Ungeporten", "Værkstedet Ny Start", "Mentorkorpset", "Trinvis Beskæftigelse"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik som lagermedarbejder hos {firma} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{fn} gennemfører grundforløb 1 på {skole} og møder mindst fire dage om ugen frem til {d}.",
    "{fn} starter på SOSU-hjælperuddannelsen den {d} og har en fast plan for transport og fremmøde.",
    "{fn} har et fleksjob som pedelmedhjælper på {firma} på 12 timer om ugen inden {d}.",
    "{fn} møder stabilt i løntilskudsjobbet i køkkenet hos {firma} – højst ét fravær om måneden – frem til {d}.",
    "{fn} består FVU-dansk trin 2 på VUC og søger optagelse på EUD inden {d}.",
    "{fn} er i ordinært job på 20 timer om ugen som chauffør hos {firma} senest {d}.",
    "{fn} gennemfører første semester på pædagoguddannelsen med højst 10 % fravær frem til {d}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "At {fn} får mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {fn} kommer tættere på arbejdsmarkedet.",
    "Motivere {fn} og arbejde på at skabe ro i hverdagen.",
    "Hjælp til at få styr på økonomi og bolig, så {fn} får det bedre.",
    "{fn} skal opleve trivsel og mestring i eget liv.",
]
FIRMAER = ["Bilka", "Dagrofa", "Coop 365", "Danish Crown", "Netto", "Elgiganten", "Bygma", "Jysk",
           "Kirkens Korshær Genbrug", "Sportmaster", "Plantorama", "XL-Byg"]
SKOLER = ["Tradium", "Mercantec", "Learnmark", "EUC Syd", "Syddansk Erhvervsskole", "Zealand Business College",
          "SOSU Syd", "Selandia"]
TASK_SETS = [
    ["følge {fn} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "kontakt til praktikvejlederen ved fravær"],
    ["hjælpe med at lave en ugeplan med faste mødetider", "øve jobsamtaler", "støtte ved kontakt til a-kasse og skole"],
    ["være fast kontaktperson på skolen", "hjælpe med lektieplan og SU-ansøgning",
     "deltage i møder med studievejlederen"],
    ["følges med {fn} i bus de første dage", "samtaler om søvn og morgenrutiner",
     "koordinere med arbejdspladsen om skånehensyn"],
    ["afklare praktiske forhindringer (pasning, transport)", "gennemgå arbejdsopgaver og forventninger med lederen",
     "telefonisk opfølgning efter hver vagt den første måned"],
]
FOLLOWUPS = [
    "Statusmøde med mentor, {fn} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver 4. uge på fremmødet (delmål: 3 dage om ugen fra uge 2, 4 dage fra uge 8).",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage inden periodens udløb.",
    "Mentor sender en kort statusrapport hver anden uge; opfølgningssamtale i kommunen hver 6. uge.",
    "Opfølgning hver 3. måned og altid senest 14 dage før aftalen udløber. Progression måles på fremmøde.",
]
VAGUE_FOLLOWUPS = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi følger op, når det giver mening."]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden", "1-2 timer pr. uge",
         "5 timer om ugen de første 4 uger, derefter 2 timer om ugen", "6 timer pr. uge"]
VAGUE_HOURS = ["et par timer om ugen", "efter behov", "løbende efter aftale"]


def appeal_full(kommune, rng):
    v = rng.randrange(4)
    if v == 0:
        return (f"Hvis du ikke er enig i afgørelsen, skal du klage til {kommune} Kommune inden fire uger fra "
                f"du har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi "
                f"afgørelsen, sender vi klagen videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt "
                f"(LAB § 204, retssikkerhedsloven kap. 10).")
    if v == 1:
        return (f"Du kan klage over afgørelsen. Klagen skal være modtaget af kommunen senest 4 uger efter, at du "
                f"har fået afgørelsen. Send den til Jobcenter {kommune} via Digital Post eller ring til os. Vi ser "
                f"på sagen igen, og hvis vi fastholder afgørelsen, sender vi den videre til Ankestyrelsen.")
    if v == 2:
        return (f"Sådan klager du: Kontakt {kommune} Kommune, Beskæftigelse, inden 4 uger. Vi genvurderer "
                f"afgørelsen. Får du ikke medhold, sendes klagen og sagens papirer til Ankestyrelsens "
                f"Beskæftigelsesudvalg, jf. LAB § 204.")
    return (f"Er du uenig, kan du klage til jobcentret inden fire uger efter modtagelsen. Klagen kan sendes på "
            f"mail eller gives mundtligt til din sagsbehandler. Jobcentret genvurderer sagen og sender den "
            f"videre til Ankestyrelsen, hvis afgørelsen fastholdes.")


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Hvis du er uenig, er du velkommen til at kontakte os.",
                     "Du kan klage til kommunen, hvis du er utilfreds."]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def slug(s: str) -> str:
    s = s.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return "".join(ch for ch in s if ch.isalnum() or ch == "-")


def fake_cpr(rng) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng) -> str:
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


# --------------------------------------------------------------------------------------------
# Content model: a document is a title, a list of blocks (heading, text, slot) and metadata.
# --------------------------------------------------------------------------------------------
SLOTS = ["left", "right", "box", "panel", "footer"]


class Doc:
    def __init__(self, title, kind, subtype):
        self.title = title
        self.kind = kind
        self.subtype = subtype
        self.kicker = ""          # line above title (department)
        self.blocks = []          # dicts: slot, head, text, icon
        self.rules = set()
        self.extras = set()
        self.traits = []
        self.must_not = []
        self.period = None

    def add(self, slot, head, text, icon=None):
        self.blocks.append({"slot": slot, "head": head, "text": text, "icon": icon})


_LAST_PERSON = [None]


def person(rng):
    """A name; never the same first name as the person drawn just before (citizen vs mentor)."""
    while True:
        fn, en = rng.choice(FORNAVNE), rng.choice(EFTERNAVNE)
        if fn != _LAST_PERSON[0]:
            _LAST_PERSON[0] = fn
            return fn, en


def period_for(rng, over: bool):
    start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15]))
    if over:
        months = rng.choice([8, 9, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
    else:
        months = rng.choice([3, 4, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
    st = rng.randrange(5)
    if rng.random() < 0.25 and not over:
        text = f"{fmt_date(start, 0)} og {months} måneder frem"
        if months == 6 and rng.random() < 0.5:
            text = f"fra {fmt_date(start, 0)} i 26 uger"
            end = start + dt.timedelta(days=181)
    elif rng.random() < 0.2 and over:
        text = f"fra {fmt_date(start, 0)} og {months} måneder frem"
    else:
        sep = rng.choice([" – ", " til ", "-", " - "])
        text = f"{fmt_date(start, st)}{sep}{fmt_date(end, st)}"
        if rng.random() < 0.3:
            text = f"fra og med {fmt_date(start, st)} til og med {fmt_date(end, st)}"
    return text, {"start": start.isoformat(), "end": end.isoformat()}, months


# ---------------------------- agreements ----------------------------------------------------
AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb", "Din aftale om mentorstøtte",
              "Skriftlig aftale om mentorstøtte (LAB § 167)", "Samarbejdsaftale – mentorstøtte"]

HEADS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Hovedformål", "Formål og mål", "Det arbejder vi hen imod"],
    "mentor": ["Din mentor", "Mentor", "Mentorens navn og kontaktdata", "Kontakt din mentor"],
    "tasks": ["Mentorens opgaver", "Det hjælper mentoren med", "Indsatsområder", "Opgaver"],
    "period": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"],
    "hours": ["Timetal", "Timer", "Antal timer", "Omfang"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}
ICONS = {"goal": "flag", "mentor": "phone", "tasks": "list", "period": "clock", "hours": "clock",
         "follow": "chart", "appeal": "scale", "info": "info"}


def make_agreement(rng, i, defects, cpr):
    kom = rng.choice(KOMMUNER)
    fn, en = person(rng)
    mfn, men = person(rng)
    prov = rng.choice(LEVERANDOER)
    d = Doc(rng.choice(AGR_TITLES), "agreement", "agreement")
    d.kicker = rng.choice([f"{kom} Kommune · Beskæftigelse", f"Jobcenter {kom}", f"{kom} Kommune – Job & Uddannelse"])
    over = "duration-over-6-months" in defects
    ptext, period, months = period_for(rng, over)
    d.period = period
    start = dt.date.fromisoformat(period["start"])
    goal_date = fmt_date(add_months(start, min(months, 5)), 0)
    fields = {}
    goals = CLEAR_GOALS
    if "missing-duration" in defects:  # no goal phrased "frem til <date>" that could pass for the period
        goals = [g for g in CLEAR_GOALS if "frem til" not in g]
    if "unclear-goal" in defects:
        fields["goal"] = rng.choice(UNCLEAR_GOALS).format(fn=fn)
    elif "missing-goal" not in defects:
        fields["goal"] = rng.choice(goals).format(fn=fn, firma=rng.choice(FIRMAER), skole=rng.choice(SKOLER), d=goal_date)
    mail = f"{slug(mfn)}.{slug(men)}@{slug(prov.split()[0])}.dk"
    if "missing-mentor" in defects:
        fields["mentor"] = f"{mfn} {men}, {prov}" if rng.random() < 0.6 else f"{mfn} {men} (kontaktoplysninger følger)"
    else:
        fields["mentor"] = rng.choice([
            f"{mfn} {men}, {prov}\nTlf. {phone(rng)}\n{mail}",
            f"{mfn} {men} · {prov} · tlf. {phone(rng)}",
            f"Din mentor er {mfn} {men} fra {prov}. Ring på {phone(rng)} eller skriv til {mail}.",
        ])
    if "missing-tasks" not in defects:
        ts = [t.format(fn=fn) for t in rng.choice(TASK_SETS)]
        fields["tasks"] = "\n".join("• " + t[0].upper() + t[1:] for t in ts)
    if "missing-duration" not in defects:
        fields["period"] = ptext[0].upper() + ptext[1:]
    else:
        fields["period"] = rng.choice(["Indtil videre", "Aftales nærmere", None])
        d.period = None
    if "missing-hours" in defects:
        fields["hours"] = rng.choice(VAGUE_HOURS + [None]) 
    else:
        fields["hours"] = rng.choice(HOURS)
    if "missing-follow-up" in defects:
        fields["follow"] = rng.choice(VAGUE_FOLLOWUPS + [None])
    else:
        fields["follow"] = rng.choice(FOLLOWUPS).format(fn=fn)
    if "missing-appeal-guidance" in defects:
        fields["appeal"] = rng.choice(APPEAL_INCOMPLETE + [None])
    else:
        fields["appeal"] = appeal_full(kom, rng)
    # citizen line
    cit = f"{fn} {en}"
    if cpr:
        c = fake_cpr(rng)
        cit += f"   CPR-nr. {c}"
        d.must_not.append(c)
        d.must_not.append(c.replace("-", ""))
        d.traits.append("cpr")
    intro = rng.choice([
        f"Aftale mellem {cit} og {kom} Kommune om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Borger: {cit}\nSagsbehandler: {' '.join(person(rng))}, tlf. {phone(rng)}",
        f"Denne aftale er lavet mellem dig, {cit}, din mentor og os i kommunen. Her kan du se, hvad I skal arbejde med.",
    ])
    d.intro = intro
    d.citizen = cit
    d.fields = fields
    d.kommune = kom
    for r in defects:
        d.rules.add(r)
    if "missing-goal" in defects:
        d.rules.discard("unclear-goal")
    # end clause
    d.closing = rng.choice([
        "Underskrift borger: ______________________     Underskrift mentor: ______________________",
        f"Aftalen er gennemgået med {fn} den {fmt_date(start - dt.timedelta(days=7), 0)}.",
        "Ændringer i timetal eller formål skrives også ind i Min Plan.",
    ])
    return d


# ---------------------------- Min Plan entries ---------------------------------------------
def make_minplan(rng, i, defects, cpr):
    d = make_agreement(rng, i, [x for x in defects], cpr)
    d.kind = d.subtype = "minplan"
    d.title = rng.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor", "Udskrift af Min Plan",
                          "Min Plan · Mentorstøtte (§ 167)"])
    d.kicker = rng.choice(["Jobnet · Min Plan", f"{d.kommune} Kommune · Min Plan", "Min Plan – din plan for job og uddannelse"])
    # Min Plan entries do not carry appeal guidance or (often) a follow-up section
    d.fields["appeal"] = None
    if rng.random() < 0.5:
        d.fields["follow"] = None
    cit = d.intro.split("\n")[0]
    d.intro = rng.choice([f"Her er din indsats med mentorstøtte, som den står i Min Plan. Du kan altid se planen på Jobnet.",
                          f"Udskrift fra Min Plan. Indsats: Mentorstøtte efter LAB § 167.",
                          f"Min Plan for {d.citizen}. Aktivitet: Mentor."])
    d.closing = rng.choice(["Planen er senest opdateret af din sagsbehandler.",
                            "Se også dine andre aktiviteter i Min Plan på jobnet.dk.",
                            "Har du spørgsmål til din plan, så kontakt din sagsbehandler."])
    d.rules = {r for r in d.rules if r in ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                                            "missing-hours", "duration-over-6-months", "unclear-goal")}
    return d


# ---------------------------- decisions ----------------------------------------------------
def make_decision(rng, i, sub, defects, cpr):
    kom = rng.choice(KOMMUNER)
    fn, en = person(rng)
    mfn, men = person(rng)
    prov = rng.choice(LEVERANDOER)
    titles = {
        "grant": ["Bevilling af mentorstøtte", "Afgørelse: Du får mentorstøtte", "Du er bevilget en mentor"],
        "partial": ["Delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte – færre timer end ansøgt"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: Afslag på ansøgning om mentor"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse: Din mentorstøtte stopper"],
    }
    d = Doc(rng.choice(titles[sub]), "decision", sub)
    d.kommune = kom
    d.kicker = rng.choice([f"{kom} Kommune · Job og Ydelse", f"Jobcenter {kom}", f"{kom} Kommune"])
    over = "duration-over-6-months" in defects
    ptext, period, months = period_for(rng, over)
    ldate = dt.date.fromisoformat(period["start"]) - dt.timedelta(days=rng.randrange(8, 30))
    if sub in ("refusal", "end"):
        ldate = dt.date(2026, rng.randrange(2, 11), rng.randrange(1, 28))
    head = f"Dato: {fmt_date(ldate, 0)}   Sagsnr.: {rng.randrange(2025, 2027)}-{rng.randrange(10000, 99999)}\n"
    cit = f"Kære {fn} {en}"
    d.intro = head + cit
    if cpr:
        c = fake_cpr(rng)
        d.intro = head + f"{fn} {en}, CPR-nummer: {c}\n\nKære {fn}"
        d.must_not += [c, c.replace("-", "")]
        d.traits.append("cpr")
    f = {}
    if sub == "end":
        ldate_end = ldate + dt.timedelta(days=rng.randrange(20, 40))
    reasons_missing = "no-reasons" in defects
    if sub == "grant":
        f["main"] = (f"Du har søgt om mentorstøtte, og vi har bevilget det. Du får mentorstøtte i perioden "
                     f"{ptext}. Din mentor bliver {mfn} {men} fra {prov}, tlf. {phone(rng)}, og I mødes "
                     f"{rng.choice(HOURS)}.")
        d.period = period
        f["reasons"] = (f"Vi har lagt vægt på, at du skal starte i praktik hos {rng.choice(FIRMAER)}, og at du har brug for "
                        f"støtte til at komme afsted de første måneder. Afgørelsen er truffet efter LAB § 167, stk. 1.")
    elif sub == "partial":
        asked = rng.choice([9, 12])
        f["main"] = (f"Du søgte om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får mentorstøtte i perioden "
                     f"{ptext}, med 3 timer om ugen – altså færre timer end du søgte om. Mentor: {mfn} {men}, {prov}.")
        d.period = period
        d.traits.append("asked-longer")
        f["reasons"] = None if reasons_missing else (
            "Begrundelse: Efter LAB § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt "
            "på din mentors vurdering af, at 3 timer om ugen er nok, når du er startet i praktikken.")
    elif sub == "refusal":
        f["main"] = ("Vi har behandlet din ansøgning om mentorstøtte. Du får afslag.")
        f["reasons"] = None if reasons_missing else (
            f"Vi har lagt vægt på, at du allerede får støtte af en SPS-mentor på {rng.choice(SKOLER)}, og at din "
            f"uddannelsesplan ikke viser behov for yderligere støtte. Mentorstøtte efter LAB § 167 skal gå ud over "
            f"den støtte, skolen normalt giver.")
    elif sub == "extension":
        if over:
            f["main"] = (f"Din mentorstøtte hos {prov} er forlænget. Den nye periode er {ptext}. Timetallet er uændret.")
        else:
            f["main"] = (f"Vi har vurderet din sag igen, og du får en ny periode med mentorstøtte (forlængelse): "
                         f"{ptext}. Din mentor er fortsat {mfn} {men}.")
        d.period = period
        f["reasons"] = ("Vi har lagt vægt på, at du er halvvejs i dit grundforløb, og at fremmødet er steget fra 2 til "
                        "4 dage om ugen. Det er en ny periode efter LAB § 167, stk. 1, 2. pkt.")
    else:  # end
        f["main"] = (f"Din mentorstøtte hos {prov} ophører den {fmt_date(ldate_end, 0)}.")
        f["reasons"] = None if reasons_missing else (
            "Begrundelse: Du er startet i ordinært job på 25 timer om ugen og har ikke længere brug for en mentor. "
            "Vi har lagt vægt på din arbejdsgivers tilbagemelding.")
    if reasons_missing and sub in ("partial", "refusal", "end"):
        d.extras.add("missing-reasons")
    if "missing-appeal-guidance" in defects:
        f["appeal"] = rng.choice(APPEAL_INCOMPLETE + [None])
    else:
        f["appeal"] = appeal_full(kom, rng)
    f["contact"] = (f"Har du spørgsmål, er du velkommen til at kontakte mig på tlf. {phone(rng)}.\n"
                    f"Venlig hilsen\n{rng.choice(FORNAVNE)} {rng.choice(EFTERNAVNE)}, sagsbehandler")
    d.fields = f
    for r in defects:
        if r in ("missing-appeal-guidance", "duration-over-6-months"):
            d.rules.add(r)
    d.closing = ""
    return d


# ---------------------------- none of the kinds --------------------------------------------
def make_unknown(rng, i, sub):
    kom = rng.choice(KOMMUNER)
    prov = rng.choice(LEVERANDOER)
    mfn, men = person(rng)
    d = Doc("", "unknown", sub)
    d.kommune = kom
    if sub == "leaflet":
        d.title = rng.choice(["Hvad er en mentor?", "Mentorstøtte – sådan foregår det", "Få en mentor ved din side"])
        d.kicker = f"{kom} Kommune · Pjece"
        d.fields = {
            "intro": "En mentor er en person, der kan hjælpe dig i gang med job eller uddannelse. Her kan du læse, "
                     "hvordan det foregår, og hvad du kan forvente.",
            "goal": "Sammen med din sagsbehandler aftaler du målet med mentorstøtten – fx at du starter på en uddannelse "
                    "eller i praktik.",
            "mentor": "I aftalen står mentorens navn og kontaktdata, så du altid ved, hvem du skal ringe til.",
            "tasks": "Mentorens opgaver kan være at følge dig til praktikstedet, hjælpe med mødetider eller tale med skolen.",
            "period": "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse.",
            "hours": "Timetallet afhænger af dit behov. Det står i aftalen, hvor mange timer om ugen I ses.",
            "appeal": "Får du en afgørelse, står der altid en klagevejledning i brevet.",
        }
    elif sub == "newsletter":
        d.title = rng.choice(["Nyhedsbrev – Mentorkorpset", f"Nyt fra {prov}", "Mentornyt nr. 3 · 2026"])
        d.kicker = f"{prov} · Nyhedsbrev · {rng.choice(['efterår', 'forår'])} 2026"
        d.fields = {
            "intro": f"I dette nummer: ny kollega, temadag om ungementorer og tal fra første halvår.",
            "goal": f"Velkommen til {mfn} {men}, som er ny mentor i teamet. {mfn} har 10 års erfaring fra "
                    f"produktionsskolen og brænder for de unge.",
            "tasks": "Temadag 12. november: Hvordan skriver vi gode delmål? Tilmelding hos teamlederen.",
            "mentor": f"I første halvår har vi haft 84 forløb; 61 % af borgerne var i job eller uddannelse ved afslutning.",
            "period": "Husk at aflevere statusnotater senest den 5. i måneden.",
        }
    elif sub == "poster":
        d.title = rng.choice(["Mentorcafé – kom og mød en mentor", "Mentorcafé hver torsdag", "Kaffe med en mentor"])
        d.kicker = f"{kom} Bibliotek · Ungeporten"
        day = rng.randrange(2, 28)
        d.fields = {
            "intro": f"Er du nysgerrig på, hvad en mentor kan hjælpe med? Kig forbi til kaffe og en snak – ingen tilmelding.",
            "goal": f"Torsdag den {day}. {rng.choice(['oktober', 'november'])} 2026 kl. 14-16 i Ungeporten, Torvet 3.",
            "mentor": f"Spørgsmål? Ring til {mfn} {men} på tlf. {phone(rng)}.",
            "tasks": "Vi byder på kage. Tag en ven med!",
        }
    elif sub == "invitation":
        d.title = "Invitation: Informationsmøde om mentorordningen"
        d.kicker = f"Jobcenter {kom} · For virksomheder"
        d.fields = {
            "intro": "Vil din virksomhed være med til at tage imod borgere med en mentor? Kom til et kort møde.",
            "goal": "Program: Hvad er en virksomhedsmentor? · Refusion og honorar · Erfaringer fra en lokal arbejdsplads.",
            "mentor": f"Tilmelding til {mfn} {men}, virksomhedskonsulent, tlf. {phone(rng)}.",
            "tasks": f"Tid og sted: {rng.randrange(2, 28)}. november 2026 kl. 8.30-10.00, Erhvervshuset.",
        }
    else:  # annual status / key figures
        d.title = "Mentorindsatsen i tal – halvårsstatus 2026"
        d.kicker = f"{kom} Kommune · Arbejdsmarkedsudvalget"
        d.fields = {
            "intro": "Status til udvalget over mentorindsatsen første halvår 2026.",
            "goal": "212 borgere havde mentorstøtte; gennemsnitlig varighed 4,7 måneder; 3,1 timer pr. uge i snit.",
            "mentor": "Udgifterne holder sig inden for rammen efter LAB § 203 a.",
            "tasks": "Anbefaling: Fortsæt samarbejdet med to eksterne leverandører.",
        }
    d.intro = d.fields.pop("intro")
    d.closing = ""
    return d


# --------------------------------------------------------------------------------------------
# Rendering: icons
# --------------------------------------------------------------------------------------------
ICON_COLORS = {"flag": (0, 122, 110), "phone": (196, 80, 20), "list": (40, 80, 160), "clock": (120, 60, 140),
               "chart": (30, 130, 60), "scale": (90, 90, 90), "info": (0, 100, 170)}


def icon_png(name: str) -> bytes:
    im = Image.new("RGBA", (64, 64), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    c = ICON_COLORS.get(name, (0, 0, 0))
    dr.ellipse((2, 2, 62, 62), fill=c)
    w = (255, 255, 255)
    if name == "flag":
        dr.line((22, 14, 22, 50), fill=w, width=4); dr.polygon([(24, 14), (46, 21), (24, 28)], fill=w)
    elif name == "phone":
        dr.rounded_rectangle((22, 14, 42, 50), 4, outline=w, width=4)
    elif name == "list":
        for y in (20, 32, 44):
            dr.ellipse((16, y - 3, 22, y + 3), fill=w); dr.line((27, y, 48, y), fill=w, width=4)
    elif name == "clock":
        dr.ellipse((14, 14, 50, 50), outline=w, width=4); dr.line((32, 32, 32, 20), fill=w, width=3); dr.line((32, 32, 42, 36), fill=w, width=3)
    elif name == "chart":
        for k, h in enumerate((12, 20, 28)):
            dr.rectangle((16 + k * 12, 48 - h, 24 + k * 12, 48), fill=w)
    elif name == "scale":
        dr.line((32, 14, 32, 48), fill=w, width=3); dr.line((16, 22, 48, 22), fill=w, width=3)
        dr.arc((10, 22, 24, 36), 0, 180, fill=w, width=3); dr.arc((40, 22, 54, 36), 0, 180, fill=w, width=3)
    else:
        dr.text((28, 18), "i", fill=w)
    b = io.BytesIO(); im.save(b, "PNG"); return b.getvalue()


# --------------------------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def set_cols(section, num, space=708):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space))
    sectPr.append(cols)


def heading_par(container, text, icon, accent, use_pic, size=12):
    p = container.add_paragraph()
    if icon and use_pic:
        p.add_run().add_picture(io.BytesIO(icon_png(icon)), width=Cm(0.5))
        p.add_run("  ")
    elif icon:
        p.add_run({"flag": "⚑ ", "phone": "☎ ", "list": "☰ ", "clock": "◷ ", "chart": "▲ ", "scale": "⚖ ",
                   "info": "ⓘ "}.get(icon, "• "))
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(accent)
    p.paragraph_format.space_after = Pt(2)
    return p


def text_pars(container, text, size=10, italic=False):
    for line in text.split("\n"):
        p = container.add_paragraph()
        r = p.add_run(line); r.font.size = Pt(size); r.italic = italic
        p.paragraph_format.space_after = Pt(2)


def vml_textbox(doc, head, text, fill):
    """A floating-less VML text box (inline in its own paragraph), as Word 2007-style call-outs."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    inner = f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{esc(head)}</w:t></w:r></w:p>'
    for line in text.split("\n"):
        inner += f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>'
    h = 40 + 16 * (len(text) // 70 + text.count("\n") + 2)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="tb{len(head) * 7 + len(text)}" type="#_x0000_t202" '
           f'style="width:440pt;height:{h}pt" filled="t" stroked="t" fillcolor="#{fill}" strokecolor="#7f7f7f">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    doc.add_paragraph()._p.append(parse_xml(xml))


def box_table(container, head, text, fill, accent, icon, use_pic):
    t = container.add_table(rows=1, cols=1)
    c = t.cell(0, 0); shade(c, fill)
    c.paragraphs[0].text = ""
    heading_par(c, head, icon, accent, use_pic)
    text_pars(c, text)
    container.add_paragraph()


def pull_quote(container, head, text, accent):
    p = container.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(head.upper()); r.bold = True; r.font.size = Pt(9); r.font.color.rgb = RGBColor.from_string(accent)
    p = container.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("»" + text.replace("\n", " ") + "«"); r.italic = True; r.font.size = Pt(14)
    r.font.color.rgb = RGBColor.from_string(accent)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="12" w:space="4" w:color="{accent}"/>'
                         f'<w:bottom w:val="single" w:sz="12" w:space="4" w:color="{accent}"/></w:pBdr>'))


PALETTES = [("1F6F8B", "E3F1F5"), ("8B3A1F", "F8EBE3"), ("2E6B30", "E6F2E3"), ("5B2C83", "EFE7F6"), ("B0451A", "FDF0E6")]


UNKNOWN_HEADS = {
    "leaflet": {"goal": "Målet", "mentor": "Din mentor", "tasks": "Hvad laver en mentor?",
                "period": "Hvor længe?", "hours": "Hvor mange timer?", "appeal": "Klage"},
    "newsletter": {"goal": "Ny kollega", "tasks": "Kalender", "mentor": "Tal og fakta", "period": "Husk"},
    "poster": {"goal": "Hvornår og hvor?", "mentor": "Spørgsmål?", "tasks": "Godt at vide"},
    "invitation": {"goal": "Program", "mentor": "Tilmelding", "tasks": "Tid og sted"},
    "status": {"goal": "Nøgletal", "mentor": "Økonomi", "tasks": "Anbefaling"},
}


def blocks_from(d, rng, placement):
    """Turn fields into (slot, head, text, icon) in reading order."""
    out = []
    for key, val in d.fields.items():
        if val is None:
            continue
        head = rng.choice(HEADS[key]) if key in HEADS else {"main": "Afgørelse", "reasons": "Begrundelse",
                                                              "contact": "Kontakt", "intro": ""}.get(key, "")
        if d.kind == "unknown":
            head = UNKNOWN_HEADS[d.subtype][key]
        if key == "reasons" and val.startswith("Begrundelse:"):
            head, val = "Begrundelse", val[len("Begrundelse:"):].strip()
        out.append({"key": key, "slot": placement.get(key, "left"), "head": head, "text": val,
                    "icon": ICONS.get(key, "info")})
    return out


def render_docx(d, path, rng, placement, style):
    accent, fill = rng.choice(PALETTES)
    use_pic = rng.random() < 0.7
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = rng.choice(["Calibri", "Arial", "Verdana"]); st.font.size = Pt(10)
    # title band: one-row table, shaded
    t = doc.add_table(rows=1, cols=1); c = t.cell(0, 0); shade(c, accent)
    p = c.paragraphs[0]; r = p.add_run(d.kicker); r.font.size = Pt(9); r.font.color.rgb = RGBColor(255, 255, 255)
    p = c.add_paragraph(); r = p.add_run(d.title); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(255, 255, 255)
    doc.add_paragraph()
    text_pars(doc, d.intro)
    blocks = blocks_from(d, rng, placement)
    footer_blocks = [b for b in blocks if b["slot"] == "footer"]
    box_blocks = [b for b in blocks if b["slot"] == "box"]
    panel_blocks = [b for b in blocks if b["slot"] == "panel"]
    left = [b for b in blocks if b["slot"] == "left"]
    right = [b for b in blocks if b["slot"] == "right"]
    # call-out box(es) come first, under the intro (as the comms template places the key message)
    for b in box_blocks:
        kind = style.get("box", "table")
        if kind == "quote" and b["key"] not in ("goal", "mentor"):
            kind = "table"  # a pull quote carries the goal or the mentor's contact, not a list or legal text
        if kind == "vml":
            vml_textbox(doc, b["head"], b["text"], fill)
        elif kind == "quote":
            pull_quote(doc, b["head"], b["text"], accent)
        else:
            box_table(doc, b["head"], b["text"], fill, accent, b["icon"], use_pic)
    if panel_blocks:
        # shaded side panel: a two-cell table; panel left or right
        t = doc.add_table(rows=1, cols=2); no_borders(t)
        side_left = style.get("panel_side", "left") == "left"
        pc, mc = (t.cell(0, 0), t.cell(0, 1)) if side_left else (t.cell(0, 1), t.cell(0, 0))
        pc.width = Cm(5.5); mc.width = Cm(11.5)
        grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
        pw, mw = str(int(5.5 * 567)), str(int(11.5 * 567))
        grid[0].set(qn("w:w"), pw if side_left else mw); grid[1].set(qn("w:w"), mw if side_left else pw)
        shade(pc, fill)
        pc.paragraphs[0].text = ""; mc.paragraphs[0].text = ""
        for b in panel_blocks:
            heading_par(pc, b["head"], b["icon"], accent, use_pic, 11); text_pars(pc, b["text"], 9)
        for b in left + right:
            heading_par(mc, b["head"], b["icon"], accent, use_pic); text_pars(mc, b["text"])
    else:
        # two text columns in a continuous section
        new = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(new, 2)
        for b in left:
            heading_par(doc, b["head"], b["icon"], accent, use_pic); text_pars(doc, b["text"])
        if left and right:
            doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        for b in right:
            heading_par(doc, b["head"], b["icon"], accent, use_pic); text_pars(doc, b["text"])
        end = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(end, 1)
    if d.closing:
        doc.add_paragraph(); text_pars(doc, d.closing, 9)
    # footer on all sections (linked to the first)
    ft = doc.sections[0].footer
    fp = ft.paragraphs[0]
    if footer_blocks:
        for k, b in enumerate(footer_blocks):
            p = fp if k == 0 else ft.add_paragraph()
            r = p.add_run(b["head"] + ": "); r.bold = True; r.font.size = Pt(8)
            r = p.add_run(b["text"].replace("\n", " · ")); r.font.size = Pt(8)
    else:
        r = fp.add_run(f"{d.kommune} Kommune · Rådhustorvet 1 · www.{d.kommune.lower().replace('æ','ae').replace('ø','oe').replace('-','')}.dk")
        r.font.size = Pt(8)
    doc.save(path)


# --------------------------------------------------------------------------------------------
# reportlab rendering: coloured left panel, two columns, footer band
# --------------------------------------------------------------------------------------------
FONT = "DejaVuSans"


def register_fonts():
    pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont(FONT + "-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def render_rl(d, path, rng, placement):
    accent, fill = rng.choice(PALETTES)
    acc = colors.HexColor("#" + accent); fil = colors.HexColor("#" + fill)
    W, H = A4
    panel_w = 165
    blocks = blocks_from(d, rng, placement)
    footer_blocks = [b for b in blocks if b["slot"] == "footer"]
    per_line = (W - panel_w - 40) / (7.5 * 0.55)
    band_h = max(62, 30 + sum(int(len(b["head"] + b["text"]) / per_line + 1) * 9.5 + 2 for b in footer_blocks))
    hst = ParagraphStyle("h", fontName=FONT + "-Bold", fontSize=11, leading=14, textColor=acc, spaceBefore=6, spaceAfter=2)
    bst = ParagraphStyle("b", fontName=FONT, fontSize=9, leading=12)
    pst = ParagraphStyle("p", fontName=FONT, fontSize=8.5, leading=11, textColor=colors.white)
    phst = ParagraphStyle("ph", fontName=FONT + "-Bold", fontSize=10.5, leading=13, textColor=colors.white, spaceBefore=8)
    tst = ParagraphStyle("t", fontName=FONT + "-Bold", fontSize=19, leading=23, textColor=acc)
    kst = ParagraphStyle("k", fontName=FONT, fontSize=8.5, leading=11, textColor=colors.grey)

    def on_page(c, doc_):
        c.saveState()
        c.setFillColor(acc); c.rect(0, 0, panel_w, H, fill=1, stroke=0)
        c.setFillColor(fil); c.rect(panel_w, 0, W - panel_w, band_h, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont(FONT + "-Bold", 12)
        c.drawString(18, H - 40, d.kommune + (" Kommune" if "Kommune" not in d.kicker and d.kind != "unknown" else ""))
        c.setFillColor(colors.black)
        y = band_h - 16
        if footer_blocks:
            for b in footer_blocks:
                words = (b["head"] + ": " + b["text"].replace("\n", " · ")).split()
                line = ""
                for w in words:
                    if pdfmetrics.stringWidth(line + " " + w, FONT, 7.5) > W - panel_w - 40:
                        c.setFont(FONT, 7.5); c.drawString(panel_w + 20, y, line.strip()); y -= 9.5; line = ""
                    line += " " + w
                c.setFont(FONT, 7.5); c.drawString(panel_w + 20, y, line.strip()); y -= 11
        else:
            c.setFont(FONT, 7.5); c.drawString(panel_w + 20, y, f"{d.kommune} Kommune · Rådhuset · Telefon 70 20 {rng.randrange(10,99)} {rng.randrange(10,99)}")
        c.setFont(FONT, 7); c.drawRightString(W - 20, 10, f"Side {doc_.page}")
        c.restoreState()

    col_w = (W - panel_w - 40 - 14) / 2
    top = H - 30
    frames = [
        Frame(12, band_h + 10, panel_w - 24, H - band_h - 80, id="panel", showBoundary=0),
        Frame(panel_w + 20, band_h + 10, W - panel_w - 40, 120, id="head", showBoundary=0) if False else None,
    ]
    intro_lines = sum(1 + int(len(x) / 75) for x in d.intro.split("\n"))
    head_h = 40 + 23 * (1 + int(len(d.title) / 26)) + 12 * intro_lines + 16
    frames = [
        Frame(panel_w + 20, top - head_h, W - panel_w - 40, head_h, id="head"),
        Frame(12, band_h + 10, panel_w - 24, H - band_h - 70, id="panel"),
        Frame(panel_w + 20, band_h + 10, col_w, top - head_h - band_h - 10, id="c1"),
        Frame(panel_w + 20 + col_w + 14, band_h + 10, col_w, top - head_h - band_h - 10, id="c2"),
    ]
    later = [Frame(12, band_h + 10, panel_w - 24, H - band_h - 70, id="panel2"),
             Frame(panel_w + 20, band_h + 10, col_w, H - band_h - 40, id="d1"),
             Frame(panel_w + 20 + col_w + 14, band_h + 10, col_w, H - band_h - 40, id="d2")]
    doc_ = BaseDocTemplate(str(path), pagesize=A4, title=d.title, author=d.kicker)
    doc_.addPageTemplates([PageTemplate("first", frames, onPage=on_page, autoNextPageTemplate="later"),
                           PageTemplate("later", later, onPage=on_page)])
    story = [Paragraph(esc(d.kicker), kst), Paragraph(esc(d.title), tst), Spacer(1, 4),
             Paragraph(esc(d.intro), bst), FrameBreak()]
    story.append(Spacer(1, 40))
    for b in blocks:
        if b["slot"] == "panel":
            story += [Paragraph(esc(b["head"].upper()), phst), Paragraph(esc(b["text"]), pst)]
    story.append(FrameBreak())
    for b in blocks:
        if b["slot"] == "box":
            t = Table([[Paragraph(esc(b["head"]), hst)], [Paragraph(esc(b["text"]), bst)]], colWidths=[col_w - 4])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fil), ("BOX", (0, 0), (-1, -1), 1.2, acc),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 6)]
    for b in blocks:
        if b["slot"] == "left":
            story += [Paragraph(esc(b["head"]), hst), Paragraph(esc(b["text"]), bst)]
    if any(b["slot"] == "right" for b in blocks):
        story.append(FrameBreak())
    for b in blocks:
        if b["slot"] == "right":
            story += [Paragraph(esc(b["head"]), hst), Paragraph(esc(b["text"]), bst)]
    if d.closing:
        story += [Spacer(1, 8), Paragraph(esc(d.closing), kst)]
    doc_.build(story)


def soffice_pdf(docx_path: Path, out_dir: Path, profile: str):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=180)


# --------------------------------------------------------------------------------------------
# Plan of the corpus
# --------------------------------------------------------------------------------------------
AGR_DEFECTS = [[], [], [], [], [], [], [], [], [], [],
               ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
               ["missing-tasks"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"],
               ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
               ["duration-over-6-months"], ["duration-over-6-months", "missing-follow-up"],
               ["missing-tasks", "missing-hours"], ["unclear-goal", "missing-mentor"]]
MP_DEFECTS = [[], [], [], [], [], [], [], ["missing-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
              ["missing-duration"], ["missing-hours"], ["duration-over-6-months"], ["unclear-goal", "missing-hours"],
              ["missing-mentor", "missing-tasks"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
            ("grant", ["duration-over-6-months"]), ("partial", []), ("partial", ["no-reasons"]),
            ("partial", ["missing-appeal-guidance"]), ("refusal", []), ("refusal", ["no-reasons"]),
            ("refusal", ["missing-appeal-guidance"]), ("extension", []), ("extension", ["duration-over-6-months"]),
            ("end", []), ("end", ["no-reasons", "missing-appeal-guidance"]), ("grant", [])]
UNK_PLAN = ["leaflet", "leaflet", "leaflet", "newsletter", "newsletter", "poster", "poster", "poster",
            "invitation", "invitation", "status", "status", "leaflet", "newsletter"]


def placement_for(rng, kind, idx):
    """Rotate goal/mentor/tasks through the layout slots."""
    rot = ["left", "right", "box", "panel", "footer"]
    g = rot[idx % 5]
    m = rot[(idx + 2) % 5]
    t = rot[(idx + 4) % 5]
    if t == "footer":  # a task list in the footer is not how anyone lays it out
        t = "right"
    pl = {"goal": g, "mentor": m, "tasks": t}
    for k in ("period", "hours", "follow"):
        pl[k] = rng.choice(["left", "right", "panel", "left"])
    pl["appeal"] = rng.choice(["right", "left", "footer", "box", "right"])
    # decisions
    pl["main"] = "left"; pl["reasons"] = rng.choice(["left", "right"]); pl["contact"] = rng.choice(["right", "panel", "footer"])
    if kind == "unknown":
        pl = {"goal": rot[idx % 4], "mentor": rng.choice(["footer", "panel", "box"]), "tasks": rng.choice(["left", "right"]),
              "period": "right", "hours": "left", "appeal": "footer"}
    return pl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    register_fonts()
    profile = "/tmp/lo_fs_profile"
    docs = []
    for i, defs in enumerate(AGR_DEFECTS):
        docs.append(make_agreement(rng, i, defs, cpr=(rng.random() < 0.2) or i % 6 == 4))
    for i, defs in enumerate(MP_DEFECTS):
        docs.append(make_minplan(rng, i, defs, cpr=(rng.random() < 0.25) or i % 5 == 2))
    for i, (sub, defs) in enumerate(DEC_PLAN):
        docs.append(make_decision(rng, i, sub, defs, cpr=rng.random() < 0.3))
    for i, sub in enumerate(UNK_PLAN):
        docs.append(make_unknown(rng, i, sub))
    # output format rotation: docx / pdf (LibreOffice from docx) / pdf (reportlab)
    entries = []
    tmp = Path(tempfile.mkdtemp(prefix="fs_"))
    counters = {}
    for n, d in enumerate(docs):
        k = counters.get(d.kind, 0); counters[d.kind] = k + 1
        fmt = ["docx", "lo-pdf", "rl-pdf"][(k + (n % 2)) % 3]
        pl = placement_for(rng, d.kind, k)
        style = {"box": rng.choice(["table", "vml", "quote", "table"]), "panel_side": rng.choice(["left", "right"])}
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "andet"}[d.kind]
        stem = f"{folder}/{n:03d}_{d.subtype}_{d.kommune.lower().replace('æ','ae').replace('ø','oe').replace('-','')}"
        (out / folder).mkdir(exist_ok=True)
        traits = list(d.traits) + [f"goal@{pl.get('goal')}", f"mentor@{pl.get('mentor')}", f"tasks@{pl.get('tasks')}"]
        if d.kind == "decision":
            traits = list(d.traits) + [f"appeal@{pl.get('appeal')}", f"contact@{pl.get('contact')}"]
        if fmt == "rl-pdf":
            rel = stem + ".pdf"
            render_rl(d, out / rel, rng, pl)
            layout = "rl-panel-twocol-band"
            traits.append("reportlab")
        else:
            has_panel = any(v == "panel" for k2, v in pl.items() if k2 in (d.fields or {}) and d.fields.get(k2))
            layout = ("docx-sidepanel" if has_panel else "docx-twocol") + f"-{style['box']}box"
            if fmt == "docx":
                rel = stem + ".docx"
                render_docx(d, out / rel, rng, pl, style)
                traits.append("python-docx")
            else:
                src = tmp / (Path(stem).name + ".docx")
                render_docx(d, src, rng, pl, style)
                soffice_pdf(src, out / folder, profile)
                rel = stem + ".pdf"
                layout = "lo-" + layout
                traits.append("soffice-pdf")
        entries.append({
            "path": rel, "format": "pdf" if rel.endswith(".pdf") else "docx", "kind": d.kind,
            "subtype": d.subtype, "layout": layout, "rules": sorted(d.rules), "extras": sorted(d.extras),
            "error": None, "accept_errors": [], "must_not_contain": d.must_not, "traits": traits,
            "period": d.period,
        })
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
