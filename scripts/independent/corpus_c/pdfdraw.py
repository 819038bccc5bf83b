"""A small hand-rolled PDF layout engine on top of reportlab's canvas.

Supports a left sidebar, 1 or 2 columns, running headers/footers with "Side x af y", hanging indents,
forced page breaks inside fields, and OCR-style damage of the text layer.
"""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from writers import plain, segs_of

REPL = {"☒": "[X]", "☐": "[ ]", "→": "->", "’": "'", "≤": "<="}


def sanitize(s):
    out = []
    for ch in s:
        ch = REPL.get(ch, ch)
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def ocr_damage(text, rng, strength=0.5):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i:i + 2]
        r = rng.random()
        if ch == "ø" and r < strength:
            out.append(rng.choice(["o", "g", "e"]))
        elif ch == "æ" and r < strength:
            out.append(rng.choice(["ae", "e", "@"]))
        elif ch == "å" and r < strength:
            out.append("a")
        elif ch == "Ø" and r < strength:
            out.append("O")
        elif nxt == "ti" and r < strength * 0.4:
            out.append("fi")
            i += 2
            continue
        elif ch == "m" and r < strength * 0.08:
            out.append("rn")
        elif ch == "i" and r < strength * 0.12 and (i == 0 or not text[i - 1].isalpha()) and (i + 1 >= len(text) or not text[i + 1].isalpha()):
            out.append("1")
        elif ch == "l" and r < strength * 0.04:
            out.append("I")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class Item:
    def __init__(self, text, font="Helvetica", size=10, indent=0, label=None, hang=0, space_after=4,
                 label_font="Helvetica-Bold", force_break=False, keep=False):
        self.text, self.font, self.size, self.indent = text, font, size, indent
        self.label, self.hang, self.space_after, self.label_font = label, hang, space_after, label_font
        self.force_break = force_break


def blocks_to_items(blocks, base=10, kv_hang=130, font="Helvetica", bold="Helvetica-Bold"):
    items = []
    for b in blocks:
        k = b[0]
        if k == "h":
            items.append(Item(b[2], font=bold, size={1: base + 5, 2: base + 2}.get(b[1], base + 1), space_after=5))
        elif k == "p":
            items.append(Item(plain(b[1]), font=font, size=base))
        elif k == "ul":
            for it in b[1]:
                items.append(Item(plain(it), font=font, size=base, indent=8, label="•", hang=14, label_font=font, space_after=2))
            items[-1].space_after = 5
        elif k == "ol":
            for n, it in enumerate(b[1], 1):
                items.append(Item(plain(it), font=font, size=base, indent=4, label=f"{n}.", hang=20, label_font=font, space_after=2))
            items[-1].space_after = 5
        elif k == "table":
            rows = b[1]
            if b[2]:
                hdr = [cell_plain(c) for c in rows[0]]
                for r in rows[1:]:
                    for h, c in zip(hdr, r):
                        items.append(Item(cell_plain(c), font=font, size=base, label=h, hang=kv_hang, space_after=3))
            else:
                for r in rows:
                    if len(r) == 1:
                        items.append(Item(cell_plain(r[0]), font=bold, size=base, space_after=3))
                    else:
                        items.append(Item(cell_plain(r[1]), font=font, size=base, label=cell_plain(r[0]), hang=kv_hang, space_after=4))
        elif k == "textbox":
            items += blocks_to_items(b[1], base, kv_hang, font, bold)
        elif k == "pb":
            items.append(Item("", force_break=True, space_after=0))
    return items


def cell_plain(c):
    parts = []
    for b in c:
        if b[0] == "p":
            parts.append(plain(b[1]))
        else:
            parts += ["• " + plain(i) for i in b[1]]
    return " ".join(p for p in parts if p)


def wrap(text, font, size, width, hyphenate_rng=None):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if stringWidth(trial, font, size) <= width:
            cur = trial
            continue
        if hyphenate_rng is not None and w.isalpha() and len(w) >= 7 and hyphenate_rng.random() < 0.85:
            for cut in range(len(w) - 3, 3, -1):
                head = (cur + " " if cur else "") + w[:cut] + "-"
                if stringWidth(head, font, size) <= width:
                    lines.append(head)
                    cur = w[cut:]
                    break
            else:
                if cur:
                    lines.append(cur)
                cur = w
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def render_pdf(blocks, *, title="", sidebar=None, columns=1, header=None, footer=None, page_numbers=None,
               ocr_rng=None, base=10, font="Helvetica", bold="Helvetica-Bold", top_extra=None, kv_hang=130):
    """header/footer: str or None; page_numbers: format string like 'Side {p} af {n}'.
    sidebar: list of lines drawn on page 1 (and a shorter version on later pages).
    top_extra: list of lines (letterhead) at top of page 1."""
    W, H = A4
    left = 56
    right = W - 50
    if sidebar:
        left = 190
    top = H - 70
    bottom = 70
    gutter = 20
    colw = (right - left - (gutter if columns == 2 else 0)) / columns
    cols = [left + i * (colw + gutter) for i in range(columns)]
    items = blocks_to_items(blocks, base, kv_hang=min(kv_hang, colw * 0.4), font=font, bold=bold)
    if top_extra:
        items = [Item(t, font=bold if i == 0 else font, size=base + (3 if i == 0 else 0), space_after=2) for i, t in enumerate(top_extra)] + \
                [Item("", space_after=6)] + items

    pages = [[]]  # list of (x, y, text, font, size)
    col = 0
    y = top

    def newcol():
        nonlocal col, y
        col += 1
        if col >= columns:
            col = 0
            pages.append([])
        y = top

    for it in items:
        if it.force_break:
            col = columns - 1
            newcol()
            continue
        x0 = cols[col] + it.indent
        text = sanitize(it.text)
        label = sanitize(it.label) if it.label else None
        if ocr_rng is not None:
            text = ocr_damage(text, ocr_rng)
            if label:
                label = ocr_damage(label, ocr_rng, 0.3)
        lead = it.size * 1.3
        avail = colw - it.indent - (it.hang if it.label else 0)
        lines = wrap(text, it.font, it.size, avail, ocr_rng) if text else []
        label_lines = []
        if label:
            lw = stringWidth(label, it.label_font, it.size)
            if lw > it.hang - 6 and it.hang > 40:
                # label on its own line(s), value under it with hang
                label_lines = wrap(label, it.label_font, it.size, colw - it.indent)
            else:
                label_lines = [label]
        if label_lines and len(label_lines) > 1 or (label and stringWidth(label, it.label_font, it.size) > it.hang - 6 and it.hang > 40):
            for ll in label_lines:
                if y - lead < bottom:
                    newcol()
                pages[-1].append((cols[col] + it.indent, y - it.size, ll, it.label_font, it.size))
                y -= lead
            label_lines = []
        first = True
        for ln in (lines or [""]):
            if y - lead < bottom:
                newcol()
            xx = cols[col] + it.indent
            if first and label_lines:
                pages[-1].append((xx, y - it.size, label_lines[0], it.label_font, it.size))
            if ln:
                pages[-1].append((xx + (it.hang if it.label else 0), y - it.size, ln, it.font, it.size))
            y -= lead
            first = False
        y -= it.space_after
    n = len(pages)
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    for pi, page in enumerate(pages, 1):
        if sidebar:
            sy = H - 80
            c.setFillGray(0.93)
            c.rect(30, 40, 140, H - 100, stroke=0, fill=1)
            c.setFillGray(0)
            lines = sidebar if pi == 1 else sidebar[:2]
            for li, sl in enumerate(lines):
                t = sanitize(sl)
                if ocr_rng is not None:
                    t = ocr_damage(t, ocr_rng, 0.3)
                f = "Helvetica-Bold" if li == 0 else "Helvetica"
                for wl in wrap(t, f, 8, 128):
                    c.setFont(f, 8)
                    c.drawString(38, sy, wl)
                    sy -= 11
                sy -= 2
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(left, H - 45, sanitize(header))
        foot = []
        if footer:
            foot.append(sanitize(footer))
        if page_numbers:
            foot.append(page_numbers.format(p=pi, n=n))
        if foot:
            c.setFont("Helvetica", 8)
            c.drawString(left, 40, "   ".join(foot))
        for (x, yy, t, f, s) in page:
            c.setFont(f, s)
            c.drawString(x, yy, t)
        c.showPage()
    c.save()
    return bio.getvalue()
