"""Renderers: logical blocks -> docx / odt / rtf / html / txt / eml / pdf."""
import email.message
import email.policy
import email.utils
import html as H
import textwrap
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from content import PH
from docxw import Docx, para, run

# A document = dict(blocks=[...], header=[lines]|None, footer=[lines]|None, title=str)
# blocks: ("title", t) ("letterhead", [lines]) ("meta", [(l, v)]) ("h", t) ("p", t)
#         ("field", key, label, value) ("checks", key, label, [(t, bool)]) ("sign", [lines]) ("pagebreak",)


def vtext(v):
    if isinstance(v, list):
        return "\n".join("• " + x for x in v)
    return str(v)


def flat_lines(doc, include_hf=True):
    """Plain text lines (used by txt/pdf renderers)."""
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "h", "p"):
            out.append((k, b[1]))
        elif k == "letterhead":
            for ln in b[1]:
                out.append(("small", ln))
        elif k == "meta":
            for l, v in b[1]:
                out.append(("p", "%s: %s" % (l, v)))
        elif k == "field":
            out.append(("label", b[2]))
            v = b[3]
            if isinstance(v, list):
                for x in v:
                    out.append(("p", "• " + x))
            else:
                out.append(("p", str(v)))
        elif k == "checks":
            out.append(("label", b[2]))
            for txt, on in b[3]:
                out.append(("p", ("☒ " if on else "☐ ") + txt))
        elif k == "sign":
            for ln in b[1]:
                out.append(("p", ln))
        elif k == "pagebreak":
            out.append(("pagebreak", ""))
    return out


# ------------------------------------------------------------------ DOCX
def render_docx(doc, path, mode="table", tracked=None, comment=None, textbox_keys=(), ph_style=None):
    """mode: table | headings | inline | sdt | legacy. tracked=(key, old_text). comment=(key, text)."""
    d = Docx()
    d.core_title = doc.get("title", "")
    pending = []

    def value_runs(key, v, alias):
        if isinstance(v, list):
            v = "\n".join("• " + x for x in v)
        if mode == "sdt":
            r = d.sdt_run(alias, v, ph_text=str(v) if isinstance(v, PH) and str(v) else "Klik eller tryk her for at skrive tekst.")
        elif mode == "legacy":
            r = d.formtext(alias[:18].replace(" ", "_"), v)
        elif tracked and tracked[0] == key and not isinstance(v, PH):
            r = d.tracked(tracked[1], v)
        else:
            r = run(str(v))
        if comment and comment[0] == key:
            r = d.comment(r, comment[1])
        return r

    def flush():
        if pending:
            rows = [[[para(run(lab, bold=True))], [para(r)]] for lab, r in pending]
            d.table(rows)
            pending.clear()

    for b in doc["blocks"]:
        k = b[0]
        if k != "field" or mode not in ("table", "sdt") or b[1] in textbox_keys:
            flush()
        if k == "title":
            d.body.append(para(run(b[1]), style="Title"))
        elif k == "letterhead":
            ps = [para(run(ln, size=16)) for ln in b[1]]
            if "letterhead" in textbox_keys:
                d.body.append(para(d.textbox(ps, name="Afsender")))
            else:
                d.body.extend(ps)
        elif k == "meta":
            d.table([[l, v] for l, v in b[1]], widths=(2500, 6500), borders=False)
        elif k == "h":
            d.h(b[1], 1)
        elif k == "p":
            d.p(b[1])
        elif k == "pagebreak":
            d.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif k == "sign":
            for ln in b[1]:
                d.p(ln)
        elif k == "checks":
            d.body.append(para(run(b[2], bold=True)))
            for txt, on in b[3]:
                d.body.append(para(d.checkbox_sdt(on) + run(" " + txt)))
        elif k == "field":
            key, lab, v = b[1], b[2], b[3]
            r = value_runs(key, v, lab)
            if key in textbox_keys:
                d.body.append(para(d.textbox([para(run(lab, bold=True)), para(r)], name="Tekstboks %s" % key)))
            elif mode in ("table", "sdt"):
                pending.append((lab, r))
            elif mode == "headings":
                d.h(lab, 2)
                d.body.append(para(r))
            else:
                d.body.append(para(run(lab + ": ", bold=True) + r))
    flush()
    if doc.get("header"):
        d.header = [para(run(ln, size=16)) for ln in doc["header"]]
    if doc.get("footer") is not None:
        pn = ('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Side </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
              '<w:r><w:t xml:space="preserve"> af </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>')
        d.footer = [para(run(ln, size=14)) for ln in doc["footer"]] + [pn]
    d.save(path)


# ------------------------------------------------------------------ ODT
def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, Header, ParagraphProperties
    from odf.text import P, H as OH, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    od = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    od.styles.addElement(h1)
    small = Style(name="Lille", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt"))
    od.styles.addElement(small)
    pl = PageLayout(name="Side")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    od.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if doc.get("header"):
        hd = Header()
        for ln in doc["header"]:
            hd.addElement(P(stylename=small, text=ln))
        mp.addElement(hd)
    if doc.get("footer"):
        ft = Footer()
        for ln in doc["footer"]:
            ft.addElement(P(stylename=small, text=ln))
        mp.addElement(ft)
    od.masterstyles.addElement(mp)
    tbl = [None]
    n = [0]

    def table():
        if tbl[0] is None:
            n[0] += 1
            tbl[0] = Table(name="Felter%d" % n[0])
            tbl[0].addElement(TableColumn(numbercolumnsrepeated=2))
        return tbl[0]

    def flush():
        if tbl[0] is not None:
            od.text.addElement(tbl[0])
            tbl[0] = None

    for b in doc["blocks"]:
        k = b[0]
        if k != "field":
            flush()
        if k == "title":
            od.text.addElement(OH(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h":
            od.text.addElement(OH(outlinelevel=2, stylename=h1, text=b[1]))
        elif k == "p":
            od.text.addElement(P(text=b[1]))
        elif k == "letterhead":
            for ln in b[1]:
                od.text.addElement(P(stylename=small, text=ln))
        elif k == "meta":
            for l, v in b[1]:
                p = P()
                p.addElement(Span(stylename=bold, text=l + ": "))
                p.addText(v)
                od.text.addElement(p)
        elif k == "sign":
            for ln in b[1]:
                od.text.addElement(P(text=ln))
        elif k == "checks":
            od.text.addElement(P(text=b[2]))
            for txt, on in b[3]:
                od.text.addElement(P(text=("☒ " if on else "☐ ") + txt))
        elif k == "field":
            tr = TableRow()
            c1 = TableCell()
            p = P()
            p.addElement(Span(stylename=bold, text=b[2]))
            c1.addElement(p)
            c2 = TableCell()
            v = b[3]
            if isinstance(v, list):
                for x in v:
                    c2.addElement(P(text="• " + x))
            else:
                c2.addElement(P(text=str(v)))
            tr.addElement(c1)
            tr.addElement(c2)
            table().addElement(tr)
    flush()
    od.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a zip with fixed timestamps and without volatile meta dates (determinism)."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name == "meta.xml":
                data = re.sub(rb"<meta:(creation-date|generator)>[^<]*</meta:\1>", b"", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", data)
            zi = zipfile.ZipInfo(name, (2026, 2, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def render_rtf(doc, path, tables=True):
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}",
             "{\\info{\\title %s}{\\author Fagsystem eksport}}" % rtf_esc(doc.get("title", "")),
             "\\paperw11906\\paperh16838\\margl1134\\margr1134\\fs22 "]
    if doc.get("header"):
        parts.append("{\\header\\pard\\fs16 %s\\par}" % "\\par ".join(rtf_esc(x) for x in doc["header"]))
    if doc.get("footer") is not None:
        parts.append("{\\footer\\pard\\fs16 %s\\par\\qr Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} af {\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}\\par}"
                     % "\\par ".join(rtf_esc(x) for x in doc["footer"]))
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            parts.append("\\pard\\sb240\\sa120\\b\\fs32 %s\\b0\\fs22\\par\n" % rtf_esc(b[1]))
        elif k == "h":
            parts.append("\\pard\\sb200\\sa60\\b\\fs26 %s\\b0\\fs22\\par\n" % rtf_esc(b[1]))
        elif k in ("p",):
            parts.append("\\pard\\sa120 %s\\par\n" % rtf_esc(b[1]))
        elif k == "letterhead":
            parts.append("\\pard\\qr\\fs16 %s\\fs22\\par\n" % "\\line ".join(rtf_esc(x) for x in b[1]))
        elif k == "meta":
            for l, v in b[1]:
                parts.append("\\pard {\\b %s:} %s\\par\n" % (rtf_esc(l), rtf_esc(v)))
        elif k == "sign":
            parts.append("\\pard %s\\par\n" % "\\line ".join(rtf_esc(x) for x in b[1]))
        elif k == "pagebreak":
            parts.append("\\page\n")
        elif k == "checks":
            parts.append("\\pard {\\b %s}\\par\n" % rtf_esc(b[2]))
            for txt, on in b[3]:
                parts.append("\\pard %s\\par\n" % rtf_esc(("☒ " if on else "☐ ") + txt))
        elif k == "field":
            v = vtext(b[3])
            if tables:
                parts.append("\\trowd\\trgaph108\\clbrdrt\\brdrs\\clbrdrb\\brdrs\\cellx3000\\clbrdrt\\brdrs\\clbrdrb\\brdrs\\cellx9600"
                             "\\pard\\intbl {\\b %s}\\cell\\pard\\intbl %s\\cell\\row\n" % (rtf_esc(b[2]), rtf_esc(v)))
            else:
                parts.append("\\pard\\sb120 {\\b %s}\\par\\pard %s\\par\n" % (rtf_esc(b[2]), rtf_esc(v)))
    parts.append("\\pard\\par}")
    with open(path, "w", encoding="ascii") as f:
        f.write("".join(parts))


# ------------------------------------------------------------------ HTML
NOISE_STYLE = "body{font-family:Arial}.lbl{font-weight:bold}.hidden{display:none}/* klagevejledning styles */"


def render_html(doc, path, variant="dl", script_text=None):
    e = H.escape
    out = ['<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>%s</title>' % e(doc.get("title", "")),
           "<style>%s</style>" % NOISE_STYLE]
    if script_text:
        out.append("<script>\nwindow.fagsystem = %s;\n</script>" % script_text)
    out.append('<script src="/static/app.js"></script></head><body>')
    out.append('<div id="app"><nav class="topnav"><a href="/">Forside</a> | <a href="/sager">Sager</a></nav><main><div class="content"><div class="document">')
    if doc.get("header"):
        out.append('<header class="doc-header">%s</header>' % "<br>".join(e(x) for x in doc["header"]))
    in_dl = [False]
    in_tbl = [False]

    def close():
        if in_dl[0]:
            out.append("</dl>")
            in_dl[0] = False
        if in_tbl[0]:
            out.append("</tbody></table>")
            in_tbl[0] = False

    for b in doc["blocks"]:
        k = b[0]
        if k != "field":
            close()
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "letterhead":
            out.append('<div class="afsender"><div class="inner">%s</div></div>' % "".join("<div>%s</div>" % e(x) for x in b[1]))
        elif k == "meta":
            out.append('<table class="meta">%s</table>' % "".join("<tr><th>%s</th><td>%s</td></tr>" % (e(l), e(v)) for l, v in b[1]))
        elif k == "sign":
            out.append("<p>%s</p>" % "<br>".join(e(x) for x in b[1]))
        elif k == "checks":
            out.append('<fieldset><legend>%s</legend>%s</fieldset>' % (e(b[2]), "".join(
                '<div><input type="checkbox" disabled%s> <span>%s %s</span></div>' % (" checked" if on else "", "☒" if on else "☐", e(t)) for t, on in b[3])))
        elif k == "field":
            v = b[3]
            if isinstance(v, list):
                vh = "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in v)
            else:
                vh = e(str(v))
            if variant == "dl":
                if not in_dl[0]:
                    out.append('<dl class="felter">')
                    in_dl[0] = True
                out.append("<dt>%s</dt><dd>%s</dd>" % (e(b[2]), vh))
            elif variant == "table":
                if not in_tbl[0]:
                    out.append('<table class="felter" border="1"><tbody>')
                    in_tbl[0] = True
                out.append('<tr><td class="lbl">%s</td><td>%s</td></tr>' % (e(b[2]), vh))
            else:
                out.append('<div class="row field-%s"><div class="col-4"><div class="lbl"><span>%s</span></div></div>'
                           '<div class="col-8"><div class="val"><div>%s</div></div></div></div>' % (e(b[1]), e(b[2]), vh))
    close()
    if doc.get("footer"):
        out.append('<footer class="doc-footer">%s</footer>' % "".join("<p>%s</p>" % e(x) for x in doc["footer"]))
    out.append("</div></div></main></div>")
    out.append("<script>document.querySelectorAll('.hidden').forEach(function(x){x.remove()});</script></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ------------------------------------------------------------------ TXT
def txt_lines(doc, style="markdown", width=72):
    out = []
    wrap = lambda s, ind="": textwrap.wrap(s, width, initial_indent=ind, subsequent_indent=" " * len(ind)) or [""]
    if doc.get("header"):
        out += doc["header"] + [""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out += (["# " + b[1]] if style == "markdown" else [b[1].upper(), "=" * len(b[1])]) + [""]
        elif k == "h":
            out += (["## " + b[1]] if style == "markdown" else [b[1], "-" * len(b[1])]) + [""]
        elif k == "p":
            out += wrap(b[1]) + [""]
        elif k == "letterhead":
            out += b[1] + [""]
        elif k == "meta":
            out += ["%s: %s" % (l, v) for l, v in b[1]] + [""]
        elif k == "sign":
            out += b[1] + [""]
        elif k == "pagebreak":
            out += ["\f"]
        elif k == "checks":
            out += ["**%s**" % b[2] if style == "markdown" else b[2] + ":"]
            out += ["[%s] %s" % ("x" if on else " ", t) for t, on in b[3]] + [""]
        elif k == "field":
            v = b[3]
            if style == "markdown":
                out.append("### " + b[2])
                if isinstance(v, list):
                    for x in v:
                        out += wrap(x, "- ")
                else:
                    out += wrap(str(v))
                out.append("")
            else:
                if isinstance(v, list):
                    out.append(b[2] + ":")
                    for x in v:
                        out += wrap(x, "  * ")
                else:
                    out += wrap("%s: %s" % (b[2], v))
                out.append("")
    if doc.get("footer"):
        out += ["", "-" * 40] + sum((wrap(x) for x in doc["footer"]), [])
    return out


def render_txt(doc, path, style="markdown", width=72, crlf=False):
    s = "\n".join(txt_lines(doc, style, width)).rstrip() + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(s)


# ------------------------------------------------------------------ EML
def render_eml(path, sender, to, subject, date, body, quoted=None, html_alt=False, cc=None, msgid="x"):
    import email.charset
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP if sum(map(ord, msgid)) % 2 else email.charset.BASE64
    text = body
    if quoted:
        text += "\n\n" + quoted[0] + "\n" + "\n".join("> " + ln if ln else ">" for ln in quoted[1])
    if html_alt:
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(text, "plain", cs))
        hb = "<html><body>%s</body></html>" % "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
        msg.attach(MIMEText(hb, "html", cs))
    else:
        msg = MIMEText(text, "plain", cs)
    from email.header import Header

    def addr(a):
        name, ad = email.utils.parseaddr(a)
        return email.utils.formataddr((name, ad), charset="utf-8") if name else ad
    if msg.is_multipart():
        msg.set_boundary("=_corpusd_%s" % msgid)
    msg["From"] = addr(sender)
    msg["To"] = addr(to)
    if cc:
        msg["Cc"] = addr(cc)
    msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = "<%s@corpus-d.invalid>" % msgid
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
