"""Corpus AJ: the mentor agreement as one part of a bigger document.

Written independently (see NOTES.md): from /work/shared/domain.md, the seeds, the rule docs
(`mentordocs rules NAME`) and the manifest format only.

Documents: Jobplan / Min Plan prints with several activities, Handleplan for a ressourceforløb,
Rehabiliteringsplan, Uddannelsesplan, Samarbejdsaftale with an employer, decision letters that
grant several benefits at once, rundbordssamtale summaries ending in the mentor agreement; plus
plain standalone agreements/decisions/Min Plan entries and bigger plans that mention a mentor only
in passing (kind unknown).

    python make_corpus_aj.py --out /work/corpora/aj [--seed 20261129]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

# --------------------------------------------------------------------------- people and places
FIRST = ["Jonas", "Amalie", "Ahmed", "Sofie", "Mikkel", "Fatima", "Kasper", "Louise", "Nikolaj",
         "Sara", "Emil", "Mette", "Yusuf", "Camilla", "Rasmus", "Line", "Tobias", "Hanne",
         "Omar", "Julie", "Frederik", "Ida", "Bilal", "Maja", "Patrick", "Zainab"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Karimi", "Yilmaz", "Holm"]
KOMMUNER = ["Vejle", "Holbæk", "Herning", "Næstved", "Viborg", "Silkeborg", "Kolding",
            "Svendborg", "Roskilde", "Hjørring", "Slagelse", "Horsens", "Frederikshavn", "Ikast-Brande"]
PROVIDERS = ["Mentorhuset ApS", "Kompas Mentor & Coaching", "Socialpsykiatriens mentorkorps",
             "Jobvejen I/S", "UngeKontakten", "Mentorteamet (kommunens egne mentorer)",
             "Brobyggerne ApS", "Fremad Mentor"]
EMPLOYERS = [("Bilka", "lageret", "lagermedarbejder"), ("Netto", "butikken", "butiksmedhjælper"),
             ("Dagrofa Logistik", "plukkeafdelingen", "lagermedarbejder"),
             ("Plejecenter Solgården", "køkkenet", "køkkenmedhjælper"),
             ("Maskinstationen Nørgaard", "værkstedet", "maskinmedhjælper"),
             ("ISS Facility Services", "rengøringsteamet", "rengøringsassistent"),
             ("Byggefirmaet Bak & Søn", "pladsen", "håndværkermedhjælper"),
             ("Genbrugspladsen Nord", "pladsen", "pladsmedarbejder"),
             ("Café Møllen", "køkkenet", "køkkenmedhjælper"),
             ("Gartneriet Rosenlund", "drivhusene", "gartnermedhjælper")]
SCHOOLS = [("FGU", "FGU Midt", "produktionsgrunduddannelsen (PGU)"),
           ("EUD", "Tradium", "grundforløb 1 til lager- og logistikuddannelsen"),
           ("SOSU", "SOSU-skolen", "grundforløbet til social- og sundhedshjælper"),
           ("HF", "VUC", "2-årigt HF"),
           ("EUX", "Erhvervsskolen", "EUX Business"),
           ("AMU", "AMU-centret", "AMU-kursus i truckcertifikat (B)")]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
            "dec."]

DEFECTS = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "missing-follow-up", "missing-hours", "missing-appeal-guidance",
           "duration-over-6-months", "unclear-goal")
MINPLAN_RULES = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                 "missing-hours", "duration-over-6-months", "unclear-goal"}
DECISION_RULES = {"missing-appeal-guidance", "duration-over-6-months"}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(r: random.Random, d: dt.date, style: int | None = None) -> str:
    s = r.randrange(6) if style is None else style
    if s == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 2:
        return f"{d.day}/{d.month} {d.year}"
    if s == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if s == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def fmt_range(r: random.Random, a: dt.date, b: dt.date) -> str:
    st = r.randrange(6)
    x, y = fmt_date(r, a, st), fmt_date(r, b, st)
    form = r.randrange(4)
    if form == 0:
        return f"{x} – {y}"
    if form == 1:
        return f"{x} til {y}"
    if form == 2:
        return f"fra {x} til og med {y}"
    return f"{x}-{y}"


def phone(r: random.Random) -> str:
    n = f"{r.randint(20, 99)}{r.randint(100000, 999999)}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}" if r.random() < 0.7 else n


def cpr(r: random.Random) -> str:
    d = dt.date(r.randint(1968, 2006), r.randint(1, 12), r.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(0, 9999):04d}"


class Ctx:
    """One case: citizen, mentor, caseworker, employer, dates."""

    def __init__(self, r: random.Random, year_lo: int = 2025, young: bool = False):
        self.r = r
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.citizen = f"{self.first} {self.last}"
        self.kommune = r.choice(KOMMUNER)
        mf, ml = r.choice(FIRST), r.choice(LAST)
        while mf == self.first:
            mf = r.choice(FIRST)
        self.mentor_first = mf
        self.mentor = f"{mf} {ml}"
        self.provider = r.choice(PROVIDERS)
        dom = self.provider.split()[0].lower().replace("(", "").replace("&", "")
        self.mentor_phone = phone(r)
        self.mentor_mail = f"{mf.lower()}.{ml.lower().replace('ø', 'oe')}@{dom}.dk"
        cf, cl = r.choice(FIRST), r.choice(LAST)
        self.cw = f"{cf} {cl}"
        self.cw_phone = phone(r)
        self.cw_mail = f"{cf[0].lower()}{cl[:3].lower().replace('ø', 'o')}@{self.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"
        self.emp, self.emp_place, self.job = r.choice(EMPLOYERS)
        ef, el = r.choice(FIRST), r.choice(LAST)
        self.emp_contact = f"{ef} {el}"
        self.emp_phone = phone(r)
        self.school = r.choice(SCHOOLS)
        self.young = young
        y = r.choice([year_lo, year_lo + 1]) if year_lo < 2026 else year_lo
        self.start = dt.date(y, r.randint(1, 9), 1)
        self.letter_date = self.start - dt.timedelta(days=r.randint(5, 20))
        self.cpr = cpr(r)
        self.sag = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(100, 9999)}-{self.letter_date.year % 100}"

    @property
    def sender(self) -> str:
        return f"{self.kommune} Kommune" if self.letter_date >= dt.date(2026, 2, 1) else f"Jobcenter {self.kommune}"


# --------------------------------------------------------------------------- field text
def goal_text(c: Ctx, clear: bool, job: bool = False) -> str:
    r = c.r
    if not clear:
        return r.choice([
            f"Støtte til at få struktur på hverdagen.",
            f"Øget trivsel og selvværd, så {c.first} får det bedre.",
            f"At {c.first} kommer videre i sit liv og får mere overskud.",
            f"Mentor skal motivere {c.first} og hjælpe med at skabe ro omkring {c.first}.",
            f"Komme tættere på arbejdsmarkedet.",
            f"Sikre at {c.first} får en god hverdag med mindre stress.",
        ])
    if c.young:
        abbr, school, edu = c.school
        return r.choice([
            f"{c.first} starter på {edu} hos {school} efter sommerferien og møder mindst 4 dage om ugen det første halve år.",
            f"At {c.first} gennemfører de første 3 måneder af {edu} ({abbr}) uden ulovligt fravær.",
            f"{c.first} er optaget på {school} og deltager i undervisningen fuld tid fra skolestart.",
        ])
    if job:
        return r.choice([
            f"At {c.first} fastholder sit job som {c.job} hos {c.emp} efter prøvetiden.",
            f"{c.first} udfører selvstændigt de faste opgaver som {c.job} og møder til tiden alle 5 dage, så ansættelsen kan fortsætte uden tilskud.",
        ])
    return r.choice([
        f"{c.first} møder stabilt i virksomhedspraktikken hos {c.emp} (15 timer om ugen), så praktikken kan overgå til løntilskud som {c.job}.",
        f"{c.first} er i praktik i {c.emp_place} hos {c.emp} mindst 3 dage om ugen og kan selv tage bussen dertil inden for de første 6 uger.",
        f"Ordinært job som {c.job} med 20-25 timer om ugen; delmål: fast fremmøde i praktikken hos {c.emp}.",
    ])


def tasks_list(c: Ctx) -> list[str]:
    r = c.r
    pool = [
        f"følge {c.first} til {c.emp_place} hos {c.emp} de første to uger",
        f"ugentlig samtale med {c.first} om fremmøde og arbejdsopgaver",
        "hjælpe med at planlægge ugen og bruge kalenderen på telefonen",
        f"være bindeled til {c.emp_contact} på arbejdspladsen ved problemer",
        "hjælpe med at åbne og forstå post i e-Boks og svare kommunen",
        "støtte i kontakten med egen læge og psykiatrien, så behandlingen ikke går i stå",
        "øve busturen til og fra praktikstedet",
        "tage med til møder i kommunen, hvis borgeren ønsker det",
    ]
    if c.young:
        pool = [
            f"hjælpe {c.first} med at søge optagelse og med SU-ansøgningen",
            "vække-sms og opringning om morgenen de første uger",
            f"følge {c.first} til studiestart og introduktion på {c.school[1]}",
            "ugentlig samtale om fremmøde, lektier og skema",
            "være bindeled til studievejlederen og SPS-vejlederen",
            "hjælpe med at planlægge ugen, så der er tid til arbejde og skole",
        ]
    return r.sample(pool, r.randint(2, 4))


def hours_text(c: Ctx) -> str:
    return c.r.choice(["2 timer pr. uge", "1½ time om ugen", "3 t/uge", "4 timer ugentligt",
                       "8 timer om måneden", "i alt 2 timer om ugen, heraf ½ time telefonisk",
                       "to timer om ugen", "3 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"])


def followup_text(c: Ctx) -> str:
    return c.r.choice([
        f"Statusmøde med {c.first}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører, hvor vi ser på fremmødet i forhold til delmålene.",
        "Mentor sender en kort skriftlig status til sagsbehandler hver måned. Vi holder opfølgningssamtale midtvejs og senest 14 dage før periodens udløb.",
        f"Vi følger op hver 6. uge ved et fælles møde. Progression måles på antal fremmødedage pr. uge.",
        "Opfølgning hver måned (niveau 2). Midtvejsevaluering efter 3 måneder.",
    ])


def appeal_text(c: Ctx, wrong: bool = False) -> str:
    if wrong:
        return ("Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal være modtaget senest 4 uger "
                "efter, at du har fået dette brev. Send klagen til Ankestyrelsen, 7998 Statsservice.")
    return c.r.choice([
        f"Hvis du ikke er enig i afgørelsen, kan du klage til {c.kommune} Kommune inden 4 uger efter, at du har modtaget den. "
        f"Du kan klage mundtligt eller skriftligt til din sagsbehandler. Kommunen genvurderer afgørelsen, og fastholder vi den, "
        f"sender vi klagen videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven kapitel 10.",
        f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {c.sender} senest fire uger efter, at du har modtaget afgørelsen. "
        "Vi vurderer afgørelsen igen. Hvis vi fastholder den, sender vi din klage og sagens akter videre til Ankestyrelsen inden fire uger.",
        f"Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
        "Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    ])


# --------------------------------------------------------------------------- document model
# blocks: ("title", t) ("h", level, t) ("p", t) ("li", t) ("kv", [(k, v)]) ("tbl", [[...]])
class Spec:
    def __init__(self, kind: str, subtype: str, layout: str):
        self.kind, self.subtype, self.layout = kind, subtype, layout
        self.blocks: list = []
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []
        self.period: dict | None = None
        self.cprs: list[str] = []
        self.header: str = ""

    def add(self, *b):
        self.blocks.append(b)


class MentorPlan:
    """What the mentor part says, and which of its fields are defective."""

    def __init__(self, c: Ctx, defects: set[str], months: int | None = None, job: bool = False):
        r = c.r
        self.c, self.defects = c, defects
        self.months = months or r.choice([3, 4, 6, 6, 5])
        if "duration-over-6-months" in defects:
            self.months = r.choice([9, 9, 8, 12])
        self.start = c.start
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.goal = None if "missing-goal" in defects else goal_text(c, "unclear-goal" not in defects, job)
        if "missing-mentor" in defects:
            self.mentor = r.choice([f"{c.mentor}, {c.provider}", "Tildeles ved opstart", c.mentor_first])
        else:
            bits = [c.mentor, c.provider]
            bits.append(f"tlf. {c.mentor_phone}" if r.random() < 0.8 else f"mobil {c.mentor_phone}")
            if r.random() < 0.6:
                bits.append(c.mentor_mail)
            self.mentor = ", ".join(bits)
        self.tasks = None if "missing-tasks" in defects else tasks_list(c)
        self.tasks_placeholder = r.choice(["Aftales ved første møde med mentor.", "Udfyldes senere", None])
        self.period_txt = None if "missing-duration" in defects else fmt_range(r, self.start, self.end)
        if self.period_txt and r.random() < 0.15 and "duration-over-6-months" not in defects:
            self.period_txt = f"{self.months} måneder fra {fmt_date(r, self.start)}"
        self.hours = None if "missing-hours" in defects else hours_text(c)
        self.hours_vague = r.choice(["efter behov", "et par timer om ugen", None])
        self.follow = None if "missing-follow-up" in defects else followup_text(c)

    def period_dict(self):
        if self.period_txt is None:
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def period_phrase(mp: "MentorPlan") -> str:
    """'i perioden X' for a range, 'i N måneder fra D' for a length."""
    t = mp.period_txt or ""
    if t[:1].isdigit() and " måneder fra " in t:
        return "i " + t
    return "i perioden " + t


def mentor_kv(mp: MentorPlan, labels: int, include_follow: bool) -> list[tuple[str, str]]:
    """The mentor part as label/value pairs (as a plan activity or agreement section)."""
    r, c = mp.c.r, mp.c
    L = [
        ("Mål med mentorstøtten", "Formål med mentorstøtten", "Mål for mentorindsatsen"),
        ("Mentor", "Mentorens navn og kontaktdata", "Din mentor"),
        ("Mentorens opgaver", "Indsatsområder", "Det skal mentor hjælpe med"),
        ("Periode", "Varighed", "Bevilget periode"),
        ("Timetal", "Antal timer", "Timer med mentor"),
        ("Opfølgning", "Opfølgning og progression", "Evaluering"),
    ]
    out = []
    if mp.goal:
        out.append((L[0][labels], mp.goal))
    elif r.random() < 0.5:
        out.append((L[0][labels], r.choice(["-", "Udfyldes senere", "…"])))
    out.append((L[1][labels], mp.mentor))
    if mp.tasks:
        out.append((L[2][labels], "; ".join(t[0].upper() + t[1:] for t in mp.tasks) + "."))
    elif mp.tasks_placeholder:
        out.append((L[2][labels], mp.tasks_placeholder))
    if mp.period_txt:
        out.append((L[3][labels], mp.period_txt))
    elif r.random() < 0.5:
        out.append((L[3][labels], "Udfyldes senere"))
    if mp.hours:
        out.append((L[4][labels], mp.hours))
    elif mp.hours_vague:
        out.append((L[4][labels], mp.hours_vague))
    if include_follow and mp.follow:
        out.append((L[5][labels], mp.follow))
    return out


def mentor_blocks(spec: Spec, mp: MentorPlan, style: str, include_follow: bool, heading: str, level: int = 2):
    """Write the mentor part into the spec in one of three styles."""
    r, c = mp.c.r, mp.c
    spec.add("h", level, heading)
    if style == "kv":
        spec.add("kv", mentor_kv(mp, r.randrange(3), include_follow))
        return
    if style == "headings":
        if mp.goal:
            spec.add("h", level + 1, r.choice(["Målet med mentorstøtten", "Hvad skal mentorstøtten føre til?"]))
            spec.add("p", mp.goal)
        spec.add("h", level + 1, r.choice(["Hvem er din mentor?", "Mentor"]))
        spec.add("p", mp.mentor)
        if mp.tasks:
            spec.add("h", level + 1, r.choice(["Mentorens opgaver", f"{c.mentor_first} skal hjælpe dig med"]))
            for t in mp.tasks:
                spec.add("li", t[0].upper() + t[1:])
        elif mp.tasks_placeholder:
            spec.add("h", level + 1, "Mentorens opgaver")
            spec.add("p", mp.tasks_placeholder)
        if mp.period_txt or mp.hours:
            spec.add("h", level + 1, r.choice(["Periode og timer", "Hvor længe og hvor meget?"]))
            bits = []
            if mp.period_txt:
                bits.append(f"Mentorstøtten gælder {period_phrase(mp)}.")
            if mp.hours:
                bits.append(f"Du har {mp.hours} med din mentor.")
            elif mp.hours_vague:
                bits.append(f"Du kan bruge din mentor {mp.hours_vague}.")
            spec.add("p", " ".join(bits))
        if include_follow and mp.follow:
            spec.add("h", level + 1, r.choice(["Opfølgning", "Sådan følger vi op"]))
            spec.add("p", mp.follow)
        return
    # prose
    s = []
    if mp.goal:
        s.append(r.choice(["Målet med mentorstøtten:", "Vi har aftalt følgende mål for mentorstøtten:"]) + " " + mp.goal)
    s.append("Du får tildelt en mentor ved opstart." if mp.mentor == "Tildeles ved opstart" else f"Din mentor er {mp.mentor}.")
    spec.add("p", " ".join(s))
    if mp.tasks:
        spec.add("p", f"{c.mentor_first.split()[0] if 'missing-mentor' not in mp.defects else 'Mentoren'} skal hjælpe dig med:")
        for t in mp.tasks:
            spec.add("li", t)
    s = []
    if mp.period_txt:
        s.append(f"Aftalen gælder {mp.period_txt}.")
    if mp.hours:
        s.append(f"Du og din mentor ses {mp.hours}.")
    if include_follow and mp.follow:
        s.append(mp.follow)
    if s:
        spec.add("p", " ".join(s))


def apply_rules(spec: Spec, mp: MentorPlan | None):
    allowed = {"agreement": set(DEFECTS), "minplan": MINPLAN_RULES, "decision": DECISION_RULES,
               "unknown": set()}[spec.kind]
    if mp is not None:
        spec.rules |= (mp.defects & allowed)
        pd = mp.period_dict()
        if pd:
            spec.period = pd
        spec.traits.append(f"mentor-months:{mp.months}")


def header_block(spec: Spec, c: Ctx, with_cpr: bool, title: str):
    spec.add("title", title)
    rows = [("Borger", c.citizen)]
    if with_cpr:
        rows.append(("CPR-nr.", c.cpr))
        spec.cprs.append(c.cpr)
        spec.traits.append("cpr")
    rows += [("Sagsnr.", c.sag), ("Dato", fmt_date(c.r, c.letter_date, 0)),
             ("Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}, {c.cw_mail}")]
    spec.add("kv", rows)


def praktik_section(spec: Spec, c: Ctx, with_follow: bool, level: int = 2):
    r = c.r
    a = c.start + dt.timedelta(days=r.choice([0, 7, 14]))
    b = a + dt.timedelta(weeks=13) - dt.timedelta(days=1)
    spec.add("h", level, r.choice(["Virksomhedspraktik", "Aktivitet 1: Virksomhedspraktik", "Praktik (LAB kap. 11)"]))
    rows = [("Virksomhed", f"{c.emp}, {c.emp_place}"),
            ("Kontaktperson i virksomheden", f"{c.emp_contact}, tlf. {c.emp_phone}"),
            ("Periode", f"{fmt_range(r, a, b)} (13 uger)"),
            ("Timer", r.choice(["15 timer om ugen", "praktik 15 timer om ugen fordelt på 3 dage", "12 timer ugentligt, stigende til 20"])),
            ("Formål", f"Afprøve arbejdsfunktioner som {c.job} og afklare skånehensyn.")]
    if with_follow:
        rows.append(("Opfølgning på praktikken", "Virksomhedskonsulenten følger op med praktikstedet efter 4 og 10 uger."))
    spec.add("kv", rows)


def befordring_section(spec: Spec, c: Ctx, with_appeal: bool, level: int = 2):
    spec.add("h", level, "Befordringsgodtgørelse")
    spec.add("p", f"Du får befordringsgodtgørelse til og fra praktikstedet efter LAB § 82, når afstanden er over 12 km hver vej. "
                  f"Du skal aflevere kørselsliste hver måned.")
    if with_appeal:
        spec.add("p", "Klagevejledning vedrørende befordringsgodtgørelsen: Du kan klage over afgørelsen om befordring til "
                      f"{c.sender} inden 4 uger. Fastholder vi afgørelsen, sendes klagen til Ankestyrelsen.")


def signatures(spec: Spec, c: Ctx, parties: list[str]):
    spec.add("h", 2, "Underskrifter")
    spec.add("tbl", [["Dato", "Underskrift", "Rolle"]] + [["", "", p] for p in parties])


# --------------------------------------------------------------------------- families
def pick_defects(r: random.Random, pool: list[str], p_clean: float = 0.35, maxn: int = 2) -> set[str]:
    if r.random() < p_clean:
        return set()
    d = set(r.sample(pool, r.randint(1, maxn)))
    if "missing-goal" in d:
        d.discard("unclear-goal")  # no goal text, nothing to judge
    if "missing-duration" in d:
        d.discard("duration-over-6-months")  # no period, nothing to measure
    return d


def fam_jobplan_minplan(r, i, fmt):
    """Jobplan / Min Plan print with several activities; mentor as one activity (kind minplan)."""
    c = Ctx(r, r.choice([2025, 2026]))
    sub = r.choice(["jobplan", "minplan-print"])
    spec = Spec("minplan", sub, "mixed")
    d = pick_defects(r, ["missing-hours", "duration-over-6-months", "unclear-goal", "missing-mentor",
                         "missing-tasks", "missing-duration"])
    mp = MentorPlan(c, d)
    title = "Jobplan" if sub == "jobplan" else r.choice(["Min Plan – udskrift", "Min Plan", f"Plan for {c.citizen}"])
    header_block(spec, c, r.random() < 0.25, title)
    spec.add("h", 2, "Dit mål")
    spec.add("p", f"Dit overordnede mål er job som {c.job}. Du har selv peget på lager og logistik eller køkken.")
    if r.random() < 0.5:
        spec.add("h", 2, "Oversigt")
        mrow = ["Mentorstøtte", mp.period_txt or "", mp.hours or "", c.provider]
        spec.add("tbl", [["Aktivitet", "Periode", "Timer", "Ansvarlig"],
                         ["Virksomhedspraktik", "13 uger", "15 timer om ugen", c.emp], mrow,
                         ["Samtaler i jobcentret", "løbende", "", c.cw]])
        spec.traits.append("activity-overview-table")
    spec.add("h", 2, "Dine aktiviteter")
    praktik_section(spec, c, r.random() < 0.5, 3)
    mentor_blocks(spec, mp, r.choice(["kv", "kv", "headings"]), False,
                  r.choice(["Aktivitet 2: Mentorstøtte (LAB § 167)", "Mentorstøtte", "Mentor"]), 3)
    if r.random() < 0.5:
        spec.add("h", 3, "Danskuddannelse")
        spec.add("p", "Du fortsætter på Danskuddannelse 2, modul 4, tirsdag og torsdag kl. 8.30-12.00 på sprogcentret.")
    spec.add("h", 2, "Næste samtale")
    spec.add("p", f"Vi ses til samtale {fmt_date(r, c.start + dt.timedelta(days=42), 0)} kl. 10.00 hos {c.cw}.")
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    apply_rules(spec, mp)
    return spec


def fam_ressource_handleplan(r, i, fmt, as_agreement: bool):
    """Handleplan for a 2-year ressourceforløb with a mentor part."""
    c = Ctx(r, 2024)
    c.start = dt.date(r.choice([2024, 2025]), r.randint(1, 11), 1)
    c.letter_date = c.start - dt.timedelta(days=10)
    plan_end = add_months(c.start, 24) - dt.timedelta(days=1)
    spec = Spec("agreement" if as_agreement else "minplan", "handleplan-ressourceforloeb", "headings")
    pool = ["duration-over-6-months", "unclear-goal", "missing-hours", "missing-mentor"]
    if as_agreement:
        pool += ["missing-follow-up", "missing-appeal-guidance", "missing-follow-up"]
    d = pick_defects(r, pool)
    mp = MentorPlan(c, d)
    header_block(spec, c, r.random() < 0.25, r.choice(["Handleplan – ressourceforløb", "Indsatsplan for ressourceforløb"]))
    spec.add("h", 2, "Ressourceforløbet")
    spec.add("p", f"Du er bevilget ressourceforløb i 2 år fra {fmt_date(r, c.start, 0)} til {fmt_date(r, plan_end, 0)} "
                  f"efter indstilling fra rehabiliteringsteamet. Din koordinerende sagsbehandler er {c.cw}, tlf. {c.cw_phone}.")
    spec.add("h", 2, "Overordnet mål for forløbet")
    spec.add("p", f"At afklare og udvikle din arbejdsevne, så du inden forløbets udløb kan arbejde mindst 10 timer om ugen, "
                  f"fx i et fleksjob som {c.job}.")
    spec.add("h", 2, "Indsatser")
    spec.add("h", 3, "Sundhedsfaglig indsats")
    spec.add("p", "Samtaleforløb hos psykolog (12 samtaler) og fysioterapi 1 gang om ugen i 6 måneder.")
    praktik_section(spec, c, True, 3)
    heading = "Aftale om mentorstøtte" if as_agreement else r.choice(["Mentorstøtte", "Indsats: Mentor"])
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    if "missing-follow-up" in d:
        spec.traits.append("trap:other-section-has-follow-up")
    mentor_blocks(spec, mp, r.choice(["kv", "headings", "prose"]), as_agreement, heading, 3)
    spec.add("h", 2, "Opfølgning på ressourceforløbet")
    if as_agreement and "missing-follow-up" in d:
        spec.add("p", "Rehabiliteringsteamet behandler sagen igen, når forløbet har varet et år, og ved forløbets afslutning.")
    else:
        spec.add("p", "Du har samtale med din koordinerende sagsbehandler mindst hver 4. uge. Planen revideres efter 6 måneder.")
    if as_agreement:
        if "missing-appeal-guidance" not in d:
            spec.add("h", 2, "Klagevejledning")
            spec.add("p", appeal_text(c))
        signatures(spec, c, ["Borger", "Mentor", "Sagsbehandler"])
    spec.traits += ["plan-period:24-months", "other-contact:caseworker"]
    if "duration-over-6-months" in d:
        spec.traits.append("trap:mentor-over-6-inside-2-year-plan")
    elif mp.period_txt:
        spec.traits.append("trap:2-year-plan-mentor-within-6")
    apply_rules(spec, mp)
    return spec


def fam_rehabplan(r, i, fmt):
    """Rehabiliteringsplan: forberedende del + indsatsdel; mentor as one indsats (kind minplan)."""
    c = Ctx(r, 2024)
    spec = Spec("minplan", "rehabiliteringsplan", "table")
    d = pick_defects(r, ["unclear-goal", "duration-over-6-months", "missing-hours", "missing-tasks", "missing-mentor"])
    mp = MentorPlan(c, d)
    header_block(spec, c, r.random() < 0.3, "Rehabiliteringsplan – indsatsdel")
    spec.add("h", 2, "Rehabiliteringsteamets indstilling")
    spec.add("p", f"Teamet har på mødet {fmt_date(r, c.letter_date - dt.timedelta(days=20), 0)} indstillet til ressourceforløb i 2 år. "
                  f"Rehabiliteringsteamets koordinator: {r.choice(FIRST)} {r.choice(LAST)}, tlf. {phone(r)}.")
    spec.add("h", 2, "Beskæftigelsesmål")
    spec.add("p", f"Fleksjob som {c.job} med en ugentlig arbejdstid på 12-15 timer.")
    spec.add("h", 2, "Indsatser")
    rows = [["Indsats", "Ansvarlig", "Periode", "Omfang"],
            ["Virksomhedspraktik", f"{c.emp} / virksomhedskonsulent", "13 uger", "15 timer om ugen"],
            ["Psykologsamtaler", "Regionens psykiatri", "6 måneder", "10 samtaler"]]
    spec.add("tbl", rows)
    mentor_blocks(spec, mp, "kv", False, "Indsats: Mentorstøtte efter LAB § 167", 3)
    spec.add("h", 2, "Borgerens egne bemærkninger")
    spec.add("p", "Jeg vil gerne i gang, men jeg er bange for at gå ned med stress igen. Det er vigtigt for mig at starte langsomt.")
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    spec.traits.append("other-contact:rehabiliteringsteam")
    apply_rules(spec, mp)
    return spec


def fam_uddannelsesplan(r, i, fmt, as_agreement: bool):
    c = Ctx(r, 2025, young=True)
    spec = Spec("agreement" if as_agreement else "minplan", "uddannelsesplan", "headings")
    pool = ["unclear-goal", "duration-over-6-months", "missing-hours", "missing-duration"]
    if as_agreement:
        pool += ["missing-follow-up", "missing-appeal-guidance"]
    d = pick_defects(r, pool)
    mp = MentorPlan(c, d)
    abbr, school, edu = c.school
    header_block(spec, c, r.random() < 0.25, r.choice(["Uddannelsesplan", "Min uddannelsesplan", "Uddannelsesplan – uddannelsespålæg"]))
    spec.add("h", 2, "Dit uddannelsesmål")
    spec.add("p", f"Du har fået et uddannelsespålæg. Dit mål er at starte på {edu} på {school}.")
    spec.add("h", 2, "Vejen dertil")
    spec.add("li", "Brobygning: 2 uger på skolen i foråret")
    spec.add("li", f"Samtale med UU-vejleder {r.choice(FIRST)} {r.choice(LAST)}, tlf. {phone(r)}")
    spec.add("li", "Ordinært fritidsjob op til 15 timer om ugen er fint ved siden af skolen")
    heading = r.choice(["Aftale om uddannelsesmentor", "Mentoraftale"]) if as_agreement else r.choice(["Uddannelsesmentor", "Mentorstøtte"])
    mentor_blocks(spec, mp, r.choice(["kv", "headings", "prose"]), as_agreement, heading, 2)
    if as_agreement and "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Sådan klager du")
        spec.add("p", appeal_text(c))
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    apply_rules(spec, mp)
    return spec


def fam_jobplan_agreement(r, i, fmt):
    """Jobplan where the mentor part is written as the agreement (with follow-up); appeal may be
    present only for another benefit."""
    c = Ctx(r, 2026)
    spec = Spec("agreement", "jobplan-med-mentoraftale", "mixed")
    d = pick_defects(r, ["missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months",
                         "unclear-goal", "missing-appeal-guidance"], 0.3)
    mp = MentorPlan(c, d)
    header_block(spec, c, r.random() < 0.25, r.choice(["Jobplan og aftale om mentorstøtte", "Din plan – job og mentor"]))
    spec.add("h", 2, "Jobmål")
    spec.add("p", f"Job som {c.job} inden for 6 måneder.")
    praktik_section(spec, c, "missing-follow-up" in d or r.random() < 0.5)
    mentor_blocks(spec, mp, r.choice(["kv", "headings"]), True, r.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)"]))
    other_appeal = "missing-appeal-guidance" in d
    befordring_section(spec, c, other_appeal)
    if "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Klagevejledning")
        spec.add("p", appeal_text(c))
    if other_appeal:
        spec.traits.append("trap:appeal-only-for-other-benefit")
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    if "missing-follow-up" in d:
        spec.traits.append("trap:other-section-has-follow-up")
    signatures(spec, c, ["Borger", "Sagsbehandler"])
    apply_rules(spec, mp)
    return spec


def fam_samarbejdsaftale(r, i, fmt):
    """Samarbejdsaftale kommune-virksomhed-borger for praktik/løntilskud with a workplace mentor."""
    c = Ctx(r, 2025)
    spec = Spec("agreement", "samarbejdsaftale", "table")
    d = pick_defects(r, ["missing-hours", "missing-follow-up", "missing-appeal-guidance", "missing-appeal-guidance",
                         "duration-over-6-months", "unclear-goal"], 0.3)
    lonti = r.random() < 0.5
    mp = MentorPlan(c, d, job=lonti)
    mp.mentor = (f"{c.emp_contact} ({c.emp}), tlf. {c.emp_phone}" if "missing-mentor" not in d else mp.mentor)
    if mp.tasks:
        mp.tasks = [t for t in mp.tasks if c.emp_contact not in t and "bussen" not in t and "kommunen" not in t]
        mp.tasks = [f"oplære {c.first} i de daglige arbejdsopgaver i {c.emp_place}",
                    f"holde en kort samtale med {c.first} hver fredag om ugens arbejde"] + mp.tasks[:1]
    header_block(spec, c, r.random() < 0.2, "Samarbejdsaftale om løntilskud med mentor" if lonti else "Samarbejdsaftale – virksomhedspraktik og mentor")
    spec.add("h", 2, "Parter")
    spec.add("kv", [("Virksomhed", f"{c.emp}, CVR {r.randint(10000000, 99999999)}"),
                    ("Kommune", f"{c.sender}, virksomhedskonsulent {c.cw}, tlf. {c.cw_phone}"),
                    ("Borger", c.citizen)])
    spec.add("h", 2, "Ansættelsen / praktikken")
    spec.add("kv", [("Stilling", c.job), ("Arbejdstid", r.choice(["15 timer om ugen", "praktik 15 timer om ugen", "25 timer om ugen"])),
                    ("Periode", f"{fmt_range(r, c.start, add_months(c.start, 12) - dt.timedelta(days=1))} (løntilskud i 12 måneder)"
                     if lonti else f"13 uger fra {fmt_date(r, c.start, 0)}"),
                    ("Løntilskud" if lonti else "Ydelse", "Efter gældende satser, udbetales månedsvis bagud" if lonti
                     else "Du beholder din ydelse i praktikperioden")])
    mentor_blocks(spec, mp, "kv", True, r.choice(["Mentorstøtte på arbejdspladsen", "Aftale om virksomhedsmentor"]))
    if "missing-follow-up" in d:
        spec.add("h", 2, "Opfølgning på ansættelsen")
        spec.add("p", "Virksomhedskonsulenten kontakter virksomheden efter 3 måneder for at høre, hvordan ansættelsen går.")
        spec.traits.append("trap:other-section-has-follow-up")
    spec.add("h", 2, "Refusion af mentorudgifter")
    spec.add("p", "Virksomheden får dækket løn til mentor for de aftalte timer efter faktura. Forberedelse tæller ikke med (BAB § 123).")
    if "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Klagevejledning til borgeren")
        spec.add("p", appeal_text(c))
    if "missing-hours" in d:
        spec.traits.append("trap:other-section-has-hours")
    signatures(spec, c, ["Virksomhed", "Borger", "Kommunen"])
    apply_rules(spec, mp)
    return spec


def fam_rundbord(r, i, fmt, with_agreement: bool):
    c = Ctx(r, 2025)
    spec = Spec("agreement" if with_agreement else "unknown", "rundbordssamtale", "headings")
    d = pick_defects(r, ["missing-appeal-guidance", "missing-hours", "unclear-goal", "missing-follow-up",
                         "duration-over-6-months"], 0.25) if with_agreement else set()
    mp = MentorPlan(c, d) if with_agreement else None
    spec.add("title", r.choice(["Referat af rundbordssamtale", "Opsamling fra rundbordsmøde"]))
    spec.add("kv", [("Dato", fmt_date(r, c.letter_date, 0)), ("Sted", f"Jobcenter {c.kommune}, mødelokale 2"),
                    ("Deltagere", f"{c.citizen} (borger), {c.cw} (sagsbehandler), {c.emp_contact} ({c.emp}), "
                                  f"{r.choice(FIRST)} {r.choice(LAST)} (sundhedskoordinator)"),
                    ("Referent", c.cw)])
    if r.random() < 0.25:
        spec.add("p", f"CPR-nr.: {c.cpr}")
        spec.cprs.append(c.cpr)
        spec.traits.append("cpr")
    spec.add("h", 2, "1. Status")
    spec.add("p", f"{c.first} fortalte om de sidste måneder. Søvnen er bedre, men det er svært at komme ud af døren om morgenen. "
                  f"{c.emp_contact} fra {c.emp} oplyste, at der er plads i {c.emp_place} fra {fmt_date(r, c.start, 0)}.")
    spec.add("h", 2, "2. Praktik")
    spec.add("p", f"Det blev aftalt, at {c.first} starter i praktik 15 timer om ugen i 13 uger. Virksomhedskonsulenten følger op med "
                  f"virksomheden hver 3. uge. Kontakt på arbejdspladsen: {c.emp_contact}, tlf. {c.emp_phone}.")
    spec.add("h", 2, "3. Helbred")
    spec.add("p", "Egen læge er orienteret. Der indhentes statusattest inden næste møde.")
    if with_agreement:
        if "missing-follow-up" in d:
            spec.traits.append("trap:other-section-has-follow-up")
        if "missing-hours" in d:
            spec.traits.append("trap:other-section-has-hours")
        mentor_blocks(spec, mp, r.choice(["kv", "headings", "prose"]), True,
                      r.choice(["4. Aftale om mentorstøtte", "4. Mentor – aftale"]))
        if "missing-appeal-guidance" not in d:
            spec.add("h", 3, "Klagevejledning")
            spec.add("p", appeal_text(c))
        else:
            spec.add("p", "Du får et brev med afgørelsen om mentorstøtte i din e-Boks.")
    else:
        spec.add("h", 2, "4. Eventuelt")
        spec.add("p", r.choice([
            f"Der blev talt om, at en mentor måske kunne hjælpe {c.first} med at komme afsted om morgenen. {c.cw} undersøger muligheden til næste møde.",
            f"{c.first} har haft mentor tidligere og var glad for det. Det tages op igen, hvis praktikken går i stå.",
        ]))
        spec.traits.append("passing-mention")
    if "missing-follow-up" not in d:
        spec.add("h", 2, "Næste møde")
        spec.add("p", f"{fmt_date(r, c.start + dt.timedelta(days=56), 0)} kl. 13.00.")
    apply_rules(spec, mp)
    return spec


def decision_multi(r, i, fmt, with_bilag: bool):
    """Decision letter granting mentor + transport + virksomhedspraktik (and sometimes less hours)."""
    c = Ctx(r, 2026)
    partial = (not with_bilag) and r.random() < 0.3
    if with_bilag:
        spec = Spec("agreement", "afgoerelse-med-bilag-aftale", "letter")
        d = pick_defects(r, ["missing-follow-up", "missing-hours", "duration-over-6-months", "unclear-goal",
                             "missing-tasks", "missing-appeal-guidance"], 0.35)
    else:
        spec = Spec("decision", "afgoerelse-flere-ydelser", "letter")
        d = pick_defects(r, ["duration-over-6-months", "missing-appeal-guidance"], 0.45, 1)
    mp = MentorPlan(c, d)
    spec.add("p", f"{c.sender}\nJobcentret, {r.choice(['Vestergade', 'Torvet', 'Rådhusstrædet'])} {r.randint(1, 40)}")
    spec.add("p", f"{c.citizen}\n{r.choice(['Skovvej', 'Parkvej', 'Møllebakken', 'Engvej'])} {r.randint(1, 90)}")
    if r.random() < 0.3:
        spec.add("p", f"CPR-nr. {c.cpr}")
        spec.cprs.append(c.cpr)
        spec.traits.append("cpr")
    spec.add("p", f"Dato: {fmt_date(r, c.letter_date, 0)}    Sagsnr.: {c.sag}")
    spec.add("title", r.choice(["Afgørelse om mentorstøtte, virksomhedspraktik og befordringsgodtgørelse",
                                "Bevilling af tilbud og mentorstøtte"]))
    spec.add("p", f"Kære {c.first}")
    spec.add("p", "Du får dette brev, fordi vi har truffet afgørelse om din plan. Du får:")
    a = c.start
    b = a + dt.timedelta(weeks=13) - dt.timedelta(days=1)
    spec.add("li", f"virksomhedspraktik hos {c.emp} i 13 uger, {fmt_range(r, a, b)}, 15 timer om ugen (LAB § 42)")
    hrs = f" med {mp.hours}" if mp.hours else ""
    mentor_line = f"mentorstøtte {period_phrase(mp)}{hrs} (LAB § 167)" if mp.period_txt else f"mentorstøtte{hrs} (LAB § 167)"
    if partial:
        mentor_line = f"mentorstøtte {period_phrase(mp)} med 2 timer om ugen. Du havde søgt om 5 timer om ugen (LAB § 167)"
    spec.add("li", mentor_line)
    spec.add("li", "befordringsgodtgørelse til og fra praktikstedet (LAB § 82)")
    no_reasons = partial and r.random() < 0.4
    if no_reasons:
        spec.extras.add("missing-reasons")
        spec.traits.append("partial-without-reasons")
    else:
        spec.add("h", 2, "Begrundelse")
    spec.add("p", "Vi glæder os til at se dig i gang." if no_reasons else f"Vi har lagt vægt på, at du har brug for støtte til at komme i gang i praktikken, og at {c.emp} kan tilbyde en plads, "
                  f"der passer til dine skånehensyn. Mentorstøtten er bevilget efter LAB § 167, stk. 1."
                  + (" Vi vurderer, at 2 timer om ugen er nok, fordi virksomheden selv stiller en kontaktperson til rådighed i praktikken." if partial else ""))
    if partial:
        spec.traits.append("partial-grant")
    spec.traits.append("multi-benefit")
    if with_bilag:
        spec.add("p", "Aftalen om mentorstøtte står i Bilag 1.")
    if "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Klagevejledning")
        wrong = r.random() < 0.15
        spec.add("p", appeal_text(c, wrong))
        if wrong:
            spec.extras.add("appeal-wrong-route")
    elif r.random() < 0.5:
        spec.add("p", r.choice(["Du kan klage over afgørelsen.", "Hvis du er uenig i afgørelsen, er du velkommen til at kontakte din sagsbehandler."]))
        spec.traits.append("appeal:weak")
    spec.add("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, tlf. {c.cw_phone}")
    if with_bilag:
        spec.add("h", 1, "Bilag 1: Aftale om mentorstøtte")
        mentor_blocks(spec, mp, r.choice(["kv", "headings"]), True, "Aftalens indhold", 2)
    apply_rules(spec, mp)
    return spec


# --------------------------------------------------------------------------- standalone
def standalone_agreement(r, i, fmt):
    c = Ctx(r, r.choice([2025, 2026]), young=r.random() < 0.3)
    spec = Spec("agreement", "aftale", r.choice(["table", "headings", "letter"]))
    d = pick_defects(r, ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"], 0.4)
    mp = MentorPlan(c, d)
    header_block(spec, c, r.random() < 0.3, r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167"]))
    style = {"table": "kv", "headings": "headings", "letter": "prose"}[spec.layout]
    mentor_blocks(spec, mp, style, True, "Aftalen", 2)
    if "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Klagevejledning")
        spec.add("p", appeal_text(c))
    signatures(spec, c, ["Borger", "Mentor", "Sagsbehandler"])
    apply_rules(spec, mp)
    return spec


def standalone_decision(r, i, fmt):
    c = Ctx(r, 2026)
    spec = Spec("decision", "afgoerelse", "letter")
    d = pick_defects(r, ["duration-over-6-months", "missing-appeal-guidance"], 0.5, 1)
    mp = MentorPlan(c, d)
    spec.add("p", f"{c.sender}")
    spec.add("p", f"Til {c.citizen}    Dato {fmt_date(r, c.letter_date, 0)}")
    if r.random() < 0.3:
        spec.add("p", f"Cpr.nr.: {c.cpr}")
        spec.cprs.append(c.cpr)
        spec.traits.append("cpr")
    ext = r.random() < 0.35
    spec.add("title", "Afgørelse om forlængelse af mentorstøtte" if ext else "Afgørelse om mentorstøtte")
    if ext:
        spec.traits.append("extension")
        spec.add("p", f"Din mentorstøtte hos {c.provider} udløber. På statusmødet aftalte vi at søge om en ny periode, "
                      "fordi du er tæt på at kunne fortsætte i praktikken uden støtte (LAB § 167, stk. 1, 2. pkt.).")
    spec.add("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                  f"{period_phrase(mp)} med {mp.hours or '2 timer om ugen'}. "
                  f"Din mentor bliver {c.mentor} fra {c.provider}.")
    spec.add("p", "Du har fået det, du har søgt om.")
    if "missing-appeal-guidance" not in d:
        spec.add("h", 2, "Hvis du vil klage")
        spec.add("p", appeal_text(c))
    else:
        spec.add("p", "Du kan klage over afgørelsen.")
    spec.add("p", f"Venlig hilsen\n{c.cw}")
    apply_rules(spec, mp)
    return spec


def standalone_minplan(r, i, fmt):
    c = Ctx(r, 2026, young=r.random() < 0.3)
    spec = Spec("minplan", "minplan", "table")
    d = pick_defects(r, ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                         "duration-over-6-months", "unclear-goal"], 0.4)
    mp = MentorPlan(c, d)
    header_block(spec, c, r.random() < 0.2, r.choice(["Min Plan – Mentorstøtte", "Min Plan: aktivitet mentor"]))
    mentor_blocks(spec, mp, "kv", False, "Aktivitet: Mentorstøtte", 2)
    apply_rules(spec, mp)
    return spec


# --------------------------------------------------------------------------- passing mention (unknown)
def passing_plan(r, i, fmt):
    c = Ctx(r, r.choice([2024, 2025, 2026]), young=r.random() < 0.3)
    variant = i % 5
    spec = Spec("unknown", ["jobplan-uden-mentor", "rehabiliteringsplan-uden-mentor",
                            "uddannelsesplan-uden-mentor", "afgoerelse-praktik-uden-mentor",
                            "handleplan-uden-mentor"][variant], "mixed")
    spec.traits.append("passing-mention")
    if variant == 3:
        spec.add("p", c.sender)
        spec.add("title", "Afgørelse om virksomhedspraktik og befordringsgodtgørelse")
        spec.add("p", f"Kære {c.first}")
        spec.add("p", f"Du får virksomhedspraktik hos {c.emp} i 13 uger fra {fmt_date(r, c.start, 0)}, 15 timer om ugen, "
                      "og befordringsgodtgørelse efter LAB § 82.")
        spec.add("p", f"Hvis du får brug for det, kan du senere tale med din sagsbehandler om mentorstøtte. "
                      f"Din kontaktperson i praktikken er {c.emp_contact}, tlf. {c.emp_phone}.")
        spec.add("h", 2, "Klagevejledning")
        spec.add("p", appeal_text(c).replace("afgørelsen om mentorstøtte", "afgørelsen"))
        spec.add("p", f"Venlig hilsen\n{c.cw}, tlf. {c.cw_phone}")
        return spec
    header_block(spec, c, r.random() < 0.25, ["Jobplan", "Rehabiliteringsplan – indsatsdel", "Uddannelsesplan", "",
                                              "Handleplan – ressourceforløb"][variant])
    if variant == 4:
        spec.add("h", 2, "Ressourceforløbet")
        spec.add("p", f"Ressourceforløb i 2 år fra {fmt_date(r, c.start, 0)} til {fmt_date(r, add_months(c.start, 24) - dt.timedelta(days=1), 0)}. "
                      f"Koordinerende sagsbehandler: {c.cw}, tlf. {c.cw_phone}.")
        spec.add("h", 2, "Sundhedsfaglig indsats")
        spec.add("p", "Behandling i distriktspsykiatrien fortsætter. Fysioterapi 1 gang om ugen i 6 måneder.")
    spec.add("h", 2, "Mål")
    spec.add("p", f"Job som {c.job} på 25 timer om ugen." if variant != 2 else f"Start på {c.school[2]} på {c.school[1]}.")
    spec.add("h", 2, "Aktiviteter")
    praktik_section(spec, c, True, 3) if variant != 2 else spec.add("p", "Brobygning i 2 uger og samtaler med UU-vejleder.")
    spec.add("h", 3, r.choice(["Andet", "Mentorstøtte", "Øvrige indsatser"]))
    spec.add("p", r.choice([
        f"Mentorstøtte: ikke aktuelt. Din tidligere mentor {c.mentor} ({c.provider}, tlf. {c.mentor_phone}) har afsluttet forløbet, og du kan ringe, hvis du har spørgsmål til afslutningen.",
        f"Mentorstøtten blev afsluttet {fmt_date(r, c.start - dt.timedelta(days=14), 0)} efter 6 måneder, fordi du nu møder stabilt. Der er ikke bevilget ny mentorperiode.",
        f"Din mentorstøtte hos {c.provider} sluttede {fmt_date(r, c.start - dt.timedelta(days=30), 0)}. Vi har aftalt, at du klarer dig uden mentor nu.",
        "Rehabiliteringsteamet anbefaler, at mentorstøtte overvejes senere i forløbet, hvis praktikken ikke lykkes.",
        f"Vi har talt om mentor, men du vil gerne prøve selv først. Vi tager det op igen ved næste samtale.",
        f"Din kontaktperson på arbejdspladsen ({c.emp_contact}) hjælper dig med at komme godt i gang. Det er ikke en mentor.",
    ]))
    spec.add("h", 2, "Næste samtale")
    spec.add("p", f"{fmt_date(r, c.start + dt.timedelta(days=30), 0)} hos {c.cw}, tlf. {c.cw_phone}.")
    return spec


# --------------------------------------------------------------------------- renderers
def render_txt(spec: Spec, r: random.Random) -> str:
    out = []
    hstyle = r.randrange(3)
    kvstyle = r.randrange(2)
    for b in spec.blocks:
        t = b[0]
        if t != "li" and out and out[-1].startswith("- "):
            out.append("")
        if t == "title":
            out += [b[1].upper() if hstyle != 1 else "# " + b[1], ""]
        elif t == "h":
            if hstyle == 1:
                out += ["#" * min(b[1] + 1, 6) + " " + b[2], ""]
            elif hstyle == 0:
                out += [b[2], "-" * len(b[2]), ""]
            else:
                out += [b[2] + ("" if b[2].endswith("?") else ":"), ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "li":
            out.append("- " + b[1])
        elif t == "kv":
            if out and out[-1].startswith("- "):
                out.append("")
            for k, v in b[1]:
                out.append(f"{k}: {v}" if kvstyle == 0 else f"{(k + ':').ljust(34)}{v}")
            out.append("")
        elif t == "tbl":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_html(spec: Spec, r: random.Random) -> str:
    from html import escape as e
    sysname = r.choice(["Momentum", "Fasit", "Sagsportalen"])
    dl = r.random() < 0.5
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
             + e(next((b[1] for b in spec.blocks if b[0] == "title"), "Udskrift")) + "</title>",
             "<style>.lbl{font-weight:bold}.felt{margin:2px 0}</style>",
             "<script>window.printMode=true;var s='Mentor: skjult';</script></head><body>",
             f"<nav class='topbar'><a href='#'>Forside</a> <a href='#'>Borgere</a> <a href='#'>Log ud</a></nav>",
             f"<div class='export' data-system='{sysname}'><div class='meta'>Udskrevet fra {sysname}</div>"]
    open_list = False
    for b in spec.blocks:
        t = b[0]
        if t != "li" and open_list:
            parts.append("</ul>")
            open_list = False
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h{b[1] + 1}>{e(b[2])}</h{b[1] + 1}>")
        elif t == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "li":
            if not open_list:
                parts.append("<ul>")
                open_list = True
            parts.append(f"<li>{e(b[1])}</li>")
        elif t == "kv":
            if dl:
                parts.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
            else:
                parts.append("<div class='section'>" + "".join(
                    f"<div class='felt'><div class='lbl'>{e(k)}</div><div class='val'>{e(v)}</div></div>" for k, v in b[1]) + "</div>")
        elif t == "tbl":
            rows = b[1]
            parts.append("<table border='1'><tr>" + "".join(f"<th>{e(x)}</th>" for x in rows[0]) + "</tr>"
                         + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in rows[1:]) + "</table>")
    if open_list:
        parts.append("</ul>")
    parts.append("</div><footer>Dokumentet er dannet automatisk.</footer></body></html>")
    return "\n".join(parts)


def render_docx(spec: Spec, r: random.Random, path: Path, c_header: str):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    if c_header:
        doc.sections[0].header.paragraphs[0].text = c_header
    for b in spec.blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "h":
            doc.add_heading(b[2], min(b[1], 4))
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif t in ("kv", "tbl"):
            rows = [list(x) for x in b[1]]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = tb.cell(ri, ci)
                    cell.text = val
                    if (t == "kv" and ci == 0) or (t == "tbl" and ri == 0):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
    doc.save(str(path))


# --------------------------------------------------------------------------- plan of the corpus
def plan(r: random.Random):
    items = []
    items += [("jobplan_minplan", None)] * 14
    items += [("handleplan", False)] * 6 + [("handleplan", True)] * 7
    items += [("rehabplan", None)] * 6
    items += [("uddplan", False)] * 5 + [("uddplan", True)] * 6
    items += [("jobplan_agreement", None)] * 9
    items += [("samarbejdsaftale", None)] * 8
    items += [("rundbord", True)] * 7 + [("rundbord", False)] * 3
    items += [("decision_multi", False)] * 11 + [("decision_multi", True)] * 7
    items += [("std_agreement", None)] * 17 + [("std_decision", None)] * 9 + [("std_minplan", None)] * 9
    items += [("passing", None)] * 20
    return items


BUILD = {
    "jobplan_minplan": lambda r, i, f, x: fam_jobplan_minplan(r, i, f),
    "handleplan": lambda r, i, f, x: fam_ressource_handleplan(r, i, f, x),
    "rehabplan": lambda r, i, f, x: fam_rehabplan(r, i, f),
    "uddplan": lambda r, i, f, x: fam_uddannelsesplan(r, i, f, x),
    "jobplan_agreement": lambda r, i, f, x: fam_jobplan_agreement(r, i, f),
    "samarbejdsaftale": lambda r, i, f, x: fam_samarbejdsaftale(r, i, f),
    "rundbord": lambda r, i, f, x: fam_rundbord(r, i, f, x),
    "decision_multi": lambda r, i, f, x: decision_multi(r, i, f, x),
    "std_agreement": lambda r, i, f, x: standalone_agreement(r, i, f),
    "std_decision": lambda r, i, f, x: standalone_decision(r, i, f),
    "std_minplan": lambda r, i, f, x: standalone_minplan(r, i, f),
    "passing": lambda r, i, f, x: passing_plan(r, i, f),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=20261129)
    a = ap.parse_args(argv)
    r = random.Random(a.seed)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    items = plan(r)
    fmts = ["docx", "pdf", "html", "txt"]
    entries, pdf_jobs = [], []
    tmp = Path(tempfile.mkdtemp(prefix="aj_"))
    seen: dict = {}
    for i, (fam, arg) in enumerate(items):
        k = seen.setdefault((fam, arg), [r.randrange(4), 0])
        fmt = fmts[(k[0] + k[1]) % 4]
        k[1] += 1
        spec = BUILD[fam](r, i, fmt, arg)
        folder = out / spec.subtype
        folder.mkdir(exist_ok=True)
        name = f"{i:03d}-{spec.subtype}.{fmt}"
        header = ""
        if fmt in ("docx", "pdf"):
            header = r.choice(["", "Fortroligt – indeholder personoplysninger", "Jobcenter – fortroligt"])
        if fmt == "txt":
            (folder / name).write_text(render_txt(spec, r), encoding="utf-8")
        elif fmt == "html":
            (folder / name).write_text(render_html(spec, r), encoding="utf-8")
        elif fmt == "docx":
            render_docx(spec, r, folder / name, header)
        else:
            src = tmp / f"{i:03d}-{spec.subtype}.docx"
            render_docx(spec, r, src, header)
            pdf_jobs.append((src, folder / name))
        rules = sorted(spec.rules)
        entries.append({
            "path": f"{spec.subtype}/{name}", "format": fmt, "kind": spec.kind, "subtype": spec.subtype,
            "layout": spec.layout, "rules": rules, "extras": sorted(spec.extras), "error": None,
            "accept_errors": [], "must_not_contain": sorted(set(spec.cprs)),
            "traits": sorted(set(spec.traits + [f"family:{fam}"])), "period": spec.period,
        })
    if pdf_jobs:
        prof = "file:///tmp/lo_aj_profile"
        pdir = tmp / "pdf"
        pdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
               "--outdir", str(pdir)] + [str(s) for s, _ in pdf_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dst in pdf_jobs:
            shutil.move(str(pdir / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
