#!/usr/bin/env python
"""Corpus GO: mentor paperwork from private providers and small municipalities without a case system.

Run:  /work/main/.venv/bin/python scripts/independent/corpus_go/make_corpus_go.py --out /work/corpora/go
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

import render as R  # noqa: E402
from content import (Case, dfmt, dlong, six_end, add_months, goal_main, goal_sub, goal_unclear,  # noqa: E402
                     smart_rows, tasks_list, appeal_full, appeal_bad)

AGREEMENT_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                   "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]


# ====================================================================== helpers

def letterhead(c, with_phone=True):
    p = c.prov
    lines = [p[0], p[1], p[2]]
    if with_phone:
        lines.append(f"Tlf. {p[4]} · www.{p[5]}")
    else:
        lines.append(f"www.{p[5]}")
    lines.append(p[3])
    return lines


def parties_table(c, with_cpr):
    borger = f"{c.name}, {c.addr}"
    if with_cpr:
        borger += f", CPR-nr. {c.cpr}"
    return [["Part", "Navn og kontakt"],
            ["Borger", borger],
            [c.muni[1], f"Sagsbehandler {c.cw}, tlf. {c.cw_phone}, {c.cw_mail}"],
            ["Leverandør", f"{c.prov[0]}, {c.prov[3]}"]]


def mentor_text(c, mode, form):
    """mode: ok | noname | nocontact"""
    if mode == "noname":
        return c.rng.choice(["Tildeles af leverandøren ved opstart", "Udpeges senere", "NN (oplyses ved første møde)"])
    if mode == "nocontact":
        return f"{c.mentor}, {c.prov[0]}"
    if form == "prose":
        return (f"Din mentor er {c.mentor} fra {c.prov[0]}. Du kan ringe eller skrive til {c.mentor.split()[0]} "
                f"på tlf. {c.mentor_phone} eller {c.mentor_mail}.")
    return c.rng.choice([
        f"{c.mentor}, {c.prov[0]}, tlf. {c.mentor_phone}, {c.mentor_mail}",
        f"{c.mentor} – mobil {c.mentor_phone} – mail: {c.mentor_mail}",
        f"{c.mentor} ({c.prov[0]}), {c.mentor_mail}, tlf. {c.mentor_phone}",
    ])


def period_of(c, mode):
    """Returns (start, end) for the stated period. mode ok | over | exact6 | over1day | udskriv."""
    if mode == "udskriv":
        return c.start, six_end(c.start, 9)
    if mode == "over":
        return c.start, six_end(c.start, c.rng.choice([8, 9, 12]))
    if mode == "over1day":
        return c.start, add_months(c.start, 6)
    if mode == "exact6":
        return c.start, six_end(c.start, 6)
    return c.start, c.end


def duration_text(c, mode, dstyle):
    if mode == "omit":
        return None
    if mode == "vague":
        return c.rng.choice(["Indtil videre", "Aftalen løber, indtil målet er nået", "Udfyldes senere",
                             "Efter aftale"])
    s, e = period_of(c, mode)
    r = c.rng.randint(0, 4)
    if mode in ("over", "over1day") and r == 3:
        r = 0
    if r == 0:
        return f"{dfmt(s, dstyle)} – {dfmt(e, dstyle)}"
    if r == 1:
        return f"Fra {dfmt(s, dstyle)} til og med {dfmt(e, dstyle)}"
    if r == 2:
        return f"f.o.m. {dfmt(s, 'dots')} t.o.m. {dfmt(e, 'dots')}"
    if r == 3:
        months = round((e - s).days / 30.4)
        return f"{months} måneder fra {dlong(s)} (til og med {dlong(e)})"
    return f"{dfmt(s, dstyle)} - {dfmt(e, dstyle)}"


def hours_text(c, mode):
    if mode == "omit":
        return None
    if mode == "vague":
        return c.rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter behov", "Aftales løbende"])
    h = c.hours
    if c.rng.random() < 0.2 and h in (2, 4, 6):
        days = {2: "hver tirsdag", 4: "hver mandag og torsdag", 6: "mandag, onsdag og fredag"}[h]
        return f"Vi mødes {days} kl. 9-11"
    return c.rng.choice([
        f"{h} timer pr. uge",
        f"{h} timer ugentligt (direkte kontakt med {c.fn})",
        f"{h * 4} timer om måneden",
        f"{h} t/uge",
        f"I alt {h} timer om ugen, fordelt på 2 møder",
    ])


def followup_text(c, mode, form):
    if mode == "omit":
        return None
    if mode == "vague":
        return c.rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                             "Parterne tager kontakt til hinanden, hvis der er behov."])
    mid = c.start + (c.end - c.start) / 2
    before = c.end - dt.timedelta(days=14)
    if form == "schedule":
        return (f"Møder: hver 14. dag mellem {c.fn} og mentor. Statusmøde med sagsbehandler hver 2. måned. "
                f"Evaluering af progressionen på delmålene 14 dage før aftalen udløber ({dlong(before)}).")
    if form == "dates":
        return (f"Midtvejsevaluering {dlong(mid)} (trepartsmøde). Slutevaluering {dlong(before)}. "
                f"Mentor sender en kort skriftlig status til {c.muni[1]} hver måned.")
    return (f"Vi holder statusmøde hver måned, hvor vi ser på, om delmålene er nået, "
            f"og evaluerer forløbet senest {dlong(before)}.")


FOLLOW_BURIED = ("Mentoren giver {kw} en kort skriftlig status hver måned, og der holdes et opfølgningsmøde med "
                 "alle tre parter efter tre måneder, hvor progressionen på delmålene gennemgås.")


# ====================================================================== agreements

def build_agreement(c, spec):
    """spec: dict with layout, defects(set of rule names), variants."""
    d = spec["defects"]
    rng = c.rng
    cprin = spec["cpr"]
    layout = spec["layout"]
    dstyle = spec.get("dstyle", "long")
    # field modes
    gmode = "ok"
    if "missing-goal" in d:
        gmode = rng.choice(["omit", "placeholder"])
    elif "unclear-goal" in d:
        gmode = "unclear"
    mmode = "ok"
    if "missing-mentor" in d:
        mmode = spec.get("mentor_defect") or rng.choice(["noname", "nocontact"])
    tmode = "omit" if "missing-tasks" in d else "ok"
    if "missing-duration" in d:
        dmode = rng.choice(["omit", "vague"])
    elif "duration-over-6-months" in d:
        dmode = spec.get("over_mode", "over")
    else:
        dmode = spec.get("dur_ok", "ok")
    hmode = rng.choice(["omit", "vague"]) if "missing-hours" in d else "ok"
    fmode = rng.choice(["omit", "vague"]) if "missing-follow-up" in d else "ok"
    amode = "ok"
    if "missing-appeal-guidance" in d:
        amode = rng.choice(["omit", "bad"])
    spec["_modes"] = dict(goal=gmode, mentor=mmode, tasks=tmode, dur=dmode, hours=hmode, fu=fmode, appeal=amode)

    goalform = spec.get("goalform", "para")
    fuform = spec.get("fuform", "schedule")
    if fmode != "ok":
        fuform = "schedule"  # nothing buried
    if tmode != "ok" and fuform == "buried":
        fuform = "dates"  # nowhere to bury it
    if fmode != "ok" or dmode != "ok" and dmode not in ("over", "over1day", "exact6"):
        # a SMART table's "Tidsbestemt"/"Målbart" would blur a missing duration or follow-up
        if goalform == "smart":
            goalform = "para"
        if layout == "smart":
            layout = "headings"
    spec["fuform"] = fuform
    spec["goalform"] = goalform
    spec["layout"] = layout
    lh_phone = not (mmode == "nocontact")
    blocks = []
    lhstyle = spec.get("lh", "table")
    if lhstyle != "none":
        blocks.append(("letterhead", letterhead(c, lh_phone), lhstyle))
    title = spec.get("title") or rng.choice([
        "Trepartsaftale om mentorstøtte", "Aftale om mentorstøtte", "Mentoraftale – trepartsaftale",
        "Aftale om mentorforløb (LAB § 167)", "Trepartsaftale – mentorforløb"])
    blocks.append(("title", title))
    intro = rng.choice([
        f"Aftalen er indgået mellem {c.name}, {c.muni[0]} ({c.muni[1]}) og {c.prov[0]} som leverandør af mentorstøtten.",
        f"Denne aftale beskriver mentorforløbet for {c.name}. Aftalen er lavet på opstartsmødet "
        f"{dlong(c.letter)} med deltagelse af borger, sagsbehandler og mentor.",
        f"Mentorstøtten er bevilget af {c.muni[0]} efter lov om en aktiv beskæftigelsesindsats § 167 og "
        f"leveres af {c.prov[0]}.",
    ])
    if spec["fmt"] in ("rtf", "odt") and rng.random() < 0.5:
        intro += " (Skabelonen henviser til den tidligere LAB § 31 b; i dag § 167.)"
    if spec.get("udskriv"):
        title = "Aftale om udskrivningskoordinator (LAB § 167, stk. 2)"
        blocks[-1] = ("title", title)
        intro = (f"{c.name} er indlagt på psykiatrisk afdeling og forventes udskrevet "
                 f"{dlong(add_months(c.start, 3), True)}. Efter LAB § 167, stk. 2, har {c.fn} ret til en "
                 f"udskrivningskoordinator i op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt. "
                 f"Aftalen er indgået mellem {c.fn}, {c.muni[0]} og {c.prov[0]}.")
    goal_val = None
    goal_items = None
    background = rng.choice([
        f"{c.fn} har været ledig i knap to år og har tidligere afbrudt et uddannelsesforløb på grund af angst og "
        f"søvnproblemer. {c.fn} fortæller, at det især er de første uger et nyt sted og kontakten til nye mennesker, "
        f"der er svære.",
        f"{c.fn} har en ADHD-diagnose og er i medicinsk behandling. Tidligere praktikker er stoppet efter få uger, "
        f"fordi {c.fn} ikke fik meldt fravær og mistede overblikket over aftaler.",
        f"{c.fn} er netop flyttet til kommunen og kender ikke området. {c.fn} har et stort ønske om at komme i gang, "
        f"men har brug for en fast person at spørge, når noget går galt.",
    ])
    if gmode == "ok":
        goal_val = goal_main(c)
        if goalform == "bullets":
            goal_items = [goal_val] + goal_sub(c)
        elif goalform == "long":
            goal_val = background + " " + goal_val + " " + rng.choice([
                "Undervejs arbejdes der med delmål om fremmøde og transport.",
                f"Det er aftalt, at {c.fn} selv skal kunne melde fravær, inden mentorforløbet slutter."])
    elif gmode == "unclear":
        goal_val = goal_unclear(c)
        if goalform == "long":
            goal_val = (background + " Målet er, at " + c.fn + " får mere ro på, trives bedre og får en "
                        "hverdag, der hænger sammen.")
        goalform = "para" if goalform == "smart" else goalform
        if goalform == "bullets":
            goal_items = [goal_val, "Mere overskud i hverdagen", "Bedre søvn"]
    elif gmode == "placeholder":
        goal_val = rng.choice(["Udfyldes ved opstartsmødet", "-", "Aftales senere"])
        goalform = "para"
    else:
        goalform = "none"
    tasks = tasks_list(c) if tmode == "ok" else None
    mentor = mentor_text(c, mmode, "prose" if layout == "letter" else "kv")
    dur = duration_text(c, dmode, dstyle)
    hrs = hours_text(c, hmode)
    fu = followup_text(c, fmode, fuform) if fuform != "buried" else None
    buried = FOLLOW_BURIED.format(kw=c.kommune_word) if fuform == "buried" and fmode == "ok" else None
    if amode == "ok":
        app = appeal_full(c)
    elif amode == "bad":
        app = appeal_bad(c, rng.randint(0, 3))
    else:
        app = None
    sign = [["Dato", "Underskrift"], [dfmt(c.letter, "dots"), f"{c.name} (borger)"],
            [dfmt(c.letter, "dots"), f"{c.cw} ({c.muni[1]})"], [dfmt(c.letter, "dots"), f"{c.mentor} (mentor)"]]

    if layout == "kvtable":
        blocks.append(("p", intro))
        blocks.append(("table", parties_table(c, cprin), True))
        rows = [["Felt", "Indhold"]]
        if goalform != "none":
            rows.append(["Målet med mentorstøtten", goal_val if goalform != "bullets" else " • ".join(goal_items)])
        rows.append(["Mentor", mentor])
        if tasks:
            rows.append(["Mentorens opgaver", "; ".join(tasks) + "." + (" " + buried if buried else "")])
        if dur is not None:
            rows.append(["Periode", dur])
        if hrs is not None:
            rows.append(["Timetal", hrs])
        if fu is not None:
            rows.append(["Opfølgning", fu])
        blocks.append(("table", rows, True))
        if goalform == "smart":
            blocks.append(("h", "Målet beskrevet SMART"))
            blocks.append(("table", smart_rows(c), True))
        if app:
            blocks += [("h", "Klagevejledning"), ("p", app)]
        blocks += [("h", "Underskrifter"), ("table", sign, True)]
    elif layout in ("headings", "smart"):
        blocks.append(("p", intro))
        blocks.append(("kv", "Borger", f"{c.name}, {c.addr}" + (f" (CPR {c.cpr})" if cprin else "")))
        blocks.append(("kv", "Sagsbehandler", f"{c.cw}, {c.muni[1]}, tlf. {c.cw_phone}"))
        if goalform != "none":
            blocks.append(("h", rng.choice(["Mål for forløbet", "Målet med mentorstøtten", "Mål og delmål"])))
            if layout == "smart" and gmode == "ok":
                blocks.append(("p", goal_val))
                blocks.append(("table", smart_rows(c), True))
            elif goalform == "bullets":
                blocks.append(("ul", goal_items))
            else:
                blocks.append(("p", goal_val))
        blocks.append(("h", "Mentor"))
        blocks.append(("p", mentor))
        if tasks:
            blocks.append(("h", rng.choice(["Mentorens opgaver", "Indsatsområder", "Det hjælper mentoren med"])))
            blocks.append(("ul", tasks))
            if buried:
                blocks.append(("p", buried))
        if dur is not None or hrs is not None:
            blocks.append(("h", "Varighed og omfang"))
            if dur is not None:
                blocks.append(("kv", "Periode", dur))
            if hrs is not None:
                blocks.append(("kv", "Timetal", hrs))
        if fu is not None:
            blocks.append(("h", "Opfølgning"))
            blocks.append(("p", fu))
        if app:
            blocks += [("h", rng.choice(["Klagevejledning", "Sådan klager du"])), ("p", app)]
        blocks += [("h", "Underskrifter"), ("table", sign, True)]
    elif layout == "numbered":
        blocks.append(("p", intro))
        blocks.append(("kv", "Navn", c.name))
        if cprin:
            blocks.append(("kv", "CPR-nr.", c.cpr))
        blocks.append(("kv", "Adresse", c.addr))
        n = 0
        def item(label, val):
            nonlocal n
            n += 1
            blocks.append(("p", f"{n}) {label}: {val}"))
        if goalform != "none":
            item("Målet med mentorstøtten", goal_val if goalform != "bullets" else goal_items[0])
            if goalform == "bullets":
                blocks.append(("ul", goal_items[1:]))
        item("Mentorens navn og kontaktdata", mentor)
        if tasks:
            item("Opgaver, som mentoren skal bistå ved", ", ".join(t[0].lower() + t[1:] for t in tasks)
                 + "." + (" " + buried if buried else ""))
        if dur is not None:
            item("Varighed", dur)
        if fu is not None:
            item("Opfølgning og mål for progression", fu)
        if hrs is not None:
            item("Timetal", hrs)
        if app:
            item("Klagevejledning", app)
        blocks.append(("p", f"Dato: {dfmt(c.letter, 'slash2')}"))
        blocks.append(("p", "Borger: ______________   Sagsbehandler: ______________   Mentor: ______________"))
    elif layout == "resptable":
        blocks.append(("p", intro))
        blocks.append(("table", parties_table(c, cprin), True))
        if goalform != "none":
            blocks.append(("h", "Formål"))
            if goalform == "bullets":
                blocks.append(("ul", goal_items))
            else:
                blocks.append(("p", goal_val))
        blocks.append(("kv", "Mentor", mentor))
        if dur is not None:
            blocks.append(("kv", "Forløbets varighed", dur))
        if hrs is not None:
            blocks.append(("kv", "Timer", hrs))
        blocks.append(("h", "Hvem gør hvad"))
        rows = [["Opgave", "Ansvarlig", "Hvornår"]]
        if tasks:
            for t in tasks:
                rows.append([t, "Mentor", "Løbende i forløbet"])
        rows.append([f"Møde op på {'praktikstedet' if c.job else 'skolen'} og melde fravær", c.fn, "Hver dag"])
        rows.append(["Bevilling og betaling af mentorstøtten", c.muni[1], "Ved opstart"])
        if fmode == "ok":
            if fuform == "buried" or fuform == "plain":
                rows.append(["Statusmøde om progression på delmålene", "Mentor og sagsbehandler", "Hver 2. måned"])
            else:
                rows.append(["Statusmøde og evaluering af progressionen", "Alle tre parter",
                             f"Hver 2. måned og senest {dlong(c.end - dt.timedelta(days=14))}"])
        elif fmode == "vague":
            rows.append(["Opfølgning", "Alle", "Efter behov"])
        blocks.append(("table", rows, True))
        if app:
            blocks += [("h", "Klagevejledning"), ("p", app)]
        blocks += [("h", "Underskrifter"), ("table", sign, True)]
    elif layout == "letter":
        blocks.append(("p", f"{c.name}\n{c.addr}"))
        blocks.append(("p", f"{c.prov[2].split(' ', 1)[1]}, {dlong(c.letter, True)}"))
        blocks.append(("p", f"Kære {c.fn}"))
        blocks.append(("p", "Her får du det, vi blev enige om på mødet med din mentor og din sagsbehandler, "
                            "skrevet ned."))
        if goalform != "none":
            if goalform == "bullets":
                blocks.append(("p", "Det arbejder vi hen imod:"))
                blocks.append(("ul", goal_items))
            else:
                blocks.append(("p", "Målet: " + goal_val))
        blocks.append(("p", mentor if mmode == "ok" else f"Din mentor: {mentor}."))
        if tasks:
            blocks.append(("p", "Mentoren skal hjælpe dig med dette:"))
            blocks.append(("ul", tasks))
            if buried:
                blocks.append(("p", buried))
        if dur is not None:
            blocks.append(("p", f"Aftalen gælder i perioden: {dur}."))
        if hrs is not None:
            if hrs.startswith("Vi mødes"):
                blocks.append(("p", f"{hrs} – det er den tid, du har med din mentor."))
            else:
                blocks.append(("p", f"Du har mentorstøtte {hrs.lower() if hrs[0].isupper() else hrs}."))
        if fu is not None:
            blocks.append(("p", fu))
        if app:
            blocks += [("h", "Hvis du vil klage"), ("p", app)]
        blocks.append(("p", f"Venlig hilsen\n{c.mentor}\n{c.prov[0]}"))
    return blocks


# ====================================================================== decisions

def build_decision(c, spec):
    rng = c.rng
    sub = spec["subtype"]
    d = spec["defects"]
    blocks = []
    lh = spec.get("lh", "plain")
    mhead = [c.muni[0], c.muni[1], c.muni[2], f"Tlf. {c.muni[3]}"]
    if lh != "none":
        blocks.append(("letterhead", mhead, lh))
    blocks.append(("p", f"{c.name}\n{c.addr}"))
    meta = f"Dato: {dlong(c.letter)}    Sagsnr.: {c.sagsnr}"
    if spec["cpr"]:
        meta += f"    CPR: {c.cpr}"
    blocks.append(("p", meta))
    over = "duration-over-6-months" in d
    period = None
    s = c.start
    e = six_end(s, 9 if sub == "partial" else rng.choice([9, 12])) if over else c.end
    if spec.get("exact6"):
        e = six_end(s, 6)
    kw = c.kommune_word
    if sub == "grant":
        blocks.append(("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                            "Du får mentorstøtte"])))
        blocks.append(("p", f"Du har søgt om mentorstøtte, og vi har besluttet at bevilge den. Du får mentorstøtte "
                            f"i perioden {dlong(s)} til {dlong(e)} med {c.hours} timer om ugen. Mentoren kommer fra "
                            f"{c.prov[0]}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du har brug for støtte til at fastholde "
                            f"{'din praktik' if c.job else 'din uddannelse'}, og at støtten ikke kan gives inden for "
                            f"de almindelige rammer. Afgørelsen er truffet efter lov om en aktiv "
                            f"beskæftigelsesindsats § 167, stk. 1."))
        period = (s, e)
    elif sub == "partial":
        asked_h = c.hours + rng.choice([2, 3, 4])
        kind_ = spec.get("partial_kind") or rng.choice(["hours", "period"])
        blocks.append(("title", rng.choice(["Afgørelse – delvis bevilling af mentorstøtte",
                                            "Delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte"])))
        if kind_ == "hours":
            blocks.append(("p", f"Du har søgt om mentorstøtte med {asked_h} timer om ugen. Vi bevilger {c.hours} "
                                f"timer om ugen i perioden fra {dfmt(s, 'long')} til {dfmt(e, 'long')}. Det betyder, at "
                                f"du får færre timer, end du har søgt om."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", f"Efter en konkret vurdering finder vi, at {c.hours} timer om ugen er tilstrækkeligt, "
                                f"fordi du allerede har en kontaktperson på "
                                f"{'praktikstedet' if c.job else 'skolen'}, som tager sig af den daglige støtte. "
                                f"Vi har lagt vægt på oplysningerne fra mødet {dlong(c.letter - dt.timedelta(days=7))}. "
                                f"Afgørelsen er truffet efter LAB § 167."))
        else:
            nmon = round((e - s).days / 30.4)
            blocks.append(("p", f"Du søgte om mentorstøtte i 12 måneder. Du får bevilget mentorstøtte i "
                                f"en periode på {nmon} måneder: fra {dlong(s)} til {dlong(e)}, "
                                f"{c.hours} timer pr. uge."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Mentorstøtte kan efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, gives i "
                                "en periode på højst 6 måneder ad gangen. Ved periodens udløb vurderer vi, om der er "
                                "behov for en ny periode."))
        period = (s, e)
    elif sub == "refusal":
        blocks.append(("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor",
                                            "Du får ikke mentorstøtte"])))
        blocks.append(("p", f"Du har {dlong(c.letter - dt.timedelta(days=20))} søgt om mentorstøtte. "
                            f"{kw.capitalize()} har besluttet at give dig afslag."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", rng.choice([
            "Mentorstøtte kan kun gives, når støtten har et mål om beskæftigelse eller uddannelse. Du har oplyst, at "
            "du ønsker hjælp til at ordne din økonomi og din bolig, og det er ikke et formål, der kan gives "
            "mentorstøtte til efter lov om en aktiv beskæftigelsesindsats § 167.",
            f"Du går allerede på {c.edu[0] if c.edu else 'FGU'}, hvor skolen tilbyder en kontaktlærer og SPS-støtte. "
            "Vi vurderer, at dit behov kan dækkes af skolens egne tilbud, og at mentorstøtte derfor ikke er "
            "nødvendig. Vi har lagt vægt på udtalelsen fra skolen.",
            "Du er i ordinær beskæftigelse på fuld tid og har ikke oplyst om forhold, der betyder, at du har brug for "
            "støtte ud over det, arbejdspladsen normalt giver. Vi har vurderet sagen efter LAB § 167.",
        ])))
    elif sub == "extension":
        blocks.append(("title", rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorforløb",
                                            "Din mentorstøtte forlænges"])))
        prev_s = add_months(s, -6)
        blocks.append(("p", f"Din mentorstøtte hos {c.prov[0]} har været bevilget fra {dlong(prev_s)} til "
                            f"{dlong(s - dt.timedelta(days=1))}. På statusmødet aftalte vi, at du har brug for mere tid."))
        blocks.append(("p", f"Vi har derfor besluttet at forlænge din mentorstøtte i en ny periode fra {dlong(s)} "
                            f"til {dlong(e)} med {c.hours} timer om ugen. Din mentor er fortsat {c.mentor}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt., finder vi, at du har brug "
                            f"for støtte for at {'fastholde praktikken' if c.job else 'gennemføre uddannelsen'}. Vi "
                            f"har lagt vægt på mentorens statusrapport og dine egne oplysninger."))
        period = (s, e)
    elif sub == "end":
        stop = c.end
        blocks.append(("title", rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte",
                                            "Din mentorstøtte stopper"])))
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte stopper {dlong(stop, True)}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", rng.choice([
            f"Du er nu ansat på ordinære vilkår hos {c.job[1] if c.job else 'din praktikplads'} og har ikke længere "
            "brug for mentorstøtte for at fastholde arbejdet.",
            "Du har ikke mødt op til de aftalte møder med din mentor siden forrige måned, og vi har ikke kunnet få "
            "kontakt til dig. Vi vurderer derfor, at støtten ikke længere kan bidrage til målet.",
            "Målet med mentorstøtten er nået: du har gennemført første del af uddannelsen med et fremmøde over 90 %."
        ])))
    # appeal
    mode = "ok"
    if spec.get("appeal_direct"):
        mode = "direct"
    if "missing-appeal-guidance" in d:
        mode = spec.get("appeal_bad") or rng.choice(["omit", "bad0", "bad3", "deadline_only"])
    spec["_appeal_mode"] = mode
    if mode == "ok":
        blocks += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])),
                   ("p", appeal_full(c))]
    elif mode.startswith("bad"):
        blocks += [("h", "Klagevejledning"), ("p", appeal_bad(c, int(mode[3])))]
    elif mode == "direct":
        blocks += [("h", "Klagevejledning"),
                   ("p", "Hvis du er uenig i afgørelsen, kan du klage til Ankestyrelsen inden 4 uger efter, at du "
                         "har modtaget brevet. Klagen sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV.")]
    elif mode == "deadline_only":
        blocks += [("h", "Klagevejledning"),
                   ("p", "Klagefristen er 4 uger fra den dag, du har modtaget dette brev.")]
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, {c.muni[1]}\nTlf. {c.cw_phone}"))
    return blocks, period


# ====================================================================== Min Plan

def build_minplan(c, spec):
    rng = c.rng
    d = spec["defects"]
    blocks = [("title", rng.choice(["Min Plan – mentorstøtte", "Min Plan", "Min Plan: Mentor"]))]
    blocks.append(("p", f"Udskrevet {dfmt(c.letter, 'dots')} af {c.muni[1]}. Borger: {c.name}"
                        + (f", CPR {c.cpr}" if spec["cpr"] else "")))
    rows = [["Felt", "Indhold"]]
    if "missing-goal" in d:
        pass
    elif "unclear-goal" in d:
        rows.append(["Mål", goal_unclear(c)])
    else:
        rows.append(["Mål", goal_main(c)])
    if "missing-mentor" in d:
        rows.append(["Mentor", rng.choice(["Ikke valgt endnu", c.mentor])])
    else:
        rows.append(["Mentor", f"{c.mentor}, {c.prov[0]}, tlf. {c.mentor_phone}"])
    if "missing-tasks" not in d:
        rows.append(["Mentorens opgaver", "; ".join(tasks_list(c))])
    over = "duration-over-6-months" in d
    e = six_end(c.start, rng.choice([9, 12])) if over else c.end
    period = None
    if "missing-duration" not in d:
        rows.append(["Periode", f"{dfmt(c.start, 'dots')} - {dfmt(e, 'dots')}"])
        period = (c.start, e)
    if "missing-hours" not in d:
        rows.append(["Timer", f"{c.hours} timer pr. uge"])
    if spec.get("layout") == "cards":
        blocks.append(("h", "Mentorstøtte (LAB § 167)"))
        for label, val in rows[1:]:
            blocks.append(("kv", label, val))
        blocks.append(("h", "Andre aktiviteter"))
        if c.job:
            blocks.append(("kv", "Virksomhedspraktik", f"{c.job[1]}, 15 timer om ugen"))
        else:
            blocks.append(("kv", "Uddannelse", f"{c.edu[0]}, {c.edu[1]}"))
    else:
        blocks.append(("h", "Mentorstøtte"))
        blocks.append(("table", rows, True))
    blocks.append(("p", f"Kontakt din sagsbehandler {c.cw} på tlf. {c.cw_phone}, hvis noget ikke passer."))
    return blocks, period


# ====================================================================== unknown

def build_unknown(c, fam, rng):
    p = c.prov
    if fam == "tilbud":
        b = [("letterhead", letterhead(c), "table"),
             ("title", f"Tilbud på mentorforløb til {c.muni[0]}"),
             ("p", f"{c.muni[1]}\nAtt.: {c.cw}\n{dlong(c.letter)}"),
             ("p", f"Tak for henvendelsen. {p[0]} tilbyder hermed at levere mentorstøtte efter LAB § 167 til borgere "
                   f"i {c.muni[0]}. Vores mentorer er uddannede socialrådgivere og pædagoger med erfaring fra "
                   f"beskæftigelsesområdet."),
             ("h", "Sådan arbejder vi"),
             ("ul", ["Opstartsmøde med borger og sagsbehandler, hvor mål og delmål aftales",
                     "Fast mentor gennem hele forløbet",
                     "Månedlig skriftlig status til jobcentret",
                     "Evaluering 14 dage før forløbet slutter"]),
             ("h", "Pris"),
             ("table", [["Ydelse", "Pris ekskl. moms"], ["Mentortime (direkte kontakt)", "465 kr."],
                        ["Opstartsmøde", "930 kr."], ["Kørsel", "Statens takst"]], True),
             ("p", "Tilbuddet er gældende i 3 måneder fra dags dato. Forløb bevilges af kommunen for højst 6 måneder "
                   "ad gangen."),
             ("p", f"Med venlig hilsen\n{c.mentor}\nDaglig leder, {p[0]}")]
        return b, "provider-offer"
    if fam == "tilbud_citizen":
        b = [("letterhead", letterhead(c), "textbox"),
             ("title", "Tilbud – mentorforløb"),
             ("p", f"Til {c.muni[1]}, att. {c.cw}. Vedr. borger med initialer {c.fn[0]}.{c.ln[0]}. (jeres henvisning af "
                   f"{dlong(c.letter)})"),
             ("p", f"Vi kan tilbyde et forløb med opstart i uge {c.start.isocalendar()[1]}. Vi foreslår "
                   f"{c.hours} timer om ugen i 3 måneder med mulighed for forlængelse og en fast mentor fra vores "
                   f"team i {p[2].split(' ', 1)[1]}."),
             ("p", "Forslag til indhold: afklaring af hverdagsstruktur, følgeskab til praktiksted, kontakt til "
                   "arbejdsgiver. Endelig aftale om mål, opgaver og opfølgning laves på trepartsmødet, når "
                   "kommunen har bevilget forløbet."),
             ("kv", "Pris", f"{c.hours * 13 * 465:,} kr. ekskl. moms".replace(",", ".")),
             ("p", f"Venlig hilsen\n{p[0]}")]
        return b, "provider-offer-citizen"
    if fam == "faktura":
        rows = [["Dato", "Ydelse", "Timer", "Beløb"]]
        tot = 0
        d0 = c.start
        for i in range(rng.randint(4, 7)):
            h = rng.choice([1.5, 2, 2.5, 3])
            rows.append([dfmt(d0 + dt.timedelta(days=7 * i), "dots"), "Mentorsamtale (direkte kontakt)",
                         f"{h:.1f}".replace(".", ","), f"{h * 465:.2f}".replace(".", ",")])
            tot += h * 465
        b = [("letterhead", letterhead(c), "table"),
             ("title", f"Faktura nr. {rng.randint(2026001, 2026400)}"),
             ("p", f"{c.muni[0]}\n{c.muni[1]}\nEAN: 5798000{rng.randint(100000, 999999)}"),
             ("kv", "Fakturadato", dlong(c.end)), ("kv", "Ordrenr./rekvisition", f"REK{rng.randint(100000, 999999)}"),
             ("kv", "Vedrørende", f"Mentorstøtte, borger-ID {rng.randint(1000, 9999)}, {MONTHS_(d0)}"),
             ("table", rows, True),
             ("kv", "I alt ekskl. moms", f"{tot:.2f} kr.".replace(".", ",")),
             ("kv", "Moms 25 %", f"{tot * .25:.2f} kr.".replace(".", ",")),
             ("p", f"Betalingsbetingelser: netto 30 dage. Bank: reg. {rng.randint(1000, 9999)} konto "
                   f"{rng.randint(1000000, 9999999)}.")]
        return b, "invoice"
    if fam == "status":
        b = [("letterhead", letterhead(c), rng.choice(["table", "plain"])),
             ("title", rng.choice(["Statusrapport – mentorforløb", "Progressionsrapport", "Midtvejsstatus"])),
             ("kv", "Borger", f"{c.name} (cpr.nr. {c.cpr})"), ("kv", "Mentor", c.mentor),
             ("kv", "Rapportperiode", f"{dlong(c.start)} – {dlong(c.start + dt.timedelta(days=60))}"),
             ("h", "Status på delmål"),
             ("table", [["Delmål", "Status"], ["Møder til tiden", "Opfyldt 7 af 8 uger"],
                        ["Tager selv bussen", "Delvist – kører selv tre dage om ugen"],
                        ["Åbner e-Boks", "Opfyldt"]], True),
             ("h", "Mentors vurdering"),
             ("p", f"{c.fn} har haft en god start. Der har været fravær i uge {c.start.isocalendar()[1] + 3} på grund af "
                   f"sygdom. Vi anbefaler, at forløbet fortsætter som aftalt, og at næste statusmøde holdes som planlagt."),
             ("p", f"Brugte timer i perioden: {c.hours * 8}")]
        return b, "progress-report"
    if fam == "ramme":
        b = [("title", "Rammeaftale om levering af mentorydelser – uddrag"),
             ("p", f"Rammeaftale mellem {c.muni[0]} og {p[0]} ({p[3]}). Bilag 2: Ydelsesbeskrivelse."),
             ("h", "2.1 Ydelsens indhold"),
             ("p", "Leverandøren yder mentorstøtte efter lov om en aktiv beskæftigelsesindsats kapitel 26 til de "
                   "borgere, kommunen henviser. For hver borger udarbejdes en skriftlig aftale, der mindst indeholder: "
                   "målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varighed og opfølgning "
                   "samt timetal."),
             ("h", "2.2 Opfølgning og rapportering"),
             ("p", "Leverandøren sender månedlig status og deltager i evaluering senest 14 dage før forløbets udløb."),
             ("h", "2.3 Varighed"),
             ("p", "Den enkelte bevilling gives for højst 6 måneder. Rammeaftalen løber fra 1. januar 2026 til "
                   "31. december 2027 med mulighed for forlængelse i 2 x 12 måneder."),
             ("h", "2.4 Priser"),
             ("p", "Timepris for mentorstøtte: 465 kr. ekskl. moms, reguleres 1. januar hvert år efter nettoprisindekset.")]
        return b, "framework-contract"
    if fam == "pjece":
        b = [("title", rng.choice(["Til dig, der skal have en mentor", "Hvad er en mentor?", "Mentorstøtte – kort fortalt"])),
             ("p", f"{c.muni[0]} kan give dig en mentor, hvis du har brug for støtte til at komme i job eller "
                   f"uddannelse. Mentoren kan komme fra kommunen eller fra en privat leverandør."),
             ("h", "Det står i din aftale"),
             ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvad mentoren skal hjælpe dig med",
                     "Hvor længe aftalen varer, og hvordan vi følger op", "Hvor mange timer om ugen du har mentor"]),
             ("h", "Hvor længe?"),
             ("p", "Du kan få mentor i op til 6 måneder ad gangen. Herefter vurderer vi, om du skal have en ny periode."),
             ("h", "Kan jeg klage?"),
             ("p", "Ja. Du kan klage over kommunens afgørelse inden 4 uger. Kommunen genvurderer sagen og sender den "
                   "til Ankestyrelsen, hvis afgørelsen fastholdes."),
             ("p", f"Spørgsmål? Ring til {c.muni[1]} på {c.muni[3]}.")]
        return b, "leaflet"
    if fam == "evaluering":
        b = [("letterhead", letterhead(c), "plain"),
             ("title", "Afsluttende evaluering af mentorforløb"),
             ("kv", "Borger", f"{c.name}, {c.cpr}"), ("kv", "Forløb", f"{dlong(c.start)} – {dlong(c.end)}"),
             ("p", f"Forløbet er afsluttet som planlagt. {c.fn} har nået hovedmålet og er startet i "
                   f"{c.job[2] if c.job else c.edu[0]}. Der er i alt brugt {c.hours * 24} timer."),
             ("p", "Mentor anbefaler ikke yderligere mentorstøtte."),
             ("p", f"{c.mentor}, {p[0]}")]
        return b, "final-evaluation"
    if fam == "moede":
        b = [("title", "Indkaldelse til trepartsmøde"),
             ("p", f"Kære {c.fn}"),
             ("p", f"Du inviteres til opstartsmøde om dit mentorforløb {dlong(c.start, True)} kl. 10.00 hos "
                   f"{p[0]}, {p[1]}, {p[2]}. Til stede er din sagsbehandler {c.cw} og din kommende mentor."),
             ("p", "På mødet laver vi aftalen om mål, opgaver, timer og opfølgning. Tag gerne en bisidder med."),
             ("p", f"Venlig hilsen\n{c.cw}, {c.muni[1]}")]
        return b, "meeting-invitation"
    raise ValueError(fam)


def MONTHS_(d):
    from content import MONTHS
    return f"{MONTHS[d.month - 1]} {d.year}"


# ====================================================================== plan

FORMATS_A = ["docx", "docx", "odt", "rtf", "pdf", "txt", "md", "html", "docx", "pdf", "odt", "docx", "rtf", "html", "pdf",
             "docx"]


def plan_specs(rng):
    specs = []
    # ---- agreements: 46
    defect_plan = (
        [set()] * 19 +
        [{"missing-goal"}, {"missing-goal"}, {"unclear-goal"}, {"unclear-goal"}, {"unclear-goal"},
         {"missing-mentor"}, {"missing-mentor"}, {"missing-tasks"}, {"missing-tasks"},
         {"missing-duration"}, {"missing-duration"}, {"missing-follow-up"}, {"missing-follow-up"},
         {"missing-follow-up"}, {"missing-hours"}, {"missing-hours"},
         {"missing-appeal-guidance"}, {"missing-appeal-guidance"}, {"missing-appeal-guidance"},
         {"duration-over-6-months"}, {"duration-over-6-months"},
         {"missing-appeal-guidance", "missing-follow-up"}, {"missing-hours", "unclear-goal"},
         {"missing-mentor", "missing-appeal-guidance"}, {"duration-over-6-months", "missing-follow-up"},
         {"missing-tasks", "missing-hours"}, {"missing-duration", "missing-appeal-guidance"}])
    layouts = ["kvtable", "headings", "numbered", "letter", "smart", "resptable"]
    goalforms = ["para", "bullets", "long", "para", "smart", "long", "bullets"]
    fuforms = ["schedule", "buried", "dates", "plain", "schedule", "buried"]
    lhs = ["table", "textbox", "plain", "table", "none", "textbox"]
    order = list(range(len(defect_plan)))
    rng.shuffle(order)
    for n, i in enumerate(order):
        lay = layouts[n % len(layouts)]
        fmt = FORMATS_A[n % len(FORMATS_A)]
        spec = dict(kind="agreement", subtype="agreement", layout=lay, fmt=fmt, defects=set(defect_plan[i]),
                    goalform="smart" if lay == "smart" else goalforms[(n // 6) % len(goalforms)],
                    fuform=fuforms[n % len(fuforms)], lh=lhs[n % len(lhs)],
                    dstyle=["long", "dots", "slash", "abbr", "long", "slash2", "iso"][n % 7],
                    cpr=rng.random() < 0.33)
        if fmt in ("txt", "md", "html", "rtf", "odt") and spec["lh"] in ("table", "textbox"):
            spec["lh"] = "plain"
        specs.append(spec)
    # edge: exact six months, clean; one-day-over flagged
    specs[0]["dur_ok"] = "exact6"
    # udskrivningskoordinator: 3 months before discharge + 6 after = 9 months, legitimate (LAB § 167 stk. 2)
    for s in specs:
        if not s["defects"] and s["layout"] == "headings" and s is not specs[0]:
            s["udskriv"] = True
            s["dur_ok"] = "udskriv"
            break
    # scanned: print to PDF, rasterise, OCR back (a provider's signed copy)
    nscan = 0
    for s in specs:
        if s["fmt"] == "pdf" and nscan < 2 and s["layout"] in ("kvtable", "numbered"):
            s["scan"] = True
            nscan += 1
    for s in specs:
        if "duration-over-6-months" in s["defects"]:
            s["over_mode"] = "over1day"
            break
    # ---- decisions: 26
    dec_plan = [
        ("grant", set()), ("grant", set()), ("grant", {"missing-appeal-guidance"}), ("grant", {"duration-over-6-months"}),
        ("grant", set()),
        ("partial", set()), ("partial", set()), ("partial", set()), ("partial", {"missing-appeal-guidance"}),
        ("partial", set()), ("partial", {"duration-over-6-months"}),
        ("refusal", set()), ("refusal", set()), ("refusal", {"missing-appeal-guidance"}), ("refusal", "direct"),
        ("extension", set()), ("extension", set()), ("extension", {"duration-over-6-months"}),
        ("extension", {"missing-appeal-guidance"}), ("extension", set()),
        ("extension", {"duration-over-6-months", "missing-appeal-guidance"}),
        ("end", set()), ("end", set()), ("end", {"missing-appeal-guidance"}), ("end", set()), ("end", {"missing-appeal-guidance"}),
    ]
    dfmts = ["docx", "pdf", "odt", "rtf", "txt", "html", "docx", "pdf", "md", "docx", "odt", "pdf", "rtf"]
    for n, (sub, dd) in enumerate(dec_plan):
        direct = dd == "direct"
        if direct:
            dd = set()
        specs.append(dict(kind="decision", subtype=sub, layout=f"letter-{sub}", fmt=dfmts[n % len(dfmts)],
                          defects=set(dd), cpr=rng.random() < 0.38,
                          lh=["plain", "table", "textbox", "none"][n % 4],
                          partial_kind=["hours", "period"][n % 2] if sub == "partial" else None,
                          appeal_direct=direct, extras=["appeal-wrong-route"] if direct else []))
    for s in specs:
        if s["kind"] == "decision" and s["fmt"] == "pdf" and s["subtype"] == "extension":
            s["scan"] = True
            break
    # ---- Min Plan: 12
    mp_plan = [set(), set(), set(), set(), set(), {"missing-hours"}, {"missing-mentor"}, {"unclear-goal"},
               {"duration-over-6-months"}, {"missing-tasks"}, {"missing-goal"}, {"missing-duration"}]
    mfmts = ["docx", "pdf", "txt", "html", "odt", "docx", "pdf", "md", "rtf", "docx", "html", "txt"]
    for n, dd in enumerate(mp_plan):
        specs.append(dict(kind="minplan", subtype="minplan", layout=["table", "cards"][n % 2], fmt=mfmts[n],
                          defects=set(dd), cpr=rng.random() < 0.25, lh="none"))
    # ---- unknown: 18
    ufams = ["tilbud", "tilbud_citizen", "faktura", "status", "ramme", "pjece", "evaluering", "moede",
             "tilbud", "faktura", "status", "pjece", "ramme", "faktura", "status", "tilbud_citizen", "pjece", "evaluering"]
    ufmts = ["docx", "docx", "pdf", "docx", "pdf", "html", "odt", "txt", "pdf", "rtf", "md", "pdf", "docx",
             "odt", "txt", "pdf", "md", "rtf"]
    for n, fam in enumerate(ufams):
        specs.append(dict(kind="unknown", subtype=fam, fmt=ufmts[n], defects=set(),
                          cpr=fam in ("status", "evaluering"), fam=fam))
    return specs


def slug(s):
    import re
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:40]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/go")
    ap.add_argument("--seed", type=int, default=1616)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    specs = plan_specs(rng)
    entries = []
    to_convert = []  # (src, dest)
    to_scan = []
    tmp = Path(tempfile.mkdtemp(prefix="go_src_"))
    for idx, spec in enumerate(specs):
        c = Case(random.Random(a.seed * 1000 + idx), idx)
        period = None
        if spec["kind"] == "agreement":
            blocks = build_agreement(c, spec)
            if not ({"missing-duration"} & spec["defects"]):
                m = spec["_modes"]["dur"]
                period = period_of(c, m)
            folder = f"leverandoer/{slug(c.prov[0])}"
            base = f"{idx:03d}-trepartsaftale-{slug(c.fn)}"
        elif spec["kind"] == "decision":
            blocks, period = build_decision(c, spec)
            folder = f"kommune/{slug(c.muni[0])}/afgoerelser"
            base = f"{idx:03d}-{spec['subtype']}-{slug(c.fn)}"
        elif spec["kind"] == "minplan":
            blocks, period = build_minplan(c, spec)
            folder = f"kommune/{slug(c.muni[0])}/minplan"
            base = f"{idx:03d}-minplan-{slug(c.fn)}"
        else:
            blocks, lay = build_unknown(c, spec["fam"], c.rng)
            spec["layout"] = lay
            folder = "diverse"
            base = f"{idx:03d}-{lay}"
        fmt = spec["fmt"]
        title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
        rel = f"{folder}/{base}.{fmt}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        traits = [f"family:{spec['layout']}"]
        if spec["kind"] == "agreement":
            traits += [f"goalform:{spec['goalform']}", f"followup:{spec['fuform']}", f"letterhead:{spec['lh']}",
                       f"datestyle:{spec['dstyle']}"]
            traits += [f"{k}:{v}" for k, v in spec["_modes"].items() if v != "ok"]
            if spec.get("udskriv"):
                traits.append("udskrivningskoordinator:9-months-legit")
        if spec["kind"] == "decision":
            traits.append(f"appeal:{spec['_appeal_mode']}")
            if spec.get("partial_kind"):
                traits.append(f"partial:{spec['partial_kind']}")
        if fmt == "docx":
            R.to_docx(blocks, dest, core_title=title)
            traits.append("made:python-docx")
        elif fmt == "odt":
            R.to_odt(blocks, dest)
            traits.append("made:odfpy")
        elif fmt == "rtf":
            dest.write_text(R.to_rtf(blocks), encoding="ascii")
            traits.append("made:hand-rtf")
        elif fmt == "txt":
            enc = "cp1252" if idx % 3 == 0 else "utf-8"
            dest.write_text(R.to_txt(blocks, "tab" if idx % 2 else "pipe"), encoding=enc)
            traits.append(f"encoding:{enc}")
        elif fmt == "md":
            dest.write_text(R.to_md(blocks), encoding="utf-8")
        elif fmt == "html":
            dest.write_text(R.to_html(blocks, title), encoding="utf-8")
        elif fmt == "pdf" and spec.get("scan"):
            src = tmp / f"{base}.docx"
            R.to_docx(blocks, src, core_title=title)
            to_scan.append((src, dest))
            traits.append("made:scan-ocr")
        elif fmt == "pdf":
            if idx % 3 == 0:
                R.to_pdf_reportlab(blocks, dest, title)
                traits.append("made:reportlab")
            else:
                srcext = "odt" if idx % 3 == 1 else "docx"
                src = tmp / f"{base}.{srcext}"
                if srcext == "docx":
                    R.to_docx(blocks, src, core_title=title)
                else:
                    R.to_odt(blocks, src)
                to_convert.append((src, dest))
                traits.append(f"made:soffice-from-{srcext}")
        if spec["cpr"]:
            traits.append("cpr")
        entry = {"path": rel, "format": fmt, "kind": spec["kind"],
                 "subtype": spec["subtype"] if spec["kind"] != "unknown" else "unknown",
                 "layout": spec["layout"], "rules": sorted(spec["defects"]), "extras": spec.get("extras", []), "error": None,
                 "accept_errors": [], "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if spec["cpr"] else [],
                 "traits": traits}
        if spec["kind"] == "unknown":
            entry["traits"].append(f"unknown:{spec['fam']}")
        if period:
            entry["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(entry)
    # batch-convert to PDF
    if to_convert:
        outdir = tmp / "pdf"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_go_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in to_convert],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, dest in to_convert:
            shutil.move(str(outdir / (src.stem + ".pdf")), dest)
    if to_scan:
        sdir = tmp / "scan"
        sdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_go_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(sdir)] + [str(s) for s, _ in to_scan],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, dest in to_scan:
            pdf = sdir / (src.stem + ".pdf")
            subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(sdir / src.stem)], check=True)
            pages = sorted(sdir.glob(src.stem + "-*.png"))
            parts = []
            for pg in pages:
                base_out = str(pg.with_suffix(""))
                subprocess.run(["tesseract", str(pg), base_out, "-l", "dan", "pdf"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                parts.append(base_out + ".pdf")
            from pypdf import PdfWriter
            w = PdfWriter()
            for part in parts:
                w.append(part)
            with open(dest, "wb") as fh:
                w.write(fh)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
