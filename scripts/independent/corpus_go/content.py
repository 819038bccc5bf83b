"""Content pools and field writers for corpus GO (private providers, small municipalities)."""
from __future__ import annotations

import calendar
import datetime as dt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

MUNIS = [
    ("Læsø Kommune", "Jobcenter Læsø", "Doktorvejen 2, 9940 Læsø", "98 49 80 00"),
    ("Samsø Kommune", "Jobcenter Samsø", "Søtofte 10, 8305 Samsø", "87 92 22 00"),
    ("Ærø Kommune", "Jobcenter Ærø", "Statene 2, 5970 Ærøskøbing", "63 52 50 00"),
    ("Fanø Kommune", "Borgerservice og Beskæftigelse", "Skolevej 5-7, 6720 Fanø", "76 66 06 00"),
    ("Langeland Kommune", "Jobcenter Langeland", "Fredensvej 1, 5900 Rudkøbing", "63 51 60 00"),
    ("Lemvig Kommune", "Jobcenter Lemvig", "Rådhusgade 2, 7620 Lemvig", "96 63 10 00"),
    ("Odder Kommune", "Jobcenter Odder", "Rådhusgade 3, 8300 Odder", "87 80 33 33"),
    ("Stevns Kommune", "Jobcenter Stevns", "Tinghusvej 3, 4660 Store Heddinge", "56 57 57 57"),
    ("Dragør Kommune", "Center for Beskæftigelse", "Kirkevej 7, 2791 Dragør", "32 89 01 00"),
    ("Morsø Kommune", "Jobcenter Morsø", "Jernbanevej 7, 7900 Nykøbing M", "99 70 70 00"),
    ("Struer Kommune", "Jobcenter Struer", "Østergade 11-15, 7600 Struer", "96 84 84 84"),
    ("Billund Kommune", "Jobcenter Billund", "Jorden Rundt 1, 7190 Billund", "79 72 72 72"),
]

PROVIDERS = [
    ("Broen Mentor & Coaching ApS", "Havnegade 14, 1. sal", "5700 Svendborg", "CVR 38 41 27 90", "62 21 44 10", "broen-mentor.dk"),
    ("Mentorhuset Vest I/S", "Industrivej 3", "7620 Lemvig", "CVR 40 11 83 52", "97 82 15 00", "mentorhuset-vest.dk"),
    ("Trin for Trin – mentorstøtte og afklaring", "Torvet 6", "8300 Odder", "CVR 35 99 20 14", "86 54 70 70", "trinfortrin.dk"),
    ("KompasMentor ApS", "Storegade 41", "4660 Store Heddinge", "CVR 41 70 26 08", "56 50 12 12", "kompasmentor.dk"),
    ("Øhavets Støttecenter", "Vestergade 22", "5970 Ærøskøbing", "CVR 39 02 66 71", "62 52 19 19", "oehavets-stoette.dk"),
    ("Nordvest Mentorservice", "Algade 9", "7900 Nykøbing M", "CVR 37 58 44 01", "97 72 03 03", "nv-mentor.dk"),
    ("Havnens Mentorteam ApS", "Kongevejen 112", "2791 Dragør", "CVR 42 19 03 77", "32 53 88 00", "havnensmentorteam.dk"),
    ("Mentorcentret Midt", "Jernbanegade 4", "7190 Billund", "CVR 36 84 55 20", "75 33 90 90", "mentorcentret-midt.dk"),
]

FIRST = ["Mads", "Sofie", "Jonas", "Emma", "Ahmed", "Laura", "Kasper", "Ida", "Nikolaj", "Camilla",
         "Mikkel", "Sara", "Rasmus", "Fatima", "Oliver", "Louise", "Jesper", "Maja", "Tobias", "Nanna",
         "Ali", "Mette", "Frederik", "Julie", "Kristian", "Amalie", "Simon", "Cecilie", "Dennis", "Signe"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Møller", "Mortensen", "Hassan", "Østergaard", "Kjær", "Lund", "Dahl", "Bech"]
MENTOR_FIRST = ["Lene", "Bjarne", "Hanne", "Torben", "Gitte", "Per", "Anette", "Kim", "Birgitte", "Henrik",
                "Susanne", "Allan", "Dorthe", "Steen", "Pia", "Claus"]
CW_FIRST = ["Marianne", "Jens", "Karina", "Ole", "Tina", "Søren", "Helle", "Brian"]

STREETS = ["Skovvej", "Møllegade", "Bakkevej", "Kirkestræde", "Strandvejen", "Nørregade", "Lærkevej", "Engvej"]

JOBS = [
    ("virksomhedspraktik som lagermedarbejder", "Dagrofa Lager", "løntilskud"),
    ("virksomhedspraktik i køkkenet", "Hotel Ærø", "ordinære timer"),
    ("praktik som pedelmedhjælper", "Rudkøbing Skole", "løntilskud"),
    ("praktik i butik", "Rema 1000 Storegade", "et fleksjob på 12 timer"),
    ("virksomhedspraktik som chauffør-medhjælper", "Lemvig Vognmandsforretning", "ordinær ansættelse"),
    ("praktik i gartneriet", "Samsø Grønt", "sæsonansættelse"),
]
EDUS = [
    ("grundforløb 1 på SOSU-skolen", "SOSU Syd"),
    ("FGU, produktionsgrunduddannelse (PGU)", "FGU Vestjylland"),
    ("hf-enkeltfag på VUC", "VUC Fyn"),
    ("grundforløb på smedeuddannelsen", "Tradium"),
    ("AMU-kursus i truckkørsel og lager", "AMU Syd"),
]


def dlong(d: dt.date, with_den=False) -> str:
    s = f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return ("den " + s) if with_den else s


def dfmt(d: dt.date, style: str) -> str:
    if style == "long":
        return dlong(d)
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
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return dlong(d)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months=6) -> dt.date:
    """Last day of a period of `months` starting at start (start + n months - 1 day)."""
    return add_months(start, months) - dt.timedelta(days=1)


def cpr(rng) -> str:
    y = rng.randint(1965, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s = rng.randint(1000, 9999)
    if y >= 2000 and s // 1000 not in (4, 9) and s // 1000 < 4:
        s = 4000 + s % 1000
    return f"{d:02d}{m:02d}{y % 100:02d}-{s:04d}"


def phone(rng) -> str:
    return f"{rng.choice([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 60, 61, 71])} " \
           f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


class Case:
    """One citizen's case with a provider and a municipality."""

    def __init__(self, rng, idx):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.addr = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        self.muni = MUNIS[idx % len(MUNIS)]
        self.prov = PROVIDERS[(idx * 3 + 1) % len(PROVIDERS)]
        mf = rng.choice(MENTOR_FIRST)
        self.mentor = f"{mf} {rng.choice(LAST)}"
        self.mentor_phone = phone(rng)
        self.mentor_mail = f"{mf.lower()}@{self.prov[5]}"
        cf = rng.choice(CW_FIRST)
        self.cw = f"{cf} {rng.choice(LAST)}"
        self.cw_phone = self.muni[3]
        self.cw_mail = f"{cf.lower()[:3]}{rng.randint(1, 9)}@{self.muni[0].split()[0].lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
        self.cpr = cpr(rng)
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        self.hours = rng.choice([2, 3, 3, 4, 5, 6])
        m = rng.choice([1, 2, 3, 3, 4, 5, 6, 8, 9])
        self.start = dt.date(2026, m, rng.choice([1, 1, 1, 4, 15, 16]))
        self.end = six_end(self.start, rng.choice([6, 6, 6, 4, 3, 5]))
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        if rng.random() < 0.55:
            self.job = rng.choice(JOBS)
            self.edu = None
        else:
            self.job = None
            self.edu = rng.choice(EDUS)
        self.kommune_word = "kommunen" if self.letter >= dt.date(2026, 2, 1) and rng.random() < 0.6 else "jobcentret"


# ---------------------------------------------------------------- goals

def goal_main(c: Case) -> str:
    g = c.rng
    if c.job:
        job, place, nxt = c.job
        return g.choice([
            f"{c.fn} er i {job} hos {place} 15 timer om ugen senest {dlong(c.start + dt.timedelta(days=45))} "
            f"og har efter forløbet en aftale om {nxt}.",
            f"Hovedformålet er, at {c.fn} gennemfører {job} hos {place} med et fremmøde på mindst 4 dage om ugen, "
            f"så det ved forløbets afslutning kan vurderes, om der er grundlag for {nxt}.",
            f"At {c.fn} kommer i {job} hos {place} og er stabil i praktikken (højst 2 fraværsdage pr. måned), "
            f"med sigte på {nxt} ved periodens udløb.",
        ])
    edu, school = c.edu
    return g.choice([
        f"{c.fn} starter på {edu} hos {school} {dlong(c.start + dt.timedelta(days=30))} og møder op mindst "
        f"4 ud af 5 skoledage.",
        f"Hovedmålet er, at {c.fn} gennemfører første modul af {edu} ({school}) og består de prøver, "
        f"der ligger i perioden.",
        f"At {c.fn} er optaget på {edu} på {school} og har et fremmøde på mindst 80 % ved periodens afslutning.",
    ])


def goal_sub(c: Case):
    g = c.rng
    subs = [
        "Møder til tiden alle aftalte dage i de første 4 uger",
        f"Tager selv bussen til {'praktikstedet' if c.job else 'skolen'} fra uge 3",
        "Har styr på post fra kommunen og åbner e-Boks mindst én gang om ugen",
        "Melder selv fravær før kl. 8 på dagen",
        "Har lavet en ugeplan sammen med mentor og følger den",
    ]
    g.shuffle(subs)
    return subs[:3]


def goal_unclear(c: Case) -> str:
    return c.rng.choice([
        "Støtte til at få struktur på hverdagen og øget trivsel.",
        f"At {c.fn} får det bedre med sig selv og kommer videre.",
        f"Motivere {c.fn} og skabe tryghed, så {c.fn} får mere selvværd.",
        f"Hjælp til at {c.fn} bliver mere stabil og får en bedre hverdag.",
        "Sikre at borgeren trives og får mere overskud i hverdagen.",
    ])


def smart_rows(c: Case):
    target = c.job[1] if c.job else c.edu[1]
    what = c.job[0] if c.job else c.edu[0]
    return [
        ["SMART", "Beskrivelse"],
        ["Specifikt", f"{c.fn} gennemfører {what} hos {target}."],
        ["Målbart", "Fremmøde registreres ugentligt; mål: mindst 4 dage om ugen."],
        ["Attraktivt", f"{c.fn} har selv valgt {target} og ønsker at komme videre derfra."],
        ["Realistisk", "Vurderet på opstartsmødet ud fra tidligere forløb og helbred."],
        ["Tidsbestemt", f"Senest {dlong(c.end)}."],
    ]


# ---------------------------------------------------------------- tasks

def tasks_list(c: Case):
    g = c.rng
    base = [
        f"følges med {c.fn} til {'praktikstedet' if c.job else 'skolen'} de første to uger",
        "samtaler om fremmøde, transport og aftaler",
        "hjælpe med at læse og svare på breve fra kommunen og a-kassen",
        "være bindeled til kontaktpersonen på " + ("arbejdspladsen" if c.job else "skolen"),
        "lave en ugeplan med faste tider for at stå op og komme afsted",
        "øve telefonopkald og fraværsmelding",
        "støtte ved møder med læge og psykiatri, når de har betydning for forløbet",
    ]
    g.shuffle(base)
    return [b[0].upper() + b[1:] for b in base[:g.randint(3, 5)]]


# ---------------------------------------------------------------- appeal

def appeal_full(c: Case, variant=None) -> str:
    g = c.rng
    body = c.kommune_word
    muni = c.muni[0]
    v = variant if variant is not None else g.randint(0, 4)
    if v == 0:
        return (f"Hvis du ikke er enig i {body}s afgørelse om mentorstøtte, skal du klage til {body} inden fire uger "
                f"efter, at du har fået dette brev. {body.capitalize()} skal så genvurdere afgørelsen inden fire uger, "
                f"fra klagen er modtaget. Hvis {body} fastholder afgørelsen, bliver din klage sendt videre til "
                f"Ankestyrelsen, som tager stilling til afgørelsen.")
    if v == 1:
        return (f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {muni}, {c.muni[1]}, "
                f"{c.muni[2]}, og vi skal have den senest 4 uger efter, at du har modtaget afgørelsen. Du kan klage "
                f"skriftligt eller mundtligt. Vi genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen og "
                f"sagens akter til Ankestyrelsen, Beskæftigelsesudvalget (lov om en aktiv beskæftigelsesindsats "
                f"§ 204 og retssikkerhedsloven kap. 10).")
    if v == 2:
        return (f"Klagefristen er 4 uger fra den dag, du fik afgørelsen. Send din klage til {c.muni[1]} "
                f"(tlf. {c.muni[3]}). {c.muni[1]} ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen "
                f"til Ankestyrelsen. Du kan ikke klage direkte til Ankestyrelsen.")
    if v == 3:
        return (f"Er du uenig i bevillingen af mentorstøtte, kan du klage til {muni} inden 4 uger. Klagen sendes "
                f"til {c.cw} på {c.cw_mail} eller pr. brev. Kommunen genvurderer afgørelsen og sender den videre til "
                f"Ankestyrelsen, hvis den fastholdes, jf. LAB § 204.")
    return (f"Du har mulighed for at klage over afgørelsen inden for fire uger efter modtagelsen. Klagen skal "
            f"indgives til jobcentret i {muni.replace(' Kommune', '')}, som genvurderer sagen. Fastholdes "
            f"afgørelsen, videresendes klagen til Ankestyrelsen.")


def appeal_bad(c: Case, variant: int) -> str:
    if variant == 0:
        return "Du kan klage over afgørelsen."
    if variant == 1:
        return "Hvis du er utilfreds med aftalen, er du velkommen til at tage det op med din mentor eller sagsbehandler."
    if variant == 2:
        return ("Klage over afgørelse om befordringsgodtgørelse: Du kan klage til kommunen inden 4 uger. "
                "Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")
    return "Du kan altid klage, hvis du ikke er enig."
