#!/usr/bin/env python3
"""Independent corpus BN: Min Plan entries, decision letters and neither-kind documents.

Written from /work/shared/domain.md, the seeds and the rule docs (`mentordocs rules NAME`) only.
Deterministic: `python make_corpus_bn.py --out DIR [--seed 61]`.
Labels are decided here, from what each document is made to contain, before any linter run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
FIRST = ["Anna", "Mads", "Fatima", "Jonas", "Sofie", "Ahmed", "Line", "Kasper", "Nadia", "Peter",
         "Mette", "Yusuf", "Camilla", "Rasmus", "Louise", "Omar", "Ida", "Thomas", "Sara", "Bo"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Roskilde", "Herning", "Rudersdal",
            "Gribskov", "Albertslund", "Silkeborg", "Næstved"]
PROVIDERS = ["Jobhuset ApS", "Mentorcentret Midt", "Bro til Job", "Kompasset", "Trin for Trin I/S",
             "Ungeindsatsen", "Mentorkorpset"]

CLEAR_GOALS = [
    "Du starter på grundforløb 2 til social- og sundhedshjælper på SOSU-skolen 10. august 2026 og møder mindst 4 dage om ugen.",
    "Du er i virksomhedspraktik i Netto, Vestergade, 15 timer om ugen senest 1. juni 2026 med henblik på løntilskud.",
    "Du gennemfører FVU-dansk trin 2 på VUC og går op til prøven i juni 2026.",
    "Målet er, at du er i fleksjob som pedelmedhjælper 12 timer om ugen inden periodens udløb.",
    "At du møder stabilt i praktikken på lageret hos Bilka (mindst 90 % fremmøde) og derefter får et løntilskudsjob.",
    "Du søger optagelse på EUD hos Mercantec og er startet på grundforløbet i januar 2027.",
    "Du har fået et ordinært job på mindst 20 timer om ugen i detailhandlen senest 31. oktober 2026.",
    "Fastholdelse af uddannelsen på HF: du består alle eksamener i 1.g til sommer 2026.",
]
CLEAR_GOALS_EN = [
    "You complete the AMU course in forklift driving and start work at the warehouse at DSV in May 2026.",
    "You attend the language school and the internship at Føtex 12 hours a week by 1 June 2026, aiming for a wage-subsidy job.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre.",
    "At du får det bedre med dig selv og får mere selvværd.",
    "Sikre at borgeren får hjælp i hverdagen.",
    "Arbejde med sig selv og blive mere stabil.",
]
TASKS = [
    ["Følge dig til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakten til arbejdspladsen ved problemer"],
    ["Hjælpe med at skabe struktur i hverdagen, så du kan møde til tiden",
     "Støtte dig i kontakten med skolen og studievejlederen", "Hjælpe med at åbne og forstå post fra e-Boks"],
    ["Sparring om lektier og fremmøde", "Være med til møder med SPS-vejleder",
     "Hjælpe dig med at bruge en kalender"],
    ["Ringe dig op om morgenen de første fire uger", "Følge op på aftaler med lægen",
     "Forberede samtaler med arbejdsgiveren sammen med dig"],
]
TASKS_EN = [["Accompany you to the workplace the first week", "Weekly talk about attendance",
             "Help you contact the job centre when needed"]]
HOURS = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "halvanden time ugentligt", "8 timer om måneden",
         "to timer om ugen", "2-3 timer pr. uge", "4 timer ugentligt", "½ time om ugen + telefonopkald"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale", "vurderes løbende"]


def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise AssertionError


def ocr_damage(text: str, rng: random.Random) -> str:
    subs = [("ø", "e"), ("å", "a"), ("æ", "@"), ("ti", "fi"), ("m", "rn"), (" i ", " 1 ")]
    out = text
    for a, b in subs:
        if rng.random() < 0.6:
            # damage about a third of occurrences, deterministically
            parts = out.split(a)
            res = parts[0]
            for i, p in enumerate(parts[1:]):
                res += (b if (i % 3 == 0) else a) + p
            out = res
    return out


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used = set()

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def phone(self) -> str:
        return " ".join(f"{self.rng.randint(20, 99)}" for _ in range(4))

    def cpr(self) -> str:
        d = dt.date(1970, 1, 1) + dt.timedelta(days=self.rng.randint(0, 12000))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.rng.randint(1000, 9999)}"

    def email(self, name: str, domain: str) -> str:
        first = name.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        return f"{first}@{domain}"


# ---------------------------------------------------------------- blocks
# A document is a list of blocks: ("title", s) ("h", s) ("p", s) ("kv", label, value)
# ("ul", [items]) ("table", [[cells]]) ("small", s)


def blocks_to_text(blocks, rng=None, wrap=False) -> str:
    lines = []
    for b in blocks:
        t = b[0]
        if t == "title":
            lines += [b[1].upper() if rng and rng.random() < 0.3 else b[1], ""]
        elif t == "h":
            lines += ["", b[1]]
        elif t in ("p", "small"):
            lines += [b[1], ""] if not wrap else [*_wrap(b[1], 78), ""]
        elif t == "kv":
            lines.append(f"{b[1]}: {b[2]}")
        elif t == "ul":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif t == "table":
            for row in b[1]:
                lines.append("  ".join(f"{c:<28}" for c in row).rstrip())
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def _wrap(s: str, width: int):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


def blocks_to_html(blocks, style: str, title: str) -> str:
    body = []
    for b in blocks:
        t = b[0]
        if t == "title":
            body.append(f"<h1>{escape(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{escape(b[1])}</h2>")
        elif t == "p":
            body.append(f"<p>{escape(b[1])}</p>")
        elif t == "small":
            body.append(f"<p class='small'>{escape(b[1])}</p>")
        elif t == "kv":
            if style == "dl":
                body.append(f"<dl><dt>{escape(b[1])}</dt><dd>{escape(b[2])}</dd></dl>")
            else:
                body.append(f"<div class='row'><div class='lbl'>{escape(b[1])}</div>"
                            f"<div class='val'>{escape(b[2])}</div></div>")
        elif t == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "table":
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[1])
            body.append(f"<table border='1' cellpadding='4'>{rows}</table>")
    css = ("body{font-family:Arial,sans-serif;font-size:11pt;margin:2em}.row{display:flex}"
           ".lbl{width:12em;font-weight:bold}.small{font-size:8pt;color:#555}")
    script = "<script>window.dataLayer=[];function track(){return 'Mål: Timetal: Mentor:'}</script>"
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{css}</style>{script if style != 'plain' else ''}</head><body>"
            f"<div class='page'><div class='content'>{''.join(body)}</div></div></body></html>")


def blocks_to_docx(blocks, path: Path, plain=False):
    import docx
    d = docx.Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_paragraph(b[1]) if plain else d.add_heading(b[1], level=1)
        elif t == "h":
            if plain:
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t in ("p", "small"):
            d.add_paragraph(b[1])
        elif t == "kv":
            if plain:
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            else:
                tbl = d.add_table(rows=1, cols=2)
                tbl.style = "Table Grid"
                tbl.rows[0].cells[0].text = b[1]
                tbl.rows[0].cells[1].text = b[2]
        elif t == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "table":
            tbl = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(b[1]):
                for c, cell in enumerate(row):
                    tbl.rows[r].cells[c].text = cell
    d.save(path)


def blocks_to_reportlab(blocks, path: Path, sidebar: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (Frame, PageTemplate, BaseDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif t == "p":
            story.append(Paragraph(escape(b[1]), ss["BodyText"]))
        elif t == "small":
            story.append(Paragraph(escape(b[1]), ss["Italic"]))
        elif t == "kv":
            tb = Table([[Paragraph("<b>%s</b>" % escape(b[1]), ss["BodyText"]),
                         Paragraph(escape(b[2]), ss["BodyText"])]], colWidths=[120, 300 if sidebar else 340])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        elif t == "ul":
            for i in b[1]:
                story.append(Paragraph("• " + escape(i), ss["BodyText"]))
        elif t == "table":
            tb = Table([[Paragraph(escape(c), ss["BodyText"]) for c in r] for r in b[1]])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        story.append(Spacer(1, 4))
    w, h = A4
    left = 170 if sidebar else 60

    def on_page(canvas, doc):
        canvas.setFont("Helvetica", 7)
        canvas.drawString(60, 30, f"Side {doc.page}")
        if sidebar:
            canvas.setFont("Helvetica", 8)
            y = h - 80
            for line in sidebar.split("\n"):
                canvas.drawString(30, y, line)
                y -= 11

    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(frames=[Frame(left, 60, w - left - 50, h - 120)], onPage=on_page)])
    doc.build(story)


# ---------------------------------------------------------------- Min Plan entries

def make_minplan(ctx: Ctx, i: int, spec: dict) -> dict:
    rng = ctx.rng
    english = spec.get("english", False)
    citizen = ctx.person()
    mentor = ctx.person()
    provider = rng.choice(PROVIDERS)
    kommune = rng.choice(KOMMUNER)
    sagsbeh = ctx.person()
    start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 8, 9]), rng.choice([1, 1, 15, 4]))
    dstyle = rng.randrange(6)
    rules, traits = [], []
    missing = set(spec.get("missing", []))
    if spec.get("over"):
        end = add_months(start, rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        rules.append("duration-over-6-months")
        traits.append("period:over")
    elif spec.get("exact6"):
        end = add_months(start, 6) - dt.timedelta(days=1)
        traits.append("period:exact-six")
    else:
        end = add_months(start, rng.choice([3, 4])) - dt.timedelta(days=1)
    period_txt = f"{ddate(start, dstyle)} – {ddate(end, dstyle)}" if not english else \
        f"{start.isoformat()} to {end.isoformat()}"
    if spec.get("period_words"):
        period_txt = f"fra {ddate(start, 0)} og {rng.choice(['3', 'tre', '4'])} måneder frem"
        end = None
    if english:
        goal = rng.choice(CLEAR_GOALS_EN)
    else:
        goal = rng.choice(UNCLEAR_GOALS if spec.get("unclear") else CLEAR_GOALS)
    if spec.get("unclear"):
        rules.append("unclear-goal")
        traits.append("goal:unclear")
    tasks = rng.choice(TASKS_EN if english else TASKS)
    hours = rng.choice(HOURS) if not english else rng.choice(["2 hours per week", "3 hours a week"])
    if spec.get("vague_hours"):
        hours = rng.choice(VAGUE_HOURS)
        rules.append("missing-hours")
        traits.append("hours:vague")
    m_phone = ctx.phone()
    m_mail = ctx.email(mentor, provider.split()[0].lower().replace("/", "") + ".dk")
    mentor_txt = f"{mentor}, {provider}, tlf. {m_phone}, {m_mail}" if not english else \
        f"{mentor}, {provider}, phone {m_phone}"
    if spec.get("mentor_name_only"):
        mentor_txt = f"{mentor} ({provider})"
        rules.append("missing-mentor")
        traits.append("mentor:name-only")
    if spec.get("mentor_vague"):
        mentor_txt = rng.choice(["Mentor findes af leverandøren", "Tildeles senere",
                                 "Mentor fra " + provider])
        rules.append("missing-mentor")
        traits.append("mentor:vague")
    for m in missing:
        rules.append({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                      "duration": "missing-duration", "hours": "missing-hours"}[m])
        traits.append(f"absent:{m}")
    if "goal" in missing and "unclear-goal" in rules:
        rules.remove("unclear-goal")
    if "duration" in missing and "duration-over-6-months" in rules:
        rules.remove("duration-over-6-months")
    cpr = ctx.cpr() if spec.get("cpr") else None
    style = spec["style"]
    L = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
         "hours": "Timetal"}
    if english:
        L = {"goal": "Goal", "mentor": "Your mentor", "tasks": "What your mentor will help with",
             "duration": "Period", "hours": "Hours"}
    elif style == "jobnet":
        L = {"goal": "Formål med aktiviteten", "mentor": "Kontaktperson", "tasks": "Indhold",
             "duration": "Startdato – slutdato", "hours": "Timer pr. uge"}
    elif style == "case":
        L = {"goal": "Formål/mål", "mentor": "Mentor (navn og kontaktoplysninger)",
             "tasks": "Mentorens opgaver", "duration": "Bevilget periode", "hours": "Timeantal"}
    if style == "jobnet" and not english:
        hours_val = hours
    else:
        hours_val = hours
    # optional fields: placeholder vs omission
    def val(field, v):
        if field in missing:
            return None if rng.random() < 0.5 else rng.choice(["", "-", "Udfyldes senere", "Ikke angivet"])
        return v

    vals = {"goal": val("goal", goal), "mentor": val("mentor", mentor_txt),
            "tasks": val("tasks", tasks), "duration": val("duration", period_txt),
            "hours": val("hours", hours_val)}
    blocks = []
    if english:
        blocks.append(("title", "My Plan – mentor support"))
        blocks.append(("p", f"Name: {citizen}" + (f"   CPR: {cpr}" if cpr else "")))
        blocks.append(("p", f"Updated {ddate(start - dt.timedelta(days=5), 3)} by {sagsbeh}, {kommune} Municipality"))
    elif style == "jobnet":
        blocks.append(("title", "Min Plan"))
        blocks.append(("small", f"Udskrevet fra Jobnet {ddate(start - dt.timedelta(days=3), 1)} kl. 10:4{i % 10}"))
        blocks.append(("p", f"{citizen}" + (f" · CPR-nr. {cpr}" if cpr else "")))
        blocks.append(("h", "Mine aktiviteter"))
    elif style == "case":
        blocks.append(("title", f"Min Plan – {citizen}"))
        blocks.append(("small", f"{kommune} Kommune · Sagsnr. 15.02.{rng.randint(10, 99)}-G01-{rng.randint(100, 999)}-26"
                       + (f" · CPR {cpr}" if cpr else "")))
        blocks.append(("h", "Indsats: Mentorstøtte (LAB § 167)"))
    else:  # word paste / email / ocr: caseworker copied the plan text
        blocks.append(("title", rng.choice(["Min Plan – mentorstøtte", "Uddrag af Min Plan", "MIN PLAN"])))
        blocks.append(("p", f"Borger: {citizen}" + (f", cpr.nr. {cpr}" if cpr else "")))
    if spec.get("multi") and not english:
        praktik_end = start + dt.timedelta(weeks=13)
        blocks.append(("h", "Aktivitet 1: Virksomhedspraktik"))
        blocks.append(("kv", "Sted", rng.choice(["Netto, Vestergade 4", "Plejecenter Solgården", "Genbrugspladsen Nord"])))
        blocks.append(("kv", "Periode", f"{ddate(start, dstyle)} – {ddate(praktik_end, dstyle)}"))
        blocks.append(("kv", "Timer", "15 timer pr. uge"))
        blocks.append(("kv", "Kontaktperson på arbejdspladsen", f"{ctx.person()}, tlf. {ctx.phone()}"))
        blocks.append(("h", "Aktivitet 2: Mentorstøtte"))
        traits.append("multi-activity")
    elif style == "jobnet":
        blocks.append(("h", "Mentorstøtte"))
    order = ["goal", "mentor", "tasks", "duration", "hours"]
    if rng.random() < 0.4:
        order = ["duration", "hours", "goal", "tasks", "mentor"]
    layout = spec.get("layout", "labels")
    for f in order:
        v = vals[f]
        if v is None:
            continue
        if f == "tasks" and isinstance(v, list):
            if layout == "prose" and not english:
                blocks.append(("p", f"{mentor.split()[0]} skal hjælpe dig med:"))
                blocks.append(("ul", v))
            else:
                blocks.append(("h", L["tasks"]))
                blocks.append(("ul", v))
            continue
        if layout == "prose" and not english:
            sent = {"goal": f"Vi har aftalt følgende mål: {v}",
                    "mentor": f"Din mentor er {v}." if v not in ("", "-") else f"Mentor: {v}",
                    "duration": f"Mentorstøtten gælder i perioden {v}." if f not in missing else f"Periode: {v}",
                    "hours": f"Du har {v} sammen med din mentor." if f not in missing and not spec.get("vague_hours") else f"Timer: {v}"}[f]
            blocks.append(("p", sent))
        else:
            blocks.append(("kv", L[f], v if isinstance(v, str) else "; ".join(v)))
    if not english:
        blocks.append(("h", "Kontakt"))
        blocks.append(("p", f"Din sagsbehandler er {sagsbeh}, tlf. {ctx.phone()}. Du kan også skrive til os via Digital Post."))
        if style == "jobnet":
            blocks.append(("small", "Ændringer i timetal eller formål skal fremgå af Min Plan (BAB § 52)."))
    else:
        blocks.append(("p", f"Your caseworker: {sagsbeh}, phone {ctx.phone()}"))
    return dict(blocks=blocks, rules=sorted(set(rules)), traits=traits, cpr=cpr, kind="minplan",
                subtype="minplan-" + style + ("-en" if english else ""), layout=layout,
                title="Min Plan", sender=f"{sagsbeh.split()[0].lower()}@{kommune.lower().replace('æ', 'ae')}.dk",
                citizen=citizen,
                period={"start": start.isoformat(), "end": end.isoformat()} if end and "duration" not in missing else None)


# ---------------------------------------------------------------- decisions

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal være modtaget i {k} Kommune senest 4 uger efter, at du har fået denne afgørelse. Du kan klage skriftligt eller mundtligt. Kommunen vil genvurdere sagen inden for 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, og du får besked.",
    "Du kan klage over afgørelsen inden fire uger fra modtagelsen. Klagen sendes til {k} Kommune, Jobcenter {k}, som genvurderer afgørelsen. Giver vi dig ikke helt eller delvist medhold, sender vi klagen videre til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven §§ 66-67).",
    "Er du uenig, skal du klage til kommunen inden 4 uger. Vi ser på sagen igen, og fastholder vi afgørelsen, bliver klagen sendt til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, er du velkommen til at kontakte din sagsbehandler.",
                     "Du har mulighed for at klage over denne afgørelse til kommunen."]
APPEAL_WRONG = ["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes direkte til Ankestyrelsen via ast.dk.",
                "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, senest fire uger efter modtagelsen af dette brev."]
APPEAL_OTHER = ["Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger.",
                "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Klagen sendes til kommunen inden 4 uger, som genvurderer og sender den til Ankestyrelsen."]


def make_decision(ctx: Ctx, i: int, spec: dict) -> dict:
    rng = ctx.rng
    kommune = rng.choice(KOMMUNER)
    citizen = ctx.person()
    sagsbeh = ctx.person()
    dec = spec["type"]
    cpr = ctx.cpr() if spec.get("cpr") else None
    rules, extras, traits = [], [], [f"decision:{dec}"]
    start = dt.date(2026, rng.choice([2, 3, 4, 6, 9]), rng.choice([1, 1, 15]))
    dstyle = rng.randrange(6)
    if spec.get("over"):
        end = add_months(start, rng.choice([9, 12])) - dt.timedelta(days=1)
        rules.append("duration-over-6-months")
        traits.append("period:over")
    else:
        end = add_months(start, rng.choice([3, 6, 6])) - dt.timedelta(days=1)
    hours_n = rng.choice(["3", "2", "4", "1½", "to"])
    period = f"{ddate(start, dstyle)} til {ddate(end, dstyle)}"
    letter_date = start - dt.timedelta(days=rng.randint(5, 20))
    blocks = []
    blocks.append(("small", f"{kommune} Kommune · Arbejdsmarked · {ddate(letter_date, 0)}"))
    blocks.append(("p", f"{citizen}" + (f"\nCPR-nr.: {cpr}" if cpr else "")))
    if cpr:
        blocks[-1] = ("p", f"{citizen}, CPR-nr.: {cpr}")
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse: Mentorstøtte bevilget med færre timer"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"],
              "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"]}
    blocks.append(("title", rng.choice(titles[dec])))
    reason_mode = spec.get("reasons", "label")
    body = []
    if dec == "grant":
        body.append(("p", f"Du har den {ddate(letter_date - dt.timedelta(days=10), 0)} søgt om mentorstøtte. Vi har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {period}, {hours_n} timer om ugen."))
        body.append(("p", f"Mentorstøtten skal hjælpe dig med at starte og fastholde {rng.choice(['praktikken hos Føtex', 'grundforløbet på SOSU-skolen', 'FVU-undervisningen på VUC'])}. Din mentor kommer fra {rng.choice(PROVIDERS)}, som kontakter dig inden for en uge."))
    elif dec == "partial":
        asked = rng.choice([9, 12])
        body.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Vi har bevilget mentorstøtte i perioden {period} med {hours_n} timer om ugen. Det betyder, at du har fået delvist medhold."))
        traits.append(f"asked:{asked}mdr")
    elif dec == "refusal":
        body.append(("p", f"Du har søgt om mentorstøtte i forbindelse med {rng.choice(['dit job som chauffør', 'din uddannelse på handelsskolen', 'din praktik'])}. Vi har givet dig afslag på mentorstøtte."))
    elif dec == "extension":
        body.append(("p", f"Din nuværende mentorstøtte udløber snart. Vi har efter en konkret vurdering besluttet at forlænge mentorstøtten med en ny periode fra {period}, {hours_n} timer pr. uge (LAB § 167, stk. 1, 2. pkt.)."))
        traits.append("extension")
    elif dec == "end":
        body.append(("p", f"Vi har besluttet, at din mentorstøtte ophører pr. {ddate(start, 0)}."))
    reasons_txt = {
        "partial": "Vi har lagt vægt på, at du allerede har støtte fra skolens SPS-ordning, og at dit behov efter samtalen med os vurderes til færre timer. Mentorstøtte kan efter LAB § 167, stk. 1, gives i højst 6 måneder ad gangen.",
        "refusal": "Vi har lagt vægt på, at din arbejdsgiver selv tilbyder introduktion og en fast kontaktperson, og at støtten derfor ikke går ud over, hvad der normalt ydes. Afgørelsen er truffet efter LAB § 167.",
        "end": "Du har ikke mødt op til de aftalte møder med din mentor siden februar, og du er nu i ordinært job. Vi vurderer derfor, at der ikke længere er behov for mentorstøtte, jf. LAB § 167.",
        "grant": "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, og at støtten har et mål om uddannelse.",
        "extension": "Vi har lagt vægt på statusrapporten fra din mentor, som viser fremgang, men at du stadig har brug for støtte.",
    }[dec]
    if reason_mode == "label":
        body.append(("h", rng.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"])))
        body.append(("p", reasons_txt))
        traits.append("reasons:label")
    elif reason_mode == "prose":
        body.append(("p", reasons_txt))
        traits.append("reasons:prose")
    else:
        traits.append("reasons:none")
        if dec in ("partial", "refusal", "end"):
            extras.append("missing-reasons")
    blocks += body
    if dec in ("grant", "extension", "partial") and rng.random() < 0.5:
        blocks.append(("p", f"Vi følger op på støtten løbende, og senest 14 dage før periodens udløb holder vi et møde med dig og din mentor."))
    appeal = spec.get("appeal", "ok")
    ap_head = rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klagemulighed"])
    if appeal == "ok":
        blocks += [("h", ap_head), ("p", rng.choice(APPEAL_OK).format(k=kommune))]
    elif appeal == "incomplete":
        blocks += [("h", ap_head), ("p", rng.choice(APPEAL_INCOMPLETE))]
        rules.append("missing-appeal-guidance")
    elif appeal == "wrong":
        blocks += [("h", ap_head), ("p", rng.choice(APPEAL_WRONG))]
        extras.append("appeal-wrong-route")
    elif appeal == "other":
        blocks += [("h", "Klagevejledning"), ("p", rng.choice(APPEAL_OTHER))]
        rules.append("missing-appeal-guidance")
    else:
        rules.append("missing-appeal-guidance")
    traits.append(f"appeal:{appeal}")
    blocks.append(("p", f"Med venlig hilsen\n{sagsbeh}\nSagsbehandler, Jobcenter {kommune}\nTlf. {ctx.phone()}"))
    per = {"start": start.isoformat(), "end": end.isoformat()} if dec in ("grant", "partial", "extension") else None
    if dec in ("refusal", "end") and "duration-over-6-months" in rules:
        rules.remove("duration-over-6-months")
    return dict(blocks=blocks, rules=sorted(set(rules)), extras=sorted(set(extras)), traits=traits, cpr=cpr,
                kind="decision", subtype=f"decision-{dec}", layout=spec.get("layout", "letter"),
                title=blocks[2][1], sender=f"{sagsbeh.split()[0].lower()}@{kommune.lower().replace('æ', 'ae')}.dk",
                citizen=citizen, period=per)


# ---------------------------------------------------------------- neither

def make_other(ctx: Ctx, i: int, spec: dict) -> dict:
    rng = ctx.rng
    kommune = rng.choice(KOMMUNER)
    citizen = ctx.person()
    sagsbeh = ctx.person()
    sub = spec["sub"]
    cpr = ctx.cpr() if spec.get("cpr") and sub == "partshoring" else None
    d = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    if sub == "inbox":
        blocks = [("title", "Du har fået en ny besked"),
                  ("p", f"Hej {citizen.split()[0]}"),
                  ("p", f"Der er kommet et nyt dokument i Min Plan på Jobnet: \"{rng.choice(['Afgørelse om mentorstøtte', 'Mentoraftale', 'Opdateret plan'])}\"."),
                  ("p", "Log på jobnet.dk med MitID for at læse det. Du kan ikke svare på denne e-mail."),
                  ("small", f"Jobnet · Styrelsen for Arbejdsmarked og Rekruttering · {ddate(d, 1)}")]
    elif sub == "booking":
        blocks = [("title", "Bekræftelse af møde"),
                  ("p", f"Kære {citizen}"),
                  ("p", f"Du er indkaldt til opfølgningssamtale om din mentorstøtte {ddate(d, 0)} kl. 10.00 i Jobcenter {kommune}, Torvegade 3. Din mentor {ctx.person()} deltager også."),
                  ("p", "Mødet varer ca. 1 time. Husk at tage din plan med. Hvis du er syg, skal du ringe til os før kl. 9."),
                  ("p", "Hvis du udebliver uden rimelig grund, kan det få betydning for din ydelse."),
                  ("p", f"Venlig hilsen {sagsbeh}, tlf. {ctx.phone()}")]
    elif sub == "partshoring":
        blocks = [("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
                  ("p", f"Kære {citizen}" + (f" (CPR {cpr})" if cpr else "")),
                  ("p", f"Vi har fået oplyst fra din mentor, at du ikke er mødt op siden {ddate(d, 0)}. Vi overvejer derfor at lade din mentorstøtte ophøre. Før vi træffer en afgørelse, vil vi give dig mulighed for at komme med dine bemærkninger, jf. forvaltningslovens § 19."),
                  ("p", f"Du kan sende dine bemærkninger inden 14 dage, dvs. senest {ddate(d + dt.timedelta(days=14), 0)}. Hører vi ikke fra dig, træffer vi afgørelse på det foreliggende grundlag."),
                  ("p", f"Med venlig hilsen\n{sagsbeh}\nJobcenter {kommune}, tlf. {ctx.phone()}")]
    elif sub == "sent-note":
        blocks = [("title", "Journalnotat"),
                  ("p", f"{ddate(d, 1)} – {sagsbeh}"),
                  ("p", "Afgørelse om mentorstøtte og opdateret Min Plan sendt til borger via Digital Post. Kopi sendt til mentorleverandør. Opfølgning i kalender."),
                  ]
    else:  # provider booking of mentor meetings
        blocks = [("title", "Mødebekræftelse fra " + rng.choice(PROVIDERS)),
                  ("p", f"Hej {citizen.split()[0]}, her er dine næste møder med din mentor:"),
                  ("table", [["Dato", "Tid", "Sted"],
                             [ddate(d, 1), "09:00-10:30", "Biblioteket, mødelokale 2"],
                             [ddate(d + dt.timedelta(days=7), 1), "09:00-10:30", "Jobcentret"]]),
                  ("p", "Svar på denne sms/mail hvis du skal aflyse.")]
    return dict(blocks=blocks, rules=[], extras=[], traits=[f"neither:{sub}"], cpr=cpr, kind="unknown",
                subtype=sub, layout="letter", title=blocks[0][1],
                sender=f"noreply@{'jobnet.dk' if sub == 'inbox' else kommune.lower().replace('æ', 'ae') + '.dk'}",
                citizen=citizen, period=None)


# ---------------------------------------------------------------- plan of the corpus

def plan(rng: random.Random):
    specs = []
    mp_styles = ["jobnet", "case", "word", "email", "ocr"]
    variants = [
        {}, {}, {}, {}, {}, {}, {}, {}, {"exact6": True}, {"exact6": True}, {"period_words": True},
        {"layout": "prose"}, {"layout": "prose"}, {"layout": "prose", "exact6": True},
        {"multi": True}, {"multi": True}, {"multi": True, "missing": ["hours"]},
        {"missing": ["mentor"]}, {"missing": ["tasks"]}, {"missing": ["duration"]}, {"missing": ["hours"]},
        {"missing": ["goal"]}, {"missing": ["mentor", "hours"]}, {"missing": ["tasks", "duration"]},
        {"mentor_name_only": True}, {"mentor_name_only": True}, {"mentor_vague": True},
        {"vague_hours": True}, {"vague_hours": True}, {"unclear": True}, {"unclear": True},
        {"unclear": True, "layout": "prose"}, {"over": True}, {"over": True}, {"over": True, "multi": True},
        {"missing": ["goal", "tasks"]}, {"mentor_vague": True, "vague_hours": True},
        {"layout": "prose", "missing": ["hours"]}, {"exact6": True, "missing": ["mentor"]},
        {}, {}, {"layout": "prose"}, {"missing": ["duration"], "multi": True}, {"unclear": True, "multi": True},
        {"over": True, "layout": "prose"},
    ]
    for n, v in enumerate(variants):
        s = dict(v)
        s["style"] = mp_styles[n % len(mp_styles)]
        specs.append(("minplan", s))
    for v in [{}, {"missing": ["hours"]}, {"mentor_name_only": True}, {"over": True}, {"exact6": True}]:
        s = dict(v)
        s["style"] = "case"
        s["english"] = True
        specs.append(("minplan", s))
    dec = []
    for t in ["grant"] * 10 + ["partial"] * 7 + ["refusal"] * 8 + ["extension"] * 7 + ["end"] * 8:
        dec.append({"type": t})
    reasons = ["label", "prose", "label", "none", "prose", "label", "none", "label"]
    appeals = ["ok", "ok", "incomplete", "ok", "wrong", "ok", "missing", "ok", "other", "ok", "wrong", "ok"]
    for n, s in enumerate(dec):
        s["reasons"] = reasons[n % len(reasons)]
        s["appeal"] = appeals[(n * 5) % len(appeals)]
        if s["type"] in ("grant", "extension") and n % 6 == 0:
            s["over"] = True
        specs.append(("decision", s))
    for sub in ["inbox", "inbox", "booking", "booking", "partshoring", "partshoring", "sent-note", "provider-booking",
                "inbox", "provider-booking"]:
        specs.append(("other", {"sub": sub}))
    # CPR on about a quarter
    for n, (_, s) in enumerate(specs):
        s["cpr"] = rng.random() < 0.26
    return specs


FORMATS = {
    "minplan": {"jobnet": ["pdf-chromium", "html", "pdf-chromium"], "case": ["pdf-reportlab", "html", "pdf-lo", "docx"],
                "word": ["docx", "pdf-lo"], "email": ["eml", "txt"], "ocr": ["txt-ocr", "pdf-reportlab-ocr"]},
    "decision": ["pdf-lo", "pdf-reportlab", "docx", "html", "txt", "eml", "pdf-chromium", "pdf-reportlab-sidebar"],
    "other": ["eml", "html", "txt", "pdf-reportlab", "docx", "eml", "pdf-chromium"],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=61)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ctx = Ctx(rng)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="bn_"))
    entries, lo_jobs, chrome_jobs = [], [], []
    specs = plan(rng)
    for i, (k, s) in enumerate(specs):
        if k == "minplan":
            doc = make_minplan(ctx, i, s)
            fmts = FORMATS["minplan"][s["style"]]
            fmt = fmts[i % len(fmts)]
            folder = "minplan"
        elif k == "decision":
            doc = make_decision(ctx, i, s)
            fmt = FORMATS["decision"][i % len(FORMATS["decision"])]
            folder = "afgoerelser"
        else:
            doc = make_other(ctx, i, s)
            fmt = FORMATS["other"][i % len(FORMATS["other"])]
            folder = "diverse"
        base = f"{folder}/{i:03d}-{doc['subtype']}"
        ext = {"pdf-chromium": "pdf", "pdf-lo": "pdf", "pdf-reportlab": "pdf", "pdf-reportlab-ocr": "pdf",
               "pdf-reportlab-sidebar": "pdf", "txt-ocr": "txt"}.get(fmt, fmt)
        rel = f"{base}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = doc["blocks"]
        traits = list(doc["traits"]) + [f"made:{fmt}"]
        if fmt == "txt":
            path.write_text(blocks_to_text(blocks, rng, wrap=rng.random() < 0.5), encoding="utf-8")
        elif fmt == "txt-ocr":
            path.write_text(ocr_damage(blocks_to_text(blocks, None, wrap=True), rng), encoding="utf-8")
            traits.append("ocr-damage")
        elif fmt == "html":
            path.write_text(blocks_to_html(blocks, rng.choice(["dl", "div", "plain"]), doc["title"]), encoding="utf-8")
        elif fmt == "docx":
            blocks_to_docx(blocks, path, plain=(s.get("style") == "word" or rng.random() < 0.4))
        elif fmt == "eml":
            msg = EmailMessage()
            msg["From"] = doc["sender"]
            msg["To"] = "borger@example.dk"
            msg["Subject"] = doc["title"]
            msg["Date"] = format_datetime(dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc))
            text = blocks_to_text(blocks)
            if k == "minplan":
                text = "Hej\n\nHer er din plan, som vi aftalte på mødet i dag (kopieret fra Min Plan):\n\n" + text
            msg.set_content(text)
            path.write_bytes(bytes(msg))
        elif fmt in ("pdf-reportlab", "pdf-reportlab-sidebar"):
            side = None
            if fmt.endswith("sidebar") or (k == "minplan" and i % 2 == 0):
                side = "Jobcenter\nTorvegade 3\n\nTelefon 70 12 34 56\nÅbent man-fre 9-14\n\nwww.kommune.dk"
                traits.append("sidebar")
            blocks_to_reportlab(blocks, path, side)
        elif fmt == "pdf-reportlab-ocr":
            dmg = [(b[0], ocr_damage(b[1], rng)) if b[0] in ("p", "h", "title", "small") else
                   ((b[0], ocr_damage(b[1], rng), ocr_damage(b[2], rng)) if b[0] == "kv" else
                    ((b[0], [ocr_damage(x, rng) for x in b[1]]) if b[0] == "ul" else b)) for b in blocks]
            blocks_to_reportlab(dmg, path)
            traits.append("ocr-damage")
        elif fmt == "pdf-lo":
            src = tmp / f"{i:03d}.docx"
            blocks_to_docx(blocks, src, plain=rng.random() < 0.5)
            lo_jobs.append((src, path))
        elif fmt == "pdf-chromium":
            chrome_jobs.append((blocks_to_html(blocks, rng.choice(["dl", "div"]), doc["title"]), path))
        entry = {"path": rel, "format": ext, "kind": doc["kind"], "subtype": doc["subtype"],
                 "layout": doc["layout"], "rules": doc["rules"], "extras": doc.get("extras", []),
                 "error": None, "accept_errors": [],
                 "must_not_contain": [doc["cpr"], doc["cpr"].replace("-", "")] if doc["cpr"] else [],
                 "traits": traits + (["cpr"] if doc["cpr"] else [])}
        if doc.get("period"):
            entry["period"] = doc["period"]
        entries.append(entry)
    if lo_jobs:
        prof = "file:///tmp/lo_bn_profile"
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp)] + [str(s) for s, _ in lo_jobs], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dst in lo_jobs:
            shutil.move(str(src.with_suffix(".pdf")), dst)
    if chrome_jobs:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium")
            page = b.new_page()
            for html, dst in chrome_jobs:
                page.set_content(html)
                page.pdf(path=str(dst), format="A4")
            b.close()
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
