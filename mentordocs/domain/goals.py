"""Is a goal clear? Shared by the case validator (a warning) and the linter (``unclear-goal``).

Per domain.md section 6 (STAR's guidance, seed 004, and Danish SMART practice) a goal is clear
when it (a) aims at a job or an education and (b) describes something observable once reached,
rather than only an activity ("støtte til …", "sikre at …") or an abstraction ("øget trivsel").
The word lists are data in the rule pack (``goal_clarity`` in ``lint_rules/default.yaml``) so a
municipality can extend them. This is the project's reading of the sources, not a legal test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from mentordocs import safe_yaml
from mentordocs.domain.text import fold
from mentordocs.paths import LINT_RULES_DIR


@dataclass(frozen=True)
class GoalProblem:
    code: str  # "no-job-or-education-aim" | "activity-only" | "not-observable" | "vague" | "empty"
    message_da: str
    message_en: str
    #: Whether this problem alone makes the goal unclear. "not-observable" on its own is only
    #: advice: "Anna kommer i virksomhedspraktik i Netto" names a place but no figure.
    decisive: bool = True


def is_unclear(problems: list[GoalProblem]) -> bool:
    """Whether the problems found by :func:`assess_goal` make the goal unclear (``unclear-goal``)."""
    return any(p.decisive for p in problems)


@dataclass(frozen=True)
class GoalVocabulary:
    anchors: tuple[str, ...]
    activity_openers: tuple[str, ...]
    vague_terms: tuple[str, ...]
    observable_markers: tuple[str, ...]
    #: number words ("tre", "halvanden"): a figure makes a goal observable
    number_words: tuple[str, ...] = ()
    #: regular expressions over the folded goal: anchor words that aim at nothing ("arbejde med sig selv")
    not_anchors: tuple[str, ...] = ()
    #: the municipality's own offices ("jobcentret", "kommunen"): no job or education aim
    authority: tuple[str, ...] = ()
    #: what leads in to a school's or a workplace's name ("starter på", "gennemfører … af")
    institution_lead_ins: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: dict[str, Any], number_words: Iterable[str] = ()) -> "GoalVocabulary":
        """From a pack's ``goal_clarity`` section and its ``durations.number_words``."""
        def words(key: str) -> tuple[str, ...]:
            return tuple(str(w).lower() for w in data.get(key, ()))

        # "en"/"et" are left out: as articles they say nothing about a measurable target.
        numbers = tuple(w for w in (fold(str(n)) for n in number_words) if w not in _ARTICLES)
        return cls(words("anchors"), words("activity_openers"), words("vague_terms"),
                   words("observable_markers"), numbers,
                   tuple(str(p) for p in data.get("not_anchors") or ()),
                   tuple(str(p) for p in data.get("authority") or ()),
                   tuple(str(p) for p in data.get("institution_lead_ins") or ()))

    @classmethod
    def from_pack_data(cls, data: dict[str, Any]) -> "GoalVocabulary":
        """From a whole rule pack's data."""
        return cls.from_mapping(data.get("goal_clarity") or {},
                                (data.get("durations") or {}).get("number_words") or ())


_ARTICLES = frozenset({"en", "et"})


@lru_cache(maxsize=8)
def load_vocabulary(path: Path | None = None) -> GoalVocabulary:
    path = path or LINT_RULES_DIR / "default.yaml"
    return GoalVocabulary.from_pack_data(safe_yaml.load(path.read_text(encoding="utf-8")))


_DIGIT = re.compile(r"\d")


def _contains_any(text: str, terms: Iterable[str]) -> bool:
    return _any_term_re(tuple(terms)).search(text) is not None


@lru_cache(maxsize=64)
def _any_term_re(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a word list of the pack's ``goal_clarity`` section, over folded text
    (see :func:`_term_re` for the "*" wildcards)."""
    # one alternation per word list: the linter asks this for thousands of goals
    return re.compile("|".join(f"(?:{_term_re(t).pattern})" for t in terms) or "$^")


@lru_cache(maxsize=64)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=2048)
def _term_re(term: str) -> re.Pattern[str]:
    # Terms ending in "*" match as prefixes ("uddannelse*" matches "uddannelsesforløb"); a
    # leading "*" also matches inside compounds.
    term = fold(term)
    if term.startswith("*"):
        # "*uddannelse*" also matches inside Danish compounds ("tømreruddannelsen")
        core = term.strip("*")
        return re.compile(re.escape(core) + ("" if term.endswith("*") else r"(?!\w)"))
    if term.endswith("*"):
        return re.compile(r"(?<!\w)" + re.escape(term[:-1]))
    return re.compile(r"(?<!\w)" + re.escape(term.strip()) + (r"(?!\w)" if term[-1:].isalnum() else ""))


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")


def names_an_aim(folded: str, vocab: GoalVocabulary) -> bool:
    """Whether folded text names a job or an education (the anchors), once what only looks like
    one is taken out: the pack's ``not_anchors`` ("arbejde med sig selv", "jobsamtale i
    jobcentret") and the municipality's own offices (``authority``: "i jobcentret" names the
    authority, not a job). One reading for the goal check and the linter's field finder."""
    # (an address names no aim: "mh@jobvaerkstedet.dk", "www.jobhuset.dk")
    aims = _ADDRESS.sub(" ", folded) if "@" in folded or "www" in folded or "://" in folded else folded
    for patterns in (vocab.not_anchors, vocab.authority):
        if patterns:
            aims = _alternation(patterns).sub(" ", aims)
    if _contains_any(aims, vocab.anchors):
        return True
    # A compound dictated or typed in two ("løn tilskud", "praktik plads"): the two words joined
    words = _WORDS.findall(aims)
    joined = " ".join(a + b for a, b in zip(words, words[1:]) if len(a) >= 3 and len(b) >= 3)
    return bool(joined) and _contains_any(joined, vocab.anchors)


_WORDS = re.compile(r"[^\W\d_]+")


def names_an_institution(text: str, vocab: GoalVocabulary) -> bool:
    """Whether a goal names a school or a workplace by its name after a lead-in that aims at it
    (``institution_lead_ins``): "… gennemfører de første tre måneder af Mercantec", "starter på
    Tradium". The name is capitalised and is not the municipality's own office (``authority``)."""
    if not vocab.institution_lead_ins:
        return False
    lead_in = _lead_in_re(vocab.institution_lead_ins)
    authority = _alternation(vocab.authority) if vocab.authority else None
    for m in _CAPITALISED.finditer(text):
        if m.start() and lead_in.search(text[:m.start()]) \
                and not (authority is not None and authority.search(fold(m.group(0)))):
            return True
    return False


@lru_cache(maxsize=8)
def _lead_in_re(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """The lead-ins as one pattern that ends where the name starts, in any case."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.IGNORECASE)


#: A name in a goal: capitalised words one after another ("Mercantec", "SOSU H", "Rema 1000",
#: "Aarhus Kommunes").
_CAPITALISED = re.compile(r"(?<![\w.])[A-ZÆØÅ][\w&-]*(?: (?:[A-ZÆØÅ\d][\w&-]*))*")


def assess_goal(text: str | None, vocabulary: GoalVocabulary | None = None) -> list[GoalProblem]:
    """Return what makes ``text`` an unclear goal; an empty list means the goal is clear."""
    vocab = vocabulary or load_vocabulary()
    goal = fold(" ".join((text or "").split()))
    goal = re.sub(r"^(?:\d+[.)]|[-•*–])\s*", "", goal)
    if not goal:
        return [GoalProblem("empty", "Der er ikke angivet et mål.", "No goal is stated.")]
    problems: list[GoalProblem] = []
    if not names_an_aim(goal, vocab) and not names_an_institution(text or "", vocab):
        problems.append(GoalProblem(
            "no-job-or-education-aim",
            "Målet peger ikke mod job eller uddannelse (fx praktik, fleksjob, løntilskud, "
            "uddannelse). Mentorstøtte kræver et mål om beskæftigelse eller uddannelse.",
            "The goal names no job or education aim (e.g. internship, flex job, education); "
            "mentor support requires an employment or education goal."))
    opens_with_activity = any(goal.startswith(fold(opener)) for opener in vocab.activity_openers)
    observable = (bool(_DIGIT.search(goal)) or _contains_any(goal, vocab.number_words)
                  or _contains_any(goal, vocab.observable_markers))
    if opens_with_activity and not observable:
        problems.append(GoalProblem(
            "activity-only",
            "Målet beskriver en aktivitet (fx \"støtte til\", \"sikre at\"), ikke den tilstand "
            "borgeren skal nå.",
            "The goal describes an activity (\"støtte til\", \"sikre at\"), not the state the "
            "citizen should reach."))
    if not observable and _contains_any(goal, vocab.vague_terms):
        problems.append(GoalProblem(
            "vague",
            "Målet består af vage begreber (fx \"trivsel\", \"komme videre\") uden noget, der kan "
            "måles.",
            "The goal consists of vague abstractions (e.g. \"well-being\", \"moving on\") with "
            "nothing measurable."))
    if not observable:
        problems.append(GoalProblem(
            "not-observable",
            "Målet indeholder intet, der kan følges op på (antal, hyppighed, dato, konkret "
            "arbejdsplads eller uddannelse).",
            "The goal has nothing that can be followed up (a number, frequency, date, or a "
            "named workplace or education).", decisive=False))
    return problems
