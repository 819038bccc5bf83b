#!/usr/bin/env python
"""Corpus fq: decision letters and the agreement in one document.

Usage: python make_corpus_fq.py --out /work/corpora/fq [--seed 1313]

Labels are decided from `mentordocs rules` and docs/lint.md (see NOTES.md):
- a decision letter is checked for appeal guidance and a period over 6 months (missing-reasons
  as an extra for refusal/end/partial grants);
- a decision letter with a section or a Bilag headed as the agreement ("Aftale om
  mentorstøtte", "Bilag 1: Aftale om mentorstøtte") is a decision and is ALSO checked for the
  agreement's fields (goal, mentor, tasks, duration, follow-up, hours, unclear goal), read over
  the whole document (letter + Bilag);
- a decision that only refers to an agreement made separately, or whose Bilag is something else
  (a leaflet, the quality standard, an invoice form), is a plain decision.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render as R  # noqa: E402
from pools import *  # noqa: E402,F401,F403
import pools as P  # noqa: E402

AGR_FIELDS = ("goal", "mentor", "tasks", "duration", "follow_up", "hours")
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours"}


def cpr_for(rng):
    d = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


@dataclass
class Ctx:
    rng: random.Random
    kom: tuple
    fn: str
    ln: str
    mentor: str
    provider: str
    mphone: str
    mmail: str
    cw: str
    cwphone: str
    start: date
    end: date
    letter_date: date
    sagsnr: str
    cpr: str | None = None

    @property
    def citizen(self):
        return f"{self.fn} {self.ln}"


def make_ctx(rng, cpr=False, over=False, start=None, months=6):
    kom = rng.choice(P.KOMMUNER)
    fn, ln = rng.choice(P.FIRST), rng.choice(P.LAST)
    mf, ml = rng.choice(P.MENTOR_FIRST), rng.choice(P.LAST)
    prov = rng.choice(P.PROVIDERS)
    dom = prov.split()[0].lower().replace("æ", "ae").replace("ø", "oe")
    if start is None:
        start = date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15]))
    end = P.add_months(start, months) - timedelta(days=1)
    if over:
        end = P.add_months(start, rng.choice([7, 8, 9, 12])) - timedelta(days=1)
    ld = start - timedelta(days=rng.randint(5, 20))
    return Ctx(rng, kom, fn, ln, f"{mf} {ml}", prov,
               f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
               f"{mf.lower().replace('ø', 'oe').replace('é', 'e')}@{dom}.dk", f"{rng.choice(P.MENTOR_FIRST)} {rng.choice(P.LAST)}",
               f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
               start, end, ld, f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(0, 20):02d}-"
               f"A{rng.randint(10, 99)}-{rng.randint(1000, 99999)}-26",
               cpr_for(rng) if cpr else None)


def head(c: Ctx, title, style=0):
    k, unit, addr, tlf, mail = c.kom
    lines = [f"{k}", unit, addr] if style != 1 else [f"{k} · {unit}", f"Tlf. {tlf} · {mail}"]
    meta2 = [f"Dato: {P.fmt_date(c.letter_date, c.rng.choice([0, 1, 0]))}", f"Sagsnr.: {c.sagsnr}"]
    if c.cpr:
        meta2.append(f"CPR-nr.: {c.cpr}")
    meta2.append(f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}")
    return [("meta", lines), ("meta", [c.citizen, f"{c.rng.choice(['Skolegade', 'Vestergade', 'Parkvej', 'Åvej'])} {c.rng.randint(1, 80)}"] + meta2),
            ("title", title)]


def sign(c: Ctx):
    return ("sig", [c.rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen og god vind med forløbet"]),
                    c.cw, c.rng.choice(["Rådgiver", "Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent"]),
                    f"{c.kom[0]}, {c.kom[1]}", f"Direkte tlf. {c.cwphone}"])


def mentor_value(c: Ctx, state):
    if state == "nocontact":
        return c.rng.choice([f"{c.mentor}, {c.provider}", f"{c.provider} – mentor tildeles ved opstart",
                             f"{c.mentor.split()[0]} fra {c.provider}"])
    if state in ("none", "placeholder"):
        return "Udfyldes senere"
    return c.rng.choice([f"{c.mentor}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
                         f"{c.mentor} ({c.provider}) – tlf. {c.mphone}",
                         f"{c.mentor}, {c.provider}. Mail: {c.mmail}"])


def field_value(c: Ctx, f, state, over_txt=None):
    r = c.rng
    if f == "goal":
        if state == "unclear":
            return P.unclear_goals(c.fn, r)
        if state in ("none", "placeholder"):
            return r.choice(["Udfyldes senere", "-", "Aftales med mentor"])
        return P.clear_goals(c.fn, r, c.start)
    if f == "mentor":
        return mentor_value(c, state)
    if f == "tasks":
        if state in ("none", "placeholder"):
            return r.choice(["-", "Udfyldes senere"])
        return "; ".join(t[0].upper() + t[1:] for t in P.tasks(c.fn, r))
    if f == "duration":
        if state in ("none", "placeholder"):
            return r.choice(["Aftales ved opstartsmødet", "Udfyldes senere", "-"])
        return P.period_text(c.start, c.end, r)
    if f == "hours":
        if state == "vague":
            return P.hours_vague(r)
        if state in ("none", "placeholder"):
            return "Udfyldes senere"
        return P.hours_text(r)
    if f == "follow_up":
        if state == "vague":
            return P.follow_vague(r)
        if state in ("none", "placeholder"):
            return "-"
        return P.follow_text(r, c.end)
    raise KeyError(f)


LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet", "Borgerens mål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (navn, tlf.)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Mentoren skal hjælpe med", "Indsatsområder"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"],
    "hours": ["Timetal", "Timer pr. uge", "Antal timer", "Omfang"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"],
}


def agreement_rows(c: Ctx, fields: dict, where: dict, keep="agr"):
    """kv rows for the fields placed in the agreement part. A field with state 'none' is left
    out (or shown as a placeholder, randomly)."""
    rows = []
    for f in ("goal", "mentor", "tasks", "duration", "hours", "follow_up"):
        if where.get(f, "agr") not in (keep, "both"):
            continue
        st = fields.get(f, "ok")
        if st == "none" and c.rng.random() < 0.6:
            continue
        rows.append((c.rng.choice(LABELS[f]), field_value(c, f, st)))
    return rows


def letter_sentences(c: Ctx, fields: dict, where: dict):
    """Sentences in the letter body for fields placed in the letter."""
    out = []
    r = c.rng
    for f in ("goal", "mentor", "tasks", "hours", "follow_up"):
        if where.get(f) not in ("letter", "both"):
            continue
        st = fields.get(f, "ok")
        if f == "goal":
            v = field_value(c, f, st)
            out.append(("p", f"Formålet med mentorstøtten er: {v}"))
        elif f == "mentor":
            if st == "nocontact":
                out.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}, som kontakter dig inden opstart."))
            elif st == "ok":
                out.append(("p", r.choice([
                    f"Din mentor bliver {c.mentor} fra {c.provider}. Du kan træffe {c.mentor.split()[0]} på tlf. {c.mphone} eller {c.mmail}.",
                    f"Mentor: {c.mentor}, {c.provider}, tlf. {c.mphone}."])))
        elif f == "tasks":
            if st == "ok":
                out.append(("p", "Mentoren skal " + ", ".join(P.tasks(c.fn, r, 3)) + "."))
        elif f == "hours":
            if st == "ok":
                out.append(("p", r.choice([f"Du får {P.hours_text(r)} med din mentor.",
                                           f"Støtten er bevilget med {P.hours_text(r)}."])))
            elif st == "vague":
                out.append(("p", f"Du får mentorstøtte {P.hours_vague(r)}."))
        elif f == "follow_up":
            if st == "ok":
                out.append(("p", r.choice([
                    "Vi følger op på mentorstøtten ved et statusmøde hver 4. uge, og vi evaluerer forløbet 14 dage før det slutter.",
                    "Din sagsbehandler følger op sammen med dig og mentoren hver måned; vi måler fremskridt på dit fremmøde.",
                ])))
            elif st == "vague":
                out.append(("p", P.follow_vague(r)))
    return out


def appeal_blocks(c: Ctx, appeal):
    r = c.rng
    k, unit, addr, tlf, mail = c.kom
    h = ("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klagemulighed"]))
    if appeal == "full":
        return [h] + [("p", x) for x in P.appeal_full(k, unit, addr, tlf, r)]
    if appeal == "incomplete":
        return [h] + [("p", x) for x in P.appeal_incomplete(k, r)]
    if appeal == "other":
        return [h] + [("p", x) for x in P.appeal_other(k, r)]
    if appeal == "direct":
        return [h] + [("p", x) for x in P.appeal_direct(r)]
    return []


DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
              "Afgørelse: bevilling af mentor efter LAB § 167"],
    "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte",
                "Afgørelse om din ansøgning om mentor"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte",
                  "Din mentorstøtte forlænges"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag", "Afgørelse på din ansøgning om mentor"],
    "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
}


def decision_core(c: Ctx, dtype, give_reasons, period_in_letter=True):
    r = c.rng
    per = P.period_text(c.start, c.end, r)
    b = [("p", f"Kære {c.fn}" if r.random() < 0.6 else f"Kære {c.citizen}")]
    intro = r.choice([None, None, "Du modtager dette brev, fordi vi har truffet afgørelse om din mentorstøtte.",
                      "Vi skriver til dig om din mentorstøtte.",
                      "Tak for snakken på vores møde. Her er vores afgørelse."])
    if intro:
        b.append(("p", intro))
    if dtype == "grant":
        b.append(("p", r.choice([
            f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}.",
            f"Kommunen har besluttet at bevilge dig mentorstøtte {per}.",
            f"Du får mentorstøtte i perioden {per}, som aftalt på vores møde.",
        ])))
    elif dtype == "partial":
        b.append(("p", r.choice([
            f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får delvis bevilget mentorstøtte i perioden {per} med færre timer end ansøgt.",
            f"Vi har delvist imødekommet din ansøgning. Du ansøgte om mentorstøtte i 9 måneder. Du får mentorstøtte i perioden {per}.",
        ])))
    elif dtype == "extension":
        prev_s = P.add_months(c.start, -6)
        b.append(("p", r.choice([
            f"Vi har besluttet at forlænge din mentorstøtte i perioden {per}. Din tidligere periode var {P.fmt_date(prev_s, 0)} – {P.fmt_date(c.start - timedelta(days=1), 0)}.",
            f"Din mentorstøtte forlænges. Den nye periode er {per}. Forlængelsen bygger på en konkret vurdering ved udløbet af den forrige periode.",
        ])))
    elif dtype == "refusal":
        b.append(("p", r.choice([
            f"Du har den {P.fmt_date(c.letter_date - timedelta(days=20), 0)} søgt om mentorstøtte i 6 måneder. Vi har givet dig afslag på mentorstøtte.",
            "Vi har behandlet din ansøgning om mentor. Du får afslag.",
        ])))
    elif dtype == "end":
        b.append(("p", r.choice([
            f"Din mentorstøtte ophører den {P.fmt_date(c.end, 0)}.",
            f"Vi har besluttet, at din mentorstøtte stopper pr. {P.fmt_date(c.end, 1)}. Mentor er orienteret.",
        ])))
    if give_reasons:
        b.append(("h", r.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])))
        kind = {"grant": "grant", "extension": "grant", "partial": "partial", "refusal": "refusal", "end": "end"}[dtype]
        b.append(("p", P.reasons(c.fn, r, kind)))
    return b


@dataclass
class Spec:
    family: str
    dtype: str = "grant"          # decisions: grant/partial/extension/refusal/end
    agreement: str | None = None  # None | body | bilag | eml-attach
    where: dict = field(default_factory=dict)   # field -> letter/agr/both/none
    fields: dict = field(default_factory=dict)  # field -> ok/none/vague/unclear/nocontact/placeholder
    appeal: str = "full"
    reasons: bool = True
    over: bool = False
    cpr: bool = False
    ref: str | None = None
    other_bilag: str | None = None
    fmt: str = "docx"
    layout: str = ""
    note: str = ""
    note_heading: str = ""
    prose: bool = False
    enclosures: list = field(default_factory=list)


def labels_checks_agr(s):
    return s.agreement in ("body", "bilag", "eml-attach", "body-alt")


def labels_for(s: Spec, kind):
    rules, extras = set(), set()
    if kind in ("decision", "agreement"):
        if s.appeal in ("incomplete", "none", "other"):
            rules.add("missing-appeal-guidance")
        if s.appeal == "direct":
            extras.add("appeal-wrong-route")
    if kind != "unknown" and s.over:
        rules.add("duration-over-6-months")
    checks_agr = kind == "agreement" or (kind == "decision" and s.agreement in ("body", "bilag", "eml-attach", "body-alt"))
    if checks_agr or kind == "minplan":
        for f in AGR_FIELDS:
            if kind == "minplan" and f == "follow_up":
                continue
            if s.where.get(f, "agr") == "none":
                st = "none"
            else:
                st = s.fields.get(f, "ok")
            if st in ("none", "placeholder", "vague", "nocontact"):
                rules.add(RULE_OF[f])
            if f == "goal" and st == "unclear":
                rules.add("unclear-goal")
    if kind == "decision" and s.dtype in ("partial", "refusal", "end") and not s.reasons:
        extras.add("missing-reasons")
    return sorted(rules), sorted(extras)


OTHER_BILAG = {
    "leaflet": ("Bilag 1: Pjece – Hvad kan en mentor hjælpe med?", [
        ("p", "En mentor er en person, der støtter dig i en periode, så du kan komme i job eller uddannelse."),
        ("ul", ["Mentoren kan følge dig til praktik eller skole", "Mentoren kan hjælpe dig med struktur i hverdagen",
                "Mentoren kan tage med til møder"]),
        ("p", "Støtten gives typisk nogle timer om ugen og højst 6 måneder ad gangen, med mulighed for forlængelse."),
        ("p", "Har du spørgsmål, så kontakt din rådgiver."),
    ]),
    "kvalitet": ("Bilag: Kvalitetsstandard for mentorstøtte (uddrag)", [
        ("p", "En skriftlig aftale om mentorstøtte skal indeholde:"),
        ("ol", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
                "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet for mentorstøtten",
                "klagevejledning"]),
        ("p", "Serviceniveauer: Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
        ("p", "Der evalueres altid 14 dage før støtteperioden ophører."),
    ]),
    "faktura": ("Bilag 2: Timeregistrering og fakturagrundlag (til mentorleverandøren)", [
        ("p", "Udfyldes af mentorleverandøren og sendes månedligt til kommunens økonomiafdeling."),
        ("kv", [("Leverandør / CVR", ""), ("Måned", ""), ("Antal mentortimer med direkte kontakt", ""),
                ("Timepris ekskl. moms", ""), ("EAN-nr.", "5798000000000"), ("Underskrift leverandør", "")]),
        ("p", "Forberedelsestid kan ikke faktureres (BAB § 123)."),
    ]),
}

REFS = [
    "Aftalen er sendt til dig i en særskilt mail.",
    "Du, din mentor og din sagsbehandler laver den skriftlige aftale om mentorstøtten ved opstartsmødet. Aftalen bliver lagt i Min Plan.",
    "Den skriftlige aftale, som vi lavede på mødet, finder du på Min Side under Min Plan.",
    "Aftalen om mentorstøtten med mål, opgaver og opfølgning laver I sammen ved opstartsmødet.",
    "Din mentor kontakter dig inden for en uge, og I skriver sammen en aftale om forløbet. Du får den tilsendt særskilt.",
]


def render_rows(r, rows, allow_ol=False, allow_grid=False):
    x = r.random()
    if allow_grid and x < 0.2:
        return [("grid", r.choice([["Punkt", "Aftalt"], ["Felt", "Indhold"], ["", "Aftale"]]), [list(t) for t in rows])]
    if x < 0.4:
        return [("kv", rows)]
    if x < 0.65:
        return [("kvp", rows)]
    if allow_ol and x < 0.8:
        return [("ol", [f"{k}: {v}" for k, v in rows])]
    out = []
    for k, v in rows:
        out += [("h", k), ("p", v)]
    return out


NEXT_STEPS = [
    [("h", "Hvad sker der nu?"), ("p", "Din mentor ringer til dig inden for en uge for at aftale det første møde.")],
    [("h", "Det skal du gøre"), ("ul", ["Mød op til det første møde med din mentor", "Giv besked, hvis du bliver syg",
                                       "Kontakt din rådgiver, hvis noget ændrer sig"])],
    [],
    [],
]


def prose_fields(c: Ctx, s: Spec):
    """The support described in the letter's prose, under no heading that names an agreement."""
    r = c.rng
    out = [("p", f"Formålet med støtten er, at du kommer i gang med "
                 f"{r.choice(['din praktik', 'din uddannelse', 'dit nye job'])} hos {r.choice(P.FIRMS)} "
                 f"og møder stabilt mindst fire dage om ugen.")]
    out.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe til {c.mentor.split()[0]} på {c.mphone}."))
    out.append(("p", "Mentoren skal " + ", ".join(P.tasks(c.fn, r, 3)) + "."))
    out.append(("p", f"I mødes {P.hours_text(r)}."))
    if s.fields.get("follow_up", "ok") == "ok":
        out.append(("p", "Vi holder et opfølgningsmøde hver 6. uge, hvor vi ser på, hvordan det går."))
    return out


def build_decision(c: Ctx, s: Spec):
    r = c.rng
    title = r.choice(DEC_TITLES[s.dtype])
    if r.random() < 0.2:
        title = "Vedr.: " + title
    blocks = head(c, title, r.randrange(2))
    appeal_last = s.agreement == "bilag" and r.random() < 0.3
    give = s.reasons and not (s.dtype in ("grant", "extension") and r.random() < 0.3)
    blocks += decision_core(c, s.dtype, give)
    has_agr = bool(s.agreement)
    letter_where = {f: w for f, w in s.where.items()}
    blocks += letter_sentences(c, s.fields, letter_where)
    if s.where.get("hours") == "none" and s.agreement:
        blocks.append(("p", r.choice(["Timetallet fremgår af aftalen i bilag 1.",
                                      "Du kan se, hvor meget støtte du får, i den vedlagte aftale."])))
    if s.ref:
        blocks.append(("p", s.ref))
    if s.dtype in ("grant", "partial"):
        blocks += r.choice(NEXT_STEPS)
    attach = None
    if s.agreement == "body-alt":
        blocks.append(("h", s.note_heading))
        rows = agreement_rows(c, s.fields, s.where)
        blocks += render_rows(r, rows)
    if s.agreement == "body":
        blocks.append(("h", r.choice(["Aftale om mentorstøtte", "Din aftale om mentorstøtte",
                                      "Aftale om mentorstøtte – indhold"])))
        rows = agreement_rows(c, s.fields, s.where)
        blocks += render_rows(r, rows, allow_ol=True)
    if s.prose:
        blocks += prose_fields(c, s)
    if not appeal_last:
        blocks += appeal_blocks(c, s.appeal)
    else:
        blocks.append(("p", "Klagevejledning er vedlagt som sidste side."))
    blocks.append(sign(c))
    if s.enclosures:
        blocks.append(("p", "Bilag:"))
        blocks.append(("ul", s.enclosures))
    if s.agreement in ("bilag", "eml-attach"):
        bil = [("title" if r.random() < 0.5 else "h", r.choice(["Bilag 1: Aftale om mentorstøtte",
                                                               "Bilag 1 – Aftale om mentorstøtte",
                                                               "Bilag: Aftale om mentorstøtte"]))]
        bil.append(("p", f"Aftale mellem {c.citizen}, mentor og {c.kom[0]}. Sagsnr. {c.sagsnr}"))
        rows = agreement_rows(c, s.fields, s.where)
        bil += render_rows(r, rows, allow_grid=True)
        bil.append(("sig", ["Dato / borger: ______________________", "Dato / mentor: ______________________",
                            "Dato / kommunen: ____________________"]))
        if s.agreement == "bilag":
            blocks.append(("break",))
            blocks += bil
        else:
            attach = bil
    if appeal_last:
        blocks.append(("break",))
        blocks += appeal_blocks(c, s.appeal)
    if s.other_bilag:
        t, content = OTHER_BILAG[s.other_bilag]
        blocks.append(("break",))
        blocks.append(("h", t))
        blocks += content
    return title, blocks, attach


# ---------------------------------------------------------------- agreements, Min Plan, unknown

def build_agreement(c: Ctx, s: Spec):
    r = c.rng
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)",
                      "Samarbejdsaftale – mentorforløb"])
    blocks = head(c, title, r.randrange(2))
    style = s.layout
    if style == "letter":
        blocks.append(("p", f"Kære {c.fn}"))
        blocks.append(("p", "Her får du det, vi blev enige om på mødet, skrevet ned."))
        for f in ("goal", "mentor", "tasks", "duration", "hours", "follow_up"):
            st = s.fields.get(f, "ok")
            if st == "none":
                continue
            blocks.append(("h", r.choice(LABELS[f])))
            blocks.append(("p", field_value(c, f, st)))
    elif style == "numbered":
        items = []
        names = {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
                 "tasks": "Hvilke opgaver mentoren skal bistå ved", "duration": "Varigheden af aftalen",
                 "follow_up": "Opfølgning – inklusiv mål for progression", "hours": "Timetallet for mentorstøtten"}
        for f in ("goal", "mentor", "tasks", "duration", "follow_up", "hours"):
            st = s.fields.get(f, "ok")
            items.append(f"{names[f]}: {field_value(c, f, st if st != 'none' else 'placeholder')}")
        blocks.append(("ol", items))
    else:
        blocks.append(("p", f"Borger: {c.citizen}"))
        rows = agreement_rows(c, s.fields, {})
        blocks.append(("kv", rows) if style == "table" else ("kvp", rows))
    blocks += appeal_blocks(c, s.appeal)
    msig = c.mentor if s.fields.get("mentor", "ok") == "ok" else ""
    blocks.append(("sig", ["Underskrifter:", f"Borger: {c.citizen}  ______________", f"Mentor: {msig}  ______________",
                           f"Sagsbehandler: {c.cw}  ______________"]))
    return title, blocks


def build_minplan(c: Ctx, s: Spec):
    r = c.rng
    title = r.choice(["Min Plan – Mentorstøtte", "Min Plan: indsats mentor", "Udskrift af Min Plan"])
    blocks = [("meta", [f"{c.kom[0]} · Min Plan", f"Udskrevet {P.fmt_date(c.letter_date, 1)}"] +
               ([f"{c.citizen}, CPR {c.cpr}"] if c.cpr else [c.citizen])), ("title", title)]
    if s.layout == "multi":
        fgu_s = date(2026, 8, 10)
        blocks.append(("h", "Uddannelse: FGU-forløb (PGU) – Aktiv"))
        blocks.append(("kv", [("Sted", r.choice(P.SCHOOLS)), ("Periode", "10. august 2026 – 30. juni 2027"),
                              ("Kontaktperson", f"{r.choice(P.MENTOR_FIRST)} Vejleder, tlf. 70 20 30 40")]))
    blocks.append(("h", "Indsats: Mentorstøtte (LAB § 167)"))
    rows = []
    for f in ("goal", "mentor", "tasks", "duration", "hours"):
        st = s.fields.get(f, "ok")
        if st == "none" and r.random() < 0.7:
            continue
        rows.append((r.choice(LABELS[f]), field_value(c, f, st)))
    blocks.append(("kv", rows) if r.random() < 0.7 else ("kvp", rows))
    blocks.append(("p", "Ændringer i timetal eller formål skrives ind i Min Plan."))
    return title, blocks


def build_unknown(c: Ctx, which):
    r = c.rng
    k = c.kom[0]
    if which == "status":
        title = "Statusrapport fra mentor"
        b = head(c, title) + [("p", f"Periode for status: {P.fmt_date(c.start, 0)} – {P.fmt_date(P.add_months(c.start, 2), 0)}"),
                              ("p", f"{c.fn} har mødt op til 9 ud af 12 aftaler. Praktikken hos {r.choice(P.FIRMS)} går godt."),
                              ("p", "Anbefaling: fortsat mentorstøtte med uændret timetal."),
                              ("sig", [c.mentor, c.provider, f"tlf. {c.mphone}"])]
    elif which == "invoice":
        title = "Faktura"
        b = [("meta", [c.provider, "CVR 12345678", f"Fakturanr. {r.randint(1000, 9999)}"]), ("title", title),
             ("p", f"Til: {k}, {c.kom[1]}"),
             ("kv", [("Ydelse", f"Mentorstøtte, {c.citizen}"), ("Periode", f"{P.MONTHS[c.start.month - 1]} 2026"),
                     ("Timer", "12"), ("Timepris", "450 kr."), ("I alt ekskl. moms", "5.400 kr.")]),
             ("p", "Betalingsbetingelser: netto 30 dage.")]
    elif which == "minutes":
        title = "Referat af opstartsmøde"
        b = [("title", title), ("p", f"Deltagere: {c.citizen}, {c.mentor} ({c.provider}), {c.cw} ({k})"),
             ("h", "Punkter"), ("ul", ["Præsentation", "Forventninger til forløbet", "Næste møde om tre uger"]),
             ("p", "Der blev talt om transport og mødetider. Aftalen skrives af sagsbehandler og sendes ud."),
             ("p", f"Referent: {c.cw}")]
    elif which == "guidance":
        title = "Mentorstøtte – sådan gør vi i kommunen"
        b = [("title", title), ("p", "Mentorstøtte kan gives til borgere, der har brug for støtte for at komme i job eller uddannelse."),
             ("h", "Hvad står der i en aftale?"),
             ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Mentorens opgaver",
                     "Varighed og opfølgning", "Timetal", "Klagevejledning"]),
             ("p", "Støtten gives højst 6 måneder ad gangen. Du kan klage til kommunen inden 4 uger."),
             ("p", f"Kontakt {k} på {c.kom[3]}.")]
    elif which == "private":
        title = "Mentoraftale – Idrætsklubbens mentorprogram"
        b = [("title", title), ("p", "Mentorprogrammet i FC Vestegnen er for unge spillere mellem 15 og 19 år."),
             ("kv", [("Mentor", f"{c.mentor}, tlf. {c.mphone}"), ("Mål", "At du får en god sæson og passer skolen"),
                     ("Mødes", "Hver anden torsdag efter træning"), ("Periode", "Sæsonen 2026/27")]),
             ("p", "Aftalen er frivillig og kan opsiges af begge parter.")]
    elif which == "mail_meeting":
        title = "Møde på torsdag"
        b = [("p", f"Hej {c.fn}"), ("p", f"Jeg bekræfter vores møde torsdag kl. 10 på {c.provider}s adresse. Husk NemID/MitID."),
             ("p", f"Hilsen {c.mentor}")]
    elif which == "ankestyrelsen":
        title = "Ankestyrelsens afgørelse i din klagesag om mentorstøtte"
        b = [("meta", ["Ankestyrelsen", "Beskæftigelsesudvalget", f"J.nr. 26-{r.randint(10000, 99999)}"]), ("title", title),
             ("p", f"Ankestyrelsen har behandlet din klage over {k}s afgørelse om afslag på mentorstøtte."),
             ("h", "Resultat"), ("p", "Vi giver dig ikke medhold. Kommunens afgørelse er rigtig."),
             ("h", "Begrundelse"), ("p", "Du har ikke et mål om beskæftigelse eller uddannelse, jf. LAB § 167."),
             ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]
    elif which == "genvurdering":
        title = "Genvurdering af afgørelse om mentorstøtte – afgørelsen fastholdes"
        b = head(c, title) + [("p", f"Vi har modtaget din klage den {P.fmt_date(c.letter_date, 0)} og har genvurderet sagen."),
                              ("p", "Vi fastholder vores afgørelse. Din klage og sagens akter er sendt videre til Ankestyrelsen, som træffer afgørelse i sagen."),
                              sign(c)]
    elif which == "partshoering":
        title = "Partshøring – påtænkt ophør af mentorstøtte"
        b = head(c, title) + [("p", "Vi påtænker at stoppe din mentorstøtte, fordi du har været fraværende fra praktikken i fire uger."),
                              ("p", "Du har mulighed for at komme med bemærkninger inden 14 dage. Vi har endnu ikke truffet afgørelse."),
                              sign(c)]
    elif which == "bestilling":
        title = "Bestilling af mentorforløb"
        b = [("meta", [k, c.kom[1]]), ("title", title), ("p", f"Til {c.provider}"),
             ("kv", [("Borger", c.citizen), ("Antal timer", "3 timer pr. uge"),
                     ("Periode", P.period_text(c.start, c.end, r)), ("Formål", "Fastholdelse i praktik")]),
             ("p", "Leverandøren bedes bekræfte modtagelsen og oplyse navn på mentor.")]
    elif which == "kvittering":
        title = "Kvittering for modtagelse af din ansøgning"
        b = head(c, title) + [("p", "Vi har modtaget din ansøgning om mentorstøtte. Du kan forvente svar inden for 4 uger."), sign(c)]
    elif which == "blank":
        title = "Aftale om mentorstøtte (skabelon)"
        b = [("title", title), ("kv", [("Borger", ""), ("CPR-nr.", ""), ("Mål", ""), ("Mentor", ""), ("Opgaver", ""),
                                      ("Periode", ""), ("Timetal", ""), ("Opfølgning", "")]),
             ("p", "Skabelon version 3.2 – må ikke udfyldes i hånden.")]
    elif which == "evaluering":
        title = "Afsluttende evaluering af mentorforløb"
        b = [("title", title), ("p", f"Borger: {c.citizen}"),
             ("p", f"Forløbet sluttede {P.fmt_date(c.end, 0)}. {c.fn} er startet i løntilskud og har ikke længere brug for mentor."),
             ("p", "Samlet vurdering: målet er nået."), ("sig", [c.mentor, c.provider])]
    elif which == "nyhedsbrev":
        title = "Nyhedsbrev fra Jobcentret – maj 2026"
        b = [("title", title), ("h", "Nyt om mentorstøtte"),
             ("p", "Fra 1. februar 2026 hedder det kommunen og ikke jobcentret i loven. Mentorstøtte gives stadig højst 6 måneder ad gangen."),
             ("h", "Kalender"), ("p", "Temadag for mentorer 12. juni 2026.")]
    elif which == "digitalpost":
        title = "Du har fået post fra kommunen"
        b = [("title", title), ("p", f"{k} har sendt dig et brev: \"Afgørelse om mentorstøtte\". Log på borger.dk eller appen Digital Post for at læse det.")]
    else:  # calendar
        title = "Mine aftaler"
        b = [("title", title), ("kv", [("12. maj 2026 kl. 10.00", f"Samtale med {c.cw}"),
                                      ("19. maj 2026 kl. 13.00", f"Møde med mentor {c.mentor}"),
                                      ("2. juni 2026", "Opfølgning i Min Plan")])]
    return title, b


# ---------------------------------------------------------------- the plan of the corpus

def plan():
    S = Spec
    L = []
    # F1: agreement section in the letter's body (10)
    L += [
        S("dec_body", "grant", "body", fmt="docx"),
        S("dec_body", "grant", "body", fmt="pdf", cpr=True),
        S("dec_body", "grant", "body", fields={"follow_up": "none"}, fmt="html"),
        S("dec_body", "grant", "body", fields={"hours": "vague"}, fmt="odt"),
        S("dec_body", "partial", "body", fields={"mentor": "nocontact"}, fmt="txt"),
        S("dec_body", "partial", "body", fmt="rtf", cpr=True),
        S("dec_body", "extension", "body", over=True, fmt="docx"),
        S("dec_body", "extension", "body", fields={"goal": "unclear"}, fmt="md"),
        S("dec_body", "grant", "body", appeal="none", fmt="pdf"),
        S("dec_body", "grant", "body", fields={"follow_up": "vague", "tasks": "none"}, fmt="docx"),
    ]
    # F2: Bilag 1: Aftale om mentorstøtte after the signature (12)
    L += [
        S("dec_bilag", "grant", "bilag", fmt="docx", cpr=True),
        S("dec_bilag", "grant", "bilag", fields={"mentor": "placeholder"}, fmt="pdf"),
        S("dec_bilag", "grant", "bilag", fields={"goal": "placeholder"}, fmt="odt"),
        S("dec_bilag", "grant", "bilag", fields={"follow_up": "none"}, fmt="docx"),
        S("dec_bilag", "grant", "bilag", fields={"follow_up": "none"}, fmt="pdf", cpr=True),
        S("dec_bilag", "grant", "bilag", fields={"tasks": "placeholder"}, fmt="html"),
        S("dec_bilag", "partial", "bilag", fields={"mentor": "nocontact"}, fmt="docx"),
        S("dec_bilag", "partial", "bilag", reasons=False, fmt="txt"),
        S("dec_bilag", "extension", "bilag", fmt="rtf"),
        S("dec_bilag", "extension", "bilag", over=True, fmt="odt"),
        S("dec_bilag", "grant", "bilag", appeal="incomplete", fields={"goal": "unclear"}, fmt="pdf-scan"),
        S("dec_bilag", "grant", "bilag", fields={"hours": "none"}, fmt="md"),
        S("dec_bilag", "grant", "eml-attach", fmt="eml"),
        S("dec_bilag", "extension", "eml-attach", fields={"follow_up": "vague"}, fmt="eml", cpr=True),
    ]
    # F3: split between letter and Bilag (8)
    L += [
        S("dec_split", "grant", "bilag", where={"hours": "letter"}, fmt="docx", note="hours only in letter"),
        S("dec_split", "grant", "bilag", where={"follow_up": "letter"}, fmt="pdf", note="follow-up only in letter"),
        S("dec_split", "grant", "bilag", where={"mentor": "letter", "hours": "letter"}, fmt="odt", note="mentor+hours in letter"),
        S("dec_split", "extension", "bilag", where={"goal": "letter", "tasks": "letter"}, fmt="html", note="goal+tasks in letter"),
        S("dec_split", "grant", "body", where={"mentor": "letter"}, fmt="txt", cpr=True, appeal="incomplete", note="mentor in letter, section without"),
        S("dec_split", "grant", "bilag", where={"hours": "none"}, fmt="docx", note="letter says hours in Bilag; Bilag has none"),
        S("dec_split", "partial", "bilag", where={"follow_up": "letter"}, fields={"follow_up": "vague"}, fmt="rtf", note="vague follow-up in letter only"),
        S("dec_split", "grant", "bilag", where={"mentor": "letter"}, fields={"mentor": "nocontact"}, fmt="pdf", note="mentor named in letter without contact"),
    ]
    # F4: refers to a separate agreement (10)
    L += [
        S("dec_ref", "grant", None, ref=REFS[0], fmt="docx"),
        S("dec_ref", "grant", None, ref=REFS[1], fmt="eml"),
        S("dec_ref", "grant", None, ref=REFS[2], where={"hours": "letter"}, appeal="other", fmt="pdf", cpr=True),
        S("dec_ref", "grant", None, ref=REFS[3], appeal="none", fmt="html"),
        S("dec_ref", "partial", None, ref=REFS[4], where={"hours": "letter"}, fmt="odt"),
        S("dec_ref", "partial", None, ref=REFS[0], reasons=False, fmt="txt"),
        S("dec_ref", "extension", None, ref=REFS[2], over=True, fmt="docx"),
        S("dec_ref", "extension", None, ref=REFS[1], appeal="direct", fmt="md"),
        S("dec_ref", "extension", None, ref=REFS[0], where={"goal": "letter"}, fields={"goal": "unclear"}, fmt="rtf", cpr=True),
        S("dec_ref", "grant", None, ref=REFS[4], appeal="incomplete", fmt="eml"),
    ]
    # F4b: the support in prose without an agreement heading; enclosure lists; other headings (7)
    L += [
        S("dec_prose", "grant", None, prose=True, fmt="docx", note="prose, all fields"),
        S("dec_prose", "grant", None, prose=True, fields={"follow_up": "none"}, fmt="pdf", note="prose, no follow-up, no agreement heading"),
        S("dec_prose", "extension", None, prose=True, fields={"follow_up": "none"}, fmt="txt", cpr=True, note="prose, no follow-up"),
        S("dec_encl", "grant", None, enclosures=["Aftale om mentorstøtte (sendt særskilt)", "Pjece om mentorordningen"], over=True, fmt="docx", note="enclosure list only"),
        S("dec_encl", "partial", None, enclosures=["Aftale om mentorstøtte", "Kvalitetsstandard for mentorstøtte"], fmt="html", note="enclosure list only"),
        S("dec_alt", "grant", "body-alt", note_heading="Det har vi aftalt", fmt="odt", note="agreement under 'Det har vi aftalt', clean"),
        S("dec_alt", "extension", "body-alt", note_heading="Jeres aftale om mentorforløbet", fmt="pdf", note="agreement under 'Jeres aftale', clean"),
    ]
    # F5: a Bilag that is something else (7)
    L += [
        S("dec_other", "grant", None, other_bilag="leaflet", appeal="none", fmt="docx"),
        S("dec_other", "grant", None, other_bilag="kvalitet", fmt="pdf", cpr=True),
        S("dec_other", "grant", None, other_bilag="faktura", over=True, fmt="odt"),
        S("dec_other", "refusal", None, other_bilag="leaflet", fmt="html"),
        S("dec_other", "refusal", None, other_bilag="kvalitet", appeal="other", fmt="docx"),
        S("dec_other", "end", None, other_bilag="faktura", fmt="txt"),
        S("dec_other", "extension", None, other_bilag="kvalitet", appeal="incomplete", fmt="rtf"),
    ]
    # F6: plain refusals and ends (7)
    L += [
        S("dec_plain", "refusal", None, fmt="pdf"),
        S("dec_plain", "refusal", None, reasons=False, fmt="docx", cpr=True),
        S("dec_plain", "refusal", None, appeal="direct", fmt="html"),
        S("dec_plain", "refusal", None, appeal="incomplete", fmt="txt"),
        S("dec_plain", "end", None, fmt="odt"),
        S("dec_plain", "end", None, reasons=False, fmt="md"),
        S("dec_plain", "end", None, fmt="pdf-scan", cpr=True),
    ]
    # F7: agreements (12)
    L += [
        S("agr", fmt="docx", layout="table"),
        S("agr", fmt="pdf", layout="table", cpr=True),
        S("agr", fmt="txt", layout="numbered", fields={"duration": "none"}),
        S("agr", fmt="html", layout="letter"),
        S("agr", fmt="eml", layout="letter"),
        S("agr", fmt="odt", layout="table", fields={"follow_up": "none"}),
        S("agr", fmt="docx", layout="labels", appeal="none"),
        S("agr", fmt="rtf", layout="numbered", fields={"hours": "vague"}),
        S("agr", fmt="md", layout="letter", fields={"goal": "unclear"}, cpr=True),
        S("agr", fmt="pdf", layout="labels", over=True),
        S("agr", fmt="docx", layout="table", fields={"mentor": "nocontact", "follow_up": "vague"}),
        S("agr", fmt="html", layout="table", appeal="direct", fields={"tasks": "none"}),
    ]
    # F8: Min Plan (10)
    L += [
        S("minplan", fmt="html", layout="card", appeal="none"),
        S("minplan", fmt="pdf", layout="card", appeal="none", cpr=True),
        S("minplan", fmt="docx", layout="multi", appeal="none", fields={"duration": "none"}),
        S("minplan", fmt="txt", layout="card", appeal="none", fields={"goal": "none"}),
        S("minplan", fmt="html", layout="multi", appeal="none", fields={"hours": "none"}),
        S("minplan", fmt="odt", layout="card", appeal="none", fields={"mentor": "nocontact"}),
        S("minplan", fmt="docx", layout="card", appeal="none", over=True),
        S("minplan", fmt="md", layout="card", appeal="none", fields={"goal": "unclear"}),
        S("minplan", fmt="pdf", layout="multi", appeal="none", fields={"tasks": "placeholder"}, cpr=True),
        S("minplan", fmt="rtf", layout="card", appeal="none", fields={"hours": "vague"}),
    ]
    # F9: none of the kinds (16)
    unk = [("status", "docx"), ("invoice", "pdf"), ("minutes", "txt"), ("guidance", "html"), ("private", "odt"),
           ("mail_meeting", "eml"), ("ankestyrelsen", "pdf"), ("genvurdering", "docx"), ("partshoering", "rtf"),
           ("bestilling", "docx"), ("kvittering", "html"), ("blank", "docx"), ("evaluering", "md"),
           ("nyhedsbrev", "html"), ("digitalpost", "eml"), ("calendar", "txt")]
    for i, (w, f) in enumerate(unk):
        L.append(S("unknown", note=w, fmt=f, cpr=(w in ("status", "genvurdering", "partshoering", "bestilling"))))
    return L


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1313)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    master = random.Random(a.seed)
    entries = []
    for i, s in enumerate(plan(), 1):
        rng = random.Random(master.randrange(10**9))
        c = make_ctx(rng, cpr=s.cpr, over=s.over)
        attach = None
        traits = [f"family:{s.family}"]
        if s.family.startswith("dec"):
            kind = "decision"
            title, blocks, attach = build_decision(c, s)
            subtype = s.dtype + ("+agreement" if labels_checks_agr(s) else "")
            layout = {"dec_body": "letter-with-agreement-section", "dec_bilag": "letter-plus-bilag-agreement",
                      "dec_split": "letter-bilag-split", "dec_ref": "letter-refers-to-agreement",
                      "dec_other": "letter-plus-other-bilag", "dec_plain": "letter",
                      "dec_prose": "letter-prose-support", "dec_encl": "letter-enclosure-list",
                      "dec_alt": "letter-with-agreement-other-heading"}[s.family]
            if s.agreement == "eml-attach":
                layout = "mail-decision-attached-agreement"
        elif s.family == "agr":
            kind, subtype, layout = "agreement", "agreement", f"agreement-{s.layout}"
            title, blocks = build_agreement(c, s)
        elif s.family == "minplan":
            kind, subtype, layout = "minplan", "minplan", f"minplan-{s.layout}"
            title, blocks = build_minplan(c, s)
        else:
            kind, subtype, layout = "unknown", s.note, f"unknown-{s.note}"
            title, blocks = build_unknown(c, s.note)
        rules, extras = labels_for(s, kind)
        if kind == "unknown":
            rules, extras = [], []
        slug = f"{i:03d}-{s.family}-{subtype.replace('+', '-')}"
        fmt = s.fmt
        ext = "pdf" if fmt == "pdf-scan" else fmt
        rel = Path(s.family) / f"{slug}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            path.write_text(R.to_txt(blocks, rng.randrange(3)), encoding="utf-8")
        elif fmt == "md":
            path.write_text(R.to_md(blocks), encoding="utf-8")
        elif fmt == "html":
            path.write_text(R.to_html(blocks, title), encoding="utf-8")
        elif fmt == "docx":
            R.to_docx(blocks, path)
        elif fmt == "odt":
            R.to_odt(blocks, path)
        elif fmt == "rtf":
            path.write_text(R.to_rtf(blocks), encoding="latin-1", errors="replace")
        elif fmt == "pdf":
            R.to_pdf(blocks, path)
        elif fmt == "pdf-scan":
            make_scan(blocks, path)
            traits.append("scan")
        elif fmt == "eml":
            when = datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 9, 30, tzinfo=timezone.utc)
            atts = []
            body = [b for b in blocks if b[0] != "title"]
            if attach:
                tmp = Path(tempfile.mkdtemp()) / "bilag.docx"
                R.to_docx(attach, tmp)
                atts.append(("Bilag 1 - Aftale om mentorstøtte.docx", tmp.read_bytes(), "application",
                             "vnd.openxmlformats-officedocument.wordprocessingml.document"))
                traits.append("attachment-docx")
            path.write_bytes(R.to_eml(title, f"{c.cw} <{c.kom[4]}>" if kind != "unknown" or s.note != "mail_meeting" else f"{c.mentor} <{c.mmail}>",
                                      f"{c.citizen} <borger{i}@mail.dk>", when, body, atts, html=(i % 2 == 0)))
        if s.cpr:
            traits.append("cpr")
        if s.over:
            traits.append("period:over-six")
        if s.note:
            traits.append("note:" + s.note.replace(" ", "-"))
        for f, w in s.where.items():
            traits.append(f"where:{f}={w}")
        for f, st in s.fields.items():
            traits.append(f"field:{f}={st}")
        if s.appeal != "full" and kind != "minplan":
            traits.append(f"appeal:{s.appeal}")
        if s.ref:
            traits.append("refers-to-separate-agreement")
        if s.other_bilag:
            traits.append(f"bilag:{s.other_bilag}")
        mnc = []
        if c.cpr:
            mnc = [c.cpr, c.cpr.replace("-", "")]
        e = {"path": str(rel), "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": extras, "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": sorted(traits)}
        if kind != "unknown" and s.dtype not in ("refusal", "end"):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


def make_scan(blocks, path: Path):
    """Render the document with reportlab, rasterise with pdftoppm, and save the images as an
    image-only PDF (a paper scan)."""
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        R.to_pdf(blocks, src)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(td) / "p")], check=True)
        pages = sorted(Path(td).glob("p*.png"))
        imgs = []
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L").rotate(0.6 if i % 2 == 0 else -0.4, expand=False, fillcolor=255)
            imgs.append(im.filter(ImageFilter.SMOOTH))
        imgs[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


if __name__ == "__main__":
    main()
