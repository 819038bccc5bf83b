"""Field finding in assessments, mentors' own letters and tables of periods and hours: the
families of documents that independent writers found the linter weakest on (docs/evaluation.md,
session 19), each written as the class it stands for."""

from __future__ import annotations

import pytest

from mentordocs.domain.goals import names_an_aim
from mentordocs.lint.analyze import analyze_fields, compile_pack
from mentordocs.lint.readers import read_bytes
from mentordocs.lint.text import fold

from .analysis_builders import KLAGE, rules_of


def _fields(doc, pack):
    return analyze_fields(doc, pack).fields


# --- tables of periods and hours ---------------------------------------------------------------

def _period_table(*rows: tuple[str, ...]):
    return (("h", "Mentoraftale"), "Borger: Rasmus Jørgensen",
            "Mål: Rasmus fastholder sit fleksjob hos Netto med 12 timer om ugen.",
            "Mentor: Fatima Rasmussen, Kompas Mentorservice, tlf. 28 22 86 80",
            "Mentorens opgaver: samtaler om fremmøde og transport til praktik.",
            ("h", "Periode og timetal"), *rows,
            "Opfølgning: statusmøde hver 4. uge.", f"Klagevejledning: {KLAGE}")


def test_a_second_header_row_under_merged_cells_keeps_the_first_rows_label_for_its_bare_part(make_doc, pack):
    doc = make_doc(*_period_table(("r", "Periode", "", "Timetal"), ("r", "Fra", "Til", "Pr. uge"),
                                  ("r", "1. marts 2026", "31. august 2026", "2 timer pr. uge")))
    fields = _fields(doc, pack)
    assert fields["hours"].state == "present" and "2 timer" in (fields["hours"].value or "")


def test_a_wider_second_header_row_gives_its_unnamed_part_the_field_the_first_row_names(make_doc, pack):
    doc = make_doc(*_period_table(("r", "Periode", "Timetal"), ("r", "Fra", "Til", "Pr. uge"),
                                  ("r", "1. marts 2026", "31. august 2026", "2 timer pr. uge")))
    fields = _fields(doc, pack)
    assert fields["hours"].state == "present" and "2 timer" in (fields["hours"].value or "")


@pytest.mark.parametrize("end", ["åben", "afventer"])
def test_an_end_left_open_gives_no_period(make_doc, lint, end):
    doc = make_doc(*_period_table(f"Periode: 1. marts 2026 – {end}", "Timer: 2 timer pr. uge"))
    assert "missing-duration" in rules_of(lint(doc)[1])


def test_a_column_of_months_with_no_hours_in_it_states_no_hours(make_doc, pack):
    doc = make_doc(*_period_table("Periode: 1. maj 2026 – 31. oktober 2026", ("r", "Måned", "Planlagte timer"),
                                  ("r", "Maj 2026", ""), ("r", "Juni 2026", ""), ("r", "Juli 2026", "")))
    assert _fields(doc, pack)["hours"].state != "present"


def test_a_text_tables_bars_padded_with_spaces_part_its_cells():
    data = ("Periode        | Timetal\nFra            | Til            | Pr. uge\n"
            "1. maj 2026    | åben           | 2 timer pr. uge\n").encode()
    assert [b.cells for b in read_bytes(data, "plan.txt").blocks][-1] == ("1. maj 2026", "åben", "2 timer pr. uge")


# --- the mentor's own letter ----------------------------------------------------------------------

def _mentor_letter(tasks: str, *signature: str):
    return ("Aftale om mentorstøtte efter opstartsmødet", "Kære Emil",
            "Tak for et godt opstartsmøde. Her får du det, vi blev enige om, skrevet ned.",
            "Målet er, at du er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026.",
            tasks, "Vi har 4 timer pr. uge sammen.", "Forløbet løber fra 1. juni 2026 til 30. november 2026.",
            "Hver måned holder vi opfølgningsmøde med jobcentret.", "Venlig hilsen", *signature)


@pytest.mark.parametrize("tasks", [
    "Som vi talte om, hjælper jeg dig med at øve busruten og læse post fra e-Boks.",
    "Jeg hjælper dig med at øve busruten og læse post fra e-Boks.",
])
def test_the_mentor_writing_what_i_help_you_with_states_the_tasks(make_doc, pack, tasks):
    doc = make_doc(*_mentor_letter(tasks, "Lars Østergaard", "Mentor, Jobhuset, tlf. 23 45 67 89"))
    assert _fields(doc, pack)["tasks"].state == "present"


def test_a_signature_of_name_and_role_on_one_line_over_the_firm_and_phone_is_the_mentor(make_doc, pack):
    doc = make_doc(*_mentor_letter("Jeg hjælper dig med at øve busruten.", "Birgitte Aagaard, mentor", "Ungeporten",
                                   "Tlf. 28 76 54 12"))
    assert _fields(doc, pack)["mentor"].state == "present"


@pytest.mark.parametrize("address", ["mh@jobvaerkstedet.dk", "www.jobhuset.dk", "https://uddannelse.example.dk/ny"])
def test_an_address_names_no_job_or_education(pack, address):
    assert not names_an_aim(fold(f"Du kan altid få fat i mig på {address}."), compile_pack(pack).fields.goals)


# --- lists under labels the pack does not know ------------------------------------------------------

def test_an_enclosures_follow_up_plan_is_not_the_tasks(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Julie Thomsen",
                   "Mål: Julie er i praktik i Netto 3 dage om ugen senest 1. juni 2026.",
                   "Mentor: Bo Hvid, Broen til Job, tlf. 29 26 11 70",
                   ("h", "Bilag 2: Plan for opfølgning"),
                   "Opfølgning sker ved trepartsmøde hver 6. uge. Her gennemgås fremmøde, delmål og timeforbrug.")
    assert _fields(doc, pack)["tasks"].state != "present"


def test_the_citizens_own_list_of_what_she_will_do_is_not_the_tasks(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Anna Holm",
                   "Mentor: Bo Hvid, Broen til Job, tlf. 29 26 11 70", ("h", "Forventninger til samarbejdet"),
                   ("l", "Jeg tager selv ansvar for at læse min Digital Post."),
                   ("l", "Jeg ringer, hvis jeg ikke kan komme."), ("l", "Jeg siger til, hvis noget ændrer sig."))
    assert _fields(doc, pack)["tasks"].state != "present"


# --- the caseworker's assessment --------------------------------------------------------------------

def _assessment(background: str, wishes: str, assessment: str, *, heading: str = "Borgerens egne ønsker"):
    return (("h", "Socialfaglig vurdering, bevilling og aftale om mentorstøtte"), "Borger: Fatima Yilmaz",
            ("h", "Baggrund"), background, ("h", heading), wishes, ("h", "Faglig vurdering"), assessment,
            ("h", "Beslutning"), "Mentorstøtten er bevilget i perioden 01.02.2026-31.07.2026. Omfang: 4 t/uge.",
            ("h", "Aftale"), "Din mentor er Morten Vinther fra Mentorhuset ApS, tlf. 50 28 66 23.",
            ("h", "Opfølgning"), "Der holdes statusmøde hver 4. uge.", ("h", "Klagevejledning"), KLAGE)


_GOAL_AND_TASKS = ("Det er min vurdering, at Fatima har brug for mentorstøtte. Formålet med støtten er, at Fatima "
                   "starter på grundforløbet på Tech College i august 2026. Mentoren skal bistå ved kontakt med "
                   "skolen og hjælpe med at lægge en ugeplan.")


@pytest.mark.parametrize("other_help", [
    "Fatima modtager socialpædagogisk bostøtte efter servicelovens § 85, 3 timer om ugen, i perioden "
    "6. november 2025 til 5. november 2027.",
    "Fatima har en støttekontaktperson fra Psykiatri og Handicap, 2 timer om måneden, fra 6. november 2025 "
    "til 5. november 2027.",
])
def test_another_helps_long_period_in_the_background_is_not_the_supports(make_doc, lint, other_help):
    doc = make_doc(*_assessment(other_help, "Fatima vil gerne i arbejde.", _GOAL_AND_TASKS))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_the_goal_and_tasks_stated_in_the_assessment_are_read_there(make_doc, pack):
    doc = make_doc(*_assessment("Fatima er 22 år og har ikke gennemført en ungdomsuddannelse.",
                                "Fatima vil gerne i arbejde.", _GOAL_AND_TASKS))
    fields = _fields(doc, pack)
    assert "grundforløbet" in (fields["goal"].value or "") and fields["tasks"].state == "present"


def test_the_goal_stated_in_the_assessment_outranks_the_citizens_wish(make_doc, pack):
    doc = make_doc(*_assessment("Fatima er 22 år.", "Fatima siger: »Jeg vil gerne tage en uddannelse.«",
                                _GOAL_AND_TASKS, heading="Borgerens ønsker og mål"))
    assert "grundforløbet" in (_fields(doc, pack)["goal"].value or "")


def test_a_wish_about_the_meetings_under_the_citizens_wishes_and_goals_states_no_goal(make_doc, lint):
    doc = make_doc(*_assessment("Fatima er 22 år.", "Fatima ønsker, at møderne ligger om formiddagen.",
                                "Det er min vurdering, at Fatima har brug for mentorstøtte. Mentoren skal bistå ved "
                                "kontakt med skolen.", heading="Borgerens ønsker og mål"))
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_current_course_told_in_a_journal_tables_background_row_is_no_goal(make_doc, lint):
    doc = make_doc(("h", "Socialfaglig vurdering og aftale om mentorstøtte"), ("r", "Borger", "Mikkel Brandt"),
                   ("r", "Baggrund", "Mikkel er 47 år og har en afbrudt uddannelse som lagermedarbejder. Mikkel "
                                     "deltager i et forløb på FGU Havnsø (PGU), 25 timer om ugen i perioden "
                                     "1. december 2025 til 31. maj 2027."),
                   ("r", "Borgerens ønsker og mål", "Mikkel ønsker, at møderne ligger om formiddagen."),
                   ("r", "Bevilling", "Mentorstøtten er bevilget i perioden 10. maj 2026 til 9. november 2026. "
                                      "Omfang: 3 t/uge."),
                   ("r", "Aftale", "Din mentor er Karim Bouzid, tlf. 92 45 10 65. Mentoren skal bistå ved kontakt "
                                   "med skolen."),
                   ("r", "Opfølgning", "Opfølgning hver måned."), ("r", "Klagevejledning", KLAGE))
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_goal_sentence_after_a_short_label_of_its_own_names_the_citizen(make_doc, pack):
    doc = make_doc("Skriftlig aftale om mentor", "Kære Line", "Hermed bekræfter vi aftalen om mentorstøtte.",
                   "STU: Line møder stabilt på STU-forløbet på Produktionsskolen fra 1. juni 2026.",
                   "Din mentor er Ali Karimi fra Jobhuset ApS, ali.karimi@jobhuset.dk.")
    assert _fields(doc, pack)["goal"].state == "present"


def test_a_background_heading_ends_at_the_first_line_with_a_fields_label(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("h", "Baggrund"),
                   "Bjørn har afbrudt to ungdomsuddannelser og har brug for hjælp til at komme i gang igen.",
                   ("l", "1. Målet med mentorstøtten: Bjørn påbegynder FVU-dansk på VUC 1. oktober 2024."),
                   ("l", "2. Mentorens navn og kontaktdata: Trine Brødsgaard, tlf. 36 44 54 24"))
    fields = _fields(doc, pack)
    assert fields["goal"].state == "present" and fields["mentor"].state == "present"


def test_the_citizens_situation_after_a_background_label_is_no_goal(make_doc, lint):
    doc = make_doc("Aftale om mentorforløb", "Borger: Leyla Demir", "Mentor: Tina Poulsen, tlf. 65 27 89 87",
                   "Baggrund: Leyla er optaget på grundforløb 1 på tømreruddannelsen, som løber fra 10. august 2026 "
                   "til 30. juni 2028.", "Periode: 16. august 2026 – 15. november 2026", f"Klagevejledning: {KLAGE}")
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_decisions_reasons_that_recall_the_goal_do_not_make_it_carry_the_agreement(make_doc, lint):
    doc = make_doc("Afgørelse om ændring af mentorstøtte", "Kære Jonas Iversen",
                   "Fra 29. april 2026 er din mentor Jakob Winther, Jobhuset ApS, og timetallet er 5 timer pr. uge.",
                   "Begrundelse", "Vi har lagt vægt på, at mentorstøtten skal hjælpe dig med at nå målet: Målet er, at "
                   "Jonas starter på SOSU-hjælperuddannelsen i august 2026.", "Klagevejledning", KLAGE)
    kind, findings = lint(doc)
    assert kind == "decision" and "missing-mentor" not in rules_of(findings)


# --- dictated and pasted text -------------------------------------------------------------------

_DICTATED = ("Kære Ahmed her kommer aftalen om din mentorstøtte punktum Målet med mentorstøtten er at Ahmed "
             "fastholder sit fleksjob hos Autoværkstedet Nord punktum Din mentor er Birgitte Riis komma du kan ringe "
             "på 25 86 35 85 punktum Mentoren skal følge Ahmed til praktikstedet punktum Aftalen gælder "
             "1. september 2026 – 30. november 2026 punktum Mentoren har tre timer om ugen til dig punktum "
             "Statusmøde med sags behandler komma mentor og borger hver måned og evalueringen 14 dage før "
             "periodens udløb punktum Hvis du ikke er enig i afgørelsen komma skal du klage til Randers Kommune "
             "inden fire uger punktum Kommunen genvurderer afgørelsen punktum")


def test_punctuation_a_speech_recogniser_wrote_out_parts_the_sentences(make_doc, pack):
    fields = _fields(make_doc("Aftale om mentorstøtte", _DICTATED), pack)
    assert fields["follow_up"].state == "present" and fields["duration"].state == "present"


def test_one_spoken_mark_in_a_typed_letter_stays_a_word(make_doc, pack):
    doc = make_doc("Aftale om mentorstøtte", "Vi taler om komma og punktum i dit danskforløb.")
    assert analyze_fields(doc, pack).doc.blocks[1].text == "Vi taler om komma og punktum i dit danskforløb."


def test_a_period_whose_days_are_ordinal_words_is_read(make_doc, pack):
    doc = make_doc("Aftale om mentorstøtte",
                   "Aftalen gælder fra den første maj 2026 til den enogtredivte juli 2026.")
    assert _fields(doc, pack)["duration"].state == "present"


def test_labels_run_into_their_values_by_a_pasted_table_are_read_apart(make_doc, pack):
    doc = make_doc("Aftale om mentorstøtte", "BorgerPatrick Nørgaard",
                   "FormålPatrick starter på SOSU-hjælperuddannelsen 1/6-2026 og møder mindst fire dage om ugen",
                   "Periodefra 1/6-2026 til 30/11-2026", "Timetal5 timer pr. uge")
    fields = _fields(doc, pack)
    assert [fields[k].state for k in ("goal", "duration", "hours")] == ["present"] * 3


def test_an_inflected_label_is_not_read_as_a_label_run_into_a_value(make_doc, pack):
    doc = make_doc("Aftale om mentorstøtte", "FormålPatrick starter på SOSU", "Timetal5 timer pr. uge",
                   "Perioden løber fra 1/6-2026 til 30/11-2026")
    assert analyze_fields(doc, pack).doc.blocks[3].text.startswith("Perioden løber")


# --- pages copied from a case system ------------------------------------------------------------

def test_a_sites_menu_copied_above_a_plan_titles_nothing(pack):
    data = ("Forside\nMine sager\nBorgere\nKalender\nOpgaver (3)\nLog ud\nMin Plan – Indsats: Mentorstøtte\n"
            "Borger: Emma Lykke\nMål\n\nMentor\nLars Østergaard, Jobhuset, 63 91 48 76\n"
            "Mentorens opgaver\thjælpe med at holde styr på skemaet og øve bustransporten\n"
            "Periode\n\nTimer pr. uge\t2\nGem\nAnnuller\n").encode()
    assert analyze_fields(read_bytes(data, "side.txt"), pack).kind == "minplan"


def test_a_label_and_value_set_apart_by_a_tab_is_a_row_however_few_such_lines():
    data = "Min Plan\n\nMentorens opgaver\thjælpe med at holde styr på skemaet\n\nGem\n".encode()
    assert read_bytes(data, "side.txt").blocks[1].cells == ("Mentorens opgaver", "hjælpe med at holde styr på skemaet")


def test_a_case_systems_menu_on_one_line_over_a_decision_does_not_make_it_a_plan(pack):
    data = ("Dokumenter  Journal  Ydelser  Min Plan\nVis dokument  |  Journalisér  |  Send til e-Boks  |  Luk\n\n"
            "Slagelse Kommune\n\nAfgørelse om mentorstøtte\n\nDu får bevilget mentorstøtte efter lov om en aktiv "
            "beskæftigelsesindsats § 167 fra 1. marts 2026 til 31. august 2026.\n\nBegrundelse\nVi har lagt vægt på, "
            f"at du har brug for hjælp til at møde stabilt.\n\nKlagevejledning\n{KLAGE}\n").encode()
    assert analyze_fields(read_bytes(data, "brev.txt"), pack).kind == "decision"


def test_another_activitys_card_named_under_its_label_line_keeps_its_period_out(make_doc, lint):
    doc = make_doc("Jobnet – Min Plan", "Navn: Emma Lykke", ("h", "Aktivitet"), "Mentorstøtte (LAB § 167)", "Mål",
                   "Emma gennemfører første semester på grundforløb 1 på tømreruddannelsen", "Mentor",
                   "Lars Østergaard, Jobhuset, 34 74 30 84", "Mentorens opgaver", "hjælpe med breve fra kommunen",
                   "Periode", "01.03.2026 - 31.08.2026", "Timer pr. uge", "5", ("h", "Aktivitet"),
                   "Virksomhedspraktik", "Sted", "Netto i Bymidten", "Periode", "05.01.2026 - 18.12.2026",
                   "Timer pr. uge", "15")
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


# --- more tables of periods and hours -------------------------------------------------------------

def test_a_table_of_months_with_planned_and_used_hours_states_the_hours(make_doc, pack):
    doc = make_doc(*_period_table("Bevilget periode: 15/3 2026 – 14/6 2026", ("r", "Måned", "Planlagte timer", "Brugte timer"),
                                  ("r", "Marts 2026", "8", "7"), ("r", "April 2026", "8", "6"), ("r", "I alt", "16", "13")))
    assert _fields(doc, pack)["hours"].state == "present"


def test_a_first_header_cell_spans_every_part_the_second_row_leaves_unnamed(make_doc, pack):
    doc = make_doc(*_period_table(("r", "Periode", "Timer"), ("r", "Fra", "Til", "Pr. uge", "I alt"),
                                  ("r", "1. april 2026", "30. juni 2026", "3", "39")))
    assert _fields(doc, pack)["hours"].state == "present"


def _periods_table(*rows):
    return _period_table(("r", "Periode", "Fra", "Til", "Timer/uge", "Status"), *rows)


def test_each_row_of_a_table_of_periods_is_a_period_of_its_own(make_doc, pack):
    doc = make_doc(*_periods_table(("r", "Tidligere periode", "01.08.2025", "31.01.2026", "3", "Afsluttet"),
                                   ("r", "Nuværende periode", "01.02.2026", "31.07.2026", "4", "Aktiv")))
    fields = _fields(doc, pack)
    assert fields["duration"].state == "present" and "01.02.2026" in (fields["duration"].value or "")


def test_a_period_with_a_status_of_the_past_is_not_held_to_the_limit(make_doc, lint):
    doc = make_doc(*_periods_table(("r", "Første periode", "01.09.2025", "31.03.2026", "6", "Afsluttet"),
                                   ("r", "Forlængelse", "01.04.2026", "30.06.2026", "5", "Bevilget")))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_decisions_table_of_periods_with_their_statuses_does_not_make_it_a_plan(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om forlængelse af mentorstøtte"), "Kære Rasmus",
                   "Du får forlænget din mentorstøtte. Oversigt over dine perioder:",
                   ("r", "", "Fra", "Til", "Timer pr. uge", "Status"),
                   ("r", "Første periode", "2025-09-01", "2026-02-28", "6", "Afsluttet"),
                   ("r", "Forlængelse", "2026-03-01", "2026-06-30", "5", "Bevilget"),
                   "Din mentor er Brian Vinther fra Mentorhuset ApS, tlf. 52 30 19 88.", ("h", "Begrundelse"),
                   "Vi har lagt vægt på, at du har brug for støtte til fremmøde.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc)[0] == "decision"


def test_the_plans_other_activities_under_their_heading_are_not_held_to_the_limit(make_doc, lint):
    doc = make_doc(("h", "Min Plan – indsats: Mentorstøtte"), ("r", "Borger", "Rasmus Iversen"),
                   ("r", "Formål med mentorstøtten", "Rasmus gennemfører FGU og møder fire dage om ugen"),
                   ("r", "Mentor", "Anja Kirkegaard, Mentorteamet, tlf. 29 84 11 56"),
                   ("r", "Opgaver", "Hjælp til at åbne digital post; følges til praktikstedet"),
                   ("r", "Startdato", "1. marts 2026"), ("r", "Slutdato", "31. maj 2026"), ("r", "Timer pr. uge", "4"),
                   ("h", "Øvrige aktiviteter i planen"), ("r", "Aktivitet", "Fra", "Til", "Status"),
                   ("r", "FGU – produktionsgrundforløb", "1. marts 2026", "28. februar 2027", "Aktiv"))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


# --- more of the mentor's own letters -----------------------------------------------------------

def _mentor_mail(*closing: str):
    return ("Opsummering af vores aftale", "Hej Omar",
            "Som aftalt sender jeg dig vores aftale om mentorstøtte, som vi lavede i dag.",
            "Målet med mentorstøtten er, at du får et fleksjob som kantinemedhjælper hos Coop med 12 timer om ugen.",
            "Jeg vil hjælpe med transporten, tage med til de første møder og tale med din leder.",
            "Vi mødes hver tirsdag, i alt 4 timer om ugen, i perioden 1/2-2026 til 31/7-2026.",
            "Vi holder statusmøde med din sagsbehandler hver måned.", *closing)


def test_the_mentor_writing_what_i_will_help_with_states_the_tasks(make_doc, pack):
    doc = make_doc(*_mentor_mail("Hilsen", "Mette Brix", "Mentor, Broen, tlf. 43 13 61 67"))
    assert _fields(doc, pack)["tasks"].state == "present"


@pytest.mark.parametrize("closing", [
    ("Kærlig hilsen Mette", "(Mette Brix, Broen Job & Uddannelse, 43 13 61 67)"),
    ("Hilsen", "Mette Brix mette.brix@broen.dk", "42 47 44 42"),
    ("Mvh\nSøren Fisker\nMENTORTEAMET, VEJLE KOMMUNE · job · uddannelse\nMobil: 34 49 22 57",),
])
def test_a_mentors_signature_in_its_usual_shapes_is_the_mentor(make_doc, pack, closing):
    assert _fields(make_doc(*_mentor_mail(*closing)), pack)["mentor"].state == "present"


def test_my_mentor_over_the_name_and_phone_in_the_citizens_plan_is_the_mentor(make_doc, pack):
    doc = make_doc("Aftale mellem Ida og mentor", "Mit mål", "Jeg kommer i løntilskud hos Danish Crown fra 1. maj 2026.",
                   "Det skal Kim hjælpe mig med", "Hjælpe mig med at lave en fast morgenrutine.",
                   "Hvor meget og hvor længe", "Vi ses 4 timer om ugen, fra 15/4 2026 til 14/10 2026.",
                   "Min mentor", "Kim Rahbek, Mentorteamet, Vejle Kommune", "Tlf. 49 29 35 88, kim.rahbek@vejle.dk",
                   "Underskrevet 14. april 2026", "Ida Hansen Kim Rahbek")
    assert _fields(doc, pack)["mentor"].state == "present"


# --- the support inside a bigger plan -----------------------------------------------------------

def _indsatsplan(*rows, agreement=True):
    return (("h", "Indsatsplan (rehabiliteringsplanens indsatsdel)"), ("r", "Borger", "Ahmad Larsen"),
            ("h", "Indsatser i forløbet"), ("r", "Indsats", "Mål", "Ansvarlig", "Periode", "Omfang"), *rows,
            *(("Aftale om mentorstøtte (LAB § 167)",
               "Mål: Ahmad har et fleksjob som lagermedarbejder på 12 timer om ugen senest 31. oktober 2026.",
               "Mentor: Brian Møller, Mentorhuset ApS, tlf. 69 26 36 56",
               "Varighed: 15. maj 2026 til og med 14. nov. 2026", "Timer: 2 timer ugentligt") if agreement else ()),
            ("h", "Hvis du vil klage"), KLAGE)


def test_the_other_helps_rows_of_a_plans_table_are_not_the_supports_beside_its_own_agreement(make_doc, lint):
    doc = make_doc(*_indsatsplan(
        ("r", "Socialpædagogisk støtte (SEL § 85)", "Ahmad kan selv betale regninger.", "Bostøtte Aisha Jensen, tlf. 45 28 61 79",
         "f.o.m. 15. maj 2026 t.o.m. 14. maj 2027", "4 timer pr. uge"),
        ("r", "Psykiatri / distriktspsykiatri", "Ahmad er stabil i medicin.", "Louise Andersen, tlf. 99 24 25 37",
         "behandlingsforløb, ca. 1 år", "samtale hver 3. uge")))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_plan_that_ends_with_its_own_appeal_guidance_is_checked_as_the_agreement(make_doc, lint):
    doc = make_doc("Rehabiliteringsplan – indsatsdel", ("r", "Borger", "Nanna Bach"), "Jobcentrets indsatser",
                   ("l", "Mentorstøtte efter LAB § 167:"),
                   ("l", "Mål: Nanna gennemfører FVU-dansk trin 2 på VUC inden 1. september 2026."),
                   ("l", "Mentor: Sara Larsen, Ungeindsatsen, tlf. 37 67 26 56"),
                   ("l", "Opgaver: Hjælpe Nanna med at åbne post fra skolen og kommunen."),
                   ("l", "Bevilget periode: 15. februar 2026 - 14. august 2026"), ("l", "Timetal: 8 timer om måneden"),
                   "Klagevejledning", KLAGE)
    assert lint(doc)[0] == "agreement"


def test_a_plan_that_only_considered_the_support_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Handleplan efter servicelovens § 141"), ("r", "Borger", "Amalie Skov"), ("h", "Indsatser"),
                   ("r", "Indsats", "Socialpædagogisk støtte (SEL § 85)"),
                   ("r", "Mål", "Amalie kan selv handle ind og betale regninger."),
                   ("r", "Udfører", "Bostøtte Ahmad Sørensen, tlf. 97 43 25 99"),
                   ("r", "Periode", "1. sep. 2026 til og med 31. aug. 2027"), ("r", "Omfang", "4 timer pr. uge"),
                   ("h", "Overvejet, men ikke iværksat"),
                   "Mentorstøtte efter LAB § 167 er drøftet. Vi tager stilling på næste netværksmøde.")
    kind, findings = lint(doc)
    assert kind == "unknown" and not findings


def test_another_helps_card_that_cites_its_own_law_is_not_the_mentor_support(make_doc, lint):
    doc = make_doc("Min Plan", "Mentorstøtte", ("r", "Formål med mentorstøtten", "Amalie gennemfører FVU-dansk på VUC."),
                   ("r", "Mentor", "Hassan Sørensen, tlf. 89 38 87 92"), ("r", "Mentoren hjælper med", "Øve busturen"),
                   ("r", "Periode", "Fra 15. september 2026 og indtil videre"), ("r", "Timer", "1,5 time om ugen"),
                   "Støtte- og kontaktperson (SEL § 99)", ("r", "Formål", "Amalie får kontakt til andre."),
                   ("r", "Kontaktperson", "SKP Dennis Hansen, tlf. 32 37 96 45"),
                   ("r", "Periode", "løbende, revurderes 15. september 2027"), ("r", "Omfang", "2 timer hver anden uge"))
    assert "missing-duration" in rules_of(lint(doc)[1])


def test_a_task_in_a_column_of_tasks_that_names_the_citizens_aim_stays_a_task(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Peter Lund", "Handleplan", ("r", "Aktivitet", "Ansvarlig", "Hvornår"),
                   ("r", "Gennemgå post og breve fra det offentlige sammen med Peter hver uge", "Mentor", "Fra opstart"),
                   ("r", "Tage med til jobsamtaler og forberede dem", "Mentor", "Fra opstart"),
                   ("r", "Hjælpe med at finde en løsning på pasning, så\nPeter kan møde kl. 8", "Mentor", "Løbende"))
    assert _fields(doc, pack)["tasks"].state == "present"


def test_a_label_and_its_value_with_an_empty_third_cell_are_no_header_row(make_doc, pack):
    doc = make_doc(("h", "Mentoraftale efter LAB § 167"), ("r", "Borger", "Jonas Nielsen", ""),
                   ("r", "Timeantal", "et par timer om ugen", ""),
                   ("r", "Hovedformål", "Jonas er startet i et fleksjob som køkkenmedhjælper hos Bilka.", ""))
    assert _fields(doc, pack)["goal"].state == "present"


# --- signing platforms, exports and periods over time -------------------------------------------

def test_a_signing_platforms_cover_does_not_title_the_agreement_it_carries(make_doc, lint):
    doc = make_doc("Dokumenter til underskrift", "eSignér Kommune · Forsendelse oprettet 12.09.2026 kl. 14:42",
                   ("r", "Dokument", "Sider", "Status"), ("r", "Mentoraftale.pdf", "3", "Underskrevet af alle parter"),
                   "Mentoraftale", ("r", "Borger", "Patrick Johansen"),
                   ("r", "Mål", "Patrick er i virksomhedspraktik 25 timer om ugen hos Kvickly senest 1. juni 2026"),
                   ("r", "Din mentor", "Yusuf Mortensen, yusuf@ungeporten.dk"), ("r", "Varighed", "Fra 2026-03-01 til 2026-05-31"),
                   "Klagevejledning", KLAGE, "Certifikat for underskrift",
                   ("r", "Seglets gyldighed", "12.05.2025 – 11.05.2028"))
    kind, findings = lint(doc)
    assert kind == "agreement" and "duration-over-6-months" not in rules_of(findings)


@pytest.mark.parametrize("raw", [
    "Mentor | Pia M&oslash;lgaard, Mentorhuset ApS, tlf. 75 66 78 95\nM&aring;l | Job\n",
    "M=C3=A5let med mentorst=C3=B8tten: job som kok\n",
    "FORLÃ†NGELSE AF MENTORSTÃ˜TTE\n",
])
def test_entities_quoted_printable_and_mojibake_an_export_left_in_are_undone(raw):
    text = read_bytes(raw.encode(), "eksport.txt").text
    assert not any(sign in text for sign in ("&oslash;", "=C3=", "Ã"))


def test_the_agreements_other_party_with_a_mentor_firm_and_phone_is_the_mentor(make_doc, pack):
    doc = make_doc("Skriftlig aftale om mentorforløb. Aftalen er indgået mellem Ahmed Kristensen og Jesper Kjær, "
                   "Mentorhuset ApS, tlf. 63 82 65 52, jesper@mentorhuset.dk. Målet med mentorstøtten er, at Ahmed er "
                   "i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026.")
    assert _fields(doc, pack)["mentor"].state == "present"


def test_a_decision_with_its_table_of_every_period_is_no_plan(make_doc, lint):
    doc = make_doc("Viborg Kommune", "Afgørelse om ophør af mentorstøtte", "Kære Sara",
                   "Din mentorstøtte ophører 31. august 2026, når den nuværende periode udløber.",
                   "Dine perioder med mentorstøtte", ("r", "Periode", "Timer", "Mentor", "Status"),
                   ("r", "1.9.2025-28.2.2026", "3 t/uge", "Kim Lauritsen", "afsluttet"),
                   ("r", "1.3.2026-31.8.2026", "5 t/uge", "Louise Dam", "afsluttet"), "Begrundelse",
                   "Vi har lagt vægt på, at målet er nået.", "Klagevejledning", KLAGE)
    assert lint(doc)[0] == "decision"


def test_the_discharge_coordinator_by_its_section_of_the_law_is_the_mentor_support(make_doc, pack):
    doc = make_doc(("h", "Min Plan – Mentorstøtte"), ("h", "Indsats: Mentorstøtte"), ("r", "Borger", "Kasper Møller"),
                   ("r", "Indsats", "Udskrivningskoordinator, LAB § 167, stk. 2"),
                   ("r", "Formål med mentorstøtten", "Kasper er i virksomhedspraktik 10 timer om ugen fra 1. september 2026."),
                   ("r", "Mentor", "Thomas Riis, tlf. 41 22 90 37"))
    assert _fields(doc, pack)["mentor"].state == "present"


def test_numbered_fields_after_a_table_of_earlier_periods_are_no_history(make_doc, pack):
    doc = make_doc(("h", "Revideret mentoraftale"), ("h", "Tidligere perioder"), ("r", "Periode", "Type", "Status"),
                   ("r", "01.09.2025-28.02.2026", "Første periode", "afsluttet"),
                   "1) Målet med mentorstøtten: Sara gennemfører grundforløb 2 på Mercantec.",
                   "2) Mentorens navn og kontaktdata: Louise Dam, tlf. 22 41 63 15")
    fields = _fields(doc, pack)
    assert fields["goal"].state == "present" and fields["mentor"].state == "present"


# --- reviewed copies and many people --------------------------------------------------------------

def test_a_reply_about_the_agreement_that_fills_none_of_it_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Re: din mentoraftale – rettelser"), "Hej Henrik Aagaard",
                   "Jeg har kigget aftalen for Louise igennem. Der mangler timetal, og klagevejledningen skal med.",
                   "Mvh Sanne Boe, Rebild Kommune")
    kind, findings = lint(doc)
    assert kind == "unknown" and not findings


def test_the_letterheads_date_is_no_start_of_the_support(make_doc, lint):
    doc = make_doc("Ophør af mentorstøtte", "Odsherred Kommune, Jobcenter · 23. august 2026", "Kære Camilla Brix",
                   "Din mentorstøtte ophører den 1. marts 2027, fordi du er startet i ordinær uddannelse.",
                   "Klagevejledning", KLAGE)
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_the_mentors_substitute_with_contact_data_is_not_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb"), ("r", "Rolle", "Navn", "Telefon", "E-mail"),
                   ("r", "Borger", "Emma Olsen", "98 86 14 11", "emma15@gmail.com"),
                   ("r", "Mentor", "Amalie Nielsen, Job & Trivsel I/S", "", ""),
                   ("r", "Stedfortræder for mentor", "Vibeke Johansen", "26 89 34 95", "vjoha@jobogtrivsel.dk"),
                   ("r", "Målet med mentorstøtten", "Emma er i virksomhedspraktik hos Bygma 20 timer om ugen."),
                   ("r", "Periode", "10.05.2026 – 09.11.2026"), ("h", "Klagevejledning"), KLAGE)
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_other_helps_period_in_a_plan_paragraph_headed_by_its_name_is_not_the_supports(make_doc, lint):
    doc = make_doc(("h", "Opfølgningsplan med aftale om mentorstøtte"), "Borger: Nadia Holm",
                   "Støtte- og kontaktperson (SEL § 99): Nadia har et netværk uden for hjemmet. Kontakt: Peter Lund, "
                   "tlf. 43 57 70 00. Periode 1.1.2026-31.12.2026, 4 timer pr. uge.",
                   ("r", "Indsats", "Kontakt", "Periode", "Omfang"),
                   ("r", "Bostøtte (SEL § 85)", "Lone Skov, tlf. 96 11 74 10", "1.1.2026-31.12.2026", "2 timer pr. uge"),
                   "Mål: Nadia er i virksomhedspraktik 15 timer om ugen senest 1. juni 2026.",
                   "Mentor: Bo Hvid, tlf. 29 26 11 70", "Periode for mentorstøtten: 1.2.2026-31.7.2026",
                   "Klagevejledning", KLAGE)
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_note_that_hands_the_case_over_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Overdragelsesnotat – sagsoverdragelse", "Internt notat. Borger: Kim Larsen.", ("h", "Igangværende indsatser"),
                   ("l", "Mentorstøtte: bevilget 05.01.2026-04.07.2026, 4 timer pr. uge. Mentor Hanne Kjeldsen, tlf. 98 45 63 12."),
                   "Opfølgning: statusmøde hver måned.")
    kind, findings = lint(doc)
    assert kind == "unknown" and not findings


def test_a_grid_with_a_column_per_period_is_read_in_its_current_periods_column(make_doc, lint, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Mentor: Birgitte Aagaard, tlf. 43 13 61 67",
                   "Mål: Jonas gennemfører FVU-matematik trin 2 på VUC.", ("h", "Bevillingsoversigt"),
                   ("r", "", "Periode 1", "Periode 2"), ("r", "Start", "1. april 2026", "1. oktober 2026"),
                   ("r", "Slut", "30. september 2026", "31. marts 2027"), ("r", "Timer pr. uge", "2", ""),
                   ("r", "Status", "Afsluttet", "Bevilget"), "Klagevejledning", KLAGE)
    findings = rules_of(lint(doc)[1])
    assert "duration-over-6-months" not in findings and "missing-hours" in findings
