"""Structure extraction from real DOCX files."""

from __future__ import annotations

from pathlib import Path

import pytest

from .builders import agreement_docx, docx_with_body_xml, p
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_document


@pytest.fixture
def agreement(tmp_path: Path):
    return read_document(agreement_docx(tmp_path / "aftale.docx"))


def kinds(doc, kind):
    return [b for b in doc.blocks if b.kind is kind]


def test_title_and_heading_styles_become_headings_with_levels(agreement):
    headings = [(b.text, b.level) for b in kinds(agreement, BlockKind.HEADING)]
    assert headings == [("Aftale om mentorstøtte", 1), ("Målet med mentorstøtten", 1),
                        ("Mentorens opgaver", 2), ("Klagevejledning", 1)]


def test_numbered_list_items_carry_their_rendered_number(agreement):
    items = [b.text for b in kinds(agreement, BlockKind.LIST_ITEM)]
    assert items[:2] == ["1. Følge borgeren til første møde", "2. Ugentlig samtale om fremmøde"]


def test_bullet_items_are_list_items_without_a_marker(agreement):
    assert kinds(agreement, BlockKind.LIST_ITEM)[2].text == "Kontakt til praktikstedet"


def test_table_rows_keep_label_and_value_cells(agreement):
    rows = [b.cells for b in kinds(agreement, BlockKind.TABLE_ROW)]
    assert rows == [("Mentor", "Anne Hansen, tlf. 12 34 56 78"),
                    ("Periode", "1. marts 2026 – 31. august 2026"), ("Timer", "2 timer pr. uge")]


def test_header_comes_first_and_footer_last(agreement):
    assert (agreement.blocks[0].text, agreement.blocks[0].style) == (
        "Gribskov Kommune – Jobcenter", "header")
    assert agreement.blocks[-1].style == "footer"


def test_body_blocks_are_numbered_as_paragraphs_in_reading_order(agreement):
    body = [b for b in agreement.blocks if b.style not in ("header", "footer")]
    assert [b.location.paragraph for b in body] == list(range(1, len(body) + 1))


def test_danish_heading_style_ids_are_recognised(tmp_path: Path):
    # Danish Word names its heading styles "Overskrift1"; the document has no styles.xml entry.
    path = docx_with_body_xml(tmp_path / "da.docx", p("Formål", "Overskrift2") + p("Tekst"))
    heading = read_document(path).blocks[0]
    assert (heading.kind, heading.level) == (BlockKind.HEADING, 2)


def test_outline_level_makes_a_heading(tmp_path: Path):
    body = ('<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Mål</w:t></w:r></w:p>')
    block = read_document(docx_with_body_xml(tmp_path / "o.docx", body)).blocks[0]
    assert (block.kind, block.level) == (BlockKind.HEADING, 1)


def test_deleted_text_and_field_codes_are_ignored_inserted_text_kept(tmp_path: Path):
    body = ('<w:p><w:r><w:t xml:space="preserve">Timer: </w:t></w:r>'
            '<w:del w:id="1" w:author="x"><w:r><w:delText>10</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="x"><w:r><w:t>4</w:t></w:r></w:ins>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t xml:space="preserve"> timer pr. uge</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "t.docx", body))
    assert doc.blocks[0].text == "Timer: 4 timer pr. uge"


def test_tabs_become_spaces_and_line_breaks_newlines(tmp_path: Path):
    body = ('<w:p><w:r><w:t>Mentor:</w:t><w:tab/><w:t>Anne Hansen</w:t><w:br/>'
            '<w:t>Tlf. 12345678</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "b.docx", body))
    assert doc.blocks[0].text == "Mentor: Anne Hansen\nTlf. 12345678"


def test_text_box_content_is_read_once_not_twice_from_the_fallback(tmp_path: Path):
    box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
           '<w:txbxContent><w:p><w:r><w:t>Mentor: Anne Hansen</w:t></w:r></w:p></w:txbxContent>'
           '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>Mentor: Anne Hansen</w:t></w:r></w:p></w:txbxContent></v:textbox>'
           '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "box.docx", p("Før") + box + p("Efter")))
    assert [b.text for b in doc.blocks] == ["Før", "Mentor: Anne Hansen", "Efter"]


def test_merged_cells_are_not_repeated(tmp_path: Path):
    row = ('<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{a}</w:tc><w:tc>{b}</w:tc></w:tr>'
           '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{a}</w:tc><w:tc>{c}</w:tc></w:tr>')
    body = "<w:tbl>" + row.format(a=p("Opgaver"), b=p("Møder"), c=p("Transport")) + "</w:tbl>"
    doc = read_document(docx_with_body_xml(tmp_path / "m.docx", body))
    assert [b.cells for b in doc.blocks] == [("Opgaver", "Møder"), ("", "Transport")]


def test_nested_table_rows_follow_their_outer_row(tmp_path: Path):
    inner = "<w:tbl><w:tr><w:tc>" + p("Tlf.") + "</w:tc><w:tc>" + p("12345678") + "</w:tc></w:tr></w:tbl>"
    body = ("<w:tbl><w:tr><w:tc>" + p("Mentor") + "</w:tc><w:tc>" + p("Anne Hansen") + inner
            + "</w:tc></w:tr></w:tbl>")
    doc = read_document(docx_with_body_xml(tmp_path / "n.docx", body))
    assert [b.cells for b in doc.blocks] == [("Mentor", "Anne Hansen"), ("Tlf.", "12345678")]


def test_a_small_table_alone_in_a_value_cell_is_read_as_that_cells_value(tmp_path: Path):
    inner = ("<w:tbl><w:tr><w:tc>" + p("Fra") + "</w:tc><w:tc>" + p("Til") + "</w:tc></w:tr>"
             "<w:tr><w:tc>" + p("8. marts 2026") + "</w:tc><w:tc>" + p("7. september 2026") + "</w:tc></w:tr></w:tbl>")
    body = "<w:tbl><w:tr><w:tc>" + p("Varighed") + "</w:tc><w:tc>" + inner + p("") + "</w:tc></w:tr></w:tbl>"
    doc = read_document(docx_with_body_xml(tmp_path / "n.docx", body))
    assert [b.cells for b in doc.blocks] == [("Varighed", "Fra: 8. marts 2026\nTil: 7. september 2026")]


def test_a_one_cell_frame_table_reads_as_ordinary_paragraphs(tmp_path: Path):
    body = "<w:tbl><w:tr><w:tc>" + p("Mål", "Heading1") + p("Job som lagermedarbejder") + "</w:tc></w:tr></w:tbl>"
    doc = read_document(docx_with_body_xml(tmp_path / "f.docx", body))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Mål"), (BlockKind.PARAGRAPH, "Job som lagermedarbejder")]


def test_content_controls_are_read(tmp_path: Path):
    body = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("Varighed: 6 måneder") + "</w:sdtContent></w:sdt>"
    doc = read_document(docx_with_body_xml(tmp_path / "s.docx", body))
    assert doc.blocks[0].text == "Varighed: 6 måneder"


def test_a_bold_label_paragraph_is_a_heading(tmp_path: Path):
    bold = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Hvem er din mentor?</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "q.docx", bold + p("Anne Hansen")))
    assert [(b.kind, b.level) for b in doc.blocks] == [(BlockKind.HEADING, 3),
                                                       (BlockKind.PARAGRAPH, None)]


def test_a_bold_sentence_is_emphasis_not_a_heading(tmp_path: Path):
    bold = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Husk at møde op til tiden.</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "e.docx", bold))
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH


def test_partly_bold_paragraph_is_not_a_heading(tmp_path: Path):
    mixed = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Mentor: </w:t></w:r>'
             '<w:r><w:t>Anne Hansen</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "m.docx", mixed))
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH


def test_typed_bullet_paragraphs_are_list_items(tmp_path: Path):
    doc = read_document(docx_with_body_xml(tmp_path / "b.docx", p("• Møder") + p("– Transport")))
    assert [(b.kind, b.text) for b in doc.blocks] == [(BlockKind.LIST_ITEM, "Møder"),
                                                      (BlockKind.LIST_ITEM, "Transport")]


def test_label_lines_joined_by_line_breaks_become_separate_blocks(tmp_path: Path):
    body = ('<w:p><w:r><w:t>Mål: job som kok</w:t><w:br/><w:t>Mentor: Anne Hansen</w:t><w:br/>'
            '<w:t>Tlf. 12345678</w:t></w:r></w:p>')
    doc = read_document(docx_with_body_xml(tmp_path / "l.docx", body))
    assert [b.text for b in doc.blocks] == ["Mål: job som kok", "Mentor: Anne Hansen\nTlf. 12345678"]


def test_a_letter_laid_out_in_a_table_cell_is_read_as_its_paragraphs(tmp_path):
    import docx

    fields = [("Mål og delmål", "Yusuf har fundet et ordinært job i detailhandlen senest 1. juli 2026."),
              ("Mentorens navn og kontaktdata", "Karina Lauritsen, Mentorkorpset, tlf. 37 82 61 26"),
              ("Støtten består i", "Træne busturen og hjælpe med at søge SU."),
              ("Aftalens varighed", "1. maj 2026 til 31. oktober 2026"),
              ("Timer pr. uge", "2 timer ugentligt"),
              ("Opfølgning", "Midtvejsevaluering efter 3 måneder.")]
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    body, side = table.rows[0].cells
    body.paragraphs[0].text = "Aftale om mentorstøtte efter LAB § 167"
    body.add_paragraph("Aftalen er indgået mellem Yusuf Demir og Mentorkorpset.")
    for label, value in fields:
        body.add_paragraph(f"{label}: {value}")
    body.add_paragraph("Sådan klager du: Du kan klage over afgørelsen. Klagen skal være modtaget i "
                       "kommunen senest 4 uger efter, at du har fået afgørelsen. Kommunen vurderer sagen "
                       "igen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.")
    side.paragraphs[0].text = "Dato 14. april 2026"
    path = tmp_path / "layout.docx"
    document.save(str(path))
    texts = [b.text for b in read_document(path).blocks]
    assert texts[:2] == ["Aftale om mentorstøtte efter LAB § 167",
                         "Aftalen er indgået mellem Yusuf Demir og Mentorkorpset."]
    assert "Timer pr. uge: 2 timer ugentligt" in texts and texts[-1] == "Dato 14. april 2026"
