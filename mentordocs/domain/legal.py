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

import yaml

from mentordocs.paths import DATA_DIR

LEGAL_DATA = DATA_DIR / "legal.yaml"


@dataclass(frozen=True)
class AppealInfo:
    body: str
    body_unit: str
    deadline_weeks: int
    deadline_words: str


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


@lru_cache(maxsize=4)
def load_versions(path: Path = LEGAL_DATA) -> tuple[LegalVersion, ...]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    versions = []
    for entry in raw["versions"]:
        entry = dict(entry)
        appeal = AppealInfo(**entry.pop("appeal"))
        known = {k: entry.pop(k) for k in ("id", "valid_from", "title", "act_short",
                                           "authority", "authority_definite", "refs")}
        versions.append(LegalVersion(appeal=appeal, extra=entry, **known))
    return tuple(sorted(versions, key=lambda v: v.valid_from))


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
