"""Corpus bz: mentor documents whose difficulty is PDF layout (session 7, independent writer).

Deterministic (seed 20261129). Builds documents from a content model and renders each one with
one of three real pipelines: HTML/CSS printed by Chromium (Playwright), DOCX built with python-docx
(real numbering, repeated header rows, headers/footers with PAGE fields, two-column sections,
vertical cell alignment, rotated cell text) converted by LibreOffice, and reportlab canvases/frames.

Usage: python make_corpus_bz.py --out /work/corpora/bz
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

SEED = 20261129
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

MUNIS = [("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36"),
         ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
         ("Faxe Kommune", "Frederiksgade 9", "4690 Haslev", "56 20 30 00"),
         ("Herning Kommune", "Fredensgade 1", "7400 Herning", "96 28 28 28"),
         ("Næstved Kommune", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
         ("Randers Kommune", "Laksetorvet 1", "8900 Randers C", "89 15 15 15"),
         ("Kolding Kommune", "Akseltorv 1", "6000 Kolding", "79 79 79 79"),
         ("Silkeborg Kommune", "Søvej 1", "8600 Silkeborg", "89 70 10 00"),
         ("Slagelse Kommune", "Rådhuspladsen 11", "4200 Slagelse", "58 57 36 00"),
         ("Hjørring Kommune", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33")]
FIRST = ["Mads", "Sofie", "Ahmed", "Emma", "Jonas", "Fatima", "Kasper", "Line", "Mikkel", "Nadia",
         "Oliver", "Ida", "Rasmus", "Maja", "Yusuf", "Camilla", "Tobias", "Sara", "Frederik", "Julie"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Bach", "Holm", "Lund", "Kjær"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Broen Mentor I/S", "broenmentor.dk"),
             ("Fokus Beskæftigelse", "fokusbeskaeftigelse.dk"), ("Ung Indsats ApS", "ungindsats.dk"),
             ("Jobvejen Mentorteam", "jobvejen.dk"), (None, None)]

CLEAR_GOALS = [
    "{c} er i virksomhedspraktik som lagermedarbejder hos {firm} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{c} starter på FGU (produktionsgrunduddannelse, linjen Byg og Bolig) {d} og møder mindst fire dage om ugen.",
    "{c} gennemfører første semester på SOSU-hjælperuddannelsen med et fremmøde på mindst 90 %.",
    "{c} har et fleksjob som pedelmedhjælper på {firm} med 12 timer om ugen inden {d}.",
    "{c} består FVU-dansk trin 2 på VUC og søger ind på EUD (detailhandel) inden {d}.",
    "Hovedformål: {c} fastholder sin ordinære ansættelse i køkkenet på {firm}, 25 timer om ugen, uden sygefravær over 2 dage pr. måned.",
    "{c} møder stabilt på HF-enkeltfag (dansk og matematik) og afslutter begge fag med eksamen i juni.",
    "{c} er i praktik i Netto 20 timer om ugen fra {d} og har inden forløbets slutning afklaret, om et løntilskudsjob er realistisk.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "Sikre at {c} kommer videre og får et bedre selvværd.",
    "Hjælp til at arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere {c} og skabe ro omkring den personlige situation.",
]
TASKS = [
    "Følge {c} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og døgnrytme",
    "Hjælpe med at åbne og besvare post i e-Boks",
    "Støtte i kontakten med læge og psykiatri, så behandlingen hænger sammen med praktikken",
    "Træne busturen til skolen, indtil {c} selv kan klare den",
    "Hjælpe med at lave et budget og få styr på regninger",
    "Deltage i opstartsmøde med arbejdsgiver og kontaktperson på arbejdspladsen",
    "Være bindeled til studievejleder og SPS-vejleder på skolen",
    "Hjælpe {c} med at skrive ansøgninger og forberede jobsamtaler",
    "Ringe {c} op om morgenen de dage, hvor der er fremmøde",
    "Hjælpe med at finde og bruge en kalender-app til mødetider",
    "Tale med {c} om, hvordan fravær meldes til arbejdspladsen",
]
HOURS_OK = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 timer om ugen de første 6 uger, derefter 2 timer om ugen",
            "8 timer om måneden", "2-3 timer pr. uge", "halvanden time om ugen", "5 timer pr. uge", "to timer om ugen",
            "i alt 52 mentortimer i perioden (ca. 2 timer om ugen)"]
HOURS_VAGUE = ["Efter behov", "Løbende efter aftale", "Et par timer om ugen"]
FOLLOWUPS = [
    "Statusmøde med {c}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før forløbet slutter. Delmål: fremmøde fire dage om ugen fra uge 3.",
    "Mentor sender en kort skriftlig status til jobcentret hver måned. Vi holder opfølgningssamtale midtvejs og fire uger før bevillingen udløber.",
    "Vi følger op hver anden uge ved en samtale. Progressionen måles på fremmøde og på, om {c} selv kan klare transporten.",
    "Opfølgning sker ved netværksmøde efter 6 uger og ved afsluttende evaluering, hvor vi ser på delmålene.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {m} inden fire uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Hvis kommunen fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens §§ 66-67.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {m}, Jobcenter, inden 4 uger fra du har fået afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Er du uenig, kan du klage til os inden 4 uger. Ring til din sagsbehandler eller skriv via borger.dk. Vi genvurderer afgørelsen, og fastholder {m} den, går klagen videre til Ankestyrelsen.",
]
APPEAL_WRONG = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice."
APPEAL_EMPTY = ["Du kan klage over afgørelsen.", "Der er mulighed for at klage. Kontakt din sagsbehandler."]
PLACEHOLDERS = ["Udfyldes senere", "-", "Klik eller tryk her for at skrive tekst.", "xx", "…"]
FIRMS = ["Bilka", "Føtex", "Dagli'Brugsen", "Plantorama", "Bygma", "Circle K", "Kommunens Materielgård", "Plejecenter Solvang"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return f"{d.day}. {MONTHS[d.month - 1][:3]}. {d.year}"


class Doc:
    """The content of one document, independent of layout."""

    def __init__(self, rng: random.Random, kind: str, idx: int):
        self.rng, self.kind, self.idx = rng, kind, idx
        r = rng
        self.muni, self.addr, self.city, self.muni_phone = r.choice(MUNIS)
        self.mshort = self.muni.replace(" Kommune", "")
        self.citizen_first = r.choice(FIRST)
        self.citizen = f"{self.citizen_first} {r.choice(LAST)}"
        mf, ml = r.choice([f for f in FIRST if f != self.citizen_first]), r.choice(LAST)
        self.mentor_first = mf
        self.mentor = f"{mf} {ml}"
        prov, dom = r.choice(PROVIDERS)
        self.provider = prov or f"{self.muni}, Mentorkorpset"
        dom = dom or self.mshort.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + ".dk"
        self.mentor_phone = f"{r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        self.mentor_mail = f"{mf.lower()}.{ml.lower().replace('ø', 'oe').replace('æ', 'ae')}@{dom}"
        cf, cl = r.choice(FIRST), r.choice(LAST)
        self.cw = f"{cf} {cl}"
        self.cw_phone = f"{self.muni_phone[:5]} {r.randint(10, 99)} {r.randint(10, 99)}"
        self.cw_mail = f"{cf[:2].lower()}{cl[:2].lower()}{r.randint(1, 9)}@{dom if not prov else self.mshort.lower().replace('æ','ae').replace('ø','oe').replace('å','aa') + '.dk'}"
        self.jnr = f"{r.choice(['15.20.00', '32.18.04', '15.22.00'])}-G01-{r.randint(100, 9999)}-26"
        self.date = dt.date(2026, r.randint(1, 10), r.randint(1, 27))
        self.dstyle = r.randint(0, 3)
        self.firm = r.choice(FIRMS)
        self.cpr = None
        if r.random() < 0.25:
            b = dt.date(r.randint(1970, 2005), r.randint(1, 12), r.randint(1, 28))
            self.cpr = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{r.randint(1000, 9999)}"
        self.rules: list[str] = []
        self.extras: list[str] = []
        self.traits: list[str] = []
        start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 15]))
        self.start = start
        self.end = add_months(start, r.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=1)
        self.goal = r.choice(CLEAR_GOALS).format(c=self.citizen_first, firm=self.firm,
                                                  d=fmt_date(add_months(start, 2), 0))
        self.tasks = [t.format(c=self.citizen_first) for t in r.sample(TASKS, r.randint(3, 5))]
        self.hours = r.choice(HOURS_OK)
        self.followup = r.choice(FOLLOWUPS).format(c=self.citizen_first)
        self.appeal = r.choice(APPEAL_FULL).format(m=self.muni)
        self.mentor_ok = True
        self.mentor_contact = True
        # which fields exist (None = absent, "PH:..." = placeholder)
        self.missing: dict[str, str] = {}
        self.mentor_side = False

    # --- defects -------------------------------------------------------------
    def apply_defect(self, rule: str) -> None:
        r = self.rng
        how = r.choice(["absent", "placeholder"])
        if rule == "duration-over-6-months":
            self.end = add_months(self.start, r.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        elif rule == "unclear-goal":
            self.goal = r.choice(UNCLEAR_GOALS).format(c=self.citizen_first)
        elif rule == "missing-mentor":
            if how == "absent":
                self.mentor_ok = False
            else:
                self.mentor_contact = False
        elif rule == "missing-hours" and r.random() < 0.5:
            self.hours = r.choice(HOURS_VAGUE)
            how = "vague"
        elif rule == "missing-appeal-guidance" and r.random() < 0.5:
            self.appeal = r.choice(APPEAL_EMPTY)
            how = "incomplete"
        else:
            if rule == "missing-duration" and "uger" in self.hours:
                self.hours = "3 timer pr. uge"
            field = {"missing-goal": "goal", "missing-tasks": "tasks", "missing-duration": "period",
                     "missing-follow-up": "followup", "missing-hours": "hours",
                     "missing-appeal-guidance": "appeal"}[rule]
            self.missing[field] = how if how == "absent" else "PH:" + r.choice(PLACEHOLDERS)
        if rule == "missing-hours" and "timer om ugen" in self.goal:
            self.traits.append("goal-states-work-hours-not-mentor-hours")
        self.rules.append(rule)
        self.traits.append(f"defect:{rule}:{how}")

    # --- text helpers ---------------------------------------------------------
    def d(self, x: dt.date) -> str:
        return fmt_date(x, self.dstyle)

    def period_text(self) -> str:
        s, e = self.d(self.start), self.d(self.end)
        return self.rng.choice([f"{s} – {e}", f"{s} til {e}", f"Fra {s} til og med {e}"])

    def mentor_lines(self) -> list[str]:
        if not self.mentor_ok:
            return []
        lines = [self.mentor, self.provider]
        if self.mentor_contact:
            lines += [f"Tlf. {self.mentor_phone}", self.mentor_mail]
        return lines

    def field(self, name: str, value):
        m = self.missing.get(name)
        if m == "absent":
            return None
        if m and m.startswith("PH:"):
            return m[3:]
        return value


LABELS = {
    "goal": ["Målet med mentorstøtten", "Mål for forløbet", "Formål", "Hvad er målet?", "Mål og delmål",
             "Borgerens mål med mentorforløbet (hovedmål)"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor",
               "Mentorens navn og kontaktoplysninger (telefon og e-mail)"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i",
              "Opgaver, som mentor skal bistå borgeren med i forløbet"],
    "period": ["Periode", "Varighed", "Aftalens varighed", "Bevilget i perioden", "Aftalen gælder i perioden"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang af mentorstøtten (timer)"],
    "followup": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op på aftalen"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def agreement_fields(doc: Doc, rng: random.Random, with_mentor=True) -> list[tuple[str, object]]:
    """(label, value) pairs in document order; value is str, list[str] or None."""
    out = []
    lab = {k: rng.choice(v) for k, v in LABELS.items()}
    g = doc.field("goal", doc.goal)
    if g is not None:
        out.append((lab["goal"], g))
    if with_mentor and doc.mentor_ok:
        ml = doc.mentor_lines()
        out.append((lab["mentor"], ", ".join(ml) if rng.random() < 0.5 else ml))
    t = doc.field("tasks", doc.tasks)
    if t is not None:
        out.append((lab["tasks"], t))
    p = doc.field("period", doc.period_text())
    if p is not None:
        out.append((lab["period"], p))
    h = doc.field("hours", doc.hours)
    if h is not None:
        out.append((lab["hours"], h))
    if doc.kind == "agreement":
        f = doc.field("followup", doc.followup)
        if f is not None:
            out.append((lab["followup"], f))
        a = doc.field("appeal", doc.appeal)
        if a is not None:
            out.append((lab["appeal"], a))
    return out


# ============================================================================ content per kind
def agreement_intro(doc: Doc) -> str:
    return doc.rng.choice([
        f"Denne aftale er indgået mellem {doc.citizen}, {doc.muni} og mentor. Aftalen beskriver, hvad mentorstøtten skal føre til, og hvordan I arbejder sammen.",
        f"{doc.muni} har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Her kan du læse, hvad vi har aftalt.",
        f"Aftalen er lavet på mødet den {doc.d(doc.date)} mellem dig, din sagsbehandler og din mentor.",
    ])


def decision_body(doc: Doc, rng: random.Random) -> tuple[list[tuple[str, object]], str]:
    """Returns blocks and the decision subtype."""
    sub = rng.choice(["bevilling", "bevilling", "delvis", "forlaengelse"])
    s, e = doc.d(doc.start), doc.d(doc.end)
    blocks: list[tuple[str, object]] = []
    if sub == "bevilling":
        blocks.append(("Afgørelse", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, i perioden {s} til {e}. Støtten er på {doc.hours}."))
        blocks.append(("", f"Din mentor bliver {doc.mentor} fra {doc.provider}. Mentoren kontakter dig inden for en uge. Målet er, at {doc.goal[0].lower() + doc.goal[1:]}"))
        if rng.random() < 0.6:
            blocks.append(("Begrundelse", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre forløbet. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats."))
    elif sub == "delvis":
        blocks.append(("Afgørelse", f"Du har søgt om mentorstøtte 6 timer om ugen. Du får delvist bevilget mentorstøtte: {doc.hours} i perioden {s} – {e}."))
        if rng.random() < 0.7:
            blocks.append(("Begrundelse", "Vi har lagt vægt på, at du allerede har en kontaktperson på skolen, og at en del af dit behov dækkes af SPS-støtten. Derfor vurderer vi, at færre timer er tilstrækkeligt, jf. § 167, stk. 1."))
        else:
            doc.extras.append("missing-reasons")
            doc.traits.append("partial-grant-without-reasons")
    else:
        blocks.append(("Afgørelse", f"Vi forlænger din mentorstøtte i en ny periode fra {s} til {e}, {doc.hours}. Forlængelsen er givet efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt."))
        blocks.append(("Begrundelse", f"Vi har lagt vægt på, at du er kommet godt i gang, men at du stadig har brug for støtte til at fastholde din plads. Din mentor er fortsat {doc.mentor}."))
    a = doc.field("appeal", doc.appeal)
    if a is not None:
        blocks.append((rng.choice(LABELS["appeal"]), a))
    return blocks, sub


UNKNOWN_KINDS = ["statusrapport", "faktura", "referat", "pjece", "bestilling", "kvalitetsstandard"]


def unknown_body(doc: Doc, sub: str) -> tuple[str, list[tuple[str, object]]]:
    c, m = doc.citizen, doc.mentor
    if sub == "statusrapport":
        return "Statusrapport fra mentor", [
            ("Borger", c), ("Mentor", f"{m}, {doc.provider}, tlf. {doc.mentor_phone}"),
            ("Periode for rapporten", f"{doc.d(doc.start)} – {doc.d(add_months(doc.start, 1))}"),
            ("Forløbet indtil nu", f"{doc.citizen_first} er mødt op til 7 ud af 8 aftaler. Vi har arbejdet med transport og døgnrytme. Der er brugt 2 timer om ugen."),
            ("Vurdering", "Mentor vurderer, at målet om praktik stadig er realistisk. Næste status sendes om en måned.")]
    if sub == "faktura":
        return f"Faktura nr. {doc.rng.randint(2000, 9000)}", [
            ("Til", f"{doc.muni}, Jobcenter, {doc.addr}, {doc.city}"),
            ("Fra", f"{doc.provider}, CVR {doc.rng.randint(10000000, 99999999)}"),
            ("Vedrørende", f"Mentorstøtte, borger-ID {doc.rng.randint(1000, 9999)}, {MONTHS[doc.start.month - 1]} 2026"),
            ("Ydelse", "Mentortimer: 12 timer á 495,00 kr. = 5.940,00 kr. Kørsel: 84 km á 3,79 kr."),
            ("Betaling", "Netto 30 dage. Bank: reg. 1234 konto 0012345678. EAN-nummer oplyses af kommunen.")]
    if sub == "referat":
        return "Referat af netværksmøde", [
            ("Deltagere", f"{c}, {m} (mentor), {doc.cw} (sagsbehandler), {doc.citizen_first}s mor"),
            ("Dato", doc.d(doc.date)),
            ("1. Velkomst", "Sagsbehandler bød velkommen og gennemgik dagsordenen."),
            ("2. Hvordan går det?", f"{doc.citizen_first} fortalte, at praktikken går bedre end ventet. Mentor bekræftede, at fremmødet er stabilt."),
            ("3. Aftaler", "Næste møde holdes om seks uger. Mentor undersøger muligheden for et løntilskudsjob."),
            ("4. Eventuelt", "Intet.")]
    if sub == "pjece":
        return "Hvad er en mentor? – information til borgere", [
            ("Hvad kan en mentor?", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse. Mentoren kan fx følge dig til en praktik eller hjælpe med struktur i hverdagen."),
            ("Hvad står der i aftalen?", "Når du får en mentor, laver vi en skriftlig aftale. Den beskriver målet, mentorens navn og kontaktdata, mentorens opgaver, hvor længe støtten varer, hvor mange timer der er, og hvordan vi følger op."),
            ("Hvor længe?", "Mentorstøtte kan gives i højst 6 måneder ad gangen. Derefter kan kommunen efter en konkret vurdering give en ny periode."),
            ("Kan jeg klage?", "Ja. Du klager til kommunen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."),
            ("Kontakt", f"{doc.muni}, Jobcenter, tlf. {doc.muni_phone}")]
    if sub == "bestilling":
        return "Bestilling af mentorforløb", [
            ("Bestiller", f"{doc.muni}, Jobcenter, {doc.cw}, tlf. {doc.cw_phone}"),
            ("Leverandør", doc.provider),
            ("Ønsket opstart", doc.d(doc.start)),
            ("Forventet omfang", "Ca. 3 timer pr. uge i op til 6 måneder"),
            ("Bemærkninger", "Borger har angst og har svært ved at tage bussen alene. Leverandøren bedes kontakte sagsbehandler for opstartsmøde.")]
    return f"Kvalitetsstandard for mentorstøtte – {doc.muni}", [
        ("Formål", "Kvalitetsstandarden beskriver det serviceniveau, som kommunen tilbyder borgere, der får mentorstøtte efter lov om en aktiv beskæftigelsesindsats."),
        ("Målgruppe", "Borgere i alle målgrupper, som har brug for støtte for at kunne gennemføre et tilbud, et job eller en uddannelse."),
        ("Indhold i aftalen", "Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
        ("Serviceniveau", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
        ("Opfølgning", "Der følges op hver måned og altid 14 dage før støtteperioden ophører."),
        ("Godkendelse", "Godkendt af Beskæftigelsesudvalget.")]


# ============================================================================ renderers
def esc(s: str) -> str:
    return html.escape(s)


def html_value(v) -> str:
    if isinstance(v, list):
        return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>"
    return f"<p>{esc(v)}</p>"


BASE_CSS = """
@page { size: A4; margin: 22mm 18mm 22mm 18mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color:#222; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; } h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 5pt 0; line-height: 1.35; } ul { margin: 0 0 5pt 0; padding-left: 16pt; }
"""


FILLER = [
    "Du får dette brev, fordi vi har aftalt, at du skal have en mentor. Læs det hele igennem, og ring til din sagsbehandler, hvis der er noget, du ikke forstår, eller noget, der ikke passer.",
    "Vi behandler dine oplysninger efter databeskyttelsesforordningen og databeskyttelsesloven. Du kan læse mere om, hvordan kommunen behandler personoplysninger, og om dine rettigheder, på kommunens hjemmeside under Privatlivspolitik.",
    "Hvis du bliver syg eller ikke kan komme til en aftale med din mentor, skal du give besked så tidligt som muligt. Det er vigtigt, at du selv siger til, hvis du synes, at samarbejdet ikke fungerer, så vi kan finde en løsning sammen.",
    "Mentoren har tavshedspligt. Mentoren må kun give oplysninger videre til jobcentret, når det er nødvendigt for forløbet, og det har du givet samtykke til.",
]


def info_box(doc: Doc, rng) -> list[tuple[str, str]]:
    rows = [("Dato", doc.d(doc.date)), ("J.nr.", doc.jnr), ("Sagsbehandler", doc.cw),
            ("Direkte tlf.", doc.cw_phone), ("E-mail", doc.cw_mail)]
    if doc.cpr:
        rows.insert(2, ("CPR-nr.", doc.cpr))
    return rows


def muni_block(doc: Doc) -> list[str]:
    return [doc.muni, "Jobcenter " + doc.mshort, doc.addr, doc.city, f"Tlf. {doc.muni_phone}", "Åbent man-fre 9-15"]


def build_html(doc: Doc, title: str, blocks, layout: str, rng) -> tuple[str, str, str]:
    """Return (html, header_template, footer_template)."""
    css = BASE_CSS
    info = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in info_box(doc, rng))
    body_blocks = ""
    if layout in ("label-table-wrap", "cell-valign", "table-pagebreak"):
        va = "bottom" if layout == "cell-valign" and rng.random() < 0.5 else ("middle" if layout == "cell-valign" else "top")
        rows = "".join(f"<tr><td class='lab' style='vertical-align:{va}'>{esc(k)}</td><td>{html_value(v)}</td></tr>"
                       for k, v in blocks)
        head = "<thead><tr><th>Emne</th><th>Indhold</th></tr></thead>" if layout == "table-pagebreak" else ""
        body_blocks = f"<table class='lv'>{head}<tbody>{rows}</tbody></table>"
        if layout == "table-pagebreak" and doc.kind in ("agreement", "decision"):
            body_blocks = "".join(f"<p>{esc(x)}</p>" for x in FILLER) + body_blocks
        css += ".lv{border-collapse:collapse;width:100%} .lv td,.lv th{border:0.6pt solid #777;padding:4pt 6pt} .lv th{background:#dde} .lab{width:" + rng.choice(["22%", "28%", "34%"]) + ";font-weight:bold;background:#f1f1f1}"
        css += " .lv td{height:" + ("60pt" if layout == "cell-valign" else "auto") + "}"
        if layout == "table-pagebreak":
            css += " body{font-size:12pt} .lv td{padding-bottom:26pt}"
    elif layout == "boxed-form":
        for k, v in blocks:
            body_blocks += f"<div class='box'><div class='bl'>{esc(k)}</div>{html_value(v)}</div>"
        css += ".box{border:1pt solid #333;padding:14pt 6pt 4pt 6pt;margin:0 0 -1pt 0;position:relative;min-height:30pt} .bl{position:absolute;top:2pt;left:4pt;font-size:7pt;text-transform:uppercase;color:#555}"
    else:
        for k, v in blocks:
            body_blocks += (f"<h2>{esc(k)}</h2>" if k else "") + html_value(v)
    side = ""
    if layout in ("sidebar-left", "sidebar-right"):
        if doc.mentor_side:
            card = "<br>".join(esc(x) for x in doc.mentor_lines())
            side = f"<div class='side'><b>Din mentor</b><br>{card}<br><br><b>Sagsbehandler</b><br>{esc(doc.cw)}<br>Tlf. {esc(doc.cw_phone)}</div>"
            doc.traits.append("mentor-in-sidebar")
        else:
            side = "<div class='side'>" + "<br>".join(esc(x) for x in muni_block(doc)) + f"<br><br><b>Sagsbehandler</b><br>{esc(doc.cw)}<br>{esc(doc.cw_phone)}</div>"
        fl = "left" if layout == "sidebar-left" else "right"
        css += f".side{{float:{fl};width:48mm;font-size:8.5pt;background:#eef2f5;padding:6pt;margin-{'right' if fl == 'left' else 'left'}:8mm;line-height:1.4}} .main{{overflow:hidden}}"
    if layout == "two-column":
        css += ".main{column-count:2;column-gap:9mm;text-align:justify} .main h2{break-after:avoid}"
    box = ""
    if layout in ("infobox", "two-column", "sidebar-right", "rotated-margin", "label-table-wrap"):
        box = f"<table class='ib'>{info}</table>"
        css += ".ib{float:right;width:62mm;font-size:8pt;border:0.6pt solid #999;margin:0 0 6pt 8pt;border-collapse:collapse} .ib td{padding:1pt 4pt} .ib .k{color:#555}"
    nav = ""
    if layout == "case-system-print":
        nav = ("<div class='top'>" + esc(rng.choice(["Momentum", "Fasit", "Jobcenter Sagssystem"])) +
               " &nbsp;|&nbsp; Forside · Borger · Min Plan · Dokumenter · Kalender · Beskeder · Log ud</div>"
               "<div class='nav'><ul><li>Overblik</li><li>Kontaktforløb</li><li><b>Plan</b></li><li>Indsatser</li><li>Ydelser</li><li>Journal</li><li>Dokumenter</li></ul></div>")
        css += ".top{background:#20456b;color:#fff;padding:5pt;font-size:8pt;margin-bottom:6pt} .nav{float:left;width:32mm;font-size:8pt;border-right:1pt solid #ccc;margin-right:6mm} .nav ul{list-style:none;padding:0} .main{overflow:hidden}"
    rot = ""
    if layout == "rotated-margin":
        rot = f"<div class='rot'>{esc(doc.muni)} · Sagsnr. {esc(doc.jnr)} · Dokument-ID {rng.randint(100000, 999999)}</div>"
        css += ".rot{position:fixed;left:-14mm;top:120mm;transform:rotate(-90deg);transform-origin:left top;font-size:7pt;color:#888;white-space:nowrap}"
    cpr_shown = bool(box) and doc.cpr
    citizen = f"<p>Borger: {esc(doc.citizen)}" + (f", CPR-nr. {esc(doc.cpr)}" if doc.cpr and not cpr_shown else "") + "</p>"
    sender = f"<div class='snd'>{esc(doc.muni)}<br>Jobcenter</div>" if layout not in ("case-system-print",) else ""
    css += ".snd{font-size:9pt;color:#333;margin-bottom:8pt}"
    page = (f"<html lang='da'><head><meta charset='utf-8'><style>{css}</style></head><body>{rot}{nav}{sender}{side}"
            f"<div class='main'>{box}<h1>{esc(title)}</h1>{citizen}{body_blocks}</div></body></html>")
    hdr = f"<div style='font-size:7pt;width:100%;padding:0 18mm;color:#666'>{esc(doc.muni)} — Sag {esc(doc.jnr)}<span style='float:right'>{esc(doc.citizen)}</span></div>"
    ftr = "<div style='font-size:7pt;width:100%;padding:0 18mm;color:#666'>Side <span class='pageNumber'></span> af <span class='totalPages'></span><span style='float:right'>Udskrevet " + esc(doc.d(doc.date)) + "</span></div>"
    if layout == "case-system-print":
        hdr = f"<div style='font-size:7pt;width:100%;padding:0 10mm'>{doc.d(doc.date)} 10.{rng.randint(10, 59)}<span style='margin-left:40mm'>Min Plan - {esc(doc.citizen)}</span></div>"
        ftr = f"<div style='font-size:7pt;width:100%;padding:0 10mm'>https://sag.{esc(doc.mshort.lower())}.dk/borger/{rng.randint(10000, 99999)}/plan?view=print<span style='float:right'><span class='pageNumber'></span>/<span class='totalPages'></span></span></div>"
    return page, hdr, ftr


# ---------------------------------------------------------------- DOCX
def docx_render(doc: Doc, title: str, blocks, layout: str, rng, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    def add_field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    # running header/footer with page numbers and case number
    hp = sec.header.paragraphs[0]
    hp.text = f"{doc.muni}\tSagsnr. {doc.jnr}"
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{doc.muni} · {doc.addr} · {doc.city}\tSide ")
    add_field(fp, "PAGE")
    fp.add_run(" af ")
    add_field(fp, "NUMPAGES")
    if layout == "footer-mentor" and doc.mentor_ok and doc.kind in ("agreement", "minplan"):
        p2 = sec.footer.add_paragraph("Mentor: " + ", ".join(doc.mentor_lines()))
        doc.traits.append("mentor-in-footer")

    def cell_set(cell, key, val):
        tcPr = cell._tc.get_or_add_tcPr()
        el = OxmlElement(key)
        el.set(qn("w:val"), val)
        tcPr.append(el)

    # letterhead: address block left, info box right (2-col borderless table)
    lt = d.add_table(rows=1, cols=2)
    lt.columns[0].width = Cm(10)
    lt.cell(0, 0).text = f"{doc.citizen}\n" + (f"CPR-nr. {doc.cpr}\n" if doc.cpr else "") + "Sendt via Digital Post"
    ib = lt.cell(0, 1)
    ib.text = "\n".join(f"{k}: {v}" for k, v in info_box(doc, rng) if k != "CPR-nr.")
    for p in ib.paragraphs:
        for r in p.runs:
            r.font.size = Pt(8)
    if layout == "rotated-margin":
        row = lt.rows[0]
        c = lt.add_column(Cm(1))
        cc = row.cells[2]
        cc.text = f"J.nr. {doc.jnr} – {doc.mshort}"
        cell_set(cc, "w:textDirection", "btLr")
        doc.traits.append("rotated-cell-text")
    d.add_paragraph()
    h = d.add_heading(title, level=1)
    if layout == "two-column":
        # new section with two real Word columns
        new = d.add_section(0)  # continuous
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "567")
        new._sectPr.append(cols)
    intro = agreement_intro(doc) if doc.kind == "agreement" else None
    if intro:
        d.add_paragraph(intro)
    if layout == "table-pagebreak" and doc.kind in ("agreement", "decision"):
        for x in FILLER:
            d.add_paragraph(x)
    if layout in ("label-table-wrap", "table-pagebreak", "cell-valign", "rotated-margin"):
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        hdr = t.rows[0]
        hdr.cells[0].text, hdr.cells[1].text = "Punkt", "Aftale"
        trPr = hdr._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trPr.append(th)
        for k, v in blocks:
            row = t.add_row()
            row.cells[0].text = k
            c1 = row.cells[1]
            if isinstance(v, list):
                c1.text = v[0]
                for x in v[1:]:
                    c1.add_paragraph(x)
            else:
                c1.text = v
            if layout == "cell-valign":
                cell_set(row.cells[0], "w:vAlign", rng.choice(["bottom", "center"]))
                trh = OxmlElement("w:trHeight")
                trh.set(qn("w:val"), "1400")
                row._tr.get_or_add_trPr().append(trh)
            if layout == "table-pagebreak":
                c1.add_paragraph(" ")
        for row in t.rows:
            row.cells[0].width = Cm(rng.choice([3.2, 4.0, 4.8]))
    elif layout == "numbered-hanging":
        for k, v in blocks:
            if not k:
                d.add_paragraph(v if isinstance(v, str) else "; ".join(v))
                continue
            p = d.add_paragraph(style="List Number")
            p.add_run(k).bold = True
            if isinstance(v, list):
                for x in v:
                    q = d.add_paragraph(x, style="List Bullet 2")
            elif rng.random() < 0.5:
                p.add_run().add_break()
                p.add_run(v)
            else:
                d.add_paragraph(v).paragraph_format.left_indent = Cm(0.63)
    else:
        for k, v in blocks:
            if k:
                d.add_heading(k, level=2)
            if isinstance(v, list):
                for x in v:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(v)
    if doc.kind != "minplan":
        d.add_paragraph()
        d.add_paragraph(f"Med venlig hilsen\n\n{doc.cw}\nSagsbehandler, {doc.muni}")
    d.save(path)


# ---------------------------------------------------------------- reportlab
def rl_render(doc: Doc, title: str, blocks, layout: str, rng, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, KeepTogether)
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        f, fb = "DV", "DVB"
    except Exception:
        f, fb = "Helvetica", "Helvetica-Bold"
    W, H = A4
    sN = ParagraphStyle("n", fontName=f, fontSize=9.5, leading=12.5)
    sS = ParagraphStyle("s", fontName=f, fontSize=7.5, leading=9.5)
    sH = ParagraphStyle("h", fontName=fb, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2)
    sT = ParagraphStyle("t", fontName=fb, fontSize=15, leading=18, spaceAfter=6)
    sL = ParagraphStyle("l", fontName=fb, fontSize=8.5, leading=10.5)

    side_lines = []
    if layout in ("sidebar-left", "sidebar-right"):
        if doc.mentor_side:
            side_lines = ["Din mentor"] + doc.mentor_lines() + ["", "Sagsbehandler", doc.cw, f"Tlf. {doc.cw_phone}"]
            doc.traits.append("mentor-in-sidebar")
        else:
            side_lines = muni_block(doc) + ["", "Sagsbehandler", doc.cw, doc.cw_phone]

    def on_page(c, d_):
        c.saveState()
        c.setFont(f, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, H - 12 * mm, f"{doc.muni} · Jobcenter")
        c.drawRightString(W - 18 * mm, H - 12 * mm, f"Sagsnr. {doc.jnr}")
        c.drawString(18 * mm, 10 * mm, f"{title} – {doc.citizen}")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Side {c.getPageNumber()}")
        if layout == "rotated-margin":
            c.translate(9 * mm, 60 * mm)
            c.rotate(90)
            c.drawString(0, 0, f"{doc.muni} – J.nr. {doc.jnr} – {doc.d(doc.date)} – Journaliseret")
        if side_lines and d_.page == 1:
            x = 14 * mm if layout == "sidebar-left" else W - 62 * mm
            c.setFillColor(colors.HexColor("#e8eef3"))
            c.rect(x - 2 * mm, H - 120 * mm, 50 * mm, 100 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            y = H - 26 * mm
            for i, ln in enumerate(side_lines):
                c.setFont(fb if ln in ("Din mentor", "Sagsbehandler") or i == 0 else f, 8)
                c.drawString(x, y, ln)
                y -= 4.2 * mm
        c.restoreState()

    story = []
    if layout in ("infobox", "two-column", "rotated-margin"):
        ib = Table([[Paragraph(k, sS), Paragraph(v, sS)] for k, v in info_box(doc, rng)], colWidths=[22 * mm, 40 * mm])
        ib.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
        intro = (agreement_intro(doc) if doc.kind == "agreement" else f"Borger: {doc.citizen}" if doc.kind == "minplan"
                 else f"Kære {doc.citizen}")
        top = Table([[[Paragraph(title, sT), Paragraph(intro, sN)], ib]], colWidths=[105 * mm, 65 * mm])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(top)
    else:
        story.append(Paragraph(title, sT))
        if doc.cpr:
            story.append(Paragraph(f"Borger: {doc.citizen}, CPR-nr. {doc.cpr}", sN))
        else:
            story.append(Paragraph(f"Borger: {doc.citizen}", sN))
    story.append(Spacer(1, 4 * mm))

    def val_flow(v, style=sN):
        if isinstance(v, list):
            return [Paragraph(f"• {x}", style) for x in v]
        return [Paragraph(v, style)]

    if layout in ("boxed-form", "label-table-wrap", "table-pagebreak", "cell-valign"):
        if layout == "boxed-form":
            for k, v in blocks:
                t = Table([[Paragraph(k.upper(), sS)], [val_flow(v)]], colWidths=[170 * mm - (52 * mm if side_lines else 0)])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black), ("TOPPADDING", (0, 1), (-1, 1), 0)]))
                story += [t, Spacer(1, 2 * mm)]
        else:
            rows = [[Paragraph("Felt", sL), Paragraph("Beskrivelse", sL)]] if layout == "table-pagebreak" else []
            if layout == "table-pagebreak" and doc.kind in ("agreement", "decision"):
                story += [Paragraph(x, sN) for x in FILLER] + [Spacer(1, 4 * mm)]
            for k, v in blocks:
                vv = val_flow(v)
                if layout == "table-pagebreak":
                    vv += [Spacer(1, 22 * mm)]
                rows.append([Paragraph(k, sL), vv])
            lw = rng.choice([26, 32, 38]) * mm
            t = Table(rows, colWidths=[lw, 170 * mm - lw], repeatRows=1 if layout == "table-pagebreak" else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (1, 0), (1, -1), "TOP")]
            ts.append(("VALIGN", (0, 0), (0, -1), rng.choice(["BOTTOM", "MIDDLE"]) if layout == "cell-valign" else "TOP"))
            if layout == "table-pagebreak":
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
            t.setStyle(TableStyle(ts))
            story.append(t)
    else:
        for k, v in blocks:
            if k:
                story.append(Paragraph(k, sH))
            story += val_flow(v)
    if doc.kind != "minplan":
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(f"Med venlig hilsen<br/>{doc.cw}, {doc.muni}", sN))

    bd = BaseDocTemplate(str(path), pagesize=A4, title=title, author=doc.muni)
    if layout == "two-column":
        from reportlab.platypus import FrameBreak, NextPageTemplate
        fw = (W - 36 * mm - 8 * mm) / 2
        th = 62 * mm
        first = [Frame(18 * mm, H - 18 * mm - th, W - 36 * mm, th, id="top"),
                 Frame(18 * mm, 18 * mm, fw, H - 36 * mm - th, id="c1"),
                 Frame(18 * mm + fw + 8 * mm, 18 * mm, fw, H - 36 * mm - th, id="c2")]
        later = [Frame(18 * mm, 18 * mm, fw, H - 36 * mm, id="l1"), Frame(18 * mm + fw + 8 * mm, 18 * mm, fw, H - 36 * mm, id="l2")]
        story = [NextPageTemplate("later"), story[0], FrameBreak()] + story[1:]
        bd = BaseDocTemplate(str(path), pagesize=A4, title=title, author=doc.muni)
        bd.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page),
                             PageTemplate(id="later", frames=later, onPage=on_page)])
        bd.build(story)
        return
    if False:
        pass
    elif side_lines:
        x0 = 70 * mm if layout == "sidebar-left" else 18 * mm
        frames = [Frame(x0, 18 * mm, W - 88 * mm, H - 36 * mm, id="m")]
    else:
        frames = [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 36 * mm, id="m")]
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    if side_lines and layout != "boxed-form":
        pass
    bd.build(story)


# ============================================================================ main
HTML_LAYOUTS = ["case-system-print", "two-column", "sidebar-left", "sidebar-right", "infobox", "label-table-wrap", "cell-valign",
                "table-pagebreak", "boxed-form", "rotated-margin"]
DOCX_LAYOUTS = ["numbered-hanging", "table-pagebreak", "label-table-wrap", "cell-valign", "two-column",
                "rotated-margin", "footer-mentor", "running-header"]
RL_LAYOUTS = ["two-column", "sidebar-left", "sidebar-right", "infobox", "boxed-form", "table-pagebreak",
              "cell-valign", "rotated-margin", "label-table-wrap"]


def plan(rng: random.Random):
    kinds = ["agreement"] * 60 + ["decision"] * 15 + ["minplan"] * 15 + ["unknown"] * 10
    out = []
    for i, k in enumerate(kinds):
        if k == "minplan":
            engine = rng.choice(["html-case", "html-case", "html", "reportlab", "docx"])
        else:
            engine = rng.choice(["html", "docx", "reportlab"])
        out.append((i, k, engine))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    html_jobs, docx_jobs = [], []
    tmp = Path(tempfile.mkdtemp(prefix="bz_"))
    AG_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                  "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
    MP_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                  "duration-over-6-months", "unclear-goal"]
    import itertools
    ag_cycle = itertools.cycle(rng.sample(AG_DEFECTS, len(AG_DEFECTS)))
    mp_cycle = itertools.cycle(rng.sample(MP_DEFECTS, len(MP_DEFECTS)))
    cyc = {k: itertools.cycle(rng.sample(v, len(v))) for k, v in
           (("html", HTML_LAYOUTS), ("docx", DOCX_LAYOUTS), ("rl", RL_LAYOUTS))}
    dc_cycle = itertools.cycle(["missing-appeal-guidance", "duration-over-6-months"])
    for i, kind, engine in plan(rng):
        doc = Doc(rng, kind, i)
        subtype = kind
        if kind == "agreement" and rng.random() < 0.32:
            doc.apply_defect(next(ag_cycle))
        if kind == "minplan" and rng.random() < 0.3:
            doc.apply_defect(next(mp_cycle))
        if kind == "decision" and rng.random() < 0.3:
            doc.apply_defect(next(dc_cycle))
        if kind == "agreement" and "missing-appeal-guidance" not in doc.rules and rng.random() < 0.06:
            doc.appeal = APPEAL_WRONG
            doc.extras.append("appeal-wrong-route")
        if kind == "agreement":
            title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                                "Skriftlig aftale om mentorstøtte efter LAB § 167"])
            blocks = agreement_fields(doc, rng)
        elif kind == "minplan":
            title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor", "Min Plan · Aktivitet: Mentorstøtte (§ 167)"])
            blocks = agreement_fields(doc, rng)
        elif kind == "decision":
            title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Afgørelse – mentorstøtte efter § 167"])
            blocks, subtype = decision_body(doc, rng)
        else:
            subtype = rng.choice(UNKNOWN_KINDS)
            title, blocks = unknown_body(doc, subtype)
            doc.traits.append("not-a-mentor-document-kind")
        if engine == "html-case":
            layout, engine = "case-system-print", "html"
        elif engine == "html":
            layout = next(cyc["html"])
        elif engine == "docx":
            layout = next(cyc["docx"])
        else:
            layout = next(cyc["rl"])
        if layout == "table-pagebreak" and kind in ("agreement", "minplan") and "tasks" not in doc.missing:
            extra = [t.format(c=doc.citizen_first) for t in TASKS if t.format(c=doc.citizen_first) not in doc.tasks]
            doc.tasks += extra[:4]
            blocks = agreement_fields(doc, rng) if kind in ("agreement", "minplan") else blocks
        if layout == "footer-mentor" and kind in ("agreement", "minplan"):
            blocks = agreement_fields(doc, rng, with_mentor=False)
        if (layout in ("sidebar-left", "sidebar-right") and kind in ("agreement", "minplan") and doc.mentor_ok
                and rng.random() < 0.6):
            doc.mentor_side = True
            if rng.random() < 0.7:
                blocks = agreement_fields(doc, rng, with_mentor=False)
                doc.traits.append("mentor-only-in-sidebar")
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "andet"}[kind]
        name = {"agreement": rng.choice(["aftale-mentorstoette", "mentoraftale", "aftale"]),
                "decision": rng.choice(["afgoerelse-mentor", "brev-bevilling", "afgoerelse"]),
                "minplan": rng.choice(["minplan-udskrift", "min-plan", "plan-print"]),
                "unknown": subtype}[kind]
        stem = f"{folder}/{i:03d}-{name}-{doc.citizen_first.lower()}"
        fmt = "pdf"
        keep_docx = engine == "docx" and rng.random() < 0.2
        rel = f"{stem}.pdf"
        if engine == "html":
            html_jobs.append((out / rel, *build_html(doc, title, blocks, layout, rng)))
        elif engine == "docx":
            src = tmp / f"{i:03d}.docx"
            docx_render(doc, title, blocks, layout, rng, src)
            if keep_docx:
                fmt = rng.choice(["docx", "odt"])
                rel = f"{stem}.{fmt}"
            docx_jobs.append((src, out / rel, fmt))
        else:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            rl_render(doc, title, blocks, layout, rng, out / rel)
        p = None
        if kind in ("agreement", "minplan", "decision") and "period" not in doc.missing:
            p = {"start": doc.start.isoformat(), "end": doc.end.isoformat()}
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(set(doc.rules)), "extras": sorted(set(doc.extras)), "error": None,
             "accept_errors": [], "must_not_contain": [doc.cpr] if doc.cpr else [],
             "traits": sorted(set(doc.traits + [f"engine:{engine}"] + (["cpr"] if doc.cpr else [])))}
        if p:
            e["period"] = p
        entries.append(e)
    # Chromium
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium")
        pg = b.new_page()
        for dest, page, hdr, ftr in html_jobs:
            dest.parent.mkdir(parents=True, exist_ok=True)
            pg.set_content(page)
            pg.pdf(path=str(dest), format="A4", display_header_footer=True, header_template=hdr,
                   footer_template=ftr, margin={"top": "22mm", "bottom": "20mm", "left": "18mm", "right": "18mm"},
                   print_background=True)
        b.close()
    # LibreOffice
    prof = "-env:UserInstallation=file:///tmp/lo_bz_profile"
    for target in ("pdf", "odt"):
        srcs = [s for s, _, f in docx_jobs if f == target]
        if srcs:
            od = tmp / target
            subprocess.run(["soffice", prof, "--headless", "--convert-to", target, "--outdir", str(od), *map(str, srcs)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for src, dest, f in docx_jobs:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if f == "docx":
            shutil.copy(src, dest)
        else:
            shutil.copy(tmp / f / (src.stem + "." + f), dest)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
