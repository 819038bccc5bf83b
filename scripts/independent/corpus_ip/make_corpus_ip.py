#!/usr/bin/env python3
"""Corpus IP: the paperwork around appeals and changed decisions on mentor support (LAB § 167).

Independent corpus writer. Deterministic: fixed seed, ``--out DIR``, ``--seed N``.
Writes documents plus EXPECTED.jsonl (manifest format of corpusgen/corpus/manifest.py).

Run:  /work/main/.venv/bin/python make_corpus_ip.py --out /work/corpora/ip
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import tempfile
import time
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Appeal-guidance wordings of every quality
# --------------------------------------------------------------------------------------------

APPEAL_OK = [
    ("Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du "
     "har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger, fra klagen er "
     "modtaget. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til "
     "Ankestyrelsen, som tager stilling til sagen. Du kan klage mundtligt eller skriftligt. "
     "Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i "
     "retssikkerhedsloven."),
    ("Du kan klage over afgørelsen. Klagen skal være modtaget af {kommune} Kommune, Beskæftigelse, "
     "senest 4 uger efter, at du har fået brevet. Du kan skrive til os via Digital Post eller "
     "ringe på {tlf}. Vi ser på sagen igen. Fastholder vi afgørelsen, sender vi klagen og "
     "sagens akter til Ankestyrelsen inden 4 uger. Du behøver ikke begrunde din klage."),
    ("Send din klage til {kommune} Kommune, Jobcenter og Ydelse, inden 4 uger fra du har modtaget "
     "afgørelsen. Vi vurderer sagen igen. Giver vi dig ikke medhold, sender vi klagen videre til "
     "Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204."),
    ("Er du uenig, kan du klage til os i kommunen. Klagefristen er fire uger og regnes fra den "
     "dag, du fik afgørelsen. Når vi har modtaget klagen, genvurderer vi sagen. Ændrer vi ikke "
     "afgørelsen, videresender vi din klage til Ankestyrelsen, og du får besked om det."),
    ("Klage over afgørelsen skal sendes til jobcentret i {kommune} Kommune inden 4 uger efter "
     "modtagelsen. Jobcentret genvurderer afgørelsen, og fastholdes den, sendes klagen til "
     "Ankestyrelsen. Du kan klage skriftligt eller mundtligt, fx ved at ringe til din "
     "sagsbehandler."),
]

APPEAL_WRONG = [  # names a body and a deadline, but sends the complaint straight to Ankestyrelsen
    ("Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev. "
     "Klagen sendes direkte til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via "
     "ast.dk."),
    ("Afgørelsen kan påklages til Ankestyrelsens Beskæftigelsesudvalg inden fire uger, jf. LAB "
     "§ 204. Du skal sende klagen direkte til Ankestyrelsen. Skriv dit navn, din adresse og "
     "sagsnummeret i klagen."),
    ("Vil du klage, skal du selv indsende klagen til Ankestyrelsen senest 4 uger efter, at du "
     "har modtaget afgørelsen. Brug Ankestyrelsens klageformular på borger.dk."),
]

APPEAL_OTHER = [  # guidance for another benefit
    ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du ikke er enig i afgørelsen om "
     "befordringsgodtgørelse, kan du klage til kommunen inden 4 uger. Kommunen genvurderer "
     "afgørelsen og sender klagen til Ankestyrelsen, hvis den fastholdes."),
    ("Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Du kan klage "
     "til kommunen inden 4 uger efter modtagelsen af afgørelsen om socialpædagogisk støtte. "
     "Kommunen genvurderer sagen, før den sendes til Ankestyrelsen."),
    ("Klagevejledning – sygedagpenge: Klage over afgørelser om sygedagpenge skal sendes til "
     "kommunen inden 4 uger. Fastholder kommunen afgørelsen om sygedagpenge, sendes klagen til "
     "Ankestyrelsen."),
]

APPEAL_REF = [  # guidance only by reference, no body and deadline in the document
    "Se vedlagte klagevejledning.",
    ("Du kan læse om dine muligheder for at klage på kommunens hjemmeside under »Klag over en "
     "afgørelse«."),
    "Klagevejledning: jf. standardbilag K-3 (klagevejledning, beskæftigelsesområdet).",
    "Du kan klage over afgørelsen.",
    "Hvis du vil klage, skal du kontakte jobcentret, som vil se på sagen igen.",
    "Fristen for at klage er fire uger.",
]

KOMMUNER = [
    ("Viborg", "87 87 87 87", "Prinsens Allé 5, 8800 Viborg"),
    ("Holbæk", "72 36 36 36", "Kanalstræde 2, 4300 Holbæk"),
    ("Kolding", "79 79 79 79", "Akseltorv 1, 6000 Kolding"),
    ("Randers", "89 15 15 15", "Laksetorvet 1, 8900 Randers C"),
    ("Næstved", "55 88 55 88", "Rådmandshaven 20, 4700 Næstved"),
    ("Silkeborg", "89 70 10 00", "Søvej 1, 8600 Silkeborg"),
    ("Esbjerg", "76 16 16 16", "Torvegade 74, 6700 Esbjerg"),
    ("Hjørring", "72 33 33 33", "Springvandspladsen 5, 9800 Hjørring"),
    ("Slagelse", "58 57 36 00", "Rådhuspladsen 11, 4200 Slagelse"),
    ("Herning", "96 28 28 28", "Torvet 5, 7400 Herning"),
    ("Svendborg", "62 23 30 00", "Ramsherred 5, 5700 Svendborg"),
    ("Frederikshavn", "98 45 50 00", "Rådhus Allé 100, 9900 Frederikshavn"),
]


def appeal(kind: str, i: int, k) -> str:
    pool = {"ok": APPEAL_OK, "wrong": APPEAL_WRONG, "other": APPEAL_OTHER, "ref": APPEAL_REF}[kind]
    return pool[i % len(pool)].format(kommune=k[0], tlf=k[1])


def cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(60, 99)
    s = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y:02d}-{s:04d}"


# --------------------------------------------------------------------------------------------
# Renderers. A document is a title plus blocks: ("h", text) ("p", text) ("kv", [(l, v)]) ("ul", [..])
# --------------------------------------------------------------------------------------------

def to_txt(title, blocks):
    out = [title, ""]
    for t, c in blocks:
        if t == "h":
            out += [c, ""]
        elif t == "p":
            out += [c, ""]
        elif t == "kv":
            out += [f"{a}: {b}" for a, b in c] + [""]
        elif t == "ul":
            out += [f"- {x}" for x in c] + [""]
    return "\n".join(out)


def to_md(title, blocks):
    out = [f"# {title}", ""]
    for t, c in blocks:
        if t == "h":
            out += [f"## {c}", ""]
        elif t == "p":
            out += [c, ""]
        elif t == "kv":
            out += ["| Felt | Indhold |", "|---|---|"] + [f"| {a} | {b} |" for a, b in c] + [""]
        elif t == "ul":
            out += [f"* {x}" for x in c] + [""]
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(title, blocks):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{esc(title)}</title></head><body>", f"<h1>{esc(title)}</h1>"]
    for t, c in blocks:
        if t == "h":
            out.append(f"<h2>{esc(c)}</h2>")
        elif t == "p":
            out.append(f"<p>{esc(c)}</p>")
        elif t == "kv":
            out.append("<table border=\"1\">" + "".join(
                f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in c) + "</table>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in c) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def write_docx(path, title, blocks):
    import docx
    d = docx.Document()
    d.core_properties.author = "Sagsbehandler"
    fixed = datetime(2026, 5, 1, 8, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "Sagsbehandler"
    d.add_heading(title, level=1)
    for t, c in blocks:
        if t == "h":
            d.add_heading(c, level=2)
        elif t == "p":
            d.add_paragraph(c)
        elif t == "kv":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for a, b in c:
                r = tab.add_row().cells
                r[0].text, r[1].text = a, b
            d.add_paragraph("")
        elif t == "ul":
            for x in c:
                d.add_paragraph(x, style="List Bullet")
    d.save(str(path))


def write_pdf(path, title, blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("b", fontName="DV", fontSize=10, leading=13)
    h1 = ss["Heading1"].clone("h1", fontName="DVB", fontSize=15)
    h2 = ss["Heading2"].clone("h2", fontName="DVB", fontSize=12)
    story = [Paragraph(esc(title), h1)]
    for t, c in blocks:
        if t == "h":
            story.append(Paragraph(esc(c), h2))
        elif t == "p":
            story.append(Paragraph(esc(c), body))
        elif t == "kv":
            data = [[Paragraph(esc(a), body), Paragraph(esc(b), body)] for a, b in c]
            tb = Table(data, colWidths=[140, 330])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 6)]
        elif t == "ul":
            for x in c:
                story.append(Paragraph("• " + esc(x), body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Kommunen",
                            invariant=1)
    doc.build(story)


def write_odt(path, title, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P
    d = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph")
    hs.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    d.styles.addElement(hs)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    d.styles.addElement(h2)
    d.text.addElement(H(outlinelevel=1, stylename=hs, text=title))
    for t, c in blocks:
        if t == "h":
            d.text.addElement(H(outlinelevel=2, stylename=h2, text=c))
        elif t == "p":
            d.text.addElement(P(text=c))
        elif t == "kv":
            for a, b in c:
                d.text.addElement(P(text=f"{a}: {b}"))
        elif t == "ul":
            for x in c:
                d.text.addElement(P(text=f"• {x}"))
    d.save(str(path))


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def to_rtf(title, blocks):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs22",
           r"{\b\fs30 " + rtf_esc(title) + r"}\par\par"]
    for t, c in blocks:
        if t == "h":
            out.append(r"{\b\fs24 " + rtf_esc(c) + r"}\par")
        elif t == "p":
            out.append(rtf_esc(c) + r"\par\par")
        elif t == "kv":
            for a, b in c:
                out.append(r"{\b " + rtf_esc(a) + r":} " + rtf_esc(b) + r"\par")
            out.append(r"\par")
        elif t == "ul":
            for x in c:
                out.append(r"\bullet  " + rtf_esc(x) + r"\par")
    out.append("}")
    return "\n".join(out)


def write_eml(path, title, blocks, sender, to, when):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = title
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<" + hashlib.sha1(title.encode()).hexdigest()[:16] + ".ip@example.invalid>"
    m.set_content(to_txt(title, blocks).split("\n", 2)[2])
    path.write_bytes(bytes(m))


def normalise_zip(path: Path):
    """Rewrite a DOCX/ODT zip with fixed timestamps, so that the corpus is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 8, 0, 0))
            ni.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def render(path: Path, fmt: str, title, blocks, meta):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path.write_text(to_txt(title, blocks), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_md(title, blocks), encoding="utf-8")
    elif fmt == "html":
        path.write_text(to_html(title, blocks), encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, title, blocks)
        normalise_zip(path)
    elif fmt == "pdf":
        write_pdf(path, title, blocks)
    elif fmt == "odt":
        write_odt(path, title, blocks)
        normalise_zip(path)
    elif fmt == "rtf":
        path.write_text(to_rtf(title, blocks), encoding="ascii")
    elif fmt == "eml":
        write_eml(path, title, blocks, meta.get("from", "jobcenter@kommune.invalid"),
                  meta.get("to", "borger@example.invalid"),
                  meta.get("when", datetime(2026, 5, 4, 9, 30, tzinfo=timezone.utc)))
    elif fmt == "scan":
        write_scan(path, title, blocks)
    else:
        raise ValueError(fmt)


def write_scan(path, title, blocks):
    """Image-only PDF: render a text PDF, rasterise at 200 dpi, rotate slightly, save as PDF."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        write_pdf(src, title, blocks)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(td) / "pg")],
                       check=True)
        pages = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L").rotate(0.6, expand=False, fillcolor=255)
            pages.append(im)
        pages[0].save(str(path), "PDF", resolution=200.0, save_all=True,
                      append_images=pages[1:], creationDate=time.gmtime(1777622400),
                      modDate=time.gmtime(1777622400), producer="Canon iR-ADV C5535")


# --------------------------------------------------------------------------------------------
# Document specifications
# --------------------------------------------------------------------------------------------

def letterhead(k, dato, navn, adr, cprv=None, sagsnr=None, afd="Jobcenter"):
    lines = [f"{k[0]} Kommune · {afd} · {k[2]} · tlf. {k[1]}",
             f"{navn}, {adr}"]
    ref = []
    if cprv:
        ref.append(f"CPR-nr.: {cprv}")
    if sagsnr:
        ref.append(f"Sagsnr.: {sagsnr}")
    ref.append(f"Dato: {dato}")
    return [("p", lines[0]), ("p", lines[1]), ("p", " · ".join(ref))]


def sign(navn, titel, k, mail=None):
    s = f"Med venlig hilsen\n{navn}\n{titel}, {k[0]} Kommune"
    if mail:
        s += f"\nDirekte tlf. {k[1][:6]}{k[1][6:]} · {mail}"
    return ("p", s)


def specs(rng: random.Random):
    K = KOMMUNER
    D = []  # list of dicts

    def add(**kw):
        kw.setdefault("extras", [])
        kw.setdefault("traits", [])
        kw.setdefault("cpr", None)
        kw.setdefault("period", None)
        kw.setdefault("meta", {})
        D.append(kw)

    def C():
        return cpr(rng)

    # ---------------------------------------------------------------- decisions: grants
    k = K[0]; c = C()
    add(path="afgoerelser/bevilling/d01-bevilling-mentor-viborg.docx", fmt="docx", kind="decision",
        subtype="grant", layout="letter-sections", rules=[], cpr=c,
        traits=["appeal:ok", "period:exact-six", "cpr"],
        period={"start": "2026-03-01", "end": "2026-08-31"},
        title="Afgørelse om mentorstøtte",
        blocks=letterhead(k, "16. februar 2026", "Mikkel Thorsen", "Skovgade 12, 8800 Viborg", c, "15.02.00-G01-311-26") + [
            ("p", "Kære Mikkel"),
            ("p", "Du har søgt om mentorstøtte i forbindelse med din virksomhedspraktik hos Viborg "
                  "Tømmerhandel. Vi har bevilget mentorstøtte efter § 167 i lov om en aktiv "
                  "beskæftigelsesindsats."),
            ("h", "Det har vi bevilget"),
            ("kv", [("Periode", "1. marts 2026 – 31. august 2026"),
                    ("Timetal", "3 timer pr. uge"),
                    ("Mentor", "Henrik Bundgaard, Jobværkstedet Viborg, tlf. 24 61 18 90")]),
            ("h", "Begrundelse"),
            ("p", "Vi har lagt vægt på, at du efter en længere sygeperiode har brug for støtte til at "
                  "fastholde fremmødet i praktikken, og at praktikken skal afklare, om du kan "
                  "ansættes i løntilskud. Afgørelsen er truffet efter LAB § 167, stk. 1."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 0, k)),
            sign("Birgitte Laursen", "Jobkonsulent", k)])

    k = K[1]
    add(path="afgoerelser/bevilling/d02-bevilling-klage-direkte-ast.pdf", fmt="pdf", kind="decision",
        subtype="grant", layout="letter-sections", rules=[], extras=["appeal-wrong-route"],
        traits=["appeal:wrong-route"], period={"start": "2026-04-01", "end": "2026-09-30"},
        title="Bevilling af mentorstøtte",
        blocks=letterhead(k, "20. marts 2026", "Aisha Rahimi", "Ahorn Allé 3, 4300 Holbæk") + [
            ("p", "Du får mentorstøtte fra 1. april 2026 til 30. september 2026. Mentoren skal "
                  "hjælpe dig i gang på social- og sundhedsskolen, og du har 2 timer om ugen med "
                  "mentoren. Din mentor er Trine Holst fra UngeGuiden, tlf. 51 22 40 18."),
            ("p", "Vi har bevilget støtten, fordi du selv har fortalt, at du har svært ved at "
                  "komme i gang med skemaet og tidligere er faldet fra, jf. LAB § 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("wrong", 0, k)),
            sign("Jesper Aagaard", "Sagsbehandler", k)])

    k = K[2]
    add(path="afgoerelser/bevilling/d03-bevilling-forkert-klagevejledning.txt", fmt="txt",
        kind="decision", subtype="grant", layout="plain-letter", rules=["missing-appeal-guidance"],
        traits=["appeal:other-benefit"], period={"start": "2026-02-02", "end": "2026-08-01"},
        title="AFGØRELSE – MENTORSTØTTE OG BEFORDRINGSGODTGØRELSE",
        blocks=letterhead(k, "22. januar 2026", "Jonas Vestergaard", "Låsbybanke 40, 6000 Kolding") + [
            ("p", "Kære Jonas Vestergaard"),
            ("p", "Vi har bevilget dig mentorstøtte efter LAB § 167 i perioden 2. februar 2026 – "
                  "1. august 2026 med 4 timer pr. uge. Mentoren er Anders Friis, Kolding "
                  "Erhvervsmentor, tlf. 40 55 13 27. Du får desuden befordringsgodtgørelse til "
                  "kørsel til praktikstedet."),
            ("p", "Begrundelse: Du starter i praktik som lagermedarbejder og har brug for hjælp til "
                  "at komme i gang med arbejdsrutinerne. Vi har lagt vægt på din tidligere "
                  "tilknytning til arbejdsmarkedet."),
            ("p", appeal("other", 0, k)),
            sign("Marianne Toft", "Jobkonsulent", k)])

    k = K[3]; c = C()
    add(path="afgoerelser/bevilling/d04-bevilling-se-vedlagte.html", fmt="html", kind="decision",
        subtype="grant", layout="html-letter", rules=["missing-appeal-guidance"], cpr=c,
        traits=["appeal:reference-only", "cpr"], period={"start": "2026-05-01", "end": "2026-10-31"},
        title="Afgørelse: Du får mentorstøtte",
        blocks=letterhead(k, "23. april 2026", "Camilla Bech", "Vestergade 8, 8900 Randers C", c) + [
            ("p", "Du har fået bevilget mentorstøtte. Støtten gælder fra 1. maj 2026 til 31. oktober "
                  "2026, og mentoren har 3 timer om ugen til dig."),
            ("p", "Din mentor er Mette Dalsgaard, Randers Ungecenter, mail mette.dalsgaard@"
                  "ungecenter-randers.dk."),
            ("h", "Hvorfor får du mentorstøtte?"),
            ("p", "Du er optaget på FGU og har haft meget fravær. Mentoren skal støtte dig i at møde "
                  "stabilt, så du kan gennemføre det første år. Vi har truffet afgørelsen efter "
                  "LAB § 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("ref", 0, k)),
            sign("Kirsten Holm", "Ungevejleder", k)])

    k = K[4]
    add(path="afgoerelser/bevilling/d05-bevilling-hjemmeside-klage.eml", fmt="eml", kind="decision",
        subtype="grant", layout="email-letter", rules=["missing-appeal-guidance"],
        traits=["appeal:reference-only", "email"], period={"start": "2026-06-01", "end": "2026-11-30"},
        meta={"from": "jobcenter@naestved.invalid", "to": "omar.khalil@example.invalid"},
        title="Afgørelse om mentorstøtte – bevilget",
        blocks=[("p", "Kære Omar"),
                ("p", "Jobcentret har bevilget dig mentorstøtte efter lov om en aktiv "
                      "beskæftigelsesindsats § 167. Bevillingen løber fra 1. juni 2026 til 30. "
                      "november 2026 med 2 timer om ugen."),
                ("p", "Mentor: Lise Frandsen, Næstved Mentorkorps, tlf. 22 86 40 11."),
                ("p", "Vi har lagt vægt på, at du skal i løntilskud i kantinen på Næstved Sygehus og "
                      "selv har ønsket hjælp til at holde styr på vagtplanen."),
                ("p", appeal("ref", 1, k)),
                ("p", "Venlig hilsen\nHanne Vind, jobkonsulent\nNæstved Kommune, Jobcenter")])

    k = K[5]; c = C()
    add(path="afgoerelser/delvis/d06-delvis-bevilling-timer.odt", fmt="odt", kind="decision",
        subtype="partial", layout="letter-sections", rules=[], cpr=c,
        traits=["appeal:ok", "partial:hours", "reasons:yes", "cpr"],
        period={"start": "2026-03-16", "end": "2026-09-15"},
        title="Afgørelse om mentorstøtte – delvis bevilling",
        blocks=letterhead(k, "9. marts 2026", "Louise Krogh", "Nørrevænget 21, 8600 Silkeborg", c, "26-4417") + [
            ("p", "Du har søgt om mentorstøtte med 5 timer om ugen. Vi har bevilget 3 timer om ugen i "
                  "perioden 16. marts 2026 – 15. september 2026."),
            ("h", "Begrundelse"),
            ("p", "Efter LAB § 167 skal timetallet fastsættes efter dit konkrete behov. Vi har lagt "
                  "vægt på, at du allerede har støtte fra en SPS-mentor på uddannelsen to timer om "
                  "ugen, og at mentorstøtten fra kommunen kun skal dække det, uddannelsesstedet ikke "
                  "selv tilbyder. Vi vurderer derfor, at 3 timer om ugen er tilstrækkeligt."),
            ("h", "Mentor"),
            ("p", "Rune Sejersen, Silkeborg Uddannelsesmentor, tlf. 29 14 77 02."),
            ("h", "Sådan klager du"),
            ("p", appeal("ok", 1, k)),
            sign("Dorte Kvist", "Sagsbehandler", k)])

    k = K[6]
    add(path="afgoerelser/delvis/d07-delvis-uden-begrundelse.docx", fmt="docx", kind="decision",
        subtype="partial", layout="letter-table", rules=[], extras=["missing-reasons"],
        traits=["appeal:ok", "partial:hours", "reasons:none"],
        period={"start": "2026-04-13", "end": "2026-10-12"},
        title="Afgørelse – delvis bevilling af mentorstøtte",
        blocks=letterhead(k, "7. april 2026", "Peter Dam", "Kirkegade 3, 6700 Esbjerg") + [
            ("p", "Kære Peter"),
            ("p", "Vi har delvist imødekommet din ansøgning om mentorstøtte. Du får færre timer end "
                  "ansøgt."),
            ("kv", [("Ansøgt", "6 timer pr. uge"), ("Bevilget", "2 timer pr. uge"),
                    ("Periode", "13. april 2026 – 12. oktober 2026"),
                    ("Mentor", "Jan Kloster, Esbjerg Beskæftigelsesmentor, tlf. 21 70 35 09")]),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 2, k)),
            sign("Susanne Bro", "Jobkonsulent", k)])

    k = K[7]
    add(path="afgoerelser/delvis/d08-delvis-ansoegt-12-mdr.pdf", fmt="pdf", kind="decision",
        subtype="partial", layout="letter-sections", rules=[],
        traits=["appeal:ok", "partial:period", "asked-period:12m", "reasons:yes"],
        period={"start": "2026-05-04", "end": "2026-11-03"},
        title="Din ansøgning om mentorstøtte – afgørelse",
        blocks=letterhead(k, "28. april 2026", "Sofie Lund", "Frederikshavnsvej 77, 9800 Hjørring", None, "2026-1102") + [
            ("p", "Du søgte om mentorstøtte i 12 måneder, så du kan få støtte gennem hele dit første "
                  "år på grundforløbet. Vi har bevilget mentorstøtte i 6 måneder, fra 4. maj 2026 "
                  "til 3. november 2026, med 2 timer om ugen."),
            ("h", "Begrundelse"),
            ("p", "Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Før "
                  "perioden udløber, vurderer vi sammen med dig og mentoren, om du har brug for en "
                  "ny periode. Vi har lagt vægt på, at du selv vurderer, at behovet er størst i "
                  "starten af forløbet."),
            ("p", "Din mentor er Karina Mølgaard, Hjørring Ungdomsskole, tlf. 23 40 96 15."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 3, k)),
            sign("Ole Brix", "Ungekonsulent", k)])

    k = K[8]
    add(path="afgoerelser/bevilling/d09-bevilling-11-mdr.md", fmt="md", kind="decision",
        subtype="grant", layout="markdown-letter", rules=["duration-over-6-months"],
        traits=["appeal:ok", "period:over-six"], period={"start": "2026-02-01", "end": "2026-12-31"},
        title="Afgørelse om mentorstøtte",
        blocks=letterhead(k, "26. januar 2026", "Rasmus Holm", "Bjergbygade 9, 4200 Slagelse") + [
            ("p", "Du får bevilget mentorstøtte efter LAB § 167 fra 1. februar 2026 til 31. december "
                  "2026. Timetallet er 2 timer om ugen."),
            ("p", "Mentoren er Bente Vinther, Slagelse Jobcenters mentorteam, tlf. 58 57 40 22."),
            ("h", "Begrundelse"),
            ("p", "Vi har lagt vægt på, at du er i gang med et fleksjob på 12 timer om ugen hos "
                  "Slagelse Boligselskab og har behov for en fast person, når du har dårlige perioder."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 4, k)),
            sign("Lene Fog", "Sagsbehandler", k)])

    k = K[9]; c = C()
    add(path="afgoerelser/bevilling/d10-bevilling-9-mdr-ast.rtf", fmt="rtf", kind="decision",
        subtype="grant", layout="rtf-letter", rules=["duration-over-6-months"],
        extras=["appeal-wrong-route"], cpr=c,
        traits=["appeal:wrong-route", "period:length-9m", "cpr"],
        title="Afgørelse – mentorstøtte",
        blocks=letterhead(k, "18. marts 2026", "Nadia Iversen", "Østergade 14, 7400 Herning", c) + [
            ("p", "Herning Kommune har besluttet at give dig mentorstøtte i 9 måneder fra 1. april "
                  "2026. Du har 3 timer om ugen med din mentor Jørgen Skov, Herning Jobhus, tlf. "
                  "97 12 30 41."),
            ("p", "Vi har lagt vægt på, at du skal starte i virksomhedspraktik som kantinemedhjælper "
                  "og har brug for støtte til at komme op om morgenen og møde til tiden, jf. LAB "
                  "§ 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("wrong", 1, k)),
            sign("Marie Gade", "Jobkonsulent", k)])

    # ---------------------------------------------------------------- reconsiderations that change
    k = K[10]; c = C()
    add(path="afgoerelser/genvurdering/d11-genvurdering-aendret-flere-timer.docx", fmt="docx",
        kind="decision", subtype="reconsideration-changed", layout="letter-sections", rules=[], cpr=c,
        traits=["genvurdering:changed", "appeal:ok", "cpr"],
        period={"start": "2026-03-01", "end": "2026-08-31"},
        title="Genvurdering af din sag om mentorstøtte – ny afgørelse",
        blocks=letterhead(k, "14. april 2026", "Thomas Kjær", "Vestergade 50, 5700 Svendborg", c, "26/8812") + [
            ("p", "Kære Thomas"),
            ("p", "Du klagede den 30. marts 2026 over vores afgørelse af 10. marts 2026, hvor du fik "
                  "bevilget 1 time om ugen med mentor. Vi har genvurderet sagen og ændrer afgørelsen."),
            ("h", "Ny afgørelse"),
            ("p", "Du får nu 3 timer om ugen med mentor i hele perioden 1. marts 2026 – 31. august "
                  "2026. Din mentor er fortsat Pia Lorentzen, Svendborg Mentorhus, tlf. 30 19 44 58."),
            ("h", "Begrundelse"),
            ("p", "I din klage har du oplyst, at du også skal have hjælp til at komme til og fra "
                  "praktikstedet, og din læge har bekræftet, at du har svært ved at bruge offentlig "
                  "transport alene. Vi har lagt vægt på de nye oplysninger, jf. LAB § 167, stk. 1."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 0, k)),
            sign("Niels Worm", "Sagsbehandler", k)])

    k = K[11]
    add(path="afgoerelser/genvurdering/d12-genvurdering-aendret-uden-klagevejledning.pdf", fmt="pdf",
        kind="decision", subtype="reconsideration-changed", layout="letter-plain",
        rules=["missing-appeal-guidance"], traits=["genvurdering:changed", "appeal:none"],
        period={"start": "2026-05-01", "end": "2026-10-31"},
        title="Vi har ændret vores afgørelse om mentorstøtte",
        blocks=letterhead(k, "2. maj 2026", "Sara Mikkelsen", "Hjørringvej 210, 9900 Frederikshavn") + [
            ("p", "Kære Sara"),
            ("p", "Vi har modtaget din klage af 20. april 2026 over afslaget på mentorstøtte. Vi har "
                  "set på sagen igen og giver dig nu delvis medhold. Du søgte om 3 timer om ugen."),
            ("p", "Du får mentorstøtte fra 1. maj 2026 til 31. oktober 2026 med 2 timer om ugen. "
                  "Mentoren er Kim Dahl, Frederikshavn Jobcenter, tlf. 98 45 62 10."),
            ("p", "Vi har lagt vægt på, at din praktikvært har oplyst, at praktikken kan forlænges "
                  "med henblik på ansættelse, hvis fremmødet bliver stabilt."),
            ("p", "Har du spørgsmål, er du velkommen til at ringe til mig."),
            sign("Tina Kirk", "Jobkonsulent", k)])

    k = K[0]
    add(path="afgoerelser/genvurdering/d13-genvurdering-kan-klage.txt", fmt="txt", kind="decision",
        subtype="reconsideration-changed", layout="plain-letter", rules=["missing-appeal-guidance"],
        traits=["genvurdering:changed", "appeal:vague"],
        period={"start": "2026-06-08", "end": "2026-12-07"},
        title="Ændret afgørelse efter genvurdering – mentorstøtte",
        blocks=letterhead(k, "1. juni 2026", "Kasper Berg", "Rughavevej 18, 8800 Viborg") + [
            ("p", "Du har klaget over, at din mentorstøtte kun blev bevilget til 3 måneder, og har "
                  "bedt om støtte i hele uddannelsesforløbet. Vi har "
                  "genvurderet afgørelsen og ændrer den, så du får mentorstøtte i perioden "
                  "8. juni 2026 – 7. december 2026. Timetallet er uændret 2 timer pr. uge."),
            ("p", "Baggrunden er, at du nu er optaget på grundforløb 1 på Mercantec, og at "
                  "mentoren skal følge dig gennem hele grundforløbet. Vi har lagt vægt på din "
                  "uddannelsesplan, jf. LAB § 167."),
            ("p", "Mentor: Ulla Brink, Viborg Ungementor, tlf. 26 18 05 33."),
            ("p", "Klagevejledning: " + appeal("ref", 3, k)),
            sign("Birgitte Laursen", "Jobkonsulent", k)])

    k = K[1]
    add(path="afgoerelser/genvurdering/d14-genvurdering-afslag-aendret-ast.html", fmt="html",
        kind="decision", subtype="reconsideration-changed", layout="html-letter", rules=[],
        extras=["appeal-wrong-route"], traits=["genvurdering:changed", "appeal:wrong-route"],
        period={"start": "2026-06-01", "end": "2026-11-30"},
        title="Genvurdering – du får alligevel mentorstøtte",
        blocks=letterhead(k, "27. maj 2026", "Fatima Ali", "Smedelundsgade 33, 4300 Holbæk") + [
            ("p", "Kære Fatima Ali"),
            ("p", "Vi gav dig den 4. maj 2026 afslag på mentorstøtte. Du har klaget over afslaget, "
                  "og vi har derfor vurderet sagen igen. Vi ændrer afgørelsen, så du får "
                  "mentorstøtte."),
            ("kv", [("Periode", "1. juni 2026 – 30. november 2026"),
                    ("Timer", "2 timer om ugen"),
                    ("Mentor", "Sanne Ravn, Holbæk Jobcenter, tlf. 72 36 44 90")]),
            ("p", "Begrundelse: Du har sendt dokumentation for, at du er optaget på pædagogisk "
                  "assistentuddannelse fra august, og vi vurderer nu, at mentorstøtte kan hjælpe dig "
                  "med at gennemføre forløbet, jf. LAB § 167, stk. 1."),
            ("h", "Klagevejledning"),
            ("p", appeal("wrong", 1, k)),
            sign("Jesper Aagaard", "Sagsbehandler", k)])

    # ---------------------------------------------------------------- new decisions after hjemvisning
    k = K[2]; c = C()
    add(path="afgoerelser/hjemvist/d15-ny-afgoerelse-efter-hjemvisning.docx", fmt="docx",
        kind="decision", subtype="after-remittal", layout="letter-sections", rules=[], cpr=c,
        traits=["hjemvisning", "appeal:ok", "cpr"],
        period={"start": "2026-07-01", "end": "2026-12-31"},
        title="Ny afgørelse om mentorstøtte efter Ankestyrelsens hjemvisning",
        blocks=letterhead(k, "24. juni 2026", "Line Winther", "Haderslevvej 120, 6000 Kolding", c, "26-03-118") + [
            ("p", "Kære Line"),
            ("p", "Ankestyrelsen har den 9. juni 2026 ophævet vores afgørelse af 12. februar 2026 og "
                  "sendt sagen tilbage til os til ny behandling. Ankestyrelsen fandt, at vi ikke "
                  "havde oplyst sagen tilstrækkeligt om dine helbredsmæssige forhold."),
            ("p", "Vi har nu indhentet en udtalelse fra din psykiater og har behandlet sagen igen."),
            ("h", "Afgørelse"),
            ("p", "Du får mentorstøtte efter LAB § 167 i perioden 1. juli 2026 – 31. december 2026 "
                  "med 4 timer om ugen. Mentoren er Bo Mathiesen, Kolding Erhvervsmentor, "
                  "tlf. 40 55 13 90."),
            ("h", "Begrundelse"),
            ("p", "Det fremgår af udtalelsen, at du kan arbejde 10-15 timer om ugen, hvis du får tæt "
                  "støtte i opstarten. Vi har lagt vægt på, at mentorstøtten skal bringe dig i "
                  "virksomhedspraktik med henblik på et fleksjob."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 1, k)),
            sign("Marianne Toft", "Jobkonsulent", k)])

    k = K[3]
    add(path="afgoerelser/hjemvist/d16-hjemvist-12-maaneder.pdf", fmt="pdf", kind="decision",
        subtype="after-remittal", layout="letter-sections", rules=["duration-over-6-months"],
        traits=["hjemvisning", "appeal:ok", "period:over-six"],
        period={"start": "2026-01-15", "end": "2027-01-14"},
        title="Afgørelse om mentorstøtte – genbehandling",
        blocks=letterhead(k, "8. januar 2026", "Morten Sand", "Tøjhushaven 4, 8900 Randers C", None, "25-22961") + [
            ("p", "Ankestyrelsen har hjemvist din sag om mentorstøtte til fornyet behandling i "
                  "kommunen. Vi har nu behandlet sagen igen."),
            ("p", "Du får mentorstøtte fra 15. januar 2026 til 14. januar 2027. Mentoren har 2 timer "
                  "om ugen sammen med dig. Din mentor er Claus Hvid, Randers Jobhus, tlf. 86 40 12 77."),
            ("h", "Begrundelse"),
            ("p", "Vi har lagt vægt på, at du skal gennemføre en AMU-uddannelse som truckfører og "
                  "derefter søge job på et lager. Støtten er bevilget efter LAB § 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 2, k)),
            sign("Kirsten Holm", "Sagsbehandler", k)])

    k = K[4]
    add(path="afgoerelser/hjemvist/d17-hjemvist-afslag-igen.odt", fmt="odt", kind="decision",
        subtype="after-remittal-refusal", layout="letter-sections", rules=[],
        traits=["hjemvisning", "refusal", "appeal:ok", "reasons:yes"],
        title="Afslag på mentorstøtte – ny behandling efter hjemvisning",
        blocks=letterhead(k, "3. august 2026", "Henrik Sørensen", "Ringstedgade 60, 4700 Næstved") + [
            ("p", "Kære Henrik"),
            ("p", "Ankestyrelsen hjemviste den 14. juli 2026 din sag, fordi vores første afslag ikke "
                  "indeholdt en tilstrækkelig begrundelse. Vi har behandlet sagen igen og giver dig "
                  "igen afslag på mentorstøtte."),
            ("h", "Begrundelse"),
            ("p", "Efter LAB § 167 kan mentorstøtte gives, når der er behov for det, for at du kan "
                  "opnå eller fastholde job eller uddannelse. Du er i ordinært job på 32 timer om "
                  "ugen hos Næstved Vinduespolering og har ikke haft fravær de sidste fire måneder. "
                  "Din arbejdsgiver har oplyst, at der er en fast kontaktperson på arbejdspladsen. "
                  "Vi har lagt vægt på, at du allerede har den støtte, du har brug for."),
            ("h", "Sådan klager du"),
            ("p", appeal("ok", 3, k)),
            sign("Hanne Vind", "Jobkonsulent", k)])

    k = K[5]
    add(path="afgoerelser/hjemvist/d18-hjemvist-afslag-uden-begrundelse.eml", fmt="eml",
        kind="decision", subtype="after-remittal-refusal", layout="email-letter",
        rules=["missing-appeal-guidance"], extras=["missing-reasons"],
        traits=["hjemvisning", "refusal", "appeal:reference-only", "reasons:none", "email"],
        meta={"from": "beskaeftigelse@silkeborg.invalid", "to": "ida.m@example.invalid"},
        title="Afgørelse efter hjemvisning – mentorstøtte",
        blocks=[("p", "Kære Ida Mørk"),
                ("p", "Din sag om mentorstøtte er kommet retur fra Ankestyrelsen. Vi har nu "
                      "behandlet den igen."),
                ("p", "Du får afslag på mentorstøtte."),
                ("p", appeal("ref", 1, k)),
                ("p", "Venlig hilsen\nDorte Kvist\nSilkeborg Kommune, Beskæftigelse")])

    # ---------------------------------------------------------------- changes of hours
    k = K[6]; c = C()
    add(path="afgoerelser/aendring/d19-aendring-timetal-nedsat.txt", fmt="txt", kind="decision",
        subtype="change-hours", layout="plain-letter", rules=[], cpr=c,
        traits=["change:hours-down", "appeal:ok", "reasons:yes", "cpr"],
        period={"start": "2026-03-02", "end": "2026-09-01"},
        title="Ændring af din mentorstøtte – timetal",
        blocks=letterhead(k, "22. april 2026", "Jakob Lind", "Storegade 91, 6700 Esbjerg", c) + [
            ("p", "Kære Jakob"),
            ("p", "Vi nedsætter timetallet i din mentorstøtte fra 4 til 2 timer om ugen med virkning "
                  "fra 4. maj 2026. Din bevillingsperiode er uændret 2. marts 2026 – 1. september 2026."),
            ("p", "Begrundelse: Ved statusmødet den 14. april 2026 fortalte du og mentoren, at du nu "
                  "selv møder til tiden på lageret hos DanFrakt og klarer kontakten med din "
                  "arbejdsleder. Vi har lagt vægt på, at støtten skal svare til dit aktuelle behov, "
                  "jf. LAB § 167 og BAB § 122. Du har haft mulighed for at udtale dig inden "
                  "afgørelsen."),
            ("p", "Din mentor er fortsat Jan Kloster, tlf. 21 70 35 09."),
            ("p", "KLAGEVEJLEDNING"),
            ("p", appeal("ok", 4, k)),
            sign("Susanne Bro", "Jobkonsulent", k)])

    k = K[7]
    add(path="afgoerelser/aendring/d20-aendring-faerre-timer-ingen-begrundelse.md", fmt="md",
        kind="decision", subtype="change-hours", layout="markdown-letter", rules=[],
        extras=["missing-reasons"], traits=["change:hours-down", "appeal:ok", "reasons:none"],
        period={"start": "2026-02-16", "end": "2026-08-15"},
        title="Afgørelse om færre timer med mentor",
        blocks=letterhead(k, "11. maj 2026", "Anja Kristoffersen", "Banegårdsgade 2, 9800 Hjørring") + [
            ("p", "Du får færre timer med din mentor. Fra 1. juni 2026 har du 1 time om ugen i "
                  "stedet for 3 timer. Perioden 16. februar 2026 – 15. august 2026 er uændret."),
            ("p", "Mentor: Karina Mølgaard, tlf. 23 40 96 15."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 0, k)),
            sign("Ole Brix", "Ungekonsulent", k)])

    k = K[8]
    add(path="afgoerelser/aendring/d21-aendring-timer-klage-sel85.docx", fmt="docx", kind="decision",
        subtype="change-hours", layout="letter-table", rules=["missing-appeal-guidance"],
        traits=["change:hours-up", "appeal:other-benefit"],
        period={"start": "2026-04-01", "end": "2026-09-30"},
        title="Ændring af bevilling – mentorstøtte",
        blocks=letterhead(k, "19. maj 2026", "Emil Juhl", "Nytorv 7, 4200 Slagelse") + [
            ("p", "Kære Emil"),
            ("p", "Du har bedt om flere timer med din mentor, fordi du er startet på aftenskift. Vi "
                  "har imødekommet dit ønske."),
            ("kv", [("Hidtidigt timetal", "2 timer pr. uge"), ("Nyt timetal", "4 timer pr. uge fra 25. maj 2026"),
                    ("Bevillingsperiode", "1. april 2026 – 30. september 2026 (uændret)"),
                    ("Mentor", "Bente Vinther, tlf. 58 57 40 22")]),
            ("p", "Ændringen er sket efter LAB § 167. Din støtte efter servicelovens § 85 fra "
                  "Socialafdelingen fortsætter uændret."),
            ("h", "Klagevejledning"),
            ("p", appeal("other", 1, k)),
            sign("Lene Fog", "Sagsbehandler", k)])

    # ---------------------------------------------------------------- early end
    k = K[9]
    add(path="afgoerelser/ophoer/d22-ophoer-foer-tid.pdf", fmt="pdf", kind="decision",
        subtype="end", layout="letter-sections", rules=[],
        traits=["end:early", "appeal:ok", "reasons:yes"],
        period={"start": "2026-02-01", "end": "2026-04-30"},
        title="Afgørelse om ophør af mentorstøtte",
        blocks=letterhead(k, "14. april 2026", "Christian Bak", "Silkeborgvej 30, 7400 Herning", None, "26-1975") + [
            ("p", "Kære Christian"),
            ("p", "Din mentorstøtte ophører den 30. april 2026. Du var bevilget mentorstøtte fra "
                  "1. februar 2026 til 31. juli 2026 med 3 timer om ugen."),
            ("h", "Begrundelse"),
            ("p", "Du er pr. 1. april 2026 ansat i et ordinært job som chauffør hos Herning "
                  "Vognmandsforretning på fuld tid. Din arbejdsgiver har oplyst, at du er godt i gang, "
                  "og du har selv sagt, at du ikke længere har brug for mentoren. Formålet med "
                  "støtten er dermed opfyldt, jf. LAB § 167. Vi har hørt dig om ophøret den 6. april 2026."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 1, k)),
            sign("Marie Gade", "Jobkonsulent", k)])

    k = K[10]; c = C()
    add(path="afgoerelser/ophoer/d23-ophoer-uden-klagevejledning.html", fmt="html", kind="decision",
        subtype="end", layout="html-letter", rules=["missing-appeal-guidance"], cpr=c,
        traits=["end:early", "appeal:none", "reasons:yes", "cpr"],
        period={"start": "2026-01-05", "end": "2026-07-04"},
        title="Ophør af mentorstøtte",
        blocks=letterhead(k, "9. marts 2026", "Maja Friis", "Bregnevej 4, 5700 Svendborg", c) + [
            ("p", "Vi stopper din mentorstøtte pr. 20. marts 2026. Støtten var bevilget fra "
                  "5. januar 2026 til 4. juli 2026."),
            ("p", "Begrundelse: Du har ikke mødt op til de sidste seks aftaler med mentoren og har "
                  "ikke svaret på vores breve af 9. og 23. februar 2026. Vi vurderer derfor, at "
                  "mentorstøtten ikke kan hjælpe dig tættere på uddannelse, jf. LAB § 167."),
            ("p", "Hvis du har spørgsmål, kan du kontakte mig på tlf. 62 23 31 50."),
            sign("Niels Worm", "Sagsbehandler", k)])

    k = K[11]
    add(path="afgoerelser/ophoer/d24-ophoer-klage-ankestyrelsen.rtf", fmt="rtf", kind="decision",
        subtype="end", layout="rtf-letter", rules=[], extras=["appeal-wrong-route"],
        traits=["end:early", "appeal:wrong-route", "reasons:yes"],
        period={"start": "2026-03-01", "end": "2026-08-31"},
        title="Afgørelse – mentorstøtten stopper",
        blocks=letterhead(k, "12. juni 2026", "Lars Ebbesen", "Søndergade 22, 9900 Frederikshavn") + [
            ("p", "Kære Lars"),
            ("p", "Din mentorstøtte, som var bevilget i perioden 1. marts 2026 – 31. august 2026, "
                  "stopper den 30. juni 2026."),
            ("p", "Vi har lagt vægt på, at du er overgået til sygedagpenge og ikke kan deltage i "
                  "virksomhedspraktikken i de næste måneder. Mentorstøtten var bevilget for at "
                  "støtte dig i praktikken, jf. LAB § 167, stk. 1."),
            ("h", "Klagevejledning"),
            ("p", appeal("wrong", 2, k)),
            sign("Tina Kirk", "Jobkonsulent", k)])

    # ---------------------------------------------------------------- extensions
    k = K[0]; c = C()
    add(path="afgoerelser/forlaengelse/d25-forlaengelse-6-mdr.docx", fmt="docx", kind="decision",
        subtype="extension", layout="letter-table", rules=[], cpr=c,
        traits=["extension", "earlier-period", "appeal:ok", "cpr"],
        period={"start": "2026-09-01", "end": "2027-02-28"},
        title="Afgørelse om forlængelse af mentorstøtte",
        blocks=letterhead(k, "17. august 2026", "Mikkel Thorsen", "Skovgade 12, 8800 Viborg", c, "15.02.00-G01-311-26") + [
            ("p", "Kære Mikkel"),
            ("p", "Din tidligere periode med mentorstøtte, 1. marts 2026 – 31. august 2026, udløber "
                  "snart. Vi har foretaget en konkret vurdering og forlænger støtten i en ny periode."),
            ("kv", [("Ny periode", "1. september 2026 – 28. februar 2027"),
                    ("Timetal", "2 timer pr. uge (nedsat fra 3)"),
                    ("Mentor", "Henrik Bundgaard, Jobværkstedet Viborg, tlf. 24 61 18 90")]),
            ("h", "Begrundelse"),
            ("p", "Du er overgået fra praktik til løntilskud hos Viborg Tømmerhandel. Vi har lagt "
                  "vægt på, at arbejdsgiveren ønsker at ansætte dig ordinært, hvis løntilskuddet "
                  "forløber godt, og at du selv har bedt om fortsat støtte. Forlængelsen er givet "
                  "efter LAB § 167, stk. 1, 2. pkt."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 2, k)),
            sign("Birgitte Laursen", "Jobkonsulent", k)])

    k = K[1]
    add(path="afgoerelser/forlaengelse/d26-forlaengelse-8-mdr.odt", fmt="odt", kind="decision",
        subtype="extension", layout="letter-sections", rules=["duration-over-6-months"],
        traits=["extension", "period:length-8m", "appeal:ok"],
        title="Forlængelse af mentorstøtte",
        blocks=letterhead(k, "25. september 2026", "Aisha Rahimi", "Ahorn Allé 3, 4300 Holbæk") + [
            ("p", "Kære Aisha"),
            ("p", "Vi forlænger din mentorstøtte med 8 måneder fra 1. oktober 2026. Du har fortsat "
                  "2 timer om ugen med Trine Holst, UngeGuiden, tlf. 51 22 40 18."),
            ("h", "Begrundelse"),
            ("p", "Du har gennemført grundforløbet og er startet på hovedforløbet som social- og "
                  "sundhedshjælper. Vi har lagt vægt på, at du har haft stabilt fremmøde med "
                  "mentorens hjælp, og at den første praktikperiode er den mest sårbare, jf. LAB § 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 3, k)),
            sign("Jesper Aagaard", "Sagsbehandler", k)])

    k = K[2]
    add(path="afgoerelser/forlaengelse/d27-afslag-forlaengelse-uden-klageinstans.txt", fmt="txt",
        kind="decision", subtype="extension-refusal", layout="plain-letter",
        rules=["missing-appeal-guidance"], traits=["refusal", "appeal:deadline-only", "reasons:yes"],
        title="Afslag på forlængelse af mentorstøtte",
        blocks=letterhead(k, "10. juli 2026", "Jonas Vestergaard", "Låsbybanke 40, 6000 Kolding") + [
            ("p", "Kære Jonas"),
            ("p", "Du har søgt om at få forlænget din mentorstøtte, som udløber 1. august 2026. Vi "
                  "giver dig afslag."),
            ("p", "Begrundelse: Du er fastansat som lagermedarbejder hos Kolding Logistik fra "
                  "1. juli 2026, og din arbejdsgiver har tilknyttet en fast kollega som "
                  "kontaktperson. Vi har lagt vægt på, at du ikke længere har et behov, som "
                  "arbejdspladsen ikke selv dækker, jf. LAB § 167, stk. 1."),
            ("p", "Klagevejledning: " + appeal("ref", 5, k)),
            sign("Marianne Toft", "Jobkonsulent", k)])

    k = K[3]; c = C()
    add(path="afgoerelser/delvis/d28-delvis-efter-partshoering.pdf", fmt="pdf", kind="decision",
        subtype="partial", layout="letter-sections", rules=[], cpr=c,
        traits=["partial:hours", "after-hearing", "appeal:ok", "reasons:yes", "cpr"],
        period={"start": "2026-06-01", "end": "2026-11-30"},
        title="Afgørelse om mentorstøtte",
        blocks=letterhead(k, "20. maj 2026", "Peter Hald", "Mariagervej 15, 8900 Randers C", c) + [
            ("p", "Du har søgt om mentorstøtte med 8 timer om ugen. Vi sendte dig den 4. maj 2026 et "
                  "brev om, at vi påtænkte at bevilge 4 timer om ugen, og du har svaret den 12. maj "
                  "2026. Vi har nu truffet afgørelse."),
            ("h", "Afgørelse"),
            ("p", "Du får mentorstøtte i perioden 1. juni 2026 – 30. november 2026 med 4 timer om ugen. "
                  "Mentoren er Vibeke Ravn, Randers Jobhus, tlf. 86 40 12 51."),
            ("h", "Begrundelse"),
            ("p", "Vi har læst dit svar, hvor du skriver, at du har brug for hjælp hver dag. Vi har "
                  "lagt vægt på, at mentoren efter BAB § 123 skal være sammen med dig i timerne, og "
                  "at du i forvejen har en bostøtte efter serviceloven to gange om ugen. Vi vurderer, "
                  "at 4 timer om ugen er nok til at støtte dig i din praktik i Føtex, jf. LAB § 167."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 4, k)),
            sign("Kirsten Holm", "Sagsbehandler", k)])

    k = K[4]
    add(path="afgoerelser/bevilling/d29-udskrivningskoordinator.docx", fmt="docx", kind="decision",
        subtype="grant-discharge", layout="letter-sections", rules=[],
        traits=["udskrivningskoordinator", "period:8m-allowed", "appeal:ok"],
        period={"start": "2026-03-01", "end": "2026-10-31"},
        title="Afgørelse om udskrivningskoordinator (mentorstøtte efter LAB § 167, stk. 2)",
        blocks=letterhead(k, "25. februar 2026", "Simon Krag", "Psykiatrisk Afdeling, Slagelse (p.t.)") + [
            ("p", "Kære Simon"),
            ("p", "Region Sjælland har oplyst, at du forventes udskrevet fra psykiatrisk afdeling "
                  "omkring 1. maj 2026. Du har sagt ja til en udskrivningskoordinator."),
            ("p", "Du får en udskrivningskoordinator fra 1. marts 2026 til 31. oktober 2026, det vil "
                  "sige 2 måneder før udskrivningen og 6 måneder efter. Koordinatoren har 3 timer "
                  "om ugen. Din koordinator er Mads Juul, Næstved Kommune, tlf. 55 88 61 30."),
            ("h", "Begrundelse"),
            ("p", "Du har ret til en udskrivningskoordinator efter LAB § 167, stk. 2, fordi du er "
                  "indlagt på grund af psykisk sygdom. Støtten skal hjælpe dig tilbage til din "
                  "uddannelse på Zealand Business College."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 0, k)),
            sign("Hanne Vind", "Jobkonsulent", k)])

    k = K[5]
    add(path="afgoerelser/bevilling/d30-bevilling-uge-10-35.eml", fmt="eml", kind="decision",
        subtype="grant", layout="email-letter", rules=[], traits=["period:weeks", "appeal:ok", "email"],
        period={"start": "2026-03-02", "end": "2026-08-30"},
        meta={"from": "jobcenter@silkeborg.invalid", "to": "nanna.q@example.invalid"},
        title="Afgørelse: mentorstøtte bevilget",
        blocks=[("p", "Kære Nanna Quist"),
                ("p", "Du får mentorstøtte efter LAB § 167 i uge 10-35 2026. Mentoren er sammen med dig "
                      "2 timer om ugen, typisk tirsdag eftermiddag."),
                ("p", "Mentor: Lone Bisgaard, Silkeborg Uddannelsesmentor, lone.bisgaard@"
                      "silkeborg-mentor.invalid, tlf. 29 14 77 40."),
                ("p", "Vi har lagt vægt på, at du skal starte på HF-enkeltfag til august og har brug "
                      "for hjælp til at få en fast ugerytme inden studiestart."),
                ("p", "Klagevejledning"),
                ("p", appeal("ok", 1, k)),
                ("p", "Venlig hilsen\nDorte Kvist, Silkeborg Kommune")])

    k = K[6]
    add(path="afgoerelser/bevilling/d31-bevilling-7-mdr-datoer.md", fmt="md", kind="decision",
        subtype="grant", layout="markdown-letter", rules=["duration-over-6-months"],
        traits=["period:numeric", "period:over-six", "appeal:ok"],
        period={"start": "2026-02-01", "end": "2026-08-31"},
        title="Bevilling – mentorstøtte",
        blocks=letterhead(k, "27. januar 2026", "Frederik Bay", "Jyllandsgade 8, 6700 Esbjerg", None, "26-0311") + [
            ("p", "Esbjerg Kommune bevilger dig mentorstøtte i perioden 01.02.2026-31.08.2026."),
            ("kv", [("Timer", "3 t/uge"), ("Mentor", "Jan Kloster, tlf. 21 70 35 09"),
                    ("Lovgrundlag", "LAB § 167, stk. 1")]),
            ("h", "Begrundelse"),
            ("p", "Du skal i virksomhedspraktik som tømrerhjælper og har brug for støtte til at "
                  "håndtere dine angstanfald på arbejdspladsen."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 2, k)),
            sign("Susanne Bro", "Jobkonsulent", k)])

    k = K[7]; c = C()
    add(path="afgoerelser/genvurdering/d32-genvurdering-delvis-standardbilag.html", fmt="html",
        kind="decision", subtype="reconsideration-changed", layout="html-letter",
        rules=["missing-appeal-guidance"], cpr=c,
        traits=["genvurdering:partly-changed", "appeal:reference-only", "cpr"],
        period={"start": "2026-04-01", "end": "2026-09-30"},
        title="Genvurdering – din afgørelse om mentorstøtte er ændret delvist",
        blocks=letterhead(k, "6. maj 2026", "Anja Kristoffersen", "Banegårdsgade 2, 9800 Hjørring", c) + [
            ("p", "Du har klaget over, at du kun fik 1 time om ugen med mentor. Du ønskede 4 timer. "
                  "Vi har genvurderet sagen og ændrer afgørelsen delvist: Du får 2 timer om ugen fra "
                  "11. maj 2026 og resten af perioden, der løber til 30. september 2026."),
            ("p", "Begrundelse: Vi har lagt vægt på, at du nu er startet på 20 timer om ugen i "
                  "praktikken. Vi vurderer ikke, at der er behov for 4 timer, fordi praktikstedet "
                  "har en fast oplæringsansvarlig, jf. LAB § 167."),
            ("p", "Mentor: Karina Mølgaard, tlf. 23 40 96 15."),
            ("h", "Klagevejledning"),
            ("p", appeal("ref", 2, k)),
            sign("Ole Brix", "Ungekonsulent", k)])

    k = K[8]
    add(path="afgoerelser/bevilling/d33-bevilling-klager-sendes-ast.pdf", fmt="pdf", kind="decision",
        subtype="grant", layout="letter-plain", rules=["missing-appeal-guidance"],
        extras=["appeal-wrong-route"], traits=["appeal:wrong-route-no-deadline"],
        period={"start": "2026-08-10", "end": "2027-02-09"},
        title="Afgørelse om mentorstøtte under uddannelse",
        blocks=letterhead(k, "29. juli 2026", "Oliver Buhl", "Schweizerdalsvej 2, 4200 Slagelse") + [
            ("p", "Kære Oliver"),
            ("p", "Du starter på EUX Business på ZBC den 10. august 2026. Vi bevilger dig mentorstøtte "
                  "fra 10. august 2026 til 9. februar 2027 med 2 timer om ugen. Mentoren er Bente "
                  "Vinther, tlf. 58 57 40 22."),
            ("p", "Vi har lagt vægt på, at du har afbrudt to uddannelser på grund af ordblindhed og "
                  "har brug for hjælp til at planlægge lektier og kontakte SPS-vejlederen, jf. LAB § 167."),
            ("p", "Klageadgang: Klager over afgørelsen sendes til Ankestyrelsen, Beskæftigelsesudvalget."),
            sign("Lene Fog", "Sagsbehandler", k)])

    k = K[9]
    add(path="afgoerelser/bevilling/d34-bevilling-kort-klagetekst.rtf", fmt="rtf", kind="decision",
        subtype="grant", layout="rtf-letter", rules=[], traits=["appeal:ok"],
        period={"start": "2026-10-05", "end": "2027-04-04"},
        title="Mentorstøtte – afgørelse",
        blocks=letterhead(k, "28. september 2026", "Julie Brandt", "Gullestrupvej 5, 7400 Herning") + [
            ("p", "Du har fået mentorstøtte i tiden 5. oktober 2026 til 4. april 2027, 2 timer om ugen. "
                  "Din mentor hedder Jørgen Skov og kan træffes på 97 12 30 41."),
            ("p", "Vi giver dig mentorstøtte, fordi du har fået job som rengøringsassistent på 25 "
                  "timer om ugen og ønsker hjælp til at få styr på arbejdstider og transport, jf. LAB § 167."),
            ("h", "Hvis du vil klage"),
            ("p", appeal("ok", 3, k)),
            sign("Marie Gade", "Jobkonsulent", k)])

    return D


def specs_more(rng: random.Random):
    K = KOMMUNER
    D = []

    def add(**kw):
        kw.setdefault("extras", [])
        kw.setdefault("traits", [])
        kw.setdefault("cpr", None)
        kw.setdefault("period", None)
        kw.setdefault("meta", {})
        D.append(kw)

    def C():
        return cpr(rng)

    def agreement_blocks(k, intro, fields, appeal_text, head=None):
        b = list(head or [])
        b.append(("p", intro))
        b.append(("kv", fields))
        if appeal_text is not None:
            b.append(("h", "Klagevejledning"))
            b.append(("p", appeal_text))
        b.append(("p", "Underskrifter: ____________ (borger)   ____________ (mentor)   "
                       "____________ (kommunen)"))
        return b

    # ---------------------------------------------------------------- agreements after a change
    k = K[10]; c = C()
    add(path="aftaler/a01-revideret-aftale-efter-genvurdering.docx", fmt="docx", kind="agreement",
        subtype="agreement", layout="table", rules=[], cpr=c,
        traits=["after-genvurdering", "appeal:ok", "cpr"],
        period={"start": "2026-03-01", "end": "2026-08-31"},
        title="Revideret aftale om mentorstøtte (efter genvurdering 14. april 2026)",
        blocks=agreement_blocks(k,
            "Aftalen erstatter aftalen af 10. marts 2026. Timetallet er ændret efter kommunens "
            "nye afgørelse af 14. april 2026.",
            [("Borger", f"Thomas Kjær, CPR {c}"),
             ("Mål med mentorstøtten", "Thomas gennemfører praktikken som pedelmedhjælper på "
              "Svendborg Gymnasium med fremmøde 4 dage om ugen og er klar til løntilskud på samme "
              "sted fra 1. september 2026."),
             ("Mentor", "Pia Lorentzen, Svendborg Mentorhus, tlf. 30 19 44 58, "
              "pia@svendborgmentorhus.invalid"),
             ("Mentorens opgaver", "Følges med Thomas i bus til praktikstedet de første tre uger; "
              "ugentlig samtale om fremmøde; hjælp til at tale med praktikvejlederen om opgaver."),
             ("Periode", "1. marts 2026 – 31. august 2026"),
             ("Timetal", "3 timer pr. uge (ændret fra 1 time pr. uge pr. 14. april 2026)"),
             ("Opfølgning", "Statusmøde med mentor og sagsbehandler hver måned; evaluering 14 dage "
              "før periodens udløb. Delmål: 3 dages fremmøde om ugen i maj, 4 dage fra juni.")],
            appeal("ok", 0, k))) 

    k = K[11]
    add(path="aftaler/a02-aftale-efter-ny-afgoerelse.pdf", fmt="pdf", kind="agreement",
        subtype="agreement", layout="table", rules=[], traits=["after-changed-decision", "appeal:ok"],
        period={"start": "2026-05-01", "end": "2026-10-31"},
        title="Aftale om mentorstøtte",
        blocks=agreement_blocks(k,
            "Aftalen er indgået efter kommunens ændrede afgørelse af 2. maj 2026 (genvurdering).",
            [("Borger", "Sara Mikkelsen"),
             ("Formål", "Sara bliver ansat i løntilskud som køkkenmedhjælper hos Café Havnen i "
              "Frederikshavn senest 1. oktober 2026 og møder stabilt 25 timer om ugen."),
             ("Mentor", "Kim Dahl, Frederikshavn Jobcenter, tlf. 98 45 62 10"),
             ("Opgaver", "Ugentlig samtale om vagtplan og fremmøde; deltage i midtvejssamtalen med "
              "praktikværten; hjælpe Sara med at søge om buskort."),
             ("Varighed", "1. maj 2026 til 31. oktober 2026"),
             ("Timetal", "2 timer om ugen"),
             ("Opfølgning og progression", "Opfølgningssamtale hver 4. uge; progression måles på "
              "antal fremmødedage pr. uge (mål: 5 af 5 i september).")],
            appeal("ok", 1, k)))

    k = K[0]
    add(path="aftaler/a03-aftale-timer-efter-behov.txt", fmt="txt", kind="agreement",
        subtype="agreement", layout="label-lines", rules=["missing-hours"],
        traits=["hours:vague", "after-changed-decision", "appeal:ok"],
        period={"start": "2026-06-08", "end": "2026-12-07"},
        title="AFTALE OM MENTORSTØTTE – ÆNDRET PERIODE",
        blocks=agreement_blocks(k,
            "Aftalen er opdateret efter den ændrede afgørelse af 1. juni 2026.",
            [("Borger", "Kasper Berg"),
             ("Mål", "Kasper gennemfører grundforløb 1 som smed på Mercantec og består "
              "grundforløbsprøven i december 2026."),
             ("Mentor", "Ulla Brink, Viborg Ungementor, tlf. 26 18 05 33"),
             ("Opgaver", "Hjælpe med skemaet og lektieplan, ledsage til møde med SPS-vejleder, "
              "ugentlig sms om fremmøde."),
             ("Periode", "8. juni 2026 – 7. december 2026"),
             ("Timetal", "efter behov"),
             ("Opfølgning", "Statusmøde hver 6. uge med Ulla, Kasper og kontaktlæreren.")],
            appeal("ok", 2, k)))

    k = K[1]
    add(path="aftaler/a04-aftale-opfoelgning-loebende.md", fmt="md", kind="agreement",
        subtype="agreement", layout="pipe-table", rules=["missing-follow-up"],
        traits=["follow-up:vague", "after-genvurdering", "appeal:ok"],
        period={"start": "2026-06-01", "end": "2026-11-30"},
        title="Mentoraftale – efter genvurdering",
        blocks=agreement_blocks(k,
            "Denne aftale følger af kommunens genvurdering af 27. maj 2026.",
            [("Borger", "Fatima Ali"),
             ("Mål", "Fatima starter på pædagogisk assistentuddannelse i august 2026 og gennemfører "
              "grundforløbet med højst 10 % fravær."),
             ("Mentor", "Sanne Ravn, Holbæk Jobcenter, tlf. 72 36 44 90, sara@holbaek.invalid"),
             ("Mentorens opgaver", "Hjælp til at finde dagpleje til datteren, følges til "
              "introdagen, ugentlig samtale om skolearbejde."),
             ("Periode", "1. juni 2026 – 30. november 2026"),
             ("Timetal", "2 timer om ugen"),
             ("Opfølgning", "Opfølgning sker løbende.")],
            appeal("ok", 3, k)))

    k = K[2]; c = C()
    add(path="aftaler/a05-aftale-uklart-maal.html", fmt="html", kind="agreement",
        subtype="agreement", layout="html-table", rules=["unclear-goal"], cpr=c,
        traits=["goal:vague", "after-remittal", "appeal:ok", "cpr"],
        period={"start": "2026-07-01", "end": "2026-12-31"},
        title="Aftale om mentorstøtte efter ny afgørelse",
        blocks=agreement_blocks(k,
            "Aftalen er lavet efter kommunens nye afgørelse af 24. juni 2026, som blev truffet, "
            "efter at Ankestyrelsen hjemviste sagen.",
            [("Borger", f"Line Winther ({c})"),
             ("Mål", "Støtte til at komme videre og øget trivsel i hverdagen."),
             ("Mentor", "Bo Mathiesen, Kolding Erhvervsmentor, tlf. 40 55 13 90"),
             ("Opgaver", "Samtaler om hverdagen, hjælp til at åbne post og holde aftaler med "
              "jobcentret, ledsagelse til lægen."),
             ("Periode", "1. juli 2026 – 31. december 2026"),
             ("Timetal", "4 timer pr. uge"),
             ("Opfølgning", "Statusmøde hver anden måned og 14 dage før perioden slutter.")],
            appeal("ok", 4, k)))

    k = K[3]
    add(path="aftaler/a06-aftale-9-maaneder.odt", fmt="odt", kind="agreement",
        subtype="agreement", layout="label-lines", rules=["duration-over-6-months"],
        traits=["period:over-six", "appeal:ok"], period={"start": "2026-05-01", "end": "2027-01-31"},
        title="Aftale om mentorstøtte – ændret timetal",
        blocks=agreement_blocks(k,
            "Aftalen afløser aftalen af 2. februar 2026, fordi timetallet er ændret ved afgørelse "
            "af 24. april 2026.",
            [("Borger", "Camilla Bech"),
             ("Mål", "Camilla møder på FGU Randers fire dage om ugen og starter på "
              "erhvervsgrunduddannelsen (EGU) i januar 2027."),
             ("Mentor", "Mette Dalsgaard, Randers Ungecenter, tlf. 86 42 77 10"),
             ("Opgaver", "Vækkeopkald to morgener om ugen, følges til skolen mandag, "
              "ugentlig samtale om fravær."),
             ("Periode", "1. maj 2026 – 31. januar 2027"),
             ("Timetal", "2 timer pr. uge (tidligere 3)"),
             ("Opfølgning", "Månedligt statusmøde med kontaktlærer og mentor.")],
            appeal("ok", 0, k)))

    k = K[4]
    add(path="aftaler/a07-aftale-klage-direkte.docx", fmt="docx", kind="agreement",
        subtype="agreement", layout="table", rules=[], extras=["appeal-wrong-route"],
        traits=["appeal:wrong-route"], period={"start": "2026-09-01", "end": "2027-02-28"},
        title="Skriftlig aftale om mentorstøtte",
        blocks=agreement_blocks(k,
            "Aftalen er indgået efter afgørelsen om ny periode af 20. august 2026.",
            [("Borger", "Henrik Sørensen"),
             ("Hovedformål", "Henrik fastholder sit job som vinduespudser hos Næstved "
              "Vinduespolering 32 timer om ugen efter sin sygemelding."),
             ("Mentor", "Lise Frandsen, Næstved Mentorkorps, tlf. 22 86 40 11"),
             ("Opgaver", "Samtale hver mandag om ugens ruter; deltage i samtale med arbejdsgiver "
              "om skånehensyn; hjælp til at planlægge behandlingstider uden for arbejdstid."),
             ("Periode", "1. september 2026 – 28. februar 2027"),
             ("Timetal", "1 time pr. uge"),
             ("Opfølgning", "Evaluering med sagsbehandler i november 2026 og 14 dage før ophør.")],
            appeal("wrong", 0, k)))

    k = K[5]
    add(path="aftaler/a08-aftale-mail-uden-klagevejledning.eml", fmt="eml", kind="agreement",
        subtype="agreement", layout="email-labels", rules=["missing-appeal-guidance"],
        traits=["appeal:none", "email", "carries-agreement"],
        period={"start": "2026-06-01", "end": "2026-11-30"},
        meta={"from": "dorte.kvist@silkeborg.invalid", "to": "louise.krogh@example.invalid"},
        title="Jeres aftale om mentorstøtte – opdateret",
        blocks=[("p", "Hej Louise"),
                ("p", "Her får du det, vi blev enige om på mødet i dag, skrevet ned. Aftalen er "
                      "opdateret efter den nye afgørelse om flere timer."),
                ("kv", [("Mål", "Du gennemfører 1. semester på pædagoguddannelsen på VIA Silkeborg "
                         "og består eksamen i januar 2027."),
                        ("Mentor", "Rune Sejersen, tlf. 29 14 77 02"),
                        ("Opgaver", "Planlægge læsegrupper og afleveringer, følge dig til første "
                         "møde med studievejlederen, samtale hver torsdag."),
                        ("Periode", "1. juni 2026 – 30. november 2026"),
                        ("Timer", "4 timer om ugen"),
                        ("Opfølgning", "Vi mødes alle tre den første mandag i hver måned.")]),
                ("p", "Venlig hilsen\nDorte Kvist\nSagsbehandler, Silkeborg Kommune")])

    k = K[6]
    add(path="aftaler/a09-aftale-mentor-uden-kontakt.rtf", fmt="rtf", kind="agreement",
        subtype="agreement", layout="rtf-labels", rules=["missing-mentor"],
        traits=["mentor:no-contact", "appeal:ok"], period={"start": "2026-05-04", "end": "2026-09-01"},
        title="Aftale om mentorstøtte (ændret timetal)",
        blocks=agreement_blocks(k,
            "Aftalen er tilrettet efter afgørelsen af 22. april 2026 om nedsat timetal.",
            [("Borger", "Jakob Lind"),
             ("Mål", "Jakob er fastansat som lagermedarbejder hos DanFrakt, når løntilskuddet "
              "slutter 1. september 2026."),
             ("Mentor", "Jan Kloster"),
             ("Opgaver", "Samtale om arbejdsopgaver og pauser; hjælp til møde med tillidsmand."),
             ("Periode", "4. maj 2026 – 1. september 2026"),
             ("Timetal", "2 timer om ugen"),
             ("Opfølgning", "Opfølgningssamtale hver 14. dag på lageret.")],
            appeal("ok", 1, k)))

    k = K[7]; c = C()
    add(path="aftaler/a10-aftale-skrevet-ned-mail.eml", fmt="eml", kind="agreement",
        subtype="agreement", layout="email-prose", rules=[], cpr=c,
        traits=["carries-agreement", "prose", "appeal:ok", "cpr", "email"],
        period={"start": "2026-05-11", "end": "2026-09-30"},
        meta={"from": "ole.brix@hjoerring.invalid", "to": "anja.k@example.invalid"},
        title="Referat – vores aftale om mentor",
        blocks=[("p", f"Hej Anja ({c})"),
                ("p", "Her får du det, vi blev enige om i dag, skrevet ned, nu hvor du har fået "
                      "flere timer efter din klage."),
                ("p", "Målet er, at du bliver ansat i løntilskud i Netto på Banegårdsgade, når "
                      "praktikken slutter 30. september 2026, og at du til den tid møder 20 timer om ugen."),
                ("p", "Din mentor er stadig Karina Mølgaard. Du kan fange hende på 23 40 96 15 eller "
                      "karina@hjoerring-ungdomsskole.invalid."),
                ("p", "Karina skal hjælpe dig med at lave en ugeplan, tage med dig til "
                      "opstartssamtalen med butikschefen og tale med dig hver fredag om ugen, der gik."),
                ("p", "Støtten løber fra 11. maj 2026 til 30. september 2026 med 2 timer om ugen."),
                ("p", "Vi følger op den 15. juni og den 14. september 2026, hvor vi ser på, hvor mange "
                      "dage du har mødt."),
                ("p", "Klagevejledning: " + appeal("ok", 2, k)),
                ("p", "Venlig hilsen\nOle Brix, ungekonsulent")])

    k = K[8]
    add(path="aftaler/a11-aftale-uden-opgaver-og-opfoelgning.pdf", fmt="pdf", kind="agreement",
        subtype="agreement", layout="table", rules=["missing-follow-up", "missing-tasks"],
        traits=["tasks:missing", "follow-up:missing", "appeal:ok"],
        period={"start": "2026-04-01", "end": "2026-09-30"},
        title="Aftale om mentorstøtte – ændring af timetal",
        blocks=agreement_blocks(k,
            "Aftalen afspejler afgørelsen af 19. maj 2026 om flere timer.",
            [("Borger", "Emil Juhl"),
             ("Mål", "Emil bevarer sit job som produktionsmedarbejder på aftenskift hos "
              "Slagelse Plast 30 timer om ugen."),
             ("Mentor", "Bente Vinther, tlf. 58 57 40 22"),
             ("Periode", "1. april 2026 – 30. september 2026"),
             ("Timetal", "4 timer pr. uge")],
            appeal("ok", 3, k)))

    k = K[9]
    add(path="aftaler/a12-aftale-ny-periode.md", fmt="md", kind="agreement",
        subtype="agreement", layout="headings", rules=[], traits=["appeal:ok", "headings"],
        period={"start": "2026-10-05", "end": "2027-04-04"},
        title="Aftale om mentorstøtte",
        blocks=[("p", "Herning Kommune · Jobcenter · Borger: Julie Brandt · Dato: 1. oktober 2026"),
                ("h", "Mål"),
                ("p", "Julie har fast job som rengøringsassistent hos Herning Rengøring 25 timer "
                      "om ugen og møder alle planlagte vagter i marts 2027."),
                ("h", "Mentor"),
                ("p", "Jørgen Skov, Herning Jobhus, tlf. 97 12 30 41"),
                ("h", "Opgaver"),
                ("ul", ["lave vagtplan sammen med Julie hver søndag",
                        "hjælpe med buskort og køreplan",
                        "deltage i samtale med arbejdsgiver efter 1 måned"]),
                ("h", "Periode og timer"),
                ("p", "5. oktober 2026 – 4. april 2027, 2 timer om ugen"),
                ("h", "Opfølgning"),
                ("p", "Statusmøde hver måned; evaluering 14 dage før støtten slutter."),
                ("h", "Klagevejledning"),
                ("p", appeal("ok", 4, k))])

    # ---------------------------------------------------------------- Min Plan entries after a change
    k = K[10]
    add(path="minplan/m01-minplan-aendret-timetal.txt", fmt="txt", kind="minplan",
        subtype="minplan", layout="label-lines", rules=[], traits=["change:hours"],
        period={"start": "2026-03-01", "end": "2026-08-31"},
        title="Min Plan – Mentorstøtte (opdateret 14.04.2026)",
        blocks=[("kv", [("Indsats", "Mentorstøtte, LAB § 167"),
                        ("Formål", "Thomas gennemfører praktikken som pedelmedhjælper og starter i "
                         "løntilskud 1. september 2026."),
                        ("Mentor", "Pia Lorentzen, tlf. 30 19 44 58"),
                        ("Opgaver", "Følges til praktik, ugentlig samtale om fremmøde"),
                        ("Periode", "01.03.2026 – 31.08.2026"),
                        ("Timetal", "3 timer pr. uge (ændret efter genvurdering)")])])

    k = K[11]
    add(path="minplan/m02-minplan-uden-timer.html", fmt="html", kind="minplan",
        subtype="minplan", layout="html-table", rules=["missing-hours"], traits=["hours:missing"],
        period={"start": "2026-05-01", "end": "2026-10-31"},
        title="Min Plan: Mentorstøtte",
        blocks=[("p", "Sara Mikkelsen · Frederikshavn Kommune"),
                ("kv", [("Mål", "Ansættelse i løntilskud som køkkenmedhjælper senest 1. oktober 2026"),
                        ("Mentor", "Kim Dahl, 98 45 62 10"),
                        ("Mentorens opgaver", "Samtale om vagtplan og fremmøde, deltage i midtvejssamtale"),
                        ("Varighed", "1. maj 2026 – 31. oktober 2026"),
                        ("Status", "Bevilget efter genvurdering 2. maj 2026")])])

    k = K[0]; c = C()
    add(path="minplan/m03-minplan-uklart-maal.docx", fmt="docx", kind="minplan",
        subtype="minplan", layout="table", rules=["unclear-goal"], cpr=c,
        traits=["goal:activity", "cpr"], period={"start": "2026-09-01", "end": "2027-02-28"},
        title="Min Plan – mentorstøtte, ny periode",
        blocks=[("p", f"Borger: Mikkel Thorsen, {c}"),
                ("kv", [("Mål", "Sikre at Mikkel fortsat får hjælp og motivere ham."),
                        ("Mentor", "Henrik Bundgaard, Jobværkstedet Viborg, tlf. 24 61 18 90"),
                        ("Opgaver", "Samtaler på arbejdspladsen, hjælp til transport"),
                        ("Periode", "1. september 2026 – 28. februar 2027"),
                        ("Timer", "2 timer pr. uge")])])

    k = K[1]
    add(path="minplan/m04-minplan-forlaenget-10-mdr.pdf", fmt="pdf", kind="minplan",
        subtype="minplan", layout="table", rules=["duration-over-6-months"],
        traits=["period:over-six"], period={"start": "2026-10-01", "end": "2027-07-31"},
        title="Min Plan – Mentorstøtte",
        blocks=[("p", "Aisha Rahimi · Holbæk Kommune · opdateret 25.09.2026"),
                ("kv", [("Mål", "Aisha gennemfører første praktikperiode på social- og "
                         "sundhedshjælperuddannelsen i Holbæk Kommunes hjemmepleje."),
                        ("Mentor", "Trine Holst, UngeGuiden, tlf. 51 22 40 18"),
                        ("Opgaver", "Ugentlig samtale om praktikken, hjælp til praktikopgaver"),
                        ("Periode", "1. oktober 2026 – 31. juli 2027"),
                        ("Timetal", "2 timer om ugen")])])

    k = K[2]
    add(path="minplan/m05-minplan-prosa.md", fmt="md", kind="minplan",
        subtype="minplan", layout="prose", rules=[], traits=["prose"],
        period={"start": "2026-07-01", "end": "2026-12-31"},
        title="Min Plan – din mentorstøtte",
        blocks=[("p", "Line Winther, Kolding Kommune. Ændret efter ny afgørelse 24.06.2026."),
                ("p", "Målet er, at du er i virksomhedspraktik 10 timer om ugen i Kolding Genbrug "
                      "senest 1. oktober 2026 med henblik på fleksjob."),
                ("p", "Din mentor er Bo Mathiesen, Kolding Erhvervsmentor, tlf. 40 55 13 90. Bo skal "
                      "hjælpe dig med at finde praktikstedet, tage med dig de første dage og tale "
                      "med dig hver uge om, hvordan det går."),
                ("p", "Mentorstøtten gælder 1. juli – 31. december 2026 med 4 timer om ugen.")])

    k = K[3]
    add(path="minplan/m06-minplan-mentor-uden-tlf.odt", fmt="odt", kind="minplan",
        subtype="minplan", layout="label-lines", rules=["missing-mentor"],
        traits=["mentor:no-contact"], period={"start": "2026-06-01", "end": "2026-11-30"},
        title="Min Plan – Mentorstøtte (ændret)",
        blocks=[("p", "Peter Hald · Randers Kommune · 20.05.2026"),
                ("kv", [("Mål", "Peter gennemfører praktik i Føtex Randers 15 timer om ugen og "
                         "får tilbudt løntilskud i butikken."),
                        ("Mentor", "Vibeke Ravn"),
                        ("Opgaver", "Følges til praktik de første uger; samtale om fremmøde hver uge"),
                        ("Periode", "1. juni 2026 – 30. november 2026"),
                        ("Timetal", "4 timer om ugen")])])
    return D


def specs_unknown(rng: random.Random):
    K = KOMMUNER
    D = []

    def add(**kw):
        kw.setdefault("extras", [])
        kw.setdefault("traits", [])
        kw.setdefault("cpr", None)
        kw.setdefault("period", None)
        kw.setdefault("meta", {})
        kw.setdefault("rules", [])
        kw.setdefault("kind", "unknown")
        D.append(kw)

    def C():
        return cpr(rng)

    c = C()
    add(path="ikke-afgoerelser/u01-ankestyrelsen-stadfaester.pdf", fmt="pdf", subtype="ast-ruling",
        layout="ast-ruling", cpr=c, traits=["ankestyrelsen", "upheld", "cpr"],
        title="Ankestyrelsens afgørelse",
        blocks=[("p", "Ankestyrelsen · Teglholmsgade 3 · 2450 København SV · Sagsnummer 26-18442"),
                ("p", f"Klager: Peter Dam, CPR-nr. {c}. Kommune: Esbjerg Kommune."),
                ("h", "Resultat"),
                ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunens "
                      "afgørelse om at bevilge dig mentorstøtte med 2 timer om ugen i perioden 13. "
                      "april 2026 – 12. oktober 2026 er rigtig."),
                ("h", "Begrundelse for resultatet"),
                ("p", "Efter § 167 i lov om en aktiv beskæftigelsesindsats fastsætter kommunen "
                      "timetallet efter en konkret vurdering. Vi lægger vægt på, at du samtidig har "
                      "støtte fra din arbejdsplads, og at kommunen har oplyst sagen tilstrækkeligt."),
                ("h", "Du kan ikke klage over afgørelsen"),
                ("p", "Ankestyrelsens afgørelse er endelig og kan ikke indbringes for anden "
                      "administrativ myndighed, jf. § 68 i retssikkerhedsloven. Du kan dog klage "
                      "til Folketingets Ombudsmand inden 12 måneder."),
                ("p", "Med venlig hilsen\nAnkestyrelsen, Beskæftigelsesudvalget")])

    add(path="ikke-afgoerelser/u02-ankestyrelsen-hjemviser.docx", fmt="docx", subtype="ast-ruling",
        layout="ast-ruling", traits=["ankestyrelsen", "remitted"],
        title="Afgørelse fra Ankestyrelsen – hjemvisning",
        blocks=[("p", "Ankestyrelsen · Beskæftigelsesudvalget · 9. juni 2026 · J.nr. 26-20117"),
                ("p", "Klager: Line Winther. Kommune: Kolding Kommune."),
                ("h", "Resultat"),
                ("p", "Ankestyrelsen ophæver kommunens afgørelse af 12. februar 2026 om afslag på "
                      "mentorstøtte og sender sagen tilbage til kommunen til ny behandling."),
                ("h", "Hvad betyder afgørelsen for dig?"),
                ("p", "Kommunen skal behandle din sag igen og træffe en ny afgørelse. Kommunen skal "
                      "først indhente oplysninger om dit helbred og din arbejdsevne. Du vil få en "
                      "ny afgørelse fra kommunen, som du kan klage over."),
                ("h", "Begrundelse"),
                ("p", "Kommunen har ikke oplyst sagen tilstrækkeligt, jf. retssikkerhedslovens § 10. "
                      "Der foreligger ikke oplysninger fra din behandler om, hvor mange timer du kan "
                      "være i praktik."),
                ("p", "Med venlig hilsen\nAnne Lykke, specialkonsulent")])

    c = C()
    add(path="ikke-afgoerelser/u03-klage-fra-borger.eml", fmt="eml", subtype="complaint",
        layout="email-complaint", cpr=c, traits=["complaint", "email", "cpr"],
        meta={"from": "thomas.kjaer@example.invalid", "to": "jobcenter@svendborg.invalid"},
        title="Klage over afgørelse om mentor",
        blocks=[("p", "Hej"),
                ("p", f"Jeg vil gerne klage over jeres afgørelse af 10. marts 2026 om min mentor. Mit "
                      f"cpr er {c}. Jeg fik kun 1 time om ugen, men jeg har brug for mindst 3 timer, "
                      "fordi jeg ikke kan tage bussen alene til praktikken på gymnasiet."),
                ("p", "Min læge kan bekræfte det. Jeg har haft panikangst siden 2023."),
                ("p", "Jeg vil gerne have at I ser på det igen og ellers sender det til Ankestyrelsen."),
                ("p", "Mvh Thomas Kjær\ntlf 31 44 20 87")])

    add(path="ikke-afgoerelser/u04-klage-brev-borger.txt", fmt="txt", subtype="complaint",
        layout="citizen-letter", traits=["complaint"],
        title="Klage",
        blocks=[("p", "Fatima Ali, Smedelundsgade 33, 4300 Holbæk"),
                ("p", "Til Holbæk Kommune, Jobcenter. 12. maj 2026"),
                ("p", "Jeg klager over at jeg har fået afslag på mentorstøtte den 4. maj. Jeg skal "
                      "starte på PA-uddannelsen i august og jeg har ikke nogen til at hjælpe mig med "
                      "at få det til at hænge sammen med min datter. Jeg har haft mentor før og det "
                      "hjalp mig meget. Min gamle mentor hed Sanne og hun kendte mig godt."),
                ("p", "Jeg vil gerne have mentor i mindst et halvt år, 2-3 timer om ugen."),
                ("p", "Venlig hilsen Fatima")])

    add(path="ikke-afgoerelser/u05-kvittering-klage.html", fmt="html", subtype="receipt",
        layout="html-receipt", traits=["receipt"],
        title="Kvittering for modtagelse af din klage",
        blocks=[("p", "Randers Kommune · Jobcenter · 28. april 2026"),
                ("p", "Kære Morten Sand"),
                ("p", "Vi har den 27. april 2026 modtaget din klage over afgørelsen om mentorstøtte "
                      "af 8. april 2026."),
                ("p", "Vi vil nu se på din sag igen (genvurdering). Du hører fra os inden 4 uger. Hvis "
                      "vi fastholder afgørelsen, sender vi din klage til Ankestyrelsen, og du får "
                      "besked, når det sker."),
                ("p", "Du skal ikke foretage dig noget."),
                ("p", "Med venlig hilsen\nJobcenter Randers, Klageenheden")])

    c = C()
    add(path="ikke-afgoerelser/u06-partshoering-ophoer.docx", fmt="docx", subtype="hearing",
        layout="letter-sections", cpr=c, traits=["partshoering", "cpr"],
        title="Partshøring – vi overvejer at stoppe din mentorstøtte",
        blocks=[("p", f"Svendborg Kommune · Jobcenter · 23. februar 2026 · Maja Friis · CPR-nr. {c}"),
                ("p", "Kære Maja"),
                ("p", "Vi overvejer at stoppe din mentorstøtte, som er bevilget fra 5. januar 2026 til "
                      "4. juli 2026 med 3 timer om ugen. Før vi træffer afgørelse, vil vi give dig "
                      "mulighed for at komme med dine bemærkninger."),
                ("h", "Hvad har vi lagt vægt på?"),
                ("p", "Din mentor har oplyst, at du ikke er mødt op til de sidste aftaler, og vi har "
                      "ikke kunnet få kontakt med dig."),
                ("h", "Dine bemærkninger"),
                ("p", "Du kan sende dine bemærkninger til os senest den 6. marts 2026. Hvis vi ikke hører "
                      "fra dig, træffer vi afgørelse på det foreliggende grundlag. Partshøringen sker "
                      "efter forvaltningslovens § 19."),
                ("p", "Med venlig hilsen\nNiels Worm, sagsbehandler")])

    add(path="ikke-afgoerelser/u07-partshoering-delvis.pdf", fmt="pdf", subtype="hearing",
        layout="letter-plain", traits=["partshoering"],
        title="Høring inden afgørelse om mentorstøtte",
        blocks=[("p", "Randers Kommune · Jobcenter · 4. maj 2026 · Peter Hald"),
                ("p", "Du har søgt om mentorstøtte med 8 timer om ugen. Vi påtænker at bevilge 4 timer "
                      "om ugen i perioden 1. juni 2026 – 30. november 2026 med Vibeke Ravn som mentor."),
                ("p", "Vi lægger vægt på, at du har bostøtte to gange om ugen, og at mentoren efter "
                      "reglerne skal være sammen med dig i de bevilgede timer."),
                ("p", "Inden vi træffer afgørelse, har du ret til at udtale dig. Send dine "
                      "bemærkninger senest 14. maj 2026 via Digital Post eller ring på 89 15 15 15. "
                      "Dette brev er ikke en afgørelse, og du kan derfor ikke klage over det."),
                ("p", "Med venlig hilsen\nKirsten Holm")])

    add(path="ikke-afgoerelser/u08-notat-genvurdering.txt", fmt="txt", subtype="internal-note",
        layout="case-note", traits=["internal", "genvurdering"],
        title="NOTAT – Genvurdering af afgørelse om mentorstøtte",
        blocks=[("kv", [("Sag", "26/8812 – Thomas Kjær"), ("Dato", "13.04.2026"),
                        ("Udarbejdet af", "NW")]),
                ("p", "Klage modtaget 30.03.2026 over bevilling af 1 t/uge (afg. 10.03.2026). "
                      "Borger anfører behov for ledsagelse i transport. Lægeattest modtaget 08.04."),
                ("p", "Vurdering: Nye oplysninger om transport. Afgørelsen bør ændres til 3 t/uge i "
                      "den bevilgede periode. Ingen videresendelse til Ankestyrelsen."),
                ("p", "Indstilling: Ny afgørelse sendes til borger med klagevejledning. Teamleder "
                      "orienteret.")])

    c = C()
    add(path="ikke-afgoerelser/u09-genvurdering-fastholdt-videresendt.docx", fmt="docx",
        subtype="reconsideration-upheld", layout="letter-sections", cpr=c,
        traits=["genvurdering:upheld", "forwarded", "cpr"],
        title="Genvurdering – afgørelsen fastholdes, og din klage er sendt til Ankestyrelsen",
        blocks=[("p", f"Esbjerg Kommune · Jobcenter · 4. maj 2026 · Peter Dam · CPR-nr. {c}"),
                ("p", "Kære Peter"),
                ("p", "Du har den 20. april 2026 klaget over vores afgørelse af 7. april 2026, hvor du "
                      "fik bevilget 2 timer om ugen med mentor i stedet for de 6 timer, du søgte om."),
                ("p", "Vi har genvurderet afgørelsen, men vi fastholder den. Vi har ikke fået nye "
                      "oplysninger, der kan ændre vores vurdering."),
                ("p", "Vi har derfor i dag sendt din klage og sagens akter til Ankestyrelsen, som "
                      "behandler klagen. Ankestyrelsen skriver til dig, når de har modtaget sagen."),
                ("p", "Med venlig hilsen\nSusanne Bro, jobkonsulent")])

    add(path="ikke-afgoerelser/u10-genvurdering-fastholdt.eml", fmt="eml",
        subtype="reconsideration-upheld", layout="email-letter",
        traits=["genvurdering:upheld", "forwarded", "email"],
        meta={"from": "jobcenter@randers.invalid", "to": "morten.sand@example.invalid"},
        title="Din klage er sendt videre til Ankestyrelsen",
        blocks=[("p", "Kære Morten"),
                ("p", "Vi har set på din sag om mentorstøtte igen efter din klage af 27. april 2026. "
                      "Vi er fortsat af den opfattelse, at afgørelsen af 8. april 2026 er korrekt, og "
                      "vi fastholder den."),
                ("p", "Din klage er sammen med sagens oplysninger sendt til Ankestyrelsen den 19. maj "
                      "2026. Du kan følge sagen hos Ankestyrelsen, og du kan sende yderligere "
                      "bemærkninger direkte til dem."),
                ("p", "Venlig hilsen\nKirsten Holm, Jobcenter Randers")])

    add(path="ikke-afgoerelser/u11-vejledning-klage-mentor.html", fmt="html", subtype="guidance",
        layout="web-page", traits=["guidance", "lists-fields"],
        title="Sådan klager du over en afgørelse om mentorstøtte",
        blocks=[("p", "Slagelse Kommune · Borger · Job og ledighed · Mentor"),
                ("p", "Hvis du har fået en afgørelse om mentorstøtte, som du ikke er enig i, kan du "
                      "klage. Det gælder også, hvis du har fået færre timer eller en kortere periode, "
                      "end du søgte om."),
                ("h", "Hvad står der i din afgørelse?"),
                ("ul", ["hvor længe du får mentorstøtte (højst 6 måneder ad gangen)",
                        "hvor mange timer om ugen mentoren har",
                        "hvem din mentor er, og hvordan du kontakter mentoren",
                        "hvorfor vi har truffet afgørelsen (begrundelse)",
                        "hvordan du klager (klagevejledning)"]),
                ("h", "Sådan gør du"),
                ("p", "Du skal klage til kommunen inden fire uger. Vi genvurderer afgørelsen, og hvis "
                      "vi fastholder den, sender vi klagen til Ankestyrelsen."),
                ("p", "Kontakt Jobcenter Slagelse på tlf. 58 57 36 00.")])

    add(path="ikke-afgoerelser/u12-ankestyrelsen-kvittering.md", fmt="md", subtype="receipt",
        layout="markdown-letter", traits=["ankestyrelsen", "receipt"],
        title="Ankestyrelsen har modtaget din klage",
        blocks=[("p", "Ankestyrelsen · 26. maj 2026 · Sagsnummer 26-22308"),
                ("p", "Kære Morten Sand"),
                ("p", "Vi har den 22. maj 2026 modtaget din klage over Randers Kommunes afgørelse om "
                      "mentorstøtte fra kommunen. Vi forventer at kunne træffe afgørelse inden for "
                      "ca. 14 uger."),
                ("p", "Du kan se status på din sag på ast.dk. Hvis du har nye oplysninger, skal du "
                      "sende dem til os og skrive sagsnummeret."),
                ("p", "Venlig hilsen\nAnkestyrelsen")])

    add(path="ikke-afgoerelser/u13-intern-godkendelse-ny-afgoerelse.odt", fmt="odt",
        subtype="internal-approval", layout="case-note", traits=["internal", "hjemvisning"],
        title="Intern godkendelse – ny afgørelse efter hjemvisning",
        blocks=[("kv", [("Sag", "26-03-118, Line Winther"), ("Til", "Teamleder Jens Riis"),
                        ("Fra", "Marianne Toft"), ("Dato", "22.06.2026")]),
                ("p", "Ankestyrelsen hjemviste sagen 09.06.2026. Psykiaterudtalelse modtaget "
                      "19.06.2026. Udkast til ny afgørelse: bevilling 01.07.–31.12.2026, 4 t/uge, "
                      "mentor Bo Mathiesen."),
                ("p", "Godkendt: ☒ Ja ☐ Nej   Bemærkning: Husk klagevejledning og Min Plan.")])

    add(path="ikke-afgoerelser/u14-partshoering-mail.eml", fmt="eml", subtype="hearing",
        layout="email-letter", traits=["partshoering", "email"],
        meta={"from": "jobcenter@hjoerring.invalid", "to": "anja.k@example.invalid"},
        title="Partshøring: påtænkt nedsættelse af timer hos mentor",
        blocks=[("p", "Kære Anja"),
                ("p", "Vi påtænker at nedsætte dine timer hos mentor Karina Mølgaard fra 3 til 1 time "
                      "om ugen fra 1. juni 2026, fordi du nu møder stabilt i praktikken."),
                ("p", "Du har ret til at udtale dig, før vi træffer afgørelsen. Skriv eller ring "
                      "senest 22. maj 2026. Først derefter træffer vi afgørelse."),
                ("p", "Venlig hilsen\nOle Brix, Hjørring Kommune")])

    add(path="ikke-afgoerelser/u15-klage-via-advokat.pdf", fmt="pdf", subtype="complaint",
        layout="letter-plain", traits=["complaint", "representative"],
        title="Klage over afgørelse om ophør af mentorstøtte",
        blocks=[("p", "Advokatfirmaet Holt & Bech · Jernbanegade 4 · 9900 Frederikshavn · 25. juni 2026"),
                ("p", "Til Frederikshavn Kommune, Jobcenter. Vedr. Lars Ebbesen."),
                ("p", "På vegne af Lars Ebbesen klager jeg hermed over kommunens afgørelse af 12. juni "
                      "2026 om ophør af mentorstøtte pr. 30. juni 2026. Kommunens klagevejledning "
                      "henviser fejlagtigt til at klage direkte til Ankestyrelsen; klagen indgives "
                      "derfor til kommunen, jf. retssikkerhedslovens § 66."),
                ("p", "Min klient er ikke raskmeldt, men deltager i en gradvis tilbagevenden og har "
                      "fortsat brug for mentorstøtte for at kunne genoptage praktikken."),
                ("p", "Med venlig hilsen\nKaren Holt, advokat")])
    return D


def specs_extra(rng: random.Random):
    K = KOMMUNER
    D = []

    def add(**kw):
        kw.setdefault("extras", [])
        kw.setdefault("traits", [])
        kw.setdefault("cpr", None)
        kw.setdefault("period", None)
        kw.setdefault("meta", {})
        D.append(kw)

    k = K[11]; c = cpr(rng)
    add(path="afgoerelser/genvurdering/d35-genvurdering-aendret-scannet.pdf", fmt="scan",
        kind="decision", subtype="reconsideration-changed", layout="scan-letter", rules=[], cpr=c,
        traits=["scan", "genvurdering:changed", "appeal:ok", "cpr"],
        period={"start": "2026-07-01", "end": "2026-12-31"},
        title="Genvurdering af afgørelse om mentorstøtte",
        blocks=letterhead(k, "22. juni 2026", "Lars Ebbesen", "Søndergade 22, 9900 Frederikshavn", c) + [
            ("p", "Kære Lars"),
            ("p", "Din advokat har den 25. juni 2026 klaget over vores afgørelse af 12. juni 2026 om "
                  "ophør af din mentorstøtte. Vi har genvurderet afgørelsen og giver dig medhold i, "
                  "at støtten skal fortsætte. Vi bevilger en ny periode fra 1. juli 2026 til "
                  "31. december 2026 med 2 timer om ugen."),
            ("p", "Din mentor er fortsat Kim Dahl, tlf. 98 45 62 10."),
            ("h", "Begrundelse"),
            ("p", "Vi har lagt vægt på, at du er delvist raskmeldt og genoptager praktikken med 10 "
                  "timer om ugen fra juli, jf. LAB § 167, stk. 1."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 0, k)),
            sign("Tina Kirk", "Jobkonsulent", k)])

    k = K[2]
    add(path="afgoerelser/aendring/d36-skift-af-mentor.odt", fmt="odt", kind="decision",
        subtype="change-mentor", layout="letter-sections", rules=[],
        traits=["change:mentor", "appeal:ok"], period={"start": "2026-02-02", "end": "2026-08-01"},
        title="Afgørelse om ændring af din mentorstøtte – ny mentor",
        blocks=letterhead(k, "4. maj 2026", "Jonas Vestergaard", "Låsbybanke 40, 6000 Kolding") + [
            ("p", "Kære Jonas"),
            ("p", "Du har bedt om at få en anden mentor. Vi har imødekommet dit ønske. Fra 11. maj "
                  "2026 er din mentor Anette Krull, Kolding Erhvervsmentor, tlf. 40 55 13 44. "
                  "Perioden 2. februar 2026 – 1. august 2026 og timetallet på 4 timer om ugen er "
                  "uændret."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 3, k)),
            sign("Marianne Toft", "Jobkonsulent", k)])

    k = K[3]
    add(path="afgoerelser/ophoer/d37-ophoer-uden-begrundelse.md", fmt="md", kind="decision",
        subtype="end", layout="markdown-letter", rules=[], extras=["missing-reasons"],
        traits=["end:early", "appeal:ok", "reasons:none"],
        period={"start": "2026-05-01", "end": "2026-10-31"},
        title="Ophør af mentorstøtte",
        blocks=letterhead(k, "10. august 2026", "Camilla Bech", "Vestergade 8, 8900 Randers C") + [
            ("p", "Kære Camilla"),
            ("p", "Din mentorstøtte ophører pr. 31. august 2026. Den var bevilget fra 1. maj 2026 "
                  "til 31. oktober 2026."),
            ("h", "Klagevejledning"),
            ("p", appeal("ok", 4, k)),
            sign("Kirsten Holm", "Ungevejleder", k)])

    k = K[4]
    add(path="aftaler/a13-aftale-periode-som-hidtil.docx", fmt="docx", kind="agreement",
        subtype="agreement", layout="table", rules=["missing-duration"],
        traits=["duration:missing", "after-changed-decision", "appeal:ok"],
        title="Tillæg til aftale om mentorstøtte – nyt timetal",
        blocks=[("p", "Næstved Kommune · Jobcenter · 2. juni 2026"),
                ("p", "Aftalen er ændret efter kommunens afgørelse om nyt timetal."),
                ("kv", [("Borger", "Simon Krag"),
                        ("Mål", "Simon genoptager sin uddannelse på Zealand Business College i "
                         "august 2026 og følger undervisningen mindst 4 dage om ugen."),
                        ("Mentor", "Mads Juul, tlf. 55 88 61 30"),
                        ("Opgaver", "Samtale hver uge om studieplan; følges til studiestart; hjælp "
                         "til kontakt med studievejleder."),
                        ("Periode", "som hidtil"),
                        ("Timetal", "2 timer pr. uge (før 3)"),
                        ("Opfølgning", "Statusmøde hver måned med Simon og Mads.")]),
                ("h", "Klagevejledning"),
                ("p", appeal("ok", 0, k))])

    k = K[5]
    add(path="minplan/m07-minplan-uden-opgaver.txt", fmt="txt", kind="minplan",
        subtype="minplan", layout="label-lines", rules=["missing-tasks"], traits=["tasks:missing"],
        period={"start": "2026-03-16", "end": "2026-09-15"},
        title="Min Plan – Mentorstøtte",
        blocks=[("p", "Louise Krogh · Silkeborg Kommune · opdateret 10.03.2026"),
                ("kv", [("Mål", "Louise gennemfører 1. semester på pædagoguddannelsen og består "
                         "eksamen i juni 2026."),
                        ("Mentor", "Rune Sejersen, tlf. 29 14 77 02"),
                        ("Periode", "16.03.2026 - 15.09.2026"),
                        ("Timetal", "3 timer pr. uge (delvis bevilling)")])])

    add(path="ikke-afgoerelser/u16-digital-post-besked.txt", fmt="txt", subtype="notice",
        kind="unknown", rules=[],
        layout="notice", traits=["digital-post-notice"],
        title="Du har fået post fra Viborg Kommune",
        blocks=[("p", "Afsender: Viborg Kommune, Jobcenter"),
                ("p", "Emne: Ny afgørelse om mentorstøtte efter genvurdering"),
                ("p", "Modtaget: 01.06.2026 kl. 08:14"),
                ("p", "Log på Digital Post via borger.dk eller app'en for at læse brevet. Brevet "
                      "indeholder en afgørelse og en klagevejledning.")])
    return D


# --------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026_20)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        for p in sorted(out.iterdir()):
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    docs = specs(rng) + specs_more(rng) + specs_unknown(rng) + specs_extra(rng)
    entries = []
    for d in docs:
        p = out / d["path"]
        render(p, d["fmt"], d["title"], d["blocks"], d["meta"])
        entries.append({
            "path": d["path"], "format": "pdf" if d["fmt"] == "scan" else d["fmt"], "kind": d["kind"], "subtype": d["subtype"],
            "layout": d["layout"], "rules": sorted(d["rules"]), "extras": sorted(d["extras"]),
            "error": None, "accept_errors": [],
            "must_not_contain": [d["cpr"], d["cpr"].replace("-", "")] if d["cpr"] else [],
            "traits": d["traits"], "period": d["period"],
        })
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
