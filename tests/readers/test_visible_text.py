"""The office readers read what a person sees in Word or LibreOffice (issue 8, corpus AK):
hidden text, deleted revisions and comments are not text; form controls show their values;
footnotes and text boxes are read; a label wrapped in its cell is one label."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P, Section, Span, Tab

from .builders import docx_with_body_xml, odt_bytes, p
from mentordocs.lint.readers import read_bytes, read_document


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


# -- DOCX ------------------------------------------------------------------------------------

def test_a_hidden_run_is_not_text(tmp_path: Path):
    document = docx.Document()
    paragraph = document.add_paragraph("Antal timer: ")
    paragraph.add_run("3 timer pr. uge").font.hidden = True
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Antal timer:"]


def test_text_in_a_hidden_character_style_is_not_text(tmp_path: Path):
    document = docx.Document()
    style = document.styles.add_style("Skjult", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    paragraph = document.add_paragraph("Mål: ")
    paragraph.add_run("Ali starter på EUD.", style="Skjult")
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Mål:"]


def test_a_paragraph_in_a_hidden_paragraph_style_is_not_text(tmp_path: Path):
    document = docx.Document()
    style = document.styles.add_style("Skjult afsnit", WD_STYLE_TYPE.PARAGRAPH)
    style.font.hidden = True
    document.add_paragraph("Klagevejledning")
    document.add_paragraph("Du kan klage til kommunen inden 4 uger.", style="Skjult afsnit")
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Klagevejledning"]


def test_a_run_that_unhides_itself_in_a_hidden_style_is_text(tmp_path: Path):
    document = docx.Document()
    style = document.styles.add_style("Skjult", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    run = document.add_paragraph().add_run("Timer: 3 pr. uge", style="Skjult")
    run.font.hidden = False
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Timer: 3 pr. uge"]


def test_a_label_cell_wrapped_by_a_soft_line_break_is_one_label(tmp_path: Path):
    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    run = row.cells[0].paragraphs[0].add_run("Målet med")
    run.add_break()
    run.add_text("mentorstøtten")
    document.save(tmp_path / "a.docx")
    assert read_document(tmp_path / "a.docx").blocks[0].cells == ("Målet med mentorstøtten", "")


def test_a_first_cell_whose_lines_are_label_and_name_keeps_its_lines(tmp_path: Path):
    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    run = row.cells[0].paragraphs[0].add_run("Mentor")
    run.add_break()
    run.add_text("Sara Holm")
    row.cells[1].text = "Borger"
    document.save(tmp_path / "a.docx")
    assert read_document(tmp_path / "a.docx").blocks[0].cells == ("Mentor\nSara Holm", "Borger")


def test_a_paragraph_level_placeholder_control_is_empty(tmp_path: Path):
    control = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
               + p("Klik eller tryk her for at skrive tekst.") + "</w:sdtContent></w:sdt>")
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", p("Opgaver") + control + p("Periode")))
    assert texts(doc) == ["Opgaver", "Periode"]


def test_a_moved_away_paragraph_counts_once(tmp_path: Path):
    body = ('<w:p><w:moveFrom w:id="1" w:author="x"><w:r><w:t>Mentor: Sara Holm</w:t></w:r></w:moveFrom></w:p>'
            '<w:p><w:moveTo w:id="2" w:author="x"><w:r><w:t>Mentor: Sara Holm</w:t></w:r></w:moveTo></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", body))
    assert texts(doc) == ["Mentor: Sara Holm"]


def test_a_comment_is_not_text(tmp_path: Path):
    document = docx.Document()
    paragraph = document.add_paragraph("Timetal: ")
    run = paragraph.add_run("aftales senere")
    document.add_comment(run, text="3 timer pr. uge", author="Sagsbehandler")
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Timetal: aftales senere"]


def test_a_label_set_apart_from_its_value_by_a_tab_is_a_label_value_row(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Mentor\tNadia Rahimi, tlf 88020040")
    document.save(tmp_path / "a.docx")
    assert read_document(tmp_path / "a.docx").blocks[0].cells == ("Mentor", "Nadia Rahimi, tlf 88020040")


def test_a_tab_after_a_date_is_no_label_value_row(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Dato 8.2.26\tSide 1 af 2")
    document.save(tmp_path / "a.docx")
    doc = read_document(tmp_path / "a.docx")
    assert (doc.blocks[0].text, doc.blocks[0].cells) == ("Dato 8.2.26 Side 1 af 2", ())


def test_zero_width_characters_inside_words_are_dropped(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Silkeborg Ko\u200bmmune, ev\u00adaluering")
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Silkeborg Kommune, evaluering"]


def _renamed(path: Path, old: str, new: str) -> Path:
    """The package with part ``old`` renamed ``new`` everywhere it is named (as some
    templates name their parts "footerdefault.xml")."""
    source = zipfile.ZipFile(path)
    target_path = path.with_name("renamed.docx")
    with zipfile.ZipFile(target_path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith((".rels", ".xml")):
                data = data.replace(old.encode(), new.encode())
            target.writestr(info.filename.replace(old, new), data)
    return target_path


def test_a_footer_part_named_only_in_the_relationships_is_read(tmp_path: Path):
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Mentor: Sara Holm, tlf. 12 34 56 78"
    document.add_paragraph("Aftale om mentorstøtte")
    document.save(tmp_path / "a.docx")
    doc = read_document(_renamed(tmp_path / "a.docx", "footer1.xml", "footerdefault.xml"))
    assert texts(doc) == ["Aftale om mentorstøtte", "Mentor: Sara Holm, tlf. 12 34 56 78"]


def test_the_header_of_later_pages_is_read_after_the_body_when_the_first_page_differs(tmp_path: Path):
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Hjørring Kommune"
    section.header.paragraphs[0].text = "Mentoraftale – side 2 af 2"
    document.add_paragraph("Afgørelse om mentorstøtte")
    document.save(tmp_path / "a.docx")
    assert texts(read_document(tmp_path / "a.docx")) == ["Hjørring Kommune", "Afgørelse om mentorstøtte",
                                                         "Mentoraftale – side 2 af 2"]


# -- ODT -------------------------------------------------------------------------------------

def _odt(build) -> bytes:
    document = OpenDocumentText()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_hidden_odt_section_is_not_text():
    def build(document):
        document.text.addElement(P(text="Mentor: Sara Holm, tlf. 12 34 56 78"))
        section = Section(name="Gammel_tekst", display="none")
        section.addElement(P(text="Timetal: 10 timer pr. uge"))
        document.text.addElement(section)

    assert texts(read_bytes(_odt(build), "a.odt")) == ["Mentor: Sara Holm, tlf. 12 34 56 78"]


def test_odt_text_in_a_hidden_character_style_is_not_text():
    def build(document):
        hidden = Style(name="Thidden", family="text")
        hidden.addElement(TextProperties(display="none"))
        document.automaticstyles.addElement(hidden)
        paragraph = P(text="Klagevejledning: ")
        paragraph.addElement(Span(stylename=hidden, text="Du kan klage inden 4 uger."))
        document.text.addElement(paragraph)

    assert texts(read_bytes(_odt(build), "a.odt")) == ["Klagevejledning:"]


def test_an_odt_label_set_apart_from_its_value_by_a_tab_is_a_label_value_row():
    def build(document):
        paragraph = P(text="Timetal pr uge")
        paragraph.addElement(Tab())
        paragraph.addText("et par timer om ugen")
        document.text.addElement(paragraph)

    assert read_bytes(_odt(build), "a.odt").blocks[0].cells == ("Timetal pr uge", "et par timer om ugen")


_FORM = 'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"'


def test_an_odt_text_field_control_shows_its_current_value():
    body = (f'<office:forms {_FORM}><form:form form:name="F">'
            '<form:text form:name="goal" form:id="control1" form:value="Skriv målet"'
            ' form:current-value="Ali starter på EUD."/></form:form></office:forms>'
            '<text:p>Mål: <draw:control draw:control="control1"/></text:p>')
    assert texts(read_bytes(odt_bytes(body), "a.odt")) == ["Mål: Ali starter på EUD."]


def test_odt_check_box_controls_read_as_ticked_and_empty_boxes():
    body = (f'<office:forms {_FORM}><form:form form:name="F">'
            '<form:checkbox form:name="t0" form:id="c0" form:label="2 timer pr. uge" form:current-state="unchecked"/>'
            '<form:checkbox form:name="t1" form:id="c1" form:label="Efter behov" form:current-state="checked"/>'
            '</form:form></office:forms>'
            '<text:p><draw:control draw:control="c0"/> 2 timer pr. uge</text:p>'
            '<text:p><draw:control draw:control="c1"/></text:p>')
    assert texts(read_bytes(odt_bytes(body), "a.odt")) == ["☐ 2 timer pr. uge", "☒ Efter behov"]


# -- RTF -------------------------------------------------------------------------------------

def test_an_rtf_footnote_is_read_after_the_body():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 Du kan klage til kommunen.{\super\chftn{\*\footnote\chftn\pard "
           rb"Klagefristen er 4 uger.}}\par Med venlig hilsen\par}")
    assert texts(read_bytes(rtf, "a.rtf")) == ["Du kan klage til kommunen.", "Med venlig hilsen",
                                               "Klagefristen er 4 uger."]


def test_the_text_of_an_rtf_text_box_shape_is_read():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 {\shp{\*\shpinst\shpleft5210{\sp{\sn wzName}{\sv Tekstfelt 1}}"
           rb"{\shptxt\pard Mentor: Sara Holm\par Tlf. 12 34 56 78\par}}"
           rb"{\shprslt{\pard Mentor: Sara Holm\par}}}Aftale om mentorst\'f8tte\par}")
    assert texts(read_bytes(rtf, "a.rtf")) == ["Mentor: Sara Holm", "Tlf. 12 34 56 78",
                                               "Aftale om mentorstøtte"]


def test_a_deleted_rtf_revision_is_not_text():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 Timer: {\deleted\revauthdel1 10 timer}{\revised 4 timer} "
           rb"pr. uge\par}")
    assert texts(read_bytes(rtf, "a.rtf")) == ["Timer: 4 timer pr. uge"]


def test_hidden_rtf_text_is_not_text_until_it_is_switched_off():
    rtf = rb"{\rtf1\ansi\ansicpg1252 M\'e5l: \v Ali starter p\'e5 EUD.\v0 Se bilag.\par}"
    assert texts(read_bytes(rtf, "a.rtf")) == ["Mål: Se bilag."]


def test_rows_of_an_rtf_table_nested_in_a_cell_follow_the_outer_row():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 \trowd\cellx2000\cellx9000\pard\intbl Mentor\cell"
           rb"\pard\intbl\itap2 Navn\nestcell\pard\intbl\itap2 Sara Holm\nestcell"
           rb"{\*\nesttableprops\trowd\cellx1500\cellx6000\nestrow}{\nonesttables\par}"
           rb"\pard\intbl\itap2 Telefon\nestcell\pard\intbl\itap2 12345678\nestcell"
           rb"{\*\nesttableprops\trowd\cellx1500\cellx6000\nestrow}{\nonesttables\par}\cell\row\pard}")
    assert [b.cells for b in read_bytes(rtf, "a.rtf").blocks] == [("Mentor", ""), ("Navn", "Sara Holm"),
                                                                 ("Telefon", "12345678")]


def test_a_paragraph_break_in_the_first_rtf_cell_stays_in_its_cell():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 \trowd\cellx2000\cellx9000\pard\intbl M\'e5let med\par"
           rb" mentorst\'f8tten\cell\pard\intbl Ali starter p\'e5 EUD.\cell\row\pard}")
    assert [b.cells for b in read_bytes(rtf, "a.rtf").blocks] == [("Målet med mentorstøtten",
                                                                  "Ali starter på EUD.")]


def test_an_odt_footnote_is_read_after_the_body():
    body = ('<text:p>Du kan klage til kommunen.<text:note text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p>Klagefristen er 4 uger.</text:p></text:note-body>'
            '</text:note></text:p><text:p>Med venlig hilsen</text:p>')
    assert texts(read_bytes(odt_bytes(body), "a.odt")) == ["Du kan klage til kommunen.", "Med venlig hilsen",
                                                           "Klagefristen er 4 uger."]


def test_wingdings_check_box_symbols_read_as_ticked_and_empty_boxes(tmp_path: Path):
    body = ('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0A8"/><w:t xml:space="preserve"> 2 timer pr. uge</w:t>'
            '</w:r></w:p><w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/>'
            '<w:t xml:space="preserve"> Efter behov</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", body))
    assert texts(doc) == ["☐ 2 timer pr. uge", "☒ Efter behov"]


def test_a_cell_level_placeholder_control_is_an_empty_cell(tmp_path: Path):
    cell = '<w:tc>{}</w:tc>'
    row = ('<w:tbl><w:tr>' + cell.format(p("Opgaver")) + '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>'
           '<w:sdtContent>' + cell.format(p("Klik eller tryk her for at skrive tekst.")) +
           '</w:sdtContent></w:sdt></w:tr></w:tbl>')
    doc = read_document(docx_with_body_xml(tmp_path / "a.docx", row))
    assert doc.blocks[0].cells == ("Opgaver", "")
