#!/usr/bin/env python3
"""Corpus IN: caseworker shorthand and terse forms (independent corpus for mentordocs).

Deterministic: the documents are fixed texts; the seed only picks the fictional CPR numbers.
Usage:  /work/main/.venv/bin/python make_corpus_in.py --out /work/corpora/in [--seed 20]
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

from docs_in import build_docs  # noqa: E402  (same folder)


# ---------------------------------------------------------------- CPR numbers
def make_cprs(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        d = rng.randint(1, 28)
        m = rng.randint(1, 12)
        y = rng.randint(60, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        s = rng.randint(1000, 4999) if y >= 60 else rng.randint(4000, 9999)
        c = f"{d:02d}{m:02d}{y:02d}{s:04d}"
        if c not in out:
            out.append(c)
    return out


# ---------------------------------------------------------------- renderers
def blocks_to_text(blocks) -> str:
    lines = []
    for b in blocks:
        t = b[0]
        if t in ("h", "p"):
            lines.append(b[1])
            lines.append("")
        elif t == "tbl":
            for row in b[1]:
                lines.append(" | ".join(row))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_txt(path: Path, text: str, enc: str = "utf-8") -> None:
    path.write_bytes(text.encode(enc))


def write_docx(path: Path, blocks) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "tbl":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    d.core_properties.author = "sagsbeh."
    d.core_properties.created = datetime(2026, 5, 1, tzinfo=timezone.utc)
    d.core_properties.modified = datetime(2026, 5, 1, tzinfo=timezone.utc)
    d.save(str(path))


def write_pdf(path: Path, blocks) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "tbl":
            data = [[Paragraph(escape(c), ss["BodyText"]) for c in r] for r in b[1]]
            ncol = max(len(r) for r in b[1])
            w = 480 / ncol if ncol > 2 else None
            widths = [w] * ncol if w else [140, 340][:ncol]
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="", author="")
    doc.build(story)


def normalise_zip(path: Path) -> None:
    """Rewrite a DOCX/ODT zip with fixed timestamps so that reruns give identical bytes."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename == "meta.xml":
                data = re.sub(rb"<(meta:creation-date|dc:date)>[^<]*</", rb"<\1>2026-05-01T00:00:00</", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 0, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def write_scan_pdf(path: Path, blocks) -> None:
    """Render to PDF, rasterise at 200 dpi, then OCR with Tesseract (dan) into a text-layer PDF."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory(prefix="in_scan_") as td:
        td = Path(td)
        src = td / "src.pdf"
        write_pdf(src, blocks)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(td / "pg")], check=True)
        pages = sorted(td.glob("pg*.png"))
        lst = td / "pages.txt"
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        subprocess.run(["tesseract", str(lst), str(td / "ocr"), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import re
        data = (td / "ocr.pdf").read_bytes()
        data = re.sub(rb"\(D:\d{14}[^)]*\)", b"(D:20260501000000Z)", data)
        path.write_bytes(data)


def write_odt(path: Path, blocks) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph")
    hs.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    doc.styles.addElement(hs)
    for b in blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=hs, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "tbl":
            ncol = max(len(r) for r in b[1])
            t = Table(name=f"T{id(b) % 1000}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in b[1]:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(path: Path, blocks) -> None:
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\fs20 "]
    for b in blocks:
        if b[0] == "h":
            parts.append(r"{\b\fs24 " + rtf_escape(b[1]) + r"}\par\par ")
        elif b[0] == "p":
            parts.append(rtf_escape(b[1]) + r"\par\par ")
        elif b[0] == "tbl":
            for r in b[1]:
                parts.append(r"\trowd")
                for j in range(len(r)):
                    parts.append(r"\cellx%d" % (2500 * (j + 1)))
                for c in r:
                    parts.append(r"\intbl " + rtf_escape(c) + r"\cell")
                parts.append(r"\row ")
            parts.append(r"\pard\par ")
    parts.append("}")
    path.write_bytes("".join(parts).encode("ascii"))


def write_html(path: Path, blocks, title: str, css: str = "") -> None:
    from html import escape
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{escape(title)}</title>"]
    if css:
        h.append(f"<style>{css}</style>")
    h.append("</head><body>")
    for b in blocks:
        if b[0] == "h":
            h.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            h.append("<p>" + escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "tbl":
            h.append('<table border="1" cellpadding="3">')
            for r in b[1]:
                h.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>")
            h.append("</table>")
    h.append("</body></html>")
    path.write_text("\n".join(h) + "\n", encoding="utf-8")


def write_eml(path: Path, frm: str, to: str, subject: str, body: str, date: datetime) -> None:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{path.stem}@mail.invalid>"
    m.set_content(body)
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cprs = make_cprs(a.seed, 40)
    docs = build_docs(cprs)
    entries = []
    seen = set()
    for d in docs:
        rel = d["path"]
        assert rel not in seen, rel
        seen.add(rel)
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        fmt = d["format"]
        if fmt in ("txt", "md"):
            write_txt(p, d["text"], d.get("encoding", "utf-8"))
        elif fmt == "eml":
            write_eml(p, d["frm"], d["to"], d["subject"], d["text"], d["date"])
        elif fmt == "docx":
            write_docx(p, d["blocks"])
            normalise_zip(p)
        elif fmt == "pdf" and d.get("scan"):
            write_scan_pdf(p, d["blocks"])
        elif fmt == "pdf":
            write_pdf(p, d["blocks"])
        elif fmt == "odt":
            write_odt(p, d["blocks"])
            normalise_zip(p)
        elif fmt == "rtf":
            write_rtf(p, d["blocks"])
        elif fmt == "html":
            write_html(p, d["blocks"], d.get("title", ""), d.get("css", ""))
        else:
            raise ValueError(fmt)
        e = {"path": rel, "format": fmt, "kind": d["kind"], "subtype": d.get("subtype", d["kind"]),
             "layout": d["layout"], "rules": sorted(d["rules"]), "extras": d.get("extras", []),
             "error": None, "accept_errors": [], "must_not_contain": d.get("cpr", []),
             "traits": d.get("traits", [])}
        if d.get("period"):
            e["period"] = {"start": d["period"][0], "end": d["period"][1]}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
