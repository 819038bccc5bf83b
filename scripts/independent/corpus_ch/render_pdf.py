"""reportlab forms, Chromium prints of Min Plan, and printed-and-scanned pages read by Tesseract."""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", DV + "DejaVuSerif-Bold.ttf"))

W, H = A4
MM = 72 / 25.4


class Form:
    """A form drawn with boxes: label above the value (small grey) or beside it (left column)."""

    def __init__(self, path: Path, r: random.Random, title: str, org: str, footer: str, mode: str, serif=False):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle(title)
        self.r, self.title, self.org, self.footer, self.mode = r, title, org, footer, mode
        self.f, self.fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
        self.page = 1
        self.pages_total_hint = None
        self._new_page(first=True)

    def _new_page(self, first=False) -> None:
        c = self.c
        c.setFont(self.fb, 11)
        c.drawString(18 * MM, H - 15 * MM, self.org)
        c.setFont(self.f, 7.5)
        c.drawRightString(W - 18 * MM, H - 15 * MM, self.title if not first else "")
        c.setLineWidth(0.6)
        c.line(18 * MM, H - 18 * MM, W - 18 * MM, H - 18 * MM)
        c.setFont(self.f, 7)
        c.drawString(18 * MM, 10 * MM, self.footer)
        c.drawRightString(W - 18 * MM, 10 * MM, f"Side {self.page}")
        self.y = H - 24 * MM
        if first:
            c.setFont(self.fb, 16)
            c.drawString(18 * MM, self.y - 6 * MM, self.title)
            self.y -= 14 * MM

    def _need(self, h: float) -> None:
        if self.y - h < 18 * MM:
            self.c.showPage()
            self.page += 1
            self._new_page()

    def heading(self, text: str) -> None:
        self._need(12 * MM)
        self.c.setFillGray(0.88)
        self.c.rect(18 * MM, self.y - 6 * MM, W - 36 * MM, 6 * MM, stroke=0, fill=1)
        self.c.setFillGray(0)
        self.c.setFont(self.fb, 9.5)
        self.c.drawString(20 * MM, self.y - 4.3 * MM, text)
        self.y -= 8 * MM

    def field(self, label: str, value: str | list, x0=18 * MM, width=None, advance=True, size=9.5) -> float:
        width = width or (W - 36 * MM)
        c = self.c
        vals = value if isinstance(value, list) else [value]
        if self.mode == "above":
            lines = []
            for v in vals:
                lines += simpleSplit(v, self.f, size, width - 4 * MM) or [""]
            h = 5 * MM + max(1, len(lines)) * size * 1.3 + 2.5 * MM
            self._need(h)
            c.setLineWidth(0.5)
            c.rect(x0, self.y - h, width, h)
            c.setFont(self.f, 6.5)
            c.setFillGray(0.35)
            c.drawString(x0 + 1.5 * MM, self.y - 3 * MM, label)
            c.setFillGray(0)
            c.setFont(self.f, size)
            yy = self.y - 5 * MM - size
            for ln in lines:
                c.drawString(x0 + 2 * MM, yy, ln)
                yy -= size * 1.3
        else:
            lw = 45 * MM
            lines = []
            for v in vals:
                lines += simpleSplit(v, self.f, size, width - lw - 4 * MM) or [""]
            llines = simpleSplit(label, self.fb, 8.5, lw - 3 * MM)
            h = max(len(lines) * size * 1.3, len(llines) * 11) + 4 * MM
            self._need(h)
            c.setLineWidth(0.5)
            c.rect(x0, self.y - h, lw, h)
            c.rect(x0 + lw, self.y - h, width - lw, h)
            c.setFont(self.fb, 8.5)
            yy = self.y - 2 * MM - 8.5
            for ln in llines:
                c.drawString(x0 + 1.5 * MM, yy, ln)
                yy -= 11
            c.setFont(self.f, size)
            yy = self.y - 2 * MM - size
            for ln in lines:
                c.drawString(x0 + lw + 2 * MM, yy, ln)
                yy -= size * 1.3
        if advance:
            self.y -= h + 1.5 * MM
        return h

    def row(self, pairs: list[tuple[str, str]]) -> None:
        """Several label-above boxes side by side."""
        n = len(pairs)
        width = (W - 36 * MM) / n
        save_mode, self.mode = self.mode, "above"
        hs = []
        y0 = self.y
        self._need(16 * MM)
        y0 = self.y
        for i, (l, v) in enumerate(pairs):
            self.y = y0
            hs.append(self.field(l, v, x0=18 * MM + i * width, width=width, advance=False))
        self.y = y0 - max(hs) - 1.5 * MM
        self.mode = save_mode

    def checkboxes(self, label: str, options: list[str], chosen: int) -> None:
        self._need(10 * MM)
        c = self.c
        c.setFont(self.fb, 8.5)
        c.drawString(18 * MM, self.y - 4 * MM, label)
        x = 18 * MM
        y = self.y - 9 * MM
        c.setFont(self.f, 9)
        for i, o in enumerate(options):
            s = ("☒ " if i == chosen else "☐ ") + o
            wdt = pdfmetrics.stringWidth(s, self.f, 9) + 8 * MM
            if x + wdt > W - 18 * MM:
                x = 18 * MM
                y -= 5 * MM
            c.drawString(x, y, s)
            x += wdt
        self.y = y - 4 * MM

    def text(self, t: str, size=9.5, bold=False) -> None:
        lines = simpleSplit(t, self.fb if bold else self.f, size, W - 36 * MM)
        for ln in lines:
            self._need(size * 1.4)
            self.c.setFont(self.fb if bold else self.f, size)
            self.c.drawString(18 * MM, self.y - size, ln)
            self.y -= size * 1.4
        self.y -= 2 * MM

    def signature_boxes(self, who: list[str]) -> None:
        self._need(25 * MM)
        width = (W - 36 * MM) / len(who)
        for i, w in enumerate(who):
            x = 18 * MM + i * width
            self.c.rect(x, self.y - 20 * MM, width - 3 * MM, 20 * MM)
            self.c.setFont(self.f, 7)
            self.c.drawString(x + 1.5 * MM, self.y - 18.5 * MM, f"Dato og underskrift, {w}")
        self.y -= 24 * MM

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def simple_pdf(path: Path, title: str, org: str, blocks: list[tuple[str, str]], two_col=False, footer="") -> None:
    """Prose document (invoice, leaflet, minutes) with optional two text columns; blocks are (kind, text)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    page = [1]

    def furniture():
        c.setFont("DVB", 10)
        c.drawString(18 * MM, H - 14 * MM, org)
        c.setFont("DV", 7)
        c.drawString(18 * MM, 10 * MM, footer)
        c.drawRightString(W - 18 * MM, 10 * MM, f"{page[0]}")

    furniture()
    c.setFont("DVB", 15)
    c.drawString(18 * MM, H - 28 * MM, title)
    cols = [(18 * MM, (W - 36 * MM - 8 * MM) / 2), (18 * MM + (W - 36 * MM + 8 * MM) / 2, (W - 36 * MM - 8 * MM) / 2)] if two_col \
        else [(18 * MM, W - 36 * MM)]
    ci = 0
    y = H - 36 * MM
    for kind, t in blocks:
        font, size = ("DVB", 10) if kind == "h" else ("DV", 9)
        x, wdt = cols[ci]
        text = ("• " + t) if kind == "li" else t
        lines = simpleSplit(text, font, size, wdt)
        if kind == "h":
            y -= 2 * MM
        for ln in lines:
            if y < 20 * MM:
                ci += 1
                if ci >= len(cols):
                    c.showPage()
                    page[0] += 1
                    furniture()
                    ci = 0
                y = H - 36 * MM if page[0] == 1 else H - 22 * MM
                x, wdt = cols[ci]
            c.setFont(font, size)
            c.drawString(x, y, ln)
            y -= size * 1.35
        y -= 1.5 * MM
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# Printed and scanned

def scan(src_pdf: Path, out_pdf: Path, r: random.Random, text_layer: bool) -> None:
    """Print-and-scan: render, tilt, add noise; then either Tesseract's own PDF (image + OCR
    text layer, as a scanner with OCR writes it) or an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageEnhance, ImageFilter

    doc = pdfium.PdfDocument(str(src_pdf))
    imgs = []
    dpi = r.choice([200, 240, 300])
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = ImageEnhance.Contrast(img).enhance(r.uniform(0.85, 1.0))
        noise = Image.effect_noise(img.size, r.uniform(8, 18))
        img = ImageChops.add(img, noise, scale=1.0, offset=-128)
        img = img.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 0.8)))
        imgs.append(img)
    doc.close()
    if not text_layer:
        imgs[0].save(str(out_pdf), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
        return
    with tempfile.TemporaryDirectory() as td:
        names = []
        for i, img in enumerate(imgs):
            p = Path(td) / f"p{i}.png"
            img.save(p, dpi=(dpi, dpi))
            names.append(str(p))
        lst = Path(td) / "list.txt"
        lst.write_text("\n".join(names) + "\n")
        base = Path(td) / "out"
        subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        out_pdf.write_bytes((Path(td) / "out.pdf").read_bytes())


def chromium_prints(jobs: list[tuple[str, Path, str, str]]) -> None:
    """Print HTML pages to PDF with Chromium (header: date and title; footer: address and page x/y)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = b.new_page()
        for html, out, header_title, url in jobs:
            page.set_content(html)
            page.pdf(path=str(out), format="A4", display_header_footer=True, print_background=True,
                     margin={"top": "18mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
                     header_template=f'<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                                     f'<span class="date"></span><span>{header_title}</span></div>',
                     footer_template=f'<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                                     f'<span>{url}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
        b.close()
