"""Hostile files: each must become a clean per-file error (or a clean read), never a crash or a leak.

Expected codes (issue 3, item 6) and why:

==========================  ==================  =====================================================
file                        expected            also acceptable
==========================  ==================  =====================================================
zip-bomb.docx               too-large           corrupt-file (a reader that refuses the package)
xxe-canary.docx             read, no canary     corrupt-file (DTD refused); the canary must not appear
xxe-passwd.docx             read, no leak       corrupt-file; "root:x:0:0" must not appear
billion-laughs.docx         corrupt-file        too-large
encrypted.pdf               encrypted           --
scan-no-text.pdf            no-text             --  (an image-only page: OCR hint, no "missing" findings)
blank-page.pdf              no-text             --
truncated.docx              corrupt-file        --
truncated.pdf               corrupt-file        no-text (a lenient parser may recover an empty page)
legacy.doc                  unsupported-format  corrupt-file
pdf-named-docx.docx         corrupt-file        unsupported-format, or read as PDF (sniffing)
zip-not-docx.docx           corrupt-file        unsupported-format
empty.docx                  corrupt-file        no-text
empty.txt                   no-text             --
binary-garbage.pdf          corrupt-file        --
==========================  ==================  =====================================================

The XXE files point at :data:`CANARY_PATH`; ``scripts/evaluate.py`` writes the canary there before it
runs the linter, so a resolving parser would really pull the secret into its output.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from .writers import FIXED_ZIP_TIME

CANARY_PATH = Path("/tmp/mentordocs-xxe-canary.txt")
CANARY_TEXT = "CANARY-7f3a9c-XXE-SECRET-must-not-leak"
PASSWD_MARKER = "root:x:0:0"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_AGREEMENT_PARAS = [
    "Aftale om mentorstøtte",
    "Mål: At du gennemfører virksomhedspraktik som lagermedarbejder hos Bygma 4 dage om ugen.",
    "Mentor: Lars Østergaard, Mentorhuset ApS, tlf. 23 45 67 89",
    "Opgaver: følge dig de første dage i praktikken",
    "Periode: 1. marts 2026 – 31. august 2026",
    "Opfølgning: statusmøde hver 4. uge",
    "Timetal: 2 timer pr. uge",
    "Klagevejledning: Du kan klage til kommunen inden 4 uger. Fastholder kommunen afgørelsen, "
    "sendes klagen til Ankestyrelsen.",
]


def _paragraphs(texts: list[str], raw_entity_at: int | None = None, entity: str = "") -> str:
    out = []
    for i, t in enumerate(texts):
        extra = f" &{entity};" if i == raw_entity_at else ""
        out.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}{extra}</w:t></w:r></w:p>")
    return "".join(out)


def _docx_bytes(document_xml: str | bytes, extra: dict[str, bytes] | None = None,
                compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                           ("word/document.xml", document_xml)):
            z.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data, compress_type=compression)
        for name, data in (extra or {}).items():
            z.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data, compress_type=compression)
    return buf.getvalue()


def _zip_bomb(path: Path, uncompressed_mb: int = 400) -> None:
    """A valid-looking docx whose document.xml inflates to ``uncompressed_mb`` MB of whitespace."""
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
            f"<w:body>{_paragraphs(_AGREEMENT_PARAS[:2])}").encode()
    tail = b"</w:body></w:document>"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS)):
            z.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data)
        info = zipfile.ZipInfo("word/document.xml", FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(uncompressed_mb):
                fh.write(chunk)
            fh.write(tail)


def _xxe(target: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://{target}">]>\n'
            f'<w:document xmlns:w="{_W}"><w:body>'
            f"{_paragraphs(_AGREEMENT_PARAS, raw_entity_at=2, entity='secret')}"
            f"</w:body></w:document>")


def _billion_laughs() -> str:
    ents = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        ents.append(f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [{"".join(ents)}]>\n'
            f'<w:document xmlns:w="{_W}"><w:body>'
            f"{_paragraphs(_AGREEMENT_PARAS, raw_entity_at=1, entity='lol9')}"
            f"</w:body></w:document>")


def _simple_pdf(content_stream: bytes, extra_objects: list[bytes] | None = None,
                resources: bytes = b"<< >>") -> bytes:
    """A minimal, valid one-page PDF with an explicit cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources " + resources + b" >>",
               b"<< /Length " + str(len(content_stream)).encode() + b" >>\nstream\n"
               + content_stream + b"\nendstream"]
    objects += extra_objects or []
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def _scan_pdf() -> bytes:
    """An image-only page: a grey 'scan' bitmap drawn full page, no text operators at all."""
    w, h = 200, 280
    import zlib

    pixels = zlib.compress(bytes(((x * 7 + y * 3) % 64 + 160) for y in range(h) for x in range(w)), 9)
    image = (b"<< /Type /XObject /Subtype /Image /Width " + str(w).encode() + b" /Height "
             + str(h).encode() + b" /ColorSpace /DeviceGray /BitsPerComponent 8 "
             b"/Filter /FlateDecode /Length "
             + str(len(pixels)).encode() + b" >>\nstream\n" + pixels + b"\nendstream")
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return _simple_pdf(content, [image], resources=b"<< /XObject << /Im1 5 0 R >> >>")


def _text_pdf(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        safe = line.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
        ops.append(b"(" + safe.replace(b")", b"\\)") + b") '")
    ops.append(b"ET")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return _simple_pdf(b"\n".join(ops), [font], resources=b"<< /Font << /F1 5 0 R >> >>")


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_text_pdf(_AGREEMENT_PARAS))))
    # RC4 with a fixed /ID is deterministic (AES draws a random IV per string)
    ident = ByteStringObject(b"mentordocs-hostl")
    writer._ID = ArrayObject([ident, ident])
    writer.generate_file_identifiers = lambda: None  # keep the fixed /ID
    writer.encrypt(user_password="hemmelig2026", owner_password="ejer-2026", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def build_hostile(root: Path, prefix: str = "hostile") -> list[dict[str, Any]]:
    """Write the hostile files into ``root/prefix`` and return their manifest entries."""
    folder = root / prefix
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []

    def add(name: str, error: str | None, accept: list[str | None], note: str,
            must_not_contain: list[str] | None = None) -> None:
        entries.append({"path": f"{prefix}/{name}", "format": name.rsplit(".", 1)[-1],
                        "kind": None, "subtype": "hostile", "layout": None, "rules": [],
                        "extras": [], "error": error, "accept_errors": accept, "hostile": True,
                        "must_not_contain": must_not_contain or [], "traits": [note],
                        "period": None})

    _zip_bomb(folder / "zip-bomb.docx")
    add("zip-bomb.docx", "too-large", ["corrupt-file"],
        "document.xml declares ~400 MB uncompressed in a ~400 kB zip")

    (folder / "xxe-canary.docx").write_bytes(_docx_bytes(_xxe(str(CANARY_PATH))))
    add("xxe-canary.docx", None, ["corrupt-file"],
        f"external entity pointing at {CANARY_PATH}; read with entities ignored or refuse",
        [CANARY_TEXT])
    (folder / "xxe-passwd.docx").write_bytes(_docx_bytes(_xxe("/etc/passwd")))
    add("xxe-passwd.docx", None, ["corrupt-file"], "external entity pointing at /etc/passwd",
        [PASSWD_MARKER])

    (folder / "billion-laughs.docx").write_bytes(_docx_bytes(_billion_laughs()))
    add("billion-laughs.docx", "corrupt-file", ["too-large"],
        "nested entity expansion (10^9 'lol') inside document.xml", ["lollollollollol"])

    (folder / "encrypted.pdf").write_bytes(_encrypted_pdf())
    add("encrypted.pdf", "encrypted", [], "RC4-128, user password set")

    (folder / "scan-no-text.pdf").write_bytes(_scan_pdf())
    add("scan-no-text.pdf", "no-text", [], "one page holding only a grey bitmap (a scan)")

    (folder / "blank-page.pdf").write_bytes(_simple_pdf(b""))
    add("blank-page.pdf", "no-text", [], "a single empty page")

    good_docx = _docx_bytes(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            f'<w:document xmlns:w="{_W}"><w:body>{_paragraphs(_AGREEMENT_PARAS)}'
                            f"</w:body></w:document>")
    (folder / "truncated.docx").write_bytes(good_docx[: len(good_docx) // 2])
    add("truncated.docx", "corrupt-file", [], "the first half of a valid docx (no central directory)")

    good_pdf = _text_pdf(_AGREEMENT_PARAS)
    (folder / "truncated.pdf").write_bytes(good_pdf[:200])
    add("truncated.pdf", "corrupt-file", ["no-text"], "the first 200 bytes of a valid PDF")

    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "Aftale om mentorstøtte".encode("utf-16-le")
    (folder / "legacy.doc").write_bytes(ole + bytes(1024))
    add("legacy.doc", "unsupported-format", ["corrupt-file"], "OLE2 header (Word 97-2003 .doc)")

    (folder / "pdf-named-docx.docx").write_bytes(good_pdf)
    add("pdf-named-docx.docx", "corrupt-file", ["unsupported-format", None],
        "a PDF with a .docx extension")

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("billeder/foto1.txt", FIXED_ZIP_TIME), "ikke et dokument")
    (folder / "zip-not-docx.docx").write_bytes(buf.getvalue())
    add("zip-not-docx.docx", "corrupt-file", ["unsupported-format"], "a zip without word/document.xml")

    (folder / "empty.docx").write_bytes(b"")
    add("empty.docx", "corrupt-file", ["no-text"], "zero bytes")
    (folder / "empty.txt").write_bytes(b"")
    add("empty.txt", "no-text", [], "zero bytes")

    (folder / "binary-garbage.pdf").write_bytes(bytes((i * 131 + 7) % 256 for i in range(4096)))
    add("binary-garbage.pdf", "corrupt-file", [], "4 kB of bytes with no PDF header")
    return entries
