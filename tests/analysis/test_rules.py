"""Each rule, positive and negative, in several layouts: headings, a two-column table, numbered
items, "Label: value" paragraphs, letter prose and PDF-like flattened lines."""

from __future__ import annotations

import pytest

from .analysis_builders import KLAGE, LAYOUTS, rules_of

MISSING = {
    "goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
    "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
    "appeal_guidance": "missing-appeal-guidance",
}
PLACEHOLDERS = ["", "-", "–", "Udfyldes senere", "Se senere", "xx", "…", "TBD", "[indsæt]", "N/A", "Ikke udfyldt", "<navn>"]
LABELLED = [layout for layout in LAYOUTS if layout != "prose"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_complete_agreement_has_no_findings(layout, agreement, lint):
    kind, findings = lint(agreement(layout))
    assert kind == "agreement"
    assert findings == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("field", list(MISSING))
def test_field_left_out_is_missing(layout, field, agreement, lint):
    kind, findings = lint(agreement(layout, {field: None}))
    assert kind == "agreement"
    assert rules_of(findings) == {MISSING[field]}


#: (layout, placeholder) pairs; a bare label line in flattened PDF text ("pdf_flat", "") is the
#: headings layout's case, tested there, so it is left out rather than skipped on every run.
LABEL_PLACEHOLDERS = [(layout, placeholder) for placeholder in PLACEHOLDERS for layout in LABELLED
                      if not (layout == "pdf_flat" and placeholder == "")]


@pytest.mark.parametrize("layout,placeholder", LABEL_PLACEHOLDERS)
@pytest.mark.parametrize("field", list(MISSING))
def test_label_with_nothing_or_a_placeholder_is_missing(layout, placeholder, field, agreement, lint):
    _, findings = lint(agreement(layout, {field: placeholder}))
    assert MISSING[field] in rules_of(findings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_mentor_name_without_contact_data_is_missing(layout, agreement, lint):
    _, findings = lint(agreement(layout, {"mentor": "Lars Østergaard fra Mentorhuset"}))
    (finding,) = findings
    assert finding.rule == "missing-mentor"
    assert "kontaktdata" in finding.message


@pytest.mark.parametrize("layout", LABELLED)
def test_mentor_phone_without_name_is_missing(layout, agreement, lint):
    _, findings = lint(agreement(layout, {"mentor": "tlf. 23 45 67 89"}))
    assert rules_of(findings) == {"missing-mentor"}


def test_mentor_name_and_phone_on_separate_lines_under_a_heading(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("h", "Mentor"), "Navn: Lars Østergaard",
                   "Telefon: 23 45 67 89", ("h", "Mål"), "Anna starter på SOSU-uddannelsen 1. august 2026.")
    _, findings = lint(doc, select=["missing-mentor"])
    assert findings == []


def test_caseworker_phone_does_not_count_for_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Sagsbehandler", "Mette Jensen"), ("r", "Tlf.", "72 49 60 00"),
                   ("r", "Mentor", "Lars Østergaard"), ("r", "Mål", "Anna starter i praktik hos Netto 1. maj 2026"))
    _, findings = lint(doc, select=["missing-mentor"])
    assert rules_of(findings) == {"missing-mentor"}


def test_table_row_with_label_value_pairs(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"),
                   ("r", "Mentor", "Lars Østergaard", "Tlf.", "23 45 67 89"),
                   ("r", "Timetal", "3 timer pr. uge", "Periode", "1.3.2026-31.8.2026"))
    _, findings = lint(doc, select=["missing-mentor", "missing-hours", "missing-duration"])
    assert findings == []


def test_header_row_over_a_row_of_values(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Mentor", "Timetal", "Periode"),
                   ("r", "Lars Østergaard, 23 45 67 89", "-", "1.3.2026-31.8.2026"))
    _, findings = lint(doc, select=["missing-mentor", "missing-hours", "missing-duration"])
    assert rules_of(findings) == {"missing-hours"}


def test_form_lines_joined_into_one_paragraph(make_doc, lint):
    doc = make_doc("Aftale om mentorstøtte Mål: Anna starter på SOSU-uddannelsen 1. august 2026. "
                   "Mentor: Lars Østergaard Tlf.: 23 45 67 89 Opgaver: Følge Anna til skole "
                   "Periode: 01.03.2026 - 31.08.2026 Opfølgning: Månedligt statusmøde Timetal: -",
                   fmt="pdf")
    _, findings = lint(doc, ignore=["missing-appeal-guidance"])
    assert rules_of(findings) == {"missing-hours"}


def test_a_label_in_a_joined_scan_line_is_found_behind_a_speck_read_as_a_quote_mark(make_doc, lint):
    doc = make_doc("Aftale om mentorstøtte Mål: Anna starter på SOSU-uddannelsen 1. august 2026. "
                   "Mentor: Lars Østergaard, Mentorhuset ApS, tlf. 23 45 67 89 ”Mentorens opgaver: Følge Anna til skole "
                   "Periode: 01.03.2026 - 31.08.2026 Opfølgning: Månedligt statusmøde Timetal: 3 timer om ugen",
                   fmt="pdf")
    _, findings = lint(doc, ignore=["missing-appeal-guidance"])
    assert rules_of(findings) == set()


# -- duration-over-6-months -------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("period", ["1. marts 2026 – 30. november 2026", "01.03.2026-01.09.2026", "9 mdr.",
                                    "halvandet år", "40 uger", "fra 1. marts 2026 og 9 måneder frem"])
def test_period_over_six_months_is_flagged(layout, period, agreement, lint):
    value = period if layout != "prose" else f"Mentorstøtten gives {period}."
    _, findings = lint(agreement(layout, {"duration": value}))
    assert rules_of(findings) == {"duration-over-6-months"}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("period", ["01.03.2026 – 31.08.2026", "6 måneder", "26 uger", "et halvt år",
                                    "1/3-2026 til 31/8-2026"])
def test_exactly_six_months_is_not_over(layout, period, agreement, lint):
    value = period if layout != "prose" else f"Mentorstøtten gives i perioden {period}."
    _, findings = lint(agreement(layout, {"duration": value}))
    assert findings == []


@pytest.mark.parametrize("sentence", [
    "Mentorstøtte kan gives i højst 6 måneder ad gangen, med mulighed for forlængelse.",
    "Støtten kan i alt vare maks. 12 måneder.",
    "Du havde tidligere mentor fra 1. januar 2024 til 31. december 2024.",
    "Du har været ledig i 2 år.",
    "Vi evaluerer hver 3. måned.",
])
def test_limits_history_and_background_are_not_flagged(sentence, agreement, lint):
    _, findings = lint(agreement("headings", extra=(sentence,)))
    assert findings == []


def test_udskrivningskoordinator_may_exceed_six_months(agreement, lint):
    doc = agreement("labels", {"duration": "1. februar 2026 – 14. oktober 2026"},
                    extra=("Mentoren er udskrivningskoordinator (LAB § 167, stk. 2); du udskrives 15. april 2026.",))
    _, findings = lint(doc)
    assert findings == []


def test_over_limit_message_names_the_length_and_evidence_quotes_it(agreement, lint):
    _, (finding,) = lint(agreement("labels", {"duration": "1. marts 2026 – 30. november 2026"}))
    assert "9 måneder" in finding.message
    assert "30. november 2026" in finding.evidence


@pytest.mark.parametrize("period", ["2026-01-05 open-ended", "Start: 5.1.2026, slut: ikke fastsat",
                                    "1. marts 2026 – indtil videre"])
def test_a_start_date_whose_end_is_left_open_is_missing_duration(agreement, lint, period):
    _, findings = lint(agreement("table", {"duration": period}))
    assert "missing-duration" in rules_of(findings)


def test_an_open_period_with_a_latest_end_date_is_a_duration(agreement, lint):
    _, findings = lint(agreement("table", {"duration": "Aftalen gælder indtil videre, dog højst til 31.08.2026"}))
    assert "missing-duration" not in rules_of(findings)


def test_a_vague_follow_up_after_the_period_under_a_combined_label_is_missing_follow_up(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Dorthe Berg",
                   "1) Mål: Dorthe er i praktik hos Netto 3 dage om ugen senest 1. juni 2026.",
                   "2) Mentor: Lars Holm, tlf. 22 33 44 55", "3) Opgaver: følge Dorthe til praktikstedet; hjælpe med post",
                   "4) Varighed og opfølgning: 1.5.2026 – 30.9.2026. Opfølgning sker løbende.",
                   "5) Timetal: 3 timer pr. uge", ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "missing-follow-up" in rules_of(findings)


# -- unclear-goal -----------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("goal", ["Støtte til at komme videre.", "Øget trivsel og selvværd.",
                                  "Sikre at borgeren får struktur på hverdagen.", "Hjælp til job."])
def test_unclear_goal_is_flagged(layout, goal, agreement, lint):
    value = goal if layout != "prose" else f"Målet er: {goal}"
    _, findings = lint(agreement(layout, {"goal": value}))
    assert rules_of(findings) == {"unclear-goal"}


def test_an_english_goal_to_make_sure_the_citizen_moves_on_and_gets_a_network_is_unclear(agreement, lint):
    _, findings = lint(agreement("table", {"goal": "Make sure that Ngozi moves on and gets a better network."}))
    assert rules_of(findings) == {"unclear-goal"}


def test_a_vague_goal_after_its_background_is_unclear_whatever_the_background_names(agreement, lint):
    goal = ("Kristian har en ADHD-diagnose. Tidligere praktikker er stoppet efter få uger. Målet er, at Kristian får "
            "mere ro på, trives bedre og får en hverdag, der hænger sammen.")
    _, findings = lint(agreement("table", {"goal": goal}))
    assert rules_of(findings) == {"unclear-goal"}


def test_a_sentence_about_the_goal_after_it_is_not_read_as_the_goal(agreement, lint):
    goal = ("At Camilla påbegynder HF-enkeltfag på VUC Herning i august og møder til undervisningen tre dage om ugen. "
            "Målet er drøftet med borgeren og skal kunne følges op på ved hvert statusmøde.")
    _, findings = lint(agreement("table", {"goal": goal}))
    assert "unclear-goal" not in rules_of(findings)


def test_a_goal_whose_measurable_part_follows_its_statement_is_clear(agreement, lint):
    goal = ("Kristian har haft svært ved at møde stabilt. Målet er, at Kristian får det bedre. Delmål: praktik hos "
            "Netto 15 timer om ugen senest 1. juni 2026.")
    _, findings = lint(agreement("table", {"goal": goal}))
    assert "unclear-goal" not in rules_of(findings)


def test_a_goal_that_we_work_on_the_citizen_moving_on_is_unclear(agreement, lint):
    _, findings = lint(agreement("table", {"goal": "Målet er, at vi arbejder på, at du kommer videre."}))
    assert rules_of(findings) == {"unclear-goal"}


def test_a_goal_under_a_label_that_names_a_job_aim_is_read_with_it(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Jobmål: lager, butik eller kantine.",
                   "Mentor: Jesper Olsen, Kompas Rådgivning, tlf. 38 17 15 76",
                   "Opgaver: Følge dig til Lidl-lageret de første to uger", "Varighed: 4 måneder fra 16. august 2026",
                   "Timetal: 4 timer om ugen")
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("goal", ["Jobmål: Øget trivsel og struktur på hverdagen.",
                                  "Uddannelsesmål: Motivere dig og arbejde med dig selv.",
                                  "Uddannelsesmål: Bedre netværk"])
def test_a_vague_goal_or_an_activity_under_an_aims_label_is_still_unclear(make_doc, lint, goal):
    doc = make_doc(("h", "Min Plan"), goal,
                   "Mentor: Jesper Olsen, Kompas Rådgivning, tlf. 38 17 15 76",
                   "Opgaver: Følge dig til Lidl-lageret de første to uger", "Varighed: 4 måneder fra 16. august 2026",
                   "Timetal: 4 timer om ugen")
    assert rules_of(lint(doc)[1]) == {"unclear-goal"}


def test_an_english_goal_naming_a_training_at_a_school_is_clear(agreement, lint):
    _, findings = lint(agreement("table", {"goal": "Mikkel completes the first module of the bus driver training at Mercantec."}))
    assert "unclear-goal" not in rules_of(findings)


@pytest.mark.parametrize("goal", [
    "Anna starter på SOSU-hjælperuddannelsen 1. august 2026.",
    "Ahmed er i virksomhedspraktik hos Bilka 20 timer om ugen senest 1. juni 2026.",
    "Mohammed kommer i løntilskud som lagermedarbejder.",
])
def test_clear_goal_is_not_flagged(goal, agreement, lint):
    _, findings = lint(agreement("labels", {"goal": goal}))
    assert findings == []


@pytest.mark.parametrize("goal", ["At borgeren arbejder med sig selv.",
                                  "Du skal arbejde med dine personlige udfordringer."])
def test_working_on_oneself_is_no_job_aim(goal, agreement, lint):
    _, findings = lint(agreement("labels", {"goal": goal}))
    assert rules_of(findings) == {"unclear-goal"}


def test_a_shift_at_a_named_workplace_is_a_job_aim(agreement, lint):
    _, findings = lint(agreement("labels", {"goal": "Line kan selvstændigt varetage morgenvagten i vaskeriet på "
                                                     "Vesthavn Hospital."}))
    assert findings == []


def test_working_with_colleagues_at_a_named_workplace_is_a_job_aim(agreement, lint):
    _, findings = lint(agreement("labels", {"goal": "At du arbejder sammen med dine kolleger på lageret hos "
                                                     "Bilka 20 timer om ugen fra 1. juni 2026."}))
    assert findings == []


def test_missing_goal_is_not_also_unclear(agreement, lint):
    _, findings = lint(agreement("labels", {"goal": "Udfyldes senere"}))
    assert rules_of(findings) == {"missing-goal"}


def test_only_the_goal_text_is_judged(agreement, lint):
    # the rest of the document talks about "trivsel", the goal itself is clear
    _, findings = lint(agreement("headings", extra=("Mentoren skal også støtte din trivsel.",)))
    assert findings == []


# -- appeal guidance ----------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LABELLED)
@pytest.mark.parametrize("text,lacking", [
    ("Du kan klage over afgørelsen.", "både"),
    ("Du kan klage til Ankestyrelsen.", "både"),
    ("Klagen skal være modtaget inden 4 uger.", "både"),
])
def test_appeal_guidance_without_body_or_deadline_is_missing(layout, text, lacking, agreement, lint):
    _, findings = lint(agreement(layout, {"appeal_guidance": text}))
    (finding,) = [f for f in findings if f.rule != "appeal-wrong-route"]
    assert finding.rule == "missing-appeal-guidance"
    assert lacking in finding.message


@pytest.mark.parametrize("text", [
    "Du kan klage til Ankestyrelsen inden 4 uger.",
    "Send din klage direkte til Ankestyrelsen senest 4 uger efter, du har modtaget afgørelsen.",
    "Er du uenig, kan du klage inden 4 uger ved at skrive direkte til Ankestyrelsen på ast.dk.",
])
def test_appeal_guidance_that_sends_the_complaint_to_ankestyrelsen_is_the_wrong_route(text, agreement, lint):
    _, findings = lint(agreement("labels", {"appeal_guidance": text}))
    assert [f.rule for f in findings] == ["appeal-wrong-route"]


def test_ankestyrelsen_as_the_body_the_complaint_is_forwarded_to_is_the_right_route(agreement, lint):
    text = ("Du kan klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen og sender "
            "klagen videre til Ankestyrelsen, hvis den fastholdes.")
    _, findings = lint(agreement("labels", {"appeal_guidance": text}))
    assert findings == []


def test_vague_hours_are_not_a_number(agreement, lint):
    _, findings = lint(agreement("labels", {"hours": "Et par timer om ugen efter behov"}))
    (finding,) = findings
    assert finding.rule == "missing-hours" and "vagt" in finding.message


def test_hours_per_month_count(agreement, lint):
    _, findings = lint(agreement("labels", {"hours": "8 timer om måneden"}))
    assert findings == []


def test_job_hours_in_the_goal_do_not_count_as_mentor_hours(agreement, lint):
    doc = agreement("prose", {"hours": None,
                              "goal": "Målet er, at du arbejder 25 timer om ugen i dit fleksjob hos Coop."})
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-hours"}


# -- output hygiene -------------------------------------------------------------------------------------

def test_evidence_is_cpr_masked_and_shortened(make_doc, lint):
    long_goal = "Støtte til at komme videre " + "og trivsel " * 40 + "cpr 010190-1234"
    doc = make_doc(("h", "Aftale om mentorstøtte"), f"Mål: {long_goal}")
    _, findings = lint(doc, select=["unclear-goal"])
    (finding,) = findings
    assert "1234" not in finding.evidence
    assert len(finding.evidence) <= 165


def test_cpr_rule_is_off_by_default_and_masks_when_selected(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "CPR: 010190-1234")
    assert "cpr-in-document" not in rules_of(lint(doc)[1])
    (finding,) = lint(doc, select=["cpr-in-document"])[1]
    assert "010190-XXXX" in finding.message and "1234" not in finding.message + finding.evidence


def test_findings_are_sorted_by_location(agreement, lint):
    _, findings = lint(agreement("headings", {"goal": "-", "hours": "-"}))
    locations = [(f.location.page or 0, f.location.paragraph or 0) for f in findings]
    assert locations == sorted(locations)


def test_english_messages(agreement, lint):
    _, (finding,) = lint(agreement("labels", {"goal": None}), lang="en")
    assert finding.message == "The goal of the mentor support is not stated."
    assert finding.fix.startswith("State the goal")


def test_select_and_ignore(agreement, lint):
    doc = agreement("labels", {"goal": None, "hours": None})
    assert rules_of(lint(doc, select=["missing-goal"])[1]) == {"missing-goal"}
    assert rules_of(lint(doc, ignore=["missing-goal"])[1]) == {"missing-hours"}


def test_labelled_mentor_completed_by_contact_in_a_later_sentence(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Mentor: Lars Østergaard",
                   "Du kan altid kontakte din mentor på 23 45 67 89.")
    assert lint(doc, select=["missing-mentor"])[1] == []


def test_caseworker_phone_in_the_next_sentence_is_not_the_mentors(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Din mentor er Lars Østergaard. Din sagsbehandler er Mette Holm, tlf. 72 49 61 23.")
    assert rules_of(lint(doc, select=["missing-mentor"])[1]) == {"missing-mentor"}


# -- boilerplate around the fields --------------------------------------------------------------

_BOILER_FIELDS = ["Mål: Ida gennemfører FVU-dansk trin 2 på VUC senest 1. juni 2026.",
                  "Mentor: Fatima Bak, Mentorhuset Midt, tlf. 33 31 90 90",
                  "Mentorens opgaver: træne busturen og hjælpe med post i e-Boks",
                  "Timer pr. uge: 3 timer", "Opfølgning: statusmøde hver 4. uge med mentor og sagsbehandler"]


@pytest.mark.parametrize("boilerplate", [
    "Samtykket gælder i 12 måneder fra underskriften.",
    "Dine oplysninger opbevares i 5 år efter sagens afslutning.",
    "§ 167. Der kan gives mentorstøtte i en periode på højst 6 måneder.",
    "Aftalen indgås højst for 6 måneder med mulighed for forlængelse."])
def test_a_period_in_boilerplate_is_not_the_support_period(make_doc, lint, boilerplate):
    doc = make_doc(("h", "Aftale om mentorstøtte"), *_BOILER_FIELDS, boilerplate, ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-duration"}


def test_appeal_guidance_for_another_decision_in_the_letter_is_not_the_mentor_supports(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), *_BOILER_FIELDS, "Periode: 1.3.2026 – 31.8.2026",
                   ("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                   "Hvis du ikke er enig i afgørelsen om befordringsgodtgørelse, kan du klage til Holbæk Kommune inden "
                   "4 uger. Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.")
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-appeal-guidance"}


def test_appeal_guidance_for_another_decision_is_reported_as_about_another_decision(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Ali", "Din mentorstøtte stopper den 10. oktober 2025.",
                   ("h", "Klagevejledning"),
                   "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Hvis du vil klage, skal "
                   "du gøre det til kommunen inden 4 uger efter, at du har modtaget afgørelsen.")
    _, findings = lint(doc)
    (appeal,) = [f for f in findings if f.rule == "missing-appeal-guidance"]
    assert "anden afgørelse" in appeal.message


@pytest.mark.parametrize("period", ["Periode: Fra 01.09.2025 til xx.xx.xxxx", "Periode: start 1. marts 2026",
                                    "Varighed og periode: højst 6 måneder"])
def test_a_start_date_alone_or_the_legal_limit_is_no_duration(make_doc, lint, period):
    doc = make_doc(("h", "Aftale om mentorstøtte"), *_BOILER_FIELDS, period, ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert rules_of(findings) == {"missing-duration"}


@pytest.mark.parametrize("period", ["Periode: fra 1. marts 2026 og 6 måneder frem", "Periode: til 31. juli 2026",
                                    "Periode: fra 1. marts 2026 til.30. juni 2026",
                                    "Aftalens varighed: i4 måneder fra d. 1. november 2025"])
def test_an_end_date_or_a_length_with_the_start_is_a_duration(make_doc, lint, period):
    doc = make_doc(("h", "Aftale om mentorstøtte"), *_BOILER_FIELDS, period, ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "missing-duration" not in rules_of(findings)
