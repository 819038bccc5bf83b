#!/usr/bin/env python3
"""Corpus fi: mentor-support paperwork for citizens who read little Danish.

Agreements, decisions and Min Plan entries with a Danish original and a translation (English,
Ukrainian, Arabic, Somali, Tigrinya, Farsi) beside it, after each paragraph or in an appendix;
plain-language versions with pictograms described in text; interpreter notes; and documents
that are none of the kinds (interpreter bookings, information sheets, invoices ...).

Usage:  /work/main/.venv/bin/python make_corpus_fi.py --out /work/corpora/fi [--seed 1201]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lang as LG  # noqa: E402
from render import to_docx, to_html, to_txt, to_md, to_rtf, to_eml  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = ["Vejle", "Herning", "Aarhus", "Odense", "Esbjerg", "Holstebro", "Randers", "Kolding",
            "Horsens", "Silkeborg", "Ishøj", "Brøndby", "Høje-Taastrup", "Aalborg", "Slagelse"]
CITIZENS = {
    "en": [("Grace", "Okafor", "f"), ("John", "Mensah", "m"), ("Maria", "Santos", "f"), ("Daniel", "Tesfaye", "m")],
    "uk": [("Olena", "Kovalenko", "f"), ("Andrii", "Shevchenko", "m"), ("Iryna", "Bondarenko", "f"), ("Mykola", "Tkachenko", "m")],
    "ar": [("Ahmad", "Al-Hassan", "m"), ("Rania", "Khalil", "f"), ("Omar", "Haddad", "m"), ("Lina", "Mansour", "f")],
    "so": [("Hodan", "Abdi", "f"), ("Mohamed", "Farah", "m"), ("Sahra", "Warsame", "f"), ("Abdirahman", "Ali", "m")],
    "ti": [("Semhar", "Tesfay", "f"), ("Yonas", "Gebremedhin", "m"), ("Helen", "Habte", "f"), ("Filmon", "Kidane", "m")],
    "fa": [("Maryam", "Ahmadi", "f"), ("Reza", "Karimi", "m"), ("Zahra", "Hosseini", "f"), ("Ali", "Rezaei", "m")],
}
MENTORS = [("Lars Østergaard", "Jobhuset"), ("Helle Vestergaard", "Mentorteamet"),
           ("Anne Hansen", "Integrationsteamet"), ("Kim Sørensen", "Brobyggerne ApS"),
           ("Mette Kjær", "Mentorkorpset"), ("Jesper Lund", "Job & Sprog"),
           ("Susanne Friis", "Ungeenheden"), ("Bo Nielsen", "Kompetencecentret"),
           ("Camilla Dahl", "Mentorhuset"), ("Peter Holm", "Virksomhedsservice")]
CASEWORKERS = ["Tina Lauridsen", "Rasmus Bech", "Louise Mørk", "Henrik Skov", "Sofie Brandt"]
INTERPRETERS = {"en": "—", "uk": "Natalia Moroz", "ar": "Samir Aziz", "so": "Faadumo Hassan",
                "ti": "Mehari Tekle", "fa": "Parisa Nouri"}
PICTO = {"goal": "[Piktogram: en pil, der rammer midt i en skydeskive]",
         "mentor": "[Piktogram: to personer, der giver hånd]",
         "tasks": "[Piktogram: en hånd, der holder en tjekliste]",
         "period": "[Piktogram: en kalender]",
         "hours": "[Piktogram: et ur]",
         "follow": "[Piktogram: to stole ved et bord]",
         "appeal": "[Piktogram: en kuvert med et udråbstegn]"}

RULES9 = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
          "missing-follow-up", "missing-hours", "missing-appeal-guidance",
          "duration-over-6-months", "unclear-goal"]


# ------------------------------------------------------------------ helpers
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_da(d, style):
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    raise ValueError(style)


def fmt_num(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def rand_cpr(rng):
    while True:
        y = rng.randint(1960, 2005)
        m = rng.randint(1, 12)
        dd = rng.randint(1, calendar.monthrange(y, m)[1])
        s = rng.randint(1000, 9999)
        if y >= 2000 and s < 4000:
            continue
        return f"{dd:02d}{m:02d}{y%100:02d}-{s:04d}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


class Case:
    def __init__(self, rng, L, spec=None):
        self.rng = rng
        self.L = L
        self.first, self.last, self.sex = rng.choice(CITIZENS[L])
        self.k = rng.choice(KOMMUNER)
        self.mentor, self.org = rng.choice(MENTORS)
        self.mfirst = self.mentor.split()[0]
        self.ph = phone(rng)
        self.mail = self.mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae") + "." + \
            self.mentor.split()[-1].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + \
            self.k.lower().replace("ø", "oe").replace("-", "").replace("å", "aa") + ".dk"
        self.cw = rng.choice(CASEWORKERS)
        self.cwph = phone(rng)
        self.start = dt.date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9, 10]), rng.choice([1, 1, 1, 15, 10]))
        self.meeting = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.hours = rng.choice([2, 3, 3, 4, 5, 6])
        self.goal_i = rng.randrange(len(LG.GOALS_CLEAR))
        self.ugoal_i = rng.randrange(len(LG.GOALS_UNCLEAR))
        self.tasks_i = rng.sample(range(len(LG.TASKS)), rng.choice([2, 3, 3, 4]))
        self.follow_i = rng.randrange(len(LG.FOLLOW_OK))
        self.appeal_i = rng.randrange(len(LG.APPEAL_FULL))
        self.ds = rng.choice(["words", "words", "dots", "slash", "short", "iso"])
        self.cpr = None
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A00-{rng.randint(100, 9999)}-26"
        self.interp = INTERPRETERS[L] if L != "en" else "Ruth Adeyemi"
        self.spec = spec or {}
        self._period()

    def _period(self):
        v = self.spec.get("period", "ok")
        s = self.start
        self.len_m = None
        if v in ("ok", "exact"):
            self.end = add_months(s, 6) - dt.timedelta(days=1)
        elif v == "short":
            self.end = add_months(s, self.rng.choice([3, 4])) - dt.timedelta(days=1)
        elif v == "weeks26":
            self.end = s + dt.timedelta(days=181)
        elif v == "over_range":
            self.end = add_months(s, self.rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        elif v == "over_edge":
            self.end = add_months(s, 6) + dt.timedelta(days=self.rng.choice([0, 14, 30]))
        elif v == "over_len":
            self.len_m = self.rng.choice([9, 12])
            self.end = add_months(s, self.len_m) - dt.timedelta(days=1)
        else:  # absent / placeholder
            self.end = add_months(s, 6) - dt.timedelta(days=1)

    # texts -----------------------------------------------------------
    def goal_date(self):
        return add_months(self.start, 3)

    def t(self, key, L):
        """Value for field key in language L, or None if absent. Lists for tasks."""
        sp = self.spec
        n = self.first
        if key == "goal":
            v = sp.get("goal", "ok")
            if v == "absent":
                return None
            if v == "placeholder":
                return LG.PLACEHOLDER[L]
            if v == "unclear":
                return LG.GOALS_UNCLEAR[self.ugoal_i][L]
            gd = fmt_da(self.goal_date(), "words") if L == "da" else fmt_num(self.goal_date())
            return LG.GOALS_CLEAR[self.goal_i][L].format(n=n, d=gd)
        if key == "mentor":
            v = sp.get("mentor", "ok")
            if v == "absent":
                return None
            if v == "nocontact":
                return f"{self.mentor}, {self.org}"
            if v == "phoneonly":
                return f"{self.org}, {LG.TEL[L]} {self.ph}"
            return f"{self.mentor}, {self.org}, {LG.TEL[L]} {self.ph}, {self.mail}"
        if key == "tasks":
            v = sp.get("tasks", "ok")
            if v == "absent":
                return None
            if v == "placeholder":
                return LG.PLACEHOLDER[L]
            return [LG.TASKS[i][L].format(n=n) for i in self.tasks_i]
        if key == "period":
            v = sp.get("period", "ok")
            if v == "absent":
                return None
            if v == "placeholder":
                return LG.PLACEHOLDER[L]
            if L == "da":
                s, e = fmt_da(self.start, self.ds), fmt_da(self.end, self.ds)
            else:
                s, e = fmt_num(self.start), fmt_num(self.end)
            if v == "over_len":
                return LG.LEN_MONTHS[L].format(s=s, m=self.len_m)
            if v == "weeks26":
                return LG.LEN_WEEKS[L].format(s=s)
            if L == "da" and self.rng.random() < 0.3:
                return f"fra {s} til {e}"
            return f"{s} – {e}"
        if key == "hours":
            v = sp.get("hours", "ok")
            if v == "absent":
                return None
            if v == "vague":
                return LG.HOURS_VAGUE[L]
            return LG.HOURS[L].format(h=self.hours)
        if key == "follow":
            v = sp.get("follow", "ok")
            if v == "absent":
                return None
            if v == "vague":
                return LG.FOLLOW_VAGUE[L]
            return LG.FOLLOW_OK[self.follow_i][L].format(n=n)
        if key == "appeal":
            v = sp.get("appeal", "ok")
            if v == "absent":
                return None
            if v == "incomplete":
                return LG.APPEAL_INCOMPLETE[L]
            if v == "direct":
                return LG.APPEAL_DIRECT[L]
            return LG.APPEAL_FULL[self.appeal_i][L].format(k=self.k)
        raise KeyError(key)

    def period_json(self):
        if self.spec.get("period", "ok") in ("absent", "placeholder"):
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


FIELDS = ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]


def labels_for(kind, spec, extras_in=()):
    rules = set()
    extras = set(extras_in)
    g = spec.get("goal", "ok")
    if g in ("absent", "placeholder"):
        rules.add("missing-goal")
    if g == "unclear":
        rules.add("unclear-goal")
    if spec.get("mentor", "ok") != "ok":
        rules.add("missing-mentor")
    if spec.get("tasks", "ok") != "ok":
        rules.add("missing-tasks")
    p = spec.get("period", "ok")
    if p in ("absent", "placeholder"):
        rules.add("missing-duration")
    if p.startswith("over"):
        rules.add("duration-over-6-months")
    if spec.get("hours", "ok") != "ok":
        rules.add("missing-hours")
    if spec.get("follow", "ok") != "ok":
        rules.add("missing-follow-up")
    a = spec.get("appeal", "ok")
    if a in ("absent", "incomplete"):
        rules.add("missing-appeal-guidance")
    if a == "direct":
        extras.add("appeal-wrong-route")
    allowed = {"agreement": set(RULES9),
               "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                           "missing-hours", "duration-over-6-months", "unclear-goal"},
               "decision": {"missing-appeal-guidance", "duration-over-6-months"},
               "unknown": set()}[kind]
    if kind != "agreement":
        extras.discard("appeal-wrong-route") if kind == "minplan" else None
    return sorted(rules & allowed), sorted(extras)


# ------------------------------------------------------------------ letterheads
def letterhead(c, blocks, cpr=False, sender=None):
    sender = sender or rng_choice(c, [f"{c.k} Kommune", f"{c.k} Kommune – Jobcenter", f"Jobcenter {c.k}",
                                      f"{c.k} Kommune, Beskæftigelse og Integration"])
    blocks.append(("small", f"{sender} · Sagsnr. {c.sagsnr} · Dato: {fmt_da(c.meeting, 'words')}"))
    line = f"{LG.LABELS['da']['citizen']}: {c.first} {c.last}"
    if cpr:
        line += f", CPR-nr. {c.cpr}"
    blocks.append(("p", line, "da"))


def rng_choice(c, seq):
    return c.rng.choice(seq)


def signatures(c, blocks, style=0):
    if style == 0:
        blocks.append(("table", [["Dato / borger", "Dato / mentor", "Dato / sagsbehandler"],
                                  ["", "", ""]], True, None))
    elif style == 1:
        blocks.append(("p", "Underskrift borger: ______________________    Underskrift mentor: ______________________", "da"))
    else:
        blocks.append(("p", f"Sagsbehandler: {c.cw}, {c.k} Kommune, tlf. {c.cwph}", "da"))


LABEL_VARIANTS_DA = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Det hjælper mentoren med", "Indsatsområder"],
    "period": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"],
    "hours": ["Timetal", "Timer pr. uge", "Antal timer", "Omfang"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}


def da_label(c, key):
    return c.rng.choice(LABEL_VARIANTS_DA[key])


def val_str(v, sep="; "):
    return sep.join(v) if isinstance(v, list) else v


# ------------------------------------------------------------------ agreement families
def ag_sbs3(c, cpr):
    L = c.L
    b = [("title", f"{LG.LABELS['da']['title']} / {LG.LABELS[L]['title']}")]
    letterhead(c, b, cpr)
    b.append(("p", f"Aftalen er lavet mellem {c.first} {c.last}, mentor og {c.k} Kommune. "
                   f"Den danske tekst gælder. Oversættelsen til {LG.LANG_NAME_DA[L]} står i højre kolonne.", "da"))
    rows = [["", "Dansk", LG.LANG_NATIVE[L]]]
    for key in FIELDS:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        sep = "\n" if c.rng.random() < 0.5 else "; "
        rows.append([f"{da_label(c, key)} / {LG.LABELS[L][key]}", val_str(vd, sep), val_str(vt, sep)])
    b.append(("table", rows, True, [None, "da", L]))
    signatures(c, b, c.rng.choice([0, 1]))
    return b


def ag_sbs2(c, cpr):
    L = c.L
    b = [("title", LG.LABELS['da']['title'])]
    b.append(("p", LG.LABELS[L]["title"], L))
    letterhead(c, b, cpr)
    rows = [["Dansk", LG.LANG_NATIVE[L]]]
    for key in FIELDS:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        rows.append([f"{da_label(c, key)}: {val_str(vd)}", f"{LG.LABELS[L][key]}: {val_str(vt)}"])
    b.append(("table", rows, True, ["da", L]))
    signatures(c, b, c.rng.choice([0, 2]))
    return b


def ag_alt(c, cpr):
    L = c.L
    b = [("title", f"{LG.LABELS['da']['title']} – {LG.LABELS[L]['title']}")]
    letterhead(c, b, cpr)
    b.append(("p", f"Kære {c.first}. Her er din aftale om mentorstøtte. Under hver dansk tekst står "
                   f"den samme tekst på {LG.LANG_NAME_DA[L]}.", "da"))
    for key in FIELDS:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        b.append(("h", f"{da_label(c, key)} / {LG.LABELS[L][key]}"))
        if isinstance(vd, list):
            for x in vd:
                b.append(("li", x, "da"))
            for x in vt:
                b.append(("li", x, L))
        else:
            b.append(("p", vd, "da"))
            b.append(("p", vt, L))
    signatures(c, b, c.rng.choice([0, 1, 2]))
    return b


def ag_appx(c, cpr):
    L = c.L
    b = [("title", c.rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentor efter LAB § 167"]))]
    letterhead(c, b, cpr)
    for key in FIELDS:
        vd = c.t(key, "da")
        if vd is None:
            continue
        b.append(("h", da_label(c, key)))
        if isinstance(vd, list):
            for x in vd:
                b.append(("li", x, "da"))
        else:
            b.append(("p", vd, "da"))
    signatures(c, b, c.rng.choice([0, 1]))
    b.append(("pagebreak",))
    b.append(("h", LG.APPENDIX_HEAD[L]))
    b.append(("p", LG.TRANSL_DISCLAIMER[L], L))
    partial = c.rng.random() < 0.3
    for key in FIELDS:
        vt = c.t(key, L)
        if vt is None or (partial and key in ("follow", "appeal", "mentor")):
            continue
        b.append(("p", LG.LABELS[L][key] + ":", L))
        if isinstance(vt, list):
            for x in vt:
                b.append(("li", x, L))
        else:
            b.append(("p", vt, L))
    return b


PLAIN_DA = {
    "goal": "Dit mål: {v}",
    "mentor": "Din mentor: {v}",
    "tasks": "Det hjælper {mf} dig med:",
    "period": "Periode: {v}",
    "hours": "Tid med mentor: {v}",
    "follow": "Sådan følger vi op: {v}",
    "appeal": "Hvis du vil klage: {v}",
}


def ag_pict(c, cpr):
    L = c.L
    b = [("title", c.rng.choice(["Din aftale om mentor – let dansk", "Aftale om mentorstøtte – let udgave med billeder"]))]
    b.append(("p", LG.LABELS[L]["title"], L))
    letterhead(c, b, cpr)
    b.append(("p", f"Denne aftale er skrevet på let dansk med billeder. Under hvert punkt står det samme på {LG.LANG_NAME_DA[L]}.", "da"))
    for key in FIELDS:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        b.append(("small", PICTO[key]))
        if key == "tasks":
            b.append(("p", PLAIN_DA[key].format(mf=c.mfirst if c.spec.get("mentor", "ok") == "ok" else "mentoren"), "da"))
            if isinstance(vd, list):
                for x in vd:
                    b.append(("li", x, "da"))
            else:
                b.append(("p", vd, "da"))
            b.append(("p", LG.LABELS[L][key] + ": " + val_str(vt), L))
        else:
            b.append(("p", PLAIN_DA[key].format(v=vd), "da"))
            b.append(("p", f"{LG.LABELS[L][key]}: {vt}", L))
    signatures(c, b, 1)
    return b


def ag_interp(c, cpr):
    L = c.L
    b = [("title", c.rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)"]))]
    letterhead(c, b, cpr)
    numbered = c.rng.random() < 0.5
    i = 0
    for key in FIELDS:
        vd = c.t(key, "da")
        if vd is None:
            continue
        i += 1
        lab = da_label(c, key)
        if numbered:
            lab = f"{i}) {lab}"
        if isinstance(vd, list):
            b.append(("p", lab + ":", "da"))
            for x in vd:
                b.append(("li", x, "da"))
        else:
            b.append(("p", f"{lab}: {vd}", "da"))
    b.append(("h", "Tolkning"))
    tolk = c.interp
    if c.rng.random() < 0.5:
        tolk = f"{c.interp} (Tolkeservice, tlf. {phone(c.rng)})"
    b.append(("p", LG.INTERP_NOTE["da"].format(n=c.first, lang=LG.LANG_NAME_DA[L], t=tolk,
                                               d=fmt_da(c.meeting, "words")), "da"))
    if c.rng.random() < 0.5:
        b.append(("p", LG.INTERP_NOTE[L].format(n=c.first, t=c.interp, d=fmt_num(c.meeting)), L))
    signatures(c, b, c.rng.choice([0, 1]))
    return b


AG_FAMILIES = {
    "sbs3": (ag_sbs3, ["docx", "odt", "pdf", "html"]),
    "sbs2": (ag_sbs2, ["docx", "html", "pdf", "rtf"]),
    "alt": (ag_alt, ["docx", "txt", "md", "rtf", "odt", "pdf"]),
    "appx": (ag_appx, ["docx", "pdf", "eml", "txt", "html"]),
    "pict": (ag_pict, ["html", "docx", "pdf", "md"]),
    "interp": (ag_interp, ["txt", "docx", "odt", "rtf", "pdf"]),
}


# ------------------------------------------------------------------ Min Plan
def mp_table(c, cpr):
    L = c.L
    b = [("title", "Min Plan")]
    b.append(("small", f"Udskrevet fra Min Plan den {fmt_da(c.meeting, 'dots')} · {c.k} Kommune"))
    line = f"Navn: {c.first} {c.last}" + (f" · CPR: {c.cpr}" if cpr else "")
    b.append(("p", line, "da"))
    other_s = dt.date(2026, 1, 5)
    other_e = dt.date(2027, 12, 17)
    b.append(("h", "Mine aktiviteter"))
    b.append(("table", [["Aktivitet", "Periode", "Status"],
                        ["Danskuddannelse 2, modul 3", f"{fmt_num(other_s)} – {fmt_num(other_e)}", "Aktiv"],
                        ["Mentorstøtte", "se nedenfor", "Aktiv"]], True, None))
    b.append(("h", f"Mentorstøtte / {LG.LABELS[L]['minplan']}"))
    rows = [["", "Dansk", LG.LANG_NATIVE[L]]]
    mp_labels = {"goal": "Formål", "mentor": "Mentor", "tasks": "Mentorens opgaver",
                 "period": "Periode", "hours": "Timer pr. uge"}
    for key in ["goal", "mentor", "tasks", "period", "hours"]:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        rows.append([mp_labels[key], val_str(vd), val_str(vt)])
    b.append(("table", rows, True, [None, "da", L]))
    b.append(("small", f"Oversat til {LG.LANG_NAME_DA[L]} af {c.k} Kommunes tolkeservice. Den danske tekst gælder."))
    return b


def mp_lines(c, cpr):
    L = c.L
    b = [("title", f"Min Plan – indsats: Mentorstøtte")]
    b.append(("p", f"{c.first} {c.last}" + (f" ({c.cpr})" if cpr else "") + f" · {c.k} Kommune · opdateret {fmt_da(c.meeting, 'words')}", "da"))
    for key, lab in [("goal", "Formål med mentorstøtten"), ("mentor", "Mentorens navn og kontaktdata"),
                     ("tasks", "Hvad skal mentor hjælpe med"), ("period", "Varighed"), ("hours", "Timetal")]:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        b.append(("h", lab))
        if isinstance(vd, list):
            for x in vd:
                b.append(("li", x, "da"))
        else:
            b.append(("p", vd, "da"))
        b.append(("p", f"({L.upper()}) {LG.LABELS[L][key]}: {val_str(vt)}", L))
    b.append(("small", "Planen er gennemgået med tolk ved samtalen. Du kan se din plan på Jobnet."))
    return b


def mp_pict(c, cpr):
    L = c.L
    b = [("title", "Min Plan – mentorstøtte (let dansk med billeder)")]
    b.append(("p", f"Plan for {c.first} {c.last}. {c.k} Kommune.", "da"))
    labs = {"goal": "Mit mål", "mentor": "Min mentor", "tasks": "Det hjælper mentor mig med",
            "period": "Periode", "hours": "Tid med mentor"}
    for key in ["goal", "mentor", "tasks", "period", "hours"]:
        vd, vt = c.t(key, "da"), c.t(key, L)
        if vd is None:
            continue
        b.append(("small", PICTO[key]))
        if isinstance(vd, list):
            b.append(("p", labs[key] + ":", "da"))
            for x in vd:
                b.append(("li", x, "da"))
        else:
            b.append(("p", f"{labs[key]}: {vd}", "da"))
        b.append(("p", f"{LG.LABELS[L][key]}: {val_str(vt)}", L))
    return b


MP_FAMILIES = {
    "mp_table": (mp_table, ["pdf", "docx", "html"]),
    "mp_lines": (mp_lines, ["txt", "md", "docx", "odt"]),
    "mp_pict": (mp_pict, ["html", "pdf", "docx"]),
}


# ------------------------------------------------------------------ decisions
def decision_blocks(c, cpr, sub, layout):
    L = c.L
    sp = c.spec
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"]}
    b = [("title", c.rng.choice(titles[sub]))]
    letterhead(c, b, cpr)
    b.append(("p", f"Kære {c.first} {c.last}", "da"))
    p_da, p_tr = c.t("period", "da"), c.t("period", L)
    da_main, tr_main, reason = [], [], None
    if sub == "grant":
        da_main.append(LG.GRANT["da"].format(k=c.k, p=p_da, h=c.hours))
        tr_main.append(LG.GRANT[L].format(k=c.k, p=p_tr, h=c.hours))
        da_main.append(f"Din mentor er {c.mentor} fra {c.org}, tlf. {c.ph}. I laver sammen en aftale om mål og opgaver ved det første møde.")
        tr_main.append(f"{LG.LABELS[L]['mentor']}: {c.mentor}, {LG.TEL[L]} {c.ph}")
    elif sub == "partial":
        da_main.append(LG.PARTIAL["da"].format(p=p_da, h=c.hours))
        tr_main.append(LG.PARTIAL[L].format(p=p_tr, h=c.hours))
        reason = LG.REASON_PARTIAL.format(h=c.hours)
    elif sub == "extension":
        da_main.append(LG.EXT["da"].format(p=p_da, h=c.hours))
        tr_main.append(LG.EXT[L].format(p=p_tr, h=c.hours))
        reason = ("Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men stadig har brug for hjælp "
                  "til at komme til tiden og tale med kollegerne. Vi har derfor lavet en konkret vurdering og "
                  "bevilget en ny periode, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif sub == "refusal":
        da_main.append(LG.REFUSAL["da"].format(k=c.k))
        tr_main.append(LG.REFUSAL[L].format(k=c.k))
        if not sp.get("no_reasons"):
            reason = LG.REASON_REFUSAL["da"]
            tr_main.append(LG.REASON_REFUSAL[L])
    elif sub == "end":
        ed = c.start + dt.timedelta(days=95)
        da_main.append(LG.END["da"].format(d=fmt_da(ed, "words")))
        tr_main.append(LG.END[L].format(d=fmt_num(ed)))
    appeal_da, appeal_tr = c.t("appeal", "da"), c.t("appeal", L)
    if layout == "dec_letter":
        for x in da_main:
            b.append(("p", x, "da"))
        if reason:
            b.append(("h", "Begrundelse"))
            b.append(("p", reason, "da"))
        if appeal_da:
            b.append(("h", c.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
            b.append(("p", appeal_da, "da"))
        b.append(("p", f"Venlig hilsen\n{c.cw}\nSagsbehandler, {c.k} Kommune, tlf. {c.cwph}", "da"))
        b.append(("h", LG.SUMMARY_HEAD[L]))
        for x in tr_main:
            b.append(("p", x, L))
        if appeal_tr:
            b.append(("p", LG.LABELS[L]["appeal"] + ": " + appeal_tr, L))
        b.append(("p", LG.TRANSL_DISCLAIMER[L], L))
    else:  # dec_sbs: two columns paragraph by paragraph
        rows = [["Dansk", LG.LANG_NATIVE[L]]]
        for i, x in enumerate(da_main):
            rows.append([x, tr_main[i] if i < len(tr_main) else ""])
        if reason:
            rows.append([f"Begrundelse: {reason}", tr_main[-1] if sub == "refusal" else ""])
        if appeal_da:
            rows.append([f"Klagevejledning: {appeal_da}", f"{LG.LABELS[L]['appeal']}: {appeal_tr}"])
        b.append(("table", rows, True, ["da", L]))
        b.append(("p", f"Med venlig hilsen\n{c.cw}, {c.k} Kommune", "da"))
    if sp.get("interp_note"):
        b.append(("small", f"Afgørelsen er forklaret for {c.first} ved telefontolk på {LG.LANG_NAME_DA[L]} den {fmt_da(c.meeting, 'words')}."))
    return b


DEC_FORMATS = {"dec_letter": ["docx", "pdf", "html", "eml", "txt", "odt"],
               "dec_sbs": ["docx", "pdf", "odt", "rtf"]}


# ------------------------------------------------------------------ unknown kinds
def u_booking(c, cpr):
    L = c.L
    b = [("title", "Bestilling af tolk")]
    b.append(("small", f"{c.k} Kommune · Tolkeservice · Bestillingsnr. T-{c.rng.randint(10000, 99999)}"))
    rows = [["Felt", "Oplysning"],
            ["Sprog", LG.LANG_NAME_DA[L]],
            ["Dato og tid", f"{fmt_da(c.meeting, 'dots')} kl. 10.00-11.30"],
            ["Fremmøde", c.rng.choice(["Fremmødetolkning", "Telefontolkning", "Videotolkning"])],
            ["Borger", f"{c.first} {c.last}" + (f", CPR {c.cpr}" if cpr else "")],
            ["Formål", "Opstartsmøde og gennemgang af aftale om mentorstøtte"],
            ["Deltagere", f"Borger, sagsbehandler {c.cw}, mentor {c.mentor}"],
            ["Bestilt af", f"{c.cw}, tlf. {c.cwph}"],
            ["Sted", f"Jobcentret, mødelokale {c.rng.randint(1, 9)}"]]
    b.append(("table", rows, True, None))
    b.append(("p", "Tolken bedes møde 10 minutter før. Afbud senest 24 timer før.", "da"))
    return b


def u_info(c, cpr):
    L = c.L
    b = [("title", f"Hvad er mentorstøtte? / {LG.LABELS[L]['title']}")]
    b.append(("p", "Informationsark til borgere. Kommunen kan give dig en mentor, hvis du har brug for "
                   "hjælp for at komme i job eller uddannelse. Mentorstøtte gives i højst 6 måneder ad gangen.", "da"))
    b.append(("p", "I aftalen om mentorstøtte står der altid:", "da"))
    for x in ["målet med mentorstøtten", "mentorens navn og telefonnummer", "hvad mentoren skal hjælpe dig med",
              "hvor længe støtten varer, og hvordan vi følger op", "hvor mange timer om ugen du har med mentoren",
              "hvordan du klager – du kan klage til kommunen inden 4 uger"]:
        b.append(("li", x, "da"))
    b.append(("p", "Du kan få en tolk gratis til møderne. Sig det til din sagsbehandler.", "da"))
    b.append(("h", LG.LANG_NATIVE[L]))
    for key in ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]:
        b.append(("li", LG.LABELS[L][key], L))
    return b


def u_invite(c, cpr):
    L = c.L
    b = [("title", "Indkaldelse til samtale om mentorstøtte")]
    letterhead(c, b, cpr)
    b.append(("p", f"Kære {c.first}", "da"))
    b.append(("p", f"Du er indkaldt til en samtale den {fmt_da(c.meeting, 'words')} kl. 13.00 i Jobcentret. "
                   f"Vi skal tale om, om du kan få en mentor, og hvad mentoren i givet fald skal hjælpe dig med. "
                   f"Vi har bestilt en tolk på {LG.LANG_NAME_DA[L]}.", "da"))
    b.append(("p", "Hvis du ikke kan komme, skal du ringe til os hurtigst muligt.", "da"))
    b.append(("p", f"Venlig hilsen {c.cw}, tlf. {c.cwph}", "da"))
    return b


def u_invoice(c, cpr):
    L = c.L
    b = [("title", "Faktura – tolkebistand")]
    b.append(("small", f"Tolkehuset ApS · CVR 3{c.rng.randint(1000000, 9999999)} · Fakturanr. {c.rng.randint(20000, 29999)}"))
    b.append(("p", f"Kunde: {c.k} Kommune, Jobcenter · EAN 5798000{c.rng.randint(100000, 999999)}", "da"))
    rows = [["Dato", "Ydelse", "Sprog", "Timer", "Beløb"],
            [fmt_num(c.meeting), "Fremmødetolkning, gennemgang af mentoraftale", LG.LANG_NAME_DA[L], "1,5", "825,00"],
            [fmt_num(c.meeting), "Kørsel", "", "", "180,00"],
            ["", "I alt ekskl. moms", "", "", "1.005,00"]]
    b.append(("table", rows, True, None))
    b.append(("p", "Betalingsbetingelser: netto 30 dage.", "da"))
    return b


def u_status(c, cpr):
    L = c.L
    b = [("title", "Statusnotat fra mentor")]
    b.append(("p", f"Borger: {c.first} {c.last} · Mentor: {c.mentor} · Dato: {fmt_da(c.start + dt.timedelta(days=60), 'words')}", "da"))
    b.append(("p", f"{c.first} er mødt til alle aftaler i perioden. Samtalerne foregår på dansk og {LG.LANG_NAME_DA[L]} "
                   f"med hjælp fra en app, og ved det sidste møde deltog en tolk. {c.first} kommer nu til tiden og "
                   f"bruger Rejseplanen selv. Vi arbejder videre med at læse breve fra skolen.", "da"))
    b.append(("p", "Anbefaling: fortsat støtte som aftalt. Notatet sendes til sagsbehandler.", "da"))
    return b


def u_receipt(c, cpr):
    L = c.L
    b = [("title", "Kvittering – vi har modtaget din ansøgning")]
    b.append(("p", f"Kære {c.first}. Vi har modtaget din ansøgning om mentorstøtte den {fmt_da(c.meeting, 'words')}. "
                   f"Vi behandler den så hurtigt som muligt og sender dig en afgørelse.", "da"))
    b.append(("p", f"{LG.LABELS[L]['decision']} – {LG.TRANSL_DISCLAIMER[L]}", L))
    return b


U_FAMILIES = {
    "u_booking": (u_booking, ["docx", "pdf", "html", "eml"]),
    "u_info": (u_info, ["pdf", "html", "docx"]),
    "u_invite": (u_invite, ["eml", "docx", "txt"]),
    "u_invoice": (u_invoice, ["pdf", "docx"]),
    "u_status": (u_status, ["docx", "txt"]),
    "u_receipt": (u_receipt, ["html", "eml"]),
}


# ------------------------------------------------------------------ plans
AG_DEFECTS_SINGLE = [
    {"goal": "absent"}, {"goal": "unclear"}, {"goal": "placeholder"}, {"goal": "unclear"},
    {"mentor": "nocontact"}, {"mentor": "absent"}, {"mentor": "phoneonly"},
    {"tasks": "absent"}, {"tasks": "placeholder"},
    {"period": "absent"}, {"period": "placeholder"},
    {"period": "over_range"}, {"period": "over_len"}, {"period": "over_edge"},
    {"follow": "vague"}, {"follow": "absent"},
    {"hours": "vague"}, {"hours": "absent"},
    {"appeal": "absent"}, {"appeal": "incomplete"},
]
AG_DEFECTS_DOUBLE = [
    {"goal": "unclear", "hours": "vague"}, {"follow": "absent", "appeal": "absent"},
    {"mentor": "nocontact", "period": "over_range"}, {"tasks": "absent", "follow": "vague"},
    {"period": "absent", "hours": "absent"}, {"goal": "absent", "appeal": "incomplete"},
    {"hours": "vague", "follow": "vague"}, {"goal": "unclear", "period": "over_len"},
]
AG_CLEAN = [{}, {}, {}, {}, {"period": "short"}, {"period": "weeks26"}, {"period": "exact"},
            {"appeal": "direct"}, {}, {}, {"period": "short"}, {}, {}, {"period": "weeks26"},
            {}, {}, {"appeal": "direct"}, {}]

MP_SPECS = [{}, {}, {}, {"period": "short"}, {}, {"period": "weeks26"},
            {"goal": "absent"}, {"goal": "unclear"}, {"mentor": "nocontact"}, {"tasks": "absent"},
            {"period": "absent"}, {"period": "over_range"}, {"hours": "absent"}, {"hours": "vague"},
            {"goal": "unclear", "hours": "vague"}, {"period": "over_len"}]

DEC_SPECS = [
    ("grant", {}), ("grant", {}), ("grant", {"interp_note": True}), ("grant", {"period": "short"}),
    ("grant", {"appeal": "absent"}), ("grant", {"period": "over_range"}), ("grant", {"appeal": "direct"}),
    ("partial", {}), ("partial", {"interp_note": True}), ("partial", {"appeal": "incomplete"}),
    ("grant", {"period": "over_len", "appeal": "absent"}),
    ("refusal", {}), ("refusal", {"appeal": "incomplete"}), ("refusal", {"no_reasons": True}),
    ("refusal", {"appeal": "absent", "interp_note": True}),
    ("extension", {}), ("extension", {"period": "short"}), ("extension", {"period": "over_range"}),
    ("end", {}), ("end", {"appeal": "incomplete"}), ("end", {"interp_note": True}), ("grant", {"period": "over_edge"}),
]

SCAN_AT = {5, 17, 29, 38}
EML_ATT_AT = {11, 40}

U_PLAN = ["u_booking"] * 4 + ["u_info"] * 4 + ["u_invite"] * 3 + ["u_invoice"] * 2 + ["u_status"] * 3 + ["u_receipt"] * 2


# ------------------------------------------------------------------ writing
def write_doc(blocks, path, fmt, c, title, soffice_jobs, style):
    if fmt == "docx":
        to_docx(blocks, path, style)
    elif fmt in ("pdf", "odt"):
        tmp = soffice_jobs["dir"] / (path.stem + "__" + fmt + ".docx")
        to_docx(blocks, tmp, style)
        soffice_jobs[fmt].append((tmp, path))
    elif fmt == "html":
        to_html(blocks, path, title=title, css=c.rng.random() < 0.7)
    elif fmt == "txt":
        path.write_text(to_txt(blocks, bullet=c.rng.choice(["- ", "• "])), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_md(blocks), encoding="utf-8")
    elif fmt == "rtf":
        to_rtf(blocks, path)
    elif fmt == "eml_att":
        tmp = soffice_jobs["dir"] / (path.stem + "__att.docx")
        to_docx(blocks, tmp, style)
        body = [("p", f"Hej {c.first}\n\nSom aftalt på mødet sender jeg dig aftalen om mentorstøtte. "
                      f"Den er på dansk og {LG.LANG_NAME_DA[c.L]} i samme dokument. Tolken gennemgik den med dig "
                      f"på mødet.\n\nVenlig hilsen\n{c.cw}\nJobcentret, {c.k} Kommune", "da")]
        to_eml(body, path, sender=f"{c.cw} <{c.cw.split()[0].lower()}@{c.k.lower().replace('ø','oe').replace('-','')}.dk>",
               to=f"{c.first} {c.last} <{c.first.lower()}.{c.last.lower().replace('-', '')}@mail.example>",
               subject="Din aftale om mentorstøtte (dansk og oversættelse)", date=c.meeting,
               attach=(f"Aftale_mentorstoette_{c.first}.docx", tmp.read_bytes(),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    elif fmt == "scan":
        tmp = soffice_jobs["dir"] / (path.stem + "__pdf.docx")
        to_docx(blocks, tmp, style)
        soffice_jobs["pdf"].append((tmp, path))
        soffice_jobs["scan"].append(path)
    elif fmt == "eml":
        if blocks and blocks[0][0] == "title" and not title.startswith(("Bestilling", "Indkaldelse", "Kvittering")):
            blocks = [("p", f"Hej {c.first}\n\nHer er dit brev fra kommunen. Den danske tekst står først, "
                            f"og oversættelsen kommer bagefter.", "da")] + blocks + \
                     [("p", f"Venlig hilsen\n{c.cw}\n{c.k} Kommune", "da")]
        to_eml(blocks, path, sender=f"{c.cw} <{c.cw.split()[0].lower()}@{c.k.lower().replace('ø','oe').replace('-','')}.dk>",
               to=f"{c.first} {c.last} <{c.first.lower()}.{c.last.lower().replace('-', '')}@mail.example>",
               subject=title, date=c.meeting, html_alt=c.rng.random() < 0.4)
    else:
        raise ValueError(fmt)


def run_soffice(jobs, profile):
    for fmt in ("pdf", "odt"):
        items = jobs[fmt]
        if not items:
            continue
        outdir = jobs["dir"] / ("out_" + fmt)
        outdir.mkdir(exist_ok=True)
        files = [str(t) for t, _ in items]
        for i in range(0, len(files), 40):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", fmt, "--outdir", str(outdir)] + files[i:i + 40],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for tmp, dest in items:
            produced = outdir / (tmp.stem + "." + fmt)
            shutil.move(str(produced), dest)


def make_scan(pdf, tmpdir):
    """Replace a PDF by an image-only PDF of its pages (a signed paper copy scanned at 200 dpi)."""
    from PIL import Image, ImageFilter
    base = tmpdir / (pdf.stem + "_pg")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(base)], check=True)
    pages = sorted(tmpdir.glob(pdf.stem + "_pg*.png"))
    imgs = []
    for k, pth in enumerate(pages):
        im = Image.open(pth).convert("L")
        im = im.rotate(0.4 if k % 2 == 0 else -0.3, resample=Image.BICUBIC, fillcolor=255, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    imgs[0].save(pdf, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1201)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="fi_"))
    jobs = {"dir": tmpdir, "pdf": [], "odt": [], "scan": []}
    entries = []
    langs_cycle = []
    for _ in range(20):
        block = list(LG.LANGS)
        rng.shuffle(block)
        langs_cycle += block
    li = [0]

    def next_lang(no_ti=False):
        while True:
            L = langs_cycle[li[0]]; li[0] += 1
            if not (no_ti and L == "ti"):
                return L

    counter = [0]

    def emit(kind, subtype, layout, fmt, c, blocks, title, spec, cpr, extras=(), traits=()):
        counter[0] += 1
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "oevrigt"}[kind]
        (out / folder).mkdir(exist_ok=True)
        stem = f"{counter[0]:03d}_{layout}_{c.L}_{c.first.lower()}"
        ext = {"eml_att": "eml", "scan": "pdf"}.get(fmt, fmt)
        path = out / folder / f"{stem}.{ext}"
        style = c.rng.choice(["plain", "boldhead", "boldtitle", "noitalic", "serif"])
        write_doc(blocks, path, fmt, c, title, jobs, style)
        if kind == "unknown":
            rules, ex = [], []
        else:
            rules, ex = labels_for(kind, spec, extras)
        tr = [f"lang:{c.L}", f"family:{layout}"] + list(traits)
        for k, v in spec.items():
            tr.append(f"{k}:{v}")
        mnc = []
        if cpr:
            tr.append("cpr")
            mnc = [c.cpr, c.cpr.replace("-", "")]
        if fmt == "scan":
            tr.append("scan:image-only-pdf")
        if fmt == "eml_att":
            tr.append("eml:docx-attachment")
        e = {"path": str(path.relative_to(out)), "format": ext, "kind": kind, "subtype": subtype,
             "layout": layout, "rules": rules, "extras": ex, "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": tr}
        if kind in ("agreement", "minplan") or (kind == "decision" and subtype in ("grant", "partial", "extension")):
            pj = c.period_json()
            if pj:
                e["period"] = pj
        entries.append(e)

    # agreements
    ag_specs = AG_CLEAN + AG_DEFECTS_SINGLE + AG_DEFECTS_DOUBLE
    rng.shuffle(ag_specs)
    fam_names = list(AG_FAMILIES)
    for i, spec in enumerate(ag_specs):
        fam = fam_names[i % len(fam_names)]
        builder, fmts = AG_FAMILIES[fam]
        L = next_lang()
        c = Case(random.Random(rng.random()), L, dict(spec))
        fmt = fmts[(i // len(fam_names)) % len(fmts)]
        if L == "ti" and fmt == "pdf":
            fmt = "docx"  # no Ethiopic font for PDF rendering here
        if i in SCAN_AT and L != "ti":
            fmt = "scan"
        if i in EML_ATT_AT:
            fmt = "eml_att"
        cpr = rng.random() < 0.3
        if cpr:
            c.cpr = rand_cpr(rng)
        blocks = builder(c, cpr)
        title = blocks[0][1]
        emit("agreement", "agreement", fam, fmt, c, blocks, title, spec, cpr)

    # Min Plan
    mp_names = list(MP_FAMILIES)
    specs = list(MP_SPECS)
    rng.shuffle(specs)
    for i, spec in enumerate(specs):
        fam = mp_names[i % len(mp_names)]
        builder, fmts = MP_FAMILIES[fam]
        L = next_lang()
        c = Case(random.Random(rng.random()), L, dict(spec))
        fmt = fmts[(i // len(mp_names)) % len(fmts)]
        if L == "ti" and fmt == "pdf":
            fmt = "html"
        cpr = rng.random() < 0.25
        if cpr:
            c.cpr = rand_cpr(rng)
        blocks = builder(c, cpr)
        emit("minplan", "minplan", fam, fmt, c, blocks, blocks[0][1], spec, cpr)

    # decisions
    specs = list(DEC_SPECS)
    rng.shuffle(specs)
    for i, (sub, spec) in enumerate(specs):
        layout = "dec_letter" if i % 3 else "dec_sbs"
        L = next_lang()
        c = Case(random.Random(rng.random()), L, dict(spec))
        fmts = DEC_FORMATS[layout]
        fmt = fmts[(i // 3) % len(fmts)]
        if L == "ti" and fmt == "pdf":
            fmt = "docx"
        cpr = rng.random() < 0.3
        if cpr:
            c.cpr = rand_cpr(rng)
        blocks = decision_blocks(c, cpr, sub, layout)
        extras = ["missing-reasons"] if spec.get("no_reasons") else []
        lab_spec = {k: v for k, v in spec.items() if k in ("appeal", "period")}
        if sub in ("refusal", "end"):
            lab_spec.pop("period", None)
        emit("decision", sub, layout, fmt, c, blocks, blocks[0][1], lab_spec, cpr, extras,
             traits=[f"decision:{sub}"] + (["no-reasons"] if spec.get("no_reasons") else [])
             + (["interp-note"] if spec.get("interp_note") else []))

    # unknown
    for i, fam in enumerate(U_PLAN):
        builder, fmts = U_FAMILIES[fam]
        L = next_lang()
        c = Case(random.Random(rng.random()), L, {})
        fmt = fmts[i % len(fmts)]
        if L == "ti" and fmt == "pdf":
            fmt = "docx"
        cpr = fam in ("u_booking", "u_invite") and rng.random() < 0.5
        if cpr:
            c.cpr = rand_cpr(rng)
        blocks = builder(c, cpr)
        emit("unknown", fam, fam, fmt, c, blocks, blocks[0][1], {}, cpr)

    profile = Path(f"/tmp/lo_fi_profile")
    run_soffice(jobs, profile)
    for pdf in jobs["scan"]:
        make_scan(pdf, tmpdir)
    shutil.rmtree(tmpdir, ignore_errors=True)

    try:
        sys.path.insert(0, "/work/main/tools/corpusgen/src")
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except Exception:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
