#!/usr/bin/env python3
"""Corpus fo: mentor-support paperwork as it reaches an archive by e-mail (.eml).

Deterministic: ``python make_corpus_fo.py --out /work/corpora/fo [--seed 4711]``.

Families: Outlook HTML-only bodies (nested tables, inline styles), multipart/alternative
mails whose text and HTML parts differ, short covering notes with the document attached as
PDF or DOCX (base64), forwarded and replied chains with the document quoted below, signature
blocks and legal disclaimers, Min Plan entries pasted into a mail, and mails that are none of
the kinds (invitations, "tak for i dag", a mentor's status, out-of-office, invoices ...).
Every .eml is labelled by what the whole mail (with its attachments) is.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import html
import io
import json
import random
import shutil
import subprocess
import tempfile
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed PDF ids and dates: the corpus is byte-for-byte reproducible

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

# 1x1 transparent PNG (Outlook's inline "image001.png" logo placeholder)
PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    raise ValueError(style)


def frange(a: dt.date, b: dt.date, style: str, rng: random.Random) -> str:
    form = rng.choice(["dash", "fratil", "fomtom", "tight"])
    if style in ("num", "iso") and form == "tight":
        return f"{fdate(a, style)}-{fdate(b, style)}"
    if form == "fratil":
        return f"fra {fdate(a, style)} til {fdate(b, style)}"
    if form == "fomtom":
        return f"f.o.m. {fdate(a, style)} t.o.m. {fdate(b, style)}"
    return f"{fdate(a, style)} – {fdate(b, style)}"


# --------------------------------------------------------------------------- people & places
FIRST = ["Anna", "Mads", "Sofie", "Jonas", "Emma", "Frederik", "Ida", "Mikkel", "Laura", "Oliver",
         "Amalie", "Rasmus", "Nanna", "Ahmed", "Fatima", "Kasper", "Line", "Tobias", "Sara", "Yusuf",
         "Camilla", "Nikolaj", "Josefine", "Mohammed", "Julie", "Simon", "Maja", "Patrick", "Aisha",
         "Christian", "Cecilie", "Ali", "Signe", "Daniel", "Marie", "Emil", "Louise", "Hassan"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Bach", "Holm", "Lund", "Ali",
        "Yilmaz", "Haddad", "Frandsen", "Dahl", "Vestergaard", "Skov", "Bjerre", "Iversen"]
STAFF_FIRST = ["Mette", "Henrik", "Lene", "Søren", "Birgitte", "Jesper", "Hanne", "Thomas", "Pia",
               "Kim", "Charlotte", "Lars", "Tina", "Bo", "Rikke", "Anders", "Dorthe", "Morten",
               "Helle", "Jan", "Susanne", "Claus", "Marianne", "Niels"]

MUNIS = [  # name, mail domain, town, unit
    ("Herning Kommune", "herning.dk", "Herning", "Job og Borgerservice"),
    ("Vejle Kommune", "vejle.dk", "Vejle", "Jobcenter Vejle"),
    ("Holbæk Kommune", "holb.dk", "Holbæk", "Job og Ydelse"),
    ("Næstved Kommune", "naestved.dk", "Næstved", "Beskæftigelse"),
    ("Silkeborg Kommune", "silkeborg.dk", "Silkeborg", "Jobcenter Silkeborg"),
    ("Randers Kommune", "randers.dk", "Randers", "Job og Uddannelse"),
    ("Kolding Kommune", "kolding.dk", "Kolding", "Beskæftigelsesforvaltningen"),
    ("Viborg Kommune", "viborg.dk", "Viborg", "Jobcenter Viborg"),
    ("Svendborg Kommune", "svendborg.dk", "Svendborg", "Arbejdsmarkedsafdelingen"),
    ("Guldborgsund Kommune", "guldborgsund.dk", "Nykøbing F", "Job og Kompetence"),
    ("Faxe Kommune", "faxekommune.dk", "Haslev", "Center for Job og Uddannelse"),
    ("Assens Kommune", "assens.dk", "Assens", "Job og Arbejdsmarked"),
    ("Tønder Kommune", "toender.dk", "Tønder", "Jobcenter Tønder"),
    ("Sønderborg Kommune", "sonderborg.dk", "Sønderborg", "Job og Ydelse"),
    ("Ringsted Kommune", "ringsted.dk", "Ringsted", "Center for Beskæftigelse"),
    ("Frederikshavn Kommune", "frederikshavn.dk", "Frederikshavn", "Jobcenter Frederikshavn"),
    ("Hillerød Kommune", "hillerod.dk", "Hillerød", "Job og Uddannelse"),
    ("Slagelse Kommune", "slagelse.dk", "Slagelse", "Jobcenter Slagelse"),
]
PROVIDERS = [
    ("Jobhuset ApS", "jobhuset.dk"), ("Mentorhuset", "mentorhuset.dk"), ("Fokus Mentor", "fokusmentor.dk"),
    ("Bro til Job", "brotiljob.dk"), ("Kompas Mentorservice", "kompas-mentor.dk"),
    ("Perspektiv Mentor ApS", "perspektivmentor.dk"), ("Vestjysk Mentorteam", "vjmentor.dk"),
    ("Ung Vejviser I/S", "ungvejviser.dk"), ("Mentorkorpset (kommunens egne mentorer)", None),
]
WORKPLACES = ["Netto i Brande", "Bilka Holstebro", "Dagrofa Logistik", "Plantorama", "Bauhaus Vejle",
              "Danish Crown i Horsens", "Føtex Slagelse", "Genbrugspladsen Vest", "Lidl-lageret i Køge",
              "Byens Cykler", "Plejecenter Solgården", "Kantinen på rådhuset", "Stark Byggemarked"]
EDUS = [("SOSU-hjælperuddannelsen", "SOSU Nord"), ("grundforløb 1 (smed)", "Tradium"),
        ("FGU, produktionsgrunduddannelse (PGU)", "FGU Midtjylland"),
        ("EUD Detail", "Syddansk Erhvervsskole"), ("HF-enkeltfag i dansk og matematik", "VUC Storstrøm"),
        ("grundforløb 2 (lager og logistik)", "ZBC Slagelse"), ("EGU (gartner)", "FGU Sydsjælland")]


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "."), ("é", "e")):
        t = t.replace(a, b)
    return "".join(ch for ch in t if ch.isalnum() or ch == ".")


def cpr(rng: random.Random) -> str:
    d = dt.date(rng.randint(1964, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Case:
    """One citizen's case with a municipality, caseworker, mentor and period."""

    def __init__(self, rng: random.Random, year_start=(2026, 1, 5)):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.muni, self.mdom, self.town, self.unit = rng.choice(MUNIS)
        self.cw_fn = rng.choice(STAFF_FIRST)
        self.cw = f"{self.cw_fn} {rng.choice(LAST)}"
        self.cw_mail = f"{slug(self.cw)}@{self.mdom}"
        self.cw_phone = phone(rng)
        prov = rng.choice(PROVIDERS)
        self.provider, pdom = prov
        self.m_fn = rng.choice([f for f in STAFF_FIRST if f != self.cw_fn])
        self.mentor = f"{self.m_fn} {rng.choice(LAST)}"
        self.m_phone = phone(rng)
        self.m_mail = f"{slug(self.m_fn)}@{pdom}" if pdom else f"{slug(self.mentor)}@{self.mdom}"
        self.c_mail = f"{slug(self.fn)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk', 'yahoo.dk'])}"
        self.workplace = rng.choice(WORKPLACES)
        self.edu, self.school = rng.choice(EDUS)
        self.sagsnr = f"{rng.choice(['15.20.00', '15.02.00', '32.18.04'])}-G01-{rng.randint(100, 9999)}-{rng.choice(['25', '26'])}"
        base = dt.date(*year_start)
        self.sent = base + dt.timedelta(days=rng.randint(0, 300))
        while self.sent.weekday() >= 5:  # caseworkers write on weekdays
            self.sent += dt.timedelta(days=1)
        self.cw_role = rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver", "Virksomhedskonsulent"])
        self.m_role = rng.choice(["Mentor", "Mentor og jobkonsulent", "Socialfaglig mentor"])
        # support starts 1-4 weeks after the mail
        s = self.sent + dt.timedelta(days=rng.randint(5, 30))
        if rng.random() < 0.5:
            s = dt.date(s.year, s.month, 1) if s.day < 10 else (add_months(dt.date(s.year, s.month, 1), 1))
        self.start = s
        self.cpr = cpr(rng)
        self.mentor_type = rng.choice(["tilbudsmentor", "mentor", "udvidet mentor", "uddannelsesmentor",
                                       "mentor i virksomhedspraktik"])

    def mail_dt(self):
        return dt.datetime(self.sent.year, self.sent.month, self.sent.day, self.rng.randint(7, 16),
                           self.rng.randint(0, 59), self.rng.randint(0, 59),
                           tzinfo=dt.timezone(dt.timedelta(hours=1 if self.sent.month in (1, 2, 3, 11, 12) else 2)))

    @property
    def authority(self):
        # letters before 1 Feb 2026 say "jobcentret"; after, "kommunen" (domain.md § 1)
        return "jobcentret" if self.sent < dt.date(2026, 2, 1) else "kommunen"


# --------------------------------------------------------------------------- content banks
def goal_clear(c: Case, rng: random.Random) -> str:
    d = fdate(add_months(c.start, rng.randint(2, 4)), rng.choice(["long", "num", "abbr"]))
    opts = [
        f"{c.fn} er i virksomhedspraktik hos {c.workplace} 15 timer om ugen senest {d}, med henblik på løntilskud.",
        f"{c.fn} starter på {c.edu} hos {c.school} og møder mindst fire dage om ugen de første tre måneder.",
        f"Målet er, at {c.fn} gennemfører praktikken hos {c.workplace} med et fremmøde på mindst 90 % og derefter kan gå over i et fleksjob på 12 timer om ugen.",
        f"{c.fn} har fastholdt sin plads på {c.edu} ({c.school}) ved periodens udløb og har højst to fraværsdage om måneden.",
        f"Hovedformål: {c.fn} får ordinært job på mindst 20 timer om ugen inden for lager eller detail. Delmål: {c.fn} søger to stillinger om ugen fra {d}.",
        f"At {c.fn} er klar til at starte på {c.edu} hos {c.school} senest {d} og kan møde op tre dage om ugen.",
        f"{c.fn} arbejder 10 timer om ugen i løntilskud hos {c.workplace} senest {d} og kan selv tage bussen dertil.",
    ]
    return rng.choice(opts)


def goal_unclear(c: Case, rng: random.Random) -> str:
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {c.fn} får mere struktur på hverdagen.",
        f"Sikre at {c.fn} kommer tættere på arbejdsmarkedet.",
        "Øget selvværd og bedre trivsel i hverdagen.",
        f"Hjælp til at {c.fn} får styr på tingene og får det bedre.",
        f"Motivere {c.fn} til at tage mere ansvar for eget liv.",
    ])


TASKS = [
    "følge {fn} til {wp} de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en ugeplan og holde styr på mødetider",
    "tage kontakt til skolen sammen med {fn} ved fravær",
    "tage med til den første samtale med arbejdsgiveren",
    "hjælpe med at læse og svare på breve fra kommunen og skolen",
    "øve busruten til {wp} sammen med {fn}",
    "være bindeled mellem {fn}, arbejdspladsen og sagsbehandleren",
    "sparre med {fn} om morgenrutiner, så {fn} kan møde kl. 7",
    "gennemgå skemaet på {school} hver mandag",
]


def tasks(c: Case, rng: random.Random, n=None) -> list[str]:
    n = n or rng.randint(2, 4)
    out = [t.format(fn=c.fn, wp=c.workplace, school=c.school) for t in rng.sample(TASKS, n)]
    return [o[0].upper() + o[1:] for o in out]


def hours_good(rng):
    return rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time om ugen",
                       "4 timer ugentligt", "2 timer om ugen", "5 timer pr. uge de første 4 uger, derefter 3 timer pr. uge",
                       "6 timer pr. uge"])


def hours_vague(rng):
    return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale"])


def follow_good(c: Case, rng: random.Random, no_goal_words=False):
    d = fdate(add_months(c.start, rng.randint(2, 3)), rng.choice(["long", "num", "abbr"]))
    if no_goal_words:  # the goal is missing: no "delmål" that could be read as a goal
        return rng.choice([f"Statusmøde med {c.fn}, mentor og sagsbehandler hver måned. Evaluering 14 dage før perioden slutter.",
                           f"Midtvejsevaluering {d} og slutevaluering fire uger før bevillingen udløber."])
    return rng.choice([
        f"Statusmøde med {c.fn}, mentor og sagsbehandler hver måned. Evaluering 14 dage før perioden slutter.",
        f"Mentor sender en kort skriftlig status hver 4. uge. Opfølgningssamtale {d}, hvor vi ser på fremmødet.",
        "Vi følger op hver 3. uge på et møde i kommunen; progressionen måles på antal fremmødedage pr. uge (delmål: 4 dage).",
        f"Midtvejsevaluering {d} og slutevaluering fire uger før bevillingen udløber.",
        "Opfølgning hver anden uge (telefon), statusmøde hver 2. måned. Delmål: møder til tiden 4 ud af 5 dage.",
    ])


def follow_vague(rng):
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"])


def appeal_good(c: Case, rng: random.Random, auth=None):
    a = auth or c.authority
    body = c.muni if a == "kommunen" else f"Jobcenter {c.town}"
    return rng.choice([
        f"Hvis du ikke er enig i {a}s afgørelse, skal du klage til {a} inden fire uger. {a.capitalize()} skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis {a} fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget i {body} senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt til din sagsbehandler. Vi genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og retssikkerhedslovens kapitel 10).",
        f"Er du uenig, kan du inden 4 uger klage til {body} (mail: {c.cw_mail}). Vi ser sagen igennem igen. Får du ikke medhold, sender vi klagen til Ankestyrelsen.",
        f"Du har 4 uger fra du modtager dette brev til at klage. Klagen sendes til {body}, som vurderer afgørelsen igen. Hvis afgørelsen fastholdes, sendes sagen til Ankestyrelsen.",
    ])


def appeal_bad(c: Case, rng: random.Random, kind: str):
    if kind == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.",
                           "Er du uenig i aftalen, så tal med din sagsbehandler.",
                           "Du har mulighed for at klage. Se klagevejledningen på kommunens hjemmeside."])
    if kind == "other":
        return (f"Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordring "
                f"til {c.muni} inden 4 uger. Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")
    if kind == "wrongroute":
        return "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice."
    raise ValueError(kind)


# --------------------------------------------------------------------------- defect tokens
DEFECT_RULE = {
    "goal-missing": "missing-goal", "goal-placeholder": "missing-goal", "goal-unclear": "unclear-goal",
    "mentor-nocontact": "missing-mentor", "mentor-missing": "missing-mentor",
    "tasks-missing": "missing-tasks", "tasks-placeholder": "missing-tasks",
    "duration-missing": "missing-duration", "duration-vague": "missing-duration",
    "over6-range": "duration-over-6-months", "over6-length": "duration-over-6-months",
    "over6-oneday": "duration-over-6-months",
    "hours-missing": "missing-hours", "hours-vague": "missing-hours",
    "follow-missing": "missing-follow-up", "follow-vague": "missing-follow-up",
    "appeal-missing": "missing-appeal-guidance", "appeal-incomplete": "missing-appeal-guidance",
    "appeal-other": "missing-appeal-guidance",
    "appeal-wrongroute": None,  # warning outside the nine -> extras
}


def period_for(c: Case, rng: random.Random, defects, style=None):
    """Return (text, start, end, traits)."""
    style = style or rng.choice(["long", "num", "abbr", "slashdash", "short", "iso", "den", "dots"])
    traits = [f"datefmt:{style}"]
    if "over6-range" in defects:
        m = rng.choice([7, 8, 9, 12])
        end = six_end(c.start, m)
        traits.append(f"period:{m}m")
        return frange(c.start, end, style, rng), c.start, end, traits
    if "over6-oneday" in defects:
        end = add_months(c.start, 6)
        traits.append("period:six-plus-one-day")
        return frange(c.start, end, style, rng), c.start, end, traits
    if "over6-length" in defects:
        m = rng.choice([9, 12])
        word = {9: rng.choice(["9 måneder", "ni måneder", "9 mdr."]), 12: rng.choice(["12 måneder", "et år", "1 år"])}[m]
        traits.append(f"period:length-{m}m")
        return f"{word} fra {fdate(c.start, style)}", c.start, six_end(c.start, m), traits
    form = rng.random()
    if form < 0.15:
        traits.append("period:start-plus-6m")
        return f"fra {fdate(c.start, style)} og 6 måneder frem", c.start, six_end(c.start, 6), traits
    if form < 0.22:
        traits.append("period:26-weeks")
        return f"26 uger fra {fdate(c.start, style)}", c.start, c.start + dt.timedelta(days=181), traits
    m = rng.choice([3, 4, 6, 6, 6, 5])
    end = six_end(c.start, m)
    traits.append("period:exact-six" if m == 6 else f"period:{m}m")
    return frange(c.start, end, style, rng), c.start, end, traits


def agreement_fields(c: Case, rng: random.Random, defects, appeal=True):
    """Ordered list of (field, label, value) for an agreement (value None = left out)."""
    traits = []
    f = []
    # goal
    gl = rng.choice(["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet", "Formål med mentorstøtten"])
    if "goal-missing" in defects:
        pass
    elif "goal-placeholder" in defects:
        f.append(("goal", gl, rng.choice(["Udfyldes senere", "-", "…"])))
    elif "goal-unclear" in defects:
        f.append(("goal", gl, goal_unclear(c, rng)))
    else:
        g = goal_clear(c, rng)
        while any(d.startswith("follow-") for d in defects) and "Delmål" in g:
            g = goal_clear(c, rng)  # no progression target in the goal when the follow-up is the defect
        f.append(("goal", gl, g))
    # mentor
    ml = rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (navn, tlf., mail)"])
    if "mentor-missing" in defects:
        pass
    elif "mentor-nocontact" in defects:
        f.append(("mentor", ml, rng.choice([f"{c.mentor}", f"{c.mentor}, {c.provider}"])))
    else:
        f.append(("mentor", ml, rng.choice([
            f"{c.mentor}, {c.provider}, tlf. {c.m_phone}, {c.m_mail}",
            f"{c.mentor} – mobil {c.m_phone} – mail {c.m_mail}",
            f"{c.mentor} ({c.provider}), tlf. {c.m_phone}"])))
    # tasks
    tl = rng.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?"])
    if "tasks-missing" in defects:
        pass
    elif "tasks-placeholder" in defects:
        f.append(("tasks", tl, rng.choice(["Aftales ved første møde", "-", "xx"])))
    else:
        f.append(("tasks", tl, tasks(c, rng)))
    # duration
    dl = rng.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"])
    per = None
    if "duration-missing" in defects:
        pass
    elif "duration-vague" in defects:
        f.append(("duration", dl, rng.choice(["Indtil videre", "Udfyldes senere"])))
    else:
        txt, s, e, tr = period_for(c, rng, defects)
        per = {"start": s.isoformat(), "end": e.isoformat()}
        traits += tr
        f.append(("duration", dl, txt))
    # hours
    hl = rng.choice(["Timetal", "Antal timer", "Timer", "Omfang"])
    if "hours-missing" in defects:
        pass
    elif "hours-vague" in defects:
        f.append(("hours", hl, hours_vague(rng)))
    else:
        f.append(("hours", hl, hours_good(rng)))
    # follow-up
    nogoal = "goal-missing" in defects or "goal-placeholder" in defects
    ol = rng.choice(["Opfølgning", "Evaluering"] if nogoal else
                    ["Opfølgning", "Opfølgning og progression", "Evaluering", "Opfølgning og delmål"])
    if "follow-missing" in defects:
        pass
    elif "follow-vague" in defects:
        f.append(("follow", ol, follow_vague(rng)))
    else:
        f.append(("follow", ol, follow_good(c, rng, nogoal)))
    # appeal
    if appeal:
        al = rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klagevejledning"])
        if "appeal-missing" in defects:
            pass
        elif "appeal-incomplete" in defects:
            f.append(("appeal", al, appeal_bad(c, rng, "incomplete")))
        elif "appeal-other" in defects:
            f.append(("appeal", "Klagevejledning", appeal_bad(c, rng, "other")))
        elif "appeal-wrongroute" in defects:
            f.append(("appeal", al, appeal_bad(c, rng, "wrongroute")))
        else:
            f.append(("appeal", al, appeal_good(c, rng)))
    return f, per, traits


# --------------------------------------------------------------------------- agreement renderers
AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
              "Aftale om mentorstøtte efter LAB § 167", "Aftale – mentorstøtte"]


def head_lines(c: Case, with_cpr: bool, rng: random.Random):
    lines = [("Borger", c.name)]
    if with_cpr:
        lines.append((rng.choice(["CPR-nr.", "CPR", "Cpr.nr."]), c.cpr))
    lines.append(("Sagsnr.", c.sagsnr))
    lines.append(("Sagsbehandler", f"{c.cw}, {c.muni}, tlf. {c.cw_phone}"))
    return lines


def as_text_value(v, bullet="- "):
    if isinstance(v, list):
        return "\n".join(f"{bullet}{x}" for x in v)
    return v


def agreement_text(c: Case, fields, rng, style: str, title: str, head, sign=True) -> str:
    out = [title, "=" * len(title) if rng.random() < 0.3 else "", ""]
    for k, v in head:
        out.append(f"{k}: {v}")
    out.append("")
    if style == "numbered":
        for i, (key, lab, val) in enumerate(fields, 1):
            out.append(f"{i}) {lab}")
            out.append(as_text_value(val, bullet=rng.choice(["- ", "• ", "  * "])))
            out.append("")
    elif style == "prose":
        out = [title, ""] + [f"{k}: {v}" for k, v in head] + [""]
        out.append(f"Kære {c.fn}")
        out.append("")
        out.append(f"Her er den aftale om mentorstøtte, som vi lavede sammen på mødet i {c.authority}. "
                   f"Læs den igennem og giv mig besked, hvis noget ikke passer.")
        out.append("")
        for key, lab, val in fields:
            if key == "goal":
                out.append(f"Målet med forløbet: {val}")
            elif key == "mentor":
                out.append(f"Din mentor er {val}." if "," in val or "tlf" in val else f"Din mentor bliver {val}.")
            elif key == "tasks":
                if isinstance(val, list):
                    out.append(f"{c.m_fn} skal hjælpe dig med at:")
                    out.extend(f"- {x[0].lower() + x[1:]}" for x in val)
                else:
                    out.append(f"Mentorens opgaver: {val}")
            elif key == "duration":
                out.append(f"Aftalen gælder {val}." if not val[0].isupper() else f"Periode: {val}")
            elif key == "hours":
                out.append(f"Timetal: {val}")
            elif key == "follow":
                out.append(f"Opfølgning: {val}")
            elif key == "appeal":
                out.append("")
                out.append(lab)
                out.append(val)
            out.append("")
    else:  # labels
        for key, lab, val in fields:
            if isinstance(val, list):
                out.append(f"{lab}:")
                out.append(as_text_value(val, bullet=rng.choice(["- ", "• "])))
            elif key == "appeal" and len(val) > 80:
                out.append("")
                out.append(f"{lab}")
                out.append(val)
            else:
                out.append(f"{lab}: {val}")
        out.append("")
    if sign:
        out.append("")
        out.append("Dato: ____________   Borger: ______________________")
        out.append("Dato: ____________   Mentor: ______________________")
    return "\n".join(x for x in out if x is not None).replace("\n\n\n", "\n\n")


def esc(s):
    return html.escape(s, quote=False)


def mso_p(text, bold=False, style=""):
    t = esc(text)
    if bold:
        t = f"<b>{t}</b>"
    st = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{st}>{t}<o:p></o:p></p>"


def html_value(v):
    if isinstance(v, list):
        items = "".join(f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>{esc(x)}<o:p></o:p></li>" for x in v)
        return f"<ul style='margin-top:0cm' type=disc>{items}</ul>"
    return mso_p(v)


TD_L = "width:140.0pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"
TD_V = "width:320.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"


def agreement_html(c: Case, fields, rng, style: str, title: str, head) -> str:
    parts = []
    if style in ("table", "nested"):
        rows = []
        for k, v in head:
            rows.append(f"<tr><td width=187 valign=top style='{TD_L}'>{mso_p(k, True)}</td>"
                        f"<td width=427 valign=top style='{TD_V}'>{mso_p(v)}</td></tr>")
        for key, lab, val in fields:
            rows.append(f"<tr><td width=187 valign=top style='{TD_L}'>{mso_p(lab, True)}</td>"
                        f"<td width=427 valign=top style='{TD_V}'>{html_value(val)}</td></tr>")
        inner = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                 "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"
                 + "".join(rows) + "</table>")
        title_p = (f"<p class=MsoNormal><b><span style='font-size:14.0pt;color:#1F3864'>{esc(title)}"
                   f"</span></b><o:p></o:p></p>")
        if style == "nested":
            banner = (f"<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%'>"
                      f"<tr><td style='background:#1F3864;padding:6.0pt 6.0pt 6.0pt 6.0pt'>"
                      f"<p class=MsoNormal><b><span style='color:white'>{esc(c.muni)} · {esc(c.unit)}</span></b><o:p></o:p></p></td></tr>"
                      f"<tr><td style='padding:6.0pt 0cm 6.0pt 0cm'>{title_p}{inner}</td></tr></table>")
            parts.append(banner)
        else:
            parts.append(title_p)
            parts.append(inner)
    else:  # headings: bold labels as their own paragraphs
        parts.append(mso_p(title, True, "font-size:13.0pt"))
        for k, v in head:
            parts.append(mso_p(f"{k}: {v}"))
        parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        for key, lab, val in fields:
            parts.append(mso_p(lab, True))
            parts.append(html_value(val))
            parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(parts)


def flatten_html_table_text(c, fields, head, title):
    """What Outlook puts in text/plain for a table: each cell on its own line."""
    out = [title, ""]
    for k, v in head:
        out += [k, "", v, ""]
    for key, lab, val in fields:
        out.append(lab)
        out.append("")
        if isinstance(val, list):
            out += [f"·         {x}" for x in val]
        else:
            out.append(val)
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------- PDF / DOCX attachments
def pdf_bytes(c: Case, title: str, head, blocks, letterhead=True, table=True, org=None) -> bytes:
    """blocks: list of (label, value) or ('__p', text) for free paragraphs."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, author=c.muni)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    story = []
    if letterhead:
        story.append(Paragraph(f"<b>{esc(org or c.muni)}</b><br/>{esc(c.unit if org is None else 'Mentorforløb')}", body))
        story.append(Spacer(1, 10))
    story.append(Paragraph(esc(title), ss["Heading1"]))
    for k, v in head:
        story.append(Paragraph(f"{esc(k)}: {esc(v)}", body))
    story.append(Spacer(1, 8))
    rows = []

    def val_par(v):
        if isinstance(v, list):
            return Paragraph("<br/>".join("• " + esc(x) for x in v), body)
        return Paragraph(esc(v), body)

    for lab, val in blocks:
        if lab == "__p":
            if rows and table:
                story.append(_tbl(rows, Table, TableStyle, colors, cm))
                rows = []
            story.append(Spacer(1, 4))
            story.append(Paragraph(esc(val), body))
            continue
        if lab == "__h":
            if rows and table:
                story.append(_tbl(rows, Table, TableStyle, colors, cm))
                rows = []
            story.append(Spacer(1, 6))
            story.append(Paragraph(esc(val), ss["Heading3"]))
            continue
        if table:
            rows.append([Paragraph(esc(lab), bold), val_par(val)])
        else:
            story.append(Paragraph(esc(lab), ss["Heading3"]))
            story.append(val_par(val))
    if rows:
        story.append(_tbl(rows, Table, TableStyle, colors, cm))
    doc.build(story)
    return buf.getvalue()


def _tbl(rows, Table, TableStyle, colors, cm):
    t = Table(rows, colWidths=[4.2 * cm, 12.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7"))]))
    return t


def docx_bytes(c: Case, title: str, head, blocks, table=True, sign=True) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = c.cw
    d.core_properties.title = title
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{c.muni} – {c.unit}"
    d.add_heading(title, level=1)
    for k, v in head:
        d.add_paragraph(f"{k}: {v}")
    tbl = None
    for lab, val in blocks:
        if lab in ("__p", "__h"):
            tbl = None
            if lab == "__h":
                d.add_heading(val, level=2)
            else:
                d.add_paragraph(val)
            continue
        if table:
            if tbl is None:
                tbl = d.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
            r = tbl.add_row().cells
            r[0].text = lab
            r[0].paragraphs[0].runs[0].bold = True
            if isinstance(val, list):
                r[1].text = val[0]
                for x in val[1:]:
                    r[1].add_paragraph(x)
            else:
                r[1].text = val
        else:
            d.add_heading(lab, level=2)
            if isinstance(val, list):
                for x in val:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(val)
    if sign:
        d.add_paragraph("")
        d.add_paragraph("Underskrift borger: ______________________    Underskrift mentor: ______________________")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip package with fixed member dates (reproducible DOCX files)."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def scanned_pdf(pdf: bytes, tmp: Path) -> bytes:
    """Render a PDF to images at 150 dpi and wrap them in an image-only PDF (a signed, scanned copy)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = tmp / "scan_src.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), str(tmp / "pg")], check=True)
    pages = sorted(tmp.glob("pg*.png"))
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4)
    for p in pages:
        from reportlab.lib.utils import ImageReader
        cv.drawImage(ImageReader(io.BytesIO(p.read_bytes())), 0, 0, width=A4[0], height=A4[1])
        cv.showPage()
    cv.save()
    for p in pages:
        p.unlink()
    return buf.getvalue()


# --------------------------------------------------------------------------- mail building
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={cs}"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=DA link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
"""


def outlook_doc(inner: str, cs: str) -> str:
    return OUTLOOK_HEAD.format(cs=cs) + inner + "\n</div></body></html>"


def text_to_mso(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append(mso_p(line) if line.strip() else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette "
    "mailen og give afsenderen besked. Send ikke personfølsomme oplysninger, fx CPR-nummer, med almindelig "
    "e-mail – brug Digital Post via borger.dk.",
    "FORTROLIGHED: Denne meddelelse er kun til den eller de personer, den er adresseret til. Modtager du den "
    "ved en fejl, så kontakt venligst afsender og slet meddelelsen. Læs om, hvordan kommunen behandler dine "
    "personoplysninger, på kommunens hjemmeside. Du kan klage over behandlingen af dine personoplysninger til "
    "Datatilsynet.",
    "Vi gør opmærksom på, at almindelig e-mail ikke er en sikker forbindelse. Skriv derfor ikke CPR-nummer "
    "eller helbredsoplysninger i en almindelig mail.",
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it.",
]


def signature(c: Case, rng: random.Random, who="cw", disclaimer=None) -> str:
    greet = rng.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh.", "De bedste hilsner"])
    if who == "cw":
        lines = [greet, "", c.cw, c.cw_role,
                 f"{c.unit}", c.muni, f"Direkte tlf. {c.cw_phone}", c.cw_mail]
    elif who == "mentor":
        lines = [greet, "", c.mentor, c.m_role,
                 c.provider, f"Mobil {c.m_phone}", c.m_mail]
    else:
        lines = [greet, c.fn]
    if disclaimer is None:
        disclaimer = who in ("cw", "mentor") and rng.random() < 0.6
    if disclaimer:
        lines += ["", rng.choice(DISCLAIMERS)]
    return "\n".join(lines)


def qp_charset(name: str):
    cs = email_charset.Charset(name)
    cs.body_encoding = email_charset.QP
    cs.header_encoding = email_charset.QP
    return cs


def mk_text(body: str, subtype: str, csname: str):
    try:
        body.encode(csname)
    except UnicodeEncodeError:
        if subtype == "html":  # Outlook writes characters outside the code page as entities
            body = body.encode(csname, "xmlcharrefreplace").decode(csname)
        else:
            body = body.replace("\u2013", "-").replace("\u2026", "...").encode(csname, "replace").decode(csname)
    part = MIMEText(body, subtype, qp_charset(csname))
    return part


def build_mail(frm, to, subject, when, text=None, htmlbody=None, attachments=(), cc=None,
               charset="utf-8", inline_logo=False, mailer="outlook", reply_to_id=None, extra=None,
               mixed_subtype="mixed"):
    alt = None
    html_part = None
    if htmlbody is not None:
        html_part = mk_text(htmlbody, "html", charset)
        if inline_logo:
            rel = MIMEMultipart("related", type="text/html")
            rel.attach(html_part)
            img = MIMEImage(PNG_1x1, "png")
            img.add_header("Content-ID", "<image001.png@01DA6B2E.4F1C2A10>")
            img.add_header("Content-Disposition", "inline", filename="image001.png")
            rel.attach(img)
            html_part = rel
    if text is not None and html_part is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(mk_text(text, "plain", charset))
        alt.attach(html_part)
        core = alt
    elif html_part is not None:
        core = html_part
    else:
        core = mk_text(text or "", "plain", charset)
    if attachments:
        msg = MIMEMultipart(mixed_subtype)
        msg.attach(core)
        for fname, data, ctype in attachments:
            maintype, sub = ctype.split("/", 1)
            if maintype == "text":
                a = MIMEText(data.decode("utf-8"), sub, "utf-8")
                if sub == "calendar":
                    a.set_param("method", "REQUEST")
                    msg.attach(a)
                    continue
            else:
                a = MIMEApplication(data, sub)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
            a.set_param("name", fname)
            msg.attach(a)
    else:
        msg = core
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    try:
        subject.encode(charset)
        hcs = charset if charset != "us-ascii" else "utf-8"
    except UnicodeEncodeError:
        hcs = "utf-8"
    msg["Subject"] = Header(subject, hcs)
    msg["Date"] = format_datetime(when)
    dom = frm.split("@")[-1].rstrip(">")
    msg["Message-ID"] = f"<{int(hashlib.sha1((frm + subject + when.isoformat()).encode()).hexdigest()[:12], 16) % 10**12:012d}.{when.strftime('%Y%m%d%H%M%S')}@{dom}>"
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    if mailer == "outlook":
        msg["Thread-Topic"] = Header(subject.split(": ", 1)[-1], "utf-8")
        msg["Thread-Index"] = "AdpD" + base64.b64encode(subject.encode("utf-8")[:15]).decode()[:20]
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "da-DK"
        msg["X-MS-Has-Attach"] = "yes" if attachments else ""
    elif mailer == "gmail":
        msg["X-Gm-Message-State"] = "AOJu0Yw" + base64.b64encode(subject.encode()[:9]).decode()
    elif mailer:
        msg["User-Agent"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    seed = hashlib.sha1((subject + when.isoformat() + frm).encode("utf-8")).hexdigest()
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_NextPart_{i:03d}_{seed[:4].upper()}_{seed[4:12].upper()}.{seed[12:20].upper()}")
    return msg.as_bytes()


def addr(name, mail):
    return formataddr((str(Header(name, "utf-8")) if not name.isascii() else name, mail))


def da_when(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def quote_header(style: str, frm_name, frm_mail, to, subject, when: dt.datetime) -> str:
    if style == "original-en":
        return (f"-----Original Message-----\nFrom: {frm_name} <{frm_mail}>\nSent: "
                f"{when.strftime('%A, %B %d, %Y %I:%M %p')}\nTo: {to}\nSubject: {subject}\n")
    if style == "oprindelig":
        return (f"-----Oprindelig meddelelse-----\nFra: {frm_name} <{frm_mail}>\nSendt: {da_when(when)}\n"
                f"Til: {to}\nEmne: {subject}\n")
    if style == "fra-sendt":
        return f"Fra: {frm_name} <{frm_mail}>\nSendt: {da_when(when)}\nTil: {to}\nEmne: {subject}\n"
    if style == "videresendt":
        return (f"---------- Videresendt besked ---------\nFra: {frm_name} <{frm_mail}>\n"
                f"Date: {WEEKDAYS[when.weekday()][:3]}. {when.day}. {MON_ABBR[when.month - 1]} {when.year} kl. "
                f"{when.hour:02d}.{when.minute:02d}\nSubject: {subject}\nTo: {to}\n")
    raise ValueError(style)


def quote_header_html(frm_name, frm_mail, to, subject, when):
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b>Fra:</b> {esc(frm_name)} &lt;{esc(frm_mail)}&gt; <br><b>Sendt:</b> "
            f"{esc(da_when(when))}<br><b>Til:</b> {esc(to)}<br><b>Emne:</b> {esc(subject)}<o:p></o:p></p></div></div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")


def gt_quote(text: str, who: str, when: dt.datetime) -> str:
    head = (f"Den {WEEKDAYS[when.weekday()][:3]}. {when.day}. {MON_ABBR[when.month - 1]} {when.year} kl. "
            f"{when.hour:02d}.{when.minute:02d} skrev {who}:")
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# --------------------------------------------------------------------------- decisions
def decision_content(c: Case, rng: random.Random, sub: str, defects):
    """Return (title, head, blocks, period, traits, extras)."""
    traits, extras = [f"decision:{sub}"], []
    auth = c.authority
    today = fdate(c.sent, rng.choice(["long", "den", "num"]))
    head = [("Dato", fdate(c.sent, "long")), ("Sagsnr.", c.sagsnr)]
    if rng.random() < 0.5:
        head.insert(0, ("Til", c.name))
    per = None
    blocks = [("__p", f"Kære {c.name}" if rng.random() < 0.5 else f"Hej {c.fn}")]
    law = rng.choice(["lov om en aktiv beskæftigelsesindsats § 167, stk. 1", "LAB § 167, stk. 1",
                      "§ 167 i lov om en aktiv beskæftigelsesindsats"])
    reasons = True
    if sub in ("partial", "refusal") and "noreasons" in defects:
        reasons = False
        extras.append("missing-reasons")
    if sub in ("grant", "partial", "extension"):
        ptxt, s, e, tr = period_for(c, rng, defects)
        per = {"start": s.isoformat(), "end": e.isoformat()}
        traits += tr
    hrs = hours_good(rng)
    mentor_line = f"{c.mentor}, {c.provider}, tlf. {c.m_phone}"
    if sub == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        blocks.append(("__p", f"{c.muni} har {today} bevilget dig mentorstøtte efter {law}."))
        blocks += [("Periode", ptxt), ("Timetal", hrs), ("Mentor", mentor_line)]
        if rng.random() < 0.6:
            blocks.append(("__h", "Begrundelse"))
            blocks.append(("__p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre "
                                  f"forløbet hos {c.workplace}. Målet er, at du kommer i job eller uddannelse."))
    elif sub == "partial":
        title = rng.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"])
        asked = rng.choice(["12 måneder med 6 timer om ugen", "9 måneder med 5 timer om ugen", "et år"])
        blocks.append(("__p", f"Du har søgt om mentorstøtte i {asked}. Vi har bevilget mentorstøtte i perioden "
                              f"{ptxt} med {hrs}. Du får derfor delvist medhold i din ansøgning."))
        blocks.append(("Mentor", mentor_line))
        if reasons:
            blocks.append(("__h", "Begrundelse"))
            blocks.append(("__p", f"Mentorstøtte kan gives i højst 6 måneder ad gangen, jf. {law}. Vi har lagt "
                                  f"vægt på, at du allerede har en fast kontaktperson på {c.school}, og at dit "
                                  f"behov derfor kan dækkes med færre timer. Vi vurderer behovet igen ved udløb."))
    elif sub == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"])
        blocks.append(("__p", f"Du har søgt om mentorstøtte i forbindelse med {c.edu}. Vi har givet dig afslag."))
        if reasons:
            blocks.append(("__h", "Begrundelse"))
            blocks.append(("__p", f"Vi har lagt vægt på, at {c.school} selv tilbyder støtte gennem en elevcoach og "
                                  f"SPS, og at du ikke har et behov, der rækker ud over det, skolen normalt giver. "
                                  f"Afgørelsen er truffet efter {law}."))
    elif sub == "extension":
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])
        prev_s = add_months(c.start, -6)
        blocks.append(("__p", f"Du har haft mentorstøtte i den forrige periode fra {fdate(prev_s, 'long')} til "
                              f"{fdate(c.start - dt.timedelta(days=1), 'long')}. Efter en konkret vurdering har vi "
                              f"besluttet at forlænge din mentorstøtte, jf. {law}, 2. pkt."))
        blocks += [("Ny periode", ptxt), ("Timer", hrs), ("Mentor", mentor_line)]
        blocks.append(("__h", "Begrundelse"))
        blocks.append(("__p", "Vi har lagt vægt på mentors status og på, at du nu møder stabilt, men endnu ikke "
                              "klarer transporten og kontakten til arbejdspladsen selv."))
    else:  # end
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        stop = c.start + dt.timedelta(days=rng.randint(20, 60))
        blocks.append(("__p", f"Din mentorstøtte ophører {fdate(stop, 'den')}."))
        blocks.append(("__h", "Begrundelse"))
        blocks.append(("__p", rng.choice([
            f"Du er startet i ordinært job hos {c.workplace} 30 timer om ugen og har ikke længere brug for mentor.",
            f"Du har ikke mødt op til de aftalte møder med din mentor siden {fdate(stop - dt.timedelta(days=30), 'long')}, "
            f"og vi har ikke kunnet få kontakt til dig. Vi har lagt vægt på, at formålet med støtten ikke kan opfyldes."])))
    # appeal
    if "appeal-missing" in defects:
        pass
    else:
        lab = rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])
        if "appeal-incomplete" in defects:
            txt = appeal_bad(c, rng, "incomplete")
        elif "appeal-other" in defects:
            txt, lab = appeal_bad(c, rng, "other"), "Klagevejledning"
        elif "appeal-wrongroute" in defects:
            txt = appeal_bad(c, rng, "wrongroute")
            extras.append("appeal-wrong-route")
        else:
            txt = appeal_good(c, rng, auth)
        blocks.append(("__h", lab))
        blocks.append(("__p", txt))
    blocks.append(("__p", f"Med venlig hilsen\n{c.cw}\n{c.unit}, {c.muni}"))
    return title, head, blocks, per, traits, extras


def blocks_text(title, head, blocks, rng):
    out = [title, ""]
    for k, v in head:
        out.append(f"{k}: {v}")
    out.append("")
    for lab, val in blocks:
        if lab == "__p":
            out += [val, ""]
        elif lab == "__h":
            out.append(val)
        elif isinstance(val, list):
            out.append(f"{lab}:")
            out += [f"- {x}" for x in val]
        else:
            out.append(f"{lab}: {val}")
    return "\n".join(out)


def blocks_html(title, head, blocks):
    out = [mso_p(title, True, "font-size:14.0pt")]
    for k, v in head:
        out.append(mso_p(f"{k}: {v}"))
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    rows = []

    def flush():
        if rows:
            out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>" + "".join(rows) + "</table>")
            rows.clear()
    for lab, val in blocks:
        if lab == "__p":
            flush()
            out.append("".join(mso_p(x) for x in val.split("\n")))
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif lab == "__h":
            flush()
            out.append(mso_p(val, True))
        else:
            rows.append(f"<tr><td style='padding:1.5pt 12pt 1.5pt 0cm' valign=top>{mso_p(lab, True)}</td>"
                        f"<td style='padding:1.5pt' valign=top>{html_value(val)}</td></tr>")
    flush()
    return "\n".join(out)


# --------------------------------------------------------------------------- Min Plan entries
def minplan_content(c: Case, rng: random.Random, defects, style: str):
    """Return (text, period, traits)."""
    traits = [f"minplan:{style}"]
    goal = None if "goal-missing" in defects else (goal_unclear(c, rng) if "goal-unclear" in defects else goal_clear(c, rng))
    if "mentor-missing" in defects:
        mentor = None
    elif "mentor-nocontact" in defects:
        mentor = rng.choice([c.mentor, f"{c.mentor} ({c.provider})"])
    else:
        mentor = rng.choice([f"{c.mentor}, {c.provider}, tlf. {c.m_phone}", f"{c.mentor}, {c.m_mail}, {c.m_phone}"])
    tk = None if "tasks-missing" in defects else tasks(c, rng, rng.randint(2, 3))
    per = None
    if "duration-missing" in defects:
        ptxt = None
    else:
        ptxt, s, e, tr = period_for(c, rng, defects, style=rng.choice(["num", "long", "dots", "iso"]))
        per = {"start": s.isoformat(), "end": e.isoformat()}
        traits += tr
    hrs = None if "hours-missing" in defects else (hours_vague(rng) if "hours-vague" in defects else hours_good(rng))
    if style == "dense":
        s = ["Mentorstøtte efter LAB § 167."]
        if goal:
            s.append(f"Formål: {goal}")
        if mentor:
            s.append(f"Mentor er {mentor}.")
        if tk:
            s.append("Mentor skal " + ", ".join(x[0].lower() + x[1:] for x in tk) + ".")
        if ptxt:
            s.append(f"Periode: {ptxt}.")
        if hrs:
            s.append(f"Timetal: {hrs}.")
        return " ".join(s), per, traits
    if style == "card":
        lines = ["Min Plan – aktiviteter", "", "Mentorstøtte [Igangværende]"]
        if ptxt:
            lines.append(f"Periode: {ptxt}")
        if mentor:
            lines.append(f"Kontaktperson: {mentor}")
        if hrs:
            lines.append(f"Omfang: {hrs}")
        if goal:
            lines.append(f"Formål: {goal}")
        if tk:
            lines.append("Mentors opgaver:")
            lines += [f"- {x}" for x in tk]
        other_s = c.start - dt.timedelta(days=rng.randint(10, 40))
        other = rng.choice([
            (f"Løntilskud hos {c.workplace} [Igangværende]", c.workplace, "25 timer pr. uge", 10),
            (f"Uddannelse: {c.edu} ({c.school}) [Igangværende]", c.school, "fuld tid", 20),
            ("Behandling: Ambulant misbrugsbehandling [Igangværende]", "Rusmiddelcentret", "1 samtale pr. uge", 12)])
        lines += ["", other[0],
                  f"Periode: {fdate(other_s, 'num')} - {fdate(add_months(other_s, other[3]), 'num')}",
                  f"Sted: {other[1]}", f"Omfang: {other[2]}",
                  f"Kontaktperson: {c.cw}, tlf. {c.cw_phone}"]
        traits.append("other-activity-long-period")
        return "\n".join(lines), per, traits
    # labels
    lines = [rng.choice(["Indsats: Mentorstøtte (LAB § 167)", "Aktivitet: Mentor", "Mentorstøtte – § 167"])]
    if goal:
        lines.append(f"{rng.choice(['Formål', 'Mål', 'Målet med mentorstøtten'])}: {goal}")
    if mentor:
        lines.append(f"{rng.choice(['Mentor', 'Mentorens navn og kontaktdata', 'Din mentor'])}: {mentor}")
    if tk:
        lines.append(f"{rng.choice(['Opgaver', 'Mentors opgaver', 'Mentoren hjælper med'])}:")
        lines += [f"- {x}" for x in tk]
    if ptxt:
        lines.append(f"{rng.choice(['Periode', 'Varighed'])}: {ptxt}")
    if hrs:
        lines.append(f"{rng.choice(['Timetal', 'Timer pr. uge', 'Antal timer'])}: {hrs}")
    return "\n".join(lines), per, traits


# --------------------------------------------------------------------------- builders per kind
CHARSETS = ["iso-8859-1", "windows-1252", "utf-8", "utf-8"]


def cover_note(c, rng, what="aftalen om mentorstøtte"):
    return rng.choice([
        f"Hej {c.fn}\n\nHermed {what}, som vi talte om på mødet. Se vedhæftede.\n",
        f"Kære {c.fn}\n\nSom lovet sender jeg {what}. Du finder den i den vedhæftede fil. Ring endelig, hvis der er spørgsmål.\n",
        f"Hej\n\nSe vedhæftede.\n",
        f"Hej {c.fn}\n\nVedhæftet er {what}. Den er også sendt til din e-Boks.\n",
    ])


def agreement_mail(c: Case, rng: random.Random, container: str, defects, with_cpr: bool, tmp: Path):
    fields, per, traits = agreement_fields(c, rng, defects)
    title = rng.choice(AGR_TITLES)
    head = head_lines(c, with_cpr, rng)
    when = c.mail_dt()
    cs = rng.choice(CHARSETS)
    frm = addr(c.cw, c.cw_mail)
    to = addr(c.name, c.c_mail)
    mentor_defect = any(d.startswith("mentor-") for d in defects)
    cc = addr(c.mentor, c.m_mail) if rng.random() < 0.5 and not mentor_defect else None
    fwd_to = addr("Team Mentor – journal", f"journal.beskaeftigelse@{c.mdom}") if mentor_defect else addr(c.mentor, c.m_mail)
    fwd_greet = "Til journalisering.\n" if mentor_defect else None
    subj = rng.choice([title, f"{title} – {c.name}", f"Mentoraftale {c.fn}", "Aftale om mentor", "Din aftale om mentorstøtte"])
    sig = signature(c, rng, "cw")
    greet = rng.choice([f"Hej {c.fn}\n\nHer er aftalen om din mentorstøtte, som vi lavede i dag.\n",
                        f"Kære {c.fn}\n\nTak for et godt møde. Nedenfor står det, vi aftalte om din mentor.\n",
                        f"Hej {c.fn}\n\nJeg har skrevet aftalen ind herunder. Svar gerne på mailen, at du har læst den.\n"])
    traits = traits + [f"container:{container}", f"charset:{cs}"]
    kw = dict(cc=cc, charset=cs)
    later = when + dt.timedelta(days=rng.randint(0, 6), hours=rng.randint(1, 3), minutes=rng.randint(0, 50))
    earlier = when
    if container in ("html_table", "html_nested", "html_headings"):
        style = container.split("_")[1]
        inner = text_to_mso(greet) + agreement_html(c, fields, rng, style, title, head) + \
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" + text_to_mso(sig)
        logo = rng.random() < 0.5
        traits.append("inline-logo" if logo else "no-logo")
        raw = build_mail(frm, to, subj, when, htmlbody=outlook_doc(inner, cs), inline_logo=logo, **kw)
    elif container in ("alt_flat", "alt_placeholder", "alt_appeal_html_only"):
        inner = text_to_mso(greet) + agreement_html(c, fields, rng, rng.choice(["table", "nested"]), title, head) + \
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" + text_to_mso(sig)
        if container == "alt_flat":
            text = greet + "\n" + flatten_html_table_text(c, fields, head, title) + "\n" + sig
        elif container == "alt_placeholder":
            frm = addr(f"{c.muni} (svar ikke)", f"noreply@{c.mdom}")
            text = ("Denne meddelelse er sendt i HTML-format. Kan du ikke se indholdet, så log på Min side "
                    "på kommunens hjemmeside eller kontakt din sagsbehandler.")
            kw["mailer"] = "Momentum (KMD) mailservice"
        else:
            f2 = [x for x in fields if x[0] != "appeal"]
            text = greet + "\n" + agreement_text(c, f2, rng, "labels", title, head, sign=False) + "\n\n" + sig
            traits.append("text-part-lacks-appeal")
        raw = build_mail(frm, to, subj, when, text=text, htmlbody=outlook_doc(inner, cs), **kw)
    elif container in ("pdf", "docx", "pdf_scan"):
        blocks = [(lab, val) for _, lab, val in fields]
        table = rng.random() < 0.7
        traits.append("attach-table" if table else "attach-headings")
        if container == "docx":
            data = docx_bytes(c, title, head, blocks, table=table)
            fname = rng.choice([f"Mentoraftale {c.name}.docx", "Aftale om mentorstøtte.docx", f"aftale_{slug(c.fn)}_v2.docx"])
            att = [(fname, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
        else:
            data = pdf_bytes(c, title, head, blocks, table=table)
            fname = rng.choice([f"Mentoraftale_{slug(c.name)}.pdf", "Aftale om mentorstøtte.pdf", "Mentoraftale (underskrevet).pdf"])
            if container == "pdf_scan":
                data = scanned_pdf(data, tmp)
                fname = f"SKM_C25826{c.sent.strftime('%m%d')}0931.pdf"
            att = [(fname, data, "application/pdf")]
        if container == "pdf_scan":
            frm = addr(f"Scanner {c.provider}", f"scan@{c.m_mail.split('@')[1]}")
            body = (f"Scannet dokument fra MFP-2 (2. sal).\nAntal sider: 1\nOpløsning: 150 dpi\n\n"
                    f"Sendt af: {c.mentor}\n")
            to = addr(c.cw, c.cw_mail)
            raw = build_mail(frm, to, f"Scannet dokument {c.sent.strftime('%d%m%Y')}", when, text=body,
                             attachments=att, charset="us-ascii" if body.isascii() else "utf-8", mailer="KONICA MINOLTA bizhub")
        else:
            note = cover_note(c, rng) + "\n" + sig
            if rng.random() < 0.5:
                raw = build_mail(frm, to, subj, when, text=note, attachments=att, **kw)
            else:
                raw = build_mail(frm, to, subj, when, htmlbody=outlook_doc(text_to_mso(note), cs),
                                 attachments=att, **kw)
    elif container == "fwd_text":
        qs = rng.choice(["original-en", "oprindelig", "fra-sendt", "videresendt"])
        traits.append(f"quote:{qs}")
        inner_text = greet + "\n" + agreement_text(c, fields, rng, rng.choice(["labels", "numbered"]), title, head) + \
            "\n\n" + signature(c, rng, "cw", disclaimer=False)
        top = fwd_greet or rng.choice([f"Hej {c.m_fn}\n\nVideresender aftalen med {c.fn}, så du har den inden opstart.\n",
                                       f"Til orientering.\n", f"Hej {c.m_fn}\nHer er den aftale, vi talte om i telefonen.\n"])
        body = top + "\n" + signature(c, rng, "cw", disclaimer=False) + "\n\n" + \
            quote_header(qs, c.cw, c.cw_mail, f"{c.name} <{c.c_mail}>", subj, earlier) + "\n" + inner_text
        raw = build_mail(frm, fwd_to, "VS: " + subj, later, text=body, charset=cs)
    elif container == "fwd_html":
        top = (fwd_greet or f"Hej {c.m_fn}\n\nVideresender lige aftalen. Vi ses til opstartsmødet.\n") + "\n" + signature(c, rng, "cw", disclaimer=False)
        inner = (text_to_mso(top) + quote_header_html(c.cw, c.cw_mail, f"{c.name} <{c.c_mail}>", subj, earlier)
                 + text_to_mso(greet) + agreement_html(c, fields, rng, rng.choice(["table", "headings"]), title, head)
                 + text_to_mso(sig))
        traits.append("quote:outlook-html")
        raw = build_mail(frm, fwd_to, "VS: " + subj, later, htmlbody=outlook_doc(inner, cs), charset=cs)
    elif container == "reply_gt":
        inner_text = greet + "\n" + agreement_text(c, fields, rng, rng.choice(["labels", "prose"]), title, head) + "\n\n" + sig
        top = rng.choice(["Hej\n\nDet er fint med mig. Jeg kommer på mandag.\n\nHilsen " + c.fn,
                          f"Hej {c.cw_fn}\nJeg har læst aftalen og er enig.\nMvh {c.name}\n\nSendt fra min iPhone"])
        body = top + "\n\n" + gt_quote(inner_text, f"{c.cw} <{c.cw_mail}>", earlier)
        traits.append("quote:gt-reply-from-citizen")
        raw = build_mail(addr(c.name, c.c_mail), frm, "SV: " + subj, later, text=body,
                         charset="utf-8", mailer="iPhone Mail (20H115)" if "iPhone" in top else "gmail")
    elif container == "plain_sig":
        body = agreement_text(c, fields, rng, rng.choice(["prose", "labels", "numbered"]), title, head, sign=False) + \
            "\n\n" + signature(c, rng, "cw", disclaimer=True)
        traits.append("disclaimer")
        raw = build_mail(frm, to, subj, when, text=body, **kw)
    else:
        raise ValueError(container)
    return raw, per, traits, []


def decision_mail(c: Case, rng, container, sub, defects, with_cpr, tmp):
    title, head, blocks, per, traits, extras = decision_content(c, rng, sub, defects)
    if with_cpr:
        head.append(("CPR-nr.", c.cpr))
    when = c.mail_dt()
    cs = rng.choice(CHARSETS)
    frm = addr(c.cw, c.cw_mail)
    to = addr(c.name, c.c_mail)
    subj = rng.choice([title, f"{title} – sagsnr. {c.sagsnr}", f"Kopi af afgørelse – {c.name}", f"Afgørelse vedr. mentor"])
    traits += [f"container:{container}", f"charset:{cs}"]
    sig = signature(c, rng, "cw")
    if container in ("dec_pdf", "dec_docx"):
        if container == "dec_pdf":
            data = pdf_bytes(c, title, head, blocks, table=rng.random() < 0.5)
            att = [(rng.choice([f"{title}.pdf", f"Afgørelse_{c.sagsnr}.pdf", "Brev fra kommunen.pdf"]), data, "application/pdf")]
        else:
            data = docx_bytes(c, title, head, blocks, sign=False)
            att = [(f"{title}.docx", data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
        if rng.random() < 0.5:
            to = addr(c.mentor, c.m_mail)
            note = f"Hej {c.m_fn}\n\nTil orientering: kopi af afgørelsen til {c.fn}. Brevet er sendt til borgerens e-Boks.\n\n" + sig
        else:
            note = cover_note(c, rng, "kopi af afgørelsen") + "\n" + sig
        raw = build_mail(frm, to, subj, when, text=note if rng.random() < 0.5 else None,
                         htmlbody=outlook_doc(text_to_mso(note), cs) if True else None, attachments=att, charset=cs)
    elif container == "dec_html":
        inner = blocks_html(title, head, blocks) + text_to_mso("\n" + c.muni + " · " + c.unit + " · tlf. " + c.cw_phone)
        raw = build_mail(frm, to, subj, when, htmlbody=outlook_doc(inner, cs), charset=cs, inline_logo=rng.random() < 0.5)
    elif container == "dec_alt":
        inner = blocks_html(title, head, blocks)
        text = blocks_text(title, head, blocks, rng)
        raw = build_mail(frm, to, subj, when, text=text, htmlbody=outlook_doc(inner, cs), charset=cs)
    elif container == "dec_fwd_text":
        qs = rng.choice(["original-en", "oprindelig", "fra-sendt"])
        traits.append(f"quote:{qs}")
        earlier, when = when, when + dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 3), minutes=rng.randint(0, 50))
        body = (f"Hej {c.m_fn}\n\nTil orientering – afgørelsen til {c.fn} nedenfor.\n\n"
                + signature(c, rng, "cw", disclaimer=False) + "\n\n"
                + quote_header(qs, c.cw, c.cw_mail, f"{c.name} <{c.c_mail}>", title, earlier) + "\n"
                + blocks_text(title, head, blocks, rng))
        raw = build_mail(frm, addr(c.mentor, c.m_mail), "VS: " + title, when, text=body, charset=cs)
    elif container == "dec_reply_gt":
        earlier, when = when, when + dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 3), minutes=rng.randint(0, 50))
        body = (f"Tak for brevet. Hvornår kan jeg møde {c.m_fn}?\n\n/{c.fn}\n\n"
                + gt_quote(blocks_text(title, head, blocks, rng), f"{c.cw} <{c.cw_mail}>", earlier))
        traits.append("quote:gt-reply-from-citizen")
        raw = build_mail(addr(c.name, c.c_mail), frm, "SV: " + subj, when, text=body, charset="utf-8", mailer="gmail")
    elif container == "dec_plain_sig":
        body = blocks_text(title, head, blocks, rng) + "\n\n" + c.unit + "\n" + c.muni + "\nTlf. " + c.cw_phone + \
            "\n\n" + rng.choice(DISCLAIMERS[:3])
        traits.append("disclaimer")
        raw = build_mail(frm, to, subj, when, text=body, charset=cs)
    else:
        raise ValueError(container)
    return raw, per, traits, extras


def minplan_mail(c: Case, rng, container, defects, with_cpr, tmp):
    style = rng.choice(["labels", "labels", "dense", "card"])
    if container == "mp_pdf":
        style = "card"
    entry, per, traits = minplan_content(c, rng, defects, style)
    when = c.mail_dt()
    cs = rng.choice(CHARSETS)
    frm = addr(c.cw, c.cw_mail)
    to = addr(c.name, c.c_mail)
    subj = rng.choice(["Din plan er opdateret", "Min Plan – mentor", "Det står nu i din plan", "Mentorstøtte i Min Plan"])
    intro = rng.choice([f"Hej {c.fn}\n\nJeg har skrevet dette ind i din plan under Min Plan:\n",
                        f"Kære {c.fn}\n\nNu er din mentor lagt ind i planen. Sådan står der:\n",
                        f"Hej {c.fn}\nHer er teksten fra din plan, så du har den på mail også:\n"])
    cpr_line = f"\nCPR: {c.cpr}\n" if with_cpr else ""
    outro = "\nDu kan altid se din plan på Jobnet.dk under Min Plan.\n\n" + signature(c, rng, "cw")
    traits += [f"container:{container}", f"charset:{cs}"]
    if container == "mp_plain":
        raw = build_mail(frm, to, subj, when, text=intro + cpr_line + "\n" + entry + "\n" + outro, charset=cs)
    elif container in ("mp_html", "mp_alt"):
        box = ("<div style='border:none;border-left:solid #A6A6A6 3.0pt;padding:0cm 0cm 0cm 8.0pt;"
               "margin-left:6.0pt;background:#F2F2F2'>" + text_to_mso(entry) + "</div>")
        inner = text_to_mso(intro + cpr_line) + box + text_to_mso(outro)
        text = (intro + cpr_line + "\n" + entry + "\n" + outro) if container == "mp_alt" else None
        raw = build_mail(frm, to, subj, when, text=text, htmlbody=outlook_doc(inner, cs), charset=cs)
    elif container == "mp_fwd":
        qs = rng.choice(["oprindelig", "fra-sendt", "videresendt"])
        traits.append(f"quote:{qs}")
        earlier, when = when, when + dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 3), minutes=rng.randint(0, 50))
        body = (f"Hej {c.m_fn}\n\nTil din orientering: det, der står i {c.fn}s plan om mentorforløbet.\n\n"
                + signature(c, rng, "cw", disclaimer=False) + "\n\n"
                + quote_header(qs, c.cw, c.cw_mail, f"{c.name} <{c.c_mail}>", subj, earlier) + "\n"
                + intro + cpr_line + "\n" + entry + "\n" + outro)
        raw = build_mail(frm, addr(c.mentor, c.m_mail), "VS: " + subj, when, text=body, charset=cs)
    elif container == "mp_reply":
        earlier, when = when, when + dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 3), minutes=rng.randint(0, 50))
        body = ("Okay tak. Jeg ringer til min mentor i morgen.\n\n" + c.fn + "\n\n"
                + gt_quote(intro + cpr_line + "\n" + entry + "\n" + outro, f"{c.cw} <{c.cw_mail}>", earlier))
        traits.append("quote:gt-reply-from-citizen")
        raw = build_mail(addr(c.name, c.c_mail), frm, "Sv: " + subj, when, text=body, charset="utf-8", mailer="gmail")
    elif container == "mp_pdf":
        lines = entry.split("\n")
        blocks = [("__p", l) for l in lines if l.strip()]
        data = pdf_bytes(c, "Min Plan", [("Navn", c.name)] + ([("CPR-nr.", c.cpr)] if with_cpr else []) +
                         [("Udskrevet", fdate(c.sent, "num"))], blocks, letterhead=False)
        note = f"Hej {c.fn}\n\nDu bad om en udskrift af din plan. Den er vedhæftet.\n\n" + signature(c, rng, "cw")
        raw = build_mail(frm, to, "Udskrift af Min Plan", when, text=note,
                         attachments=[("MinPlan_udskrift.pdf", data, "application/pdf")], charset=cs)
    else:
        raise ValueError(container)
    return raw, per, traits, []


# --------------------------------------------------------------------------- none of the kinds
def ics(c: Case, start: dt.datetime, summary: str, loc: str) -> bytes:
    f = "%Y%m%dT%H%M%S"
    return ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2016\r\nVERSION:2.0\r\n"
            "BEGIN:VEVENT\r\n"
            f"ORGANIZER;CN={c.cw}:mailto:{c.cw_mail}\r\n"
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={c.name}:mailto:{c.c_mail}\r\n"
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={c.mentor}:mailto:{c.m_mail}\r\n"
            f"SUMMARY;LANGUAGE=da-DK:{summary}\r\nDTSTART;TZID=Romance Standard Time:{start.strftime(f)}\r\n"
            f"DTEND;TZID=Romance Standard Time:{(start + dt.timedelta(hours=1)).strftime(f)}\r\n"
            f"UID:040000008200E00074C5B7101A82E008000000{int(hashlib.sha1(summary.encode()).hexdigest()[:10], 16)}\r\n"
            f"LOCATION;LANGUAGE=da-DK:{loc}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")


def unknown_mail(c: Case, rng, which: str, with_cpr, tmp):
    when = c.mail_dt()
    cs = rng.choice(CHARSETS)
    cwa, ca, ma = addr(c.cw, c.cw_mail), addr(c.name, c.c_mail), addr(c.mentor, c.m_mail)
    traits = [f"unknown:{which}", f"charset:{cs}"]
    mtg = dt.datetime.combine(c.start, dt.time(rng.choice([9, 10, 13]), 0))
    cprl = f"\nCPR: {c.cpr}" if with_cpr else ""
    if which == "invite":
        summ = "Opstartsmøde – mentorforløb"
        body = (f"Hej {c.fn} og {c.m_fn}\n\nJeg inviterer til opstartsmøde, hvor vi laver aftalen om mentorstøtten "
                f"sammen – mål, opgaver og opfølgning.\n\nSted: {c.unit}, mødelokale 2\n\n" + signature(c, rng, "cw", False))
        att = [("invite.ics", ics(c, mtg, summ, f"{c.unit}, mødelokale 2"), "text/calendar")]
        return build_mail(cwa, f"{ca}, {ma}", summ, when, text=body, htmlbody=outlook_doc(text_to_mso(body), cs),
                          attachments=att, charset=cs), traits
    if which == "teams":
        inner = (text_to_mso(f"Statusmøde vedr. mentorstøtte for {c.fn}\n\nVi følger op på forløbet og taler om, "
                             f"hvordan praktikken går.\n") +
                 "<div style='margin-top:12pt;border-top:solid #5B5FC7 1.5pt'>" +
                 text_to_mso("________________________________________________________________________________\n"
                             "Microsoft Teams-møde\nDeltag på din computer, i en mobilapp eller en rumenhed\n"
                             f"Klik her for at deltage i mødet\nMøde-id: 372 118 {rng.randint(100, 999)} 55\n"
                             "Adgangskode: bX7ek2\n"
                             "________________________________________________________________________________") + "</div>")
        return build_mail(cwa, f"{ca}, {ma}", f"Statusmøde – {c.fn} (Teams)", when, htmlbody=outlook_doc(inner, cs),
                          attachments=[("invite.ics", ics(c, mtg, "Statusmøde", "Microsoft Teams-møde"), "text/calendar")],
                          charset=cs), traits
    if which == "tak-cw":
        body = (f"Hej {c.fn}\n\nTak for i dag – det var et godt møde. Jeg sender aftalen om mentorstøtte i e-Boks, "
                f"når {c.m_fn} har bekræftet, at der er tid.\n\nVi ses igen {fdate(c.start + dt.timedelta(days=14), 'den')} kl. 10.\n\n"
                + signature(c, rng, "cw"))
        return build_mail(cwa, ca, "Tak for i dag", when, text=body, charset=cs), traits
    if which == "tak-mentor":
        body = (f"Hej {c.fn}\n\nTak for i dag! Godt gået med at tage bussen selv. Husk tandlægen på torsdag.\n\n"
                f"Vi ses på tirsdag kl. 9 ved stoppestedet.\n\n" + signature(c, rng, "mentor", False))
        return build_mail(ma, ca, "Tak for i dag :)", when, htmlbody=outlook_doc(text_to_mso(body), cs), charset=cs,
                          mailer="Microsoft Outlook 16.0"), traits
    if which == "status-mentor":
        body = (f"Hej {c.cw_fn}\n\nStatus på forløbet med {c.name}{(' (' + c.cpr + ')') if with_cpr else ''}:\n\n"
                f"Fremmøde i praktikken hos {c.workplace}: 4 af 5 dage de sidste tre uger (før 2 af 5).\n"
                f"Vi har brugt 3 timer om ugen, mest på transport og morgenrutiner.\n"
                f"{c.fn} vil gerne fortsætte og spørger til løntilskud efter praktikken.\n\n"
                f"Jeg foreslår, at vi tager det op på statusmødet.\n\n" + signature(c, rng, "mentor"))
        return build_mail(ma, cwa, f"Status {c.fn} – uge {c.sent.isocalendar()[1]}", when, text=body, charset=cs), traits
    if which == "status-pdf":
        blocks = [("__h", "Fremmøde"), ("__p", f"{c.fn} har mødt 14 ud af 18 planlagte dage."),
                  ("__h", "Progression"), ("__p", "Møder nu selv op til tiden. Har brug for støtte til kontakt med kolleger."),
                  ("__h", "Anvendte timer"),
                  ("__p", f"{MONTHS[(c.sent.month - 3) % 12].capitalize()}: 11 timer. {MONTHS[(c.sent.month - 2) % 12].capitalize()}: 9 timer.")]
        data = pdf_bytes(c, "Statusrapport – mentorforløb", [("Borger", c.name)] + ([("CPR", c.cpr)] if with_cpr else []) +
                         [("Mentor", c.mentor)], blocks, org=c.provider)
        body = f"Hej {c.cw_fn}\n\nHermed status på {c.fn}.\n\n" + signature(c, rng, "mentor")
        return build_mail(ma, cwa, f"Statusrapport {c.fn}", when, text=body,
                          attachments=[("Statusrapport.pdf", data, "application/pdf")], charset=cs), traits
    if which == "ooo":
        back = c.sent + dt.timedelta(days=rng.randint(3, 14))
        body = (f"Tak for din mail. Jeg er på ferie og tilbage {fdate(back, 'den')}. Din mail bliver ikke videresendt.\n\n"
                f"Har du spørgsmål om mentorstøtte eller din plan, så ring til {c.unit} på tlf. {phone(rng)} "
                f"(man-fre kl. 9-12).\n\n{c.cw}\n{c.muni}")
        return build_mail(cwa, ca, "Automatisk svar: Aftale om mentorstøtte", when, text=body, charset=cs,
                          extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}), traits
    if which == "ooo-en":
        body = (f"Jeg har fri indtil mandag. I akutte sager kontakt min kollega {rng.choice(STAFF_FIRST)} på tlf. {phone(rng)}.\n\n"
                f"I am out of the office until Monday with limited access to e-mail.\n\n{c.mentor}, {c.provider}")
        return build_mail(ma, cwa, "Automatic reply: Status " + c.fn, when, text=body, charset="utf-8",
                          extra={"Auto-Submitted": "auto-replied"}), traits
    if which == "invoice":
        blocks = [("Fakturanr.", f"2026-{rng.randint(100, 999)}"), ("Kunde", f"{c.muni}, {c.unit}"),
                  ("Ydelse", f"Mentorstøtte, {c.fn} {c.ln[0]}. – {MONTHS[c.sent.month - 1]} {c.sent.year}"),
                  ("Antal timer", "12 timer à 450,00 kr."), ("I alt ekskl. moms", "5.400,00 kr."),
                  ("Betalingsbetingelser", "Netto 30 dage. EAN 5798000" + str(rng.randint(100000, 999999)))]
        data = pdf_bytes(c, "Faktura", [("Leverandør", c.provider)], blocks, letterhead=False)
        body = f"Hej\n\nVedhæftet faktura for mentortimer. Fakturaen er også sendt via NemHandel.\n\n" + signature(c, rng, "mentor", False)
        return build_mail(ma, addr("Kreditorbogholderiet", f"faktura@{c.mdom}"), "Faktura mentorstøtte", when, text=body,
                          attachments=[("Faktura.pdf", data, "application/pdf")], charset=cs), traits
    if which == "order":
        body = (f"Hej {c.m_fn}\n\nBestilling af mentorforløb\n\nBorger: {c.name}{cprl}\nForventet start: "
                f"{fdate(c.start, 'long')}\nØnsket omfang: ca. 3 timer pr. uge\nFokus: fremmøde i praktik hos {c.workplace}\n\n"
                f"Vil du bekræfte, at I har en mentor ledig? Så laver vi aftalen sammen med {c.fn} på opstartsmødet.\n\n"
                + signature(c, rng, "cw"))
        return build_mail(cwa, ma, "Bestilling af mentorforløb", when, text=body, charset=cs), traits
    if which == "partshoering":
        body = (f"Kære {c.fn}\n\nPartshøring – inden vi træffer afgørelse om din mentorstøtte\n\n"
                f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til møderne med din mentor. "
                f"Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger. Send dem senest "
                f"{fdate(c.sent + dt.timedelta(days=14), 'long')}.\n\nDette er ikke en afgørelse.\n\n" + signature(c, rng, "cw"))
        return build_mail(cwa, ca, "Partshøring – mentorstøtte", when, text=body, charset=cs), traits
    if which == "kvittering":
        body = (f"Kære {c.name}\n\nVi har modtaget din ansøgning om mentorstøtte {fdate(c.sent, 'den')}. "
                f"Du hører fra os, når vi har behandlet den. Det tager normalt op til 4 uger.\n\n"
                f"Denne mail kan ikke besvares.\n{c.muni}")
        return build_mail(addr(c.muni, f"noreply@{c.mdom}"), ca, "Kvittering for din ansøgning", when, text=body,
                          charset=cs, mailer="Momentum (KMD) mailservice"), traits
    if which == "eboks":
        inner = text_to_mso(f"Hej {c.fn}\n\nDin aftale om mentorstøtte er nu sendt til din digitale postkasse "
                            f"(e-Boks / mit.dk). Log på for at læse den.\n\n" + signature(c, rng, "cw"))
        return build_mail(cwa, ca, "Aftalen er sendt til din e-Boks", when, htmlbody=outlook_doc(inner, cs), charset=cs), traits
    if which == "leaflet":
        blocks = [("__h", "Hvad er en mentor?"),
                  ("__p", "En mentor er en person, der hjælper dig med at komme i gang med job eller uddannelse."),
                  ("__h", "Hvad står der i aftalen?"),
                  ("__p", "Aftalen om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, "
                          "hvilke opgaver mentoren skal hjælpe med, varigheden og opfølgning, timetallet og en klagevejledning."),
                  ("__h", "Hvor længe?"), ("__p", "Mentorstøtte gives i højst 6 måneder ad gangen med mulighed for forlængelse."),
                  ("__h", "Klage"), ("__p", "Du kan klage til kommunen inden 4 uger, hvis du er uenig i en afgørelse.")]
        data = pdf_bytes(c, "Mentorstøtte – kort fortalt", [], blocks, table=False)
        body = f"Hej {c.fn}\n\nSe vedhæftede pjece om mentorstøtte, som vi talte om.\n\n" + signature(c, rng, "cw", False)
        return build_mail(cwa, ca, "Pjece om mentorstøtte", when, text=body,
                          attachments=[("Pjece_mentorstoette.pdf", data, "application/pdf")], charset=cs), traits
    if which == "newsletter":
        inner = ("<table width='100%' cellpadding=0 cellspacing=0 border=0 style='background:#EEF3F8'><tr><td align=center>"
                 "<table width=600 cellpadding=0 cellspacing=0 border=0 style='background:white'>"
                 f"<tr><td style='padding:18pt;background:#00594F'><p class=MsoNormal><b><span style='color:white;font-size:16pt'>Nyt fra {esc(c.provider)}</span></b></p></td></tr>"
                 "<tr><td style='padding:12pt'>" +
                 text_to_mso("Nye mentorer i teamet\nVi har fået tre nye mentorer med erfaring fra lager, detail og SOSU.\n\n"
                             "Temadag om fastholdelse\nTorsdag den 12. marts inviterer vi sagsbehandlere til temadag om, "
                             "hvordan mentorstøtte kan fastholde unge i uddannelse.\n\n"
                             "Tilmelding på vores hjemmeside. Afmeld nyhedsbrevet her.") +
                 "</td></tr></table></td></tr></table>")
        return build_mail(addr(c.provider, f"nyhedsbrev@{c.m_mail.split('@')[1]}"), cwa, f"Nyhedsbrev fra {c.provider}",
                          when, htmlbody=outlook_doc(inner, cs), charset=cs, mailer="Mailchimp Mailer"), traits
    if which == "genvurdering":
        body = (f"Kære {c.name}\n\nGenvurdering af din klage\n\nDu har klaget over vores afgørelse om afslag på mentorstøtte. "
                f"Vi har genvurderet afgørelsen og fastholder den. Vi har derfor sendt din klage og sagens akter videre "
                f"til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen.\n\n" + signature(c, rng, "cw"))
        return build_mail(cwa, ca, "Din klage er sendt til Ankestyrelsen", when, text=body, charset=cs), traits
    if which == "question":
        body = (f"Hej {c.cw_fn}\n\nHvornår starter min mentor egentlig? Jeg har ikke hørt noget endnu, og praktikken "
                f"starter på mandag.\n\nHilsen {c.fn}\n\nSendt fra min iPhone")
        return build_mail(ca, cwa, "mentor??", when, text=body, charset="utf-8", mailer="iPhone Mail (20H115)"), traits
    if which == "slutevaluering":
        body = (f"Hej {c.cw_fn}\n\nSlutevaluering – {c.name}\n\nForløbet sluttede i fredags. {c.fn} er startet i "
                f"løntilskud hos {c.workplace} 25 timer om ugen og klarer transport og mødetider selv. "
                f"Vi nåede målet om fremmøde 4 dage om ugen i uge 8. Samlet forbrug: 58 timer.\n\n"
                f"Tak for samarbejdet.\n\n" + signature(c, rng, "mentor"))
        return build_mail(ma, cwa, f"Slutevaluering {c.fn}", when, htmlbody=outlook_doc(text_to_mso(body), cs),
                          charset=cs), traits
    raise ValueError(which)


# --------------------------------------------------------------------------- the plan
AGREEMENT_SPECS = [  # (container, defects)
    ("html_table", []), ("html_table", ["hours-missing"]), ("html_table", ["goal-unclear"]),
    ("html_table", ["appeal-other"]), ("html_nested", []), ("html_nested", ["over6-range"]),
    ("html_nested", ["mentor-nocontact"]), ("html_headings", []), ("html_headings", ["follow-vague"]),
    ("alt_flat", []), ("alt_flat", ["appeal-incomplete"]), ("alt_flat", ["tasks-missing"]),
    ("alt_placeholder", []), ("alt_placeholder", ["over6-oneday"]), ("alt_appeal_html_only", []),
    ("pdf", []), ("pdf", ["follow-missing"]), ("pdf", ["goal-unclear"]), ("pdf", ["hours-missing", "follow-missing"]),
    ("pdf", ["appeal-wrongroute"]), ("docx", []), ("docx", ["appeal-missing"]), ("docx", ["duration-missing"]),
    ("docx", ["over6-length"]), ("pdf_scan", []), ("fwd_text", []), ("fwd_text", ["hours-vague"]),
    ("fwd_text", ["goal-placeholder"]), ("fwd_text", ["appeal-missing", "over6-range"]), ("fwd_html", []),
    ("fwd_html", ["mentor-nocontact"]), ("reply_gt", []), ("reply_gt", ["goal-unclear"]),
    ("plain_sig", []), ("plain_sig", ["follow-missing"]),
]
DECISION_SPECS = [  # (container, subtype, defects)
    ("dec_pdf", "grant", []), ("dec_pdf", "grant", ["over6-range"]), ("dec_pdf", "partial", []),
    ("dec_pdf", "refusal", ["appeal-missing"]), ("dec_pdf", "extension", []), ("dec_pdf", "extension", ["over6-length"]),
    ("dec_pdf", "end", ["appeal-incomplete"]), ("dec_html", "grant", ["appeal-missing"]), ("dec_html", "refusal", []),
    ("dec_html", "partial", ["noreasons"]), ("dec_docx", "grant", ["appeal-other"]), ("dec_docx", "extension", ["over6-oneday"]),
    ("dec_fwd_text", "grant", []), ("dec_fwd_text", "refusal", ["noreasons", "appeal-incomplete"]),
    ("dec_fwd_text", "extension", ["appeal-missing", "over6-range"]), ("dec_alt", "partial", []),
    ("dec_alt", "grant", ["appeal-wrongroute"]), ("dec_reply_gt", "grant", []), ("dec_plain_sig", "end", []),
    ("dec_plain_sig", "refusal", []), ("dec_pdf", "partial", ["appeal-missing"]),
]
MINPLAN_SPECS = [
    ("mp_plain", []), ("mp_plain", ["hours-missing"]), ("mp_plain", ["mentor-nocontact"]), ("mp_plain", ["goal-unclear"]),
    ("mp_plain", []), ("mp_plain", ["over6-range"]), ("mp_html", []), ("mp_html", ["tasks-missing"]),
    ("mp_html", ["hours-vague"]), ("mp_html", ["over6-length"]), ("mp_alt", []), ("mp_alt", ["mentor-nocontact"]),
    ("mp_fwd", []), ("mp_fwd", ["duration-missing"]), ("mp_pdf", []), ("mp_reply", ["goal-unclear"]),
]
UNKNOWN_SPECS = ["invite", "teams", "tak-cw", "tak-mentor", "status-mentor", "status-pdf", "ooo", "ooo-en",
                 "invoice", "order", "partshoering", "kvittering", "eboks", "leaflet", "newsletter",
                 "genvurdering", "question", "slutevaluering"]


def rules_for(kind, defects):
    allowed = {"agreement": NINE,
               "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                           "duration-over-6-months", "unclear-goal"),
               "decision": ("missing-appeal-guidance", "duration-over-6-months")}[kind]
    out = {DEFECT_RULE[d] for d in defects if DEFECT_RULE.get(d)}
    bad = out - set(allowed)
    assert not bad, (kind, defects, bad)
    return sorted(out)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=4711)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    master = random.Random(a.seed)
    entries = []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_fo_"))
    n = 0

    def emit(sub, stem, raw, kind, subtype, layout, rules, extras, per, traits, case, with_cpr):
        nonlocal n
        n += 1
        import email as _email
        from email.header import decode_header, make_header
        m = _email.message_from_bytes(raw)
        subj = str(make_header(decode_header(m["Subject"])))
        name = slug(subj.replace("–", "-").replace(":", "").replace("?", "").replace("(", "").replace(")", ""))
        name = name.replace("..", ".").replace(".-.", "-").strip(".")[:60] or "mail"
        rel = f"{case.sent.year}-{case.sent.month:02d}/{n:03d}_{name}.eml"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(raw)
        e = {"path": rel, "format": "eml", "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [case.cpr, case.cpr.replace("-", "")] if with_cpr else [],
             "traits": sorted(set(traits + (["cpr"] if with_cpr else [])))}
        if per:
            e["period"] = per
        entries.append(e)

    for container, defects in AGREEMENT_SPECS:
        rng = random.Random(master.random())
        c = Case(rng)
        wc = rng.random() < 0.27
        raw, per, traits, extras = agreement_mail(c, rng, container, defects, wc, tmp)
        if "appeal-wrongroute" in defects:
            extras = ["appeal-wrong-route"]
        emit("aftaler", f"{container}_{slug(c.fn)}", raw, "agreement", "agreement", container,
             rules_for("agreement", defects), extras, per, traits + [f"defect:{d}" for d in defects], c, wc)
    for container, sub, defects in DECISION_SPECS:
        rng = random.Random(master.random())
        c = Case(rng)
        wc = rng.random() < 0.25
        raw, per, traits, extras = decision_mail(c, rng, container, sub, defects, wc, tmp)
        emit("afgoerelser", f"{container}_{sub}_{slug(c.fn)}", raw, "decision", sub, container,
             rules_for("decision", [d for d in defects if d != "noreasons"]), extras, per,
             traits + [f"defect:{d}" for d in defects], c, wc)
    for container, defects in MINPLAN_SPECS:
        rng = random.Random(master.random())
        c = Case(rng)
        wc = rng.random() < 0.25
        raw, per, traits, extras = minplan_mail(c, rng, container, defects, wc, tmp)
        emit("minplan", f"{container}_{slug(c.fn)}", raw, "minplan", "minplan", container,
             rules_for("minplan", defects), extras, per, traits + [f"defect:{d}" for d in defects], c, wc)
    for which in UNKNOWN_SPECS:
        rng = random.Random(master.random())
        c = Case(rng)
        wc = which in ("status-mentor", "status-pdf", "order") and rng.random() < 0.7
        raw, traits = unknown_mail(c, rng, which, wc, tmp)
        emit("oevrigt", which, raw, "unknown", which, f"unknown-{which}", [], [], None, traits, c, wc)
    shutil.rmtree(tmp, ignore_errors=True)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
