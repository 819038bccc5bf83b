#!/usr/bin/env python3
"""Corpus eo: private mentor providers' own paperwork used with several municipalities.

Deterministic: python make_corpus_eo.py --out /work/corpora/eo [--seed 1167]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from pathlib import Path

# ----------------------------------------------------------------------------- data
MUNIS = {
    "holbaek": ("Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "holbaek.dk"),
    "kalundborg": ("Kalundborg Kommune", "Holbækvej 141 B, 4400 Kalundborg", "59 53 44 00", "kalundborg.dk"),
    "soroe": ("Sorø Kommune", "Rådhusvej 8, 4180 Sorø", "57 87 60 00", "soroe.dk"),
    "ringsted": ("Ringsted Kommune", "Sankt Bendts Gade 1, 4100 Ringsted", "57 62 62 62", "ringsted.dk"),
    "slagelse": ("Slagelse Kommune", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00", "slagelse.dk"),
    "naestved": ("Næstved Kommune", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88", "naestved.dk"),
}
PROVIDERS = {
    "jobbroen": dict(name="Jobbroen ApS", cvr="38412290", addr="Ahlgade 14, 1. sal, 4300 Holbæk",
                     doc="Mentorplan", mentors=[("Lene Kjærgaard", "31 42 88 10"), ("Kasper Holm", "31 42 88 14"),
                                                ("Malene Friis", "31 42 88 19")], dom="jobbroen.dk"),
    "vejviser": dict(name="Vejviser Mentorhus", cvr="40117365", addr="Storegade 3, 4180 Sorø",
                     doc="Forløbsplan", mentors=[("Per Søndergaard", "22 17 45 60"), ("Aisha Rahimi", "22 17 45 61")],
                     dom="vejviser-mentorhus.dk"),
    "trinet": dict(name="Trinet Mentor & Coaching", cvr="42905518", addr="Nørregade 27, 4100 Ringsted",
                   doc="Aftale om mentorforløb", mentors=[("Signe Bach", "60 12 34 70"), ("Jonas Vestergaard", "60 12 34 71")],
                   dom="trinet.dk"),
    "nordmentor": dict(name="NordMentor I/S", cvr="36701844", addr="Ved Havnen 6, 4400 Kalundborg",
                       doc="Samarbejdsaftale", mentors=[("Birgitte Lund", "40 55 21 09"), ("Tariq Aziz", "40 55 21 13")],
                       dom="nordmentor.dk"),
    "kompasset": dict(name="Kompasset – socialøkonomisk virksomhed", cvr="39880271", addr="Jernbanegade 9, 4200 Slagelse",
                      doc="Aftale om mentorforløb", mentors=[("Hanne Mørk", "53 80 11 20"), ("Rasmus Thygesen", "53 80 11 27")],
                      dom="kompasset-slagelse.dk"),
    "unigang": dict(name="Ung i Gang Mentorservice", cvr="41236702", addr="Axeltorv 2, 4700 Næstved",
                    doc="Handleplan", mentors=[("Camilla Dreyer", "28 90 14 33"), ("Mikkel Ravn", "28 90 14 35")],
                    dom="ungigang.dk"),
}
CITIZENS = ["Sara Nielsen", "Mads Kristensen", "Emma Larsen", "Ali Haddad", "Freja Poulsen", "Jonas Møller",
            "Nadia Hansen", "Oliver Christiansen", "Ida Jørgensen", "Yusuf Demir", "Laura Thomsen", "Frederik Olsen",
            "Amalie Rasmussen", "Victor Petersen", "Maja Andersen", "Emil Jakobsen", "Sofie Madsen", "Noah Pedersen",
            "Clara Sørensen", "Lucas Berg", "Anna Winther", "Mathias Kjær", "Julie Dam", "Tobias Juhl"]
CASEWORKERS = ["Helle Stenberg", "Mette Bruun", "Anders Vind", "Rikke Lauridsen", "Søren Egholm", "Tina Holt"]

CLEAR_GOALS = [
    "{f} starter på grundforløb 1 (GF1) på EUC Sjælland den 10. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto, Ahlgade, senest 1. juni 2026, med henblik på løntilskud.",
    "{f} har et fleksjob som køkkenmedhjælper på 12 timer om ugen inden periodens udløb.",
    "{f} gennemfører FGU-forløbet på Produktionsskolen med mindst 85 % fremmøde og søger optagelse på SOSU-hjælperuddannelsen til august 2026.",
    "{f} er i ordinære løntimer på lageret hos DSV, 10 timer om ugen, fra 1. maj 2026.",
    "{f} gennemfører 2.g på Sorø Akademi uden fravær over 10 % og bliver oprykket til 3.g i juni 2026.",
    "{f} er i praktik som pedelmedhjælper på Bakkeskolen 3 dage om ugen og kan selv klare transporten dertil fra april 2026.",
    "{f} starter på HF-enkeltfag (dansk og matematik) på VUC Storstrøm i august 2026 og møder til 80 % af undervisningen.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel i hverdagen.",
    "At {f} får mere struktur på hverdagen og et styrket selvværd.",
    "Sikre at {f} bliver mere selvstændig.",
    "Motivere {f} og arbejde på at komme tættere på arbejdsmarkedet.",
    "Hjælp til at få overblik og generel stabilisering.",
]
TASKS = [
    ["Følges med {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Kontakt til praktikvejleder ved fravær"],
    ["Hjælpe med at lave en ugeplan og holde den", "Ledsage til møder i kommunen og på uddannelsesstedet",
     "Træne offentlig transport fra bopæl til skole"],
    ["Morgenopringning de dage, hvor {f} skal møde", "Hjælp til at åbne og svare på digital post",
     "Samtaler om håndtering af angst i pauser"],
    ["Forberede samtale med SU-kontoret og studievejleder", "Lektiestøtte i matematik en gang om ugen",
     "Samtale om fravær og trivsel i klassen"],
]
MUNI_HOURS_PLACEHOLDERS = ["Fastsættes af kommunen", "Udfyldes af sagsbehandler", "-", "Jf. bevilling"]


def cpr(rng):
    d = rng.randint(1, 28); m = rng.randint(1, 12); y = rng.randint(70, 99)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


def appeal_full(muni, rng):
    name, addr, tlf, dom = MUNIS[muni]
    v = rng.randint(0, 3)
    if v == 0:
        return ("Hvis du ikke er enig i afgørelsen, skal du klage til " + name + " inden fire uger efter, at du har "
                "modtaget afgørelsen. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, "
                "sendes klagen videre til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og "
                "retssikkerhedslovens kapitel 10.")
    if v == 1:
        return (f"Du kan klage over kommunens afgørelse om mentorstøtte. Klagen sendes til {name}, {addr}, "
                f"senest 4 uger efter du har fået afgørelsen. Du kan klage skriftligt eller mundtligt (tlf. {tlf}). "
                "Kommunen ser sagen igen, og hvis afgørelsen fastholdes, sender kommunen klagen til Ankestyrelsen.")
    if v == 2:
        return (f"Klage over afgørelsen skal være modtaget i {name} inden 4 uger fra modtagelsen. Kommunen vurderer "
                "sagen på ny og sender den til Ankestyrelsen, Beskæftigelsesudvalget, hvis afgørelsen ikke ændres "
                "(LAB § 204).")
    return (f"Er du uenig, kan du inden fire uger klage til kommunen ({name}, mail: job@{dom}). Vi genvurderer "
            "vores afgørelse, og fastholder vi den, videresendes klagen til Ankestyrelsen.")


APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Klagevejledning fremgår af kommunens bevillingsbrev.",
    "Ved uenighed kontaktes sagsbehandleren i kommunen.",
    "Borgeren kan klage over kommunens afgørelse til Ankestyrelsen.",
]

# ----------------------------------------------------------------------------- renderers
# blocks: ("title",t) ("h",t) ("p",t) ("kv",label,value) ("bullets",[..]) ("table",[[..],..]) ("box",title,[lines])
#         ("pb",) ("sig",[parties])


def render_docx(blocks, path, header=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h":
            d.add_heading(b[1], 2)
        elif k == "hb":  # bold-only heading
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            p = d.add_paragraph(); r = p.add_run(b[1] + ": "); r.bold = True; p.add_run(b[2])
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k in ("table", "sig"):
            rows = b[1] if k == "table" else [["", *b[1]], ["Dato", *[""] * len(b[1])], ["Underskrift", *[""] * len(b[1])]]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if j == 0 and k == "table" and len(row) > 1:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif k == "box":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
            c = t.cell(0, 0); c.paragraphs[0].add_run(b[1]).bold = True
            for line in b[2]:
                c.add_paragraph(line)
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
    d.save(path)


def render_pdf(blocks, path, header=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape as e
    ss = getSampleStyleSheet()
    st = []
    for b in blocks:
        k = b[0]
        if k == "title":
            st.append(Paragraph(e(b[1]), ss["Title"]))
        elif k in ("h", "hb"):
            st.append(Paragraph(e(b[1]), ss["Heading3"]))
        elif k == "p":
            st.append(Paragraph(e(b[1]), ss["BodyText"]))
        elif k == "kv":
            st.append(Paragraph(f"<b>{e(b[1])}:</b> {e(b[2])}", ss["BodyText"]))
        elif k == "bullets":
            for x in b[1]:
                st.append(Paragraph("- " + e(x), ss["BodyText"]))
        elif k in ("table", "sig"):
            rows = b[1] if k == "table" else [["", *b[1]], ["Dato", *[""] * len(b[1])], ["Underskrift", *[""] * len(b[1])]]
            data = [[Paragraph(e(c), ss["BodyText"]) for c in row] for row in rows]
            w = 480 / len(rows[0])
            cw = [140, 340] if len(rows[0]) == 2 else [w] * len(rows[0])
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(t); st.append(Spacer(1, 10))
        elif k == "box":
            inner = [Paragraph("<b>" + e(b[1]) + "</b>", ss["BodyText"])] + [Paragraph(e(x), ss["BodyText"]) for x in b[2]]
            t = Table([[inner]], colWidths=[480])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.darkblue),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2fa"))]))
            st.append(t); st.append(Spacer(1, 8))
        elif k == "pb":
            st.append(PageBreak())

    def on_page(c, doc):
        if header:
            c.setFont("Helvetica", 8); c.drawString(56, 810, header)
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=60).build(st, onFirstPage=on_page, onLaterPages=on_page)


def render_html(blocks, header=None):
    from html import escape as e
    out = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>"
           + e(next((b[1] for b in blocks if b[0] == "title"), "Dokument")) + "</title></head><body>"]
    if header:
        out.append(f"<header><p>{e(header)}</p></header>")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k in ("h", "hb"):
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "kv":
            out.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif k == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif k in ("table", "sig"):
            rows = b[1] if k == "table" else [["", *b[1]], ["Dato", *[""] * len(b[1])], ["Underskrift", *[""] * len(b[1])]]
            out.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
        elif k == "box":
            out.append(f"<div class=\"box\"><h4>{e(b[1])}</h4>" + "".join(f"<p>{e(x)}</p>" for x in b[2]) + "</div>")
    out.append("</body></html>")
    return "\n".join(out)


def render_text(blocks, md=False, header=None):
    out = []
    if header:
        out.append(header); out.append("")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("# " if md else "") + b[1]); out.append("" if md else "=" * len(b[1]))
        elif k in ("h", "hb"):
            out.append(("## " + b[1]) if md else b[1].upper() if len(b[1]) < 40 else b[1])
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            out.append((f"**{b[1]}:** {b[2]}") if md else f"{b[1]}: {b[2]}")
        elif k == "bullets":
            out.extend(("- " if md else "• ") + x for x in b[1])
        elif k in ("table", "sig"):
            rows = b[1] if k == "table" else [["", *b[1]], ["Dato", *[""] * len(b[1])], ["Underskrift", *[""] * len(b[1])]]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |"); out.append("|" + "---|" * len(rows[0]))
                out.extend("| " + " | ".join(r) + " |" for r in rows[1:])
            else:
                out.extend(": ".join(r) if len(r) == 2 else "\t".join(r) for r in rows)
        elif k == "box":
            out.append(("### " if md else "") + b[1]); out.extend(b[2])
        elif k == "pb":
            out.append("" if md else "\f")
        out.append("")
    return "\n".join(out)


def rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def render_rtf(blocks, header=None):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    if header:
        out.append(r"{\header\pard " + rtf_esc(header) + r"\par}")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"\pard{\b\fs32 " + rtf_esc(b[1]) + r"}\par ")
        elif k in ("h", "hb"):
            out.append(r"\pard{\b " + rtf_esc(b[1]) + r"}\par ")
        elif k == "p":
            out.append(r"\pard " + rtf_esc(b[1]) + r"\par ")
        elif k == "kv":
            out.append(r"\pard{\b " + rtf_esc(b[1]) + r": }" + rtf_esc(b[2]) + r"\par ")
        elif k == "bullets":
            out.extend(r"\pard \bullet  " + rtf_esc(x) + r"\par " for x in b[1])
        elif k in ("table", "sig", "box"):
            if k == "box":
                rows = [[b[1] + ": " + " ".join(b[2])]]
            else:
                rows = b[1] if k == "table" else [["", *b[1]], ["Dato", *[""] * len(b[1])], ["Underskrift", *[""] * len(b[1])]]
            for row in rows:
                w = 9000 // len(row)
                out.append(r"\trowd" + "".join(rf"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx{w*(j+1)}" for j in range(len(row))))
                out.append("".join(r"\pard\intbl " + rtf_esc(c) + r"\cell " for c in row) + r"\row ")
            out.append(r"\pard\par ")
        elif k == "pb":
            out.append(r"\page ")
    out.append("}")
    return "".join(out)


def write(blocks, path: Path, fmt, header=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx" or fmt == "odt":
        render_docx(blocks, path.with_suffix(".docx"), header)
    elif fmt == "pdf":
        render_pdf(blocks, path, header)
    elif fmt == "html":
        path.write_text(render_html(blocks, header), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render_text(blocks, md=True, header=header), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(render_text(blocks, header=header), encoding="utf-8")
    elif fmt == "rtf":
        path.write_text(render_rtf(blocks, header), encoding="ascii")
    else:
        raise ValueError(fmt)

# ----------------------------------------------------------------------------- periods
OK_PERIODS = [
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31"),
    ("01.02.2026-31.07.2026", "2026-02-01", "2026-07-31"),
    ("1/4-2026 til 30/9-2026", "2026-04-01", "2026-09-30"),
    ("f.o.m. 15. januar 2026 t.o.m. 14. juli 2026", "2026-01-15", "2026-07-14"),
    ("fra 1. maj 2026 og 6 måneder frem", "2026-05-01", "2026-10-31"),
    ("4. maj 2026 – 3. november 2026", "2026-05-04", "2026-11-03"),
    ("1. september 2026 – 28. februar 2027", "2026-09-01", "2027-02-28"),
    ("1. juni 2026 til 30. november 2026", "2026-06-01", "2026-11-30"),
    ("16.03.2026 – 15.06.2026 (3 måneder)", "2026-03-16", "2026-06-15"),
    ("10. august 2026 - 31. januar 2027", "2026-08-10", "2027-01-31"),
]
OVER_PERIODS = [
    ("1. marts 2026 – 30. september 2026", "2026-03-01", "2026-09-30"),
    ("01.01.2026-31.12.2026", "2026-01-01", "2026-12-31"),
    ("fra 1. februar 2026 og 9 måneder frem", "2026-02-01", "2026-10-31"),
    ("1/3-2026 til 1/9-2026", "2026-03-01", "2026-09-01"),
    ("15. april 2026 – 15. januar 2027", "2026-04-15", "2027-01-15"),
    ("12 måneder fra 1. august 2026", "2026-08-01", "2027-07-31"),
    ("1. august 2026 – 30. juni 2027", "2026-08-01", "2027-06-30"),
]
FOLLOWUPS = [
    "Statusmøde med borger, mentor og sagsbehandler hver måned. Mentor sender en kort statusrapport til kommunen "
    "efter hvert møde. Slutevaluering 14 dage før forløbet ophører.",
    "Opfølgning hver 4. uge. Delmål: møde til aftalt tid 4 ud af 5 dage inden for de første 6 uger; selv tage bussen "
    "til praktikstedet fra uge 8.",
    "Midtvejsevaluering efter 3 måneder og evaluering fire uger før bevillingsudløb. Progressionen måles på fremmøde "
    "(registreres ugentligt af mentor).",
    "Vi følger op hver 14. dag ved en kort samtale og holder statusmøde med kommunen hver anden måned.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1,5 time pr. uge",
         "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.entries = []


def mk_fields(rng, prov, muni, defects, citizen):
    first = citizen.split()[0]
    p = PROVIDERS[prov]
    mname, mtlf = rng.choice(p["mentors"])
    mmail = mname.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa") + "@" + p["dom"]
    f = {}
    f["goal"] = (rng.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else rng.choice(CLEAR_GOALS)).format(f=first)
    if "missing-goal" in defects:
        f["goal"] = rng.choice([None, "Udfyldes ved opstartsmødet", "-"])
    f["mentor"] = f"{mname}, {p['name']}, tlf. {mtlf}, {mmail}"
    f["mentor_parts"] = (mname, mtlf, mmail)
    if "missing-mentor" in defects:
        f["mentor"] = rng.choice([f"{mname}, {p['name']}", "Tildeles ved opstart", None])
        f["mentor_parts"] = None
    f["tasks"] = [t.format(f=first) for t in rng.choice(TASKS)]
    if "missing-tasks" in defects:
        f["tasks"] = rng.choice([None, ["Aftales løbende"], ["-"]])
    per = rng.choice(OVER_PERIODS if "duration-over-6-months" in defects else OK_PERIODS)
    f["period"], f["start"], f["end"] = per
    if "missing-duration" in defects:
        f["period"] = rng.choice([None, "Indtil videre", "Aftales med kommunen"]); f["start"] = f["end"] = None
    f["followup"] = rng.choice(FOLLOWUPS)
    if "missing-follow-up" in defects:
        f["followup"] = rng.choice([None, "-"])
    f["hours"] = rng.choice(HOURS)
    if "missing-hours" in defects:
        f["hours"] = rng.choice([None, *MUNI_HOURS_PLACEHOLDERS, "Efter behov"])
    f["appeal"] = appeal_full(muni, rng)
    if "missing-appeal-guidance" in defects:
        f["appeal"] = rng.choice([None, None, *APPEAL_BAD])
    return f


def parties(rng, prov, muni, citizen, cprno):
    m = MUNIS[muni]
    cw = rng.choice(CASEWORKERS)
    bor = citizen + (f", cpr.nr. {cprno}" if cprno else "")
    return bor, f"{m[0]}, Jobcenter / sagsbehandler {cw}", cw


def tasks_text(t):
    return None if t is None else "; ".join(t)


def layout_agreement(rng, prov, muni, f, citizen, cprno, extra):
    """Return blocks in the provider's own template style."""
    p = PROVIDERS[prov]; m = MUNIS[muni]
    bor, kom, cw = parties(rng, prov, muni, citizen, cprno)
    header = f"{p['name']} · {p['addr']} · CVR {p['cvr']}"
    B = []
    val = lambda x: x if x is not None else ""
    if prov == "jobbroen":
        B.append(("title", "Mentorplan"))
        B.append(("p", f"Rekvirent: {m[0]}. Planen er udarbejdet af {p['name']} på baggrund af kommunens henvisning."))
        B.append(("table", [["Borger", bor], ["Rekvirerende kommune", kom],
                            ["Mentor", val(f["mentor"])] if f["mentor"] is not None else ["Mentor", ""]]))
        rows = [["Mål for forløbet", f["goal"]], ["Mentorens opgaver", tasks_text(f["tasks"])],
                ["Periode", f["period"]], ["Timetal", f["hours"]], ["Opfølgning", f["followup"]],
                ["Klagevejledning", f["appeal"]]]
        rows = [[a, b] for a, b in rows if b is not None or rng.random() < 0.4]
        B.append(("table", [[a, val(b)] for a, b in rows]))
        B.append(("p", "Timepris jf. rammeaftale med kommunen. Fravær meldes til mentor senest kl. 8.30."))
        B.append(("sig", ["Borger", "Mentor"]))
    elif prov == "vejviser":
        B.append(("title", f"Forløbsplan – {citizen}"))
        B.append(("p", f"Henvist af {m[0]} ({cw}). Sagsnr. {rng.randint(10,99)}.{rng.randint(10,99)}.{rng.randint(10,99)}-G01-{rng.randint(100,9999)}-26"))
        if cprno:
            B.append(("p", f"CPR: {cprno}"))
        n = 1
        for head, key in [("Formål med forløbet", "goal"), ("Din mentor", "mentor"), ("Mentorens opgaver", "tasks"),
                          ("Forløbets varighed", "period"), ("Omfang", "hours"), ("Opfølgning og progression", "followup"),
                          ("Klagevejledning", "appeal")]:
            v = f[key]
            if v is None and rng.random() < 0.6:
                continue
            B.append(("h", f"{n}. {head}")); n += 1
            if key == "tasks" and v:
                B.append(("bullets", v))
            else:
                B.append(("p", v if v is not None else "–"))
        B.append(("p", f"Sorø/{m[0].split()[0]}, den {rng.randint(2,27)}. {rng.choice(['januar','februar','marts','april'])} 2026"))
    elif prov == "trinet":
        B.append(("title", "Aftale om mentorforløb"))
        B.append(("p", f"Mellem {citizen} (borger), {p['name']} (mentor) og {m[0]} (bestiller)."))
        if cprno:
            B.append(("kv", "CPR-nr.", cprno))
        qs = [("Hvad er målet?", "goal"), ("Hvem er din mentor?", "mentor"), ("Hvad skal mentoren hjælpe dig med?", "tasks"),
              ("Hvor længe varer forløbet?", "period"), ("Hvor mange timer?", "hours"), ("Hvordan følger vi op?", "followup"),
              ("Hvis du vil klage", "appeal")]
        for q, key in qs:
            v = f[key]
            if v is None:
                continue
            B.append(("hb", q))
            B.append(("bullets", v) if key == "tasks" else ("p", v))
        B.append(("p", f"Aftalen er drøftet med {citizen.split()[0]} ved opstartssamtalen."))
    elif prov == "nordmentor":
        B.append(("title", "Samarbejdsaftale om mentorstøtte"))
        B.append(("p", f"Kunde: {m[0]}, {m[1]}. Leverandør: {p['name']}, CVR {p['cvr']}. Deltager: {bor}."))
        for t, key in [("Mål", "goal"), ("Mentor", "mentor"), ("Indsatsområder", "tasks"), ("Aftaleperiode", "period"),
                       ("Timeantal", "hours"), ("Opfølgning", "followup"), ("Klageadgang", "appeal")]:
            v = f[key]
            if v is None:
                continue
            B.append(("box", t, v if key == "tasks" else [v]))
        B.append(("p", "Aftalen kan opsiges af kommunen med 14 dages varsel."))
    elif prov == "kompasset":
        B.append(("title", "Aftale om mentorforløb"))
        B.append(("p", p["name"])); B.append(("p", f"Udarbejdet for {m[0]}"))
        B.append(("p", f"Deltager: {citizen}")); B.append(("p", f"Dato: {rng.randint(2,27)}.0{rng.randint(1,4)}.2026"))
        B.append(("pb",))
        B.append(("h", "Aftalens indhold"))
        if cprno:
            B.append(("kv", "Deltagerens cpr-nummer", cprno))
        for lab, key in [("Målet med mentorstøtten", "goal"), ("Mentorens navn og kontaktdata", "mentor"),
                         ("Hvilke opgaver mentoren skal bistå ved", "tasks"), ("Varighed", "period"),
                         ("Opfølgning – inklusiv mål for progression", "followup"), ("Timetal", "hours"),
                         ("Klagevejledning", "appeal")]:
            v = f[key]
            if v is None:
                continue
            B.append(("kv", lab, tasks_text(v) if key == "tasks" else v))
    elif prov == "unigang":
        B.append(("title", "Handleplan – mentorstøtte"))
        B.append(("p", f"{p['name']} · på vegne af {m[0]}"))
        B.append(("kv", "Ung", bor))
        B.append(("kv", "Kontaktperson i kommunen", cw))
        for lab, key in [("Mit mål", "goal"), ("Min mentor", "mentor"), ("Det hjælper mentoren med", "tasks"),
                         ("Periode", "period"), ("Timer", "hours"), ("Sådan følger vi op", "followup"),
                         ("Sådan klager du", "appeal")]:
            v = f[key]
            if v is None:
                continue
            B.append(("h", lab))
            B.append(("bullets", v) if key == "tasks" else ("p", v))
        B.append(("sig", ["Den unge", "Mentor", m[0]]))
    if extra == "attached-decision":
        B.append(("pb",))
        B.append(("h", f"Bilag 1: Afgørelse fra {m[0]}"))
        B.append(("p", f"{m[0]} har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
                       f"Mentorforløbet leveres af {p['name']}."))
        B.append(("p", "Klagevejledning: " + appeal_full(muni, rng)))
    elif extra == "referenced-decision":
        B.append(("p", f"Forløbet er bevilget ved {m[0]}s afgørelse af {rng.randint(2,27)}. februar 2026. "
                       "Kommunens afgørelse sendes til borgeren i e-Boks."))
    return B, header


AGREEMENT_FORMATS = {
    "jobbroen": ["docx", "pdf"], "vejviser": ["pdf", "txt"], "trinet": ["html", "md", "docx"],
    "nordmentor": ["docx", "odt", "rtf"], "kompasset": ["pdf", "docx"], "unigang": ["docx", "odt", "rtf"],
}
PROV_MUNIS = {
    "jobbroen": ["holbaek", "kalundborg", "soroe"], "vejviser": ["soroe", "ringsted", "slagelse"],
    "trinet": ["ringsted", "holbaek", "naestved"], "nordmentor": ["kalundborg", "holbaek", "slagelse"],
    "kompasset": ["slagelse", "naestved", "soroe"], "unigang": ["naestved", "ringsted", "kalundborg"],
}
DEFECT_MENU = [
    ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["missing-hours"], ["missing-mentor", "missing-appeal-guidance"],
    ["duration-over-6-months"], ["unclear-goal"], ["missing-follow-up"], ["missing-mentor"], ["missing-tasks"],
    ["missing-duration"], ["missing-goal"], ["unclear-goal", "missing-hours"], ["duration-over-6-months", "missing-appeal-guidance"],
    ["missing-follow-up", "missing-hours"], ["duration-over-6-months"], ["missing-tasks", "missing-appeal-guidance"],
    ["missing-duration", "missing-appeal-guidance"], ["unclear-goal"],
]


# ----------------------------------------------------------------------------- decisions
def decision_blocks(rng, muni, prov, citizen, cprno, sub, defects):
    m = MUNIS[muni]; p = PROVIDERS[prov]; cw = rng.choice(CASEWORKERS); first = citizen.split()[0]
    per = rng.choice(OVER_PERIODS if "duration-over-6-months" in defects else OK_PERIODS)
    hours = rng.choice(HOURS)
    date = f"{rng.randint(2, 27)}. {rng.choice(['januar', 'februar', 'marts', 'april', 'maj'])} 2026"
    B = [("p", f"{m[0]} · {m[1]} · tlf. {m[2]}"), ("p", f"Dato: {date}"), ("p", f"Sagsbehandler: {cw}")]
    if cprno:
        B.append(("p", f"{citizen}, cpr.nr. {cprno}"))
    else:
        B.append(("p", citizen))
    if sub == "grant":
        B.append(("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"])))
        B.append(("p", f"Kære {first}. Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats "
                       f"i perioden {per[0]}, {hours}. Mentorstøtten leveres af {p['name']}, som har udarbejdet en "
                       f"{p['doc'].lower()} sammen med dig. Den er vedlagt som bilag."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit fremmøde i praktikken, "
                       "og at støtten ikke kan gives af virksomheden selv."))
        per_text = per
    elif sub == "partial":
        B.append(("title", "Delvis bevilling af mentorstøtte"))
        B.append(("p", f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen gennem {p['name']}. Kommunen har "
                       f"bevilget mentorstøtte i perioden {per[0]} med {hours}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Efter § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov "
                       "kan dækkes med færre timer, fordi du allerede har støtte fra en kontaktperson på skolen."))
        per_text = per
    elif sub == "extension":
        B.append(("title", "Forlængelse af mentorstøtte"))
        B.append(("p", f"Din mentorstøtte hos {p['name']} forlænges efter en konkret vurdering. Den nye periode er "
                       f"{per[0]} med {hours}. Den tidligere periode udløb ved udgangen af forrige måned."))
        B.append(("h", "Begrundelse"))
        B.append(("p", f"Statusrapporten fra {p['name']} viser, at du møder stabilt i praktikken, men endnu ikke klarer "
                       "transporten selv."))
        per_text = per
    elif sub == "refusal":
        B.append(("title", "Afslag på mentorstøtte"))
        B.append(("p", f"Du har søgt om mentorstøtte gennem {p['name']}. Kommunen giver afslag på ansøgningen."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, "
                       "at du allerede modtager socialpædagogisk støtte, som dækker de opgaver, du har søgt hjælp til."))
        per_text = None
    else:  # end
        B.append(("title", "Ophør af mentorstøtte"))
        B.append(("p", f"Din mentorstøtte hos {p['name']} ophører pr. 31. maj 2026, fordi du er startet i ordinært job."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Formålet med støtten er opnået, jf. § 167 i lov om en aktiv beskæftigelsesindsats."))
        per_text = None
    if "missing-appeal-guidance" in defects:
        bad = rng.choice([None, *APPEAL_BAD[:1], APPEAL_BAD[3], "Har du spørgsmål, er du velkommen til at kontakte mig."])
        if bad:
            B.append(("h", "Klagevejledning") if bad != APPEAL_BAD[3] and rng.random() < 0.5 else ("p", ""))
            B.append(("p", bad))
    else:
        B.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        B.append(("p", appeal_full(muni, rng)))
    B.append(("p", f"Med venlig hilsen\n{cw}\n{m[0]}"))
    B = [b for b in B if not (b[0] == "p" and b[1] == "")]
    return B, per_text


# ----------------------------------------------------------------------------- Min Plan
def minplan_blocks(rng, muni, prov, citizen, cprno, defects):
    m = MUNIS[muni]
    f = mk_fields(rng, prov, muni, defects, citizen)
    B = [("title", "Min Plan"), ("p", f"{m[0]} · Udskrevet {rng.randint(1,28)}.0{rng.randint(1,9)}.2026")]
    B.append(("kv", "Borger", citizen + (f" ({cprno})" if cprno else "")))
    if rng.random() < 0.5:
        B.append(("h", "Andre aktiviteter"))
        B.append(("p", "FGU Vestsjælland, basisforløb, 3. august 2026 – 30. juni 2027. Kontaktforløb: samtale hver 3. måned."))
    B.append(("h", "Indsats: Mentorstøtte (LAB § 167)"))
    rows = [("Formål", f["goal"]), ("Mentor", f["mentor"]), ("Mentorens opgaver", tasks_text(f["tasks"])),
            ("Periode for mentorstøtten", f["period"]), ("Timetal", f["hours"])]
    style = rng.choice(["kv", "table"])
    rows = [(a, b) for a, b in rows if b is not None]
    if style == "kv":
        B += [("kv", a, b) for a, b in rows]
    else:
        B.append(("table", [[a, b] for a, b in rows]))
    B.append(("p", f"Leverandør: {PROVIDERS[prov]['name']}. Ændringer i timer eller formål skrives ind i Min Plan."))
    return B, f


# ----------------------------------------------------------------------------- unknown (near misses)
def unknown_docs(rng):
    out = []
    p = PROVIDERS["jobbroen"]
    out.append(("prisliste-jobbroen-2026", [("title", "Prisliste 2026 – Jobbroen ApS"),
        ("table", [["Ydelse", "Pris"], ["Mentortime (individuel)", "645 kr."], ["Mentortime (gruppe, pr. plads)", "310 kr."],
                   ["Opstartsmøde og mentorplan", "1.950 kr."], ["Statusrapport", "Inkluderet"], ["Kørsel", "Statens takst"]]),
        ("p", "Priserne gælder fra 1. januar 2026 til 31. december 2026 og reguleres efter rammeaftalen.")], "pricelist"))
    out.append(("brochure-vejviser", [("title", "Vejviser Mentorhus – når hverdagen skal hænge sammen"),
        ("p", "Vi tilbyder mentorforløb til borgere henvist fra kommunen. Alle forløb begynder med en forløbsplan."),
        ("h", "Hvad står der i en forløbsplan?"),
        ("bullets", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                     "Varighed (højst 6 måneder ad gangen) og opfølgning", "Timetal", "Klagevejledning fra kommunen"]),
        ("p", "Ring til os på 22 17 45 60 eller skriv til kontakt@vejviser-mentorhus.dk.")], "brochure"))
    out.append(("status-kompasset-marts", [("title", "Statusrapport – mentorforløb"),
        ("kv", "Deltager", "Freja Poulsen"), ("kv", "Mentor", "Hanne Mørk, tlf. 53 80 11 20"),
        ("kv", "Rapportperiode", "1.-31. marts 2026"),
        ("p", "Freja har mødt op til 14 af 17 aftalte dage i praktikken. Vi har brugt 11 mentortimer i perioden."),
        ("h", "Vurdering"), ("p", "Progressionen er god. Vi anbefaler, at forløbet fortsætter uændret."),
        ("p", "Næste statusrapport sendes til Slagelse Kommune ultimo april.")], "status-report"))
    out.append(("status-trinet-midtvejs", [("title", "Midtvejsstatus"),
        ("p", "Til: Ringsted Kommune, att. Anders Vind. Fra: Trinet Mentor & Coaching."),
        ("p", "Jonas Møller har nu haft mentor i 3 måneder. Han møder på VUC 4 dage om ugen og har selv taget kontakt til "
              "studievejlederen. Timeforbrug: 26 timer af 36 bevilgede."),
        ("p", "Vi foreslår at drøfte forlængelse på statusmødet den 12. maj 2026.")], "status-report"))
    out.append(("faktura-nordmentor-2026-041", [("title", "Faktura nr. 2026-041"),
        ("p", "NordMentor I/S · CVR-nr. 36701844 · Ved Havnen 6, 4400 Kalundborg"),
        ("p", "Kalundborg Kommune, Jobcenter, EAN 5798003470018"),
        ("table", [["Tekst", "Antal", "Beløb"], ["Mentortimer marts 2026, borger ref. 2231", "12", "7.440,00"],
                   ["Mentortimer marts 2026, borger ref. 2240", "8", "4.960,00"], ["Moms 25 %", "", "3.100,00"],
                   ["I alt", "", "15.500,00"]]),
        ("p", "Betalingsbetingelser: netto 30 dage.")], "invoice"))
    out.append(("faktura-unigang-apr", [("title", "Faktura"), ("p", "Ung i Gang Mentorservice, Axeltorv 2, 4700 Næstved"),
        ("p", "Kunde: Næstved Kommune. Ordrenr. MEN-55102. Periode: april 2026."),
        ("table", [["Mentor", "Timer", "Beløb"], ["Camilla Dreyer", "22", "13.420 kr."], ["Mikkel Ravn", "15", "9.150 kr."]]),
        ("p", "Beløbet bedes indbetalt på reg. 9570 konto 0012345678.")], "invoice"))
    out.append(("rammeaftale-holbaek-jobbroen", [("title", "Rammeaftale om levering af mentorstøtte"),
        ("p", "mellem Holbæk Kommune (ordregiver) og Jobbroen ApS (leverandør)"),
        ("h", "1. Aftalens genstand"), ("p", "Leverandøren leverer mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats "
                                              "til borgere, som kommunen visiterer."),
        ("h", "2. Aftalens løbetid"), ("p", "Rammeaftalen løber fra 1. januar 2026 til 31. december 2027 med mulighed for forlængelse i 2 x 12 måneder."),
        ("h", "3. Krav til ydelsen"), ("p", "For hver borger udarbejder leverandøren en mentorplan med mål, opgaver, timetal og "
                                           "opfølgning. Kommunen træffer afgørelse og giver klagevejledning."),
        ("h", "4. Priser"), ("p", "Timepris 645 kr. ekskl. moms. Prisregulering én gang årligt."),
        ("h", "5. Tvister"), ("p", "Tvister afgøres ved de almindelige domstole.")], "framework-contract"))
    out.append(("rammeaftale-slagelse-delaftale3", [("title", "Delaftale 3: Mentor- og støtteindsatser"),
        ("p", "Slagelse Kommune – udbud 2025/118. Leverandør: Kompasset – socialøkonomisk virksomhed."),
        ("kv", "Kontraktperiode", "24 måneder fra kontraktunderskrift"), ("kv", "Kontraktens værdi", "ca. 2,4 mio. kr."),
        ("p", "Leverandøren skal kunne stille mentor til rådighed senest 5 arbejdsdage efter bestilling."),
        ("p", "Kvalitetskrav: Leverandøren indsender statusrapport hver måned og slutrapport ved forløbets afslutning.")], "framework-contract"))
    out.append(("mentoraftale-boldklub", [("title", "Mentoraftale – Kalundborg Boldklub, ungdomsafdelingen"),
        ("p", "Mellem U17-spiller Oliver Christiansen og seniorspiller Rasmus Holm (mentor)."),
        ("kv", "Mål", "Oliver vil gerne op på førsteholdet og have en fritidsjob-reference inden sommer."),
        ("kv", "Mentor", "Rasmus Holm, tlf. 26 11 45 90"), ("kv", "Periode", "Forårssæsonen 2026"),
        ("kv", "Vi mødes", "Efter træning hver torsdag, ca. en halv time"),
        ("p", "Aftalen er frivillig og kan stoppes af begge parter. Forældre er orienteret.")], "private-mentoraftale"))
    out.append(("mentoraftale-efterskole", [("title", "Mentoraftale – Sorø Efterskole"),
        ("p", "Elev: Maja Andersen, 10.B. Lærermentor: Tina Krogh (tinak@soroe-efterskole.dk)."),
        ("h", "Det vil vi arbejde med"), ("bullets", ["Lektier i matematik", "Ansøgning til gymnasiet", "Sovetider på gangen"]),
        ("p", "Vi mødes hver mandag i 6. lektion resten af skoleåret 2025/26. Forældresamtale ved juletid.")], "private-mentoraftale"))
    out.append(("mentoraftale-gymnasium", [("title", "Aftale om studiementor"),
        ("p", "Ringsted Gymnasium tilbyder ældre elever som studiementorer for 1.g-elever."),
        ("kv", "Studiementor", "Lucas Berg, 3.x"), ("kv", "Elev", "Ida Jørgensen, 1.c"),
        ("p", "Vi mødes i frokostpausen hver anden uge frem til jul. Skolens studievejleder følger op.")], "private-mentoraftale"))
    out.append(("nyhedsbrev-unigang", [("title", "Nyt fra Ung i Gang – forår 2026"),
        ("p", "Vi har fået ny aftale med Kalundborg Kommune og ansætter to nye mentorer. Velkommen til Mikkel Ravn!"),
        ("p", "Husk: fra 1. februar 2026 hedder det 'kommunen' og ikke 'jobcentret' i vores handleplaner.")], "newsletter"))
    out.append(("referat-leverandoermoede", [("title", "Referat: leverandørmøde om mentorstøtte"),
        ("p", "Deltagere: Holbæk Kommune (Helle Stenberg, Søren Egholm), Jobbroen ApS, NordMentor I/S."),
        ("h", "1. Mentorplaner"), ("p", "Kommunen ønsker, at timetal og klagevejledning ikke skrives i leverandørens plan, "
                                       "men fremgår af afgørelsen."),
        ("h", "2. Fakturering"), ("p", "Faktura sendes månedligt via EAN."), ("p", "Næste møde: 9. juni 2026.")], "minutes"))
    out.append(("kvalitetsstandard-udkast", [("title", "Udkast: Kvalitetsstandard for mentorstøtte, Sorø Kommune"),
        ("p", "En skriftlig aftale skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver "
              "mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
        ("p", "Mentorstøtte bevilges i højst 6 måneder ad gangen, jf. § 167.")], "guidance"))
    out.append(("tilbudsbrev-trinet", [("title", "Tilbud på mentorforløb"),
        ("p", "Til Næstved Kommune, att. Rikke Lauridsen."),
        ("p", "Tak for henvendelsen om Anna Winther. Vi kan tilbyde et forløb med opstart i uge 18. Vi foreslår 3 timer "
              "om ugen, men det endelige timetal fastsætter kommunen. Pris: 620 kr. pr. time."),
        ("p", "Med venlig hilsen Signe Bach, Trinet Mentor & Coaching, 60 12 34 70")], "offer-letter"))
    out.append(("jobopslag-kompasset", [("title", "Vi søger mentor (30 timer)"),
        ("p", "Kompasset i Slagelse søger en mentor til unge med psykisk sårbarhed. Du skal skrive mentorplaner, "
              "holde statusmøder med kommunen og følge unge i praktik."),
        ("p", "Ansøgningsfrist 15. marts 2026.")], "job-ad"))
    out.append(("timeseddel-jobbroen", [("title", "Timeseddel – mentor"),
        ("kv", "Mentor", "Kasper Holm"), ("kv", "Måned", "februar 2026"),
        ("table", [["Dato", "Borger (initialer)", "Timer", "Aktivitet"], ["03.02", "MK", "2", "Følges til praktik"],
                   ["05.02", "MK", "1,5", "Samtale"], ["10.02", "YD", "2", "Møde på VUC"]])], "timesheet"))
    out.append(("samtykke-nordmentor", [("title", "Samtykkeerklæring"),
        ("p", "Jeg giver samtykke til, at NordMentor I/S og Kalundborg Kommune udveksler oplysninger om mit mentorforløb, "
              "herunder statusrapporter. Samtykket gælder i 12 måneder og kan trækkes tilbage."),
        ("p", "Navn: ______________  Dato: ________")], "consent"))
    return out


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/eo")
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    to_odt = []

    def add(rel, fmt, kind, sub, layout, rules, blocks, header, cprno, traits, period=None):
        path = out / rel
        write(blocks, path, fmt, header)
        if fmt == "odt":
            to_odt.append(path)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
             "rules": sorted(set(rules)), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [cprno] if cprno else [], "traits": traits + (["cpr"] if cprno else [])}
        if period:
            e["period"] = {"start": period[0], "end": period[1]}
        entries.append(e)

    # agreements: 8 per provider
    n = 0
    for prov in PROVIDERS:
        for k in range(8):
            n += 1
            muni = PROV_MUNIS[prov][k % 3]
            fmt = AGREEMENT_FORMATS[prov][k % len(AGREEMENT_FORMATS[prov])]
            clean = rng.random() < 0.4
            defects = [] if clean else list(rng.choice(DEFECT_MENU))
            extra = None
            if "missing-appeal-guidance" not in defects and rng.random() < 0.3:
                extra = "attached-decision"
            elif "missing-appeal-guidance" in defects and rng.random() < 0.5:
                extra = "referenced-decision"
            citizen = rng.choice(CITIZENS)
            cprno = cpr(rng) if rng.random() < 0.3 else None
            f = mk_fields(rng, prov, muni, defects, citizen)
            blocks, header = layout_agreement(rng, prov, muni, f, citizen, cprno, extra)
            if extra == "attached-decision" and f["appeal"] is not None and False:
                pass
            rules = list(defects)
            # appeal present only through attachment counts as present
            if extra == "attached-decision" and "missing-appeal-guidance" in rules:
                rules.remove("missing-appeal-guidance")
            slug = citizen.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            rel = f"leverandoerer/{prov}/{muni}/{PROVIDERS[prov]['doc'].lower().replace(' ', '-').replace('ø', 'oe')}-{slug}-{n:03d}.{fmt}"
            traits = [f"provider:{prov}", f"muni:{muni}"] + ([f"extra:{extra}"] if extra else []) + [f"defect:{d}" for d in defects]
            per = (f["start"], f["end"]) if f["start"] else None
            add(rel, fmt, "agreement", "provider-agreement", f"{prov}-template", rules, blocks, header, cprno, traits, per)

    # provider e-mails to the caseworker with the plan attached (docx): 3
    for k, prov in enumerate(["jobbroen", "unigang", "kompasset"]):
        muni = PROV_MUNIS[prov][k]
        defects = [[], ["missing-appeal-guidance"], ["missing-hours"]][k]
        citizen = rng.choice(CITIZENS); cprno = cpr(rng) if rng.random() < 0.3 else None
        f = mk_fields(rng, prov, muni, defects, citizen)
        blocks, header = layout_agreement(rng, prov, muni, f, citizen, cprno, None)
        with tempfile.TemporaryDirectory() as td:
            att = Path(td) / "plan.docx"
            render_docx(blocks, att, header)
            data = att.read_bytes()
        p = PROVIDERS[prov]; mname = f["mentor_parts"][0] if f["mentor_parts"] else p["mentors"][0][0]
        msg = EmailMessage()
        msg["From"] = f"{mname} <post@{p['dom']}>"; msg["To"] = f"sagsbehandler@{MUNIS[muni][3]}"
        msg["Subject"] = f"{p['doc']} for {citizen.split()[0]} til godkendelse"
        msg["Date"] = "Wed, 18 Mar 2026 14:03:00 +0100"
        msg.set_content(f"Hej\n\nHermed {p['doc'].lower()} for {citizen.split()[0]}, som vi lavede ved opstartsmødet. "
                        "Vil du se den igennem og tilføje det, kommunen skal udfylde?\n\nVenlig hilsen\n" + mname)
        msg.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=f"{p['doc'].replace(' ', '_')}_{citizen.split()[0]}.docx")
        rel = f"leverandoerer/{prov}/{muni}/mail-{p['doc'].lower().replace(' ', '-').replace('ø', 'oe')}-{k+1}.eml"
        path = out / rel; path.parent.mkdir(parents=True, exist_ok=True); path.write_bytes(bytes(msg))
        entries.append({"path": rel, "format": "eml", "kind": "agreement", "subtype": "provider-agreement",
                        "layout": f"{prov}-template-in-mail", "rules": sorted(defects), "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": [cprno] if cprno else [],
                        "traits": [f"provider:{prov}", f"muni:{muni}", "mail-attachment"] + [f"defect:{d}" for d in defects]
                                  + (["cpr"] if cprno else []),
                        **({"period": {"start": f["start"], "end": f["end"]}} if f["start"] else {})})

    # decisions: 18
    subs = ["grant"] * 7 + ["partial"] * 3 + ["extension"] * 4 + ["refusal"] * 2 + ["end"] * 2
    dec_fmts = ["pdf", "docx", "eml", "txt", "html", "pdf"]
    for i, sub in enumerate(subs):
        muni = list(MUNIS)[i % 6]; prov = list(PROVIDERS)[(i * 5) % 6]
        citizen = rng.choice(CITIZENS); cprno = cpr(rng) if rng.random() < 0.3 else None
        defects = []
        r = rng.random()
        if r < 0.38:
            defects.append("missing-appeal-guidance")
        if sub in ("grant", "extension") and rng.random() < 0.4:
            defects.append("duration-over-6-months")
        blocks, per = decision_blocks(rng, muni, prov, citizen, cprno, sub, defects)
        fmt = dec_fmts[i % len(dec_fmts)]
        rel = f"kommuner/{muni}/afgoerelser/afgoerelse-{sub}-{i+1:02d}.{fmt}"
        traits = [f"muni:{muni}", f"provider:{prov}", f"decision:{sub}"] + [f"defect:{d}" for d in defects]
        pr = (per[1], per[2]) if per else None
        if fmt == "eml":
            path = out / rel; path.parent.mkdir(parents=True, exist_ok=True)
            msg = EmailMessage()
            msg["From"] = f"{MUNIS[muni][0]} <job@{MUNIS[muni][3]}>"; msg["To"] = f"{citizen} <borger@example.dk>"
            msg["Subject"] = next(b[1] for b in blocks if b[0] == "title"); msg["Date"] = "Tue, 10 Mar 2026 09:12:00 +0100"
            msg.set_content(render_text(blocks))
            path.write_bytes(bytes(msg))
            entries.append({"path": rel, "format": "eml", "kind": "decision", "subtype": sub, "layout": "municipal-mail",
                            "rules": sorted(defects), "extras": [], "error": None, "accept_errors": [],
                            "must_not_contain": [cprno] if cprno else [], "traits": traits + (["cpr"] if cprno else []),
                            **({"period": {"start": pr[0], "end": pr[1]}} if pr else {})})
        else:
            add(rel, fmt, "decision", sub, "municipal-letter", defects, blocks, None, cprno, traits, pr)

    # Min Plan: 15
    mp_defects = [[], [], [], [], [], [], ["missing-mentor"], ["missing-hours"], ["unclear-goal"], ["duration-over-6-months"],
                  ["missing-tasks"], ["missing-duration"], ["missing-hours", "unclear-goal"], ["missing-goal"], ["missing-mentor"]]
    mp_fmts = ["html", "txt", "pdf", "html", "docx"]
    for i, d in enumerate(mp_defects):
        muni = list(MUNIS)[(i * 2) % 6]; prov = list(PROVIDERS)[i % 6]
        citizen = rng.choice(CITIZENS); cprno = cpr(rng) if rng.random() < 0.3 else None
        blocks, f = minplan_blocks(rng, muni, prov, citizen, cprno, d)
        fmt = mp_fmts[i % len(mp_fmts)]
        rel = f"kommuner/{muni}/minplan/minplan-mentor-{i+1:02d}.{fmt}"
        traits = [f"muni:{muni}", f"provider:{prov}"] + [f"defect:{x}" for x in d]
        per = (f["start"], f["end"]) if f["start"] else None
        add(rel, fmt, "minplan", "minplan", "minplan-export", d, blocks, None, cprno, traits, per)

    # unknown: 19
    u_fmts = ["pdf", "docx", "html", "txt", "md", "pdf", "docx", "odt", "rtf"]
    for i, (slug, blocks, lay) in enumerate(unknown_docs(rng)):
        fmt = u_fmts[i % len(u_fmts)]
        cprno = None
        if lay in ("status-report", "consent") and i % 2 == 0:
            cprno = cpr(rng); blocks = blocks[:1] + [("p", f"CPR: {cprno}")] + blocks[1:]
        add(f"oevrigt/{slug}.{fmt}", fmt, "unknown", lay, lay, [], blocks, None, cprno, [f"nearmiss:{lay}"])

    # odt conversion
    if to_odt:
        with tempfile.TemporaryDirectory() as td:
            by_dir = {}
            for pth in to_odt:
                by_dir.setdefault(pth.parent, []).append(pth)
            for d, ps in by_dir.items():
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_eo_profile", "--headless",
                                "--convert-to", "odt", "--outdir", str(d), *[str(p.with_suffix('.docx')) for p in ps]],
                               check=True, capture_output=True, timeout=300)
                for p in ps:
                    p.with_suffix(".docx").unlink()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(entries), "documents written to", out)


if __name__ == "__main__":
    main()
