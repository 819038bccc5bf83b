"""reportlab-drawn forms, simulated browser prints, and scans (pdftoppm + tesseract)."""
from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import tempfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from content import fmt_date

W, H = A4


def _vtext(v):
    return v if isinstance(v, list) else [v]


# ----------------------------------------------------------------- reportlab forms
def form(d, path, rng, style="boxes"):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d.title)
    page = [1]
    form_no = rng.randint(10, 99)
    x0, x1 = 2 * cm, W - 2 * cm

    def furniture():
        c.setFont("Helvetica", 7)
        c.drawString(x0, 1.2 * cm, f"{d.provider[0] if d.provider else d.kommune[0]} · Blanket MS-{form_no} (rev. 03/2026)")
        c.drawRightString(x1, 1.2 * cm, f"Side {page[0]}")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, H - 1.3 * cm, (d.provider[0] if d.provider else d.kommune[0]).upper())
        c.setFont("Helvetica", 8)
        if d.kind != "unknown":
            c.drawRightString(x1, H - 1.3 * cm, f"Sagsnr. {d.sagsnr}")

    furniture()
    y = H - 2.6 * cm
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, y, d.title)
    y -= 0.9 * cm
    # identity boxes in a row
    ids = [("Borgerens navn", d.citizen), ("CPR-nr.", d.cpr or ""), ("Dato", fmt_date(d.date, 1))] if d.kind != "unknown" else \
          [("Afsender", d.provider[0] if d.provider else d.kommune[0]), ("Dato", fmt_date(d.date, 1)), ("Reference", f"Nr. {d.sagsnr.split('-')[-2]}")]
    bw = (x1 - x0) / len(ids)
    for n, (lab, val) in enumerate(ids):
        c.rect(x0 + n * bw, y - 1.1 * cm, bw, 1.1 * cm)
        c.setFont("Helvetica", 7)
        c.drawString(x0 + n * bw + 3, y - 9, lab)
        c.setFont("Helvetica", 10)
        c.drawString(x0 + n * bw + 3, y - 1.1 * cm + 6, val)
    y -= 1.5 * cm
    # check boxes for the kind of support
    if d.kind in ("agreement", "minplan") and rng.random() < .6:
        c.setFont("Helvetica", 8)
        opts = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"]
        chosen = rng.randrange(len(opts))
        xx = x0
        for n, o in enumerate(opts):
            c.rect(xx, y - 2, 8, 8)
            if n == chosen:
                c.line(xx, y - 2, xx + 8, y + 6)
                c.line(xx, y + 6, xx + 8, y - 2)
            c.drawString(xx + 12, y, o)
            xx += 4.2 * cm
        y -= 0.8 * cm
    paras = [(None, t) for t in d.intro] + [(lab, v) for _, lab, v in d.sections] + [(None, t) for t in d.closing]
    for lab, v in paras:
        lines = []
        for t in _vtext(v):
            lines += simpleSplit(("• " if isinstance(v, list) and not t.startswith(("Navn", "Tlf", "E-mail")) else "") + t,
                                 "Helvetica", 9.5, x1 - x0 - 12)
        if lab is None:
            need = 12 * len(lines) + 6
        else:
            need = 12 * max(len(lines), 1) + (22 if style == "boxes" else 18)
        if y - need < 2.2 * cm:
            c.showPage(); page[0] += 1; furniture(); y = H - 2.4 * cm
        if lab is None:
            c.setFont("Helvetica", 9.5)
            for ln in lines:
                c.drawString(x0, y, ln); y -= 12
            y -= 6
            continue
        if style == "boxes":
            hgt = need - 4
            c.setStrokeColor(colors.black)
            c.rect(x0, y - hgt, x1 - x0, hgt)
            c.setFillColor(colors.HexColor("#444444"))
            c.setFont("Helvetica", 7.5)
            c.drawString(x0 + 4, y - 9, lab)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 9.5)
            yy = y - 21
            for ln in lines:
                c.drawString(x0 + 6, yy, ln); yy -= 12
            y -= hgt + 6
        else:  # label, then values written on ruled lines
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, y, lab)
            yy = y - 14
            c.setFont("Helvetica", 9.5)
            for ln in (lines or [""]):
                c.drawString(x0 + 6, yy + 2, ln)
                c.setStrokeColor(colors.grey)
                c.line(x0, yy, x1, yy)
                yy -= 12
            c.setStrokeColor(colors.black)
            y = yy - 8
    if d.sign:
        if y < 4 * cm:
            c.showPage(); page[0] += 1; furniture(); y = H - 2.4 * cm
        y -= 20
        for n, who in enumerate(["Borger", "Mentor", "Kommunen"]):
            xx = x0 + n * (x1 - x0) / 3
            c.line(xx, y, xx + 4.5 * cm, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(xx, y - 9, f"Dato og underskrift – {who}")
    c.save()


# ----------------------------------------------------------------- browser print
def browser(d, path, rng, system):
    ss = getSampleStyleSheet()
    small = ParagraphStyle("s", parent=ss["Normal"], fontSize=8, textColor=colors.HexColor("#555555"))
    normal = ParagraphStyle("n", parent=ss["Normal"], fontSize=9.5, leading=12)
    bold = ParagraphStyle("b", parent=normal, fontName="Helvetica-Bold")
    printed = dt.datetime(2026, 11, rng.randint(2, 27), rng.randint(8, 15), rng.randint(0, 59))
    url = f"https://{system[1]}/{rng.choice(['sag', 'borger', 'plan'])}/{rng.randint(100000, 999999)}/{rng.choice(['dokument', 'minplan', 'visning'])}?id={rng.randint(1000, 99999)}"
    stamp = printed.strftime("%d.%m.%Y %H.%M") if rng.random() < .5 else printed.strftime("%d/%m/%Y, %H:%M")

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def story():
        s = [Paragraph(esc(f"{system[0]}  |  {d.kommune[0]}  |  Søg  |  Hjælp  |  Log ud ({d.caseworker[0].split()[0].lower()}01)"), small),
             Paragraph(esc(f"Forside › Borgere › {d.citizen} › " + rng.choice(["Dokumenter", "Min Plan", "Indsatser"])), small), Spacer(1, 8),
             Paragraph(esc(d.title), ParagraphStyle("h", parent=ss["Heading2"], fontSize=14))]
        if d.kind != "unknown":
            meta = [["Borger", d.citizen + (f"  ({d.cpr})" if d.cpr else "")], ["Sag", d.sagsnr], ["Oprettet", fmt_date(d.date, 1)]]
            t = Table(meta, colWidths=[3.2 * cm, 12 * cm])
            t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8.5), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]))
            s += [t, Spacer(1, 8)]
        for t in d.intro:
            s.append(Paragraph(esc(t), bold if t == "Begrundelse" else normal))
            s.append(Spacer(1, 4))
        rows = []
        for _, lab, v in d.sections:
            val = "<br/>".join(("• " if isinstance(v, list) and not x.startswith(("Navn", "Tlf", "E-mail")) else "") + esc(x) for x in _vtext(v))
            rows.append([Paragraph(esc(lab), bold), Paragraph(val, normal)])
        if rows:
            tbl = Table(rows, colWidths=[4.5 * cm, 12 * cm], repeatRows=0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc"))]
            if rng.random() < .5:
                ts.append(("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#999999")))
            tbl.setStyle(TableStyle(ts))
            s += [Spacer(1, 6), tbl]
        for t in d.closing:
            s += [Spacer(1, 4), Paragraph(esc(t), normal)]
        s += [Spacer(1, 14), Paragraph(esc("[Rediger]   [Udskriv]   [Send til e-Boks]   [Tilbage]"), small),
              Paragraph(esc(f"© {d.kommune[0]} · Tilgængelighedserklæring · Cookies"), small)]
        return s

    total = [1]

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(1 * cm, H - 0.8 * cm, stamp)
        c.drawCentredString(W / 2, H - 0.8 * cm, f"{d.title} – {system[0]}")
        c.drawString(1 * cm, 0.7 * cm, url)
        c.drawRightString(W - 1 * cm, 0.7 * cm, f"{doc.page}/{total[0]}")
        c.restoreState()

    buf = io.BytesIO()
    tmp = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.7 * cm, bottomMargin=1.7 * cm)
    tmp.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    total[0] = tmp.page
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.7 * cm, bottomMargin=1.7 * cm,
                            title=d.title)
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------- scans
def scan(src, dst, rng, ocr=True, dpi=200):
    from PIL import Image, ImageFilter
    from pypdf import PdfReader, PdfWriter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), f"{td}/p"], check=True)
        pages = sorted(f for f in os.listdir(td) if f.endswith(".png"))
        imgs = []
        for f in pages:
            im = Image.open(f"{td}/{f}").convert("L")
            im = im.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
            if rng.random() < .5:
                im = im.filter(ImageFilter.GaussianBlur(0.6))
            # speckle
            px = im.load()
            for _ in range(400):
                px[rng.randrange(im.width), rng.randrange(im.height)] = rng.randint(0, 120)
            im.save(f"{td}/{f}")
            imgs.append(im)
        if not ocr:
            imgs[0].save(str(dst), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
            return
        w = PdfWriter()
        for f in pages:
            base = f"{td}/{f[:-4]}"
            subprocess.run(["tesseract", f"{td}/{f}", base, "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for p in PdfReader(base + ".pdf").pages:
                w.add_page(p)
        with open(dst, "wb") as fh:
            w.write(fh)
