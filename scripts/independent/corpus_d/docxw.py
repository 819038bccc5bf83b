"""Minimal hand-rolled DOCX writer (zipfile + XML strings) with Word features:
content controls, text boxes with VML fallback, tracked changes, comments, legacy form fields,
headers/footers, checkboxes."""
import zipfile
from xml.sax.saxutils import escape

from content import PH

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')

FIXED = (2026, 2, 1, 8, 0, 0)
DATE = "2026-02-10T09:12:00Z"


def t(s):
    return escape(s)


def run(text, bold=False, italic=False, size=None, style=None):
    rpr = ""
    if bold or italic or size or style:
        rpr = "<w:rPr>%s%s%s%s</w:rPr>" % ('<w:rStyle w:val="%s"/>' % style if style else "",
                                          "<w:b/>" if bold else "", "<w:i/>" if italic else "",
                                          '<w:sz w:val="%d"/>' % size if size else "")
    parts = text.split("\n")
    inner = '<w:br/>'.join('<w:t xml:space="preserve">%s</w:t>' % t(p) for p in parts)
    return "<w:r>%s%s</w:r>" % (rpr, inner)


def para(runs, style=None, align=None, keep=False):
    ppr = ""
    if style or align or keep:
        ppr = "<w:pPr>%s%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                         "<w:keepNext/>" if keep else "",
                                         '<w:jc w:val="%s"/>' % align if align else "")
    return "<w:p>%s%s</w:p>" % (ppr, runs)


class Docx:
    def __init__(self):
        self.body = []
        self.header = None
        self.footer = None
        self.comments = []
        self._id = 10
        self.core_title = ""

    def nid(self):
        self._id += 1
        return self._id

    # --- building blocks
    def p(self, text, **kw):
        self.body.append(para(run(text, bold=kw.pop("bold", False), italic=kw.pop("italic", False)), **kw))

    def h(self, text, level=1):
        self.body.append(para(run(text), style="Heading%d" % level))

    def raw(self, xml):
        self.body.append(xml)

    def sdt_run(self, alias, value, ph_text="Klik eller tryk her for at skrive tekst."):
        """Inline content control. PH value -> showingPlcHdr."""
        if isinstance(value, PH) or value is None:
            return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                    '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                    % (t(alias), t(alias), self.nid(), t(ph_text)))
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text w:multiLine="1"/></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (t(alias), t(alias), self.nid(), run(value)))

    def checkbox_sdt(self, checked):
        return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (self.nid(), 1 if checked else 0, "☒" if checked else "☐"))

    def formtext(self, name, value):
        if isinstance(value, PH) or not value:
            value = "\u2002" * 5
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/><w:calcOnExit w:val="0"/>'
                '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                % (t(name), run(value)))

    def tracked(self, old, new, author="Lone (Jobcenter)"):
        i1, i2 = self.nid(), self.nid()
        return ('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (i1, t(author), DATE, t(old), i2, t(author), DATE, run(new)))

    def comment(self, inner_runs, ctext, author="Sagsbehandler"):
        cid = len(self.comments)
        self.comments.append((cid, author, ctext))
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, inner_runs, cid, cid))

    def textbox(self, paras_xml, name="Tekstboks 1", cx=5400000, cy=1200000):
        """Return a run holding a text box (DrawingML + VML fallback with the same text)."""
        did = self.nid()
        content = "".join(paras_xml)
        return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
                '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
                '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr>'
                '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;width:425pt;height:94pt" fillcolor="#f2f2f2">'
                '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
                % (did, cx, cy, did, t(name), cx, cy, content, did, content))

    def table(self, rows, widths=(3000, 6000), header=False, borders=True):
        """rows: list of lists of cell-XML-lists (each cell = list of paragraph XML) or strings."""
        tb = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
              '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>') if borders else ""
        out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (sum(widths), tb, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
        for row in rows:
            out.append("<w:tr>")
            for i, cell in enumerate(row):
                if isinstance(cell, str):
                    cell = [para(run(cell))]
                if not cell:
                    cell = ["<w:p/>"]
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (widths[i % len(widths)], "".join(cell)))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))

    # --- serialisation
    def save(self, path):
        rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        sect_refs = ""
        files = {}
        if self.header is not None:
            rels.append('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            files["word/header1.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (NS, "".join(self.header))
            sect_refs += '<w:headerReference w:type="default" r:id="rIdH1"/>'
        if self.footer is not None:
            rels.append('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            files["word/footer1.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>' % (NS, "".join(self.footer))
            sect_refs += '<w:footerReference w:type="default" r:id="rIdF1"/>'
        if self.comments:
            rels.append('<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            cm = "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="SB"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                         % (cid, t(a), DATE, t(c)) for cid, a, c in self.comments)
            files["word/comments.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>%s</w:comments>' % (NS, cm)
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" '
                'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' % sect_refs)
        files["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>'
                                      % (NS, "".join(self.body), sect))
        files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
        files["word/styles.xml"] = STYLES
        files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                      '<dc:title>%s</dc:title><dc:creator>Skabelon</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>' % (t(self.core_title), DATE))
        files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                        '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(ct))
        order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"]
        order += sorted(k for k in files if k not in order)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, FIXED)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name].encode("utf-8"))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
          '</w:styles>')
