"""The layout of scanned pages read from their invisible OCR text layer (Tesseract's PDF
renderer: every word its own text object, set on the slope of the scanned line)."""

from __future__ import annotations

from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes

from .scans import ocr_layer_pdf


def _form(top: float = 760) -> list[tuple[float, float, str]]:
    rows = [
        "Mentoraftale for Anna Jensen om mentorstøtte efter lov om en aktiv beskæftigelsesindsats",
        "",
        "Mentor: Maja Andersen, Vejen Videre ApS, tlf. 71 37 00 00, maja@vejen.dk og træffes bedst om formiddagen",
        "Varighed: Mentorstøtten gives i perioden fra 1. marts 2026 til og med 31. august 2026 og kan forlænges",
        "Timetal: To timer om ugen i direkte kontakt med borgeren, i alt 48 timer i hele perioden fremover",
        "Opfølgning: Sagsbehandler følger op hver måned ved et møde med borgeren og mentoren i jobcentret",
    ]
    return [(40, top - 13 * i, row) for i, row in enumerate(rows) if row]


def test_a_skewed_ocr_layer_keeps_each_scanned_line_whole():
    document = read_bytes(ocr_layer_pdf(_form(), skew_degrees=1.8), "scan.pdf")
    assert "Maja Andersen, Vejen Videre ApS, tlf. 71 37 00 00, maja@vejen.dk" in document.text
    assert "fra 1. marts 2026 til og med 31. august 2026" in document.text


def test_a_skewed_ocr_layer_reads_as_the_level_one():
    skewed = read_bytes(ocr_layer_pdf(_form(), skew_degrees=-1.5), "scan.pdf")
    level = read_bytes(ocr_layer_pdf(_form(), skew_degrees=0.0), "scan.pdf")
    assert [b.text for b in skewed.blocks] == [b.text for b in level.blocks]


def _sidebar_letter() -> list[tuple[float, float, str]]:
    sidebar = ["Jobcenter Haderslev", "Gåskærgade 26", "6100 Haderslev", "Tlf. 74 34 34 34", "",
               "Sagsbehandler", "Amalie Poulsen", "Tlf. 57 89 65 81", "ama76&haderslev.dk", "",
               "Mentor", "Sofie Poulsen", "Kompas Mentorservice", "Tlf. 71 71 72 25",
               "sofie&kompas.dk", "", "Journalnr.", "15.19.04-P15-6961-22"]
    body = ["Mentoraftale", "Borger                              Tobias Sørensen", "",
            "Hvad skal forløbet føre til?", "Tobias er i ordinært job som kantinemedarbejder",
            "mindst 20 timer om ugen, inden perioden udløber.", "", "Mentorens opgaver",
            "• Hjælpe med at lave en dagsplan og holde aftaler",
            "• Tage med til møder på jobcentret, hvis Tobias ønsker det",
            "• Træne turen med bus til Det Grønne Team", "",
            "Periode                             01.05.2026-30.04.2027", "",
            "Opfølgning", "Opfølgning ved sagsbehandler hver måned. Progression måles på",
            "fremmøde (antal dage pr. uge) og på delmålene ovenfor.", "", "Klagevejledning",
            "Hvis du ikke er enig i afgørelsen, skal du klage til Haderslev",
            "Kommune inden fire uger efter, at du har modtaget den. Du kan",
            "klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen",
            "inden fire uger. Fastholder kommunen afgørelsen, sender vi klagen",
            "videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigel-",
            "sesindsats og retssikkerhedslovens kapitel 10."]
    # the two columns on baselines of their own, as a letter's sidebar is set
    return ([(40, 780 - 12 * i, row) for i, row in enumerate(sidebar) if row]
            + [(230, 776 - 14 * i, row) for i, row in enumerate(body) if row])


def test_an_ocr_sidebar_whose_mail_addresses_lost_their_at_is_read_after_the_body():
    document = read_bytes(ocr_layer_pdf(_sidebar_letter(), skew_degrees=-0.7), "scan.pdf")
    texts = [b.text for b in document.blocks]
    assert texts.index("Mentorens opgaver") < texts.index("Sofie Poulsen")
    assert [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "Hjælpe med at lave en dagsplan og holde aftaler",
        "Tage med til møder på jobcentret, hvis Tobias ønsker det",
        "Træne turen med bus til Det Grønne Team"]


def test_a_punched_hole_read_as_letters_in_the_margin_makes_no_table_column():
    rows = [(90, 760, "Mentoraftale"), (90, 730, "Parter"),
            (90, 716, "Borger"), (260, 716, "Camilla Holm, Lindevej 52, 8600 Silkeborg"),
            (90, 702, "Sagsbehandler"), (260, 702, "Frederik Larsen, Jobcenter Silkeborg, tlf. 37 26 90 21"),
            (90, 676, "1. Borgerens mål"), (90, 662, "Motivere Camilla og styrke trivslen."),
            (90, 636, "2. Mentors kontaktoplysninger"),
            (90, 622, "Sofie Bruun, Trin for Trin ApS, tlf. 83 55 52 43"),
            (90, 596, "3. Varighed"), (90, 582, "Mentorstøtten gives fra 15. maj 2026 til 14. august 2026."),
            (12, 716, "oe")]
    document = read_bytes(ocr_layer_pdf(rows), "scan.pdf")
    assert [b.cells for b in document.blocks if b.kind is BlockKind.TABLE_ROW] == [
        ("Borger", "Camilla Holm, Lindevej 52, 8600 Silkeborg"),
        ("Sagsbehandler", "Frederik Larsen, Jobcenter Silkeborg, tlf. 37 26 90 21")]
    assert any(b.kind is BlockKind.HEADING and b.text == "1. Borgerens mål" for b in document.blocks)
