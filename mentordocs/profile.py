"""A municipality's settings in one file: ``mentordocs.yaml``.

    schema: mentordocs/profile-1
    sender:
      name: Jobcenter Vejle          # letterhead sender when the case gives none
      department: Job og Ydelse
      website: www.vejle.dk
      municipality: Vejle Kommune    # these five prefill the web form's sender fields
      address: Kirketorvet 22
      postcode_city: 7100 Vejle
      phone: 76 81 00 00
      email: jobcenter@vejle.dk
    letterhead:                      # extra lines under the sender in letters
      - Kirketorvet 22, 7100 Vejle
    templates: skabeloner/           # like --templates; relative to this file
    rules: regler/vejle.yaml         # the rule pack generated documents must pass (name or path)
    period:                          # the 6-month reading (docs/generate.md)
      max_months: 6
      evaluation_before_end_days: 14
    legal:
      print_unverified_refs: false   # print references no source supports (legal.yaml)

Which file: ``--profile PATH``, else ``$MENTORDOCS_PROFILE``, else ``./mentordocs.yaml`` if it
exists, else none (the shipped defaults). Unknown keys are errors naming the file, the key and
its line: a misspelt key must not be ignored in silence.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mentordocs import safe_yaml
from mentordocs.domain import periods

PROFILE_SCHEMA = "mentordocs/profile-1"
DEFAULT_FILE = "mentordocs.yaml"
ENV_VAR = "MENTORDOCS_PROFILE"


class ProfileError(Exception):
    """The profile cannot be used; the message names the file, the key, its line and the fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SenderSettings(_Strict):
    name: Optional[str] = Field(None, min_length=1)
    department: Optional[str] = None
    website: Optional[str] = None
    #: The municipality's own details, prefilled in the web form's sender fields
    municipality: Optional[str] = Field(None, min_length=1)
    address: Optional[str] = None
    postcode_city: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None


class PeriodSettings(_Strict):
    max_months: Optional[int] = Field(None, ge=1, le=24)
    discharge_months_before: Optional[int] = Field(None, ge=0, le=12)
    evaluation_before_end_days: Optional[int] = Field(None, ge=0, le=180)
    evaluation_window_days: Optional[int] = Field(None, ge=1, le=366)


class LegalSettings(_Strict):
    print_unverified_refs: bool = False


class Profile(_Strict):
    """A validated profile. Paths are resolved against the profile file's folder."""

    schema_: str = Field(PROFILE_SCHEMA, alias="schema")
    sender: SenderSettings = SenderSettings()
    letterhead: list[str] = []
    templates: Optional[Path] = None
    rules: Optional[str] = None
    period: PeriodSettings = PeriodSettings()
    legal: LegalSettings = LegalSettings()
    #: The file it came from (not a key in the file).
    source: Optional[Path] = Field(None, exclude=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        if value != PROFILE_SCHEMA:
            raise ValueError(f"write schema: {PROFILE_SCHEMA}")
        return value

    @field_validator("letterhead")
    @classmethod
    def _no_blank_lines(cls, lines: list[str]) -> list[str]:
        if any(not line.strip() for line in lines):
            raise ValueError("a letterhead line is empty; remove it")
        return lines

    def policy(self, base: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> periods.PeriodPolicy:
        """The period policy: the profile's numbers over ``base``."""
        return base.with_settings(self.period.model_dump())

    def generator_options(self) -> dict[str, Any]:
        """Keyword arguments for :class:`mentordocs.generate.Generator`."""
        from mentordocs.generate.context import SenderDefaults

        return {"templates_dir": self.templates, "policy": self.policy(),
                "lint_pack": self.rules or "default",
                "unverified_refs": self.legal.print_unverified_refs,
                "sender": SenderDefaults(name=self.sender.name,
                                         department=self.sender.department,
                                         website=self.sender.website,
                                         letterhead=tuple(self.letterhead))}


def find_profile(explicit: Path | str | None = None, *, cwd: Path | None = None) -> Optional[Path]:
    """The profile file to use: explicit, else ``$MENTORDOCS_PROFILE``, else ``./mentordocs.yaml``."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    candidate = (cwd or Path.cwd()) / DEFAULT_FILE
    return candidate if candidate.is_file() else None


def load_profile(path: Path | str) -> Profile:
    """Read and validate a profile file; raise :class:`ProfileError` with file, key and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the profile ({exc.__class__.__name__}); check "
                           "the path (--profile or $MENTORDOCS_PROFILE)") from None
    try:
        data = safe_yaml.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark is not None else ""
        raise ProfileError(f"{path}{at}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: a profile is a set of keys (schema:, sender:, …), not "
                           f"{type(data).__name__}")
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(_message(path, text, exc.errors()[0])) from None
    folder = path.resolve().parent
    updates: dict[str, Any] = {"source": path}
    if profile.templates is not None:
        templates = profile.templates if profile.templates.is_absolute() else folder / profile.templates
        if not templates.is_dir():
            raise ProfileError(f"{path}: 'templates'{_at(text, 'templates')}: the folder "
                               f"{templates} does not exist; create it or fix the path "
                               "(relative to the profile file)")
        updates["templates"] = templates
    if profile.rules is not None and ("/" in profile.rules or profile.rules.endswith((".yaml", ".yml"))):
        rules = Path(profile.rules)
        updates["rules"] = str(rules if rules.is_absolute() else folder / rules)
    return profile.model_copy(update=updates)


def check_rules(profile: Profile) -> None:
    """Load the profile's rule pack, so a bad pack is reported when the profile is checked."""
    from mentordocs.lint.rules import PackError, load_pack

    try:
        load_pack(profile.rules or "default")
    except PackError as exc:
        raise ProfileError(f"{profile.source}: 'rules'{_at_source(profile, 'rules')}: {exc}") from None


def _at_source(profile: Profile, key: str) -> str:
    try:
        return _at(Path(profile.source).read_text(encoding="utf-8"), key) if profile.source else ""
    except OSError:
        return ""


def _message(path: Path, text: str, error: Mapping[str, Any]) -> str:
    loc = [str(part) for part in error["loc"] if not isinstance(part, int)]
    loc = ["schema" if part == "schema_" else part for part in loc]
    where = ".".join(loc) or "(top level)"
    at = _at(text, loc[-1]) if loc else ""
    if error["type"] == "extra_forbidden":
        return (f"{path}: unknown key '{where}'{at}; remove it or fix the spelling (known keys: "
                f"{_known_keys(loc[:-1])})")
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{path}: '{where}'{at}: {message}"


def _known_keys(parent: list[str]) -> str:
    model: type[BaseModel] = Profile
    for part in parent:
        annotation = model.model_fields[part].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            break
        model = annotation
    names = [f.alias or name for name, f in model.model_fields.items() if name != "source"]
    return ", ".join(names)


def _at(text: str, key: str) -> str:
    match = re.search(r"^\s*" + re.escape(key) + r"\s*:", text, re.MULTILINE)
    return f" (line {text.count(chr(10), 0, match.start()) + 1})" if match else ""
