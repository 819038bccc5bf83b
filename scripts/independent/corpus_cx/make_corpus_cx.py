"""Independent corpus cx: mentor agreements written by the people who run the support.

Private mentor companies, a social-economic enterprise, a school's SPS/mentor unit, a job
centre's own mentor team and a psychiatry-experienced mentor each write their own form.
Written from /work/shared/domain.md, the seeds and knowledge of Danish practice only.

Usage: make_corpus_cx.py --out DIR   (deterministic, seed 9167)
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SEED = 9167
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Anna", "Mette", "Jonas", "Ahmed", "Sofie", "Kasper", "Fatima", "Lars", "Nadia", "Mikkel",
         "Louise", "Emil", "Sarah", "Rasmus", "Amalie", "Yusuf", "Camilla", "Frederik", "Ida", "Omar",
         "Line", "Tobias", "Maja", "Nikolaj", "Julie", "Hassan", "Signe", "Mathias", "Zainab", "Peter"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Holm",
        "Østergaard", "Kaya", "Ali", "Dahl", "Bech", "Lund", "Møller", "Frandsen", "Skov"]
MENTORS = ["Lene Holm", "Bo Frandsen", "Karen Dahl", "Sara Vinther", "Thomas Bach", "Hanne Krogh",
           "Michael Ravn", "Pia Lindgaard", "Ulrik Steen", "Birgitte Aagaard", "Jesper Mølgaard",
           "Rikke Brix", "Ole Kjær", "Nanna Winther", "Kim Hedegaard", "Tina Vestergaard"]
KOMMUNER = ["Holbæk", "Roskilde", "Næstved", "Slagelse", "Viborg", "Horsens", "Silkeborg", "Herning",
            "Kolding", "Svendborg", "Faxe", "Guldborgsund", "Hjørring", "Randers"]

PROVIDERS = [
    # (kind, name, address, short domain)
    ("firma", "Mentorhuset ApS", "Algade 12, 4300 Holbæk", "mentorhuset.dk"),
    ("firma", "Vejviser Mentor & Coaching ApS", "Jernbanegade 4, 1. sal, 8600 Silkeborg", "vejviser-mentor.dk"),
    ("firma", "Trinvis ApS – mentor og støtte", "Østergade 33, 4700 Næstved", "trinvis.dk"),
    ("firma", "Brobyg Mentorservice I/S", "Vestergade 9, 6000 Kolding", "brobyg-mentor.dk"),
    ("socialoek", "Café Bryggen – socialøkonomisk virksomhed", "Havnevej 2, 5700 Svendborg", "cafebryggen.dk"),
    ("socialoek", "Genbrugsværkstedet Herning (socialøkonomisk virksomhed)", "Fabriksvej 18, 7400 Herning", "genbrugsvaerkstedet.dk"),
    ("skole", "Erhvervsskolen Sjælland – SPS- og mentorenheden", "Skolevej 1, 4200 Slagelse", "eucsj-mentor.dk"),
    ("skole", "VUC Midt, Mentor- og studievejledningen", "Kirkegade 10, 8800 Viborg", "vucmidt.dk"),
    ("jobcenter", "Mentorteamet, Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "roskilde.dk"),
    ("jobcenter", "Kommunens mentorkorps – Job og Uddannelse, Guldborgsund", "Parkvej 37, 4800 Nykøbing F", "guldborgsund.dk"),
    ("psyk", "Karen Dahl – mentor med baggrund i psykiatrien", "Søndergade 7, 8700 Horsens", "karendahl-mentor.dk"),
    ("psyk", "Sindets Vej v/ Ulrik Steen, psykiatrisk sygeplejerske", "Nørregade 21, 9800 Hjørring", "sindetsvej.dk"),
]

WORKPLACES = ["Netto i Bytoften", "Bilka Næstved", "Lidl lager i Holbæk", "Plantorama Roskilde",
              "Danish Crown i Horsens", "Kolding Storcenter (rengøring)", "Svendborg Havn, værkstedet",
              "plejecenter Solhøj", "Herning Vand", "Jysk i Silkeborg", "Café Bryggen", "XL-Byg Viborg"]
SCHOOLS = ["SOSU Sjælland", "EUC Sjælland", "VUC Midt", "FGU Nordsjælland", "Mercantec", "Tradium",
           "Rybners", "HF & VUC Fyn", "Hjørring Handelsskole", "Syddansk Erhvervsskole"]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots_short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def iso_week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def ch(self, seq):
        return self.r.choice(seq)

    def phone(self):
        d = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(7)]
        s = "".join(map(str, d))
        return self.ch([f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}", f"{s[0:4]} {s[4:8]}",
                        f"+45 {s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"])

    def cpr(self):
        d = dt.date(1960, 1, 1) + dt.timedelta(days=self.r.randint(0, 16000))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(0, 9999):04d}"


# --------------------------------------------------------------------------- content

def goal_text(g: Gen, fn: str, clear: bool, prov_kind: str) -> str:
    wp, sc = g.ch(WORKPLACES), g.ch(SCHOOLS)
    if not clear:
        return g.ch([
            f"Støtte til at {fn} får mere struktur på hverdagen.",
            f"Øget trivsel og selvværd, så {fn} kan komme videre.",
            f"At {fn} arbejder med sig selv og får det bedre.",
            f"Hjælp til at {fn} kommer tættere på arbejdsmarkedet.",
            f"Sikre at {fn} oplever mere ro og overskud i hverdagen.",
        ])
    if prov_kind == "skole":
        return g.ch([
            f"{fn} gennemfører grundforløb 2 (GF2) på {sc} med mindst 90 % fremmøde og har en praktikplads inden sommer.",
            f"At {fn} består FVU-dansk trin 3 og HF-enkeltfag matematik C på {sc} inden juni 2027.",
            f"{fn} møder til undervisningen på {sc} mindst fire dage om ugen og afleverer alle opgaver i 1. semester.",
        ])
    return g.ch([
        f"{fn} er i virksomhedspraktik 15 timer om ugen i {wp} senest {fmt_date(dt.date(2026, g.r.randint(7, 12), 1), 'words')}.",
        f"{fn} bevarer sit job som lagermedarbejder hos {wp} og har højst 2 sygedage om måneden.",
        f"{fn} er startet på SOSU-hjælperuddannelsen på {sc} til august og møder mindst 4 dage om ugen.",
        f"{fn} har fået et fleksjob som pedelmedhjælper, 12 timer om ugen, inden forløbet slutter.",
        f"At {fn} er i løntilskud i køkkenet på {wp} 25 timer om ugen fra efteråret.",
        f"{fn} går på FGU (produktionsgrunduddannelse, køkken) og har mindst 90 % fremmøde i hver måned.",
        f"{fn} gennemfører AMU-kurset truckcertifikat B og søger mindst 4 lagerjob om måneden.",
        f"{fn} møder stabilt i praktik i {wp} tre dage om ugen og kan selv tage bussen dertil.",
    ])


TASKS = [
    "følge {fn} til praktikstedet de første to uger", "hjælpe med at planlægge ugen og møde til tiden",
    "tage med til samtaler med virksomheden", "øve transport med bus og tog", "hjælpe med at åbne og læse e-Boks",
    "være bindeled til skolen og SU-kontoret", "støtte op om lektier og afleveringer",
    "tale om søvn, medicin og energi i forhold til arbejdsdagen", "hjælpe med CV og ansøgninger",
    "følge op, hvis {fn} udebliver, samme dag", "øve svære samtaler med kolleger og leder",
    "hjælpe med kontakt til egen læge og behandler", "strukturere økonomien, så husleje og regninger betales",
]

FOLLOW = [
    "Vi holder statusmøde med {fn}, mentor og sagsbehandler hver 6. uge. Evaluering 14 dage før forløbet slutter.",
    "Mentor sender en kort skriftlig status til kommunen hver måned, og vi følger op på delmålene sammen.",
    "Opfølgning: midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    "Progressionen måles på fremmøde (registreres ugentligt) og gennemgås ved månedlige opfølgningsmøder.",
    "Vi evaluerer forløbet hver anden måned på et trepartsmøde med jobkonsulenten.",
]

APPEAL_OK = [
    "Mentorstøtten er bevilget af {k} Kommune efter lov om en aktiv beskæftigelsesindsats § 167. Er du ikke enig i afgørelsen, kan du klage til kommunen inden fire uger. Kommunen genvurderer sagen, og fastholder den afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Klagevejledning: Du kan klage over kommunens afgørelse om mentorstøtte. Klagen skal sendes til {k} Kommune senest 4 uger efter, at du har modtaget afgørelsen. Kommunen ser på sagen igen inden fire uger og sender den til Ankestyrelsen, hvis afgørelsen fastholdes.",
    "Hvis du vil klage: Klag til Jobcenter {k} inden 4 uger. Jobcentret vurderer afgørelsen igen, og hvis den ikke ændres, går klagen videre til Ankestyrelsen (LAB § 204).",
    "Sådan klager du: Er du uenig i bevillingen (timer, periode eller type mentor), skal du klage til {k} Kommune inden 4 uger fra du har fået besked. Kommunen genvurderer og sender klagen til Ankestyrelsen, hvis den fastholder afgørelsen.",
]
APPEAL_WRONG_ROUTE = "Klagevejledning: Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Er du utilfreds med forløbet, kan du altid tage det op med din sagsbehandler.",
    "Klage: kontakt jobcentret.",
]


def hours_text(g: Gen, ok: bool, months: int):
    if not ok:
        return g.ch(["efter behov", "et par timer om ugen", "løbende efter aftale", "aftales med mentor"])
    n = g.r.randint(2, 5)
    return g.ch([
        f"{n} timer om ugen", f"ca. {n} timer om ugen, fordelt efter behov", f"i alt {n * 4 * months} timer i perioden",
        "1½ time ugentligt", "to timer pr. uge", "2-3 timer om ugen", f"op til {n} t/uge", f"{n * 4} timer om måneden",
        f"{n * 4 * months} mentortimer i alt, svarende til ca. {n} timer om ugen",
    ])


def period(g: Gen, over: bool, no_duration: bool, psyk_udskr: bool = False):
    """Return (text, start, end) where start/end are ISO strings or None."""
    year = 2026
    if no_duration:
        s = dt.date(year, g.r.randint(1, 9), g.ch([1, 2, 5, 15]))
        return g.ch([f"Opstart {fmt_date(s, 'words')}", f"Forløbet starter {fmt_date(s, 'den')}, slutdato aftales senere",
                     "indtil videre", f"fra {fmt_date(s, 'dots')}"]), None, None
    style = g.ch(["words", "words", "dots", "slashdash", "weeks", "startlen", "fom", "abbr", "iso", "weekday"])
    if style == "weeks":
        w1 = g.r.randint(2, 14)
        w2 = min(52, w1 + (g.r.randint(32, 44) if over else g.r.randint(12, 25)))
        s, e = iso_week_monday(year, w1), iso_week_monday(year, w2) + dt.timedelta(days=6)
        txt = g.ch([f"uge {w1} til uge {w2} {year}", f"uge {w1}-{w2}, {year}", f"Fra uge {w1} til og med uge {w2} ({year})"])
        return txt, s.isoformat(), e.isoformat()
    s = dt.date(year, g.r.randint(1, 6), g.ch([1, 1, 1, 2, 15]))
    if psyk_udskr:
        n = 8
    else:
        n = g.r.randint(8, 12) if over else g.r.randint(3, 6)
    e = add_months(s, n) - dt.timedelta(days=1)
    if style == "startlen":
        txt = g.ch([f"fra {fmt_date(s, 'words')} og {n} måneder frem", f"pr. {fmt_date(s, 'words')} i {n} mdr."])
    elif style == "fom":
        txt = f"f.o.m. {fmt_date(s, 'words')} t.o.m. {fmt_date(e, 'words')}"
    elif style == "dots":
        txt = f"{fmt_date(s, 'dots')} - {fmt_date(e, 'dots')}"
    elif style == "slashdash":
        txt = f"{fmt_date(s, 'slashdash')} til {fmt_date(e, 'slashdash')}"
    elif style == "iso":
        txt = f"{s.isoformat()} – {e.isoformat()}"
    elif style == "abbr":
        txt = f"{fmt_date(s, 'abbr')} – {fmt_date(e, 'abbr')}"
    elif style == "weekday":
        txt = f"fra {fmt_date(s, 'weekday')} til {fmt_date(e, 'weekday')}"
    else:
        txt = f"{fmt_date(s, 'words')} – {fmt_date(e, 'words')}"
    return txt, s.isoformat(), e.isoformat()


# --------------------------------------------------------------------------- document model
# A document is a dict: title, header, footer, meta [(label, value)], sections [(label, content)],
# closing [lines]. content: str | list[str] (bullets) | ("table", [[...], ...]) | ("sdt", str, placeholder?)

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def build_agreement(g: Gen, i: int, defects: set[str]):
    prov = g.ch(PROVIDERS)
    pk, pname, paddr, pdom = prov
    k = g.ch(KOMMUNER)
    fn, ln = g.ch(FIRST), g.ch(LAST)
    mentor = "Karen Dahl" if pname.startswith("Karen") else ("Ulrik Steen" if "Ulrik" in pname else g.ch(MENTORS))
    mfn = mentor.split()[0]
    mphone = g.phone()
    memail = f"{mfn.lower()}@{pdom}"
    udskr = pk == "psyk" and "over6" not in defects and g.r.random() < 0.5
    ptxt, ps, pe = period(g, "over6" in defects, "duration" in defects, psyk_udskr=udskr)
    months = 6
    if ps and pe:
        months = max(1, round((dt.date.fromisoformat(pe) - dt.date.fromisoformat(ps)).days / 30.4))
    layout = g.ch(["bullets", "table", "questionnaire", "ladder", "letter", "sdt", "footer"])
    if pk == "psyk" and g.r.random() < 0.4:
        layout = "letter"
    traits = [f"provider:{pk}"]
    if udskr:
        traits.append("udskrivningskoordinator")
    cpr = g.cpr() if g.r.random() < 0.3 else None
    if cpr:
        traits.append("cpr")
    sagsnr = f"{g.r.randint(10, 99)}.{g.r.randint(10, 99)}.{g.r.randint(10, 99)}-A{g.r.randint(0, 9)}{g.r.randint(0, 9)}-{g.r.randint(1, 999)}-26"

    goal = None if "goal" in defects else goal_text(g, fn, "unclear" not in defects, pk)
    tasks = None if "tasks" in defects else [t.format(fn=fn) for t in g.r.sample(TASKS, g.r.randint(3, 5))]
    follow = None if "follow" in defects else g.ch(FOLLOW).format(fn=fn)
    hours = hours_text(g, "hours" not in defects, months)
    if "appeal" in defects:
        appeal = g.ch(APPEAL_BAD + [None, None])
    elif "wrongroute" in defects:
        appeal = APPEAL_WRONG_ROUTE
    else:
        appeal = g.ch(APPEAL_OK).format(k=k)
    mentor_has_contact = "mentor" not in defects

    title = g.ch(["Aftale om mentorforløb", "Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale – mentorforløb",
                  "Mentorforløb – aftale", "AFTALE OM MENTORFORLØB"])
    if udskr:
        title = "Aftale om mentorstøtte – udskrivningskoordinator (LAB § 167, stk. 2)"
    header = f"{pname} · {paddr}"
    if mentor_has_contact and g.r.random() < 0.3:
        header += f" · tlf. {g.phone()}"
    doc = {"title": title, "header": header, "footer": "", "meta": [], "sections": [], "closing": [],
           "layout": layout}
    meta = [("Deltager", f"{fn} {ln}")]
    if cpr:
        meta.append((g.ch(["CPR-nr.", "Cpr", "CPR"]), cpr))
    meta.append((g.ch(["Sagsnr.", "Journalnr.", "Sag"]), sagsnr))
    meta.append(("Henvisende kommune", f"{k} Kommune, Jobcenter {k}"))
    meta.append(("Dato", fmt_date(dt.date(2026, g.r.randint(1, 8), g.r.randint(1, 28)), g.ch(["words", "dots", "den", "slash"]))))
    doc["meta"] = meta

    mentor_line = f"{mentor}, {pname.split(' – ')[0]}"
    if mentor_has_contact:
        contact = g.ch([f"tlf. {mphone}, {memail}", f"mobil {mphone}", f"mail: {memail} / tlf.: {mphone}", f"{memail}"])
        mentor_val = f"{mentor_line}, {contact}"
    else:
        mentor_val = g.ch([mentor_line, f"{mfn} fra {pname.split(' – ')[0]}", f"{mentor} (kontaktoplysninger følger)"])

    secs = []
    hours_sentence = hours[0].upper() + hours[1:]
    if layout == "questionnaire":
        if goal is not None:
            secs.append(("Hvad vil du gerne opnå?", goal))
        if tasks is not None:
            secs.append(("Hvad skal vi arbejde med?", tasks))
        secs.append(("Hvem er din mentor?", mentor_val))
        secs.append(("Hvor længe varer forløbet?", ptxt[0].upper() + ptxt[1:]))
        secs.append(("Hvor meget tid har vi sammen?", hours_sentence))
        if follow:
            secs.append(("Hvordan ved vi, at det går fremad?", follow))
        if appeal:
            secs.append(("Hvis du er uenig", appeal))
    elif layout == "ladder":
        if goal is not None:
            secs.append(("Hovedmål", goal))
        if follow:
            rows = [["Trin", "Delmål / milepæl", "Hvornår"],
                    ["1", f"{fn} møder til alle aftaler med mentor", "første 4 uger"],
                    ["2", "Fast ugeplan med mindst 3 aktive dage", "efter 2 måneder"],
                    ["3", "Første dag i praktik eller på skole", "efter 3 måneder"]]
            secs.append(("Målstige med milepæle", ("table", rows)))
            secs.append(("Opfølgning", follow))
        if tasks is not None:
            secs.append((f"{mfn} skal hjælpe dig med:", tasks))
        secs.append(("Mentor", mentor_val))
        secs.append(("Periode", ptxt))
        secs.append(("Timer", hours))
        if appeal:
            secs.append(("Klagevejledning", appeal))
    elif layout == "letter":
        body = [f"Kære {fn}", f"Tak for en god første samtale. Her er det, vi aftalte om dit mentorforløb."]
        if goal is not None:
            body.append(f"Vi har aftalt følgende mål for forløbet: {goal}")
        if tasks is not None:
            lt = [t.removeprefix("hjælpe med at ").removeprefix("hjælpe med ") for t in tasks]
            body.append("Jeg vil hjælpe dig med at " + ", ".join(lt[:-1]) + " og " + lt[-1] + ".")
        body.append(f"Periode: {ptxt}.")
        body.append(f"Tid sammen: {hours}.")
        if follow:
            body.append(follow)
        if udskr:
            body.append("Forløbet begynder, mens du er indlagt, og fortsætter efter udskrivelsen.")
        if appeal:
            body.append(appeal)
        secs.append((None, body))
        sig = ["Venlig hilsen", "", mentor, pname]
        if mentor_has_contact:
            sig += [f"Tlf. {mphone}", memail]
        doc["closing"] = sig
    else:
        if goal is not None:
            secs.append((g.ch(["Mål", "Målet med mentorstøtten", "Borgerens mål", "Formål med forløbet"]), goal))
        if tasks is not None:
            secs.append((g.ch(["Mentorens opgaver", "Indsatsområder", "Støtten består i", "Det hjælper mentor med"]), tasks))
        if layout == "footer":
            secs.append(("Mentor", mentor if not mentor_has_contact else mfn))
            if mentor_has_contact:
                doc["footer"] = f"Din mentor: {mentor} · {g.ch(['tlf.', 'mobil'])} {mphone} · {memail}"
        else:
            secs.append((g.ch(["Mentor", "Mentors kontaktdata", "Din mentor", "Mentorens navn og kontaktdata"]), mentor_val))
        secs.append((g.ch(["Periode", "Varighed", "Forløbets varighed", "Bevilget periode"]), ptxt))
        secs.append((g.ch(["Timetal", "Timer", "Antal timer", "Omfang"]), hours))
        if follow:
            secs.append((g.ch(["Opfølgning", "Opfølgning og evaluering", "Sådan følger vi op"]), follow))
        if appeal:
            if layout == "footer" and g.r.random() < 0.5:
                doc["footer"] = (doc["footer"] + "\n" if doc["footer"] else "") + appeal
            else:
                secs.append((g.ch(["Klagevejledning", "Klageadgang", "Hvis du vil klage"]), appeal))
        if layout == "sdt":
            # content controls; a defect field may be a placeholder-only control instead of being absent
            new = []
            for lab, val in secs:
                new.append((lab, ("sdt", val)))
            if "goal" in defects and g.r.random() < 0.6:
                new.insert(0, ("Mål for forløbet", ("sdt", PLACEHOLDER, True)))
                traits.append("placeholder-goal")
            secs = new
    doc["sections"] = secs
    if layout != "letter":
        doc["closing"] = [g.ch(["Underskrifter", "Underskrift"]), f"Deltager: ____________   Mentor: ____________   Dato: ________"]
    rules = set()
    for d in defects:
        rules.add({"goal": "missing-goal", "unclear": "unclear-goal", "mentor": "missing-mentor",
                   "tasks": "missing-tasks", "duration": "missing-duration", "follow": "missing-follow-up",
                   "hours": "missing-hours", "appeal": "missing-appeal-guidance",
                   "over6": "duration-over-6-months", "wrongroute": None}[d] or "")
    rules.discard("")
    if "duration" in defects:
        # no end date or length is stated, so no period can be over 6 months (label fix after first run)
        rules.discard("duration-over-6-months")
    extras = ["appeal-wrong-route"] if "wrongroute" in defects else []
    entry = {"kind": "agreement", "subtype": f"agreement-{pk}", "layout": layout, "rules": sorted(rules),
             "extras": extras, "must_not_contain": [cpr] if cpr else [],
             "traits": traits + [f"defect:{d}" for d in sorted(defects)]}
    if ps and pe:
        entry["period"] = {"start": ps, "end": pe}
    return doc, entry


def build_unknown(g: Gen, i: int, sub: str):
    pk, pname, paddr, pdom = g.ch(PROVIDERS)
    fn, ln = g.ch(FIRST), g.ch(LAST)
    mentor = g.ch(MENTORS)
    k = g.ch(KOMMUNER)
    doc = {"header": f"{pname} · {paddr}", "footer": "", "meta": [], "closing": [], "layout": "headings"}
    traits = ["not-a-lab167-agreement"]
    cpr = None
    if sub == "internal-plan":
        doc["title"] = g.ch(["Intern arbejdsplan – mentorteamet", "Teamplan for mentorerne, uge 10-14 (internt)"])
        rows = [["Mentor", "Deltagere", "Timer/uge", "Bemærkning"]]
        for _ in range(5):
            rows.append([g.ch(MENTORS), f"{g.ch(FIRST)} {g.ch(LAST)[0]}.", str(g.r.randint(2, 6)), g.ch(["ny henvisning", "afslutning uge 14", "afventer status", "—"])])
        doc["sections"] = [("Formål med planen", "Fordeling af deltagere og timer mellem mentorerne, så ingen har over 25 timer om ugen."),
                           ("Fordeling", ("table", rows)),
                           ("Praktisk", ["Teammøde hver mandag kl. 9", "Ferie registreres i kalenderen", "Kørsel afregnes månedligt"])]
    elif sub == "leaflet":
        doc["title"] = g.ch([f"Mentorforløb hos {pname.split(' – ')[0]}", "Sådan arbejder vi med mentorstøtte"])
        doc["sections"] = [("Hvem er vi?", f"Vi er et team af erfarne mentorer, der hjælper borgere videre mod job og uddannelse. Ring på {g.phone()} eller skriv til kontakt@{pdom}."),
                           ("Hvad indeholder en aftale hos os?", ["Et klart mål om job eller uddannelse", "Navn og kontaktdata på din mentor", "Hvilke opgaver mentoren hjælper med", "Varighed – højst 6 måneder ad gangen", "Timetal pr. uge", "Opfølgning og klagevejledning fra kommunen"]),
                           ("Priser", "Kontakt os for et tilbud. Timepris fra 495 kr. ekskl. moms; rabat ved rammeaftale.")]
    elif sub == "progress-report":
        doc["title"] = g.ch(["Statusrapport – mentorforløb", "Statusnotat til jobcentret", "Midtvejsstatus"])
        cpr = g.cpr() if g.r.random() < 0.4 else None
        doc["meta"] = [("Deltager", f"{fn} {ln}")] + ([("CPR", cpr)] if cpr else []) + [("Mentor", f"{mentor}, tlf. {g.phone()}"), ("Periode for status", "marts–maj 2026")]
        doc["sections"] = [("Forbrugte timer", f"{g.r.randint(20, 40)} timer af bevilgede {g.r.randint(40, 60)}"),
                           ("Status på mål", f"{fn} er startet i praktik og møder 3 af 4 dage. Delmål 1 og 2 er nået."),
                           ("Anbefaling", "Mentor anbefaler, at forløbet forlænges med 3 måneder med 2 timer om ugen.")]
    elif sub == "invoice":
        doc["title"] = f"Faktura nr. 2026-{g.r.randint(100, 999)}"
        doc["meta"] = [("Til", f"{k} Kommune, Jobcenter, EAN 579800{g.r.randint(1000000, 9999999)}"), ("Fakturadato", fmt_date(dt.date(2026, g.r.randint(2, 10), g.r.randint(1, 28)), "dots")), ("CVR", str(g.r.randint(10000000, 99999999)))]
        n = g.r.randint(10, 30)
        doc["sections"] = [("Specifikation", ("table", [["Ydelse", "Antal timer", "Pris", "Beløb"], [f"Mentorstøtte {fn} {ln[0]}., marts 2026", str(n), "495,00", f"{n * 495:,}".replace(",", ".") + ",00"], ["Moms 25 %", "", "", f"{int(n * 495 * 0.25):,}".replace(",", ".") + ",00"]])),
                           ("Betaling", "Netto 30 dage. Reg.nr. 1234 konto 0012345678.")]
    elif sub == "club":
        club = g.ch(["Vejle Boldklub – talentafdelingen", "Holbæk Håndboldklub", "Svendborg Roklub"])
        doc["header"] = club
        doc["title"] = "Mentoraftale"
        doc["sections"] = [("Parter", f"Spiller {fn} {ln} (U17) og klubmentor {mentor}, tlf. {g.phone()}"),
                           ("Mål", f"{fn} gennemfører sæsonen med stabil træningsdeltagelse og passer skolen ved siden af."),
                           ("Mentors opgaver", ["samtaler efter træning hver 14. dag", "kontakt til forældre og skole", "hjælp med kostplan"]),
                           ("Periode", "sæson 2026/27 (august–juni)"),
                           ("Omfang", "ca. 1 time hver anden uge, frivilligt og ulønnet"),
                           ("Ophør", "Aftalen kan opsiges af begge parter. Aftalen er ikke en kommunal ydelse.")]
    elif sub == "sps":
        doc["title"] = "Aftale om SPS-støtte (studiestøttetimer)"
        doc["sections"] = [("Elev", f"{fn} {ln}, 1. år"),
                           ("Støtteform", "Studiestøttetimer efter lov om specialpædagogisk støtte (SPS), bevilget af skolen."),
                           ("Støttelærer", f"{mentor}, {mentor.split()[0].lower()}@skole.dk"),
                           ("Omfang", "2 timer om ugen i skoleåret"),
                           ("Indhold", ["planlægning af lektier", "struktur på afleveringer"])]
    elif sub == "referat":
        doc["title"] = "Referat af teammøde i mentorenheden"
        doc["sections"] = [("Deltagere", ", ".join(g.r.sample(MENTORS, 4))),
                           ("Punkter", ["Nye henvisninger fra jobcentret: 3", "Kvalitetsstandard: aftaler skal have mål, timer og periode på højst 6 måneder", "Supervision flyttes til torsdag"]),
                           ("Næste møde", fmt_date(dt.date(2026, 5, 12), "weekday"))]
    if cpr:
        traits.append("cpr")
    entry = {"kind": "unknown", "subtype": sub, "layout": "mixed", "rules": [], "extras": [],
             "must_not_contain": [cpr] if cpr else [], "traits": traits}
    return doc, entry


# --------------------------------------------------------------------------- DOCX rendering

def add_sdt(paragraph, text, placeholder=False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Tekstfelt")
    pr.append(alias)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        st = OxmlElement("w:rStyle")
        st.set(qn("w:val"), "PlaceholderText")
        rpr.append(st)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def render_docx(doc: dict, path: Path, g: Gen):
    d = Document()
    d.core_properties.author = "Mentor"
    d.core_properties.created = dt.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = g.ch(["Calibri", "Arial", "Verdana"])
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["header"]
    if doc["footer"]:
        for j, line in enumerate(doc["footer"].split("\n")):
            p = sec.footer.paragraphs[0] if j == 0 else sec.footer.add_paragraph()
            p.text = line
            for run in p.runs:
                run.font.size = Pt(8)
    d.add_heading(doc["title"], level=1)
    layout = doc["layout"]
    if doc["meta"]:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in doc["meta"]:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
        d.add_paragraph()
    if layout in ("table", "sdt"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in doc["sections"]:
            c = t.add_row().cells
            c[0].text = lab
            c[0].paragraphs[0].runs[0].bold = True
            if isinstance(val, tuple) and val[0] == "sdt":
                inner = val[1]
                ph = len(val) > 2 and val[2]
                if isinstance(inner, list):
                    c[1].paragraphs[0].text = ""
                    for j, item in enumerate(inner):
                        p = c[1].paragraphs[0] if j == 0 else c[1].add_paragraph()
                        add_sdt(p, "• " + item)
                elif isinstance(inner, tuple):
                    _cell_table(c[1], inner[1])
                else:
                    add_sdt(c[1].paragraphs[0], inner, ph)
            elif isinstance(val, list):
                for j, item in enumerate(val):
                    p = c[1].paragraphs[0] if j == 0 else c[1].add_paragraph()
                    p.text = "- " + item
            elif isinstance(val, tuple):
                _cell_table(c[1], val[1])
            else:
                c[1].text = val
    else:
        for lab, val in doc["sections"]:
            if lab:
                if layout == "questionnaire" or g.r.random() < 0.5:
                    d.add_heading(lab, level=2)
                else:
                    p = d.add_paragraph()
                    p.add_run(lab).bold = True
            if isinstance(val, list):
                for item in val:
                    if lab is None:
                        d.add_paragraph(item)
                    else:
                        d.add_paragraph(item[0].upper() + item[1:], style="List Bullet")
            elif isinstance(val, tuple):
                rows = val[1]
                t = d.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for row in rows:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        c.text = v
            else:
                d.add_paragraph(val)
    if doc["closing"]:
        d.add_paragraph()
        for line in doc["closing"]:
            d.add_paragraph(line)
    d.save(path)


def _cell_table(cell, rows):
    for row in rows:
        cell.add_paragraph(" | ".join(row))


# --------------------------------------------------------------------------- conversion

def soffice_convert(files: list[Path], fmt: str, outdir: Path):
    if not files:
        return
    profile = "file:///tmp/lo_cx_profile"
    for k in range(0, len(files), 15):
        chunk = files[k:k + 15]
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir)] + [str(f) for f in chunk], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scan_pdf(pdf: Path, out: Path, g: Gen):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    work = Path(tempfile.mkdtemp(prefix="cx_scan_"))
    pdf_doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for n in range(min(len(pdf_doc), 3)):
        img = pdf_doc[n].render(scale=300 / 72).to_pil().convert("L")
        img = img.rotate(g.r.uniform(-1.2, 1.2), expand=True, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(g.ch([0.6, 0.9, 1.1])))
        # photocopier speckle
        px = img.load()
        w, h = img.size
        for _ in range(3000):
            px[g.r.randrange(w), g.r.randrange(h)] = g.r.randint(0, 120)
        p = work / f"p{n}.png"
        img.save(p, dpi=(300, 300))
        pages.append(p)
    lst = work / "list.txt"
    lst.write_text("\n".join(str(p) for p in pages) + "\n")
    subprocess.run(["tesseract", str(lst), str(work / "out"), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    shutil.move(str(work / "out.pdf"), out)
    shutil.rmtree(work)


# --------------------------------------------------------------------------- main

DEFECT_MENU = ["goal", "unclear", "unclear", "mentor", "tasks", "duration", "follow", "hours", "hours",
               "appeal", "appeal", "over6", "over6"]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(SEED)
    work = Path(tempfile.mkdtemp(prefix="cx_build_"))
    unknown_subs = (["internal-plan"] * 3 + ["leaflet"] * 3 + ["progress-report"] * 3 + ["invoice"] * 3
                    + ["club"] * 2 + ["sps"] + ["referat"])
    plan = [("u", s) for s in unknown_subs] + [("a", None)] * 85
    g.r.shuffle(plan)
    formats = (["docx"] * 40 + ["pdf"] * 30 + ["odt"] * 18 + ["scan"] * 12)
    g.r.shuffle(formats)
    entries, to_pdf, to_odt, scans = [], [], [], []
    n_def = 0
    for i, ((t, sub), fmt) in enumerate(zip(plan, formats)):
        if t == "a":
            defects: set[str] = set()
            roll = g.r.random()
            if roll < 0.30:
                defects.add(g.ch(DEFECT_MENU))
                if g.r.random() < 0.2:
                    defects.add(g.ch(DEFECT_MENU))
                if "goal" in defects:
                    defects.discard("unclear")
                n_def += 1
            elif roll < 0.33:
                defects.add("wrongroute")
            doc, entry = build_agreement(g, i, defects)
            stem = f"{i:03d}-{g.ch(['aftale', 'mentoraftale', 'aftale-mentorforloeb', 'forloebsaftale'])}"
        else:
            doc, entry = build_unknown(g, i, sub)
            stem = f"{i:03d}-{sub}"
        folder = out / entry["subtype"].split("-")[-1] if False else out / f"leverandoer-{i // 20 + 1}"
        folder.mkdir(exist_ok=True)
        src = work / f"{stem}.docx"
        render_docx(doc, src, g)
        rel_ext = {"docx": "docx", "pdf": "pdf", "odt": "odt", "scan": "pdf"}[fmt]
        entry.update({"path": f"{folder.name}/{stem}.{rel_ext}", "format": rel_ext, "error": None,
                      "accept_errors": []})
        if fmt == "scan":
            entry["traits"] = entry["traits"] + ["scanned-ocr-tesseract-dan"]
            entry["layout"] = "scan"
        elif fmt in ("pdf", "odt"):
            entry["traits"] = entry["traits"] + [f"soffice-{fmt}"]
        if doc.get("footer"):
            entry["traits"].append("footer-content")
        if fmt == "docx":
            shutil.copy(src, folder / f"{stem}.docx")
        elif fmt == "odt":
            to_odt.append((src, folder))
        else:
            to_pdf.append((src, folder, fmt == "scan"))
        entries.append(entry)
    pdfdir, odtdir = work / "pdf", work / "odt"
    pdfdir.mkdir()
    odtdir.mkdir()
    soffice_convert([s for s, _, _ in to_pdf], "pdf", pdfdir)
    soffice_convert([s for s, _ in to_odt], "odt", odtdir)
    for src, folder, is_scan in to_pdf:
        pdf = pdfdir / f"{src.stem}.pdf"
        if is_scan:
            scan_pdf(pdf, folder / f"{src.stem}.pdf", g)
        else:
            shutil.copy(pdf, folder / pdf.name)
    for src, folder in to_odt:
        shutil.copy(odtdir / f"{src.stem}.odt", folder / f"{src.stem}.odt")
    shutil.rmtree(work)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents, {n_def} agreements with defects -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
