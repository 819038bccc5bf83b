"""The case: one validated record that feeds every generated document.

A case file (YAML or JSON) describes the sender, caseworker, citizen, mentor, the support and
the decision. :func:`load_case` parses and validates it and either returns a :class:`Case` or
raises :class:`CaseInvalid` with one precise Danish message per bad field. The web form uses
:func:`validate_case_data` on the same rules, so the messages are identical everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Mapping, Optional

import yaml
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from mentordocs import safe_yaml
from mentordocs.domain import danish, periods
from mentordocs.domain.cpr import looks_like_cpr, mask_cpr
from mentordocs.domain.goals import assess_goal, is_unclear
from mentordocs.domain.legal import LegalVersion, legal_version_for, verified_until

SCHEMA_ID = "mentordocs/case-1"
MAX_CASE_FILE_BYTES = 1_000_000


class MentorType(StrEnum):
    """Mentor types of domain.md section 7 (seeds 002, 003, 004)."""

    GENERAL = "general"
    TILBUDSMENTOR = "tilbudsmentor"
    UDVIDET = "udvidet"
    PLIGTMENTOR = "pligtmentor"
    UDDANNELSESMENTOR = "uddannelsesmentor"
    UDSKRIVNINGSKOORDINATOR = "udskrivningskoordinator"
    UDSLUSNINGSKOORDINATOR = "udslusningskoordinator"

    @property
    def label_da(self) -> str:
        return MENTOR_TYPE_LABELS[self]


MENTOR_TYPE_LABELS = {
    MentorType.GENERAL: "Mentorstøtte",
    MentorType.TILBUDSMENTOR: "Tilbudsmentor",
    MentorType.UDVIDET: "Udvidet mentor",
    MentorType.PLIGTMENTOR: "Ret- og pligtmentor",
    MentorType.UDDANNELSESMENTOR: "Uddannelsesmentor",
    MentorType.UDSKRIVNINGSKOORDINATOR: "Udskrivningskoordinator",
    MentorType.UDSLUSNINGSKOORDINATOR: "Udslusningskoordinator",
}


class Outcome(StrEnum):
    GRANT = "grant"
    REFUSAL = "refusal"
    EXTENSION = "extension"
    END = "end"

    @property
    def label_da(self) -> str:
        return {"grant": "Bevilling", "refusal": "Afslag", "extension": "Forlængelse",
                "end": "Ophør"}[self.value]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Municipality(_Model):
    name: str = Field(min_length=1, description="Kommunens navn, fx 'Gribskov Kommune'")
    sender_name: Optional[str] = Field(
        None, description="Afsender i brevhovedet; standard er kommunens navn (fra 1. februar "
                          "2026 siger loven 'kommunen'), fx 'Jobcenter Gribskov'")
    department: Optional[str] = None
    address: str = Field(min_length=1)
    postcode_city: str = Field(min_length=1)
    phone: str
    email: str
    website: Optional[str] = None

    @property
    def sender(self) -> str:
        return self.sender_name or self.name


class Caseworker(_Model):
    name: str = Field(min_length=1)
    title: Optional[str] = "Sagsbehandler"
    phone: str
    email: str


class Citizen(_Model):
    name: str = Field(min_length=1)
    cpr: Optional[str] = None
    address: str = Field(min_length=1)
    postcode_city: str = Field(min_length=1)


class Mentor(_Model):
    name: str = Field(min_length=1)
    organisation: Optional[str] = None
    phone: str
    email: str


#: Dates a mentor case can hold. Outside them, date arithmetic (an evaluation 14 days before
#: 1 January of year 1, six months after 31 December 9999) overflows.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def _within_range(value: dt.date) -> dt.date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise PydanticCustomError("date_out_of_range", "date out of range")
    return value


CaseDate = Annotated[dt.date, AfterValidator(_within_range)]


class FollowUp(_Model):
    plan: str = Field(min_length=1, description="Hvordan og hvor ofte der følges op")
    progression_goals: list[str] = Field(min_length=1)
    evaluation_dates: list[CaseDate] = Field(min_length=1)


class Support(_Model):
    mentor_type: MentorType
    goal: str = Field(min_length=1)
    tasks: list[str] = Field(min_length=1)
    start: CaseDate
    end: CaseDate
    hours_per_week: Decimal
    follow_up: FollowUp
    discharge_date: Optional[CaseDate] = Field(
        None, description="Udskrivningsdato (kun udskrivningskoordinator, LAB § 167, stk. 2)")
    activity: Optional[str] = Field(None, description="Tilbud, job eller uddannelse støtten knytter sig til")

    @field_validator("tasks")
    @classmethod
    def _no_blank_tasks(cls, tasks: list[str]) -> list[str]:
        if any(not t.strip() for t in tasks):
            raise ValueError("blank task")
        return tasks


class Decision(_Model):
    outcome: Outcome
    date: CaseDate
    case_number: Optional[str] = None
    fully_granted: Optional[bool] = Field(
        None, description="Bevilling/forlængelse: giver afgørelsen borgeren fuldt medhold? "
                          "Skal angives, for ellers kræver afgørelsen en begrundelse (FVL § 22).")
    reasons: Optional[str] = None
    facts: Optional[str] = Field(None, description="Faktiske oplysninger lagt vægt på (FVL § 24)")
    applied_for: Optional[str] = Field(None, description="Hvad borgeren søgte om")
    previous_end: Optional[CaseDate] = Field(None, description="Forlængelse: slutdato for forrige periode")
    end_reason: Optional[str] = Field(None, description="Ophør: hvorfor støtten ophører")


class Case(_Model):
    schema_: str = Field(SCHEMA_ID, alias="schema")
    municipality: Municipality
    caseworker: Caseworker
    citizen: Citizen
    mentor: Optional[Mentor] = None
    support: Support
    decision: Decision

    @property
    def legal(self) -> LegalVersion:
        return legal_version_for(self.decision.date)

    def legal_or_none_ref(self, key: str) -> str:
        """A legal reference for a message, even when the decision date has no legal basis on file."""
        try:
            return self.legal.ref(key)
        except LookupError:
            return legal_version_for(dt.date.today()).ref(key)

    @property
    def needs_reasons(self) -> bool:
        """FVL § 22: reasons unless the decision fully grants what was asked."""
        d = self.decision
        return not (d.outcome in (Outcome.GRANT, Outcome.EXTENSION) and d.fully_granted is True)


# ---------------------------------------------------------------------------------------------
# Validation results


@dataclass(frozen=True)
class Issue:
    """One message about one field. ``path`` is dotted (``support.end``, ``support.tasks.0``)."""

    path: str
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CaseInvalid(Exception):
    """The case has errors; nothing may be generated from it."""

    def __init__(self, source: str, issues: list[Issue]):
        self.source = source
        self.issues = issues
        super().__init__(f"{source}: {len(issues)} fejl")


@dataclass(frozen=True)
class CaseResult:
    case: Optional[Case]
    errors: list[Issue]
    warnings: list[Issue]

    @property
    def ok(self) -> bool:
        return self.case is not None and not self.errors


_PYDANTIC_MESSAGES = {
    "missing": "Feltet skal udfyldes.",
    "string_too_short": "Feltet må ikke være tomt.",
    "too_short": "Angiv mindst én.",
    "date_from_datetime_parsing": "Ugyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01.",
    "date_parsing": "Ugyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01.",
    "date_type": "Ugyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01.",
    "date_from_datetime_inexact": "Angiv en dato uden klokkeslæt, fx 2026-03-01.",
    "date_out_of_range": (f"Datoen skal ligge mellem år {EARLIEST_DATE.year} og "
                          f"{LATEST_DATE.year}; skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01."),
    "decimal_parsing": "Skriv et tal, fx 1,5 eller 2.",
    "decimal_type": "Skriv et tal, fx 1,5 eller 2.",
    "enum": "Ugyldig værdi; vælg en af: {expected}.",
    "extra_forbidden": "Ukendt felt; fjern det eller ret stavningen.",
    "string_type": "Skal være tekst; sæt værdien i anførselstegn i YAML-filen, fx \"010190-1234\" eller \"72 49 60 00\".",
    "list_type": "Skal være en liste.",
    "model_type": "Skal være en gruppe af felter.",
    "bool_parsing": "Skal være ja/nej (true/false).",
    "bool_type": "Skal være ja/nej (true/false).",
}


def _translate(error: Mapping[str, Any]) -> Issue:
    path = ".".join(str(p) for p in error["loc"]) or "(hele sagen)"
    template = _PYDANTIC_MESSAGES.get(error["type"])
    if template is None:
        message = f"Ugyldig værdi ({error['msg']})."
    else:
        message = template.format(**(error.get("ctx") or {}))
    return Issue(path, message)


_CPR_FORMAT_MESSAGE = ("CPR-nummeret skal have formen DDMMÅÅ-XXXX med en gyldig dato og stå i "
                       "anførselstegn i YAML (\"010190-1234\"); feltet kan også udelades.")

_PHONE = re.compile(r"^(?:(?:\+|00)45)?\d{8}$")


def _check_phone(path: str, value: str) -> list[Issue]:
    compact = re.sub(r"[\s\-()]", "", value)
    if _PHONE.fullmatch(compact) and compact[-8] != "0":
        return []
    return [Issue(path, f"\"{safe_yaml.excerpt(value)}\" er ikke et gyldigt dansk telefonnummer; skriv 8 cifre, "
                        "evt. med +45 foran, fx 72 49 60 00.")]


def _check_email(path: str, value: str) -> list[Issue]:
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return [Issue(path, f"\"{safe_yaml.excerpt(value)}\" er ikke en gyldig e-mailadresse, fx navn@kommune.dk.")]
    return []


def _period_issues(case: Case, policy: periods.PeriodPolicy) -> list[Issue]:
    s = case.support
    issues: list[Issue] = []
    if s.end < s.start:
        return [Issue("support.end", f"Slutdatoen {danish.long_date(s.end)} ligger før "
                                     f"startdatoen {danish.long_date(s.start)}.")]
    ref = case.legal.ref("period")
    if s.mentor_type == MentorType.UDSKRIVNINGSKOORDINATOR:
        if s.discharge_date is None:
            issues.append(Issue("support.discharge_date",
                                "Angiv udskrivningsdatoen for en udskrivningskoordinator "
                                f"({case.legal.ref('discharge')})."))
        else:
            earliest = periods.earliest_discharge_start(s.discharge_date, policy)
            if s.start < earliest:
                issues.append(Issue("support.start",
                    f"Støtten starter {danish.long_date(s.start)}, mere end "
                    f"{policy.discharge_months_before} måneder før udskrivelsen "
                    f"{danish.long_date(s.discharge_date)} (tidligst {danish.long_date(earliest)}; "
                    f"{case.legal.ref('discharge')})."))
            latest = periods.latest_end_for_discharge(s.start, s.discharge_date, policy)
            if s.end > latest:
                issues.append(Issue("support.end",
                    f"Perioden {danish.period(s.start, s.end)} går ud over {policy.max_months} "
                    f"måneder efter udskrivelsen; seneste slutdato er {danish.long_date(latest)}. "
                    "Bevil en ny periode efter en konkret vurdering i stedet."))
    elif periods.is_over_limit(s.start, s.end, policy):
        latest = periods.latest_end(s.start, policy)
        months, days = periods.months_and_days(s.start, s.end)
        length = (f"{months} {'måned' if months == 1 else 'måneder'}"
                  + (f" og {days} {'dag' if days == 1 else 'dage'}" if days else ""))
        issues.append(Issue("support.end",
            f"Perioden {danish.period(s.start, s.end)} er {length}; den må højst være "
            f"{policy.max_months} måneder ({ref}). Seneste slutdato er {danish.long_date(latest)}. "
            "Bevil en ny periode efter en konkret vurdering, hvis der er behov for mere."))
    return issues


def _evaluation_issues(case: Case, policy: periods.PeriodPolicy, *,
                       check_final: bool = True) -> list[Issue]:
    s = case.support
    issues = []
    for i, day in enumerate(s.follow_up.evaluation_dates):
        if not (s.start <= day <= s.end):
            issues.append(Issue(f"support.follow_up.evaluation_dates.{i}",
                f"Evalueringsdatoen {danish.long_date(day)} ligger uden for perioden "
                f"{danish.period(s.start, s.end)}."))
    deadline = s.end - dt.timedelta(days=policy.evaluation_before_end_days)
    earliest = max(s.start, deadline - dt.timedelta(days=policy.evaluation_window_days))
    if check_final and s.end >= s.start and not any(
            earliest <= d <= deadline for d in s.follow_up.evaluation_dates):
        # Gribskov's standard: progression is evaluated "altid 14 dage inden støtteperioden
        # ophører"; an evaluation months earlier is not that evaluation (project's reading).
        issues.append(Issue("support.follow_up.evaluation_dates",
            f"Der skal være en evaluering kort før støtten slutter: senest "
            f"{policy.evaluation_before_end_days} dage før, dvs. mellem "
            f"{danish.long_date(earliest)} og {danish.long_date(deadline)}."))
    return issues


def _decision_issues(case: Case) -> list[Issue]:
    d = case.decision
    issues = []
    if d.outcome in (Outcome.GRANT, Outcome.EXTENSION) and d.fully_granted is None:
        # No silent default: a grant that differs from the application needs reasons.
        issues.append(Issue("decision.fully_granted",
            "Angiv om afgørelsen giver borgeren fuldt medhold (ja/nej). Giver den ikke fuldt "
            f"medhold, skal den begrundes ({case.legal_or_none_ref('reasons')})."))
    elif case.needs_reasons and not (d.reasons or "").strip():
        issues.append(Issue("decision.reasons",
            f"Skriv en begrundelse: en afgørelse om {d.outcome.label_da.lower()} "
            f"{'der ikke giver fuldt medhold ' if d.outcome in (Outcome.GRANT, Outcome.EXTENSION) else ''}"
            f"skal begrundes ({case.legal.ref('reasons')})."))
    if d.outcome == Outcome.EXTENSION and d.previous_end is None:
        issues.append(Issue("decision.previous_end",
                            "Angiv slutdatoen for den forrige periode, når støtten forlænges."))
    if d.outcome == Outcome.END and not (d.end_reason or "").strip():
        issues.append(Issue("decision.end_reason", "Angiv hvorfor mentorstøtten ophører."))
    if d.outcome != Outcome.REFUSAL and case.mentor is None:
        issues.append(Issue("mentor", "Angiv mentorens navn og kontaktdata (BAB § 52)."))
    try:
        legal_version_for(d.date)
    except LookupError:
        issues.append(Issue("decision.date",
            f"mentordocs kender ikke lovgrundlaget før 1. januar 2020 (dengang LAB § 31 b); "
            f"afgørelsen er dateret {danish.long_date(d.date)}. Ret datoen, eller skriv brevet "
            "uden mentordocs."))
    return issues


def _legal_basis_warnings(case: Case) -> list[Issue]:
    checked = verified_until()
    if checked is not None and case.decision.date > checked:
        return [Issue("decision.date",
            f"Lovhenvisningerne er kun kontrolleret til og med {danish.long_date(checked)}; "
            "en ny beskæftigelseslov ventes 1. januar 2027. Tjek paragrafferne i brevet.",
            "warning")]
    return []


def check_case(case: Case, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> tuple[list[Issue], list[Issue]]:
    """Domain checks on a structurally valid case: returns (errors, warnings)."""
    errors: list[Issue] = []
    for path, contact in (("municipality", case.municipality), ("caseworker", case.caseworker),
                          ("mentor", case.mentor)):
        if contact is None:
            continue
        errors += _check_phone(f"{path}.phone", contact.phone)
        errors += _check_email(f"{path}.email", contact.email)
    if case.citizen.cpr is not None and not looks_like_cpr(case.citizen.cpr):
        # Never echo the value: it may be a real CPR number with a typo.
        errors.append(Issue("citizen.cpr", _CPR_FORMAT_MESSAGE))
    if case.support.hours_per_week <= 0:
        errors.append(Issue("support.hours_per_week",
                            "Timetallet pr. uge skal være større end 0 (BAB § 52)."))
    elif case.support.hours_per_week > 37:
        errors.append(Issue("support.hours_per_week",
                            "Timetallet pr. uge kan ikke være over 37; er det pr. måned?"))
    errors += _decision_issues(case)
    try:
        _ = case.legal  # raises when no legal basis covers the decision date
    except LookupError:
        pass
    else:
        period_errors = _period_issues(case, policy)
        errors += period_errors
        # With a wrong end date, "no evaluation shortly before the end" is noise: fix the end first.
        errors += _evaluation_issues(case, policy, check_final=not period_errors)
    # The same judgement as the linter's unclear-goal rule, so a generated document lints clean
    # exactly when no goal warning was shown here.
    problems = assess_goal(case.support.goal)
    warnings = ([Issue("support.goal", p.message_da, "warning") for p in problems]
                if is_unclear(problems) else [])
    warnings += _legal_basis_warnings(case)
    return errors, warnings


def _raw_contact_issues(data: dict[str, Any]) -> list[Issue]:
    """Phone, e-mail and CPR format checks on unvalidated data (strings only)."""
    issues: list[Issue] = []
    for group in ("municipality", "caseworker", "mentor"):
        section = data.get(group)
        if not isinstance(section, dict):
            continue
        if isinstance(section.get("phone"), str):
            issues += _check_phone(f"{group}.phone", section["phone"])
        if isinstance(section.get("email"), str):
            issues += _check_email(f"{group}.email", section["email"])
    citizen = data.get("citizen")
    if isinstance(citizen, dict) and isinstance(citizen.get("cpr"), str) \
            and not looks_like_cpr(citizen["cpr"]):
        issues.append(Issue("citizen.cpr", _CPR_FORMAT_MESSAGE))
    return issues


def validate_case_data(data: Any, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> CaseResult:
    """Validate a parsed case (a dict from YAML, JSON or the web form).

    Messages may quote what was typed ("12345 er ikke et gyldigt telefonnummer"), and people
    type a CPR number into the wrong field: every message and path leaves here CPR-masked.
    """
    result = _validate_case_data(data, policy)
    return CaseResult(result.case, [_masked(i) for i in result.errors],
                      [_masked(i) for i in result.warnings])


def _masked(issue: Issue) -> Issue:
    return Issue(mask_cpr(issue.path), mask_cpr(issue.message), issue.severity)


def _validate_case_data(data: Any, policy: periods.PeriodPolicy) -> CaseResult:
    if not isinstance(data, dict):
        return CaseResult(None, [Issue("(hele sagen)", "Sagsfilen skal indeholde felter "
                                                       "(en YAML- eller JSON-mapping).")], [])
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        errors = [_translate(e) for e in exc.errors()]
        # Also report the format problems pydantic cannot see, so a user fixes the file once.
        seen = {issue.path for issue in errors}
        errors += [i for i in _raw_contact_issues(data) if i.path not in seen]
        return CaseResult(None, errors, [])
    errors, warnings = check_case(case, policy)
    return CaseResult(case if not errors else None, errors, warnings) if errors else CaseResult(case, [], warnings)


def parse_case_text(text: str, source: str) -> Any:
    """Parse YAML (a superset of JSON). Raises CaseInvalid with a readable message on syntax errors."""
    try:
        if source.endswith(".json"):
            return safe_yaml.load_json(text)
        return safe_yaml.load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (linje {mark.line + 1}, kolonne {mark.column + 1})" if mark else ""
        if isinstance(exc, json.JSONDecodeError):
            where = f" (linje {exc.lineno}, kolonne {exc.colno})"
        message = f"Filen kan ikke læses som YAML/JSON{where}."
        if isinstance(exc, safe_yaml.UnsafeYaml):
            message = _UNSAFE_YAML_MESSAGES[exc.reason].format(where=where)
        raise CaseInvalid(source, [Issue("(fil)", message)]) from None


_UNSAFE_YAML_MESSAGES = {
    "alias": "Filen bruger YAML-ankre eller -aliaser (&navn, *navn){where}; det er ikke tilladt "
             "i en sagsfil. Skriv værdien ud hvert sted, den bruges.",
    "depth": f"Filen er indlejret i mere end {safe_yaml.MAX_DEPTH} niveauer{{where}}; en sagsfil "
             "har kun få niveauer. Tjek filens indrykning og klammer.",
    "duplicate": "Et felt står to gange i samme afsnit af filen{where}; det sidste ville ellers "
                 "erstatte det første uden varsel. Slet det ene.",
}


def load_case_result(path: Path | str, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> CaseResult:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CASE_FILE_BYTES:
            return CaseResult(None, [Issue("(fil)", f"Filen er for stor ({size} bytes; "
                                                    f"højst {MAX_CASE_FILE_BYTES}).")], [])
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return CaseResult(None, [Issue("(fil)", "Filen findes ikke.")], [])
    except (OSError, UnicodeDecodeError) as exc:
        return CaseResult(None, [Issue("(fil)", f"Filen kan ikke læses: {exc.__class__.__name__}.")], [])
    try:
        data = parse_case_text(text, str(path))
    except CaseInvalid as exc:
        return CaseResult(None, exc.issues, [])
    return validate_case_data(data, policy)


def load_case(path: Path | str, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> Case:
    """Load and validate a case file, raising :class:`CaseInvalid` on any error."""
    result = load_case_result(path, policy)
    if not result.ok:
        raise CaseInvalid(str(path), result.errors)
    assert result.case is not None
    return result.case


def case_to_data(case: Case) -> dict[str, Any]:
    """The case as plain data (for saving from the web form): dates as ISO strings."""
    return case.model_dump(mode="json", by_alias=True, exclude_none=True)
