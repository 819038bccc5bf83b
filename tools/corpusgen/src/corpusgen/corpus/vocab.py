"""Danish people, places, providers and municipal units for realistic fake documents.

Every name, phone number, e-mail and CPR number here is made up. CPR numbers are well formed
(a plausible birth date and four digits) so that a linter's masking is really exercised.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

FIRST_NAMES = [
    "Jonas", "Mette", "Søren", "Anne", "Mikkel", "Camilla", "Rasmus", "Line", "Frederik", "Sofie",
    "Mads", "Julie", "Emil", "Ida", "Kasper", "Louise", "Nikolaj", "Maja", "Ahmad", "Fatima",
    "Tobias", "Sarah", "Oliver", "Nanna", "Bjørn", "Åse", "Jesper", "Helle", "Ali", "Zainab",
    "Christian", "Pernille", "Morten", "Tina", "Thomas", "Signe", "Lasse", "Malene", "Dennis", "Ægir",
]
LAST_NAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Østergaard", "Bækgaard", "Lund", "Holm", "Møller", "Frederiksen", "Kjær", "Dahl", "Søgaard",
    "Ibrahim", "Yilmaz", "Hussein", "Abdi", "Mortensen", "Vestergaard", "Skov", "Bach", "Krogh",
]


@dataclass(frozen=True)
class Municipality:
    name: str          # "Gribskov"
    town: str          # where the jobcentre sits
    street: str
    postcode: str
    phone: str         # switchboard
    domain: str        # e-mail / web domain


MUNICIPALITIES = [
    Municipality("Gribskov", "Helsinge", "Rådhusvej 3", "3200", "72 49 60 00", "gribskov.dk"),
    Municipality("Aalborg", "Aalborg", "Kayerødsgade 1", "9000", "99 31 31 31", "aalborg.dk"),
    Municipality("Faxe", "Haslev", "Frederiksgade 9", "4690", "56 20 30 00", "faxekommune.dk"),
    Municipality("Roskilde", "Roskilde", "Køgevej 80", "4000", "46 31 30 00", "roskilde.dk"),
    Municipality("Holbæk", "Holbæk", "Kanalstræde 2", "4300", "72 36 36 36", "holbaek.dk"),
    Municipality("Herning", "Herning", "Fredensgade 12", "7400", "96 28 28 28", "herning.dk"),
    Municipality("Tønder", "Tønder", "Wegners Plads 2", "6270", "74 92 92 92", "toender.dk"),
    Municipality("Assens", "Assens", "Willemoesgade 15", "5610", "64 74 74 74", "assens.dk"),
    Municipality("Rudersdal", "Holte", "Øverødvej 2", "2840", "46 11 00 00", "rudersdal.dk"),
    Municipality("Albertslund", "Albertslund", "Nordmarks Allé 1", "2620", "43 68 68 68",
                 "albertslund.dk"),
]

#: First path level of the archive (the report engineer reads it as the unit).
UNITS = ["job-og-kompetence", "job-og-helbred", "ungeenheden", "integration", "sygedagpenge"]

PROVIDERS = [
    "Mentorhuset ApS", "Mentorkorpset", "Broen Mentor", "Socialt Netværk Nord", "Kompas Mentor",
    "Jobværkstedet", "Vejviseren ApS", "Kommunens mentorteam", "Fremad Mentor & Coach",
    "Lys i Mørket (frivilligcenter)",
]

STREETS = ["Søndergade", "Nørregade", "Vestergade", "Østergade", "Bøgevej", "Kirkevej", "Skolevej",
           "Møllevej", "Engdraget", "Åbrinken", "Solsikkevej", "Lærkevej"]

COMPANIES = [
    ("Netto", "butiksmedhjælper"), ("Lidl", "lagermedarbejder"), ("Bygma", "lagerarbejder"),
    ("Plejecenter Solgården", "serviceassistent"), ("Føtex", "kassemedarbejder"),
    ("Genbrugspladsen", "pladsmand"), ("Dagli'Brugsen", "butiksassistent"),
    ("Restaurant Havnen", "køkkenmedhjælper"), ("Vognmand Hansen", "chaufførmedhjælper"),
    ("Gartneriet Grønt", "gartnermedhjælper"), ("Kommunens vejafdeling", "vejarbejder"),
]

EDUCATIONS = [
    ("grundforløbet på EUC", "EUC"), ("FGU Byg og bolig", "FGU"),
    ("social- og sundhedshjælperuddannelsen", "SOSU-skolen"), ("hf på VUC", "VUC"),
    ("den pædagogiske assistentuddannelse (PAU)", "SOSU-skolen"), ("gymnasiet (stx)", "gymnasiet"),
    ("tømreruddannelsen", "EUC"),
]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    street: str
    postcode: str
    town: str
    cpr: str        # fake but well formed
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Mentor:
    first: str
    last: str
    provider: str
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def phone_number(rng: random.Random) -> str:
    """A Danish mobile number in one of the ways people write them."""
    digits = f"{rng.choice([2, 3, 4, 5, 6, 9])}{rng.randrange(10**7):07d}"
    style = rng.randrange(5)
    if style == 0:
        return " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == 1:
        return digits
    if style == 2:
        return f"{digits[:4]} {digits[4:]}"
    if style == 3:
        return "+45 " + " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    return f"+45{digits}"


def _ascii(text: str) -> str:
    return (text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            .replace(" ", "").replace("'", "").replace("&", "og").replace("(", "").replace(")", ""))


def fake_cpr(rng: random.Random) -> str:
    born = date(rng.randrange(1960, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    serial = rng.randrange(1000, 10000)
    sep = rng.choice(["-", "-", "-", "", " "])
    return f"{born:%d%m%y}{sep}{serial:04d}"


def person(rng: random.Random, muni: Municipality) -> Person:
    return Person(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES),
                  f"{rng.choice(STREETS)} {rng.randrange(1, 120)}", muni.postcode, muni.town,
                  fake_cpr(rng), phone_number(rng))


def mentor(rng: random.Random) -> Mentor:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    provider = rng.choice(PROVIDERS)
    domain = _ascii(provider.split(" (")[0].replace(" ApS", "")) + ".dk"
    local = rng.choice([f"{_ascii(first)}.{_ascii(last)}", f"{_ascii(first)[:2]}{_ascii(last)[:2]}",
                        _ascii(first)])
    return Mentor(first, last, provider, phone_number(rng), f"{local}@{domain}")


def caseworker(rng: random.Random) -> tuple[str, str]:
    """Name and job title of the caseworker who signs."""
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    title = rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver", "Socialrådgiver",
                        "Virksomhedskonsulent", "Mentorkoordinator"])
    return name, title
