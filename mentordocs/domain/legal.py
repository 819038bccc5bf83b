"""Versioned legal references, keyed by the date a letter is written.

Paragraph numbers, the sending authority ("jobcentret" until 31 Jan 2026, "kommunen" from
1 Feb 2026) and the appeal body and deadline are data in ``mentordocs/data/legal.yaml``. A new
act (expected 1 Jan 2027) is a new entry there, not a change to any template.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

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
    refs: dict[str, str]
    appeal: AppealInfo
    extra: dict[str, Any] = field(default_factory=dict)
    #: Per reference: where and when it was checked against a source, or ``None`` (not
    #: established; letters leave it out unless unverified references are turned on).
    verified: dict[str, Optional[str]] = field(default_factory=dict)
    #: The legal rules a letter states (``rules`` in ``legal.yaml``), with ``{placeholders}``.
    rules: dict[str, str] = field(default_factory=dict)

    def ref(self, key: str) -> str:
        try:
            return self.refs[key]
        except KeyError:
            raise KeyError(f"legal version {self.id!r} has no reference {key!r} "
                           f"(known: {', '.join(sorted(self.refs))})") from None

    def is_verified(self, key: str) -> bool:
        return bool(self.verified.get(key))

    def printable_refs(self, include_unverified: bool = False) -> dict[str, str]:
        """Every reference for a letter: the text if verified (or allowed anyway), else ``""``."""
        return {key: text if include_unverified or self.is_verified(key) else ""
                for key, text in self.refs.items()}

    def rule(self, key: str, *, max_months: int, include_unverified: bool = False) -> str:
        """A rule sentence of this version, with its references filled in.

        An unverified reference is left out together with its parentheses, so the letter states
        the rule without citing a paragraph nobody has checked.
        """
        try:
            template = self.rules[key]
        except KeyError:
            raise KeyError(f"legal version {self.id!r} has no rule {key!r} "
                           f"(known: {', '.join(sorted(self.rules))})") from None
        values = {**self.printable_refs(include_unverified), "max_months": max_months}
        return _drop_empty_parentheses(" ".join(template.format_map(values).split()))

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
        values = {**self.printable_refs(), "authority": self.authority, "Authority": self.authority_capitalised,
                  "sender": sender, "address": address, "phone": phone, "email": email,
                  "deadline_weeks": self.appeal.deadline_weeks,
                  "deadline_words": self.appeal.deadline_words,
                  "body": self.appeal.body, "body_unit": self.appeal.body_unit}
        try:
            return [_drop_empty_parentheses(" ".join(p.format_map(values).split()))
                    for p in self.appeal.guidance]
        except KeyError as exc:
            raise KeyError(f"legal version {self.id!r}: appeal guidance names unknown "
                           f"placeholder {exc.args[0]!r}") from None


def _drop_empty_parentheses(text: str) -> str:
    return re.sub(r"\s*\(\s*\)", "", text)


class LegalDataError(ValueError):
    """``legal.yaml`` is malformed; the message names the version and the key."""


def _split_refs(version_id: str, raw: dict[str, Any]) -> tuple[dict[str, str],
                                                                dict[str, Optional[str]]]:
    texts: dict[str, str] = {}
    verified: dict[str, Optional[str]] = {}
    for key, entry in raw.items():
        if not isinstance(entry, dict) or "text" not in entry or "verified" not in entry:
            raise LegalDataError(
                f"legal.yaml: version {version_id!r}, refs.{key}: give `text` and `verified` "
                "(where and when it was checked, e.g. \"elov.dk …, 2026-11\", or false)")
        mark = entry["verified"]
        if mark is True or not (mark is False or (isinstance(mark, str) and mark.strip())):
            raise LegalDataError(
                f"legal.yaml: version {version_id!r}, refs.{key}.verified: write the source and "
                "date it was checked against, or false")
        texts[key] = str(entry["text"])
        verified[key] = mark or None
    return texts, verified


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
                                           "authority")}
        refs, verified = _split_refs(known["id"], entry.pop("refs"))
        rules = {k: " ".join(str(v).split()) for k, v in (entry.pop("rules", None) or {}).items()}
        versions.append(LegalVersion(appeal=appeal, extra=entry, refs=refs, verified=verified,
                                     rules=rules, **known))
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
