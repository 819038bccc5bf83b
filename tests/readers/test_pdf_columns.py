"""PDF pages with a sidebar or two text columns are read column by column (issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportlab.pdfgen import canvas as canvas_module

from mentordocs.lint.analyze import analyze, load_pack
from mentordocs.lint.readers import read_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

FIELDS = [
    ("Mål", "Ali gennemfører grundforløbet som tømrer på Mercantec og møder stabilt fire dage om ugen fra august 2026."),
    ("Mentor", "Sara Holm, Mentorhuset ApS, telefon 22 33 44 55, e-mail sara@mentorhuset.dk"),
    ("Mentorens opgaver", "Hjælpe med at planlægge ugen, følge Ali til studievejlederen og støtte kontakten til skolen, når fraværet stiger."),
    ("Periode", "1. marts 2026 til 31. august 2026"),
    ("Timetal", "2 timer om ugen"),
    ("Opfølgning", "Statusmøde hver måned og evaluering 14 dage før ophør, hvor progressionen mod målet vurderes."),
    ("Klagevejledning", "Du kan klage til Viborg Kommune inden 4 uger. Kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen."),
]
SIDEBAR = ["Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5", "8800 Viborg", "Tlf. 87 87 50 00",
           "jobcenter@viborg.dk", "", "Sagsnr. 2026-4411", "Dato 12.02.2026", "Sagsbehandler", "Karen Lund",
           "Tlf. 87 87 51 23"]


def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not FONT.is_file():
        pytest.fail("DejaVu Sans is not installed (fonts-dejavu-core; make setup installs it)")
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas_module.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVu", 10)
    return c


def _wrap(c, text: str, x: float, y: float, width: float) -> float:
    line = ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if c.stringWidth(trial, "DejaVu", 10) > width:
            c.drawString(x, y, line)
            y, line = y - 13, word
        else:
            line = trial
    c.drawString(x, y, line)
    return y - 13


def _fields(c, x: float, y: float, width: float, fields) -> float:
    for label, value in fields:
        c.drawString(x, y, label)
        y = _wrap(c, value, x, y - 14, width) - 8
    return y


@pytest.fixture
def sidebar_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "sidebar.pdf"
    c = _canvas(path)
    for n, text in enumerate(SIDEBAR):
        c.drawString(40, 780 - 14 * n, text)
    c.drawString(190, 790, "Aftale om mentorstøtte")
    _fields(c, 190, 760, 360, FIELDS)
    c.save()
    return path


@pytest.fixture
def two_column_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "twocol.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorstøtte – Aarhus Kommune")
    _fields(c, 40, 770, 240, FIELDS[:4])
    _fields(c, 310, 770, 240, FIELDS[4:])
    c.save()
    return path


def test_a_sidebar_is_read_after_the_body_not_between_its_lines(sidebar_pdf):
    texts = [b.text for b in read_document(sidebar_pdf).blocks]
    assert texts[0] == "Aftale om mentorstøtte"
    assert texts.index("Viborg Kommune") > texts.index("Klagevejledning")


def test_an_agreement_beside_a_sidebar_has_all_its_fields(sidebar_pdf):
    kind, findings = analyze(read_document(sidebar_pdf), load_pack())
    assert (kind, findings) == ("agreement", [])


def test_two_columns_are_read_left_then_right(two_column_pdf):
    texts = [b.text for b in read_document(two_column_pdf).blocks]
    assert texts.index("Periode") < texts.index("Timetal")


def test_an_agreement_in_two_columns_has_all_its_fields(two_column_pdf):
    kind, findings = analyze(read_document(two_column_pdf), load_pack())
    assert (kind, findings) == ("agreement", [])


@pytest.fixture
def hanging_indent_pdf(tmp_path: Path) -> Path:
    """A numbered list with a hanging indent: the number in its own column, the text beside it."""
    path = tmp_path / "hang.pdf"
    c = _canvas(path)
    c.drawString(50, 800, "Aftale om mentorstøtte – Viborg Kommune")
    y = 770
    for n, (label, value) in enumerate(FIELDS, 1):
        c.drawString(55, y, f"{n}.")
        y = _wrap(c, f"{label}: {value}", 80, y, 440) - 8
    c.save()
    return path


def test_a_hanging_indent_list_is_a_list_not_a_table(hanging_indent_pdf):
    blocks = read_document(hanging_indent_pdf).blocks
    assert [b.kind.value for b in blocks[1:3]] == ["list_item", "list_item"]
    assert blocks[1].text.startswith("1. Mål:")


def test_an_agreement_in_a_hanging_indent_list_has_all_its_fields(hanging_indent_pdf):
    kind, findings = analyze(read_document(hanging_indent_pdf), load_pack())
    assert (kind, findings) == ("agreement", [])


@pytest.fixture
def table_beside_sidebar_pdf(tmp_path: Path) -> Path:
    """A sidebar of contact details beside a label/value table whose values start in lower case."""
    path = tmp_path / "table-sidebar.pdf"
    c = _canvas(path)
    for n, text in enumerate(SIDEBAR[:4]):
        c.drawString(40, 780 - 28 * n, text)
    c.drawString(220, 780, "Min Plan – udskrift")
    rows = [("Aktivitet", "Mentorstøtte (LAB § 167)"), ("Status", "Bevilget"),
            ("Periode", "fra 1. marts 2026 til 31. august 2026"), ("Timetal", "to timer om ugen"),
            ("Mentor", "Sara Holm, tlf. 22 33 44 55"), ("Opgaver", "følge Ali til skolen og planlægge ugen")]
    for n, (label, value) in enumerate(rows):
        c.drawString(220, 700 - 14 * n, label)
        c.drawString(330, 700 - 14 * n, value)
    c.save()
    return path


def test_a_table_whose_values_start_in_lower_case_keeps_its_rows_beside_a_sidebar(table_beside_sidebar_pdf):
    rows = [b.cells[-2:] for b in read_document(table_beside_sidebar_pdf).blocks if b.cells]
    assert ("Periode", "fra 1. marts 2026 til 31. august 2026") in rows
    assert ("Timetal", "to timer om ugen") in rows
    assert ("Opgaver", "følge Ali til skolen og planlægge ugen") in rows


@pytest.fixture
def name_sidebar_pdf(tmp_path: Path) -> Path:
    """A sidebar of short capitalised lines (names, titles) beside a paragraph whose lines wrap."""
    path = tmp_path / "names.pdf"
    c = _canvas(path)
    side = ["Din sagsbehandler", "Kasper Ibsen", "Rådgiver", "Sag", "S2025-59410", "Mentoroplysninger",
            "Peter Kaya"]
    body = ["Denne aftale beskriver dit mentorforløb og er udarbejdet på",
            "samtalen i jobcentret, hvor vi talte om, hvad der er svært, og",
            "hvad der kan hjælpe dig videre. Du har selv peget på, at det vil",
            "hjælpe at have en fast person at støtte sig til. Vi har derfor talt om, at",
            "en mentor kan være en god hjælp i denne fase, og din læge er",
            "orienteret. Du har givet samtykke til, at vi må tale sammen."]
    for n, text in enumerate(side):
        c.drawString(40, 760 - 14 * n, text)
    for n, text in enumerate(body):
        c.drawString(190, 760 - 14 * (n + 1), text)
    c.save()
    return path


def test_a_sidebar_of_names_beside_a_wrapped_paragraph_is_read_apart(name_sidebar_pdf):
    texts = [b.text for b in read_document(name_sidebar_pdf).blocks]
    assert any(t.startswith("Denne aftale beskriver") and t.endswith("tale sammen.") for t in texts)


def test_a_sparse_sidebar_beside_a_wrapped_paragraph_is_read_apart(tmp_path):
    path = tmp_path / "sparse.pdf"
    c = _canvas(path)
    body = ["Du har i en længere periode haft svært ved at komme i gang",
            "med de aktiviteter, vi har aftalt. På samtalen fortalte du, at",
            "det især er morgenerne og det at møde nye mennesker, der",
            "er svært. Du har selv peget på, at det vil hjælpe at have en",
            "fast person at støtte sig til. Vi har derfor talt om, at en",
            "mentor kan være en god hjælp i denne fase. Din egen læge er",
            "orienteret, og du har givet samtykke til, at vi må tale sammen",
            "med lægen, når det er nødvendigt for forløbet og for dig.",
            "Vi følger op på det ved den næste samtale i jobcentret, og så er du orienteret."]
    side = {1: "Sag", 2: "00.30.04-S00-62-24", 4: "Din mentor", 5: "Camilla Ibsen", 7: "Tlf. 70 78 30 48",
            8: "camilla@mentor.dk"}
    for n, text in enumerate(body):
        c.drawString(190, 760 - 14 * n, text)
        if n in side:
            c.drawString(40, 760 - 14 * n, side[n])
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.startswith("Du har i en længere") and t.endswith("for dig.") for t in texts)


def test_a_label_wrapped_to_a_short_word_beside_its_wrapped_value_stays_a_table_row(tmp_path):
    path = tmp_path / "plan.pdf"
    c = _canvas(path)
    rows = [("Aktivitet", ["Mentorstøtte – LAB § 167"]), ("Status", ["I gang"]),
            ("Periode", ["6 mdr. fra 01.08.2026"]),
            ("Formålet med\nmentorstøtten", ["Du starter på den pædagogiske assistentuddannelse (PAU) 6.",
                                             "september 2026 og gennemfører første skoleperiode."]),
            ("Din mentor", ["Thomas Kristensen, Bro til Job, mail:", "thomas.kristensen@brotiljob.dk"]),
            ("Hvad mentoren hjælper\nmed", ["Hjælpe med at åbne og forstå post i e-Boks; Ringe om",
                                            "morgenen på de dage, hvor der er mødepligt; Hjælpe med at",
                                            "skabe overblik over skema, lektier og afleveringer"]),
            ("Timetal", ["2 timer ugentligt"])]
    y = 760
    for label, values in rows:
        for n, part in enumerate(label.split("\n")):
            c.drawString(40, y - 14 * n, part)
        for n, value in enumerate(values):
            c.drawString(220, y - 14 * n, value)
        y -= 14 * max(len(values), label.count("\n") + 1)
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.startswith("Hvad mentoren hjælper") and "post i e-Boks" in t for t in texts)
    assert any(t.startswith("Formålet med") and "assistentuddannelse" in t for t in texts)


def test_a_numbered_question_form_with_wrapped_answers_stays_a_table(tmp_path):
    path = tmp_path / "skema.pdf"
    c = _canvas(path)
    rows = [("1", ["Hvad er målet med mentorstøtten?"], ["Amalie bevarer sit fleksjob som", "pedelmedhjælper hos",
                                                         "Autoværkstedet Centrum."]),
            ("2", ["Hvem er mentor, og hvordan", "kontaktes mentor?"], ["Aylin Skovmose, Jobcenter Hedeby,",
                                                                       "mentorteamet – telefon 44 58 44 88"]),
            ("3", ["Hvilke opgaver skal mentor hjælpe", "med?"], ["hjælpe med at skabe overblik over",
                                                                  "post i e-Boks og aftaler i", "kalenderen"]),
            ("4", ["Hvordan og hvornår følges der op,", "og hvilke mål for progression er", "der?"],
             ["Mentor sender en kort skriftlig", "status til sagsbehandleren hver", "måned."])]
    c.drawString(40, 780, "Nr.")
    c.drawString(80, 780, "Spørgsmål")
    c.drawString(330, 780, "Svar")
    y = 760
    for number, question, answer in rows:
        c.drawString(40, y, number)
        for n, part in enumerate(question):
            c.drawString(80, y - 14 * n, part)
        for n, part in enumerate(answer):
            c.drawString(330, y - 14 * n, part)
        y -= 14 * max(len(question), len(answer)) + 6
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert any("Hvilke opgaver skal mentor hjælpe med?" in t and "post i e-Boks" in t for t in texts)


@pytest.fixture
def narrow_column_pdf(tmp_path: Path) -> Path:
    """Two narrow columns whose wrapped lines start with capitals, a one-page footer with a page
    number, and a label at the margin under a bulleted item."""
    path = tmp_path / "narrow.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorstøtte – Herning Kommune")
    y = _fields(c, 40, 770, 150, [("Hovedformål", "At borgeren starter på SOSU-hjælperuddannelsen i "
                                                  "Randers den 17. august 2026 og gennemfører første "
                                                  "skoleperiode.")] + FIELDS[1:2])
    c.drawString(40, y, "Mentor bistår ved")
    c.drawString(46, y - 14, "•")
    c.drawString(56, y - 14, "Følge dig i praktikken")
    c.drawString(40, y - 30, "Forløbsperiode")
    c.drawString(40, y - 44, "uge 14-29 2026")
    _fields(c, 330, 770, 150, FIELDS[4:])
    c.drawString(40, 60, "Dokument genereret fra fagsystem")
    c.drawString(500, 60, "Side 1")
    c.save()
    return path


def test_a_line_in_a_narrow_column_continues_when_the_next_word_would_not_fit(narrow_column_pdf):
    texts = [b.text for b in read_document(narrow_column_pdf).blocks]
    assert any(t.startswith("At borgeren starter på SOSU-hjælperuddannelsen i Randers") for t in texts)


def test_a_label_in_a_narrow_column_stays_apart_from_its_value(narrow_column_pdf):
    texts = [b.text for b in read_document(narrow_column_pdf).blocks]
    assert "Hovedformål" in texts


def test_a_page_numbered_footer_without_content_is_dropped(narrow_column_pdf):
    text = " ".join(b.text for b in read_document(narrow_column_pdf).blocks)
    assert "Dokument genereret" not in text and "Side 1" not in text


def test_a_capitalised_line_at_the_bullets_margin_ends_the_list_item(narrow_column_pdf):
    texts = [b.text for b in read_document(narrow_column_pdf).blocks]
    assert "Følge dig i praktikken" in texts
    assert "Forløbsperiode uge 14-29 2026" in texts or "Forløbsperiode" in texts


def test_a_footer_with_the_mentors_phone_is_kept(tmp_path: Path):
    path = tmp_path / "footer.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorstøtte – Herning Kommune")
    y = 770
    for label, value in FIELDS[:1] + FIELDS[2:]:
        c.drawString(40, y, label)
        y = _wrap(c, value, 40, y - 14, 480) - 8
    c.drawString(40, 60, "Mentor: Sara Holm, tlf. 22 33 44 55")
    c.drawString(500, 60, "Side 1")
    c.save()
    text = " ".join(b.text for b in read_document(path).blocks)
    assert "Sara Holm, tlf. 22 33 44 55" in text


def test_a_short_label_over_a_lower_case_value_stays_a_label():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Skoleperioden slutter den 19. december, og derefter begynder praktikken.", 1),
             Line("Omfang", 1), Line("en time om ugen", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1:] == ["Omfang", "en time om ugen"]


def test_a_labels_wrapped_end_in_lower_case_joins_the_label():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Skoleperioden slutter den 19. december, og derefter begynder praktikken.", 1),
             Line("Det hjælper mentor", 1), Line("dig med", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1:] == ["Det hjælper mentor dig med"]


MENU = ["Overblik", "Borger", "Min Plan", "Indsatser", "Ydelser", "Dokumenter", "Journalnotater", "Kalender",
        "Breve"]


@pytest.fixture
def case_system_print_pdf(tmp_path: Path) -> Path:
    """A case system's page printed with its navigation menu down the left edge, beside a
    label/value table whose labels wrap."""
    path = tmp_path / "print.pdf"
    c = _canvas(path)
    c.drawString(40, 810, "Rudersdal Kommune · Fagsystem · logget ind som Søren Holm Andersen")
    for n, entry in enumerate(MENU):
        c.drawString(40, 780 - 14 * n, entry)
    c.drawString(170, 780, "Borger › Julie Frederiksen › Dokumenter")
    c.drawString(170, 738, "Aftale om mentorstøtte")
    y = 710
    for label, value in FIELDS:
        c.drawString(170, y, label)
        y = _wrap(c, value, 330, y, 220) - 6
    c.save()
    return path


def test_a_printed_navigation_menu_is_read_after_the_page(case_system_print_pdf):
    texts = [b.text for b in read_document(case_system_print_pdf).blocks]
    assert texts.index("Min Plan") > texts.index("Aftale om mentorstøtte")
    assert texts[-len(MENU):] == MENU


def _menu_print(path: Path, lines: list[tuple[float, float, str]], menu_x: float, menu_top: float) -> list[str]:
    """The blocks' texts of a page with ``lines`` (x, y, text) around the menu's entries at
    (menu_x, menu_top …) and the label/value fields below "Min plan for Julie Frederiksen"."""
    c = _canvas(path)
    for x, y, text in lines + [(200, 780, "Min plan for Julie Frederiksen")]:
        c.drawString(x, y, text)
    for n, entry in enumerate(MENU):
        c.drawString(menu_x, menu_top - 14 * n, entry)
    y = 710
    for label, value in FIELDS:
        c.drawString(200, y, label)
        y = _wrap(c, value, 330, y, 200) - 6
    c.save()
    return [b.text for b in read_document(path).blocks]


def test_a_menu_indented_under_the_systems_logo_is_read_after_the_page(tmp_path: Path):
    # Jobnet prints its logo at the page's edge and the menu's entries indented under it
    texts = _menu_print(tmp_path / "jobnet.pdf", [(40, 810, "Jobnet"), (200, 810, "Forside › Min side › Min plan")],
                        70, 790)
    assert texts[-len(MENU):] == MENU
    assert texts.index("Min plan for Julie Frederiksen") < len(texts) - len(MENU)


def test_a_page_beside_a_navigation_menu_keeps_its_label_value_rows(case_system_print_pdf):
    kind, findings = analyze(read_document(case_system_print_pdf), load_pack())
    assert (kind, findings) == ("agreement", [])


@pytest.fixture
def info_box_letter_pdf(tmp_path: Path) -> Path:
    """A municipal letter with its information box ("Dato", "J.nr.", "Sagsbehandler", "Direkte
    tlf.") in a narrow column to the right of the letter's first paragraphs."""
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    box = ["Dato", "21. februar 2026", "J.nr.", "16.10.00-G01-1971-26", "Sagsbehandler", "Hanne Østergaard",
           "Direkte tlf.", "72 49 88 95", "Mail", "hanne@gribskov.dk"]
    for n, text in enumerate(box):
        c.drawString(400, 790 - 13 * n, text)
    c.drawString(40, 790, "Anna Jensen")
    c.drawString(40, 760, "Aftale om mentorforløb")
    y = _wrap(c, "Aftalen er indgået mellem Anna Jensen, Søndergade 14, Gribskov Kommune og "
                 "Virksomhedsservice, som stiller mentoren.", 40, 740, 300)
    y = _wrap(c, "Mål: Anna har fundet et ordinært job med mindst 15 timer om ugen inden for "
                 "detailhandel senest 13. maj 2026.", 40, y - 6, 300)
    _fields(c, 40, y - 20, 300, FIELDS[1:])  # the letter keeps the column left of the box
    c.save()
    return path


def test_a_letters_information_box_is_read_after_the_letter_beside_it(info_box_letter_pdf):
    texts = [b.text for b in read_document(info_box_letter_pdf).blocks]
    assert any(t.startswith("Aftalen er indgået mellem Anna Jensen, Søndergade 14, Gribskov Kommune og")
               for t in texts)
    assert texts.index("Sagsbehandler") > texts.index("Klagevejledning")


def test_an_information_column_beside_only_the_top_of_a_full_width_letter_is_read_after_it(tmp_path: Path):
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    box = ["Jobcenter Hjørring", "Springvandspladsen 5", "9800 Hjørring", "Dato", "17. januar 2026", "Sagsnr.",
           "S2026-32464", "Sagsbehandler", "Fatima Larsen", "Direkte tlf.", "50979376", "E-mail", "fala@hjoerring.dk"]
    for n, text in enumerate(box):
        c.drawString(420, 790 - 13 * n, text)
    c.drawString(40, 764, "Mohammad Lund")
    c.drawString(40, 751, "Skolevej 34, 2. tv.")
    c.drawString(40, 712, "Aftale om mentorforløb")
    c.drawString(40, 686, "Aftalen er indgået mellem borgeren, mentor og Hjørring Kommune.")
    c.drawString(40, 673, "Den bygger på samtalen 17. januar 2026.")
    c.drawString(40, 647, "Mål for mentorstøtten")
    c.drawString(40, 634, "Mohammad er i gang med STU-forløbets praktik i JYSKs butik.")
    _fields(c, 40, 590, 500, FIELDS[1:])  # the letter runs the page's full width below the column
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Den bygger på samtalen 17. januar 2026." in texts
    assert texts.index("Sagsbehandler") > texts.index("Klagevejledning")


def test_a_running_footer_read_differently_by_ocr_is_read_once_at_the_end():
    from mentordocs.lint.readers._lines import drop_repeated_margins

    footer = "Sagsbehandler: Søren Holm Andersen - Direkte tlf. 72 36 95 38 - {}"
    pages = [["Aftale om mentorstøtte", "Mål: Oliver møder stabilt i sin praktik.", "Evaluering", "",
              footer.format("Side 12f4")],
             ["Mentor sender en statusrapport hver 4. uge.", "Timetal: 2 timer om ugen", "",
              footer.format("Side 2 af 4")]]
    lines = [ln for page in drop_repeated_margins(pages) for ln in page if ln.strip()]
    assert lines.index("Evaluering") + 1 == lines.index("Mentor sender en statusrapport hver 4. uge.")
    assert sum("Sagsbehandler" in ln for ln in lines) == 1 and "Sagsbehandler" in lines[-1]


def test_a_running_header_is_kept_where_it_first_appears():
    from mentordocs.lint.readers._lines import drop_repeated_margins

    header = "Holbæk Kommune, Arbejdsmarked - Kanalstræde 2, 4300 Holbæk"
    pages = [[header, "Aftale om mentorstøtte", "Mål: Oliver møder stabilt."],
             [header, "Timetal: 2 timer om ugen", "Opfølgning hver måned."]]
    lines = [ln for page in drop_repeated_margins(pages) for ln in page if ln.strip()]
    assert lines[0] == header and lines.count(header) == 1


def test_a_menu_under_a_browsers_print_header_and_over_its_url_footer_is_read_after_the_page(tmp_path: Path):
    texts = _menu_print(tmp_path / "print.pdf", [
        (20, 820, "2. jan. 2026 10.52"), (250, 820, "Min Plan - Julie Frederiksen"),
        (55, 800, "Jobcenter Sagssystem  |  Forside · Borger · Min Plan · Dokumenter · Kalender · Log ud"),
        (55, 30, "https://sag.kommune.dk/borger/94609/plan?view=print"), (540, 30, "1/1")], 50, 780)
    assert MENU[1] in texts and texts.index(MENU[1]) > texts.index("Min plan for Julie Frederiksen")


def test_a_letterhead_sidebar_beside_only_the_top_of_the_body_column_is_read_after_it(tmp_path: Path):
    path = tmp_path / "sidebar-top.pdf"
    c = _canvas(path)
    side = ["Hjørring Kommune", "Job og Ydelse", "Torvet 1", "Sagsbeh.: Mikkel Nielsen", "Tlf. 68 94 23 53",
            "J.nr. 15.20.08-G01-1725-26"]
    for n, text in enumerate(side):
        c.drawString(40, 800 - 13 * n, text)
    c.drawString(200, 800, "Aftale om mentorstøtte")
    c.drawString(200, 774, "Hjørring Kommune, Jobcentret")
    c.drawString(200, 761, "Dato: 5. august 2026")
    c.drawString(200, 735, "Borger: Jonas Petersen")
    _fields(c, 200, 700, 330, FIELDS)  # the body goes on in its column below the sidebar's end
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert texts.index("Aftale om mentorstøtte") < texts.index("Torvet 1")
    assert not any(" | " in t and "Mål" in t for t in texts)


def test_a_label_over_its_indented_value_on_a_tight_baseline_stays_apart(tmp_path: Path):
    # a browser's print of <dt>Timer</dt><dd>2½ time om ugen</dd>: the value one line lower,
    # indented to where the label ends, with a leading tighter than the font size
    path = tmp_path / "dl.pdf"
    c = _canvas(path)
    c.setFont("DejaVu", 12)
    c.drawString(58.5, 546.6, "Periode")
    c.drawString(89.0, 536.1, "den 10. marts 2026 – den 9. juni 2026")
    width = c.stringWidth("Timer", "DejaVu", 12)
    c.drawString(58.5, 519.6, "Timer")
    c.drawString(58.5 + width + 1.5, 509.1, "2½ time om ugen")
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Timer" in texts and "2½ time om ugen" in texts


def test_a_short_label_over_a_lower_case_value_that_wraps_on_a_comma_stays_a_label():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Rasmus Hussein, Vækstspor, tlf. 67 17 61 14", 1), Line("Mentors opgaver", 1),
             Line("aftale med Dansk Supermarked, hvordan de første uger skal forløbe, træne jobsamtaler,", 1),
             Line("gennemgå arbejdstider og vagtplan hver uge", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1] == "Mentors opgaver"


def _glyphs(c, x: float, y: float, text: str) -> float:
    """Draw ``text`` one glyph per text object, as a browser's print does; the x after it."""
    for ch in text:
        c.drawString(x, y, ch)
        x += c.stringWidth(ch, "DejaVu", 10)
    return x


def test_a_label_that_runs_into_its_value_without_a_gap_ends_at_the_value_column(tmp_path: Path):
    path = tmp_path / "glyphs.pdf"
    c = _canvas(path)
    label = "Opgaver som mentor skal bistå"
    column = 22 + c.stringWidth(label, "DejaVu", 10)  # the label's line reaches the value column
    rows = [("Indsatstype", "Udvidet mentor"), ("Lovgrundlag", "LAB § 167"), ("Varighed", "04.08.2026 - 03.02.2027"),
            ("Timetal", "2 timer om ugen")]
    y = 760
    for row_label, value in rows:
        _glyphs(c, 22, y, row_label)
        _glyphs(c, column, y, value)
        y -= 14
    _glyphs(c, 22, y, label)
    _glyphs(c, column, y, "Støtte dig i at holde dine aftaler i kommunen")
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.startswith("Opgaver som mentor skal bistå | Støtte dig") for t in texts)


def test_a_numbered_label_over_a_lower_case_value_stays_a_label():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("1. Målet med mentorstøtten", 1),
             Line("Tina er i praktik i børnehaven Solsikken 3 dage om ugen med henblik på optagelse på PAU i januar.", 1),
             Line("3. Mentorens opgaver", 1), Line("ringe dig op om morgenen de første uger, så du kommer afsted", 1),
             Line("4. Varighed og opfølgning", 1)]
    assert [b.text for b in blocks_from_lines(lines)][2:4] == [
        "3. Mentorens opgaver", "ringe dig op om morgenen de første uger, så du kommer afsted"]


def test_a_contact_block_beside_only_the_first_lines_of_the_body_is_a_sidebar(tmp_path: Path):
    path = tmp_path / "contact-block.pdf"
    c = _canvas(path)
    for n, text in enumerate(["Mentorhuset Nord ApS", "Østergade 14, 9700 Brønderslev", "CVR 41 22 87 03"]):
        c.drawString(40, 800 - 13 * n, text)
    c.drawString(330, 760, "Samarbejdsaftale – mentorforløb")
    block = ["Din mentor:", "Mikkel Christiansen", "Mobil 51 38 15 64", "mikkel@mentorhusetnord.dk"]
    for n, text in enumerate(block):
        c.drawString(40, 740 - 14 * n, text)
    c.drawString(330, 726, "Aftalen er indgået mellem Bilal Brix, Mentorhuset")
    c.drawString(330, 713, "Nord ApS og Jobcenter Brønderslev.")
    y = 690
    for label, value in FIELDS:
        c.drawString(330, y, label)
        y = _wrap(c, value, 330, y - 13, 230) - 20
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert texts.index("Samarbejdsaftale – mentorforløb") < texts.index("Mål") < texts.index("Din mentor:")
    assert not any(" | " in t for t in texts)


def test_a_sentence_wrapped_before_a_number_is_no_title():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Status og evaluering", 1), Line("", 1),
             Line("Opfølgning sker løbende på jobsamtalerne ca. hver", 1), Line("6. uge, hvor vi ser på delmålene.", 1)]
    assert [b.text for b in blocks_from_lines(lines, min_width=20)][-1] == \
        "Opfølgning sker løbende på jobsamtalerne ca. hver 6. uge, hvor vi ser på delmålene."


def test_a_title_over_a_sentence_that_opens_with_a_pronoun_stays_a_line_of_its_own():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Sagsnr.: 2026-93747", 1), Line("Ny afgørelse efter din klage over afslag på mentorstøtte", 1),
             Line("Du klagede den 23. april 2026 over vores afslag på mentorstøtte. Vi har genvurderet sagen.", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1] == "Ny afgørelse efter din klage over afslag på mentorstøtte"


def test_a_numbered_label_value_table_is_no_sidebar(tmp_path: Path):
    path = tmp_path / "numbered-form.pdf"
    c = _canvas(path)
    y = 780
    for n, (label, value) in enumerate(FIELDS, start=1):
        c.drawString(40, y, f"{n}. {label}")
        y = _wrap(c, value, 220, y, 300) - 6
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert texts[0].startswith("1. Mål | Ali gennemfører")


def test_a_line_in_a_column_whose_next_word_did_not_fit_is_wrapped_prose_not_a_title():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Målet med støtten", 1, width=36), Line("", 1),
             Line("Job som lagermedarbejder hos", 1, width=36), Line("PostNord 25 timer om ugen.", 1, width=36)]
    assert [b.text for b in blocks_from_lines(lines)] == ["Målet med støtten",
                                                          "Job som lagermedarbejder hos PostNord 25 timer om ugen."]


def test_a_label_over_another_label_in_a_column_stays_a_title():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Din mentor er Bente Ravn.", 1, width=36), Line("", 1),
             Line("Hvad mentoren skal hjælpe med", 1, width=36), Line("Bevillingsperiode", 1, width=36),
             Line("fra 1/10 2025 til 31/12 2025", 1, width=36)]
    assert [b.kind.value for b in blocks_from_lines(lines)][1] == "heading"


@pytest.fixture
def columns_past_a_box_pdf(tmp_path: Path) -> Path:
    """Two columns on their own baselines: the left ends on "Timetal:", whose value stands in the
    right column below a box of the caseworker's contact data, which heads that column."""
    path = tmp_path / "cols.pdf"
    c = _canvas(path)
    c.drawString(40, 790, "Aftale om mentorstøtte")
    y = _fields(c, 40, 760, 230, FIELDS[:4])
    # a line of the left column that reaches further right than the others ("… tlf. 40")
    c.drawString(40, y, "Mentorens telefon i weekenden: Mentorhuset ApS, tlf. 40")
    c.drawString(40, y - 14, "Timetal:")
    box = ["Kontakt til sagsbehandler", "Hanne Bech", "Tlf. 64 74 71 92", "Mail habe@kommune.dk",
           "Sagsnr. 55.23.00-G01-315-26", "Dato 27.02.2026"]
    for n, text in enumerate(box):
        c.drawString(340, 765 - 13 * n, text)
    c.drawString(340, 670, "2 timer om ugen")
    _fields(c, 340, 640, 210, FIELDS[5:])
    c.save()
    return path


def test_a_label_that_ends_a_column_takes_its_value_from_below_the_box_atop_the_next(columns_past_a_box_pdf):
    kind, findings = analyze(read_document(columns_past_a_box_pdf), load_pack())
    assert (kind, [f.rule for f in findings]) == ("agreement", [])


def test_a_sentence_that_runs_on_to_the_next_page_is_not_cut_by_the_sidebar_beside_it(tmp_path: Path):
    path = tmp_path / "runs-on.pdf"
    c = _canvas(path)
    for n, text in enumerate(SIDEBAR):
        c.drawString(40, 780 - 14 * n, text)
    c.drawString(190, 790, "Aftale om mentorstøtte")
    y = _fields(c, 190, 760, 360, FIELDS[:6])
    c.drawString(190, y, "Klagevejledning")
    c.drawString(190, y - 14, "Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4")
    c.showPage()
    c.setFont("DejaVu", 10)
    c.drawString(190, 790, "uger efter, at du har fået afgørelsen. Kommunen genvurderer afgørelsen og sender")
    c.drawString(190, 776, "klagen videre til Ankestyrelsen.")
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    cut = next(i for i, t in enumerate(texts) if t.endswith("senest 4"))
    assert texts[cut + 1].startswith("uger efter")


def test_two_columns_of_prose_and_items_on_shared_baselines_are_read_apart(tmp_path: Path):
    """Left: the goal as a sentence, the mentor and a task list; right: hours, follow-up and the
    appeal, set on the same baselines, so most lines hold text of both columns."""
    path = tmp_path / "twocol-shared.pdf"
    c = _canvas(path)
    left = ["Mit mål", "Jeg vil gerne have et job som chauffør, 30 timer", "om ugen, og tage kørekort C inden 1. oktober",
            "2026.", "Mentor", "Dorthe Winther, UU-teamet", "Tlf. 33 83 86 86", "Mentorens opgaver",
            "- Hjælpe mig med at planlægge ugen og huske", "mødetider", "- Deltage i opstartsmødet på skolen",
            "- Støtte ved ansøgning om SU", "Periode", "10.09.2026 – 09.03.2027"]
    right = ["Timetal", "3 timer pr. uge", "", "Opfølgning", "Vi følger op hver 4. uge på delmålene.", "",
             "Klagevejledning", "Du kan klage til Jobcenter Slagelse inden 4 uger", "efter, at du har modtaget afgørelsen.",
             "Vi vurderer sagen igen og sender din klage til", "Ankestyrelsen, hvis vi fastholder afgørelsen."]
    for n, text in enumerate(left):
        c.drawString(40, 760 - 14 * n, text)
    for n, text in enumerate(right):
        if text:
            c.drawString(320, 760 - 14 * n, text)
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Dorthe Winther, UU-teamet" in texts and "3 timer pr. uge" in texts


def test_a_second_column_that_opens_with_dates_and_figures_is_no_information_column(tmp_path: Path):
    # The text flows from the left column's foot into the right one, which opens with the
    # period and the hours: short lines with figures, like a letter's information column, but
    # a paragraph of running text follows them there.
    path = tmp_path / "flow.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Mentoraftale")
    intro = ["Denne aftale er indgået mellem Lars", "Poulsen, Næstved Kommune og mentor.",
             "Aftalen beskriver, hvad mentorstøtten skal", "føre til, og hvordan vi samarbejder."]
    for n, text in enumerate(intro):
        c.drawString(40, 770 - 13 * n, text)
    y = _fields(c, 40, 710, 240, [FIELDS[0], FIELDS[1], FIELDS[2]])
    c.drawString(40, y, "Aftalens varighed")
    right = ["1.3.2026 til og med 31.8.2026", "", "Antal timer", "2-3 timer ugentligt", "",
             "Sådan følger vi op", "Der holdes statusmøde fire uger før", "bevillingsudløb, hvor vi ser på delmålene."]
    for n, text in enumerate(right):
        c.drawString(330, 770 - 13 * n, text)
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert FIELDS[0][1] in texts
    assert "Der holdes statusmøde fire uger før bevillingsudløb, hvor vi ser på delmålene." in texts


def _justified(c, text: str, x: float, y: float, width: float) -> float:
    """Draw ``text`` justified, word by word as a browser prints it: every line but the last
    stretched to ``width``."""
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and c.stringWidth(" ".join(lines[-1] + [word]), "DejaVu", 10) > width:
            lines.append([])
        lines[-1].append(word)
    for n, words in enumerate(lines):
        last = n == len(lines) - 1
        gap = c.stringWidth(" ", "DejaVu", 10) if last or len(words) == 1 else \
            (width - sum(c.stringWidth(w, "DejaVu", 10) for w in words)) / (len(words) - 1)
        at = x
        for word in words:
            c.drawString(at, y, word)
            at += c.stringWidth(word, "DejaVu", 10) + gap
        y -= 13
    return y


def test_a_justified_line_in_a_narrow_column_is_a_line_of_text_not_a_table_row(tmp_path: Path):
    # Two narrow justified columns, as a browser prints a CSS multi-column page: a line of few
    # long words is stretched to the column's width with wide gaps.
    path = tmp_path / "justified.pdf"
    c = _canvas(path)
    fields = [
        ("Målet med mentorstøtten", "Yusuf starter på FGU (produktionsgrunduddannelse, linjen Byg og Bolig) "
                                    "15. april 2026 og møder mindst fire dage om ugen."),
        ("Mentor", "Rasmus Rasmussen, Fokus Beskæftigelse, tlf. 43 90 76 73."),
        ("Mentorens opgaver", "Følge Yusuf til praktikstedet de første to uger, hjælpe med at finde og bruge "
                              "en kalender-app til mødetider og støtte i kontakten med læge og psykiatri, så "
                              "behandlingen hænger sammen med praktikken."),
        ("Periode", "15. februar 2026 – 14. juni 2026"),
        ("Antal timer", "I alt 52 mentortimer i perioden, ca. 2 timer om ugen."),
        ("Opfølgning", "Statusmøde med Yusuf, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før "
                       "forløbet slutter. Delmål: fremmøde fire dage om ugen fra uge 3."),
        ("Sådan klager du", "Du kan klage over afgørelsen. Klagen skal sendes til Silkeborg Kommune, "
                            "Jobcenter, inden 4 uger fra du har fået afgørelsen. Vi vurderer sagen igen, og "
                            "hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen."),
    ]
    c.drawString(40, 800, "Skriftlig aftale om mentorstøtte")
    for x, column in ((40, fields[:4]), (310, fields[4:])):
        y = 770
        for heading, text in column:
            c.drawString(x, y, heading)
            y = _justified(c, text, x, y - 13, 210) - 8
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert not any(" | " in t for t in texts)
    assert fields[0][1] in texts
    assert fields[5][1] in texts


def test_a_wide_gap_inside_a_line_of_a_paragraph_does_not_make_it_a_table_row(tmp_path: Path):
    # A scan's text layer where a wiped-out stamp left a wide gap in one line of a paragraph.
    path = tmp_path / "gap.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorstøtte")
    c.drawString(40, 770, "1. Vi har aftalt følgende mål for forløbet:")
    c.drawString(40, 757, "Kasper starter på")
    c.drawString(200, 757, "FGU (produktionsgrunduddannelsen,")
    c.drawString(40, 744, "køkken) og har et fremmøde på mindst 80 % om ugen.")
    c.drawString(40, 720, "2. Kontaktoplysninger på mentor")
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Kasper starter på FGU (produktionsgrunduddannelsen, køkken) og har et fremmøde på mindst 80 % om ugen." in texts


def test_a_label_over_its_value_beside_a_wide_gap_stays_a_table_row(tmp_path: Path):
    path = tmp_path / "row.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorstøtte")
    c.drawString(40, 770, "Hvad skal mentor hjælpe med")
    c.drawString(240, 770, "Følge Kasper til praktikstedet de første to uger")
    c.drawString(40, 757, "?")
    c.drawString(40, 740, "Periode")
    c.drawString(240, 740, "1. marts 2026 til 31. august 2026")
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Hvad skal mentor hjælpe med Følge Kasper til praktikstedet de første to uger" not in texts


def test_a_letterhead_sidebar_with_a_web_address_is_read_after_the_letter(tmp_path: Path):
    path = tmp_path / "letterhead.pdf"
    c = _canvas(path)
    rows = [(None, "Svendborg Kommune"), (None, "Beskæftigelse og Ydelse"),
            ("Svendborg Kommune", "Ramsherred 5, 5700 Svendborg"), ("Beskæftigelse og Ydelse", "Oliver Olsen"),
            ("Ramsherred 5", None), ("5700 Svendborg", "Svendborg, den 30. august 2026"),
            (None, "Aftale om mentorstøtte"), ("Tlf. 62 23 30 00", None), ("www.svendborg.dk", "Kære Oliver"),
            (None, "Hermed bekræfter vi aftalen om mentorstøtte efter lov om en aktiv"),
            ("Sagsbehandler:", "beskæftigelsesindsats § 167."), ("Mikkel Olsen", "Kontaktperson (mentor)"),
            ("mikols@svendborg.dk", None)]
    for n, (left, right) in enumerate(rows):
        if left:
            c.drawString(40, 800 - 13 * n, left)
        if right:
            c.drawString(220, 800 - 13 * n, right)
    _fields(c, 220, 800 - 13 * len(rows), 330, FIELDS[:1] + FIELDS[2:])
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Hermed bekræfter vi aftalen om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167." in texts
    assert min(n for n, t in enumerate(texts) if "62 23 30 00" in t) > texts.index("Klagevejledning")


def test_two_columns_between_full_width_paragraphs_are_read_left_then_right(tmp_path: Path):
    path = tmp_path / "multicol.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Mentorstøtte – aftale")
    y = _wrap(c, "Denne aftale er indgået mellem Rasmus Nielsen, Guldborgsund Kommune og mentor. Aftalen "
                 "beskriver, hvad mentorstøtten skal føre til, og hvordan vi samarbejder.", 40, 780, 500)
    _fields(c, 40, y - 10, 230, FIELDS[:4])
    bottom = _fields(c, 310, y - 10, 230, FIELDS[4:])
    _wrap(c, "Underskrifter: Rasmus Nielsen (borger), Sara Holm (mentor) og Anna Jensen (sagsbehandler), "
             "Guldborgsund Kommune", 40, min(bottom, 560) - 20, 500)
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert FIELDS[0][1] in texts and FIELDS[5][1] in texts
    assert texts.index("Periode") < texts.index("Timetal")


def test_a_wrapped_line_that_ends_on_the_next_sentences_label_goes_on_the_paragraph():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Opfølgning", 1), Line("Statusmøde med Yusuf og sagsbehandler hver 4. uge. Evaluering 14", 1),
             Line("dage før forløbet slutter. Delmål:", 1), Line("fremmøde fire dage om ugen fra uge 3.", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1] == (
        "Statusmøde med Yusuf og sagsbehandler hver 4. uge. Evaluering 14 dage før forløbet slutter. "
        "Delmål: fremmøde fire dage om ugen fra uge 3.")


def test_a_justified_line_is_wrapped_however_short_it_reads_with_single_spaces():
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    # the justified line carries its own length as its column's width (see pdf._justified_lines)
    lines = [Line("Mentor", 1, width=47), Line("Rasmus Rasmussen, Fokus", 1, width=23),
             Line("Beskæftigelse, tlf. 43 90 76 73.", 1, width=47)]
    assert [b.text for b in blocks_from_lines(lines)][1] == "Rasmus Rasmussen, Fokus Beskæftigelse, tlf. 43 90 76 73."


@pytest.mark.parametrize("contact", ["Birgitte Friis, Broen til Job, tlf. 97 53 90 98, birgitte@broen.dk",
                                     "Birgitte Friis, Broen til Job, birgitte@broen.dk, tlf. 97 53 90 98"])
def test_a_long_contact_line_ends_its_block_before_a_capitalised_line(contact):
    from mentordocs.lint.readers._lines import Line, blocks_from_lines

    lines = [Line("Mentor og kontaktoplysninger", 1), Line(contact, 1), Line("Det skal mentor hjælpe dig med", 1),
             Line("Ringe til dig om morgenen de dage, du skal møde", 1)]
    assert [b.text for b in blocks_from_lines(lines)][1] == contact


def test_a_page_of_a_sidebar_and_two_text_columns_keeps_each_columns_text_together(tmp_path: Path):
    path = tmp_path / "three.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Aftale om mentorforløb")
    side = ["Roskilde Kommune", "Team Mentor", "Dato: 05.02.2026", "Sagsnr.: 13.34.10", "Borger", "Ahmed Jensen",
            "Sagsbehandler", "Mads Poulsen", "Tlf. 30 93 38 61", "mads@roskilde.dk", "Hvis du vil klage",
            "Er du uenig, kan du klage", "til kommunen inden fire", "uger. Kommunen", "genvurderer sagen og", "sender klagen til",
            "Ankestyrelsen."]
    for n, text in enumerate(side):
        c.drawString(40, 770 - 13 * n, text)
    _fields(c, 200, 770, 160, FIELDS[:4])
    _fields(c, 390, 770, 160, FIELDS[4:6] + [("Godt at vide", "Mentoren møder Ahmed der, hvor det giver mening: "
                                                                "hjemme, på en café eller på arbejdspladsen.")])
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert FIELDS[0][1] in texts and FIELDS[5][1] in texts
    assert any(t.startswith("Er du uenig, kan du klage til kommunen inden fire uger.") for t in texts)


def test_a_sidebar_line_below_the_body_longer_than_the_others_stays_in_the_sidebar(tmp_path: Path):
    # (LibreOffice frame as sidebar: its lines go on below the body, and a few of them are
    # longer than the sidebar's other lines)
    path = tmp_path / "frame.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Samarbejdsaftale om mentorstøtte")
    side = ["Næstved Kommune", "Jobcentret", "Dato: 05.07.2026", "Sagsnr.: 94.26.98", "Borger", "Jonas Nielsen",
            "Sagsbehandler", "Emil Jørgensen", "Tlf. 28 42 41 16", "emil@naestved.dk", "Varighed", "03.04.2026 –",
            "02.10.2026", "Omfang", "4 timer ugentligt", "Sådan følger vi op", "Opfølgning:", "sagsbehandler holder",
            "opfølgningssamtale", "hver 6. uge og ser på", "progressionen. Evaluering", "fire uger før",
            "bevillingen udløber.", "Hvis du vil klage", "Er du uenig, kan du", "klage til kommunen",
            "inden fire uger. Du", "kan ringe eller skrive.", "Kommunen skal", "genvurdere sagen, og",
            "fastholdes afgørelsen,", "behandles klagen af", "Ankestyrelsen."]
    for n, text in enumerate(side):
        c.drawString(40, 770 - 13 * n, text)
    _fields(c, 220, 770, 300, FIELDS[:3])
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert any(t.startswith("sagsbehandler holder opfølgningssamtale hver 6. uge og ser på progressionen.") for t in texts)


def test_a_box_above_a_sidebar_and_the_body_does_not_keep_them_from_being_read_apart(tmp_path: Path):
    path = tmp_path / "box-above.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Mentoraftale")
    c.drawString(40, 787, "Viborg Kommune · Team Mentor og Udvikling")
    c.drawString(46, 765, "Indsatsområder")
    c.drawString(46, 752, "•  Hjælpe med at planlægge transporten og ugens mødetider")
    c.drawString(46, 739, "•  Følge Ahmed til praktikstedet de første to uger")
    side = ["Viborg Kommune", "Team Mentor og Udvikling", "Dato: 03.03.2026", "Sagsnr.: 69.31.91-A19", "Borger",
            "Ahmed Thomsen", "Sagsbehandler", "Sara Mortensen", "Tlf. 95 87 82 57", "sara@viborg.dk", "Mentor",
            "Nikolaj Lund", "Mentorhuset Sjælland", "Tlf. 76 29 74 60", "Timeantal", "5 timer om ugen"]
    for n, text in enumerate(side):
        c.drawString(40, 700 - 13 * n, text)
    _fields(c, 220, 700, 330, [FIELDS[3], FIELDS[5], FIELDS[6]])
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert FIELDS[5][1] in texts and "5 timer om ugen" in texts


def test_a_right_sidebar_beside_a_bulleted_list_is_read_after_the_body(tmp_path: Path):
    path = tmp_path / "plan.pdf"
    c = _canvas(path)
    c.drawString(40, 800, "Min Plan")
    c.drawString(40, 786, "Start – slut: 26 uger fra 1. januar 2026")
    left = ["Indsats: Mentorstøtte (LAB § 167)", "Kontaktperson (mentor)", "Hanne Olsen, Jobhuset Vest",
            "Tlf. 99 81 77 30", "Opgaver", "• Hjælpe med at skabe en fast døgnrytme på hverdage",
            "• Støtte Mathilde i at holde aftaler med læge og behandler", "• Ringe Mathilde op om morgenen",
            "Omfang", "3 timer pr. uge"]
    right = ["Borger", "Mathilde Christensen", "Min kontaktperson i kommunen", "Camilla Petersen", "Målet",
             "Målet er, at Mathilde gennemfører", "grundforløbet på HF-enkeltfag på", "VUC og består prøverne."]
    for n, text in enumerate(left):
        c.drawString(40, 750 - 14 * n, text)
    for n, text in enumerate(right):
        c.drawString(400, 750 - 14 * n, text)
    c.save()
    texts = [b.text for b in read_document(path).blocks]
    assert "Målet er, at Mathilde gennemfører grundforløbet på HF-enkeltfag på VUC og består prøverne." in texts


# A scanned form read with OCR: numbered labels that wrap beside values that wrap too
_SCANNED_FORM = [
    " Aftale om mentorstøtte",
    '  Borger                    Rasmus Larsen',
    '  Sagsnr.                   24-36732',
    '  Sagsbehandler             Gitte Spang, tlf. 96 54 74 35',
    '',
    ' "1. Formål med             Rasmus starter på FVU-dansk på VUC Fjordlund og møder til',
    '  mentorstøtten (mål og     undervisningen to dage om ugen fra 1. august 2024.',
    '  delmål)',
    '  2. Mentor - navn og       Anders Krogh',
    '  kontaktdata               Tlf. 91873821',
    '  3. Mentorens opgaver      - Øve busruten til skolen sammen med Rasmus',
    '                            - Tage kontakt til kontaktlæreren ved. fravær',
    '  4. Varighed (fra - til)   fra 1. maj 2024 til 31. okt. 2024',
    '  5. Timetal pr. uge        8 timer om måneden',
]


def test_a_numbered_label_that_wraps_beside_its_wrapped_value_stays_a_table_row():
    from mentordocs.lint.readers.pdf import document_from_pages

    doc = document_from_pages([_SCANNED_FORM], "scan.pdf", "pdf", {1: 90.0})
    rows = [b.cells for b in doc.blocks if b.cells]
    assert rows[3][1].startswith("Rasmus starter på FVU-dansk")


_SIDE_PANEL = [
    "Min Plan: Aktivitet mentor                                                Mette Andersen",
    "                                                                          Jobcenter Holbæk",
    "Navn: Bilal Winther",
    "                                                                          Tlf. 85 48 99 78",
    "Udskrevet: 24.08.2026                                                     metan@holbaek.dk",
    "                                                                          Formål med aktiviteten",
    "Aktivitet: Mentorstøtte (§ 167)                                           Bilal gennemfører FVU-dansk trin 2",
    "Varighed: 4. september 2026 – 3. marts 2027                               på VUC og søger mindst to",
    "                                                                          elevpladser inden 4. februar 2027.",
    "Timetal: 4 timer ugentligt",
    "                                                                          Kontakt mentor",
    "Du kan altid se din plan på Min Side.                                     Kim Krogh",
]


def test_a_side_panel_beside_whole_label_and_value_lines_is_read_as_a_column_of_its_own():
    from mentordocs.lint.readers.pdf import document_from_pages

    doc = document_from_pages([_SIDE_PANEL], "plan.pdf", "pdf", {})
    assert "Bilal gennemfører FVU-dansk trin 2 på VUC og søger mindst to elevpladser inden 4. februar 2027." \
        in [b.text for b in doc.blocks]


_TOP_PANEL = [
    " Aftale om mentorstøtte",
    "",
    " Ahmed Lund · CPR-nr. udeladt                                                  Målet med",
    "                                                                               mentorstøtten",
    "                                                                               Fleksjob på lager, Bygma",
    "                                                                               Næstved, 12 t/uge",
    "",
    "                                                                               Din mentor",
    "                                                                               Susanne Larsen",
    "                                                                               Tlf. 3504 9267",
    "",
    " Denne aftale er indgået mellem Ahmed Lund, mentor Susanne Larsen og Slagelse Kommune.",
    " Mentorens opgaver",
    " • Vækkeopkald om morgenen de første fire uger",
    " Periode                1/2 2026–30/4 2026",
]


def test_a_side_panel_beside_only_the_first_lines_is_read_as_a_block_of_its_own():
    from mentordocs.lint.readers.pdf import document_from_pages

    blocks = document_from_pages([_TOP_PANEL], "aftale.pdf", "pdf", {}).blocks
    assert [b.text for b in blocks][1:4] == ["Ahmed Lund · CPR-nr. udeladt", "Målet med mentorstøtten",
                                            "Fleksjob på lager, Bygma"]


_TOP_LETTERHEAD = [
    "Lyngmose Kommune                                                                  Sagsnr. 27.36.04-A00-60618-26",
    "",
    "                                                                                  Lyngmose Kommune,",
    "                                                                                  Arbejdsmarked",
    "                                                                                  Torvet 1",
    "                                                                                  Postboks 40",
    "                                                                                  6330 Lyngmose",
    "                                                                                  Tlf. 73 11 50 00",
    "",
    "MIN PLAN · Mentor",
    "Borger: Sara Mortensen",
]


def test_a_letterheads_contact_column_at_the_top_right_is_no_side_panel_moved_before_the_title():
    from mentordocs.lint.readers.pdf import document_from_pages

    texts = [b.text for b in document_from_pages([_TOP_LETTERHEAD], "plan.pdf", "pdf", {}).blocks]
    assert texts.index("MIN PLAN · Mentor") <= 2
