#!/usr/bin/env python3
"""Independent corpus CJ: a mixed archive folder as a quality team receives it (issue 8, set 3).

About 100 documents in folders per municipality/case: agreements, decision letters, Min Plan
prints (some with several activities) and about 40 documents that are none of these but mention
mentors (minutes, invoices, status reports, guidance, leaflets, private "mentoraftaler", job
adverts, course programmes, partshøring letters, orders to providers).

Written from ../shared/domain.md, the seeds and the rule docs only (see NOTES.md).

    /work/main/.venv/bin/python make_corpus_cj.py --out /work/corpora/cj [--seed 20261130]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# ----------------------------------------------------------------------------- vocabulary

FIRST = ["Jonas", "Mads", "Sofie", "Emma", "Ahmed", "Fatima", "Kasper", "Line", "Mikkel", "Sara",
         "Nadia", "Oliver", "Ida", "Rasmus", "Camilla", "Yusuf", "Mathilde", "Frederik", "Laura",
         "Tobias", "Amalie", "Simon", "Julie", "Mohammed", "Katrine", "Anders", "Maja", "Nikolaj"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Kaya", "Yilmaz", "Møller", "Lund", "Holm", "Bech", "Dahl", "Friis"]
KOMMUNER = ["Vejle", "Horsens", "Slagelse", "Næstved", "Holbæk", "Viborg", "Silkeborg", "Svendborg",
            "Hjørring", "Kolding", "Fredericia", "Skive"]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Fokus Mentor & Coaching", "fokusmentor.dk"),
             ("Job & Trivsel ApS", "jobogtrivsel.dk"), ("Broen Mentorforløb", "broen-mentor.dk"),
             ("Aktiv Vej I/S", "aktivvej.dk"), ("Nordlys Social ApS", "nordlys-social.dk")]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used_names: set[str] = set()

    def name(self) -> str:
        while True:
            n = f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def phone(self) -> str:
        d = f"{self.r.randint(20, 99)}{self.r.randint(0, 999999):06d}"
        st = self.r.randrange(3)
        if st == 0:
            return f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
        if st == 1:
            return f"{d[0:4]} {d[4:8]}"
        return d

    def cpr(self) -> str:
        day = self.r.randint(1, 28)
        mon = self.r.randint(1, 12)
        yr = self.r.randint(60, 99) if self.r.random() < 0.6 else self.r.randint(0, 6)
        return f"{day:02d}{mon:02d}{yr:02d}-{self.r.randint(0, 9999):04d}"

    def email(self, name: str, domain: str) -> str:
        f, l = name.split(" ", 1)
        t = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "Oe"})
        return f"{f.lower()}.{l.lower()}@{domain}".translate(t) if self.r.random() < .5 \
            else f"{f[:2].lower()}{l[:2].lower()}@{domain}".translate(t)


# ----------------------------------------------------------------------------- blocks
# A document is a title plus a list of blocks: ("h", text, level) ("p", text) ("li", text)
# ("table", [[cell, ...], ...]) ("footer", text).


def H(t, lvl=2):
    return ("h", t, lvl)


def P(t):
    return ("p", t)


def LI(t):
    return ("li", t)


def T(rows):
    return ("table", rows)


# ----------------------------------------------------------------------------- field texts

CLEAR_GOALS = [
    "{f} gennemfører grundforløb 1 på EUD (tømrer) på {school} og møder mindst 90 % af undervisningen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i {firm} senest {d}, med henblik på løntilskud.",
    "{f} starter på FVU-dansk på VUC i august 2026 og møder op to gange om ugen.",
    "At {f} fastholder sit fleksjob som pedelmedhjælper i {firm} på 12 timer om ugen.",
    "{f} er optaget på SOSU-hjælperuddannelsen på SOSU-skolen med studiestart {d}.",
    "{f} kommer i ordinært job som lagermedarbejder, og som delmål er {f} i praktik i {firm} tre dage om ugen fra {d}.",
    "At {f} gennemfører FGU (produktionsgrunduddannelse, værkstedslinjen) uden fravær ud over 2 dage pr. måned.",
    "{f} starter på HF-enkeltfag (dansk og matematik) på {school} og består eksamen i juni 2027.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {f} arbejder med sig selv og får mere selvværd.",
    "Hjælp til at komme videre og tættere på arbejdsmarkedet.",
    "Sikre at {f} får det bedre og motiveres.",
]
SCHOOLS = ["Syddansk Erhvervsskole", "Tradium", "EUC Nordvest", "Campus Vejle", "Mercantec", "ZBC"]
FIRMS = ["Netto i Bredgade", "Bilka Lager", "Kolding Tømrerforretning", "Plejecenter Solgården",
         "Genbrugspladsen", "Føtex", "Danish Crown", "Cykelhandleren i Torvegade"]

TASKS = [
    "følge {f} til de første møder på praktikstedet",
    "hjælpe med at lave en ugeplan og holde fast i den",
    "tage kontakt til skolen ved fravær",
    "støtte {f} i kontakten med kommunen og SU-kontoret",
    "øve transporten med bus til {firm}",
    "tale med {f} om stress og søvn, så fremmødet holder",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "hjælpe med at åbne og besvare digital post",
]

HOURS_OK = ["3 timer pr. uge", "1½ time om ugen", "halvanden time ugentligt", "to timer om ugen",
            "24 mentortimer i perioden (ca. 1 time om ugen)", "2-3 timer om ugen", "4 t/uge",
            "8 timer om måneden", "2 timer ugentligt, herefter efter aftale", "I mødes hver tirsdag kl. 10-12"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]

FOLLOWUP = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før perioden slutter.",
    "Vi følger op hver 4. uge på et møde i jobcentret. Delmål: fremmøde fire dage om ugen inden for de første tre måneder.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingen udløber. Mentor sender skriftlig status før hvert møde.",
    "Opfølgning hver anden uge pr. telefon og et opfølgningsmøde hver måned, hvor progressionen måles på fremmødet.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {k} Kommune, Job og Ydelse, inden 4 uger fra du har modtaget den. Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen, og hvis vi fastholder den, sender vi klagen videre til Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Klagefristen er 4 uger fra modtagelsen af denne aftale. Klagen sendes til jobcentret i {k} Kommune, som genvurderer sagen. Får du ikke medhold, sendes klagen til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Kontakt din sagsbehandler, hvis du er uenig i aftalen.",
                     "Du har mulighed for at klage. Se mere på borger.dk."]
APPEAL_WRONG = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."


class Ctx:
    """One citizen case: the facts shared by the documents of one folder."""

    def __init__(self, g: Gen):
        r = g.r
        self.citizen = g.name()
        self.f = self.citizen.split()[0]
        self.mentor = g.name()
        self.mf = self.mentor.split()[0]
        self.prov, self.dom = r.choice(PROVIDERS)
        self.mphone = g.phone()
        self.mmail = g.email(self.mentor, self.dom)
        self.cw = g.name()
        self.cwphone = g.phone()
        self.kommune = r.choice(KOMMUNER)
        self.cwmail = g.email(self.cw, self.kommune.lower().replace("æ", "ae").replace("ø", "oe") + ".dk")
        self.start = dt.date(2026, r.randint(1, 10), r.choice([1, 1, 1, 15, 4, 10]))
        self.months = r.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.letter_date = self.start - dt.timedelta(days=r.randint(5, 20))
        self.school = r.choice(SCHOOLS)
        self.firm = r.choice(FIRMS)
        self.sag = f"{r.randint(10, 99)}.{r.randint(10, 40)}.{r.randint(0, 20):02d}-G01-{r.randint(100, 9999)}-26"
        self.cpr = g.cpr()

    def fill(self, s: str) -> str:
        return s.format(f=self.f, school=self.school, firm=self.firm, k=self.kommune,
                        d=fmt_date(self.start + dt.timedelta(days=45), 0))


def period_text(c: Ctx, r: random.Random, start=None, end=None) -> str:
    start = start or c.start
    end = end or c.end
    st = r.randrange(6)
    if st == 0:
        return f"{fmt_date(start, 0)} – {fmt_date(end, 0)}"
    if st == 1:
        return f"{fmt_date(start, 1)}-{fmt_date(end, 1)}"
    if st == 2:
        return f"fra {fmt_date(start, 2)} til {fmt_date(end, 2)}"
    if st == 3:
        return f"f.o.m. {fmt_date(start, 3)} t.o.m. {fmt_date(end, 3)}"
    if st == 4 and add_months(start, round((end - start).days / 30.4)) - dt.timedelta(days=1) != end:
        st = 0
    if st == 0:
        return f"{fmt_date(start, 0)} – {fmt_date(end, 0)}"
    if st == 4:
        months = round((end - start).days / 30.4)
        return f"fra {fmt_date(start, 0)} og {months} måneder frem"
    return f"{fmt_date(start, 1)} til {fmt_date(end, 1)}"


# ----------------------------------------------------------------------------- agreements

def agreement(g: Gen, c: Ctx, defects: set[str]) -> tuple[str, list, dict]:
    r = g.r
    rules = set()
    traits = []
    footer_mentor = None
    if "over6" in defects:
        over = r.choice(["long", "oneday", "months"])
        if over == "long":
            c.end = add_months(c.start, r.choice([8, 9, 12])) - dt.timedelta(days=1)
        elif over == "oneday":
            c.end = add_months(c.start, 6)
        else:
            c.end = add_months(c.start, 9) - dt.timedelta(days=1)
        rules.add("duration-over-6-months")
        traits.append("period:over-" + over)
    # goal
    if "nogoal" in defects:
        goal = r.choice(["Udfyldes senere", "-", "xx"])
        rules.add("missing-goal")
    elif "unclear" in defects:
        goal = c.fill(r.choice(UNCLEAR_GOALS))
        rules.add("unclear-goal")
    else:
        goal = c.fill(r.choice(CLEAR_GOALS))
    # mentor
    if "nomentor" in defects:
        mentor = r.choice([f"{c.mentor}", f"{c.mentor}, {c.prov}", "Tildeles senere af leverandøren"])
        rules.add("missing-mentor")
    else:
        bits = [c.mentor, c.prov]
        if r.random() < .7:
            bits.append(f"tlf. {c.mphone}")
        if r.random() < .6 or len(bits) == 2:
            bits.append(c.mmail)
        mentor = ", ".join(bits)
        if "bilag" not in defects and r.random() < .25:
            footer_mentor = f"Din mentor: {c.mentor} · {c.prov} · tlf. {c.mphone} · {c.mmail}"
            mentor = f"{c.mentor} (kontaktoplysninger står nederst på siden)"
            traits.append("mentor-contact-in-footer")
    tasks = [c.fill(t) for t in r.sample(TASKS, r.randint(2, 4))]
    if "notasks" in defects:
        tasks = [r.choice(["Udfyldes senere", "-", "Aftales mellem mentor og borger"])]
        rules.add("missing-tasks")
        # "Aftales mellem mentor og borger" names no task either.
    hours = r.choice(HOURS_OK)
    if "nohours" in defects:
        hours = r.choice(HOURS_VAGUE + [""])
        rules.add("missing-hours")
    if "noduration" in defects:
        period = r.choice(["indtil videre", "Udfyldes senere", "løbende"])
        rules.add("missing-duration")
        rules.discard("duration-over-6-months")
    else:
        period = period_text(c, r)
    follow = c.fill(r.choice(FOLLOWUP))
    if "nofollow" in defects:
        follow = None
        rules.add("missing-follow-up")
    extras = []
    if "noappeal" in defects:
        appeal = r.choice(APPEAL_INCOMPLETE + [None])
        rules.add("missing-appeal-guidance")
    elif "wrongroute" in defects:
        appeal = APPEAL_WRONG
        extras.append("appeal-wrong-route")
    else:
        appeal = c.fill(r.choice(APPEAL_FULL))

    layout = r.choice(["table", "headings", "numbered", "letter", "questions"])
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167",
                      "Aftale om mentor"])
    b = [P(f"{c.kommune} Kommune · Job og Ydelse"), H(title, 1),
         P(f"Borger: {c.citizen}" + (f", CPR-nr. {c.cpr}" if "cpr" in defects else "")),
         P(f"Sagsnr. {c.sag}   Dato: {fmt_date(c.letter_date, r.randrange(3))}")]
    if r.random() < .3:
        kinds = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"]
        chosen = r.choice(kinds)
        b.append(P("Mentortype: " + "  ".join(("☒ " if k == chosen else "☐ ") + k for k in kinds)))
        traits.append("checkbox-row")
    tl = "; ".join(tasks)
    if layout == "table":
        rows = [["Målet med mentorstøtten", goal], ["Mentor (navn og kontaktdata)", mentor],
                ["Mentorens opgaver", tl], ["Periode", period], ["Timetal", hours]]
        if follow:
            rows.append(["Opfølgning", follow])
        b.append(T(rows))
    elif layout == "headings":
        b += [H("Mål for forløbet"), P(goal), H("Mentors kontaktdata"), P(mentor),
              H("Mentorens opgaver")] + [LI(t[0].upper() + t[1:]) for t in tasks]
        b += [H("Varighed og timer"), P(f"Mentorstøtten gives i perioden {period}." if not period[0].isupper() and "frem" not in period else f"Periode: {period}"),
              P(f"Timetal: {hours}" if hours else "Timetal:")]
        if follow:
            b += [H("Opfølgning og progression"), P(follow)]
    elif layout == "numbered":
        b += [P("Aftalen indeholder følgende punkter, jf. kvalitetsstandarden:"),
              P(f"1) Målet med mentorstøtten: {goal}"), P(f"2) Mentorens navn og kontaktdata: {mentor}"),
              P(f"3) Opgaver mentoren skal bistå ved: {tl}"),
              P(f"4) Varighed: {period}." + (f" Opfølgning: {follow}" if follow else "")),
              P(f"5) Timetal: {hours}")]
    elif layout == "letter":
        b += [P(f"Kære {c.f}"),
              P(f"Vi har i dag aftalt, at du får mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Vi har aftalt følgende mål for forløbet: {goal}"),
              P("Din mentor tildeles senere af leverandøren." if mentor.startswith("Tildeles") else f"Din mentor er {mentor}."),
              P(f"{c.mf if 'nomentor' not in defects else 'Mentoren'} skal hjælpe dig med:")]
        b += [LI(t[0].upper() + t[1:]) for t in tasks]
        b += [P(f"Støtten gælder {period}" + (f", og du har {hours}." if hours and hours not in HOURS_VAGUE else (f", og timetallet er {hours}." if hours else "."))),]
        if follow:
            b.append(P(follow))
    else:  # questions
        b += [H("Hvad er målet?"), P(goal), H("Hvem er din mentor?"), P(mentor),
              H("Hvad skal mentor hjælpe med?")] + [LI(t) for t in tasks] + [
              H("Hvor længe og hvor meget?"), P(f"Periode: {period}"), P(f"Timer: {hours}" if hours else "Timer:")]
        if follow:
            b += [H("Hvordan følger vi op?"), P(follow)]
    if "bilag" in defects:
        # The agreement is Bilag 1 of a decision letter, whose appeal guidance covers it.
        b[0:4] = [H("Bilag 1: " + title, 2)]
        return layout, b, {"rules": sorted(rules), "extras": extras, "traits": traits,
                           "period": {"start": c.start.isoformat(), "end": c.end.isoformat()}}
    if appeal:
        b += [H(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), P(appeal)]
    b += [P("Underskrifter"), P(f"Borger: ______________    Mentor: ______________    Sagsbehandler: {c.cw}, tlf. {c.cwphone}")]
    if footer_mentor:
        b.append(("footer", footer_mentor))
    return layout, b, {"rules": sorted(rules), "extras": extras, "traits": traits,
                       "period": None if "noduration" in defects else {"start": c.start.isoformat(), "end": c.end.isoformat()}}


# ----------------------------------------------------------------------------- decisions

def decision(g: Gen, c: Ctx, sub: str, defects: set[str]) -> tuple[str, list, dict]:
    r = g.r
    rules, extras, traits = set(), [], []
    if "over6" in defects:
        c.end = add_months(c.start, r.choice([9, 12])) - dt.timedelta(days=1)
        rules.add("duration-over-6-months")
    hours = r.choice(HOURS_OK[:4] + ["3 timer om ugen"])
    b = [P(f"{c.kommune} Kommune\nJob og Ydelse\n{fmt_date(c.letter_date, 0)}"),
         P(f"{c.citizen}" + (f"\nCPR-nr.: {c.cpr}" if "cpr" in defects else "")),
         P(f"Sagsnummer: {c.sag}")]
    if sub == "bevilling":
        b += [H("Afgørelse om mentorstøtte", 1),
              P(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {period_text(c, r)}."),
              P(f"Du får {hours} med en mentor fra {c.prov}. Mentoren kontakter dig inden for en uge."),
              P(f"Formålet er at støtte dig i at {r.choice(['gennemføre din praktik', 'komme godt i gang på uddannelsen', 'fastholde dit job'])}. Mentoraftalen med mål og opgaver laver I sammen ved det første møde.")]
        if r.random() < .5:
            b += [H("Begrundelse"), P("Vi har lagt vægt på, at du selv har fortalt, at du har brug for hjælp til at komme afsted om morgenen, og at din praktikvært har oplyst, at du har haft meget fravær. Afgørelsen er truffet efter LAB § 167, stk. 1.")]
    elif sub == "delvis":
        b += [H("Afgørelse: delvis bevilling af mentorstøtte", 1),
              P(f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Vi har bevilget dig mentorstøtte i perioden {period_text(c, r)} med {hours}."),
              H("Begrundelse"),
              P("Efter LAB § 167, stk. 1 kan mentorstøtte gives i en periode på højst 6 måneder. Vi vurderer ud fra din praktikvejleders oplysninger, at du har brug for færre timer end ansøgt, fordi du allerede har en fast kontaktperson på arbejdspladsen.")]
        traits.append("asked-9-months")
    elif sub == "forlaengelse":
        c.start, old_end = c.start, c.end
        new_end = add_months(c.start, 3) - dt.timedelta(days=1) if "over6" not in defects else c.end
        b += [H("Forlængelse af mentorstøtte", 1),
              P(f"Din mentorstøtte er forlænget i perioden {period_text(c, r, c.start, new_end)} med {hours}. Den tidligere periode på 6 måneder udløb dagen før."),
              H("Begrundelse"),
              P("Vi har efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt., besluttet at give en ny periode, fordi du er tæt på at kunne starte i løntilskud, og mentor vurderer, at støtten fortsat er nødvendig.")]
        c.end = new_end
    elif sub == "afslag":
        b += [H(r.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"]), 1),
              P("Du har den " + fmt_date(c.letter_date - dt.timedelta(days=20), 0) + " søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte.")]
        if "noreasons" in defects:
            extras.append("missing-reasons")
        else:
            b += [H("Begrundelse"), P("Vi har lagt vægt på, at du allerede får socialpædagogisk støtte efter serviceloven § 85, som dækker de samme opgaver, og at der ikke er et aktuelt mål om beskæftigelse eller uddannelse, jf. LAB § 167.")]
    else:  # ophoer
        b += [H("Ophør af mentorstøtte", 1),
              P(f"Din mentorstøtte hos {c.prov} ophører den {fmt_date(c.end, 0)}.")]
        if "noreasons" in defects:
            extras.append("missing-reasons")
        else:
            b += [P("Vi har truffet afgørelsen på baggrund af mentors statusrapport, hvoraf det fremgår, at du ikke er mødt op til de aftalte møder siden september. Vi har lagt vægt på, at støtten ikke længere kan hjælpe dig mod job eller uddannelse.")]
    if "noappeal" in defects:
        a = r.choice(APPEAL_INCOMPLETE + [None])
        rules.add("missing-appeal-guidance")
        if a:
            b += [P(a)]
    elif "wrongroute" in defects:
        b += [H("Klagevejledning"), P(APPEAL_WRONG)]
        extras.append("appeal-wrong-route")
    else:
        b += [H(r.choice(["Klagevejledning", "Hvis du vil klage"])), P(c.fill(r.choice(APPEAL_FULL)))]
    b += [P(f"Med venlig hilsen\n{c.cw}\nRådgiver, tlf. {c.cwphone}, {c.cwmail}")]
    per = {"start": c.start.isoformat(), "end": c.end.isoformat()} if sub not in ("afslag",) else None
    return "letter", b, {"rules": sorted(rules), "extras": extras, "traits": traits, "period": per}


def decision_with_bilag(g: Gen, c: Ctx, defects: set[str]) -> tuple[str, list, dict]:
    """A grant letter with the written agreement as Bilag 1: checked as an agreement (issue 8)."""
    r = g.r
    lay, bil, meta = agreement(g, c, defects | {"bilag"})
    b = [P(f"{c.kommune} Kommune\nJob og Ydelse\n{fmt_date(c.letter_date, 0)}"),
         P(c.citizen + (f"\nCPR-nr.: {c.cpr}" if "cpr" in defects else "")),
         H("Afgørelse om mentorstøtte", 1),
         P(f"Vi har bevilget dig mentorstøtte efter LAB § 167. Mentoraftalen, som vi lavede sammen på mødet, er vedlagt som bilag 1 og er en del af afgørelsen."),
         H("Klagevejledning"), P(c.fill(r.choice(APPEAL_FULL))),
         P(f"Med venlig hilsen\n{c.cw}\nRådgiver, tlf. {c.cwphone}")] + bil
    meta["traits"].append("agreement-as-bilag-1")
    return "decision-with-bilag", b, meta


# ----------------------------------------------------------------------------- Min Plan

def minplan(g: Gen, c: Ctx, defects: set[str]) -> tuple[str, list, dict]:
    r = g.r
    rules, traits = set(), []
    if "over6" in defects:
        c.end = add_months(c.start, r.choice([9, 12])) - dt.timedelta(days=1)
        rules.add("duration-over-6-months")
    goal = c.fill(r.choice(CLEAR_GOALS))
    if "unclear" in defects:
        goal = c.fill(r.choice(UNCLEAR_GOALS))
        rules.add("unclear-goal")
    mentor_line = f"{c.mentor}, {c.prov}, tlf. {c.mphone}"
    if "nomentor" in defects:
        mentor_line = f"{c.prov}"
        rules.add("missing-mentor")
    tasks = "; ".join(c.fill(t) for t in r.sample(TASKS, 2))
    if "notasks" in defects:
        tasks = ""
        rules.add("missing-tasks")
    hours = r.choice(["2 timer pr. uge", "3 timer/uge", "1,5 time om ugen", "4 timer ugentligt"])
    if "nohours" in defects:
        hours = r.choice(["", "Efter behov"])
        rules.add("missing-hours")
    period = f"{fmt_date(c.start, 1)} - {fmt_date(c.end, 1)}"
    layout = r.choice(["jobnet", "casesystem"])
    many = "several" in defects
    b = [P("Min Plan – udskrift" if layout == "jobnet" else f"Fagsystem · {c.kommune} Kommune · Udskrift af plan"),
         P(f"{c.citizen}" + (f"  CPR {c.cpr}" if "cpr" in defects else "") + f"   Udskrevet {fmt_date(c.letter_date, 1)}"),
         H("Mit mål", 2), P(r.choice(["Jeg vil gerne have et job i detailhandlen.", "Uddannelse som tømrer.", "At komme i arbejde på nedsat tid."])),
         H("Aktiviteter", 2)]
    if many:
        prak_end = add_months(c.start, 3) - dt.timedelta(days=1)
        b += [H("Virksomhedspraktik", 3),
              T([["Sted", c.firm], ["Periode", f"{fmt_date(c.start, 1)} - {fmt_date(prak_end, 1)}"],
                 ["Timer", "15 timer pr. uge"], ["Formål", "Afprøve arbejdsfunktioner og skånebehov"]])]
        traits.append("several-activities")
    b += [H(r.choice(["Mentorstøtte", "Mentor", "Mentor (LAB § 167)"]), 3),
          T([["Formål med mentorstøtten", goal], ["Mentor", mentor_line], ["Mentors opgaver", tasks],
             ["Varighed", period], ["Timetal", hours]])]
    if many and r.random() < .6:
        edu_end = add_months(c.start, 22)
        b += [H("Uddannelse", 3),
              T([["Uddannelse", "Grundforløb og hovedforløb, " + c.school], ["Forventet periode", f"{fmt_date(add_months(c.start, 6), 1)} - {fmt_date(edu_end, 1)}"],
                 ["Status", "Planlagt"]])]
        traits.append("education-activity-longer-than-6-months")
    b += [P("Planen er senest opdateret af " + c.cw + ", " + c.kommune + " Kommune.")]
    return layout, b, {"rules": sorted(rules), "extras": [], "traits": traits,
                       "period": {"start": c.start.isoformat(), "end": c.end.isoformat()}}


# ----------------------------------------------------------------------------- unknown documents

def unknown(g: Gen, c: Ctx, sub: str) -> tuple[str, list, dict, bool]:
    """Documents that are none of the three kinds. Returns (layout, blocks, meta, has_cpr)."""
    r = g.r
    cpr = False
    per = period_text(c, r)
    if sub == "referat":
        b = [H(f"Referat – teammøde, Mentorteamet {c.kommune}", 1),
             P(f"Dato: {fmt_date(c.letter_date, 0)}. Til stede: {c.cw}, {g.name()}, {g.name()}. Afbud: {g.name()}."),
             H("1. Godkendelse af dagsorden"), P("Godkendt."),
             H("2. Status på mentorforløb"),
             P(f"Vi har 46 aktive mentorforløb. {c.prov} har fået 12 nye borgere siden sidst. Flere aftaler mangler stadig timetal og opfølgningsdato; {c.cw} sender en påmindelse."),
             P("Det blev drøftet, at målet med mentorstøtten skal pege på job eller uddannelse, og at perioden højst er 6 måneder ad gangen."),
             H("3. Nye leverandører"), P(f"Udbud på mentorstøtte 2027: tilbudsfrist 15. januar. Kontaktperson er {c.cw}, tlf. {c.cwphone}."),
             H("4. Eventuelt"), P("Næste møde holdes om fire uger.")]
        lay = "minutes"
    elif sub == "faktura":
        cpr = r.random() < .5
        n = r.randint(6, 20)
        b = [H(f"FAKTURA nr. {r.randint(2000, 9999)}", 1),
             P(f"{c.prov}\nCVR {r.randint(10000000, 99999999)}\n{c.dom}"),
             P(f"Til: {c.kommune} Kommune, Jobcentret, att. {c.cw}\nEAN {r.randint(10**12, 10**13 - 1)}"),
             P(f"Fakturadato: {fmt_date(c.end, 1)}   Betalingsbetingelser: netto 30 dage"),
             T([["Ydelse", "Antal timer", "Pris pr. time", "Beløb"],
                [f"Mentorstøtte, {c.citizen}" + (f" ({c.cpr})" if cpr else "") + f", mentor {c.mentor}", str(n), "495,00", f"{n * 495:.2f}".replace(".", ",")],
                ["Kørsel", "1", "250,00", "250,00"]]),
             P(f"Periode: {per}. Bestillingsnr. {r.randint(100000, 999999)}."),
             P("Beløbet bedes indbetalt på reg.nr. 1234 kontonr. 0012345678. Moms 25 % er ikke beregnet (momsfri social ydelse).")]
        lay = "invoice"
    elif sub == "statusrapport":
        cpr = r.random() < .4
        b = [H(r.choice(["Statusrapport – mentorforløb", "Mentorstatus", "Midtvejsstatus fra mentor"]), 1),
             T([["Borger", c.citizen + (f", {c.cpr}" if cpr else "")], ["Mentor", f"{c.mentor}, {c.prov}, tlf. {c.mphone}"],
                ["Periode", per], ["Rapport til", f"{c.cw}, {c.kommune} Kommune"]]),
             H("Formål med forløbet (fra bestillingen)"), P(c.fill(r.choice(CLEAR_GOALS))),
             H("Hvad har vi arbejdet med"),
             P(f"Vi har mødtes {r.randint(8, 14)} gange siden opstart, i alt {r.randint(14, 30)} timer. {c.f} har været stabil i praktikken de sidste tre uger og tager selv bussen."),
             H("Vurdering af progression"), P("Fremmødet er steget fra to til fire dage om ugen. Søvnen er stadig en udfordring."),
             H("Anbefaling"), P("Mentor anbefaler, at forløbet fortsætter med uændret timetal frem til næste opfølgning.")]
        lay = "report"
    elif sub == "vejledning":
        b = [H("Mentorstøtte – kvalitetsstandard", 1),
             P(f"Godkendt af Beskæftigelsesudvalget i {c.kommune} Kommune."),
             H("Lovgrundlag"), P("Lov om en aktiv beskæftigelsesindsats §§ 167-171 og bekendtgørelse om en aktiv beskæftigelsesindsats kap. 17."),
             H("Målgruppe"), P("Alle målgrupper i LAB, når støtten er nødvendig for at opnå eller fastholde job eller uddannelse."),
             H("Indhold i den skriftlige aftale"),
             P("Den skriftlige aftale mellem borger og kommune skal indeholde:"),
             LI("målet med mentorstøtten"), LI("mentorens navn og kontaktdata"), LI("hvilke opgaver mentoren skal bistå ved"),
             LI("varigheden af aftalen og opfølgning, inklusiv mål for progression"), LI("timetallet for mentorstøtten"), LI("klagevejledning"),
             H("Serviceniveau"),
             T([["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"], ["3", "mere end 2 timer pr. uge", "hver måned"]]),
             P("Mentorstøtte gives i højst 6 måneder ad gangen. Der evalueres altid 14 dage før støtteperioden ophører."),
             H("Klage"), P("Afgørelser om mentorstøtte kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]
        lay = "guidance"
    elif sub == "folder":
        b = [H("Få en mentor – når du har brug for en hånd i hverdagen", 1),
             P("En mentor er en person, der hjælper dig med at komme i gang med job eller uddannelse."),
             H("Hvad kan en mentor hjælpe med?"), LI("at komme op om morgenen og møde til tiden"), LI("kontakt med skolen eller arbejdspladsen"), LI("at få overblik over breve fra kommunen"),
             H("Hvor længe?"), P("Typisk 3-6 måneder og et par timer om ugen. Din rådgiver laver en aftale med dig."),
             H("Kontakt"), P(f"Ring til Jobcentret i {c.kommune} på tlf. {c.cwphone} eller skriv til jobcenter@{c.kommune.lower()}.dk.".replace("æ", "ae").replace("ø", "oe"))]
        lay = "leaflet"
    elif sub == "privat":
        club = r.choice([("friskole", f"{r.choice(['Lyngby', 'Egebjerg', 'Solhøj'])} Friskole"),
                         ("sportsklub", f"{r.choice(['IF', 'B', 'BK'])} {r.choice(['Vestervang', 'Skovbo', 'Dalum'])} Fodbold")])
        b = [H("Mentoraftale", 1),
             P(f"mellem {c.citizen} (elev/spiller) og mentor {c.mentor} – {club[1]}"),
             P(f"I {club[1]} har vi et frivilligt mentorprogram, hvor ældre {'elever' if club[0] == 'friskole' else 'spillere'} og forældre er mentorer for de yngre. Aftalen er ikke en del af kommunens tilbud."),
             H("Vores mål"), P(r.choice([f"At {c.f} får ro i timerne og laver lektier tre gange om ugen.", "At komme til træning to gange om ugen og blive en del af holdet.", "At få bedre karakter i matematik til sommer."])),
             H("Mentor"), P(f"{c.mentor}, tlf. {c.mphone}"),
             H("Det gør vi"), LI("Vi mødes hver onsdag efter skole/træning i en time."), LI("Mentor hjælper med lektier og taler om, hvordan det går."),
             H("Periode"), P(f"Skoleåret 2026/27 (fra {fmt_date(dt.date(2026, 8, 10), 0)} til {fmt_date(dt.date(2027, 6, 25), 0)})."),
             H("Opfølgning"), P("Vi tager en snak med forældrene før jul og før sommerferien."),
             P("Underskrift elev/spiller, forælder og mentor")]
        lay = "private-agreement"
        sub = "privat-mentoraftale-" + club[0]
    elif sub == "stilling":
        b = [H(f"{c.prov} søger mentorer til ungeområdet", 1),
             P(f"Vi søger 2 mentorer på 30-37 timer om ugen til start {fmt_date(c.start, 0)}."),
             H("Dine opgaver"), LI("støtte unge i overgangen til uddannelse og job"), LI("skrive aftaler og statusrapporter til kommunen"), LI("samarbejde med jobcentre og skoler"),
             H("Vi forventer"), LI("relevant uddannelse, fx socialrådgiver eller pædagog"), LI("kørekort"),
             H("Løn og ansøgning"), P(f"Løn efter kvalifikationer. Ansøgningsfrist {fmt_date(c.letter_date, 0)}. Spørgsmål: {c.mentor}, tlf. {c.mphone}.")]
        lay = "job-advert"
    elif sub == "kursus":
        b = [H("Kursusprogram: Mentoruddannelse modul 1-3", 1),
             P(f"Arrangør: {c.prov} i samarbejde med {c.kommune} Kommune. Sted: Kulturhuset, lokale 2."),
             T([["Tidspunkt", "Indhold"], ["Dag 1, 9.00-12.00", "Mentorrollen og lovgrundlaget (LAB § 167)"],
                ["Dag 1, 12.30-15.00", "Den gode mentoraftale: mål, opgaver, timetal og varighed"],
                ["Dag 2, 9.00-15.00", "Samtaleteknik og motiverende samtale"],
                ["Dag 3, 9.00-14.00", "Dokumentation, statusrapporter og opfølgning"]]),
             P(f"Tilmelding senest {fmt_date(c.letter_date, 0)} til {c.mmail}. Pris 3.900 kr. ekskl. moms.")]
        lay = "programme"
    elif sub == "partshoering":
        cpr = r.random() < .4
        b = [P(f"{c.kommune} Kommune\nJob og Ydelse"), P(c.citizen + (f"\nCPR-nr. {c.cpr}" if cpr else "")),
             H("Partshøring – vi overvejer at stoppe din mentorstøtte", 1),
             P(f"Du har mentorstøtte hos {c.prov} med {c.mentor} som mentor, {r.choice(HOURS_OK[:4])}, i perioden {per}."),
             P("Mentor har oplyst, at du ikke er mødt op til de sidste fem aftaler. Vi overvejer derfor at træffe afgørelse om, at mentorstøtten ophører."),
             P("Inden vi træffer en afgørelse, har du ret til at komme med dine bemærkninger, jf. forvaltningslovens § 19. Vi skal have dine bemærkninger senest 14 dage fra i dag. Du kan ringe eller skrive til mig."),
             P("Hvis vi ikke hører fra dig, træffer vi afgørelse ud fra de oplysninger, vi har. Du får da en afgørelse med klagevejledning."),
             P(f"Med venlig hilsen\n{c.cw}, tlf. {c.cwphone}")]
        lay = "letter"
    elif sub == "bestilling":
        cpr = r.random() < .5
        b = [H("Bestilling af mentorforløb", 1),
             T([["Leverandør", c.prov], ["Borger", c.citizen + (f", CPR {c.cpr}" if cpr else "")],
                ["Bestilt af", f"{c.cw}, {c.kommune} Kommune, tlf. {c.cwphone}"],
                ["Formål", c.fill(r.choice(CLEAR_GOALS))], ["Indsatsområder", "; ".join(c.fill(t) for t in r.sample(TASKS, 3))],
                ["Timer", r.choice(HOURS_OK[:4])], ["Periode", per], ["Pris", "495 kr. pr. time jf. rammeaftale"]]),
             P("Leverandøren bekræfter bestillingen inden 3 hverdage og sender en skriftlig status hver måned. Mentor tildeles af leverandøren.")]
        lay = "order"
    else:  # mail about a meeting
        b = [P(f"Hej {c.mf}"),
             P(f"Tak for i går. Kan vi flytte statusmødet med {c.f} til torsdag kl. 10 i jobcentret? Jeg har fået din statusrapport og har ikke yderligere spørgsmål."),
             P(f"Mvh {c.cw}\n{c.kommune} Kommune, tlf. {c.cwphone}")]
        lay = "email"
    return lay, b, {"rules": [], "extras": [], "traits": ["not-a-mentor-document-kind"], "period": None, "sub": sub}, cpr


# ----------------------------------------------------------------------------- renderers

def to_text(blocks, width=0, md=False) -> str:
    out = []
    for bl in blocks:
        if bl[0] == "h":
            t = bl[1]
            out.append(("#" * bl[2] + " " + t) if md else (t.upper() if bl[2] == 1 else t))
            if not md and bl[2] == 1:
                out.append("=" * len(t))
        elif bl[0] == "p":
            for line in bl[1].split("\n"):
                out.append(textwrap.fill(line, width) if width else line)
        elif bl[0] == "li":
            out.append(textwrap.fill("- " + bl[1], width, subsequent_indent="  ") if width else "- " + bl[1])
        elif bl[0] == "table":
            for row in bl[1]:
                if len(row) == 2:
                    out.append(f"{row[0]}: {row[1]}")
                else:
                    out.append(" | ".join(row))
        elif bl[0] == "footer":
            out.append(bl[1])  # a footer, read as text, ends up at the bottom
        out.append("")
    return "\n".join(out)


def write_docx(blocks, path: Path, footer: str | None = None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    footer = next((bl[1] for bl in blocks if bl[0] == "footer"), footer)
    for bl in blocks:
        if bl[0] == "h":
            d.add_heading(bl[1], level=bl[2])
        elif bl[0] == "p":
            d.add_paragraph(bl[1])
        elif bl[0] == "li":
            d.add_paragraph(bl[1], style="List Bullet")
        elif bl[0] == "table":
            cols = max(len(x) for x in bl[1])
            t = d.add_table(rows=0, cols=cols)
            t.style = "Table Grid"
            for row in bl[1]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
    if footer:
        p = d.sections[0].footer.paragraphs[0]
        p.text = footer
        p.runs[0].font.size = Pt(8)
    d.save(path)


def write_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H as OH, P as OP, List, ListItem
    doc = OpenDocumentText()
    blocks = [bl if bl[0] != "footer" else ("p", bl[1]) for bl in blocks]
    for lvl in (1, 2, 3):
        s = Style(name=f"Heading {lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=f"{18 - 2 * lvl}pt", fontweight="bold"))
        doc.styles.addElement(s)
    for bl in blocks:
        if bl[0] == "h":
            doc.text.addElement(OH(outlinelevel=bl[2], stylename=f"Heading {bl[2]}", text=bl[1]))
        elif bl[0] == "p":
            for line in bl[1].split("\n"):
                doc.text.addElement(OP(text=line))
        elif bl[0] == "li":
            lst = List()
            it = ListItem()
            it.addElement(OP(text=bl[1]))
            lst.addElement(it)
            doc.text.addElement(lst)
        elif bl[0] == "table":
            cols = max(len(x) for x in bl[1])
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=cols))
            for row in bl[1]:
                tr = TableRow()
                for v in row:
                    tc = TableCell()
                    tc.addElement(OP(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_html(blocks, path: Path, r: random.Random, title: str):
    style = r.choice(["plain", "divs", "dl"])
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">", f"<title>{esc(title)}</title>",
           "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('config','Mentor Timetal Klagevejledning');</script>",
           "<style>.lbl{font-weight:bold}</style></head><body>",
           "<nav><a href=\"/\">Forside</a> | <a href=\"/sager\">Sager</a></nav>", "<div class=\"content\"><div class=\"inner\">"]
    in_list = False
    foot = next((bl[1] for bl in blocks if bl[0] == "footer"), None)
    blocks = [bl for bl in blocks if bl[0] != "footer"]
    for bl in blocks:
        if bl[0] != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if bl[0] == "h":
            out.append(f"<h{bl[2]}>{esc(bl[1])}</h{bl[2]}>")
        elif bl[0] == "p":
            out.append(f"<div class=\"p\">{esc(bl[1])}</div>" if style == "divs" else f"<p>{esc(bl[1])}</p>")
        elif bl[0] == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(bl[1])}</li>")
        elif bl[0] == "table":
            if style == "dl" and all(len(x) == 2 for x in bl[1]):
                out.append("<dl>" + "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in bl[1]) + "</dl>")
            elif style == "divs" and all(len(x) == 2 for x in bl[1]):
                out.append("".join(f"<div class=\"row\"><div><span class=\"lbl\">{esc(a)}</span></div><div><div>{esc(b)}</div></div></div>" for a, b in bl[1]))
            else:
                out.append("<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in bl[1]) + "</table>")
    if in_list:
        out.append("</ul>")
    out += ["</div></div>", f"<footer>{esc(foot) + ' · ' if foot else ''}Udskrevet fra fagsystemet · side 1 af 1</footer></body></html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def write_pdf_rl(blocks, path: Path, r: random.Random, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DejaVu", fontSize=10, leading=13)
    hs = {lvl: ParagraphStyle(f"h{lvl}", parent=body, fontName="DejaVu-Bold", fontSize=16 - 2 * lvl, leading=20 - 2 * lvl, spaceBefore=6)
          for lvl in (1, 2, 3)}
    story = []
    mfoot = next((bl[1] for bl in blocks if bl[0] == "footer"), None)
    for bl in blocks:
        if bl[0] == "h":
            story.append(Paragraph(esc(bl[1]), hs[bl[2]]))
        elif bl[0] == "p":
            story.append(Paragraph(esc(bl[1]), body))
            story.append(Spacer(1, 4))
        elif bl[0] == "li":
            story.append(Paragraph("• " + esc(bl[1]), ParagraphStyle("li", parent=body, leftIndent=14, firstLineIndent=-8)))
        elif bl[0] == "table":
            cols = max(len(x) for x in bl[1])
            w = [150, 300] if cols == 2 else [450 / cols] * cols
            t = Table([[Paragraph(esc(v), body) for v in row] for row in bl[1]], colWidths=w)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    foot = r.choice([None, "Side {n}", f"{title} · Side {{n}}"])

    def on_page(canv, docu):
        canv.setFont("DejaVu", 7)
        if foot:
            canv.drawString(60, 25, foot.format(n=docu.page))
        if mfoot:
            canv.drawString(60, 36, mfoot)
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_eml(blocks, path: Path, c: Ctx, r: random.Random, subject: str, frm: str, to: str, quoted: bool):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime.combine(c.letter_date, dt.time(9, 41), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{r.randint(10**8, 10**9)}@{c.kommune.lower()}.dk>".replace("æ", "ae").replace("ø", "oe")
    body = to_text(blocks)
    body += f"\n-- \n{c.cw}\nRådgiver, Job og Ydelse\nDirekte tlf. {c.cwphone}\n"
    if quoted:
        body += f"\nDen {fmt_date(c.letter_date - dt.timedelta(days=2), 0)} skrev {c.citizen}:\n> Hej, hvornår får jeg papirerne om min mentor?\n> Mvh {c.f}\n"
    m.set_content(body)
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------- plan

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261130)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(a.seed)
    r = g.r

    # Defect plans (decided here, before any linting).
    agr_defects = ([set()] * 13 + [{"nohours"}, {"nohours"}, {"nofollow"}, {"nofollow"}, {"noappeal"}, {"noappeal"},
                   {"unclear"}, {"unclear"}, {"over6"}, {"over6"}, {"nomentor"}, {"nomentor"}, {"notasks"},
                   {"noduration"}, {"nogoal"}, {"wrongroute"}, {"nofollow", "nohours"}])
    agr_defects = [set(x) for x in agr_defects]
    dec_plan = [("bevilling", set()), ("bevilling", set()), ("bevilling", set()), ("bevilling", {"noappeal"}),
                ("bevilling", {"over6"}), ("bevilling", {"wrongroute"}), ("delvis", set()), ("delvis", set()),
                ("forlaengelse", set()), ("forlaengelse", {"over6"}), ("afslag", set()), ("afslag", {"noreasons"}),
                ("afslag", {"noappeal"}), ("ophoer", set()), ("ophoer", {"noreasons"})]
    mp_plan = [set(), set(), set(), set(), {"several"}, {"several"}, {"several"}, {"several", "nohours"},
               {"nohours"}, {"nomentor"}, {"notasks"}, {"over6"}, {"unclear"}, {"several", "nomentor"}, {"several"}]
    unk_plan = (["referat"] * 4 + ["faktura"] * 5 + ["statusrapport"] * 5 + ["vejledning"] * 3 + ["folder"] * 3
                + ["privat"] * 4 + ["stilling"] * 3 + ["kursus"] * 3 + ["partshoering"] * 4 + ["bestilling"] * 4
                + ["mail"] * 2)

    jobs = []  # (kind, sub, defects)
    jobs += [("agreement", "agreement", d) for d in agr_defects]
    jobs += [("agreement", "decision-with-agreement-bilag", set()), ("agreement", "decision-with-agreement-bilag", {"nohours"})]
    jobs += [("decision", s, d) for s, d in dec_plan]
    jobs += [("minplan", "minplan", d) for d in mp_plan]
    jobs += [("unknown", s, set()) for s in unk_plan]
    # CPR in ~25 % of the three kinds' documents (unknown documents decide their own).
    for kind, sub, d in jobs:
        if kind != "unknown" and r.random() < 0.27:
            d.add("cpr")
    r.shuffle(jobs)

    fmt_cycle = {
        "agreement": ["docx"] * 9 + ["pdf"] * 4 + ["pdf-lo"] * 4 + ["odt"] * 4 + ["html"] * 3 + ["txt"] * 4 + ["eml"] * 2,
        "decision": ["docx"] * 4 + ["pdf"] * 3 + ["pdf-lo"] * 3 + ["odt"] * 2 + ["html"] + ["txt"] + ["eml"],
        "minplan": ["pdf"] * 6 + ["html"] * 5 + ["txt"] * 3 + ["docx"],
        "unknown": ["docx"] * 9 + ["pdf"] * 7 + ["pdf-lo"] * 4 + ["odt"] * 5 + ["html"] * 6 + ["txt"] * 5 + ["eml"] * 4,
    }
    for k in fmt_cycle:
        r.shuffle(fmt_cycle[k])
    counters = {k: 0 for k in fmt_cycle}
    entries = []
    lo_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="cj_lo_"))
    for i, (kind, sub, defects) in enumerate(jobs):
        c = Ctx(g)
        if kind == "unknown" and sub == "mail":
            fmtname = "eml"
        else:
            fmtname = fmt_cycle[kind][counters[kind] % len(fmt_cycle[kind])]
            counters[kind] += 1
        has_cpr = "cpr" in defects
        if kind == "agreement" and sub != "agreement":
            layout, blocks, meta = decision_with_bilag(g, c, defects)
            fname = "afgoerelse-med-bilag"
        elif kind == "agreement":
            layout, blocks, meta = agreement(g, c, defects)
            fname = r.choice(["mentoraftale", "aftale-mentorstoette", "aftale_mentor", "Mentoraftale"])
        elif kind == "decision":
            layout, blocks, meta = decision(g, c, sub, defects)
            fname = {"bevilling": "afgoerelse-bevilling", "delvis": "afgoerelse-delvis", "forlaengelse": "forlaengelse",
                     "afslag": "afslag-mentor", "ophoer": "ophoer-mentor"}[sub]
        elif kind == "minplan":
            layout, blocks, meta = minplan(g, c, defects)
            fname = r.choice(["minplan-udskrift", "Min_Plan", "plan-print"])
        else:
            layout, blocks, meta, has_cpr = unknown(g, c, sub)
            sub = meta.pop("sub")
            fname = sub
        if fmtname == "eml" and kind != "unknown":
            layout = "email"
        folder = f"{c.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}/sag-{i:03d}"
        ext = {"pdf-lo": "pdf"}.get(fmtname, fmtname)
        rel = f"{folder}/{i:03d}-{fname}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        title = next((bl[1] for bl in blocks if bl[0] == "h"), fname)
        if fmtname == "docx":
            # About a third of Word agreements carry the municipality's address line in the footer.
            write_docx(blocks, path, footer=f"{c.kommune} Kommune · Rådhuspladsen 1 · www.{c.kommune.lower()}.dk" if r.random() < .35 else None)
        elif fmtname == "pdf-lo":
            src = tmp / f"{i:03d}-{fname}.docx"
            write_docx(blocks, src)
            lo_jobs.append((src, path))
        elif fmtname == "pdf":
            write_pdf_rl(blocks, path, r, title)
        elif fmtname == "odt":
            write_odt(blocks, path)
        elif fmtname == "html":
            write_html(blocks, path, r, title)
        elif fmtname == "txt":
            md = r.random() < .3
            enc = "cp1252" if r.random() < .2 else "utf-8"
            text = to_text(blocks, width=r.choice([0, 72, 76]), md=md)
            try:
                path.write_bytes(text.encode(enc))
            except UnicodeEncodeError:  # old Windows archives only hold what cp1252 can
                path.write_bytes(text.encode("utf-8"))
        elif fmtname == "eml":
            citizen_addr = f"{c.citizen} <borger{r.randint(1, 999)}@gmail.com>"
            if kind == "unknown" and sub in ("statusrapport", "faktura", "kursus", "stilling"):
                frm, to = f"{c.mentor} <{c.mmail}>", f"{c.cw} <{c.cwmail}>"
            elif kind == "unknown" and sub.startswith("privat"):
                frm, to = f"{c.mentor} <{c.mmail}>", citizen_addr
            elif kind == "unknown" and sub != "partshoering":
                frm, to = f"{c.cw} <{c.cwmail}>", f"{c.mentor} <{c.mmail}>"
            else:
                frm, to = f"{c.cw} <{c.cwmail}>", citizen_addr
            subj = {"mail": "Statusmøde – flytning"}.get(sub, title)
            write_eml(blocks, path, c, r, subj, frm, to, quoted=to == citizen_addr and r.random() < .5)
        e = {"path": rel, "format": ext, "kind": kind, "subtype": sub, "layout": layout,
             "rules": meta["rules"], "extras": meta["extras"], "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if has_cpr else [],
             "traits": sorted(set(meta["traits"] + (["cpr"] if has_cpr else []) + [f"writer:{fmtname}"]))}
        if meta.get("period"):
            e["period"] = meta["period"]
        entries.append(e)
    # LibreOffice PDFs, one call per batch, own profile.
    if lo_jobs:
        outdir = tmp / "pdf"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cj_profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dst in lo_jobs:
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmp)
    # Only documents that really contain their CPR keep it in must_not_contain.
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
