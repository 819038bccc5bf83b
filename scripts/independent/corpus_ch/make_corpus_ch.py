"""Corpus CH: archive PDFs with real page geometry (see NOTES.md).

    /work/main/.venv/bin/python scripts/independent/corpus_ch/make_corpus_ch.py --out /work/corpora/ch

Deterministic (fixed seed). Word documents are built with python-docx (plus raw DrawingML for
text boxes) and converted by LibreOffice; forms are drawn with reportlab; Min Plan prints are
printed by Chromium; scans are rendered, degraded and read by Tesseract (or left image-only).
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

from docx.enum.section import WD_SECTION  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

import content as C  # noqa: E402
from content import Sec  # noqa: E402
from render_docx import Letter, set_cols  # noqa: E402
from render_pdf import Form, chromium_prints, scan, simple_pdf  # noqa: E402

SEED = 20261130
PROFILE = "file:///tmp/lo_ch_profile"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-"), ("/", "-"), (".", "")):
        t = t.replace(a, b)
    return "".join(ch for ch in t if ch.isalnum() or ch == "-")


def folder(c) -> str:
    return f"{slug(c.muni[0].replace(' Kommune', ''))}/{c.date.year}/{slug(c.citizen.last)}-{c.citizen.first.lower()}"


def entry(path: str, kind: str, layout: str, subtype: str, c=None, rules=(), extras=(), traits=(), period=True) -> dict:
    e = {"path": path, "format": "pdf", "kind": kind, "layout": layout, "subtype": subtype,
         "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
         "must_not_contain": [], "traits": list(traits)}
    if c is not None:
        if c.cpr:
            e["must_not_contain"] = [c.cpr, c.cpr.replace("-", "")]
        e["traits"] = sorted(set(e["traits"]) | set(c.traits))
        if period and "period:absent" not in c.traits and "period:placeholder" not in c.traits:
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    return e


TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb", "Samarbejdsaftale om mentorstøtte",
          "Aftale om mentorstøtte efter LAB § 167", "Mentorstøtte – aftale"]
INTROS = [
    "Du er bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Aftalen er lavet på et møde mellem dig, din mentor og din sagsbehandler.",
    "Denne aftale beskriver det mentorforløb, vi har aftalt sammen. Aftalen bliver også lagt i Min Plan på Jobnet.",
    "Aftalen er indgået mellem borgeren, mentor og {muni}. Den bygger på samtalen {d}.",
    "Vi har sammen talt om, hvad der skal til, for at du kan komme godt i gang. Her står det, vi har aftalt.",
]
FILLERS = [
    ("Samtykke", "Du giver samtykke til, at din mentor og kommunen må udveksle de oplysninger, der er nødvendige for forløbet. Du kan til enhver tid trække samtykket tilbage."),
    ("Praktiske oplysninger", "Hvis du bliver syg eller ikke kan komme til et møde, skal du give besked så tidligt som muligt. Udeblivelse uden gyldig grund kan få betydning for din ydelse, jf. reglerne om rådighed."),
    ("Tavshedspligt", "Mentor har tavshedspligt om personlige forhold, som mentor får kendskab til i forløbet. Tavshedspligten gælder ikke oplysninger, der skal videregives efter loven."),
]


def order(r: random.Random, secs: list[Sec]) -> list[Sec]:
    """Appeal last; the rest mostly in the usual order, sometimes mentor first."""
    body = [s for s in secs if s.key != "appeal"]
    app = [s for s in secs if s.key == "appeal"]
    if r.random() < 0.3:
        m = [s for s in body if s.key == "mentor"]
        body = m + [s for s in body if s.key != "mentor"]
    elif r.random() < 0.2:
        i, j = r.sample(range(len(body)), 2)
        body[i], body[j] = body[j], body[i]
    return body + app


# ---------------------------------------------------------------------------------------------
# Agreements in Word

def agreement_docx(r, c, secs: list[Sec], geometry: str, path: Path) -> None:
    L = Letter(r, c, geometry)
    L.letterhead(right_info=geometry == "letter-infocol-right")
    if geometry == "letter-infocol-right":
        L.right_info_column()
    elif geometry == "letter-sidebar-left":
        L.left_sidebar()
    L.recipient()
    L.title(r.choice(TITLES))
    intro = r.choice(INTROS).format(muni=c.muni[0], d=C.fmt_date(c.date, "words"))
    L.para(intro)
    fills = r.sample(FILLERS, r.randint(0, 2))
    if geometry == "two-column":
        L.doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(L.doc.sections[-1], 2)
    if geometry == "table-split":
        # a long preamble and a full table, so that the table runs over the page break
        L.heading(r.choice(["Baggrund", "Om forløbet"]))
        L.para(f"{c.citizen.first} har været tilmeldt kommunen siden {C.fmt_date(c.date - dt.timedelta(days=r.randint(200, 600)), 'words')}. "
               f"Der har været holdt {r.choice(['tre', 'fire', 'flere'])} samtaler, senest {C.fmt_date(c.date, 'words')}. "
               f"{c.citizen.first} bor {r.choice(['alene', 'sammen med sin mor', 'med sin kæreste og to børn'])} og har ikke bil.")
        for h, t in FILLERS:
            L.heading(h)
            L.para(t)
        head = [Sec("other", "Borger", f"{c.citizen.name}, {c.address}" + (f", CPR-nr. {c.cpr}" if c.cpr else "")),
                Sec("other", "Sagsbehandler", f"{c.caseworker.name}, tlf. {c.caseworker.phone}")]
        L.kv_table(head + order(r, secs))
    elif geometry == "numbered-hanging":
        L.numbered_fields(order(r, secs))
        for h, t in fills:
            L.heading(h)
            L.para(t)
    else:
        for s in order(r, secs):
            L.section(s)
        for h, t in fills:
            L.heading(h)
            L.para(t)
    L.signatures(["borger", "mentor", "sagsbehandler"][: r.choice([2, 3])])
    L.save(path)


# ---------------------------------------------------------------------------------------------
# Agreements as reportlab forms

def agreement_form(r, c, secs: list[Sec], mode: str, path: Path) -> None:
    f = Form(path, r, r.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skema: Aftale om mentorforløb"]),
             c.muni[0] + " · " + c.muni[1], f"{c.muni[0]}, {c.muni[2]}, {c.muni[3]} – {c.muni[5]}", mode, serif=r.random() < 0.3)
    f.heading("Borger")
    pairs = [("Navn", c.citizen.name), ("Adresse", c.address)]
    if c.cpr:
        pairs.append(("CPR-nummer", c.cpr))
    f.row(pairs)
    f.row([("Sagsbehandler", c.caseworker.name), ("Telefon", c.caseworker.phone), ("Sagsnummer", c.case_no)])
    if r.random() < 0.6:
        f.checkboxes("Type mentorstøtte", ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"],
                     r.randrange(4))
    f.heading("Aftalens indhold")
    for s in order(r, secs):
        vals = []
        if s.pairs:
            vals += [f"{k}: {v}" for k, v in s.pairs]
        if isinstance(s.body, list):
            vals += ["• " + b for b in s.body]
        elif s.body:
            vals.append(s.body)
        if s.key == "mentor" and s.pairs and r.random() < 0.5:
            f.row(list(s.pairs))
            continue
        if s.key == "appeal":
            f.heading(s.label)
            f.text(" ".join(vals), size=8.5)
            continue
        f.field(s.label, vals)
    f.signature_boxes(["borger", "mentor", "kommunen"])
    f.save()


# ---------------------------------------------------------------------------------------------
# Decisions

def decision_parts(r, c, defects: set[str], dtype: str) -> tuple[str, list[tuple[str, str | list]]]:
    """(title, [(heading or '', text)]); records rules/extras on c."""
    hours = r.choice(["3 timer", "2 timer", "4 timer", "5 timer"])
    over = "duration-over-6-months" in defects
    if over:
        c.end = C.add_months(c.start, r.choice([8, 9, 12])) - dt.timedelta(days=1)
    style = r.choice(["words", "dots", "abbr", "slash"])
    per = f"{C.fmt_date(c.start, style)} til {C.fmt_date(c.end, style)}"
    m = c.mentor
    parts: list[tuple[str, str | list]] = []
    if dtype == "bevilling":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        parts.append(("", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}, {hours} om ugen."))
        parts.append(("", f"Din mentor bliver {m.name} fra {c.provider[0]}, tlf. {m.phone}."))
        if r.random() < 0.5:
            parts.append(("Begrundelse", "Du får fuldt ud medhold i din ansøgning. Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik."))
    elif dtype == "delvis":
        title = r.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om mentorstøtte"])
        parts.append(("", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget dig mentorstøtte i perioden {per}, men med færre timer: {hours} om ugen."))
        if "missing-reasons" not in defects:
            parts.append(("Begrundelse", f"Vi har lagt vægt på, at du allerede har støtte fra din kontaktperson på skolen i to timer om ugen, og at {hours} om ugen ud fra en konkret vurdering dækker dit behov, jf. LAB § 167, stk. 1, og BAB § 123."))
    elif dtype == "afslag":
        title = r.choice(["Afslag på forlængelse af mentorstøtte", "Afgørelse: afslag på mentorstøtte"])
        over = False
        parts.append(("", f"Du har søgt om at forlænge din mentorstøtte, som slutter {C.fmt_date(c.end, 'words')}. Vi har givet dig afslag."))
        if "missing-reasons" not in defects:
            parts.append(("Begrundelse", "Vi har lagt vægt på, at du nu møder stabilt i din praktik, og at målet med mentorstøtten dermed er nået. Mentorstøtte kan gives for at fremme, at du kan fastholde en aktivitet, jf. LAB § 167, stk. 1. Det vurderer vi ikke længere er nødvendigt."))
    else:  # ophør
        title = r.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"])
        over = False
        parts.append(("", f"Vi har besluttet, at din mentorstøtte ophører den {C.fmt_date(c.end, 'words')}."))
        if "missing-reasons" not in defects:
            parts.append(("Begrundelse", "Afgørelsen er truffet på baggrund af, at du er startet i ordinært job 30 timer om ugen. Vi har lagt vægt på oplysningerne fra dit statusmøde og din arbejdsgiver, jf. LAB § 167."))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            parts.append((r.choice(["Klagevejledning", "Klage"]), r.choice(C.APPEAL_INCOMPLETE)))
            c.traits.append("appeal:incomplete")
        else:
            c.traits.append("appeal:absent")
    elif "appeal-wrong-route" in defects:
        parts.append(("Klagevejledning", r.choice(C.APPEAL_WRONG)))
    else:
        parts.append((r.choice(C.LABELS["appeal"]), C.fill(r.choice(C.APPEAL_FULL), c)))
    for d in defects:
        if d in ("missing-reasons", "appeal-wrong-route"):
            c.extras.add(d)
        else:
            c.rules.add(d)
    c.traits.append(f"decision:{dtype}")
    if over:
        c.traits.append("period:over6")
    return title, parts


def decision_docx(r, c, title, parts, geometry, path: Path, bilag: list[Sec] | None = None) -> None:
    L = Letter(r, c, geometry)
    L.letterhead(right_info=geometry == "letter-infocol-right")
    if geometry == "letter-infocol-right":
        L.right_info_column()
    elif geometry == "letter-sidebar-left":
        L.left_sidebar()
    L.recipient()
    L.title(title)
    L.para(f"Kære {c.citizen.first}")
    for h, t in parts:
        if h:
            L.heading(h)
        L.para(t)
    L.para("Venlig hilsen")
    L.para(f"{c.caseworker.name}\n{r.choice(['Jobkonsulent', 'Sagsbehandler', 'Rådgiver'])}")
    if bilag:
        L.body.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        L.title("Bilag 1: Aftale om mentorstøtte")
        for s in order(r, bilag):
            L.section(s)
    L.save(path)


# ---------------------------------------------------------------------------------------------
# Min Plan prints

def minplan_html(r, c, defects: set[str]) -> str:
    f = c.citizen.first
    goal = "" if "missing-goal" in defects else C.fill(r.choice(C.GOALS_UNCLEAR if "unclear-goal" in defects else C.GOALS_CLEAR), c)
    mentor = f"{c.mentor.name}, {c.provider[0]}" + ("" if "missing-mentor" in defects else f", tlf. {c.mentor.phone}, {c.mentor.email}")
    tasks = "" if "missing-tasks" in defects else "<ul>" + "".join(f"<li>{C.fill(t, c)}</li>" for t in r.sample(C.TASKS, 3)) + "</ul>"
    if "duration-over-6-months" in defects:
        c.end = C.add_months(c.start, r.choice([9, 12])) - dt.timedelta(days=1)
        c.traits.append("period:over6")
    period = "" if "missing-duration" in defects else f"{C.fmt_date(c.start, 'dash')} - {C.fmt_date(c.end, 'dash')}"
    hours = r.choice(HOURS_VAGUE_MP) if "missing-hours" in defects else r.choice(["3", "2", "4", "1,5"]) + " timer pr. uge"
    c.rules |= defects
    other_start = C.fmt_date(c.start + dt.timedelta(days=14), "dash")
    other_end = C.fmt_date(C.add_months(c.start, 3), "dash")
    rows = lambda items: "".join(f'<div class="row"><div class="k">{k}</div><div class="v">{v}</div></div>' for k, v in items if v is not None)
    card_mentor = rows([("Formål", goal), ("Mentor", mentor), ("Mentorens opgaver", tasks), ("Periode", period),
                        ("Timer", hours)])
    card_other = rows([("Arbejdsgiver", r.choice(C.FIRMS) + " " + r.choice(["Viborg", "Skive", "Hjørring"])),
                       ("Periode", f"{other_start} - {other_end}"), ("Timer pr. uge", "15"),
                       ("Kontaktperson", f"{C.person(r, 'firma.dk').name}, tlf. {C.phone(r)}")])
    return f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><style>
body{{font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#222}}
h1{{font-size:20px;color:#0b3a63}} .card{{border:1px solid #c8d3de;border-radius:6px;margin:12px 0;padding:10px 14px}}
.card h2{{font-size:15px;margin:0 0 8px}} .row{{display:flex;border-top:1px solid #eef2f5;padding:5px 0}}
.k{{width:170px;font-weight:bold;color:#44576b}} .v{{flex:1}} .meta{{color:#666;font-size:11px}} nav{{font-size:11px;color:#0b3a63}}
</style></head><body>
<nav>Forside › Min side › Min Plan</nav>
<h1>Min Plan</h1>
<div class="meta">{c.citizen.name}{(' · ' + c.cpr) if c.cpr else ''} · Udskrevet {C.fmt_date(c.date, 'dots')}</div>
<div class="meta">Kontakt: {c.muni[1]}, {c.muni[0]}, tlf. {c.muni[4]}</div>
<h2 style="font-size:16px">Dit mål</h2><p>{r.choice(['Job inden for lager og logistik', 'Uddannelse', 'Job'])}</p>
<h2 style="font-size:16px">Aktiviteter</h2>
<div class="card"><h2>Mentorstøtte</h2>{card_mentor}</div>
<div class="card"><h2>Virksomhedspraktik</h2>{card_other}</div>
<div class="card"><h2>Samtaler</h2><div class="row"><div class="k">Næste samtale</div><div class="v">{C.fmt_date(c.start + dt.timedelta(days=30), 'dots')} kl. 10.00 hos {c.caseworker.name}</div></div></div>
</body></html>"""


HOURS_VAGUE_MP = ["Efter behov", "Aftales løbende", "-"]


# ---------------------------------------------------------------------------------------------
# Documents that are none of the kinds

def unknown_docs(r: random.Random):
    """Yield (name, builder, layout, subtype, case) for 13 non-scanned + scanned sources."""
    out = []
    # 1 invoice from a mentor company (reportlab)
    c = C.new_case(r, 0.0)
    out.append(("faktura", "prose", c, [("p", f"{c.provider[0]} · CVR {r.randint(10 ** 7, 10 ** 8 - 1)}"), ("p", f"Faktura nr. {r.randint(2000, 9000)}"),
        ("p", f"Til: {c.muni[0]}, {c.muni[1]}, {c.muni[2]}, {c.muni[3]}. EAN: 57980{r.randint(10 ** 7, 10 ** 8 - 1)}"),
        ("h", "Specifikation"),
        ("p", f"Mentorstøtte til {c.citizen.name}, sagsnr. {c.case_no}. Mentor: {c.mentor.name}, tlf. {c.mentor.phone}."),
        ("p", f"Periode: {C.fmt_date(c.start, 'dots')} - {C.fmt_date(C.add_months(c.start, 1) - dt.timedelta(days=1), 'dots')}. Leverede timer: 12 á 495,00 kr. I alt ekskl. moms: 5.940,00 kr. Moms 25 %: 1.485,00 kr. I alt: 7.425,00 kr."),
        ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 9570 kontonr. 0012345678."),
        ("p", "Timerne er opgjort efter ydelsesbeskrivelsen. Spørgsmål til fakturaen rettes til bogholderiet.")], False))
    # 2 mentor's status report
    c = C.new_case(r, 0.5)
    out.append(("statusrapport", "letter", c, [
        ("t", "Statusrapport fra mentor"),
        ("p", f"Borger: {c.citizen.name}" + (f", CPR {c.cpr}" if c.cpr else "")),
        ("p", f"Mentor: {c.mentor.name}, {c.provider[0]}, tlf. {c.mentor.phone}"),
        ("h", "Forløbet indtil nu"),
        ("p", f"{c.citizen.first} har siden {C.fmt_date(c.start, 'words')} haft mentorstøtte 3 timer om ugen. Målet er praktik i en dagligvarebutik. {c.citizen.first} er mødt til 9 ud af 11 aftaler."),
        ("h", "Opgaver i perioden"),
        ("li", "Vi har øvet busruten til praktikstedet"), ("li", "Vi har lavet en ugeplan"),
        ("h", "Anbefaling"),
        ("p", f"Jeg anbefaler, at forløbet fortsætter til {C.fmt_date(c.end, 'words')}, og at vi holder statusmøde med sagsbehandler i næste måned.")], False))
    # 3 meeting minutes
    c = C.new_case(r, 0.3)
    out.append(("referat-opfoelgningsmoede", "letter", c, [
        ("t", "Referat af opfølgningsmøde"),
        ("p", f"Dato: {C.fmt_date(c.date, 'dots')}. Deltagere: {c.citizen.name}, mentor {c.mentor.name}, sagsbehandler {c.caseworker.name}."),
        ("h", "1. Siden sidst"),
        ("p", f"{c.citizen.first} fortalte, at praktikken hos {r.choice(C.FIRMS)} går godt. Fremmødet er steget fra to til fire dage om ugen."),
        ("h", "2. Mål og delmål"),
        ("p", "Delmålet om fremmøde fire dage om ugen er nået. Næste delmål er at tage bussen alene."),
        ("h", "3. Aftaler"),
        ("li", "Mentor fortsætter med 2 timer om ugen"), ("li", f"Næste møde {C.fmt_date(c.date + dt.timedelta(days=35), 'words')}"),
        ("p", f"Referent: {c.caseworker.name}")], False))
    # 4 leaflet "Hvad er en mentor?" (two columns)
    c = C.new_case(r, 0.0)
    out.append(("pjece-mentorstoette", "prose", c, [
        ("h", "Hvad er en mentor?"),
        ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse, eller med at blive i det. Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats § 167 i højst 6 måneder ad gangen."),
        ("h", "Hvad står der i din aftale?"),
        ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"), ("li", "hvilke opgaver mentoren skal hjælpe med"),
        ("li", "hvor længe aftalen gælder, og hvordan vi følger op"), ("li", "hvor mange timer om ugen du får"), ("li", "hvordan du klager"),
        ("h", "Hvis du vil klage"),
        ("p", "Du kan klage til kommunen inden fire uger. Kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
        ("h", "Kontakt"),
        ("p", f"{c.muni[1]}, {c.muni[2]}, {c.muni[3]}, tlf. {c.muni[4]}. Åbningstid mandag-torsdag 9-15, fredag 9-12.")], True))
    # 5 quality standard excerpt (letter with info column)
    c = C.new_case(r, 0.0)
    out.append(("kvalitetsstandard-mentor", "letter", c, [
        ("t", "Kvalitetsstandard for mentorstøtte"),
        ("p", f"Godkendt af Beskæftigelsesudvalget {C.fmt_date(c.date, 'words')}."),
        ("h", "Formål"),
        ("p", "Mentorstøtte skal hjælpe borgeren med at opnå eller fastholde job, uddannelse eller et tilbud."),
        ("h", "Serviceniveau"),
        ("li", "Niveau 1: 0-1 time pr. uge, opfølgning hver 3. måned"), ("li", "Niveau 2: 1-2 timer pr. uge, opfølgning hver måned"),
        ("li", "Niveau 3: mere end 2 timer pr. uge, opfølgning hver måned"),
        ("h", "Den skriftlige aftale"),
        ("p", "Aftalen skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varigheden og opfølgningen, timetallet og klagevejledning."),
        ("h", "Klageadgang"),
        ("p", "Borgeren kan klage til kommunen inden 4 uger; kommunen genvurderer og videresender til Ankestyrelsen.")], False))
    # 6 sports club private "mentoraftale"
    c = C.new_case(r, 0.0)
    club = r.choice(["Skive IK Fodbold", "Næstved Boldklub, ungdomsafdelingen", "Holstebro Håndbold"])
    out.append(("mentoraftale-idraetsforening", "letter", c, [
        ("t", f"Mentoraftale – {club}"),
        ("p", f"Aftalen er mellem spilleren {c.citizen.first} (U17) og seniorspiller {c.mentor.name}, tlf. {c.mentor.phone}."),
        ("h", "Mål"), ("p", "At komme med på U19-truppen til sommer og passe skolen."),
        ("h", "Hvad mentoren gør"), ("li", "Træner ekstra med dig en gang om ugen"), ("li", "Tager med til to udekampe med førsteholdet"),
        ("h", "Periode og tid"), ("p", f"Fra {C.fmt_date(c.start, 'words')} til sæsonafslutningen, ca. 2 timer om ugen."),
        ("h", "Opfølgning"), ("p", "Vi snakker sammen med træneren hver måned."),
        ("p", "Aftalen er frivillig og kan opsiges af begge parter. Underskrevet af spiller, forælder og mentor.")], False))
    # 7 free school's mentoraftale
    c = C.new_case(r, 0.0)
    out.append(("friskole-mentoraftale", "letter", c, [
        ("t", "Mentorordning i udskolingen – aftale"),
        ("p", f"{r.choice(['Vestbyens Friskole', 'Sølund Friskole', 'Lindegårdens Friskole'])}, 8. klasse"),
        ("p", f"Elev: {c.citizen.first}. Mentor (lærer): {c.mentor.name}, {c.mentor.email}."),
        ("h", "Vores mål"), ("p", "Du afleverer alle danskopgaver til tiden i dette skoleår."),
        ("h", "Det hjælper mentoren med"), ("li", "Planlægning af lektier"), ("li", "Samtale hver fredag i 20 minutter"),
        ("h", "Periode"), ("p", f"{C.fmt_date(c.start, 'dots')} - 20.06.{c.start.year + 1}"),
        ("p", "Forældrene orienteres på skole-hjem-samtalen.")], False))
    # 8 job ad for mentors
    c = C.new_case(r, 0.0)
    out.append(("stillingsopslag-mentor", "prose", c, [
        ("h", f"{c.muni[0]} søger mentorer til unge"),
        ("p", "Vil du gøre en forskel for unge, der er på vej mod uddannelse? Vi søger to mentorer, 30-37 timer om ugen, til Ungeenheden."),
        ("h", "Dine opgaver"), ("li", "Støtte unge i overgangen til FGU og erhvervsuddannelse"), ("li", "Samarbejde med skoler og sagsbehandlere"),
        ("h", "Vi forventer"), ("p", "Relevant uddannelse, fx socialrådgiver eller pædagog, og erfaring med målgruppen."),
        ("h", "Ansøgning"), ("p", f"Søg senest {C.fmt_date(c.date + dt.timedelta(days=21), 'words')}. Kontakt teamleder {c.caseworker.name}, tlf. {c.caseworker.phone}.")], False))
    # 9 meeting invitation letter
    c = C.new_case(r, 0.35)
    out.append(("indkaldelse-samtale", "letter", c, [
        ("t", "Indkaldelse til samtale om mentorstøtte"),
        ("p", f"Kære {c.citizen.first}"),
        ("p", f"Du er indkaldt til en samtale {C.fmt_date(c.date + dt.timedelta(days=10), 'den')} kl. 10.00 på {c.muni[2]}. Vi skal tale om, om mentorstøtte kan hjælpe dig videre mod job eller uddannelse."),
        ("p", "Hvis du ikke kan komme, skal du ringe til os senest dagen før. Du er velkommen til at tage en bisidder med."),
        ("p", f"Venlig hilsen\n{c.caseworker.name}, tlf. {c.caseworker.phone}")], False))
    # 10 partshøring
    c = C.new_case(r, 0.4)
    out.append(("partshoering", "letter", c, [
        ("t", "Partshøring – ophør af mentorstøtte"),
        ("p", f"Kære {c.citizen.first}"),
        ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste fire aftaler med din mentor. Før vi træffer en afgørelse, vil vi gerne høre dine bemærkninger."),
        ("p", f"Du kan sende dine bemærkninger senest {C.fmt_date(c.date + dt.timedelta(days=14), 'words')}. Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har."),
        ("p", f"Venlig hilsen\n{c.caseworker.name}")], False))
    # 11 order to a provider
    c = C.new_case(r, 0.3)
    out.append(("bestilling-mentorforloeb", "letter", c, [
        ("t", "Bestilling af mentorforløb"),
        ("p", f"Til: {c.provider[0]}. Vi bestiller hermed et mentorforløb til {c.citizen.name} efter rammeaftalen om mentorydelser."),
        ("p", f"Forventet opstart: {C.fmt_date(c.start, 'words')}. Ønsket omfang: 3 timer pr. uge. Faktura sendes til EAN-nummeret i rammeaftalen."),
        ("p", "Leverandøren bekræfter opstart og navn på mentor inden fem arbejdsdage."),
        ("p", f"Kontakt: {c.caseworker.name}, tlf. {c.caseworker.phone}")], False))
    # 12 course programme
    c = C.new_case(r, 0.0)
    out.append(("kursusprogram-mentoruddannelse", "prose", c, [
        ("h", "Mentoruddannelse – 3 moduler"),
        ("p", "For medarbejdere i virksomheder, der tager imod borgere i praktik og løntilskud."),
        ("h", "Modul 1: Mentorrollen"), ("p", "Hvad er en mentors opgaver? Forventninger, tavshedspligt og samarbejdet med kommunen."),
        ("h", "Modul 2: Den svære samtale"), ("p", "Feedback, konflikter og opfølgning på mål."),
        ("h", "Modul 3: Mentorstøtte i praksis"), ("p", "Cases, timeregistrering og afslutning af et forløb."),
        ("p", f"Tid og sted: {C.fmt_date(c.date, 'words')} kl. 9-15, {c.muni[2]}. Tilmelding til {c.caseworker.email}.")], True))
    # 13 Ankestyrelsen's ruling
    c = C.new_case(r, 0.3)
    out.append(("ankestyrelsen-afgoerelse", "letter", c, [
        ("t", "Ankestyrelsens afgørelse"),
        ("p", f"Du har klaget over {c.muni[0]}s afgørelse om afslag på forlængelse af mentorstøtte."),
        ("h", "Resultat"), ("p", "Ankestyrelsen giver kommunen medhold. Det betyder, at du ikke kan få forlænget din mentorstøtte."),
        ("h", "Begrundelse"), ("p", "Vi har lagt vægt på, at du har haft mentorstøtte i to perioder, og at du nu er i ordinært job. Mentorstøtte kan gives efter LAB § 167."),
        ("p", "Du kan ikke klage over denne afgørelse til anden administrativ myndighed.")], False))
    return out


# ---------------------------------------------------------------------------------------------

def build(out: Path) -> list[dict]:
    r = random.Random(SEED)
    work = Path(tempfile.mkdtemp(prefix="corpus_ch_"))
    docx_jobs: list[tuple[Path, str]] = []       # (docx, relative pdf path in corpus)
    direct: list[dict] = []
    scans: list[tuple[str, str, bool, dict]] = []  # (src rel in work, rel dst, text_layer, entry)
    prints = []
    entries: list[dict] = []

    def docx_target(rel: str) -> Path:
        p = work / "docx" / f"d{len(docx_jobs):03d}.docx"
        p.parent.mkdir(parents=True, exist_ok=True)
        docx_jobs.append((p, rel))
        return p

    # ---- agreements (65)
    geoms = (["letter-infocol-right"] * 14 + ["table-split"] * 10 + ["two-column"] * 5 + ["letter-sidebar-left"] * 7
             + ["numbered-hanging"] * 6 + ["form-above"] * 9 + ["form-beside"] * 5 + ["scan-ocr-layer"] * 5 + ["scan-image-only"] * 4)
    r.shuffle(geoms)
    allocation = C.allocate_defects(r, len(geoms))
    for i, g in enumerate(geoms):
        c = C.new_case(r)
        defects = set(allocation[i])
        secs = C.agreement_sections(c, defects)
        name = r.choice([f"Mentoraftale_{c.citizen.first}.pdf", "aftale-om-mentorstoette.pdf", f"{c.date.isoformat()} Aftale mentor.pdf",
                         f"Mentoraftale {c.citizen.name}.pdf", "mentoraftale_underskrevet.pdf"])
        if g.startswith("scan"):
            name = r.choice([f"Scan_{c.date.isoformat()}_{r.randint(1000, 9999)}.pdf", f"SKM_C{r.randint(200, 450)}i{c.date.strftime('%y%m%d')}.pdf",
                             "mentoraftale-scannet.pdf"])
        rel = f"{folder(c)}/{name}"
        e = entry(rel, "agreement", g, "agreement", c, c.rules, c.extras, [f"geometry:{g}"])
        if g.startswith("letter") or g in ("table-split", "two-column", "numbered-hanging"):
            agreement_docx(r, c, secs, g, docx_target(rel))
        elif g.startswith("form"):
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            agreement_form(r, c, secs, "above" if g == "form-above" else "beside", p)
        else:
            src_geo = r.choice(["letter-infocol-right", "table-split", "form-above"])
            e["traits"].append(f"scan-of:{src_geo}")
            if src_geo.startswith("form"):
                src = work / "scan_src" / f"a{i}.pdf"
                src.parent.mkdir(parents=True, exist_ok=True)
                agreement_form(r, c, secs, "above", src)
                scans.append((str(src), rel, g == "scan-ocr-layer", e))
            else:
                d = docx_target(f"_scan/a{i}.pdf")
                agreement_docx(r, c, secs, src_geo, d)
                scans.append((str(work / "pdf" / (d.stem + ".pdf")), rel, g == "scan-ocr-layer", e))
        entries.append(e)

    # ---- decisions (15)
    dgeoms = ["letter-infocol-right"] * 6 + ["letter-sidebar-left"] * 4 + ["table-split"] * 0 + ["letter-plain"] * 2 + ["scan-ocr-layer"] * 2 + ["scan-image-only"] * 1
    dtypes = ["bevilling"] * 7 + ["delvis"] * 3 + ["afslag"] * 3 + ["ophør"] * 2
    r.shuffle(dtypes)
    bilag_idx = {1, 4, 9}
    for i, (g, dtype) in enumerate(zip(dgeoms, dtypes)):
        c = C.new_case(r)
        dpool = ["missing-appeal-guidance", "missing-appeal-guidance", "appeal-wrong-route"]
        if dtype == "bevilling":
            dpool += ["duration-over-6-months", "duration-over-6-months"]
        if dtype in ("delvis", "afslag", "ophør"):
            dpool += ["missing-reasons", "missing-reasons"]
        defects = C.pick_defects(r, dpool, p_one=0.55, p_two=0.05)
        bilag = None
        if i in bilag_idx and dtype in ("bevilling", "delvis"):
            bdef = C.pick_defects(r, ["missing-follow-up", "missing-tasks", "unclear-goal"], p_one=0.5, p_two=0)
            bilag = [s for s in C.agreement_sections(c, bdef) if s.key != "appeal"]
            c.traits.append("bilag:agreement")
            defects.discard("duration-over-6-months")
        title, parts = decision_parts(r, c, defects, dtype)
        name = r.choice(["Afgørelse om mentorstøtte.pdf", f"afgoerelse_{dtype}.pdf", f"{c.date.isoformat()}_Afgørelse.pdf", "brev-afgoerelse.pdf"])
        if g.startswith("scan"):
            name = f"Scan_{c.date.isoformat()}_{r.randint(1000, 9999)}.pdf"
        rel = f"{folder(c)}/{name}"
        e = entry(rel, "decision", g, f"decision-{dtype}", c, c.rules, c.extras, [f"geometry:{g}"],
                  period=dtype in ("bevilling", "delvis"))
        if g.startswith("scan"):
            d = docx_target(f"_scan/d{i}.pdf")
            decision_docx(r, c, title, parts, "letter-infocol-right", d, bilag)
            scans.append((str(work / "pdf" / (d.stem + ".pdf")), rel, g == "scan-ocr-layer", e))
        else:
            decision_docx(r, c, title, parts, g, docx_target(rel), bilag)
        entries.append(e)

    # ---- Min Plan prints (5)
    for i in range(5):
        c = C.new_case(r)
        defects = C.pick_defects(r, ["missing-hours", "missing-mentor", "unclear-goal", "missing-tasks", "duration-over-6-months"], p_one=0.6, p_two=0)
        html = minplan_html(r, c, defects)
        rel = f"{folder(c)}/{r.choice(['Min Plan.pdf', 'minplan-udskrift.pdf', f'Min Plan - {c.citizen.first}.pdf'])}"
        out_p = out / rel
        out_p.parent.mkdir(parents=True, exist_ok=True)
        prints.append((html, out_p, "Min Plan", r.choice(["https://job.jobnet.dk/CV/minside/minplan", "https://minplan.jobnet.dk/plan"])))
        entries.append(entry(rel, "minplan", "browser-print", "minplan", c, c.rules, c.extras, ["geometry:browser-print"]))

    # ---- unknown (15: 13 built + 2 scanned)
    unk = unknown_docs(r)
    scan_unknown = {1, 2}  # status report and minutes also exist as scans
    for j, (sub, kind_layout, c, blocks, two_col) in enumerate(unk):
        if kind_layout == "prose":
            c.cpr = None
        elif c.cpr and sub != "statusrapport":
            blocks = blocks[:1] + [("p", f"Vedr.: {c.citizen.name}, cpr.nr. {c.cpr}")] + blocks[1:]
        if not c.cpr and "cpr" in c.traits:
            c.traits.remove("cpr")
        rel = f"{folder(c)}/{sub}.pdf"
        if kind_layout == "prose":
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            simple_pdf(p, blocks[0][1] if blocks[0][0] == "h" else sub.replace("-", " ").capitalize(), c.muni[0] if sub != "faktura" else c.provider[0],
                       blocks[1:] if blocks[0][0] == "h" else blocks, two_col=two_col, footer=f"{c.muni[2]}, {c.muni[3]}")
            lay = "two-column" if two_col else "prose"
        else:
            L = Letter(r, c, "letter-infocol-right")
            geo = r.choice(["letter-infocol-right", "letter-sidebar-left", "letter-plain"])
            L.letterhead(right_info=geo == "letter-infocol-right")
            if geo == "letter-infocol-right":
                L.right_info_column()
            elif geo == "letter-sidebar-left":
                L.left_sidebar()
            for k, t in blocks:
                {"t": L.title, "h": L.heading, "p": L.para, "li": lambda x: L.bullets([x])}[k](t)
            L.save(docx_target(rel))
            lay = geo
        e = entry(rel, "unknown", lay, sub, c, [], [], ["not-a-mentor-document-kind"], period=False)
        entries.append(e)
        if j in scan_unknown:
            srel = f"{folder(c)}/Scan_{c.date.isoformat()}_{sub}.pdf"
            es = entry(srel, "unknown", "scan-ocr-layer", sub, c, [], [], ["not-a-mentor-document-kind", "scan"], period=False)
            scans.append((None, srel, True, es, rel))
            entries.append(es)

    # ---- LibreOffice: all Word documents to PDF in one run
    (work / "pdf").mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(work / "pdf")] + [str(p) for p, _ in docx_jobs], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=1200)
    for p, rel in docx_jobs:
        pdf = work / "pdf" / (p.stem + ".pdf")
        if not pdf.is_file():
            raise SystemExit(f"LibreOffice did not convert {p.name}")
        if rel.startswith("_scan/"):
            continue
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, dst)

    # ---- Chromium prints
    chromium_prints(prints)

    # ---- scans
    for s in scans:
        if s[0] is None:
            _, rel, tl, e, src_rel = s
            src = out / src_rel
        else:
            src_s, rel, tl, e = s
            src = Path(src_s)
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        scan(src, dst, r, tl)
        e["traits"].append("scan:ocr-layer" if tl else "scan:image-only")

    shutil.rmtree(work, ignore_errors=True)
    return entries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    entries = build(a.out)
    paths = [e["path"] for e in entries]
    assert len(paths) == len(set(paths)), "duplicate paths"
    for e in entries:
        assert (a.out / e["path"]).is_file(), e["path"]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print("documents:", len(entries), dict(Counter(e["kind"] for e in entries)))
    print("layouts:", dict(Counter(e["layout"] for e in entries)))
    print("rules:", dict(Counter(x for e in entries for x in e["rules"])))
    print("extras:", dict(Counter(x for e in entries for x in e["extras"])))
    print("clean:", sum(1 for e in entries if not e["rules"]), "cpr:", sum(1 for e in entries if e["must_not_contain"]))


if __name__ == "__main__":
    main()
