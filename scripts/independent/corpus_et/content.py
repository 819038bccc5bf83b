"""Content model for corpus et: what each document says (fields, defects, wording)."""
from __future__ import annotations

import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36", "holbaek.dk"),
    ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87", "viborg.dk"),
    ("Faxe Kommune", "Frederiksgade 9", "4690 Haslev", "56 20 30 00", "faxekommune.dk"),
    ("Tønder Kommune", "Kongevej 57", "6270 Tønder", "74 92 92 92", "toender.dk"),
    ("Rudersdal Kommune", "Øverødvej 2", "2840 Holte", "46 11 00 00", "rudersdal.dk"),
    ("Herning Kommune", "Torvet 5", "7400 Herning", "96 28 28 28", "herning.dk"),
    ("Assens Kommune", "Willemoesvej 15", "5610 Assens", "64 74 74 74", "assens.dk"),
    ("Roskilde Kommune", "Køgevej 80", "4000 Roskilde", "46 31 30 00", "roskilde.dk"),
    ("Næstved Kommune", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88", "naestved.dk"),
    ("Silkeborg Kommune", "Søvej 1", "8600 Silkeborg", "89 70 10 00", "silkeborg.dk"),
]
PROVIDERS = [
    ("Jobhuset ApS", "Vestergade 14", "jobhuset.dk"),
    ("Mentorgruppen Midt", "Industrivej 3", "mentorgruppen.dk"),
    ("Bro til Job I/S", "Havnegade 22", "brotiljob.dk"),
    ("Kompas Mentor & Coaching", "Nørregade 7", "kompasmentor.dk"),
    ("Trinvis ApS", "Skolevej 41", "trinvis.dk"),
    ("Nordlys Beskæftigelse", "Torvegade 11", "nordlys-besk.dk"),
]
FIRST = ["Anna", "Ahmed", "Mette", "Jonas", "Sara", "Mikkel", "Fatima", "Kasper", "Louise", "Emil",
         "Nadia", "Frederik", "Camilla", "Yusuf", "Ida", "Rasmus", "Signe", "Tobias", "Amalie", "Oliver",
         "Hanne", "Bilal", "Trine", "Jesper", "Maja", "Ali", "Line", "Nikolaj", "Cecilie", "Patrick"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mikkelsen", "Dahl", "Vestergaard", "Karimi", "Yilmaz", "Holm", "Lund", "Bach"]
WORKPLACES = ["Netto i Bymidten", "Bilka lageret", "Plantagen", "Daells Bolighus", "Rema 1000",
              "Dansk Genbrug", "Kommunens materielgård", "Føtex", "Harald Nyborg", "Café Aroma",
              "Plejecenter Solhøj", "Autohuset Syd"]
EDUS = [("SOSU-hjælperuddannelsen", "SOSU Sjælland"), ("grundforløbet til tømrer", "EUC Syd"),
        ("FVU-dansk trin 2", "VUC"), ("HF-enkeltfag i matematik", "VUC"),
        ("ernæringsassistentuddannelsen", "Mercantec"), ("lagerlogistik (AMU)", "AMU-center"),
        ("pædagogisk assistentuddannelse", "SOSU H"), ("FGU Produktionsgrunduddannelse", "FGU Vest")]
JOBS = ["lagermedarbejder", "pedelmedhjælper", "køkkenmedhjælper", "butiksassistent",
        "rengøringsassistent", "chauffør", "gartnermedhjælper", "kontorassistent"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    s = style % 9
    if s == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if s == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 2:
        return f"{d.day}/{d.month} {d.year}"
    if s == 3:
        return f"{d.day}.{d.month}.{d.year}"
    if s == 4:
        return d.isoformat()
    if s == 5:
        return f"{d.day}. {MON_AB[d.month-1]} {d.year}"
    if s == 6:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if s == 7:
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    return f"{d.day}/{d.month}-{d.year}"


def fmt_range(a: dt.date, b: dt.date, style: int, rng) -> str:
    s = style % 6
    if s == 0:
        return f"{fmt_date(a, style)} – {fmt_date(b, style)}"
    if s == 1:
        return f"fra {fmt_date(a, style)} til {fmt_date(b, style)}"
    if s == 2:
        return f"f.o.m. {fmt_date(a, style)} t.o.m. {fmt_date(b, style)}"
    if s == 3:
        return f"{fmt_date(a, style)} - {fmt_date(b, style)}"
    if s == 4:
        return f"fra og med {fmt_date(a, 0)} til og med {fmt_date(b, 0)}"
    return f"{fmt_date(a, style)} til {fmt_date(b, style)}"


def cpr(rng) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 15000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}"
    style = rng.randint(0, 2)
    if style == 0:
        return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"
    if style == 1:
        return f"{n[0:4]} {n[4:8]}"
    return n


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def mail_of(name: str, domain: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
    first, last = name.split()[0], name.split()[-1]
    return f"{first[:3].lower().translate(tr)}{last[:2].lower().translate(tr)}@{domain}"


# ---------------------------------------------------------------- field wording

def goal_clear(rng, fn, start):
    wp = rng.choice(WORKPLACES)
    edu, school = rng.choice(EDUS)
    job = rng.choice(JOBS)
    d = add_months(start, rng.choice([3, 4, 5]))
    opts = [
        f"{fn} er i virksomhedspraktik {rng.choice([12, 15, 20])} timer om ugen hos {wp} senest {fmt_date(d, 0)}, med henblik på ansættelse med løntilskud.",
        f"{fn} starter på {edu} hos {school} {fmt_date(d, 0)} og møder mindst fire dage om ugen.",
        f"Hovedformål: {fn} fastholder sit fleksjob som {job} hos {wp}. Delmål: højst to fraværsdage pr. måned frem til {fmt_date(d, 5)}.",
        f"At {fn} gennemfører første halvdel af {edu} uden fravær over 10 %.",
        f"{fn} har et ordinært job som {job} med mindst 15 timer om ugen, når forløbet slutter.",
        f"{fn} møder stabilt i praktik som {job} hos {wp} (mål: 4 dage om ugen fra {fmt_date(d, 0)}).",
        f"Målet er, at {fn} bliver optaget på {edu} til sommerstart og selv kan møde op til skolestart.",
    ]
    return rng.choice(opts)


def goal_unclear(rng, fn):
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"Sikre at {fn} får mere struktur på hverdagen og bedre selvværd.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        f"At {fn} får det bedre og oplever mere trivsel i hverdagen.",
        "Motivere borgeren og arbejde på at komme videre.",
    ])


def tasks(rng, fn, mentor_first):
    pool = [
        f"følge {fn} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde og transport",
        "hjælpe med at lave en plan for morgenrutiner, så fremmødet holder",
        "være bindeled til kontaktpersonen på arbejdspladsen",
        "støtte ved kontakt til skolens studievejleder",
        "øve bustur og transporttid til skolen",
        "hjælpe med at åbne og besvare digital post",
        "tage med til første samtale på uddannelsesstedet",
        "gennemgå skemaet hver mandag og planlægge lektier",
        "ringe om morgenen de dage, hvor der er risiko for udeblivelse",
        "hjælpe med ansøgning om SU og befordringstilskud",
        "træne samtaler med arbejdsgiver",
    ]
    items = rng.sample(pool, rng.randint(3, 5))
    return [i[0].upper() + i[1:] for i in items]


def follow_up(rng, kommune):
    return rng.choice([
        "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
        "Vi følger op hver 3. måned på et fælles møde. Progressionen måles på fremmøde (delmål: 4 dage om ugen).",
        f"Midtvejsevaluering efter tre måneder og slutevaluering fire uger før bevillingsudløb. {kommune} indkalder.",
        "Mentor sender en kort skriftlig status hver måned. Delmål og progression gennemgås på opfølgningssamtalen.",
        "Opfølgningsmøde hver 14. dag de første to måneder, derefter hver måned.",
    ])


def hours(rng):
    return rng.choice(["3 timer pr. uge", "2 t/uge", "4 timer om ugen", "8 timer om måneden",
                       "1-2 timer pr. uge", "5 timer ugentligt", "halvanden time om ugen",
                       "2½ time pr. uge", "6 timer pr. uge de første fire uger, derefter 3 timer pr. uge"])


def appeal_full(rng, kommune, tlf):
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} inden fire uger efter, at du har modtaget den. "
        f"Du kan klage skriftligt eller mundtligt (tlf. {tlf}). Kommunen genvurderer afgørelsen inden fire uger. "
        "Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til kommunen senest 4 uger efter, at du har fået afgørelsen. "
        "Vi vurderer sagen igen. Giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
        f"Er du uenig, skal du klage til {kommune} inden 4 uger. Kommunen skal genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
        "Hvis kommunen fastholder afgørelsen, bliver klagen sendt videre til Ankestyrelsen, som tager stilling til den.",
    ])


def appeal_incomplete(rng):
    return rng.choice(["Du kan klage over afgørelsen.",
                       "Hvis du er uenig i aftalen, er du velkommen til at kontakte din sagsbehandler.",
                       "Du har mulighed for at klage. Kontakt os, hvis du har spørgsmål."])


def appeal_direct(rng):
    return rng.choice(["Du kan klage direkte til Ankestyrelsen inden 4 uger fra modtagelsen af denne afgørelse.",
                       "Klage over afgørelsen sendes til Ankestyrelsen, 7998 Statsservice, senest fire uger efter modtagelsen."])


REASONS = [
    "Vi har lagt vægt på, at du har brug for hjælp til at komme stabilt i praktik, og at din helbredssituation gør, at du ikke kan gennemføre forløbet uden støtte, jf. LAB § 167, stk. 1.",
    "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167. Vi har lagt vægt på oplysningerne fra din praktikvært og din læge om, at du har behov for en fast person at gå til.",
    "På baggrund af samtalen den {d} vurderer vi, at mentorstøtte er nødvendig for, at du kan gennemføre uddannelsen. Vi har lagt vægt på dit tidligere fravær og dine egne ønsker.",
]
