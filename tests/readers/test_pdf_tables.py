"""PDF tables: one table row per real row, wrapped cell text joined, empty cells kept.

The PDFs are built with text runs at the x/y positions Word and LibreOffice give table cells, one
run per visual line of a cell, so each test states the layout it covers.
"""

from __future__ import annotations

from .builders import positioned_pdf
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes

# Column starts of a three-column table (points) and the line pitch of 10pt text.
COL = (72, 240, 410)
LEAD = 12


def rows(runs: list[tuple[float, float, str]]) -> list[tuple[str, ...]]:
    doc = read_bytes(positioned_pdf(runs), "tabel.pdf")
    return [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def blocks(runs: list[tuple[float, float, str]]) -> list[tuple[str, object]]:
    doc = read_bytes(positioned_pdf(runs), "tabel.pdf")
    return [(b.kind.value, b.cells or b.text) for b in doc.blocks]


def grid(lines: list[tuple[str, str, str]], top: float = 700) -> list[tuple[float, float, str]]:
    """Runs for table lines given as (column 1, column 2, column 3); "" leaves a cell blank."""
    return [(x, top - i * LEAD, text) for i, line in enumerate(lines)
            for x, text in zip(COL, line) if text]


INTRO = [(72, 760, "Aftale om mentorstøtte mellem borgeren og Jobcenter Gribskov")]


def test_wrapped_cells_in_every_column_join_into_one_row():
    runs = INTRO + grid([
        ("Målet med mentorstøtten", "Kontaktperson", "Opgaver"),
        ("Borgeren er i gang med", "Navn: Kim Skov", "Struktur på ugen"),
        ("ungdomsuddannelse og har", "Telefon: 4221 6887", ""),
        ("et fremmøde på 80 %.", "", ""),
    ])
    assert rows(runs)[1] == ("Borgeren er i gang med ungdomsuddannelse og har et fremmøde på 80 %.",
                             "Navn: Kim Skov\nTelefon: 4221 6887", "Struktur på ugen")


def test_a_capitalised_line_in_a_cell_starts_a_new_line_of_that_cell_as_in_docx():
    runs = INTRO + grid([
        ("Varighed", "Opfølgning", "Timer"),
        ("Udfyldes senere", "Midtvejsevaluering 11. dec. 2024.", "3 timer"),
        ("", "Slutevaluering fire uger før", ""),
        ("", "bevillingsudløb.", ""),
    ])
    doc = read_bytes(positioned_pdf(runs), "tabel.pdf")
    row = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW][1]
    assert row.cells[1] == "Midtvejsevaluering 11. dec. 2024.\nSlutevaluering fire uger før bevillingsudløb."
    assert "\n" not in row.text


def test_continuation_row_keeps_its_column_when_the_first_cell_is_empty():
    runs = INTRO + grid([
        ("Mentor", "Opgaver", "Periode"),
        ("Birgitte Skov", "Struktur på ugen", "1.9.26 – 31.12.26"),
        ("", "", "(4 måneder)"),
    ])
    assert rows(runs)[1] == ("Birgitte Skov", "Struktur på ugen", "1.9.26 – 31.12.26\n(4 måneder)")


def test_empty_cells_are_kept_so_every_row_has_all_columns():
    runs = INTRO + grid([
        ("Mentor", "Opgaver", "Periode"),
        ("Birgitte Skov", "", "1.9.26 – 31.12.26"),
    ])
    assert rows(runs)[1] == ("Birgitte Skov", "", "1.9.26 – 31.12.26")


def test_a_wrapped_header_cell_stays_in_the_header_row():
    runs = INTRO + grid([
        ("Formål med", "Mentor", "Periode"),
        ("mentorstøtten", "", ""),
        ("Borgeren får job", "Anne Hansen", "1.3.26 – 31.8.26"),
    ])
    assert blocks(runs)[1:] == [
        ("table_row", ("Formål med mentorstøtten", "Mentor", "Periode")),
        ("table_row", ("Borgeren får job", "Anne Hansen", "1.3.26 – 31.8.26")),
    ]


def test_a_first_cell_wrapped_under_an_unfinished_line_joins_while_the_table_goes_on():
    runs = INTRO + grid([
        ("Mål", "Mentor", "Periode"),
        ("Ahmad fastholder sit job hos", "Pia Krogh", "Uge 40 til uge 8"),
        ("ISS Facility Services med 12", "", ""),
        ("timer om ugen.", "", ""),
    ])
    assert rows(runs)[1][0] == "Ahmad fastholder sit job hos\nISS Facility Services med 12 timer om ugen."


def test_a_new_row_with_capitalised_cells_is_not_joined_to_the_row_above():
    runs = INTRO + grid([
        ("Periode", "Statusmøder", "Timer pr. uge"),
        ("1. okt. 2026 – 30. sep. 2027", "Vi evaluerer hver måned.", "3 timer"),
        ("Mentor", "Opgaver", "Opfølgning"),
    ])
    assert len(rows(runs)) == 3


def test_a_heading_after_the_table_is_not_swallowed_by_the_last_row():
    runs = INTRO + grid([
        ("Periode", "Statusmøder", "Timer pr. uge"),
        ("1. okt. 2026 – 30. sep. 2027", "Hver måned", "3 timer"),
    ]) + [(72, 700 - 3 * LEAD, "Klagevejledning"),
          (72, 700 - 4 * LEAD, "Du kan klage til kommunen inden fire uger efter afgørelsen.")]
    kinds = blocks(runs)
    assert ("table_row", ("1. okt. 2026 – 30. sep. 2027", "Hver måned", "3 timer")) in kinds
    assert any(text == "Klagevejledning" for _, text in kinds)


def test_a_second_table_with_other_columns_starts_its_own_rows():
    runs = INTRO + grid([
        ("Mentor", "Opgaver", "Periode"),
        ("Anne Hansen", "Møder", "1.3.26 – 31.8.26"),
    ]) + [(72, 640, "Opfølgning"), (330, 640, "Klageadgang"),
          (72, 628, "Hver måned med mentor,"), (330, 628, "Du kan klage til Jobcenter"),
          (72, 616, "borger og sagsbehandler."), (330, 616, "Gribskov inden fire uger.")]
    assert rows(runs)[2:] == [("Opfølgning", "Klageadgang"),
                              ("Hver måned med mentor, borger og sagsbehandler.",
                               "Du kan klage til Jobcenter\nGribskov inden fire uger.")]


def test_label_value_rows_stay_separate_rows():
    runs = INTRO + [(72, 700, "Periode"), (250, 700, "1.3.2026 – 31.8.2026"),
                    (72, 688, "Opfølgning"), (250, 688, "hver måned med mentor")]
    assert rows(runs) == [("Periode", "1.3.2026 – 31.8.2026"),
                          ("Opfølgning", "hver måned med mentor")]


def test_a_compound_split_after_its_hyphen_is_rejoined_with_the_hyphen():
    runs = INTRO + grid([
        ("Mål", "Mentor", "Periode"),
        ("Borgeren er i SU-", "Kim Skov", "1.3.26 – 31.8.26"),
        ("berettiget uddannelse.", "", ""),
    ])
    assert rows(runs)[1][0] == "Borgeren er i SU-berettiget uddannelse."


def test_a_word_split_by_hyphenation_is_rejoined():
    runs = INTRO + grid([
        ("Mål", "Mentor", "Periode"),
        ("Borgeren får beskæfti-", "Kim Skov", "1.3.26 – 31.8.26"),
        ("gelse i en butik.", "", ""),
    ])
    assert rows(runs)[1][0] == "Borgeren får beskæftigelse i en butik."


from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from mentordocs.lint.readers.pdf import _column_lines, _lift_side_boxes

_word = st.text(alphabet="abcæøAÅZ19.:-@•", min_size=1, max_size=8)
_gap = st.sampled_from([" ", "  ", "   ", "      ", "                ", " " * 40])
_line = st.lists(st.tuples(_gap, _word), max_size=6).map(
    lambda runs: "".join(gap + word for gap, word in runs))


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=30))
def test_layout_lines_never_lose_a_letter_or_digit(raw_lines):
    # Hyphens may go (rejoined words) and spaces change; every letter and digit must survive.
    keep = lambda text: Counter(c for c in text if c.isalnum())  # noqa: E731
    out = _column_lines(_lift_side_boxes(raw_lines) + [""], page=1)
    assert keep("".join(ln.text.replace(" | ", "") for ln in out)) == keep("".join(raw_lines))


def test_a_paragraph_under_a_label_value_table_is_not_taken_into_its_last_row():
    runs = INTRO + [(72, 700, "Timeantal"), (300, 700, "16 timer om måneden"),
                    (72, 688, "Hvis du ikke er enig, skal du klage"),
                    (72, 676, "inden fire uger til jobcentret.")]
    assert rows(runs) == [("Timeantal", "16 timer om måneden")]


def test_a_long_paragraph_under_a_grid_table_is_not_taken_into_its_last_row():
    runs = INTRO + grid([
        ("Periode", "Statusmøder", "Timer pr. uge"),
        ("1. okt. 2026 – 30. sep. 2027", "Hver måned", "3 timer"),
    ]) + [(72, 676, "Hvis du ikke er enig i jobcentrets afgørelse, skal du klage til jobcentret"),
          (72, 664, "inden fire uger. Jobcentret skal så genvurdere sin afgørelse.")]
    assert rows(runs)[-1] == ("1. okt. 2026 – 30. sep. 2027", "Hver måned", "3 timer")


def test_a_letterhead_repeated_on_page_two_does_not_split_a_heading_from_its_value():
    from .builders import simple_pdf

    head = ["Jobcenter Rudersdal", "Øverødvej 2, 2840 Holte", "Tlf. 46 11 00 00", "www.rudersdal.dk"]
    data = simple_pdf([head + ["", "Aftale om mentorstøtte", "", "Hvor mange timer om ugen?"],
                       head + ["", "2 timer om ugen", "", "Vi evaluerer hver måned."]])
    texts = [b.text for b in read_bytes(data, "brev.pdf").blocks]
    assert sum("Rudersdal" in text for text in texts) == 1
    assert texts[texts.index("Hvor mange timer om ugen?") + 1] == "2 timer om ugen"


# A text box floating right of the body (x=380), as Word anchors "Kontaktoplysninger på mentor".
BOX = 380


def test_a_text_box_beside_the_body_is_read_as_its_own_heading_and_text_before_the_body():
    runs = INTRO + [
        (BOX, 700, "Kontaktoplysninger på mentor"),
        (72, 688, "Mentorens opgaver"), (BOX, 688, "Line Larsen, Vejviseren ApS"),
        (72, 676, "• Hjælpe med at finde en bolig"), (BOX, 676, "lila@vejviseren.dk"),
        (72, 664, "• Følge borgeren til første møde"),
    ]
    assert blocks(runs)[1:] == [
        ("heading", "Kontaktoplysninger på mentor"),
        ("paragraph", "Line Larsen, Vejviseren ApS lila@vejviseren.dk"),
        ("heading", "Mentorens opgaver"),
        ("list_item", "Hjælpe med at finde en bolig"),
        ("list_item", "Følge borgeren til første møde"),
    ]


def test_body_text_running_into_a_text_box_is_split_from_the_box_text():
    # Body text long enough to reach under the box: layout mode glues "lektier" to "Mentor".
    runs = INTRO + [
        (BOX, 700, "Kontaktperson"),
        (72, 688, "• Deltage i møder med skolen og hjælpe med en plan for lektier"),
        (BOX, 688, "Fatima Østergaard, Broen"),
        (72, 676, "• Ledsage dig til lægen"), (BOX, 676, "Tlf: +45 94 17 18 42"),
    ]
    texts = [text for _, text in blocks(runs)]
    assert "Deltage i møder med skolen og hjælpe med en plan for lektier" in texts
    assert not any("lektierFatima" in str(text) for text in texts)
    assert texts[texts.index("Kontaktperson") + 1].startswith("Fatima Østergaard, Broen")


def test_a_wrapped_right_hand_header_cell_is_not_taken_for_a_text_box():
    runs = INTRO + grid([
        ("Varighed", "Opfølgning", "Timer pr."),
        ("", "", "uge"),
        ("[indsæt]", "Midtvejsevaluering", "Op til 5 timer"),
    ])
    assert rows(runs) == [("Varighed", "Opfølgning", "Timer pr. uge"),
                          ("[indsæt]", "Midtvejsevaluering", "Op til 5 timer")]


# An OCR text layer as layout mode prints it: Tesseract places each word on its own, so words
# stand two spaces apart and three now and then.
OCR_PAGE = [
    "Mentorens  opgaver:  Mentor  hjælper  dig  med  lektieplan  og  overblik  over  afleveringer",
    "og  er  bindeled   til  studievejlederen.",
    "Varighed:  fra  10.12.2025   til  09.02.2026",
    "Progression  og  opfølgning:  Din  sagsbehandler  følger  op  hver  4.  uge  ved  et  kort",
    "  Målsætning                        Du  påbegynder  uddannelsen   til  pædagogisk  assistent",
]


def test_an_ocr_layers_wide_word_spacing_is_not_a_column_gap():
    from mentordocs.lint.readers.pdf import _narrow_word_gaps
    narrowed = _narrow_word_gaps(OCR_PAGE)
    assert narrowed[2] == "Varighed: fra 10.12.2025 til 09.02.2026"


def test_narrowing_word_gaps_keeps_a_table_columns_start():
    from mentordocs.lint.readers.pdf import _narrow_word_gaps
    narrowed = _narrow_word_gaps(OCR_PAGE)[4]
    assert narrowed.index("Du påbegynder") == OCR_PAGE[4].index("Du  påbegynder")


def test_single_spaced_text_is_left_as_it_is():
    from mentordocs.lint.readers.pdf import _narrow_word_gaps
    page = [line.replace("  ", " ") for line in OCR_PAGE] + ["Mål   Du får et job"]
    assert _narrow_word_gaps(page) == page


def test_a_misplaced_one_letter_word_of_an_ocr_layer_stays_in_its_sentence():
    from mentordocs.lint.readers.pdf import _narrow_word_gaps
    page = OCR_PAGE + [" Du  kommer        i  job  som  assistent  på  en  skole                     i  kommunen."]
    assert _narrow_word_gaps(page)[-1].strip() == "Du kommer i job som assistent på en skole i kommunen."


def test_a_speck_read_as_a_full_stop_beside_a_heading_is_dropped():
    from mentordocs.lint.readers.pdf import _narrow_word_gaps
    page = OCR_PAGE + ["Status  og  evaluering                                ."]
    assert _narrow_word_gaps(page)[-1].strip() == "Status og evaluering"


def _label_value(lines: list[tuple[str, str]], top: float = 700) -> list[tuple[float, float, str]]:
    return [(x, top - i * LEAD, text) for i, line in enumerate(lines)
            for x, text in zip((72, 240), line) if text]


def test_a_label_at_the_bottom_of_its_cell_takes_the_value_lines_above_it():
    # a Min Plan print sets each label on the last line of its value
    runs = INTRO + _label_value([
        ("Indsats", "Mentorstøtte (LAB § 167)"),
        ("Status", "Aktiv"),
        ("", "Jonas er startet på FVU-dansk og møder til"),
        ("Formål", "undervisningen mindst 4 ud af 5 dage."),
        ("", "Maja Fogh, Vejen Videre I/S, tlf. 32 86 94 12,"),
        ("Mentor", "maja.fogh@vejenvidere.dk"),
        ("Periode", "1/2-2026 – 31/7-2026"),
    ])
    assert rows(runs)[1:4] == [("Status", "Aktiv"),
                               ("Formål", "Jonas er startet på FVU-dansk og møder til undervisningen mindst 4 ud af 5 dage."),
                               ("Mentor", "Maja Fogh, Vejen Videre I/S, tlf. 32 86 94 12, maja.fogh@vejenvidere.dk")]


def test_a_label_in_the_middle_of_its_cell_takes_the_lines_above_and_below_it():
    runs = INTRO + _label_value([
        ("Sagsbehandler", "Emil Østergaard, Jobcenter Randers, tlf. 92478670"),
        ("", "Henrik Thøgersen"),
        ("Mentor", "kommunens mentorkorps"),
        ("", "tlf. 76 76 53 07"),
        ("Timetal", "Halvanden time pr. uge"),
        ("", "– være bindeled til sagsbehandleren"),
        ("Mentorens opgaver", "– øve turen med bus"),
        ("", "– støtte kontakten med skolen"),
        ("Periode", "1. august 2026 – 30. november 2026"),
    ])
    assert rows(runs)[:4] == [("Sagsbehandler", "Emil Østergaard, Jobcenter Randers, tlf. 92478670"),
                              ("Mentor", "Henrik Thøgersen kommunens mentorkorps tlf. 76 76 53 07"),
                              ("Timetal", "Halvanden time pr. uge"),
                              ("Mentorens opgaver", "– være bindeled til sagsbehandleren\n– øve turen med bus\n"
                                                    "– støtte kontakten med skolen")]


def test_one_value_starting_in_lower_case_takes_no_lines_from_the_row_above():
    runs = INTRO + _label_value([
        ("Mentor", "Louise Møller"),
        ("", "Mentorvirksomheden Nordlys"),
        ("Periode", "fra 1. marts 2026 til 31. august 2026"),
        ("Timetal", "2 timer om ugen"),
    ])
    assert rows(runs)[:2] == [("Mentor", "Louise Møller\nMentorvirksomheden Nordlys"),
                              ("Periode", "fra 1. marts 2026 til 31. august 2026")]


def test_a_wrapped_value_over_a_label_whose_value_starts_in_lower_case_stays_with_its_row():
    # top-aligned: the wrapped line goes on from its own row, so the next row's "fra" takes nothing
    runs = INTRO + _label_value([
        ("Opgaver", "Hjælpe med at åbne post og"),
        ("", "træne turen med bus"),
        ("Periode", "fra 1. marts 2026 til 31. august 2026"),
    ])
    assert rows(runs)[:2] == [("Opgaver", "Hjælpe med at åbne post og træne turen med bus"),
                              ("Periode", "fra 1. marts 2026 til 31. august 2026")]


def test_a_label_over_its_value_closer_than_the_font_size_stays_two_lines():
    # a browser's print of <dt>/<dd> sets lines closer than the size it reports for the font
    runs = [(72, 700, "Formål med forløbet"), (80, 692, "Målet er, at Jonas fastholder sit fleksjob."),
            (72, 676, "Din mentor"), (80, 668, "Lars Østergaard, tlf. 44 82 92 72")]
    texts = [text for _, text in blocks(runs)]
    assert "Formål med forløbet" in texts and "Din mentor" in texts


def test_a_label_and_its_value_set_glyph_by_glyph_on_close_baselines_are_not_interleaved():
    # a browser draws one glyph per text object; each label sits 9 pt over its value
    def glyphs(word, y):
        return [(48 + 6 * i, y, ch) for i, ch in enumerate(word)]
    runs = glyphs("System", 700) + [(78, 691, "Acadre – Min Plan")] + glyphs("Borger", 682) + \
        [(78, 673, "Jonas Bech")]
    texts = [text for _, text in blocks(runs)]
    assert "Acadre – Min Plan" in texts and "Jonas Bech" in texts


def test_a_long_label_that_ends_close_to_its_value_is_still_a_cell_of_its_own():
    # The label cell's text runs to within 0.6 em of the value column, which every other row
    # starts at too: the gap is a column gap, not a space between two words of one line.
    label_x, value_x = 72, 192
    runs = INTRO + [
        (label_x, 700, "Vi har aftalt følgende mål"), (value_x, 700, "Maja fastholder sit fleksjob"),
        (label_x, 688, "for forløbet:"), (value_x, 688, "med højst to fraværsdage."),
        (label_x, 664, "Mentor"), (value_x, 664, "Birgitte Frederiksen, tlf. 22 33 44 55"),
        (label_x, 640, "Antal timer"), (value_x, 640, "To timer om ugen"),
    ]
    assert rows(runs)[0] == ("Vi har aftalt følgende mål for forløbet:",
                             "Maja fastholder sit fleksjob med højst to fraværsdage.")


def test_words_an_ocr_layer_sets_apart_stay_one_line_where_they_line_up_by_chance():
    # An OCR layer puts every word in a text object of its own; in justified text a wide word
    # gap (0.6 em here) falls at the same x on several lines without making a column.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    second = 72 + stringWidth("Borgeren", "Helvetica", 10) + 6
    lines = [("Borgeren", "møder", "op"), ("Borgeren", "ringer", "hjem"), ("Borgeren", "skriver", "til")]
    runs = INTRO + [
        (x, 700 - i * LEAD, word) for i, (first, middle, last) in enumerate(lines)
        for x, word in ((72, first), (second, middle),
                        (second + stringWidth(middle, "Helvetica", 10) + 3, last))]
    assert all(kind == "paragraph" for kind, _ in blocks(runs))


def test_a_short_value_line_over_the_middle_of_the_next_rows_value_ends_its_own_row():
    # "Mentorstøtte (§ 167)" stops well short of the column: "at du …" is the next row's value,
    # set around its label "Formål"; a five-word lead-in label sits in the middle of its value too
    runs = INTRO + _label_value([
        ("Aktivitet", "Mentorstøtte (§ 167)"),
        ("", "at du fastholder dit job som rengøringsassistent og øger timetallet fra 15"),
        ("Formål", "til 25 timer om ugen"),
        ("Din mentor", "Omar Jensen, Mentorhuset ApS, 68 58 72 72"),
        ("", "støtte til struktur i hverdagen og at komme op om morgenen, deltage i"),
        ("Det hjælper mentor dig med", "møder med skolen og hjælpe med kontakt til studievejleder"),
        ("Periode", "1. juni 2026 – 30. november 2026"),
    ])
    assert rows(runs)[:2] == [("Aktivitet", "Mentorstøtte (§ 167)"),
                              ("Formål", "at du fastholder dit job som rengøringsassistent og øger timetallet fra 15 "
                                         "til 25 timer om ugen")]


def test_a_figure_right_under_its_label_at_the_foot_of_the_page_is_no_page_number():
    runs = INTRO + [(72, 700 - 14 * i, text) for i, text in enumerate(
        ["Mentor", "Søren Thygesen, tlf. 27 11 48 90", "Periode", "6. april 2026 – 5. oktober 2026",
         "Timer pr. uge", "2"])]
    doc = read_bytes(positioned_pdf(runs), "plan.pdf")
    assert [b.text for b in doc.blocks][-1] == "2"


def test_a_page_number_apart_from_the_text_above_it_is_dropped():
    runs = INTRO + [(72, 700 - 14 * i, text) for i, text in enumerate(
        ["Mentor", "Søren Thygesen, tlf. 27 11 48 90", "Periode", "6. april 2026 – 5. oktober 2026"])] + [(300, 60, "2")]
    doc = read_bytes(positioned_pdf(runs), "plan.pdf")
    assert "2" not in [b.text for b in doc.blocks]


def test_a_label_cells_hint_line_beside_a_value_going_on_from_a_small_word_stays_in_the_row():
    runs = INTRO + _label_value([
        ("Formål", "Opstart på FGU (produktionsgrunduddannelse) og"),
        ("Målet med mentorstøtten", "fremmøde 4 af 5 dage."),
        ("Mentor", "Nadia Andersen"),
        ("Periode", "15.04.2026 - 14.08.2026"),
    ])
    assert rows(runs)[0] == ("Formål\nMålet med mentorstøtten", "Opstart på FGU (produktionsgrunduddannelse) og fremmøde 4 af 5 dage.")


def test_a_first_label_set_in_the_middle_of_its_value_takes_the_value_line_above_it():
    runs = INTRO + grid([
        ("", "Sofie har et ordinært job på 20 timer om ugen inden for lager", ""),
        ("Mål med mentorstøtten", "og logistik, når perioden slutter.", ""),
        ("Mentor", "Dorthe Lykke, Fokus Mentor, tlf. 53 92 41 38", ""),
        ("Periode", "1. marts 2026 – 30. juni 2026", ""),
    ])
    assert rows(runs)[0] == ("Mål med mentorstøtten",
                             "Sofie har et ordinært job på 20 timer om ugen inden for lager og logistik, når perioden slutter.")


def test_a_value_line_that_ends_on_an_ordinal_goes_on_into_the_next_centred_label():
    runs = INTRO + grid([
        ("", "Sofie har et ordinært job på 20 timer om ugen inden for lager", ""),
        ("Mål med mentorstøtten", "og logistik, når perioden slutter.", ""),
        ("Timetal", "2 timer om ugen", ""),
        ("", "Opfølgning sker ved samtale med din sagsbehandler hver 4.", ""),
        ("Opfølgning", "uge, hvor progression i forhold til delmålene gennemgås.", ""),
    ])
    assert rows(runs)[-1] == ("Opfølgning", "Opfølgning sker ved samtale med din sagsbehandler hver 4. uge, hvor "
                                            "progression i forhold til delmålene gennemgås.")


def test_a_first_label_set_at_the_bottom_of_its_value_takes_every_value_line_above_it():
    runs = INTRO + grid([
        ("", "Julie har et fleksjob på 12 timer om ugen", ""),
        ("", "på et lager eller i et værksted inden 15.", ""),
        ("Mål", "november 2026.", ""),
        ("Mentor", "Lars Østergaard, tlf. 23 45 67 89", ""),
    ])
    assert rows(runs)[0] == ("Mål", "Julie har et fleksjob på 12 timer om ugen på et lager eller i et værksted "
                                    "inden 15. november 2026.")
