#!/usr/bin/env python3
"""Corpus HH: bilingual mentor paperwork for refugees and migrants (Danish + uk/ar/fa/so/ti/en).

Usage:  /work/main/.venv/bin/python make_corpus_hh.py --out /work/corpora/hh [--seed 18]

Writes documents (docx, pdf, odt, html, txt, eml, rtf) and EXPECTED.jsonl (corpusgen manifest shape).
PDF and ODT are converted from DOCX with LibreOffice (own profile in /tmp/lo_hh_profile).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lang as L  # noqa: E402
import render as R  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = ["Vejle", "Holstebro", "Næstved", "Slagelse", "Randers", "Herning", "Esbjerg", "Kolding",
            "Silkeborg", "Viborg", "Svendborg", "Hjørring", "Aabenraa", "Horsens"]

CITIZENS = {
    "uk": [("Oksana", "Melnyk", "f"), ("Andrii", "Kovalenko", "m"), ("Iryna", "Shevchenko", "f"),
           ("Taras", "Bondarenko", "m"), ("Olena", "Tkachuk", "f"), ("Mykola", "Savchuk", "m"),
           ("Nataliia", "Horbach", "f")],
    "ar": [("Ahmad", "Al-Khatib", "m"), ("Rania", "Haddad", "f"), ("Mohammad", "Suleiman", "m"),
           ("Lina", "Khoury", "f"), ("Omar", "Darwish", "m"), ("Hiba", "Nasser", "f")],
    "fa": [("Zahra", "Ahmadi", "f"), ("Mohammad", "Rezaei", "m"), ("Farid", "Hosseini", "m"),
           ("Maryam", "Karimi", "f"), ("Ali", "Jafari", "m")],
    "so": [("Hodan", "Warsame", "f"), ("Abdirahman", "Farah", "m"), ("Fadumo", "Ali Hassan", "f"),
           ("Mahad", "Osman", "m")],
    "ti": [("Senait", "Tesfay", "f"), ("Yonas", "Ghebremedhin", "m"), ("Helen", "Kidane", "f"),
           ("Filmon", "Berhe", "m")],
    "en": [("Grace", "Okafor", "f"), ("Samuel", "Mensah", "m"), ("Faisal", "Noori", "m")],
}
MENTORS = {
    "uk": ["Halyna Petrenko", "Viktor Lysenko", "Svitlana Moroz"],
    "ar": ["Samira Haddad", "Khaled Mansour", "Nour El-Sayed"],
    "fa": ["Parisa Nazari", "Reza Mohammadi"],
    "so": ["Ayaan Yusuf", "Abdi Nur Jama"],
    "ti": ["Mehret Tesfamariam", "Daniel Asfaha"],
    "en": ["Louise Brandt", "Kasper Holm Nielsen"],
}
ORGS = [("Integrationsteamet, {k} Kommune", "{k}.dk"), ("Mentorkorpset i {k}", "mentorkorps-{k}.dk"),
        ("Dansk Flygtningehjælp Integrationsnet", "drc.ngo"), ("Sprogcenter {k}", "sprogcenter{k}.dk"),
        ("Brobyggerne ApS", "brobyggerne.dk")]
PLACES = [["Plejecenter Engbo", "Café Torvet", "Kantinen på Rådhuset", "Hotel Fjordgården"],
          ["Plejecenter Engbo"],
          ["Lagerhuset Nord A/S", "Byens Engros ApS", "Fjordens Møbellager"],
          ["ServiceRengøring ApS", "Hotel Fjordgården", "Rent & Pænt I/S"]]
SCHOOLS = ["SOSU Syd", "SOSU Østjylland", "SOSU Fyn", "SOSU Nord"]
CASEWORKERS = ["Mette Lund", "Jesper Kragh", "Anne-Sofie Bach", "Henrik Thygesen", "Pernille Dam",
               "Lone Skov Madsen", "Tobias Winther"]
INTERPRETERS = ["Samir Yousef", "Tetiana Hrytsenko", "Hamid Sharifi", "Khadra Mohamed",
                "Tesfalem Gebru", "Ruth Alemu"]
TOLKEBUREAUER = ["Tolkeservice Øst", "Tolkdanmark", "Dantolk", "Tolkecentralen Syd"]
PROGRAMS = ["Selvforsørgelses- og hjemrejseprogram (integrationslovens § 16)",
            "Introduktionsforløb (integrationslovens § 16, stk. 3)",
            "Selvforsørgelses- og hjemrejseprogram – særlig lov for fordrevne fra Ukraine",
            "Integrationsprogram"]


def slug(s, keep_dot=False):
    rep = {"æ": "ae", "ø": "oe", "å": "aa", " ": "-", ",": "", ".": "", "'": ""}
    if keep_dot:
        del rep["."]
    s = s.lower()
    for a, b in rep.items():
        s = s.replace(a, b)
    return s


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def fd(d, style="words"):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


class Case:
    def __init__(self, rng, tr, cpr=False, period_kind="ok"):
        self.rng = rng
        self.tr = tr
        clang = tr if tr in CITIZENS else "en"
        first, last, g = rng.choice(CITIZENS[clang])
        self.n, self.full, self.g = first, f"{first} {last}", g
        self.k = rng.choice(KOMMUNER)
        mlang = tr if tr in MENTORS else "en"
        self.m = rng.choice(MENTORS[mlang])
        org, dom = rng.choice(ORGS)
        self.org = org.format(k=self.k)
        self.mail = slug(self.m.split()[0]) + "." + slug(self.m.split()[-1]) + "@" + slug(dom.format(k=self.k), keep_dot=True)
        self.ph = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.gi = rng.randrange(len(L.GOALS_CLEAR))
        self.place = rng.choice(PLACES[self.gi])
        self.school = rng.choice(SCHOOLS)
        self.h = rng.choice([2, 2, 3, 3, 4, 5])
        self.h2 = rng.choice([12, 15, 18, 20, 25])
        self.cw = rng.choice(CASEWORKERS)
        self.cw_ph = f"{rng.randint(70, 79)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.interp = rng.choice(INTERPRETERS)
        self.bureau = rng.choice(TOLKEBUREAUER)
        self.program = rng.choice(PROGRAMS[:2] + PROGRAMS[3:] if tr != "uk" else PROGRAMS[2:3] + PROGRAMS[0:1])
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(100, 9999)}-26"
        self.start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 10]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        if period_kind == "over6":
            months = rng.choice([7, 8, 9, 12])
            self.end = add_months(self.start, months) - dt.timedelta(days=1)
            if rng.random() < 0.3:
                self.end = add_months(self.start, 6) + dt.timedelta(days=rng.randint(10, 40))
        else:
            months = rng.choice([3, 4, 6, 6, 6, 5])
            self.end = add_months(self.start, months) - dt.timedelta(days=1)
        gd = self.start + dt.timedelta(days=rng.randint(40, 110))
        self.goal_date, self.goal_date_num = fd(gd), fd(gd, "num")
        self.cpr = None
        if cpr:
            b = dt.date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))
            self.cpr = b.strftime("%d%m%y") + "-" + f"{rng.randint(0, 9999):04d}"
        self.ui = rng.randrange(len(L.GOALS_UNCLEAR))
        self.ti = rng.randrange(len(L.TASKS))
        self.fi = rng.randrange(len(L.FOLLOW))
        self.ai = rng.randrange(len(L.APPEAL_DA))
        self.dstyle = rng.choice(["words", "words", "num", "slash", "dot"])

    def fmt(self, s, trans=False):
        date = self.goal_date_num if trans else self.goal_date
        return s.format(n=self.n, place=self.place, school=self.school, date=date, h=self.h,
                        h2=self.h2, m=self.m, org=self.org, ph=self.ph, mail=self.mail, kommune=self.k,
                        s=fd(self.start, "num"), e=fd(self.end, "num"))

    def period_da(self):
        s, e = fd(self.start, self.dstyle), fd(self.end, self.dstyle)
        return self.rng.choice([f"{s} – {e}", f"Fra {s} til {e}", f"f.o.m. {s} t.o.m. {e}", f"{s}-{e}"])

    def hours_da(self):
        return self.rng.choice([f"{self.h} timer pr. uge", f"{self.h} timer om ugen",
                                f"{self.h} t/uge (direkte kontakt med mentor)", f"I alt {self.h} timer ugentligt"])

    def mentor_da(self):
        lname = L.LANG_NAME_DA.get(self.tr, "engelsk")
        return self.rng.choice([
            f"{self.m}, {self.org}, tlf. {self.ph}, {self.mail}",
            f"{self.m} (taler {lname} og dansk) – {self.org} – telefon {self.ph} – e-mail {self.mail}",
            f"{self.m}, mobil {self.ph}, {self.mail} ({self.org})"])


def field_values(c, states):
    """Return {field: (da, tr)} where None means not stated in that language."""
    tr = c.tr
    out = {}
    st = states
    # goal
    g = st.get("goal", "ok")
    if g == "ok":
        out["goal"] = (c.fmt(L.GOALS_CLEAR[c.gi]["da"]), c.fmt(L.GOALS_CLEAR[c.gi].get(tr, ""), True) or None)
    elif g == "unclear":
        out["goal"] = (c.fmt(L.GOALS_UNCLEAR[c.ui]["da"]), c.fmt(L.GOALS_UNCLEAR[c.ui].get(tr, "")) or None)
    elif g == "tr_only":
        out["goal"] = (None, c.fmt(L.GOALS_CLEAR[c.gi][tr], True))
    else:
        out["goal"] = (None, None)
    m = st.get("mentor", "ok")
    if m == "ok":
        out["mentor"] = (c.mentor_da(), c.fmt(L.MENTOR[tr]) if tr in L.MENTOR else None)
    elif m == "name_only":
        out["mentor"] = (c.m, c.m)
    elif m == "tr_only":
        out["mentor"] = (None, c.fmt(L.MENTOR[tr]))
    else:
        out["mentor"] = (None, None)
    t = st.get("tasks", "ok")
    if t == "ok":
        out["tasks"] = (c.fmt(L.TASKS[c.ti]["da"]), c.fmt(L.TASKS[c.ti].get(tr, "")) or None)
    elif t == "tr_only":
        out["tasks"] = (None, c.fmt(L.TASKS[c.ti][tr]))
    else:
        out["tasks"] = (None, None)
    p = st.get("period", "ok")
    ptr = c.fmt(L.PERIOD[tr]) if tr in L.PERIOD else None
    if p in ("ok", "over6"):
        out["period"] = (c.period_da(), ptr)
    elif p == "tr_only":
        out["period"] = (None, ptr)
    else:
        out["period"] = (None, None)
    h = st.get("hours", "ok")
    htr = L.hours_tr(tr, c.h) if tr in L.PERIOD else None
    if h == "ok":
        out["hours"] = (c.hours_da(), htr)
    elif h == "vague":
        out["hours"] = (L.HOURS_VAGUE["da"], L.HOURS_VAGUE.get(tr))
    elif h == "tr_only":
        out["hours"] = (None, htr)
    else:
        out["hours"] = (None, None)
    f = st.get("follow", "ok")
    if f == "ok":
        out["follow"] = (L.FOLLOW[c.fi]["da"], L.FOLLOW[c.fi].get(tr))
    elif f == "vague":
        out["follow"] = (L.FOLLOW_VAGUE["da"], L.FOLLOW_VAGUE.get(tr))
    elif f == "tr_only":
        out["follow"] = (None, L.FOLLOW[c.fi][tr])
    else:
        out["follow"] = (None, None)
    a = st.get("appeal", "ok")
    if a == "ok":
        out["appeal"] = (c.fmt(L.APPEAL_DA[c.ai]), L.APPEAL_TR.get(tr))
    elif a == "vague":
        out["appeal"] = (L.APPEAL_VAGUE["da"], L.APPEAL_VAGUE.get(tr))
    elif a == "tr_only":
        out["appeal"] = (None, L.APPEAL_TR[tr])
    else:
        out["appeal"] = (None, None)
    return out


def labels_for(kind, states):
    r = set()
    g = states.get("goal")
    if g == "missing":
        r.add("missing-goal")
    if g == "unclear":
        r.add("unclear-goal")
    if states.get("mentor") in ("missing", "name_only"):
        r.add("missing-mentor")
    if states.get("tasks") == "missing":
        r.add("missing-tasks")
    if states.get("period") == "missing":
        r.add("missing-duration")
    if states.get("period") == "over6":
        r.add("duration-over-6-months")
    if states.get("hours") in ("missing", "vague"):
        r.add("missing-hours")
    if states.get("follow") in ("missing", "vague"):
        r.add("missing-follow-up")
    if states.get("appeal") in ("missing", "vague"):
        r.add("missing-appeal-guidance")
    return sorted(r & REQUIRED[kind])


PLACEHOLDERS = ["Udfyldes senere", "-", "Aftales ved opstartsmødet", "…", "xx"]


def label_da(c, f):
    return c.rng.choice(L.HEAD[f]["da"])


def meta_rows(c, with_program=True):
    rows = [("Borger", c.full)]
    if c.cpr:
        rows.append((c.rng.choice(["CPR-nr.", "Cpr.nr.", "CPR"]), c.cpr))
    rows.append(("Sagsnr.", c.sagsnr))
    if with_program:
        rows.append(("Program", c.program))
    rows.append(("Sagsbehandler", f"{c.cw}, tlf. {c.cw_ph}"))
    return [[(a, "da"), (b, "da")] for a, b in rows]


def interp_note(c, d=None):
    d = d or c.letter_date
    if c.tr == "en":
        return (f"Aftalen er gennemgået på engelsk med {c.n} på mødet {fd(d)}. "
                f"Der var ikke brug for tolk.")
    return c.rng.choice([
        f"{L.INTERP[c.tr]} {c.interp}, {c.bureau}, ved mødet den {fd(d)}.",
        f"Aftalen er læst op og {L.INTERP[c.tr].lower().replace('tolket', 'tolket')} {c.interp} ({c.bureau}, fremmødetolk) den {fd(d, 'num')}.",
        f"Mødet blev holdt med telefontolk. {L.INTERP[c.tr]} {c.interp}, {c.bureau}.",
    ])


def signatures(c):
    return [{"t": "p", "text": "Underskrift borger: ______________________   Dato: ________"},
            {"t": "p", "text": "Underskrift mentor: ______________________   Dato: ________"},
            {"t": "p", "text": f"For {c.k} Kommune: {c.cw}"}]


AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte",
              "Aftale om mentor – integrationsprogram"]
FIELDS_AGR = ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]
FIELDS_PLAN = ["goal", "mentor", "tasks", "period", "hours"]


def context_para(c):
    return c.rng.choice([
        f"Du er i {c.program[0].lower() + c.program[1:]}. Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167 som en del af dit program.",
        f"Aftalen hører til dit forløb i {c.k} Kommune ({c.program}). Støtten bevilges efter LAB § 167, jf. integrationslovens § 23 d.",
        f"Mentorstøtten er en del af din integrationskontrakt og din plan i {c.k} Kommune. Du går samtidig på danskuddannelse på Sprogcenter {c.k}.",
    ])


# ---------------------------------------------------------------- agreements

def agreement_blocks(c, states, layout):
    rng = c.rng
    vals = field_values(c, states)
    tr = c.tr
    title = rng.choice(AGR_TITLES)
    fields = FIELDS_AGR
    blocks = []
    omit_style = rng.choice(["omit", "placeholder"])

    def da_or_ph(f):
        v = vals[f][0]
        if v is None and omit_style == "placeholder" and states.get(f) != "tr_only":
            return rng.choice(PLACEHOLDERS)
        return v

    if layout == "table3":
        blocks.append({"t": "title", "text": f"{title} / {L.AGR_TITLE_TR[tr]}", "lang": "da"})
        blocks.append({"t": "table", "rows": meta_rows(c)})
        blocks.append({"t": "p", "text": context_para(c)})
        rows = [[("Punkt", "da"), ("Dansk", "da"), (L.LANG_SELF[tr], tr)]]
        for f in fields[:-1]:
            da = da_or_ph(f)
            trv = vals[f][1]
            if da is None and trv is None:
                continue
            rows.append([(f"{label_da(c, f)} / {L.HEAD[f][tr]}", "da"), (da or "", "da"), (trv or "", tr)])
        blocks.append({"t": "table", "rows": rows, "header": True})
        da, trv = vals["appeal"]
        if da or trv:
            blocks.append({"t": "h", "text": f"{label_da(c, 'appeal')} / {L.HEAD['appeal'][tr]}"})
            if da:
                blocks.append({"t": "p", "text": da})
            if trv:
                blocks.append({"t": "p", "text": trv, "lang": tr})
        blocks.append({"t": "small", "text": interp_note(c)})
        blocks += signatures(c)
    elif layout == "alternating":
        blocks.append({"t": "title", "text": title})
        blocks.append({"t": "p", "text": L.AGR_TITLE_TR[tr], "lang": tr})
        blocks.append({"t": "p", "text": f"Aftale mellem {c.full} og {c.k} Kommune. Sagsnr. {c.sagsnr}." +
                       (f" CPR-nr. {c.cpr}." if c.cpr else "")})
        blocks.append({"t": "p", "text": context_para(c)})
        for f in fields:
            da = da_or_ph(f)
            trv = vals[f][1]
            if da is None and trv is None:
                continue
            blocks.append({"t": "h", "text": f"{label_da(c, f)} / {L.HEAD[f][tr]}"})
            if da:
                blocks.append({"t": "p", "text": da})
            if trv:
                blocks.append({"t": "p", "text": trv, "lang": tr})
        blocks.append({"t": "small", "text": interp_note(c)})
        blocks += signatures(c)
    elif layout == "da_then_tr":
        blocks.append({"t": "title", "text": title})
        blocks.append({"t": "table", "rows": meta_rows(c)})
        blocks.append({"t": "p", "text": context_para(c)})
        rows = []
        for f in fields[:-1]:
            da = da_or_ph(f)
            if da:
                rows.append([(label_da(c, f), "da"), (da, "da")])
        blocks.append({"t": "table", "rows": rows})
        if vals["appeal"][0]:
            blocks.append({"t": "h", "text": label_da(c, "appeal")})
            blocks.append({"t": "p", "text": vals["appeal"][0]})
        blocks += signatures(c)
        blocks.append({"t": "h", "text": f"Oversættelse til {L.LANG_NAME_DA[tr]} / {L.AGR_TITLE_TR[tr]}"})
        blocks.append({"t": "p", "text": L.TRANSLATION_NOTE[tr], "lang": tr})
        trrows = []
        for f in fields[:-1]:
            if vals[f][1]:
                trrows.append([(L.HEAD[f][tr], tr), (vals[f][1], tr)])
        blocks.append({"t": "table", "rows": trrows})
        if vals["appeal"][1]:
            blocks.append({"t": "h", "text": L.HEAD["appeal"][tr], "lang": tr})
            blocks.append({"t": "p", "text": vals["appeal"][1], "lang": tr})
        blocks.append({"t": "small", "text": f"Oversat af {c.interp}, {c.bureau}."})
    elif layout == "da_summary":
        blocks.append({"t": "title", "text": title})
        blocks.append({"t": "p", "text": f"Kære {c.n}"})
        blocks.append({"t": "p", "text": rng.choice([
            f"Her får du det, vi blev enige om på mødet den {fd(c.letter_date)}, skrevet ned. Vi talte sammen med tolk.",
            f"Tak for mødet {fd(c.letter_date)}. Nedenfor står vores aftale om mentorstøtte, som vi gennemgik med tolk.",
        ])})
        if c.cpr:
            blocks.append({"t": "p", "text": f"Sagsnr. {c.sagsnr} · CPR-nr. {c.cpr}"})
        for f in fields:
            da = da_or_ph(f)
            if da:
                blocks.append({"t": "h", "text": label_da(c, f)})
                blocks.append({"t": "p", "text": da})
        blocks.append({"t": "p", "text": f"Venlig hilsen\n{c.cw}, sagsbehandler, {c.k} Kommune, tlf. {c.cw_ph}"})
        slang = c.summary_lang
        blocks.append({"t": "h", "text": f"Kort resumé på {L.LANG_NAME_DA[slang]} / {L.LANG_SELF[slang]}"})
        blocks.append({"t": "p", "text": L.SUMMARY_INTRO[slang], "lang": slang})
        if slang != "ti":
            for f in fields:
                if vals[f][1] and (states.get(f) == "tr_only" or f in c.summary_fields):
                    blocks.append({"t": "p", "text": f"{L.HEAD[f][slang]}: {vals[f][1]}", "lang": slang})
    elif layout == "bilabel":
        blocks.append({"t": "title", "text": f"{title} – {L.AGR_TITLE_TR[tr]}"})
        blocks.append({"t": "table", "rows": meta_rows(c, with_program=False)})
        rows = []
        for f in fields:
            da = da_or_ph(f)
            trv = vals[f][1]
            if da is None and trv is None:
                continue
            rows.append([(f"{label_da(c, f)} / {L.HEAD[f][tr]}", "da"), (da or "", "da")])
            if trv:
                rows.append([("", "da"), (trv, tr)])
        blocks.append({"t": "table", "rows": rows})
        blocks.append({"t": "small", "text": interp_note(c)})
        blocks += signatures(c)
    elif layout == "other_only":
        blocks.append({"t": "title", "text": title})
        blocks.append({"t": "p", "text": f"Borger: {c.full} · Sagsnr. {c.sagsnr} · {c.k} Kommune"})
        blocks.append({"t": "p", "text": f"Aftalen er skrevet på {L.LANG_NAME_DA[tr]} efter ønske fra borgeren. "
                                         f"En dansk udgave ligger i sagen."})
        blocks.append({"t": "h", "text": L.AGR_TITLE_TR[tr], "lang": tr})
        for f in fields:
            trv = vals[f][1]
            if trv is None:
                continue
            blocks.append({"t": "h", "text": L.HEAD[f][tr], "lang": tr})
            blocks.append({"t": "p", "text": trv, "lang": tr})
        blocks.append({"t": "p", "text": f"Dato {fd(c.letter_date, 'num')} — {c.cw}, {c.k} Kommune"})
    return blocks


# ---------------------------------------------------------------- Min Plan

def plan_blocks(c, states, layout):
    rng = c.rng
    vals = field_values(c, states)
    tr = c.tr
    blocks = []
    fields = FIELDS_PLAN
    omit_style = rng.choice(["omit", "placeholder"])
    lang_end = add_months(c.start, rng.choice([14, 18, 24]))
    other = {"t": "table", "rows": [[("Aktivitet", "da"), ("Danskuddannelse 2, modul 3 – Sprogcenter " + c.k, "da")],
                                    [("Periode", "da"), (f"{fd(c.start - dt.timedelta(days=120), 'num')} – {fd(lang_end, 'num')}", "da")],
                                    [("Timer", "da"), ("15 timer pr. uge (dagundervisning)", "da")]]}

    def da_or_ph(f):
        v = vals[f][0]
        if v is None and omit_style == "placeholder" and states.get(f) != "tr_only":
            return rng.choice(PLACEHOLDERS)
        return v

    plabel = {"goal": "Formål med mentorstøtten", "mentor": "Mentor", "tasks": "Mentors opgaver", "period": "Periode", "hours": "Timer pr. uge"}
    if layout in ("mp_table", "mp_html"):
        blocks.append({"t": "title", "text": rng.choice(["Min Plan", "Min Plan – udskrift", f"Min Plan · {c.k} Kommune"])})
        blocks.append({"t": "p", "text": f"{c.full}" + (f" · {c.cpr}" if c.cpr else "") +
                       f" · udskrevet {fd(c.letter_date, 'num')} · {c.program}"})
        blocks.append({"t": "h", "text": "Aktiviteter"})
        blocks.append(other)
        blocks.append({"t": "h", "text": f"Mentorstøtte (LAB § 167) / {L.PLAN_TITLE_TR[tr]}"})
        rows = [[("", "da"), ("Dansk", "da"), (L.LANG_SELF[tr], tr)]]
        for f in fields:
            da, trv = da_or_ph(f), vals[f][1]
            if da is None and trv is None:
                continue
            rows.append([(plabel[f], "da"), (da or "", "da"), (trv or "", tr)])
        blocks.append({"t": "table", "rows": rows, "header": True})
        if rng.random() < 0.4 and states.get("tasks") != "missing":
            blocks.append({"t": "p", "text": "Status: Igangværende. Næste samtale med tolk i kommunen."})
    elif layout == "mp_txt":
        blocks.append({"t": "title", "text": f"MIN PLAN – {c.program.split(' (')[0].upper()}"})
        blocks.append({"t": "p", "text": f"Navn: {c.full}\nSagsnummer: {c.sagsnr}" + (f"\nCPR: {c.cpr}" if c.cpr else "")})
        blocks.append({"t": "h", "text": "1. Danskuddannelse"})
        blocks.append(other)
        blocks.append({"t": "h", "text": "2. Mentorstøtte"})
        rows = []
        for f in fields:
            da = da_or_ph(f)
            if da:
                rows.append([(plabel[f] if f != "goal" else "Målet med mentorstøtten", "da"), (da, "da")])
        blocks.append({"t": "table", "rows": rows})
        blocks.append({"t": "h", "text": f"{L.LANG_SELF[tr]} – {L.PLAN_TITLE_TR[tr]}", "lang": tr})
        blocks.append({"t": "p", "text": L.TRANSLATION_NOTE[tr], "lang": tr})
        for f in fields:
            if vals[f][1]:
                blocks.append({"t": "p", "text": f"{L.HEAD[f][tr]}: {vals[f][1]}", "lang": tr})
    elif layout == "mp_other":
        blocks.append({"t": "title", "text": "Min Plan – mentorstøtte"})
        blocks.append({"t": "p", "text": f"{c.full} · {c.k} Kommune · {fd(c.letter_date, 'num')}"})
        blocks.append({"t": "p", "text": f"Denne side er oversat til {L.LANG_NAME_DA[tr]}. Den danske plan findes på Min Side."})
        blocks.append({"t": "h", "text": L.PLAN_TITLE_TR[tr], "lang": tr})
        for f in fields:
            if vals[f][1]:
                blocks.append({"t": "h", "text": L.HEAD[f][tr], "lang": tr})
                blocks.append({"t": "p", "text": vals[f][1], "lang": tr})
    return blocks


# ---------------------------------------------------------------- decisions

DEC_TITLES = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får en mentor"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse: delvis bevilling af mentorstøtte"],
              "refusal": ["Afgørelse – afslag på mentorstøtte", "Afslag på ansøgning om mentor"],
              "extension": ["Afgørelse om forlængelse af mentorstøtte", "Din mentorstøtte forlænges"],
              "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"]}


def decision_blocks(c, sub, appeal_state, layout):
    rng = c.rng
    tr = c.tr
    blocks = []
    blocks.append({"t": "p", "text": f"{c.k} Kommune · Integration og Beskæftigelse · Rådhustorvet 1 · www.{slug(c.k)}.dk"})
    blocks.append({"t": "p", "text": f"{c.full}\nSagsnr.: {c.sagsnr}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else "") +
                   f"\nDato: {fd(c.letter_date)}"})
    blocks.append({"t": "title", "text": rng.choice(DEC_TITLES[sub])})
    blocks.append({"t": "p", "text": L.DEC_TITLE_TR.get(tr, "") or "", "lang": tr})
    per = c.period_da()
    hours = c.hours_da()
    law = rng.choice(["lov om en aktiv beskæftigelsesindsats (LAB) § 167", "LAB § 167, stk. 1",
                      "§ 167 i lov om en aktiv beskæftigelsesindsats, jf. integrationslovens § 23 d"])
    if sub == "grant":
        body = [f"Du har søgt om en mentor, der taler {L.LANG_NAME_DA.get(tr, 'engelsk')}. Vi har besluttet, at du får mentorstøtte efter {law}.",
                f"Periode: {per}.", f"Timetal: {hours}.",
                f"Din mentor er {c.m}, {c.org}, tlf. {c.ph}."]
        reason = "Vi lægger vægt på, at du er ny i Danmark, at du går på danskuddannelse, og at du har brug for støtte til at komme i praktik. Støtten skal hjælpe dig mod job eller uddannelse."
    elif sub == "partial":
        asked = rng.choice(["12 måneder og 8 timer om ugen", "9 måneder", "10 timer om ugen i et år"])
        body = [f"Du søgte den {fd(c.letter_date - dt.timedelta(days=30))} om mentorstøtte i {asked}. Du får delvist medhold.",
                f"Du får bevilget mentorstøtte i perioden {per}, {hours}, efter {law}.",
                f"Mentor: {c.m}, tlf. {c.ph}."]
        reason = "Du får ikke det fulde antal timer, fordi du allerede får lektiehjælp og sprogstøtte på sprogcentret. Efter en konkret vurdering finder vi, at dit behov kan dækkes med færre timer. Loven giver højst 6 måneder ad gangen; vi vurderer behovet igen inden udløb."
    elif sub == "refusal":
        body = [f"Du har den {fd(c.letter_date - dt.timedelta(days=21))} søgt om mentorstøtte. Vi har givet dig afslag."]
        reason = f"Efter {law} kan kommunen give mentorstøtte, hvis det er nødvendigt for, at du kan gennemføre en aktivitet eller fastholde et job. Du deltager allerede stabilt i danskuddannelsen og i virksomhedspraktik, og du får støtte gennem dit program. Vi vurderer derfor ikke, at mentorstøtte er nødvendig nu."
    elif sub == "extension":
        body = [f"Din mentorstøtte hos {c.m} forlænges efter en ny konkret vurdering, jf. {law}.",
                f"Ny periode: {per}.", f"Timetal: {hours}."]
        reason = "Du er godt i gang i praktikken, men du har stadig brug for hjælp til at forstå arbejdsopgaver og breve på dansk. Vi følger op hver måned med tolk."
    else:
        c.end = c.letter_date + dt.timedelta(days=rng.randint(10, 30))
        body = [f"Din mentorstøtte stopper den {fd(c.end)}.",
                f"Du har fået mentorstøtte af {c.m} siden {fd(add_months(c.end, -4))}."]
        reason = f"Du er startet på {c.school} og har ikke længere brug for en mentor for at gennemføre din uddannelse. Vi har truffet afgørelsen efter {law}."
    for b in body:
        blocks.append({"t": "p", "text": b})
    blocks.append({"t": "h", "text": rng.choice(["Begrundelse", "Sådan har vi vurderet", "Derfor har vi besluttet det"])})
    blocks.append({"t": "p", "text": reason})
    da_app = None
    tr_app = None
    if appeal_state == "ok":
        da_app, tr_app = c.fmt(L.APPEAL_DA[c.ai]), L.APPEAL_TR.get(tr)
    elif appeal_state == "vague":
        da_app, tr_app = L.APPEAL_VAGUE["da"], L.APPEAL_VAGUE.get(tr)
    elif appeal_state == "tr_only":
        tr_app = L.APPEAL_TR[tr]
    elif appeal_state == "da_only":
        da_app = c.fmt(L.APPEAL_DA[c.ai])
    if da_app:
        blocks.append({"t": "h", "text": label_da(c, "appeal")})
        blocks.append({"t": "p", "text": da_app})
    blocks.append({"t": "p", "text": f"Med venlig hilsen\n{c.cw}\nSagsbehandler, tlf. {c.cw_ph}"})
    # translation part
    if tr in L.DEC_TR[sub]:
        period_tr = c.fmt(L.PERIOD[tr])
        sent = L.DEC_TR[sub][tr].format(hours=L.hours_tr(tr, c.h), period=period_tr, m=c.m,
                                        e=fd(c.end, "num"))
        if layout == "sidebyside":
            rows = [[("Dansk (kort)", "da"), (L.LANG_SELF[tr], tr)],
                    [(body[0], "da"), (sent, tr)]]
            if tr_app:
                rows.append([(da_app or "", "da"), (tr_app, tr)])
            blocks.append({"t": "h", "text": f"Oversættelse / {L.LANG_SELF[tr]}"})
            blocks.append({"t": "table", "rows": rows, "header": True})
        else:
            blocks.append({"t": "h", "text": f"{L.DEC_TITLE_TR[tr]} – {L.LANG_SELF[tr]}", "lang": tr})
            blocks.append({"t": "p", "text": L.TRANSLATION_NOTE[tr], "lang": tr})
            blocks.append({"t": "p", "text": sent, "lang": tr})
            if tr_app:
                blocks.append({"t": "h", "text": L.HEAD["appeal"][tr], "lang": tr})
                blocks.append({"t": "p", "text": tr_app, "lang": tr})
    elif tr == "ti":
        blocks.append({"t": "h", "text": "ሓጺር መግለጺ ብትግርኛ"})
        blocks.append({"t": "p", "text": L.SUMMARY_INTRO["ti"], "lang": "ti"})
    return blocks


# ---------------------------------------------------------------- unknown documents

def unknown_doc(c, which):
    """Return (blocks, title, subtype, traits)."""
    rng = c.rng
    tr = c.tr
    b = []
    if which == "attendance":
        b.append({"t": "title", "text": f"Fremmøderapport – Sprogcenter {c.k}"})
        b.append({"t": "p", "text": f"Kursist: {c.full} · Danskuddannelse 2, modul 3 · Hold D2-3B · Rapport til {c.k} Kommune"})
        rows = [[("Måned", "da"), ("Planlagte lektioner", "da"), ("Fremmøde", "da"), ("Fravær med grund", "da")]]
        for i in range(4):
            mo = MONTHS[(c.start.month + i - 1) % 12]
            pl = rng.choice([48, 52, 56])
            rows.append([(mo.capitalize(), "da"), (str(pl), "da"), (f"{rng.randint(70, 100)} %", "da"), (str(rng.randint(0, 6)), "da")])
        b.append({"t": "table", "rows": rows, "header": True})
        b.append({"t": "p", "text": "Kursisten er stabil og deltager aktivt. Modultest 3 forventes i næste kvartal."})
        b.append({"t": "p", "text": L.LANG_SELF.get(tr, "") + ": " + {"uk": "Звіт про відвідування мовної школи.", "ar": "تقرير الحضور في مدرسة اللغة.", "fa": "گزارش حضور در مدرسه زبان.", "so": "Warbixinta imaanshaha dugsiga luqadda.", "ti": "ጸብጻብ ምምጻእ ቤት ትምህርቲ ቋንቋ።", "en": "Attendance report from the language school."}[tr], "lang": tr})
        return b, "Fremmøderapport", "attendance-report", ["unknown:attendance"]
    if which == "interpreter_booking":
        b.append({"t": "title", "text": "Bekræftelse af tolkebestilling"})
        b.append({"t": "table", "rows": [[("Bestillingsnr.", "da"), (f"TB-{rng.randint(100000, 999999)}", "da")],
                                         [("Sprog", "da"), (L.LANG_NAME_DA[tr].capitalize(), "da")],
                                         [("Type", "da"), (rng.choice(["Fremmødetolkning", "Telefontolkning", "Videotolkning"]), "da")],
                                         [("Dato og tid", "da"), (f"{fd(c.letter_date, 'num')} kl. 10.00-11.30", "da")],
                                         [("Sted", "da"), (f"{c.k} Rådhus, mødelokale 2.14", "da")],
                                         [("Anledning", "da"), ("Opfølgningssamtale (mentorstøtte)", "da")],
                                         [("Tolk", "da"), (c.interp, "da")],
                                         [("Bestilt af", "da"), (f"{c.cw}, {c.k} Kommune", "da")]]})
        b.append({"t": "p", "text": f"Afbestilling senere end 24 timer før opgaven faktureres fuldt. Venlig hilsen {c.bureau}"})
        return b, "Bekræftelse af tolkebestilling", "interpreter-booking", ["unknown:booking"]
    if which == "contract_page":
        b.append({"t": "title", "text": "Integrationskontrakt – side 2"})
        b.append({"t": "p", "text": f"Kontrakten er indgået mellem {c.full} og {c.k} Kommune efter integrationslovens § 19. Kontrakten indeholder dit beskæftigelsesrettede mål og dit uddannelsesmål og bliver opdateret i Min Plan."})
        b.append({"t": "p", "text": "Jeg har fået kontraktens indhold oversat, og jeg er indforstået med, at jeg skal deltage aktivt i programmet og i danskuddannelsen."})
        if tr in L.TRANSLATION_NOTE:
            b.append({"t": "p", "text": {"uk": "Мені переклали зміст контракту, і я погоджуюсь активно брати участь у програмі та в курсі данської мови.",
                                         "ar": "تمت ترجمة محتوى العقد لي، وأوافق على المشاركة بنشاط في البرنامج وفي دورة اللغة الدنماركية.",
                                         "fa": "محتوای قرارداد برای من ترجمه شد و موافقم که فعالانه در برنامه و کلاس زبان دانمارکی شرکت کنم.",
                                         "so": "Waxa la ii turjumay waxa ku jira heshiiska, waxaanan oggolahay inaan si firfircoon uga qaybgalo barnaamijka iyo waxbarashada luqadda Danishka.",
                                         "ti": "ትሕዝቶ ውዕል ተተርጒሙለይ እዩ፣ ኣብቲ መደብን ትምህርቲ ቋንቋ ዴንማርክን ብንጡፍ ክሳተፍ ተሰማሚዐ ኣለኹ።",
                                         "en": "The content of the contract has been translated for me, and I agree to take an active part in the programme and in the Danish course."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"{L.INTERP[tr]} {c.interp}." if tr != "en" else "Gennemgået på engelsk."})
        b.append({"t": "p", "text": "Underskrift: ____________________   Dato: ____________"})
        b.append({"t": "p", "text": "Side 2 af 4"})
        return b, "Integrationskontrakt", "integration-contract-page", ["unknown:contract-page"]
    if which == "welcome":
        b.append({"t": "title", "text": f"Velkommen til {c.k} Kommune"})
        b.append({"t": "p", "text": f"Kære {c.n}"})
        b.append({"t": "p", "text": f"Velkommen til {c.k}. Du skal snart til dit første møde i kommunen, hvor vi taler om din plan, danskuddannelse og job. Vi bestiller en tolk til mødet. Nogle borgere får også en mentor, som taler deres sprog. Det aftaler vi sammen senere."})
        b.append({"t": "p", "text": {"uk": f"Ласкаво просимо до {c.k}. Незабаром у вас буде перша зустріч у комуні. Ми замовимо перекладача.",
                                     "ar": f"مرحباً بك في {c.k}. سيكون لديك قريباً أول اجتماع في البلدية. سنحجز لك مترجماً.",
                                     "fa": f"به {c.k} خوش آمدید. به زودی اولین جلسه شما در کمون برگزار می‌شود. ما برای شما مترجم رزرو می‌کنیم.",
                                     "so": f"Ku soo dhowow {c.k}. Dhowaan waxaad yeelan doontaa kulankaaga ugu horreeya ee kommunen. Turjubaan ayaan kuu dalban doonnaa.",
                                     "ti": f"ናብ {c.k} እንቋዕ ብደሓን መጻእኩም። ቀዳማይ ርክብኩም ምስ ኮሙን ቀልጢፉ ክኸውን እዩ። ተርጓሚ ክንሕዘልኩም ኢና።",
                                     "en": f"Welcome to {c.k}. You will soon have your first meeting at the municipality. We will book an interpreter."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"Møde: {fd(c.letter_date + dt.timedelta(days=10))} kl. 9.30, Borgerservice, {c.k} Rådhus. Kontakt: {c.cw}, tlf. {c.cw_ph}."})
        b.append({"t": "p", "text": f"Venlig hilsen\nIntegrationsteamet, {c.k} Kommune"})
        return b, "Velkomstbrev", "welcome-letter", ["unknown:welcome"]
    if which == "status_report":
        b.append({"t": "title", "text": "Statusrapport fra mentor"})
        b.append({"t": "table", "rows": [[("Borger", "da"), (c.full, "da")], [("Mentor", "da"), (f"{c.m}, {c.org}", "da")],
                                         [("Rapportperiode", "da"), (f"{fd(c.start, 'num')} – {fd(add_months(c.start, 3) - dt.timedelta(days=1), 'num')}", "da")],
                                         [("Anvendte timer", "da"), (f"{c.h * 12} timer af {c.h * 13} bevilgede", "da")]]})
        b.append({"t": "h", "text": "Hvordan går det?"})
        b.append({"t": "p", "text": f"{c.n} møder nu stabilt på sprogcentret og har været i praktik på {c.place} i fem uger. Vi har øvet fagord og mødetider. Vi taler {L.LANG_NAME_DA.get(tr, 'engelsk')} sammen, når dansk ikke slår til, men mere og mere på dansk."})
        b.append({"t": "h", "text": "Udfordringer"})
        b.append({"t": "p", "text": "Transport fra boligen er svær om morgenen. Der er stadig brug for hjælp med breve i Digital Post."})
        b.append({"t": "h", "text": "Anbefaling"})
        b.append({"t": "p", "text": "Jeg anbefaler, at sagsbehandleren vurderer, om støtten skal fortsætte efter perioden."})
        return b, "Statusrapport fra mentor", "mentor-status-report", ["unknown:status-report"]
    if which == "leaflet":
        b.append({"t": "title", "text": f"Hvad er en mentor? / {L.HEAD['mentor'][tr]}"})
        b.append({"t": "p", "text": "En mentor er en person, der hjælper dig i en periode, fx med at starte i praktik, på sprogskolen eller i job. Kommunen kan give mentorstøtte efter LAB § 167 i højst 6 måneder ad gangen."})
        b.append({"t": "p", "text": "Når du får en mentor, skriver vi en aftale. Den skal indeholde:"})
        b.append({"t": "list", "items": ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                                         "hvor længe aftalen varer, og hvordan vi følger op", "hvor mange timer om ugen", "klagevejledning"]})
        b.append({"t": "p", "text": "Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Kommunen sender en fastholdt afgørelse til Ankestyrelsen."})
        b.append({"t": "p", "text": {"uk": "Наставник допомагає вам певний час — наприклад, почати практику, навчання в мовній школі або роботу. Комуна може надати наставника щонайбільше на 6 місяців за раз.",
                                     "ar": "المرشد هو شخص يساعدك لفترة، مثلاً عند بدء التدريب العملي أو مدرسة اللغة أو العمل. يمكن للبلدية منحك مرشداً لمدة أقصاها 6 أشهر في كل مرة.",
                                     "fa": "منتور کسی است که برای مدتی به شما کمک می‌کند، مثلاً برای شروع کارآموزی، مدرسه زبان یا کار. کمون می‌تواند هر بار حداکثر برای ۶ ماه منتور بدهد.",
                                     "so": "Lataliyuhu waa qof ku caawiya muddo, tusaale ahaan bilaabidda tababarka, dugsiga luqadda ama shaqada. Kommunen waxay ku siin kartaa lataliye ugu badnaan 6 bilood mar kasta.",
                                     "ti": "መንቶር ንግዜኡ ዝሕግዘካ ሰብ እዩ፣ ንኣብነት ልምምድ ስራሕ፣ ቤት ትምህርቲ ቋንቋ ወይ ስራሕ ክትጅምር ከለኻ።",
                                     "en": "A mentor is a person who helps you for a period, for example when you start a work placement, the language school or a job. The municipality can give you a mentor for at most 6 months at a time."}[tr], "lang": tr})
        return b, "Hvad er en mentor?", "guidance-leaflet", ["unknown:leaflet", "lists-fields"]
    if which == "appointment":
        b.append({"t": "title", "text": "Indkaldelse til samtale"})
        b.append({"t": "p", "text": f"Kære {c.n}\n\nDu er indkaldt til samtale om din plan {fd(c.letter_date + dt.timedelta(days=7))} kl. 13.00 i Jobhuset, {c.k}. Vi har bestilt en tolk ({L.LANG_NAME_DA[tr]}). Din mentor {c.m} deltager også."})
        b.append({"t": "p", "text": "Hvis du ikke kan komme, skal du ringe til os inden mødet. Udebliver du uden rimelig grund, kan det få betydning for din ydelse."})
        b.append({"t": "p", "text": f"Venlig hilsen {c.cw}, tlf. {c.cw_ph}"})
        return b, "Indkaldelse til samtale", "appointment", ["unknown:appointment"]
    if which == "progress_report":
        b.append({"t": "title", "text": "Progressionsrapport – Danskuddannelse"})
        b.append({"t": "table", "rows": [[("Kursist", "da"), (c.full, "da")], [("Uddannelse", "da"), ("DU2, modul 3", "da")],
                                         [("Lytte", "da"), ("Niveau B1-", "da")], [("Tale", "da"), ("Niveau A2+", "da")],
                                         [("Læse", "da"), ("Niveau B1", "da")], [("Skrive", "da"), ("Niveau A2", "da")]]})
        b.append({"t": "p", "text": f"{c.n} har gjort gode fremskridt og forventes at tage modultest 3 næste måned. Vi anbefaler fortsat deltagelse i sprogpraktik."})
        b.append({"t": "p", "text": f"Lærer: Birgitte Holm, Sprogcenter {c.k}"})
        return b, "Progressionsrapport", "language-progress-report", ["unknown:progress"]
    if which == "invoice":
        b.append({"t": "title", "text": "FAKTURA – tolkeydelser"})
        b.append({"t": "p", "text": f"{c.bureau} · CVR 3{rng.randint(1000000, 9999999)}\nTil: {c.k} Kommune, Integration (EAN 57980{rng.randint(10000000, 99999999)})"})
        rows = [[("Dato", "da"), ("Sprog", "da"), ("Opgave", "da"), ("Minutter", "da"), ("Beløb", "da")]]
        for i in range(3):
            d = c.letter_date + dt.timedelta(days=7 * i)
            rows.append([(fd(d, "num"), "da"), (L.LANG_NAME_DA[tr], "da"), (rng.choice(["Mentormøde", "Opfølgning", "Sprogcenter"]), "da"),
                         (str(rng.choice([60, 90, 120])), "da"), (f"{rng.randint(450, 1400)},00 kr.", "da")])
        b.append({"t": "table", "rows": rows, "header": True})
        b.append({"t": "p", "text": "Betalingsbetingelser: netto 30 dage."})
        return b, "Faktura", "invoice", ["unknown:invoice"]
    if which == "hearing":
        b.append({"t": "title", "text": "Partshøring – vi overvejer at stoppe din mentorstøtte"})
        b.append({"t": "p", "text": f"Kære {c.n}\n\nVi overvejer at stoppe din mentorstøtte, fordi du er begyndt på {c.school}. Før vi træffer en afgørelse, vil vi høre, om du har bemærkninger. Du kan svare inden 14 dage, skriftligt eller ved at ringe. Du kan få en tolk."})
        if tr in L.PERIOD:
            b.append({"t": "p", "text": {"uk": "Ми розглядаємо припинення наставництва. Ви можете відповісти протягом 14 днів.",
                                         "ar": "نحن نفكر في إيقاف دعم المرشد. يمكنك الرد خلال 14 يوماً.",
                                         "fa": "ما در حال بررسی پایان حمایت منتور هستیم. می‌توانید ظرف ۱۴ روز پاسخ دهید.",
                                         "so": "Waxaan ka fikireynaa joojinta taageerada lataliyaha. Waxaad ka jawaabi kartaa 14 maalmood gudahood.",
                                         "en": "We are considering ending your mentor support. You can reply within 14 days."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"Venlig hilsen {c.cw}, tlf. {c.cw_ph}"})
        return b, "Partshøring", "hearing", ["unknown:hearing"]
    if which == "minutes":
        b.append({"t": "title", "text": "Referat – netværksmøde"})
        b.append({"t": "p", "text": f"Deltagere: {c.full}, {c.cw} (kommunen), Birgitte Holm (sprogcenter), {c.interp} (tolk, {L.LANG_NAME_DA[tr]})"})
        b.append({"t": "list", "items": ["Orientering om fremmøde på danskuddannelsen – godt.",
                                         "Boligsituation: familien venter på større lejlighed.",
                                         "Børnenes skolestart drøftet; kontakt til skolen aftalt.",
                                         "Næste møde om ca. 2 måneder."]})
        b.append({"t": "p", "text": f"Referent: {c.cw}"})
        return b, "Referat", "minutes", ["unknown:minutes"]
    if which == "reschedule_mail":
        b.append({"t": "p", "text": f"Hej {c.n}\n\nVores møde på torsdag bliver flyttet til fredag kl. 10 på biblioteket. Husk dit brev fra SKAT, så kigger vi på det sammen."})
        b.append({"t": "p", "text": {"uk": "Нашу зустріч перенесено на п'ятницю о 10:00 у бібліотеці. Візьміть лист від SKAT.",
                                     "ar": "تم نقل موعدنا إلى يوم الجمعة الساعة 10 في المكتبة. أحضر رسالة SKAT.",
                                     "fa": "جلسه ما به جمعه ساعت ۱۰ در کتابخانه منتقل شد. نامه SKAT را بیاورید.",
                                     "so": "Kulankeenna waxaa loo wareejiyay Jimcaha saacadda 10 maktabadda. Keen warqadda SKAT.",
                                     "ti": "ርክብና ናብ ዓርቢ ሰዓት 10 ኣብ ቤተ-መጻሕፍቲ ተቐይሩ ኣሎ።",
                                     "en": "Our meeting has moved to Friday at 10 at the library. Bring the letter from SKAT."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"Mvh {c.m}"})
        return b, "Flytning af møde", "mail-reschedule", ["unknown:mail"]
    if which == "declaration":
        b.append({"t": "title", "text": "Erklæring om integration og aktivt medborgerskab i det danske samfund"})
        b.append({"t": "p", "text": "Jeg erklærer, at jeg vil respektere Danmarks grundlæggende værdier, lære dansk så hurtigt som muligt og arbejde for at blive selvforsørgende."})
        b.append({"t": "p", "text": {"uk": "Я заявляю, що поважатиму основні цінності Данії, якомога швидше вивчу данську мову і працюватиму, щоб забезпечувати себе.",
                                     "ar": "أُعلن أنني سأحترم القيم الأساسية للدنمارك، وأتعلم اللغة الدنماركية في أسرع وقت ممكن، وأعمل لأصبح معتمداً على نفسي.",
                                     "fa": "اعلام می‌کنم که ارزش‌های بنیادین دانمارک را محترم می‌شمارم، زبان دانمارکی را هر چه زودتر یاد می‌گیرم و برای خودکفایی تلاش می‌کنم.",
                                     "so": "Waxaan caddeynayaa inaan ixtiraami doono qiyamka aasaasiga ah ee Danmark, aan sida ugu dhakhsaha badan u baran doono Danish, oon u shaqeyn doono inaan is-bixiyo.",
                                     "ti": "ንመሰረታዊ ክብርታት ዴንማርክ ከኽብር፣ ዴንማርክኛ ብቕልጡፍ ክመሃርን ርእሰ-ምኽኣል ክኸውን ክሰርሕን ምዃነይ ይገልጽ።",
                                     "en": "I declare that I will respect the fundamental values of Denmark, learn Danish as quickly as possible and work to become self-supporting."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"Navn: {c.full}" + (f"   CPR-nr.: {c.cpr}" if c.cpr else "") + "\nUnderskrift: ______________________"})
        return b, "Erklæring om integration", "declaration", ["unknown:declaration"]
    if which == "absence_letter":
        b.append({"t": "title", "text": "Fravær på danskuddannelsen"})
        b.append({"t": "p", "text": f"Kære {c.n}\n\nDu har haft fravær uden grund 6 gange i sidste måned. Sprogcentret har pligt til at give kommunen besked om dit fravær. Kontakt din lærer, hvis du er syg eller har andre problemer."})
        b.append({"t": "p", "text": {"uk": "Ви пропустили 6 занять без причини.", "ar": "لقد تغيبت 6 مرات دون سبب.", "fa": "شما ۶ بار بدون دلیل غیبت داشتید.", "so": "Waxaad maqnaatay 6 jeer sabab la'aan.", "ti": "6 ግዜ ብዘይ ምኽንያት ኣይመጻእካን።", "en": "You have been absent 6 times without a reason."}[tr], "lang": tr})
        b.append({"t": "p", "text": f"Venlig hilsen Sprogcenter {c.k}"})
        return b, "Fraværsbrev", "absence-letter", ["unknown:absence"]
    if which == "booking_form":
        b.append({"t": "title", "text": "Tolkebestilling – intern formular"})
        b.append({"t": "table", "rows": [[("Borger", "da"), (c.full, "da")], [("Sprog/dialekt", "da"), ({"fa": "Dari (ikke iransk farsi)", "ar": "Arabisk (levantinsk)", "uk": "Ukrainsk", "so": "Somali", "ti": "Tigrinya", "en": "Engelsk"}[tr], "da")],
                                         [("Køn på tolk", "da"), ("Ingen præference", "da")], [("Møde", "da"), ("Opstartsmøde med ny mentor", "da")],
                                         [("Dato", "da"), (fd(c.letter_date, "num"), "da")], [("Bestiller", "da"), (c.cw, "da")]]})
        return b, "Tolkebestilling", "interpreter-booking-form", ["unknown:booking-form"]
    raise ValueError(which)


# ---------------------------------------------------------------- plan of the corpus

def build_specs(rng):
    specs = []
    langs = ["uk", "ar", "fa", "so", "en", "uk", "ar", "fa"]
    # agreements: (layout, fmt)
    agr_layouts = ([("table3", "docx")] * 3 + [("table3", "pdf")] * 3 + [("table3", "odt")] * 2 +
                   [("alternating", "html")] * 3 + [("alternating", "docx")] * 2 + [("alternating", "rtf")] * 2 +
                   [("da_then_tr", "txt")] * 3 + [("da_then_tr", "odt")] * 2 + [("da_then_tr", "pdf")] * 2 +
                   [("da_summary", "eml")] * 3 + [("da_summary", "txt"), ("da_summary", "html")] +
                   [("bilabel", "rtf"), ("bilabel", "txt"), ("other_only", "html"), ("other_only", "docx")])
    agr_states = ([{}] * 8 + [{"appeal": "vague", "goal": "unclear"}, {"mentor": "missing"}] +
                  [{"hours": "tr_only"}, {"period": "tr_only"}, {"mentor": "tr_only"}, {"follow": "tr_only"},
                   {"appeal": "tr_only"}, {"tasks": "tr_only"}] +
                  [{"goal": "missing"}, {"goal": "unclear"}, {"mentor": "name_only"}, {"tasks": "missing"},
                   {"period": "missing"}, {"period": "over6"}, {"hours": "vague"}, {"hours": "missing"},
                   {"follow": "vague"}, {"appeal": "vague"}, {"appeal": "missing"}] +
                  [{"goal": "unclear", "follow": "missing"}, {"period": "over6", "appeal": "missing"},
                   {"mentor": "name_only", "hours": "vague"}, {"follow": "missing"}])
    rng.shuffle(agr_states)
    # make sure tr_only states sit on layouts that carry a translation of that field
    for i, (lay, fmt) in enumerate(agr_layouts):
        st = agr_states[i]
        specs.append({"kind": "agreement", "layout": lay, "fmt": fmt, "states": dict(st), "lang": langs[i % len(langs)]})
    for s in specs:
        if s["layout"] == "other_only":
            # all fields are in the other language; missing-in-both defects still apply
            if any(v == "tr_only" for v in s["states"].values()):
                s["states"] = {}
    # Min Plan entries
    plan_layouts = ([("mp_table", "docx")] * 3 + [("mp_table", "pdf")] * 3 + [("mp_table", "odt")] +
                    [("mp_html", "html")] * 4 + [("mp_txt", "txt")] * 4 + [("mp_table", "rtf")] * 2 +
                    [("mp_other", "odt"), ("mp_other", "odt"), ("mp_other", "html")])
    plan_states = ([{}] * 7 +
                   [{"hours": "tr_only"}, {"period": "tr_only"}] +
                   [{"goal": "missing"}, {"goal": "unclear"}, {"goal": "unclear"}, {"mentor": "name_only"},
                    {"mentor": "missing"}, {"tasks": "missing"}, {"period": "missing"}, {"period": "over6"},
                    {"period": "over6"}, {"hours": "vague"}, {"hours": "missing", "goal": "unclear"}])
    rng.shuffle(plan_states)
    for i, (lay, fmt) in enumerate(plan_layouts):
        st = dict(plan_states[i])
        if lay == "mp_other" and any(v == "tr_only" for v in st.values()):
            st = {}
        specs.append({"kind": "minplan", "layout": lay, "fmt": fmt, "states": st, "lang": langs[(i + 3) % len(langs)]})
    # decisions
    dec_fmts = ["docx"] * 4 + ["pdf"] * 5 + ["rtf"] * 2 + ["html"] * 4 + ["eml"] * 3 + ["txt"] * 3 + ["odt"]
    subs = ["grant"] * 6 + ["partial"] * 4 + ["refusal"] * 4 + ["extension"] * 4 + ["end"] * 4
    rng.shuffle(subs)
    appeal = (["ok"] * 11 + ["da_only"] * 2 + ["missing"] * 4 + ["vague"] * 3 + ["tr_only"] * 2)
    rng.shuffle(appeal)
    over = [False] * 22
    idx_period = [i for i, s in enumerate(subs) if s in ("grant", "partial", "extension")]
    for i in idx_period[:4]:
        over[i] = True
    dlangs = ["ar", "uk", "fa", "so", "en", "ti", "ar", "uk"]
    for i, fmt in enumerate(dec_fmts):
        lg = dlangs[i % len(dlangs)]
        a = appeal[i]
        if lg == "ti" and a == "tr_only":
            lg = "ar"
        specs.append({"kind": "decision", "fmt": fmt, "sub": subs[i], "appeal": a, "over6": over[i], "lang": lg,
                      "layout": "sidebyside" if fmt in ("html", "docx") and i % 2 == 0 else "letter"})
    # unknown
    unknowns = [("attendance", "docx"), ("attendance", "pdf"), ("interpreter_booking", "eml"), ("contract_page", "odt"),
                ("welcome", "html"), ("status_report", "docx"), ("leaflet", "html"), ("appointment", "txt"),
                ("progress_report", "rtf"), ("invoice", "txt"), ("hearing", "docx"), ("minutes", "txt"),
                ("reschedule_mail", "eml"), ("declaration", "pdf"), ("absence_letter", "odt"), ("booking_form", "html"),
                ("status_report", "eml"), ("welcome", "pdf")]
    ulangs = ["uk", "ar", "fa", "so", "ti", "en"]
    for i, (w, fmt) in enumerate(unknowns):
        specs.append({"kind": "unknown", "which": w, "fmt": fmt, "lang": ulangs[i % len(ulangs)]})
    return specs


# ---------------------------------------------------------------- hand-made specials

def special_docs(rng):
    """Five documents written by hand: (rel, fmt, kind, subtype, layout, rules, states, blocks-or-eml, case, traits)."""
    docs = []
    # 1. mentor's own mail, Danish + English, first person
    c = Case(rng, "en", cpr=False)
    body = (f"Hi {c.n} / Hej {c.n}\n\n"
            f"Tak for i dag. Det er mig, {c.m}, der er din mentor fra {fd(c.start)} til {fd(c.end)}. "
            f"Her er det, vi aftalte, skrevet ned – først på dansk, så på engelsk.\n\n"
            f"Målet: {c.fmt(L.GOALS_CLEAR[c.gi]['da'])}\n\n"
            f"Jeg skal:\n- følge dig til det første møde på arbejdspladsen\n- øve jobsamtaler med dig på dansk\n"
            f"- hjælpe dig med at svare på breve i Digital Post\n\n"
            f"Vi ses hver tirsdag kl. 10-12 på biblioteket.\n\n"
            f"Vi holder statusmøde med din sagsbehandler {c.cw} hver måned, og 14 dage før perioden slutter vurderer vi sammen, hvor langt du er nået.\n\n"
            f"Hvis du er uenig i kommunens afgørelse om mentorstøtte, kan du klage til kommunen inden 4 uger. Kommunen ser på sagen igen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.\n\n"
            f"--- English ---\n\n"
            f"Goal: {c.fmt(L.GOALS_CLEAR[c.gi]['en'], True)}\n"
            f"I will go with you to your first meeting at the workplace, practise job interviews with you in Danish and help you answer letters in Digital Post. "
            f"We meet every Tuesday 10-12 at the library. Monthly status meeting with your caseworker. "
            f"{L.APPEAL_TR['en']}\n\n"
            f"-- \n{c.m}\nMentor, {c.org}\nTlf. {c.ph} · {c.mail}\n")
    docs.append(dict(name=f"aftaler/mentormail-{slug(c.n)}.eml", fmt="eml", kind="agreement", subtype="agreement",
                     layout="mentor-mail-first-person", states={}, case=c, traits=["lang:en", "first-person-mentor", "hours:weekly-slot"],
                     eml=(f"{c.m} <{c.mail}>", f"{c.full} <{slug(c.n)}@mail.dk>", "Vores aftale / Our agreement", body)))
    # 2. Danish-only agreement with Tigrinya interpreter, vague hours
    c = Case(rng, "ti", cpr=True)
    blocks = [{"t": "title", "text": "Aftale om mentorstøtte"},
              {"t": "table", "rows": meta_rows(c)},
              {"t": "h", "text": "1. Målet med mentorstøtten"},
              {"t": "p", "text": c.fmt(L.GOALS_CLEAR[c.gi]["da"])},
              {"t": "h", "text": "2. Mentor"},
              {"t": "p", "text": f"{c.m} (taler tigrinya, amharisk og dansk), {c.org}, tlf. {c.ph}, {c.mail}"},
              {"t": "h", "text": "3. Opgaver"},
              {"t": "list", "items": ["følge med til de første dage i praktik", "forklare arbejdspladsens regler og pauser",
                                      "hjælpe med at læse vagtplanen", "øve dansk i pauserne sammen med kollegaerne"]},
              {"t": "h", "text": "4. Varighed og opfølgning"},
              {"t": "p", "text": f"Fra {fd(c.start)} til {fd(c.end)}. Opfølgning med sagsbehandler og tolk hver anden måned og 14 dage før ophør."},
              {"t": "h", "text": "5. Timetal"},
              {"t": "p", "text": "Et par timer om ugen, alt efter hvordan det går i praktikken."},
              {"t": "h", "text": "6. Klagevejledning"},
              {"t": "p", "text": c.fmt(L.APPEAL_DA[0])},
              {"t": "small", "text": f"Aftalen er gennemgået mundtligt. {L.INTERP['ti']} {c.interp} ({c.bureau})."},
              {"t": "p", "text": L.SUMMARY_INTRO["ti"], "lang": "ti"}]
    docs.append(dict(name=f"aftaler/aftale-tigrinya-tolk-{slug(c.n)}.docx", fmt="docx", kind="agreement", subtype="agreement",
                     layout="numbered-six-points", states={"hours": "vague"}, case=c, blocks=blocks,
                     traits=["lang:ti", "hours:vague", "summary:ti"]))
    # 3. Decision only in Ukrainian with a Danish heading, clean
    c = Case(rng, "uk", cpr=False)
    blocks = [{"t": "p", "text": f"{c.k} Kommune – Integration og Beskæftigelse"},
              {"t": "title", "text": "Afgørelse om mentorstøtte (ukrainsk udgave)"},
              {"t": "p", "text": f"Til: {c.full} · Sagsnr. {c.sagsnr} · {fd(c.letter_date, 'num')}"},
              {"t": "p", "text": "Рішення про наставництво", "lang": "uk"},
              {"t": "p", "text": f"Шановна/ий {c.n}! Комуна {c.k} вирішила надати вам наставника відповідно до § 167 Закону про активну політику зайнятості (LAB).", "lang": "uk"},
              {"t": "p", "text": f"Період: з {fd(c.start, 'num')} по {fd(c.end, 'num')}. Кількість годин: {L.hours_tr('uk', c.h)}. Ваш наставник: {c.m}, тел. {c.ph}.", "lang": "uk"},
              {"t": "p", "text": "Обґрунтування: ви відвідуєте курс данської мови і маєте потребу в підтримці, щоб почати практику. Ми врахували вашу освіту з України та ваше бажання працювати.", "lang": "uk"},
              {"t": "h", "text": "Як оскаржити рішення", "lang": "uk"},
              {"t": "p", "text": L.APPEAL_TR["uk"], "lang": "uk"},
              {"t": "p", "text": f"З повагою, {c.cw}, тел. {c.cw_ph}", "lang": "uk"},
              {"t": "small", "text": "Den danske afgørelse er sendt til din Digital Post samme dag."}]
    docs.append(dict(name=f"afgoerelser/afgoerelse-ukrainsk-udgave-{slug(c.n)}.html", fmt="html", kind="decision", subtype="grant",
                     layout="other-only-decision", states={"appeal": "tr_only", "period": "ok"}, case=c, blocks=blocks,
                     traits=["lang:uk", "other-language-only", "appeal:tr_only"]))
    # 4. Min Plan in markdown-like txt with Arabic lines, 9 months by length
    c = Case(rng, "ar", cpr=True)
    blocks = [{"t": "title", "text": f"Min Plan – {c.full}"},
              {"t": "p", "text": f"Sag {c.sagsnr} · CPR {c.cpr} · {c.program}"},
              {"t": "h", "text": "Indsats: Mentorstøtte"},
              {"t": "p", "text": "Formål: " + c.fmt(L.GOALS_CLEAR[c.gi]["da"])},
              {"t": "p", "text": "الهدف: " + c.fmt(L.GOALS_CLEAR[c.gi]["ar"], True), "lang": "ar"},
              {"t": "p", "text": f"Mentor: {c.m}, tlf. {c.ph}, {c.mail}"},
              {"t": "p", "text": "Opgaver: " + c.fmt(L.TASKS[c.ti]["da"])},
              {"t": "p", "text": "المهام: " + c.fmt(L.TASKS[c.ti]["ar"]), "lang": "ar"},
              {"t": "p", "text": f"Varighed: 9 mdr. fra {fd(c.start)}"},
              {"t": "p", "text": f"المدة: 9 أشهر ابتداءً من {fd(c.start, 'num')}", "lang": "ar"},
              {"t": "p", "text": f"Timetal: {c.h} timer pr. uge"},
              {"t": "p", "text": "عدد الساعات: " + L.hours_tr("ar", c.h), "lang": "ar"}]
    c.end = add_months(c.start, 9) - dt.timedelta(days=1)
    docs.append(dict(name=f"min-plan/min-plan-arabisk-linjer-{slug(c.n)}.txt", fmt="txt", kind="minplan", subtype="minplan",
                     layout="md-alternating-lines", states={"period": "over6"}, case=c, blocks=blocks,
                     traits=["lang:ar", "period:length-9-mdr", "period:over6", "cpr"]))
    # 5. Two-column side-by-side agreement, Danish | English, "et halvt år"
    c = Case(rng, "en", cpr=False)
    rows = [[("Dansk", "da"), ("English", "en")],
            [(f"{c.full} og {c.k} Kommune har aftalt, at {c.n} får mentorstøtte i et halvt år fra {fd(c.start)}.", "da"),
             (f"{c.full} and {c.k} Municipality have agreed that {c.n} gets mentor support for six months from {fd(c.start, 'num')}.", "en")],
            ("Målet er, at " + c.fmt(L.GOALS_CLEAR[c.gi]["da"])[0].lower() + c.fmt(L.GOALS_CLEAR[c.gi]["da"])[1:], "da"),
            ]
    rows[2] = [rows[2], ("The goal is that " + c.fmt(L.GOALS_CLEAR[c.gi]["en"], True), "en")]
    rows += [[(f"Din mentor er {c.m}, {c.org}. Du kan ringe på {c.ph} eller skrive til {c.mail}.", "da"),
              (f"Your mentor is {c.m}, {c.org}. Call {c.ph} or write to {c.mail}.", "en")],
             [("Mentoren skal hjælpe dig med: " + c.fmt(L.TASKS[c.ti]["da"]), "da"), ("Your mentor will help you with: " + c.fmt(L.TASKS[c.ti]["en"]), "en")],
             [(f"I mødes {c.h} timer om ugen.", "da"), (f"You meet {c.h} hours a week.", "en")],
             [("Vi følger op på et statusmøde hver måned, hvor vi ser på delmålene.", "da"), ("We follow up at a status meeting every month and look at the interim goals.", "en")],
             [("Klagevejledning: " + c.fmt(L.APPEAL_DA[2]), "da"), (L.APPEAL_TR["en"], "en")]]
    blocks = [{"t": "title", "text": "Aftale om mentorstøtte / Mentor support agreement"},
              {"t": "p", "text": f"Sagsnr. {c.sagsnr}"},
              {"t": "table", "rows": rows, "header": True}] + signatures(c)
    c.end = add_months(c.start, 6) - dt.timedelta(days=1)
    docs.append(dict(name=f"aftaler/aftale-to-spalter-{slug(c.n)}.docx", fmt="docx", kind="agreement", subtype="agreement",
                     layout="two-column-prose", states={}, case=c, blocks=blocks,
                     traits=["lang:en", "period:halvt-aar"]))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hh_"))
    specs = build_specs(rng)
    entries = []
    convert = {"pdf": [], "odt": []}
    counters = {}
    for spec in specs:
        kind = spec["kind"]
        fmt = spec["fmt"]
        tr = spec["lang"]
        cpr = rng.random() < 0.33
        states = spec.get("states", {})
        if kind == "decision":
            states = {"appeal": spec["appeal"]}
            if spec["sub"] in ("grant", "partial", "extension"):
                states["period"] = "over6" if spec["over6"] else "ok"
        c = Case(rng, tr, cpr=cpr, period_kind="over6" if states.get("period") == "over6" else "ok")
        if states.get("follow") in ("missing", "vague") and c.ti == 1:
            c.ti = 0  # a weekly talk in the tasks would blur a missing follow-up
        traits = [f"lang:{tr}"]
        if kind == "agreement":
            if spec["layout"] == "da_summary":
                c.summary_lang = rng.choice([tr, tr, "ti"]) if not any(v == "tr_only" for v in states.values()) else tr
                if c.summary_lang == "ti":
                    traits.append("summary:ti")
                c.summary_fields = rng.sample(["period", "hours", "mentor"], 2)
            blocks = agreement_blocks(c, states, spec["layout"])
            title = "aftale"
            subtype = "agreement"
            folder = "aftaler"
        elif kind == "minplan":
            blocks = plan_blocks(c, states, spec["layout"])
            title = "min-plan"
            subtype = "minplan"
            folder = "min-plan"
            if spec["layout"] != "mp_other":
                traits.append("other-activity-long-period")
        elif kind == "decision":
            blocks = decision_blocks(c, spec["sub"], spec["appeal"], spec["layout"])
            title = "afgoerelse-" + spec["sub"]
            subtype = spec["sub"]
            folder = "afgoerelser"
            if spec["sub"] == "partial":
                traits.append("asked-for-longer")
        else:
            blocks, title, subtype, utr = unknown_doc(c, spec["which"])
            traits += utr
            folder = "andet"
            title = slug(title)
        for f, v in states.items():
            if v != "ok":
                traits.append(f"{f}:{v}")
        if c.cpr and not any(c.cpr in (b.get("text") or "") or any(c.cpr in x for r in b.get("rows", []) for x, _ in r)
                             for b in blocks):
            c.cpr = None
        if c.cpr:
            traits.append("cpr")
        rules = labels_for(kind, states)
        key = (folder, title)
        counters[key] = counters.get(key, 0) + 1
        stem = f"{title}-{slug(c.n)}-{counters[key]:02d}"
        rel = f"{folder}/{stem}.{fmt}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        layout = spec.get("layout", spec.get("which"))
        bold = rng.random() < 0.3
        if fmt == "docx":
            R.write_docx(blocks, dest, bold_headings=bold)
        elif fmt in ("pdf", "odt"):
            src = tmp / fmt / f"{stem}.docx"
            src.parent.mkdir(parents=True, exist_ok=True)
            R.write_docx(blocks, src, bold_headings=bold)
            convert[fmt].append((src, dest))
        elif fmt == "html":
            R.write_html(blocks, dest, title=stem, style=rng.choice(["plain", "strong"]))
        elif fmt == "txt":
            R.write_txt(blocks, dest, table_style=rng.choice(["colon", "colon", "pipe"]))
        elif fmt == "rtf":
            R.write_rtf(blocks, dest)
        elif fmt == "eml":
            subj = {"agreement": "Vores aftale om mentorstøtte", "decision": blocks[2]["text"] if len(blocks) > 2 else "Afgørelse"}.get(kind)
            if kind == "unknown":
                subj = {"interpreter_booking": "Bekræftelse af tolkebestilling", "reschedule_mail": "Flytning af vores møde",
                        "status_report": "Statusrapport fra mentor"}.get(spec["which"], title)
            if kind == "agreement":
                sender = f"{c.cw} <{slug(c.cw.split()[0])}@{slug(c.k)}.dk>"
            elif kind == "decision":
                sender = f"{c.k} Kommune <sikkerpost@{slug(c.k)}.dk>"
            elif spec.get("which") in ("reschedule_mail", "status_report"):
                sender = f"{c.m} <{c.mail}>"
            else:
                sender = f"{c.bureau} <booking@{slug(c.bureau)}.dk>"
            body_blocks = [b for b in blocks if not (b["t"] == "title" and kind == "unknown" and spec.get("which") == "reschedule_mail")]
            text = R.to_text(body_blocks, table_style="colon", underline=False)
            html_part = None
            if rng.random() < 0.4:
                tmp_html = tmp / f"{stem}.html"
                R.write_html(blocks, tmp_html, title=subj)
                html_part = tmp_html.read_text(encoding="utf-8")
                traits.append("eml:html-alternative")
            when = dt.datetime.combine(c.letter_date, dt.time(9, rng.randint(0, 59)), tzinfo=dt.timezone(dt.timedelta(hours=1)))
            R.write_eml(dest, sender, f"{c.full} <{slug(c.n)}.{slug(c.full.split()[-1])}@mail.dk>", subj, when, text, html_part)
        traits.append(f"layout:{layout}")
        must = []
        if c.cpr:
            must = [c.cpr, c.cpr.replace("-", "")]
        period = None
        if kind in ("agreement", "minplan") and states.get("period", "ok") in ("ok", "over6", "tr_only"):
            period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        if kind == "decision" and "period" in states:
            period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": must, "traits": sorted(set(traits)), "period": period})
    for d in special_docs(rng):
        c = d["case"]
        dest = out / d["name"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        if d["fmt"] == "eml":
            frm, to, subj, body = d["eml"]
            when = dt.datetime.combine(c.letter_date, dt.time(15, 5), tzinfo=dt.timezone(dt.timedelta(hours=1)))
            R.write_eml(dest, frm, to, subj, when, body)
        elif d["fmt"] == "docx":
            R.write_docx(d["blocks"], dest)
        elif d["fmt"] == "html":
            R.write_html(d["blocks"], dest, title=d["name"])
        elif d["fmt"] == "txt":
            R.write_txt(d["blocks"], dest, table_style="md")
        must = [c.cpr, c.cpr.replace("-", "")] if c.cpr else []
        per = d["states"].get("period", "ok") if d["kind"] != "decision" or "period" in d["states"] else None
        entries.append({"path": d["name"], "format": d["fmt"], "kind": d["kind"], "subtype": d["subtype"],
                        "layout": d["layout"], "rules": labels_for(d["kind"], d["states"]), "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": must, "traits": sorted(set(d["traits"] + ["special"])),
                        "period": {"start": c.start.isoformat(), "end": c.end.isoformat()} if per else None})
    # conversions
    for fmt, items in convert.items():
        if not items:
            continue
        odir = tmp / f"out_{fmt}"
        odir.mkdir(exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_hh_profile", "--headless", "--convert-to",
               fmt, "--outdir", str(odir)] + [str(s) for s, _ in items]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dest in items:
            produced = odir / (src.stem + "." + fmt)
            shutil.move(str(produced), dest)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp)
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
