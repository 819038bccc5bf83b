"""Fields as caseworkers and case systems write them by hand: a pronoun for the mentor, a role,
a lead-in line over the goal, a contact line with a name before its sub-label, a label typed as
a clause, a mail that carries the plan's entry, assessments before a
decision, and plan prints whose other activities are set out in overviews and cards."""

from __future__ import annotations

import pytest

from .analysis_builders import KLAGE, rules_of

_APPEAL = ("Klagevejledning: Du kan klage til kommunen inden 4 uger. Kommunen ser på sagen igen og sender "
           "klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.")


def _mail(*lines: str) -> list[str]:
    return ["Hej Ahmad", "Tak for mødet i går på rådhuset.", *lines,
            "Periode: 01.09.2026 til 30.11.2026", "Timer: 3 t. pr uge",
            "Evaluering midtvejs og igen 2 uger inden ophør. Progression måles på antal fremmødedage.",
            _APPEAL, "Mvh", "Jesper Vind"]


def test_the_mentor_named_by_a_pronoun_is_given_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), *_mail(
        "Målet: At Ahmad starter på grundforløb 1 på EUC (tømrer) i august 2026.",
        "Mentor: Dorthe Winther (Ø-mentor ApS), tlf. 34 33 14 17",
        "Hun/han skal hjælpe Ahmad med at holde styr på aftaler og følge med til lægen"))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("tasks", ["Hun/han skal hjælpe Ahmad m. at søge praktik og tage m. til første dag",
                                   "Hun/han skal tage med til jobsamtaler og øve samtalen på forhånd"])
def test_the_mentor_named_by_a_pronoun_with_an_abbreviation_or_a_task_verb_is_given_the_tasks(make_doc, lint, tasks):
    doc = make_doc(("h", "Mentoraftale"), *_mail(
        "Målet: At Ahmad starter på grundforløb 1 på EUC (tømrer) i august 2026.",
        "Mentor: Dorthe Winther (Ø-mentor ApS), tlf. 34 33 14 17", tasks))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_mentor_who_is_to_be_the_contact_to_the_workplace_has_tasks(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), *_mail(
        "Målet: At Ahmad starter på grundforløb 1 på EUC (tømrer) i august 2026.",
        "Din mentor bliver Dorthe Winther, Ø-mentor ApS, tlf 54 98 46 56.",
        "Mentoren skal være kontakt til arbejdspladsen og tage en snak med Ahmad efter hver arbejdsuge."))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_lead_in_about_the_mentor_over_the_goals_sentence_leaves_the_goal_to_it(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), *_mail(
        ("h", "Her er det vi aftalte om din mentor:"),
        "Målet er at Ahmad kommer i ordinært job på havnen – først praktik 3 dage om ugen, så ansættelse.",
        "Mentor: Per Hviid (Mentorhuset Syd), mobil 49 92 72 43",
        "Hun/han skal hjælpe Ahmad med at holde styr på aftaler"))
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_a_name_and_firm_before_a_contacts_sub_label_are_the_mentors_value(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("h", "Mål"), "Ahmed kommer i ordinært job som chauffør.",
                   ("h", "Mentorens navn og kontaktdata"), "Mette Skov, Fokus Mentor, e-mail: mette@fokus.dk",
                   ("h", "Mentorens opgaver"), "Hjælpe Ahmed med at planlægge ugen.",
                   "Periode: 1. marts 2026 – 31. august 2026", "Timer: 3 timer om ugen",
                   "Opfølgning: statusmøde hver måned.", _APPEAL)
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_first_cell_written_as_a_clause_is_a_label_of_its_own(make_doc, lint):
    doc = make_doc("Aftale om støtte fra mentor (LAB § 167)",
                   ("r", "Hvor skal du hen?", "Jonas har et ordinært job som lagermedarbejder senest 2026-12-31."),
                   ("r", "Ressourceperson", "Bo Jørgensen, Stifinderne ApS – tlf. 49 65 90 45"),
                   ("r", "Fokusområder", "Hjælpe med at planlægge ugen og følge med til samtaler."),
                   ("r", "Hvornår?", "2026-07-01 – 2026-12-31"), ("r", "Scope (timer)", "3 t/u"),
                   ("r", "Sådan holder vi øje med udviklingen", "Check-in with your caseworker every month."),
                   ("r", "Hvis du vil klage", _APPEAL))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_mail_whose_subject_names_an_agreement_in_min_plan_and_carries_the_plans_entry_is_min_plan(make_doc, lint):
    doc = make_doc("Fra: Omar Kristensen <omar@randers.dk>", "Emne: Mentor aftale i Min Plan", "Hej Zainab",
                   "Her er mentorstøtten, som den står i din plan på Jobnet:",
                   "Målsætning: Du får en læreplads som tømrer senest 15. april 2026.",
                   "Mentor/kontaktperson: Zainab Yilmaz, Ungdommens Uddannelsesvejledning, tlf. 39 17 27 10",
                   "Indsatsområder: Være bindeled mellem dig og arbejdsgiveren",
                   "Varighed: 2026-02-15 til 2026-08-14", "Timeantal pr. uge: 5 timer pr. uge")
    assert lint(doc) == ("minplan", [])


def test_a_providers_recommendation_to_extend_is_no_decision(make_doc, lint):
    doc = make_doc("Indstilling om forlængelse af mentorstøtte", "Fra: Lærdansk Erhverv",
                   "Borger: Amira Vestergaard", "Den nuværende periode udløber 14. april 2026. Mentor vurderer, at "
                   "Amira har brug for støtte i yderligere 6 måneder for at fastholde praktikken.",
                   "Indstillingen behandles af kommunen, som træffer afgørelse.")
    assert lint(doc) == ("unknown", [])


def test_a_plans_overview_of_other_activities_beside_the_mentor_card_gives_the_card_its_period(make_doc, lint):
    doc = make_doc(("h", "Min Plan – aktiviteter"), ("r", "Aktivitet", "Beskrivelse", "Periode", "Omfang"),
                   ("r", "Uddannelse", "EUD grundforløb 2", "17. november 2026 – 16. juli 2028", "Fuld tid"),
                   ("r", "Behandling", "Ambulant behandling", "17. august 2026 – 16. august 2027", "1 samtale om ugen"),
                   "Mentorstøtte (§ 31 b)", ("l", "Målsætning: Du gennemfører grundforløbet og består prøven."),
                   ("l", "Mentor/kontaktperson: Bilal Thomsen, tlf. 65 72 37 23"),
                   ("l", "Indsatsområder: Gennemgå post i e-Boks sammen med dig hver uge"),
                   ("l", "Varighed: 1. september 2026 – 28. februar 2027"), ("l", "Timeantal pr. uge: 5 timer"))
    assert lint(doc) == ("minplan", [])


def test_another_activitys_card_under_a_line_of_description_is_not_the_mentor_supports(make_doc, lint):
    doc = make_doc("Udskrift af Min Plan", "Mentor (LAB § 167)", "Status: Aktiv",
                   "Målsætning: Du gennemfører EUD-grundforløbet (smed) og består grundforløbsprøven 4. maj 2026.",
                   "Mentor/kontaktperson: Rasmus Jørgensen, Fremtidens Mentor ApS, tlf. 62 65 15 93",
                   "Indsatsområder: Hjælpe med at lave en ugeplan med faste tider",
                   "Varighed: 4/1-2026 - 3/5-2026", "Timeantal pr. uge: 2 timer pr. uge",
                   "Sundhedsfagligt forløb", "Smerteklinik og fysioterapi, Regionshospitalet",
                   "Periode: 4/10-2025 - 3/8-2026", "Omfang: 1 gang om ugen")
    assert lint(doc) == ("minplan", [])


def test_a_label_over_a_page_break_takes_its_value_after_the_next_pages_letterhead(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb"),
                   "Hovedformål: Kasper gennemfører første semester på pædagoguddannelsen (VIA).",
                   "Mentor: Lars Østergaard, Jobhuset ApS, tlf. 23 45 67 89",
                   "Indsatsområder: Følge Kasper til praktikstedet de første to uger.",
                   ("h", "Varighed:"), "Holbæk Kommune, Beskæftigelse", "Kanalstræde 2 · 4300 Holbæk",
                   ("h", "Sagsbehandler"), "Thomas Riis", "Tlf. 46 31 36 55", "Mail thri@kommune.dk",
                   "Sagsnr. 17.11.00-G01-280-26", "Dato 27.02.2026", "2026-06-01 – 2026-11-30", "Timetal: 4 timer ugentligt",
                   "Opfølgning: Vi følger op hver 3. måned.", _APPEAL)
    assert "missing-duration" not in rules_of(lint(doc)[1])


def test_a_label_over_a_line_that_says_nothing_of_it_is_not_filled_by_a_figure_in_another_field(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb"),
                   "Hovedformål: Kasper gennemfører første semester på pædagoguddannelsen (VIA).",
                   "Mentor: Lars Østergaard, Jobhuset ApS, tlf. 23 45 67 89",
                   "Indsatsområder: Følge Kasper til praktikstedet de første to uger.",
                   "Periode: 2026-06-01 – 2026-11-30", ("h", "Timetal:"), "Holbæk Kommune, Beskæftigelse",
                   "Opfølgning: Vi følger op hver 3. måned, 1 time ad gangen.", _APPEAL)
    assert "missing-hours" in rules_of(lint(doc)[1])


def test_a_sub_label_run_together_with_an_e_mail_address_is_the_mentors_contact(make_doc, lint):
    doc = make_doc("Min Plan", ("h", "Mentorordning"), ("r", "Mål med mentorstøtten", "Tobias består FVU-dansk trin 2."),
                   ("r", "Mentor", "Nadia Mortensen, Ungeenheden"), "Kontaktoplysninger nadia@ungeenheden.dk",
                   ("h", "Mentorens opgaver"), "Være bindeled mellem dig og arbejdsgiveren",
                   ("r", "Periode", "01.01.26 – 31.03.26"), ("r", "Timetal", "2 timer ugentligt"))
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def _plan(*middle):
    return (("h", "Aftale om mentorforløb efter LAB § 167"), ("h", "Mål"),
            "Nikolaj er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. juli 2026.",
            ("h", "Mentor"), "Rikke Karimi, Mentorcentret Midt, tlf. 97 98 24 63", *middle,
            ("h", "Bevilget periode"), "f.o.m. 10/2 2026 t.o.m. 9/6 2026", ("h", "Omfang"), "5 timer ugentligt",
            ("h", "Klagevejledning"), _APPEAL)


_TASKS = (("h", "Mentorens opgaver"), ("l", "Øve busruten sammen med Nikolaj"),
          ("l", "Hjælpe med at lave en ugeplan for morgenrutiner"))


def test_dated_sub_goals_reviewed_at_status_meetings_are_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, ("h", "Delmål og progression"),
                          ("l", "Delmål 1 (31. maj 2026): Nikolaj kender vejen og møder til tiden tre dage om ugen."),
                          ("l", "Delmål 2 (31. juli 2026): Nikolaj ringer selv til arbejdsstedet ved fravær."),
                          "Vi gennemgår delmålene på et statusmøde ved hver dato."))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_status_at_a_rhythm_in_a_paragraph_under_the_task_list_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, "Hver måned laver vi en kort status sammen, og sagsbehandleren deltager "
                                   "hver anden gang. Mentor og du aftaler selv tidspunkterne."))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_the_parties_meeting_again_in_the_tasks_line_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(("l", "3) Hvilke opgaver mentoren skal bistå ved: Tage med til opstartsmødet på skolen. "
                                "Vi mødes igen om seks uger og ser på, hvordan det går med fremmødet.")))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_an_evaluation_meeting_told_in_a_decisions_reasons_is_no_follow_up(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om forlængelse af mentorstøtte"), "Til: Ahmad Rahimi · Sagsnr. 2026-42119",
                   "Din mentorstøtte forlænges i en ny periode: 10. august 2026 til 31. januar 2027. Du har fortsat "
                   "2 timer om ugen med Birgitte Dahl.",
                   "Begrundelse: På evalueringsmødet aftalte vi, at du er tæt på dit mål, men har brug for støtte de "
                   "første måneder i dit nye job.", ("h", "Klagevejledning"), _APPEAL,
                   ("h", "English summary"), "Your mentor support is extended for a new period: 10 August 2026 – "
                   "31 January 2027. You keep 2 hours a week with Birgitte Dahl.")
    assert lint(doc) == ("decision", [])


_NONE_OF_THE_KINDS = {
    "an English hearing letter": (
        "Before we make a decision – we would like your comments",
        "Dear Ahmad, we are considering stopping your mentor support because you have not met with your mentor "
        "for six weeks.", "Before we decide, you can tell us your view. Please contact us within 8 days.",
        "No decision has been made yet. Kind regards, Henrik Nygaard, Ishøj Kommune"),
    "an interpreter's booking confirmation": (
        "Booking confirmation – Tolkeservice Øst", ("r", "Language", "Tigrinya"),
        ("r", "Date", "24 April 2026, 10:00-11:00"), ("r", "Place", "Jobcenter Køge, Torvet 1"),
        ("r", "Assignment", "Meeting about mentor agreement"), ("r", "Interpreter", "Hiwet Berhane")),
    "a club's volunteer mentor agreement in English": (
        "MENTOR AGREEMENT – FOOTBALL FOR ALL (VOLUNTEER PROGRAMME)",
        "This is an agreement between you and your volunteer mentor in the club's programme. It is not an "
        "agreement with the municipality.", "Goal: to get to know new people and practise Danish.",
        "Your mentor: Ole from U17 coaching staff, tel. 30 22 41 19.",
        "We meet at training on Wednesdays from 17.00 to 19.00, from March to June."),
}


@pytest.mark.parametrize("items", _NONE_OF_THE_KINDS.values(), ids=_NONE_OF_THE_KINDS.keys())
def test_a_document_of_none_of_the_kinds_gets_no_finding(make_doc, lint, items):
    assert lint(make_doc(*items)) == ("unknown", [])


@pytest.mark.parametrize("follow_up", ["Der følges op efter behov.", "Opfølgning sker løbende.", "As needed.",
                                       "Der aftales opfølgning, når det bliver relevant.",
                                       "Jesper Poulsen er ansvarlig for opfølgningen."])
def test_a_follow_up_that_says_neither_when_nor_how_is_missing(make_doc, lint, follow_up):
    doc = make_doc(*_plan(*_TASKS, ("h", "Opfølgning"), follow_up))
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_a_follow_up_as_needed_with_a_rhythm_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, ("h", "Opfølgning"), "Vi følger løbende op og holder statusmøde hver 6. uge."))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_status_the_parties_make_at_a_rhythm_in_the_tasks_cell_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(("r", "Indsatsområder", "Øve busruten sammen med Nikolaj; Følge Nikolaj til praktikstedet. "
                                                  "Hver måned laver vi en kort status sammen, og sagsbehandleren "
                                                  "deltager hver anden gang.")))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_goal_label_left_empty_over_the_mentors_sentence_is_missing(make_doc, lint):
    doc = make_doc(("h", "Din aftale om mentorstøtte"), "Kære Sara",
                   "Her får du det, vi blev enige om på mødet, skrevet ned.", ("h", "Mål:"),
                   "Din mentor er Henrik Madsen, Broen ApS, tlf. 80 67 20 75, henrik@broen.dk.", ("h", "Henrik skal:"),
                   ("l", "støtte op om kontakten til studievejlederen"), ("l", "hjælpe med at planlægge ugen"),
                   "Periode: 1. marts 2026 – 31. august 2026", "Timer: 3 timer om ugen",
                   "Opfølgning: statusmøde hver måned.", _APPEAL)
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


def test_a_sites_menu_on_one_line_that_names_other_pages_does_not_title_a_min_plan_print(make_doc, lint):
    doc = make_doc("Jobnet Min side Min plan Joblog Kalender Log ud", "Forside › Min side › Min plan", "Min plan",
                   "Fatima Yilmaz", "Mentorstøtte (LAB § 167) Aktiv",
                   ("r", "Mål med mentorstøtten", "Du starter på grundforløb 1 på ZBC i august 2026."),
                   ("r", "Din mentor", "Dorthe Mortensen, Kommunens Mentorkorps, tlf. 28 21 92 99"),
                   ("r", "Aftale", "Dorthe skal hjælpe med at åbne og svare på Digital Post."),
                   ("r", "Antal timer", "halvanden time pr. uge"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-duration"})


_WAGE_SUBSIDY_CARD = ("Løntilskud", "I gang", "Sted", "Tønder Kommune, Park og Vej", "Start", "18.10.2025", "Slut",
                      "17.10.2026", "Omfang", "37 timer pr. uge", "Kontaktperson", "Lars Jensen (Nærmeste leder)",
                      "Telefon", "86 73 96 56")


def test_a_cards_status_on_the_line_under_its_title_keeps_the_mentor_card_apart(make_doc, lint):
    doc = make_doc("Min Plan", "Ali Yilmaz · Udskrevet 12.06.2026 · Tønder Kommune", *_WAGE_SUBSIDY_CARD,
                   "Støtte fra mentor", "Godkendt", "Mål",
                   "Ali er i virksomhedspraktik 15 timer om ugen i Føtex senest 1. juni 2026.", "Kontaktperson",
                   "Pia Olsen, Brobyggerne", "Telefon", "46 51 41 34", "Start", "01.01.2026", "Slut", "30.04.2026",
                   "Timetal", "8 timer om måneden", "Aftalte opgaver", "Følge dig til praktikstedet de første to uger")
    assert lint(doc) == ("minplan", [])


def test_a_contacts_e_mail_line_in_the_mentor_card_titles_no_card(make_doc, lint):
    doc = make_doc("Min Plan", "Ida Kristensen · Udskrevet 26-08-2026", *_WAGE_SUBSIDY_CARD, "Mentor", "Aktiv",
                   "Formål med indsatsen", "Ida gennemfører FGU på produktionssporet med et fremmøde på mindst 90 %.",
                   "Kontaktperson", "Pia Larsen, Ungeindsatsen", "E-mail pia.larsen@ungeindsatsen.dk", "Start",
                   "01-02-2026", "Slut", "31-07-2026", "Timetal", "1½ time om ugen", "Opgaver",
                   "Hjælpe med at lave en ugeplan")
    assert lint(doc) == ("minplan", [])


def test_another_activitys_card_under_the_plans_activities_heading_is_not_the_mentor_supports(make_doc, lint):
    doc = make_doc("Min Plan", "Line Yilmaz", "Dit mål", "Line er i fleksjob som pedelmedhjælper 12 timer om ugen.",
                   "Aktiviteter", "Forberedende Grunduddannelse (FGU)",
                   "Periode: 19.11.2024 - 19.11.2025. Sted: FGU Havnestad.", "Mentorstøtte (§ 167)",
                   "Formål: Line er i fleksjob som pedelmedhjælper på Havnestad Skole.",
                   "Mentor: Signe Christensen, Kompasset, tlf. 40 50 60 70", "Periode: 01.02.2025-31.07.2025",
                   "Timer: 1½ time ugentligt", "Mentors opgaver", ("l", "Hjælpe med at skabe overblik over skema"))
    assert lint(doc) == ("minplan", [])


def test_a_follow_up_meeting_where_an_addendum_was_agreed_sets_no_follow_up(make_doc, lint):
    doc = make_doc("Tillæg til mentoraftale", "Jobcenter Herning, Herning Kommune", "Borger: Amira Vestergaard",
                   "Dette tillæg ændrer aftalen om mentorstøtte af 15. oktober 2025. Ændringerne blev aftalt på "
                   "opfølgningsmødet 29. december 2025. Aftalens øvrige punkter er uændrede.",
                   "1) Din mentor: Dorthe Als, Mentorhuset Midt, e-mail: dorthe@mentorhuset.dk",
                   "2) Periode: fra 10.01.2026 til 14.04.2026", "3) Antal timer: 2,5 timer om ugen")
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_a_follow_up_heading_over_a_paragraph_about_something_else_is_empty(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, ("h", "Opfølgning:"), "Ændringer i timetal eller formål skrives ind i Min Plan."))
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_status_badges_over_every_card_set_the_other_activities_apart_beside_a_mentor_label(make_doc, lint):
    doc = make_doc("09:41 · Aalborg Kommune", ("h", "Min Plan"), "Hej Camilla",
                   "I gang", "Danskuddannelse 2, modul 3", "Sted", "Sprogcenter Aalborg", "Periode",
                   "4. dec. 2025 – 3. okt. 2026", "Omfang", "12 lektioner pr. uge", "Kontakt", "Sara Yilmaz · 90 38 45 49",
                   "Aktiv", "Mentor", "Din mentor", "Kim Pedersen", "Brobyggerne", "📞 82 53 26 95",
                   "Kim hjælper dig med", ("l", "Følge dig til praktikstedet de første to uger"),
                   ("l", "Ringe dig op om morgenen"), "Periode", "15. mar. 2026 – 14. sep. 2026", "Tid med mentor",
                   "8 timer om måneden", "I gang", "Samtaleforløb hos psykolog", "Sted", "Psykologhuset", "Periode",
                   "18. okt. 2025 – 17. feb. 2026", "Omfang", "1 samtale hver 14. dag", "Kontakt", "Bo Larsen · 99 42 50 87")
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("heading", ["Det har vi aftalt", "Din aftale"])
def test_a_decision_with_the_agreement_under_a_heading_of_its_own_is_checked_as_an_agreement(make_doc, lint, heading):
    doc = make_doc("BEVILLING AF MENTORSTØTTE", "Kære Peter",
                   "Næstved Kommune har besluttet at bevilge dig mentorstøtte efter § 167 i lov om en aktiv "
                   "beskæftigelsesindsats. Støtten er bevilget fra 1. november 2026 til 30. april 2027.",
                   ("h", heading), "Målet er: Peter starter på grundforløb 1 på SOSU-skolen den 1. marts 2027.",
                   "Din mentor er Julie Østergaard. Du kan ringe til Julie på 55 66 77 49.",
                   "Julie tager sig af følgende: hjælpe Peter med at planlægge ugen; tage med til møder.",
                   "I har 3 timer pr. uge sammen.", ("h", "Klagevejledning"), _APPEAL)
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_a_status_meeting_held_before_an_extension_sets_no_follow_up(make_doc, lint):
    doc = make_doc("Ny periode med mentorstøtte", "Kære Ida",
                   "Vi har på statusmødet vurderet, at du fortsat har brug for støtte, og vi forlænger derfor "
                   "mentorstøtten i en ny periode. Støtten er bevilget fra 1. juni 2026 til 30. november 2026.",
                   "Din aftale", ("h", "Formål"), "Ida har et fleksjob som køkkenmedhjælper 12 timer om ugen.",
                   ("h", "Din mentor"), "Julie Christensen, Trin for Trin ApS, tlf. 82 52 72 29",
                   ("h", "Det skal mentoren hjælpe dig med"), ("l", "Støtte i opstarten på arbejdspladsen"),
                   ("h", "Antal timer"), "3 timer om ugen", ("h", "Hvis du vil klage"), _APPEAL)
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_the_mentors_contact_line_under_a_name_in_a_header_belongs_to_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Din mentor: Marianne Qvist"),
                   "Beskæftigelsesenheden · tlf. 71 28 24 58 · marianne@beskaeftigelsesenheden.dk",
                   ("h", "Aftale om mentorstøtte efter LAB § 167"), "Borger: Fatima Mikkelsen",
                   "Formål og mål: Fatima er i fleksjob som køkkenmedhjælper i en kantine, 10 timer om ugen.",
                   ("h", "Indsatsområder"), "Hjælpe med at skrive ansøgninger", "Periode: 1. marts 2026 – 31. august 2026",
                   "Timer: 3 timer om ugen", "Opfølgning: statusmøde hver måned.", _APPEAL)
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_mentors_welcome_letter_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Kommunens mentorteam", "30. maj 2026", ("h", "HEJ OG VELKOMMEN"), "Kære Cecilie",
                   "Jeg hedder Henrik Dalgaard, og jeg skal være din mentor. Jeg glæder mig til at møde dig.",
                   ("h", "LIDT OM MIG"), "Jeg har arbejdet som mentor i Kommunens mentorteam i 10 år.",
                   ("h", "VORES FØRSTE MØDE"), "Vi ses første gang den 15. juni 2026 kl. 9.30 på Café Kvarteret.",
                   ("h", "SÅDAN FÅR DU FAT I MIG"), "Ring eller skriv på 57 14 91 90.",
                   "Aftalen om din mentorstøtte med mål og periode får du fra din sagsbehandler i et særskilt brev.")
    assert lint(doc) == ("unknown", [])


def test_an_agreement_written_as_a_welcome_is_an_agreement(make_doc, lint):
    doc = make_doc("Slagelse Kommune · Beskæftigelse", ("h", "Velkommen til forløbet hos Stifinderne ApS"),
                   "Kære Rasmus", "Som vi talte om, sigter vi efter dette: Rasmus har et ordinært job som "
                   "lagermedarbejder med mindst 15 timer om ugen senest d. 30. april 2026. Din mentor bliver Lars "
                   "Sørensen (Stifinderne ApS), mob. 2670 3869. Lars skal hjælpe dig med at øve busruten.",
                   "Forløbet løber fra 1. januar 2026 til 30. juni 2026, og I har 3 timer om ugen sammen.",
                   "Vi følger op hver måned.", _APPEAL)
    assert lint(doc)[0] == "agreement"


def test_the_hours_said_in_the_mentors_section_are_the_hours(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS)[:4], ("h", "Mentor"),
                   "Din mentor er Bo Lindberg, Mentorhuset, 45 67 75 52. Du får 2 t/uge med din mentor.",
                   *_TASKS, ("h", "Periode"), "1. januar 2026 til 30. juni 2026", ("h", "Opfølgning"),
                   "Statusmøde hver måned.", ("h", "Klagevejledning"), _APPEAL)
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_plain_language_meeting_at_a_rhythm_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, ("h", "Hvordan går det?"),
                          "Hver 4. uge mødes du, din mentor og din sagsbehandler. Vi ser, om det går godt."))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_follow_up_heading_over_another_fields_sentence_still_finds_its_follow_up_further_on(make_doc, lint):
    doc = make_doc(*_plan(*_TASKS, ("h", "Sådan følger vi op"),
                          "Giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
                          "Dato og underskrift, borger:",
                          "Mentor sender en kort skriftlig status hver måned. Delmål gennemgås på opfølgningssamtalen."))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_label_and_value_line_is_no_activitys_title_under_an_agreements_title(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentorstøtte"), "Borger: Omar Bach", "Sagsnr.: 15.02.05-G01-621-26",
                   "Målet med mentorstøtten: Omar har fået ordinære løntimer, mindst 12 timer om ugen, inden 1. "
                   "december 2026.", ("h", "Det skal mentor hjælpe med"), "Hjælpe med post fra e-Boks",
                   "Opfølgning: ☒ Hver måned ☐ Hver 3. måned", "Periode: 1/9-2026 til 28/2-2027",
                   ("h", "Timer med mentor"), "3 timer pr. uge", ("h", "Din mentor: Lars Østergaard"),
                   "Jobhuset Midt · tlf. 26 18 82 24 · lars@jobhusetmidt.dk", _APPEAL)
    assert lint(doc) == ("agreement", [])


def test_an_e_mail_whose_at_sign_a_scan_lost_is_still_the_mentors_contact(make_doc, lint):
    doc = make_doc(*_plan()[:3], ("h", "Mentor"), "Jesper Mortensen, Trappen ApS, e-mail: jesperetrappen-aps.dk",
                   *_TASKS, ("h", "Periode"), "1. januar 2026 til 30. juni 2026", ("h", "Timer"), "3 timer om ugen",
                   ("h", "Opfølgning"), "Statusmøde hver måned.", ("h", "Klagevejledning"), _APPEAL)
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_web_address_is_no_contact_for_the_mentor(make_doc, lint):
    doc = make_doc(*_plan()[:3], ("h", "Mentor"), "Jesper Mortensen, Trappen ApS, www.trappen-aps.dk",
                   *_TASKS, ("h", "Periode"), "1. januar 2026 til 30. juni 2026", ("h", "Timer"), "3 timer om ugen",
                   ("h", "Opfølgning"), "Statusmøde hver måned.", ("h", "Klagevejledning"), _APPEAL)
    assert "missing-mentor" in rules_of(lint(doc)[1])


_FRAME = ("Periode: 01.06.2026 - 30.11.2026", "Timer pr. uge: 2-3 timer pr. uge",
          "Evaluering: Vi følger op hver 4. uge og måler progression på delmålene.", _APPEAL)


def test_a_numbered_label_the_pack_does_not_know_ends_the_mentor_section_above_it(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"),
                   ("l", "1.1 Mål (job/udd.): Du er optaget på SOSU-hjælperuddannelsen på SOSU H til januar 2027."),
                   ("l", "1.2 Mentorens kontaktdata: Navn: Rasmus Vestergaard. Telefon: 78 60 54 98. "
                         "E-mail: rasmus.vestergaard@mentorhuset.dk"),
                   ("l", "1.3 Hverdagen"),
                   ("l", "Gå med til møder med jobcentret og skolen"),
                   ("l", "Hjælpe med at åbne og forstå post fra det offentlige"),
                   ("l", "Hjælpe med at skrive ansøgninger og øve jobsamtaler"), *_FRAME)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_items_marked_with_a_plus_open_with_their_task_verbs(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Borger", "Christian Iversen"),
                   ("r", "Mål og delmål", "Christian er optaget på EUX Business på Rybners med højst to dages fravær."),
                   ("r", "Mentor", "Nanna Petersen, Job & Trivsel I/S, tlf. 92 84 41 24"),
                   ("r", "Mentorens opgaver", "+ Tage med til møder med uddannelsesstedet\n+ Træne morgenrutiner, så\n"
                                              "Christian kommer afsted til tiden"), *_FRAME)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("lead_in", ["Det hjælper Louise dig med", "Det skal Louise hjælpe med"])
def test_a_lead_in_that_names_the_mentor_after_the_verb_introduces_the_tasks(make_doc, lint, lead_in):
    doc = make_doc(("h", "Din aftale om mentor"), ("h", "Dit mål"),
                   "Du skal starte på SOSU-hjælperuddannelsen. Du skal komme 4 dage om ugen.",
                   ("h", "Din mentor"), "Din mentor hedder Louise Winther. Du kan ringe til Louise på 63 98 70 10.",
                   lead_in, ("l", "At komme op om morgenen."), ("l", "At tage bussen til praktikken."),
                   ("l", "At læse breve fra kommunen."), *_FRAME)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


_PARTS = (("h", "Aftale om mentorstøtte"), "Mål: Ida gennemfører FVU-dansk trin 2 på VUC Faxe og møder stabilt.",
          "Mentor: Kasper Friis, tlf. 22 48 19 33", "Opgaver: Følge Ida til VUC de første uger og øve busturen.",
          "Periode: 25-11-2024 – 24-04-2025", "Timetal: 8 timer om måneden", _APPEAL)


def test_a_follow_up_sentence_that_says_neither_when_nor_how_is_missing_follow_up(make_doc, lint):
    doc = make_doc(*_PARTS[:5], "Der følges op efter behov.", *_PARTS[5:])
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_a_vague_follow_up_sentence_before_one_with_a_rhythm_is_no_missing_follow_up(make_doc, lint):
    doc = make_doc(*_PARTS[:5], "Der følges op efter behov.", "Vi holder statusmøde hver 4. uge.", *_PARTS[5:])
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_period_under_the_hours_label_is_no_figure_of_hours(make_doc, lint):
    doc = make_doc(*_PARTS[:4], "Opfølgning: statusmøde hver 4. uge.", ("h", "Omfang"),
                   "Forløbet løber 1. maj 2024-31. oktober 2024. Timetal: løbende, efter aftale med mentor.", _APPEAL)
    assert "missing-hours" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("activity", ["Behandling: Psykiatrisk ambulatorium Køge",
                                      "Uddannelse: Produktionsgrunduddannelse (FGU Øst)"])
def test_a_plan_prints_other_activity_named_by_its_kind_keeps_its_period_to_itself(make_doc, lint, activity):
    doc = make_doc("Udskrevet 23.12.2024 kl. 10:11", ("h", "Min Plan (Jobnet) – udskrift"), "Navn: Amalie Ali",
                   activity, "Start: 11.10.2024", "Slut: 11.07.2025", "Kontaktperson: Jesper Johansen",
                   "Mentor (§ 167)",
                   "Formål: At Amalie gennemfører sin virksomhedspraktik i Rema 1000 Faxe og derefter overgår til løntilskud.",
                   "Mentor: Tariq Haddad, Kompas Mentor & Job", "Telefon: 31 77 02 45",
                   "Mentors opgaver: Følge Amalie til praktikstedet de første to uger; Ugentlig samtale om fremmøde",
                   "Start: 08.12.2024", "Slut: 07.06.2025", "Timer pr. uge: 3", "Status: Godkendt")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", set())


def test_a_party_over_the_period_names_no_other_activity(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), *_PARTS[:4], "Sagsbehandler: Jesper Johansen",
                   "Periode: 01.03.2026 - 31.12.2026", "Aktivitet: Mentorstøtte", "Opfølgning: statusmøde hver 4. uge.",
                   *_PARTS[5:])
    assert "duration-over-6-months" in rules_of(lint(doc)[1])


def test_a_name_after_a_task_verb_in_a_colonless_goal_line_is_the_goals_value(make_doc, lint):
    doc = make_doc(("h", "mentor aftale"), "Deltager Emil Jakobsen", "Formål støtte Emil i hverdagen og motivere",
                   "Mentorns navn Bo Hvid, tlf 2926 1170",
                   "Mentor opgave ga med til læge hvis Emil vil, ringe Emil op om morgenen mandag + onsdag",
                   "varighed 1.3.2026 - 31.8.2026", "tmer 6 timer pr. uge", "Opfølgning tlf hver 2. uge", _APPEAL)
    assert rules_of(lint(doc)[1]) == {"unclear-goal"}


_HEAD = (("h", "Mentoraftale"), "Borger: Nikolaj Skov",
         "Mål: Nikolaj starter på Social- og sundhedsassistentuddannelsen 1. december 2026 og møder fire dage om ugen.",
         "Mentor: Henrik Juul, Kompetencehuset, tlf. 55 69 80 89")
_TAIL = ("Periode: 1.9.2026 - 30.11.2026", "Timetal: 2-3 t/uge", "Opfølgning: statusmøde hver 4. uge.", _APPEAL)


@pytest.mark.parametrize("header,rows", [
    (("Dag", "Tid", "Hvad laver mentor sammen med dig"),
     [("Mandag", "kl. 8.00-9.00", "Mentor henter dig og følger dig til skolen"),
      ("Onsdag", "kl. 13.00-14.00", "Samtale om ugen: fremmøde, søvn og transport")]),
    (("Aktivitet", "Tid pr. uge", "Ansvarlig"),
     [("Følgeskab til og fra skolen de første 3 uger", "1 time", "Mentor"),
      ("Samtale om trivsel og fremmøde", "1 time", "Mentor")]),
    (("Mentor", "Nikolaj", "Sagsbehandler"),
     [("Følger Nikolaj til praktikstedet de første 2 uger", "Møder op kl. 8", "Holder statusmøder"),
      ("Ugentlig samtale om fremmøde og transport", "Giver besked ved sygdom", "Bevilger støtten")]),
])
def test_a_table_with_a_column_of_the_mentors_tasks_gives_the_tasks(make_doc, lint, header, rows):
    doc = make_doc(*_HEAD, ("h", "Hvem gør hvad"), ("r", *header), *[("r", *row) for row in rows], *_TAIL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_contact_table_under_the_mentor_is_no_column_of_tasks(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), _HEAD[2], ("r", "Mentor", "Telefon", "E-mail"),
                   ("r", "Henrik Juul", "55 69 80 89", "henrik@kompetencehuset.dk"), *_TAIL)
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def test_a_vague_follow_up_heading_over_the_laws_limit_is_missing_follow_up(make_doc, lint):
    doc = make_doc(*_HEAD, "Opgaver: Følge Nikolaj til praktikstedet og øve busturen.", *_TAIL[:2],
                   ("h", "Opfølgning"), "Vi tager det, som det kommer.",
                   "Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167 i højst 6 måneder med "
                   "mulighed for forlængelse efter en konkret vurdering.", _APPEAL)
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_an_educations_own_period_in_the_background_is_not_the_supports(make_doc, lint):
    doc = make_doc(*_HEAD, "Opgaver: Følge Nikolaj til praktikstedet og øve busturen.", *_TAIL[:3],
                   "Baggrund: Nikolaj er optaget på Social- og sundhedsassistentuddannelsen, som løber fra "
                   "10. august 2026 til 30. juni 2028.", _APPEAL)
    assert rules_of(lint(doc)[1]) == set()


@pytest.mark.parametrize("goal,unclear", [
    ("At Rasmus gennemfører de første tre måneder af Mercantec uden ulovligt fravær.", False),
    ("Trine starter på Tradium 4. september 2025 og møder stabilt, mindst fire dage om ugen.", False),
    ("Ali er elev hos SOSU H fra august og møder fire dage om ugen.", False),
    ("Ali møder op hos Jobcentret hver uge.", True),
    ("At Ali går på Aarhus Kommunes dagtilbud hver dag.", True),
])
def test_a_school_or_workplace_named_by_its_name_is_an_aim(goal, unclear):
    from mentordocs.domain.goals import assess_goal, is_unclear

    assert is_unclear(assess_goal(goal)) is unclear


def test_a_named_mentor_after_the_verb_in_the_goals_paragraph_gives_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Kasper Lund",
                   "Mentor: Rikke Søndergaard – mobil 25 12 10 84", ("h", "Om forløbet"),
                   "Formålet er, at Kasper kommer i virksomhedspraktik som køkkenmedhjælper 15 timer om ugen senest "
                   "1. oktober 2026. For at nå dertil mødes Rikke med Kasper 6 timer om ugen, følger Kasper til de "
                   "første vagter og tager kontakten til lederen, når noget går skævt.",
                   "Periode: 2026-08-01 – 2026-12-31", "Opfølgning: midtvejsevaluering 1. november 2026.", _APPEAL)
    assert rules_of(lint(doc)[1]) == set()


@pytest.mark.parametrize("label", ["Mine opgaver", "Dine opgaver", "Jobcentret vil:"])
def test_another_partys_tasks_are_not_the_mentors(make_doc, lint, label):
    doc = make_doc(*_HEAD, ("h", label), ("l", "Møde op på Netto kl. 8.00 mandag til torsdag"),
                   ("l", "Give besked, hvis du er syg, inden kl. 7.30"), ("l", "Tjekke e-Boks hver dag"), *_TAIL)
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_your_mentors_tasks_are_the_mentors(make_doc, lint):
    doc = make_doc(*_HEAD, ("h", "Din mentor skal hjælpe dig med"), ("l", "Følge dig til Netto de første dage"),
                   ("l", "Øve busturen med dig"), *_TAIL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_meeting_appointment_is_no_agreement(make_doc, lint):
    doc = make_doc(("h", "Mødeaftale"), "Fra: Jesper Mortensen <jesper.mortensen@mentorcentret.dk>",
                   "Til: Tobias Vestergaard",
                   "Hej Tobias. Vi ses på torsdag kl. 10 ved indgangen til Autoværkstedet Nord. Husk sikkerhedssko. Hilsen Jesper")
    assert lint(doc) == ("unknown", [])


def test_a_signature_row_under_the_parties_names_is_no_column_of_tasks(make_doc, lint):
    doc = make_doc(*_HEAD, *_TAIL, ("h", "Underskrifter"), ("r", "Borger", "Mentor", "Sagsbehandler"),
                   ("r", "Nikolaj Skov", "Henrik Juul", "Rikke Storm"))
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def test_lines_to_sign_on_under_the_parties_are_no_empty_tasks(make_doc, lint):
    doc = make_doc(*_HEAD, ("h", "Det arbejder vi med sammen"), ("l", "øve jobsamtaler og skrive ansøgninger sammen"),
                   ("l", "følge Nikolaj til praktikstedet de første to uger"), *_TAIL,
                   ("r", "Deltager", "Mentor", "Jobcenter"), ("r", "______________", "______________", "______________"))
    assert rules_of(lint(doc)[1]) == set()


def test_a_header_naming_the_columns_of_a_label_value_table_leaves_its_labels_to_the_rows(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Felt", "Indhold", "Ansvarlig", "Frist"),
                   ("r", "Målet med mentorstøtten", _HEAD[2][5:], "Nikolaj og mentor", "15.07.2026"),
                   ("r", "Mentors kontaktdata", "Henrik Juul, tlf. 55 69 80 89", "Kompetencehuset", ""),
                   ("r", "Mentorens opgaver", "Følge Nikolaj til praktikstedet og øve busturen", "Mentor", ""),
                   ("r", "Aftalens varighed", "1.9.2026 - 30.11.2026", "Jobcenter", ""),
                   ("r", "Antal timer", "5 timer ugentligt", "Mentor", ""),
                   ("r", "Opfølgning", "Statusmøde hver måned", "Sagsbehandler", ""), _APPEAL)
    assert rules_of(lint(doc)[1]) == set()


@pytest.mark.parametrize("row", [("Mentors opgaver", "vækkeopkald", "om morgenen", "de første uger /"),
                                 ("Mentorens opgaver", "Dato / borger", "Dato / mentor")])
def test_a_tasks_label_beside_values_run_into_cells_is_no_header_row(row):
    from mentordocs.lint.analyze import compile_pack
    from mentordocs.lint.candidates import is_header_row
    from mentordocs.lint.rules import load_pack

    assert not is_header_row(list(row), compile_pack(load_pack("default")).fields)


def test_half_an_hour_written_as_a_fraction_is_a_figure_of_hours(make_doc, lint):
    doc = make_doc(*_HEAD, "Opgaver: Følge Nikolaj til praktikstedet og øve busturen.", *_TAIL[:1],
                   ("h", "Timetal"), "1/2» time om ugen", *_TAIL[2:])  # (a scan's "1½")
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_decision_that_points_to_an_enclosed_leaflet_is_still_a_decision(make_doc, lint):
    doc = make_doc("Svendborg Kommune · Arbejdsmarked og Borgerservice", ("h", "Din mentorstøtte stopper"),
                   "Kære Omar Nielsen",
                   "Vi har besluttet, at din mentorstøtte hos Ung i Job stopper den 15. maj 2026.", ("h", "Begrundelse"),
                   "Du er nu startet i ordinær uddannelse og har ikke længere brug for mentorstøtte.",
                   "Klagevejledning: Se vedlagte pjece.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_a_blank_template_that_names_no_citizen_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Borger", ""), ("r", "Mål", ""),
                   ("r", "Mentor og kontaktdata", ""), ("r", "Periode fra/til", ""), ("r", "Timer pr. uge", ""),
                   ("r", "Opfølgning", ""), "Klagevejledning: [indsæt standardtekst]")
    assert lint(doc) == ("unknown", [])


def test_an_agreement_for_a_named_citizen_that_fills_nothing_is_an_agreement_with_every_field_missing(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Borger", "Ali Hansen"), ("r", "Mål", ""),
                   ("r", "Mentor og kontaktdata", ""), ("r", "Periode fra/til", ""), ("r", "Timer pr. uge", ""))
    kind, findings = lint(doc)
    assert kind == "agreement" and "missing-goal" in rules_of(findings)


def test_a_newsletter_that_lists_what_an_agreement_must_hold_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Nyt fra Beskæftigelse – mentorstøtte"), "Herning Kommune · nr. 7 · 2026",
                   ("r", "Hvad skal en mentoraftale indeholde?", "I dette nummer"),
                   "En skriftlig aftale skal som minimum indeholde målet med mentorstøtten, mentorens navn og "
                   "kontaktdata, opgaverne, varigheden, opfølgningen og timetallet.",
                   ("h", "Temadag for mentorer"),
                   "Vi holder temadag for alle mentorer i Herning. Tilmelding hos Mikkel Østergaard, tlf. 31 43 45 31.")
    assert lint(doc) == ("unknown", [])


def test_a_label_that_names_the_mentor_after_the_verb_over_a_dash_is_empty_tasks(make_doc, lint):
    doc = make_doc(*_HEAD, "Sådan hjælper Henrik dig: -", *_TAIL)
    assert "missing-tasks" in rules_of(lint(doc)[1])


_OTHERS = ("Uddannelse: EGU (FGU Sydsjælland) fra 05.06.2026 til 04.12.2027, 32 timer pr. uge.",
           "Ansættelse med løntilskud (Dagrofa Logistik) fra 21.06.2026 til 20.12.2026, 37 timer pr. uge.")


def test_a_decision_that_lists_the_citizens_other_activities_holds_only_its_own_period_to_the_limit(make_doc, lint):
    doc = make_doc("Viborg Kommune", ("h", "Afgørelse om mentorstøtte"),
                   "Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                   "22/5-2026 – 21/9-2026. Din mentor er Anna Kjær, tlf. 75 95 76 13.",
                   ("h", "Begrundelse"), "Mentorstøtten skal hjælpe dig med at gennemføre dine øvrige aktiviteter:",
                   *[("l", text) for text in _OTHERS], _APPEAL)
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", set())


def test_a_letter_that_lists_other_activities_first_reads_the_mentors_period_from_its_own_sentence(make_doc, lint):
    doc = make_doc(("h", "Vores aftale om mentorstøtte"), "Kære Tina", "Du er allerede i gang med flere ting:",
                   *[("l", text) for text in _OTHERS],
                   ("h", "Din mentor"), "Du får mentorstøtte fra Broen Mentor i perioden 19. jul. 2026 - 18. okt. 2026.",
                   "Din mentor er Cecilie Christensen, tlf. 75 95 76 13.", "Mentoren har 5 timer om ugen sammen med dig.",
                   "Målet med mentorstøtten: Tina gennemfører første semester på FGU og vælger erhvervsuddannelse.",
                   "Mentoren skal hjælpe dig med: vække Tina om morgenen og følge hende til skolen.",
                   "Vi holder statusmøde hver 4. uge.", _APPEAL)
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_plan_cards_other_activity_titled_with_its_status_keeps_its_period_to_itself(make_doc, lint):
    doc = make_doc("Min Plan for Frederik Yilmaz", "Mentorstøtte efter § 167 [Planlagt]",
                   ("r", "Periode", "2026-09-05 til 2027-03-04"), ("r", "Timer", "12 timer om måneden"),
                   ("r", "Kontaktperson", "Frederik Larsen, Udviklingscenter Vest, fredla@udviklingscenter.dk"),
                   ("r", "Formål", "Frederik gennemfører praktikken hos Plejecenter Solhøj med fremmøde fire dage om ugen."),
                   ("r", "Mentorens opgaver", "Følge Frederik til praktikken og tale med praktikvejlederen"),
                   "Behandling: Genoptræning hos fysioterapeut [Igangværende]", ("r", "Sted", "Fysioterapi Centrum"),
                   ("r", "Periode", "6. august 2026 – 6. august 2027"), ("r", "Omfang", "1 time om ugen"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", set())


def test_the_previous_period_beside_the_current_one_is_history(make_doc, lint):
    doc = make_doc("Jobnet – Min Plan", "Mentorstøtte – forlængelse [Planlagt]",
                   ("r", "Periode", "29.08.2026 – 27.02.2027"), ("r", "Tidligere periode", "28.02.2026 – 28.08.2026"),
                   ("r", "Timer", "Hver mandag kl. 13-16"), ("r", "Mentor", "Sofie Hussein, tlf. 9032 8230"),
                   ("r", "Formål", "Cecilie gennemfører kurset på VUC Vest og går til prøve inden 29.01.2027."),
                   ("r", "Mentorens opgaver", "Følge op på fremmøde og hjælpe med at søge SPS"))
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_a_parties_header_over_each_partys_name_and_contact_gives_the_mentor(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentor"), "Kære Mads Holm", ("r", "Borger", "Mentor", "Sagsbehandler"),
                   ("r", "Mads Holm", "Oliver Jørgensen Tlf. 40 58 18 80 oliver@mentorhuset.dk", "Nikolaj Yilmaz"),
                   _HEAD[2], "Opgaver: Følge Mads til praktikstedet og øve busturen.", *_TAIL)
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_timetables_what_column_is_the_tasks_and_its_clock_times_the_hours(make_doc, lint):
    doc = make_doc(*_HEAD, ("h", "Ugeskema"), ("r", "Dag", "Tidspunkt", "Hvad", "Hvor"),
                   ("r", "Onsdag", "kl. 8.00-9.30", "Motiverende samtaler om fremtidig uddannelse", "Jobcentret"),
                   ("r", "Fredag", "kl. 9.00-9.15", "Telefonopkald om ugen der gik", "Telefon"),
                   _TAIL[0], *_TAIL[2:])
    assert not rules_of(lint(doc)[1]) & {"missing-tasks", "missing-hours"}


def test_the_follow_up_row_of_a_responsibility_table_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_HEAD, ("h", "Ansvarsfordeling"), ("r", "Opgave", "Ansvarlig", "Hvornår"),
                   ("r", "Hjælpe med at planlægge ugen og lave en mødeplan", "Mentor", "Ved behov"),
                   ("r", "Møde op i praktik som aftalt", "Nikolaj", "Hver dag"),
                   ("r", "Statusmøde og opfølgning på delmål", "Sagsbehandler og mentor", "Hver 6. uge"),
                   *_TAIL[:2], _APPEAL)
    assert not rules_of(lint(doc)[1]) & {"missing-tasks", "missing-follow-up"}


@pytest.mark.parametrize("title,lines", [
    ("Henvisning – mentorstøtte", ["Vi henviser hermed nedenstående borger til et mentorforløb i henhold til rammeaftalen."]),
    ("Rekvisition: mentor", ["Vi henviser hermed nedenstående borger til et mentorforløb i henhold til rammeaftalen."]),
    ("Slutevaluering", ["Afsluttende evaluering af mentorforløb for Jonas Yilmaz."]),
    ("Løntilskud – aftale og bevillingsgrundlag", ["Ansættelse med løntilskud efter lov om en aktiv beskæftigelsesindsats."]),
])
def test_papers_beside_the_agreement_in_a_case_folder_are_none_of_the_kinds(make_doc, lint, title, lines):
    doc = make_doc(("h", title), *lines, ("r", "Borger", "Ida Madsen"),
                   ("r", "Ønsket forløb", "4. april 2026 – 3. oktober 2026"), ("r", "Timer", "1-2 timer ugentligt"),
                   ("r", "Formål", "Ida er i løntilskud som pedelmedhjælper hos Kildeskolen 20 timer om ugen."),
                   ("r", "Mentor", "Lars Østergaard, tlf. 22 33 44 55"))
    assert lint(doc) == ("unknown", [])


def test_a_caseworkers_guide_to_writing_an_agreement_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Sådan skriver du en mentoraftale"),
                   "Intern vejledning for sagsbehandlere i Hjørring Kommune. Senest opdateret 18. maj 2026.",
                   ("h", "Hvad skal aftalen indeholde?"), ("l", "1. Målet med mentorstøtten – rettet mod job eller uddannelse"),
                   ("l", "2. Mentorens navn og kontaktdata"), ("l", "3. Hvilke opgaver mentoren skal bistå ved"),
                   ("l", "4. Varigheden af aftalen og opfølgning"), ("l", "5. Timetallet for mentorstøtten"))
    assert lint(doc) == ("unknown", [])


def test_a_wrapped_line_with_a_colon_over_the_mentors_rows_names_no_other_activity(make_doc, lint):
    doc = make_doc("Udskrift: Min Plan", "Borger: Louise March", ("r", "Indsats", "Mentorstøtte – tilbudsmentor"),
                   ("r", "Sigte med indsatsen", "Du kommer i ordinær ansættelse som chauffør med C-kørekort;"),
                   "ekort; delmål: kørekortet er bestået inden for forløbet.",
                   ("r", "Udførende mentor", "Mikkel Æbelo (MentorHuset Vest)"),
                   ("r", "Tlf./mail", "42 31 44 81 / mikkel@mentorhuset-vest.dk"),
                   ("r", "Periode", "15.4.2026 - 14.10.2026"), ("r", "Timer pr. uge", "3 t/uge"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-tasks"})


_FAX = (("h", "TELEFAX"), ("r", "Til:", "Projekt Ny Start v/ Signe Olsen"), ("r", "Fax nr.:", "75 20 25 76"),
        ("r", "Fra:", "Jobcenter Randers, Camilla Nielsen"), ("r", "Fax nr.:", "78 74 48 47"), ("r", "Dato:", "18.01.2015"),
        "Antal sider inkl. denne:1",
        ("r", "Vedr.:", "Mentoraftale for Yusuf Madsen – underskrevet eksemplar følger med posten"),
        "Hvis De ikke har modtaget alle sider, bedes De kontakte afsender hurtigst muligt.",
        ("h", "Venlig hilsen"), "Camilla Nielsen")


def test_a_fax_cover_sheet_sent_alone_is_none_of_the_kinds(lint):
    from mentordocs.lint.readers import read_bytes

    text = ("TELEFAX\r\n\r\nTil:                    Projekt Ny Start v/ Signe Olsen\r\n"
            "Fax nr.:                75 20 25 76\r\nFra:                    Jobcenter Randers, Camilla Nielsen\r\n"
            "Fax nr.:                78 74 48 47\r\nDato:                   18.01.2015\r\nAntal sider inkl. denne:1\r\n"
            "Vedr.:                  Mentoraftale for Yusuf Madsen – underskrevet eksemplar følger med posten\r\n\r\n"
            "Hvis De ikke har modtaget alle sider, bedes De kontakte afsender hurtigst muligt. Denne meddelelse kan "
            "indeholde fortrolige oplysninger og er kun beregnet for modtageren.\r\n\r\nVenlig hilsen\r\nCamilla Nielsen\r\n")
    assert lint(read_bytes(text.encode("cp1252"), "fax.txt")) == ("unknown", [])


def test_an_agreement_behind_a_fax_cover_sheet_is_the_agreement(make_doc, lint):
    doc = make_doc(*_FAX, ("h", "Mentoraftale"), *_HEAD[1:], "Opgaver: Følge Nikolaj til praktikstedet.", *_TAIL)
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", set())


def test_a_mentor_whose_name_is_still_to_come_is_missing(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Aftalen er lavet på mødet i jobcentret mellem Nikolaj Skov, sagsbehandler og mentor.", _HEAD[2],
                   "Mentorens navn og kontaktdata: (navn oplyses senere) – Værkstedet Nord, tlf. 61 70 80 90",
                   "Opgaver: Følge Nikolaj til praktikstedet og øve busturen.", *_TAIL)
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_a_task_that_ends_on_following_up_with_the_employer_stays_a_task_in_a_header_table(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Borger: Mette Hussein", _HEAD[2],
                   ("r", "Mentor (navn, tlf., mail)", "Mentorens opgaver", "Periode"),
                   ("r", "Birgitte Skov, Kofoeds Skole, tlf. 33 17 38 60",
                    "Struktur på ugen og brug af kalender\nKontakt til praktikstedet og opfølgning med arbejdsgiveren",
                    "F.o.m. 1.9.26 t.o.m. 31.12.26"),
                   "Timetal: 2 timer om ugen", "Opfølgning: statusmøde hver måned.", _APPEAL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_mentor_cards_purpose_that_points_to_the_plans_goal_leaves_the_goal_to_it(make_doc, lint):
    doc = make_doc(("h", "KMD Momentum – udskrift af Min Plan"), "Borger: Sofie Nielsen", ("h", "Mit mål"),
                   "Sofie er i løntilskud på lageret hos Bilka 25 timer om ugen senest 1. juni 2026.",
                   ("h", "Mentorstøtte"), "Status: Aktiv", "Formål: Se 'Mit mål' øverst i planen.",
                   "Mentor: Henrik Lund, tlf. 29 87 65 43, hl@kommune-mentor.dk",
                   "Mentorens opgaver: Hjælpe Sofie med at planlægge ugen og tale om fremmøde.",
                   "Periode: 1.3.2026 - 31.8.2026", "Timetal: 2 t/uge")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", set())


def test_an_interpreter_booking_for_the_agreements_meeting_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Bestilling af tolk"), "Kolding Kommune · Tolkeservice · Bestillingsnr. T-25834",
                   ("r", "Felt", "Oplysning"), ("r", "Sprog", "somali"), ("r", "Borger", "Sahra Ali"),
                   ("r", "Formål", "Opstartsmøde og gennemgang af aftale om mentorstøtte"),
                   ("r", "Mentor", "Lars Holm, tlf. 22 33 44 55"), ("r", "Tidspunkt", "3. marts 2026 kl. 10.00"))
    assert lint(doc) == ("unknown", [])


_FORM_FOOT = ("Sådan klager du", _APPEAL)


def test_form_cells_that_each_hold_a_label_over_its_value_give_each_field_its_value(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Navn\nLouise Olsen", "Sagsnr.\n50.58.95-K76-1018-26"),
                   ("r", "Mentorens opgaver\nTræne offentlig transport til arbejdspladsen\nKontakt med arbejdsgiver hver 14. dag",
                    "Mentor\nKasper Poulsen\nkasper.poulsen@jobhuset.dk"),
                   ("r", "Støtteperiode\n1/6-2026 – 30/9-2026",
                    "Mål for forløbet\nLouise fastholder sin læreplads som tømrerlærling og har højst to fraværsdage pr. måned."),
                   ("r", "Sådan følger vi op\nOpfølgning hver 3. uge i jobcentret; progression måles på fremmødet.",
                    "Timer om ugen\n6 timer pr. uge"), ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == set()


def test_a_form_cell_with_its_label_alone_is_an_empty_field_not_the_label_of_the_next_cell(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Timer om ugen\n5 timer pr. uge",
                    "Mentorens opgaver\nHjælpe med at planlægge ugen og lave en mødeplan"),
                   ("r", "Sådan følger vi op\nMidtvejsevaluering efter 3 måneder og slutevaluering før ophør.",
                    "Støtteperiode\n1.2.26 til 31.7.26"),
                   ("r", "Målet med mentorstøtten", "Mentor\nOliver Kristensen\noliver.kristensen@vaekstvaerket.dk"),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


def test_a_form_cell_with_its_label_and_value_on_one_line_gives_the_value_to_the_label(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Timer om ugen efter behov",
                    "Mentorens opgaver\nTræne offentlig transport til arbejdspladsen"),
                   ("r", "Støtteperiode\nf.o.m. 1.11.26 t.o.m. 31.1.27", "Mentor\nRasmus Olsen\nrasmus.olsen@kompasset.dk"),
                   ("r", "Mål for forløbet\nHassan er startet på FGU og deltager i undervisningen fire dage om ugen.",
                    "Opfølgning\nVi følger op hver måned på et møde, hvor vi ser på delmålene."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


def test_a_bare_question_under_a_fields_empty_heading_row_asks_about_that_field(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentor"), ("r", "Mentor", ""), ("r", "Navn", "Mads Petersen, Jobhuset Vest"),
                   ("r", "Kontakt", "tlf. 44 72 96 42"),
                   ("r", "Mål", "Nikolaj har et ordinært job på mindst 20 timer om ugen inden for lager senest 9. januar 2027."),
                   ("r", "Opgaver", "Træne offentlig transport til arbejdspladsen"), ("r", "Timer", "6 timer pr. uge"),
                   ("r", "Periode", "f.o.m. 2026-07-10 t.o.m. 2027-01-09"), ("r", "Opfølgning", ""),
                   ("r", "Hvornår", "Mentor sender kort statusnotat hver måned. Fælles evaluering 14 dage inden periodens udløb."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == set()


def test_a_second_header_row_names_the_parts_of_the_last_column_it_spans(make_doc, lint):
    doc = make_doc(("h", "Min Plan: Aktivitet – Mentor"), "Udskrevet fra Min Plan 10.02.2026",
                   ("r", "Borger", "Mentor", "Sagsbehandler"),
                   ("r", "Frederik Sørensen", "Nikolaj Holm\nnikolaj.holm@lysglimt.dk", "Nadia Johansen\nnjoh@thisted.dk"),
                   ("r", "Mål", "Mentorens opgaver", "Timer pr. uge", "Varighed"), ("r", "", "", "", "Fra", "Til"),
                   ("r", "Frederik kan passe et fleksjob som køkkenmedhjælper 12 timer om ugen i Netto ved periodens udløb.",
                    "Træne offentlig transport til arbejdspladsen", "8 timer om måneden", "01.03.2026", "31.12.2026"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"duration-over-6-months"})


def test_a_header_cell_over_the_parts_it_spans_reads_the_period_from_both_columns(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentor"), ("r", "Borger", "Mentor", "Sagsbehandler"),
                   ("r", "Nadia Pedersen", "Signe Thomsen signe.thomsen@mentorhuset.dk", "Ida Olsen iols@ringsted.dk"),
                   ("r", "Mål", "Opgaver", "Timetal", "Varighed\nFra Til", "Opfølgning"),
                   ("r", "Nadia er startet på FGU og deltager i undervisningen fire dage om ugen.",
                    "Vækkeopkald om morgenen de første fire uger", "2 t/uge", "2026-07-15", "2027-07-14",
                    "Vi følger op hver måned på et møde, hvor vi ser på delmålene."), ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"duration-over-6-months"}


def test_an_e_mail_address_wrapped_after_its_last_dot_is_the_mentors_contact(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Mentor", "Signe Thomsen signe.thomsen@mentorhuset. dk"),
                   ("r", "Mål", "Nadia er startet på FGU og deltager i undervisningen fire dage om ugen."),
                   ("r", "Opgaver", "Vækkeopkald om morgenen de første fire uger"), ("r", "Timer", "2 timer om ugen"),
                   ("r", "Periode", "15.07.2026 – 14.12.2026"), ("r", "Opfølgning", "Statusmøde hver måned."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_question_row_after_an_empty_tasks_row_is_the_periods_own_row(make_doc, lint):
    doc = make_doc(("h", "Samarbejdsaftale – mentorstøtte"),
                   ("r", "Mål for forløbet", "Anna gennemfører AMU-kurset i truckcertifikat og får ordinære løntimer."),
                   ("r", "Peter skal hjælpe dig med", ""), ("r", "Hvor længe", "10/6 2026 – 9/12 2026"),
                   ("r", "Antal timer", "2 timer ugentligt"), ("r", "Opfølgning", "Statusmøde hver måned."),
                   ("r", "Mentor", "Peter Mortensen, Mentorhuset ApS, tlf. 34 23 36 49"), ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def _card(title: str, *details: str) -> list:
    return [("h", title), *details]


_OTHER_CARDS = [
    *_card("Kursus: Dansk C (hf-enkeltfag) [Planlagt]", "Sted: HF & VUC Fyn", "Periode: 06.10.2026 – 26.01.2027",
           "Omfang: 8 lektioner om ugen", "Kontaktperson: Studievejledningen, tlf. 88274480",
           "Formål: Styrke basale færdigheder som forudsætning for uddannelse"),
    *_card("Ansættelse med løntilskud [Aktiv]", "Sted: Kommunens Vej & Park", "Periode: 21.12.2026 – 20.06.2027",
           "Omfang: 37 timer pr. uge", "Kontaktperson: Signe Johansen, tlf. 32 14 27 77",
           "Formål: Opnå erfaring som gartner med henblik på ordinær ansættelse")]


def test_a_plan_print_whose_mentor_is_only_named_beside_other_activities_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Jobnet – Min Plan"), "Udskrevet 18.09.2026 kl. 10:37", "Navn: Mathilde Jensen",
                   "Mine aktiviteter", *_OTHER_CARDS, "Mentor (ikke startet)")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


def test_the_first_detail_of_the_mentors_card_is_no_activity_of_its_own(make_doc, lint):
    doc = make_doc(("h", "Min Plan for Sara Johansen"), "Opdateret 9. februar 2026", "Aktiviteter i planen",
                   *_card("Mentorstøtte efter § 167 [Planlagt]", "Sted: Kompasset", "Periode: 5. marts 2026 - 4. juni 2026",
                          "Timer: 2 timer ugentligt", "Kontaktperson: Nikolaj Yilmaz, Kompasset, tlf. 84 29 11 78",
                          "Formål: Sara tager selv bussen til praktikken og møder til tiden 4 dage om ugen fra 05.05.2026.",
                          "Mentorens opgaver: Følge Sara til praktikken de første to uger; ugentlig samtale om fremmøde"),
                   *_OTHER_CARDS)
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", set())


def test_hours_given_as_a_weekly_time_slot_under_their_label_are_stated(make_doc, lint):
    doc = make_doc(("h", "Min Plan – mentorstøtte"), ("r", "Mål", "Camilla gennemfører FGU med mindst 90 % fremmøde."),
                   ("r", "Mentor", "Rasmus Jensen, Nordisk Mentorservice, tlf. 12 34 56 78"),
                   ("r", "Mentorens opgaver", "Vække Camilla om morgenen og følge hende til skolen"),
                   ("r", "Periode", "2026-02-02 – 2026-08-01"), ("r", "Timer", "Hver tirsdag og torsdag kl. 9-10.30"))
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_heading_that_opens_with_how_we_work_together_is_no_goal(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorforløb"), ("h", "Opgaver"), ("l", "Ringe Camilla op om morgenen"),
                   ("h", "Aftalen gælder"), "1. marts 2026 – 31. juli 2026", ("h", "Timer"), "2 timer om ugen",
                   ("h", "Sådan følger vi op"), "Statusmøde hver måned og evaluering 14 dage før ophør.",
                   ("h", "Kontakt til mentor"), "Mathilde Christensen, Brobyggerne, tlf. 41 39 84 80",
                   ("h", "Sådan arbejder vi sammen"),
                   "Mentoren møder Camilla der, hvor det giver mening: hjemme eller på arbejdspladsen.",
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-goal"}



def test_the_period_of_the_citizens_wage_subsidy_job_in_the_background_is_not_the_supports(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte i forbindelse med løntilskud"), ("r", "Borger", "Nanna Friis"),
                   ("r", "Baggrund", "Nanna er ansat i løntilskud som pladsmedarbejder hos Genbrugspladsen Nord i "
                                     "perioden 4. september 2026 til 3. september 2027."),
                   ("r", "Formål", "Nanna møder stabilt i løntilskuddet og er efter perioden ansat på ordinære vilkår."),
                   ("r", "Mentor", "Jesper Brandt, tlf. 38 17 60 36"),
                   ("r", "Mentorens opgaver", "Oplæring i arbejdsopgaverne og daglig tjek-ind ved mødetid"),
                   ("r", "Mentortimer", "5 timer pr. uge"), ("r", "Opfølgning", "Trepartsmøde efter 6 uger og hver 2. måned"),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-duration"}


def test_an_acknowledgement_that_a_proposal_to_extend_came_in_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Bekræftelse af modtagelse – forslag til forlængelse (Mikkel)"), "Kære Thomas Bach",
                   "Vi har modtaget jeres forslag til forlængelse af mentorforløbet for Mikkel. Du hører fra os, "
                   "når vi har truffet afgørelse. Forventet svartid er 10 arbejdsdage.", "Med venlig hilsen", "Jannie Holm")
    assert lint(doc) == ("unknown", [])


def test_a_letter_that_changes_the_hours_of_the_support_is_a_decision(make_doc, lint):
    doc = make_doc("Høje-Taastrup Kommune", "Dato: 20. april 2026", ("h", "ÆNDRING AF DIN MENTORSTØTTE – TIMETAL"),
                   "Kære Kasper", "Efter aftale med dig og Thomas Bach ændrer vi timetallet for din mentorstøtte.",
                   "Afgørelse: Fra 4. maj 2026 ændres timetallet fra 3 til 4 timer pr. uge. Perioden er uændret og "
                   "slutter 31. juli 2026.",
                   "Begrundelse: Du er startet i praktik med flere timer, og mentor skal derfor være mere til stede.",
                   "Klagevejledning: Er du uenig, er du velkommen til at kontakte os.", "Med venlig hilsen", "Peter Lind")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_an_agreement_titled_as_made_in_accordance_with_the_quality_standard_is_an_agreement(make_doc, lint):
    doc = make_doc("Aftale om mentorstøtte jf. kvalitetsstandarden",
                   "Borger: Peter Winther. Udarbejdet af Jobcenter Kolding, 21.04.2025.",
                   ("l", "1) Målet med mentorstøtten: Peter er tilbage i sit job som tømrer 25 timer om ugen senest 15.09.2025."),
                   ("l", "2) Mentorens navn og kontaktdata: Søren Brandt, Mentorhuset ApS"),
                   ("l", "3) Hvilke opgaver mentoren skal bistå ved: Hjælpe med at lægge en plan for arbejdstiden"),
                   ("l", "4) Varighed og opfølgning: fra 15. maj 2025 til 14. oktober 2025. Statusmøde hver 4. uge."),
                   ("l", "5) Timetal: 3 t/uge"), ("l", "6) " + _APPEAL))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-mentor"})


def _plan_with_mentor_card_first_row(first_row: tuple) -> list:
    return [("h", "Min Plan (udskrift fra fagsystem)"), "Borger: Yasmin Madsen", "Dato for udskrift: 14.08.2026",
            ("r", "Uddannelse: EGU", "- Erhvervsgrunduddannelse [Optaget]"), ("r", "Sted", "FGU Vestegnen"),
            ("r", "Periode", "29. august 2026 - 28. februar 2028"), ("r", "Omfang", "32 timer pr. uge"),
            ("r", "Kontaktperson", "Helle Kristensen, kontaktlærer"), ("r", "Formål", "Opnå faglige forudsætninger"),
            "Jobsamtaler [Løbende]", ("r", "Sted", "Kommunen, Jobcenteret"), ("r", "Periode", "fra 8. august 2026"),
            ("r", "Omfang", "ca. en gang om måneden"), ("r", "Kontaktperson", "Mathilde Poulsen, jobkonsulent"),
            ("r", "Formål", "Følge op på planen"),
            "Mentorstøtte efter § 167 [Aktiv]", ("r", *first_row), ("r", "Periode", "Så længe praktikken varer"),
            ("r", "Timer", "8 timer om måneden"), ("r", "Mentor", "Fatima Yilmaz, Fremad Mentor, tlf. 27317224"),
            ("r", "Formål", "Målet er, at Yasmin gennemfører første semester på FGU og vælger erhvervsuddannelse inden 22.10.2026."),
            ("r", "Mentorens opgaver", "Vække Yasmin om morgenen de første uger og følge hende til skolen")]


def test_a_mentor_card_whose_first_row_only_it_has_keeps_other_cards_periods_out(make_doc, lint):
    doc = make_doc(*_plan_with_mentor_card_first_row(("Leverandør", "Fremad Mentor & Coaching")))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-duration"})


@pytest.mark.parametrize("follow_up", [
    "Vi følger op på forløbet ved et opfølgningsmøde hver 6. uge, hvor vi ser på, om du nærmer dig målet.",
    "Din sagsbehandler holder opfølgningssamtale med dig og mentoren hver 6. uge."])
def test_a_follow_up_at_a_rhythm_in_a_paragraph_under_the_decisions_reasons_is_the_follow_up(make_doc, lint, follow_up):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Ali",
                   "Du får bevilget mentorstøtte efter LAB § 167 i perioden 1. april 2026 til 30. september 2026 "
                   "med 3 timer om ugen.", ("h", "Begrundelse"),
                   "Vi vurderer, at du har brug for støtte for at kunne gennemføre din praktik.",
                   follow_up,
                   ("h", "Klagevejledning"), _APPEAL, "Med venlig hilsen", "Karen Lund",
                   ("h", "Bilag 1: Aftale om mentorstøtte"),
                   "Mål: Ali gennemfører sin praktik hos Bilka og bliver ansat i løntilskud senest 1. oktober 2026.",
                   "Mentor: Sara Holm, Mentorhuset, tlf. 22 33 44 55",
                   "Mentorens opgaver: Følge Ali til praktikken de første uger og hjælpe med at planlægge ugen.",
                   "Periode: 1. april 2026 – 30. september 2026", "Timer: 3 timer om ugen")
    assert lint(doc) == ("decision", [])


def test_an_images_description_in_brackets_is_no_title(make_doc, lint):
    doc = make_doc("Min Plan – mentorstøtte (let dansk med billeder) Plan for Grace Okafor. Aalborg Kommune.",
                   "Navn: Grace Okafor", "[Piktogram: en pil, der rammer midt i en skydeskive]",
                   "Mit mål: Grace har ordinært job som rengøringsassistent mindst 25 timer om ugen senest 1. juni 2026.",
                   "[Piktogram: to personer, der giver hånd]",
                   "Min mentor: Bo Nielsen, Kompetencecentret, tlf. 90 20 25 23",
                   "[Piktogram: en hånd, der holder en tjekliste]", ("h", "Det hjælper mentor mig med:"),
                   ("l", "Følge Grace til praktikstedet de første to uger"), "[Piktogram: en kalender]",
                   "Periode: 1. marts 2026 – 31. august 2026", "[Piktogram: et ur]", "Tid med mentor: 4 timer pr. uge")
    assert lint(doc) == ("minplan", [])


def test_a_forms_hour_options_with_none_marked_state_no_hours(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Borgerens mål", "Maja starter på grundforløb 2 på SOSU-skolen 15. september 2026."),
                   ("r", "Mentor", "Julie Møller, tlf. 37 88 19 15"),
                   ("r", "Indsatsområder / opgaver", "Hjælpe med kontakt til studievejleder"),
                   ("r", "Bevilget fra", "2026-06-15"), ("r", "Bevilget til", "2026-09-14"),
                   "Timer 1 time pr. uge 2 timer pr. uge 3 timer pr. uge 4 timer pr. uge 5 timer pr. uge Efter behov",
                   ("r", "Opfølgning", "Status hver måned."), ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


@pytest.mark.parametrize("label", ["Det vil jeg gerne", "Mit mål med at have en mentor", "Det går du efter 🎯"])
def test_a_goal_under_a_heading_in_the_citizens_own_voice_is_the_goal(make_doc, lint, label):
    doc = make_doc(("h", "Min mentoraftale"), "Jeg hedder Frederik Frederiksen.", ("h", label),
                   "Jeg vil gerne blive optaget på EUX Business og komme til alle timer i de første 3 måneder.",
                   ("h", "Hvem er min mentor"), "Min mentor hedder Susanne Bak. Jeg kan ringe til hende på 77 47 91 86.",
                   ("h", "Det skal vi lave sammen"), ("l", "Tage med til møder med studievejlederen"),
                   ("h", "Hvor længe gælder aftalen"), "Aftalen gælder fra 8. januar 2026 til 7. juli 2026.",
                   ("h", "Timer"), "Min mentor har 3 timer om ugen til mig.",
                   ("h", "Opfølgning"), "Hver måned ser vi sammen på, hvordan det går.", ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_a_mentors_name_set_as_a_heading_under_the_mentors_heading_is_the_mentor(make_doc, lint):
    doc = make_doc("Mentoraftale – Ungeindsatsen", "Hej Rasmus!", "Målet",
                   "Starte på FGU Frederikshavn og komme mindst 4 dage om ugen, senest 14. marts 2027.",
                   "Din mentor", ("h", "Bo Jørgensen fra Mentorhuset ApS"), "Sms/ring: 43 24 19 61",
                   "Mail: bo@mentorhuset.dk", "Bo kan hjælpe med", ("l", "Tage med til møder med studievejlederen"),
                   ("h", "Start og slut"), "Fra den 15. september 2026 til og med den 14. marts 2027.",
                   ("h", "Tid sammen"), "4 timer om ugen.", ("h", "Opfølgning"), "Hver måned tjekker vi sammen, om du når dit mål.",
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert "missing-mentor" not in rules_of(lint(doc)[1])


_AGREEMENT_ROWS = [("h", "Aftale om mentorstøtte"), "Næstved Kommune", "Dato: 20. maj 2026", "Borger: Rasmus Kjær",
                   ("r", "Borgerens mål", "Rasmus er i løntilskudsjob som pedelmedhjælper og møder stabilt 4 dage om ugen fra 4. oktober 2026."),
                   ("r", "Din mentor", "Helle Vestergaard, Jobhuset Nord, tlf. 78 96 74 25"),
                   ("r", "Mentor skal hjælpe med", "Følge Rasmus til arbejdspladsen de første to uger"),
                   ("r", "Aftalens varighed", "4/6 2026 – 3/12 2026"), ("r", "Antal timer", "5 timer pr. uge"),
                   ("r", "Opfølgning", "Vi følger op hver måned på et trepartsmøde."), ("h", _FORM_FOOT[0]), _FORM_FOOT[1]]


def _form_goal_rows(*goal_rows):
    return (("h", "Aftale om mentorstøtte"), "Næstved Kommune", "Borger: Rasmus Kjær", *goal_rows,
            *[row for row in _AGREEMENT_ROWS if isinstance(row, tuple) and row[0] == "r" and row[1] != "Borgerens mål"],
            ("h", _FORM_FOOT[0]), _FORM_FOOT[1])


def test_a_goal_label_over_its_small_print_beside_an_empty_cell_is_missing(make_doc, lint):
    doc = make_doc(*_form_goal_rows(("r", "Mål\nJob- eller uddannelsesmål, der kan følges op på", "")))
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


def test_a_stacked_cell_beside_an_empty_translation_cell_keeps_its_value(make_doc, lint):
    # each cell holds its label over its value; the English column's cell was left empty
    doc = make_doc(("h", "Aftale om mentorstøtte / Mentor agreement"), "Navn: Tomás Novák", ("r", "Dansk", "English"),
                   ("r", "Målet med mentorstøtten\nTomás er ansat 25 timer om ugen som lagermedarbejder hos PostNord "
                         "senest 1. september 2026.", "Goal\nTomás is employed 25 hours a week at PostNord."),
                   ("r", "Mentor (navn og kontaktdata)\nHanne Dalsgaard, Jobhuset Øst, tlf. 22 63 91 05",
                         "Your mentor\nHanne Dalsgaard, Jobhuset Øst, phone 22 63 91 05"),
                   ("r", "Mentorens opgaver\nFølge Tomás til PostNord de første to uger", "Tasks\nGo with Tomás to PostNord"),
                   ("r", "Periode\n15. maj 2026 – 14. september 2026", "Period\n15 May 2026 – 14 September 2026"),
                   ("r", "Timetal pr. uge\n3 timer pr. uge", ""),
                   ("r", "Opfølgning\nDin sagsbehandler ringer hver 4. uge.", "Follow-up\nYour caseworker calls every 4 weeks."),
                   ("r", f"Klagevejledning\n{KLAGE}", ""))
    assert lint(doc) == ("agreement", [])


def test_the_municipalitys_footer_under_an_empty_hours_row_counts_no_hours(make_doc, lint):
    rows = [row for row in _AGREEMENT_ROWS if isinstance(row, tuple) and row[0] == "r" and row[1] != "Antal timer"]
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Rasmus Kjær", *rows, ("h", _FORM_FOOT[0]), _FORM_FOOT[1],
                   ("r", "Timer\nSæt kryds ved niveau", ""),
                   "Holbæk Kommune · Kanalstræde 2, 4300 Holbæk · Tlf. 72 36 40 00 · www.holbaek.dk")
    assert rules_of(lint(doc)[1]) == {"missing-hours"}


def test_the_earlier_agreements_column_beside_the_current_one_is_not_read(make_doc, lint):
    doc = make_doc(("h", "Opdateret mentoraftale – gammel og ny aftale"), "Borger: Frederik Pedersen",
                   ("r", "Punkt", "Tidligere aftale", "Gældende fra 1.10.2026"),
                   ("r", "Mål", "Afklaring af arbejdsevne", "Frederik starter i ordinært job i Dagli'Brugsen på mindst 20 "
                                                            "timer om ugen senest 31. marts 2027."),
                   ("r", "Din mentor", "Henrik Bro, tlf. 86 59 44 18", "Anne Holm, tlf. 61 76 23 85"),
                   ("r", "Mentorens opgaver", "Følges til praktik", "tage kontakt til arbejdsgiveren ved fravær"),
                   ("r", "Ny periode", "1.4.2026 – 30.9.2026", "fra 1. oktober 2026 til 31. marts 2027"),
                   ("r", "Opfølgning", "Statusmøde hver 3. måned", "Opfølgning sker løbende."),
                   ("r", "Timetal", "5 timer pr. uge", "1,5 time om ugen"), ("h", "Sådan klager du"), KLAGE)
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_a_smart_forms_unanswered_question_rows_are_no_goal(make_doc, lint):
    doc = make_doc(*_form_goal_rows(("r", "Hovedmål\nSpecifikt: hvad skal være nået?", "Klik eller tryk her for at skrive tekst."),
                                    ("r", "Målbart\nHvordan kan vi se, at målet er nået?", ""),
                                    ("r", "Tidsbestemt\nHvornår?", "")))
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


@pytest.mark.parametrize("prompt", ["Skriv her, hvad borgeren skal opnå (job/uddannelse)", "Sæt kryds"])
def test_a_form_fields_own_prompt_left_in_is_no_value(make_doc, lint, prompt):
    doc = make_doc(*_form_goal_rows(("r", "Mål", prompt)))
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


def _youth_letter(make_doc, mentor_sentence):
    return make_doc(("h", "Aftale om uddannelsesmentor"), "Kære Maja",
                    "Målet er, at Maja gennemfører grundforløb 1 på Skive College med et fravær under 10 %.",
                    mentor_sentence, "Anders skal hjælpe dig med:", ("l", "Hjælpe med at komme op om morgenen"),
                    ("l", "Hjælpe med SU-ansøgningen"), "Støtten gælder i perioden 1. okt. 2026-28. feb. 2027.",
                    "Du har 2 timer om ugen sammen med Anders.",
                    "Statusmøde hver 4. uge med Maja, mentor og ungevejleder.", ("h", "Hvis du vil klage"), KLAGE)


@pytest.mark.parametrize("role", ["uddannelsesmentor", "støtteperson", "coach", "kontaktperson"])
def test_the_mentor_named_in_a_sentence_by_another_word_for_the_role_is_found(make_doc, lint, role):
    doc = _youth_letter(make_doc, f"Din {role} bliver Anders Rasmussen. Du kan altid få fat i Anders på 57 83 75 55.")
    assert lint(doc) == ("agreement", [])


def test_the_citizens_contact_person_in_the_municipality_is_no_mentor(make_doc, lint):
    doc = _youth_letter(make_doc, "Din kontaktperson i kommunen er Mette Kristensen, tlf. 77 83 75 75.")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_an_annex_that_quotes_the_quality_standard_gives_the_agreement_no_fields(make_doc, lint):
    doc = make_doc(*_AGREEMENT_ROWS, ("h", "Bilag – uddrag af kvalitetsstandard for mentorstøtte"), ("h", "Formål"),
                   "Formålet med mentorstøtte er grundlæggende at:",
                   ("l", "Sikre, at borgeren får hjælp til at bevare tilknytningen til arbejdsmarkedet."),
                   ("h", "Opfølgning"), "Mentorstøttens effekt vurderes løbende.")
    assert lint(doc) == ("agreement", [])


def test_an_annex_with_the_citizens_application_gives_a_refusal_no_period(make_doc, lint):
    doc = make_doc("Holbæk Kommune · Job og Ydelse", "Amina Holm", "Dato: 10.2.2026", ("h", "Afslag på mentorstøtte"),
                   "Du søgte om mentorstøtte fra 1.3.2026. Vi har givet dig afslag.", ("h", "Begrundelse"),
                   "Vi har lagt vægt på, at din skole selv tilbyder dig en mentor.", ("h", "Klagevejledning"), KLAGE,
                   "Med venlig hilsen", "Dorthe Wulff", ("h", "Bilag: Kopi af din ansøgning"),
                   ("h", "Ansøgning om mentorstøtte (udfyldt af borger)"),
                   ("r", "Hvad vil du gerne have hjælp til?", "At komme op om morgenen og af sted til skolen."),
                   ("r", "Hvor længe?", "12 måneder"), ("r", "Hvor mange timer om ugen?", "4-5"))
    assert lint(doc) == ("decision", [])


def test_a_statutes_paragraph_quoted_whole_states_none_of_the_fields_it_names(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Kolding Kommune", "Dato: 28. juni 2026", "Borger: Ida Munk",
                   ("h", "Lovgrundlag"),
                   "§ 167. Med henblik på at fremme, at en person kan opnå eller fastholde ordinær uddannelse eller "
                   "ansættelse, kan der gives mentorstøtte.", "Lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
                   "§ 52. Får en person mentorstøtte, skal »Min Plan« indeholde oplysninger om 1) målet med "
                   "mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal bistå ved, "
                   "4) varigheden af aftalen og 5) timetallet for mentorstøtten.",
                   "Bekendtgørelse om en aktiv beskæftigelsesindsats", ("h", "Aftalen"),
                   "Aftalen er indgået mellem Ida Munk og Kolding Kommune om mentorstøtte.", ("h", "Borgerens mål"),
                   "Ida har inden 1. september 2026 afklaret sit jobmål og søger ordinære timer i detailhandlen.",
                   ("h", "Mentorens navn og kontaktdata"), "Per Ulrik Hansen, Socialøkonomisk Værksted. Tlf.: 44 24 50 16.",
                   ("h", "Bevilget periode"), "2026-07-01 til 2026-10-31", ("h", "Timetal"), "1½ time ugentligt",
                   ("h", "Opfølgning"), "Statusmøde med mentor, Ida og sagsbehandler hver 4. uge.",
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-tasks"}


def test_a_box_of_quoted_law_ends_at_the_next_title_set_as_a_line(make_doc, lint):
    rows = [row for row in _AGREEMENT_ROWS if not (isinstance(row, tuple) and row[0] == "h" and row[1] == _FORM_FOOT[0])
            and row != _FORM_FOOT[1]]
    doc = make_doc(*rows, "Uddrag af lov om en aktiv beskæftigelsesindsats",
                   "§ 167. Med henblik på at fremme, at en person kan opnå eller fastholde ordinær ansættelse, kan der "
                   "gives mentorstøtte i en periode på højst 6 måneder.", "Sådan klager du", _APPEAL)
    assert lint(doc) == ("agreement", [])


def test_a_companys_mentor_scheme_for_its_trainees_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Mentorordning for graduates og trainees – Arla Foods"),
                   "Som trainee får du en mentor fra et andet forretningsområde, som giver dig netværk og sparring.",
                   ("h", "Mentoraftale"), ("r", "Trainee", "Nanna Skov"),
                   ("r", "Mentor", "Susan Iversen, Senior Manager, susan.iversen@arla.dk"),
                   ("r", "Mål for mentorskabet", "Karriereudvikling, netværk og ledelsesforståelse"),
                   ("r", "Mødefrekvens", "1 time om måneden"), ("r", "Varighed", "24 måneder (hele traineeprogrammet)"))
    assert lint(doc) == ("unknown", [])


def test_an_employers_form_titled_application_and_agreement_is_the_agreement(make_doc, lint):
    doc = make_doc(("h", "Ansøgning og aftale om mentorfrikøb"), "Skive Kommune – Jobcenter",
                   ("r", "Virksomhedens navn", "Café Havnefronten"), ("r", "Medarbejder", "René Bruun"),
                   ("r", "Mentor", "Sanne Østergaard, køkkenchef, tlf. 94 62 38 51"),
                   ("r", "Formål med mentorstøtten", "René gennemfører ansættelsen med løntilskud og bliver fastansat."),
                   ("r", "Mentors opgaver", "Oplære René i køkkenets rutiner"), ("r", "Antal mentortimer pr. uge", "3 timer pr. uge"),
                   ("r", "Start- og slutdato", "01.09.2026 - 31.08.2027"), ("r", "Opfølgning", "Opfølgningsmøde hver 6. uge."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"duration-over-6-months"})


def test_a_start_in_its_field_and_the_supports_end_in_a_sentence_make_one_period(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   "Mål: Tobias har ved forløbets afslutning et løntilskudsjob som lagermedhjælper hos Bygma i 25 timer om ugen.",
                   "Mentor: Sara Holm, Mentorhuset, tlf. 22 33 44 55", "Mentorens opgaver: Følge Tobias til arbejdet",
                   "Timer: 3 timer om ugen", "Startdato: 1. oktober 2026",
                   "Opfølgning: Statusmøde hver 4. uge med Tobias, mentor og sagsbehandler.",
                   "Støtten ophører ved udgangen af juni 2027, den 30. juni 2027.", ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"duration-over-6-months"}


def test_an_agreement_titled_what_we_agreed_at_the_meeting_is_the_agreement(make_doc, lint):
    doc = make_doc(("h", "DET AFTALTE VI PÅ MØDET"), "Mødedato: 21. marts 2026", "Sted: Jobcentret i Tønder",
                   "Til stede: Oliver Nielsen (borger), Bo Larsen (mentor, MentorPartner), Karina Yilmaz (Tønder Kommune)",
                   ("h", "1. MÅLET"), "Oliver starter på grundforløb 1 på tømreruddannelsen og kommer hver dag de første 8 uger.",
                   ("h", "2. MENTOR"), "Bo Larsen, MentorPartner, tlf. 22 33 44 55",
                   ("h", "3. DET HJÆLPER BO MED"), ("l", "Vække Oliver om morgenen"),
                   ("h", "4. PERIODE"), "1. april 2026 til 30. september 2026", ("h", "5. TIMER"), "3 timer om ugen",
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-follow-up"})


@pytest.mark.parametrize("prompt", ["Skriv målet her", "Skriv hvordan der følges op", "Skriv her hvad målet er."])
def test_a_form_fields_default_text_that_asks_for_its_value_is_empty(make_doc, lint, prompt):
    doc = make_doc(("h", "Aftale om mentorstøtte"), ("r", "Mål", prompt),
                   ("r", "Mentor", "Sara Holm, Mentorhuset, tlf. 22 33 44 55"),
                   ("r", "Opgaver", "Skriv ansøgninger sammen med Ali"), ("r", "Periode", "1.3.2026 – 31.8.2026"),
                   ("r", "Timer", "2 timer om ugen"), ("r", "Opfølgning", "Statusmøde hver måned."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert rules_of(lint(doc)[1]) == {"missing-goal"}


def test_a_teams_calendar_of_meetings_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Mødekalender – mentorteamet, 1. halvår 2026"), "Jobcenter Frederikssund",
                   ("r", "Dato", "Tid", "Møde", "Sted"), ("r", "13/1-26", "9.00-11.00", "Teammøde", "Mødelokale 2"),
                   ("r", "10. februar 2026", "9.00-12.00", "Temadag: mentorstøtte og Min Plan", "Kantinen"),
                   ("r", "14. april – 16. juni 2026", "hver tirsdag 8.30", "Visitationsmøde", "Mødelokale 4"))
    assert lint(doc) == ("unknown", [])


def test_a_template_guide_with_a_filled_in_example_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Skabelon: Aftale om mentorstøtte – vejledning til udfyldelse"),
                   "Skabelonen ligger i fagsystemet. Felterne med grå tekst skal udfyldes.",
                   ("r", "Felt: Mål", "Skriv den tilstand, borgeren skal nå. Eksempel: »Sara er i virksomhedspraktik som lagermedarbejder.«"),
                   ("r", "Felt: Mentor", "Navn og telefon. Eksempel: »Marianne Bak (Mentorkorpset) – telefon 22 33 44 55«"),
                   ("r", "Felt: Periode", "Start- og slutdato. Eksempel: »1/10 2026 – 31/3 2027«"),
                   ("r", "Felt: Timetal", "Timer pr. uge. Eksempel: »5 timer pr. uge«"))
    assert lint(doc) == ("unknown", [])


def test_a_leaflet_on_what_the_agreement_must_hold_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Din aftale om mentorstøtte – det skal den indeholde", ("h", "Pjece til borgere fra Horsens Kommune"),
                   "Når du får en mentor, laver du en skriftlig aftale sammen med din sagsbehandler. I aftalen står:",
                   ("l", "dit mål – hvad du skal nå"), ("l", "hvem din mentor er, og hvordan du kontakter ham eller hende"),
                   ("l", "hvor længe støtten varer – højst 6 måneder ad gangen"),
                   "Eksempel: Mål: Sara er i praktik i Netto 20 timer om ugen. Mentor: Marianne Bak, tlf. 22 33 44 55. "
                   "Periode: 1. marts 2026 – 31. august 2026. Timer: 3 timer om ugen.")
    assert lint(doc) == ("unknown", [])


def test_an_agreements_own_clauses_numbered_with_section_signs_are_its_fields(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte efter LAB § 167"), "Borger: Oliver Larsen", "Sagsnr.: 94.33.83-A00-8099-26",
                   "§ 1. Formål. Formålet med mentorstøtten er: Du har fået en læreplads som tømrer (EUD) inden sommerferien 2026.",
                   "§ 2. Mentor. Mentor er Birgitte Holm, Trin for Trin Mentor, tlf. 77 81 14 07, birgitte@trinfortrin.dk.",
                   "§ 3. Mentors opgaver. Mentor skal hjælpe dig med at læse lektier og støtte dig i kontakten med lægen.",
                   "§ 4. Periode. Mentorstøtten er bevilget i perioden 01.03.2026-31.08.2026.",
                   "§ 5. Timetal. Der er bevilget to timer ugentligt.",
                   "§ 6. Opfølgning. Vi holder et opfølgningsmøde hver måned, hvor vi ser på dine delmål.",
                   "§ 7. Klagevejledning. " + _APPEAL)
    assert lint(doc) == ("agreement", [])



def test_another_activitys_card_titled_with_its_place_and_status_keeps_its_hours_to_itself(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Ahmed Vestergaard · Udskrevet 01.06.2026", ("h", "Mit mål"),
                   "Jeg vil have et fast job som montørmedhjælper.",
                   ("h", "Virksomhedspraktik hos Nordsjællands Blik & VVS ApS (Aktiv)"),
                   ("r", "Sted", "Nordsjællands Blik & VVS ApS"), ("r", "Start", "01.06.2026"), ("r", "Slut", "31.08.2026"),
                   ("r", "Timer pr. uge", "25"), ("r", "Kontaktperson", "Amina Mikkelsen, 69 80 67 11"),
                   ("h", "Mentorstøtte (Aktiv)"),
                   ("r", "Formål", "Ahmed gennemfører virksomhedspraktikken med mindst 90 % fremmøde, så den kan blive til et job."),
                   ("r", "Mentor", "Line Iversen, Blik & VVS, tlf. 67 28 12 74"),
                   ("r", "Mentorens opgaver", "Deltage i trepartsmøder og være fast person at spørge"),
                   ("r", "Periode", "01.06.2026 - 30.11.2026"), ("r", "Kontaktperson", "Emil Østergaard, kommunen"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-hours"})


def test_a_providers_plan_under_the_jobcentres_reference_rows_is_the_agreement(make_doc, lint):
    doc = make_doc(("h", "Vækstværket ApS"), "Socialøkonomisk virksomhed · mentor- og jobforløb",
                   ("r", "Jobcenter", "Jobcenter Holbæk"), ("r", "Jobcentrets sagsnr.", "15.20.12-G01-2026-63493"),
                   ("r", "Rekvisitionsnr.", "REK436791"), ("r", "Deltager", "Dennis Møller"),
                   ("h", "Forløbsplan – mentorforløb efter LAB § 167"),
                   ("r", "Coach (mentor)", "Peter Ravn, tlf. 42 27 52 81"), ("r", "Forløbsperiode", "2026-08-17 – 2026-11-16"),
                   ("r", "Ugentligt timetal", "3 timer om ugen"),
                   ("r", "SMART-mål", "Dennis er i praktik som lagermedarbejder 20 timer om ugen senest 1. november 2026."),
                   ("r", "Indsatsområder", "Tage med Dennis til jobsamtaler"), ("r", "Opfølgning", "Statusmøde hver måned."),
                   ("h", _FORM_FOOT[0]), _FORM_FOOT[1])
    assert lint(doc) == ("agreement", [])


def test_a_mail_that_pastes_the_plans_entry_under_a_plan_updated_subject_is_the_entry(make_doc, lint):
    doc = make_doc(("h", "Din plan er opdateret"), "Hej Josefine",
                   ("h", "Jeg har skrevet dette ind i din plan under Min Plan:"),
                   "Mentorstøtte efter LAB § 167. Formål: Josefine arbejder 10 timer om ugen i løntilskud hos Bauhaus "
                   "senest 27. sep. 2026. Mentor: Ida Holm, tlf. 22 33 44 55. Opgaver: følge Josefine på arbejde de "
                   "første uger. Periode: 1. april 2026 – 30. september 2026.",
                   "Med venlig hilsen", "Rikke Iversen", fmt="eml")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-hours"})


def test_the_length_an_english_partial_grant_says_was_applied_for_is_not_the_granted_period(make_doc, lint):
    doc = make_doc(("h", "Decision on mentor support – partial grant"), "Dear Ahmad,",
                   "You applied for mentor support 5 hours a week for 12 months. We grant mentor support of 2 hours a "
                   "week from 01/01/2026 to 30/06/2026.", "Reasons: your need is largest in the first months.",
                   ("h", "How to appeal"), "You can appeal to the municipality within 4 weeks. If we uphold the "
                   "decision, we send your appeal to Ankestyrelsen.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", set())


def test_an_english_weekly_meeting_at_set_hours_states_the_hours(make_doc, lint):
    doc = make_doc(("h", "Your mentor support – what we agreed"), "Dear Viktor,",
                   "The goal of the support: Viktor has a part-time job of at least 12 hours a week in a hotel kitchen by 1 June 2026.",
                   "Your mentor is Anna Berg, Mentorhuset, phone 22 33 44 55.",
                   "Anna will help you plan your week and go with you to the job interviews.",
                   "The support runs from 1 March 2026 to 31 August 2026.",
                   "You meet your mentor every Tuesday and Thursday, 9:00–10:30.",
                   "We follow up every month at a meeting with you, Anna and your caseworker.",
                   "How to appeal: you can appeal to the municipality within 4 weeks; we then forward it to Ankestyrelsen.")
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_english_appeal_guidance_that_forwards_an_upheld_decision_names_the_right_route(make_doc, lint):
    doc = make_doc(("h", "Decision on mentor support"), "Dear Ahmad,", "We grant mentor support from 01/01/2026 to 30/06/2026.",
                   ("h", "How to appeal"), "You can appeal to the municipality within 4 weeks. If we uphold the "
                   "decision, we send your appeal to Ankestyrelsen.")
    assert "appeal-wrong-route" not in rules_of(lint(doc)[1])


def test_a_decision_that_says_where_the_separate_agreement_is_does_not_carry_it(make_doc, lint):
    doc = make_doc("Rudersdal Kommune", "Dato: 21. marts 2026", "Sagsnr.: 19.37.06-A95-50553-26",
                   "Din mentorstøtte forlænges", "Kære Camilla",
                   "Din mentorstøtte forlænges. Den nye periode er 1/4-2026 til 30/9-2026.", ("h", "Begrundelse"),
                   "Vi vurderer, at mentorstøtte kan hjælpe dig med at fastholde praktikken.",
                   "Den skriftlige aftale, som vi lavede på mødet, finder du på Min Side under Min Plan.",
                   ("h", "Klagemulighed"), _APPEAL)
    assert lint(doc) == ("decision", [])


def test_a_follow_up_when_it_makes_sense_says_neither_when_nor_how(make_doc, lint):
    rows = [row for row in _AGREEMENT_ROWS if not (isinstance(row, tuple) and row[1] == "Opfølgning")]
    doc = make_doc(*rows[:-2], ("r", "Opfølgning og progression", "Vi følger op, når det giver mening."), *rows[-2:])
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_an_agreement_named_in_a_decisions_list_of_enclosures_is_not_carried_by_it(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte – delvis bevilling"), "Kære Ali",
                   "Du får bevilget mentorstøtte i perioden 1. april 2026 til 30. september 2026 med 2 timer om ugen.",
                   ("h", "Begrundelse"), "Vi har lagt vægt på, at din praktik er på 15 timer om ugen.",
                   ("h", "Sådan klager du"), _APPEAL, "Med venlig hilsen", "Bilag:",
                   ("l", "Aftale om mentorstøtte"), ("l", "Kvalitetsstandard for mentorstøtte"))
    assert lint(doc) == ("decision", [])


def test_the_hours_granted_in_a_sentence_of_their_own_under_the_reasons_are_the_hours(make_doc, lint):
    doc = make_doc(("h", "Du får mentorstøtte"), "Kære Louise",
                   "Du får mentorstøtte i perioden fra 1. august 2026 til 31. januar 2027.", ("h", "Begrundelse"),
                   "Vi vurderer, at mentorstøtte kan hjælpe dig med at fastholde praktikken.",
                   "Støtten er bevilget med 2-3 timer pr. uge.", ("h", "Sådan klager du"), _APPEAL,
                   ("h", "Bilag 1: Aftale om mentorstøtte"),
                   "Mål for forløbet: Louise øger sin arbejdstid i praktikken fra 10 til 20 timer om ugen inden 1. december 2026.",
                   "Mentor: Sara Holm, tlf. 22 33 44 55", "Mentorens opgaver: Følge Louise på arbejde de første uger.",
                   "Opfølgning: Statusmøde hver måned.")
    assert lint(doc) == ("decision", [])


def test_an_english_reconsideration_that_upholds_and_forwards_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Your complaint about the decision on mentor support"), "Dear Nora Lindqvist,",
                   "We received your complaint on 3 June 2026 about our decision of 20 May 2026 refusing mentor support. "
                   "We have reconsidered the decision, and we uphold it. We have therefore sent your complaint and the "
                   "documents in your case to Ankestyrelsen, which will make a decision.", "Kind regards", "Line Frost")
    assert lint(doc) == ("unknown", [])


def test_a_decision_that_says_the_agreement_is_still_to_be_made_is_not_checked_as_one(make_doc, lint):
    doc = make_doc("Vejle Kommune", "Sagsnr.: 70.30.91-G01-5899-26", ("h", "Forlængelse af mentorstøtte"), "Hej Nikolaj",
                   ("h", "Hvad har vi besluttet?"), "Du får mentor i en ny periode.",
                   "Din nye periode er fra 15. september 2026 til 14. marts 2027.", "Tina har 1 time om ugen til dig.",
                   ("h", "Hvorfor har vi sagt det?"), "Det går godt, men du har stadig brug for hjælp.",
                   "Det sagde du og din mentor på statusmødet.", ("h", "Hvad sker der nu?"), "Tina ringer til dig.",
                   "I laver en aftale sammen om, hvad I skal lave.", ("h", "Hvis du er uenig"),
                   "Klag til Vejle Kommune inden 4 uger. Kommunen kigger på sagen igen, og hvis kommunen ikke ændrer "
                   "noget, går klagen videre til Ankestyrelsen.")
    assert lint(doc) == ("decision", [])


def test_an_invoice_from_a_supplier_on_the_states_framework_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Neksus Mentor & Uddannelse ApS"), "Søndergade 4, 4600 Køge · CVR 40 99 18 32",
                   "Leverandør på SKI-aftale", "Faktura nr. 2026-2296", ("r", "Debitor", "Køge Kommune, Jobcenter Køge"),
                   ("r", "Borger", "Frederik Thomsen"), ("r", "Mentor", "Zainab Schmidt, tlf. 22 33 44 55"),
                   ("r", "Periode", "1. marts 2026 – 31. marts 2026"), ("r", "Timer", "12 timer à 475 kr."),
                   ("r", "At betale", "5.700 kr."))
    assert lint(doc) == ("unknown", [])


def test_a_goal_sentence_with_the_citizens_name_after_its_verb_is_the_goal(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Borger: Lasse Søgaard. Aftale om mentorstøtte efter § 167.",
                   "Inden 15/9-2021 er Lasse ansat i løntilskud som lagermedarbejder hos Lidl 25 timer om ugen.",
                   "Mentor er Jesper Yilmaz, Lys i Mørket, mobil 21403072, jeyi@lysimoerket.dk.",
                   "Mentor skal følge Lasse de første dage i praktikken og ledsage Lasse til lægen.",
                   "Mentorstøtten gives i 182 dage fra 1. jun 2021.",
                   "Opfølgningssamtale med sagsbehandler hver anden måned.",
                   "Mentorstøtten er bevilget med 1-2 timer om ugen.", _APPEAL)
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_a_goal_box_that_opens_with_at_and_the_citizens_name_is_the_goal_under_a_focus_label(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), ("r", "Borger", "Ida Rasmussen"),
                   ("h", "Fokus for forløbet (job/uddannelse)"),
                   "At Ida fastholder sit fleksjob i Jysk lager i Uldum og møder alle planlagte vagter.",
                   ("h", "Mentor (navn, tlf., mail)"), "Lars Østergaard, tlf. 24 84 23 20, lars@egeskov.dk",
                   ("h", "Mentoren hjælper med"), "Kontakt til myndigheder og hjælp med økonomi og post",
                   ("h", "Periode"), "1. september 2026 – 31. januar 2027", ("h", "Timer"), "2 timer pr. uge",
                   ("h", "Opfølgning"), "Statusmøde hver måned", _APPEAL)
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_a_header_row_that_names_a_tables_own_columns_labels_no_field(make_doc, lint):
    doc = make_doc(("h", "Aftale om støtte fra mentor"), ("r", "Felt", "Indhold"), ("r", "Borger", "Jonas Kristensen"),
                   ("r", "Hvor skal du hen?", "Jonas er startet på grundforløb 2 som automekaniker senest 31. jan. 2027."),
                   ("r", "Hvem er med dig undervejs?", "Bo Jensen (Stifinderne ApS), tlf. 94 75 38 88"),
                   ("r", "Sådan hjælper Bo dig", "Bo ringer om morgenen de dage, hvor der er skole; Bo tager en snak hver uge"),
                   ("r", "Tidsramme", "6 mdr. fra 1. aug. 2026"), ("r", "Tidsforbrug", "5 timer ugentligt"),
                   ("r", "Opfølgning", "Midtvejsstatus 1. okt. 2026."), ("r", "Klagevejledning", _APPEAL))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def _agreement_with(*rows: str | tuple[str, ...]) -> list:
    return [("h", "Aftale om mentorstøtte"), "Borger: Sara Mikkelsen",
            "Mål: Sara er startet på SOSU-hjælperuddannelsen 1. november 2026.",
            "Mentor: Ali Demir, Bydelsmentorerne, tlf. 84 87 34 95",
            "Mentors opgaver: øve transporten med bus til skolen; hjælpe med breve i Digital Post",
            *rows, _APPEAL]


def test_a_follow_up_that_only_says_there_is_one_is_missing(make_doc, lint):
    doc = make_doc(*_agreement_with("Periode: 1.8.2026 - 31.1.2027", "Timer: 2 timer om ugen",
                                    ("h", "Opfølgning og evaluering"), "Der følges op."))
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_an_unknown_label_over_a_dated_range_under_an_empty_follow_up_is_the_period_not_the_follow_up(make_doc, lint):
    doc = make_doc(*_agreement_with("Opfølgning:", "Aftalen gælder: fra den 1. august 2026 til den 31. januar 2027",
                                    "Timetal: 8 timer om måneden"))
    assert "missing-follow-up" in rules_of(lint(doc)[1])



def _agreement_mentor(*mentor: str | tuple[str, ...]) -> list:
    return [("h", "Aftale om mentorstøtte"), "Borger: Louise Holm",
            "Mål: Louise er startet på SOSU-hjælperuddannelsen 1. november 2026.", *mentor,
            "Mentors opgaver: øve transporten med bus til skolen; hjælpe med breve i Digital Post",
            "Periode: 1.8.2026 - 31.1.2027", "Timer: 2 timer om ugen", "Opfølgning: statusmøde hver måned", _APPEAL]


def test_a_mentor_named_only_by_a_mail_address_of_first_and_last_name_is_named(make_doc, lint):
    doc = make_doc(*_agreement_mentor(("h", "Mentor hos KUBUS Mentor"), "Tlf.: 42 49 10 88 ida.larsen@kubusmentor.dk"))
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_teams_mail_address_names_no_mentor(make_doc, lint):
    doc = make_doc(*_agreement_mentor(("h", "Mentor hos KUBUS Mentor"), "Tlf.: 42 49 10 88 mentor.team@kubusmentor.dk"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_the_value_written_under_a_templates_instruction_is_the_fields_value(make_doc, lint):
    doc = make_doc(("h", "Aftaleskema – mentorstøtte"), ("r", "Borger", "Nadia Madsen"), ("h", "Borgerens eget mål"),
                   "Skriv her hvad borgeren gerne vil opnå, med ord borgeren selv bruger.",
                   "Nadia er i virksomhedspraktik i Plejecenter Solgården 15 timer om ugen senest 15. juni 2026.",
                   ("h", "Mentor og kontaktoplysninger"), "Skriv mentorens fulde navn, telefon og mail.",
                   "Lars Østergaard, tlf. 31 96 76 67, lars@vestkyst.dk", ("h", "Aftalte opgaver"),
                   "Skriv her hvad mentoren konkret skal gøre.", ("l", "Hjælpe med at åbne og svare på Digital Post"),
                   ("l", "Deltage i samtaler med arbejdsgiveren"), ("h", "Periode"), "1.3.2026 – 31.8.2026",
                   ("h", "Timer"), "2 timer om ugen", ("h", "Opfølgning"), "Statusmøde hver måned.", _APPEAL)
    assert rules_of(lint(doc)[1]) == set()


def _plan_print(*rows: str | tuple[str, ...]) -> list:
    return [("h", "Udskrift af Min Plan"), ("r", "Navn", "Emma Holm"), ("r", "Aktivitet", "Mentor"),
            "A) Job-/uddannelsesmål: Du gennemfører AMU-kurset i truckcertifikat og søger mindst to lagerjob om ugen.",
            "B) Din mentor: Torben Sørensen, tlf. 40 39 51 65", *rows]


def test_a_label_cut_short_with_a_point_labels_its_field(make_doc, lint):
    doc = make_doc(*_plan_print("C) Indsatsomr.", ("l", "Være bindeled til lærerne og studievejlederen"),
                          ("l", "Gå med til møder med jobcentret og skolen"), ("h", "D) Periode"), "1/3-2026 – 31/8-2026",
                          ("h", "E) Omfang"), "1½ time om ugen"))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_list_of_things_to_be_and_back_up_under_a_description_is_the_tasks(make_doc, lint):
    doc = make_doc(*_plan_print(("h", "Beskrivelse"), ("l", "tage telefonisk kontakt om morgenen på skoledage"),
                          ("l", "være med til møder med SU-vejleder og studievejleder"),
                          ("l", "bakke op om lektielæsning og afleveringer"), ("h", "Periode"), "1/3-2026 – 31/8-2026",
                          ("h", "Timer"), "8 timer om måneden"))
    assert "missing-tasks" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("value", ["Timetallet for mentorstøtten, jf. BAB § 52, nr. 5", "mindst 2 job om ugen"])
def test_a_figure_under_the_hours_label_that_counts_no_time_is_no_hours(make_doc, lint, value):
    doc = make_doc(*_plan_print("C) Opgaver: følge Emma til skolen; hjælpe med post", "D) Periode: 1/3-2026 – 31/8-2026",
                          f"E) Timetal: {value}"))
    assert "missing-hours" in rules_of(lint(doc)[1])


@pytest.mark.parametrize("value", ["3", "8 frikøbte timer pr. måned", "A4t/uge"])
def test_a_bare_figure_under_the_hours_label_is_the_hours(make_doc, lint, value):
    doc = make_doc(*_plan_print("C) Opgaver: følge Emma til skolen; hjælpe med post", "D) Periode: 1/3-2026 – 31/8-2026",
                                f"E) Timetal: {value}"))
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_mentor_to_be_assigned_later_by_a_firm_is_missing_even_when_a_sentence_names_the_parties(make_doc, lint):
    doc = make_doc(*_agreement_mentor("Aftalen er indgået mellem borger, mentor og Vesterå Kommune i henhold til § 167.",
                                      ("h", "2. Mentor"), "Tildeles senere af Jobværkstedet ApS"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_mentor_label_that_says_the_mentor_will_be_assigned_is_missing_though_prose_names_a_firm_and_a_phone(
        make_doc, lint):
    doc = make_doc(*_agreement_mentor(("h", "2. Your mentor"),
                                      "Your mentor will be assigned by our team coordinator after the intake meeting.",
                                      "Mentor support is given by Global Talent Mentors Denmark, phone 63 98 62 70."))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_an_appeals_phone_after_a_sentence_naming_a_firm_is_no_mentor_contact(make_doc, lint):
    doc = make_doc(*_agreement_mentor("The decision to grant mentor support is made by the municipality, not by "
                                      "Global Talent Mentors Denmark. If you disagree, send your complaint to Næstved "
                                      "Kommune within four weeks (phone 63 98 62 70)."))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_records_status_in_an_export_is_no_follow_up(make_doc, lint):
    doc = make_doc(*_agreement_with("Status: Underskrevet", "Periode: 1.8.2026 - 31.1.2027", "Timer: 2 timer om ugen"))
    assert "missing-follow-up" in rules_of(lint(doc)[1])


def test_a_task_in_a_list_that_ends_on_what_the_citizen_can_do_is_no_goal(make_doc, lint):
    doc = make_doc(("h", "Min plan – Mentorstøtte"), "Maja Kristiansen", ("h", "Aktivitet: Mentorstøtte (LAB § 167)"),
                   "Mentorstøtten gælder i perioden 2026-08-07–2026-11-06.",
                   "Din mentor hedder Lise Brandt. Ring til hende på 8357 6278. I ses to gange om ugen, 2 timer om ugen.",
                   "Vi aftalte, at Lise skal:", ("l", "hjælpe dig med at holde styr på mødetider i kalenderen"),
                   ("l", "tage bussen sammen med dig til skolen, indtil du kan klare turen alene"))
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_mentor_named_before_a_firm_whose_name_has_an_abbreviation_is_named(make_doc, lint):
    doc = make_doc(*_agreement_mentor("Helle Jensen (Sct. Georgs Mentorservice) er din mentor – tlf. 83 05 16 15."))
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_period_that_stands_apart_from_its_empty_label_is_the_duration(make_doc, lint):
    doc = make_doc(*_agreement_with("Varighed af aftalen og opfølgning – inklusiv mål for", ("h", "PROGRESSION"),
                                    "Fra og med 01-07-2022 til og med 31-12-2022",
                                    "Evaluering hver måned. Progressionen måles på fremmødet.", "Timetal pr. uge: 2,5"))
    assert "missing-duration" not in rules_of(lint(doc)[1])


def test_the_hours_said_after_the_period_under_a_heading_for_both_are_the_hours(make_doc, lint):
    doc = make_doc(*_agreement_with(("h", "Tid og timer"), "Periode: 01.04.2026 – 30.09.2026. Du får 3 t/uge med din mentor.",
                                    ("h", "Opfølgning"), "Statusmøde hver måned."))
    assert "missing-hours" not in rules_of(lint(doc)[1])


def test_a_label_run_on_after_a_placeholder_starts_its_own_field(make_doc, lint):
    doc = make_doc(("h", "Mentorstøtte – aftale"), "Borger: Pernille Frandsen", "Kære Pernille",
                   "Opgaver: udfyldes senere Målet er: fastholde fleksjobbet som pedelmedhjælper på Stevring Skole, "
                   "12 timer om ugen.",
                   "Din mentor bliver Anders Kjær fra Brobyggerne I/S. Du kan fange ham på 4600 2319.",
                   "Du får 24 mentortimer i perioden. Støtten gives fra 27.03.2025 til 26.06.2025. "
                   "Vi følger op hver måned ved et statusmøde.", ("h", "Klagevejledning"), _APPEAL)
    found = rules_of(lint(doc)[1])
    assert "missing-tasks" in found and "missing-goal" not in found


def test_the_caseworkers_assessment_that_a_mentor_can_help_is_no_task(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Nanna Krogh",
                   "Ved samtalen blev det vurderet, at en mentor kan hjælpe med overgangen.",
                   "Mål: Ansættelse i ordinært arbejde som rengøringsassistent, 15 timer om ugen.",
                   "Mentor: Karina Thygesen, tlf. 29 30 31 27", "Periode: 15/5 2026 til 14/11 2026",
                   "Timer: 2 timer om ugen", "Opfølgning: en gang om måneden.", _APPEAL)
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_the_contact_for_questions_about_the_plan_is_no_mentor(make_doc, lint):
    doc = make_doc(("h", "Min plan - oversigt"), "Emma Holm", ("r", "Aktivitet", "Uddannelsesmentor"),
                   ("r", "Formål", "Du fastholder din læreplads som tømrerlærling og møder stabilt hver dag."),
                   ("r", "Mentors opgaver", "planlægge transporten til skolen sammen med dig"),
                   ("r", "Periode", "01.05.2026 - 31.07.2026"), ("r", "Timer pr. uge", "2-3 timer pr. uge"),
                   "Spørgsmål til planen: kontakt Jesper Bach, tlf. 24 43 54 59.")
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_another_activitys_card_before_a_mentor_card_titled_with_the_whole_law_is_dropped(make_doc, lint):
    doc = make_doc(("h", "Min plan"), "Yusuf Ali · Opdateret 05.09.2026", "Igangværende aktiviteter",
                   "Virksomhedspraktik - Plantorama Herning Aktiv", ("r", "Periode", "03.07.2026 - 02.10.2026"),
                   ("r", "Omfang", "12 timer ugentligt"),
                   ("r", "Kontaktperson", "Thomas Johansen (praktikvejleder), tlf. 30 88 57 38"),
                   "Mentorstøtte - § 167 i lov om en aktiv beskæftigelsesindsats Aktiv",
                   ("r", "Mål med mentorstøtten", "Yusuf er i praktik i børnehaven Solsikken 3 dage om ugen."),
                   ("r", "Varighed", "17.07.2026 - 16.01.2027"), ("r", "Timetal", "5 timer pr. uge"),
                   ("r", "Din mentor", "Henrik Larsen (Kompetencecenter Vest)"),
                   ("r", "Mentors opgaver", "tale med dig om, hvordan det går på arbejdspladsen"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_task_that_opens_with_folger_is_no_placeholder(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Louise Holm",
                   "Mål: Louise er startet på SOSU-hjælperuddannelsen 1. november 2026.",
                   "Mentor: Morten Lillelund, mobil 60 82 60 17", ("h", "Sådan hjælper din mentor:"),
                   ("l", "Følger med til de første dage på praktikstedet"),
                   ("l", "Støtter Louise i kontakten til egen læge"), "Periode: 1.8.2026 - 31.1.2027",
                   "Timer: 2 timer om ugen", "Opfølgning: statusmøde hver måned", _APPEAL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_smart_goal_set_out_in_rows_under_the_goals_heading_is_the_goal(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentorstøtte"), ("r", "Borger", "Camilla Hansen"),
                   ("h", "Målet med mentorstøtten – SMART-mål"), ("r", "SMART", "Beskrivelse"),
                   ("r", "Specifikt", "Virksomhedspraktik i Netto, Holstebro Nord (varemodtagelse)."),
                   ("r", "Målbart", "15 timer om ugen fordelt på 3 dage."),
                   ("r", "Tidsbestemt", "Start senest 1. maj 2026."), ("h", "Mentor"),
                   "Bo Bach, Mentorhuset ApS, tlf. 3002 5315", ("h", "Hvad mentoren hjælper med"),
                   ("l", "Sparre om fravær"), ("l", "Hjælpe med budget og regninger"),
                   ("h", "Periode"), "15. apr. 2026 – 14. aug. 2026", ("h", "Timetal"), "6 timer ugentligt",
                   ("h", "Opfølgning"), "Statusmøde hver måned.", ("h", "Klagevejledning"), _APPEAL)
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_a_list_item_that_says_what_the_mentor_does_is_an_item_not_a_label(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale"), "Navn: Brian Møller", ("h", "Hvor vil du være, når forløbet slutter?"),
                   ("l", "Mentor ringer om morgenen"), ("l", "Mentor følger Brian til møder i kommunen"),
                   ("h", "Hvem hjælper dig?"), "Jakob Dahl, Bro til Job, tlf. 78483581",
                   ("h", "Hvad hjælper mentoren dig med?"), ("l", "Vækkeopkald om morgenen"),
                   ("h", "Hvor længe?"), "01.02.2026–30.06.2026", ("h", "Timer"), "2 timer om ugen",
                   ("h", "Opfølgning"), "Statusmøde hver måned.", ("h", "Klagevejledning"), _APPEAL)
    found = rules_of(lint(doc)[1])
    assert "unclear-goal" in found and "missing-goal" not in found


def test_the_mentors_items_in_a_list_of_who_does_what_are_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Kære Anna", "Vi har sammen aftalt disse mål og indsatsområder:",
                   ("l", "Hovedmål: Anna starter på grundforløb 1 på Mercantec i november 2026."),
                   ("l", "Anna: møde til tiden i praktikken"), ("l", "Mentor: øve jobsamtaler med Anna"),
                   ("l", "Mentor: holde en ugentlig samtale om fremmøde og transport"),
                   "Din mentor er Mette Pedersen fra Broen Mentorservice. Du kan fange Mette på tlf. 85 75 70 66.",
                   "Periode: 1.9.2026 - 28.2.2027", "Timer: 2 timer om ugen", "Opfølgning: statusmøde hver måned",
                   _APPEAL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def _form_with(*rows: str | tuple[str, ...]) -> list:
    return [("h", "Aftale om mentorstøtte"), ("h", "1) Hovedformål"),
            "Fatima kommer i ordinær beskæftigelse som chauffør og har taget C-kørekort.",
            ("h", "2) Mentor"), "Lene Mortensen – Mentorhuset ApS – mobil 75 13 56 53", *rows,
            ("h", "Klagevejledning"), _APPEAL]


def test_task_types_nobody_marked_as_chosen_are_no_tasks(make_doc, lint):
    doc = make_doc(*_form_with(("h", "3) Indsatsområder"), ("r", "Opgavetype", "Valgt", "Konkret"),
                               ("r", "Transport", "", ""), ("r", "Økonomi og post", "", ""),
                               "Periode: 1.9.2026 - 28.2.2027", "Timer: 2 timer om ugen",
                               "Opfølgning: statusmøde hver måned"))
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_a_table_of_when_what_and_who_under_the_follow_up_is_the_follow_up(make_doc, lint):
    doc = make_doc(*_form_with("Mentors opgaver: øve busruten; hjælpe med post", "Periode: 1.9.2026 - 28.2.2027",
                               "Timer: 2 timer om ugen", ("h", "Plan for opfølgning"), ("r", "Hvornår", "Hvad", "Hvem"),
                               ("r", "14. juni 2026", "Opstartsevaluering", "Borger, mentor"),
                               ("r", "2. september 2026", "Slutevaluering 14 dage før ophør", "Borger, mentor")))
    assert "missing-follow-up" not in rules_of(lint(doc)[1])


def test_a_mentor_given_by_mail_only_is_named_by_the_first_name_of_the_plans_contact(make_doc, lint):
    doc = make_doc(("h", "Min plan - oversigt"), "Fatima Sørensen",
                   ("r", "Aktivitet", "Start", "Slut", "Timer pr. uge", "Kontakt"),
                   ("r", "Mentorstøtte 10.05.2026", "09.10.2026", "", "Brian Olsen, 91 26 34 69"),
                   ("r", "Formål", "Du er startet på FGU Silkeborg og møder mindst 4 dage om ugen."),
                   ("r", "E-mail til mentor", "brian@silkeborg.dk"),
                   ("r", "Mentors opgaver", "tage med til samtale hos egen læge; hjælpe med at søge job"))
    assert "missing-mentor" not in rules_of(lint(doc)[1])


def test_a_question_of_how_long_over_a_length_in_words_is_the_period_not_the_goal(make_doc, lint):
    doc = make_doc(*_agreement_with(("h", "Hvor længe og hvor meget?"), "Vi forventer at arbejde sammen i halvandet år.",
                                    "Lone har 8 timer om måneden til dig.", ("h", "Hvordan følger vi op?"),
                                    "Statusmøde hver 4. uge."))
    assert "duration-over-6-months" in rules_of(lint(doc)[1])


def test_a_heading_in_title_case_after_the_word_mentor_is_no_task(make_doc, lint):
    doc = make_doc("Mentor Support Agreement (Aftale om mentorstøtte)", "Citizen: Fatima Al-Sayed",
                   ("h", "Purpose"), "Fatima starts the AMU course as a warehouse worker on 15 February 2026.",
                   ("h", "Your mentor"), "Rikke Dahl (Vejen Videre ApS) – tel. 97 84 63 55",
                   ("h", "Duration of the agreement"), "01/01/2026 – 30/06/2026", ("h", "Follow-up"),
                   "We follow up every four weeks at a meeting.", ("h", "Number of hours"), "2 hours per week", _APPEAL)
    assert "missing-tasks" in rules_of(lint(doc)[1])


def test_an_empty_smart_table_under_the_goals_heading_leaves_the_goal_missing(make_doc, lint):
    doc = make_doc(("h", "Skriftlig aftale om mentorstøtte"), ("r", "Borger", "Mads Hansen"),
                   ("h", "Mål for mentorstøtten (SMART)"), ("r", "SMART", "Beskrivelse"), ("r", "Specifikt", ""),
                   ("r", "Målbart", ""), ("r", "Tidsbestemt", ""), ("h", "Mentor"),
                   "Bo Bach, Mentorhuset ApS, tlf. 3002 5315", ("h", "Hvad mentoren hjælper med"),
                   ("l", "Sparre om fravær"), ("l", "Hjælpe med budget"), ("h", "Periode"), "15. apr. 2026 – 14. aug. 2026",
                   ("h", "Timetal"), "6 timer ugentligt", ("h", "Opfølgning"), "Statusmøde hver måned.",
                   ("h", "Klagevejledning"), _APPEAL)
    assert "missing-goal" in rules_of(lint(doc)[1])


def test_a_firm_named_over_what_kind_of_body_it_is_names_no_mentor(make_doc, lint):
    doc = make_doc(*_agreement_mentor(("h", "Mentorens navn og kontaktdata"), "Broen – socialøkonomisk virksomhed, tlf. 28 71 40 09"))
    assert "missing-mentor" in rules_of(lint(doc)[1])


def test_a_goal_label_after_another_colon_in_a_journal_notes_prose_is_the_goal(make_doc, lint):
    doc = make_doc(("h", "Journalnotat – mentoraftale"), "Borger: Sara Munk",
                   "2.1.26 LP: Møde på jobcentret med Sara og mentor Kim Dalsgaard (mobil 40 17 62 38). Vi blev enige om "
                   "en aftale om mentorstøtte efter LAB § 167: Formålet med støtten: Sara er i virksomhedspraktik 15 timer "
                   "om ugen hos Café Havnen senest 1. juni 2026. Mentor skal hjælpe med post i e-Boks. Støtten gives i "
                   "perioden fra og med 10/9-2026 til og med 9/3-2027. Timetal: 2 t/uge. Opfølgningsmøde hver 3. uge.",
                   _APPEAL)
    assert "missing-goal" not in rules_of(lint(doc)[1])


def test_the_mentor_by_name_doing_a_task_for_the_citizen_in_the_mentors_section_is_the_tasks(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Borger: Line Skov",
                   "Mål: Line er i virksomhedspraktik i Børnehuset Mælkebøtten 3 dage om ugen fra 1. april 2026.",
                   ("h", "Mentor"), "Mette Aagaard, Brobyg Mentor & Coaching, mette@brobyg-mentor.dk. Mette hjælper Line "
                   "med at komme i gang i praktikken og følger hende første dag.",
                   "Periode: 1.8.2026 - 31.1.2027", "Timer: 2 timer om ugen", "Opfølgning: statusmøde hver måned", _APPEAL)
    assert "missing-tasks" not in rules_of(lint(doc)[1])


def test_a_journal_notes_deadline_to_appeal_names_no_body_by_the_meeting_at_the_jobcentre(make_doc, lint):
    doc = make_doc(("h", "Journalnotat"), "Borger: Nadia Thorsen",
                   "2.2.26 LP: Møde på jobcentret med Nadia og mentor Zainab Karimi (zk@mentorhuset.dk). Vi blev enige om "
                   "en aftale om mentorstøtte: Mål: Nadia er i praktik hos Netto 3 dage om ugen. Mentor skal tage en "
                   "ugentlig samtale om fremmøde. Støtten gives i perioden fra 1. august 2026 og 26 uger frem. "
                   "Timetal: 8 timer om måneden. Statusmøde hver 4. uge. Fristen for at klage er 4 uger fra modtagelsen "
                   "af dette brev. Aftalen sendes til Nadia i Digital Post. /LP")
    assert "missing-appeal-guidance" in rules_of(lint(doc)[1])


def test_a_placeholder_value_before_the_next_inline_label_stays_the_goals(make_doc, lint):
    doc = make_doc("Skriftlig aftale om mentor", "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
                   "Mål for forløbet: Udfyldes senere. Kontaktperson: ?. Mentoren hjælper med transport til "
                   "praktikstedet. Støtten gælder 25. april – 24. oktober 2026. Vi evaluerer forløbet fire uger før "
                   "bevillingen udløber. Mentor har 1 timer pr. uge til rådighed.",
                   "Underskrifter: ______________ Fatima Christensen ______________ sagsbehandler", _APPEAL)
    assert "missing-goal" in rules_of(lint(doc)[1])
