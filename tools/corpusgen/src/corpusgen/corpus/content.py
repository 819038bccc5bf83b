"""What a document says: its fields, their wording, its defects and its ground-truth labels.

A :class:`DocSpec` is format- and layout-neutral. The defects are chosen *first*; the text is then
written so that it has exactly those defects, and the labels are the chosen defects. Wording follows
domain.md §§ 2 (appeal guidance), 6 (clear goals), 7 (mentor types), 8 and 10 (field names and
synonyms) and 9 (dates and durations).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from . import vocab
from .dates import (DATE_STYLES, Period, extension_period, fmt_date, period, start_after,
                    udskrivning_period)
from .manifest import REQUIRED_RULES

PLACEHOLDERS = ["-", "Udfyldes senere", "xx", "…", "Udfyldes senere.", "XX", "...", "–"]


@dataclass
class Field:
    """One mandatory field as a document states it."""

    key: str                 # goal | mentor | tasks | duration | follow_up | hours | appeal | reasons
    label: str               # the label or heading the writer chose
    lines: list[str]         # body lines; a single placeholder when the field is "empty"
    prose: str               # the same content as sentences for letter layouts
    question: str = ""       # for question-and-answer forms
    items: bool = False      # body lines are list items


@dataclass
class DocSpec:
    kind: str                # agreement | minplan | decision | unknown
    subtype: str             # agreement | minplan | grant | refusal | extension | end | leaflet
    year: int
    unit: str
    title: str
    you: bool                # addressed to "du" (letter) or written about the citizen by name
    letterhead: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    place_date: str = ""
    salutation: str = ""
    intro: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    extras: set[str] = field(default_factory=set)
    traits: list[str] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)   # must never appear unmasked in lint output
    period: Optional[Period] = None
    merge_duration_followup: bool = False
    citizen_first: str = ""
    #: None: the layout decides; False: appeal guidance as a plain paragraph with no heading
    appeal_heading: Optional[bool] = None

    def field(self, key: str) -> Optional[Field]:
        return next((f for f in self.fields if f.key == key), None)


LABELS = {
    "goal": ["Mål", "Formål", "Målsætning", "Målet med mentorstøtten", "Hovedformål og delmål",
             "Formål med mentorforløbet", "Mål for indsatsen", "Mål og delmål", "Målet med støtten"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Kontaktperson", "Din mentor",
               "Mentor (navn, tlf., mail)", "Kontaktoplysninger på mentor", "Mentor og kontakt"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Støtten består i",
              "Hvad mentoren hjælper med", "Aftalte opgaver", "Mentors opgaver"],
    "duration": ["Periode", "Varighed", "Bevillingsperiode", "Aftalens varighed",
                 "Forløbets varighed", "Tidsramme", "Varighed af aftalen"],
    "follow_up": ["Opfølgning", "Statusmøder", "Evaluering", "Opfølgning og progression",
                  "Opfølgning og evaluering", "Delmål og opfølgning", "Progression og opfølgning"],
    "hours": ["Timetal", "Antal timer pr. uge", "Timer", "Timeantal", "Støttens omfang",
              "Timer om ugen", "Timetal for mentorstøtten"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
               "Vejledning om klage", "Klagemulighed"],
    "reasons": ["Begrundelse", "Begrundelse for afgørelsen", "Derfor har vi truffet denne afgørelse",
                "Vores vurdering"],
}
NUMBERED_LABELS = {
    "goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
    "tasks": "Hvilke opgaver mentoren skal bistå ved", "duration": "Varigheden af aftalen",
    "follow_up": "Opfølgning – inklusiv mål for progression", "hours": "Timetallet for mentorstøtten",
    "appeal": "Klagevejledning",
}
QUESTIONS = {
    "goal": ["Hvad er målet med mentorstøtten?", "Hvad vil du opnå?"],
    "mentor": ["Hvem er din mentor, og hvordan kontakter du vedkommende?", "Hvem er mentor?"],
    "tasks": ["Hvad skal mentoren hjælpe dig med?", "Hvilke opgaver har mentoren?"],
    "duration": ["Hvor længe varer forløbet?", "Hvornår starter og slutter støtten?"],
    "follow_up": ["Hvordan og hvornår følger vi op?", "Hvornår evaluerer vi?"],
    "hours": ["Hvor mange timer om ugen?", "Hvor meget tid har mentoren?"],
    "appeal": ["Hvad gør du, hvis du ikke er enig?", "Hvordan klager du?"],
    "reasons": ["Hvorfor har vi truffet afgørelsen?"],
}


class Ctx:
    """Facts shared by every field of one document (who, where, when)."""

    def __init__(self, rng: random.Random, year: int, you: bool):
        self.rng = rng
        self.year = year
        self.you = you
        self.muni = rng.choice(vocab.MUNICIPALITIES)
        self.citizen = vocab.person(rng, self.muni)
        self.mentor = vocab.mentor(rng)
        self.caseworker, self.cw_title = vocab.caseworker(rng)
        self.company, self.job = rng.choice(vocab.COMPANIES)
        self.education, self.school = rng.choice(vocab.EDUCATIONS)
        self.doc_date = date(year, rng.randrange(1, 13), rng.randrange(1, 29))
        self.date_style = rng.choice(DATE_STYLES)
        # From 1 Feb 2026 LAB says "kommunen" (lov 1750/2025); older letters say "jobcentret".
        self.new_era = self.doc_date >= date(2026, 2, 1)
        self.body = (f"{self.muni.name} Kommune" if self.new_era and rng.random() < 0.8
                     else f"Jobcenter {self.muni.name}")
        self.body_short = "kommunen" if self.new_era else rng.choice(["jobcentret", "jobcenteret"])
        if year < 2020:
            self.law = rng.choice(["§ 31 b i lov om en aktiv beskæftigelsesindsats", "LAB § 31 b",
                                   "§ 31b, stk. 1 i LAB"])
        else:
            self.law = rng.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167",
                                   "§ 167, stk. 1 i lov om en aktiv beskæftigelsesindsats"])
        if rng.random() < 0.03:
            self.law = "§ 78 i lov om en aktiv beskæftigelsesindsats"  # pre-2014 reference

    # pronouns: "du/dig/din" in letters to the citizen, the first name in forms about them
    @property
    def sub(self) -> str:
        return "du" if self.you else self.citizen.first

    @property
    def obj(self) -> str:
        return "dig" if self.you else self.citizen.first

    @property
    def poss(self) -> str:
        return "din" if self.you else "sin"

    @property
    def poss_n(self) -> str:
        """Possessive for neuter nouns (job, fleksjob, forløb, tilbud)."""
        return "dit" if self.you else "sit"

    @property
    def poss_pl(self) -> str:
        return "dine" if self.you else "sine"

    def date(self, d: date) -> str:
        return fmt_date(d, self.date_style)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------- goal
def clear_goal(ctx: Ctx) -> list[str]:
    rng, s, p = ctx.rng, ctx.sub, ctx.poss
    deadline = ctx.date(ctx.doc_date + timedelta(days=rng.randrange(90, 170)))
    options = [
        [f"At {s} gennemfører virksomhedspraktik som {ctx.job} hos {ctx.company} med fremmøde "
         f"4 dage om ugen og derefter overgår til løntilskud senest {deadline}."],
        [f"Målet er, at {s} starter på {ctx.education} og møder op mindst 4 ud af 5 skoledage "
         f"i de første 10 uger."],
        [f"Hovedformål: {_cap(s)} fastholder {ctx.poss_n} fleksjob som {ctx.job} hos {ctx.company} med "
         f"15 timer om ugen.",
         f"Delmål 1: {_cap(s)} møder til aftalt tid alle arbejdsdage i de første 4 uger.",
         f"Delmål 2: {_cap(s)} siger selv til {p} leder, når der er brug for pauser."],
        [f"Målet er, at {s} inden {deadline} søger mindst to relevante job om ugen som {ctx.job} "
         f"og kommer til mindst én jobsamtale."],
        [f"At {s} kan arbejde stabilt i {ctx.poss_n} job som {ctx.job} hos {ctx.company} – mindst 30 timer "
         f"om ugen – når mentorforløbet slutter."],
        [f"At {s} gennemfører første halvår af {ctx.education} med mindst 80 % fremmøde."],
        [f"Hovedmål: ordinært job som {ctx.job}.",
         f"Delmål: {_cap(s)} er i praktik hos {ctx.company} 3 dage om ugen fra uge "
         f"{rng.randrange(5, 20)} og øger til 4 dage efter 6 uger."],
        [f"At {s} bliver optaget på {ctx.education} til næste optag og inden da har deltaget i "
         f"2 brobygningsdage på {ctx.school}."],
        [f"Inden {deadline} er {s} ansat i løntilskud som {ctx.job} hos {ctx.company} "
         f"25 timer om ugen."],
        [f"Hovedformål: {_cap(s)} kommer i ordinært job som {ctx.job}.",
         f"Delmål 1: {_cap(s)} deltager i virksomhedspraktik hos {ctx.company} 3 dage om ugen.",
         f"Delmål 2: {_cap(s)} har skrevet 5 ansøgninger inden {deadline}."],
        [f"Målet er, at {s} øger {ctx.poss_pl} timer i fleksjobbet hos {ctx.company} fra 10 til "
         f"15 timer om ugen."],
        [f"{_cap(s)} skal kunne tage bussen alene til {ctx.school} og møde til undervisning "
         f"mindst 4 dage om ugen, så {s} kan gennemføre {ctx.education}."],
        [f"At {s} vender tilbage til {ctx.poss_n} job som {ctx.job} på fuld tid efter "
         f"sygemeldingen, med en gradvis opstart på 3 timer om dagen."],
    ]
    return rng.choice(options)


UNCLEAR_KINDS = ["abstract", "activity", "not-observable", "no-aim"]


def unclear_goal(ctx: Ctx, how: str) -> list[str]:
    rng, s, o, p = ctx.rng, ctx.sub, ctx.obj, ctx.poss
    if how == "abstract":
        return [rng.choice(["Øget trivsel og bedre selvværd.",
                            f"At {s} får det bedre og kommer videre i livet.",
                            "Mere struktur på hverdagen og bedre livskvalitet.",
                            f"At {s} får mere overskud og øget trivsel.",
                            "Øget livsmod og selvtillid.",
                            f"At {s} får en mere stabil hverdag og det godt.",
                            "Bedre mental sundhed og mere ro i hverdagen."])]
    if how == "activity":
        return [rng.choice([f"Støtte til {o} i forhold til job og uddannelse.",
                            f"Sikre at {s} kommer i gang med praktik.",
                            f"Hjælp til at {s} kan komme videre mod uddannelse.",
                            f"Støtte og motivere {o} i {ctx.poss_n} forløb i jobcentret.",
                            f"Sikre at {s} møder op i {ctx.poss_n} tilbud.",
                            f"Motivere {o} til at komme videre mod job.",
                            f"Hjælpe {o} med kontakten til kommunen og arbejdsgiveren."])]
    if how == "not-observable":
        return [rng.choice([f"At {s} kommer tættere på arbejdsmarkedet.",
                            f"At {s} bliver mere parat til uddannelse.",
                            f"At {s} får en bedre tilknytning til arbejdsmarkedet.",
                            f"At {s} bliver mere afklaret i forhold til job.",
                            f"At {s} på sigt kan komme i uddannelse.",
                            f"At {s} bevæger sig i retning af beskæftigelse."])]
    return [rng.choice([f"At {s} får styr på {p} økonomi og betaler husleje til tiden hver måned.",
                        f"At {s} kommer ud af huset tre gange om ugen og går til fitness.",
                        f"At {s} selv kan handle ind og lave mad fire dage om ugen.",
                        f"At {s} får ryddet op i {p} lejlighed og åbner {p} post hver uge."])]


def goal_prose(ctx: Ctx, lines: list[str]) -> str:
    first = lines[0]
    if first.startswith("At "):
        return "Målet med mentorstøtten er, " + first[0].lower() + first[1:] + " " + " ".join(lines[1:])
    return " ".join(lines)


# -------------------------------------------------------------------------------------- mentor
def mentor_lines(ctx: Ctx, variant: str) -> tuple[list[str], str]:
    """``full`` | ``name-only`` | ``contact-only`` | ``name-see-signature``."""
    m, rng = ctx.mentor, ctx.rng
    phone = rng.choice(["tlf.", "Tlf.", "telefon", "mobil", "Tlf:"])
    if variant == "full":
        form = rng.randrange(5)
        if form == 4:  # e-mail only is contact data too (BAB § 52: "navn og kontaktdata")
            lines = [f"{m.name}, {m.provider} – {m.email}"]
        elif form == 0:
            lines = [f"{m.name}, {m.provider}", f"{phone} {m.phone}", f"E-mail: {m.email}"]
        elif form == 1:
            lines = [f"{m.name} ({m.provider}), {phone} {m.phone}, {m.email}"]
        elif form == 2:
            lines = [f"Navn: {m.name}", f"Telefon: {m.phone}", f"Mail: {m.email}"]
        else:
            lines = [f"{m.name}, {m.provider}, {phone} {m.phone}"]
        prose = rng.choice([
            f"Din mentor er {m.name} fra {m.provider}, som du kan ringe til på {m.phone} eller "
            f"skrive til på {m.email}.",
            f"Du får {m.name} fra {m.provider} som mentor. {m.first} træffes på {phone} {m.phone}.",
        ]) if ctx.you else f"Mentor er {m.name}, {m.provider}, {phone} {m.phone}, {m.email}."
        return lines, prose
    if variant == "name-only":
        return ([f"{m.name}, {m.provider}"],
                f"Din mentor bliver {m.name} fra {m.provider}." if ctx.you
                else f"Mentor er {m.name} fra {m.provider}.")
    if variant == "contact-only":
        return ([f"Udpeges af {m.provider}, {phone} {m.phone}"],
                f"Mentoren udpeges af {m.provider}, som kan kontaktes på {m.phone}.")
    # name here, contact details in the signature block or the footer
    return ([f"{m.name}, {m.provider} (se kontaktoplysninger nederst)"],
            f"Din mentor er {m.name} fra {m.provider} – se kontaktoplysninger nederst.")


# --------------------------------------------------------------------------------------- tasks
def task_lines(ctx: Ctx) -> list[str]:
    o = ctx.obj
    pool = [
        f"følge {o} de første dage i praktikken hos {ctx.company}",
        "hjælpe med at skabe overblik over breve fra kommunen og e-Boks",
        f"træne transporten med bus til {ctx.muni.town} på egen hånd",
        "tale med arbejdsgiveren om arbejdstider og skånehensyn",
        "lave en ugeplan med faste tider for at stå op og gå i seng",
        f"deltage i møder med {ctx.school} og hjælpe med en plan for lektier",
        "hjælpe med at søge SPS-støtte og kontakte studievejlederen",
        f"ledsage {o} til lægen eller psykiatrien, når det er nødvendigt for at holde fast i praktikken",
        "øve jobsamtaler og hjælpe med ansøgninger",
        f"hjælpe {o} med at holde styr på {ctx.poss_pl} aftaler i kalenderen",
        "være med til den første samtale med praktikstedet og aftale arbejdsopgaver",
        "ringe om morgenen de dage, hvor der er praktik, indtil fremmødet er stabilt",
        f"hjælpe med at finde en bolig tættere på {ctx.school}",
        "gennemgå vagtplanen hver uge og løse problemer med transport og pasning",
    ]
    return ctx.rng.sample(pool, ctx.rng.randrange(2, 5))


def tasks_prose(ctx: Ctx, tasks: list[str]) -> str:
    lead = "Din mentor skal hjælpe dig med at" if ctx.you else "Mentor skal"
    body = ", ".join(tasks[:-1]) + " og " + tasks[-1] if len(tasks) > 1 else tasks[0]
    if ctx.you:
        body = body.replace("hjælpe med at ", "").replace("hjælpe dig med at ", "")
    return f"{lead} {body}."


# ----------------------------------------------------------------------------------- follow-up
def follow_up_lines(ctx: Ctx, which: Optional[int] = None) -> list[str]:
    rng = ctx.rng
    mid = ctx.date(ctx.doc_date + timedelta(days=rng.randrange(60, 100)))
    options = [
        [f"Statusmøde hver 4. uge mellem {ctx.obj}, mentor og sagsbehandler, hvor vi gennemgår delmålene."],
        ["Opfølgning hver 3. måned (serviceniveau 1) og altid 14 dage før støtteperioden ophører.",
         "Progression vurderes sammen med borgeren."],
        ["Evaluering hver måned. Progressionen måles på fremmødet (mål: 4 af 5 dage)."],
        [f"Midtvejsevaluering {mid}.", "Slutevaluering fire uger før bevillingsudløb."],
        ["Vi følger op på delmålene ved statusmøder hver 14. dag.",
         "Mentor sender en kort skriftlig status til sagsbehandler efter hvert møde."],
        ["Opfølgningssamtale med sagsbehandler hver anden måned, hvor progressionen mod målet "
         "vurderes."],
    ]
    return options[which] if which is not None else rng.choice(options)


# --------------------------------------------------------------------------------------- hours
def hours_lines(ctx: Ctx, which: Optional[int] = None) -> tuple[list[str], str]:
    rng = ctx.rng
    h = rng.choice([1, 2, 2, 3, 4, 5])
    options = [
        (f"{h} {'time' if h == 1 else 'timer'} pr. uge", f"{h} {'time' if h == 1 else 'timer'} om ugen"),
        (f"{h} {'time' if h == 1 else 'timer'} om ugen", f"{h} {'time' if h == 1 else 'timer'} om ugen"),
        (f"{h} t/uge", f"{h} timer om ugen"),
        (f"{h * 4} timer om måneden", f"{h * 4} timer om måneden"),
        ("1-2 timer pr. uge (serviceniveau 2)", "1-2 timer om ugen"),
        (f"Op til {h + 1} timer ugentligt", f"op til {h + 1} timer ugentligt"),
        ("5 timer pr. uge de første fire uger, derefter 2 timer pr. uge",
         "5 timer om ugen de første fire uger og derefter 2 timer om ugen"),
        (f"I alt {h * 26} timer i perioden (gennemsnitligt {h} timer om ugen)",
         f"i alt {h * 26} timer, i gennemsnit {h} timer om ugen"),
        ("0-1 time pr. uge (niveau 1)", "op til 1 time om ugen"),
        # group mentor at a workplace: hours per place are a legitimate figure (domain.md §10)
        ("10 timer pr. uge pr. plads (gruppementor på arbejdspladsen)",
         "10 timer om ugen pr. plads i gruppeforløbet"),
        ("Timetal pr. uge: 2,5", "2,5 timer om ugen"),
        (f"{['en', 'to', 'tre', 'fire', 'fem'][h - 1]} timer om ugen",
         f"{['en', 'to', 'tre', 'fire', 'fem'][h - 1]} timer om ugen"),
    ]
    text, prose = options[which] if which is not None else rng.choice(options)
    sentence = (f"Du og din mentor har {prose} sammen." if ctx.you
                else f"Mentorstøtten er bevilget med {prose}.")
    return [text], sentence


VAGUE_HOURS = ["Efter behov", "Et par timer om ugen", "Aftales løbende med mentor",
               "Det antal timer, der er brug for"]


# -------------------------------------------------------------------------------------- appeal
def appeal_lines(ctx: Ctx) -> list[str]:
    m = ctx.muni
    b, bs = ctx.body, ctx.body_short
    return ctx.rng.choice([
        [f"Hvis du ikke er enig i {bs}s afgørelse, skal du klage til {bs} inden fire uger. "
         f"{_cap(bs)} skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
         f"Hvis {bs} fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, "
         f"som tager stilling til afgørelsen."],
        [f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget hos {b} senest "
         f"4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt.",
         "Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen videre til "
         "Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
         "retssikkerhedslovens kapitel 10."],
        [f"Klage over afgørelsen sendes til {bs} inden 4 uger. {_cap(bs)} genvurderer sagen og "
         f"sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."],
        ["Klagefrist: 4 uger fra du har modtaget dette brev.",
         f"Klagen sendes til {b}, {m.street}, {m.postcode} {m.town}, eller via Digital Post. "
         f"Fastholder vi afgørelsen, behandles klagen af Ankestyrelsens Beskæftigelsesudvalg."],
        [f"Klage skal sendes til {b} senest 4 uger efter, at du har modtaget denne afgørelse."],
        [f"Vil du klage, skal du kontakte {bs} inden fire uger. Du kan ringe, skrive en mail eller "
         f"bruge Digital Post. Klagen går videre til Ankestyrelsen, hvis {bs} fastholder "
         f"afgørelsen. Se også ast.dk."],
        [f"Du har ret til at klage. Fristen er fire uger fra den dag, du fik afgørelsen. Ring til "
         f"{b} på {m.phone} eller skriv via borger.dk. Hvis vi ikke giver dig ret, sender vi "
         f"klagen til Ankestyrelsen."],
    ])


INCOMPLETE_APPEALS = [  # no body, or no deadline (domain.md §10: "du kan klage over den")
    "Du kan klage over afgørelsen.",
    "Du har mulighed for at klage, hvis du er uenig.",
    "Du kan klage til Ankestyrelsen.",
    "Du kan klage til kommunen over afgørelsen.",
    "Klagefristen er 4 uger.",
    "Er du uenig, kan du klage over den.",
]


# ------------------------------------------------------------------------------------- reasons
def reasons_lines(ctx: Ctx, subtype: str) -> list[str]:
    s = ctx.sub
    if subtype == "refusal":
        return [ctx.rng.choice([
            f"Vi har vurderet, at {s} kan deltage i tilbuddet uden mentor, fordi {s} selv har "
            f"mødt stabilt i de sidste 8 uger. Vi har lagt vægt på oplysningerne fra praktikstedet.",
            "Der kan kun gives mentorstøtte, når der er et mål om beskæftigelse eller uddannelse. "
            "Vi har vurderet, at et sådant mål ikke er fastsat på nuværende tidspunkt.",
        ]) + f" Afgørelsen er truffet efter {ctx.law}."]
    if subtype == "end":
        return [ctx.rng.choice([
            f"Mentorstøtten ophører, fordi {s} er startet i ordinært job hos {ctx.company} og "
            f"ikke længere har behov for støtten.",
            f"Mentorstøtten ophører, fordi målet med støtten er nået: {s} er startet på "
            f"{ctx.education}.",
        ]) + f" Afgørelsen er truffet efter {ctx.law}."]
    return [f"Vi har lagt vægt på, at {s} har gjort fremskridt i den første periode, men "
            f"fortsat har brug for støtte for at nå målet. Afgørelsen er truffet efter {ctx.law}."]


# ------------------------------------------------------------------------------------ the spec
def choose_defects(rng: random.Random, kind: str, subtype: str) -> set[str]:
    allowed = list(REQUIRED_RULES[kind])
    if kind == "decision" and subtype not in ("grant", "extension"):
        allowed = [r for r in allowed if r != "duration-over-6-months"]
        allowed.append("x-missing-reasons")  # FVL § 22: reasons unless a full grant
    if not allowed:
        return set()
    n = rng.choices([0, 1, 2, 3], weights=[38, 36, 18, 8])[0]
    chosen: set[str] = set()
    for _ in range(20):
        if len(chosen) >= n:
            break
        rule = rng.choice(allowed)
        if rule == "unclear-goal" and "missing-goal" in chosen:
            continue
        if rule == "missing-goal" and "unclear-goal" in chosen:
            continue
        if rule == "duration-over-6-months" and "missing-duration" in chosen:
            continue
        if rule == "missing-duration" and "duration-over-6-months" in chosen:
            continue
        chosen.add(rule)
    return chosen


def _missing(rng: random.Random, key: str, label: str, question: str,
             how: Optional[str] = None) -> Optional[Field]:
    """A missing field: absent (None) or a heading followed by a placeholder."""
    if how == "absent" or (how is None and rng.random() < 0.55):
        return None
    ph = rng.choice(PLACEHOLDERS)
    return Field(key, label, [ph], f"{label}: {ph}", question)


def build_spec(rng: random.Random, kind: str, subtype: str, unit: str, year: int,
               defects: Optional[set[str]] = None, force: Optional[dict] = None) -> DocSpec:
    """Write one document's content with exactly the ``defects`` (drawn when None)."""
    force = force or {}
    you = force.get("you", rng.random() < 0.6)
    ctx = Ctx(rng, year, you)
    if defects is None:
        defects = choose_defects(rng, kind, subtype)
    spec = DocSpec(kind=kind, subtype=subtype, year=year, unit=unit, title="", you=you,
                   citizen_first=ctx.citizen.first)
    spec.rules = {d for d in defects if not d.startswith("x-")}
    traits: list[str] = []

    def label(key: str) -> str:
        return rng.choice(LABELS[key])

    def q(key: str) -> str:
        return rng.choice(QUESTIONS[key])

    # --- header matter common to all kinds
    m = ctx.muni
    spec.letterhead = [ctx.body, f"{m.street}, {m.postcode} {m.town}", f"Tlf. {m.phone}",
                       f"www.{m.domain}"]
    c = ctx.citizen
    spec.recipient = [c.name, c.street, f"{c.postcode} {c.town}"]
    if rng.random() < 0.3:
        spec.recipient.append(f"CPR-nr.: {c.cpr}")
        spec.secrets.append(c.cpr)
        traits.append("cpr")
    spec.place_date = f"{m.town}, {fmt_date(ctx.doc_date, rng.choice(['words', 'dots_pad', 'words_den']))}"
    spec.signature = [rng.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh."]), ctx.caseworker,
                      f"{ctx.cw_title}, {ctx.body}"]
    if rng.random() < 0.5:
        spec.signature.append(f"Direkte tlf. {vocab.phone_number(rng)}")
    spec.footer = [f"{ctx.body} · {m.street} · {m.postcode} {m.town} · {m.phone}"]

    if kind == "unknown":
        _leaflet(ctx, spec)
        spec.traits = ["leaflet"]
        return spec

    # --- goal
    if kind != "decision" or subtype == "grant":
        if "missing-goal" in defects:
            f = _missing(rng, "goal", label("goal"), q("goal"), force.get("missing_how"))
            traits.append("goal:" + ("absent" if f is None else "placeholder"))
        else:
            if "unclear-goal" in defects:
                how = force.get("unclear", rng.choice(UNCLEAR_KINDS))
                lines = unclear_goal(ctx, how)
                traits.append("unclear:" + how)
            else:
                lines = clear_goal(ctx)
            f = Field("goal", label("goal"), lines, goal_prose(ctx, lines), q("goal"))
        if f:
            spec.fields.append(f)

    # --- mentor
    if kind != "decision" or subtype == "grant":
        if "missing-mentor" in defects:
            how = force.get("mentor", rng.choice(["absent-or-placeholder", "name-only",
                                                   "contact-only"]))
            if how == "absent-or-placeholder":
                f = _missing(rng, "mentor", label("mentor"), q("mentor"), force.get("missing_how"))
                traits.append("mentor:" + ("absent" if f is None else "placeholder"))
            else:
                lines, prose = mentor_lines(ctx, how)
                f = Field("mentor", label("mentor"), lines, prose, q("mentor"))
                traits.append("mentor:" + how)
        else:
            how = force.get("mentor_ok") or ("full" if rng.random() < 0.8 else "name-see-signature")
            if kind == "minplan":
                how = "full"  # a Min Plan entry has no signature block to carry the contact
            lines, prose = mentor_lines(ctx, how)
            f = Field("mentor", label("mentor"), lines, prose, q("mentor"))
            if how != "full":
                mt = ctx.mentor
                where = force.get("mentor_contact_in") or rng.choice(["signature", "footer"])
                if where == "signature":
                    spec.signature += ["", "Mentor", mt.name, mt.provider, f"Tlf. {mt.phone}",
                                       mt.email]
                    traits.append("mentor-contact-in-signature")
                else:
                    spec.footer.append(f"Mentor: {mt.name} · {mt.phone} · {mt.email}")
                    traits.append("mentor-contact-in-footer")
        if f:
            spec.fields.append(f)

    # --- tasks
    if kind in ("agreement", "minplan"):
        if "missing-tasks" in defects:
            f = _missing(rng, "tasks", label("tasks"), q("tasks"), force.get("missing_how"))
            traits.append("tasks:" + ("absent" if f is None else "placeholder"))
        else:
            tasks = task_lines(ctx)
            f = Field("tasks", label("tasks"), [_cap(t) for t in tasks], tasks_prose(ctx, tasks),
                      q("tasks"), items=rng.random() < 0.7)
        if f:
            spec.fields.append(f)

    # --- duration
    if kind in ("agreement", "minplan") or subtype in ("grant", "extension"):
        over = "duration-over-6-months" in defects
        if "missing-duration" in defects:
            f = _missing(rng, "duration", label("duration"), q("duration"),
                         force.get("missing_how"))
            traits.append("duration:" + ("absent" if f is None else "placeholder"))
        else:
            special = force.get("period")
            if special is None and not over:
                special = rng.choices(["plain", "udskrivning", "extension", "max-rule"],
                                      weights=[80, 7, 7, 6])[0]
            if "period_value" in force:
                per = force["period_value"](rng, ctx.doc_date)
                over = per.over
            elif subtype == "extension":
                per = extension_period(rng, ctx.doc_date, over)
            elif special == "udskrivning":
                per = udskrivning_period(rng, ctx.doc_date)
                spec.intro.append("Mentortype: Udskrivningskoordinator (LAB § 167, stk. 2)")
            elif special == "extension":
                per = extension_period(rng, ctx.doc_date, False)
            else:
                per = period(rng, start_after(rng, ctx.doc_date), over)
            spec.period = per
            # the period itself is the ground truth for the 6-month rule
            if per.over:
                spec.rules.add("duration-over-6-months")
            else:
                spec.rules.discard("duration-over-6-months")
            traits.append("period:" + (per.note or ("over" if over else "ok")))
            lines = per.text.split("\n")
            if special == "max-rule":
                lines.append("Mentorstøtte kan efter loven gives i højst 6 måneder ad gangen, "
                             "med mulighed for forlængelse.")
                traits.append("max-rule-stated")
            sentence = (f"Mentorstøtten gives {per.prose.rstrip('.')}."
                        if not per.prose.startswith("i en ny")
                        else f"Mentorstøtten forlænges {per.prose}")
            f = Field("duration", label("duration"), lines, sentence, q("duration"))
        if f:
            spec.fields.append(f)

    # --- follow-up (agreement required; Min Plan sometimes has it anyway)
    if kind == "agreement" or (kind == "minplan" and rng.random() < 0.3):
        if "missing-follow-up" in defects:
            f = _missing(rng, "follow_up", label("follow_up"), q("follow_up"),
                         force.get("missing_how"))
            traits.append("follow-up:" + ("absent" if f is None else "placeholder"))
        else:
            lines = follow_up_lines(ctx, force.get("follow_up"))
            f = Field("follow_up", label("follow_up"), lines, " ".join(lines), q("follow_up"))
        if f:
            spec.fields.append(f)
        spec.merge_duration_followup = kind == "agreement" and rng.random() < 0.3

    # --- hours
    if kind in ("agreement", "minplan") or subtype in ("grant", "extension"):
        if "missing-hours" in defects:
            if force.get("hours_missing") == "vague" or (
                    "hours_missing" not in force and rng.random() < 0.25):
                vague = rng.choice(VAGUE_HOURS)
                f = Field("hours", label("hours"), [vague],
                          f"Mentorstøtten gives {vague.lower()}.", q("hours"))
                traits.append("hours:vague")
            else:
                f = _missing(rng, "hours", label("hours"), q("hours"), force.get("missing_how"))
                traits.append("hours:" + ("absent" if f is None else "placeholder"))
        else:
            lines, prose = hours_lines(ctx, force.get("hours"))
            f = Field("hours", label("hours"), lines, prose, q("hours"))
        if f:
            spec.fields.append(f)

    # --- reasons (decisions other than a full grant)
    if kind == "decision" and subtype != "grant":
        if "x-missing-reasons" in defects:
            spec.extras.add("missing-reasons")
            traits.append("reasons:absent")
        else:
            lines = reasons_lines(ctx, subtype)
            spec.fields.append(Field("reasons", label("reasons"), lines, " ".join(lines),
                                     q("reasons")))

    # --- appeal guidance (agreement and decision)
    if kind in ("agreement", "decision"):
        if "missing-appeal-guidance" in defects:
            how = force.get("appeal_missing")
            if how == "incomplete" or (how is None and rng.random() < 0.4):
                text = rng.choice(INCOMPLETE_APPEALS)
                f = Field("appeal", label("appeal"), [text], text, q("appeal"))
                traits.append("appeal:incomplete")
            else:
                f = _missing(rng, "appeal", label("appeal"), q("appeal"),
                             how if how in ("absent", "placeholder") else force.get("missing_how"))
                traits.append("appeal:" + ("absent" if f is None else "placeholder"))
        else:
            lines = appeal_lines(ctx)
            f = Field("appeal", label("appeal"), lines, " ".join(lines), q("appeal"))
        if f:
            spec.fields.append(f)

    _frame(ctx, spec, kind, subtype)
    spec.appeal_heading = force.get("appeal_heading")
    if "merge" in force:
        spec.merge_duration_followup = force["merge"]
    spec.traits = traits + spec.traits
    return spec


def _frame(ctx: Ctx, spec: DocSpec, kind: str, subtype: str) -> None:
    """Title, introduction and closing for the kind of document."""
    rng, c = ctx.rng, ctx.citizen
    if kind == "agreement":
        spec.title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om "
                                 "mentorforløb", "Samarbejdsaftale – mentorstøtte",
                                 "Aftale om mentor", "AFTALE OM MENTORSTØTTE"])
        spec.intro.insert(0, rng.choice([
            f"Aftalen er indgået mellem {c.name} og {ctx.body} om mentorstøtte efter {ctx.law}.",
            f"Mentorstøtte efter {ctx.law}.",
            f"Denne aftale er lavet mellem dig og {ctx.body_short} den "
            f"{fmt_date(ctx.doc_date, 'words')}." if ctx.you else
            f"Borger: {c.name}. Aftale om mentorstøtte efter {ctx.law}.",
        ]))
        if rng.random() < 0.3:
            spec.intro.append(rng.choice(["Mentortype: Tilbudsmentor", "Mentortype: Udvidet mentor",
                                          "Mentortype: Ret- og pligtmentor",
                                          "Mentortype: Uddannelsesmentor"]))
            if spec.intro[-1].endswith("pligtmentor") and rng.random() < 0.5:
                # a "6 months" that is no period: the trigger for ret og pligt (seed 002)
                spec.intro.append("Du har ret og pligt til mentor, fordi du efter 6 sammenhængende "
                                  "måneder på kontanthjælp ikke kan deltage i et tilbud.")
                spec.traits.append("six-months-not-a-period")
        spec.salutation = f"Kære {c.first}" if ctx.you else ""
        spec.closing = [rng.choice(["Aftalen er gennemgået med borgeren.",
                                    "Vi glæder os til samarbejdet.",
                                    "Ring til mig, hvis du har spørgsmål til aftalen."])]
        if rng.random() < 0.5:
            spec.signature = spec.signature + ["", "Underskrift borger: ____________________",
                                               "Underskrift sagsbehandler: ________________"]
    elif kind == "minplan":
        spec.title = rng.choice(["Min Plan – aktivitet: Mentorstøtte", "Udskrift fra Min Plan",
                                 f"Min Plan: Mentor ({ctx.law})", "Aktivitet i Min Plan: Mentor"])
        spec.intro = [f"Borger: {c.name}", f"Oprettet af: {ctx.caseworker}, {ctx.body}"] + spec.intro
        spec.salutation = ""
        spec.closing = []
        spec.signature = []
    else:
        titles = {
            "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                      "Du får bevilget mentorstøtte"],
            "refusal": ["Afslag på mentorstøtte", "Afgørelse: Afslag på ansøgning om mentorstøtte"],
            "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
            "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
        }
        spec.title = rng.choice(titles[subtype])
        when = fmt_date(ctx.doc_date, "words")
        s = ctx.sub
        intro = {
            "grant": f"{ctx.body} har den {when} besluttet at bevilge "
                     f"{'dig' if ctx.you else c.first} mentorstøtte efter {ctx.law}.",
            "refusal": f"{_cap(s)} har søgt om mentorstøtte. {ctx.body} har den {when} besluttet at "
                       f"give afslag på ansøgningen.",
            "extension": f"{ctx.body} har besluttet at forlænge mentorstøtten efter {ctx.law}.",
            "end": f"{ctx.body} har besluttet, at mentorstøtten ophører den "
                   f"{fmt_date(ctx.doc_date + timedelta(days=14), 'words')}.",
        }[subtype]
        spec.intro.insert(0, intro)
        spec.salutation = f"Kære {c.first}" if ctx.you else ""
        spec.closing = [rng.choice(["Du er velkommen til at kontakte mig, hvis du har spørgsmål.",
                                    "Har du spørgsmål, er du velkommen til at ringe."])]


def _leaflet(ctx: Ctx, spec: DocSpec) -> None:
    """A guidance leaflet that lists the mandatory fields but is no agreement (domain.md §10)."""
    spec.title = ctx.rng.choice(["Information om mentorstøtte", "Hvad er en mentor?",
                                 "Vejledning: mentoraftaler"])
    spec.intro = [
        f"{ctx.body} kan give mentorstøtte efter {ctx.law}, når du har brug for hjælp til at "
        f"komme i job eller uddannelse.",
        "Mentorstøtte gives i højst 6 måneder ad gangen og kan forlænges efter en konkret vurdering.",
        "En aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og "
        "kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og "
        "opfølgning, timetallet og klagevejledning.",
        "Tal med din sagsbehandler, hvis du tror, at en mentor kan hjælpe dig.",
    ]
    spec.salutation = ""
    spec.signature = []
