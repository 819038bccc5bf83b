#!/usr/bin/env python3
"""Corpus DA: one municipality's ordinary quality-audit sample (written independently, session 9).

A random draw from two years of a municipal archive: agreements on the municipality's own Word
template (revision 2024 = label/value table, revision 2026 = numbered headings with content
controls) and agreements written as letters; decision letters (grant, partial grant, refusal,
extension, end); Min Plan entries; and ~15 % documents that are none of the kinds. Formats as the
archive holds them: DOCX, PDF exported by LibreOffice, scans OCR'd with tesseract (dan), EML, HTML.

Usage: make_corpus_da.py --out DIR   (deterministic choices; fixed seed)
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SEED = 20261130
R = random.Random(SEED)

KOMMUNE = "Hedensted Kommune"
BY = "Hedensted"
REFORM = dt.date(2026, 2, 1)   # "jobcenter" became "kommunen" (lov 1750/2025)

FIRST = ("Anna Mette Sofie Camilla Louise Nadia Sara Fatima Amina Julie Maja Emma Line Trine Pernille "
         "Hanne Birgitte Lone Susanne Ida Freja Nanna Cecilie Zeynep Aisha Marianne Rikke Katrine "
         "Jonas Mads Mikkel Rasmus Kasper Ahmed Ali Omar Jens Lars Henrik Søren Niels Peter Thomas "
         "Martin Anders Christian Frederik Emil Lucas Oliver Mohammed Hassan Bilal Kim Jesper Brian "
         "Dennis Kenneth Jimmi Tobias Magnus Sebastian Villads Asger Bo Torben Ulrik Morten").split()
LAST = ("Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
        "Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
        "Lauridsen Holm Iversen Bech Dahl Vestergaard Kjær Bak Frandsen Yilmaz Hussein Ahmadi Nguyen "
        "Kowalski Ibrahim Lund Skov Østergaard Søgaard Høj Brandt Mikkelsen Winther Bendtsen Toft").split()
PROVIDERS = ["Mentorhuset Midt", "Vejen Videre ApS", "Job & Trivsel I/S", "Kompasset Mentorservice",
             "Hedensted Kommunes mentorkorps", "Broen – Mentor og Coaching", "LearnMark Mentorteam",
             "Trinet ApS", "Fokus Mentor", "Socialfagligt Team, Tørring"]
PROVIDER_DOMAINS = ["mentorhuset-midt.dk", "vejenvidere.dk", "jobogtrivsel.dk", "kompasset.net", "hedensted.dk",
                    "broen-mentor.dk", "learnmark.dk", "trinet.dk", "fokusmentor.dk", "hedensted.dk"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WORKPLACES = ["Netto i Juelsminde", "Rema 1000, Hedensted", "Bilka Vejle", "Tørring Auto", "Hedensted Genbrugsplads",
              "Daloon A/S", "Lidl i Løsning", "en børnehave i Uldum", "Plejecenter Ølsted", "Stark Tørring",
              "Vejle Kommunes vejafdeling", "Café Remisen", "Jysk i Horsens", "DS Smith, Hedensted"]
WORK = [("Netto i Juelsminde", "butiksmedarbejder"), ("Rema 1000, Hedensted", "kassemedarbejder"),
        ("Bilka Vejle", "lagermedarbejder"), ("Tørring Auto", "mekanikerlærling"), ("Hedensted Genbrugsplads", "pladsmand"),
        ("Daloon A/S", "produktionsmedarbejder"), ("en børnehave i Uldum", "pædagogmedhjælper"),
        ("Plejecenter Ølsted", "serviceassistent"), ("Stark Tørring", "lagermedarbejder"),
        ("Café Remisen", "køkkenmedhjælper"), ("Jysk i Horsens", "butiksmedarbejder"), ("DS Smith, Hedensted", "maskinoperatør"),
        ("Hedensted Kommunes park og vej", "gartnermedhjælper"), ("Løsning Vognmandsforretning", "chaufførmedhjælper"),
        ("Juelsminde Havn", "havnemedhjælper"), ("Bygma Hedensted", "lagermedarbejder")]
JOBS = ["lagermedarbejder", "pædagogmedhjælper", "kassemedarbejder", "rengøringsassistent", "chauffør",
        "køkkenmedhjælper", "gartner", "butiksmedarbejder", "mekanikerlærling", "produktionsmedarbejder"]
EDUS = ["grundforløb 1 på EUD (tømrer) på Learnmark Horsens", "HF-enkeltfag på VUC Horsens",
        "FVU-dansk trin 2 på VUC", "SOSU-hjælperuddannelsen på SOSU Fredericia", "FGU Vejle (PGU)",
        "AMU-kurset truckcertifikat B", "EUX Business på Rybners", "STU på Kolbækhus",
        "grundforløbet til frisør på Hansenberg", "AMU-kurset Hygiejne i fødevarevirksomheder"]


def pick(seq):
    return R.choice(seq)


def person():
    return f"{pick(FIRST)} {pick(LAST)}"


def phone():
    d = "".join(str(R.randint(0, 9)) for _ in range(7))
    d = pick("2345679") + d
    style = R.random()
    if style < 0.5:
        return " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if style < 0.75:
        return d
    return f"{d[:4]} {d[4:]}"


def email_for(name, domain):
    parts = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").split()
    return (parts[0] + "." + parts[-1] if R.random() < 0.6 else parts[0][:3] + parts[-1][:2]) + "@" + domain


def fmt_date(d, style=None):
    style = style or pick(["words", "words", "dot", "dot0", "slash", "iso", "abbr", "den"])
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dot0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    return d.isoformat()


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def cpr():
    b = dt.date(1960, 1, 1) + dt.timedelta(days=R.randint(0, 15000))
    return f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{R.randint(0, 9999):04d}"


def sagsnr(year):
    """Case numbers are opened in the year of the first contact, at most a year before the letter."""
    y = year - R.choice([0, 0, 1])
    return pick([f"{y}-{R.randint(1000, 99999):05d}", f"15.02.00-G01-{R.randint(100, 9999)}-{y % 100}",
                 f"S{y}-{R.randint(10000, 99999)}"])


# ------------------------------------------------------------------ field texts

def goal_text(first, clear=True, start=None):
    if not clear:
        a = pick(["Støtte til at få struktur på hverdagen", "At komme tættere på arbejdsmarkedet",
                  f"{first} skal arbejde med sig selv", "Hjælp til at få overblik over økonomien",
                  "Sikre at borgeren kommer videre", "Motivere til at komme ud af lejligheden",
                  "Øget trivsel og bedre selvværd", "At få det bedre og finde ro i hverdagen"])
        b = pick(["", " og øget trivsel.", ", så borgeren får mere selvværd.", " og få en bedre hverdag.",
                  ". Fokus er på trivsel.", " samt at komme videre i livet."])
        t = a + b
        return t if t.endswith(".") else t + "."
    d = (start or dt.date(2025, 6, 1)) + dt.timedelta(days=R.randint(45, 170))
    kind = R.random()
    if kind < 0.45:
        where, job = pick(WORK)
        tgt = pick([f"er i virksomhedspraktik i {where}", f"har et løntilskudsjob som {job} i {where}",
                    f"har fået ordinære timer som {job}", f"er i fleksjob som {job} i {where}",
                    f"arbejder som {job} i {where}", f"er i praktik som {job} hos {where}"])
        meas = pick([f"mindst {pick(['tre', 'fire', '3', '4'])} dage om ugen", f"{R.choice([10, 12, 15, 20, 25])} timer om ugen",
                     f"senest {fmt_date(d, 'words')}", f"med et fremmøde på {R.choice([80, 90, 100])} %"])
    else:
        tgt = pick([f"er startet på {pick(EDUS)}", f"gennemfører {pick(EDUS)}", f"er optaget på {pick(EDUS)}",
                    f"har bestået {pick(EDUS)}"])
        meas = pick([f"senest {fmt_date(d, 'words')}", "og møder til undervisningen hver dag",
                     f"med højst {pick(['to', 'tre', '2'])} dages fravær om måneden", f"inden {MONTHS[d.month - 1]} {d.year}"])
    frame = R.random()
    if frame < 0.35:
        return f"Målet er, at {first} {tgt} {meas}."
    if frame < 0.6:
        return f"{first} {tgt} {meas}."
    if frame < 0.8:
        return f"At {first} {tgt} {meas}. Delmål: {pick(['stabilt fremmøde', 'faste rutiner om morgenen', 'selv at kunne tage bussen'])}."
    so = (['forsørgelsen kan ophøre', 'tilknytningen til arbejdsmarkedet bliver fast', 'praktikken kan blive til et løntilskudsjob']
          if kind < 0.45 else ['uddannelsen kan gennemføres', 'forsørgelsen kan ophøre', 'frafaldet undgås'])
    return f"Hovedformålet er, at {first} {tgt} {meas}, så {pick(so)}."


TASK_VERBS = ["Følge {f} til praktikstedet de første {n} uger", "Hjælpe med at planlægge ugen og holde styr på mødetider",
              "Ugentlig samtale om fremmøde og transport", "Være bindeled til praktikstedets kontaktperson",
              "Hjælpe med at åbne og besvare post fra det offentlige", "Støtte {f} i at tage bussen alene",
              "Træne morgenrutiner, så {f} kommer afsted til tiden", "Tage med til møder med uddannelsesstedet",
              "Hjælpe med at søge SU og tale med studievejlederen", "Gennemgå lektieplan og afleveringer hver uge",
              "Ringe til {f} om morgenen de første {n} uger", "Hjælpe med jobsøgning og CV",
              "Tage kontakt til arbejdsgiver ved fravær", "Tale om håndtering af stress på arbejdspladsen",
              "Følge op på aftaler med læge og psykolog, når det påvirker fremmødet",
              "Hjælpe med overblik over økonomi og budget i forbindelse med opstart",
              "Forberede {f} til samtaler med virksomheden", "Støtte i kontakt med kolleger og leder"]


def tasks_list(first):
    k = R.randint(2, 4)
    return [t.format(f=first, n=pick(["to", "tre", "2", "4"])) for t in R.sample(TASK_VERBS, k)]


def hours_text(vague=False):
    """Returns (core, full): the figure alone, and the figure with the writer's trailing remark."""
    if vague:
        v = pick(["Efter behov.", "Løbende efter aftale.", "Et par timer om ugen.", "Afhænger af behovet.",
                  "Så meget som nødvendigt.", "Fleksibelt – aftales løbende."])
        return v, v
    core = pick([f"{R.choice([2, 3, 4, 5])} timer pr. uge", f"{R.choice([2, 3, 4])} t/uge", "1½ time om ugen",
                 "halvanden time ugentligt", "to timer om ugen", "tre timer ugentligt",
                 f"{R.choice([6, 8, 10, 12])} timer om måneden", "2-3 timer om ugen", "1 time pr. uge",
                 f"{R.choice([4, 5, 6])} timer om ugen de første 4 uger, derefter 2 timer om ugen"])
    return core, core + pick(["", "", ". Tidspunkterne aftales løbende med mentor.", " (direkte kontakt).", "."])


def period(over=False, ext=False):
    start = dt.date(2024, 11, 1) + dt.timedelta(days=R.randint(0, 680))
    if R.random() < 0.5:
        start = start.replace(day=1)
    if over:
        end = add_months(start, R.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    else:
        end = add_months(start, R.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=R.choice([1, 1, 3, 10]))
    return start, end


def period_text(start, end):
    s = R.random()
    if s < 0.3:
        return f"{fmt_date(start, 'words')} – {fmt_date(end, 'words')}"
    if s < 0.5:
        st = pick(["dot0", "dot", "iso", "slash"])
        return f"{fmt_date(start, st)} - {fmt_date(end, st)}"
    if s < 0.7:
        return f"Fra {fmt_date(start)} til {fmt_date(end)}"
    if s < 0.85:
        return f"f.o.m. {fmt_date(start, 'dot0')} t.o.m. {fmt_date(end, 'dot0')}"
    return f"Bevilget i perioden {fmt_date(start, 'abbr')} til {fmt_date(end, 'abbr')}"


def inline_period(p):
    if p.startswith("Bevilget i perioden "):
        p = p[len("Bevilget i perioden "):]
    return p[0].lower() + p[1:]


def followup_text():
    a = pick(["Statusmøde med mentor, borger og sagsbehandler hver {i}.",
              "Vi følger op hver {i} ved et fælles møde.", "Opfølgning hver {i}; mentor sender en kort status forud.",
              "Der afholdes evalueringsmøde hver {i}.", "Sagsbehandler og mentor følger op hver {i} på fremmøde og delmål."])
    b = pick([" Slutevaluering 14 dage før støtten ophører.", " Evaluering senest fire uger før periodens udløb.",
              " Progressionen måles på fremmøde og på delmålene.", "", " Midtvejsevaluering efter 3 måneder."])
    return a.format(i=pick(["måned", "4. uge", "6. uge", "3. måned", "anden måned", "14. dag"])) + b


def appeal_text(mode, body_name):
    """mode: full | deadline_only | body_only | vague | wrong_route."""
    deadline = pick(["inden 4 uger", "inden fire uger efter, at du har modtaget afgørelsen",
                     "senest 4 uger efter, at du har fået dette brev", "inden for 4 uger fra modtagelsen"])
    if mode == "full":
        s1 = pick([f"Hvis du ikke er enig i afgørelsen, kan du klage til {body_name} {deadline}.",
                   f"Du kan klage over afgørelsen. Klagen skal sendes til {body_name} {deadline}.",
                   f"Er du uenig, skal du klage til {body_name} {deadline}. Du kan klage skriftligt eller mundtligt."])
        s2 = pick(["Vi vurderer så afgørelsen igen.", "Kommunen genvurderer afgørelsen inden 4 uger.",
                   "Vi ser på sagen igen, når vi har modtaget klagen."])
        s3 = pick(["Hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen.",
                   "Fastholder vi afgørelsen, bliver klagen sendt videre til Ankestyrelsen, Beskæftigelsesudvalget.",
                   "Giver vi dig ikke medhold, sendes klagen og sagens akter til Ankestyrelsen."])
        s4 = pick(["", " Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
                   " Se LAB § 204."])
        return f"{s1} {s2} {s3}{s4}"
    if mode == "wrong_route":
        return pick([f"Du kan klage til Ankestyrelsen {deadline}. Klagen sendes direkte til Ankestyrelsen via ast.dk.",
                     f"Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen {deadline}."])
    if mode == "body_only":
        return pick([f"Du kan klage over afgørelsen til {body_name}.", f"Klage kan sendes til {body_name}."])
    return pick(["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                 "Kontakt os, hvis du er uenig i afgørelsen."])


# ------------------------------------------------------------------ rendering helpers

def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = pick(["Calibri", "Arial", "Verdana", "Times New Roman"])
    st.font.size = Pt(pick([10, 10.5, 11, 12]))
    return doc


def wrap_sdt(paragraph, tag, placeholder=False):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag.lower().replace(" ", "_"))
    pr.append(alias)
    pr.append(t)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)


PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def render_docx(blocks, path, footer=None, header=None):
    doc = new_doc()
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        for i, line in enumerate(footer.split("\n")):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bold":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "sdt":   # ("sdt", tag, text or None for placeholder)
            p = doc.add_paragraph(b[2] if b[2] is not None else PLACEHOLDER)
            wrap_sdt(p, b[1], placeholder=b[2] is None)
        elif k == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "numbers":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "table":
            rows = b[1]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = tbl.cell(r, c)
                    lines = val.split("\n") if val else [""]
                    cell.paragraphs[0].text = lines[0]
                    if c == 0 and len(row) == 2:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            doc.add_paragraph("")
    doc.save(path)


def blocks_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "bold"):
            out.append(b[1] if k != "title" else b[1].upper() if R.random() < 0.2 else b[1])
            out.append("")
        elif k == "sdt":
            out += [b[2] or "", ""]
        elif k in ("bullets", "numbers"):
            out += [("- " if k == "bullets" else f"{i + 1}. ") + it for i, it in enumerate(b[1])] + [""]
        elif k == "table":
            out += [f"{r[0]}: {' '.join(r[1:]).replace(chr(10), ', ')}" if len(r) == 2 else " | ".join(r) for r in b[1]] + [""]
    return "\n".join(out)


def render_html(blocks, title, style):
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>",
             "<script>window.__sbsys={exportedBy:'journal',v:'4.2.1'};function p(){window.print()}</script>",
             "<style>body{font-family:Arial} .lbl{font-weight:bold}</style></head><body>",
             "<div class=\"topbar\"><span>Udskrevet fra fagsystem</span></div><div class=\"content\"><div class=\"doc\">"]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{html.escape(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{html.escape(b[1])}</h2>")
        elif k in ("p", "bold"):
            parts.append(f"<div class=\"para\"><p>{html.escape(b[1])}</p></div>")
        elif k == "sdt":
            parts.append(f"<p>{html.escape(b[2] or '')}</p>")
        elif k in ("bullets", "numbers"):
            tag = "ul" if k == "bullets" else "ol"
            parts.append(f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif k == "table":
            if style == "dl" and all(len(r) == 2 for r in b[1]):
                parts.append("<dl>" + "".join(f"<dt>{html.escape(a)}</dt><dd>{html.escape(v).replace(chr(10), '<br>')}</dd>"
                                              for a, v in b[1]) + "</dl>")
            else:
                parts.append("<table border=\"1\">" + "".join(
                    "<tr>" + "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>"
                    for r in b[1]) + "</table>")
    parts.append("</div></div><div class=\"footer\">Side 1 af 1</div></body></html>")
    return "\n".join(parts)


def sender_block(d):
    if d >= REFORM:
        unit = pick(["Hedensted Kommune, Beskæftigelse", "Hedensted Kommune – Job og Uddannelse",
                     "Hedensted Kommune, Center for Arbejdsmarked"])
    else:
        unit = pick(["Jobcenter Hedensted", "Jobcenter Hedensted, Ungeenheden", "Jobcenter Hedensted – Team Mentor"])
    return unit, f"{unit}\nToftevej 12, 8722 {BY}\nTlf. 79 75 50 00"


def body_name(d):
    if d >= REFORM:
        return pick(["Hedensted Kommune", "kommunen", "os"])
    return pick(["Jobcenter Hedensted", "jobcentret", "os"])


# ------------------------------------------------------------------ documents

AGR_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "duration-over-6-months", "missing-follow-up", "missing-hours", "missing-appeal-guidance",
               "appeal-wrong-route", "goal-placeholder"]


def make_fields(defects):
    cit = person()
    first = cit.split()[0]
    mentor = person()
    prov = pick(PROVIDERS)
    dom = PROVIDER_DOMAINS[PROVIDERS.index(prov)]
    over = "duration-over-6-months" in defects
    start, end = period(over=over)
    f = {
        "citizen": cit, "first": first, "mentor": mentor, "provider": prov,
        "mentor_phone": phone(), "mentor_mail": email_for(mentor, dom),
        "goal": goal_text(first, clear="unclear-goal" not in defects, start=start),
        "tasks": tasks_list(first), "start": start, "end": end,
        "period": period_text(start, end),
        "followup": followup_text(), "date": start - dt.timedelta(days=R.randint(2, 20)),
        "caseworker": person(), "cw_phone": phone(),
    }
    f["sag"] = sagsnr(f["date"].year)
    f["hours_core"], f["hours"] = hours_text(vague="missing-hours" in defects)
    if "missing-goal" in defects:
        f["goal"] = pick([None, "Udfyldes senere", "-", "…"])
    if "goal-placeholder" in defects:
        f["goal"] = "PLACEHOLDER"
    if "missing-mentor" in defects:
        f["mentor_phone"] = None
        f["mentor_mail"] = None
    if "missing-tasks" in defects:
        f["tasks"] = pick([None, ["-"], ["Aftales senere"]])
    if "missing-duration" in defects:
        f["period"] = pick([None, "Indtil videre", "Aftales nærmere", "Udfyldes senere"])
    if "missing-follow-up" in defects:
        f["followup"] = None
    appeal_mode = "full"
    if "missing-appeal-guidance" in defects:
        appeal_mode = pick(["none", "vague", "body_only"])
    if "appeal-wrong-route" in defects:
        appeal_mode = "wrong_route"
    f["appeal_mode"] = appeal_mode
    f["appeal"] = None if appeal_mode == "none" else appeal_text(appeal_mode, body_name(f["date"]))
    return f


def mentor_value(f):
    bits = [f["mentor"], f["provider"]]
    if f["mentor_phone"]:
        bits.append(pick(["Tlf. ", "tlf.: ", "Mobil: ", "Telefon "]) + f["mentor_phone"])
    if f["mail"] if "mail" in f else f["mentor_mail"]:
        bits.append(pick(["", "Mail: ", "e-mail: "]) + f["mentor_mail"])
    return "\n".join(bits) if R.random() < 0.6 else ", ".join(bits)


def agreement_template_2024(f, use_cpr):
    unit, sender = sender_block(f["date"])
    blocks = [("p", sender), ("title", pick(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"]))]
    ident = [["Borger", f["citizen"]]]
    if use_cpr:
        ident.append(["CPR-nr.", f["cpr"]])
    ident.append(["Sagsnr.", f["sag"]])
    blocks.append(("table", ident))
    goal = f["goal"] if f["goal"] not in (None, "PLACEHOLDER") else ("" if f["goal"] is None else PLACEHOLDER)
    rows = [[pick(["Målet med mentorstøtten", "Mål og delmål", "Formål med mentorstøtten"]), goal],
            [pick(["Mentor (navn og kontaktdata)", "Mentorens navn og kontaktdata", "Mentor"]), mentor_value(f)],
            [pick(["Mentorens opgaver", "Indsatsområder", "Hvilke opgaver skal mentor bistå med"]),
             "\n".join(("• " + t) for t in f["tasks"]) if f["tasks"] else ""],
            [pick(["Periode", "Varighed", "Aftalens varighed"]), f["period"] or ""],
            [pick(["Timetal", "Antal timer", "Timer pr. uge"]), f["hours"]],
            [pick(["Opfølgning", "Opfølgning og progression", "Evaluering"]), f["followup"] or ""]]
    blocks.append(("table", rows))
    blocks.append(("h", pick(["Klagevejledning", "Hvis du vil klage"])))
    if f["appeal"]:
        blocks.append(("p", f["appeal"]))
    elif R.random() < 0.5:
        blocks.pop()
    blocks.append(("p", f"{BY}, {fmt_date(f['date'])}"))
    blocks.append(("table", [["Borgers underskrift", "Mentors underskrift", "Sagsbehandler"],
                             ["", "", f"{f['caseworker']}\nTlf. {f['cw_phone']}"]]))
    return blocks, "Skabelon: Mentoraftale v3.1 (2024)"


def agreement_template_2026(f, use_cpr):
    unit, sender = sender_block(f["date"])
    blocks = [("p", sender), ("p", f"Dato: {fmt_date(f['date'])}\nSagsnr.: {f['sag']}"),
              ("title", pick(["Aftale om mentorstøtte", "Din aftale om mentorstøtte"])),
              ("p", f"Navn: {f['citizen']}" + (f"\nCPR-nr.: {f['cpr']}" if use_cpr else ""))]
    g = f["goal"]
    blocks.append(("h", pick(["1. Målet med mentorstøtten", "1. Hvad er målet?", "1. Formål og mål"])))
    blocks.append(("sdt", "Mål", None if g == "PLACEHOLDER" else (g or "")))
    blocks.append(("h", pick(["2. Din mentor", "2. Mentors kontaktdata", "2. Mentor"])))
    blocks.append(("sdt", "Mentor", mentor_value(f).replace("\n", ", ")))
    blocks.append(("h", pick([f"3. {f['mentor'].split()[0]} skal hjælpe dig med", "3. Mentorens opgaver",
                              "3. Hvad skal mentor hjælpe med?"])))
    if f["tasks"]:
        blocks.append(("bullets", f["tasks"]))
    blocks.append(("h", pick(["4. Periode", "4. Varighed"])))
    blocks.append(("sdt", "Periode", f["period"] or ""))
    blocks.append(("h", pick(["5. Timetal", "5. Hvor mange timer?"])))
    blocks.append(("sdt", "Timer", f["hours"]))
    if f["followup"]:
        blocks.append(("h", pick(["6. Opfølgning", "6. Sådan følger vi op"])))
        blocks.append(("sdt", "Opfølgning", f["followup"]))
    footer = f"{unit} · Toftevej 12 · 8722 {BY}"
    if f["appeal"]:
        if R.random() < 0.25:
            footer += "\nKlagevejledning: " + f["appeal"]
        else:
            blocks.append(("h", pick(["7. Klagevejledning", "Sådan klager du"])))
            blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Med venlig hilsen\n{f['caseworker']}\n{pick(['Jobkonsulent', 'Sagsbehandler', 'Virksomhedskonsulent'])}\nDirekte tlf. {f['cw_phone']}"))
    return blocks, footer


def agreement_letter(f, use_cpr):
    unit, sender = sender_block(f["date"])
    first, mfirst = f["first"], f["mentor"].split()[0]
    blocks = [("p", sender), ("p", f"{f['citizen']}" + (f"\nCPR: {f['cpr']}" if use_cpr else "") + f"\n{fmt_date(f['date'], 'words')}"),
              ("bold", pick(["Aftale om mentorstøtte", "Vedr. din mentorstøtte – vores aftale", "Referat af aftale om mentor"])),
              ("p", f"Kære {first}\n" + pick(["Tak for samtalen. Her er det, vi aftalte om din mentorstøtte.",
                                                "Som aftalt på mødet får du her vores aftale om mentor.",
                                                "Du får mentorstøtte, og her kan du læse, hvad vi har aftalt."]))]
    g = f["goal"]
    if g and g != "PLACEHOLDER" and g not in ("-", "…", "Udfyldes senere"):
        blocks.append(("p", pick(["Vi har aftalt følgende mål for forløbet: ", "Målet med din mentorstøtte: ", ""]) + g))
    elif g in ("-", "…", "Udfyldes senere"):
        blocks.append(("p", "Mål: " + g))
    mv = f"Din mentor er {f['mentor']} fra {f['provider']}"
    if f["mentor_phone"]:
        mv += f". Du kan ringe til {mfirst} på {f['mentor_phone']} eller skrive til {f['mentor_mail']}."
    else:
        mv += "."
    blocks.append(("p", mv))
    if f["tasks"]:
        blocks.append(("p", f"{mfirst} skal hjælpe dig med:"))
        blocks.append(("bullets", f["tasks"]))
    if f["period"] and f["period"] not in ("Indtil videre", "Aftales nærmere", "Udfyldes senere"):
        blocks.append(("p", f"Mentorstøtten gælder i perioden {inline_period(f['period'])}. "
                            f"I mødes {f['hours_core'].lower()}."
                            if not f["hours"].startswith(("Efter", "Løbende", "Et par", "Afhænger", "Så meget", "Fleksibelt"))
                            else f"Mentorstøtten gælder i perioden {inline_period(f['period'])}. Timer: {f['hours']}"))
    else:
        blocks.append(("p", f"Periode: {f['period'] or 'aftales senere'}. Timer: {f['hours']}"))
    if f["followup"]:
        blocks.append(("p", f["followup"]))
    if f["appeal"]:
        blocks.append(("bold", pick(["Klagevejledning", "Hvis du er uenig"])))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Venlig hilsen\n{f['caseworker']}\nTlf. {f['cw_phone']}"))
    return blocks


def minplan(f, defects):
    d = f["start"]
    blocks = [("p", pick(["Min Plan", "Min Plan – udskrift", "Jobnet · Min Plan"])),
              ("title", pick(["Mentorstøtte", "Indsats: Mentorstøtte", "Aktivitet: Mentor (LAB § 167)"])),
              ("p", f"{f['citizen']} · udskrevet {fmt_date(f['date'] + dt.timedelta(days=3), 'dot0')}")]
    rows = [["Status", pick(["Aktiv", "Planlagt", "I gang"])]]
    g = f["goal"]
    if g is not None and g != "PLACEHOLDER":
        rows.append([pick(["Formål", "Mål med mentorstøtten", "Formålet med indsatsen"]), g])
    if "missing-mentor" in defects:
        rows.append(["Mentor", f"{f['mentor']}, {f['provider']}"])
    else:
        rows.append([pick(["Mentor", "Din mentor"]), f["mentor"]])
        rows.append([pick(["Kontakt", "Telefon"]), f["mentor_phone"]])
        if R.random() < 0.5:
            rows.append(["E-mail", f["mentor_mail"]])
    if f["tasks"]:
        rows.append([pick(["Opgaver", "Det hjælper din mentor med", "Mentorens opgaver"]), "\n".join(f["tasks"])])
    if f["period"] is not None and "missing-duration" not in defects:
        if R.random() < 0.5:
            rows.append(["Start", fmt_date(f["start"], "dot0")])
            rows.append(["Slut", fmt_date(f["end"], "dot0")])
        else:
            rows.append(["Periode", f["period"]])
    elif f["period"]:
        rows.append(["Periode", f["period"]])
    rows.append([pick(["Timer", "Timetal", "Omfang"]), f["hours"]])
    blocks.append(("table", rows))
    return blocks


REASON_FACTS = {
    "grant": ["du har været sygemeldt i længere tid og skal starte langsomt op i praktikken",
              "du selv har fortalt, at det er svært at komme afsted om morgenen",
              "praktikstedet har oplyst, at de ikke selv kan give den støtte, du har brug for",
              "du starter på uddannelse og har brug for hjælp til at komme godt i gang",
              "du tidligere har afbrudt to forløb, fordi du ikke havde nogen at tale med undervejs"],
    "partial": ["du allerede får støtte fra elevcoachen på skolen", "du har et godt netværk på arbejdspladsen",
                "din kontaktperson på bostedet hjælper med morgenrutinerne", "mentor har vurderet, at behovet falder efter opstarten",
                "du selv har sagt, at to samtaler om ugen er nok"],
    "refusal": ["der ikke er et mål om beskæftigelse eller uddannelse i din plan lige nu",
                "skolens egne støttetilbud (SPS og elevcoach) dækker dit behov",
                "din behandling i psykiatrien skal afsluttes, før du kan starte i et forløb",
                "du allerede får en bostøtte, der hjælper med de samme ting",
                "de opgaver, du har søgt hjælp til, ligger uden for det, en mentor efter § 167 kan hjælpe med"],
    "extension": ["du er godt i gang, men endnu ikke kan klare praktikken uden støtte",
                  "dit fremmøde er steget fra to til fire dage om ugen, og mentor vurderer, at det ikke er stabilt endnu",
                  "du skal til eksamen i juni og har brug for hjælp til at holde fast i planen",
                  "arbejdsgiveren har tilbudt dig flere timer, hvis du fortsat har en mentor i overgangen"],
    "end": ["du ikke er mødt op til aftalerne med din mentor i over en måned", "vi ikke har kunnet komme i kontakt med dig",
            "du er startet i ordinært job og ikke længere har brug for støtten", "målet med støtten er nået",
            "du er flyttet til en anden kommune"],
}


def reasons_text(sub):
    facts = R.sample(REASON_FACTS[sub], 1 if sub == "end" else R.choice([1, 2]))
    lead = pick(["Vi har lagt vægt på, at ", "Vi har især lagt vægt på, at ", "Afgørelsen bygger på, at ",
                 "Vi har i vores vurdering lagt vægt på, at ", "Det afgørende for os er, at "])
    law = pick([" Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167.", " Jf. LAB § 167, stk. 1.",
                " Reglerne står i § 167 i lov om en aktiv beskæftigelsesindsats.", "",
                " Det følger af LAB § 167, at mentorstøtte gives, når det er nødvendigt for at du kan opnå eller fastholde beskæftigelse eller uddannelse."])
    return lead + " og at ".join(facts) + "." + law


def decision(sub, f, defects, use_cpr):
    unit, sender = sender_block(f["date"])
    first = f["first"]
    title = {"grant": pick(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]),
             "partial": pick(["Delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte – delvis bevilling"]),
             "refusal": pick(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"]),
             "extension": pick(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"]),
             "end": pick(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])}[sub]
    blocks = [("p", sender), ("p", f"{f['citizen']}\n" + (f"CPR-nr. {f['cpr']}\n" if use_cpr else "") +
                                    f"Sagsnr. {f['sag']}\nDato: {fmt_date(f['date'])}"), ("title", title)]
    reasons = "missing-reasons" not in defects
    hrs = f["hours"]
    if sub == "grant":
        blocks.append(("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {inline_period(f['period'])}. "
                            f"Støtten er på {f['hours_core'].rstrip('.')}. Din mentor bliver {f['mentor']}, {f['provider']}, tlf. {f['mentor_phone'] or phone()}."))
        if reasons:
            blocks += [("h", pick(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])), ("p", reasons_text(sub))]
    elif sub == "partial":
        asked = R.choice([4, 5, 6])
        blocks.append(("p", f"Du har søgt om mentorstøtte med {asked} timer om ugen. Vi har bevilget {f['hours_core'].rstrip('.')} "
                            f"i perioden {inline_period(f['period'])}."))
        if reasons:
            blocks += [("h", pick(["Begrundelse", "Hvorfor får du færre timer?"])), ("p", reasons_text(sub))]
    elif sub == "refusal":
        blocks.append(("p", f"Du har den {fmt_date(f['date'] - dt.timedelta(days=R.randint(10, 30)), 'words')} søgt om mentorstøtte. "
                            f"Vi har givet dig afslag."))
        if reasons:
            blocks += [("h", pick(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])), ("p", reasons_text(sub))]
    elif sub == "extension":
        blocks.append(("p", f"Din mentorstøtte hos {f['mentor']} bliver forlænget i en ny periode: {inline_period(f['period'])}. "
                            f"Timetallet er {f['hours_core'].rstrip('.')}."))
        if reasons:
            blocks += [("h", "Begrundelse"), ("p", "Efter en konkret vurdering: " + reasons_text(sub))]
    elif sub == "end":
        stop = f["start"] + dt.timedelta(days=R.randint(40, 120))
        blocks.append(("p", f"Din mentorstøtte ophører pr. {fmt_date(stop, 'words')}."))
        if reasons:
            blocks += [("h", pick(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])), ("p", reasons_text(sub))]
    if f["appeal"]:
        blocks.append(("h", pick(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Med venlig hilsen\n\n{f['caseworker']}\n{pick(['Sagsbehandler', 'Jobkonsulent', 'Rådgiver'])}\nTlf. {f['cw_phone']}"))
    return blocks, title


# ------------------------------------------------------------------ documents that are none of the kinds

def unknown_doc(sub, use_cpr, c):
    n, cw = person(), person()
    d = dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 650))
    head = f"{n}" + (f", CPR {c}" if use_cpr else "")
    if sub == "journalnotat":
        return [("title", "Journalnotat"), ("p", f"Borger: {head}\nDato: {fmt_date(d, 'dot0')}\nNotat af: {cw}"),
                ("p", pick([f"Tlf. samtale med borger om befordring til praktik. Borger oplyser, at bussen fra Uldum går for sent. "
                            f"Aftalt at borger søger kørselsgodtgørelse. {cw.split()[0]} sender ansøgningsskema.",
                            f"Borger ringede og meldte afbud til samtalen {fmt_date(d + dt.timedelta(days=2), 'words')} pga. sygdom. Ny tid sendes i Digital Post.",
                            "Mentor har ringet: borger har været stabil i praktikken de sidste to uger. Intet at handle på."]))]
    if sub == "statusrapport":
        return [("title", pick(["Statusrapport – mentorforløb", "Status fra mentor"])), ("p", f"Vedr.: {head}\nPeriode: {MONTHS[d.month - 1]} {d.year}"),
                ("h", "Fremmøde"), ("p", f"{n.split()[0]} er mødt {R.randint(5, 12)} ud af {R.randint(12, 14)} gange."),
                ("h", "Udvikling"), ("p", "Der er god fremgang i forhold til morgenrutiner. Praktikstedet er tilfreds."),
                ("h", "Anbefaling"), ("p", pick(["Forløbet fortsætter uændret.", "Mentor anbefaler færre timer fra næste måned."])),
                ("p", f"Venlig hilsen\n{person()}, {pick(PROVIDERS)}")]
    if sub == "faktura":
        t = R.randint(6, 20)
        pr = R.choice([425, 495, 550, 610])
        return [("title", f"FAKTURA nr. {R.randint(1000, 9999)}"), ("p", f"{pick(PROVIDERS)}\nCVR {R.randint(10000000, 99999999)}"),
                ("p", f"Til: {KOMMUNE}, Beskæftigelse\nEAN 5798000{R.randint(100000, 999999)}\nFakturadato: {fmt_date(d, 'dot0')}"),
                ("table", [["Ydelse", "Antal", "Pris", "Beløb"], [f"Mentortimer {MONTHS[d.month - 1]}, borger-id {R.randint(100, 999)}", str(t), f"{pr},00", f"{t * pr:,}".replace(",", ".") + ",00"],
                           ["Kørsel", f"{R.randint(20, 120)} km", "3,79", "—"]]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 7780 konto 0001234567")]
    if sub == "befordring":
        return [("p", sender_block(d)[1]), ("p", head + f"\nDato: {fmt_date(d)}"), ("title", "Afgørelse om befordringsgodtgørelse"),
                ("p", f"Du får befordringsgodtgørelse til din virksomhedspraktik fra {fmt_date(d)} efter LAB § 82. Du får dækket udgifter ud over 24 km pr. dag."),
                ("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                ("p", "Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger. Fastholder vi afgørelsen, sendes klagen til Ankestyrelsen."),
                ("p", f"Venlig hilsen\n{cw}")]
    if sub == "referat":
        return [("title", pick(["Referat af netværksmøde", "Referat – rundbordssamtale"])), ("p", f"Dato: {fmt_date(d)}\nDeltagere: {n} (borger), {cw} (sagsbehandler), {person()} (mentor), {person()} (praktiksted)"),
                ("numbers", ["Velkomst", "Status på praktikken: går godt, fremmøde stabilt", "Mentorstøtten fortsætter som aftalt",
                             f"Næste møde {fmt_date(d + dt.timedelta(days=R.randint(20, 40)), 'words')}"])]
    if sub == "partshøring":
        return [("p", sender_block(d)[1]), ("p", head), ("title", "Partshøring – inden vi træffer afgørelse om din mentorstøtte"),
                ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste aftaler. Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger senest {fmt_date(d + dt.timedelta(days=10), 'words')}."),
                ("p", f"Venlig hilsen\n{cw}, tlf. {phone()}")]
    # boligstøtte / sygedagpenge letter
    return [("p", sender_block(d)[1]), ("p", head), ("title", pick(["Opfølgning på dine sygedagpenge", "Indkaldelse til opfølgningssamtale"])),
            ("p", f"Vi indkalder dig til en samtale om din sygemelding {fmt_date(d + dt.timedelta(days=8), 'den')} kl. {R.randint(8, 14)}.00 på Toftevej 12. "
                  "Tag gerne en bisidder med."), ("p", f"Venlig hilsen\n{cw}")]


# ------------------------------------------------------------------ main

def ocr_scan(pdf, out_pdf, tmp):
    """Print-and-scan: rasterise, degrade, OCR with tesseract (dan) into a searchable PDF."""
    from PIL import Image, ImageFilter
    stem = tmp / (pdf.stem + "_scan")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(stem)], check=True)
    pages = sorted(tmp.glob(stem.name + "*.png"))
    listfile = tmp / (pdf.stem + "_list.txt")
    fixed = []
    for p in pages:
        im = Image.open(p).convert("L").rotate(R.uniform(-0.6, 0.6), expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(R.uniform(0.3, 0.7)))
        im.save(p)
        fixed.append(str(p))
    listfile.write_text("\n".join(fixed) + "\n")
    subprocess.run(["tesseract", str(listfile), str(out_pdf.with_suffix("")), "-l", "dan", "pdf"],
                   check=True, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_da_"))
    entries, to_pdf = [], []   # to_pdf: (docx_in_tmp, final_path, scanned)

    # plan: kind/subtype, then formats
    plan = ([("agreement", "template-2024")] * 17 + [("agreement", "template-2026")] * 15 +
            [("agreement", "letter")] * 9 +
            [("decision", s) for s in ["grant"] * 7 + ["partial"] * 4 + ["refusal"] * 4 + ["extension"] * 5 + ["end"] * 5] +
            [("minplan", "minplan")] * 19 +
            [("unknown", s) for s in ["journalnotat", "journalnotat", "statusrapport", "statusrapport", "faktura", "faktura",
                                       "befordring", "referat", "partshøring", "sygedagpenge", "referat", "faktura", "journalnotat",
                                       "statusrapport", "sygedagpenge"]])
    R.shuffle(plan)
    # fixed rates, drawn at random over the sample: 30 documents with one or two defects, 25 with a CPR number
    defect_idx = set(R.sample([i for i, (k, _) in enumerate(plan) if k != "unknown"], 30))
    cpr_idx = set(R.sample(range(len(plan)), 25))
    defect_docs = 0
    for i, (kind, sub) in enumerate(plan):
        use_cpr = i in cpr_idx
        c = cpr() if use_cpr else None
        defects = []
        if i in defect_idx:
            if kind == "agreement":
                pool = AGR_DEFECTS
            elif kind == "minplan":
                pool = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                        "duration-over-6-months", "missing-hours"]
            else:
                pool = ["missing-appeal-guidance", "appeal-wrong-route"] + (["missing-reasons"] * 2 if sub in ("partial", "refusal", "end") else []) + \
                       (["duration-over-6-months"] if sub in ("grant", "extension") else [])
            defects = R.sample(pool, 2 if R.random() < 0.3 else 1)
            if "missing-goal" in defects and "unclear-goal" in defects:
                defects.remove("unclear-goal")
            if "missing-goal" in defects and "goal-placeholder" in defects:
                defects.remove("goal-placeholder")
            if "missing-duration" in defects and "duration-over-6-months" in defects:
                defects.remove("duration-over-6-months")
            if "missing-appeal-guidance" in defects and "appeal-wrong-route" in defects:
                defects.remove("appeal-wrong-route")
            defect_docs += 1
        year = None
        traits = ["cpr"] if use_cpr else []
        if kind == "unknown":
            blocks = unknown_doc(sub, use_cpr, c)
            title = sub
            layout = "mixed"
            traits.append("not-a-mentor-document-kind")
            fmt = pick(["docx", "docx", "pdf", "pdf", "eml", "html", "scan"])
            rules, extras = [], []
            footer = None
            year = R.choice([2025, 2026])
        else:
            if kind == "minplan" and "goal-placeholder" in defects:
                defects.remove("goal-placeholder")
            f = make_fields(defects)
            f["cpr"] = c
            year = f["date"].year
            footer = None
            if kind == "agreement":
                if sub == "template-2024":
                    blocks, footer = agreement_template_2024(f, use_cpr)
                    layout = "table"
                    fmt = pick(["docx", "docx", "pdf", "pdf", "scan"])
                elif sub == "template-2026":
                    blocks, footer = agreement_template_2026(f, use_cpr)
                    layout = "headings"
                    fmt = pick(["docx", "docx", "docx", "pdf", "pdf"])
                    traits.append("content-controls")
                    if footer.count("\n"):
                        traits.append("appeal-in-footer")
                else:
                    blocks = agreement_letter(f, use_cpr)
                    layout = "letter"
                    fmt = pick(["docx", "pdf", "eml", "eml", "html"])
                title = "aftale"
                if "goal-placeholder" in defects:
                    defects = [d for d in defects if d != "goal-placeholder"] + ["missing-goal"]
                    traits.append("placeholder-goal")
            elif kind == "minplan":
                blocks = minplan(f, defects)
                layout = "plan-print"
                fmt = pick(["pdf", "pdf", "html", "html", "docx"])
                title = "minplan"
            else:
                if sub != "grant" and sub != "extension" and "duration-over-6-months" in defects:
                    defects.remove("duration-over-6-months")
                blocks, title = decision(sub, f, defects, use_cpr)
                layout = "letter"
                fmt = pick(["docx", "pdf", "pdf", "pdf", "scan", "eml"])
            req = {"agreement": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                                 "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"},
                   "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                               "duration-over-6-months", "unclear-goal"},
                   "decision": {"missing-appeal-guidance", "duration-over-6-months"}}[kind]
            rules = sorted(d for d in set(defects) if d in req)
            extras = sorted(d for d in set(defects) if d in ("missing-reasons", "appeal-wrong-route"))
            if "appeal-wrong-route" in defects:
                traits.append("appeal-direct-to-ankestyrelsen")
            if kind == "decision" and sub == "refusal":
                pass
        if kind != "unknown":
            traits += [f"defect:{d}" for d in defects]
        folder = f"arkiv/{year}/{ {'agreement': 'aftaler', 'decision': 'afgoerelser', 'minplan': 'minplan', 'unknown': pick(['diverse', 'aftaler', 'afgoerelser'])}[kind] }"
        name = f"{i:03d}_{title.lower().replace(' ', '-').replace('–', '').replace(':', '')[:40]}_{R.randint(100, 999)}"
        name = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("--", "-")
        (out / folder).mkdir(parents=True, exist_ok=True)
        rel_base = f"{folder}/{name}"
        real_fmt = fmt
        if fmt == "docx":
            render_docx(blocks, out / f"{rel_base}.docx", footer=footer if kind == "agreement" and sub == "template-2026" else None,
                        header=footer if sub == "template-2024" and R.random() < 0.5 else None)
            rel = rel_base + ".docx"
        elif fmt in ("pdf", "scan"):
            src = tmp / f"{name}.docx"
            render_docx(blocks, src, footer=footer if sub == "template-2026" else None)
            rel = rel_base + ".pdf"
            to_pdf.append((src, out / rel, fmt == "scan"))
            real_fmt = "pdf"
            if fmt == "scan":
                traits.append("ocr-scan")
        elif fmt == "eml":
            msg = email.message.EmailMessage()
            sender_name = person()
            msg["From"] = f"{sender_name} <{email_for(sender_name, pick(['hedensted.dk', 'mentorhuset.dk', 'trinet.dk']))}>"
            msg["To"] = pick(["mentor@hedensted.dk", "jobcenter@hedensted.dk", "beskaeftigelse@hedensted.dk"])
            msg["Subject"] = pick(["VS: ", "SV: ", ""]) + {"agreement": "Aftale om mentorstøtte", "decision": title, "minplan": "Min Plan",
                                                          "unknown": pick(["Til orientering", "Notat", "Faktura"])}[kind]
            msg["Date"] = email.utils.format_datetime(dt.datetime(year, R.randint(1, 11), R.randint(1, 28), R.randint(7, 16), R.randint(0, 59),
                                                                   tzinfo=dt.timezone.utc))
            msg["Message-ID"] = email.utils.make_msgid(domain="hedensted.dk")
            body = pick(["Hej\n\nHermed som aftalt.\n\n", "Hej alle\n\nSender lige nedenstående til orientering og journalisering.\n\n",
                         "Til journalen.\n\n", "", "Hej\n\nKopi af brevet, som det blev sendt.\n\n-----\n"]) + blocks_text(blocks)
            sig = f"\n\nMed venlig hilsen\n{sender_name}\n{pick(['Jobkonsulent', 'Administrativ medarbejder', 'Mentorkoordinator'])}\nDirekte: {phone()}\n{KOMMUNE}\n"
            if R.random() < 0.4:
                body += sig + f"\n> Den {fmt_date(dt.date(year, 1, 1) + dt.timedelta(days=R.randint(0, 300)), 'dot')} skrev {person()}:\n> Kan du sende aftalen igen? Jeg kan ikke finde den.\n> Mvh\n"
            else:
                body += sig
            msg.set_content(body)
            rel = rel_base + ".eml"
            (out / rel).write_bytes(bytes(msg))
            traits.append("email")
        else:
            style = pick(["dl", "table"])
            (out / f"{rel_base}.html").write_text(render_html(blocks, title, style), encoding="utf-8")
            rel = rel_base + ".html"
            traits.append(f"html-{style}")
        e = {"path": rel, "kind": kind, "format": real_fmt, "layout": layout, "subtype": sub,
             "rules": rules, "extras": extras, "error": None, "accept_errors": [],
             "must_not_contain": [c, c.replace("-", "")] if c else [], "traits": sorted(set(traits))}
        if kind != "unknown" and f.get("period") and f["period"] not in ("Indtil videre", "Aftales nærmere", "Udfyldes senere") \
                and kind != "decision" or (kind == "decision" and sub in ("grant", "partial", "extension")):
            e["period"] = {"start": f["start"].isoformat(), "end": f["end"].isoformat()}
        entries.append(e)

    # one LibreOffice call for all PDFs
    srcs = [str(s) for s, _, _ in to_pdf]
    pdfdir = tmp / "pdf"
    pdfdir.mkdir()
    for k in range(0, len(srcs), 20):
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_da_profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(pdfdir)] + srcs[k:k + 20], check=True, capture_output=True)
    for src, final, scanned in to_pdf:
        pdf = pdfdir / (src.stem + ".pdf")
        if scanned:
            ocr_scan(pdf, final, tmp)
        else:
            shutil.copy(pdf, final)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp)
    print(f"{len(entries)} documents, {defect_docs} with defects -> {out}")


if __name__ == "__main__":
    main()
