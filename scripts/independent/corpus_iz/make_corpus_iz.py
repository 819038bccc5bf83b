#!/usr/bin/env python3
"""Corpus IZ: a municipality's archive of mentor paperwork, 2014-2026.

Fictional Vesterå Kommune. Documents from the LAB § 31 b period (kap. 9 b), the § 167 period
(from 1 Jan 2020) and the "kommunen" period (from 1 Feb 2026); old letterheads, old plan names
(Jobplan / Uddannelsesplan / Min Plan), converted files, and the same citizens renewed over years.

Usage: /work/main/.venv/bin/python make_corpus_iz.py --out /work/corpora/iz [--seed 2014]
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

# ---------------------------------------------------------------- letterheads by era
HEAD = {
    "2014": ["Vesterå Kommune", "Jobcenter Vesterå – Arbejdsmarkedsafdelingen", "Torvegade 4, 7790 Vesterå · tlf. 96 11 40 00"],
    "2017": ["Jobcenter Vesterå", "Team Aktivitetsparate", "Torvegade 4, 7790 Vesterå · jobcenter@vestera.dk"],
    "2020": ["Jobcenter Vesterå · Job & Uddannelse", "Vesterå Kommune", "Rådhusvej 10, 7790 Vesterå · tlf. 96 11 41 00"],
    "2026": ["Vesterå Kommune", "Beskæftigelse og Uddannelse", "Rådhusvej 10, 7790 Vesterå · beskaeftigelse@vestera.dk"],
}

# ---------------------------------------------------------------- appeal texts
APPEAL = {
    "2014": ("Hvis du ikke er enig i afgørelsen, kan du klage til Jobcenter Vesterå. Klagen skal være "
             "modtaget senest 4 uger efter, at du har fået denne afgørelse. Du kan klage skriftligt eller "
             "mundtligt. Jobcentret genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre "
             "til Ankestyrelsen, jf. retssikkerhedslovens kapitel 10."),
    "2017": ("Du kan klage over afgørelsen til Jobcenter Vesterå inden fire uger fra du har modtaget "
             "brevet. Vi vurderer sagen igen. Hvis vi ikke giver dig medhold, sender vi klagen og sagens "
             "akter til Ankestyrelsen, Beskæftigelsesudvalget."),
    "2020": ("Du kan klage over afgørelsen. Klagen sendes til Jobcenter Vesterå, Rådhusvej 10, inden 4 uger "
             "efter at du har modtaget afgørelsen. Jobcentret genvurderer sagen inden 4 uger. Fastholder "
             "jobcentret afgørelsen, sendes klagen til Ankestyrelsen, jf. LAB § 204 og "
             "retssikkerhedslovens §§ 66-67."),
    "2026": ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til Vesterå Kommune inden fire uger. "
             "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
             "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen."),
    "vague": "Du kan klage over afgørelsen.",
    "nodeadline": "Eventuel klage sendes til Jobcenter Vesterå, Torvegade 4, 7790 Vesterå.",
    "direct": ("Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
               "Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice."),
    "other": ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
              "befordringsgodtgørelse til Jobcenter Vesterå inden 4 uger."),
}

LAW = {
    "31b": "lov om en aktiv beskæftigelsesindsats kapitel 9 b, § 31 b",
    "31b2": "lov om en aktiv beskæftigelsesindsats § 31 b, stk. 2",
    "93": "lov om en aktiv beskæftigelsesindsats § 31 b og § 93 (ret- og pligtmentor)",
    "96c": "lov om en aktiv beskæftigelsesindsats § 31 b og § 96 c",
    "both": "LAB § 167 (tidligere § 31 b)",
    "167": "lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
    "1672": "LAB § 167, stk. 2",
}


# Each era's template names the fields its own way (the 2020 template keeps the defaults).
ERA_LABELS = {
    "2014": {"Målet med mentorstøtten": "Formål med mentorstøtten", "Mentor": "Mentor (navn og tlf.)",
             "Periode": "Varighed", "Timetal": "Timetal pr. uge", "Opfølgning": "Opfølgning og evaluering"},
    "2017": {"Målet med mentorstøtten": "Mål og delmål", "Mentorens opgaver": "Indsatsområder",
             "Periode": "Bevilget periode", "Timetal": "Antal timer", "Opfølgning": "Status og opfølgning",
             "Klagevejledning": "Sådan klager du"},
    "2026": {"Mentor": "Din mentor", "Mentorens opgaver": "Det skal mentoren hjælpe dig med",
             "Timetal": "Timer om ugen", "Opfølgning": "Sådan følger vi op", "Klagevejledning": "Hvis du vil klage"},
}


class Doc:
    def __init__(self, path, kind, fmt, layout, title, blocks, rules=(), extras=(), traits=(),
                 period=None, cpr=None, head="2020", subtype=None, meta=None):
        self.path, self.kind, self.fmt, self.layout = path, kind, fmt, layout
        self.title, self.blocks = title, blocks
        self.rules, self.extras, self.traits = sorted(set(rules)), sorted(set(extras)), list(traits)
        self.period, self.cpr, self.head = period, cpr, head
        self.subtype = subtype or kind
        self.meta = meta or {}


def cprgen(rng, y):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    return f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- renderers
def header_lines(d):
    lines = list(HEAD.get(d.head, [])) if d.head else []
    return lines


def to_text(d, md=False):
    out = []
    for h in header_lines(d):
        out.append(h)
    if out:
        out.append("")
    out.append(("# " if md else "") + d.title)
    if not md:
        out.append("=" * min(len(d.title), 60) if d.layout.endswith("underline") else "")
    out.append("")
    for h, t in d.blocks:
        if d.layout == "pipe-rows":
            out.append(t)
            continue
        if h is None:
            out.append(t)
        elif md:
            out.append(f"## {h}")
            out.append("")
            out.append(t)
        elif d.layout.startswith("inline") or d.layout.endswith("inline"):
            out.append(f"{h}: {t}")
        else:
            out.append(f"{h}:")
            out.append(t)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_txt(d, p):
    text = to_text(d, md=False)
    enc = d.meta.get("encoding", "utf-8")
    if d.meta.get("wrap"):
        import textwrap
        text = "\n".join(textwrap.fill(l, 72) if len(l) > 72 else l for l in text.split("\n")) + "\n"
    if d.meta.get("crlf"):
        text = text.replace("\n", "\r\n")
    p.write_bytes(text.encode(enc))


def write_md(d, p):
    p.write_text(to_text(d, md=True), encoding="utf-8")


def write_html(d, p):
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(d.title)}</title></head><body>"]
    if d.head:
        parts.append('<div class="brevhoved">' + "<br>".join(e(x) for x in HEAD[d.head]) + "</div>")
    parts.append(f"<h1>{e(d.title)}</h1>")
    if d.layout.startswith("table"):
        parts.append('<table border="1">')
        for h, t in d.blocks:
            if h is None:
                parts.append(f'<tr><td colspan="2">{e(t)}</td></tr>')
            else:
                parts.append(f"<tr><th>{e(h)}</th><td>{e(t)}</td></tr>")
        parts.append("</table>")
    else:
        for h, t in d.blocks:
            if h is not None:
                parts.append(f"<h2>{e(h)}</h2>")
            for para in t.split("\n"):
                parts.append(f"<p>{e(para)}</p>")
    parts.append("</body></html>")
    enc = d.meta.get("encoding", "utf-8")
    txt = "\n".join(parts)
    if enc != "utf-8":
        txt = txt.replace('<meta charset="utf-8">', f'<meta charset="{enc}">')
    p.write_bytes(txt.encode(enc))


def write_docx(d, p):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    if d.head:
        sec = doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = " · ".join(HEAD[d.head])
    doc.add_heading(d.title, level=1)
    if d.layout.startswith("table"):
        rows = [(h, t) for h, t in d.blocks if h is not None]
        pre = [t for h, t in d.blocks if h is None]
        for t in pre[:1]:
            doc.add_paragraph(t)
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for h, t in rows:
            c = tbl.add_row().cells
            c[0].text, c[1].text = h, t
        for t in pre[1:]:
            doc.add_paragraph(t)
    else:
        for h, t in d.blocks:
            if h is not None:
                if d.layout.startswith("bold"):
                    r = doc.add_paragraph().add_run(h)
                    r.bold = True
                    r.font.size = Pt(11)
                else:
                    doc.add_heading(h, level=2)
            for para in t.split("\n"):
                doc.add_paragraph(para)
    doc.save(str(p))


def write_pdf(d, p):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    st = getSampleStyleSheet()
    e = htmlmod.escape
    story = []
    if d.head:
        for h in HEAD[d.head]:
            story.append(Paragraph(e(h), st["Normal"]))
        story.append(Spacer(1, 12))
    story.append(Paragraph(e(d.title), st["Heading1"]))
    if d.layout.startswith("table"):
        data = []
        for h, t in d.blocks:
            if h is None:
                story.append(Paragraph(e(t), st["Normal"]))
            else:
                data.append([Paragraph(f"<b>{e(h)}</b>", st["Normal"]), Paragraph(e(t), st["Normal"])])
        tb = Table(data, colWidths=[140, 330])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(tb)
    else:
        for h, t in d.blocks:
            if h is not None:
                story.append(Paragraph(e(h), st["Heading3"]))
            for para in t.split("\n"):
                story.append(Paragraph(e(para), st["Normal"]))
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(p), pagesize=A4, title=d.title, lang="da").build(story)


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(d, p):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs22 "]
    for h in header_lines(d):
        parts.append(rtf_escape(h) + r"\par ")
    parts.append(r"\par {\b\fs28 " + rtf_escape(d.title) + r"}\par\par ")
    for h, t in d.blocks:
        if h is not None:
            parts.append(r"{\b " + rtf_escape(h) + r"}\par ")
        for para in t.split("\n"):
            parts.append(rtf_escape(para) + r"\par ")
        parts.append(r"\par ")
    parts.append("}")
    p.write_text("".join(parts), encoding="ascii")


def write_odt(d, p):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    for h in header_lines(d):
        doc.text.addElement(P(text=h))
    doc.text.addElement(H(outlinelevel=1, text=d.title))
    for h, t in d.blocks:
        if h is not None:
            doc.text.addElement(H(outlinelevel=2, text=h))
        for para in t.split("\n"):
            doc.text.addElement(P(text=para))
    doc.save(str(p))


def write_eml(d, p):
    m = EmailMessage()
    m["From"] = d.meta.get("from", "Jobcenter Vesterå <jobcenter@vestera.dk>")
    m["To"] = d.meta.get("to", "borger@example.dk")
    m["Subject"] = d.title
    m["Date"] = format_datetime(datetime.fromisoformat(d.meta.get("date", "2020-01-01T10:00:00")).replace(tzinfo=timezone.utc))
    body = []
    for h, t in d.blocks:
        body.append(t if h is None else f"{h}: {t}")
        body.append("")
    m.set_content("\n".join(body))
    p.write_bytes(bytes(m))


def write_scan(d, p):
    import subprocess, tempfile
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        write_pdf(d, td / "src.pdf")
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(td / "src.pdf"), str(td / "pg")], check=True)
        pages = sorted(td.glob("pg*.png"))
        (td / "list.txt").write_text("\n".join(str(x) for x in pages) + "\n")
        subprocess.run(["tesseract", str(td / "list.txt"), str(td / "out"), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        shutil.copy(td / "out.pdf", p)


WRITERS = {"scan": write_scan, "txt": write_txt, "md": write_md, "html": write_html, "docx": write_docx, "pdf": write_pdf,
           "rtf": write_rtf, "odt": write_odt, "eml": write_eml}


# ---------------------------------------------------------------- building blocks
def agreement_blocks(*, citizen, cpr=None, mentor, goal, tasks, period, hours, follow, appeal,
                     law=None, labels=None, intro=None, extra=None):
    L = {"goal": "Målet med mentorstøtten", "mentor": "Mentor", "tasks": "Mentorens opgaver",
         "period": "Periode", "hours": "Timetal", "follow": "Opfølgning", "appeal": "Klagevejledning"}
    if labels:
        L.update(labels)
    b = []
    b.append((None, intro or f"Aftale mellem {citizen}, mentor og jobcentret."))
    b.append(("Borger", citizen + (f", CPR-nr. {cpr}" if cpr else "")))
    if law:
        b.append(("Lovgrundlag", law))
    for key, val in (("goal", goal), ("mentor", mentor), ("tasks", tasks), ("period", period),
                     ("hours", hours), ("follow", follow)):
        if val is not None:
            b.append((L[key], val))
    if extra:
        b.extend(extra)
    if appeal is not None:
        b.append((L["appeal"], appeal))
    return b


def build(rng):
    docs: list[Doc] = []
    add = docs.append

    cprC, cprY, cprO, cprL = cprgen(rng, 1988), cprgen(rng, 2001), cprgen(rng, 1985), cprgen(rng, 1999)
    cprMe, cprK, cprG = cprgen(rng, 1993), cprgen(rng, 1981), cprgen(rng, 1968)
    cprS, cprP, cprA, cprH = cprgen(rng, 1990), cprgen(rng, 1979), cprgen(rng, 2003), cprgen(rng, 1983)
    # ===================== citizen 1: Jesper Holm Andersen, renewed 2015 -> 2026 =====================
    c1 = "Jesper Holm Andersen"
    cpr1 = cprgen(rng, 1991)
    m1a = "Bente Kjær, Vesterå Værksted, tlf. 96 11 47 20"
    goal1 = ("Jesper er i virksomhedspraktik på Vesterå Genbrugsplads 12 timer om ugen og møder "
             "mindst 3 af 3 aftalte dage fra 1. maj 2015.")
    add(Doc("2015/c1-jesper/mentoraftale_2015-02.docx", "agreement", "docx", "bold-headings",
            "Mentoraftale – mentorstøtte efter LAB § 31 b",
            agreement_blocks(citizen=c1, cpr=cpr1, mentor=m1a, goal=goal1,
                             tasks="Følge Jesper til praktikstedet de første to uger. Vække-opkald mandag og onsdag. Samtale om fremmøde en gang om ugen.",
                             period="2. februar 2015 – 31. juli 2015", hours="3 timer pr. uge",
                             follow="Statusmøde med jobkonsulent hver måned; evaluering 14 dage før støtten ophører.",
                             appeal=APPEAL["2014"], law=LAW["31b"]),
            traits=["era:31b", "head:2014", "series:c1", "cpr", "period:within"], cpr=cpr1, head="2014",
            period={"start": "2015-02-02", "end": "2015-07-31"}))
    add(Doc("2015/c1-jesper/jobplan_mentor_2015.txt", "minplan", "txt", "label-lines",
            "Jobplan – Jesper Holm Andersen",
            [(None, "Udskrevet fra Jobnet 03.02.2015"),
             ("Beskæftigelsesmål", "Lager eller genbrug, ufaglært"),
             ("Aktivitet", "Mentorstøtte (§ 31 b)"),
             ("Formål", goal1),
             ("Mentor", m1a),
             ("Mentorens opgaver", "Fremmødestøtte, transport, kontakt til praktikvært"),
             ("Periode", "02.02.2015 - 31.07.2015"),
             ("Timer", "3 t/uge")],
            traits=["era:31b", "oldname:jobplan", "series:c1", "period:within"], head=None,
            period={"start": "2015-02-02", "end": "2015-07-31"}))
    add(Doc("2015/c1-jesper/forlaengelse_mentor_aug2015.pdf", "decision", "pdf", "letter",
            "Afgørelse: Forlængelse af mentorstøtte",
            [(None, "Kære Jesper"),
             (None, "Du får forlænget din mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 31 b med en ny periode fra 1. august 2015 til 31. januar 2016. Mentor er fortsat Bente Kjær. Timetallet er 3 timer om ugen."),
             ("Begrundelse", "Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men at du stadig har brug for hjælp til at møde stabilt."),
             ("Klagevejledning", APPEAL["2014"]),
             (None, "Med venlig hilsen\nHanne Lund, jobkonsulent")],
            traits=["era:31b", "head:2014", "series:c1", "extension", "period:within"], head="2014",
            period={"start": "2015-08-01", "end": "2016-01-31"}))
    add(Doc("2019/c1-jesper/bevilling_mentor_okt2019.docx", "decision", "docx", "letter",
            "Bevilling af mentorstøtte",
            [(None, f"Vedr.: {c1}"),
             (None, "Jobcentret har bevilget dig mentorstøtte efter LAB § 31 b i perioden 1. oktober 2019 til 31. marts 2020, 2 timer om ugen. Fra 1. januar 2020 gælder den nye lov, hvor reglerne står i § 167; det ændrer ikke din bevilling."),
             (None, "Din mentor er Kasper Ibsen, Jobværkstedet, tlf. 22 41 18 90."),
             ("Klagevejledning", APPEAL["nodeadline"])],
            rules=["missing-appeal-guidance"],
            traits=["era:31b->167", "cites-both", "head:2017", "series:c1", "defect:appeal-no-deadline"],
            head="2017", period={"start": "2019-10-01", "end": "2020-03-31"}))
    add(Doc("2022/c1-jesper/minplan_mentor_2022.html", "minplan", "html", "table",
            "Min Plan – Mentorstøtte",
            [(None, f"Borger: {c1}"),
             ("Indsats", "Mentorstøtte, LAB § 167"),
             ("Mål", "Jesper har fastholdt sit løntilskudsjob som lagermedhjælper hos Vesterå Byggemarked 25 timer om ugen ved udgangen af perioden."),
             ("Mentor", "Kasper Ibsen, Jobværkstedet, kasper.ibsen@jobvaerkstedet.dk"),
             ("Opgaver", "Samtaler på arbejdspladsen, hjælp til kontakt med arbejdsgiver ved fravær"),
             ("Periode", "01.03.2022 - 31.10.2022"),
             ("Timer", "2 timer pr. uge")],
            rules=["duration-over-6-months"],
            traits=["era:167", "series:c1", "defect:over-6", "period:8-months"], head=None,
            period={"start": "2022-03-01", "end": "2022-10-31"}))
    add(Doc("2026/c1-jesper/aftale_mentor_2026.odt", "agreement", "odt", "headings",
            "Aftale om mentorstøtte",
            agreement_blocks(citizen=c1, cpr=cpr1, mentor="Kasper Ibsen, Jobværkstedet, tlf. 22 41 18 90",
                             goal="Jesper går fra løntilskud til ordinære timer hos Vesterå Byggemarked og arbejder mindst 15 ordinære timer om ugen senest 1. september 2026.",
                             tasks="Støtte ved overgangen til ordinær ansættelse; samtale med leder hver 14. dag; hjælp til at læse lønsedler og vagtplaner.",
                             period="1. april 2026 – 30. september 2026", hours="2 timer om ugen",
                             follow="Opfølgning hver anden måned og status 4 uger før perioden udløber.",
                             appeal=APPEAL["2026"], law="LAB § 167, stk. 1",
                             intro="Her får du det, vi blev enige om på mødet den 24. marts 2026, skrevet ned."),
            traits=["era:kommunen", "head:2026", "series:c1", "cpr", "period:exact-six"], cpr=cpr1, head="2026",
            period={"start": "2026-04-01", "end": "2026-09-30"}))

    # ===================== citizen 2: Mette Sørensen, ret- og pligtmentor 2015 -> 2017 ==============
    c2 = "Mette Sørensen"
    add(Doc("2015/c2-mette/pligtmentor_aftale_2015.rtf", "agreement", "rtf", "headings",
            "Aftale om ret- og pligtmentor",
            agreement_blocks(citizen=c2, cpr=cprMe, mentor="Ole Dam, Jobcenter Vesterå, tlf. 96 11 40 37",
                             goal="Mette kan deltage i et tilbud efter kapitel 10-12, og er startet i virksomhedspraktik i en dagligvarebutik senest 1. oktober 2015.",
                             tasks="Ugentlig kontakt (mindst 1 gang ugentligt) ved møde eller telefon; hjælp til at holde aftaler med psykiatrien; følge Mette til møder i jobcentret.",
                             period="1. april 2015 – 30. september 2015", hours="1-2 timer pr. uge",
                             follow="Evaluering hver måned, og altid 14 dage før støtteperioden ophører.",
                             appeal=APPEAL["2014"], law=LAW["93"]),
            traits=["era:31b", "type:pligtmentor", "weekly-contact", "series:c2", "period:exact-six"], cpr=cprMe, head="2014",
            period={"start": "2015-04-01", "end": "2015-09-30"}))
    add(Doc("2016/c2-mette/pligtmentor_forlaengelse_2016.txt", "agreement", "txt", "label-lines",
            "Forlængelse af aftale om ret- og pligtmentor",
            agreement_blocks(citizen=c2, mentor="Ole Dam, Jobcenter Vesterå, tlf. 96 11 40 37",
                             goal="Mette deltager i virksomhedspraktik i Netto, Vestergade, 10 timer om ugen.",
                             tasks="Kontakt en gang hver anden uge; hjælp til transport og til at melde fravær.",
                             period="1. oktober 2015 - 31. marts 2016", hours=None,
                             follow="Statusmøde hver anden måned.",
                             appeal=APPEAL["2014"], law="LAB § 93 (efter lovændring fra januar 2016: kontakt hver anden uge)"),
            rules=["missing-hours"],
            traits=["era:31b", "type:pligtmentor", "extension", "defect:no-hours", "series:c2", "converted:doc->txt", "cp1252"],
            head="2014", meta={"encoding": "cp1252", "crlf": True},
            period={"start": "2015-10-01", "end": "2016-03-31"}))
    add(Doc("2017/c2-mette/ophoer_mentor_2017.pdf", "decision", "pdf", "letter",
            "Afgørelse om ophør af mentorstøtte",
            [(None, "Kære Mette Sørensen"),
             (None, "Din ret- og pligtmentor ophører den 28. februar 2017, fordi du nu deltager i et tilbud efter lovens kapitel 11."),
             ("Begrundelse", "Du har i de sidste tre måneder deltaget stabilt i virksomhedspraktikken. Efter § 93 kan mentorstøtten ophøre, når du kan deltage i et tilbud."),
             ("Sådan klager du", APPEAL["2017"])],
            traits=["era:31b", "type:pligtmentor", "end", "head:2017", "series:c2"], head="2017"))

    # ===================== citizen 3: Ali Hassan, uddannelsesmentor 2016 -> 2021 ================
    c3 = "Ali Hassan"
    cpr3 = cprgen(rng, 1997)
    add(Doc("2016/c3-ali/uddannelsesplan_mentor_2016.md", "minplan", "md", "markdown",
            "Uddannelsesplan – mentor",
            [(None, f"Navn: {c3}"),
             ("Uddannelsesmål", "Ali starter på EUD grundforløb 1 (Smed) på Vesterå Tekniske Skole i august 2016."),
             ("Mentor", "Lise Bro, uddannelsesmentor, lise.bro@vestera.dk"),
             ("Mentorens opgaver", "Ugentlig samtale om skolegang; hjælp til SU-ansøgning og skema."),
             ("Varighed", "uge 32 2016 til uge 5 2017"),
             ("Timetal", "2 timer om ugen")],
            traits=["era:31b", "oldname:uddannelsesplan", "type:uddannelsesmentor", "series:c3", "period:week-numbers"],
            head=None, period={"start": "2016-08-08", "end": "2017-02-05"}))
    add(Doc("2016/c3-ali/mentoraftale_uddannelse_2016.docx", "agreement", "docx", "table",
            "Mentoraftale (uddannelsesmentor)",
            agreement_blocks(citizen=c3, cpr=cpr3, mentor="Lise Bro, tlf. 96 11 40 88",
                             goal="Støtte til at komme godt i gang og få øget trivsel.",
                             tasks="Samtaler mindst hver 14. dag, i person eller telefonisk; kontakt til skolens elevcoach.",
                             period="8.8.2016 – 5.2.2017", hours="2 timer om ugen",
                             follow="Opfølgning hver 3. måned og 14 dage før ophør.",
                             appeal=APPEAL["2014"], law=LAW["31b"]),
            rules=["unclear-goal"],
            traits=["era:31b", "type:uddannelsesmentor", "defect:unclear-goal", "series:c3", "cpr"],
            cpr=cpr3, head="2014", period={"start": "2016-08-08", "end": "2017-02-05"}))
    add(Doc("2021/c3-ali/afgoerelse_mentor_2021.html", "decision", "html", "letter",
            "Afgørelse om mentorstøtte",
            [(None, f"Til {c3}"),
             (None, "Du får mentorstøtte efter LAB § 167 (tidligere § 31 b) fra 1. februar 2021 til 31. januar 2022 i 2 timer om ugen, så du kan gennemføre hovedforløbet som smed."),
             ("Klagevejledning", APPEAL["2020"])],
            rules=["duration-over-6-months"],
            traits=["era:167", "cites-both", "defect:over-6", "period:12-months", "series:c3"], head="2020",
            period={"start": "2021-02-01", "end": "2022-01-31"}))

    # ===================== citizen 4: Karen Vinther, udskrivningskoordinator ============================
    c4 = "Karen Vinther"
    add(Doc("2018/c4-karen/udskrivningskoordinator_aftale_2018.pdf", "agreement", "pdf", "table",
            "Aftale om udskrivningskoordinator",
            agreement_blocks(citizen=c4, mentor="Susanne Holt, udskrivningskoordinator, tlf. 96 11 40 55",
                             goal="Karen vender efter udskrivelsen tilbage til sit job som kontorassistent i Vesterå Boligforening, først 10 timer om ugen og fuld tid senest 1. december 2018.",
                             tasks="Koordinere mellem afdeling P3, Karen, arbejdsgiver og jobcentret; deltage i udskrivningsmødet; ugentlig samtale efter udskrivelsen.",
                             period="Fra 5. marts 2018 (3 måneder før forventet udskrivelse 4. juni 2018) til 3. december 2018",
                             hours="2 timer pr. uge",
                             follow="Statusmøde ved udskrivelsen og derefter hver måned.",
                             appeal=APPEAL["2017"], law=LAW["31b2"]),
            traits=["era:31b", "type:udskrivningskoordinator", "legit-long-period", "period:9-months"], head="2017",
            period={"start": "2018-03-05", "end": "2018-12-03"}))
    add(Doc("2023/c4-karen/afgoerelse_udskrivningskoordinator_2023.docx", "decision", "docx", "letter",
            "Afgørelse – mentorstøtte som udskrivningskoordinator",
            [(None, f"Kære {c4}"),
             (None, "Du har ret til en udskrivningskoordinator efter LAB § 167, stk. 2. Støtten gives fra 12. januar 2023, tre måneder før din forventede udskrivelse, og frem til 12. oktober 2023, i alt ni måneder."),
             (None, "Din koordinator er Susanne Holt, tlf. 96 11 40 55."),
             ("Klagevejledning", APPEAL["direct"])],
            extras=["appeal-wrong-route"],
            traits=["era:167", "type:udskrivningskoordinator", "legit-long-period", "wrong-route"], head="2020",
            period={"start": "2023-01-12", "end": "2023-10-12"}))

    # ===================== citizen 5: Nanna Friis, studiestartskoordinator 2014-2016 =====================
    c5 = "Nanna Friis"
    cpr5 = cprgen(rng, 1994)
    add(Doc("2014/c5-nanna/studiestartskoordinator_2014.txt", "agreement", "txt", "inline",
            "AFTALE OM STUDIESTARTSKOORDINATOR",
            agreement_blocks(citizen=c5, cpr=cpr5, mentor="Rikke Mose, Studiestart Vesterå, rikke.mose@vestera.dk",
                             goal="Nanna gennemfører første år af pædagoguddannelsen på VIA Vesterå og består 1. årsprøve i juni 2015.",
                             tasks="Hjælp til at få hverdagen med barn og studie til at hænge sammen; kontakt til studievejleder; planlægning af pasning.",
                             period="1. september 2014 til 31. august 2015 (hele det første studieår)",
                             hours="Minimum 10 timer i det første studieår",
                             follow="Evaluering efter hvert semester.",
                             appeal=APPEAL["2014"], law="LAB § 31 b, forsøgsordning med studiestartskoordinator (15.1.2014-31.12.2016)"),
            traits=["era:31b", "type:studiestartskoordinator", "legit-long-period", "cpr", "converted:wordperfect->txt"],
            cpr=cpr5, head="2014", meta={"encoding": "cp1252", "wrap": True},
            period={"start": "2014-09-01", "end": "2015-08-31"}))

    # ===================== 2017-2019 general agreements / decisions / plans ==========================
    add(Doc("2017/aftaler/mentoraftale_tilbudsmentor_lars.docx", "agreement", "docx", "table",
            "Mentoraftale – tilbudsmentor",
            agreement_blocks(citizen="Lars Winther", mentor="Birgit Skov, Vesterå Træværksted, tlf. 40 12 77 31",
                             goal="Lars gennemfører virksomhedspraktik på Vesterå Træværksted 20 timer om ugen og er afklaret til løntilskud som snedkermedhjælper senest 1. august 2017.",
                             tasks="Oplæring i sikkerhed ved maskinerne; daglig tjek-ind ved mødetid.",
                             period="1. februar 2017 – 31. december 2017", hours="4 timer om ugen",
                             follow="Midtvejsevaluering 1. maj 2017 og opfølgning hver måned.",
                             appeal=APPEAL["2017"], law=LAW["31b"]),
            rules=["duration-over-6-months"],
            traits=["era:31b", "type:tilbudsmentor", "defect:over-6", "period:11-months"], head="2017",
            period={"start": "2017-02-01", "end": "2017-12-31"}))
    add(Doc("2017/aftaler/aftale_udvidet_mentor_fatima.eml", "agreement", "eml", "email",
            "Aftale om mentorstøtte (udvidet mentor)",
            [(None, "Hej Fatima\n\nHer er vores aftale, som vi talte om i dag. Den er også lagt i din plan på Jobnet."),
             ("Mål", "Du kommer i gang med danskundervisning på Sprogcenter Vesterå 3 dage om ugen og starter i praktik i et køkken senest 1. november 2017."),
             ("Det hjælper jeg med", "struktur på morgenen, post fra kommunen, at få en læge og tandlæge, transport til sprogcentret"),
             ("Periode", "15. maj 2017 til 14. november 2017"),
             ("Timer", "3 timer om ugen"),
             ("Opfølgning", "Vi holder status med din sagsbehandler hver 6. uge."),
             (None, "Hvis du ikke er enig, kan du klage over afgørelsen om mentor til Jobcenter Vesterå inden 4 uger. Jobcentret ser på sagen igen og sender den til Ankestyrelsen, hvis vi fastholder afgørelsen."),
             (None, "-- \nVenlig hilsen\nAhmad Nouri\nMentor, Vesterå Frivilligcenter\ntlf. 31 44 20 19")],
            traits=["era:31b", "type:udvidet-mentor", "signature-mentor", "period:exact-six"], head=None,
            meta={"from": "Ahmad Nouri <ahmad.nouri@frivillig-vestera.dk>", "to": "fatima.a@example.dk", "date": "2017-05-15T14:02:00"},
            period={"start": "2017-05-15", "end": "2017-11-14"}))
    add(Doc("2018/afgoerelser/afslag_mentor_2018.odt", "decision", "odt", "letter",
            "Afslag på mentorstøtte",
            [(None, f"Henrik Lauritsen, {cprH}"), (None, "Kære Henrik Lauritsen"),
             (None, "Du har søgt om mentorstøtte til at komme i gang med dit nye job som chauffør. Vi giver dig afslag."),
             ("Begrundelse", "Efter LAB § 31 b kan der gives mentorstøtte, når det er nødvendigt for at opnå eller fastholde beskæftigelse. Vi har lagt vægt på, at din arbejdsgiver allerede tilbyder en fast føl-ordning de første otte uger."),
             ("Klagevejledning", APPEAL["2017"])],
            traits=["era:31b", "refusal", "head:2017"], cpr=cprH, head="2017"))
    add(Doc("2018/afgoerelser/delvis_bevilling_2018.pdf", "decision", "pdf", "letter",
            "Afgørelse om mentorstøtte – delvis bevilling",
            [(None, f"Sofie Brandt, CPR-nr. {cprS}"), (None, "Kære Sofie Brandt"),
             (None, "Du har søgt om mentor 5 timer om ugen. Du får bevilget 2 timer om ugen fra 1. september 2018 til 28. februar 2019 efter LAB § 31 b."),
             (None, "Du kan klage over den.")],
            rules=["missing-appeal-guidance"], extras=["missing-reasons"],
            traits=["era:31b", "partial-grant", "defect:appeal-vague", "defect:no-reasons", "period:exact-six"], cpr=cprS, head="2017",
            period={"start": "2018-09-01", "end": "2019-02-28"}))
    add(Doc("2018/minplan/minplan_mentor_thomas.txt", "minplan", "txt", "label-lines",
            "Min Plan – Mentor",
            [(None, "Thomas Krogh · sag 15.02.00-G01-1123-18"),
             ("Mål", "Thomas starter på FVU-dansk og matematik på VUC Vesterå i august 2018 med henblik på optagelse på SOSU-hjælperuddannelsen i januar 2019."),
             ("Mentor", "Jens Bak"),
             ("Mentorens opgaver", "Følge Thomas til VUC de første tre gange; lektiehjælp én gang om ugen."),
             ("Periode", "13.08.18 - 12.02.19"),
             ("Timer", "2 t/uge")],
            rules=["missing-mentor"],
            traits=["era:31b", "defect:mentor-no-contact", "period:exact-six"], head=None,
            period={"start": "2018-08-13", "end": "2019-02-12"}))
    add(Doc("2019/aftaler/mentoraftale_2019_camilla.docx", "agreement", "docx", "bold-headings",
            "Mentoraftale",
            agreement_blocks(citizen="Camilla Nørgaard", cpr=cprC,
                             mentor="Per Rask, Jobværkstedet, tlf. 22 41 18 70, per@jobvaerkstedet.dk",
                             goal="Camilla er i løntilskud som rengøringsassistent på Vesterå Sygehus 25 timer om ugen senest 1. oktober 2019.",
                             tasks=None,
                             period="1/4 2019 – 30/9 2019", hours="2 timer ugentligt",
                             follow="Statusmøde hver måned med mentor og jobkonsulent.",
                             appeal=APPEAL["2017"], law=LAW["31b"]),
            rules=["missing-tasks"],
            traits=["era:31b", "defect:no-tasks", "cpr", "period:exact-six"], cpr=cprC, head="2017",
            period={"start": "2019-04-01", "end": "2019-09-30"}))

    # ===================== 2020-2025 (§ 167 period) ===============================================
    add(Doc("2020/aftaler/mentoraftale_2020_mikkel.pdf", "agreement", "pdf", "headings",
            "Aftale om mentorstøtte efter LAB § 167",
            agreement_blocks(citizen="Mikkel Thomsen", mentor="Dorthe Lyng, MentorHuset ApS, tlf. 28 90 11 45",
                             goal="Mikkel er i virksomhedspraktik som lagermedarbejder hos DanFrugt A/S 20 timer om ugen senest 15. juni 2020.",
                             tasks="Hjælp til at komme op om morgenen; samtale med praktikvært hver fredag; hjælp til at tage bussen alene.",
                             period="1. marts 2020 – 31. august 2020", hours="3 timer pr. uge",
                             follow="Der følges op efter behov.",
                             appeal=APPEAL["2020"], law=LAW["167"]),
            rules=["missing-follow-up"],
            traits=["era:167", "head:2020", "defect:follow-up-vague", "period:exact-six"], head="2020",
            period={"start": "2020-03-01", "end": "2020-08-31"}))
    add(Doc("2020/aftaler/aftale_mentor_31b_skabelon_brugt_2020.docx", "agreement", "docx", "table",
            "Aftale om mentorstøtte (§ 31 b)",
            agreement_blocks(citizen="Rasmus Hvid",
                             mentor="Signe Birk, Jobcenter Vesterå, tlf. 96 11 41 62",
                             goal="Rasmus gennemfører AMU-kursus i truckcertifikat i marts 2020 og søger mindst 2 lagerjob om ugen.",
                             tasks="Hjælp til tilmelding til AMU og til jobsøgning på Jobnet.",
                             period="3. februar 2020 – 2. august 2020", hours="1 time om ugen",
                             follow="Opfølgning hver måned og 14 dage før ophør.",
                             appeal=APPEAL["2014"], law=LAW["31b"], extra=[("Skabelon", "MA-31b version 3 (2016)")]),
            traits=["era:167", "old-template", "cites-both", "old-appeal-text", "period:exact-six"], head="2017",
            period={"start": "2020-02-03", "end": "2020-08-02"}))
    add(Doc("2021/minplan/minplan_mentor_sara.html", "minplan", "html", "headings",
            "Min Plan: Mentorstøtte (§ 167)",
            [(None, "Sara Lind – aktiviteter i din plan"),
             ("Formål", "Hjælp til at få struktur på hverdagen."),
             ("Kontaktperson", "Mentor Anja Poulsen, tlf. 61 22 90 17"),
             ("Mentorens opgaver", "Hjemmebesøg, hjælp med post og aftaler"),
             ("Periode", "1. oktober 2021 til 31. marts 2022"),
             ("Timetal", "2 timer pr. uge")],
            rules=["unclear-goal"],
            traits=["era:167", "defect:unclear-goal", "period:exact-six"], head=None,
            period={"start": "2021-10-01", "end": "2022-03-31"}))
    add(Doc("2021/afgoerelser/bevilling_mentor_2021_peter.rtf", "decision", "rtf", "letter",
            "Afgørelse om mentorstøtte",
            [(None, f"CPR: {cprP}"), (None, "Kære Peter Gade"),
             (None, "Jobcenter Vesterå har bevilget dig mentorstøtte efter LAB § 167, stk. 1, 3 timer om ugen i perioden 1. juni 2021 – 30. november 2021."),
             (None, "Mentor: Hans Kjeldsen, Vesterå Beskæftigelsesværksted, tlf. 96 11 48 03."),
             ("Klagevejledning", APPEAL["2020"])],
            traits=["era:167", "grant", "converted:rtf", "period:exact-six"], cpr=cprP, head="2020",
            period={"start": "2021-06-01", "end": "2021-11-30"}))
    add(Doc("2022/afgoerelser/afslag_forlaengelse_2022.docx", "decision", "docx", "letter",
            "Afslag på forlængelse af mentorstøtte",
            [(None, "Kære Lone Bech"),
             (None, "Du har bedt om at få forlænget din mentorstøtte. Du får afslag. Din mentorstøtte slutter som planlagt den 31. maj 2022."),
             ("Klagevejledning", APPEAL["2020"])],
            extras=["missing-reasons"],
            traits=["era:167", "refusal", "defect:no-reasons"], head="2020"))
    add(Doc("2022/aftaler/mentoraftale_2022_emil.md", "agreement", "md", "markdown",
            "Mentoraftale – Emil Juhl",
            agreement_blocks(citizen="Emil Juhl", mentor="Marianne Ravn, UngeMentor Vesterå, marianne@ungementor.dk",
                             goal="Emil er optaget på FGU Vesterå, produktionsgrunduddannelse (PGU) med start 8. august 2022, og møder mindst 4 dage om ugen.",
                             tasks="Hjælp til optagelse og skema; følges til FGU de første to uger; ugentlig opringning.",
                             period=None, hours="3 timer om ugen",
                             follow="Statusmøde hver måned; delmål: fremmøde 4 dage om ugen fra september.",
                             appeal=APPEAL["2020"], law="LAB § 167"),
            rules=["missing-duration"],
            traits=["era:167", "defect:no-duration"], head=None))
    add(Doc("2023/aftaler/mentoraftale_2023_yasmin.odt", "agreement", "odt", "headings",
            "Mentoraftale",
            agreement_blocks(citizen="Yasmin Ali", cpr=cprY,
                             mentor="Tobias Hein, tlf. 27 31 55 08",
                             goal="Yasmin gennemfører grundforløb 2 til frisør på Vesterå Erhvervsskole og består grundforløbsprøven i januar 2024.",
                             tasks="Lektiecafé én gang om ugen; hjælp til at finde praktikplads.",
                             period="14. august 2023 – 13. februar 2024", hours="2 timer om ugen",
                             follow="Opfølgning hver 3. måned og 14 dage før ophør.",
                             appeal=APPEAL["vague"], law="LAB § 167"),
            rules=["missing-appeal-guidance"],
            traits=["era:167", "defect:appeal-vague", "cpr", "period:exact-six"], cpr=cprY, head="2020",
            period={"start": "2023-08-14", "end": "2024-02-13"}))
    add(Doc("2023/minplan/minplan_export_2023_bo.txt", "minplan", "txt", "pipe-rows",
            "Min Plan – Mentorstøtte",
            [(None, "Bo Halvorsen | Sag 15.20.00-G01-0451-23"),
             (None, "Mål | Bo er i fleksjob som pedelmedhjælper på Vesterå Skole 12 timer om ugen senest 1. maj 2023."),
             (None, "Mentor | Karsten Lund | 23 19 44 01"),
             (None, "Opgaver | Introduktion til opgaverne, samtale med skoleleder om skåneb. hensyn"),
             (None, "Periode | 01.02.2023 - 31.07.2023"),
             (None, "Timetal | efter behov")],
            rules=["missing-hours"],
            traits=["era:167", "defect:hours-vague", "pipe-table", "period:exact-six"], head=None,
            period={"start": "2023-02-01", "end": "2023-07-31"}))
    add(Doc("2024/aftaler/mentoraftale_2024_nikolaj.pdf", "agreement", "pdf", "table",
            "Aftale om mentorstøtte",
            agreement_blocks(citizen="Nikolaj Berg", mentor="Ida Strand, Vesterå Jobhus, tlf. 50 11 23 80",
                             goal=None,
                             tasks="Samtale ugentligt; hjælp til at bruge kalender; kontakt til praktikvirksomhed.",
                             period="2. januar 2024 – 1. juli 2024", hours="2 timer pr. uge",
                             follow="Opfølgning hver måned.",
                             appeal=APPEAL["2020"], law="LAB § 167"),
            rules=["missing-goal"],
            traits=["era:167", "defect:no-goal", "period:exact-six"], head="2020",
            period={"start": "2024-01-02", "end": "2024-07-01"}))
    add(Doc("2024/minplan/minplan_mentor_2024_amalie.docx", "minplan", "docx", "table",
            "Min Plan – mentorstøtte",
            [(None, "Amalie Kristensen"),
             ("Mål med mentorstøtten", "Amalie har et ordinært job på 15 timer om ugen i detailhandlen senest 1. oktober 2024."),
             ("Mentor", "Jonas Friis, tlf. 42 80 15 66, jonas.friis@vestera.dk"),
             ("Opgaver", "Hjælp til ansøgninger og til samtaler; ugentligt møde."),
             ("Varighed", "uge 2 - uge 40 2024"),
             ("Timetal", "2 timer pr. uge")],
            rules=["duration-over-6-months"],
            traits=["era:167", "defect:over-6", "period:week-numbers", "period:9-months"], head=None,
            period={"start": "2024-01-08", "end": "2024-10-06"}))
    add(Doc("2024/afgoerelser/forlaengelse_2024_peter.eml", "decision", "eml", "email",
            "Afgørelse: Ny periode med mentorstøtte",
            [(None, "Kære Peter Gade\n\nDu får efter en konkret vurdering mentorstøtte i en ny periode efter LAB § 167, stk. 1, 2. pkt., fra 1. marts 2024 til 31. august 2024, 2 timer om ugen. Mentor er fortsat Hans Kjeldsen."),
             ("Begrundelse", "Du er startet i fleksjob, og din arbejdsgiver og du har brug for støtte de første måneder."),
             ("Klagevejledning", APPEAL["other"]),
             (None, "Venlig hilsen\nJobcenter Vesterå")],
            rules=["missing-appeal-guidance"],
            traits=["era:167", "extension", "defect:appeal-other-subject", "period:exact-six"], head=None,
            meta={"from": "Jobcenter Vesterå <jobcenter@vestera.dk>", "to": "peter.gade@example.dk", "date": "2024-02-26T09:15:00"},
            period={"start": "2024-03-01", "end": "2024-08-31"}))
    add(Doc("2025/aftaler/mentoraftale_2025_helle.docx", "agreement", "docx", "headings",
            "Mentoraftale",
            agreement_blocks(citizen="Helle Matthiesen",
                             mentor="Kim Østergaard, Vesterå Jobhus, tlf. 50 11 23 84",
                             goal="Helle gennemfører et løntilskudsforløb som kontorelev i Vesterå Forsyning 30 timer om ugen og søger læreplads inden 1. juni 2025.",
                             tasks="Samtaler om arbejdsopgaver og fremmøde; hjælp til ansøgning om læreplads.",
                             period="1. januar 2025 – 30. september 2025", hours=None,
                             follow="Status hver måned.",
                             appeal=APPEAL["2020"], law="LAB § 167"),
            rules=["duration-over-6-months", "missing-hours"],
            traits=["era:167", "defect:over-6", "defect:no-hours", "period:9-months"], head="2020",
            period={"start": "2025-01-01", "end": "2025-09-30"}))
    add(Doc("2025/aftaler/mentoraftale_2025_omar_konverteret.html", "agreement", "html", "table",
            "Mentoraftale – LAB § 167 (tidl. § 31 b)",
            agreement_blocks(citizen="Omar Khalil", cpr=cprO,
                             mentor="Lene Vad, Vesterå Jobhus, lene.vad@vesteraajobhus.dk",
                             goal="Omar er ansat i ordinært job som buschauffør hos Vesterå Trafik senest 1. september 2025.",
                             tasks="Hjælp til at bestå køreprøven til erhvervskørekort; træning i dansk fagsprog en gang om ugen.",
                             period="1.3.2025 – 31.8.2025", hours="2 t/uge",
                             follow="Opfølgning hver måned; evaluering 14 dage før ophør.",
                             appeal=APPEAL["2020"], law=LAW["both"]),
            traits=["era:167", "cites-both", "converted:doc->html", "cpr", "period:exact-six"], cpr=cprO, head="2020",
            meta={"encoding": "windows-1252"},
            period={"start": "2025-03-01", "end": "2025-08-31"}))

    # ===================== 2026 (kommunen period) ================================================
    add(Doc("2026/aftaler/aftale_mentor_2026_julie.docx", "agreement", "docx", "table",
            "Aftale om mentorstøtte",
            agreement_blocks(citizen="Julie Bang", mentor="Mads Holm, tlf. 20 91 33 42",
                             goal="Julie er i virksomhedspraktik i Vesterå Bibliotek 12 timer om ugen senest 1. juni 2026 og derefter i løntilskud.",
                             tasks="Samtale hver uge; hjælp til transport; kontakt til praktikvært.",
                             period="16. februar 2026 – 15. august 2026", hours="3 timer om ugen",
                             follow="Opfølgning hver måned og fire uger før bevillingsudløb.",
                             appeal=APPEAL["2026"], law="LAB § 167, stk. 1"),
            traits=["era:kommunen", "head:2026", "period:exact-six"], head="2026",
            period={"start": "2026-02-16", "end": "2026-08-15"}))
    add(Doc("2026/afgoerelser/bevilling_2026_julie.pdf", "decision", "pdf", "letter",
            "Afgørelse om mentorstøtte",
            [(None, "Kære Julie Bang"),
             (None, "Vesterå Kommune har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 fra 16. februar 2026 til 15. august 2026, 3 timer om ugen. Den skriftlige aftale finder du på Min Side."),
             ("Klagevejledning", APPEAL["2026"])],
            traits=["era:kommunen", "head:2026", "grant", "period:exact-six"], head="2026",
            period={"start": "2026-02-16", "end": "2026-08-15"}))
    add(Doc("2026/afgoerelser/afgoerelse_2026_anders.odt", "decision", "odt", "letter",
            "Afgørelse om mentorstøtte",
            [(None, f"Anders Mølgaard · cpr.nr. {cprA}"), (None, "Kære Anders Mølgaard"),
             (None, "Vi har bevilget dig mentorstøtte efter LAB § 167 fra 1. marts 2026 og indtil du er i ordinær uddannelse, dog længst til 31. december 2026, 2 timer om ugen."),
             ("Begrundelse", "Vi har lagt vægt på, at du har brug for støtte til at holde fast i forberedende voksenundervisning."),
             ("Klagevejledning", APPEAL["2026"])],
            rules=["duration-over-6-months"],
            traits=["era:kommunen", "defect:over-6", "period:10-months"], cpr=cprA, head="2026",
            period={"start": "2026-03-01", "end": "2026-12-31"}))
    add(Doc("2026/minplan/minplan_2026_sofie.html", "minplan", "html", "table",
            "Min Plan – Mentorstøtte",
            [(None, "Sofie Winther"),
             ("Mål", "Sofie starter på SOSU-hjælperuddannelsen på SOSU Vesterå 3. august 2026 og møder mindst fire dage om ugen."),
             ("Mentor", "Camilla Rye, camilla.rye@vestera.dk"),
             ("Mentorens opgaver", "-"),
             ("Periode", "1. maj 2026 – 31. oktober 2026"),
             ("Timetal", "2 timer om ugen")],
            rules=["missing-tasks"],
            traits=["era:kommunen", "defect:tasks-placeholder", "period:exact-six"], head=None,
            period={"start": "2026-05-01", "end": "2026-10-31"}))
    add(Doc("2026/aftaler/mentoraftale_2026_vagn.eml", "agreement", "eml", "email",
            "Mentoraftale – Vagn Skov",
            [(None, "Hej Vagn\n\nSom aftalt på mødet i Jobhuset får du her aftalen om din mentorstøtte."),
             ("Målet", "At du får det bedre og kommer videre."),
             ("Mentor", "Pia Dahl, Vesterå Jobhus, tlf. 50 11 23 91"),
             ("Opgaver", "Samtaler om hverdagen og om dine muligheder"),
             ("Periode", "1. september 2026 til 28. februar 2027"),
             ("Timer", "2 timer om ugen"),
             ("Opfølgning", "Vi holder statusmøde den første mandag i hver måned."),
             ("Klagevejledning", APPEAL["2026"]),
             (None, "Venlig hilsen\nGitte Rasmussen, sagsbehandler, Vesterå Kommune")],
            rules=["unclear-goal"],
            traits=["era:kommunen", "defect:unclear-goal", "period:exact-six"], head=None,
            meta={"from": "Gitte Rasmussen <gitte.rasmussen@vestera.dk>", "to": "vagn.skov@example.dk", "date": "2026-08-28T11:30:00"},
            period={"start": "2026-09-01", "end": "2027-02-28"}))
    add(Doc("2026/aftaler/mentoraftale_2026_louise.rtf", "agreement", "rtf", "headings",
            "Aftale om mentorstøtte",
            agreement_blocks(citizen="Louise Kragh", cpr=cprL,
                             mentor="Benjamin Lau, tlf. 29 64 10 72",
                             goal="Louise er i løntilskud som pædagogmedhjælper i Børnehuset Solsikken 25 timer om ugen senest 1. november 2026.",
                             tasks="Hjælp til at planlægge pauser og til at tale med lederen om opgaverne; følges på arbejde de første tre dage.",
                             period="1. august 2026 – 31. januar 2027", hours="2 timer pr. uge",
                             follow=None,
                             appeal=APPEAL["2026"], law="LAB § 167"),
            rules=["missing-follow-up"],
            traits=["era:kommunen", "defect:no-follow-up", "cpr", "period:exact-six"], cpr=cprL, head="2026",
            period={"start": "2026-08-01", "end": "2027-01-31"}))

    # more clean ones across eras
    add(Doc("2016/aftaler/mentoraftale_2016_kenneth.pdf", "agreement", "pdf", "bold-headings",
            "Mentoraftale – mentorstøtte (kapitel 9 b)",
            agreement_blocks(citizen="Kenneth Due", cpr=cprK, mentor="Mona Krull, Vesterå Værksted, tlf. 96 11 47 25",
                             goal="Kenneth har fået job som lagermedarbejder og er stadig ansat 20 timer om ugen ved periodens udløb.",
                             tasks="Introduktion på arbejdspladsen; samtale med Kenneth og formanden hver uge.",
                             period="1/3-2016 til 31/8-2016", hours="2 timer om ugen",
                             follow="Evaluering efter 3 måneder og 14 dage før ophør.",
                             appeal=APPEAL["2014"], law=LAW["31b"]),
            traits=["era:31b", "period:exact-six"], cpr=cprK, head="2014",
            period={"start": "2016-03-01", "end": "2016-08-31"}))
    add(Doc("2019/minplan/minplan_2019_anne.odt", "minplan", "odt", "headings",
            "Min Plan – Mentorstøtte",
            [(None, "Anne Holst"),
             ("Målet med mentorstøtten", "Anne er i gang med hf-enkeltfag i dansk på VUC Vesterå fra januar 2020 og møder til mindst 90 % af timerne."),
             ("Mentor", "Lisbeth Rom, lisbeth.rom@vestera.dk"),
             ("Opgaver", "Hjælp til tilmelding og til at lave en ugeplan med lektier."),
             ("Varighed", "fra 1. november 2019 og 6 måneder frem"),
             ("Timetal", "1 time om ugen")],
            traits=["era:31b->167", "period:start-plus-length"], head=None,
            period={"start": "2019-11-01", "end": "2020-04-30"}))
    add(Doc("2021/aftaler/mentoraftale_2021_gorm.txt", "agreement", "txt", "label-lines",
            "Mentoraftale (LAB § 167)",
            agreement_blocks(citizen="Gorm Ebbesen", cpr=cprG, mentor="Ulla Brink, tlf. 61 30 20 88",
                             goal="Gorm genoptager sit job som tømrer hos Vesterå Byg efter sygemelding, 20 timer om ugen fra 1. maj 2021 og fuld tid fra 1. august 2021.",
                             tasks="Samtaler med Gorm og arbejdsgiver om opgaver og skånehensyn.",
                             period="f.o.m. 1. marts 2021 t.o.m. 31. august 2021", hours="1-2 timer pr. uge",
                             follow="Opfølgning hver måned sammen med sygedagpengesagsbehandler.",
                             appeal=APPEAL["2020"], law="LAB § 167"),
            traits=["era:167", "period:exact-six"], cpr=cprG, head="2020",
            period={"start": "2021-03-01", "end": "2021-08-31"}))
    add(Doc("2023/afgoerelser/ophoer_mentor_2023.html", "decision", "html", "letter",
            "Afgørelse om ophør af mentorstøtte",
            [(None, "Kære Bo Halvorsen"),
             (None, "Din mentorstøtte ophører den 30. april 2023."),
             ("Begrundelse", "Du er startet i fleksjob, og arbejdsgiveren har påtaget sig introduktionen. Vi har lagt vægt på, at du selv har sagt, at du ikke længere har brug for mentor, jf. LAB § 167."),
             ("Klagevejledning", APPEAL["2020"])],
            traits=["era:167", "end"], head="2020"))
    add(Doc("2025/minplan/minplan_2025_rikke.md", "minplan", "md", "markdown",
            "Min Plan – mentorstøtte (§ 167)",
            [(None, "Rikke Juul, sag 15.02.00-G01-0772-25"),
             ("Mål", "Rikke er i virksomhedspraktik i Vesterå Plejecenter 15 timer om ugen fra 1. oktober 2025 med henblik på SOSU-uddannelse."),
             ("Mentor", "Henriette Bo, tlf. 96 11 41 70"),
             ("Mentorens opgaver", "Følge Rikke på arbejde den første uge; samtale om fremmøde hver uge."),
             ("Periode", "15. september 2025 – 14. marts 2026"),
             ("Timetal", None)],
            traits=["era:167", "period:exact-six"], head=None,
            period={"start": "2025-09-15", "end": "2026-03-14"}))
    # Fix the last one: timetal needs a value (clean doc)
    docs[-1].blocks[-1] = ("Timetal", "2 timer om ugen")

    add(Doc("2017/minplan/minplan_mentor_2017_dennis.pdf", "minplan", "pdf", "table",
            "Min Plan – Mentor (§ 31 b)",
            [(None, "Dennis Vang"),
             ("Mål", "Dennis er i praktik hos Vesterå Autoværksted 15 timer om ugen og er optaget på mekanikeruddannelsen (EUD) august 2018."),
             ("Mentor", "Carsten Bech, tlf. 40 20 99 31"),
             ("Opgaver", None),
             ("Periode", "1. september 2017 – 28. februar 2018"),
             ("Timer", "2 timer om ugen")],
            rules=["missing-tasks"],
            traits=["era:31b", "defect:no-tasks", "period:exact-six"], head=None,
            period={"start": "2017-09-01", "end": "2018-02-28"}))
    docs[-1].blocks = [b for b in docs[-1].blocks if b[1] is not None]

    add(Doc("2020/afgoerelser/bevilling_2020_maja.docx", "decision", "docx", "letter",
            "Bevilling af mentor",
            [(None, "Kære Maja Holm"),
             (None, "Du får mentorstøtte efter LAB § 167 i perioden 1. september 2020 – 28. februar 2021, 2 timer om ugen. Målet er, at du gennemfører 10. klasse på Vesterå Ungdomsskole."),
             (None, "Hvis du vil klage, skal du gøre det til Ankestyrelsen, Teglgårdsvej 5, 7400 Herning, senest fire uger efter, at du har fået dette brev.")],
            extras=["appeal-wrong-route"],
            traits=["era:167", "grant", "wrong-route", "period:exact-six"], head="2020",
            period={"start": "2020-09-01", "end": "2021-02-28"}))

    # ===================== look-alikes (unknown) ==================================================
    add(Doc("2015/andet/vejledning_mentoraftale_2015.pdf", "unknown", "pdf", "guidance",
            "Vejledning til sagsbehandlere: Sådan udfylder du en mentoraftale (§ 31 b)",
            [(None, "Denne vejledning gælder for alle mentoraftaler i Jobcenter Vesterå."),
             ("Aftalen skal indeholde", "1) målet med mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal bistå ved, 4) varigheden af aftalen og opfølgning, 5) timetallet, 6) klagevejledning."),
             ("Periode", "Mentorstøtte gives højst for 6 måneder med mulighed for forlængelse."),
             ("Klagevejledning", "Brug standardteksten: klage til jobcentret inden 4 uger; genvurdering; Ankestyrelsen.")],
            traits=["era:31b", "lookalike:guidance"], head="2014"))
    add(Doc("2016/andet/faktura_mentor_2016.html", "unknown", "html", "table",
            "Faktura nr. 2016-0441 – mentortimer",
            [(None, "Vesterå Værksted, CVR 12345678"),
             ("Kunde", "Jobcenter Vesterå, EAN 5798000000000"),
             ("Ydelse", "Mentorstøtte § 31 b, Jesper Holm Andersen, januar 2016"),
             ("Timer", "12 timer à 425 kr."),
             ("I alt", "5.100,00 kr. ekskl. moms")],
            traits=["era:31b", "lookalike:invoice", "series:c1"], head=None))
    add(Doc("2018/andet/statusrapport_mentor_2018.docx", "unknown", "docx", "headings",
            "Statusrapport fra mentor",
            [(None, "Borger: Sofie Brandt. Periode for rapporten: oktober-november 2018."),
             ("Fremmøde", "Sofie har mødt op 7 af 8 gange. Hun har selv ringet ved sygdom."),
             ("Progression", "Sofie er begyndt at tage bussen alene til praktikken."),
             ("Anbefaling", "Mentor anbefaler, at støtten fortsætter uændret."),
             (None, "Per Rask, mentor")],
            traits=["era:31b", "lookalike:status-report"], head=None))
    add(Doc("2019/andet/ankestyrelsen_afgoerelse_2019.pdf", "unknown", "pdf", "letter",
            "Ankestyrelsens afgørelse – klage over afslag på mentorstøtte",
            [(None, "Ankestyrelsen har behandlet din klage over Jobcenter Vesterås afgørelse af 2. april 2018."),
             ("Resultat", "Ankestyrelsen er enig i jobcentrets afgørelse."),
             ("Begrundelse", "Vi har lagt vægt på, at din arbejdsgiver tilbyder en føl-ordning, jf. LAB § 31 b."),
             (None, "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")],
            traits=["era:31b", "lookalike:ankestyrelsen-ruling"], head=None))
    add(Doc("2020/andet/genvurdering_fastholdt_2020.txt", "unknown", "txt", "letter",
            "Genvurdering af din klage – afgørelsen fastholdes",
            [(None, "Kære Lone Bech"),
             (None, "Vi har genvurderet afgørelsen om mentorstøtte. Vi fastholder afgørelsen og har i dag sendt din klage og sagens akter videre til Ankestyrelsen."),
             (None, "Med venlig hilsen\nJobcenter Vesterå")],
            traits=["era:167", "lookalike:upheld-reconsideration"], head="2020"))
    add(Doc("2021/andet/bestilling_mentorforloeb_2021.eml", "unknown", "eml", "email",
            "Bestilling af mentorforløb",
            [(None, "Til MentorHuset ApS\n\nJobcenter Vesterå bestiller hermed et mentorforløb efter LAB § 167 for en borger (sag 15.02.00-G01-0219-21). Forventet start 1. april 2021, 3 timer om ugen i 6 måneder. Navn og kontaktoplysninger sendes sikkert via Digital Post."),
             (None, "Venlig hilsen\nSigne Birk, jobkonsulent")],
            traits=["era:167", "lookalike:order"], head=None,
            meta={"from": "Signe Birk <signe.birk@vestera.dk>", "to": "info@mentorhuset.dk", "date": "2021-03-10T08:45:00"}))
    add(Doc("2022/andet/referat_netvaerksmoede_2022.odt", "unknown", "odt", "minutes",
            "Referat af netværksmøde",
            [(None, "Deltagere: Lone Bech, mentor Anja Poulsen, sagsbehandler Signe Birk. Dato: 3. maj 2022."),
             ("Punkt 1", "Status på praktik: Lone møder stabilt."),
             ("Punkt 2", "Mentorstøtten slutter 31. maj 2022. Lone ønsker forlængelse; jobcentret træffer afgørelse."),
             ("Næste møde", "Aftales senere")],
            traits=["era:167", "lookalike:minutes"], head=None))
    add(Doc("2024/andet/privat_mentoraftale_idraetsforening_2024.md", "unknown", "md", "markdown",
            "Mentoraftale – Vesterå IF Ungementor",
            [(None, "Aftale mellem ung og frivillig mentor i Vesterå Idrætsforening."),
             ("Mål", "At du bliver en del af klubben og træner fast to gange om ugen."),
             ("Mentor", "Trænermentor Frank Hald, tlf. 30 45 22 10"),
             ("Periode", "Sæsonen 2024/25"),
             (None, "Aftalen er frivillig og har intet med kommunen at gøre.")],
            traits=["lookalike:private-mentoraftale"], head=None))
    add(Doc("2026/andet/partshoering_2026.docx", "unknown", "docx", "letter",
            "Partshøring – inden vi træffer afgørelse om mentorstøtte",
            [(None, "Kære Vagn Skov"),
             (None, "Vi overvejer at give dig afslag på forlængelse af mentorstøtte. Før vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger inden 14 dage."),
             (None, "Med venlig hilsen\nVesterå Kommune, Beskæftigelse og Uddannelse")],
            traits=["era:kommunen", "lookalike:partshoering"], head="2026"))
    add(Doc("2026/andet/kvalitetsstandard_mentor_2026.html", "unknown", "html", "guidance",
            "Kvalitetsstandard for mentorstøtte 2026",
            [(None, "Vesterå Kommunes kvalitetsstandard beskriver, hvad du kan forvente af mentorstøtte efter LAB § 167 (tidligere § 31 b)."),
             ("Mentortyper", "Tilbudsmentor, udvidet mentor, uddannelsesmentor, ret- og pligtmentor og udskrivningskoordinator."),
             ("Serviceniveauer", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
             ("Varighed", "Højst 6 måneder ad gangen."),
             ("Klage", "Du kan klage til kommunen inden fire uger.")],
            traits=["era:kommunen", "lookalike:quality-standard", "cites-both"], head="2026"))
    # ===================== wave 2: more periods, converted and scanned files =====================
    cprM, cprR = cprgen(rng, 1996), cprgen(rng, 1975)
    add(Doc("2014/c1-jesper/mentoraftale_2014_scannet.pdf", "agreement", "scan", "headings",
            "Mentoraftale",
            agreement_blocks(citizen="Jesper Holm Andersen", mentor="Bente Kjær, Vesterå Værksted, tlf. 96 11 47 20",
                             goal="Jesper møder i aktivering på Vesterå Værksted 3 dage om ugen og er klar til virksomhedspraktik senest 1. februar 2015.",
                             tasks="Vække-opkald; følge Jesper til værkstedet den første uge; hjælp til busplan.",
                             period="1. august 2014 – 31. januar 2015", hours="4 timer om ugen",
                             follow=None, appeal=APPEAL["2014"], law=LAW["31b"]),
            rules=["missing-follow-up"],
            traits=["era:31b", "scan:tesseract", "series:c1", "defect:no-follow-up", "period:exact-six"], head="2014",
            period={"start": "2014-08-01", "end": "2015-01-31"}))
    add(Doc("2014/afgoerelser/bevilling_mentor_2014_kap9b.docx", "decision", "docx", "letter",
            "Afgørelse om mentorstøtte efter kapitel 9 b",
            [(None, f"Maria Lykke, CPR-nr. {cprM}"),
             (None, "Kære Maria"),
             (None, "Jobcentret har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats kapitel 9 b (§ 31 b) fra 1. november 2014 til 30. april 2015, 2 timer om ugen, mens du er i praktik i Vesterå Børnehave."),
             ("Klagevejledning", "Hvis du vil klage, kan du kontakte din jobkonsulent."),
             (None, "Venlig hilsen\nJobcenter Vesterå")],
            rules=["missing-appeal-guidance"],
            traits=["era:31b", "head:2014", "cpr", "defect:appeal-vague", "period:exact-six"], cpr=cprM, head="2014",
            period={"start": "2014-11-01", "end": "2015-04-30"}))
    add(Doc("2016/afgoerelser/pligtmentor_96c_afgoerelse_2016.txt", "decision", "txt", "letter",
            "AFGØRELSE - ret- og pligtmentor (uddannelseshjælp)",
            [(None, "Kære Sebastian Krag"),
             (None, "Du er aktivitetsparat uddannelseshjælpsmodtager og får en ret- og pligtmentor efter lov om en aktiv beskæftigelsesindsats § 96 c fra 1. marts 2016 til 31. oktober 2016. Mentoren kontakter dig en gang hver anden uge."),
             ("Begrundelse", "Du kan i øjeblikket ikke deltage i tilbud efter lovens kapitel 10-12 på grund af dine personlige forhold."),
             ("Klagevejledning", APPEAL["2014"])],
            rules=["duration-over-6-months"],
            traits=["era:31b", "type:pligtmentor", "every-other-week", "defect:over-6", "converted:doc->txt", "cp1252", "period:8-months"],
            head="2014", meta={"encoding": "cp1252", "crlf": True},
            period={"start": "2016-03-01", "end": "2016-10-31"}))
    add(Doc("2017/aftaler/pligtmentor_aftale_2017_noah.docx", "agreement", "docx", "table",
            "Aftale om ret- og pligtmentor (§ 96 c)",
            agreement_blocks(citizen="Noah Frost", mentor="Ole Dam, Jobcenter Vesterå, tlf. 96 11 40 37",
                             goal="Noah kan deltage i et tilbud efter kapitel 10-12 og starter på produktionsskolens køkkenlinje senest 1. december 2017.",
                             tasks="Kontakt en gang hver anden uge ved møde eller telefon; hjælp til at holde aftaler med misbrugscentret.",
                             period="1. juni 2017 – 30. november 2017", hours="1 time pr. uge",
                             follow="Evaluering hver måned og 14 dage før perioden ophører.",
                             appeal=APPEAL["2017"], law=LAW["96c"]),
            traits=["era:31b", "type:pligtmentor", "every-other-week", "period:exact-six"], head="2017",
            period={"start": "2017-06-01", "end": "2017-11-30"}))
    add(Doc("2019/aftaler/mentoraftale_2019_overgang.html", "agreement", "html", "headings",
            "Mentoraftale – § 31 b (fra 1.1.2020: § 167)",
            agreement_blocks(citizen="Tina Lassen", mentor="Per Rask, Jobværkstedet, tlf. 22 41 18 70",
                             goal="Sikre at Tina møder stabilt og får det bedre.",
                             tasks="Samtaler om fremmøde og om at komme op om morgenen; hjælp til at ringe ind ved sygdom.",
                             period="1. december 2019 – 31. maj 2020", hours=None,
                             follow="Statusmøde hver måned.",
                             appeal=APPEAL["2017"], law="LAB § 31 b; fra 1. januar 2020 LAB § 167"),
            rules=["missing-hours", "unclear-goal"],
            traits=["era:31b->167", "cites-both", "defect:unclear-goal", "defect:no-hours", "period:exact-six"], head="2017",
            period={"start": "2019-12-01", "end": "2020-05-31"}))
    add(Doc("2019/minplan/minplan_2019_mikala.md", "minplan", "md", "markdown",
            "Min Plan – Mentorstøtte",
            [(None, "Mikala Rost"),
             ("Mål", "Mikala er i virksomhedspraktik i Vesterå Zoo 10 timer om ugen senest 1. august 2019."),
             ("Mentorens opgaver", "Hjælp til at komme af sted og til at tale med praktikværten."),
             ("Periode", "1. april 2019 – 30. september 2019"),
             ("Timetal", "et par timer om ugen")],
            rules=["missing-hours", "missing-mentor"],
            traits=["era:31b", "defect:no-mentor", "defect:hours-vague", "period:exact-six"], head=None,
            period={"start": "2019-04-01", "end": "2019-09-30"}))
    add(Doc("2020/minplan/minplan_2020_freja.docx", "minplan", "docx", "table",
            "Min Plan – Mentorstøtte (LAB § 167)",
            [(None, "Freja Holt"),
             ("Mål", "Freja er i løntilskud som køkkenmedhjælper i Vesterå Kantine 20 timer om ugen senest 1. december 2020."),
             ("Mentor", "Hanne Bøg, tlf. 61 44 12 09"),
             ("Opgaver", "Introduktion i køkkenet; samtale om fremmøde hver uge."),
             ("Periode", "1. september 2020 – indtil videre"),
             ("Timetal", "2 timer om ugen")],
            rules=["missing-duration"],
            traits=["era:167", "defect:open-end"], head=None))
    add(Doc("2021/aftaler/mentoraftale_2021_leverandoer.eml", "agreement", "eml", "email",
            "Mentoraftale – Kristian Bøje",
            [(None, "Kære Kristian\n\nHermed aftalen om din mentorstøtte fra MentorHuset, som bestilt af Jobcenter Vesterå."),
             ("Mål", "Kristian er i virksomhedspraktik som lagerarbejder hos Nordlager A/S 15 timer om ugen senest 1. juni 2021."),
             ("Mentor", "Din mentor bliver Jakob."),
             ("Opgaver", "Følge dig på arbejde de første to dage; samtale hver uge om opgaver og fremmøde."),
             ("Periode", "1. april 2021 – 30. september 2021"),
             ("Timer", "3 timer om ugen"),
             ("Opfølgning", "Statusmøde med jobcentret hver 6. uge."),
             ("Klagevejledning", APPEAL["2020"]),
             (None, "Med venlig hilsen\nMentorHuset ApS, administrationen")],
            rules=["missing-mentor"],
            traits=["era:167", "provider", "defect:mentor-first-name-only", "period:exact-six"], head=None,
            meta={"from": "MentorHuset ApS <admin@mentorhuset.dk>", "to": "kristian.boje@example.dk", "date": "2021-03-29T13:10:00"},
            period={"start": "2021-04-01", "end": "2021-09-30"}))
    add(Doc("2022/afgoerelser/forlaengelse_2022_lone.pdf", "decision", "pdf", "letter",
            "Afgørelse om forlængelse af mentorstøtte",
            [(None, "Kære Lone Bech"),
             (None, "Efter genvurdering af din klage har vi ændret vores afgørelse. Du får forlænget din mentorstøtte efter LAB § 167, stk. 1, 2. pkt., fra 1. juni 2022 til 31. januar 2023, 2 timer om ugen."),
             ("Begrundelse", "Vi har lagt vægt på de nye oplysninger fra din læge."),
             ("Klagevejledning", "Du kan klage til Ankestyrelsen inden 4 uger. Send klagen til Ankestyrelsen, 7998 Statsservice.")],
            rules=["duration-over-6-months"], extras=["appeal-wrong-route"],
            traits=["era:167", "extension", "changed-reconsideration", "defect:over-6", "wrong-route", "period:8-months"], head="2020",
            period={"start": "2022-06-01", "end": "2023-01-31"}))
    add(Doc("2023/aftaler/mentoraftale_2023_morten.odt", "agreement", "odt", "headings",
            "Aftale om mentorstøtte",
            agreement_blocks(citizen="Morten Lyngby", cpr=cprR,
                             mentor="Dorthe Lyng, MentorHuset ApS, tlf. 28 90 11 45",
                             goal="Morten er i løntilskud som tekniker i Vesterå Forsyning 30 timer om ugen senest 1. oktober 2023.",
                             tasks="Samtale med Morten og kolleger om opgaver; hjælp til at bruge vagtplan-appen.",
                             period="1. juli 2023 – 31. december 2023", hours="2 timer om ugen",
                             follow="Opfølgning sker løbende.", appeal=None, law="LAB § 167"),
            rules=["missing-appeal-guidance", "missing-follow-up"],
            traits=["era:167", "cpr", "defect:no-appeal", "defect:follow-up-vague", "period:exact-six"], cpr=cprR, head="2020",
            period={"start": "2023-07-01", "end": "2023-12-31"}))
    add(Doc("2024/minplan/minplan_2024_konverteret.rtf", "minplan", "rtf", "headings",
            "Min Plan – Mentorstøtte",
            [(None, "Kasper Nyholm"),
             ("Målet med mentorstøtten", "Udfyldes senere"),
             ("Mentor", "Ida Strand, Vesterå Jobhus, tlf. 50 11 23 80"),
             ("Mentorens opgaver", "Ugentlig samtale og hjælp til jobsøgning."),
             ("Periode", "1. april 2024 – 30. september 2024"),
             ("Timetal", "2 timer pr. uge")],
            rules=["missing-goal"],
            traits=["era:167", "defect:goal-placeholder", "converted:rtf", "period:exact-six"], head=None,
            period={"start": "2024-04-01", "end": "2024-09-30"}))
    add(Doc("2024/c1-jesper/ny_periode_2024_jesper.pdf", "decision", "pdf", "letter",
            "Afgørelse: Ny periode med mentorstøtte",
            [(None, "Kære Jesper Holm Andersen"),
             (None, "Du får efter en konkret vurdering en ny periode med mentorstøtte efter LAB § 167, stk. 1, fra 1. september 2024 til 28. februar 2025, 2 timer om ugen. Din mentor er fortsat Kasper Ibsen."),
             ("Klagevejledning", APPEAL["2020"])],
            traits=["era:167", "series:c1", "extension", "period:exact-six"], head="2020",
            period={"start": "2024-09-01", "end": "2025-02-28"}))
    add(Doc("2026/afgoerelser/aendring_timetal_2026.docx", "decision", "docx", "letter",
            "Ændring af din mentorstøtte – timetal",
            [(None, "Kære Sofie Winther"),
             (None, "Vesterå Kommune har besluttet at nedsætte timetallet i din mentorstøtte fra 3 til 2 timer om ugen fra 1. juli 2026. Perioden er uændret og slutter 31. oktober 2026."),
             ("Begrundelse", "Vi har lagt vægt på, at du nu selv møder på skolen, og at mentoren har oplyst, at du har brug for mindre støtte, jf. LAB § 167."),
             ("Klagevejledning", APPEAL["2026"])],
            traits=["era:kommunen", "head:2026", "change"], head="2026"))
    add(Doc("2022/andet/digital_post_notits_2022.txt", "unknown", "txt", "notice",
            "Du har modtaget post fra Jobcenter Vesterå",
            [(None, "Du har fået et nyt brev i din digitale postkasse: \"Afgørelse om forlængelse af mentorstøtte\"."),
             (None, "Log på borger.dk eller brug appen Digital Post for at læse brevet.")],
            traits=["era:167", "lookalike:dp-notice"], head=None))
    add(Doc("2025/andet/kvittering_ansoegning_forlaengelse_2025.html", "unknown", "html", "letter",
            "Bekræftelse af modtagelse – ansøgning om forlængelse af mentorstøtte",
            [(None, "Kære Helle Matthiesen"),
             (None, "Vi har modtaget din ansøgning om forlængelse af mentorstøtte den 2. september 2025. Vi forventer at træffe afgørelse inden fire uger."),
             (None, "Venlig hilsen\nJobcenter Vesterå")],
            traits=["era:167", "lookalike:receipt"], head="2020"))
    add(Doc("2018/aftaler/udslusningskoordinator_aftale_2018.docx", "agreement", "docx", "table",
            "Aftale om mentorstøtte – udslusningskoordinator",
            agreement_blocks(citizen="René Kolding", mentor="Jørgen Vest, udslusningskoordinator, tlf. 96 11 40 61",
                             goal="René er efter løsladelsen i virksomhedspraktik på Vesterå Genbrugsplads 20 timer om ugen senest 1. august 2018 og har derefter et job- eller uddannelsesmål i sin plan.",
                             tasks="Møde René ved løsladelsen; hjælp til bolig, bankkonto og kontakt til jobcentret; følge ham til praktikstedet første dag.",
                             period="1. maj 2018 – 30. november 2018", hours="3 timer om ugen",
                             follow="Statusmøde hver måned og evaluering 14 dage før ophør.",
                             appeal=APPEAL["2017"], law=LAW["31b"] + " (udslusningskoordinator efter bemærkningerne til kontanthjælpsreformen)"),
            rules=["duration-over-6-months"],
            traits=["era:31b", "type:udslusningskoordinator", "defect:over-6", "period:7-months"], head="2017",
            period={"start": "2018-05-01", "end": "2018-11-30"}))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/iz")
    ap.add_argument("--seed", type=int, default=2014)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    docs = build(rng)
    for d in docs:
        relabel = ERA_LABELS.get(d.head) if d.kind == "agreement" and d.fmt != "eml" else None
        if relabel:
            d.blocks = [(relabel.get(h, h) if h else h, t) for h, t in d.blocks]
        if d.head == "2026":
            d.blocks = [(h, t.replace(", mentor og jobcentret.", ", mentor og Vesterå Kommune.")) for h, t in d.blocks]
    entries = []
    for d in docs:
        p = out / d.path
        p.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[d.fmt](d, p)
        mnc = []
        if d.cpr:
            mnc = [d.cpr, d.cpr.replace("-", "")]
            if "cpr" not in d.traits:
                d.traits.append("cpr")
        entries.append({"path": d.path, "format": "pdf" if d.fmt == "scan" else d.fmt, "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": d.rules, "extras": d.extras, "error": None,
                        "accept_errors": [], "must_not_contain": mnc, "traits": d.traits,
                        "period": d.period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
