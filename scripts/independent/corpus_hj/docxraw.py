"""A small DOCX writer that works on the WordprocessingML directly.

python-docx cannot write fields with cached results, legacy form fields, hidden runs,
footnotes/endnotes, text boxes (DrawingML with VML fallback, or VML only), tracked changes,
first-page headers or vertically merged cells without fiddling; this module writes the XML.
Everything is deterministic (fixed timestamps in the package), so one seed gives the same bytes.
"""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

NS = (
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
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 wp14"'
)
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
EN_SPACES = "\u2002" * 5  # Word's result of an empty FORMTEXT field


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def rpr(b=False, i=False, u=False, vanish=False, sz=None, color=None, style=None, caps=False) -> str:
    x = ""
    if style:
        x += f'<w:rStyle w:val="{style}"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if i:
        x += "<w:i/>"
    if caps:
        x += "<w:caps/>"
    if vanish:
        x += "<w:vanish/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if u:
        x += '<w:u w:val="single"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def r(text: str, **kw) -> str:
    """A run; '\t' becomes w:tab, '\n' becomes w:br (a soft line break inside the paragraph)."""
    props = rpr(**kw)
    out = []
    buf = ""
    for ch in text:
        if ch in "\t\n":
            if buf:
                out.append(_t(buf))
                buf = ""
            out.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf += ch
    if buf:
        out.append(_t(buf))
    return f"<w:r>{props}{''.join(out)}</w:r>"


def br() -> str:
    return "<w:r><w:br/></w:r>"


def page_break() -> str:
    return '<w:r><w:br w:type="page"/></w:r>'


def fld(instr: str, result: str, ffdata: str = "", **kw) -> str:
    """A complex field: begin, code, separate, cached result, end."""
    props = rpr(**kw)
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin">{ffdata}</w:fldChar></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(result, **kw)}'
            f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>')


def mergefield(name: str, result: str | None = None, **kw) -> str:
    """MERGEFIELD; an unmerged field shows «Name»."""
    return fld(f"MERGEFIELD {name} \\* MERGEFORMAT", result if result is not None else f"«{name}»", **kw)


def formtext(name: str, value: str | None, **kw) -> str:
    ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:textInput/></w:ffData>')
    return fld("FORMTEXT", value if value else EN_SPACES, ffdata=ff, **kw)


def formcheck(name: str, checked: bool) -> str:
    ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox></w:ffData>')
    return (f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


PLACEHOLDER = "Klik eller tryk her for at skrive tekst."
_sdt_id = [-1700000000]


def sdt(alias: str, text: str | None, **kw) -> str:
    """A plain-text content control; without text it shows Word's placeholder (w:showingPlcHdr)."""
    _sdt_id[0] += 7919
    if text is None:
        body = f'<w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>{_t(PLACEHOLDER)}</w:r>'
        flag = "<w:showingPlcHdr/>"
    else:
        body = r(text, **kw)
        flag = ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
            f'<w:id w:val="{_sdt_id[0]}"/>{flag}<w:text/></w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def fldsimple(instr: str, result: str, **kw) -> str:
    return f'<w:fldSimple w:instr=" {escape(instr, {chr(34): "&quot;"})} ">{r(result, **kw)}</w:fldSimple>'


def deleted(text: str, author="Sagsbehandler", date="2026-02-03T10:12:00Z", rid=900) -> str:
    return (f'<w:del w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def inserted(text: str, author="Sagsbehandler", date="2026-02-03T10:12:00Z", rid=901, **kw) -> str:
    return f'<w:ins w:id="{rid}" w:author="{escape(author)}" w:date="{date}">{r(text, **kw)}</w:ins>'


def p(*runs: str, style=None, tabs=None, num=None, jc=None, ind=None, after=None, before=None,
      keep_next=False, sect: str | None = None, rpr_mark: str = "") -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if num:
        num_id, lvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if tabs:
        ppr += "<w:tabs>" + "".join(
            f'<w:tab w:val="{k}" w:pos="{pos}"/>' for k, pos in tabs) + "</w:tabs>"
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 160}"/>'
    if ind:
        left, hanging = ind
        ppr += f'<w:ind w:left="{left}"' + (f' w:hanging="{hanging}"' if hanging else "") + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if rpr_mark:
        ppr += rpr_mark
    if sect:
        ppr += sect
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


BORDERLESS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
              '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
GRID = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')


def tc(content: str, width: int, span: int = 1, vmerge: str | None = None, shade: str | None = None) -> str:
    """A cell; content is paragraph XML (must hold at least one w:p). vmerge: 'restart' | 'cont'."""
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if "<w:p" not in content[-400:] and not content.endswith("</w:p>"):
        content = content + "<w:p/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def tbl(rows: list[list[str]], grid: list[int], borders: str = BORDERLESS) -> str:
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    body = "".join(f"<w:tr>{''.join(cells)}</w:tr>" for cells in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/>{borders}'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>'
            f"<w:tblGrid>{g}</w:tblGrid>{body}</w:tbl>")


_shape_id = [1025]


def textbox(paras: str, *, vml_fallback: bool = True, vml_only: bool = False, left_pt=300, top_pt=0,
            width_pt=180, height_pt=110, name="Tekstfelt") -> str:
    """A floating text box anchored in a run: DrawingML (mc:Choice) + VML fallback, or VML only."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    emu = 12700
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="{name} {sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;'
           f'height:{height_pt}pt;z-index:{sid};mso-position-horizontal-relative:margin;'
           f'mso-position-vertical-relative:text;mso-fit-shape-to-text:t" fillcolor="#f2f2f2" strokecolor="#7f7f7f" strokeweight=".5pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="square"/></v:shape></w:pict>')
    if vml_only:
        return f"<w:r>{vml}</w:r>"
    dml = (f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
           f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>{left_pt * emu}'
           f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{top_pt * emu}'
           f'</wp:posOffset></wp:positionV><wp:extent cx="{width_pt * emu}" cy="{height_pt * emu}"/>'
           f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
           f'<wp:docPr id="{sid}" name="{name} {sid}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
           f'<a:ext cx="{width_pt * emu}" cy="{height_pt * emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
           f'</a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350">'
           f'<a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
           f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
           f'</wp:anchor></w:drawing>')
    if not vml_fallback:
        return f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice></mc:AlternateContent></w:r>'
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


STYLES = HDR + f'''<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>
<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="da-DK" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidefod"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Fodnotetekst"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Fodnotehenvisning"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Slutnotetekst"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Slutnotehenvisning"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="Tabel-Normal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

NUMBERING = HDR + f'''<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>'''

SETTINGS = HDR + f'''<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="da-DK"/></w:settings>'''


class Doc:
    """Collects body XML, notes, headers and footers, and writes a .docx package."""

    def __init__(self, title: str = "", author: str = "Sagsbehandler"):
        self.body: list[str] = []
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self.parts: dict[str, str] = {}  # headerN.xml / footerN.xml -> xml
        self.rels: list[tuple[str, str, str]] = []
        self.title = title
        self.author = author

    def add(self, *xml: str) -> None:
        self.body.extend(xml)

    def footnote(self, text: str) -> str:
        fid = len(self.footnotes) + 1
        paras = "".join(
            p(*( [f'<w:r>{rpr(style="Fodnotehenvisning")}<w:footnoteRef/></w:r>', r(" ")] if i == 0 else []),
              r(line), style="Fodnotetekst") for i, line in enumerate(text.split("\n\n")))
        self.footnotes.append(f'<w:footnote w:id="{fid}">{paras}</w:footnote>')
        return f'<w:r>{rpr(style="Fodnotehenvisning")}<w:footnoteReference w:id="{fid}"/></w:r>'

    def endnote(self, text: str) -> str:
        eid = len(self.endnotes) + 1
        paras = "".join(
            p(*( [f'<w:r>{rpr(style="Slutnotehenvisning")}<w:endnoteRef/></w:r>', r(" ")] if i == 0 else []),
              r(line), style="Slutnotetekst") for i, line in enumerate(text.split("\n\n")))
        self.endnotes.append(f'<w:endnote w:id="{eid}">{paras}</w:endnote>')
        return f'<w:r>{rpr(style="Slutnotehenvisning")}<w:endnoteReference w:id="{eid}"/></w:r>'

    def _part(self, kind: str, paras: str) -> str:
        n = sum(1 for k in self.parts if k.startswith(kind)) + 1
        name = f"{kind}{n}.xml"
        tag = "hdr" if kind == "header" else "ftr"
        self.parts[name] = HDR + f"<w:{tag} {NS}>{paras}</w:{tag}>"
        rid = f"rIdX{len(self.rels) + 1}"
        self.rels.append((rid, kind, name))
        return rid

    def sectpr(self, *, first_header: str | None = None, header: str | None = None,
               footer: str | None = None, first_footer: str | None = None, new_page=True,
               landscape=False) -> str:
        refs = ""
        title_pg = False
        if header is not None:
            refs += f'<w:headerReference w:type="default" r:id="{self._part("header", header)}"/>'
        if first_header is not None:
            refs += f'<w:headerReference w:type="first" r:id="{self._part("header", first_header)}"/>'
            title_pg = True
        if footer is not None:
            refs += f'<w:footerReference w:type="default" r:id="{self._part("footer", footer)}"/>'
        if first_footer is not None:
            refs += f'<w:footerReference w:type="first" r:id="{self._part("footer", first_footer)}"/>'
            title_pg = True
        typ = "" if new_page else '<w:type w:val="continuous"/>'
        size = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape
                else '<w:pgSz w:w="11906" w:h="16838"/>')
        return (f"<w:sectPr>{refs}{typ}{size}<w:pgMar w:top=\"1701\" w:right=\"1134\" w:bottom=\"1701\" "
                f"w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                f"{'<w:titlePg/>' if title_pg else ''}</w:sectPr>")

    def save(self, path: str, final_sect: str | None = None) -> None:
        final_sect = final_sect or self.sectpr()
        doc = HDR + f"<w:document {NS}><w:body>{''.join(self.body)}{final_sect}</w:body></w:document>"
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0">'
               '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        fn = HDR + f"<w:footnotes {NS}>{sep}{''.join(self.footnotes)}</w:footnotes>"
        en = HDR + f"<w:endnotes {NS}>{sep.replace('footnote', 'endnote')}{''.join(self.endnotes)}</w:endnotes>"
        ct = (HDR + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
        for name in self.parts:
            kind = "header" if name.startswith("header") else "footer"
            ct += (f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
                   f'wordprocessingml.{kind}+xml"/>')
        ct += "</Types>"
        R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        rels = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                f'<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/>'
                "</Relationships>")
        drels = (HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>'
                 f'<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>'
                 f'<Relationship Id="rId3" Type="{R}/numbering" Target="numbering.xml"/>'
                 f'<Relationship Id="rId4" Type="{R}/footnotes" Target="footnotes.xml"/>'
                 f'<Relationship Id="rId5" Type="{R}/endnotes" Target="endnotes.xml"/>')
        for rid, kind, name in self.rels:
            drels += f'<Relationship Id="{rid}" Type="{R}/{kind}" Target="{name}"/>'
        drels += "</Relationships>"
        core = (HDR + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created>'
                "</cp:coreProperties>")
        app = (HDR + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               "<Application>Microsoft Office Word</Application></Properties>")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels),
                               ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels),
                               ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
                               ("word/numbering.xml", NUMBERING), ("word/footnotes.xml", fn),
                               ("word/endnotes.xml", en), ("docProps/core.xml", core), ("docProps/app.xml", app),
                               *[(f"word/{k}", v) for k, v in self.parts.items()]]:
                zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
