#!/usr/bin/env python3
"""Corpus IQ: mentor paperwork written in haste (Vesthimmerlands Kommune, Job & Ydelse, and its providers).

Abbreviations, fragments, half-filled forms, lettered fields, fields run together with separators,
journal notes that are the agreement, SMS-length Min Plan entries, providers' quick mails, and terse
look-alikes (calendar notes, call logs, task lists, bookings, reminders).

Usage: /work/main/.venv/bin/python make_corpus_iq.py --out /work/corpora/iq [--seed 20]
Deterministic: the texts are fixed; the seed only drives the (fictional) CPR numbers.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

KOMMUNE = "Vesthimmerlands Kommune"
AFD = "Job & Ydelse, Himmerlandsgade 27, 9600 Aars"

APPEAL_FULL = ("Klagevejl.: Er du uenig, kan du klage til Vesthimmerlands Kommune, Job & Ydelse, inden 4 uger "
               "efter du har modtaget afgørelsen. Kommunen genvurderer sagen; fastholder vi afgørelsen, sendes "
               "klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).")
APPEAL_SHORT = ("Klage: mundtligt el. skriftligt til kommunen (Job & Ydelse) inden 4 uger fra modt. -> "
                "genvurdering -> evt. videre til Ankestyrelsen.")
APPEAL_LETTER = ("Klagevejledning\nHvis du ikke er enig i afgørelsen, kan du klage til Vesthimmerlands Kommune, "
                 "Job & Ydelse, inden fire uger fra du har modtaget brevet. Du kan klage skriftligt eller "
                 "mundtligt. Vi ser på sagen igen (genvurdering). Hvis vi fastholder afgørelsen, sender vi din "
                 "klage videre til Ankestyrelsen, Beskæftigelsesudvalget. Se LAB § 204 og retssikkerhedslovens "
                 "§§ 66-67.")


def cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(70, 99) if rng.random() < 0.6 else rng.randint(0, 6)
    s = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y:02d}-{s}"


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------

def w_txt(path: Path, text: str, enc: str = "utf-8") -> None:
    path.write_text(text, encoding=enc)


def w_eml(path: Path, spec: dict) -> None:
    msg = EmailMessage()
    msg["From"] = spec["from"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime(*spec["date"], tzinfo=timezone.utc))
    msg["Message-ID"] = f"<{path.stem}@mail.vesthimmerland.example>"
    msg.set_content(spec["body"])
    path.write_bytes(bytes(msg))


def w_docx(path: Path, blocks: list) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif b[0] == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = "Vesthimmerlands Kommune"
    cp.created = cp.modified = datetime(2026, 1, 1, 8, 0, 0)
    cp.last_modified_by = ""
    cp.revision = 1
    d.save(str(path))
    _fix_zip(path)


def _fix_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the output is byte-identical run to run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def w_odt(path: Path, blocks: list) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P as TP, Span
    from odf import teletype
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for b in blocks:
        if isinstance(b, str):
            para = TP()
            teletype.addTextToElement(para, b)
            doc.text.addElement(para)
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "b":
            para = TP()
            para.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(para)
    doc.save(str(path))
    _fix_zip(path)


def w_pdf(path: Path, blocks: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:  # already registered
        pass
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
    hb = ParagraphStyle("hb", fontName="DVB", fontSize=11, leading=15, spaceBefore=4)
    story = []
    for b in blocks:
        if isinstance(b, str):
            if not b.strip():
                story.append(Spacer(1, 6))
            else:
                story.append(Paragraph(escape(b), n))
        elif b[0] in ("h", "b"):
            story.append(Paragraph(escape(b[1]), hb))
        elif b[0] == "t":
            data = [[Paragraph(escape(c), n) for c in r] for r in b[1]]
            t = Table(data, colWidths=b[2] if len(b) > 2 else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45,
                            bottomMargin=45, title="", author="Vesthimmerlands Kommune",
                            invariant=1)
    doc.build(story)


def w_html(path: Path, html_body: str, title: str = "") -> None:
    path.write_text("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
                    f"<title>{title}</title></head>\n<body>\n{html_body}\n</body></html>\n",
                    encoding="utf-8")


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def w_rtf(path: Path, lines: list[str]) -> None:
    body = "".join(rtf_escape(l) + "\\par\n" for l in lines)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n" + body + "}\n",
                    encoding="ascii")


# --------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------

def build(rng: random.Random) -> list[dict]:
    docs: list[dict] = []
    C = {k: cpr(rng) for k in range(40)}

    def add(path, fmt, kind, layout, rules, content, *, subtype=None, traits=(), cprs=(), period=None,
            extras=()):
        docs.append(dict(path=path, format=fmt, kind=kind, subtype=subtype or kind, layout=layout,
                         rules=sorted(rules), extras=sorted(extras), error=None, accept_errors=[],
                         must_not_contain=list(cprs), traits=list(traits), period=period,
                         content=content))

    P = lambda s, e: {"start": s, "end": e}

    # ======================= AGREEMENTS =======================
    add("aftaler/journal/jn-2026-03-02-aftale-mentor-kasper.txt", "txt", "agreement", "journal-note", [],
        f"""Journalnotat  02.03.26  kl. 13.40   Sagsbeh.: LKJ
Emne: Aftale om mentorstøtte indgået - Kasper Nørgaard, CPR {C[0]}

Møde på Job & Ydelse m. borger + mentor. Aftalen skrevet her, kopi sendt t. borger i e-Boks.
Mål: Kasper er i virksomhedspraktik på Aars Tømmerhandel (lager) 15 t/uge senest 1/5-26, sigte løntilskud.
Mentor: Henrik Bach, Mentorhuset Aars, tlf. 21 48 60 12, hb@mentorhuset-aars.dk
Opg.: vækkeopkald man-ons-fre første 4 uger; følges t. praktikstedet uge 1-2; samtale 1x/uge om fremmøde og transport.
Per.: 2/3-26 - 1/9-26
Timetal: 3 t/uge
Opf.: statusmøde hver 4. uge (LKJ + HB + borger), evaluering 14 dage før ophør. Delmål: fremmøde 4 af 5 dage fra april.
Borger vejledt om klage: til kommunen inden 4 uger, genvurdering, derefter evt. Ankestyrelsen. Klagevejl. også i e-Boks-brevet.
/LKJ
""", traits=["journal-note", "abbrev", "cpr"], cprs=[C[0]], period=P("2026-03-02", "2026-09-01"))

    add("aftaler/journal/jn-2026-04-14-mentor-sofie.txt", "txt", "agreement", "journal-note",
        ["missing-appeal-guidance"],
        """14/4-26 JN (MBP)
Aftale om mentor (§ 167) indgået telefonisk m. Sofie Lauridsen i dag. Aftale = dette notat.
- Mål: Sofie gennemfører FVU-dansk trin 2 på VUC Aars (start 27/4) og møder min. 2 af 2 dage/uge.
- Mentor: Pia Holt, VUC-mentor, 24 17 39 05 / piho@vucaars.example
- Opgaver: hente Sofie de første 3 mandage, hjælp m. lektieplan, kontakt til lærer ved fravær
- Periode: 20.04.26-19.10.26
- 2 t. pr. uge
- Opfølgning: hver 3. uge kort tlf.-status MBP/PH, midtvejsevaluering uge 30
""", traits=["journal-note", "phone-agreement", "no-appeal"], period=P("2026-04-20", "2026-10-19"))

    add("aftaler/mail/mail-mentorhuset-aftale-jonas.eml", "eml", "agreement", "provider-mail", [],
        {"from": "Henrik Bach <hb@mentorhuset-aars.dk>", "to": "jonas.f@example.dk",
         "cc": "Lone Kjær <lkj@vesthimmerland.example>",
         "subject": "Det vi aftalte i dag - mentor", "date": (2026, 5, 6, 15, 12),
         "body": """Hej Jonas

Kort det vi aftalte på mødet i dag hos Lone (kommunen) - så har du det på skrift. Det er vores aftale om mentorstøtte.

Mål: du er startet på grundforløb 1 (smed) på Tech College Aars 10/8-26 og har max 2 fraværsdage pr. md.
Hvad jeg hjælper med: ansøgning + optagelse færdig inden 1/6, vi øver busruten i juli, jeg tjekker ind hver mandag i de første 6 uger på skolen.
Periode: 11/5-26 til 10/11-26
Tid: 2 timer om ugen (tirsdage, fleksibelt)
Opfølgning: os tre mødes hver 4. uge. Første gang 8/6 kl. 10.

Lone bad mig sætte det her ind:
Klagevejledning: Er du uenig i afgørelsen om mentorstøtte, kan du klage til Vesthimmerlands Kommune inden 4 uger fra du har fået den. Kommunen genvurderer; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.

Mvh
Henrik Bach
Mentor, Mentorhuset Aars
tlf. 21 48 60 12
"""}, traits=["provider-mail", "signature-mentor", "appeal-pasted"], period=P("2026-05-11", "2026-11-10"))

    add("aftaler/mail/mail-himmerlandmentor-mette-kort.eml", "eml", "agreement", "provider-mail",
        ["missing-appeal-guidance", "missing-hours"],
        {"from": "Dorthe Krog <dorthe@jobogtrivsel.example>", "to": "mette.s@example.dk",
         "cc": "jobogydelse@vesthimmerland.example",
         "subject": "Mentoraftale - opsummering", "date": (2026, 2, 19, 9, 3),
         "body": """Hej Mette!

Som lovet en opsummering af vores mentoraftale:

* Målet: du er i løntilskud som køkkenmedhjælper på Plejecenter Solgården fra 1/4, 25 t/uge
* Jeg hjælper med: jobsamtalen 10/3, arbejdstøj + busplan, og vi snakker hver fredag om ugen der gik
* Vi kører 1/3 - 31/8-26
* Tid: vi ses efter behov
* Status: møde m. din sagsbehandler Anders hver 2. måned (første 28/4)

Ring endelig!
Dorthe
Job & Trivsel v/ Dorthe Krog - 29 63 11 84
"""}, traits=["provider-mail", "hours-vague", "no-appeal"], period=P("2026-03-01", "2026-08-31"))

    add("aftaler/enkeltlinje/aftale-enlinje-ali.txt", "txt", "agreement", "run-together-dots", [],
        f"AFTALE OM MENTORSTØTTE (LAB § 167) · Borger: Ali Hassan · CPR {C[1]} · Sag 27.12.04-P20-311-26 · "
        "Mål: Ali har fast deltidsjob (min. 20 t/uge) som chauffør/lagermand senest 31/10-26 · "
        "Mentor: Søren Vang, Mentorhuset Aars, 21 48 60 19, sv@mentorhuset-aars.dk · "
        "Opg.: CV + 2 ans./uge, træning til jobsamtaler, følges til første samtaler · "
        "Per.: 1/5-26–31/10-26 · Timer: 2 t/uge · "
        "Opf.: statusmøde hver md., evaluering 14 dage før ophør · "
        + APPEAL_SHORT + " · Dato/underskr.: 28/4-26 AH / SV / LKJ\n",
        traits=["one-line", "sep-middot", "abbrev", "cpr"], cprs=[C[1]], period=P("2026-05-01", "2026-10-31"))

    add("aftaler/enkeltlinje/aftale-pipes-nadia.pdf", "pdf", "agreement", "run-together-pipes",
        ["missing-follow-up"],
        [("b", "Mentoraftale"),
         "Borger: Nadia Ibrahim | Sagsnr. 27.12.04-P20-118-26 | Sagsbeh.: Anders Würtz (AW)",
         "Mål: Nadia starter på SOSU-hjælper (SOSU Nord, Aalborg) 11/1-27 og har bestået optagelsesprøve i dansk inden 1/12-26 | "
         "Mentor: Camilla Dahl, Himmerland Mentor ApS, tlf. 30 22 71 46, cd@himmerlandmentor.example | "
         "Opgaver: lektiehjælp dansk 1x/uge, følges til optagelsessamtale, hjælp til SU-ansøgning | "
         "Periode: 1/7-26 – 31/12-26 | Timetal: 3 t/uge | Opfølgning: løbende | "
         "Klagevejl.: klage til kommunen inden 4 uger; kommunen genvurderer og sender evt. til Ankestyrelsen.",
         "", "Aars 24.6.26   AW"],
        traits=["pipes", "follow-up-vague"], period=P("2026-07-01", "2026-12-31"))

    add("aftaler/formular/aftale-bogstaver-emil.docx", "docx", "agreement", "lettered-fields", [],
        [("b", "Vesthimmerlands Kommune – Job & Ydelse"),
         ("h", "Aftale om mentorstøtte", 1),
         f"Borger: Emil Rask Thomsen   CPR: {C[2]}",
         "a) Mål: Emil er i ordinær uddannelse (EUD, automekaniker, Mercantec) fra 10/8-26; delmål: praktikplads fundet inden 1/7",
         "b) Mentor: Kim Overgaard, Mentorhuset Aars – 21 48 60 33 – ko@mentorhuset-aars.dk",
         "c) Opgaver: søge praktikpladser sammen (min. 3/uge), øve telefonopkald til værksteder, hjælp m. optagelse.dk",
         "d) Varighed: 16.03.26–15.09.26",
         "e) Timetal: 2½ t/uge",
         "f) Opfølgning: månedl. statusmøde, næste 14/4 kl. 9",
         "g) " + APPEAL_FULL,
         "Underskr.: ________ (borger)   ________ (mentor)   LKJ (kommunen)   d. 12/3-26"],
        traits=["lettered", "cpr"], cprs=[C[2]], period=P("2026-03-16", "2026-09-15"))

    add("aftaler/formular/aftale-bogstaver-halvudfyldt-freja.docx", "docx", "agreement", "lettered-fields",
        ["missing-hours"],
        [("h", "Mentoraftale – § 167", 1),
         "Borger: Freja Mikkelsen   Sagsbeh.: MBP",
         "a) Mål: Freja har job som butiksassistent 15-20 t/uge i Aars (Rema/Netto/Føtex) inden 1/9-26",
         "b) Mentor: Rasmus Holm, Himmerland Mentor ApS, 30 22 71 51",
         "c) Opgaver: jobsøgning m. Freja hver uge, øve samtaler, kontakt til butikschefer",
         "d) Varighed: 1.4.26 – 30.9.26",
         "e) Timetal: ________",
         "f) Opfølgning: statusmøde hver 6. uge + evaluering 14 dage før ophør",
         "g) " + APPEAL_FULL],
        traits=["lettered", "half-filled", "blank-line-hours"], period=P("2026-04-01", "2026-09-30"))

    add("aftaler/formular/aftale-nummereret-bo.txt", "txt", "agreement", "numbered-fields",
        ["duration-over-6-months"],
        f"""MENTORAFTALE  (Vesthimm. K., Job & Ydelse)  -  bo.  Bo Kristiansen, CPR {C[3]}

1. Mål ....... Bo er i fleksjob som pedelmedhjælper (Aars Skole el. lign.) 12 t/uge senest 1/8-26
2. Mentor .... Jens Ravn, Mentorhuset Aars, 21 48 60 27, jr@mentorhuset-aars.dk
3. Opg. ...... følge til virksomhedsbesøg, afklare skånehensyn m. arbejdsgiver, ugentl. samtale
4. Per. ...... 1/2-26 - 30/9-26
5. Timer ..... 3 t/uge (feb-apr), herefter 2 t/uge
6. Opf. ...... statusmøde hver 6. uge; evaluering 14 dage før ophør
7. Klage ..... til kommunen inden 4 uger efter modt.; kommunen genvurderer, derefter Ankestyrelsen

Dato 29/1-26   Underskr. borger ____   mentor ____   sagsbeh. AW
""", traits=["numbered", "dot-leaders", "cpr", "period:8-months"], cprs=[C[3]], period=P("2026-02-01", "2026-09-30"))

    add("aftaler/formular/aftale-halvudfyldt-web-oliver.html", "html", "agreement", "web-form",
        ["missing-tasks", "missing-follow-up"],
        """<h2>Aftale om mentorstøtte</h2>
<p>Vesthimmerlands Kommune · Job &amp; Ydelse · Sagsbeh.: Anders Würtz</p>
<table border="1">
<tr><td>Borger</td><td>Oliver Bech</td></tr>
<tr><td>Mål</td><td>Oliver har bestået 9. kl. prøve i dansk og matematik på VUC Aars juni 2027 og er optaget på EUX</td></tr>
<tr><td>Mentor</td><td>Line Vestergaard, VUC Aars, 24 17 39 22, live@vucaars.example</td></tr>
<tr><td>Mentors opgaver</td><td>udfyldes</td></tr>
<tr><td>Periode</td><td>3/8-26 – 2/2-27</td></tr>
<tr><td>Timetal</td><td>4 t/uge</td></tr>
<tr><td>Opfølgning</td><td></td></tr>
<tr><td>Klagevejledning</td><td>Du kan klage til Vesthimmerlands Kommune inden 4 uger. Kommunen genvurderer afgørelsen og sender en fastholdt afgørelse videre til Ankestyrelsen.</td></tr>
</table>
<p>Gemt som kladde 30.07.2026 10:14 – sendt til borger 30.07.2026</p>""",
        traits=["web-form", "half-filled", "placeholder-udfyldes"], period=P("2026-08-03", "2027-02-02"))

    add("aftaler/kopi/aftale-kopi-linjeskift-tabt-maja.rtf", "rtf", "agreement", "lost-linebreaks", [],
        ["Kopi fra fagsystem (udskrift)",
         "Aftale om mentorstøtte Borger: Maja Hjort Sagsnr.: 27.12.04-P20-402-26 Mål: Maja er i "
         "virksomhedspraktik 3 dage/uge hos Vesthimmerlands Dyreklinik og har aftale om elevplads "
         "(dyrepasser) fra 1/2-27 Mentor: Anne-Mette Skov, Himmerland Mentor ApS, 30 22 71 60, "
         "ams@himmerlandmentor.example Mentors opgaver: forventningsafstemning m. klinikken, følges første "
         "uge, ugentlig samtale om fremmøde og angst på arbejdspladsen Varighed: 07.09.2026 - 06.03.2027 "
         "Timetal: 3 timer pr. uge Opfølgning: statusmøde hver 4. uge, delmål: 3 hele dage/uge fra okt. "
         "Klagevejledning: Klag til kommunen inden 4 uger fra modtagelsen; kommunen genvurderer, og "
         "fastholdes afgørelsen, sendes klagen til Ankestyrelsen. Underskrevet 03.09.2026 MH/AMS/MBP"],
        traits=["lost-linebreaks", "system-copy"], period=P("2026-09-07", "2027-03-06"))

    add("aftaler/noter/mentoraftale-kort-william.md", "md", "agreement", "md-note", ["unclear-goal"],
        """# Mentoraftale (kort) – William Dam

**Sagsbeh.:** LKJ · **dato:** 7/5-26

- **Mål:** støtte til struktur på hverdagen og øget trivsel
- **Mentor:** Henrik Bach, Mentorhuset Aars, 21 48 60 12, hb@mentorhuset-aars.dk
- **Opg.:** morgenopkald, hjælp m. post/e-Boks, følges til lægen
- **Per.:** 11/5-26 – 10/11-26
- **Timer:** 2 t/uge
- **Opf.:** statusmøde hver 4. uge
- **Klage:** til kommunen inden 4 uger, genvurdering, evt. videre til Ankestyrelsen
""", traits=["markdown", "goal-activity-only"], period=P("2026-05-11", "2026-11-10"))

    add("aftaler/enkeltlinje/aftale-semikolon-tobias.pdf", "pdf", "agreement", "run-together-semicolons",
        ["missing-mentor"],
        [("b", "AFTALE - MENTOR (LAB § 167)"),
         f"Borger Tobias Krogh; CPR {C[4]}; Mål: Tobias er i løntilskud som landbrugsmedhjælper på Gl. Hvolgaard "
         "min. 25 t/uge fra 1/6-26; Mentor: Rikke (Jobhuset); Opgaver: transport-plan, daglig sms første 2 uger, "
         "samtale m. arbejdsgiver om opgaver; Periode: 18/5-26 – 17/11-26; Timer: 2 t/uge; Opfølgning: hver 4. uge "
         "statusmøde + evaluering 14 dg. før ophør; Klage: til kommunen inden 4 uger, herefter evt. Ankestyrelsen",
         "", "14/5-26 MBP"],
        traits=["semicolons", "mentor-no-contact", "cpr"], cprs=[C[4]], period=P("2026-05-18", "2026-11-17"))

    add("aftaler/mail/mail-sagsbeh-skrevet-ned-lea.eml", "eml", "agreement", "caseworker-mail", [],
        {"from": "Marianne Bøgh Pedersen <mbp@vesthimmerland.example>", "to": "lea.winther@example.dk",
         "subject": "Din aftale om mentorstøtte - skrevet ned", "date": (2026, 6, 2, 14, 55),
         "body": """Hej Lea

Her får du det, vi blev enige om i dag, skrevet ned. Det er din aftale om mentorstøtte.

Mål: Du er startet på HF-enkeltfag (dansk C + engelsk C) på VUC Aars 10/8 og har højst 10 % fravær.
Mentor: Jesper Friis, VUC-mentor, 24 17 39 11, jefr@vucaars.example
Jesper hjælper med: skemaet og lektieplan hver uge, kontakt til lærerne, og han går med til første møde med studievejlederen.
Periode: 8.6.26-7.12.26
Timer: 2 t. om ugen
Opfølgning: vi tre holder status hver 5. uge, første gang 13/7.

Klagevejledning: Er du ikke enig, kan du klage til Vesthimmerlands Kommune, Job & Ydelse, inden 4 uger. Vi genvurderer, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.

Venlig hilsen
Marianne Bøgh Pedersen
sagsbehandler, Job & Ydelse, 99 66 71 24
"""}, traits=["caseworker-mail", "written-down"], period=P("2026-06-08", "2026-12-07"))

    add("aftaler/formular/aftale-tabel-aaben-slut-mikkel.docx", "docx", "agreement", "terse-table",
        ["missing-duration"],
        [("h", "Mentoraftale", 1),
         ("t", [["Borger", "Mikkel Andersen"],
                ["Mål", "Mikkel har ordinært job i byggebranchen (jord/beton) min. 30 t/uge inden 1/12-26"],
                ["Mentor", "Jens Ravn · Mentorhuset Aars · 21 48 60 27 · jr@mentorhuset-aars.dk"],
                ["Opg.", "jobsøgn. 1x/uge, truckcert. tilmelding, følges t. samtaler"],
                ["Periode", "fra 1/6-26 –"],
                ["Timer", "3 t/uge"],
                ["Opf.", "statusmøde hver 4. uge"],
                ["Klagevejl.", "Klage til kommunen inden 4 uger efter modt.; genvurdering; fastholdes afgørelsen, sendes klagen til Ankestyrelsen"]]),
         "Aftalt 27/5-26 – AW"],
        traits=["table", "open-end"], period=None)

    add("aftaler/journal/jn-sms-agtig-aftale-rasmus.txt", "txt", "agreement", "journal-note", ["missing-goal"],
        f"""JN 09.09.26 MBP – Rasmus Vinther ({C[5]})
Mentoraftale aftalt i dag (aftalen = dette notat, kopi e-Boks).
Mentor Camilla Dahl, Himmerland Mentor, 30 22 71 46. Hun følger R. til praktik + morgen-sms + samtale 1 x ugl.
14.9.26-13.3.27, 2 t/uge. Status hver 4. uge, ev. 14 dg. før slut.
Klage: kommunen, inden 4 uger; genvurd., så Ankestyrelsen.
""", traits=["journal-note", "no-goal", "cpr"], cprs=[C[5]], period=P("2026-09-14", "2027-03-13"))

    add("aftaler/formular/aftale-skraastreger-amalie.docx", "docx", "agreement", "run-together-slashes",
        ["missing-appeal-guidance"],
        [("b", "Aftale om mentorstøtte – Amalie Post"),
         "Mål: Amalie er i praktik i børnehaven Solsikken 20 t/uge fra 1/10-26 m. henblik på PAU / "
         "Mentor: Rikke Thorsen, Jobhuset Aars, 28 40 15 93, rt@jobhuset.example / "
         "Opg.: følges første uge, sparring om pauser og fremmøde, kontakt til leder / "
         "Per.: 21/9-26 – 20/3-27 / Timetal: 2 t/uge / Opf.: status hver 4. uge / Klage: kan ske",
         "AW 17/9-26"],
        traits=["slashes", "appeal-empty"], period=P("2026-09-21", "2027-03-20"))

    add("aftaler/noter/aftale-ugedage-karl.txt", "txt", "agreement", "terse-note", [],
        """Aftale om mentor – kort
Karl Poulsen · sagsbeh. LKJ · 3/3-26

Mål:      Karl er i virksomhedspraktik i Aars Genbrug 3 dage/uge (ma, on, fr) fra 16/3, sigte: løntilskud aug.
Mentor:   Søren Vang, Mentorhuset, 21 48 60 19
Opg.:     følges ma 16/3 + on 18/3, tjek-ind hver ma, sparring om kolleger + pauser
Tid:      ti + to kl. 9-10
Per.:     9/3-26 – 8/9-26
Opf.:     statusmøde 1. tors. i md. kl 13 (LKJ/SV/KP)
Klage:    til kommunen inden 4 uger fra modt. → genvurdering → evt. Ankestyrelsen
""", traits=["weekday-abbrev", "hours-as-clock"], period=P("2026-03-09", "2026-09-08"))

    add("aftaler/formular/aftale-tankestreger-jakob.pdf", "pdf", "agreement", "run-together-dashes",
        ["unclear-goal", "duration-over-6-months"],
        [("b", "AFTALE – MENTORSTØTTE"),
         "Borger – Jakob Nielsen – Sagsbeh. – MBP",
         "Mål – komme videre og få mere selvværd – Mentor – Kim Overgaard, Mentorhuset Aars, 21 48 60 33 – "
         "Opg. – ugentl. samtale, hjælp m. at komme ud af døren, følges til aktiviteter – "
         "Varighed – 9 mdr. fra 1/4-26 – Timer – 2 t/uge – Opf. – statusmøde hver 6. uge – "
         "Klage – til kommunen inden 4 uger; kommunen genvurderer, så Ankestyrelsen",
         "", "Aars d. 26/3-26"],
        traits=["dashes", "goal-vague", "period:9-months"], period=P("2026-04-01", "2026-12-31"))

    add("aftaler/mail/mail-jobhuset-aftale-med-klage-sara.eml", "eml", "agreement", "provider-mail", [],
        {"from": "Rikke Thorsen <rt@jobhuset.example>", "to": "sara.juhl@example.dk",
         "cc": "aw@vesthimmerland.example",
         "subject": "Vores aftale - mentor", "date": (2026, 8, 20, 11, 40),
         "body": """Hej Sara - kort og godt, vores aftale om mentorstøtte:

Mål: job som rengøringsassistent (ISS/Elite el. kommunen) 20 t/uge senest 1/2-27
Jeg (Rikke) hjælper med: CV, 2 ansøgninger om ugen sammen, øve samtaler, og følger dig første dag i nyt job
Periode: 24/8-26 - 23/2-27
Timer: 2 t/uge, onsdage
Opfølgning: statusmøde m. Anders (kommunen) hver 4. uge + evaluering 14 dage før vi slutter

Klagevejl. (kommunens tekst): Du kan klage over afgørelsen om mentorstøtte til Vesthimmerlands Kommune inden 4 uger efter modtagelsen. Kommunen genvurderer sagen. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.

/Rikke
Rikke Thorsen, mentor, Jobhuset Aars, 28 40 15 93
"""}, traits=["provider-mail", "appeal-pasted"], period=P("2026-08-24", "2027-02-23"))

    add("aftaler/noter/aftale-ingen-navn-vibeke.html", "html", "agreement", "journal-html",
        ["missing-mentor"],
        f"""<h3>Journal – Mentoraftale</h3>
<p><b>11.02.2026</b> LKJ – Borger: Vibeke Ravn (CPR {C[6]})</p>
<p>Aftale om mentorstøtte indgået på møde i dag; notatet er aftalen.</p>
<ul>
<li>Mål: Vibeke gennemfører AMU-kursus "Rengøringsteknik" og er i løntilskud hos Vesthimmerlands Kommune, Ejendomsservice, fra 1/4-26</li>
<li>Mentor: tlf. 20 30 40 50</li>
<li>Opgaver: følges til AMU, hjælp med transport, ugentlig samtale om fremmøde</li>
<li>Periode: 16/2-26 – 15/8-26</li>
<li>Timetal: 3 t/uge</li>
<li>Opfølgning: status hver 4. uge</li>
<li>Klage: til kommunen inden 4 uger; genvurdering; evt. videre til Ankestyrelsen</li>
</ul>""", traits=["journal-html", "phone-no-name", "cpr"], cprs=[C[6]], period=P("2026-02-16", "2026-08-15"))

    add("aftaler/noter/aftale-udskrivningskoord-peter.txt", "txt", "agreement", "terse-note", [],
        f"""AFTALE – UDSKRIVNINGSKOORDINATOR (LAB § 167 stk. 2)
Borger: Peter Møller, CPR {C[7]}, indl. Psyk. afd. Aalborg, forv. udskr. 1/5-26
Mål: Peter er efter udskrivning i virksomhedspraktik 10 t/uge (Aars Cykler) senest 1/9-26
Koordinator/mentor: Gitte Munk, Himmerland Mentor, 30 22 71 38, gm@himmerlandmentor.example
Opg.: besøg på afd. før udskr., plan for første uger hjemme, kontakt til praktiksted, følges første 2 uger
Per.: 1/2-26 – 31/10-26 (3 mdr. før udskr. + 6 mdr. efter)
Timer: 3 t/uge
Opf.: statusmøde hver md. m. afd./LKJ; evaluering 14 dage før ophør
Klage: til kommunen inden 4 uger → genvurdering → Ankestyrelsen
LKJ 28/1-26
""", traits=["udskrivningskoordinator", "period:9-months-legit", "cpr"], cprs=[C[7]], period=P("2026-02-01", "2026-10-31"))

    add("aftaler/noter/mentoraftale-uden-opgaver-ida.md", "md", "agreement", "md-note", ["missing-tasks"],
        """## Mentoraftale – Ida Brandt

dato 22/6-26 · MBP

**Mål** Ida er på 2. hovedforløb (frisør, Mercantec) og har max 5 fraværsdage pr. halvår
**Mentor** Pia Holt · 24 17 39 05 · piho@vucaars.example
**Periode** 29/6-26 – 28/12-26
**Timer** 2 t/uge
**Opfølgning** status hver 4. uge m. MBP
**Klage** til kommunen inden 4 uger; kommunen genvurderer; derefter Ankestyrelsen
""", traits=["markdown", "no-tasks"], period=P("2026-06-29", "2026-12-28"))

    add("aftaler/formular/aftale-efter-behov-gustav.rtf", "rtf", "agreement", "rtf-form",
        ["missing-follow-up", "missing-hours"],
        ["MENTORAFTALE", "Borger: Gustav Larsen   Sagsbeh.: AW",
         "Mål: Gustav er i fast job som pakkerimedarbejder hos Himmerlands Frugt min. 25 t/uge fra 1/11-26",
         "Mentor: Søren Vang, Mentorhuset Aars, 21 48 60 19",
         "Opgaver: hjælp m. vagtplan, følges første vagt, samtale m. formand om oplæring",
         "Periode: 19/10-26 – 18/4-27",
         "Timer: efter behov",
         "Opfølgning: efter behov",
         "Klage: til kommunen inden 4 uger; genvurdering, derefter Ankestyrelsen", "AW 15/10-26"],
        traits=["rtf", "hours-vague", "follow-up-vague"], period=P("2026-10-19", "2027-04-18"))

    add("aftaler/noter/aftale-ugenumre-nikolaj.txt", "txt", "agreement", "terse-note", [],
        f"""Mentor-aftale  Nikolaj Holm  {C[8]}
Mål: N. er i virksomhedspraktik på Aars Autolakering 20 t/uge fra uge 12, målet er lærlingeplads (autolakerer) 2027
Mentor: Kim Overgaard (Mentorhuset) 21 48 60 33 / ko@mentorhuset-aars.dk
Opg.: følg til praktik uge 12, ugentl. tjek-ind, hjælp til ans. om læreplads
Periode: uge 10-35 2026
Timer: 2 t/uge
Opf.: status hver 4. uge + evaluering uge 33
Klagevejl.: klage til kommunen inden 4 uger; kommunen genvurderer; fastholdes, sendes til Ankestyrelsen
LKJ 27.2.26
""", traits=["week-numbers", "cpr"], cprs=[C[8]], period=P("2026-03-02", "2026-08-30"))

    add("aftaler/formular/aftale-klage-direkte-ankest-signe.docx", "docx", "agreement", "terse-form", [],
        [("h", "Aftale om mentorstøtte", 1),
         "Borger: Signe Kjeldsen · Sagsbeh.: MBP · 8/7-26",
         "Mål: Signe er i løntilskud som kontorassistent hos Aars Revision 30 t/uge fra 1/9-26",
         "Mentor: Anne-Mette Skov, Himmerland Mentor ApS, 30 22 71 60",
         "Opg.: introforløb på kontoret, ugentl. samtale om opgaver, hjælp m. transport",
         "Per.: 10/8-26 – 9/2-27", "Timer: 2 t/uge", "Opf.: statusmøde hver 4. uge",
         "Klage: Du kan klage til Ankestyrelsen inden 4 uger efter du har modtaget aftalen."],
        extras=["appeal-wrong-route"], traits=["appeal-direct-ankestyrelsen"], period=P("2026-08-10", "2027-02-09"))

    # ======================= MIN PLAN =======================
    add("minplan/sms/minplan-sms-ahmed.txt", "txt", "minplan", "sms-entry", [],
        "Min Plan · Mentorstøtte (LAB § 167) · Mål: Ahmed er i praktik på Aars Tømmerhandel 15 t/uge fra 1/4-26 · "
        "Mentor: Henrik Bach 21 48 60 12 · Opg.: følges 1. uge, ugentl. samtale · Per.: 23/3-26–22/9-26 · 2 t/uge\n",
        traits=["sms-length", "one-line"], period=P("2026-03-23", "2026-09-22"))

    add("minplan/sms/minplan-kort-uden-timer-zara.txt", "txt", "minplan", "sms-entry", ["missing-hours"],
        """Min Plan – Mentor
Mål: Zara på FGU Vesthimmerland (PGU køkken) fra 4/5, fremmøde 4/5 dage
Mentor: Camilla Dahl, 30 22 71 46
Opg.: morgen-sms, følges første uge, hjælp m. busplan
Per.: 27/4-26 - 26/10-26
""", traits=["sms-length", "no-hours"], period=P("2026-04-27", "2026-10-26"))

    add("minplan/print/minplan-kort-anton.html", "html", "minplan", "plan-card", [],
        f"""<div class="hdr">Min Plan – Anton Lund – CPR {C[9]}</div>
<h3>Mentorstøtte (§ 167) [Igangværende]</h3>
<table>
<tr><td>Mål</td><td>Anton har job som lagermedarbejder 30 t/uge senest 1/12-26</td></tr>
<tr><td>Mentor</td><td>Jens Ravn, Mentorhuset Aars, tlf. 21 48 60 27</td></tr>
<tr><td>Opgaver</td><td>jobsøgning sammen 1x/uge; truckcertifikat tilmelding; følges til samtaler</td></tr>
<tr><td>Periode</td><td>01.06.2026 - 30.11.2026</td></tr>
<tr><td>Timetal</td><td>3 t/uge</td></tr>
</table>
<p>Opdateret 28.05.2026 af AW</p>""",
        traits=["plan-card", "cpr"], cprs=[C[9]], period=P("2026-06-01", "2026-11-30"))

    add("minplan/print/minplan-print-over6-lukas.pdf", "pdf", "minplan", "plan-print",
        ["duration-over-6-months"],
        [("b", "Min Plan – udskrift 28.07.26"),
         "Lukas Berg · Sagsbeh. MBP",
         ("t", [["Indsats", "Mentorstøtte (LAB § 167)"],
                ["Mål", "Lukas har læreplads som tømrer hos Aars Byg ApS fra 1/2-27"],
                ["Mentor", "Kim Overgaard, 21 48 60 33, ko@mentorhuset-aars.dk"],
                ["Opg.", "ans. om læreplads, følges til samtaler, ugentl. tjek-ind"],
                ["Periode", "1/8-26 – 31/3-27"],
                ["Timetal", "2 t/uge"]], [100, 330])],
        traits=["plan-print", "period:8-months"], period=P("2026-08-01", "2027-03-31"))

    add("minplan/noter/minplan-navn-uden-kontakt-ella.md", "md", "minplan", "md-entry", ["missing-mentor"],
        """### Min Plan · Mentor (§ 167)

- Mål: Ella er i virksomhedspraktik i Kvickly Aars 12 t/uge fra 1/6-26, sigte: løntilskud
- Mentor: Rikke
- Opgaver: følges til praktik første uge, samtale hver fredag
- Periode: 25/5-26 – 24/11-26
- Timer: 2 t/uge
""", traits=["markdown", "mentor-first-name-only"], period=P("2026-05-25", "2026-11-24"))

    add("minplan/sms/minplan-uklart-maal-noah.txt", "txt", "minplan", "sms-entry", ["unclear-goal"],
        """Min Plan | Mentorstøtte
Mål: hjælp til at få mere struktur og trivsel
Mentor: Søren Vang 21 48 60 19
Opg.: morgenopkald, følges til aftaler
Per.: 1/6-26 - 30/11-26 | 2 t/uge
""", traits=["sms-length", "goal-activity-only"], period=P("2026-06-01", "2026-11-30"))

    add("minplan/print/minplan-uden-opgaver-clara.docx", "docx", "minplan", "plan-print", ["missing-tasks"],
        [("b", "Min Plan – Clara Iversen"),
         ("t", [["Aktivitet", "Mentorstøtte § 167"],
                ["Mål", "Clara er startet på FGU Vesthimmerland (EGU-spor) 10/8-26 og møder 4 dage/uge"],
                ["Mentor", "Line Vestergaard · 24 17 39 22"],
                ["Opgaver", "-"],
                ["Periode", "3/8-26–2/2-27"],
                ["Timer", "3 t/uge"]])],
        traits=["plan-print", "tasks-dash"], period=P("2026-08-03", "2027-02-02"))

    add("minplan/print/minplan-pipes-hassan.html", "html", "minplan", "plan-pipes", [],
        """<p><b>Min Plan</b> · Hassan Omar · udskr. 02.03.26</p>
<p>Mentorstøtte (LAB § 167) | Mål: Hassan har bestået danskuddannelse DU2 modul 4 og er i praktik i Aars Pizza 15 t/uge fra 1/5-26 | Mentor: Gitte Munk, 30 22 71 38 | Opgaver: lektiehjælp, følges t. praktik, ugentl. samtale | Periode: 9/3-26 – 8/9-26 | Timer: 2 t/uge</p>
<p>Øvrige aktiviteter: Danskuddannelse (Sprogcenter Himmerland) 5/1-26 – 18/12-26</p>""",
        traits=["pipes", "other-activity-period"], period=P("2026-03-09", "2026-09-08"))

    add("minplan/sms/minplan-aaben-slut-victor.txt", "txt", "minplan", "sms-entry", ["missing-duration"],
        """Min Plan – mentor (§167)
Mål: Victor har fleksjob 10 t/uge som pedelmedhj. senest 1/3-27
Mentor: Jens Ravn, Mentorhuset, 21 48 60 27
Opg.: virk.besøg, afklaring af skånehensyn, ugentl. samtale
Per.: fra 1/9-26
Timer: 2 t/uge
""", traits=["sms-length", "open-end"], period=None)

    add("minplan/print/minplan-ugedage-laura.pdf", "pdf", "minplan", "plan-print", [],
        [("b", "Min Plan · Laura Schmidt"),
         f"CPR {C[10]} · Sagsbeh. LKJ",
         "Mentorstøtte (§ 167)",
         "Mål: Laura er i virksomhedspraktik i SuperBrugsen Aars (bageri) 3 dg./uge, løntilskud fra okt.",
         "Mentor: Anne-Mette Skov, Himmerland Mentor ApS, 30 22 71 60",
         "Opg.: følges første uge; tjek-ind tirs.; samtale m. bageriets leder hver 3. uge",
         "Tid: tirs. + fre. kl. 10-12",
         "Per.: 13/4-26 – 12/10-26"],
        traits=["weekday-abbrev", "hours-as-clock", "cpr"], cprs=[C[10]], period=P("2026-04-13", "2026-10-12"))

    add("minplan/noter/minplan-uden-maal-theo.rtf", "rtf", "minplan", "rtf-entry", ["missing-goal"],
        ["Min Plan – Mentorstøtte (LAB § 167)", "Theo Vestergaard",
         "Mentor: Henrik Bach, Mentorhuset Aars, 21 48 60 12",
         "Opgaver: følges til jobsamtaler, hjælp til CV, ugentlig samtale",
         "Periode: 5/10-26 – 4/4-27", "Timetal: 2 t/uge"],
        traits=["rtf", "no-goal"], period=P("2026-10-05", "2027-04-04"))

    add("minplan/sms/minplan-26uger-selma.txt", "txt", "minplan", "sms-entry", [],
        f"""MP / Mentor § 167 / Selma Kaya ({C[11]})
Mål: Selma starter på Social- og sundhedshjælper, SOSU Nord, 4/1-27
Mentor: Pia Holt, VUC, 24 17 39 05
Opg.: dansk-lektier 1x/uge, hjælp til SU og optagelse, følges 1. skoledag
Varighed: 26 uger fra 7/9-26
Timer: 2 t/uge
""", traits=["26-weeks", "slashes", "cpr"], cprs=[C[11]], period=P("2026-09-07", "2027-03-07"))

    add("minplan/print/minplan-forkortelser-marcus.docx", "docx", "minplan", "plan-print", [],
        [("b", "MIN PLAN – udskr. 14.01.26 – Marcus Juul"),
         "Indsats: Mentor (LAB § 167) [Aktiv]",
         "Mål: M. har ordinært job som chauffør (kat. C) senest 1/7-26; delmål: kørekort kat. C bestået apr.",
         "Mentor: Søren Vang, Mentorhuset Aars, 21 48 60 19, sv@mentorhuset-aars.dk",
         "Opg.: tilmeld. + følges t. køreskole, jobsøgn. 1x/uge, øve samtaler",
         "Per.: 19/1-26 – 18/7-26",
         "Timer: 2 t/uge"],
        traits=["abbrev", "plan-print"], period=P("2026-01-19", "2026-07-18"))

    add("minplan/noter/minplan-vag-ingen-timer-alma.md", "md", "minplan", "md-entry",
        ["missing-hours", "unclear-goal"],
        """**Min Plan – Mentorstøtte**
Mål: Alma kommer tættere på arbejdsmarkedet
Mentor: Gitte Munk · Himmerland Mentor · 30 22 71 38
Opgaver: samtaler om hverdagen, følges til aftaler
Periode: 2/11-26 – 1/5-27
Timer: et par timer om ugen
""", traits=["markdown", "goal-vague", "hours-vague"], period=P("2026-11-02", "2027-05-01"))

    add("minplan/sms/minplan-linjeskift-tabt-omar.txt", "txt", "minplan", "lost-linebreaks", [],
        "Min Plan Mentorstøtte (LAB § 167) Mål: Omar har job som opvasker/køkkenmedhjælper på Hotel Himmerland "
        "20 t/uge senest 1/10-26 Mentor: Rikke Thorsen, Jobhuset Aars, 28 40 15 93 Opgaver: jobsøgning "
        "sammen hver uge, følges til samtaler, hjælp m. vagtplan Periode: 6/4-26 – 5/10-26 Timetal: 2 t/uge "
        "Opdateret 02.04.26 AW\n",
        traits=["lost-linebreaks", "system-copy"], period=P("2026-04-06", "2026-10-05"))

    # ======================= DECISIONS =======================
    def letter_head(dato, til, sagsnr, cprnr=None):
        lines = [f"{KOMMUNE} · {AFD}", f"Dato: {dato}   Sagsnr.: {sagsnr}", f"Til: {til}"]
        if cprnr:
            lines.append(f"CPR: {cprnr}")
        return lines

    add("afgoerelser/bevilling/afg-bevilget-kort-johan.pdf", "pdf", "decision", "terse-letter", [],
        letter_head("3.3.2026", "Johan Krag, Vestergade 4, 9600 Aars", "27.12.04-P20-201-26", C[12]) +
        ["", ("b", "Afgørelse: mentorstøtte bevilget"),
         "Du får mentorstøtte efter LAB § 167 i perioden 9/3-26 – 8/9-26, 2 t/uge.",
         "Mentor: Henrik Bach, Mentorhuset Aars (tlf. 21 48 60 12).",
         "Aftalen om mentorstøtte laver I på første møde.", "",
         *APPEAL_LETTER.split("\n"), "", "Mvh Lone Kjær Jensen, sagsbehandler, tlf. 99 66 71 18"],
        subtype="grant", traits=["grant", "cpr"], cprs=[C[12]], period=P("2026-03-09", "2026-09-08"))

    add("afgoerelser/bevilling/afg-bevilget-uden-klage-rosa.docx", "docx", "decision", "terse-letter",
        ["missing-appeal-guidance"],
        [*letter_head("12.5.26", "Rosa Hedegaard", "27.12.04-P20-233-26"),
         ("h", "Bevilling af mentorstøtte", 1),
         "Vi har bevilget dig mentorstøtte (LAB § 167) 18/5-26 – 17/11-26, 3 t. pr. uge.",
         "Mentor: Camilla Dahl, Himmerland Mentor ApS. Hun kontakter dig.",
         "Spørgsmål: ring til MBP, 99 66 71 24."],
        subtype="grant", traits=["grant", "no-appeal"], period=P("2026-05-18", "2026-11-17"))

    add("afgoerelser/delvis/afg-delvis-faerre-timer-mads.txt", "txt", "decision", "terse-letter", [],
        f"""{KOMMUNE}, Job & Ydelse                                   d. 20.04.26
Mads Winther, Bygaden 12, Hornum, 9600 Aars              Sagsnr. 27.12.04-P20-255-26
CPR {C[13]}

DELVIS BEVILLING - MENTORSTØTTE

Du søgte 5 t/uge. Du får 2 t/uge i perioden 27/4-26 - 26/10-26 (LAB § 167, stk. 1).
Begrundelse: Vi har lagt vægt på, at du allerede har støtte fra praktikstedets kontaktperson 2 dage/uge, og at
mentorens opgaver (følges til praktik + ugentl. samtale) kan løses på 2 t/uge. Vi vurderer timetallet igen ved statusmødet i juli.

Klagevejledning: Er du uenig, kan du klage til kommunen inden 4 uger fra du har modtaget brevet. Vi genvurderer
afgørelsen; fastholder vi den, sender vi klagen til Ankestyrelsen (LAB § 204).

Mvh Anders Würtz, 99 66 71 31
""", subtype="partial", traits=["partial", "cpr"], cprs=[C[13]], period=P("2026-04-27", "2026-10-26"))

    add("afgoerelser/afslag/afg-afslag-kort-nora.html", "html", "decision", "web-letter", [],
        """<p>Vesthimmerlands Kommune · Job &amp; Ydelse<br>Dato 6.7.2026 · Sagsnr. 27.12.04-P20-270-26</p>
<p>Til Nora Fisker</p>
<h2>Afslag på mentorstøtte</h2>
<p>Du har søgt om mentorstøtte. Vi giver afslag.</p>
<p><b>Begrundelse:</b> Mentorstøtte kræver et mål om job eller uddannelse (LAB § 167). Du er i gang med et fuldt forløb på Aalborg Tekniske Gymnasium og får allerede SPS-støtte og elevcoach fra skolen. Vi har lagt vægt på, at skolens støtte dækker det, du har brug for.</p>
<p><b>Klagevejledning:</b> Du kan klage til Vesthimmerlands Kommune inden 4 uger efter du har fået brevet. Vi genvurderer afgørelsen, og fastholder vi den, sendes klagen til Ankestyrelsen.</p>
<p>Mvh Marianne Bøgh Pedersen</p>""",
        subtype="refusal", traits=["refusal"], period=None)

    add("afgoerelser/afslag/afg-afslag-klage-ufuldst-bent.pdf", "pdf", "decision", "terse-letter",
        ["missing-appeal-guidance"],
        letter_head("15.9.26", "Bent Ottosen", "27.12.04-P20-311-26", C[14]) +
        ["", ("b", "Afslag – mentorstøtte"),
         "Vi har givet dig afslag på mentorstøtte efter LAB § 167.",
         "Begr.: Du er i ordinært job 37 t/uge og har ikke behov for støtte ud over arbejdspladsens oplæring. Vi har lagt vægt på arbejdsgivers udtalelse af 2/9-26.",
         "", "Du kan klage over afgørelsen.", "", "Mvh AW"],
        subtype="refusal", traits=["refusal", "appeal-incomplete", "cpr"], cprs=[C[14]], period=None)

    add("afgoerelser/forlaengelse/afg-forlaenget-emma.docx", "docx", "decision", "terse-letter", [],
        [*letter_head("24.8.26", "Emma Sørensen", "27.12.04-P20-140-26"),
         ("h", "Forlængelse af mentorstøtte", 1),
         "Din mentorstøtte forlænges: ny periode 1/9-26 – 28/2-27, fortsat 2 t/uge (LAB § 167, stk. 1, 2. pkt.).",
         "Tidl. periode: 1/3-26 – 31/8-26.",
         "Begrundelse: Du er i praktik 20 t/uge og mangler fast fremmøde før løntilskud; mentor Jesper Friis fortsætter.",
         *APPEAL_LETTER.split("\n"), "Mvh LKJ"],
        subtype="extension", traits=["extension", "earlier-period"], period=P("2026-09-01", "2027-02-28"))

    add("afgoerelser/forlaengelse/afg-forlaenget-9mdr-frida.txt", "txt", "decision", "terse-letter",
        ["duration-over-6-months"],
        """Vesthimmerlands Kommune – Job & Ydelse            Aars, 28/9-26
Til: Frida Holm                                    J.nr. 27.12.04-P20-166-26

Forlængelse af mentorstøtte
Vi forlænger din mentorstøtte (§ 167) i 9 mdr. fra 1/10-26 til 30/6-27, 3 t/uge. Begrundelse: du har nu læreplads-aftale fra sommer 2027 og mentor skal støtte frem til start.

Klagevejl.: klage til kommunen inden 4 uger fra modt.; kommunen genvurderer; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.
/MBP
""", subtype="extension", traits=["extension", "period:9-months"], period=P("2026-10-01", "2027-06-30"))

    add("afgoerelser/ophoer/afg-ophoer-kort-sebastian.html", "html", "decision", "web-letter", [],
        """<p>Vesthimmerlands Kommune, Job &amp; Ydelse – 2.6.26 – Sagsnr. 27.12.04-P20-098-26</p>
<p>Til: Sebastian Krogh</p>
<h3>Ophør af mentorstøtte</h3>
<p>Din mentorstøtte ophører pr. 30/6-26.</p>
<p>Begrundelse: Du er ansat i fast job hos Aars Maskinfabrik 37 t/uge fra 1/6-26, og målet med støtten er nået (jf. LAB § 167). Vi har lagt vægt på din og mentors status af 28/5-26.</p>
<p>Klagevejledning: Er du uenig, kan du klage til kommunen inden fire uger. Kommunen genvurderer afgørelsen. Fastholder kommunen den, sendes klagen til Ankestyrelsen.</p>
<p>Mvh Anders Würtz</p>""",
        subtype="end", traits=["end"], period=None)

    add("afgoerelser/ophoer/afg-ophoer-uden-klage-asta.rtf", "rtf", "decision", "rtf-letter",
        ["missing-appeal-guidance"],
        [f"{KOMMUNE} – Job & Ydelse", "Dato 14.12.26", "Til Asta Frandsen", f"CPR {C[15]}", "",
         "Ophør af mentorstøtte", "Din mentorstøtte stopper 31/12-26.", "", "Hilsen LKJ"],
        subtype="end", extras=["missing-reasons"], traits=["end", "no-appeal", "no-reasons", "cpr"],
        cprs=[C[15]], period=None)

    add("afgoerelser/bevilling/afg-bevilget-over6-hugo.pdf", "pdf", "decision", "terse-letter",
        ["duration-over-6-months"],
        letter_head("18.12.25", "Hugo Mortensen", "27.12.04-P20-012-26") +
        ["", ("b", "Bevilling – mentor (LAB § 167)"),
         "Bevilget: mentorstøtte 5/1-26 – 30/9-26 · 3 t/uge · mentor: Kim Overgaard, Mentorhuset Aars.",
         "", *APPEAL_LETTER.split("\n"), "", "LKJ"],
        subtype="grant", traits=["grant", "period:9-months"], period=P("2026-01-05", "2026-09-30"))

    add("afgoerelser/bevilling/afg-bevilget-klage-ankest-liva.md", "md", "decision", "md-letter", [],
        """**Vesthimmerlands Kommune – Job & Ydelse** · 2/2-26 · Sagsnr. 27.12.04-P20-041-26

Til: Liva Nygaard

## Afgørelse – mentorstøtte bevilget

Bevilget efter LAB § 167: 9/2-26 – 8/8-26, 2 t/uge. Mentor: Pia Holt, VUC Aars.

**Klage:** Er du uenig, kan du klage direkte til Ankestyrelsen inden 4 uger fra modtagelsen.

MBP
""", subtype="grant", extras=["appeal-wrong-route"], traits=["grant", "appeal-direct-ankestyrelsen"],
        period=P("2026-02-09", "2026-08-08"))

    add("afgoerelser/delvis/afg-delvis-kortere-periode-ditte.txt", "txt", "decision", "terse-letter", [],
        """VHK Job & Ydelse · 11.11.26 · Ditte Bak · sagsnr 27.12.04-P20-377-26

Afgørelse: delvis bevilling af mentorstøtte
Ansøgt: 12 mdr., 3 t/uge. Bevilget: 16/11-26 – 15/5-27, 3 t/uge (LAB § 167, stk. 1: højst 6 mdr. ad gangen).
Begrundelse: loven giver højst 6 mdr. pr. periode; vi vurderer behovet igen før udløb.
Klagevejl.: klage til kommunen inden 4 uger fra modt.; genvurdering; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.
/AW
""", subtype="partial", traits=["partial", "asked-12-months", "limit-statement"], period=P("2026-11-16", "2027-05-15"))

    add("afgoerelser/bevilling/afg-bevilget-sms-laengde-viggo.pdf", "pdf", "decision", "terse-letter", [],
        [f"{KOMMUNE} · Job & Ydelse · 7.4.26", f"Til: Viggo Dahl · CPR {C[16]}",
         ("b", "Mentorstøtte bevilget"),
         "§ 167 · 13/4-26–12/10-26 · 2 t/uge · mentor: Søren Vang, Mentorhuset Aars, 21 48 60 19",
         "Klage: til kommunen inden 4 uger efter modt. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen.",
         "AW"],
        subtype="grant", traits=["grant", "sms-length", "cpr"], cprs=[C[16]], period=P("2026-04-13", "2026-10-12"))

    add("afgoerelser/forlaengelse/afg-forlaenget-uden-klage-carl.docx", "docx", "decision", "terse-letter",
        ["missing-appeal-guidance"],
        [*letter_head("27.7.26", "Carl Bruun", "27.12.04-P20-188-26"),
         ("b", "Forlængelse – mentorstøtte"),
         "Forlænget 1/8-26 – 31/1-27, 2 t/uge (§ 167). Begr.: praktikken er forlænget, og fremmødet er endnu ikke stabilt (3 af 5 dage).",
         "Mvh MBP"],
        subtype="extension", traits=["extension", "no-appeal"], period=P("2026-08-01", "2027-01-31"))

    # ======================= LOOK-ALIKES (unknown) =======================
    add("andet/kalender/kalender-mentormoede-ali.txt", "txt", "unknown", "calendar-note", [],
        """Emne: Mentormøde – Ali H. + SV
Start: ti 12-05-2026 10:00
Slut: ti 12-05-2026 11:00
Sted: Job & Ydelse, mødelok. 2.14
Påmindelse: 15 min.
Note: status på jobsøgning, tag CV med. Ali har 2 t/uge m. Søren indtil 31/10.
""", traits=["calendar", "weekday-abbrev"])

    add("andet/tlf/tlf-notat-mentor-ingen-svar.txt", "txt", "unknown", "call-log", [],
        f"""Tlf.notat 03.06.26 09.12 LKJ
Ring. t. borger (Kasper N., {C[17]}) – ingen svar, lagt besked.
09.30 ring. t. mentor HB – K. har ikke været i praktik ma+ti, HB kører forbi i dag.
11.05 HB ringer tilbage: K. syg, forventer mødt on. Ny status fre.
""", traits=["call-log", "cpr"], cprs=[C[17]])

    add("andet/opgaver/todo-mentorsager-uge-19.md", "md", "unknown", "task-list", [],
        """## To do – mentorsager uge 19 (MBP)

- [ ] Sofie L.: send aftale/notat til e-Boks
- [x] Lea W.: bestil mentor VUC (Jesper F.)
- [ ] Zara: Min Plan mangler timetal – ret
- [ ] Frida H.: forlængelse udløber 30/9 – vurdering
- [ ] Ring t. Himmerland Mentor om faktura april
- [ ] Team-møde to kl. 13: mentorbudget (§ 203 a loft)
""", traits=["task-list"])

    add("andet/status/status-uge-14-kasper.txt", "txt", "unknown", "status-line", [],
        """Status uge 14 · Kasper N. · HB (Mentorhuset)
Fremmøde praktik: 4/5 dg. · Transport ok · Vækkeopkald stoppet fra ma · Næste statusmøde 30/4 kl 10
""", traits=["status-line"])

    add("andet/booking/booking-lokale-mentor.eml", "eml", "unknown", "booking", [],
        {"from": "Lokalebooking <booking@vesthimmerland.example>", "to": "lkj@vesthimmerland.example",
         "subject": "Bekræftelse: Mødelokale 2.14 booket", "date": (2026, 4, 28, 7, 55),
         "body": """Din booking er bekræftet.

Lokale: 2.14 (6 pers.)
Dato: on 6/5-26 kl. 13.00-14.30
Formål: Mentor/statusmøder (3 stk.)
Forplejning: kaffe/te
Booket af: Lone Kjær Jensen

Aflys senest 24 t. før via Outlook.
"""}, traits=["booking"])

    add("andet/paamindelse/paamindelse-aftale-udloeber.eml", "eml", "unknown", "reminder", [],
        {"from": "Fagsystem <noreply@vesthimmerland.example>", "to": "mbp@vesthimmerland.example",
         "subject": "Påmindelse: mentoraftale udløber om 14 dage", "date": (2026, 10, 5, 6, 0),
         "body": """Påmindelse (automatisk)

Sag: 27.12.04-P20-118-26 (Nadia I.)
Indsats: Mentorstøtte § 167 – slut 31.12.2026
Frist: evaluering m. borger 14 dage før ophør
Handling: vurder forlængelse / ophør. Husk afgørelse + klagevejl.

Denne mail kan ikke besvares.
"""}, traits=["reminder", "system-mail"])

    add("andet/faktura/faktura-mentorhuset-maj.html", "html", "unknown", "invoice", [],
        """<h3>Mentorhuset Aars ApS · CVR 38 11 22 47</h3>
<p>Faktura nr. 2026-0512 · dato 31.05.26 · forfald 30.06.26<br>Til: Vesthimmerlands Kommune, Job &amp; Ydelse, EAN 5798 0000 12345</p>
<table border="1">
<tr><th>Borger (init.)</th><th>Sagsnr.</th><th>Mentor</th><th>Timer maj</th><th>Sats</th><th>Beløb</th></tr>
<tr><td>KN</td><td>…-201-26</td><td>HB</td><td>12</td><td>525,00</td><td>6.300,00</td></tr>
<tr><td>AH</td><td>…-311-26</td><td>SV</td><td>8</td><td>525,00</td><td>4.200,00</td></tr>
<tr><td>JF</td><td>…-140-26</td><td>HB</td><td>8</td><td>525,00</td><td>4.200,00</td></tr>
</table>
<p>I alt ekskl. moms 14.700,00 · moms 3.675,00 · <b>i alt 18.375,00</b></p>""",
        traits=["invoice", "table"])

    add("andet/status/statusrapport-mentor-maj-maja.docx", "docx", "unknown", "status-report", [],
        [("b", "Statusrapport – mentorforløb (maj)"),
         "Borger: Maja H. · Mentor: Anne-Mette Skov · Til: MBP",
         "Fremmøde: 11 af 12 dage · Angst på arbejdspladsen: bedre, tager selv pauser",
         "Brugt: 12 t. (plan 12) · Næste skridt: 3 hele dage/uge fra okt., som aftalt",
         "Bemærkn.: klinikken positiv ift. elevplads"],
        traits=["status-report"])

    add("andet/kalender/team-kalender-uge-36.pdf", "pdf", "unknown", "team-calendar", [],
        [("b", "Team Mentor – kalender uge 36"),
         ("t", [["Dag", "Tid", "Hvad", "Hvem"],
                ["ma 31/8", "9-10", "Statusmøde Emma S.", "LKJ/JF"],
                ["ti 1/9", "13-14", "Opstart Rasmus V.", "MBP/CD"],
                ["on 2/9", "10-11.30", "Teammøde – forlængelser", "alle"],
                ["to 3/9", "14-15", "Evaluering Kasper N. (14 dg. før ophør)", "LKJ/HB"],
                ["fr 4/9", "—", "Fri (afspadsering)", "AW"]])],
        traits=["team-calendar", "table"])

    add("andet/sms/sms-mentor-til-borger.txt", "txt", "unknown", "sms", [],
        """SMS fra 21 48 60 12 (Henrik) 08.03.26 07:31:
Godmorgen Kasper 🙂 Husk praktik kl 8 i dag. Jeg henter dig 7.40 ved Netto. Skriv hvis noget
""", traits=["sms"])

    add("andet/bestilling/bestilling-mentorforloeb-nadia.eml", "eml", "unknown", "order-mail", [],
        {"from": "Anders Würtz <aw@vesthimmerland.example>", "to": "cd@himmerlandmentor.example",
         "subject": "Bestilling af mentorforløb – N.I.", "date": (2026, 6, 22, 10, 20),
         "body": """Hej Camilla

Bestilling iflg. rammeaftale: mentorforløb til N.I. (sagsnr. …-118-26), forventet start 1/7, ca. 3 t/uge.
Kan I starte? Opstartsmøde foreslås to 25/6 kl. 13 her på Job & Ydelse.
Aftalen skriver vi på mødet.

Mvh Anders
"""}, traits=["order", "provider-mail"])

    add("andet/notat/overdragelse-mentorsager-lkj.txt", "txt", "unknown", "handover-note", [],
        f"""Overdragelsesnotat – LKJ → AW (ferie uge 28-31)
- Kasper N. ({C[18]}): mentor HB, kører t/m 1/9, status hver 4. uge – næste 14/7
- Ali H.: mentor SV, jobsøgning, intet akut
- Peter M.: udskr.koord. GM, ring t. afd. hvis problemer
- Nikolaj H.: evaluering uge 33 – book lokale
""", traits=["handover", "cpr"], cprs=[C[18]])

    add("andet/referat/referat-teammoede-mentor.md", "md", "unknown", "minutes", [],
        """# Referat – teammøde Mentor 2/9-26

Til stede: LKJ, MBP, AW · Afbud: –

1. **Budget** – § 203 a-loft: forbrug 71 % pr. aug. Færre forlængelser >2 t/uge.
2. **Skabelon** – ny aftaleskabelon m. felt for opfølgning + delmål; klagevejl. fast tekst.
3. **Leverandører** – Himmerland Mentor: ventetid 2 uger. Mentorhuset ok.
4. Evt. – intet.

Ref. AW
""", traits=["minutes"])

    # ======================= later additions =======================
    add("aftaler/formular/aftale-tabulator-felter-yasmin.odt", "odt", "agreement", "odt-form", [],
        [("h", "Aftale om mentorstøtte (LAB § 167)"),
         "Borger:\tYasmin Ali\t\tSagsbeh.:\tAW",
         "Mål:\tYasmin er i løntilskud som pædagogmedhjælper i Vuggestuen Mælkebøtten 25 t/uge fra 1/12-26",
         "Mentor:\tGitte Munk, Himmerland Mentor ApS, 30 22 71 38, gm@himmerlandmentor.example",
         "Opg.:\tintroforløb, følges 1. uge, ugentl. samtale om rutiner og dansk på arbejdspladsen",
         "Per.:\t16/11-26 – 15/5-27",
         "Timer:\t2 t/uge",
         "Opf.:\tstatusmøde hver 4. uge; delmål: arbejder selvstændigt på stuen fra feb.",
         "Klagevejl.:\tklage til kommunen inden 4 uger efter modt.; kommunen genvurderer; fastholdes afgørelsen, sendes klagen til Ankestyrelsen",
         "Aars 12/11-26"],
        traits=["odt", "tab-separated"], period=P("2026-11-16", "2027-05-15"))

    add("aftaler/mail/re-mentor-vi-starter-mandag-anna.eml", "eml", "agreement", "provider-mail",
        ["missing-duration", "missing-appeal-guidance"],
        {"from": "Camilla Dahl <cd@himmerlandmentor.example>", "to": "anna.kvist@example.dk",
         "cc": "aw@vesthimmerland.example",
         "subject": "Re: mentor - det vi aftalte", "date": (2026, 3, 27, 16, 2),
         "body": """Hej Anna

Jeg skriver lige vores aftale om mentorstøtte ned, som lovet:
- Mål: du er i praktik i Aars Blomster 12 t/uge fra april og søger elevplads som florist til sommer
- Jeg hjælper dig med: første dage i praktikken, ansøgning om elevplads, og vi tager en snak hver torsdag
- Tid: 2 t om ugen
- Vi starter mandag
- Opfølgning: møde med Anders hver 4. uge

Hilsen Camilla
Camilla Dahl, mentor, Himmerland Mentor ApS, 30 22 71 46

Den 27.03.2026 kl. 14.10 skrev Anna Kvist:
> Hej Camilla, kan du skrive det ned vi snakkede om? /Anna
"""}, traits=["provider-mail", "reply", "no-end", "no-appeal"], period=None)

    add("afgoerelser/delvis/afg-delvis-uden-frist-kamilla.odt", "odt", "decision", "odt-letter",
        ["missing-appeal-guidance"],
        [f"{KOMMUNE} · Job & Ydelse · 1.10.26 · Sagsnr. 27.12.04-P20-350-26",
         f"Til: Kamilla Friis · CPR {C[19]}",
         ("b", "Delvis bevilling af mentorstøtte"),
         "Du søgte mentor 4 t/uge. Bevilget: 2 t/uge, 5/10-26 – 4/4-27 (LAB § 167).",
         "Begrundelse: Vi har lagt vægt på, at din praktikvært giver daglig oplæring, så mentor kun skal tage sig af transport og samtaler om fremmøde.",
         "Klage: Du kan klage til Ankestyrelsen via kommunen.",
         "Mvh MBP"],
        subtype="partial", traits=["odt", "partial", "appeal-no-deadline", "cpr"], cprs=[C[19]],
        period=P("2026-10-05", "2027-04-04"))

    add("andet/moede/moedeindkaldelse-statusmoede-emil.eml", "eml", "unknown", "meeting-invite", [],
        {"from": "Lone Kjær Jensen <lkj@vesthimmerland.example>", "to": "emil.rt@example.dk",
         "cc": "ko@mentorhuset-aars.dk",
         "subject": "Mødeindkaldelse: statusmøde mentor to 14/5 kl. 9", "date": (2026, 5, 4, 12, 30),
         "body": """Hej Emil

Statusmøde om din mentorstøtte:
to 14/5-26 kl. 9.00-9.45, Job & Ydelse, lok. 2.14. Kim (mentor) deltager.
Tag gerne listen over praktikpladser med.
Kan du ikke komme, så ring 99 66 71 18.

Mvh Lone
"""}, traits=["meeting-invite"])

    add("andet/kvittering/kvittering-ansoegning-mentor.txt", "txt", "unknown", "receipt", [],
        f"""Kvittering – modtaget ansøgning
Vesthimmerlands Kommune, Job & Ydelse · 02.02.26
Vi har modtaget din ansøgning om mentorstøtte (CPR {C[20]}) d. 30.01.26.
Sagsbeh.: AW. Forv. svar inden 3 uger. Du hører fra os.
""", traits=["receipt", "cpr"], cprs=[C[20]])

    return docs


def write_all(out: Path, docs: list[dict]) -> None:
    writers = {"txt": lambda p, c: w_txt(p, c), "md": lambda p, c: w_txt(p, c),
               "eml": w_eml, "docx": w_docx, "odt": w_odt, "pdf": w_pdf,
               "html": lambda p, c: w_html(p, c), "rtf": w_rtf}
    entries = []
    for d in docs:
        p = out / d["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        writers[d["format"]](p, d["content"])
        e = {k: v for k, v in d.items() if k != "content"}
        if e["period"] is None:
            del e["period"]
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/iq")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build(random.Random(a.seed))
    write_all(out, docs)
    from collections import Counter
    print(len(docs), "documents ->", out)
    print(Counter(d["kind"] for d in docs))


if __name__ == "__main__":
    main()
