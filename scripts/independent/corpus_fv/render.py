"""One abstract document model, rendered to DOCX (raw XML), RTF, HTML, TXT and, through
LibreOffice and Tesseract, to born-digital and scanned PDFs."""
from __future__ import annotations

import html as _html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import docxraw as D


class PH:
    """A field left as the template's placeholder."""
    def __init__(self, text="Udfyldes senere", date=False):
        self.text = text
        self.date = date


class Tracked:
    """A tracked change: old deleted, new inserted (either may be '')."""
    def __init__(self, old, new):
        self.old, self.new = old, new


def pflat(v):
    """A paragraph's segments joined as they read."""
    if isinstance(v, list):
        return "".join(flat(x) for x in v)
    return flat(v)


def flat(v):
    if isinstance(v, PH):
        return v.text
    if isinstance(v, Tracked):
        return v.new
    if isinstance(v, list):
        return "; ".join(flat(x) for x in v)
    return v


# ---------------------------------------------------------------- DOCX
def _seg_docx(v, tag="felt", use_sdt=False):
    if isinstance(v, PH):
        return D.sdt(None, tag=tag, placeholder=(D.DATE_PLACEHOLDER if v.date else D.PLACEHOLDER)) if use_sdt else D.run(v.text)
    if isinstance(v, Tracked):
        return (D.dele(v.old) if v.old else "") + (D.ins(v.new) if v.new else "")
    if isinstance(v, list):
        return "".join(_seg_docx(x, tag, use_sdt) for x in v)
    return D.sdt(v, tag=tag) if use_sdt else D.run(v)


def to_docx(doc, path):
    cc = doc.get("content_controls", False)
    body = []
    comments = []
    cid = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            body.append(D.para(D.run(b[1], bold=True, size=34), style="Titel"))
        elif t == "h":
            body.append(D.para(b[1], style="Overskrift1"))
        elif t == "h2":
            body.append(D.para(b[1], style="Overskrift2"))
        elif t == "hb":
            body.append(D.para(D.run(b[1], bold=True), keep=True))
        elif t == "p":
            segs = b[1] if isinstance(b[1], list) else [b[1]]
            body.append(D.para("".join(_seg_docx(s) if not isinstance(s, str) else D.run(s) for s in segs)))
        elif t == "bullets":
            for item in b[1]:
                body.append(D.para(D.run("•\t" + item)))
        elif t == "kv":
            rows = []
            for row in b[1]:
                label, value = row[0], row[1]
                note = row[2] if len(row) > 2 else None
                lab = D.run(label, bold=True)
                if note:
                    comments.append((cid, note[0], note[1]))
                    lab = D.comment_start(cid) + lab + D.comment_end(cid)
                    cid += 1
                if isinstance(value, list) and value and all(isinstance(x, str) for x in value):
                    cell = [D.para(D.run("•\t" + x)) for x in value]
                else:
                    cell = [D.para(_seg_docx(value, tag=label[:30], use_sdt=cc) or "")]
                rows.append([[D.para(lab)], cell])
            body.append(D.table(rows, widths=[3000, 6600], shade_first=True))
            body.append(D.para(""))
        elif t == "grid":
            body.append(D.table([[c for c in r] for r in b[1]], borders=b[2] if len(b) > 2 else True))
            body.append(D.para(""))
        elif t == "textbox":
            body.append(D.para(D.textbox([D.para(D.run(x, bold=(i == 0), size=18)) for i, x in enumerate(b[1])])))
        elif t == "pagebreak":
            body.append(D.page_break())
        elif t == "sign":
            body.append(D.para(D.run(b[1])))
    header = [D.para(D.run(x, size=18), style="Sidehoved") for x in doc.get("header", [])] or None
    footer = [D.para(D.run(x, size=16), style="Sidefod", align="center") for x in doc.get("footer", [])] or None
    D.write_docx(path, body, header=header, footer=footer, comments=comments or None, title=doc.get("meta_title", ""))


# ---------------------------------------------------------------- RTF
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append(f"\\'{o:02x}")
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def to_rtf(doc, path):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red128\green128\blue128;}",
         r"{\info{\title " + _rtf_esc(doc.get("meta_title", "")) + r"}{\author Sagssystem}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1418\margb1418\f0\fs22"]
    if doc.get("header"):
        r.append(r"{\header\pard\fs16 " + _rtf_esc(" · ".join(doc["header"])) + r"\par}")
    if doc.get("footer"):
        r.append(r"{\footer\pard\qc\fs16 " + _rtf_esc(" · ".join(doc["footer"])) + r"\par}")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            r.append(r"\pard\sb120\sa240\b\fs32 " + _rtf_esc(b[1]) + r"\b0\fs22\par")
        elif t in ("h", "h2", "hb"):
            r.append(r"\pard\sb200\sa80\keepn\b " + _rtf_esc(b[1]) + r"\b0\par")
        elif t == "p":
            r.append(r"\pard\sa120 " + _rtf_esc(pflat(b[1])) + r"\par")
        elif t == "bullets":
            for x in b[1]:
                r.append(r"\pard\fi-284\li284\sa60 \'95\tab " + _rtf_esc(x) + r"\par")
        elif t == "sign":
            r.append(r"\pard\sa120 " + _rtf_esc(b[1]) + r"\par")
        elif t in ("kv", "grid"):
            rows = b[1] if t == "grid" else [[row[0], row[1]] for row in b[1]]
            for row in rows:
                n = len(row)
                w = 9600 // n
                r.append(r"\trowd\trgaph108\trleft0" + "".join(
                    rf"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx{w * (i + 1)}"
                    for i in range(n)))
                cells = []
                for i, c in enumerate(row):
                    if isinstance(c, list) and all(isinstance(x, str) for x in c):
                        txt = r"\par ".join(_rtf_esc("- " + x) for x in c)
                    else:
                        txt = _rtf_esc(flat(c) or "")
                    if t == "kv" and i == 0:
                        txt = r"\b " + txt + r"\b0"
                    cells.append(r"\pard\intbl " + txt + r"\cell")
                r.append("".join(cells) + r"\row")
            r.append(r"\pard\par")
        elif t == "textbox":
            r.append(r"\pard\box\brdrs\brdrw10\sa60 " + r"\line ".join(_rtf_esc(x) for x in b[1]) + r"\par\pard")
        elif t == "pagebreak":
            r.append(r"\page")
    r.append("}")
    Path(path).write_bytes("\n".join(r).encode("ascii"))


# ---------------------------------------------------------------- HTML
def to_html(doc, path, css=""):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{e(doc.get('meta_title', ''))}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:2em auto}th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}table{border-collapse:collapse}.hdr{color:#555;font-size:small}" + css + "</style></head><body>"]
    for x in doc.get("header", []):
        out.append(f'<div class="hdr">{e(x)}</div>')
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif t == "hb":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t in ("p", "sign"):
            v = pflat(b[1])
            out.append("<p>" + e(v).replace("\n", "<br>") + "</p>")
        elif t == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t in ("kv", "grid"):
            rows = b[1] if t == "grid" else [[row[0], row[1]] for row in b[1]]
            out.append("<table>")
            for row in rows:
                cells = []
                for i, c in enumerate(row):
                    if isinstance(c, list) and all(isinstance(x, str) for x in c):
                        inner = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in c) + "</ul>"
                    else:
                        inner = e(flat(c) or "").replace("\n", "<br>")
                    tag = "th" if (t == "kv" and i == 0) else "td"
                    cells.append(f"<{tag}>{inner}</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        elif t == "textbox":
            out.append('<aside style="border:1px solid #888;padding:6px">' + "<br>".join(e(x) for x in b[1]) + "</aside>")
    for x in doc.get("footer", []):
        out.append(f'<footer class="hdr">{e(x)}</footer>')
    out.append("</body></html>")
    Path(path).write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- TXT
def to_txt(doc, kv_style="colon"):
    lines = []
    for x in doc.get("header", []):
        lines.append(x)
    if doc.get("header"):
        lines.append("")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            lines += [b[1].upper() if kv_style == "caps" else b[1], ""]
        elif t in ("h", "h2", "hb"):
            lines += [b[1] + (":" if kv_style == "colon_h" else ""), ""] if kv_style != "caps" else [b[1].upper(), ""]
        elif t in ("p", "sign"):
            lines += [pflat(b[1]), ""]
        elif t == "bullets":
            lines += ["- " + x for x in b[1]] + [""]
        elif t == "kv":
            for row in b[1]:
                v = row[1]
                if isinstance(v, list) and all(isinstance(x, str) for x in v):
                    lines.append(f"{row[0]}:")
                    lines += ["  - " + x for x in v]
                else:
                    lines.append(f"{row[0]}: {flat(v)}")
            lines.append("")
        elif t == "grid":
            for row in b[1]:
                lines.append("\t".join(flat(c) if not isinstance(c, list) else "; ".join(c) for c in row))
            lines.append("")
        elif t == "textbox":
            lines += b[1] + [""]
        elif t == "pagebreak":
            lines += ["", "-" * 60, ""]
    for x in doc.get("footer", []):
        lines.append(x)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- PDF through LibreOffice, scans through Tesseract
def soffice_convert(paths, outdir, fmt="pdf", profile="/tmp/lo_fv_profile"):
    if not paths:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(p) for p in paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def scan_pdf(pdf_in, pdf_out, rng, dpi=200):
    """Render pages, degrade them like a office scanner, OCR with Tesseract (dan) into a PDF
    whose text layer is Tesseract's own."""
    from PIL import Image, ImageFilter
    import random as _r
    tmp = Path(tempfile.mkdtemp(prefix="fvscan_"))
    try:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf_in), str(tmp / "p")], check=True)
        pages = sorted(tmp.glob("p-*.png"))
        imgs = []
        for i, p in enumerate(pages):
            im = Image.open(p).convert("L")
            angle = rng.uniform(-0.9, 0.9)
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            if rng.random() < 0.6:
                im = im.filter(ImageFilter.GaussianBlur(radius=rng.choice([0.4, 0.6, 0.8])))
            px = im.load()
            w, h = im.size
            rr = _r.Random(rng.random())
            for _ in range(w * h // 400):
                x, y = rr.randrange(w), rr.randrange(h)
                px[x, y] = rr.choice([0, 60, 200])
            q = tmp / f"s-{i:02d}.png"
            im.point(lambda v: 0 if v < 150 else 255 if v > 215 else v).save(q, dpi=(dpi, dpi))
            imgs.append(q)
        lst = tmp / "list.txt"
        lst.write_text("\n".join(str(x) for x in imgs) + "\n")
        base = tmp / "ocr"
        subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "--dpi", str(dpi), "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        shutil.copy(base.with_suffix(".pdf"), pdf_out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
