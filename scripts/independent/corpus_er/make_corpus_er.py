#!/usr/bin/env python3
"""Corpus er: mentor agreements, decisions and Min Plan entries written the way municipal Word
templates are built, with the WordprocessingML written by hand (no python-docx): content controls,
legacy form fields, text boxes with VML fallback, shapes with text, header/footer-only blocks
(first-page and even-page headers too), tracked changes, comments, checkbox rows, fields split over
runs, merged table cells, numbered heading styles and column sections. Some are converted to PDF
and ODT with LibreOffice.

    /work/main/.venv/bin/python make_corpus_er.py --out /work/corpora/er [--seed 5]
"""
from __future__ import annotations

import argparse
import itertools
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."
EMPTY_FORM = "\u2002" * 5
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
      'mc:Ignorable="w14 wp14"')


# ----------------------------------------------------------------------------- XML building
class Doc:
    """One WordprocessingML package under construction."""

    def __init__(self, rnd: random.Random, author: str):
        self.r = rnd
        self.body: list[str] = []
        self.headers: dict[str, list[str]] = {}   # type -> paragraphs xml
        self.footers: dict[str, list[str]] = {}
        self.comments: list[str] = []
        self.ids = 100
        self.author = author
        self.tracked = False
        self.commented = False
        self.sect_cols_used = False

    def nid(self) -> int:
        self.ids += 1
        return self.ids

    # --- runs
    def run(self, text: str, bold=False, italic=False, style=None, split=False) -> str:
        if not text:
            return ""
        parts = [text]
        if split and len(text) > 6:
            # Word's rsid splitting: a word cut into several runs
            cut = sorted(self.r.sample(range(1, len(text)), min(2, len(text) - 1)))
            parts = [text[i:j] for i, j in zip([0] + cut, cut + [len(text)])]
        out = []
        for i, p in enumerate(parts):
            rpr = ""
            if bold or italic or style:
                rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + \
                      ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
            pe = '<w:proofErr w:type="spellStart"/>' if split and i == 1 and self.r.random() < .4 else ""
            out.append(f'{pe}<w:r w:rsidR="00{self.r.randint(100000, 999999)}">{rpr}'
                       f'<w:t xml:space="preserve">{escape(p)}</w:t></w:r>')
        return "".join(out)

    def p(self, inner: str, style: str | None = None, num: tuple | None = None, jc=None,
          sect: str | None = None) -> str:
        ppr = ""
        if style or num or jc or sect:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
                  (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "") + \
                  (f'<w:jc w:val="{jc}"/>' if jc else "") + (sect or "") + "</w:pPr>"
        return f"<w:p>{ppr}{inner}</w:p>"

    def para(self, text: str, **kw) -> str:
        split = kw.pop("split", self.r.random() < .35)
        bold = kw.pop("bold", False)
        italic = kw.pop("italic", False)
        return self.p(self.run(text, bold=bold, italic=italic, split=split), **kw)

    def label_para(self, label: str, value_xml: str, sep=": ") -> str:
        return self.p(self.run(label + sep, bold=True) + value_xml)

    # --- content controls
    def sdt_inline(self, alias: str, value: str | None, kind="text") -> str:
        sid = self.nid()
        if value is None:
            pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/><w:id w:val="{sid}"/>' \
                 f'<w:showingPlcHdr/><w:text/>'
            content = f'<w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r>'
        else:
            extra = "<w:text w:multiLine=\"1\"/>" if kind == "text" else kind
            pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/><w:id w:val="{sid}"/>{extra}'
            content = self.run(value)
        return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def sdt_block(self, alias: str, paras: list[str] | None) -> str:
        sid = self.nid()
        if paras is None:
            pr = f'<w:alias w:val="{alias}"/><w:id w:val="{sid}"/><w:showingPlcHdr/>'
            content = f'<w:p><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r></w:p>'
        else:
            pr = f'<w:alias w:val="{alias}"/><w:id w:val="{sid}"/><w:richText/>'
            content = "".join(self.para(t) for t in paras)
        return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def sdt_date(self, d: dt.date) -> str:
        sid = self.nid()
        return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w:date w:fullDate="{d.isoformat()}T00:00:00Z">'
                f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/><w:storeMappedDataAs w:val="dateTime"/>'
                f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{self.run(dk_date(d))}'
                f'</w:sdtContent></w:sdt>')

    def checkbox(self, checked: bool) -> str:
        sid = self.nid()
        ch = "☒" if checked else "☐"
        return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
                f'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')

    def checkbox_row(self, label: str, options: list[str], checked: int | None) -> str:
        inner = self.run(label + ": ", bold=True)
        for i, o in enumerate(options):
            inner += self.checkbox(i == checked) + self.run(" " + o + ("   " if i < len(options) - 1 else ""))
        return self.p(inner)

    # --- legacy form fields
    def formtext(self, value: str | None, name: str) -> str:
        res = EMPTY_FORM if value is None else value
        res_runs = self.run(res, split=value is not None and self.r.random() < .5)
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{res_runs}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def formcheck(self, checked: bool, name: str) -> str:
        c = "<w:checked/>" if checked else ""
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{c}</w:checkBox>'
                f'</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'
                f'</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def field(self, instr: str, result: str) -> str:
        """A complex field whose instruction and result are both spread over several runs."""
        half = max(1, len(instr) // 2)
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve">{escape(instr[:half])}</w:instrText></w:r>'
                f'<w:r><w:instrText xml:space="preserve">{escape(instr[half:])}</w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{self.run(result, split=True)}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    # --- tracked changes and comments
    def ins(self, text: str) -> str:
        self.tracked = True
        return (f'<w:ins w:id="{self.nid()}" w:author="{escape(self.author)}" w:date="2026-02-11T09:1{self.r.randint(0,9)}:00Z">'
                f'{self.run(text)}</w:ins>')

    def dele(self, text: str) -> str:
        self.tracked = True
        return (f'<w:del w:id="{self.nid()}" w:author="{escape(self.author)}" w:date="2026-02-11T09:2{self.r.randint(0,9)}:00Z">'
                f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')

    def comment(self, inner: str, text: str) -> str:
        cid = len(self.comments)
        self.commented = True
        self.comments.append(
            f'<w:comment w:id="{cid}" w:author="{escape(self.author)}" w:date="2026-02-12T13:0{cid % 10}:00Z" '
            f'w:initials="{"".join(x[0] for x in self.author.split()[:2])}"><w:p><w:pPr><w:pStyle w:val="Kommentartekst"/>'
            f'</w:pPr><w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:annotationRef/></w:r>'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>')
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="Kommentarhenvisning"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    # --- drawings
    def box(self, paras: list[str], shape: str | None = None, height_lines: int = 4) -> str:
        """A text box (shape=None) or a preset shape with text; DrawingML with VML fallback."""
        n = self.nid()
        inner = "".join(paras)
        cx, cy = 5600000, 260000 * (height_lines + 1)
        txbox = ' txBox="1"' if shape is None else ""
        geom = shape or "rect"
        fill = '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' if shape is None else \
               '<a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill>'
        vtype = "#_x0000_t202" if shape is None else "#_x0000_t176"
        w_pt, h_pt = cx / 12700, cy / 12700
        choice = (f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                  f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                  f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
                  f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                  f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                  f'<wp:docPr id="{n}" name="{"Tekstboks" if shape is None else "Figur"} {n}"/><wp:cNvGraphicFramePr/>'
                  f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                  f'<wps:wsp><wps:cNvSpPr{txbox}/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
                  f'</a:xfrm><a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>{fill}<a:ln w="6350"><a:solidFill>'
                  f'<a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner}'
                  f'</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" '
                  f'tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
                  f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
        fallback = (f'<w:pict><v:shape id="_x0000_s{n}" type="{vtype}" style="position:absolute;margin-left:0;'
                    f'margin-top:0;width:{w_pt:.0f}pt;height:{h_pt:.0f}pt;z-index:{n};mso-wrap-style:square" '
                    f'fillcolor="white" strokeweight=".5pt"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>'
                    f'{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>')
        return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
                f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r></w:p>')

    # --- tables
    def table(self, rows: list[list], widths: list[int], header_span: str | None = None) -> str:
        """rows: list of cells; a cell is xml-string-of-paragraphs, or ("vmerge-restart", xml) /
        ("vmerge", None) / ("span", n, xml)."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="0" w:type="auto"/>'
               f'<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               f'<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               f'<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
               f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        if header_span:
            out.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{sum(widths)}" w:type="dxa"/><w:gridSpan w:val="{len(widths)}"/>'
                       f'<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>'
                       f'{self.para(header_span, bold=True, split=False)}</w:tc></w:tr>')
        for row in rows:
            cells = []
            for i, c in enumerate(row):
                w = widths[min(i, len(widths) - 1)]
                if isinstance(c, tuple) and c[0] == "vmerge-restart":
                    cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vMerge w:val="restart"/></w:tcPr>{c[1]}</w:tc>')
                elif isinstance(c, tuple) and c[0] == "vmerge":
                    cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vMerge/></w:tcPr><w:p/></w:tc>')
                elif isinstance(c, tuple) and c[0] == "span":
                    cells.append(f'<w:tc><w:tcPr><w:gridSpan w:val="{c[1]}"/></w:tcPr>{c[2]}</w:tc>')
                else:
                    cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{c or "<w:p/>"}</w:tc>')
            out.append("<w:tr>" + "".join(cells) + "</w:tr>")
        out.append("</w:tbl>")
        return "".join(out) + "<w:p/>"

    def page_break(self) -> str:
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

    def cols_section(self, cols: int) -> str:
        """A paragraph that ends a section; the section *before* it gets `cols` columns."""
        self.sect_cols_used = True
        return self.p("", sect=f'<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                                f'<w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" w:header="708" '
                                f'w:footer="708" w:gutter="0"/><w:cols w:num="{cols}" w:space="567"/></w:sectPr>')

    # --- package
    def save(self, path: Path, template=False) -> None:
        hdr_rels, sect_refs, ct_over = [], [], []
        rid = 10
        for kind, store, tag in (("header", self.headers, "hdr"), ("footer", self.footers, "ftr")):
            for typ, paras in store.items():
                rid += 1
                name = f"{kind}{rid}.xml"
                hdr_rels.append((f"rId{rid}", kind, name, tag, paras))
                sect_refs.append(f'<w:{kind}Reference w:type="{typ}" r:id="rId{rid}"/>')
        title_pg = "<w:titlePg/>" if "first" in self.headers or "first" in self.footers else ""
        final_sect = (f'<w:sectPr>{"".join(sect_refs)}<w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                      f'<w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" w:header="708" '
                      f'w:footer="708" w:gutter="0"/><w:cols w:space="708"/>{title_pg}</w:sectPr>')
        if not self.sect_cols_used:
            final_sect = final_sect.replace('<w:type w:val="continuous"/>', "")
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
                    f'{"".join(self.body)}{final_sect}</w:body></w:document>')
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        if self.comments:
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        main_ct = ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" if template
                   else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        over = [f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/>',
                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
                '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        if self.comments:
            over.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        parts = {}
        for rid_, kind, name, tag, paras in hdr_rels:
            rels.append(f'<Relationship Id="{rid_}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{name}"/>')
            over.append(f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
            parts[f"word/{name}"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>'
                                     f'{"".join(paras) or "<w:p/>"}</w:{tag}>')
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:zoom w:percent="100"/>'
                    + ("<w:trackRevisions/>" if self.tracked else "")
                    + ("<w:evenAndOddHeaders/>" if "even" in self.headers or "even" in self.footers else "")
                    + '<w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/>'
                      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                      '<w:themeFontLang w:val="da-DK"/></w:settings>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                       '<Default Extension="xml" ContentType="application/xml"/>' + "".join(over) + "</Types>")
            z.writestr("_rels/.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                       '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                       '</Relationships>')
            z.writestr("docProps/core.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                       'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                       f'<dc:creator>{escape(self.author)}</dc:creator><cp:lastModifiedBy>{escape(self.author)}</cp:lastModifiedBy>'
                       '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T08:00:00Z</dcterms:created></cp:coreProperties>')
            z.writestr("word/document.xml", document)
            z.writestr("word/_rels/document.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       + "".join(rels) + "</Relationships>")
            z.writestr("word/styles.xml", STYLES)
            z.writestr("word/numbering.xml", NUMBERING)
            z.writestr("word/settings.xml", settings)
            if self.comments:
                z.writestr("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>'
                           + "".join(self.comments) + "</w:comments>")
            for name, xml in parts.items():
                z.writestr(name, xml)


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>
<w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Overskrift1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="KommuneAfsnit"><w:name w:val="Kommune Afsnit"/><w:basedOn w:val="Overskrift2"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Sidefod"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Kommentartekst"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Kommentarhenvisning"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>'''


# ----------------------------------------------------------------------------- content pools
def dk_date(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def fmt_range(r: random.Random, a: dt.date, b: dt.date) -> str:
    style = r.randrange(7)
    if style == 0:
        return f"{dk_date(a)} – {dk_date(b)}"
    if style == 1:
        return f"{a:%d.%m.%Y}-{b:%d.%m.%Y}"
    if style == 2:
        return f"{a.day}/{a.month}-{a.year} til {b.day}/{b.month}-{b.year}"
    if style == 3:
        return f"f.o.m. {dk_date(a)} t.o.m. {dk_date(b)}"
    if style == 4:
        return f"fra den {dk_date(a)} til den {dk_date(b)}"
    if style == 5:
        return f"{a:%d-%m-%Y} – {b:%d-%m-%Y}"
    return f"{a.isoformat()} til {b.isoformat()}"


KOMMUNER = ["Viborg", "Holstebro", "Silkeborg", "Guldborgsund", "Hjørring", "Kolding", "Næstved",
            "Frederikssund", "Svendborg", "Ikast-Brande", "Vordingborg", "Faaborg-Midtfyn", "Skive",
            "Lolland", "Randers", "Kalundborg"]
FORNAVNE = ["Mette", "Jonas", "Aisha", "Kasper", "Line", "Omar", "Signe", "Rasmus", "Fatima", "Nikolaj",
            "Camilla", "Mikkel", "Yasmin", "Patrick", "Louise", "Emil", "Sara", "Tobias", "Nadia", "Frederik"]
EFTERNAVNE = ["Nørgaard", "Kristensen", "Hussein", "Lauridsen", "Bach", "Yilmaz", "Holm", "Thomsen",
              "Abdi", "Mikkelsen", "Dam", "Vestergaard", "Karimi", "Lund", "Skov", "Brandt"]
MENTORER = [("Lars Østergaard", "Jobhuset Midt"), ("Birgitte Kjær", "Mentorteamet"), ("Henrik Mose", "Brobyggerne ApS"),
            ("Susanne Friis", "Ungeenheden"), ("Ali Demir", "Bydelsmentorerne"), ("Trine Ravn", "Virksomhedsservice"),
            ("Peter Aagaard", "Kompetencecenter Syd"), ("Marianne Qvist", "Beskæftigelsesenheden"),
            ("Jesper Bundgaard", "Mentorhuset"), ("Karen Hvid", "Aktivcentret"), ("Niels Ebbesen", "Socialt Frikort-teamet"),
            ("Dorthe Lyng", "Uddannelseshuset")]
SAGSBEH = ["Anne Marie Wind", "Søren Lykke", "Helle Bjerre", "Claus Fog", "Pia Skaarup", "Morten Graa"]

GOALS_CLEAR = [
    "{n} er i virksomhedspraktik hos Netto i {by} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{n} starter på grundforløb 1 (GF1) på erhvervsskolen {d} og møder mindst fire dage om ugen.",
    "{n} har fået ordinære løntimer, mindst 12 timer om ugen, i en lagerstilling inden {d}.",
    "{n} gennemfører FVU-dansk trin 2 på VUC og møder til 90 % af undervisningen frem til {d}.",
    "{n} er i fleksjob som køkkenmedhjælper i en kantine, 10 timer om ugen, senest {d}.",
    "{n} er startet på SOSU-hjælperuddannelsen {d} og har ikke ulovligt fravær de første otte uger.",
    "{n} møder stabilt i praktikken på genbrugspladsen tre dage om ugen og har afklaret et løntilskudsjob inden {d}.",
    "{n} fastholder sit job som pedelmedhjælper 20 timer om ugen og har under to sygedage om måneden frem til {d}.",
    "{n} har søgt optagelse på HF-enkeltfag og møder til studiestart {d}.",
    "{n} gennemfører AMU-kurset i truckcertifikat og er i praktik hos en vognmand senest {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "{n} skal have mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {n} kommer tættere på arbejdsmarkedet.",
    "Øget trivsel, motivation og mestring af egen situation.",
    "Hjælp til at få styr på hverdagen.",
    "{n} skal arbejde med sin motivation og komme godt videre i livet.",
]
TASKS = [
    "Følge {n} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og arbejdstider",
    "Hjælpe med at lægge en ugeplan og holde den",
    "Være bindeled til kontaktpersonen på arbejdspladsen",
    "Hjælpe med post fra e-Boks og aftaler med kommunen",
    "Øve transporten med bus til skolen",
    "Tage med til det første møde med studievejlederen",
    "Sparre om fravær og sygemelding, så {n} ringer ind selv",
    "Hjælpe med at finde en fritidsjob-annonce og skrive ansøgningen",
    "Støtte ved kontakt til egen læge og behandler, så aftaler holdes",
]
FOLLOWUPS = [
    "Statusmøde med mentor, {n} og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
    "Mentor sender en kort statusrapport hver 3. måned. Progression måles på fremmøde i praktikken (delmål: fire dage om ugen).",
    "Vi følger op ved et opfølgningsmøde efter 6 uger og igen fire uger før bevillingsudløb.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering sammen med {n} inden ophør. Delmål: møder til tiden tre ud af fire dage.",
    "Opfølgning hver 14. dag på telefon; fælles statusmøde hver anden måned med fokus på progression.",
]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "1½ time om ugen", "8 timer om måneden",
         "2-3 timer pr. uge", "5 timer pr. uge de første fire uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, efter aftale"]


def appeal_text(r: random.Random, kom: str, mode: str) -> list[str]:
    """mode: full | nodeadline | nobody | vague"""
    if mode == "full":
        return r.choice([
            [f"Hvis du ikke er enig i afgørelsen, skal du klage til {kom} Kommune inden fire uger efter, at du har modtaget den.",
             "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kapitel 10)."],
            [f"Du kan klage mundtligt eller skriftligt til Jobcenter {kom}. Klagen skal være modtaget senest 4 uger efter, at du har fået denne afgørelse.",
             "Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen."],
            [f"Sådan klager du: Send din klage til {kom} Kommune, Beskæftigelse, senest 4 uger fra du har modtaget brevet. "
             "Kommunen skal genvurdere sagen, og hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen."],
        ])
    if mode == "nodeadline":
        return [f"Du kan klage over afgørelsen til {kom} Kommune. Klagen sendes videre til Ankestyrelsen, hvis vi fastholder afgørelsen."]
    if mode == "nobody":
        return ["Du har mulighed for at klage inden fire uger."]
    return ["Du kan klage over afgørelsen."]


def cpr(r: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 36))
    return f"{d:%d%m%y}-{r.randrange(1000, 9999)}"


def phone(r: random.Random) -> str:
    return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


# ----------------------------------------------------------------------------- document specs
AG_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
            "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal"]


class Case:
    def __init__(self, r: random.Random):
        self.kom = r.choice(KOMMUNER)
        self.fornavn = r.choice(FORNAVNE)
        self.navn = f"{self.fornavn} {r.choice(EFTERNAVNE)}"
        self.mentor, self.firma = r.choice(MENTORER)
        self.mtlf = phone(r)
        self.mmail = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa") + "@" + \
            self.firma.lower().replace(" ", "").replace("ø", "oe").replace("å", "aa").replace("æ", "ae").replace("-", "") + ".dk"
        self.sagsbeh = r.choice(SAGSBEH)
        self.stlf = phone(r)
        self.start = dt.date(2026, r.choice([2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 15, 10]))
        self.months = r.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.goal = r.choice(GOALS_CLEAR).format(n=self.fornavn, by=self.kom, d=dk_date(add_months(self.start, 3)))
        self.tasks = [t.format(n=self.fornavn) for t in r.sample(TASKS, r.randint(2, 4))]
        self.follow = r.choice(FOLLOWUPS).format(n=self.fornavn)
        self.hours = r.choice(HOURS)
        self.cpr = cpr(r) if r.random() < .33 else None
        self.journal = f"15.02.05-G01-{r.randint(100, 999)}-26"


def pick_defects(r: random.Random, pool: list[str], clean_p=.4) -> list[str]:
    if r.random() < clean_p:
        return []
    n = min(1 if r.random() < .7 else 2, len(pool))
    d = r.sample(pool, n)
    # exclusive pairs
    if "missing-goal" in d and "unclear-goal" in d:
        d.remove("unclear-goal")
    if "missing-duration" in d and "duration-over-6-months" in d:
        d.remove("duration-over-6-months")
    return sorted(d)


def apply_period_defect(r: random.Random, c: Case, defects: list[str]) -> list[str]:
    traits = []
    if "duration-over-6-months" in defects:
        kind = r.choice(["7", "8", "9", "12", "edge"])
        if kind == "edge":
            c.end = add_months(c.start, 6)  # one day too long
            traits.append("period:one-day-over")
        else:
            c.end = add_months(c.start, int(kind)) - dt.timedelta(days=1)
            traits.append(f"period:{kind}-months")
    elif c.months == 6:
        traits.append("period:exact-six")
    return traits


_TRACK_LONGER = itertools.cycle([True, False])


# ---- agreement builder: each field rendered by a mode drawn for this document
def build_agreement(r: random.Random, c: Case, defects: list[str], layout: str) -> tuple[Doc, list[str]]:
    d = Doc(r, c.sagsbeh)
    traits: list[str] = [f"layout:{layout}"]
    traits += apply_period_defect(r, c, defects)
    period = fmt_range(r, c.start, c.end)
    B = d.body
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Samarbejdsaftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167", "Skriftlig aftale om mentorstøtte"])
    goal_val = c.goal
    if "unclear-goal" in defects:
        goal_val = r.choice(GOALS_UNCLEAR).format(n=c.fornavn)
    mentor_incomplete = False
    if "missing-mentor" in defects:
        mentor_incomplete = r.random() < .5
    appeal_mode = "full"
    if "missing-appeal-guidance" in defects:
        appeal_mode = r.choice(["absent", "nodeadline", "nobody", "vague"])
        traits.append(f"appeal:{appeal_mode}")
    hours_vague = "missing-hours" in defects and r.random() < .35
    # header/footer placements
    mentor_in_header = "missing-mentor" not in defects and r.random() < .3
    appeal_in_footer = appeal_mode == "full" and r.random() < .35
    hdr_type = r.choice(["default", "first", "even"]) if (mentor_in_header or appeal_in_footer) else "default"
    need_pages = hdr_type in ("default", "even") and (mentor_in_header or appeal_in_footer)

    # letterhead: municipality in first-page header or a text box
    lh = [d.para(f"{c.kom} Kommune", bold=True, split=False, style="Sidehoved"),
          d.para(f"Jobcenter {c.kom} · Sagsbehandler {c.sagsbeh} · tlf. {c.stlf}", split=False, style="Sidehoved")]
    if layout == "textbox":
        B.append(d.box([d.para(f"{c.kom} Kommune", bold=True, split=False),
                        d.para(f"Beskæftigelse · Sagsbehandler: {c.sagsbeh}, tlf. {c.stlf}", split=False),
                        d.para(f"J.nr. {c.journal}", split=False)], height_lines=3))
    elif not (mentor_in_header and hdr_type == "first"):
        d.headers["first" if r.random() < .5 else "default"] = lh
    B.append(d.para(title, style="Titel", split=False))

    # citizen block
    cit = [("Borger", c.navn)]
    if c.cpr:
        cit.append(("CPR-nr.", c.cpr))
        traits.append("cpr")
    cit.append(("Sagsnr.", c.journal))
    if layout == "legacy":
        B.append(d.table([[d.para(k, bold=True, split=False), d.p(d.formtext(v, f"Tekst{i}"))]
                          for i, (k, v) in enumerate(cit)], [2600, 6800], header_span="Oplysninger om borgeren"))
        traits.append("legacy-formfields")
    else:
        for k, v in cit:
            B.append(d.label_para(k, d.sdt_inline(k, v) if layout == "sdt" else d.run(v)))

    intro = r.choice([f"Aftalen er indgået mellem {c.navn}, mentor og {c.kom} Kommune.",
                      f"Denne aftale beskriver mentorstøtten til {c.fornavn}. Aftalen er lavet på opstartsmødet.",
                      "Her er det, vi aftalte på mødet, skrevet ned."])
    B.append(d.para(intro))

    # -------- field values (None = placeholder/empty, "" = absent)
    def field_state(rule):
        if rule not in defects:
            return "ok"
        return r.choice(["absent", "empty"])

    st = {k: field_state(k) for k in ("missing-goal", "missing-tasks", "missing-duration",
                                      "missing-follow-up", "missing-hours")}
    if "missing-mentor" in defects:
        st["missing-mentor"] = "incomplete" if mentor_incomplete else r.choice(["absent", "empty"])
    else:
        st["missing-mentor"] = "ok"
    if hours_vague:
        st["missing-hours"] = "vague"
    for k, v in st.items():
        if v != "ok":
            traits.append(f"{k.replace('missing-', '')}:{v}")

    mentor_lines = [f"{c.mentor}, {c.firma}", f"Tlf. {c.mtlf}", f"E-mail: {c.mmail}"]
    if st["missing-mentor"] == "incomplete":
        mentor_lines = [f"{c.mentor}, {c.firma}"]

    numbered = layout == "headings"
    secno = [0]

    def heading(text):
        secno[0] += 1
        if numbered:
            B.append(d.p(d.run(text), style="Overskrift1", num=(1, 0)))
        elif layout == "sdt" and r.random() < .5:
            B.append(d.p(d.run(text), style="KommuneAfsnit"))
        else:
            B.append(d.para(text, bold=True, split=False))

    def emit_field(key, label, values: list[str] | None, state: str, alias: str):
        """Render one field according to layout; values None -> placeholder/empty."""
        if state == "absent":
            return
        empty = state == "empty"
        mode = layout
        if mode == "mixed":
            mode = r.choice(["sdt", "legacy", "plain", "textbox", "shape", "tracked"])
        if key == "missing-duration" and mode in ("textbox", "shape"):
            mode = "plain"
        if mode == "tracked" and not empty:
            mode = "plain"
        traits.append(f"{alias}:{mode}")
        if mode == "sdt":
            if len(values or []) > 1 or r.random() < .4:
                heading(label)
                B.append(d.sdt_block(alias, None if empty else values))
            else:
                B.append(d.label_para(label, d.sdt_inline(alias, None if empty else values[0])))
        elif mode == "legacy":
            B.append(d.label_para(label, d.formtext(None if empty else "; ".join(values), alias)))
        elif mode in ("textbox", "shape"):
            heading(label)
            paras = [d.para(PLACEHOLDER if empty else v) for v in (values or [""])] if not empty else [d.para(PLACEHOLDER)]
            B.append(d.box(paras, shape=None if mode == "textbox" else r.choice(["roundRect", "flowChartAlternateProcess"]),
                           height_lines=len(paras) + 1))
        elif mode == "tracked":
            # the value was written, then replaced in review by a placeholder (tracked): the final text is empty
            B.append(d.p(d.run(label + ": ", bold=True) + d.dele(c_values[key]) + d.ins("Udfyldes senere")))
        else:  # plain / headings
            if numbered or len(values or []) > 1:
                heading(label)
                if empty:
                    B.append(d.para("Udfyldes senere" if r.random() < .5 else "-"))
                else:
                    for v in values:
                        if len(values) > 1:
                            B.append(d.p(d.run(v, split=r.random() < .3), style="Listeafsnit", num=(2, 0)))
                        else:
                            B.append(d.para(v))
            else:
                B.append(d.label_para(label, d.run("Udfyldes senere" if empty else values[0], split=True)))

    c_values = {"missing-goal": goal_val, "missing-tasks": "; ".join(c.tasks), "missing-duration": period,
                "missing-follow-up": c.follow, "missing-hours": c.hours, "missing-mentor": ", ".join(mentor_lines)}

    # goal
    emit_field("missing-goal", r.choice(["Målet med mentorstøtten", "Mål", "Formål og mål", "Hovedformål"]),
               [goal_val], st["missing-goal"], "Mål")
    # mentor
    if mentor_in_header:
        blk = [d.para(f"Din mentor: {c.mentor}", bold=True, split=False, style="Sidehoved"),
               d.p(d.run(f"{c.firma} · tlf. {c.mtlf} · ", split=False) +
                   d.field(f' HYPERLINK "mailto:{c.mmail}" ', c.mmail), style="Sidehoved")]
        htype = hdr_type
        d.headers[htype] = (d.headers.get(htype, []) if htype != "first" else lh) + blk
        traits.append(f"mentor:header-{htype}")
    elif layout == "merged" and st["missing-mentor"] in ("ok", "incomplete"):
        rows = [[("vmerge-restart", d.para("Mentor", bold=True, split=False)), d.para(mentor_lines[0])]]
        for extra in mentor_lines[1:]:
            rows.append([("vmerge", None), d.para(extra)])
        B.append(d.table(rows, [2600, 6800], header_span="Mentorens navn og kontaktdata"))
        traits.append("mentor:vmerge-table")
    elif st["missing-mentor"] == "incomplete":
        B.append(d.label_para("Mentor", d.run(mentor_lines[0])))
        traits.append("mentor:name-only")
    elif layout in ("sdt", "mixed") and st["missing-mentor"] in ("ok", "empty"):
        B.append(d.label_para("Mentor", d.sdt_inline("Mentor", None if st["missing-mentor"] == "empty" else c.mentor)))
        if st["missing-mentor"] == "ok":
            B.append(d.label_para("Kontakt", d.run(f"{c.firma}, tlf. {c.mtlf}, ") + d.field(f' HYPERLINK "mailto:{c.mmail}" ', c.mmail)))
        else:
            B.append(d.label_para("Kontakt", d.sdt_inline("Kontakt", None)))
        traits.append("mentor:sdt")
    elif layout == "legacy" and st["missing-mentor"] != "absent":
        e = st["missing-mentor"] == "empty"
        B.append(d.table([[d.para("Mentor", bold=True, split=False), d.p(d.formtext(None if e else c.mentor, "Mentor"))],
                          [d.para("Telefon", bold=True, split=False), d.p(d.formtext(None if e else c.mtlf, "Tlf"))],
                          [d.para("E-mail", bold=True, split=False), d.p(d.formtext(None if e else c.mmail, "Mail"))]],
                         [2600, 6800]))
        traits.append("mentor:formfield-table")
    elif st["missing-mentor"] != "absent":
        emit_field("missing-mentor", "Mentorens navn og kontaktdata", mentor_lines, st["missing-mentor"], "Mentor")
    # tasks
    two_col = layout == "columns"
    if two_col:
        B.append(d.cols_section(1))  # close the one-column part
    emit_field("missing-tasks", r.choice(["Mentorens opgaver", "Indsatsområder", "Det skal mentor hjælpe med"]),
               c.tasks, st["missing-tasks"], "Opgaver")
    # follow-up: checkbox rows sometimes
    if st["missing-follow-up"] != "absent" and r.random() < .35 and layout != "legacy":
        opts = ["Hver måned", "Hver 3. måned", "14 dage før ophør"]
        B.append(d.checkbox_row("Opfølgning", opts, None if st["missing-follow-up"] == "empty" else r.randrange(3)))
        traits.append("follow:checkbox-row")
    else:
        emit_field("missing-follow-up", r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                   [c.follow], st["missing-follow-up"], "Opfølgning")
    if two_col:
        B.append(d.cols_section(2))
        traits.append("two-column-section")
    # duration and hours
    if "duration-over-6-months" in defects and next(_TRACK_LONGER) and layout != "legacy":
        # the reviewer changed a lawful period to a longer one, tracked
        good = fmt_range(r, c.start, add_months(c.start, 6) - dt.timedelta(days=1))
        B.append(d.p(d.run("Periode: ", bold=True) + d.dele(good) + d.ins(period)))
        traits.append("duration:tracked-longer")
    elif "duration-over-6-months" not in defects and st["missing-duration"] == "ok" and r.random() < .2 and layout != "legacy":
        bad = fmt_range(r, c.start, add_months(c.start, 9) - dt.timedelta(days=1))
        B.append(d.p(d.run("Periode: ", bold=True) + d.dele(bad) + d.ins(period)))
        traits.append("duration:tracked-shortened")
    elif layout == "sdt" and st["missing-duration"] == "ok" and r.random() < .5:
        B.append(d.p(d.run("Periode: ", bold=True) + d.sdt_date(c.start) + d.run(" – ") + d.sdt_date(c.end)))
        traits.append("duration:date-pickers")
    else:
        emit_field("missing-duration", r.choice(["Periode", "Varighed", "Aftalen gælder"]), [period],
                   st["missing-duration"], "Periode")
    if st["missing-hours"] == "vague":
        B.append(d.label_para(r.choice(["Timetal", "Antal timer"]), d.run(r.choice(HOURS_VAGUE))))
    elif st["missing-hours"] != "absent" and r.random() < .3 and layout not in ("legacy",):
        opts = ["0-1 time pr. uge", "1-2 timer pr. uge", "Mere end 2 timer pr. uge"]
        B.append(d.checkbox_row("Timetal", opts, None if st["missing-hours"] == "empty" else r.randrange(3)))
        traits.append("hours:checkbox-row")
    else:
        emit_field("missing-hours", r.choice(["Timetal", "Antal timer", "Timer med mentor"]), [c.hours],
                   st["missing-hours"], "Timer")
    # noise: legacy checkbox row about mentor type (not a mandatory field)
    if layout == "legacy":
        B.append(d.p(d.run("Mentortype: ", bold=True) + d.formcheck(True, "Chk1") + d.run(" Tilbudsmentor  ")
                     + d.formcheck(False, "Chk2") + d.run(" Udvidet mentor")))
    # comment noise
    if layout in ("tracked", "mixed") or r.random() < .2:
        B.append(d.p(d.comment(d.run("Aftalen er gennemgået med borgeren på mødet."),
                               r.choice(["Husk underskrift fra leder", "Skal journaliseres i dag", "OK fra team"]))))
        traits.append("comment")

    # appeal
    if appeal_mode != "absent":
        lines = appeal_text(r, c.kom, appeal_mode)
        if appeal_in_footer:
            ftype = hdr_type if not mentor_in_header else r.choice(["default", "even"]) if hdr_type != "first" else "first"
            d.footers[ftype] = [d.para("Klagevejledning", bold=True, split=False, style="Sidefod")] + \
                               [d.para(t, style="Sidefod", split=False) for t in lines]
            traits.append(f"appeal:footer-{ftype}")
            need_pages = need_pages or ftype in ("default", "even")
        elif layout == "textbox" and r.random() < .5:
            B.append(d.box([d.para("Klagevejledning", bold=True, split=False)] + [d.para(t) for t in lines],
                           shape="roundRect", height_lines=len(lines) * 2 + 1))
            traits.append("appeal:shape")
        else:
            heading(r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
            for t in lines:
                B.append(d.para(t))
    if need_pages:
        B.append(d.page_break())
        B.append(d.para("Underskrifter", bold=True, split=False))
        traits.append("two-pages")
    else:
        B.append(d.para("Underskrifter", bold=True, split=False))
    B.append(d.table([[d.para("Dato / borger", split=False), d.para("Dato / mentor", split=False),
                       d.para("Dato / kommunen", split=False)], [d.para(""), d.para(""), d.para("")]],
                     [3100, 3100, 3100]))
    if not d.footers and r.random() < .5:
        d.footers["default"] = [d.p(d.run(f"{c.kom} Kommune · Side ") + d.field(" PAGE ", "1"), style="Sidefod")]
    return d, traits


# ---- decision builder
def build_decision(r: random.Random, c: Case, defects: list[str], sub: str) -> tuple[Doc, list[str]]:
    d = Doc(r, c.sagsbeh)
    traits = [f"subtype:{sub}"]
    traits += apply_period_defect(r, c, defects)
    B = d.body
    lh = [d.para(f"{c.kom} Kommune · Beskæftigelse", bold=True, split=False, style="Sidehoved"),
          d.para(f"Dato: {dk_date(c.start - dt.timedelta(days=12))} · J.nr. {c.journal}", split=False, style="Sidehoved")]
    first_hdr = r.random() < .5
    d.headers["first" if first_hdr else "default"] = lh
    B.append(d.box([d.para(c.navn, split=False), d.para("Skovvej 14, 1. th.", split=False),
                    d.para(f"{r.randint(4000, 9990)} {c.kom}", split=False)], height_lines=3)
             if r.random() < .5 else d.para(c.navn, split=False))
    if c.cpr:
        B.append(d.label_para("CPR-nr.", d.run(c.cpr)))
        traits.append("cpr")
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"],
              "refusal": ["Afslag på ansøgning om mentorstøtte", "Afgørelse: afslag på mentorstøtte"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte"]}[sub]
    B.append(d.p(d.run(r.choice(titles)), style=r.choice(["Titel", "Overskrift1"])))
    per = fmt_range(r, c.start, c.end)
    if sub == "grant":
        B.append(d.para(f"Kære {c.fornavn}"))
        B.append(d.para(f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte efter lov om en aktiv "
                        f"beskæftigelsesindsats § 167 i perioden {per}."))
        B.append(d.label_para("Timetal", d.run(c.hours)))
        B.append(d.label_para("Mentor", d.run(f"{c.mentor}, {c.firma}, tlf. {c.mtlf}")))
    elif sub == "partial":
        B.append(d.para(f"Du har søgt om mentorstøtte i 12 måneder og 6 timer om ugen."))
        B.append(d.para(f"Vi har besluttet at bevilge dig mentorstøtte i perioden {per} med {c.hours}."))
        B.append(d.para("Begrundelse", bold=True, split=False))
        B.append(d.para("Mentorstøtte kan efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen. Vi har lagt vægt på, "
                        "at du allerede har en kontaktperson i praktikken, og vurderer derfor, at færre timer er tilstrækkeligt."))
    elif sub == "refusal":
        traits = [t for t in traits if not t.startswith("period")]
        B.append(d.para("Vi har behandlet din ansøgning om mentorstøtte og giver dig afslag."))
        B.append(d.para("Begrundelse", bold=True, split=False))
        B.append(d.para("Vi vurderer, at den støtte, du har brug for, kan gives af uddannelsesstedets SPS-støtte og "
                        "studievejledning. Mentorstøtte efter LAB § 167 kan kun gives, når støtten går ud over det, "
                        "uddannelsesstedet normalt tilbyder."))
    elif sub == "extension":
        prev_a = add_months(c.start, -6)
        B.append(d.para(f"Din tidligere periode med mentorstøtte ({fmt_range(r, prev_a, c.start - dt.timedelta(days=1))}) udløber snart."))
        B.append(d.para(f"Efter en konkret vurdering forlænger vi din mentorstøtte med en ny periode: {per}. "
                        f"Du har fortsat {c.hours} med {c.mentor}."))
        B.append(d.para("Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men endnu ikke møder stabilt."))
    else:  # end
        traits = [t for t in traits if not t.startswith("period")]
        B.append(d.para(f"Din mentorstøtte hos {c.mentor} ophører den {dk_date(c.start)}."))
        B.append(d.para("Begrundelse", bold=True, split=False))
        B.append(d.para("Du er startet i ordinær uddannelse og har ikke længere behov for mentorstøtte, jf. LAB § 167."))
    # tracked-change variant: caseworker corrected the period wording (grant only)
    if sub == "grant" and r.random() < .3 and "duration-over-6-months" not in defects:
        bad_end = add_months(c.start, 12) - dt.timedelta(days=1)
        B.append(d.p(d.run("Bevillingen gælder til ") + d.dele(dk_date(bad_end)) + d.ins(dk_date(c.end)) + d.run(".")))
        traits.append("tracked-end-date")
    appeal_mode = "full"
    if "missing-appeal-guidance" in defects:
        appeal_mode = r.choice(["absent", "nodeadline", "nobody", "vague"])
        traits.append(f"appeal:{appeal_mode}")
    if appeal_mode != "absent":
        lines = appeal_text(r, c.kom, appeal_mode)
        where = r.choice(["body", "body", "footer-default", "footer-even", "footer-first"]) if appeal_mode == "full" else "body"
        if where == "body":
            B.append(d.p(d.run(r.choice(["Klagevejledning", "Sådan klager du"])), style="Overskrift2"))
            for t in lines:
                B.append(d.para(t))
        else:
            typ = where.split("-")[1]
            if typ == "first" and "first" in d.headers:
                pass
            d.footers[typ] = [d.para("Klagevejledning", bold=True, split=False, style="Sidefod")] + \
                             [d.para(t, style="Sidefod", split=False) for t in lines]
            if typ == "first":
                d.headers.setdefault("first", lh)
            traits.append(f"appeal:footer-{typ}")
            if typ in ("default", "even"):
                B.append(d.page_break())
                B.append(d.para("Praktiske oplysninger", bold=True, split=False))
                B.append(d.para(f"Har du spørgsmål, kan du kontakte {c.sagsbeh} på tlf. {c.stlf}."))
                traits.append("two-pages")
    if r.random() < .25:
        B.append(d.p(d.comment(d.run("Med venlig hilsen"), "Tjek om partshøring er nødvendig")))
        traits.append("comment")
    else:
        B.append(d.para("Med venlig hilsen"))
    B.append(d.para(f"{c.sagsbeh}, sagsbehandler", split=False))
    return d, traits


# ---- Min Plan builder
def build_minplan(r: random.Random, c: Case, defects: list[str]) -> tuple[Doc, list[str]]:
    d = Doc(r, c.sagsbeh)
    traits = ["minplan-print"]
    traits += apply_period_defect(r, c, defects)
    B = d.body
    d.headers["default"] = [d.p(d.run("Min Plan – udskrift") + d.run("   udskrevet 02-03-2026, side ") + d.field(" PAGE ", "1"),
                                style="Sidehoved")]
    B.append(d.para(r.choice(["Min Plan", "Min Plan – Mentorstøtte", "Udskrift af Min Plan"]), style="Titel", split=False))
    B.append(d.label_para("Navn", d.run(c.navn)))
    if c.cpr:
        B.append(d.label_para("CPR-nummer", d.run(c.cpr)))
        traits.append("cpr")
    goal = c.goal if "unclear-goal" not in defects else r.choice(GOALS_UNCLEAR).format(n=c.fornavn)
    per = fmt_range(r, c.start, c.end)

    def v(rule, val):
        if rule in defects:
            return r.choice([None, ""])
        return val
    rows = [("Indsats", "Mentorstøtte (LAB § 167)"),
            ("Formål", v("missing-goal", goal)),
            ("Mentor", v("missing-mentor", f"{c.mentor}, {c.firma}, tlf. {c.mtlf}")),
            ("Mentorens opgaver", v("missing-tasks", "; ".join(c.tasks))),
            ("Periode", v("missing-duration", per)),
            ("Timer pr. uge", v("missing-hours", c.hours.replace(" pr. uge", "").replace(" ugentligt", "")
                                 if "uge" in c.hours else c.hours))]
    if "missing-mentor" in defects and r.random() < .5:
        rows[2] = ("Mentor", c.mentor)  # name without contact
        traits.append("mentor:name-only")
    use_sdt = r.random() < .5
    trows = []
    for k, val in rows:
        if val == "":
            traits.append(f"{k}:absent")
            continue
        if val is None:
            cell = d.p(d.sdt_inline(k, None)) if use_sdt else d.p(d.formtext(None, k[:8]))
            traits.append(f"{k}:empty")
        else:
            cell = d.p(d.sdt_inline(k, val)) if use_sdt and r.random() < .5 else d.para(val)
        trows.append([d.para(k, bold=True, split=False), cell])
    B.append(d.table(trows, [2800, 6600], header_span="Aktivitet: Mentorstøtte"))
    traits.append("sdt-cells" if use_sdt else "formfield-cells")
    if r.random() < .4:
        fa = add_months(c.start, -2)
        B.append(d.table([[d.para("Indsats", bold=True), d.para("Forberedende grunduddannelse (FGU), PGU")],
                          [d.para("Periode", bold=True), d.para(fmt_range(r, fa, add_months(fa, 14)))],
                          [d.para("Status", bold=True), d.para("Aktiv")]], [2800, 6600], header_span="Aktivitet: Uddannelse"))
        traits.append("other-activity-long-period")
    return d, traits


# ---- unknown near misses
_TEMPLATE_VARIANT = itertools.cycle([0, 1, 2])

def build_unknown(r: random.Random, c: Case, sub: str) -> tuple[Doc, list[str]]:
    d = Doc(r, c.sagsbeh)
    B = d.body
    traits = [f"near-miss:{sub}"]
    if sub == "blank-template":
        d.headers["default"] = [d.para(f"SKABELON – {c.kom} Kommune – version 3.2", style="Sidehoved", split=False)]
        variant = next(_TEMPLATE_VARIANT)
        traits.append(f"template-variant:{variant}")
        if variant == 0:
            B.append(d.para("Skabelon: Aftale om mentorstøtte", style="Titel", split=False))
            for lab in ["Borger", "CPR-nr.", "Målet med mentorstøtten", "Mentor", "Mentorens opgaver", "Periode",
                        "Timetal", "Opfølgning"]:
                B.append(d.label_para(lab, d.sdt_inline(lab, None)))
            B.append(d.checkbox_row("Mentortype", ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"], None))
        elif variant == 1:
            B.append(d.para("Mentoraftale (tom skabelon til brevsystemet)", style="Titel", split=False))
            B.append(d.table([[d.para(lab, bold=True), d.p(d.sdt_inline(lab, None))] for lab in
                              ["Borgerens navn", "Formål", "Mentorens navn og kontaktdata", "Indsatsområder",
                               "Gyldig fra/til", "Timer pr. uge", "Status og evaluering"]],
                             [3200, 6200], header_span="Udfyldes af sagsbehandler"))
            B.append(d.checkbox_row("Timetal", ["0-1 time pr. uge", "1-2 timer pr. uge", "Mere end 2 timer pr. uge"], None))
        else:
            B.append(d.para("SKABELON – Aftale om mentorforløb", style="Titel", split=False))
            for lab in ["Mål for forløbet", "Din mentor", "Det hjælper mentor dig med", "Hvor længe", "Opfølgning"]:
                B.append(d.p(d.run(lab), style="Overskrift1", num=(1, 0)))
                B.append(d.sdt_block(lab, None))
            B.append(d.checkbox_row("Opfølgning", ["Hver måned", "Hver 3. måned", "14 dage før ophør"], None))
        d.footers["default"] = [d.para("Klagevejledning: [indsættes automatisk fra brevskabelon]", style="Sidefod")]
    elif sub == "legacy-template":
        B.append(d.para("Mentoraftale – blanket (udfyldes elektronisk)", style="Titel", split=False))
        B.append(d.table([[d.para(lab, bold=True), d.p(d.formtext(None, f"F{i}"))] for i, lab in enumerate(
            ["Borgerens navn", "Mål", "Mentor og kontaktdata", "Opgaver", "Periode fra/til", "Timer pr. uge", "Opfølgning"])],
            [3000, 6400], header_span="Blanket MEN-01"))
        B.append(d.para("Blanketten gemmes i sagen, når den er udfyldt."))
    elif sub == "guidance":
        B.append(d.para("Vejledning: Sådan udfylder du mentoraftalen", style="Titel", split=False))
        B.append(d.para("Denne vejledning er til medarbejdere i Beskæftigelse. Aftalen skal indeholde de punkter, der "
                        "står i BAB § 52 og kvalitetsstandarden. Teksten i [firkantede parenteser] erstattes."))
        for i, (lab, ex) in enumerate([("Mål", "[Skriv målet: job eller uddannelse, og hvad borgeren kan, når målet er nået]"),
                                       ("Mentor", "[Navn, telefon og e-mail på mentor]"),
                                       ("Opgaver", "[Hvad skal mentor konkret hjælpe med?]"),
                                       ("Periode", "[Startdato – slutdato, højst 6 måneder]"),
                                       ("Timetal", "[Antal timer pr. uge]"),
                                       ("Opfølgning", "[Hvornår følges der op, og hvilke delmål?]"),
                                       ("Klagevejledning", "[Standardtekst om klage inden 4 uger til kommunen]")]):
            B.append(d.p(d.run(lab), style="Overskrift1", num=(1, 0)))
            B.append(d.box([d.para(ex, italic=True) if False else d.para(ex)], height_lines=1) if i % 3 == 0 else d.para(ex))
        B.append(d.para("Husk: mentorstøtte gives i højst 6 måneder ad gangen."))
    elif sub == "status-template":
        B.append(d.para("Statusrapport – mentorforløb", style="Titel", split=False))
        B.append(d.para("Udfyldes af mentor og sendes til sagsbehandler hver 3. måned.", italic=True))
        for lab in ["Borger", "Mentor", "Rapportperiode", "Hvordan er det gået?", "Fremmøde", "Næste skridt"]:
            B.append(d.label_para(lab, d.sdt_inline(lab, None)))
    elif sub == "status-filled":
        B.append(d.para("Statusrapport fra mentor", style="Titel", split=False))
        B.append(d.label_para("Borger", d.run(c.navn)))
        if c.cpr:
            B.append(d.label_para("CPR", d.run(c.cpr)))
            traits.append("cpr")
        B.append(d.label_para("Mentor", d.run(f"{c.mentor}, tlf. {c.mtlf}")))
        B.append(d.label_para("Rapport for", d.run(f"{MONTHS[c.start.month - 1]} {c.start.year}")))
        B.append(d.para(f"{c.fornavn} har mødt i praktikken 11 ud af 14 planlagte dage. Vi har haft 6 samtaler. "
                        "Transporten fungerer nu uden følgeskab."))
        B.append(d.checkbox_row("Anbefaling", ["Fortsæt som aftalt", "Justér timetal", "Afslut"], 0))
    elif sub == "invoice":
        d.headers["default"] = [d.para(f"{c.firma} · CVR {r.randint(10000000, 99999999)}", style="Sidehoved", split=False)]
        B.append(d.para(f"Faktura nr. 2026-{r.randint(100, 999)}", style="Titel", split=False))
        B.append(d.label_para("Til", d.run(f"{c.kom} Kommune, Beskæftigelse, EAN 5798000{r.randint(100000, 999999)}")))
        B.append(d.label_para("Vedr.", d.run(f"Mentorstøtte, j.nr. {c.journal}")))
        if c.cpr:
            B.append(d.label_para("Borger", d.run(f"{c.navn} ({c.cpr})")))
            traits.append("cpr")
        B.append(d.table([[d.para("Ydelse", bold=True), d.para("Antal", bold=True), d.para("Pris", bold=True)],
                          [d.para(f"Mentortimer {MONTHS[c.start.month - 1]}"), d.para("12"), d.para("6.360,00 kr.")],
                          [d.para("Kørsel"), d.para("84 km"), d.para("319,20 kr.")],
                          [("span", 2, d.para("I alt inkl. moms", bold=True)), d.para("8.349,00 kr.")]],
                         [5000, 2000, 2400]))
        B.append(d.para("Betalingsbetingelser: netto 30 dage."))
    elif sub == "order":
        B.append(d.para("Bestilling af mentorforløb", style="Titel", split=False))
        B.append(d.label_para("Leverandør", d.run(c.firma)))
        B.append(d.label_para("Borger", d.run(c.navn)))
        B.append(d.para(f"Vi bestiller hermed et mentorforløb. Indhold og timetal aftales på opstartsmødet med borgeren, "
                        f"hvorefter den skriftlige aftale sendes til {c.sagsbeh}."))
    return d, traits


# ----------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/er")
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_er_"))
    entries, conv = [], []  # conv: (src docx, target fmt, final path)

    plan = ([("agreement", lay) for lay in ["sdt"] * 9 + ["legacy"] * 8 + ["headings"] * 8 + ["textbox"] * 7
             + ["merged"] * 6 + ["columns"] * 5 + ["mixed"] * 5]
            + [("decision", s) for s in ["grant"] * 6 + ["partial"] * 4 + ["refusal"] * 3 + ["extension"] * 4 + ["end"] * 3]
            + [("minplan", "print")] * 14
            + [("unknown", s) for s in ["blank-template"] * 4 + ["legacy-template"] * 3 + ["guidance"] * 3
               + ["status-template"] * 2 + ["status-filled"] * 2 + ["invoice"] * 3 + ["order"] * 1])
    r.shuffle(plan)
    counters: dict[str, int] = {}
    for kind, sub in plan:
        c = Case(r)
        if kind == "agreement":
            defects = pick_defects(r, AG_RULES, clean_p=.45)
            doc, traits = build_agreement(r, c, defects, sub)
            folder, base, layout = "aftaler", "aftale", sub
        elif kind == "decision":
            pool = ["missing-appeal-guidance"] + (["duration-over-6-months"] if sub in ("grant", "partial", "extension") else [])
            defects = pick_defects(r, pool, clean_p=.45)
            doc, traits = build_decision(r, c, defects, sub)
            folder, base, layout = "afgoerelser", f"afg-{sub}", f"letter-{sub}"
        elif kind == "minplan":
            defects = pick_defects(r, MP_RULES)
            doc, traits = build_minplan(r, c, defects)
            folder, base, layout = "minplan", "minplan", "plan-table"
        else:
            defects = []
            doc, traits = build_unknown(r, c, sub)
            folder, base, layout = "andet", sub, sub
        counters[base] = counters.get(base, 0) + 1
        stem = f"{base}-{c.kom.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}-{counters[base]:02d}"
        # format: templates .dotx sometimes; others docx with some to pdf/odt
        roll = r.random()
        fmt = "docx"
        if sub in ("blank-template", "legacy-template") and roll < .6:
            fmt = "dotx"
        elif roll < .25 and not doc.tracked:
            fmt = "pdf"
        elif roll < .38:
            fmt = "odt"
        rel = f"{folder}/{stem}.{fmt}"
        (out / folder).mkdir(exist_ok=True)
        if fmt in ("docx", "dotx"):
            doc.save(out / rel, template=fmt == "dotx")
        else:
            src = tmp / fmt / f"{stem}.docx"
            src.parent.mkdir(exist_ok=True)
            doc.save(src)
            conv.append((src, fmt, out / rel))
        traits = sorted(set(traits + (["tracked-changes"] if doc.tracked else []) + (["comments"] if doc.commented else [])
                            + (["converted-libreoffice"] if fmt in ("pdf", "odt") else [])
                            + (["template-dotx"] if fmt == "dotx" else [])))
        e = {"path": rel, "format": fmt if fmt != "dotx" else "docx", "kind": kind,
             "subtype": kind if kind != "decision" else sub, "layout": layout, "rules": sorted(defects),
             "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr] if c.cpr and "cpr" in traits else [], "traits": traits}
        if kind in ("agreement", "minplan", "decision") and sub not in ("refusal", "end") and \
                "missing-duration" not in defects and not any(t in ("Periode:empty", "Periode:absent") for t in traits):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)
    # batch conversions with one LibreOffice profile
    for fmt in ("pdf", "odt"):
        srcs = [s for s, f, _ in conv if f == fmt]
        if not srcs:
            continue
        odir = tmp / f"out_{fmt}"
        odir.mkdir(exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_er_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(odir)] + [str(s) for s in srcs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for s, f, final in conv:
            if f == fmt:
                shutil.move(str(odir / f"{s.stem}.{fmt}"), final)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
