#!/usr/bin/env python3
"""Corpus GX: a very small municipality (Sønderhav Kommune) where two caseworkers do
everything by hand, without templates.

Plain-text and Markdown agreements typed quickly, short e-mails, Word files with their own
headings, merged fields ("Periode og timer: ..."), letters that mix agreement and decision,
Min Plan entries copied by hand, printed pages scanned back with an OCR text layer, and
look-alikes from the same folders (notes to self, meeting reminders, a provider's invoice,
a colleague's question).

Usage: /work/main/.venv/bin/python make_corpus_gx.py --out /work/corpora/gx [--seed 1717]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNE = "Sønderhav Kommune"
CASEWORKERS = [("Birgitte Skov", "BS", "bsk@sonderhav.dk", "7244 1031"),
               ("Ole Kjær", "OK", "okj@sonderhav.dk", "7244 1032")]

FIRST = ["Ali", "Sara", "Mads", "Jonas", "Mette", "Camilla", "Ahmed", "Laura", "Kasper", "Nadia",
         "Rasmus", "Signe", "Emil", "Fatima", "Tobias", "Line", "Jesper", "Amalie", "Omar", "Ida",
         "Frederik", "Julie", "Patrick", "Sofie", "Yusuf", "Trine", "Nikolaj", "Maja"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Larsen", "Andersen", "Christensen", "Sørensen",
        "Rasmussen", "Poulsen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Mortensen", "Iversen"]
MENTORS = [("Kim Lund", "Jobværkstedet Havnen", "2233 4455", "kim@jobvaerkstedet.dk"),
           ("Hanne Bro", "Mentorhuset ApS", "4051 2277", "hb@mentorhuset.dk"),
           ("Per Dahl", "Sønderhav Kommune, Ungeenheden", "7244 1090", "pda@sonderhav.dk"),
           ("Lone Vestergaard", "LV Coaching", "2987 6543", "lone@lvcoaching.dk"),
           ("Jakob Friis", "Byggeriets Mentorordning", "3012 4478", "jf@byggementor.dk"),
           ("Susanne Holm", "Sønderhav Kommune, Beskæftigelse", "7244 1077", "suh@sonderhav.dk"),
           ("Bo Winther", "Værkstedet Ø", "2145 9090", "bo@vaerkstedet-oe.dk")]

CLEAR_GOALS = [
    "{n} starter på grundforløb 1 som tømrer på EUC Syd d. 10. august 2026 og møder alle dage de første 4 uger",
    "{n} er i virksomhedspraktik i Netto, Havnegade 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud",
    "{n} gennemfører FGU-forløbet uden mere end 2 dages fravær pr. måned og søger ind på SOSU-hjælper til jan 2027",
    "{n} har ordinære timer på lageret hos Dagrofa, mindst 20 t/uge ved periodens slut",
    "{n} møder stabilt i praktik på plejecentret Solgården 4 dage om ugen fra 1. maj 2026",
    "{n} består 9. klasses prøve i dansk og matematik på VUC i juni 2026 og søger ind på EUD",
    "{n} er i fleksjob som køkkenmedhjælper i kantinen på rådhuset, 12 timer om ugen, inden periodens udløb",
    "{n} fastholder sit job i Brugsen (15 t/uge) og har under 1 sygedag om måneden",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel",
    "at {n} kommer videre og får det bedre med sig selv",
    "Sikre at {n} får styr på sin økonomi og bolig",
    "Øget selvværd og mod på livet",
    "Motivere {n} til at komme tættere på arbejdsmarkedet",
]
TASKS = [
    "følge {n} til praktikstedet de første 2 uger, ringe morgenvækning mandag-onsdag",
    "hjælpe med transport (bus) og mødestabilitet, samtale 1 gang om ugen om fremmøde",
    "støtte ift. kontakt til arbejdsgiver, hjælpe med at læse post fra e-boks og skolen",
    "gå med til møder på skolen, hjælpe med skema og lektier, øve busruten",
    "samtaler om søvn og rutiner, følge op med praktikvært hver fredag",
    "hjælpe {n} med at lave CV og ansøgninger og følge med til 2 jobsamtaler",
]
FOLLOWUPS = [
    "statusmøde hver 4. uge med mentor og sagsbehandler, evaluering 14 dage før ophør",
    "vi følger op 1 gang om måneden (telefon) og holder slutevaluering 2 uger før periodens slut",
    "opfølgning hver 3. uge; delmål: fremmøde 4 dage/uge efter 6 uger",
    "statusmøde midtvejs og 14 dage inden ophør, mentor sender kort status hver måned",
    "evaluering hver måned på jobcentret, progression måles på fremmøde i procent",
]
VAGUE_FOLLOWUPS = ["der følges op efter behov", "opfølgning sker løbende", "vi tager det som det kommer"]
HOURS = ["3 t/uge", "2 timer pr uge", "4 timer om ugen", "8 timer om måneden", "5 t. ugentligt",
         "1-2 timer pr. uge", "3 timer ugentlig"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]

APPEALS_FULL = [
    "Hvis du ikke er enig, kan du klage til kommunen inden 4 uger efter du har fået brevet. "
    "Vi ser på sagen igen (genvurdering) og hvis vi fastholder afgørelsen sender vi klagen videre til Ankestyrelsen.",
    "Klage: du kan klage mundtligt eller skriftligt til Sønderhav Kommune, Beskæftigelse, inden fire uger. "
    "Kommunen genvurderer inden 4 uger. Fastholder vi, går klagen til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
    "Du kan klage over afgørelsen. Klagen sendes til kommunen (os) senest 4 uger efter at du har modtaget afgørelsen. "
    "Vi genvurderer, og fastholder vi afgørelsen bliver den sendt videre til Ankestyrelsen som træffer afgørelse.",
    "Er du uenig skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, "
    "fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
]
APPEALS_WEAK = [
    "Du kan klage over den hvis du ikke er enig.",
    "Klagevejledning vedlagt.",
    "Er du uenig så ring til mig.",
    "Du kan klage til Ankestyrelsen.",
]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day}/{d.month}-{str(d.year)[2:]}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if style == 4:
        return f"{d.day}. {MON3[d.month-1]} {d.year}"
    return f"{d.day}/{d.month} {d.year}"


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.mentor = rng.choice(MENTORS)
        self.cw = rng.choice(CASEWORKERS)
        self.cpr = None
        self.scan = False
        self.letter_date = dt.date(2026, rng.randint(1, 10), rng.randint(1, 27))

    def make_cpr(self) -> str:
        r = self.rng
        d = dt.date(1975, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 30))
        serial = r.randint(1000, 9999)
        self.cpr = f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}{serial:04d}"
        return self.cpr

    def cpr_text(self) -> str:
        c = self.cpr
        return self.rng.choice([f"{c[:6]}-{c[6:]}", c, f"{c[:6]}-{c[6:]}"])

    def period(self, over: bool, months: int | None = None):
        r = self.rng
        start = dt.date(2026, r.randint(1, 9), r.choice([1, 1, 15, 10]))
        if over:
            n = months or r.choice([7, 8, 9, 12])
            end = add_months(start, n) - dt.timedelta(days=1)
        else:
            n = months or r.choice([3, 4, 6, 6, 6, 5])
            end = add_months(start, n) - dt.timedelta(days=1)
        # the letter is written a little before the period starts
        self.letter_date = start - dt.timedelta(days=r.randint(3, 30))
        return start, end

    def period_text(self, start, end) -> str:
        s = self.rng.randint(0, 5)
        if s == 0:
            return f"{fmt_date(start, 0)} - {fmt_date(end, 0)}"
        if s == 1:
            return f"{fmt_date(start, 1)} til {fmt_date(end, 1)}"
        if s == 2:
            return f"{fmt_date(start, 2)}-{fmt_date(end, 2)}"
        if s == 3:
            return f"fra {fmt_date(start, 3)} til {fmt_date(end, 3)}"
        if s == 4:
            return f"{fmt_date(start, 4)} – {fmt_date(end, 4)}"
        return f"f.o.m. {fmt_date(start, 5)} t.o.m. {fmt_date(end, 5)}"


def fill(s: str, c: Ctx) -> str:
    return s.replace("{n}", c.first)


# --------------------------------------------------------------------------------------------
# Families.  Each returns a dict with lines (a line starting with '# ' is a heading),
# kind, subtype, layout, rules, traits, period.


def fields(c: Ctx, defects: set[str], over: bool):
    """The agreement's fields as value strings, with the defects applied (None = omitted)."""
    r = c.rng
    f = {}
    if "missing-goal" in defects:
        f["goal"] = r.choice([None, "-", "aftales senere"])
    elif "unclear-goal" in defects:
        f["goal"] = fill(r.choice(UNCLEAR_GOALS), c)
    elif "missing-hours" in defects:
        # no hour figures in the goal, so the only 'hours' would be the mentor's
        f["goal"] = fill(r.choice([CLEAR_GOALS[i] for i in (0, 2, 4, 5)]), c)
    else:
        f["goal"] = fill(r.choice(CLEAR_GOALS), c)
    m = c.mentor
    if "missing-mentor" in defects:
        f["mentor"] = r.choice([f"{m[0]} fra {m[1]}", f"{m[0].split()[0]} ({m[1]})"])
    else:
        forms = [f"{m[0]}, {m[1]}, tlf {m[2]}", f"{m[0]} {m[2]} / {m[3]}", f"{m[0]} ({m[1]}) mail {m[3]}"]
        if c.scan:  # OCR reads '@' as 'æ': on a scanned page the mentor gets a phone number
            forms = forms[:2]
        f["mentor"] = r.choice(forms)
    tasks = [t for t in TASKS if "hver fredag" not in t] if "missing-follow-up" in defects else TASKS
    f["tasks"] = None if "missing-tasks" in defects else fill(r.choice(tasks), c)
    if "missing-duration" in defects:
        f["period"] = r.choice([None, "indtil videre", "aftales"])
        f["start"] = f["end"] = None
    else:
        s, e = c.period(over)
        f["start"], f["end"] = s, e
        f["period"] = c.period_text(s, e)
    f["follow"] = r.choice([None] + VAGUE_FOLLOWUPS) if "missing-follow-up" in defects else r.choice(FOLLOWUPS)
    f["hours"] = r.choice(VAGUE_HOURS) if "missing-hours" in defects else r.choice(HOURS)
    f["appeal"] = r.choice([None, None] + APPEALS_WEAK) if "missing-appeal-guidance" in defects else r.choice(APPEALS_FULL)
    return f


def per(f):
    if f["start"]:
        return {"start": f["start"].isoformat(), "end": f["end"].isoformat()}
    return None


def ag_plain(c: Ctx, defects, over, cpr):
    """Quick plain-text agreement with merged fields."""
    r = c.rng
    f = fields(c, defects, over)
    L = [r.choice(["Mentoraftale", "MENTORAFTALE", "Aftale om mentorstøtte", "mentor aftale"]),
         f"{c.name}" + (f"  cpr {c.cpr_text()}" if cpr else ""), ""]
    merged_ph = r.random() < 0.6
    if f["goal"] is not None and f["tasks"] is not None and r.random() < 0.4:
        L.append(f"Mål og opgaver: {f['goal']}. Mentor skal {f['tasks']}")
        L.append(f"Mentor: {f['mentor']}")
    else:
        if f["goal"] is not None:
            L.append(r.choice(["Mål: ", "Formål: ", "Mål m. mentor: "]) + f["goal"])
        elif r.random() < 0.5:
            L.append("Mål:")
        if f["tasks"] is not None:
            L.append(f"Mentor + opgaver: {f['mentor']} - skal {f['tasks']}")
        else:
            L.append(f"Mentor: {f['mentor']}")
    if merged_ph:
        p = f["period"] or ""
        L.append(f"Periode og timer: {p}{', ' if p else ''}{f['hours']}")
    else:
        if f["period"] is not None:
            L.append(f"Periode: {f['period']}")
        L.append(f"Timer: {f['hours']}")
    if f["follow"] is not None:
        L.append(r.choice(["Opfølgning: ", "Opf.: ", "Opfølgnign: "]) + f["follow"])
    L.append("")
    if f["appeal"] is not None:
        L.append(r.choice(["Klagevejl.: ", "Klage: ", "Klagevejledning: "]) + f["appeal"])
    L += ["", f"{c.cw[1]} {fmt_date(c.letter_date, 1)}", "underskrift borger: ____________"]
    return dict(lines=L, kind="agreement", subtype="agreement", layout="plain-merged",
                traits=["merged-fields" if merged_ph else "plain-labels", "handtyped"], period=per(f))


def ag_md(c: Ctx, defects, over, cpr):
    r = c.rng
    f = fields(c, defects, over)
    L = [f"# Mentoraftale – {c.first}", ""]
    if cpr:
        L.append(f"**Borger:** {c.name}, {c.cpr_text()}")
    else:
        L.append(f"**Borger:** {c.name}")
    L.append(f"**Sagsbeh.:** {c.cw[0]}")
    L.append("")
    blocks = []
    if f["goal"] is not None:
        blocks.append(("## Hvad skal vi nå", [f["goal"]]))
    blocks.append(("## Hvem er mentor", [f["mentor"]]))
    if f["tasks"] is not None:
        blocks.append(("## Hvad hjælper mentor med", ["- " + t.strip() for t in f["tasks"].split(",")]))
    tl = []
    if f["period"] is not None:
        tl.append(f"- periode: {f['period']}")
    tl.append(f"- timer: {f['hours']}")
    blocks.append(("## Hvor længe og hvor meget", tl))
    if f["follow"] is not None:
        blocks.append(("## Hvordan følger vi op", [f["follow"]]))
    r.shuffle(blocks)
    for h, body in blocks:
        L.append(h)
        L += body
        L.append("")
    if f["appeal"] is not None:
        L += ["## Klage", f["appeal"], ""]
    L.append(f"_{fmt_date(c.letter_date, 2)} – aftalt på møde, borger har fået kopi_")
    return dict(lines=L, kind="agreement", subtype="agreement", layout="md-own-headings",
                traits=["own-headings", "shuffled-order"], period=per(f), raw_md=True)


def ag_word(c: Ctx, defects, over, cpr):
    """Word file with the caseworker's own headings, in unusual order."""
    r = c.rng
    f = fields(c, defects, over)
    L = [f"# Aftale om mentor – {c.name}"]
    if cpr:
        L.append(f"Cpr.nr. {c.cpr_text()}")
    L.append(f"{KOMMUNE}, Beskæftigelse – {fmt_date(c.letter_date, 0)}")
    L.append("")
    if f["period"] is not None or True:
        L.append("# Tid")
        if f["period"] is not None:
            L.append(f"Aftalen gælder {f['period']}. Mentor har {f['hours']}.")
        else:
            L.append(f"Mentor har {f['hours']}.")
    L.append("# Din mentor")
    L.append(f["mentor"])
    if f["tasks"] is not None:
        L.append("# Det skal mentor hjælpe dig med")
        L.append(f["tasks"][0].upper() + f["tasks"][1:] + ".")
    if f["goal"] is not None:
        L.append("# Det arbejder vi hen imod")
        L.append(f["goal"] + ".")
    if f["follow"] is not None:
        L.append("# Sådan følger vi op")
        L.append(f["follow"][0].upper() + f["follow"][1:] + ".")
    if f["appeal"] is not None:
        L.append("# Hvis du vil klage")
        L.append(f["appeal"])
    L += ["", "Med venlig hilsen", c.cw[0], f"tlf {c.cw[3]}"]
    return dict(lines=L, kind="agreement", subtype="agreement", layout="word-own-headings",
                traits=["own-headings", "tasks-before-goal"], period=per(f))


def ag_mail(c: Ctx, defects, over, cpr):
    r = c.rng
    f = fields(c, defects, over)
    L = [f"Hej {c.first}", "", "Tak for mødet i dag. Her er vores mentoraftale skrevet ned som lovet:", ""]
    if f["goal"] is not None:
        g = f["goal"] if f["goal"].startswith(c.first) else f["goal"][0].lower() + f["goal"][1:]
        L.append(f"Målet er at {g}")
    L.append(f"Din mentor bliver {f['mentor']}")
    if f["tasks"] is not None:
        L.append(f"Mentoren skal {f['tasks']}")
    if f["period"] is not None:
        L.append(f"Det løber {f['period']} og det er {f['hours']}")
    else:
        L.append(f"Timer: {f['hours']}")
    if f["follow"] is not None:
        L.append(f"Opfølgning: {f['follow']}")
    L.append("")
    if f["appeal"] is not None:
        L.append(f["appeal"])
        L.append("")
    if cpr:
        L.append(f"(ref. {c.cpr_text()} – husk ikke at svare med det i emnefeltet)")
    L += ["Mvh", c.cw[0].split()[0], f"{KOMMUNE}"]
    return dict(lines=L, kind="agreement", subtype="agreement", layout="email-prose",
                traits=["email", "prose-fields"], period=per(f),
                subject=r.choice(["mentoraftale", "Aftale om mentor - som aftalt", "RE: mentor"]))


def ag_table(c: Ctx, defects, over, cpr):
    """Word file with a hand-made two-column table, fields merged and out of order."""
    r = c.rng
    f = fields(c, defects, over)
    rows = [("Navn", c.name + (f" ({c.cpr_text()})" if cpr else ""))]
    mt = f["mentor"] + (f"; opgaver: {f['tasks']}" if f["tasks"] is not None else "")
    rows.append(("Mentor + opgaver" if f["tasks"] is not None else "Mentor", mt))
    rows.append(("Periode og timer", f"{f['period'] + ', ' if f['period'] else ''}{f['hours']}"))
    if f["goal"] is not None:
        rows.append(("Mål", f["goal"]))
    if f["follow"] is not None:
        rows.append(("Opfølgning/progression", f["follow"]))
    L = ["# MENTORAFTALE", f"{KOMMUNE} {fmt_date(c.letter_date, 3)}", ""]
    post = []
    if f["appeal"] is not None:
        post = ["Klagevejledning", f["appeal"]]
    return dict(lines=L, table=rows, post=post, kind="agreement", subtype="agreement",
                layout="word-table-merged", traits=["table", "merged-fields"], period=per(f))


AG_FAMILIES = [ag_plain, ag_md, ag_word, ag_mail, ag_table]


# Decisions ------------------------------------------------------------------------------------

def dec_letter(c: Ctx, defects, over, cpr, sub):
    r = c.rng
    appeal = r.choice([None, None] + APPEALS_WEAK) if "missing-appeal-guidance" in defects else r.choice(APPEALS_FULL)
    m = c.mentor
    L = [f"{KOMMUNE}", "Beskæftigelse", "", c.name]
    if cpr:
        L.append(f"Cpr: {c.cpr_text()}")
    L += [f"{fmt_date(c.letter_date, 0)}", ""]
    period = None
    if sub == "grant":
        s, e = c.period(over)
        period = (s, e)
        L += ["# Afgørelse om mentorstøtte",
              f"Du får bevilget mentorstøtte efter LAB § 167 i perioden {c.period_text(s, e)}, {r.choice(HOURS)}.",
              f"Din mentor er {m[0]}, {m[1]} tlf {m[2]}.",
              "Begrundelse: du er i gang med praktik og har brug for hjælp til at møde stabilt. Vi har lagt vægt på "
              "dine oplysninger på mødet og på udtalelsen fra praktikstedet."]
    elif sub == "partial":
        s, e = c.period(over, 6 if not over else 9)
        period = (s, e)
        asked = r.choice([9, 12])
        L += ["# Delvis bevilling af mentor",
              f"Du søgte om mentorstøtte i {asked} måneder med 10 timer om ugen.",
              f"Vi bevilger mentorstøtte {c.period_text(s, e)} med 4 timer om ugen.",
              "Begrundelse: efter LAB § 167 stk 1 kan der gives mentorstøtte i højst 6 måneder ad gangen. "
              "Vi vurderer at 4 timer om ugen er nok til at du kan fastholde uddannelsen, da skolen også har en elevcoach."]
    elif sub == "refusal":
        L += ["# Afslag på mentorstøtte",
              "Du har søgt om en mentor til hjælp med bolig og økonomi.",
              "Vi giver afslag. Mentorstøtte efter LAB § 167 skal have et mål om job eller uddannelse, og det er der ikke "
              "i din plan lige nu. Vi har lagt vægt på at du er sygemeldt og i behandling. Du kan søge igen."]
    elif sub == "extension":
        s, e = c.period(over, 6 if not over else r.choice([9, 12]))
        period = (s, e)
        L += ["# Forlængelse af mentor",
              f"Din mentorstøtte hos {m[0]} forlænges i perioden {c.period_text(s, e)}.",
              f"Timetallet er uændret {r.choice(HOURS)}.",
              "Vi har lavet en konkret vurdering: du er kommet godt i gang men har stadig brug for støtte til fremmødet."]
    elif sub == "end":
        s = dt.date(2026, r.randint(3, 11), r.choice([1, 15]))
        L += ["# Ophør af mentorstøtte",
              f"Din mentorstøtte stopper pr. {fmt_date(s, 0)}.",
              "Begrundelse: du er startet i ordinært job og har ikke længere brug for mentor. Vi har lagt vægt på "
              "oplysningerne fra din arbejdsgiver."]
    L.append("")
    if appeal is not None:
        L += [r.choice(["# Klagevejledning", "# Hvis du vil klage", "# Klage"]), appeal]
    L += ["", "Venlig hilsen", c.cw[0], f"{c.cw[3]} / {c.cw[2]}"]
    pd = {"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None
    return dict(lines=L, kind="decision", subtype=sub, layout="letter-hand",
                traits=["decision", sub], period=pd)


def dec_mixed(c: Ctx, defects, over, cpr):
    """A letter that is both the decision and the agreement (all agreement fields present)."""
    r = c.rng
    f = fields(c, set(d for d in defects if d in ("missing-appeal-guidance",)), over)
    L = [f"Kære {c.first}", "",
         f"Vi har d. {fmt_date(c.letter_date, 1)} talt om mentor, og du får bevilget mentorstøtte (LAB § 167). "
         "Her er både afgørelsen og vores aftale.",
         ""]
    if cpr:
        L.insert(1, f"({c.cpr_text()})")
    L += [f"Periode og timer: {f['period']}, {f['hours']}",
          f"Mentor: {f['mentor']}",
          f"Hvad skal mentor: {f['tasks']}",
          f"Målet: {f['goal']}",
          f"Opfølgning: {f['follow']}",
          "",
          "Begrundelse: du har selv bedt om støtte og vi vurderer at du uden mentor risikerer at falde fra. "]
    if f["appeal"] is not None:
        L += ["", f["appeal"]]
    L += ["", "Hilsen", c.cw[0], KOMMUNE]
    return dict(lines=L, kind="decision", subtype="grant-with-agreement", layout="letter-mixed",
                traits=["mixed-decision-agreement", "merged-fields"], period=per(f))


# Min Plan -------------------------------------------------------------------------------------

def mp_copy(c: Ctx, defects, over, cpr):
    r = c.rng
    f = fields(c, defects, over)
    L = [r.choice(["Min Plan – kopieret ind", "Fra Min Plan (kopi)", "Min Plan: mentor"]),
         f"{c.name}" + (f" {c.cpr_text()}" if cpr else ""), ""]
    extra = r.random() < 0.35
    if extra:
        ps = dt.date(2026, 2, 1)
        L += ["Aktivitet: FGU, produktionsgrunduddannelse",
              f"Periode: {fmt_date(ps, 2)} - {fmt_date(add_months(ps, 24) - dt.timedelta(days=1), 2)}",
              "Sted: FGU Sønderhav", ""]
    L.append("Aktivitet: Mentorstøtte (LAB § 167)")
    order = []
    if f["goal"] is not None:
        order.append(f"Formål: {f['goal']}")
    order.append(f"Mentor: {f['mentor']}")
    if f["tasks"] is not None:
        order.append(f"Opgaver: {f['tasks']}")
    if f["period"] is not None:
        order.append(f"Periode: {f['period']}")
    order.append(f"Timer: {f['hours']}")
    if r.random() < 0.5:
        r.shuffle(order)
    L += order
    L += ["", f"indtastet af {c.cw[1]} {fmt_date(c.letter_date, 3)}"]
    tr = ["minplan-copy"] + (["other-activity-long"] if extra else [])
    return dict(lines=L, kind="minplan", subtype="minplan", layout="minplan-handcopy", traits=tr, period=per(f))


# Unknown look-alikes --------------------------------------------------------------------------

def un_note(c: Ctx, cpr):
    r = c.rng
    if r.random() < 0.5:
        L = ["huske", f"- ring til {c.mentor[0]} ang. {c.first} – mentor timer? 3 eller 4 t/uge",
             f"- {c.first}: mål skal skrives om, job eller udd.!!",
             "- klagevejl. mangler i skabelon?? spørg Ole",
             f"- statusmøde {fmt_date(c.letter_date, 1)} kl 10"]
    else:
        L = [f"NOTE {fmt_date(c.letter_date, 3)}",
             f"{c.first} ringede. vil gerne have ny mentor, kan ikke med {c.mentor[0].split()[0]}.",
             "tjek om Mentorhuset har plads. ny afg. hvis timer ændres",
             "TODO: Min Plan opdatere når det er på plads"]
    if cpr:
        L.insert(2, f"- cpr {c.cpr_text()} til ansøgning")
    return dict(lines=L, kind="unknown", subtype="note-to-self", layout="note", traits=["lookalike", "note"])


def un_meeting(c: Ctx, cpr):
    L = [f"Hej {c.first} og {c.mentor[0].split()[0]}", "",
         f"Husk statusmøde om mentorforløbet {fmt_date(c.letter_date, 0)} kl. 13.00 på rådhuset, lokale 2.",
         "Vi kigger på hvordan det går med fremmødet og om timerne passer.",
         "Giv besked hvis tiden ikke passer.", "", "Hilsen", c.cw[0]]
    return dict(lines=L, kind="unknown", subtype="meeting-reminder", layout="email-reminder",
                traits=["lookalike", "meeting"], subject="Påmindelse: statusmøde mentor")


def un_invoice(c: Ctx, cpr):
    m = c.mentor
    L = [f"# FAKTURA", f"{m[1]}", f"Faktura nr. 2026-{c.rng.randint(10, 99):03d}",
         f"Til: {KOMMUNE}, Beskæftigelse", f"Dato: {fmt_date(c.letter_date, 2)}", "",
         f"Mentortimer {MONTHS[c.letter_date.month-1]} 2026 – borger {c.name}" + (f" ({c.cpr_text()})" if cpr else ""),
         f"12 timer á 475 kr = 5.700 kr", "Kørsel 84 km á 3,79 = 318,36 kr", "Moms 0", "I alt 6.018,36 kr",
         "", "Betaling 30 dage. Reg 1234 konto 0012345678"]
    return dict(lines=L, kind="unknown", subtype="invoice", layout="invoice", traits=["lookalike", "invoice"])


def un_question(c: Ctx, cpr):
    if c.rng.random() < 0.5:
        L = ["Ole", "",
             f"hurtigt spm – kan vi forlænge mentor for {c.first} ud over de 6 mdr? {c.first} har haft mentor siden marts "
             "og Kim siger der skal bruges 3 mdr mere. skal det være ny afgørelse med klagevejledning eller kan vi bare "
             "skrive det i Min Plan?", "", "/Birgitte"]
    else:
        L = ["Hej Birgitte", "",
             f"Har du den gamle skabelon til klagevejledning liggende? Jeg skal skrive afslag til {c.first} i morgen "
             "og kan ikke finde den på fællesdrevet. Det er vel stadig 4 uger og så Ankestyrelsen?", "", "Ole"]
    return dict(lines=L, kind="unknown", subtype="colleague-question", layout="email-question",
                traits=["lookalike", "question"], subject="mentor forlængelse?")


def un_status(c: Ctx, cpr):
    m = c.mentor
    r = c.rng
    a, b = r.choice([(14, 16), (9, 17), (18, 20), (6, 12)])
    body = r.choice([
        f"{c.first} har mødt {a} ud af {b} dage i praktikken i {MONTHS[c.letter_date.month-1]}. Vi har brugt timerne på "
        "transport og samtaler om søvn. Jeg anbefaler at vi fortsætter som aftalt.",
        f"Kort status: det går op og ned. {c.first} var syg en uge, ellers fremmøde {a}/{b}. "
        "Har snakket m. praktikværten, de vil gerne forlænge praktikken. Vi ses til statusmødet.",
        f"{c.first} er startet på skolen og kommer hver dag. Jeg trapper ned til 1 time om ugen fra næste måned "
        "hvis I er enige."])
    L = [r.choice([f"Status fra mentor – {c.first}", f"Statusnotat {c.first}", "Mentorstatus"]), f"{m[0]}, {m[1]}", "",
         body, "", f"Hilsen {m[0].split()[0]}"]
    if cpr:
        L.insert(2, f"CPR {c.cpr_text()}")
    return dict(lines=L, kind="unknown", subtype="status-report", layout="mentor-status",
                traits=["lookalike", "status"])


def un_checklist(c: Ctx, cpr):
    L = ["# Tjekliste mentoraftale (til os selv)", "",
         "1. mål (job el. uddannelse – noget vi kan se!)", "2. mentor navn + tlf", "3. opgaver",
         "4. periode max 6 mdr + opfølgning", "5. timer pr uge", "6. klagevejledning: kommunen, 4 uger, Ankestyrelsen",
         "", "husk at kopiere ind i Min Plan"]
    return dict(lines=L, kind="unknown", subtype="checklist", layout="checklist", traits=["lookalike", "field-list"])


def un_receipt(c: Ctx, cpr):
    L = [f"Kære {c.first}", "",
         f"Vi har modtaget din ansøgning om mentorstøtte d. {fmt_date(c.letter_date, 0)}.",
         "Vi vender tilbage med en afgørelse inden for 3 uger.", "", "Venlig hilsen", c.cw[0], KOMMUNE]
    return dict(lines=L, kind="unknown", subtype="receipt", layout="receipt", traits=["lookalike", "receipt"],
                subject="Kvittering for ansøgning")


UN_FAMILIES = [un_note, un_meeting, un_invoice, un_question, un_status, un_checklist, un_receipt]


# --------------------------------------------------------------------------------------------
# Renderers

def plain_text(doc) -> str:
    out = []
    for ln in doc["lines"]:
        out.append(ln[2:] if ln.startswith("# ") else ln)
    for k, v in doc.get("table", []):
        out.append(f"{k}: {v}")
    out += doc.get("post", [])
    return "\n".join(out) + "\n"


def md_text(doc) -> str:
    if doc.get("raw_md"):
        return "\n".join(doc["lines"]) + "\n"
    out = []
    for ln in doc["lines"]:
        out.append("## " + ln[2:] if ln.startswith("# ") else ln)
    if doc.get("table"):
        out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in doc["table"]]
    if doc.get("post"):
        out += ["", "**" + doc["post"][0] + "**"] + doc["post"][1:]
    return "\n".join(out) + "\n"


def write_docx(doc, path: Path):
    import docx
    d = docx.Document()
    for ln in doc["lines"]:
        if ln.startswith("# "):
            p = d.add_paragraph()
            run = p.add_run(ln[2:])
            run.bold = True
            run.underline = True
        else:
            d.add_paragraph(ln)
    if doc.get("table"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in doc["table"]:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
    for i, ln in enumerate(doc.get("post", [])):
        p = d.add_paragraph()
        r = p.add_run(ln)
        r.bold = i == 0
    d.save(str(path))


def write_odt(doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    o = OpenDocumentText()
    for ln in plain_text(doc).splitlines():
        if ln in [l[2:] for l in doc["lines"] if l.startswith("# ")]:
            o.text.addElement(H(outlinelevel=2, text=ln))
        else:
            o.text.addElement(P(text=ln))
    o.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(doc, path: Path):
    body = []
    heads = {l[2:] for l in doc["lines"] if l.startswith("# ")}
    for ln in plain_text(doc).splitlines():
        if ln in heads:
            body.append("{\\b " + rtf_escape(ln) + "}\\par")
        else:
            body.append(rtf_escape(ln) + "\\par")
    path.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + "\n".join(body) + "\n}\n",
                    encoding="ascii")


def write_html(doc, path: Path):
    import html
    heads = {l[2:] for l in doc["lines"] if l.startswith("# ")}
    parts = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>",
             html.escape(doc["lines"][0].lstrip("# ")), "</title></head><body>"]
    src = doc["lines"]
    if doc.get("raw_md"):
        heads = {l[3:] for l in src if l.startswith("## ")} | {l[2:] for l in src if l.startswith("# ")}
        src = [l.lstrip("#").strip().replace("**", "").strip("_") for l in src]
    for ln in [l[2:] if l.startswith("# ") else l for l in src]:
        if ln in heads:
            parts.append(f"<h3>{html.escape(ln)}</h3>")
        elif ln:
            parts.append(f"<p>{html.escape(ln)}</p>")
    if doc.get("table"):
        parts.append("<table border=1>" + "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                                                   for k, v in doc["table"]) + "</table>")
    for ln in doc.get("post", []):
        parts.append(f"<p>{html.escape(ln)}</p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_eml(doc, path: Path, c: Ctx):
    m = EmailMessage()
    m["From"] = f"{c.cw[0]} <{c.cw[2]}>"
    m["To"] = f"{c.first.lower()}.{c.last.lower()}@gmail.com".replace("ø", "oe").replace("æ", "ae")
    heads = [l[2:] for l in doc["lines"] if l.startswith("# ")]
    m["Subject"] = doc.get("subject") or (heads[0] if heads else doc["lines"][0].lstrip("# "))
    m["Date"] = format_datetime(dt.datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 9, 41,
                                            tzinfo=dt.timezone.utc))
    m.set_content(plain_text(doc))
    path.write_bytes(bytes(m))


def write_pdf(doc, path: Path, font: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DJV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DJV", font))
    cv = canvas.Canvas(str(path), pagesize=A4)
    cv.setFont("DJV", 11)
    y = 800
    import textwrap
    heads = {l[2:] for l in doc["lines"] if l.startswith("# ")}
    for ln in plain_text(doc).splitlines():
        for piece in (textwrap.wrap(ln, 88) or [""]):
            if y < 60:
                cv.showPage()
                cv.setFont("DJV", 11)
                y = 800
            cv.setFont("DJV", 12 if ln in heads else 11)
            cv.drawString(60, y, piece)
            y -= 16
    cv.save()


def write_scan(doc, path: Path, font: str, tmp: Path):
    src = tmp / (path.stem + "_src.pdf")
    write_pdf(doc, src, font)
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(src), str(tmp / path.stem)], check=True)
    pages = sorted(tmp.glob(path.stem + "-*.png"))
    outs = []
    for i, pg in enumerate(pages):
        base = tmp / f"{path.stem}_ocr{i}"
        subprocess.run(["tesseract", str(pg), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outs.append(str(base) + ".pdf")
    from pypdf import PdfWriter
    w = PdfWriter()
    for o in outs:
        w.append(o)
    with open(path, "wb") as fh:
        w.write(fh)


# --------------------------------------------------------------------------------------------
# The plan: (family, defects, over, format)

def build_plan(rng: random.Random):
    plan = []
    ag_defects = [
        [], [], [], [], [], [], [], [], [], [], [], [],
        ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
        ["missing-tasks"], ["missing-tasks"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"],
        ["missing-hours"], ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
        ["duration-over-6-months"], ["duration-over-6-months"], ["missing-appeal-guidance", "unclear-goal"],
        ["missing-follow-up", "missing-hours"], ["duration-over-6-months", "missing-mentor"],
        ["missing-goal", "missing-tasks"],
    ]
    ag_formats = ["txt", "md", "docx", "eml", "docx", "txt", "odt", "rtf", "pdf", "html", "scan"]
    fam_format = {ag_plain: ["txt", "txt", "rtf", "scan", "odt"], ag_md: ["md", "md", "html"],
                  ag_word: ["docx", "docx", "odt", "pdf", "scan"], ag_mail: ["eml", "eml"],
                  ag_table: ["docx", "docx", "pdf", "odt"]}
    for i, d in enumerate(ag_defects):
        fam = AG_FAMILIES[i % len(AG_FAMILIES)]
        fmt = fam_format[fam][(i // len(AG_FAMILIES)) % len(fam_format[fam])]
        plan.append(("ag", fam, set(d), fmt))
    dec_specs = [
        ("grant", [], "pdf"), ("grant", [], "docx"), ("grant", [], "scan"), ("grant", ["missing-appeal-guidance"], "docx"),
        ("grant", ["duration-over-6-months"], "pdf"), ("partial", [], "docx"), ("partial", [], "pdf"),
        ("partial", ["missing-appeal-guidance"], "odt"), ("refusal", [], "docx"), ("refusal", ["missing-appeal-guidance"], "txt"),
        ("refusal", [], "scan"), ("extension", [], "eml"), ("extension", ["duration-over-6-months"], "docx"),
        ("extension", [], "rtf"), ("end", [], "pdf"), ("end", ["missing-appeal-guidance"], "eml"),
        ("mixed", [], "docx"), ("mixed", [], "txt"), ("mixed", ["missing-appeal-guidance"], "eml"),
        ("mixed", ["duration-over-6-months"], "docx"), ("mixed", [], "scan"), ("grant", [], "html"),
        ("extension", ["duration-over-6-months", "missing-appeal-guidance"], "pdf"),
    ]
    for sub, d, fmt in dec_specs:
        plan.append(("dec", sub, set(d), fmt))
    mp_specs = [([], "txt"), ([], "docx"), ([], "txt"), ([], "md"), ([], "pdf"), ([], "eml"), ([], "scan"),
                (["missing-mentor"], "txt"), (["missing-tasks"], "docx"), (["missing-duration"], "txt"),
                (["missing-hours"], "odt"), (["duration-over-6-months"], "txt"), (["duration-over-6-months"], "docx"),
                (["unclear-goal"], "txt"), (["missing-goal"], "rtf"), (["missing-hours", "missing-mentor"], "html"),
                (["unclear-goal", "missing-tasks"], "txt")]
    for d, fmt in mp_specs:
        plan.append(("mp", mp_copy, set(d), fmt))
    un_specs = [(un_note, "txt"), (un_note, "md"), (un_meeting, "eml"), (un_meeting, "eml"), (un_invoice, "pdf"),
                (un_invoice, "scan"), (un_question, "eml"), (un_question, "txt"), (un_status, "docx"),
                (un_status, "txt"), (un_checklist, "md"), (un_checklist, "docx"), (un_receipt, "eml"),
                (un_receipt, "pdf"), (un_status, "odt"), (un_invoice, "html")]
    for fam, fmt in un_specs:
        plan.append(("un", fam, set(), fmt))
    return plan


FOLDERS = {"ag": ["mentor/aftaler", "BS/sager", "OK/2026", "faelles/mentor"],
           "dec": ["mentor/afgorelser", "BS/breve", "OK/breve"],
           "mp": ["minplan-kopier", "BS/sager"],
           "un": ["BS/diverse", "OK/diverse", "faelles/mentor", "mentor/aftaler"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gx")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    tmp = Path(tempfile.mkdtemp(prefix="gx_scan_"))
    plan = build_plan(rng)
    entries = []
    n_cpr_target = set(rng.sample(range(len(plan)), round(len(plan) * 0.25)))
    for i, (grp, fam, defects, fmt) in enumerate(plan):
        c = Ctx(random.Random(a.seed * 1000 + i))
        c.scan = fmt == "scan"
        cpr = i in n_cpr_target
        if cpr:
            c.make_cpr()
        over = "duration-over-6-months" in defects
        if grp == "ag":
            doc = fam(c, defects, over, cpr)
        elif grp == "dec":
            doc = dec_mixed(c, defects, over, cpr) if fam == "mixed" else dec_letter(c, defects, over, cpr, fam)
        elif grp == "mp":
            doc = fam(c, defects, over, cpr)
        else:
            doc = fam(c, cpr)
            if cpr and c.cpr not in plain_text(doc).replace("-", ""):
                cpr = False
                c.cpr = None
        rules = sorted(defects)
        if doc["kind"] == "unknown":
            rules = []
        ext = "pdf" if fmt == "scan" else fmt
        folder = rng.choice(FOLDERS[grp])
        stem = f"{i:03d}_{doc['subtype']}_{c.first.lower()}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        rel = f"{folder}/{stem}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            p.write_text(plain_text(doc), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]))
        elif fmt == "md":
            p.write_text(md_text(doc), encoding="utf-8")
        elif fmt == "docx":
            write_docx(doc, p)
        elif fmt == "odt":
            write_odt(doc, p)
        elif fmt == "rtf":
            write_rtf(doc, p)
        elif fmt == "html":
            write_html(doc, p)
        elif fmt == "eml":
            write_eml(doc, p, c)
        elif fmt == "pdf":
            write_pdf(doc, p, font)
        elif fmt == "scan":
            write_scan(doc, p, font, tmp)
        traits = list(doc["traits"]) + (["scan-ocr"] if fmt == "scan" else []) + (["cpr"] if cpr else [])
        if grp != "un" and not rules:
            traits.append("clean")
        entries.append({"path": rel, "format": ext, "kind": doc["kind"], "subtype": doc["subtype"],
                        "layout": doc["layout"], "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": ([c.cpr, f"{c.cpr[:6]}-{c.cpr[6:]}"] if cpr else []),
                        "traits": traits, "period": doc.get("period")})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
