"""Content for corpus CH: what the documents say, and which findings that implies.

Written from /work/shared/domain.md, the seed texts and the rule docs (`mentordocs rules NAME`),
without reading the linter. A document is built as a list of sections (label, body); the
renderers in make_corpus_ch.py decide the page geometry.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mikkel", "Sara", "Ahmed", "Laura", "Jonas", "Fatima", "Emil", "Ida", "Kasper", "Line",
         "Mohammad", "Camilla", "Rasmus", "Nanna", "Oliver", "Signe", "Yasmin", "Frederik", "Mette",
         "Tobias", "Amalie", "Omar", "Louise", "Christian", "Julie", "Nikolaj", "Sofie", "Ali"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Kaya", "Hussein", "Frandsen", "Bech", "Lund", "Dalgaard"]

MUNIS = [
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87", "viborg.dk"),
    ("Holstebro Kommune", "Job og Arbejdsmarked", "Kirkestræde 11", "7500 Holstebro", "96 11 75 00", "holstebro.dk"),
    ("Næstved Kommune", "Jobcenter Næstved", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88", "naestved.dk"),
    ("Svendborg Kommune", "Beskæftigelse og Uddannelse", "Ramsherred 5", "5700 Svendborg", "62 23 30 00", "svendborg.dk"),
    ("Hjørring Kommune", "Jobcenter Hjørring", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33", "hjoerring.dk"),
    ("Kolding Kommune", "Arbejdsmarked", "Nytorv 11", "6000 Kolding", "79 79 79 79", "kolding.dk"),
    ("Slagelse Kommune", "Jobcenter Slagelse", "Dronningensgade 7", "4200 Slagelse", "58 57 36 00", "slagelse.dk"),
    ("Skive Kommune", "Job og Velfærd", "Torvegade 10", "7800 Skive", "99 15 55 00", "skive.dk"),
    ("Faaborg-Midtfyn Kommune", "Center for Arbejdsmarked", "Tinghøj Allé 2", "5750 Ringe", "72 53 20 00", "fmk.dk"),
    ("Frederikshavn Kommune", "Center for Arbejdsmarked", "Rådhus Allé 100", "9900 Frederikshavn", "98 45 50 00", "frederikshavn.dk"),
]
PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorhuset Midt", "mentorhuset-midt.dk"),
             ("Kompas Mentor & Coaching", "kompasmentor.dk"), ("Broen Mentorservice", "broen-mentor.dk"),
             ("Ungeenheden", None), ("Virksomhedsservice, mentorteamet", None)]
STREETS = ["Søndergade", "Vestergade", "Skolevej", "Engvej", "Birkevej", "Kirkegade", "Parkvej", "Industrivej",
           "Nørregade", "Lindevej", "Tværgade", "Stationsvej"]

PLACEHOLDERS = ["Udfyldes senere", "-", "Klik eller tryk her for at skrive tekst.", "xx", "…", "Aftales senere"]


@dataclass
class Person:
    first: str
    last: str
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Case:
    """Everything one document is about, and its ground truth."""
    rnd: random.Random
    muni: tuple
    citizen: Person
    mentor: Person
    caseworker: Person
    provider: tuple
    cpr: str | None
    start: dt.date
    end: dt.date
    date: dt.date
    case_no: str
    address: str
    rules: set = field(default_factory=set)
    extras: set = field(default_factory=set)
    traits: list = field(default_factory=list)


def phone(r: random.Random) -> str:
    d = f"{r.choice('2345678')}{r.randint(0, 9999999):07d}"
    style = r.random()
    if style < 0.6:
        return " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if style < 0.85:
        return f"{d[:4]} {d[4:]}"
    return d


def person(r: random.Random, domain: str | None, first=None) -> Person:
    f = first or r.choice(FIRST)
    l = r.choice(LAST)
    dom = domain or "kommune.dk"
    local = f"{f.lower()}.{l.lower()}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    if r.random() < 0.4:
        local = f[:2].lower() + l[:2].lower()
        local = local.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return Person(f, l, phone(r), f"{local}@{dom}")


def cpr(r: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(0, 9999):04d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "words": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        "den": f"den {d.day}. {MONTHS[d.month - 1]} {d.year}",
        "abbr": f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "short": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "slash": f"{d.day}/{d.month} {d.year}",
        "slashdash": f"{d.day}/{d.month}-{d.year}",
        "iso": d.isoformat(),
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
    }[style]


def new_case(r: random.Random, cpr_p: float = 0.25) -> Case:
    muni = r.choice(MUNIS)
    prov = r.choice(PROVIDERS)
    mdom = prov[1] or muni[5]
    citizen = person(r, "gmail.com")
    mentor = person(r, mdom)
    cw = person(r, muni[5])
    start = dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 330))
    if r.random() < 0.6:
        start = start.replace(day=1)
    months = r.choice([3, 4, 6, 6, 6, 5])
    end = add_months(start, months) - dt.timedelta(days=1)
    date = start - dt.timedelta(days=r.randint(3, 20))
    case_no = r.choice([f"{date.year}-{r.randint(1000, 99999)}", f"15.20.00-G01-{r.randint(100, 9999)}-{date.year % 100}",
                        f"S{date.year}-{r.randint(10000, 99999)}", f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-P20-{r.randint(1, 999)}-{date.year % 100}"])
    address = f"{r.choice(STREETS)} {r.randint(1, 120)}{r.choice(['', '', ', 2. tv.', ', st. th.', 'B'])}"
    c = Case(r, muni, citizen, mentor, cw, prov, cpr(r) if r.random() < cpr_p else None,
             start, end, date, case_no, address)
    if c.cpr:
        c.traits.append("cpr")
    return c


# ---------------------------------------------------------------------------------------------
# Field texts

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 (tømrer) på {school} i august {y} og møder mindst 90 % af skoledagene det første halve år.",
    "{f} er i virksomhedspraktik i kantinen hos {firm} 15 timer om ugen senest {d}, med henblik på ansættelse med løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består trintesten inden {d}.",
    "Hovedformål: {f} har fast fremmøde på FGU, produktionsgrundforløbet (køkken), mindst fire dage om ugen fra {d}.",
    "At {f} opnår ordinær ansættelse som lagermedarbejder 20 timer om ugen. Delmål: praktik hos {firm} fra {d}.",
    "{f} fastholder sit fleksjob som pedelmedhjælper hos {firm} på 12 timer om ugen og har højst to fraværsdage pr. måned.",
    "{f} bliver optaget på SOSU-hjælperuddannelsen med start {d} og gennemfører det første skoleforløb.",
    "{f} gennemfører HF-enkeltfag i matematik C på {school} og går til eksamen {d}.",
    "Målet er, at {f} er i job med løntilskud hos {firm} senest {d} og selv møder til tiden.",
    "{f} færdiggør AMU-kurset Truck B (certifikat) og søger mindst to lagerjob om ugen fra {d}.",
    "At {f} fastholder sin EUX-læreplads som elektriker hos {firm} og møder på skolen i hele skoleperioden, der slutter {d}.",
    "{f} er i gang med STU-forløbets praktik i {firm}s butik tre dage om ugen senest {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og bedre selvværd.",
    "Sikre at {f} arbejder med sig selv og bliver mere stabil.",
    "{f} skal komme tættere på arbejdsmarkedet.",
    "Motivere {f} til at komme videre i livet.",
    "Hjælp til at få overblik og ro på.",
]
SCHOOLS = ["Mercantec", "Tradium", "Zealand Business College", "SOSU Nord", "VUC Syd", "Skive College",
           "FGU Midtjylland", "Svendborg Erhvervsskole", "EUC Lillebælt", "Campus Vejle"]
FIRMS = ["Føtex", "Bilka", "Danish Crown", "Netto", "Vestas", "JYSK", "Coop 365", "Bygma", "Plantorama",
         "Kvickly", "Arla", "Stark"]

TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at strukturere ugen i en kalender",
    "støtte ved kontakt til læge, bank og Udbetaling Danmark",
    "være bindeled mellem {f} og kontaktpersonen på arbejdspladsen",
    "øve busruten og mødetider med {f}",
    "hjælpe med at læse og besvare post i Digital Post",
    "tage med til samtaler med uddannelsesvejlederen",
    "støtte {f} i at holde pauser og sige til, når opgaverne bliver for mange",
    "hjælpe med ansøgninger og CV",
    "ringe {f} op om morgenen på skoledage den første måned",
    "gennemgå lektieplan og afleveringer hver uge",
]

HOURS_OK = [
    ("3 timer pr. uge", "weekly-int"), ("2 t/uge", "t-uge"), ("1½ time om ugen", "fraction"),
    ("halvanden time ugentligt", "words-halvanden"), ("to timer om ugen", "word-number"),
    ("24 mentortimer i perioden", "compound-total"), ("2-3 timer pr. uge", "range"),
    ("8 timer om måneden", "per-month"), ("4 timer ugentligt", "weekly-int"),
    ("½ time om ugen, derudover telefonisk kontakt", "half"), ("Op til 5 timer pr. uge", "upto"),
    ("6 timer pr. uge de første fire uger, derefter 3 timer pr. uge", "stepped"),
]
HOURS_MEETING = ["I mødes hver tirsdag kl. 9-11 på jobcentret.", "Mentor og {f} mødes hver mandag og torsdag kl. 13-14."]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende efter aftale", "Det antal timer der er brug for"]

FOLLOWUP = [
    "Statusmøde med {f}, mentor og sagsbehandler hver 4. uge. Delmål gennemgås på hvert møde.",
    "Vi følger op hver måned. Midtvejsevaluering {mid}, og evaluering 14 dage før forløbet slutter.",
    "Sagsbehandler holder opfølgningssamtale med {f} hver anden måned; mentor sender en kort status inden.",
    "Progression måles på fremmøde, 4 dage om ugen. Evaluering senest {ev} sammen med {f}.",
    "Opfølgning ved sagsbehandler efter 6 og 12 uger, og 14 dage før ophør.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {muni} inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget hos {dept}, {muni}, senest 4 uger efter, at du har fået denne aftale. Du kan klage mundtligt eller skriftligt. Vi vurderer afgørelsen igen, og hvis vi fastholder den, sender vi klagen til Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Klagefristen er 4 uger fra du har modtaget afgørelsen. Send klagen til kommunen ({email}). Kommunen genvurderer sagen, og fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
    "Er du uenig, kan du inden fire uger klage til jobcentret, som genvurderer afgørelsen. Fastholder jobcentret afgørelsen, sendes klagen automatisk videre til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Hvis du er uenig, kan du klage. Kontakt din sagsbehandler.",
                     "Du har mulighed for at klage over denne aftale."]
APPEAL_WRONG = ["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes direkte til Ankestyrelsen via ast.dk.",
                "Hvis du er uenig, skal du sende din klage direkte til Ankestyrelsen, 7998 Statsservice, inden fire uger."]

LABELS = {
    "goal": ["Mål for mentorstøtten", "Formål med forløbet", "Hvad er målet?", "Borgerens mål", "Målet med mentorstøtten",
             "Mål og delmål", "Vi har aftalt følgende mål for forløbet:", "Formål"],
    "mentor": ["Mentor", "Din mentor", "Mentors kontaktdata", "Mentorens navn og kontaktdata", "Kontaktperson (mentor)",
               "Hvem er din mentor?"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i",
              "{m} skal hjælpe dig med:", "Opgaver"],
    "period": ["Periode", "Varighed", "Bevilget periode", "Aftalen gælder", "Forløbets varighed", "Start og slut"],
    "hours": ["Timetal", "Antal timer", "Timer", "Omfang", "Hvor mange timer?", "Timeantal"],
    "followup": ["Opfølgning", "Opfølgning og evaluering", "Sådan følger vi op", "Evaluering og progression", "Statusmøder"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang", "Vejledning om klage"],
}


def fill(s: str, c: Case) -> str:
    r = c.rnd
    return s.format(f=c.citizen.first, m=c.mentor.first, school=r.choice(SCHOOLS), firm=r.choice(FIRMS),
                    y=c.start.year, d=fmt_date(add_months(c.start, r.choice([1, 2, 3])), "words"),
                    muni=c.muni[0], dept=c.muni[1], email=f"jobcenter@{c.muni[5]}",
                    mid=fmt_date(add_months(c.start, 2), "words"),
                    ev=fmt_date(c.end - dt.timedelta(days=14), "dots"))


def period_text(c: Case, over: str | None) -> str:
    r = c.rnd
    style = r.choice(["words", "words", "dots", "abbr", "slash", "short", "iso", "dash", "slashdash", "den"])
    if over == "months":
        n = r.choice([7, 8, 9, 12])
        c.end = add_months(c.start, n) - dt.timedelta(days=1)
    elif over == "one-day":
        c.end = add_months(c.start, 6)
        c.traits.append("period:one-day-over")
    elif over == "length":
        n = r.choice([9, 12])
        c.end = add_months(c.start, n) - dt.timedelta(days=1)
        return r.choice([f"{n} måneder fra {fmt_date(c.start, 'words')}",
                         f"Fra {fmt_date(c.start, style)} og {n} måneder frem"])
    s, e = fmt_date(c.start, style), fmt_date(c.end, style)
    if over is None and r.random() < 0.15:
        if r.random() < 0.5:
            c.end = c.start + dt.timedelta(days=181)
            c.traits.append("period:26-weeks")
            return f"26 uger fra {fmt_date(c.start, 'words')}"
        return f"Pr. {fmt_date(c.start, 'words')} i {(c.end.year - c.start.year) * 12 + c.end.month - c.start.month + 1} måneder"
    return r.choice([f"{s} – {e}", f"{s} til {e}", f"Fra {s} til {e}", f"f.o.m. {s} t.o.m. {e}", f"{s} - {e}"])


@dataclass
class Sec:
    key: str            # goal, mentor, tasks, period, hours, followup, appeal, other
    label: str | None
    body: str | list    # text, or a list of bullet items
    pairs: list | None = None  # optional label/value sub-rows (mentor block)


def agreement_sections(c: Case, defects: set[str]) -> list[Sec]:
    """The six/seven fields of an agreement, with the given defects; records the labels on c."""
    r = c.rnd
    secs: list[Sec] = []
    f = c.citizen.first
    # goal
    lab = r.choice(LABELS["goal"])
    if "missing-goal" in defects:
        if r.random() < 0.5:
            secs.append(Sec("goal", lab, r.choice(PLACEHOLDERS)))
            c.traits.append("goal:placeholder")
        else:
            c.traits.append("goal:absent")
    elif "unclear-goal" in defects:
        secs.append(Sec("goal", lab, fill(r.choice(GOALS_UNCLEAR), c)))
    else:
        secs.append(Sec("goal", lab, fill(r.choice(GOALS_CLEAR), c)))
    # mentor
    m = c.mentor
    lab = r.choice(LABELS["mentor"])
    prov = c.provider[0]
    if "missing-mentor" in defects:
        v = r.random()
        if v < 0.45:
            secs.append(Sec("mentor", lab, f"{m.name}, {prov}"))
            c.traits.append("mentor:name-only")
        elif v < 0.75:
            secs.append(Sec("mentor", lab, r.choice(["Tildeles senere", "Mentor er endnu ikke fundet", r.choice(PLACEHOLDERS)])))
            c.traits.append("mentor:placeholder")
        else:
            c.traits.append("mentor:absent")
    else:
        shape = r.random()
        if shape < 0.35:
            secs.append(Sec("mentor", lab, f"{m.name}, {prov}, tlf. {m.phone}, {m.email}"))
        elif shape < 0.7:
            secs.append(Sec("mentor", lab, "", pairs=[("Navn", m.name), ("Firma", prov), ("Telefon", m.phone), ("E-mail", m.email)]))
        else:
            secs.append(Sec("mentor", lab, f"Din mentor er {m.name} fra {prov}. Du kan ringe eller skrive til {m.first} på {m.phone}."))
    # tasks
    lab = r.choice(LABELS["tasks"]).format(m=m.first)
    if "missing-tasks" in defects:
        if r.random() < 0.5:
            secs.append(Sec("tasks", lab, r.choice(PLACEHOLDERS)))
            c.traits.append("tasks:placeholder")
        else:
            c.traits.append("tasks:absent")
    else:
        items = [fill(t, c) for t in r.sample(TASKS, r.randint(2, 5))]
        items = [i[0].upper() + i[1:] for i in items]
        if r.random() < 0.3:
            secs.append(Sec("tasks", lab, f"{m.first} skal " + ", ".join(i[0].lower() + i[1:] for i in items[:-1]) + " og " + items[-1][0].lower() + items[-1][1:] + "."))
        else:
            secs.append(Sec("tasks", lab, items))
    # period
    lab = r.choice(LABELS["period"])
    if "missing-duration" in defects:
        if r.random() < 0.5:
            secs.append(Sec("period", lab, r.choice(["Indtil videre", "Udfyldes senere", "-", "Aftales med sagsbehandler"])))
            c.traits.append("period:placeholder")
        else:
            c.traits.append("period:absent")
    else:
        over = None
        if "duration-over-6-months" in defects:
            over = r.choice(["months", "months", "one-day", "length"])
        secs.append(Sec("period", lab, period_text(c, over)))
    # hours
    lab = r.choice(LABELS["hours"])
    if "missing-hours" in defects:
        v = r.random()
        if v < 0.5:
            secs.append(Sec("hours", lab, r.choice(HOURS_VAGUE)))
            c.traits.append("hours:vague")
        elif v < 0.7:
            secs.append(Sec("hours", lab, r.choice(PLACEHOLDERS)))
            c.traits.append("hours:placeholder")
        else:
            c.traits.append("hours:absent")
    else:
        if r.random() < 0.12:
            secs.append(Sec("hours", lab, fill(r.choice(HOURS_MEETING), c)))
            c.traits.append("hours:meeting")
        else:
            h, t = r.choice(HOURS_OK)
            extra = r.choice(["", "", " Timerne kan fordeles efter aftale.", " Ændringer aftales med sagsbehandler."])
            secs.append(Sec("hours", lab, h + "." + extra if not h.endswith(".") else h + extra))
            c.traits.append(f"hours:{t}")
    # follow-up
    lab = r.choice(LABELS["followup"])
    if "missing-follow-up" in defects:
        c.traits.append("followup:absent")
    else:
        pool = FOLLOWUP[1:] if ("missing-goal" in defects) else FOLLOWUP
        if "missing-duration" in defects:
            pool = [x for x in pool if "{ev}" not in x]
        secs.append(Sec("followup", lab, fill(r.choice(pool), c)))
    # appeal
    lab = r.choice(LABELS["appeal"])
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.6:
            secs.append(Sec("appeal", lab, r.choice(APPEAL_INCOMPLETE)))
            c.traits.append("appeal:incomplete")
        else:
            c.traits.append("appeal:absent")
    elif "appeal-wrong-route" in defects:
        secs.append(Sec("appeal", lab, r.choice(APPEAL_WRONG)))
        c.extras.add("appeal-wrong-route")
    else:
        secs.append(Sec("appeal", lab, fill(r.choice(APPEAL_FULL), c)))
    c.rules |= {d for d in defects if d != "appeal-wrong-route"}
    return secs


NINE_AGREEMENT = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                  "duration-over-6-months", "missing-follow-up", "missing-hours", "missing-appeal-guidance"]


def pick_defects(r: random.Random, pool: list[str], p_one=0.5, p_two=0.12) -> set[str]:
    x = r.random()
    if x < p_two:
        n = 2
    elif x < p_two + p_one:
        n = 1
    else:
        return set()
    out: set[str] = set()
    while len(out) < n:
        d = r.choice(pool)
        if {d} | out >= {"missing-duration", "duration-over-6-months"}:
            continue
        if {d} | out >= {"missing-goal", "unclear-goal"}:
            continue
        if {d} | out >= {"missing-appeal-guidance", "appeal-wrong-route"}:
            continue
        out.add(d)
    return out


AGREEMENT_DEFECT_COUNTS = {
    "missing-goal": 4, "unclear-goal": 5, "missing-mentor": 5, "missing-tasks": 4, "missing-duration": 4,
    "duration-over-6-months": 6, "missing-follow-up": 5, "missing-hours": 6, "missing-appeal-guidance": 6,
    "appeal-wrong-route": 4,
}
CONFLICTS = [{"missing-duration", "duration-over-6-months"}, {"missing-goal", "unclear-goal"},
             {"missing-appeal-guidance", "appeal-wrong-route"}]


def allocate_defects(r: random.Random, n_docs: int) -> list[set[str]]:
    """Spread a fixed number of each defect over n_docs agreements: most defective documents have
    one defect, some two; the rest are clean."""
    slots = [d for d, k in AGREEMENT_DEFECT_COUNTS.items() for _ in range(k)]
    r.shuffle(slots)
    n_single = len(slots) - 9
    out: list[set[str]] = [set() for _ in range(n_docs)]
    for i in range(n_single):
        out[i].add(slots[i])
    for d in slots[n_single:]:
        while True:
            j = r.randrange(n_single)
            cand = out[j] | {d}
            if len(out[j]) == 1 and d not in out[j] and not any(c <= cand for c in CONFLICTS):
                out[j] = cand
                break
    r.shuffle(out)
    return out
