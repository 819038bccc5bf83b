"""Word documents in the layouts of corpus et; converted to PDF with LibreOffice afterwards."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from content import fmt_date


def _field(par, instr):
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _shade(cell, color="E7ECEF"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def _no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def _repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def _bold_par(c, text, size=None):
    p = c.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def _header_footer(doc, d, rng, org_line):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = org_line
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    style = rng.randint(0, 2)
    if style == 0:
        fp.add_run("Side ")
        _field(fp, "PAGE")
        fp.add_run(" af ")
        _field(fp, "NUMPAGES")
    elif style == 1:
        fp.add_run(f"{d.title} · sagsnr. {d.sagsnr} · side ")
        _field(fp, "PAGE")
    else:
        fp.add_run(f"{d.kommune[0]} · {d.kommune[1]} · {d.kommune[2]}\t\t")
        _field(fp, "PAGE")
        fp.add_run("/")
        _field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == 0 else WD_ALIGN_PARAGRAPH.LEFT


def _value(c, v, bullets):
    if isinstance(v, list):
        if any(x.startswith(("Navn:", "Tlf.", "E-mail")) for x in v):
            for x in v:
                c.add_paragraph(x)
        else:
            for x in v:
                if bullets == "style":
                    c.add_paragraph(x, style="List Bullet")
                else:
                    c.add_paragraph(("• " if bullets == "typed" else "- ") + x)
    else:
        c.add_paragraph(v)


def body(c, d, rng, style, split_key=None, doc=None):
    """Write intro, sections and closing into container c (Document or cell)."""
    for t in d.intro:
        if t in ("Begrundelse",):
            _bold_par(c, t)
        else:
            c.add_paragraph(t)
    bullets = rng.choice(["typed", "dash", "style"])
    if style == "table":
        t = c.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        hdr = t.rows[0].cells
        hdr[0].text, hdr[1].text = rng.choice([("Punkt", "Indhold"), ("Emne", "Aftale"), ("Felt", "Beskrivelse")])
        for cell in hdr:
            for r in cell.paragraphs[0].runs:
                r.bold = True
            _shade(cell, "D9D9D9")
        _repeat_header(t.rows[0])
        rows = list(d.sections)
        if d.kind != "unknown":
            rows.insert(rng.randint(0, 2), ("x", "Baggrund", PAD[2]))
        for key, lab, v in rows:
            row = t.add_row().cells
            row[0].width, row[1].width = Cm(4.5), Cm(11.5)
            row[0].text = lab
            if isinstance(v, list):
                row[1].text = v[0] if v else ""
                for x in v[1:]:
                    row[1].add_paragraph(x)
            else:
                row[1].text = v
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(11.5)
    else:
        for n, (key, lab, v) in enumerate(d.sections, 1):
            if style == "inline" and not isinstance(v, list):
                p = c.add_paragraph()
                p.add_run(lab + ": ").bold = True
                if split_key == key and doc is not None:
                    p.add_run().add_break(WD_BREAK.PAGE)
                p.add_run(v)
                continue
            head = f"{n}. {lab}" if style == "numbered" else lab
            if style == "inline":
                head += ":"
            _bold_par(c, head)
            if split_key == key and doc is not None:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _value(c, v, bullets)
    for t in d.closing:
        c.add_paragraph(t)
    if d.sign:
        c.add_paragraph("")
        c.add_paragraph("Dato og underskrift, borger: ______________________")
        c.add_paragraph("Dato og underskrift, mentor: ______________________")
        c.add_paragraph(f"Dato og underskrift, {d.kommune[0]}: ______________________")


def build(d, layout, path, rng, split_key=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    org = d.provider[0] if d.provider else d.kommune[0]
    _header_footer(doc, d, rng, f"{org} · {d.title}" if rng.random() < .5 else org)
    style = rng.choice(["heading", "inline", "numbered", "heading"])
    if layout == "docx-table-repeat":
        style = "table"
    if layout == "docx-sidebar":
        sec.left_margin = sec.right_margin = Cm(1.5)
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(4.6), Cm(13.2)
        _shade(left, rng.choice(["E7ECEF", "EAF2E3", "F2E9DC"]))
        if d.provider:
            lines = [d.provider[0], d.provider[1], "", f"www.{d.provider[2]}", f"CVR {rng.randint(10000000, 99999999)}"]
        else:
            lines = [d.kommune[0], "Beskæftigelse", d.kommune[1], d.kommune[2], "", f"Tlf. {d.kommune[3]}", f"www.{d.kommune[4]}", "", f"Sagsnr. {d.sagsnr}", f"Dato {fmt_date(d.date, 0)}"]
            if d.kind == "unknown":
                lines = lines[:-2]
        left.paragraphs[0].text = lines[0]
        left.paragraphs[0].runs[0].bold = True
        for x in lines[1:]:
            p = left.add_paragraph(x)
            for r in p.runs:
                r.font.size = Pt(8)
        right.paragraphs[0].text = ""
        _bold_par(right, d.title, 15)
        if d.kind != "unknown":
            right.add_paragraph(f"Borger: {d.citizen}" + (f", CPR-nr. {d.cpr}" if d.cpr else ""))
        body(right, d, rng, style if style != "table" else "heading")
        return doc
    if layout == "docx-infocol":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Cm(10.5), Cm(6.0)
        a.paragraphs[0].text = d.citizen
        if d.kind != "unknown":
            a.add_paragraph(f"{doc_addr(rng)}")
            a.add_paragraph(f"{d.kommune[2]}")
        info = [(f"{d.kommune[0]}", True), ("Jobcenter / Beskæftigelse", False), (d.kommune[1], False), (d.kommune[2], False), ("", False),
                (f"Dato: {fmt_date(d.date, rng.randint(0, 8))}", False), (f"Sagsnr.: {d.sagsnr}", False),
                (f"Sagsbehandler: {d.caseworker[0]}", False), (f"Direkte tlf.: {d.caseworker[1]}", False), (f"E-mail: {d.caseworker[2]}", False)]
        if d.cpr:
            info.insert(7, (f"CPR-nr.: {d.cpr}", False))
        b.paragraphs[0].text = info[0][0]
        b.paragraphs[0].runs[0].bold = True
        for x, _ in info[1:]:
            p = b.add_paragraph(x)
            for r in p.runs:
                r.font.size = Pt(8)
        doc.add_paragraph("")
        _bold_par(doc, d.title, 14)
        body(doc, d, rng, style, split_key, doc)
        return doc
    if layout == "docx-twocol":
        _bold_par(doc, d.title, 16)
        meta = f"{org} · {fmt_date(d.date, 0)}"
        if d.kind != "unknown":
            meta = f"Borger: {d.citizen}" + (f" (CPR {d.cpr})" if d.cpr else "") + f" · Sagsnr. {d.sagsnr} · {fmt_date(d.date, 0)}"
        doc.add_paragraph(meta)
        new = doc.add_section(WD_SECTION.CONTINUOUS)
        new._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="567"/>'))
        body(doc, d, rng, style if style != "table" else "heading", split_key, doc)
        return doc
    # docx-table-repeat and docx-plain
    _bold_par(doc, org, 9)
    if d.provider:
        doc.add_paragraph(f"{d.provider[1]} · www.{d.provider[2]}")
    else:
        doc.add_paragraph(f"{d.kommune[1]}, {d.kommune[2]} · tlf. {d.kommune[3]}")
    _bold_par(doc, d.title, 15)
    if d.kind != "unknown":
        doc.add_paragraph(f"Borger: {d.citizen}" + (f"   CPR-nr.: {d.cpr}" if d.cpr else "") + f"   Sagsnr.: {d.sagsnr}")
    if layout == "docx-table-repeat":
        if d.kind == "unknown":
            doc.add_paragraph(UPAD[0]); doc.add_paragraph(UPAD[1])
        elif d.kind == "minplan":
            for x in MPAD:
                doc.add_paragraph(x)
        else:
            for x in PAD:
                doc.add_paragraph(x)
        d.traits.append("table-repeat-header")
    body(doc, d, rng, style, split_key, doc)
    return doc


def doc_addr(rng):
    return rng.choice(["Ågade 12, 2. th.", "Rosenvænget 4", "Skovbrynet 33", "Nørregade 101, st.", "Lærkevej 7"])


PAD = [
    "Om Min Plan: Her kan du se de aktiviteter, du og kommunen har aftalt. Planen opdateres, når der sker ændringer, og du kan altid se den nyeste udgave på Jobnet. "
    "Kontakt din sagsbehandler, hvis noget ikke passer. Udskriften viser kun den aktivitet, der er valgt i oversigten, og ikke hele din plan.",
    "Aktiviteter i planen: Samtaler med sagsbehandler, helbredsafklaring hos egen læge og mentorstøtte. Oplysninger om ydelse og rådighed fremgår af din ydelsesside. "
    "Har du brug for at ændre en aktivitet, skal det aftales med din sagsbehandler, før ændringen kan registreres i planen og sendes til dig i Digital Post.",
    "Borgeren bor alene i egen lejlighed og har kontakt til familien. Borgeren har tidligere arbejdet i detailhandlen i flere år og har gode erfaringer derfra. "
    "Der har været perioder med sygdom, og borgeren har været sygemeldt i en periode. Borgeren har kørekort, men ingen bil, og er afhængig af offentlig transport.",
]

UPAD = [
    "Dokumentet er udarbejdet til intern brug. Oplysningerne må ikke videregives uden for organisationen. Spørgsmål rettes til afsenderen. "
    "Dokumentet arkiveres på den relevante sag eller mappe efter gældende retningslinjer for journalisering og slettes, når opbevaringsfristen udløber. "
    "Eventuelle rettelser sendes til afsender senest en uge efter modtagelsen, ellers betragtes indholdet som godkendt af alle parter.",
    "Af hensyn til overblikket er punkterne nummereret som i dagsordenen eller bestillingen. Tal og datoer er opgjort pr. udsendelsesdatoen. "
    "Beløb er angivet i danske kroner, og eventuelle afvigelser fra tidligere opgørelser er forklaret i teksten. Bilag kan rekvireres hos afsender.",
]

MPAD = [
    "Om Min Plan: Her kan du se de aktiviteter, du og kommunen har aftalt. Planen opdateres, når der sker ændringer, og du kan altid se den nyeste udgave på Jobnet. "
    "Kontakt din sagsbehandler, hvis noget ikke passer. Udskriften viser kun den aktivitet, der er valgt i oversigten, og ikke hele din plan.",
    "Aktiviteter i planen: Samtaler med sagsbehandler, helbredsafklaring hos egen læge og mentorstøtte. Oplysninger om ydelse og rådighed fremgår af din ydelsesside. "
    "Har du brug for at ændre en aktivitet, skal det aftales med din sagsbehandler, før ændringen kan registreres i planen og sendes til dig i Digital Post.",
    "Borgeren bor alene i egen lejlighed og har kontakt til familien. Borgeren har tidligere arbejdet i detailhandlen i flere år og har gode erfaringer derfra. "
    "Der har været perioder med sygdom, og borgeren har været sygemeldt i en periode. Borgeren har kørekort, men ingen bil, og er afhængig af offentlig transport.",
]

PAD = [
    "Aftalen bygger på samtalen mellem borger, sagsbehandler og mentor. Alle parter har haft mulighed for at komme med forslag, og aftalen er læst op ved mødet. "
    "Borgeren har fået en kopi, og aftalen gemmes på sagen. Oplysninger behandles efter databeskyttelsesreglerne, og der videregives kun det, der er nødvendigt for forløbet. "
    "Borgeren kan til enhver tid få aktindsigt i egne oplysninger. Mentor har tavshedspligt om forhold, som mentor får kendskab til i forløbet.",
    "Baggrund: Borgeren har været tilknyttet kommunen i en længere periode og har tidligere deltaget i forskellige forløb. Der har været udfordringer med fremmøde, "
    "transport og kontakt til myndigheder. Borgeren ønsker selv en fast person at gå til, og det er vurderingen, at en mentor kan gøre en forskel. "
    "Borgeren har en positiv indstilling og har selv peget på, hvad der skal til. Der er talt om, hvad der fungerer godt, og hvad der har været svært tidligere.",
    "Borgeren bor alene i egen lejlighed og har kontakt til familien. Borgeren har tidligere arbejdet i detailhandlen i flere år og har gode erfaringer derfra. "
    "Der har været perioder med sygdom, og borgeren har været sygemeldt i en periode. Borgeren har kørekort, men ingen bil, og er afhængig af offentlig transport. "
    "Borgeren ønsker at komme tilbage til et arbejdsliv med faste rammer og kolleger.",
]


