"""Text files written by OCR (Tesseract's .txt output): hard-wrapped lines, a form feed between
pages, each page's fax header and footer, and specks of dirt read as punctuation."""

from __future__ import annotations

from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes

FAX = "18.10.2026 13:30 FAX +45 96 28 28 28 JOBCENTER HERNING S. 0{n}/02"


def _two_pages(second_top: str = "") -> bytes:
    first = [FAX.format(n=1), "", "Mentoraftale", "", "1. Borgerens mål",
             "At Camilla påbegynder HF-enkeltfag på VUC Herning i august.", "",
             "7. Ændringer og ophør",
             "Aftalen ophører, hvis borgeren opnår selvforsørgelse, eller hvis formålet ikke", "",
             "Side 1 af 2"]
    second = [FAX.format(n=2), ""] + ([second_top, ""] if second_top else []) + [
        "længere kan opfyldes.", "", "8. Klagevejledning",
        "Du kan klage til Herning Kommune inden fire uger.", "", "Side 2 af 2"]
    return ("\n".join(first) + "\n\x0c" + "\n".join(second) + "\n").encode("utf-8")


def test_an_ocr_text_files_fax_header_and_page_footers_are_read_once():
    text = read_bytes(_two_pages(), "scan.txt").text
    assert text.count("FAX +45 96 28 28 28") == 1
    assert "Side 1 af 2" not in text and "Side 2 af 2" not in text


def test_a_sentence_that_runs_over_a_page_break_is_one_paragraph():
    texts = [b.text for b in read_bytes(_two_pages(), "scan.txt").blocks]
    assert ("Aftalen ophører, hvis borgeren opnår selvforsørgelse, eller hvis formålet ikke "
            "længere kan opfyldes.") in texts


def test_a_running_title_on_the_later_pages_only_is_dropped():
    document = read_bytes(_two_pages("Jobcenter Herning - Aftale om mentorstøtte - Camilla Yilmaz"),
                          "scan.txt")
    assert "Aftale om mentorstøtte - Camilla" not in document.text
    assert "ikke længere kan opfyldes." in document.text


def test_a_hard_wrapped_sentence_under_a_label_is_no_heading():
    data = ("Målet med mentorstøtten\n\nAnna fastholder sit fleksjob som køkkenmedhjælper\n"
            "hos Lidl med 12 timer om ugen.\n").encode("utf-8")
    blocks = read_bytes(data, "scan.txt").blocks
    assert (blocks[1].kind, blocks[1].text) == (
        BlockKind.PARAGRAPH, "Anna fastholder sit fleksjob som køkkenmedhjælper hos Lidl med 12 timer om ugen.")


def test_specks_that_ocr_read_as_punctuation_after_a_heading_are_dropped():
    data = "8. Klagevejledning .\nDu kan klage inden fire uger.\n\nOpfølgning ; ;\nHver måned.\n".encode()
    blocks = read_bytes(data, "scan.txt").blocks
    assert [(b.kind, b.text) for b in blocks if b.kind is BlockKind.HEADING][:1] == [
        (BlockKind.HEADING, "8. Klagevejledning")]
    assert "Opfølgning ;" not in read_bytes(data, "scan.txt").text


def test_dashes_that_ocr_read_from_bullets_are_list_items():
    data = "Yusuf skal hjælpe dig med:\n\n— Hjælpe Tobias med digital post\n— Støtte i kontakten med skolen\n"
    items = [b.text for b in read_bytes(data.encode(), "scan.txt").blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Hjælpe Tobias med digital post", "Støtte i kontakten med skolen"]


def test_a_speck_read_as_a_letter_after_a_labels_colon_is_no_value():
    data = "Mentor: Anna Mortensen, tlf. 21 60 24 68\nMentorens opgaver: g\nPeriode: 2. feb. 2026 - 1. aug. 2026\n"
    assert "Mentorens opgaver:\n" in read_bytes(data.encode(), "scan.txt").text + "\n"
