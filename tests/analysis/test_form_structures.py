"""How the structure of a form decides what belongs to a field: a label cell's hint line, a
dash in a value cell, the items of one list, numbered paragraphs, a label with a lead-in value,
minutes written as the agreement, and a contact given for the mentor by name elsewhere."""

from __future__ import annotations

from .analysis_builders import KLAGE, doc_from, rules_of

from mentordocs.lint.analyze import analyze_fields

TITLE = ("h", "Aftale om mentorstøtte")
GOAL = ("r", "Målet med mentorstøtten", "Jonas er i praktik som lagermedarbejder hos Bilka 20 timer om ugen senest 1. juni 2026.")
MENTOR = ("r", "Mentor", "Lars Østergaard, Mentorhuset, tlf. 23 45 67 89")
TASKS = ("r", "Mentorens opgaver", "Følge Jonas til praktikstedet og øve busturen.")
PERIOD = ("r", "Periode", "1. marts 2026 – 31. august 2026")
FOLLOW = ("r", "Opfølgning", "Statusmøde hver måned med mentor og sagsbehandler.")
HOURS = ("r", "Timetal", "2 timer pr. uge")


def _fields(doc, pack):
    return analyze_fields(doc, pack).fields


def test_a_label_cells_first_line_is_the_label_and_the_hint_under_it_is_not(pack):
    # (a vague goal, so that only the label can find it)
    doc = doc_from(TITLE, ("r", "Formål\nHvad skal forløbet føre frem til? Beskriv målet konkret.", "Øget trivsel."),
                   MENTOR, TASKS, PERIOD, FOLLOW, HOURS)
    assert _fields(doc, pack)["goal"].state == "present"


def test_a_dash_in_the_label_of_a_row_with_an_empty_value_is_part_of_the_label(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, TASKS, PERIOD, ("r", "Opfølgning – herunder mål for progression", ""),
                   HOURS, ("h", "Klagevejledning"), KLAGE)
    assert _fields(doc, pack)["follow_up"].state == "empty"


def test_a_dash_in_a_value_cell_leaves_the_field_empty_and_takes_nothing_below_it(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, TASKS, PERIOD, HOURS, ("r", "Status meetings", "-"),
                   "If you disagree", "You can complain to the municipality within four weeks.")
    assert _fields(doc, pack)["follow_up"].state == "empty"


def test_the_next_item_of_a_list_is_not_the_value_of_the_label_item_before_it(pack):
    doc = doc_from(("h", "Aftale om mentorstøtte"), "Som lovet sender jeg her det, vi aftalte om din mentorstøtte:",
                   ("l", "Mentor: Jesper Kjær, Ungeindsatsen, tlf. 24 90 31 45"),
                   ("l", "Jesper hjælper dig med at komme op om morgenen og følge dig til praktikstedet"),
                   ("l", "Periode: 15. februar 2026 – 14. maj 2026"))
    assert _fields(doc, pack)["tasks"].state == "present"


def test_the_next_numbered_item_is_not_the_value_of_a_numbered_paragraph_before_it(pack):
    doc = doc_from(TITLE, "1. Formålet med mentorstøtten er: Du er i virksomhedspraktik i Netto 15 timer om ugen senest 1. juni 2026.",
                   ("l", "1. Mentor er Jesper Kjær, Mentorhuset Fyn, tlf. 46 62 88 29."),
                   ("l", "2. Mentor skal følge dig til praktikstedet de første to uger; hjælpe dig med at åbne din post."))
    assert _fields(doc, pack)["tasks"].state == "present"


def test_a_period_on_the_line_under_a_label_with_a_lead_in_value_is_the_period(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, TASKS, "Bevillingsperiode: Bevilget i perioden", "1.4.2026 til 31.8.2026",
                   FOLLOW, HOURS)
    assert _fields(doc, pack)["duration"].state == "present"


def test_hours_stated_inside_the_task_list_are_the_hours(pack):
    doc = doc_from(TITLE, GOAL, MENTOR,
                   ("l", "3. Mentors opgaver: Mentor skal tage med dig til opstartssamtalen; hjælpe med at skrive "
                         "ansøgninger. Jesper har 4 t/uge til dig i perioden."),
                   PERIOD, FOLLOW)
    assert _fields(doc, pack)["hours"].state == "present"


MINUTES = [("h", "Referat af opstartsmøde – aftale om mentorstøtte"),
           "Deltagere: Camilla Kristensen (borger), Mette Lund (mentor, Broen Mentor ApS), Nikolaj Brandt (sagsbehandler).",
           "Referatet er den skriftlige aftale om mentorstøtten. Her står det, vi blev enige om på mødet.",
           "Punkt 2. Mål", "Du er i praktik i Netto 20 timer om ugen senest 1. juni 2026.",
           "Punkt 3. Hvad mentor gør", "Mette skal følge dig til praktikstedet de første to uger.",
           "Punkt 4. Kontakt", "Camilla kontakter Mette på tlf. 75 17 07 76 eller mette@broenmentor.dk.",
           "Punkt 5. Periode og timer", "Forløbet løber fra 1. april 2026 til 30. september 2026. Mette har to timer ugentligt.",
           "Punkt 6. Opfølgning", "Vi holder statusmøde hver måned.", "Punkt 7. Klageadgang", KLAGE]


def test_minutes_that_say_they_are_the_written_agreement_are_an_agreement(pack):
    assert analyze_fields(doc_from(*MINUTES), pack).kind == "agreement"


def test_minutes_of_a_meeting_that_carry_no_agreement_stay_unknown(pack):
    doc = doc_from(("h", "Referat af opfølgningsmøde – mentorforløb"),
                   "Deltagere: Camilla Kristensen (borger), Mette Lund (mentor), Nikolaj Brandt (sagsbehandler).",
                   "Punkt 1. Status", "Camilla møder stabilt i praktikken.", "Punkt 2. Næste møde", "Næste møde holdes 1. maj.")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_contact_given_for_the_mentor_by_name_elsewhere_completes_the_mentor(pack):
    assert analyze_fields(doc_from(*MINUTES), pack).fields["mentor"].state == "present"


def test_a_contact_given_for_someone_else_by_name_does_not_complete_the_mentor(pack):
    lines = [line if "kontakter Mette" not in str(line)
             else "Camilla kontakter sagsbehandler Nikolaj på tlf. 75 17 07 76." for line in MINUTES]
    assert analyze_fields(doc_from(*lines), pack).fields["mentor"].state == "incomplete"


def test_a_numbered_task_that_opens_with_a_contact_word_stays_a_task(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, ("h", "Opgaver"), ("l", "1. Kontakt til SU-vejleder og studievejleder"),
                   ("l", "2. Hjælp til transport til praktikstedet de første uger"), PERIOD, FOLLOW, HOURS)
    assert _fields(doc, pack)["tasks"].state == "present"


def test_a_leaflets_contact_line_does_not_complete_a_mentor_it_names_no_one_for(pack):
    doc = doc_from(("h", "Mentorstøtte – hvad er det?"), ("r", "Klinteby Kommune", "Team Mentor\nKlintevej 30"),
                   ("h", "Det skal stå i din aftale"), ("l", "målet med mentorstøtten"), ("l", "mentorens navn og kontaktdata"),
                   "Kontakt", "Klinteby Kommune, Klintevej 30 4780 Klinteby, tlf. 55 86 40 00.")
    assert analyze_fields(doc, pack).kind == "unknown"


def _plan(*cards):
    return doc_from(("h", "Min Plan - Jobnet"), "Udskrevet 21.09.2026 kl. 15:52", *[item for card in cards for item in card])


FGU = ("FGU – produktionsgrundforløb", "Aktivitet · Randers Kommune", ("r", "Beskrivelse", "Metal og byg, FGU Viborg"),
       ("r", "Periode", "01.01.2026 - 31.12.2027"))
MENTOR_CARD = ("Mentor", "Aktivitet oprettet af Randers Kommune · Sagsbehandler: Rasmus Andersen, tlf. 61 30 37 58",
               ("r", "Formål", "Du gennemfører AMU-kurset i truckkørsel og er i praktik hos Bilka fra 1. juni 2026."),
               ("r", "Din mentor", "Sara Holm, Ungeenheden, tlf. 21 21 87 21"),
               ("r", "Mentorens opgaver", "Ringe til dig om morgenen de dage, du skal møde"),
               ("r", "Periode", "Fra 15. marts 2026 til og med 14. september 2026"), ("r", "Timer", "3 timer pr. uge"))


def test_another_activitys_period_in_a_card_under_a_subtitle_is_not_the_mentors(lint):
    _, findings = lint(_plan(FGU, MENTOR_CARD, FGU))
    assert "duration-over-6-months" not in rules_of(findings)


def test_another_activitys_period_under_a_heading_and_a_description_is_not_the_mentors(lint):
    _, findings = lint(doc_from("Min Plan", "Kim Holm", ("h", "Virksomhedspraktik"),
                                "Praktik i Genbrugsbutikken Kirkens Korshær, 15 timer om ugen",
                                "Periode: 01.08.2026 - 31.07.2027", ("h", "Mentorstøtte"),
                                "Målet er: Du er i virksomhedspraktik i XL-Byg 15 timer om ugen senest 1. oktober 2026.",
                                "Din mentor hedder Line Holm og kommer fra Broen til Job. Du kan ringe til Line på 65 66 76 39.",
                                ("h", "Line skal:"), ("l", "snakke med dig om fremmøde og transport en gang om ugen"),
                                "Du har mentor fra 15. juni 2026 til 14. december 2026 og I ses 8 timer om måneden."))
    assert "duration-over-6-months" not in rules_of(findings)


def test_a_guide_to_reading_min_plan_is_none_of_the_kinds(pack):
    doc = doc_from(("h", "Sådan læser du Min Plan"),
                   "I Min Plan på jobnet.dk kan du se de aktiviteter, du og kommunen har aftalt. Hvis du får en mentor, skal der i Min Plan stå:",
                   ("l", "målet med mentorstøtten"), ("l", "mentorens navn og kontaktdata"),
                   ("l", "hvor længe aftalen varer (højst 6 måneder ad gangen)"), ("l", "hvor mange timer du får"))
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_follow_up_meeting_at_a_rhythm_after_a_task_is_the_follow_up(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, ("h", "Det kan jeg hjælpe dig med"),
                   ("l", "Støtte dig i kontakten med lægen"),
                   ("l", "Finde en ordning for pasning af din søn. Vi følger op på det ved et statusmøde hver måned"),
                   PERIOD, HOURS)
    assert _fields(doc, pack)["follow_up"].state == "present"


def test_a_task_that_is_to_follow_up_with_an_employer_is_no_follow_up(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, ("h", "Det kan jeg hjælpe dig med"),
                   ("l", "Støtte dig i kontakten med lægen"),
                   ("l", "Holde kontakt til praktikstedet og sikre opfølgning med arbejdsgiveren hver uge"),
                   PERIOD, HOURS)
    assert _fields(doc, pack)["follow_up"].state != "present"


def test_a_plain_language_agreement_with_question_headings_is_an_agreement(pack):
    doc = doc_from(("h", "MENTORSTØTTE: DET HAR VI AFTALT"), "Kære Niklas",
                   "Her kan du læse, hvad vi har aftalt om din mentorstøtte.",
                   ("h", "Hvad er målet?"), "Du er i virksomhedspraktik i Netto 15 timer om ugen senest 1. juni 2026.",
                   ("h", "Hvem er din mentor?"), "Din mentor hedder Birgitte Holm. Birgitte arbejder i Mentorhuset Fyn.",
                   ("h", "Hvor længe varer det?"), "Aftalen gælder fra og med 1. april 2026 til og med 30. september 2026.")
    assert analyze_fields(doc, pack).kind == "agreement"


def test_a_leaflet_titled_with_a_question_is_none_of_the_kinds(pack):
    doc = doc_from(("h", "Hvad er en mentor?"), "En mentor er en person, der kan støtte dig i job eller uddannelse.",
                   ("h", "Hvad er målet?"), "Målet er, at du kommer i job eller uddannelse.")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_two_labels_a_scan_ran_into_one_cell_both_name_their_fields(pack):
    doc = doc_from(("h", "Min Plan"), GOAL,
                   ("r", "Mentor\nMentors opgaver", "Patrick Lund, Aktivcentret, tlf. 5952 5293 hjælpe med at læse breve "
                                                    "fra kommunen; ugentlig samtale om fremmøde"), PERIOD, HOURS)
    assert _fields(doc, pack)["tasks"].state == "present"


def test_a_hint_run_over_a_rows_border_does_not_hide_the_next_rows_label(pack):
    doc = doc_from(TITLE, ("r", "Mål og delmål\nBeskriv konkret det job- eller uddannelsesmål, støtten skal føre",
                           "Camilla begynder på EUD grundforløb 1 (tømrer) i december."),
                   ("r", "til\nHvilke opgaver skal mentor hjælpe med?\nBeskriv konkret, hvad mentor skal",
                    "• Træne busturen\n• Hjælpe med at åbne og læse Digital Post"),
                   ("r", "hjælpe med\nAftalens varighed\nStartdato og slutdato (højst 6 måneder)",
                    "f.o.m. 1. oktober 2026 t.o.m. 31. marts 2027"), MENTOR, HOURS, FOLLOW)
    fields = _fields(doc, pack)
    assert (fields["tasks"].state, fields["duration"].state) == ("present", "present")


def test_a_label_with_a_relative_clause_names_the_field_of_its_head_noun(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, ("r", "Opgaver, som mentor skal bistå borgeren med i forløbet",
                                         "Træne busturen til skolen\nHjælpe med at lave et budget"),
                   PERIOD, FOLLOW, HOURS)
    assert _fields(doc, pack)["tasks"].state == "present"


def test_an_overview_of_activities_that_points_to_the_agreement_is_none_of_the_kinds(pack):
    doc = doc_from(("h", "Aktivitetsoversigt – Yusuf Madsen"),
                   "Oversigten viser dine aktiviteter i jobcentret. Den er ikke en afgørelse.",
                   "Virksomhedspraktik, Føtex: 04.05.2026 – 28.06.2026 Afsluttet",
                   "Mentorstøtte: Se særskilt aftale Igangværende")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_row_the_pack_does_not_know_among_the_mentors_rows_is_one_of_the_mentors_details(pack):
    doc = doc_from(TITLE, ("r", "Sagsbehandler", "Bo Frandsen, tlf. 59 66 71 45"), ("h", "1. Mentor"),
                   ("r", "Navn", "Anna Karimi"), ("r", "Arbejdssted", "Jobcenter Odsherred, Mentorteamet"),
                   ("r", "Telefon", "38 86 46 13"), ("h", "2. Målet med mentorstøtten"),
                   "Hovedformålet er, at Nikolaj kan starte på SOSU-hjælperuddannelsen.")
    assert _fields(doc, pack)["mentor"].state == "present"


def test_another_partys_row_under_the_mentors_heading_does_not_complete_the_mentor(pack):
    doc = doc_from(TITLE, ("h", "1. Mentor"), ("r", "Navn", "Anna Karimi"),
                   ("r", "Sagsbehandler", "Bo Frandsen, tlf. 59 66 71 45"))
    assert _fields(doc, pack)["mentor"].state == "incomplete"


def test_another_activitys_card_in_a_plain_text_plan_with_status_lines_is_not_the_mentors(lint):
    _, findings = lint(doc_from("Min Plan", "Udskrevet fra Jobnet.dk 04.02.2026", ("h", "AKTIVITETER OG TILBUD"),
                                "Forberedende grunduddannelse (FGU Nordvestsjælland, PGU)",
                                "Periode: 16.01.2026 - 15.01.2027", "Status: Aktiv", "Mentorstøtte (§ 167)",
                                "Formål med mentorstøtten: Cecilie gennemfører grundforløb 1 på EUC og består eksamen i juni.",
                                "Mentor: Maja Andersen, Ungeindsatsen, tlf. 21 18 88 93",
                                "Mentors opgaver: følge Cecilie til de første møder; hjælpe med post i e-Boks",
                                "Periode: 15.02.2026 - 14.08.2026", "Timetal: 5 timer pr. uge", "Status: Aktiv"))
    assert "duration-over-6-months" not in rules_of(findings)


def test_an_english_lead_in_to_what_we_want_to_reach_labels_the_goal(pack):
    doc = doc_from(("h", "Your mentor agreement – in plain English"), "Dear Tomasz,",
                   "What we want to reach: Tomasz completes Danish module 3 at the language school by 3 April 2026.",
                   "Who your mentor is: Ali Mahmoud from Bydelsmentor. Phone 84 44 44 39.")
    assert _fields(doc, pack)["goal"].state == "present"


def test_a_grid_with_fra_and_til_columns_gives_the_period(pack):
    doc = doc_from(TITLE, GOAL, MENTOR, TASKS, ("h", "4. Varighed og timer"), ("r", "Fra", "Til", "Timer pr. uge"),
                   ("r", "1. marts 2026", "31. august 2026", "2 timer om ugen"), FOLLOW)
    fields = _fields(doc, pack)
    assert (fields["duration"].state, fields["hours"].value) == ("present", "2 timer om ugen")


def test_a_second_label_for_the_same_field_beside_a_lower_case_line_is_the_labels_hint(pack):
    doc = doc_from(("h", "Min Plan"), ("r", "Formål", "Opstart på FGU (produktionsgrunduddannelse) senest 1."),
                   ("r", "Målet med mentorstøtten", "marts og fremmøde 4 af 5 dage."), MENTOR, TASKS, PERIOD, HOURS)
    assert _fields(doc, pack)["goal"].value.endswith("fremmøde 4 af 5 dage.")


def test_a_long_value_in_a_later_cell_is_no_label(pack):
    doc = doc_from(TITLE, ("r", "Målet med mentorstøtten", "Borgeren skal begynde på HF-enkeltfag (dansk og matematik)"),
                   MENTOR, TASKS, PERIOD, FOLLOW, HOURS)
    assert _fields(doc, pack)["goal"].state == "present"


def test_an_agreement_form_titled_aftaleskema_with_an_empty_granted_hours_row_is_an_agreement(pack):
    doc = doc_from("Trappen Mentorservice – Nørregade 17, 7100 Vejle", ("h", "Aftaleskema – mentorstøtte"),
                   ("r", "Borger", "Mette Dam"), GOAL, MENTOR, TASKS, ("r", "Bevilget periode", "1. marts 2026 – 30. juni 2026"),
                   ("r", "Timer bevilget", ""), FOLLOW, "Klagevejledning: " + KLAGE)
    assert analyze_fields(doc, pack).kind == "agreement"


def test_a_mail_that_forwards_a_copy_of_a_refusal_is_the_decision(pack):
    doc = doc_from(("h", "Kopi af afgørelse vedr. Sofie Dam"), "Hej",
                   "Som aftalt sender jeg kopi af afgørelsen, som er sendt til borgeren i dag.", "Sofie Dam",
                   ("h", "AFSLAG PÅ MENTORSTØTTE"), "Kære Sofie",
                   "Vi har behandlet din ansøgning om mentorstøtte af 4. maj 2026. Du får afslag.",
                   ("h", "Hvis du vil klage"), KLAGE, fmt="eml")
    assert analyze_fields(doc, pack).kind == "decision"


def test_a_letter_that_says_it_is_no_decision_is_none_of_the_kinds(pack):
    doc = doc_from(("h", "Vi vil høre dig, inden vi træffer afgørelse"), "Kære Sofie",
                   "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til aftalerne.",
                   "Dette brev er ikke en afgørelse, og du kan derfor ikke klage over det.",
                   "Du kan sende dine bemærkninger til os inden 14 dage.")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_mail_that_carries_the_citizens_min_plan_entry_is_a_min_plan_entry(pack):
    doc = doc_from(("h", "Din aktivitet i Min Plan"), "Kære Amalie",
                   "Som lovet kommer her din aktivitet fra Min Plan, så du har den samlet.",
                   "Målet er, at du gennemfører grundforløbet på SOSU Viborg og starter på hovedforløbet 1. november 2026.",
                   ("h", "Camilla skal:"), ("l", "holde kontakt med din lærer, hvis du får fravær"),
                   "Du har mentor 01.09.2026 - 28.02.2027 og I ses 2 timer om ugen.", fmt="eml")
    assert analyze_fields(doc, pack).kind == "minplan"


def test_a_jobnet_calendar_page_is_none_of_the_kinds(pack):
    doc = doc_from("Jobnet bruger cookies til at huske dine valg.", "Jobnet · Min side", "Ida Bach · Log ud",
                   ("h", "Kalender"), "Udskrevet 13.02.2026 kl. 10:27", ("h", "Marts 2026"),
                   ("l", "Tirsdag 3. marts kl. 10.00 – Møde med mentor Jesper Lund, Jobhuset"),
                   ("l", "Mandag 9. marts kl. 9.00 – Opstart i virksomhedspraktik"))
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_jobnet_pages_menu_naming_the_job_log_does_not_make_a_plan_print_unknown(pack):
    doc = doc_from("Spring til indhold", "Jobnet", "Min side  Min Plan  Joblog  Indbakke", "Min Plan", "Amalie Olsen",
                   "Mentorstøtte", ("r", "Formål", "At Amalie kommer i praktik i Netto senest 1. juni 2026."),
                   ("r", "Din mentor", "Sara Holm, tlf. 21 21 87 21"), ("r", "Periode", "01.02.2026 - 31.05.2026"))
    assert analyze_fields(doc, pack).kind == "minplan"


def test_appeal_guidance_on_another_benefit_after_a_vague_sentence_gives_no_deadline_to_it(lint):
    doc = doc_from(("h", "Afgørelse om mentorstøtte"), "Kære Frederik",
                   "Vi har besluttet at bevilge dig mentorstøtte efter § 167 i perioden 08.05.2026 – 07.10.2026.",
                   "Du kan klage over afgørelsen. Kontakt os, hvis du har spørgsmål.",
                   ("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                   "Hvis du er uenig i afgørelsen om befordringsgodtgørelse, kan du klage til kommunen inden 4 uger. "
                   "Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")
    _, findings = lint(doc)
    assert "missing-appeal-guidance" in rules_of(findings)


def test_the_sentence_after_appeal_guidance_on_another_benefit_is_still_about_that_benefit(lint):
    doc = doc_from(("h", "Afgørelse om mentorstøtte"), "Kære Christian",
                   "Vi har bevilget dig mentorstøtte i perioden 11/1-2027 til 10/7-2027.",
                   "Du får også befordringsgodtgørelse til kørsel mellem hjem og skole.",
                   "Klagevejledning vedrørende befordringsgodtgørelse",
                   "Du kan klage over afgørelsen om befordringsgodtgørelse til Holstebro Kommune inden 4 uger.",
                   "Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.", "Med venlig hilsen", "Tina Holm")
    _, findings = lint(doc)
    assert "missing-appeal-guidance" in rules_of(findings)


def test_an_agreement_for_a_new_employee_that_the_jobcentre_is_party_to_is_an_agreement(pack):
    doc = doc_from(("h", "Aftale om mentorstøtte i forbindelse med ordinært job"), "Kære Camilla",
                   "Aftalen er indgået mellem Camilla Larsen, Bageriet Kornet ApS og Jobcenter Holstebro. "
                   "Camilla er nyansat på almindelige vilkår som bager. Mentoren er en kollega, som frikøbes til "
                   "mentorfunktionen, og virksomheden får kompensation fra kommunen.",
                   "Vi har aftalt følgende mål for forløbet: Camilla bliver fastansat som bager senest ved periodens udløb.",
                   "Din mentor er din kollega Mette Christensen. Du kan fange Mette på tlf. 72 55 43 20.",
                   "Mentorstøtten gælder i perioden 01.04.2026 - 30.06.2026.")
    assert analyze_fields(doc, pack).kind == "agreement"


def test_a_workplaces_own_buddy_scheme_for_new_employees_stays_unknown(pack):
    doc = doc_from(("h", "Mentoraftale – buddy for nyansatte"), "Kære Camilla",
                   "Som nyansat i Bageriet Kornet får du en buddy de første tre måneder.",
                   "Din mentor er din kollega Mette Christensen. Du kan fange Mette på tlf. 72 55 43 20.",
                   "Aftalen gælder i perioden 01.04.2026 - 30.06.2026.")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_case_systems_list_of_letters_sent_is_none_of_the_kinds(pack):
    doc = doc_from("Sag 69.84.71-A76-28-26", ("h", "BREVLISTE - UDGÅENDE POST"), "Kommune: Lemvig Kommune",
                   "Borger: Sara Hansen", ("r", "01.06.2026", "Mentoraftale (kopi)", "e-Boks", "Sendt"),
                   ("r", "09.06.2026", "Partshøring", "e-Boks", "Sendt"))
    assert analyze_fields(doc, pack).kind == "unknown"


def test_a_period_granted_from_and_to_in_two_rows_is_one_period(lint):
    doc = doc_from(("h", "Afgørelse: mentorstøtte efter LAB § 167"),
                   "Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
                   ("r", "Bevilget fra", "1. februar 2026"), ("r", "Bevilget til", "31. august 2026"),
                   ("r", "Timer pr. uge", "2-3"), ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "duration-over-6-months" in rules_of(findings)


def test_an_educations_period_in_the_background_is_not_the_supports(lint):
    doc = doc_from(TITLE, "Baggrund: Mads er optaget på en erhvervsuddannelse (EUD), som løber fra 10. august 2026 "
                          "til 30. juni 2028; mentorstøtten dækker kun opstarten.",
                   GOAL, MENTOR, TASKS, ("r", "Aftalens varighed", "1. september 2026 – 28. februar 2027"), FOLLOW, HOURS,
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "duration-over-6-months" not in rules_of(findings)


def test_a_long_period_said_of_the_mentor_support_outside_the_duration_field_still_counts(lint):
    doc = doc_from(TITLE, "Mentorstøtten gives i perioden 1. januar 2026 – 31. december 2026.",
                   GOAL, MENTOR, TASKS, ("r", "Aftalens varighed", "1. januar 2026 – 30. juni 2026"), FOLLOW, HOURS,
                   ("h", "Klagevejledning"), KLAGE)
    _, findings = lint(doc)
    assert "duration-over-6-months" in rules_of(findings)


def test_another_activity_titled_by_its_abbreviation_in_a_text_plan_is_not_the_mentors(lint):
    doc = doc_from("Min Plan", "Jonas Jørgensen", ("h", "Forberedende Grunduddannelse (FGU)"),
                   "Periode: 10.08.2026 - 10.08.2027. Sted: FGU Havnestad.", "Mentorstøtte (§ 167)",
                   "Formål: Jonas er i virksomhedspraktik i Netto 3 dage om ugen fra 15. december 2026.",
                   "Mentor: Kim Jensen, Kompasset Mentor & Job A/S, tlf. 32 52 53 45",
                   "Periode: 15.10.2026 – 14.02.2027", "Timer: 2 timer om ugen", ("h", "Mentors opgaver"),
                   ("l", "Ringe Jonas op om morgenen de dage, hvor der er skole"))
    _, findings = lint(doc)
    assert "duration-over-6-months" not in rules_of(findings)


def test_a_numbered_activity_row_with_its_status_in_a_second_cell_names_its_activity(lint):
    doc = doc_from("MIN PLAN", "Indsats 1: Mentorstøtte – § 167 [GODKENDT]",
                   ("r", "Formål:", "Du bliver optaget på HF-enkeltfag på VUC fra januar 2027."),
                   ("r", "Mentor:", "Bo Petersen, tlf. 80 49 35 22"), ("r", "Periode:", "02.03.2026 - 01.06.2026"),
                   ("r", "Timetal:", "5 timer pr. uge"),
                   ("r", "Indsats 2: Forberedende Grunduddannelse (FGU)", "[I GANG]"),
                   ("r", "Periode:", "18.12.2025 - 17.11.2026"), ("r", "Omfang:", "30 timer pr. uge"))
    _, findings = lint(doc)
    assert "duration-over-6-months" not in rules_of(findings)


def test_the_cards_after_an_overview_table_are_no_rows_of_the_overview(pack):
    doc = doc_from("Min Plan", ("r", "Aktivitet", "Start", "Slut", "Status"),
                   ("r", "Løntilskud", "04.10.2025", "03.10.2026", "Planlagt"),
                   ("r", "Mentorforløb", "01.04.2026", "30.09.2026", "Aktiv"),
                   ("r", "Løntilskud", "Planlagt"), ("r", "Start", "04.10.2025"), ("r", "Omfang", "37 timer pr. uge"),
                   ("r", "Mentorforløb", "Aktiv"),
                   ("r", "Formål", "Signe gennemfører FGU på produktionssporet med et fremmøde på mindst 90 %."),
                   ("r", "Kontaktperson", "Helle Poulsen, Café Mentor I/S"), ("r", "Telefon", "84 56 46 89"),
                   ("r", "Start", "01.04.2026"), ("r", "Slut", "30.09.2026"), ("r", "Timer", "to timer om ugen"))
    fields = _fields(doc, pack)
    assert (fields["goal"].state, fields["mentor"].state, fields["hours"].state) == ("present", "present", "present")


def test_a_capitalised_task_that_names_an_activity_is_no_activitys_title(pack):
    doc = doc_from("Udskrift fra Min Plan", "Indsats: Mentorstøtte (§ 167)", "MÅL: Støtte til at få struktur på hverdagen.",
                   "MENTOR (NAVN, TLF., MAIL): Søren Skov, tlf. 38 58 31 71",
                   "MENTORENS OPGAVER: At læse og besvare post fra det offentlige", "Øve jobsamtaler og skrive ansøgninger",
                   "PERIODE: Fra den 31. januar 2026 til og med den 29. juli 2026", "TIMETAL: 8 timer om måneden")
    fields = _fields(doc, pack)
    assert (fields["duration"].state, fields["hours"].state) == ("present", "present")


def test_guidance_under_a_heading_about_another_benefit_is_not_the_mentor_supports(lint):
    doc = doc_from(TITLE, GOAL, MENTOR, TASKS, PERIOD, FOLLOW, HOURS,
                   ("h", "Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85"),
                   "Du kan klage til Socialafdelingen inden 4 uger. Socialafdelingen genvurderer afgørelsen, og "
                   "fastholdes den, sendes klagen til Ankestyrelsen.")
    _, findings = lint(doc)
    assert "missing-appeal-guidance" in rules_of(findings)


def test_a_reconsideration_that_upholds_and_forwards_the_complaint_is_no_decision(pack):
    doc = doc_from("Herning Kommune, 27. marts 2026", "Til Emma Dahl",
                   ("h", "Genvurdering af din klage over afgørelse om mentorstøtte"),
                   "Vi har modtaget din klage over vores afgørelse om mentorstøtte. Vi har genvurderet sagen, men "
                   "fastholder afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen.")
    assert analyze_fields(doc, pack).kind == "unknown"


def test_another_activitys_card_in_an_app_print_with_its_status_above_its_title_is_not_the_mentors(lint):
    doc = doc_from("09:41 · Assens Kommune", "Min Plan", "Hej Sofie", "Aktiv", "Mentorstøtte", ("h", "DIT MÅL"),
                   "Sofie er i virksomhedspraktik 15 timer om ugen i Føtex senest 1. juni 2026.",
                   ("h", "DIN MENTOR"), "Sara Kaya, Café Mentor I/S, sara.kaya@cafementor.dk",
                   ("h", "SARA HJÆLPER DIG MED"), "Tale med dig om fravær og hvad der skal til for at møde op",
                   ("h", "PERIODE"), "15. feb. 2026 – 14. jun. 2026", ("h", "TID MED MENTOR"), "2 timer om ugen",
                   "I gang", "Løntilskud", ("h", "STED"), "Assens Kommune, Park og Vej", ("h", "PERIODE"),
                   "11. nov. 2025 – 10. nov. 2026", ("h", "OMFANG"), "37 timer pr. uge")
    _, findings = lint(doc)
    assert "duration-over-6-months" not in rules_of(findings)
