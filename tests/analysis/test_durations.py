"""The duration parser reads every form of domain.md § 9 and knows which figures are not periods."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given, settings, strategies as st

from mentordocs.domain.periods import PeriodPolicy
from mentordocs.lint.dates import find_dates
from mentordocs.lint.text import fold
from mentordocs.lint.durations import discharge_policy, find_periods, support_periods

MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]
ABBR_DA = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def over(text: str, policy: PeriodPolicy = PeriodPolicy()) -> bool:
    periods = support_periods(text)
    assert periods, f"no period read in {text!r}"
    return any(p.over_limit(policy) for p in periods)


# (text, over the 6-month limit?)
FORMS = [
    # date ranges in words and numbers
    ("1. marts 2026 – 31. august 2026", False),
    ("1. marts 2026 – 1. september 2026", True),
    ("01.03.2026 – 31.08.2026", False),
    ("01.03.2026-31.08.2026", False),
    ("01.03.2026-01.09.2026", True),
    ("1.3.2026 - 30.11.2026", True),
    ("01.03.26-31.08.26", False),
    ("1/3-2026 til 31/8-2026", False),
    ("1/3 2026 – 31/8 2026", False),
    ("1/3-26 til 30/9-26", True),
    ("01-03-2026 - 31-08-2026", False),
    ("fra og med 1. marts 2026 til og med 31. august 2026", False),
    ("fra og med 1. marts 2026 til og med 30. september 2026", True),
    ("f.o.m. 1.3.2026 t.o.m. 31.8.2026", False),
    ("f.o.m. 1.3.2026 t.o.m. 1.12.2026", True),
    ("2026-03-01 – 2026-08-31", False),
    # day and month only: the length is the same in any year
    ("d. 1/3 – d. 31/8", False),
    ("fra d. 1/2 til d. 31/8", True),
    ("1/11 til 30/4", False),
    ("1.3.-31.10.", True),
    # a half after the figure
    ("i 6½ måned", True),
    # a plan print's timeline: an arrow between the dates
    ("05.09.2026 → 04.03.2027", False),
    ("05.09.2026 -> 04.04.2027", True),
    ("2026-03-01 til 2026-10-31", True),
    ("20260301-20260831", False),
    ("d. 1. mar. 2026 - d. 31. aug. 2026", False),
    ("15. jan. 2026 – 15. okt 2026", True),
    ("fredag den 1. maj 2026 til mandag den 2. november 2026", True),
    ("1. marts – 31. august 2026", False),
    ("1. marts – 31. december 2026", True),
    ("1.3.-31.8.2026", False),
    ("1/3-31/12 2026", True),
    ("1.-31. marts 2026", False),
    ("marts–august 2026", False),
    ("marts – oktober 2026", True),
    ("fra marts til august 2026", False),
    ("1. november 2026 – 30. april 2027", False),
    ("1. november 2026 – 31. maj 2027", True),
    ("uge 10-35", False),
    ("uge 10 til uge 40", True),
    # lengths
    ("6 måneder", False),
    ("6 mdr.", False),
    ("6 mdr", False),
    ("6 mnd.", False),
    ("seks måneder", False),
    ("et halvt år", False),
    ("½ år", False),
    ("1/2 år", False),
    ("26 uger", False),
    ("182 dage", False),
    ("9 mdr.", True),
    ("et år", True),
    ("1 år", True),
    ("40 uger", True),
    ("otte måneder", True),
    ("halvandet år", True),
    ("200 dage", True),
    ("3-6 måneder", False),
    ("6-9 måneder", True),
    # start + length
    ("fra 1. marts 2026 og 9 måneder frem", True),
    ("fra 1. marts 2026 og 6 måneder frem", False),
    ("pr. 1. marts 2026 i 8 måneder", True),
    ("med virkning fra 1. marts 2026 i 6 måneder", False),
    # ranges joined by an end word or "frem til", and dates without a year after the start's
    ("med opstart 1. marts 2026 – afslutning 31. august 2026", False),
    ("med opstart 1. marts 2026 – afslutning 2. september 2026", True),
    ("start 2/3-2026, slut 1/9-2026", False),
    ("fra den 1. marts 2026 og frem til 30/6", False),
    ("fra den 1. marts 2026 og frem til 30/11", True),
    # a length with an intensifier, and a start "and the rest of the year"
    ("i et helt år fra 1. januar 2026", True),
    ("i seks hele måneder", False),
    ("fra 1. februar 2026 og året ud", True),
    ("fra 1. august 2026 og resten af året", False),
    ("fra 1/4 2026 og året ud efter § 167 i lov om en aktiv beskæftigelsesindsats", True),
    ("fra 1. marts 2026 til 30. november 2026 efter aftale", True),
    # OCR damage (seed 004)
    ("9 maneder", True),
    ("6 maneder", False),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[f[0] for f in FORMS])
def test_duration_form_is_read_and_compared_with_the_limit(text, expected):
    assert over(f"Mentorstøtten gives {text}.") is expected


NOT_PERIODS = [
    "Mentorstøtte kan gives i højst 6 måneder ad gangen.",
    "Perioden er på op til 9 måneder.",
    "Støtten kan samlet vare maks. 12 måneder i alt.",
    "Vi følger op hver 3. måned.",
    "Mentoren ringer hver 14 dage.",
    "Evalueringen holdes 14 dage inden støtteperioden ophører.",
    "Du skal klage inden 4 uger.",
    "Du har tidligere haft mentor fra 1.1.2024 til 31.12.2024.",
    "Evaluering efter 3 måneder.",
    "Anna er under 30 år.",
    "Du har ret til mentorstøtte i en periode på mindst 6 måneder i alt.",
    "Dato: 12.02.2026. Sagsnr. 00.30.04-S00-36-18. Tlf. 23 45 67 89. CPR 010190-1234.",
    "Mentoren har 2 dage om ugen.",
    "Senest efter 6 sammenhængende måneder på kontanthjælp.",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_limits_intervals_history_and_numbers_are_not_support_periods(text):
    assert [p.text for p in support_periods(text)] == []


def test_extension_that_is_itself_six_months_is_not_over():
    assert not over("Mentorstøtten forlænges fra 1. september 2026 til 28. februar 2027.")


def test_discharge_policy_allows_three_months_before_plus_six():
    period = support_periods("Mentorstøtten gælder fra 1. februar 2026 til og med 14. oktober 2026.")[0]
    assert period.over_limit(PeriodPolicy())
    assert not period.over_limit(discharge_policy(PeriodPolicy()))


def test_configured_limit_is_used():
    assert not over("1. marts 2026 – 30. november 2026", PeriodPolicy(max_months=9))


def test_excluded_figure_says_why():
    (period,) = find_periods("Mentorstøtten gives i højst 6 måneder.")
    assert period.excluded == "limit-or-interval"


def test_positions_refer_to_the_original_text():
    text = "Periode: 1. marts 2026 – 31. august 2026 (seks måneder)"
    for period in find_periods(text):
        assert text[period.start_pos:period.end_pos] == period.text


def parse_date(text):
    """The first complete date in ``text``, as the linter reads it; None if there is none."""
    return next((d.date() for d in find_dates(fold(text)) if d.year is not None), None)


@pytest.mark.parametrize("text,expected", [
    ("1. marts 2026", dt.date(2026, 3, 1)), ("d. 15. jan. 2014", dt.date(2014, 1, 15)),
    ("12. okt 2017", dt.date(2017, 10, 12)), ("1.3.24", dt.date(2024, 3, 1)),
    ("31/12 2016", dt.date(2016, 12, 31)), ("2024-03-01", dt.date(2024, 3, 1)),
    ("1/3-24", dt.date(2024, 3, 1)), ("01-03-2024", dt.date(2024, 3, 1)),
    ("1. juni:2025", dt.date(2025, 6, 1)),  # OCR read the space before the year as a colon
    ("10.03:2025", dt.date(2025, 3, 10)),  # OCR read the point before the year as a colon
])
def test_single_dates_in_every_danish_form(text, expected):
    assert parse_date(text) == expected


def test_case_number_and_cpr_are_not_dates():
    assert parse_date("Sagsnr. 00.30.04-S00-36-18, cpr 010190-1234") is None


# -- property tests ----------------------------------------------------------------------------------

def _fmt_word(d: dt.date) -> str:
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def _fmt_abbr(d: dt.date) -> str:
    return f"{d.day}. {ABBR_DA[d.month - 1]} {d.year}"


def _fmt_dots(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _fmt_short(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def _fmt_slash(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def _fmt_iso(d: dt.date) -> str:
    return d.isoformat()


FORMATTERS = [_fmt_word, _fmt_abbr, _fmt_dots, _fmt_short, _fmt_slash, _fmt_iso]
SEPARATORS = [" – ", "-", " - ", " til ", " til og med ", "—", " t.o.m. "]


@settings(max_examples=300, deadline=None)
@given(start=st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31)),
       months=st.integers(min_value=1, max_value=12),
       extra_days=st.sampled_from([-1, 0]),
       fmt1=st.sampled_from(FORMATTERS), fmt2=st.sampled_from(FORMATTERS),
       sep=st.sampled_from(SEPARATORS))
def test_any_start_plus_k_months_is_over_iff_k_above_six(start, months, extra_days, fmt1, fmt2, sep):
    # end = start + k months - 1 day (an exact k-month period) or one day later
    end = start + relativedelta(months=months) + dt.timedelta(days=extra_days)
    # A start late in a month whose k-th successor is shorter (31 March + 6 months is clamped to
    # 30 September) has no "one day later" end in this sense: the policy reads 31 March –
    # 30 September as exactly six months (domain/periods.py), which test_month_end_* pin down.
    assume((start + relativedelta(months=months)).day == start.day)
    text = f"Periode: {fmt1(start)}{sep}{fmt2(end)}"
    (period,) = support_periods(text)
    assert (period.start, period.end) == (start, end)
    expected = months > 6 or (months == 6 and extra_days == 0)
    assert period.over_limit() is expected


@settings(max_examples=100, deadline=None)
@given(months=st.integers(min_value=1, max_value=24),
       unit=st.sampled_from(["måneder", "mdr.", "mdr", "mnd.", "maneder"]))
def test_length_in_months_is_over_iff_above_six(months, unit):
    (period,) = support_periods(f"Mentorstøtten bevilges i {months} {unit}.")
    assert period.over_limit() is (months > 6)


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_parser_never_crashes_and_keeps_positions(text):
    for period in find_periods(text):
        assert text[period.start_pos:period.end_pos] == period.text


def test_month_end_start_to_month_end_is_exactly_six_months():
    (period,) = support_periods("Periode: 31. marts 2026 – 30. september 2026")
    assert not period.over_limit()


def test_month_end_start_one_day_past_month_end_is_over():
    (period,) = support_periods("Periode: 31. marts 2026 – 1. oktober 2026")
    assert period.over_limit()


@pytest.mark.parametrize("text", [
    "Den samlede periode med mentorstøtte bliver dermed 12 måneder.",
    "Du har søgt om mentorstøtte i perioden fra d. 19. juli 2026 til d. 18. juli 2027. Du får afslag.",
    "Vi giver afslag på din ansøgning om mentorstøtte i perioden 01-02-2026 - 31-01-2027.",
    "Du søgte om mentorstøtte i 9 måneder. Du får bevilget en kortere periode.",
    "Du ansøgte om mentorstøtte i 12 måneder.",
    "Du har søgt om mentorstøtte fra 1. april 2026 til 31. marts 2027. Vi har besluttet at give dig afslag.",
])
def test_a_total_or_the_period_asked_for_is_not_a_support_period(text):
    assert support_periods(text) == []


def test_a_year_before_a_unit_word_is_not_a_length():
    text = "Mentorstøtten gælder fra 1. marts 2026 til og 31. august 2026 måneder)."  # OCR lost "med" and "(6"
    assert not any(p.over_limit() for p in find_periods(text))


def test_a_length_before_foer_and_a_clause_places_a_meeting_and_is_no_period():
    from mentordocs.lint.durations import default_vocabulary, find_periods

    found = find_periods("sidste samtale holdes 14 dage før, aftalen slutter.", default_vocabulary())
    assert [p.excluded is not None for p in found] == [True]


@pytest.mark.parametrize("text, end", [("1. marts 2026 til udgangen af 2026", dt.date(2026, 12, 31)),
                                       ("fra 1.2.2026 til udgangen af næste år", dt.date(2027, 12, 31)),
                                       ("1. februar 2026 - udgangen af oktober 2026", dt.date(2026, 10, 31)),
                                       ("1.10.2026 til udgangen af marts", dt.date(2027, 3, 31))])
def test_a_period_to_the_end_of_a_month_or_year_ends_on_its_last_day(text, end):
    (period,) = find_periods(f"Periode: {text}")
    assert period.end == end


def test_a_period_from_a_date_to_a_month_without_its_day_runs_to_the_months_end():
    (period,) = find_periods("Periode: 1. juni 2025 til marts 2026")
    assert (period.start, period.end) == (dt.date(2025, 6, 1), dt.date(2026, 3, 31))


def test_a_relative_clause_between_a_periods_start_and_its_end_keeps_them_one_period():
    (period,) = find_periods("Vi har bevilget støtten fra 1. juni 2026, som er ca. 3 måneder før din forventede "
                             "udskrivelse, til 31. maj 2027.")
    assert (period.start, period.end) == (dt.date(2026, 6, 1), dt.date(2027, 5, 31))


@pytest.mark.parametrize("text", ["Rehabiliteringsteamet har indstillet til et ressourceforløb på 2 år.",
                                  "Du er i et jobafklaringsforløb i 5 måneder."])
def test_another_courses_length_is_no_period_of_the_support(text):
    assert all(p.excluded is not None for p in find_periods(text))


def test_a_week_range_with_each_year_in_brackets_is_one_period():
    (period,) = find_periods("Uge 32 (2026) til uge 4 (2027), 3 timer om ugen.")
    assert (period.start, period.end) == (dt.date(2026, 8, 3), dt.date(2027, 1, 31))


def test_the_length_applied_for_with_the_hours_between_is_not_the_period():
    (period,) = find_periods("Du har søgt om mentorstøtte 5 timer om ugen i 12 måneder.")
    assert period.excluded is not None


@pytest.mark.parametrize("asked", ["Du bad om mentor i 12 måneder og 4 timer om ugen.",
                                   "Du søgte den 14. juni 2026 om mentorstøtte i 12 måneder med 6 timer om ugen.",
                                   "Du har søgt om en mentor i et helt år.",
                                   "Ansøgt: mentorstøtte i 12 måneder.",
                                   "Vi giver dig ikke mentorstøtte i 12 måneder."])
def test_the_length_the_citizen_asked_for_is_not_the_period(asked):
    (period,) = find_periods(fold(asked))
    assert period.excluded is not None


@pytest.mark.parametrize("date", ["25.09.2026", "26. maj 2026", "26 maj 2026"])
def test_the_length_in_an_application_dated_in_any_shape_is_not_the_period(date):
    (period,) = find_periods(fold(f"Vi har behandlet din ansøgning af {date} om mentorstøtte i 9 måneder."))
    assert period.excluded is not None


@pytest.mark.parametrize("line", ["Udskrevet fra KMD Nexus 03.02.2026 af Henrik Thygesen", "Udskrevet af Lone Berg"])
def test_a_case_systems_print_line_is_no_discharge(line):
    from mentordocs.lint.analyze import compile_pack, load_pack
    from mentordocs.lint.text import fold
    assert compile_pack(load_pack()).periods.discharge_re.search(fold(line)) is None


def test_a_discharge_from_a_ward_is_a_discharge():
    from mentordocs.lint.analyze import compile_pack, load_pack
    from mentordocs.lint.text import fold
    line = "Borgeren blev udskrevet fra psykiatrisk afdeling den 3. februar 2026."
    assert compile_pack(load_pack()).periods.discharge_re.search(fold(line)) is not None


def test_the_law_quoted_in_full_does_not_make_the_citizen_discharged():
    from mentordocs.lint.analyze import compile_pack, load_pack
    from mentordocs.lint.durations import mentions_discharge
    from mentordocs.lint.text import fold
    law = fold("Stk. 2. Personer omfattet af § 6, der udskrives efter indlæggelse med en psykisk lidelse, har ret "
               "til mentorstøtte i op til 3 måneder forud for udskrivelsen.")
    assert not mentions_discharge([law], compile_pack(load_pack()).periods)


def test_a_total_of_hours_in_the_periods_sentence_leaves_the_period_the_supports():
    text = "Støtten er bevilget 1. feb. 2023 - 31. jul. 2023 med i alt 24 mentortimer i perioden."
    assert [p.text for p in support_periods(text, labelled=False)] == ["1. feb. 2023 - 31. jul. 2023"]


def test_a_total_length_is_still_no_support_period():
    assert support_periods("Du har i alt haft mentor fra 1. feb. 2023 - 31. jul. 2023.", labelled=False) == []


@pytest.mark.parametrize("text,months", [("runs for 3 months", 3), ("for six months", 6), ("for 1 year", 12)])
def test_a_length_in_english_is_read(text, months):
    assert [p.months for p in find_periods(fold(f"The support starts on 1 October 2026 and {text}."))] == [months]


@pytest.mark.parametrize("text", ["June 15, 2026 – November 14, 2026", "June 15th, 2026 - November 14th, 2026"])
def test_an_english_month_first_period_is_read(text):
    assert [(p.start, p.end) for p in find_periods(fold(f"Period: {text}."))] == [
        (dt.date(2026, 6, 15), dt.date(2026, 11, 14))]


def test_a_case_numbers_subject_code_is_no_date():
    from mentordocs.lint.dates import find_dates

    assert find_dates("sagsnr. 27.12.04-g01-8003-26") == []


def test_a_length_in_years_applied_for_is_not_the_period():
    assert [p.text for p in support_periods(
        "Du har søgt om mentorstøtte 5 timer ugentligt i et år. Vi har bevilget dig delvist: du får mentor 1½ time "
        "om ugen i perioden 1. august 2026 – 31. januar 2027.", labelled=False)] == ["1. august 2026 – 31. januar 2027"]


def test_a_clocks_time_range_is_no_period():
    assert find_periods("Vi mødes hver tirsdag kl. 9.10-10.10 på biblioteket") == []


def test_an_extension_granted_for_further_months_is_the_period():
    (period,) = find_periods(fold("Jobcentret har bevilget forlængelse af mentorstøtten med yderligere 9 måneder."))
    assert period.excluded is None


def test_a_possible_extension_for_further_months_is_not_the_period():
    (period,) = find_periods(fold("Mentorstøtten kan forlænges med yderligere 9 måneder efter en konkret vurdering."))
    assert period.excluded is not None


def test_a_length_with_the_possibility_of_an_extension_after_it_is_the_period():
    (period,) = find_periods(fold("et halvt år fra 1. april 2026, med mulighed for forlængelse"))
    assert period.excluded is None


def test_a_date_run_into_the_abbreviation_before_it_is_read():
    (period,) = find_periods(fold("Periode: f.o.m.15.01.2026 t.o.m. 14.09.2026"))
    assert (period.start, period.end) == (dt.date(2026, 1, 15), dt.date(2026, 9, 14))


@settings(max_examples=100, deadline=None)
@given(first=st.integers(min_value=0, max_value=11), months=st.integers(min_value=1, max_value=10),
       part=st.sampled_from(["primo", "medio", "ultimo", "midten af", "udgangen af"]))
def test_a_range_between_the_same_part_of_two_months_is_over_iff_above_six(first, months, part):
    last = first + months
    text = (f"Periode: {part} {MONTHS_DA[first]} 2026 til {part} {MONTHS_DA[last % 12]} "
            f"{2026 + last // 12}")
    (period,) = support_periods(text)
    assert period.over_limit() is (months > 6)


def test_a_range_from_the_start_of_a_month_to_the_end_of_another_spans_both_months():
    (period,) = support_periods("Varighed: primo januar 2026 til ultimo april 2026")
    assert (period.start, period.end) == (dt.date(2026, 1, 1), dt.date(2026, 4, 30))
