"""Layouts and wordings beyond the basic builders: question headings, letters that state the
goal without the word "mål", form lines, clause-level history, titles below a letterhead."""

from __future__ import annotations

from .analysis_builders import KLAGE, rules_of

LETTERHEAD = ("Jobcenter Aalborg", "Kayerødsgade 1, 9000 Aalborg", "Tlf. 99 31 31 31", "www.aalborg.dk",
              "Tobias Pedersen", "Møllevej 2", "9000 Aalborg")


def test_question_headings(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentorforløb"), ("h", "Hvad vil du opnå?"),
                   "Hovedformål: Du fastholder dit fleksjob som gartnermedhjælper hos Gartneriet Grønt.",
                   ("h", "Hvem er din mentor, og hvordan kontakter du vedkommende?"),
                   "Åse Lund, Mentorkorpset", "telefon 31 04 82 86",
                   ("h", "Hvad skal mentoren hjælpe dig med?"), ("l", "Ledsage dig til lægen"),
                   ("h", "Hvornår starter og slutter støtten?"), "40 uger fra 1. juni 2023",
                   ("h", "Hvornår evaluerer vi?"), "Statusmøde hver 4. uge.",
                   ("h", "Hvor meget tid har mentoren?"), "5 timer pr. uge",
                   ("h", "Hvordan klager du?"), KLAGE)
    kind, findings = lint(doc)
    assert kind == "agreement"
    assert rules_of(findings) == {"duration-over-6-months"}


def test_goal_stated_as_the_citizens_future_state(make_doc, lint):
    doc = make_doc(*LETTERHEAD, ("h", "Aftale om mentorstøtte"), "Kære Tobias,",
                   "Inden 28. nov. 2025 er du ansat i løntilskud som pladsmand hos Genbrugspladsen 25 timer om ugen.",
                   "Din mentor er Ahmad Olsen fra Socialt Netværk Nord, tlf. 56 89 77 70.")
    assert lint(doc, select=["missing-goal", "unclear-goal", "missing-mentor"])[1] == []


def test_goal_line_of_abstractions_is_read_as_an_unclear_goal(make_doc, lint):
    doc = make_doc(*LETTERHEAD, ("h", "Aftale om mentorstøtte"), "Kære Tobias,",
                   "Øget trivsel og bedre selvværd.",
                   "Din mentor er Ahmad Olsen fra Socialt Netværk Nord, tlf. 56 89 77 70.")
    assert rules_of(lint(doc, select=["missing-goal", "unclear-goal"])[1]) == {"unclear-goal"}


def test_mentor_not_yet_appointed_names_nobody(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Din mentor", "Udpeges af Jobværkstedet, mobil +4548267267"))
    (finding,) = lint(doc, select=["missing-mentor"])[1]
    assert "navn" in finding.message


def test_mentor_with_phone_line_without_colon(make_doc, lint):
    doc = make_doc(("h", "Min Plan – aktivitet: Mentorstøtte"), "Mentor: Sarah Vestergaard, Vejviseren ApS",
                   "Tlf. 99 99 56 22")
    assert lint(doc, select=["missing-mentor"])[1] == []


def test_punkt_numbering_with_dash(make_doc, lint):
    doc = make_doc(("h", "Samarbejdsaftale – mentorstøtte"), "Punkt 2 – Kontaktperson: ...",
                   "Punkt 3 – Mentors opgaver: Træne transporten med bus til Herning")
    assert rules_of(lint(doc, select=["missing-mentor", "missing-tasks"])[1]) == {"missing-mentor"}


def test_history_in_a_parenthesis_does_not_hide_the_extension(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om forlængelse af mentorstøtte"),
                   "Forlængelse: 2024-10-01 – 2025-09-30 (forrige periode: 2024-04-01 – 2024-09-30).", KLAGE)
    assert rules_of(lint(doc)[1]) == {"duration-over-6-months"}


def test_total_over_several_periods_is_not_over(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Periode: Mentorstøtten forlænges fra 01.12.2023 til 31.05.2024. Den første periode var "
                   "01.06.2023 – 30.11.2023. Støtten har dermed i alt varet 12 måneder.")
    assert lint(doc, select=["duration-over-6-months"])[1] == []


def test_start_and_end_in_separate_fields(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Aktivitet: Mentorstøtte", "Start: 01.09.2026", "Slut: 31.05.2027")
    assert rules_of(lint(doc, select=["duration-over-6-months"])[1]) == {"duration-over-6-months"}


def test_start_and_end_joined_by_og_slut(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Mentorstøtten gives med start 1. jan. 2026 og slut 31. mar. 2026.")
    assert lint(doc, select=["missing-duration", "duration-over-6-months"])[1] == []


def test_title_below_a_letterhead_decides_the_kind(make_doc, lint):
    doc = make_doc(*LETTERHEAD, "Afslag på mentorstøtte",
                   "Du har søgt om mentorstøtte. Jobcenter Aalborg har besluttet at give afslag.",
                   "Klagefristen er 4 uger.")
    kind, findings = lint(doc)
    assert kind == "decision" and "missing-appeal-guidance" in rules_of(findings)


def test_guidance_title_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Hvad er en mentor?"), "En mentor kan hjælpe dig med at komme i job eller uddannelse.",
                   "En aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og "
                   "kontaktdata og timetallet.")
    assert lint(doc) == ("unknown", [])


def test_appeal_body_in_the_signature_does_not_count(make_doc, lint):
    doc = make_doc(("h", "Afslag på mentorstøtte"), "Vi har givet dig afslag, fordi du er i job.",
                   ("h", "Vejledning om klage"), "Klagefristen er 4 uger.", "Mvh.", "Rasmus Holm",
                   "Jobcenter Aalborg")
    assert "missing-appeal-guidance" in rules_of(lint(doc)[1])


def test_wrapped_gribskov_label_in_a_pdf_table(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Varighed af aftalen og", "Udfyldes senere"),
                   ("r", "opfølgning – inklusiv mål for", "Midtvejsevaluering 11. dec 2024."),
                   ("r", "progression", "Slutevaluering fire uger før bevillingsudløb."), fmt="pdf")
    assert rules_of(lint(doc, select=["missing-goal", "missing-duration", "missing-follow-up"])[1]) == {
        "missing-goal", "missing-duration"}


def test_ocr_damaged_labels(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentorforlob"), ("h", "Hvor laenge varer forlobet?"), "5 maneder",
                   ("h", "Hvor meget tid har mentoren?"), "16 timer om maneden")
    assert lint(doc, select=["missing-duration", "missing-hours", "duration-over-6-months"])[1] == []


def test_name_that_folds_like_a_label_is_not_a_label(make_doc, lint):
    # "Malene" folds to "malene" = "målene"; without a colon only the exact spelling is a label
    doc = make_doc(("h", "Aftale om mentorstøtte"), "1) Mål: Anna starter på SOSU-uddannelsen 1. august 2026.",
                   "Venlig hilsen", "Malene Jensen")
    assert lint(doc, select=["missing-goal", "unclear-goal"])[1] == []
