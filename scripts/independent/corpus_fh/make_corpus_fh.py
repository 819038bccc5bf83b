#!/usr/bin/env python3
"""Corpus fh: mentor paperwork as archives and export tools flatten it.

Every document is first written as a logical document (title, letterhead, fields, prose,
lists, tables) and then flattened by one of several export paths:

  word-txt-tabs      Word "Gem som almindelig tekst": tables as tab-separated lines, bullets "•\t"/"o\t"
  word-txt-caps      Word text export where headings were in CAPS, bullets "-", CRLF, cp1252
  word-txt-underline headings underlined with ===/---, tables padded with spaces, bullets "*"
  case-kv            "Gem som tekst" from a case system: [SEKTION] and key=value lines
  csv-rows           semicolon-separated rows ("Felt";"Indhold") or one wide record, saved as .txt
  markdown           pandoc-like conversion of a Word file (# headings, pipe/grid tables, \\-escapes)
  rtf-old            RTF from an old case system (ansicpg1252, \\'e6 escapes, \\cell/\\row tables)
  webmail-html       HTML saved from a webmail client (header table, <br>-joined body, signature)
  word-html          Word "Gem som webside, filtreret" (MsoNormal paragraphs, tables)

Usage: make_corpus_fh.py --out /work/corpora/fh [--seed 1212]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


# ----------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_end(start: dt.date) -> dt.date:
    return add_months(start, 6) - dt.timedelta(days=1)


def dword(d: dt.date, year=True) -> str:
    return f"{d.day}. {MONTHS[d.month-1]}" + (f" {d.year}" if year else "")


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return dword(d)
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    raise ValueError(style)


def fmt_range(s: dt.date, e: dt.date, style: str) -> str:
    if style == "words":
        return f"{dword(s)} – {dword(e)}"
    if style == "words-til":
        return f"fra {dword(s)} til {dword(e)}"
    if style == "dots":
        return f"{fmt_date(s, 'dots')}-{fmt_date(e, 'dots')}"
    if style == "slash":
        return f"{fmt_date(s, 'slash')} til {fmt_date(e, 'slash')}"
    if style == "fom":
        return f"f.o.m. {fmt_date(s, 'short')} t.o.m. {fmt_date(e, 'short')}"
    if style == "iso":
        return f"{s.isoformat()} - {e.isoformat()}"
    if style == "abbr":
        return f"{fmt_date(s, 'abbr')} - {fmt_date(e, 'abbr')}"
    if style == "dash":
        return f"{fmt_date(s, 'dash')} til {fmt_date(e, 'dash')}"
    raise ValueError(style)


RANGE_STYLES = ["words", "words-til", "dots", "slash", "fom", "iso", "abbr", "dash"]

# ----------------------------------------------------------------------------- people and places
FIRST = ["Ahmed", "Sofie", "Jonas", "Maja", "Kasper", "Line", "Mikkel", "Fatima", "Rasmus", "Camilla",
         "Emil", "Nadia", "Frederik", "Ida", "Tobias", "Amalie", "Yusuf", "Louise", "Mads", "Sara",
         "Oliver", "Julie", "Bilal", "Cecilie", "Nikolaj", "Hanne", "Peter", "Zainab", "Kim", "Signe"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Mortensen", "Østergaard", "Kaya", "Ali", "Møller", "Holm", "Dahl", "Bech"]
KOMMUNER = ["Faxe", "Vordingborg", "Herning", "Skive", "Odsherred", "Kalundborg", "Frederikshavn",
            "Svendborg", "Holbæk", "Viborg", "Haderslev", "Slagelse", "Randers", "Hjørring", "Næstved"]
PROVIDERS = [("Jobhuset Midt ApS", "jobhuset-midt.dk"), ("Mentorhuset", "mentorhuset.dk"),
             ("Lyngbo Mentor & Job", "lyngbo-mj.dk"), ("Bro til Job I/S", "brotiljob.dk"),
             ("Kompasset", "kompasset-mentor.dk"), ("Trinvis ApS", "trinvis.dk"),
             ("Ungeenheden, kommunens egen mentorgruppe", None)]
COMPANIES = ["Netto i Bredgade", "Bilka Lager", "Danish Crown", "Plantorama", "Føtex Food",
             "Super Brugsen", "Vestas Blades (kantinen)", "Dagli'Brugsen", "Elgiganten", "Harboe Bryggeri",
             "Plejecenter Solgården", "Stark Byggemarked"]
EDUS = ["SOSU-hjælperuddannelsen", "FGU (produktionsgrunduddannelse)", "EUD Smed på Tradium",
        "HF-enkeltfag på VUC", "EUX Handel", "Ernæringsassistentuddannelsen", "AMU-kursus i truckkørsel",
        "Pædagogisk assistentuddannelse (PAU)"]
PAIRS = [("Netto i Bredgade", "butiksassistent"), ("Bilka Lager", "lagermedarbejder"),
         ("Danish Crown", "produktionsmedarbejder"), ("Plantorama", "gartnermedhjælper"),
         ("Føtex Food", "butiksassistent"), ("Super Brugsen", "lagermedarbejder"),
         ("Vestas (kantinen)", "kantinemedhjælper"), ("Harboe Bryggeri", "lagermedarbejder"),
         ("Plejecenter Solgården", "serviceassistent"), ("Stark Byggemarked", "lagermedarbejder"),
         ("Kommunens materielgård", "pedelmedhjælper"), ("ISS Facility Services", "rengøringsassistent")]
JOBS = ["lagermedarbejder", "kantinemedhjælper", "butiksassistent", "pedelmedhjælper",
        "plejehjemsassistent", "chauffør", "rengøringsassistent", "gartnermedhjælper"]


def phone(r):
    return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


def cpr(r):
    while True:
        y = r.randint(1960, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s = r.randint(0, 9999)
        c = f"{d:02d}{m:02d}{y % 100:02d}-{s:04d}"
        if s > 999:
            return c


def sagsnr(r):
    return f"{r.choice(['15.20.00', '27.12.08', '15.00.00'])}-{r.choice(['G01', 'K07', 'P20'])}-{r.randint(100, 99999)}-{r.randint(24, 26)}"


# ----------------------------------------------------------------------------- content
GOALS_CLEAR = [
    "{fn} er i virksomhedspraktik som {job} hos {co} 15 timer om ugen senest {d1}.",
    "{fn} starter på {edu} {d1} og møder stabilt mindst 4 dage om ugen.",
    "{fn} har gennemført de første 10 uger af {edu} uden ufrivilligt fravær.",
    "Ordinære timer (min. 12 t/uge) som {job} hos {co} inden {d1}. Delmål: møde til tiden i praktikken 3 dage/uge fra uge {wk}.",
    "At {fn} fastholder sit fleksjob på 14 timer om ugen hos {co} og har under 2 sygedage pr. måned.",
    "{fn} er optaget på {edu} pr. {d1} og har søgt SU.",
    "{fn} kommer i løntilskud som {job} hos {co} med 25 timer om ugen fra {d1}.",
    "{fn} møder i sin praktik hos {co} 4 dage om ugen kl. 8-13 og bliver vurderet til et ordinært job som {job}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {fn} kommer videre i sit liv og får mere selvværd.",
    "Motivere {fn} til at komme tættere på arbejdsmarkedet.",
    "Sikre at {fn} har det godt og kan overskue sin hverdag.",
    "Hjælp til at komme ud af huset og få en bedre hverdag.",
    "Øget livskvalitet og bedre trivsel.",
]
TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med en plan for morgenrutiner, så {fn} kan møde kl. 8",
    "deltage i opstartsmøde med arbejdsgiver",
    "støtte ved kontakt til studievejleder og SPS-vejleder",
    "hjælpe med at åbne og besvare post i e-Boks",
    "træne busruten til skolen sammen med {fn}",
    "være bindeled til arbejdspladsens kontaktperson",
    "forberede jobsamtaler sammen med {fn}",
    "gennemgå skemaet i Lectio hver mandag",
]
FOLLOWUP = [
    "Statusmøde med mentor, borger og sagsbehandler hver 4. uge. Evaluering 14 dage før periodens udløb.",
    "Mentor sender skriftlig status hver måned. Midtvejsevaluering {dm}.",
    "Vi følger op hver anden uge på fremmøde (delmål: 4 dage om ugen fra {mo}).",
    "Opfølgningssamtale i jobcentret {dm} og igen 14 dage før ophør; progression måles på antal fremmødedage.",
    "Evaluering hver måned på teams-møde. Progression: antal timer i praktik pr. uge.",
]
FOLLOWUP_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter aftale."]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1,5 time pr. uge",
         "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende"]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {sender} senest 4 uger efter, at du har fået dette brev. Du kan klage skriftligt eller mundtligt. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen (Beskæftigelsesudvalget), jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens §§ 66-67.",
    "Klagefristen er 4 uger fra den dag, du modtog afgørelsen. Send klagen til {sender} - ring, skriv en mail eller kom forbi. Vi genvurderer afgørelsen, og hvis den ikke ændres, videresender vi klagen til Ankestyrelsen.",
    "Er du uenig, kan du klage til jobcentret inden 4 uger. Jobcentret ser på sagen igen. Får du ikke medhold, sendes sagen til Ankestyrelsen.",
]
APPEAL_WEAK = [
    ("Du kan klage over afgørelsen.", "appeal:no-body-no-deadline"),
    ("Klage over afgørelsen kan sendes til kommunen.", "appeal:body-no-deadline"),
    ("Klagefristen er 4 uger.", "appeal:deadline-no-body"),
    ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger. Kommunen genvurderer og sender sagen til Ankestyrelsen.", "appeal:other-subject"),
]
APPEAL_DIRECT = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice."


class Ctx:
    def __init__(self, r: random.Random):
        self.r = r
        self.fn = r.choice(FIRST)
        self.ln = r.choice(LAST)
        self.kommune = r.choice(KOMMUNER)
        self.mfn = r.choice([f for f in FIRST if f != self.fn])
        self.mln = r.choice(LAST)
        self.prov = r.choice(PROVIDERS)
        self.mphone = phone(r)
        dom = self.prov[1] or f"{self.kommune.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk"
        self.mmail = f"{self.mfn.lower()[:3]}{self.mln.lower()[:2]}@{dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.cw = f"{r.choice(FIRST)} {r.choice(LAST)}"
        self.cwphone = phone(r)
        self.co, self.job = r.choice(PAIRS)
        self.edu = r.choice(EDUS)
        self.cpr = cpr(r)
        self.sag = sagsnr(r)
        y = r.choice([2025, 2026, 2026, 2026])
        mo = r.randint(1, 11) if y == 2026 else r.randint(3, 12)
        self.start = dt.date(y, mo, r.choice([1, 1, 1, 2, 5, 10, 15]))
        self.letter = self.start - dt.timedelta(days=r.randint(5, 20))
        self.sender = f"Jobcenter {self.kommune}" if self.letter < dt.date(2026, 2, 1) else f"{self.kommune} Kommune"

    @property
    def name(self):
        return f"{self.fn} {self.ln}"

    @property
    def mentor(self):
        return f"{self.mfn} {self.mln}"

    def fill(self, s: str) -> str:
        d1 = add_months(self.start, self.r.choice([2, 3, 4]))
        return s.format(fn=self.fn, job=self.job, co=self.co, edu=self.edu, d1=dword(d1),
                        wk=min(self.start.isocalendar()[1] + 3, 50), dm=dword(add_months(self.start, 3)),
                        mo=MONTHS[add_months(self.start, 1).month - 1], sender=self.sender)


# ----------------------------------------------------------------------------- logical document
# blocks: ("title", t) ("meta", [(label, value)]) ("h", t) ("p", t) ("f", key, label, value|list)
#         ("ul", [items]) ("table", [[cells]]) ("sig", [lines])

def period_value(c: Ctx, spec: dict) -> tuple[str, dict | None]:
    """Return the text of the support period and the manifest period (start/end)."""
    r = c.r
    s = c.start
    kind = spec.get("period", "six")
    if kind == "six":
        e = six_end(s)
    elif kind == "short":
        e = add_months(s, r.choice([3, 4, 5])) - dt.timedelta(days=1)
    elif kind == "over":
        e = add_months(s, r.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    elif kind == "over1":
        e = six_end(s) + dt.timedelta(days=1)
    elif kind == "len6":
        txt = r.choice([f"fra {dword(s)} og 6 måneder frem", f"6 mdr. fra {fmt_date(s, 'dots')}",
                        f"26 uger fra {dword(s)}", f"pr. {dword(s)} i seks måneder"])
        return txt, {"start": s.isoformat(), "end": six_end(s).isoformat()}
    elif kind == "lenover":
        n = r.choice([9, 12])
        txt = r.choice([f"fra {dword(s)} og {n} måneder frem", f"{n} mdr. fra {fmt_date(s, 'dots')}",
                        f"pr. {dword(s)} i {'et år' if n == 12 else 'ni måneder'}"])
        return txt, {"start": s.isoformat(), "end": (add_months(s, n) - dt.timedelta(days=1)).isoformat()}
    elif kind == "discharge8":
        e = add_months(s, 8) - dt.timedelta(days=1)
    else:
        raise ValueError(kind)
    style = spec.get("rstyle") or r.choice(RANGE_STYLES)
    return fmt_range(s, e, style), {"start": s.isoformat(), "end": e.isoformat()}


def agreement_fields(c: Ctx, spec: dict, kind: str) -> tuple[list, dict | None, list]:
    """The labelled fields of an agreement/Min Plan entry, honouring the defects in spec['rules']."""
    r = c.r
    rules = set(spec["rules"])
    traits = []
    out = []
    # goal
    if "missing-goal" in rules:
        if r.random() < 0.5:
            out.append(("goal", r.choice(["Målet med mentorstøtten", "Mål", "Formål"]),
                        r.choice(["Udfyldes senere", "-", "xx", "…"])))
            traits.append("goal:placeholder")
        else:
            traits.append("goal:absent")
    elif "unclear-goal" in rules:
        out.append(("goal", r.choice(["Mål", "Målet med mentorstøtten", "Formål med indsatsen", "Mål for forløbet"]),
                    c.fill(r.choice(GOALS_UNCLEAR))))
        traits.append("goal:unclear")
    else:
        out.append(("goal", r.choice(["Mål", "Målet med mentorstøtten", "Formål med indsatsen", "Mål og delmål", "Hovedformål"]),
                    c.fill(r.choice(GOALS_CLEAR))))
    # mentor
    if "missing-mentor" in rules:
        if r.random() < 0.6:
            out.append(("mentor", r.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor (navn)"]),
                        f"{c.mentor}, {c.prov[0]}"))
            traits.append("mentor:name-only")
        else:
            out.append(("mentor", "Mentor", "Tildeles senere"))
            traits.append("mentor:not-assigned")
    else:
        v = r.choice([f"{c.mentor}, {c.prov[0]}, tlf. {c.mphone}, {c.mmail}",
                      f"{c.mentor} ({c.prov[0]}) – {c.mphone}",
                      f"{c.mentor}, mail: {c.mmail}",
                      f"{c.mentor}, mobil {c.mphone}"])
        out.append(("mentor", r.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor/kontaktperson"]), v))
    # tasks
    if "missing-tasks" in rules:
        if r.random() < 0.5:
            out.append(("tasks", r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]), r.choice(["-", "Udfyldes senere", ""])))
            traits.append("tasks:placeholder")
        else:
            traits.append("tasks:absent")
    else:
        items = [c.fill(t) for t in r.sample(TASKS, r.randint(2, 4))]
        items = [i[0].upper() + i[1:] for i in items]
        out.append(("tasks", r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder", "Mentoren skal hjælpe med"]), items))
    # duration
    per = None
    if "missing-duration" in rules:
        if r.random() < 0.5:
            out.append(("period", r.choice(["Periode", "Varighed"]), r.choice(["indtil videre", "Udfyldes senere", "Aftales senere"])))
            traits.append("period:placeholder")
        else:
            traits.append("period:absent")
        if r.random() < 0.5:
            out.append(("note", "Bemærk", "Mentorstøtte kan bevilges i højst 6 måneder ad gangen."))
            traits.append("limit-statement-only")
    else:
        if "duration-over-6-months" in rules:
            spec.setdefault("period", r.choice(["over", "over", "over1", "lenover"]))
        else:
            spec.setdefault("period", r.choice(["six", "six", "short", "len6"]))
        txt, per = period_value(c, spec)
        traits.append("period:" + spec["period"])
        out.append(("period", r.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig"]), txt))
    # hours
    if "missing-hours" in rules:
        if r.random() < 0.5:
            out.append(("hours", r.choice(["Timetal", "Timer pr. uge", "Antal timer"]), r.choice(HOURS_VAGUE)))
            traits.append("hours:vague")
        else:
            traits.append("hours:absent")
        if out and out[0][0] == "goal" and "timer" in out[0][2]:
            traits.append("goal-mentions-work-hours")
    else:
        out.append(("hours", r.choice(["Timetal", "Timer pr. uge", "Antal timer", "Timeantal"]), r.choice(HOURS)))
    # follow-up (agreements need it; Min Plan entries sometimes carry one, sometimes not)
    if kind == "agreement":
        if "missing-follow-up" in rules:
            if r.random() < 0.5:
                out.append(("followup", r.choice(["Opfølgning", "Evaluering"]), r.choice(FOLLOWUP_VAGUE)))
                traits.append("followup:vague")
            else:
                traits.append("followup:absent")
        else:
            out.append(("followup", r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"]),
                        c.fill(r.choice(FOLLOWUP))))
    elif r.random() < 0.4:
        out.append(("followup", "Opfølgning", c.fill(r.choice(FOLLOWUP))))
    return out, per, traits


def appeal_text(c: Ctx, spec: dict, traits: list) -> str | None:
    r = c.r
    if "missing-appeal-guidance" in spec["rules"]:
        if r.random() < 0.35:
            traits.append("appeal:absent")
            return None
        t, tr = r.choice(APPEAL_WEAK)
        traits.append(tr)
        return t
    if spec.get("direct"):
        traits.append("appeal:direct-to-ankestyrelsen")
        return APPEAL_DIRECT
    return c.fill(r.choice(APPEAL_FULL))


def build_agreement(c: Ctx, spec: dict):
    r = c.r
    fields, per, traits = agreement_fields(c, spec, "agreement")
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                      "MENTORAFTALE", "Samarbejdsaftale – mentorforløb", "Aftale om mentor"])
    meta = [("Borger", c.name)]
    if spec.get("cpr"):
        meta.append(("CPR-nr.", c.cpr))
    meta += [("Sagsnr.", c.sag), ("Dato", fmt_date(c.letter, r.choice(["dots", "words", "iso"]))),
             ("Sagsbehandler", f"{c.cw}, {c.sender}, tlf. {c.cwphone}")]
    blocks = [("title", title), ("meta", meta)]
    if r.random() < 0.6:
        blocks.append(("p", r.choice([
            f"Denne aftale er indgået mellem {c.name}, {c.sender} og mentor {c.mentor}.",
            f"Du har sammen med din sagsbehandler aftalt et mentorforløb. Her står det, vi blev enige om.",
            f"Aftalen bygger på samtalen {dword(c.letter)} og er en del af din plan i Min Plan.",
        ])))
    if spec.get("discharge"):
        blocks.append(("f", "indsats", "Indsats", "Udskrivningskoordinator efter LAB § 167, stk. 2 (fra 3 måneder før udskrivning fra psykiatrisk afdeling og mindst 6 måneder i alt)"))
        traits.append("udskrivningskoordinator")
    blocks += [("f",) + f for f in fields]
    ap = appeal_text(c, spec, traits)
    if ap:
        blocks.append(("f", "appeal", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), ap))
    blocks.append(("sig", [f"Underskrift borger: ____________   Dato: ______",
                           f"Underskrift mentor: ____________", f"{c.cw}, sagsbehandler"]))
    return blocks, per, traits


def build_minplan(c: Ctx, spec: dict):
    r = c.r
    fields, per, traits = agreement_fields(c, spec, "minplan")
    title = r.choice(["Min Plan – Mentorstøtte", "Udskrift af Min Plan", "Min Plan: Indsats – Mentor",
                      "Min plan - mentorstøtte (§ 167)", "MIN PLAN"])
    meta = [("Navn", c.name)]
    if spec.get("cpr"):
        meta.append(("CPR", c.cpr))
    meta += [("Udskrevet", fmt_date(c.letter, r.choice(["dots", "iso", "dash"]))), ("Kommune", c.kommune)]
    blocks = [("title", title), ("meta", meta)]
    blocks.append(("f", "indsats", "Indsats", r.choice(["Mentorstøtte (§ 167)", "Mentor", "Mentorstøtte, LAB § 167 stk. 1"])))
    if spec.get("other_activity"):
        e = dt.date(c.start.year + 1, 6, 25)
        blocks.append(("h", "Andre aktiviteter"))
        blocks.append(("table", [["Aktivitet", "Periode", "Sted"],
                                 ["Uddannelse: " + c.edu, fmt_range(c.start, e, "dots"), "Skolen"]]))
        blocks.append(("h", "Mentorstøtte"))
        traits.append("other-activity-long-period")
    blocks += [("f",) + f for f in fields]
    blocks.append(("p", r.choice(["Kontakt din sagsbehandler, hvis noget i planen skal ændres.",
                                  "Planen er opdateret af din rådgiver.", "Se også dine aftaler på mit.kommune."])))
    return blocks, per, traits


DECISION_SUB = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
              "Afgørelse: Bevilling af mentor efter § 167"],
    "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse på din ansøgning om mentor"],
    "refusal": ["Afslag på ansøgning om mentorstøtte", "Afgørelse: Afslag på mentorstøtte"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
    "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
}
REASONS2 = {
    "grant": "Du har fortalt, at du er usikker på at starte i praktik efter lang tids sygdom. Din sagsbehandler vurderer, at en mentor de første måneder kan gøre forskellen. Vi har truffet afgørelsen efter lov om en aktiv beskæftigelsesindsats § 167.",
    "partial": "Du har søgt om en mentor i et helt år. Loven giver mulighed for højst 6 måneder ad gangen (LAB § 167, stk. 1). Vi bevilger derfor den første periode nu og vurderer behovet igen, inden den udløber.",
    "refusal": "Mentorstøtte skal hjælpe dig tættere på job eller uddannelse. Du er på vej i et forløb hos en behandler, og det er ikke en mentors opgave. Vi har lagt vægt på, at du selv har sagt, at du ikke ønsker at starte i praktik lige nu. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
    "extension": "Ved evalueringen blev vi enige om, at du er tæt på at kunne møde alle dage på skolen, men har brug for lidt mere tid med mentor. Vi forlænger efter LAB § 167, stk. 1, 2. pkt.",
    "end": "Du er ikke mødt op til de sidste fire aftaler med din mentor, og du har ikke svaret på vores partshøring. Derfor stopper vi mentorstøtten, jf. § 167 i lov om en aktiv beskæftigelsesindsats.",
}
REASONS = {
    "grant": "Vi har lagt vægt på, at du har brug for støtte til at komme i gang i praktikken, og at en mentor kan hjælpe dig med at møde stabilt. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
    "partial": "Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget 6 måneder med 3 timer om ugen, fordi loven giver mulighed for højst 6 måneder ad gangen, og vi vurderer, at 3 timer er nok i opstarten, jf. LAB § 167, stk. 1.",
    "refusal": "Vi har vurderet, at du ikke har behov for mentorstøtte for at fastholde dit job, fordi din arbejdsplads allerede har stillet en kontaktperson til rådighed. Vi har lagt vægt på oplysningerne fra mødet med din leder. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.",
    "extension": "Du har fået det meste ud af den første periode, men du har stadig brug for støtte til at møde stabilt. Efter en konkret vurdering forlænger vi støtten, jf. LAB § 167, stk. 1, 2. pkt.",
    "end": "Du er nu i ordinært job og har ikke længere brug for mentorstøtte. Vi har lagt vægt på mentorens status fra sidste møde.",
}


def build_decision(c: Ctx, spec: dict):
    r = c.r
    sub = spec["subtype"]
    traits = []
    per = None
    title = r.choice(DECISION_SUB[sub])
    meta = [("Til", c.name)]
    if spec.get("cpr"):
        meta.append(("Cpr.nr.", c.cpr))
    meta += [("Sagsnummer", c.sag), ("Dato", fmt_date(c.letter, r.choice(["words", "dots"]))), ("Afsender", c.sender)]
    blocks = [("title", title), ("meta", meta), ("p", f"Kære {c.fn}")]
    if sub in ("grant", "partial", "extension"):
        if "duration-over-6-months" in spec["rules"]:
            spec.setdefault("period", r.choice(["over", "lenover", "over1"]))
        else:
            spec.setdefault("period", r.choice(["six", "six", "short", "len6"]))
        ptxt, per = period_value(c, spec)
        traits.append("period:" + spec["period"])
        verb = {"grant": "Du får bevilget mentorstøtte", "partial": "Du får delvist bevilget mentorstøtte",
                "extension": "Din mentorstøtte forlænges"}[sub]
        blocks.append(("p", f"{verb}. Du får {r.choice(HOURS)}."))
        blocks.append(("f", "period", r.choice(["Periode", "Bevillingsperiode", "Bevilget i perioden"]), ptxt))
        if r.random() < 0.6:
            blocks.append(("f", "mentor", "Din mentor", f"{c.mentor}, {c.prov[0]}, tlf. {c.mphone}"))
        if r.random() < 0.5:
            blocks.append(("f", "goal", "Formål", c.fill(r.choice(GOALS_CLEAR))))
    elif sub == "refusal":
        blocks.append(("p", r.choice([
            f"Vi har behandlet din ansøgning af {dword(c.letter - dt.timedelta(days=20))} om mentorstøtte{' i 9 måneder' if r.random() < 0.4 else ''}. Du får afslag.",
            "Du har søgt om en mentor til at hjælpe dig i dit nye job. Vi kan ikke bevilge mentorstøtte.",
        ])))
    else:
        endd = c.start
        blocks.append(("p", f"Din mentorstøtte hos {c.prov[0]} ophører pr. {dword(endd)}."))
    if sub != "grant" or r.random() < 0.6:
        if spec.get("no_reasons"):
            traits.append("reasons:absent")
        else:
            blocks.append(("f", "reasons", r.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vi har lagt vægt på"]), r.choice([REASONS, REASONS2])[sub]))
    ap = appeal_text(c, spec, traits)
    if ap:
        blocks.append(("f", "appeal", r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]), ap))
    blocks.append(("sig", ["Med venlig hilsen", c.cw, f"{c.sender}", f"Tlf. {c.cwphone}"]))
    return blocks, per, traits


# ----------------------------------------------------------------------------- none-of-the-kinds
def build_unknown(c: Ctx, spec: dict):
    r = c.r
    sub = spec["subtype"]
    meta_cpr = [("CPR", c.cpr)] if spec.get("cpr") else []
    if sub == "status":
        return [("title", "Statusrapport fra mentor"),
                ("meta", [("Borger", c.name)] + meta_cpr + [("Mentor", c.mentor), ("Periode", f"{MONTHS[c.start.month-1]} {c.start.year}")]),
                ("h", "Fremmøde"), ("p", f"{c.fn} har mødt 14 ud af 16 planlagte dage i praktikken hos {c.co}."),
                ("h", "Forløbet"), ("p", f"Vi har brugt de aftalte timer på transport og morgenrutiner. {c.fn} virker mere rolig ved opstart."),
                ("h", "Anbefaling"), ("p", "Forløbet fortsætter som aftalt. Næste status sendes om en måned."),
                ("sig", [c.mentor, c.prov[0]])], None, []
    if sub == "invoice":
        return [("title", f"Faktura nr. {r.randint(2000, 9999)}"),
                ("meta", [("Fra", c.prov[0]), ("Til", f"{c.sender}, Kreditorbogholderiet"), ("EAN", "5798000" + str(r.randint(100000, 999999))),
                          ("Fakturadato", fmt_date(c.start, "dots"))]),
                ("table", [["Dato", "Ydelse", "Timer", "Sats", "Beløb"],
                           [fmt_date(c.start, "dots"), f"Mentorstøtte, {c.fn} {c.ln[0]}.", "3", "495,00", "1.485,00"],
                           [fmt_date(c.start + dt.timedelta(days=7), "dots"), "Mentorstøtte", "3", "495,00", "1.485,00"],
                           [fmt_date(c.start + dt.timedelta(days=14), "dots"), "Kørsel", "", "", "212,40"]]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1551 konto 1234567.")], None, []
    if sub == "minutes":
        return [("title", "Referat af netværksmøde"),
                ("meta", [("Dato", dword(c.letter)), ("Deltagere", f"{c.name}, {c.mentor} (mentor), {c.cw} (rådgiver), mor")]),
                ("h", "1. Velkomst"), ("p", "Kort runde."),
                ("h", "2. Hvordan går det i praktikken?"), ("p", f"{c.fn} fortæller, at det går bedre med at komme op om morgenen."),
                ("h", "3. Næste skridt"), ("ul", ["Rådgiver undersøger muligheden for løntilskud", "Nyt møde om 6 uger"]),
                ("p", "Referent: " + c.cw)], None, []
    if sub == "guidance":
        return [("title", "Hvad skal en mentoraftale indeholde?"),
                ("p", "Når kommunen bevilger mentorstøtte, skal der laves en skriftlig aftale. Aftalen skal som minimum indeholde:"),
                ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                        "varigheden af aftalen og opfølgning", "timetallet for mentorstøtten", "klagevejledning"]),
                ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Du kan klage til kommunen inden 4 uger."),
                ("p", "Læs mere på kommunens hjemmeside eller ring til Borgerservice.")], None, []
    if sub == "private":
        return [("title", "Mentoraftale – ny medarbejder"),
                ("meta", [("Virksomhed", c.co), ("Ny medarbejder", c.name), ("Mentor", f"{c.mentor}, afdelingsleder")]),
                ("p", "Formål: at den nye medarbejder hurtigt lærer afdelingens rutiner og kolleger at kende."),
                ("p", "Vi mødes 30 minutter hver fredag de første tre måneder. Aftalen er en del af vores onboardingprogram og har intet med kommunen at gøre."),
                ("sig", ["HR-afdelingen"])], None, []
    if sub == "mail-meeting":
        return [("title", "Flytning af vores møde"),
                ("p", f"Hej {c.fn}"),
                ("p", f"Jeg bliver desværre nødt til at flytte vores møde på torsdag. Kan du mødes mandag kl. 10 i stedet, samme sted?"),
                ("p", "Husk at tage dit skema fra skolen med."),
                ("sig", ["Mvh", c.mentor, c.prov[0]])], None, []
    if sub == "timesheet":
        rows = [["Dato", "Borger", "Start", "Slut", "Timer", "Note"]]
        for i in range(5):
            d = c.start + dt.timedelta(days=7 * i)
            rows.append([fmt_date(d, "iso"), c.name, "09:00", "11:00", "2,0", r.choice(["Praktik", "Samtale", "Transport", "Aflyst"])])
        return [("title", "Timeregistrering mentor"), ("meta", [("Mentor", c.mentor)] + meta_cpr), ("table", rows)], None, []
    if sub == "course":
        return [("title", "Kursusprogram: Mentoruddannelse for frivillige og fagpersoner"),
                ("h", "Dag 1"), ("ul", ["Hvad er en mentor?", "Mentorrollen og grænser", "Aftaler og opfølgning"]),
                ("h", "Dag 2"), ("ul", ["Samtaleteknik", "Cases fra jobcentret", "Evaluering"]),
                ("p", "Pris: 3.900 kr. Tilmelding senest 4 uger før start.")], None, []
    if sub == "standard":
        return [("title", "Kvalitetsstandard for mentorstøtte (uddrag)"),
                ("h", "Lovgrundlag"), ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171."),
                ("h", "Serviceniveau"), ("table", [["Niveau", "Timer", "Evaluering"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                                                   ["2", "1-2 timer pr. uge", "hver måned"], ["3", "mere end 2 timer pr. uge", "hver måned"]]),
                ("p", "Der evalueres altid 14 dage før støtteperioden ophører.")], None, []
    if sub == "application":
        return [("title", "Ansøgning om mentor"),
                ("meta", [("Navn", c.name)] + meta_cpr + [("Telefon", phone(r))]),
                ("p", f"Jeg vil gerne søge om en mentor, fordi jeg skal starte på {c.edu} efter sommerferien og er bange for ikke at kunne følge med."),
                ("p", "Jeg tænker, at 2 timer om ugen ville hjælpe mig meget."), ("sig", [c.name])], None, []
    if sub == "order":
        return [("title", "Bestilling af mentorforløb"),
                ("meta", [("Leverandør", c.prov[0]), ("Bestilt af", c.cw), ("Borger", c.name)] + meta_cpr),
                ("p", f"Vi bestiller hermed et mentorforløb på 3 timer pr. uge med opstart {dword(c.start)}. Leverandøren kontakter borgeren inden for 5 arbejdsdage."),
                ("p", "Faktura sendes månedligt til kommunen med EAN-nummer.")], None, []
    if sub == "club":
        return [("title", f"Mentorordningen i {c.kommune} Boldklub"),
                ("p", "Vores ungdomstrænere kan blive mentor for en yngre spiller. I laver en mentoraftale sammen, hvor I skriver jeres mål for sæsonen."),
                ("ul", ["Mød op til træning", "Hjælp til lektiecafé", "Fælles tur til landskamp"]),
                ("p", "Kontakt ungdomsformanden, hvis du vil være med.")], None, []
    if sub == "note":
        return [("title", "Journalnotat"),
                ("meta", [("Sag", c.sag), ("Borger", c.name)] + meta_cpr + [("Notattype", "Telefonsamtale")]),
                ("p", f"Borger ringede og fortalte, at mentor {c.mentor} var syg i sidste uge. Mødet er flyttet. Intet videre."),
                ("p", f"/{c.cw}")], None, []
    if sub == "hearing":
        return [("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
                ("meta", [("Til", c.name)] + meta_cpr + [("Sagsnr.", c.sag)]),
                ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor."),
                ("p", f"Du har mulighed for at komme med dine bemærkninger, inden vi træffer en afgørelse. Skriv eller ring senest {dword(c.start)}."),
                ("sig", ["Med venlig hilsen", c.cw, c.sender])], None, []
    if sub == "pricelist":
        return [("title", f"Prisblad {c.start.year} – {c.prov[0]}"),
                ("table", [["Ydelse", "Enhed", "Pris"], ["Mentorstøtte, individuel", "time", "495 kr."],
                           ["Mentorstøtte, gruppe", "time pr. plads", "210 kr."], ["Kørsel", "km", "3,79 kr."]]),
                ("p", "Priserne gælder ved rammeaftale med kommunen.")], None, []
    if sub == "invitation":
        return [("title", "Indkaldelse til samtale"),
                ("meta", [("Til", c.name)] + meta_cpr),
                ("p", f"Du er indkaldt til opfølgningssamtale {dword(c.start)} kl. 10.30 i Jobcenter {c.kommune}, mødelokale 2."),
                ("p", "Du må gerne tage din mentor med. Hvis du er syg, skal du ringe inden kl. 9."),
                ("sig", [c.cw])], None, []
    if sub == "plan-other":
        e = dt.date(c.start.year + 1, 6, 25)
        return [("title", "Udskrift af Min Plan"),
                ("meta", [("Navn", c.name)] + meta_cpr),
                ("f", "x", "Indsats", "Virksomhedspraktik"),
                ("f", "x", "Sted", c.co),
                ("f", "x", "Periode", fmt_range(c.start, add_months(c.start, 3) - dt.timedelta(days=1), "dots")),
                ("f", "x", "Timer", "20 timer pr. uge"),
                ("f", "x", "Kontaktperson", f"{c.cw}, tlf. {c.cwphone}"),
                ("f", "x", "Uddannelse", f"{c.edu} {fmt_range(c.start, e, 'dots')}")], None, []
    if sub == "reconsideration":
        return [("title", "Genvurdering af din klage – vi fastholder afgørelsen"),
                ("meta", [("Til", c.name)] + meta_cpr + [("Sagsnr.", c.sag)]),
                ("p", f"Du har klaget over vores afgørelse af {dword(c.letter)} om afslag på mentorstøtte. Vi har vurderet sagen igen og fastholder afgørelsen."),
                ("p", "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som behandler klagen. Du hører fra Ankestyrelsen."),
                ("sig", ["Med venlig hilsen", c.cw, c.sender])], None, []
    if sub == "survey":
        return [("title", "Evaluering af mentorforløb – spørgeskema"),
                ("ul", ["Hvor tilfreds er du med din mentor? (1-5)", "Har mentoren hjulpet dig tættere på job eller uddannelse?",
                        "Hvad kunne være bedre?"]),
                ("p", "Tak fordi du vil svare. Besvarelsen er anonym.")], None, []
    raise ValueError(sub)


# ----------------------------------------------------------------------------- flatteners
def _val(v) -> str:
    return "; ".join(v) if isinstance(v, list) else v


def fl_word_txt(blocks, r, variant):
    """Word 'Gem som almindelig tekst'. variant: tabs | caps | underline."""
    out = []
    bullet = {"tabs": r.choice(["•\t", "o\t", "·\t"]), "caps": "- ", "underline": "  * "}[variant]
    sections = r.random() < 0.5  # fields as heading + text, or "Label:<tab>value"
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if variant == "caps" else b[1])
            if variant == "underline":
                out.append("=" * len(b[1]))
            out.append("")
        elif t == "meta":
            if variant == "tabs":
                for k, v in b[1]:
                    out.append(f"{k}:\t{v}")
            else:
                w = max(len(k) for k, _ in b[1]) + 2
                for k, v in b[1]:
                    out.append(f"{(k + ':').ljust(w)}{v}")
            out.append("")
        elif t == "h":
            txt = b[1]
            if variant == "caps":
                out.append(txt.upper())
            elif variant == "underline":
                out += [txt, "-" * len(txt)]
            else:
                out.append(txt)
        elif t == "p":
            out += [b[1], ""]
        elif t == "f":
            _, key, label, v = b
            if sections:
                if variant == "caps":
                    out.append(label.upper())
                elif variant == "underline":
                    out += [label, "-" * len(label)]
                else:
                    out.append(label)
                if isinstance(v, list):
                    out += [bullet + i for i in v]
                else:
                    out.append(v)
                out.append("")
            else:
                if isinstance(v, list):
                    out.append(f"{label}:")
                    out += [bullet + i for i in v]
                else:
                    out.append(f"{label}:\t{v}" if variant == "tabs" else f"{label}: {v}")
                out.append("")
        elif t == "ul":
            out += [bullet + i for i in b[1]]
            out.append("")
        elif t == "table":
            if variant == "underline":
                ws = [max(len(row[i]) for row in b[1]) + 2 for i in range(len(b[1][0]))]
                for row in b[1]:
                    out.append("".join(c.ljust(w) for c, w in zip(row, ws)).rstrip())
            else:
                for row in b[1]:
                    out.append("\t".join(row))
            out.append("")
        elif t == "sig":
            out += b[1]
    return "\n".join(out) + "\n"


KEYMAP = {"goal": ["Maal", "INDSATS_MAAL", "Formaal"], "mentor": ["Mentor", "MENTOR", "Mentor.NavnKontakt"],
          "tasks": ["Opgaver", "MENTOR_OPGAVER", "Indsatsomraader"], "period": ["Periode", "PERIODE", "Bevillingsperiode"],
          "hours": ["Timer", "TIMER_PR_UGE", "Timetal"], "followup": ["Opfoelgning", "OPFOELGNING", "Evaluering"],
          "appeal": ["Klagevejledning", "KLAGEVEJLEDNING", "Klagevejledning"], "reasons": ["Begrundelse", "BEGRUNDELSE", "Begrundelse"],
          "indsats": ["Indsats", "INDSATSTYPE", "Indsatstype"], "note": ["Bemaerkning", "BEMAERKNING", "Note"]}


def fl_case_kv(blocks, r):
    """Case system 'Gem som tekst': [SECTION] and key=value; long texts on one line."""
    style = r.randrange(3)
    human = r.random() < 0.5  # keep the form labels as keys (some systems do)
    out = [f"; Eksport {r.choice(['Momentum', 'Fasit', 'KMD Opus Jobcenter', 'Acadre'])} v{r.randint(2, 9)}.{r.randint(0, 9)}",
           f"; Genereret {dt.date(2026, 11, r.randint(1, 27)).isoformat()}T{r.randint(7, 16):02d}:{r.randint(0, 59):02d}"]
    n = 0
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ["[DOKUMENT]", f"Titel={b[1]}"]
        elif t == "meta":
            out.append("[STAMDATA]")
            for k, v in b[1]:
                out.append(f"{k}={v}")
        elif t == "h":
            out.append(f"[{b[1].upper()}]")
        elif t == "p":
            n += 1
            out.append(f"Tekst{n}={b[1]}")
        elif t == "f":
            _, key, label, v = b
            k = label if human or key not in KEYMAP else KEYMAP[key][style]
            if key == "period" and not isinstance(v, list) and " - " in v and v[:4].isdigit() and r.random() < 0.7:
                s, e = v.split(" - ", 1)
                out += [f"{k}.Fra={s}", f"{k}.Til={e}"]
                continue
            out.append(f"{k}={' | '.join(v) if isinstance(v, list) else v}")
        elif t == "ul":
            for i, it in enumerate(b[1], 1):
                out.append(f"Punkt{i}={it}")
        elif t == "table":
            hdr = b[1][0]
            for j, row in enumerate(b[1][1:], 1):
                out.append(f"[RAEKKE{j}]")
                for h, c in zip(hdr, row):
                    out.append(f"{h}={c}")
        elif t == "sig":
            out.append("Underskrift=" + " / ".join(b[1]))
    return "\r\n".join(out) + "\r\n"


def _csvq(s):
    return '"' + s.replace('"', '""') + '"'


def fl_csv(blocks, r):
    """Semicolon rows: "Felt";"Indhold" (long form) or one wide header + record."""
    wide = r.random() < 0.35 and not any(b[0] == "table" for b in blocks)
    if wide:
        hdr, row = [], []
        for b in blocks:
            if b[0] == "title":
                hdr.append("Dokumenttype"); row.append(b[1])
            elif b[0] == "meta":
                for k, v in b[1]:
                    hdr.append(k); row.append(v)
            elif b[0] == "f":
                hdr.append(b[2]); row.append(" / ".join(b[3]) if isinstance(b[3], list) else b[3])
            elif b[0] == "p":
                hdr.append("Tekst"); row.append(b[1])
            elif b[0] == "ul":
                hdr.append("Punkter"); row.append(" / ".join(b[1]))
            elif b[0] == "sig":
                hdr.append("Underskrift"); row.append(" ".join(b[1]))
        return ";".join(_csvq(h) for h in hdr) + "\r\n" + ";".join(_csvq(v) for v in row) + "\r\n"
    out = [";".join([_csvq("Felt"), _csvq("Indhold")])]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f'{_csvq("Titel")};{_csvq(b[1])}')
        elif t == "meta":
            out += [f"{_csvq(k)};{_csvq(v)}" for k, v in b[1]]
        elif t == "h":
            out.append(f'{_csvq("Afsnit")};{_csvq(b[1])}')
        elif t == "p":
            out.append(f'{_csvq("Tekst")};{_csvq(b[1])}')
        elif t == "f":
            v = b[3]
            if isinstance(v, list):
                out += [f"{_csvq(b[2])};{_csvq(v[0])}"] + [f'"";{_csvq(i)}' for i in v[1:]]
            else:
                out.append(f"{_csvq(b[2])};{_csvq(v)}")
        elif t == "ul":
            out += [f'"";{_csvq("- " + i)}' for i in b[1]]
        elif t == "table":
            out += [";".join(_csvq(c) for c in row) for row in b[1]]
        elif t == "sig":
            out.append(f'{_csvq("Underskrift")};{_csvq(" ".join(b[1]))}')
    return "\r\n".join(out) + "\r\n"


def _md_esc(s):
    import re
    s = s.replace("*", "\\*")
    return re.sub(r"^(\d+)\. ", r"\1\\. ", s)


def fl_markdown(blocks, r):
    """pandoc -t markdown from a Word file: headings, **bold labels**, pipe or grid tables."""
    out = []
    as_table = r.random() < 0.4
    grid = r.random() < 0.4
    fields = [b for b in blocks if b[0] == "f"]
    table_done = False
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}" if r.random() < 0.7 else f"**{b[1]}**", ""]
        elif t == "meta":
            for k, v in b[1]:
                out.append(f"{k}: {v}\\")
            out[-1] = out[-1].rstrip("\\")
            out.append("")
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [_md_esc(b[1]), ""]
        elif t == "f" and as_table:
            if table_done:
                continue
            table_done = True
            rows = [(f[2], "<br>".join(f[3]) if isinstance(f[3], list) else f[3]) for f in fields if f[1] not in ("appeal", "reasons")]
            if not rows:
                pass
            elif grid:
                w1 = max(len(a) for a, _ in rows) + 2
                w2 = 60
                sep = "+" + "-" * w1 + "+" + "-" * w2 + "+"
                out.append(sep)
                for a, v in rows:
                    v = v.replace("<br>", "; ")
                    chunks = [v[i:i + w2 - 2] for i in range(0, len(v), w2 - 2)] or [""]
                    for j, ch in enumerate(chunks):
                        out.append("| " + (a if j == 0 else "").ljust(w1 - 1) + "| " + ch.ljust(w2 - 1) + "|")
                    out.append(sep)
            else:
                out += ["| Punkt | Indhold |", "|---|---|"]
                out += [f"| {a} | {v} |" for a, v in rows]
            if rows:
                out.append("")
            for f in fields:
                if f[1] in ("appeal", "reasons"):
                    out += [f"## {f[2]}", "", _md_esc(f[3]), ""]
        elif t == "f":
            _, key, label, v = b
            if r.random() < 0.5:
                out += [f"## {label}", ""]
                out += ([f"-   {i}" for i in v] if isinstance(v, list) else [_md_esc(v)]) + [""]
            else:
                if isinstance(v, list):
                    out += [f"**{label}:**", ""] + [f"- {i}" for i in v] + [""]
                else:
                    out += [f"**{label}:** {_md_esc(v)}", ""]
        elif t == "ul":
            out += [f"-   {i}" for i in b[1]] + [""]
        elif t == "table":
            rows = b[1]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
        elif t == "sig":
            out += [l + "\\" for l in b[1]]
            out[-1] = out[-1].rstrip("\\")
    return "\n".join(out) + "\n"


def _rtf_esc(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) < 128:
            o.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                o.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                o.append("\\u%d?" % ord(ch))
        pass
    return "".join(o)


def fl_rtf(blocks, r):
    """RTF as an old case system writes it: one font, \\par paragraphs, tables for label/value."""
    tables = r.random() < 0.5
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}",
         r"{\colortbl;\red0\green0\blue0;}", r"{\info{\author SAGSYS}{\creatim\yr2026\mo3\dy1}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs20"]

    def row(cells, w=(2600, 9600)):
        s = r"\trowd\trgaph70"
        for x in w[:len(cells)]:
            s += rf"\cellx{x}"
        s += " " + "".join(r"\pard\intbl " + _rtf_esc(c) + r"\cell " for c in cells) + r"\row"
        return s
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(r"\pard\qc{\b\fs28 " + _rtf_esc(b[1]) + r"}\par\pard\par")
        elif t == "meta":
            for k, v in b[1]:
                o.append(r"\pard " + _rtf_esc(k) + r":\tab " + _rtf_esc(v) + r"\par")
            o.append(r"\pard\par")
        elif t == "h":
            o.append(r"\pard{\b " + _rtf_esc(b[1]) + r"}\par")
        elif t == "p":
            o.append(r"\pard " + _rtf_esc(b[1]) + r"\par\par")
        elif t == "f":
            _, key, label, v = b
            if tables and key not in ("appeal", "reasons"):
                o.append(row([label, "; ".join(v) if isinstance(v, list) else v]))
            else:
                o.append(r"\pard{\b " + _rtf_esc(label) + r"}\par")
                if isinstance(v, list):
                    o += [r"\pard\fi-284\li284 -\tab " + _rtf_esc(i) + r"\par" for i in v]
                else:
                    o.append(r"\pard " + _rtf_esc(v) + r"\par")
                o.append(r"\pard\par")
        elif t == "ul":
            o += [r"\pard\fi-284\li284\'95\tab " + _rtf_esc(i) + r"\par" for i in b[1]]
        elif t == "table":
            n = len(b[1][0])
            w = tuple(int(9600 * (i + 1) / n) for i in range(n))
            o += [row(rw, w) for rw in b[1]]
            o.append(r"\pard\par")
        elif t == "sig":
            o.append(r"\pard\par " + r"\par ".join(_rtf_esc(l) for l in b[1]) + r"\par")
    o.append("}")
    return "\r\n".join(o) + "\r\n"


def _h(s):
    return html.escape(s, quote=False)


def fl_webmail(blocks, r, c: Ctx, subject_prefix="", intro=True):
    """HTML saved from a webmail client: a header table, then the body as <div>s with <br>."""
    title = next(b[1] for b in blocks if b[0] == "title")
    subj = subject_prefix + title
    client = r.choice(["owa", "gmail", "roundcube"])
    frm = f"{c.cw} &lt;{c.cw.split()[0].lower()}@{c.kommune.lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk&gt;"
    to = f"{c.name} &lt;{c.fn.lower()}{r.randint(10, 99)}@hotmail.com&gt;"
    sent = f"{r.choice(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} {dword(c.letter)} {r.randint(8, 15)}:{r.randint(0, 59):02d}"
    o = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{_h(subj)}</title>",
         "<style>.hdr td{font-size:11px;color:#555} .msg{font-family:Calibri,Arial}</style></head><body>"]
    if client == "gmail":
        o.append(f"<div class=\"bodycontainer\"><div class=\"maincontent\"><table width=100% class=\"message\"><tr><td><b>{frm}</b></td><td align=right>{_h(sent)}</td></tr>"
                 f"<tr><td colspan=2>Til: {to}</td></tr></table>")
    else:
        o.append("<table class=\"hdr\">" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in
                                                   [("Fra:", frm), ("Sendt:", _h(sent)), ("Til:", to), ("Emne:", _h(subj))]) + "</table><hr>")
    o.append("<div class=\"msg\" dir=\"ltr\">")
    if intro:
        o.append(f"<div>Hej {_h(c.fn)}<br><br>{r.choice(['Som lovet sender jeg teksten', 'Her kommer teksten', 'Jeg har kopieret teksten ind'])} herunder, så du har det på skrift.<br><br></div>")
    lines = []
    for b in blocks:
        t = b[0]
        if t == "title":
            lines.append(f"<div><b><u>{_h(b[1])}</u></b></div>")
        elif t == "meta":
            lines.append("<div>" + "<br>".join(f"{_h(k)}: {_h(v)}" for k, v in b[1]) + "<br><br></div>")
        elif t == "h":
            lines.append(f"<div><b>{_h(b[1])}</b></div>")
        elif t == "p":
            lines.append(f"<div>{_h(b[1])}<br><br></div>")
        elif t == "f":
            _, key, label, v = b
            if isinstance(v, list):
                lines.append(f"<div><b>{_h(label)}:</b></div><ul>" + "".join(f"<li>{_h(i)}</li>" for i in v) + "</ul>")
            else:
                lines.append(f"<div><b>{_h(label)}:</b> {_h(v)}<br><br></div>")
        elif t == "ul":
            lines.append("<ul>" + "".join(f"<li>{_h(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "table":
            lines.append("<table border=1 cellpadding=3 style=\"border-collapse:collapse\">" + "".join(
                "<tr>" + "".join(f"<td>{_h(x)}</td>" for x in row) + "</tr>" for row in b[1]) + "</table><br>")
        elif t == "sig":
            lines.append("<div>" + "<br>".join(_h(x) for x in b[1]) + "</div>")
    o += lines
    o.append(f"<div><br>Venlig hilsen<br>{_h(c.cw)}<br>{_h(c.sender)}<br>Tlf. {c.cwphone}</div>")
    o.append("<div style=\"font-size:9px;color:#888\">Denne mail kan indeholde fortrolige oplysninger. Send aldrig personfølsomme oplysninger som cpr-nummer i en almindelig mail.</div>")
    o.append("</div>" + ("</div></div>" if client == "gmail" else "") + "</body></html>")
    return "\n".join(o) + "\n"


def fl_word_html(blocks, r):
    """Word 'Gem som webside, filtreret': MsoNormal paragraphs and tables."""
    tables = r.random() < 0.6
    o = ["<html>", "<head>", "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
         "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">", "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>",
         "</head>", "<body lang=DA>", "<div class=WordSection1>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(f"<h1>{_h(b[1])}</h1>")
        elif t == "meta":
            o += [f"<p class=MsoNormal>{_h(k)}: {_h(v)}</p>" for k, v in b[1]] + ["<p class=MsoNormal>&nbsp;</p>"]
        elif t == "h":
            o.append(f"<h2>{_h(b[1])}</h2>")
        elif t == "p":
            o.append(f"<p class=MsoNormal>{_h(b[1])}</p><p class=MsoNormal>&nbsp;</p>")
        elif t == "f":
            _, key, label, v = b
            if tables and key not in ("appeal", "reasons"):
                val = "".join(f"<p class=MsoNormal>-&nbsp;&nbsp;{_h(i)}</p>" for i in v) if isinstance(v, list) else f"<p class=MsoNormal>{_h(v)}</p>"
                row = f"<tr><td width=180 valign=top><p class=MsoNormal><b>{_h(label)}</b></p></td><td width=420 valign=top>{val}</td></tr>"
                if o[-1].endswith("</table>") and o[-1].startswith("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td width=180"):
                    o[-1] = o[-1][:-len("</table>")] + row + "</table>"
                else:
                    o.append(f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>{row}</table>")
            else:
                o.append(f"<p class=MsoNormal><b>{_h(label)}</b></p>")
                if isinstance(v, list):
                    o += [f"<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'>·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {_h(i)}</p>" for i in v]
                else:
                    o.append(f"<p class=MsoNormal>{_h(v)}</p>")
                o.append("<p class=MsoNormal>&nbsp;</p>")
        elif t == "ul":
            o += [f"<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'>·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {_h(i)}</p>" for i in b[1]]
        elif t == "table":
            o.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>" + "".join(
                "<tr>" + "".join(f"<td valign=top><p class=MsoNormal>{_h(x)}</p></td>" for x in row) + "</tr>" for row in b[1]) + "</table>")
        elif t == "sig":
            o += [f"<p class=MsoNormal>{_h(x)}</p>" for x in b[1]]
    o += ["</div>", "</body>", "</html>"]
    return "\n".join(o) + "\n"


# ----------------------------------------------------------------------------- plan
FLATTENERS = ["word-txt-tabs", "word-txt-caps", "word-txt-underline", "case-kv", "csv-rows",
              "markdown", "rtf-old", "webmail-html", "word-html"]
EXT = {"word-txt-tabs": "txt", "word-txt-caps": "txt", "word-txt-underline": "txt", "case-kv": "txt",
       "csv-rows": "txt", "markdown": "md", "rtf-old": "rtf", "webmail-html": "html", "word-html": "html"}

AGR_DEFECTS = [["missing-hours"], ["missing-follow-up"], ["missing-appeal-guidance"], ["missing-mentor"],
               ["unclear-goal"], ["duration-over-6-months"], ["missing-tasks"], ["missing-duration"],
               ["missing-goal"], ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
               ["missing-mentor", "duration-over-6-months"], ["missing-follow-up", "missing-appeal-guidance"],
               ["missing-tasks", "missing-hours"], ["duration-over-6-months"], ["missing-appeal-guidance"],
               ["missing-follow-up"], ["unclear-goal"], ["missing-duration", "missing-follow-up"], ["missing-hours"],
               ["missing-mentor"]]
MP_DEFECTS = [["missing-hours"], ["missing-mentor"], ["unclear-goal"], ["duration-over-6-months"], ["missing-tasks"],
              ["missing-duration"], ["missing-goal"], ["missing-hours", "unclear-goal"], ["missing-mentor", "missing-tasks"],
              ["duration-over-6-months"], ["unclear-goal"], ["missing-hours"], ["missing-duration", "missing-hours"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("partial", []), ("refusal", []), ("extension", []), ("end", []),
            ("grant", []), ("extension", []), ("refusal", []),
            ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]), ("refusal", ["missing-appeal-guidance"]),
            ("extension", ["duration-over-6-months"]), ("end", ["missing-appeal-guidance"]), ("partial", ["missing-appeal-guidance"]),
            ("grant", ["missing-appeal-guidance", "duration-over-6-months"]), ("grant", ["duration-over-6-months"]),
            ("refusal", ["missing-appeal-guidance"]), ("extension", ["missing-appeal-guidance"]),
            ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]), ("end", []), ("grant", [])]
UNK = ["status", "invoice", "minutes", "guidance", "private", "mail-meeting", "timesheet", "course", "standard",
       "application", "order", "club", "note", "hearing", "pricelist", "invitation", "plan-other", "survey", "reconsideration"]


def make(out: Path, seed: int):
    r = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    specs = []
    for i in range(14):
        specs.append({"kind": "agreement", "subtype": "agreement", "rules": []})
    for d in AGR_DEFECTS:
        specs.append({"kind": "agreement", "subtype": "agreement", "rules": list(d)})
    for i in range(9):
        specs.append({"kind": "minplan", "subtype": "minplan", "rules": [], "other_activity": i in (2, 6)})
    for d in MP_DEFECTS:
        specs.append({"kind": "minplan", "subtype": "minplan", "rules": list(d)})
    for sub, d in DEC_PLAN:
        specs.append({"kind": "decision", "subtype": sub, "rules": list(d)})
    for sub in UNK:
        specs.append({"kind": "unknown", "subtype": sub, "rules": []})
    # deliberate extras / tricky traits
    specs[3]["direct"] = True                      # clean agreement whose appeal goes straight to Ankestyrelsen
    specs[5]["discharge"] = True                   # clean udskrivningskoordinator agreement, 8 months in all
    specs[5]["period"] = "discharge8"
    dec = [s for s in specs if s["kind"] == "decision"]
    dec[2]["direct"] = True
    dec[4]["no_reasons"] = True
    r.shuffle(specs)
    entries = []
    fl_cycle = {k: r.sample(FLATTENERS, len(FLATTENERS)) for k in ("agreement", "minplan", "decision", "unknown")}
    counters = {k: 0 for k in fl_cycle}
    person_docs = {"status", "note", "hearing", "application", "order", "timesheet", "invitation",
                   "reconsideration", "plan-other", "minutes", "mail-meeting", "invoice"}
    eligible = [i for i, s in enumerate(specs) if s["kind"] != "unknown" or s["subtype"] in person_docs]
    cpr_idx = set(r.sample(eligible, 25))
    for n, spec in enumerate(specs, 1):
        c = Ctx(random.Random(seed * 1000 + n))
        kind = spec["kind"]
        fl = fl_cycle[kind][counters[kind] % len(FLATTENERS)]
        counters[kind] += 1
        use_cpr = n - 1 in cpr_idx
        spec["cpr"] = use_cpr
        spec["rules"] = sorted(spec["rules"])
        if kind == "agreement":
            blocks, per, traits = build_agreement(c, spec)
        elif kind == "minplan":
            blocks, per, traits = build_minplan(c, spec)
        elif kind == "decision":
            blocks, per, traits = build_decision(c, spec)
        else:
            blocks, per, traits = build_unknown(c, spec)
        has_cpr = any(b[0] == "meta" and any(v == c.cpr for _, v in b[1]) for b in blocks)
        if use_cpr and not has_cpr and kind == "unknown":
            # put the CPR where such documents carry it: a reference line
            blocks.insert(1, ("p", f"Vedr.: {c.name}, cpr.nr. {c.cpr}"))
            has_cpr = True
        ext = EXT[fl]
        enc = "utf-8"
        if fl == "word-txt-tabs":
            text = fl_word_txt(blocks, c.r, "tabs")
            if c.r.random() < 0.3:
                enc = "utf-8-sig"
        elif fl == "word-txt-caps":
            text = fl_word_txt(blocks, c.r, "caps").replace("\n", "\r\n")
            enc = "cp1252"
        elif fl == "word-txt-underline":
            text = fl_word_txt(blocks, c.r, "underline")
        elif fl == "case-kv":
            text = fl_case_kv(blocks, c.r)
            enc = c.r.choice(["utf-8", "cp1252"])
        elif fl == "csv-rows":
            text = fl_csv(blocks, c.r)
            enc = c.r.choice(["utf-8-sig", "cp1252"])
        elif fl == "markdown":
            text = fl_markdown(blocks, c.r)
        elif fl == "rtf-old":
            text = fl_rtf(blocks, c.r)
            enc = "ascii"
        elif fl == "webmail-html":
            text = fl_webmail(blocks, c.r, c, c.r.choice(["", "", "VS: ", "Sv: "]) if kind != "unknown" else "", kind != "unknown")
        else:
            text = fl_word_html(blocks, c.r)
            enc = "cp1252"
        slug = {"agreement": "aftale", "minplan": "minplan", "decision": f"afgoerelse-{spec['subtype']}",
                "unknown": spec["subtype"]}[kind]
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "andet"}[kind]
        rel = f"{folder}/{n:03d}-{slug}-{c.fn.lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fl == "word-html":
            text = text  # charset declared windows-1252
        p.write_bytes(text.encode(enc, errors="replace") if enc != "utf-8-sig" else b"\xef\xbb\xbf" + text.encode("utf-8"))
        mnc = []
        tr = ["flatten:" + fl, "enc:" + enc] + traits
        if has_cpr:
            mnc = [c.cpr, c.cpr.replace("-", "")]
            tr.append("cpr")
        extras = []
        if spec.get("direct") and "missing-appeal-guidance" not in spec["rules"] and kind in ("agreement", "decision"):
            extras.append("appeal-wrong-route")
        if spec.get("no_reasons") and kind == "decision":
            extras.append("missing-reasons")
        if spec.get("other_activity"):
            pass
        e = {"path": rel, "format": ext, "kind": kind, "subtype": spec["subtype"], "layout": fl,
             "rules": spec["rules"], "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": tr}
        if per:
            e["period"] = per
        entries.append(e)
    path = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fh")
    ap.add_argument("--seed", type=int, default=1212)
    a = ap.parse_args()
    es = make(Path(a.out), a.seed)
    print(f"{len(es)} documents written to {a.out}")


if __name__ == "__main__":
    main()
