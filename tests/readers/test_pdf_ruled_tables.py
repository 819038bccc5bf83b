"""PDF tables read by their drawn borders: each ruled row is one table row, whatever the height
of its cells and wherever in a cell its text stands (top, middle, bottom), and a label cell's
hint line under the label stays in the label cell.

The PDFs draw the borders as lines, as Word, LibreOffice, browsers and reportlab do.
"""

from __future__ import annotations

from .builders import positioned_pdf
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes
from mentordocs.lint.readers._pdf_rules import CELL_MARK, LINE_MARK, ROW_MARK, decode_row, encode_row, unmarked

LEFT, DIVIDER, RIGHT = 60, 260, 530
INTRO = [(60, 770, "Mentoraftale for Jonas Berg efter LAB § 167")]


def _grid(tops: list[float], bottom: float, left: float = LEFT, right: float = RIGHT,
          dividers: tuple[float, ...] = (DIVIDER,), outer: bool = True) -> list[tuple[float, float, float, float]]:
    """Rules for a table whose rows start at ``tops`` and whose last row ends at ``bottom``."""
    rules = [(left, y, right, y) for y in [*tops, bottom]]
    top = tops[0]
    edges = (left, right) if outer else ()
    rules += [(x, bottom, x, top) for x in (*edges, *dividers)]
    return rules


def _rows(runs, rules) -> list[tuple[str, ...]]:
    doc = read_bytes(positioned_pdf(INTRO + runs, rules), "aftale.pdf")
    return [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def test_a_label_at_the_bottom_of_a_tall_cell_is_read_with_the_value_at_its_top():
    # the value's line stands at the top of the row; the label and its hint at the bottom
    runs = [(270, 700, "Sikre at Jonas bliver mere motiveret."),
            (70, 672, "Formål"),
            (70, 660, "Hvad skal forløbet føre frem til?"),
            (270, 630, "Maja Jensen, tlf. 21 92 26 37"),
            (70, 602, "Mentor")]
    rules = _grid([712, 650], 595)
    assert _rows(runs, rules) == [("Formål\nHvad skal forløbet føre frem til?", "Sikre at Jonas bliver mere motiveret."),
                                  ("Mentor", "Maja Jensen, tlf. 21 92 26 37")]


def test_a_label_in_the_middle_of_a_cell_takes_the_value_lines_above_and_below_it():
    runs = [(270, 700, "Følge Jonas til praktikstedet de første"),
            (270, 688, "to uger og ringe om morgenen."),
            (70, 688, "Opgaver"),
            (270, 676, "Øve busturen sammen med Jonas.")]
    rules = _grid([712], 668)
    assert _rows(runs, rules) == [("Opgaver", "Følge Jonas til praktikstedet de første to uger og ringe om morgenen.\n"
                                              "Øve busturen sammen med Jonas.")]


def test_value_rows_beside_a_merged_label_cell_are_one_value():
    # "Opgaver" spans three rows of the value column, each ruled off from the next there only
    runs = [(70, 688, "Opgaver"),
            (270, 700, "Træne busturen"),
            (270, 686, "Åbne Digital Post"),
            (270, 672, "Deltage i opstartssamtalen")]
    rules = _grid([712], 666) + [(DIVIDER, 696, RIGHT, 696), (DIVIDER, 682, RIGHT, 682)]
    assert _rows(runs, rules) == [("Opgaver", "Træne busturen\nÅbne Digital Post\nDeltage i opstartssamtalen")]


def test_text_beside_a_ruled_table_is_read_after_the_table_not_between_its_rows():
    runs = [(70, 700, "Timer"), (160, 700, "3 timer om ugen"),
            (70, 680, "Periode"), (160, 680, "1.3.2026 – 31.8.2026"),
            (420, 700, "Din mentor"), (420, 688, "Kim Andersen"), (420, 676, "Tlf. 77 20 28 87")]
    rules = _grid([712, 692], 672, right=400, dividers=(150,))
    doc = read_bytes(positioned_pdf(INTRO + runs, rules), "aftale.pdf")
    texts = [b.text for b in doc.blocks]
    assert texts.index("Timer | 3 timer om ugen") < texts.index("Periode | 1.3.2026 – 31.8.2026") < texts.index("Din mentor")


def test_a_table_drawn_without_outer_borders_is_read_by_its_row_rules():
    runs = [(70, 700, "Timer"), (270, 700, "3 timer om ugen"),
            (270, 680, "1.3.2026 – 31.8.2026"), (70, 668, "Periode")]
    rules = _grid([712, 692], 660, outer=False)
    assert _rows(runs, rules) == [("Timer", "3 timer om ugen"), ("Periode", "1.3.2026 – 31.8.2026")]


def test_a_line_beside_a_sidebar_between_two_page_rules_is_no_table():
    # a page rule under the header and over the footer, and one line between body and sidebar:
    # the page reads as it would without the lines
    runs = [(70, 700, "Kære Jonas"), (70, 680, "Her er din plan for de næste måneder."),
            (70, 660, "Vi ses til mødet."), (420, 700, "Kontakt"), (420, 688, "Jobcentret")]
    rules = [(LEFT, 740, RIGHT, 740), (LEFT, 600, RIGHT, 600), (410, 600, 410, 740)]
    doc = read_bytes(positioned_pdf(INTRO + runs, rules), "brev.pdf")
    plain = read_bytes(positioned_pdf(INTRO + runs), "brev.pdf")
    assert [b.text for b in doc.blocks] == [b.text for b in plain.blocks]


def test_a_box_around_text_is_no_table_row():
    runs = [(70, 700, "Klagevejledning"), (70, 688, "Du kan klage inden 4 uger.")]
    rules = _grid([712], 680, dividers=())
    assert _rows(runs, rules) == []


def test_marks_of_a_ruled_row_are_removed_from_text_that_no_border_found():
    # (text a page holds itself, or that pypdf or OCR read: only PDFium's ruled rows carry marks)
    assert unmarked(ROW_MARK + "Mentor" + CELL_MARK + "Kim" + LINE_MARK + "Berg") == " Mentor Kim Berg"


def test_a_ruled_row_survives_encoding_with_its_cells_and_lines():
    cells = [["Formål", "Hvad skal forløbet føre frem til?"], ["Job som lagermedarbejder."]]
    assert decode_row(encode_row(cells)) == cells


def test_a_shaded_sidebar_box_is_read_apart_from_the_body_lines_beside_it():
    body = [(70, 700, "Formål"), (70, 688, "Maja består FVU-dansk trin 2 på VUC og søger ind på EUD"),
            (70, 676, "(detailhandel) inden 15. september 2026."), (70, 664, "Mentorens opgaver"),
            (70, 652, "Støtte i kontakten med læge og psykiatri")]
    box = [(420, 700, "Din mentor"), (420, 688, "Sara Sørensen"), (420, 676, "Tlf. 40 47 14 94"),
           (420, 664, "Sagsbehandler"), (420, 652, "Emma Rasmussen")]
    doc = read_bytes(positioned_pdf(INTRO + body + box, boxes=[(410, 640, 140, 75)]), "aftale.pdf")
    texts = [b.text for b in doc.blocks]
    assert "Maja består FVU-dansk trin 2 på VUC og søger ind på EUD (detailhandel) inden 15. september 2026." in texts
    # (the box is read where its text starts, before the body lines beside it, as a letterhead's)
    assert texts.index("Emma Rasmussen") < texts.index("Formål")


def test_a_shaded_box_as_wide_as_the_body_is_no_sidebar():
    body = [(70, 700, "Formål"), (70, 688, "Maja består FVU-dansk trin 2 på VUC og søger ind på EUD"),
            (70, 676, "(detailhandel) inden 15. september 2026.")]
    plain = read_bytes(positioned_pdf(INTRO + body), "aftale.pdf")
    shaded = read_bytes(positioned_pdf(INTRO + body, boxes=[(60, 670, 480, 45)]), "aftale.pdf")
    assert [b.text for b in shaded.blocks] == [b.text for b in plain.blocks]
