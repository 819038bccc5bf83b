#!/usr/bin/env python3
"""Check the page layout of the Word documents as PDFs: page counts and bad page breaks.

Renders the agreement and the decision letter for every sample case (or the cases given),
converts them to PDF with LibreOffice in one call, and reads each page's text with
``pdftotext`` (poppler). Flags

* a page whose text is only the signature block (the "Dato / Underskrift" rows, the
  "Underskrifter" heading and the names), with none of the document's own text;
* the signature table split across pages (its first and last rows on different pages);
* a page whose last line is a heading or a lead-in line ("Mål for progression:",
  "Med venlig hilsen") – stranded at the foot, away from the text it introduces.

What counts as a heading, the signature block and the page furniture (letterhead, footer,
"Side N af M") is read from the rendered DOCX, so the check follows the templates.

    python scripts/check_layout.py                      # all samples, shipped templates
    python scripts/check_layout.py --templates DIR -o /tmp/pdfs samples/cases/01-*.yaml

Prints one line per document with its page count and findings; exit 1 if anything is flagged.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parent.parent

from mentordocs.case import load_case
from mentordocs.generate import Generator
from mentordocs.generate import pdf as pdf_mod
from mentordocs.generate.generator import suggested_filename

SAMPLES = ROOT / "samples" / "cases"
PAGE_NUMBER = re.compile(r"Side \d+ af \d+$")
CLOSING = "Med venlig hilsen"


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Markers:
    """What the check looks for, read from one rendered DOCX (all texts whitespace-normalised)."""

    headings: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)  # every text of the signature block
    signature_first_row: str = ""
    signature_last_row: str = ""
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


def _is_lead_in(paragraph) -> bool:
    """A short bold line ending in ':' that introduces what follows ("Mål for progression:")."""
    text = paragraph.text.strip()
    runs = [r for r in paragraph.runs if r.text.strip()]
    return (text.endswith(":") and len(text) <= 80 and bool(runs)
            and all(r.bold for r in runs))


def markers_from_docx(docx: bytes) -> Markers:
    doc = Document(io.BytesIO(docx))
    found = Markers()
    for p in doc.paragraphs:
        style = p.style.name if p.style is not None else ""
        text = _norm(p.text)
        if not text:
            continue
        if style.startswith("Heading") or style == "Title" or _is_lead_in(p) or text == CLOSING:
            found.headings.append(text)
    for table in doc.tables:
        cells = [_norm(c.text) for row in table.rows for c in row.cells]
        if any(c.startswith("Underskrift") for c in cells):
            found.signature = [c for c in cells if c]
            found.signature_first_row = _norm(" ".join(c.text for c in table.rows[0].cells))
            found.signature_last_row = _norm(" ".join(c.text for c in table.rows[-1].cells))
            # The heading just before the table ("Underskrifter") belongs to the block.
            before = table._tbl.getprevious()
            if before is not None and before.tag.endswith("}p"):
                heading = _norm("".join(t.text or "" for t in before.iter() if t.tag.endswith("}t")))
                if heading:
                    found.signature.append(heading)
    for section in doc.sections:
        found.header += [_norm(p.text) for p in section.header.paragraphs if _norm(p.text)]
        found.footer += [_norm(p.text) for p in section.footer.paragraphs if _norm(p.text)]
    return found


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, whitespace-normalised, in reading order (pdftotext)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))
    texts = []
    for n in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n),
                              str(pdf), "-"], capture_output=True, text=True, check=True)
        texts.append(_norm(out.stdout))
    return texts


def _body(text: str, markers: Markers) -> str:
    """The page text without the letterhead at the top and the footer at the bottom."""
    changed = True
    while changed:
        changed = False
        for head in markers.header:
            if head and text.startswith(head):
                text, changed = text[len(head):].strip(), True
        match = PAGE_NUMBER.search(text)
        if match:
            text, changed = text[:match.start()].strip(), True
        for foot in markers.footer:
            if foot and not PAGE_NUMBER.fullmatch(foot) and text.endswith(foot):
                text, changed = text[:-len(foot)].strip(), True
    return text


def check_pages(texts: list[str], markers: Markers) -> list[str]:
    """Findings for one document, given its page texts."""
    findings = []
    bodies = [_body(t, markers) for t in texts]
    for number, body in enumerate(bodies, start=1):
        if markers.signature and number > 1 and body:
            rest = body
            for piece in sorted(markers.signature, key=len, reverse=True):
                rest = rest.replace(piece, " ")
            if not rest.strip(" .:/"):
                findings.append(f"page {number} holds only the signature block")
        for heading in markers.headings:
            if body.endswith(heading) and number < len(bodies):
                findings.append(f"page {number} ends with the heading {heading!r}")
                break
    if markers.signature_first_row and markers.signature_last_row:
        first = [n for n, b in enumerate(bodies, 1) if markers.signature_first_row in b]
        last = [n for n, b in enumerate(bodies, 1) if markers.signature_last_row in b]
        if first and last and first[-1] != last[-1]:
            findings.append(f"signature table split over pages {first[-1]} and {last[-1]}")
        elif (not (first and last) and bodies and "Underskrift:" in bodies[-1]
              and markers.signature_first_row not in bodies[-1]):
            # pdftotext may order a split table's cells differently; fall back to the rows'
            # labels: "Underskrift:" rows without the header row on the last page.
            findings.append(f"signature table split onto page {len(bodies)}")
    return findings


@dataclass
class Report:
    name: str
    pages: int
    findings: list[str]


def check_pdf(pdf: Path, docx: bytes) -> Report:
    texts = page_texts(pdf)
    return Report(pdf.name, len(texts), check_pages(texts, markers_from_docx(docx)))


def documents_for(case) -> list[str]:
    """The Word documents a case has: the agreement only for granted support."""
    granted = case.decision.outcome in ("grant", "extension")
    return (["agreement"] if granted else []) + ["decision"]


def run(case_files: list[Path], templates: Path | None, out_dir: Path) -> list[Report]:
    generator = Generator(templates_dir=templates)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = []  # (docx path, docx bytes)
    for path in case_files:
        case = load_case(path)
        for document in documents_for(case):
            data = generator.render(case, document, "docx")
            name = Path(suggested_filename(case, document, "docx")).stem
            docx_path = out_dir / f"{path.stem}--{name}.docx"
            docx_path.write_bytes(data)
            jobs.append((docx_path, data))
    pdfs = pdf_mod.convert_many([p for p, _ in jobs], out_dir)  # one LibreOffice call
    return [check_pdf(pdf, data) for pdf, (_, data) in zip(pdfs, jobs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", type=Path,
                        help="case files (default: samples/cases/*.yaml)")
    parser.add_argument("--templates", type=Path, help="template folder (default: shipped)")
    parser.add_argument("-o", "--out", type=Path,
                        help="keep the DOCX and PDF files here (default: a temporary folder)")
    args = parser.parse_args(argv)
    cases = args.cases or sorted(SAMPLES.glob("*.yaml"))
    with tempfile.TemporaryDirectory(prefix="check-layout-") as tmp:
        reports = run(cases, args.templates, args.out or Path(tmp))
    width = max(len(r.name) for r in reports)
    for r in reports:
        status = "; ".join(r.findings) if r.findings else "ok"
        print(f"{r.name:<{width}}  {r.pages} page{'s' if r.pages != 1 else ' '}  {status}")
    flagged = sum(1 for r in reports if r.findings)
    print(f"{len(reports)} documents, {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
