"""Minimal hand-written OOXML (DOCX) and ODF (ODT) writers for corpus AK.

Everything here writes the package XML directly, because python-docx cannot write content
controls, legacy form fields, tracked changes, comments, footnotes, text boxes with a VML
fallback or first-page headers the way Word does. Output is deterministic (fixed zip dates).
"""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

ZDATE = (2026, 3, 2, 9, 0, 0)

W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 w15 wp14"'
)

AUTHORS = ["Lene Mortensen", "Kasper Holm", "Birgitte Friis", "Jesper Dam", "Sanne Bech"]
PLC_TEXT = "Klik eller tryk her for at skrive tekst."
PLC_DATE = "Klik eller tryk for at angive en dato."
PLC_LIST = "Vælg et element."


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def rpr(bold=False, italic=False, vanish=False, style=None, size=None, font=None, color=None) -> str:
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/>")
    if vanish:
        parts.append("<w:vanish/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, **kw) -> str:
    """A run; '\n' becomes a soft line break (w:br), '\t' a tab."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, seg in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if seg:
                out.append(t(seg))
    return f"<w:r>{rpr(**kw)}{''.join(out)}</w:r>"


def para(content: str = "", style: str | None = None, num: tuple[int, int] | None = None,
         jc: str | None = None, tabs: list[int] | None = None, del_mark: str = "", keep: str = "") -> str:
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if num:
        ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if tabs:
        ppr.append("<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{p}"/>' for p in tabs) + "</w:tabs>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if del_mark:
        ppr.append(f"<w:rPr>{del_mark}</w:rPr>")
    p = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{p}{keep}{content}</w:p>"


class Docx:
    """Collects the parts of one Word document."""

    def __init__(self, title: str, author: str = "Jobcenter", created: str = "2026-03-02T09:00:00Z"):
        self.body: list[str] = []
        self.headers: dict[str, str] = {}     # type -> xml paragraphs
        self.footers: dict[str, str] = {}
        self.comments: list[tuple[int, str, str]] = []
        self.footnotes: list[tuple[int, str]] = []
        self.endnotes: list[tuple[int, str]] = []
        self.props: dict[str, str] = {}
        self.title_pg = False
        self.track = False
        self.title = title
        self.author = author
        self.created = created
        self._id = 100
        self._bm = 0

    # --- ids -----------------------------------------------------------------------------
    def nid(self) -> int:
        self._id += 1
        return self._id

    def rev(self, author: str | None = None) -> str:
        a = author or AUTHORS[self._id % len(AUTHORS)]
        return f'w:id="{self.nid()}" w:author="{escape(a)}" w:date="2026-03-0{1 + self._id % 8}T10:{self._id % 60:02d}:00Z"'

    # --- revisions ---------------------------------------------------------------------
    def ins(self, text: str, **kw) -> str:
        self.track = True
        return f"<w:ins {self.rev()}>{run(text, **kw)}</w:ins>"

    def dele(self, text: str, **kw) -> str:
        self.track = True
        return f'<w:del {self.rev()}><w:r>{rpr(**kw)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'

    def del_mark(self) -> str:
        self.track = True
        return f"<w:del {self.rev()}/>"

    def move_from(self, name: str, paragraph_text: str, **kw) -> str:
        self.track = True
        i = self.nid()
        return para(f'<w:moveFromRangeStart w:id="{i}" w:author="{AUTHORS[0]}" w:date="2026-03-03T08:00:00Z" w:name="{name}"/>'
                    f"<w:moveFrom {self.rev()}>{run(paragraph_text, **kw)}</w:moveFrom>"
                    f'<w:moveFromRangeEnd w:id="{i}"/>', del_mark=f"<w:moveFrom {self.rev()}/>")

    def move_to(self, name: str, paragraph_text: str, **kw) -> str:
        self.track = True
        i = self.nid()
        return para(f'<w:moveToRangeStart w:id="{i}" w:author="{AUTHORS[0]}" w:date="2026-03-03T08:00:00Z" w:name="{name}"/>'
                    f"<w:moveTo {self.rev()}>{run(paragraph_text, **kw)}</w:moveTo>"
                    f'<w:moveToRangeEnd w:id="{i}"/>', del_mark=f"<w:moveTo {self.rev()}/>")

    # --- comments and notes --------------------------------------------------------------
    def commented(self, inner: str, comment: str, author: str = "Kasper Holm") -> str:
        cid = len(self.comments)
        self.comments.append((cid, author, comment))
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def footnote(self, text: str) -> str:
        fid = len(self.footnotes) + 2
        self.footnotes.append((fid, text))
        return f'<w:r><w:rPr><w:rStyle w:val="Fodnotehenvisning"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'

    def endnote(self, text: str) -> str:
        fid = len(self.endnotes) + 2
        self.endnotes.append((fid, text))
        return f'<w:r><w:rPr><w:rStyle w:val="Slutnotehenvisning"/></w:rPr><w:endnoteReference w:id="{fid}"/></w:r>'

    # --- fields --------------------------------------------------------------------------
    def complex_field(self, instr: str, result: str, ff: str = "", **kw) -> str:
        begin = f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
        code = f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        sep = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        return begin + code + sep + run(result, **kw) + end

    def formtext(self, name: str, value: str | None, **kw) -> str:
        ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
              f'<w:textInput/></w:ffData>')
        return self.complex_field("FORMTEXT", value if value else "\u2002" * 5, ff, **kw)

    def formcheckbox(self, name: str, checked: bool, default_only: bool = False) -> str:
        if default_only:
            cb = f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox>'
        else:
            cb = f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked w:val="{1 if checked else 0}"/></w:checkBox>'
        ff = f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{cb}</w:ffData>'
        return (f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def mergefield(self, name: str, value: str | None, simple: bool = False, **kw) -> str:
        res = value if value is not None else f"«{name}»"
        if simple:
            return f'<w:fldSimple w:instr=" MERGEFIELD {name} \\* MERGEFORMAT ">{run(res, **kw)}</w:fldSimple>'
        return self.complex_field(f"MERGEFIELD {name} \\* MERGEFORMAT", res, **kw)

    def docproperty(self, name: str, value: str, **kw) -> str:
        self.props[name] = value
        return self.complex_field(f'DOCPROPERTY  "{name}"  \\* MERGEFORMAT', value, **kw)

    def bookmark(self, name: str, inner: str) -> str:
        self._bm += 1
        return f'<w:bookmarkStart w:id="{self._bm}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{self._bm}"/>'

    def ref(self, name: str, value: str, **kw) -> str:
        return self.complex_field(f"REF {name} \\h", value, **kw)

    # --- content controls -----------------------------------------------------------------
    def _sdtpr(self, alias: str, extra: str, placeholder: bool) -> str:
        tag = alias.lower().replace(" ", "_")
        plc = "<w:showingPlcHdr/>" if placeholder else ""
        return (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>'
                f'<w:id w:val="{-1000000 - self.nid()}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                f'{plc}{extra}</w:sdtPr>')

    def sdt_text(self, alias: str, value: str | None, plain: bool = True, **kw) -> str:
        """Inline plain-text (or rich-text) control; None = still showing the placeholder."""
        ph = value is None
        content = run(PLC_TEXT, style="Pladsholdertekst") if ph else run(value, **kw)
        return f"<w:sdt>{self._sdtpr(alias, '<w:text/>' if plain else '', ph)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def sdt_block(self, alias: str, paragraphs: list[str] | None, repeating: bool = False) -> str:
        """Block-level rich-text control holding whole paragraphs (or a repeating section)."""
        if paragraphs is None:
            inner = para(run(PLC_TEXT, style="Pladsholdertekst"))
            return f"<w:sdt>{self._sdtpr(alias, '', True)}<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
        if repeating:
            items = "".join(
                f'<w:sdt><w:sdtPr><w:id w:val="{-2000000 - self.nid()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                f"<w:sdtContent>{p}</w:sdtContent></w:sdt>" for p in paragraphs)
            return (f"<w:sdt>{self._sdtpr(alias, '<w15:repeatingSection/>', False)}"
                    f"<w:sdtContent>{items}</w:sdtContent></w:sdt>")
        return f"<w:sdt>{self._sdtpr(alias, '', False)}<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>"

    def sdt_date(self, alias: str, iso: str | None, shown: str | None) -> str:
        if iso is None:
            extra = ('<w:date><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/>'
                     '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
            return (f"<w:sdt>{self._sdtpr(alias, extra, True)}<w:sdtContent>"
                    f"{run(PLC_DATE, style='Pladsholdertekst')}</w:sdtContent></w:sdt>")
        extra = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/>'
                 '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        return f"<w:sdt>{self._sdtpr(alias, extra, False)}<w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>"

    def sdt_dropdown(self, alias: str, options: list[str], chosen: str | None, combo: bool = False) -> str:
        tagname = "w:comboBox" if combo else "w:dropDownList"
        items = f'<w:listItem w:displayText="{PLC_LIST}" w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{escape(o)}" w:value="{escape(o)}"/>' for o in options)
        last = f' w:lastValue="{escape(chosen)}"' if chosen else ""
        extra = f"<{tagname}{last}>{items}</{tagname}>"
        content = run(PLC_LIST, style="Pladsholdertekst") if chosen is None else run(chosen)
        return f"<w:sdt>{self._sdtpr(alias, extra, chosen is None)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def sdt_checkbox(self, alias: str, checked: bool) -> str:
        extra = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                 '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                 '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        glyph = "☒" if checked else "☐"
        return (f"<w:sdt>{self._sdtpr(alias, extra, False)}<w:sdtContent>"
                f"{run(glyph, font='MS Gothic')}</w:sdtContent></w:sdt>")

    # --- text box ----------------------------------------------------------------------------
    def textbox(self, paragraphs: list[str], width_cm: float = 7.5, height_cm: float = 3.5) -> str:
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        did = self.nid()
        inner = "".join(paragraphs)
        choice = (
            '<mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + did}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{did}" name="Tekstfelt {did}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
        fallback = (
            '<mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Tekstfelt{did}" o:spid="_x0000_s{1025 + did}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;z-index:{did};'
            'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#f2f2f2" strokeweight=".5pt">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>')
        return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"

    # --- tables -------------------------------------------------------------------------------
    @staticmethod
    def table(rows: list[list], widths: list[int], borders: bool = True, style: str = "Tabel-Gitter") -> str:
        """rows: list of cells; a cell is str (XML paragraphs) or dict(xml=..., span=n, vmerge='restart'|'continue', shade=hex)."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') if borders else \
            '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}'
               f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
               f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in rows:
            out.append("<w:tr>")
            col = 0
            for cell in row:
                if isinstance(cell, str):
                    cell = {"xml": cell}
                span = cell.get("span", 1)
                w = sum(widths[col:col + span])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if cell.get("vmerge") == "restart":
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif cell.get("vmerge") == "continue":
                    tcpr += "<w:vMerge/>"
                if cell.get("shade"):
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell["shade"]}"/>'
                xml = cell["xml"] or "<w:p/>"
                if not xml.rstrip().endswith(("</w:p>", "<w:p/>")):
                    xml = xml + "<w:p/>"   # a cell must end with a paragraph (e.g. after a nested table)
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{xml}</w:tc>")
                col += span
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    # --- writing -------------------------------------------------------------------------------
    def save(self, path) -> None:
        rels = [('rIdStyles', 'styles', 'styles.xml'), ('rIdSettings', 'settings', 'settings.xml'),
                ('rIdNum', 'numbering', 'numbering.xml'), ('rIdFont', 'fontTable', 'fontTable.xml')]
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
              '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        files: dict[str, str] = {}
        sect_refs = []
        for kind, coll in (("header", self.headers), ("footer", self.footers)):
            for typ, xml in coll.items():
                name = f"{kind}{typ}.xml"
                rid = f"rId{kind}{typ}"
                rels.append((rid, kind, name))
                tag = "w:hdr" if kind == "header" else "w:ftr"
                files[f"word/{name}"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {W_NS}>{xml}</{tag}>'
                ct.append(f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
                sect_refs.append(f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>')
        if self.comments:
            body = "".join(
                f'<w:comment w:id="{cid}" w:author="{escape(a)}" w:date="2026-03-04T11:00:00Z" w:initials="{a[0]}{a.split()[-1][0]}">'
                f'{para(run(""), style="Kommentartekst").replace("<w:r></w:r>", "<w:r><w:annotationRef/></w:r>")}'
                f'{para(run(text), style="Kommentartekst")}</w:comment>'
                for cid, a, text in self.comments)
            files["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}>{body}</w:comments>'
            rels.append(("rIdComments", "comments", "comments.xml"))
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        for kind, notes in (("footnote", self.footnotes), ("endnote", self.endnotes)):
            if not notes:
                continue
            sep = (f'<w:{kind} w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                   f'<w:{kind} w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
            ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
            style = "Fodnotetekst" if kind == "footnote" else "Slutnotetekst"
            body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
                           f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>{run(" " + text)}</w:p></w:{kind}>'
                           for i, text in notes)
            files[f"word/{kind}s.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {W_NS}>{sep}{body}</w:{kind}s>'
            rels.append((f"rId{kind}s", f"{kind}s", f"{kind}s.xml"))
            ct.append(f'<Override PartName="/word/{kind}s.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/>')
        sect = ("<w:sectPr>" + "".join(sorted(sect_refs, key=lambda s: ("footer" in s, s))) +
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" '
                'w:header="708" w:footer="708" w:gutter="0"/>' + ("<w:titlePg/>" if self.title_pg else "") + "</w:sectPr>")
        files["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}>'
                                      f'<w:body>{"".join(self.body)}{sect}</w:body></w:document>')
        files["word/styles.xml"] = STYLES
        files["word/numbering.xml"] = NUMBERING
        files["word/fontTable.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {W_NS}>'
                                       '<w:font w:name="Calibri"/><w:font w:name="MS Gothic"/><w:font w:name="Symbol"/></w:fonts>')
        files["word/settings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W_NS}>'
                                      + ("<w:trackRevisions/>" if self.track else "") +
                                      '<w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>'
                                      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                                      '<w:themeFontLang w:val="da-DK"/></w:settings>')
        pkg_rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
                    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>']
        if self.props:
            ct.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
            pkg_rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>')
            props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{escape(k)}"><vt:lpwstr>{escape(v)}</vt:lpwstr></property>'
                            for i, (k, v) in enumerate(self.props.items()))
            files["docProps/custom.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                                            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>')
        files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
        files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                + "".join(pkg_rels) + "</Relationships>")
        types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                 + "".join(f'<Relationship Id="{i}" Type="{types}{ty}" Target="{tg}"/>' for i, ty, tg in rels)
                                                 + "</Relationships>")
        files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                      f'<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
                                      f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
                                      f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.created}</dcterms:modified></cp:coreProperties>')
        files["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                     '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
        order = ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels"))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, ZDATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name].encode("utf-8"))


def _style(sid, name, kind="paragraph", extra="", based="Normal"):
    b = f'<w:basedOn w:val="{based}"/>' if based and sid != "Normal" else ""
    return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}</w:style>'


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
          '<w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + _style("Normal", "Normal", based=None)
          + _style("Overskrift1", "heading 1", extra='<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>')
          + _style("Overskrift2", "heading 2", extra='<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>')
          + _style("Titel", "Title", extra='<w:rPr><w:sz w:val="40"/></w:rPr>')
          + _style("Listeafsnit", "List Paragraph", extra='<w:pPr><w:ind w:left="720"/></w:pPr>')
          + _style("Sidehoved", "header")
          + _style("Sidefod", "footer", extra='<w:rPr><w:sz w:val="16"/></w:rPr>')
          + _style("Fodnotetekst", "footnote text", extra='<w:rPr><w:sz w:val="18"/></w:rPr>')
          + _style("Slutnotetekst", "endnote text", extra='<w:rPr><w:sz w:val="18"/></w:rPr>')
          + _style("Kommentartekst", "annotation text")
          + _style("Pladsholdertekst", "Placeholder Text", kind="character", extra='<w:rPr><w:color w:val="808080"/></w:rPr>', based=None)
          + _style("Fodnotehenvisning", "footnote reference", kind="character", extra='<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', based=None)
          + _style("Slutnotehenvisning", "endnote reference", kind="character", extra='<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', based=None)
          + _style("Kommentarhenvisning", "annotation reference", kind="character", extra='<w:rPr><w:sz w:val="16"/></w:rPr>', based=None)
          + '<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/></w:style>'
          + "</w:styles>")

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:numbering {W_NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
             '</w:numbering>')


# =====================================================================================================
# ODT
# =====================================================================================================

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
          'xmlns:xforms="http://www.w3.org/2002/xforms" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
          'office:version="1.3"')


def ot(text: str) -> str:
    """Text with tabs and soft line breaks as ODF elements; runs of spaces as text:s."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<text:line-break/>")
        for j, seg in enumerate(line.split("\t")):
            if j:
                out.append("<text:tab/>")
            out.append(escape(seg))
    return "".join(out)


class Odt:
    def __init__(self, title: str):
        self.title = title
        self.body: list[str] = []
        self.header = ""
        self.header_first = ""
        self.footer = ""
        self.changes: list[str] = []
        self.forms: list[str] = []
        self._id = 0

    def nid(self) -> int:
        self._id += 1
        return self._id

    def p(self, inner: str, style: str = "Standard") -> str:
        return f'<text:p text:style-name="{style}">{inner}</text:p>'

    def h(self, text: str, level: int = 1) -> str:
        return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{ot(text)}</text:h>'

    def bold(self, text: str) -> str:
        return f'<text:span text:style-name="Tbold">{ot(text)}</text:span>'

    def hidden(self, text: str) -> str:
        return f'<text:span text:style-name="Thidden">{ot(text)}</text:span>'

    def deletion(self, deleted_paragraphs_xml: str) -> str:
        cid = f"ct{self.nid()}"
        self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion><office:change-info>'
                            f'<dc:creator>{AUTHORS[self._id % 5]}</dc:creator><dc:date>2026-03-05T10:00:00</dc:date>'
                            f'</office:change-info>{deleted_paragraphs_xml}</text:deletion></text:changed-region>')
        return f'<text:change text:change-id="{cid}"/>'

    def insertion(self, inner: str) -> str:
        cid = f"ct{self.nid()}"
        self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion><office:change-info>'
                            f'<dc:creator>{AUTHORS[self._id % 5]}</dc:creator><dc:date>2026-03-05T10:05:00</dc:date>'
                            '</office:change-info></text:insertion></text:changed-region>')
        return f'<text:change-start text:change-id="{cid}"/>{inner}<text:change-end text:change-id="{cid}"/>'

    def frame(self, paragraphs_xml: str, w: float = 7.5, hgt: float = 3.5) -> str:
        n = self.nid()
        return (f'<draw:frame draw:style-name="fr1" draw:name="Ramme{n}" text:anchor-type="paragraph" '
                f'svg:x="9cm" svg:y="0cm" svg:width="{w}cm" draw:z-index="{n}"><draw:text-box fo:min-height="{hgt}cm">'
                f"{paragraphs_xml}</draw:text-box></draw:frame>")

    def control_text(self, name: str, value: str | None) -> str:
        n = self.nid()
        cur = f' form:current-value="{escape(value)}" form:value="{escape(value)}"' if value else ""
        self.forms.append(f'<form:text form:name="{name}" form:control-implementation="ooo:com.sun.star.form.component.TextField" '
                          f'xml:id="control{n}" form:id="control{n}"{cur}><form:properties/></form:text>')
        return (f'<draw:control text:anchor-type="as-char" svg:y="-0.4cm" svg:width="9cm" svg:height="0.6cm" '
                f'draw:control="control{n}"/>')

    def control_checkbox(self, name: str, label: str, checked: bool) -> str:
        n = self.nid()
        state = "checked" if checked else "unchecked"
        self.forms.append(f'<form:checkbox form:name="{name}" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" '
                          f'xml:id="control{n}" form:id="control{n}" form:label="{escape(label)}" form:current-state="{state}" '
                          f'form:state="{state}" form:image-position="center"><form:properties/></form:checkbox>')
        return (f'<draw:control text:anchor-type="as-char" svg:y="-0.4cm" svg:width="6cm" svg:height="0.5cm" '
                f'draw:control="control{n}"/>')

    @staticmethod
    def table(rows: list[list], ncols: int, name: str = "Tabel1") -> str:
        """A cell is XML paragraphs or dict(xml=..., span=n, covered=True)."""
        out = [f'<table:table table:name="{name}" table:style-name="Tbl">'
               f'<table:table-column table:number-columns-repeated="{ncols}"/>']
        for row in rows:
            out.append("<table:table-row>")
            for cell in row:
                if isinstance(cell, str):
                    cell = {"xml": cell}
                if cell.get("covered"):
                    out.append("<table:covered-table-cell/>")
                    continue
                span = cell.get("span", 1)
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                vs = f' table:number-rows-spanned="{cell["rows"]}"' if cell.get("rows") else ""
                out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{sp}{vs}>'
                           f'{cell["xml"] or "<text:p/>"}</table:table-cell>')
                for _ in range(span - 1):
                    out.append("<table:covered-table-cell/>")
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def save(self, path) -> None:
        auto = ('<office:automatic-styles>'
                '<style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
                '<style:style style:name="Thidden" style:family="text"><style:text-properties text:display="none"/></style:style>'
                '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
                '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
                '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="0.5pt solid #000000" style:wrap="parallel"/></style:style>'
                '</office:automatic-styles>')
        tc = f'<text:tracked-changes text:track-changes="true">{"".join(self.changes)}</text:tracked-changes>' if self.changes else ""
        forms = f'<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="Formular" form:apply-filter="true" form:command-type="table" form:control-implementation="ooo:com.sun.star.form.component.Form">{"".join(self.forms)}</form:form></office:forms>' if self.forms else ""
        content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>{auto}'
                   f'<office:body><office:text>{forms}{tc}{"".join(self.body)}</office:text></office:body></office:document-content>')
        hf = ""
        if self.header:
            hf += f"<style:header>{self.header}</style:header>"
        if self.header_first:
            hf += f"<style:header-first>{self.header_first}</style:header-first>"
        if self.footer:
            hf += f"<style:footer>{self.footer}</style:footer>"
        styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}><office:styles>'
                  '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
                  '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
                  '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
                  '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
                  '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8pt"/></style:style>'
                  '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
                  '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
                  '<style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout></office:automatic-styles>'
                  f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hf}</style:master-page></office:master-styles></office:document-styles>')
        meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
                f'<dc:title>{escape(self.title)}</dc:title><meta:generator>LibreOffice/24.2.7.2$Linux_X86_64</meta:generator>'
                '<meta:creation-date>2026-03-02T09:00:00</meta:creation-date></office:meta></office:document-meta>')
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        with zipfile.ZipFile(path, "w") as z:
            zi = zipfile.ZipInfo("mimetype", ZDATE)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, b"application/vnd.oasis.opendocument.text")
            for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                               ("META-INF/manifest.xml", manifest)):
                zi = zipfile.ZipInfo(name, ZDATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data.encode("utf-8"))
