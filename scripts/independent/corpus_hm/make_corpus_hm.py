#!/usr/bin/env python3
"""Corpus HM: long mentor documents (4-12 pages) where the required content is buried.

Usage: /work/main/.venv/bin/python make_corpus_hm.py --out /work/corpora/hm [--seed 18]
"""
import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402
import render as R  # noqa: E402

FIELDS = ["goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"]
RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
        "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
        "appeal": "missing-appeal-guidance", "over6": "duration-over-6-months", "unclear": "unclear-goal"}


# ---------------------------------------------------------------- helpers
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d, style):
    if style == 0:
        return f"{d.day}. {C.MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}. {C.MONTHS_ABBR[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def cpr(rng):
    d = dt.date(rng.randint(1965, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def person(rng):
    return rng.choice(C.FIRST), rng.choice(C.LAST)


def make_ctx(rng):
    fn, ln = person(rng)
    female = fn in {"Anna", "Sara", "Louise", "Fatima", "Maja", "Nadia", "Camilla", "Line", "Julie", "Amalie",
                    "Signe", "Helle", "Yasmin", "Mette", "Katrine"}
    kom = rng.choice(C.KOMMUNER)
    mfn, mln = person(rng)
    while mfn == fn:
        mfn, mln = person(rng)
    cfn, cln = person(rng)
    prov, dom = rng.choice(C.PROVIDERS)
    ctx = dict(fn=fn, ln=ln, name=f"{fn} {ln}", pron="hun" if female else "han", Pron="Hun" if female else "Han",
               pron_obj="hende" if female else "ham", age=rng.randint(19, 58), town=kom,
               kommune=kom, kom_l=kom.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
               unit=rng.choice(["Jobcenter " + kom, "Job og Ydelse", "Center for Arbejdsmarked", "Ungeenheden",
                                "Beskæftigelsesafdelingen"]),
               mentor=f"{mfn} {mln}", mfn=mfn, prov=prov, prov_dom=dom, mphone=phone(rng),
               mmail=f"{mfn.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@{dom}",
               cw=f"{cfn} {cln}", cwphone=phone(rng), school=rng.choice(C.SCHOOLS), company=rng.choice(C.COMPANIES),
               sagsnr=f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26",
               week=rng.randint(10, 40))
    ctx["cwmail"] = f"{cfn.lower()[:3]}{cln.lower()[:2]}@{ctx['kom_l']}.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return ctx


def f(s, ctx):
    return s.format(**ctx)


def make_period(rng, over, kind="normal"):
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15]))
    if over:
        choice = rng.choice(["8m", "9m", "12m", "plus1", "7m"])
        end = {"8m": add_months(start, 8) - dt.timedelta(days=1), "9m": add_months(start, 9) - dt.timedelta(days=1),
               "12m": add_months(start, 12) - dt.timedelta(days=1), "plus1": add_months(start, 6),
               "7m": add_months(start, 7) - dt.timedelta(days=1)}[choice]
        return start, end, f"over:{choice}"
    choice = rng.choice(["6m", "6m", "5m", "4m", "3m"])
    months = int(choice[0])
    return start, add_months(start, months) - dt.timedelta(days=1), f"period:{choice}"


def period_text(start, end, rng):
    st = rng.randint(0, 5)
    a, b = fmt_date(start, st), fmt_date(end, st)
    return rng.choice([f"{a} – {b}", f"{a} til {b}", f"fra {a} til og med {b}", f"f.o.m. {a} t.o.m. {b}",
                       f"{a} - {b}"])


# ---------------------------------------------------------------- agreements
def agreement(rng, ctx, defects, layout, traits):
    """Return (blocks, header, footer, period)."""
    over = "over6" in defects
    start, end, ptrait = make_period(rng, over)
    traits.append(ptrait)
    ptxt = period_text(start, end, rng)
    missing = {d for d in defects if d in FIELDS}
    goal = f(rng.choice(C.VAGUE_GOALS if "unclear" in defects else C.CLEAR_GOALS), ctx)
    subgoals = [f(s, ctx) for s in rng.choice(C.SUBGOALS)]
    tasks = [f(s, ctx) for s in rng.choice(C.TASKS)]
    hours = rng.choice(C.HOURS)
    fu = f(rng.choice(C.FOLLOWUPS), ctx)
    appeal = f(rng.choice(C.APPEAL_FULL), ctx)
    mentor_line = f"{ctx['mentor']}, {ctx['prov']}, tlf. {ctx['mphone']}, {ctx['mmail']}"

    # placements
    pl = {k: rng.choice(opts) for k, opts in {
        "goal": ["section", "actionplan", "appendix", "section"],
        "mentor": ["table", "section", "signature", "appendix"],
        "tasks": ["section", "method", "actiontable"],
        "duration": ["table", "intro", "practical"],
        "follow_up": ["section", "actionplan", "risk", "appendix"],
        "hours": ["table", "method", "practical"],
        "appeal": ["section", "appendix", "after_sign"]}.items()}
    if "goal" in missing and pl["follow_up"] == "actionplan":
        pl["follow_up"] = "section"
    if "goal" in missing or "unclear" in defects:
        subgoals = []
    for k, v in pl.items():
        traits.append(f"{k}@{v}" if k not in missing else f"{k}@missing")
    split_field = rng.choice(["tasks", "goal", "appeal", "follow_up", "background"])
    traits.append(f"split:{split_field}")

    def para(field, text):
        if field == split_field and len(text) > 80:
            words = text.split()
            cut = max(4, len(words) // 2)
            return ("split", " ".join(words[:cut]), " ".join(words[cut:]))
        return ("p", text)

    info = [["Borger", ctx["name"]]]
    if ctx.get("cpr"):
        info.append(["CPR-nr.", ctx["cpr"]])
    info += [["Sagsnummer", ctx["sagsnr"]],
             ["Sagsbehandler", f"{ctx['cw']}, {ctx['unit']}, tlf. {ctx['cwphone']}"],
             ["Lovgrundlag", rng.choice(["LAB § 167", "Lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
                                         "§ 167 i LAB (tidl. § 31 b)"])]]
    if "mentor" not in missing and pl["mentor"] == "table":
        info.append(["Mentor", mentor_line])
    if "duration" not in missing and pl["duration"] == "table":
        info.append(["Periode", ptxt])
    if "hours" not in missing and pl["hours"] == "table":
        info.append(["Timetal", hours])
    if "duration" in missing and rng.random() < 0.5:
        info.append(["Periode", f"Fra {fmt_date(start, 0)} og indtil videre"])
        traits.append("duration:open-ended")

    title = rng.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorforløb", "Mentoraftale",
                        "Aftale og handleplan for mentorforløb", "Aftale om mentorstøtte efter LAB § 167"])
    B = [("title", title), ("p", f"{ctx['kommune']} Kommune · {ctx['unit']}"), ("table", info)]

    # 1 indledning
    B.append(("h1", "1. Indledning"))
    intro = (f"Denne aftale beskriver mentorforløbet for {ctx['name']}. Aftalen er indgået mellem {ctx['fn']}, "
             f"{ctx['kommune']} Kommune og mentorleverandøren {ctx['prov']}. Mentorstøtten er bevilget efter "
             f"lov om en aktiv beskæftigelsesindsats § 167 og skal ses sammen med de øvrige aktiviteter i Min Plan.")
    if "duration" not in missing and pl["duration"] == "intro":
        intro += f" Aftalen gælder {ptxt}."
    B.append(("p", intro))
    B.append(("p", "Aftalen er lang, fordi den også samler de oplysninger, som mentoren har brug for i starten af "
                   "forløbet. De vigtigste punkter står i afsnittene om mål, opgaver og opfølgning."))

    # 2 baggrund
    B.append(("h1", "2. Baggrund"))
    B.append(para("background", f(rng.choice(C.BACKGROUND), ctx) + " " + f(rng.choice(C.RESOURCES), ctx)
                  .replace("Ressourcer: ", "Sagsbehandler har noteret følgende om ressourcerne: ")))
    B.append(("h2", "Sagens forløb indtil nu"))
    jd = dt.date(2025, rng.randint(3, 9), rng.randint(1, 28))
    rows = [["Dato", "Notat"]]
    for j in rng.sample(C.JOURNAL, 6):
        jd += dt.timedelta(days=rng.randint(9, 30))
        rows.append([fmt_date(jd, 1), f(j, ctx)])
    B.append(("table", rows))
    B.append(("h2", "Ressourcer og barrierer"))
    B.append(("p", f(rng.choice(C.RESOURCES), ctx)))
    B.append(("p", f(rng.choice(C.BARRIERS), ctx)))
    B.append(("h2", "Helbred"))
    for h in rng.sample(C.HEALTH[:3], 2):
        B.append(("p", f(h, ctx)))
    B.append(("h2", "Familie og netværk"))
    B.append(("p", f(rng.choice(C.FAMILY), ctx)))
    B.append(("h2", "Tidligere forløb"))
    prev = rng.choice(C.PREVIOUS)
    B.append(("table", [["Forløb", "Periode", "Resultat"]] + [[f(a, ctx), b, c] for a, b, c in prev]))
    B.append(("p", "De tidligere forløb er medtaget for overblikkets skyld og indgår ikke i denne aftale."))
    if rng.random() < 0.5:
        B.append(("pb",))

    # 3 mål
    if "goal" not in missing and pl["goal"] == "section":
        B.append(("h1", "3. Mål for mentorstøtten"))
        B.append(para("goal", goal))
        if subgoals:
            B.append(("h2", "Delmål"))
            B.append(("ul", subgoals))

    # borgerens egne ord
    B.append(("h1", "Borgerens egne ord"))
    B.append(("p", f(rng.choice(C.OWNWORDS), ctx)))
    B.append(("p", f"{ctx['fn']} har læst udkastet til aftalen og er enig i beskrivelsen."))

    # mentor section
    if "mentor" not in missing and pl["mentor"] == "section":
        B.append(("h1", "Din mentor"))
        B.append(("p", f"Din mentor er {ctx['mentor']} fra {ctx['prov']}. Du kan fange {ctx['mfn']} på tlf. "
                       f"{ctx['mphone']} eller skrive til {ctx['mmail']}. Mentor har tavshedspligt."))
    elif "mentor" in missing:
        if rng.random() < 0.5:
            B.append(("h1", "Din mentor"))
            B.append(("p", f"Din mentor bliver {ctx['mentor']} fra {ctx['prov']}. Kontaktoplysninger følger, når "
                           f"forløbet er startet."))
            traits.append("mentor:name-only")
        else:
            B.append(("h1", "Mentor"))
            B.append(("p", "Mentor udpeges af leverandøren inden opstart."))
            traits.append("mentor:not-appointed")

    # metode (+ tasks/hours)
    B.append(("h1", "Mentorens metode" + (" og opgaver" if ("tasks" not in missing and pl["tasks"] == "method") else "")))
    B.append(("p", rng.choice(C.METHOD)))
    if "tasks" not in missing and pl["tasks"] == "method":
        B.append(("p", f"Konkret skal {ctx['mfn'] if 'mentor' not in missing else 'mentor'}:"))
        B.append(("ul", tasks))
    if "hours" not in missing and pl["hours"] == "method":
        B.append(("p", f"Mentor har afsat {hours} til forløbet. Forberedelse og transport tæller ikke med."))
    if "hours" in missing and rng.random() < 0.5:
        B.append(("p", f"Omfanget af støtten aftales {rng.choice(C.VAGUE_HOURS)}."))
        traits.append("hours:vague")
    B.append(("p", rng.choice(C.METHOD)))

    if "tasks" not in missing and pl["tasks"] == "section":
        B.append(("h1", "Mentorens opgaver"))
        B.append(para("tasks", f"{ctx['fn']} og mentor har aftalt, at mentor skal hjælpe med følgende: "
                               + "; ".join(t[0].lower() + t[1:] for t in tasks) + "."))

    # handleplan
    if ("goal" not in missing and pl["goal"] == "actionplan") or pl["follow_up"] == "actionplan" or \
            ("tasks" not in missing and pl["tasks"] == "actiontable"):
        B.append(("h1", "Handleplan"))
        if "goal" not in missing and pl["goal"] == "actionplan":
            B.append(para("goal", "Hovedmål: " + goal))
            if subgoals:
                B.append(("p", "Delmål undervejs:"))
                B.append(("ul", subgoals))
        if "tasks" not in missing and pl["tasks"] == "actiontable":
            rows = [["Aktivitet", "Ansvarlig", "Hvornår"]]
            for t in tasks:
                rows.append([t, "Mentor", rng.choice(["Fra opstart", "Løbende", "De første 4 uger", "Ugentligt"])])
            rows.append([f"Møde op og melde fravær", ctx["fn"], "Hver dag"])
            rows.append(["Bevilling og Min Plan", "Sagsbehandler", "Ved opstart"])
            B.append(("table", rows))
        if pl["follow_up"] == "actionplan" and "follow_up" not in missing:
            B.append(para("follow_up", fu))
    if "pb" not in [b[0] for b in B[-6:]] and rng.random() < 0.5:
        B.append(("pb",))

    # opfølgning
    if "follow_up" not in missing and pl["follow_up"] == "section":
        B.append(("h1", "Opfølgning og progression"))
        B.append(para("follow_up", fu))
    elif "follow_up" in missing and rng.random() < 0.6:
        B.append(("h1", "Opfølgning"))
        B.append(("p", rng.choice(C.VAGUE_FOLLOWUP)))
        traits.append("follow_up:vague")

    B.append(("h1", "Forventninger til samarbejdet"))
    B.append(("p", f"{ctx['fn']} har selv formuleret disse forventninger til sin egen indsats:"))
    B.append(("ul", rng.sample(C.EXPECT, 3)))
    B.append(("p", "Kommunen sørger for, at bevillingen er på plads, og at Min Plan er opdateret."))

    # risiko
    B.append(("h1", "Risikovurdering"))
    B.append(("p", f(rng.choice(C.RISK), ctx)))
    if "follow_up" not in missing and pl["follow_up"] == "risk":
        B.append(para("follow_up", "Risikovurderingen og forløbet som helhed gennemgås på opfølgningsmøderne: " + fu))

    # praktiske forhold
    B.append(("h1", "Praktiske forhold"))
    prac = [f"Møderne holdes som udgangspunkt i {ctx['prov']}s lokaler eller på praktikstedet. Aflysning skal ske "
            f"senest dagen før."]
    if "duration" not in missing and pl["duration"] == "practical":
        prac.append(f"Mentorstøtten er bevilget i perioden {ptxt}.")
    if "hours" not in missing and pl["hours"] == "practical":
        prac.append(f"Der er bevilget {hours} mentorstøtte.")
    B.append(("p", " ".join(prac)))
    B.append(("p", "Mentor må ikke udføre opgaver, som normalt hører til arbejdspladsens eller skolens egne "
                   "medarbejdere. Der skal være direkte kontakt mellem mentor og borger i de bevilgede timer."))

    # databeskyttelse
    B.append(("h1", "Samtykke og databeskyttelse"))
    B.append(("p", f(C.GDPR, ctx)))
    B.append(("p", f"{ctx['fn']} giver samtykke til, at mentor og sagsbehandler udveksler oplysninger om fremmøde "
                   "og trivsel. Samtykket kan til enhver tid trækkes tilbage."))

    appeal_block = []
    if "appeal" not in missing:
        appeal_block = [("h1", "Klagevejledning"), para("appeal", appeal)]
    else:
        r = rng.random()
        if r < 0.4:
            appeal_block = [("h1", "Klagevejledning"), ("p", rng.choice(C.APPEAL_INCOMPLETE))]
            traits.append("appeal:incomplete")
        elif r < 0.6:
            appeal_block = [("h1", "Klagevejledning"), ("p", C.APPEAL_OTHER)]
            traits.append("appeal:other-subject")
        else:
            traits.append("appeal:absent")
    if pl["appeal"] == "section":
        B += appeal_block

    # underskrifter
    B.append(("pb",))
    B.append(("h1", "Underskrifter"))
    B.append(("p", rng.choice(C.SIGNOFF)))
    sig = [["Borger", f"{ctx['name']}", "Dato og underskrift: ______________"],
           ["Sagsbehandler", f"{ctx['cw']}, {ctx['unit']}", "Dato og underskrift: ______________"]]
    if "mentor" not in missing and pl["mentor"] == "signature":
        sig.append(["Mentor", mentor_line, "Dato og underskrift: ______________"])
    else:
        sig.append(["Mentor", "", "Dato og underskrift: ______________"] if "mentor" in missing else
                   ["Mentor", ctx["mentor"], "Dato og underskrift: ______________"])
    B.append(("table", sig))
    if pl["appeal"] == "after_sign":
        B += appeal_block

    # appendices
    n = 1
    if "mentor" not in missing and pl["mentor"] == "appendix":
        B += [("pb",), ("h1", f"Bilag {n}: Kontaktoplysninger"),
              ("table", [["Rolle", "Navn", "Kontakt"],
                         ["Mentor", f"{ctx['mentor']} ({ctx['prov']})", f"{ctx['mphone']} / {ctx['mmail']}"],
                         ["Sagsbehandler", ctx["cw"], f"{ctx['cwphone']} / {ctx['cwmail']}"]])]
        n += 1
    if "goal" not in missing and pl["goal"] == "appendix":
        B += [("h1", f"Bilag {n}: Mål og delmål"), para("goal", "Målet med mentorstøtten: " + goal)]
        if subgoals:
            B.append(("ul", subgoals))
        n += 1
    if "follow_up" not in missing and pl["follow_up"] == "appendix":
        B += [("h1", f"Bilag {n}: Plan for opfølgning"), para("follow_up", fu)]
        n += 1
    if pl["appeal"] == "appendix" and appeal_block:
        appeal_block[0] = ("h1", f"Bilag {n}: Klagevejledning")
        B += appeal_block
        n += 1
    if rng.random() < 0.4:
        B += [("h1", f"Bilag {n}: Uddrag af kvalitetsstandard for mentorstøtte"),
              ("p", "Det fremgår af kommunens kvalitetsstandard, at en skriftlig aftale skal indeholde målet med "
                    "mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, "
                    "varigheden af aftalen og opfølgning, timetallet for mentorstøtten samt klagevejledning. "
                    "Mentorstøtte kan bevilges i højst 6 måneder ad gangen."),
              ("ul", ["Niveau 1: 0-1 time pr. uge – opfølgning hver 3. måned",
                      "Niveau 2: 1-2 timer pr. uge – opfølgning hver måned",
                      "Niveau 3: mere end 2 timer pr. uge – opfølgning hver måned"])]
        traits.append("appendix:quoted-standard")
    header = f"{ctx['kommune']} Kommune – {title} – {ctx['name']}" + (f" – {ctx['cpr']}" if ctx.get("cpr") and rng.random() < 0.5 else "")
    footer = f"Sagsnr. {ctx['sagsnr']}"
    period = None if "duration" in missing else {"start": start.isoformat(), "end": end.isoformat()}
    return B, header, footer, period


# ---------------------------------------------------------------- decisions
LAW_167 = ("§ 167. Personer omfattet af § 6 kan få mentorstøtte, hvis det vurderes at være nødvendigt for, at "
           "personen kan opnå eller fastholde beskæftigelse eller uddannelse. Mentorstøtten gives i en periode på "
           "højst 6 måneder. Personerne kan efter en konkret vurdering gives mentorstøtte i en ny periode på op til "
           "6 måneder ved udløb af en periode.")
LAW_FVL24 = ("Forvaltningslovens § 24, stk. 1: En begrundelse for en afgørelse skal indeholde en henvisning til de "
             "retsregler, i henhold til hvilke afgørelsen er truffet. I det omfang, afgørelsen efter disse regler "
             "beror på et administrativt skøn, skal begrundelsen tillige angive de hovedhensyn, der har været "
             "bestemmende for skønsudøvelsen.")


def decision(rng, ctx, subtype, defects, traits):
    over = "over6" in defects
    letter_date = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    B = [("p", f"{ctx['kommune']} Kommune\n{ctx['unit']}"),
         ("table", [["Dato", fmt_date(letter_date, 0)], ["Sagsnr.", ctx["sagsnr"]],
                    ["Sagsbehandler", f"{ctx['cw']}, tlf. {ctx['cwphone']}"]] +
          ([["CPR-nr.", ctx["cpr"]]] if ctx.get("cpr") else [])),
         ("p", f"{ctx['name']}\n{rng.choice(['Storegade', 'Vestergade', 'Parkvej', 'Skolevej'])} {rng.randint(1, 99)}")]
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Delvis bevilling af mentorstøtte",
             "refusal": "Afslag på ansøgning om mentorstøtte", "extension": "Forlængelse af mentorstøtte",
             "end": "Ophør af mentorstøtte"}[subtype]
    B.append(("title", title))
    asked = fmt_date(letter_date - dt.timedelta(days=rng.randint(10, 30)), 0)
    period = None
    if subtype in ("grant", "partial", "extension"):
        start, end, ptrait = make_period(rng, over)
        traits.append(ptrait)
        period = {"start": start.isoformat(), "end": end.isoformat()}
        ptxt = period_text(start, end, rng)
        hours = rng.choice(C.HOURS)
        if subtype == "grant":
            B.append(("p", f"Du har den {asked} søgt om mentorstøtte. Vi har nu truffet afgørelse i din sag. "
                           f"Du får mentorstøtte i perioden {ptxt}."))
        elif subtype == "partial":
            B.append(("p", f"Du har den {asked} søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi kan "
                           f"give dig mentorstøtte i perioden {ptxt}, men med færre timer end du søgte om."))
        else:
            B.append(("p", f"Din nuværende periode med mentorstøtte udløber snart. Vi har vurderet din sag igen, "
                           f"og din mentorstøtte forlænges. Den nye periode er {ptxt}."))
        B.append(("h1", "Sådan ser din mentorstøtte ud"))
        B.append(("table", [["Periode", ptxt], ["Timetal", hours],
                            ["Mentor", f"{ctx['mentor']}, {ctx['prov']}, tlf. {ctx['mphone']}"],
                            ["Formål", f(rng.choice(C.CLEAR_GOALS), ctx)]]))
        B.append(("p", "Den skriftlige aftale om mentorstøtten laver du sammen med din mentor og sagsbehandler ved "
                       "opstartsmødet. Aftalen lægges også i Min Plan."))
    elif subtype == "refusal":
        B.append(("p", f"Du har den {asked} søgt om mentorstøtte. Vi har vurderet din ansøgning, og du får afslag."))
    else:
        endd = dt.date(2026, rng.randint(3, 11), rng.choice([15, 28]))
        B.append(("p", f"Din mentorstøtte ophører den {fmt_date(endd, 0)}. Du har haft mentorstøtte siden "
                       f"{fmt_date(add_months(endd, -5), 0)}, og vi vurderer, at du nu kan klare dig uden."))
        traits.append("period:past")
    B.append(("h1", "Sagens oplysninger"))
    B.append(("p", f(rng.choice(C.BACKGROUND), ctx)))
    B.append(("p", f(rng.choice(C.HEALTH), ctx)))
    B.append(("p", f"Vi har lagt vægt på oplysningerne fra samtalen den {fmt_date(letter_date - dt.timedelta(days=35), 0)}, "
                   f"statusattesten fra egen læge og mentors statusnotat. Du har haft mulighed for at kommentere "
                   f"oplysningerne."))
    B.append(("h1", "Begrundelse"))
    reason = {
        "grant": f"Vi vurderer, at du har brug for mentorstøtte for at kunne gennemføre dit forløb. Det er især "
                 f"overgangen til nye rammer og de mange praktiske opgaver, der gør det svært for dig at fastholde "
                 f"fremmødet uden støtte.",
        "partial": f"Vi har lagt vægt på, at mentorstøtte efter loven gives i højst 6 måneder ad gangen, og at dit "
                   f"behov efter vores vurdering kan dækkes med færre timer, fordi du også har støtte fra skolens "
                   f"studievejleder.",
        "extension": f"Du har gjort gode fremskridt, men har stadig brug for støtte i overgangen. Vi har foretaget en "
                     f"konkret vurdering og finder, at en ny periode er nødvendig.",
        "refusal": f"Vi vurderer ikke, at mentorstøtte er nødvendig for, at du kan opnå eller fastholde beskæftigelse "
                   f"eller uddannelse. Du får allerede støtte gennem SPS på skolen, og du har selv fortalt, at det går "
                   f"godt med fremmødet.",
        "end": f"Målet med mentorstøtten er nået: du møder stabilt og har selv kontakten til arbejdspladsen. "
               f"Der er derfor ikke længere grundlag for mentorstøtte efter § 167."}[subtype]
    B.append(("p", reason))
    B.append(("p", "Vi har lagt vægt på hensynet til, at indsatsen skal være nødvendig og målrettet beskæftigelse "
                   "eller uddannelse, og på dine egne ønsker. Afgørelsen er truffet efter et skøn."))
    B.append(("h1", "Lovgrundlag"))
    B.append(("p", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Bestemmelsen lyder:"))
    B.append(("p", "»" + LAW_167 + "«"))
    B.append(("p", "Efter forvaltningsloven skal en afgørelse begrundes. " + LAW_FVL24))
    B.append(("p", "Reglerne om mentorstøtte er uddybet i bekendtgørelse om en aktiv beskæftigelsesindsats kapitel 17 "
                   "og i STAR's vejledning om mentorordningen."))
    if rng.random() < 0.5:
        B.append(("pb",))
    missing_appeal = "appeal" in defects
    if not missing_appeal:
        B.append(("h1", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        txt = f(rng.choice(C.APPEAL_FULL), ctx)
        if rng.random() < 0.5:
            w = txt.split()
            B.append(("split", " ".join(w[:len(w) // 2]), " ".join(w[len(w) // 2:])))
            traits.append("split:appeal")
        else:
            B.append(("p", txt))
    else:
        r = rng.random()
        if r < 0.45:
            B.append(("h1", "Klagevejledning"))
            B.append(("p", rng.choice(C.APPEAL_INCOMPLETE)))
            traits.append("appeal:incomplete")
        elif r < 0.65:
            B.append(("h1", "Klagevejledning"))
            B.append(("p", C.APPEAL_OTHER))
            traits.append("appeal:other-subject")
        else:
            traits.append("appeal:absent")
    B.append(("h1", "Behandling af dine personoplysninger"))
    B.append(("p", f(C.GDPR, ctx)))
    B.append(("p", f"Med venlig hilsen\n{ctx['cw']}\n{ctx['unit']}"))
    header = f"{ctx['kommune']} Kommune · {title}"
    return B, header, f"{ctx['kommune']} Kommune · {ctx['unit']}", period


# ---------------------------------------------------------------- Min Plan
def minplan(rng, ctx, defects, traits):
    over = "over6" in defects
    missing = {d for d in defects if d in FIELDS}
    start, end, ptrait = make_period(rng, over)
    traits.append(ptrait)
    ptxt = period_text(start, end, rng)
    goal = f(rng.choice(C.VAGUE_GOALS if "unclear" in defects else C.CLEAR_GOALS), ctx)
    tasks = [f(s, ctx) for s in rng.choice(C.TASKS)]
    B = [("title", rng.choice(["Min Plan", "Min Plan – udskrift", "Min Plan (udskrevet fra Mit Job)"])),
         ("table", [["Navn", ctx["name"]]] + ([["CPR-nr.", ctx["cpr"]]] if ctx.get("cpr") else []) +
          [["Målgruppe", rng.choice(["Aktivitetsparat kontanthjælpsmodtager", "Uddannelseshjælp, aktivitetsparat",
                                     "Jobafklaringsforløb", "Sygedagpenge, kategori 2"])],
           ["Kontaktperson i kommunen", f"{ctx['cw']}, tlf. {ctx['cwphone']}"],
           ["Udskrevet", fmt_date(dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)), 1)]])]
    if "goal" not in missing and "unclear" not in defects:
        B += [("h1", "Mit mål"), ("p", "Mit jobmål: " + rng.choice(["lager og logistik", "butik", "køkken og kantine",
                                                                     "social- og sundhedsområdet", "rengøring"]))]
    B.append(("h1", "Aktuelle aktiviteter"))
    other = [("Virksomhedspraktik", f"{ctx['company']}", "Igangværende", f"{fmt_date(add_months(start, -2), 1)} – "
              f"{fmt_date(add_months(start, 10), 1)}", "12 timer pr. uge"),
             ("Uddannelse", ctx["school"], "Igangværende", f"{fmt_date(dt.date(2025, 8, 11), 1)} – "
              f"{fmt_date(dt.date(2027, 6, 25), 1)}", "25 timer pr. uge"),
             ("Behandling: Genoptræning hos fysioterapeut", "Sundhedscentret", "Igangværende",
              f"{fmt_date(dt.date(2025, 11, 1), 1)} – {fmt_date(dt.date(2026, 10, 31), 1)}", "2 gange pr. uge")]
    rng.shuffle(other)
    for t, sted, st, per, hrs in other[:2]:
        B += [("h2", f"{t} [{st}]"),
              ("table", [["Sted", sted], ["Periode", per], ["Omfang", hrs],
                         ["Kontaktperson", f"{rng.choice(C.FIRST)} {rng.choice(C.LAST)}, tlf. {phone(rng)}"]])]
    rows = []
    if "goal" not in missing:
        rows.append(["Formål med mentorstøtten", goal])
    if "mentor" not in missing:
        rows.append(["Mentor", f"{ctx['mentor']}, {ctx['prov']}, {ctx['mphone']}, {ctx['mmail']}"])
    else:
        rows.append(["Mentor", rng.choice([f"{ctx['mentor']} ({ctx['prov']})", "Ikke oplyst endnu"])])
    if "tasks" not in missing:
        rows.append(["Mentorens opgaver", "; ".join(tasks)])
    if "duration" not in missing:
        rows.append(["Periode", ptxt])
    if "hours" not in missing:
        rows.append(["Timer pr. uge", rng.choice(["3", "2", "4", "1,5", "5"]) + " timer"])
    elif rng.random() < 0.5:
        rows.append(["Timer pr. uge", "Efter behov"])
        traits.append("hours:vague")
    B += [("h2", "Mentorstøtte (LAB § 167) [Igangværende]"), ("table", rows)]
    B.append(("pb",))
    B.append(("h1", "Afsluttede aktiviteter"))
    for a, b, c in rng.choice(C.PREVIOUS) + rng.choice(C.PREVIOUS):
        B += [("h2", f(a, ctx) + f" [{c}]"), ("table", [["Periode", b], ["Status", c]])]
    B.append(("h1", "Samtaler"))
    B.append(("ul", [f"{fmt_date(dt.date(2025, m, rng.randint(1, 28)), 1)}: {rng.choice(['Jobsamtale', 'Opfølgningssamtale', 'Kontaktforløb – samtale', 'Rundbordssamtale'])} med {ctx['cw']}"
                     for m in range(2, 12, 2)]))
    B.append(("h1", "Ydelse"))
    B.append(("p", "Du modtager " + rng.choice(["kontanthjælp", "uddannelseshjælp", "sygedagpenge", "ressourceforløbsydelse"]) +
              ". Ændringer i din ydelse får du besked om i Digital Post."))
    B.append(("p", "Din plan kan ændres, når din situation ændrer sig. Har du spørgsmål til din plan, kan du kontakte "
                   "din kontaktperson i kommunen."))
    period = None if "duration" in missing else {"start": start.isoformat(), "end": end.isoformat()}
    return B, f"Min Plan · {ctx['name']}", f"{ctx['kommune']} Kommune", period


# ---------------------------------------------------------------- unknown documents
def unknown(rng, ctx, subtype, traits):
    if subtype == "status-report":
        B = [("title", "Statusrapport fra mentor"),
             ("table", [["Borger", ctx["name"]], ["Mentor", f"{ctx['mentor']}, {ctx['prov']}, tlf. {ctx['mphone']}"],
                        ["Rapportperiode", "1. april – 30. juni 2026"], ["Forbrugte timer", "31 af 39 bevilgede timer"]]),
             ("h1", "Forløbet i perioden")]
        for _ in range(4):
            B.append(("p", f(rng.choice(C.BACKGROUND), ctx)))
            B.append(("p", f(rng.choice(C.RISK), ctx)))
        B += [("h1", "Progression"), ("ul", [f(s, ctx) + " – delvist opnået" for s in rng.choice(C.SUBGOALS)]),
              ("h1", "Mentors anbefaling"),
              ("p", "Mentor anbefaler, at forløbet fortsætter uændret. Sagsbehandler tager stilling til en eventuel "
                    "forlængelse."),
              ("pb",), ("h1", "Fremmøde"),
              ("table", [["Uge", "Aftalte møder", "Gennemført"]] +
               [[str(w), "2", str(rng.randint(0, 2))] for w in range(14, 27)])]
        title = "Statusrapport"
    elif subtype == "rehab-summary":
        B = [("title", "Sagsresumé til rehabiliteringsteamet"),
             ("p", f"Forelæggelse på mødet den {fmt_date(dt.date(2025, rng.randint(3, 11), rng.randint(1, 28)), 0)}"),
             ("table", [["Borger", ctx["name"]], ["Sagsbehandler", ctx["cw"]], ["Ydelse", "Sygedagpenge"]]),
             ("h1", "Borgerens situation")]
        for s in C.BACKGROUND[:3]:
            B.append(("p", f(s, ctx)))
        B += [("h1", "Helbredsmæssige forhold")] + [("p", f(s, ctx)) for s in C.HEALTH[:3]]
        B += [("h1", "Tidligere indsatser"),
              ("table", [["Indsats", "Periode", "Resultat"]] + [[f(a, ctx), b, c] for a, b, c in C.PREVIOUS[0] + C.PREVIOUS[2]]),
              ("p", f"Herunder mentorstøtte ved {ctx['mentor']}, {ctx['prov']}, som har givet god effekt på fremmødet."),
              ("h1", "Spørgsmål til rehabiliteringsteamet"),
              ("ul", ["Er der behov for yderligere lægelig afklaring?", "Kan teamet anbefale et ressourceforløb?",
                      "Vil teamet anbefale fortsat mentorstøtte som del af en samlet plan?"]),
              ("h1", "Borgerens egne ord"), ("p", f(rng.choice(C.OWNWORDS), ctx))]
        title = "Rehabiliteringsteam – sagsresumé"
    elif subtype == "quality-standard":
        B = [("title", f"Kvalitetsstandard for mentorstøtte – {ctx['kommune']} Kommune"),
             ("p", "Godkendt af Beskæftigelsesudvalget 2026."),
             ("h1", "Lovgrundlag"), ("p", "»" + LAW_167 + "«"),
             ("h1", "Formål"), ("p", "Mentorstøtte skal hjælpe borgere med at opnå eller fastholde beskæftigelse eller "
                                     "uddannelse. Mentorstøtten gives i højst 6 måneder ad gangen."),
             ("h1", "Indhold i den skriftlige aftale"),
             ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                     "Varigheden af aftalen og opfølgning – inklusiv mål for progression", "Timetallet for mentorstøtten",
                     "Klagevejledning"]),
             ("h1", "Serviceniveauer"),
             ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "Hver 3. måned"],
                        ["2", "1-2 timer pr. uge", "Hver måned"], ["3", "Over 2 timer pr. uge", "Hver måned"]]),
             ("h1", "Klageadgang"),
             ("p", "Borgeren kan klage over afgørelser om mentorstøtte til kommunen inden fire uger. Kommunen genvurderer "
                   "afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen."),
             ("pb",), ("h1", "Mentortyper")]
        for t in ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Udskrivningskoordinator", "Ret- og pligtmentor"]:
            B += [("h2", t), ("p", f"{t} tildeles efter en konkret vurdering. Der skal være kontakt mindst hver anden uge, "
                                   "og mentor dokumenterer forløbet i en statusrapport til kommunen.")]
        B += [("h1", "Opfølgning på kvalitetsstandarden"),
              ("p", "Standarden revideres hvert andet år. Næste revision: 2028.")]
        title = "Kvalitetsstandard"
    elif subtype == "course-catalogue":
        B = [("title", f"Kursus- og forløbskatalog 2026 – {ctx['unit']}"),
             ("p", "Kataloget beskriver de forløb, som kommunen kan tilbyde borgere i job- og uddannelsesrettede indsatser.")]
        for name, hrs in [("Mentorforløb – job", "2-4 timer pr. uge"), ("Jobsøgningskursus", "3 uger, 15 timer pr. uge"),
                          ("Afklaringsforløb på Værkstedet", "8 uger"), ("Uddannelsesmentor", "1-2 timer pr. uge"),
                          ("Danskundervisning for voksne", "løbende optag"), ("Motion og trivsel", "12 uger")]:
            B += [("h1", name),
                  ("p", f"Målgruppe: borgere, der har brug for {rng.choice(['struktur og støtte', 'afklaring', 'opkvalificering'])}. "
                        f"Omfang: {hrs}. Forløbet kan bevilges i op til 6 måneder."),
                  ("p", "Indhold: Forløbet tilrettelægges individuelt og kan bestå af samtaler, praktisk støtte og "
                        "kontakt til arbejdspladser."),
                  ("p", f"Kontakt: {rng.choice(C.FIRST)} {rng.choice(C.LAST)}, tlf. {phone(rng)}")]
        B += [("pb",), ("h1", "Sådan henviser du"),
              ("p", "Henvisning sker via fagsystemet. Husk at notere formål, periode og timetal i Min Plan.")]
        title = "Forløbskatalog"
    elif subtype == "hearing":
        B = [("title", "Partshøring – inden vi træffer afgørelse om din mentorstøtte"),
             ("table", [["Dato", fmt_date(dt.date(2026, rng.randint(1, 10), 5), 0)], ["Sagsnr.", ctx["sagsnr"]]]),
             ("p", f"Kære {ctx['fn']}. Vi overvejer at stoppe din mentorstøtte. Før vi træffer afgørelse, vil vi give "
                   f"dig mulighed for at komme med dine bemærkninger til de oplysninger, vi har."),
             ("h1", "Oplysninger i sagen")] + [("p", f(s, ctx)) for s in C.BACKGROUND[:2] + C.RISK[:2]] + \
            [("h1", "Frist"), ("p", "Du kan sende dine bemærkninger inden 14 dage. Hører vi ikke fra dig, træffer vi "
                                    "afgørelse på det foreliggende grundlag."),
             ("p", f"Med venlig hilsen\n{ctx['cw']}")]
        title = "Partshøring"
    else:  # evaluation
        B = [("title", "Afsluttende evaluering af mentorforløb"),
             ("table", [["Borger", ctx["name"]], ["Mentor", f"{ctx['mentor']}, {ctx['prov']}"],
                        ["Forløb", "1. februar – 31. juli 2026"]]),
             ("h1", "Hvad er nået")] + [("p", f(s, ctx)) for s in C.BACKGROUND[1:3]] + \
            [("h1", "Delmål"), ("ul", [f(s, ctx) + " – opnået" for s in C.SUBGOALS[0]]),
             ("h1", "Borgerens vurdering"), ("p", f(rng.choice(C.OWNWORDS), ctx)),
             ("h1", "Anbefaling"), ("p", "Forløbet afsluttes. Der er ikke behov for en ny periode.")]
        title = "Evaluering"
    return B, f"{ctx['kommune']} Kommune · {title}", f"{ctx['unit']}", None


# ---------------------------------------------------------------- plan
def plan(rng):
    """List of (kind, subtype, defects, fmt)."""
    docs = []
    agr_defects = ([[]] * 15 + [["goal"], ["mentor"], ["mentor"], ["tasks"], ["tasks"], ["duration"], ["duration"],
                   ["follow_up"], ["follow_up"], ["follow_up"], ["hours"], ["hours"], ["hours"], ["appeal"], ["appeal"],
                   ["appeal"], ["over6"], ["over6"], ["over6"], ["unclear"], ["unclear"], ["hours", "follow_up"],
                   ["appeal", "over6"], ["mentor", "hours"], ["unclear", "appeal"], ["duration", "tasks"]])
    agr_fmts = ["docx", "pdf-lo", "pdf-rl", "odt", "rtf", "html", "txt", "eml", "pdf-lo", "pdf-rl", "docx",
                "pdf-scan", "txt-pages", "eml-att"]
    for i, d in enumerate(agr_defects):
        docs.append(("agreement", "agreement", d, agr_fmts[i % len(agr_fmts)]))
    dec = [("grant", []), ("grant", []), ("grant", ["appeal"]), ("grant", ["over6"]), ("grant", []),
           ("partial", []), ("partial", ["appeal"]), ("partial", []),
           ("refusal", []), ("refusal", ["appeal"]), ("refusal", []),
           ("extension", []), ("extension", ["over6"]), ("extension", ["appeal"]),
           ("end", []), ("end", ["appeal"]), ("grant", ["appeal", "over6"]), ("extension", [])]
    dec_fmts = ["pdf-lo", "docx", "pdf-rl", "html", "txt", "odt", "rtf", "pdf-scan", "eml"]
    for i, (s, d) in enumerate(dec):
        docs.append(("decision", s, d, dec_fmts[i % len(dec_fmts)]))
    mp = [[], [], [], [], [], [], ["hours"], ["tasks"], ["mentor"], ["duration"], ["over6"], ["over6"],
          ["unclear"], ["goal"], ["hours", "mentor"], ["unclear"]]
    mp_fmts = ["pdf-rl", "html", "txt", "docx", "pdf-lo", "txt-pages"]
    for i, d in enumerate(mp):
        docs.append(("minplan", "minplan", d, mp_fmts[i % len(mp_fmts)]))
    unk = ["status-report", "status-report", "status-report", "rehab-summary", "rehab-summary", "quality-standard",
           "quality-standard", "course-catalogue", "course-catalogue", "hearing", "hearing", "evaluation",
           "evaluation", "status-report", "rehab-summary", "quality-standard", "course-catalogue", "evaluation"]
    unk_fmts = ["pdf-lo", "docx", "pdf-rl", "txt", "html", "odt", "rtf", "pdf-scan", "eml"]
    for i, s in enumerate(unk):
        docs.append(("unknown", s, [], unk_fmts[i % len(unk_fmts)]))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hm_"))
    entries = []
    lo_pdf, lo_odt = [], []
    for n, (kind, sub, defects, fmt) in enumerate(plan(rng), 1):
        ctx = make_ctx(rng)
        traits = [f"fmt:{fmt}"]
        if rng.random() < 0.27:
            ctx["cpr"] = cpr(rng)
            traits.append("cpr")
        if kind == "agreement":
            B, hdr, ftr, period = agreement(rng, ctx, defects, rng.choice(["kommune", "provider"]), traits)
            layout = "long-agreement"
        elif kind == "decision":
            B, hdr, ftr, period = decision(rng, ctx, sub, defects, traits)
            layout = "long-decision"
        elif kind == "minplan":
            B, hdr, ftr, period = minplan(rng, ctx, defects, traits)
            layout = "minplan-print"
        else:
            B, hdr, ftr, period = unknown(rng, ctx, sub, traits)
            layout = "unknown-" + sub
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "oevrige"}[kind]
        (out / folder).mkdir(exist_ok=True)
        stem = f"{n:03d}-{sub}-{ctx['fn'].lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}"
        base = out / folder / stem
        title = next(b[1] for b in B if b[0] == "title")
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-scan": "pdf", "txt-pages": "txt", "eml-att": "eml"}.get(fmt, fmt)
        path = base.with_suffix("." + ext)
        if fmt == "docx":
            R.to_docx(B, path, hdr, ftr)
        elif fmt in ("pdf-lo", "odt"):
            src = tmp / (stem + ".docx")
            R.to_docx(B, src, hdr, ftr)
            (lo_pdf if fmt == "pdf-lo" else lo_odt).append((src, path))
        elif fmt == "pdf-rl":
            R.to_reportlab(B, path, hdr, ftr)
        elif fmt == "pdf-scan":
            src = tmp / (stem + ".pdf")
            R.to_reportlab(B, src, hdr, ftr, font_size=11)
            R.scan_pdf(src, path, tmp / (stem + "_pages"), dpi=200, text_layer=(n % 3 != 0))
            traits.append("scan:tesseract-layer" if n % 3 != 0 else "scan:image-only")
        elif fmt == "rtf":
            R.to_rtf(B, path, hdr)
        elif fmt == "html":
            R.to_html(B, path, title, hdr, ftr)
        elif fmt == "txt":
            path.write_text(R.to_text(B, None, ftr), encoding="utf-8")
        elif fmt == "txt-pages":
            path.write_text(R.to_text(B, hdr, ftr, pages=True), encoding="utf-8")
        elif fmt == "eml":
            date = "Mon, 04 May 2026 09:12:00 +0200"
            if kind == "decision":
                sender = f"{ctx['cw']} <{ctx['cwmail']}>"
            else:
                sender = f"{ctx['mentor']} <{ctx['mmail']}>" if "mentor" not in defects else f"Mentorteamet <info@{ctx['prov_dom']}>"
            R.to_eml(path, title, sender, f"{ctx['name']} <borger{n}@example.dk>", date, R.to_text(B, None, None))
        elif fmt == "eml-att":
            src = tmp / (stem + ".docx")
            R.to_docx(B, src, hdr, ftr)
            body = (f"Kære {ctx['fn']}\n\nHermed aftalen om dit mentorforløb, som vi talte om på mødet. Læs den "
                    f"igennem, og sig til, hvis noget skal rettes.\n\nVenlig hilsen\n{ctx['cw']}\n{ctx['unit']}\n")
            R.to_eml(path, "Din aftale", f"{ctx['cw']} <{ctx['cwmail']}>", f"{ctx['name']} <borger{n}@example.dk>",
                     "Tue, 12 May 2026 14:03:00 +0200", body,
                     (f"{title}.docx", src.read_bytes(), "application",
                      "vnd.openxmlformats-officedocument.wordprocessingml.document"))
            traits.append("attachment")
        rules = sorted({RULE[d] for d in defects})
        entries.append({"path": str(path.relative_to(out)), "format": ext, "kind": kind, "subtype": sub,
                        "layout": layout, "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": [ctx["cpr"]] if ctx.get("cpr") else [], "traits": traits,
                        "period": period})
    for lst, fmt in ((lo_pdf, "pdf"), (lo_odt, "odt")):
        if lst:
            R.soffice_convert([s for s, _ in lst], fmt, tmp)
            for s, p in lst:
                shutil.move(str(tmp / (s.stem + "." + fmt)), p)
    try:
        sys.path.insert(0, "/work/main/tools/corpusgen/src")
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except Exception:
        (out / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                                                      for e in sorted(entries, key=lambda e: e["path"])) + "\n",
                                            encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
