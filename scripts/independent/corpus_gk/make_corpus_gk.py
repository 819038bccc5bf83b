#!/usr/bin/env python3
"""Corpus gk: Min Plan entries as citizens and caseworkers get them out of Jobnet and the
municipal case systems (activity cards, timelines, overviews, CSV/TXT exports, browser prints,
phone screenshots OCR'd into PDFs), plus some agreements, decisions and non-kind documents.

Deterministic: fixed seed (``--seed``), every choice from one ``random.Random``.
Run: /work/main/.venv/bin/python make_corpus_gk.py --out /work/corpora/gk
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

# ---------------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------------
FIRST = ["Mathias", "Emma", "Jonas", "Sofie", "Ahmed", "Fatima", "Kasper", "Line", "Mads",
         "Camilla", "Yusuf", "Maja", "Nikolaj", "Sara", "Rasmus", "Louise", "Ali", "Ida",
         "Frederik", "Amalie", "Bilal", "Julie", "Tobias", "Nanna", "Omar", "Signe", "Jesper",
         "Mette", "Patrick", "Cecilie", "Hamid", "Trine", "Kevin", "Dorthe", "Zainab", "Morten"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Hussein", "Yilmaz", "Østergaard",
        "Kjær", "Lund", "Holm", "Dahl", "Bech", "Mikkelsen", "Friis", "Abdi"]
MENTOR_FIRST = ["Lars", "Hanne", "Kim", "Birgitte", "Søren", "Pia", "Anders", "Lene", "Thomas",
                "Susanne", "Henrik", "Marianne", "Jan", "Helle", "Brian", "Karina", "Allan", "Tina"]
KOMMUNER = ["Viborg", "Holstebro", "Næstved", "Silkeborg", "Randers", "Horsens", "Kolding",
            "Slagelse", "Frederikshavn", "Guldborgsund", "Svendborg", "Hjørring", "Herning",
            "Roskilde", "Vejle", "Sønderborg", "Esbjerg", "Skive", "Thisted", "Faaborg-Midtfyn"]
PROVIDERS = ["Jobhuset ApS", "Mentorbureauet Midt", "Fonden Støttepunktet", "Headway Mentor ApS",
             "Kommunens mentorteam", "Ungeindsatsen – mentorgruppen", "Brobyggerne I/S",
             "Virksomhedscentret", "Trinet Mentor", "NæsteSkridt ApS", "Socialøkonomisk Værksted"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

CLEAR_GOALS = [
    "{f} gennemfører grundforløb 1 på {school} og møder mindst 4 dage om ugen frem til {d}.",
    "{f} er i virksomhedspraktik i {shop} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} fastholder sit fleksjob som pedelmedhjælper på {shop} med 12 timer om ugen uden fravær ud over 1 dag om måneden.",
    "{f} starter på FGU (produktionsgrunddannelse, værkstedet Mad & Service) {d} og har et fremmøde på mindst 80 %.",
    "{f} er i ordinære løntimer som lagermedarbejder hos {shop}, 20 timer om ugen, senest {d}.",
    "At {f} kan møde stabilt i praktikken hos {shop} 3 dage om ugen og derefter få en afklaring af, om der kan etableres et løntilskudsjob.",
    "{f} består danskprøve 2 og starter på AMU-kurset Lager og logistik senest {d}.",
    "{f} gennemfører hf-enkeltfag på VUC i dansk og matematik og afslutter med eksamen {d}.",
    "{f} starter på SOSU-hjælperuddannelsen {d} og møder mindst fire dage om ugen i de første otte uger.",
    "Fastholdelse af ansættelsen hos {shop}: {f} møder til tiden alle aftalte vagter (2 x 6 timer om ugen) i hele perioden.",
]
SCHOOLS = ["Tradium", "Mercantec", "EUC Syd", "Tech College Aalborg", "Campus Vejle",
           "Learnmark", "SOSU Nord", "ZBC", "Herningsholm Erhvervsskole"]
SHOPS = ["Netto Vestergade", "Bilka", "Plantorama", "Rema 1000 Søndergade", "Dagrofa Lager",
         "Kommunens materielgård", "Genbrugscentret", "Kvickly", "Bygma", "Elgiganten lager",
         "Plejecenter Solbakken", "Jysk distributionscenter"]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {f} får det bedre og kommer videre.",
    "Øget selvværd og overskud i hverdagen.",
    "Sikre at {f} får ro på og bliver motiveret.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Motivere {f} og styrke trivslen.",
    "Stabilisering og bedre trivsel.",
]
TASK_SETS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at holde styr på vagtplanen"],
    ["Vække-opkald om morgenen i de første fire uger", "Følges med til skolen første uge",
     "Hjælpe med kontakt til studievejleder og SPS"],
    ["Hjælpe med struktur i ugen (kalender, madplan, søvn)", "Deltage i opstartsmødet på arbejdspladsen",
     "Tage en snak med lederen, hvis der opstår problemer"],
    ["Støtte til at åbne og forstå post fra e-Boks", "Følge med til lægen og til møder i kommunen",
     "Træne bustransport til praktikstedet"],
    ["Lektiestøtte to gange om ugen", "Hjælpe med at søge SU", "Følge op på fravær sammen med kontaktlæreren"],
    ["Samtaler om angst og strategier på arbejdspladsen", "Løbende kontakt til kollega/tovholder i virksomheden",
     "Hjælpe med at melde sig syg og rask korrekt"],
]
GOAL_TASKS = {0: [1, 4], 1: [0, 3], 2: [2, 5], 3: [1, 3], 4: [0, 2, 5], 5: [0, 3], 6: [3, 4],
              7: [4, 1], 8: [1, 4], 9: [2, 5]}

OTHER_ACTS = [
    # title, place, contact role, hours text, length months
    ("Virksomhedspraktik", "{shop}", "Butikschef", "15 timer pr. uge", 3),
    ("Forberedende grunduddannelse (FGU), PGU", "FGU {by}, værkstedet Mad & Service", "Kontaktlærer",
     "30 timer pr. uge", 11),
    ("Danskuddannelse 2, modul 4", "Sprogcenter {by}", "Underviser", "9 lektioner pr. uge", 10),
    ("Ambulant rusmiddelbehandling", "Rusmiddelcenter {by}", "Behandler", "1 samtale pr. uge", 9),
    ("Løntilskud (offentlig arbejdsgiver)", "{by} Kommune, Vej og Park", "Driftsleder", "37 timer pr. uge", 12),
    ("Genoptræning hos fysioterapeut", "Fysioterapien {by}", "Fysioterapeut", "2 x 1 time pr. uge", 4),
    ("Jobsøgningsforløb", "Karriereværkstedet", "Jobkonsulent", "6 timer pr. uge", 2),
    ("Arbejdsprøvning", "{shop}", "Tovholder", "10-12 timer pr. uge", 3),
    ("Erhvervsgrunduddannelse (EGU)", "FGU {by}", "EGU-vejleder", "37 timer pr. uge", 24),
    ("Psykologsamtaler", "Psykiatrisk ambulatorium", "Psykolog", "1 samtale hver 14. dag", 8),
]
STATUS_ACTIVE = ["Igangværende", "I gang", "Aktiv", "Godkendt", "Startet"]
STATUS_PLANNED = ["Planlagt", "Afventer afgørelse", "Ikke startet", "Afventer bevilling"]
STATUS_ENDED = ["Afsluttet", "Afsluttet – periode udløbet", "Ophørt"]

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31,
            30, 31, 30, 31][mo - 1]
    return dt.date(y, mo, min(d.day, last))


def six_month_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "short":
        return d.strftime("%d.%m.%y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    raise ValueError(style)


def phone(rng: random.Random) -> str:
    digits = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, digits))
    style = rng.choice(["pairs", "quads", "plain", "plus"])
    if style == "pairs":
        return " ".join(s[i:i + 2] for i in range(0, 8, 2))
    if style == "quads":
        return s[:4] + " " + s[4:]
    if style == "plus":
        return "+45 " + " ".join(s[i:i + 2] for i in range(0, 8, 2))
    return s


def slug(s: str) -> str:
    out = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-"), (".", ""), (",", ""),
                 ("(", ""), (")", ""), ("/", "-"), ("&", "og"), ("–", "-")):
        out = out.replace(a, b)
    return "".join(c for c in out if c.isalnum() or c == "-")


def cpr(rng: random.Random) -> str:
    y = rng.randint(1968, 2006)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    serial = rng.randint(1000, 3999) if y < 2000 else rng.randint(4000, 4999)
    return d.strftime("%d%m%y") + "-" + str(serial)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Case:
    """One citizen with a plan: mentor support plus other activities."""

    def __init__(self, rng: random.Random, year_start: dt.date | None = None):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.kommune = rng.choice(KOMMUNER)
        self.by = self.kommune.split("-")[0]
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cw_phone = phone(rng)
        self.cw_mail = slug(self.cw.split()[0])[:4] + slug(self.cw.split()[1])[:2] + "@" + slug(self.kommune) + ".dk"
        mf = rng.choice(MENTOR_FIRST)
        while mf == self.cw.split()[0]:
            mf = rng.choice(MENTOR_FIRST)
        self.mentor = f"{mf} {rng.choice(LAST)}"
        self.mentor_first = mf
        self.provider = rng.choice(PROVIDERS)
        self.m_phone = phone(rng)
        self.m_mail = slug(mf) + "@" + slug(self.provider.replace(" ApS", "").replace(" I/S", "").split(" – ")[0]) + ".dk"
        base = year_start or dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 2, 16]))
        self.start = base
        self.months = rng.choice([3, 4, 5, 6, 6, 6])
        self.end = six_month_end(self.start, self.months)
        self.hours = rng.choice(["2", "3", "4", "1,5", "5", "2-3", "6"])
        self.shop = rng.choice(SHOPS)
        self.school = rng.choice(SCHOOLS)
        self.goal_tpl = rng.choice(CLEAR_GOALS)
        self.goal = self.goal_tpl.format(f=self.first, school=self.school, shop=self.shop,
                                         d=fmt_date(self.end, "words"))
        gi = CLEAR_GOALS.index(self.goal_tpl)
        ts = rng.choice(GOAL_TASKS[gi])
        self.tasks = [t.format(f=self.first) for t in TASK_SETS[ts]]
        self.cpr = cpr(rng)
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(1, 99999)}-{rng.randint(20, 26)}"
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))

    def set_period(self, start: dt.date, months: int, extra_days: int = 0):
        self.start = start
        self.months = months
        self.end = six_month_end(start, months) + dt.timedelta(days=extra_days)
        goal_date = min(self.end, six_month_end(start, 5))
        self.goal = self.goal_tpl.format(f=self.first, school=self.school, shop=self.shop,
                                         d=fmt_date(goal_date, "words"))

    def other(self, n: int) -> list[dict]:
        acts = self.rng.sample(OTHER_ACTS, n)
        out = []
        for title, place, role, hrs, length in acts:
            st = self.start + dt.timedelta(days=self.rng.choice([-60, -30, 0, 14, 30]))
            out.append(dict(title=title, place=place.format(shop=self.shop, by=self.by), role=role,
                            contact=f"{self.rng.choice(MENTOR_FIRST)} {self.rng.choice(LAST)}",
                            phone=phone(self.rng), hours=hrs, start=st,
                            end=six_month_end(st, length),
                            status=self.rng.choice(STATUS_ACTIVE[:3])))
        return out


# ---------------------------------------------------------------------------------------------
# Output helpers (chromium, tesseract, soffice)
# ---------------------------------------------------------------------------------------------
CHROME = shutil.which("chromium") or shutil.which("chromium-browser")


def chrome_pdf(html_path: Path, pdf_path: Path):
    subprocess.run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def chrome_shot(html_path: Path, png_path: Path, width=390, height=2200, scale=2):
    subprocess.run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--force-device-scale-factor={scale}", f"--window-size={width},{height}",
                    f"--screenshot={png_path}", html_path.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def phone_scan(html: str, pdf_path: Path, rng: random.Random, tmp: Path, image_only=False):
    from PIL import Image, ImageFilter, ImageOps
    h = tmp / (pdf_path.stem + "_phone.html")
    h.write_text(html, encoding="utf-8")
    png = tmp / (pdf_path.stem + ".png")
    chrome_shot(h, png)
    im = Image.open(png).convert("L")
    # crop trailing white space
    inv = ImageOps.invert(im)
    bbox = inv.getbbox()
    if bbox:
        im = im.crop((0, 0, im.width, min(im.height, bbox[3] + 40)))
    # "scan" of a printed phone screenshot: slight turn, blur, grey paper margin
    canvas = Image.new("L", (im.width + 240, im.height + 240), 250)
    canvas.paste(im, (120, 120))
    canvas = canvas.rotate(rng.uniform(-1.2, 1.2), expand=True, fillcolor=250)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    out_png = tmp / (pdf_path.stem + "_scan.png")
    canvas.save(out_png, dpi=(200, 200))
    if image_only:
        canvas.convert("RGB").save(pdf_path, "PDF", resolution=200)
        return
    base = tmp / (pdf_path.stem + "_ocr")
    subprocess.run(["tesseract", str(out_png), str(base), "-l", "dan", "--dpi", "200", "pdf"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(str(base) + ".pdf", pdf_path)


def soffice_convert(files: list[Path], fmt: str, outdir: Path, tmp: Path):
    if not files:
        return
    prof = "file:///tmp/lo_gk_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------------------------------------
# Generic letter blocks -> docx / html / txt / md / rtf / eml
# ---------------------------------------------------------------------------------------------
# blocks: ("h1"|"h2"|"h3"|"p"|"b", text) | ("ul", [items]) | ("table", [[cells]]) | ("br",)


def blocks_docx(blocks, path: Path, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "b":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif k == "br":
            doc.add_paragraph("")
    doc.core_properties.author = "gk"
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.save(path)


HTML_CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:14px;max-width:780px;margin:24px auto;color:#222}
table{border-collapse:collapse;width:100%;margin:10px 0}td,th{border:1px solid #999;padding:5px 7px;text-align:left;vertical-align:top}
th{background:#eee}h1{font-size:22px}h2{font-size:18px;margin-top:22px}h3{font-size:15px}"""


def blocks_html(blocks, title: str, css: str = HTML_CSS) -> str:
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
           f"<style>{css}</style></head><body>"]
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            out.append(f"<{k}>{esc(b[1])}</{k}>")
        elif k == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif k == "b":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            out.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif k == "br":
            out.append("<br>")
        elif k == "raw":
            out.append(b[1])
    out.append("</body></html>")
    return "\n".join(out)


def blocks_text(blocks, md=False) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            if md:
                out.append("#" * int(k[1]) + " " + b[1])
            else:
                out.append(b[1].upper() if k == "h1" else b[1])
        elif k in ("p", "b"):
            out.append(f"**{b[1]}**" if (md and k == "b") else b[1])
        elif k == "ul":
            out.append("\n".join(("- " if md else "  - ") + i for i in b[1]))
        elif k == "table":
            if md:
                rows = b[1]
                n = max(len(r) for r in rows)
                lines = ["| " + " | ".join(rows[0] + [""] * (n - len(rows[0]))) + " |",
                         "|" + "---|" * n]
                lines += ["| " + " | ".join(r + [""] * (n - len(r))) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                out.append("\n".join("\t".join(r) for r in b[1]))
        elif k == "br":
            pass
    return "\n\n".join(out) + "\n"


def rtf_escape(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def blocks_rtf(blocks) -> str:
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\fs22"]
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            size = {"h1": 32, "h2": 26, "h3": 23}[k]
            out.append(r"{\b\fs%d %s}\par" % (size, rtf_escape(b[1])))
        elif k == "p":
            out.append(rtf_escape(b[1]) + r"\par")
        elif k == "b":
            out.append(r"{\b %s}\par" % rtf_escape(b[1]))
        elif k == "ul":
            for i in b[1]:
                out.append(r"\bullet  " + rtf_escape(i) + r"\par")
        elif k == "table":
            for r in b[1]:
                cells = "".join(r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx%d" % (2600 * (j + 1)) for j in range(len(r)))
                out.append(r"\trowd" + cells + "".join(rtf_escape(c) + r"\intbl\cell " for c in r) + r"\row")
            out.append(r"\pard\par")
        elif k == "br":
            out.append(r"\par")
    out.append("}")
    return "\n".join(out)


def make_eml(path: Path, subject: str, sender: str, to: str, body_text: str, date: dt.date,
             html: str | None = None):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 10, 12,
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{slug(subject)[:20]}.{date.isoformat()}@mail.gk.invalid>"
    m.set_content(body_text)
    if html:
        m.add_alternative(html, subtype="html")
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------------------------------------
# The mentor activity's fields, with deliberate defects
# ---------------------------------------------------------------------------------------------
GOAL_PH = ["Udfyldes senere", "-", "…", "Ikke udfyldt"]


def mentor_fields(case: Case, defects: set[str], rng: random.Random, date_style="dots"):
    f = {}
    f["goal"] = case.goal
    if "unclear-goal" in defects:
        f["goal"] = rng.choice(UNCLEAR_GOALS).format(f=case.first)
    if "missing-goal" in defects:
        f["goal"] = rng.choice([None, None, rng.choice(GOAL_PH)])
    f["mentor"] = case.mentor
    f["provider"] = case.provider
    f["phone"] = case.m_phone
    f["mail"] = case.m_mail if rng.random() < 0.6 else None
    if "missing-mentor" in defects:
        if rng.random() < 0.7:
            f["phone"] = None
            f["mail"] = None
        else:
            f["mentor"] = rng.choice(["Tildeles senere", "Ikke oplyst", "-"])
            f["phone"] = None
            f["mail"] = None
    f["tasks"] = list(case.tasks)
    if "missing-tasks" in defects:
        f["tasks"] = rng.choice([None, None, ["Aftales senere"], ["-"]])
    f["start"], f["end"] = case.start, case.end
    f["period"] = f"{fmt_date(case.start, date_style)} - {fmt_date(case.end, date_style)}"
    if "missing-duration" in defects:
        f["period"] = rng.choice([None, "Ikke fastsat", "Udfyldes senere"])
        f["end"] = None
    h = case.hours
    f["hours_n"] = h
    f["hours"] = rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{h} timer ugentligt",
                             f"{h} timer om ugen"])
    if "missing-hours" in defects:
        f["hours"] = rng.choice([None, None, "Efter behov", "-"])
        f["hours_n"] = None
    return f


def contact_str(f):
    if f["mentor"] is None:
        return None
    parts = [f["mentor"]]
    if f["phone"]:
        parts.append("tlf. " + f["phone"])
    if f["mail"]:
        parts.append(f["mail"])
    return ", ".join(parts)


def mentor_card_rows(f, variant: int):
    """(label, value) rows of the mentor activity, label wording by variant."""
    L = [
        dict(goal="Formål", mentor="Mentor", tasks="Mentors opgaver", period="Periode", hours="Timer pr. uge", prov="Udfører"),
        dict(goal="Mål med mentorstøtten", mentor="Kontaktperson", tasks="Indhold", period="Varighed", hours="Timetal", prov="Leverandør"),
        dict(goal="Hvad skal mentorstøtten føre til", mentor="Din mentor", tasks="Det hjælper mentoren dig med", period="Fra – til", hours="Omfang", prov="Sted"),
        dict(goal="Formål med aktiviteten", mentor="Mentor/kontaktperson", tasks="Opgaver", period="Periode", hours="Antal timer", prov="Aktør"),
    ][variant % 4]
    rows = []
    if f["provider"]:
        rows.append((L["prov"], f["provider"]))
    if f["period"] is not None:
        rows.append((L["period"], f["period"]))
    if f["hours"] is not None:
        rows.append((L["hours"], f["hours"]))
    c = contact_str(f)
    if c is not None:
        rows.append((L["mentor"], c))
    if f["goal"] is not None:
        rows.append((L["goal"], f["goal"]))
    if f["tasks"] is not None:
        rows.append((L["tasks"], "; ".join(f["tasks"])))
    return rows


def other_card_rows(a, date_style="dots", with_contact=True):
    rows = [("Sted", a["place"]),
            ("Periode", f"{fmt_date(a['start'], date_style)} - {fmt_date(a['end'], date_style)}"),
            ("Timer", a["hours"])]
    if with_contact:
        rows.append(("Kontaktperson", f"{a['contact']} ({a['role']}), tlf. {a['phone']}"))
    return rows


MENTOR_TITLES = ["Mentorstøtte", "Mentorstøtte (LAB § 167)", "Mentor", "Mentorstøtte – § 167",
                 "Støtte fra mentor"]


# ---------------------------------------------------------------------------------------------
# Min Plan layouts
# ---------------------------------------------------------------------------------------------
CARD_CSS_A = """body{font-family:'DejaVu Sans',Arial,sans-serif;background:#f3f4f6;margin:0;padding:18px;color:#1b1b1b;font-size:14px}
.top{background:#14143c;color:#fff;padding:12px 16px;font-size:18px}.who{margin:10px 0 16px;color:#555}
.card{background:#fff;border:1px solid #d5d7db;border-radius:6px;margin:0 0 14px;padding:12px 16px}
.card h3{margin:0 0 4px;font-size:16px}.status{display:inline-block;font-size:12px;padding:2px 8px;border-radius:10px;background:#e3f1e7;color:#1d5c2f;margin-bottom:8px}
.status.planned{background:#fff4d6;color:#6b4d00}.status.ended{background:#e6e6e6;color:#444}
dl{display:grid;grid-template-columns:170px 1fr;margin:0;row-gap:4px}dt{font-weight:bold;color:#444}dd{margin:0}"""

CARD_CSS_B = """body{font-family:Verdana,sans-serif;margin:20px;font-size:13px}
.act{border-left:5px solid #2f6fb3;padding:8px 14px;margin:14px 0;background:#fafcff}
.act .t{font-size:15px;font-weight:bold}.act .s{color:#2f6fb3;margin:2px 0 8px}
.r{display:flex;margin:2px 0}.r .l{width:190px;color:#555}.r .v{flex:1}"""

PHONE_CSS = """body{font-family:'DejaVu Sans',sans-serif;margin:0;background:#fff;color:#111;font-size:16px}
.bar{background:#0b2a4a;color:#fff;padding:14px 16px;font-size:19px;font-weight:bold}
.sub{padding:8px 16px;color:#333;font-size:14px;border-bottom:1px solid #ddd}
.card{border-bottom:8px solid #eef0f3;padding:14px 16px}.card .t{font-size:18px;font-weight:bold}
.card .s{font-size:14px;color:#0a6b2d;margin:4px 0 10px}.l{font-size:13px;color:#555;margin-top:8px}.v{font-size:15px}"""


def status_class(s):
    if s in STATUS_PLANNED:
        return "planned"
    if s in STATUS_ENDED:
        return "ended"
    return ""


def cards_html(case: Case, acts: list[dict], style: str, title: str | None, head_lines: list[str],
               plan_goal: str | None = None) -> str:
    """acts: dicts with title, status, rows."""
    if style == "A":
        body = []
        body.append(f"<div class='top'>{esc(title or 'Min Plan')}</div>")
        body += [f"<div class='who'>{esc(x)}</div>" for x in head_lines]
        if plan_goal:
            body.append(f"<div class='card'><h3>Mit mål</h3><p>{esc(plan_goal)}</p></div>")
        for a in acts:
            body.append("<div class='card'>")
            body.append(f"<h3>{esc(a['title'])}</h3>")
            if a.get("status"):
                body.append(f"<div class='status {status_class(a['status'])}'>{esc(a['status'])}</div>")
            if a["rows"]:
                body.append("<dl>" + "".join(f"<dt>{esc(l)}</dt><dd>{esc(v)}</dd>" for l, v in a["rows"]) + "</dl>")
            body.append("</div>")
        css = CARD_CSS_A
    elif style == "B":
        body = [f"<h1>{esc(title)}</h1>" if title else ""]
        body += [f"<p>{esc(x)}</p>" for x in head_lines]
        if plan_goal:
            body.append(f"<h2>Mit mål</h2><p>{esc(plan_goal)}</p>")
        body.append("<h2>Mine aktiviteter</h2>")
        for a in acts:
            body.append("<div class='act'>")
            body.append(f"<div class='t'>{esc(a['title'])}</div>")
            if a.get("status"):
                body.append(f"<div class='s'>{esc(a['status'])}</div>")
            for l, v in a["rows"]:
                body.append(f"<div class='r'><span class='l'>{esc(l)}</span><span class='v'>{esc(v)}</span></div>")
            body.append("</div>")
        css = CARD_CSS_B
    else:  # phone
        body = [f"<div class='bar'>{esc(title or 'Min Plan')}</div>"]
        body += [f"<div class='sub'>{esc(x)}</div>" for x in head_lines]
        if plan_goal:
            body.append(f"<div class='card'><div class='t'>Mit mål</div><div class='v'>{esc(plan_goal)}</div></div>")
        for a in acts:
            body.append("<div class='card'>")
            body.append(f"<div class='t'>{esc(a['title'])}</div>")
            if a.get("status"):
                body.append(f"<div class='s'>{esc(a['status'])}</div>")
            for l, v in a["rows"]:
                body.append(f"<div class='l'>{esc(l)}</div><div class='v'>{esc(v)}</div>")
            body.append("</div>")
        css = PHONE_CSS
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>"
            f"<title>{esc(title or 'Min Plan')}</title><style>{css}</style></head><body>"
            + "\n".join(body) + "</body></html>")


def cards_text(acts, title, head_lines, plan_goal, mode: str) -> str:
    out = []
    if title:
        out += [title, ""]
    out += head_lines + ([""] if head_lines else [])
    if plan_goal:
        out += ["Mit mål", plan_goal, ""]
    for a in acts:
        out.append(a["title"])
        if a.get("status"):
            out.append(a["status"])
        if mode == "copy":       # copied from the web page: label line, value line
            for l, v in a["rows"]:
                out += [l, v]
        else:                    # indented "Label: value"
            for l, v in a["rows"]:
                out.append(f"    {l}: {v}")
        out.append("")
    return "\n".join(out) + "\n"


def timeline_html(case, acts, title, head_lines, plan_goal) -> str:
    css = """body{font-family:Arial,sans-serif;margin:26px;font-size:13px}
.tl{border-left:3px solid #6a7fa0;margin-left:10px;padding-left:18px}
.item{margin:0 0 18px;position:relative}.item:before{content:'';position:absolute;left:-26px;top:3px;width:12px;height:12px;border-radius:6px;background:#6a7fa0}
.d{font-weight:bold;color:#34495e}.n{font-size:15px;font-weight:bold;margin:2px 0}.st{font-style:italic;color:#666}
table.det{border-collapse:collapse;margin-top:4px}table.det td{padding:2px 10px 2px 0;vertical-align:top}table.det td:first-child{color:#555;width:150px}"""
    body = [f"<h1>{esc(title)}</h1>"] if title else []
    body += [f"<p>{esc(x)}</p>" for x in head_lines]
    if plan_goal:
        body.append(f"<p><b>Mit mål:</b> {esc(plan_goal)}</p>")
    body.append("<div class='tl'>")
    for a in sorted(acts, key=lambda a: a["start"] or dt.date(2099, 1, 1)):
        s = fmt_date(a["start"], "dots") if a["start"] else "Dato ikke fastsat"
        e = fmt_date(a["end"], "dots") if a.get("end") else "…"
        body.append("<div class='item'>")
        body.append(f"<div class='d'>{s} → {e}</div>")
        body.append(f"<div class='n'>{esc(a['title'])}</div>")
        if a.get("status"):
            body.append(f"<div class='st'>{esc(a['status'])}</div>")
        rows = [(l, v) for l, v in a["rows"] if l not in ("Periode", "Varighed", "Fra – til")]
        body.append("<table class='det'>" + "".join(f"<tr><td>{esc(l)}</td><td>{esc(v)}</td></tr>" for l, v in rows) + "</table>")
        body.append("</div>")
    body.append("</div>")
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>"
            f"<title>{esc(title or 'Tidslinje')}</title><style>{css}</style></head><body>" + "\n".join(body) + "</body></html>")


def overview_blocks(case, acts, title, head_lines, plan_goal, variant) -> list:
    blocks = []
    if title:
        blocks.append(("h1", title))
    for x in head_lines:
        blocks.append(("p", x))
    if plan_goal:
        blocks += [("h2", "Mit mål"), ("p", plan_goal)]
    blocks.append(("h2", rng_pick(variant, ["Aktiviteter", "Oversigt over aktiviteter", "Mine aktiviteter"])))
    rows = [["Aktivitet", "Status", "Periode", "Timer", "Kontaktperson", "Beskrivelse"]]
    detail = None
    for a in acts:
        d = dict(a["rows"])
        if a.get("mentor"):
            f = a["f"]
            desc = []
            if variant % 2 == 0:
                if f["goal"] is not None:
                    desc.append(f"Formål: {f['goal']}")
                if f["tasks"] is not None:
                    desc.append("Mentors opgaver: " + "; ".join(f["tasks"]))
            else:
                detail = f
            rows.append([a["title"], a.get("status") or "", f["period"] or "", f["hours"] or "",
                         contact_str(f) or "", " ".join(desc) if desc else ("Se nedenfor" if detail else "")])
        else:
            rows.append([a["title"], a.get("status") or "", d["Periode"], d["Timer"],
                         d.get("Kontaktperson", ""), d["Sted"]])
    blocks.append(("table", rows))
    if detail is not None:
        blocks.append(("h3", "Mentorstøtte – detaljer"))
        if detail["goal"] is not None:
            blocks.append(("p", f"Formål med mentorstøtten: {detail['goal']}"))
        if detail["tasks"] is not None:
            blocks.append(("p", "Mentoren skal hjælpe med:"))
            blocks.append(("ul", detail["tasks"]))
    return blocks


def rng_pick(i, seq):
    return seq[i % len(seq)]


def csv_multi(case, acts, sep, with_name, cpr_col) -> str:
    head = (["CPR-nr."] if cpr_col else []) + (["Navn"] if with_name else []) + [
        "Aktivitet", "Status", "Startdato", "Slutdato", "Timer pr. uge", "Kontaktperson", "Telefon",
        "Formål", "Indhold"]
    lines = [sep.join(head)]
    for a in acts:
        pre = ([case.cpr] if cpr_col else []) + ([case.name] if with_name else [])
        if a.get("mentor"):
            f = a["f"]
            r = [a["title"], a.get("status") or "",
                 fmt_date(f["start"], "dots") if f["period"] and f["end"] else "",
                 fmt_date(f["end"], "dots") if f["period"] and f["end"] else "",
                 f["hours_n"] or "", f["mentor"] or "", f["phone"] or "",
                 f["goal"] if f["goal"] not in (None,) else "",
                 " / ".join(f["tasks"]) if f["tasks"] else ""]
        else:
            r = [a["title"], a.get("status") or "", fmt_date(a["start"], "dots"), fmt_date(a["end"], "dots"),
                 a["hours_n"], a["contact"], a["phone"], a["purpose"], ""]
        cells = pre + r
        lines.append(sep.join(('"' + c.replace('"', "'") + '"') if (sep == "," or ";" in c or "," in c) else c
                              for c in cells))
    return "\n".join(lines) + "\n"


def csv_single(case, mentor_act, sep, cpr_line) -> str:
    f = mentor_act["f"]
    rows = [("Felt", "Værdi"), ("Borger", case.name)]
    if cpr_line:
        rows.append(("CPR", case.cpr))
    rows += [("Aktivitetstype", mentor_act["title"]), ("Status", mentor_act.get("status") or "")]
    if f["goal"] is not None:
        rows.append(("Målet med mentorstøtten", f["goal"]))
    if f["mentor"] is not None:
        rows.append(("Mentor navn", f["mentor"]))
        rows.append(("Mentor telefon", f["phone"] or ""))
        if f["mail"]:
            rows.append(("Mentor e-mail", f["mail"]))
    if f["tasks"] is not None:
        rows.append(("Mentorens opgaver", " / ".join(f["tasks"])))
    if f["period"] is not None:
        rows.append(("Gyldig fra", fmt_date(f["start"], "iso")))
        rows.append(("Gyldig til", fmt_date(f["end"], "iso") if f["end"] else ""))
    else:
        rows.append(("Gyldig fra", ""))
        rows.append(("Gyldig til", ""))
    rows.append(("Timer pr. uge", f["hours_n"] or (f["hours"] or "")))
    return "\n".join(sep.join(r) for r in rows) + "\n"


def ini_export(case, acts, cpr_line) -> str:
    out = ["[Borger]", f"Navn={case.name}"]
    if cpr_line:
        out.append(f"CPR={case.cpr}")
    out.append(f"Sagsbehandler={case.cw}")
    out.append("")
    for i, a in enumerate(acts, 1):
        out.append(f"[Aktivitet{i}]")
        out.append(f"Type={a['title']}")
        out.append(f"Status={a.get('status') or ''}")
        if a.get("mentor"):
            f = a["f"]
            if f["goal"] is not None:
                out.append(f"Målet med mentorstøtten={f['goal']}")
            if f["mentor"] is not None:
                out.append(f"Mentor={contact_str(f)}")
            if f["tasks"] is not None:
                out.append(f"Mentorens opgaver={'; '.join(f['tasks'])}")
            if f["period"] is not None:
                out.append(f"Periode={f['period']}")
            if f["hours"] is not None:
                out.append(f"Timetal={f['hours']}")
        else:
            for l, v in a["rows"]:
                out.append(f"{l}={v}")
        out.append("")
    return "\n".join(out)


def casesys_blocks(case, acts, plan_goal, with_cpr, variant) -> list:
    sysname = rng_pick(variant, ["Udskrift fra sagssystemet – Plan", "Min Plan – udskrift til borger",
                                 "Planudskrift (LAB kap. 9)", "Plan for indsats – udskrift"])
    b = [("h1", sysname)]
    hdr = [["Borger", case.name]]
    if with_cpr:
        hdr.append(["CPR-nr.", case.cpr])
    hdr += [["Sagsnr.", case.sagsnr], ["Udskrevet", fmt_date(case.print_date, "dots")],
            ["Sagsbehandler", f"{case.cw}, {case.kommune} Kommune"]]
    b.append(("table", hdr))
    if plan_goal:
        b += [("h2", "Beskæftigelsesmål"), ("p", plan_goal)]
    b.append(("h2", "Indsatser"))
    for a in acts:
        b.append(("h3", a["title"] + (f"  [{a['status']}]" if a.get("status") else "")))
        if a["rows"]:
            b.append(("table", [[l, v] for l, v in a["rows"]]))
    return b


def build_acts(case: Case, rng, defects, status, n_other, variant, date_style, title=None,
               mentor_present=True, mentor_empty=False):
    f = mentor_fields(case, defects, rng, date_style)
    acts = []
    mt = title or rng.choice(MENTOR_TITLES)
    if mentor_present:
        m = dict(title=mt, status=status, rows=[] if mentor_empty else mentor_card_rows(f, variant),
                 mentor=not mentor_empty, f=f, start=None if mentor_empty else (f["start"] if f["period"] else None),
                 end=None if mentor_empty else f["end"])
        acts.append(m)
    for a in case.other(n_other):
        rows = other_card_rows(a, date_style)
        hours_n = a["hours"].split()[0]
        purpose = rng.choice(["Afklaring af arbejdsevne", "Opkvalificering", "Helbredsmæssig stabilisering",
                              "Sprog og arbejdsmarked", "Uddannelsesparathed"])
        acts.append(dict(title=a["title"], status=a["status"], rows=rows, start=a["start"], end=a["end"],
                         contact=f"{a['contact']} ({a['role']})", phone=a["phone"], hours_n=hours_n,
                         purpose=purpose))
    # mentor card not always first
    if mentor_present and len(acts) > 1 and rng.random() < 0.5:
        acts.append(acts.pop(0))
    return acts, f


# ---------------------------------------------------------------------------------------------
# Min Plan documents
# ---------------------------------------------------------------------------------------------
MP_SPECS = [
    # family, format, defects, status kind, other activities, cpr
    ("cardA", "html", [], "active", 2, True),
    ("cardA", "html", ["missing-hours"], "active", 2, False),
    ("cardA", "pdf", [], "active", 1, True),
    ("cardA", "pdf", ["missing-mentor"], "active", 2, False),
    ("cardA", "pdf", ["duration-over-6-months"], "active", 1, False),
    ("cardA", "html", [], "planned", 1, False),
    ("cardA", "pdf", ["unclear-goal"], "active", 2, False),
    ("cardB", "html", ["missing-tasks"], "active", 2, False),
    ("cardB", "pdf", [], "ended", 1, False),
    ("cardB", "html", ["missing-goal"], "active", 1, True),
    ("cardB", "pdf", ["missing-hours", "unclear-goal"], "active", 2, False),
    ("cardB", "pdf", [], "active", 3, False),
    ("cardtxt-copy", "txt", [], "active", 2, False),
    ("cardtxt-copy", "txt", ["missing-duration"], "active", 1, False),
    ("cardtxt-ind", "txt", ["missing-mentor"], "planned", 2, True),
    ("cardtxt-ind", "txt", [], "active", 2, False),
    ("timeline", "html", [], "active", 2, True),
    ("timeline", "pdf", ["duration-over-6-months"], "active", 2, False),
    ("timeline", "pdf", ["missing-hours"], "active", 2, False),
    ("timeline", "html", ["unclear-goal"], "planned", 1, False),
    ("timeline", "pdf", [], "ended", 2, True),
    ("timeline", "pdf", ["missing-tasks"], "active", 3, False),
    ("overview", "html", [], "active", 2, False),
    ("overview", "html", ["missing-mentor"], "active", 3, False),
    ("overview", "pdf", ["duration-over-6-months"], "active", 2, True),
    ("overview", "pdf", [], "active", 2, False),
    ("overview", "pdf", ["missing-goal"], "active", 2, False),
    ("overview", "docx", [], "planned", 2, False),
    ("overview", "docx", ["missing-hours"], "active", 2, False),
    ("overview", "docx", ["unclear-goal", "duration-over-6-months"], "active", 1, False),
    ("overview", "html", ["missing-duration"], "active", 2, False),
    ("csvmulti", "txt", [], "active", 2, True),
    ("csvmulti", "txt", ["missing-hours"], "active", 2, True),
    ("csvmulti", "txt", ["missing-mentor"], "active", 3, False),
    ("csvmulti", "txt", ["duration-over-6-months"], "active", 2, False),
    ("csvsingle", "txt", [], "active", 0, True),
    ("csvsingle", "txt", ["missing-tasks"], "active", 0, False),
    ("ini", "txt", [], "active", 2, False),
    ("ini", "txt", ["unclear-goal"], "active", 1, True),
    ("phone", "pdf", [], "active", 1, True),
    ("phone", "pdf", ["missing-hours"], "active", 1, False),
    ("phone", "pdf", ["missing-mentor"], "active", 2, False),
    ("phone", "pdf", [], "planned", 1, False),
    ("phone", "pdf", ["duration-over-6-months"], "active", 1, False),
    ("phone", "pdf", ["unclear-goal"], "active", 1, False),
    ("phone-img", "pdf", [], "active", 1, False),
    ("phone-img", "pdf", ["missing-tasks"], "active", 1, False),
    ("casesys", "docx", [], "active", 2, True),
    ("casesys", "docx", ["missing-goal"], "active", 2, False),
    ("casesys", "odt", [], "ended", 2, False),
    ("casesys", "odt", ["missing-duration", "missing-hours"], "active", 1, True),
    ("casesys", "rtf", ["duration-over-6-months"], "active", 2, False),
    ("casesys", "rtf", [], "active", 1, False),
    ("casesys", "pdf", ["missing-mentor"], "active", 2, False),
    ("casesys", "pdf", [], "planned", 2, False),
    ("twoperiods", "html", [], "active", 1, False),
    ("twoperiods", "pdf", ["duration-over-6-months"], "active", 1, False),
    ("startslut", "txt", [], "active", 2, True),
    ("dense", "txt", [], "active", 1, False),
    ("dense", "html", ["missing-tasks"], "active", 2, False),
    ("dense", "pdf", ["duration-over-6-months"], "active", 1, True),
    ("dense", "docx", ["missing-mentor"], "active", 2, False),
    ("jobnet-full", "pdf", [], "active", 2, False),
    ("jobnet-full", "pdf", ["missing-hours"], "active", 2, False),
    ("jobnet-full", "html", ["unclear-goal"], "planned", 1, False),
]


def dense_text(case, f, rng) -> str:
    parts = []
    if f["period"] is not None:
        parts.append(rng.choice(["Mentorstøtte efter LAB § 167 i perioden {p}", "Der er bevilget mentorstøtte {p}",
                                 "Mentorstøtte (§ 167) fra {p}"]).format(p=f["period"].replace(" - ", " til ")))
    else:
        parts.append("Der er bevilget mentorstøtte efter LAB § 167")
    if f["hours"] is not None:
        parts[-1] += f", {f['hours']}"
    parts[-1] += "."
    if f["mentor"] is not None:
        c = contact_str(f)
        parts.append(rng.choice([f"Mentor er {c} ({f['provider']}).", f"Mentor: {c}, {f['provider']}."]))
    if f["goal"] is not None:
        g = f["goal"].rstrip(".")
        parts.append(rng.choice([f"Formålet er: {g}.", f"Målet med mentorstøtten er, at {g[0].lower() + g[1:]}."]
                                if not g.startswith("At ") else [f"Formålet er: {g}."]))
    if f["tasks"] is not None:
        ts = [t[0].lower() + t[1:] for t in f["tasks"]]
        parts.append(rng.choice(["Mentors opgaver: {t}.", "Mentoren tager sig af følgende: {t}.",
                                 "Aftalt indhold i mentorforløbet: {t}."]).format(t=", ".join(ts[:-1]) + " og " + ts[-1]))
    return " ".join(parts)


def set_case_period(case: Case, rng, defects, status_kind):
    traits = []
    if status_kind == "ended":
        st = dt.date(2025, rng.randint(6, 10), 1)
        case.set_period(st, rng.choice([4, 5, 6]))
        print_date = case.end + dt.timedelta(days=rng.randint(10, 60))
        traits.append("mentor:ended")
    elif status_kind == "planned":
        st = dt.date(2026, rng.randint(3, 10), rng.choice([1, 15]))
        case.set_period(st, rng.choice([4, 6, 6]))
        print_date = st - dt.timedelta(days=rng.randint(5, 25))
        traits.append("mentor:planned")
    else:
        st = dt.date(2026, rng.randint(1, 8), rng.choice([1, 1, 4, 15, 17]))
        case.set_period(st, rng.choice([3, 4, 6, 6, 6]))
        print_date = st + dt.timedelta(days=rng.randint(7, 60))
        traits.append("mentor:active")
    if "duration-over-6-months" in defects:
        kind = rng.choice(["months", "months", "days"])
        if kind == "months":
            case.set_period(case.start, rng.choice([8, 9, 10, 12]))
            traits.append("period:long")
        else:
            case.set_period(case.start, 6, extra_days=rng.choice([10, 14, 31]))
            traits.append("period:just-over")
    elif case.months == 6:
        traits.append("period:exact-six")
    case.print_date = print_date
    return traits


def status_for(kind, rng):
    return rng.choice({"active": STATUS_ACTIVE, "planned": STATUS_PLANNED, "ended": STATUS_ENDED}[kind])


def make_minplan(i, spec, rng, out: Path, tmp: Path, pending: dict):
    family, fmt, defects, skind, n_other, with_cpr = spec
    defects = set(defects)
    case = Case(rng)
    traits = set_case_period(case, rng, defects, skind)
    variant = rng.randint(0, 3)
    date_style = rng.choice(["dots", "dots", "words", "iso", "slash", "abbr"])
    if family in ("csvmulti", "csvsingle", "ini"):
        date_style = "dots"
    status = status_for(skind, rng)
    acts, f = build_acts(case, rng, defects, status, n_other, variant, date_style)
    plan_goal = None
    if not ({"missing-goal", "unclear-goal"} & defects) and rng.random() < 0.4:
        plan_goal = rng.choice(["Job som lagermedarbejder", "Uddannelse som SOSU-hjælper",
                                f"Ordinært job i detailhandlen i {case.by}", "Fleksjob inden for service"])
        traits.append("plan-level-goal")
    title = rng.choice(["Min Plan", "Min Plan", "Min plan", "Min Plan – aktiviteter", f"Plan for {case.name}"])
    pd = fmt_date(case.print_date, "dots")
    head = rng.choice([[f"Borger: {case.name}", f"Udskrevet {pd}"],
                       [f"{case.name}", f"Senest opdateret {pd}"],
                       [f"Navn: {case.name}", f"Dato: {pd}", f"Sagsbehandler: {case.cw}, tlf. {case.cw_phone}"]])
    if with_cpr:
        head.insert(1, f"CPR-nr.: {case.cpr}")
    name = f"minplan/{i:02d}-{family}-{slug(case.first)}"
    traits += [f"family:{family}", f"others:{n_other}", f"status:{status}"]
    if family == "twoperiods":
        m = [a for a in acts if a.get("mentor")][0]
        m["title"] = rng.choice(["Mentorstøtte – ny periode", "Mentorstøtte (forlængelse)"])
        ps, pe = add_months(case.start, -6), case.start - dt.timedelta(days=1)
        old_rows = [(l, f"{fmt_date(ps, date_style)} - {fmt_date(pe, date_style)}" if v == m["f"]["period"] else v)
                    for l, v in m["rows"]]
        acts.insert(0, dict(title=rng.choice(["Mentorstøtte", "Mentorstøtte – første periode"]),
                            status=rng.choice(STATUS_ENDED), rows=old_rows, start=ps, end=pe))
        traits.append("earlier-mentor-period")
        family_style = "A"
    else:
        family_style = family[-1]
    if family in ("cardA", "cardB", "twoperiods"):
        html = cards_html(case, acts, family_style, title, head, plan_goal)
        path = f"{name}.{fmt}"
        if fmt == "html":
            (out / path).write_text(html, encoding="utf-8")
        else:
            h = tmp / f"mp{i}.html"
            h.write_text(html, encoding="utf-8")
            pending.setdefault("chrome", []).append((h, out / path))
            traits.append("chromium-print")
        layout = "activity-cards"
    elif family == "startslut":
        out_l = [f"Borger: {case.name}", f"CPR: {case.cpr}" if with_cpr else "", f"Udskrevet: {pd}", ""]
        for a in acts:
            out_l.append(a["title"].upper())
            out_l.append(f"Status: {a.get('status')}")
            if a.get("mentor"):
                f = a["f"]
                out_l += [f"Startdato: {fmt_date(case.start, 'dots')}", f"Slutdato: {fmt_date(case.end, 'dots')}",
                          f"Mentor: {f['mentor']}", f"Telefon: {f['phone']}", f"Leverandør: {f['provider']}",
                          f"Timer: {int(float(str(case.hours).split('-')[0].replace(',', '.')) * 4)} timer om måneden",
                          f"Formål: {f['goal']}", "Mentorens opgaver:"] + [f"  - {t}" for t in f["tasks"]]
            else:
                for l, v in a["rows"]:
                    out_l.append(f"{l}: {v}")
            out_l.append("")
        path = f"{name}.txt"
        (out / path).write_text("\n".join(x for x in out_l if x is not None) + "\n", encoding="utf-8")
        layout = "cards-text-startslut"
        traits.append("hours-per-month")
    elif family == "dense":
        m = [a for a in acts if a.get("mentor")][0]
        para = dense_text(case, m["f"], rng)
        b = [("h1", rng.choice(["Min Plan", "Min Plan – beskrivelse af indsats"]))] + [("p", x) for x in head]
        b.append(("h2", rng.choice(["Mentorstøtte", "Indsats: mentor"])))
        b.append(("p", para))
        b.append(("h2", "Øvrige aktiviteter"))
        for a in acts:
            if not a.get("mentor"):
                d = dict(a["rows"])
                b.append(("p", f"{a['title']} ({a['status']}), {d['Sted']}, {d['Periode']}, {d['Timer']}. Kontakt: {d['Kontaktperson']}."))
        path = f"{name}.{fmt}"
        if fmt == "txt":
            (out / path).write_text(blocks_text(b), encoding="utf-8")
        elif fmt == "html":
            (out / path).write_text(blocks_html(b, "Min Plan"), encoding="utf-8")
        elif fmt == "docx":
            blocks_docx(b, out / path)
        else:
            h = tmp / f"mp{i}.html"
            h.write_text(blocks_html(b, "Min Plan"), encoding="utf-8")
            pending.setdefault("chrome", []).append((h, out / path))
            traits.append("chromium-print")
        layout = "dense-paragraph"
    elif family == "jobnet-full":
        cards = cards_html(case, acts, "B", "Min Plan", head, plan_goal)
        meet = "".join(f"<li>{fmt_date(case.print_date + dt.timedelta(days=14 * n + 3), 'dots')} kl. {rng.choice(['09.00', '10.30', '13.00'])} – {w}</li>"
                       for n, w in enumerate(["Jobsamtale med sagsbehandler", "Opfølgning (telefon)", "Fællessamtale med mentor"]))
        extra = ("<h2>Mine samtaler</h2><ul>" + meet + "</ul><h2>Mine dokumenter</h2><ul><li>CV (opdateret "
                 + fmt_date(case.print_date - dt.timedelta(days=40), "dots") + ")</li><li>Jobloggen: 4 registreringer</li></ul>"
                 "<p style='font-size:11px;color:#777'>Udskrevet fra Jobnet.dk · Side 1</p>")
        html = cards.replace("</body>", extra + "</body>")
        path = f"{name}.{fmt}"
        if fmt == "html":
            (out / path).write_text(html, encoding="utf-8")
        else:
            h = tmp / f"mp{i}.html"
            h.write_text(html, encoding="utf-8")
            pending.setdefault("chrome", []).append((h, out / path))
            traits.append("chromium-print")
        layout = "jobnet-full-print"
    elif family.startswith("cardtxt"):
        mode = "copy" if family.endswith("copy") else "indent"
        txt = cards_text(acts, title if rng.random() < 0.6 else None, head, plan_goal, mode)
        path = f"{name}.txt"
        (out / path).write_text(txt, encoding="utf-8")
        layout = "cards-text-" + mode
    elif family == "timeline":
        html = timeline_html(case, acts, rng.choice(["Min Plan – tidslinje", "Tidslinje", "Min Plan"]), head, plan_goal)
        path = f"{name}.{fmt}"
        if fmt == "html":
            (out / path).write_text(html, encoding="utf-8")
        else:
            h = tmp / f"mp{i}.html"
            h.write_text(html, encoding="utf-8")
            pending.setdefault("chrome", []).append((h, out / path))
            traits.append("chromium-print")
        layout = "timeline"
    elif family == "overview":
        blocks = overview_blocks(case, acts, title, head, plan_goal, variant)
        path = f"{name}.{fmt}"
        if fmt == "html":
            (out / path).write_text(blocks_html(blocks, title), encoding="utf-8")
        elif fmt == "pdf":
            h = tmp / f"mp{i}.html"
            h.write_text(blocks_html(blocks, title), encoding="utf-8")
            pending.setdefault("chrome", []).append((h, out / path))
            traits.append("chromium-print")
        else:
            blocks_docx(blocks, out / path)
        layout = "overview-rows" + ("-details" if variant % 2 else "")
    elif family == "csvmulti":
        sep = rng.choice([";", ";", ",", "\t"])
        txt = csv_multi(case, acts, sep, with_name=rng.random() < 0.7, cpr_col=with_cpr)
        path = f"{name}-export.txt"
        (out / path).write_text(("\ufeff" if rng.random() < 0.5 else "") + txt, encoding="utf-8")
        layout = "csv-rows"
        traits.append("no-title")
    elif family == "csvsingle":
        txt = csv_single(case, acts[[a.get("mentor", False) for a in acts].index(True)], ";", with_cpr)
        path = f"{name}-export.txt"
        (out / path).write_text(txt, encoding="utf-8")
        layout = "csv-record"
        traits.append("no-title")
    elif family == "ini":
        path = f"{name}-eksport.txt"
        (out / path).write_text(ini_export(case, acts, with_cpr), encoding="utf-8")
        layout = "ini-export"
        traits.append("no-title")
    elif family.startswith("phone"):
        html = cards_html(case, acts, "phone", "Min Plan", [case.name, f"Opdateret {pd}"] + (
            [f"CPR {case.cpr}"] if with_cpr else []), plan_goal)
        path = f"{name}-screenshot.pdf"
        pending.setdefault("phone", []).append((html, out / path, family == "phone-img"))
        layout = "phone-screenshot"
        traits.append("ocr-text-layer" if family == "phone" else "image-only-scan")
    elif family == "casesys":
        blocks = casesys_blocks(case, acts, plan_goal, with_cpr, variant)
        path = f"{name}.{fmt}"
        if fmt == "rtf":
            (out / path).write_text(blocks_rtf(blocks), encoding="ascii")
        else:
            src = tmp / f"{Path(path).stem}.docx"
            blocks_docx(blocks, src if fmt != "docx" else out / path)
            if fmt != "docx":
                pending.setdefault("soffice-" + fmt, []).append((src, out / path))
                traits.append("soffice")
        layout = "case-system-print"
    else:
        raise ValueError(family)
    e = dict(path=path, format=Path(path).suffix[1:], kind="minplan", subtype="minplan",
             layout=layout, rules=sorted(defects), extras=[], error=None, accept_errors=[],
             must_not_contain=[case.cpr, case.cpr.replace("-", "")] if with_cpr else [],
             traits=sorted(set(traits + (["cpr"] if with_cpr else []))),
             period={"start": case.start.isoformat(), "end": case.end.isoformat()}
             if "missing-duration" not in defects else None)
    return e


# ---------------------------------------------------------------------------------------------
# Appeal guidance, follow-up wording
# ---------------------------------------------------------------------------------------------
def appeal_full(case: Case, rng, who="kommunen") -> list:
    k = f"{case.kommune} Kommune"
    v = rng.randint(0, 3)
    if v == 0:
        return [("h2", "Klagevejledning"),
                ("p", f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har modtaget den. "
                      "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
                      "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."),
                ("p", "Du kan klage mundtligt eller skriftligt. Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og "
                      "retssikkerhedslovens kapitel 10.")]
    if v == 1:
        return [("h2", "Sådan klager du"),
                ("p", f"Du kan klage over afgørelsen. Klagen skal være modtaget hos os senest 4 uger efter, at du har fået dette brev. "
                      f"Send klagen til {case.cw} på {case.cw_mail} eller ring på {case.cw_phone}."),
                ("p", "Vi ser på sagen igen. Fastholder vi afgørelsen, sender vi klagen og sagens papirer videre til "
                      "Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204).")]
    if v == 2:
        return [("h2", "Hvis du vil klage"),
                ("p", f"Du har 4 uger fra modtagelsen af dette brev til at klage. Klagen sendes til Jobcentret i {k}, som "
                      "genvurderer afgørelsen. Hvis vi fastholder afgørelsen, videresender vi klagen til Ankestyrelsen.")]
    return [("h2", "Klagevejledning"),
            ("p", f"Er du uenig, kan du klage til {k}, Beskæftigelse, inden fire uger. Du kan skrive via borger.dk "
                  "eller ringe til os. Kommunen vurderer sagen igen, og hvis afgørelsen fastholdes, sendes klagen til "
                  "Ankestyrelsen. Jf. retssikkerhedslovens § 66 og § 67.")]


def appeal_incomplete(case, rng) -> list:
    return rng.choice([
        [("h2", "Klagevejledning"), ("p", "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.")],
        [("p", f"Hvis du er uenig, kan du klage til {case.kommune} Kommune.")],
        [("h3", "Klage"), ("p", "Klagefristen fremgår af den vedlagte pjece.")],
    ])


def appeal_direct(case, rng) -> list:
    return [("h2", "Klagevejledning"),
            ("p", "Du kan klage til Ankestyrelsen inden 4 uger fra du har modtaget afgørelsen. Klagen sendes direkte "
                  "til Ankestyrelsen via ast.dk.")]


def follow_up_text(case, rng) -> str:
    return rng.choice([
        f"Vi holder statusmøde hver 4. uge (mentor, {case.first} og sagsbehandler). Evaluering 14 dage før perioden udløber, "
        "hvor vi ser på delmålene.",
        "Opfølgning: opfølgningssamtale med sagsbehandler hver måned; mentor sender en kort statusrapport inden hvert møde. "
        "Delmål: fremmøde mindst 4 dage om ugen efter 6 uger.",
        "Der følges op hver 14. dag ved et kort møde mellem borger og mentor og hver 3. måned med sagsbehandler. "
        "Slutevaluering 14 dage før ophør.",
        f"Midtvejsevaluering efter 3 måneder og statusmøde 4 uger før bevillingen udløber. Progressionen måles på fremmøde "
        f"og på {case.first}s egen vurdering (skala 1-10).",
    ])


def vague_follow_up(rng) -> str:
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Opfølgning: aftales løbende mellem parterne."])


def period_text(case, rng) -> str:
    s = rng.choice(["words", "dots", "abbr", "slash"])
    return rng.choice(["{a} – {b}", "fra {a} til {b}", "f.o.m. {a} t.o.m. {b}", "{a} - {b}"]).format(
        a=fmt_date(case.start, s), b=fmt_date(case.end, s))


# ---------------------------------------------------------------------------------------------
# Agreements
# ---------------------------------------------------------------------------------------------
AG_SPECS = [
    # template, format, defects, cpr
    ("numbered", "docx", [], True),
    ("numbered", "pdf", ["missing-follow-up"], False),
    ("letter", "docx", [], True),
    ("letter", "odt", ["missing-appeal-guidance"], False),
    ("provider", "pdf", [], False),
    ("provider", "docx", ["unclear-goal"], True),
    ("mentormail", "eml", [], False),
    ("mentormail", "eml", ["missing-follow-up", "missing-hours"], False),
    ("numbered", "odt", ["duration-over-6-months"], False),
    ("letter", "md", ["missing-hours"], False),
    ("provider", "html", ["missing-tasks"], False),
    ("letter", "pdf", ["missing-appeal-guidance", "unclear-goal"], True),
    ("numbered", "rtf", [], False),
    ("provider", "pdf", ["missing-goal"], False),
]


def agreement_blocks(case: Case, tmpl, defects, rng, with_cpr):
    d = set(defects)
    goal = case.goal
    if "unclear-goal" in d:
        goal = rng.choice(UNCLEAR_GOALS).format(f=case.first)
    mentor_line = f"{case.mentor}, {case.provider}, tlf. {case.m_phone}, {case.m_mail}"
    if "missing-mentor" in d:
        mentor_line = f"{case.mentor}, {case.provider}"
    per = period_text(case, rng)
    hours = rng.choice([f"{case.hours} timer pr. uge", f"{case.hours} timer ugentligt", f"{case.hours} t/uge"])
    fu = follow_up_text(case, rng)
    if "missing-follow-up" in d:
        fu = rng.choice([None, vague_follow_up(rng)])
    tasks = case.tasks
    k = f"{case.kommune} Kommune"
    appeal = appeal_full(case, rng) if "missing-appeal-guidance" not in d else rng.choice([[], appeal_incomplete(case, rng)])
    b = []
    if tmpl == "numbered":
        b.append(("h1", rng.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte (LAB § 167)"])))
        info = [["Borger", case.name]] + ([["CPR-nr.", case.cpr]] if with_cpr else []) + [
            ["Sagsnr.", case.sagsnr], ["Sagsbehandler", f"{case.cw}, {k}, tlf. {case.cw_phone}"]]
        b.append(("table", info))
        if "missing-goal" not in d:
            b += [("h2", "1. Målet med mentorstøtten"), ("p", goal)]
        b += [("h2", "2. Mentorens navn og kontaktdata"), ("p", mentor_line)]
        if "missing-tasks" not in d:
            b += [("h2", "3. Hvilke opgaver mentoren skal bistå ved"), ("ul", tasks)]
        b += [("h2", "4. Varighed og opfølgning"), ("p", f"Aftalen gælder i perioden {per}.")]
        if fu:
            b.append(("p", fu))
        if "missing-hours" not in d:
            b += [("h2", "5. Timetal"), ("p", hours)]
        if appeal:
            appeal = [("h2", "6. " + appeal[0][1]) if appeal[0][0] == "h2" else appeal[0]] + appeal[1:]
        b += appeal
        b += [("p", f"Dato: {fmt_date(case.letter_date, 'dots')}"), ("table", [["Borger", "Mentor", "Sagsbehandler"], ["", "", ""]])]
    elif tmpl == "letter":
        b.append(("p", f"{k}\nBeskæftigelse\n{fmt_date(case.letter_date, 'words')}"))
        b.append(("h1", "Din aftale om mentorstøtte"))
        b.append(("p", f"Kære {case.first}"))
        b.append(("p", f"Her får du det, vi blev enige om på mødet, skrevet ned. Aftalen er lavet mellem dig, din mentor og mig som din sagsbehandler."
                       + (f" CPR-nr. {case.cpr}." if with_cpr else "")))
        if "missing-goal" not in d:
            b += [("h2", "Det skal mentorstøtten føre til"), ("p", goal)]
        b += [("h2", "Din mentor"), ("p", f"Din mentor er {case.mentor} fra {case.provider}." + (
            "" if "missing-mentor" in d else f" Du kan ringe på {case.m_phone} eller skrive til {case.m_mail}."))]
        if "missing-tasks" not in d:
            b += [("h2", f"Det hjælper {case.mentor_first} dig med"), ("ul", tasks)]
        hrs = "" if "missing-hours" in d else f" I får {hours}."
        b += [("h2", "Hvor længe og hvor meget"), ("p", f"Mentorstøtten løber {per}.{hrs}")]
        if fu:
            b += [("h2", "Opfølgning"), ("p", fu)]
        b += appeal
        b += [("p", "Med venlig hilsen"), ("p", f"{case.cw}\nSagsbehandler\nTlf. {case.cw_phone}")]
    elif tmpl == "provider":
        b.append(("h1", f"{case.provider} – mentoraftale"))
        b.append(("p", f"Aftale om mentorstøtte efter LAB § 167, indgået mellem {case.name}, {k} og {case.provider}."))
        rows = [["Borger", case.name]] + ([["CPR", case.cpr]] if with_cpr else [])
        rows += [["Rekvirent", f"{k}, sagsbehandler {case.cw}"]]
        rows += [["Mentor", mentor_line]]
        if "missing-goal" not in d:
            rows.append(["Mål", goal])
        if "missing-tasks" not in d:
            rows.append(["Indsatsområder", "; ".join(tasks)])
        rows.append(["Periode", per])
        if "missing-hours" not in d:
            rows.append(["Timer", hours])
        if fu:
            rows.append(["Opfølgning", fu])
        b.append(("table", rows))
        b += appeal
        b.append(("p", f"Underskrifter: ____________ (borger)   ____________ ({case.mentor})   ____________ ({case.cw})"))
    elif tmpl == "mentormail":
        lines = [f"Hej {case.first}", "",
                 f"Tak for et godt møde i dag. Her får du det, vi blev enige om, skrevet ned – det er mig, {case.mentor}, der er din mentor fra {case.provider}.", ""]
        if "missing-goal" not in d:
            lines += [f"Målet: {goal}", ""]
        if "missing-tasks" not in d:
            lines += ["Vi aftalte, at jeg skal:"] + [f"- {t[0].lower() + t[1:]}" for t in tasks] + [""]
        lines += [f"Periode: {per}", f"Timer: {hours}" if "missing-hours" not in d else "", ""]
        if fu:
            lines += [f"Opfølgning: {fu}", ""]
        for blk in appeal:
            if blk[0] == "p":
                lines += [blk[1], ""]
            elif blk[0] in ("h2", "h3"):
                lines.append(blk[1] + ":")
        lines += [f"Mvh {case.mentor}"]
        if "missing-mentor" not in d:
            lines += ["-- ", f"{case.mentor}", f"Mentor, {case.provider}", f"Tlf. {case.m_phone}", case.m_mail]
        else:
            lines += ["-- ", f"{case.mentor}", f"Mentor, {case.provider}"]
        return lines
    return b


def make_agreement(i, spec, rng, out, tmp, pending):
    tmpl, fmt, defects, with_cpr = spec
    case = Case(rng)
    traits = [f"template:{tmpl}"]
    st = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 15, 3]))
    if "duration-over-6-months" in defects:
        case.set_period(st, rng.choice([9, 12]))
        traits.append("period:long")
    else:
        case.set_period(st, rng.choice([3, 6, 6]))
    case.letter_date = st - dt.timedelta(days=rng.randint(3, 14))
    content = agreement_blocks(case, tmpl, defects, rng, with_cpr)
    path = f"aftaler/{i:02d}-aftale-{tmpl}-{slug(case.first)}.{fmt}"
    if fmt == "eml":
        cc = f"{case.cw} <{case.cw_mail}>"
        make_eml(out / path, rng.choice(["Vores aftale", "Aftale om mentorforløb", "Det vi aftalte i dag"]),
                 f"{case.mentor} <{case.m_mail}>", f"{case.name} <{slug(case.first)}{rng.randint(10, 99)}@mail.dk>",
                 "\n".join(content) + "\n", case.letter_date)
        traits.append("cc-caseworker" if cc else "")
    elif fmt == "docx":
        blocks_docx(content, out / path)
    elif fmt == "md":
        (out / path).write_text(blocks_text(content, md=True), encoding="utf-8")
    elif fmt == "html":
        (out / path).write_text(blocks_html(content, "Mentoraftale"), encoding="utf-8")
    elif fmt == "rtf":
        (out / path).write_text(blocks_rtf(content), encoding="ascii")
    elif fmt in ("pdf", "odt"):
        src = tmp / f"{Path(path).stem}.docx"
        blocks_docx(content, src)
        pending.setdefault("soffice-" + fmt, []).append((src, out / path))
        traits.append("soffice")
    return dict(path=path, format=fmt, kind="agreement", subtype="agreement", layout=f"agreement-{tmpl}",
                rules=sorted(defects), extras=[], error=None, accept_errors=[],
                must_not_contain=[case.cpr, case.cpr.replace("-", "")] if with_cpr else [],
                traits=sorted(set([t for t in traits if t] + (["cpr"] if with_cpr else []))),
                period={"start": case.start.isoformat(), "end": case.end.isoformat()})


# ---------------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------------
DC_SPECS = [
    # type, format, defects (nine rules), extras, cpr
    ("grant", "pdf", [], [], True),
    ("grant", "docx", ["missing-appeal-guidance"], [], True),
    ("grant", "eml", ["duration-over-6-months"], [], False),
    ("partial", "pdf", [], [], False),
    ("partial", "docx", ["missing-appeal-guidance"], [], True),
    ("refusal", "pdf", [], [], False),
    ("refusal", "txt", [], ["missing-reasons"], False),
    ("extension", "docx", [], [], False),
    ("extension", "html", ["duration-over-6-months"], [], False),
    ("end", "odt", [], [], False),
    ("end", "eml", ["missing-appeal-guidance"], [], False),
    ("grant", "pdf", [], ["appeal-wrong-route"], False),
]


def decision_blocks(case: Case, typ, defects, extras, rng, with_cpr):
    d = set(defects)
    k = f"{case.kommune} Kommune"
    sender = k if case.letter_date >= dt.date(2026, 2, 1) else f"Jobcenter {case.by}"
    b = [("p", f"{sender}\nBeskæftigelse og Uddannelse\n{fmt_date(case.letter_date, 'words')}\nSagsnr. {case.sagsnr}")]
    b.append(("p", case.name + (f"\nCPR-nr. {case.cpr}" if with_cpr else "")))
    per = period_text(case, rng)
    hours = f"{case.hours} timer om ugen"
    if typ == "grant":
        b.append(("h1", rng.choice(["Afgørelse om mentorstøtte", "Du får bevilget mentorstøtte", "Bevilling af mentorstøtte"])))
        b.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}."))
        b.append(("p", f"Du får støtte i {hours}. Din mentor bliver {case.mentor} fra {case.provider}. I laver sammen en skriftlig aftale ved det første møde, og aftalen kommer også på Min Plan."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde dit forløb, og at målet er: {case.goal}"))
    elif typ == "partial":
        asked = int(case.hours.split(",")[0].split("-")[0]) + rng.choice([2, 3, 4])
        b.append(("h1", "Afgørelse – delvis bevilling af mentorstøtte"))
        b.append(("p", f"Du har søgt om mentorstøtte i {asked} timer om ugen. Du får delvist medhold: vi bevilger {hours} i perioden {per}."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", f"Vi har lagt vægt på, at du allerede har støtte fra en kontaktperson på skolen, og at behovet for mentorstøtte derfor er mindre. Afgørelsen er truffet efter LAB § 167, stk. 1, og BAB kap. 17."))
    elif typ == "refusal":
        b.append(("h1", rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"])))
        b.append(("p", f"Du har den {fmt_date(case.letter_date - dt.timedelta(days=21), 'words')} søgt om mentorstøtte. Vi har givet dig afslag."))
        if "missing-reasons" not in extras:
            b.append(("h2", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at støtten ikke har et mål om job eller uddannelse, fordi du er i gang med at blive afklaret til førtidspension. Der kan ikke gives mentorstøtte uden et sådant mål, jf. LAB § 167, stk. 1."))
        else:
            b.append(("p", "Hvis du har spørgsmål, er du velkommen til at kontakte mig."))
    elif typ == "extension":
        prev_end = case.start - dt.timedelta(days=1)
        prev_start = six_month_end(prev_end, -6) + dt.timedelta(days=1)
        prev_start = add_months(case.start, -6)
        b.append(("h1", "Forlængelse af mentorstøtte"))
        b.append(("p", f"Din tidligere periode med mentorstøtte ({fmt_date(prev_start, 'dots')} – {fmt_date(prev_end, 'dots')}) udløber snart. "
                       f"Efter en konkret vurdering har vi besluttet at forlænge mentorstøtten i en ny periode: {per}."))
        b.append(("p", f"Timetallet er fortsat {hours}, og {case.mentor} fortsætter som din mentor."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", "Vi har lagt vægt på mentorens statusrapport, som viser, at du har nået to af tre delmål, men stadig har brug for støtte til fremmødet. Jf. LAB § 167, stk. 1, 2. pkt."))
    elif typ == "end":
        b.append(("h1", "Ophør af mentorstøtte"))
        b.append(("p", f"Din mentorstøtte ophører den {fmt_date(case.end, 'words')}."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", f"Vi har lagt vægt på, at du er startet i ordinær uddannelse på {case.school} og selv møder stabilt. Det fremgår af mentorens slutrapport og af vores samtale den {fmt_date(case.letter_date - dt.timedelta(days=7), 'words')}. Jf. LAB § 167."))
    if "missing-appeal-guidance" in d:
        b += rng.choice([[], appeal_incomplete(case, rng)])
    elif "appeal-wrong-route" in extras:
        b += appeal_direct(case, rng)
    else:
        b += appeal_full(case, rng)
    b += [("p", "Med venlig hilsen"), ("p", f"{case.cw}\nRådgiver\nTlf. {case.cw_phone} · {case.cw_mail}")]
    return b


def make_decision(i, spec, rng, out, tmp, pending):
    typ, fmt, defects, extras, with_cpr = spec
    case = Case(rng)
    traits = [f"decision:{typ}"]
    st = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 15]))
    if "duration-over-6-months" in defects:
        case.set_period(st, rng.choice([9, 12]))
        traits.append("period:long")
    else:
        case.set_period(st, rng.choice([4, 6, 6]))
    case.letter_date = st - dt.timedelta(days=rng.randint(3, 20))
    if typ == "end":
        case.letter_date = case.end - dt.timedelta(days=rng.randint(20, 30))
    blocks = decision_blocks(case, typ, defects, extras, rng, with_cpr)
    path = f"afgoerelser/{i:02d}-{typ}-{slug(case.first)}.{fmt}"
    if fmt == "eml":
        body = blocks_text(blocks)
        make_eml(out / path, blocks[2][1], f"{case.kommune} Kommune <noreply@{slug(case.kommune)}.dk>",
                 f"{case.name} <borger@mail.invalid>", body, case.letter_date)
    elif fmt == "docx":
        blocks_docx(blocks, out / path)
    elif fmt == "txt":
        (out / path).write_text(blocks_text(blocks), encoding="utf-8")
    elif fmt == "html":
        (out / path).write_text(blocks_html(blocks, blocks[2][1]), encoding="utf-8")
    elif fmt in ("pdf", "odt"):
        src = tmp / f"{Path(path).stem}.docx"
        blocks_docx(blocks, src)
        pending.setdefault("soffice-" + fmt, []).append((src, out / path))
        traits.append("soffice")
    per = None if typ in ("refusal", "end") else {"start": case.start.isoformat(), "end": case.end.isoformat()}
    return dict(path=path, format=fmt, kind="decision", subtype=typ, layout=f"decision-{typ}",
                rules=sorted(defects), extras=sorted(extras), error=None, accept_errors=[],
                must_not_contain=[case.cpr, case.cpr.replace("-", "")] if with_cpr else [],
                traits=sorted(set(traits + (["cpr"] if with_cpr else []))), period=per)


# ---------------------------------------------------------------------------------------------
# Documents that are none of the three kinds
# ---------------------------------------------------------------------------------------------
UK_SPECS = [
    # what, format, cpr
    ("plan-nomentor-cardA", "html", False),
    ("plan-nomentor-cardB", "pdf", True),
    ("plan-nomentor-csv", "txt", False),
    ("plan-nomentor-phone", "pdf", False),
    ("plan-nomentor-timeline", "pdf", False),
    ("plan-nomentor-casesys", "docx", False),
    ("plan-mentor-notstarted", "html", False),
    ("plan-mentor-ikkeaktuelt", "docx", True),
    ("mine-aftaler", "html", False),
    ("statusrapport", "docx", True),
    ("faktura", "pdf", False),
    ("referat", "docx", False),
    ("vejledning-minplan", "html", False),
    ("privat-mentoraftale", "odt", False),
    ("partshoering", "docx", False),
    ("digitalpost-notits", "eml", False),
    ("bestilling", "pdf", False),
    ("skabelon-minplan", "docx", False),
]


def make_unknown(i, spec, rng, out, tmp, pending):
    what, fmt, with_cpr = spec
    case = Case(rng)
    st = dt.date(2026, rng.randint(1, 9), 1)
    case.set_period(st, 6)
    case.print_date = st + dt.timedelta(days=rng.randint(5, 40))
    pd = fmt_date(case.print_date, "dots")
    path = f"andet/{i:02d}-{what}-{slug(case.first)}.{fmt}"
    traits = [f"unknown:{what}"]
    head = [f"Borger: {case.name}", f"Udskrevet {pd}"] + ([f"CPR-nr.: {case.cpr}"] if with_cpr else [])
    layout = what
    if what.startswith("plan-nomentor"):
        acts, _ = build_acts(case, rng, set(), None, rng.choice([2, 3]), 0, "dots", mentor_present=False)
        traits.append("no-mentor-support")
        fam = what.split("-")[-1]
        if fam in ("cardA", "cardB"):
            html = cards_html(case, acts, fam[-1], "Min Plan", head, rng.choice([None, "Job som chauffør"]))
        elif fam == "timeline":
            html = timeline_html(case, acts, "Min Plan – tidslinje", head, None)
        elif fam == "phone":
            html = cards_html(case, acts, "phone", "Min Plan", [case.name, f"Opdateret {pd}"], None)
            pending.setdefault("phone", []).append((html, out / path, False))
            html = None
        elif fam == "csv":
            (out / path).write_text(csv_multi(case, acts, ";", True, False), encoding="utf-8")
            html = None
        elif fam == "casesys":
            blocks_docx(casesys_blocks(case, acts, None, with_cpr, 1), out / path)
            html = None
        if html is not None:
            if fmt == "html":
                (out / path).write_text(html, encoding="utf-8")
            else:
                h = tmp / f"uk{i}.html"
                h.write_text(html, encoding="utf-8")
                pending.setdefault("chrome", []).append((h, out / path))
        layout = "plan-without-mentor"
    elif what == "plan-mentor-notstarted":
        acts, _ = build_acts(case, rng, set(), "Ikke startet", 2, 0, "dots", title="Mentor", mentor_empty=True)
        (out / path).write_text(cards_html(case, acts, "A", "Min Plan", head, None), encoding="utf-8")
        traits.append("mentor-named-only")
        layout = "plan-without-mentor"
    elif what == "plan-mentor-ikkeaktuelt":
        acts, _ = build_acts(case, rng, set(), None, 2, 0, "dots", mentor_present=False)
        b = casesys_blocks(case, acts, "Job som buschauffør", with_cpr, 2)
        b += [("h3", "Støtte"), ("p", "Mentorstøtte: ikke aktuelt"), ("p", "Øvrig støtte: befordringsgodtgørelse")]
        blocks_docx(b, out / path)
        layout = "plan-without-mentor"
    elif what == "mine-aftaler":
        rows = [["Dato", "Tid", "Hvad", "Hvor"]]
        d0 = case.print_date
        for n, (what_, where) in enumerate([("Samtale med mentor", "Jobhuset, Vestergade 12"),
                                            ("Jobsamtale", f"{case.kommune} Kommune, Rådhuset"),
                                            ("Møde med mentor og praktiksted", case.shop),
                                            ("Opfølgning – telefonmøde", "Telefon")]):
            rows.append([fmt_date(d0 + dt.timedelta(days=7 * n + 2), "dots"), rng.choice(["09:00", "10:30", "13:15"]), what_, where])
        html = blocks_html([("h1", "Mine aftaler"), ("p", f"{case.name} – kommende møder"), ("table", rows),
                            ("p", "Kan du ikke komme, skal du give besked senest dagen før.")], "Mine aftaler")
        (out / path).write_text(html, encoding="utf-8")
    elif what == "statusrapport":
        b = [("h1", "Statusrapport – mentorforløb"), ("table", [["Borger", case.name]] + ([["CPR", case.cpr]] if with_cpr else []) +
                                                        [["Mentor", f"{case.mentor}, {case.provider}"], ["Periode for rapporten", f"{fmt_date(case.start, 'dots')} – {fmt_date(case.print_date, 'dots')}"]]),
             ("h2", "Hvordan går det?"),
             ("p", f"{case.first} har mødt op til 9 af 11 aftaler. Vi har arbejdet med morgenrutiner og transport. Praktikken hos {case.shop} går godt, og lederen er tilfreds."),
             ("h2", "Delmål"), ("ul", ["Fremmøde 4 dage om ugen: delvist nået", "Selv tage bussen: nået", "Kontakt til tovholder: nået"]),
             ("h2", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter uændret frem til næste statusmøde."),
             ("p", f"{case.mentor}, {fmt_date(case.print_date, 'dots')}")]
        blocks_docx(b, out / path)
    elif what == "faktura":
        html = blocks_html([("h1", "FAKTURA"), ("p", f"{case.provider}\nCVR 3{rng.randint(1000000, 9999999)}"),
                            ("p", f"Til: {case.kommune} Kommune, Beskæftigelse, att. {case.cw}"),
                            ("table", [["Fakturanr.", str(rng.randint(20000, 29999))], ["Dato", pd], ["Rekvisitionsnr.", f"REK{rng.randint(100000, 999999)}"]]),
                            ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                                       [f"Mentortimer, borger-ID {rng.randint(1000, 9999)}, {MONTHS[case.start.month - 1]}", "12", "575,00", "6.900,00"],
                                       ["Kørsel", "84 km", "3,81", "320,04"], ["I alt ekskl. moms", "", "", "7.220,04"]]),
                            ("p", "Betalingsbetingelser: netto 30 dage. EAN-nr. oplyses ved fakturering.")], "Faktura")
        h = tmp / f"uk{i}.html"
        h.write_text(html, encoding="utf-8")
        pending.setdefault("chrome", []).append((h, out / path))
    elif what == "referat":
        b = [("h1", "Referat af netværksmøde"), ("p", f"Dato: {pd}. Til stede: {case.name}, {case.cw} (sagsbehandler), {case.mentor} (mentor), tovholder fra {case.shop}."),
             ("h2", "1. Siden sidst"), ("p", f"{case.first} fortæller, at praktikken går bedre. Der har været fravær to dage pga. sygdom."),
             ("h2", "2. Mentorforløbet"), ("p", "Mentor og borger fortsætter som aftalt. Vi taler om en eventuel forlængelse ved næste møde."),
             ("h2", "3. Næste møde"), ("p", f"Næste netværksmøde: {fmt_date(case.print_date + dt.timedelta(days=35), 'words')} kl. 10."),
             ("p", f"Referent: {case.cw}")]
        blocks_docx(b, out / path)
    elif what == "vejledning-minplan":
        b = [("h1", "Sådan læser du Min Plan"),
             ("p", "På Min Plan kan du se de aktiviteter, du er i gang med, og dem, der er planlagt. Du finder Min Plan på Jobnet og i appen."),
             ("h2", "Hvad står der om mentorstøtte?"),
             ("p", "Hvis du får en mentor, skal Min Plan som minimum vise målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe støtten varer, og hvor mange timer om ugen du får."),
             ("h2", "Status på aktiviteter"),
             ("ul", ["Planlagt: aktiviteten er aftalt, men ikke startet", "Igangværende: aktiviteten er i gang", "Afsluttet: perioden er slut"]),
             ("p", "Har du spørgsmål, så kontakt din sagsbehandler i kommunen.")]
        (out / path).write_text(blocks_html(b, "Sådan læser du Min Plan"), encoding="utf-8")
    elif what == "privat-mentoraftale":
        b = [("h1", "Mentoraftale – Idrætsforeningen Fremad, ungementor-ordning"),
             ("p", f"Aftale mellem {case.first} (13 år), forældre og frivillig mentor {case.mentor}."),
             ("p", "Vi mødes hver tirsdag efter træning og laver lektier og snakker om skolen. Aftalen løber dette skoleår og kan stoppes af begge parter."),
             ("p", "Foreningens kontaktperson: formand Jens Bak, tlf. 21 43 65 87.")]
        src = tmp / f"{Path(path).stem}.docx"
        blocks_docx(b, src)
        pending.setdefault("soffice-odt", []).append((src, out / path))
    elif what == "partshoering":
        b = [("p", f"{case.kommune} Kommune\n{pd}"), ("h1", "Partshøring – påtænkt afgørelse om mentorstøtte"),
             ("p", f"Kære {case.first}"),
             ("p", "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte. Før vi træffer afgørelsen, får du mulighed for at komme med dine bemærkninger."),
             ("p", "Vi har lagt vægt på oplysningerne fra din læge og fra praktikstedet. Oplysningerne er vedlagt."),
             ("p", f"Send dine bemærkninger senest {fmt_date(case.print_date + dt.timedelta(days=14), 'words')}. Du kan også ringe til mig."),
             ("p", f"Med venlig hilsen\n{case.cw}\nTlf. {case.cw_phone}")]
        blocks_docx(b, out / path)
    elif what == "digitalpost-notits":
        make_eml(out / path, "Du har modtaget post fra " + case.kommune + " Kommune", "Digital Post <noreply@digitalpost.invalid>",
                 f"{case.name} <borger@mail.invalid>",
                 f"Kære {case.name}\n\nDu har fået et nyt brev i Digital Post fra {case.kommune} Kommune: \"Afgørelse om mentorstøtte\".\n\n"
                 "Log ind på borger.dk eller i appen Digital Post for at læse brevet.\n\nDenne mail kan ikke besvares.\n", case.print_date)
    elif what == "bestilling":
        html = blocks_html([("h1", "Bestilling af mentorforløb"),
                            ("p", f"Til: {case.provider}\nFra: {case.kommune} Kommune, {case.cw}"),
                            ("table", [["Borger-ID", str(rng.randint(100000, 999999))], ["Ønsket opstart", fmt_date(case.start, "dots")],
                                       ["Ramme", f"op til {case.hours} timer pr. uge i højst 6 måneder"],
                                       ["Leverance", "Opstartsmøde, statusrapport hver 2. måned, slutrapport"]]),
                            ("p", "Bekræft venligst bestillingen og oplys mentorens navn senest 5 arbejdsdage efter modtagelsen.")], "Bestilling")
        h = tmp / f"uk{i}.html"
        h.write_text(html, encoding="utf-8")
        pending.setdefault("chrome", []).append((h, out / path))
    elif what == "skabelon-minplan":
        b = [("h1", "Min Plan – skabelon til mentorstøtte"),
             ("table", [["Formål", ""], ["Mentor (navn og kontaktdata)", ""], ["Mentorens opgaver", ""],
                        ["Periode", ""], ["Timer pr. uge", ""]]),
             ("p", "Skabelonen udfyldes af sagsbehandler. Version 3, intern brug.")]
        blocks_docx(b, out / path)
    return dict(path=path, format=fmt, kind="unknown", subtype=what, layout=layout, rules=[], extras=[],
                error=None, accept_errors=[],
                must_not_contain=[case.cpr, case.cpr.replace("-", "")] if with_cpr else [],
                traits=sorted(set(traits + (["cpr"] if with_cpr else []))), period=None)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gk")
    ap.add_argument("--seed", type=int, default=15215)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    for sub in ("minplan", "aftaler", "afgoerelser", "andet"):
        (out / sub).mkdir(parents=True)
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="gk_"))
    pending: dict = {}
    entries = []
    for i, spec in enumerate(MP_SPECS, 1):
        entries.append(make_minplan(i, spec, rng, out, tmp, pending))
    for i, spec in enumerate(AG_SPECS, 1):
        entries.append(make_agreement(i, spec, rng, out, tmp, pending))
    for i, spec in enumerate(DC_SPECS, 1):
        entries.append(make_decision(i, spec, rng, out, tmp, pending))
    for i, spec in enumerate(UK_SPECS, 1):
        entries.append(make_unknown(i, spec, rng, out, tmp, pending))
    # conversions
    for h, pdf in pending.get("chrome", []):
        chrome_pdf(h, pdf)
    scan_rng = random.Random(args.seed + 1)
    for html, pdf, img_only in pending.get("phone", []):
        phone_scan(html, pdf, scan_rng, tmp, image_only=img_only)
    for fmt in ("pdf", "odt"):
        items = pending.get("soffice-" + fmt, [])
        if items:
            conv = tmp / ("conv_" + fmt)
            conv.mkdir()
            soffice_convert([s for s, _ in items], fmt, conv, tmp)
            for src, dst in items:
                shutil.move(str(conv / (src.stem + "." + fmt)), dst)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
