"""Writers for corpus CI: raw DOCX XML (content controls, placeholders, headers/footers,
text boxes with VML fallback, tracked changes, comments, checkboxes), RTF, e-mail, text,
HTML and scanned-then-OCR'd PDF (reportlab -> pypdfium2 image -> noise -> Tesseract).

A document is a dict: {"blocks": [...], "header": [lines], "footer": [lines], "comments": [...]}
Block forms:
  ("title", t) ("h", t) ("p", t) ("li", t) ("kv", label, value) ("table", [[c, ...], ...])
  ("sdt_kv", label, value|None)         Word content control; None -> Word's placeholder
  ("tracked", label, keep, deleted, inserted, tail)
  ("textbox", [lines])
  ("comment_p", text, comment)
  ("check", label, [(option, chosen), ...])
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def colon(label: str) -> str:
    """'Periode' -> 'Periode:'; a question label keeps its question mark alone."""
    return label if label.endswith("?") else label + ":"


def flat_lines(doc) -> list[tuple[str, str]]:
    """The document as the reader sees it: (kind, text) after tracked changes are applied."""
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "h", "p", "li"):
            out.append((k, b[1]))
        elif k == "kv":
            out.append(("p", f"{colon(b[1])} {b[2]}"))
        elif k == "sdt_kv":
            out.append(("p", f"{colon(b[1])} {b[2] if b[2] is not None else PLACEHOLDER}"))
        elif k == "tracked":
            out.append(("p", f"{colon(b[1])} {b[2]}{b[4]}{b[5]}"))
        elif k == "textbox":
            out.extend(("p", line) for line in b[1])
        elif k == "comment_p":
            out.append(("p", b[1]))
        elif k == "check":
            out.append(("p", b[1] + ": " + "  ".join(("☒ " if c else "☐ ") + o for o, c in b[2])))
        elif k == "table":
            for row in b[1]:
                out.append(("row", " | ".join(row)))
    return out


# ====================================================================== DOCX
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def _r(text, bold=False, style=None):
    props = ""
    if bold or style:
        props = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(inner, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{inner}</w:p>"


class DocxBuilder:
    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.sdt_id = 100
        self.comments = []

    def sdt(self, alias, value, block=False):
        self.sdt_id += 1
        if value is None:
            pr = (f'<w:sdtPr><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr><w:alias w:val="{escape(alias)}"/>'
                  f'<w:tag w:val="{escape(alias.lower())}"/><w:id w:val="{self.sdt_id}"/>'
                  f'<w:showingPlcHdr/><w:text/></w:sdtPr>')
            run = _r(PLACEHOLDER, style="Pladsholdertekst")
        else:
            pr = (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.lower())}"/>'
                  f'<w:id w:val="{self.sdt_id}"/><w:text w:multiLine="1"/></w:sdtPr>')
            run = _r(value)
        if block:
            return f"<w:sdt>{pr}<w:sdtContent>{_p(run)}</w:sdtContent></w:sdt>"
        return f"<w:sdt>{pr}<w:sdtContent>{run}</w:sdtContent></w:sdt>"

    def cell(self, inner_paras, width=4500):
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner_paras}</w:tc>'

    def table(self, rows_xml):
        grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>'
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="9000" w:type="dxa"/>'
                '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                + grid + "".join(rows_xml) + "</w:tbl>")

    def textbox(self, lines):
        paras = "".join(_p(_r(line, bold=(i == 0))) for i, line in enumerate(lines))
        self.sdt_id += 1
        n = self.sdt_id
        choice = (
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2286000" cy="1143000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{n}" name="Tekstfelt {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1143000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
        fallback = (
            f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
            f'<v:shape id="Tekstfelt {n}" o:spid="_x0000_s{n}" type="#_x0000_t202" style="position:absolute;width:180pt;height:90pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>')
        return _p(f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>")

    def block(self, b, layout):
        k = b[0]
        if k == "title":
            return _p(_r(b[1]), "Titel")
        if k == "h":
            return _p(_r(b[1]), "Overskrift2")
        if k == "p":
            return _p(_r(b[1]))
        if k == "li":
            return _p('<w:r><w:t xml:space="preserve">•\t</w:t></w:r>' + _r(b[1]), "Listeafsnit")
        if k == "kv":
            return _p(_r(colon(b[1]), bold=True) + _r(" " + b[2]))
        if k == "sdt_kv":
            return _p(_r(colon(b[1]) + " ", bold=True) + self.sdt(b[1], b[2]))
        if k == "tracked":
            _, label, keep, deleted, inserted, tail = b
            self.sdt_id += 1
            i = self.sdt_id
            dl = (f'<w:del w:id="{i}" w:author="{escape(self._author())}" w:date="2026-02-11T10:14:00Z"><w:r>'
                  f'<w:delText xml:space="preserve">{escape(deleted)}</w:delText></w:r></w:del>') if deleted else ""
            ins = (f'<w:ins w:id="{i + 1000}" w:author="{escape(self._author())}" w:date="2026-02-11T10:14:00Z">'
                   f'{_r(inserted)}</w:ins>') if inserted else ""
            return _p(_r(colon(label), bold=True) + _r(" " + keep) + dl + ins + (_r(tail) if tail else ""))
        if k == "textbox":
            return self.textbox(b[1])
        if k == "comment_p":
            cid = len(self.comments)
            self.comments.append(b[2])
            return _p(f'<w:commentRangeStart w:id="{cid}"/>' + _r(b[1]) + f'<w:commentRangeEnd w:id="{cid}"/>'
                      f'<w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
        if k == "check":
            runs = _r(b[1] + ": ", bold=True)
            for opt, chosen in b[2]:
                self.sdt_id += 1
                runs += (f'<w:sdt><w:sdtPr><w:id w:val="{self.sdt_id}"/><w14:checkbox><w14:checked w14:val="{1 if chosen else 0}"/>'
                         '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                         f'</w14:checkbox></w:sdtPr><w:sdtContent>{_r("☒" if chosen else "☐")}</w:sdtContent></w:sdt>'
                         + _r(f" {opt}   "))
            return _p(runs)
        if k == "table":
            rows = []
            for row in b[1]:
                rows.append("<w:tr>" + "".join(self.cell(_p(_r(c, bold=(j == 0 and len(row) == 2))))
                                               for j, c in enumerate(row)) + "</w:tr>")
            return self.table(rows)
        if k == "sdt_table":  # label/value table whose values are content controls
            rows = []
            for label, value in b[1]:
                rows.append("<w:tr>" + self.cell(_p(_r(label, bold=True)), 3000)
                            + self.cell(self.sdt(label, value, block=True), 6000) + "</w:tr>")
            return self.table(rows)
        raise ValueError(k)

    def _author(self):
        return "Sagsbehandler"


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidefod"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Kommentarhenvisning"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/></w:style>
</w:styles>"""


def write_docx(doc, path: Path, rnd: random.Random):
    b = DocxBuilder(rnd)
    body = "".join(b.block(x, doc.get("layout")) for x in doc["blocks"])
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
    parts = {}
    sect = ""
    for kind in ("header", "footer"):
        lines = doc.get(kind)
        if not lines:
            continue
        tag = "hdr" if kind == "header" else "ftr"
        style = "Sidehoved" if kind == "header" else "Sidefod"
        paras = "".join(_p(_r(line), style) for line in lines)
        if kind == "footer" and doc.get("page_numbers", True):
            paras += _p('<w:r><w:t xml:space="preserve">Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                        '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', style)
        parts[f"word/{kind}1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {NS}>{paras}</w:{tag}>'
        rid = "rId10" if kind == "header" else "rId11"
        rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>')
        ct.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
        sect += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'
    if b.comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="Kvalitetskonsulent" w:date="2026-02-12T09:00:00Z" w:initials="KK">'
                     f'{_p(_r(c))}</w:comment>' for i, c in enumerate(b.comments))
        parts["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{cs}</w:comments>'
        rels.append('<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    sect = (f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}{sect}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + "".join(ct) + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
        for name, xml in parts.items():
            z.writestr(name, xml)


# ====================================================================== RTF
def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return "".join(out)


def write_rtf(doc, path: Path):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red128\green128\blue128;}",
         r"{\*\generator Microsoft Word 16.0;}\paperw11906\paperh16838\margl1134\margr1134",
         r"{\info{\author Jobcenter}{\company Kommune}}"]
    if doc.get("header"):
        o.append(r"{\header\pard\plain\f0\fs18 " + r"\par ".join(_rtf_esc(x) for x in doc["header"]) + r"\par}")
    if doc.get("footer"):
        o.append(r"{\footer\pard\plain\f0\fs16 " + r"\par ".join(_rtf_esc(x) for x in doc["footer"])
                 + r"\par Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            o.append(r"\pard\sb240\sa120\b\fs32 " + _rtf_esc(b[1]) + r"\b0\fs22\par")
        elif k == "h":
            o.append(r"\pard\sb200\sa60\b\fs24 " + _rtf_esc(b[1]) + r"\b0\fs22\par")
        elif k == "li":
            o.append(r"\pard\fi-360\li720{\pntext\'95\tab}" + _rtf_esc(b[1]) + r"\par")
        elif k == "table":
            for row in b[1]:
                n = len(row)
                o.append(r"\trowd\trgaph108" + "".join(r"\clbrdrt\brdrs\clbrdrb\brdrs\cellx%d" % (9600 * (i + 1) // n) for i in range(n)))
                o.append("".join(r"\pard\intbl " + _rtf_esc(c) + r"\cell" for c in row) + r"\row")
            o.append(r"\pard")
        else:
            kind, text = flat_lines({"blocks": [b]})[0]
            o.append(r"\pard\sa120 " + _rtf_esc(text) + r"\par")
    o.append("}")
    path.write_bytes("\n".join(o).encode("ascii"))


# ====================================================================== TXT / EML / HTML
def to_text(doc, bullet="- ") -> str:
    out = []
    for kind, text in flat_lines(doc):
        if kind == "title":
            out.append(text.upper() if doc.get("upper_title") else text)
            out.append("")
        elif kind == "h":
            out.append("")
            out.append(text)
        elif kind == "li":
            out.append(bullet + text)
        else:
            out.append(text)
    if doc.get("footer"):
        out += ["", *doc["footer"]]
    return "\n".join(out).strip() + "\n"


def write_eml(path: Path, frm, to, subject, date, body, attachments=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    import zlib
    m["Message-ID"] = f"<{zlib.crc32((frm + subject + date).encode())}@mail.kommune.dk>"
    m.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(m))


def write_html(doc, path: Path, style="div"):
    parts = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">',
             f'<title>{escape(doc.get("html_title", "Dokument"))}</title>',
             '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'
             'gtag("config","Mål Mentor Timer Klagevejledning");</script>',
             '<style>.lbl{font-weight:bold}.card{border:1px solid #ccc;padding:8px}</style></head><body>',
             '<nav><a href="/">Forside</a> | <a href="/minplan">Min Plan</a> | <a href="/hjaelp">Hjælp</a></nav><main>']
    lst = False
    for b in doc["blocks"]:
        k = b[0]
        if k != "li" and lst:
            parts.append("</ul>")
            lst = False
        if k == "title":
            parts.append(f"<h1>{escape(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif k == "p":
            parts.append(f"<div class='txt'><div>{escape(b[1])}</div></div>")
        elif k == "li":
            if not lst:
                parts.append("<ul>")
                lst = True
            parts.append(f"<li>{escape(b[1])}</li>")
        elif k == "kv":
            if style == "dl":
                parts.append(f"<dl><dt>{escape(b[1])}</dt><dd>{escape(b[2])}</dd></dl>")
            else:
                parts.append(f"<div class='row'><div class='lbl'>{escape(b[1])}</div><div class='val'>{escape(b[2])}</div></div>")
        elif k == "table":
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in b[1]) + "</table>")
        else:
            for _, t in flat_lines({"blocks": [b]}):
                parts.append(f"<p>{escape(t)}</p>")
    if lst:
        parts.append("</ul>")
    parts.append("</main>")
    if doc.get("footer"):
        parts.append("<footer>" + "<br>".join(escape(x) for x in doc["footer"]) + "</footer>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


# ====================================================================== scanned PDF
def _pdf_source(doc) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11.5, leading=15)
    h = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=12.5, spaceBefore=8, spaceAfter=2)
    t = ParagraphStyle("t", parent=body, fontName="Times-Bold", fontSize=16, spaceAfter=8)
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "table":
            data = [[Paragraph(escape(c), body) for c in row] for row in b[1]]
            tb = Table(data, colWidths=[140, 330] if len(b[1][0]) == 2 else None)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
            continue
        for kind, text in flat_lines({"blocks": [b]}):
            if kind == "title":
                story.append(Paragraph(escape(text), t))
            elif kind == "h":
                story.append(Paragraph(escape(text), h))
            elif kind == "li":
                story.append(Paragraph("•&nbsp;&nbsp;" + escape(text), ParagraphStyle("li", parent=body, leftIndent=18)))
            else:
                story.append(Paragraph(escape(text), body))
            story.append(Spacer(1, 3))
    footer = doc.get("footer") or []
    header = doc.get("header") or []

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("Times-Roman", 9)
        for i, line in enumerate(header):
            canvas.drawString(60, A4[1] - 40 - 11 * i, line)
        for i, line in enumerate(footer):
            canvas.drawString(60, 50 - 11 * i, line)
        canvas.drawRightString(A4[0] - 60, 50, f"Side {d.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=70, bottomMargin=80).build(
        story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


import threading
_LOCK = threading.Lock()


def write_scanned_pdf(doc, path: Path, rnd: random.Random):
    """Print, scan (rasterise, skew, noise, blur) and OCR with Tesseract (dan) to a searchable PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    with _LOCK:
        src = _pdf_source(doc)
        pdf = pdfium.PdfDocument(src)
        pages = [pdf[i].render(scale=250 / 72).to_pil().convert("L") for i in range(len(pdf))]
        pdf.close()
    with tempfile.TemporaryDirectory() as td:
        names = []
        for i, img in enumerate(pages):
            img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
            if rnd.random() < 0.6:
                img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 1.1)))
            px = img.load()
            w, hgt = img.size
            for _ in range(w * hgt // 900):  # speckle
                x, y = rnd.randrange(w), rnd.randrange(hgt)
                px[x, y] = rnd.choice([0, 90, 255])
            thr = rnd.choice([150, 170, 190])
            img = img.point(lambda v: 255 if v > thr else v)
            name = Path(td) / f"p{i}.png"
            img.save(name, dpi=(250, 250))
            names.append(str(name))
        lst = Path(td) / "list.txt"
        lst.write_text("\n".join(names) + "\n")
        out = Path(td) / "out"
        import os
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(lst), str(out), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        path.write_bytes((Path(td) / "out.pdf").read_bytes())
