"""Page layout, scan degradation and OCR for corpus AI (scanned paper).

A tiny flow layout engine on top of the reportlab canvas: blocks (headings, paragraphs, label/value
lines, bullet lists, ruled tables, signature lines) flow into one or two columns per page, with an
optional letterhead and right-hand info box or a left sidebar on page 1, running headers and
"Side n af N" footers. Pages are then rendered with PDFium, degraded like a real scanner or fax
(skew, blur, noise, JPEG, thresholding, hole punches, a cut margin) and OCR'd with Tesseract.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
for _name, _file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
    if (_DEJAVU / _file).is_file():
        pdfmetrics.registerFont(TTFont(_name, str(_DEJAVU / _file)))

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
    "dejavu": ("DejaVu", "DejaVu-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
}

VOWELS = set("aeiouyæøåAEIOUYÆØÅ")
ONSETS = {"st", "sk", "sp", "tr", "kr", "pr", "br", "dr", "gr", "fr", "bl", "fl", "kl", "pl", "gl", "sl",
          "sn", "sm", "sv", "tv", "kv", "fj", "bj", "sj"}


def hyphen_split(word: str, font: str, size: float, room: float) -> tuple[str, str] | None:
    """Split a long word so that 'head-' fits in room: between two consonants before a vowel
    (beskæf-tigelse, ind-sats), else before a consonant that starts a syllable (ta-ger)."""
    if len(word) < 8 or not word.isalpha():
        return None
    for prefer in (True, False):
        best = None
        for i in range(3, len(word) - 3):
            c1, c2, nxt = word[i - 1], word[i], word[i + 1]
            if c2 in VOWELS or nxt not in VOWELS:
                continue
            if prefer and (c1 in VOWELS or (c1 + c2).lower() in ONSETS):
                continue
            head = word[:i] + "-"
            if pdfmetrics.stringWidth(head, font, size) <= room:
                best = (head, word[i:])
        if best:
            return best
    return None


def wrap(text: str, font: str, size: float, width: float, hyphenate: bool = False) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        cur = ""
        while words:
            w = words.pop(0)
            trial = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(trial, font, size) <= width:
                cur = trial
                continue
            if hyphenate and cur:
                room = width - pdfmetrics.stringWidth(cur + " ", font, size)
                sp = hyphen_split(w, font, size, room)
                if sp:
                    lines.append(cur + " " + sp[0])
                    cur = ""
                    words.insert(0, sp[1])
                    continue
            if cur:
                lines.append(cur)
            cur = w
        lines.append(cur)
    return lines


@dataclass
class Style:
    font: str = "helv"
    size: float = 10.5
    leading: float = 1.32
    margin_l: float = 2.4 * cm
    margin_r: float = 2.2 * cm
    margin_t: float = 2.3 * cm
    margin_b: float = 2.4 * cm
    columns: int = 1
    gutter: float = 0.9 * cm
    hyphenate: bool = False
    tab: float = 4.6 * cm          # value column of label/value lines
    bullet: str = "•"
    header: str = ""                # running header (pages 2+ unless header_all)
    header_all: bool = False
    footer: str = ""                # left part of the footer
    page_numbers: str = "Side {n} af {N}"
    letterhead: list = field(default_factory=list)   # [(text, size, bold)]
    infobox: list = field(default_factory=list)      # lines in a right-hand box on page 1
    sidebar: list = field(default_factory=list)      # lines in a left column on page 1
    sidebar_w: float = 5.0 * cm
    fax_header: str = ""


class Layout:
    """Flows blocks into pages of ops; render() then draws them with the furniture."""

    def __init__(self, st: Style):
        self.st = st
        self.W, self.H = A4
        self.pages: list[list[tuple]] = []
        self.reg, self.bold = FONTS[st.font]
        self._new_page()

    # frames ---------------------------------------------------------------------------------
    def _frames(self, pno: int) -> list[tuple[float, float]]:
        st = self.st
        left, right = st.margin_l, self.W - st.margin_r
        if pno == 0 and st.sidebar:
            left = st.margin_l + st.sidebar_w + 0.6 * cm
        if st.columns == 2:
            w = (right - left - st.gutter) / 2
            return [(left, w), (left + w + st.gutter, w)]
        return [(left, right - left)]

    def _top(self, pno: int) -> float:
        top = self.H - self.st.margin_t
        if pno == 0 and (self.st.letterhead or self.st.infobox):
            top -= self._letterhead_height()
        if pno > 0 and self.st.header:
            top -= 0.6 * cm
        return top

    def _letterhead_height(self) -> float:
        n = max(len(self.st.letterhead) * 1.5, len(self.st.infobox) * 1.0 + 0.8)
        return (n * 0.48 + 1.2) * cm

    def _new_page(self):
        self.pages.append([])
        self.pno = len(self.pages) - 1
        self.frames = self._frames(self.pno)
        self.col = 0
        self.y = self._top(self.pno)
        self.col_top = self.y

    def _next_col(self):
        if self.col + 1 < len(self.frames):
            self.col += 1
            self.y = self.col_top
        else:
            self._new_page()

    @property
    def x(self) -> float:
        return self.frames[self.col][0]

    @property
    def width(self) -> float:
        return self.frames[self.col][1]

    def need(self, h: float):
        if self.y - h < self.st.margin_b:
            self._next_col()

    def gap(self, h: float):
        if self.y - h < self.st.margin_b:
            self._next_col()
        else:
            self.y -= h

    def text(self, x_off: float, s: str, bold=False, size=None):
        size = size or self.st.size
        lead = size * self.st.leading
        self.need(lead)
        self.y -= lead
        self.pages[self.pno].append(("text", self.x + x_off, self.y + size * 0.22, s,
                                     self.bold if bold else self.reg, size))

    # blocks ---------------------------------------------------------------------------------
    def title(self, s: str, size=15):
        self.gap(4)
        for ln in wrap(s, self.bold, size, self.width):
            self.text(0, ln, bold=True, size=size)
        self.gap(8)

    def heading(self, s: str, size=None):
        size = size or self.st.size + 1
        self.need(size * 3.2)
        self.gap(size * 0.7)
        for ln in wrap(s, self.bold, size, self.width):
            self.text(0, ln, bold=True, size=size)
        self.gap(2)

    def para(self, s: str, indent=0.0, bold=False, after=5):
        for ln in wrap(s, self.bold if bold else self.reg, self.st.size, self.width - indent,
                       self.st.hyphenate):
            self.text(indent, ln, bold=bold)
        self.gap(after)

    def kv(self, label: str, value: str, tab=None, after=3):
        tab = tab if tab is not None else self.st.tab
        if tab > self.width * 0.6:
            tab = self.width * 0.45
        lab_lines = wrap(label, self.bold, self.st.size, tab - 6)
        val_lines = wrap(value, self.reg, self.st.size, self.width - tab, self.st.hyphenate) if value else [""]
        for i in range(max(len(lab_lines), len(val_lines))):
            lead = self.st.size * self.st.leading
            self.need(lead)
            self.y -= lead
            yb = self.y + self.st.size * 0.22
            if i < len(lab_lines):
                self.pages[self.pno].append(("text", self.x, yb, lab_lines[i], self.bold, self.st.size))
            if i < len(val_lines) and val_lines[i]:
                self.pages[self.pno].append(("text", self.x + tab, yb, val_lines[i], self.reg, self.st.size))
        self.gap(after)

    def bullets(self, items: list[str], indent=0.4 * cm, mark=None, numbered=False):
        mark = mark or self.st.bullet
        for n, it in enumerate(items, 1):
            m = f"{n}." if numbered else mark
            lines = wrap(it, self.reg, self.st.size, self.width - indent - 14, self.st.hyphenate)
            for i, ln in enumerate(lines):
                lead = self.st.size * self.st.leading
                self.need(lead)
                self.y -= lead
                yb = self.y + self.st.size * 0.22
                if i == 0:
                    self.pages[self.pno].append(("text", self.x + indent, yb, m, self.reg, self.st.size))
                self.pages[self.pno].append(("text", self.x + indent + 14, yb, ln, self.reg, self.st.size))
        self.gap(5)

    def table(self, rows: list[list[str]], widths: list[float] | None = None, header=False,
              pad=4.0, bold_first_col=True):
        """A ruled table; rows never split, the table may break between rows."""
        ncol = max(len(r) for r in rows)
        if widths is None:
            widths = [1.0 / ncol] * ncol
        tot = sum(widths)
        ws = [self.width * w / tot for w in widths]
        size = self.st.size
        lead = size * self.st.leading
        for ri, row in enumerate(rows):
            cells = []
            for ci in range(ncol):
                s = row[ci] if ci < len(row) else ""
                bold = (header and ri == 0) or (bold_first_col and ci == 0 and ncol > 1)
                cells.append((wrap(s, self.bold if bold else self.reg, size, ws[ci] - 2 * pad) if s else [],
                              bold))
            h = max(1, max(len(c[0]) for c in cells)) * lead + 2 * pad
            if self.y - h < self.st.margin_b:
                self._next_col()
            top = self.y
            x = self.x
            ops = self.pages[self.pno]
            ops.append(("line", self.x, top, self.x + self.width, top, 0.7))
            ops.append(("line", self.x, top - h, self.x + self.width, top - h, 0.7))
            for ci, (lines, bold) in enumerate(cells):
                ops.append(("line", x, top, x, top - h, 0.7))
                for li, ln in enumerate(lines):
                    ops.append(("text", x + pad, top - pad - (li + 1) * lead + size * 0.22, ln,
                                self.bold if bold else self.reg, size))
                x += ws[ci]
            ops.append(("line", self.x + self.width, top, self.x + self.width, top - h, 0.7))
            self.y = top - h
        self.gap(8)

    def signatures(self, who: list[str], rng: random.Random, signed: int | None = None):
        signed = len(who) if signed is None else signed
        self.need(3.2 * cm)
        self.gap(1.6 * cm)
        n = len(who)
        w = (self.width - (n - 1) * 0.8 * cm) / n
        for i, name in enumerate(who):
            x = self.x + i * (w + 0.8 * cm)
            ops = self.pages[self.pno]
            if i < signed:
                ops.append(("scribble", x + 0.2 * cm, self.y + 0.15 * cm, min(w - 0.4 * cm, 5.5 * cm),
                            rng.randrange(10 ** 6)))
            ops.append(("line", x, self.y, x + w, self.y, 0.6))
            ops.append(("text", x, self.y - self.st.size * 1.2, name, self.reg, self.st.size - 1))
        self.y -= self.st.size * 1.6
        self.gap(6)

    def stamp(self, lines: list[str], rng: random.Random, color=(0.75, 0.1, 0.12)):
        """A rubber stamp somewhere near the current position (page 1 top-right if early)."""
        x = self.W - self.st.margin_r - 5.2 * cm + rng.uniform(-1, 1) * cm
        y = max(self.st.margin_b + 1 * cm, self.y + rng.uniform(0.5, 2.5) * cm)
        self.pages[self.pno].append(("stamp", x, y, lines, rng.uniform(-9, 9), color))

    # rendering -------------------------------------------------------------------------------
    def render(self, path: Path):
        st = self.st
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        N = len(self.pages)
        for pno, ops in enumerate(self.pages):
            if pno == 0:
                self._draw_page1_furniture(c)
            if st.header and (pno > 0 or st.header_all):
                c.setFont(self.reg, st.size - 2)
                c.drawString(st.margin_l, self.H - st.margin_t + 0.3 * cm, st.header)
                c.setLineWidth(0.4)
                c.line(st.margin_l, self.H - st.margin_t + 0.15 * cm, self.W - st.margin_r,
                       self.H - st.margin_t + 0.15 * cm)
            if st.footer or st.page_numbers:
                c.setFont(self.reg, st.size - 2.5)
                fy = st.margin_b - 1.1 * cm
                if st.footer:
                    c.drawString(st.margin_l, fy, st.footer)
                if st.page_numbers:
                    c.drawRightString(self.W - st.margin_r, fy, st.page_numbers.format(n=pno + 1, N=N))
            if st.fax_header:
                c.setFont("Courier", 8)
                c.drawString(1.0 * cm, self.H - 0.7 * cm, st.fax_header.format(n=pno + 1, N=N))
            for op in ops:
                kind = op[0]
                if kind == "text":
                    _, x, y, s, font, size = op
                    c.setFont(font, size)
                    c.drawString(x, y, s)
                elif kind == "line":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, y1, x2, y2)
                elif kind == "scribble":
                    _, x, y, w, seed = op
                    _scribble(c, x, y, w, random.Random(seed))
                elif kind == "stamp":
                    _, x, y, lines, ang, col = op
                    _stamp(c, x, y, lines, ang, col)
            c.showPage()
        c.save()

    def _draw_page1_furniture(self, c):
        st = self.st
        top = self.H - st.margin_t
        if st.letterhead:
            y = top
            for text, size, bold in st.letterhead:
                c.setFont(self.bold if bold else self.reg, size)
                y -= size * 1.25
                c.drawString(st.margin_l, y, text)
        if st.infobox:
            bw = 6.0 * cm
            bx = self.W - st.margin_r - bw
            lead = (st.size - 1.5) * 1.3
            bh = len(st.infobox) * lead + 0.5 * cm
            c.setLineWidth(0.6)
            c.rect(bx, top - bh, bw, bh)
            y = top - 0.25 * cm
            for ln in st.infobox:
                y -= lead
                bold = ln.startswith("*")
                c.setFont(self.bold if bold else self.reg, st.size - 1.5)
                c.drawString(bx + 0.25 * cm, y + 2, ln.lstrip("*"))
        if st.sidebar:
            x = st.margin_l
            y = self.H - st.margin_t
            c.setFillGray(0.9)
            c.rect(x - 0.2 * cm, st.margin_b, st.sidebar_w, y - st.margin_b + 0.2 * cm, stroke=0, fill=1)
            c.setFillGray(0)
            for ln in st.sidebar:
                bold = ln.startswith("*")
                s = ln.lstrip("*")
                for part in wrap(s, self.bold if bold else self.reg, st.size - 1.5, st.sidebar_w - 0.5 * cm):
                    y -= (st.size - 1.5) * 1.35
                    c.setFont(self.bold if bold else self.reg, st.size - 1.5)
                    c.drawString(x, y, part)
                if not s:
                    y -= 4


def _scribble(c, x, y, w, rng):
    """A handwritten-looking signature: a few connected loops in blue-black ink."""
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, rng.uniform(0.35, 0.6))
    c.setLineWidth(rng.uniform(0.9, 1.5))
    p = c.beginPath()
    cx, cy = x, y + rng.uniform(2, 8)
    p.moveTo(cx, cy)
    steps = rng.randint(5, 9)
    for i in range(steps):
        nx = x + w * (i + 1) / steps * rng.uniform(0.8, 1.0)
        ny = y + rng.uniform(0, 22)
        p.curveTo(cx + rng.uniform(-10, 25), cy + rng.uniform(8, 30), nx + rng.uniform(-25, 10),
                  ny - rng.uniform(5, 20), nx, ny)
        cx, cy = nx, ny
    p.curveTo(cx + 10, cy - 15, x + w * 0.3, y - 4, x + w * 0.1, y + 5)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _stamp(c, x, y, lines, ang, col):
    c.saveState()
    c.translate(x, y)
    c.rotate(ang)
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    c.setLineWidth(1.8)
    w, h = 4.6 * cm, (len(lines) * 0.5 + 0.5) * cm
    c.roundRect(0, 0, w, h, 6)
    yy = h - 0.55 * cm
    for i, ln in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10 if i == 0 else 8.5)
        c.drawCentredString(w / 2, yy, ln)
        yy -= 0.5 * cm
    c.restoreState()


# ---------------------------------------------------------------------------------------------
# Scan degradation
# ---------------------------------------------------------------------------------------------

@dataclass
class ScanProfile:
    dpi: int = 200
    skew: float = 0.8          # degrees, signed
    blur: float = 0.6
    noise: float = 0.06        # blend share of uniform noise
    specks: int = 60
    jpeg: int = 55             # quality; 0 = none
    fax: bool = False          # threshold to 1 bit
    threshold: int = 150
    holes: bool = False
    cut: tuple = (0, 0, 0, 0)  # mm cut from left, top, right, bottom
    paper: int = 242           # paper grey
    color: bool = False


def degrade(img: Image.Image, prof: ScanProfile, rng: random.Random) -> Image.Image:
    img = img.convert("L")
    w, h = img.size
    mm = prof.dpi / 25.4
    # paper tone: darken white slightly, and uneven lighting towards one edge
    img = img.point(lambda v: int(v * prof.paper / 255))
    if prof.holes:
        d = ImageDraw.Draw(img)
        r = 3.0 * mm
        cx = 11 * mm
        for fy in (0.38, 0.62) if rng.random() < 0.7 else (0.3, 0.5, 0.7):
            cy = h * fy
            d.ellipse([cx - r - 1.2 * mm, cy - r + 0.8 * mm, cx + r - 0.4 * mm, cy + r + 1.6 * mm], fill=150)
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=40)
    # skew
    img = img.rotate(prof.skew, resample=Image.BICUBIC, expand=False, fillcolor=215)
    # cut margin: crop, then the scanner's bed fills with dark grey at the cut side
    l, t, r_, b = (int(v * mm) for v in prof.cut)
    if any((l, t, r_, b)):
        img = img.crop((l, t, w - r_, h - b))
    if prof.blur:
        img = img.filter(ImageFilter.GaussianBlur(prof.blur * prof.dpi / 200))
    if prof.noise:
        noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
        img = Image.blend(img, noise, prof.noise)
        a = prof.noise
        img = img.point(lambda v: max(0, min(255, int((v - 128 * a) / (1 - a)))))
    if prof.specks:
        d = ImageDraw.Draw(img)
        for _ in range(prof.specks):
            sx, sy = rng.randrange(img.size[0]), rng.randrange(img.size[1])
            rr = rng.choice((1, 1, 2, 3))
            d.ellipse([sx, sy, sx + rr, sy + rr], fill=rng.randrange(20, 120))
    if prof.fax:
        img = img.point(lambda v: 255 if v > prof.threshold else 0).convert("1")
        return img
    if prof.jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=prof.jpeg)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def rasterise(pdf_path: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72, grayscale=True).to_pil())
        page.close()
    doc.close()
    return out


def scan_and_ocr(src_pdf: Path, out_base: Path, prof: ScanProfile, rng: random.Random,
                 want: str = "pdf") -> Path:
    """Scan src_pdf with prof, OCR with Tesseract (Danish); write out_base.pdf or out_base.txt."""
    tmp = Path(tempfile.mkdtemp(prefix="ai_scan_"))
    try:
        pages = rasterise(src_pdf, prof.dpi)
        names = []
        for i, im in enumerate(pages):
            im = degrade(im, prof, rng)
            p = tmp / f"p{i:02d}.{'png' if prof.fax else 'jpg'}"
            if prof.fax:
                im.save(p, dpi=(prof.dpi, prof.dpi))
            else:
                im.save(p, "JPEG", quality=max(prof.jpeg or 80, 60), dpi=(prof.dpi, prof.dpi))
            names.append(str(p))
        lst = tmp / "pages.txt"
        lst.write_text("\n".join(names) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(lst), str(tmp / "ocr"), "-l", "dan", "--dpi", str(prof.dpi), want],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dest = out_base.with_suffix("." + want)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp / f"ocr.{want}", dest)
        return dest
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
