"""Files the linter must refuse with a clear error code (or read without leaking).

Each writer returns the manifest fields that differ from an ordinary document.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

CANARY_PATH = Path("/tmp/mentordocs-xxe-canary.txt")   # the same canary scripts/evaluate.py plants
CANARY_TEXT = "CANARY-7f3a9c-XXE-SECRET-must-not-leak"

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
         'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
         'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zip_bomb_docx(path: Path) -> dict:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (16 << 20)
            for _ in range(64):          # 1 GiB of spaces, ~1 MB on disk
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return {"error": "too-large", "accept_errors": ["corrupt-file"], "traits": ["hostile:zip-bomb"]}


def xxe_docx(path: Path) -> dict:
    doc = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{CANARY_PATH}">]>'
           f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>Aftale om mentorstøtte &x;</w:t>'
           f'</w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", doc)
    return {"error": None, "accept_errors": ["corrupt-file", "no-text"],
            "must_not_contain": [CANARY_TEXT], "traits": ["hostile:xxe"]}


def truncated_docx(path: Path, good: bytes) -> dict:
    path.write_bytes(good[: len(good) // 2])
    return {"error": "corrupt-file", "accept_errors": [], "traits": ["hostile:truncated"]}


def ole_as_docx(path: Path) -> dict:
    # An old Word 97 file saved with a .docx name: OLE2 magic, then junk sectors.
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504 + b"Microsoft Word 97" * 200)
    return {"error": "unsupported-format", "accept_errors": ["corrupt-file"],
            "traits": ["hostile:ole-doc"]}


def encrypted_pdf(path: Path, text_pdf: bytes) -> dict:
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf)))
    w.encrypt(user_password="hemmelig", owner_password="ejer", algorithm="AES-128")
    with open(path, "wb") as f:
        w.write(f)
    return {"error": "encrypted", "accept_errors": [], "traits": ["hostile:encrypted-pdf"]}


def image_only_pdf(path: Path) -> dict:
    """A 'scanned' page: one grey image, no text layer."""
    w, h = 200, 280
    img = bytes((x * 7 + y * 3) % 256 for y in range(h) for x in range(w))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n" % (w, h, len(img)) + img + b"\nendstream",
            None]
    content = b"q 500 0 0 700 40 70 cm /Im0 Do Q"
    objs[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return {"error": "no-text", "accept_errors": [], "traits": ["hostile:image-only-pdf"]}


def garbage_pdf(path: Path) -> dict:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return {"error": "corrupt-file", "accept_errors": [], "traits": ["hostile:garbage-pdf"]}


def empty_txt(path: Path) -> dict:
    path.write_bytes(b"\r\n  \r\n")
    return {"error": "no-text", "accept_errors": [], "traits": ["hostile:blank-txt"]}


def html_with_script_only(path: Path) -> dict:
    path.write_text("<html><head><script>var aftale='Mål: Formål: Mentor: Timetal:';</script>"
                    "<style>.x{}</style></head><body></body></html>", encoding="utf-8")
    return {"error": "no-text", "accept_errors": [], "traits": ["hostile:script-only-html"]}
