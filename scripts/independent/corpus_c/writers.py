"""Format writers for corpus C.

Document model (plain Python):
  doc = {"title": str, "blocks": [...], "header": [...], "footer": [...], "comments": {id: text}}
  block = ("h", level, text) | ("p", segs) | ("ul", [segs, ...]) | ("ol", [segs, ...])
        | ("table", rows, header_row: bool)  rows = [[cell, ...], ...], cell = [block, ...] (p/ul/ol only)
        | ("textbox", [block, ...]) | ("pb",)
  segs = [seg, ...] or a plain str;  seg = ("t", s) | ("b", s) | ("del", s) | ("ins", s)
        | ("sdt", s, alias) | ("ph", alias)   (unfilled content control)
        | ("cmt", s, cid) | ("chk", checked, alias)
"""
import io
import zipfile
from xml.sax.saxutils import escape as xesc

PH_TEXT = "Klik eller tryk her for at skrive tekst."


def segs_of(x):
    if isinstance(x, str):
        return [("t", x)]
    return list(x)


def seg_text(seg):
    k = seg[0]
    if k in ("t", "b", "ins", "sdt", "cmt"):
        return seg[1]
    if k == "del":
        return ""
    if k == "ph":
        return PH_TEXT
    if k == "chk":
        return "☒" if seg[1] else "☐"
    raise ValueError(k)


def plain(x):
    return "".join(seg_text(s) for s in segs_of(x))


# ----------------------------------------------------------------------------------------------- TXT

def to_lines(blocks, md=False, bullet="- ", table_mode="labels"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            if md:
                out.append("#" * b[1] + " " + b[2])
            else:
                out.append(b[2].upper() if b[1] == 1 else b[2])
            out.append("")
        elif k == "p":
            out.append(plain(b[1]))
            out.append("")
        elif k == "ul":
            for it in b[1]:
                out.append(bullet + plain(it))
            out.append("")
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                out.append(f"{i}. " + plain(it))
            out.append("")
        elif k == "table":
            rows = b[1]
            if b[2]:  # header row table -> "label: value" per column
                hdr = [cell_text(c) for c in rows[0]]
                for r in rows[1:]:
                    for h, c in zip(hdr, r):
                        out.append(f"{h}: {cell_text(c)}")
                    out.append("")
            else:
                for r in rows:
                    if len(r) == 1:
                        out.append(cell_text(r[0]))
                    else:
                        out.append(f"{cell_text(r[0])}: {cell_text(r[1], sep='; ')}")
                out.append("")
        elif k == "textbox":
            out.extend(to_lines(b[1], md, bullet))
        elif k == "pb":
            pass
    return out


def cell_text(cell, sep=" "):
    parts = []
    for b in cell:
        if b[0] == "p":
            parts.append(plain(b[1]))
        elif b[0] in ("ul", "ol"):
            parts.extend(plain(i) for i in b[1])
    return sep.join(p for p in parts if p is not None)


def wrap_lines(lines, width, rng=None):
    import textwrap
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
            continue
        ind = ""
        if ln.startswith(("- ", "* ", "• ")):
            ind = "  "
        elif len(ln) > 3 and ln[0].isdigit() and ln[1:3] == ". ":
            ind = "   "
        out.extend(textwrap.wrap(ln, width=width, subsequent_indent=ind, break_on_hyphens=False))
    return out


def write_txt(doc, md=False, width=None, crlf=False):
    lines = []
    if doc.get("header"):
        lines += to_lines(doc["header"], md)
    lines += to_lines(doc["blocks"], md)
    if doc.get("footer"):
        lines += ["", "-" * 40] + to_lines(doc["footer"], md)
    if width:
        lines = wrap_lines(lines, width)
    txt = "\n".join(lines).rstrip() + "\n"
    if crlf:
        txt = txt.replace("\n", "\r\n")
    return txt.encode("utf-8")


# ---------------------------------------------------------------------------------------------- DOCX

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'mc:Ignorable="w14 wp14"')


class DocxCtx:
    def __init__(self, author="Sagsbehandler"):
        self.n = 100
        self.author = author

    def nid(self):
        self.n += 1
        return self.n


def _t(s, tag="w:t"):
    return f'<{tag} xml:space="preserve">{xesc(s)}</{tag}>'


def _run(s, bold=False, rstyle=None, tag="w:t"):
    rpr = ""
    if bold or rstyle:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    return f"<w:r>{rpr}{_t(s, tag)}</w:r>"


def docx_segs(segs, cx):
    out = []
    for seg in segs_of(segs):
        k = seg[0]
        if k == "t":
            out.append(_run(seg[1]))
        elif k == "b":
            out.append(_run(seg[1], bold=True))
        elif k == "del":
            out.append(f'<w:del w:id="{cx.nid()}" w:author="{xesc(cx.author)}" w:date="2026-02-10T09:14:00Z">'
                       f'{_run(seg[1], tag="w:delText")}</w:del>')
        elif k == "ins":
            out.append(f'<w:ins w:id="{cx.nid()}" w:author="{xesc(cx.author)}" w:date="2026-02-10T09:15:00Z">'
                       f'{_run(seg[1])}</w:ins>')
        elif k in ("sdt", "ph"):
            ph = k == "ph"
            alias = seg[2] if k == "sdt" else seg[1]
            text = PH_TEXT if ph else seg[1]
            out.append(f'<w:sdt><w:sdtPr><w:alias w:val="{xesc(alias)}"/><w:tag w:val="{xesc(alias.lower())}"/>'
                       f'<w:id w:val="{cx.nid()*7919}"/>' + ("<w:showingPlcHdr/>" if ph else "") +
                       '<w:text/></w:sdtPr><w:sdtContent>' +
                       _run(text, rstyle="PlaceholderText" if ph else None) + '</w:sdtContent></w:sdt>')
        elif k == "cmt":
            cid = seg[2]
            out.append(f'<w:commentRangeStart w:id="{cid}"/>{_run(seg[1])}<w:commentRangeEnd w:id="{cid}"/>'
                       f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
        elif k == "chk":
            glyph = "☒" if seg[1] else "☐"
            out.append(f'<w:sdt><w:sdtPr><w:alias w:val="{xesc(seg[2])}"/><w:id w:val="{cx.nid()*104729}"/>'
                       f'<w14:checkbox><w14:checked w14:val="{1 if seg[1] else 0}"/>'
                       '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                       '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                       '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                       f'{_t(glyph)}</w:r></w:sdtContent></w:sdt>')
        else:
            raise ValueError(k)
    return "".join(out)


def docx_p(segs, cx, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{docx_segs(segs, cx)}</w:p>"


def docx_blocks(blocks, cx):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(docx_p(b[2], cx, style=f"Heading{b[1]}"))
        elif k == "p":
            out.append(docx_p(b[1], cx))
        elif k == "ul":
            out += [docx_p(i, cx, style="ListParagraph", num=1) for i in b[1]]
        elif k == "ol":
            out += [docx_p(i, cx, style="ListParagraph", num=2) for i in b[1]]
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol if (b[2] or ncol > 2) else None
            widths = [w] * ncol if w else [2800, 6200][:ncol]
            x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
                 '</w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{wd}"/>' for wd in widths) + '</w:tblGrid>']
            for ri, r in enumerate(rows):
                x.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if (b[2] and ri == 0) else ""))
                for ci, c in enumerate(r):
                    span = ncol - len(r) + 1 if ci == len(r) - 1 else 1
                    tcpr = f'<w:tcPr><w:tcW w:w="{sum(widths[ci:ci+span])}" w:type="dxa"/>' + (
                        f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + '</w:tcPr>'
                    inner = docx_blocks(c, cx) if c else ""
                    if not inner.strip():
                        inner = "<w:p/>"
                    x.append(f"<w:tc>{tcpr}{inner}</w:tc>")
                x.append("</w:tr>")
            x.append("</w:tbl><w:p/>")
            out.append("".join(x))
        elif k == "textbox":
            inner = docx_blocks(b[1], cx)
            sid = cx.nid()
            out.append(
                '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
                'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/>'
                f'<wp:docPr id="{sid}" name="Tekstfelt {sid}"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
                '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
                f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
                '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="Tekstfelt{sid}" o:spid="_x0000_s{1025+sid}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin">'
                f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
                '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
        elif k == "pb":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            raise ValueError(k)
    return "".join(out)


DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

DOCX_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def write_docx(doc, author="Sagsbehandler"):
    cx = DocxCtx(author)
    body = docx_blocks(doc["blocks"], cx)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = {}
    sect = ""
    if doc.get("header"):
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>' + docx_blocks(doc["header"], cx) + "</w:hdr>"
        rels.append('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rId10"/>'
    if doc.get("footer"):
        parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>' + docx_blocks(doc["footer"], cx) + "</w:ftr>"
        rels.append('<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rId11"/>'
    if doc.get("comments"):
        cm = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}>']
        for cid, text in doc["comments"].items():
            cm.append(f'<w:comment w:id="{cid}" w:author="{xesc(author)}" w:date="2026-02-11T10:02:00Z" w:initials="SB">'
                      f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{_run(text)}</w:p></w:comment>')
        cm.append("</w:comments>")
        parts["word/comments.xml"] = "".join(cm)
        rels.append('<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>')
    parts["word/document.xml"] = document
    parts["word/styles.xml"] = DOCX_STYLES
    parts["word/numbering.xml"] = DOCX_NUMBERING
    parts["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(rels) + "</Relationships>")
    parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '</Relationships>')
    parts["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                  f'<dc:title>{xesc(doc.get("title", ""))}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
                                  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T08:00:00Z</dcterms:created></cp:coreProperties>')
    parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
    return zip_parts(parts, order=["[Content_Types].xml", "_rels/.rels"])


def zip_parts(parts, order=(), first_stored=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        names = list(order) + sorted(n for n in parts if n not in order)
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2026, 2, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if n == first_stored else zipfile.ZIP_DEFLATED
            data = parts[n]
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()


# ----------------------------------------------------------------------------------------------- ODT

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def odt_segs(segs):
    out = []
    for s in segs_of(segs):
        t = seg_text(s)
        if not t:
            continue
        if s[0] == "b":
            out.append(f'<text:span text:style-name="Bold">{xesc(t)}</text:span>')
        else:
            out.append(xesc(t))
    return "".join(out)


def odt_blocks(blocks, tcount=[0]):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(f'<text:h text:style-name="Heading_20_{b[1]}" text:outline-level="{b[1]}">{xesc(b[2])}</text:h>')
        elif k == "p":
            out.append(f'<text:p text:style-name="Standard">{odt_segs(b[1])}</text:p>')
        elif k in ("ul", "ol"):
            st = "L1" if k == "ul" else "L2"
            out.append(f'<text:list text:style-name="{st}">' + "".join(
                f'<text:list-item><text:p text:style-name="Standard">{odt_segs(i)}</text:p></text:list-item>' for i in b[1]) + "</text:list>")
        elif k == "table":
            tcount[0] += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            x = [f'<table:table table:name="Tabel{tcount[0]}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{ncol}"/>']
            for ri, r in enumerate(rows):
                if b[2] and ri == 0:
                    x.append("<table:table-header-rows>")
                x.append("<table:table-row>")
                for ci, c in enumerate(r):
                    span = ncol - len(r) + 1 if ci == len(r) - 1 else 1
                    inner = odt_blocks(c) or '<text:p text:style-name="Standard"/>'
                    x.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"' +
                             (f' table:number-columns-spanned="{span}"' if span > 1 else "") + f'>{inner}</table:table-cell>')
                    if span > 1:
                        x.append("<table:covered-table-cell/>" * (span - 1))
                x.append("</table:table-row>")
                if b[2] and ri == 0:
                    x.append("</table:table-header-rows>")
            x.append("</table:table>")
            out.append("".join(x))
        elif k == "textbox":
            out.append(odt_blocks(b[1]))
        elif k == "pb":
            out.append('<text:p text:style-name="PB"/>')
    return "".join(out)


def write_odt(doc):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>'
               '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>'
               '</office:automatic-styles><office:body><office:text>' + odt_blocks(doc["blocks"]) +
               '</office:text></office:body></office:document-content>')
    hf = ""
    if doc.get("header"):
        hf += "<style:header>" + odt_blocks(doc["header"]) + "</style:header>"
    if doc.get("footer"):
        hf += "<style:footer>" + odt_blocks(doc["footer"]) + "</style:footer>"
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="da" fo:country="DK"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
              '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>'
              f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hf}</style:master-page></office:master-styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta><dc:title>{xesc(doc.get("title", ""))}</dc:title>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    parts = {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content, "styles.xml": styles,
             "meta.xml": meta, "META-INF/manifest.xml": manifest}
    return zip_parts(parts, order=["mimetype"], first_stored="mimetype")


# ----------------------------------------------------------------------------------------------- RTF

def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
    return "".join(out)


def rtf_segs(segs):
    out = []
    for s in segs_of(segs):
        t = seg_text(s)
        if not t:
            continue
        out.append("{\\b " + rtf_esc(t) + "}" if s[0] == "b" else rtf_esc(t))
    return "".join(out)


def rtf_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            size = {1: 32, 2: 26}.get(b[1], 22)
            out.append(f"\\pard\\sb240\\sa120\\keepn\\b\\fs{size} {rtf_esc(b[2])}\\b0\\fs22\\par\n")
        elif k == "p":
            out.append(f"\\pard\\sa120 {rtf_segs(b[1])}\\par\n")
        elif k == "ul":
            for i in b[1]:
                out.append(f"\\pard\\fi-360\\li720\\sa60 \\bullet\\tab {rtf_segs(i)}\\par\n")
        elif k == "ol":
            for n, i in enumerate(b[1], 1):
                out.append(f"\\pard\\fi-360\\li720\\sa60 {n}.\\tab {rtf_segs(i)}\\par\n")
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            widths = [2800, 9000] if ncol == 2 else [int(9000 * (j + 1) / ncol) for j in range(ncol)]
            for r in rows:
                out.append("\\trowd\\trgaph108" + "".join(
                    f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{widths[j] if len(r) == ncol else (widths[-1] if j == len(r)-1 else widths[j])}"
                    for j in range(len(r))) + "\n")
                for c in r:
                    parts = []
                    for cb in c:
                        if cb[0] == "p":
                            parts.append(rtf_segs(cb[1]))
                        else:
                            parts += ["\\bullet  " + rtf_segs(i) for i in cb[1]]
                    out.append("\\pard\\intbl " + "\\line ".join(parts) + "\\cell\n")
                out.append("\\row\n")
            out.append("\\pard\\par\n")
        elif k == "textbox":
            out.append(rtf_blocks(b[1]))
        elif k == "pb":
            out.append("\\page\n")
    return "".join(out)


def write_rtf(doc):
    s = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1030{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n",
         "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\paperw11906\\paperh16838\\margl1134\\margr1134\n"]
    if doc.get("header"):
        s.append("{\\header " + rtf_blocks(doc["header"]) + "}\n")
    if doc.get("footer"):
        s.append("{\\footer " + rtf_blocks(doc["footer"]).replace("\\pard", "\\pard\\fs16") + "}\n")
    s.append("\\f0\\fs22 ")
    s.append(rtf_blocks(doc["blocks"]))
    s.append("}")
    return "".join(s).encode("ascii")


# ---------------------------------------------------------------------------------------------- HTML

def html_segs(segs):
    out = []
    for s in segs_of(segs):
        t = seg_text(s)
        if not t:
            continue
        out.append(f"<strong>{xesc(t)}</strong>" if s[0] == "b" else xesc(t))
    return "".join(out)


def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(f"<h{b[1]+1}>{xesc(b[2])}</h{b[1]+1}>")
        elif k == "p":
            out.append(f"<p>{html_segs(b[1])}</p>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{html_segs(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            x = ['<table class="tbl" border="1" cellpadding="4">']
            for ri, r in enumerate(b[1]):
                tag = "th" if (b[2] and ri == 0) else "td"
                x.append("<tr>" + "".join(f"<{tag}>{html_blocks(c)}</{tag}>" for c in r) + "</tr>")
            x.append("</table>")
            out.append("".join(x))
        elif k == "textbox":
            out.append('<div class="box">' + html_blocks(b[1]) + "</div>")
    return "\n".join(out)


def html_page(title, body_html, script=None, css=True):
    head = f"<meta charset=\"utf-8\"><title>{xesc(title)}</title>"
    if css:
        head += "<style>body{font-family:Arial,sans-serif;font-size:13px} .lbl{font-weight:bold} dt{font-weight:bold;margin-top:8px} .hidden{display:none}</style>"
    if script:
        head += f"<script type=\"text/javascript\">\n{script}\n</script>"
    return f"<!DOCTYPE html>\n<html lang=\"da\"><head>{head}</head><body>\n{body_html}\n</body></html>\n".encode("utf-8")


# ----------------------------------------------------------------------------------------------- EML

def write_eml(frm, to, subject, date, body, msgid, cc=None, in_reply_to=None, html=None):
    from email.message import EmailMessage
    from email import policy
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    if html:
        m.add_alternative(html, subtype="html", charset="utf-8")
        m.set_boundary("==_corpusC_" + msgid.strip("<>").split("@")[0])
    return m.as_bytes()
