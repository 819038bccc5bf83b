"""Layouts that case systems, mail clients and office suites produce, read into the blocks the
field finder needs: a label and its value set apart only by a style sheet, a card of labelled
items inside a table row, a mail saved as text that quotes a document, rows typed with a bar,
and tables that lay out a page in ODT and DOCX."""

from __future__ import annotations

from pathlib import Path

from .builders import docx_with_body_xml, odt_bytes
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes, read_document


def rows(doc):
    return [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def test_html_spans_set_apart_only_by_style_are_a_label_and_its_value():
    html = ("<html><body><div class='card'><div class='field'><span class='lbl'>Status</span>"
            "<span class='val'>Planlagt</span></div><div class='field'><span class='lbl'>Målsætning</span>"
            "<span class='val'>Signe er i gang med grundforløb 1 på SOSU-skolen.</span></div></div></body></html>")
    doc = read_bytes(html.encode(), "plan.html")
    assert rows(doc) == [("Status", "Planlagt"),
                         ("Målsætning", "Signe er i gang med grundforløb 1 på SOSU-skolen.")]


def test_html_spans_with_a_space_between_them_stay_one_line_of_text():
    html = "<html><body><p><span>Din mentor er </span><span>Mette Pedersen.</span></p></body></html>"
    doc = read_bytes(html.encode(), "brev.html")
    assert [(b.kind, b.text) for b in doc.blocks] == [(BlockKind.PARAGRAPH, "Din mentor er Mette Pedersen.")]


def test_html_list_of_labelled_items_in_a_table_row_follows_the_row_as_items():
    html = ("<html><body><table><tr><th>Aktivitet</th><th>Periode</th><th>Omfang</th></tr>"
            "<tr><td>Virksomhedspraktik</td><td>1.3.2026 – 31.12.2026</td><td>15 timer</td></tr>"
            "<tr><td>Mentorstøtte</td><td colspan='2'><ul><li><b>Mål:</b> Job som kok</li>"
            "<li><b>Mentor:</b> Lise Holm, tlf. 12 34 56 78</li></ul></td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "plan.html")
    assert [(b.kind, b.text) for b in doc.blocks[2:]] == [
        (BlockKind.TABLE_ROW, "Mentorstøtte | "), (BlockKind.LIST_ITEM, "Mål: Job som kok"),
        (BlockKind.LIST_ITEM, "Mentor: Lise Holm, tlf. 12 34 56 78")]


def test_a_mail_saved_as_text_reads_its_quoted_lines_as_the_lines_they_quote():
    text = ("Hej Fatima\n\nSom lovet kommer her teksten fra din plan:\n\n> Mentorordning\n> Status: Aktiv\n"
            "> Hvem er din mentor?: Kenneth Pedersen, Socialpsykiatrien, Team Job, Mobil: 83 57 52 67\n"
            "> Hvad skal mentoren hjælpe med?: Sparring om jobsøgning og CV\n")
    texts = [b.text for b in read_bytes(text.encode(), "mail.txt").blocks]
    assert texts[-2:] == ["Hvem er din mentor?: Kenneth Pedersen, Socialpsykiatrien, Team Job, Mobil: 83 57 52 67",
                          "Hvad skal mentoren hjælpe med?: Sparring om jobsøgning og CV"]


def test_text_rows_typed_with_a_bar_between_label_and_value_are_table_rows():
    text = ("VIRKSOMHEDSPRAKTIK\n\nSted | Dagrofa Lager, Herning\nPeriode | 15.10.2025 - 15.08.2026\n"
            "Timer | 20 timer pr. uge\n")
    assert rows(read_bytes(text.encode(), "plan.txt")) == [
        ("Sted", "Dagrofa Lager, Herning"), ("Periode", "15.10.2025 - 15.08.2026"), ("Timer", "20 timer pr. uge")]


def test_a_hollow_bullet_typed_as_the_letter_o_opens_list_items():
    text = "Mentorens opgaver:\n\no ringe Hanne op om morgenen\no hjælpe med at holde styr på post\n"
    doc = read_bytes(text.encode(), "aftale.txt")
    assert [(b.kind, b.text) for b in doc.blocks][1:] == [
        (BlockKind.LIST_ITEM, "ringe Hanne op om morgenen"), (BlockKind.LIST_ITEM, "hjælpe med at holde styr på post")]


def test_a_label_typed_in_lower_case_does_not_continue_the_list_item_above():
    text = ("Mentorens opgaver:\n\n- støtte til at komme op og afsted om morgenen\n"
            "opfølgning: møde alle tre hver 6. uge\n")
    texts = [b.text for b in read_bytes(text.encode(), "aftale.txt").blocks]
    assert texts[-1] == "opfølgning: møde alle tre hver 6. uge"


def test_an_abbreviation_that_wraps_onto_the_next_line_is_no_lettered_list_item():
    text = "Aftalen gælder i 6 måneder fra 01-01-2026. Opf.\nm. mentor og borger ca. hver md.\n"
    doc = read_bytes(text.encode(), "notat.txt")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]


_PAGE_CELL = "".join(f"<text:p>{line}</text:p>" for line in (
    "Aftale om mentorstøtte", "Aftalen er indgået mellem Amira Haddad og mentor.",
    "Din mentor: Dorthe Mikkelsen, Vækstværkstedet, tlf. 51 88 20 14, dm@vaekstvaerkstedet.dk",
    "Indsatsområder: Følge Amira til praktikstedet de første to uger; ugentlig samtale om fremmøde.",
    "Aftalens varighed: fra 1. maj 2026 og 3 måneder frem", "Timetal: 1-2 timer pr. uge",
    "Opfølgning: Opfølgningssamtale efter 6 uger og igen fire uger før bevillingsudløb.",
    "Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167.",
    "Klagevejledning: Du kan klage mundtligt eller skriftligt til Herning Kommune inden 4 uger fra du har "
    "modtaget afgørelsen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen."))


def test_an_odt_table_that_lays_out_the_page_is_read_as_its_paragraphs():
    side = "".join(f"<text:p>{line}</text:p>" for line in ("Din sagsbehandler", "Hanne Bech", "Tlf. 64 74 71 92"))
    body = (f"<table:table><table:table-row><table:table-cell>{side}</table:table-cell>"
            f"<table:table-cell>{_PAGE_CELL}</table:table-cell></table:table-row></table:table>")
    texts = [b.text for b in read_bytes(odt_bytes(body), "aftale.odt").blocks]
    assert texts[:2] == ["Aftale om mentorstøtte", "Aftalen er indgået mellem Amira Haddad og mentor."]
    assert texts[-3:] == ["Din sagsbehandler", "Hanne Bech", "Tlf. 64 74 71 92"]


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs) + "</w:tc>"


def test_a_docx_letter_cell_beside_a_sidebar_is_read_as_its_paragraphs(tmp_path: Path):
    letter = _cell("Forlængelse af mentorstøtte", "Kære Sara Nielsen",
                   "Vi har vurderet din sag igen og forlænger din mentorstøtte hos Dorthe Mikkelsen. Forlængelsen "
                   "gælder i perioden 1. september 2026 – 28. februar 2027.",
                   "Din mentor er fortsat Dorthe Mikkelsen, Vækstværkstedet, tlf. 51 88 20 14.",
                   "Begrundelse",
                   "Du er i gang med praktikken og har brug for støtte til overgangen til løntilskud. Vi har lagt "
                   "vægt på, at du selv ønsker at fortsætte, og at mentor og arbejdsgiver anbefaler det.",
                   "Du kan klage over afgørelsen til kommunen inden 4 uger efter, at du har modtaget den. Vi ser "
                   "på sagen igen, og fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen.",
                   "Med venlig hilsen")
    sidebar = _cell("Din sagsbehandler", "Louise Dam", "Tlf. 89 15 43 10", "Sagsnr. S-2026-6826")
    doc = read_document(docx_with_body_xml(tmp_path / "brev.docx", f"<w:tbl><w:tr>{letter}{sidebar}</w:tr></w:tbl>"))
    texts = [b.text for b in doc.blocks]
    assert texts[:2] == ["Forlængelse af mentorstøtte", "Kære Sara Nielsen"] and texts[-1] == "Sagsnr. S-2026-6826"


def test_a_docx_cell_with_a_table_of_its_own_beside_a_sidebar_lays_out_the_page(tmp_path: Path):
    inner = ("<w:tbl><w:tr>" + _cell("Mentor:") + _cell("Tildeles senere") + "</w:tr><w:tr>"
             + _cell("Timetal:") + _cell("8 timer om måneden") + "</w:tr></w:tbl>")
    body = "<w:tc><w:p><w:r><w:t>Udskrift af Min Plan</w:t></w:r></w:p>" + inner + "<w:p/></w:tc>"
    sidebar = _cell("Din sagsbehandler", "Michael Juhl", "Tlf. 76 81 22 47")
    doc = read_document(docx_with_body_xml(tmp_path / "plan.docx", f"<w:tbl><w:tr>{body}{sidebar}</w:tr></w:tbl>"))
    assert rows(doc) == [("Mentor:", "Tildeles senere"), ("Timetal:", "8 timer om måneden")]


def test_two_text_lines_of_three_cells_are_a_header_over_its_row():
    text = "Underskrifter\n\nBorger | Mentor | Sagsbehandler\nNadia Juhl | Khaled Omar | Gitte Mørch, tlf. 49 79 60 87\n"
    assert rows(read_bytes(text.encode(), "aftale.txt")) == [
        ("Borger", "Mentor", "Sagsbehandler"), ("Nadia Juhl", "Khaled Omar", "Gitte Mørch, tlf. 49 79 60 87")]
