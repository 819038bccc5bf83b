"""A small raw-XML DOCX writer: content controls, text boxes, tracked changes, comments,
headers and footers -- the parts of real Word files that python-docx cannot write."""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'mc:Ignorable="w14"')

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."
DATE_PLACEHOLDER = "Klik eller tryk for at angive en dato."


def _rpr(bold=False, italic=False, size=None, color=None, style=None):
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text, bold=False, italic=False, size=None, color=None, style=None):
    """A run; '\n' in text becomes w:br, '\t' w:tab."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{_rpr(bold, italic, size, color, style)}{''.join(out)}</w:r>"


_rev = [100]


def ins(text, author="Mette Kjær", date="2026-03-02T10:14:00Z", bold=False):
    _rev[0] += 1
    return f'<w:ins w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">{run(text, bold=bold)}</w:ins>'


def dele(text, author="Mette Kjær", date="2026-03-02T10:14:00Z"):
    _rev[0] += 1
    body = f'<w:delText xml:space="preserve">{escape(text)}</w:delText>'
    return (f'<w:del w:id="{_rev[0]}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{body}</w:r></w:del>')


def sdt(value, tag="felt", placeholder=PLACEHOLDER, date=False):
    """Inline content control; value None shows the placeholder text (showingPlcHdr)."""
    _rev[0] += 1
    typ = '<w:date w:fullDate="2026-03-01T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/></w:date>' if date else "<w:text/>"
    if value is None:
        pr = (f'<w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{_rev[0]}"/>'
              f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
              f'<w:showingPlcHdr/>{typ}</w:sdtPr>')
        content = run(placeholder, style="Pladsholdertekst", color="808080")
    else:
        pr = (f'<w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{_rev[0]}"/>'
              f'{typ}</w:sdtPr>')
        content = run(value)
    return f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def para(content="", style=None, align=None, bold=False, size=None, space_after=None, keep=False):
    """content: plain text or already-built run XML (starts with '<')."""
    if content and not content.startswith("<"):
        content = run(content, bold=bold, size=size)
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if space_after is not None:
        ppr.append(f'<w:spacing w:after="{space_after}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    p = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{p}{content}</w:p>"


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def table(rows, widths=None, borders=True, shade_first=False):
    """rows: list of lists of cells; a cell is text or a list of paragraph XML strings."""
    ncols = max(len(r) for r in rows)
    widths = widths or [int(9000 / ncols)] * ncols
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>') if borders else \
        '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, r in enumerate(rows):
        out.append("<w:tr>")
        for ci, c in enumerate(r):
            span = ""
            if ci == len(r) - 1 and len(r) < ncols:
                span = f'<w:gridSpan w:val="{ncols - len(r) + 1}"/>'
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if (shade_first and ci == 0) else ""
            w = widths[ci] if not span else sum(widths[ci:])
            if isinstance(c, str):
                c = [para(c)] if not c.startswith("<") else [c if c.startswith("<w:p") else para(c)]
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{span}{shade}</w:tcPr>{"".join(c) or "<w:p/>"}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


_shape = [0]


def textbox(paragraphs, x_emu=4900000, y_emu=1300000, cx=2100000, cy=2000000):
    """A floating text box (wps, with a VML fallback holding the same text)."""
    _shape[0] += 1
    n = _shape[0]
    inner = "".join(paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{n}" name="Tekstfelt {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln>'
        f'</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office"/>'
        f'<v:shape id="Tekstfelt{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;width:165pt;height:157pt" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="25"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidefod"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Kommentartekst"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Kommentarhenvisning"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>"""


def write_docx(path, body, header=None, footer=None, comments=None, title="", author="Mette Kjær"):
    """body: list of block XML strings; header/footer: lists of paragraph XML; comments: list of
    (id, author, text) whose ranges the body marks with comment_range()."""
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    refs = ""
    files = {}
    if header:
        rels.append('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{"".join(header)}</w:hdr>'
        refs += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if footer:
        rels.append('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{"".join(footer)}</w:ftr>'
        refs += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    if comments:
        rels.append('<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cs = "".join(
            f'<w:comment w:id="{cid}" w:author="{escape(a)}" w:date="2026-03-03T09:00:00Z" w:initials="{escape("".join(x[0] for x in a.split()))}">'
            f'<w:p><w:pPr><w:pStyle w:val="Kommentartekst"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:annotationRef/></w:r>{run(t)}</w:p></w:comment>'
            for cid, a, t in comments)
        files["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{cs}</w:comments>'
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
           f'{"".join(body)}{sect}</w:body></w:document>')
    files["word/document.xml"] = doc
    files["word/styles.xml"] = STYLES
    files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(rels) + "</Relationships>")
    files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
    files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '</Relationships>')
    files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                  f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>'
                                  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>'
                                  '</cp:coreProperties>')
    def zi(name):
        info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        return info
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zi("[Content_Types].xml"), files.pop("[Content_Types].xml"))
        for name in sorted(files):
            z.writestr(zi(name), files[name])


def comment_start(cid):
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid):
    return (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr>'
            f'<w:commentReference w:id="{cid}"/></w:r>')
