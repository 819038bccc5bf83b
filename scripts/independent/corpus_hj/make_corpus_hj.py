#!/usr/bin/env python3
"""Corpus HJ: Word documents as caseworkers really format them, written as raw WordprocessingML.

Bold-only headings, tab-stop labels, soft line breaks, borderless label tables with merged and
nested cells, fields left as codes (MERGEFIELD, FORMTEXT, fldSimple), hidden text, footnotes and
endnotes carrying part of a field, text boxes (DrawingML + VML fallback, VML only), numbered
paragraphs (w:numPr), section breaks with a first-page header; some converted by LibreOffice to
PDF, ODT and RTF.

    /work/main/.venv/bin/python make_corpus_hj.py --out /work/corpora/hj [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docxraw import (BORDERLESS, GRID, Doc, br, deleted, fld, fldsimple, formcheck, formtext,  # noqa: E402
                     inserted, mergefield, p, page_break, r, sdt, tbl, tc, textbox)

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Holstebro", "Kirkestræde 11", "7500 Holstebro", "96 11 75 00"),
    ("Vordingborg", "Valdemarsgade 43", "4760 Vordingborg", "55 36 36 36"),
    ("Faaborg-Midtfyn", "Tinghuset, Tinghusvej 2", "5750 Ringe", "72 53 00 00"),
    ("Ikast-Brande", "Centerparken 1", "7330 Brande", "99 60 40 00"),
    ("Hedensted", "Tofteskovvej 2", "7710 Juelsminde", "79 75 50 00"),
    ("Kalundborg", "Holbækvej 141 B", "4400 Kalundborg", "59 53 44 00"),
    ("Syddjurs", "Lundbergsvej 2", "8400 Ebeltoft", "87 53 50 00"),
    ("Halsnæs", "Rådhuspladsen 1", "3300 Frederiksværk", "47 78 40 00"),
    ("Struer", "Østergade 11-15", "7600 Struer", "96 84 84 84"),
    ("Lolland", "Jernbanegade 7", "4930 Maribo", "54 67 67 67"),
    ("Assens", "Rådhus Allé 5", "5610 Assens", "64 74 74 74"),
    ("Skive", "Torvegade 10", "7800 Skive", "99 15 55 00"),
    ("Rebild", "Hobrovej 88", "9530 Støvring", "99 88 99 88"),
    ("Odsherred", "Nyvej 22", "4573 Højby", "59 66 66 66"),
    ("Favrskov", "Skovvej 20", "8382 Hinnerup", "89 64 10 10"),
    ("Norddjurs", "Torvet 3", "8500 Grenaa", "89 59 10 00"),
]
FIRST = ["Mikkel", "Sara", "Jonas", "Amalie", "Ahmad", "Freja", "Kasper", "Line", "Rasmus", "Nadia",
         "Tobias", "Emma", "Mustafa", "Camilla", "Oliver", "Ida", "Patrick", "Julie", "Bilal", "Signe",
         "Lasse", "Maja", "Dennis", "Cecilie", "Yusuf", "Katrine", "Nikolaj", "Louise", "Emil", "Fatima"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Kjær", "Holm", "Dahl", "Bach", "Lund", "Friis", "Vestergaard"]
MENTOR_ORGS = [
    ("Kompasset Mentor ApS", "kompasset-mentor.dk"), ("Jobværkstedet", "jobvaerkstedet.dk"),
    ("Mentorhuset Vest", "mentorhusetvest.dk"), ("Brobyggerne I/S", "brobyggerne.dk"),
    ("Ungeenhedens mentorteam", None), ("Virksomhedsservice, mentorkorpset", None),
    ("Fremad Mentor & Coaching", "fremad-mentor.dk"), ("Trinet ApS", "trinet.dk"),
]
SCHOOLS = ["FGU Midtjylland, afd. Holstebro", "Tradium", "SOSU Nord", "VUC Syd", "Mercantec",
           "Roskilde Tekniske Skole", "Campus Vejle", "EUC Lillebælt", "Zealand Business College"]
WORKPLACES = ["Netto i Ringe", "Bilka Holstebro", "Lidl Kalundborg", "Dagrofa Lager", "Plantorama",
              "Super Brugsen Brande", "Ebeltoft Auto", "Danish Crown", "kantinen på Rådhuset",
              "Jysk distributionscenter", "Bygma Skive", "Føtex Grenaa"]

INTRO_AGR = [
    "Denne aftale beskriver den mentorstøtte, du får efter § 167 i lov om en aktiv beskæftigelsesindsats.",
    "Vi har i dag aftalt følgende om din mentorstøtte.",
    "Aftalen er lavet på mødet den {mdate} mellem dig, din mentor og din sagsbehandler.",
    "Her er det, vi blev enige om på opstartsmødet den {mdate}.",
    "Aftalen er indgået mellem borgeren, mentor og kommunen og gælder for den periode, der står nedenfor.",
]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day}.{d.month}.{d.year}"
    if style == 5:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return d.isoformat()


def period_text(rng, s: dt.date, e: dt.date) -> str:
    st = rng.randrange(7)
    a, b = fmt_date(s, st), fmt_date(e, st)
    form = rng.randrange(5)
    if form == 0:
        return f"{a} – {b}"
    if form == 1:
        return f"{a} til {b}"
    if form == 2:
        return f"fra {a} til og med {b}"
    if form == 3:
        return f"f.o.m. {a} t.o.m. {b}"
    return f"{a}-{b}"


def cpr(rng) -> str:
    while True:
        d = dt.date(rng.randrange(1975, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"
        return s


def phone(rng) -> str:
    return f"{rng.choice([20, 22, 23, 25, 26, 28, 29, 30, 31, 40, 41, 42, 51, 60, 61, 71, 81, 91, 93])} " \
           f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


# ---------------------------------------------------------------------------------------------
# Case content
# ---------------------------------------------------------------------------------------------

def make_case(rng: random.Random, *, months: int | None = None) -> dict:
    kom = rng.choice(KOMMUNER)
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    mfn, mln = rng.choice(FIRST), rng.choice(LAST)
    while mfn == fn:
        mfn = rng.choice(FIRST)
    cfn, cln = rng.choice(FIRST), rng.choice(LAST)
    org, dom = rng.choice(MENTOR_ORGS)
    mail_dom = dom or f"{slug(kom[0])}.dk"
    start = dt.date(2026, rng.randrange(1, 10), rng.choice([1, 1, 1, 15, 1, 8]))
    months = months or rng.choice([3, 4, 5, 6, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    school, work = rng.choice(SCHOOLS), rng.choice(WORKPLACES)
    deadline = fmt_date(add_months(start, months - 1), rng.choice([0, 0, 3]))
    return dict(
        kom=kom[0], addr=kom[1], city=kom[2], kphone=kom[3],
        fn=fn, ln=ln, name=f"{fn} {ln}", cpr=None,
        street=f"{rng.choice(['Skolevej', 'Vestergade', 'Birkealle', 'Lyngvej', 'Parkvej', 'Søndergade'])} "
               f"{rng.randrange(2, 80)}{rng.choice(['', ', 1. tv.', ', st. th.', 'B'])}",
        mfn=mfn, mname=f"{mfn} {mln}", morg=org, mphone=phone(rng),
        mmail=f"{mfn[0].lower()}{slug(mln)[:3]}@{mail_dom}" if rng.random() < 0.5 else f"{slug(mfn)}.{slug(mln)}@{mail_dom}",
        cname=f"{cfn} {cln}", cphone=phone(rng), cmail=f"{slug(cfn)[:4]}{slug(cln)[:2]}@{slug(kom[0])}.dk",
        sagsnr=f"{rng.choice(['15.20.00', '15.02.10', '27.12.16'])}-G01-{rng.randrange(100, 9999)}-{rng.choice([25, 26])}",
        start=start, end=end, months=months,
        school=school, work=work, deadline=deadline,
        mdate=fmt_date(start - dt.timedelta(days=rng.randrange(3, 20)), rng.choice([0, 1, 4])),
        ldate=start - dt.timedelta(days=rng.randrange(3, 20)),
        hours=rng.choice(["3 timer pr. uge", "2 timer om ugen", "4 timer ugentligt", "2 t/uge",
                          "8 timer om måneden", "1½ time pr. uge", "5 timer pr. uge", "3 timer ugentligt"]),
    )


def goal_clear(rng, c) -> str:
    return rng.choice([
        "{fn} er startet på grundforløb 1 på {school} og møder mindst fire dage om ugen senest {deadline}.",
        "{fn} er i virksomhedspraktik 15 timer om ugen hos {work} inden {deadline}, med henblik på løntilskud.",
        "At {fn} gennemfører FVU-dansk trin 2 på {school} og søger optagelse på en erhvervsuddannelse senest {deadline}.",
        "Ordinært job som lagermedarbejder, 20-25 timer om ugen, hos {work} eller tilsvarende senest {deadline}.",
        "{fn} møder stabilt (højst to fraværsdage pr. måned) på {school} og består det første halvår.",
        "Hovedformål: {fn} fastholder sit fleksjob hos {work} på 12 timer om ugen. Delmål: melder selv fravær og tager bussen alene fra marts.",
        "{fn} er i gang med en erhvervsuddannelse (elev i butik) hos {work} og har en underskrevet uddannelsesaftale senest {deadline}.",
        "At {fn} øger sin praktiktid hos {work} fra 10 til 20 timer om ugen, så der kan laves en aftale om løntilskud.",
    ]).format(**c)


def goal_unclear(rng, c) -> str:
    return rng.choice([
        "Støtte til at få mere struktur på hverdagen og øget trivsel.",
        "At {fn} kommer videre og får et bedre selvværd.",
        "Sikre at {fn} får det bedre og kommer tættere på arbejdsmarkedet.",
        "Motivere {fn} og hjælpe med det personlige, så hverdagen hænger sammen.",
        "Hjælp til at få styr på økonomi, bolig og trivsel.",
        "{fn} skal have det bedre med sig selv og komme mere ud.",
    ]).format(**c)


TASKS_POOL = [
    "Følge {fn} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, søvn og transport",
    "Hjælpe med at åbne og besvare post i e-Boks",
    "Være bindeled til kontaktlæreren på skolen",
    "Træne busturen fra bopælen til skolen",
    "Hjælpe med SU-ansøgning og et enkelt budget",
    "Forberede samtaler med arbejdsgiveren og deltage i den første",
    "Ringe {fn} op om morgenen de dage, hvor der er mødepligt",
    "Tage med til lægen, når sygemeldinger skal afklares",
    "Sparre med {fn} om fravær og hjælpe med at melde sig syg korrekt",
]

FOLLOW = [
    "Statusmøde med {fn}, mentor og sagsbehandler hver måned. Evaluering 14 dage før periodens udløb.",
    "Mentor sender en kort skriftlig status til sagsbehandler hver 4. uge. Vi holder opfølgningsmøde den {fu} og igen inden forløbet slutter.",
    "Opfølgning hver 3. måned og altid 14 dage før støtten ophører. Progression måles på fremmøde (mål: 4 dage om ugen).",
    "Vi mødes alle tre hver anden måned på jobcentret. Delmål: fremmøde på mindst 80 % fra den {fu}.",
    "Midtvejsevaluering den {fu}; slutevaluering fire uger før bevillingsudløb.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
    "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {kom} Kommune senest 4 uger efter, at du har fået "
    "denne afgørelse. Du kan klage skriftligt eller mundtligt til din sagsbehandler. Vi vurderer sagen igen, og "
    "fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. § 204 i lov om en aktiv "
    "beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
    "Er du uenig, kan du klage til Jobcenter {kom} inden 4 uger fra den dag, du modtog brevet. Jobcentret ser "
    "på sagen igen. Får du ikke medhold, sender vi klagen og sagens papirer til Ankestyrelsen, "
    "Beskæftigelsesudvalget. Du behøver ikke begrunde klagen.",
    "Klagefristen er fire uger fra du har modtaget afgørelsen. Klagen sendes til kommunen (din sagsbehandler, "
    "se kontaktoplysninger øverst). Kommunen genvurderer afgørelsen og sender sagen videre til Ankestyrelsen, "
    "hvis afgørelsen fastholdes.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Har du spørgsmål til aftalen, er du velkommen til at kontakte din sagsbehandler.",
    "Hvis du er utilfreds, kan du altid kontakte os.",
]
SIGN_LINES = [
    "Dato og underskrift, borger\tDato og underskrift, mentor",
    "____________________\t____________________\nBorger\tSagsbehandler",
    "Underskrift borger:\t______________________",
]


def tasks_for(rng, c, n=None) -> list[str]:
    n = n or rng.choice([2, 3, 3, 4])
    return [t.format(**c) for t in rng.sample(TASKS_POOL, n)]


def follow_for(rng, c) -> str:
    fu = fmt_date(add_months(c["start"], max(1, c["months"] // 2)), rng.choice([0, 1, 4]))
    return rng.choice(FOLLOW).format(fu=fu, **c)


# ---------------------------------------------------------------------------------------------
# Values as segment lists: str = plain run; ('fn', t) footnote; ('en', t) endnote; ('hid', t) hidden;
# ('mf', name, result|None) MERGEFIELD; ('ft', name, value|None) FORMTEXT; ('fs', instr, result);
# ('del', t) tracked deletion; ('ins', t) tracked insertion; ('b', t) bold run.
# ---------------------------------------------------------------------------------------------

def runs(d: Doc, segs) -> str:
    if isinstance(segs, (str, tuple)):
        segs = [segs]
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(r(s))
        elif s[0] == "fn":
            out.append(d.footnote(s[1]))
        elif s[0] == "en":
            out.append(d.endnote(s[1]))
        elif s[0] == "hid":
            out.append(r(s[1], vanish=True, color="0070C0"))
        elif s[0] == "mf":
            out.append(mergefield(s[1], s[2]))
        elif s[0] == "ft":
            out.append(formtext(s[1], s[2]))
        elif s[0] == "fs":
            out.append(fldsimple(s[1], s[2]))
        elif s[0] == "del":
            out.append(deleted(s[1]))
        elif s[0] == "ins":
            out.append(inserted(s[1]))
        elif s[0] == "b":
            out.append(r(s[1], b=True))
        elif s[0] == "sdt":
            out.append(sdt(s[1], s[2]))
        elif s[0] == "cb":
            out.append(formcheck(s[1], s[2]))
        else:
            raise ValueError(s)
    return "".join(out)


def seg_text(segs, shown=True) -> str:
    """Plain visible text of a segment list (for the verification strings)."""
    if isinstance(segs, str):
        return segs
    t = ""
    for s in segs:
        if isinstance(s, str):
            t += s
        elif s[0] in ("b",):
            t += s[1]
        elif s[0] in ("mf",):
            t += s[2] if s[2] is not None else f"«{s[1]}»"
        elif s[0] == "ft":
            t += s[2] or ""
        elif s[0] == "fs":
            t += s[2]
        elif s[0] == "ins":
            t += s[1]
    return t


# ---------------------------------------------------------------------------------------------
# Field blocks in the layout families
# ---------------------------------------------------------------------------------------------
TAB = [("left", 2835)]


def block_tabstop(d: Doc, fields, rng):
    """label<TAB>value, continuation lines <TAB>value; tasks as tab-indented bullets."""
    pos = rng.choice([2268, 2835, 3119])
    for label, lines in fields:
        first = True
        for ln in lines:
            if first:
                d.add(p(r(label, b=True), r("\t"), runs(d, ln), tabs=[("left", pos)], ind=(pos, pos), after=60))
                first = False
            else:
                d.add(p(r("\t"), runs(d, ln), tabs=[("left", pos)], ind=(pos, pos), after=60))
        if not lines:
            d.add(p(r(label, b=True), r("\t"), tabs=[("left", pos)], after=60))


def block_softbreak(d: Doc, fields, rng):
    """One paragraph per field: bold label, w:br, value lines separated by w:br."""
    colon = rng.random() < 0.6
    for label, lines in fields:
        parts = [r(label + (":" if colon and not label.endswith("?") else ""), b=True)]
        for ln in lines:
            parts.append(br())
            parts.append(runs(d, ln))
        d.add(p(*parts, after=200))


def block_boldhead(d: Doc, fields, rng):
    """Bold-only heading paragraph, then value paragraphs (tasks may be numPr bullets)."""
    for label, lines in fields:
        d.add(p(r(label, b=True), keep_next=True, before=120, after=40))
        bullets = len(lines) > 1 and rng.random() < 0.7
        for ln in lines:
            d.add(p(runs(d, ln), num=(2, 0) if bullets else None, after=60))


def block_numbered(d: Doc, fields, rng):
    """Numbered labels via w:numPr (numId 1 = "1.", 3 = "1)", 4 = "1"), values indented under them."""
    nid = rng.choice([1, 3, 4])
    for label, lines in fields:
        d.add(p(r(label, b=(nid != 3)), num=(nid, 0), keep_next=True, after=40))
        for ln in lines:
            d.add(p(runs(d, ln), ind=(567, None), after=60))


def block_table(d: Doc, fields, rng, *, nested_period=False, grid_lines=False, title=None):
    """Borderless two-column label table; the mentor label spans its lines (vMerge); optional title row
    merged across both columns (gridSpan); the period optionally as a nested Fra/Til table."""
    w1, w2 = (2700, 6938) if rng.random() < 0.5 else (3200, 6438)
    rows = []
    if title:
        rows.append([tc(p(r(title, b=True)), w1 + w2, span=2, shade="D9E2F3")])
    for label, lines in fields:
        if label.startswith("§nested:"):
            label = label[8:]
            (a, b) = lines
            inner = tbl([[tc(p(r("Fra", b=True)), 2400), tc(p(r("Til", b=True)), 2400)],
                         [tc(p(runs(d, a)), 2400), tc(p(runs(d, b)), 2400)]], [2400, 2400], GRID)
            rows.append([tc(p(r(label, b=True)), w1), tc(inner + p(), w2)])
            continue
        if len(lines) > 1 and label.lower().startswith(("mentor", "din mentor", "kontakt")):
            for i, ln in enumerate(lines):
                rows.append([tc(p(r(label, b=True)) if i == 0 else p(), w1,
                                vmerge="restart" if i == 0 else "cont"),
                             tc(p(runs(d, ln), after=0), w2)])
            continue
        content = "".join(p(runs(d, ln), after=40, num=(2, 0) if len(lines) > 2 else None) for ln in lines) or p()
        rows.append([tc(p(r(label, b=True)), w1), tc(content, w2)])
    d.add(tbl(rows, [w1, w2], GRID if grid_lines else BORDERLESS), p())


def block_split(d: Doc, fields, rng):
    """Three-column table where some rows split the value (Fra | Til, Navn | Telefon) and others
    merge it (gridSpan 2)."""
    ws = [2600, 3519, 3519]
    rows = []
    for label, lines in fields:
        if label.startswith("§split:"):
            label = label[7:]
            a, b = lines
            rows.append([tc(p(r(label, b=True)), ws[0]), tc(p(runs(d, a)), ws[1]), tc(p(runs(d, b)), ws[2])])
        else:
            content = "".join(p(runs(d, ln), after=40) for ln in lines) or p()
            rows.append([tc(p(r(label, b=True)), ws[0]), tc(content, ws[1] + ws[2], span=2)])
    d.add(tbl(rows, ws, GRID), p())


BLOCKS = {"tabstop": block_tabstop, "softbreak": block_softbreak, "boldhead": block_boldhead,
          "numbered": block_numbered, "table": block_table, "split": block_split}


# ---------------------------------------------------------------------------------------------
# Letterheads
# ---------------------------------------------------------------------------------------------

def letterhead_paras(c, rng, jobcenter=False) -> str:
    name = f"Jobcenter {c['kom']}" if jobcenter else f"{c['kom']} Kommune"
    unit = rng.choice(["Arbejdsmarked og Borgerservice", "Ungeenheden", "Team Mentor og Støtte",
                       "Center for Beskæftigelse", "Job og Uddannelse"])
    return (p(r(name, b=True, sz=28), jc="right", after=0) + p(r(unit, sz=18), jc="right", after=0) +
            p(r(f"{c['addr']} · {c['city']} · tlf. {c['kphone']}", sz=16), jc="right", after=0))


def footer_paras(c, rng) -> str:
    return p(r(f"{c['kom']} Kommune · {c['addr']} · {c['city']} · www.{slug(c['kom'])}.dk", sz=16), jc="center")


def info_box(d: Doc, c, rng, kind: str) -> str:
    """Date / case no. / caseworker as a text box beside the recipient (DrawingML+VML or VML only)."""
    lines = [f"Dato: {fmt_date(c['ldate'], rng.choice([0, 1, 4]))}", f"Sagsnr.: {c['sagsnr']}",
             f"Sagsbehandler: {c['cname']}", f"Direkte tlf.: {c['cphone']}", f"Mail: {c['cmail']}"]
    paras = "".join(p(r(t, sz=18), after=0) for t in lines)
    return textbox(paras, vml_only=(kind == "vml"), left_pt=330, width_pt=160, height_pt=90, name="Infoboks")


# ---------------------------------------------------------------------------------------------
# Agreements
# ---------------------------------------------------------------------------------------------

def agreement_fields(rng, c, defects: set, tech: set):
    """Return the (label, lines) list and the expected rules and traits."""
    rules, traits = set(), []
    # goal
    if "goal_unclear" in defects:
        goal = [goal_unclear(rng, c)]
        rules.add("unclear-goal")
    elif "goal_empty" in defects:
        goal = [("ft", "Maal", None)] if "form" in tech else [rng.choice(["Udfyldes senere", "-", "xx"])]
        rules.add("missing-goal")
    else:
        goal = [goal_clear(rng, c)]
        if "sdt" in tech:
            goal = [[("sdt", "Maal", goal[0])]]
    if "goal_hidden_note" in tech:
        goal = [[("hid", "[Vejledning: Skriv målet som et job- eller uddannelsesmål, SMART.] ")] + list(
            goal[0] if isinstance(goal[0], list) else [goal[0]])]
        traits.append("hidden:instruction")
    # mentor
    m_name = f"{c['mname']}, {c['morg']}"
    if "mentor_unmerged" in defects:
        mentor = [[("mf", "Mentor_navn", None)], [("b", "Tlf.: "), ("mf", "Mentor_telefon", None)]]
        rules.add("missing-mentor")
        traits.append("field:mergefield-unmerged")
    elif "mentor_no_contact" in defects:
        mentor = [[m_name]]
        rules.add("missing-mentor")
    elif "mentor_hidden_phone" in defects:
        mentor = [[m_name, ("hid", f", tlf. {c['mphone']}")]]
        rules.add("missing-mentor")
        traits.append("hidden:mentor-phone")
    elif "mentor_sdt_placeholder" in defects:
        mentor = [[("sdt", "Mentor", None)]]
        rules.add("missing-mentor")
        traits.append("sdt:placeholder-mentor")
    elif "mentor_in_header" in tech:
        mentor = [[f"{c['mname']} (kontaktoplysninger øverst på siden)"]]
        traits.append("header:mentor-contact")
    elif "sdt" in tech:
        mentor = [[("sdt", "Mentor", f"{c['mname']}, {c['morg']}")], ["Tlf. ", ("sdt", "MentorTlf", c["mphone"])]]
    elif "mentor_footnote" in tech:
        mentor = [[m_name, ("fn", f"{c['mfn']} træffes på tlf. {c['mphone']} eller {c['mmail']}, hverdage 8-15.")]]
        traits.append("footnote:mentor-contact")
    elif "merge" in tech:
        mentor = [[("mf", "Mentor_navn", c["mname"]), ", ", ("mf", "Mentor_firma", c["morg"])],
                  ["Tlf. ", ("mf", "Mentor_tlf", c["mphone"]), " · ", ("mf", "Mentor_mail", c["mmail"])]]
        traits.append("field:mergefield-result")
    elif "form" in tech:
        mentor = [[("ft", "Mentor", c["mname"])], ["Tlf.: ", ("ft", "MentorTlf", c["mphone"])]]
    else:
        mentor = [[m_name], [f"Tlf. {c['mphone']}"], [c["mmail"]]]
        if rng.random() < 0.4:
            mentor = [[m_name], [f"Tlf. {c['mphone']} · {c['mmail']}"]]
    # tasks
    tl = tasks_for(rng, c)
    if "tasks_empty" in defects:
        tasks = [[("ft", "Opgaver", None)]] if "form" in tech else [[rng.choice(["Aftales løbende", "-", "Se senere"])]]
        rules.add("missing-tasks")
    elif "tasks_hidden" in defects:
        tasks = [[("hid", t)] for t in tl]
        rules.add("missing-tasks")
        traits.append("hidden:tasks")
    elif "sdt" in tech:
        tasks = [[("sdt", "Opgaver", "; ".join(tl) + ".")]]
    else:
        tasks = [[t] for t in tl]
    # period
    s, e = c["start"], c["end"]
    per = period_text(rng, s, e)
    if "over6" in defects:
        rules.add("duration-over-6-months")
    if "duration_empty" in defects:
        dur = [[rng.choice(["Indtil videre", "Aftales senere", ("ft", "Periode", None)])]] if "form" not in tech \
            else [[("ft", "Periode", None)]]
        dur = [[x] if isinstance(x, (str, tuple)) else x for x in dur[0]]
        rules.add("missing-duration")
    elif "duration_hidden" in defects:
        dur = [[("hid", per)]]
        rules.add("missing-duration")
        traits.append("hidden:period")
    elif "period_endnote" in tech:
        dur = [["Se note", ("en", f"Mentorstøtten gælder {per}.")]]
        traits.append("endnote:period")
    elif "fldsimple" in tech:
        dur = [[("fs", 'DOCPROPERTY "Bevillingsperiode" \\* MERGEFORMAT', per)]]
        traits.append("field:fldsimple")
    elif "merge" in tech:
        dur = [[("mf", "Start", fmt_date(s, 1)), " – ", ("mf", "Slut", fmt_date(e, 1))]]
    elif "form" in tech:
        dur = [["Fra ", ("ft", "Fra", fmt_date(s, 1)), " til ", ("ft", "Til", fmt_date(e, 1))]]
    elif "sdt" in tech:
        dur = [[("sdt", "Startdato", fmt_date(s, 4)), " – ", ("sdt", "Slutdato", fmt_date(e, 4))]]
    else:
        dur = [[per]]
    if "hidden_old_period" in tech:
        old = f" (oprindeligt {fmt_date(s, 1)}-{fmt_date(add_months(s, 12) - dt.timedelta(days=1), 1)})"
        dur = [list(dur[0]) + [("hid", old)]]
        traits.append("hidden:old-period-over6")
    # hours
    if "hours_vague" in defects:
        hours = [[rng.choice(["Efter behov", "Et par timer om ugen", "Løbende, efter aftale med mentor"])]]
        rules.add("missing-hours")
    elif "hours_hidden" in defects:
        hours = [[("hid", c["hours"])]]
        rules.add("missing-hours")
        traits.append("hidden:hours")
    elif "hours_deleted" in defects:
        hours = [[("del", c["hours"])]]
        rules.add("missing-hours")
        traits.append("revision:deleted-hours")
    elif "hours_unmerged" in defects:
        hours = [[("mf", "Timetal", None)]]
        rules.add("missing-hours")
        traits.append("field:mergefield-unmerged")
    elif "hours_sdt_placeholder" in defects:
        hours = [[("sdt", "Timetal", None)]]
        rules.add("missing-hours")
        traits.append("sdt:placeholder-hours")
    elif "hours_checkbox" in tech or "hours_checkbox_none" in defects:
        pick = -1 if "hours_checkbox_none" in defects else rng.randrange(3)
        lv = ["Niveau 1: 0-1 time pr. uge", "Niveau 2: 1-2 timer pr. uge", "Niveau 3: mere end 2 timer pr. uge"]
        hours = [[("cb", f"Niveau{i + 1}", i == pick), " " + t] for i, t in enumerate(lv)]
        if pick < 0:
            rules.add("missing-hours")
            traits.append("formcheckbox:none-ticked")
        else:
            traits.append("formcheckbox:level-ticked")
    elif "sdt" in tech:
        hours = [[("sdt", "Timetal", c["hours"])]]
    elif "hours_revised" in tech:
        hours = [[("del", "2 timer pr. uge"), ("ins", c["hours"])]]
        traits.append("revision:replaced-hours")
    elif "merge" in tech:
        hours = [[("mf", "Timetal", c["hours"])]]
    elif "form" in tech:
        hours = [[("ft", "Timer", c["hours"])]]
    else:
        hours = [[c["hours"]]]
    # follow-up
    if "followup_missing" in defects:
        follow = None
        rules.add("missing-follow-up")
    elif "followup_vague" in defects:
        follow = [[rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende."])]]
        rules.add("missing-follow-up")
    elif "followup_footnote" in tech:
        follow = [["Se fodnote", ("fn", follow_for(rng, c))]]
        traits.append("footnote:follow-up")
    else:
        follow = [[follow_for(rng, c)]]

    L = lambda *opts: rng.choice(opts)  # noqa: E731
    fields = [
        (L("Målet med mentorstøtten", "Mål", "Formål og mål", "Hvad skal forløbet føre til?", "Mål for forløbet"), goal),
        (L("Mentor", "Din mentor", "Mentor og kontaktdata", "Mentorens navn og kontaktoplysninger"), mentor),
        (L("Mentorens opgaver", "Opgaver", "Det skal mentor hjælpe med", "Indsatsområder"), tasks),
        (L("Periode", "Varighed", "Aftalens varighed", "Bevilget periode"), dur),
        (L("Timetal", "Antal timer", "Timer", "Omfang"), hours),
    ]
    if follow is not None:
        fields.append((L("Opfølgning", "Opfølgning og progression", "Evaluering"), follow))
    if "nested" in tech and "duration_empty" not in defects and "duration_hidden" not in defects:
        fields[3] = ("§nested:" + fields[3][0], [[fmt_date(s, 0)], [fmt_date(e, 0)]])
        traits.append("table:nested-period")
    if "split" in tech and "duration_empty" not in defects and "duration_hidden" not in defects:
        fields[3] = ("§split:" + fields[3][0], [["Fra " + fmt_date(s, 1)], ["Til " + fmt_date(e, 1)]])
        traits.append("table:split-cells")
    return fields, rules, traits


def appeal_segments(rng, c, defect: str | None):
    """(how, text) for the appeal guidance."""
    full = rng.choice(APPEAL_FULL).format(**c)
    if defect == "appeal_missing":
        return None, None
    if defect == "appeal_weak":
        return "plain", rng.choice(APPEAL_WEAK)
    if defect == "appeal_hidden":
        return "hidden", full
    if defect == "appeal_deleted":
        return "deleted", full
    return "plain", full


def add_appeal(d: Doc, how: str, text: str, rng, heading: str, tech: set, traits: list):
    if how is None:
        return
    if how == "hidden":
        d.add(p(r(heading, b=True, vanish=True), rpr_mark="<w:rPr><w:vanish/></w:rPr>"),
              p(r(text, vanish=True), rpr_mark="<w:rPr><w:vanish/></w:rPr>"))
        traits.append("hidden:appeal")
        return
    if how == "deleted":
        d.add(p(r(heading, b=True)), p(deleted(text)))
        traits.append("revision:deleted-appeal")
        return
    if "appeal_endnote" in tech:
        d.add(p(r(heading, b=True)), p(r("Se klagevejledningen sidst i brevet."), d.endnote(text)))
        traits.append("endnote:appeal")
    elif "appeal_textbox" in tech or "appeal_textbox_vml" in tech:
        box = p(r(heading, b=True), after=60) + p(r(text, sz=18), after=0)
        d.add(p(textbox(box, vml_only="appeal_textbox_vml" in tech, left_pt=0, width_pt=470, height_pt=120,
                        name="Klageboks")), p(), p(), p(), p(), p())
        traits.append("textbox:appeal" + ("-vml" if "appeal_textbox_vml" in tech else ""))
    elif "appeal_footnote" in tech:
        # the body and procedure in the text, the deadline in a footnote
        d.add(p(r(heading, b=True)),
              p(r(f"Du kan klage over afgørelsen til {c_kom_holder[0]} Kommune, som genvurderer sagen"),
                d.footnote("Klagen skal være modtaget senest 4 uger efter, at du har modtaget afgørelsen. "
                           "Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."),
                r(".")))
        traits.append("footnote:appeal-deadline")
    elif "appeal_section" in tech:
        d.add(p(page_break()), p(r(heading, b=True, sz=26)), p(r(text)))
        traits.append("section:appeal-own-page")
    else:
        d.add(p(r(heading, b=True), keep_next=True, before=160), p(r(text)))


c_kom_holder = ["Kommunen"]


def build_agreement(d: Doc, rng, c, spec) -> dict:
    defects, tech = set(spec["defects"]), set(spec["tech"])
    layout = spec["layout"]
    fields, rules, traits = agreement_fields(rng, c, defects, tech)
    jobc = c["start"] < dt.date(2026, 2, 1) or rng.random() < 0.15
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte",
                        "Aftale om mentorforløb (LAB § 167)", "AFTALE OM MENTOR"])
    first_page_header = "first_header" in tech
    if not first_page_header:
        d.add(letterhead_paras(c, rng, jobc))
    d.add(p(r(title, b=True, sz=32), before=200, after=200))
    # parties
    who = [("Borger", f"{c['name']}" + (f", cpr-nr. {c['cpr']}" if c["cpr"] and "cpr_in_header" not in tech else "")),
           ("Adresse", f"{c['street']}, {c['city']}"),
           ("Sagsbehandler", f"{c['cname']}, tlf. {c['cphone']}")]
    for lab, val in who:
        d.add(p(r(lab + ":", b=rng.random() < 0.5), r("\t" + val), tabs=[("left", 1985)], after=0))
    d.add(p())
    intro = rng.choice(INTRO_AGR).format(**c)
    d.add(p(r(intro)))
    if "mentor_textbox" in tech or "mentor_textbox_vml" in tech:
        # the mentor's card as a text box beside the other fields
        m = fields.pop(1)
        box = p(r(m[0], b=True), after=40) + "".join(p(runs(d, ln), after=0) for ln in m[1])
        d.add(p(textbox(box, vml_only="mentor_textbox_vml" in tech, left_pt=290, width_pt=190, height_pt=110,
                        name="Mentorkort")))
        traits.append("textbox:mentor" + ("-vml" if "mentor_textbox_vml" in tech else ""))
    if layout == "table":
        BLOCKS["table"](d, fields, rng, title=rng.choice([None, "Indhold i aftalen", "Mentorstøtte"]),
                        grid_lines="form" in tech)
        if "nested" in tech:
            pass
    elif layout == "split":
        BLOCKS["split"](d, fields, rng)
    else:
        if any(lab.startswith(("§nested:", "§split:")) for lab, _ in fields):
            fields = [(lab.split(":", 1)[1], lines) if lab.startswith("§") else (lab, lines) for lab, lines in fields]
        BLOCKS[layout](d, fields, rng)
    if "goal_hidden_note" not in tech and "hidden_instruction" in tech:
        d.add(p(r("Husk: timetal og opfølgning skal altid udfyldes, og perioden må højst være 6 måneder.",
                  vanish=True, i=True), rpr_mark="<w:rPr><w:vanish/></w:rPr>"))
        traits.append("hidden:instruction")
    # appeal
    ap_def = next((x for x in defects if x.startswith("appeal_")), None)
    how, text = appeal_segments(rng, c, ap_def)
    if ap_def:
        rules.add("missing-appeal-guidance")
    c_kom_holder[0] = c["kom"]
    add_appeal(d, how, text, rng, rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
               tech, traits)
    d.add(p(), p(r(rng.choice(SIGN_LINES)), tabs=[("left", 5103)]))
    return dict(rules=rules, traits=traits, title=title)


# ---------------------------------------------------------------------------------------------
# Min Plan entries
# ---------------------------------------------------------------------------------------------

def build_minplan(d: Doc, rng, c, spec) -> dict:
    defects, tech = set(spec["defects"]), set(spec["tech"])
    fields, rules, traits = agreement_fields(rng, c, defects - {"followup_missing"}, tech)
    rules.discard("missing-follow-up")
    fields = [f for f in fields if not f[0].startswith(("Opfølgning", "Evaluering"))]
    if rng.random() < 0.6:
        fields.append((rng.choice(["Status", "Indsatsstatus"]), [[rng.choice(["Aktiv", "Igangværende", "Bevilget"])]]))
    title = rng.choice(["Min Plan – mentorstøtte", "Udskrift af Min Plan", "Min Plan: Indsats – Mentor",
                        "Min Plan", "Min Plan – indsatser"])
    d.add(p(r(f"{c['kom']} Kommune", b=True), r("\t" + fmt_date(c["ldate"], 1)), tabs=[("right", 9638)]))
    d.add(p(r(title, b=True, sz=30), after=120))
    d.add(p(r(f"{c['name']}" + (f"\t{c['cpr']}" if c["cpr"] else "")), tabs=[("left", 4536)], after=0))
    d.add(p(r(rng.choice(["Dit job- eller uddannelsesmål", "Beskæftigelsesmål", "Mit mål"]), b=True)))
    d.add(p(r(rng.choice(["Jeg vil i arbejde inden for lager og logistik.", "Jeg vil tage en erhvervsuddannelse.",
                          "Ordinær uddannelse på sigt.", "Job i detailhandlen, deltid."]))))
    if "other_activity" in tech:
        a_s = c["start"] - dt.timedelta(days=30)
        a_e = add_months(a_s, 12) - dt.timedelta(days=1)
        d.add(p(r("Indsats: Produktionsgrundlæggende uddannelse (FGU)", b=True)),
              p(r(f"Sted: {c['school']}\nPeriode: {fmt_date(a_s, 1)} - {fmt_date(a_e, 1)}\nStatus: Aktiv")))
        traits.append("minplan:other-activity-12m")
    head = rng.choice(["Indsats: Mentorstøtte (LAB § 167)", "Mentorstøtte", "Mentor – § 167"])
    layout = spec["layout"]
    if layout == "table":
        block_table(d, fields, rng, title=head, grid_lines=rng.random() < 0.5)
    elif layout == "split":
        d.add(p(r(head, b=True, sz=24), before=160))
        block_split(d, fields, rng)
    else:
        d.add(p(r(head, b=True, sz=24), before=160))
        if any(lab.startswith(("§nested:", "§split:")) for lab, _ in fields):
            fields = [(lab.split(":", 1)[1], lines) if lab.startswith("§") else (lab, lines) for lab, lines in fields]
        BLOCKS[layout](d, fields, rng)
    d.add(p(r("Udskrevet fra jobnet.dk / Min Plan. Planen kan ændres, når der sker noget nyt i din sag.", i=True, sz=16)))
    return dict(rules=rules, traits=traits, title=title)


# ---------------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------------

def build_decision(d: Doc, rng, c, spec) -> dict:
    defects, tech = set(spec["defects"]), set(spec["tech"])
    sub = spec["subtype"]
    rules, traits = set(), []
    jobc = c["start"] < dt.date(2026, 2, 1)
    kname = f"Jobcenter {c['kom']}" if jobc else f"{c['kom']} Kommune"
    we = "jobcentret" if jobc else "kommunen"
    s, e = c["start"], c["end"]
    per = period_text(rng, s, e)
    if "over6" in defects:
        rules.add("duration-over-6-months")
    # recipient + info
    if "first_header" not in tech:
        d.add(letterhead_paras(c, rng, jobc))
    box_kind = "vml" if "infobox_vml" in tech else ("dml" if "infobox" in tech else None)
    rec = [c["name"], c["street"], c["city"]]
    if box_kind:
        d.add(p(r(rec[0]), info_box(d, c, rng, box_kind), after=0))
        traits.append("textbox:infobox" + ("-vml" if box_kind == "vml" else ""))
    else:
        d.add(p(r(rec[0]), r(f"\tDato: {fmt_date(c['ldate'], 0)}"), tabs=[("right", 9638)], after=0))
    for x in rec[1:]:
        d.add(p(r(x), after=0))
    d.add(p())
    if c["cpr"] and "cpr_in_header" not in tech:
        d.add(p(r(f"Cpr-nr.: {c['cpr']}"), r(f"\tSagsnr. {c['sagsnr']}"), tabs=[("left", 4536)]))
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Du får mentorstøtte", "Bevilling af mentorstøtte"],
        "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Du får delvist bevilget mentorstøtte",
                    "Afgørelse: mentorstøtte (delvis imødekommelse)"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag", "Du får ikke mentorstøtte"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte",
                      "Du får mentorstøtte i en ny periode"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
    }[sub]
    title = rng.choice(titles)
    d.add(p(r(title, b=True, sz=28), before=120, after=160))
    law = rng.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
                      "LAB § 167"])
    hrs = c["hours"]
    hrs_seg = [("mf", "Timer", hrs)] if "merge" in tech else [hrs]
    per_seg = [("fs", 'DOCPROPERTY "Periode"', per)] if "fldsimple" in tech else [per]
    if "fldsimple" in tech:
        traits.append("field:fldsimple")
    if "merge" in tech:
        traits.append("field:mergefield-result")
    if "period_hidden_old" in tech:
        per_seg = per_seg + [("hid", f" [tidl. udkast: {fmt_date(s, 1)}-{fmt_date(add_months(s, 10), 1)}]")]
        traits.append("hidden:old-period-over6")
    H = lambda t: d.add(p(r(t, b=True), keep_next=True, before=160, after=40))  # noqa: E731
    if sub == "grant":
        d.add(p(r(f"Du har søgt om mentorstøtte, og {we} har bevilget det. Du får mentorstøtte i perioden "),
                runs(d, per_seg), r(f" efter {law}.")))
        d.add(p(r("Din mentor er "), r(f"{c['mname']} fra {c['morg']}"), r(". Mentoren har "), runs(d, hrs_seg),
                r(" til at hjælpe dig.")))
        H(rng.choice(["Hvorfor får du mentorstøtte?", "Begrundelse"]))
        d.add(p(r(f"Vi har lagt vægt på, at du har brug for støtte for at kunne starte og blive i dit forløb på "
                  f"{c['school']}. Mentorstøtten skal hjælpe dig med at møde stabilt.")))
    elif sub == "partial":
        asked = rng.choice([9, 12])
        d.add(p(r(f"Du har den {fmt_date(c['ldate'] - dt.timedelta(days=20), 0)} søgt om mentorstøtte i {asked} måneder "
                  f"med 6 timer om ugen. Du får delvist medhold.")))
        d.add(p(r("Du får mentorstøtte i perioden "), runs(d, per_seg), r(" med "), runs(d, hrs_seg), r(".")))
        H("Begrundelse")
        d.add(p(r(f"Mentorstøtte kan efter {law} gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov kan "
                  f"dækkes med færre timer, fordi du også har en kontaktlærer på {c['school']}. Ved periodens "
                  "udløb vurderer vi, om der er behov for en ny periode.")))
        traits.append("decision:asked-longer")
    elif sub == "refusal":
        d.add(p(r(f"Du har søgt om mentorstøtte. Vi har vurderet din ansøgning, og du får afslag.")))
        H(rng.choice(["Begrundelse for afgørelsen", "Hvorfor får du afslag?"]))
        d.add(p(r(f"Mentorstøtte efter {law} skal hjælpe dig til at opnå eller fastholde job eller uddannelse. "
                  "Du er i dag i et forløb hos behandlingscentret, og der er ikke et aktuelt mål om job eller "
                  "uddannelse, som mentorstøtten kan understøtte. Du er velkommen til at søge igen, når du "
                  "starter i et forløb.")))
    elif sub == "extension":
        ps = add_months(s, -c["months"])
        d.add(p(r(f"Du har haft mentorstøtte fra {fmt_date(ps, 0)}. Din mentor og din sagsbehandler har "
                  "vurderet, at du har brug for støtte i en ny periode.")))
        d.add(p(r("Du får derfor mentorstøtte i en ny periode: "), runs(d, per_seg), r(". Timetallet er "),
                runs(d, hrs_seg), r(".")))
        H("Begrundelse")
        d.add(p(r(f"Vi har lagt vægt på, at du er kommet godt i gang hos {c['work']}, men at du stadig har fravær, "
                  f"når der sker ændringer i dine arbejdstider, jf. {law}, 2. pkt.")))
    elif sub == "end":
        stop = e
        d.add(p(r(f"Vi har besluttet, at din mentorstøtte stopper den {fmt_date(stop, 0)}.")))
        H("Begrundelse")
        d.add(p(r(f"Du er nu i fast job hos {c['work']} 30 timer om ugen og har ikke længere brug for mentor. "
                  f"Det har du og din mentor {c['mfn']} sagt på statusmødet. Vi har lagt vægt på, at målet med "
                  "mentorstøtten er nået.")))
        traits.append("decision:end-date-only")
    if "hidden_instruction" in tech:
        d.add(p(r("[Sagsbehandler: indsæt klagevejledning for den relevante ydelse – standardtekst KV-12]",
                  vanish=True, i=True), rpr_mark="<w:rPr><w:vanish/></w:rPr>"))
        traits.append("hidden:instruction")
    ap_def = next((x for x in defects if x.startswith("appeal_")), None)
    how, text = appeal_segments(rng, c, ap_def)
    if ap_def:
        rules.add("missing-appeal-guidance")
    c_kom_holder[0] = c["kom"]
    if "appeal_section" in tech:
        d.add(p(r("Med venlig hilsen")), p(r(c["cname"]), after=0), p(r(f"{kname}"), after=0),
              p(r(f"Tlf. {c['cphone']} · {c['cmail']}")))
        if how not in (None,):
            # new section with its own header
            d.add(p(sect=d.sectpr(first_header=(None if "first_header" not in tech else letterhead_paras(c, rng, jobc)
                                                + (p(r(f"Cpr-nr. {c['cpr']}", sz=16), jc="right") if c["cpr"] else "")),
                                  header=p(r(f"{kname} · sagsnr. {c['sagsnr']}", sz=16)),
                                  footer=footer_paras(c, rng))))
            if how == "hidden":
                add_appeal(d, how, text, rng, "Klagevejledning", set(), traits)
            elif how == "deleted":
                add_appeal(d, how, text, rng, "Klagevejledning", set(), traits)
            else:
                d.add(p(r("Klagevejledning", b=True, sz=26)), p(r(text)))
                d.add(p(r(f"Reglerne står i {law} og i retssikkerhedslovens §§ 66 og 67.")))
            traits.append("section:appeal-own-section")
        return dict(rules=rules, traits=traits, title=title, sect=True, kname=kname)
    add_appeal(d, how, text, rng, rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), tech, traits)
    d.add(p(r("Med venlig hilsen"), before=200), p(r(c["cname"]), after=0), p(r(kname), after=0),
          p(r(f"Tlf. {c['cphone']}")))
    return dict(rules=rules, traits=traits, title=title, kname=kname)


# ---------------------------------------------------------------------------------------------
# Documents that are none of the three
# ---------------------------------------------------------------------------------------------

def build_unknown(d: Doc, rng, c, spec) -> dict:
    sub = spec["subtype"]
    traits = []
    T = lambda t: d.add(p(r(t, b=True, sz=30), after=160))  # noqa: E731
    H = lambda t: d.add(p(r(t, b=True), keep_next=True, before=120, after=40))  # noqa: E731
    P = lambda t: d.add(p(r(t)))  # noqa: E731
    if c["cpr"]:
        d.add(p(r(f"Vedr.: {c['name']}, cpr-nr. {c['cpr']}", sz=18), jc="right"))
        traits.append("cpr:reference-line")
    if sub == "status":
        d.add(letterhead_paras(c, rng))
        title = rng.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus"])
        T(title)
        for lab, val in [("Borger", c["name"]), ("Mentor", f"{c['mname']}, {c['morg']}"),
                         ("Periode for status", f"{fmt_date(c['start'], 1)} - {fmt_date(add_months(c['start'], 2), 1)}"),
                         ("Forbrugte timer", str(rng.randrange(14, 30)))]:
            d.add(p(r(lab, b=True), r("\t" + val), tabs=[("left", 2835)], after=0))
        H("Hvordan går det?")
        P(rng.choice([f"{c['fn']} er mødt op til de fleste aftaler. Der har været to aflysninger i perioden, begge "
                      "meldt i god tid. Vi har arbejdet med morgenrutiner og transport.",
                      f"Forløbet er kommet langsomt i gang. {c['fn']} har haft svært ved at komme ud ad døren om "
                      "morgenen, men har de sidste tre uger været i praktik alle aftalte dage.",
                      f"{c['fn']} har passet skolen og har selv ringet til kontaktlæreren to gange. Vi har brugt "
                      "tiden på lektieplan og på at søge fritidsjob."]))
        H("Fremmøde")
        d.add(tbl([[tc(p(r("Uge", b=True)), 2000), tc(p(r("Aftalt", b=True)), 2000), tc(p(r("Mødt", b=True)), 2000)]] +
                  [[tc(p(r(str(w))), 2000), tc(p(r("4")), 2000), tc(p(r(str(rng.choice([3, 4, 4, 2])))), 2000)]
                   for w in range(10, 15)], [2000, 2000, 2000], GRID), p())
        H("Anbefaling")
        P(rng.choice(["Jeg anbefaler, at forløbet fortsætter som aftalt. Næste status sendes om fire uger.",
                      "Timetallet kan efter min vurdering nedsættes fra næste måned.",
                      "Vi bør tale om, hvad der skal ske, når perioden udløber."]))
        traits.append("unknown:status-report")
    elif sub == "minutes":
        title = rng.choice(["Referat af netværksmøde", "Referat – opfølgningsmøde", "Mødereferat"])
        T(title)
        for lab, val in [("Dato", fmt_date(c["ldate"], 0)), ("Sted", f"{c['kom']} Kommune, mødelokale 2"),
                         ("Deltagere", f"{c['name']}, {c['mname']} (mentor), {c['cname']} (sagsbehandler)"),
                         ("Referent", c["cname"])]:
            d.add(p(r(lab + ":", b=True), r("\t" + val), tabs=[("left", 1701)], after=0))
        items = ["Velkomst og runde", "Status på praktikken", "Transport og fremmøde", "Eventuelt"]
        for i, it in enumerate(items):
            d.add(p(r(it, b=True), num=(1, 0), after=40))
            P(rng.choice([f"{c['fn']} fortalte, at det går bedre med at komme op om morgenen.",
                          "Mentor har talt med praktikstedet, som er tilfreds med indsatsen.",
                          "Det blev aftalt at se på buskort. Sagsbehandler undersøger.",
                          "Intet."]))
        d.add(p(r("Næste møde: "), r(fmt_date(add_months(c["ldate"], 1), 0))))
        traits.append("unknown:minutes")
    elif sub == "invoice":
        title = "Faktura"
        d.add(p(r(c["morg"], b=True, sz=28), after=0), p(r("CVR 3" + str(rng.randrange(1000000, 9999999))), after=0))
        T(f"{title} nr. {rng.randrange(2026001, 2026999)}")
        d.add(p(r(f"{c['kom']} Kommune\nAtt.: {c['cname']}\nEAN 5798{rng.randrange(100000000, 999999999)}")))
        rows = [[tc(p(r(h, b=True)), w) for h, w in (("Ydelse", 4500), ("Timer", 1500), ("Sats", 1500), ("Beløb", 2000))]]
        tot = 0
        for mth in range(3):
            h = rng.randrange(8, 18)
            tot += h * 495
            rows.append([tc(p(r(f"Mentorstøtte, {MONTHS[(c['start'].month - 1 + mth) % 12]} – borger-id {rng.randrange(1000, 9999)}")), 4500),
                         tc(p(r(str(h))), 1500), tc(p(r("495,00")), 1500), tc(p(r(f"{h * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))), 2000)])
        rows.append([tc(p(r("I alt ekskl. moms", b=True)), 7500, span=3), tc(p(r(f"{tot:,}".replace(",", ".") + ",00", b=True)), 2000)])
        d.add(tbl(rows, [4500, 1500, 1500, 2000], GRID), p())
        P("Betalingsbetingelser: netto 30 dage. Rekvisitionsnummer og sagsnummer skal fremgå af betalingen.")
        traits.append("unknown:invoice")
    elif sub == "guidance":
        title = rng.choice(["Vejledning: Sådan udfylder du mentoraftalen", "Intern vejledning – skriftlig aftale om mentorstøtte"])
        T(title)
        P(rng.choice(["Denne vejledning er til sagsbehandlere i Team Mentor. Aftalen skal indeholde de punkter, "
                      "som står nedenfor. Brug skabelonen i fagsystemet; flettefelterne udfyldes automatisk.",
                      "Opdateret efter kvalitetsstandarden. Alle seks punkter skal med i den skriftlige aftale, "
                      "også når borgeren har en mentor fra en ekstern leverandør."]))
        for lab, txt in [("Målet med mentorstøtten", "Skriv et job- eller uddannelsesmål, der kan følges op på."),
                         ("Mentorens navn og kontaktdata", "Navn, telefon og mail. Flettefelt: "),
                         ("Mentorens opgaver", "Beskriv konkret, hvad mentor skal hjælpe med."),
                         ("Varighed og opfølgning", "Højst 6 måneder. Evaluering 14 dage før udløb."),
                         ("Timetal", "Antal timer pr. uge ud fra det konkrete behov."),
                         ("Klagevejledning", "Standardteksten KV-12 indsættes altid.")]:
            d.add(p(r(lab, b=True), num=(3, 0), after=20))
            if lab.startswith("Mentorens navn"):
                d.add(p(r(txt), mergefield("Mentor_navn"), ind=(426, None)))
            else:
                d.add(p(r(txt), ind=(426, None)))
        traits.append("unknown:guidance")
    elif sub == "template":
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale"])
        d.add(letterhead_paras(c, rng))
        T(title)
        d.add(p(r(rng.choice(["Skabelon v. 3.2 – må ikke sendes uden udfyldning",
                              "Flettedokument – kør fletning fra fagsystemet før afsendelse"]), i=True, sz=16,
                  color="C00000")))
        for lab, mf in [("Borger", "Borger_navn"), ("Cpr-nr.", "Borger_cpr"), ("Mål", "Maal"),
                        ("Mentor", "Mentor_navn"), ("Telefon", "Mentor_tlf"), ("Opgaver", "Opgaver"),
                        ("Periode", "Periode"), ("Timetal", "Timetal"), ("Opfølgning", "Opfoelgning")]:
            d.add(p(r(lab + ":", b=True), r("\t"), mergefield(mf), tabs=[("left", 2268)], after=40))
        H("Klagevejledning")
        P(APPEAL_FULL[0])
        traits.append("unknown:blank-template-mergefields")
    elif sub == "formtemplate":
        title = "Aftale om mentorstøtte – blanket"
        T(title)
        rows = []
        for lab in ["Borgerens navn", "Mål", "Mentor (navn, tlf.)", "Opgaver", "Periode", "Timetal pr. uge", "Opfølgning"]:
            rows.append([tc(p(r(lab, b=True)), 3000), tc(p(formtext(slug(lab)[:10], None)), 6638)])
        d.add(tbl(rows, [3000, 6638], GRID), p())
        d.add(p(formcheck("Kryds1", False), r(" Borgeren har fået klagevejledning")))
        traits.append("unknown:blank-formtext")
    elif sub == "hearing":
        d.add(letterhead_paras(c, rng))
        d.add(p(r(c["name"]), after=0), p(r(c["street"]), after=0), p(r(c["city"])))
        title = rng.choice(["Partshøring – påtænkt ophør af mentorstøtte", "Høring før afgørelse om mentorstøtte"])
        T(title)
        P(f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler med "
          f"{c['mfn']}. Før vi træffer afgørelse, vil vi gerne høre din mening.")
        P(f"Du kan komme med dine bemærkninger inden den {fmt_date(c['ldate'] + dt.timedelta(days=14), 0)}. "
          "Du kan ringe, skrive eller komme forbi. Hører vi ikke fra dig, træffer vi afgørelse ud fra de "
          "oplysninger, vi har.")
        d.add(p(r("Med venlig hilsen"), before=200), p(r(c["cname"]), after=0), p(r(f"Tlf. {c['cphone']}")))
        traits.append("unknown:hearing")
    elif sub == "evaluation":
        title = rng.choice(["Afsluttende evaluering af mentorforløb", "Slutevaluering – mentor"])
        T(title)
        d.add(p(r("Borger:", b=True), r(f"\t{c['name']}"), tabs=[("left", 1985)], after=0),
              p(r("Mentor:", b=True), r(f"\t{c['mname']}"), tabs=[("left", 1985)]))
        for q, a in [("Blev målet nået?", f"Delvist. {c['fn']} er i praktik, men endnu ikke i løntilskud."),
                     ("Hvad har virket?", "Faste aftaler om morgenen og at vi tog bussen sammen de første uger."),
                     ("Hvad er næste skridt?", "Sagsbehandler tager stilling til løntilskud.")]:
            d.add(p(r(q, b=True), after=20), p(r(a)))
        traits.append("unknown:final-evaluation")
    elif sub == "meeting":
        d.add(letterhead_paras(c, rng))
        title = "Indkaldelse til opstartsmøde"
        T(title)
        P(f"Kære {c['fn']}. Du er indkaldt til et møde om mentorstøtte den {fmt_date(c['ldate'] + dt.timedelta(days=9), 0)} "
          f"kl. 10.00 på {c['addr']}. På mødet laver vi sammen aftalen om mål, opgaver og opfølgning.")
        P("Har du forhindringer, skal du ringe til mig hurtigst muligt.")
        d.add(p(r("Med venlig hilsen"), before=200), p(r(c["cname"]), after=0), p(r(f"Tlf. {c['cphone']}")))
        traits.append("unknown:meeting-invitation")
    elif sub == "contract":
        title = "Samarbejdsaftale om levering af mentorydelser"
        T(title)
        P(f"Mellem {c['kom']} Kommune og {c['morg']} er der indgået aftale om levering af mentorstøtte efter "
          "lov om en aktiv beskæftigelsesindsats § 167 i perioden 1. januar 2026 – 31. december 2027.")
        for i, (lab, txt) in enumerate([("Ydelsen", "Leverandøren stiller mentorer til rådighed efter bestilling."),
                                        ("Pris", "495 kr. pr. time ekskl. moms. Transport er indeholdt."),
                                        ("Rapportering", "Status hver 4. uge og slutevaluering."),
                                        ("Opsigelse", "Aftalen kan opsiges med 3 måneders varsel.")]):
            d.add(p(r(lab, b=True), num=(4, 0), after=20), p(r(txt), ind=(567, None)))
        traits.append("unknown:provider-contract")
    elif sub == "receipt":
        d.add(letterhead_paras(c, rng))
        title = "Kvittering for modtagelse af ansøgning"
        T(title)
        P(f"Vi har den {fmt_date(c['ldate'], 0)} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne "
          "træffe afgørelse inden for fire uger. Du hører fra os.")
        d.add(p(r("Med venlig hilsen"), before=200), p(r(c["cname"])))
        traits.append("unknown:receipt")
    else:
        raise ValueError(sub)
    return dict(rules=set(), traits=traits, title=title)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

def specs(rng: random.Random) -> list[dict]:
    S = []

    def add(kind, subtype, layout, defects=(), tech=(), fmt="docx", months=None, cpr_=None):
        S.append(dict(kind=kind, subtype=subtype, layout=layout, defects=list(defects), tech=list(tech),
                      fmt=fmt, months=months, cpr=cpr_))

    A = "agreement"
    # --- agreements (32)
    add(A, "agreement", "tabstop", [], ["mentor_footnote"], "docx")
    add(A, "agreement", "tabstop", ["hours_hidden"], [], "docx")
    add(A, "agreement", "softbreak", [], ["first_header"], "pdf")
    add(A, "agreement", "softbreak", ["followup_missing"], [], "docx")
    add(A, "agreement", "table", [], ["nested"], "docx")
    add(A, "agreement", "table", ["over6"], [], "pdf", months=9)
    add(A, "agreement", "table", [], ["merge"], "docx")
    add(A, "agreement", "tabstop", ["mentor_unmerged"], ["merge"], "docx")
    add(A, "agreement", "table", [], ["form"], "docx")
    add(A, "agreement", "table", ["tasks_empty"], ["form"], "docx")
    add(A, "agreement", "numbered", [], ["period_endnote"], "docx")
    add(A, "agreement", "numbered", ["goal_unclear"], [], "odt")
    add(A, "agreement", "boldhead", [], ["mentor_textbox"], "pdf")
    add(A, "agreement", "boldhead", [], ["mentor_textbox_vml"], "docx")
    add(A, "agreement", "boldhead", ["appeal_missing"], [], "rtf")
    add(A, "agreement", "split", [], ["split"], "docx")
    add(A, "agreement", "split", ["hours_vague"], ["split"], "pdf")
    add(A, "agreement", "tabstop", [], ["fldsimple", "hidden_old_period"], "docx")
    add(A, "agreement", "softbreak", ["appeal_hidden"], [], "docx")
    add(A, "agreement", "tabstop", ["hours_deleted"], [], "docx")
    add(A, "agreement", "tabstop", [], ["hours_revised"], "docx")
    add(A, "agreement", "numbered", ["duration_hidden"], [], "pdf")
    add(A, "agreement", "table", ["mentor_no_contact", "followup_vague"], [], "odt")
    add(A, "agreement", "boldhead", [], ["followup_footnote", "appeal_endnote"], "docx")
    add(A, "agreement", "softbreak", ["over6"], ["goal_hidden_note"], "docx", months=12)
    add(A, "agreement", "table", ["goal_empty"], ["form"], "docx")
    add(A, "agreement", "numbered", [], ["appeal_textbox"], "pdf")
    add(A, "agreement", "tabstop", ["appeal_weak"], [], "rtf")
    add(A, "agreement", "boldhead", ["mentor_hidden_phone"], [], "docx")
    add(A, "agreement", "table", [], ["nested", "hidden_instruction"], "odt")
    add(A, "agreement", "softbreak", ["duration_empty"], [], "rtf")
    add(A, "agreement", "tabstop", ["goal_unclear", "hours_unmerged"], ["merge"], "docx")
    add(A, "agreement", "numbered", ["over6"], ["fldsimple"], "docx", months=8)
    add(A, "agreement", "boldhead", [], ["appeal_textbox_vml"], "docx")
    # --- decisions (24)
    D = "decision"
    add(D, "grant", "letter", [], ["infobox"], "docx")
    add(D, "grant", "letter", [], ["infobox_vml"], "pdf")
    add(D, "grant", "letter", ["over6"], ["merge"], "docx", months=10)
    add(D, "grant", "letter", ["appeal_missing"], [], "pdf")
    add(D, "grant", "letter", [], ["appeal_section", "first_header"], "docx")
    add(D, "grant", "letter", ["appeal_hidden"], ["appeal_section"], "docx")
    add(D, "grant", "letter", [], ["fldsimple", "period_hidden_old"], "odt")
    add(D, "partial", "letter", [], ["appeal_endnote"], "docx")
    add(D, "partial", "letter", [], ["infobox", "appeal_textbox"], "pdf")
    add(D, "partial", "letter", ["appeal_weak"], [], "docx")
    add(D, "partial", "letter", ["over6"], [], "rtf", months=9)
    add(D, "refusal", "letter", [], ["appeal_footnote"], "docx")
    add(D, "refusal", "letter", [], ["first_header", "hidden_instruction"], "pdf")
    add(D, "refusal", "letter", ["appeal_deleted"], [], "docx")
    add(D, "refusal", "letter", [], ["appeal_textbox_vml"], "odt")
    add(D, "extension", "letter", [], ["merge"], "docx")
    add(D, "extension", "letter", ["over6"], ["infobox"], "pdf", months=12)
    add(D, "extension", "letter", [], ["appeal_section"], "rtf")
    add(D, "extension", "letter", ["appeal_missing"], ["hidden_instruction"], "docx")
    add(D, "end", "letter", [], [], "pdf")
    add(D, "end", "letter", ["appeal_hidden"], [], "odt")
    add(D, "end", "letter", [], ["appeal_endnote", "infobox_vml"], "docx")
    add(D, "grant", "letter", [], ["appeal_footnote"], "rtf")
    add(D, "grant", "letter", ["appeal_weak"], ["infobox"], "docx")
    # --- Min Plan (18)
    M = "minplan"
    add(M, "minplan", "table", [], [], "pdf")
    add(M, "minplan", "table", [], ["nested"], "docx")
    add(M, "minplan", "table", ["hours_hidden"], [], "docx")
    add(M, "minplan", "softbreak", [], ["other_activity"], "pdf")
    add(M, "minplan", "softbreak", ["goal_unclear"], [], "docx")
    add(M, "minplan", "tabstop", [], ["mentor_footnote"], "docx")
    add(M, "minplan", "tabstop", ["over6"], [], "odt", months=9)
    add(M, "minplan", "numbered", [], ["fldsimple"], "docx")
    add(M, "minplan", "numbered", ["mentor_no_contact"], [], "pdf")
    add(M, "minplan", "boldhead", [], ["merge"], "rtf")
    add(M, "minplan", "boldhead", ["tasks_hidden"], [], "docx")
    add(M, "minplan", "table", ["hours_vague"], ["other_activity"], "docx")
    add(M, "minplan", "tabstop", [], ["hidden_old_period"], "pdf")
    add(M, "minplan", "softbreak", ["duration_empty"], [], "docx")
    add(M, "minplan", "split", [], ["split"], "odt")
    add(M, "minplan", "boldhead", ["goal_empty", "mentor_unmerged"], ["merge"], "docx")
    add(M, "minplan", "numbered", [], ["period_endnote"], "docx")
    add(M, "minplan", "table", ["over6", "hours_deleted"], [], "docx", months=12)
    # --- unknown (20)
    U = "unknown"
    for sub, fmt in [("status", "docx"), ("status", "pdf"), ("minutes", "docx"), ("minutes", "odt"),
                     ("invoice", "pdf"), ("invoice", "docx"), ("guidance", "docx"), ("guidance", "pdf"),
                     ("template", "docx"), ("template", "rtf"), ("formtemplate", "docx"), ("hearing", "docx"),
                     ("hearing", "pdf"), ("evaluation", "docx"), ("evaluation", "odt"), ("meeting", "docx"),
                     ("contract", "pdf"), ("receipt", "docx"), ("status", "rtf"), ("minutes", "pdf")]:
        add(U, sub, sub, [], [], fmt)
    # --- content controls, check boxes, a provider's letterhead (added last, so earlier numbers stay)
    add(A, "agreement", "table", [], ["sdt"], "docx")
    add(A, "agreement", "tabstop", ["hours_sdt_placeholder"], ["sdt"], "docx")
    add(A, "agreement", "table", [], ["hours_checkbox"], "docx")
    add(A, "agreement", "boldhead", ["hours_checkbox_none"], [], "docx")
    add(A, "agreement", "softbreak", [], ["mentor_in_header", "first_header"], "pdf")
    add(M, "minplan", "table", ["mentor_sdt_placeholder"], ["sdt"], "docx")
    # CPR in about a quarter: pick deterministically
    idx = list(range(len(S)))
    rng.shuffle(idx)
    for i in idx[: len(S) // 4]:
        if S[i]["subtype"] not in ("invoice", "guidance", "template", "formtemplate", "contract"):
            S[i]["cpr"] = True
    # a first-page header carrying the CPR number for some
    return S


def build(spec, rng, out_docx: Path) -> dict:
    c = make_case(rng, months=spec["months"])
    if spec["cpr"]:
        c["cpr"] = cpr(rng)
    if spec["months"] and spec["months"] > 6:
        c["start"] = dt.date(2026, rng.randrange(1, 6), 1)
        c["end"] = add_months(c["start"], spec["months"]) - dt.timedelta(days=1)
    d = Doc(title=spec["subtype"])
    kind = spec["kind"]
    if kind == "agreement":
        info = build_agreement(d, rng, c, spec)
    elif kind == "minplan":
        info = build_minplan(d, rng, c, spec)
    elif kind == "decision":
        info = build_decision(d, rng, c, spec)
    else:
        info = build_unknown(d, rng, c, spec)
    tech = set(spec["tech"])
    traits = list(info["traits"])
    # final section: first-page header (letterhead) vs. running header
    if info.get("sect"):
        sect = d.sectpr(header=p(r(f"Bilag til brev af {fmt_date(c['ldate'], 1)} – klagevejledning", sz=16)))
        if "first_header" in tech:
            traits.append("section:first-page-header")
    elif "first_header" in tech:
        fh = letterhead_paras(c, rng, c["start"] < dt.date(2026, 2, 1))
        if "mentor_in_header" in tech:
            fh = (p(r(c["morg"], b=True, sz=26), jc="right", after=0) +
                  p(r(f"Mentor: {c['mname']} · tlf. {c['mphone']} · {c['mmail']}", sz=18), jc="right", after=0) +
                  p(r(f"på vegne af {c['kom']} Kommune", sz=16), jc="right"))
        if c["cpr"] and rng.random() < 0.5:
            fh += p(r(f"Cpr-nr. {c['cpr']}", sz=16), jc="right")
            traits.append("cpr:first-page-header")
        run_hdr = p(r(f"{c['kom']} Kommune", sz=16), r(f"\tSag {c['sagsnr']}", sz=16), style="Sidehoved")
        sect = d.sectpr(first_header=fh, header=run_hdr, first_footer=footer_paras(c, rng),
                        footer=p(r("Side ", sz=16), fld("PAGE", "2", sz=16), style="Sidefod"))
        traits.append("section:first-page-header")
    else:
        sect = d.sectpr(footer=footer_paras(c, rng) if rng.random() < 0.6 else None)
    d.save(str(out_docx), sect)
    traits += [f"layout:{spec['layout']}"] + [f"tech:{t}" for t in spec["tech"]]
    if c["cpr"]:
        traits.append("cpr")
    period = None
    if kind in ("agreement", "minplan") or (kind == "decision" and spec["subtype"] not in ("refusal", "end")):
        if not any(x in spec["defects"] for x in ("duration_empty", "duration_hidden")):
            period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
    rules = sorted(info["rules"] & APPLIES[kind])
    return dict(kind=kind, subtype=spec["subtype"], layout=spec["layout"], rules=rules, traits=sorted(set(traits)),
                cpr=c["cpr"], period=period, title=info["title"], case=c)


# ---------------------------------------------------------------------------------------------
# Conversion and verification
# ---------------------------------------------------------------------------------------------

def convert(files: list[Path], fmt: str, outdir: Path, profile: str) -> None:
    if not files:
        return
    target = {"pdf": "pdf:writer_pdf_Export", "odt": "odt", "rtf": "rtf"}[fmt]
    for i in range(0, len(files), 12):
        chunk = files[i:i + 12]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", str(outdir), *map(str, chunk)], check=False, capture_output=True, timeout=600)


def visible_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages)
    if path.suffix == ".odt":
        with zipfile.ZipFile(path) as z:
            x = z.read("content.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", " ", x)
    if path.suffix == ".rtf":
        return path.read_text(encoding="latin-1", errors="replace")
    return ""


NAME_PREFIX = {
    "agreement": ["mentoraftale", "aftale_mentorstoette", "Aftale mentor", "aftale-mentor-endelig", "MentorAftale_v2"],
    "minplan": ["minplan_udskrift", "Min Plan", "minplan-mentor", "plan_print"],
    "grant": ["afgoerelse", "brev_bevilling", "Afgørelse mentor", "bevilling"],
    "partial": ["afgoerelse", "brev_delvis", "Afgørelse mentorstøtte"],
    "refusal": ["afgoerelse", "brev_afslag", "Afslag"],
    "extension": ["afgoerelse", "forlaengelse", "Brev forlængelse"],
    "end": ["afgoerelse", "ophoer", "Brev ophør"],
    "status": ["status", "statusrapport", "Status mentor"], "minutes": ["referat", "Referat møde"],
    "invoice": ["faktura", "Faktura"], "guidance": ["vejledning", "Vejledning mentoraftale"],
    "template": ["skabelon", "Skabelon mentoraftale"], "formtemplate": ["blanket", "Blanket mentor"],
    "hearing": ["partshoering", "Høring"], "evaluation": ["slutevaluering", "evaluering"],
    "meeting": ["indkaldelse", "Mødeindkaldelse"], "contract": ["samarbejdsaftale", "kontrakt"],
    "receipt": ["kvittering", "Kvittering"],
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hj_build_"))
    profile = str(tmp / "lo_profile")
    entries = []
    pending: dict[str, list[tuple[Path, dict, Path]]] = {"pdf": [], "odt": [], "rtf": []}
    S = specs(rng)
    for n, spec in enumerate(S, 1):
        sub_rng = random.Random(args.seed * 1000 + n)
        name_rng = random.Random(args.seed * 7 + n)
        folder = slug(name_rng.choice(KOMMUNER)[0])
        prefix = name_rng.choice(NAME_PREFIX[spec["subtype"]])
        stem = f"{n:03d}_{prefix}"
        dst_dir = out / folder
        dst_dir.mkdir(exist_ok=True)
        docx_path = (tmp if spec["fmt"] != "docx" else dst_dir) / f"{stem}.docx"
        info = build(spec, sub_rng, docx_path)
        c = info.pop("case")
        name = f"{stem}_{slug(c['fn'])}.docx"
        if spec["fmt"] == "docx":
            final = dst_dir / name
            docx_path.rename(final)
        else:
            final = dst_dir / name.replace(".docx", "." + spec["fmt"])
            new_docx = tmp / name
            docx_path.rename(new_docx)
            pending[spec["fmt"]].append((new_docx, info, final))
        must_not = []
        if info["cpr"]:
            must_not = [info["cpr"], info["cpr"].replace("-", "")]
        info["entry"] = {
            "path": str(final.relative_to(out)), "format": spec["fmt"], "kind": info["kind"],
            "subtype": info["subtype"], "layout": info["layout"], "rules": info["rules"], "extras": [],
            "error": None, "accept_errors": [], "must_not_contain": must_not,
            "traits": info["traits"] + ([f"converted:libreoffice-{spec['fmt']}"] if spec["fmt"] != "docx" else []),
            "period": info["period"],
        }
        info["title_check"] = info["title"]
        entries.append(info)
    for fmt, items in pending.items():
        convert([x[0] for x in items], fmt, tmp, profile)
        for src, info, final in items:
            made = tmp / (src.stem + "." + fmt)
            if not made.exists():
                # conversion failed: keep the Word file instead (recorded in the traits)
                final = final.with_suffix(".docx")
                shutil.copy(src, final)
                info["entry"]["path"] = str(final.relative_to(out))
                info["entry"]["format"] = "docx"
                info["entry"]["traits"] = [t for t in info["entry"]["traits"] if not t.startswith("converted:")] + ["conversion-failed"]
                print(f"conversion to {fmt} failed: {src.name}", file=sys.stderr)
                continue
            shutil.move(str(made), final)
            txt = visible_text(final)
            key = info["title"].split()[0]
            if fmt != "rtf" and key.lower() not in txt.lower():
                print(f"WARNING: title word {key!r} not found in {final.name}", file=sys.stderr)
    man = [e["entry"] for e in entries]
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(man, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(man)} documents to {out}")


if __name__ == "__main__":
    main()
