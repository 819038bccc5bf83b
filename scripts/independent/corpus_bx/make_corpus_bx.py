#!/usr/bin/env python3
"""Independent corpus BX: a quality team's sample of mentor-support case folders in a large
city job centre with four teams (youth unit, integration team, sickness-benefit team, team for
citizens far from the labour market).

Written from /work/shared/domain.md, the seeds and the rule docs only (see NOTES.md).
Deterministic: fixed seed. Usage: make_corpus_bx.py --out /work/corpora/bx
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

SEED = 20261129
CITY = "Aarhus"  # a large city; only used as sender name
SENDER = "Aarhus Kommune, Jobcenter Aarhus"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Yasmin", "Mikkel", "Sara", "Ahmad", "Line", "Jonas", "Fatima", "Kasper", "Nadia", "Oliver",
         "Amira", "Rasmus", "Mette", "Omar", "Camilla", "Emil", "Hiba", "Tobias", "Louise", "Ali",
         "Signe", "Mohammed", "Julie", "Frederik", "Zainab", "Niels", "Birgitte", "Hassan", "Ida",
         "Bo", "Dorthe", "Khaled", "Malene", "Anders", "Asma", "Lene"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Knudsen", "Mortensen", "Møller", "Hussein", "Ali", "Abdi", "Yilmaz", "Haddad", "Østergaard",
        "Bach", "Lund", "Holm", "Dalgaard", "Frandsen"]
PROVIDERS = [("Mentorhuset Østjylland", "mentorhuset.dk"), ("Kompas Mentor ApS", "kompasmentor.dk"),
             ("Broen til Job", "broentiljob.dk"), ("Aarhus Kommune, Mentorkorpset", "aarhus.dk"),
             ("Vejen Videre I/S", "vejenvidere.dk")]

TEAMS = {
    "ung": "Ungeenheden",
    "integration": "Integrationsteamet",
    "syg": "Sygedagpengeteamet",
    "langt": "Team Ressource og Rehabilitering",
}

FOLDERS = {"ung": "ungeenheden", "integration": "integrationsteamet", "syg": "sygedagpengeteamet",
           "langt": "ressource-og-rehabilitering"}

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden fire uger efter, at du har "
    "modtaget dette brev. Du kan klage mundtligt eller skriftligt. Kommunen vurderer sagen igen inden "
    "fire uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen "
    "(Beskæftigelsesudvalget), jf. § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i "
    "retssikkerhedsloven.",
    "Er du uenig, skal du klage til Jobcenter Aarhus senest 4 uger efter, at du har fået afgørelsen. "
    "Vi ser på sagen igen. Giver vi dig ikke medhold, sender vi klagen og sagens papirer til "
    "Ankestyrelsen.",
    "Du kan klage over afgørelsen til Aarhus Kommune inden 4 uger fra modtagelsen. Ring eller skriv til "
    "din sagsbehandler. Kommunen genvurderer afgørelsen, og fastholdes den, videresendes klagen til "
    "Ankestyrelsen, som træffer afgørelse i sagen.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, kan du kontakte din sagsbehandler.",
    "Klage kan sendes til Ankestyrelsen.",
]


# ---------------------------------------------------------------------------------------------
# small helpers

def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def six_month_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(0, 10000):04d}"


def phone(rng: random.Random) -> str:
    n = f"{rng.choice('2345678')}{rng.randrange(0, 10**7):07d}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-")):
        t = t.replace(a, b)
    return "".join(c for c in t if c.isalnum() or c == "-")


# ---------------------------------------------------------------------------------------------
# content: a document is a title plus a list of blocks
#   ("h", text) heading, ("p", text) paragraph, ("ul", [items]), ("table", [[c1, c2], ...]),
#   ("small", text) footer-ish line

class Person:
    def __init__(self, rng: random.Random):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"


def make_case(rng: random.Random, team: str, idx: int) -> dict:
    citizen = Person(rng)
    mentor = Person(rng)
    while mentor.first == citizen.first:
        mentor = Person(rng)
    worker = Person(rng)
    prov, dom = rng.choice(PROVIDERS)
    start = dt.date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 10, 4]))
    return {
        "team": team, "sagsnr": f"27.15.{rng.randrange(10, 99)}-G01-{rng.randrange(100, 9999)}-26",
        "citizen": citizen, "mentor": mentor, "worker": worker,
        "provider": prov, "mentor_phone": phone(rng),
        "mentor_mail": f"{slug(mentor.first)}.{slug(mentor.last)[:4]}@{dom}",
        "worker_phone": f"89 40 {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        "worker_mail": f"{slug(worker.first)[:3]}{slug(worker.last)[:3]}@aarhus.dk",
        "cpr": cpr(rng), "start": start, "idx": idx,
    }


GOALS = {
    "ung": [
        "Du starter på FGU i Aarhus (produktionsgrunddannelse, værkstedet Auto og Metal) den {d} og møder "
        "mindst fire dage om ugen.",
        "Du har søgt og er optaget på en EUD-uddannelse som tømrer på Aarhus Tech, og du gennemfører "
        "grundforløbet uden mere end to fraværsdage om måneden.",
        "Du gennemfører 9. klasses prøve i dansk og matematik på VUC Aarhus inden sommerferien og søger "
        "ind på HF.",
    ],
    "integration": [
        "Du er i virksomhedspraktik 20 timer om ugen i Netto, Viby, og efter praktikken skal du have job "
        "med løntilskud.",
        "Du går på sprogskolen (Danskuddannelse 2, modul 3) og i praktik som køkkenhjælper hos "
        "Cafe Smagløs 15 timer om ugen. Målet er ordinært job i køkken.",
        "Du starter på AMU-kurset 'Rengøring i praksis' og får derefter job med 18 timer om ugen hos ISS.",
    ],
    "syg": [
        "Borgeren vender gradvist tilbage til sit job som lagermedarbejder hos Arla Foods med 20 timer "
        "om ugen inden periodens udløb, stigende til fuld tid.",
        "Borgeren genoptager arbejdet som SOSU-assistent i Aarhus Kommune, først 3 dage om ugen med "
        "4 timer pr. dag.",
        "Borgeren afklares til og starter i virksomhedspraktik som kontorassistent 12 timer om ugen.",
    ],
    "langt": [
        "at {n} kommer i praktik i genbrugsbutikken i Frederiksbjerg to dage om ugen og på sigt i et "
        "fleksjob med lettere lagerarbejde",
        "at {n} møder stabilt i virksomhedspraktik hos Aarhus Kommunes grønne afdeling tre dage om ugen "
        "og derefter søger løntilskud",
        "at {n} deltager i et STU-lignende forløb hos Lokalcenter Gellerup og herefter starter på AMU "
        "med sigte på job som pedelmedhjælper",
    ],
}
UNCLEAR_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "Sikre at borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på økonomi og bolig.",
]
TASKS = {
    "ung": ["tage med dig til den første dag på skolen", "ringe eller skrive til dig om morgenen, hvis "
            "du ikke er mødt", "hjælpe dig med at lave en madpakke- og sovrytme, så du kan komme op",
            "tage med til møde med din studievejleder"],
    "integration": ["følge dig til praktikstedet de første to uger", "hjælpe dig med at læse breve fra "
                    "kommunen og e-Boks", "øve samtale om arbejdet på dansk",
                    "hjælpe med transport: rejsekort og busplan"],
    "syg": ["deltage i dialogmøde med arbejdsgiver om gradvis tilbagevenden",
            "ugentlig samtale om smerte- og energistyring i forhold til arbejdstiden",
            "koordinere med egen læge og arbejdspladsens tillidsrepræsentant"],
    "langt": ["hente borgeren de første gange og følge til praktikstedet", "støtte borgeren i kontakten "
              "med misbrugscenter og egen læge", "holde ugentlige samtaler om fremmøde og hverdagsstruktur",
              "hjælpe med at åbne og håndtere post"],
}
FOLLOWUPS = [
    "Vi holder statusmøde hver måned med dig, mentor og sagsbehandler. 14 dage før perioden slutter, "
    "evaluerer vi sammen, om målet er nået.",
    "Opfølgning hver 4. uge. Delmål: fremmøde 3 dage om ugen efter den første måned, 4 dage efter to "
    "måneder. Evaluering senest 14 dage før ophør.",
    "Mentor sender en kort status til sagsbehandler hver 14. dag, og der holdes midtvejsevaluering "
    "efter 3 måneder.",
]


def period_parts(case: dict, rng: random.Random, defect: str | None) -> tuple[dt.date, dt.date, dict]:
    start = case["start"]
    if defect == "over6":
        end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    else:
        end = six_month_end(start, rng.choice([3, 4, 6, 6, 6]))
    return start, end, {"start": start.isoformat(), "end": end.isoformat()}


def pick_hours(rng: random.Random, team: str) -> str:
    return rng.choice({
        "ung": ["2 timer om ugen", "3 timer pr. uge", "1½ time om ugen"],
        "integration": ["3 timer pr. uge", "4 timer om ugen", "to timer om ugen"],
        "syg": ["2 timer pr. uge", "3 t/uge", "1-2 timer pr. uge"],
        "langt": ["5 timer om ugen", "4 timer ugentligt", "i alt 60 mentortimer, svarende til ca. 2½ time "
                  "om ugen"],
    }[team])


VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]


# --- agreements --------------------------------------------------------------------------------

def agreement(case: dict, rng: random.Random, defects: list[str]) -> tuple[str, list, dict, list[str]]:
    """Return (title, blocks, period, rules)."""
    team = case["team"]
    c, m = case["citizen"], case["mentor"]
    rules: list[str] = []
    start, end, period = period_parts(case, rng, "over6" if "over6" in defects else None)
    if "over6" in defects:
        rules.append("duration-over-6-months")
    ds = rng.choice(["words", "dots", "abbr", "slashdash"])
    per = f"{fmt_date(start, ds)} – {fmt_date(end, ds)}"
    goal = rng.choice(GOALS[team]).format(d=fmt_date(start, "words"), n=c.first)
    if "unclear" in defects:
        goal = rng.choice(UNCLEAR_GOALS)
        if team == "langt":
            goal = "at " + c.first + " får " + rng.choice(["mere struktur på hverdagen og øget trivsel",
                                                           "bedre selvværd og kommer videre"])
        rules.append("unclear-goal")
    mentor_txt = f"{m.name}, {case['provider']}, tlf. {case['mentor_phone']}, {case['mentor_mail']}"
    if "mentor-nocontact" in defects:
        mentor_txt = f"{m.name}, {case['provider']}"
        rules.append("missing-mentor")
    tasks = rng.sample(TASKS[team], k=min(3, len(TASKS[team])))
    hours = pick_hours(rng, team)
    if "vague-hours" in defects:
        hours = rng.choice(VAGUE_HOURS)
        rules.append("missing-hours")
    follow = rng.choice(FOLLOWUPS)
    if team == "syg":
        follow = rng.choice([
            "Opfølgningssamtale hver 4. uge med borger, mentor og sagsbehandler (sygedagpengelovens "
            "opfølgningsregler). Progression måles på antal arbejdstimer pr. uge. Evaluering senest 14 "
            "dage før ophør.",
            "Statusmøde efter 6 og 12 uger. Mentor udarbejder skriftlig status forud for hvert møde. "
            "Delmål: 15 timer pr. uge på arbejdspladsen efter 6 uger."])
    appeal = rng.choice(APPEAL_FULL)
    if "weak-appeal" in defects:
        appeal = rng.choice(APPEAL_WEAK)
        rules.append("missing-appeal-guidance")
    drop = {d.split(":")[1] for d in defects if d.startswith("drop:")}
    for f in drop:
        rules.append({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                      "period": "missing-duration", "follow": "missing-follow-up",
                      "hours": "missing-hours", "appeal": "missing-appeal-guidance"}[f])
    placeholder = {d.split(":")[1] for d in defects if d.startswith("ph:")}
    for f in placeholder:
        rules.append({"goal": "missing-goal", "tasks": "missing-tasks", "hours": "missing-hours",
                      "follow": "missing-follow-up", "period": "missing-duration"}[f])
    PH = rng.choice(["Klik eller tryk her for at skrive tekst.", "Udfyldes senere", "-", "xx"])

    def val(name, v):
        if name in placeholder:
            return PH
        return v

    blocks: list = []
    if team == "ung":
        title = rng.choice(["Din aftale om mentor", "Aftale om mentorstøtte – Ungeenheden"])
        blocks += [("p", f"Hej {c.first}"),
                   ("p", "Her er det, vi aftalte, da vi mødtes. Læs det igennem, og ring, hvis noget er "
                         "forkert.")]
        if "goal" not in drop:
            blocks += [("h", "Hvad er dit mål?"), ("p", val("goal", goal))]
        if "mentor" not in drop:
            blocks += [("h", "Hvem er din mentor?"), ("p", f"Din mentor er {mentor_txt}." if
                                                            "mentor-nocontact" not in defects else
                                                            f"Din mentor hedder {m.name} og kommer fra "
                                                            f"{case['provider']}.")]
        if "tasks" not in drop:
            blocks += [("h", f"Hvad skal {m.first} hjælpe dig med?")]
            blocks += [("ul", tasks)] if "tasks" not in placeholder else [("p", PH)]
        if "period" not in drop:
            blocks += [("h", "Hvor længe?"), ("p", val("period", f"Aftalen gælder fra {per}."))]
        if "hours" not in drop:
            blocks += [("h", "Hvor meget tid har I sammen?"), ("p", val("hours", f"I ses {hours}." if "vague-hours" in defects else f"I har {hours}."))]
        if "follow" not in drop:
            blocks += [("h", "Hvordan følger vi op?"), ("p", val("follow", follow))]
        if "appeal" not in drop:
            blocks += [("h", "Hvad hvis du er uenig?"), ("p", appeal)]
        blocks += [("p", f"Mange hilsner\n{case['worker'].name}, ungerådgiver\nTlf. {case['worker_phone']}")]
    elif team == "integration":
        title = "Aftale om mentor"
        blocks += [("p", f"Navn: {c.name}"), ("p", f"Sagsnummer: {case['sagsnr']}")]
        rows = []
        if "goal" not in drop:
            rows.append(("Dit mål", val("goal", goal)))
        if "mentor" not in drop:
            rows.append(("Din mentor", mentor_txt))
        if "tasks" not in drop:
            rows.append(("Det hjælper mentor dig med", val("tasks", "; ".join(t[0].upper() + t[1:] for t in tasks))))
        if "period" not in drop:
            rows.append(("Periode", val("period", per)))
        if "hours" not in drop:
            rows.append(("Timer", val("hours", hours)))
        if "follow" not in drop:
            rows.append(("Opfølgning", val("follow", follow)))
        for h, v in rows:
            blocks += [("h", h), ("p", v)]
        if "appeal" not in drop:
            blocks += [("h", "Klagevejledning"), ("p", appeal)]
        eng = rng.random() < 0.5
        if eng:
            s = ["Summary in English"]
            if "goal" not in drop and "goal" not in placeholder and "unclear" not in defects:
                s.append("Your goal: work practice and then a job, as written above.")
            if "mentor" not in drop:
                s.append(f"Your mentor is {m.name}.")
            if "period" not in drop and "period" not in placeholder:
                s.append(f"The agreement runs from {start.isoformat()} to {end.isoformat()}.")
            s.append("If you disagree with the decision, you can complain. See 'Klagevejledning' above.")
            blocks += [("h", s[0]), ("p", " ".join(s[1:]))]
        else:
            s = "ملخص بالعربية"
            t = [f"مرشدك هو {m.name}." if "mentor" not in drop else "",
                 "إذا لم تكن موافقاً، يمكنك تقديم شكوى. انظر أعلاه."]
            blocks += [("h", s), ("p", " ".join(x for x in t if x))]
        blocks += [("p", f"Venlig hilsen\n{case['worker'].name}, Integrationsteamet\n{case['worker_mail']}")]
    elif team == "syg":
        title = "Aftale om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats"
        rows = [["Borger", c.name], ["Sagsnr.", case["sagsnr"]]]
        if case.get("with_cpr"):
            rows.insert(1, ["CPR-nr.", case["cpr"]])
        if "goal" not in drop:
            rows.append(["Formål med mentorstøtten (BAB § 52, nr. 1)", val("goal", goal)])
        if "mentor" not in drop:
            rows.append(["Mentor, navn og kontaktdata", mentor_txt])
        if "tasks" not in drop:
            rows.append(["Mentorens opgaver", val("tasks", "\n".join("• " + t for t in tasks))])
        if "period" not in drop:
            rows.append(["Varighed", val("period", per)])
        if "hours" not in drop:
            rows.append(["Timetal", val("hours", hours)])
        if "follow" not in drop:
            rows.append(["Opfølgning og progression", val("follow", follow)])
        rows.append(["Lovgrundlag", "LAB § 167, stk. 1, jf. bekendtgørelse om en aktiv "
                                    "beskæftigelsesindsats §§ 120-125; sygedagpengeloven § 7"])
        blocks += [("table", rows)]
        if "appeal" not in drop:
            blocks += [("h", "Klagevejledning"), ("p", appeal)]
        blocks += [("p", f"Aarhus, den {fmt_date(start - dt.timedelta(days=rng.randrange(3, 12)), 'words')}"),
                   ("p", f"{case['worker'].name}\nSocialrådgiver, Sygedagpengeteamet\nTlf. {case['worker_phone']}")]
    else:  # langt: long narrative
        title = rng.choice(["Aftale om mentorforløb", "Mentoraftale"])
        ft = f"{c.first}"
        blocks += [("p", f"Aftale mellem {c.name}, {m.name} ({case['provider']}) og Jobcenter Aarhus, "
                         f"Team Ressource og Rehabilitering. Sagsnr. {case['sagsnr']}.")]
        blocks += [("h", "Baggrund"),
                   ("p", f"{ft} har i en længere periode været på kontanthjælp og har haft flere "
                         "afbrudte forløb. Der er udfordringer med søvn, angst i sociale sammenhænge og "
                         "en tidligere periode med misbrug. Ved samtalen den "
                         f"{fmt_date(start - dt.timedelta(days=14), 'words')} fortalte {ft}, at det "
                         "vigtigste er at få en fast struktur og komme ud blandt andre mennesker. Vi talte "
                         "om, hvad der er gået godt tidligere: et praktikforløb i 2023 gik godt de første "
                         "uger, men stoppede, da der ikke var nogen at tale med om de praktiske ting."),
                   ("p", "Mentorstøtte bevilges efter § 167 i lov om en aktiv beskæftigelsesindsats.")]
        body = []
        if "goal" not in drop:
            g = val("goal", goal)
            body.append(f"Vi har aftalt, at målet for forløbet er {g.rstrip('.')}." if
                        "goal" not in placeholder and "unclear" not in defects else
                        (f"Målet med mentorstøtten: {g}" if "goal" in placeholder else
                         f"Vi har aftalt, at målet er {g}."))
        if "mentor" not in drop:
            body.append(f"Mentor er {mentor_txt}." if "mentor-nocontact" not in defects else
                        f"Mentor bliver {m.name} fra {case['provider']}.")
        if "tasks" not in drop:
            if "tasks" in placeholder:
                body.append(f"Mentors opgaver: {PH}")
            else:
                body.append(f"{m.first} skal " + ", ".join(tasks[:-1]) + " og " + tasks[-1] + ".")
        if "period" not in drop:
            body.append(f"Forløbet løber i perioden {per}." if "period" not in placeholder else
                        f"Periode: {PH}")
        if "hours" not in drop:
            body.append((f"Omfanget af mentorstøtten er {hours}." if "vague-hours" in defects else
                             f"Der er afsat {hours} til mentorstøtten.") if "hours" not in placeholder
                        else f"Timetal: {PH}")
        blocks += [("h", "Det har vi aftalt"), ("p", " ".join(body[:2])), ("p", " ".join(body[2:]))]
        if "follow" not in drop:
            blocks += [("h", "Sådan følger vi op"),
                       ("p", PH if "follow" in placeholder else
                        follow + " Hvis " + ft + " får det dårligere, tager mentor kontakt til "
                        "rådgiver, så vi kan tilpasse planen.")]
        blocks += [("p", f"{ft} har været med til at lave aftalen og er indforstået med, at oplysninger kan "
                         "deles mellem mentor og jobcentret i det omfang, det er nødvendigt for forløbet.")]
        if "appeal" not in drop:
            blocks += [("h", "Klagevejledning"), ("p", appeal)]
        blocks += [("p", f"{case['worker'].name}, rådgiver, tlf. {case['worker_phone']}")]
    return title, blocks, period, sorted(set(rules))


# --- Min Plan ----------------------------------------------------------------------------------

def minplan(case: dict, rng: random.Random, defects: list[str]) -> tuple[str, list, dict, list[str]]:
    c, m = case["citizen"], case["mentor"]
    rules = []
    start, end, period = period_parts(case, rng, "over6" if "over6" in defects else None)
    if "over6" in defects:
        rules.append("duration-over-6-months")
    goal = rng.choice(GOALS[case["team"]]).format(d=fmt_date(start, "words"), n=c.first)
    if case["team"] == "langt":
        goal = goal[3].upper() + goal[4:]
    if "unclear" in defects:
        goal = rng.choice(UNCLEAR_GOALS)
        rules.append("unclear-goal")
    rows = [["Indsats", "Mentorstøtte (LAB § 167)"]]
    if "drop:goal" not in defects:
        rows.append(["Formål", goal])
    if "drop:mentor" in defects:
        rules.append("missing-mentor")
    else:
        rows.append(["Mentor", f"{m.name}, {case['provider']}\nTlf.: {case['mentor_phone']}"])
    rows.append(["Mentorens opgaver", "; ".join(rng.sample(TASKS[case["team"]], 2))])
    rows.append(["Start", fmt_date(start, "dots")])
    rows.append(["Slut", fmt_date(end, "dots")])
    if "drop:hours" in defects:
        rules.append("missing-hours")
    else:
        rows.append(["Timer pr. uge", rng.choice(["2", "3", "4", "2,5"])])
    if "drop:goal" in defects:
        rules.append("missing-goal")
    title = "Min Plan – Mentorstøtte"
    blocks = [("p", f"Min Plan for {c.name}"), ("p", f"Udskrevet {fmt_date(start, 'dots')} fra jobnet.dk"),
              ("h", "Aktuelle indsatser"), ("table", rows),
              ("p", "Du kan se og kommentere din plan på jobnet.dk.")]
    return title, blocks, period, sorted(set(rules))


# --- decisions ----------------------------------------------------------------------------------

DEC_TYPES = ["bevilling", "delvis-bevilling", "afslag", "forlaengelse", "ophoer"]


def decision(case: dict, rng: random.Random, dtype: str, defects: list[str]) -> tuple[str, list, dict | None, list[str], list[str]]:
    c, m = case["citizen"], case["mentor"]
    rules, extras = [], []
    start, end, period = period_parts(case, rng, "over6" if "over6" in defects else None)
    if "over6" in defects:
        rules.append("duration-over-6-months")
    ds = rng.choice(["words", "dots"])
    per = f"{fmt_date(start, ds)} til {fmt_date(end, ds)}"
    hours = pick_hours(rng, case["team"])
    head = [("p", f"{c.name}\n{rng.choice(['Viborgvej', 'Grøndalsvej', 'Silkeborgvej', 'Tranekærvej'])} "
                  f"{rng.randrange(2, 180)}, {rng.choice(['8210 Aarhus V', '8220 Brabrand', '8000 Aarhus C'])}"),
            ("p", f"Dato: {fmt_date(start - dt.timedelta(days=7), 'words')}\nSagsnr.: {case['sagsnr']}")]
    if case.get("with_cpr"):
        head.append(("p", f"CPR-nr.: {case['cpr']}"))
    reasons = True
    if dtype == "bevilling":
        title = "Afgørelse: Du får mentorstøtte"
        body = [("p", f"Du har søgt om mentorstøtte. Du får mentorstøtte i perioden {per} med {hours}. "
                      f"Din mentor bliver {m.name} fra {case['provider']}, tlf. {case['mentor_phone']}."),
                ("h", "Begrundelse"),
                ("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit "
                      "praktikforløb. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv "
                      "beskæftigelsesindsats.")]
    elif dtype == "delvis-bevilling":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        body = [("p", f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Du får mentorstøtte "
                      f"i perioden {per} med {hours}.")]
        if "no-reasons" in defects:
            extras.append("missing-reasons")
            reasons = False
        else:
            body += [("h", "Begrundelse"),
                     ("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan der gives "
                           "mentorstøtte i højst 6 måneder ad gangen. Vi vurderer, at dit behov kan dækkes "
                           "med færre timer, fordi praktikstedet har en fast kontaktperson. Vi har lagt vægt "
                           "på oplysningerne fra dit møde med os og fra praktikstedet.")]
    elif dtype == "afslag":
        title = "Afgørelse – afslag på mentorstøtte"
        period = None
        rules = [r for r in rules if r != "duration-over-6-months"]
        body = [("p", "Du har den " + fmt_date(start - dt.timedelta(days=30), "words") +
                      " søgt om mentorstøtte. Vi har besluttet at give dig afslag.")]
        if "no-reasons" in defects:
            extras.append("missing-reasons")
        else:
            body += [("h", "Begrundelse"),
                     ("p", "Du har allerede støtte fra en studievejleder og SPS på din uddannelse. Efter "
                           "§ 167 i lov om en aktiv beskæftigelsesindsats og § 120 i bekendtgørelsen kan "
                           "mentorstøtte kun gives til opgaver, der ligger ud over den støtte, som "
                           "uddannelsesstedet normalt giver. Vi har lagt vægt på, at din studievejleder "
                           "har oplyst, at du mødes med dem hver uge.")]
    elif dtype == "forlaengelse":
        title = "Afgørelse om forlængelse af mentorstøtte"
        prev0 = add_months(start, -6)
        body = [("p", f"Din mentorstøtte med {m.name} forlænges. Den tidligere periode var "
                      f"{fmt_date(prev0, 'dots')} – {fmt_date(start - dt.timedelta(days=1), 'dots')}. "
                      f"Den nye periode er {per} med {hours}."),
                ("h", "Begrundelse"),
                ("p", "Vi har efter en konkret vurdering besluttet at give dig en ny periode, jf. § 167, "
                      "stk. 1, 2. pkt. Mentor oplyser, at du nu møder stabilt, men at du stadig har brug "
                      "for hjælp til overgangen fra praktik til løntilskud.")]
    else:  # ophoer
        title = "Afgørelse om ophør af mentorstøtte"
        period = None
        rules = [r for r in rules if r != "duration-over-6-months"]
        body = [("p", f"Din mentorstøtte stopper den {fmt_date(start, 'words')}.")]
        if "no-reasons" in defects:
            extras.append("missing-reasons")
        else:
            body += [("h", "Begrundelse"),
                     ("p", f"Du er startet i ordinært job 30 timer om ugen og har ikke længere brug for "
                           f"mentor. {m.name} har oplyst, at forløbet er afsluttet efter aftale med dig.")]
    appeal_blocks = []
    if "drop:appeal" in defects:
        rules.append("missing-appeal-guidance")
    elif "weak-appeal" in defects:
        rules.append("missing-appeal-guidance")
        appeal_blocks = [("h", "Klagevejledning"), ("p", rng.choice(APPEAL_WEAK[:2]))]
    else:
        appeal_blocks = [("h", rng.choice(["Klagevejledning", "Sådan klager du"])),
                         ("p", rng.choice(APPEAL_FULL))]
    tail = [("p", f"Med venlig hilsen\n{case['worker'].name}\n{TEAMS[case['team']]}, Jobcenter Aarhus\n"
                  f"Tlf. {case['worker_phone']}")]
    blocks = head + body + appeal_blocks + tail
    return title, blocks, period, sorted(set(rules)), extras


# --- other documents -----------------------------------------------------------------------------

def other(case: dict, rng: random.Random, sub: str) -> tuple[str, list]:
    c, m = case["citizen"], case["mentor"]
    d0 = case["start"]
    if sub == "statusrapport":
        return ("Statusrapport fra mentor", [
            ("p", f"Borger: {c.name}\nMentor: {m.name}, {case['provider']}, tlf. {case['mentor_phone']}\n"
                  f"Periode for status: {fmt_date(d0, 'dots')} – {fmt_date(add_months(d0, 2), 'dots')}"),
            ("h", "Hvordan er det gået?"),
            ("p", f"{c.first} har mødt op til 7 af 8 aftaler. Vi har brugt ca. 3 timer om ugen, mest på "
                  "transport og samtaler om praktikken. Målet om praktik fire dage om ugen er ikke nået "
                  "endnu; det er tre dage nu."),
            ("h", "Anbefaling"),
            ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt, og at vi følger op på næste statusmøde.")])
    if sub == "referat":
        return ("Referat af statusmøde", [
            ("p", f"Deltagere: {c.name}, {m.name} (mentor), {case['worker'].name} (rådgiver)\n"
                  f"Dato: {fmt_date(add_months(d0, 1), 'words')}"),
            ("h", "1. Siden sidst"), ("p", f"{c.first} fortæller, at det går bedre med at komme afsted."),
            ("h", "2. Aftaler"),
            ("ul", ["Mentor følger med til møde med praktikstedet i næste uge",
                    f"{c.first} ringer selv til lægen", "Næste møde om en måned"])])
    if sub == "faktura":
        return (f"Faktura nr. {rng.randrange(2026001, 2026999)}", [
            ("p", f"{case['provider']}\nCVR {rng.randrange(10**7, 10**8)}"),
            ("p", "Til: Aarhus Kommune, Jobcenter Aarhus, EAN 5798005770123"),
            ("table", [["Ydelse", "Antal", "Pris"],
                       [f"Mentorstøtte, {c.first} {c.last[0]}., {MONTHS[d0.month - 1]} 2026", "12 timer",
                        "5.400,00 kr."],
                       ["Kørsel", "84 km", "318,36 kr."], ["I alt ekskl. moms", "", "5.718,36 kr."]]),
            ("p", "Betalingsbetingelser: netto 30 dage.")])
    if sub == "indkaldelse":
        return ("Indkaldelse til samtale", [
            ("p", f"Kære {c.first}"),
            ("p", f"Du er indkaldt til samtale i jobcentret {fmt_date(add_months(d0, 1), 'words')} kl. 10.00 "
                  "på Værkmestergade 11, 8000 Aarhus C. Vi skal tale om, hvordan det går med din mentor og "
                  "din praktik."),
            ("p", "Hvis du ikke kan komme, skal du ringe til os inden samtalen."),
            ("p", f"Venlig hilsen\n{case['worker'].name}")])
    if sub == "partshoering":
        return ("Partshøring", [
            ("p", f"Kære {c.name}"),
            ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire "
                  "aftaler med din mentor. Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger."),
            ("p", f"Du kan sende dine bemærkninger til os senest den {fmt_date(add_months(d0, 2), 'words')}."),
            ("p", f"Venlig hilsen\n{case['worker'].name}")])
    if sub == "bestilling":
        return ("Bestilling af mentorforløb", [
            ("p", f"Til: {case['provider']}\nFra: Jobcenter Aarhus, {TEAMS[case['team']]}"),
            ("p", f"Vi bestiller hermed et mentorforløb til borger {c.first} {c.last[0]}. fra "
                  f"{fmt_date(d0, 'dots')}. Forventet omfang 3 timer om ugen. Nærmere aftale udarbejdes ved "
                  "opstartsmødet."),
            ("p", "Fakturering sker månedsvis bagud med angivelse af timer.")])
    if sub == "mail-moede":
        return ("Mødeaftale", [
            ("p", f"Hej {m.first}"),
            ("p", f"Kan vi flytte opstartsmødet med {c.first} til torsdag kl. 13? Jeg har fået et møde i "
                  "kalenderen om formiddagen."),
            ("p", f"Mvh\n{case['worker'].name}\nJobcenter Aarhus\nTlf. {case['worker_phone']}")])
    if sub == "journalnotat":
        return ("Journalnotat", [
            ("p", f"Dato: {fmt_date(add_months(d0, 1), 'dots')}. Telefonsamtale med {c.first}."),
            ("p", f"{c.first} ringede og fortalte, at mentor ikke var mødt op i tirsdags. Jeg har skrevet til "
                  "mentorvirksomheden og bedt om en forklaring. Ingen yderligere aftaler.")])
    raise ValueError(sub)


# ---------------------------------------------------------------------------------------------
# renderers

def blocks_text(title: str, blocks: list) -> str:
    out = [title, ""]
    for b in blocks:
        if b[0] == "h":
            out += ["", b[1]]
        elif b[0] in ("p", "small"):
            out += [b[1], ""]
        elif b[0] == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif b[0] == "table":
            out += [f"{r[0]}: {' | '.join(r[1:])}" for r in b[1]] + [""]
    return "\n".join(out).strip() + "\n"


def render_docx(path: Path, title: str, blocks: list, footer: str | None) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, level=1)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(str(path))


def render_reportlab(path: Path, title: str, blocks: list, case: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = "DV"
    ss["Heading1"].fontName = ss["Heading2"].fontName = "DVB"
    ss["Heading2"].fontSize = 11
    ss["BodyText"].fontSize = 9.5

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.drawString(18 * mm, 287 * mm, f"Sagssystem – dokumentudskrift   Sag {case['sagsnr']}")
        canvas.drawRightString(192 * mm, 10 * mm, f"Side {doc.page}")
        canvas.drawString(18 * mm, 10 * mm, f"Udskrevet af {case['worker'].first[0]}{case['worker'].last[:2].upper()}")
        canvas.restoreState()

    story = [Paragraph(html.escape(title), ss["Heading1"])]
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(html.escape(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(html.escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "ul":
            for x in b[1]:
                story.append(Paragraph("• " + html.escape(x), ss["BodyText"]))
        elif b[0] == "table":
            data = [[Paragraph(html.escape(v).replace("\n", "<br/>"), ss["BodyText"]) for v in r] for r in b[1]]
            w = 170 * mm
            cols = [55 * mm, w - 55 * mm] if len(b[1][0]) == 2 else None
            t = Table(data, colWidths=cols)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 3))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=20 * mm, bottomMargin=18 * mm, title=title).build(
        story, onFirstPage=deco, onLaterPages=deco)


def render_html(path: Path, title: str, blocks: list, case: dict, rng: random.Random) -> None:
    dl = rng.random() < 0.5
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
             f"<title>{html.escape(title)}</title>",
             "<script>window.dataLayer=window.dataLayer||[];function track(){dataLayer.push(arguments)}"
             "track('view','dokument');</script>",
             "<style>.lbl{font-weight:bold}.doc{font-family:Arial}</style></head><body>",
             "<div class='topbar'><div class='logo'>Aarhus Kommune</div><nav><a href='#'>Sager</a> "
             "<a href='#'>Dokumenter</a></nav></div>",
             f"<div class='doc'><div class='doc-header'><h1>{html.escape(title)}</h1></div><div class='doc-body'>"]
    for b in blocks:
        if b[0] == "h":
            parts.append(f"<div class='section'><h2>{html.escape(b[1])}</h2></div>")
        elif b[0] == "p":
            parts.append("<div class='field'><p>" + html.escape(b[1]).replace("\n", "<br>") + "</p></div>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            if dl and len(b[1][0]) == 2:
                parts.append("<dl>" + "".join(
                    f"<dt>{html.escape(r[0])}</dt><dd>{html.escape(r[1]).replace(chr(10), '<br>')}</dd>"
                    for r in b[1]) + "</dl>")
            else:
                parts.append("<table border='1'>" + "".join(
                    "<tr>" + "".join(f"<td>{html.escape(v).replace(chr(10), '<br>')}</td>" for v in r) + "</tr>"
                    for r in b[1]) + "</table>")
    parts.append(f"</div><div class='doc-footer'>Sag {html.escape(case['sagsnr'])} · eksporteret "
                 f"{case['start'].isoformat()}</div></div></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_eml(path: Path, title: str, blocks: list, case: dict, rng: random.Random, to_citizen: bool) -> None:
    msg = email.message.EmailMessage()
    w = case["worker"]
    msg["From"] = f"{w.name} <{case['worker_mail']}>"
    msg["To"] = (f"{case['citizen'].name} <{slug(case['citizen'].first)}{rng.randrange(10, 99)}@gmail.com>"
                 if to_citizen else f"{case['mentor'].name} <{case['mentor_mail']}>")
    msg["Subject"] = title
    msg["Date"] = email.utils.format_datetime(dt.datetime.combine(case["start"], dt.time(9, 12),
                                                                  tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{rng.randrange(10**9)}.bx@aarhus.dk>"
    body = blocks_text(title, blocks)
    if rng.random() < 0.4:
        body += ("\n\n-----Oprindelig meddelelse-----\nFra: " + msg["To"] + "\nSendt: " +
                 fmt_date(case["start"] - dt.timedelta(days=3), "dots") +
                 "\n\n> Hej, kan du sende aftalen igen? Jeg kan ikke finde den i e-Boks.\n> Mvh\n")
    body += (f"\n--\n{w.name}\nRådgiver, {TEAMS[case['team']]}\nJobcenter Aarhus\nDirekte tlf. "
             f"{case['worker_phone']}\nSend ikke CPR-nummer eller følsomme oplysninger i almindelig mail.\n")
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def render_scan(path: Path, title: str, blocks: list, rng: random.Random, tmp: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    text = blocks_text(title, blocks)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 30)
    W, H = 2480, 3508
    pages, lines = [], []
    import textwrap
    for ln in text.splitlines():
        lines += textwrap.wrap(ln, 78) or [""]
    per = 70
    for pi in range(0, len(lines), per):
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 200
        for ln in lines[pi:pi + per]:
            dr.text((200, y), ln, font=font, fill=rng.randrange(10, 50))
            y += 46
        img = img.rotate(rng.uniform(-0.9, 0.9), fillcolor=245).filter(ImageFilter.GaussianBlur(1.0))
        # a cheap office scanner at 150 dpi
        img = img.resize((W // 2, H // 2))
        pages.append(img)
    outs = []
    for i, img in enumerate(pages):
        p = tmp / f"{path.stem}-{i}.png"
        img.save(p, dpi=(150, 150))
        base = tmp / f"{path.stem}-{i}"
        subprocess.run(["tesseract", str(p), str(base), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        outs.append(str(base) + ".pdf")
    if len(outs) == 1:
        shutil.copy(outs[0], path)
    else:
        from pypdf import PdfWriter  # type: ignore
        wr = PdfWriter()
        for o in outs:
            wr.append(o)
        wr.write(str(path))


# ---------------------------------------------------------------------------------------------
# the sample plan

def plan(rng: random.Random) -> list[dict]:
    docs = []
    teams = ["ung", "integration", "syg", "langt"]
    agr_defects = [["drop:appeal"], ["vague-hours"], ["unclear"], ["over6"], ["mentor-nocontact"],
                   ["drop:follow"], ["ph:tasks"], ["ph:goal"], ["drop:hours"], ["weak-appeal"],
                   ["drop:period"], ["over6"], ["unclear", "drop:follow"], ["drop:tasks"],
                   ["ph:hours"], ["drop:mentor"], ["vague-hours"], ["weak-appeal"], ["ph:follow"]]
    agr_defects += [[]] * (45 - len(agr_defects))
    rng.shuffle(agr_defects)
    mp_defects = [["drop:hours"], ["over6"], ["unclear"], ["drop:mentor"], ["drop:goal"]] + [[]] * 10
    rng.shuffle(mp_defects)
    dec = []
    for i in range(20):
        dec.append(DEC_TYPES[i % 5])
    dec_defects = {0: ["drop:appeal"], 3: ["over6"], 7: ["weak-appeal"], 12: ["no-reasons"],
                   16: ["drop:appeal"], 9: ["no-reasons"], 18: ["over6"]}
    others = ["statusrapport", "referat", "faktura", "indkaldelse", "partshoering", "bestilling",
              "mail-moede", "journalnotat"] * 3
    others = others[:20]
    for i in range(45):
        docs.append({"kind": "agreement", "defects": agr_defects[i], "team": teams[i % 4]})
    for i in range(15):
        docs.append({"kind": "minplan", "defects": mp_defects[i], "team": teams[(i + 1) % 4]})
    for i in range(20):
        docs.append({"kind": "decision", "dtype": dec[i], "defects": dec_defects.get(i, []),
                     "team": teams[(i + 2) % 4]})
    for i in range(20):
        docs.append({"kind": "unknown", "sub": others[i], "team": teams[(i + 3) % 4]})
    rng.shuffle(docs)
    return docs


def choose_format(rng: random.Random, kind: str, team: str, sub: str | None) -> str:
    if sub in ("mail-moede",):
        return "eml"
    if kind == "minplan":
        return rng.choice(["html", "html", "pdf-rl", "pdf-rl", "scan"])
    weights = {
        "ung": ["docx", "docx", "pdf-lo", "eml", "eml", "html", "pdf-rl"],
        "integration": ["docx", "pdf-lo", "pdf-lo", "eml", "html", "pdf-rl", "scan"],
        "syg": ["docx", "docx", "pdf-rl", "pdf-rl", "pdf-lo", "html", "scan"],
        "langt": ["docx", "docx", "pdf-lo", "pdf-lo", "pdf-rl", "eml", "scan"],
    }[team]
    return rng.choice(weights)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    docs = plan(rng)
    entries = []
    lo_jobs: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="bx_"))
    scans = 0
    open_cases: dict[str, list] = {}
    for n, spec in enumerate(docs):
        # documents of one team fill a case folder of 1-4 documents (one citizen, one mentor)
        cur = open_cases.get(spec["team"])
        if not cur or cur[1] <= 0:
            cur = [make_case(rng, spec["team"], n), rng.choice([1, 2, 3, 3, 4])]
            open_cases[spec["team"]] = cur
        cur[1] -= 1
        case = dict(cur[0])
        case["with_cpr"] = rng.random() < 0.3
        sub = spec.get("sub")
        fmt = choose_format(rng, spec["kind"], spec["team"], sub)
        if fmt == "scan":
            scans += 1
            if scans > 7:
                fmt = "pdf-lo"
        period = None
        extras: list[str] = []
        if spec["kind"] == "agreement":
            title, blocks, period, rules = agreement(case, rng, spec["defects"])
            subtype = "agreement"
        elif spec["kind"] == "minplan":
            title, blocks, period, rules = minplan(case, rng, spec["defects"])
            subtype = "minplan"
        elif spec["kind"] == "decision":
            title, blocks, period, rules, extras = decision(case, rng, spec["dtype"], spec["defects"])
            subtype = "decision-" + spec["dtype"]
        else:
            title, blocks = other(case, rng, sub)
            rules, subtype = [], sub
        mnc = []
        if case["with_cpr"]:
            # citizen header with CPR where the team's template has one
            if not any(case["cpr"] in str(b) for b in blocks):
                blocks = [("p", f"{case['citizen'].name}, CPR-nr. {case['cpr']}")] + blocks
            mnc = [case["cpr"]]
        folder = f"{FOLDERS[spec['team']]}/sag-{case['sagsnr'].split('-')[2]}"
        stem = f"{n:03d}-{slug(subtype)}"
        ext = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "html": "html", "eml": "eml", "scan": "pdf"}[fmt]
        rel = f"{folder}/{stem}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        footer = None
        if spec["team"] == "syg" or rng.random() < 0.3:
            footer = f"Jobcenter Aarhus · {TEAMS[spec['team']]} · Værkmestergade 11 · 8000 Aarhus C · aarhus.dk"
        if fmt == "docx":
            render_docx(p, title, blocks, footer)
        elif fmt == "pdf-lo":
            src = tmp / f"{stem}.docx"
            render_docx(src, title, blocks, footer)
            lo_jobs.append((src, p))
        elif fmt == "pdf-rl":
            render_reportlab(p, title, blocks, case)
        elif fmt == "html":
            render_html(p, title, blocks, case, rng)
        elif fmt == "eml":
            render_eml(p, title, blocks, case, rng, to_citizen=spec["kind"] != "unknown" or sub == "indkaldelse")
        elif fmt == "scan":
            render_scan(p, title, blocks, rng, tmp)
        traits = [f"team:{spec['team']}", f"producer:{fmt}"] + [f"defect:{d}" for d in spec.get("defects", [])]
        if case["with_cpr"]:
            traits.append("cpr")
        if spec["kind"] == "unknown":
            traits.append("not-a-mentor-document-kind")
        e = {"path": rel, "kind": spec["kind"], "format": ext, "layout": {
            "ung": "question-headings", "integration": "headings-bilingual", "syg": "table",
            "langt": "narrative"}[spec["team"]] if spec["kind"] == "agreement" else
            {"minplan": "table", "decision": "letter", "unknown": "mixed"}[spec["kind"]],
            "subtype": subtype, "rules": sorted(rules), "extras": extras, "error": None,
            "accept_errors": [], "must_not_contain": mnc, "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)
    # LibreOffice conversion in one batch per output folder
    if lo_jobs:
        conv = tmp / "lo"
        conv.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bx_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(conv)] + [str(s) for s, _ in lo_jobs],
                       check=True, capture_output=True, timeout=900)
        for s, dst in lo_jobs:
            shutil.move(str(conv / (s.stem + ".pdf")), dst)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
