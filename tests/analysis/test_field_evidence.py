"""Field finding by evidence (issue 8): labels read word by word, unknown labels as boundaries,
values judged by their shape, and document kinds from the document as a whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from .analysis_builders import KLAGE, rules_of
from mentordocs.lint.analyze import analyze_fields, compile_pack, load_pack, repair_ocr, with_ocr_letters
from mentordocs.lint.model import Block, ExtractedDocument

HEAD = ("h", "Aftale om mentorstøtte")
GOAL = "Mål: Ali gennemfører grundforløbet på SOSU-skolen og møder fire dage om ugen."
MENTOR = "Mentor: Sara Holm, Mentorhuset, tlf. 22 33 44 55"
TASKS = "Opgaver: Hjælpe med at planlægge ugen og følge Ali til studievejlederen."
PERIOD = "Periode: 1. marts 2026 – 31. august 2026"
FOLLOW = "Opfølgning: Statusmøde hver måned og evaluering 14 dage før ophør."
HOURS = "Timetal: 2 timer om ugen"
APPEAL = "Klagevejledning: " + KLAGE
FIELDS = [GOAL, MENTOR, TASKS, PERIOD, FOLLOW, HOURS, APPEAL]


def agreement_with(make_doc, replaced: dict[str, str | list[str]]):
    """The compliant agreement above with some lines replaced (key: the line's label)."""
    lines = [replaced.get(line.split(":")[0], line) for line in FIELDS]
    extra = [v for k, v in replaced.items() if k not in [x.split(":")[0] for x in FIELDS]]
    items = []
    for line in lines + extra:
        items.extend(line if isinstance(line, list) else [line])
    return make_doc(HEAD, *items)


@pytest.fixture(scope="module")
def vocab():
    return compile_pack(load_pack()).fields


@pytest.mark.parametrize("label,field", [
    ("Mentors kontaktdata", "mentor"),
    ("Mentorens opgaver", "tasks"),
    ("Borgerens mål", "goal"),
    ("Vi har aftalt følgende mål for forløbet", "goal"),
    ("Hvad skal mentor hjælpe med?", "tasks"),
    ("Sara skal hjælpe dig med", "tasks"),
    ("Mentoren vil især", "tasks"),
    ("Mentor skal", "tasks"),
    ("Opfolgnlng", "follow_up"),
    ("Din rnentor", "mentor"),
    ("Støtteperioden", "duration"),
    ("Mentortimer", "hours"),
    ("Periode / Period", "duration"),
    ("What the mentor will do", "tasks"),
    ("Opfeigning", "follow_up"),
    ("Hvor mange tlmer om ugen", "hours"),
    ("Opfølgningog delmdl", "follow_up"),
    ("Mél", "goal"),
    ("Mentor -opgaver", "tasks"),
])
def test_a_label_is_read_by_its_words(vocab, label, field):
    found = vocab.classify_label(label)
    assert found is not None and found == (frozenset({field}), "field")


@pytest.mark.parametrize("label", ["Sagsbehandlers telefon", "Borgerens kontaktdata", "Underskrift mentor"])
def test_a_label_about_another_party_is_a_boundary(vocab, label):
    assert vocab.classify_label(label) == (frozenset(), "other")


@pytest.mark.parametrize(("label", "field"), [("Opfølgningsform", "follow_up"), ("Evalueringstidspunkt", "follow_up"),
                                              ("Målbeskrivelse", "goal")])
def test_a_compound_that_asks_for_an_aspect_of_a_field_labels_that_field(vocab, label, field):
    assert vocab.classify_label(label) == (frozenset({field}), "field")


def test_a_compound_of_the_mentor_and_an_aspect_is_no_label_of_the_mentor(vocab):
    assert vocab.classify_label("Mentorplan") != (frozenset({"mentor"}), "field")


def test_a_title_whose_half_after_the_dash_names_the_document_labels_no_field(vocab):
    from mentordocs.lint.candidates import classify_block
    from mentordocs.lint.model import Block, BlockKind

    units = classify_block(Block(text="MENTORSTØTTE – AFTALE MELLEM BORGER, MENTOR OG KOMMUNE",
                                 kind=BlockKind.HEADING, level=1), vocab)
    assert all(not unit.fields for unit in units)


@pytest.mark.parametrize("text", ["to timer om ugen", "Helle Vestergaard er din mentor", "3 timer pr. uge"])
def test_values_and_sentences_about_people_are_not_labels(vocab, text):
    found = vocab.classify_label(text, max_leftover=0)
    assert found is None or found[1] != "field"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_reading_any_text_as_a_label_never_fails(vocab, text):
    found = vocab.classify_label(text)
    assert found is None or found[1] in ("field", "sub", "other", "generic")


def test_an_unknown_label_ends_the_section_above(make_doc, lint):
    doc = make_doc(HEAD, GOAL, MENTOR, ("h", "Mentorens opgaver"), ("l", "planlægge ugen"),
                   ("l", "følge Ali til studievejlederen"), "Tidsplan",
                   "Støtten løber fra 1. marts 2026 til 31. august 2026.", FOLLOW, HOURS, APPEAL)
    assert lint(doc)[1] == []


def test_a_paragraph_after_a_task_list_is_not_a_task(make_doc, lint):
    doc = make_doc(HEAD, GOAL, MENTOR, "Sara skal hjælpe dig med:", ("l", "at planlægge ugen"),
                   ("l", "kontakten til skolen"), "Mentorstøtten løber fra 1. marts 2026 til 31. august 2026.",
                   "Vi holder statusmøde hver måned med dig og mentor.", "Der er afsat halvanden time pr. uge.",
                   APPEAL)
    assert lint(doc)[1] == []


def test_numbered_sub_labels_belong_to_their_section(make_doc, lint):
    doc = make_doc(HEAD, GOAL, MENTOR, TASKS, PERIOD, ("h", "Statusmøder"),
                   "Delmål 1: fast fremmøde i to uger. Delmål 2: selvstændig transport. Vi gør status hver måned.",
                   HOURS, APPEAL)
    assert lint(doc)[1] == []


def test_a_placeholder_ends_its_section(make_doc, lint):
    doc = make_doc(HEAD, GOAL, MENTOR, TASKS, PERIOD, ("h", "Evaluering"), "[indsæt tekst]",
                   "Sara har 2-3 timer om ugen til dig.", APPEAL)
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


@pytest.mark.parametrize("hours", ["1½ time om ugen", "halvanden time om ugen", "24 mentortimer i perioden",
                                   "2-3 timer om ugen", "90 minutter om ugen"])
def test_hours_as_people_write_them(make_doc, lint, hours):
    doc = agreement_with(make_doc, {"Timetal": ["Tid", hours]})
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_figure_is_not_made_vague_by_the_next_sentence(make_doc, lint):
    doc = agreement_with(make_doc, {"Timetal": "Timetal: Mette har 3 timer ugentligt. Hvornår aftales efter aftale."})
    assert lint(doc)[1] == []


def test_the_caseworkers_contact_is_not_the_mentors(make_doc, lint):
    doc = agreement_with(make_doc, {"Mentor": "Mentor: Emma Pedersen. Har du spørgsmål, så kontakt din "
                                              "sagsbehandler Signe Mortensen på tlf. 28 18 93 01."})
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_a_first_name_with_contact_names_the_mentor(make_doc, lint):
    doc = agreement_with(make_doc, {"Mentor": "Mentor: Helle – 22 29 12 32"})
    assert lint(doc)[1] == []


def test_a_question_and_its_answer_in_one_paragraph(make_doc, lint):
    doc = agreement_with(make_doc, {"Timetal": "Hvor mange timer? 2 timer om ugen."})
    assert lint(doc)[1] == []


def test_an_unticked_option_is_not_the_value(make_doc, lint):
    doc = agreement_with(make_doc, {"Timetal": "Timetal: ☐ 2 timer pr. uge ☐ 4 timer pr. uge"})
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


def test_a_ticked_option_is_the_value(make_doc, lint):
    doc = agreement_with(make_doc, {"Timetal": "Timetal: ☐ 2 timer pr. uge ☒ 4 timer pr. uge"})
    assert lint(doc)[1] == []


def test_english_dates_make_a_period(make_doc, lint):
    doc = agreement_with(make_doc, {"Periode": "Period: 1 March 2026 to 1 October 2026"})
    assert rules_of(lint(doc)[1]) == {"duration-over-6-months"}


def test_ocr_letter_errors_are_repaired_in_a_damaged_text_layer():
    doc = ExtractedDocument("a.pdf", "pdf", [Block("Forlaengelse af mentorstøtte t1l 31. juli, akt1v besk@ft1gelse"),
                                            Block("mail: a1@firma.dk")])
    repaired = [b.text for b in repair_ocr(doc).blocks]
    assert repaired == ["Forlængelse af mentorstøtte til 31. juli, aktiv beskæftigelse", "mail: a1@firma.dk"]


@pytest.mark.parametrize("damaged,repaired", [
    ("K1agen skal være modtaget", "Kiagen skal være modtaget"),
    ("Komrnunen genvurderer, rnentor og barn", "Kommunen genvurderer, mentor og barn"),
    ("hver 4. uge orn måneden", "hver 4. uge om måneden"),
    ("Mentor: Jakob N0rgaard, Opf01gning, sag G01-276", "Mentor: Jakob Nørgaard, Opføigning, sag G01-276"),
    ("Mentor: HenrikDahl, Cam11la Bech", "Mentor: Henrik Dahl, Camiila Bech"),
    ("Ma1: Du ska1 møde", "Mal: Du skal møde"),
])
def test_ocr_letter_errors_of_each_kind_are_repaired(damaged, repaired):
    doc = ExtractedDocument("a.pdf", "pdf", [Block("akt1v t1l"), Block(damaged)])
    assert repair_ocr(doc).blocks[1].text == repaired


@pytest.fixture(scope="module")
def ocr_words():
    return compile_pack(load_pack()).ocr_words


def test_pack_words_whose_danish_letters_ocr_misread_are_restored(ocr_words):
    doc = ExtractedDocument("a.pdf", "pdf", [Block("Vi har talt om, at dit mdl er at fé et job."),
                                             Block("Antal tirner: 2 om ugen med din mentorstette")])
    repaired = [b.text for b in with_ocr_letters(doc, ocr_words).blocks]
    assert repaired == ["Vi har talt om, at dit mål er at få et job.", "Antal timer: 2 om ugen med din mentorstøtte"]


def test_ti_misread_as_fi_is_restored_in_pack_words(ocr_words):
    doc = ExtractedDocument("a.pdf", "pdf", [Block("Omfanget er 5 fimer ugentligt"), Block("Mentorens akfiviteter")])
    assert [b.text for b in with_ocr_letters(doc, ocr_words).blocks] == ["Omfanget er 5 timer ugentligt",
                                                                         "Mentorens aktiviteter"]


def test_a_text_with_a_single_ocr_lookalike_word_is_left_as_written(ocr_words):
    doc = ExtractedDocument("a.docx", "docx", [Block("Aftale om mentorstette"), Block("Mål: job som kok")])
    assert with_ocr_letters(doc, ocr_words) is doc


def test_a_letter_whose_danish_letters_ocr_misread_is_read_in_full(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstette"), "Kere Yusuf",
                   "Vi har talt om, at dit mdl er at fé et job som køkkenmedhjælper inden 1/9 2026. "
                   "Du får mentorstette fra 1. juni 2026 til 31. oktober 2026.",
                   "Mentoren skal hjelpe dig med at øve turen med bus og tog.",
                   "Mentorstetten er pd 4 tirner om ugen.",
                   "Der holdes statusmede med din sagsbehandler hver 6. uge.",
                   "Din mentor er Peter Juhl fra Broen Ungementor, tlf. 80 22 26 91.", KLAGE)
    assert rules_of(lint(doc)[1]) == set()


@pytest.mark.parametrize("damaged,repaired", [
    ("mentorstøtte 1 en ny periode og 1 time om ugen", "mentorstøtte i en ny periode og 1 time om ugen"),
    ("2 timer 1 ugen", "2 timer i ugen"),
    ("Mikkel AbeIg og kIagen til måIet", "Mikkel Abelg og klagen til målet"),
    ("Min PIan, IT og PIN", "Min Plan, IT og PIN"),
    ("0pgaver: 0pfølgning, 10 timer og 0,5 time", "Opgaver: Opfølgning, 10 timer og 0,5 time"),
])
def test_ocr_letter_errors_in_whole_words_are_repaired(damaged, repaired):
    doc = ExtractedDocument("a.pdf", "pdf", [Block("akt1v t1l"), Block(damaged)])
    assert repair_ocr(doc).blocks[1].text == repaired


def test_an_ocr_damaged_appeal_keeps_its_deadline(make_doc, lint):
    doc = agreement_with(make_doc, {"Klagevejledning": ["Klagevejledning: Hvis du er uenig i afg0relsen, kan du "
                                                        "klage t1l Solvdal Kornmune.",
                                                        "K1agen skal være modtaget senest 4 uger efter, at du har "
                                                        "fået afgørelsen."]})
    assert "missing-appeal-guidance" not in rules_of(lint(doc)[1])


def test_a_short_label_word_is_not_taken_for_a_task_verb(vocab):
    assert vocab.classify_label("Aftalen gælder") != (frozenset({"tasks"}), "field")


@pytest.mark.parametrize("line,rule", [("4. Varighed fra 01.10.2026 til 31.12.2026", "missing-duration"),
                                       ("Varighed fra 1/4 2026 og 4 måneder frem", "missing-duration"),
                                       ("Støtteperiode fra 10. december 2026 til.9. maj 2027", "missing-duration"),
                                       ("6. Timer op til 2 timer ugentligt", "missing-hours"),
                                       ("Antal timer ialt 6 timer pr. måned", "missing-hours")])
def test_a_colonless_label_holds_a_lower_case_value_of_its_shape(make_doc, lint, line, rule):
    doc = agreement_with(make_doc, {"Timetal" if "Timer" in line else "Periode": line})
    assert rule not in rules_of(lint(doc)[1])


def test_an_undamaged_text_is_left_alone():
    doc = ExtractedDocument("a.txt", "txt", [Block("Michael har 1 time om ugen og skriver til mi1@x.dk")])
    assert repair_ocr(doc) is doc


@pytest.mark.parametrize("title", ["Referat af opfølgningsmøde", "Faktura", "Statusrapport fra mentor",
                                   "Stillingsopslag: mentor", "Rammeaftale om levering af mentorydelser",
                                   "Kvalitetsaudit af mentoraftaler", "Resumé af principmeddelelse 36-19",
                                   "Projektbeskrivelse: Mentor i Front"])
def test_documents_of_other_types_are_unknown_with_every_field(make_doc, lint, title):
    doc = make_doc(("h", title), *FIELDS)
    assert lint(doc) == ("unknown", [])


def test_a_private_programmes_mentoraftale_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – FC Egebjerg U17"), "Mål: Simon kommer til træning.",
                   "Mentor: Peter Ali, frivillig træner, tlf. 79 46 05 27", "Omfang: 1 time om ugen efter træning.")
    assert lint(doc) == ("unknown", [])


def test_a_page_about_agreements_in_general_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – hvad skal den indeholde?"),
                   "Aftalen skal som minimum indeholde målet, mentorens navn og kontaktdata, opgaverne, "
                   "varigheden, opfølgningen og timetallet.", "Du kan klage over afgørelsen inden 4 uger.")
    assert lint(doc) == ("unknown", [])


def test_an_email_about_a_meeting_is_unknown(make_doc, lint):
    doc = make_doc("Fra: karen@kommune.dk", ("h", "Møde om din mentoraftale"),
                   "Hej Ali, vi mødes med Sara torsdag den 12. marts kl. 10 for at tale om aftalen.", fmt="eml")
    assert lint(doc) == ("unknown", [])


def test_the_explanation_names_the_cue_for_a_field_found_by_value_shape(make_doc, pack):
    doc = agreement_with(make_doc, {"Opgaver": "Trin i forløbet | 1. Hjælpe med lektier; 2. Følge med til "
                                               "møder; 3. Ringe om morgenen"})
    analysis = analyze_fields(doc, pack)
    assert analysis.fields["tasks"].state == "present"


@pytest.mark.parametrize("mentor", ["Mentor: Jonas Skov, tlf. 25 22-27 10",
                                    "Mentor: Kasper Bach. Du kan ringe på 70/46 22 62",
                                    "Mentor: Louise Dam, mail: lodamæskovlunde.dk",
                                    "Mentor: Jonas Skov, e-mail joskoæ&ækaerslev.dk",
                                    "Mentor: Tariq Mansour', Fremad Socialøkonomisk Virksomhed; Tlf.\" 61 48 30",
                                    "Mentor: Henrik Madsen, Dansk Stålmontage A/S. Træffes på 24 45 96\" 30"])
def test_ocr_damaged_contact_details_still_count_as_contact(make_doc, lint, mentor):
    doc = agreement_with(make_doc, {"Mentor": mentor})
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_period_with_a_scans_specks_after_a_colon_is_still_the_period(make_doc, lint):
    doc = agreement_with(make_doc, {"Periode": "Bevilget periode: 1/5-2025 — 31/7-2025:-"})
    assert "missing-duration" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("hours", ["Timetal: 5 tuge", "Timetal: 5 t/uge"])
def test_hours_whose_slash_ocr_lost_are_still_hours(make_doc, lint, hours):
    doc = agreement_with(make_doc, {"Timetal": hours})
    assert "missing-hours" not in rules_of(lint(doc)[1])


def _letter_with_signature_rows(make_doc, mentor_sentence):
    return make_doc(("h", "Mentoraftale"),
                    "Målet med mentorstøtten er: Du er i job som lagermedarbejder senest 1. august 2026.",
                    mentor_sentence,
                    "Mentoren skal hjælpe dig med følgende: transport til arbejdet og en fast ugeplan.",
                    "Aftalen gælder 01.02.2026 til og med 31.07.2026.",
                    "Der følges op hver anden uge ved et møde mellem mentor og sagsbehandler.",
                    "Du får mentorstøtte i omfanget: 2 timer pr. uge.", ("h", "Klagevejledning"), KLAGE,
                    ("r", "Borger", "Dato:", "Underskrift:"), ("r", "Mentor", "Dato:", "Underskrift:"))


def test_a_signature_row_for_the_mentor_is_not_an_empty_mentor_field(make_doc, lint):
    doc = _letter_with_signature_rows(make_doc, "Din mentor er Line Dahl, Fodfæste I/S, tlf. 95 29 38 42.")
    assert lint(doc) == ("agreement", [])


def test_a_letter_without_a_mentor_is_still_caught_beside_signature_rows(make_doc, lint):
    doc = _letter_with_signature_rows(make_doc, "Du får en mentor fra kommunens mentorkorps.")
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_a_mentor_stated_in_prose_fills_an_empty_mentor_label(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Mentor", ""),
                   ("r", "Mål", "Du er i job som lagermedarbejder senest 1. august 2026."),
                   ("r", "Opgaver", "Transport til arbejdet og en fast ugeplan."),
                   ("r", "Periode", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"),
                   ("r", "Opfølgning", "Møde hver anden uge mellem mentor og sagsbehandler."),
                   "Din mentor bliver Line Dahl, Fodfæste I/S, tlf. 95 29 38 42.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("team", ["Ungeindsatsen", "Beskæftigelsesindsatsen"])
def test_a_team_named_for_an_indsats_is_not_a_tasks_label(pack, team):
    assert compile_pack(pack).fields.classify_label(team) != (frozenset({"tasks"}), "field")


def test_a_goal_written_as_an_activity_for_the_citizen_is_an_unclear_goal_not_a_label(agreement, lint):
    doc = agreement("headings", {"goal": "Motivere borgeren"})
    assert rules_of(lint(doc)[1]) == {"unclear-goal"}


def test_a_label_that_says_what_it_asks_for_after_a_dash_takes_the_value_below(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("h", "Mål"), "Du er i job som lagermedarbejder senest 1. august 2026.",
                   "Mentor – navn, tlf. og mail", "Tina Rasmussen, mobil 83 55 47 10, tina@mentorhuset.dk",
                   ("h", "Opgaver"), "Transport til arbejdet og en fast ugeplan.",
                   ("h", "Periode"), "01.02.2026 - 31.07.2026", ("h", "Timetal"), "2 timer pr. uge",
                   ("h", "Opfølgning"), "Møde hver anden uge mellem mentor og sagsbehandler.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_sentence_listing_what_an_agreement_holds_states_none_of_it(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Aftalen beskriver målet, mentorens opgaver, varigheden, opfølgningen og timetallet.")
    assert analyze_fields(doc, pack).fields["follow_up"].state == "absent"


def test_tasks_in_a_letter_with_the_mentor_by_first_name_as_subject(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Kære Susanne",
                   "Målet er, at du færdiggør 2. semester af sygeplejerskeuddannelsen på UCL.",
                   "Din mentor bliver Birgitte Andersen fra Nordlys, tlf. 83 74 88 93.",
                   "I første omgang skal Birgitte finde og kontakte mulige praktiksteder og ringe til dig om morgenen.",
                   "Støtten gives fra 1/11-25 til 30/4-26. Mentor har en time om ugen til dig.",
                   "Vi følger op ved en samtale hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("tasks", ["Konkret kommer din mentor til at ringe til dig om morgenen og tage kontakt til din studievejleder.",
                                   "Din mentor kommer til at ringe til dig om morgenen og tage kontakt til din studievejleder.",
                                   "Derfor skal din mentor ringe til dig om morgenen og tage kontakt til din studievejleder."])
def test_tasks_in_a_sentence_where_the_mentor_comes_to_do_them(make_doc, lint, tasks):
    doc = make_doc(("h", "Mentoraftale"), "Kære Kasper",
                   "Målet er, at du er i virksomhedspraktik hos Cafe Solsikken 15 timer om ugen senest 16. oktober 2026.",
                   "Din mentor er Lise Friis, som du kan kontakte på 39 23 26 74.", tasks,
                   "Støtten gives fra 1/7-26 til 31/12-26. Mentor har en time om ugen til dig.",
                   "Vi følger op ved en samtale hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("follow_up, missing", [("Vi mødes igen: Vi tager det, som det kommer.", True),
                                                ("Vi mødes igen: hver 4. uge hos jobcentret.", False)])
def test_when_we_meet_again_is_the_follow_ups_label(make_doc, lint, follow_up, missing):
    doc = agreement_with(make_doc, {"Opfølgning": follow_up})
    assert ("missing-follow-up" in rules_of(lint(doc)[1])) == missing


def test_a_three_cell_row_labelled_mentor_gives_the_mentor_in_its_cells(make_doc, lint):
    doc = make_doc(("h", "AFTALE OM MENTORSTØTTE"),
                   ("r", "Mentor", "Kontaktoplysninger\nMentortype",
                    "Navn Mikkel Rasmussen Firma Broen Mentor & Coaching Telefon 80 92 27 21 Tilbudsmentor"),
                   ("r", "Mål", "Ahmed fastholder sin plads på EUD-grundforløbet (GF1) og har højst to fraværsdage om måneden."),
                   ("r", "Mentorens opgaver", "Hjælpe Ahmed med at få overblik over økonomien"),
                   ("r", "Periode", "2.4.2026 - 1.10.2026"), ("r", "Timer pr. uge", "halvanden time pr. uge"),
                   ("r", "Opfølgning", "Statusmøde hver måned."), ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_tasks_in_a_journal_note_after_an_abbreviation_are_read_to_the_sentences_end(make_doc, lint):
    doc = make_doc(("h", "Samtalenotat"), "Dato: 2026-09-23 Borger: Ahmed Larsen Sagsbehandler: Tina Holm",
                   "Fællesmøde afholdt hos Broen Mentor. Mål: Ahmed starter på EUD i januar 2027. Mentor bliver Jonas "
                   "Møller fra Broen Mentor (tlf. 7726 3733). Aftalt at mentor hjælper hhv. med skema/lektier og med at "
                   "holde aftaler med egen læge. Timetal: tre timer/uge. Mentorstøtten er bevilget fra den 1. oktober "
                   "2026 og 6 måneder frem. Opf. m. mentor og borger ca. hver md.")
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_label_over_nothing_is_not_answered_by_the_appeal_heading_below_it(make_doc, lint):
    doc = make_doc(HEAD, GOAL, MENTOR, TASKS, PERIOD, HOURS, "Evaluering", ("h", "Er du ikke enig?"), KLAGE)
    assert "missing-follow-up" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("signature", [["Peter Kjær\nMentor og coach, Balance – mentor og coaching"],
                                       ["Peter Kjær", "Mentor og coach, Balance – mentor og coaching"]])
def test_a_mentors_letter_signed_without_a_closing_names_the_mentor(make_doc, lint, signature):
    doc = make_doc(("h", "Aftale om mentorforløb"),
                   "Mellem Julie Andersen og Peter Kjær, Balance – mentor og coaching, på vegne af Ringsted Kommune.",
                   GOAL, TASKS, PERIOD, HOURS, FOLLOW, "Du kan altid få fat i mig på 24 40 26 12 (hverdage 8-16).",
                   APPEAL, "Ringsted 21/10 2025", *signature, "Balance – mentor og coaching · Torvet 3 · CVR 41 88 20 17")
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_lead_in_without_a_colon_over_a_list_gives_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Mentor Support Agreement"), "Name: Kenneth Thorsen",
                   "Goal of the mentor support: Kenneth completes the FVU course step 2 at VUC by 15 July 2026.",
                   "Mentor: Kasper Nørgaard, Jobhuset Vest, phone 44 92 90 66", "The mentor will help you with",
                   ("l", "Go with you to the work placement for the first two weeks"),
                   ("l", "Help you plan the week and read your Digital Post"),
                   "Period: 15 May 2026 – 14 November 2026", "Hours: 2 hours per week",
                   "Follow-up: We follow up every month at the jobcentre.", ("h", "How to appeal"), KLAGE)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_merged_labels_typed_by_hand_give_the_goal_the_mentor_and_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Mål m. mentor: Laura fastholder sit job i Brugsen (15 t/uge) og har under 1 sygedag om måneden",
                   "Mentor + opgaver: Bo Winther, Værkstedet Ø, tlf 2145 9090 - skal støtte ift. kontakt til "
                   "arbejdsgiver, hjælpe med at læse post fra e-boks", PERIOD, HOURS, FOLLOW, APPEAL)
    assert lint(doc) == ("agreement", [])


def test_a_hand_typed_label_with_a_plus_starts_its_own_line_in_a_text_file(tmp_path):
    from mentordocs.lint.readers import read_document
    path = tmp_path / "aftale.txt"
    path.write_text("Mål m. mentor: Laura fastholder sit job i Brugsen\nMentor + opgaver: Bo Winther, tlf 2145 9090\n",
                    encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["Mål m. mentor: Laura fastholder sit job i Brugsen",
                                                             "Mentor + opgaver: Bo Winther, tlf 2145 9090"]


def test_the_former_mentors_contact_data_do_not_make_a_new_mentor_complete(make_doc, lint):
    doc = agreement_with(make_doc, {"Mentor": "Mentor (ny): Ny mentor findes hurtigst muligt",
                                    "Tidligere mentor": "Tidligere mentor: Birgitte Vang, Mentorteamet, tlf. 96 78 18 56 (fratrådt)."})
    assert "missing-mentor" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("title", ["Your mentor agreement", "Your mentoring agreement"])
def test_an_english_title_naming_the_mentor_agreement_is_not_the_mentors_label(vocab, title):
    found = vocab.classify_label(title)
    assert found is None or "mentor" not in found[0]


def test_a_sentence_about_contacting_the_mentor_is_not_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Målet er, at du færdiggør 2. semester af sygeplejerskeuddannelsen på UCL.",
                   "Din mentor er Lise Friis, som du kan kontakte på 39 23 26 74.",
                   "Støtten gives fra 1/11-25 til 30/4-26. Mentor har en time om ugen til dig.",
                   "Vi følger op ved en samtale hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


@pytest.mark.parametrize("hours", ["Der er afsat 24 mentortimer i perioden.", "Mentor har 2-3 timer pr. uge til dig."])
def test_hours_stated_in_a_letter_sentence(make_doc, lint, hours):
    doc = make_doc(("h", "Din aftale om mentor"), "Kære Pernille",
                   "Målet er, at du bliver optaget på HF-enkeltfag på HF & VUC til august.",
                   "Louise Nørgaard er din mentor – tlf. 39 23 31 12.",
                   "Mentors opgave bliver at hjælpe dig med lektier og at følge dig til vejlederen.",
                   f"Aftalen gælder fra 1. nov. 2025 til 30. apr. 2026. {hours}",
                   "Vi følger op ved et møde hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_the_citizens_working_hours_in_a_letter_are_not_the_mentors(make_doc, lint):
    doc = make_doc(("h", "Din aftale om mentor"),
                   "Målet er, at du arbejder 25 timer om ugen som lagermedarbejder senest 1. august 2026.",
                   "Louise Nørgaard er din mentor – tlf. 39 23 31 12.",
                   "Mentors opgave bliver at hjælpe dig med transporten.",
                   "Aftalen gælder fra 1. feb. 2026 til 31. jul. 2026.",
                   "Vi følger op ved et møde hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


def test_a_letter_after_appeal_guidance_in_the_page_header_is_read_for_its_fields(make_doc, lint):
    doc = make_doc("Klagevejledning: Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire "
                   "uger. Kommunen genvurderer sin afgørelse og sender klagen videre til Ankestyrelsen.",
                   "Peter Møller\nBorgervej 62",
                   "Kære Peter. Du får mentorstøtte, og målet med støtten er fastholdelse i fleksjob som "
                   "kantinemedhjælper hos Møllers Kantine. Nedenfor står, hvad vi har aftalt.",
                   "Din mentor: Rasmus Thygesen, tlf. 47 34 59 89",
                   "Støtten består i: Mentor ledsager dig de første uger og hjælper med transporten.",
                   "Bevilget i perioden: f.o.m. 1. august 2026 t.o.m. 31. oktober 2026",
                   "Opfølgning: Delmål gennemgås ved en opfølgningssamtale hver 6. uge.",
                   "Timeantal: 2 timer pr. uge")
    assert lint(doc) == ("agreement", [])


def test_hours_chosen_in_check_box_lines_under_their_heading(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Mål", "Du er i job som lagermedarbejder senest 1. august 2026."),
                   ("r", "Mentor", "Rasmus Thygesen, tlf. 47 34 59 89"),
                   ("r", "Opgaver", "Transport til arbejdet og en fast ugeplan."),
                   ("r", "Periode", "01.02.2026 - 31.07.2026"),
                   ("r", "Opfølgning", "Møde hver anden uge mellem mentor og sagsbehandler."),
                   ("h", "Hvor meget tid (sæt kryds)"), "☒ Niveau 1: 0-1 time pr. uge", "☐ Niveau 2: 1-2 timer pr. uge",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_appeal_guidance_over_two_paragraphs_of_a_letter(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Mål", "Du er i job som lagermedarbejder senest 1. august 2026."),
                   ("r", "Mentor", "Rasmus Thygesen, tlf. 47 34 59 89"),
                   ("r", "Opgaver", "Transport til arbejdet og en fast ugeplan."),
                   ("r", "Periode", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"),
                   ("r", "Opfølgning", "Møde hver anden uge mellem mentor og sagsbehandler."),
                   "Er du uenig, så kontakt os senest fire uger efter, at du har fået brevet",
                   ("l", "ring eller skriv til os. Vi ser på sagen igen, og giver vi dig ikke medhold, sender vi "
                         "din klage til Ankestyrelsen."))
    assert lint(doc) == ("agreement", [])


def test_a_speck_beside_a_scanned_heading_is_not_its_value(make_doc, pack):
    doc = make_doc(("r", "Målet med mentorstøtten", "É"),
                   "Jonas gennemfører sin virksomhedspraktik som lagermedarbejder hos Helsinge Tømmerhandel.")
    assert analyze_fields(doc, pack).fields["goal"].state == "present"


def test_a_numbered_heading_with_a_stray_full_stop_is_still_a_label(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("l", "6. Timetal."), "Mentorstøtten er på 2 timer pr. uge.")
    status = analyze_fields(doc, pack).fields["hours"]
    assert status.state == "present" and status.sections and status.sections[0].label == "Timetal"


def test_a_lead_in_with_the_mentors_first_name_and_no_colon_is_the_tasks_label(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Mål", "Du færdiggør 2. semester af sygeplejerskeuddannelsen på UCL.",
                   "Tilknyttet mentor", "Navn: Camilla Ibsen", "Telefon: 28 75 49 42",
                   "Camilla skal hjælpe dig med", ("l", "Hjælpe dig med at læse breve fra kommunen"),
                   ("l", "Øve turen med bus til og fra skolen"),
                   "Periode", "01.06.2025 - 30.11.2025", "Opfølgning", "Samtale hver anden måned om delmålene.",
                   "Antal timer", "to timer ugentligt", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


def test_tasks_of_a_mentor_with_a_two_letter_name_listed_far_after_the_modal(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentor"), "Hej Helle",
                   "Målet er fastholdelse af løntilskudsjobbet hos Dagli'Brugsen.",
                   "I første omgang skal Bo være bindeled mellem dig og din leder, hvis der opstår problemer, "
                   "ringe eller skrive til dig om morgenen.",
                   "Bo Hansen er din mentor – tlf. 62 00 32 37.", "Mentor har 2-3 timer pr. uge til dig.",
                   "Forløbet løber f.o.m. 2.2.2025 t.o.m. 1.6.2025. Vi følger op ved en samtale hver måned.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("label, field", [("Ment.", "mentor"), ("Opg.", "tasks"), ("Per.", "duration"),
                                          ("Klagevejl.", "appeal_guidance"), ("Bgr.", "reasons"),
                                          ("Mentors opg.", "tasks"), ("Aftalens varigh.", "duration")])
def test_a_label_word_cut_short_with_a_full_stop_is_read_as_the_word(vocab, label, field):
    found = vocab.classify_label(label)
    assert found is not None and field in found[0]


def test_a_full_stop_before_a_capital_ends_a_sentence_and_cuts_no_word_short(vocab):
    found = vocab.classify_label("uddannelse. Støtten")
    assert found is None or not found[0]


def test_a_first_name_with_the_surnames_initial_names_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Mål: Maja er i virksomhedspraktik hos Bilka 20 t/uge senest 1/5-26.",
                   "Ment.: Charlotte B., Jobhuset, 55354490")
    _, findings = lint(doc)
    assert "missing-mentor" not in rules_of(findings)


def test_zero_width_spaces_and_soft_hyphens_inside_words_are_not_text(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Mål: Mikkel kommer i pr\u200baktik i Netto 15 t/ugen inden 1/6-26.",
                   "Mentor: Birgitte Pedersen, Kompasset, tlf. 81\u200b36 45 75",
                   "Opgaver: hjælpe med at holde styr på post og e-boks", "Periode: 4.1.2026 - 3.4.2026",
                   "Timetal: 2 timer pr. uge", "Opfølgning: status hver 3. uge",
                   "Klagevejledning: Du kan klage til kom\u00admunen inden 4 uger. Kommunen genvurderer afgørelsen; "
                   "fastholder vi den, sender vi klagen til Ankestyrelsen.")
    _, findings = lint(doc)
    assert findings == []


def test_a_form_typed_without_colons_is_read_by_its_leading_labels(make_doc, lint):
    doc = make_doc("mentor aftale", "Deltager Emil Jakobsen", "Formål Emil er i virksomhedspraktik i Netto senest 1/6-26",
                   "Mentorns navn Bo Hvid, tlf 2926 1170", "Mentor opgave ringe Emil op om morgenen mandag + onsdag",
                   "varrighed 1.3.2026 - 31.7.2026", "Timetal 6 timer pr. uge", "Opfølgning tlf hver 2. uge",
                   ("h", "Klagevejledning"), "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer "
                   "afgørelsen; fastholder vi den, sender vi klagen til Ankestyrelsen.")
    _, findings = lint(doc)
    assert findings == []


def test_a_letters_sentence_that_opens_with_a_field_word_keeps_its_verb(make_doc, lint):
    labels = ["Mål: Emil er i virksomhedspraktik i Netto senest 1/6-26.", "Mentor: Bo Hvid, tlf 2926 1170",
              "Periode: 1.3.2026 - 31.7.2026", "Timetal: 6 timer pr. uge"]
    doc = make_doc(("h", "Mentoraftale"), *labels, "Opfølgning sker hver måned med din sagsbehandler.",
                   "Mentoren hjælper dig med at komme op om morgenen.")
    analysis = lint(doc)
    assert "missing-follow-up" not in rules_of(analysis[1]) and "missing-tasks" not in rules_of(analysis[1])


@pytest.mark.parametrize("label, field", [("Menotr", "mentor"), ("Mentor opgave", "tasks"), ("Opfoelgning", "follow_up")])
def test_typists_labels_are_read_as_the_field(vocab, label, field):
    assert vocab.classify_label(label) == (frozenset({field}), "field")


@pytest.mark.parametrize("label", ["Mentoren skal i perioden:", "Mentoren skal i hele perioden"])
def test_the_mentor_with_a_modal_verb_leads_in_the_tasks_whatever_follows(vocab, label):
    assert vocab.classify_label(label) == (frozenset({"tasks"}), "field")


def test_a_label_naming_the_mentor_and_the_tasks_keeps_both(vocab):
    assert vocab.classify_label("Mentorens navn og opgaver") == (frozenset({"mentor", "tasks"}), "field")


@pytest.mark.parametrize("label", ["Malene skal bl.a. tage sig af:", "Malene skal hjælpe med:"])
def test_a_first_name_a_modal_and_a_task_verb_lead_in_the_tasks_even_when_the_name_folds_to_a_field_word(vocab, label):
    assert vocab.classify_label(label) == (frozenset({"tasks"}), "field")


def test_a_dated_range_run_into_another_fields_section_is_the_period(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Mål: Sabrina gennemfører 10. klasse på FGU og søger EUD senest 1/1-27.",
                   "Mentor: Kim Østergaard, tlf. 76 35 00 14",
                   "Opgaver: hjælpe med CV og ansøgninger og støtte til at komme op om morgenen "
                   "tidsrum: 1. maj 2026 – 31. oktober 2026", "Timetal: 1½ time ugentlig",
                   "Opfølgning: midtvejsevaluering i uge 32", ("h", "Klagevejledning"),
                   "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen; fastholder vi den, "
                   "sender vi klagen til Ankestyrelsen.")
    _, findings = lint(doc)
    assert "missing-duration" not in rules_of(findings)


def test_a_contact_table_with_one_column_per_party_gives_the_mentor_their_column(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentor"), ("r", "", "Borger", "Mentor (medarbejder)", "Arbejdsgiver"),
                   ("r", "Navn", "Mette Bech", "Tobias Thomsen", "Vestjysk Stål ApS, v/ Amina Yilmaz"),
                   ("r", "Telefon", "55 96 94 34", "33 25 29 72", "98 65 51 38"),
                   ("r", "E-mail", "", "tthomsen@vestjyskstaal.dk", "ayilmaz@vestjyskstaal.dk"))
    _, findings = lint(doc)
    assert "missing-mentor" not in rules_of(findings)


def test_a_mentor_column_without_contact_does_not_borrow_the_employers(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentor"), ("r", "", "Borger", "Mentor (medarbejder)", "Arbejdsgiver"),
                   ("r", "Navn", "Dorthe Sørensen", "Mohammed Abdi", "Nordlys Rengøring A/S, v/ Dorthe Bech"),
                   ("r", "Telefon", "61 94 59 47", "", "87 77 38 40 (hovednummer)"))
    _, findings = lint(doc)
    assert "missing-mentor" in rules_of(findings)


def test_the_mentors_role_is_the_tasks_and_a_bare_role_column_is_not(vocab):
    assert vocab.classify_label("3. Mentors rolle") == (frozenset({"tasks"}), "field")
    assert vocab.classify_label("Rolle") != (frozenset({"tasks"}), "field")


def test_a_pointer_to_terms_below_is_no_value_of_its_own(vocab):
    from mentordocs.lint.text import fold
    assert vocab.cross_reference_re.match(fold("Se vilkår nedenfor"))


@pytest.mark.parametrize("value", ["Beskriv målet med mentorstøtten (job eller uddannelse).", "Angiv målet",
                                   "Indsæt mål her"])
def test_a_templates_own_prompt_left_in_is_an_empty_goal(make_doc, lint, value):
    doc = agreement_with(make_doc, {"Mål": f"Mål: {value}"})
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_mentor_left_as_the_templates_nn_has_no_name(make_doc, lint):
    doc = agreement_with(make_doc, {"Mentor": "Mentor: NN, tlf. 22 33 44 55"})
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_pointer_to_a_bilag_the_document_does_not_hold_is_an_empty_field(make_doc, lint):
    doc = agreement_with(make_doc, {"Opgaver": "Opgaver: Se vedlagte bilag 2."})
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_a_pointer_to_a_bilag_the_document_holds_reads_the_bilag(make_doc, lint):
    doc = agreement_with(make_doc, {"Opgaver": "Opgaver: Se vedlagte bilag 2.",
                                    "Bilag": [("h", "Bilag 2: Mentorens opgaver"),
                                              "Hjælpe med at planlægge ugen og følge Ali til studievejlederen."]})
    assert "missing-tasks" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("label,field", [("Kontakt person", "mentor"), ("Klage adgang", "appeal_guidance")])
def test_a_compound_label_written_open_is_read_as_the_compound(vocab, label, field):
    assert vocab.classify_label(label) == (frozenset({field}), "field")


@pytest.mark.parametrize("value", ["Kim på 29 48 50 04", "Birgitte på 7866 4338"])
def test_a_first_name_before_a_phone_number_names_the_mentor(make_doc, lint, value):
    doc = agreement_with(make_doc, {"Mentor": f"Mentor: {value}"})
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_an_imperative_before_a_phone_number_is_no_name(make_doc, lint):
    doc = agreement_with(make_doc, {"Mentor": "Mentor: Ring på 48 20 60 11"})
    assert "missing-mentor" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("damaged,repaired", [
    ("Støtten gives f.0.m. 1.8.2024 t.0o.m. 28.2.2025", "Støtten gives f.o.m. 1.8.2024 t.o.m. 28.2.2025"),
    ("Periode f,0.m.15.01.2026", "Periode f.o.m.15.01.2026"),
    ("I mødes 1% time om ugen, 50 % af tiden", "I mødes 1½ time om ugen, 50 % af tiden"),
])
def test_ocr_marks_no_text_means_are_repaired_in_any_document(damaged, repaired):
    doc = ExtractedDocument("a.pdf", "pdf", [Block(damaged)])
    assert repair_ocr(doc).blocks[0].text == repaired


def test_a_quote_a_scan_left_before_a_label_does_not_hide_it(vocab):
    assert vocab.classify_label('"1. Formål med mentorstøtten') == (frozenset({"goal"}), "field")


@pytest.mark.parametrize("label", ["Din kontaktperson i kommunen", "Din kontaktp erson i kommunen"])
def test_the_municipalitys_contact_person_is_no_label_of_the_mentor(vocab, label):
    assert vocab.classify_label(label) == (frozenset(), "other")


@pytest.mark.parametrize(("label", "field"), [("1. Formålmed mentorstøtten (mål og delmål)", "goal"),
                                              ("3; Mentorens opgaver", "tasks")])
def test_a_label_a_scan_glued_or_misnumbered_is_still_read(vocab, label, field):
    assert vocab.classify_label(label) == (frozenset({field}), "field")


def test_a_phone_number_after_a_doubled_point_is_contact_data(vocab):
    from mentordocs.lint.values import has_contact

    assert has_contact("Jesper Nørgaard Tlf..41 78 28 21", vocab)


@pytest.mark.parametrize("text", ["Havnens Mentorteam ApS, CVR 42 19 03 77", "CVR-nr.: 42190377"])
def test_a_firms_registration_number_is_no_phone(vocab, text):
    from mentordocs.lint.values import has_contact

    assert not has_contact(text, vocab)


def test_a_who_does_what_row_naming_the_mentor_as_a_party_names_no_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb (LAB § 167)"),
                   "Mål: Amalie gennemfører virksomhedspraktik hos Dagrofa Lager 4 dage om ugen.",
                   "Forløbets varighed: 1/5-2026 - 31/10-2026", "Timer: 5 timer pr. uge", ("h", "Hvem gør hvad"),
                   ("r", "Opgave", "Ansvarlig", "Hvornår"),
                   ("r", "Samtaler om fremmøde, transport og aftaler", "Mentor", "Løbende i forløbet"),
                   ("r", "Følges med Amalie til praktikstedet de første to uger", "Mentor", "Løbende i forløbet"),
                   ("r", "Sende ugeplanen til teamet på ugeplan@havnen.dk", "Mentor", "Hver fredag"),
                   ("r", "Statusmøde om progression på delmålene", "Mentor og sagsbehandler", "Hver 2. måned"),
                   ("h", "Klagevejledning"), KLAGE)
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_tasks_of_the_citizen_and_the_jobcentre_in_a_who_does_what_table_are_not_the_mentors(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb (LAB § 167)"),
                   "Mål: Mikkel gennemfører grundforløbet på EUC med under 10 % fravær.",
                   "Mentor: Hanne Thomsen, hanne@trinfortrin.dk, tlf. 24 16 84 56",
                   "Forløbets varighed: 16. marts 2026 til og med 15. juni 2026", "Timer: 3 timer om ugen",
                   ("h", "Hvem gør hvad"), ("r", "Opgave", "Ansvarlig", "Hvornår"),
                   ("r", "Møde op på skolen og melde fravær", "Mikkel", "Hver dag"),
                   ("r", "Bevilling og betaling af mentorstøtten", "Jobcenter Billund", "Ved opstart"),
                   ("r", "Statusmøde og evaluering af progressionen", "Alle tre parter", "Hver 2. måned"),
                   ("h", "Klagevejledning"), KLAGE)
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_the_last_word_of_a_sentence_wrapped_onto_a_line_of_its_own_is_no_label(vocab):
    from mentordocs.lint.candidates import classify_block
    from mentordocs.lint.model import Block, BlockKind

    assert all(not unit.fields for unit in classify_block(Block(text="slutter.", kind=BlockKind.PARAGRAPH), vocab))


def test_an_appeal_deadline_a_scan_misread_is_still_a_deadline(vocab):
    from mentordocs.lint.values import appeal_parts

    assert appeal_parts("Klagen skal være modtaget af kommunen senest flre uger efter, at du fik besked.", vocab) \
        == (True, True)


def test_a_short_bracket_is_a_placeholder_and_a_long_one_is_content(vocab):
    assert vocab.is_placeholder("[indsæt tekst]")
    assert not vocab.is_placeholder("[hjælp til transporten til skolen, lektier og kontakten til studievejlederen hver uge]")


def test_appeal_guidance_written_as_questions_and_answers_names_the_deadline(vocab):
    from mentordocs.lint.values import appeal_parts

    text = ("Ja. Du kan klage, hvis du er uenig i afgørelsen.\nHvornår? Inden 4 uger efter, at du har fået brevet.\n"
            "Hvor? Send din klage til Egeskov Kommune.")
    assert appeal_parts(text, vocab) == (True, True)


@pytest.mark.parametrize("label", ["Hvor vil du være, når forløbet slutter?", "Det vi arbejder hen imod:"])
def test_where_the_citizen_will_be_when_the_support_ends_asks_for_the_goal(vocab, label):
    assert vocab.classify_label(label) == (frozenset({"goal"}), "field")


def test_a_label_with_the_mentor_as_its_subject_names_the_field_it_is_about(vocab):
    assert vocab.classify_label("1.5 Mentoren har afsat følgende tid:") == (frozenset({"hours"}), "field")


def test_a_heading_that_names_the_plans_activity_is_no_label_of_the_mentor(vocab):
    from mentordocs.lint.candidates import classify_block
    from mentordocs.lint.model import Block, BlockKind

    units = classify_block(Block(text="Din plan – aktivitet: Mentor", kind=BlockKind.HEADING, level=1), vocab)
    assert all(not unit.fields for unit in units)


def test_a_label_beside_a_value_that_opens_with_a_task_verb_is_no_header_row(vocab):
    from mentordocs.lint.candidates import is_header_row

    assert not is_header_row(["Mentorens opgaver", "Være bindeled til kontaktpersonen på"], vocab)


def test_an_english_mentor_support_is_the_support_not_a_task(vocab):
    assert vocab.classify_label("Your mentor support") != (frozenset({"tasks"}), "field")


def test_a_header_row_of_field_labels_stays_a_header_row(vocab):
    from mentordocs.lint.candidates import is_header_row

    assert is_header_row(["Varighed", "Opfølgning og progression", "Omfang"], vocab)
