"""Plain text, Markdown, HTML, RTF and ODT structure."""

from __future__ import annotations

from .builders import odt_bytes
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes


def shape(doc):
    return [(b.kind.value, b.level, b.text) for b in doc.blocks]


def test_cp1252_text_from_old_archives_is_decoded():
    data = "Målet med mentorstøtten: beskæftigelse".encode("cp1252")
    assert read_bytes(data, "gammel.txt").text == "Målet med mentorstøtten: beskæftigelse"


def test_utf8_bom_is_removed():
    data = "\ufeffMål: job som kok".encode("utf-8")
    assert read_bytes(data, "bom.txt").blocks[0].text == "Mål: job som kok"


def test_utf16_with_bom_is_decoded():
    data = "Mentor: Anne Hansen".encode("utf-16")
    assert read_bytes(data, "u16.txt").text == "Mentor: Anne Hansen"


def test_text_label_lines_stay_separate_blocks():
    data = "Mentor: Anne Hansen\nTlf.: 12 34 56 78\nPeriode: 1.3.2026-31.8.2026\n".encode()
    assert [b.text for b in read_bytes(data, "a.txt").blocks] == [
        "Mentor: Anne Hansen", "Tlf.: 12 34 56 78", "Periode: 1.3.2026-31.8.2026"]


def test_hard_wrapped_text_is_joined_and_hyphenation_undone():
    data = ("Borgeren skal i løbet af perioden opnå stabilt fremmøde i sin beskæfti-\n"
            "gelse hos virksomheden og arbejde 20 timer om ugen.\n").encode()
    assert read_bytes(data, "a.txt").blocks[0].text == (
        "Borgeren skal i løbet af perioden opnå stabilt fremmøde i sin beskæftigelse hos "
        "virksomheden og arbejde 20 timer om ugen.")


def test_numbered_sections_and_lists_in_text():
    data = ("1. Målet med mentorstøtten\nBorgeren starter på FGU i august.\n\n"
            "Opgaver:\na) følge til møder\nb) hjælpe med transport\n").encode()
    assert shape(read_bytes(data, "a.txt")) == [
        ("heading", 1, "1. Målet med mentorstøtten"),
        ("paragraph", None, "Borgeren starter på FGU i august."),
        ("heading", 2, "Opgaver:"),
        ("list_item", 2, "a) følge til møder"),
        ("list_item", 2, "b) hjælpe med transport")]


def test_capitals_line_is_a_heading():
    assert read_bytes(b"KLAGEVEJLEDNING\nDu kan klage.", "a.txt").blocks[0].kind is BlockKind.HEADING


def test_short_name_line_after_a_label_is_not_a_heading():
    blocks = read_bytes("Mentor:\nAnne Hansen\n".encode(), "a.txt").blocks
    assert [(b.kind.value, b.text) for b in blocks] == [("heading", "Mentor:"),
                                                       ("paragraph", "Anne Hansen")]


def test_markdown_headings_lists_and_pipe_tables():
    data = ("# Aftale\n\n## Mål\nJob som kok.\n\n- møder\n* transport\n\n"
            "| Felt | Værdi |\n|---|---|\n| Timer | 2 pr. uge |\n").encode()
    assert shape(read_bytes(data, "a.md")) == [
        ("heading", 1, "Aftale"), ("heading", 2, "Mål"), ("paragraph", None, "Job som kok."),
        ("list_item", 1, "møder"), ("list_item", 1, "transport"),
        ("table_row", None, "Felt | Værdi"), ("table_row", None, "Timer | 2 pr. uge")]


def test_markdown_setext_heading():
    assert shape(read_bytes("Mål\n===\nJob.\n".encode(), "a.md"))[0] == ("heading", 1, "Mål")


def test_html_headings_lists_tables_and_div_text():
    page = """<html><body><div class="brev">Kære Anne<br>Her er aftalen.
    <h2>Mentorens opgaver</h2><ol><li>Møder</li><li>Transport<ul><li>bus</li></ul></li></ol>
    <table><tr><th>Mentor</th><td>Anne Hansen</td></tr></table>
    <dl><dt>Timer</dt><dd>2 pr. uge</dd></dl></div></body></html>"""
    assert shape(read_bytes(page.encode(), "a.html")) == [
        ("paragraph", None, "Kære Anne\nHer er aftalen."),
        ("heading", 2, "Mentorens opgaver"),
        ("list_item", 1, "1. Møder"), ("list_item", 1, "2. Transport"), ("list_item", 2, "bus"),
        ("table_row", None, "Mentor | Anne Hansen"), ("table_row", None, "Timer | 2 pr. uge")]


def test_html_with_xml_declaration_is_read():
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Tekst</p></body></html>'
    assert read_bytes(page.encode(), "a.xhtml").text == "Tekst"


def test_rtf_paragraphs_escapes_and_table_cells():
    rtf = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\*\generator x;}"
           rb"\pard M\'e5let med mentorst\'f8tten\par" b"\n"
           rb"Borgeren starter p\u229? FGU.\par "
           rb"\trowd\cellx2000\cellx5000 Mentor\cell Anne Hansen\cell\row}")
    assert shape(read_bytes(rtf, "a.rtf")) == [
        ("paragraph", None, "Målet med mentorstøtten"),
        ("paragraph", None, "Borgeren starter på FGU."),
        ("table_row", None, "Mentor | Anne Hansen")]


def test_an_rtf_escape_that_is_no_character_skips_only_that_character():
    rtf = (rb"{\rtf1\ansi\pard Borgeren starter p\u99999999999?\u229? FGU.\par "
           rb"Mentor: Anne\u-1?\par}")
    assert shape(read_bytes(rtf, "a.rtf")) == [
        ("paragraph", None, "Borgeren starter på FGU."),
        ("paragraph", None, "Mentor: Anne\uffff")]


def test_an_rtf_surrogate_pair_becomes_one_character():
    rtf = rb"{\rtf1\ansi\pard Smil \u-10179?\u-8704? nu\par}"
    assert shape(read_bytes(rtf, "a.rtf")) == [("paragraph", None, "Smil \U0001f600 nu")]


ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?><office:document-styles NS>
<office:master-styles><style:master-page style:name="Standard"><style:header>
<text:p>Jobcenter Gribskov</text:p></style:header></style:master-page></office:master-styles>
</office:document-styles>"""


def test_odt_headings_lists_tables_spaces_and_header():
    body = ('<text:h text:outline-level="1">Aftale</text:h>'
            '<text:p>Mentor:<text:tab/>Anne<text:s text:c="2"/>Hansen</text:p>'
            '<text:list><text:list-item><text:p>Møder</text:p>'
            '<text:list><text:list-item><text:p>bus</text:p></text:list-item></text:list>'
            '</text:list-item></text:list>'
            '<table:table><table:table-row><table:table-cell><text:p>Timer</text:p></table:table-cell>'
            '<table:table-cell><text:p>2 pr. uge</text:p></table:table-cell></table:table-row>'
            '</table:table>')
    doc = read_bytes(odt_bytes(body, ODT_STYLES), "a.odt")
    assert shape(doc) == [
        ("paragraph", None, "Jobcenter Gribskov"), ("heading", 1, "Aftale"),
        ("paragraph", None, "Mentor: Anne Hansen"), ("list_item", 1, "Møder"),
        ("list_item", 2, "bus"), ("table_row", None, "Timer | 2 pr. uge")]


def test_an_odt_even_page_header_is_read():
    styles = ODT_STYLES.replace("</style:header>", "</style:header><style:header-left><text:p>Din mentor: "
                                "Marianne Qvist, tlf. 82 32 63 42</text:p></style:header-left>")
    doc = read_bytes(odt_bytes("<text:p>Aftale</text:p>", styles), "a.odt")
    assert "Din mentor: Marianne Qvist, tlf. 82 32 63 42" in [b.text for b in doc.blocks]


def test_odt_tracked_deletions_are_ignored():
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            '<text:p>slettet 12 måneder</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes><text:p>Varighed: 6 måneder</text:p>')
    assert read_bytes(odt_bytes(body), "a.odt").text == "Varighed: 6 måneder"


def test_html_bold_label_paragraph_is_a_heading():
    page = "<p><strong>Hvem er mentor?</strong></p><p>Anne Hansen</p>"
    assert shape(read_bytes(page.encode(), "a.html"))[0] == ("heading", 3, "Hvem er mentor?")


def test_html_layout_table_is_read_as_flowing_content():
    page = ("<table><tr><td><p>Jobcenter</p><h1>Aftale</h1><p><b>Mål:</b> job som kok</p>"
            "<ul><li>møder</li></ul></td></tr></table>")
    assert shape(read_bytes(page.encode(), "a.html")) == [
        ("paragraph", None, "Jobcenter"), ("heading", 1, "Aftale"),
        ("paragraph", None, "Mål: job som kok"), ("list_item", 1, "møder")]


ODT_BOLD = ('<office:automatic-styles><style:style style:name="B" style:family="text">'
            '<style:text-properties xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'fo:font-weight="bold"/></style:style></office:automatic-styles>')


def test_odt_bold_label_paragraph_is_a_heading():
    body = '<text:p><text:span text:style-name="B">Hvem er mentor?</text:span></text:p><text:p>Anne</text:p>'
    data = odt_bytes(body, automatic_styles=ODT_BOLD)
    assert shape(read_bytes(data, "a.odt")) == [("heading", 3, "Hvem er mentor?"),
                                                ("paragraph", None, "Anne")]


def test_question_line_in_text_is_a_heading():
    blocks = read_bytes("Hvem er din mentor?\nAnne Hansen\n".encode(), "a.txt").blocks
    assert [(b.kind.value, b.text) for b in blocks] == [("heading", "Hvem er din mentor?"),
                                                       ("paragraph", "Anne Hansen")]


def test_html_div_styled_bold_is_a_heading():
    page = '<div style="font-weight:bold">Mentorens opgaver</div><div>Møder</div>'
    assert shape(read_bytes(page.encode(), "a.html"))[0] == ("heading", 3, "Mentorens opgaver")


def test_a_short_html_list_item_over_a_nested_list_is_that_lists_title():
    page = ("<ul><li><strong>Virksomhedspraktik</strong><ul><li>Sted: Føtex</li><li>Start: 17.06.2026</li></ul></li>"
            "</ul>")
    assert [(k, t) for k, _, t in shape(read_bytes(page.encode(), "a.html"))] == [
        ("heading", "Virksomhedspraktik"), ("list_item", "Sted: Føtex"), ("list_item", "Start: 17.06.2026")]


def test_an_html_label_and_value_the_markup_names_are_a_row():
    page = '<div class="row"><span class="lbl">Sted</span> <span class="val">Føtex, Vestergade</span></div>'
    blocks = read_bytes(page.encode(), "a.html").blocks
    assert [(b.kind, b.cells) for b in blocks] == [(BlockKind.TABLE_ROW, ("Sted", "Føtex, Vestergade"))]


def test_typed_bullets_in_html_paragraphs_are_list_items():
    page = "<div>&bull; Møder</div><div>&bull; Transport</div>"
    assert shape(read_bytes(page.encode(), "a.html")) == [("list_item", 1, "Møder"),
                                                          ("list_item", 1, "Transport")]


def test_numbered_label_with_a_dash_starts_its_own_block():
    data = ("Punkt 2 – Kontaktperson: Emil Østergaard (Socialt Netværk Nord), Tlf. 12345678, emil@x.dk\n"
            "Punkt 3 – Indsatsområder: Hjælpe med breve\n").encode()
    assert len(read_bytes(data, "a.txt").blocks) == 2


def test_a_date_at_the_start_of_a_line_is_not_a_list_number():
    assert read_bytes("1. marts 2026 – 31. august 2026".encode(), "a.txt").blocks[0].kind \
        is BlockKind.PARAGRAPH


def test_short_title_line_after_a_gap_is_a_heading():
    data = "Aftale\n\nMål og delmål\nHovedmål: job som kok.\n".encode()
    assert shape(read_bytes(data, "a.txt"))[1:] == [("heading", 2, "Mål og delmål"),
                                                     ("paragraph", None, "Hovedmål: job som kok.")]


def test_name_after_a_label_is_never_a_title():
    data = "Mentor:\n\nAnne Hansen\nTlf. 12 34 56 78\n".encode()
    assert shape(read_bytes(data, "a.txt"))[1] == ("paragraph", None, "Anne Hansen")


def test_recipient_name_over_an_address_is_not_a_title():
    data = "Jobcenter\n\nMalene Kjær\nSolsikkevej 26\n2620 Albertslund\n".encode()
    assert shape(read_bytes(data, "a.txt"))[1] == ("paragraph", None, "Malene Kjær")


def test_html_label_lines_in_one_paragraph_are_split():
    page = "<p>Mål: job som kok<br>Timer: 2 pr. uge</p>"
    assert [b.text for b in read_bytes(page.encode(), "a.html").blocks] == [
        "Mål: job som kok", "Timer: 2 pr. uge"]


def test_text_labels_with_their_values_indented_below_are_label_value_rows():
    data = ("Plan for Bo Riis\n\nNavn\n    Bo Riis\nTidsrum\n    01.02.2026 - 31.07.2026\n"
            "Mentorens opgaver\n    Hjælpe med transporten og følge Bo\n    til de første vagter.\n"
            "Timeantal\n    op til 4 timer pr. uge\n").encode()
    rows = [b.cells for b in read_bytes(data, "plan.txt").blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("Navn", "Bo Riis"), ("Tidsrum", "01.02.2026 - 31.07.2026"),
                    ("Mentorens opgaver", "Hjælpe med transporten og følge Bo til de første vagter."),
                    ("Timeantal", "op til 4 timer pr. uge")]


def test_an_indented_list_under_a_text_label_stays_a_list():
    data = "Opgaver\n  - transport\n  - ugeplan\nMål\n  - job\nTimer\n  - 2\n".encode()
    assert not any(b.kind == BlockKind.TABLE_ROW for b in read_bytes(data, "liste.txt").blocks)


def test_text_labels_with_dot_leaders_are_label_value_rows():
    data = ("Navn .............. Fatima Larsen\nVarighed .......... Ikke fastlagt\n"
            "Timer pr. uge ..... 6 timer om ugen\n").encode()
    rows = [b.cells for b in read_bytes(data, "print.txt").blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("Navn", "Fatima Larsen"), ("Varighed", "Ikke fastlagt"), ("Timer pr. uge", "6 timer om ugen")]


def test_a_case_systems_navigation_menu_and_breadcrumbs_are_not_document_text():
    data = ('<html><body><div class="nav"><ul class="nav-list"><li>Klager</li><li>Timeregistrering</li></ul></div>'
            '<div class="breadcrumb">Forside &gt; Borger</div><h1>Aftale om mentorstøtte</h1>'
            '<div class="row"><div class="label">Mål</div><div class="vaerdi">Job som kok</div></div></body></html>').encode()
    texts = [b.text for b in read_bytes(data, "fagsystem.html").blocks]
    assert texts[0] == "Aftale om mentorstøtte" and not any("Timeregistrering" in t for t in texts)


def test_a_number_that_starts_a_wrapped_line_continues_the_sentence():
    data = ("Mentors opgave bliver at tale med dig om, hvordan du håndterer uro og angst i pauserne,\n"
            "og være bindeled mellem dig og din leder, hvis der opstår problemer. Målet er: påbegynde\n"
            "10. klasse på Hjørring Ungdomsskole og gennemføre året med under 15 % fravær.\n").encode()
    blocks = read_bytes(data, "a.txt").blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]
    assert blocks[0].text.endswith("Målet er: påbegynde 10. klasse på Hjørring Ungdomsskole og gennemføre "
                                   "året med under 15 % fravær.")


def test_a_numbered_list_after_a_wrapped_line_stays_a_list():
    data = ("Mentor skal hjælpe dig med de ting, som vi har talt om på mødet i jobcentret, og som du selv\n"
            "1. transport til praktikstedet\n2. morgenrutiner\n").encode()
    kinds = [b.kind for b in read_bytes(data, "a.txt").blocks]
    assert kinds[-2:] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]


def test_a_colon_after_dot_leaders_or_aligned_columns_is_not_part_of_the_value():
    data = ("Borger .............: Louise Larsen\nStatus .............: Bevilget\n"
            "Mentor .............: Tina Bakir\nOpfølgning        : xx\n").encode()
    cells = [b.cells for b in read_bytes(data, "a.txt").blocks]
    assert cells[:3] == [("Borger", "Louise Larsen"), ("Status", "Bevilget"), ("Mentor", "Tina Bakir")]


def test_a_case_system_exports_identifiers_are_read_as_words():
    data = b"DOKTYPE: MINPLAN_AKTIVITET\nMENTOR_NAVN: Amalie Krogholm\nTIMER_PR_UGE: 1\n"
    texts = [b.text for b in read_bytes(data, "a.txt").blocks]
    assert texts == ["DOKTYPE: MINPLAN AKTIVITET", "MENTOR NAVN: Amalie Krogholm", "TIMER PR UGE: 1"]


def test_a_line_that_introduces_a_list_is_not_glued_to_the_long_line_above():
    data = ("Mads Engstrøm, Jobcenter Hedeby, mentorteamet – telefon 67 14 20 29 og mail mads@hedeby.dk\n"
            "Din mentor kan hjælpe dig med\n"
            "• hjælpe med at forberede samtaler med lederen\n"
            "• deltage i trepartssamtaler\n").encode()
    texts = [b.text for b in read_bytes(data, "a.txt").blocks]
    assert "Din mentor kan hjælpe dig med" in texts


def test_a_question_wrapped_over_two_lines_is_not_glued_to_the_long_line_above():
    data = ("Nadia Østergaard, mentor, Ungeguiden, e-mail nadia.oestergaard@ungeguiden.dk og tlf. 22 33 44 55\n"
            "Hvad skal mentoren hjælpe dig\n"
            "med?\n"
            "Hjælpe med at åbne og forstå post i e-Boks.\n").encode()
    texts = [b.text for b in read_bytes(data, "a.txt").blocks]
    assert not any(t.endswith("hjælpe dig") or "ungeguiden.dk Hvad" in t for t in texts)


def test_a_case_systems_key_value_export_is_read_as_label_value_rows():
    text = ("borger_navn: Sofie Thomsen\nmaal_tekst: Sofie starter på grundforløb 1 i august.\n"
            "mentor_navn_kontakt: Morten Krogh, tlf. 72 88 60 86\nOPFOELGNINGSPLAN: Status hver 6. uge.\n"
            "timetal_uge: 4 t/uge\n").encode()
    blocks = read_bytes(text, "export.txt").blocks
    assert [b.cells for b in blocks][1:4] == [("mål tekst", "Sofie starter på grundforløb 1 i august."),
                                               ("mentor navn kontakt", "Morten Krogh, tlf. 72 88 60 86"),
                                               ("OPFØLGNINGSPLAN", "Status hver 6. uge.")]


def test_numbered_sections_with_their_own_text_are_headings_not_a_list():
    text = ("1. Det arbejder vi hen imod\nCamilla starter i praktik i Netto.\n2. Hvem hjælper dig\n"
            "Lars Østergaard – 96 36 71 69\n3. Forløbets længde\n04.09.2026-03.02.2027\n").encode()
    blocks = read_bytes(text, "aftale.txt").blocks
    assert [b.kind for b in blocks][::2] == [BlockKind.HEADING] * 3


def test_a_numbered_list_stays_a_list():
    text = "Mentorens opgaver:\n1. Hjælpe med CV\n2. Følge til møder\n3. Træne busturen\n\nPeriode: marts\n".encode()
    blocks = read_bytes(text, "aftale.txt").blocks
    assert [b.kind for b in blocks[1:4]] == [BlockKind.LIST_ITEM] * 3


def test_html_values_under_a_header_row_keep_their_cells_when_a_cell_holds_a_list():
    page = ("<table><tr><th>Mål</th><th>Mentor</th><th>Opgaver</th></tr>"
            "<tr><td>Anna er i praktik</td><td><ul><li>Jonas Nielsen</li><li>Mail: j@x.dk</li></ul></td>"
            "<td><ul><li>Hjælpe med lektier</li><li>Samtale om fremmøde</li></ul></td></tr></table>")
    doc = read_bytes(page.encode(), "a.html")
    rows = [b.cells for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert len(rows) == 2 and rows[1][0] == "Anna er i praktik" and "Jonas Nielsen" in rows[1][1]


def test_html_layout_cells_with_lists_are_still_read_as_flow():
    page = ("<table><tr><td><h2>Menu</h2><ul><li>Forside</li><li>Sager</li></ul></td>"
            "<td><p>Aftale om mentorstøtte</p></td></tr></table>")
    doc = read_bytes(page.encode(), "a.html")
    assert not any(b.kind == BlockKind.TABLE_ROW for b in doc.blocks)


def test_html_definition_list_pairs_grouped_in_divs_are_rows():
    page = ("<dl><div class='row'><dt>Mentor</dt><dd>Sara Kjær, tlf. 85 46 63 65</dd></div>"
            "<div class='row'><dt>Periode</dt><dd>1. februar 2026 – 30. april 2026</dd></div></dl>")
    doc = read_bytes(page.encode(), "a.html")
    assert [b.cells for b in doc.blocks] == [("Mentor", "Sara Kjær, tlf. 85 46 63 65"),
                                             ("Periode", "1. februar 2026 – 30. april 2026")]


def test_a_labels_wrapped_aside_in_brackets_stays_with_the_label():
    data = "Mål\nRikke starter på SOSU-skolen i august.\n\nKontaktperson\n(mentor)\n\nAli Lund, tlf. 85 32 64 35\n".encode()
    assert "Kontaktperson (mentor)" in [b.text for b in read_bytes(data, "a.txt").blocks]


def test_a_contact_cut_before_its_address_is_a_value_not_a_heading():
    data = "Kontaktperson (mentor)\nSigne Jensen, BroBygger Mentorservice, mail:\nsigne@brobygger.dk\n".encode()
    kinds = {b.text: b.kind for b in read_bytes(data, "a.txt").blocks}
    assert kinds.get("Signe Jensen, BroBygger Mentorservice, mail:") is not BlockKind.HEADING


def test_a_table_typed_with_tabs_is_read_as_rows_of_cells():
    data = ("Borger:\tRasmus Ali\n\nActivity\tStatus\tStart\tEnd\n"
            "Løntilskud\tPlanlagt\t01.04.2026\t30.09.2026\n").encode()
    rows = [b.cells for b in read_bytes(data, "plan.txt").blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Activity", "Status", "Start", "End"), ("Løntilskud", "Planlagt", "01.04.2026", "30.09.2026")]


def test_a_table_drawn_with_borders_and_bars_is_read_row_by_row():
    data = ("+------------+------------------------+\n"
            "| Formål     | Sara starter på        |\n"
            "|            | grundforløb 1.         |\n"
            "+------------+------------------------+\n"
            "| Varighed   | 1.6.2026 til 30.11.2026|\n"
            "+------------+------------------------+\n").encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Formål", "Sara starter på grundforløb 1."), ("Varighed", "1.6.2026 til 30.11.2026")]


def test_a_form_laid_out_with_one_tab_per_line_is_read_as_label_value_rows():
    data = ("Indsats\tMentorstøtte\nFormål med mentorstøtten\t\nStart\t01.04.2024\n"
            "Timer pr. uge\tto timer ugentligt\n").encode()
    rows = [b.cells for b in read_bytes(data, "plan.txt").blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Indsats", "Mentorstøtte"), ("Formål med mentorstøtten", ""), ("Start", "01.04.2024"),
                    ("Timer pr. uge", "to timer ugentligt")]


def test_a_hard_wrapped_prose_line_ending_on_an_inline_label_goes_on_with_its_value():
    data = ("Opstartsmøde med Mikkel og mentor. Mentors opgaver: støtte ift. fremmøde og kontakt\n"
            "til arbejdsgiveren, transport og kontakten til skolen og sagsbehandleren. Periode:\n"
            "15.2.2026-14.5.2026. Progression følges op på fællesmøde hver 6. uge.\n").encode()
    texts = [b.text for b in read_bytes(data, "a.txt").blocks]
    assert len(texts) == 1 and "Periode: 15.2.2026-14.5.2026." in texts[0]


def test_a_short_label_line_still_stands_over_its_value():
    data = "Periode:\n15.2.2026-14.5.2026\n".encode()
    assert [b.text for b in read_bytes(data, "a.txt").blocks] == ["Periode:", "15.2.2026-14.5.2026"]


def test_html_numbered_label_lines_in_one_paragraph_are_read_one_per_label():
    page = ("<p>1) Mål: Nikolaj har et fleksjob på 12 timer om ugen<br>"
            "2) Mentor: Louise Yilmaz, tlf. 28 25 22 80<br>"
            "3) Mentoren skal: Hjælpe Nikolaj med en ugeplan; Følge Nikolaj til de første dage</p>")
    texts = [b.text for b in read_bytes(page.encode(), "a.html").blocks]
    assert texts[-1] == "3) Mentoren skal: Hjælpe Nikolaj med en ugeplan; Følge Nikolaj til de første dage"


def test_html_list_items_that_hold_cards_are_read_as_their_rows():
    page = ("<ul><li class='card'><div class='card-head'><span>Mentorforløb</span> <span>Planlagt</span></div>"
            "<dl><dt>Periode</dt><dd>22. april 2026 - 21. oktober 2026</dd><dt>Timer</dt><dd>2 timer ugentligt</dd></dl>"
            "</li></ul>")
    texts = [b.text for b in read_bytes(page.encode(), "a.html").blocks]
    assert "Timer | 2 timer ugentligt" in texts


def test_markdown_emphasis_around_a_label_is_not_part_of_it():
    text = ("# Mentorforløb – aftale\n\n**Mål (skriv hvilket job):** Omar bliver optaget på FGU til august.\n\n"
            "**Mentor (navn, tlf., mail):** Jesper Lykke, e-mail: jesper@lykkementor.dk\n\n"
            "Underskrift borger: ______________\n")
    texts = [b.text for b in read_bytes(text.encode(), "a.md").blocks]
    assert "Mentor (navn, tlf., mail): Jesper Lykke, e-mail: jesper@lykkementor.dk" in texts
    assert "Underskrift borger: ______________" in texts


def test_an_ini_like_export_is_read_as_labels_and_values():
    text = ("; Eksport KMD Opus Jobcenter v4.2\n[DOKUMENT]\nTitel=MENTORAFTALE\n[STAMDATA]\nBorger=Camilla Kaya\n"
            "Formaal=Camilla kommer i løntilskud som lagermedarbejder med 25 timer om ugen.\n"
            "Mentor.NavnKontakt=Oliver Olsen (Lyngbo Mentor & Job) – 89 57 79 46\n"
            "INDSATS_MAAL=Julie er optaget på FGU pr. 10. juli 2025.\n"
            "Indsatsomraader=Deltage i opstartsmøde med arbejdsgiver | Træne busruten til skolen\n")
    texts = [b.text for b in read_bytes(text.encode(), "export.txt").blocks]
    assert "Formål: Camilla kommer i løntilskud som lagermedarbejder med 25 timer om ugen." in texts
    assert "Mentor Navn Kontakt: Oliver Olsen (Lyngbo Mentor & Job) – 89 57 79 46" in texts
    assert "INDSATS MÅL: Julie er optaget på FGU pr. 10. juli 2025." in texts
    assert "Indsatsområder: Deltage i opstartsmøde med arbejdsgiver; Træne busruten til skolen" in texts
    assert not any(t.startswith((";", "[")) for t in texts)


def test_a_row_of_a_word_table_saved_as_text_keeps_the_empty_cell_of_a_merged_label():
    data = ("Mentor\tNavn\tIda Yilmaz\t\n\tKontakt\tida.yilmaz@center.dk\t\n"
            "Periode\tFra\t1. feb. 2026\t\n\tTil\t30. apr. 2026\t\n").encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[1] == ("", "Kontakt", "ida.yilmaz@center.dk", "")


def test_lines_indented_with_tabs_are_no_table():
    data = "Aftale\n\t\tFørste linje af et indrykket afsnit\n\t\tAnden linje af afsnittet\n".encode()
    assert not any(b.kind is BlockKind.TABLE_ROW for b in read_bytes(data, "a.txt").blocks)


def test_an_html_cell_that_a_cell_above_spans_is_an_empty_cell():
    page = ("<table><tr><td rowspan='2'>Periode</td><td>Fra</td><td>1/11-2026</td></tr>"
            "<tr><td>Til</td><td>30/4-2027</td></tr><tr><td>Timer</td><td colspan='2'>5</td></tr></table>")
    rows = [b.cells for b in read_bytes(page.encode(), "a.html").blocks]
    assert rows == [("Periode", "Fra", "1/11-2026"), ("", "Til", "30/4-2027"), ("Timer", "5")]


def test_an_html_rowspan_that_is_no_number_spans_one_row():
    page = "<table><tr><td rowspan='x9'>Mål</td><td>Job</td></tr><tr><td>Timer</td><td>5</td></tr></table>"
    assert [b.cells for b in read_bytes(page.encode(), "a.html").blocks] == [("Mål", "Job"), ("Timer", "5")]


def test_the_paragraphs_of_an_rtf_table_cell_stay_lines_of_the_cell():
    rtf = (rb"{\rtf1\ansi \trowd\cellx4000\cellx8000\pard\intbl Mentor\par Anne Hansen\par anne@x.dk\cell"
           rb"\pard\intbl Timer om ugen\par 5 timer\cell\row\pard}")
    assert [b.cells for b in read_bytes(rtf, "a.rtf").blocks] == [("Mentor\nAnne Hansen\nanne@x.dk",
                                                                  "Timer om ugen\n5 timer")]


def test_a_csv_export_of_one_record_is_read_as_label_value_rows():
    data = ('"Dokumenttype";"Borger";"Målet med mentorstøtten";"Timeantal"\n'
            '"Aftale om mentor";"Amalie Jørgensen";"Amalie kommer i løntilskud; 25 timer om ugen.";"3 timer pr. uge"\n').encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks]
    assert rows == [("Dokumenttype", "Aftale om mentor"), ("Borger", "Amalie Jørgensen"),
                    ("Målet med mentorstøtten", "Amalie kommer i løntilskud; 25 timer om ugen."),
                    ("Timeantal", "3 timer pr. uge")]


def test_a_two_column_csv_export_is_read_as_a_header_over_its_rows():
    data = '"Felt";"Indhold"\n"Hovedformål";"At Cecilie fastholder sit fleksjob."\n"Timer pr. uge";"5 timer"\n'.encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks]
    assert rows == [("Felt", "Indhold"), ("Hovedformål", "At Cecilie fastholder sit fleksjob."), ("Timer pr. uge", "5 timer")]


def test_prose_with_commas_and_semicolons_is_no_csv_export():
    data = "Kære Anne, tak for i dag; vi ses, som aftalt, igen.\nMentor: Sara Holm, tlf. 12 34 56 78\n".encode()
    assert not any(b.kind is BlockKind.TABLE_ROW for b in read_bytes(data, "brev.txt").blocks)


def test_an_ini_exports_first_comment_is_its_title():
    data = ("; Min Plan eksport 2026-08-10\n[Borger]\nNavn=Mathilde Nielsen\n; intern note\n[Aktivitet 1]\n"
            "Titel=Mentorstøtte\nMentor=Dorthe Petersen\nTimetal=3 timer pr. uge\n").encode()
    texts = [b.text for b in read_bytes(data, "minplan.txt").blocks]
    assert texts[0] == "Min Plan eksport 2026-08-10" and "intern note" not in " ".join(texts)


def test_an_ini_export_whose_keys_have_spaces_reads_each_key_as_a_label():
    data = ("[STAMDATA]\nBorger=Nadia Bech\nMålet med mentorstøtten=Nadia gennemfører FGU.\n"
            "Timer pr. uge=2 t/uge\nVarighed.Fra=2026-02-05\n").encode()
    texts = [b.text for b in read_bytes(data, "aftale.txt").blocks]
    assert "Målet med mentorstøtten: Nadia gennemfører FGU." in " ".join(texts)


def test_a_cards_details_indented_under_its_title_stay_lines_of_their_own():
    card = "\n   Sted: Kompasset\n   Periode: 5. marts 2026 - 4. juni 2026\n   Timer: 2 timer ugentligt\n\n"
    data = (f"Mine aktiviteter\n\nKursus [Aktiv]{card}Praktik [Planlagt]{card}Mentorstøtte [Planlagt]{card}").encode()
    texts = [b.text for b in read_bytes(data, "plan.txt").blocks]
    assert texts[-3:] == ["Sted: Kompasset", "Periode: 5. marts 2026 - 4. juni 2026", "Timer: 2 timer ugentligt"]


def test_a_heading_in_capitals_wrapped_after_a_small_word_is_one_heading():
    data = "Aftale\n\nMÅLET MED\nMENTORSTØTTEN\n\nIda har et fleksjob som pedelmedhjælper.\n".encode()
    texts = [b.text for b in read_bytes(data, "a.txt").blocks]
    assert "MÅLET MED MENTORSTØTTEN" in texts


def test_labels_set_two_spaces_from_their_values_are_label_value_rows():
    data = ("Mål med mentorstøtten  At Mads fastholder sit job som gartner.\n"
            "Mentor                 Morten Iversen, tlf. 41 34 32 91\n"
            "Periode  2026-04-16 – 2026-10-15\n").encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks]
    assert ("Mål med mentorstøtten", "At Mads fastholder sit job som gartner.") in rows


def test_two_spaces_after_a_sentence_are_no_column_gap():
    data = "Du møder kl. 8.  Mentor ringer dig op.\nVi ses.  Hej hej.\nTak.  Farvel nu.\nMål:  job\n".encode()
    assert not any(b.cells for b in read_bytes(data, "brev.txt").blocks[:3])


def test_a_table_lined_up_with_spaces_is_read_as_rows_of_cells():
    data = ("Aktiviteter\n\nAktivitet                         Tid pr. uge  Ansvarlig\n"
            "Følgeskab til og fra AMU-kurset   1 time       Mentor\n"
            "Hjælp med breve fra kommunen      ½ time       Mentor\n").encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks if b.cells]
    assert rows[1] == ("Følgeskab til og fra AMU-kurset", "1 time", "Mentor")


def test_a_row_of_a_space_lined_table_may_leave_a_column_empty():
    data = ("Dag     Tid              Hvad\nMandag  kl. 8.00-9.00    Følge dig til skolen\n"
            "Onsdag                   Samtale om ugen\n").encode()
    rows = [b.cells for b in read_bytes(data, "plan.txt").blocks if b.cells]
    assert rows[2] == ("Onsdag", "", "Samtale om ugen")


def test_an_rtf_paragraph_with_a_tab_between_label_and_value_is_a_row():
    rtf = (rb"{\rtf1\ansi\ansicpg1252 Borger" + b"\t" + rb"Mikkel Mortensen\par "
           rb"M\'e5l for mentorst\'f8tten" + b"\t" + rb"At Mikkel gennemf\'f8rer grundforl\'f8b 1.\par}")
    rows = [b.cells for b in read_bytes(rtf, "a.rtf").blocks]
    assert ("Mål for mentorstøtten", "At Mikkel gennemfører grundforløb 1.") in rows


def test_a_two_column_export_without_quotes_is_read_as_label_value_rows():
    data = ("Felt;Værdi\nBorger;Yusuf Nielsen\nAktivitet;Mentor\n"
            "Mentorens opgaver;Tage med til møder; Sparre om konflikter\n").encode()
    rows = [b.cells for b in read_bytes(data, "eksport.txt").blocks]
    assert rows[-1] == ("Mentorens opgaver", "Tage med til møder; Sparre om konflikter")


def test_prose_with_one_semicolon_per_line_is_no_export():
    data = "Vi mødes i morgen; det passer fint.\nHusk papirerne.\nMentor: Sara Holm; tlf. 12 34 56 78\nTak.\n".encode()
    assert not any(b.cells for b in read_bytes(data, "brev.txt").blocks)


def test_a_piped_table_row_may_open_with_a_long_cell():
    data = ("Opgave | Ansvarlig | Hvornår\nFølge Sara til praktikstedet de første to uger | Mentor (Birgitte) | Løbende\n"
            "Møde til tiden i praktikken | Sara | Senest kl. 8\n").encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks if b.cells]
    assert rows[1] == ("Følge Sara til praktikstedet de første to uger", "Mentor (Birgitte)", "Løbende")


def test_a_typed_row_that_opens_with_a_bar_and_ends_without_one_has_an_empty_first_cell():
    data = "Mentor | Borger | Sagsbehandler\n | Møde til tiden | Registrere aftalen i Min Plan\n".encode()
    rows = [b.cells for b in read_bytes(data, "aftale.txt").blocks if b.cells]
    assert rows[-1] == ("", "Møde til tiden", "Registrere aftalen i Min Plan")


def test_a_small_table_alone_in_an_odt_value_cell_is_read_as_that_cells_value():
    def cell(text: str) -> str:
        return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"

    inner = (f"<table:table><table:table-row>{cell('Fra')}{cell('Til')}</table:table-row>"
             f"<table:table-row>{cell('8. januar 2026')}{cell('7. april 2026')}</table:table-row></table:table>")
    body = (f"<table:table><table:table-row>{cell('Varighed')}"
            f"<table:table-cell>{inner}</table:table-cell></table:table-row></table:table>")
    doc = read_bytes(odt_bytes(body), "a.odt")
    assert [b.cells for b in doc.blocks] == [("Varighed", "Fra: 8. januar 2026\nTil: 7. april 2026")]


def test_two_pages_lone_dates_are_two_values_not_a_running_line():
    from mentordocs.lint.readers._lines import drop_repeated_margins

    first = ["Aftale om mentorstøtte", "", "Mål: Job i Netto", "Startdato", "01.08.2026", "Slutdato", "31.01.2027", "Side 1"]
    second = ["23.07.2026", "Underskrift borger", "", "Underskrift mentor", "", "Side 2"]
    kept = [line for page in drop_repeated_margins([first, second]) for line in page]
    assert {"01.08.2026", "31.01.2027", "23.07.2026"} <= set(kept)
