"""Corpus AS: a realistic archive sample from one mid-sized municipality's mentor cases, 2024-2026.

~100 documents as a quality team would pull them from case folders: ~45 % written agreements,
~15 % decision letters, ~15 % Min Plan entries/prints, ~25 % other documents in the same folders.
Written independently from domain.md, the seeds and the rule docs (`mentordocs rules NAME`).

    /work/main/.venv/bin/python make_corpus_as.py --out /work/corpora/as
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SEED = 20261129
KOMMUNE = "Vesterå Kommune"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Fatima", "Jonas", "Sofie", "Ali", "Emma", "Kasper", "Laura", "Ahmad", "Maja", "Nikolaj",
         "Ida", "Mikkel", "Sara", "Rasmus", "Amalie", "Oliver", "Nadia", "Frederik", "Josefine", "Yusuf",
         "Cecilie", "Tobias", "Line", "Patrick", "Camilla", "Dennis", "Mette", "Brian", "Hanne", "Kenneth",
         "Louise", "Omar", "Signe", "Jesper", "Malene", "Kristian", "Tina", "Anders", "Pernille"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Hussein", "Yilmaz", "Abdi", "Khalil", "Østergaard", "Dahl",
        "Kjær", "Lund", "Bach", "Holm", "Vestergaard", "Frandsen", "Krogh"]
CASEWORKERS = [("Birgitte Holm Laursen", "72 36 41 18", "bhla@vestera.dk"),
               ("Jakob Friis", "72 36 41 52", "jafr@vestera.dk"),
               ("Susanne Bak", "72 36 42 07", "susb@vestera.dk"),
               ("Henrik Thygesen", "72 36 40 93", "heth@vestera.dk")]
PROVIDERS = {
    "brobyg": ("Brobyg Mentor ApS", "brobyg-mentor.dk", "Industrivej 14, 7600 Vesterå", "CVR 38 27 41 90"),
    "fremdrift": ("Fremdrift – Mentor og Vejledning", "fremdrift.nu", "Torvegade 3, 1. sal, 7600 Vesterå",
                  "CVR 41 92 07 33"),
    "intern": ("Vesterå Kommune, Mentorteamet", "vestera.dk", "Rådhustorvet 1, 7600 Vesterå", ""),
}

# Goals: (clear, text-template).  {n} = citizen's first name.
CLEAR_GOALS = [
    "{n} starter på grundforløb 1 (tømrer) på EUC Vest i august og har mindst 90 % fremmøde de første 10 uger.",
    "Målet er, at {n} er i virksomhedspraktik i Netto, Storegade, 15 timer om ugen senest 1. juni, med henblik på løntilskud.",
    "{n} gennemfører FVU-dansk trin 2 på VUC Vesterå og møder op til undervisningen 3 dage om ugen.",
    "At {n} fastholder sit fleksjob på 12 timer om ugen hos Vesterå Autoværksted uden sygefravær over 2 dage pr. måned.",
    "{n} er i gang med SOSU-hjælperuddannelsen og består første praktikperiode.",
    "Hovedmål: {n} kommer i ordinært job som lagermedarbejder, min. 25 timer om ugen. Delmål: {n} har gennemført truckcertifikat (AMU) inden 3 måneder.",
    "{n} starter på FGU (produktionsgrunduddannelse, køkkenlinjen) og møder stabilt 4 dage om ugen.",
    "{n} øger sin arbejdstid i løntilskudsjobbet hos Vesterå Vand fra 15 til 25 timer om ugen.",
    "{n} gennemfører HF-enkeltfag i matematik C på VUC og går til eksamen i juni.",
    "{n} deltager i virksomhedspraktik hos Plantorama 4 dage om ugen og er afklaret i forhold til fleksjob som gartnermedhjælper.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {n} kommer videre i sit liv og får det bedre med sig selv.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {n} får motivation og selvværd.",
    "{n} skal arbejde med sig selv og sine udfordringer.",
]
TASKS = [
    "følge {n} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælp til at lave en ugeplan og holde den",
    "støtte ved samtaler med uddannelsesvejleder og sagsbehandler",
    "hjælp til at åbne og forstå post i e-Boks",
    "træne transport med bus til skolen",
    "tale med arbejdsgiveren om skånehensyn",
    "hjælp til at søge SU og lave budget",
    "vække-opkald om morgenen i de første uger",
    "være bindeled til lærer/kontaktlærer på skolen",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k}. Klagen skal være modtaget inden 4 uger efter, at du har fået afgørelsen. "
    "Du kan klage skriftligt eller mundtligt. Kommunen vil genvurdere afgørelsen, og hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen, jf. lov om retssikkerhed og administration på det sociale område §§ 66-67 og LAB § 204.",
    "Du kan klage over afgørelsen inden fire uger fra du har modtaget den. Klagen sendes til {k}, Beskæftigelse, Rådhustorvet 1, 7600 Vesterå, eller via borger.dk. "
    "Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens akter til Ankestyrelsen.",
    "Klagefristen er 4 uger. Du klager til jobcentret/kommunen, som genvurderer afgørelsen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204).",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds, kan du kontakte din sagsbehandler i kommunen.",
    "Der er klageadgang efter reglerne i retssikkerhedsloven.",
]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale", "Aftales løbende mellem mentor og borger"]
FOLLOWUPS = [
    "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter.",
    "Mentor sender skriftlig status hver 3. måned. Opfølgning ved samtale i kommunen senest 14 dage før ophør, hvor progressionen mod delmålene vurderes.",
    "Vi følger op hver 4. uge med et trekantsmøde. Progression måles på fremmøde (registreres af skolen).",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingen udløber.",
]


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_cpr: set[str] = set()

    def name(self):
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def cpr(self):
        while True:
            d = dt.date(1970, 1, 1) + dt.timedelta(days=self.rng.randint(0, 365 * 36))
            c = f"{d:%d%m%y}-{self.rng.randint(1000, 9999)}"
            if c not in self.used_cpr:
                self.used_cpr.add(c)
                return c

    def phone(self):
        return f"{self.rng.randint(20, 61)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "short":
        return f"{d.day}.{d.month}.{d:%y}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


# ---------------------------------------------------------------- case data

def make_case(ctx: Ctx, year_range=(2024, 2026)):
    rng = ctx.rng
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    year = rng.randint(*year_range)
    month = rng.randint(1, 12) if year < 2026 else rng.randint(1, 9)
    start = dt.date(year, month, rng.choice([1, 1, 1, 15, 4, 10]))
    months = rng.choice([3, 6, 6, 6, 4])
    end = add_months(start, months) - dt.timedelta(days=1)
    mentor_first = rng.choice(FIRST)
    prov = rng.choice(["brobyg", "fremdrift", "intern"])
    mentor = f"{mentor_first} {rng.choice(LAST)}"
    dom = PROVIDERS[prov][1]
    email = f"{mentor_first.lower().replace('ø', 'oe')}@{dom}" if prov != "intern" else \
        f"{mentor_first[:2].lower()}{mentor.split()[1][:2].lower().replace('ø', 'oe')}@vestera.dk"
    return {
        "first": first, "last": last, "citizen": f"{first} {last}", "start": start, "end": end,
        "months": months, "mentor": mentor, "mentor_first": mentor_first, "mentor_phone": ctx.phone(),
        "mentor_email": email, "provider": prov, "cw": rng.choice(CASEWORKERS),
        "goal": rng.choice(CLEAR_GOALS).format(n=first),
        "tasks": [t.format(n=first) for t in rng.sample(TASKS, rng.randint(2, 4))],
        "hours": rng.choice([1, 2, 2, 3, 3, 4, 1.5, 5]),
        "followup": rng.choice(FOLLOWUPS),
        "appeal": rng.choice(APPEAL_FULL).format(k=KOMMUNE),
        "sagsnr": f"{year % 100:02d}.{rng.choice(['15.00', '15.20'])}.{rng.choice(['G01', 'P20', 'K07'])}-{rng.randint(1000, 99999)}",
        "cpr": None,
        "date_style": rng.choice(["words", "dots", "short", "slash", "abbr", "words"]),
    }


def hours_text(h, rng):
    if h == 1.5:
        return rng.choice(["1½ time pr. uge", "halvanden time om ugen", "1,5 timer ugentligt"])
    word = {1: "1 time", 2: "2 timer", 3: "3 timer", 4: "4 timer", 5: "5 timer"}[h]
    return rng.choice([f"{word} pr. uge", f"{word} ugentligt", f"{word} om ugen", f"{h} t/uge"])


def period_text(c, rng):
    s, e, st = c["start"], c["end"], c["date_style"]
    form = rng.choice(["range", "range", "fra_til", "fom"])
    if form == "range":
        return f"{fmt_date(s, st)} – {fmt_date(e, st)}"
    if form == "fra_til":
        return f"fra {fmt_date(s, st)} til {fmt_date(e, st)}"
    return f"f.o.m. {fmt_date(s, st)} t.o.m. {fmt_date(e, st)}"


# Defects: each a function mutating case c and returning rule names
def apply_defects(c, defects, rng):
    rules = set()
    for d in defects:
        if d == "missing-goal":
            c["goal"] = rng.choice(["", "Udfyldes senere", "-"])
            rules.add("missing-goal")
        elif d == "unclear-goal":
            c["goal"] = rng.choice(UNCLEAR_GOALS).format(n=c["first"])
            rules.add("unclear-goal")
        elif d == "missing-mentor-contact":
            c["mentor_phone"] = None
            c["mentor_email"] = None
            rules.add("missing-mentor")
        elif d == "missing-tasks":
            c["tasks"] = []
            rules.add("missing-tasks")
        elif d == "missing-duration":
            c["period_override"] = rng.choice(["", "Indtil videre", "Aftales senere"])
            rules.add("missing-duration")
        elif d == "over-6":
            m = rng.choice([8, 9, 12])
            c["end"] = add_months(c["start"], m) - dt.timedelta(days=1)
            c["months"] = m
            rules.add("duration-over-6-months")
        elif d == "missing-follow-up":
            c["followup"] = None
            rules.add("missing-follow-up")
        elif d == "vague-hours":
            c["hours_override"] = rng.choice(VAGUE_HOURS)
            rules.add("missing-hours")
        elif d == "missing-hours":
            c["hours_override"] = ""
            rules.add("missing-hours")
        elif d == "incomplete-appeal":
            c["appeal"] = rng.choice(APPEAL_INCOMPLETE)
            rules.add("missing-appeal-guidance")
        elif d == "no-appeal":
            c["appeal"] = None
            rules.add("missing-appeal-guidance")
    return rules


def mentor_line(c):
    parts = [c["mentor"]]
    if c["provider"] != "intern":
        parts.append(PROVIDERS[c["provider"]][0])
    if c["mentor_phone"]:
        parts.append(f"tlf. {c['mentor_phone']}")
    if c["mentor_email"]:
        parts.append(c["mentor_email"])
    return ", ".join(parts)


def hours_of(c, rng):
    if "hours_override" in c:
        return c["hours_override"]
    return hours_text(c["hours"], rng)


def period_of(c, rng):
    if "period_override" in c:
        return c["period_override"]
    return period_text(c, rng)


# ---------------------------------------------------------------- block model
# blocks: ("title", t) ("h", t) ("p", t) ("ul", [..]) ("table", [[..]]) ("small", t) ("sign", t)

def letterhead(c, sender="kommune"):
    if sender == "kommune":
        return [("small", f"{KOMMUNE}\nBeskæftigelse og Uddannelse\nRådhustorvet 1, 7600 Vesterå\nTlf. 72 36 40 00 · vestera.dk")]
    p = PROVIDERS[sender]
    return [("small", f"{p[0]}\n{p[2]}\n{p[1]} {('· ' + p[3]) if p[3] else ''}")]


def citizen_block(c, rng, label_style=0):
    lines = []
    if label_style == 0:
        lines.append(["Borger", c["citizen"]])
        if c["cpr"]:
            lines.append(["CPR-nr.", c["cpr"]])
        lines.append(["Sagsnr.", c["sagsnr"]])
    else:
        lines.append(["Navn", c["citizen"]])
        if c["cpr"]:
            lines.append(["Cpr.nr", c["cpr"]])
    return lines


# Template M1: Jobcenter/Kommune table template (label | value)
def tpl_m1(c, rng):
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)"])
    sender = "Jobcenter Vesterå" if c["start"] < dt.date(2026, 2, 1) else KOMMUNE
    bl = [("small", f"{sender}\nRådhustorvet 1 · 7600 Vesterå · Tlf. 72 36 40 00"), ("title", title)]
    rows = citizen_block(c, rng, 0)
    rows.append([rng.choice(["Mål med mentorstøtten", "Målet med mentorstøtten", "Formål"]), c["goal"]])
    rows.append([rng.choice(["Mentor (navn og kontaktdata)", "Mentorens navn og kontaktoplysninger", "Mentor"]), mentor_line(c)])
    rows.append([rng.choice(["Mentorens opgaver", "Opgaver mentor skal bistå med", "Indsatsområder"]),
                 "\n".join("• " + t[0].upper() + t[1:] for t in c["tasks"])])
    rows.append([rng.choice(["Periode", "Varighed", "Aftalens varighed"]), period_of(c, rng)])
    rows.append([rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]), hours_of(c, rng)])
    if c["followup"] is not None:
        rows.append([rng.choice(["Opfølgning", "Opfølgning og progression"]), c["followup"]])
    rows.append(["Sagsbehandler", f"{c['cw'][0]}, tlf. {c['cw'][1]}, {c['cw'][2]}"])
    bl.append(("table", rows))
    if c["appeal"] is not None:
        bl += [("h", rng.choice(["Klagevejledning", "Sådan klager du"])), ("p", c["appeal"])]
    bl.append(("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167. Ændringer i timetal eller formål skal fremgå af Min Plan."))
    bl.append(("sign", f"Dato: {fmt_date(c['start'] - dt.timedelta(days=rng.randint(3, 12)), 'dots')}\n\n_______________________\t_______________________\nBorger\t\t\t\tSagsbehandler"))
    return bl


# Template M2: the 2025/26 municipal template with numbered headings
def tpl_m2(c, rng):
    bl = letterhead(c, "kommune")
    bl.append(("title", rng.choice(["Mentoraftale", "Aftale om mentor", "Aftale om mentorstøtte"])))
    bl.append(("p", f"Aftalen er indgået mellem {c['citizen']}" + (f" (cpr.nr. {c['cpr']})" if c["cpr"] else "") +
               f", {c['mentor']} (mentor) og {KOMMUNE}. Sagsnummer {c['sagsnr']}."))
    numbered = rng.random() < 0.6
    h = (lambda i, t: f"{i}. {t}") if numbered else (lambda i, t: t)
    bl.append(("h", h(1, rng.choice(["Mål for mentorforløbet", "Borgerens mål", "Målet med mentorstøtten"]))))
    bl.append(("p", c["goal"] if c["goal"] else ""))
    bl.append(("h", h(2, rng.choice(["Mentor", "Mentors kontaktdata", "Din mentor"]))))
    mlines = [f"Navn: {c['mentor']}"]
    if c["provider"] != "intern":
        mlines.append(f"Firma: {PROVIDERS[c['provider']][0]}")
    if c["mentor_phone"]:
        mlines.append(f"Telefon: {c['mentor_phone']}")
    if c["mentor_email"]:
        mlines.append(f"Mail: {c['mentor_email']}")
    bl.append(("p", "\n".join(mlines)))
    bl.append(("h", h(3, rng.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder"]))))
    if c["tasks"]:
        bl.append(("ul", [t[0].upper() + t[1:] for t in c["tasks"]]))
    else:
        bl.append(("p", rng.choice(["-", "Aftales ved første møde.", ""])))
    bl.append(("h", h(4, "Varighed og opfølgning" if c["followup"] else "Varighed")))
    per = period_of(c, rng)
    bl.append(("p", (f"Periode: {per}" if per else "Periode:") + (f"\n{c['followup']}" if c["followup"] else "")))
    bl.append(("h", h(5, rng.choice(["Timetal", "Antal timer", "Omfang"]))))
    hr = hours_of(c, rng)
    bl.append(("p", f"Mentor har {hr} med {c['first']}." if hr and hr[0].isdigit() else hr))
    if c["appeal"] is not None:
        bl.append(("h", h(6, rng.choice(["Klagevejledning", "Hvis du vil klage"]))))
        bl.append(("p", c["appeal"]))
    bl.append(("p", f"Med venlig hilsen\n{c['cw'][0]}\nsagsbehandler, tlf. {c['cw'][1]}"))
    return bl


# Template P1: Brobyg provider, prose letter
def tpl_p1(c, rng):
    c = dict(c)
    c["provider"] = "brobyg"
    if c["mentor_email"] and "vestera" in c["mentor_email"]:
        c["mentor_email"] = f"{c['mentor_first'].lower().replace('ø', 'oe')}@brobyg-mentor.dk"
    bl = letterhead(c, "brobyg")
    bl.append(("title", rng.choice(["Mentoraftale", "Aftale om mentorforløb", "Samarbejdsaftale – mentorstøtte"])))
    bl.append(("p", f"Kære {c['first']}"))
    if c["goal"]:
        bl.append(("p", f"Vi har aftalt følgende mål for forløbet: {c['goal']}"))
    else:
        bl.append(("p", "Vi har aftalt følgende mål for forløbet: " + (c["goal"] or "(udfyldes når vi har mødtes)")))
    if c["tasks"]:
        bl.append(("p", f"{c['mentor_first']} skal hjælpe dig med:"))
        bl.append(("ul", c["tasks"]))
    contact = []
    if c["mentor_phone"]:
        contact.append(f"på {c['mentor_phone']}")
    if c["mentor_email"]:
        contact.append(f"på mail {c['mentor_email']}")
    bl.append(("p", f"Din mentor er {c['mentor']}" + (", og du kan fange " + c["mentor_first"] + " " + " eller ".join(contact) if contact else "") + "."))
    per = period_of(c, rng)
    hr = hours_of(c, rng)
    sent = []
    if per and per[0].isdigit() or per.startswith(("fra", "f.o.m")):
        sent.append(f"Forløbet løber {per}" if not per[0].isdigit() else f"Forløbet løber i perioden {per}")
    elif per:
        sent.append(f"Forløbets længde: {per.lower()}")
    if hr:
        sent.append(f"og {c['mentor_first']} har {hr} til dig" if hr[0].isdigit() or hr.startswith(("halv", "1½")) else
                    ("og timetallet aftales løbende mellem jer" if hr.startswith("Aftales") else f"og I ses {hr.lower()}"))
    if sent:
        bl.append(("p", " ".join(sent) + "."))
    if c["followup"]:
        bl.append(("p", c["followup"]))
    if c["appeal"]:
        bl.append(("p", "Bevillingen er givet af " + KOMMUNE + ". " + c["appeal"]))
    bl.append(("p", f"Venlig hilsen\n{c['mentor']}\nMentor, Brobyg Mentor ApS"))
    return bl


# Template P2: Fremdrift provider, label lines + bullets
def tpl_p2(c, rng):
    c = dict(c)
    c["provider"] = "fremdrift"
    if c["mentor_email"] and "vestera" in c["mentor_email"]:
        c["mentor_email"] = f"{c['mentor_first'].lower().replace('ø', 'oe')}@fremdrift.nu"
    bl = letterhead(c, "fremdrift")
    bl.append(("title", "MENTORAFTALE"))
    head = [f"Deltager: {c['citizen']}"]
    if c["cpr"]:
        head.append(f"Cpr: {c['cpr']}")
    head.append(f"Henvist af: {KOMMUNE}, {c['cw'][0]}")
    bl.append(("p", "\n".join(head)))
    bl.append(("p", f"{rng.choice(['Formål', 'Mål', 'Målsætning'])}: {c['goal']}"))
    contact = ", ".join(x for x in [c["mentor_phone"] and "mobil " + c["mentor_phone"], c["mentor_email"]] if x)
    bl.append(("p", f"{rng.choice(['Kontaktperson', 'Mentor', 'Tilknyttet mentor'])}: {c['mentor']}" + (f" – {contact}" if contact else "")))
    bl.append(("p", rng.choice(["Hvad skal mentor hjælpe med?", "Mentorens opgaver:", "Fokusområder:"])))
    if c["tasks"]:
        bl.append(("ul", [t[0].upper() + t[1:] for t in c["tasks"]]))
    else:
        bl.append(("p", "Aftales nærmere"))
    bl.append(("p", f"{rng.choice(['Forløbets længde', 'Periode', 'Bevilget periode'])}: {period_of(c, rng)}"))
    bl.append(("p", f"{rng.choice(['Timer', 'Timetal', 'Ugentligt timeantal'])}: {hours_of(c, rng)}"))
    if c["followup"]:
        bl.append(("p", f"{rng.choice(['Status og opfølgning', 'Opfølgning'])}: {c['followup']}"))
    if c["appeal"]:
        bl.append(("p", f"{rng.choice(['Klageadgang', 'Klagevejledning'])}: {c['appeal']}"))
    bl.append(("p", "Underskrift deltager: ______________     Underskrift mentor: ______________"))
    bl.append(("small", "Fremdrift – Mentor og Vejledning · Torvegade 3, 1. sal · 7600 Vesterå · fremdrift.nu"))
    return bl


# Hand-written agreement as a caseworker's plain letter (txt or eml body)
def tpl_hand(c, rng):
    lines = [f"Kære {c['first']}", "",
             f"Som aftalt på mødet i går skriver jag lige op hvad vi blev enige om omkring din mentor.".replace("jag", "jeg"), ""]
    if c["goal"]:
        g = c["goal"]
        if g.startswith("At "):
            lines.append("Målet med mentorstøtten er, at " + g[3:])
        elif g.startswith(("Målet", "Hovedmål")):
            lines.append(g)
        else:
            lines.append(f"Målet er: {g}")
    else:
        lines.append("Målet skriver vi ind når vi har talt med skolen.")
    lines.append("")
    contact = " og ".join(x for x in [c["mentor_phone"] and "tlf. " + c["mentor_phone"], c["mentor_email"] and "mail " + c["mentor_email"]] if x)
    lines.append(f"Din mentor bliver {c['mentor']}" + (f" ({contact})" if contact else "") + ".")
    if c["tasks"]:
        lines.append(f"{c['mentor_first']} skal bl.a. tage sig af: " + ", ".join(c["tasks"][:-1]) + " og " + c["tasks"][-1] + ".")
    per = period_of(c, rng)
    hr = hours_of(c, rng)
    if per:
        lines.append(f"Aftalen gælder {per[0].lower() + per[1:]}" + (f", og I har {hr}." if hr and (hr[0].isdigit() or hr.startswith(("halv", "1½"))) else (f". Timer: {hr}." if hr else ".")))
    elif hr:
        lines.append(f"I har {hr}.")
    if c["followup"]:
        lines.append(c["followup"])
    lines.append("")
    if c["appeal"]:
        lines += ["Klagevejledning:", c["appeal"], ""]
    lines += ["Venlig hilsen", c["cw"][0], "Sagsbehandler", KOMMUNE]
    return lines


# ---------------------------------------------------------------- writers

def set_cell_text(cell, text):
    cell.text = ""
    parts = text.split("\n")
    cell.paragraphs[0].add_run(parts[0])
    for p in parts[1:]:
        cell.add_paragraph(p)


def tracked_change(paragraph, old, new, author="Birgitte Holm Laursen"):
    """Append a tracked deletion of `old` and insertion of `new` to a paragraph."""
    date = "2025-03-04T10:12:00Z"
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901"); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = old
    r.append(t); d.append(r)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "902"); i.set(qn("w:author"), author); i.set(qn("w:date"), date)
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.set(qn("xml:space"), "preserve"); t2.text = new
    r2.append(t2); i.append(r2)
    paragraph._p.append(d)
    paragraph._p.append(i)


def write_docx(blocks, path: Path, edit=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            lines = val.split("\n")
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                if k < len(lines) - 1:
                    run.add_break()
            if edit and edit[0] in val:
                # hand edit: replace the figure through a tracked change
                old, new = edit
                p.clear()
                before, after = val.split(old, 1)
                p.add_run(before)
                tracked_change(p, old, new)
                p.add_run(after)
                edit = None
        elif kind == "small":
            for ln in val.split("\n"):
                p = doc.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(0)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for r in p.runs:
                    r.font.size = Pt(9)
        elif kind == "sign":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for cell, txt in zip(cells, row):
                    if edit and edit[0] == txt:
                        cell.text = ""
                        tracked_change(cell.paragraphs[0], edit[0], edit[1])
                        edit = None
                    else:
                        set_cell_text(cell, txt)
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(path)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path: Path, title="Dokument", system="KMD Nexus"):
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
           "<style>body{font-family:Arial;font-size:10pt} td{vertical-align:top;border:1px solid #999;padding:3px}</style>",
           "<script>window.onload=function(){document.title='Udskrift';}</script></head><body>",
           f"<div class=\"print-header\">Udskrevet fra {system} {dt.date(2026, 11, 20):%d-%m-%Y}</div>", "<div class=\"doc\">"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind in ("p", "sign", "small"):
            out.append("<p>" + "<br>".join(esc(x) for x in val.split("\n")) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table>" + "".join("<tr>" + "".join(
                f"<td>{'<br>'.join(esc(x) for x in cell.split(chr(10)))}</td>" for cell in row) + "</tr>" for row in val) + "</table>")
    out.append("</div></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def blocks_to_text(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper() if len(val) < 40 else val, ""]
        elif kind == "h":
            out += [val, ""]
        elif kind in ("p", "sign", "small"):
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + x for x in val] + [""]
        elif kind == "table":
            for row in val:
                lab, v = row[0], row[1]
                vv = v.split("\n")
                out.append(f"{lab}: {vv[0]}")
                out += ["    " + x for x in vv[1:]]
            out.append("")
    return "\n".join(out)


def write_eml(path: Path, subject, frm, to, body, date, quoted=None, cc=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 41), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    import zlib
    msg["Message-ID"] = f"<{zlib.crc32((subject + str(date) + to).encode()):010d}.{date:%Y%m%d}@vestera.dk>"
    text = body
    if quoted:
        text += "\n\n" + quoted
    msg.set_content(text)
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- the documents

class Corpus:
    def __init__(self, out: Path, seed=SEED):
        self.out = out
        self.rng = random.Random(seed)
        self.ctx = Ctx(self.rng)
        self.entries = []
        self.to_convert = []  # (docx_path, final_rel, fmt)
        self.tmp = Path(tempfile.mkdtemp(prefix="corpus_as_"))
        self.n = 0

    def folder(self, c):
        return f"sager/{c['start'].year}/{c['last'].lower().replace('ø', 'oe').replace('å', 'aa')}-{c['sagsnr'].split('-')[-1]}"

    def add(self, rel, fmt, kind, subtype, layout, rules, c=None, traits=(), extras=(), period=True):
        must = []
        if c and c.get("cpr") and c.get("cpr_in_doc", True):
            must = [c["cpr"], c["cpr"].replace("-", "")]
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": sorted(set(traits) | ({"cpr"} if must else set()))}
        if c and period and kind != "unknown" and "period_override" not in c:
            e["period"] = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        self.entries.append(e)

    def emit_blocks(self, blocks, rel_noext, fmt, edit=None, footer=None, title="Dokument"):
        rel = f"{rel_noext}.{fmt}"
        dest = self.out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            write_docx(blocks, dest, edit=edit, footer=footer)
        elif fmt in ("pdf", "odt"):
            self.n += 1
            src = self.tmp / fmt / f"d{self.n:04d}.docx"
            src.parent.mkdir(parents=True, exist_ok=True)
            write_docx(blocks, src, edit=edit, footer=footer)
            self.to_convert.append((src, dest, fmt))
        elif fmt == "html":
            write_html(blocks, dest, title=title)
        elif fmt == "txt":
            dest.write_text(blocks_to_text(blocks), encoding=self.rng.choice(["utf-8", "utf-8", "cp1252"]))
        return rel

    def convert_all(self):
        for fmt in ("pdf", "odt"):
            items = [x for x in self.to_convert if x[2] == fmt]
            if not items:
                continue
            outdir = self.tmp / f"out_{fmt}"
            outdir.mkdir(exist_ok=True)
            cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_as_profile", "--headless",
                   "--convert-to", fmt if fmt == "odt" else "pdf:writer_pdf_Export", "--outdir", str(outdir)]
            cmd += [str(s) for s, _, _ in items]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
            for s, dest, _ in items:
                produced = outdir / (s.stem + "." + fmt)
                shutil.move(str(produced), dest)

    # ---------------- agreements
    def agreements(self, n=45):
        rng = self.rng
        families = ["m1"] * 13 + ["m2"] * 12 + ["p1"] * 7 + ["p2"] * 7 + ["hand_txt"] * 3 + ["hand_eml"] * 3
        rng.shuffle(families)
        # defects: ~40 % of agreements, one or two
        single = ["missing-mentor-contact", "missing-tasks", "missing-duration", "over-6", "missing-follow-up",
                  "vague-hours", "missing-hours", "unclear-goal", "unclear-goal", "incomplete-appeal",
                  "incomplete-appeal", "no-appeal", "vague-hours", "over-6", "missing-goal"]
        # 18 of 45 (40 %) with defects: 13 with one, 5 with two; the rest clean
        pool = single[:]
        rng.shuffle(pool)
        defect_plan = [[d] for d in pool[:13]]
        doubles = [("vague-hours", "unclear-goal"), ("over-6", "incomplete-appeal"), ("missing-follow-up", "missing-hours"),
                   ("missing-tasks", "no-appeal"), ("missing-mentor-contact", "missing-follow-up")]
        defect_plan += [list(d) for d in doubles]
        defect_plan += [[] for _ in range(n - len(defect_plan))]
        rng.shuffle(defect_plan)
        self.cases = []
        for i, fam in enumerate(families):
            c = make_case(self.ctx)
            if rng.random() < 0.33:
                c["cpr"] = self.ctx.cpr()
            defects = list(defect_plan[i])
            # provider letters often have no appeal guidance at all (realistic)
            if "missing-duration" in defects and "over-6" in defects:
                defects.remove("over-6")
            rules = apply_defects(c, defects, rng)
            traits = [f"family:{fam}"] + [f"defect:{d}" for d in defects]
            folder = self.folder(c)
            self.cases.append(c)
            edit = None
            if fam == "m1":
                fmt = rng.choice(["docx", "docx", "docx", "pdf", "pdf", "odt"])
                blocks = tpl_m1(c, rng)
                if fmt == "docx" and "hours_override" not in c and rng.random() < 0.35:
                    # hand edit: caseworker changed the hours with track changes on
                    cur = hours_text(c["hours"], rng)
                    for kind, val in blocks:
                        if kind == "table":
                            for row in val:
                                if row[0] in ("Timetal", "Antal timer", "Timer pr. uge"):
                                    row[1] = cur
                    newh = {1: "2", 2: "3", 3: "2", 4: "3", 5: "4", 1.5: "2"}[c["hours"]]
                    edit = (cur, newh + cur[len(cur.split()[0]):])
                    traits.append("tracked-change")
                rel = self.emit_blocks(blocks, f"{folder}/mentoraftale", fmt, edit=edit)
                layout = "table"
            elif fam == "m2":
                fmt = rng.choice(["docx", "docx", "pdf", "pdf", "html", "odt"])
                footer = None
                if fmt == "docx" and rng.random() < 0.5:
                    footer = f"{KOMMUNE} · Sagsnr. {c['sagsnr']} · Side 1"
                rel = self.emit_blocks(tpl_m2(c, rng), f"{folder}/aftale-om-mentor", fmt, footer=footer,
                                       title="Mentoraftale")
                layout = "headings"
            elif fam == "p1":
                fmt = rng.choice(["pdf", "pdf", "docx"])
                rel = self.emit_blocks(tpl_p1(c, rng), f"{folder}/brobyg-mentoraftale-{c['first'].lower()}", fmt)
                layout = "prose"
            elif fam == "p2":
                fmt = rng.choice(["pdf", "docx", "odt", "txt"])
                rel = self.emit_blocks(tpl_p2(c, rng), f"{folder}/fremdrift-aftale", fmt)
                layout = "labels"
            elif fam == "hand_txt":
                fmt = "txt"
                text = "Aftale om mentorstøtte\n\n" + ("CPR: " + c["cpr"] + "\n\n" if c["cpr"] else "") + "\n".join(tpl_hand(c, rng)) + "\n"
                rel = f"{folder}/aftale-mentor.txt"
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                (self.out / rel).write_text(text, encoding="utf-8")
                layout = "prose"
            else:
                fmt = "eml"
                body = "\n".join(tpl_hand(c, rng))
                body += f"\nTlf. {c['cw'][1]}\n{c['cw'][2]}\n"
                rel = f"{folder}/mail-aftale-om-mentor.eml"
                (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
                c["cpr_in_doc"] = False
                write_eml(self.out / rel, rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", "Aftale om mentor – opsummering"]),
                          f"{c['cw'][0]} <{c['cw'][2]}>", f"{c['citizen']} <{c['first'].lower()}{rng.randint(10, 99)}@gmail.com>",
                          body, c["start"] - dt.timedelta(days=5), cc=f"{c['mentor']} <{c['mentor_email']}>" if c["mentor_email"] else None)
                layout = "email"
            self.add(rel, fmt, "agreement", "agreement", layout, rules, c, traits)

    # ---------------- decision letters
    def decisions(self, n=15):
        rng = self.rng
        kinds = ["grant"] * 5 + ["partial"] * 3 + ["refusal"] * 3 + ["extension"] * 2 + ["end"] * 2
        for i, kd in enumerate(kinds):
            c = make_case(self.ctx)
            if rng.random() < 0.3:
                c["cpr"] = self.ctx.cpr()
            rules, extras, traits = set(), set(), [f"decision:{kd}"]
            r = rng.random()
            if r < 0.13:
                c["appeal"] = None
                rules.add("missing-appeal-guidance"); traits.append("defect:no-appeal")
            elif r < 0.27:
                c["appeal"] = rng.choice(APPEAL_INCOMPLETE)
                rules.add("missing-appeal-guidance"); traits.append("defect:incomplete-appeal")
            if kd == "grant" and rng.random() < 0.25:
                c["end"] = add_months(c["start"], 9) - dt.timedelta(days=1)
                rules.add("duration-over-6-months"); traits.append("defect:over-6")
            sender = "Jobcenter Vesterå" if c["start"] < dt.date(2026, 2, 1) else KOMMUNE
            st = c["date_style"]
            bl = [("small", f"{sender}\nRådhustorvet 1\n7600 Vesterå\n\nDato: {fmt_date(c['start'] - dt.timedelta(days=10), 'words')}\nSagsnr.: {c['sagsnr']}"),
                  ("p", f"{c['citizen']}\n{rng.choice(['Skovvej', 'Bakkegårdsvej', 'Nørregade', 'Vibevej'])} {rng.randint(2, 80)}\n7600 Vesterå" + (f"\nCPR-nr.: {c['cpr']}" if c["cpr"] else ""))]
            per = f"{fmt_date(c['start'], st)} til {fmt_date(c['end'], st)}"
            hr = hours_text(c["hours"], rng)
            reasons_given = True
            if kd == "grant":
                bl.append(("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])))
                bl.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}. "
                                f"Du får {hr}. Din mentor bliver {c['mentor']} fra {PROVIDERS[c['provider']][0]}."))
                bl.append(("p", "Mentor og din sagsbehandler laver sammen med dig en skriftlig aftale om mål og opgaver, og støtten bliver skrevet ind i Min Plan."))
            elif kd == "partial":
                bl.append(("title", "Afgørelse – delvis bevilling af mentorstøtte"))
                bl.append(("p", f"Du har søgt om mentorstøtte 5 timer om ugen i 12 måneder. Vi har bevilget dig mentorstøtte i perioden {per} med {hr}."))
                if rng.random() < 0.7:
                    bl += [("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at du allerede har støtte fra skolens SPS-ordning, og at en periode efter LAB § 167, stk. 1 højst kan være 6 måneder. "
                                                      "Ved udløbet vurderer vi, om der er behov for en ny periode.")]
                else:
                    reasons_given = False
            elif kd == "refusal":
                bl.append(("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte"])))
                bl.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag."))
                if rng.random() < 0.75:
                    bl += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du er i ordinær beskæftigelse 37 timer om ugen og har støtte fra din arbejdsplads, "
                                                      f"og at der ikke er et behov for mentorstøtte for at du kan fastholde jobbet, jf. lov om en aktiv beskæftigelsesindsats § 167.")]
                else:
                    reasons_given = False
                c["no_period"] = True
            elif kd == "extension":
                c["start"] = c["start"]
                c["end"] = add_months(c["start"], rng.choice([3, 6])) - dt.timedelta(days=1)
                bl.append(("title", "Forlængelse af mentorstøtte"))
                bl.append(("p", f"Vi har efter en konkret vurdering forlænget din mentorstøtte med en ny periode fra {fmt_date(c['start'], st)} til {fmt_date(c['end'], st)}, jf. LAB § 167, stk. 1, 2. pkt. "
                                f"Timetallet er uændret {hr}. Begrundelsen er, at du er tæt på at nå målet om at starte på grundforløbet, men fortsat har brug for støtte til fremmøde."))
            else:
                bl.append(("title", rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])))
                stop = c["start"] + dt.timedelta(days=rng.randint(40, 120))
                bl.append(("p", f"Din mentorstøtte ophører den {fmt_date(stop, 'words')}."))
                if rng.random() < 0.7:
                    bl.append(("p", "Vi har lagt vægt på, at du ikke er mødt op til de aftalte møder med din mentor siden september, og at vi ikke har kunnet få kontakt med dig. "
                                    "Mentorstøtten kan derfor ikke længere bidrage til målet om uddannelse, jf. LAB § 167."))
                else:
                    reasons_given = False
                c["no_period"] = True
            if not reasons_given:
                extras.add("missing-reasons"); traits.append("defect:no-reasons")
            if c["appeal"]:
                bl += [("h", rng.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", c["appeal"])]
            bl.append(("p", f"Har du spørgsmål, er du velkommen til at kontakte mig.\n\nMed venlig hilsen\n\n{c['cw'][0]}\nSagsbehandler\nDirekte tlf. {c['cw'][1]}"))
            fmt = rng.choice(["pdf", "pdf", "pdf", "docx", "html"])
            rel = self.emit_blocks(bl, f"{self.folder(c)}/afgoerelse-{kd}", fmt, title="Afgørelse")
            self.add(rel, fmt, "decision", f"decision-{kd}", "letter", rules, c, traits, extras,
                     period=not c.get("no_period"))

    # ---------------- Min Plan
    def minplan(self, n=15):
        rng = self.rng
        for i in range(n):
            c = make_case(self.ctx)
            if rng.random() < 0.25:
                c["cpr"] = self.ctx.cpr()
            r = rng.random()
            defects = []
            if r < 0.12:
                defects = ["vague-hours"]
            elif r < 0.22:
                defects = ["unclear-goal"]
            elif r < 0.3:
                defects = ["over-6"]
            elif r < 0.36:
                defects = ["missing-mentor-contact"]
            rules = apply_defects(c, defects, rng)
            rules.discard("missing-appeal-guidance")
            st = c["date_style"]
            style = rng.choice(["print", "print", "entry"])
            if style == "print":
                bl = [("small", f"Min Plan – udskrift\n{KOMMUNE}\nUdskrevet {fmt_date(c['start'] + dt.timedelta(days=3), 'dots')}"),
                      ("title", "Min Plan"),
                      ("table", [["Navn", c["citizen"]]] + ([["CPR", c["cpr"]]] if c["cpr"] else []) + [["Målgruppe", rng.choice(["Aktivitetsparat kontanthjælpsmodtager", "Uddannelseshjælp, aktivitetsparat", "Sygedagpenge", "Jobafklaringsforløb"])]]),
                      ("h", "Mit mål"), ("p", rng.choice(["Jeg vil gerne i gang med en uddannelse.", "Jeg vil i job inden for lager og logistik.", "Jeg vil gerne have et fleksjob."])),
                      ("h", "Indsats: Mentorstøtte (LAB § 167)"),
                      ("table", [["Formål med mentorstøtten", c["goal"]],
                                 ["Mentor", mentor_line(c)],
                                 ["Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in c["tasks"])],
                                 ["Periode", f"{fmt_date(c['start'], st)} - {fmt_date(c['end'], st)}"],
                                 ["Timer", hours_of(c, rng)]]),
                      ("h", "Andre aftaler"), ("p", rng.choice(["Samtale med sagsbehandler hver 3. måned.", "Du skal søge 2 jobs om ugen på Jobnet.", "Lægeattest indhentes."]))]
                layout = "table"
                fmt = rng.choice(["pdf", "html", "pdf"])
            else:
                bl = [("title", "Min Plan – mentorstøtte"),
                      ("p", f"{c['citizen']}" + (f", {c['cpr']}" if c["cpr"] else "")),
                      ("p", f"Formålet med mentorstøtten: {c['goal']}"),
                      ("p", f"Mentor: {mentor_line(c)}"),
                      ("p", "Mentoren skal bistå med:"), ("ul", [t[0].upper() + t[1:] for t in c["tasks"]]),
                      ("p", f"Varighed: {fmt_date(c['start'], st)} – {fmt_date(c['end'], st)}"),
                      ("p", f"Timetal: {hours_of(c, rng)}")]
                layout = "labels"
                fmt = rng.choice(["docx", "html", "txt"])
            rel = self.emit_blocks(bl, f"{self.folder(c)}/minplan-mentor", fmt, title="Min Plan")
            self.add(rel, fmt, "minplan", "minplan", layout, rules, c, [f"minplan:{style}"] + [f"defect:{d}" for d in defects])

    # ---------------- other documents in the folders
    def others(self):
        rng = self.rng
        cases = self.cases
        made = []

        def case():
            return rng.choice(cases)

        # status reports (5)
        for i in range(5):
            c = case()
            bl = letterhead(c, c["provider"]) + [
                ("title", rng.choice(["Statusrapport", "Status på mentorforløb", "Statusnotat fra mentor"])),
                ("table", [["Borger", c["citizen"]], ["Mentor", c["mentor"]], ["Periode for status", f"{fmt_date(c['start'], 'dots')} - {fmt_date(c['start'] + dt.timedelta(days=90), 'dots')}"]]),
                ("h", "Hvordan er det gået"),
                ("p", f"{c['first']} er mødt op til {rng.randint(8, 12)} ud af 12 aftalte møder. Vi har især arbejdet med {c['tasks'][0] if c['tasks'] else 'fremmøde'}. "
                      f"{c['first']} giver selv udtryk for, at det går bedre med at komme op om morgenen."),
                ("h", "Progression i forhold til målet"),
                ("p", "Delvist opnået. Fremmødet i praktikken er steget fra 2 til 3 dage om ugen."),
                ("h", "Anbefaling"),
                ("p", rng.choice(["Mentor anbefaler, at forløbet fortsætter med samme timetal frem til periodens udløb.",
                                  "Mentor anbefaler en forlængelse på 3 måneder med 2 timer pr. uge.",
                                  "Forløbet kan afsluttes som planlagt."])),
                ("p", f"{c['mentor']}\n{fmt_date(c['start'] + dt.timedelta(days=95), 'words')}")]
            fmt = rng.choice(["docx", "pdf", "docx"])
            made.append((bl, f"{self.folder(c)}/statusrapport", fmt, "statusrapport", "headings", c))
        # minutes (4)
        for i in range(4):
            c = case()
            bl = [("title", rng.choice(["Referat af opfølgningsmøde", "Referat – trekantsmøde"])),
                  ("p", f"Dato: {fmt_date(c['start'] + dt.timedelta(days=60), 'dots')}\nDeltagere: {c['citizen']}, {c['mentor']} (mentor), {c['cw'][0]} (sagsbehandler)"),
                  ("h", "1. Siden sidst"), ("p", f"{c['first']} fortæller, at praktikken går godt, men at transporten er svær om mandagen."),
                  ("h", "2. Mentorforløbet"), ("p", "Der er brugt ca. 2 timer om ugen. Mentor fortsætter med morgenopkald. Næste opfølgning om en måned."),
                  ("h", "3. Aftaler"), ("ul", [f"{c['first']} undersøger buskort", "Sagsbehandler kontakter praktikstedet om skånehensyn", "Næste møde aftales pr. mail"]),
                  ("p", f"Referent: {c['cw'][0]}")]
            made.append((bl, f"{self.folder(c)}/referat-opfoelgning", rng.choice(["docx", "pdf", "odt"]), "referat", "headings", c))
        # e-mails about meetings (4)
        for i in range(4):
            c = case()
            rel = f"{self.folder(c)}/mail-{i}-moede.eml"
            (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
            body = rng.choice([
                f"Hej {c['mentor_first']}\n\nKan vi flytte statusmødet med {c['first']} til torsdag kl. 10 i stedet? Jeg er optaget om tirsdagen.\n\nMvh\n{c['cw'][0]}",
                f"Hej {c['cw'][0].split()[0]}\n\n{c['first']} har meldt afbud til mødet i dag pga. sygdom. Jeg foreslår vi finder en ny tid i næste uge.\n\nVenlig hilsen\n{c['mentor']}",
                f"Hej {c['first']}\n\nHusk vores møde på jobcentret mandag kl. 13. Din mentor {c['mentor_first']} kommer også.\n\nVenlig hilsen\n{c['cw'][0]}\nTlf. {c['cw'][1]}",
            ])
            quoted = "> Hej\n> Det passer fint med mig.\n> Mvh" if rng.random() < 0.5 else None
            write_eml(self.out / rel, rng.choice(["Statusmøde", "SV: Møde om mentorforløb", "Afbud", "Møde mandag"]),
                      f"{c['cw'][0]} <{c['cw'][2]}>", f"{c['mentor']} <{c['mentor_email'] or 'info@brobyg-mentor.dk'}>",
                      body, c["start"] + dt.timedelta(days=rng.randint(20, 100)), quoted=quoted)
            self.add(rel, "eml", "unknown", "mail-moede", "email", set(), None, ["other:mail"])
        # invoices (3)
        for i in range(3):
            c = case()
            p = PROVIDERS[rng.choice(["brobyg", "fremdrift"])]
            h = rng.randint(6, 24)
            bl = [("small", f"{p[0]}\n{p[2]}\n{p[3]}"), ("title", f"Faktura nr. {rng.randint(2400, 2999)}"),
                  ("p", f"{KOMMUNE}\nBeskæftigelse, kreditor\nEAN 5798000{rng.randint(100000, 999999)}\nFakturadato: {fmt_date(c['start'] + dt.timedelta(days=31), 'dots')}"),
                  ("table", [["Ydelse", "Antal", "Pris", "I alt"],
                             [f"Mentorstøtte, {c['citizen']}, sagsnr. {c['sagsnr']}", f"{h} timer", "495,00", f"{h * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
                             ["Kørsel", "42 km", "3,79", "159,18"]]),
                  ("p", "Betalingsbetingelser: 30 dage netto. Beløb overføres til reg. 9570 konto 0012345678.")]
            made.append((bl, f"{self.folder(c)}/faktura-{i}", rng.choice(["pdf", "pdf", "docx"]), "faktura", "table", c))
        # journal notes (3)
        for i in range(3):
            c = case()
            rel = f"{self.folder(c)}/journalnotat-{i}.txt"
            (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
            txt = rng.choice([
                f"Journalnotat {fmt_date(c['start'] + dt.timedelta(days=14), 'dots')} – {c['cw'][0]}\n\nTelefonsamtale med borger. {c['first']} har haft første møde med mentor og synes det gik fint. "
                f"Borger spurgte til befordringsgodtgørelse – vejledt om at søge via blanket. Intet videre.\n",
                f"Notat\nDato: {fmt_date(c['start'] + dt.timedelta(days=40), 'dots')}\nEmne: Henvendelse fra mentor\n\n{c['mentor']} ringede og oplyste, at {c['first']} ikke har åbnet døren ved de to seneste besøg. "
                f"Aftalt at sagsbehandler sender brev med indkaldelse til samtale.\n\n/{c['cw'][0].split()[0][:2].upper()}\n",
                f"Journalnotat\n\nSamtale på jobcentret. Vi drøftede {c['first']}s ønske om at starte på VUC efter sommerferien. Mentorstøtten fortsætter som aftalt. "
                f"Lægeattest er modtaget og lagt på sagen.\n\n{c['cw'][0]}\n",
            ])
            if c.get("cpr") and rng.random() < 0.5:
                txt = f"CPR: {c['cpr']}\n" + txt
                self.add(rel, "txt", "unknown", "journalnotat", "prose", set(), {"cpr": c["cpr"]}, ["other:journal"])
            else:
                self.add(rel, "txt", "unknown", "journalnotat", "prose", set(), None, ["other:journal"])
            (self.out / rel).write_text(txt, encoding="utf-8")
        # leaflets (3)
        leaflet = [("title", "Hvad er en mentor?"),
                   ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse. Kommunen kan give mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."),
                   ("h", "Hvad står der i aftalen?"),
                   ("p", "Når du får en mentor, laver vi en skriftlig aftale med dig. Aftalen beskriver:"),
                   ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                           "hvor længe forløbet varer – højst 6 måneder ad gangen – og hvordan vi følger op", "hvor mange timer om ugen mentoren har", "hvordan du kan klage"]),
                   ("h", "Hvis du vil klage"),
                   ("p", "Du kan klage over kommunens afgørelse inden 4 uger. Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen."),
                   ("p", f"{KOMMUNE} · Beskæftigelse · vestera.dk/mentor")]
        for i, fmt in enumerate(["pdf", "html", "docx"]):
            rel = self.emit_blocks(copy.deepcopy(leaflet), f"faelles/pjecer/hvad-er-en-mentor-{i}", fmt, title="Hvad er en mentor?")
            self.add(rel, fmt, "unknown", "pjece", "headings", set(), None, ["other:leaflet"])
        # consent forms (3)
        for i in range(3):
            c = case()
            bl = [("small", f"{KOMMUNE}\nBeskæftigelse"), ("title", "Samtykkeerklæring"),
                  ("p", f"Jeg, {c['citizen']}" + (f", cpr.nr. {c['cpr']}" if c["cpr"] else "") + f", giver samtykke til, at {KOMMUNE} må udveksle oplysninger med min mentor "
                        f"{c['mentor']}, {PROVIDERS[c['provider']][0]}, om mit forløb, mit fremmøde og min helbredssituation i det omfang, det er nødvendigt for mentorstøtten."),
                  ("p", "Samtykket gælder, så længe mentorforløbet varer, og kan til enhver tid trækkes tilbage ved henvendelse til din sagsbehandler."),
                  ("p", "☒ Mentor\n☐ Egen læge\n☒ Uddannelsesstedet"),
                  ("p", "Dato: ____________     Underskrift: ______________________")]
            made.append((bl, f"{self.folder(c)}/samtykke", rng.choice(["pdf", "docx"]), "samtykke", "prose", c))
        for bl, relne, fmt, sub, layout, c in made:
            rel = self.emit_blocks(bl, relne, fmt)
            has_cpr = c is not None and c.get("cpr") and any(c["cpr"] in (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)) for _, v in bl)
            self.add(rel, fmt, "unknown", sub, layout, set(), {"cpr": c["cpr"]} if has_cpr else None, [f"other:{sub}"])

    def finish(self):
        self.convert_all()
        missing = [e["path"] for e in self.entries if not (self.out / e["path"]).is_file()]
        if missing:
            raise SystemExit(f"files not produced: {missing}")
        from importlib.util import module_from_spec, spec_from_file_location
        spec = spec_from_file_location("manifest", Path(__file__).resolve().parents[3] / "tools/corpusgen/src/corpusgen/corpus/manifest.py")
        m = module_from_spec(spec); spec.loader.exec_module(m)
        m.write_manifest(self.out, self.entries)
        shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    cp = Corpus(a.out, a.seed)
    cp.agreements()
    cp.decisions()
    cp.minplan()
    cp.others()
    cp.finish()
    from collections import Counter
    print(len(cp.entries), Counter(e["kind"] for e in cp.entries), Counter(e["format"] for e in cp.entries))


if __name__ == "__main__":
    main()
