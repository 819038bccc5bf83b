"""Document-kind detection decides which fields are required."""

from __future__ import annotations

from pathlib import Path

import pytest

from .analysis_builders import KLAGE, rules_of

from mentordocs.lint.analyze import load_pack
from mentordocs.lint.engine import lint_file

#: Copies of ../shared/seeds (real public texts; README.md there says what each is).
SEEDS = Path(__file__).parent / "data" / "seeds"


def test_agreement_by_title(make_doc, lint):
    kind, _ = lint(make_doc(("h", "Mentoraftale"), "Mål: Anna starter i praktik hos Netto 1. maj 2026."))
    assert kind == "agreement"


def test_min_plan_entry_by_title_needs_five_fields_not_follow_up_or_appeal(make_doc, lint):
    doc = make_doc(("h", "Min Plan – mentorstøtte"),
                   "Mål: Ahmed gennemfører FGU og starter på EUD i august 2026.",
                   "Mentor: Sara Nielsen, tlf. 21 21 21 21", "Opgaver: Hjælpe med lektier og fremmøde.",
                   "Periode: 1/3-2026 til 31/8-2026", "Timer: 2 timer om ugen")
    kind, findings = lint(doc)
    assert (kind, findings) == ("minplan", [])


def test_min_plan_entry_without_hours_is_caught(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Mål: Ahmed starter på EUD i august 2026.",
                   "Mentor: Sara Nielsen, tlf. 21 21 21 21", "Opgaver: Hjælpe med lektier.",
                   "Periode: 1/3-2026 til 31/8-2026")
    kind, findings = lint(doc)
    assert kind == "minplan" and rules_of(findings) == {"missing-hours"}


def test_agreement_that_mentions_min_plan_is_still_an_agreement(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"), "Aftalen indgår i din plan i Min Plan.",
                   "Mål: Anna starter i praktik hos Netto 1. maj 2026.")
    assert lint(doc)[0] == "agreement"


@pytest.mark.parametrize("opening", [
    "Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Afslag på mentorstøtte",
    "Ophør af mentorstøtte", "Forlængelse af mentorstøtte",
])
def test_decision_letter_by_title(opening, make_doc, lint):
    doc = make_doc(("h", opening), "Vi har behandlet din ansøgning.", KLAGE)
    assert lint(doc)[0] == "decision"


def test_decision_letter_by_body_wording(make_doc, lint):
    doc = make_doc("Kære Anna", "Du har fået bevilget mentorstøtte fra 1. marts 2026 til 31. august 2026.",
                   "Vi har bevilget 3 timer om ugen.", KLAGE)
    assert lint(doc)[0] == "decision"


def test_decision_needs_only_appeal_guidance(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Vi har bevilget mentorstøtte.")
    kind, findings = lint(doc)
    assert kind == "decision" and rules_of(findings) == {"missing-appeal-guidance"}


def test_refusal_without_reasons_gets_missing_reasons(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Vi har givet dig afslag på mentorstøtte.", KLAGE)
    assert rules_of(lint(doc)[1]) == {"missing-reasons"}


def test_refusal_with_reasons_is_clean(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Vi har givet dig afslag på mentorstøtte.",
                   ("h", "Begrundelse"), "Vi har lagt vægt på, at du allerede får støtte i dit job, jf. LAB § 167.",
                   KLAGE)
    assert lint(doc)[1] == []


def test_leaflet_listing_the_fields_is_unknown_and_gets_no_findings(make_doc, lint):
    doc = make_doc(("h", "Hvad er mentorstøtte?"),
                   "Mentorstøtte kan gives i højst 6 måneder. Aftalen skal som minimum indeholde:",
                   ("l", "målet med mentorstøtten"), ("l", "mentorens navn og kontaktdata"),
                   ("l", "hvilke opgaver mentoren skal bistå ved"), ("l", "varigheden af aftalen"),
                   ("l", "timetallet"), ("l", "klagevejledning"), "Målgruppe: alle borgere i kommunen.")
    assert lint(doc) == ("unknown", [])


def test_a_staff_checklist_of_what_an_agreement_is_built_of_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Sådan er en mentoraftale bygget op – til medarbejdere"),
                   "En mentoraftale skal altid indeholde disse punkter. Brug dem som tjekliste, når du skriver aftalen:",
                   ("l", "Formål – hvad skal borgeren opnå (job eller uddannelse)?"),
                   ("l", "Mentorens navn og kontaktoplysninger."), ("l", "Hvad mentoren skal hjælpe med."),
                   ("l", "Varighed – højst 6 måneder ad gangen, med mulighed for forlængelse."),
                   ("l", "Opfølgning, fx hver måned og 14 dage før ophør."), ("l", "Timetal pr. uge."))
    assert lint(doc) == ("unknown", [])


def test_an_end_decision_with_a_section_on_appeals_headed_vejledning_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Din mentorstøtte stopper"), "Herning Kommune · Beskæftigelse", "Kære Kasper Hansen",
                   ("h", "Resultat"), "Din mentorstøtte ophører den 1. august 2026, fordi du ikke er mødt op siden 10. juni 2026.",
                   ("h", "Vejledning om klage"), KLAGE, "Med venlig hilsen\nBo Pedersen")
    assert lint(doc)[0] == "decision"


def test_an_intranet_page_on_how_to_write_an_agreement_with_a_filled_example_is_unknown(make_doc, lint):
    doc = make_doc("Sådan skriver du en aftale om mentorstøtte", ("h", "Intranet · Beskæftigelse · Tønder Kommune"),
                   "Denne side er til sagsbehandlere. Den forklarer, hvad en skriftlig aftale om mentorstøtte skal "
                   "indeholde, og viser et udfyldt eksempel.", "Eksempel på en udfyldt aftale",
                   "Eksemplet er opdigtet. Borgeren kalder vi »Christian«.",
                   ("r", "Mål", "Christian er i virksomhedspraktik som lagermedarbejder hos Jysk 15 timer om ugen senest 1. maj 2026."),
                   ("r", "Mentor", "Hanne Friis, Mentorhuset, tlf. 22 33 44 55"),
                   ("r", "Periode", "1. marts 2026 – 31. august 2026"), ("r", "Timetal", "3 timer om ugen"))
    assert lint(doc) == ("unknown", [])


def test_a_case_systems_print_header_over_a_decisions_title_is_no_title(make_doc, lint):
    doc = make_doc("FASIT Sagsoverblik - Udskrift", "Afgørelse om mentorstøtte", "Kasper Karimi",
                   "Dato: 1. maj 2026 Sagsnr.: 15.02.08-G01-4568-25", "Kære Kasper",
                   "Du får bevilget mentorstøtte efter § 167 i perioden 13/5-2026 til 12/11-2026, 4 timer pr. uge.",
                   "Med venlig hilsen", "Ida Dahl", "FASIT · Dok.nr. 19253 · udskrevet 2026-05-01 Side 1")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_a_min_plan_card_whose_provider_is_an_association_is_still_a_plan(make_doc, lint):
    doc = make_doc("jobnet.dk · Min Plan · Aktiviteter", ("h", "Min Plan"), "Maja Holm · Havnestad Kommune",
                   ("h", "Mentorstøtte – Bydelsmentorerne (foreningen)"),
                   ("r", "Formål", "Maja har tiltrådt et fleksjob i butik på mindst 8 timer om ugen senest 21. december 2025."),
                   ("r", "Mentor", "Hassan Mourad, telefon 26 32 98 27"), ("r", "Mentorens opgaver", "Ugentlig samtale"),
                   ("r", "Periode", "21. sep. 2025 – 20. mar. 2026"), ("r", "Timetal", "2 t/uge"))
    assert lint(doc) == ("minplan", [])


def test_an_associations_agreement_made_on_behalf_of_the_job_centre_is_an_agreement(make_doc, lint):
    doc = make_doc(("h", "MENTORAFTALE – BYDELSMENTORERNE"),
                   "Indgået 30.09.2025 mellem Emma Petersen og Bydelsmentorerne på vegne af Jobcenter Havnestad.",
                   "Mentor: Jamal Said, Bydelsmentorerne (foreningen), tlf. 50 37 37 79",
                   "Mål: Emma gennemfører FGU-forløbet og søger optagelse på ernæringsassistentuddannelsen senest 4. marts 2026.",
                   "Opgaver: vækkeopkald de første 4 uger, hjælpe med at søge SU", "Periode: 4. okt. 2025 - 3. apr. 2026",
                   "Timetal: 1,5 time pr. uge", "Opfølgning: Statusmøde hver måned.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("title, rows", [
    ("Ændringslog – sag 49.44.71-G01-7542-26", [("r", "Tidspunkt", "Bruger", "Felt", "Gammel værdi", "Ny værdi"),
                                               ("r", "27.04.2026 09:14", "Thomas Winther", "Mentor", "Pia Kjær", "Lars Østergaard"),
                                               ("r", "27.04.2026 09:15", "Thomas Winther", "Timetal", "2 timer", "6 timer pr. uge")]),
    ("Dokumentoversigt – mentorsag", [("r", "Dokument", "Version", "Dato", "Status"),
                                      ("r", "Mentoraftale", "1", "01.07.2026", "Erstattet"),
                                      ("r", "Mentoraftale (revideret)", "2", "12.09.2026", "Gældende")])])
def test_a_case_systems_change_log_or_version_list_is_unknown(make_doc, lint, title, rows):
    assert lint(make_doc(("h", title), *rows)) == ("unknown", [])


def test_a_partial_extension_titled_by_its_kind_of_decision_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Afgørelse – delvis bevilling af forlængelse"), "Hjørring Kommune · Beskæftigelse", "Kære Line",
                   "Vi har delvist imødekommet din ansøgning: Du får mentorstøtte fra 1. maj 2026 til 31. oktober 2026, "
                   "3 timer pr. uge.", "Vi har lagt vægt på mentorens statusnotat.", ("h", "Hvis du vil klage"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_a_letter_that_pauses_the_mentor_support_is_a_decision(make_doc, lint):
    doc = make_doc("Vejle Kommune · Beskæftigelse", ("h", "Midlertidig pause i din mentorstøtte"), "Kære Ida",
                   "Din mentorstøtte holder pause fra 15. maj 2026 til 11. juni 2026, mens du er indlagt.",
                   ("h", "Klagevejledning"), "Du kan klage over afgørelsen.")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_a_team_leaders_internal_approval_of_an_extension_is_unknown(make_doc, lint):
    doc = make_doc("Intern godkendelse – forlængelse af mentorstøtte", ("r", "Sagsnr.", "47.85.50-G01-1773-26"),
                   ("r", "Indstillet af", "Ulla Krogh"), ("r", "Godkendt af", "Teamleder Bo Kragh"),
                   "Indstilling: Forlængelse for Dennis Nielsen i 3 måneder. Forventet udgift 14.400 kr.",
                   "Godkendt. Husk at afgørelsen og den reviderede aftale sendes til borgeren i e-Boks.")
    assert lint(doc) == ("unknown", [])


def test_a_contract_on_mentor_services_with_a_provider_is_unknown(make_doc, lint):
    doc = make_doc("Gudenå Kommune, Beskæftigelse", "Samarbejdsaftale om mentorydelser 2025-2026",
                   "Mellem Gudenå Kommune, Beskæftigelse og Trin for Trin ApS. Leverandøren stiller mentorer til "
                   "rådighed for borgere, som kommunen visiterer til mentorstøtte.", ("l", "Timepris: 545 kr. ekskl. moms"),
                   ("l", "Statusrapport hver 4. uge og ved afslutning"), ("l", "Opsigelse: 3 måneder til udgangen af en måned"),
                   "Aftalen gælder fra 1. januar 2025 til 31. december 2026.")
    assert lint(doc) == ("unknown", [])


def test_a_firms_letterhead_that_says_vejledning_over_a_decisions_heading_is_no_title(make_doc, lint):
    doc = make_doc("LærDig Mentor & Vejledning", ("h", "Afgørelse: afslag på mentorstøtte"), "Borger: Tobias Christensen",
                   "Vi har givet dig afslag på din ansøgning om mentorstøtte af 3. maj 2026.",
                   "Begrundelse: Mentorstøtte kan kun gives, når den skal føre til job eller uddannelse.",
                   "Klagevejledning: Du har mulighed for at klage, hvis du er uenig.", "Med venlig hilsen", "Camilla Petersen")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_the_wards_discharge_agreement_is_no_mentor_agreement(make_doc, lint):
    doc = make_doc("Region – Psykiatrien, afsnit P3", "Udskrivningsaftale – psykiatrisk afdeling", "Patient: Kenneth Olsen",
                   "Forventet udskrivelse: 1. august 2026", "Kommunal kontakt: Jannie Møller, Svendborg Kommune",
                   "Aftale mellem afsnittet, patienten og kommunen om udskrivelsen: medicin, ambulant opfølgning i "
                   "distriktspsykiatrien, bostøtte. Patienten ønsker en udskrivningskoordinator.")
    assert lint(doc) == ("unknown", [])


def test_the_mentor_supports_own_goal_left_to_be_filled_in_is_missing_beside_the_plans_aim(make_doc, lint):
    doc = make_doc(("h", "INTEGRATIONSPLAN (MIN PLAN)"), "Borger: Dawit Yusuf", ("h", "Beskæftigelsesmål"),
                   "Tilbagevenden til ordinært arbejde.", ("h", "Indsatser"), "Indsats: Mentorstøtte (LAB § 167)",
                   "Mål med mentorstøtten: Udfyldes senere", "Mentor: Kenneth Nielsen (Broen Mentorservice) – 26 70 41 77",
                   "Mentorens opgaver: hjælpe med kontakt til sprogskolen", "Periode: 1/4 2026 - 30/9 2026",
                   "Timetal: 2 timer pr. uge")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-goal"})


def test_a_leaflet_for_citizens_over_a_question_heading_is_unknown(make_doc, lint):
    doc = make_doc("Mentor support – information for you",
                   "Albertslund Kommune can give you a mentor if you need extra support to start a job or an education.",
                   ("h", "What is in a mentor agreement?"), ("l", "the goal of the mentor support"),
                   ("l", "the mentor's name and contact details"), ("l", "the tasks the mentor will help with"),
                   ("l", "how long the support lasts (at most 6 months at a time)"), ("l", "how many hours a week"),
                   ("l", "how you can complain"),
                   "Mentor support is given for up to 6 months. It can be extended after a concrete assessment. If you "
                   "disagree with a decision, you can complain to the municipality within 4 weeks.",
                   "Ask your caseworker at the job centre. Opening hours: Monday–Thursday 9–15.")
    assert lint(doc) == ("unknown", [])


def test_another_activity_named_above_the_mentor_supports_own_lines_ends_before_them(make_doc, lint):
    doc = make_doc("Min Plan · Jobcenter Randers", ("h", "Min Plan – din mentorstøtte"),
                   "Aktivitet: Du går på FGU i Skive fra 10. august 2026 til 30. juni 2028.",
                   "Dit mål er, at du kommer i fleksjob som køkkenmedhjælper med 12 timer om ugen inden 1. oktober 2026.",
                   "Din mentor: Maria Sørensen (Mentorkorpset) – maria@mentorkorpset.dk – 62 16 36 62",
                   "Det hjælper mentoren dig med: holde kontakt med din leder; finde løsninger sammen med dig",
                   "Mentorstøtten gælder 1/3-2026 – 30/6-2026.", "Timer: 2 t/uge")
    assert lint(doc) == ("minplan", [])


def test_minutes_titled_as_the_citizens_agreement_are_the_agreement(make_doc, lint):
    doc = make_doc("Tønder Kommune", "Dato: 22/5 2026", ("h", "Referat af vores samtale – din mentoraftale"),
                   "Hej Mette. Tak for en god snak den 20. maj 2026. Her kan du læse, hvad vi talte om, og hvad vi aftalte.",
                   "Målet med mentorstøtten: Udfyldes senere",
                   "Din mentor er Birgitte Krogh. Du kan ringe til Birgitte på 71 81 80 70.",
                   "Du og Birgitte har 8 timer om måneden sammen.", "Aftalen gælder fra 1/6-2026 til 30/11-2026.",
                   "Vi følger op den 16. november 2026 på et møde.", ("h", "Klagevejledning"), KLAGE)
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("agreement", {"missing-goal", "missing-tasks"})


def test_another_activitys_contact_person_row_is_its_own_not_the_mentors(make_doc, lint):
    doc = make_doc("Plantype: Min Plan – planlagte aktiviteter", "AKTIVITET 1: MENTORSTØTTE [Bevilget]",
                   "Periode: 2026-03-09 - 2026-08-08", "Timetal: 5 timer pr. uge", "Mentor: Ahmed Poulsen",
                   "Formål: Mads gennemfører grundforløb 1 på Campus Bornholm og har under 10 % fravær.",
                   "Mentorens opgaver: ringe om morgenen", "AKTIVITET 2: ORDINÆR UDDANNELSE [Planlagt]",
                   "Periode: 2026-04-08 - 2028-07-07", "Timetal: 30 timer pr. uge", "Sted: Campus Bornholm",
                   "Kontaktperson: Nikolaj Mortensen", "Kontakt tlf.: 27 58 90 39")
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_unrelated_text_is_unknown(make_doc, lint):
    doc = make_doc("Referat af personalemøde", "Kaffemaskinen er repareret.", "Næste møde 3. marts 2026.")
    assert lint(doc) == ("unknown", [])


def test_untitled_form_with_several_fields_is_an_agreement(make_doc, lint):
    # whose form it is ("Navn: …") is what makes it one citizen's paperwork (see the test after
    # it: without it, a text about citizens in general is unknown)
    doc = make_doc("Navn: Anna Jensen", "Mål: Anna starter i praktik hos Netto 1. maj 2026.", "Mentor: Lars Østergaard, 23 45 67 89",
                   "Timetal: 2 timer pr. uge", "Periode: 1.3.2026-31.8.2026")
    assert lint(doc)[0] == "agreement"


def test_untitled_fields_without_a_citizen_are_unknown(make_doc, lint):
    doc = make_doc("Mål: skriv et konkret mål for borgeren.", "Mentor: Lars Østergaard, 23 45 67 89",
                   "Timetal: 2 timer pr. uge", "Periode: 1.3.2026-31.8.2026")
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("0*.txt")))
def test_real_seed_texts_are_unknown_with_no_findings(seed):
    """The five real documents (guidance pages, a quality standard, a budget answer) hold every
    field word but are none of the three kinds (issue 8)."""
    result = lint_file(SEEDS / seed, load_pack())
    assert (result.kind, result.findings) == ("unknown", [])


def test_all_five_seed_texts_are_in_the_test_data():
    assert len(list(SEEDS.glob("0*.txt"))) == 5


def test_the_length_asked_for_in_a_partial_grant_is_not_the_period(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"),
                   "Vi har behandlet din ansøgning af 25.09.2026 om mentorstøtte i 9 måneder.",
                   "Vi har bevilget dig mentorstøtte fra 1. oktober 2026 til 31. marts 2027.",
                   ("h", "Begrundelse"), "Vi vurderer, at seks måneder er nok til at nå dit mål.", KLAGE)
    assert "duration-over-6-months" not in rules_of(lint(doc)[1])


def test_appeal_guidance_as_a_list_of_labelled_items_under_a_heading(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Vi har bevilget mentorstøtte.", ("h", "Klageadgang"),
                   ("l", "Klagefrist: 4 uger fra du har modtaget brevet"),
                   ("l", "Klagen sendes til: Ravnsø Kommune, job@ravnsoe.dk"),
                   ("l", "Fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen"))
    assert lint(doc)[1] == []


def test_a_refusal_saying_there_is_no_goal_states_no_goal(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Vi har givet dig afslag på mentorstøtte.",
                   ("h", "Begrundelse"), "Du har ikke et konkret mål om job eller uddannelse i din plan, og vi "
                   "vurderer, at andre tilbud passer bedre til dit behov.", KLAGE)
    assert lint(doc)[1] == []



def test_an_internal_procedure_for_writing_agreements_is_unknown(make_doc, lint):
    doc = make_doc("Procedure – skriftlig aftale om mentor",
                   "Jobcenter Fjordby – intern vejledning for sagsbehandlere. Når der bevilges mentorstøtte efter "
                   "LAB § 167, skal der indgås en skriftlig aftale, som skal minimum indeholde:",
                   ("l", "formålet med mentorstøtten"), ("l", "omfanget i timer"),
                   ("l", "perioden (højst 6 måneder ad gangen)"), ("l", "hvem der er mentor"))
    assert lint(doc) == ("unknown", [])


def _minplan(make_doc, tasks_row):
    return make_doc(("h", "Min Plan"), ("r", "Jobmål", "Ordinær ansættelse som lagermedarbejder inden 30.09.2026"),
                    ("h", "Indsatser - mentorstøtte"), ("r", "Aktivitet", "Mentorstøtte (LAB § 167)"),
                    ("r", "Periode", "01.05.2026 - 31.07.2026"), ("r", "Mentor", "Ida Lindvig, tlf. 57 96 93 27"),
                    *([tasks_row] if tasks_row else []), ("r", "Omfang", "3 timer pr. uge"),
                    ("h", "Indsats: Virksomhedspraktik"), ("r", "Aktivitet", "Kursus i truckcertifikat"))


@pytest.mark.parametrize("tasks_row", [None, ("r", "Mentoren hjælper dig med", "Ikke udfyldt")])
def test_a_min_plan_activitys_name_is_not_the_mentors_tasks(make_doc, lint, tasks_row):
    kind, findings = lint(_minplan(make_doc, tasks_row))
    assert kind == "minplan" and rules_of(findings) == {"missing-tasks"}


def test_a_min_plan_entry_with_the_mentors_tasks_is_clean(make_doc, lint):
    row = ("r", "Mentoren hjælper dig med", "Struktur på ugen, følger dig til samtaler og træner busturen.")
    assert lint(_minplan(make_doc, row)) == ("minplan", [])


def _print_with_a_wage_subsidy(make_doc, title):
    return make_doc(title, ("r", "Navn", "Bo Riis"), ("r", "Sagsbehandler", "Pia Dam, tlf. 44 55 66 77"),
                    "Løntilskud", ("r", "Aktivitet", "Løntilskud hos Genbrugspladsen"),
                    ("r", "Periode", "fra 01.02.2026 til 31.01.2027"), ("r", "Omfang", "25 timer pr. uge"),
                    "Mentorstøtte", ("r", "Aktivitet", "Mentorstøtte (LAB § 167)"), ("r", "Status", "Bevilget"),
                    ("r", "Mål", "Bo er ansat som pladsmand på mindst 20 timer om ugen senest 1. august 2026."),
                    ("r", "Mentor", "Ida Lindvig, tlf. 57 96 93 27"),
                    ("r", "Opgaver", "Hjælpe med transporten og følge Bo til de første vagter."),
                    ("r", "Varighed", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"))


@pytest.mark.parametrize("title", ["Jobnet · Jobcenter Ravnsø · udskrevet 03.02.2026", "Plan for Bo Riis"])
def test_a_case_system_print_of_a_citizens_plan_is_a_min_plan_entry(make_doc, lint, title):
    assert lint(_print_with_a_wage_subsidy(make_doc, title))[0] == "minplan"


def test_another_activitys_period_and_hours_in_a_min_plan_are_not_the_mentors(make_doc, lint):
    assert lint(_print_with_a_wage_subsidy(make_doc, "Min Plan")) == ("minplan", [])


def _cards(make_doc, *mentor_card):
    """A Jobnet print of a plan with its activities as cards: a title over labels and values
    on lines of their own."""
    return make_doc(("h", "Min plan"), "Dine aktiviteter",
                    "Opfølgning på sygedagpenge", "Sted", "Kommunen, Sygedagpengeteamet", "Start", "03.07.2026",
                    "Slut", "Løbende", "Kontaktperson", "Sagsbehandler Karen Mose, tlf. 72 36 00 00",
                    "Beskrivelse", "Samtale hver 4. uge.",
                    *mentor_card,
                    "Danskuddannelse (DU2, modul 3)", "Sted", "Sprogcenter Midt", "Start", "04.05.2026",
                    "Slut", "28.06.2027", "Omfang", "9 lektioner pr. uge", "Kontaktperson",
                    "Sprogcentrets kontor, tlf. 87 87 10 10", "Beskrivelse", "Undervisning mandag og onsdag.")


MENTOR_CARD = ("Mentorstøtte – tilbudsmentor", "Formål",
               "Du starter på SOSU-hjælperuddannelsen i januar 2027 og gennemfører grundforløbet.",
               "Mentorens opgaver", "Ugentlig samtale om fremmøde og transport", "Periode", "2026-09-01 - 2027-02-28",
               "Timer pr. uge", "3 timer pr. uge")


def test_another_activity_cards_contact_person_is_not_the_mentor(make_doc, lint):
    kind, findings = lint(_cards(make_doc, *MENTOR_CARD))
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


def test_the_mentor_cards_own_contact_person_is_the_mentor(make_doc, lint):
    card = MENTOR_CARD + ("Kontaktperson", "Mentor Jonas Holm, tlf. 22 33 44 55")
    assert lint(_cards(make_doc, *card)) == ("minplan", [])


def test_a_plan_that_shows_at_most_one_item_of_the_mentor_support_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Min plan"), "Din plan er senest opdateret af Hjørring Kommune.",
                   "Dine aktiviteter", ("r", "Aktivitet", "Status"), ("r", "Jobsøgning", "I gang"),
                   ("r", "Virksomhedspraktik", "Planlagt"), "Du har tidligere haft en mentor.")
    assert lint(doc) == ("unknown", [])


def test_a_calendar_of_meetings_with_the_mentor_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Mine aftaler", "Her er dine kommende aftaler. Husk at melde afbud senest kl. 8.",
                   ("r", "Tid", "Aftale", "Sted"), ("r", "09:00", "Møde med mentor", "Bro til Job"),
                   ("r", "13:00", "Jobsamtale", "Bro til Job"))
    assert lint(doc) == ("unknown", [])


def _overview(make_doc, *rows):
    return make_doc(("h", "Min Plan"), ("r", "Borger", "Bo Riis"), "Aktiviteter",
                    ("r", "Indsats", "Status", "Start", "Slutdato", "Omfang"), *rows,
                    ("h", "Udvidet mentor"),
                    ("r", "Mål", "Bo er ansat som pladsmand på mindst 20 timer om ugen senest 1. august 2026."),
                    ("r", "Din mentor", "Ida Lindvig, tlf. 57 96 93 27"),
                    ("r", "Mentorens opgaver", "Hjælpe med transporten og følge Bo til de første vagter."))


def test_a_plans_overview_gives_the_period_in_its_start_and_end_columns(make_doc, lint):
    doc = _overview(make_doc, ("r", "Udvidet mentor", "Igangværende", "15.08.2026", "14.12.2026", "2 timer om ugen"))
    assert lint(doc) == ("minplan", [])


def test_a_plans_overview_reads_the_period_and_hours_of_the_mentor_row_only(make_doc, lint):
    doc = _overview(make_doc, ("r", "FGU – produktionsgrunduddannelse", "I gang", "11.08.2025", "10.07.2027", "30 timer"),
                    ("r", "Udvidet mentor", "Igangværende", "15.08.2026", "14.12.2026", "2 timer om ugen"))
    assert lint(doc) == ("minplan", [])


def test_an_overview_of_other_activities_above_the_mentors_own_rows_gives_no_period(make_doc, lint):
    # the wage subsidy's year is its own; the mentor's rows below, the first with a long goal, give the period
    doc = make_doc("Min Plan – Dine aktiviteter", "Søren Bruun",
                   ("r", "Aktivitet", "Periode", "Timer", "Kontakt"),
                   ("r", "Løntilskud hos Autoværkstedet Syd", "04.08.2026 - 03.08.2027", "30 t/uge", "Bilal Bach"),
                   ("r", "Samtale med jobkonsulent", "hver 4. uge", "-", "Louise Olsen"),
                   "Mentor på arbejdspladsen",
                   ("r", "Mål", "Hovedformål: Søren gennemfører ansættelsen med løntilskud hos Autoværkstedet Syd "
                                "uden ulovligt fravær. Delmål: Søren kan efter 8 uger selv løse de faste opgaver i "
                                "værkstedet uden daglig instruktion."),
                   ("r", "Mentor", "Fatima Østergaard (fatima@autovaerkstedet-syd.dk)"),
                   ("r", "Opgaver", "Oplære i sikkerhedsregler og brug af maskiner"),
                   ("r", "Varighed", "fra 2026-08-04 til 2027-02-03"), ("r", "Timetal", "12 timer om måneden"))
    assert lint(doc) == ("minplan", [])


def test_an_overview_of_other_activities_above_the_mentor_supports_own_lines_gives_it_no_period(make_doc, lint):
    # "Mentorstøtte (LAB § 167):" titles the mentor's own lines, whose period is still to come
    doc = make_doc("Min Plan", "Navn: Christian Kjær", ("h", "Dine aktiviteter:"),
                   ("r", "Aktivitet", "Sted", "Start", "Slut", "Status"),
                   ("r", "Forberedende grunduddannelse (FGU), PGU", "FGU Trekanten", "10.08.2026", "24.06.2027", "Aktiv"),
                   ("r", "Erhvervsuddannelse, grundforløb 1", "Herningsholm", "11.01.2027", "25.06.2027", "Planlagt"),
                   ("h", "Mentorstøtte (LAB § 167):"),
                   "Formål med mentorstøtten: At Christian fastholder sin plads på hf-enkeltfag hos VUC Storstrøm og "
                   "går op til eksamen i dansk C og matematik C i juni 2027.",
                   "Mentor: Henrik Poulsen, mobil 60 56 67 48",
                   "Mentorens opgaver: Hjælpe med SU-ansøgningen; følge med til opstartssamtalen",
                   "Periode: Udfyldes senere", "Timetal: 2 t/uge")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-duration"})


def _plan_with_contact(make_doc, contact):
    return make_doc("Min Plan", "Min Plan for Nadia Olsen · udskrevet 2025-12-26 · Odense Kommune", ("h", "Indsats: mentor"),
                    "Succeskriterium: Du møder stabilt i praktikken hos JYSK tre dage om ugen fra 2. maj 2026.",
                    contact, "Støtten består af:", ("l", "Følge dig til JYSK de første to uger"),
                    ("l", "Ringe til dig morgenen før dine mødedage"), "Forløb: 4 måneder fra 2. januar 2026",
                    "Intensitet: op til 4 timer ugentligt", "Ansvarlig sagsbehandler: Dorthe Jørgensen, Odense Kommune")


def test_the_mentor_support_activitys_contact_person_is_its_mentor(make_doc, lint):
    doc = _plan_with_contact(make_doc, "Din faste kontakt: Rikke Olsen, Mentorhuset Fyn, tlf. 27 90 33 47")
    assert lint(doc) == ("minplan", [])


def test_the_caseworker_as_the_activitys_contact_is_no_mentor(make_doc, lint):
    doc = _plan_with_contact(make_doc, "Kontakt: sagsbehandler Dorthe Jørgensen, tlf. 65 51 10 00")
    assert rules_of(lint(doc)[1]) == {"missing-mentor"}


def test_a_heading_under_a_mentor_cards_empty_label_titles_the_next_card(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Mathilde Holm · Udskrevet 12.02.2026", ("h", "Aktiviteter"), ("h", "Mentor"),
                   ("r", "Status", "Igangværende"),
                   ("r", "Formål", "Mathilde starter på FGU hos FGU Midt 1. april 2026 og møder fire dage om ugen."),
                   ("r", "Mentor", "Søren Johansen – VejlederTeamet ApS – telefon 53 33 26 23"),
                   ("r", "Mentorens opgaver", "Hjælpe med at planlægge ugen"), ("r", "Periode", "01.03.2026 - 30.06.2026"),
                   "Timer pr. uge", ("h", "Danskuddannelse 3, modul 4"), ("r", "Status", "Aktiv"),
                   ("r", "Periode", "01.03.2026 - 01.02.2027"), ("r", "Timer pr. uge", "6"), ("r", "Sted", "Sprogcentret"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-hours"})


def test_the_mentor_activitys_row_with_its_contact_person_names_the_mentor(make_doc, lint):
    doc = make_doc(("r", "Sag", "Aktivitet", "Status", "Startdato", "Slutdato", "Timer pr. uge", "Kontaktperson", "Telefon",
                    "Formål", "Indhold"),
                   ("r", "S-2026-114", "Psykologsamtaler", "Igangværende", "04.07.2026", "03.03.2027", "1",
                    "Susanne Johansen (Psykolog)", "+45 27 28 84 20", "Helbredsmæssig stabilisering", ""),
                   ("r", "S-2026-114", "Mentor", "I gang", "04.07.2026", "03.01.2027", "2", "Anders Olsen", "3572 0430",
                    "Sofie gennemfører hf-enkeltfag på VUC i dansk og matematik og afslutter med eksamen 3. december 2026.",
                    "Vække-opkald om morgenen / Følges med til skolen første uge"))
    assert "missing-mentor" not in rules_of(lint(doc)[1])


@pytest.mark.parametrize("title, titled", [("Mentorstøtte (LAB § 167):", True), ("Mentor:", False),
                                           ("Mentorstøtte:", False)])
def test_only_the_support_with_its_law_titles_an_activity_over_a_colon(make_doc, title, titled):
    from mentordocs.lint.analyze import compile_pack
    from mentordocs.lint.sections import _titled_mentor_support
    doc = make_doc(("h", title), "Formål med mentorstøtten: At Christian fastholder sin plads på hf-enkeltfag hos VUC "
                                 "Storstrøm og går op til eksamen i dansk C og matematik C i juni 2027.",
                   "Mentor: Henrik Poulsen, mobil 60 56 67 48")
    assert _titled_mentor_support(doc.blocks, 0, compile_pack(load_pack()).fields) is titled


def test_an_exports_section_row_that_names_the_mentor_support_starts_its_rows(make_doc, lint):
    # "Afsnit | Andre aktiviteter" then "Afsnit | Mentorstøtte": the export's sections by name
    doc = make_doc(("r", "Felt", "Indhold"), ("r", "Titel", "Min plan - mentorstøtte (§ 167)"),
                   ("r", "Navn", "Sara Sørensen"), ("r", "Indsats", "Mentor"), ("r", "Afsnit", "Andre aktiviteter"),
                   ("r", "Aktivitet", "Periode", "Sted"),
                   ("r", "Uddannelse: HF-enkeltfag på VUC", "02.03.2025-25.06.2026", "Skolen"),
                   ("r", "Afsnit", "Mentorstøtte"),
                   ("r", "Mål", "At Sara fastholder sit fleksjob på 14 timer om ugen hos Super Brugsen."),
                   ("r", "Din mentor", "Hanne Johansen (Ungeenheden) – 64 90 66 69"),
                   ("r", "Opgaver", "Deltage i opstartsmøde med arbejdsgiver"),
                   ("r", "Gyldig", "2. mar. 2025 - 1. sep. 2025"), ("r", "Timetal", "8 timer om måneden"))
    assert lint(doc) == ("minplan", [])


def _plan(make_doc, title, *middle):
    return make_doc(("h", title), ("r", "Borger:", "Tobias Jensen"), ("r", "Sagsnr.:", "93.45.52-G01-4374-26"),
                    ("h", "Dit uddannelsesmål"), "Dit mål er at starte på grundforløbet til social- og sundhedshjælper.",
                    *middle)


_MENTOR_PART = (("h", "Målet med mentorstøtten"), "Tobias starter på SOSU-skolen i august 2026 og møder hver dag.",
                ("h", "Hvem er din mentor?"), "Camilla Rasmussen, UngeKontakten, tlf. 41 51 61 48",
                ("h", "Mentorens opgaver"), ("l", "Ugentlig samtale om fremmøde og skema"),
                ("h", "Hvor længe og hvor meget?"), "Fra 1. august 2026 til 31. januar 2027, 8 timer om måneden.")


@pytest.mark.parametrize("title", ["UDDANNELSESPLAN", "Rehabiliteringsplan – indsatsdel",
                                   "Indsatsplan for ressourceforløb"])
def test_another_plan_under_the_act_with_a_mentor_part_is_a_min_plan_entry(make_doc, lint, title):
    assert lint(_plan(make_doc, title, ("h", "Mentorstøtte"), *_MENTOR_PART)) == ("minplan", [])


@pytest.mark.parametrize("section", ["Aftale om uddannelsesmentor", "Mentoraftale (LAB § 167):"])
def test_a_plan_with_a_section_headed_as_the_agreement_is_the_agreement(make_doc, lint, section):
    doc = _plan(make_doc, "Din plan – uddannelse og mentor", ("h", section), *_MENTOR_PART,
                ("h", "Opfølgning"), "Vi følger op hver 6. uge ved et fælles møde.", ("h", "Sådan klager du"), KLAGE)
    assert lint(doc) == ("agreement", [])


@pytest.mark.parametrize("title", ["Jobplan", "Uddannelsesplan"])
def test_a_plan_that_says_it_has_no_mentor_support_now_is_none_of_the_kinds(make_doc, lint, title):
    doc = _plan(make_doc, title, ("h", "Øvrige indsatser"),
                "Mentorstøtte: ikke aktuelt. Din tidligere mentor Mette Jensen (Mentorhuset ApS, tlf. 52 49 85 64) "
                "har afsluttet forløbet.", ("h", "Næste samtale"), "31. juli 2026 hos Rasmus Johansen.")
    assert lint(doc) == ("unknown", [])


def test_a_plan_whose_mentor_activity_awaits_its_grant_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "MIN PLAN – AKTIVITETSOVERSIGT"), "Borger: Nikolaj Jørgensen", "AMU-kursus [Aktiv]",
                   "Sted: AMU Vest", "Periode: 31.12.2025 - 27.02.2026", "Timer pr. uge: 37",
                   "Kontaktperson: Sara Møller, tlf. 21 55 87 89", "Mentor (ikke startet)", "Afventer bevilling")
    assert lint(doc) == ("unknown", [])


_MENTOR_CARD = (("r", "Status", "Igangværende"),
                ("r", "Formål", "Sara gennemfører praktikken hos Jem & Fix og har under 10 % fravær."),
                ("r", "Mentor", "Jesper Rasmussen, mail jesper@mentorhuset.dk, mobil 60 74 89 44"),
                ("r", "Mentorens opgaver", "Tage med til de første møder på arbejdspladsen"),
                ("r", "Periode", "fra 1. april 2026 til 30. juni 2026"), ("r", "Timetal", "3 timer ugentligt"))


@pytest.mark.parametrize("card", [
    # a school named with its acronym is no person's name
    ("Uddannelse: FGU Østjylland, Ryomgård (PGU)", ("r", "Sted", "FGU Østjylland"),
     ("r", "Periode", "01.04.2026 - 01.03.2027")),
    # a level's figure is part of the activity's name
    ("Danskuddannelse 3, modul 4", ("r", "Status", "Aktiv"), ("r", "Periode", "01.04.2026 - 01.03.2027")),
    # the activity's state stands before its dates
    ("Uddannelse: HF-enkeltfag i dansk (VUC Syd)", ("r", "Status", "Planlagt"), ("r", "Start", "10.03.2026"),
     ("r", "Slut", "10.03.2028")),
])
def test_another_activitys_card_beside_the_mentor_card_gives_no_period(make_doc, lint, card):
    doc = make_doc("Min Plan", "Sara Madsen · Udskrevet 15.03.2026", "Mit mål", "Jeg vil i job som SOSU-hjælper.",
                   "Aktiviteter", *card, "Mentorstøtte – tilbudsmentor", *_MENTOR_CARD)
    assert lint(doc) == ("minplan", [])


def _blank(make_doc, citizen):
    ph = "Klik eller tryk her for at skrive tekst."
    return make_doc("Randers Kommune · Arbejdsmarked", "Sagsnr.:", ("h", "Aftale om mentorstøtte"),
                    ("r", "Borger", citizen), ("r", "Sagsbehandler", ph), ("r", "Målet med mentorstøtten", ph),
                    ("r", "Mentor (navn og kontaktdata)", ph), ("r", "Mentorens opgaver", ph),
                    ("r", "Periode", "Klik her for at angive en dato."), ("r", "Timetal", ph),
                    ("r", "Opfølgning og progression", ph), ("h", "Klagevejledning"), KLAGE,
                    ("r", "Borger", "Mentor", "Jobcentret"))


def test_a_blank_template_with_its_appeal_guidance_printed_is_none_of_the_kinds(make_doc, lint):
    assert lint(_blank(make_doc, "Klik eller tryk her for at skrive tekst.")) == ("unknown", [])


def test_a_blank_provider_form_without_appeal_guidance_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Opstartsaftale – mentorforløb", "Trinbræt Mentor ApS · Værkstedsvej 4, 7730 Fjordlund",
                   ("r", "Deltager", ""), ("r", "Sagsnr. hos kommunen", ""), ("r", "Mentor", ""), ("r", "Mobil", ""),
                   ("r", "Formål med forløbet", ""), ("r", "Indsatsområder", ""), ("r", "Forløbsperiode", ""),
                   ("r", "Ugentligt timetal", ""), ("r", "Opfølgning", ""),
                   "Underskrift deltager: ____________________ Underskrift mentor: ____________________")
    assert lint(doc) == ("unknown", [])


def test_a_blank_check_box_form_with_its_instructions_and_a_blank_contact_row_is_none_of_the_kinds(make_doc, lint):
    # "Sæt kryds" beside boxes not printed is the form's instruction, not the tasks; "Navn: Tlf.:
    # Mail:" is a row of sub-labels over nothing, not a citizen's name
    ph = "Klik eller tryk her for at skrive tekst."
    doc = make_doc("Hjørring Kommune · Center for Unge", ("h", "Aftale om mentorstøtte"), ("r", "Navn", ""),
                   ("r", "Målet med mentorstøtten", ph), ("r", "Mentorens navn og kontaktdata", "Navn:\nTlf.:\nMail:"),
                   ("r", "Opgaver", "Sæt kryds"), ("r", "Varighed", "fra __.__.____ til __.__.____"),
                   ("r", "Timetal", "Sæt kryds ved niveau"), ("r", "Opfølgning", "Sæt kryds ved rytme"),
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("unknown", [])


_DP_HEAD = ("Digital Post", "Fra: Bornholms Regionskommune · Til: Oliver Dam", "Modtaget: 15.03.2026 kl. 13:29",
            "Emne: Afgørelse", "Dato: 15.3.2026", "Sagsnr.: 38.67.71-A11-67496-26")


def test_a_hearing_under_a_digital_post_subject_of_one_word_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(*_DP_HEAD, ("h", "Partshøring – vi overvejer at give afslag på mentorstøtte"), "Kære Oliver",
                   "Vi overvejer at give dig afslag, fordi din skole har oplyst, at du får støtte to timer om ugen.",
                   "Du kan sende dine bemærkninger til os senest den 29.3.2026.", "Venlig hilsen", "Nanna Bjerre")
    assert lint(doc) == ("unknown", [])


def test_a_letter_under_a_digital_post_subject_of_one_word_is_still_the_decision_it_says(make_doc, lint):
    doc = make_doc(*_DP_HEAD, "Kære Oliver",
                   "Du er bevilget mentorstøtte efter LAB § 167 fra 1. april 2026 til 30. september 2026, 3 timer om ugen.",
                   "Venlig hilsen", "Nanna Bjerre")
    assert lint(doc)[0] == "decision"


def test_an_agreement_for_a_named_citizen_that_fills_nothing_is_still_an_agreement(make_doc, lint):
    kind, findings = lint(_blank(make_doc, "Anna Hansen"))
    assert kind == "agreement" and len(findings) == 6


def test_a_caseworkers_mail_that_confirms_the_grant_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Afgørelse: du får mentorstøtte"), "Kære Oliver",
                   "Jeg kan hermed bekræfte, at du er bevilget mentorstøtte efter LAB § 167 fra 1. september 2026 "
                   "til 28. februar 2027, 4 timer ugentligt.", ("h", "Venlig hilsen"), "Jesper Aagaard", fmt="eml")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("decision", {"missing-appeal-guidance"})


def test_a_schools_own_study_mentor_agreement_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Mentoraftale – studiementor på HF"),
                   "VUC Fjord tilbyder studiementor til kursister med behov for ekstra støtte.",
                   ("r", "Kursist", "Rasmus Johansen"), ("r", "Studiementor", "Dorthe Bach, dorthe@vucfjord.dk"),
                   ("r", "Mål for semesteret", "Aflevere alle skriftlige opgaver til tiden"),
                   ("r", "Sådan arbejder vi", "Ugentligt møde á 45 minutter i studiecentret"))
    assert lint(doc) == ("unknown", [])


def test_a_caseworkers_notes_from_a_talk_are_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Jobplan – noter fra samtale", "Camilla Lund, samtale 21. februar 2026",
                   ("l", "Mål: job som chauffør inden for et år"), ("l", "Mentor: afventer visitation"),
                   ("l", "Aktiviteter: AMU-kursus i godshåndtering uge 18-19"))
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("verb", ["stadfæster", "ophæver"])
def test_ankestyrelsens_ruling_with_danish_letters_is_none_of_the_kinds(make_doc, lint, verb):
    doc = make_doc(("h", "Ankestyrelsen"), "Ankestyrelsens afgørelse",
                   "Klage fra Nadia Pedersen over Slagelse Kommunes afgørelse om mentorstøtte.", ("h", "Resultat"),
                   f"Ankestyrelsen {verb} kommunens afgørelse om mentorstøtte med 3 timer om ugen.",
                   ("h", "Begrundelse"), "Vi har lagt vægt på, at kommunen har foretaget en konkret vurdering.")
    assert lint(doc) == ("unknown", [])


def test_a_min_plan_entry_with_a_heading_over_what_was_agreed_stays_a_min_plan_entry(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Navn: Nikolaj Skov", ("h", "Mentorstøtte"),
                   ("r", "Formål", "Nikolaj er i praktik som serviceassistent 15 timer om ugen senest 1. maj 2026."),
                   ("r", "Mentor", "Morten Iversen, Brobyggerne ApS, tlf. 22 33 44 55"),
                   ("r", "Periode", "2026-03-01 – 2026-08-31"), ("r", "Timetal", "6 timer pr. uge"),
                   ("h", "Det har vi aftalt"), "Vi har aftalt, at mentor:", ("l", "følger dig til praktikstedet"))
    assert lint(doc)[0] == "minplan"


def test_a_plan_whose_title_names_the_support_and_mentions_an_earlier_one_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc(("h", "Min Plan – mentorstøtte"),
                   "Julie havde et tidligere mentorforløb hos en anden leverandør, som sluttede i april 2023.",
                   ("r", "Formål", "Julie er i praktik som serviceassistent 15 timer om ugen senest 1. maj 2026."),
                   ("r", "Mentor", "Hanne Holm, Mentorgruppen Sjælland, tlf. 96 86 38 61"),
                   ("r", "Mentorens opgaver", "Følge Julie til praktikstedet"),
                   ("r", "Periode", "2026-03-01 – 2026-08-31"), ("r", "Timetal", "6 timer pr. uge"))
    assert lint(doc) == ("minplan", [])


def test_two_text_columns_set_side_by_side_as_a_table_are_read_column_by_column(make_doc, lint):
    # a PDF's two columns paired line by line: labels stand in both columns
    doc = make_doc("Min Plan – mentorstøtte", "Navn: Emil Lund",
                   ("r", "Aktivitet: Mentorstøtte (§ 167)", "Periode: 1. marts 2026 – 31. august 2026"),
                   ("r", "Det vil jeg gerne", "Timer: 4 timer ugentligt"),
                   ("r", "Målet er, at Emil starter på SOSU-skolen efter sommerferien og møder mindst fire dage om "
                         "ugen.", "Mentor: Jesper Hansen, Mentorhuset, tlf. 84 10 33 74\nIndhold\n• Øve jobsamtaler "
                                  "med Emil før hver samtale\n• Følge Emil til praktikstedet de første to uger"))
    assert lint(doc) == ("minplan", [])


def test_a_layout_tables_side_cell_and_main_cell_are_read_as_two_columns(make_doc, lint):
    side = ("Omfang: 3 timer pr. uge\nMentor\nPeter Pedersen · Nordlys Job\n50 15 14 24 · peter@nordlys.dk\n"
            "Indhold\nHjælpe Signe med at bruge kalender på telefonen\nHjælpe med post fra e-Boks")
    main = ("Aktivitet: Mentorstøtte (§ 167)\nFormål med aktiviteten\nSigne har et ordinært job på mindst 20 timer "
            "om ugen i detailhandlen inden 10. september 2026.\nPeriode: fra 10. apr. 2026 til 9. sep. 2026")
    doc = make_doc(("h", "Min Plan: Aktivitet mentor"), "Navn: Signe Petersen", ("r", side, main))
    assert lint(doc) == ("minplan", [])


def test_a_dated_agreement_that_fills_nothing_is_still_an_agreement(make_doc, lint):
    doc = make_doc("Aftale om mentorstøtte", "Sagsnr.", "2025-22548", ("r", "Navn", ""),
                   ("r", "Mål for mentorstøtten", ""), ("r", "Mentor", ""), ("r", "Mentorens opgaver", ""),
                   ("r", "Periode", ""), ("r", "Timetal", ""), ("r", "Opfølgning", ""), ("h", "Klagevejledning"),
                   KLAGE, "Dato: 24.06.2025")
    kind, findings = lint(doc)
    assert kind == "agreement" and len(findings) == 6


@pytest.mark.parametrize("sentence, decides", [("du er bevilget mentorstøtte fra 1. maj", True),
                                                ("du er hermed bevilget en mentor", True),
                                                ("du er bevilget ressourceforløb i 2 år", False)])
def test_being_granted_decides_only_of_the_mentor_support(sentence, decides):
    from mentordocs.lint.analyze import compile_pack
    from mentordocs.lint.text import fold

    assert bool(compile_pack(load_pack()).kinds.body["decision"].search(fold(sentence))) is decides


@pytest.mark.parametrize("says", ["Referatet gælder som den skriftlige aftale om mentorstøtten og sendes til alle.",
                                  "Referatet er aftalen om mentorstøtten."])
def test_minutes_that_say_they_are_the_agreement_are_the_agreement(make_doc, lint, says):
    doc = make_doc(("h", "Referat: opstart af mentorstøtte"), "Til stede: Fatima, Kim (mentor), Birgitte",
                   says, "Der er aftalt følgende mål: Fatima er startet på HF-enkeltfag på VUC og afleverer til tiden.",
                   "Kim Lauridsen (KompetenceCentret, tlf. 93 99 82 77) er mentor i forløbet.",
                   "Periode for mentorstøtten: 1. april 2026 til og med 30. september 2026.")
    assert lint(doc)[0] == "agreement"


def test_a_plan_pasted_into_a_mail_with_bulleted_card_titles_reads_the_mentor_card_only(make_doc, lint):
    doc = make_doc(("h", "Min Plan – som aftalt"), "Hej Thomas", "Som lovet sender jeg dig din plan.",
                   ("l", "Job med løntilskud (Føtex Vejle)"),
                   "Periode: 3. juni 2026 til 2. december 2027, 25 timer om ugen",
                   "Kontaktperson: Camilla Sørensen, tlf. 52 57 27 41",
                   ("l", "Danskuddannelse 2, modul 3 (Sprogcenter Midt)"),
                   "Periode: 4. april 2026 til 3. februar 2027, 12 timer om ugen",
                   ("l", "Mentorstøtte – tilbudsmentor"),
                   "Mål: Thomas består danskuddannelsens modul 3 og kan tage imod en praktikplads i detailhandlen.",
                   "Din mentor: Nadia Kjær, tlf. 72 81 51 42", "Periode: 3. juni 2026 til 2. december 2026",
                   "Timer: 2 timer ugentligt", "Mentoren hjælper dig med: ugentlig samtale om fremmøde")
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("title, body", [
    ("Vi har modtaget din ansøgning", "Vi har modtaget din ansøgning om mentor. Du har søgt om mentorstøtte med 5 timer "
                                      "pr. uge fra og med 28.04.2026 til og med 27.11.2026."),
    ("VI MANGLER OPLYSNINGER TIL DIN SAG OM MENTORSTØTTE", "For at kunne behandle din ansøgning om mentorstøtte har vi "
                                                          "brug for flere oplysninger. Vi beder dig sende en udtalelse."),
    ("Genvurdering af din klage over afgørelse om mentorstøtte", "Vi har ikke fundet grundlag for at ændre afgørelsen. "
                                                                 "Klagen er derfor videresendt til Ankestyrelsen."),
])
def test_letters_before_or_after_a_decision_decide_nothing(make_doc, lint, title, body):
    assert lint(make_doc(("h", title), "Kære Sofie", body)) == ("unknown", [])


@pytest.mark.parametrize("period_rows", [(("r", "Periode", "03.05.2026 -"),),
                                         (("r", "Start", "1. august 2026"), ("r", "Slut", "Aftales senere"))])
def test_a_mentor_card_whose_end_was_never_filled_in_has_no_duration(make_doc, lint, period_rows):
    doc = make_doc("Min Plan", "Navn: Emil Holm", "Mentorstøtte",
                   ("r", "Formål", "Emil har et ordinært job på mindst 15 timer om ugen inden for lager."),
                   ("r", "Mentor", "Trine Kristensen, tlf. 68 70 32 90"),
                   ("r", "Mentorens opgaver", "Hjælpe med at læse post fra kommunen"), *period_rows,
                   ("r", "Timetal", "5 timer pr. uge"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-duration"})


def test_a_start_row_and_an_expected_end_row_make_the_period(make_doc, lint):
    doc = make_doc("Min Plan", "Navn: Emil Holm", "Mentorstøtte",
                   ("r", "Målsætning", "Emil har et ordinært job på mindst 15 timer om ugen inden for lager."),
                   ("r", "Mentor", "Trine Kristensen, tlf. 68 70 32 90"),
                   ("r", "Aftalte aktiviteter", "Mentor skal hjælpe dig med at lave en ugeplan."),
                   ("r", "Startdato", "01.06.2026"), ("r", "Forventet slutdato", "30.11.2026"),
                   ("r", "Ugentligt omfang", "3 timer pr. uge"))
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("title", ["Indbakke · Min Plan", "Ny aktivitet i Min Plan"])
def test_a_min_plan_inbox_message_is_none_of_the_kinds(make_doc, lint, title):
    doc = make_doc(title, "Fra: Kolding Kommune, Beskæftigelse", "Emne: Din plan er opdateret", "Kære Louise",
                   "Din sagsbehandler har opdateret din plan på Jobnet. Der er tilføjet en ny aktivitet: "
                   "Mentorordning. Log ind på Jobnet og se din plan under Min Plan.")
    assert lint(doc) == ("unknown", [])


def test_an_activitys_state_is_not_the_follow_up(make_doc, lint):
    doc = make_doc(("h", "Aftale om mentorstøtte"),
                   ("r", "Mål", "Ali er i job som lagermedarbejder på 25 timer om ugen senest 1. august 2026."),
                   ("r", "Mentor", "Ida Lindvig, tlf. 57 96 93 27"),
                   ("r", "Opgaver", "Hjælpe med transporten og følge Ali til de første vagter."),
                   ("r", "Varighed", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"),
                   ("r", "Status", "Igangværende"), ("h", "Klagevejledning"), KLAGE)
    assert rules_of(lint(doc)[1]) == {"missing-follow-up"}


def test_a_decision_on_another_benefit_that_mentions_the_mentor_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Afslag på befordringsgodtgørelse"), "Kære Søren",
                   "Du har søgt om befordringsgodtgørelse til din praktik. Du får afslag.",
                   ("h", "Begrundelse"), "Afstanden er under 24 km. Din mentor kan hjælpe dig med busplanen.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("unknown", [])


def test_a_decision_title_broken_over_two_lines_still_names_the_mentor_support(make_doc, lint):
    doc = make_doc("Jobcenter Vesthavn", "Afgørelse om forlængelse af din", "mentorstøtte",
                   "Vi forlænger din mentorstøtte fra 1. marts 2026 til 31. juli 2026 med 2 timer om ugen.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


@pytest.mark.parametrize("title", ["Klage over afslag på mentorstøtte", "Timeseddel – mentor Tina Lund",
                                   "Svar på spørgsmål 19 fra Beskæftigelsesudvalget"])
def test_complaints_timesheets_and_answers_to_a_committee_are_unknown(make_doc, lint, title):
    doc = make_doc(("h", title), "Jeg har fået afslag på mentorstøtte, og min mentor har bevilget 3 timer om ugen.",
                   "Mentor: Tina Lund, tlf. 22 33 44 55", "Periode: 01.03.2026 - 31.08.2026")
    assert lint(doc) == ("unknown", [])


def test_an_email_about_an_extension_that_decides_nothing_is_unknown(make_doc, lint):
    doc = make_doc("Fra: Nikolaj <nik@vesthavn.dk>", ("h", "Mentor – forlængelse?"), "Hej Jesper",
                   "Mikkel er ikke mødt op de sidste tre gange hos sin mentor. Skal vi tale om det på torsdag?")
    assert lint(doc) == ("unknown", [])


def test_an_english_refusal_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Decision: mentor support refused"), "Dear Helle,",
                   "You applied for mentor support for 6 months. We have refused your application.",
                   ("h", "Reasons"), "Mentor support requires an aim of employment or education.")
    assert rules_of(lint(doc)[1]) == {"missing-appeal-guidance"}


def test_a_min_plan_print_with_only_a_work_placement_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), ("r", "Mit mål", "Job som lagermedarbejder."), ("h", "Virksomhedspraktik"),
                   ("r", "Periode", "f.o.m. 18.02.2025 t.o.m. 19.05.2025"), ("r", "Omfang", "20 timer pr. uge"),
                   ("r", "Kontaktperson på virksomheden", "Ida Frederiksen, tlf. 20 25 24 59"))
    assert lint(doc) == ("unknown", [])


def test_a_decision_letter_that_carries_the_agreement_is_checked_as_an_agreement(make_doc, lint):
    doc = make_doc(("h", "Vedr. mentorstøtte"), "Kære Niels",
                   "Du har sagt ja til at få en mentor, og jobcentret har bevilget det.",
                   "Mentors opgave bliver at være bindeled mellem dig og din leder og at finde praktiksteder.",
                   "Du får Ida Poulsen som mentor. Ida træffes på 50 00 53 82.",
                   "Timetallet er en time om ugen. Fire uger før bevillingen udløber holder vi en evaluering.",
                   ("h", "Klagevejledning"), KLAGE)
    kind, findings = lint(doc)
    assert kind == "decision" and rules_of(findings) == {"missing-goal", "missing-duration"}


def test_a_grant_letter_naming_mentor_period_and_hours_is_not_checked_as_an_agreement(make_doc, lint):
    doc = make_doc(("h", "Bevilling af mentorstøtte"), "Kære Ida",
                   "Vi bevilger dig mentorstøtte fra 1. marts 2026 til 31. august 2026, 2 timer om ugen.",
                   "Målet er, at du er i job som lagermedarbejder senest 1. september 2026.",
                   "Din mentor er Ida Poulsen, tlf. 50 00 53 82.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


@pytest.mark.parametrize("heading", ["Din aftale om mentorforløbet", "Bilag 1: Aftale om mentorstøtte",
                                     "Bilag 1. Skriftlig aftale om mentorstøtte"])
def test_a_grant_letter_with_a_section_headed_as_the_agreement_is_checked_as_an_agreement(make_doc, lint, heading):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Sara",
                   "Du har søgt om mentorstøtte, og vi har bevilget det i perioden 1/10-2025 – 31/3-2026.",
                   ("h", heading), ("h", "Borgerens mål"),
                   "Sara fastholder sit fleksjob som pedelmedhjælper, 12 timer om ugen.",
                   ("h", "Mentors kontaktdata"), "Frederik Madsen, Mentorkompagniet ApS, tlf. 43 18 18 97",
                   "Frederik skal hjælpe dig med at lægge en ugeplan og holde den.",
                   ("h", "Timetal"), "2 timer om ugen", ("h", "Klagevejledning"), KLAGE)
    kind, findings = lint(doc)
    assert kind == "decision" and rules_of(findings) == {"missing-follow-up"}


def test_a_grant_letter_that_says_an_agreement_will_be_made_is_not_checked_as_one(make_doc, lint):
    doc = make_doc(("h", "Bevilling af mentorstøtte"), "Kære Ida",
                   "Vi bevilger dig mentorstøtte fra 1. marts 2026 til 31. august 2026, 2 timer om ugen.",
                   ("h", "Mentoraftale og Min Plan"),
                   "Du, din mentor og kommunen laver en skriftlig aftale om mentorstøtten.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_an_invitation_to_a_meeting_with_the_mentor_is_unknown(make_doc, lint):
    doc = make_doc("Faxe Kommune", ("h", "Hej Camilla"),
                   "Jeg vil gerne invitere dig til møde med din mentor Torben Holm tirsdag den 12. marts kl. 10.",
                   "Vi skal tale om, hvordan det går, og om vi skal justere aftalen.",
                   "Mødet holdes på Jobcentret, lokale 2.14. Giv besked, hvis tidspunktet ikke passer.",
                   "Mentor: Torben Holm, tlf. 43 86 65 34")
    assert lint(doc) == ("unknown", [])


def test_appeal_guidance_in_the_page_header_does_not_make_an_agreement_a_decision(make_doc, lint):
    doc = make_doc("Odense Kommune", "Klagevejledning: Hvis du ikke er enig i afgørelsen, skal du klage til kommunen "
                   "inden fire uger. Kommunen genvurderer sin afgørelse og sender klagen videre til Ankestyrelsen.",
                   "Aftale om mentorstøtte", ("r", "Mål", "Du er i job som lagermedarbejder senest 1. august 2026."),
                   ("r", "Mentor", "Rasmus Thygesen, tlf. 47 34 59 89"),
                   ("r", "Opgaver", "Transport til arbejdet og en fast ugeplan."),
                   ("r", "Periode", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"),
                   ("r", "Opfølgning", "Møde hver anden uge mellem mentor og sagsbehandler."))
    assert lint(doc) == ("agreement", [])


def test_a_body_phrase_said_twice_counts_once(make_doc, lint):
    doc = make_doc("Hej Nanna", "Vi skal se på aftalen igen.", "Husk at læse aftalen inden da.",
                   "Mentor: Karina Dahl, tlf. 97 63 53 29")
    assert lint(doc) == ("unknown", [])


def test_a_schools_own_mentoraftale_for_a_pupil_is_unknown(make_doc, lint):
    doc = make_doc("Mentoraftale for elev – Den lille Skole", "Elev: Anders Kristiansen, 8. klasse",
                   "Mål: Anders møder i skole alle dage og afslutter 9. klasse med folkeskolens prøver.",
                   "Mentor: Oliver Madsen, lærer, oliver@denlilleskole.dk",
                   "Opgaver: Ugentlig samtale, hjælp med lektieplan, kontakt til hjemmet.",
                   "Periode: Skoleåret 2026/27 (august–juni)",
                   "Aftalen evalueres på skole-hjem-samtalen i januar. Ordningen er ikke en kommunal afgørelse.")
    assert lint(doc) == ("unknown", [])


def test_an_information_page_in_english_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Mentor support – information in English"),
                   "If you need help to start or keep a job, the municipality can give you a mentor.",
                   "How long? Up to six months at a time.", "How many hours? Often 2-4 hours a week.")
    assert lint(doc) == ("unknown", [])


def test_a_termination_that_mentions_the_schools_own_support_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Ophør af mentorstøtte"), "Din mentorstøtte ophører den 10. april 2025.",
                   ("h", "Begrundelse"), "Skolens egen støtte dækker nu dit behov, og mentorstøtte er ikke længere "
                   "nødvendig, jf. § 167 i lov om en aktiv beskæftigelsesindsats.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc)[0] == "decision"


def test_a_school_named_in_the_citizens_goal_is_no_private_setting(make_doc, lint):
    doc = make_doc("Hjørring Kommune, Job og Arbejdsmarked", "Kære Tobias",
                   "Som lovet kommer her vores aftale om mentor skrevet ned.",
                   "Målet er: påbegynde 10. klasse på Hjørring Ungdomsskole og gennemføre året med under "
                   "15 % fravær.",
                   "Helle Thomsen er din mentor – tlf. 90 84 32 97.",
                   "Mentors opgave bliver at øve turen med bus til og fra skolen.",
                   "Aftalen gælder 1. april 2026 – 30. september 2026. Rådgiveren følger op hver 14. dag. "
                   "Der er afsat 8 timer om måneden.", KLAGE)
    assert lint(doc) == ("agreement", [])


def test_a_leaflet_asking_who_can_get_a_mentor_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Mentor – en hjælpende hånd på vej mod job"), ("h", "Hvem kan få en mentor?"),
                   "Alle, der er ledige, kan efter en konkret vurdering få en mentor.",
                   ("h", "Hvad står der i aftalen?"), "Aftalen beskriver:", ("l", "målet med mentorstøtten"),
                   ("l", "hvor mange timer om ugen du får"), ("h", "Hvor længe?"),
                   "Du kan få en mentor i højst 6 måneder ad gangen.",
                   "Vil du vide mere? Ring til Jobcenter Stenhøj på 43 35 11 00.")
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("title", ["Progressionsrapport fra mentor", "Forløbsrapport", "Mentorrapporten"])
def test_a_report_named_by_its_head_noun_is_unknown(make_doc, lint, title):
    doc = make_doc(("h", title), ("r", "Borger", "Fatima Madsen"), ("r", "Mentor", "Peter Olsen, tlf. 27 42 45 77"),
                   ("h", "Forbrugte timer"), "Der er i perioden brugt 11 timer af de bevilgede.",
                   ("h", "Progression i forhold til målet"), "Målet om praktik fire dage om ugen er næsten nået.")
    assert lint(doc) == ("unknown", [])


def test_a_joblog_that_mentions_the_mentor_is_unknown(make_doc, lint):
    doc = make_doc("Jobnet · Joblog", "Simon Thorsgård", ("h", "Dato | Virksomhed | Stilling | Status"),
                   "01.08.2025 | Plantecentret | Lagermedarbejder | Sendt",
                   "Note: Ansøgningen blev skrevet sammen med min mentor.")
    assert lint(doc) == ("unknown", [])


def test_a_journal_cover_sheet_that_names_an_agreement_is_unknown(make_doc, lint):
    doc = make_doc("Jobcenter Lundtofte Syd · Sag 15.20.14-G01-79-21", "ArkivPro ESDH – Dokumentudskrift",
                   "Journalnr.: 15.20.14-G01-79-21", "Dokumenttitel: Mentoraftale",
                   "Sagstitel: Beskæftigelse – mentorstøtte – Anna Bech", "Journaliseret: 18.10.2021",
                   "Dokumentet er journaliseret.", "Bilag: Mentoraftale (1 side) – findes i original i sagen.")
    assert lint(doc) == ("unknown", [])


def test_the_heading_over_a_min_plan_prints_activities_is_not_the_mentors_tasks(make_doc, lint):
    doc = make_doc("Jobnet · Min Plan · Udskrevet 15.02.2026", ("r", "Min side", "Dine aktiviteter"),
                   ("r", "Aktivitet", "Mentor (LAB § 167)"), ("r", "Start", "15.02.2026"),
                   ("r", "Slut", "14.08.2026"),
                   ("r", "Formål", "Nikolaj er i praktik som lagermedarbejder hos Bilka 20 timer om ugen."),
                   ("r", "Mentor", "Hassan Lindvad"), ("r", "Kontakt", "43 95 19 84"), ("r", "Timer", "3 t/uge"))
    assert lint(doc) == ("minplan", lint(doc)[1]) and {f.rule for f in lint(doc)[1]} == {"missing-tasks"}


@pytest.mark.parametrize("opening", ["Du har fået ja til en mentor. Du får mentorstøtte fra 15.06.2026 til 14.10.2026.",
                                     "Din mentorstøtte bliver forlænget fra 15.10.2026 til 14.04.2027."])
def test_a_plain_language_decision_is_a_decision_not_an_agreement(make_doc, lint, opening):
    doc = make_doc("Du får en mentor", "Jobcenter Vejle · Rådhuspladsen 2", "Til: Bilal Holmsted", opening,
                   "Din mentor er Nadia Skovby fra Kompetencecenter Syd. Mentoren har 5 timer om ugen sammen med dig.",
                   ("h", "Hvorfor har vi besluttet det?"), "Vi har lagt vægt på, at du har brug for støtte.",
                   "Hvis du vil klage", KLAGE)
    assert lint(doc) == ("decision", [])


def test_a_decisions_reasons_that_mention_the_goal_get_no_unclear_goal(make_doc, lint):
    doc = make_doc(("h", "Din mentorstøtte stopper"), "Til: Henrik Overgaard",
                   "Din mentorstøtte stopper den 28. juni 2026.", ("h", "Hvorfor har vi besluttet det?"),
                   "Vi har lagt vægt på, at formålet med mentorstøtten er opfyldt.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_an_agreement_about_a_work_placement_that_never_names_a_mentor_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Aftale om virksomhedspraktik"), "Bakkeby Kommune og Brugsen Skovsted",
                   "Borger: Hussein Thygesen", "Praktiksted: Brugsen Skovsted, lager og varemodtagelse",
                   "Praktikperiode: 2. marts 2026 – 12. april 2026", "Arbejdstid: 25 timer om ugen",
                   "Kontaktperson på virksomheden: Anders Kvist, tlf. 40 50 60 70")
    assert lint(doc) == ("unknown", [])


def test_a_clubs_mentoraftale_filed_on_a_municipal_letterhead_is_unknown(make_doc, lint):
    doc = make_doc("Aalborg Kommune, Arbejdsmarked · Kayerødsgade 2, 9000 Aalborg",
                   ("h", "Mentoraftale – Ungdomsafdelingen"),
                   "IF Skjold har et mentorprogram for U17-spillere. Aftalen er frivillig og har intet med "
                   "kommunen at gøre.",
                   "Mentor (seniorspiller): Lars Østergaard, tlf. 32 74 21 71",
                   "Mål: Spilleren kommer på U19-førsteholdet og passer skolen.",
                   "Periode: 1. august 2026 til 31. januar 2027",
                   "Sagsbehandler: Tina Mølgaard · Direkte tlf. 99 31 61 43")
    assert lint(doc) == ("unknown", [])


def test_an_appeal_sections_question_is_not_the_title(make_doc, lint):
    doc = make_doc("Vejle Kommune · Beskæftigelse", ("h", "Nu går dit mentorforløb i gang"), "Kære Mikkel",
                   ("h", "Er du ikke tilfreds med afgørelsen?"), KLAGE,
                   "Din mentor bliver Tina Kristensen, tlf. 22 33 44 55. Tina hjælper dig med at møde til tiden.",
                   "Vi har aftalt, at du får mentorstøtte fra 1. januar 2026 til 30. juni 2026, 2 timer om ugen.")
    kind, _ = lint(doc)
    assert kind == "agreement"


def test_a_label_with_its_date_is_no_title(make_doc, lint):
    doc = make_doc(("r", "Borger", "Yasmin Olsen"), ("r", "Bevilling fra", "01.07.2026"),
                   ("r", "Bevilling til", "31.10.2026"), ("r", "Målsætning", "Yasmin starter i praktik."),
                   ("r", "Mentor", "Lone Bjerre, tlf. 82 79 16 36"), ("r", "Opgaver", "Hjælpe med kontakt til lægen."))
    kind, _ = lint(doc)
    assert kind == "agreement"


@pytest.mark.parametrize("title", ["Intern tjekliste – før mentoraftalen sendes", "Prisliste 2026 – mentorstøtte"])
def test_a_checklist_or_price_list_about_agreements_is_unknown(make_doc, lint, title):
    doc = make_doc(("h", title), "☐ Er målet rettet mod job eller uddannelse?",
                   "☐ Står mentorens navn og telefon i aftalen?", "☐ Er perioden højst 6 måneder?")
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("title,body", [
    ("Du får en mentor", "Du får en mentor i perioden 15. juni 2026 – 14. december 2026. Din mentor hedder "
                         "Lars Østergaard, tlf. 22 33 44 55."),
    ("Du får en mentor i en periode mere", "Efter en konkret vurdering forlænger vi mentorstøtten pr. "
                                           "1. september 2026 i tre måneder."),
])
def test_a_plain_language_grant_or_extension_is_a_decision(make_doc, lint, title, body):
    doc = make_doc("Kære Mette", ("h", title), body, ("h", "Klagevejledning"), KLAGE)
    kind, _ = lint(doc)
    assert kind == "decision"


def test_a_decision_that_grants_another_benefit_under_a_bare_title_is_unknown(make_doc, lint):
    doc = make_doc("Jobcenter Frederikshavn", "Dato: 16. januar 2026", ("h", "AFGØRELSE"),
                   "Du får befordringsgodtgørelse efter LAB § 82 til kørsel til din praktik i perioden "
                   "1. januar 2026 – 31. december 2026. Godtgørelsen dækker også kørsel til møder med din "
                   "mentor, Birgitte Skov.", ("h", "BEGRUNDELSE"), "Din afstand til praktikstedet er over 12 km.")
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("first,rest", [
    (("h", "Få en mentor – til dig, der er på vej i job eller uddannelse"),
     ["En mentor er en person, der hjælper dig med at komme godt i gang.",
      "I aftalen står dit mål, hvem din mentor er, og hvor mange timer I ses.",
      "Har du spørgsmål? Ring til Vesterlund Kommune på 70 20 30 40."]),
    (("h", "Kursusbevis"), ["Hermed bekræftes, at Birgitte Lund har gennemført kurset «Mentor i "
                            "beskæftigelsesindsatsen» (3 dage, i alt 21 timer) den 1. august 2026."]),
    ("Stillingsopslag: Mentor til Vesterlund Kommunes beskæftigelsesindsats. Vesterlund Kommune søger en "
     "erfaren mentor, 37 timer om ugen, med tiltrædelse 1. marts 2026.",
     ["Dine opgaver: at støtte borgere i job og uddannelse og at skrive mentoraftaler."]),
    (("h", "Rammeaftale om levering af mentorstøtte mellem Skovby Kommune og Kompas Mentor A/S"),
     ["Rammeaftalen løber fra 1. april 2026 til 31. marts 2028 med mulighed for forlængelse 2 × 12 måneder."]),
])
def test_a_leaflet_certificate_advert_or_framework_contract_is_unknown(make_doc, lint, first, rest):
    assert lint(make_doc(first, *rest)) == ("unknown", [])


def test_the_appeal_bodys_ruling_in_a_mentor_case_is_unknown(make_doc, lint):
    doc = make_doc("Ankestyrelsen", ("h", "Afgørelse"), "Klager: Rasmus Hansen. J.nr. 26-96927.",
                   "Ankestyrelsen ændrer kommunens afgørelse. Du har ret til mentorstøtte i 4 timer om ugen i "
                   "perioden 1. maj til 31. oktober 2026.",
                   "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


def test_a_reconsideration_that_upholds_and_forwards_the_complaint_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Genvurdering af afgørelse om mentorstøtte"), "Kære Anna",
                   "Vi har genvurderet afgørelsen om mentorstøtte. Vi fastholder afgørelsen.",
                   "Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som vil behandle klagen.")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


def test_a_decision_whose_appeal_guidance_says_what_happens_if_upheld_is_still_a_decision(make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Anna",
                   "Vi har bevilget dig mentorstøtte i 3 timer om ugen fra 1. maj til 31. oktober 2026. "
                   "Formålet er, at du gennemfører din praktik hos Netto.",
                   ("h", "Klagevejledning"), "Du kan klage til kommunen inden 4 uger. Hvis vi fastholder afgørelsen, "
                   "sender vi klagen videre til Ankestyrelsen.")
    kind, _ = lint(doc)
    assert kind == "decision"


def test_a_text_without_a_title_about_citizens_in_general_is_unknown(make_doc, lint):
    doc = make_doc("Mentorhuset ApS", ("h", "Sådan foregår et forløb"),
                   ("l", "Kommunen henviser borgeren og sender os mål, opgaver og antal timer."),
                   ("l", "Mentoren og borgeren mødes 2-4 timer om ugen i op til 6 måneder."),
                   ("l", "Vi sender statusrapport til sagsbehandleren hver måned."),
                   ("h", "Mød en af vores mentorer"), "Louise Madsen, tlf. 73 43 17 29, louise@mentorhuset.dk")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


def test_a_list_item_that_names_an_agreement_is_no_title(make_doc, lint):
    doc = make_doc("Mentorrollen i praksis", ("l", "Lovgrundlaget: mentoraftalen og Min Plan"),
                   ("l", "Opfølgning og progression: statusmøder og dokumentation"),
                   "Underviser: Mads Bach, tlf. 38 19 01 13. Perioden løber fra 2. februar til 28. oktober 2026.")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


@pytest.mark.parametrize("title", ["Mentoruddannelsen – kursusprogram", "Kursusplan: Uddannelse af nye mentorer 2026"])
def test_a_course_programme_for_mentors_is_unknown(make_doc, lint, title):
    doc = make_doc(title, "Modul 1: Mentorrollen",
                   ("l", "Mål og delmål – øvelse: skriv et SMART mål for en borger"),
                   "Underviser: Mads Bach, tlf. 38 19 01 13. Kursusperioden løber fra 2. februar til 28. oktober 2026.")
    kind, findings = lint(doc)
    assert (kind, findings) == ("unknown", [])


def test_a_quick_notes_abbreviated_title_afg_is_a_decision(make_doc, lint):
    doc = make_doc("AFG. MENTORSTØTTE", "Borger: Anna K.  Sagsnr. 64.76.35-G01-240-25",
                   "Afg.: bevilling af 2 t/uge, per. 1/1-26 - 30/4-26, jf. LAB § 167")
    kind, _ = lint(doc)
    assert kind == "decision"


def test_a_reply_granting_access_to_the_case_files_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Svar på anmodning om aktindsigt"), "Kære Louise Sørensen",
                   "Du har bedt om aktindsigt i din sag om mentorstøtte. Du får fuld aktindsigt.",
                   ("r", "2", "17.02.2026", "Afgørelse om mentorstøtte"),
                   ("r", "3", "17.02.2026", "Mentoraftale (mål, mentor, opgaver, periode, timetal)"),
                   ("h", "Klagevejledning"), "Du kan klage over afgørelsen om aktindsigt inden 4 uger.")
    assert lint(doc) == ("unknown", [])


def test_a_subsidy_commitment_to_an_employer_is_a_decision(make_doc, lint):
    doc = make_doc(("h", "Tilsagn om mentortilskud"), "Elektro-Team Fyn ApS, Att.: Omar Larsen",
                   "Jobcenter Odense har imødekommet jeres ansøgning om tilskud til mentor. Sagsnr. 44.83.16-G01-294-21",
                   "Medarbejder der modtager støtte: Thomas Christensen", "Mentor: Line Christensen, tlf. 22 33 44 55",
                   "Timer: 2-3 timer ugentligt", "Periode: 1.5.2026 - 31.10.2026")
    kind, _ = lint(doc)
    assert kind == "decision"


def test_an_employers_claim_for_the_subsidy_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Anmodning om udbetaling af mentortilskud"), ("r", "Virksomhed", "Nordlys Rengøring A/S"),
                   ("r", "Borger", "Mohammed Jørgensen"), ("r", "Mentor", "Camilla Kristensen"),
                   ("r", "Periode for anmodningen", "01.03.2026 – 31.03.2026"), ("r", "Antal mentortimer", "10"),
                   ("r", "Timesats", "195 kr."), "Vi erklærer på tro og love, at oplysningerne er korrekte.")
    assert lint(doc) == ("unknown", [])


def test_a_min_plan_print_named_for_its_agreement_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc(("h", "Min Plan: aftale om mentor"), "Udskrevet fra Jobnet 20.02.2026",
                   ("r", "Mål", "Anna er i virksomhedspraktik i Netto senest 1. maj 2026."))
    kind, _ = lint(doc)
    assert kind == "minplan"


def test_a_plan_and_an_agreement_in_one_title_is_the_agreement(make_doc, lint):
    doc = make_doc(("h", "Jobplan og aftale om mentorstøtte"), "Borger: Nikolaj Karimi",
                   "Mål: Nikolaj er i virksomhedspraktik i Netto senest 1. maj 2026.")
    kind, _ = lint(doc)
    assert kind == "agreement"


def test_an_internal_procedure_that_lists_the_agreements_labels_is_unknown(make_doc, lint):
    doc = make_doc(("h", "Arbejdsgang: mentoraftaler i Ungeenheden"),
                   "Denne vejledning beskriver, hvordan mentorstøtte bevilges og dokumenteres.",
                   ("h", "Hvad skal en mentoraftale indeholde?"), ("l", "Målet med mentorstøtten"),
                   ("l", "Mentors navn og kontaktdata"), ("l", "Hvilke opgaver mentor skal hjælpe med"),
                   ("l", "Varighed og opfølgning"), ("l", "Timetal pr. uge"), ("l", "Klagevejledning"))
    assert lint(doc) == ("unknown", [])


def test_a_workplace_mentor_agreement_from_hr_under_lab_167_is_an_agreement(make_doc, lint):
    doc = make_doc("Fjordvang Plejecenter (privat) · HR-afdelingen", ("h", "Mentoraftale – virksomhedsmentor"),
                   "Aftalen er indgået mellem Fjordvang Plejecenter og Roskilde Kommune om mentorstøtte efter lov "
                   "om en aktiv beskæftigelsesindsats § 167 til ny medarbejder.",
                   ("r", "Medarbejder", "Victor Friis"), ("r", "Periode", "01.08.2025 til 31.01.2026"))
    kind, _ = lint(doc)
    assert kind == "agreement"


def test_a_workplaces_own_buddy_scheme_is_still_unknown(make_doc, lint):
    doc = make_doc("Fjordvang Plejecenter · HR-afdelingen", ("h", "Buddy-aftale for ny medarbejder"),
                   "Din buddy hjælper dig de første uger.", ("r", "Medarbejder", "Victor Friis"),
                   ("r", "Buddy", "Lotte Bach, tlf. 77 64 92 60"), ("r", "Periode", "01.08.2025 til 31.10.2025"))
    assert lint(doc) == ("unknown", [])


def test_a_letter_typed_without_danish_letters_is_read_with_them(make_doc, lint):
    doc = make_doc(("h", "Afgoerelse om mentorstoette"), "Hej Hanne",
                   "Du har faaet bevilget en mentor fra 4/4-26 til 4/10-26 med 3 timer ugentlig.")
    kind, _ = lint(doc)
    assert kind == "decision"


def test_a_text_with_danish_letters_keeps_its_own_spelling_of_names():
    from mentordocs.lint.analyze import compile_pack, load_pack, with_danish_letters
    from mentordocs.lint.model import Block, ExtractedDocument
    doc = ExtractedDocument("x.txt", "txt", [Block("Aase Maal fra Aalborg"), Block("Målet er job")])
    assert with_danish_letters(doc, compile_pack(load_pack()).digraph_words) is doc


def test_a_leaflet_titled_with_a_question_to_citizens_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Haderslev Kommune", "Information til borgere", ("h", "Har du brug for en mentor?"),
                   "En mentor er en person, der hjælper dig med at komme i gang med et job eller en uddannelse.",
                   ("h", "Hvor længe?"), "Mentorstøtte bevilges for højst 6 måneder ad gangen.",
                   ("h", "Klage"), KLAGE)
    assert lint(doc) == ("unknown", [])


@pytest.mark.parametrize("note", [
    ("Dokumenttype: Notifikation", "Dokumentet 'Afgørelse om mentorstøtte' er sendt til Jonas Bech via Digital Post "
     "den 24. januar 2026.", "Kvittering modtaget fra e-Boks. Ingen handling påkrævet."),
    ("JOURNALNOTAT", "Overskrift: Afgørelse sendt", "Afgørelse om bevilling af mentorstøtte er sendt til Kenneth i "
     "Digital Post i dag. Kopi af afgørelsen ligger på sagen under dokumenter."),
])
def test_a_note_that_a_decision_was_sent_is_not_the_decision(make_doc, lint, note):
    assert lint(make_doc(*note)) == ("unknown", [])


def test_a_hearing_before_a_decision_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Kolding Kommune", "Dato: 22.06.2026", ("h", "Vi vil gerne høre dig, inden vi træffer afgørelse"),
                   "Kære Sofie",
                   "Vi overvejer at træffe afgørelse om, at din mentorstøtte skal ophøre, fordi du ikke er mødt op "
                   "til de aftalte møder med din mentor. Inden vi træffer afgørelse, har du ret til at komme med "
                   "dine bemærkninger, jf. forvaltningslovens § 19.",
                   "Når fristen er udløbet, træffer vi afgørelse. Du får afgørelsen skriftligt med klagevejledning.")
    assert lint(doc) == ("unknown", [])


def test_an_order_of_a_mentor_course_from_a_provider_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Herning Kommune", "Dato: 23. juli 2026", ("h", "Henvisning af borger til mentorforløb"),
                   "Til Jobhuset ApS, att. Lars Østergaard",
                   "Jobcenter Herning bestiller hermed et mentorforløb til Line Sørensen.",
                   "Borger: Line Sørensen", "Periode: 1. august 2026 – 31. januar 2027", "Timer: to timer om ugen",
                   "Formål: Line starter på grundforløb 1 på SOSU-skolen i august 2026.",
                   "Mentor bedes sende statusnotat hver måned. Borgeren har fået afgørelsen med klagevejledning "
                   "i særskilt brev.")
    assert lint(doc) == ("unknown", [])


def test_an_english_job_advert_for_mentors_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Job advert: Mentors wanted – Holbæk Municipality"),
                   "We are looking for two mentors, 30 hours per week, to support refugees in internships and jobs.",
                   ("h", "Your tasks"), ("l", "Support citizens at the workplace"), ("l", "Write status reports"),
                   "Application deadline: 15 September 2026. Contact: Susanne Bach, phone 84141842.")
    assert lint(doc) == ("unknown", [])


def test_a_plan_whose_only_item_beside_an_empty_heading_is_another_activitys_hours_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Jobplan", "Jobnet", "Forside", "Min side", "Min plan", "Mine aftaler", "Plan for indsats",
                   "Borger: Ahmed Sørensen", "Borgerens baggrund",
                   "Du har tidligere haft mentorstøtte i perioden 01.02.2025 – 31.07.2025 ved Morten Bach fra "
                   "STU-Centret, 3 timer om ugen. Forløbet er afsluttet, og der er ikke bevilget ny mentorstøtte.",
                   "Næste skridt", "Afklaring af arbejdsevne via virksomhedspraktik. Sagen forelægges efterfølgende.",
                   "Sagsbehandler: Zainab Rasmussen, Hjørring Kommune, tlf. 72 36 00 00")
    assert lint(doc) == ("unknown", [])


def _labelled_cards(make_doc, first_title, mentor_title, *mentor_rows, overview=()):
    """A plan print whose cards hold "Label: value" lines; the first card's activity is one the
    pack has no word for."""
    return make_doc(("h", "Min Plan"), *overview, first_title, "Periode: 29.03.2026 - 07.12.2026",
                    "Formål: Forbedre fysisk funktion i ryg og skuldre.", "Omfang: 2 gange om ugen",
                    "Kontaktperson: Fysioterapien, tlf. 74 25 62 67", mentor_title,
                    "Periode: 01.05.2026 - 31.10.2026", *mentor_rows,
                    "Formål: Louise gennemfører FVU-dansk trin 2 på VUC og møder til alle undervisningsdage.",
                    "Timetal: 4 timer ugentligt")


def test_an_activity_card_the_pack_has_no_word_for_is_another_activity_by_its_form(make_doc, lint):
    doc = _labelled_cards(make_doc, ("h", "Træning hos fysioterapeut"), ("h", "Mentorstøtte (§ 167)"),
                          "Kontaktperson: Louise Ali, tlf. 45 00 37 78", "Mentorens opgaver: Hjælpe med Digital Post.")
    assert lint(doc) == ("minplan", [])


def test_a_card_titled_mentor_with_a_status_badge_is_the_mentor_supports_card(make_doc, lint):
    doc = _labelled_cards(make_doc, ("h", "Løntilskud hos Genbrugspladsen"), "Mentor Aktiv",
                          "Kontaktperson: Louise Ali, tlf. 45 00 37 78", "Mentorens opgaver: Hjælpe med Digital Post.")
    assert lint(doc) == ("minplan", [])


def test_a_numbered_activity_label_names_the_activity(make_doc, lint):
    doc = make_doc(("h", "Min Plan – udskrift"), ("h", "Indsats 1: Træning hos fysioterapeut"),
                   ("r", "Startdato", "05-02-2026"), ("r", "Slutdato", "16-12-2026"),
                   ("r", "Formål", "Forbedre fysisk funktion."), ("h", "Indsats 2: Mentorstøtte (tilbudsmentor)"),
                   ("r", "Startdato", "15-03-2026"), ("r", "Slutdato", "14-09-2026"),
                   ("r", "Formål", "Julie er i virksomhedspraktik på Børnehuset Mælkebøtten 15 timer om ugen senest "
                                   "15. maj 2026."),
                   ("r", "Mentor", "Signe Hussein, 31 73 98 50"),
                   ("r", "Mentorens opgaver", "Hjælpe med budget og regninger; følge Julie til praktikstedet."),
                   ("r", "Timetal", "2 timer om ugen"))
    assert lint(doc) == ("minplan", [])


def test_a_line_under_the_tasks_label_is_a_task_not_an_activity_card(make_doc, lint):
    doc = make_doc(("h", "Min plan"), ("h", "Virksomhedspraktik"), "Sted", "Kantinen", "Start", "15.11.2026",
                   "Omfang", "25 timer pr. uge", "Kontaktperson", "Tove Frost, tlf. 28 71 55 02",
                   ("h", "Udvidet mentorstøtte"), "Mål med indsatsen",
                   "At du kommer i fleksjob som pedelmedhjælper på en skole, 12 timer om ugen.",
                   ("h", "Hvad skal mentor hjælpe med?"), "Ugentlig samtale om fremmøde og transport",
                   "Øve samtaler med arbejdsgiver og kollegaer", "Start", "15.11.2026", "Slut", "14.04.2027",
                   "Omfang", "1 time pr. uge", "Kontaktperson", "Hanne Dahl, telefon 51 49 97 78")
    assert lint(doc) == ("minplan", [])


def test_an_overviews_rows_do_not_make_the_card_titles_labels(make_doc, lint):
    overview = (("r", "Aktivitet", "Periode", "Status"),
                ("r", "Løntilskud hos Genbrugspladsen", "29.03.2026 - 07.12.2026", "Aktiv"),
                ("r", "Mentorstøtte", "01.05.2026 - 31.10.2026", "Aktiv"))
    doc = _labelled_cards(make_doc, "Løntilskud hos Genbrugspladsen", "Mentorstøtte",
                          "Kontaktperson: Louise Ali, tlf. 45 00 37 78", "Mentorens opgaver: Hjælpe med Digital Post.",
                          overview=overview)
    assert lint(doc) == ("minplan", [])


def test_a_mail_titled_as_minutes_that_sums_up_the_agreement_for_the_citizen_is_the_agreement(make_doc, lint):
    doc = make_doc(("h", "Referat af vores møde i dag – mentor"), "Hej Jonas",
                   "Tak for mødet i dag. Som lovet får du her det, vi aftalte om din mentor.",
                   "Mål: Du gennemfører grundforløbet på EUC Syd og møder fire dage om ugen.",
                   "Mentor: Nadia Jensen, Mentorhuset Midt, telefon 36 25 67 17.",
                   "Opgaver: Nadia ringer til dig om morgenen og lægger et budget sammen med dig.",
                   "Timer: 4 timer om ugen.", "Periode: 4/7-2026 til 24/11-2026.",
                   "Opfølgning: statusmøde hver fjerde uge.", "Venlig hilsen", "Tobias Madsen")
    assert lint(doc)[0] == "agreement"


def test_a_mentors_letter_that_writes_down_what_was_agreed_is_an_agreement_not_a_decision(make_doc, lint):
    doc = make_doc("Trin for Trin Mentor", ("h", "Om dit mentorforløb"), "Kære Henrik",
                   "Det var rart at møde dig. Her får du det, vi blev enige om, skrevet ned. Jeg er din mentor, "
                   "og mit nummer er 29 52 87 19.", "Vi har 8 timer om måneden sammen.",
                   "Kommunen har bevilget mentorstøtten fra 1. maj til 22. august 2026. Du kan klage over afgørelsen "
                   "til Viborg Kommune inden 4 uger.", "Venlig hilsen", "Peter Yilmaz, mentor")
    assert lint(doc)[0] == "agreement"


def test_a_grant_that_leaves_the_goal_tasks_and_follow_up_to_the_first_meeting_is_not_checked_as_the_agreement(
        make_doc, lint):
    doc = make_doc(("h", "Afgørelse om mentorstøtte"), "Kære Nadia",
                   "Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats fra 02.02.2026 "
                   "til 01.07.2026. Støtten er på 1½ time om ugen.",
                   "Din mentor bliver Louise Madsen fra Trin for Trin Mentor, som kontakter dig inden opstart. "
                   "Mentorstøtten skal hjælpe dig med at fastholde dit fleksjob. Aftalen om mentorstøtten med mål, "
                   "opgaver og opfølgning laver I sammen ved opstartsmødet.", ("h", "Klagevejledning"), KLAGE)
    assert lint(doc) == ("decision", [])


def test_minutes_that_mention_the_written_agreement_to_be_sent_stay_minutes(make_doc, lint):
    doc = make_doc(("h", "MØDEREFERAT: TREPARTSSAMTALE"), "Deltagere: Ahmed Lund (borger), Ali Kristensen (mentor)",
                   "Mål: Ahmed kommer i praktik som lagermedarbejder hos Bilka senest 1. juni 2026.",
                   "Mentor: Ali Kristensen, Brobyggerne I/S, tlf. 22 33 44 55.",
                   "Opgaver: Ali hjælper med transporten og følger Ahmed til de første møder.",
                   "Periode: 1. maj 2026 – 31. oktober 2026. Timer: 3 timer om ugen. Der holdes statusmøde hver måned.",
                   "Sagsbehandler træffer afgørelse og sender den skriftlige aftale med klagevejledning til borger.")
    assert lint(doc) == ("unknown", [])


def test_a_case_systems_print_of_the_plan_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc("Fagsystem · Hjørring Kommune · Udskrift af plan", "Nadia Christensen Udskrevet 16.06.2026",
                   "Mit mål", "Jeg vil gerne have et job i detailhandlen.", "Aktiviteter", "Mentor (LAB § 167)",
                   "Formål med mentorstøtten: At Nadia gennemfører FGU uden fravær ud over 2 dage pr. måned.",
                   "Mentor: Line Olsen, Broen Mentorforløb, tlf. 4715 2339",
                   "Mentors opgaver: støtte Nadia i kontakten med kommunen; tale med Nadia om søvn",
                   "Varighed: 01.07.2026 - 31.12.2026", "Timetal: 2 timer om ugen")
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("rows", ["rows", "labels"])
def test_activities_under_headings_of_their_own_are_cards_even_when_their_labels_differ(make_doc, lint, rows):
    def card(*pairs):
        if rows == "rows":
            return [("r", label, value) for label, value in pairs]
        return [text for pair in pairs for text in pair]

    doc = make_doc(("h", "Min Plan – udskrift"), ("h", "Aktiviteter"), ("h", "Virksomhedspraktik"),
                   *card(("Sted", "Plejecenter Solgården"), ("Periode", "01.07.2026 - 30.09.2026"),
                         ("Timer", "15 timer pr. uge")),
                   ("h", "Mentor"),
                   *card(("Formål med mentorstøtten", "At Yusuf gennemfører FGU uden fravær ud over 2 dage pr. måned."),
                         ("Mentor", "Oliver Rasmussen, Aktiv Vej I/S, tlf. 86 80 56 83"),
                         ("Mentors opgaver", "tage kontakt til skolen ved fravær; følge Yusuf til de første møder"),
                         ("Varighed", "01.07.2026 - 31.10.2026"), ("Timetal", "2 timer pr. uge")),
                   ("h", "Uddannelse"),
                   *card(("Uddannelse", "Grundforløb og hovedforløb, Campus Vejle"),
                         ("Forventet periode", "01.01.2027 - 01.05.2028"), ("Status", "Planlagt")))
    assert lint(doc) == ("minplan", [])


def test_an_overview_row_whose_cells_the_pdf_ran_together_gives_the_period_and_hours_by_their_shape(make_doc, lint):
    doc = make_doc(("h", "Min plan - oversigt"), "Aktiviteter",
                   ("r", "Aktivitet", "Start", "Slut", "Timer pr. uge", "Kontakt"),
                   ("r", "Tilbudsmentor", "01.06.2026 30.11.2026 5 timer pr. uge", "Jesper Mortensen, 50 98 59 33"),
                   ("r", "Løntilskud", "02.04.2026 01.01.2027 25 timer om ugen", "Anette Kjær, tlf. 28 76 73 27"),
                   "Detaljer: Tilbudsmentor",
                   ("r", "Mål", "Du gennemfører FVU-dansk på VUC Viborg og møder fire dage om ugen."),
                   ("r", "Mentors opgaver", "følge dig til de første møder; planlægge transporten til skolen"))
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("mentor_title", [("Mentorstøtte Aktiv",), (("r", "Mentorstøtte (LAB § 167)", "Aktiv"),)])
def test_activity_cards_titled_with_their_status_are_cards(make_doc, lint, mentor_title):
    doc = make_doc(("h", "Min plan"), "Mine aktiviteter", *mentor_title,
                   ("r", "Formål", "Du gennemfører FVU-dansk på VUC Viborg og møder fire dage om ugen."),
                   ("r", "Varighed", "01.02.2026 - 31.07.2026"), ("r", "Timetal", "2 timer pr. uge"),
                   ("r", "Kontaktperson", "Birgit Ali, Trivsel & Arbejde, tlf. 61 99 44 37"),
                   ("r", "Mentors opgaver", "ringe dig op om morgenen; øve jobsamtaler med dig"),
                   "Forberedende Grunduddannelse (FGU), PGU Aktiv", ("r", "Varighed", "10.08.2026 - 30.06.2028"),
                   ("r", "Timetal", "30 timer pr. uge"), ("r", "Kontaktperson", "Dorthe Jørgensen, tlf. 60 33 20 00"))
    assert lint(doc) == ("minplan", [])


def test_an_activity_type_label_names_the_activity_and_indsatser_i_planen_is_no_tasks_label(make_doc, lint):
    doc = make_doc("Sagsportal · Udskrift af Min Plan", "Indsatser i planen",
                   ("r", "Indsatstype", "Forberedende Grunduddannelse (FGU), PGU"), ("r", "Periode", "11.08.2026 - 30.06.2028"),
                   ("r", "Omfang", "30 timer pr. uge"), ("r", "Kontaktperson", "Dorthe Andersen, tlf. 40 28 87 82"),
                   ("r", "Indsatstype", "Mentorstøtte - § 167"),
                   ("r", "Mål", "Du gennemfører FVU-dansk på VUC Viborg og møder fire dage om ugen."),
                   ("r", "Mentor", "Lene Møller, Mentorhuset ApS, tlf. 93 89 83 17"),
                   ("r", "Varighed", "1/3-2026 til 31/8-2026"), ("r", "Timetal", "1 time ugentligt"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-tasks"})


@pytest.mark.parametrize("title, body", [
    ("Ankestyrelsens afgørelse", ["Ankestyrelsen har behandlet din klage", "Ankestyrelsen ændrer Herning Kommunes "
     "afgørelse. Kommunen skal behandle din ansøgning om mentorstøtte igen.", "Du kan ikke klage over Ankestyrelsens "
     "afgørelse til anden administrativ myndighed."]),
    ("Vi har modtaget din ansøgning", ["Vi har den 1. maj 2026 modtaget din ansøgning om mentorstøtte efter LAB § 167.",
     "Vi forventer at kunne træffe afgørelse inden 4 uger. Du hører fra os senest 31. maj 2026."]),
    ("Ny post i Digital Post", ["Du har fået ny post fra Frederikssund Kommune", "Emne: Afgørelse om mentorstøtte",
     "Log på mit.dk eller Digital Post-appen for at læse brevet."]),
    ("Du har modtaget ny Digital Post", ["Du har modtaget ny post fra Svendborg Kommune.", "Emne: Afgørelse om mentorstøtte",
     "Du kan læse posten på borger.dk/digitalpost eller i appen Digital Post."]),
    ("Genvurdering af afgørelse om mentorstøtte", ["Du har klaget over vores afgørelse af 2. marts 2026 om afslag på "
     "mentorstøtte.", "Vi har genvurderet sagen og fastholder afgørelsen. Din klage og sagens akter er derfor sendt til "
     "Ankestyrelsen, som vil behandle klagen."]),
    ("You have received a letter from Vejle Kommune", ["You have received new mail in Digital Post from Vejle Kommune.",
     "Title: Afgørelse om mentorstøtte", "Log in at borger.dk or in the Digital Post app with MitID to read the letter."]),
    ("Genvurdering af din klage – afgørelsen fastholdes", ["Du har klaget over vores afslag på mentorstøtte.",
     "Vi har genvurderet afgørelsen. Din klage giver ikke anledning til at ændre afgørelsen, og vi fastholder den derfor.",
     "Vi har i dag sendt din klage og sagens akter videre til Ankestyrelsen."]),
])
def test_letters_about_a_decision_that_decide_nothing_are_none_of_the_kinds(make_doc, lint, title, body):
    assert lint(make_doc("Herning Kommune", "Dato: 3. maj 2026", ("h", title), *body)) == ("unknown", [])


@pytest.mark.parametrize("title, grant", [
    ("Genvurdering af din sag – vi ændrer vores afgørelse", "Vi har genvurderet sagen og giver dig nu medhold."),
    ("Du får mentorstøtte, men ikke alt det, du søgte om", "Du bevilges delvist mentorstøtte."),
])
def test_a_decision_titled_in_plain_words_is_a_decision(make_doc, lint, title, grant):
    doc = make_doc("Kolding Kommune", "Beskæftigelse og Uddannelse", "Yusuf Rasmussen", "Dato: 23. februar 2026",
                   title, f"Du klagede den 13. februar 2026 over vores afslag på mentorstøtte. {grant} Du får "
                   "mentorstøtte fra 15. marts 2026 til 14. juli 2026, 6 timer om ugen. Din mentor bliver Sara Andersen "
                   "fra Vejen Videre ApS. Sara ringer til dig inden opstart.", "Sådan klager du", KLAGE)
    assert lint(doc)[0] == "decision"


def test_a_letters_signature_that_repeats_its_letterhead_is_no_activity_card(make_doc, lint):
    doc = make_doc("Afslag på mentorstøtte", "Jobcenter Kildeby", "Sagsbehandler", "Louise Abdi", "Kære Henrik",
                   "Jobcentret har besluttet at give dig afslag på din ansøgning om mentorstøtte. Vi har lagt vægt på, "
                   "at du allerede har en kontaktperson på din uddannelse.", "Med venlig hilsen", "Louise Abdi",
                   "Sagsbehandler", "Jobcenter Kildeby", f"Klagevejledning: {KLAGE}")
    assert lint(doc) == ("decision", [])


def test_a_leaflet_that_lists_what_the_agreement_holds_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Mentorstøtte i Samsø Kommune"), "Har du brug for en ekstra hånd for at komme i job? Så kan en "
                   "mentor måske hjælpe dig.", ("h", "Hvad står der i aftalen?"), ("l", "målet med mentorstøtten"),
                   ("l", "mentorens navn og kontaktdata"), ("l", "hvilke opgaver mentoren skal hjælpe med"),
                   ("l", "hvor mange timer om ugen"), "Hvis du vil klage", "Du klager til kommunen inden 4 uger.",
                   "Kontakt: Samsø Kommune, Beskæftigelse, tlf. 87 92 22 00.")
    assert lint(doc) == ("unknown", [])


def test_an_english_newsletter_that_explains_the_agreement_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Newsletter from Jobcenter Roskilde – autumn 2026", "News for citizens and partners.",
                   ("h", "Mentor support – what is it?"),
                   "A mentor can help you get started in a job or an education. Every agreement states the goal, the "
                   "mentor's name and contact details, the mentor's tasks, the period, the number of hours and how we "
                   "follow up. Support is given for up to 6 months at a time.", "Job fair 12 November")
    assert lint(doc) == ("unknown", [])


def test_a_plan_named_for_its_citizen_with_a_wrapped_overview_row_reads_the_mentor_row(make_doc, lint):
    doc = make_doc("Plan – Camilla Ali", ("r", "Borger", "Camilla Ali"), "Aktiviteter",
                   ("r", "Aktivitet", "Periode", "Omfang", "Kontakt"),
                   ("r", "Danskuddannelse", "Løbende", "9 timer pr. uge", "Sprogcenter, tlf. 72 10 10 10"),
                   ("r", "Mentorstøtte (LAB §", "1. august 2026 – 31.", "2-3 timer pr. uge", "Søren Jørgensen,"),
                   ("r", "167)", "januar 2027", "", "Mentorhuset Fyn, tlf. 56 89 65 63"),
                   "Mentorstøtte – detaljer", ("r", "Formål", "Du gennemfører FVU-dansk på VUC og møder fire dage om ugen."),
                   ("r", "Mentorens opgaver", "hjælp til lektier og afleveringer; kontakt til studievejleder"))
    assert lint(doc) == ("minplan", [])


@pytest.mark.parametrize("title, body", [
    ("Ankestyrelsens afgørelse", "Vi giver dig ikke medhold i din klage over Næstved Kommunes afgørelse af 2. maj 2026 om "
                                 "mentorstøtte. Du kan ikke klage over denne afgørelse til en anden administrativ myndighed."),
    ("Journalnotat – dokument sendt", "07.03.2026: Mentoraftale og afgørelse om mentorstøtte sendt til borger Camilla "
                                      "Kaya via Digital Post. Kopi sendt til mentor via sikker mail. /MH"),
])
def test_a_ruling_on_a_complaint_and_a_note_that_papers_were_sent_are_none_of_the_kinds(make_doc, lint, title, body):
    assert lint(make_doc(("h", title), body)) == ("unknown", [])


def test_an_english_leaflet_that_lists_what_the_agreement_contains_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Mentor support – information for you", "Aarhus Municipality can offer you a mentor if you need "
                   "support to start or keep a job or an education.", ("h", "What does the agreement contain?"),
                   ("l", "the goal of the mentor support"), ("l", "the mentor's name and contact details"),
                   ("l", "what the mentor will help you with"), ("l", "the number of hours"),
                   "Mentor support is given for up to 6 months at a time.")
    assert lint(doc) == ("unknown", [])


def test_a_card_headed_with_an_activity_the_overview_names_is_that_activitys(make_doc, lint):
    doc = make_doc(("h", "Udskrift: Min Plan"), ("h", "Aktivitetsoversigt"),
                   ("r", "Aktivitet", "Status", "Start", "Slut", "Omfang"),
                   ("r", "Mentorstøtte (LAB § 167)", "Planlagt", "", "", "2-3 timer pr. uge"),
                   ("r", "Misbrugsbehandling", "Aktiv", "7. december 2026", "7. august 2027", "2 gange om ugen"),
                   ("h", "Mentorstøtte efter LAB § 167"),
                   ("r", "Målsætning", "Du starter på grundforløb 1 på SOSU-skolen 7. april 2027 og møder fire dage om ugen."),
                   ("r", "Leverandør/mentor", "Louise Mortensen, Jobhuset Nord ApS, tlf. 97 64 43 36"),
                   ("r", "Opgaver", "gennemgå lektieplanen med dig hver mandag; følge dig til opstartssamtalen"),
                   ("r", "Periode", "Ikke angivet"), ("r", "Timetal", "2-3 timer pr. uge"),
                   ("h", "Misbrugsbehandling"), ("r", "Sted", "Rusmiddelcenter Ikast-Brande"),
                   ("r", "Start", "7. december 2026"), ("r", "Slut", "7. august 2027"),
                   ("r", "Kontaktperson", "Kasper Jørgensen, tlf. 23 22 28 41"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-duration"})


def test_a_card_whose_status_is_upcoming_is_a_card(make_doc, lint):
    doc = make_doc("Min Plan", "Det skal du i gang med", "Vejledning og opkvalificering – danskundervisning Aktiv",
                   ("r", "Sted", "VUC Viborg"), ("r", "Periode", "13-01-2027 – 13-11-2027"),
                   ("r", "Omfang", "9 timer pr. uge"), ("r", "Kontaktperson", "Jonas Hussein, tlf. 45865992"),
                   "Mentor (§ 167) Kommende",
                   ("r", "Mål", "Du kommer i gang med EUD-forløbet som ernæringsassistent senest 12. marts 2027."),
                   ("r", "Mentor", "Endnu ikke tildelt"),
                   ("r", "Det hjælper din mentor dig med", "Hjælpe dig med at søge SPS og tale med studievejlederen"),
                   ("r", "Periode", "14-12-2026 – 14-03-2027"), ("r", "Omfang", "2-3 timer pr. uge"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


def test_another_activitys_period_written_as_a_line_of_a_pasted_plan_is_not_held_to_the_limit(make_doc, lint):
    doc = make_doc(("h", "Min Plan for Camilla"), "Hej Camilla",
                   ("h", "Her er en kopi af det, der står i din plan om mentorstøtten:"),
                   "Målet med mentorstøtten: At Camilla fastholder sit fleksjob som pedelmedhjælper på Arla.",
                   "Mentor er Kasper Rasmussen fra Mentorteamet (tlf. 83 78 44 41).",
                   ("h", "Kasper skal hjælpe med:"), ("l", "hjælpe dig med at lave en ugeplan og holde den"),
                   ("l", "tage en ugentlig samtale med dig om fremmøde og transport"),
                   "Mentorstøtten løber fra 01.04.2026 til 30.09.2026.", "Der er bevilget 2 t/uge.",
                   ("h", "Uddannelse – FGU"), "FGU Ikast-Brande, afd. Vest, 01.05.2026 – 30.04.2027, 30 timer pr. uge",
                   "Kontakt: Sofie Jørgensen, 45 33 31 36")
    assert lint(doc) == ("minplan", [])


def test_a_refusal_under_section_167_that_points_to_the_schools_own_mentor_scheme_is_a_decision(make_doc, lint):
    doc = make_doc("Vordingborg Kommune", "Job og Ydelse", "Dato: 15.02.2026", ("h", "Afgørelse om mentorstøtte – afslag"),
                   "Du har 21. januar 2026 søgt om mentorstøtte. Vi har givet dig afslag.", ("h", "Begrundelse"),
                   "Vi har lagt vægt på, at skolens egen mentorordning allerede dækker det behov, du har beskrevet. "
                   "Mentorstøtte efter LAB § 167 gives kun ud over det, der i forvejen tilbydes.",
                   ("h", "Sådan klager du"), "Klagefristen er fire uger fra modtagelsen af denne afgørelse. Du klager til "
                   "kommunen, som skal genvurdere afgørelsen. Giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen.")
    assert lint(doc) == ("decision", [])


def test_the_folder_a_digital_post_letter_was_exported_from_is_no_title(make_doc, lint):
    doc = make_doc("Fra: Jobcenter Norddjurs", "Til: Frederik Madsen", "Emne: Din mentorstøtte stopper", "Mappe: Indbakke",
                   "Din mentorstøtte stopper", "Din mentorstøtte ophører den 14. november 2026.",
                   "Du er startet i ordinært job og har været stabil i mere end to måneder. Målet med mentorstøtten er dermed nået.",
                   "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.", "Bilag 2 – Klagevejledning",
                   "Er du uenig, skal du klage til Norddjurs Kommune inden 4 uger efter, at du har modtaget afgørelsen. Vi "
                   "genvurderer afgørelsen. Giver vi dig ikke medhold, bliver klagen sendt til Ankestyrelsen.")
    assert lint(doc)[0] == "decision"


def test_a_title_beside_the_letterheads_information_column_is_the_title(make_doc, lint):
    doc = make_doc("Gribskov Kommune", "Amalie Hansen", ("r", "Lærkevej 74", "Gribskov Kommune"),
                   ("r", "3200 Helsinge", "Rådhusvej 3 3200 Helsinge"),
                   ("r", "Bevilling af mentorstøtte", "Tlf. 72 49 60 00 Dato: 26. marts 2026"),
                   ("r", "Kære Amalie", "Sagsnr.: 41.32.10-G01-840-26 Sagsbehandler: Peter Lund"),
                   "Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.", "Din mentoraftale",
                   ("r", "Mål med mentorstøtten", "Du møder stabilt på FGU (PGU) og har under 10 % fravær"),
                   ("r", "Mentor", "Ahmad Larsen, Bro til Job I/S, tlf. 21 70 83 81"),
                   ("r", "Mentors opgaver", "støtte dig i at holde styr på skema og afleveringer; hjælpe dig med transport"),
                   ("r", "Periode", "fra den 1/6-2026 til og med den 30/11-2026"), ("r", "Timer", "1½ time pr. uge"),
                   ("r", "Opfølgning", "Statusmøde med mentor og sagsbehandler hver måned."), ("h", "Klagevejledning"),
                   "Du kan klage over afgørelsen til kommunen inden 4 uger. Kommunen genvurderer sagen. Fastholdes "
                   "afgørelsen, sender vi din klage videre til Ankestyrelsen.")
    assert lint(doc) == ("decision", [])


def test_an_agreement_on_a_schools_special_educational_support_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Kommunens mentorkorps – Job og Uddannelse, Guldborgsund", "Aftale om SPS-støtte (studiestøttetimer)",
                   ("h", "Elev"), "Sofie Olsen, 1. år", "Støtteform",
                   "Studiestøttetimer efter lov om specialpædagogisk støtte (SPS), bevilget af skolen.",
                   ("h", "Støttelærer"), "Lene Holm, lene@skole.dk", "Omfang", "2 timer om ugen i skoleåret", "Indhold",
                   ("l", "Planlægning af lektier"), ("l", "Struktur på afleveringer"))
    assert lint(doc) == ("unknown", [])


def test_cards_titled_with_a_colon_and_an_ongoing_status_are_cards(make_doc, lint):
    doc = make_doc("Min Plan", "Mine aktiviteter", "Mentorstøtte Igangværende",
                   ("r", "Målet med mentorstøtten", "Du gennemfører FVU-dansk trin 2 på VUC Roskilde inden 30. september 2026."),
                   ("r", "Mentor", "Mikkel Pedersen, Jobhuset Nord ApS"),
                   ("r", "Indsatsområder", "Tage en ugentlig samtale med dig om fremmøde; følge dig til praktikstedet"),
                   ("r", "Start – slut", "2026-06-01 – 2026-10-24"), ("r", "Timetal", "1½ time om ugen"),
                   "AMU-kursus: Truckcertifikat B Aktiv", ("r", "Sted", "AMU Syd, Roskilde"),
                   ("r", "Periode", "2026-07-01 – 2026-07-31"), ("r", "Omfang", "37 timer pr. uge"),
                   ("r", "Kontaktperson", "Sara Yilmaz, tlf. 48805194"))
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


def test_another_activitys_contact_under_its_name_in_a_pasted_plan_is_not_the_mentor(make_doc, lint):
    doc = make_doc("Mentorstøtte – fra Min Plan",
                   "Målet med mentorstøtten: At Tobias fastholder sit fleksjob som pedelmedhjælper på Arla.",
                   ("h", "Mentoren skal hjælpe med:"), ("l", "tage kontakt til praktikvejlederen, hvis der opstår problemer"),
                   ("l", "hjælpe dig med at lave en ugeplan og holde den"),
                   "Mentorstøtten løber fra 14-12-2026 til 14-03-2027.", "Der er bevilget 1½ time om ugen.",
                   "AMU-kursus: Truckcertifikat B", "AMU Syd, Næstved, 28-12-2026 – 27-01-2027, 37 timer pr. uge",
                   "Kontakt: Nadia Møller, 66 19 43 10")
    kind, findings = lint(doc)
    assert (kind, rules_of(findings)) == ("minplan", {"missing-mentor"})


def test_a_plans_overview_under_a_title_and_with_an_offer_column_reads_the_mentor_row(make_doc, lint):
    doc = make_doc("KMD Nexus · Svendborg Kommune · Min Plan – udskrift", ("r", "Borger", "Karina Ali"), "Indsatser",
                   ("r", "Tilbud", "Status", "Bevillingsperiode", "Udbyder"),
                   ("r", "Mentor (LAB § 167)", "Igangværende 02.03.2026 -", "Jobhuset ApS"), "01.06.2026",
                   ("r", "Samtale om rådighed og jobsøgning", "Planlagt", "02.01.2026 - 02.01.2026", "Kolding Storcenter"),
                   "Indsatsdetaljer – Mentor (LAB § 167)", "Formål med mentorstøtten",
                   "Karina kommer i ordinært job med mindst 15 timer om ugen i detailhandlen.",
                   "Mentorens navn og kontaktdata", "Nadia Dahl, Jobhuset ApS, Tlf. 40 48 54 33, nadia.dahl@jobhuset.dk",
                   "Beskrivelse af indsatsen", "Følge Karina til praktikstedet de første to uger",
                   "Ugentlig samtale om fremmøde, søvn og transport", "Støtte ved kontakt til kontaktlærer og SPS-vejleder",
                   "Omfang", "3 timer pr. uge")
    assert lint(doc) == ("minplan", [])


def test_an_agreement_on_a_wage_subsidy_exported_by_a_mentor_system_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Tilbage til sagen | Udskriv", "Mentorportalen (CRM)",
                   "Historik: dokumentet er åbnet 3 gange. Låst af KMD6351.",
                   "Hjælpetekst: Felterne udfyldes af sagsbehandler. Gem kladde før udskrift.", ("h", "Løntilskudsaftale"),
                   ("r", "Borger", "Omar Jørgensen"), ("r", "Aftaletype", "Løntilskud, offentlig arbejdsgiver"),
                   ("r", "Arbejdsgiver", "Herning Kommune, Teknik og Miljø"), ("r", "Stilling", "Medhjælper, park og vej"),
                   ("r", "Ansættelsesperiode", "2026-09-01 – 2026-11-30"), ("r", "Ugentlig arbejdstid", "30 timer"),
                   ("r", "Tilskud pr. time", "kr. 31,60"), ("r", "Sagsnr.", "27.12.04-G01-3536-26"),
                   ("r", "Sagsbehandler", "Allan Olsen (KMD6351), tlf. 86 15 97 00"),
                   ("r", "Oprettet", "15-08-2026 12:41 af KMD6351"), ("r", "Status", "Under behandling (10)"),
                   "Udskrevet 28-08-2026 11:36 af KMD6351 · Mentorportalen (CRM) v8.14")
    assert lint(doc) == ("unknown", [])


def test_a_start_up_agreement_with_the_mentor_provider_is_an_agreement(make_doc, lint):
    doc = make_doc(("h", "Opstartsaftale"), "Brobyggerne Mentor A/S · på vegne af Jobcenter Herning",
                   "Denne aftale er lavet ved opstartsmødet. Den gentager de punkter, som Jobcenter Herning har aftalt med dig.",
                   *[f"{label}: {value}" for label, value in (
                       ("Mål", "Nikolaj fastholder sit job på Vestjysk Stål ApS og møder stabilt fire dage om ugen."),
                       ("Din mentor", "Sara Holm, Brobyggerne Mentor A/S, tlf. 22 33 44 55"),
                       ("Mentorens opgaver", "Hjælpe med morgenrutiner og følge dig til de første møder"),
                       ("Periode", "1. marts 2026 – 31. august 2026"), ("Timer", "2 timer pr. uge"),
                       ("Opfølgning", "Statusmøde hver måned"))],
                   ("h", "Klagevejledning"), "Du kan klage til Jobcenter Herning inden 4 uger. Kommunen genvurderer "
                   "afgørelsen og sender klagen videre til Ankestyrelsen.")
    assert lint(doc) == ("agreement", [])


def test_a_page_that_lists_what_an_agreement_holds_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Opus Sag | Udskriv", ("h", "Mentorstøtte"),
                   "Slagelse Kommune kan give dig en mentor, hvis du har brug for støtte til at komme i job eller uddannelse.",
                   ("h", "Hvad står der i din mentoraftale?"), ("l", "Målet med mentorstøtten"),
                   ("l", "Mentorens navn og kontaktdata"), ("l", "Hvilke opgaver mentoren skal hjælpe med"),
                   ("l", "Hvor længe I forventer at arbejde sammen, og hvordan vi følger op"),
                   ("l", "Hvor mange timer om ugen"), ("l", "Klagevejledning"), ("h", "Hvor længe?"),
                   "Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse efter en konkret vurdering.",
                   ("h", "Klage"), "Du kan klage over afgørelsen til kommunen inden fire uger. Kommunen genvurderer, og "
                   "fastholder vi afgørelsen, sendes klagen videre til Ankestyrelsen.",
                   "Kontakt Jobcenter Slagelse på tlf. 52 63 52 33.")
    assert lint(doc) == ("unknown", [])


def test_another_activitys_card_titled_by_its_name_before_the_named_mentor_support_is_dropped(make_doc, lint):
    doc = make_doc("Jobnet - Min Plan", "Udskrift", "Min Plan", "Kasper Madsen", ("l", "Udskrevet 28.04.2026 kl. 10:56"),
                   "Virksomhedspraktik.", ("r", "Sted", "", "i", '"Netto, Storegade'), ("r", "Start:", "", "17.02.2026."),
                   ("r", "slut", "19052006"), ("r", "Timer", "15 timer pr. uge"),
                   ("r", "", "Kontaktperson j z", "Zainab Christensen, tlf. 33 77 79 84 i"), "Aktivitet: Mentorstøtte",
                   ("r", "Formål med mentorstøtten", "Kasper bliver optaget på HF-enkeltfag på VUC til august."),
                   ("r", "Mentor", "Camilla Sørensen, Jobhuset ApS, tlf. 45 30 79 25"),
                   ("r", "Mentors opgaver", "Øve jobsamtaler og gennemgå ansøgninger; følge Kasper til praktikstedet"),
                   ("r", "Periode", "9. april 2026. - 8. oktober 2026"), ("r", "Timetal", "halvanden time om ugen"))
    assert lint(doc) == ("minplan", [])


def test_a_decision_titled_in_nine_words_is_a_decision(make_doc, lint):
    doc = make_doc("Herning Kommune", "Jobcenter Herning", "Torvet 5, 7400 Herning", "Christian Jensen",
                   "Dato: 3. maj 2026", "Ny afgørelse efter din klage over afslag på mentorstøtte",
                   "Du klagede den 23. april 2026 over vores afslag på mentorstøtte. Vi har genvurderet sagen og giver "
                   "dig nu medhold. Du får mentorstøtte fra 15. maj 2026 til 14. november 2026, 3 timer om ugen.",
                   ("h", "Hvis du vil klage"), "Hvis du er uenig i afgørelsen, kan du klage til Herning Kommune inden "
                   "4 uger. Vi genvurderer sagen og sender klagen videre til Ankestyrelsen.")
    assert lint(doc)[0] == "decision"


def test_a_letter_that_says_what_the_citizen_applied_for_and_got_is_a_decision(make_doc, lint):
    doc = make_doc("Viborg Kommune", "Kasper Rasmussen", "12.7.2026", "Kære Kasper",
                   "Du søgte om mentorstøtte i 8 timer om ugen. Du har fået bevilget 2 timer om ugen i perioden d. 21. "
                   "juli 2026 til den 20. november 2026.",
                   "Vi har bedt Mentorkorpset om at finde en mentor til dig. Aftalen om, hvad mentoren skal hjælpe "
                   "med, laver vi sammen på et møde.",
                   "Du kan klage over afgørelsen til Viborg Kommune senest 4 uger efter, at du har modtaget den. Vi "
                   "vurderer sagen igen. Fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen.")
    assert lint(doc)[0] == "decision"


def test_a_title_below_a_long_letterhead_table_is_the_title(make_doc, lint):
    doc = make_doc(("r", "Horsens Kommune", ""), ("r", "Arbejdsmarked", ""), ("r", "Rådhustorvet 4", ""),
                   ("r", "8700 Horsens", ""), ("r", "Dato", "15.4.2026"), ("r", "Sagsnr.", "15.20.00-G01-2434-25"),
                   ("r", "Sagsbehandler", "Sara Holm"), ("r", "Direkte tlf.", "79 09 90 66"), ("r", "Mail", "sara95@horsens.dk"),
                   "Fatima Hansen", "Parkvej 22", "8700 Horsens", ("h", "Afgørelse: Du er bevilget mentorstøtte"),
                   "Kære Fatima", "Du får mentorstøtte fra 1. maj 2026 til 31. oktober 2026, 2 timer om ugen.",
                   ("h", "Bilag 1: Aftale om mentorstøtte"), *[f"{k}: {v}" for k, v in (
                       ("Mål", "Fatima gennemfører FVU-dansk på VUC og møder fire dage om ugen."),
                       ("Mentor", "Lars Holm, Mentorhuset, tlf. 23 45 67 89"),
                       ("Opgaver", "Hjælpe med transport og morgenrutiner"), ("Opfølgning", "Statusmøde hver måned"))],
                   ("h", "Klagevejledning"), "Du kan klage til Horsens Kommune inden 4 uger. Kommunen genvurderer "
                   "afgørelsen og sender klagen videre til Ankestyrelsen.")
    assert lint(doc)[0] == "decision"


def test_an_agreement_titled_by_a_compound_of_aftale_is_an_agreement(make_doc, lint):
    doc = make_doc("KompasGruppen A/S · Vestergade 49", ("h", "Forløbsaftale – mentorstøtte"),
                   "Deltager: Anna Kristensen", "Bevilling: Mentorstøtte efter LAB § 167, jf. bestilling af 16.01.2025",
                   ("h", "1. Forløbets formål"), "Ordinært job som køkkenmedhjælper med mindst 15 timer om ugen.",
                   ("h", "2. Din mentor"), "Sara Holm, KompasGruppen, tlf. 85 81 78 52",
                   ("h", "3. Det arbejder vi med sammen"), ("l", "Hjælpe med transport"), ("l", "Øve jobsamtaler"),
                   ("h", "4. Forløbsperiode"), "1. januar 2026 – 30. juni 2026", ("h", "5. Timer"), "2 timer om ugen",
                   ("h", "6. Opfølgning"), "Statusmøde hver måned")
    assert lint(doc)[0] == "agreement"


def test_a_notice_of_new_post_with_a_footer_of_the_sender_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Du har fået en ny besked", "Hej Jonas",
                   'Der er kommet et nyt dokument i Min Plan på Jobnet: "Afgørelse om mentorstøtte".',
                   "Log på jobnet.dk med MitID for at læse det. Du kan ikke svare på denne e-mail.",
                   "Jobnet · Styrelsen for Arbejdsmarked og Rekruttering · 17.08.2026")
    assert lint(doc) == ("unknown", [])


def test_a_digital_post_notice_that_a_decision_arrived_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Silkeborg Kommune · Job og Borgerservice", ("r", "Dato", "07.03.2026"), "Line Skov",
                   ("h", "Du har modtaget post"), "Du har fået en ny meddelelse fra Silkeborg Kommune i Digital Post.",
                   "Emne: Afgørelse om mentorstøtte", "Log ind på borger.dk eller i Digital Post-appen for at læse den.")
    assert lint(doc) == ("unknown", [])


def test_a_framework_agreement_between_the_municipality_and_a_provider_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Rammeaftale om levering af mentorstøtte mellem Skovby Kommune og Kompas Mentor A/S", "§ 1 Aftalens omfang",
                   "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som kommunen visiterer.",
                   "Rammeaftalen løber fra 1. maj 2026 til 30. april 2028 med mulighed for forlængelse 2 × 12 måneder.")
    assert lint(doc) == ("unknown", [])


def test_an_english_leaflet_for_citizens_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Mentor support – information for citizens", "Assens Municipality can offer mentor support if you "
                   "need extra help to keep a job or complete an education.", ("h", "Goal"),
                   "The goal is always a job or an education.", ("h", "Your mentor"),
                   "You will get a mentor's name and phone number in your agreement.", ("h", "Period and hours"),
                   "Up to 6 months at a time, a number of hours per week.", ("h", "How to appeal"),
                   "You can appeal to the municipality within 4 weeks.")
    assert lint(doc) == ("unknown", [])


def test_a_providers_page_on_how_its_mentor_support_runs_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Værkstedet Nordlys – socialøkonomisk cykelværksted", ("h", "Sådan foregår et forløb hos os"),
                   "Når kommunen har bevilget dig en mentor hos os, mødes vi først til en snak i værkstedet, "
                   "og sammen skriver vi dine mål ned.",
                   ("h", "Planen"), "Planen beskriver målet med forløbet, hvem din mentor er, hvad mentoren skal "
                   "hjælpe dig med, hvor mange timer I ses om ugen, og hvordan vi følger op. Mentorstøtte kan gives i op til 6 måneder ad gangen.",
                   ("h", "Hvem kan komme?"), "Borgere, som jobcentret har visiteret til et forløb.",
                   ("h", "Kontakt"), "Ring på 86 12 40 40 eller skriv til hej@nordlys-vaerksted.dk.")
    assert lint(doc) == ("unknown", [])


def test_a_providers_quote_to_the_jobcentre_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Tilbud på mentorforløb – jeres ref. 2026-4471"), "Hej Lone",
                   "Her er vores tilbud på et forløb i værkstedet, som aftalt i telefonen.",
                   "Venlig hilsen", "Per Holm", ("r", "Tilbudsnr.", "T-118"), ("r", "Gyldigt til", "1. oktober 2026"),
                   "Vi tilbyder et mentorforløb efter LAB § 167 med opstart 1. september 2026 og en varighed på "
                   "6 måneder.", ("h", "Forslag til indhold"), "Ugentlige samtaler og træning af fremmøde.",
                   ("r", "Mentortimer", "3 timer x 26 uger à 520 kr."), ("r", "I alt ekskl. moms", "40.560 kr."),
                   "Tilbuddet er ikke en aftale med borgeren. Når jobcentret har bevilget forløbet, laver vi "
                   "forløbsplanen sammen med borgeren.")
    assert lint(doc) == ("unknown", [])


def test_a_contract_with_a_provider_titled_below_the_letterhead_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Nordby Kommune", "Indkøb og Udbud",
                   "Samarbejdsaftale om levering af mentorydelser mellem Nordby Kommune (Jobcenter Nordby) og "
                   "Mentorhuset ApS",
                   ("h", "1. Aftalens genstand"), "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, "
                   "som jobcentret bestiller forløb til.",
                   ("h", "2. Aftaleperiode"), "Aftalen gælder fra 1. januar 2026 til 31. december 2027.",
                   ("h", "3. Forløbsplanen"), "For hver borger laver leverandøren en plan med mål, mentor og "
                   "kontaktdata, opgaver, varighed, timetal og opfølgning.",
                   ("h", "4. Pris"), "Timeprisen er 510 kr. ekskl. moms.")
    assert lint(doc) == ("unknown", [])


def _export(tmp_path, text: str):
    path = tmp_path / "eksport.txt"
    path.write_text(text, encoding="utf-8")
    return lint_file(path, load_pack())


def test_a_title_less_export_of_one_activity_named_mentor_is_a_min_plan_entry(tmp_path):
    result = _export(tmp_path, "Felt;Værdi\nBorger;Yusuf Nielsen\nAktivitet;Mentor\nStatus;Igangværende\n"
                               "Formål;Yusuf er i virksomhedspraktik hos Bilka 13 timer om ugen senest 1. september 2026.\n"
                               "Mentor;Søren Rasmussen, tlf. 22 33 44 55\nMentorens opgaver;Tage med til møder; Sparre om konflikter\n"
                               "Periode;1. juli 2026 – 30. september 2026\nTimer pr. uge;3 t/uge\n")
    assert (result.kind, rules_of(result.findings)) == ("minplan", set())


def test_a_title_less_table_of_activities_is_a_min_plan_entry(tmp_path):
    result = _export(tmp_path, "Aktivitet;Startdato;Slutdato;Timer pr. uge;Kontaktperson;Telefon;Formål;Opgaver\n"
                               "Støtte: mentor;03.03.2026;;5;Rasmus Bach;44 21 97 28;Fatima består danskuddannelsens "
                               "modul 3 og kan tage imod en praktikplads.;Hjælpe med post / Øve ruten til sprogcentret\n"
                               "Danskuddannelse;01.02.2026;31.05.2027;12;Rasmus Møller;76 69 45 23;;\n")
    assert result.kind == "minplan"


def test_a_reminder_that_says_it_is_no_decision_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Påmindelse: Din mentorstøtte udløber snart"), "Kære Mads Petersen",
                   "Din nuværende periode med mentorstøtte slutter den 10. maj 2026.",
                   "Hvis du har brug for støtte i længere tid, skal du kontakte din sagsbehandler. Vi vurderer så, "
                   "om der kan bevilges en ny periode.", "Dette brev er en påmindelse og ikke en afgørelse.")
    assert lint(doc) == ("unknown", [])


def test_a_grant_that_says_the_written_agreement_is_still_to_be_made_is_a_decision(make_doc, lint):
    doc = make_doc("Nyt brev fra Jobcenter Norrebæk", "Kære Anders", "Brevet er vedhæftet som PDF.",
                   "Har du spørgsmål, kan du ringe til Ahmad Lund på 62 72 80 20.", "Venlig hilsen",
                   "Jobcenter Norrebæk", ("h", "Bilag: brev.pdf"), "Norrebæk Kommune", "Jobcenter Norrebæk",
                   "Vestergade 30, 9440 Norrebæk", ("r", "Anders Jørgensen", "Dato: d. 17. september 2026"),
                   ("r", "Lærkevej 64", "J.nr.: 15.02.22-G01-7806-24"), "9440 Norrebæk",
                   "Svar på din ansøgning om mentor", "Kære Anders",
                   "Du har fået bevilget en mentor i fire måneder med start den 1. oktober 2026.",
                   "Nadia Yilmaz fra Brobyg Mentor & Job bliver din mentor. Støtten er på 5 timer ugentligt.",
                   "Den skriftlige aftale om mentorstøtten laver du sammen med din mentor ved første møde.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc)[0] == "decision"


def test_an_extension_that_tells_what_happens_next_in_prose_is_checked_as_a_decision_only(make_doc, lint):
    doc = make_doc(("h", "Din mentorstøtte bliver forlænget"), "Hej Emil", ("h", "Det har vi besluttet"),
                   "Nu bliver din mentorstøtte forlænget fra 15. november 2026 til 14. marts 2027.",
                   "Du fortsætter med Rasmus Mortensen (Mentorhuset ApS) som mentor. I har 5 timer sammen om ugen.",
                   ("h", "Hvad sker der nu?"), ("l", "Rasmus ringer til dig inden for en uge."),
                   ("l", "Vi holder statusmøde med dig og Rasmus hver måned."), ("h", "Klagevejledning"), KLAGE)
    kind, findings = lint(doc)
    assert kind == "decision" and not rules_of(findings) & {"missing-mentor", "missing-goal", "missing-tasks"}


def test_appeal_guidance_that_never_says_klage_is_still_appeal_guidance(make_doc, lint):
    doc = make_doc(("h", "Bevilling af mentorstøtte"), "Kære Ali",
                   "Vi har bevilget dig mentorstøtte i perioden 1.6.2026 – 30.11.2026.",
                   "Er du uenig, kan du inden 4 uger skrive til Egeskov Kommune, som ser på sagen igen.")
    assert "missing-appeal-guidance" not in rules_of(lint(doc)[1])


def test_a_decision_printed_from_the_mailbox_is_a_decision(make_doc, lint):
    doc = make_doc("e-Boks · Indbakke", "Fra: Randers Kommune", "Til: Mette Jensen",
                   "Emne: Afgørelse om mentorstøtte", "Afgørelse om mentorstøtte", "Kære Mette Jensen",
                   "Randers Kommune har besluttet at give dig mentorstøtte. Støtten gælder 01.09.2026-31.12.2026.",
                   "Din mentor er Lone Rasmussen.")
    assert lint(doc)[0] == "decision"


def test_a_case_systems_list_of_documents_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("r", "JobSag 360", "Logget ind som RVN"), "Borgere › Nielsen, Zainab › Sag 25-21028 › Dokumenter",
                   ("h", "Sagsoplysninger"), ("r", "Borger", "Zainab Nielsen"), ("h", "Dokumenter"),
                   ("r", "Dato", "Titel", "Type", "Sendt"),
                   ("r", "23.04.2026", "Afgørelse om mentorstøtte", "Udgående brev", "e-Boks"),
                   ("r", "23.04.2026", "Aftale om mentorstøtte", "Bilag", "e-Boks"))
    assert lint(doc) == ("unknown", [])


def test_a_case_overview_whose_events_name_the_decision_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc(("h", "Sagsoverblik – Tobias Rasmussen"), ("h", "Ydelser og indsatser"),
                   ("r", "Indsats", "Periode", "Status", "Ansvarlig"),
                   ("r", "Mentorstøtte § 167", "16.02.2026 - 15.08.2026", "Aktiv", "Thomas Mortensen"),
                   ("h", "Seneste hændelser"), ("l", "11.02.2026 Afgørelse om mentorstøtte sendt til e-Boks"),
                   ("r", "Borger", "Tobias Rasmussen"))
    assert lint(doc) == ("unknown", [])


def test_a_case_systems_menu_row_titles_nothing(make_doc, lint):
    doc = make_doc("JobSag 360", ("r", "Overblik", "Min kalender", "Borger"), "Logget ind som ABJ",
                   "Borgere › Kristensen, Ahmad › Sag 25-73710 › Mentorstøtte › Afgørelse",
                   "Afgørelse om forlængelse af mentorstøtte", "Kære Ahmad Kristensen",
                   "Din mentorstøtte forlænges. Den nye periode er 2. juni 2026 – 1. december 2026.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc)[0] == "decision"


@pytest.mark.parametrize("says", ["Jeg har lovet at skrive ned, hvad vi aftalte, så du har det på papir.",
                                  "Du har fået bevilget mentorstøtte, og i dette brev skriver jeg, hvad vi aftalte."])
def test_a_letter_that_says_it_writes_down_what_was_agreed_is_the_agreement(make_doc, lint, says):
    doc = make_doc("Om dit mentorforløb", "Kære Maja", says,
                   "Målet er, at du starter på AMU-kurset i truckkørsel 18. september 2026.",
                   "Du får Kim Jørgensen fra Kompetencecentret som mentor – nr. 85 28 15 92. Kim hjælper med struktur i ugen.",
                   "Kommunen har bevilget mentorstøtten 1. august – 31. oktober 2026.",
                   "Vi følger op hver 4. uge og holder et evalueringsmøde 14 dage før forløbet slutter.")
    kind, findings = lint(doc)
    assert (kind, "missing-hours" in rules_of(findings)) == ("agreement", True)


def test_the_plan_titled_with_its_activity_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc("Planen: mentorstøtte", "Borger: Nadia Nielsen",
                   "Mentorstøtte (LAB § 167). Formålet er: At Nadia starter på FGU i august 2026. Mentor: Karina "
                   "Madsen, tlf. 85 86 06 43. Mentoren skal: hjælpe med post og følge Nadia til skolen. Periode: "
                   "1.3.2026 - 31.8.2026. Timer: 3 timer om ugen.")
    assert lint(doc)[0] == "minplan"


def test_a_letterhead_row_whose_last_cell_is_the_title_titles_the_letter(make_doc, lint):
    doc = make_doc(("r", "Albertslund Kommune", "Borger: Fatima Jørgensen", "Dato: 23.5.2026",
                    "Afgørelse om mentorstøtte"), "Kære Fatima",
                   "Mentorstøtte kan gives i højst 6 måneder ad gangen. Din mentor bliver Birgitte Bech.",
                   ("h", "Klagevejledning"), KLAGE)
    assert lint(doc)[0] == "decision"


def test_a_browsers_print_header_with_the_date_titles_the_page(make_doc, lint):
    doc = make_doc(("r", "05.08.2026 14.58", "Min Plan", "Jobnet"), "Forside Min Plan Joblog CV Kalender Log ud",
                   "Mine aktiviteter", ("h", "Mentor – støtte i praktik"), "Status: Aktiv",
                   "Mål med mentorstøtten: Trine er i praktik 15 timer om ugen.",
                   "Mentor: Niels Rasmussen, tlf. 54 80 42 16", "Mentorens opgaver: følge dig til praktikstedet",
                   "Periode: 4/2-2026 – 3/6-2026", "Timer: 3 timer om ugen")
    assert lint(doc)[0] == "minplan"


def test_a_forms_version_in_its_letterhead_is_no_guidance_title(make_doc, lint):
    doc = make_doc("Aarhus Kommune · Beskæftigelsesforvaltningen · Skabelon v2024", ("h", "Aftale om mentorstøtte"),
                   "Borger: Ahmed Hassan", ("r", "Mål", "Ahmed gennemfører grundforløb 1 på Aarhus Tech."),
                   ("r", "Mentor", "xx"), ("r", "Indsatsområder", "Hjælpe Ahmed med at planlægge ugen."),
                   ("r", "Varighed", "15. juni 2024 – 14. september 2024"),
                   ("r", "Opfølgning og progression", "Vi følger op hver måned."),
                   ("r", "Antal timer pr. uge", "4 timer pr. uge"), ("h", "Sådan klager du"), KLAGE)
    assert lint(doc)[0] == "agreement"


def test_a_print_of_several_activities_each_with_its_status_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc("Borger: Cecilie Bech", "Udskrevet: 26.08.2026", "STØTTE FRA MENTOR", "Status: Godkendt",
                   "Startdato: 17.08.2026", "Slutdato: 16.02.2027", "Mentor: Hanne Thomsen", "Telefon: 7411 0310",
                   "Timer: 20 timer om måneden", "Formål: Cecilie gennemfører grundforløb 1 på Learnmark.",
                   "Mentorens opgaver: lektiestøtte; hjælpe med at søge SU", "ARBEJDSPRØVNING", "Status: Igangværende",
                   "Sted: Rema 1000 Søndergade", "Periode: 18.06.2026 - 17.09.2026", "Timer: 10-12 timer pr. uge")
    assert lint(doc)[0] == "minplan"


def test_activities_whose_status_is_a_badge_beside_their_name_make_a_min_plan_entry(make_doc, lint):
    # no title: a case system's list of activities, each status in brackets after its name
    doc = make_doc("Borger: Jonas Krogh", "Mentor [Aktiv]", "Periode: 01.03.2026 - 31.08.2026",
                   "Mentor: Lise Holm, tlf. 2233 4455", "Formål: Jonas fastholder sit fleksjob på lageret.",
                   "Mentoren hjælper med at planlægge arbejdsugen.", "Virksomhedspraktik [Afsluttet]",
                   "Sted: Netto, Vestergade", "Periode: 01.10.2025 - 31.12.2025")
    assert lint(doc)[0] == "minplan"


def test_a_case_systems_print_titled_for_the_citizens_plan_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc("Udskrift 12.03.2026 – Borgerens plan", "Mentorstøtte efter § 167",
                   ("r", "Periode", "01.03.2026 - 31.08.2026"), ("r", "Mentor", "Lise Holm"),
                   ("r", "Mål", "Jonas fastholder sit fleksjob på lageret."),
                   ("r", "Mentors opgaver", "Hjælpe med at planlægge arbejdsugen."))
    assert lint(doc)[0] == "minplan"


def test_an_activity_row_naming_mentor_support_and_its_paragraph_is_an_activity_record(make_doc, lint):
    doc = make_doc(("r", "Aktivitetstype", "Mentorstøtte – § 167"), ("r", "Startdato", "01.03.2026"),
                   ("r", "Slutdato", "31.08.2026"), ("r", "Mentor", "Lise Holm"),
                   ("r", "Formål", "Jonas fastholder sit fleksjob på lageret."),
                   ("r", "Mentorens opgaver", "Hjælpe med at planlægge arbejdsugen."))
    assert lint(doc)[0] == "minplan"


def test_another_activity_card_whose_status_stands_under_its_title_gives_no_period(make_doc, lint):
    doc = make_doc("Min Plan – aktiviteter", "Rasmus Johansen", ("h", "Støtte fra mentor"), "Startet",
                   ("r", "Leverandør", "Ungeindsatsen – mentorgruppen"), ("r", "Varighed", "15/2-2026 - 14/8-2026"),
                   ("r", "Timetal", "2-3 timer ugentligt"),
                   ("r", "Kontaktperson", "Hanne Nielsen, tlf. 83 81 82 46"),
                   ("r", "Mål med mentorstøtten", "Rasmus møder stabilt i praktikken hos Rema 1000 3 dage om ugen."),
                   ("r", "Indhold", "Støtte til at åbne post fra e-Boks; følge med til lægen"),
                   "Danskuddannelse 2, modul 4", "I gang", ("r", "Sted", "Sprogcenter Roskilde"),
                   ("r", "Periode", "17/12-2025 - 16/10-2026"), ("r", "Timer", "9 lektioner pr. uge"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "duration-over-6-months" not in rules_of(findings)


def test_the_mentor_cards_status_under_its_title_starts_no_card_of_its_own(make_doc, lint):
    doc = make_doc("Min plan", "Borger: Dorthe Poulsen", "Mentorstøtte – § 167", "Aktiv", "Sted",
                   "Mentorbureauet Midt", "Fra – til", "1. marts 2026 - 31. august 2026", "Omfang", "5 timer om ugen",
                   "Din mentor", "Marianne Petersen, tlf. 3977 6992",
                   "Hvad skal mentorstøtten føre til", "Dorthe møder stabilt i praktikken hos Netto 3 dage om ugen.",
                   "Det hjælper mentoren dig med", "Følge Dorthe til praktikstedet de første to uger",
                   ("h", "Ambulant rusmiddelbehandling"), "I gang", "Sted", "Rusmiddelcenter Horsens",
                   "Periode", "15. marts 2026 - 14. december 2026", "Timer", "1 samtale pr. uge")
    kind, findings = lint(doc)
    assert kind == "minplan" and not rules_of(findings) & {"missing-duration", "duration-over-6-months"}


def test_labels_inside_an_overviews_description_cell_are_the_fields_they_name(make_doc, lint):
    doc = make_doc(("h", "Plan for Morten Mikkelsen"), "Senest opdateret 06.09.2026", ("h", "Aktiviteter"),
                   ("r", "Aktivitet", "Status", "Periode", "Timer", "Kontaktperson", "Beskrivelse"),
                   ("r", "Mentorstøtte", "Aktiv", "01.09.2026 - 28.02.2027", "2-3 t/uge",
                    "Thomas Mikkelsen, tlf. 4421 7755",
                    "Formål: At Morten møder stabilt i praktikken hos Elgiganten 3 dage om ugen. "
                    "Mentors opgaver: Støtte til at åbne post fra e-Boks; følge med til lægen"),
                   ("r", "Løntilskud (offentlig arbejdsgiver)", "Aktiv", "2026-09-03 - 2027-09-02", "37 timer pr. uge",
                    "Brian Kristensen (Driftsleder), tlf. 39 71 10 89", "Svendborg Kommune, Vej og Park"))
    kind, findings = lint(doc)
    assert kind == "minplan" and not rules_of(findings) & {"missing-goal", "missing-tasks"}


def test_a_timelines_period_over_a_cards_title_goes_with_that_card(make_doc, lint):
    doc = make_doc("Tidslinje", "Navn: Sofie Madsen", "Dato: 13.07.2026",
                   "18.05.2026 → 17.03.2027", "Danskuddannelse 2, modul 4", "Aktiv",
                   ("r", "Sted", "Sprogcenter Silkeborg"), ("r", "Timer", "9 lektioner pr. uge"),
                   "17.06.2026 → 16.10.2026", "Mentorstøtte – § 167", "Aktiv",
                   ("r", "Timer pr. uge", "6 timer ugentligt"), ("r", "Mentor", "Jan Holm, tlf. 2597 2383"),
                   ("r", "Formål", "Sofie møder stabilt i praktikken hos Plejecenter Solbakken 3 dage om ugen."),
                   ("r", "Opgaver", "Følge Sofie til praktikstedet; hjælpe med post"),
                   "17.07.2026 → 16.07.2027", "Løntilskud (offentlig arbejdsgiver)", "I gang",
                   ("r", "Sted", "Silkeborg Kommune, Vej og Park"), ("r", "Timer", "37 timer pr. uge"))
    kind, findings = lint(doc)
    assert kind == "minplan" and not rules_of(findings) & {"missing-duration", "duration-over-6-months"}


def test_another_activitys_status_in_brackets_after_its_title_starts_its_card(make_doc, lint):
    doc = make_doc("Udskrift fra sagssystemet – Plan", ("r", "Borger", "Ahmed Jensen"), "Indsatser",
                   "Mentorstøtte (LAB § 167) [Afventer afgørelse]", ("r", "Udfører", "Headway Mentor ApS"),
                   ("r", "Periode", "2026-05-01 - 2026-10-31"), ("r", "Timer pr. uge", "3 timer pr. uge"),
                   ("r", "Mentor", "Lene Poulsen, tlf. 32 63 54 64"),
                   ("r", "Formål", "Ahmed møder stabilt i praktikken hos Rema 1000 3 dage om ugen."),
                   ("r", "Mentors opgaver", "Støtte til at åbne post; følge med til lægen"),
                   "Erhvervsgrunduddannelse (EGU) [Igangværende]", ("r", "Sted", "FGU Viborg"),
                   ("r", "Periode", "2026-05-01 - 2028-04-30"), ("r", "Timer", "37 timer pr. uge"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "duration-over-6-months" not in rules_of(findings)


def test_a_scans_card_labels_read_as_headings_stay_in_another_activitys_card(make_doc, lint):
    doc = make_doc("Trine Abdi", "Opdateret 14.02.2026", ("h", "Mit mål"), "Job som lagermedarbejder",
                   "Mentorstøtte (LAB § 167)", "Aktiv", "Sted", "Trinet Mentor", ("h", "Fra - til"),
                   "01.02.2026 - 30.04.2026", "Omfang", "2-3 timer om ugen", "Din mentor",
                   "Lars Jørgensen, tlf. 69 30 18 12",
                   "Hvad skal mentorstøtten føre til Trine gennemfører grundforløb 1 på Mercantec.",
                   "Det hjælper mentoren dig med Lektiestøtte to gange om ugen; Hjælpe med at søge SU",
                   ("h", "Psykologsamtaler"), "I gang", ("h", "Sted"), "Psykiatrisk ambulatorium", ("h", "Periode"),
                   "03.03.2026 - 02.11.2026", "Timer", "1 samtale hver 14. dag")
    kind, findings = lint(doc)
    assert kind == "minplan" and "duration-over-6-months" not in rules_of(findings)


def test_a_plain_language_tasks_label_run_into_its_value_is_the_tasks(make_doc, lint):
    doc = make_doc("Min Plan", "Mentorstøtte (LAB § 167)", "Aktiv", ("r", "Fra - til", "01.02.2026 - 30.04.2026"),
                   ("r", "Omfang", "2-3 timer om ugen"), ("r", "Din mentor", "Lars Jørgensen, tlf. 69 30 18 12"),
                   ("r", "Mål", "Trine gennemfører grundforløb 1 på Mercantec."),
                   "Det hjælper mentoren dig med Lektiestøtte to gange om ugen; Hjælpe med at søge SU")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-tasks" not in rules_of(findings)


def test_a_plan_whose_mentor_activity_awaits_its_grant_but_is_described_is_a_min_plan_entry(make_doc, lint):
    doc = make_doc("Min Plan – aktiviteter", "Sofie Abdi", ("h", "Mit mål"), "Uddannelse som SOSU-hjælper",
                   ("h", "Mentorstøtte"), "Afventer bevilling", "Aktør: Mentorbureauet Midt",
                   "Periode: 1/5-2026 - 31/10-2026", "Antal timer: 1,5 timer om ugen",
                   "Mentor/kontaktperson: Søren Holm, tlf. 2233 4455",
                   "Formål med aktiviteten: Sofie starter på SOSU-hjælperuddannelsen 30. september 2026.",
                   "Opgaver: Vække-opkald om morgenen; følges med til skolen første uge")
    assert lint(doc)[0] == "minplan"


def test_a_status_under_a_mentor_cards_title_is_no_card_of_another_activity(make_doc, lint):
    card = (("r", "Udfører", "Mentorbureauet Midt"), ("r", "Timer pr. uge", "2 t/uge"),
            ("r", "Mentor", "Karina Thomsen, tlf. 7724 3797"),
            ("r", "Formål", "Line består danskprøve 2 og starter på AMU-kursus i rengøring."),
            ("r", "Mentors opgaver", "Lektiestøtte to gange om ugen; hjælpe med at søge SU"))
    doc = make_doc("Min Plan – aktiviteter", "Line Poulsen", ("h", "Mentorstøtte – første periode"), "Afsluttet",
                   ("r", "Periode", "04.02.2026 - 03.08.2026"), *card, "Mentorstøtte (forlængelse)", "Godkendt",
                   ("r", "Periode", "04.08.2026 - 03.05.2027"), *card, "Danskuddannelse 2, modul 4", "I gang",
                   ("r", "Sted", "Sprogcenter Kolding"), ("r", "Periode", "05.07.2026 - 04.05.2027"),
                   ("r", "Timer", "9 lektioner pr. uge"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "duration-over-6-months" in rules_of(findings)


def test_a_plan_titled_as_the_description_of_its_effort_is_no_guidance(make_doc, lint):
    doc = make_doc(("h", "Min Plan – beskrivelse af indsats"), "Navn: Rasmus Dahl", "Dato: 22.06.2026",
                   ("h", "Mentorstøtte"),
                   "Mentorstøtte efter LAB § 167 i perioden 01.06.2026 til 30.11.2026, 3 timer ugentligt. Mentor er "
                   "ikke oplyst (Mentorbureauet Midt). Formålet er: Rasmus fastholder sit fleksjob som "
                   "pedelmedhjælper. Mentors opgaver: samtaler om strategier på arbejdspladsen.")
    assert lint(doc)[0] == "minplan"


def test_another_activitys_card_in_an_english_plan_gives_no_period(make_doc, lint):
    doc = make_doc("Esbjerg Kommune · printed 25 August 2026", ("h", "My Plan: your activities"),
                   "Citizen: Ngozi Okafor", ("h", "Danish education"), ("r", "Place", "Sprogcenter Esbjerg"),
                   ("r", "Period", "26.07.2026 – 25.07.2027"), ("r", "Hours", "12 lessons a week"),
                   ("r", "Status", "Active"), ("h", "Mentor support"),
                   ("r", "Activity", "Mentor support (Active Employment Act § 167)"),
                   ("r", "Purpose", "Ngozi has an ordinary job of at least 12 paid hours a week by 4 January 2027."),
                   ("r", "Mentor", "Daniel Okoye, NordBridge Mentoring ApS, phone 47 16 91 89"),
                   ("r", "The mentor helps with", "help with the CV and three applications a week"),
                   ("r", "Period", "9 September 2026 – 8 March 2027"), ("r", "Hours", "4 hours weekly"),
                   ("r", "Status", "Active"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "duration-over-6-months" not in rules_of(findings)


def test_the_mentor_cards_period_over_another_cards_title_stays_the_mentors(make_doc, lint):
    doc = make_doc("09:41 · Aalborg Kommune", "Min Plan", "Hej Rasmus", ("r", "Mentorforløb", "Godkendt"),
                   "DIT MÅL", "Rasmus møder stabilt i praktik hos Netto 3 dage om ugen.", ("h", "DIN MENTOR"),
                   "Pia Jensen", "Café Mentor I/S", "tlf. 21 46 84 94", ("h", "PIA HJÆLPER DIG MED"),
                   "Tage med til møder hos lægen og i kommunen", ("h", "OMFANG"), "2 timer om ugen", ("h", "PERIODE"),
                   "16. mar. 2026 – 15. sep. 2026", ("r", "Krop og Job – fysisk træning", "I gang"), ("h", "STED"),
                   "Motionscentret Fit4Job", ("h", "PERIODE"), "1. nov. 2025 – 31. jan. 2026",
                   ("r", "Danskuddannelse 2, modul 3", "Aktiv"), ("h", "STED"), "Sprogcenter Aalborg", ("h", "PERIODE"),
                   "1. dec. 2025 – 30. sep. 2026", ("h", "OMFANG"), "12 lektioner pr. uge")
    kind, findings = lint(doc)
    assert kind == "minplan" and not rules_of(findings) & {"missing-duration", "duration-over-6-months"}


def test_an_activitys_record_under_an_activities_label_is_no_task(make_doc, lint):
    doc = make_doc(("h", "Min Plan for Omar Holm"), "Omar Holm",
                   ("r", "Beskæftigelsesmål", "Omar arbejder 20 timer om ugen i praktikken hos Bauhaus."),
                   ("r", "Aktiviteter", "Aktivitet: Mentor (§ 167)\nStatus: Aktiv"), ("r", "Startdato", "9. marts 2026"),
                   ("r", "Slutdato", "8. august 2026"),
                   ("r", "Kontaktperson (mentor)", "Hassan Andersen, 6259 9465 / hasan@trappen.nu"),
                   ("r", "Timer pr. uge", "2-3 timer ugentligt"), ("r", "Det skal mentor hjælpe med", "udfyldes"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-tasks" in rules_of(findings)


def test_a_journal_note_of_a_talk_about_the_possibility_of_a_mentor_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Journalnotat 16.03.2026 – Fatima Bak", "Vedr.: Ahmad Madsen (050402-4042)",
                   "Telefonsamtale med borger. Ahmad fortæller, at det går bedre i praktikken hos Bygma. Vi talte om "
                   "muligheden for mentorstøtte, evt.",
                   "2 timer om ugen i 3 måneder, og om hvilke opgaver en mentor kunne hjælpe med. Borger vil tænke over "
                   "det. Aftalt ny samtale om 14 dage.",
                   "Jeg sender information om mentorordningen og klagevejledning generelt.",
                   "Notat oprettet af Fatima Bak, tlf. +45 33 90 39 21.")
    assert lint(doc) == ("unknown", [])


def test_a_scans_goal_heading_in_the_mentor_card_ends_another_activitys_card(make_doc, lint):
    doc = make_doc(("r", "Jobnet", "Forside > Min side > Min plan"), ("r", "Dokumenter", "Dine aktiviteter"),
                   "Jobsøgning og joblog", ("h", "Sted"), "Jobnet", "Start", "01.09.2026", "Slut", "Løbende",
                   "Beskrivelse", "Du skal søge mindst 2 job om ugen og registrere dem i din joblog.",
                   "Mentorstøtte - tilbudsmentor", ("h", "Dit mål"), "Jonas er i praktik hos Netto 3 dage om ugen.",
                   "Det hjælper din mentor dig med", "Gå med til møder med skolen", "Periode", "1/9-2026 - 28/2-2027",
                   "Antal timer", "1 time pr. uge", "Din mentor", "Lars Østergaard (Mentorhuset ApS), telefon 72 64 27 50",
                   "Opfølgning på sygedagpenge", ("h", "Sted"), "Kommunen, Sygedagpengeteamet", "Start", "03.07.2026",
                   "Slut", "Løbende")
    assert lint(doc)[0] == "minplan"


def test_a_firm_named_for_guidance_in_the_agreements_opening_sentence_is_no_guidance_title(make_doc, lint):
    doc = make_doc(("h", "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167"),
                   "Aftalen er indgået den 15. august 2026 mellem Maria Andersen, Trappen – mentor og vejledning og "
                   "Frederikshavn Kommune.", ("h", "Hvor længe?"), "2/9 2026 – 1/3 2027", ("h", "Hvor meget tid?"),
                   "Op til 3 timer pr. uge.", ("h", "Hvad skal mentorstøtten føre til?"),
                   "At Maria starter på STU-forløbet på CELF og deltager i alle skemalagte dage.",
                   ("h", "Hvad skal mentor hjælpe med?"), ("l", "Hjælpe med at lave en ugeplan og følge den"),
                   ("h", "Hvordan følger vi op?"), "Fælles evalueringsmøde fire uger før bevillingsudløb.", KLAGE)
    assert lint(doc)[0] == "agreement"


@pytest.mark.parametrize("title, heading", [("Mentorstøtte – kort fortalt", "Det står i din aftale"),
                                            ("Mentorstøtte i Langeland Kommune", "Det står i din aftale")])
def test_a_leaflet_in_brief_that_lists_what_an_agreement_holds_is_none_of_the_kinds(make_doc, lint, title, heading):
    doc = make_doc(("h", title), "Langeland Kommune kan give dig en mentor, hvis du har brug for støtte til at komme i job "
                   "eller uddannelse.", ("h", heading), ("l", "Målet med mentorstøtten"),
                   ("l", "Mentorens navn og kontaktdata"), ("l", "Hvad mentoren skal hjælpe dig med"),
                   ("l", "Hvor længe aftalen varer, og hvordan vi følger op"), ("h", "Hvor længe?"),
                   "Du kan få mentor i op til 6 måneder ad gangen.", ("h", "Kan jeg klage?"),
                   "Ja. Du kan klage over kommunens afgørelse inden 4 uger.",
                   "Spørgsmål? Ring til Jobcenter Langeland på 63 51 60 00.")
    assert lint(doc) == ("unknown", [])


def test_minutes_that_open_by_saying_they_write_down_what_was_agreed_are_the_agreement(make_doc, lint):
    doc = make_doc(("h", "Referat af opstartsmøde"), ("r", "Dato", "4. marts 2026"),
                   ("r", "Deltagere", "Line Skov (borger), Mette Aagaard (mentor), Thomas Egede (Jobcenter Åmark)"),
                   "Her får du det, vi blev enige om, skrevet ned, Line.", ("h", "1. Hvad vil Line?"),
                   "Mål: Line er i virksomhedspraktik i Børnehuset Mælkebøtten 3 dage om ugen fra 1. april 2026.",
                   ("h", "2. Mentor"), "Mette Aagaard, Brobyg Mentor & Coaching, mette@brobyg-mentor.dk. Mette hjælper "
                   "Line med at komme i gang i praktikken og følger hende første dag.", ("h", "3. Tidsplan"),
                   "Mentorforløbet løber fra 9. marts 2026 til 8. september 2026.", ("h", "4. Næste møde"),
                   "Statusmøde 6. april 2026 kl. 10 og derefter hver 4. uge.", ("h", "5. Klage"), KLAGE)
    kind, findings = lint(doc)
    assert kind == "agreement" and rules_of(findings) == {"missing-hours"}


def test_a_status_label_over_its_value_starts_no_card(make_doc, lint):
    doc = make_doc("JobSag 360", ("r", "Overblik", "Min kalender", "Borger"), "Min Plan: Indsats – mentorstøtte – JobSag 360",
                   ("r", "Indsatser", "Breve", "Statistik", "Indstillinger"),
                   "Borgere › Hansen, Kasper › Sag 15.20.12-G01-309-25",
                   "Min Plan: Indsats – mentorstøtte", ("h", "Kasper Hansen · Sygedagpengemodtager"), "Mentorstøtte",
                   ("h", "Status"), "Igangværende", "Periode", "4. mar. 2025–3. sep. 2025", "Timer pr. uge", "2 t/uge",
                   "Formål med mentorstøtten", "Kasper er i virksomhedspraktik hos Vejle Autoophug 15 timer om ugen.",
                   "Mentors opgaver", "Følge Kasper til de første møder på Vejle Autoophug",
                   "Hjælpe med at åbne og forstå post fra kommunen og skolen", "Virksomhedspraktik",
                   ("h", "Sagsoplysninger"), "Borger", "Kasper Hansen", "Sagsbehandler", "Rikke Johansen",
                   "Tlf. 20 16 67 16 rijo@kolding.dk", "Mentor", "Pia Johansen",
                   "Kompasset Mentorservice Tlf. 74 93 02 65, pia.johansen@kompassetmentor.dk",
                   ("h", "StatusIgangværende"), "Periode", "Sted 04.01.2025 - 03.11.2025", "Learnmark", "Kontaktperson",
                   "Marianne Vestergaard, tlf. 48 37 35 45", "Senest opdateret 22.02.2025 af Rikke Johansen, Jobcenter Kolding")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-hours" not in rules_of(findings)


def test_another_activitys_card_as_a_nested_list_gives_no_contact_or_period(make_doc, lint):
    doc = make_doc(("h", "Min plan – aktiviteter"), "Marwa Ali", ("h", "Dine aktiviteter"),
                   ("h", "Træning hos fysioterapeut"), ("l", "Sted: FysioDanmark"), ("l", "Start: 01.07.2026"),
                   ("l", "Slut: 01.09.2026"), ("l", "Kontaktperson: Fysioterapeut Ole Hviid, tlf. 66 29 96 10"),
                   ("h", "Mentor – igangværende"),
                   ("l", "Mål: Marwa gennemfører FVU-dansk trin 2 på VUC frem til 1. sep. 2026."),
                   ("l", "Mentor: Rikke Vestergaard, Kommunens mentorteam, tlf. 39 90 62 22"),
                   ("l", "Opgaver: Følges med til praktikstedet de første to uger"), ("l", "Timer pr. uge: 2 t/uge"),
                   ("h", "Virksomhedspraktik"), ("l", "Sted: Føtex, Vestergade"), ("l", "Start: 17.06.2026"),
                   ("l", "Slut: 01.10.2026"), ("l", "Kontaktperson: Butikschef Jan Ravn, tlf. 25 17 39 56"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-duration" in rules_of(findings)


def test_the_national_agencys_name_in_a_page_footer_is_no_goal(make_doc, lint):
    doc = make_doc(("h", "Min Plan"), "Kenneth Thorsen", ("h", "Mentorstøtte (§ 167)"),
                   ("r", "Mentor", "Fatima El-Sayed, Mentorhuset ApS, tlf. 70 34 65 71"),
                   ("r", "Opgaver", "Følges med til praktikstedet de første to uger"),
                   ("r", "Periode", "15.01.2026-14.07.2026"), ("r", "Timer pr. uge", "2 t/uge"),
                   "Jobnet er drevet af Styrelsen for Arbejdsmarked og Rekruttering · Tilgængelighedserklæring · Cookies")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-goal" in rules_of(findings)


def test_a_therapists_training_card_beside_a_mentor_card_gives_no_mentor(make_doc, lint):
    doc = make_doc(("h", "Min Plan - udskrevet fra Jobnet"), "Frederik Nissen", "Træning hos fysioterapeut",
                   ("r", "Sted:", "FysioDanmark"), ("r", "Start:", "01.10.2026"), ("r", "Slut:", "01.12.2026"),
                   ("r", "Kontaktperson:", "Fysioterapeut Ole Hviid, tlf. 89 91 49 25"), "Mentorstøtte",
                   ("r", "Formål:", "Frederik gennemfører FVU-dansk trin 2 på VUC frem til 1. februar 2027."),
                   ("r", "Mentor:", "Ikke tildelt endnu"), "Mentoren hjælper med: Træne busruten til skolen",
                   ("r", "Periode:", "01.10.2026-31.03.2027"), ("r", "Timer pr. uge:", "2 t/uge"),
                   "Samtale i jobcentret", ("r", "Dato:", "01.11.2026 kl. 10.00"),
                   ("r", "Sted:", "Jobcenter Næstved, mødelokale 3"), ("r", "Kontaktperson:", "Søren Vad, tlf. 79 58 77 41"))
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-mentor" in rules_of(findings)


def test_a_plans_blank_task_list_after_its_lead_in_is_missing_and_other_activities_give_none(make_doc, lint):
    doc = make_doc(("h", "Min Plan – beskrivelse af indsats"), "Louise Bech", "Indsats: mentor",
                   "Mentorstøtte (§ 167) fra 15/1-2026 til 14/4-2026, 2-3 timer ugentligt. Mentor er Kim Kjær, tlf. "
                   "+45 81 57 98 19 (Fonden Støttepunktet). Målet med mentorstøtten er, at Louise består danskprøve 2 "
                   "senest 14. april 2026. Mentoren tager sig af følgende: og -.", ("h", "Øvrige aktiviteter"),
                   "Løntilskud (offentlig arbejdsgiver) (Igangværende), Vejle Kommune, Vej og Park, 29/1-2026 - "
                   "28/1-2027, 37 timer pr. uge. Kontakt: Tina Kjær (Driftsleder), tlf. 58366668.",
                   "Arbejdsprøvning (Aktiv), Plantorama, 29/1-2026 - 28/4-2026, 10-12 timer pr. uge. Kontakt: Kim "
                   "Sørensen (Tovholder), tlf. 5532 1497.")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-tasks" in rules_of(findings)


@pytest.mark.parametrize("title", ["Aftale om din mentor – kort fortalt", "Kort om vores forløb"])
def test_a_plain_language_agreement_titled_in_brief_is_the_agreement(make_doc, lint, title):
    doc = make_doc("Jobcenter Odder", ("h", title), ("h", "Hvad skal du nå?"),
                   "Du gennemfører grundforløb 1 på Tech College med et fremmøde på mindst 90 procent.",
                   ("h", "Hvem er din mentor?"), "Maria Eskildsen fra Mentorhuset",
                   ("h", "Hvad hjælper Maria med?"), ("l", "Følge dig til skolen den første uge"),
                   ("h", "Hvor længe?"), "1. marts 2026 – 31. august 2026", ("h", "Hvor meget?"), "3 timer om ugen",
                   ("h", "Hvordan følger vi op?"), "Vi holder statusmøde hver måned.", ("h", "Vil du klage?"), KLAGE)
    assert lint(doc)[0] == "agreement"


def test_a_question_heading_over_a_subheading_and_its_list_is_answered_by_the_list(make_doc, lint):
    doc = make_doc("Min plan – Mentorstøtte", "Signe Mortensen", "Aktivitet: Mentorstøtte (LAB § 167)",
                   ("h", "Hvorfor mentor?"), "Målet er, at du arbejder mindst 10 timer om ugen i et ordinært job senest "
                   "1. oktober 2026.", ("h", "Hvem hjælper dig?"), "Din mentor hedder Brian Hald. Ring til ham på 99425509.",
                   ("h", "Hvad skal I arbejde med?"), ("h", "Vi aftalte, at Brian skal:"),
                   ("l", "holde kontakt med din kontaktperson på arbejdspladsen"),
                   ("l", "tage med dig til den første samtale i virksomheden"), ("h", "Hvornår?"),
                   "Mentorstøtten gælder i perioden 1/6-2026–31/8-2026.", ("h", "Hvor meget tid?"), "I alt to timer om ugen.")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-tasks" not in rules_of(findings)


def test_a_plan_whose_mentor_activity_has_not_started_and_says_nothing_more_is_none_of_the_kinds(make_doc, lint):
    doc = make_doc("Min Plan", "Borger: Mette Sørensen", ("h", "Jobsøgningsforløb"), "Aktiv",
                   ("r", "Sted", "Karriereværkstedet"), ("r", "Periode", "01.09.2026 - 31.10.2026"),
                   ("r", "Timer", "6 timer pr. uge"), ("h", "Psykologsamtaler"), "Igangværende",
                   ("r", "Sted", "Psykiatrisk ambulatorium"), ("r", "Periode", "01.10.2026 - 31.05.2027"),
                   ("r", "Timer", "1 samtale hver 14. dag"), ("h", "Mentor"), "Ikke startet")
    assert lint(doc) == ("unknown", [])


def test_a_label_read_as_a_list_item_that_waits_for_its_object_is_the_label(make_doc, lint):
    doc = make_doc("Min Plan – let at læse", "Fatima Yusuf", "★ Dit mål",
                   "Du skal have et job med løn. Mindst 15 timer om ugen. Det skal være senest 1. april 2026.",
                   "☎ Din mentor", "Lars Østergaard", "Telefon: 62 06 48 27", ("l", "Det hjælper mentor med"),
                   ("l", "Mentor hjælper dig med dit CV."), ("l", "I øver jobsamtaler."), "▦ Hvornår",
                   "4. februar 2026 – 3. september 2026", "◷ Timer", "3 timer hver uge.")
    kind, findings = lint(doc)
    assert kind == "minplan" and "missing-tasks" not in rules_of(findings)
