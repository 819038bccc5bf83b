#!/usr/bin/env python3
"""Corpus ge: the citizen's GOAL written every way caseworkers write it.

Independent labelled corpus for mentordocs (written without reading the linter). Deterministic:
    /work/main/.venv/bin/python scripts/independent/corpus_ge/make_corpus_ge.py --out /work/corpora/ge [--seed 15]
Needs LibreOffice (soffice) for the LibreOffice-made PDFs/ODT/RTF, and tesseract + pdftoppm for the scans.
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402
import render as R  # noqa: E402

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {"agreement": set(NINE),
           "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                       "duration-over-6-months", "unclear-goal"},
           "decision": {"missing-appeal-guidance", "duration-over-6-months"},
           "unknown": set()}
DEFECT_RULE = {"hours": "missing-hours", "follow": "missing-follow-up", "appeal": "missing-appeal-guidance",
               "mentor": "missing-mentor", "tasks": "missing-tasks", "duration": "missing-duration",
               "over6": "duration-over-6-months"}


# ============================================================== the case (one citizen's facts)
class Case:
    def __init__(self, rng: random.Random, goal_mode: str, defect: str | None, kind: str, cpr: bool):
        self.rng = rng
        self.goal_mode, self.defect, self.kind = goal_mode, defect, kind
        self.first = rng.choice(C.FIRST)
        self.last = rng.choice(C.LAST)
        self.name = f"{self.first} {self.last}"
        self.mfirst = rng.choice(C.MENTOR_FIRST)
        self.mlast = rng.choice(C.LAST)
        self.mentor = f"{self.mfirst} {self.mlast}"
        self.provider = rng.choice(C.PROVIDERS)
        self.kommune = rng.choice(C.KOMMUNER)
        self.mphone = C.phone(rng)
        dom = self.provider.split()[0].lower().replace("&", "").replace(",", "").replace("å", "aa").replace("ø", "oe")
        self.mmail = f"{C.slug(self.mfirst)}@{dom or 'mentor'}.dk"
        self.cw = f"{rng.choice(C.MENTOR_FIRST)} {rng.choice(C.LAST)}"
        self.cwphone = C.phone(rng)
        self.cwmail = f"{C.slug(self.cw.split()[0])[:4]}{rng.randint(10, 99)}@{C.slug(self.kommune)}.dk"
        self.aim = rng.choice(C.AIMS)
        months = rng.choice([7, 8, 9, 12]) if defect == "over6" else rng.choice([3, 4, 6, 6, 6, 5])
        self.months = months
        self.start, self.end = C.period(rng, months)
        self.period = C.frange(self.start, self.end, rng)
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.followdate = C.fdate(self.start + dt.timedelta(days=rng.randint(40, 70)), rng.choice([0, 1, 2, 3]))
        self.hours = rng.choice(C.HOURS_VAGUE) if defect == "hours" else rng.choice(C.HOURS)
        self.follow = (rng.choice(C.FOLLOW_VAGUE) if defect == "follow"
                       else rng.choice(C.FOLLOW).format(d=self.followdate))
        if defect == "appeal":
            self.appeal = rng.choice(C.APPEAL_BAD)
        else:
            self.appeal = rng.choice(C.APPEAL_OK).format(k=self.kommune)
        self.tasks = [t.format(n=self.first) for t in rng.choice(C.TASKS)]
        self.task_prose = rng.choice(C.TASK_PROSE).format(n=self.first, m=self.mfirst)
        self.cpr = C.cpr(rng) if cpr else None
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        self.vague_i = rng.randrange(7)

    # ---- fields, respecting the planned defect
    def f(self, s: str) -> str:
        return s.format(n=self.first)

    def mentor_line(self) -> str:
        if self.defect == "mentor":
            return f"{self.mentor}, {self.provider}"
        form = self.rng.randint(0, 2)
        if form == 0:
            return f"{self.mentor}, {self.provider}, tlf. {self.mphone}, {self.mmail}"
        if form == 1:
            return f"{self.mentor} ({self.provider}) – {self.mphone}"
        return f"{self.mentor}, mobil {self.mphone}, mail: {self.mmail}"

    def mentor_kv(self) -> list[tuple[str, str]]:
        if self.defect == "mentor":
            return [("Mentor", self.mentor), ("Firma", self.provider)]
        return [("Mentor", self.mentor), ("Firma", self.provider), ("Telefon", self.mphone), ("E-mail", self.mmail)]

    def tasks_value(self):
        if self.defect == "tasks":
            return self.rng.choice(C.TASK_PLACEHOLDER)
        return self.tasks

    def period_value(self) -> str | None:
        if self.defect == "duration":
            return self.rng.choice(["indtil videre", "Aftales løbende", "-", None])
        return self.period

    def sentence_goal(self) -> str:
        m = self.goal_mode
        if m == "clear":
            return self.f(self.aim["sentence"])
        if m == "vague":
            return self.f(C.VAGUE[self.vague_i % len(C.VAGUE)])
        if m == "activity":
            return self.f(C.ACTIVITY[self.vague_i % len(C.ACTIVITY)])
        return self.rng.choice(C.PLACEHOLDER)

    def short_goal(self) -> str:
        if self.goal_mode == "clear":
            return self.f(self.aim["short"])
        if self.goal_mode == "vague":
            return self.f(["Trivsel", "Tættere på arbejdsmarkedet", "Afklaring", "Komme videre", "Øget selvværd", "Struktur i hverdagen", "Bedre netværk"][self.vague_i])
        if self.goal_mode == "activity":
            return self.f(["Støtte i hverdagen", "Motivere til uddannelse", "Hjælp til struktur og økonomi", "Støtte til at fastholde praktik",
                           "Sikre fremmøde til samtaler", "Mentorstøtte jf. LAB § 167", "Hjælp til det praktiske"][self.vague_i])
        return self.rng.choice(C.PLACEHOLDER)

    def sign_lines(self) -> list[str]:
        return [f"{self.kommune}, {C.fdate(self.letter_date, 1)}", "",
                "_______________________          _______________________          _______________________",
                f"{self.name} (borger)                     {self.mentor} (mentor)                     {self.cw} (sagsbehandler)"]


def letterhead(c: Case, jobcenter: bool = False) -> list[str]:
    sender = f"Jobcenter {c.kommune}" if jobcenter else f"{c.kommune} Kommune"
    return [sender, "Arbejdsmarked og Uddannelse", f"Sagsbehandler: {c.cw}", f"Direkte tlf. {c.cwphone}",
            f"Dato: {C.fdate(c.letter_date, 0)}", f"Sagsnr.: {c.sagsnr}"]


def citizen_kv(c: Case) -> list[tuple[str, str]]:
    rows = [("Borger", c.name)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    return rows


# ============================================================== agreement families
def fam_smart(c: Case) -> dict:
    rng = c.rng
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte (LAB § 167)"])
    letters = [("S", "Specifikt"), ("M", "Målbart"), ("A", rng.choice(["Attraktivt", "Accepteret", "Opnåeligt"])),
               ("R", "Realistisk"), ("T", "Tidsbestemt")]
    if c.goal_mode == "clear":
        vals = [c.f(x) for x in c.aim["smart"]]
    elif c.goal_mode == "vague":
        vals = [c.f(x) for x in C.VAGUE_SMART[c.vague_i % 3]]
    elif c.goal_mode == "activity":
        vals = [c.f(C.ACTIVITY[c.vague_i % 7]), "Mentor registrerer samtaler.", "Aftalt.", "Ja.", "I perioden."]
    else:
        vals = ["", "", "", "", ""]
    hdr_style = rng.randint(0, 1)
    smart_rows = ([["", "Mål for forløbet"]] if hdr_style else [["SMART", "Beskrivelse"]]) + \
                 [[f"{a} – {b}" if hdr_style else b, v] for (a, b), v in zip(letters, vals)]
    blocks = [("kv", citizen_kv(c) + [("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}")]),
              ("h", 2, rng.choice(["Mål for mentorstøtten (SMART)", "Målet med mentorstøtten – SMART-mål", "SMART-mål"])),
              ("table", smart_rows, True),
              ("h", 2, "Mentor"), ("kv", c.mentor_kv()),
              ("h", 2, rng.choice(["Mentorens opgaver", "Indsatsområder", "Hvad mentoren hjælper med"]))]
    tv = c.tasks_value()
    blocks.append(("ul", tv) if isinstance(tv, list) else ("p", tv))
    pv = c.period_value()
    rows = ([("Periode", pv)] if pv is not None else []) + [("Timetal", c.hours)]
    blocks += [("h", 2, "Periode og timer"), ("kv", rows),
               ("h", 2, rng.choice(["Opfølgning og progression", "Opfølgning", "Evaluering"])), ("p", c.follow),
               ("h", 2, "Klagevejledning"), ("p", c.appeal),
               ("h", 2, "Underskrifter"), ("lines", c.sign_lines())]
    return dict(title=title, blocks=blocks, letterhead=None, footer=f"{c.kommune} Kommune · Mentoraftale · {c.sagsnr}")


def fam_main_sub(c: Case) -> dict:
    rng = c.rng
    if c.goal_mode == "clear":
        main, subs = c.f(c.aim["main"]), [c.f(s) for s in c.aim["subs"]]
    elif c.goal_mode == "vague":
        m, s = C.VAGUE_MAIN[c.vague_i % 3]
        main, subs = c.f(m), [c.f(x) for x in s]
    elif c.goal_mode == "activity":
        main, subs = c.f(C.ACTIVITY[c.vague_i % 7]), [c.f(x) for x in C.VAGUE_MAIN[2][1]]
    else:
        main, subs = rng.choice(["Udfyldes ved opstartsmødet", "-", "Aftales"]), []
    form = rng.randint(0, 3)
    blocks = [("kv", citizen_kv(c) + [("Kommune", f"{c.kommune} Kommune"), ("Sagsbehandler", c.cw)])]
    if form == 3:
        if subs:
            blocks += [("h", 2, "Mål i prioriteret rækkefølge"), ("p", "Det øverste mål er hovedformålet med mentorstøtten."),
                       ("ol", [main] + subs)]
        else:
            blocks += [("h", 2, "Mål i prioriteret rækkefølge"), ("p", main)]
    elif form == 0:
        blocks += [("h", 2, rng.choice(["Hovedmål", "Hovedformål med mentorstøtten"])), ("p", main)]
        if subs:
            blocks += [("h", 3, "Delmål"), ("ol", subs)]
    elif form == 1:
        kv = [("Hovedmål", main)] + [(f"Delmål {i}", s) for i, s in enumerate(subs, 1)]
        blocks += [("h", 2, "Mål og delmål"), ("kv", kv)]
    else:
        blocks += [("h", 2, "1. Målet med mentorstøtten"), ("p", f"Hovedmål: {main}")]
        blocks += [("p", f"Delmål {i}: {s}") for i, s in enumerate(subs, 1)]
    n = 2 if form == 2 else None
    def H(t):
        nonlocal n
        if n is None:
            return ("h", 2, t)
        s = ("h", 2, f"{n}. {t}")
        n += 1
        return s
    blocks += [H("Mentor"), ("p", c.mentor_line()), H("Mentorens opgaver")]
    tv = c.tasks_value()
    blocks.append(("ul", tv) if isinstance(tv, list) else ("p", tv))
    pv = c.period_value()
    blocks += [H("Varighed"), ("p", pv if pv else "Mentorstøtten kan bevilges i højst 6 måneder ad gangen.")]
    blocks += [H("Timetal"), ("p", c.hours), H("Opfølgning"), ("p", c.follow), H("Klagevejledning"), ("p", c.appeal),
               ("lines", c.sign_lines())]
    return dict(title=rng.choice(["Aftale om mentorstøtte", "Mentoraftale – mål og delmål", "Aftale om mentor"]),
                blocks=blocks, letterhead=letterhead(c), footer=None)


def fam_prose(c: Case) -> dict:
    rng = c.rng
    greet = f"Kære {c.first}"
    intro = rng.choice([
        f"Tak for mødet {C.fdate(c.letter_date, 6)}. Her får du den aftale om mentorstøtte, vi lavede sammen med {c.mentor}.",
        "Du får dette brev, fordi vi har aftalt, at du skal have en mentor. Her er aftalen skrevet ned.",
        f"Som aftalt på mødet hos {c.kommune} Kommune sender jeg her den skriftlige aftale om din mentorstøtte."])
    ps = [("p", greet), ("p", intro)]
    g = c.sentence_goal()
    if c.goal_mode == "missing":
        if rng.random() < 0.5:
            ps.append(("p", f"Målet med mentorstøtten: {g if g else 'Udfyldes senere'}"))
        # otherwise the letter simply has no goal paragraph
    else:
        lead = rng.choice(["Målet med mentorstøtten er, at", "Formålet med forløbet er:", "Vi har aftalt dette mål:",
                           "Det, vi arbejder hen imod, er følgende:"])
        if lead.endswith("at") and not g.startswith(c.first):
            lead = "Målet med mentorstøtten er:"
        if lead.endswith("at"):
            ps.append(("p", f"{lead} {g}"))
        else:
            ps.append(("p", f"{lead} {g}"))
    if c.defect == "mentor":
        ps.append(("p", f"Din mentor er {c.mentor} fra {c.provider}."))
    else:
        ps.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe eller skrive til {c.mfirst} på {c.mphone} eller {c.mmail}."))
    if c.defect == "tasks":
        ps.append(("p", "Hvad mentoren skal hjælpe med, aftaler I selv ved første møde."))
    else:
        ps.append(("p", c.task_prose))
    if c.defect == "hours":
        hs = rng.choice([f"{c.mfirst} bruger den tid på dig, der er brug for.", f"{c.mfirst} har tid til dig efter behov.",
                         "I ses et par timer om ugen."])
    else:
        hs = f"{c.mfirst} har {c.hours} til dig."
    if c.defect == "duration":
        ps.append(("p", f"Mentorstøtten gælder indtil videre. {hs}"))
    else:
        ps.append(("p", f"Mentorstøtten gælder i perioden {c.period}. {hs}"))
    if c.defect == "follow":
        ps.append(("p", rng.choice(["Vi følger op efter behov.", "Opfølgning sker løbende."])))
    else:
        ps.append(("p", f"Opfølgning: {c.follow}"))
    ps += [("h", 2, rng.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"])), ("p", c.appeal),
           ("p", "Venlig hilsen"), ("lines", [c.cw, "Jobkonsulent", f"{c.kommune} Kommune", f"Tlf. {c.cwphone}"])]
    if c.cpr:
        ps.insert(0, ("p", f"Vedr.: {c.name}, cpr.nr. {c.cpr}"))
    return dict(title=rng.choice(["Din aftale om mentorstøtte", "Aftale om mentorstøtte", "Mentorstøtte – skriftlig aftale"]),
                blocks=ps, letterhead=letterhead(c, jobcenter=rng.random() < 0.3), footer=None)


def fam_question(c: Case) -> dict:
    rng = c.rng
    blocks = [("p", f"Navn: {c.name}" + (f"    CPR: {c.cpr}" if c.cpr else ""))]
    qg = rng.choice(["Hvad er målet med mentorstøtten?", "Hvad vil du gerne opnå?",
                     "Hvor vil du være, når forløbet slutter?", "Hvad skal mentorforløbet føre til?"])
    if c.goal_mode == "clear":
        ans = c.f(c.aim["answer"])
    elif c.goal_mode == "vague":
        ans = C.VAGUE_ANSWER[c.vague_i % 3]
    elif c.goal_mode == "activity":
        ans = c.f(C.ACTIVITY[c.vague_i % 7])
    else:
        ans = None
    if c.goal_mode == "activity":
        blocks += [("h", 2, qg), ("ul", [c.f(x) for x in ACT_LIST[c.vague_i % len(ACT_LIST)]])]
    elif ans is not None:
        blocks += [("h", 2, qg), ("p", ans)]
    else:
        blocks += [("h", 2, qg), ("p", rng.choice(["Udfyldes ved første møde", "-", "…"]))]
    blocks += [("h", 2, rng.choice(["Hvem er din mentor?", "Hvem hjælper dig?"])), ("p", c.mentor_line()),
               ("h", 2, rng.choice(["Hvad skal mentoren hjælpe med?", "Hvad hjælper mentoren dig med?"]))]
    tv = c.tasks_value()
    blocks.append(("ul", tv) if isinstance(tv, list) else ("p", tv))
    pv = c.period_value()
    blocks += [("h", 2, "Hvor længe?"), ("p", pv if pv else "Det ved vi ikke endnu.")]
    blocks += [("h", 2, "Hvor meget tid har mentoren?"), ("p", c.hours),
               ("h", 2, "Hvordan følger vi op?"), ("p", c.follow),
               ("h", 2, "Hvis du er uenig"), ("p", c.appeal)]
    return dict(title=rng.choice(["Min mentoraftale", "Aftale om mentor – dine svar", "Mentoraftale"]),
                blocks=blocks, letterhead=[f"{c.kommune} Kommune – Ungeindsatsen"], footer=None)


def _body_fields(c: Case, with_goal: bool) -> list:
    """The other fields, used by sidebar and two-column layouts."""
    rng = c.rng
    b = [("p", f"Denne aftale er indgået mellem {c.name}, mentor {c.mentor} og {c.kommune} Kommune.")]
    if with_goal:
        b += [("h", 2, rng.choice(["Mål", "Formål", "Målsætning"])), ("p", c.sentence_goal())]
    b += [("h", 2, "Mentorens opgaver")]
    tv = c.tasks_value()
    b.append(("ul", tv) if isinstance(tv, list) else ("p", tv))
    pv = c.period_value()
    kv = ([("Periode", pv)] if pv else []) + [("Timer", c.hours)]
    b += [("kv", kv), ("h", 2, "Opfølgning"), ("p", c.follow), ("h", 2, "Klagevejledning"), ("p", c.appeal)]
    return b


ACT_LIST = [["Mentor ringer om morgenen", "Mentor følger {n} til møder i kommunen", "Mentor hjælper med post og e-Boks"],
            ["Støtte til struktur i hverdagen", "Hjælp til kontakt med læge og psykiatri", "Motivation"],
            ["Ugentlige samtaler med mentor", "Hjælp til at holde styr på aftaler", "Sikre at {n} kommer ud af huset"]]


def fam_sidebar(c: Case) -> dict:
    rng = c.rng
    side = [("h", 2, rng.choice(["Dit mål", "Målet med mentorstøtten", "Mål"]))]
    if c.goal_mode == "missing":
        side = []
    elif c.goal_mode == "activity" and rng.random() < 0.6:
        side.append(("ul", [c.f(x) for x in ACT_LIST[c.vague_i % len(ACT_LIST)]]))
    else:
        side.append(("p", c.sentence_goal() if rng.random() < 0.6 else c.short_goal()))
    side += [("h", 2, "Din mentor")]
    if c.defect == "mentor":
        side += [("p", c.mentor), ("p", c.provider)]
    else:
        side += [("p", c.mentor), ("p", c.provider), ("p", f"Tlf. {c.mphone}"), ("p", c.mmail)]
    blocks = []
    if c.cpr:
        blocks.append(("p", f"{c.name} · CPR {c.cpr}"))
    blocks += _body_fields(c, with_goal=False)
    return dict(title=rng.choice(["Aftale om mentorstøtte", "Mentoraftale"]), blocks=blocks, side=side,
                letterhead=None, footer=f"{c.kommune} Kommune · sagsnr. {c.sagsnr}")


def fam_twocol(c: Case) -> dict:
    rng = c.rng
    blocks = [("kv", citizen_kv(c)),
              ("h", 2, "Baggrund"),
              ("p", rng.choice([
                  f"{c.first} har været ledig i en længere periode og har selv bedt om hjælp fra en mentor. {c.first} har svært ved at komme af sted om morgenen og har tidligere haft meget fravær.",
                  f"{c.first} er visiteret som aktivitetsparat. Der er angst og søvnproblemer, men {c.first} er motiveret og har gode erfaringer fra et tidligere job.",
                  f"Aftalen er lavet på et møde med {c.first}, mentor og sagsbehandler. {c.first} har tidligere afbrudt to forløb og ønsker denne gang støtte fra start."]))]
    if c.goal_mode != "missing":
        blocks += [("h", 2, rng.choice(["Målet med mentorstøtten", "Borgerens mål", "Mål for forløbet"])),
                   ("p", c.sentence_goal())]
    blocks += [("h", 2, "Mentor"), ("p", c.mentor_line())]
    blocks += _body_fields(c, with_goal=False)[1:]
    blocks += [("h", 2, "Underskrifter"), ("lines", [f"Dato: {C.fdate(c.letter_date, 1)}", "", f"Borger: {c.name}", "",
               f"Mentor: {c.mentor}", "", f"Sagsbehandler: {c.cw}"])]
    return dict(title=rng.choice(["Aftale om mentorstøtte", "Mentoraftale"]), blocks=blocks, letterhead=None,
                footer=f"{c.kommune} Kommune")


def fam_acronym(c: Case) -> dict:
    rng = c.rng
    pv = c.period_value()
    rows = citizen_kv(c) + [("Mentortype", rng.choice(["Tilbudsmentor", "Uddannelsesmentor", "Udvidet mentor", "Mentor (§ 167)"])),
                            (rng.choice(["Mål (job/uddannelse)", "Mål", "Uddannelsesmål", "Målsætning"]), c.short_goal())]
    if c.defect == "mentor":
        rows.append(("Mentor", f"{c.mentor} / {c.provider}"))
    else:
        rows += [("Mentor", f"{c.mentor} / {c.provider}"), ("Kontakt", f"{c.mphone} · {c.mmail}")]
    tv = c.tasks_value()
    rows.append(("Opgaver", "; ".join(tv) if isinstance(tv, list) else tv))
    if pv:
        rows.append(("Periode", pv))
    rows += [("Timer", c.hours), ("Opfølgning", c.follow)]
    blocks = [("kv", rows), ("h", 2, "Klagevejledning"), ("p", c.appeal), ("lines", c.sign_lines())]
    return dict(title=rng.choice(["MENTORAFTALE", "Aftale – mentorstøtte", "Mentoraftale (uddannelse)"]),
                blocks=blocks, letterhead=[f"{c.kommune} Kommune", "Uddannelse & Job"], footer=None)


def eml_agreement(c: Case) -> str:
    rng = c.rng
    by_mentor = rng.random() < 0.5 and c.defect != "mentor"
    lines = [f"Hej {c.first}", ""]
    if by_mentor:
        lines += [f"Tak for i dag. Som lovet skriver jeg her vores aftale ned, så du har den. Det er mig, {c.mfirst}, der er din mentor.", ""]
    else:
        lines += [f"Tak for mødet. Her er aftalen om din mentorstøtte, som vi blev enige om.", ""]
    if c.goal_mode == "missing":
        lines += ["Målet skriver vi ind, når vi har talt med skolen.", ""]
    else:
        lines += [rng.choice(["Målet er: ", "Dit mål: ", "Det vi arbejder hen imod: "]) + c.sentence_goal(), ""]
    if not by_mentor:
        lines += [f"Din mentor er {c.mentor} fra {c.provider}" + ("." if c.defect == "mentor" else f", tlf. {c.mphone}."), ""]
    if c.defect == "tasks":
        lines += ["Hvad vi skal lave sammen, finder vi ud af hen ad vejen.", ""]
    else:
        lines += [("Jeg skal:" if by_mentor else "Mentoren skal hjælpe dig med:")] + [f"- {t}" for t in c.tasks] + [""]
    pv = c.period_value()
    if pv:
        lines += [f"Periode: {pv}"]
    lines += [f"Timer: {c.hours}", f"Opfølgning: {c.follow}", ""]
    if c.defect != "appeal" or rng.random() < 0.5:
        lines += ["Klagevejledning:", c.appeal, ""]
    lines += ["Mvh", ""]
    if by_mentor:
        sig = ["-- ", f"{c.mentor}", f"Mentor, {c.provider}"]
        if c.defect != "mentor":
            sig += [f"Mobil: {c.mphone}", c.mmail]
        frm = (c.mentor, c.mmail)
    else:
        sig = ["-- ", c.cw, f"Jobkonsulent, {c.kommune} Kommune", f"Tlf. {c.cwphone}"]
        frm = (c.cw, c.cwmail)
    body = "\n".join(lines + sig) + "\n"
    msg = email.message.EmailMessage()
    msg["From"] = email.utils.formataddr(frm)
    msg["To"] = email.utils.formataddr((c.name, f"{C.slug(c.first)}{rng.randint(1, 99)}@gmail.com"))
    msg["Subject"] = rng.choice(["Vores aftale om mentorstøtte", "Aftale om mentor", f"Mentoraftale {c.first}"])
    msg["Date"] = email.utils.format_datetime(dt.datetime.combine(c.letter_date, dt.time(14, 12), tzinfo=dt.timezone.utc))
    msg["Message-ID"] = email.utils.make_msgid(domain="mail.example.dk")
    msg.set_content(body)
    if rng.random() < 0.4:
        import html as h
        msg.add_alternative("<html><body>" + "".join(f"<p>{h.escape(l)}</p>" for l in body.split("\n") if l.strip()) + "</body></html>",
                            subtype="html")
    return msg.as_string()


# ============================================================== Min Plan families
def mp_goal(c: Case) -> str:
    return c.sentence_goal() if c.rng.random() < 0.7 else c.short_goal()


def mp_card(c: Case) -> dict:
    rng = c.rng
    pv = c.period_value()
    rows = [("Aktivitet", "Mentorstøtte"), ("Status", "Aktiv"),
            (rng.choice(["Formål", "Målet med mentorstøtten", "Formål med aktiviteten"]), mp_goal(c)),
            ("Mentor", c.mentor_line())]
    tv = c.tasks_value()
    rows.append(("Mentorens opgaver", "; ".join(tv) if isinstance(tv, list) else tv))
    if pv:
        rows.append(("Periode", pv))
    rows.append(("Timetal", c.hours))
    blocks = [("p", f"Min Plan for {c.name}" + (f" ({c.cpr})" if c.cpr else "")),
              ("p", f"Udskrevet {C.fdate(c.letter_date, 1)} fra {c.kommune} Kommunes sagssystem"), ("kv", rows)]
    return dict(title="Min Plan – mentorstøtte", blocks=blocks, letterhead=None, footer=None)


def mp_dense(c: Case) -> dict:
    rng = c.rng
    pv = c.period_value()
    g = c.sentence_goal()
    s = f"Mentorstøtte (LAB § 167). "
    if c.goal_mode == "missing":
        s += f"Formål: {g or 'udfyldes'}. " if rng.random() < 0.5 else ""
    else:
        s += f"Formålet er: {g} "
    if c.defect == "mentor":
        s += f"Mentor: {c.mentor}, {c.provider}. "
    else:
        s += f"Mentor: {c.mentor}, {c.provider}, tlf. {c.mphone}. "
    tv = c.tasks_value()
    s += f"Mentoren hjælper med: {', '.join(t[0].lower() + t[1:] for t in tv)}. " if isinstance(tv, list) else f"Opgaver: {tv}. "
    if pv:
        s += f"Periode: {pv}. "
    s += f"Timer: {c.hours}."
    return dict(title=rng.choice(["Min Plan", "Min Plan – indsats", "Planen: mentorstøtte"]),
                blocks=[("p", f"Borger: {c.name}"), ("h", 2, "Mentorstøtte"), ("p", s)],
                letterhead=None, footer=None)


def mp_multi(c: Case) -> dict:
    """A plan print with several activities; only the mentor card holds the mentor support."""
    rng = c.rng
    other_start = C.fdate(c.start - dt.timedelta(days=30), 1)
    pv = c.period_value()
    rows_m = [("Formål", mp_goal(c)), ("Mentor", c.mentor_line())]
    tv = c.tasks_value()
    rows_m.append(("Opgaver", "; ".join(tv) if isinstance(tv, list) else tv))
    if pv:
        rows_m.append(("Periode", pv))
    rows_m.append(("Timer", c.hours))
    blocks = [("p", f"{c.name} – Min Plan, udskrevet {C.fdate(c.letter_date, 1)}"),
              ] + ([("h", 2, "Mit mål"), ("p", c.f(c.aim["short"]))] if c.goal_mode == "clear" else []) + [
              ("h", 2, "Samtaler"), ("kv", [("Næste samtale", C.fdate(c.start + dt.timedelta(days=21), 0)),
                                              ("Kontaktperson", f"{c.cw}, {c.kommune} Kommune, tlf. {c.cwphone}")]),
              ("h", 2, "Mentorstøtte"), ("kv", rows_m),
              ("h", 2, "Helbredsafklaring"), ("kv", [("Sted", "Egen læge"), ("Start", other_start), ("Kontaktperson", "Lægesekretær")])]
    return dict(title="Min Plan", blocks=blocks, letterhead=None, footer=None)


def mp_goalfirst(c: Case) -> dict:
    rng = c.rng
    pv = c.period_value()
    blocks = [("p", f"Plan for {c.name}" + (f", cpr {c.cpr}" if c.cpr else "")),
              ("h", 2, rng.choice(["Dit mål med mentorstøtten", "Hvad skal mentorstøtten føre til?"])), ("p", mp_goal(c)),
              ("h", 2, "Din mentor"), ("p", c.mentor_line()),
              ("h", 2, "Det hjælper mentoren med")]
    tv = c.tasks_value()
    blocks.append(("ul", tv) if isinstance(tv, list) else ("p", tv))
    if pv:
        blocks += [("h", 2, "Periode"), ("p", pv)]
    blocks += [("h", 2, "Timer"), ("p", c.hours)]
    return dict(title=rng.choice(["Min Plan: Mentorstøtte", "Min Plan – din mentor"]), blocks=blocks, letterhead=None, footer=None)


# ============================================================== decision families
def decision(c: Case, sub: str) -> tuple[dict, list[str]]:
    rng = c.rng
    extras: list[str] = []
    g = c.sentence_goal() if c.goal_mode != "missing" else None
    blocks = [("p", f"Kære {c.name}")]
    if c.cpr:
        blocks.insert(0, ("p", f"CPR-nr.: {c.cpr}"))
    reasons = True
    if sub == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget en mentor"])
        blocks.append(("p", f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {c.period}. "
                            f"Mentoren har {c.hours}."))
        if g:
            blocks.append(("p", f"Formålet med mentorstøtten er: {g}"))
        blocks.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}. I aftaler selv det første møde."))
    elif sub == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        blocks.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget mentorstøtte i perioden {c.period}, "
                            f"men med færre timer: {rng.choice(['2 timer', '3 timer'])} pr. uge."))
        if g:
            blocks.append(("p", f"Målet er: {g}"))
        if c.defect == "reasons":
            reasons = False
            extras.append("missing-reasons")
        else:
            blocks += [("h", 2, "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at du allerede har støtte fra skolens elevcoach, og at du selv fortæller, at du især har brug for hjælp om morgenen. "
                             "Timetallet er fastsat ud fra dit konkrete behov, jf. LAB § 167, stk. 1.")]
    elif sub == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"])
        blocks.append(("p", f"Du har den {C.fdate(c.letter_date - dt.timedelta(days=14), 0)} søgt om mentorstøtte. Du får afslag."))
        if c.defect == "reasons":
            reasons = False
            extras.append("missing-reasons")
        else:
            blocks += [("h", 2, "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse, som mentorstøtten kan støtte op om. "
                             "Mentorstøtte kan kun gives med et sådant mål, jf. lov om en aktiv beskæftigelsesindsats § 167.")]
    elif sub == "extension":
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorordning"])
        blocks.append(("p", f"Din mentorstøtte hos {c.mentor} er forlænget i en ny periode {c.period}, {c.hours}. "
                            "Vi har vurderet, at du fortsat har brug for støtten for at fastholde dit forløb."))
        if g:
            blocks.append(("p", f"Målet for den nye periode: {g}"))
    else:  # end
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        blocks.append(("p", f"Din mentorstøtte ophører den {C.fdate(c.end, 0)}."))
        if c.defect == "reasons":
            reasons = False
            extras.append("missing-reasons")
        else:
            blocks += [("h", 2, "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du nu er startet i job og selv klarer kontakten til arbejdspladsen. Målet med støtten er derfor nået, jf. LAB § 167.")]
    if c.defect == "route":
        blocks += [("h", 2, "Klagevejledning"), ("p", C.APPEAL_DIRECT)]
        extras.append("appeal-wrong-route")
    else:
        blocks += [("h", 2, rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", c.appeal)]
    blocks += [("p", "Med venlig hilsen"), ("lines", [c.cw, f"{c.kommune} Kommune", f"Tlf. {c.cwphone}", c.cwmail])]
    return dict(title=title, blocks=blocks, letterhead=letterhead(c), footer=None), extras


# ============================================================== unknown documents
def unknown_docs(rng: random.Random) -> list[tuple[str, str, dict | str, list[str], list[str]]]:
    """(name, format, doc-or-raw, traits, cpr-list)."""
    out = []
    c = Case(rng, "clear", None, "unknown", False)
    # 1 status report with progress on goals
    out.append(("statusnotat-midtvejs", "docx", dict(title="Statusnotat – mentorforløb", letterhead=None, footer=None, blocks=[
        ("kv", [("Borger", c.name), ("Mentor", f"{c.mentor}, {c.provider}"), ("Periode for status", "marts–april 2026")]),
        ("h", 2, "Status på mål og delmål"),
        ("table", [["Delmål", "Status", "Bemærkning"], [c.f(c.aim["subs"][0]), "Opfyldt", "Gik fint"],
                   [c.f(c.aim["subs"][1]), "Delvist", "Fremmøde 3 af 4 dage"], [c.f(c.aim["subs"][2]), "Ikke startet", ""]], True),
        ("h", 2, "Mentors vurdering"), ("p", f"{c.first} er kommet godt i gang. Anbefaler at forløbet fortsætter uændret."),
        ("p", f"{c.mentor}, {C.fdate(dt.date(2026, 4, 30), 1)}")]), ["status-report"], []))
    # 2 invoice
    c2 = Case(rng, "clear", None, "unknown", True)
    out.append(("faktura-mentortimer", "pdf-rl", dict(title=f"Faktura nr. 2026-{rng.randint(100, 999)}", letterhead=[c2.provider, "CVR 3" + str(rng.randint(1000000, 9999999))], footer="Betalingsbetingelser: netto 30 dage", blocks=[
        ("kv", [("Kunde", f"{c2.kommune} Kommune, Arbejdsmarked"), ("EAN", "5798000" + str(rng.randint(100000, 999999))), ("Vedr. borger", f"{c2.name}, cpr {c2.cpr}")]),
        ("table", [["Ydelse", "Antal timer", "Pris", "Beløb"], ["Mentorstøtte marts 2026", "12", "495,00", "5.940,00"],
                   ["Mentorstøtte april 2026", "10", "495,00", "4.950,00"], ["I alt ekskl. moms", "", "", "10.890,00"]], True),
        ("p", "Mål for forløbet jf. bestilling: uddannelse. Timesedler vedlagt.")]), ["invoice", "cpr"], [c2.cpr]))
    # 3 minutes of a network meeting
    c3 = Case(rng, "clear", None, "unknown", True)
    out.append(("referat-netvaerksmoede", "docx", dict(title="Referat af netværksmøde", letterhead=None, footer=None, blocks=[
        ("kv", [("Dato", C.fdate(dt.date(2026, 5, 12), 0)), ("Deltagere", f"{c3.name} (cpr {c3.cpr}), {c3.mentor} (mentor), {c3.cw} (kommunen), kontaktlærer")]),
        ("h", 2, "1. Siden sidst"), ("p", f"{c3.first} fortæller, at det går bedre med at komme op om morgenen."),
        ("h", 2, "2. Mål"), ("p", "Målet om uddannelse fastholdes. Delmålene gennemgås ved næste møde."),
        ("h", 2, "3. Aftaler"), ("ul", ["Mentor kontakter skolen i næste uge", "Næste møde 9. juni kl. 10"])]), ["minutes", "cpr"], [c3.cpr]))
    # 4 guidance on writing goals (lists all fields; not an agreement)
    out.append(("vejledning-gode-maal", "html", dict(title="Sådan skriver du gode mål i mentoraftalen", letterhead=None, footer=None, blocks=[
        ("p", "Vejledning til sagsbehandlere i Arbejdsmarkedsafdelingen. Aftalen skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden og opfølgning, timetallet og klagevejledning."),
        ("h", 2, "Skriv målet som en tilstand"), ("p", "Et godt mål beskriver, hvad borgeren kan, når målet er nået, og sigter mod job eller uddannelse."),
        ("table", [["Uklart mål", "Bedre mål"], ["Øget trivsel", "Anna møder på FGU fire dage om ugen fra 1. marts"],
                   ["Støtte til praktik", "Ali er i praktik i Netto 15 timer om ugen senest 1. maj"],
                   ["Komme tættere på arbejdsmarkedet", "Søren har taget truckcertifikat og søger fem lagerjob om ugen"]], True),
        ("h", 2, "SMART"), ("p", "Brug gerne SMART: specifikt, målbart, attraktivt, realistisk og tidsbestemt. Sæt delmål, og skriv hvad der er hovedformålet."),
        ("h", 2, "Periode og timer"), ("p", "Mentorstøtte bevilges i højst 6 måneder ad gangen. Angiv timetallet pr. uge.")]), ["guidance"], []))
    # 5 private club mentoraftale
    c5 = Case(rng, "clear", None, "unknown", False)
    out.append(("klubmentor-aftale", "docx", dict(title="Mentoraftale – Ungdomsafdelingen, Vejle Boldklub", letterhead=None, footer=None, blocks=[
        ("p", "Frivillig mentorordning for klubbens U17- og U19-spillere. Ordningen har intet med kommunen at gøre."),
        ("kv", [("Spiller", c5.name), ("Klubmentor", f"{c5.mentor}, tlf. {c5.mphone}"), ("Mål", "Komme til træning tre gange om ugen og bestå 9. klasse"),
                ("Periode", "Sæsonen 2026/27"), ("Møder", "En kaffe hver anden uge efter træning")]),
        ("p", "Underskrift spiller og forælder: ____________")]), ["private-mentoraftale"], []))
    # 6 e-mail about a meeting time
    c6 = Case(rng, "clear", None, "unknown", False)
    m = email.message.EmailMessage()
    m["From"] = email.utils.formataddr((c6.mentor, c6.mmail))
    m["To"] = email.utils.formataddr((c6.name, "borger@example.dk"))
    m["Subject"] = "Flytning af vores møde på torsdag"
    m["Date"] = "Tue, 14 Apr 2026 08:03:00 +0200"
    m.set_content(f"Hej {c6.first}\n\nJeg bliver nødt til at flytte vores møde torsdag. Kan du i stedet fredag kl. 10 ved biblioteket? "
                  f"Så tager vi også en snak om dit mål med skolen.\n\nHilsen {c6.mfirst}\n{c6.mphone}\n")
    out.append(("mail-flyt-moede", "eml", m.as_string(), ["email-meeting"], []))
    # 7 course programme
    out.append(("kursusprogram-mentoruddannelse", "pdf-rl", dict(title="Mentoruddannelse 2026 – program", letterhead=["Kompetencecenter Vest"], footer="Tilmelding senest 1. februar", blocks=[
        ("p", "Et kursus for nye mentorer i kommuner og virksomheder. 3 moduler à 2 dage."),
        ("table", [["Modul", "Indhold", "Dato"], ["1", "Mentorrollen, LAB § 167, skriftlige aftaler", "3.-4. marts 2026"],
                   ["2", "At sætte mål: SMART-mål, delmål og progression", "7.-8. april 2026"],
                   ["3", "Samtaleteknik, opfølgning og afslutning", "5.-6. maj 2026"]], True),
        ("p", "Pris: 9.800 kr. ekskl. moms. Underviser: cand.psych.")]), ["course-programme"], []))
    # 8 Ankestyrelsen ruling
    c8 = Case(rng, "clear", None, "unknown", True)
    out.append(("ankestyrelsen-afgoerelse", "pdf-lo", dict(title="Ankestyrelsens afgørelse", letterhead=["Ankestyrelsen", "7998 Statsforvaltning"], footer=None, blocks=[
        ("p", f"Klage fra {c8.name}, cpr.nr. {c8.cpr}, over {c8.kommune} Kommunes afgørelse om mentorstøtte"),
        ("h", 2, "Resultat"), ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at du ikke får mentorstøtte i flere timer."),
        ("h", 2, "Begrundelse"), ("p", "Vi lægger vægt på, at timetallet er fastsat efter en konkret vurdering af dit behov, jf. § 167 i lov om en aktiv beskæftigelsesindsats."),
        ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]), ["appeal-ruling", "cpr"], [c8.cpr]))
    # 9 partshøring
    c9 = Case(rng, "clear", None, "unknown", False)
    out.append(("partshoering-ophoer", "odt", dict(title="Partshøring – påtænkt ophør af mentorstøtte", letterhead=letterhead(c9), footer=None, blocks=[
        ("p", f"Kære {c9.name}"),
        ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med din mentor. Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger."),
        ("p", f"Du kan give dine bemærkninger inden 14 dage til {c9.cw}, tlf. {c9.cwphone}."),
        ("p", "Venlig hilsen"), ("p", c9.cw)]), ["partshoering"], []))
    # 10 order of a mentor course from a provider
    c10 = Case(rng, "clear", None, "unknown", False)
    out.append(("bestilling-mentorforloeb", "docx", dict(title="Bestilling af mentorforløb", letterhead=[f"{c10.kommune} Kommune", "Indkøb af tilbud"], footer=None, blocks=[
        ("kv", [("Leverandør", c10.provider), ("Borger", c10.name), ("Ønsket start", C.fdate(c10.start, 1)),
                ("Mål for forløbet", c10.f(c10.aim["sentence"])), ("Bestilte timer", "3 timer pr. uge i 12 uger"),
                ("Kontakt i kommunen", f"{c10.cw}, tlf. {c10.cwphone}")]),
        ("p", "Leverandøren bekræfter bestillingen og oplyser navnet på mentoren inden 5 arbejdsdage.")]), ["order-to-provider"], []))
    # 11 blank SMART goal template
    out.append(("skabelon-smart-maal", "odt", dict(title="Skabelon: SMART-mål til mentorforløb", letterhead=None, footer="Version 3 – intern skabelon", blocks=[
        ("p", "Brug skemaet ved opstartsmødet. Udfyld én linje pr. bogstav."),
        ("table", [["Bogstav", "Spørgsmål", "Svar"], ["S – Specifikt", "Hvad præcist skal borgeren nå?", ""],
                   ["M – Målbart", "Hvordan kan vi se, at målet er nået?", ""], ["A – Attraktivt", "Hvorfor vil borgeren det?", ""],
                   ["R – Realistisk", "Kan det nås i perioden?", ""], ["T – Tidsbestemt", "Hvornår?", ""]], True)]), ["template-blank"], []))
    # 12 quality standard excerpt
    out.append(("kvalitetsstandard-uddrag", "txt", dict(title="Kvalitetsstandard for mentorstøtte – uddrag", letterhead=None, footer=None, blocks=[
        ("h", 2, "Formål"), ("p", "Mentorstøtte skal hjælpe borgeren med at opnå eller fastholde job eller uddannelse."),
        ("h", 2, "Serviceniveauer"), ("table", [["Niveau", "Timer", "Evaluering"], ["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"], ["3", "over 2 timer pr. uge", "hver måned"]], True),
        ("h", 2, "Den skriftlige aftale"), ("p", "Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
        ("p", "Mentorstøtte gives i højst 6 måneder ad gangen.")]), ["quality-standard"], []))
    # 13 Mine aftaler (calendar)
    c13 = Case(rng, "clear", None, "unknown", False)
    out.append(("mine-aftaler", "html", dict(title="Mine aftaler", letterhead=None, footer=None, blocks=[
        ("table", [["Dato", "Tid", "Hvad", "Hvor"], ["7. maj 2026", "10:00", f"Møde med mentor {c13.mfirst}", "Biblioteket"],
                   ["12. maj 2026", "09:30", "Samtale i kommunen", "Jobcentret, mødelokale 2"],
                   ["21. maj 2026", "10:00", f"Møde med mentor {c13.mfirst}", "Hjemme"]], True)]), ["calendar"], []))
    # 14 job advert for a mentor
    out.append(("jobopslag-mentor", "html", dict(title="Vi søger en erfaren mentor – 30 timer", letterhead=None, footer=None, blocks=[
        ("p", "Mentorhuset ApS søger en mentor til unge på vej mod uddannelse. Du skal hjælpe de unge med at nå deres mål: en plads på FGU, en erhvervsuddannelse eller et job."),
        ("h", 2, "Dine opgaver"), ("ul", ["Ugentlige samtaler med 10-12 unge", "Følge unge til skole og praktik", "Skrive statusnotater til kommunen"]),
        ("h", 2, "Vi tilbyder"), ("p", "Løn efter kvalifikationer. Ansøgningsfrist 15. juni 2026. Spørgsmål: ring 70 20 30 40.")]), ["job-advert"], []))
    # 15 Digital Post notification mail
    m2 = email.message.EmailMessage()
    m2["From"] = "Digital Post <noreply@digitalpost.dk>"
    m2["To"] = "borger@example.dk"
    m2["Subject"] = "Du har fået ny post fra Herning Kommune"
    m2["Date"] = "Mon, 02 Mar 2026 07:15:00 +0100"
    m2.set_content("Du har modtaget en ny meddelelse i Digital Post.\n\nAfsender: Herning Kommune\nEmne: Afgørelse om mentorstøtte\n\nLog på borger.dk eller appen Digital Post for at læse den.\n")
    out.append(("digital-post-notifikation", "eml", m2.as_string(), ["notification"], []))
    # 16 FGU forløbsplan (school plan, no mentor support)
    c16 = Case(rng, "clear", None, "unknown", True)
    out.append(("fgu-forloebsplan", "pdf-rl", dict(title="Forløbsplan – FGU Midt", letterhead=["FGU Midt, Skolen i Silkeborg"], footer=None, blocks=[
        ("kv", [("Elev", f"{c16.name}, {c16.cpr}"), ("Spor", "PGU – Byg & Anlæg"), ("Kontaktlærer", "Ole Vinther, tlf. 87 65 43 21")]),
        ("h", 2, "Mål for forløbet"), ("p", "Niveau 1 i dansk og matematik; 4 ugers praktik hos en anlægsgartner; afklaring af EUD-ønske."),
        ("h", 2, "Plan"), ("table", [["Uge", "Indhold"], ["10-20", "Værksted og almen undervisning"], ["21-24", "Praktik"], ["25-26", "Evaluering og valg af vej"]], True)]),
        ["school-plan", "cpr"], [c16.cpr]))
    # 17 budget answer (like seed 001)
    out.append(("budgetspoergsmaal-mentor", "txt", dict(title="Budgetspørgsmål nr. 41: Mentorstøtte", letterhead=None, footer=None, blocks=[
        ("p", "Spørger: Byrådsmedlem. Sagsnr. 00.30.04-S00-41-26."),
        ("h", 2, "Spørgsmål"), ("p", "Hvor mange borgere fik mentorstøtte i 2025, og hvad var målet med støtten?"),
        ("h", 2, "Svar"), ("p", "I 2025 fik 412 borgere mentorstøtte. Formålet er at hjælpe borgeren i job eller uddannelse. Aftalen indgås mellem sagsbehandler og borger; den gennemsnitlige periode var 5,1 måneder og 2,4 timer om ugen.")]),
        ["budget-answer"], []))
    return out


# ============================================================== plan of the corpus
AGREEMENT_PLAN = {
    "smart": (fam_smart, ["docx", "pdf-lo", "html", "odt", "md", "docx"], ["clear", "vague", "clear", "missing", "activity", "clear"]),
    "main-sub": (fam_main_sub, ["docx", "txt", "rtf", "pdf-rl", "html", "odt"], ["clear", "vague", "clear", "activity", "clear", "missing"]),
    "prose-letter": (fam_prose, ["docx", "pdf-rl", "odt", "txt", "rtf", "html", "scan"], ["clear", "activity", "clear", "vague", "missing", "clear", "clear"]),
    "question-headings": (fam_question, ["docx", "html", "md", "pdf-lo", "txt", "odt"], ["clear", "vague", "clear", "clear", "missing", "activity"]),
    "sidebar": (fam_sidebar, ["pdf-lo-side", "pdf-lo-side", "pdf-lo-side", "pdf-rl-side", "pdf-rl-side", "html"], ["clear", "clear", "missing", "vague", "clear", "activity"]),
    "two-column": (fam_twocol, ["pdf-lo-2col", "pdf-lo-2col", "pdf-rl-2col", "pdf-rl-2col", "pdf-rl-2col"], ["clear", "activity", "clear", "vague", "clear"]),
    "email": (None, ["eml"] * 6, ["clear", "clear", "vague", "activity", "clear", "missing"]),
    "acronym-form": (fam_acronym, ["docx", "html", "pdf-rl", "txt", "odt", "rtf", "md", "pdf-lo", "scan"], ["clear", "clear", "vague", "clear", "activity", "clear", "missing", "clear", "clear"]),
}
# other defects for agreements, cycled separately for clear and for defective goals
CLEAR_DEFECTS = [None, "hours", None, "follow", None, None, "appeal", None, "over6", None, None, "mentor", None, "tasks",
                 None, None, "duration", None, "over6", None, None, "appeal", None, "follow", None, None, "hours", None,
                 "mentor", None]
BAD_DEFECTS = [None, None, "over6", None, None, "hours", None, None, None, "appeal", None, None, None, "follow", None,
               None, None, None, "tasks", None, None, None, None]
MINPLAN_PLAN = {
    "minplan-card": (mp_card, ["html", "txt", "pdf-rl", "docx", "odt", "pdf-lo"], ["clear", "vague", "clear", "activity", "clear", "clear"]),
    "minplan-dense": (mp_dense, ["txt", "docx", "md", "html", "rtf"], ["clear", "clear", "activity", "missing", "vague"]),
    "minplan-multi": (mp_multi, ["html", "pdf-lo", "docx", "txt"], ["clear", "vague", "clear", "missing"]),
    "minplan-goalfirst": (mp_goalfirst, ["html", "pdf-rl", "docx"], ["clear", "activity", "clear"]),
}
MP_DEFECTS = {"clear": [None, "hours", None, None, "over6", None, "mentor", None, None, "duration"],
              "bad": [None, "tasks", "hours", None, None, "over6", None, None]}
DECISION_PLAN = [("grant", "docx", None), ("grant", "pdf-rl", "appeal"), ("grant", "html", "over6"), ("grant", "odt", None),
                 ("grant", "pdf-lo", "route"), ("partial", "docx", None), ("partial", "pdf-rl", "reasons"), ("partial", "txt", "appeal"),
                 ("refusal", "docx", None), ("refusal", "pdf-rl", "reasons"), ("refusal", "odt", "appeal"),
                 ("extension", "docx", None), ("extension", "pdf-lo", "over6"), ("extension", "html", None),
                 ("end", "docx", None), ("end", "rtf", None)]
DEC_GOALS = ["clear", "vague", "clear", "activity", "clear", "clear", "vague", "clear", "missing", "clear", "clear",
             "activity", "clear", "vague", "clear", "clear"]

EXT = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-lo-side": "pdf", "pdf-rl-side": "pdf", "pdf-lo-2col": "pdf",
       "pdf-rl-2col": "pdf", "html": "html", "odt": "odt", "rtf": "rtf", "md": "md", "txt": "txt", "eml": "eml", "scan": "pdf"}


class Writer:
    def __init__(self, out: Path, rng: random.Random):
        self.out, self.rng = out, rng
        self.tmp = Path(tempfile.mkdtemp(prefix="ge_"))
        self.conv: dict[str, list] = {"pdf": [], "odt": [], "rtf": []}
        self.scans: list[tuple[Path, Path]] = []
        self.entries: list[dict] = []

    def write(self, rel: str, maker: str, doc, traits: list[str]) -> str:
        ext = EXT[maker]
        path = self.out / f"{rel}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        rng = self.rng
        if maker == "eml":
            path.write_text(doc, encoding="utf-8")
        elif maker == "docx":
            R.to_docx(doc, path, bold_headings=rng.random() < 0.4)
            traits.append("python-docx")
        elif maker in ("pdf-lo", "pdf-lo-side", "pdf-lo-2col", "odt", "rtf"):
            src = self.tmp / (path.stem + f"_{len(self.entries)}.docx")
            mode = {"pdf-lo-side": "sidebar", "pdf-lo-2col": "twocol"}.get(maker, "flow")
            R.to_docx(doc, src, bold_headings=rng.random() < 0.5, mode=mode)
            self.conv["pdf" if maker.startswith("pdf") else maker].append((src, path))
            traits.append("libreoffice")
        elif maker in ("pdf-rl", "pdf-rl-side", "pdf-rl-2col"):
            R.to_pdf_rl(doc, path, mode={"pdf-rl-side": "sidebar", "pdf-rl-2col": "twocol"}.get(maker, "flow"))
            traits.append("reportlab")
        elif maker == "scan":
            src = self.tmp / (path.stem + "_src.pdf")
            R.to_pdf_rl(doc, src)
            self.scans.append((src, path))
            traits += ["reportlab", "ocr-scan"]
        elif maker == "html":
            path.write_text(R.to_html(doc, variant=rng.randint(0, 2)), encoding="utf-8")
        elif maker == "md":
            path.write_text(R.to_md(doc), encoding="utf-8")
        elif maker == "txt":
            path.write_text(R.to_text(doc, style=rng.choice(["plain", "caps", "colon"])),
                            encoding=rng.choice(["utf-8", "utf-8", "cp1252"]), errors="replace")
        return f"{rel}.{ext}"

    def finish(self, profile: str) -> None:
        for fmt, pairs in self.conv.items():
            R.soffice_convert(pairs, fmt, profile)
        for src, dst in self.scans:
            R.scan_pdf(src, dst)
        shutil.rmtree(self.tmp, ignore_errors=True)


def labels_for(kind: str, goal_mode: str, defect: str | None) -> list[str]:
    rules = set()
    if goal_mode == "missing":
        rules.add("missing-goal")
    elif goal_mode in ("vague", "activity"):
        rules.add("unclear-goal")
    if defect in DEFECT_RULE:
        rules.add(DEFECT_RULE[defect])
    return sorted(rules & APPLIES[kind])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    w = Writer(out, rng)
    cpr_every = 4  # ~25 % of documents carry a CPR number

    n = 0
    ci = bi = 0
    for fam, (fn, makers, modes) in AGREEMENT_PLAN.items():
        for i, (maker, mode) in enumerate(zip(makers, modes)):
            if mode == "clear":
                defect = CLEAR_DEFECTS[ci % len(CLEAR_DEFECTS)]
                ci += 1
            else:
                defect = BAD_DEFECTS[bi % len(BAD_DEFECTS)]
                bi += 1
            has_cpr = (n % cpr_every == 1) and maker != "eml"
            c = Case(rng, mode, defect, "agreement", has_cpr)
            doc = eml_agreement(c) if fam == "email" else fn(c)
            traits = [f"goal:{mode}", f"family:{fam}"] + ([f"defect:{defect}"] if defect else []) + (["cpr"] if c.cpr else [])
            if fam == "email" and c.defect == "appeal" and "Klagevejledning" in doc:
                traits.append("appeal:incomplete-text")
            rel = w.write(f"aftaler/{fam}/{n:03d}-{C.slug(c.first)}-{fam}", maker, doc, traits)
            w.entries.append(dict(path=rel, format=EXT[maker], kind="agreement", subtype="agreement", layout=fam,
                                  rules=labels_for("agreement", mode, defect), extras=[], error=None, accept_errors=[],
                                  must_not_contain=[c.cpr, c.cpr.replace("-", "")] if c.cpr else [], traits=traits,
                                  period=None if defect == "duration" else {"start": c.start.isoformat(), "end": c.end.isoformat()}))
            n += 1
    mi = {"clear": 0, "bad": 0}
    for fam, (fn, makers, modes) in MINPLAN_PLAN.items():
        for maker, mode in zip(makers, modes):
            grp = "clear" if mode == "clear" else "bad"
            defect = MP_DEFECTS[grp][mi[grp] % len(MP_DEFECTS[grp])]
            mi[grp] += 1
            has_cpr = n % cpr_every == 1
            c = Case(rng, mode, defect, "minplan", has_cpr)
            doc = fn(c)
            traits = [f"goal:{mode}", f"family:{fam}"] + ([f"defect:{defect}"] if defect else []) + (["cpr"] if c.cpr else [])
            rel = w.write(f"minplan/{n:03d}-{C.slug(c.first)}-{fam}", maker, doc, traits)
            w.entries.append(dict(path=rel, format=EXT[maker], kind="minplan", subtype="minplan", layout=fam,
                                  rules=labels_for("minplan", mode, defect), extras=[], error=None, accept_errors=[],
                                  must_not_contain=[c.cpr, c.cpr.replace("-", "")] if c.cpr else [], traits=traits,
                                  period=None if defect == "duration" else {"start": c.start.isoformat(), "end": c.end.isoformat()}))
            n += 1
    for (sub, maker, defect), mode in zip(DECISION_PLAN, DEC_GOALS):
        has_cpr = n % cpr_every == 1
        c = Case(rng, mode, defect, "decision", has_cpr)
        doc, extras = decision(c, sub)
        traits = [f"goal:{mode}", f"decision:{sub}"] + ([f"defect:{defect}"] if defect else []) + (["cpr"] if c.cpr else [])
        rules = labels_for("decision", mode, defect)
        if sub in ("refusal", "end"):
            rules = [r for r in rules if r != "duration-over-6-months"]
        rel = w.write(f"afgoerelser/{n:03d}-{sub}-{C.slug(c.first)}", maker, doc, traits)
        w.entries.append(dict(path=rel, format=EXT[maker], kind="decision", subtype=sub, layout=f"decision-letter",
                              rules=rules, extras=sorted(extras), error=None, accept_errors=[],
                              must_not_contain=[c.cpr, c.cpr.replace("-", "")] if c.cpr else [], traits=traits,
                              period=({"start": c.start.isoformat(), "end": c.end.isoformat()} if sub in ("grant", "partial", "extension") else None)))
        n += 1
    for name, maker, doc, traits, cprs in unknown_docs(rng):
        traits = list(traits)
        rel = w.write(f"andet/{n:03d}-{name}", maker, doc, traits)
        w.entries.append(dict(path=rel, format=EXT[maker], kind="unknown", subtype=traits[0], layout=f"unknown-{traits[0]}",
                              rules=[], extras=[], error=None, accept_errors=[],
                              must_not_contain=sum(([x, x.replace("-", "")] for x in cprs), []), traits=traits, period=None))
        n += 1
    w.finish(profile=f"/tmp/lo_ge_profile")
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(w.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(w.entries)} documents to {out}")


if __name__ == "__main__":
    main()
