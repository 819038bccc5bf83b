"""Shared pools and helpers for corpus gl (plain-language, English and bilingual mentor paperwork)."""
from __future__ import annotations

import calendar
import datetime as dt
import random

DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

KOMMUNER = ["Aarhus Kommune", "Odense Kommune", "Vejle Kommune", "Kolding Kommune", "Herning Kommune",
            "Holstebro Kommune", "Esbjerg Kommune", "Horsens Kommune", "Randers Kommune",
            "Silkeborg Kommune", "Høje-Taastrup Kommune", "Ishøj Kommune", "Albertslund Kommune",
            "Køge Kommune", "Næstved Kommune", "Slagelse Kommune", "Sønderborg Kommune",
            "Aabenraa Kommune", "Viborg Kommune", "Frederikshavn Kommune", "Brøndby Kommune",
            "Fredericia Kommune", "Svendborg Kommune", "Hvidovre Kommune"]

CITIZENS_INT = [("Amir", "Haddad"), ("Fatima", "Yusuf"), ("Oleksandr", "Kovalenko"), ("Maria", "Santos"),
                ("Ngozi", "Okafor"), ("Ahmad", "Rahimi"), ("Priya", "Nair"), ("Tomasz", "Nowak"),
                ("Yasmin", "Ali"), ("Daniela", "Popescu"), ("Hamid", "Karimi"), ("Olena", "Shevchenko"),
                ("Samir", "Benali"), ("Aisha", "Mohamed"), ("Juan", "Pérez"), ("Linh", "Nguyen"),
                ("Tigist", "Bekele"), ("Rami", "Khalil"), ("Iryna", "Bondarenko"), ("Kofi", "Mensah"),
                ("Sara", "Tesfaye"), ("Mehmet", "Yilmaz"), ("Nadia", "Rahman"), ("Viktor", "Horvat")]
CITIZENS_DK = [("Mikkel", "Sørensen"), ("Emma", "Kristensen"), ("Sebastian", "Holm"), ("Freja", "Nielsen"),
               ("Oliver", "Jakobsen"), ("Ida", "Poulsen"), ("Noah", "Mortensen"), ("Laura", "Dahl"),
               ("Magnus", "Vestergaard"), ("Clara", "Lund"), ("William", "Bach"), ("Sofie", "Møller"),
               ("Lucas", "Kjær"), ("Alma", "Thomsen"), ("Victor", "Skov"), ("Asta", "Frandsen"),
               ("Malte", "Birk"), ("Karla", "Winther"), ("Elias", "Brandt"), ("Josefine", "Lauridsen")]
MENTORS = [("Lars", "Østergaard"), ("Hanne", "Bjerre"), ("Anders", "Kragh"), ("Mette", "Lindberg"),
           ("Jonas", "Friis"), ("Sanne", "Juhl"), ("Kasper", "Nørby"), ("Rikke", "Høgh"),
           ("Peter", "Damgaard"), ("Louise", "Vinther"), ("Thomas", "Bisgaard"), ("Camilla", "Storm"),
           ("Hassan", "Omar"), ("Leila", "Farah"), ("Daniel", "Okoye"), ("Ewa", "Kowalska"),
           ("Morten", "Riis"), ("Tina", "Gade"), ("Bo", "Lykke"), ("Nanna", "Steen"),
           ("Martin", "Aagaard"), ("Pernille", "Ravn"), ("Rasmus", "Bundgaard"), ("Helle", "Krogh")]
CASEWORKERS = [("Birgitte", "Laursen"), ("Jens", "Munk"), ("Lone", "Hviid"), ("Karina", "Bech"),
               ("Søren", "Pedersen"), ("Charlotte", "Toft"), ("Niels", "Ebbesen"), ("Maja", "Ladefoged"),
               ("Ulla", "Kirkegaard"), ("Henrik", "Sloth"), ("Gitte", "Rask"), ("Anette", "Bruun")]
FIRMS = [("NordBridge Mentoring ApS", "nordbridge.dk"), ("Bridge2Work International ApS", "bridge2work.dk"),
         ("Nexus Job & Integration ApS", "nexusjob.dk"), ("Global Talent Mentors Denmark", "gtmentors.dk"),
         ("Kompas Mentorhus", "kompasmentor.dk"), ("Jobhuset Vest", "jobhusetvest.dk"),
         ("NewStart Mentors ApS", "newstartmentors.dk"), ("Ungdommens Vej ApS", "ungdommensvej.dk")]

PLACES = [("Netto i Bygaden", "the Netto supermarket on Bygaden"), ("Bilka Vejle", "Bilka in Vejle"),
          ("Plejecenter Solgården", "Solgården care home"), ("lageret hos DSV i Hedehusene", "the DSV warehouse in Hedehusene"),
          ("køkkenet på Hotel Hvide Hus", "the kitchen at Hotel Hvide Hus"), ("Dansk Cater i Kolding", "Dansk Cater in Kolding"),
          ("Børnehuset Mælkebøtten", "Mælkebøtten kindergarten"), ("Holstebro Genbrug", "the Holstebro recycling centre"),
          ("ISS' rengøringsteam på Rigshospitalet", "the ISS cleaning team at Rigshospitalet"), ("Lidl i Ishøj", "Lidl in Ishøj")]
EDUS = [("grundforløb 1 på EUC Syd", "the basic course (GF1) at EUC Syd"),
        ("social- og sundhedshjælperuddannelsen på SOSU Østjylland", "the social and health care helper programme at SOSU Østjylland"),
        ("FGU Vejle, spor PGU", "FGU Vejle (PGU track)"), ("AMU-kurset i truckcertifikat", "the AMU forklift certificate course"),
        ("hf-enkeltfag på VUC Storstrøm", "single HF subjects at VUC Storstrøm"),
        ("grundforløbet til ernæringsassistent på Mercantec", "the basic course for nutrition assistants at Mercantec"),
        ("danskuddannelse 3, modul 4, på Lærdansk", "Danish Education 3, module 4, at Lærdansk"),
        ("EUD-grundforløbet til lager- og terminaluddannelsen på Tradium", "the basic course for warehouse and terminal work at Tradium")]
PLACES_DA = [a for a, _ in PLACES]
PLACES_EN = [b for _, b in PLACES]
EDU_DA = [a for a, _ in EDUS]
EDU_EN = [b for _, b in EDUS]


def fmt_da(d: dt.date, style: str = "words") -> str:
    if style == "words":
        return f"{d.day}. {DA_MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {DA_MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "short":
        ab = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
        return f"{d.day}. {ab[d.month-1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fmt_en(d: dt.date, style: str = "uk") -> str:
    if style == "uk":
        return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    if style == "us":
        return f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def cpr_for(rng: random.Random, year_from=1970, year_to=2007) -> str:
    y = rng.randint(year_from, year_to)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    # century digit for the serial: 1937-1999 -> 0-3, 2000-2036 -> 4 (keeps it plausible)
    first = rng.choice("0123") if y < 2000 else "4"
    serial = first + "".join(rng.choice("0123456789") for _ in range(3))
    return f"{d:02d}{m:02d}{y % 100:02d}-{serial}"


def phone(rng: random.Random) -> str:
    a = rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"])
    digits = a + "".join(rng.choice("0123456789") for _ in range(7))
    return " ".join(digits[i:i+2] for i in range(0, 8, 2))


def slug(s: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "-"})
    return "".join(ch for ch in s.translate(tr).lower() if ch.isalnum() or ch == "-")
