"""reportlab renderers: sidebar, two columns, OCR-damaged scan, paged with running headers."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

from render import all_blocks, sec_lines
from vocab import ocr_damage

_reg = []


def fonts():
    if not _reg:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
        _reg.append(1)


def wrap_w(text, font, size, width, hyphen=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
            continue
        if hyphen and len(w) > 7:
            # split the word with a hyphen at the line end
            for k in range(len(w) - 3, 2, -1):
                head = (cur + " " + w[:k] + "-").strip()
                if stringWidth(head, font, size) <= width:
                    lines.append(head)
                    cur = w[k:]
                    break
            else:
                if cur:
                    lines.append(cur)
                cur = w
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


STYLE = {"small": ("DV", 8), "title": ("DVB", 15), "meta": ("DV", 9.5), "label": ("DVB", 10.5),
         "p": ("DV", 10), "bullet": ("DV", 10)}


def layout_lines(blocks, width, hyphen=False, serif=False):
    """-> list of (font, size, text, indent, gap_before, is_break)."""
    out = []
    for typ, txt in blocks:
        if typ == "pagebreak":
            out.append(("DV", 10, "", 0, 0, True))
            continue
        font, size = STYLE[typ]
        if serif and font == "DV":
            font = "DVS"
        ind = 12 if typ == "bullet" else 0
        gap = {"title": 10, "label": 7, "small": 0, "meta": 0}.get(typ, 2)
        for i, ln in enumerate(wrap_w(txt, font, size, width - ind, hyphen) if txt else [""]):
            out.append((font, size, ln, ind, gap if i == 0 else 0, False))
    return out


def paginate(lines, top, bottom, force_break_at=None):
    pages, cur, y = [], [], top
    for i, (font, size, txt, ind, gap, brk) in enumerate(lines):
        lh = size * 1.35 + gap
        if brk or y - lh < bottom or (force_break_at is not None and i == force_break_at):
            pages.append(cur); cur = []; y = top
            if brk:
                continue
        y -= lh
        cur.append((font, size, txt, ind, y))
    pages.append(cur)
    return [p for p in pages if p]


def render_pdf_rl(doc, path, rng):
    fonts()
    W, H = A4
    lay = doc.layout
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.letterhead[0])
    if lay == "sidebar_pdf":
        side_w = 48 * mm
        x0 = 20 * mm + side_w + 8 * mm
        width = W - x0 - 18 * mm
        lines = layout_lines(all_blocks(doc, with_letterhead=False), width)
        pages = paginate(lines, H - 25 * mm, 22 * mm)
        ctx = doc.ctx
        side = doc.letterhead + ["", "Sagsbehandler", f"{ctx['cw']['fn']} {ctx['cw']['ln']}", f"Tlf. {ctx['cwphone']}",
                                 ctx["cwemail"], "", "Åbningstid", "Man-tors 9-15", "Fre 9-12"]
        doc.traits.append("left sidebar with municipality + caseworker contact (not the mentor)")
        for pi, pg in enumerate(pages):
            c.setFillColorRGB(0.92, 0.94, 0.97)
            c.rect(15 * mm, 15 * mm, side_w, H - 30 * mm, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            yy = H - 25 * mm
            for s in side:
                c.setFont("DV", 7.5)
                for part in wrap_w(s, "DV", 7.5, side_w - 8 * mm):
                    c.drawString(19 * mm, yy, part); yy -= 10
            for font, size, txt, ind, y in pg:
                c.setFont(font, size); c.drawString(x0 + ind, y, txt)
            c.setFont("DV", 7); c.drawRightString(W - 18 * mm, 12 * mm, f"{pi+1}/{len(pages)}")
            c.showPage()
    elif lay == "two_column_pdf":
        colw = (W - 40 * mm - 10 * mm) / 2
        head = layout_lines([("small", x) for x in doc.letterhead] + [("title", doc.title)] + [("meta", x) for x in doc.meta], W - 40 * mm)
        rest = [b for b in all_blocks(doc, with_letterhead=False) if b[0] not in ("title", "meta")]
        lines = layout_lines(rest, colw)
        y = H - 20 * mm
        for font, size, txt, ind, gap, brk in head:
            y -= size * 1.35 + gap
            c.setFont(font, size); c.drawString(20 * mm, y, txt)
        top = y - 12
        cols = [20 * mm, 20 * mm + colw + 10 * mm]
        col, yy = 0, top
        for font, size, txt, ind, gap, brk in lines:
            lh = size * 1.35 + gap
            if yy - lh < 20 * mm:
                col += 1; yy = top
                if col == 2:
                    c.showPage(); col = 0; top = H - 20 * mm; yy = top
            yy -= lh
            c.setFont(font, size); c.drawString(cols[col] + ind, yy, txt)
        doc.traits.append("two-column page layout (reading order column by column)")
        c.showPage()
    else:  # ocr_scan, paged_pdf
        ocr = lay == "ocr_scan"
        width = W - 45 * mm
        blocks = all_blocks(doc)
        if ocr:
            blocks = [(t, ocr_damage(x, rng)) for t, x in blocks]
            doc.traits.append("OCR-damaged text layer (ø→o/g/e, æ→ae/@, å→a, i→1, m→rn) with hyphenated line breaks")
        lines = layout_lines(blocks, width, hyphen=ocr, serif=ocr)
        force = None
        if lay == "paged_pdf":
            # cut a field across the page break: break inside the longest multi-line field value
            best = None
            idx = 0
            for i, ln in enumerate(lines):
                if i > 8 and i + 1 < len(lines) and lines[i][0] == "DV" and lines[i + 1][0] == "DV" and lines[i+1][4] == 0 and lines[i][2] and lines[i+1][2]:
                    best = i + 1
                    if i > len(lines) * 0.45:
                        break
            force = best
            if best:
                doc.traits.append(f"page break cuts a paragraph mid-sentence (line '{lines[best-1][2][:30]}…'); running header 'Side X af Y'")
        pages = paginate(lines, H - 30 * mm, 25 * mm, force)
        n = len(pages)
        for pi, pg in enumerate(pages):
            if lay == "paged_pdf":
                c.setFont("DV", 8)
                c.drawString(22 * mm, H - 15 * mm, doc.header[:80])
                c.drawRightString(W - 22 * mm, H - 15 * mm, f"Side {pi+1} af {n}")
                if doc.footer:
                    for k, part in enumerate(wrap_w(doc.footer, "DV", 7, W - 44 * mm)):
                        c.setFont("DV", 7); c.drawString(22 * mm, 18 * mm - k * 9, part)
            for font, size, txt, ind, y in pg:
                c.setFont(font, size)
                xj = (rng.random() - 0.5) * 1.5 if ocr else 0
                c.drawString(22 * mm + ind + xj, y, txt)
            if ocr:
                c.setFont("DV", 6); c.drawString(22 * mm, 10 * mm, f"Scannet {doc.ctx['letter'].isoformat()} - side {pi+1}")
            c.showPage()
    c.save()
