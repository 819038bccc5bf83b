#!/usr/bin/env python3
"""Build the shipped Word templates (templates/*.docx) with python-docx.

The .docx files are committed too, but this script is their source: review a layout or wording
change here, run ``python scripts/build_templates.py`` and commit both. The output is
byte-for-byte reproducible (fixed zip timestamps and document properties).

The templates are docxtpl templates. They only print variables from the context built in
``mentordocs/generate/context.py`` (listed in ``docs/generate.md``): field headings come from
``labels`` (``mentordocs/domain/fields.py``), the sender wording ("kommunen"/"jobcentret") and
every legal reference from the versioned legal data, so no paragraph number is written here.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mentordocs.generate.docx import CoreProperties, core_properties_xml, deterministic_zip

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = ROOT / "templates"
BUILD_DATE = dt.date(2026, 1, 1)
DARK = RGBColor(0x1F, 0x2A, 0x44)
GREY = RGBColor(0x55, 0x5B, 0x66)


# --- document set-up -----------------------------------------------------------------------

def new_document() -> Document:
    """An A4 document in Danish with the house styles."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(3.2), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)
    _set_language(doc, "da-DK")
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 20), ("Heading 1", 16), ("Heading 2", 12.5)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = DARK
        style.paragraph_format.space_before = Pt(14 if name != "Title" else 6)
        style.paragraph_format.space_after = Pt(4)
        # A heading never stands alone at the foot of a page: it moves with the paragraph after
        # it (the default template sets this for headings but not for the Title; say it here).
        style.paragraph_format.keep_with_next = True
        # The theme's heading font would override font.name for East-Asian/complex scripts only;
        # clearing the theme reference keeps headings in Calibri (Carlito in LibreOffice).
        rfonts = style.element.rPr.find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts is not None and rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    return doc


def _set_language(doc: Document, lang: str) -> None:
    """Default language of all text, so spell-checking and the PDF's /Lang say Danish."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang)


def para(container, text: str = "", *, style: str | None = None, bold: bool = False,
         size: float | None = None, color: RGBColor | None = None, align=None,
         after: float | None = None, keep_next: bool = False):
    """A paragraph; ``keep_next`` keeps it on the page of the next one (a lead-in line such as
    "Mål for progression:" or "Med venlig hilsen" must not end a page)."""
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def labelled(container, label: str, value: str, *, after: float | None = 2):
    """``Label: value`` with the label in bold, in one paragraph."""
    p = container.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def tag(container, statement: str):
    """A docxtpl paragraph tag (``{%p if … %}``): the whole paragraph is replaced by the tag."""
    return container.add_paragraph("{%p " + statement + " %}")


def bullets(container, items: str, var: str = "item"):
    tag(container, f"for {var} in {items}")
    para(container, "{{ " + var + " }}", style="List Bullet", after=2)
    tag(container, "endfor")


def _field(paragraph, instruction: str, placeholder: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _rows_cant_split(table) -> None:
    """No table row breaks across pages (w:cantSplit): a row is moved whole to the next page."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


def _keep_rows_together(table) -> None:
    """The whole table on one page: every paragraph in all rows but the last keeps with the next
    (Word's and LibreOffice's way to keep a table together), and no row splits."""
    _rows_cant_split(table)
    for row in table.rows[:-1]:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


# --- shared letter parts ---------------------------------------------------------------------

def letterhead(doc: Document) -> None:
    """Header with the sender, footer with the sender's address and page numbers."""
    section = doc.sections[0]
    header = section.header
    p = header.paragraphs[0]
    run = p.add_run("{{ sender.name }}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(14), DARK
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    tag(header, "if sender.department")
    para(header, "{{ sender.department }}", size=9.5, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT,
         after=0)
    tag(header, "endif")
    tag(header, "for line in letterhead")
    para(header, "{{ line }}", size=9.5, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    tag(header, "endfor")

    footer = section.footer
    p = footer.paragraphs[0]
    run = p.add_run("{{ sender.name }} · {{ sender.address }} · {{ sender.postcode_city }} · "
                    "Tlf. {{ sender.phone }} · {{ sender.email }}")
    run.font.size, run.font.color.rgb = Pt(8), GREY
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(footer, "Side ", size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _field(p, "PAGE", "1")
    p.add_run(" af ").font.size = Pt(8)
    _field(p, "NUMPAGES", "1")


def address_block(doc: Document) -> None:
    """Recipient on the left (window-envelope position), sender and case data on the right.

    The recipient block holds no CPR number (CPR-loven § 54: never legible on the outside of a
    letter); the masked number is in the reference column.
    """
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    _rows_cant_split(table)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(9.4), Cm(7.0)
    left.paragraphs[0].add_run("{{ citizen.name }}")
    para(left, "{{ citizen.address }}", after=0)
    para(left, "{{ citizen.postcode_city }}", after=0)
    for p in left.paragraphs:
        p.paragraph_format.space_after = Pt(0)

    first = right.paragraphs[0]
    first.add_run("{{ sender.name }}").bold = True
    first.paragraph_format.space_after = Pt(0)
    for text in ("{{ sender.address }}", "{{ sender.postcode_city }}",
                 "Tlf. {{ sender.phone }}", "{{ sender.email }}"):
        para(right, text, size=9.5, after=0)
    tag(right, "if sender.website")
    para(right, "{{ sender.website }}", size=9.5, after=0)
    tag(right, "endif")
    para(right, "", after=0)
    for label, value in (("Dato: ", "{{ decision.date }}"),):
        labelled(right, label, value, after=0)
    tag(right, "if decision.case_number")
    labelled(right, "Sagsnr.: ", "{{ decision.case_number }}", after=0)
    tag(right, "endif")
    tag(right, "if citizen.cpr_masked")
    labelled(right, "Cpr-nr.: ", "{{ citizen.cpr_masked }}", after=0)
    tag(right, "endif")
    labelled(right, "Sagsbehandler: ", "{{ caseworker.name }}", after=0)
    labelled(right, "Direkte tlf.: ", "{{ caseworker.phone }}", after=0)
    labelled(right, "E-mail: ", "{{ caseworker.email }}", after=0)
    para(doc, "", after=12)


def heading(doc: Document, text: str, level: int = 2):
    return doc.add_paragraph(text, style="Title" if level == 0 else f"Heading {level}")


def appeal_section(doc: Document) -> None:
    heading(doc, "{{ labels.appeal_guidance }}")
    tag(doc, "for paragraph in appeal_guidance")
    para(doc, "{{ paragraph }}")
    tag(doc, "endfor")


def mentor_lines(doc: Document) -> None:
    labelled(doc, "Navn: ", "{{ mentor.name }}")
    tag(doc, "if mentor.organisation")
    labelled(doc, "Organisation: ", "{{ mentor.organisation }}")
    tag(doc, "endif")
    labelled(doc, "Telefon: ", "{{ mentor.phone }}")
    labelled(doc, "E-mail: ", "{{ mentor.email }}", after=6)


def reasons_section(doc: Document, legal_basis: str) -> None:
    """FVL § 24: the rules applied, the main considerations and the facts given weight."""
    heading(doc, "{{ labels.reasons }}")
    tag(doc, "if decision.needs_reasons or decision.reasons")
    para(doc, legal_basis)
    para(doc, "Vi har lagt vægt på:", bold=True, after=2, keep_next=True)
    para(doc, "{{ decision.reasons }}")
    tag(doc, "if decision.facts")
    para(doc, "Vi har lagt vægt på disse oplysninger i din sag:", bold=True, after=2,
         keep_next=True)
    para(doc, "{{ decision.facts }}")
    tag(doc, "endif")
    tag(doc, "else")
    # "fuldt medhold" is said once, in the decision itself (decision.medhold); here only why
    # there are no further reasons, and only when the application shows it (FVL § 22).
    para(doc, "{% if decision.fully_granted and decision.applied_for %}Da du får alt det, du har "
              "søgt om, indeholder afgørelsen ikke en nærmere begrundelse ({{ refs.reasons }}). "
              "{% endif %}Afgørelsen er truffet efter {{ refs.mentor }}. {{ rules.for_period }}")
    tag(doc, "endif")


def sign_off(doc: Document) -> None:
    # The closing is one block: the question line, the greeting and the signature move to the
    # next page together rather than leave "Med venlig hilsen" or a lone name behind.
    para(doc, "Har du spørgsmål, er du velkommen til at kontakte mig på tlf. {{ caseworker.phone }} "
              "eller {{ caseworker.email }}.", keep_next=True)
    para(doc, "Med venlig hilsen", after=18, keep_next=True)
    para(doc, "{{ caseworker.name }}", after=0, keep_next=True)
    tag(doc, "if caseworker.title")
    para(doc, "{{ caseworker.title }}", after=0, keep_next=True)
    tag(doc, "endif")
    para(doc, "{{ sender.name }}", after=0)


def granted_summary(doc: Document) -> None:
    """What is granted: a short list a citizen can check at a glance."""
    labelled(doc, "Type: ", "{{ support.mentor_type_label }}")
    labelled(doc, "Periode: ", "{{ support.start }} til og med {{ support.end }} "
                               "({{ support.length }})")
    tag(doc, "if support.period_note")
    para(doc, "{{ support.period_note }}", after=2)
    tag(doc, "endif")
    labelled(doc, "Timetal: ", "{{ support.hours }} pr. uge")
    labelled(doc, "Mentor: ", "{{ mentor.name }}{% if mentor.organisation %}, "
                              "{{ mentor.organisation }}{% endif %}")
    tag(doc, "if support.activity")
    labelled(doc, "Knyttet til: ", "{{ support.activity }}")
    tag(doc, "endif")
    para(doc, "", after=0)
    para(doc, "Målet med mentorstøtten er:", bold=True, after=2, keep_next=True)
    para(doc, "{{ support.goal }}")


def applied_and_medhold(doc: Document) -> None:
    """What was applied for and whether it is granted in full or in part (FVL § 22), once."""
    tag(doc, "if decision.applied_for and not decision.partial_grant")
    labelled(doc, "Du har søgt om: ", "{{ decision.applied_for }}", after=6)
    tag(doc, "endif")
    tag(doc, "if decision.medhold")
    para(doc, "{{ decision.medhold }}", after=6)
    tag(doc, "endif")


def minplan_note(doc: Document) -> None:
    heading(doc, "Mentoraftale og Min Plan")
    para(doc, "Du, din mentor og {{ authority }} laver en skriftlig aftale om mentorstøtten. "
              "Aftalen beskriver målet, mentorens opgaver, varigheden, opfølgningen og timetallet, "
              "og støtten bliver skrevet ind i din plan i Min Plan"
              "{% if refs.minplan %} ({{ refs.minplan }}){% endif %}.")


# --- the documents -------------------------------------------------------------------------

def build_agreement() -> Document:
    doc = new_document()
    letterhead(doc)
    address_block(doc)
    heading(doc, "{{ title }}", 0)
    para(doc, "Denne aftale beskriver den mentorstøtte, du får fra {{ support.start }} til og med "
              "{{ support.end }}. Aftalen er indgået mellem dig, din mentor og {{ authority }} "
              "efter {{ refs.mentor }}, og den indgår i din plan i Min Plan"
              "{% if refs.minplan %} ({{ refs.minplan }}){% endif %}.")
    labelled(doc, "Type af mentorstøtte: ", "{{ support.mentor_type_label }}")
    tag(doc, "if support.activity")
    labelled(doc, "Støtten knytter sig til: ", "{{ support.activity }}")
    tag(doc, "endif")
    tag(doc, "if decision.outcome == 'extension'")
    para(doc, "Aftalen forlænger mentorstøtten, som ellers sluttede {{ decision.previous_end }}.")
    tag(doc, "endif")

    heading(doc, "1. {{ labels.goal }}")
    para(doc, "{{ support.goal }}")

    heading(doc, "2. {{ labels.mentor }}")
    mentor_lines(doc)

    heading(doc, "3. {{ labels.tasks }}")
    para(doc, "Mentoren skal hjælpe dig med:", after=2, keep_next=True)
    bullets(doc, "support.tasks", "task")

    heading(doc, "4. {{ labels.duration }}")
    para(doc, "Mentorstøtten gælder fra {{ support.start }} til og med {{ support.end }} "
              "({{ support.length }}).")
    tag(doc, "if support.is_discharge_coordinator")
    para(doc, "Du bliver efter planen udskrevet {{ support.discharge_date }}. "
              "{{ rules.discharge }}")
    tag(doc, "else")
    para(doc, "{{ rules.period }} Hvis du har brug for mere støtte, kan {{ authority }} efter "
              "en konkret vurdering give dig en ny periode.")
    tag(doc, "endif")

    heading(doc, "5. {{ labels.follow_up }}")
    para(doc, "{{ support.follow_up_plan }}")
    para(doc, "Mål for progression:", bold=True, after=2, keep_next=True)
    bullets(doc, "support.progression_goals", "goal")
    para(doc, "Evaluering sammen med dig:", bold=True, after=2, keep_next=True)
    bullets(doc, "support.evaluation_dates", "day")
    para(doc, "Den sidste evaluering holdes senest {{ support.evaluation_deadline }}, "
              "{{ policy.evaluation_before_end_days }} dage før mentorstøtten slutter.")

    heading(doc, "6. {{ labels.hours }}")
    para(doc, "Mentorstøtten er på {{ support.hours }} pr. uge. Timerne er den tid, hvor du og "
              "din mentor er i direkte kontakt; mentorens forberedelse tæller ikke med"
              "{% if refs.hours %} ({{ refs.hours }}){% endif %}.")

    heading(doc, "7. {{ labels.appeal_guidance }}")
    tag(doc, "for paragraph in appeal_guidance")
    para(doc, "{{ paragraph }}")
    tag(doc, "endfor")

    heading(doc, "Kontakt")
    # Kept with the signatures: a page that holds only signatures, with none of the agreement's
    # text, could be attached to any document.
    para(doc, "Har du spørgsmål til aftalen, kan du kontakte {{ caseworker.name }} på tlf. "
              "{{ caseworker.phone }} eller {{ caseworker.email }}.", keep_next=True)

    heading(doc, "Underskrifter")
    table = doc.add_table(rows=4, cols=3)
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ("Borger", "Mentor", "For {{ authority }}")):
        cell.paragraphs[0].add_run(text).bold = True
    for cell, text in zip(table.rows[1].cells, ("{{ citizen.name }}", "{{ mentor.name }}",
                                                "{{ caseworker.name }}")):
        cell.paragraphs[0].add_run(text)
    for cell in table.rows[2].cells:
        cell.paragraphs[0].add_run("Dato:")
    for cell in table.rows[3].cells:
        cell.paragraphs[0].add_run("Underskrift:")
        cell.add_paragraph("")
    # The signature block never splits: no "Dato / Underskrift" rows alone on a last page, and
    # the "Underskrifter" heading (keep-with-next by style) stays with it.
    _keep_rows_together(table)
    return doc


def build_decision(outcome: str) -> Document:
    doc = new_document()
    letterhead(doc)
    address_block(doc)
    heading(doc, "{{ title }}", 0)
    if outcome == "grant":
        para(doc, "Du får bevilget mentorstøtte fra {{ support.start }} til og med "
                  "{{ support.end }}, {{ support.hours }} pr. uge.", bold=True)
        heading(doc, "Afgørelse")
        applied_and_medhold(doc)
        para(doc, "{{ Authority }} har bevilget:", bold=True, after=2, keep_next=True)
        granted_summary(doc)
        reasons_section(doc, "Afgørelsen er truffet efter {{ refs.mentor }}. "
                             "{{ rules.for_period }} Timetallet fastsættes ud fra dit konkrete "
                             "behov{% if refs.hours %} ({{ refs.hours }}){% endif %}.")
        minplan_note(doc)
    elif outcome == "refusal":
        para(doc, "Du får afslag på mentorstøtte.", bold=True)
        heading(doc, "Afgørelse")
        tag(doc, "if decision.applied_for")
        labelled(doc, "Du har søgt om: ", "{{ decision.applied_for }}", after=6)
        tag(doc, "else")
        para(doc, "Du har søgt om mentorstøtte ({{ support.mentor_type_label }}).")
        tag(doc, "endif")
        para(doc, "{{ Authority }} har besluttet ikke at give dig mentorstøtte.")
        reasons_section(doc, "Afgørelsen er truffet efter {{ refs.mentor }}. Mentorstøtte kan "
                             "gives, når det er nødvendigt for, at du kan få eller fastholde "
                             "et job eller en uddannelse eller deltage i et tilbud, og målet med "
                             "støtten skal være beskæftigelse eller uddannelse.")
        para(doc, "Hvis din situation ændrer sig, kan du søge om mentorstøtte igen.")
    elif outcome == "extension":
        para(doc, "Din mentorstøtte bliver forlænget fra {{ support.start }} til og med "
                  "{{ support.end }}, {{ support.hours }} pr. uge.", bold=True)
        heading(doc, "Afgørelse")
        para(doc, "Din nuværende periode med mentorstøtte slutter {{ decision.previous_end }}. "
                  "{{ Authority }} har besluttet at give dig mentorstøtte i en ny periode.")
        applied_and_medhold(doc)
        para(doc, "{{ Authority }} har bevilget:", bold=True, after=2, keep_next=True)
        granted_summary(doc)
        reasons_section(doc, "Afgørelsen er truffet efter {{ refs.mentor }}. "
                             "{{ rules.for_period }}")
        minplan_note(doc)
    elif outcome == "end":
        para(doc, "Din mentorstøtte ophører. Den sidste dag med mentorstøtte er "
                  "{{ support.end }}.", bold=True)
        heading(doc, "Afgørelse")
        para(doc, "Du har haft mentorstøtte ({{ support.mentor_type_label }}) med "
                  "{{ mentor.name }}{% if mentor.organisation %}, {{ mentor.organisation }}"
                  "{% endif %} i perioden {{ support.start }} til og med {{ support.end }}. "
                  "{{ Authority }} har besluttet, at støtten ophører.")
        tag(doc, "if support.period_note")
        para(doc, "{{ support.period_note }}")
        tag(doc, "endif")
        labelled(doc, "Årsag: ", "{{ decision.end_reason }}", after=6)
        reasons_section(doc, "Afgørelsen er truffet efter {{ refs.mentor }}. Mentorstøtte gives "
                             "kun, så længe den er nødvendig for, at du kan få eller fastholde et "
                             "job eller en uddannelse eller deltage i et tilbud.")
        para(doc, "Ophøret bliver skrevet ind i din plan i Min Plan"
                  "{% if refs.minplan %} ({{ refs.minplan }}){% endif %}.")
    else:
        raise ValueError(outcome)
    appeal_section(doc)
    sign_off(doc)
    return doc


# --- writing ---------------------------------------------------------------------------------

def reproducible_bytes(doc: Document, title: str) -> bytes:
    """Save ``doc`` and re-zip it with fixed timestamps and properties."""
    import zipfile

    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    parts["docProps/core.xml"] = core_properties_xml(
        CoreProperties(title=title, author="mentordocs", date=BUILD_DATE))
    return deterministic_zip(parts, BUILD_DATE)


def build_all() -> dict[str, bytes]:
    built = {"agreement.docx": reproducible_bytes(build_agreement(),
                                                  "Skabelon: aftale om mentorstøtte")}
    for outcome in ("grant", "refusal", "extension", "end"):
        built[f"decision-{outcome}.docx"] = reproducible_bytes(
            build_decision(outcome), f"Skabelon: afgørelse ({outcome})")
    return built


def main() -> None:
    TEMPLATES.mkdir(exist_ok=True)
    for name, data in build_all().items():
        (TEMPLATES / name).write_bytes(data)
        print(TEMPLATES / name)


if __name__ == "__main__":
    main()
