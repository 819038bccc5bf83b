"""Case data and field wordings for corpus fy (Syddjurs Kommune's yearly audit sample)."""
from __future__ import annotations

import datetime as dt
import random
import calendar

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def long(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def num(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def short(d: dt.date) -> str:
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def six_month_end(start: dt.date) -> dt.date:
    return add_months(start, 6) - dt.timedelta(days=1)


FIRST_F = ["Sofie", "Line", "Mette", "Amalie", "Nadia", "Camilla", "Julie", "Sara", "Emma", "Louise",
           "Fatima", "Maria", "Signe", "Ida", "Katrine"]
FIRST_M = ["Jonas", "Mads", "Rasmus", "Ahmad", "Kevin", "Patrick", "Frederik", "Mikkel", "Oliver",
           "Tobias", "Nikolaj", "Emil", "Daniel", "Yusuf", "Christian"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
        "Mortensen", "Dahl", "Kjeldsen", "Østergaard", "Bach", "Holst", "Vestergaard"]
STREETS = ["Østergade", "Skovvej", "Rønnebærvej", "Havnevej", "Kirkegade", "Toftevej", "Bakkedraget",
           "Nørrealle", "Mosevej", "Strandvejen"]
TOWNS = ["8400 Ebeltoft", "8410 Rønde", "8544 Mørke", "8550 Ryomgård", "8420 Knebel", "8560 Kolind",
         "8444 Balle"]

# mentors: (name, org, phone, email, he/she)
MENTORS_A = [("Anders Bøgh", "Mentorhuset Djursland ApS", "23 41 87 12", "ab@mentorhuset-djurs.dk", "han"),
             ("Pernille Skov", "Mentorhuset Djursland ApS", "51 22 90 34", "ps@mentorhuset-djurs.dk", "hun"),
             ("Kasper Ravn", "Mentorhuset Djursland ApS", "42 65 13 08", "kr@mentorhuset-djurs.dk", "han")]
MENTORS_B = [("Susanne Lund", "Trekanten Mentor & Job", "28 73 11 05", "sl@trekanten-mentor.dk", "hun"),
             ("Ole Vinther", "Trekanten Mentor & Job", "40 18 62 77", "ov@trekanten-mentor.dk", "han"),
             ("Hassan Yilmaz", "Trekanten Mentor & Job", "31 92 40 56", "hy@trekanten-mentor.dk", "han")]
MENTORS_K = [("Rikke Dam", "Ungeenheden, Syddjurs Kommune", "87 53 62 14", "ridam@syddjurs.dk", "hun"),
             ("Thomas Krogh", "Virksomhedsteamet, Syddjurs Kommune", "87 53 62 31", "thkr@syddjurs.dk", "han"),
             ("Bente Ahlgren", "Mentorkorpset, Syddjurs Kommune", "87 53 60 77", "bnah@syddjurs.dk", "hun")]
ALL_MENTORS = MENTORS_A + MENTORS_B + MENTORS_K

CASEWORKERS = {
    "birgitte": ("Birgitte Holm", "jobkonsulent", "87 53 61 40", "bihol@syddjurs.dk"),
    "mikkel": ("Mikkel Friis", "sagsbehandler", "87 53 61 52", "mifr@syddjurs.dk"),
    "lone": ("Lone Kjær", "rådgiver", "87 53 61 08", "lokj@syddjurs.dk"),
    "jesper": ("Jesper Aagaard", "jobkonsulent", "87 53 61 77", "jeaa@syddjurs.dk"),
    "hanne": ("Hanne Winther", "socialrådgiver", "87 53 61 23", "hawi@syddjurs.dk"),
}

# Goals: (text, subject-form). {n} = first name.
GOALS_CLEAR = [
    "{n} starter på grundforløb 1 på Djurslands Erhvervsskole (AARHUS TECH, Ebeltoft) i august og møder mindst 4 dage om ugen.",
    "{n} er i virksomhedspraktik i Netto, Rønde, 15 timer om ugen senest 1. juni, med henblik på løntilskud.",
    "At {n} gennemfører FVU-dansk trin 2 på VUC Djursland og har højst 2 fraværsdage pr. måned.",
    "{n} fastholder sit fleksjob på 12 timer om ugen i SuperBrugsen Kolind uden sygefravær ud over 2 dage om måneden.",
    "{n} har ved periodens slutning et ordinært job på mindst 15 timer om ugen, fx på lageret hos Djursland Frugt.",
    "{n} gennemfører sin praktik i Ebeltoft Bådeværft og møder til tiden alle dage.",
    "{n} er optaget på FGU Østjylland (produktionsgrunduddannelse, Ryomgård) og deltager i undervisningen 4 dage om ugen fra uge 33.",
    "{n} er i løntilskud som pedelmedhjælper på Rønde Skole 20 timer om ugen inden 1. oktober.",
    "At {n} består første semester på SOSU-hjælperuddannelsen og møder i praktikken på plejecentret 5 dage om ugen.",
    "{n} er i gang med 10. klasse på Ebeltoft Efterskole-forberedende forløb og har fremmøde på mindst 90 %.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {n} kommer tættere på arbejdsmarkedet.",
    "Motivere {n} til at komme videre.",
    "Sikre at {n} får det bedre og får styrket sit selvværd.",
    "Hjælp til at skabe ro omkring {n}s situation.",
    "At {n} får en mere stabil hverdag.",
]
TASKS = [
    ["følge {n} til de første møder på praktikstedet", "hjælpe med at planlægge transport med bus 123", "tage en snak om fremmøde hver uge"],
    ["hjælpe {n} med morgenrutiner, så {p} kommer af sted til tiden", "støtte ved kontakt til studievejlederen", "hjælpe med at holde styr på skema og lektier i Lectio"],
    ["være med til opstartssamtalen på arbejdspladsen", "tale med {n} og arbejdspladsen om opgaver og pauser", "hjælpe med at melde sig syg på den rigtige måde, hvis det bliver nødvendigt"],
    ["hjælpe {n} med at åbne og forstå post fra kommunen og SKAT", "følge til lægen og til psykiatrien, når det har betydning for praktikken", "øve samtaler med arbejdsgiveren"],
    ["ringe til {n} om morgenen de første 3 uger", "følge med til FGU-skolen første dag", "hjælpe med at søge SU og oprette NemID/MitID-adgang"],
]
GOAL_TASKS = [1, 0, 1, 2, 3, 0, 4, 2, 1, 1]  # which task list fits which goal
UNCLEAR_ACTIVITY_STARTS = ["Støtte til", "Hjælp til", "Sikre at", "Motivere"]

FOLLOW_CLEAR = [
    "Vi holder statusmøde hver 6. uge – du, {m} og jeg. Senest 14 dage før perioden slutter, evaluerer vi forløbet sammen.",
    "{m} sender en kort skriftlig status til sagsbehandleren hver måned. Vi holder midtvejsevaluering {mid}.",
    "Progressionen måles på fremmøde: delmål 3 dage om ugen i den første måned, 4 dage derefter. Vi følger op på et møde hver måned.",
    "Opfølgningssamtale hver 4. uge på jobcentret i Ebeltoft. Afsluttende evaluering 14 dage før ophør.",
    "Statusmøde {mid}, og igen 14 dage før støtten ophører. Delmål: møder til tiden 4 ud af 5 dage.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi følger op, når det giver mening."]

HOURS_CLEAR = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1½ time om ugen",
               "5 timer pr. uge", "2-3 timer om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til Syddjurs Kommune inden fire uger fra du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen inden fire uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til kommunen senest 4 uger efter, at du har fået afgørelsen – ring, skriv eller brug Digital Post. Vi vurderer sagen igen, og hvis afgørelsen fastholdes, bliver klagen sendt til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Er du uenig, skal du klage til Jobcenter Syddjurs inden 4 uger efter modtagelsen af denne aftale. Jobcentret genvurderer sagen, og fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
    "Klage skal ske til kommunen inden 4 uger. Kommunen skal genvurdere afgørelsen inden 4 uger, fra klagen er modtaget. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen, som tager stilling til sagen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage til Syddjurs Kommune, hvis du er utilfreds."]
APPEAL_WRONG_ROUTE = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget denne afgørelse. Klagen sendes til Ankestyrelsen, 7998 Statsservice."
APPEAL_OTHER_SUBJECT = "Klagevejledning vedrørende befordringsgodtgørelse: Hvis du er uenig i afgørelsen om befordringsgodtgørelse, kan du klage til kommunen inden 4 uger. Fastholdes afgørelsen, sendes klagen til Ankestyrelsen."


def cpr(rng: random.Random) -> str:
    y = rng.randint(62, 104) % 100
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{y:02d}-{rng.randint(1000, 9999)}"


class Case:
    def __init__(self, rng: random.Random, mentors=None, start_year=2026):
        self.rng = rng
        fem = rng.random() < 0.5
        self.first = rng.choice(FIRST_F if fem else FIRST_M)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.p = "hun" if fem else "han"
        self.addr = f"{rng.choice(STREETS)} {rng.randint(1, 80)}\n{rng.choice(TOWNS)}"
        m = rng.choice(mentors or ALL_MENTORS)
        self.m_name, self.m_org, self.m_phone, self.m_mail, self.m_p = m
        self.m_first = self.m_name.split()[0]
        gi = rng.randrange(len(GOALS_CLEAR))
        self.goal = GOALS_CLEAR[gi].format(n=self.first)
        self.goal_unclear = rng.choice(GOALS_UNCLEAR).format(n=self.first)
        self.tasks = [t.format(n=self.first, p=self.p) for t in TASKS[GOAL_TASKS[gi]]]
        month = rng.randint(1, 9)
        day = rng.choice([1, 1, 1, 15, 4, 10])
        self.start = dt.date(start_year, month, day)
        self.end = six_month_end(self.start) if rng.random() < 0.5 else add_months(self.start, rng.choice([3, 4, 5])) - dt.timedelta(days=1)
        self.long_end = add_months(self.start, rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        self.mid = self.start + (self.end - self.start) / 2
        self.hours = rng.choice(HOURS_CLEAR)
        self.follow = rng.choice(FOLLOW_CLEAR).format(m=self.m_first, mid=long(self.mid))
        self.appeal = rng.choice(APPEAL_FULL)
        self.cpr = cpr(rng)
        self.sagsnr = f"15.20.08-G01-{rng.randint(100, 9999)}-26"
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))

    def period(self, over=False):
        return (self.start, self.long_end if over else self.end)
