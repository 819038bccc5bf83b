"""Field finding in shorthand notes, plain-language pages with a translation beside them, text an
indexer ran into one paragraph, and the citizen's wider plans: the families that independent
writers found weak in session 20 (docs/evaluation.md), each written as the class it stands for."""

from __future__ import annotations

import pytest

from mentordocs.lint.analyze import analyze_fields, compile_pack
from mentordocs.lint.readers import read_bytes

from .analysis_builders import KLAGE, rules_of


def _analysis(doc, pack):
    return analyze_fields(doc, pack)


def _txt(text: str, name: str = "note.txt"):
    return read_bytes(text.encode("utf-8"), name)


# --- caseworker shorthand ---------------------------------------------------------------------------

_NOTE = ("Notat 11/2-26 (aftale om mentorstøtte)\n"
         "Mål: borger i praktik i genbrugsbutik inden 1/6-26. Mentor: Anja Lodberg, tlf. 30 65 21 08. "
         "{tasks} 16/2-26 – 15/8-26. {hours} Opf.: evaluering hver md.\n")


def test_a_shorthand_label_cut_short_after_a_sentence_names_its_field(pack):
    doc = _txt(_NOTE.format(tasks="Opg.: hjælp m. lægebesøg + fremmøde.", hours="1 t/uge."))
    assert _analysis(doc, pack).fields["tasks"].state == "present"


def test_a_fragment_that_is_only_the_hours_states_them(pack):
    doc = _txt("Notat 11/2-26 (aftale) – ret- og pligtmentor, aktivitetsparat kontanthj.\n"
               "Mål: deltager i virksomhedsrettet tilbud (praktik, genbrugsbutik) inden 1/6-26. Mentor: Anja Lodberg, "
               "30 65 21 08. Opg.: kontakt min. hver anden uge (møde/tlf.), hjælp m. lægebesøg + fremmøde. "
               "16/2-26 – 15/8-26. 1 t/uge. Opf.: evaluering hver md. + 14 dg. før ophør.\n")
    assert _analysis(doc, pack).fields["hours"].state == "present"


def test_a_lower_case_label_after_a_notes_separator_names_its_field(pack):
    doc = _txt("Min Plan – Mentor (§ 167): mål: optag på SOSU-hjælperuddannelsen feb. 27 · mentor Gitte Hald, "
               "25 60 14 89 · opg.: hjælp m. ansøgning, ugl. samtale · 14.9.26–13.3.27 · 1,5 t/uge\n")
    fields = _analysis(doc, pack).fields
    assert (fields["goal"].state, fields["tasks"].state) == ("present", "present")


@pytest.mark.parametrize("code", ["Felt 1", "Pkt. 1", "Rubrik 1"])
def test_a_forms_field_number_before_the_label_is_no_part_of_it(pack, code):
    assert compile_pack(pack).fields.classify_label(f"{code} Mål") == (frozenset({"goal"}), "field")


def test_a_second_field_joined_on_in_shorthand_is_named_too(pack):
    found = compile_pack(pack).fields.classify_label("Varighed og opf.")
    assert found == (frozenset({"duration", "follow_up"}), "field")


def test_the_mentor_helping_with_in_shorthand_names_the_tasks(make_doc, pack):
    doc = make_doc(("h", "Møde 29/9 – aftale om mentor"), "Aftalt:\n– mål: Yusuf består 9.-klasseprøven på VUC juni 27"
                   "\n– mentor: Niels Stær, VUC-mentor, 22 05 71 68\n– mentor hjælper m.: lektieplan, fremmøde, "
                   "kontakt t. lærere\n– 5/10-26 til 4/4-27, 2 t/uge")
    assert _analysis(doc, pack).fields["tasks"].state == "present"


def test_tasks_left_to_agree_in_shorthand_are_a_placeholder(pack):
    assert compile_pack(pack).fields.is_placeholder("aftales nærmere ml. borger og mentor")


def test_a_placeholder_ends_at_a_sentences_end(pack):
    assert not compile_pack(pack).fields.is_placeholder("Aftales senere. Mentor hjælper med cv.")


def test_a_terse_decision_with_its_shorthand_label_is_a_decision(lint):
    doc = _txt("Vejle Kommune, Jobcenter · 28.04.26\nTil: Ida Kristensen\n\n"
               "AFGØRELSE: Du bev. mentor 2 t/uge 1.5.-31.10.26 jf. LAB § 167. Mentor: Vejle Mentorteam.\n\n"
               "Begr.: nødv. for fastholdelse i praktik.\n\nKlagevejl. vedlagt.\n")
    kind, findings = lint(doc)
    assert (kind, "missing-appeal-guidance" in rules_of(findings)) == ("decision", True)


def test_appeal_guidance_on_another_decision_in_shorthand_is_not_the_supports(make_doc, lint):
    doc = make_doc(("h", "Bevilling af mentorstøtte og befordring"), "Til Mads Krog",
                   "Mentor: Bo Hvid, tlf. 29 26 11 70. 1/3-26 – 31/8-26, 2 t/uge (LAB § 167).",
                   "Klage over afg. om befordringsgodtgørelse sendes til kommunen inden 4 uger. Kommunen "
                   "genvurderer; fastholdes afg., sendes den til Ankestyrelsen.")
    assert "missing-appeal-guidance" in rules_of(lint(doc)[1])


def test_a_capital_j_read_as_a_bracket_is_mended(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Mentor: ] esper Friis, Brdr. Friis VVS, tlf. 40 56 18 23")
    assert _analysis(doc, pack).fields["mentor"].value.startswith("Jesper Friis")


def test_an_fgu_track_by_its_acronym_is_an_education_aim(make_doc, lint):
    doc = make_doc(("h", "Min Plan – mentorstøtte"), "Mål: Du gennemfører PGU køkken-niveau 1 og møder 4 dage om ugen.",
                   "Mentor: Bo Hvid, tlf. 29 26 11 70", "Opgaver: vækning om morgenen og ugentlig samtale.",
                   "Periode: 1.8.2026-31.1.2027", "Timer: 3 t/uge")
    assert "unclear-goal" not in rules_of(lint(doc)[1])


# --- plain language and its translation ----------------------------------------------------------------

def _parallel(*rows: tuple[str, str]):
    return (("h", "Aftale om mentorstøtte – letlæst"), "Til: Tobias Vinther",
            *[("r", danish, other) for danish, other in rows])


_DANISH_AND_UKRAINIAN = (
    ("Hvad er dit mål?\nDu gennemfører FVU-dansk trin 2 på VUC og møder op til alle timer.",
     "Твоя мета\nПрочитай датський текст разом із наставником."),
    ("Hvad hjælper mentoren med?\nSøren hjælper dig med at:\n• øve busturen til arbejdet\n• melde fravær",
     "З чим допоможе наставник?\nПрочитай датський текст разом із наставником."),
    ("Hvor mange timer?\nMentoren bruger 5 timer om ugen sammen med dig.",
     "Скільки годин?\nПрочитай датський текст разом із наставником."),
)


@pytest.mark.parametrize("key", ["goal", "tasks", "hours"])
def test_a_page_of_sections_beside_their_translation_is_read_in_its_danish_column(make_doc, pack, key):
    assert _analysis(make_doc(*_parallel(*_DANISH_AND_UKRAINIAN)), pack).fields[key].state == "present"


def test_a_translation_the_pack_can_read_is_left_out_beside_the_danish(make_doc, pack):
    doc = make_doc(*_parallel(
        ("Hvad er målet?\nDu arbejder 12 timer om ugen i kantinen i et fleksjob senest 1. oktober 2026.",
         "Your goal\nRead the Danish text with your mentor."),
        ("Hvor tit ses I?\nDu og din mentor ses 3 timer om ugen.", "How many hours?\nRead the Danish text with your mentor."),
        ("Hvem er din mentor?\nLone Friis, Mentorhuset, tlf. 22 41 87 03", "Who is your mentor?\nLone Friis")))
    assert _analysis(doc, pack).fields["hours"].state == "present"


def test_the_mentor_by_name_helping_you_with_names_the_tasks(pack):
    assert compile_pack(pack).fields.classify_label("Mette hjælper dig med at") == (frozenset({"tasks"}), "field")


def test_a_weekly_time_under_a_heading_about_meeting_states_the_hours(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Din mentor: Mette Brix, tlf. 43 13 61 67",
                   ("h", "Hvornår ses vi?"), "Hver tirsdag kl. 9-11 på biblioteket.")
    assert _analysis(doc, pack).fields["hours"].state == "present"


# --- text that lost its shape ------------------------------------------------------------------------

def test_a_journal_heading_is_no_goal_label(pack):
    assert compile_pack(pack).fields.classify_label("Journal") != (frozenset({"goal"}), "field")


def test_a_file_of_cp1252_lines_around_a_utf8_entry_is_read_line_by_line():
    data = "Målet er job\n".encode("cp1252") + "Hvad hjælper mentoren med: Støtte\n".encode("utf-8")
    assert [b.text for b in read_bytes(data, "note.txt").blocks] == ["Målet er job", "Hvad hjælper mentoren med: Støtte"]


_RUN_ON = ("Udskrift af Min Plan – mentorstøtte Navn: Maja Kjær Status: Aktiv Sidst ændret 29.05.2026 af Simon "
           "Larsen Mål med indsatsen: Maja gennemfører grundforløb 1 på SOSU Syd senest 10/9-2026. Mentor: Zainab "
           "Andersen – 43 61 58 24 Start – slut: 10/6-2026 – 9/12-2026 Timer: 5 timer pr. uge")


def test_a_form_run_into_one_paragraph_ends_a_value_at_the_next_label_of_the_packs_words(make_doc, pack):
    assert _analysis(make_doc(_RUN_ON), pack).fields["goal"].state == "present"


def test_a_letter_run_into_one_paragraph_takes_its_title_from_where_it_starts(make_doc, lint):
    doc = make_doc("Du får mentorstøtte Til: Sofie Pedersen Sagsnr.: 96.91.53-A74-13-26 Dato: 27. maj 2026 Kære Sofie "
                   "Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter LAB § 167 i perioden "
                   "2026-06-01 til 2026-11-30 med 5 timer pr. uge. Din mentor bliver Freja Kristensen fra "
                   "Jobværkstedet. Klagevejledning: Se vedlagte folder. Med venlig hilsen Cecilie Kristensen")
    assert lint(doc)[0] == "decision"


def test_a_dash_under_a_line_that_ends_on_a_date_is_the_ranges_not_a_bullet():
    doc = _txt("Vi har bevilget mentorstøtte i perioden 1. marts 2026\n– 1. september 2026. Din mentor er Thomas Kirk.\n")
    assert all(b.kind.value != "list_item" for b in doc.blocks)


def test_a_rows_bars_keep_it_a_table_row_however_its_cells_are_padded():
    doc = _txt("| Borger        | Emil Nørgaard               |\n| Sagsnr.       | 65.21.87-G01-3200-26        |\n"
               "| Sagsbehandler | Louise Kjær, Viborg Kommune |\n\nPeriode og timer:\n\n"
               "| Periode    |            | Timer   |       |\n"
               "| Fra        | Til        | Pr. uge | I alt |\n|------------|------------|---------|-------|\n"
               "| 01-03-2026 | 31-08-2026 | 3       | 78    |\n")
    assert [b.cells for b in doc.blocks if b.cells and b.cells[0] == "Periode"] == [("Periode", "", "Timer", "")]


# --- the support as one part of the citizen's wider plan -------------------------------------------------

def _sick_leave_plan(title: str, mentor: str):
    return (("h", title), "Navn: Per Thygesen", ("h", "Indsatser i planen"),
            "Fleksjob (LAB kap. 20): varigt fleksjob. Periode 1.5.2026-30.4.2031, 16 timer pr. uge.",
            ("h", "Mentorstøtte"), *mentor)


_MENTOR_PART = ("Formål: Per fastholder sit fleksjob som montør med 16 timer om ugen.",
                "Mentor: Anders Krogh, Næstved Maskinfabrik, tlf. 55 72 10 91",
                "Opgaver: introducere Per til opgaverne og tale med ham hver fredag.",
                "Bevilget i perioden: 1/5-2026 til 31/10-2026", "Timer: 1,5 time pr. uge")


@pytest.mark.parametrize("title", ["Opfølgningsplan efter sygedagpengelovens § 12",
                                   "Plan for tilbagevenden til arbejde (opfølgningsplan)"])
def test_the_sick_listed_citizens_follow_up_plan_is_a_min_plan_entry(make_doc, lint, title):
    assert lint(make_doc(*_sick_leave_plan(title, _MENTOR_PART)))[0] == "minplan"


def test_a_follow_up_plan_whose_citizen_declined_the_mentor_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Opfølgningsplan – sygedagpenge"), "Navn: Per Thygesen", ("h", "Indsatser"),
                   "Fleksjob (LAB kap. 20): varigt fleksjob. Kontakt: Jobkonsulent Helle Sand, tlf. 55 88 60 00. "
                   "Periode 1.5.2026-30.4.2031, 16 timer pr. uge.", ("h", "Mentor"),
                   "Jobcentret har tilbudt mentorstøtte. Per har takket nej, da arbejdspladsen selv stiller en kollega "
                   "til rådighed. Der er derfor ingen mentorstøtte i planen.")
    assert lint(doc) == ("unknown", [])


def test_a_heading_naming_the_support_with_its_law_and_role_owns_the_rows_below_it(make_doc, lint):
    doc = make_doc(("h", "Tværsektoriel koordinationsplan"), "Borger: Jonas Friis",
                   ("r", "Indsats", "Distriktspsykiatrien Aarhus Nord"), ("r", "Periode", "15.5.2026-14.5.2027"),
                   ("h", "Mentoraftale (LAB § 167, stk. 2) – udskrivningskoordinator"),
                   ("r", "Mål", "Jonas starter i virksomhedspraktik 10 timer om ugen senest 1. september 2026"),
                   ("r", "Udskrivningskoordinator", "Birgitte Aagaard, Jobcenter Aarhus, tlf. 41 85 77 20"),
                   ("r", "Periode", "1. juni 2026 til 30. november 2026"), ("r", "Timetal", "5 timer pr. uge"),
                   ("h", "Klagevejledning"), KLAGE)
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_psychologists_card_in_the_plan_is_another_help(make_doc, lint):
    doc = make_doc(("h", "Min Plan: samlet plan"), "Borger: Mads Kjærgaard", ("h", "Mentorstøtte (LAB § 167)"),
                   ("r", "Mål med mentorstøtten", "Mads består FGU-niveau 1 i dansk"),
                   ("r", "Mentor", "Søren Lindholm, Ungeenheden, tlf. 76 81 52 44"),
                   ("r", "Periode", "01.08.2026-31.01.2027"), ("r", "Timetal", "4 timer pr. uge"),
                   ("h", "Psykolog (via Ungecenteret)"), "Mål: færre dage med angst",
                   "Periode: 1.3.2026-28.2.2027", "Omfang: 1 samtale hver 3. uge")
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_the_plan_itself_as_the_subject_of_a_dated_sentence_is_no_goal(make_doc, pack):
    doc = make_doc(("h", "Min Plan"), "Borger: Kim Larsen.",
                   "Planen er udarbejdet sammen med Kim på det fælles møde 3. marts 2026.",
                   "Mentor: Hanne Kjeldsen, tlf. 98 45 63 12")
    assert _analysis(doc, pack).fields["goal"].state == "absent"


def test_a_meetings_confirmation_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Bekræftelse af opstartsmøde"), "Borger: Tobias Larsen",
                   "Vi bekræfter opstartsmødet den 7. september 2026 kl. 9.00 med Kim Lykke, tlf. 31 17 80 04. "
                   "Selve aftalen om mentorstøtten laver I sammen ved mødet.",
                   ("r", "Uge", "Aftale"), ("r", "37", "Opstartsmøde"))
    assert lint(doc) == ("unknown", [])


def test_a_students_agreement_the_municipality_is_party_to_is_under_the_act(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – uddannelse"), "Ungeindsatsen, Silkeborg Kommune", ("h", "Parter"),
                   ("l", "Elev: Nikolaj Østergaard"), ("l", "Kommunens kontaktperson: Morten Johansen, tlf. 24 74 11 90"),
                   "Mål: Nikolaj møder på Tradium 4 ud af 5 dage og består GF2-prøven.",
                   "Mentor: Zainab Østergaard, tlf. 49 42 32 76", "Opgaver: ugentlig samtale om fremmøde og lektier.",
                   "Periode: 01.08.2026 – 31.12.2026", "Timer: 6 timer pr. uge",
                   "Opfølgning: statusmøde hver måned.", f"Klagevejledning: {KLAGE}")
    assert lint(doc)[0] == "agreement"


def test_the_laws_limit_in_a_sentence_of_its_own_states_no_duration(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Mål: Omar er i løntilskud som lagermedarbejder.",
                   "Varighed og timer: Mentorstøtten starter, når ansættelsen er på plads. Den kan højst bevilges for "
                   "6 måneder ad gangen. Mentoren har 2,5 time pr. uge.")
    assert _analysis(doc, pack).fields["duration"].state == "empty"


# --- the mentor among other people ---------------------------------------------------------------------

def test_a_one_paragraph_sms_signed_by_the_mentor_at_its_end_names_the_mentor(pack):
    doc = _txt("SMS fra Kim Kompetencecenter Vest 30.12.2025 14:32\n"
               "Hej Louise :) Her er det vi blev enige om i dag skrevet ned: Mål: Louise er tilbage i sit job som "
               "lagermedarbejder 25 timer om ugen senest uge 30. Jeg er din mentor (40 86 70 53). Det jeg skal hjælpe "
               "med: følge Louise til praktikstedet. Periode: 1/1-2026 til 30/6-2026. Mvh Kim / Kompetencecenter Vest\n")
    assert _analysis(doc, pack).fields["mentor"].state == "present"


def test_the_contact_given_after_the_substitute_is_named_is_the_substitutes(make_doc, lint):
    doc = make_doc(("h", "Bekræftelse af aftale om mentorstøtte"), "Kære Lone",
                   "Målet er, at Lone gennemfører FGU på FGU Midt og består første skoleperiode.",
                   "Din mentor bliver Louise Kristensen fra Kompasset Mentorservice. Hvis du ikke kan få fat i din "
                   "mentor, kan du ringe til Dorthe Krogh, som er stedfortræder, på 89 13 59 32.",
                   "Mentorens opgaver er at holde en ugentlig samtale om fremmøde og transport.",
                   "Mentorstøtten løber fra 12. juni 2026 til 11. november 2026, og I mødes 6 timer om ugen.")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_meeting_every_week_for_the_supports_hours_is_no_follow_up(make_doc, pack):
    doc = make_doc(("h", "Vores aftale om mentorforløb"), "Kære Sara",
                   "Målet med mentorstøtten er, at du starter på SOSU-hjælperuddannelsen til sommeroptaget 2026.",
                   "Vi mødes hver tirsdag, i alt 2 timer om ugen, i perioden 10.02.2026 til 09.08.2026.",
                   "Opfølgning sker løbende.")
    assert _analysis(doc, pack).fields["follow_up"].state != "present"


def test_a_dash_before_a_phone_numbers_second_half_is_no_ranges():
    doc = _txt("Din mentor er Ida Jensen. Du kan ringe til Ida på 9102\n- 3863.\n")
    assert "9102 - 3863" not in " ".join(b.text for b in doc.blocks)


def test_a_forms_labels_over_their_help_text_beside_plain_values_are_no_page_of_sections(make_doc, pack):
    doc = make_doc(("h", "Mentoraftale"), "Borger: Nanna Nielsen",
                   ("r", "Din mentor *\nNavn, telefonnummer og e-mail på mentor.", "Fatima Hussein – telefon 60 82 78 92"),
                   ("r", "Indsatsområder *\nHvad skal mentoren konkret hjælpe med?", "Ugentlig samtale om fremmøde og søvn"),
                   ("r", "Periode *\nStart- og slutdato. Højst 6 måneder ad gangen.", "1/3 2026 - 31/8 2026"))
    fields = _analysis(doc, pack).fields
    assert (fields["mentor"].state, fields["tasks"].state, fields["duration"].state) == ("present",) * 3


def test_a_print_header_naming_the_page_and_the_site_takes_the_pages_title(make_doc, lint):
    doc = make_doc(("r", "03/11/2026, 09:46", "Forlængelse af mentorstøtte - Jobnet for sagsbehandlere"),
                   "Forlængelse af mentorstøtte", ("r", "Borger", "Signe Madsen"), "Kære Signe",
                   "Din mentorstøtte bliver forlænget. Den nye periode er fra 2026-10-15 til 2027-04-14, og du har "
                   "fortsat 3 timer pr. uge. Din mentor er stadig Nikolaj Kristensen.")
    assert lint(doc)[0] == "decision"


def test_a_copy_list_naming_the_substitute_gives_the_mentor_no_contact(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Borger: Lars Holm", "Mentor: Nadia Holm, Trin for Trin ApS",
                   "Mål: Lars består første skoleperiode på FGU.", "Opgaver: ugentlig samtale om fremmøde.",
                   "Periode: 1.8.2026 – 31.1.2027", "Timetal: 3 timer pr. uge",
                   "Kopi til: Fatima Bak (bisidder, fbak@privat.dk); Lars Mortensen (stedfortrædende mentor, "
                   "lmort@naestved.dk)")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_forms_help_text_under_its_labels_beside_sectioned_values_is_no_translation(make_doc, pack):
    doc = make_doc(("h", "Afgørelse om forlængelse af din mentorstøtte"), "Aftalens indhold",
                   ("r", "Målet med mentorstøtten\nSkriv borgerens mål: hvilket job eller hvilken uddannelse.",
                    "Sara gennemfører FGU-forløbet\nmed højst 10 % fravær."),
                   ("r", "Mentorens navn og kontaktdata\nNavn, arbejdssted, telefon og e-mail.",
                    "Birgitte Sand, Jobvejen\nTlf. 84 96 49 94"),
                   ("r", "Timetal\nAntal timer pr. uge.", "1 time\npr. uge"))
    assert _analysis(doc, pack).fields["mentor"].state == "present"


# --- session 20, wave 21: appeals, haste, plain language, providers ----------------------------------

def test_a_welcome_letter_signed_by_the_mentor_gives_the_contact_in_a_sentence_naming_the_signer(make_doc, pack):
    doc = make_doc(("h", "Velkommen, Ioana! Din mentoraftale"), "Hej Ioana. Jeg hedder Karim Saleh. Jeg er din mentor.",
                   "Dit mål: Du er i praktik i kantinen på Hjortsø Sygehus 3 dage om ugen fra marts 2026.",
                   "Du kan ringe til Karim på 67 71 51 58.", "Mange hilsner", "Karim Saleh")
    assert _analysis(doc, pack).fields["mentor"].state == "present"


def test_a_question_states_no_field(make_doc, pack):
    doc = make_doc(("h", "Din aftale om mentor"), ("h", "Hvornår taler vi om, hvordan det går?"),
                   "Opfølgning sker løbende.")
    assert _analysis(doc, pack).fields["follow_up"].state != "present"


def test_a_pictures_description_is_no_fields_value(make_doc, pack):
    doc = make_doc(("h", "Mentoraftale – i et enkelt sprog"), ("h", "Hvad er målet?"),
                   "[Billede: en pil, der peger mod en arbejdsplads]", "Du kommer tættere på arbejdsmarkedet.")
    assert _analysis(doc, pack).fields["goal"].value == "Du kommer tættere på arbejdsmarkedet."


def test_a_translation_printed_after_the_danish_text_states_nothing(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentor"), "Din mentor hedder Jørgen Bach. Du kan ringe til Jørgen på 29 50 18 37.",
                   ("h", "Så længe varer støtten"), "Fra 1. januar 2026 til 30. juni 2026.",
                   ("h", "Translation – English"), "Your mentor is Jørgen Bach. Phone: 29 50 18 37.", "5 hours a week.",
                   "This is a translation. The Danish text is the valid one.")
    assert _analysis(doc, pack).fields["hours"].state == "absent"


def test_a_jobcentres_job_club_is_no_private_setting(make_doc, lint):
    doc = make_doc(("h", "Min Plan – Laura Poulsen"), ("h", "Mentorstøtte – gruppementor, Mentorenheden"),
                   ("r", "Mål", "Virksomhedspraktik i en tøjbutik 12 timer om ugen senest 1. juni 2026."),
                   ("r", "Mentor", "Anne-Mette Bach, 29 64 11 02"),
                   ("r", "Opgaver", "Jobklub i gruppen; individuel hjælp til at finde praktikplads."),
                   ("r", "Timer", "1 time pr. plads pr. uge"), ("r", "Periode", ""))
    assert lint(doc)[0] == "minplan"


def test_a_team_by_its_place_is_no_persons_name(make_doc, lint):
    doc = make_doc(("h", "Min Plan – Camilla Norup"), "Mentorstøtte – Mentorteam Øst",
                   ("r", "Mål", "Starte på AMU-kurset i lager og logistik i september 2026."),
                   ("r", "Mentor", "Mentorteam Øst, tlf. 99 31 45 00"), ("r", "Opgaver", "Hjælp til tilmelding og transport."),
                   ("r", "Timer", "1,5 timer om ugen"), ("r", "Periode", "11. maj 2026 – 10. november 2026"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_the_framework_contracts_period_is_not_the_supports(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – Kompas Mentorhus"),
                   "Mentorstøtten leveres under rammeaftalen mellem Kolding Kommune og Kompas Mentorhus, som løber fra "
                   "1. januar 2025 til 31. december 2027.",
                   ("r", "Mentor", "Birgitte Nørgaard, Kompas Mentorhus, 22 41 87 44"), ("r", "Varighed", "26 uger fra 6. april 2026"))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("text", [
    "Du har fået post fra Viborg Kommune\n\nEmne: Ny afgørelse om mentorstøtte efter genvurdering\n\n"
    "Log på Digital Post for at læse brevet. Brevet indeholder en afgørelse og en klagevejledning.\n",
    "NOTAT – Genvurdering af afgørelse om mentorstøtte\n\nKlage modtaget over bevilling af 1 t/uge. Afgørelsen bør "
    "ændres til 3 t/uge.\n\nIndstilling: Ny afgørelse sendes til borger med klagevejledning.\n",
])
def test_a_mailbox_notice_or_an_internal_note_on_a_decision_is_none_of_the_kinds(lint, text):
    assert lint(_txt(text)) == ("unknown", [])


def test_a_reconsideration_that_grants_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Genvurdering – du får alligevel mentorstøtte"), "Kære Fatima Ali",
                   "Du har klaget over afslaget, og vi har vurderet sagen igen. Vi ændrer afgørelsen.",
                   ("r", "Periode", "1. juni 2026 – 30. november 2026"), ("r", "Mentor", "Sanne Ravn, tlf. 72 36 44 90"))
    assert lint(doc)[0] == "decision"


def test_guidance_sending_the_complaint_straight_to_ankestyrelsen_is_the_wrong_route_in_a_reconsideration(make_doc, lint):
    doc = make_doc(("h", "Genvurdering – du får alligevel mentorstøtte"), "Kære Fatima Ali",
                   "Vi har vurderet sagen igen og ændrer afgørelsen, så du får mentorstøtte fra 1. juni 2026 til "
                   "30. november 2026.", ("h", "Klagevejledning"),
                   "Afgørelsen kan påklages til Ankestyrelsen inden fire uger. Du skal sende klagen direkte til Ankestyrelsen.")
    assert "appeal-wrong-route" in rules_of(lint(doc)[1])


def test_complaints_sent_to_ankestyrelsen_are_the_wrong_route(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Lene", "Vi bevilger dig mentorstøtte fra 1. maj 2026 til "
                   "31. oktober 2026.", "Klageadgang: Klager over afgørelsen sendes til Ankestyrelsen, Beskæftigelsesudvalget.")
    assert "appeal-wrong-route" in rules_of(lint(doc)[1])


def test_the_plan_by_its_shorthand_is_a_min_plan_entry(lint):
    doc = _txt("MP / Mentor § 167 / Selma Kaya\nMål: Selma starter på SOSU-hjælperuddannelsen 4/1-27\n"
               "Mentor: Pia Holt, VUC, 24 17 39 05\nOpg.: dansk-lektier 1x/uge\nVarighed: 26 uger fra 7/9-26\nTimer: 2 t/uge\n")
    assert lint(doc)[0] == "minplan"


def test_a_journal_note_that_says_it_is_the_agreement_is_one(lint):
    doc = _txt("14/4-26 JN (MBP)\nAftale om mentor (§ 167) indgået telefonisk m. Sofie Lauridsen i dag. Aftale = dette notat.\n"
               "- Mål: Sofie gennemfører FVU-dansk trin 2 på VUC Aars.\n- Mentor: Pia Holt, VUC-mentor, 24 17 39 05\n"
               "- Periode: 20.04.26-19.10.26\n- 2 t. pr. uge\n")
    assert lint(doc)[0] == "agreement"


def test_a_forms_fields_run_into_one_line_with_dashes_for_colons_are_read_apart(make_doc, pack):
    doc = make_doc(("h", "AFTALE – MENTORSTØTTE"),
                   "Mål – fast job som lagermedarbejder – Mentor – Kim Overgaard, Mentorhuset Aars, 21 48 60 33 – Opg. – "
                   "ugentl. samtale, følges til aktiviteter – Varighed – 9 mdr. fra 1/4-26 – Timer – 2 t/uge")
    fields = _analysis(doc, pack).fields
    assert (fields["tasks"].state, fields["hours"].state) == ("present", "present")


def test_a_notes_items_set_apart_by_slashes_end_at_each_other(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte – Amalie Post"),
                   "Mål: Amalie er i praktik i børnehaven 20 t/uge fra 1/10-26 / Mentor: Rikke Thorsen, 28 40 15 93 / "
                   "Opg.: følges første uge, sparring om pauser / Per.: 21/9-26 – 20/3-27 / Timetal: 2 t/uge")
    tasks = _analysis(doc, pack).fields["tasks"]
    assert tasks.state == "present" and "21/9-26" not in (tasks.value or "")


def test_a_range_left_open_after_its_start_word_states_no_duration(pack):
    assert compile_pack(pack).fields is not None
    from mentordocs.lint.values import validate
    assert validate("duration", "fra 1/6-26 –", compile_pack(pack).fields, labelled=True)[0] == "empty"


def test_another_activity_under_its_inline_heading_is_not_the_supports_period(make_doc, lint):
    doc = make_doc("Min Plan · Hassan Omar",
                   "Mentorstøtte (LAB § 167) | Mål: Hassan er i praktik i Aars Pizza 15 t/uge fra 1/5-26 | Mentor: Gitte "
                   "Munk, 30 22 71 38 | Periode: 9/3-26 – 8/9-26 | Timer: 2 t/uge",
                   "Øvrige aktiviteter: Danskuddannelse (Sprogcenter Himmerland) 5/1-26 – 18/12-26")
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_notes_shorthand_status_with_its_rhythm_is_the_follow_up(pack):
    assert compile_pack(pack).fields.states_in_prose("follow_up", "status hver 4. uge, ev. 14 dg. for slut")


def test_a_scans_mark_between_first_and_last_name_still_names_the_mentor(pack):
    from mentordocs.lint.values import has_person_name
    assert has_person_name("Mikkel.Kaya;, Jobhuset Nord.ApS, tlf. 31367052", compile_pack(pack).fields)


def test_a_journal_note_that_opens_with_the_agreement_made_carries_it(lint):
    doc = _txt("03-02-2026 14:05 | Notat | Sagsbeh.: Louise Krag\n"
               "Mentoraftale indgået. Mål: start på grundforløb 1, Tømrer, EUC Syd aug. 2026. Mentor Ahmad Rahimi "
               "(Broen), 31 45 19 02. Opg.: morgenopkald ma-to. 9/2-26 – 8/8-26, 4 t/uge. Klagevejl. givet mundtligt.\n")
    assert lint(doc)[0] == "agreement"


def test_a_compound_dictated_in_two_words_still_names_the_aim(pack):
    from mentordocs.domain.goals import names_an_aim
    from mentordocs.lint.text import fold
    assert names_an_aim(fold("Mette er i løn tilskud i kantinen på Randers Rådhus fra 1. september 2026."),
                        compile_pack(pack).fields.goals)


def test_a_signature_rows_words_name_no_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Amalie Juul",
                   "Målet med mentorstøtten: Amalie er i praktik 15 timer om ugen senest 1. juni 2026.",
                   ("r", "Mentor", "[navn]"), ("r", "Tlf.", "27 18 64 39"),
                   ("r", "Underskrift borger", "Underskrift mentor", "Underskrift kommune"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


# --- session 20, wave 22: the spelling people really have ---------------------------------------------

@pytest.mark.parametrize("slip, word", [("mentro", "mentor"), ("opgvaer", "opgaver"), ("varihed", "varighed"),
                                        ("mentrostøtte", "mentorstøtte"), ("opføgning", "opfølgning")])
def test_one_slip_in_a_longer_word_of_the_pack_is_mended(pack, slip, word):
    assert compile_pack(pack).typo_words.get(slip) == word


def test_a_word_of_the_pack_is_never_taken_for_a_slip(pack):
    words = compile_pack(pack).typo_words
    assert not {"opgave", "perioden", "mentoren", "timerne"} & words.keys()


def test_a_mentor_named_after_a_slip_in_the_word_is_found_in_the_sentence(make_doc, pack):
    doc = make_doc("Hej Fatima", "Her er vores aftale om mentorstøtte, som vi snakkede om i dag.",
                   "din mentro er Peter Bak fra WorkFirst, tlf 51 63 20 08")
    assert _analysis(doc, pack).fields["mentor"].state == "present"


def test_a_slip_inside_an_address_is_left_as_it_is(make_doc, pack):
    from mentordocs.lint.analyze import with_typos_mended
    doc = make_doc("Kontakt Susanne Kjeldsen, suk@kommune-mentro.dk")
    assert with_typos_mended(doc, compile_pack(pack).typo_words).blocks[0].text.endswith("kommune-mentro.dk")


@pytest.mark.parametrize("value", ["zainab ahmadi / mobil 42579306 / za@brobyggerne.dk",
                                   "jesper lund, ungeindsatsen, 60 18 44 51"])
def test_a_name_typed_in_lower_case_before_the_contact_names_the_mentor(pack, value):
    from mentordocs.lint.values import has_person_name
    assert has_person_name(value, compile_pack(pack).fields)


def test_words_in_lower_case_that_the_pack_knows_are_no_name(pack):
    from mentordocs.lint.values import has_person_name
    assert not has_person_name("udfyldes senere, tlf. 60 18 44 51", compile_pack(pack).fields)


def test_a_name_with_letters_from_other_latin_alphabets_is_a_name(pack):
    from mentordocs.lint.values import has_person_name
    assert has_person_name("Tomasz Wiśniewski, Jobværkstedet, 29 64 10 58", compile_pack(pack).fields)


def test_a_form_typed_in_lower_case_keeps_one_field_to_a_line():
    doc = _txt("aftale om mentorstøtte\n\nborger: fatima osman\nsvendborg kommune, jobcenter svendborg\n"
               "mål m. mentorstøtte: fatima er i løntilskud som pedelmedhjælper senest 1/4-26\n"
               "mentor navn: zainab ahmadi / mobil 42579306\nbevilget periode: 1/1-26 - 30/4-26\n")
    assert [b.text.split(":")[0] for b in doc.blocks[-3:]] == ["mål m. mentorstøtte", "mentor navn", "bevilget periode"]


def test_a_clubs_own_agreement_in_the_genitive_is_private(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – Fodboldklubbens talentlinje"), "Vedr. Louise Hald",
                   "Mellem Louise Hald og klubbens mentor Lars Grønbech. Vi mødes efter træning hver tirsdag og "
                   "snakker om skole og kost. Aftalen er frivillig og kan opsiges af begge parter.")
    assert lint(doc) == ("unknown", [])


def test_the_laws_earlier_section_number_is_no_earlier_period(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Kasper",
                   "Du har fået bevilget mentorstøtte efter LAB § 167, stk. 1 (tidligere § 31 b) i perioden "
                   "1. august 2026 – 30. april 2027.")
    assert "duration-over-6-months" in rules_of(lint(doc)[1])


def test_a_hard_wrapped_line_that_goes_on_in_lower_case_with_a_colon_is_still_the_sentence():
    doc = _txt("Mentorforløbet varetages af Søren Olsen, Center for Job og Uddannelse, tlf.\n"
               "mail: soeren@center.dk, mobil 84 14 23 92. Søren skal hjælpe dig, når du har\n"
               "hjælp brug for: tage med til samtaler på jobcentret og støtte i kontakten til\n"
               "lægen og kommunen. Mentorstøtten er bevilget i perioden 01.07.2026 til 31.12.2026.\n")
    assert any("når du har hjælp brug for" in b.text for b in doc.blocks)


@pytest.mark.parametrize("word", ["handel", "voksne", "læring", "parter", "skive", "hende", "borgerservice", "jobcentre"])
def test_a_danish_word_one_slip_from_a_word_of_the_pack_is_left_as_it_is(pack, word):
    assert word not in compile_pack(pack).typo_words


def test_training_with_a_physiotherapist_in_a_plan_is_no_private_setting(make_doc, lint):
    doc = make_doc(("h", "Aktivitet i Min Plan"), "Kopieret fra Min Plan 18.10.2026",
                   "Sundhedsforløb: Træning med fysioterapeut 2 gange om ugen (01.06.2026 - 30.11.2026)", "Mentorstøtte:",
                   ("r", "Formål", "Målet med mentorstøtten er, at du starter på HF-enkeltfag på VUC Holbæk i august."),
                   ("r", "Din mentor", "Omar Vestergaard, FGU Midt, tlf. 59 54 29 63"),
                   ("r", "Startdato", "01.05.2026"), ("r", "Slutdato", "31.10.2026"), ("r", "Timer", "2 timer om ugen"))
    assert lint(doc)[0] == "minplan"


def test_a_name_a_scan_read_into_the_mentors_label_names_the_mentor(make_doc, pack):
    doc = make_doc(("h", "Mentoraftale"), "Mentor - navn og Lars Fogh: kontaktdata: Tlf. 61 27 60 29")
    assert _analysis(doc, pack).fields["mentor"].state == "present"


def test_a_name_a_scan_slipped_onto_the_row_above_names_the_mentor(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Målet med mentorstøtten", "Rasmus er i praktik 10 timer om ugen senest 1. juni 2024.\nMikkel Bækgaard"),
                   ("r", "Mentor", "Mentorhuset Midt tlf. 88104578"))
    assert _analysis(doc, pack).fields["mentor"].state == "present"


def test_a_firm_under_the_mentors_label_with_no_name_anywhere_names_no_mentor(make_doc, pack):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Målet med mentorstøtten", "Rasmus er i praktik 10 timer om ugen senest 1. juni 2024."),
                   ("r", "Mentor", "Mentorhuset Midt tlf. 88104578"))
    assert _analysis(doc, pack).fields["mentor"].state == "incomplete"


def test_a_providers_label_over_a_firm_names_no_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Leverandør: Vejen Videre I/S",
                   "Mål: Rasmus er i praktik 10 timer om ugen senest 1. juni 2026.", "Tlf. 61 27 60 29")
    assert "missing-mentor" in rules_of(lint(doc)[1])
