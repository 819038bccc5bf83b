"""Shared context for corpus AM: names, dates, CPR numbers (random, never real people)."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Mette", "Nikolaj", "Line",
         "Emil", "Camilla", "Yusuf", "Ida", "Rasmus", "Maja", "Oliver", "Hanne", "Tobias", "Sara", "Peter"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Østergaard", "Kristiansen", "Madsen", "Mortensen", "Holm", "Ali", "Thomsen", "Poulsen", "Bach"]
KOMMUNER = [("Horsens Kommune", "horsens.dk"), ("Næstved Kommune", "naestved.dk"), ("Viborg Kommune", "viborg.dk"),
            ("Slagelse Kommune", "slagelse.dk"), ("Holstebro Kommune", "holstebro.dk"),
            ("Frederikshavn Kommune", "frederikshavn.dk"), ("Hvidovre Kommune", "hvidovre.dk"),
            ("Svendborg Kommune", "svendborg.dk"), ("Kolding Kommune", "kolding.dk")]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("JobBro Mentor", "jobbro.dk"), ("Trin for Trin I/S", "trinfortrin.dk"),
             ("Nordvest Mentorservice", "nvmentor.dk"), ("KompasMentor", "kompasmentor.dk")]


def dk_date(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    """d + n calendar months - 1 day (the inclusive end of an n-month period)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day) - timedelta(days=1)


def cpr(rng: random.Random) -> str:
    d = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 14000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(0, 10000):04d}"


def phone(rng: random.Random) -> str:
    n = f"{rng.choice('2345678')}{rng.randrange(0, 10**7):07d}"
    return " ".join(n[i:i + 2] for i in range(0, 8, 2))


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def mail_of(person: str, domain: str) -> str:
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "oe"})
    return person.lower().split()[0].translate(tr) + "." + person.lower().split()[-1].translate(tr) + "@" + domain


@dataclass
class Ctx:
    rng: random.Random
    kom: str
    kom_domain: str
    citizen: str
    citizen_first: str
    address: str
    cpr_str: str
    caseno: str
    caseworker: str
    cw_phone: str
    mentor: str
    mentor_phone: str
    mentor_mail: str
    provider: str
    provider_domain: str
    start: date
    letter_date: date


def make_ctx(rng: random.Random, with_cpr: bool) -> Ctx:
    kom, dom = rng.choice(KOMMUNER)
    prov, pdom = rng.choice(PROVIDERS)
    citizen = name(rng)
    mentor = name(rng)
    start = date(rng.choice([2025, 2026]), rng.randrange(1, 13), 1)
    return Ctx(rng=rng, kom=kom, kom_domain=dom, citizen=citizen, citizen_first=citizen.split()[0],
               address=f"{rng.choice(['Storegade', 'Vestergade', 'Parkvej', 'Skovbrynet', 'Engvej'])} "
                       f"{rng.randrange(1, 90)}, {rng.randrange(10, 99)}00 {kom.split()[0]}",
               cpr_str=cpr(rng) if with_cpr else "", caseno=f"15.20.08-G01-{rng.randrange(100, 9999)}-{start.year % 100}",
               caseworker=name(rng), cw_phone=phone(rng), mentor=mentor, mentor_phone=phone(rng),
               mentor_mail=mail_of(mentor, pdom), provider=prov, provider_domain=pdom, start=start,
               letter_date=start - timedelta(days=rng.randrange(5, 20)))
