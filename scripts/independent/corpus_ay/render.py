"""Page rendering for corpus AY: a scanned page image plus a damaged invisible OCR text layer.

A document is a list of blocks (the clean, printed text). The renderer lays them out on A4 pages,
draws the clean text into a greyscale "scan" (noise, specks, slight skew, JPEG), and writes the
OCR text layer over it in render mode 3 with OCR-style damage. Or, for the Tesseract documents, it
writes only the page images and lets `tesseract ... -l dan pdf` produce the PDF.
"""

from __future__ import annotations

import io
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = 595.0, 842.0
FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "serif": (FONT_DIR / "dejavu/DejaVuSerif.ttf", FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf"),
    "sans": (FONT_DIR / "dejavu/DejaVuSans.ttf", FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"),
    "carlito": (FONT_DIR / "crosextra/Carlito-Regular.ttf", FONT_DIR / "crosextra/Carlito-Bold.ttf"),
    "caladea": (FONT_DIR / "crosextra/Caladea-Regular.ttf", FONT_DIR / "crosextra/Caladea-Bold.ttf"),
}
_registered: set[str] = set()


def _rl_font(face: str, bold: bool) -> str:
    name = f"{face}-{'b' if bold else 'r'}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(FONTS[face][1 if bold else 0])))
        _registered.add(name)
    return name


def text_width(text: str, face: str, bold: bool, size: float) -> float:
    return pdfmetrics.stringWidth(text, _rl_font(face, bold), size)


# --------------------------------------------------------------------------- OCR damage

SUBS = {
    "å": ["é", "a", "d", "pé", "a"], "ø": ["e", "o", "a", "g", "e"], "æ": ["a", "e", "z", "ee", "a"],
    "Å": ["A", "A"], "Ø": ["O", "@"], "Æ": ["A", "E"],
}
CPR_RE = re.compile(r"\d{6}-?\d{4}")


def damage(line: str, s: float, rng: random.Random) -> str:
    """Return `line` as a damaged OCR reading; s is the strength (0 = clean, ~0.5 = heavy)."""
    if line in ("☒", "☐"):  # OCR reads a ticked box as X or [X], an empty one as O, D or []
        if s <= 0:
            return line
        return rng.choice(["X", "[X]", "®", "K"]) if line == "☒" else rng.choice(["O", "D", "[]", "0", ""])
    if s <= 0 or not line.strip():
        return line
    protected = [(m.start(), m.end()) for m in CPR_RE.finditer(line)]

    def prot(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    words = line.split(" ")
    out_words = []
    pos = 0
    for w in words:
        start = pos
        pos += len(w) + 1
        if any(prot(i) for i in range(start, start + len(w))):
            out_words.append(w)
            continue
        if w == "i" and rng.random() < min(0.9, s * 2):
            w = "1"
        elif w.lower() == "få" and rng.random() < min(0.9, s * 2):
            w = w[0] + "i"
        chars = []
        for ch in w:
            if ch in SUBS and rng.random() < min(0.95, s * 1.6):
                chars.append(rng.choice(SUBS[ch]))
            elif ch == "m" and rng.random() < s * 0.25:
                chars.append("rn")
            elif ch == "I" and rng.random() < s * 0.8:
                chars.append("l")
            elif ch == "l" and rng.random() < s * 0.06:
                chars.append(rng.choice(["I", "1"]))
            elif ch == "e" and rng.random() < s * 0.04:
                chars.append("c")
            elif ch == "h" and rng.random() < s * 0.03:
                chars.append("b")
            elif ch.isdigit() and s > 0.3 and rng.random() < 0.02:
                chars.append({"0": "O", "1": "l", "5": "S", "8": "B"}.get(ch, ch))
            else:
                chars.append(ch)
        w = "".join(chars)
        w = w.replace("ti", "fi") if rng.random() < s * 0.15 else w
        w = w.replace("rn", "m") if rng.random() < s * 0.2 else w
        if len(w) > 6 and w.isalpha() and rng.random() < s * 0.15:
            k = rng.randint(2, len(w) - 2)
            w = w[:k] + " " + w[k:]
        out_words.append(w)
    out = " ".join(out_words)
    if rng.random() < s * 0.35:
        speck = rng.choice(["'", ".", "‚", "·", "|", "`", ",", "~", "°"])
        where = rng.random()
        out = f"{speck} {out}" if where < 0.4 else (f"{out} {speck}" if where < 0.8 else out.replace(" ", f" {speck} ", 1))
    return out


# --------------------------------------------------------------------------- layout

@dataclass
class Line:
    x: float
    y: float  # baseline, PDF points from the bottom
    text: str
    size: float
    bold: bool = False
    dy_ocr: float = 0.0  # baseline shift in the OCR layer only (ragged table reading)


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # drawn lines
    boxes: list[tuple[float, float, float]] = field(default_factory=list)  # checkbox x, y, size


def wrap(text: str, width: float, face: str, bold: bool, size: float, rng: random.Random,
         hyph: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = f"{cur} {w}".strip()
        if text_width(cand, face, bold, size) <= width:
            cur = cand
            continue
        # hyphenate a long word at the line end as a typeset print does
        if len(w) >= 9 and w.isalpha() and rng.random() < hyph:
            for k in range(len(w) - 4, 3, -1):
                head = f"{cur} {w[:k]}-".strip()
                if text_width(head, face, bold, size) <= width:
                    lines.append(head)
                    cur = w[k:]
                    break
            else:
                lines.append(cur)
                cur = w
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


@dataclass
class Style:
    face: str = "serif"
    size: float = 10.5
    lead: float = 1.35
    margin: float = 62.0
    label_w: float = 150.0
    hyph: float = 0.4
    header: str = ""
    footer: str = ""  # "{n}" and "{N}" are filled in
    ragged: float = 0.0  # probability a table value sits off its label's baseline
    grid: bool = True


def layout(blocks: list[tuple], st: Style, rng: random.Random) -> list[Page]:
    pages: list[Page] = [Page()]
    top = PAGE_H - st.margin - (18 if st.header else 0)
    bottom = st.margin + (18 if st.footer else 0)
    y = top
    width = PAGE_W - 2 * st.margin
    lh = st.size * st.lead

    def need(h: float) -> None:
        nonlocal y
        if y - h < bottom:
            pages.append(Page())
            y = top

    for b in blocks:
        kind = b[0]
        if kind == "blank":
            y -= lh * 0.8
            continue
        if kind == "pagebreak":
            pages.append(Page())
            y = top
            continue
        if kind in ("title", "head"):
            size = st.size + (5 if kind == "title" else 1.5)
            y -= lh * (0.6 if kind == "head" else 0)
            for t in wrap(b[1], width, st.face, True, size, rng, 0):
                need(size * 1.4)
                y -= size * 1.3
                pages[-1].lines.append(Line(st.margin, y, t, size, True))
            y -= lh * 0.35
            continue
        if kind in ("para", "small", "right"):
            size = st.size - (1 if kind == "small" else 0)
            texts = [b[1]] if kind in ("small", "right") else wrap(b[1], width, st.face, False, size, rng, st.hyph)
            for t in texts:
                need(lh)
                y -= lh
                x = st.margin
                if kind == "right":
                    x = PAGE_W - st.margin - text_width(t, st.face, False, size)
                pages[-1].lines.append(Line(x, y, t, size))
            if kind == "para":
                y -= lh * 0.45
            continue
        if kind == "item":
            marker, text = b[1], b[2]
            indent = 22
            ls = wrap(text, width - indent, st.face, False, st.size, rng, st.hyph)
            for i, t in enumerate(ls):
                need(lh)
                y -= lh
                if i == 0:
                    pages[-1].lines.append(Line(st.margin, y, marker, st.size))
                pages[-1].lines.append(Line(st.margin + indent, y, t, st.size))
            y -= lh * 0.2
            continue
        if kind == "check":
            checked, text = b[1], b[2]
            need(lh)
            y -= lh
            pages[-1].boxes.append((st.margin, y - 1, 8.0 if not checked else -8.0))
            pages[-1].lines.append(Line(st.margin, y, "☒" if checked else "☐", st.size))
            pages[-1].lines.append(Line(st.margin + 16, y, text, st.size))
            continue
        if kind == "row":
            label, value = b[1], b[2]
            bold_label = len(b) < 4 or b[3]
            vx = st.margin + st.label_w
            lab = wrap(label, st.label_w - 8, st.face, bold_label, st.size, rng, 0)
            val = []
            for part in value.split("\n"):
                val += wrap(part, width - st.label_w - 4, st.face, False, st.size, rng, st.hyph) or [""]
            n = max(len(lab), len(val))
            need(lh * n + 6)
            y0 = y
            if st.grid:
                pages[-1].rules.append((st.margin - 4, y0 - 3, PAGE_W - st.margin + 4, y0 - 3))
            # a short label in a tall row is centred vertically, as Word tables often are
            off = (n - len(lab)) // 2 if n > 2 and rng.random() < 0.5 else 0
            shift = rng.choice([-1, 1]) * rng.uniform(3.5, 6.5) if rng.random() < st.ragged else 0.0
            for i, t in enumerate(lab):
                pages[-1].lines.append(Line(st.margin, y0 - lh * (i + 1 + off), t, st.size, bold_label))
            for i, t in enumerate(val):
                pages[-1].lines.append(Line(vx, y0 - lh * (i + 1), t, st.size, False, shift))
            y = y0 - lh * n - 6
            if st.grid:
                pages[-1].rules.append((st.margin - 4, y + 2, PAGE_W - st.margin + 4, y + 2))
                pages[-1].rules.append((vx - 6, y0 - 3, vx - 6, y + 2))
            continue
        if kind == "field":  # form field: label, then an underlined value
            label, value = b[1], b[2]
            need(lh * 1.6)
            y -= lh * 1.5
            lw = text_width(label, st.face, False, st.size) + 6
            pages[-1].lines.append(Line(st.margin, y, label, st.size))
            vals = wrap(value, width - lw, st.face, False, st.size, rng, 0) if value else []
            pages[-1].rules.append((st.margin + lw, y - 2, PAGE_W - st.margin, y - 2))
            for i, t in enumerate(vals):
                if i:
                    need(lh)
                    y -= lh
                    pages[-1].rules.append((st.margin + lw, y - 2, PAGE_W - st.margin, y - 2))
                pages[-1].lines.append(Line(st.margin + lw + 2, y, t, st.size, False,
                                            rng.uniform(-2, 2) if st.ragged else 0))
            continue
        raise ValueError(kind)
    n_pages = len(pages)
    for n, p in enumerate(pages, 1):
        if st.header:
            p.lines.append(Line(st.margin, PAGE_H - st.margin + 4, st.header, st.size - 2))
        if st.footer:
            t = st.footer.format(n=n, N=n_pages)
            p.lines.append(Line((PAGE_W - text_width(t, st.face, False, st.size - 2)) / 2,
                                st.margin - 8, t, st.size - 2))
    return pages


# --------------------------------------------------------------------------- the scan

@dataclass
class Scan:
    dpi: int = 150
    tone: int = 242
    noise: float = 0.3  # 0..1
    skew: float = 0.3  # degrees
    blur: float = 0.5
    quality: int = 55


def page_image(p: Page, st: Style, sc: Scan, rng: random.Random) -> Image.Image:
    k = sc.dpi / 72.0
    W, H = int(PAGE_W * k), int(PAGE_H * k)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    cache: dict = {}
    for ln in p.lines:
        key = (ln.bold, round(ln.size * k))
        if key not in cache:
            cache[key] = ImageFont.truetype(str(FONTS[st.face][1 if ln.bold else 0]), key[1])
        f = cache[key]
        asc = f.getmetrics()[0]
        ink = rng.randint(15, 60)
        d.text((ln.x * k, (PAGE_H - ln.y) * k - asc), ln.text, font=f, fill=ink)
    for x1, y1, x2, y2 in p.rules:
        d.line([(x1 * k, (PAGE_H - y1) * k), (x2 * k, (PAGE_H - y2) * k)], fill=90, width=max(1, int(k * 0.6)))
    img = img.filter(ImageFilter.GaussianBlur(sc.blur)) if sc.blur else img
    # paper tone, specks and dust
    px = img.load()
    spk = int(W * H * sc.noise * 0.0004)
    for _ in range(spk):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice([0, 0, 1, 1, 2])
        d2 = ImageDraw.Draw(img)
        d2.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 150))
    img = img.point(lambda v: int(v * sc.tone / 255))
    if sc.skew:
        img = img.rotate(rng.uniform(-sc.skew, sc.skew), resample=Image.BICUBIC, fillcolor=sc.tone)
    if rng.random() < sc.noise:  # a dark scanner edge
        d3 = ImageDraw.Draw(img)
        edge = rng.randint(3, 12)
        d3.rectangle([0, 0, edge, H], fill=rng.randint(60, 120))
    del px
    return img


def write_overlay_pdf(path: Path, pages: list[Page], st: Style, sc: Scan, strength: float,
                      rng: random.Random, per_word: bool = False, plain: bool = False,
                      title: str = "") -> None:
    """A scanned-looking PDF: page image plus invisible (render mode 3) damaged OCR text."""
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setCreator(rng.choice(["Canon iR-ADV C5535 PDF", "KODAK Capture Pro", "ABBYY FineReader 12",
                             "Xerox WorkCentre 7855", "OmniPage CSDK 19"]))
    if title:
        c.setTitle(title)
    for p in pages:
        if not plain:
            img = page_image(p, st, sc, rng)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=sc.quality)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, PAGE_W, PAGE_H)
        else:  # a plain page: paper only, a faint grey frame, the text is in the OCR layer
            c.setStrokeGray(0.85)
            c.rect(20, 20, PAGE_W - 40, PAGE_H - 40)
        for ln in p.lines:
            dmg = damage(ln.text, strength, rng)
            if not dmg.strip():
                continue
            font = _rl_font(st.face, ln.bold)
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(font, ln.size)
            y = ln.y + ln.dy_ocr + rng.uniform(-0.6, 0.6) * strength
            if per_word:
                x = ln.x
                for w in dmg.split(" "):
                    if w:
                        t.setTextOrigin(x, y)
                        t.textOut(w)
                    x += text_width(w + " ", st.face, ln.bold, ln.size)
            else:
                t.setTextOrigin(ln.x + rng.uniform(-1, 1) * strength, y)
                t.textOut(dmg)
            c.drawText(t)
        c.showPage()
    c.save()


def write_tesseract_pdf(path: Path, pages: list[Page], st: Style, sc: Scan, rng: random.Random) -> None:
    """Render each page at scan resolution and let Tesseract (Danish model) make the PDF."""
    with tempfile.TemporaryDirectory(prefix="ay_tess_") as tmp:
        names = []
        for i, p in enumerate(pages):
            img = page_image(p, st, sc, rng)
            f = Path(tmp) / f"p{i:02d}.png"
            img.save(f, dpi=(sc.dpi, sc.dpi))
            names.append(str(f))
        lst = Path(tmp) / "pages.txt"
        lst.write_text("\n".join(names) + "\n")
        base = Path(tmp) / "out"
        subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "--dpi", str(sc.dpi), "pdf"],
                       check=True, capture_output=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        path.write_bytes((Path(tmp) / "out.pdf").read_bytes())
