#!/usr/bin/env python3
"""Corpus HW: audit sample from a large city jobcenter ("Vesterå"), 2018-2026.

Four units (Ungeenheden, Job og Helbred, Integration, Langtidsledige), two external
mentor providers, decisions of five types, Min Plan prints and look-alikes.
Deterministic: python make_corpus_hw.py --out /work/corpora/hw [--seed 19]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from docx.shared import Pt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
FIRST = ["Mads", "Sara", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Nadia", "Emil", "Amalie",
         "Omar", "Louise", "Tobias", "Mette", "Yusuf", "Camilla", "Rasmus", "Hiba", "Nikolaj", "Julie",
         "Bashir", "Signe", "Frederik", "Aisha", "Lasse", "Maja", "Tenzin", "Pernille", "Ali", "Stine"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Hussein", "Ali", "Yilmaz", "Abdi", "Møller", "Lund", "Holm", "Dahl"]
MENTORS_P1 = [("Birgitte Skov", "bsk"), ("Henrik Bach", "hba"), ("Dorthe Krogh", "dkr"), ("Søren Lykke", "sly")]
MENTORS_P2 = [("Malene Friis", "mf"), ("Kenneth Ravn", "kr"), ("Zainab Mirza", "zm")]
MENTORS_INT = [("Anders Juhl", "anju"), ("Lise Vinther", "livi"), ("Hamid Rezaei", "hare"), ("Tina Bruun", "tibr")]
CASEWORKERS = ["Karina Mølgaard", "Peter Ibsen", "Helle Winther", "Jakob Lindberg", "Susanne Dam", "Morten Kjær"]
P1 = "Mentorhuset Nord ApS"
P2 = "Brobyg Mentor & Job"
UNITS = {"unge": "Ungeenheden", "syg": "Job og Helbred", "int": "Integration", "ltl": "Team Langtidsledige"}


def addm(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.docs: list[dict] = []
        self.used = set()

    # ---------- helpers
    def name(self):
        while True:
            n = f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n

    def phone(self):
        return " ".join(f"{self.r.randint(20, 99)}" for _ in range(4))

    def cpr(self):
        d = dt.date(1960, 1, 1) + dt.timedelta(days=self.r.randint(0, 16000))
        return f"{d:%d%m%y}-{self.r.randint(1000, 9999)}"

    def fdate(self, d: dt.date, style=None):
        style = style or self.r.choice(["long", "long", "dots", "slash", "iso", "short"])
        if style == "long":
            return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        if style == "dots":
            return f"{d:%d.%m.%Y}"
        if style == "slash":
            return f"{d.day}/{d.month}-{d.year}"
        if style == "iso":
            return d.isoformat()
        return f"{d.day}.{d.month}.{d:%y}"

    def sender(self, d: dt.date):
        return "Vesterå Kommune" if d >= dt.date(2026, 2, 1) else "Jobcenter Vesterå"

    def para(self, d: dt.date):
        return "§ 31 b i lov om en aktiv beskæftigelsesindsats" if d < dt.date(2020, 1, 1) else \
            self.r.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1",
                           "§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats"])

    def appeal(self, d: dt.date, kind="ok"):
        who = "kommunen" if d >= dt.date(2026, 2, 1) else "Jobcenter Vesterå"
        if kind == "none":
            return None
        if kind == "vague":
            return self.r.choice(["Du kan klage over afgørelsen.",
                                  "Er du uenig, kan du klage. Kontakt din sagsbehandler.",
                                  "Du har mulighed for at klage over afgørelsen efter de almindelige regler."])
        if kind == "nodeadline":
            return f"Hvis du vil klage, skal du henvende dig til {who}, som genvurderer sagen."
        opts = [
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {who} inden fire uger efter, at du har modtaget dette brev. "
            f"Vi genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen. "
            f"Du kan klage skriftligt eller mundtligt. Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
            f"Du kan klage inden 4 uger fra du har fået afgørelsen. Klagen sendes til {who}, tlf. 87 10 20 30 eller via Digital Post. "
            f"Vi vurderer sagen igen, og hvis vi ikke giver dig medhold, sender vi klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget.",
            f"Sådan klager du: Ring eller skriv til {who} senest 4 uger efter, at du har modtaget afgørelsen. "
            f"Vi ser på sagen igen. Hvis vi fastholder afgørelsen, går klagen videre til Ankestyrelsen (LAB § 204).",
        ]
        return self.r.choice(opts)

    def period(self, kind="ok", start=None):
        start = start or self.start
        if kind == "over":
            n = self.r.choice([8, 9, 12])
            return start, addm(start, n) - dt.timedelta(days=1), n
        n = self.r.choice([3, 4, 6, 6, 6, 5])
        return start, addm(start, n) - dt.timedelta(days=1), n

    def goal(self, who, kind="ok", unit=None):
        fn = who.split()[0]
        if kind == "unclear":
            return self.r.choice([
                "Støtte til at få struktur på hverdagen og øget trivsel.",
                f"At {fn} kommer tættere på arbejdsmarkedet og får det bedre.",
                "Sikre at borgeren får mere selvværd og kommer videre.",
                f"Motivere {fn} og skabe stabilitet i hverdagen.",
            ])
        y = self.start.year
        g = {
            "unge": [f"{fn} starter på grundforløb 1 på Tradium (ernæringsassistent) i august {y} og møder mindst 4 dage om ugen.",
                     f"{fn} gennemfører 10. klasse på VUC Vesterå og søger ind på en erhvervsuddannelse inden 1. marts {y + 1}.",
                     f"{fn} møder stabilt (højst 1 fraværsdag om måneden) på FGU Vesterå, produktionsgrunduddannelse, og er i praktik i en butik 2 dage om ugen ved periodens udløb.",
                     f"{fn} gennemfører første skoleperiode på SOSU Vesterå med et fremmøde på mindst 90 %."],
            "syg": [f"{fn} vender tilbage til sit job som lagermedarbejder hos Dansk Fragt, først 12 timer om ugen og 25 timer om ugen ved periodens udløb.",
                    f"Hovedformål: {fn} fastholder sit fleksjob som kontormedhjælper hos Vesterå Boligselskab med 12 timer om ugen.",
                    f"{fn} er i virksomhedspraktik 10 timer om ugen i Vesterå Vandværk senest {self.fdate(addm(self.start, 2), 'long')}, så arbejdsevnen kan afklares med henblik på fleksjob eller ordinært job."],
            "int": [f"{fn} består danskuddannelse modul 3 og starter i praktik i en børnehave 10 timer om ugen inden {self.fdate(addm(self.start, 3), 'long')}.",
                    f"{fn} er i ordinært job eller løntilskud inden for rengøring eller kantine, mindst 20 timer om ugen, ved periodens udløb.",
                    f"{fn} er i virksomhedspraktik 15 timer om ugen i Netto, Skovvej, senest {self.fdate(addm(self.start, 2), 'long')}, med henblik på løntilskud."],
            "ltl": [f"{fn} er i virksomhedspraktik 15 timer om ugen i Netto, Skovvej, senest {self.fdate(addm(self.start, 2), 'long')}, med henblik på løntilskud.",
                    f"{fn} er i ordinært job eller løntilskud inden for rengøring eller kantine, mindst 20 timer om ugen, ved periodens udløb.",
                    f"{fn} har gennemført truckcertifikat (AMU) og søgt mindst 3 lagerjob om ugen, med ansættelse i lagerbranchen som mål."],
        }
        return self.r.choice(g.get(unit) or [x for v in g.values() for x in v])

    def tasks(self, kind="ok"):
        if kind == "missing":
            return None
        pool = ["følge med til de første møder på praktikstedet", "ugentlig samtale om fremmøde og søvn",
                "hjælp til at bruge rejseplanen og komme afsted til tiden", "kontakt til skolens studievejleder",
                "støtte ved samtaler med arbejdsgiver om skånehensyn", "hjælpe med at læse og svare på post fra kommunen",
                "øve jobsamtaler og skrive CV", "hjælpe med at planlægge ugen i en kalender",
                "følge op på aftaler med læge og psykolog, så de ikke kolliderer med praktikken"]
        return self.r.sample(pool, self.r.choice([2, 3, 4]))

    def hours(self, kind="ok"):
        if kind == "missing":
            return None
        if kind == "vague":
            return self.r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])
        h = self.r.choice([1, 2, 2, 3, 4, 5])
        t = "time" if h == 1 else "timer"
        return self.r.choice([f"{h} {t} pr. uge", f"{h} t/uge", f"{h} {t} ugentligt", f"{h * 4} timer om måneden"])

    def follow(self, kind="ok"):
        if kind == "missing":
            return None
        if kind == "vague":
            return self.r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi tager det hen ad vejen."])
        return self.r.choice([
            "Statusmøde med borger, mentor og sagsbehandler hver måned. Evaluering 14 dage før periodens udløb.",
            "Mentor sender status hver 4. uge. Vi holder midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
            "Opfølgning hver anden måned på jobcentret; delmål: fremmøde 4 dage om ugen efter 6 uger.",
            "Vi følger op på et møde hver 6. uge og ser på progression i forhold til delmålene.",
        ])

    # ---------- registry
    def add(self, path, fmt, kind, subtype, layout, blocks, rules, traits, cpr=None, extras=(), per=None,
            meta=None):
        e = {"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
             "must_not_contain": [cpr] if cpr else [], "traits": sorted(set(traits + (["cpr"] if cpr else []))),
             }
        if per:
            e["period"] = {"start": per[0].isoformat(), "end": per[1].isoformat()}
        self.docs.append({"entry": e, "blocks": blocks, "meta": meta or {}})


def pick_defects(r, pool, p_clean=0.4):
    if r.random() < p_clean:
        return []
    n = 1 if r.random() < 0.75 else 2
    return r.sample(pool, n)


AGR_POOL = ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
            "missing-follow-up", "missing-follow-up", "missing-hours", "missing-hours", "missing-appeal-guidance",
            "missing-appeal-guidance", "duration-over-6-months"]
MP_POOL = ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-hours",
           "missing-hours", "duration-over-6-months", "missing-duration"]


def fields_for(g: Gen, who, defects, unit):
    """Return dict of field texts given defects (value None = absent)."""
    f = {}
    if "duration-over-6-months" in defects and "missing-duration" in defects:
        defects.remove("missing-duration")
    if "missing-goal" in defects and "unclear-goal" in defects:
        defects.remove("unclear-goal")
    f["goal"] = ("Udfyldes senere" if g.r.random() < 0.5 else None) if "missing-goal" in defects else \
        g.goal(who, "unclear" if "unclear-goal" in defects else "ok", unit)
    prov, pool, dom = {"unge": (P1, MENTORS_P1, "mentorhusetnord.dk"), "syg": (P2, MENTORS_P2, "brobyg-mentor.dk"),
                       "int": ("Integrationsmentorerne, Vesterå Kommune", MENTORS_INT, "vesteraa.dk"),
                       "ltl": (P1, MENTORS_P1, "mentorhusetnord.dk") if g.r.random() < 0.5 else (P2, MENTORS_P2, "brobyg-mentor.dk")}[unit]
    mn, ini = g.r.choice(pool)
    f["mentor_name"], f["provider"] = mn, prov
    if "missing-mentor" in defects:
        f["mentor"] = g.r.choice([f"Tildeles af {prov}", f"{mn}", "Mentor findes snarest"])
        f["mentor_phone"] = None
    else:
        f["mentor_phone"] = g.phone()
        f["mentor"] = f"{mn}, {prov}, tlf. {f['mentor_phone']}, {ini}@{dom}"
    f["tasks"] = g.tasks("missing" if "missing-tasks" in defects else "ok")
    if "missing-duration" in defects:
        f["period"] = None
        f["period_text"] = g.r.choice([f"fra {g.fdate(g.start)} og indtil videre", "Udfyldes senere", None])
    else:
        s, e, n = g.period("over" if "duration-over-6-months" in defects else "ok")
        f["period"] = (s, e)
        st = g.r.choice(["long", "dots", "slash", "iso", "short"])
        f["period_text"] = f"{g.fdate(s, st)} – {g.fdate(e, st)}"
    f["hours"] = g.hours(g.r.choice(["missing", "vague"]) if "missing-hours" in defects else "ok")
    f["follow"] = g.follow(g.r.choice(["missing", "vague"]) if "missing-follow-up" in defects else "ok")
    f["appeal"] = g.appeal(g.start, g.r.choice(["none", "vague", "nodeadline"])
                           if "missing-appeal-guidance" in defects else "ok")
    return f


def build(g: Gen):
    r = g.r
    seq = {"n": 0}

    def nid():
        seq["n"] += 1
        return seq["n"]

    agr_sets = [[]] * 12 + [["missing-hours"], ["missing-hours"], ["missing-follow-up"], ["missing-follow-up"],
                            ["missing-follow-up"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
                            ["duration-over-6-months"], ["duration-over-6-months"], ["unclear-goal"], ["unclear-goal"],
                            ["missing-mentor"], ["missing-tasks"], ["missing-goal"], ["missing-duration"],
                            ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
                            ["duration-over-6-months", "missing-hours"]]
    r.shuffle(agr_sets)
    agr_fmts = (["docx"] * 7 + ["pdf"] * 7 + ["odt"] * 3 + ["txt"] * 3 + ["html"] * 3 + ["rtf"] * 3 + ["eml"] * 4)
    r.shuffle(agr_fmts)
    plan = [("unge", 7), ("syg", 6), ("int", 6), ("ltl", 5), ("p1", 3), ("p2", 3)]
    k = 0
    for unit, count in plan:
        for i in range(count):
            year = r.randint(2018, 2026)
            g.start = dt.date(year, r.randint(1, 12), r.choice([1, 1, 1, 15]))
            if g.start > dt.date(2026, 11, 1):
                g.start = dt.date(2026, r.randint(1, 10), 1)
            who = g.name()
            cw = r.choice(CASEWORKERS)
            defects = list(agr_sets[k])
            fmt = agr_fmts[k]
            k += 1
            if unit == "p2":
                fmt = r.choice(["eml", "eml", "txt"])
            u = unit if unit in UNITS else ("unge" if unit == "p1" else "syg")
            f = fields_for(g, who, list(defects), u)
            rules = sorted(set(defects))
            if "duration-over-6-months" in rules and "missing-duration" in rules:
                rules.remove("missing-duration")
            if "missing-goal" in rules and "unclear-goal" in rules:
                rules.remove("unclear-goal")
            cpr = g.cpr() if r.random() < 0.28 else None
            sdate = g.start - dt.timedelta(days=r.randint(3, 12))
            blocks, layout = agreement_blocks(g, unit, who, cw, cpr, f, sdate)
            folder = {"unge": "ungeenheden", "syg": "job-og-helbred", "int": "integration", "ltl": "langtidsledige",
                      "p1": "leverandoer-mentorhuset", "p2": "leverandoer-brobyg"}[unit]
            slug = who.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
            path = f"{folder}/{year}/aftale-mentor-{slug}-{nid():03d}.{fmt}"
            g.add(path, fmt, "agreement", "agreement", layout, blocks, rules,
                  [f"unit:{unit}", f"year:{year}"] + [f"defect:{d}" for d in rules], cpr,
                  per=f["period"], meta={"subject": f"Mentoraftale – {who}", "from": f["provider"], "date": sdate})

    # ================= DECISIONS =================
    dec_plan = ["grant"] * 6 + ["partial"] * 3 + ["refusal"] * 4 + ["extension"] * 3 + ["end"] * 3 + ["discharge"]
    dec_app = {1: "none", 7: "vague", 10: "nodeadline", 14: "vague", 17: "none"}
    dec_over = {2, 4, 15}
    dec_noreason = {8, 12}
    dec_fmts = ["pdf"] * 6 + ["docx"] * 3 + ["html"] * 2 + ["eml"] * 3 + ["odt"] * 2 + ["txt"] * 2 + ["rtf"] * 2
    r.shuffle(dec_fmts)
    for di, typ in enumerate(dec_plan):
        year = r.randint(2018, 2026)
        g.start = dt.date(year, r.randint(1, 11), 1)
        who = g.name()
        cw = r.choice(CASEWORKERS)
        rules, extras, traits = [], [], [f"dtype:{typ}", f"year:{year}"]
        appeal_kind = "ok"
        if di in dec_app:
            appeal_kind = dec_app[di]
            rules.append("missing-appeal-guidance")
        over = di in dec_over
        assert not over or typ in ("grant", "extension")
        if over:
            rules.append("duration-over-6-months")
        no_reason = di in dec_noreason
        if no_reason:
            extras.append("missing-reasons")
        cpr = g.cpr() if r.random() < 0.25 else None
        fmt = dec_fmts[di]
        blocks, per = decision_blocks(g, typ, who, cw, cpr, appeal_kind, over, no_reason)
        path = f"afgoerelser/{year}/{typ}-{nid():03d}.{fmt}"
        g.add(path, fmt, "decision", typ, "letter", blocks, rules, traits + [f"defect:{d}" for d in rules], cpr,
              extras, per, meta={"subject": blocks[0][1], "from": g.sender(g.start), "date": g.start - dt.timedelta(days=5)})

    # ================= MIN PLAN =================
    mp_sets = [[]] * 6 + [["missing-hours"], ["missing-hours"], ["missing-mentor"], ["unclear-goal"], ["unclear-goal"],
                          ["duration-over-6-months"], ["missing-tasks"], ["missing-goal"], ["missing-duration"]]
    r.shuffle(mp_sets)
    mp_fmts = ["pdf"] * 5 + ["html"] * 3 + ["txt"] * 2 + ["docx"] * 3 + ["odt"] * 2
    r.shuffle(mp_fmts)
    for i in range(15):
        year = r.randint(2020, 2026)
        g.start = dt.date(year, r.randint(1, 11), 1)
        who = g.name()
        defects = list(mp_sets[i])
        unit = r.choice(list(UNITS))
        f = fields_for(g, who, list(defects), unit)
        rules = sorted(set(defects))
        if "duration-over-6-months" in rules and "missing-duration" in rules:
            rules.remove("missing-duration")
        if "missing-goal" in rules and "unclear-goal" in rules:
            rules.remove("unclear-goal")
        cpr = g.cpr() if r.random() < 0.2 else None
        fmt = mp_fmts[i]
        blocks, layout = minplan_blocks(g, who, cpr, f)
        path = f"min-plan/{year}/minplan-udskrift-{nid():03d}.{fmt}"
        g.add(path, fmt, "minplan", "minplan", layout, blocks, rules,
              [f"unit:{unit}", f"year:{year}"] + [f"defect:{d}" for d in rules], cpr, per=f["period"])

    # ================= LOOK-ALIKES =================
    for typ, fmt in [("status", "docx"), ("status", "pdf"), ("invoice", "pdf"), ("minutes", "docx"),
                     ("leaflet", "html"), ("order", "eml"), ("hearing", "pdf"), ("private", "html"),
                     ("meetingmail", "eml"), ("evaluation", "odt"), ("samarbejde", "pdf"), ("invoice", "txt"),
                     ("minutes", "rtf")]:
        year = r.randint(2018, 2026)
        g.start = dt.date(year, r.randint(1, 11), 1)
        who = g.name()
        cpr = g.cpr() if typ in ("status", "hearing", "evaluation") and r.random() < 0.5 else None
        blocks, subj = other_blocks(g, typ, who, cpr)
        path = f"oevrige/{year}/{typ}-{nid():03d}.{fmt}"
        g.add(path, fmt, "unknown", typ, typ, blocks, [], [f"other:{typ}"], cpr,
              meta={"subject": subj, "from": P1 if typ != "private" else "Vesterå IF", "date": g.start})


def signature(g, who, cw, f, d):
    return ["", f"Vesterå, {g.fdate(d, 'long')}", "", f"_________________   _________________   _________________",
            f"{who} (borger)   {f['mentor_name'] if f['mentor_phone'] or f['mentor'] == f['mentor_name'] else ''} (mentor)   {cw} (sagsbehandler)"]


def agreement_blocks(g: Gen, unit, who, cw, cpr, f, sdate):
    r = g.r
    B = []
    snd = g.sender(sdate)
    idline = f"Borger: {who}" + (f", CPR-nr. {cpr}" if cpr else "")
    if unit == "unge":
        B.append(("title", r.choice(["Aftale om mentorstøtte – uddannelsesmentor", "Mentoraftale – Ungeenheden"])))
        B.append(("p", f"{snd}, Ungeenheden · Sagsnr. 15.20.08-G01-{r.randint(100, 999)}-{sdate:%y}"))
        B.append(("p", idline))
        B.append(("p", f"Sagsbehandler: {cw}, tlf. 87 10 {r.randint(10, 99)} {r.randint(10, 99)}"))
        B.append(("p", f"Aftalen er indgået efter {g.para(sdate)}."))
        if f["goal"] is not None:
            B += [("h", "Mål for mentorstøtten"), ("p", f["goal"])]
        B += [("h", "Din mentor"), ("p", f["mentor"])]
        if f["tasks"]:
            B += [("h", "Mentorens opgaver"), ("ul", [t[0].upper() + t[1:] for t in f["tasks"]])]
        B.append(("h", "Periode og timetal"))
        if f["period_text"]:
            B.append(("p", f"Periode: {f['period_text']}"))
        if f["hours"]:
            B.append(("p", f"Timetal: {f['hours']}"))
        if f["follow"]:
            B += [("h", "Opfølgning"), ("p", f["follow"])]
        if f["appeal"]:
            B += [("h", "Klagevejledning"), ("p", f["appeal"])]
        B.append(("sig", signature(g, who, cw, f, sdate)))
        return B, "headings"
    if unit in ("syg", "p1"):
        title = "Aftale om mentorstøtte" if unit == "syg" else f"Trepartsaftale om mentorforløb – {P1}"
        B.append(("title", title))
        if unit == "syg":
            B.append(("p", f"{snd} · Job og Helbred (sygedagpenge og jobafklaring)"))
        else:
            B.append(("p", f"{P1} · Søndergade 14, 8000 Vesterå · CVR 3{r.randint(1000000, 9999999)} · på vegne af {snd}"))
        rows = [("Borger", who + (f" ({cpr})" if cpr else "")), ("Sagsbehandler", cw)]
        rows.append(("Formål med mentorstøtten", f["goal"] if f["goal"] is not None else "-"))
        rows.append(("Mentor", f["mentor"]))
        rows.append(("Mentorens opgaver", "; ".join(f["tasks"]) if f["tasks"] else "-"))
        rows.append(("Bevilget periode", f["period_text"] or "-"))
        rows.append(("Timer pr. uge", f["hours"] or "-"))
        if f["follow"]:
            rows.append(("Opfølgning", f["follow"]))
        rows.append(("Lovgrundlag", g.para(sdate)))
        B.append(("kv", rows))
        if f["appeal"]:
            B += [("h", "Klagevejledning"), ("p", f["appeal"])]
        B.append(("sig", signature(g, who, cw, f, sdate)))
        return B, "table"
    if unit == "int":
        B.append(("title", "Mentoraftale – Integration"))
        B.append(("p", f"{snd}, Integrationsteamet. Dato: {g.fdate(sdate)}"))
        B.append(("p", idline))
        B.append(("p", "Denne aftale beskriver din mentorstøtte. Læs den sammen med din mentor. Du kan få den oversat."))
        items = []
        items.append(("1) Målet med mentorstøtten", f["goal"] if f["goal"] is not None else ""))
        items.append(("2) Mentorens navn og kontaktdata", f["mentor"]))
        items.append(("3) Hvilke opgaver mentoren skal hjælpe med", ", ".join(f["tasks"]) if f["tasks"] else ""))
        items.append(("4) Varighed", f["period_text"] or ""))
        if f["follow"]:
            items.append(("   Opfølgning", f["follow"]))
        items.append(("5) Timetal", f["hours"] or ""))
        if f["appeal"]:
            items.append(("6) Klagevejledning", f["appeal"]))
        for l, v in items:
            B.append(("p", f"{l}: {v}".rstrip()))
        B.append(("sig", signature(g, who, cw, f, sdate)))
        return B, "numbered"
    if unit == "ltl":
        fn = who.split()[0]
        B.append(("title", r.choice(["Din aftale om mentorstøtte", "Aftale om mentor – skrevet ned efter vores samtale"])))
        B.append(("p", f"{snd}, Team Langtidsledige · {g.fdate(sdate, 'long')}"))
        B.append(("p", f"Til {who}" + (f", CPR {cpr}" if cpr else "")))
        B.append(("p", f"Kære {fn}. Her får du det, vi blev enige om, skrevet ned, da vi holdt møde med din mentor."))
        if f["goal"] is not None:
            B.append(("p", f"Målet er: {f['goal']}"))
        if f["mentor_phone"]:
            B.append(("p", f"Din mentor er {f['mentor_name']} fra {f['provider']}. Du kan ringe på {f['mentor_phone']}."))
        else:
            B.append(("p", f"Din mentor: {f['mentor']}."))
        if f["tasks"]:
            B.append(("p", "Det skal din mentor hjælpe med: " + "; ".join(f["tasks"]) + "."))
        if f["period"]:
            B.append(("p", f"Mentorstøtten gælder fra {g.fdate(f['period'][0], 'long')} til {g.fdate(f['period'][1], 'long')}."))
        elif f["period_text"]:
            B.append(("p", f"Mentorstøtten gælder {f['period_text']}."))
        if f["hours"]:
            B.append(("p", f"Du har mentor {f['hours']}."))
        if f["follow"]:
            B.append(("p", f["follow"]))
        if f["appeal"]:
            B += [("h", "Hvis du vil klage"), ("p", f["appeal"])]
        B.append(("p", f"Venlig hilsen\n{cw}\nsagsbehandler"))
        return B, "letter-prose"
    # p2: Brobyg, mail-ish plain text
    B.append(("title", f"Forløbsaftale mentor – {who}"))
    B.append(("p", f"Hej {cw}\n\nHermed aftalen fra opstartsmødet, som vi blev enige om. Borger har fået en kopi."))
    lines = [("Borger", who + (f" / {cpr}" if cpr else "")),
             ("Mål", f["goal"] if f["goal"] is not None else "Udfyldes senere"),
             ("Mentor", f["mentor"]), ("Opgaver", ", ".join(f["tasks"]) if f["tasks"] else "-"),
             ("Periode", f["period_text"] or "-"), ("Timer", f["hours"] or "-")]
    if f["follow"]:
        lines.append(("Opfølgning", f["follow"]))
    if f["appeal"]:
        lines.append(("Klagevejledning", f["appeal"]))
    B.append(("kv", lines))
    B.append(("p", f"Mvh\n{f['mentor_name']}\nMentor, {P2}"))
    return B, "provider-mail"


def decision_blocks(g: Gen, typ, who, cw, cpr, appeal_kind, over, no_reason):
    r = g.r
    d = g.start - dt.timedelta(days=r.randint(4, 15))
    snd = g.sender(d)
    fn = who.split()[0]
    B = []
    per = None
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Du får mentorstøtte med færre timer end ansøgt"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
              "discharge": ["Afgørelse om udskrivningskoordinator"]}
    B.append(("title", r.choice(titles[typ])))
    B.append(("p", f"{snd} · Rådhuspladsen 2 · 8000 Vesterå · {g.fdate(d, 'long')}"))
    B.append(("p", f"Til {who}" + (f"\nCPR-nr.: {cpr}" if cpr else "")))
    B.append(("p", f"Sagsnr. 15.20.08-G01-{r.randint(1000, 9999)}-{d:%y}"))
    para = g.para(d)
    hrs = r.choice([2, 3, 4, 5])
    if typ in ("grant", "partial", "extension"):
        s, e, n = g.period("over" if over else "ok")
        if typ == "extension" and over:
            pass
        per = (s, e)
        st = r.choice(["long", "dots", "slash"])
        if typ == "grant":
            B.append(("p", f"Kære {fn}. Du har fået bevilget mentorstøtte efter {para}. "
                           f"Støtten gælder i perioden {g.fdate(s, st)} til {g.fdate(e, st)} med {hrs} timer om ugen. "
                           f"Din mentor kommer fra {r.choice([P1, P2])}, som kontakter dig inden opstart."))
            if r.random() < 0.5:
                B.append(("p", "Den skriftlige aftale om mentorstøtten laver du sammen med din mentor og sagsbehandler; du finder den på Min Side."))
        elif typ == "partial":
            B.append(("p", f"Kære {fn}. Du har søgt om mentorstøtte i {hrs + 4} timer om ugen. Du får delvist ret: "
                           f"Vi bevilger {hrs} timer om ugen i perioden {g.fdate(s, st)} – {g.fdate(e, st)}, jf. {para}."))
            if not no_reason:
                B += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, "
                                                 f"og at dit behov efter mødet med din sagsbehandler er vurderet til {hrs} timer om ugen. "
                                                 f"Efter {para} skal timetallet fastsættes ud fra dit konkrete behov.")]
        else:
            ps = addm(s, -6)
            B.append(("p", f"Din mentorstøtte i perioden {g.fdate(ps, st)} – {g.fdate(s - dt.timedelta(days=1), st)} (tidligere periode) "
                           f"forlænges. Ny periode: {g.fdate(s, st)} – {g.fdate(e, st)}, {hrs} timer pr. uge."))
            B += [("h", "Begrundelse"), ("p", f"Vi har lavet en konkret vurdering efter {para}, 2. pkt. Din mentor oplyser i statusrapporten, "
                                             f"at du nu møder stabilt i praktikken, men at du fortsat har brug for støtte til at fastholde den.")]
    elif typ == "discharge":
        s = g.start
        e = addm(s, 9) - dt.timedelta(days=1)
        per = (s, e)
        B.append(("p", f"Kære {fn}. Du er indlagt på Psykiatrisk Afdeling, Vesterå, og har ret til en udskrivningskoordinator efter "
                       f"{'§ 167, stk. 2' if d >= dt.date(2020, 1, 1) else '§ 31 b, stk. 2'}, i lov om en aktiv beskæftigelsesindsats. Støtten starter op til 3 måneder før udskrivelsen "
                       f"og gælder i perioden {g.fdate(s, 'long')} – {g.fdate(e, 'long')}, {hrs} timer om ugen."))
    elif typ == "refusal":
        B.append(("p", f"Kære {fn}. Du har søgt om mentorstøtte. Vi har givet dig afslag."))
        if not no_reason:
            B += [("h", "Begrundelse"), ("p", r.choice([
                f"Vi har lagt vægt på, at du har et fuldtidsjob uden problemer med fremmøde, og at der ikke er et mål om beskæftigelse eller uddannelse, som mentorstøtten skal understøtte, jf. {para}.",
                f"Afslaget er givet på baggrund af, at din uddannelsesinstitution tilbyder elevcoach og SPS, som dækker dit behov. Mentorstøtte efter {para} kan kun gives, når støtten går ud over det, skolen normalt tilbyder."]))]
    else:  # end
        stop = g.start
        B.append(("p", f"Kære {fn}. Din mentorstøtte ophører pr. {g.fdate(stop, 'long')}."))
        if not no_reason:
            B += [("h", "Begrundelse"), ("p", r.choice([
                "Du er startet i ordinært job 30 timer om ugen og har selv sagt, at du ikke længere har brug for mentor. Vi har lagt vægt på din mentors slutrapport.",
                f"Du er ikke mødt op til mentoraftalerne siden {g.fdate(addm(stop, -2), 'long')}, og vi vurderer derfor, at mentorstøtten ikke længere understøtter dit mål om uddannelse, jf. {para}."]))]
    ap = g.appeal(d, appeal_kind)
    if ap:
        B += [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", ap)]
    B.append(("p", f"Med venlig hilsen\n{cw}\n{snd}"))
    return B, per


def minplan_blocks(g: Gen, who, cpr, f):
    r = g.r
    B = [("title", "Min Plan – udskrift"), ("p", f"Borger: {who}" + (f"   CPR: {cpr}" if cpr else "")),
         ("p", f"Udskrevet {g.fdate(g.start - dt.timedelta(days=3), 'dots')} fra {g.sender(g.start)}")]
    if r.random() < 0.5:
        y = g.start.year
        B += [("h", "Uddannelse – FGU Vesterå (Igangværende)"),
              ("kv", [("Sted", "FGU Vesterå, Havnevej 3"), ("Start", f"01.08.{y - 1}"), ("Slut", f"30.06.{y + 1}"),
                      ("Kontaktperson", "Vejleder Tove Riis")])]
    B.append(("h", "Mentorstøtte (§ 167)" if g.start.year >= 2020 else "Mentorstøtte (§ 31 b)"))
    rows = [("Formål", f["goal"] if f["goal"] is not None else "")]
    rows.append(("Mentor", f["mentor"]))
    rows.append(("Opgaver", "; ".join(f["tasks"]) if f["tasks"] else ""))
    rows.append(("Periode", f["period_text"] or ""))
    rows.append(("Timer", f["hours"] or ""))
    B.append(("kv", rows))
    return B, "minplan-card"


def other_blocks(g: Gen, typ, who, cpr):
    r = g.r
    fn = who.split()[0]
    mn, ini = r.choice(MENTORS_P1)
    if typ == "status":
        B = [("title", "Statusrapport – mentorforløb"), ("p", f"{P1} til {g.sender(g.start)}, Ungeenheden"),
             ("p", f"Borger: {who}" + (f" ({cpr})" if cpr else "")),
             ("p", f"{fn} har haft 11 møder med mentor {mn} siden sidste status. Fremmødet i praktikken er steget fra 2 til 4 dage om ugen. "
                   f"{fn} har selv ringet afbud én gang. Vi anbefaler, at forløbet fortsætter som aftalt."),
             ("h", "Næste skridt"), ("p", "Statusmøde på jobcentret om 4 uger.")]
        return B, "Statusrapport"
    if typ == "invoice":
        B = [("title", f"Faktura nr. {r.randint(20000, 29999)}"), ("p", f"{P1} · CVR 3{r.randint(1000000, 9999999)}"),
             ("p", f"Til: {g.sender(g.start)}, Økonomi"),
             ("kv", [("Ydelse", f"Mentorstøtte, {g.fdate(g.start, 'long')} – {g.fdate(addm(g.start, 1) - dt.timedelta(days=1), 'long')}"),
                     ("Borgerreference", f"Rekv. {r.randint(100000, 999999)}"), ("Timer", "16,0"), ("Timepris", "525,00 kr."),
                     ("I alt inkl. moms", "10.500,00 kr.")]),
             ("p", "Betalingsbetingelser: netto 30 dage. EAN 579800012345.")]
        return B, "Faktura"
    if typ == "minutes":
        B = [("title", "Referat – teammøde Ungeenheden"), ("p", f"Dato: {g.fdate(g.start, 'long')}. Deltagere: {', '.join(CASEWORKERS[:4])}"),
             ("h", "1. Mentorbevillinger"), ("p", "Kvalitetsteamet har set på 20 sager. I fem sager manglede timetallet i aftalen, og i to sager manglede klagevejledning. Alle husker at bruge den nye skabelon."),
             ("h", "2. Leverandører"), ("p", f"{P1} har ny kontaktperson. {P2} melder ventetid på 3 uger."),
             ("h", "3. Eventuelt"), ("p", "Julefrokost 12. december.")]
        return B, "Referat"
    if typ == "leaflet":
        B = [("title", "Sådan fungerer mentorstøtte – information til borgere"),
             ("p", f"{g.sender(g.start)} kan give dig en mentor, hvis du har brug for støtte for at komme i job eller uddannelse."),
             ("h", "Hvad står der i aftalen?"),
             ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                     "hvor længe støtten varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen", "hvordan vi følger op",
                     "klagevejledning"]),
             ("h", "Kan jeg klage?"), ("p", "Ja. Du klager til kommunen inden fire uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.")]
        return B, "Information"
    if typ == "order":
        B = [("title", "Bestilling af mentorforløb"),
             ("p", f"Hej {P2}\n\nVi bestiller hermed et mentorforløb til en borger i Job og Helbred. Opstartsmøde ønskes inden 14 dage. "
                   f"Forventet omfang 3 timer om ugen i 6 måneder. Borgerens oplysninger sendes sikkert via Digital Post.\n\nMvh\n{r.choice(CASEWORKERS)}\n{g.sender(g.start)}")]
        return B, "Bestilling af mentorforløb"
    if typ == "hearing":
        B = [("title", "Partshøring – inden vi træffer afgørelse om ophør af mentorstøtte"),
             ("p", f"Til {who}" + (f", CPR-nr. {cpr}" if cpr else "")),
             ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire møder med din mentor. "
                   f"Før vi træffer afgørelse, får du mulighed for at komme med dine bemærkninger. Svar senest {g.fdate(g.start + dt.timedelta(days=14), 'long')}."),
             ("p", f"Venlig hilsen\n{r.choice(CASEWORKERS)}")]
        return B, "Partshøring"
    if typ == "private":
        B = [("title", "Mentoraftale – Vesterå IF's ungementorordning"),
             ("p", "Vesterå IF tilbyder frivillige mentorer til unge spillere i klubben. Ordningen er ikke en del af kommunens beskæftigelsesindsats."),
             ("h", "Sådan foregår det"), ("p", "Du mødes med din frivillige mentor ca. hver anden uge i klubhuset. Mentoren er en voksen træner, som hjælper med lektier og hverdag."),
             ("p", "Kontakt: ungementor@vesteraa-if.dk")]
        return B, "Mentoraftale IF"
    if typ == "meetingmail":
        B = [("title", "Møde om mentorforløb"),
             ("p", f"Hej {fn}\n\nVi har flyttet mødet med din mentor til tirsdag kl. 10 på jobcentret, 2. sal. Husk dit NemID/MitID, hvis du skal logge på Min Side.\n\nVenlig hilsen\n{mn}, {P1}")]
        return B, "Møde om mentorforløb"
    if typ == "evaluation":
        B = [("title", "Afsluttende evaluering af mentorforløb"), ("p", f"Borger: {who}" + (f" ({cpr})" if cpr else "")),
             ("p", f"Forløbet er afsluttet {g.fdate(g.start, 'long')}. {fn} er startet på SOSU-hjælperuddannelsen. Målet blev nået. "
                   "Mentor og borger har haft 24 møder i alt."),
             ("p", f"Mentor: {mn}, {P1}")]
        return B, "Afsluttende evaluering"
    # samarbejde
    B = [("title", f"Samarbejdsaftale om levering af mentorydelser mellem {g.sender(g.start)} og {P1}"),
         ("p", "Leverandøren stiller mentorer til rådighed for borgere henvist af jobcentret. Timepris 525 kr. ekskl. moms. "
               "Aftalen gælder i 2 år med mulighed for forlængelse i 1 år."),
         ("h", "Leverandørens forpligtelser"), ("ul", ["opstartsmøde inden 10 arbejdsdage", "statusrapport hver 4. uge", "faktura månedligt"])]
    return B, "Samarbejdsaftale"


# ---------------- renderers ----------------
def to_text(blocks):
    out = []
    for k, v in blocks:
        if k == "title":
            out += [v, "=" * len(v), ""]
        elif k == "h":
            out += [v, "-" * len(v), ""]
        elif k == "p":
            out += [v, ""]
        elif k == "ul":
            out += [f"- {x}" for x in v] + [""]
        elif k == "kv":
            out += [f"{l}: {x}" for l, x in v] + [""]
        elif k == "sig":
            out += v + [""]
    return "\n".join(out)


def esc(s):
    import html
    return html.escape(s).replace("\n", "<br>")


def to_html(blocks, title):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{esc(title)}</title></head><body>"]
    for k, v in blocks:
        if k == "title":
            out.append(f"<h1>{esc(v)}</h1>")
        elif k == "h":
            out.append(f"<h2>{esc(v)}</h2>")
        elif k == "p":
            out.append(f"<p>{esc(v)}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>")
        elif k == "kv":
            out.append('<table border="1">' + "".join(f"<tr><th>{esc(l)}</th><td>{esc(x)}</td></tr>" for l, x in v) + "</table>")
        elif k == "sig":
            out.append("<p>" + esc("\n".join(v)) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(blocks):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs22"]
    for k, v in blocks:
        if k == "title":
            out.append(r"{\b\fs32 " + rtf_esc(v) + r"}\par\par")
        elif k == "h":
            out.append(r"{\b " + rtf_esc(v) + r"}\par")
        elif k == "p":
            out.append(rtf_esc(v) + r"\par\par")
        elif k == "ul":
            out += [r"\bullet  " + rtf_esc(x) + r"\par" for x in v]
        elif k == "kv":
            out += [r"{\b " + rtf_esc(l) + r":}\tab " + rtf_esc(x) + r"\par" for l, x in v]
        elif k == "sig":
            out += [rtf_esc(x) + r"\par" for x in v]
    out.append("}")
    return "\n".join(out)


def to_docx(blocks, path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for k, v in blocks:
        if k == "title":
            d.add_heading(v, level=1)
        elif k == "h":
            d.add_heading(v, level=2)
        elif k == "p":
            for part in v.split("\n\n"):
                d.add_paragraph(part)
        elif k == "ul":
            for x in v:
                d.add_paragraph(x, style="List Bullet")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, x in v:
                c = t.add_row().cells
                c[0].text, c[1].text = l, x
            d.add_paragraph("")
        elif k == "sig":
            for x in v:
                d.add_paragraph(x)
    d.core_properties.author = "Vesterå"
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.save(path)


def to_eml(blocks, meta, path):
    m = EmailMessage()
    title = blocks[0][1]
    frm = meta.get("from", "Jobcenter Vesterå")
    dom = "brobyg-mentor.dk" if "Brobyg" in frm else "mentorhusetnord.dk" if "Mentorhuset" in frm else "vesteraa-if.dk" if "IF" in frm else "vesteraa.dk"
    m["From"] = f"{frm} <post@{dom}>"
    m["To"] = "Jobcenter Vesterå <jobcenter@vesteraa.dk>"
    m["Subject"] = title
    d = meta.get("date", dt.date(2024, 1, 1))
    m["Date"] = format_datetime(dt.datetime(d.year, d.month, d.day, 10, 12, tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{hashlib.sha1(title.encode()).hexdigest()[:16]}@vesteraa.example>"
    body = to_text(blocks[1:])
    m.set_content(body)
    path.write_bytes(bytes(m))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hw")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(a.seed)
    build(g)
    tmp = Path(tempfile.mkdtemp(prefix="hw_build_"))
    conv = {"pdf": [], "odt": []}
    for i, d in enumerate(g.docs):
        e, blocks = d["entry"], d["blocks"]
        p = out / e["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        fmt = e["format"]
        if fmt == "docx":
            to_docx(blocks, p)
        elif fmt in ("pdf", "odt"):
            src = tmp / fmt / f"{p.stem}.docx"
            src.parent.mkdir(exist_ok=True)
            to_docx(blocks, src)
            conv[fmt].append((src, p))
        elif fmt == "txt":
            p.write_text(to_text(blocks), encoding="utf-8")
        elif fmt == "html":
            p.write_text(to_html(blocks, blocks[0][1]), encoding="utf-8")
        elif fmt == "rtf":
            p.write_text(to_rtf(blocks), encoding="ascii")
        elif fmt == "eml":
            to_eml(blocks, d["meta"], p)
    for fmt, items in conv.items():
        if not items:
            continue
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_hw_profile", "--headless", "--convert-to", fmt,
                        "--outdir", str(tmp / f"{fmt}_out")] + [str(s) for s, _ in items],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s, p in items:
            shutil.move(str(tmp / f"{fmt}_out" / f"{s.stem}.{fmt}"), p)
    lines = [json.dumps(d["entry"], ensure_ascii=False, sort_keys=True) for d in sorted(g.docs, key=lambda d: d["entry"]["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp)
    print(f"wrote {len(g.docs)} documents to {out}")


if __name__ == "__main__":
    main()
