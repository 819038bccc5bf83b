"""The case form: its layout, and the translation between form fields and case data.

The rules live in one place, :mod:`mentordocs.case`. This module only says how each field of
:class:`~mentordocs.case.Case` is shown (Danish label, order, widget) and converts between the
flat form (``name="support.end"``) and the nested case data that
:func:`~mentordocs.case.validate_case_data` checks. The layout is checked against the pydantic
model when this module is imported: a field added to the model without a place in the form, or a
form field the model does not know, fails loudly instead of being silently dropped.

Widgets and required/optional marks are derived from the model's annotations; only the Danish
labels, the order and a few widget choices (a textarea instead of a one-line input) are written
here.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping, Optional

from pydantic import BaseModel, ValidationError

from mentordocs.domain import periods
from mentordocs.domain.cpr import mask_cpr

from mentordocs.case import (_CPR_FORMAT_MESSAGE, _PYDANTIC_MESSAGES, MENTOR_TYPE_LABELS, SCHEMA_ID,
                             Case, CaseResult, Issue, MentorType, Outcome, validate_case_data)

#: Upper bound on rows in a repeatable list, so a crafted request cannot make the page huge.
MAX_ROWS = 30

#: How the form asks for a date, and what it says when one cannot be read. The case model's own
#: message ("ÅÅÅÅ-MM-DD") is for case files; caseworkers type dates the Danish way. A date is
#: three fields (dag, måned, år) as in DKFDS; the day field also takes a whole date, typed or
#: pasted ("1.3.2026", "1/3-2026", "2026-03-01"), and JavaScript splits it into the three.
DATE_HINT = "Fx 1 3 2026. Du kan også skrive eller indsætte en hel dato, fx 1.3.2026, i feltet Dag."
DATE_INVALID = "Datoen i „{label}“ er ikke gyldig eller ikke færdigudfyldt."
#: The names of a date's month and year fields: the day field has the field's own name (so a
#: whole date in it needs no JavaScript), the others add these suffixes.
DATE_PART_SUFFIXES = ("-month", "-year")
_DATE_WIDGETS = ("date", "list-date")
_DANISH_DATE = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class FieldSpec:
    """How one leaf field of the case is shown in the form."""

    path: str  # dotted, as in validation issues: "support.end"
    label: str
    widget: str  # text | textarea | date | decimal | select | radios | list-text | list-date
    required: bool
    hint: Optional[str] = None
    choices: tuple[tuple[str, str], ...] = ()
    input_type: str = "text"  # for text widgets: text | email | tel
    autocomplete: Optional[str] = None
    #: Show "(valgfri)"? Off for fields the model checks conditionally (reasons, discharge
    #: date): their hint says when they must be filled in.
    optional_mark: bool = True

    @property
    def is_list(self) -> bool:
        return self.widget.startswith("list-")

    @property
    def id(self) -> str:
        return field_id(self.path)

    def row_id(self, row: int) -> str:
        return field_id(f"{self.path}.{row}")


@dataclass(frozen=True)
class SectionSpec:
    """A group of fields shown as one ``<fieldset>``; ``path`` is the model path of the group."""

    path: str
    legend: str
    hint: Optional[str]
    fields: tuple[FieldSpec, ...]
    optional: bool = False  # the whole group may be left out (the mentor, for a refusal)

    @property
    def id(self) -> str:
        return field_id(self.path)


def field_id(path: str) -> str:
    """HTML id for a dotted path: ``support.tasks.0`` -> ``f-support-tasks-0``."""
    return "f-" + path.replace(".", "-").replace("_", "-")


# ---------------------------------------------------------------------------------------------
# The layout: Danish labels in the order a caseworker fills them in.
# (path, label, hint, overrides). A hint of None falls back to the model's description.

_Row = tuple[str, str, Optional[str], dict[str, Any]]

_LAYOUT: tuple[tuple[str, str, Optional[str], tuple[_Row, ...]], ...] = (
    ("municipality", "Kommune og afsender", None, (
        ("municipality.name", "Kommunens navn", "Fx Gribskov Kommune", {"autocomplete": "organization"}),
        ("municipality.sender_name", "Afsender i brevhovedet", None, {}),
        ("municipality.department", "Afdeling", None, {}),
        ("municipality.address", "Adresse", None, {}),
        ("municipality.postcode_city", "Postnummer og by", "Fx 3200 Helsinge", {}),
        ("municipality.phone", "Telefon", None, {"input_type": "tel"}),
        ("municipality.email", "E-mail", None, {"input_type": "email"}),
        ("municipality.website", "Hjemmeside", None, {}),
    )),
    ("caseworker", "Sagsbehandler", "Dine egne oplysninger. De huskes i denne browser til næste sag.", (
        ("caseworker.name", "Navn", None, {}),
        ("caseworker.title", "Stilling", "Fx Sagsbehandler eller Jobkonsulent", {}),
        ("caseworker.phone", "Telefon", None, {"input_type": "tel"}),
        ("caseworker.email", "E-mail", None, {"input_type": "email"}),
    )),
    ("citizen", "Borger", None, (
        ("citizen.name", "Navn", None, {}),
        ("citizen.cpr", "CPR-nummer", "Kan udelades. Skrives som DDMMÅÅ-XXXX. Kommer aldrig i "
                                      "filnavne eller logfiler.", {"autocomplete": "off"}),
        ("citizen.address", "Adresse", None, {}),
        ("citizen.postcode_city", "Postnummer og by", None, {}),
    )),
    ("mentor", "Mentor", "Kan udelades ved afslag.", (
        ("mentor.name", "Navn", None, {}),
        ("mentor.organisation", "Organisation eller arbejdsplads", None, {}),
        ("mentor.phone", "Telefon", None, {"input_type": "tel"}),
        ("mentor.email", "E-mail", None, {"input_type": "email"}),
    )),
    ("support", "Mentorstøtten", None, (
        ("support.mentor_type", "Mentortype", None, {}),
        ("support.activity", "Tilbud, job eller uddannelse",
         "Det støtten knytter sig til, fx Virksomhedspraktik hos Helsinge Tømmerhandel.", {}),
        ("support.goal", "Målet med mentorstøtten",
         "Skriv den tilstand borgeren skal nå, med et job- eller uddannelsesmål og noget, der kan "
         "følges op på (antal, hyppighed, dato).", {"widget": "textarea"}),
        ("support.tasks", "Mentorens opgaver", "Én opgave pr. linje.", {}),
        ("support.start", "Startdato", None, {}),
        ("support.end", "Slutdato", "Højst 6 måneder efter startdatoen (LAB § 167, stk. 1).", {}),
        ("support.discharge_date", "Udskrivningsdato",
         "Skal udfyldes for en udskrivningskoordinator (LAB § 167, stk. 2).",
         {"optional_mark": False}),
        ("support.hours_per_week", "Timer pr. uge", "Fx 2 eller 1,5", {}),
    )),
    ("support.follow_up", "Opfølgning og mål for progression", None, (
        ("support.follow_up.plan", "Plan for opfølgning", None, {"widget": "textarea"}),
        ("support.follow_up.progression_goals", "Mål for progression", "Ét delmål pr. linje.", {}),
        ("support.follow_up.evaluation_dates", "Evalueringsdatoer",
         "Mindst én evaluering senest 14 dage før støtten slutter.", {}),
    )),
    ("decision", "Afgørelse", None, (
        ("decision.outcome", "Afgørelsens type", None, {}),
        ("decision.date", "Afgørelsens dato", None, {}),
        ("decision.case_number", "Sagsnummer", None, {}),
        ("decision.fully_granted", "Får borgeren fuldt medhold?",
         "Gælder bevilling og forlængelse. Ved fuldt medhold er en begrundelse ikke påkrævet "
         "(forvaltningsloven § 22).", {"optional_mark": False}),
        ("decision.applied_for", "Hvad borgeren søgte om",
         "Fx mentorstøtte 2 timer om ugen i 6 måneder.", {"widget": "textarea"}),
        ("decision.reasons", "Begrundelse",
         "Skal udfyldes ved afslag og ophør, og når borgeren ikke får fuldt medhold "
         "(forvaltningsloven § 22). Henvis til reglerne og de hovedhensyn, der er lagt vægt på "
         "(§ 24).", {"widget": "textarea", "optional_mark": False}),
        ("decision.facts", "Faktiske oplysninger", None, {"widget": "textarea"}),
        ("decision.previous_end", "Slutdato for forrige periode", "Skal udfyldes ved forlængelse.",
         {"optional_mark": False}),
        ("decision.end_reason", "Årsag til ophør", "Skal udfyldes ved ophør.",
         {"widget": "textarea", "optional_mark": False}),
    )),
)

#: Fields that only matter for some answers: shown only then when JavaScript runs (always
#: shown without it, with a hint saying when they apply). path -> (controlling field, values).
CONDITIONAL: dict[str, tuple[str, tuple[str, ...]]] = {
    "support.discharge_date": ("support.mentor_type", (MentorType.UDSKRIVNINGSKOORDINATOR.value,)),
    "decision.fully_granted": ("decision.outcome", (Outcome.GRANT.value, Outcome.EXTENSION.value)),
    "decision.previous_end": ("decision.outcome", (Outcome.EXTENSION.value,)),
    "decision.end_reason": ("decision.outcome", (Outcome.END.value,)),
}

#: Text of the "add a row" button of each list.
ADD_LABELS: dict[str, str] = {
    "support.tasks": "Tilføj opgave",
    "support.follow_up.progression_goals": "Tilføj delmål",
    "support.follow_up.evaluation_dates": "Tilføj dato",
}

_ENUM_LABELS: dict[type[enum.Enum], dict[str, str]] = {
    MentorType: {t.value: label for t, label in MENTOR_TYPE_LABELS.items()},
    Outcome: {o.value: o.label_da for o in Outcome},
}


# ---------------------------------------------------------------------------------------------
# Walking the model


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _plain(args[0])
    return _plain(annotation)


def _plain(annotation: Any) -> Any:
    """The type under ``Annotated[...]`` (the case model bounds its dates that way)."""
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Annotated \
        else annotation


def _model_leaves(model: type[BaseModel], prefix: str = "") -> dict[str, tuple[Any, Any]]:
    """Every leaf field of ``model`` as dotted path -> (annotation, pydantic FieldInfo)."""
    leaves: dict[str, tuple[Any, Any]] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        path = f"{prefix}{key}"
        annotation = _unwrap_optional(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            leaves.update(_model_leaves(annotation, path + "."))
        else:
            leaves[path] = (annotation, info)
    return leaves


def _model_groups(model: type[BaseModel], prefix: str = "") -> dict[str, bool]:
    """Every nested group as dotted path -> whether the group itself may be left out."""
    groups: dict[str, bool] = {}
    for name, info in model.model_fields.items():
        annotation = _unwrap_optional(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            path = f"{prefix}{info.alias or name}"
            groups[path] = not info.is_required()
            groups.update(_model_groups(annotation, path + "."))
    return groups


def _widget_for(annotation: Any) -> tuple[str, tuple[tuple[str, str], ...]]:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return ("list-date" if _plain(item) is dt.date else "list-text"), ()
    if annotation is dt.date:
        return "date", ()
    if annotation is Decimal:
        return "decimal", ()
    if annotation is bool:
        return "radios", (("true", "Ja"), ("false", "Nej"))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        labels = _ENUM_LABELS.get(annotation, {})
        choices = tuple((m.value, labels.get(m.value, m.value)) for m in annotation)
        return ("radios" if len(choices) <= 4 else "select"), choices
    return "text", ()


_HIDDEN_PATHS = {"schema"}  # fixed by the form, never typed by the user


def _build_sections() -> tuple[SectionSpec, ...]:
    leaves = _model_leaves(Case)
    groups = _model_groups(Case)
    laid_out = [row[0] for _, _, _, rows in _LAYOUT for row in rows]
    missing = set(leaves) - set(laid_out) - _HIDDEN_PATHS
    unknown = set(laid_out) - set(leaves)
    if missing or unknown or len(laid_out) != len(set(laid_out)):
        raise RuntimeError(
            "The web form layout no longer matches the case model: "
            f"not in the form: {sorted(missing)}; not in the model: {sorted(unknown)}. "
            "Update _LAYOUT in mentordocs/web/form.py.")
    sections = []
    for path, legend, hint, rows in _LAYOUT:
        if path not in groups:
            raise RuntimeError(f"The web form section {path!r} is not a group of the case model.")
        specs = []
        for fpath, label, fhint, overrides in rows:
            annotation, info = leaves[fpath]
            widget, choices = _widget_for(annotation)
            field_hint = fhint if fhint is not None else info.description
            if widget in _DATE_WIDGETS:  # say how to type a date, under every date field
                field_hint = f"{field_hint} {DATE_HINT}" if field_hint else DATE_HINT
            specs.append(FieldSpec(
                path=fpath, label=label, widget=overrides.get("widget", widget),
                required=info.is_required(),
                hint=field_hint,
                choices=choices, input_type=overrides.get("input_type", "text"),
                autocomplete=overrides.get("autocomplete"),
                optional_mark=overrides.get("optional_mark", True)))
        sections.append(SectionSpec(path, legend, hint, tuple(specs), optional=groups[path]))
    return tuple(sections)


SECTIONS: tuple[SectionSpec, ...] = _build_sections()
FIELDS: dict[str, FieldSpec] = {f.path: f for s in SECTIONS for f in s.fields}


# ---------------------------------------------------------------------------------------------
# Form values <-> case data

#: What the form shows: path -> text for scalar fields, path -> rows for list fields.
FormValues = dict[str, Any]


def empty_values() -> FormValues:
    """Values of a fresh form: one empty row in each list, a grant by default.

    "Fuldt medhold" is deliberately not preselected: a partial grant needs reasons (FVL § 22),
    so the caseworker must make that choice.
    """
    values: FormValues = {}
    for spec in FIELDS.values():
        values[spec.path] = [""] if spec.is_list else ""
    values["decision.outcome"] = Outcome.GRANT.value
    return values


def join_date_parts(day: str, month: str, year: str) -> str:
    """One text for a date's three fields. A day field alone is kept as typed (it may hold a
    whole date); otherwise "dag.måned.år", which :func:`date_parts` splits again."""
    day, month, year = day.strip(), month.strip(), year.strip()
    if not month and not year:
        return day
    return f"{day}.{month}.{year}"


def date_parts(value: Any) -> tuple[str, str, str]:
    """The three fields (dag, måned, år) that show a date value; what cannot be split stays in
    the day field, so nothing typed is lost."""
    text = str(value or "")
    day = parse_date_text(text)
    if day is not None:
        return str(day.day), str(day.month), str(day.year)
    parts = text.rsplit(".", 2)
    if len(parts) == 3 and join_date_parts(*parts) == text:
        return parts[0], parts[1], parts[2]
    return text, "", ""  # "…" typed into the year field alone: split, it would not join back


def _date_rows(form: Mapping[str, Any], path: str) -> list[str]:
    days, months, years = ([str(v) for v in form.getlist(path + suffix)]  # type: ignore[attr-defined]
                           for suffix in ("",) + DATE_PART_SUFFIXES)
    count = min(max(len(days), len(months), len(years)), MAX_ROWS)
    pad = [""] * count
    return [join_date_parts(d, m, y) for d, m, y in zip((days + pad)[:count], (months + pad)[:count],
                                                        (years + pad)[:count])]


def values_from_form(form: Mapping[str, Any]) -> FormValues:
    """Read the submitted form (a werkzeug ``MultiDict``) into :data:`FormValues`. A date's three
    fields become one text ("1.3.2026"); a whole date typed into the day field is taken as is."""
    values: FormValues = {}
    for spec in FIELDS.values():
        if spec.widget == "list-date":
            values[spec.path] = _date_rows(form, spec.path) or [""]
        elif spec.is_list:
            rows = [str(v) for v in form.getlist(spec.path)][:MAX_ROWS]  # type: ignore[attr-defined]
            values[spec.path] = rows or [""]
        elif spec.widget == "date":
            values[spec.path] = join_date_parts(
                str(form.get(spec.path, "")), *(str(form.get(spec.path + suffix, ""))
                                                for suffix in DATE_PART_SUFFIXES))
        else:
            values[spec.path] = str(form.get(spec.path, ""))
    return values


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (int, float, Decimal)):
        return str(value).replace(".", ",")
    return str(value)


def values_from_data(data: Any) -> tuple[FormValues, list[str]]:
    """Fill the form from a loaded case file. Returns the values and the paths the form has no
    field for (they cannot be shown, so the caller tells the user they were left out)."""
    values = empty_values()
    ignored: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            path = f"{prefix}{key}"
            spec = FIELDS.get(path)
            if value is None:  # "mentor: null" or an empty optional field: nothing to show
                continue
            if spec is not None:
                show = format_date if spec.widget in _DATE_WIDGETS else _text
                if spec.is_list:
                    items = value if isinstance(value, list) else [value]
                    values[path] = [show(v) for v in items][:MAX_ROWS] or [""]
                else:
                    values[path] = show(value)
            elif path in _HIDDEN_PATHS:
                continue
            elif isinstance(value, dict) and any(f.startswith(path + ".") for f in FIELDS):
                walk(value, path + ".")
            else:
                ignored.append(path)

    if isinstance(data, dict):
        walk(data, "")
    return values, ignored


@dataclass
class FormData:
    """Case data built from the form, and where each compacted list item came from."""

    data: dict[str, Any]
    #: list path -> for each item in ``data``, the form row it came from (blank rows are dropped)
    rows: dict[str, list[int]] = field(default_factory=dict)




def parse_date_text(text: str) -> Optional[dt.date]:
    """A date typed the Danish way ("1.3.2026", "1/3-2026", "01-03-2026") or as ISO
    ("2026-03-01"); None if it is not a whole, real date."""
    compact = text.strip()
    if match := _DANISH_DATE.fullmatch(compact):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_DATE.fullmatch(compact):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: Any) -> str:
    """How the form shows a date: "1.3.2026". Text that is not a date is shown as it is."""
    day = value if isinstance(value, dt.date) else parse_date_text(str(value))
    return f"{day.day}.{day.month}.{day.year}" if day is not None else str(value)


def _normalise_date(text: str) -> str:
    day = parse_date_text(text)
    return day.isoformat() if day is not None else text


def _normalise_decimal(text: str) -> str:
    # Caseworkers write "1,5"; accept the decimal comma but leave anything odder to validation.
    compact = text.replace(" ", "")
    if compact.count(",") == 1 and "." not in compact:
        return compact.replace(",", ".")
    return compact


def data_from_values(values: FormValues) -> FormData:
    """Turn form values into case data for :func:`validate_case_data`.

    Empty optional fields are left out; empty mandatory fields are left out too, so the model
    reports them as missing at their own path. An optional group (the mentor) with every field
    empty is left out as a whole.
    """
    result = FormData({"schema": SCHEMA_ID})
    for section in SECTIONS:
        group: dict[str, Any] = {}
        for spec in section.fields:
            key = spec.path[len(section.path) + 1:]
            raw = values.get(spec.path, [] if spec.is_list else "")
            if spec.is_list:
                kept = [(i, str(v).strip()) for i, v in enumerate(raw) if str(v).strip()]
                if spec.widget == "list-date":
                    kept = [(i, _normalise_date(v)) for i, v in kept]
                result.rows[spec.path] = [i for i, _ in kept]
                group[key] = [v for _, v in kept]
                continue
            text = str(raw).strip()
            if not text:
                continue
            if spec.widget == "decimal":
                group[key] = _normalise_decimal(text)
            elif spec.widget == "date":
                group[key] = _normalise_date(text)
            elif spec.choices and [c for c, _ in spec.choices] == ["true", "false"]:
                group[key] = {"true": True, "false": False}.get(text, text)
            else:
                group[key] = text
        if section.optional and not any(v for v in group.values()):
            continue
        parent = result.data
        *outer, last = section.path.split(".")
        for part in outer:
            parent = parent.setdefault(part, {})
        parent.setdefault(last, {}).update(group)
    return result


# ---------------------------------------------------------------------------------------------
# Validation results placed on the form


@dataclass(frozen=True)
class PlacedIssue:
    """A validation message tied to the form element it is about."""

    path: str  # path in form terms (list indices are form rows)
    target: Optional[str]  # id of the element to link to, None for the whole case
    label: str  # what the summary calls the field
    message: str
    severity: str


@dataclass
class CheckOutcome:
    """The result of checking the form: the case (if valid) and messages placed on fields."""

    result: CaseResult
    errors: list[PlacedIssue]
    warnings: list[PlacedIssue]

    @property
    def ok(self) -> bool:
        return self.result.ok

    @property
    def case(self) -> Case:
        """The valid case; only asked for when :attr:`ok`."""
        if self.result.case is None:
            raise ValueError("the form has errors: there is no case")
        return self.result.case

    @property
    def by_path(self) -> dict[str, list[PlacedIssue]]:
        out: dict[str, list[PlacedIssue]] = {}
        for issue in self.errors + self.warnings:
            out.setdefault(issue.path, []).append(issue)
        return out

    def to_json(self) -> dict[str, Any]:
        def one(i: PlacedIssue) -> dict[str, Any]:
            return {"path": i.path, "target": i.target, "label": i.label, "message": i.message,
                    "severity": i.severity}

        return {"ok": self.ok, "errors": [one(i) for i in self.errors],
                "warnings": [one(i) for i in self.warnings]}


def _place(issue: Issue, form: FormData) -> PlacedIssue:
    path = issue.path
    # Map a compacted list index back to the row the user typed it in.
    for list_path, rows in form.rows.items():
        prefix = list_path + "."
        if path.startswith(prefix):
            index, _, rest = path[len(prefix):].partition(".")
            if index.isdigit() and int(index) < len(rows):
                path = f"{list_path}.{rows[int(index)]}" + (f".{rest}" if rest else "")
            break
    spec = FIELDS.get(path)
    base = path.rsplit(".", 1)[0] if spec is None else path
    list_spec = FIELDS.get(base) if spec is None else None
    if spec is not None:
        target = spec.row_id(0) if spec.is_list else spec.id
        label = _summary_label(spec)
    elif list_spec is not None and list_spec.is_list:
        row = int(path.rsplit(".", 1)[1])
        target, label = list_spec.row_id(row), f"{_summary_label(list_spec)}, linje {row + 1}"
    else:
        section = next((s for s in SECTIONS if s.path == path), None)
        first = next((f for f in FIELDS.values() if f.path.startswith(path + ".")), None)
        if section is not None and first is not None:
            target = first.row_id(0) if first.is_list else first.id
            label = section.legend
        else:
            target, label = None, "Sagen"
    return PlacedIssue(path, target, label, _web_message(issue.message, base, label),
                       issue.severity)


def _lower_first(text: str) -> str:
    """"Kommunens navn" -> "kommunens navn", but "CPR-nummer" stays as it is."""
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


def _missing_message(message: str, path: str, label: str) -> Optional[str]:
    """A message for an empty field that says which field, so the error summary can repeat the
    message word for word (the design system's rule) and still be understood."""
    if message not in ("Feltet skal udfyldes.", "Feltet må ikke være tomt.", "Angiv mindst én."):
        return None
    spec = FIELDS.get(path)
    if label.endswith("?"):
        return f"Svar på „{label}“"
    if spec is not None and spec.is_list:
        return f"Skriv mindst én linje under {_lower_first(label)}."
    if spec is not None and spec.choices:
        return f"Vælg {_lower_first(label)}."
    return f"Udfyld {_lower_first(label)}."


_CASE_FILE_DATE = "skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-01"
#: Case-file wording the form replaces: a caseworker never sees YAML or ISO dates.
_WEB_MESSAGES = {
    _CPR_FORMAT_MESSAGE: "CPR-nummeret skal skrives som DDMMÅÅ-XXXX med en gyldig dato. "
                         "Feltet kan også stå tomt.",
    _PYDANTIC_MESSAGES["string_type"]: "Skal være tekst.",
}


def _web_message(message: str, path: str, label: str) -> str:
    """The model's message in the form's words (Danish dates, no case-file jargon, the field's
    name when the field is empty)."""
    missing = _missing_message(message, path, label)
    if missing is not None:
        return missing
    for case_file_words, form_words in _WEB_MESSAGES.items():
        if message in (case_file_words, mask_cpr(case_file_words)):  # the model masks the example
            return form_words
    spec = FIELDS.get(path)
    if spec is not None and spec.widget in _DATE_WIDGETS:
        if message.startswith(("Ugyldig dato", "Angiv en dato uden klokkeslæt")):
            return DATE_INVALID.format(label=label)
        return message.replace("; " + _CASE_FILE_DATE, ". Skriv den som fx 1.3.2026")
    return message


def _summary_label(spec: FieldSpec) -> str:
    """The field's label, with its group when the label alone is ambiguous ("Telefon")."""
    if sum(1 for f in FIELDS.values() if f.label == spec.label) == 1:
        return spec.label
    section = next(s for s in SECTIONS if spec in s.fields)
    return f"{spec.label} ({section.legend.lower() if section.path != 'mentor' else 'mentor'})"


def _form_order(issue: PlacedIssue) -> int:
    order = list(FIELDS)
    for i, p in enumerate(order):
        if issue.path == p or issue.path.startswith(p + "."):
            return i
    for i, p in enumerate(order):
        if p.startswith(issue.path + "."):
            return i
    return -1


# A complete, valid case used only to probe a half-filled form (see _probe_domain_issues).
_FILLER: dict[str, Any] = {
    "municipality": {"name": "X", "address": "X", "postcode_city": "X", "phone": "72496000",
                     "email": "a@example.dk"},
    "caseworker": {"name": "X", "phone": "72496000", "email": "a@example.dk"},
    "citizen": {"name": "X", "address": "X", "postcode_city": "X"},
    "support": {"mentor_type": "general", "goal": "Job 4 dage om ugen", "tasks": ["X"],
                "start": "2026-03-01", "end": "2026-08-31", "hours_per_week": "1",
                "follow_up": {"plan": "X", "progression_goals": ["X"],
                              "evaluation_dates": ["2026-06-01"]}},
    "decision": {"outcome": "grant", "date": "2026-03-01", "fully_granted": True},
}
# The decision date only picks the legal reference quoted in the message, so it may be borrowed;
# an unchosen mentor type is read as the general rule (the filler's), which is what applies to
# every type but the udskrivningskoordinator.
_PERIOD_INPUTS = ("support.start", "support.end")
_PERIOD_ISSUES = ("support.start", "support.end", "support.discharge_date",
                  "support.follow_up.evaluation_dates")


def _get(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _pop(data: dict[str, Any], path: str) -> None:
    *outer, last = path.split(".")
    node: Any = data
    for part in outer:
        node = node.get(part) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(last, None)


def _merge_filler(user: Any, filler: Any, path: str, filled: list[str]) -> Any:
    """``user`` with every missing value taken from ``filler``; records the borrowed paths."""
    if isinstance(filler, dict):
        user = user if isinstance(user, dict) else {}
        merged = dict(user)
        for key, value in filler.items():
            merged[key] = _merge_filler(user.get(key), value, f"{path}.{key}".lstrip("."), filled)
        return merged
    if user is None or user == []:
        filled.append(path)
        return filler
    return user


def _probe_domain_issues(data: dict[str, Any],
                         policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> tuple[list[Issue], list[Issue]]:
    """Run the case model's domain checks (period, goal, contact data) on a half-filled form.

    The model runs the 6-month and goal checks only once every field is structurally valid. To
    show those messages while the caseworker is still filling in, missing or unreadable fields
    are borrowed from a valid filler case, the same :func:`validate_case_data` runs on the
    mixture, and only messages about what the user actually typed are kept.
    """
    probe = copy.deepcopy(data)
    dropped: list[str] = []
    for _ in range(6):
        filled: list[str] = []
        merged = _merge_filler(probe, _FILLER, "", filled)
        try:
            Case.model_validate(merged)
            break
        except ValidationError as exc:
            changed = False
            for error in exc.errors():
                parts = [str(p) for p in error["loc"]]
                while parts and parts[-1].isdigit():
                    parts.pop()
                # A value the filler cannot replace (a partly filled mentor) goes as a group.
                while parts and _get(probe, ".".join(parts)) is None:
                    parts.pop()
                if parts:
                    _pop(probe, ".".join(parts))
                    dropped.append(".".join(parts))
                    changed = True
            if not changed:
                return [], []
    else:
        return [], []
    result = validate_case_data(merged, policy)
    borrowed = filled + dropped

    def about_user_input(issue: Issue) -> bool:
        if any(issue.path == f or issue.path.startswith(f + ".") or f.startswith(issue.path + ".")
               for f in borrowed):
            return False
        if issue.path.startswith(_PERIOD_ISSUES) and any(f in _PERIOD_INPUTS for f in borrowed):
            return False
        return True

    return ([i for i in result.errors if about_user_input(i)],
            [i for i in result.warnings if about_user_input(i)])


def check_values(values: FormValues, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> CheckOutcome:
    """Validate the form through the case model; messages come out in form order.

    When the form is still incomplete, the period and goal checks are shown as well (see
    :func:`_probe_domain_issues`), so the caseworker sees them before anything is generated.
    """
    form = data_from_values(values)
    result = validate_case_data(form.data, policy)
    errors_raw, warnings_raw = list(result.errors), list(result.warnings)
    if result.case is None and errors_raw:
        structural_paths = {i.path for i in errors_raw}
        extra_errors, extra_warnings = _probe_domain_issues(form.data, policy)
        errors_raw += [i for i in extra_errors if i.path not in structural_paths]
        warnings_raw += extra_warnings
    # The probe repeats what a structurally valid case already reported; show each once.
    errors_raw = list(dict.fromkeys(errors_raw))
    warnings_raw = list(dict.fromkeys(warnings_raw))
    errors = sorted((_place(i, form) for i in errors_raw), key=_form_order)
    warnings = sorted((_place(i, form) for i in warnings_raw), key=_form_order)
    return CheckOutcome(result, errors, warnings)


def add_row(values: FormValues, path: str) -> Optional[int]:
    """Add an empty row to a list field; returns the new row's index, or None if not possible."""
    spec = FIELDS.get(path)
    if spec is None or not spec.is_list or len(values[path]) >= MAX_ROWS:
        return None
    values[path] = list(values[path]) + [""]
    return len(values[path]) - 1


def remove_row(values: FormValues, path: str, row: int) -> None:
    """Remove one row of a list field, keeping at least one (empty) row."""
    spec = FIELDS.get(path)
    if spec is None or not spec.is_list:
        return
    rows = list(values[path])
    if 0 <= row < len(rows):
        del rows[row]
    values[path] = rows or [""]


def is_iso_date(value: Any) -> bool:
    """Can a date input show this value? (Otherwise it is shown as text so nothing is lost.)"""
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10
