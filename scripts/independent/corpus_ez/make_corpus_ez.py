#!/usr/bin/env python3
"""Corpus ez: Min Plan prints and letters that list several of the citizen's activities.

Angle: a plan (Jobnet Min Plan, case-system print, caseworker's copy) holds several activities
(virksomhedspraktik, løntilskud, FGU/VUC/AMU, behandling, samtaler, jobsøgning,
sygedagpenge-opfølgning), each with its own period, hours, contact person and purpose. Only one
of them is the mentor support. The labels concern the mentor support only.

Run:  /work/main/.venv/bin/python make_corpus_ez.py --out /work/corpora/ez [--seed 1207]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# --------------------------------------------------------------------------- pools

FIRST = ["Ahmed", "Anna", "Mads", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Ali", "Camilla",
         "Nikolaj", "Maja", "Emil", "Sara", "Rasmus", "Yasmin", "Frederik", "Ida", "Hassan",
         "Louise", "Tobias", "Nadia", "Mikkel", "Julie", "Omar", "Cecilie", "Patrick", "Amalie",
         "Dennis", "Mathilde", "Kristian", "Signe", "Brian", "Tina", "Jesper", "Helle"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Yilmaz", "Hussein", "Karimi",
        "Østergaard", "Bech", "Lund", "Frandsen", "Dalgaard", "Holm", "Kjær", "Vestergaard"]
KOMMUNER = ["Ishøj", "Vejle", "Holbæk", "Faxe", "Randers", "Svendborg", "Viborg", "Herning",
            "Slagelse", "Næstved", "Horsens", "Esbjerg", "Roskilde", "Odsherred", "Frederikshavn",
            "Kolding", "Hjørring", "Guldborgsund"]
PROVIDERS = ["Jobhuset Mentor ApS", "Mentorkorpset", "Nordisk Mentorservice", "Kompasset",
             "Socialt Udviklingscenter Vest", "Fremad Mentor & Coaching", "Broen Mentor",
             "Trinvis ApS", "Den Kommunale Mentorenhed", "Projekt Ny Start"]
COMPANIES = [("Netto Vestergade", "butiksassistent"), ("Bilka", "lager"),
             ("Dagrofa Logistik", "lager"), ("Plejecenter Solhøj", "SOSU-hjælper"),
             ("Kommunens Vej & Park", "gartner"), ("Jysk Lager", "lagermedarbejder"),
             ("Café Havnen", "køkkenmedhjælper"), ("Autoværkstedet Nord", "mekaniker"),
             ("Rema 1000 Søndergade", "butiksassistent"), ("Danish Crown", "produktion"),
             ("Bygma", "lagermedarbejder"), ("Daginstitution Spiren", "pædagogmedhjælper"),
             ("ISS Facility Services", "rengøring"), ("Genbrugspladsen Øst", "genbrug")]
SCHOOLS = ["FGU Vestegnen", "FGU Midt", "FGU Sydsjælland", "FGU Nordvest", "VUC Storstrøm",
           "HF & VUC Fyn", "VUC Vest", "AMU Syd", "AMU Nordjylland", "EUC Lillebælt",
           "Tradium", "Campus Vejle"]

# --------------------------------------------------------------------------- small helpers

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "short":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    raise ValueError(style)


def phone(rng: random.Random) -> str:
    a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9])
    digits = [a] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, digits))
    return rng.choice([f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", s, f"{s[0:4]} {s[4:8]}"])


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 42))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def mail_of(name: str, dom: str) -> str:
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "oe", "Æ": "ae", "Å": "aa"})
    parts = name.lower().translate(tr).split()
    return f"{parts[0][:4]}{parts[-1][:2]}@{dom}"


def dom_of(org: str) -> str:
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "oe", "Æ": "ae", "Å": "aa"})
    w = org.lower().translate(tr).replace("&", "").replace(".", "").split()
    return "".join(w[:2]) + ".dk"


# --------------------------------------------------------------------------- activities

def other_activity(rng: random.Random, kind: str, base: dt.date, ds: str) -> dict:
    """An activity that is not the mentor support, with its own period, hours, contact, purpose."""
    contact = person(rng)
    if kind == "praktik":
        comp, area = rng.choice(COMPANIES)
        start = base + dt.timedelta(days=rng.choice([0, 7, 14]))
        end = start + dt.timedelta(weeks=rng.choice([4, 8, 13]) ) - dt.timedelta(days=1)
        return dict(title=rng.choice(["Virksomhedspraktik", "Virksomhedspraktik (LAB kap. 11)",
                                      "Praktik i virksomhed"]),
                    place=comp, start=start, end=end,
                    hours=f"{rng.choice([10, 12, 15, 20, 25])} timer pr. uge",
                    contact=f"{contact} (praktikvejleder), tlf. {phone(rng)}",
                    purpose=f"Afprøve arbejdsfunktioner inden for {area} og afklare skånehensyn",
                    status=rng.choice(["Aktiv", "Planlagt", "I gang"]))
    if kind == "loentilskud":
        comp, area = rng.choice(COMPANIES)
        start = base + dt.timedelta(days=rng.choice([30, 60, 90]))
        months = rng.choice([6, 9, 12])
        return dict(title="Ansættelse med løntilskud", place=comp, start=start,
                    end=add_months(start, months) - dt.timedelta(days=1),
                    hours=f"{rng.choice([25, 30, 37])} timer pr. uge",
                    contact=f"{contact}, {comp}, tlf. {phone(rng)}",
                    purpose=f"Opnå erfaring som {area} med henblik på ordinær ansættelse",
                    status=rng.choice(["Planlagt", "Godkendt", "Aktiv"]))
    if kind == "fgu":
        school = rng.choice([s for s in SCHOOLS if s.startswith("FGU")])
        spor = rng.choice(["PGU – Produktionsgrundlæggende uddannelse",
                           "AGU – Almen grunduddannelse", "EGU – Erhvervsgrunduddannelse"])
        start = base + dt.timedelta(days=rng.choice([0, 7, 14]))  # FGU has continuous intake
        return dict(title=f"Uddannelse: {spor}", place=school, start=start,
                    end=add_months(start, rng.choice([18, 24])) - dt.timedelta(days=1),
                    hours=f"{rng.choice([25, 30, 32])} timer pr. uge",
                    contact=f"{contact}, kontaktlærer, {mail_of(contact, dom_of(school))}",
                    purpose="Opnå faglige og personlige forudsætninger for at starte på en erhvervsuddannelse",
                    status=rng.choice(["Optaget", "Aktiv", "Planlagt"]))
    if kind == "vuc":
        school = rng.choice([s for s in SCHOOLS if "VUC" in s])
        fag = rng.choice(["Dansk C (hf-enkeltfag)", "Matematik FVU trin 2", "FVU-læsning trin 3",
                          "Engelsk G", "Dansk som andetsprog D"])
        start = base + dt.timedelta(days=rng.choice([14, 21, 35]))
        return dict(title=f"Kursus: {fag}", place=school, start=start,
                    end=start + dt.timedelta(weeks=rng.choice([12, 16, 20])),
                    hours=f"{rng.choice([4, 6, 8])} lektioner om ugen",
                    contact=f"Studievejledningen, {school}, tlf. {phone(rng)}",
                    purpose="Styrke basale færdigheder som forudsætning for uddannelse",
                    status=rng.choice(["Tilmeldt", "Aktiv", "Planlagt"]))
    if kind == "amu":
        school = rng.choice([s for s in SCHOOLS if "AMU" in s or "EUC" in s])
        kursus = rng.choice([("Gaffeltruck certifikat B", 5), ("Hygiejnebevis (AMU)", 2),
                             ("Førstehjælp på erhvervsuddannelser", 1),
                             ("Lager: Plukning og pakning", 5), ("Rengøringsteknik, grundlæggende", 3)])
        start = base + dt.timedelta(days=rng.choice([21, 42, 56]))
        return dict(title=f"AMU-kursus: {kursus[0]}", place=school, start=start,
                    end=start + dt.timedelta(days=kursus[1] - 1 if kursus[1] < 5 else 4),
                    hours="37 timer (fuld tid i kursusugen)",
                    contact=f"Kursusadministrationen, {school}, tlf. {phone(rng)}",
                    purpose="Opnå certifikat der efterspørges i jobannoncer",
                    status=rng.choice(["Tilmeldt", "Planlagt"]))
    if kind == "behandling":
        place, what = rng.choice([("Rusmiddelcenteret", "Ambulant rusmiddelbehandling"),
                                  ("Distriktspsykiatrien", "Samtaleforløb i distriktspsykiatrien"),
                                  ("Smertecenteret", "Smertebehandling og træning"),
                                  ("Psykolog Ane Wulff", "Psykologsamtaler (angst)"),
                                  ("Fysioterapi Centrum", "Genoptræning hos fysioterapeut")])
        start = base - dt.timedelta(days=rng.choice([30, 90, 150]))
        end = None if rng.random() < 0.4 else add_months(start, rng.choice([9, 12]))
        return dict(title=f"Behandling: {what}", place=place, start=start, end=end,
                    hours=rng.choice(["1 samtale hver 14. dag", "2 gange om ugen", "1 time om ugen"]),
                    contact=f"{contact}, {place}, tlf. {phone(rng)}",
                    purpose="Stabilisere helbredet, så der kan arbejdes videre med job",
                    status=rng.choice(["Igangværende", "Aktiv"]))
    if kind == "samtaler":
        start = base - dt.timedelta(days=rng.choice([14, 60]))
        return dict(title=rng.choice(["Jobsamtaler", "Samtaler i kontaktforløbet",
                                      "Opfølgende samtaler med rådgiver"]),
                    place="Kommunen, Jobcenteret", start=start, end=None,
                    hours=rng.choice(["hver 4. uge", "ca. en gang om måneden", "hver 3. måned"]),
                    contact=f"{contact}, jobkonsulent, tlf. {phone(rng)}",
                    purpose="Følge op på planen og aftale næste skridt",
                    status="Løbende")
    if kind == "jobsoeg":
        start = base
        return dict(title=rng.choice(["Jobsøgning", "Aktiv jobsøgning", "Søg job via Jobnet"]),
                    place="Jobnet / CV", start=start, end=add_months(start, 3),
                    hours=rng.choice(["2 ansøgninger pr. uge", "mindst 2 job om ugen", "3 ansøgninger om ugen"]),
                    contact=f"{contact}, jobkonsulent, {mail_of(contact, 'kommune.dk')}",
                    purpose="Søge job som " + rng.choice(["lagermedarbejder", "chauffør", "kassemedarbejder", "rengøringsassistent"]),
                    status="Aktiv")
    if kind == "sygedagpenge":
        start = base - dt.timedelta(days=rng.choice([40, 100]))
        return dict(title=rng.choice(["Opfølgning på sygedagpenge", "Sygedagpengeopfølgning",
                                      "Sygeopfølgning (sygedagpengeloven kap. 6)"]),
                    place="Kommunen, Sygedagpengeteamet", start=start,
                    end=start + dt.timedelta(weeks=22) if rng.random() < 0.5 else None,
                    hours=rng.choice(["samtale hver 4. uge", "opfølgningssamtale hver 8. uge"]),
                    contact=f"{contact}, sagsbehandler, tlf. {phone(rng)}",
                    purpose="Følge op på tilbagevenden til arbejde (delvis raskmelding)",
                    status="Aktiv")
    raise ValueError(kind)


GOALS_BY_ANCHOR = {
    "praktik": [
        "{f} gennemfører praktikken hos {place} med fremmøde mindst 4 dage om ugen og er i løntilskud eller ordinært job som {area} senest {d}.",
        "Målet er, at {f} selv tager bussen til {place} og møder til tiden 4 dage om ugen fra {d}, så praktikken kan gå over i løntilskud.",
        "At {f} øger praktikken hos {place} fra 10 til 20 timer om ugen inden {d} med henblik på ansættelse.",
    ],
    "loentilskud": [
        "{f} fastholder løntilskudsjobbet hos {place} med under 2 fraværsdage om måneden og har et ordinært job senest {d}.",
        "At {f} bliver i løntilskudsstillingen hos {place} hele perioden og søger mindst 2 ordinære stillinger om ugen fra {d}.",
    ],
    "fgu": [
        "{f} starter på {place} som planlagt og har mindst 90 % fremmøde de første 12 uger (til {d}).",
        "Målet er, at {f} gennemfører første semester på {place} og vælger erhvervsuddannelse inden {d}.",
    ],
    "vuc": [
        "{f} gennemfører kurset på {place} og går til prøve inden {d}, så optagelse på en erhvervsuddannelse er mulig.",
        "At {f} møder til alle lektioner på {place} og har bestået prøven senest {d}.",
    ],
    "sygedagpenge": [
        "{f} er tilbage i sit job med fuld tid senest {d}; fra næste måned 20 timer om ugen.",
        "At {f} trapper op til 25 timer om ugen hos arbejdsgiveren inden {d} og bliver raskmeldt.",
    ],
    "other": [
        "{f} er i ordinært job eller fleksjob med mindst 15 timer om ugen senest {d}.",
        "{f} er startet i virksomhedspraktik som {area} hos {comp} senest {d} og møder 3 dage om ugen.",
    ],
}
TASKS_BY_ANCHOR = {
    "praktik": [
        "Følge {f} til {place} de første to uger; ugentlig samtale om fremmøde og transport",
        "Brobygning til {place}: introduktion til kolleger, løbende dialog med praktikvejlederen",
        "Hjælpe med morgenrutiner, ringe ved fravær og aftale løsninger med praktikstedet",
    ],
    "loentilskud": [
        "Ugentlig samtale om arbejdsopgaver og samarbejde med kolleger; kontakt til lederen på {place} ved problemer",
        "Hjælpe med at planlægge ugen, så arbejdstider, behandling og børnenes afhentning hænger sammen",
    ],
    "fgu": [
        "Ugentlig samtale om trivsel i uddannelsen, hjælp til lektieplan og kontakt til kontaktlæreren på {place}",
        "Vække {f} om morgenen de første uger, følge til skolen og hjælpe med SU og bolig",
    ],
    "vuc": [
        "Hjælp til lektier og struktur omkring undervisningen; kontakt til studievejledningen på {place}",
        "Følge op på fremmøde og hjælpe med at søge SPS, hvis det bliver nødvendigt",
    ],
    "sygedagpenge": [
        "Støtte {f} i opstart på arbejdspladsen: plan for gradvis optrapning, samtaler med arbejdsgiver",
        "Ugentlige samtaler om energi og skånehensyn; deltage i møder med arbejdsgiveren",
    ],
    "other": [
        "Hjælpe med jobsøgning, CV og transport til samtaler; ugentligt møde",
        "Støtte til at overholde aftaler med behandlingen og kommunen; følge med til møder",
    ],
}
GOALS_UNCLEAR = [
    "Støtte til at skabe struktur i hverdagen og øge trivsel.",
    "Hjælp til at komme videre.",
    "At {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og styrke selvværdet.",
    "Støtte og motivation i forløbet.",
    "Sikre at {f} har det godt.",
]


def anchor_of(others: list[dict], kinds: list[str]):
    for k in ("praktik", "loentilskud", "fgu", "vuc", "sygedagpenge"):
        if k in kinds:
            return k, others[kinds.index(k)]
    return "other", None


def mentor_activity(rng, c, defects: set[str]) -> dict:
    f = c.first
    anchor, act = anchor_of(c.others, c.other_kinds)
    place = act["place"] if act else c.comp
    provider = rng.choice(PROVIDERS)
    mname = person(rng)
    base = c.base
    start = base + dt.timedelta(days=rng.choice([0, 0, 7, 14]))
    months = rng.choice([3, 4, 6, 6, 6])
    m = dict(provider=provider, start=start, anchor=anchor, variants=[])
    if "duration-over-6-months" in defects:
        months = rng.choice([7, 8, 9, 12])
    m["months"] = months
    m["end"] = add_months(start, months) - dt.timedelta(days=1)
    if "missing-duration" in defects:
        m["period_text"] = rng.choice(["", "Indtil videre", "Løbende", "Aftales nærmere", "-",
                                       "Så længe praktikken varer"])
    else:
        st = rng.choice(["dots", "words", "iso", "slash", "abbr"])
        sep = rng.choice([" – ", " - ", " til ", "–"])
        m["period_text"] = f"{fmt_date(start, st)}{sep}{fmt_date(m['end'], st)}"
        x = rng.random()
        if x < 0.12 and "duration-over-6-months" not in defects:
            m["period_text"] = f"{months} måneder fra {fmt_date(start, 'words')}"
            m["variants"].append("period-start-plus-months")
        elif x < 0.24:
            weeks = rng.choice([12, 16, 20, 26]) if "duration-over-6-months" not in defects else rng.choice([30, 39, 52])
            m["end"] = start + dt.timedelta(days=7 * weeks - 1)
            m["period_text"] = f"{weeks} uger fra {fmt_date(start, 'dots')}"
            m["variants"].append("period-weeks")
    if "missing-duration" not in defects and "duration-over-6-months" not in defects and rng.random() < 0.15:
        prev_end = start - dt.timedelta(days=1)
        prev_start = add_months(start, -6)
        m["earlier"] = f"{fmt_date(prev_start, 'dots')} – {fmt_date(prev_end, 'dots')}"
        m["variants"].append("extension-with-earlier-period")
    goal_date = fmt_date(add_months(start, max(2, min(months, 6) - 1)), rng.choice(["words", "dots"]))
    if "missing-goal" in defects:
        m["goal"] = rng.choice(["", "-", "Udfyldes senere", "…"])
    elif "unclear-goal" in defects:
        m["goal"] = rng.choice(GOALS_UNCLEAR).format(f=f)
    else:
        m["goal"] = rng.choice(GOALS_BY_ANCHOR[anchor]).format(f=f, place=place, comp=c.comp, area=c.area, d=goal_date)
    if "missing-tasks" in defects:
        m["tasks"] = rng.choice(["", "-", "Aftales ved opstart", "Udfyldes senere"])
    else:
        m["tasks"] = rng.choice(TASKS_BY_ANCHOR[anchor]).format(f=f, place=place)
    if "missing-hours" in defects:
        m["hours"] = rng.choice(["", "Efter behov", "Et par timer om ugen", "Løbende", "-"])
    else:
        h = rng.choice([2, 3, 3, 4, 5, 6])
        m["hours"] = rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{h} timer ugentligt",
                                 f"{h * 4} timer om måneden", f"{h} timer om ugen"])
        if rng.random() < 0.1:
            m["hours"] = rng.choice(["Hver tirsdag og torsdag kl. 9-10.30", "Hver mandag kl. 13-16"])
            m["variants"].append("hours-as-meeting-times")
    dom = dom_of(provider)
    if "missing-mentor" in defects:
        v = rng.choice(["name_only", "tbd", "org_only"])
        m["mentor"] = {"name_only": mname, "tbd": "Tildeles af leverandøren",
                       "org_only": provider}[v]
        m["mentor_contact"] = ""
        m["mentor_name"] = mname if v == "name_only" else ""
        m["variants"].append("mentor-" + v)
    else:
        ctc = rng.choice([f"tlf. {phone(rng)}", mail_of(mname, dom), f"tlf. {phone(rng)}, {mail_of(mname, dom)}"])
        m["mentor"] = f"{mname}, {provider}"
        m["mentor_contact"] = ctc
        m["mentor_name"] = mname
    m["title"] = rng.choice(["Mentorstøtte", "Mentorstøtte (LAB § 167)", "Mentor – § 167",
                             "Mentorforløb", "Støtte fra mentor", "Mentorstøtte efter § 167"])
    if "earlier" in m:
        m["title"] = rng.choice(["Mentorstøtte – forlængelse", "Mentorstøtte (forlænget)"])
    m["status"] = rng.choice(["Aktiv", "Bevilget", "Planlagt", "I gang"])
    return m


# --------------------------------------------------------------------------- case model

class Case:
    def __init__(self, rng: random.Random, defects: set[str], n_other: int, with_cpr: bool,
                 year: int = 2026):
        self.rng = rng
        self.defects = set(defects)
        self.first = rng.choice(FIRST)
        self.name = f"{self.first} {rng.choice(LAST)}"
        self.kommune = rng.choice(KOMMUNER)
        self.casew = person(rng)
        self.casew_phone = phone(rng)
        self.cpr = cpr(rng) if with_cpr else None
        self.base = dt.date(year, rng.randint(1, 10), rng.choice([1, 2, 5, 9, 12, 15, 19, 22]))
        self.printed = self.base - dt.timedelta(days=rng.randint(1, 10))
        self.comp, self.area = rng.choice(COMPANIES)
        self.school = rng.choice(SCHOOLS)
        kinds = ["praktik", "loentilskud", "fgu", "vuc", "amu", "behandling", "samtaler",
                 "jobsoeg", "sygedagpenge"]
        chosen = rng.sample(kinds, n_other)
        self.ds = rng.choice(["dots", "words", "iso", "slash", "abbr"])
        self.others = [other_activity(rng, k, self.base, self.ds) for k in chosen]
        self.other_kinds = chosen
        self.mentor = mentor_activity(rng, self, self.defects)
        pos = rng.randint(0, len(self.others))
        self.mentor_pos = pos

    def d(self, x):
        return fmt_date(x, self.ds) if x else ""

    def per(self, a):
        if a.get("end") is None:
            return f"fra {self.d(a['start'])}" if self.rng.random() < 0.7 else "Løbende"
        return f"{self.d(a['start'])} – {self.d(a['end'])}"

    def activities(self):
        """Ordered list: ('other', dict) or ('mentor', dict)."""
        out = [("other", a) for a in self.others]
        out.insert(self.mentor_pos, ("mentor", self.mentor))
        return out

    def mentor_contact_text(self):
        m = self.mentor
        return (m["mentor"] + (", " + m["mentor_contact"] if m["mentor_contact"] else "")).strip()

    def traits(self):
        t = ["activities:" + "+".join(self.other_kinds), f"mentor-pos:{self.mentor_pos}"]
        if any(a.get("end") and (a["end"] - a["start"]).days > 184 for a in self.others):
            t.append("other-activity-over-6-months")
        if any(a.get("end") is None for a in self.others):
            t.append("other-activity-open-ended")
        if self.cpr:
            t.append("cpr")
        t += self.mentor["variants"]
        return t

    def period(self):
        m = self.mentor
        if "missing-duration" in self.defects:
            return None
        return {"start": m["start"].isoformat(), "end": m["end"].isoformat()}


# --------------------------------------------------------------------------- Min Plan renderers
# Each returns (text-or-bytes payload, extension, layout)

def rows_for(kind, a, c: Case, mentor_label_style: str):
    """Field rows of one activity card (label, value)."""
    if kind == "other":
        rows = [("Sted", a["place"]), ("Periode", c.per(a)), ("Omfang", a["hours"]),
                ("Kontaktperson", a["contact"]), ("Formål", a["purpose"])]
        return rows
    m = a
    if mentor_label_style == "contact":
        mentor_row = ("Kontaktperson", c.mentor_contact_text())
    else:
        mentor_row = ("Mentor", c.mentor_contact_text())
    rows = [("Leverandør", m["provider"]) if mentor_label_style != "contact" else ("Sted", m["provider"]),
            ("Periode", m["period_text"]), ("Timer", m["hours"]), mentor_row,
            ("Formål", m["goal"]), ("Mentorens opgaver", m["tasks"])]
    if m.get("earlier"):
        rows.insert(2, ("Tidligere periode", m["earlier"]))
    return rows


def header_lines(c: Case, system: str):
    rng = c.rng
    lines = []
    if system == "jobnet":
        lines += ["Jobnet – Min Plan", f"Udskrevet {fmt_date(c.printed, 'dots')} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}",
                  f"Navn: {c.name}"]
    elif system == "momentum":
        lines += [f"{c.kommune} Kommune – Beskæftigelse", "Min Plan (udskrift fra fagsystem)",
                  f"Borger: {c.name}", f"Sagsbehandler: {c.casew}, tlf. {c.casew_phone}",
                  f"Dato for udskrift: {fmt_date(c.printed, 'dots')}"]
    else:
        lines += [f"Min Plan for {c.name}", f"{c.kommune} Kommune", f"Opdateret {fmt_date(c.printed, 'words')}",
                  f"Din rådgiver: {c.casew}, tlf. {c.casew_phone}"]
    if c.cpr:
        lines.append(f"CPR-nr.: {c.cpr}")
    return lines


def mp_cards_txt(c: Case):
    rng = c.rng
    system = rng.choice(["jobnet", "momentum", "plain"])
    style = rng.choice(["mentor", "mentor", "contact"])
    L = header_lines(c, system) + [""]
    if rng.random() < 0.5 and not (c.defects & {"missing-goal", "unclear-goal"}):
        L += ["Mit mål", f"Job som {c.area} inden for et år.", ""]
    L += [rng.choice(["Mine aktiviteter", "Aktiviteter i planen", "Indsatser"]), "=" * 30, ""]
    for kind, a in c.activities():
        st = a["status"]
        title = a["title"]
        L.append(rng.choice([f"{title}  [{st}]", f"{title} – {st}", f"{title} ({st})"]) if rng.random() < 0.8 else title)
        for k, v in rows_for(kind, a, c, style):
            L.append(f"   {k}: {v}")
        L.append("")
    L.append("Planen er lavet i samarbejde mellem dig og kommunen. Du kan se den på Jobnet.dk.")
    return "\n".join(L) + "\n", "txt", f"cards-{system}"


def mp_table_html(c: Case):
    rng = c.rng
    cols = ["Aktivitet", "Periode", "Timer", "Kontakt", "Formål", "Indhold", "Status"]
    trs = []
    for kind, a in c.activities():
        if kind == "other":
            vals = [f"{a['title']}<br><small>{html.escape(a['place'])}</small>", c.per(a), a["hours"],
                    a["contact"], a["purpose"], "", a["status"]]
            vals = [vals[0]] + [html.escape(v) for v in vals[1:]]
        else:
            m = a
            vals = [f"{m['title']}<br><small>{html.escape(m['provider'])}</small>", m["period_text"], m["hours"],
                    c.mentor_contact_text(), m["goal"], m["tasks"], m["status"]]
            vals = [vals[0]] + [html.escape(v) for v in vals[1:]]
        trs.append("<tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in cols)
    meta = "".join(f"<p>{html.escape(x)}</p>" for x in header_lines(c, rng.choice(["momentum", "plain"]))[1:])
    doc = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Min Plan – oversigt</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px;vertical-align:top}}</style></head>
<body><h1>Min Plan – oversigt over aktiviteter</h1>
{meta}
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(trs)}
</tbody></table>
<p>Kontakt din rådgiver, hvis noget i planen ikke passer.</p>
</body></html>
"""
    return doc, "html", "overview-table-html"


def mp_badges_html(c: Case):
    rng = c.rng
    items = []
    for kind, a in c.activities():
        rows = rows_for(kind, a, c, rng.choice(["mentor", "contact"]))
        dl = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows)
        badge = a["status"].lower().replace(" ", "-")
        items.append(f'<li class="card"><div class="card-head"><span class="title">{html.escape(a["title"])}</span>'
                     f' <span class="badge badge-{badge}">{html.escape(a["status"])}</span></div><dl>{dl}</dl></li>')
    meta = "".join(f"<p class='meta'>{html.escape(x)}</p>" for x in header_lines(c, "jobnet")[1:])
    doc = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Min Plan | Jobnet</title>
<style>.badge{{border-radius:8px;padding:1px 6px;background:#dfe}} .card{{border:1px solid #ccc;margin:8px;list-style:none}} dt{{font-weight:bold}}</style>
</head><body>
<header><nav>Forside · Min side · Min Plan · Dokumenter · Log af</nav></header>
<main><h1>Min Plan</h1>{meta}
<h2>Mine aktiviteter</h2>
<ul class="activities">
{chr(10).join(items)}
</ul></main>
<footer>Jobnet er drevet af Styrelsen for Arbejdsmarked og Rekruttering</footer>
</body></html>
"""
    return doc, "html", "badge-list-html"


def mp_timeline(c: Case):
    rng = c.rng
    md = rng.random() < 0.5
    L = []
    hl = header_lines(c, rng.choice(["plain", "momentum"]))
    if md:
        L += [f"# {hl[0]}", ""] + [f"{x}  " for x in hl[1:]] + ["", "## Tidslinje", ""]
    else:
        L += hl + ["", "TIDSLINJE", "---------"]
    acts = sorted(c.activities(), key=lambda t: t[1]["start"])
    for kind, a in acts:
        if kind == "other":
            end = fmt_date(a["end"], "dots") if a.get("end") else "(åben)"
            L.append(f"{'- ' if md else ''}{fmt_date(a['start'], 'dots')} → {end}  {a['title']}, {a['place']}")
            L.append(f"{'  ' if md else '    '}Omfang: {a['hours']} · Kontakt: {a['contact']}")
            L.append(f"{'  ' if md else '    '}Formål: {a['purpose']}")
        else:
            m = a
            if "missing-duration" not in c.defects and rng.random() < 0.5:
                L.append(f"{'- ' if md else ''}{fmt_date(m['start'], 'dots')} → {fmt_date(m['end'], 'dots')}  {m['title']}, {m['provider']}")
            else:
                L.append(f"{'- ' if md else ''}{m['title']} ({m['provider']})")
                L.append(f"{'  ' if md else '    '}Periode: {m['period_text']}")
            L.append(f"{'  ' if md else '    '}Timer: {m['hours']}")
            L.append(f"{'  ' if md else '    '}Mentor: {c.mentor_contact_text()}")
            L.append(f"{'  ' if md else '    '}Formål: {m['goal']}")
            L.append(f"{'  ' if md else '    '}Opgaver: {m['tasks']}")
        L.append("")
    return "\n".join(L) + "\n", "md" if md else "txt", "timeline-md" if md else "timeline-txt"


def mp_eml(c: Case):
    rng = c.rng
    body_txt, _, lay = mp_cards_txt(c)
    msg = EmailMessage()
    msg["From"] = f"{c.casew} <{mail_of(c.casew, c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa') + '.dk')}>"
    msg["To"] = f"{c.name} <{mail_of(c.name, 'gmail.com')}>"
    msg["Subject"] = rng.choice(["Kopi af din plan", "Din opdaterede Min Plan", "Min Plan – som aftalt i dag"])
    msg["Date"] = format_datetime(dt.datetime.combine(c.printed, dt.time(10, 12), tzinfo=dt.timezone.utc))
    intro = rng.choice([
        f"Hej {c.first}\n\nSom aftalt sender jeg en kopi af din plan, som den ser ud nu. Jeg har indsat den herunder.\n\n",
        f"Kære {c.first}\n\nHer er din Min Plan kopieret ind i mailen, da du ikke kunne logge på Jobnet.\n\n",
    ])
    outro = f"\n\nVenlig hilsen\n{c.casew}\nJobkonsulent, {c.kommune} Kommune\nTlf. {c.casew_phone}\n"
    msg.set_content(intro + "----- Min Plan -----\n" + body_txt + outro)
    return bytes(msg), "eml", "mail-paste-" + lay


def mentor_prose(c: Case):
    """The mentor support written as sentences; a defective field's sentence is left out or vague."""
    m = c.mentor
    S = []
    if m["period_text"] and m["period_text"] not in ("-",):
        if m["period_text"] in ("Indtil videre", "Løbende", "Aftales nærmere", "Så længe praktikken varer"):
            S.append(f"Du får mentorstøtte fra {m['provider']} – {m['period_text'].lower()}.")
        else:
            S.append(f"Du får mentorstøtte fra {m['provider']} i perioden {m['period_text']}.")
    else:
        S.append(f"Du får mentorstøtte fra {m['provider']}.")
    if m["mentor_contact"]:
        S.append(f"Din mentor er {m['mentor_name']}, {m['mentor_contact']}.")
    elif m["mentor_name"]:
        S.append(f"Din mentor hedder {m['mentor_name']}.")
    else:
        S.append("Leverandøren finder en mentor til dig.")
    if m["hours"] and m["hours"] not in ("-",):
        if m["hours"].startswith("Hver"):
            S.append(f"I mødes {m['hours'][0].lower() + m['hours'][1:]}.")
        elif m["hours"] in ("Efter behov", "Et par timer om ugen", "Løbende"):
            S.append(f"Omfanget af støtten: {m['hours'].lower()}.")
        else:
            S.append(f"Mentoren har {m['hours']} sammen med dig.")
    if m["goal"] and m["goal"] not in ("-", "Udfyldes senere", "…"):
        S.append(f"Målet med mentorstøtten: {m['goal']}")
    if m["tasks"] and m["tasks"] not in ("-", "Udfyldes senere", "Aftales ved opstart"):
        S.append(f"Mentoren skal hjælpe dig med: {m['tasks'][0].lower() + m['tasks'][1:]}.")
    elif m["tasks"] == "Aftales ved opstart":
        S.append("Hvad mentoren skal hjælpe med, aftaler I ved opstarten.")
    return S


def docx_prose(c: Case, path: Path):
    import docx
    rng = c.rng
    d = docx.Document()
    d.add_heading(rng.choice(["Min Plan – kopi fra samtalen", "Din plan (Min Plan) – sådan ser den ud nu"]), 1)
    d.add_paragraph(f"{c.name}" + (f", cpr.nr. {c.cpr}" if c.cpr else ""))
    d.add_paragraph(f"Samtale den {fmt_date(c.printed, 'words')} med {c.casew}, {c.kommune} Kommune")
    d.add_heading("Aftalte aktiviteter", 2)
    for a in c.others:
        end = f" til {c.d(a['end'])}" if a.get("end") else " (ingen slutdato)"
        d.add_paragraph(f"{a['title']} hos {a['place']}, fra {c.d(a['start'])}{end}. Omfang: {a['hours']}. "
                        f"Kontakt: {a['contact']}. {a['purpose']}.", style="List Bullet")
    d.add_heading(rng.choice(["Mentorstøtte", "Din mentor"]), 2)
    for sline in mentor_prose(c):
        d.add_paragraph(sline)
    d.add_paragraph(f"Ring til mig på {c.casew_phone}, hvis noget skal ændres.")
    d.save(path)
    return "prose-docx"


def scan_pdf(src_pdf: Path, dst_pdf: Path, rng: random.Random):
    """Render a PDF to images and OCR it back to a searchable PDF, like a scanned print."""
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        outs = []
        for i, pg in enumerate(pages):
            base = f"{td}/o{i}"
            subprocess.run(["tesseract", str(pg), base, "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(base + ".pdf")
        from pypdf import PdfWriter
        w = PdfWriter()
        for o in outs:
            w.append(o)
        with open(dst_pdf, "wb") as fh:
            w.write(fh)


def docx_plan(c: Case, path: Path, mode: str):
    import docx
    from docx.shared import Pt
    rng = c.rng
    d = docx.Document()
    d.add_heading(rng.choice(["Min Plan", "Min Plan – kopi", "Kopi af Min Plan"]), 1)
    for x in header_lines(c, rng.choice(["momentum", "plain"]))[1:]:
        d.add_paragraph(x)
    if mode == "overview":
        cols = ["Aktivitet", "Periode", "Timer/omfang", "Kontaktperson", "Formål", "Opgaver", "Status"]
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            t.rows[0].cells[i].text = h
        for kind, a in c.activities():
            r = t.add_row().cells
            if kind == "other":
                vals = [f"{a['title']} ({a['place']})", c.per(a), a["hours"], a["contact"], a["purpose"], "", a["status"]]
            else:
                m = a
                vals = [f"{m['title']} ({m['provider']})", m["period_text"], m["hours"], c.mentor_contact_text(),
                        m["goal"], m["tasks"], m["status"]]
            for i, v in enumerate(vals):
                r[i].text = v
        layout = "overview-table-docx"
    else:
        style = rng.choice(["mentor", "contact"])
        for kind, a in c.activities():
            d.add_heading(f"{a['title']} – {a['status']}", 2)
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in rows_for(kind, a, c, style):
                r = t.add_row().cells
                r[0].text = k
                r[1].text = v
            d.add_paragraph("")
        layout = "cards-docx"
    d.add_paragraph("Har du spørgsmål til planen, så kontakt din rådgiver.")
    d.save(path)
    return layout


def pdf_plan(c: Case, path: Path, mode: str):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rng = c.rng
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    story = []
    hl = header_lines(c, rng.choice(["momentum", "jobnet", "plain"]))
    story.append(Paragraph(html.escape(hl[0]), ss["Title"]))
    for x in hl[1:]:
        story.append(Paragraph(html.escape(x), ss["BodyText"]))
    story.append(Spacer(1, 8))
    P = lambda s: Paragraph(html.escape(s), small)
    if mode == "overview":
        data = [[P(h) for h in ["Aktivitet", "Periode", "Timer", "Kontakt", "Formål", "Opgaver", "Status"]]]
        for kind, a in c.activities():
            if kind == "other":
                vals = [f"{a['title']}, {a['place']}", c.per(a), a["hours"], a["contact"], a["purpose"], "", a["status"]]
            else:
                m = a
                vals = [f"{m['title']}, {m['provider']}", m["period_text"], m["hours"], c.mentor_contact_text(),
                        m["goal"], m["tasks"], m["status"]]
            data.append([P(v) for v in vals])
        t = Table(data, colWidths=[110, 90, 60, 120, 140, 140, 50], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story.append(t)
        doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Min Plan")
        layout = "overview-table-pdf"
    else:
        style = rng.choice(["mentor", "contact"])
        for kind, a in c.activities():
            story.append(Paragraph(html.escape(f"{a['title']}   [{a['status']}]"), ss["Heading3"]))
            data = [[P(k), P(v)] for k, v in rows_for(kind, a, c, style)]
            t = Table(data, colWidths=[120, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        doc = SimpleDocTemplate(str(path), pagesize=A4, title="Min Plan")
        layout = "cards-pdf"
    doc.build(story)
    return layout


# --------------------------------------------------------------------------- agreements / decisions

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
    "Du kan klage mundtligt eller skriftligt til Jobcenteret. Klagen skal være modtaget senest 4 uger efter, at du "
    "har fået denne afgørelse. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til "
    "Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Hvis du vil klage, kan du kontakte din sagsbehandler.",
    "Klage over afgørelsen sendes til Ankestyrelsen.",
]


def other_lines(c: Case):
    out = []
    for a in c.others:
        end = f" til {c.d(a['end'])}" if a.get("end") else ""
        out.append(f"{a['title']} ({a['place']}) fra {c.d(a['start'])}{end}, {a['hours']}. Kontakt: {a['contact']}.")
    return out


def agreement_text(c: Case):
    rng = c.rng
    m = c.mentor
    L = [f"{c.kommune} Kommune", rng.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)",
                                              "Aftale om mentorstøtte efter LAB § 167"]), "",
         f"Borger: {c.name}"]
    if c.cpr:
        L.append(f"CPR: {c.cpr}")
    L += [f"Sagsbehandler: {c.casew}, tlf. {c.casew_phone}", ""]
    L += ["Dine øvrige aktiviteter", "Mentorstøtten skal ses sammen med de andre aktiviteter i din plan:"]
    L += [f"- {x}" for x in other_lines(c)] + [""]
    L += ["1. Målet med mentorstøtten", m["goal"], "",
          "2. Mentor", c.mentor_contact_text(), "",
          "3. Mentorens opgaver", m["tasks"], "",
          "4. Periode", m["period_text"], ""]
    if "missing-follow-up" in c.defects:
        L += ["Opfølgning", rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "-"]), ""]
    else:
        L += ["Opfølgning", rng.choice([
            "Statusmøde med mentor, dig og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører; "
            "delmål: fremmøde 4 dage om ugen.",
            "Mentoren sender status hver 4. uge. Midtvejsevaluering efter 3 måneder."]), ""]
    L += ["5. Timetal", m["hours"], ""]
    L += ["Klagevejledning", rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in c.defects else rng.choice(APPEAL_FULL), ""]
    L += [f"Dato: {fmt_date(c.printed, 'dots')}", "Underskrift borger: ______________   Underskrift mentor: ______________"]
    return L


def agreement_table_docx(c: Case, path: Path):
    import docx
    rng = c.rng
    m = c.mentor
    d = docx.Document()
    d.add_paragraph(f"{c.kommune} Kommune · Job og Ydelse")
    d.add_heading("Aftale om mentorstøtte", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [("Borger", c.name + (f" ({c.cpr})" if c.cpr else "")), ("Rådgiver", f"{c.casew}, tlf. {c.casew_phone}"),
            ("Mål med mentorstøtten", m["goal"]), ("Mentor (navn og kontakt)", c.mentor_contact_text()),
            ("Mentorens opgaver", m["tasks"]), ("Varighed", m["period_text"]), ("Timer pr. uge", m["hours"])]
    if "missing-follow-up" in c.defects:
        rows.append(("Opfølgning", rng.choice(["Efter behov", "Løbende", ""])))
    else:
        rows.append(("Opfølgning og progression", "Opfølgningsmøde hver 6. uge; evaluering 14 dage før ophør. "
                                                 "Delmål: stabilt fremmøde i de øvrige aktiviteter."))
    for k, v in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("Øvrige aktiviteter i din plan", 2)
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["Aktivitet", "Periode", "Omfang", "Kontaktperson"]):
        t2.rows[0].cells[i].text = h
    for a in c.others:
        r = t2.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = f"{a['title']} ({a['place']})", c.per(a), a["hours"], a["contact"]
    d.add_heading("Klagevejledning", 2)
    d.add_paragraph(rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in c.defects else rng.choice(APPEAL_FULL))
    d.add_paragraph("Aftalen er indgået mellem borger, mentor og kommunen.")
    d.save(path)


def agreement_letter(c: Case):
    rng = c.rng
    m = c.mentor
    L = [f"{c.kommune} Kommune", "Vores aftale om mentorstøtte", "", f"Kære {c.first}", ""]
    if c.cpr:
        L.insert(3, f"Cpr.nr.: {c.cpr}")
    L.append("Her får du det, vi blev enige om på mødet, skrevet ned. Du er allerede i gang med flere ting:")
    for a in c.others:
        end = f"–{c.d(a['end'])}" if a.get("end") else " og frem"
        L.append(f"• {a['title']} ({a['place']}), {c.d(a['start'])}{end}, {a['hours']}")
    L.append("")
    L += mentor_prose(c)
    if "missing-follow-up" in c.defects:
        L.append("Vi følger op, når der er behov for det.")
    else:
        L.append("Vi holder statusmøde hver måned, og 14 dage før støtten slutter evaluerer vi sammen, om målet er nået.")
    L += ["", "Hvis du vil klage"]
    L.append(rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in c.defects else rng.choice(APPEAL_FULL))
    L += ["", "Venlig hilsen", c.casew, f"Tlf. {c.casew_phone}"]
    return L


def decision_text(c: Case, sub: str):
    rng = c.rng
    m = c.mentor
    L = [f"{c.kommune} Kommune", "Beskæftigelse", "", c.name]
    if c.cpr:
        L.append(f"Cpr.nr. {c.cpr}")
    L += [f"Dato: {fmt_date(c.printed, 'words')}", ""]
    if sub == "grant":
        L += ["Afgørelse om mentorstøtte", "",
              f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {m['period_text']}.",
              f"Støtten er på {m['hours']}, og din mentor er {c.mentor_contact_text()}.", ""]
    elif sub == "partial":
        L += ["Afgørelse om delvis bevilling af mentorstøtte", "",
              f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget mentorstøtte i perioden "
              f"{m['period_text']} med {m['hours']}.", ""]
    elif sub == "extension":
        L += ["Afgørelse om forlængelse af mentorstøtte", "",
              f"Din mentorstøtte forlænges efter en konkret vurdering i perioden {m['period_text']} (forlængelse). "
              f"Timetallet er fortsat {m['hours']}.", ""]
    elif sub == "refusal":
        L += ["Afgørelse: Afslag på mentorstøtte", "",
              "Du har søgt om mentorstøtte. Vi giver dig afslag.", ""]
    L += ["Begrundelse"]
    others = other_lines(c)
    if sub == "refusal":
        L += ["Vi har lagt vægt på, at du allerede får den støtte, du har brug for, gennem dine andre aktiviteter:"]
    else:
        L += [f"Vi har lagt vægt på, at mentorstøtten skal hjælpe dig med at gennemføre dine øvrige aktiviteter:"]
    L += [f"- {x}" for x in others]
    L += ["Afgørelsen er truffet efter LAB §§ 167-168.", ""]
    L += ["Klagevejledning", rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in c.defects else rng.choice(APPEAL_FULL), ""]
    L += ["Med venlig hilsen", c.casew, f"Tlf. {c.casew_phone}"]
    return L


def write_lines_docx(lines, path: Path, headings: set[str]):
    import docx
    d = docx.Document()
    for i, x in enumerate(lines):
        if i <= 1 and x and i == 1:
            d.add_heading(x, 1)
        elif x in headings:
            d.add_heading(x, 2)
        else:
            d.add_paragraph(x)
    d.save(path)


def write_lines_pdf(lines, path: Path, headings: set[str], title_idx: int = 1):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    story = []
    for i, x in enumerate(lines):
        if not x:
            story.append(Spacer(1, 6))
        elif i == title_idx:
            story.append(Paragraph(html.escape(x), ss["Title"]))
        elif x in headings:
            story.append(Paragraph(html.escape(x), ss["Heading3"]))
        else:
            story.append(Paragraph(html.escape(x), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


# --------------------------------------------------------------------------- unknown documents

def unknown_docs(rng: random.Random):
    """(name, lines, title, layout, traits, has_cpr) for documents that are none of the kinds."""
    docs = []
    # 1 plan print where the mentor support is only named, nothing filled in
    for i in range(3):
        c = Case(rng, set(), rng.randint(3, 4), False)
        L = header_lines(c, "jobnet") + ["", "Mine aktiviteter", ""]
        for a in c.others:
            L += [f"{a['title']} [{a['status']}]", f"   Sted: {a['place']}", f"   Periode: {c.per(a)}",
                  f"   Omfang: {a['hours']}", f"   Kontaktperson: {a['contact']}", f"   Formål: {a['purpose']}", ""]
        L += [rng.choice(["Mentor [Afventer bevilling]", "Evt. mentor – drøftes ved næste samtale",
                          "Mentor (ikke startet)"]), ""]
        docs.append((f"andet/planudskrift-uden-mentorfelter-{i + 1}.txt", L, "plan-no-mentor-fields", ["plan-mentor-only-named"], None))
    # 2 Mine aftaler calendar
    for i in range(2):
        c = Case(rng, set(), 3, False)
        L = ["Jobnet – Mine aftaler", f"Navn: {c.name}", ""]
        for k in range(5):
            dd = c.base + dt.timedelta(days=7 * k + rng.randint(0, 4))
            what = rng.choice(["Jobsamtale med rådgiver", "Møde med mentor", "Opstart i praktik",
                               "Netværksmøde", "Samtale om sygedagpenge"])
            L.append(f"{fmt_date(dd, 'dots')} kl. {rng.randint(8, 14)}:00  {what}, {rng.choice(['Jobcenteret', 'Telefonmøde', 'Video'])}")
        docs.append((f"andet/mine-aftaler-{i + 1}.txt", L, "calendar", ["calendar"], None))
    # 3 status reports from mentor provider
    for i in range(3):
        c = Case(rng, set(), 3, rng.random() < 0.4)
        L = [c.mentor["provider"], "Statusrapport – mentorforløb", "", f"Borger: {c.name}"]
        if c.cpr:
            L.append(f"CPR: {c.cpr}")
        L += [f"Periode for status: {fmt_date(c.base, 'dots')} – {fmt_date(c.base + dt.timedelta(days=30), 'dots')}", "",
              "Fremmøde og aktiviteter",
              f"{c.first} har i perioden været i {c.others[0]['title'].lower()} hos {c.others[0]['place']} og mødt 11 ud af 13 dage.",
              f"Deltagelse i {c.others[1]['title'].lower()} har været stabil.", "",
              "Mentors vurdering",
              f"Der er progression i forhold til at komme op om morgenen. Vi anbefaler at fortsætte som aftalt.",
              "", f"Med venlig hilsen {c.mentor['mentor_name'] or person(rng)}, mentor"]
        docs.append((f"andet/statusrapport-{i + 1}.docx", L, "status-report", ["status-report"], c.cpr))
    # 4 invoices
    for i in range(2):
        c = Case(rng, set(), 2, False)
        h = rng.randint(8, 20)
        L = [c.mentor["provider"], f"Faktura nr. {rng.randint(2000, 9999)}", "",
             f"Til: {c.kommune} Kommune, Jobcenteret, EAN 579800{rng.randint(1000000, 9999999)}",
             f"Vedr.: mentorstøtte, borger {c.name}, {MONTHS[c.base.month - 1]} {c.base.year}", "",
             f"Mentortimer {h} à 525,00 kr.   {h * 525:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", "."),
             "Kørsel til praktiksted   240,00 kr.", "Moms 25 %", "Betalingsbetingelser: netto 30 dage"]
        docs.append((f"andet/faktura-mentor-{i + 1}.pdf", L, "invoice", ["invoice"], None))
    # 5 minutes of network meeting
    for i in range(2):
        c = Case(rng, set(), 3, rng.random() < 0.5)
        L = ["Referat af netværksmøde", f"Dato: {fmt_date(c.base, 'words')}", f"Til stede: {c.name}, {c.casew} (kommunen), "
             f"{c.others[0]['contact'].split(',')[0]}, mentor {c.mentor['mentor_name'] or person(rng)}", ""]
        if c.cpr:
            L.insert(2, f"Vedr. {c.name}, cpr {c.cpr}")
        L += ["1. Status på aktiviteter", f"{c.others[0]['title']} kører som planlagt. {c.others[1]['title']} starter snart.",
              "2. Mentor", "Mentoren fortsætter. Der tages stilling til forlængelse på næste møde.",
              "3. Næste møde", f"Aftales via {c.casew}."]
        docs.append((f"andet/referat-netvaerksmoede-{i + 1}.docx", L, "minutes", ["minutes"], c.cpr))
    # 6 guidance leaflet
    L = ["Sådan læser du din Min Plan", "",
         "I Min Plan kan du se alle dine aktiviteter: fx virksomhedspraktik, løntilskud, kurser på VUC eller AMU, "
         "behandling og samtaler med din rådgiver.",
         "Hvis du har fået en mentor, skal planen vise målet med mentorstøtten, mentorens navn og kontaktdata, "
         "hvilke opgaver mentoren skal hjælpe med, varigheden og timetallet.",
         "Mentorstøtte gives højst 6 måneder ad gangen og kan forlænges efter en konkret vurdering.",
         "Er du uenig i en afgørelse, kan du klage til kommunen inden fire uger."]
    docs.append(("andet/vejledning-min-plan.html", L, "guidance", ["guidance", "lists-all-fields"], None))
    # 7 order of mentor course from provider
    c = Case(rng, set(), 2, False)
    L = ["Bestilling af mentorforløb", f"Til: {c.mentor['provider']}", f"Fra: {c.kommune} Kommune, {c.casew}", "",
         f"Borger: {c.name}", f"Ønsket opstart: {fmt_date(c.base, 'dots')}",
         f"Borgeren er samtidig i {c.others[0]['title'].lower()} ({c.others[0]['place']}).",
         "Bevilling og aftale følger, når leverandøren har bekræftet."]
    docs.append(("andet/bestilling-mentorforloeb.eml", L, "order", ["order"], None))
    # 8 hearing before decision (partshøring)
    c = Case(rng, set(), 2, True)
    L = [f"{c.kommune} Kommune", "Partshøring før afgørelse om mentorstøtte", "", f"Kære {c.first}", f"CPR: {c.cpr}",
         "Vi overvejer at stoppe din mentorstøtte, fordi du nu er startet i "
         f"{c.others[0]['title'].lower()} hos {c.others[0]['place']}.",
         "Du har mulighed for at komme med bemærkninger inden 14 dage, før vi træffer afgørelse.",
         f"Venlig hilsen {c.casew}"]
    docs.append(("andet/partshoering-mentor.pdf", L, "hearing", ["hearing"], c.cpr))
    # 9 provider web page
    L = ["Mentorstøtte hos os", "Vi tilbyder mentorforløb til borgere i virksomhedspraktik, løntilskud, på FGU og VUC.",
         "Vores mentorer har erfaring med misbrug, psykisk sårbarhed og sprogbarrierer.",
         "Typisk 2-5 timer om ugen i 3-6 måneder. Kontakt os på tlf. 70 20 30 40."]
    docs.append(("andet/leverandoer-webside.html", L, "provider-page", ["provider-page"], None))
    # 10 inbox notice
    c = Case(rng, set(), 2, False)
    L = ["Ny besked i Digital Post", f"Til {c.name}", f"Fra {c.kommune} Kommune",
         "Du har fået en ny besked om din plan. Log på borger.dk eller Jobnet for at læse den."]
    docs.append(("andet/digital-post-notifikation.txt", L, "notice", ["notice"], None))
    return docs


# --------------------------------------------------------------------------- main

MP_RULES = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal"}


def minplan_plan(rng):
    """Defect sets for ~58 Min Plan entries."""
    plan = [set() for _ in range(23)]
    for r, n in [("missing-hours", 7), ("missing-mentor", 6), ("missing-duration", 6),
                 ("duration-over-6-months", 5), ("missing-tasks", 4), ("missing-goal", 3), ("unclear-goal", 5)]:
        plan += [{r} for _ in range(n)]
    plan += [{"missing-hours", "missing-mentor"}, {"missing-duration", "unclear-goal"},
             {"missing-tasks", "missing-hours"}, {"duration-over-6-months", "missing-mentor"}]
    rng.shuffle(plan)
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1207)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    to_convert = []  # (docx path, target ext, entry)

    def add(rel, fmt, kind, subtype, layout, rules, traits, cpr_s, period):
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [cpr_s] if cpr_s else [], "traits": sorted(set(traits)),
             "period": period}
        entries.append(e)
        return e

    # ---- Min Plan entries
    renderers = ["cards_txt", "table_html", "badges_html", "timeline", "eml", "docx_cards", "docx_overview",
                 "pdf_cards", "pdf_overview", "odt_cards", "prose_docx", "scan_pdf"]
    plan = minplan_plan(rng)
    for i, defects in enumerate(plan):
        c = Case(rng, defects, rng.randint(2, 5), rng.random() < 0.25)
        r = renderers[i % len(renderers)]
        if r == "scan_pdf" and c.mentor["mentor_contact"] and "tlf." not in c.mentor["mentor_contact"]:
            # an OCR pass turns "@" into "g" or "&": a scanned print keeps the mentor's phone number
            c.mentor["mentor_contact"] = f"tlf. {phone(rng)}"
        base = f"minplan/{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}/minplan-{i + 1:03d}"
        traits = c.traits() + [f"renderer:{r}"] + [f"defect:{d}" for d in sorted(defects)]
        if "missing-hours" in defects and c.mentor["hours"]:
            traits.append("hours-vague")
        if "missing-mentor" in defects:
            traits.append("mentor-incomplete")
        if r in ("cards_txt", "table_html", "badges_html", "timeline", "eml"):
            payload, ext, layout = {"cards_txt": mp_cards_txt, "table_html": mp_table_html,
                                    "badges_html": mp_badges_html, "timeline": mp_timeline, "eml": mp_eml}[r](c)
            p = out / f"{base}.{ext}"
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(payload, bytes):
                p.write_bytes(payload)
            else:
                p.write_text(payload, encoding="utf-8")
        elif r == "prose_docx":
            ext = "docx"
            p = out / f"{base}.docx"
            p.parent.mkdir(parents=True, exist_ok=True)
            layout = docx_prose(c, p)
        elif r == "scan_pdf":
            ext = "pdf"
            p = out / f"{base}.pdf"
            p.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as td:
                src = Path(td) / "src.pdf"
                layout = "scan-" + pdf_plan(c, src, "cards")
                scan_pdf(src, p, rng)
            traits.append("scanned-ocr")
        elif r.startswith("docx") or r == "odt_cards":
            ext = "docx"
            p = out / f"{base}.docx"
            p.parent.mkdir(parents=True, exist_ok=True)
            layout = docx_plan(c, p, "overview" if r == "docx_overview" else "cards")
        else:
            ext = "pdf"
            p = out / f"{base}.pdf"
            p.parent.mkdir(parents=True, exist_ok=True)
            layout = pdf_plan(c, p, "overview" if r == "pdf_overview" else "cards")
        e = add(f"{base}.{ext}", ext, "minplan", "minplan", layout, defects & MP_RULES, traits, c.cpr, c.period())
        if r == "odt_cards":
            to_convert.append((p, "odt", e))

    # ---- agreements (12)
    ag_plan = [set(), set(), set(), set(), set(), {"missing-follow-up"}, {"missing-appeal-guidance"},
               {"missing-hours"}, {"duration-over-6-months"}, {"missing-mentor"}, {"unclear-goal"},
               {"missing-follow-up", "missing-hours"}]
    heads = {"Dine øvrige aktiviteter", "1. Målet med mentorstøtten", "2. Mentor", "3. Mentorens opgaver",
             "4. Periode", "Opfølgning", "5. Timetal", "Klagevejledning", "Begrundelse"}
    for i, defects in enumerate(ag_plan):
        c = Case(rng, defects, rng.randint(2, 4), rng.random() < 0.25)
        variant = ["numbered", "table", "letter"][i % 3]
        fmt = {"numbered": ["txt", "pdf", "odt", "docx"], "table": ["docx", "docx", "odt", "docx"],
               "letter": ["pdf", "txt", "docx", "pdf"]}[variant][(i // 3) % 4]
        rel = f"aftaler/aftale-mentor-{i + 1:02d}.{fmt if fmt != 'odt' else 'docx'}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if variant == "table":
            agreement_table_docx(c, p)
        else:
            L = agreement_text(c) if variant == "numbered" else agreement_letter(c)
            hh = heads | {"Hvis du vil klage"}
            if fmt in ("docx", "odt"):
                write_lines_docx(L, p, hh)
            elif fmt == "pdf":
                write_lines_pdf(L, p, hh)
            else:
                p.write_text("\n".join(L) + "\n", encoding="utf-8")
        e = add(rel, "docx" if fmt == "odt" else fmt, "agreement", "agreement", f"agreement-{variant}-{fmt}",
                defects, c.traits() + [f"defect:{d}" for d in sorted(defects)], c.cpr, c.period())
        if fmt == "odt":
            to_convert.append((p, "odt", e))

    # ---- decisions (12)
    dec_plan = [("grant", set()), ("grant", set()), ("grant", {"missing-appeal-guidance"}),
                ("grant", {"duration-over-6-months"}), ("partial", set()), ("partial", {"missing-appeal-guidance"}),
                ("extension", set()), ("extension", {"duration-over-6-months"}), ("refusal", set()),
                ("refusal", {"missing-appeal-guidance"}), ("grant", set()), ("extension", set())]
    for i, (sub, defects) in enumerate(dec_plan):
        dd = set(defects)
        c = Case(rng, dd, rng.randint(2, 4), rng.random() < 0.25)
        L = decision_text(c, sub)
        fmt = ["pdf", "docx", "txt", "pdf", "html"][i % 5]
        rel = f"afgoerelser/afgoerelse-{sub}-{i + 1:02d}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        heads2 = {"Begrundelse", "Klagevejledning"}
        if fmt == "docx":
            import docx
            d = docx.Document()
            for j, x in enumerate(L):
                if x.startswith("Afgørelse"):
                    d.add_heading(x, 1)
                elif x in heads2:
                    d.add_heading(x, 2)
                else:
                    d.add_paragraph(x)
            d.save(p)
        elif fmt == "pdf":
            write_lines_pdf(L, p, heads2, title_idx=next(j for j, x in enumerate(L) if x.startswith("Afgørelse")))
        elif fmt == "html":
            body = "".join(f"<h1>{html.escape(x)}</h1>" if x.startswith("Afgørelse") else
                           f"<h2>{html.escape(x)}</h2>" if x in heads2 else
                           f"<p>{html.escape(x)}</p>" if x else "" for x in L)
            p.write_text(f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Afgørelse</title></head><body>{body}</body></html>\n",
                         encoding="utf-8")
        else:
            p.write_text("\n".join(L) + "\n", encoding="utf-8")
        rules = dd & {"missing-appeal-guidance", "duration-over-6-months"}
        period = None if sub == "refusal" else c.period()
        add(rel, fmt, "decision", sub, f"decision-letter-{fmt}", rules,
            c.traits() + [f"decision:{sub}"] + [f"defect:{d}" for d in sorted(dd)], c.cpr, period)

    # ---- unknown
    for rel, L, layout, traits, cpr_s in unknown_docs(rng):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        ext = p.suffix[1:]
        if ext == "txt":
            p.write_text("\n".join(L) + "\n", encoding="utf-8")
        elif ext == "docx":
            write_lines_docx(L, p, set())
        elif ext == "pdf":
            write_lines_pdf(L, p, set(), title_idx=1)
        elif ext == "html":
            body = f"<h1>{html.escape(L[0])}</h1>" + "".join(f"<p>{html.escape(x)}</p>" for x in L[1:] if x)
            p.write_text(f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(L[0])}</title></head><body>{body}</body></html>\n",
                         encoding="utf-8")
        elif ext == "eml":
            msg = EmailMessage()
            msg["From"] = "jobcenter@kommune.dk"
            msg["To"] = "bestilling@leverandoer.dk"
            msg["Subject"] = L[0]
            msg["Date"] = "Mon, 02 Mar 2026 09:00:00 +0000"
            msg.set_content("\n".join(L[1:]) + "\n")
            p.write_bytes(bytes(msg))
        add(rel, ext, "unknown", layout, layout, set(), traits, cpr_s, None)

    # ---- conversions to ODT via LibreOffice (one call)
    if to_convert:
        with tempfile.TemporaryDirectory() as td:
            srcs = [str(p) for p, _, _ in to_convert]
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ez_profile", "--headless",
                            "--convert-to", "odt", "--outdir", td, *srcs], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for p, ext, e in to_convert:
                conv = Path(td) / (p.stem + ".odt")
                target = p.with_suffix(".odt")
                shutil.move(str(conv), target)
                p.unlink()
                e["path"] = str(target.relative_to(out))
                e["format"] = "odt"
                e["layout"] = e["layout"].replace("docx", "odt")

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
