"""Finding periods costs the length of the text, however many periods a sentence holds.

A red-team TXT file of 19 KB with hundreds of periods in one sentence took 30-60 s (issue 13,
item 3): every figure searched its whole sentence again. The work is measured here as the
characters handed to the regular expressions, never as seconds: each scan counts what it was
given (an anchored match what it matched), and a scan beyond the budget stops the test at
once.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Iterator

import pytest

from mentordocs.lint import dates, durations
from mentordocs.lint.durations import default_vocabulary, find_periods, support_periods

#: Characters scanned per character of text. The linear scan needs about 20.
BUDGET_PER_CHAR = 60


class BudgetExceeded(Exception):
    pass


class CountingPattern:
    """A real compiled pattern that adds each scan's length to a shared counter."""

    def __init__(self, pattern: re.Pattern[str], counter: "Counter") -> None:
        self.pattern, self.counter = pattern, counter

    def _count(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        self.counter.add(min(len(string), endpos if endpos is not None else len(string)) - pos)

    def search(self, string: str, *args: Any) -> Any:
        self._count(string, *args)
        return self.pattern.search(string, *args)

    def match(self, string: str, *args: Any) -> Any:
        # Anchored: it reads what it matches (plus the character that ends it), not the rest.
        found = self.pattern.match(string, *args)
        start = args[0] if args else 0
        self.counter.add((found.end() - start if found else 0) + 1)
        return found

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        self._count(string, *args)
        return self.pattern.finditer(string, *args)


class Counter:
    def __init__(self, budget: int) -> None:
        self.budget, self.scanned = budget, 0

    def add(self, characters: int) -> None:
        self.scanned += max(0, characters)
        if self.scanned > self.budget:
            raise BudgetExceeded(f"scanned {self.scanned} characters (budget {self.budget})")


def counted(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[durations.PeriodVocabulary, Counter]:
    """A vocabulary and module patterns that count their scans against the text's budget."""
    counter = Counter(BUDGET_PER_CHAR * len(text))
    for module in (durations, dates):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, CountingPattern(value, counter))
    vocab = dataclasses.replace(default_vocabulary(), **{
        f.name: CountingPattern(getattr(default_vocabulary(), f.name), counter)
        for f in dataclasses.fields(default_vocabulary())
        if isinstance(getattr(default_vocabulary(), f.name), re.Pattern)})
    return vocab, counter


# One sentence, no full stop: ranges, lengths, weeks, month ranges, clauses and joined lines.
DENSE = ("1.3.2026-31.8.2026 og 3 måneder (tidligere 2024-2025 i alt) ; uge 10-35 og "
         "marts-august 2026 | 1.-31. maj 2026 Mentor 9 mdr. fra 1/3 2026 og ")


def dense_text(size: int) -> str:
    return "Varighed: " + DENSE * (size // len(DENSE))


def test_periods_of_a_period_dense_sentence_cost_linear_work(monkeypatch) -> None:
    size = 19_000  # the red team's file; the 1 MB case runs through support_periods below
    text = dense_text(size)
    vocab, counter = counted(monkeypatch, text)
    periods = find_periods(text, vocab)
    assert len(periods) > size // 40  # the file really is period-dense
    assert counter.scanned <= counter.budget


@pytest.mark.parametrize("size", [19_000, 1_000_000], ids=["red-team-19KB", "1MB"])
def test_support_periods_outside_a_field_cost_linear_work(monkeypatch, size: int) -> None:
    text = dense_text(size)
    vocab, counter = counted(monkeypatch, text)
    support_periods(text, vocab, labelled=False)
    assert counter.scanned <= counter.budget


def test_a_sentence_of_only_weeks_costs_linear_work(monkeypatch) -> None:
    text = "Varighed: " + "uge 10-35 og " * 1500
    vocab, counter = counted(monkeypatch, text)
    support_periods(text, vocab, labelled=False)
    assert counter.scanned <= counter.budget
