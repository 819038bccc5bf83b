"""Patterns that make field finding generalise beyond the wordings it was written against.

Each table holds several layouts of one pattern, with positive and negative cases:
bilingual and glossed labels, merged labels ("Varighed og timetal"), column-wise tables,
dense one-paragraph agreements, history clauses next to the current period, ISO week ranges,
OCR-damaged labels, ranges broken over two lines, page furniture after a placeholder and
hours found by the shape of a value.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .analysis_builders import KLAGE, doc_from, rules_of

from mentordocs.lint.durations import find_periods, support_periods

GOAL = ("Jonas gennemfører sin virksomhedspraktik som lagermedarbejder hos Helsinge Tømmerhandel "
        "og møder stabilt fire dage om ugen senest 1. juni 2026.")
MENTOR = "Lars Østergaard, Mentorhuset, tlf. 23 45 67 89"
TASKS = "Hjælpe Jonas med transport og morgenrutiner og deltage i opstartssamtalen med praktikværten."
PERIOD = "1. marts 2026 – 31. august 2026"
FOLLOW = "Statusmøde med mentor og sagsbehandler hver måned."
HOURS = "2 timer pr. uge"

MISSING = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
           "missing-hours", "missing-appeal-guidance"}


def _lines(labels: dict[str, str], sep: str = ": ") -> list[str]:
    values = {"goal": GOAL, "mentor": MENTOR, "tasks": TASKS, "duration": PERIOD, "follow_up": FOLLOW,
              "hours": HOURS}
    return [f"{labels[k]}{sep}{values[k]}" for k in values if k in labels]


def _agreement(*body, title: str = "Aftale om mentorstøtte"):
    return doc_from(("h", title), *body, ("h", "Klagevejledning"), KLAGE, "Underskrift borger og mentor")


# -- bilingual and glossed labels ------------------------------------------------------------------

BILINGUAL = {
    "slash": {"goal": "Goal / mål", "mentor": "Mentor (name, phone)", "tasks": "Tasks / opgaver",
              "duration": "Duration / varighed", "follow_up": "Follow-up / opfølgning",
              "hours": "Hours per week / timer pr. uge"},
    "english-only": {"goal": "Goal", "mentor": "Mentor contact", "tasks": "Tasks", "duration": "Period",
                     "follow_up": "Follow-up", "hours": "Hours"},
    "gloss": {"goal": "Objective (mål)", "mentor": "Mentor (navn, tlf.)", "tasks": "Opgaver (tasks)",
              "duration": "Periode (period)", "follow_up": "Opfølgning (follow-up)", "hours": "Timetal (hours)"},
    "caps": {"goal": "GOAL / MÅL", "mentor": "MENTOR", "tasks": "TASKS / OPGAVER", "duration": "DURATION",
             "follow_up": "FOLLOW-UP", "hours": "HOURS PER WEEK / TIMER PR. UGE"},
}


@pytest.mark.parametrize("style", sorted(BILINGUAL))
def test_bilingual_labels_find_every_field(lint, style):
    _, findings = lint(_agreement(*_lines(BILINGUAL[style])))
    assert not rules_of(findings) & MISSING


@pytest.mark.parametrize("style", sorted(BILINGUAL))
def test_bilingual_label_with_a_placeholder_is_missing(lint, style):
    labels = BILINGUAL[style]
    body = [line if not line.startswith(labels["hours"]) else f"{labels['hours']}: xx" for line in _lines(labels)]
    _, findings = lint(_agreement(*body))
    assert rules_of(findings) & MISSING == {"missing-hours"}


@pytest.mark.parametrize("title", ["Mentor agreement / aftale om mentorstøtte", "MENTOR AGREEMENT"])
def test_an_english_title_is_not_the_mentor_field(lint, title):
    _, findings = lint(_agreement(*_lines(BILINGUAL["slash"]), title=title))
    assert not rules_of(findings) & MISSING


def test_a_parenthesis_inside_a_sentence_is_not_a_label(lint):
    # "(mål: 4 af 5 dage)" in follow-up text must not make the sentence a goal label
    labels = dict(BILINGUAL["gloss"])
    body = _lines(labels) + ["Evaluering hver måned. Progressionen måles på fremmødet (mål: 4 af 5 dage)."]
    _, findings = lint(_agreement(*body))
    assert not rules_of(findings) & MISSING


# -- merged labels -------------------------------------------------------------------------------

MERGED = [
    ("VARIGHED OG TIMETAL: 1/7-2026 til 31/12-2026, op til 5 timer om ugen", set()),
    ("Varighed og timetal: 1.3.2026 – 31.8.2026, 3 t/uge", set()),
    ("Varighed og timetal: 1.3.2026 – 31.8.2026", {"missing-hours"}),
    ("Varighed og timetal: 4 timer om ugen", {"missing-duration"}),
]


@pytest.mark.parametrize("line,missing", MERGED)
def test_a_merged_label_carries_two_fields(lint, line, missing):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "follow_up": "Opfølgning"}
    _, findings = lint(_agreement(*_lines(labels), line))
    assert rules_of(findings) & MISSING == missing


# -- column-wise tables --------------------------------------------------------------------------

def test_labels_in_the_first_row_map_column_wise(lint):
    doc = _agreement(("r", "Målet med mentorstøtten", "Kontaktperson", "Hvad skal mentor hjælpe med"),
                     ("r", GOAL, MENTOR, TASKS),
                     ("r", "Bevilget periode", "Statusmøder", "Timeantal"),
                     ("r", PERIOD, "Vi evaluerer forløbet fire uger før bevillingen udløber.", "4 timer ugentligt"))
    _, findings = lint(doc)
    assert not rules_of(findings) & MISSING


def test_a_value_wrapped_over_several_rows_stays_in_its_column(lint):
    doc = _agreement(("r", "Mål", "Mentor", "Opgaver"),
                     ("r", "Jonas er i ordinært job som", "Lars Østergaard, Mentorhuset", "Følge med til"),
                     ("r", "lagermedarbejder hos Bilka.", "tlf. 23 45 67 89", "møder i jobcentret."),
                     ("r", "Opfølgning", "Antal timer", "Varighed"),
                     ("r", "Midtvejsevaluering efter 3", "3 timer ugentligt", PERIOD),
                     ("r", "måneder.", "", ""))
    _, findings = lint(doc)
    assert not rules_of(findings) & MISSING


def test_an_empty_column_under_a_header_row_is_missing(lint):
    doc = _agreement(("r", "Mål", "Mentor", "Opgaver"), ("r", GOAL, MENTOR, "-"),
                     ("r", "Opfølgning", "Antal timer", "Varighed"), ("r", FOLLOW, HOURS, PERIOD))
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-tasks"}


@pytest.mark.parametrize("row", [("Mål for forløbet", "Udfyldes af mentor"), ("Timer", "fem timer om ugen")])
def test_a_label_and_its_value_are_not_a_header_row(lint, row):
    labels = {"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal", "goal": "Mål"}
    key = "goal" if row[0].startswith("Mål") else "hours"
    labels.pop(key)
    _, findings = lint(_agreement(*_lines(labels), ("r", *row)))
    expected = {"missing-goal"} if key == "goal" else set()
    assert rules_of(findings) & MISSING == expected


# -- dense one-paragraph documents ---------------------------------------------------------------

DENSE = [
    # (paragraph, expected missing)
    ("Målet er, at Kasper gennemfører virksomhedspraktikken som butiksmedarbejder hos Netto og møder "
     "stabilt 4 dage om ugen. Mentor er Hanne Mortensen, tlf. 23 45 67 89. Opgaver: Udfyldes senere. "
     "Støtten gælder 1. apr. 2026 - 30. jun. 2026. Opfølgning: Udfyldes senere. Mentor har op til 8 timer "
     "om ugen til rådighed.", {"missing-tasks", "missing-follow-up"}),
    ("Mål for forløbet: Udfyldes senere. Kontaktperson: ?. Mentoren hjælper med transport til praktikstedet "
     "og struktur på ugen. Støtten gælder 25. april – 24. oktober 2026. Vi evaluerer forløbet fire uger før "
     "bevillingen udløber. Der er bevilget 3 timer om ugen.", {"missing-goal", "missing-mentor"}),
    ("Formål: Anna starter på SOSU-hjælperuddannelsen i august 2026. Mentor: Lars Østergaard, tlf. 23 45 67 89. "
     "Mentoren skal hjælpe med transport og morgenrutiner. Periode: 1.3.2026 – 31.8.2026. Opfølgning hver "
     "måned. Timetal: 2 timer pr. uge.", set()),
]


@pytest.mark.parametrize("paragraph,missing", DENSE)
def test_an_inline_label_takes_only_its_own_sentences(lint, paragraph, missing):
    _, findings = lint(_agreement(paragraph))
    assert rules_of(findings) & MISSING == missing


@pytest.mark.parametrize("value", ["…", "___", "xx"])
def test_a_blank_period_in_running_text_is_missing_though_the_next_sentence_has_a_length(lint, value):
    paragraph = (f"Mål: {GOAL} Mentor: {MENTOR}. Mentoren skal hjælpe med transport. Periode: {value} "
                 "Fire uger før bevillingen udløber holder vi en evaluering. Timetal: 2 timer pr. uge.")
    _, findings = lint(_agreement(paragraph))
    assert rules_of(findings) & MISSING == {"missing-duration"}


@pytest.mark.parametrize("role", ["være bindeled mellem dig og din leder, hvis der opstår problemer",
                                  "fungere som din kontaktperson over for praktikstedet",
                                  "være med til de første møder på praktikstedet"])
def test_a_role_the_mentor_takes_states_the_tasks(lint, role):
    paragraph = (f"Målet er: {GOAL} Mentor skal {role}. Mentor er {MENTOR}. Periode: {PERIOD}. "
                 f"{FOLLOW} Timetal: {HOURS}.")
    _, findings = lint(_agreement(paragraph))
    assert "missing-tasks" not in rules_of(findings)


@pytest.mark.parametrize("value", ["-.", "…", "Udfyldes senere."])
def test_goal_placeholder_followed_by_prose_is_missing(lint, value):
    paragraph = (f"Goal / mål: {value} Mentor: {MENTOR}. Mentoren skal hjælpe med transport. "
                 f"Periode: {PERIOD}. Opfølgning hver måned. Timetal: 2 timer pr. uge.")
    _, findings = lint(_agreement(paragraph))
    assert rules_of(findings) & MISSING == {"missing-goal"}


# -- follow-up only in its own section ------------------------------------------------------------

def test_follow_up_with_the_employer_inside_the_tasks_is_not_follow_up(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "hours": "Timetal"}
    doc = _agreement(*_lines(labels), ("r", "Opgaver", "Kontakt til praktikstedet og opfølgning med arbejdsgiveren"))
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-follow-up"}


# -- history next to the current period ----------------------------------------------------------

HISTORY = [
    "Bevilget periode | 12.06.2026 - 11.10.2026 Tidligere forløb 2024-2025 (12 mdr.) er afsluttet.",
    "Du har haft mentorstøtte fra 1. marts 2025 til 31. august 2025. Forud for det havde du et tidligere "
    "forløb 2024-2025 (12 mdr.).",
    "Periode: 1.3.2026 – 31.8.2026 (forrige periode: 9 mdr.)",
]


@pytest.mark.parametrize("text", HISTORY)
def test_a_length_in_a_history_clause_is_not_this_period(text):
    assert not any(p.over_limit() for p in support_periods(text))


@pytest.mark.parametrize("text", [
    "Bevilget periode | 12.06.2026 - 11.10.2026 Tidligere forløb 2024-2025 (12 mdr.) er afsluttet.",
    "Periode: 12.06.2026 - 11.10.2026. Tidligere forløb er afsluttet.",
])
def test_history_next_to_the_current_range_leaves_the_range(text):
    ranges = [p for p in support_periods(text) if p.is_range]
    assert [(p.start, p.end) for p in ranges] == [(dt.date(2026, 6, 12), dt.date(2026, 10, 11))]


@pytest.mark.parametrize("text", ["Periode: 9 mdr. (bevilget 1. marts 2026)", "Varighed: 12 måneder (ny periode)"])
def test_a_length_in_parentheses_without_history_still_counts(text):
    assert any(p.over_limit() for p in support_periods(text))


def test_a_law_sentence_joined_to_the_period_line_does_not_hide_it():
    text = ("Aftalens varighed | Uge 18 2026 til uge 2 2027 Mentorstøtte kan efter loven gives i højst "
            "6 måneder ad gangen.")
    (period,) = [p for p in support_periods(text) if p.is_range]
    assert period.over_limit()


# -- week numbers ----------------------------------------------------------------------------------

WEEKS = [
    ("uge 9 2026 til uge 34 2026", dt.date(2026, 2, 23), dt.date(2026, 8, 23), False),
    ("uge 9 2026 til uge 35 2026", dt.date(2026, 2, 23), dt.date(2026, 8, 30), True),
    ("Uge 48 2026 til uge 30 2027", dt.date(2026, 11, 23), dt.date(2027, 8, 1), True),
    ("uge 48 til uge 10 2027", dt.date(2026, 11, 23), dt.date(2027, 3, 14), False),
    ("uge 10, 2026 – uge 40, 2026", dt.date(2026, 3, 2), dt.date(2026, 10, 4), True),
    ("uge 36/2026 – uge 7/2027", dt.date(2026, 8, 31), dt.date(2027, 2, 21), False),
    ("uge 36/2026 – uge 19/2027", dt.date(2026, 8, 31), dt.date(2027, 5, 16), True),
]


@pytest.mark.parametrize("text,start,end,over", WEEKS)
def test_iso_week_ranges_with_years(text, start, end, over):
    (period,) = find_periods(f"Periode: {text}")
    assert (period.start, period.end, period.over_limit()) == (start, end, over)


def test_twenty_six_weeks_by_number_is_six_months():
    (period,) = find_periods("Bevillingsperiode: Fra uge 9 til og med uge 34, 2023")
    assert period.is_range and not period.over_limit()


def test_week_range_without_year_is_a_length():
    (period,) = find_periods("Periode: uge 10-35")
    assert period.days == 26 * 7 and not period.over_limit()


@pytest.mark.parametrize("text", ["uge 60 til uge 70 2026", "uge 0-10"])
def test_impossible_week_numbers_are_not_periods(text):
    assert not [p for p in find_periods(text) if p.is_range]


# -- OCR, Outlook and PDF damage -----------------------------------------------------------------

@pytest.mark.parametrize("label", ["Stetten bestar i", "Indholdet i mentorstetten", "Hvad skal mentor hjaelpe med",
                                   "Hvad skal mentor hjælpe med"])
def test_damaged_task_labels(lint, label):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": label, "duration": "Periode",
              "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement(*[x for line in _lines(labels) for x in (("h", line.split(": ")[0]), line.split(": ", 1)[1])])
    _, findings = lint(doc)
    assert not rules_of(findings) & MISSING


def test_a_range_broken_over_two_lines_is_one_period(lint):
    doc = doc_from(("h", "Afgørelse om mentorstøtte"),
                   "Vi har bevilget dig mentorstøtte i perioden f.o.m. 1.1.26 t.o.m.", "31.8.26.",
                   "Din mentor bliver Jesper Bech, tlf. 23 45 67 89. Du får 2 timers støtte om ugen.",
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "duration-over-6-months" in rules_of(findings)
    assert "missing-duration" not in rules_of(findings)


def test_an_iso_date_wrapped_after_the_hyphen_is_read():
    (period,) = [p for p in support_periods("Støtten gælder 2026- 02-01 til 2027-01-31.", labelled=False)
                 if p.is_range]
    assert (period.start, period.end) == (dt.date(2026, 2, 1), dt.date(2027, 1, 31))


def test_a_day_and_month_date_wrapped_after_the_hyphen_before_its_year_is_read():
    (period,) = [p for p in support_periods("1/3- 2026 - 14/9- 2026", labelled=True) if p.is_range]
    assert (period.start, period.end) == (dt.date(2026, 3, 1), dt.date(2026, 9, 14))


@pytest.mark.parametrize("placeholder", ["xx", "…", "N/A"])
def test_page_footer_after_a_placeholder_is_not_a_value(lint, placeholder):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
              "follow_up": "Opfølgning"}
    doc = _agreement(*_lines(labels), ("h", "Timetal"), placeholder, "Side 1 af 2 · J.nr. 27.12.04-G01-6940-25")
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-hours"}


# -- hours by the shape of the value ----------------------------------------------------------------

SHAPES = [
    (("r", "Ugentlig ramme", "4 t/uge"), set()),
    (("r", "Tid afsat til dig", "4 t/u"), set()),
    ("Bevilget støtte: 3 timer ugentligt", set()),
    ("Støttens størrelse: op til 5 timer om ugen", set()),
    (("r", "Arbejdstid i praktikken", "15 timer om ugen"), {"missing-hours"}),
    ("Åbningstider: 8 timer om ugen", {"missing-hours"}),
    (("r", "Ugentlig ramme", "37 timer om ugen"), {"missing-hours"}),
    ("Ugentlig ramme: et par timer om ugen", {"missing-hours"}),
]


@pytest.mark.parametrize("line,missing", SHAPES)
def test_hours_found_by_the_shape_of_an_unlabelled_value(lint, line, missing):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
              "follow_up": "Opfølgning"}
    _, findings = lint(_agreement(*_lines(labels), line))
    assert rules_of(findings) & MISSING == missing


@pytest.mark.parametrize("line,number", [
    ("2. Kontaktperson: Bjørn Ibrahim, Lys i Mørket (frivilligcenter), Tlf.", "34491235"),
    ("Mentor: Signe Østergaard, Lys i Mørket, tlf.", "+45 34 49 12 35"),
    ("Mentor: Signe Østergaard, Lys i Mørket, e-mail:", "signe@lysimoerket.dk"),
])
def test_contact_data_wrapped_to_the_next_line_completes_the_mentor(lint, line, number):
    labels = {"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), line, number))
    assert not rules_of(findings) & MISSING


def test_a_phone_number_alone_after_the_mentor_name_line_is_not_joined_to_a_label(lint):
    labels = {"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), "Mentor: Signe Østergaard, Lys i Mørket", "Åbent 8-16"))
    assert rules_of(findings) & MISSING == {"missing-mentor"}


# -- precision: shapes that look like a field but are not ------------------------------------------

@pytest.mark.parametrize("text", ["Mentor er Tina Krogh. Støtten gælder 31.01.2026 - 29.07.2026.",
                                  "Din mentor bliver Tina Krogh fra 01.02.2026."])
def test_a_dotted_date_is_not_the_mentors_phone_number(lint, text):
    labels = {"goal": "Mål", "tasks": "Opgaver", "follow_up": "Opfølgning", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), text))
    assert "missing-mentor" in rules_of(findings)


def test_a_dotted_phone_number_is_still_contact_data(lint):
    labels = {"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), "Mentor: Tina Krogh, tlf. 23.45.67.89"))
    assert not rules_of(findings) & MISSING


def test_lines_of_a_flattened_task_list_are_not_the_goal(lint):
    labels = {"mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement("Indsatsområder: Kontakt til SU-vejleder og studievejleder",
                     "Følge med til møder i jobcentret og hos lægen",
                     "Hjælp til transport til praktikstedet de første uger", *_lines(labels))
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-goal"}


# -- wording variety: labels and letter prose --------------------------------------------------------

LABEL_VARIANTS = [
    ("goal", "Mål for mentorforløbet"), ("goal", "Målbeskrivelse"), ("goal", "Formålet med indsatsen"),
    ("goal", "Succeskriterier"), ("mentor", "Mentorens kontaktinfo"), ("mentor", "Mentor/kontaktperson"),
    ("tasks", "Fokusområder"), ("tasks", "Mentorens opgaver og ansvar"), ("tasks", "Aftalte indsatser"),
    ("duration", "Bevilgningsperiode"), ("duration", "Tidsperiode"), ("duration", "Hvor længe I forventer at arbejde sammen"),
    ("follow_up", "Evalueringsplan"), ("follow_up", "Status og opfølgning"), ("hours", "Timeforbrug"),
    ("hours", "Tidsomfang"), ("hours", "Antal mentortimer"), ("appeal_guidance", "Hvordan klager jeg?"),
    ("appeal_guidance", "Uenig i afgørelsen?"),
]


@pytest.mark.parametrize("key,label", LABEL_VARIANTS)
@pytest.mark.parametrize("layout", ["heading", "label-line", "table"])
def test_label_variants_name_their_field(make_doc, pack, key, label, layout):
    from mentordocs.lint.analyze import analyze_fields

    value = {"goal": GOAL, "mentor": MENTOR, "tasks": TASKS, "duration": PERIOD, "follow_up": FOLLOW,
             "hours": HOURS, "appeal_guidance": KLAGE}[key]
    body = {"heading": [("h", label), value], "label-line": [label, value],
            "table": [("r", label, value)]}[layout]
    analysis = analyze_fields(make_doc(("h", "Aftale om mentorstøtte"), *body), pack)
    assert analysis.fields[key].state == "present"


PROSE_BASE = {
    "goal": "Målet er, at du starter på SOSU-hjælperuddannelsen i august 2026.",
    "mentor": "Din mentor er Lars Østergaard, tlf. 23 45 67 89.",
    "tasks": "Mentoren skal hjælpe dig med transport og morgenrutiner.",
    "duration": "Mentorstøtten gælder fra 1. marts 2026 til 31. august 2026.",
    "follow_up": "Vi følger op på aftalen hver måned.",
    "hours": "Du og din mentor har 2 timer om ugen sammen.",
}
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours"}

PROSE_PRESENT = [
    ("hours", "Støtten udgør 5 timer pr. uge."), ("hours", "Omfanget er 2 timer ugentligt."),
    ("hours", "I mødes 2 timer hver uge."), ("hours", "Der er afsat 3 timer om ugen til mentorstøtten."),
    ("follow_up", "Vi mødes hver måned for at se, hvordan det går."),
    ("follow_up", "Sammen med din mentor gør vi status hver måned."),
    ("follow_up", "Hver måned taler vi om, hvordan det går med dine delmål."),
    ("tasks", "Mentorens rolle er at hjælpe med struktur i hverdagen."),
    ("goal", "Mentorstøtten skal hjælpe dig til at gennemføre din praktik hos Bilka."),
    ("duration", "Mentorstøtten starter 1. marts 2026 og slutter 31. august 2026."),
]
PROSE_ABSENT = [
    ("hours", "Du arbejder 25 timer om ugen i praktikken."), ("hours", "Jobcentret har åbent 35 timer om ugen."),
    ("hours", "Arbejdstid: 30 timer om ugen"), ("hours", ("r", "Praktik", "15 timer om ugen")),
    ("follow_up", "Mentoren mødes med dig hver uge."),
    ("follow_up", "Kontakt til praktikstedet og opfølgning med arbejdsgiveren."),
    ("duration", "Du har været ledig fra 1. marts 2024 til 31. august 2025."),
    ("mentor", "Din sagsbehandler er Mette Holm, tlf. 72 49 61 23."),
    ("mentor", "Mentoren udpeges af Mentorhuset, tlf. 23 45 67 89."),
    ("goal", "Mentoren skal hjælpe dig med transport."),
]


def _prose_letter(key, sentence):
    body = [PROSE_BASE[k] if k != key else sentence for k in PROSE_BASE]
    return doc_from(("h", "Aftale om mentorstøtte"), "Kære Anna", *body, KLAGE)


@pytest.mark.parametrize("key,sentence", PROSE_PRESENT)
def test_letter_prose_states_the_field(lint, key, sentence):
    _, findings = lint(_prose_letter(key, sentence))
    assert not rules_of(findings) & MISSING


@pytest.mark.parametrize("key,sentence", PROSE_ABSENT)
def test_look_alike_prose_does_not_hide_a_missing_field(lint, key, sentence):
    _, findings = lint(_prose_letter(key, sentence))
    assert RULE_OF[key] in rules_of(findings)


def test_a_law_clause_after_a_semicolon_does_not_hide_the_week_range():
    text = ("Forløbets varighed: Fra uge 30 til og med uge 42, 2024; Mentorstøtte kan efter loven gives i højst "
            "6 måneder ad gangen.")
    (period,) = [p for p in support_periods(text) if p.is_range]
    assert (period.start, period.end) == (dt.date(2024, 7, 22), dt.date(2024, 10, 20))


@pytest.mark.parametrize("label", ["Forløbets varighed", "Støttens varighed", "Aftalens varighed"])
def test_genitive_label_line_without_colon(make_doc, pack, label):
    from mentordocs.lint.analyze import analyze_fields

    analysis = analyze_fields(make_doc(("h", "Min Plan"), label, "6 mnd."), pack)
    assert analysis.fields["duration"].state == "present"


@pytest.mark.parametrize("sentence,present", [
    ("Ida skal kunne tage bussen alene til gymnasiet og møde til undervisning mindst 4 dage om ugen.", True),
    ("Jonas er i virksomhedspraktik hos Bilka 20 timer om ugen senest 1. juni 2026.", True),
    ("Mentor skal deltage i møder med gymnasiet.", False),
    ("Jobcentret har bevilget mentorstøtte til praktikken.", False),
])
def test_a_goal_with_the_citizen_by_name_as_subject(make_doc, pack, sentence, present):
    from mentordocs.lint.analyze import analyze_fields

    analysis = analyze_fields(make_doc(("h", "Aftale om mentor"), "Mentortype: Uddannelsesmentor", sentence), pack)
    assert (analysis.fields["goal"].state == "present") is present


@pytest.mark.parametrize("row,present", [
    (("r", "Mentorvirksomhed og -person", "Lars Østergaard, Mentorhuset, tlf. 23 45 67 89"), True),
    (("r", "Støtteperson", "Lars Østergaard, lars@mentorhuset.dk"), True),
    ("Tilknyttet mentorkoordinator: Lars Østergaard, 23 45 67 89", True),
    (("r", "Mentorvirksomhed", "Mentorhuset ApS, tlf. 23 45 67 89"), False),
    (("r", "Sagsbehandler", "Mette Holm, tlf. 72 49 61 23"), False),
    ("Ansvarlig i jobcentret: Mette Holm, tlf. 72 49 61 23", False),
])
def test_mentor_under_an_unlisted_mentor_label(make_doc, pack, row, present):
    from mentordocs.lint.analyze import analyze_fields

    analysis = analyze_fields(make_doc(("h", "Aftale om mentorstøtte"), "Mål: " + GOAL, row), pack)
    assert (analysis.fields["mentor"].state == "present") is present


@pytest.mark.parametrize("value", ["XX", "-", "…"])
def test_a_placeholder_over_a_footer_with_digits_is_missing_hours(lint, value):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
              "follow_up": "Opfølgning"}
    doc = _agreement(*_lines(labels), ("h", "Timetal"), value,
                     "Jobcenter Rudersdal · Øverødvej 2 · 2840 Holte · 46 11 00 00")
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-hours"}


def test_a_dash_inside_a_label_before_the_colon_keeps_the_whole_label(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), "5. Opfølgning – inklusiv mål for progression: XX"))
    assert rules_of(findings) & MISSING == {"missing-follow-up"}


def test_the_goals_job_hours_are_not_the_mentor_hours(lint):
    body = [PROSE_BASE[k] for k in PROSE_BASE if k not in ("goal", "hours")]
    doc = doc_from(("h", "Aftale om mentor"), "Kære Anna",
                   "Målet med mentorstøtten er, at du kan arbejde stabilt i dit job som lagermedarbejder hos Lidl – "
                   "mindst 30 timer om ugen – når mentorforløbet slutter.", *body, KLAGE)
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-hours"}


def test_a_capitalised_value_after_a_task_label_is_not_the_mentors_name(lint):
    labels = {"goal": "Mål", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement(*_lines(labels), "Mentor: Udpeges af Mentorhuset ApS, telefon +4596398286",
                     "Hvad mentoren hjælper med: Hjælpe med at søge SPS-støtte")
    _, findings = lint(doc)
    assert rules_of(findings) & MISSING == {"missing-mentor"}


def test_a_length_wrapped_over_two_rows_of_its_column_is_read_whole(lint):
    doc = _agreement(("r", "Mål", "Mentor", "Opgaver"), ("r", GOAL, MENTOR, TASKS),
                     ("r", "Gyldig fra/til", "Opfølgning", "Timetal"),
                     ("r", "Fra d. 1/12 2026 og ni", "Statusmøde hver", "Op til 8 timer om ugen"),
                     ("r", "måneder frem", "måned.", ""))
    _, findings = lint(doc)
    assert "duration-over-6-months" in rules_of(findings)
    assert not rules_of(findings) & MISSING


@pytest.mark.parametrize("after", ["Din mentor hedder Karsten Holm. Du kan ringe til Karsten på 21 90 68 21.",
                                   "Støtten gælder fra 1. marts 2026 til 31. august 2026."])
def test_a_paragraph_about_another_field_ends_the_goal_under_its_heading(lint, after):
    doc = _agreement(("h", "Formål med forløbet"), "Øget trivsel og selvværd.", after,
                     *_lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
                              "follow_up": "Opfølgning", "hours": "Timetal"}))
    _, findings = lint(doc)
    assert rules_of(findings) == {"unclear-goal"}


@pytest.mark.parametrize("label", ["Fra – til", "Fra — til", "Fra ‐ til"])
def test_a_label_written_with_a_word_dash_is_the_pack_phrase_with_a_hyphen(lint, label):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, f"{label}: {PERIOD}"))
    assert not rules_of(findings) & MISSING


@pytest.mark.parametrize("question", ["Hvem hjælper dig?", "Hvem skal hjælpe dig?", "Hvem kan du kontakte?"])
def test_a_question_for_a_person_is_the_mentor_though_it_has_a_task_verb(lint, question):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("h", question), "Din mentor hedder Karin Østergaard. Du kan fange "
                                  "Karin på karin@holdepunkt.dk."))
    assert not rules_of(findings) & MISSING


def test_a_sentence_that_states_the_goal_beats_an_interim_goal_label(lint):
    doc = _agreement("Det, vi arbejder hen imod, er, at du gennemfører FVU på VUC Vejle og søger ind på en "
                     "erhvervsuddannelse til optaget 3. marts 2026.",
                     *_lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
                              "follow_up": "Opfølgning", "hours": "Timetal"}),
                     "Delmål: du ringer selv, hvis du er forhindret i at møde.")
    _, findings = lint(doc)
    assert findings == []


def test_the_tasks_of_a_mentor_named_without_contact_data_are_found_by_the_name(lint):
    doc = _agreement(f"Mål: {GOAL}", "Din mentor bliver Søren Christensen fra Stærk Start ApS.",
                     "Søren skal hjælpe med at skabe overblik over skema og lektier.",
                     *_lines({"duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"}))
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-mentor"}


@pytest.mark.parametrize("style", ["§ {n}. {label}", "§{n} {label}", "§ {n} {label}"])
def test_headings_numbered_by_paragraph_sign_are_labels(lint, style):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Varighed",
              "follow_up": "Opfølgning", "hours": "Timetal"}
    values = {"goal": GOAL, "mentor": MENTOR, "tasks": TASKS, "duration": PERIOD, "follow_up": FOLLOW,
              "hours": HOURS}
    body = []
    for n, key in enumerate(labels, start=1):
        body += [("h", style.format(n=n, label=labels[key])), values[key]]
    _, findings = lint(_agreement(*body))
    assert findings == []


@pytest.mark.parametrize("label", ["§ 2 Kontaktperson hos Nordlys (mentor)", "Mentor fra Café Broen",
                                   "Din mentor hos Kompas Mentor ApS"])
def test_a_paragraph_label_that_names_the_mentors_organisation_starts_the_mentor(lint, label):
    # the organisation's capitalised name is the label's, not a value after it
    lines = _lines({"tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"})
    _, findings = lint(_agreement("Mål", GOAL, label, MENTOR, *lines))
    assert findings == []


@pytest.mark.parametrize("label", ["Din ressourceperson", "Din faste voksne"])
def test_a_mentor_in_an_attachment_after_the_mails_closing_is_found(lint, label):
    # the closing's signature ends where the attached agreement's first field heading begins
    lines = _lines({"tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"})
    _, findings = lint(_agreement("Hej Lone", "Hermed den underskrevne aftale.", ("h", "Venlig hilsen"), "Tina Bech",
                                  ("h", "Bilag: aftale.docx"), ("h", "Det arbejder vi hen imod"), GOAL, ("h", label),
                                  "Kim Holm", "Tlf.: 20 11 22 33", "Mail: kim@cafe-nord.dk", *lines))
    assert findings == []


@pytest.mark.parametrize("label", ["Kontaktperson på skolen", "Kontaktperson på uddannelsesstedet"])
def test_the_citizens_contact_at_school_is_not_the_mentor(lint, label):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(f"{label}: Studievejleder Ulla Riis, tlf. 59 48 32 10", *lines))
    assert rules_of(findings) == {"missing-mentor"}


@pytest.mark.parametrize("label", ["Kontaktperson hos Netto", "Kontaktperson hos Bageriet Korn"])
def test_a_contact_at_a_named_workplace_is_not_the_mentor(lint, label):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(label, "Butikschef Ulla Riis, tlf. 59 48 32 10", *lines))
    assert rules_of(findings) == {"missing-mentor"}


@pytest.mark.parametrize("label", ["Succeskriterier og opfølgning", "Opfølgning og succeskriterier"])
def test_success_criteria_beside_the_follow_up_are_no_goal(lint, label):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "hours": "Timetal"})
    _, findings = lint(_agreement("Mål: Udfyldes ved første samtale.", *lines, ("h", label),
                                  "Evaluering hver 4. uge ud fra delmålene.", ("l", "Fremmøde mindst 90 % af dagene")))
    assert rules_of(findings) == {"missing-goal"}


def test_the_hours_of_a_smart_goals_measurable_row_are_not_the_mentors(lint):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning"})
    _, findings = lint(_agreement(("h", "Hovedmål"), GOAL, ("r", "Specifikt", "Job på et lager"),
                                  ("r", "Målbart", "Mindst 20 timer om ugen"), ("r", "Tidsbestemt", "Senest 2. juni 2026"),
                                  *lines))
    assert rules_of(findings) == {"missing-hours"}


@pytest.mark.parametrize("icon", ["☎", "◷", "\uf0b7", "📅"])
def test_a_label_line_after_a_designed_layouts_icon_is_a_label(lint, icon):
    # a PDF of a designed layout has no heading styles: the icon stands before the label's text
    labels = {"goal": "Mål", "mentor": "Din mentor", "tasks": "Indsatsområder", "duration": "Periode",
              "follow_up": "Opfølgning og progression", "hours": "Timer"}
    values = {"goal": GOAL, "mentor": MENTOR, "tasks": TASKS, "duration": PERIOD, "follow_up": FOLLOW,
              "hours": HOURS}
    body = [line for key in labels for line in (f"{icon} {labels[key]}", values[key])]
    _, findings = lint(_agreement(*body))
    assert findings == []


@pytest.mark.parametrize("last_word", ["Start", "Periode"])
def test_a_mentors_firm_wrapped_before_a_last_word_that_is_a_label_word_keeps_its_contact(lint, last_word):
    # a narrow column: "Oliver Holm, Værkstedet Ny" / "Start" / "Tlf. 43 52 23 79"
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Varighed", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Mentorens navn og kontaktdata", "Oliver Holm, Værkstedet Ny", last_word,
                                  "Tlf. 43 52 23 79", "oliver.holm@vaerkstedet.dk", *lines))
    assert findings == []


def test_the_employers_contact_block_is_not_the_contact_of_a_mentor_named_without_one(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = _agreement(("h", "Del A – Virksomheden"), ("r", "Virksomhedens navn", "Genbrugspladsen Nord"),
                     ("r", "Kontaktperson (HR/leder)", "Rasmus Hansen"), ("r", "Telefon", "53 32 40 18"),
                     ("r", "E-mail", "rasmus@genbrug-nord.dk"), ("h", "Del B – Mentor"),
                     ("r", "Mentorens navn", "Mikkel Hussein"), ("r", "Stilling", "pladsmedarbejder"), *lines)
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-mentor"}


def test_a_sentence_on_another_persons_contact_does_not_complete_a_mentor_named_without_one(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = _agreement("Kontaktperson i virksomheden er Helle Pedersen (tlf. 99 53 80 54), som ikke er mentor.",
                     ("h", "Mentor"), "Mentor er Yasmin Thomsen fra Broen Arbejdsmarkedsservice.", *lines)
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-mentor"}


def test_the_phone_of_the_mentor_named_above_completes_the_mentor(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = _agreement(("h", "Mentor"), "Mentor er Yasmin Thomsen fra Broen Arbejdsmarkedsservice.",
                     "Du kan altid ringe til Yasmin på 22 33 44 55.", *lines)
    _, findings = lint(doc)
    assert findings == []


@pytest.mark.parametrize("price", ["Fokus Mentorservice fakturerer kommunen 475 kr. pr. mentortime efter regning.",
                                   "Pris: kr. 495 pr. time"])
def test_a_price_per_hour_under_the_hours_label_is_no_number_of_hours(lint, price):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
                    "follow_up": "Opfølgning"})
    _, findings = lint(_agreement(*lines, f"Timetal: {price}"))
    assert rules_of(findings) == {"missing-hours"}


@pytest.mark.parametrize("name", ["Malene", "Malte"])
def test_a_mentors_first_name_inside_a_task_lead_in_is_a_name_though_it_folds_to_a_field_word(lint, name):
    # "Malene" folds to "målene" (the goals): inside a lead-in it is the mentor's name
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("h", f"Det hjælper {name} dig med"), ("l", "Tage med til møder"),
                                  ("l", "Skrive ansøgninger sammen med dig")))
    assert findings == []


def test_a_combined_headings_other_field_follows_the_sub_labels_value_in_its_paragraph(lint):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("h", "4. Periode og opfølgning"),
                                  f"Periode: {PERIOD}. Møde med Bettina hver 6. uge og et slutmøde i uge 52."))
    assert findings == []


def test_an_unknown_label_over_a_list_ends_the_details_of_a_mentor_given_without_contact(lint):
    lines = _lines({"goal": "Mål", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, "Ressourceperson", "Hanne Jensen (se kontaktoplysninger nederst på siden)",
                                  "Sådan arbejder vi sammen", ("l", "1. Støtte i at holde fast i søvnrytme"),
                                  ("l", "2. Hjælpe med at åbne og besvare post fra e-Boks"), "Brobyggerne, 4/11 2026",
                                  "______________________ ______________________", "Deltager Mentor",
                                  "Mentor: Hanne Jensen · Direkte: 40 66 51 31 · hanne@brobyggerne.dk"))
    assert findings == []


def test_a_sentence_naming_a_school_after_a_preposition_is_no_label(lint):
    # "Yusuf starter på FGU" ends in a capitalised name after "på", as "Mentor hos Kompas" does
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(("r", "Borgerens mål med mentorforløbet\n(hovedmål)",
                                   "Yusuf starter på FGU\n(produktionsgrunduddannelse, linjen Byg og\nBolig) "
                                   "1. november 2026 og møder mindst fire dage om ugen."), *lines))
    assert findings == []


@pytest.mark.parametrize("sentence", ["Det er Rikkes opgave at følge dig til de første møder på praktikstedet.",
                                      "Rikkes opgave er at følge dig til de første møder på praktikstedet.",
                                      "Anders' rolle er at følge dig til de første møder på praktikstedet."])
def test_the_mentors_task_by_name_in_the_genitive_is_the_tasks(lint, sentence):
    lines = _lines({"goal": "Mål", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"})
    mentor = ("Anders Dam" if sentence.startswith("Anders") else "Rikke Dam") + " (Ungeenheden) bliver din mentor, tlf. 87 53 62 14."
    _, findings = lint(_agreement(*lines, mentor, sentence))
    assert findings == []


def test_the_citizens_own_task_in_the_genitive_is_not_the_mentors(lint):
    lines = _lines({"goal": "Mål", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, "Rikke Dam (Ungeenheden) bliver din mentor, tlf. 87 53 62 14.",
                                  "Det er borgerens opgave at møde til tiden hver dag."))
    assert rules_of(findings) == {"missing-tasks"}


@pytest.mark.parametrize("question", ["Hvorfor mentor?", "Hvorfor en mentor?"])
def test_a_question_why_the_mentor_is_given_heads_the_goal(lint, question):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(("h", question), GOAL, *lines))
    assert findings == []


@pytest.mark.parametrize("letterhead", [(), ("Fjordby Kommune – Ungeindsatsen",)])
def test_a_title_that_names_the_mentor_over_the_addressee_leaves_the_mentor_to_the_letter(lint, letterhead):
    # "Til: Fatima" under the title is the citizen; the mentor is named with a phone in the letter
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = doc_from(*letterhead, ("h", "Opstartsmøde – det vi aftalte om din mentor"), "Til: Fatima Kristensen",
                   "Hej Fatima. Her får du det, vi blev enige om, skrevet ned.",
                   "Din mentor er Mette Thomsen, Havnens Værksted. Du kan fange hende på tlf. 38 54 52 13.", *lines,
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert findings == []


def test_a_signature_with_the_mentors_firm_completes_a_mentor_named_without_contact(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = doc_from(("h", "MENTORAFTALE"), *lines, "KONTAKTPERSON:", "Hanne Friis, Mentorgruppen Midt",
                   ("h", "Klagevejledning"), KLAGE, "Underskrifter: ______________ Fatima Yilmaz", "Hanne Friis",
                   "Mentor, Mentorgruppen Midt", "Mobil +4566768110", "hanne@mentorgruppen.dk")
    _, findings = lint(doc)
    assert findings == []


def test_a_pronoun_after_the_mentors_name_goes_on_about_the_mentor(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = _agreement(("h", "Hvem hjælper dig?"), "Din mentor hedder Birgitte Kaya.",
                     "Hun kommer fra Broen – mentor og vejledning.", "Telefon: 61 64 42 12", *lines)
    _, findings = lint(doc)
    assert findings == []


def test_a_period_wrapped_before_its_year_in_a_narrow_column_is_whole(lint):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Støtteperiode: f.o.m. 1. januar", "2026 t.o.m. 31. marts 2026", *lines))
    assert findings == []


def test_the_mentors_card_goes_on_under_the_firms_name_set_as_a_heading(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Din mentor", "Marianne Mortensen", ("h", "Brobyggerne"), "Tlf. 25 13 23 60",
                                  "marianne@brobyggerne.dk", *lines))
    assert findings == []


@pytest.mark.parametrize("sentence", ["I ses to gange om ugen, i alt to timer.", "Vi ses to gange om ugen, i alt 1½ timer.",
                                      "Vi ses hver fredag fra kl. 13 til 15.",
                                      "I ses hver onsdag kl. 12-14.", "Du har 90 minutter om ugen med Dorthe."])
def test_the_hours_said_as_meetings_or_minutes_in_a_letter_are_the_hours(lint, sentence):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
                    "follow_up": "Opfølgning"})
    _, findings = lint(_agreement(*lines, sentence))
    assert findings == []


@pytest.mark.parametrize("sentence", [
    "Det er Rasmus' opgave at gennemgå post fra e-Boks sammen med dig en gang om ugen.",
    "Det er min opgave at lægge en ugeplan sammen med dig hver mandag.",
    "Jeg skal blandt andet tage bussen sammen med dig til skolen, indtil du kan klare turen alene.",
    "Det aftalte vi, at Hanne skal: lægge en ugeplan sammen med dig hver mandag."])
def test_the_mentors_tasks_in_the_first_person_or_as_agreed_are_the_tasks(lint, sentence):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, sentence))
    assert findings == []


def test_a_question_what_the_support_is_to_lead_to_is_the_goals_label(lint):
    # "Hvad skal … føre til" is a question, not a first name over a task verb ("Sara skal hjælpe med")
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(f"Hvad skal støtten føre til: {GOAL}", *lines))
    assert findings == []


def test_the_goal_set_together_in_a_mail_is_the_goal(lint):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Du får en mentor, fordi vi sammen har sat det mål, at du arbejder mindst 10 timer "
                                  "om ugen i et ordinært job i rengøringsbranchen senest 1. oktober 2026.", *lines))
    assert findings == []


@pytest.mark.parametrize("sentence", ["Jeg ringer til dig den første mandag i hver måned for at høre, hvordan det går, "
                                      "og vi holder et afsluttende møde i oktober.",
                                      "Vi holder status med din sagsbehandler hver måned."])
def test_a_monthly_call_or_status_to_hear_how_it_goes_is_the_follow_up(lint, sentence):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, sentence))
    assert findings == []


def test_a_mentor_named_before_the_role_is_completed_by_a_contact_in_a_ps(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Vi mødtes i går med Kim Lauridsen fra Mentorhuset, som bliver din mentor.", *lines,
                                  "PS: Kim kan kontaktes på 26423120 eller kim.lauridsen@mentorhuset.dk."))
    assert findings == []


def test_the_citizens_own_part_under_a_question_is_not_the_mentors_tasks(lint):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("h", "Hvad skal du selv gøre?"), ("l", "møde til tiden i praktikken"),
                                  ("l", "holde din kalender opdateret")))
    assert rules_of(findings) == {"missing-tasks"}


@pytest.mark.parametrize("sessions", ["I mødes hver fredag kl. 13-15.", "Vi ses hver fredag fra kl. 9 til 12."])
def test_the_mentors_sessions_at_set_hours_are_no_follow_up(lint, sessions):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode"})
    _, findings = lint(_agreement(*lines, sessions))
    assert rules_of(findings) == {"missing-follow-up"}


@pytest.mark.parametrize("lead_in", ["Vi aftalte, at jeg skal:", "Det skal jeg:"])
def test_a_mentors_first_person_lead_in_over_a_list_is_the_tasks(lint, lead_in):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("h", "Hvad gør jeg?"), ("h", lead_in), ("l", "tage bussen sammen med dig til skolen"),
                                  ("l", "gennemgå post fra e-Boks sammen med dig")))
    assert findings == []


@pytest.mark.parametrize("question", ["Hvad skal du nå?", "Hvad vil du gerne nå?"])
def test_a_question_about_what_to_reach_is_the_goal(lint, question):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(("h", question), GOAL, *lines))
    assert findings == []


def test_a_dense_paragraph_with_labels_the_pack_has_no_phrase_for_is_split_at_them(lint):
    paragraph = (f"Indsatsens mål: {GOAL} Mentor (navn, telefon, mail): {MENTOR}, lars@mentorhuset.dk. "
                 "Mentoropgaver: Gennemgang af budget og hjælp til at søge SU. Timer pr. uge: 2 timer pr. uge. "
                 f"Opfølgningsplan: {FOLLOW} Periode: {PERIOD}.")
    _, findings = lint(_agreement(paragraph))
    assert findings == []


def test_a_relative_clause_after_a_field_word_states_nothing(lint):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Denne side viser de aktiviteter, du er i gang med.", *lines))
    assert rules_of(findings) == {"missing-tasks"}


def test_a_capitalised_noun_opening_a_sentence_is_no_citizen_stating_a_goal(lint):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement("Forløbet er en del af din uddannelsesplan.", *lines))
    assert rules_of(findings) == {"missing-goal"}


# -- the writers of corpus R: forms, exports, mentors writing their own agreement -------------------

@pytest.mark.parametrize("number", ["4a.", "4b)", "12c."])
def test_labels_numbered_with_a_letter_are_labels(lint, number):
    lines = _lines({"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("r", f"{number} Gyldig fra/til", PERIOD)))
    assert findings == []


def test_the_discharge_coordinator_is_the_mentor(lint):
    lines = _lines({"goal": "Mål", "tasks": "Koordinatorens opgaver", "duration": "Periode",
                    "follow_up": "Opfølgning", "hours": "Timetal"})
    _, findings = lint(_agreement(("h", "Udskrivningskoordinator"), MENTOR, *lines))
    assert findings == []


def _signed_by(role: str, tasks_label: str = "Opgaver"):
    lines = _lines({"goal": "Mål", "tasks": tasks_label, "duration": "Periode",
                    "follow_up": "Opfølgning", "hours": "Timetal"})
    return doc_from("Hej Nikolaj", "Her er vores mentoraftale, som vi talte om.", *lines,
                    "Du kan altid ringe til mig på 92 95 20 69.", ("h", "Venlig hilsen"), "Louise Rønnow",
                    role, ("h", "Klagevejledning"), KLAGE)


def test_a_mentor_who_writes_and_signs_the_agreement_is_the_mentor(lint):
    _, findings = lint(_signed_by("Mentor, Jobcenter Fjordkøbing"))
    assert "missing-mentor" not in rules_of(findings)


def test_a_letter_in_the_mentors_first_person_is_signed_by_the_mentor(lint):
    _, findings = lint(_signed_by("Jobcenter Fjordkøbing", tasks_label="Mine opgaver som mentor"))
    assert "missing-mentor" not in rules_of(findings)


def test_a_caseworker_who_signs_is_not_the_mentor(lint):
    _, findings = lint(_signed_by("Mentorkoordinator, Holbæk Kommune"))
    assert "missing-mentor" in rules_of(findings)


def test_a_pointer_to_the_decision_reads_the_period_from_the_decision(lint):
    doc = doc_from(("h", "Bevilling af mentorstøtte"), f"Du får mentorstøtte i perioden {PERIOD}.",
                   ("h", "Bilag 1: Mentoraftale"),
                   *[("r", label, value) for label, value in (("Mål", GOAL), ("Mentor", MENTOR), ("Opgaver", TASKS),
                                                              ("Periode", "som angivet i afgørelsen"),
                                                              ("Opfølgning", FOLLOW), ("Timetal", HOURS))],
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "missing-duration" not in rules_of(findings)


def test_a_numbered_question_form_reads_the_question_as_the_label(lint):
    rows = [("1", "Hvilket job- eller uddannelsesmål arbejdes der hen imod?", GOAL),
            ("2", "Mentorens navn og kontaktoplysninger?", MENTOR),
            ("3", "Hvad skal mentor bistå med?", TASKS),
            ("4", "I hvilken periode gives støtten?", PERIOD),
            ("5", "Hvordan og hvornår følges der op, og hvilke mål for progression er der?", FOLLOW),
            ("6", "Hvor mange timer er der bevilget?", HOURS)]
    doc = doc_from(("h", "Mentoraftale (skema M3)"), ("r", "Nr.", "Spørgsmål", "Svar"),
                   *[("r", *row) for row in rows], ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert findings == []


def test_a_signature_in_the_closings_own_block_is_read(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    doc = doc_from("Hi Mikkel,", *lines, "You can always reach me on 51 30 48 67.",
                   "Best / vh\nLine Lindvad\nMentor, Jobcenter Hedeby", ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "missing-mentor" not in rules_of(findings)


def test_a_formal_letter_states_goal_and_tasks_in_its_own_phrases(lint):
    doc = _agreement("Mentorstøtten har til formål, at Louise starter på SOSU-hjælperuddannelsen og har mindst "
                     "90 % fremmøde. Målet er fastsat i samarbejde med Dem og skal kunne følges op løbende.",
                     f"Mentoropgaven varetages af {MENTOR}.",
                     "Mentorens indsats består i at træne turen med bus til skolen sammen med Louise.",
                     *_lines({"duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"}))
    _, findings = lint(doc)
    assert findings == []


def test_a_combined_label_whose_only_goal_word_is_an_interim_goal_is_no_goal(lint):
    lines = _lines({"mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, f"Status og delmål: {FOLLOW}"))
    assert rules_of(findings) == {"missing-goal"}


def test_an_email_address_wrapped_in_a_narrow_cell_is_contact_data(lint):
    lines = _lines({"goal": "Mål", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
                    "hours": "Timetal"})
    _, findings = lint(_agreement(*lines, ("r", "Mentor", "Tobias Thorsgård"),
                                  ("r", "Kontakt", "tobias@mentorkorpset-i-fjordkoebi ng.dk")))
    assert "missing-mentor" not in rules_of(findings)


def test_an_inline_value_that_opens_with_a_dash_is_a_list_not_a_blank(lint):
    paragraph = (f"Mål: {GOAL} Mentor: {MENTOR}. Opgaver: – Ledsagelse til lægebesøg – Hjælp til transport. "
                 f"Periode: {PERIOD}. {FOLLOW} Timetal: {HOURS}.")
    _, findings = lint(_agreement(paragraph))
    assert "missing-tasks" not in rules_of(findings)


def test_the_purpose_of_processing_personal_data_is_not_the_goal(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
              "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement(*_lines(labels),
                     "Kommunen behandler oplysninger om dig efter databeskyttelsesloven. Formålet med "
                     "behandlingen er at kunne tilrettelægge og administrere din indsats.")
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-goal"}


def test_a_school_leaving_exam_is_a_clear_education_goal(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
              "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement("Mål: At du gennemfører 9. klasses afgangsprøve på ZBC med mindst 90 % fremmøde "
                     "frem til sommereksamen.", *_lines(labels))
    _, findings = lint(doc)
    assert rules_of(findings) == set()


def test_an_interim_goal_under_the_follow_up_does_not_fill_an_empty_goal_label(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    doc = _agreement("Mål for forløbet: …", *_lines(labels),
                     "Opfølgning: Statusmøde hver måned. Delmål: fremmøde fire dage om ugen.")
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-goal"}


def test_hours_the_citizen_has_with_the_mentor_are_the_support_hours(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
              "follow_up": "Opfølgning"}
    doc = _agreement(*_lines(labels), "Du har max. 10 timer om måneden.")
    _, findings = lint(doc)
    assert "missing-hours" not in rules_of(findings)


def test_hours_in_the_periods_line_are_the_support_hours(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "follow_up": "Opfølgning"}
    doc = _agreement(*_lines(labels), "Mentorstøtte i uge 15–26, 2026, halvanden time om ugen.")
    _, findings = lint(doc)
    assert not rules_of(findings) & {"missing-hours", "missing-duration"}


def test_tasks_stated_as_what_the_support_consists_of_in_a_clause(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement(*_lines(labels), "Støtten består i, at mentoren vil ringe dig op om morgenen og tale "
                                      "med arbejdspladsen om tilpasninger af opgaverne.")
    _, findings = lint(doc)
    assert "missing-tasks" not in rules_of(findings)


def test_the_mentors_prose_ends_where_the_contact_data_is_given(lint):
    labels = {"goal": "Mål", "tasks": "Mentorens opgaver", "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement(*_lines(labels), "Tina Mortensen bliver din mentor. Tina kan fanges på tlf. 47 43 75 37. "
                                      "Forløbet løber fra den 23. april 2026 og frem til 22/7.")
    _, findings = lint(doc)
    assert not rules_of(findings) & {"missing-mentor", "missing-duration"}


def test_an_inline_mentor_value_goes_on_below_until_its_contact_data(lint):
    labels = {"goal": "Mål", "tasks": "Mentorens opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement("Din mentor: Dorthe Winther, Ungdommens", "Uddannelsesvejledning", "Tlf. 32 67 54 62",
                     *_lines(labels))
    _, findings = lint(doc)
    assert "missing-mentor" not in rules_of(findings)


def test_the_municipalitys_contact_person_is_not_the_mentor(lint):
    doc = doc_from(("h", "Min Plan – Ida Hansen"),
                   "Formål med mentorstøtten: Ida er i virksomhedspraktik 15 timer om ugen hos Bilka "
                   "senest 1. april 2026.",
                   "Mentor: Ikke tildelt endnu", "Opgaver: Støtte Ida i at møde til tiden.",
                   "Periode: 2026-02-01 - 2026-07-31", "Timer pr. uge: op til 4 timer om ugen",
                   "Din kontaktperson i kommunen: Søren Holm Andersen, tlf. 74 92 45 98")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


# -- labels the pack does not know: the section's content decides --------------------------------

UNKNOWN_LABELS = [
    ("h", "Hvor skal du hen?"), GOAL,
    ("h", "Ressourceperson"), "Anders Thomsen, mail: anders@kompasset.dk",
    ("h", "Sådan hjælper Anders dig"), "Anders hjælper med at svare på breve fra kommunen. Anders er bindeled "
                                        "til kontaktpersonen på arbejdspladsen.",
    ("h", "Start/stop"), PERIOD,
    ("h", "Pejlemærker undervejs"), "Statusmøde med sagsbehandler hver måned, hvor vi ser på progressionen.",
    ("h", "Ressourcer"), HOURS,
]


def test_sections_under_unknown_labels_get_the_field_their_content_is(lint):
    _, findings = lint(_agreement(*UNKNOWN_LABELS))
    assert not rules_of(findings) & MISSING


def test_the_caseworkers_signature_under_a_role_label_is_not_the_mentor(lint):
    body = [item for item in UNKNOWN_LABELS[:2] + UNKNOWN_LABELS[4:]]
    doc = _agreement(*body, ("h", "Ungevejleder"), "Ulla Pedersen, Tårnhøj Jobcenter, tlf. 63 91 07 30")
    _, findings = lint(doc)
    assert "missing-mentor" in rules_of(findings)


def test_a_goal_under_an_unknown_label_is_read_by_its_aim_inside_a_compound(lint):
    body = [("h", "Pejlemærke"), "Amalie har et fleksjob som køkkenmedhjælper senest 1. oktober 2026."]
    _, findings = lint(_agreement(*body, *UNKNOWN_LABELS[2:]))
    assert not rules_of(findings) & (MISSING | {"unclear-goal"})


@pytest.mark.parametrize("sentence", ["Nedenstående er aftalt ved møde i jobcentret.",
                                      "Samarbejdet er godt.", "Planen er delt med dig på Jobnet."])
def test_the_municipalitys_offices_and_cooperation_are_no_goal(lint, sentence):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    _, findings = lint(_agreement(sentence, *_lines(labels)))
    assert "missing-goal" in rules_of(findings)


def test_an_aim_put_as_an_activity_under_an_unknown_label_is_an_unclear_goal(lint):
    body = [("h", "Retning"), "Sikre at Fatima har det godt og kommer tættere på arbejdsmarkedet."]
    _, findings = lint(_agreement(*body, *UNKNOWN_LABELS[2:]))
    assert rules_of(findings) & (MISSING | {"unclear-goal"}) == {"unclear-goal"}


def test_a_goal_after_a_lead_in_that_aims_at_it(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement("Som vi talte om, sigter vi efter dette: Frederik er startet på grundforløb 2 som "
                     "SOSU-hjælper senest 30. april 2026.", *_lines(labels))
    _, findings = lint(doc)
    assert not rules_of(findings) & {"missing-goal", "unclear-goal"}


def test_a_letter_under_a_title_that_names_the_mentor_keeps_its_other_fields(lint):
    doc = doc_from("Svendborg Kommune · Beskæftigelse", ("h", "Om din nye mentor"), "Kære Rasmus",
                   "Som vi talte om, sigter vi efter dette: Rasmus er startet på grundforløb 2 som tømrer på "
                   "EUC Syd senest 14. juni 2026 og møder alle skoledage. Din mentor bliver Morten Rasmussen, "
                   "tlf. 22 33 44 55. Morten hjælper dig med lektier og med at møde til tiden.",
                   "Forløbet er aftalt således: 15. marts 2026 – 14. juni 2026. Morten har afsat 6 timer pr. uge "
                   "til dig. Evaluering med sagsbehandler hver måned.",
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert not rules_of(findings) & (MISSING | {"unclear-goal"})


@pytest.mark.parametrize("value", ["Vi holder et trepartsmøde med dig, mentor og sagsbehandler hver 4. uge.",
                                   "Check-in with your caseworker every month; progression is measured on attendance."])
def test_a_meeting_with_a_rhythm_under_an_unknown_label_is_the_follow_up(lint, value):
    body = [item for item in UNKNOWN_LABELS[:8]] + [("h", "Check-ins"), value] + list(UNKNOWN_LABELS[10:])
    _, findings = lint(_agreement(*body))
    assert not rules_of(findings) & MISSING


def test_meetings_set_on_two_dates_under_a_question_heading_are_the_follow_up(lint):
    body = [item for item in UNKNOWN_LABELS[:8]] + [
        ("h", "Hvordan ved vi, om det virker?"), "Vi holder møde 22. april 2026. Vi holder et sidste møde 30. juni 2026."
    ] + list(UNKNOWN_LABELS[10:])
    _, findings = lint(_agreement(*body))
    assert "missing-follow-up" not in rules_of(findings)


def test_an_aim_put_as_an_infinitive_under_an_unknown_label_is_the_goal(lint):
    body = [("h", "Det satser vi på"), "Starte på HF-enkeltfag i matematik C på Mercantec fra august 2026."] \
        + list(UNKNOWN_LABELS[2:])
    _, findings = lint(_agreement(*body))
    assert "missing-goal" not in rules_of(findings)


def test_what_the_two_will_work_on_is_a_tasks_label(lint):
    doc = doc_from(("h", "Mentorstøtte – aftale"), "Navn: Pernille Olsen",
                   ("l", "1. Hvad vil vi opnå? Bestå AMU-kurset i truckcertifikat (B) og søge 3 job om ugen."),
                   ("l", "2. Hvem er din mentor? Navn: Frederik Holm, Mobil: +45 84 92 66 21"),
                   ("l", "3. Hvad skal I arbejde med? Tage med til samtaler med studievejleder; Hjælpe med post"),
                   ("l", "4. Hvor længe varer forløbet? fra 9/7 2026 og seks måneder frem"),
                   ("l", "5. Hvordan følger vi op? Mentor giver status til jobkonsulenten hver måned."),
                   ("l", "6. Hvor meget tid? 2 timer pr. uge."), ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "missing-tasks" not in rules_of(findings)


def test_the_direction_of_the_support_is_a_goal_label(lint):
    body = [("h", "Retning"), "Starte på HF-enkeltfag i matematik C på Mercantec fra august 2026."] \
        + list(UNKNOWN_LABELS[2:])
    _, findings = lint(_agreement(*body))
    assert "missing-goal" not in rules_of(findings)


def test_a_sentence_that_tells_of_the_grant_and_the_start_up_meeting_is_no_follow_up(lint):
    body = [item for item in UNKNOWN_LABELS[:8]] + [
        ("h", "Om forløbsplanen"), "Den bygger på jobcentrets bevilling af 17.05.2026 og er gennemgået på "
                                   "opstartsmødet 28. maj 2026."
    ] + list(UNKNOWN_LABELS[10:])
    _, findings = lint(_agreement(*body))
    assert "missing-follow-up" in rules_of(findings)


def test_a_start_and_an_end_said_in_two_sentences_under_a_question_heading_are_the_period(lint):
    body = [item for item in UNKNOWN_LABELS[:6]] + [
        ("h", "Hvornår?"), "Du starter 2. marts 2026. Den sidste dag er 1. november 2026."
    ] + list(UNKNOWN_LABELS[8:])
    _, findings = lint(_agreement(*body))
    assert "duration-over-6-months" in rules_of(findings)


def test_the_hours_the_two_meet_every_week_are_no_follow_up(lint):
    body = [item for item in UNKNOWN_LABELS[:8]] + [("h", "Hvor tit og hvor længe?"), "I ses 3 timer hver uge."] \
        + list(UNKNOWN_LABELS[12:])
    _, findings = lint(_agreement(*body))
    assert "missing-follow-up" in rules_of(findings)


def test_a_task_sentence_that_reports_status_with_a_rhythm_is_the_follow_up_when_tasks_are_labelled(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    doc = _agreement(*_lines(labels), ("h", "Hvordan ved vi, at det virker?"),
                     "Lars skriver en kort status til kommunen hver måned.")
    _, findings = lint(doc)
    assert not rules_of(findings) & MISSING


def test_a_question_in_a_tables_first_cell_is_a_label_that_ends_the_row_above(lint):
    doc = _agreement(("r", "Mål", GOAL), ("r", "Mentor", MENTOR), ("r", "Mentorens opgaver", TASKS),
                     ("r", "Periode", PERIOD), ("r", "Timetal", HOURS),
                     ("r", "Hvordan ved vi, at det virker?", "Check-in with your caseworker every month."))
    analysis, findings = lint(doc)
    assert not rules_of(findings) & MISSING


@pytest.mark.parametrize("sentence", ["Vi holder et trepartsmøde (dig, Lars og din sagsbehandler) hver 4. uge.",
                                      "Hvert kvartal holder vi en opfølgningssamtale med dig og Lars.",
                                      "Delmål gennemgås ved månedlige møder; mentor noterer fremmøde i logbogen.",
                                      "Vi holder faste møder med dig og Lars hver 6. uge."])
def test_a_named_meeting_of_the_parties_with_a_rhythm_is_the_follow_up_in_prose(lint, sentence):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), sentence))
    assert "missing-follow-up" not in rules_of(findings)


@pytest.mark.parametrize("sentence", ["Lars tager en snak med dig hver uge om fremmøde og søvn.",
                                      "I har mentormøder hver uge.",
                                      "Rasmus møder på skolen hver dag og ringer til Lars hver morgen."])
def test_attendance_or_the_mentors_own_meetings_are_no_follow_up(lint, sentence):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), ("h", "Sådan arbejder vi"), sentence))
    assert "missing-follow-up" in rules_of(findings)


def test_an_interim_goal_inside_the_follow_up_is_not_the_goal_when_none_is_labelled(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    doc = _agreement(*_lines(labels), "Opfølgning: Statusmøde hver måned. Delmål: fremmøde fire dage om ugen.")
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-goal"}


def test_a_mentor_who_introduces_herself_and_signs_with_her_first_name(lint):
    labels = {"goal": "Mål", "tasks": "Mentorens opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = doc_from("Kære Mads", "Jeg hedder Anne og er din mentor. Mit nummer er 73 35 21 68.",
                   *_lines(labels), ("h", "Klagevejledning"), KLAGE, "Hilsen", "Anne")
    _, findings = lint(doc)
    assert "missing-mentor" not in rules_of(findings)


def test_a_labels_verb_gives_way_to_a_value_that_plainly_is_another_field(lint):
    body = [("h", "1. Det arbejder vi hen imod"), GOAL,
            ("h", "2. Hvem hjælper dig"), "Trine Skov, tlf. 77 52 52 47, trine@mentorhuset.dk",
            ("h", "3. Det tager mentoren sig af"),
            ("l", "Følges med Anna til praktikstedet de første to uger"), ("l", "Forberede jobsamtaler sammen med Anna"),
            ("l", "Træne busturen til skolen"), ("l", "Hjælpe med at åbne og svare på Digital Post"),
            ("h", "4. Forløbets længde"), PERIOD, ("h", "5. Opfølgning"), FOLLOW, ("h", "6. Timetal"), HOURS]
    _, findings = lint(_agreement(*body))
    assert not rules_of(findings) & MISSING


def test_a_templates_instruction_left_in_is_no_value(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement(*_lines(labels), ("h", "Aftalte opgaver"), "(Skriv her hvad mentoren konkret skal gøre.)")
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-tasks"}


def test_the_citizens_state_under_a_tasks_label_is_the_goal(lint):
    labels = {"mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning", "hours": "Timetal"}
    doc = _agreement("Borger: Line Jensen", ("h", "Fokus for forløbet (job/uddannelse)"),
                     "Line er i ordinært job som chauffør 20 timer om ugen senest 1. juni 2026.",
                     *_lines(labels), "Mentoren hjælper med: ☒ Ledsagelse til praktik ☒ Kontakt til myndigheder")
    _, findings = lint(doc)
    assert not rules_of(findings) & {"missing-goal", "unclear-goal"}


def test_the_mentors_doing_under_a_tasks_label_stays_the_tasks(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement("Borger: Line Thomsen", *_lines(labels),
                     "Aftalte indsatser: Pia følges med til første møde på praktikstedet.")
    _, findings = lint(doc)
    assert "missing-tasks" not in rules_of(findings)


def test_an_inline_label_inside_a_table_cell_is_a_label(lint):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "follow_up": "Opfølgning",
              "hours": "Timetal"}
    doc = _agreement(("r", f"Målet med mentorstøtten: {GOAL}", "Direkte tlf. 96284241"), *_lines(labels))
    _, findings = lint(doc)
    assert not rules_of(findings) & MISSING


def test_the_mentor_supports_goal_is_read_before_the_plans_own_goal(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Mit mål"),
                   "Her kan du se det overordnede mål for din indsats, som du og din sagsbehandler har aftalt.",
                   ("h", "Mentorstøtte"),
                   ("r", "Formål med mentorstøtten", "Anna fastholder sit fleksjob hos Arla Foods på 12 timer om ugen."),
                   ("r", "Mentor", "Emil Østergaard, e-mail: emil@mentorvest.dk"),
                   ("r", "Mentor skal hjælpe med", "følges til møder i kommunen og hos egen læge"),
                   ("r", "Periode", "25/2-2026 – 24/7-2026"), ("r", "Timer", "2 timer om ugen"))
    assert lint(doc) == ("minplan", [])


def test_a_consent_to_follow_up_on_the_citizens_effort_is_no_follow_up(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), ("h", "Samtykkeerklæring"),
                                  "Jeg giver hermed samtykke til, at kommunen må indhente oplysninger om mig i det "
                                  "omfang, det er nødvendigt for at tilrettelægge og følge op på min indsats."))
    assert "missing-follow-up" in rules_of(findings)


def test_a_heading_over_the_whole_agreement_is_not_an_empty_tasks_field(lint):
    doc = doc_from(("h", "Mentoraftale"), ("h", "Aftalens indhold"),
                   "Vi har aftalt følgende mål for forløbet: Pernille har gennemført et AMU-kursus i truckkørsel "
                   "inden 30. april 2026.",
                   "Din mentor er Fatima Poulsen, Kompas Mentorservice, tlf. 38 62 58 23.",
                   "Mentoren skal hjælpe dig med at planlægge ugen og øve transporten med bus til skolen.",
                   "Mentorstøtten er bevilget i perioden 01.02.2026 – 30.04.2026.",
                   "Du kan få 4 t/uge med din mentor. Vi holder statusmøde hver 4. uge.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_privacy_notice_on_following_up_the_citizens_effort_is_no_follow_up(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal"}
    _, findings = lint(_agreement(*_lines(labels), ("h", "Sådan behandler vi dine oplysninger"),
                                  "Formålet med behandlingen af dine oplysninger er at kunne træffe afgørelse i din "
                                  "sag og tilrettelægge og følge op på den indsats, du deltager i."))
    assert "missing-follow-up" in rules_of(findings)


@pytest.mark.parametrize("sentence", [
    "Med henblik på at fremme, at en person kan opnå eller fastholde ordinær uddannelse eller ordinær ansættelse, "
    "kan der gives mentorstøtte i en periode på højst 6 måneder.",
    "Min Plan er din plan for, hvordan du kommer i job eller uddannelse."])
def test_a_sentence_about_people_in_general_or_the_law_is_no_goal(lint, sentence):
    labels = {"mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timetal",
              "follow_up": "Opfølgning"}
    _, findings = lint(_agreement(*_lines(labels), sentence))
    assert "missing-goal" in rules_of(findings)


def test_hours_per_fortnight_in_prose_are_the_hours(lint):
    labels = {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
              "follow_up": "Opfølgning"}
    _, findings = lint(_agreement(*_lines(labels), "Mentoren har 4 timer hver 14. dag med dig."))
    assert "missing-hours" not in rules_of(findings)


def test_a_task_list_after_the_mentors_name_and_an_abbreviation_is_the_tasks(lint):
    labels = {"goal": "Mål", "duration": "Periode", "hours": "Timetal", "follow_up": "Opfølgning"}
    doc = _agreement(*_lines(labels), "Mentor bliver Emil Bach, som kan træffes på 95 63 18 43. Emil skal bl.a. "
                                      "være kontaktperson for praktikstedet og følge op på aftaler om pauser.")
    _, findings = lint(doc)
    assert "missing-tasks" not in rules_of(findings)


def _journal(make_doc, tasks: str):
    return make_doc(("h", "Journalnotat – mentorstøtte"), "Borger: Mikkel Karimi",
                    "Opstartsmøde på jobcentret med Mikkel og mentor. Hovedformål jf. samtalen: B. skal starte "
                    "på SOSU-hjælperuddannelsen 15.6.2026 og fastholdes i uddannelsen. Mentor bliver Jesper "
                    f"Rasmussen fra Job & Trivsel (tlf. 8639 0096). Mentors opgaver: {tasks} Periode: "
                    "15.2.2026-14.5.2026. Progression følges op på fællesmøde hver 6. uge. Klagevejledning givet: "
                    "klage til kommunen inden fire uger; kommunen genvurderer og sender evt. til Ankestyrelsen.")


def test_a_label_with_an_abbreviation_inside_a_journal_note_is_found(make_doc, lint):
    kind, findings = lint(_journal(make_doc, "støtte ift. fremmøde og transport. Det er 3 timer om ugen."))
    assert (kind, rules_of(findings)) == ("agreement", set())


def test_a_figure_after_the_tasks_sentence_is_the_hours_not_the_tasks(make_doc, lint):
    kind, findings = lint(_journal(make_doc, "støtte ift. fremmøde og transport. 3 t/uge."))
    assert (kind, rules_of(findings)) == ("agreement", set())


def test_the_mentor_named_doing_a_task_in_the_present_tense_gives_the_tasks(make_doc, lint):
    doc = make_doc("Digital Post – Besked fra Holbæk Kommune", "Emne: Din mentoraftale",
                   "Hej Nanna. Det aftalte: Mål: praktik hos Plejecenter Solbakken og derefter job som "
                   "smedelærling. Mentor: Anders fra Center for Beskæftigelse, tlf 67 02 35 73. Anders hjælper "
                   "m. at komme afsted om morgenen og følges med dig til praktikken de første uger. 2 timer/uge. "
                   "Periode 1/1-26-30/6-26. Opfølgning hver måned på jobcentret. Klage: til Holbæk Kommune inden "
                   "4 uger, vi genvurderer og sender evt. videre til Ankestyrelsen. Mvh Søren, jobcentret")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", set())


@pytest.mark.parametrize("address", ["hanne.kristiansenæjobhuset.dk", "hanne.kristiansenæ&jobhuset.dk",
                                     "hanne.kristiansen&mjobhuset.dk"])
def test_a_mentor_address_whose_at_sign_ocr_misread_is_contact_data(agreement, lint, address):
    doc = agreement("labels", {"mentor": f"Hanne Kristiansen, Jobhuset, {address}"})
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_web_address_with_a_danish_letter_is_no_mentor_contact(agreement, lint):
    doc = agreement("labels", {"mentor": "Hanne Kristiansen, Jobhuset, se www.næstved.dk"})
    assert "missing-mentor" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("label", ["What Henrik will help you with", "Hvad Henrik hjælper dig med"])
def test_a_label_that_names_the_mentor_by_first_name_before_a_task_verb_is_the_tasks(make_doc, lint, label):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("h", "Mål"),
                   "Du får et job i hotelbranchen på mindst 15 timer om ugen inden periodens udløb.",
                   ("h", "Mentor"), "Henrik Bach, Ungeindsatsen. Telefon 51 29 30 64.", ("h", label),
                   ("l", "go with you to the workplace during the first two weeks"),
                   ("l", "talk with you every week about attendance and transport"),
                   ("h", "Periode"), "1. september 2026 - 31. december 2026.", ("h", "Timer"), "1½ time om ugen",
                   ("h", "Opfølgning"), "Vi mødes hver måned og følger op.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_dash_that_opens_the_tasks_list_after_the_label_is_no_blank(agreement, lint):
    doc = agreement("labels", {"tasks": "- Kontakt til arbejdsgiveren ved problemer på jobbet"})
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_dash_before_the_next_fields_sentence_is_a_blank(agreement, lint):
    doc = agreement("labels", {"tasks": "- Støtten gælder fra 1. april 2026 til 30. juni 2026."})
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_a_journals_shorthand_for_the_follow_up_is_the_follow_up(agreement, lint):
    doc = agreement("labels", {"follow_up": None},
                    extra=("Opf. m. mentor og borger ca. hver md., næste gang 15-01-2027.",))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_weekly_meeting_at_set_hours_states_the_hours(agreement, lint):
    doc = agreement("labels", {"hours": None}, extra=("I mødes hver fredag kl. 9-11 på jobcentret.",))
    assert "missing-hours" not in rules_of(lint(doc)[1])


ENGLISH_LETTER = (
    "Randers Kommune · Job og Ydelse", "Dear Jonas,",
    "Thank you for meeting with me and your new mentor. In this letter you can read what we agreed.",
    "The goal is that you start the basic course at Tech College on 2026-09-15 and attend at least four days "
    "a week.",
    "Your mentor will be Bo Yilmaz from Jobhuset, phone 64619822. Bo will help you get up in the morning and go "
    "with you to Lidl for the first two weeks. You and Bo have two hours per week together.",
    "The support starts on 15.7.2026 and runs for 3 months. We will follow up every four weeks and evaluate two "
    "weeks before the end.",
    "If you disagree, you can complain to Randers Municipality within 4 weeks. We will reconsider the decision, "
    "and if we uphold it, your complaint is sent to the National Social Appeals Board.",
    "Kind regards", "Tina Holm, Randers Kommune")


def test_an_agreement_written_as_an_english_letter_is_read_field_by_field(make_doc, lint):
    assert lint(make_doc(*ENGLISH_LETTER)) == ("agreement", [])


def test_an_english_letter_without_its_hours_is_missing_them(make_doc, lint):
    letter = [p.replace(" You and Bo have two hours per week together.", "") for p in ENGLISH_LETTER]
    kind, findings = lint(make_doc(*letter))
    assert (kind, rules_of(findings)) == ("agreement", {"missing-hours"})


@pytest.mark.parametrize("label,value", [("Time with your mentor", "2-3 hours per week"),
                                         ("Number of hours", "two hours per week"),
                                         ("Hours", "a total of 40 mentor hours over the period")])
def test_english_hours_under_english_labels_are_the_hours(agreement, lint, label, value):
    doc = agreement("labels", {"hours": None}, extra=(f"{label}: {value}",))
    assert "missing-hours" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("label", ["From – to", "Valid from – to", "Agreement period"])
def test_english_period_labels_are_the_duration(agreement, lint, label):
    doc = agreement("labels", {"duration": None}, extra=(f"{label}: 8 months from 1 November 2026",))
    assert "duration-over-6-months" in rules_of(lint(doc)[1])


def test_a_plans_job_aim_yields_to_the_mentor_supports_purpose(make_doc, lint):
    doc = make_doc(("h", "Min Plan – Mette Jensen"), ("r", "Mit jobmål", "pædagogmedhjælper"),
                   ("r", "Aktivitet", "Mentorstøtte (LAB § 167)"),
                   ("r", "Formål", "Mette fastholder sit fleksjob som køkkenmedhjælper hos Netto og øger fra 10 til "
                                   "16 timer om ugen inden periodens udløb."),
                   ("r", "Mentor", "Kasper Petersen, tlf. 78 24 57 64"),
                   ("r", "Mentors opgaver", "Ugentlig samtale om fremmøde og trivsel i praktikken."),
                   ("r", "Periode", "2026-06-01 – 2026-11-30"), ("r", "Timer", "2 timer om ugen"))
    assert lint(doc) == ("minplan", [])


def test_a_task_item_that_names_another_party_is_still_a_task(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("h", "1. Målet med mentorstøtten"),
                   "Louise gennemfører FVU-dansk på VUC og søger derefter ind på EUD inden 15. oktober 2026.",
                   ("h", "2. Mentorens navn og kontaktdata"), "Lone Friis (Kattegat Mentor ApS) – mobil 21 64 83 10",
                   ("h", "3. Hvilke opgaver mentoren skal bistå ved"),
                   ("l", "Være fast kontaktperson på arbejdspladsen"),
                   ("h", "4. Varighed og opfølgning"), "Periode: 15. maj 2026 – 14. september 2026",
                   "Opfølgning: Statusmøde hver 4. uge.", ("h", "5. Timetal"), "1½ time om ugen",
                   ("h", "6. Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_goal_box_holding_an_infinitive_clause_about_the_citizen_is_the_goal(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Mikkel Friis",
                   "At Mikkel får et fleksjob som pedelmedhjælper inden periodens udløb.",
                   "Mentor: Pia Winther, tlf. 37 53 93 71", f"Mentorens opgaver: {TASKS}", f"Periode: {PERIOD}",
                   f"Timetal: {HOURS}", f"Opfølgning: {FOLLOW}", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("sentence", ["The mentor helps you prepare for job interviews and practise Danish at work.",
                                      "Louise accompanies you to the job centre and helps with letters."])
def test_english_tasks_in_the_present_tense_are_the_tasks(make_doc, lint, sentence):
    doc = make_doc(("h", "Agreement on mentor support"), "Goal: You start as a warehouse worker at Lidl in Kolding "
                   "by 1 June 2026.", "Your mentor: Louise Kjær, tel. 38 65 40 46", sentence,
                   "Period: 1 March 2026 – 31 August 2026", "Hours: 2 hours per week",
                   "Follow-up: a status meeting every month.", ("h", "How to appeal"),
                   "If you disagree, you can complain to the municipality within 4 weeks. We reconsider the decision, "
                   "and if we uphold it, your complaint is sent on to Ankestyrelsen.")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("label", ["Your mentor's tasks", "Your mentor’s tasks"])
def test_an_english_genitive_label_names_its_head_not_its_owner(pack, label):
    from mentordocs.lint.analyze import compile_pack
    assert compile_pack(pack).fields.classify_label(label) == (frozenset({"tasks"}), "field")


def test_a_bilingual_label_names_the_field_of_its_first_part(pack):
    from mentordocs.lint.analyze import compile_pack
    found = compile_pack(pack).fields.classify_label("Mentorens opgaver / What your mentor will help with")
    assert found == (frozenset({"tasks"}), "field")


def test_a_long_bilingual_label_line_opens_its_own_section(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte – Mentor support agreement"), ("h", "Mål / Goal"), GOAL,
                   ("h", "Din mentor / Your mentor"), MENTOR, "Mentorens opgaver / What your mentor will help with",
                   "Følge dig til arbejdspladsen de første to uger; ugentlig samtale om fremmøde og transport.",
                   ("h", "Periode / Period"), PERIOD, ("h", "Timetal / Hours"), HOURS,
                   ("h", "Opfølgning / Follow-up"), FOLLOW, ("h", "Klagevejledning / How to appeal"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_task_list_of_infinitives_the_pack_lists_is_the_tasks_under_a_label_about_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Samarbejdsaftale"), ("h", "Det arbejder vi hen imod"), GOAL, ("h", "Hvem hjælper dig"),
                   MENTOR, ("h", "Det tager mentoren sig af"), ("l", "Forberede jobsamtaler sammen med Jonas"),
                   ("l", "Undersøge busruten til praktikstedet"), ("h", "Forløbets længde"), PERIOD,
                   ("h", "Opfølgning"), FOLLOW, ("h", "Tid sammen med mentor"), HOURS, ("h", "Hvis du vil klage"), KLAGE)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_an_e_mail_senders_address_is_not_the_mentors_contact(make_doc, lint):
    doc = make_doc("Fra: Morten Poulsen <morten.poulsen@slagelse.dk>", "Til: nikolaj@mail.dk",
                   "Emne: Mentorstøtte - det står i din plan", "Kære Nikolaj", ("h", "Min Plan"),
                   ("h", "Mentorstøtte (§ 167)"), "Periode", "4 måneder fra 2. september 2026", "Din mentor",
                   "Tobias Bech, Kommunens mentorteam", "Formål med mentorstøtten", GOAL,
                   "Mentorens opgaver", TASKS, "Timetal", "2 t/uge")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_colonless_tasks_label_before_a_lower_case_task_verb_is_the_tasks(make_doc, lint):
    doc = make_doc("Aftale om mentorstøtte efter LAB § 167", ("r", "Borgerens mål", GOAL), ("r", "Din mentor", MENTOR),
                   "Mentorens opgaver hjælp til kontakt med studievejleder; følges med Jonas til praktikstedet",
                   ("r", "Opfølgning", FOLLOW), ("r", "Timer pr. uge", HOURS), ("r", "Periode", PERIOD),
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def _letter(*middle):
    return doc_from("Faxe Kommune · Job og Ydelse", "Kære Maja",
                    "Tak for mødet. Her kan du læse, hvad vi aftalte om din mentor.",
                    "Vi blev enige om, at målet er et job som smedelærling hos Circle K.", *middle,
                    "Forløbet starter 1.10.2026 og løber 5 mdr. frem. Vi mødes alle tre til opfølgning hver måned.",
                    "Der er bevilget 2-3 timer ugentligt.", KLAGE, "Bedste hilsner", "Dorthe Nørgaard")


def test_a_letter_where_someone_by_first_name_does_a_task_with_the_citizen_has_the_tasks(lint):
    doc = _letter("Sammen med Kim skal du arbejde med din døgnrytme, og Kim tager med dig til de første møder.")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_pronoun_doing_something_with_the_citizen_is_no_helper_by_name(lint):
    doc = _letter("Jeg skriver til dig for at bekræfte vores aftale.")
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_a_signature_line_over_the_municipalitys_footer_is_not_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Mentorens navn og kontaktdata", "Tobias Lund, Kompas Mentor"),
                   ("r", "Målet med mentorstøtten", GOAL), ("r", "Opgaver", TASKS), ("r", "Periode", PERIOD),
                   ("r", "Antal timer", HOURS), ("r", "Opfølgning", FOLLOW), ("h", "Klagevejledning"), KLAGE,
                   ("r", "Dato / borger", "Dato / mentor"),
                   "Holstebro Kommune · Kirkestræde 11 · 7500 Holstebro · Tlf. 96 11 75 00 · www.holstebro.dk")
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_a_bullet_that_ocr_read_as_a_lone_e_opens_a_list_item(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Mål med mentorstøtten", GOAL), ("r", "Mentor", MENTOR),
                   "Mentors opgaver e Sparre om fravær og hvad der skal til for at møde op",
                   ("l", "Tage med til samtaler med studievejleder"), ("r", "Periode", PERIOD), ("r", "Timetal", HOURS),
                   ("r", "Opfølgning", FOLLOW), ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_numbered_colonless_label_with_its_hours_in_words_on_the_same_line_is_the_hours(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("h", "1. Mål for forløbet"), GOAL, ("h", "2. Mentor"), MENTOR,
                   ("h", "3. Mentorens opgaver"), TASKS, ("h", "4. Aftalens varighed"), PERIOD,
                   ("l", "5. Omfang to timer om ugen"), ("h", "6. Opfølgning"), FOLLOW, ("h", "7. Hvis du er uenig"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_total_then_a_weekly_figure_in_one_sentence_gives_the_hours(make_doc, lint):
    doc = _letter("Lars skal hjælpe dig med transporten og følge dig til de første møder.",
                  "Samlet 40 timer, fordelt med ca. 2 timer om ugen.")
    doc = doc_from(*[b.text for b in doc.blocks if "bevilget 2-3 timer" not in b.text])
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_grant_letter_under_its_title_gives_no_follow_up_by_its_meeting_and_weekly_hours(make_doc, lint):
    doc = make_doc(("h", "Du får bevilget mentorstøtte"), "Kære Camilla",
                   "Holbæk Kommune har besluttet at bevilge dig mentorstøtte, jf. LAB § 167. Bevillingen gælder fra "
                   "01.03.2026 og til og med 31.08.2026, og omfatter 3 timer ugentligt.",
                   "Mentorstøtten skal hjælpe dig med at fastholde dit fleksjob. Din mentor bliver Patrick Petersen "
                   "fra Mentorhuset Sjælland. Den konkrete aftale om mål og opgaver laver I sammen ved første møde.",
                   ("h", "Hvis du vil klage"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_a_written_status_at_a_set_rhythm_is_the_follow_up(make_doc, lint):
    doc = _letter("Lars ringer til dig hver morgen den første uge. Lars skriver en kort status til kommunen hver "
                  "måned; vi justerer aftalen, hvis delmålene ikke nås.", "Din mentor er Lars Sørensen, mob. 2670 3869.")
    doc = doc_from(*[b.text for b in doc.blocks if "opfølgning" not in b.text])
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("lead_in, missing", [("Vi aftalte, at jeg skal:", False), ("Du skal selv:", True)])
def test_a_list_of_task_verbs_after_a_mentors_lead_in_sentence_is_the_tasks(lint, lead_in, missing):
    doc = _letter(f"Tak for en god snak. {lead_in}", ("l", "Øve busturen til praktikstedet sammen med dig"),
                  ("l", "Lave en ugeplan sammen med dig"), ("l", "Følge dig til de første møder"),
                  "Din mentor er Julie Frandsen, tlf. 22 33 44 55.")
    assert ("missing-tasks" in rules_of(lint(doc)[1])) is missing


def test_the_mentor_keeping_in_touch_with_someone_is_a_task(make_doc, lint):
    doc = make_doc("Journalnotat", "Borger: Pernille Olsen",
                   "Opstartsmøde afholdt i dag. Rikke Thomsen fra Trin for Trin Mentor er bevilget som mentor (tlf. "
                   "36 12 33 84). Målet er, at borger gennemfører 2. semester på HF på Randers HF & VUC. Mentor skal have "
                   "kontakt til borgers kontaktlærer, hvis der opstår problemer. Der er bevilget 1 time om ugen. "
                   "Mentorstøtten er bevilget f.o.m. 1.8.26 t.o.m. 31.1.27. Vi holder opfølgningsmøde hver 6. uge.",
                   "Borger er vejledt om, at hun kan klage til Viborg Kommune inden 4 uger, og at kommunen "
                   "genvurderer afgørelsen og sender klagen videre til Ankestyrelsen.")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def _mentors_letter(*middle):
    return doc_from("Broen Mentorservice", ("h", "Aftale om dit mentorforløb"), "Kære Ida",
                    "Tak for et godt møde med dig og Lars fra Jobcenter Viborg. Her er det, vi aftalte, så du har det "
                    "på skrift. Jeg er din mentor.",
                    "Målet er: Du er i praktik hos ISS fra april og får et job på 20 timer om ugen i rengøring.",
                    "Vi har aftalt at arbejde sammen i perioden september–november 2026.", *middle,
                    ("h", "Jeg skal:"), ("l", "øve jobsamtaler med dig"), ("l", "hjælpe dig med en ugeplan"),
                    "Vi mødes med din sagsbehandler efter to måneder og igen 14 dage før forløbet slutter.",
                    "Du kan altid få fat i mig på 49 37 00 57 eller soeren.pedersen@broen-mentor.dk.",
                    "Venlig hilsen", "Søren Pedersen", "Mentor, Broen Mentorservice", ("h", "Klagevejledning"), KLAGE)


def test_a_mentor_who_signs_the_letter_and_can_be_reached_in_its_text_is_the_mentor(lint):
    assert "missing-mentor" not in rules_of(lint(_mentors_letter("Jeg har 3 timer pr. uge til dig."))[1])


def test_a_weekly_meeting_at_set_hours_in_a_mentors_letter_is_the_hours(lint):
    assert lint(_mentors_letter("Vi mødes hver tirsdag kl. 9-11."))[1] == []


def test_an_hours_value_under_a_lead_in_the_pack_has_no_label_for_is_a_value_not_a_label(make_doc, lint):
    doc = make_doc(("h", "Mentorstøtte – aftale"), "Sammen har vi sat dette mål:", GOAL, "Din mentor:", MENTOR,
                   "Aftalen gælder for perioden:", PERIOD, "Der er afsat følgende tid:", "To timer om ugen",
                   "Konkret består støtten i, at mentor vil:", TASKS, "Opfølgningen foregår sådan:", FOLLOW,
                   "Sådan klager du:", KLAGE)
    assert lint(doc) == ("agreement", [])


def test_the_mentor_named_after_the_citizen_and_places_in_one_paragraph_is_still_the_tasks_subject(make_doc, lint):
    doc = make_doc("Journalnotat – Ida Kaya", "Emne: Mentoraftale indgået",
                   "Borgers mål: Ida gennemfører FVU-dansk på VUC Næstved og har ikke mere end to dages fravær pr. "
                   "måned. Mentorforløbet varetages af Henrik Jørgensen, Mentor & Match, tlf. 80 02 49 84. Henrik skal "
                   "hjælpe borger med følgende: planlægge transport og tage med til samtaler på jobcentret. Forløbet "
                   "løber 3. september 2026 til 2. februar 2027. Der er afsat ½ time om ugen. Der følges op på "
                   "progressionen ved et møde hver 6. uge. Er du uenig, kan du klage til Jobcenter Næstved inden 4 "
                   "uger. Jobcentret genvurderer afgørelsen, og hvis vi ikke giver dig medhold, sendes klagen til "
                   "Ankestyrelsen.")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_the_signatures_names_over_the_caseworkers_contact_are_not_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), f"Borgerens mål: {GOAL}", "Kontaktperson (mentor): Lars Nielsen, Fokus",
                   f"Mentorens opgaver: {TASKS}", f"Varighed: {PERIOD}", f"Omfang: {HOURS}", f"Opfølgning: {FOLLOW}",
                   f"Klagevejledning: {KLAGE}", ("h", "Niels Hussein (borger) Lars Nielsen (mentor)"),
                   "Tobias Holm (sagsbehandler)", "Svendborg Kommune · Ramsherred 5, 5700 Svendborg · tlf. 62 23 30 00")
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_in_the_mentors_own_letter_what_i_shall_do_is_the_tasks(make_doc, lint):
    doc = make_doc("Jobvejen ApS · mentorstøtte for Kolding Kommune", ("h", "Kære Omar – her er vores aftale"),
                   "Kære Omar", "Tak for en god snak. Som du ved, er det mig, Henrik Yilmaz, der er din mentor. Mit "
                   "nummer er 64 89 11 63.",
                   "Målet med forløbet er, at du gennemfører 2. semester på HF på Horsens HF & VUC. Vi aftalte, at jeg "
                   "skal øve busturen til praktikstedet sammen med dig og gennemgå breve fra e-Boks sammen med dig.",
                   "Vi ses 1 time om ugen.", "Kommunen har bevilget mentorstøtten 2. juli – 13. oktober 2026.",
                   "Vi følger op på et statusmøde hver måned.", KLAGE, "Venlig hilsen", "Henrik Yilmaz")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_english_phone_and_e_mail_rows_under_the_mentor_row_are_the_mentors_contact(make_doc, lint):
    doc = make_doc(("h", "My Plan (Min Plan) – Mentor support"), ("h", "Mentor support (section 167)"),
                   ("r", "Goal", "Luis is in a work placement at Netto, 15 hours a week, by 1 June 2026."),
                   ("r", "Mentor", "Camilla Vestergaard, Kompas Mentorservice"), ("r", "Phone", "69 71 22 17"),
                   ("r", "E-mail", "camilla@kompasmentor.dk"),
                   ("r", "What the mentor helps with", "Accompany you to the work placement; weekly talk about attendance"),
                   ("r", "Start date", "01.08.2026"), ("r", "End date", "31.01.2027"), ("r", "Hours", "3 hours per week"))
    assert lint(doc) == ("minplan", [])


def _english_letter(*middle):
    return doc_from(("h", "Agreement on mentor support under section 167 of the Danish Act on an Active Employment Effort"),
                    "Dear Kevin,", *middle, "Your mentor is Peter Juhl, Mentorhuset ApS, tel. 68 26 30 40.",
                    "Peter will help you with the following:", ("l", "Support Kevin with homework planning"),
                    ("l", "Help Kevin apply for SU"), "The mentor support runs in the period 15.03.2026 – 14.09.2026.",
                    "Follow-up meeting with your caseworker and mentor every month.", ("h", "How to complain"),
                    "If you disagree with the decision, you can complain to Kolding Municipality within four weeks. "
                    "The municipality will reconsider the decision and send your complaint on to Ankestyrelsen.")


def test_an_english_goal_after_a_lead_in_clause_is_the_goal_and_its_evaluation_is_not(lint):
    doc = _english_letter("We have agreed on the following goal for your mentor support: Kevin attends the VUC course "
                          "in English and Maths (HF single subjects) with at least 80 % attendance.",
                          "You and your mentor will meet 4 hrs/week.", "The goal is evaluated 14 days before the period ends.")
    assert lint(doc) == ("agreement", [])


def test_the_length_an_english_partial_grant_says_was_applied_for_is_not_the_period(make_doc, lint):
    doc = make_doc(("h", "Decision on your application for mentor support"), "Dear Fatima,",
                   "You applied for mentor support for 9 months. We have partly granted your application: you receive "
                   "mentor support for the period 15 January 2026 to 14 July 2026.",
                   ("h", "Reasons"), "We have emphasised that six months are enough to reach the goal.",
                   ("h", "How to complain"), "If you disagree with the decision, you can complain to Næstved Municipality "
                   "within four weeks. The municipality will reconsider the decision and send your complaint on to "
                   "Ankestyrelsen.")
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_label_with_nothing_after_it_ends_the_mentors_details(make_doc, lint):
    doc = make_doc(("h", "Agreement on mentor support"), "Objective: Complete the first semester of the HF course at VUC "
                   "Roskilde and pass the exams in January.",
                   "Who is your mentor?: Name: Sara Lindholm, Mobile: 21 90 98 06", ("h", "Areas of support:"),
                   ("l", "Help you write applications and a CV in Danish"), ("l", "Practise job interviews with you"),
                   "Valid from – to: 1 Oct 2026 – 31 Jan 2027", "Follow-up: a status meeting every month.",
                   "Hours: 2-3 hours per week", ("h", "Appeal guidance"),
                   "How to complain: contact your caseworker at Roskilde Municipality within 4 weeks. We reassess the "
                   "decision, and if we maintain it, the complaint is sent to Ankestyrelsen.")
    assert lint(doc) == ("agreement", [])


def test_a_lower_case_list_item_that_reads_like_a_label_is_a_task(make_doc, lint):
    doc = _letter("Louise skal hjælpe dig med:", ("l", "træning i at bruge offentlig transport til skolen"),
                  ("l", "opfølgning på fravær sammen med kontaktlæreren"),
                  "Din mentor er Louise Jensen, tlf. 56 27 70 91.")
    assert lint(doc)[1] == []


def test_in_a_mentors_welcome_letter_what_i_am_going_to_help_with_is_the_tasks(make_doc, lint):
    doc = make_doc("Velkommen til dit mentorforløb hos Vendsyssel Jobstøtte", "Kære Maria",
                   "Jobcenter Brønderslev har bevilget dig mentorstøtte, og jeg bliver din mentor. Jeg hedder Camilla "
                   "Bach, og du kan altid ringe til mig på 20 44 14 87.",
                   "Målet med vores samarbejde er: Maria gennemfører FVU-dansk trin 2 på VUC Nordjylland.",
                   "Jeg kommer til at hjælpe dig med vække-opkald om morgenen og støtte til lektier.",
                   "Vi ses 2 timer pr. uge i perioden 8.3.23–7.6.23.", "Vi følger op hver 4. uge.", KLAGE,
                   "Venlig hilsen", "Camilla Bach", "Mentor, Vendsyssel Jobstøtte")
    assert lint(doc)[1] == []



_PLAIN = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode", "follow_up": "Opfølgning",
          "hours": "Timer"}


def _agreement_without(key: str, *body):
    """A complete agreement in "Label: value" lines, but for field ``key``, which ``body`` gives."""
    return _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != key}), *body)


def test_a_value_cell_that_is_a_sentence_is_a_value_though_it_holds_field_words(lint):
    doc = _agreement_without("follow_up", ("r", "Punkt", "Aftale"),
                             ("r", "Evaluering", "Midtvejsevaluering og slutevaluering sammen med sagsbehandler."))
    assert lint(doc) == ("agreement", [])


def test_a_label_after_a_semicolon_ends_the_value_before_it(lint):
    doc = _agreement_without("follow_up", ("h", "Statusmøder"),
                             "Statusmøde med mentor og sagsbehandler hver måned; delmål: fremmøde 4 dage om ugen.")
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("sentence", ["Mentor sender en skriftlig statusrapport til sagsbehandler hver måned.",
                                      "The mentor sends a short status report every month."])
def test_a_written_status_report_at_a_rhythm_is_the_follow_up(lint, sentence):
    assert lint(_agreement_without("follow_up", sentence)) == ("agreement", [])


def test_a_paragraph_about_another_field_after_the_appeal_guidance_is_not_part_of_it(lint):
    doc = doc_from(("h", "Aftale om mentorstøtte"), *_lines({k: v for k, v in _PLAIN.items() if k != "follow_up"}),
                   ("h", "Klagevejledning"), KLAGE, "Vi følger op på aftalen ved en samtale om cirka tre måneder.")
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("paragraph", [
    "Vi har i dag aftalt, at du får mentorstøtte efter § 167. Vi har aftalt følgende mål for forløbet: Nadia starter på "
    "FVU-dansk på VUC i august 2026 og møder op to gange om ugen.",
    "Borger og undertegnede har aftalt følgende mål: Jonas starter i praktik som lagermedarbejder hos Netto senest "
    "10. august 2026.",
])
def test_a_lead_in_sentence_inside_a_paragraph_labels_the_goal_after_it(lint, paragraph):
    assert lint(_agreement_without("goal", paragraph)) == ("agreement", [])


def test_a_lead_in_that_names_the_mentor_over_a_list_gives_the_tasks(lint):
    doc = doc_from("Kære Fatima", "Som lovet får du her aftalen om din mentorstøtte.",
                   "Vi blev enige om, at målet er, at du er i virksomhedspraktik hos Netto 15 timer om ugen senest 1. januar 2027.",
                   "Det bliver Kasper Nørgaard (Lærkevej Mentor), der er din mentor. Kaspers nummer er 95 28 28 16.",
                   "Kasper og du arbejder sammen om følgende:", ("l", "Komme op om morgenen og få en fast døgnrytme"),
                   ("l", "Forberede samtaler med skolens vejleder"),
                   "Mentorstøtten gælder fra 1/10 2026 til og med 31/1 2027.", "Der er afsat 2 timer om ugen.",
                   "Vi mødes til opfølgning hver 4. uge.", KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_question_in_a_quoted_mail_is_no_label(pack):
    from mentordocs.lint.analyze import analyze_fields
    doc = doc_from("Det bliver Trine Bak (Ungeenheden), der er din mentor. Trines nummer er 52 86 56 14.",
                   "Den 9. juli 2026 kl. 21.14 skrev Camilla Bech:", "Hej Pia",
                   ("h", "Jeg kan ikke huske hvad vi aftalte med mentor, kan du skrive det til mig?"),
                   "Mvh Camilla", "29 41 68 81")
    assert "Trine Bak" in (analyze_fields(doc, pack).fields["mentor"].value or "")


def test_the_goal_before_a_lead_in_to_the_tasks_on_the_same_line_stays_the_goal(lint):
    doc = doc_from(("h", "Vores aftale"), "Kære Zainab", "Jeg hedder Henrik Sørensen, og jeg er din mentor. Du kan fange mig på 65 35 34 49.",
                   "Målet med forløbet er, at du kommer i gang på FGU Midt og har under 10 % fravær ved udgangen af juni. "
                   "Det vil jeg gøre sammen med dig:", ("l", "Ringe til dig om morgenen de første uger"),
                   ("l", "Skrive ansøgninger sammen med dig"), "Vi har 2-3 timer om ugen sammen.",
                   "Kommunen har bevilget mentorstøtten 1. maj – 31. oktober 2026.",
                   "Hver fjerde uge holder vi et kort statusmøde med Ida fra kommunen.", KLAGE)
    assert lint(doc) == ("agreement", [])


def test_the_jobcentres_evaluation_of_its_own_service_is_no_follow_up(lint):
    doc = _agreement_without("follow_up", "Vi evaluerer løbende vores service. Du kan blive kontaktet om en brugerundersøgelse.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-follow-up"})


def test_a_letter_where_the_writer_will_help_the_citizen_is_signed_by_the_mentor(lint):
    doc = doc_from("Genbrugsværkstedet Herning · Fabriksvej 18, 7400 Herning", ("h", "Samarbejdsaftale – mentorforløb"),
                   "Kære Mikkel", "Tak for en god første samtale. Her er det, vi aftalte om dit mentorforløb.",
                   "Vi har aftalt følgende mål for forløbet: Mikkel er startet på SOSU-hjælperuddannelsen til august.",
                   "Jeg vil hjælpe dig med at støtte op om lektier og afleveringer og tage med til samtaler med skolen.",
                   "Periode: 2/5-2026 til 1/10-2026.", "Tid sammen: ca. 4 timer om ugen.",
                   "Vi evaluerer forløbet hver anden måned på et trepartsmøde med jobkonsulenten.", KLAGE,
                   "Venlig hilsen", "Birgitte Aagaard", "Genbrugsværkstedet Herning", "Tlf. 55 37 68 87")
    assert lint(doc) == ("agreement", [])


def test_a_start_and_the_date_the_agreement_runs_to_are_one_period():
    assert [(p.start, p.end) for p in support_periods("Vi starter 1. jun. 2026 og aftalen gælder til 1. dec. 2026.",
                                                       labelled=False)] == [(dt.date(2026, 6, 1), dt.date(2026, 12, 1))]


def test_the_caseworkers_role_and_phone_under_the_closing_is_not_the_mentors_contact(lint):
    doc = doc_from(("h", "Mentoraftale mellem dig og kommunen"), "Kære Amalie",
                   ("h", "Dit mål"), "Amalie er i virksomhedspraktik på værkstedet hos Præstø Auto 16 timer om ugen senest 17. april 2027.",
                   ("h", "Mentors kontaktdata"), "Din mentor er Fatima Poulsen fra Mentorhuset.",
                   ("h", "Fatima skal hjælpe dig med:"), ("l", "Træne jobsamtaler"), ("l", "Støtte i kontakten med Præstø Auto"),
                   ("h", "Varighed og timetal"), "Mentorstøtten gælder 17-11-2026 til 16-02-2027. Du har 10 timer om måneden "
                   "sammen med din mentor.", ("h", "Opfølgning"), "Statusmøde med Amalie, mentor og Omar hver 4. uge.",
                   ("h", "Klagevejledning"), KLAGE, "Med venlig hilsen", "Omar Østergaard", "Uddannelsesvejleder",
                   "Direkte tlf. 40 92 57 21")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-mentor"})


def test_a_list_under_a_mentors_lead_in_set_as_a_heading_is_the_tasks(lint):
    doc = doc_from("Vendepunktet I/S", "Vendepunktet I/S · mentorstøtte for Svendborg Kommune", "Rasmus Rasmussen",
                   "30. december 2025", "Vores aftale", "Kære Rasmus",
                   "Tak for en god snak i går. Jeg har lovet at skrive ned, hvad vi aftalte, så du har det på papir.",
                   "Som du ved, er det mig, Lars Holm, der er din mentor. Mit nummer er 37 96 17 30, og du må gerne "
                   "sende en sms, hvis du ikke kan ringe.",
                   "Det, vi arbejder hen imod, er, at du gennemfører 2. semester på HF på Randers HF & VUC og består "
                   "eksamen i oktober.",
                   ("h", "Jeg skal:"), ("l", "Tage med dig til samtaler med lægen, hvis du ønsker det"),
                   ("l", "Have kontakt til din kontaktlærer, hvis der opstår problemer"),
                   ("l", "Lægge et budget sammen med dig, så huslejen bliver betalt"),
                   ("l", "Øve busturen til praktikstedet sammen med dig"), "Vi ses cirka 2 timer hver uge.",
                   "Forløbet løber fra den 4/1-2026 til den 3/7-2026.",
                   "Progressionen bliver målt på, om du møder op, og vi følger op på et statusmøde hver måned.", KLAGE,
                   "Jeg glæder mig til at arbejde sammen med dig.", ("h", "Venlig hilsen"), "Lars Holm",
                   "Mentor, Vendepunktet I/S", "Kopi: Rasmus Pedersen, Svendborg Kommune")
    assert lint(doc) == ("agreement", [])


def test_a_scans_speck_between_a_heading_and_its_value_is_no_value(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "goal"}), ("h", "1. Mål"), "er",
                     "Mads fastholder sit fleksjob hos Super Brugsen (12 timer om ugen) uden sygefravær.")
    assert lint(doc) == ("agreement", [])


def test_a_follow_up_at_a_rhythm_run_into_another_fields_cell_is_the_follow_up(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k not in ("duration", "follow_up")}),
                     ("r", "Periode", "2026-06-01 - 2026-11-30 | pfølgning ] Vi følger op hver 4. uge."))
    assert lint(doc) == ("agreement", [])


def test_appeal_guidance_that_names_the_municipalitys_centre_names_a_body(lint):
    doc = doc_from(("h", "Aftale om mentorstøtte"), *_lines(_PLAIN), ("h", "Klagevejledning"),
                   "Du kan klage over afgørelsen. Klagen skal være modtaget i Center for Arbejdsmarked senest 4 uger "
                   "efter, at du har fået afgørelsen.")
    assert lint(doc) == ("agreement", [])


def test_a_task_for_the_first_weeks_is_no_period():
    assert support_periods("Følge Camilla til praktikstedet de første to uger") == []


def test_a_line_of_blanks_for_the_parties_signatures_is_not_the_mentors_field(lint):
    doc = doc_from(("h", "Mentoraftale"), *_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}),
                   ("h", "Camillas kontaktoplysninger:"), ("l", "Camilla Brandt"), ("l", "Tlf.: 95 30 74 66"),
                   ("h", "Klagevejledning"), KLAGE, ("h", "Underskrifter:"),
                   "Borger: ____________ Mentor: ____________ Kommunen: ____________")
    assert lint(doc) == ("agreement", [])


def test_a_blank_line_for_signatures_beside_the_caseworkers_phone_gives_no_mentor(lint):
    doc = doc_from(("h", "Aftale om mentorstøtte"), *_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}),
                   "Mentors kontaktdata: Camilla Poulsen, Broen Mentorforløb", ("h", "Klagevejledning"), KLAGE,
                   "Underskrifter", "Borger: ______ Mentor: ______ Sagsbehandler: Line Hansen, tlf. 7417 0501")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-mentor"})


def test_a_label_on_how_to_reach_the_mentor_by_first_name_finds_the_mentor(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}),
                     "Sådan får du fat i Camilla: Navn: Camilla Sørensen. Telefon: 66 86 87 18.")
    assert lint(doc) == ("agreement", [])


def test_a_numbered_heading_shared_by_the_mentor_and_the_tasks_gives_both(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k not in ("mentor", "tasks")}),
                     ("h", "1.2 Din mentor og hvad I skal"), ("l", "Camilla Sørensen, tlf. 66 86 87 18"),
                     ("l", "Hjælpe med at åbne og forstå post fra det offentlige"),
                     ("l", "Gå med til møder med jobcentret og skolen"))
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("near_miss", [
    ("Mål for kommunen", "Kommunen har som mål, at 60 % af borgerne i mentorforløb er i job inden for et år."),
    ("Politisk målsætning", "Arbejdsmarkedsudvalget har besluttet, at flere unge skal i uddannelse."),
])
def test_a_goal_of_the_municipality_or_a_policy_is_not_the_citizens_goal(lint, near_miss):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "goal"}), ("h", near_miss[0]), near_miss[1])
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-goal"})


def test_an_evaluation_of_the_provider_is_not_the_follow_up(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "follow_up"}),
                     ("h", "Evaluering af leverandøren"), "Jobcentret evaluerer leverandørens kvalitet en gang om året.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-follow-up"})


def test_a_firm_with_a_phone_names_no_mentor(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}),
                     "Kontaktoplysninger på mentor: Broen Til Job I/S, tlf. 44 27 21 87")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-mentor"})


def test_a_duration_label_run_on_after_a_list_items_text_gives_the_period(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k not in ("tasks", "duration")}),
                     ("h", "Mentor skal hjælpe med:"), ("l", "snak om fremmøde og hvordan det går i praktikken"),
                     ("l", "ringe Mikkel op om morgenen mandag + onsdag varrighed: 6 mdr. (start 1/6-26)"))
    assert lint(doc) == ("agreement", [])


def test_a_schedule_under_the_hours_is_not_the_follow_up(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k not in ("hours", "follow_up")}),
                     ("h", "Hvor mange timer?"), "2 timer om ugen. I mødes hver tirsdag kl. 9-11.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-follow-up"})


def test_a_wrapped_sentences_last_word_with_a_full_stop_is_no_label(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "goal"}),
                     "Vi har aftalt følgende mål for forløbet: Du gennemfører praktikken og får fleksjob, når den",
                     "slutter.")
    assert lint(doc) == ("agreement", [])


def test_an_hours_figure_with_a_decimal_point_is_no_section_number(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "hours"}), ("h", "Timetal"), "1.5 timer om ugen")
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("value", ["Ayşe Thomsen, mobil 41 61 43 70", "Pia (Mentor Kompagniet ApS) 65 43 03 32"])
def test_a_mentors_name_from_another_language_or_before_the_firm_in_brackets_is_a_name(lint, value):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}), f"Mentor: {value}")
    assert lint(doc) == ("agreement", [])


def test_a_signature_block_headed_on_its_first_line_ends_the_empty_field_above(lint):
    doc = doc_from(("h", "Mentoraftale"), *[("r", f"{n}. {label}", value) for n, (label, value) in enumerate(
        [("Mål for forløbet", GOAL), ("Mentorens navn og kontaktoplysninger", MENTOR), ("Hvad skal mentor hjælpe med?", TASKS),
         ("Varighed", PERIOD), ("Antal timer pr. uge", HOURS), ("Opfølgning og progression", "")], start=1)],
        "Underskrifter\nLouise Møller ____________ Signe Yilmaz ____________", ("h", "Klagevejledning"), KLAGE)
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-follow-up"})


@pytest.mark.parametrize("block", [
    ["B) Sådan får du fat i Mette", "Mette Mikkelsen, Broen Til Job I/S, tlf. 53 74 28 94"],
    [("h", "C) Oles kontaktoplysninger"), "Ole Winther", "Tlf.: 24 31 36 23"],
])
def test_a_label_that_names_the_mentor_by_first_name_is_over_the_mentors_details(lint, block):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}), *block)
    assert lint(doc) == ("agreement", [])


# -- archives exported for an audit: pseudonymised parties, other activities ------------------------

@pytest.mark.parametrize("value", ["[navn fjernet], Jobværkstedet, tlf. 25 94 43 47",
                                   "[Anonymiseret] (Bro til Job) – telefon 42 16 88 63",
                                   "██████ ██████, mail: mentor@brotiljob.dk",
                                   "Mentor B, Bro til Job. Mail: malene@brotiljob.dk"])
def test_a_mentor_name_removed_by_the_archives_export_still_names_the_mentor(lint, value):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}), f"Mentor: {value}")
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("value", ["[navn], tlf. 25 94 43 47", "xxxx, tlf. 25 94 43 47"])
def test_a_templates_unfilled_name_is_no_redaction(lint, value):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}), f"Mentor: {value}")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_another_activity_said_not_to_be_the_support_lends_the_plan_no_period(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Andre aktiviteter i planen"),
                   "FGU-forløb på EUC Nord fra 10. august 2026 til 30. juni 2027 (ikke mentorstøtte).",
                   ("h", "Mentor"), f"Mål med mentorstøtten: {GOAL}", f"Mentor: {MENTOR}", f"Opgaver: {TASKS}",
                   "Gyldig fra – til: 1.9.2026-28.2.2027", f"Timer pr. uge: {HOURS}")
    assert lint(doc) == ("minplan", [])


def test_a_follow_up_left_to_be_agreed_later_is_missing(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "follow_up"}),
                     "Opfølgning og progression: Opfølgning aftales senere.")
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_a_plain_purpose_row_of_the_mentor_activity_is_read_before_the_plans_goal(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Mit mål"), "Jeg vil gerne have et arbejde inden for lager og logistik.",
                   "Aktivitet: Mentorstøtte", ("r", "Formål", "Støtte til at komme videre og øget trivsel"),
                   ("r", "Mentor", MENTOR), ("r", "Mentorens opgaver", TASKS), ("r", "Periode", "01.04.2023 - 31.08.2023"),
                   ("r", "Timer pr. uge", "3"))
    assert rules_of(lint(doc)[1]) == {"unclear-goal"}


def test_another_activitys_card_with_its_status_on_a_line_of_its_own_lends_the_plan_no_period(lint):
    doc = doc_from(("h", "Min Plan"), "Uddannelse: FGU – produktionsgrunduddannelse", "[Igangværende]",
                   ("r", "Sted", "Tradium"), ("r", "Periode", "08.02.2026 - 26.06.2027"),
                   ("h", "Mentorstøtte"), ("r", "Formål", GOAL), ("r", "Mentor", MENTOR), ("r", "Opgaver", TASKS),
                   ("r", "Start", "10. mar. 2026"), ("r", "Slut", "9. august 2026"), ("r", "Timer", HOURS))
    assert lint(doc) == ("minplan", [])


def test_a_mentor_activitys_purpose_that_points_to_the_plans_goal_yields_to_it(lint):
    doc = doc_from(("h", "Min Plan"), ("r", "Mit beskæftigelsesmål", GOAL), "Aktivitet: Mentorstøtte",
                   ("r", "Formål med aktiviteten", "Se mål."), ("r", "Mentor", MENTOR), ("r", "Mentors opgaver", TASKS),
                   ("r", "Periode", "01.09.2026 - 31.12.2026"), ("r", "Timer pr. uge", "3"))
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("sentence,goal", [
    ("Kasper er lærling (erhvervsuddannelse) som tømrerlærling.", False),
    ("Du er ansat i løntilskud som pladsmand hos Genbrugspladsen inden 28. november 2026.", True),
    ("Kasper er i lære som tømrer ved forløbets afslutning.", True),
    ("Kasper fastholder sin læreplads som tømrerlærling.", True),
])
def test_a_state_by_er_alone_is_a_goal_only_with_a_time_to_reach_it(lint, sentence, goal):
    doc = _agreement(f"Aftalen er indgået mellem Kasper Sørensen og Hjørring Kommune. {sentence}",
                     *_lines({k: v for k, v in _PLAIN.items() if k != "goal"}))
    assert ("missing-goal" not in rules_of(lint(doc)[1])) is goal


# -- Word documents as caseworkers format them (HJ) --------------------------------------------------

def test_a_template_with_its_merge_fields_unmerged_is_no_agreement(lint):
    doc = doc_from(("h", "Mentoraftale"), "Skabelon v. 3.2 – må ikke sendes uden udfyldning",
                   "Borger: «Borger_navn»", "Cpr-nr.: «Borger_cpr»", "Mål: «Maal»", "Mentor: «Mentor_navn»",
                   "Telefon: «Mentor_tlf»", "Opgaver: «Opgaver»", "Periode: «Periode»", "Timetal: «Timetal»",
                   "Opfølgning: «Opfoelgning»", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("unknown", [])


def test_an_unmerged_merge_field_is_an_empty_value(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "tasks"}), "Opgaver: «Opgaver»")
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def test_a_goal_of_attending_a_named_school_aims_at_an_education(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "goal"}),
                     "Mål: Mustafa møder stabilt (højst to fraværsdage pr. måned) på Mercantec og består det første halvår.")
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("title", ["Mentor – § 167", "Mentor (LAB § 167)"])
def test_a_title_naming_the_support_by_its_law_is_no_mentor_label(lint, title):
    doc = doc_from(("h", "Min Plan"), ("h", "Beskæftigelsesmål"), "Ordinær uddannelse på sigt.", ("h", title),
                   ("r", "Mål", GOAL), ("r", "Din mentor", MENTOR), ("r", "Opgaver", TASKS),
                   ("r", "Aftalens varighed", PERIOD), ("r", "Timetal", HOURS))
    assert lint(doc) == ("minplan", [])


def test_the_goal_under_a_title_naming_the_support_is_read_before_the_plans_employment_goal(lint):
    doc = doc_from(("h", "Min Plan"), "Beskæftigelsesmål", "Ordinær uddannelse på sigt.", "Mentor – § 167",
                   "Hvad skal forløbet føre til? At Kasper gennemfører FVU-dansk trin 2 på FGU Midtjylland.",
                   ("r", "Din mentor", MENTOR), ("r", "Opgaver", TASKS), ("r", "Varighed", PERIOD), ("r", "Timetal", HOURS))
    assert lint(doc) == ("minplan", [])


def test_a_word_lists_numbers_without_a_stop_number_the_labels(lint):
    doc = doc_from(("h", "Mentoraftale"), ("l", "1 Målet med mentorstøtten"), GOAL, ("l", "2 Din mentor"), MENTOR,
                   ("l", "3 Opgaver"), TASKS, ("l", "4 Varighed"), PERIOD, ("l", "5 Timer"), HOURS,
                   ("l", "6 Opfølgning"), FOLLOW, ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_numbered_item_set_as_a_number_column_in_a_pdf_is_read_as_its_label_and_value(lint):
    doc = _agreement(("r", "1", f"Målet med mentorstøtten\n{GOAL}"), ("r", "2", f"Mentor\n{MENTOR}"),
                     ("r", "3", f"Opgaver\n{TASKS}"), ("r", "4", f"Varighed {PERIOD}"), ("r", "5", f"Timetal {HOURS}"),
                     ("r", "6", f"Opfølgning\n{FOLLOW}"))
    assert lint(doc) == ("agreement", [])


def test_a_mentors_contact_given_apart_under_the_mentors_first_name_completes_the_field(lint):
    doc = doc_from(("h", "Skriftlig aftale om mentorstøtte"), "Borger: Oliver Johansen",
                   *[("r", label, value) for label, value in [
                       ("Formål og mål", GOAL), ("Mentor og kontaktdata", "Rasmus Larsen, Mentorhuset Vest"),
                       ("Mentorens opgaver", TASKS), ("Varighed", PERIOD), ("Antal timer", HOURS),
                       ("Opfølgning og progression", FOLLOW)]], ("h", "Klagevejledning"), KLAGE,
                   "Rasmus træffes på tlf. 25 31 82 47 eller rlar@mentorhusetvest.dk, hverdage 8-15.")
    assert lint(doc) == ("agreement", [])


def test_another_activitys_rows_above_a_title_naming_the_support_by_its_law_lend_it_no_period(lint):
    doc = doc_from(("h", "Min Plan"), "Indsats: Produktionsgrundlæggende uddannelse (FGU)", "Sted: Campus Vejle",
                   "Periode: 01.04.2026 - 31.03.2027", "Status: Aktiv", "Mentor – § 167", ("h", "Mål for forløbet"), GOAL,
                   ("h", "Mentorens navn og kontaktoplysninger"), MENTOR, ("h", "Mentorens opgaver"), TASKS,
                   ("h", "Aftalens varighed"), "fra 1. maj 2026 til og med 30. sep. 2026", ("h", "Antal timer"), HOURS)
    assert lint(doc) == ("minplan", [])


# -- several in one document; bilingual prints (HH, HI) ----------------------------------------------

@pytest.mark.parametrize("title", ["Mentorstøtte (LAB § 167) / Мій план — наставництво",
                                   "Mentorstøtte (LAB § 167) / Qorshahayga — taageerada lataliyaha"])
def test_a_bilingual_title_of_the_mentor_support_still_sets_off_the_plans_other_activities(lint, title):
    doc = doc_from(("h", "Min Plan"), ("h", "Aktiviteter"),
                   ("r", "Aktivitet", "Danskuddannelse 2, modul 3 – Sprogcenter Kolding"),
                   ("r", "Periode", "01.02.2026 – 01.12.2027"), ("r", "Timer", "15 timer pr. uge (dagundervisning)"),
                   ("h", title), ("r", "Formål med mentorstøtten", GOAL), ("r", "Mentor", MENTOR),
                   ("r", "Mentors opgaver", TASKS), ("r", "Periode", "f.o.m. 01.06.2026 t.o.m. 30.11.2026"),
                   ("r", "Timer pr. uge", HOURS))
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("sentence", [
    "Befordringsgodtgørelse efter § 82 til kørsel mellem hjem og praktiksted fra 1. april 2026 til 31. marts 2027.",
    "Personlig assistance efter lov om kompensation til handicappede i erhverv § 4: 20 timer om ugen fra 1. maj 2026 "
    "til 30. april 2028.",
])
def test_a_period_of_other_help_the_letter_grants_beside_the_support_is_not_the_supports(lint, sentence):
    doc = _agreement(*_lines(_PLAIN), sentence)
    assert lint(doc) == ("agreement", [])


def test_a_table_of_the_other_help_lends_the_support_neither_its_periods_nor_its_hours(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "hours"}), ("h", "Øvrig støtte (bevilget særskilt)"),
                     ("r", "Ydelse", "Periode", "Omfang"),
                     ("r", "Virksomhedspraktik, Dagli'Brugsen Tjele", "1.2.2026-2.5.2026", "12 timer/uge, stigende til 20"),
                     ("r", "Befordringsgodtgørelse", "1.2.2026-31.1.2027", "Dokumenterede udgifter til bus"))
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


@pytest.mark.parametrize("elsewhere", ["Venlig hilsen Dennis Frandsen, Jobkonsulent, tlf. 29 91 27 73",
                                       "Skriv til dennis.frandsen@faxe.dk, hvis du har spørgsmål."])
def test_the_same_first_name_with_another_surname_or_in_another_persons_address_is_not_the_mentors_contact(lint, elsewhere):
    doc = doc_from(("h", "Skriftlig aftale om mentorstøtte"), "Borger: Camilla Østergaard",
                   *[("r", label, value) for label, value in [
                       ("Formål og mål", GOAL), ("Din mentor", "Dennis Jørgensen, Ungeindsatsen, mentorenheden"),
                       ("Mentorens opgaver", TASKS), ("Varighed", PERIOD), ("Antal timer", HOURS),
                       ("Opfølgning og progression", FOLLOW)]], ("h", "Klagevejledning"), KLAGE, elsewhere)
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


# -- paperwork written by mentor providers (HL) --------------------------------------------------------

def test_the_person_under_the_role_whose_tasks_the_document_lists_is_the_mentor(lint):
    doc = doc_from(("h", "Aftale om mentorforløb"), "Kandidat: Sofie Lauridsen", "Jobkonsulent: Pernille Aagesen",
                   "Telefon: 25 37 90 14", "Mail: pernille@jobkonsulenterne.dk", f"Jobmål: {GOAL}",
                   ("h", "Jobkonsulentens opgaver"), ("l", "Tage en samtale om søvn og morgenrutiner"),
                   ("l", "Ringe til Sofie, hvis der er fravær"), f"Periode: {PERIOD}", f"Timer: {HOURS}",
                   f"Opfølgning: {FOLLOW}", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("heading", ["§ 2 Den forløbsansvarliges opgaver", "& 2 Den forløbsansvarliges opgaver"])
def test_a_roles_tasks_by_its_genitive_is_the_tasks_label(lint, heading):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "tasks"}), heading,
                     ("l", "Øve jobsamtaler og skrive ansøgninger"), ("l", "Støtte i kontakten med skolens studievejleder"))
    assert lint(doc) == ("agreement", [])


def test_a_case_systems_print_header_over_its_own_lines_and_the_plans_title_is_no_case_overview(lint):
    doc = doc_from("FASIT Sagsoverblik - Udskrift", "Udskrevet 11.02.2026 af Ulla Storm", "Sag: 33.89.57-K4-77-23",
                   ("h", "Min Plan – mentorindsats"), ("r", "Borger", "Katrine Karimi"), ("r", "Mål", GOAL),
                   ("r", "Mentor / kontakt", MENTOR), ("r", "Indsatsområder", TASKS), ("r", "Varighed", PERIOD),
                   ("r", "Status", "Bevilget"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-hours"})


def test_a_start_and_an_end_in_rows_of_their_own_beside_an_earlier_periods_range_make_the_period(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Mentorstøtte"), ("r", "Formål", GOAL), ("r", "Mentor", MENTOR),
                   ("r", "Mentors opgaver", TASKS), ("r", "Startdato", "01.02.2026"), ("r", "Slutdato", "31.10.2026"),
                   ("r", "Antal timer pr. uge", "4 timer"), ("r", "Tidligere periode", "01.08.2025 – 31.01.2026 (afsluttet)"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"duration-over-6-months"})


# -- long documents with the required content buried (HM) --------------------------------------------

_HISTORY = [("h", "Tidligere forløb"), ("r", "Forløb", "Periode", "Resultat"),
            ("r", "FGU, produktionsgrundforløb", "august 2023 – juni 2024", "Afbrudt"),
            ("r", "Arbejdsprøvning, Værkstedet", "15.1.2025 – 15.4.2025", "Gennemført"),
            "De tidligere forløb er medtaget for overblikkets skyld og indgår ikke i denne aftale."]


def test_a_table_of_the_citizens_earlier_courses_lends_the_agreement_no_period(lint):
    doc = _agreement(("h", "Baggrund"), "Jonas er 30 år og bor i Svendborg.", *_HISTORY, ("h", "Aftalen"), *_lines(_PLAIN))
    assert lint(doc) == ("agreement", [])


def test_a_period_only_the_earlier_courses_give_leaves_the_agreements_period_missing(lint):
    doc = _agreement(("h", "Baggrund"), "Jonas er 30 år og bor i Svendborg.", *_HISTORY, ("h", "Aftalen"),
                     *_lines({k: v for k, v in _PLAIN.items() if k != "duration"}))
    assert rules_of(lint(doc)[1]) == {"missing-duration"}


def test_finished_activities_under_their_heading_lend_the_plan_no_period(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Aktuelle aktiviteter"), ("h", "Mentorstøtte (LAB § 167) [Igangværende]"),
                   ("r", "Formål med mentorstøtten", GOAL), ("r", "Mentor", MENTOR), ("r", "Mentorens opgaver", TASKS),
                   ("r", "Periode", PERIOD), ("r", "Timer pr. uge", HOURS), ("h", "Afsluttede aktiviteter"),
                   ("h", "Misbrugsbehandling, ambulant [Gennemført]"), ("r", "Periode", "januar 2023 – oktober 2023"),
                   ("r", "Status", "Gennemført"), ("h", "FGU, produktionsgrundforløb [Afbrudt]"),
                   ("r", "Periode", "august 2023 – juni 2024"))
    assert lint(doc) == ("minplan", [])



def test_a_start_date_and_an_end_date_label_make_the_period_beside_an_earlier_one(lint):
    doc = doc_from(("h", "Min Plan"), ("h", "Mentorstøtte"), ("r", "Formål", GOAL), ("r", "Mentor", MENTOR),
                   ("r", "Mentors opgaver", TASKS), ("r", "Start date", "15.05.2026"), ("r", "End date", "14.01.2027"),
                   ("r", "Timer pr. uge", HOURS))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"duration-over-6-months"})


def test_a_print_header_over_a_table_of_rows_with_a_refusal_is_no_decision(lint):
    doc = doc_from("JOBLOG – udskrift fra Jobnet", "Rasmus Olsen",
                   ("r", "31.07.2026", "Kassemedarbejder, Lidl", "Telefonisk", "Afslag"),
                   ("r", "04.08.2026", "Pædagogmedhjælper, Børnehuset", "Personligt fremmøde", "Afslag"),
                   "Note: Min mentor Birgitte har læst korrektur på ansøgningen.",
                   "Du skal registrere din jobsøgning i joblog mindst en gang om ugen.")
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("party", [("r", "Kommune", "Odense – sagsbehandler Anders Nygaard"),
                                   "Sagsbehandler: Anders Nygaard, Odense Kommune"])
def test_an_associations_plan_that_names_the_municipalitys_caseworker_is_an_agreement(lint, party):
    doc = doc_from("Ungekraft – foreningen for unge på vej · ungekraft.dk", ("h", "Handleplan for Signe Bundgaard"),
                   ("r", "Navn", "Signe Bundgaard"), party, ("h", "1. Mit mål"), GOAL, ("h", "2. Min mentor"), MENTOR,
                   ("h", "3. Det hjælper min mentor med"), TASKS, ("h", "4. Tid og periode"), f"Periode: {PERIOD}",
                   f"Timer: {HOURS}", ("h", "5. Opfølgning"), FOLLOW, ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_an_associations_own_mentoraftale_without_the_municipality_is_none_of_the_kinds(lint):
    doc = doc_from("Ungekraft – foreningen for unge på vej · ungekraft.dk", ("h", "Mentoraftale"),
                   ("r", "Navn", "Signe Bundgaard"), ("h", "1. Mit mål"), GOAL, ("h", "2. Min mentor"), MENTOR,
                   ("h", "3. Det hjælper min mentor med"), TASKS, f"Periode: {PERIOD}", f"Timer: {HOURS}")
    assert lint(doc) == ("unknown", [])


def test_an_overview_of_the_activities_in_a_citizens_plan_is_that_plan_not_guidance(lint):
    doc = doc_from("Køge Kommune – Beskæftigelse", ("h", "Oversigt over aktiviteter i Min Plan – Simon Larsen"),
                   "Udskrevet 08.05.2026.", ("r", "Aktivitet", "Periode", "Status", "Kontaktperson", "Beskrivelse"),
                   ("r", "Mentorstøtte", "15.04.2026 – 14.10.2026", "Igangværende", "Dorthe Lind",
                    f"Formål: {GOAL}\nMentors opgaver: {TASKS}\nTimer: 4 pr. uge"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


def test_a_row_of_sentences_that_states_another_field_ends_the_row_above(lint):
    doc = doc_from(("h", "Aftale om mentorstøtte / Mentor support agreement"), ("r", "Dansk", "English"),
                   ("r", f"Målet er, at {GOAL[0].lower()}{GOAL[1:]}", "The goal is that Jonas completes his placement."),
                   ("r", "Din mentor er Lars Østergaard, tlf. 23 45 67 89.", "Your mentor is Lars Østergaard."),
                   ("r", f"Mentoren skal hjælpe dig med: {TASKS}", "Your mentor will help you with: transport."),
                   ("r", "Mentorstøtten gælder fra 1. marts 2026 til 31. august 2026.", "The support runs from March to August."),
                   ("r", "I mødes 2 timer om ugen.", "You meet 2 hours a week."),
                   ("r", "Vi følger op på et statusmøde hver måned.", "We follow up at a status meeting every month."),
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_finished_mentor_cards_contact_is_not_the_current_mentors(lint):
    doc = doc_from(("h", "Min Plan – Ida Jørgensen"), ("h", "Mit mål"), GOAL, ("h", "Mentorstøtte (afsluttet)"),
                   ("r", "Periode", "1.10.2025 – 31.3.2026"), ("r", "Mentor", "Hanne Iversen"), ("r", "Telefon", "41 90 73 88"),
                   ("r", "Status", "Afsluttet"), ("h", "Mentorstøtte (aktiv)"), ("r", "Periode", "1.4.2026 – 30.9.2026"),
                   ("r", "Mentor", "Trine Madsen (Jobhuset Mentor ApS)"), ("r", "Mentor hjælper med", TASKS),
                   ("r", "Timer", "1 time om ugen"), ("r", "Status", "Igangværende"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


# -- fillable forms (HP) -------------------------------------------------------------------------------

def test_the_rows_under_the_mentors_heading_give_the_mentor_whatever_their_labels(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "mentor"}), ("h", "3. Mentor"),
                     ("r", "Mentorens navn", "Thomas Kirk"), ("r", "Arbejdssted", "Ung i Job"),
                     ("r", "Telefon", "20 28 44 65"), ("r", "E-mail", "thomas@ung.dk"))
    assert lint(doc) == ("agreement", [])


def test_a_blank_form_with_its_mentor_types_listed_is_none_of_the_kinds(lint):
    doc = doc_from(("r", "Holbæk Kommune", "MENT-2026-02"), "Aftale om mentorstøtte", "Blanket – udfyldes ved opstartsmødet",
                   ("h", "1. Borger"), ("r", "Navn", ""), ("r", "Sagsnummer", ""), ("h", "2. Mål"),
                   ("r", "Målet med mentorstøtten", ""), ("h", "3. Mentor"), ("r", "Mentorens navn", ""),
                   ("r", "Arbejdssted", ""), ("r", "Telefon", ""), ("r", "E-mail", ""), ("h", "Mentortype (sæt ét kryds)"),
                   ("l", "Tilbudsmentor"), ("l", "Uddannelsesmentor"), ("l", "Ret- og pligtmentor"), ("h", "4. Opgaver"),
                   ("r", "Mentorens opgaver", ""), ("h", "5. Varighed og timetal"), ("r", "Periode fra", ""),
                   ("r", "Periode til", ""), ("r", "Timetal pr. uge", ""), ("h", "6. Opfølgning"), ("r", "Opfølgning", ""),
                   ("h", "7. Klagevejledning"), KLAGE)
    assert lint(doc) == ("unknown", [])


def test_a_numbered_lead_in_clause_over_the_mentors_list_is_the_tasks_label(lint):
    doc = _agreement(*_lines({k: v for k, v in _PLAIN.items() if k != "tasks"}), ("l", "3. Det hjælper min mentor med"),
                     ("l", "1. Følge Mads til praktikstedet de første to uger"),
                     ("l", "2. Hjælpe med at strukturere ugen med en fast kalender"))
    assert lint(doc) == ("agreement", [])


def test_the_citizens_own_doing_under_an_unknown_heading_is_no_task(lint):
    doc = _agreement("Borger: Anna Holm", *_lines({k: v for k, v in _PLAIN.items() if k != "tasks"}), ("h", "Helbred"),
                     "Anna har kroniske rygsmerter efter en arbejdsskade og går til træning hos fysioterapeut.\n"
                     "Anna går til samtaler hos en psykolog hver anden uge, betalt af kommunen.")
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def test_the_tasks_of_the_mentor_who_took_over_are_read_by_that_mentors_first_name(lint):
    doc = doc_from(("h", "Min Plan – indsats"), "Borger: Ida Pedersen · Næstved Kommune",
                   "Mentorstøtte (LAB § 167). Ida havde fra 1. august 2025 til 31. januar 2026 mentor hos Mentorcentret "
                   "Midt (Anne Bach, tlf. 42 95 63 65). Støtten fortsætter nu med Morten Kristensen, Ungementorerne, tlf. "
                   "33 58 66 11. Målet er, at Ida starter i løntilskud som rengøringsassistent på Kvickly Slagelse senest "
                   "1. maj 2026. Morten skal hjælpe med at øve transporten, følge med til de første møder med arbejdsgiveren "
                   "og tale med Ida om søvn og fremmøde. Den nye periode løber fra 1. februar 2026 til 31. maj 2026. "
                   "Timetal: 3 timer om ugen.")
    assert lint(doc) == ("minplan", [])


# -- waves 13: decisions around the decision, tool exports (HQ, HS) ------------------------------------

def test_a_refusal_titled_as_said_to_the_citizen_is_a_decision(lint):
    doc = doc_from("Vejle Kommune Beskæftigelse", "Nadia Christiansen", "Sagsnr.: 17.02.02-G01-7209-26",
                   ("h", "Vi kan ikke bevilge dig mentorstøtte"), "Kære Nadia",
                   "Du søgte den 28. januar 2026 om mentorstøtte. Vi har besluttet at give dig afslag.",
                   ("h", "Begrundelse"), "Mentorstøtte kan gives, når det er nødvendigt for, at du kan få et job.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_a_markdown_front_matters_tags_are_no_title(tmp_path, lint):
    from mentordocs.lint.readers import read_document

    text = ("---\ntitle: \"Afgørelse om afslag på mentorstøtte\"\ntags: [mentor, aftale]\nupdated: 2026-06-14\n---\n\n"
            "# Afgørelse om afslag på mentorstøtte\n\nKære Emil\n\n## Afgørelse\n\nDu får afslag på din ansøgning om "
            f"mentorstøtte.\n\n## Begrundelse\n\nDu har ikke et job- eller uddannelsesmål.\n\n## Sådan klager du\n\n{KLAGE}\n")
    (tmp_path / "afslag.md").write_text(text, encoding="utf-8")
    assert lint(read_document(tmp_path / "afslag.md")) == ("decision", [])


def test_a_list_item_typed_with_two_spaces_after_its_dash_is_no_row(tmp_path, lint):
    from mentordocs.lint.readers import read_document

    text = (f"Skriftlig aftale om mentorstøtte\n\nMål:\u00a0 {GOAL}\n\nDin mentor:\u00a0 {MENTOR}\n\n"
            "Mentoren skal hjælpe med:\n-  Hjælpe Emil med at planlægge ugen\n-  Deltage i opstartsmøde på skolen\n"
            "-  Være bindeled til studievejleder\n\n"
            f"Periode:\u00a0 {PERIOD}\n\nTimer:\u00a0 {HOURS}\n\nOpfølgning:\u00a0 {FOLLOW}\n\nHvis du vil klage\n{KLAGE}\n")
    (tmp_path / "aftale.txt").write_text(text, encoding="utf-8")
    assert lint(read_document(tmp_path / "aftale.txt")) == ("agreement", [])


def test_the_citizens_health_told_with_a_jobs_words_is_no_goal(lint):
    doc = _agreement("Borger: Nadia Holm", *_lines({k: v for k, v in _PLAIN.items() if k != "goal"}), ("h", "Helbred"),
                     "Nadia har kroniske rygsmerter efter en arbejdsskade og går til træning hos fysioterapeut. "
                     "Lægen anbefaler skiftende arbejdsstillinger og ingen løft over 10 kg.")
    assert rules_of(lint(doc)[1]) == {"missing-goal"}
