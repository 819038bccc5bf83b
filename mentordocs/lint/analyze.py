"""The linter's entry point: one extracted document + a rule pack -> (kind, findings).

>>> from mentordocs.lint.model import Block, ExtractedDocument
>>> doc = ExtractedDocument("a.txt", "txt", [Block("Aftale om mentorstøtte"), Block("Mål: -")])
>>> kind, findings = analyze(doc, load_pack())
>>> kind, findings[0].rule
('agreement', 'missing-goal')

Work per document is linear in its length: the pack is compiled once (regexes, vocabularies)
and cached by its hash; each block is folded once.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Collection, Optional

from mentordocs.domain import periods as P
from mentordocs.domain.cpr import find_cprs, mask_cpr
from mentordocs.domain.fields import AGREEMENT_OWN_KEYS, REQUIRED_FIELDS, DocumentKind
from mentordocs.domain.goals import GoalVocabulary, assess_goal, is_unclear
from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import (
    Period,
    PeriodVocabulary,
    discharge_policy,
    support_periods,
)
from mentordocs.lint.fields import assess_fields
from mentordocs.lint.kinds import KindVocabulary, detect_kind
from mentordocs.lint.model import (
    Block,
    BlockKind,
    ExtractedDocument,
    FieldStatus,
    Finding,
    Location,
    Section,
    Severity,
)
from mentordocs.lint.rules import RulePack, load_pack, localized
from mentordocs.lint.sections import find_sections, without_other_activities
from mentordocs.lint.text import fold, pack_alternation, shorten
from mentordocs.lint.vocabulary import FieldVocabulary
from mentordocs.memo import Memo

__all__ = ["analyze", "analyze_explained", "load_pack", "compile_pack", "Analysis", "analyze_fields"]


@dataclass
class CompiledPack:
    """Everything a pack needs at lint time, built once per pack hash."""

    pack: RulePack
    fields: FieldVocabulary
    periods: PeriodVocabulary
    kinds: KindVocabulary
    goals: GoalVocabulary
    policy: P.PeriodPolicy
    evidence_chars: int
    #: how many of an agreement's own fields make a decision letter carry the agreement
    agreement_in_decision: int = 4
    #: a check-box mark (group 1) and whether a mark means chosen
    checkbox_re: Optional[re.Pattern[str]] = None
    chosen: frozenset[str] = frozenset()


#: compiled packs by the pack's SHA-256
_COMPILED: Memo[CompiledPack] = Memo(16)


def compile_pack(pack: RulePack) -> CompiledPack:
    """Compile (and cache) a pack's regexes and vocabularies."""
    return _COMPILED.get(pack.sha256, lambda: _compile_pack(pack))


def _compile_pack(pack: RulePack) -> CompiledPack:
    data = pack.data
    settings = data.get("settings") or {}
    durations = data.get("durations") or {}
    kwargs: dict[str, Any] = {}
    for key in ("number_words", "exclude_before", "exclude_after", "exclude_sentence", "exclude_clause", "discharge",
                "support_context", "background_context"):
        if durations.get(key) is not None:
            kwargs[key] = durations[key]
    periods = PeriodVocabulary.build(**kwargs)
    policy = P.DEFAULT_POLICY.with_settings(settings)
    return CompiledPack(
        pack=pack, fields=FieldVocabulary(data, periods), periods=periods,
        kinds=KindVocabulary.build(data),
        goals=GoalVocabulary.from_pack_data(data),
        policy=policy, evidence_chars=int(settings.get("evidence_chars", 160)),
        agreement_in_decision=int(settings.get("min_fields_for_agreement_in_decision", 4)),
        **_checkbox_marks(data.get("checkboxes") or {}))


def clear_caches() -> None:
    """Forget everything the analysis remembers between documents (compiled packs, folded
    text, classified blocks, periods), so a benchmark can measure a cold start."""
    from mentordocs.lint import durations
    from mentordocs.lint.text import fold, sentence_spans

    _COMPILED.clear()
    durations.default_vocabulary.cache_clear()
    fold.cache_clear()
    sentence_spans.cache_clear()


@dataclass
class Analysis:
    """Intermediate results, kept for rules and for debugging (``analyze_fields``)."""

    doc: ExtractedDocument
    compiled: CompiledPack
    folded: list[str]
    sections: list[Section]
    fields: dict[str, FieldStatus]
    kind: str
    lang: str


def analyze_fields(doc: ExtractedDocument, pack: RulePack) -> Analysis:
    """Find sections, field statuses and the kind of ``doc`` without applying rules."""
    compiled = compile_pack(pack)
    doc = _resolve_checkboxes(_join_broken_ranges(repair_ocr(doc)), compiled.checkbox_re, compiled.chosen)
    doc = without_other_activities(doc, compiled.fields)
    folded = [fold(b.text) for b in doc.blocks]
    sections = find_sections(doc, compiled.fields)
    fields = assess_fields(doc, sections, compiled.fields)
    headings = [b.kind == BlockKind.HEADING for b in doc.blocks]
    kind = detect_kind(folded, fields, compiled.kinds, headings, doc.format, compiled.periods)
    return Analysis(doc, compiled, folded, sections, fields, kind, "da")


# A range cut by a line break: "… i perioden f.o.m. 1.1.26 t.o.m." + "31.8.26." (PDF text).
_OPEN_RANGE_END = re.compile(r"\d[.\-/ ]\s*(?:\d{2,4}\s*)?(?:t\.\s?o\.\s?m\.?|til og med|til|[-–—])\s*$",
                             re.IGNORECASE)
_DATE_START = re.compile(r"^\s*(?:den\s+|d\.\s*)?\d{1,4}[./\-]")
# "… (frivilligcenter), Tlf." + "34491235": a contact label whose number went to the next line.
_OPEN_CONTACT_END = re.compile(r"(?:\btlf|\btelefon|\bmobil|\btel|\bmail|\be-mail)\.?:?\s*$", re.IGNORECASE)
_CONTACT_START = re.compile(r"^\s*(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b|^\s*[\w.+-]+@[\w-]+\.\w")


# OCR text layers (seed 004): "t1l", "akt1v", "K1agen" (1 for i or l), "besk@ft1gelse" (@ for æ), "forlaengelse"
# (ae for æ). Only a document that shows such damage is repaired, and only inside words that are
# no e-mail address or web address.
# Each opens on its literal ("1", "@") with the look-behind after it, so the engine jumps from one
# occurrence to the next instead of trying a look-behind at every position.
_OCR_ONE = re.compile(r"1(?<=[A-Za-zæøåÆØÅ]1)(?=[a-zæøå])|1(?<=\s1)(?=[a-zæøå]{2,})")
_OCR_ZERO = re.compile(r"0(?<=[A-Za-zæøåÆØÅ]0)(?=1?[a-zæøå])")  # "N0rgaard", "Opf01gning": 0 for ø
_OCR_ONE_END = re.compile(r"1(?<=[a-zæøå]1)(?![\w@])")  # "ska1", "Ma1:": 1 for l at a word's end
_OCR_ONES = re.compile(r"11(?<=[A-Za-zæøåÆØÅ]11)(?=[a-zæøå])")  # "Cam11la"
_OCR_AT = re.compile(r"@(?<=[a-zæøå]@)(?=[a-zæøå]+(?![\w.-]*\.[a-z]{2,}))")
_OCR_AE = re.compile(r"(?<=[a-zøå])ae(?=[a-zæøå])")
_OCR_STRAY = re.compile(r"(?<![\w@.])[li.](?=[A-ZÆØÅ][a-zæøå])")
_ADDRESS = re.compile(r"\S+@\S+\.\w+|\bwww\.\S+|https?://\S+")


def repair_ocr(doc: ExtractedDocument) -> ExtractedDocument:
    """Undo the commonest OCR letter errors in a document whose text layer shows them."""
    sample = "\n".join(b.text for b in doc.blocks[:200])
    damage = len(_OCR_ONE.findall(sample))
    if damage < 2 and "@" in sample:
        damage += len(_OCR_AT.findall(_ADDRESS.sub(" ", sample)))
    if damage < 2:
        return doc

    def fix(text: str) -> str:
        pieces = []
        last = 0
        for m in _ADDRESS.finditer(text):
            pieces.append(_fix_words(text[last:m.start()]))
            pieces.append(m.group(0))
            last = m.end()
        pieces.append(_fix_words(text[last:]))
        return "".join(pieces)

    blocks = [replace(b, text=fix(b.text), cells=tuple(fix(c) for c in b.cells)) for b in doc.blocks]
    return replace(doc, blocks=blocks)


# "rn" read for "m" where Danish never writes "rn": at the start of a word ("rnentor"), next to
# another m ("Komrnunen", "sarnmen") and in the lone word "orn" ("om").
_OCR_RN = re.compile(r"(?<![\w@.])rn(?=[aeiouyæøå])|(?<=m)rn|rn(?=m)|(?<![\w@.])orn(?!\w)")
# "HenrikDahl": a space lost between two capitalised words.
_OCR_GLUED = re.compile(r"(?<=[a-zæøå]{2})(?=[A-ZÆØÅ][a-zæøå]{2})")


def _fix_words(text: str) -> str:
    text = _OCR_STRAY.sub("", text)  # "lDorthe Vinding": a speck read as a letter before a capital
    text = _OCR_GLUED.sub(" ", _OCR_RN.sub(lambda m: "om" if m.group(0) == "orn" else "m", text))
    text = _OCR_ONE_END.sub("l", _OCR_ONES.sub("ii", _OCR_ZERO.sub("ø", text)))
    return _OCR_AE.sub("æ", _OCR_AT.sub("æ", _OCR_ONE.sub("i", text)))


def _checkbox_marks(spec: dict[str, Any]) -> dict[str, Any]:
    chosen = [str(m) for m in spec.get("chosen") or []]
    marks = chosen + [str(m) for m in spec.get("unchosen") or []]
    if not marks:
        return {}
    return {"checkbox_re": re.compile("(" + "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)) + ")"),
            "chosen": frozenset(chosen)}


def _keep_chosen(text: str, marks: re.Pattern[str], chosen: frozenset[str]) -> str:
    """"Timetal: ☐ 2 timer ☒ 4 timer" -> "Timetal: 4 timer": unchosen options are not the value."""
    parts = marks.split(text)
    kept = [parts[0]]
    for mark, option in zip(parts[1::2], parts[2::2]):
        if mark in chosen:
            kept.append(option)
    return " ".join(" ".join(kept).split())


_FIRST_CHARS: dict[str, re.Pattern[str]] = {}


def _first_chars(marks: re.Pattern[str]) -> re.Pattern[str]:
    """A character class of the first characters of the marks in ``marks`` (cached)."""
    found = _FIRST_CHARS.get(marks.pattern)
    if found is None:
        alternatives = marks.pattern[1:-1].split("|")
        chars = {re.sub(r"\\(.)", r"\1", a)[:1] for a in alternatives if a}
        found = _FIRST_CHARS[marks.pattern] = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return found


def _resolve_checkboxes(doc: ExtractedDocument, marks: Optional[re.Pattern[str]],
                        chosen: frozenset[str]) -> ExtractedDocument:
    if marks is None:
        return doc
    # One scan of the whole text for a mark's first character rules out nearly every document.
    first = _first_chars(marks)
    if first.search("\n".join(b.text for b in doc.blocks)) is None or \
            not any(marks.search(b.text) for b in doc.blocks):
        return doc
    blocks = []
    for block in doc.blocks:
        if not marks.search(block.text):
            blocks.append(block)
        elif block.cells:
            cells = tuple(_keep_chosen(c, marks, chosen) if marks.search(c) else c for c in block.cells)
            blocks.append(replace(block, cells=cells, text=" | ".join(cells)))
        else:
            blocks.append(replace(block, text=_keep_chosen(block.text, marks, chosen)))
    return replace(doc, blocks=blocks)


def _continues_line(block: Block, nxt: Block) -> bool:
    if nxt.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW) or block.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW):
        return False
    if _OPEN_RANGE_END.search(block.text) and _DATE_START.match(nxt.text):
        return nxt.kind == block.kind
    return bool(_OPEN_CONTACT_END.search(block.text) and _CONTACT_START.match(nxt.text)
                and len(block.text) > 12)  # not a bare "Tlf." sub-label line


def _join_broken_ranges(doc: ExtractedDocument) -> ExtractedDocument:
    """Join a paragraph that a line break cut inside a date range or after a contact label
    ("Tlf.") with the next one that completes it (PDF text)."""
    blocks = doc.blocks
    if not any(_OPEN_RANGE_END.search(b.text) or _OPEN_CONTACT_END.search(b.text) for b in blocks):
        return doc
    joined = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if i + 1 < len(blocks) and _continues_line(block, blocks[i + 1]):
            joined.append(replace(block, text=block.text.rstrip() + " " + blocks[i + 1].text.lstrip()))
            i += 2
            continue
        joined.append(block)
        i += 1
    return replace(doc, blocks=joined)


def analyze(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None = None,
            ignore: Collection[str] = (), lang: str = "da") -> tuple[str, list[Finding]]:
    """Lint one document with a rule pack.

    Returns the detected kind ("agreement", "minplan", "decision" or "unknown") and the
    findings sorted by location. ``select`` limits the rules to those names (disabled rules
    can be selected explicitly), ``ignore`` drops names. Evidence and messages are CPR-masked
    and evidence is shortened to about 160 characters.
    """
    analysis, findings = _analyze(doc, pack, select=select, ignore=ignore, lang=lang)
    return analysis.kind, findings


def analyze_explained(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None = None,
                      ignore: Collection[str] = (), lang: str = "da"
                      ) -> tuple[str, list[Finding], dict[str, dict[str, Any]]]:
    """:func:`analyze` plus what was read: the ``fields`` object of :mod:`mentordocs.lint.explain`."""
    from mentordocs.lint.explain import explain_fields

    analysis, findings = _analyze(doc, pack, select=select, ignore=ignore, lang=lang)
    return analysis.kind, findings, explain_fields(analysis)


def _analyze(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None,
             ignore: Collection[str], lang: str) -> tuple[Analysis, list[Finding]]:
    analysis = analyze_fields(doc, pack)
    analysis.lang = lang
    names = list(select) if select is not None else pack.enabled_rule_names()
    findings: list[Finding] = []
    for name in names:
        if name in ignore or name not in pack.rules:
            continue
        rule = pack.rules[name]
        applies = rule.get("applies_to")
        if applies is not None and analysis.kind not in applies:
            continue
        check = _KINDS[rule["kind"]]
        findings.extend(check(analysis, name, rule))
    findings = [_clean(f, analysis.compiled.evidence_chars) for f in findings]
    findings.sort(key=lambda f: (f.location.page or 0, f.location.paragraph or 0, f.rule))
    return analysis, findings


# -- helpers ---------------------------------------------------------------------------------------

def _clean(finding: Finding, limit: int) -> Finding:
    evidence = finding.evidence
    if evidence is not None:
        evidence = shorten(mask_cpr(evidence), limit) or None
    return replace(finding, message=mask_cpr(finding.message), evidence=evidence)


def _finding(a: Analysis, name: str, rule: dict[str, Any], *, message_key: str = "message",
             evidence: Optional[str] = None, location: Location = Location(),
             fmt: Optional[dict[str, Any]] = None) -> Finding:
    message = localized(rule.get(message_key), a.lang) or localized(rule.get("message"), a.lang)
    if fmt:
        message = message.format(**fmt)
    return Finding(rule=name, severity=Severity(rule["severity"]), message=message,
                   field=rule.get("field"), evidence=evidence, location=location,
                   fix=localized(rule.get("fix"), a.lang) or None)


def _kind_enum(kind: str) -> DocumentKind:
    return DocumentKind(kind)




def required_fields(a: Analysis) -> set[str]:
    """The fields ``a`` must contain. A decision letter that carries the agreement in its body or
    as a Bilag (the mentor's tasks and the follow-up stated, and at least
    ``settings.min_fields_for_agreement_in_decision`` of the agreement's own fields, even if
    empty) is checked as an agreement too (issue 8)."""
    required = {f.value for f in REQUIRED_FIELDS[_kind_enum(a.kind)]}
    if a.kind == DocumentKind.DECISION.value:
        stated = sum(1 for key in AGREEMENT_OWN_KEYS
                     if (status := a.fields.get(key)) is not None and status.state != "absent")
        # The mentor's tasks and the follow-up are written only in an agreement; a grant letter
        # names the goal, the mentor, the period and the hours too.
        own = all((status := a.fields.get(key)) is not None and status.state != "absent"
                  for key in ("tasks", "follow_up"))
        if own and stated >= a.compiled.agreement_in_decision:
            required |= {f.value for f in REQUIRED_FIELDS[DocumentKind.AGREEMENT]}
    return required


# -- rule kinds --------------------------------------------------------------------------------------

def _missing_field(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    key = rule["field"]
    if rule.get("applies_to") is None:
        required = required_fields(a)
        if a.kind == DocumentKind.DECISION.value and key == "reasons":
            required = set()  # conditional: see the missing-reasons rule
        if key not in required:
            return []
    status = a.fields.get(key) or FieldStatus(key, "absent")
    if status.ok:
        return []
    if status.state == "absent":
        return [_finding(a, name, rule, location=Location())]
    if status.state == "vague":
        return [_finding(a, name, rule, message_key="message_vague", evidence=status.evidence,
                         location=status.location)]
    if status.state == "empty":
        return [_finding(a, name, rule, message_key="message_empty", evidence=status.evidence,
                         location=status.location)]
    # incomplete: say what is lacking
    detail_key = {"no-contact": "message_no_contact", "no-name": "message_no_name"}.get(
        status.detail or "", "message_incomplete")
    return [_finding(a, name, rule, message_key=detail_key, evidence=status.evidence,
                     location=status.location)]


def _support_periods(a: Analysis) -> list[tuple[int, Period]]:
    """Periods of support in the document, with their block index (limits, history,
    intervals and background removed)."""
    duration_blocks: set[int] = set()
    for sec in a.sections:
        if "duration" in sec.fields:
            duration_blocks.add(sec.block_index)
            duration_blocks.update(i for i, _ in sec.parts)
    found: list[tuple[int, Period]] = []
    for index, block in enumerate(a.doc.blocks):
        folded = a.folded[index]
        if _DIGIT.search(folded) is None and _MAYBE_PERIOD_WORD.search(folded) is None:
            continue
        for p in support_periods(block.text, a.compiled.periods, labelled=index in duration_blocks,
                                 folded=folded):
            found.append((index, p))
    # A value that no single block holds (a table cell wrapped over several rows) is read whole.
    for sec in a.sections:
        if "duration" not in sec.fields or sec.parent:
            continue
        for index, text in sec.parts:
            if text and text not in a.doc.blocks[index].text:
                found.extend((index, p) for p in support_periods(text, a.compiled.periods, labelled=True)
                             if all(p.text != q.text for _, q in found))
    return found


# A block without a digit or one of these words holds no period. Exact rewrite of
# r"\d|maned|mdr|mnd|uge|\bar\b|dage" with literal-led alternatives, which the regex engine
# scans several times faster (see durations._word_start).
_DIGIT = re.compile(r"\d")
_MAYBE_PERIOD_WORD = re.compile(r"maned|mdr|mnd|uge|ar(?<!\war)\b|dage")


def _start_and_end_fields(a: Analysis) -> list[tuple[int, Period]]:
    """"Start: 01.09.2026" and "Slut: 31.05.2027" in separate duration fields make one period."""
    dated: list[tuple[int, dt.date]] = []
    for sec in a.sections:
        if "duration" not in sec.fields or sec.parent:
            continue
        for index, text in [(sec.block_index, sec.label), *sec.parts]:
            for d in find_dates(fold(text)):
                if d.complete:
                    dated.append((index, d.date()))  # type: ignore[arg-type]
    if len(dated) < 2:
        return []
    (first_index, start), (_, end) = dated[0], dated[-1]
    if end <= start:
        return []
    text = a.doc.blocks[first_index].text
    return [(first_index, Period(0, len(text), text, start=start, end=end))]


def _duration_limit(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind == "unknown":
        return []
    policy = a.compiled.policy
    full_text = "\n".join(a.folded)
    if a.compiled.periods.discharge_re.search(full_text):
        policy = discharge_policy(policy)
    findings = []
    seen: set[str] = set()
    periods = _support_periods(a)
    if not any(p.is_range for _, p in periods):
        periods += _start_and_end_fields(a)
    for index, p in periods:
        if not p.over_limit(policy) or p.text in seen:
            continue
        seen.add(p.text)
        block = a.doc.blocks[index]
        findings.append(_finding(a, name, rule, evidence=_around(block.text, p), location=block.location,
                                 fmt={"length": p.describe(a.lang), "max_months": policy.max_months}))
    return findings


def _around(text: str, p: Period) -> str:
    return shorten(text, 160, focus=(p.start_pos, p.end_pos))


def _unclear_goal(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind == "unknown":
        return []
    goal = a.fields.get("goal")
    if goal is None or goal.state != "present" or not goal.value:
        return []
    problems = assess_goal(goal.value, a.compiled.goals)
    if not is_unclear(problems):
        return []
    text = "; ".join((p.message_en if a.lang == "en" else p.message_da).rstrip(".") for p in problems
                     if p.decisive)
    return [_finding(a, name, rule, evidence=goal.value, location=goal.location, fmt={"problems": text})]


def _missing_reasons(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind != "decision":
        return []
    text = "\n".join(a.folded)
    if not a.compiled.kinds.not_full_grant.search(text):
        return []
    reasons = a.fields.get("reasons")
    if reasons is not None and reasons.ok:
        return []
    return [_finding(a, name, rule, location=Location())]


def _appeal_route(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Appeal guidance that sends the complaint straight to Ankestyrelsen (RSL §§ 66-67)."""
    appeal = a.compiled.pack.data.get("appeal") or {}
    direct = _compiled_list(appeal.get("direct_route"))
    forwarded = _compiled_list(appeal.get("forwarded_route"))
    if direct is None:
        return []
    text = "\n".join(a.folded)
    if forwarded is not None and forwarded.search(text):
        return []
    for index, folded in enumerate(a.folded):
        if direct.search(folded):
            block = a.doc.blocks[index]
            return [_finding(a, name, rule, evidence=block.text, location=block.location)]
    return []


def _compiled_list(patterns: Any) -> Optional[re.Pattern[str]]:
    return _compiled_alternation(tuple(str(p) for p in patterns or []))


@functools.lru_cache(maxsize=64)
def _compiled_alternation(patterns: tuple[str, ...]) -> Optional[re.Pattern[str]]:
    return re.compile(pack_alternation(patterns)) if patterns else None


def _cpr_present(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    for block in a.doc.blocks:
        matches = find_cprs(block.text)
        if matches:
            masked = mask_cpr(matches[0].group(0))
            return [_finding(a, name, rule, evidence=block.text, location=block.location,
                             fmt={"masked": masked})]
    return []


@functools.lru_cache(maxsize=8)
def _before_end_re(number_words: tuple[str, ...]) -> re.Pattern[str]:
    """"14 dage før udløb", "to uger inden støtteperioden slutter"; the number words are the
    pack's (``durations.number_words``)."""
    words = "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True))
    return re.compile(rf"(?:(\d+)|\b({words}))\s*(dage|uger)\s*(?:for|inden|forud for)\s+"
                      r"(?:\w+\s+){0,3}?(?:udlob|ophor|afslut|slut|periodens|stotteperiodens|aftalens|"
                      r"bevillingens|forlobets|stotten)")


def _evaluation_before_end(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Gribskov: progression is always evaluated 14 days before the support period ends."""
    if a.kind not in (rule.get("applies_to") or ["agreement"]):
        return []
    days_required = int(rule.get("days", a.compiled.policy.evaluation_before_end_days))
    number_words = a.compiled.periods.number_words
    before_end = _before_end_re(tuple(number_words))
    for folded in a.folded:
        for m in before_end.finditer(folded):
            n = int(m.group(1)) if m.group(1) else number_words[m.group(2)]
            days = n * 7 if m.group(3).startswith("uge") else n
            if days >= days_required:
                return []
    # A dated evaluation at least `days` before the end of the period also satisfies it.
    periods = [p for _, p in _support_periods(a) if p.is_range]
    follow = a.fields.get("follow_up")
    if periods and follow is not None and follow.value:
        end = max(p.end for p in periods if p.end is not None)
        for d in find_dates(fold(follow.value)):
            day = d.date(end.year)
            if day is not None and dt.timedelta(0) <= end - day and (end - day).days >= days_required:
                return []
    status = a.fields.get("follow_up")
    location = status.location if status is not None else Location()
    return [_finding(a, name, rule, location=location, fmt={"days": days_required})]


_INTERVALS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"hver (?:14\.? dag|fjortende dag|anden uge|2\.? uge)|hver 14 dage|hver 2 uger"), 14),
    (re.compile(r"hver (?:uge)\b|ugentlig"), 7),
    (re.compile(r"hver (?:3\.? maned|tredje maned)|kvartal|hver 3 maneder"), 92),
    (re.compile(r"hver (?:2\.? maned|anden maned)|hver 2 maneder"), 62),
    (re.compile(r"hver (?:4\.? maned|fjerde maned)|hver 4 maneder"), 123),
    (re.compile(r"hver (?:6\.? maned|sjette maned|halve ar)|halvarlig"), 183),
    (re.compile(r"hver maned|manedlig|en gang om maneden|1 gang om maneden|en gang pr\.? maned"), 31),
]
_HOURS_PER = re.compile(r"(\d+(?:[,.]\d+)?)(?:\s*(?:-|–|til)\s*(\d+(?:[,.]\d+)?))?\s*(?:timer?|t\.?)\s*"
                        r"(?:/|pr\.?|per|om|i|hver)?\s*(uge|ugen|ugentlig|maned|maneden|md)")


def _follow_up_interval(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Gribskov service levels: the hours per week set the longest allowed evaluation interval."""
    if a.kind not in (rule.get("applies_to") or ["agreement"]):
        return []
    hours, follow = a.fields.get("hours"), a.fields.get("follow_up")
    if not (hours and hours.ok and hours.value and follow and follow.ok and follow.value):
        return []
    m = _HOURS_PER.search(fold(hours.value))
    if not m:
        return []
    amount = float((m.group(2) or m.group(1)).replace(",", "."))
    weekly = amount if m.group(3).startswith("uge") else amount / 4.33
    interval = None
    folded_follow = fold(follow.value)
    for pattern, days in _INTERVALS:
        if pattern.search(folded_follow):
            interval = days
            break
    if interval is None:
        return []
    for level in rule.get("levels", []):
        if weekly <= float(level.get("max_hours_per_week", 1e9)):
            allowed = int(level["max_interval_days"])
            if interval > allowed:
                return [_finding(a, name, rule, evidence=follow.value, location=follow.location,
                                 fmt={"level": level.get("name", ""), "hours": m.group(0),
                                      "allowed": level.get("interval_da" if a.lang == "da" else "interval_en",
                                                           f"{allowed} dage")})]
            return []
    return []


_KINDS: dict[str, Callable[[Analysis, str, dict[str, Any]], list[Finding]]] = {
    "missing-field": _missing_field,
    "duration-limit": _duration_limit,
    "unclear-goal": _unclear_goal,
    "missing-reasons": _missing_reasons,
    "appeal-route": _appeal_route,
    "cpr-present": _cpr_present,
    "evaluation-before-end": _evaluation_before_end,
    "follow-up-interval": _follow_up_interval,
}
