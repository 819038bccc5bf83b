#!/usr/bin/env python3
"""Corpus fa: weak-but-present fields next to fine ones (agreements, decisions, Min Plan).

Deterministic: python make_corpus_fa.py --out /work/corpora/fa [--seed 1212]
Writes docx, pdf (reportlab), odt (odfpy), html, txt, md and EXPECTED.jsonl.
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from pathlib import Path

# ----------------------------------------------------------------------------- pools
NAMES = ["Anna Thomsen", "Mads Kristiansen", "Ahmed Hassan", "Sofie Lund", "Jonas Bech",
         "Fatima Ali", "Mikkel Holm", "Line Vestergaard", "Kasper Dam", "Sara Nielsen",
         "Omar Yilmaz", "Julie Kjær", "Niklas Poulsen", "Maria Lindholm", "Emil Schou",
         "Hanne Bisgaard", "Rasmus Friis", "Aylin Demir", "Camilla Skov", "Tobias Winther",
         "Nadia Mortensen", "Peter Juhl", "Louise Krog", "Ali Rahimi", "Freja Iversen"]
MENTORS = [("Lars Østergaard", "Jobhuset Sjælland", "23 45 67 89", "lo@jobhuset.dk"),
           ("Pia Nørgaard", "Mentorcentret", "40 11 22 33", "pn@mentorcentret.dk"),
           ("Henrik Aagaard", "Kommunens mentorkorps", "72 36 44 10", "heaa@kommune.dk"),
           ("Susanne Bro", "Broen ApS", "51 92 83 74", "susanne@broen-aps.dk"),
           ("Karim Said", "Ungeenheden", "29 48 17 60", "kasa@ungeenheden.dk"),
           ("Birgitte Holt", "Værkstedet Nord", "61 70 80 90", "bh@vaerkstedetnord.dk"),
           ("Jesper Lykke", "Lykke Mentor & Coaching", "22 33 98 76", "jesper@lykkementor.dk"),
           ("Tina Rask", "Jobcentrets virksomhedsteam", "96 28 50 11", "tira@kommune.dk")]
KOMMUNER = ["Holbæk Kommune", "Ringsted Kommune", "Viborg Kommune", "Jobcenter Herning",
            "Faxe Kommune", "Tønder Kommune", "Jobcenter Roskilde", "Assens Kommune",
            "Rudersdal Kommune", "Gribskov Kommune", "Silkeborg Kommune", "Jobcenter Aalborg"]
CASEWORKERS = ["Mette Vinther", "Claus Bonde", "Rikke Storm", "Anders Lau", "Dorthe Kirk",
               "Yasmin Farah"]

# --------------------------------------------------------------------------- fields
GOAL_GOOD = [
    "Målet er, at {f} er i virksomhedspraktik som lagermedarbejder hos Dagrofa i {by} 15 timer om ugen senest 1. juni 2026.",
    "{f} starter på SOSU-hjælperuddannelsen i august 2026 og møder op mindst fire dage om ugen.",
    "At {f} gennemfører 9. klasses prøve i dansk og matematik på VUC i juni 2026 med henblik på optagelse på en erhvervsuddannelse.",
    "{f} fastholder sit løntilskudsjob i kantinen på {by} Rådhus med højst to fraværsdage pr. måned.",
    "Hovedformål: {f} kommer i fleksjob som pedelmedhjælper 12 timer om ugen. Første skridt er en praktik hos boligselskabet fra marts.",
    "{f} gennemfører første semester på erhvervsskolens grundforløb (GF1, Frisør) og har under 10 % fravær.",
    "At {f} kan tage bussen alene til praktikpladsen hos Netto og møder til tiden fem dage ud af fem inden udgangen af april.",
    "Ordinært job i detailhandlen, mindst 20 timer om ugen. Delvist mål: praktik i Føtex {by} fra uge 12.",
    "{f} bliver optaget på FGU (produktionsgrunduddannelse, spor: Jord, bygning og anlæg) til august og har fremmøde på mindst 80 %.",
    "{f} er i gang med ordinære timer som rengøringsassistent hos ISS (8 timer om ugen) ved periodens udløb.",
]
GOAL_UNCLEAR = [
    "Øget trivsel og mere struktur på hverdagen.",
    "At {f} kommer videre.",
    "Støtte til at komme tættere på arbejdsmarkedet.",
    "{f} skal opleve øget selvværd og mere overskud i hverdagen.",
    "Sikre at {f} trives bedre og kommer videre i livet.",
    "Hjælp til at få styr på hverdagen.",
    "Motivere {f} og øge trivslen.",
]
GOAL_EMPTY = ["Udfyldes senere", "Klik eller tryk her for at skrive tekst.", "[Skriv målet her]", "xx",
              "(Beskriv målet med mentorstøtten – hvad skal borgeren opnå?)", "…"]

TASKS_GOOD = [
    "Mentoren følger {f} til praktikstedet de første to uger og taler med {f} om fremmøde og transport.",
    "Hjælpe med at planlægge ugen, ringe om morgenen på skoledage og tage med til møder med studievejlederen.",
    "Samtaler om fremmøde og fravær; kontakt til arbejdsgiveren ved problemer; støtte til at bruge rejsekort.",
    "Mentoren hjælper {f} med at åbne og forstå post fra e-Boks, følger med til lægen ved behov og øver køreplanen til skolen.",
    "Støtten består i: – ugentlig samtale om praktikken – kontakt til kontaktpersonen i virksomheden – hjælp til lektieplan.",
    "Være fast sparringspartner om arbejdsopgaver og pauser, følge op med lederen i kantinen og hjælpe med vagtplanen.",
]
TASKS_EMPTY = ["-", "[Beskriv opgaverne]", "Udfyldes af mentor", "Klik eller tryk her for at skrive tekst."]

HOURS_GOOD = [  # (text, trait)
    ("3 timer pr. uge", "hours:plain"),
    ("ca. 4 timer om ugen", "hours:ca"),
    ("2-3 timer ugentligt", "hours:range"),
    ("1½ time pr. uge", "hours:fraction"),
    ("½ time om ugen (telefon) samt 1 times møde hver anden uge", "hours:fraction"),
    ("i alt 40 timer i perioden, svarende til ca. 1,5 time om ugen", "hours:total"),
    ("8 timer om måneden", "hours:month"),
    ("op til 5 timer pr. uge", "hours:max"),
    ("2 t/uge", "hours:abbr"),
    ("i alt 30 timer fordelt over perioden", "hours:total-only"),
    ("6 timer hver anden uge", "hours:biweekly"),
]
HOURS_WEAK = [  # -> missing-hours
    ("efter behov", "hours:efter-behov"),
    ("løbende", "hours:loebende"),
    ("et par timer om ugen", "hours:et-par"),
    ("som aftalt med mentor", "hours:som-aftalt"),
    ("[antal] timer pr. uge", "hours:placeholder"),
    ("fleksibelt – aftales mellem mentor og borger", "hours:fleksibelt"),
    ("Klik eller tryk her for at skrive tekst.", "hours:word-placeholder"),
]
FOLLOW_GOOD = [
    ("Statusmøde med mentor, {f} og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.", "fu:rhythm"),
    ("Vi følger op telefonisk hver anden uge. Midtvejsevaluering i uge 20 på jobcentret.", "fu:weeks"),
    ("Opfølgningssamtale den 15. maj 2026 kl. 10.00 på jobcentret; slutevaluering 14 dage før ophør.", "fu:date"),
    ("Mentor sender en kort skriftlig status til sagsbehandler den første hverdag i hver måned. Delmål: fremmøde 3 af 5 dage i april, 4 af 5 i maj.", "fu:monthly-written"),
    ("Evaluering hver måned (niveau 2) og altid 14 dage inden støtteperioden ophører, sammen med borgeren.", "fu:gribskov"),
]
FOLLOW_WEAK = [  # -> missing-follow-up
    ("Opfølgning sker løbende.", "fu:loebende"),
    ("Der følges op efter behov.", "fu:efter-behov"),
    ("Som aftalt.", "fu:som-aftalt"),
    ("[dato for opfølgning]", "fu:placeholder"),
    ("Sagsbehandler følger op, når det giver mening.", "fu:vague"),
]
# duration: (text, start, end, trait)
DUR_GOOD = [
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31", "period:exact-six"),
    ("01.04.2026-30.09.2026", "2026-04-01", "2026-09-30", "period:numeric"),
    ("fra 1. februar 2026 og 6 måneder frem", "2026-02-01", "2026-07-31", "period:start-plus-length"),
    ("26 uger fra 2. marts 2026", "2026-03-02", "2026-08-30", "period:weeks"),
    ("uge 10-35 2026", "2026-03-02", "2026-08-30", "period:week-numbers"),
    ("3 mdr. (1/5-2026 til 31/7-2026)", "2026-05-01", "2026-07-31", "period:short"),
    ("f.o.m. 15. januar 2026 t.o.m. 14. juli 2026", "2026-01-15", "2026-07-14", "period:fom-tom"),
    ("4 måneder, 1. april – 31. juli 2026", "2026-04-01", "2026-07-31", "period:shared-year"),
]
DUR_OPEN = [  # -> missing-duration
    ("indtil videre", None, None, "period:indtil-videre"),
    ("fra 1. marts 2026", "2026-03-01", None, "period:open-end"),
    ("løbende, til målet er nået", None, None, "period:loebende"),
    ("højst 6 måneder", None, None, "period:limit-only"),
    ("[startdato] – [slutdato]", None, None, "period:placeholder"),
]
DUR_OVER = [  # -> duration-over-6-months
    ("1. marts 2026 – 30. november 2026", "2026-03-01", "2026-11-30", "period:nine-months"),
    ("uge 5-45 2026", "2026-01-26", "2026-11-08", "period:week-numbers-over"),
    ("01.02.2026 - 01.08.2026", "2026-02-01", "2026-08-01", "period:one-day-over"),
    ("9 mdr. fra 1. januar 2026", "2026-01-01", "2026-09-30", "period:length-over"),
    ("et år (1/4 2026 – 31/3 2027)", "2026-04-01", "2027-03-31", "period:one-year"),
    ("40 uger", None, None, "period:weeks-over"),
]
APPEAL_GOOD = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget i {k} senest 4 uger efter, at du har modtaget dette brev. Du kan klage mundtligt eller skriftligt til din sagsbehandler. Vi genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Klagefrist: 4 uger fra du har modtaget afgørelsen. Send klagen til jobcentret (mail: jobcenter@kommune.dk). Jobcentret vurderer afgørelsen igen; fastholdes den, går klagen til Ankestyrelsen.",
    "Er du uenig, kan du klage til {k} inden fire uger efter modtagelsen af brevet. Vi ser på sagen igen inden for fire uger. Giver vi dig ikke ret, sender vi klagen og sagens papirer til Ankestyrelsen.",
]
APPEAL_WEAK = [  # -> missing-appeal-guidance
    ("Du kan klage over afgørelsen.", "appeal:bare"),
    ("Hvis du er uenig, så tal med din sagsbehandler.", "appeal:no-body-no-deadline"),
    ("Klage over afgørelsen kan sendes til Ankestyrelsen.", "appeal:no-deadline"),
    ("Du kan klage inden 4 uger.", "appeal:no-body"),
    ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage til kommunen inden 4 uger over afgørelsen om befordringsgodtgørelse. Kommunen genvurderer sagen, og fastholdes den, sendes klagen til Ankestyrelsen.", "appeal:other-subject"),
]

BYER = {"Holbæk Kommune": "Holbæk", "Ringsted Kommune": "Ringsted", "Viborg Kommune": "Viborg",
        "Jobcenter Herning": "Herning", "Faxe Kommune": "Haslev", "Tønder Kommune": "Tønder",
        "Jobcenter Roskilde": "Roskilde", "Assens Kommune": "Assens", "Rudersdal Kommune": "Holte",
        "Gribskov Kommune": "Helsinge", "Silkeborg Kommune": "Silkeborg", "Jobcenter Aalborg": "Aalborg"}


def cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28); m = rng.randint(1, 12); y = rng.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# ------------------------------------------------------------------ document model
# A document is a dict: title, head (list of lines), blocks: list of ("h", text) | ("p", text)
# | ("kv", label, value) | ("table", [(label, value), ...]), foot (list of lines)

def render_txt(doc) -> str:
    out = [doc["title"], "=" * len(doc["title"]) if doc.get("underline") else "", ""]
    out = [l for l in out if l is not None]
    for l in doc.get("head", []):
        out.append(l)
    out.append("")
    for b in doc["blocks"]:
        if b[0] == "h":
            out += ["", b[1].upper() if doc.get("caps") else b[1]]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif b[0] == "table":
            for k, v in b[1]:
                out.append(f"{k} | {v}")
            out.append("")
    out.append("")
    out += doc.get("foot", [])
    return "\n".join(out) + "\n"


def render_md(doc) -> str:
    out = [f"# {doc['title']}", ""] + [l + "  " for l in doc.get("head", [])] + [""]
    for b in doc["blocks"]:
        if b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [f"**{b[1]}:** {b[2]}", ""]
        elif b[0] == "table":
            out += ["| Felt | Indhold |", "|---|---|"] + [f"| {k} | {v} |" for k, v in b[1]] + [""]
    out += doc.get("foot", [])
    return "\n".join(out) + "\n"


def render_html(doc) -> str:
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(doc['title'])}</title></head><body>"]
    if doc.get("head"):
        parts.append("<div class=\"brevhoved\">" + "<br>".join(e(l) for l in doc["head"]) + "</div>")
    parts.append(f"<h1>{e(doc['title'])}</h1>")
    for b in doc["blocks"]:
        if b[0] == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "kv":
            parts.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif b[0] == "table":
            parts.append('<table border="1">' + "".join(
                f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
    if doc.get("foot"):
        parts.append("<footer>" + "<br>".join(e(l) for l in doc["foot"]) + "</footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_docx(doc, path: Path):
    import docx
    d = docx.Document()
    for l in doc.get("head", []):
        d.add_paragraph(l)
    d.add_heading(doc["title"], level=1)
    for b in doc["blocks"]:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                row = t.add_row().cells
                row[0].text = k
                row[1].text = v
            d.add_paragraph("")
    for l in doc.get("foot", []):
        d.add_paragraph(l)
    d.save(str(path))


def render_odt(doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    od = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    for l in doc.get("head", []):
        od.text.addElement(P(text=l))
    od.text.addElement(H(outlinelevel=1, text=doc["title"]))
    for b in doc["blocks"]:
        if b[0] == "h":
            od.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            od.text.addElement(P(text=b[1]))
        elif b[0] == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            od.text.addElement(p)
        elif b[0] == "table":
            t = Table(name="Felter")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for k, v in b[1]:
                tr = TableRow()
                for x in (k, v):
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=x))
                    tr.addElement(c)
                t.addElement(tr)
            od.text.addElement(t)
    for l in doc.get("foot", []):
        od.text.addElement(P(text=l))
    od.save(str(path))


def render_pdf(doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab import rl_config
    rl_config.invariant = 1  # no timestamps or random ids: byte-identical PDFs
    e = lambda t: htmlmod.escape(t.replace("☒", "[X]").replace("☐", "[  ]"))
    ss = getSampleStyleSheet()
    story = []
    for l in doc.get("head", []):
        story.append(Paragraph(e(l), ss["Normal"]))
    story += [Spacer(1, 10), Paragraph(e(doc["title"]), ss["Title"])]
    for b in doc["blocks"]:
        if b[0] == "h":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), ss["Normal"])); story.append(Spacer(1, 5))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{e(b[1])}:</b> {e(b[2])}", ss["Normal"]))
        elif b[0] == "table":
            data = [[Paragraph(f"<b>{e(k)}</b>", ss["Normal"]), Paragraph(e(v), ss["Normal"])] for k, v in b[1]]
            t = Table(data, colWidths=[140, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    story.append(Spacer(1, 12))
    for l in doc.get("foot", []):
        story.append(Paragraph(e(l), ss["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"]).build(story)


def write(doc, fmt: str, path: Path):
    if fmt == "txt":
        path.write_text(render_txt(doc), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render_md(doc), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(doc), encoding="utf-8")
    elif fmt == "docx":
        render_docx(doc, path)
    elif fmt == "odt":
        render_odt(doc, path)
    elif fmt == "pdf":
        render_pdf(doc, path)
    elif fmt == "eml":
        from email.message import EmailMessage
        msg = EmailMessage()
        msg["From"] = doc.get("from", "Jobcenter <jobcenter@kommune.dk>")
        msg["To"] = doc.get("to", "borger@example.dk")
        msg["Subject"] = doc["title"]
        msg["Date"] = "Tue, 03 Mar 2026 10:12:00 +0100"
        body = "\n".join(doc.get("head", [])) + "\n\n"
        for b in doc["blocks"]:
            if b[0] == "h":
                body += "\n" + b[1] + "\n"
            elif b[0] == "p":
                body += b[1] + "\n\n"
            elif b[0] == "kv":
                body += f"{b[1]}: {b[2]}\n"
        body += "\n".join(doc.get("foot", [])) + "\n"
        msg.set_content(body)
        path.write_bytes(bytes(msg))


# ------------------------------------------------------------------- agreements
AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
              "Skriftlig aftale – mentorstøtte", "Mentorforløb – aftale", "Aftale om mentor"]
AGR_LABELS = [  # goal, mentor, tasks, duration, hours, follow, appeal
    ("Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Mentorens opgaver", "Varighed",
     "Timetal", "Opfølgning", "Klagevejledning"),
    ("Mål", "Mentor", "Opgaver", "Periode", "Timer pr. uge", "Opfølgning og progression", "Sådan klager du"),
    ("Formål", "Kontaktoplysninger på mentor", "Hvad skal mentoren hjælpe med?", "Aftalens varighed",
     "Antal timer", "Evaluering", "Hvis du vil klage"),
    ("1) Målet med mentorstøtten", "2) Mentorens navn og kontaktdata", "3) Hvilke opgaver mentoren skal bistå ved",
     "4) Varighed", "5) Timetal", "4b) Opfølgning", "6) Klagevejledning"),
    ("Hovedformål", "Din mentor", "Støtten består i", "Bevilget periode", "Timeantal (angiv antal timer pr. uge)",
     "Sådan følger vi op", "Klageadgang"),
    ("Mål (skriv hvilket job eller hvilken uddannelse)", "Mentor (navn, tlf., mail)",
     "Opgaver (hvad skal mentoren hjælpe med?)", "Periode (fra–til, højst 6 mdr.)", "Timer pr. uge (antal)",
     "Opfølgning (hvornår og hvordan?)", "Klagevejledning"),
]


def mentor_text(m, variant):
    name, org, tel, mail = m
    if variant == "good":
        return f"{name}, {org}, tlf. {tel}, {mail}"
    if variant == "good2":
        return f"{name} ({org}) – telefon {tel}"
    if variant == "good3":
        return f"{name}, e-mail: {mail}"
    if variant == "noname":
        return f"(navn oplyses senere) – {org}, tlf. {tel}"
    if variant == "nocontact":
        return f"{name}, {org}"
    if variant == "placeholder":
        return "[Navn, telefon, mail]"
    raise ValueError(variant)


def build_agreement(i, spec, rng):
    """spec: dict of field -> 'good' | weak kind. Returns doc, rules, traits, period."""
    full = NAMES[i % len(NAMES)]
    first = full.split()[0]
    k = KOMMUNER[(i * 5) % len(KOMMUNER)]
    by = BYER[k]
    m = MENTORS[(i * 3) % len(MENTORS)]
    lab = AGR_LABELS[(i * 4 + i // 6) % len(AGR_LABELS)]
    rules, traits, extras = set(), [], []
    fmt_name = lambda s: s.format(f=first, by=by, k=k)

    g = spec.get("goal", "good")
    if g == "good":
        gp = [x for x in GOAL_GOOD if "timer" not in x] if spec.get("hours") == "weak" else GOAL_GOOD
        goal = fmt_name(gp[rng.randrange(len(gp))])
    elif g == "unclear":
        goal = fmt_name(GOAL_UNCLEAR[rng.randrange(len(GOAL_UNCLEAR))]); rules.add("unclear-goal")
        traits.append("goal:vague")
    else:
        goal = GOAL_EMPTY[rng.randrange(len(GOAL_EMPTY))]; rules.add("missing-goal"); traits.append("goal:placeholder")
    mv = spec.get("mentor", rng.choice(["good", "good", "good2", "good3"]))
    ment = mentor_text(m, mv)
    if mv in ("noname", "nocontact", "placeholder"):
        rules.add("missing-mentor"); traits.append("mentor:" + mv)
    t = spec.get("tasks", "good")
    if t == "good":
        tp = [x for x in TASKS_GOOD if "ugentlig" not in x and "følge op" not in x] if spec.get("follow") == "weak" else TASKS_GOOD
        tasks = fmt_name(rng.choice(tp))
    else:
        tasks = rng.choice(TASKS_EMPTY); rules.add("missing-tasks"); traits.append("tasks:placeholder")
    d = spec.get("dur", "good")
    pool = {"good": DUR_GOOD, "open": DUR_OPEN, "over": DUR_OVER}[d]
    dur = pool[spec["dur_i"] % len(pool)] if "dur_i" in spec else rng.choice(pool)
    traits.append(dur[3])
    if d == "open":
        rules.add("missing-duration")
    elif d == "over":
        rules.add("duration-over-6-months")
    h = spec.get("hours", "good")
    hp = HOURS_GOOD if h == "good" else HOURS_WEAK
    hours = hp[spec["hours_i"] % len(hp)] if "hours_i" in spec else rng.choice(hp)
    traits.append(hours[1])
    if h != "good":
        rules.add("missing-hours")
    f = spec.get("follow", "good")
    fp = FOLLOW_GOOD if f == "good" else FOLLOW_WEAK
    follow = fp[spec["follow_i"] % len(fp)] if "follow_i" in spec else rng.choice(fp)
    traits.append(follow[1])
    if f != "good":
        rules.add("missing-follow-up")
    a = spec.get("appeal", "good")
    if a == "good":
        appeal = fmt_name(rng.choice(APPEAL_GOOD)); traits.append("appeal:full")
    else:
        ap = APPEAL_WEAK[spec.get("appeal_i", rng.randrange(len(APPEAL_WEAK))) % len(APPEAL_WEAK)]
        appeal = ap[0]; traits.append(ap[1]); rules.add("missing-appeal-guidance")
        if ap[1] == "appeal:no-deadline":
            extras.append("appeal-wrong-route")

    layout = spec.get("layout") or ["labels", "headings", "table", "numbered", "prose"][i % 5]
    c = cpr(rng) if spec.get("cpr") else None
    head = [k, "Jobcenter – Mentorindsatsen" if "Kommune" in k else "Afdeling for job og uddannelse",
            f"Dato: {rng.randint(2, 27)}. {rng.choice(['januar', 'februar', 'marts'])} 2026",
            f"Sagsnr.: 15.20.{rng.randint(10, 99)}-G01-{rng.randint(100, 999)}-26"]
    who = f"Borger: {full}" + (f", CPR-nr. {c}" if c else "")
    hours_txt, follow_txt = hours[0], fmt_name(follow[0])
    vals = [goal, ment, tasks, dur[0], hours_txt, follow_txt, appeal]
    blocks = []
    intro = rng.choice([
        f"Denne aftale er indgået mellem {full}, {k} og mentor. Aftalen er en del af din plan.",
        f"Her får du det, vi blev enige om, skrevet ned. Aftalen gælder mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
        f"Kære {first}. Du har fået bevilget mentorstøtte. Nedenfor står, hvad vi har aftalt.",
        f"Aftalen er lavet på mødet i jobcentret mellem {full}, sagsbehandler og mentor.",
    ])
    if layout == "table":
        blocks = [("p", who), ("p", intro), ("table", list(zip(lab[:6], vals[:6]))), ("h", lab[6]), ("p", appeal)]
    elif layout == "labels":
        blocks = [("p", who), ("p", intro)] + [("kv", l, v) for l, v in zip(lab[:6], vals[:6])] + [("h", lab[6]), ("p", appeal)]
    elif layout in ("headings", "numbered"):
        blocks = [("p", who), ("p", intro)]
        for l, v in zip(lab, vals):
            blocks += [("h", l), ("p", v)]
    else:  # prose letter
        gsent = goal if goal.lower().startswith(("mål", "at ", "hovedformål")) else f"Målet er: {goal}"
        if g != "good" and g != "unclear":
            gsent = f"Målet med mentorstøtten: {goal}"
        blocks = [("p", who), ("p", intro), ("h", "Mål"), ("p", gsent),
                  ("h", "Din mentor"), ("p", f"Din mentor er {ment}." if mv not in ("placeholder",) else f"Mentor: {ment}"),
                  ("h", "Det hjælper mentoren med"), ("p", tasks),
                  ("h", "Periode og timer"), ("p", f"Periode: {dur[0]}."), ("p", f"Timetal: {hours_txt}."),
                  ("h", "Opfølgning"), ("p", follow_txt),
                  ("h", "Klagevejledning"), ("p", appeal)]
    foot = [f"Underskrift borger: ______________    Underskrift sagsbehandler: {rng.choice(CASEWORKERS)}"]
    title = AGR_TITLES[i % len(AGR_TITLES)]
    doc = {"title": title, "head": head, "blocks": blocks, "foot": foot, "caps": i % 7 == 0}
    period = {"start": dur[1], "end": dur[2]} if dur[1] and dur[2] else None
    return doc, sorted(rules), traits + ([f"cpr"] if c else []), layout, c, period, extras


# -------------------------------------------------------------------- decisions
def build_decision(i, spec, rng):
    full = NAMES[(i + 7) % len(NAMES)]
    first = full.split()[0]
    k = KOMMUNER[(i * 7 + 3) % len(KOMMUNER)]
    m = MENTORS[(i + 2) % len(MENTORS)]
    typ = spec["type"]
    rules, traits, extras = set(), ["decision:" + typ], []
    c = cpr(rng) if spec.get("cpr") else None
    head = [k, f"{full}", rng.choice(["Storegade 12, 2. th.", "Møllevej 4", "Parkvænget 31", "Kirkestræde 7, st."]),
            f"Dato: {rng.randint(2, 27)}. februar 2026"] + ([f"CPR-nummer: {c}"] if c else []) + \
           [f"J.nr. 15.20.04-G01-{rng.randint(1000, 9999)}-26"]
    d = spec.get("dur", "good")
    pool = {"good": DUR_GOOD, "over": DUR_OVER}[d]
    dur = pool[spec.get("dur_i", rng.randrange(len(pool))) % len(pool)]
    if d == "over":
        rules.add("duration-over-6-months")
    if dur[0] == "40 uger" or dur[0].startswith("uge") or dur[0].startswith("26 uger"):
        per_sent = f"Mentorstøtten gives i {dur[0]}."
    else:
        per_sent = f"Mentorstøtten er bevilget i perioden {dur[0]}."
    traits.append(dur[3])
    hours_note = spec.get("hours_note", rng.choice(["3 timer om ugen", "timer efter behov", "ca. 2 timer ugentligt",
                                                    "et timetal, som aftales løbende med mentor"]))
    traits.append("hours-in-letter:" + hours_note.split()[0])
    blocks = []
    if typ == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        blocks += [("p", f"Kære {first}"),
                   ("p", f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. {per_sent}"),
                   ("p", f"Mentorstøtten omfatter {hours_note}." + (f" Din mentor bliver {m[0]}, {m[1]}." if rng.random() < .6 else " Mentor oplyses senere."))]
    elif typ == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        blocks += [("p", f"Kære {first}"),
                   ("p", f"Du søgte om mentorstøtte i 12 måneder og 6 timer om ugen. Du får delvist ret. {per_sent} Timetallet er {hours_note}."),
                   ]
        traits.append("trap:asked-12-months")
    elif typ == "extension":
        title = rng.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"])
        blocks += [("p", f"Kære {first}"),
                   ("p", (f"Din tidligere periode med mentorstøtte løb fra 1. september 2025 til 28. februar 2026. " if dur[1] == "2026-03-01" else "Din nuværende periode med mentorstøtte udløber snart. ") + f"Efter en konkret vurdering forlænger vi mentorstøtten (forlængelse efter LAB § 167, stk. 1, 2. pkt.). {per_sent}"),
                   ("p", f"Timetal: {hours_note}.")]
        traits.append("trap:earlier-period")
    elif typ == "refusal":
        title = "Afslag på mentorstøtte"
        blocks += [("p", f"Kære {first}"),
                   ("p", "Du har den 12. januar 2026 søgt om mentorstøtte i 6 måneder. Vi har givet dig afslag.")]
        dur = (None, None, None, None); rules.discard("duration-over-6-months")
        traits = [t for t in traits if not t.startswith(("period:", "hours-in"))]
    elif typ == "end":
        title = "Afgørelse om ophør af mentorstøtte"
        blocks += [("p", f"Kære {first}"),
                   ("p", f"Vi har besluttet, at din mentorstøtte ophører pr. 31. marts 2026. Du har haft mentorstøtte siden 1. december 2025.")]
        dur = (None, None, None, None); rules.discard("duration-over-6-months")
        traits = [t for t in traits if not t.startswith(("period:", "hours-in"))]
    reason = {
        "grant": f"Vi har lagt vægt på, at du har svært ved at fastholde fremmøde i praktikken, og at en mentor kan hjælpe dig med at komme i job. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
        "partial": "Vi vurderer, at 6 måneder er tilstrækkeligt til at nå målet om praktik. Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen; derefter laver vi en ny konkret vurdering.",
        "extension": "Du er godt i gang med din praktik, men har stadig brug for hjælp til at møde stabilt. Vi har lagt vægt på mentors beskrivelse og dine egne ønsker. Reglen står i LAB § 167, stk. 1.",
        "refusal": "Vi vurderer, at du kan få den nødvendige støtte hos studievejledningen på din skole (SPS og elevcoach), og at mentorstøtte derfor ikke er nødvendig for, at du kan gennemføre uddannelsen. Afgørelsen er truffet efter LAB § 167.",
        "end": "Du er nu i ordinært job 25 timer om ugen og har ikke længere brug for mentorstøtte. Vi har lagt vægt på din og mentors vurdering. Afgørelsen er truffet efter LAB § 167.",
    }[typ]
    blocks += [("h", rng.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Begrundelse for afgørelsen"])), ("p", reason)]
    a = spec.get("appeal", "good")
    if a == "good":
        blocks += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])),
                   ("p", rng.choice(APPEAL_GOOD).format(k=k))]
        traits.append("appeal:full")
    elif a == "none":
        rules.add("missing-appeal-guidance"); traits.append("appeal:none")
    else:
        ap = APPEAL_WEAK[spec.get("appeal_i", 0) % len(APPEAL_WEAK)]
        blocks += [("h", "Klagevejledning"), ("p", ap[0])]
        rules.add("missing-appeal-guidance"); traits.append(ap[1])
        if ap[1] == "appeal:no-deadline":
            extras.append("appeal-wrong-route")
    foot = [f"Med venlig hilsen", rng.choice(CASEWORKERS), f"Sagsbehandler, {k}"]
    doc = {"title": title, "head": head, "blocks": blocks, "foot": foot}
    period = {"start": dur[1], "end": dur[2]} if dur[1] and dur[2] else None
    return doc, sorted(rules), traits + (["cpr"] if c else []), "letter-" + typ, c, period, extras


# ---------------------------------------------------------------------- min plan
def build_minplan(i, spec, rng):
    full = NAMES[(i + 13) % len(NAMES)]
    first = full.split()[0]
    k = KOMMUNER[(i * 5 + 1) % len(KOMMUNER)]
    by = BYER[k]
    m = MENTORS[(i + 5) % len(MENTORS)]
    rules, traits = set(), []
    fmt_name = lambda s: s.format(f=first, by=by, k=k)
    c = cpr(rng) if spec.get("cpr") else None
    g = spec.get("goal", "good")
    if g == "good":
        gp = [x for x in GOAL_GOOD if "timer" not in x] if spec.get("hours") == "weak" else GOAL_GOOD
        goal = fmt_name(gp[(i * 3) % len(gp)])
    elif g == "unclear":
        goal = fmt_name(GOAL_UNCLEAR[i % len(GOAL_UNCLEAR)]); rules.add("unclear-goal"); traits.append("goal:vague")
    else:
        goal = GOAL_EMPTY[i % len(GOAL_EMPTY)]; rules.add("missing-goal"); traits.append("goal:placeholder")
    mv = spec.get("mentor", "good")
    ment = mentor_text(m, mv)
    if mv in ("noname", "nocontact", "placeholder"):
        rules.add("missing-mentor"); traits.append("mentor:" + mv)
    t = spec.get("tasks", "good")
    tasks = fmt_name(TASKS_GOOD[i % len(TASKS_GOOD)]) if t == "good" else TASKS_EMPTY[i % len(TASKS_EMPTY)]
    if t != "good":
        rules.add("missing-tasks"); traits.append("tasks:placeholder")
    d = spec.get("dur", "good")
    pool = {"good": DUR_GOOD, "open": DUR_OPEN, "over": DUR_OVER}[d]
    dur = pool[spec.get("dur_i", i) % len(pool)]
    traits.append(dur[3])
    if d == "open":
        rules.add("missing-duration")
    elif d == "over":
        rules.add("duration-over-6-months")
    h = spec.get("hours", "good")
    hp = HOURS_GOOD if h == "good" else HOURS_WEAK
    hours = hp[spec.get("hours_i", i) % len(hp)]
    traits.append(hours[1])
    if h != "good":
        rules.add("missing-hours")
    layout = spec.get("layout", ["card", "table", "labels"][i % 3])
    title = rng.choice(["Min Plan", "Min Plan – aktiviteter", "Min plan – mentorstøtte", "Udskrift af Min Plan"])
    head = [k, f"Udskrevet {rng.randint(2, 27)}.02.2026", f"Borger: {full}" + (f" ({c})" if c else "")]
    rows = [("Formål", goal), ("Mentor", ment), ("Opgaver", tasks), ("Periode", dur[0]), ("Timer", hours[0])]
    if layout == "labels":
        rows = [("Målet med mentorstøtten", goal), ("Mentorens navn og kontaktdata", ment),
                ("Hvilke opgaver mentoren skal bistå ved", tasks), ("Varighed", dur[0]), ("Timetal", hours[0])]
    blocks = []
    if spec.get("other_activity"):
        blocks += [("h", "Forberedende grunduddannelse (FGU) – Aktiv"),
                   ("table", [("Sted", f"FGU {by}"), ("Start", "10. august 2026"), ("Slut", "30. juni 2027"),
                              ("Kontaktperson", "Morten Skak, tlf. 88 12 12 12")])]
        traits.append("trap:other-activity-long")
    blocks += [("h", rng.choice(["Mentorstøtte (§ 167)", "Indsats: Mentorstøtte", "Mentor"]))]
    if layout in ("card", "table"):
        blocks += [("table", [("Status", "Aktiv")] + rows)]
    else:
        blocks += [("kv", a, b) for a, b in rows]
    if spec.get("other_after"):
        blocks += [("h", "Virksomhedspraktik – Planlagt"),
                   ("table", [("Sted", "Bilka " + by), ("Periode", "1. april 2026 – 30. juni 2026"), ("Timer", "15 timer pr. uge")])]
        traits.append("trap:other-activity")
    foot = ["Du kan altid se din plan på Jobnet / Min Plan."]
    doc = {"title": title, "head": head, "blocks": blocks, "foot": foot}
    period = {"start": dur[1], "end": dur[2]} if dur[1] and dur[2] else None
    return doc, sorted(rules), traits + (["cpr"] if c else []), "minplan-" + layout, c, period


# ----------------------------------------------------------------------- unknown
def build_unknown(i, rng):
    full = NAMES[(i + 3) % len(NAMES)]
    first = full.split()[0]
    k = KOMMUNER[i % len(KOMMUNER)]
    m = MENTORS[i % len(MENTORS)]
    c = cpr(rng) if i % 4 == 1 else None
    kinds = [
        ("Statusrapport – mentorforløb", "status", [
            ("p", f"Borger: {full}" + (f", cpr {c}" if c else "")), ("p", f"Mentor: {m[0]}, {m[1]}"),
            ("h", "Forløbet indtil nu"), ("p", f"{first} er mødt op til 9 ud af 12 aftalte samtaler. Praktikken hos Netto går bedre, og fraværet er faldet."),
            ("h", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter uændret til periodens udløb.")]),
        ("Faktura nr. 2026-0142", "invoice", [
            ("p", f"{m[1]}, CVR 3412 8876"), ("p", f"Til: {k}, Jobcenter, EAN 5798000123456"),
            ("table", [("Ydelse", f"Mentorstøtte, {first} ({full[0]}.{full.split()[1][0]}.)"), ("Antal timer", "12"), ("Timepris", "495,00 kr."), ("I alt", "5.940,00 kr.")]),
            ("p", "Betalingsbetingelser: netto 30 dage.")]),
        ("Referat af netværksmøde", "minutes", [
            ("p", f"Deltagere: {full}, {m[0]} (mentor), {rng.choice(CASEWORKERS)} (sagsbehandler)"),
            ("h", "Punkt 1: Praktik"), ("p", f"{first} fortalte om praktikken. Der er ønske om flere timer."),
            ("h", "Punkt 2: Næste møde"), ("p", "Næste møde holdes 14. april 2026 kl. 13.")]),
        ("Sådan laver vi en mentoraftale", "guidance", [
            ("p", "En skriftlig aftale om mentorstøtte skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
            ("p", "Perioden er højst 6 måneder. Du kan klage til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen."),
            ("p", "Spørgsmål? Kontakt mentorteamet på tlf. 72 36 40 00.")]),
        ("Mentoraftale – Ungementor i FC Nordvest", "private", [
            ("p", "Mentor: Bo Kragh, tlf. 30 30 12 12"), ("p", "Mål: Mentee deltager i træning to gange om ugen og hjælper til ved U10-kampe."),
            ("p", "Periode: sæsonen 2026 (marts–oktober)."), ("p", "Aftalen er frivillig og kan opsiges af begge parter. Klubben er ikke en del af kommunen.")]),
        ("Ankestyrelsens afgørelse", "ankestyrelsen", [
            ("p", f"Klage fra {full} over {k}s afgørelse om mentorstøtte."),
            ("h", "Resultat"), ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunen har truffet den rigtige afgørelse."),
            ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]),
        ("Partshøring – påtænkt ophør af mentorstøtte", "hearing", [
            ("p", f"Kære {first}"), ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de seneste aftaler. Før vi træffer afgørelse, vil vi høre dine bemærkninger."),
            ("p", "Du kan sende dine bemærkninger senest 10. marts 2026.")]),
        ("Bestilling af mentorforløb", "order", [
            ("table", [("Leverandør", m[1]), ("Borger", full), ("Ønsket start", "uge 11"), ("Bemærkning", "Borger har brug for tæt kontakt om morgenen.")]),
            ("p", "Leverandøren bedes bekræfte modtagelsen og oplyse navn på mentor.")]),
        ("Kvittering for ansøgning", "receipt", [
            ("p", f"Vi har modtaget din ansøgning om mentorstøtte den 3. februar 2026."),
            ("p", "Du hører fra os, når vi har behandlet ansøgningen. Sagsbehandlingstiden er normalt 4 uger.")]),
        ("Mine aftaler", "calendar", [
            ("table", [("Tirsdag 3. marts kl. 10.00", f"Samtale med mentor {m[0]}"), ("Fredag 6. marts kl. 9.00", "Jobsamtale, jobcentret"), ("Onsdag 11. marts kl. 13.30", "Lægetid")])]),
        ("Stillingsopslag: Mentor til ungeindsatsen", "advert", [
            ("p", f"{k} søger en mentor til 30 timer om ugen. Du skal hjælpe unge med at komme i uddannelse eller job."),
            ("p", "Ansøgningsfrist 1. april 2026. Tiltrædelse 1. maj 2026.")]),
        ("Kursusprogram: Mentoruddannelse for frivillige", "course", [
            ("p", "Modul 1: Rollen som mentor. Modul 2: Samtaleteknik. Modul 3: Samarbejde med kommunen."),
            ("p", "Kurset varer 3 dage og koster 2.400 kr. pr. deltager.")]),
        ("Genvurdering – kommunen fastholder afgørelsen", "reconsideration", [
            ("p", f"Kære {first}"), ("p", "Vi har genvurderet vores afgørelse om afslag på mentorstøtte. Vi fastholder afgørelsen og har sendt din klage og sagens akter til Ankestyrelsen."),
            ("p", "Du hører fra Ankestyrelsen.")]),
        ("Notat fra telefonsamtale", "note", [
            ("p", f"{full} ringede kl. 11.20 og spurgte til sin mentor. Oplyst at mentor {m[0]} ringer tilbage i morgen."),
            ("p", "Ingen yderligere handling.")]),
        ("Digital Post: Du har fået et brev fra kommunen", "notice", [
            ("p", f"Kære {first}. Du har fået et nyt brev fra {k} om mentorstøtte. Log ind på borger.dk for at læse det.")]),
        ("Tilfredshedsundersøgelse – mentorstøtte", "survey", [
            ("p", "Hvor tilfreds er du med din mentor? (1-5)"), ("p", "Hvor ofte har du kontakt med din mentor?"),
            ("p", "Har mentoren hjulpet dig tættere på job eller uddannelse?")]),
    ]
    title, sub, blocks = kinds[i % len(kinds)]
    head = [k] if sub not in ("private", "ankestyrelsen", "invoice") else ([m[1]] if sub == "invoice" else [])
    if sub == "ankestyrelsen":
        head = ["Ankestyrelsen", "7998 Statsservice"] + ([f"Cpr.nr.: {c}"] if c else [])
    elif c and sub not in ("status",):
        head.append(f"Cpr.nr. {c}")
    doc = {"title": title, "head": head, "blocks": blocks, "foot": []}
    return doc, [], ["unknown:" + sub] + (["cpr"] if c else []), "unknown-" + sub, c, None, sub


# ------------------------------------------------------------------------ specs
AGR_SPECS = [
    # clean (16), with weak-looking but fine wording
    {"hours_i": 1}, {"hours_i": 2}, {"hours_i": 3}, {"hours_i": 5}, {"hours_i": 6}, {"hours_i": 4},
    {"hours_i": 7, "dur_i": 3}, {"hours_i": 8, "dur_i": 4}, {"hours_i": 9, "dur_i": 2}, {"hours_i": 0, "dur_i": 6},
    {"dur_i": 5, "follow_i": 3}, {"dur_i": 1, "follow_i": 4},
    {"follow_i": 2, "hours_i": 10, "layout": "prose"},
    # one defect
    {"hours": "weak", "hours_i": 0}, {"hours": "weak", "hours_i": 1}, {"hours": "weak", "hours_i": 2},
    {"hours": "weak", "hours_i": 3}, {"hours": "weak", "hours_i": 4}, {"hours": "weak", "hours_i": 5},
    {"follow": "weak", "follow_i": 0}, {"follow": "weak", "follow_i": 1}, {"follow": "weak", "follow_i": 2},
    {"follow": "weak", "follow_i": 4},
    {"goal": "unclear"}, {"goal": "unclear"}, {"goal": "empty"},
    {"dur": "open", "dur_i": 0}, {"dur": "open", "dur_i": 1}, {"dur": "open", "dur_i": 3},
    {"dur": "over", "dur_i": 0}, {"dur": "over", "dur_i": 2},
    {"mentor": "noname"}, {"mentor": "nocontact"}, {"tasks": "empty"},
    {"appeal": "weak", "appeal_i": 0}, {"appeal": "weak", "appeal_i": 4},
    # two defects
    {"hours": "weak", "hours_i": 0, "follow": "weak", "follow_i": 1},
    {"goal": "unclear", "mentor": "nocontact"},
    {"dur": "open", "dur_i": 4, "appeal": "weak", "appeal_i": 2},
    {"goal": "empty", "hours": "weak", "hours_i": 6},
]
DEC_SPECS = [
    {"type": "grant"}, {"type": "grant", "dur_i": 3}, {"type": "grant", "dur_i": 4}, {"type": "grant", "dur_i": 6},
    {"type": "partial", "dur_i": 0}, {"type": "partial", "dur_i": 2}, {"type": "extension", "dur_i": 0},
    {"type": "extension", "dur_i": 1}, {"type": "refusal"}, {"type": "end"},
    {"type": "grant", "appeal": "weak", "appeal_i": 0}, {"type": "grant", "appeal": "none"},
    {"type": "refusal", "appeal": "weak", "appeal_i": 1}, {"type": "end", "appeal": "weak", "appeal_i": 3},
    {"type": "partial", "appeal": "weak", "appeal_i": 4},
    {"type": "grant", "dur": "over", "dur_i": 0}, {"type": "grant", "dur": "over", "dur_i": 4},
    {"type": "extension", "dur": "over", "dur_i": 0}, {"type": "grant", "dur": "over", "dur_i": 2},
    {"type": "grant", "dur": "over", "dur_i": 1, "appeal": "weak", "appeal_i": 2},
    {"type": "refusal", "appeal": "none"}, {"type": "grant", "dur_i": 7},
]
MP_SPECS = [
    {}, {"hours_i": 1}, {"hours_i": 2}, {"hours_i": 5}, {"other_activity": True}, {"other_after": True},
    {"hours_i": 3, "dur_i": 4}, {"dur_i": 3, "hours_i": 9}, {"hours_i": 7},
    {"hours": "weak", "hours_i": 0}, {"hours": "weak", "hours_i": 1}, {"hours": "weak", "hours_i": 5},
    {"goal": "unclear"}, {"goal": "unclear"}, {"goal": "unclear", "other_activity": True},
    {"mentor": "nocontact"}, {"mentor": "noname"},
    {"dur": "open", "dur_i": 0}, {"dur": "open", "dur_i": 1},
    {"dur": "over", "dur_i": 3}, {"dur": "over", "dur_i": 1, "other_after": True},
    {"tasks": "empty", "goal": "empty"},
]

# ------------------------------------------------------------- hand-written family
APPEAL_STD = APPEAL_GOOD[0]


def provider_agreement(name, checked, c=None):
    box = lambda n: "☒" if checked == n else "☐"
    return {"title": "Mentoraftale – samarbejdsaftale mellem borger, mentor og kommune",
            "head": ["Broen ApS · Mentor og uddannelse · CVR 3987 1122", "På vegne af Gribskov Kommune, Jobcentret"],
            "blocks": [
                ("table", [("Borger", name + (f", cpr.nr. {c}" if c else "")), ("Mentor", "Susanne Bro, Broen ApS, mobil 51 92 83 74"),
                           ("Sagsbehandler", "Rikke Storm, tlf. 72 49 90 00")]),
                ("h", "Målet med mentorstøtten"),
                ("p", f"{name.split()[0]} skal i gang med grundforløb 2 på social- og sundhedsskolen i Hillerød efter sommerferien og have et fremmøde på mindst 90 % i første halvår."),
                ("h", "Mentorens opgaver"),
                ("p", "Hjælpe med skema og Lectio, følges med til skolen de første fem dage, holde kontakt til kontaktlæreren om fravær."),
                ("h", "Serviceniveau og timetal"),
                ("p", f"{box(1)} Niveau 1 (0-1 time pr. uge)   {box(2)} Niveau 2 (1-2 timer pr. uge)   {box(3)} Niveau 3 (mere end 2 timer pr. uge)"),
                ("h", "Varighed"),
                ("p", "Aftalen gælder fra 3. august 2026 til 31. januar 2027."),
                ("h", "Opfølgning"),
                ("p", "Evaluering med borger, mentor og sagsbehandler hver måned og altid 14 dage før støtteperioden ophører."),
                ("h", "Klagevejledning"), ("p", APPEAL_STD)],
            "foot": ["Dato og underskrifter: ______________________"]}


def hand_docs():
    D = []
    # (stem, fmt, kind, rules, traits, layout, doc, cpr, period, extras)
    D.append(("aftale_h01_provider_niveau2", "docx", "agreement", [], ["hours:checkbox-checked", "provider"], "provider-checkbox",
              provider_agreement("Hanne Bisgaard", 2), None, {"start": "2026-08-03", "end": "2027-01-31"}, []))
    c = "140599-2218"
    D.append(("aftale_h02_provider_ingen_kryds", "pdf", "agreement", ["missing-hours"], ["hours:checkbox-none", "provider", "cpr"], "provider-checkbox",
              provider_agreement("Camilla Skov", 0, c), c, {"start": "2026-08-03", "end": "2027-01-31"}, []))
    mom = lambda slut, extra_rows=(): {"title": "Aftale om mentorstøtte",
        "head": ["Jobcenter Roskilde – udskrift fra fagsystem", "Sagsnr. 15.20.04-G01-5531-26"],
        "blocks": [("table", [("Borger", "Omar Yilmaz"), ("Indsats", "Mentorstøtte (§ 167)"),
                              ("Indsatsens formål", "Omar får ordinære timer som chauffør hos Arriva (mindst 15 timer om ugen) inden 1. september 2026."),
                              ("Leverandør", "Kommunens mentorkorps"), ("Kontaktperson hos leverandør", "Henrik Aagaard, tlf. 72 36 44 10"),
                              ("Mentorens opgaver", "Træne køreplaner og vagtskifte, samtaler om søvn og fremmøde, kontakt til vognmand."),
                              ("Startdato", "02.03.2026"), ("Forventet slutdato", slut), ("Timer pr. uge", "3"),
                              ("Opfølgning", "Opfølgningssamtale hver 6. uge (næste: 13.04.2026)")] + list(extra_rows)),
                   ("h", "Klagevejledning"), ("p", APPEAL_GOOD[2])], "foot": []}
    D.append(("aftale_h03_fagsystem_uden_slut", "html", "agreement", ["missing-duration"], ["period:start-only", "casesystem"], "casesystem-table",
              mom("(ikke angivet)"), None, None, []))
    D.append(("aftale_h04_fagsystem_start_slut", "odt", "agreement", [], ["period:two-labels", "casesystem"], "casesystem-table",
              mom("31.08.2026"), None, {"start": "2026-03-02", "end": "2026-08-31"}, []))
    D.append(("aftale_h05_udskrivningskoordinator", "txt", "agreement", [], ["udskrivningskoordinator", "period:nine-months-stk2"], "labels",
              {"title": "Aftale om udskrivningskoordinator (mentorstøtte, LAB § 167, stk. 2)",
               "head": ["Silkeborg Kommune", "Jobcenter – Psykiatrisamarbejdet", "Dato: 28. januar 2026"],
               "blocks": [("p", "Borger: Tobias Winther. Indlagt på Regionspsykiatrien Silkeborg; forventet udskrivning 1. maj 2026."),
                          ("kv", "Mål", "Tobias vender tilbage til sit job som lagermedarbejder hos Elgiganten, først 10 timer om ugen fra juni og 25 timer om ugen fra september 2026"),
                          ("kv", "Udskrivningskoordinator", "Birgitte Holt, tlf. 61 70 80 90, bh@vaerkstedetnord.dk"),
                          ("kv", "Opgaver", "Deltage i udskrivningsmøde, koordinere med distriktspsykiatrien og arbejdsgiveren, følge Tobias de første arbejdsdage"),
                          ("kv", "Periode", "1. februar 2026 – 31. oktober 2026 (3 måneder før og 6 måneder efter udskrivelsen)"),
                          ("kv", "Timetal", "2 timer om ugen under indlæggelsen, derefter 4 timer om ugen"),
                          ("kv", "Opfølgning", "Møde med sagsbehandler 14 dage efter udskrivelsen og derefter hver måned"),
                          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[3].format(k="Silkeborg Kommune"))],
               "foot": ["Mette Vinther, sagsbehandler"]}, None, {"start": "2026-02-01", "end": "2026-10-31"}, []))
    D.append(("aftale_h06_mail_referat", "eml", "agreement", [], ["email", "hours:fixed-meeting", "fu:how-no-when"], "email",
              {"title": "Referat: det vi aftalte om din mentor",
               "from": "Claus Bonde <clbo@holbaek.dk>", "to": "line.v@example.dk",
               "head": ["Hej Line"],
               "blocks": [("p", "Her får du det, vi blev enige om, skrevet ned efter mødet i dag."),
                          ("p", "Målet er, at du starter på hovedforløbet som tjener på Hotel Strandparken i august 2026 og kan klare en 37-timers uge."),
                          ("p", "Din mentor er Jesper Lykke, tlf. 22 33 98 76. I mødes hver tirsdag kl. 9-11 på hotellet."),
                          ("p", "Jesper hjælper dig med vagtplanen, tager en snak med køkkenchefen, når der er problemer, og øver transporten med dig."),
                          ("p", "Mentorstøtten gælder fra 9. marts til 4. september 2026."),
                          ("p", "Opfølgning sker på statusmøder med dig, Jesper og mig."),
                          ("p", "Er du ikke enig i aftalen, kan du klage til Holbæk Kommune inden 4 uger. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.")],
               "foot": ["Venlig hilsen", "Claus Bonde", "Jobcenter Holbæk"]}, None, {"start": "2026-03-09", "end": "2026-09-04"}, []))
    D.append(("aftale_h07_stoette_til", "md", "agreement", ["unclear-goal"], ["goal:activity-only"], "headings",
              {"title": "Aftale om mentorstøtte", "head": ["Faxe Kommune", "Borger: Ali Rahimi"],
               "blocks": [("h", "Mål"), ("p", "Støtte til at fastholde praktikken."),
                          ("h", "Mentor"), ("p", "Pia Nørgaard, Mentorcentret, 40 11 22 33"),
                          ("h", "Opgaver"), ("p", "Morgenopkald, samtaler om arbejdsopgaver, kontakt til praktikvært ved fravær."),
                          ("h", "Periode"), ("p", "16.03.2026 – 15.09.2026"),
                          ("h", "Timer"), ("p", "3 timer pr. uge"),
                          ("h", "Opfølgning"), ("p", "Statusmøde hver 4. uge"),
                          ("h", "Klagevejledning"), ("p", APPEAL_STD)], "foot": []},
              None, {"start": "2026-03-16", "end": "2026-09-15"}, []))
    D.append(("aftale_h08_maal_ordinaert_job", "txt", "agreement", [], ["goal:job-bare"], "labels",
              {"title": "MENTORAFTALE", "head": ["Tønder Kommune, Jobcentret", "Borger: Jonas Bech"],
               "blocks": [("kv", "Mål", "Ordinært job"),
                          ("kv", "Mentor", "Karim Said, Ungeenheden, tlf. 29 48 17 60"),
                          ("kv", "Mentorens opgaver", "Hjælp til jobsøgning, øve jobsamtaler, følges til de første samtaler"),
                          ("kv", "Varighed", "6 mdr. fra 1. april 2026"),
                          ("kv", "Timetal", "2 timer ugentligt"),
                          ("kv", "Opfølgning", "Telefonisk opfølgning hver 14. dag, evaluering 14 dage før ophør"),
                          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[2])], "foot": []},
              None, {"start": "2026-04-01", "end": "2026-09-30"}, []))
    c = "250788-3317"
    D.append(("aftale_h09_kontakt_hver_anden_uge", "docx", "agreement", ["missing-hours"], ["hours:contact-frequency-only", "cpr"], "headings",
              {"title": "Aftale om mentorstøtte", "head": ["Viborg Kommune", f"Borger: Louise Krog, CPR {c}"],
               "blocks": [("h", "Målet med mentorstøtten"), ("p", "Louise er i løntilskud som kontorassistent i Viborg Forsyning fra 1. maj 2026 og har højst én fraværsdag om måneden."),
                          ("h", "Mentor"), ("p", "Tina Rask, tlf. 96 28 50 11"),
                          ("h", "Opgaver"), ("p", "Samtaler om arbejdsopgaver og pauser; kontakt til lederen, hvis der opstår problemer."),
                          ("h", "Varighed"), ("p", "1. april 2026 – 30. september 2026"),
                          ("h", "Kontakt og timer"), ("p", "Kontakt mindst hver anden uge, ved møde eller telefon."),
                          ("h", "Opfølgning"), ("p", "Statusmøde den første mandag i hver måned."),
                          ("h", "Klagevejledning"), ("p", APPEAL_STD)], "foot": []},
              c, {"start": "2026-04-01", "end": "2026-09-30"}, []))
    D.append(("aftale_h10_halvt_aar", "pdf", "agreement", [], ["period:half-year", "fu:every-6-weeks"], "table",
              {"title": "Aftale om mentor", "head": ["Assens Kommune · Beskæftigelse", "Borger: Nadia Mortensen"],
               "blocks": [("table", [("Mål", "Nadia gennemfører AMU-kurset Truckcertifikat B i maj 2026 og søger mindst 3 lagerjob om ugen derefter."),
                                     ("Mentor", "Lars Østergaard, lo@jobhuset.dk"),
                                     ("Opgaver", "Hjælp til tilmelding og transport til AMU, gennemgang af jobannoncer, følges til jobsamtaler."),
                                     ("Varighed", "et halvt år fra 1. april 2026, med mulighed for forlængelse"),
                                     ("Timetal", "4 timer pr. uge"),
                                     ("Opfølgning", "hver 6. uge")]),
                          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[1].format(k="Assens Kommune"))], "foot": []},
              None, {"start": "2026-04-01", "end": "2026-09-30"}, []))
    D.append(("aftale_h11_trivsel_og_praktik", "html", "agreement", [], ["goal:mixed-abstraction-and-job"], "headings",
              {"title": "Aftale om mentorstøtte", "head": ["Ringsted Kommune", "Borger: Anna Thomsen"],
               "blocks": [("h", "Mål"), ("p", "Øget trivsel, så Anna kan starte i virksomhedspraktik hos Kvickly Ringsted 10 timer om ugen fra 1. maj 2026."),
                          ("h", "Mentor"), ("p", "Pia Nørgaard, Mentorcentret, tlf. 40 11 22 33"),
                          ("h", "Opgaver"), ("p", "Ugentlige samtaler, hjælp til at komme op om morgenen, følges til Kvickly første uge."),
                          ("h", "Periode"), ("p", "1. april – 30. september 2026"),
                          ("h", "Timer"), ("p", "ca. 3 timer om ugen"),
                          ("h", "Opfølgning"), ("p", "Statusmøde med sagsbehandler hver måned."),
                          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[3].format(k="Ringsted Kommune"))], "foot": []},
              None, {"start": "2026-04-01", "end": "2026-09-30"}, []))
    D.append(("aftale_h12_pligtmentor_12_mdr", "odt", "agreement", ["duration-over-6-months"], ["pligtmentor", "period:twelve-months"], "labels",
              {"title": "Aftale om ret- og pligtmentor", "head": ["Jobcenter Aalborg", "Borger: Ahmed Hassan"],
               "blocks": [("kv", "Mål", "Ahmed kan deltage i virksomhedspraktik hos Aalborg Forsyning (genbrugspladsen) 12 timer om ugen"),
                          ("kv", "Mentor", "Henrik Aagaard, tlf. 72 36 44 10"),
                          ("kv", "Opgaver", "Kontakt hver anden uge ved møde eller telefon; hjælp til lægebesøg og økonomi"),
                          ("kv", "Varighed", "12 måneder fra 1. marts 2026"),
                          ("kv", "Timetal", "1 time pr. uge"),
                          ("kv", "Opfølgning", "Evaluering hver 3. måned og 14 dage før ophør"),
                          ("h", "Klagevejledning"), ("p", APPEAL_STD)], "foot": []},
              None, {"start": "2026-03-01", "end": "2027-02-28"}, []))
    D.append(("aftale_h13_kontakt_uden_navn", "txt", "agreement", ["missing-mentor"], ["mentor:team-contact-only"], "labels",
              {"title": "Aftale om mentorstøtte", "head": ["Rudersdal Kommune", "Borger: Freja Iversen"],
               "blocks": [("kv", "Målet med mentorstøtten", "Freja består 1. år på HF på Rungsted Gymnasium (juni 2026)"),
                          ("kv", "Mentor", "Jobhusets mentorteam – tlf. 70 20 30 40, mentor@jobhuset.dk"),
                          ("kv", "Opgaver", "Lektiecafé, planlægning af afleveringer, kontakt til studievejlederen"),
                          ("kv", "Periode", "uge 6-30 2026"),
                          ("kv", "Timetal", "2 timer pr. uge"),
                          ("kv", "Opfølgning", "Evaluering i uge 18 og uge 28"),
                          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[2])], "foot": []},
              None, {"start": "2026-02-02", "end": "2026-07-26"}, []))
    D.append(("minplan_h14_ca_dog_efter_behov", "html", "minplan", [], ["hours:number-with-efter-behov"], "minplan-table",
              {"title": "Min Plan", "head": ["Holbæk Kommune", "Borger: Kasper Dam"],
               "blocks": [("h", "Mentorstøtte – Aktiv"),
                          ("table", [("Formål", "Kasper starter på FGU Holbæk, spor Handel og service, 10. august 2026"),
                                     ("Mentor", "Birgitte Holt, tlf. 61 70 80 90"),
                                     ("Opgaver", "Besøg på FGU-skolen, hjælp til at søge SU, morgenopkald"),
                                     ("Periode", "01.05.2026 – 31.10.2026"),
                                     ("Timer", "ca. 2 timer om ugen, dog efter behov i opstarten")])], "foot": []},
              None, {"start": "2026-05-01", "end": "2026-10-31"}, []))
    D.append(("minplan_h15_niveau1_kryds", "docx", "minplan", [], ["hours:checkbox-checked"], "minplan-labels",
              {"title": "Min Plan – mentor", "head": ["Gribskov Kommune", "Borger: Sara Nielsen"],
               "blocks": [("kv", "Målet med mentorstøtten", "Sara bliver i sit flexjob som pædagogmedhjælper i Børnehuset Solsikken, 15 timer om ugen, uden sygemeldinger over 2 uger"),
                          ("kv", "Mentor", "Karim Said, kasa@ungeenheden.dk"),
                          ("kv", "Opgaver", "Samtaler om belastning og pauser, kontakt til lederen"),
                          ("kv", "Varighed", "1.3.2026 – 31.8.2026"),
                          ("p", "Timetal: ☒ Niveau 1 (0-1 time pr. uge) ☐ Niveau 2 (1-2 timer pr. uge) ☐ Niveau 3 (over 2 timer pr. uge)")], "foot": []},
              None, {"start": "2026-03-01", "end": "2026-08-31"}, []))
    D.append(("andet_h16_oversigt", "pdf", "unknown", [], ["unknown:overview"], "unknown-overview",
              {"title": "Oversigt over aktive mentorforløb, 1. kvartal 2026", "head": ["Jobcenter Herning – intern"],
               "blocks": [("table", [("Forløb 1", "Mentorcentret, 3 t/uge, 01.01-30.06.2026"), ("Forløb 2", "Broen ApS, 2 t/uge, 15.01-14.07.2026"),
                                     ("Forløb 3", "Jobhuset, efter behov, løbende")]),
                          ("p", "Oversigten bruges til budgetopfølgning (loft efter LAB § 203 a).")], "foot": []},
              None, None, []))
    D.append(("andet_h17_samtykke", "docx", "unknown", [], ["unknown:consent"], "unknown-consent",
              {"title": "Samtykkeerklæring", "head": ["Viborg Kommune"],
               "blocks": [("p", "Jeg giver samtykke til, at jobcentret og min mentor må udveksle oplysninger om mit fremmøde og min helbredssituation, så længe mentorforløbet varer."),
                          ("p", "Samtykket kan til enhver tid trækkes tilbage."), ("p", "Navn: ____________  Dato: ________")], "foot": []},
              None, None, []))
    return D


FMT_AGR = ["docx", "pdf", "txt", "html", "odt", "docx", "pdf", "md"]
FMT_DEC = ["pdf", "docx", "html", "txt", "odt", "pdf"]
FMT_MP = ["html", "pdf", "txt", "docx", "odt"]
FMT_UNK = ["docx", "pdf", "txt", "html", "odt"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fa")
    ap.add_argument("--seed", type=int, default=1212)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []

    def emit(folder, stem, fmt, kind, subtype, built):
        doc, rules, traits, layout, c, period = built[:6]
        extras = built[6] if len(built) > 6 and isinstance(built[6], list) else []
        rel = f"{folder}/{stem}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        write(doc, fmt, p)
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": [c] if c else [], "traits": traits, "period": period})

    cpr_agr = {2, 7, 12, 17, 21, 25, 30, 34, 38, 41}
    for i, spec in enumerate(AGR_SPECS):
        spec = dict(spec, cpr=i in cpr_agr)
        fmt = FMT_AGR[(i * 3 + 1) % len(FMT_AGR)]
        emit("aftaler", f"aftale_{i:02d}_{NAMES[i % len(NAMES)].split()[0].lower()}", fmt, "agreement",
             "agreement", build_agreement(i, spec, rng))
    cpr_dec = {1, 5, 9, 13, 17, 20}
    for i, spec in enumerate(DEC_SPECS):
        spec = dict(spec, cpr=i in cpr_dec)
        fmt = FMT_DEC[i % len(FMT_DEC)]
        emit("afgoerelser", f"afgoerelse_{i:02d}_{spec['type']}", fmt, "decision", spec["type"],
             build_decision(i, spec, rng))
    cpr_mp = {0, 4, 8, 12, 16, 19}
    for i, spec in enumerate(MP_SPECS):
        spec = dict(spec, cpr=i in cpr_mp)
        fmt = FMT_MP[i % len(FMT_MP)]
        emit("minplan", f"minplan_{i:02d}", fmt, "minplan", "minplan", build_minplan(i, spec, rng))
    for stem, fmt, kind, rules, traits, layout, doc, c, period, extras in hand_docs():
        folder = {"agreement": "aftaler", "minplan": "minplan", "unknown": "andet"}[kind]
        emit(folder, stem, fmt, kind, kind if kind != "unknown" else traits[0].split(":")[1],
             (doc, rules, traits, layout, c, period, extras))
    for i in range(16):
        b = build_unknown(i, rng)
        fmt = FMT_UNK[i % len(FMT_UNK)]
        emit("andet", f"andet_{i:02d}_{b[6]}", fmt, "unknown", b[6], b)

    try:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/corpusgen/src"))
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except Exception:  # same shape
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
