"""reportlab PDF renderer: sidebar letterheads, two columns, paged header/footer, forced
page splits, boxed forms and OCR-style scans (raster image + damaged invisible text layer)."""
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from render import flat_lines

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
W, Hh = A4

STY = {"title": ("DVB", 15, 14), "h": ("DVB", 11.5, 10), "label": ("DVB", 10, 7), "p": ("DV", 10, 2),
       "small": ("DV", 7.5, 0)}


def ocr_damage(text, rng, rate=0.22):
    words = text.split(" ")
    out = []
    for w in words:
        if w and rng.random() < rate and not any(c.isdigit() for c in w):
            ops = []
            if "æ" in w or "Æ" in w:
                ops.append(lambda s: s.replace("æ", rng.choice(["ae", "@", "a"])).replace("Æ", "AE"))
            if "ø" in w or "Ø" in w:
                ops.append(lambda s: s.replace("ø", rng.choice(["o", "g", "e"])).replace("Ø", "O"))
            if "å" in w:
                ops.append(lambda s: s.replace("å", "a"))
            if "m" in w:
                ops.append(lambda s: s.replace("m", "rn", 1))
            if "rn" in w:
                ops.append(lambda s: s.replace("rn", "m", 1))
            if "fi" in w:
                ops.append(lambda s: s.replace("fi", "ti"))
            if "i" in w:
                ops.append(lambda s: s.replace("i", "1", 1))
            if "l" in w:
                ops.append(lambda s: s.replace("l", "I", 1))
            if ops:
                w = rng.choice(ops)(w)
        out.append(w)
    return " ".join(out)


class Layout:
    def __init__(self, kind, doc, side="left"):
        self.kind = kind
        self.side = side
        self.doc = doc
        m = 56
        foot = doc.get("footer") or []
        fh = sum(len(simpleSplit(ln, "DV", 7, W - 172) or [""]) for ln in foot) * 9
        self.bottom = max(70, 56 + fh + 14)
        if kind == "sidebar":
            sw = 150
            if side == "left":
                self.frames = [(m + sw + 14, Hh - 80, W - 2 * m - sw - 14, self.bottom)]
                self.sx = m
            else:
                self.frames = [(m, Hh - 80, W - 2 * m - sw - 14, self.bottom)]
                self.sx = W - m - sw
            self.sw = sw
        elif kind == "twocol":
            cw = (W - 2 * m - 20) / 2
            self.frames = [(m, Hh - 120, cw, self.bottom), (m + cw + 20, Hh - 120, cw, self.bottom)]
        else:
            self.frames = [(m, Hh - 90, W - 2 * m, max(80, self.bottom))]


def paginate(items, layout):
    """items: list of (kind, text). Returns pages: list of list of (x, y, font, size, text)."""
    pages = [[]]
    fi = 0
    x, top, width, bottom = layout.frames[0]
    y = top
    first_page_title_offset = 0

    def next_frame():
        nonlocal fi, x, top, width, bottom, y
        fi += 1
        if fi >= len(layout.frames):
            fi = 0
            pages.append([])
        x, top, width, bottom = layout.frames[fi]
        y = top

    for kind, text in items:
        if kind == "pagebreak":
            fi = len(layout.frames) - 1
            next_frame()
            continue
        font, size, sb = STY.get(kind, STY["p"])
        lead = size * 1.32
        if kind == "title" and layout.kind == "twocol" and len(pages) == 1 and not pages[0]:
            pages[0].append((56, Hh - 95, font, size, text))
            continue
        y -= sb
        lines = simpleSplit(text, font, size, width) or [""]
        for ln in lines:
            if y - lead < bottom:
                next_frame()
            y -= lead
            pages[-1].append((x, y, font, size, ln))
    return pages


def decorate(c, layout, pno, total, doc, draw_text):
    """draw_text(x, y, font, size, text)"""
    if layout.kind == "sidebar" and pno == 1:
        y = Hh - 80
        for ln in doc.get("_sidebar", []):
            for part in simpleSplit(ln, "DV", 7.5, layout.sw) or [""]:
                y -= 10
                draw_text(layout.sx, y, "DV", 7.5, part)
        c.setStrokeGray(0.6)
        lx = layout.sx + layout.sw + 7 if layout.side == "left" else layout.sx - 7
        c.line(lx, 70, lx, Hh - 80)
    hy = Hh - 40
    for ln in (doc.get("header") or []):
        draw_text(56, hy, "DV", 7.5, ln)
        hy -= 10
    fy = 56
    foot = doc.get("footer") or []
    for ln in reversed(foot):
        for part in reversed(simpleSplit(ln, "DV", 7, W - 112 - 60) or [""]):
            draw_text(56, fy, "DV", 7, part)
            fy += 9
    if doc.get("_pageno", True):
        draw_text(W - 56 - 50, 40, "DV", 8, "Side %d af %d" % (pno, total))


def build_items(doc, layout_kind, split_label=None, sidebar=False):
    items = []
    sb = []
    for b in doc["blocks"]:
        if sidebar and b[0] == "letterhead":
            sb += b[1] + [""]
            continue
        if sidebar and b[0] == "meta":
            sb += ["%s: %s" % (l, v) for l, v in b[1]] + [""]
            continue
        for it in flat_lines(dict(blocks=[b])):
            items.append(it)
            if split_label and it == ("label", split_label):
                items.append(("pagebreak", ""))
    doc["_sidebar"] = sb
    return items


def render_pdf(doc, path, layout_kind="paged", side="left", split_label=None, ocr_seed=None, form_boxes=False):
    layout = Layout(layout_kind if layout_kind in ("sidebar", "twocol") else "single", doc, side)
    items = build_items(doc, layout_kind, split_label, sidebar=(layout_kind == "sidebar"))
    pages = paginate(items, layout)
    total = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc.get("title", ""))
    c.setAuthor(doc.get("_author", "Fagsystem"))
    if ocr_seed is None:
        for i, pg in enumerate(pages, 1):
            def dt_(x, y, f, s, t):
                c.setFont(f, s)
                c.drawString(x, y, t)
            decorate(c, layout, i, total, doc, dt_)
            if form_boxes:
                c.setStrokeGray(0.75)
                for (x, y, f, s, t) in pg:
                    if f == "DVB" and s == 10:
                        c.rect(x - 3, y - 3, layout.frames[0][2] + 6, s + 5, stroke=1, fill=0)
            for (x, y, f, s, t) in pg:
                c.setFont(f, s)
                c.drawString(x, y, t)
            c.showPage()
        c.save()
        return
    # OCR scan: raster each page, then an invisible damaged text layer
    rng = random.Random(ocr_seed)
    scale = 1.5
    fonts = {}

    def pil_font(f, s):
        key = (f, s)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(FONT_DIR + ("DejaVuSans-Bold.ttf" if f == "DVB" else "DejaVuSans.ttf"), int(s * scale))
        return fonts[key]

    for i, pg in enumerate(pages, 1):
        img = Image.new("L", (int(W * scale), int(Hh * scale)), 250)
        dr = ImageDraw.Draw(img)
        runs = []

        def collect(x, y, f, s, t):
            runs.append((x, y, f, s, t))
        decorate(c, layout, i, total, doc, collect)
        runs += pg
        for (x, y, f, s, t) in runs:
            dr.text((x * scale, (Hh - y - s) * scale), t, fill=30, font=pil_font(f, s))
        for _ in range(400):
            px, py = rng.randrange(img.width), rng.randrange(img.height)
            dr.point((px, py), fill=rng.choice([120, 160, 200]))
        img = img.rotate(rng.uniform(-0.6, 0.6), fillcolor=250, resample=Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, Hh)
        for (x, y, f, s, t) in runs:
            to = c.beginText()
            to.setTextRenderMode(3)
            to.setFont("DV", s)
            to.setTextOrigin(x, y)
            to.textLine(ocr_damage(t, rng))
            c.drawText(to)
        c.showPage()
    c.save()
