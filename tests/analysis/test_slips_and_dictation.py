"""Misspelt units, months and number words inside the figures, and text dictated to a phone that
says where its lines end: the classes a second writer of the spelling family found weak in session
20 (docs/evaluation.md), each written as the class it stands for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordocs.lint.analyze import analyze, analyze_fields, compile_pack
from mentordocs.lint.model import Block, ExtractedDocument
from mentordocs.lint.readers import read_bytes
from mentordocs.lint.slips import with_figure_words_mended

from .analysis_builders import KLAGE, rules_of


def _txt(text: str, name: str = "aftale.txt") -> ExtractedDocument:
    return read_bytes(text.encode("utf-8"), name)


def _agreement(duration: str = "Periode: 1. marts 2026 til 31. august 2026", hours: str = "Timetal: 3 timer pr. uge") -> str:
    return ("Aftale om mentorstøtte\n\nMål: Ali starter på FGU i august 2026.\n"
            "Mentor: Morten Falk, tlf. 53 77 08 64\nMentorens opgaver: følge Ali til praktikstedet\n"
            f"{duration}\n{hours}\nOpfølgning: statusmøde hver 4. uge\n{KLAGE}\n")


def _mended(text: str, pack) -> str:
    doc = ExtractedDocument("a.txt", "txt", [Block(text)])
    words = frozenset(w.lower() for w in text.replace(".", " ").split())
    return with_figure_words_mended(doc, compile_pack(pack).figure_slips, words).blocks[0].text


def _rules(text: str, pack) -> set[str]:
    return rules_of(analyze(_txt(text), pack)[1])


def _period(text: str, pack):
    return analyze_fields(_txt(_agreement(duration=text)), pack).fields["duration"]


# --- misspelt words in figures --------------------------------------------------------------------

@pytest.mark.parametrize("written, read", [
    ("Varighed: 26 ugger fra 3. august 2026", "Varighed: 26 uger fra 3. august 2026"),
    ("Aftalen gælder i ni mådener", "Aftalen gælder i ni måneder"),
    ("inden fire uegr", "inden fire uger"),
])
def test_a_misspelt_unit_after_a_number_is_read_as_the_unit(pack, written, read):
    assert _mended(written, pack) == read


@pytest.mark.parametrize("written, read", [
    ("fra 1 jiuni 2026 til 30 nowember 2026", "fra 1 juni 2026 til 30 november 2026"),
    ("den 1. sebtember 2026", "den 1. september 2026"),
])
def test_a_misspelt_month_between_a_day_and_a_year_is_read_as_the_month(pack, written, read):
    assert _mended(written, pack) == read


def test_a_misspelt_number_word_before_a_unit_is_read_as_the_number(pack):
    assert _mended("Hvor længe: et halft år fra 1. sep 2026", pack) == "Hvor længe: et halvt år fra 1. sep 2026"


def test_an_ordinal_before_a_unit_is_no_slip_of_a_number(pack):
    assert _mended("Vi mødes i den femte uge", pack) == "Vi mødes i den femte uge"


def test_a_word_like_a_unit_away_from_a_number_is_left_alone(pack):
    assert _mended("Ugger og tomer står her uden tal", pack) == "Ugger og tomer står her uden tal"


def test_a_period_with_misspelt_months_is_found(pack):
    assert _period("Periode: fra 1 jiuni 2026 til 30 nowember 2026", pack).state == "present"


def test_a_period_with_misspelt_months_over_the_limit_is_flagged(pack):
    assert "duration-over-6-months" in _rules(_agreement(duration="Periode: 1 jiuni 2026 til 30 desember 2026"), pack)


def test_a_length_in_misspelt_months_over_the_limit_is_flagged(pack):
    text = _agreement(duration="Varigheden: Aftalen gælder i ni mådener fra 1. juni 2026.")
    assert "duration-over-6-months" in _rules(text, pack)


def test_hours_in_a_misspelt_unit_are_hours(pack):
    fields = analyze_fields(_txt(_agreement(hours="Timer pr uge: 3 tomer pr. uge")), pack).fields
    assert fields["hours"].state == "present"


_UNITS = ["time", "timer", "dag", "dage", "uge", "uger", "måned", "måneder", "år"]
_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"]


@settings(max_examples=60, deadline=None)
@given(number=st.integers(1, 40), unit=st.sampled_from(_UNITS), day=st.integers(1, 28),
       month=st.sampled_from(_MONTHS), year=st.integers(2020, 2030))
def test_figures_spelt_right_are_never_changed(pack, number, unit, day, month, year):
    text = f"{number} {unit} fra {day}. {month} {year} og {day} {month} {year}"
    assert _mended(text + " tomer", pack) == text + " tomer"


# --- dictated text --------------------------------------------------------------------------------

_DICTATED_LINES = ("skriftlig aftale om mentor\n\n"
                   "hovedmål kolon rasmus har et fleksjob som køkkenmedhjælper på 12 timer om ugen senest 4/7 26. ny linje "
                   "mentorens navn og kontaktdata ahmad karimi komma tlf . 91 45 66 02 ny linje "
                   "opgaver kolon mentoren hjælper med at finde en læge ny linie "
                   "bevilget periode f.o.m punktum 4/4 26 t.o.m 3/10 26 ny linie "
                   "opfølgning vi følger op hver 4. uge på et møde i jobcentret ny linje "
                   "timetal 1,5 time ugentligt ny linje\n")


def test_a_spoken_new_line_ends_the_line(pack):
    fields = analyze_fields(_txt(_DICTATED_LINES, "aftale.md"), pack).fields
    assert fields["mentor"].state == "present"


def test_each_line_of_a_dictation_that_says_its_new_lines_is_its_own_field(pack):
    fields = analyze_fields(_txt(_DICTATED_LINES, "aftale.md"), pack).fields
    assert {name: fields[name].state for name in ("goal", "tasks", "duration", "follow_up", "hours")} == dict.fromkeys(
        ("goal", "tasks", "duration", "follow_up", "hours"), "present")


_DICTATED_SENTENCES = ("min plan mentor sara\n\n"
                       "mål sara starter på hf enkeltfag på vuc i januar 2027 og går til alle timer punktum "
                       "mentor er gitte hald komma tlf 25 60 14 89 punktum mentor skal hjælpe med lektier punktum "
                       "periode 1 november 2026 til 30 april 2027 punktum timer 2 timer om ugen punktum\n")


def test_a_dictation_without_new_lines_is_read_sentence_by_sentence(pack):
    fields = analyze_fields(_txt(_DICTATED_SENTENCES), pack).fields
    assert fields["goal"].state == "present"


def test_a_form_without_colons_reads_a_line_that_ends_as_a_sentence_as_a_field(pack):
    lines = ["Aftale om mentorstøtte",
             "formål med mentorforløbet ali møder stabilt i praktik på genbrugspladsen 3 dage om ugen .",
             "mentor morten falk mobil 53 77 08 64", "varighed 4 maj 2026 – 3 november 2026", "timetal 2 timer ugentlig"]
    doc = ExtractedDocument("aftale.docx", "docx", [Block(line) for line in lines])
    assert analyze_fields(doc, pack).fields["goal"].state == "present"


def test_a_letters_sentence_that_opens_with_a_label_word_is_no_field_line(pack):
    text = ("Kære Ali\n\nMentoren Karina hjælper dig med at komme til tiden i praktikken hver dag.\n"
            "Mål: Ali er i praktik 20 timer om ugen.\n")
    assert analyze_fields(_txt(text), pack).fields["mentor"].state != "present"


@pytest.mark.parametrize("written, read", [("tree uger", "tre uger"), ("femm timer", "fem timer"),
                                           ("fiere timer", "fire timer")])
def test_a_short_number_word_with_a_doubled_or_added_letter_before_a_unit_is_the_number(pack, written, read):
    assert _mended(written, pack) == read


@pytest.mark.parametrize("text", ["to halve dage", "flere timer om ugen", "en aften om ugen"])
def test_a_real_word_before_a_unit_is_no_slip_of_a_number(pack, text):
    assert _mended(text, pack) == text


def test_a_month_slip_shared_by_its_danish_and_english_name_is_that_month(pack):
    assert _mended("fra 10. jull 2026", pack) == "fra 10. juli 2026"


def test_a_misspelt_month_after_a_day_in_words_is_the_month(pack):
    assert _mended("fra den første janur 2026", pack) == "fra den første januar 2026"


def test_a_lower_case_label_line_under_a_long_one_is_the_next_field():
    doc = _txt("min plan – indsats: mentor\n\nnavn: tobias holm\n"
               "mal: get tobias into job i netto (butiksmedhjælper), min. 20 timer/uge før udløb af perioden\n"
               "kontakt person: maria nowak, stepup, 26 74 39 12, mn@stepup-mentor.dk\n"
               "opgaver: support at workplace: meet the boss, make a plan for breaks\n")
    assert any(b.text.startswith("kontakt person:") for b in doc.blocks)


def test_a_name_with_one_word_in_capitals_names_the_mentor(pack):
    fields = analyze_fields(_txt(_agreement().replace("Mentor: Morten Falk", "Mentor: MORTEN Falk")), pack).fields
    assert fields["mentor"].state == "present"


def test_an_acronym_before_a_place_is_no_name_in_capitals(pack):
    from mentordocs.lint.values import has_person_name
    assert not has_person_name("FGU Gladsaxe, afd. Vest", compile_pack(pack).fields)
