"""Versioned legal references, keyed by the date a letter is written.

Paragraph numbers, the sending authority ("jobcentret" until 31 Jan 2026, "kommunen" from
1 Feb 2026) and the appeal body and deadline are data in ``mentordocs/data/legal.yaml``. A new
act (expected 1 Jan 2027) is a new entry there, not a change to any template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from mentordocs import safe_yaml
from mentordocs.paths import DATA_DIR

LEGAL_DATA = DATA_DIR / "legal.yaml"


@dataclass(frozen=True)
class AppealInfo:
    """Who hears an appeal, the deadline, and the guidance text printed in letters."""

    body: str
    body_unit: str
    deadline_weeks: int
    deadline_words: str
    #: Paragraphs with ``{placeholders}``; see :meth:`LegalVersion.appeal_guidance`.
    guidance: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalVersion:
    """The legal basis in force from ``valid_from`` until the next version."""

    id: str
    valid_from: dt.date
    title: str
    act_short: str
    authority: str
    authority_definite: str
    refs: dict[str, str]
    appeal: AppealInfo
    extra: dict[str, Any] = field(default_factory=dict)

    def ref(self, key: str) -> str:
        try:
            return self.refs[key]
        except KeyError:
            raise KeyError(f"legal version {self.id!r} has no reference {key!r} "
                           f"(known: {', '.join(sorted(self.refs))})") from None

    @property
    def authority_capitalised(self) -> str:
        """``Kommunen`` / ``Jobcentret`` at the start of a sentence."""
        return self.authority[:1].upper() + self.authority[1:]

    def appeal_guidance(self, *, sender: str, address: str, phone: str, email: str) -> list[str]:
        """The appeal-guidance paragraphs of this version, filled in for one sender.

        The wording is data (``appeal.guidance`` in ``legal.yaml``) so that a change in the law is
        a new version entry, never a template edit. The values are inserted with
        :meth:`str.format_map`, so text from a case file is never interpreted as a format string.
        """
        values = {**self.refs, "authority": self.authority, "Authority": self.authority_capitalised,
                  "sender": sender, "address": address, "phone": phone, "email": email,
                  "deadline_weeks": self.appeal.deadline_weeks,
                  "deadline_words": self.appeal.deadline_words,
                  "body": self.appeal.body, "body_unit": self.appeal.body_unit}
        try:
            return [" ".join(p.format_map(values).split()) for p in self.appeal.guidance]
        except KeyError as exc:
            raise KeyError(f"legal version {self.id!r}: appeal guidance names unknown "
                           f"placeholder {exc.args[0]!r}") from None


@lru_cache(maxsize=4)
def load_versions(path: Path = LEGAL_DATA) -> tuple[LegalVersion, ...]:
    raw = safe_yaml.load(path.read_text(encoding="utf-8"))
    versions = []
    for entry in raw["versions"]:
        entry = dict(entry)
        appeal_data = dict(entry.pop("appeal"))
        appeal_data["guidance"] = tuple(appeal_data.get("guidance", ()))
        appeal = AppealInfo(**appeal_data)
        known = {k: entry.pop(k) for k in ("id", "valid_from", "title", "act_short",
                                           "authority", "authority_definite", "refs")}
        versions.append(LegalVersion(appeal=appeal, extra=entry, **known))
    return tuple(sorted(versions, key=lambda v: v.valid_from))


@lru_cache(maxsize=4)
def verified_until(path: Path = LEGAL_DATA) -> dt.date | None:
    """The last date the legal data was checked for; later letters get a warning."""
    return safe_yaml.load(path.read_text(encoding="utf-8")).get("verified_until")


def legal_version_for(day: dt.date, path: Path = LEGAL_DATA) -> LegalVersion:
    """Return the version in force on ``day``.

    Raises ``LookupError`` for dates before the earliest version: mentordocs does not write
    letters under the pre-2020 numbering (old LAB § 31 b).
    """
    chosen = None
    for version in load_versions(path):
        if version.valid_from <= day:
            chosen = version
    if chosen is None:
        first = load_versions(path)[0]
        raise LookupError(f"no legal basis on file for {day.isoformat()}; the earliest is "
                          f"{first.id} from {first.valid_from.isoformat()}")
    return chosen
