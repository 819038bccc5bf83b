#!/usr/bin/env python3
"""Corpus GU: the six fields said in other words.

Writes about 90 labelled documents (agreements, decision letters, Min Plan entries and
look-alikes) whose field labels are the ones municipalities, providers and caseworkers invent
themselves ("Det skal du opnå", "Hvad sker der", "Vi mødes igen", "Intensitet", ...), plus
documents with no labels at all. Deterministic for a given --seed.

    /work/main/.venv/bin/python make_corpus_gu.py --out /work/corpora/gu [--seed 1717]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# ----------------------------------------------------------------------------- data pools
FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Line", "Jonas", "Camilla", "Emil", "Fatima", "Kasper",
         "Louise", "Nikolaj", "Sara", "Tobias", "Mette", "Yusuf", "Ida", "Rasmus", "Zainab", "Peter",
         "Julie", "Oliver", "Hanne", "Bilal", "Signe", "Morten", "Nadia", "Frederik", "Karin", "Ali"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Knudsen", "Yilmaz", "Hussein", "Østergaard", "Bak"]
MENTOR_FIRST = ["Lars", "Birgitte", "Henrik", "Pia", "Søren", "Trine", "Kim", "Lene", "Jakob", "Maja",
                "Torben", "Rikke", "Allan", "Dorthe", "Bo", "Charlotte", "Ulla", "Jesper"]
KOMMUNER = ["Viborg", "Herning", "Odense", "Holbæk", "Vejle", "Slagelse", "Randers", "Silkeborg",
            "Kolding", "Næstved", "Horsens", "Hjørring", "Svendborg", "Skive", "Thisted", "Faxe"]
PROVIDERS = ["Jobværkstedet ApS", "Mentorhuset Fyn", "Brobyggerne I/S", "Vejen Videre", "Kompas Rådgivning",
             "Trinet Mentor & Job", "Støttecentret Midt", "Fodfæste ApS", "Nyt Afsæt", "Broen Mentorservice"]
WORK = ["Netto i Bryggergade", "Bilka", "Genbrugspladsen på Industrivej", "Plantorama", "Føtex",
        "Davidsens Tømmerhandel", "Kirkens Korshær", "Lidl-lageret", "Cafe Solsikken", "Dagli'Brugsen",
        "Kommunens vej og park", "JYSK", "Cykelværkstedet Kæden", "Plejecenter Lærkebo"]
EDU = ["SOSU-hjælperuddannelsen", "FGU Vestegnen", "HF-enkeltfag på VUC", "erhvervsuddannelsen til "
       "lagerassistent", "AMU-kurset i truckkørsel", "ordblindeundervisning (FVU) på VUC",
       "grundforløb 1 på Tradium", "pædagogisk assistentuddannelse", "EUX Business"]
ROLES = ["kantinemedhjælper", "pedelmedhjælper", "lagermedarbejder", "butiksassistent", "rengøringsassistent"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

# the angle: many namings of each field -----------------------------------------------------
GOAL_LABELS = ["Det skal du opnå", "Formål", "Forventet resultat", "Hvorfor mentor?", "Det arbejder vi hen imod",
               "Dit mål", "Målsætning", "Hvad vil vi nå?", "Ønsket resultat", "Hovedformål",
               "Det er målet", "Meningen med forløbet", "Hvor skal du hen?", "Mål for forløbet",
               "Succeskriterium", "Forventet effekt", "Det vil vi gerne nå sammen"]
TASK_LABELS = ["Mentors opgaver", "Indhold", "Hvad sker der", "Støtten består af", "Det gør din mentor",
               "Sådan hjælper vi dig", "Mentorens rolle", "Det kan du få hjælp til", "Konkret støtte",
               "Indsatsen", "Hvad hjælper mentor med?", "Arbejdsopgaver for mentor", "Fokusområder",
               "Hjælpen", "Mentor tager sig af", "Hvad skal mentor lave?"]
MENTOR_LABELS = ["Din mentor", "Kontakt", "Hvem", "Din faste kontakt", "Støtteperson", "Hvem hjælper dig?",
                 "Kontaktperson hos leverandøren", "Udfører", "Sådan fanger du din mentor", "Mentor",
                 "Tilknyttet mentor", "Den, du skal ringe til", "Din kontaktperson"]
PERIOD_LABELS = ["Varighed", "Forløb", "Hvornår", "Tidsrum", "Støtten løber", "Gyldig", "Start og slut",
                 "Bevillingsperiode", "Fra – til", "Tidsramme", "Periode for støtten", "Forløbets længde"]
HOURS_LABELS = ["Omfang", "Tid", "Intensitet", "Timer", "Tidsforbrug", "Så meget tid får du", "Ugentligt omfang",
                "Støttens størrelse", "Mentortid", "Timeramme", "Antal timer", "Time-ramme pr. uge"]
FU_LABELS = ["Status", "Evaluering", "Vi mødes igen", "Sådan følger vi op", "Opfølgningsplan", "Næste samtale",
             "Hvordan går det?", "Midtvejs", "Vi gør status", "Statusaftale", "Opfølgning", "Hvornår ser vi på det igen?"]
APPEAL_LABELS = ["Hvis du er uenig", "Dine rettigheder", "Klagemulighed", "Er du ikke tilfreds?", "Sådan klager du",
                 "Klageadgang", "Vil du klage?", "Uenig i afgørelsen?", "Dine muligheder for at klage",
                 "Vejledning om klage", "Hvis du vil klage", "Er du uenig?"]


# ----------------------------------------------------------------------------- date helpers
def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_month_end(start: dt.date) -> dt.date:
    """Last allowed day: start + 6 months - 1 day (rule doc)."""
    return add_months(start, 6) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: int) -> str:
    s = style % 7
    if s == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == 1:
        return f"{d.day}.{d.month}.{d.year}"
    if s == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 3:
        return f"{d.day}/{d.month}-{d.year}"
    if s == 4:
        return d.isoformat()
    if s == 5:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def words(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.mfn = rng.choice(MENTOR_FIRST)
        self.mln = rng.choice(LAST)
        self.mentor = f"{self.mfn} {self.mln}"
        self.kommune = rng.choice(KOMMUNER)
        self.provider = rng.choice(PROVIDERS)
        self.work = rng.choice(WORK)
        self.edu = rng.choice(EDU)
        self.role = rng.choice(ROLES)
        self.phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.kphone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        dom = self.provider.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.mail = f"{self.mfn.lower().replace('ø', 'oe')}.{self.mln.lower().replace('ø', 'oe').replace('æ', 'ae')}@{dom}.dk"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.casenr = f"{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
        month = rng.randint(1, 10)
        day = rng.choice([1, 1, 1, 15, 2, 3, 10, 16])
        self.start = dt.date(2026, month, day)
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.dstyle = rng.randint(0, 6)
        self.cpr = None

    def make_cpr(self) -> str:
        r = self.rng
        y = r.randint(60, 99) if r.random() < 0.6 else r.randint(0, 6)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        self.cpr = f"{d:02d}{m:02d}{y:02d}-{r.randint(1000, 9999)}"
        return self.cpr


# ----------------------------------------------------------------------------- field values
def goal_text(c: Ctx, clear: bool) -> str:
    r = c.rng
    when = words(add_months(c.start, r.randint(3, 5)))
    if clear:
        return r.choice([
            f"Du er startet på {c.edu} senest {when} og møder mindst fire dage om ugen.",
            f"Du er i virksomhedspraktik hos {c.work} 15 timer om ugen senest {when}, med henblik på løntilskud.",
            f"Du har fået et fleksjob som {c.role} på mindst 12 timer om ugen inden {when}.",
            f"Du gennemfører første skoleperiode på {c.edu} med højst to fraværsdage om måneden.",
            f"Du har et ordinært job på mindst 20 timer om ugen inden for lager og logistik senest {when}.",
            f"Du møder stabilt i praktikken hos {c.work} tre dage om ugen fra {when}, så praktikken kan blive til et løntilskudsjob.",
            f"Du er tilmeldt og møder op på {c.edu} fra {when}, og du har ikke mere end 10 % fravær i den første måned.",
        ])
    return r.choice([
        "Støtte til at få mere struktur på hverdagen.",
        "Øget trivsel og selvværd, så du kan komme videre.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        "At sikre at du får en bedre hverdag og mere overskud.",
        f"Motivere {c.fn} til at tage mere ansvar for eget liv.",
        "Mere ro i hverdagen og bedre trivsel.",
    ])


def goal_sentence(c: Ctx, text: str) -> str:
    low = text[0].lower() + text[1:]
    if low.startswith("du "):
        return c.rng.choice([f"Målet er, at {low}", f"Det, vi arbejder hen imod, er, at {low}",
                             f"Formålet med forløbet er, at {low}", f"Når forløbet er slut, skal det være sådan, at {low}"])
    return c.rng.choice([f"Formålet er: {text}", f"Målet med mentorstøtten er: {low}"])


def prose_tasks(tasks: list[str]) -> str:
    t = list(tasks)
    return ", ".join(t[:-1]) + " og " + t[-1]


def tasks_items(c: Ctx) -> list[str]:
    r = c.rng
    pool = [f"følge dig til {c.work} de første to uger",
            "ringe til dig morgenen før dine mødedage i den første måned",
            "tale med dig én gang om ugen om fremmøde, transport og søvn",
            "hjælpe dig med at læse og svare på breve i e-Boks",
            f"tage kontakt til din studievejleder på {c.edu}, når du har brug for det",
            "øve samtalen med arbejdsgiveren med dig inden praktikstart",
            "lave en ugeplan sammen med dig med faste tider for at stå op",
            "gå med til det første møde hos egen læge, hvis du ønsker det",
            "hjælpe dig med at søge SU og finde en bus- eller togrute",
            "holde kontakt med din kontaktperson på arbejdspladsen"]
    return r.sample(pool, r.randint(2, 4))


def mentor_value(c: Ctx, ok: bool) -> str:
    r = c.rng
    if ok:
        return r.choice([
            f"{c.mentor}, {c.provider}, tlf. {c.phone}, {c.mail}",
            f"{c.mentor} ({c.provider}) – mobil {c.phone}",
            f"{c.mentor}, {c.provider}. Du kan skrive til {c.mail} eller ringe på {c.phone}.",
            f"{c.mentor} – {c.mail}",
        ])
    return r.choice([f"{c.mentor} ({c.provider})", f"{c.mentor}, {c.provider}",
                     "Findes af leverandøren, når forløbet starter", "Aftales senere"])


def mentor_sentence(c: Ctx, ok: bool) -> str:
    if ok:
        return c.rng.choice([
            f"Din mentor hedder {c.mentor} og er ansat hos {c.provider}. Du kan ringe til {c.mfn} på {c.phone} eller skrive til {c.mail}.",
            f"Det er {c.mentor} fra {c.provider}, der bliver din mentor. {c.mfn} har telefon {c.phone}.",
            f"{c.mentor} fra {c.provider} er din mentor og kan fanges på {c.mail}.",
        ])
    return c.rng.choice([f"Din mentor bliver {c.mentor} fra {c.provider}.",
                         f"{c.provider} finder en mentor til dig, inden forløbet går i gang."])


def period_value(c: Ctx, mode: str) -> tuple[str, dict | None, list[str]]:
    """mode: ok | exact | over | plusone | missing-open | weeks26 | len-ok | len-over"""
    r, s = c.rng, c.start
    ds = c.dstyle
    if mode == "ok":
        e = add_months(s, r.choice([3, 4, 5])) - dt.timedelta(days=1)
        sep = r.choice([" – ", " til ", "-", " t.o.m. "])
        pre = "f.o.m. " if sep == " t.o.m. " else ""
        return f"{pre}{fmt_date(s, ds)}{sep}{fmt_date(e, ds)}", {"start": s.isoformat(), "end": e.isoformat()}, ["period:short"]
    if mode == "exact":
        e = six_month_end(s)
        return f"{fmt_date(s, ds)} – {fmt_date(e, ds)}", {"start": s.isoformat(), "end": e.isoformat()}, ["period:exact-six"]
    if mode == "over":
        n = r.choice([8, 9, 12])
        e = add_months(s, n) - dt.timedelta(days=1)
        return f"{fmt_date(s, ds)} – {fmt_date(e, ds)}", {"start": s.isoformat(), "end": e.isoformat()}, [f"period:over-{n}m"]
    if mode == "plusone":
        e = six_month_end(s) + dt.timedelta(days=1)
        return f"fra {words(s)} til {words(e)}", {"start": s.isoformat(), "end": e.isoformat()}, ["period:six-plus-one-day"]
    if mode == "weeks26":
        e = s + dt.timedelta(days=181)
        return f"26 uger fra {words(s)}", {"start": s.isoformat(), "end": e.isoformat()}, ["period:26-weeks"]
    if mode == "len-ok":
        n = r.choice([3, 4, 6])
        e = add_months(s, n) - dt.timedelta(days=1)
        return r.choice([f"{n} måneder fra {words(s)}", f"pr. {fmt_date(s, ds)} i {n} mdr."]), \
            {"start": s.isoformat(), "end": e.isoformat()}, ["period:start-plus-length"]
    if mode == "len-over":
        n = r.choice([9, 10, 12])
        e = add_months(s, n) - dt.timedelta(days=1)
        txt = "et år" if n == 12 else f"{n} måneder"
        return f"{txt} fra {words(s)}", {"start": s.isoformat(), "end": e.isoformat()}, [f"period:length-over-{n}m"]
    if mode == "missing-open":
        return r.choice([f"Fra {words(s)} og indtil videre", "Aftales senere", "Udfyldes senere", "-"]), None, ["period:open"]
    raise ValueError(mode)


def period_sentence(c: Ctx, value: str) -> str:
    value = value.rstrip(".")
    return c.rng.choice([f"Forløbet løber {value}.", f"Støtten gælder {value}.",
                         f"Vi har aftalt, at du har mentor {value}.", f"Mentorforløbet: {value}."])


def hours_value(c: Ctx, ok: bool) -> str:
    r = c.rng
    if ok:
        n = r.choice([2, 3, 4, 5])
        return r.choice([f"{n} timer om ugen", f"{n} t/uge", f"{n * 4} timer om måneden",
                         f"op til {n} timer ugentligt", f"{n} timer pr. uge med direkte kontakt"])
    return r.choice(["efter behov", "et par timer om ugen", "lav", "middel", "løbende, afhængigt af behov",
                     "Aftales mellem dig og mentor"])


def hours_sentence(c: Ctx, value: str, ok: bool) -> str:
    if ok:
        return c.rng.choice([f"{c.mfn} har {value} til dig.", f"Der er afsat {value}.",
                             f"Du kan regne med {value} sammen med din mentor."])
    return c.rng.choice(["I ses, når der er brug for det.", "Hvor meget tid I bruger sammen, aftaler du med din mentor.",
                         "Mentoren har et par timer om ugen, alt efter hvad du har brug for."])


def fu_value(c: Ctx, ok: bool) -> str:
    r = c.rng
    first = words(c.start + dt.timedelta(days=r.choice([28, 35, 42])))
    if ok:
        return r.choice([
            f"Statusmøde med dig, mentor og sagsbehandler hver 4. uge. Første gang {first}. Delmål: fremmøde mindst tre dage om ugen fra anden måned.",
            f"Vi mødes igen {first}, og derefter hver måned. Vi ser på, om du møder op som aftalt.",
            f"Evaluering 14 dage før forløbet slutter, og en midtvejssamtale {first}. Mentor skriver en kort status før hvert møde.",
            f"Sagsbehandler ringer til dig hver anden uge. Progression: antal mødedage pr. uge i praktikken. Samlet evaluering {first}.",
            f"Første opfølgning {first}, herefter hver 6. uge med mentor til stede.",
        ])
    return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi tager det, som det kommer.",
                     "Løbende dialog.", "-"])


def fu_sentence(c: Ctx, value: str) -> str:
    return value if value != "-" else "Vi ser på forløbet hen ad vejen."


def appeal_text(c: Ctx, mode: str) -> tuple[str, list[str]]:
    """mode: full | direct | vague | body-only | deadline-only"""
    r = c.rng
    k = f"{c.kommune} Kommune"
    if mode == "full":
        return r.choice([
            f"Hvis du ikke er enig, kan du klage til {k} inden fire uger efter, at du har modtaget dette brev. "
            f"Du kan klage mundtligt eller skriftligt. Kommunen genvurderer sagen inden fire uger. Fastholder vi "
            f"afgørelsen, sender vi din klage videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
            f"Du har 4 uger fra modtagelsen til at klage. Klagen sendes til {k}, Jobservice, tlf. {c.kphone}. "
            f"Vi ser på sagen igen, og hvis vi ikke giver dig ret, går klagen videre til Ankestyrelsen.",
            f"Er du uenig, så ring eller skriv til kommunen senest 4 uger efter, at du har fået afgørelsen. "
            f"Kommunen vurderer sagen igen. Ændrer vi ikke afgørelsen, sender vi klagen til Ankestyrelsen, som træffer afgørelse.",
            f"Klag til {k} inden 4 uger. Vi genvurderer afgørelsen, og fastholder vi den, sendes sagen til Ankestyrelsens "
            f"beskæftigelsesudvalg. Du kan også klage via borger.dk.",
        ]), ["appeal:full"]
    if mode == "direct":
        return r.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev.",
            "Hvis du er uenig, kan du inden fire uger klage direkte til Ankestyrelsen, 7998 Statsservice.",
        ]), ["appeal:direct-route"]
    if mode == "vague":
        return r.choice(["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du er uenig.",
                         "Du har ret til at klage, hvis du ikke er tilfreds."]), ["appeal:vague"]
    if mode == "body-only":
        return f"Du kan klage til {k}, som så ser på sagen igen.", ["appeal:no-deadline"]
    if mode == "deadline-only":
        return "Din klage skal være modtaget senest 4 uger efter, at du har fået dette brev.", ["appeal:no-body"]
    raise ValueError(mode)


# ----------------------------------------------------------------------------- documents
class Doc:
    def __init__(self, path: str, kind: str, subtype: str, layout: str):
        self.path, self.kind, self.subtype, self.layout = path, kind, subtype, layout
        self.title = ""
        self.blocks: list[tuple] = []
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []
        self.period: dict | None = None
        self.mnc: list[str] = []
        self.meta: dict = {}

    def add(self, *b):
        self.blocks.append(b)


def header_lines(c: Ctx, d: Doc, cpr: bool, who: str = "kommune"):
    if who == "kommune":
        d.add("p", f"{c.kommune} Kommune · Beskæftigelse · tlf. {c.kphone}")
    else:
        d.add("p", f"{c.provider} · på vegne af {c.kommune} Kommune")
    line = f"Borger: {c.name}"
    if cpr:
        line += f", CPR-nr. {c.make_cpr()}"
        d.mnc += [c.cpr, c.cpr.replace("-", "")]
        d.traits.append("cpr")
    d.add("p", line)
    d.add("p", f"Sagsnr.: {c.casenr}   Dato: {fmt_date(c.letter, c.dstyle)}")


def field_block(d: Doc, style: str, label: str, value, bullets=False):
    """style: lines | headings | table | qa"""
    if style == "table":
        d.add("row", label, value if isinstance(value, str) else "; ".join(value))
    elif style in ("headings", "qa"):
        d.add("h", label)
        if isinstance(value, list):
            d.add("bullets", value)
        else:
            d.add("p", value)
    else:
        if isinstance(value, list):
            d.add("p", f"{label}:")
            d.add("bullets", value)
        else:
            d.add("p", f"{label}: {value}")


def qa_label(lbl: str, rng) -> str:
    return lbl if lbl.endswith("?") else lbl


def make_agreement(rng, idx, defects: set[str], layout: str, fmt: str, cpr: bool, twist: str = "") -> Doc:
    c = Ctx(rng, idx)
    d = Doc("", "agreement", "agreement", layout)
    d.title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Din aftale om mentor", "Mentorforløb – aftale",
                          "Aftale om støtte fra mentor (LAB § 167)", "Vores aftale om mentorstøtte",
                          "Aftalepapir: mentor", "Aftale – mentorforløb hos " + c.provider, "Mentoraftale, LAB § 167"])
    d.rules = set(defects)
    # values
    goal_ok = "missing-goal" not in defects
    gtext = goal_text(c, "unclear-goal" not in defects)
    tasks = tasks_items(c)
    mentor_ok = "missing-mentor" not in defects
    if "missing-duration" in defects:
        pmode = rng.choice(["missing-open", "absent"])
    elif "duration-over-6-months" in defects:
        pmode = rng.choice(["over", "len-over", "plusone"])
    else:
        pmode = rng.choice(["ok", "ok", "exact", "len-ok", "weeks26"])
    if pmode == "absent":
        pval, per, ptr = None, None, ["period:absent"]
    else:
        pval, per, ptr = period_value(c, pmode)
    d.period = per
    d.traits += ptr
    hours_ok = "missing-hours" not in defects
    hval = hours_value(c, hours_ok)
    hours_absent = (not hours_ok) and rng.random() < 0.4
    fu_ok = "missing-follow-up" not in defects
    fval = fu_value(c, fu_ok)
    fu_absent = (not fu_ok) and rng.random() < 0.4
    if "missing-appeal-guidance" in defects:
        amode = rng.choice(["vague", "body-only", "deadline-only", "absent"])
    else:
        amode = rng.choice(["full", "full", "full", "direct"])
    if amode == "absent":
        atext, atr = None, ["appeal:absent"]
    else:
        atext, atr = appeal_text(c, amode)
    if amode == "direct":
        d.extras.add("appeal-wrong-route")
    d.traits += atr
    goal_absent = (not goal_ok) and rng.random() < 0.5
    mentor_absent = (not mentor_ok) and rng.random() < 0.3
    tasks_absent = "missing-tasks" in defects

    header_lines(c, d, cpr, rng.choice(["kommune", "provider"]))
    if layout == "prose":
        d.traits.append("labels:none")
        d.add("p", f"Kære {c.fn}")
        d.add("p", rng.choice([
            "Tak for en god snak i dag. Her er det, vi blev enige om, så du har det på skrift.",
            "Du får her vores aftale om dit mentorforløb. Læs den igennem, og ring, hvis noget ikke passer.",
            f"Vi har talt om, hvordan en mentor kan hjælpe dig. {c.kommune} Kommune og du har aftalt følgende.",
        ]))
        parts = []
        if goal_ok:
            parts.append(goal_sentence(c, gtext))
        elif not goal_absent:
            parts.append("Hvad du skal nå med forløbet, finder vi ud af på det første møde.")
        if not mentor_absent:
            parts.append(mentor_sentence(c, mentor_ok))
        if not tasks_absent:
            parts.append(rng.choice([f"{c.mfn} skal ", "Mentoren vil ", "Konkret kommer din mentor til at ",
                                     f"Aftalen er, at {c.mfn} vil "]) + prose_tasks(tasks) + ".")
        if pval is not None:
            parts.append(period_sentence(c, pval))
        if not hours_absent:
            parts.append(hours_sentence(c, hval, hours_ok))
        if not fu_absent:
            parts.append(fu_sentence(c, fval))
        # two or three sentences per paragraph
        while parts:
            k = rng.choice([1, 2, 3])
            d.add("p", " ".join(parts[:k]))
            parts = parts[k:]
        if atext:
            d.add("p", atext)
        d.add("p", f"Venlig hilsen\n{c.cw}\nsagsbehandler, {c.kommune} Kommune")
        return finish(d, c, fmt)

    style = {"lines": "lines", "headings": "headings", "table": "table", "qa": "qa"}[layout]
    d.traits.append(f"labels:{style}")
    if style == "qa":
        gl = rng.choice(["Hvad skal du opnå?", "Hvorfor mentor?", "Hvad vil vi nå?", "Hvor skal du hen?"])
        tl = rng.choice(["Hvad sker der?", "Hvad hjælper mentor med?", "Hvad skal mentor lave?", "Hvad kan du få hjælp til?"])
        ml = rng.choice(["Hvem hjælper dig?", "Hvem er din mentor?", "Hvem kan du ringe til?"])
        pl = rng.choice(["Hvornår?", "Hvor længe?", "Hvornår starter og slutter det?"])
        hl = rng.choice(["Hvor meget tid?", "Hvor mange timer?", "Hvor tit ses I?"])
        fl = rng.choice(["Hvordan går det?", "Hvornår ser vi på det igen?", "Hvordan følger vi op?"])
        al = rng.choice(["Er du uenig?", "Vil du klage?", "Er du ikke tilfreds?", "Uenig i afgørelsen?"])
    else:
        gl, tl, ml = rng.choice(GOAL_LABELS), rng.choice(TASK_LABELS), rng.choice(MENTOR_LABELS)
        pl, hl, fl, al = rng.choice(PERIOD_LABELS), rng.choice(HOURS_LABELS), rng.choice(FU_LABELS), rng.choice(APPEAL_LABELS)
        if style == "lines":
            gl, tl, ml, fl = (x.rstrip("?") for x in (gl, tl, ml, fl))
    d.meta["labels"] = [gl, tl, ml, pl, hl, fl, al]
    fields = []
    if not goal_absent:
        fields.append((gl, gtext if goal_ok else rng.choice(["-", "Udfyldes senere", "(ikke udfyldt)", "…"])))
    if not mentor_absent:
        fields.append((ml, mentor_value(c, mentor_ok)))
    if not tasks_absent:
        fields.append((tl, [t[0].upper() + t[1:] for t in tasks]))
    elif rng.random() < 0.5:
        fields.append((tl, rng.choice(["-", "Udfyldes senere", "Se senere"])))
    if pval is not None:
        fields.append((pl, pval))
    if not hours_absent:
        fields.append((hl, hval))
    if not fu_absent:
        fields.append((fl, fval))
    if rng.random() < 0.3:   # swap two middle fields for variety
        a, b = rng.sample(range(1, len(fields)), 2) if len(fields) > 2 else (0, 0)
        fields[a], fields[b] = fields[b], fields[a]
    for lab, val in fields:
        field_block(d, style, lab, val)
    if atext:
        if style == "table" and rng.random() < 0.5:
            d.add("row", al, atext)
        else:
            d.add("h", al)
            d.add("p", atext)
    if mentor_ok:
        d.add("p", f"Underskrifter: {c.name} (borger)   {c.mentor} (mentor)   {c.cw} (sagsbehandler)")
    else:
        d.add("p", f"Underskrifter: {c.name} (borger)   {c.cw} (sagsbehandler)")
    if not hours_ok and "timer om ugen" in gtext:
        d.traits.append("trap:goal-has-practice-hours")
    return finish(d, c, fmt)


def make_decision(rng, idx, subtype: str, defects: set[str], fmt: str, cpr: bool, labelled: bool) -> Doc:
    c = Ctx(rng, idx)
    d = Doc("", "decision", subtype, "letter-labelled" if labelled else "letter-prose")
    d.rules = set(defects)
    k = f"{c.kommune} Kommune"
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Du får mentorstøtte", "Bevilling af mentor", "Svar på din ansøgning om mentor"],
        "partial": ["Afgørelse: delvis bevilling af mentorstøtte", "Svar på din ansøgning om mentor – delvis bevilling"],
        "refusal": ["Afslag på mentorstøtte", "Svar på din ansøgning om mentor", "Afgørelse – du får ikke mentorstøtte"],
        "extension": ["Vi forlænger din mentorstøtte", "Afgørelse om forlængelse af mentorstøtte", "Ny periode med mentor"],
        "end": ["Din mentorstøtte stopper", "Afgørelse om ophør af mentorstøtte", "Ophør af mentorforløb"],
        "change": ["Ændring af din mentorstøtte – timetal", "Afgørelse om ændret timetal for mentorstøtte"],
    }
    d.title = rng.choice(titles[subtype])
    header_lines(c, d, cpr)
    d.add("p", f"Kære {c.name}")
    over = "duration-over-6-months" in defects
    pmode = rng.choice(["over", "over", "plusone"]) if over else rng.choice(["ok", "exact", "ok", "exact"])
    pval, per, ptr = period_value(c, pmode)
    n_hours = rng.choice([2, 3, 4])
    reasons = rng.random() > 0.15 or subtype == "grant"
    DEC = rng.choice(["Det har vi besluttet", "Vores svar", "Afgørelse", "Det har vi bestemt", "Resultat"])
    WHY = rng.choice(["Derfor", "Sådan har vi vurderet", "Begrundelse", "Det har vi lagt vægt på", "Hvorfor?"])
    why_text = rng.choice([
        f"Vi har lagt vægt på, at du selv fortæller, at du har svært ved at møde stabilt, og at din praktik hos {c.work} "
        f"kan blive til et job, hvis du får støtte i starten. Afgørelsen er truffet efter LAB § 167.",
        f"Efter lov om en aktiv beskæftigelsesindsats § 167 kan kommunen give mentorstøtte, når det er nødvendigt for, "
        f"at du kan gennemføre en uddannelse eller fastholde et job. Vi har lagt vægt på oplysningerne fra din studievejleder på {c.edu}.",
        "Vi har vurderet din sag ud fra LAB § 167 og de oplysninger, du gav os på samtalen, og fra din mentor.",
    ])
    if subtype == "refusal":
        why_text = rng.choice([
            f"Vi har lagt vægt på, at du allerede får støtte fra en studievejleder og SPS-timer på {c.edu}, og at den støtte "
            f"dækker det, du har brug for. Mentorstøtte efter LAB § 167 gives kun, når det er nødvendigt ud over den almindelige støtte.",
            "Efter LAB § 167 skal mentorstøtten føre mod job eller uddannelse. Du har fortalt, at du ikke ønsker at søge job eller "
            "uddannelse i den nærmeste tid, og derfor er betingelsen ikke opfyldt.",
        ])
    elif subtype == "end":
        why_text = rng.choice([
            "Når du er i ordinært job uden støtte fra kommunen, er betingelserne i LAB § 167 ikke længere opfyldt.",
            "Vi har lagt vægt på, at din mentor oplyser, at du nu klarer arbejdsdagen selv. Afgørelsen er truffet efter LAB § 167.",
        ])
    elif subtype == "change":
        why_text = ("Vi har lagt vægt på, at du nu møder stabilt, og at din mentor vurderer, at du har brug for mindre støtte. "
                    "Afgørelsen er truffet efter LAB § 167.")
    if subtype == "grant":
        body = f"Du får mentorstøtte i perioden {pval}. Din mentor har {n_hours} timer om ugen til dig."
    elif subtype == "partial":
        body = (f"Du har søgt om mentorstøtte i {rng.choice([9, 12])} måneder og 6 timer om ugen. Du får mentorstøtte "
                f"i perioden {pval}, men med {n_hours} timer om ugen. Det er færre timer, end du søgte om.")
        d.traits.append("trap:asked-length")
    elif subtype == "refusal":
        body = "Vi har givet dig afslag på din ansøgning om mentorstøtte."
        per, ptr, pval = None, ["period:none"], None
    elif subtype == "extension":
        prev_end = c.start - dt.timedelta(days=1)
        prev_start = add_months(c.start, -6)
        body = (f"Du har haft mentor i perioden {words(prev_start)} til {words(prev_end)}. Vi forlænger din mentorstøtte, "
                f"så den nye periode er {pval}. Timetallet er uændret {n_hours} timer om ugen.")
        d.traits.append("trap:previous-period")
    elif subtype == "end":
        body = (f"Din mentorstøtte ophører den {words(c.start)}. Du har fået fast arbejde hos {c.work}" if rng.random() < 0.5 else
                f"Din mentorstøtte ophører den {words(c.start)}, fordi du ikke er mødt op til aftalerne siden {words(c.letter - dt.timedelta(days=40))}")
        body += "."
        if "fast arbejde" in body:
            why_text = rng.choice([
                "Når du er i ordinært job uden støtte fra kommunen, er betingelserne i LAB § 167 ikke længere opfyldt.",
                "Vi har lagt vægt på, at din mentor oplyser, at du nu klarer arbejdsdagen selv. Afgørelsen er truffet efter LAB § 167.",
            ])
        else:
            why_text = ("Vi har lagt vægt på, at du ikke er mødt op, selv om vi har skrevet til dig to gange, og at du ikke har "
                        "svaret på vores partshøring. Mentorstøtte efter LAB § 167 forudsætter, at du deltager.")
        per, ptr, pval = None, ["period:end-date-only"], None
    else:
        body = (f"Fra {words(c.start)} ændrer vi timetallet i din mentorstøtte fra {n_hours + 2} til {n_hours} timer om ugen. "
                f"Perioden er uændret.")
        per, ptr, pval = None, ["period:unchanged"], None
    if subtype in ("extension", "grant", "partial") and over and "period" not in body:
        pass
    d.period = per
    d.traits += ptr
    if labelled:
        d.add("h", DEC)
        d.add("p", body)
    else:
        d.add("p", body)
    if reasons:
        if labelled:
            d.add("h", WHY)
        d.add("p", why_text)
    elif subtype in ("refusal", "partial", "change"):
        d.extras.add("missing-reasons")
        d.traits.append("reasons:absent")
    if "missing-appeal-guidance" in defects:
        amode = rng.choice(["vague", "body-only", "deadline-only", "absent", "absent"])
    else:
        amode = rng.choice(["full", "full", "full", "direct"])
    if amode != "absent":
        atext, atr = appeal_text(c, amode)
        if labelled or rng.random() < 0.5:
            d.add("h", rng.choice(APPEAL_LABELS))
        d.add("p", atext)
        d.traits += atr
        if amode == "direct":
            d.extras.add("appeal-wrong-route")
    else:
        d.traits.append("appeal:absent")
    d.add("p", rng.choice([f"Har du spørgsmål, er du velkommen til at ringe til mig på {c.kphone}.",
                           "Du kan læse mere om mentorstøtte på kommunens hjemmeside."]))
    d.add("p", f"Med venlig hilsen\n{c.cw}\n{k}")
    return finish(d, c, fmt)


def make_minplan(rng, idx, defects: set[str], fmt: str, cpr: bool, labelled: bool) -> Doc:
    c = Ctx(rng, idx)
    d = Doc("", "minplan", "minplan", "plan-labelled" if labelled else "plan-prose")
    d.rules = set(defects)
    d.title = rng.choice(["Min Plan", "Min Plan – mentorstøtte", "Udskrift af Min Plan", "Min Plan: aktiviteter og mål"])
    d.add("p", f"Min Plan for {c.name} · udskrevet {fmt_date(c.letter, c.dstyle)} · {c.kommune} Kommune")
    if cpr:
        d.add("p", f"CPR: {c.make_cpr()}")
        d.mnc += [c.cpr, c.cpr.replace("-", "")]
        d.traits.append("cpr")
    if not ({"missing-goal", "unclear-goal"} & defects):
        d.add("p", rng.choice(["Dit overordnede mål: at komme i uddannelse eller job.",
                               "Jobmål: lager, butik eller kantine."]))
    if rng.random() < 0.45 and "missing-duration" not in defects:
        fs = dt.date(2026, 8, rng.choice([10, 17]))
        d.add("p", f"Aktivitet: FGU Vestegnen, produktionsgrunduddannelse — {words(fs)} til {words(dt.date(2027, 6, 25))} [Igangværende]")
        d.traits.append("trap:other-activity-long")
    d.add("h", rng.choice(["Aktivitet: Mentorstøtte (LAB § 167)", "Indsats: mentor", "Mentorstøtte", "Støtte fra mentor"]))
    goal_ok = "missing-goal" not in defects
    gtext = goal_text(c, "unclear-goal" not in defects)
    if "missing-duration" in defects:
        pval, per, ptr = None, None, ["period:absent"]
    elif "duration-over-6-months" in defects:
        pval, per, ptr = period_value(c, rng.choice(["over", "len-over"]))
    else:
        pval, per, ptr = period_value(c, rng.choice(["ok", "exact", "len-ok"]))
    d.period, d.traits = per, d.traits + ptr
    hours_ok = "missing-hours" not in defects
    hval = hours_value(c, hours_ok)
    tasks = tasks_items(c)
    if labelled:
        d.traits.append("labels:lines")
        if goal_ok:
            d.add("p", f"{rng.choice(GOAL_LABELS).rstrip('?')}: {gtext}")
        d.add("p", f"{rng.choice(MENTOR_LABELS).rstrip('?')}: {mentor_value(c, 'missing-mentor' not in defects)}")
        if "missing-tasks" not in defects:
            d.add("p", f"{rng.choice(TASK_LABELS).rstrip('?')}:")
            d.add("bullets", [t[0].upper() + t[1:] for t in tasks])
        if pval:
            d.add("p", f"{rng.choice(PERIOD_LABELS)}: {pval}")
        if hours_ok or rng.random() < 0.6:
            d.add("p", f"{rng.choice(HOURS_LABELS)}: {hval}")
    else:
        d.traits.append("labels:none")
        parts = []
        if goal_ok:
            parts.append(goal_sentence(c, gtext))
        parts.append(mentor_sentence(c, "missing-mentor" not in defects))
        if "missing-tasks" not in defects:
            parts.append(f"{c.mfn} skal " + prose_tasks(tasks) + ".")
        if pval:
            parts.append(period_sentence(c, pval))
        if hours_ok:
            parts.append(hours_sentence(c, hval, True))
        for p in parts:
            d.add("p", p)
    d.add("p", f"Ansvarlig sagsbehandler: {c.cw}, {c.kommune} Kommune")
    return finish(d, c, fmt)


# ----------------------------------------------------------------------------- look-alikes
def make_unknown(rng, idx, variant: str, fmt: str, cpr: bool) -> Doc:
    c = Ctx(rng, idx)
    d = Doc("", "unknown", variant, variant)
    k = f"{c.kommune} Kommune"
    if variant not in ("statusrapport", "faktura", "partshoering", "bestilling", "genvurdering", "notat"):
        cpr = False
    if cpr:
        c.make_cpr()
        d.mnc += [c.cpr, c.cpr.replace("-", "")]
        d.traits.append("cpr")
    cprs = f" (CPR {c.cpr})" if cpr else ""
    if variant == "statusrapport":
        d.title = "Statusrapport – mentorforløb"
        d.add("p", f"Til: {c.cw}, {k}. Fra: {c.mentor}, {c.provider}. Borger: {c.name}{cprs}.")
        d.add("h", "Hvordan er det gået siden sidst?")
        d.add("p", f"{c.fn} er mødt op til 9 ud af 12 aftaler. Vi har arbejdet med morgenrutiner og transport til {c.work}.")
        d.add("h", "Hvad har vi nået?")
        d.add("p", "Fremmødet i praktikken er steget fra to til tre dage om ugen. Forbrugte timer i perioden: 22.")
        d.add("h", "Anbefaling")
        d.add("p", "Mentor anbefaler, at forløbet fortsætter uændret. Sagsbehandler træffer afgørelse om evt. forlængelse.")
    elif variant == "faktura":
        d.title = f"Faktura nr. {rng.randint(1000, 9999)} – mentortimer"
        d.add("p", f"{c.provider}, CVR {rng.randint(10000000, 99999999)}. Til {k}, Jobservice, EAN 5798000{rng.randint(100000, 999999)}.")
        d.add("p", f"Vedr. borger: {c.name}{cprs}. Indkøbsordre {c.casenr}.")
        rows = [("Ydelse", "Antal", "Beløb"), (f"Mentortimer {MONTHS[c.start.month - 1]} 2026", "14", f"{14 * 495} kr."),
                ("Kørsel", "62 km", "235,60 kr."), ("I alt ekskl. moms", "", f"{14 * 495 + 235.6:.2f} kr.")]
        d.add("table", rows)
        d.add("p", "Betalingsbetingelser: netto 30 dage.")
    elif variant == "referat":
        d.title = "Referat af netværksmøde"
        d.add("p", f"Dato: {words(c.letter)}. Til stede: {c.name}, {c.mentor} (mentor), {c.cw} (sagsbehandler), praktikvært fra {c.work}.")
        d.add("bullets", [f"{c.fn} fortalte om de første uger i praktikken.",
                          "Praktikværten er tilfreds med indsatsen, men ønsker bedre besked ved sygdom.",
                          "Næste netværksmøde holdes om ca. seks uger. Mentor indkalder."])
        d.add("p", "Referent: " + c.cw)
    elif variant == "vejledning":
        d.title = "Sådan er en mentoraftale bygget op – til medarbejdere"
        d.add("p", "En mentoraftale skal altid indeholde disse punkter. Brug dem som tjekliste, når du skriver aftalen:")
        d.add("bullets", ["Formål – hvad skal borgeren opnå (job eller uddannelse)?",
                          "Mentorens navn og kontaktoplysninger.", "Hvad mentoren skal hjælpe med.",
                          "Varighed – højst 6 måneder ad gangen, med mulighed for forlængelse.",
                          "Opfølgning, fx hver måned og 14 dage før ophør.", "Timetal pr. uge.",
                          "Klagevejledning: klage til kommunen inden 4 uger; kommunen genvurderer og sender til Ankestyrelsen."])
        d.add("p", "Husk at sende afgørelsen til borgerens e-Boks.")
    elif variant == "privat-mentor":
        d.title = "Mentoraftale – Ungdomsklubbens mentorprogram"
        d.add("p", f"Mellem mentee {c.fn} (15 år) og frivillig mentor {c.mentor}, tlf. {c.phone}. Forældre: {c.ln}-familien.")
        d.add("p", "Det skal du opnå: Mere mod på at sige noget i klassen og en god start i 9. klasse.")
        d.add("p", "Hvad sker der: Vi ses hver anden torsdag i klubben og spiller bordtennis og snakker.")
        d.add("p", "Varighed: skoleåret 2026/27. Aftalen er frivillig og kan stoppes af begge parter.")
        d.add("p", "Klubben er en privat forening og har ingen forbindelse til kommunen.")
    elif variant == "partshoering":
        d.title = "Partshøring før afgørelse om mentorstøtte"
        d.add("p", f"Kære {c.name}{cprs}")
        d.add("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med {c.mentor}. "
                   f"Før vi træffer afgørelse, vil vi gerne høre din mening.")
        d.add("p", f"Du kan give os dine bemærkninger senest {words(c.start)} på tlf. {c.kphone} eller i Digital Post.")
        d.add("p", "Dette brev er ikke en afgørelse, og du kan derfor ikke klage over det.")
    elif variant == "mail-flyt":
        d.title = "Flytning af mødet på torsdag"
        d.add("p", f"Hej {c.fn}")
        d.add("p", f"Jeg bliver desværre nødt til at flytte vores møde på torsdag. Kan du i stedet mandag kl. 10 ved indgangen til {c.work}?")
        d.add("p", f"Mvh {c.mentor}\nMentor, {c.provider}\n{c.phone}")
    elif variant == "bestilling":
        d.title = "Bestilling af mentorforløb"
        d.add("p", f"Til {c.provider}. Fra {k}, {c.cw}. Borger: {c.name}{cprs}.")
        d.add("p", "Ønsket indsats: mentor i forbindelse med praktik. Forventet start hurtigst muligt.")
        d.add("p", "Leverandøren bedes bekræfte bestillingen og oplyse navn på mentor inden fem hverdage.")
    elif variant == "genvurdering":
        d.title = "Din klage er sendt videre til Ankestyrelsen"
        d.add("p", f"Kære {c.name}{cprs}")
        d.add("p", f"Vi har modtaget din klage over vores afgørelse af {words(c.letter - dt.timedelta(days=35))} om afslag på mentorstøtte. "
                   "Vi har genvurderet sagen, men fastholder afgørelsen.")
        d.add("p", "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen. Du hører fra Ankestyrelsen.")
        d.add("p", f"Med venlig hilsen\n{c.cw}\n{k}")
    elif variant == "skabelon":
        d.title = "Aftale om mentorstøtte (skabelon)"
        for lab in ["Det skal du opnå", "Din mentor", "Hvad sker der", "Forløb", "Omfang", "Vi mødes igen"]:
            d.add("p", f"{lab}: ")
        d.add("h", "Hvis du er uenig")
        d.add("p", "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen og sender den videre til Ankestyrelsen, hvis den fastholdes.")
    elif variant == "leverandoer-info":
        d.title = f"Om {c.provider}"
        d.add("p", f"{c.provider} er mentorleverandør for {k}. Vi hjælper borgere med at finde fodfæste i job og uddannelse.")
        d.add("h", "Det kan du forvente")
        d.add("p", "Når kommunen har bevilget mentor, ringer vi til dig inden for tre hverdage. Sammen laver vi en plan.")
        d.add("h", "Kontakt")
        d.add("p", f"Ring på {c.phone} eller skriv til info@{c.provider.split()[0].lower()}.dk.")
    elif variant == "mine-aftaler":
        d.title = "Mine aftaler"
        rows = [("Dato", "Hvad", "Hvor")]
        for j in range(4):
            dd = c.start + dt.timedelta(days=7 * j + 2)
            rows.append((fmt_date(dd, 1), rng.choice(["Samtale med mentor", "Møde i jobcentret", "Praktikbesøg"]),
                         rng.choice([c.work, k + ", Rådhuset", c.provider])))
        d.add("table", rows)
    elif variant == "notat":
        d.title = "Journalnotat"
        d.add("p", f"{words(c.letter)} – telefonsamtale med {c.name}{cprs}.")
        d.add("p", f"Borger ringede og fortalte, at det går bedre i praktikken. Mentor {c.mfn} har været god til at følge op. "
                   "Borger ønsker at fortsætte. Sagsbehandler vurderer behovet ved næste samtale.")
        d.add("p", f"/{c.cw}")
    elif variant == "kvittering":
        d.title = "Kvittering for modtagelse"
        d.add("p", f"Vi har modtaget din ansøgning om mentorstøtte den {words(c.letter)}. Vi forventer at svare dig inden for 4 uger.")
        d.add("p", f"Venlig hilsen {k}")
    elif variant == "kursusprogram":
        d.title = "Kursus: Bliv en bedre mentor – for frivillige og ansatte"
        d.add("h", "Formål")
        d.add("p", "Du lærer at holde gode samtaler, sætte mål med borgeren og skrive en kort status.")
        d.add("h", "Indhold")
        d.add("bullets", ["Dag 1: Rollen som mentor", "Dag 2: Mål og delmål", "Dag 3: Svære samtaler"])
        d.add("h", "Tid og sted")
        d.add("p", f"Tre torsdage i {MONTHS[c.start.month - 1]} 2026, kl. 9-15, {c.provider}.")
    elif variant == "nyhedsbrev":
        d.title = "Nyt fra Jobservice: mentorstøtte i 2026"
        d.add("p", "Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret' i loven. For dig betyder det ingen ændring.")
        d.add("p", "Mentorstøtte gives stadig i højst 6 måneder ad gangen, med mulighed for forlængelse.")
    else:
        raise ValueError(variant)
    d.traits.append("lookalike:" + variant)
    return finish(d, c, fmt)


def finish(d: Doc, c: Ctx, fmt: str) -> Doc:
    d.meta["fmt"] = fmt
    d.meta["from"] = f"{c.cw} <{c.cw.split()[0].lower()}@{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk>"
    d.meta["to"] = f"{c.name} <{c.fn.lower()}{c.rng.randint(1, 99)}@mail.dk>"
    d.meta["date"] = c.letter
    return d


# ----------------------------------------------------------------------------- renderers
def grouped(blocks):
    """Merge consecutive 'row' blocks into tables."""
    out, rows = [], []
    for b in blocks:
        if b[0] == "row":
            rows.append((b[1], b[2]))
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        out.append(b)
    if rows:
        out.append(("table", rows))
    return out


def to_text(d: Doc, md: bool = False) -> str:
    lines = [("# " if md else "") + d.title, "" if md else "=" * len(d.title), ""]
    if not md:
        lines = [d.title.upper(), ""]
    for b in grouped(d.blocks):
        if b[0] == "h":
            lines += [("### " if md else "") + b[1], ""] if md else [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif b[0] == "p":
            lines += [b[1].replace("\n", "  \n" if md else "\n"), ""]
        elif b[0] == "bullets":
            lines += [("- " if md else "• ") + x for x in b[1]] + [""]
        elif b[0] == "table":
            rows = b[1]
            if md:
                if len(rows[0]) == 2 and not any(r[0] in ("Dato", "Ydelse") for r in rows[:1]):
                    lines += ["| Punkt | Aftale |", "|---|---|"]
                else:
                    lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                    rows = rows[1:]
                lines += ["| " + " | ".join(str(x).replace("|", "/") for x in r) + " |" for r in rows] + [""]
            else:
                lines += ["\t".join(str(x) for x in r) for r in rows] + [""]
    return "\n".join(lines).rstrip() + "\n"


def to_html(d: Doc) -> str:
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{html.escape(d.title)}</title>",
         "<style>body{font-family:Arial;max-width:46em} td{border:1px solid #999;padding:4px;vertical-align:top}</style>",
         "</head><body>", f"<h1>{html.escape(d.title)}</h1>"]
    for b in grouped(d.blocks):
        if b[0] == "h":
            h.append(f"<h3>{html.escape(b[1])}</h3>")
        elif b[0] == "p":
            h.append("<p>" + html.escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "bullets":
            h.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            h.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(str(x))}</td>" for x in r) + "</tr>"
                                         for r in b[1]) + "</table>")
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def write_docx(d: Doc, path: Path):
    import docx
    doc = docx.Document()
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.add_heading(d.title, level=1)
    for b in grouped(d.blocks):
        if b[0] == "h":
            if d.meta.get("bold_heads"):
                doc.add_paragraph().add_run(b[1]).bold = True
            else:
                doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            t = doc.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for j, x in enumerate(r):
                    cells[j].text = str(x)
    doc.save(str(path))


def write_odt(d: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph")
    hs.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    doc.styles.addElement(hs)
    doc.text.addElement(H(outlinelevel=1, text=d.title))
    for b in grouped(d.blocks):
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hs, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "bullets":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif b[0] == "table":
            t = Table(name=f"T{id(b) % 1000}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for x in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(x)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def write_rtf(d: Doc, path: Path):
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\fs22",
         "{\\pard\\b\\fs32 " + rtf_escape(d.title) + "\\par}"]
    for b in grouped(d.blocks):
        if b[0] == "h":
            r.append("{\\pard\\sb120\\b " + rtf_escape(b[1]) + "\\par}")
        elif b[0] == "p":
            r.append("{\\pard " + rtf_escape(b[1]) + "\\par}")
        elif b[0] == "bullets":
            for x in b[1]:
                r.append("{\\pard\\li360 \\bullet  " + rtf_escape(x) + "\\par}")
        elif b[0] == "table":
            for row in b[1]:
                n = len(row)
                cells = "".join(f"\\cellx{3000 * (j + 1) if n > 2 else (2800 if j == 0 else 9000)}" for j in range(n))
                r.append("\\trowd" + cells + " " + "".join("\\pard\\intbl " + rtf_escape(str(x)) + "\\cell " for x in row) + "\\row")
            r.append("\\pard\\par")
    r.append("}")
    path.write_text("\n".join(r), encoding="ascii")


def write_pdf(d: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    ss = getSampleStyleSheet()
    story = [Paragraph(html.escape(d.title), ss["Title"])]
    for b in grouped(d.blocks):
        if b[0] == "h":
            story.append(Paragraph(html.escape(b[1]), ss["Heading3"]))
        elif b[0] == "p":
            story.append(Paragraph(html.escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(html.escape(x), ss["BodyText"])) for x in b[1]],
                                      bulletType="bullet"))
        elif b[0] == "table":
            n = len(b[1][0])
            widths = [4.5 * cm, 11.5 * cm] if n == 2 else [16 * cm / n] * n
            t = Table([[Paragraph(html.escape(str(x)), ss["BodyText"]) for x in r] for r in b[1]], colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=d.title, invariant=1).build(story)


def write_eml(d: Doc, path: Path):
    m = EmailMessage()
    m["From"] = d.meta["from"]
    m["To"] = d.meta["to"]
    m["Subject"] = d.title
    dd = d.meta["date"]
    m["Date"] = format_datetime(dt.datetime(dd.year, dd.month, dd.day, 10, 12, tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<gu-{d.path.replace('/', '-')}@corpus.invalid>"
    body = to_text(d).split("\n", 2)[2] if "\n" in to_text(d) else to_text(d)
    m.set_content(body)
    if d.meta.get("eml_html"):
        m.add_alternative(to_html(d), subtype="html")
        m.set_boundary("==gu-" + d.path.replace("/", "-") + "==")
    path.write_bytes(bytes(m))


def write_doc(d: Doc, root: Path):
    p = root / d.path
    p.parent.mkdir(parents=True, exist_ok=True)
    f = d.meta["fmt"]
    if f == "docx":
        write_docx(d, p)
    elif f == "odt":
        write_odt(d, p)
    elif f == "pdf":
        write_pdf(d, p)
    elif f == "rtf":
        write_rtf(d, p)
    elif f == "html":
        p.write_text(to_html(d), encoding="utf-8")
    elif f == "md":
        p.write_text(to_text(d, md=True), encoding="utf-8")
    elif f == "txt":
        enc = "cp1252" if d.meta.get("cp1252") else "utf-8"
        p.write_text(to_text(d).replace("•", "-") if enc == "cp1252" else to_text(d), encoding=enc)
    elif f == "eml":
        write_eml(d, p)


# ----------------------------------------------------------------------------- plan
AGR_DEFECTS = [
    [], [], [], [], [], [], [], [], [], [], [], [], [], [],
    ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
    ["missing-tasks"], ["missing-duration"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"],
    ["missing-hours"], ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
    ["duration-over-6-months"], ["duration-over-6-months"],
    ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
    ["missing-mentor", "duration-over-6-months"], ["missing-tasks", "missing-hours"],
    ["missing-goal", "missing-appeal-guidance"], ["missing-follow-up", "duration-over-6-months"],
]
DEC_PLAN = [  # (subtype, defects)
    ("grant", []), ("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]),
    ("grant", ["duration-over-6-months"]), ("grant", ["duration-over-6-months"]), ("grant", ["missing-appeal-guidance"]),
    ("partial", []), ("partial", []), ("partial", ["missing-appeal-guidance"]), ("partial", ["duration-over-6-months"]),
    ("refusal", []), ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("refusal", ["missing-appeal-guidance"]),
    ("extension", []), ("extension", []), ("extension", ["duration-over-6-months"]),
    ("extension", ["duration-over-6-months", "missing-appeal-guidance"]),
    ("end", []), ("end", ["missing-appeal-guidance"]), ("end", []),
    ("change", []), ("change", ["missing-appeal-guidance"]),
]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
              ["missing-duration"], ["missing-hours"], ["duration-over-6-months"], ["unclear-goal", "missing-hours"]]
UNKNOWN = ["statusrapport", "faktura", "referat", "vejledning", "privat-mentor", "partshoering", "mail-flyt",
           "bestilling", "genvurdering", "skabelon", "leverandoer-info", "mine-aftaler", "notat", "kvittering",
           "kursusprogram", "nyhedsbrev"]
FORMATS = ["docx", "pdf", "txt", "html", "eml", "odt", "rtf", "md"]
FOLDERS = {"agreement": ["aftaler", "mentor/aftaler", "sager/2026", "arkiv"],
           "decision": ["afgoerelser", "breve", "sager/2026", "digital-post"],
           "minplan": ["minplan", "planer", "sager/2026"],
           "unknown": ["diverse", "sager/2026", "post", "arkiv"]}


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    docs: list[Doc] = []
    fmt_cycle = FORMATS[:]
    fi = 0

    def nextfmt():
        nonlocal fi
        if fi % len(fmt_cycle) == 0:
            rng.shuffle(fmt_cycle)
        f = fmt_cycle[fi % len(fmt_cycle)]
        fi += 1
        return f

    layouts = ["lines", "headings", "table", "qa", "prose", "prose"]
    for i, defs in enumerate(AGR_DEFECTS):
        f = nextfmt()
        lay = layouts[i % len(layouts)]
        if lay == "table" and f in ("txt", "eml"):
            lay = "lines"
        docs.append(make_agreement(rng, i, set(defs), lay, f, rng.random() < 0.33))
    for i, (sub, defs) in enumerate(DEC_PLAN):
        f = nextfmt()
        docs.append(make_decision(rng, i, sub, set(defs), f, rng.random() < 0.33, labelled=(i % 3 != 0)))
    for i, defs in enumerate(MP_DEFECTS):
        f = nextfmt()
        docs.append(make_minplan(rng, i, set(defs), f, rng.random() < 0.33, labelled=(i % 3 != 2)))
    for i, v in enumerate(UNKNOWN):
        docs.append(make_unknown(rng, i, v, nextfmt(), rng.random() < 0.3))
    # names and small format variations
    used = set()
    for n, d in enumerate(docs):
        f = d.meta["fmt"]
        if f == "eml":
            d.meta["eml_html"] = rng.random() < 0.4
        if f == "txt":
            d.meta["cp1252"] = rng.random() < 0.3
            if d.meta["cp1252"]:
                d.traits.append("enc:cp1252")
        if f == "docx":
            d.meta["bold_heads"] = rng.random() < 0.4
            if d.meta["bold_heads"]:
                d.traits.append("docx:bold-headings")
        slug = {"agreement": "mentoraftale", "decision": "afgoerelse-" + d.subtype, "minplan": "minplan",
                "unknown": d.subtype}[d.kind]
        folder = rng.choice(FOLDERS[d.kind])
        name = f"{folder}/{slug}-{n:03d}.{f}"
        assert name not in used
        used.add(name)
        d.path = name
        d.traits.append("fmt:" + f)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gu")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    docs = build(a.seed)
    entries = []
    for d in docs:
        write_doc(d, root)
        entries.append({"path": d.path, "format": d.meta["fmt"], "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": sorted(d.rules), "extras": sorted(d.extras), "error": None,
                        "accept_errors": [], "must_not_contain": d.mnc, "traits": d.traits, "period": d.period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {root}")


if __name__ == "__main__":
    main()
