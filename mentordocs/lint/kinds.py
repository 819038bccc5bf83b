"""Detect what a document is: a written agreement, a Min Plan entry, a decision letter, or none.

The kind decides which fields are required (``mentordocs.domain.fields.REQUIRED_FIELDS``).
Order of evidence:

1. The title, read in document order among the first blocks, the first headings (among the
   first twenty blocks) and short lines without a full stop (among the first dozen): a title
   often sits below a letterhead of address, date and case lines. A title that announces guidance ("Vejledning: mentoraftaler",
   "Hvad er en mentor?") makes the document ``unknown`` unless it holds concrete data (a mentor
   with contact data, a dated period). Otherwise the first title line with a marker decides; in
   that line "aftale"/"mentoraftale" (agreement) wins over "Min Plan" (minplan), unless the
   Min Plan marker heads the line and names its activity ("Min Plan: aftale om mentor"); both
   win over "afgørelse"/"bevilling"/"afslag"/"ophør"/"forlængelse" (decision), so "Bevilling og aftale om
   mentorstøtte" is an agreement.
2. Without a title marker, a text that reads like guidance ("skal som minimum indeholde",
   "målgruppe", "kvalitetsstandard") and holds no concrete data is ``unknown`` (domain.md § 10):
   a leaflet that lists the fields is not an agreement.
3. The body: phrases such as "vi har bevilget", "du har fået bevilget" (decision), "aftale om
   mentorstøtte", "underskrift" (agreement), "Min Plan" (minplan), whichever is most frequent.
4. A document with none of these but several fields filled in is read as an agreement (a form
   without a title); anything else is ``unknown``.

All patterns are data in the pack (``kinds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from mentordocs.domain.fields import AGREEMENT_KEYS, AGREEMENT_OWN_KEYS, REQUIRED_FIELDS, DocumentKind
from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import PeriodVocabulary, find_periods
from mentordocs.lint.model import FieldStatus
from mentordocs.lint.text import fold, fold_pattern, pack_alternation

KIND_ORDER = ("agreement", "decision", "minplan")


@dataclass(frozen=True)
class KindVocabulary:
    title: dict[str, re.Pattern[str]]
    body: dict[str, re.Pattern[str]]
    guidance: re.Pattern[str]
    title_guidance: re.Pattern[str]
    #: a worked example in a guide ("Eksempel: »…«", kinds.example)
    example: re.Pattern[str]
    #: the three kinds' body phrases as one regex with a named group per kind
    body_any: re.Pattern[str]
    not_full_grant: re.Pattern[str]
    min_filled: int
    #: type name -> (title pattern, (any body phrase, each body phrase))
    other: dict[str, tuple[re.Pattern[str], Optional[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]]]]
    #: type name -> how many of the agreement's fields a document under that title must fill to
    #: be read by what it holds instead (kinds.other.<type>.yields_to_fields)
    other_yields: dict[str, int]
    #: every type's title pattern as one alternation, to reject a line in one search
    other_titles: re.Pattern[str]
    min_other_hits: int
    authority: re.Pattern[str]
    weak_authority: re.Pattern[str]
    private: re.Pattern[str]
    not_lab: re.Pattern[str]
    carries_agreement: re.Pattern[str]
    #: a letter's salutation ("Kære Jonas"; the pack's cues.salutation, as the field finder reads it)
    salutation: re.Pattern[str]
    #: a heading inside a decision letter that starts the agreement (kinds.agreement_section)
    agreement_section: re.Pattern[str]
    #: a decision's word that the agreement is still to be made (kinds.agreement_to_come)
    agreement_to_come: re.Pattern[str]
    #: a citation of the act the kinds are made under (kinds.lab_cited)
    lab_cited: re.Pattern[str]
    #: words that say a document is about mentor support (kinds.subject)
    subject: re.Pattern[str]
    #: a decision title's object ("afslag på befordringsgodtgørelse"): kinds.decision_object
    decision_object: re.Pattern[str]
    #: signs of one citizen's case: a CPR number, a case number, a named citizen, a salutation
    case_signs: re.Pattern[str]
    #: words by which a text speaks to or of one citizen ("du", "dig", "your"): kinds.one_citizen
    one_citizen: re.Pattern[str]
    #: groups of phrases that, all found, make a decision-like letter none of the kinds
    #: (kinds.not_decision): the appeal body's ruling, a reconsideration that upholds and forwards
    not_decision: tuple[tuple[re.Pattern[str], ...], ...]
    #: the first line of a printed e-mail ("Fra:", "Emne:")
    mail_header: re.Pattern[str]
    #: a reply's or forward's subject ("Re: din mentoraftale – rettelser")
    reply_subject: re.Pattern[str]
    #: a letterhead's information column ("Tlf. 72 49 60 00 Dato: 26. marts 2026")
    info_column: re.Pattern[str]
    #: a case system's metadata line that names a document ("Dokumenttitel: …", "Bilag: …")
    metadata_label: re.Pattern[str]
    #: the site a page was printed from ("Jobnet · Min side"), which heads its every page
    site_title: re.Pattern[str]
    #: a site's menu items ("Forside", "Journal", "Log ud"), two of which on a short line make it the menu
    menu_items: re.Pattern[str]
    #: the jobcentre named as a party of the agreement ("indgået mellem … og Jobcenter Holstebro")
    jobcentre_party: re.Pattern[str]
    #: a reference row's label ("Rekvisitionsnr.", "Sagsnr.", "Case number"), which names no document
    reference_label: re.Pattern[str]
    #: the title of another plan under the act that carries the mentor support (kinds.plan_title)
    plan_title: re.Pattern[str]
    #: a title-less export's row that records an activity of the plan (kinds.activity_record)
    activity_record: re.Pattern[str]
    #: the mailbox a letter was printed from ("e-Boks · Indbakke"), which titles no document
    mailbox_site: re.Pattern[str]
    #: an activity's status in a plan ("Aktiv", "Igangværende", "Planlagt"; cues.activity_status)
    activity_status: re.Pattern[str]
    #: a row of a table of the support's periods ("Forlængelse | …"; cues.period_row)
    period_row: re.Pattern[str]
    #: a document that says it is itself the agreement ("Referatet er den skriftlige aftale")
    is_the_agreement: re.Pattern[str]
    #: a label over Word's placeholder ("Borger | Klik eller tryk her for at skrive tekst.")
    placeholder_row: re.Pattern[str]
    #: such a plan's word that it has no mentor support now (kinds.no_support)
    no_support: re.Pattern[str]
    #: its word that the mentor support awaits its grant (kinds.pending_support): none of the
    #: kinds unless the plan describes the support all the same
    pending_support: re.Pattern[str]

    @classmethod
    def build(cls, data: dict[str, Any]) -> "KindVocabulary":
        kinds = data.get("kinds") or {}

        def compile_list(patterns: Any) -> re.Pattern[str]:
            return re.compile(pack_alternation(patterns or []))

        return cls(
            title={k: compile_list((kinds.get("title") or {}).get(k)) for k in KIND_ORDER},
            body={k: compile_list((kinds.get("body") or {}).get(k)) for k in KIND_ORDER},
            body_any=re.compile("|".join(
                f"(?P<{k}>" + "|".join(fold_pattern(str(p)) for p in (kinds.get("body") or {}).get(k) or ["$^"]) + ")"
                for k in KIND_ORDER)),
            guidance=compile_list(kinds.get("guidance")),
            title_guidance=compile_list(kinds.get("title_guidance")),
            example=compile_list(kinds.get("example") or ["$^"]),
            not_full_grant=compile_list(kinds.get("not_full_grant")),
            min_filled=int((data.get("settings") or {}).get("min_filled_fields_for_agreement", 3)),
            other=(other := {name: (compile_list((spec or {}).get("title")), _grouped((spec or {}).get("body") or []))
                             for name, spec in (kinds.get("other") or {}).items()}),
            other_titles=re.compile("|".join(f"(?:{title.pattern})" for title, _ in other.values()) or "$^"),
            other_yields={name: int(spec["yields_to_fields"]) for name, spec in (kinds.get("other") or {}).items()
                          if spec and spec.get("yields_to_fields") is not None},
            min_other_hits=int(kinds.get("min_other_hits", 2)),
            authority=compile_list(kinds.get("authority") or [r"[\s\S]"]),
            weak_authority=compile_list(kinds.get("weak_authority")),
            private=compile_list(kinds.get("private")),
            not_lab=compile_list(kinds.get("not_lab")),
            carries_agreement=compile_list(kinds.get("carries_agreement")),
            salutation=compile_list((data.get("cues") or {}).get("salutation")),
            agreement_section=compile_list(kinds.get("agreement_section") or ["$^"]),
            agreement_to_come=compile_list(kinds.get("agreement_to_come") or ["$^"]),
            lab_cited=compile_list(kinds.get("lab_cited") or ["$^"]),
            subject=compile_list(kinds.get("subject")),
            decision_object=compile_list(kinds.get("decision_object")),
            case_signs=compile_list(kinds.get("case_signs")),
            one_citizen=compile_list(kinds.get("one_citizen")),
            not_decision=tuple(tuple(re.compile(fold_pattern(str(p))) for p in group)
                               for group in kinds.get("not_decision") or []),
            mail_header=compile_list(kinds.get("mail_header")),
            reply_subject=compile_list(kinds.get("reply_subject") or ["$^"]),
            info_column=compile_list(kinds.get("info_column") or ["$^"]),
            metadata_label=compile_list(kinds.get("metadata_label")),
            site_title=compile_list(kinds.get("site_title") or ["$^"]),
            menu_items=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(str(w))) for w in kinds.get("menu_items") or [])
                                  + r")(?!\w)" if kinds.get("menu_items") else "$^"),
            jobcentre_party=compile_list(kinds.get("jobcentre_party") or ["$^"]),
            reference_label=compile_list(kinds.get("reference_label") or ["$^"]),
            plan_title=compile_list(kinds.get("plan_title") or ["$^"]),
            activity_record=compile_list(kinds.get("activity_record") or ["$^"]),
            mailbox_site=compile_list(kinds.get("mailbox_site") or ["$^"]),
            activity_status=compile_list((data.get("cues") or {}).get("activity_status") or ["$^"]),
            period_row=compile_list((data.get("cues") or {}).get("period_row") or ["$^"]),
            is_the_agreement=compile_list(kinds.get("is_the_agreement") or ["$^"]),
            placeholder_row=re.compile(r"[:|]\s*(?:" + "|".join(re.escape(fold(str(p))) for p in data.get("placeholders") or [])
                                       + r")\W*$") if data.get("placeholders") else re.compile("$^"),
            no_support=compile_list(kinds.get("no_support") or ["$^"]),
            pending_support=compile_list(kinds.get("pending_support") or ["$^"]),
        )

    def other_title(self, line: str) -> Optional[str]:
        """The type of a title line that names a document of none of the kinds ("Referat",
        "Faktura", "Statusrapport"), or None: the first type, in the pack's order, whose title
        matches (one search of all the types' titles, most lines match none)."""
        if self.other_titles.search(line) is None:
            return None
        for name, (title, _) in self.other.items():
            if title.search(line):
                return name
        return None

    def other_body(self, text: str) -> Optional[str]:
        """The type whose body phrases occur at least ``min_other_hits`` times (distinct)."""
        for name, (_, body) in self.other.items():
            if body is None:
                continue
            any_phrase, phrases = body
            if any_phrase.search(text) is None:
                continue  # one scan rules out most documents
            hits = 0
            for phrase in phrases:
                if phrase.search(text) is not None:
                    hits += 1
                    if hits >= self.min_other_hits:
                        return name
        return None

    def under_lab(self, text: str) -> bool:
        """Whether a document reads as written by or for a municipality (an authority word), and
        not as a private programme (a club's or a free school's "mentoraftale")."""
        private = len({m.group(0) for m in self.private.finditer(text)})
        if not private:
            return True  # nothing says it is private; a bare form is read as what its title says
        strong = {m.group(0) for m in self.authority.finditer(text) if not self.weak_authority.fullmatch(m.group(0))}
        return len(strong) > private


def _grouped(patterns: list[Any]) -> Optional[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]]:
    """Any of the phrases as one regex (a quick test), and each phrase on its own (to count them)."""
    if not patterns:
        return None
    folded = [fold_pattern(str(p)) for p in patterns]
    return re.compile(pack_alternation(patterns)), tuple(re.compile(p) for p in folded)


#: a row that opens with a date ("1.9.2025-28.2.2026 | …"; not a CPR number, "070872-2313 | …")
_DATE_FIRST = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_MENU_GAP = re.compile(r" \| | {2,}")
_FIGURE = re.compile(r"\d")
_ITEM_COUNT = re.compile(r"\(\d+\)")
#: A web page's menu copied with its text: at least this many lines in a row of a word or two.
_MENU_ITEMS = 4
_MENU_ITEM = re.compile(r"[a-zæøå][a-zæøå-]*(?: [a-zæøå-]+)?(?: \(\d+\))?")


def _menu_run(folded_blocks: list[str]) -> set[int]:
    """The lines of a site's menu at the top of a copied page ("Forside", "Mine sager",
    "Borgere", "Kalender", "Opgaver (3)", "Log ud"): runs of at least four lines of one or two
    words each, no figure but an item count, no punctuation."""
    found: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*folded_blocks, ""]):
        if _MENU_ITEM.fullmatch(block.strip()):
            run.append(i)
            continue
        if len(run) >= _MENU_ITEMS:
            found.update(run)
        run = []
    return found


def _short_line(text: str) -> bool:
    stripped = text.strip()
    # (a dash between a title's parts is no word: "Genvurdering af din sag – vi ændrer vores afgørelse")
    # ("Ny afgørelse efter din klage over afslag på mentorstøtte": nine words)
    return sum(1 for w in stripped.split() if w not in ("–", "—", "-", "·", "|")) <= 10 \
        and not stripped.endswith((".", ",", ";"))


_CORE = AGREEMENT_KEYS
_MINPLAN_ITEMS = tuple(f.value for f in REQUIRED_FIELDS[DocumentKind.MINPLAN])




def head_text(folded_blocks: list[str]) -> str:
    """The first four non-empty blocks, where a title stands."""
    return "\n".join([b for b in folded_blocks if b.strip()][:4])


_STATUS_LABEL = re.compile(r"(?:^|\|)\s*status\s*[:=|]?\s*")
_BADGE = re.compile(r"[\[(]([^\])(]{2,20})[\])]\s*$")


def activity_statuses(folded_blocks: list[str], vocab: KindVocabulary) -> int:
    """How many blocks give an activity's status: after a "Status" label ("Status: Aktiv",
    "Status=I gang"), as a cell of a row ("Mentor | I gang | 04.07.2026") or a line of its own."""
    found = 0
    for block in folded_blocks:
        if "|" in block and (vocab.period_row.search(block.lstrip(" |")) or _DATE_FIRST.match(block.lstrip(" |"))):
            # "Forlængelse | 2026-03-01 | 2026-06-30 | 5 | Bevilget", "1.9.2025-28.2.2026 | 3 t/uge |
            # Kim Lauritsen | afsluttet": a period of the support, no activity
            continue
        cells = [c.strip(' ."') for c in re.split(r"\s*[|,;]\s*", block)] if ("|" in block or block.count(",") >= 3) \
            else [_STATUS_LABEL.sub("", block).strip(" .")]
        cells += _BADGE.findall(block)  # "Mentor [Aktiv]", "Virksomhedspraktik (Igangværende)"
        if any(cell and len(cell) <= 20 and vocab.activity_status.fullmatch(cell) for cell in cells):
            found += 1
    return found


def detect_kind(folded_blocks: list[str], statuses: dict[str, FieldStatus], vocab: KindVocabulary,
                headings: Optional[list[bool]] = None, fmt: str = "",
                periods: Optional[PeriodVocabulary] = None, list_items: Optional[list[bool]] = None,
                activities: int = 0) -> str:
    """Return "agreement", "minplan", "decision" or "unknown" (see the module docstring).

    ``headings`` marks which blocks are headings: a heading among the first twenty blocks is
    the title even below a letterhead of address lines. ``list_items`` marks list items, which
    are never the title ("Lovgrundlaget: mentoraftalen og Min Plan" in a course programme)."""
    text = "\n".join(folded_blocks)
    filled = sum(1 for key in _CORE if key in statuses and statuses[key].state == "present")
    labelled = sum(1 for key in _CORE if key in statuses and statuses[key].state == "present"
                   and any(sec.fields for sec in statuses[key].sections))
    mentor = statuses.get("mentor")
    concrete = mentor is not None and mentor.state == "present"
    duration = statuses.get("duration")
    if duration is not None and duration.state == "present" and duration.value:
        # a dated period is concrete; "6 måneder" alone is what a leaflet says too
        concrete = concrete or any(p.is_range and p.excluded is None for p in find_periods(duration.value, periods)) \
            or any(d.complete for d in find_dates(fold(duration.value)))  # "Fra 21/2 2026 og ½ år frem"
    # The title: a heading, or a short line without a full stop, among the first dozen blocks
    # (below a letterhead of address lines), and the first blocks; read in document order.
    person = mentor is not None and mentor.state == "present"
    if list_items:
        # a list item is never the title: leave it out of the lines a title is looked for in
        folded_title = [("" if item else block) for block, item in zip(folded_blocks, list_items)]
    else:
        folded_title = folded_blocks
    kind, titled = _detect(folded_title, text, filled, concrete, person, vocab, headings)
    if kind == "unknown" and not titled and filled >= 2 and vocab.subject.search(text) \
            and max(activities, activity_statuses(folded_blocks, vocab)) >= 2:
        kind = "agreement"  # a title-less print of activities with statuses: a plan's (below)
    if kind == "unknown":
        return kind
    if kind in ("agreement", "decision") and not vocab.title["agreement"].search(head_text(folded_blocks)) \
            and max(activities, activity_statuses(folded_blocks, vocab)) >= 2 and vocab.subject.search(text):
        # the citizen's activities, each with its status ("Status: Aktiv", "Psykologsamtaler |
        # Igangværende | 04.07.2026", "Mentor | I gang"): a plan's entries, the mentor support
        # among them, whatever title or body words a print or an export has
        kind, titled = "minplan", True
    if kind == "agreement" and not titled and any(vocab.activity_record.search(b) for b in folded_blocks[:12]):
        # an export with no title that records the mentor support as an activity of the plan
        # ("Aktivitet;Mentor", "Status;Igangværende"): the plan's entry, not the agreement, and
        # one citizen's, as its row says (it stands for the title below)
        kind, titled = "minplan", True
    # The citizen's aim ("10. klasse på Hjørring Ungdomsskole") says where the citizen is going,
    # not who runs the support: a school named there is no private setting.
    goal = statuses.get("goal")
    aim = fold(goal.value) if goal is not None and goal.state == "present" and goal.value else ""
    setting = text.replace(aim, " ") if aim else text
    head = "\n".join([b.replace(aim, " ") if aim else b for b in folded_blocks if b.strip()][:4])
    # (a Min Plan entry is the citizen's plan under the act, whoever provides the support:
    # "Mentorstøtte – Bydelsmentorerne (foreningen)")
    if (vocab.private.search(head) and not vocab.lab_cited.search(text) and not vocab.jobcentre_party.search(text)
            and kind != "minplan") \
            or not vocab.under_lab(setting) \
            or (vocab.not_lab.search(text) and not (kind == "decision" and vocab.lab_cited.search(text))):
        # (a workplace's HR department that writes a mentor agreement under LAB § 167 says so;
        # a refusal under § 167 may give "skolens egen mentorordning" as its reason)
        return "unknown"  # a club's or a free school's own "mentoraftale" is not under LAB
    if kind == "minplan" and sum(1 for key in _MINPLAN_ITEMS
                                 if key in statuses and statuses[key].state not in ("absent", "empty")) < 2 \
            and not any(vocab.subject.search(block) and _short_line(block)
                        for block in [b for b in folded_blocks if b.strip()][:4]):
        # A Min Plan entry for mentor support describes the support, or its title names it
        # ("Min Plan: aftale om mentor", "Aktivitet: Mentorstøtte"; a sentence that explains the
        # plan, "I planen kan du se målet, hvem din mentor er …", names nothing). A plan print
        # that does neither and fills in at most one of its five items (a heading over nothing is none)
        # holds other activities: a plan with a
        # work placement and a course, a calendar of meetings ("Møde med mentor"), a plan that
        # mentions mentor support the citizen had before, a message that the plan changed.
        return "unknown"
    if not vocab.subject.search(text):
        # a decision on an enkeltydelse, a plan with a work placement only, an "Aftale om
        # virksomhedspraktik": paperwork that never names the mentor support is about something else
        return "unknown"
    if kind == "agreement" and filled == 0 and not any(st.state in ("incomplete", "vague") for st in statuses.values()) \
            and not vocab.case_signs.search(text) and not vocab.one_citizen.search(text):
        # a blank template: its labels over empty fields, no citizen and no case ("Periode
        # fra/til: ____", "Mentor og kontaktdata: ____"); a real agreement that fills nothing
        # is still written for someone
        return "unknown"
    if kind == "agreement" and _blank_form(folded_blocks, statuses, vocab):
        return "unknown"
    if kind == "agreement" and filled == 0 and not vocab.carries_agreement.search(text) \
            and vocab.reply_subject.match(next((b for b in folded_blocks if b.strip()), "").strip()):
        return "unknown"  # "Re: din mentoraftale – rettelser": a reply about the agreement, which it does not carry
    if kind == "decision" and _decides_on_another_subject(folded_blocks, vocab):
        return "unknown"  # "Afslag på befordringsgodtgørelse", however often it mentions a mentor
    if not titled and not vocab.case_signs.search(text) and not vocab.one_citizen.search(text) \
            and not vocab.carries_agreement.search(text):
        # Without a title that says what it is, an agreement, a plan or a decision shows it is
        # one citizen's: it writes to them, names them under a label or carries their case
        # number. A course programme or a provider's web page about "borgere" in general is
        # none of the kinds, however many fields it seems to fill. (An e-mail that says it carries
        # the agreement, "Her er den aftale, vi lavede", is that agreement.)
        return "unknown"
    if kind == "decision" and any(all(p.search(text) for p in group) for group in vocab.not_decision):
        return "unknown"  # Ankestyrelsen's ruling; a reconsideration that upholds and forwards
    if not person and vocab.guidance.search(text) is not None:
        guidance = _distinct_hits(vocab.guidance, text)
        if kind in ("agreement", "minplan") and not concrete and not vocab.case_signs.search(text):
            return "unknown"  # about agreements in general: no citizen, no case, no mentor, no dates
        if (not concrete and guidance >= 3) or guidance >= 4:
            return "unknown"  # a page that explains agreements (or Min Plan) to its readers
    first = next((b for b in folded_blocks if b.strip()), "")
    if (kind == "minplan" or (kind == "agreement" and not vocab.title["agreement"].search(head)
                              and (vocab.plan_title.search(head) or not titled))) and not vocab.subject.search(first) \
            and (vocab.no_support.search(text) or (vocab.pending_support.search(text) and filled < vocab.min_filled)):
        # (also a plan no title names, "Handleplan efter servicelovens § 141" over "Overvejet, men
        # ikke iværksat")
        # "Jobplan" whose "Mentorstøtte: ikke aktuelt" says it has none ("Mentor (ikke startet)"
        # over "Afventer bevilling" and nothing more: none yet)
        return "unknown"
    if kind == "minplan" and not vocab.site_title.search(head) \
            and _carries_section(folded_blocks, vocab, headings, list_items):
        # "Din plan – job og mentor" with a section "Mentoraftale (LAB § 167)": the agreement
        # written into the citizen's plan is checked as the agreement
        return "agreement"
    appeal = statuses.get("appeal_guidance")
    if kind == "agreement" and not vocab.title["agreement"].search(head) and vocab.plan_title.search(head) \
            and not _carries_section(folded_blocks, vocab, headings, list_items) \
            and not (appeal is not None and appeal.state == "present" and any(sec.fields for sec in appeal.sections)):
        # "Uddannelsesplan" over the goal, the mentor and the hours: the citizen's plan under the
        # act, which carries the mentor support as one of its parts, unless a section of it is
        # headed as the agreement ("Aftale om mentorstøtte") or it ends with its own appeal
        # guidance ("Klagevejledning"), as the written agreement does
        return "minplan"
    mail = fmt == "eml" or bool(vocab.mail_header.match(folded_blocks[0] if folded_blocks else ""))
    if mail and kind == "decision" and not vocab.body["decision"].search(text) \
            and not (statuses.get("appeal_guidance") and statuses["appeal_guidance"].state == "present"):
        # An e-mail whose subject says "forlængelse" but that decides nothing and tells the
        # citizen nothing about appeals is about a decision, not the decision.
        return "unknown"
    if mail and kind in ("agreement", "minplan") and (
                filled < 3 or (labelled < 3 and filled < 5 and not vocab.carries_agreement.search(text))):
        # An e-mail *about* the agreement (a meeting time, a reminder) is written as prose; an
        # e-mail that carries the agreement has its fields under labels, or attaches it.
        return "unknown"
    return kind


def _carries_section(folded_blocks: list[str], vocab: KindVocabulary, headings: Optional[list[bool]],
                     list_items: Optional[list[bool]]) -> bool:
    """Whether a heading (or a short line that is no list item) below the title names the
    agreement as a section: "Mentoraftale (LAB § 167):", not what was agreed ("Det har vi aftalt")."""
    return any((headings and headings[i] or (len(b.split()) <= 10 and not (list_items and list_items[i])))
               and vocab.agreement_section.search(b) and _NAMES_AGREEMENT.search(b)
               for i, b in enumerate(folded_blocks) if i)


def _blank_form(folded_blocks: list[str], statuses: dict[str, FieldStatus], vocab: KindVocabulary) -> bool:
    """A blank template that carries its appeal guidance as print: at least four of the
    agreement's own fields labelled and left empty (or showing Word's placeholder), none
    filled, and no citizen or case filled in either ("Sagsnr.:" and "Borger |" over nothing; the
    appeal's "Hvis du ikke er enig …" writes to no one in particular)."""
    own = [statuses[key] for key in AGREEMENT_OWN_KEYS if key in statuses]
    if any(st.state in ("present", "vague", "incomplete") for st in own) \
            or sum(1 for st in own if st.state == "empty" and st.sections) < 4:
        return False
    filled_in = "\n".join(b for b in folded_blocks if b.strip() and not _EMPTY_LABEL.fullmatch(b)
                          and not _LABEL_ROW.fullmatch(b) and not vocab.placeholder_row.search(b))
    # (a date filled in, "Dato: 24.06.2025", is written for someone)
    return not vocab.case_signs.search(_LABELS_ONLY.sub(" ", filled_in)) \
        and not any(d.complete for d in find_dates(filled_in))


#: a decision's object that is itself a kind of decision ("bevilling af forlængelse", "afgørelse om
#: ophør"), not what is decided on
_GENERIC_OBJECT = re.compile(r"\b(?:pa|på|om|af|vedrorende|vedrørende|vedr\.?)\s+(?:din |dit |dine |en |et )?"
                             r"(?:forlengelse|forlængelse|bevilling|ophor|ophør|afslag|endring|ændring|pause|stop)\w*\W*$")
#: a case system's print header ("FASIT Sagsoverblik - Udskrift", "Sagsoverblik · udskrevet …")
_PRINT_HEADER = re.compile(r"\b(?:udskrift|udskrevet|print(?:et)?)\b")
#: a mail's subject line of a word or two ("Emne: Afgørelse", "Subject: Decision")
_BARE_SUBJECT = re.compile(r"(?:emne|subject|vedr\.?|vedrorende)\s*:\s*([^\n|]{1,40})")
#: labels over nothing: "Sagsnr.:", "Borger |  | CPR-nr. | ", "Underskrift deltager: ____ Underskrift mentor: ____"
#: (or over an unmerged merge field: "Borger: «Borger_navn»", "Periode: ${periode}")
_EMPTY_LABEL = re.compile(r"(?:[^\n:|]{1,40}(?:[:|](?:[\s_.…|]|«[^»\n]{0,60}»|\$\{[^}\n]{0,60}\})*|\s*_{3,}\s*))+")
#: a heading that names the agreement as a document ("Aftale om uddannelsesmentor", "Mentoraftale"),
#: not what was agreed ("Det har vi aftalt")
_NAMES_AGREEMENT = re.compile(r"\baftale\b|\w+aftale\w*|\bagreement\b")
#: a row of labels only: the signature lines' roles ("Borger | Mentor | Jobcentret")
_LABEL_ROW = re.compile(r"\s*[^\W\d]+(?:\s[^\W\d]+)?\s*(?:\|\s*[^\W\d]+(?:\s[^\W\d]+)?\s*){2,}")
#: a case sign's label with nothing after it on its line ("Sagsnr.:", "Ref.:")
_LABELS_ONLY = re.compile(r"\b(?:sags?[_-]?(?:nr|nummer|id)|j\.? ?nr|journal(?:nr|nummer)|cpr(?:-?nr)?|ref)\.?\s*[:|]?\s*(?=\n|$)")


def _decides_on_another_subject(folded_blocks: list[str], vocab: KindVocabulary) -> bool:
    """Whether a decision's title names what it decides on, and that is not mentor support
    ("Afslag på befordringsgodtgørelse", "Afgørelse om enkeltydelse"). A title broken over two
    lines ("Afgørelse om forlængelse af din" + "mentorstøtte") is read with its second line."""
    # (every such title among the first blocks counts: a mail that forwards "Kopi af afgørelse
    # vedr. Sofie Dam" carries the letter titled "Afslag på mentorstøtte")
    objects: list[bool] = []  # per title found, whether it names the mentor support
    for index, block in enumerate(folded_blocks[:12]):
        if block.strip() and not _short_line(block):
            # the letter's first sentence under a bare "Afgørelse": "Du får
            # befordringsgodtgørelse efter LAB § 82 …" decides on transport
            first = vocab.decision_object.match(block.strip())
            if first is not None:
                objects.append(bool(vocab.subject.search(first.group(0))))
            continue
        if not block.strip():
            continue
        m = vocab.decision_object.search(block)
        if m is None:
            continue
        if _GENERIC_OBJECT.search(m.group(0)):
            continue  # "Afgørelse – delvis bevilling af forlængelse": the kind of decision, no subject
        if m.end() >= len(block.rstrip()) and index + 1 < len(folded_blocks):
            m = vocab.decision_object.search(block.rstrip() + " " + folded_blocks[index + 1].strip()) or m
        objects.append(bool(vocab.subject.search(m.group(0))))
    return bool(objects) and not any(objects)


def _beside_info_column(block: str, info_column: re.Pattern[str]) -> str:
    """"Bevilling af mentorstøtte | Tlf. 72 49 60 00 Dato: 26. marts 2026": a line of the letter
    beside the letterhead's information column, which a PDF's rows put in one line, is the
    letter's line alone."""
    if " | " not in block:
        return block
    cells = [cell for cell in block.split(" | ") if cell.strip()]
    if len(cells) == 2 and info_column.search(cells[1]) and not info_column.search(cells[0]):
        return cells[0]
    return block


def _distinct_hits(pattern: re.Pattern[str], text: str) -> int:
    return len({m.group(0) for m in pattern.finditer(text)})


#: A first block longer than this many words is a whole text run into one paragraph; its first
#: ``_TITLE_WORDS`` words are read for its title.
_RUN_ON_WORDS = 40
_TITLE_WORDS = 12

#: The citizen's plan in a sentence that says what a letter carries ("fra min plan", "i din plan").
_PLAN = re.compile(r"\b(?:min|din) plan\b")


def _detect(folded_blocks: list[str], text: str, filled: int, concrete: bool, person: bool, vocab: KindVocabulary,
            headings: Optional[list[bool]]) -> tuple[str, bool]:
    """The kind, and whether a title line said it."""
    folded_blocks = [_beside_info_column(b, vocab.info_column) for b in folded_blocks[:12]] + folded_blocks[12:]
    positions = [i for i, b in enumerate(folded_blocks) if b.strip()][:4]
    # (a letterhead set as a table of address, date and case lines may fill the first dozen blocks)
    positions += [i for i, b in enumerate(folded_blocks[:20]) if b.strip() and headings and headings[i]][:3]
    # (not a letterhead's or footer's parts joined by middle dots: "Jobnet · Styrelsen for …")
    positions += [i for i, b in enumerate(folded_blocks[:12])
                  if b.strip() and _short_line(b) and " · " not in b
                  and (vocab.title_guidance.search(b) or vocab.other_title(b)
                                                      or any(vocab.title[k].search(b) for k in KIND_ORDER))][:3]
    weak = ""  # a title that only names the site the page was printed from
    menu_items = _menu_run(folded_blocks[:20])
    for i in sorted(set(positions)):
        block = folded_blocks[i]
        if i == positions[0] and len(words := block.split()) > _RUN_ON_WORDS:
            # a whole letter or form run into one paragraph (a text index pasted into Word): its
            # title is where it starts ("Du får mentorstøtte Til: Sofie …"), not a word of its
            # guidance further on ("Klagevejledning: Se vedlagte folder")
            block = " ".join(words[:_TITLE_WORDS])
        if i in menu_items:
            continue  # "Forside" / "Mine sager" / "Kalender" / "Log ud": a web page's menu, copied with it
        if vocab.metadata_label.match(block):
            continue  # "Dokumenttitel: Mentoraftale" on a journal cover sheet names another document
        if block.strip().startswith("[") and block.strip().endswith("]"):
            continue  # an image's description ("[Piktogram: en hånd, der holder en tjekliste]") is no title
        if " | " in block and vocab.reference_label.search(block.split(" | ", 1)[0].strip()):
            continue  # a reference row ("Rekvisitionsnr. | REK436791", "Sagsnr. | …") names no document
        if block.rstrip().endswith("?") and i != positions[0] and not vocab.subject.search(block):
            # "Hvad er målet?" under the title: a plain-language letter's section heading (a
            # question about the support itself, "Mentorstøtte – hvad er det?", titles a leaflet)
            continue
        if vocab.title_guidance.search(block) and headings and not headings[i] and any(
                headings[j] and any(vocab.title[k].search(folded_blocks[j]) for k in KIND_ORDER)
                and not vocab.title_guidance.search(folded_blocks[j]) and not folded_blocks[j].rstrip().endswith("?")
                for j in range(i + 1, min(i + 3, len(folded_blocks)))):
            # (not a leaflet's question heading: "Mentor support – information for you" over "What
            # is in a mentor agreement?")
            # "LærDig Mentor & Vejledning" over the heading "Afgørelse: afslag på mentorstøtte": a
            # firm's letterhead over the letter's own title
            continue
        if vocab.title_guidance.search(block) and not (block.rstrip().endswith(".") and len(block.split()) > 8) and (
                not person or (vocab.example.search(text) and not vocab.case_signs.search(text))):
            # (not a sentence among the first lines: "Aftalen er indgået … mellem Maria …, Trappen –
            # mentor og vejledning og Frederikshavn Kommune." names a firm, no guidance)
            # "Vejledning: mentoraftaler", "Hvad er en mentor?"; also with an example's mentor
            # and phone in it ("Eksempel: »Marianne Bak – telefon …«"), when nothing names a case
            return "unknown", True
        if vocab.mailbox_site.search(block) and len(block.split()) <= 6:
            continue  # "e-Boks · Indbakke", "Digital Post": the mailbox the letter was printed from
        head = block.split(":", 1)[0] if i == positions[0] and ":" in block[:40] else ""
        # (the document's first line is its title however long: "Rammeaftale om levering af
        # mentorstøtte mellem Skovby Kommune og Kompas Mentor A/S")
        first_line = i == positions[0] and not block.rstrip().endswith((".", "!", "?"))
        # (below a letterhead of two or three lines, a long title line is a title too: "Samarbejdsaftale
        # om levering af mentorydelser mellem Silkeborg Kommune (Jobcenter Silkeborg) og Fællesværket")
        long_title = i in positions[:4] and "|" not in block and len(block.split()) <= 25 \
            and not block.rstrip().endswith((".", "!", "?", ",", ";", ":"))
        menu = (bool(weak) and vocab.title["minplan"].search(block) is not None) or (
            vocab.site_title.search(block) is not None
            and vocab.title["minplan"].search(vocab.site_title.sub(" ", block)) is not None)
        # ("Jobnet Min side Min plan Joblog Kalender Log ud": the site's menu on one line; "Overblik
        # | Min kalender | Borger": a case system's menu set as a row of short cells, or with
        # spaces between them, "Dokumenter  Journal  Ydelser  Min Plan")
        parts = [cell for cell in _MENU_GAP.split(block) if cell.strip()]
        copied_menu = (len(parts) >= 3 and all(len(cell.split()) <= 3 for cell in parts)) or (
            len(block.split()) <= 10 and not any(ch in block for ch in ".,:;?!") and len(vocab.menu_items.findall(block)) >= 2)
        menu = menu or copied_menu
        if not menu and (((_short_line(block) or first_line or long_title or (headings and headings[i]))
                          and vocab.other_title(block))
                         or (head and vocab.other_title(head))):
            # (on a Jobnet page, "Min side  Min Plan  Joblog  Indbakke" is its menu, no title)
            if filled >= 4 and vocab.carries_agreement.search(text) \
                    and any(vocab.salutation.match(b) or vocab.carries_agreement.search(b) for b in folded_blocks[i + 1:i + 6]):
                # "Referat af vores møde i dag" over "Hej Jonas … det, vi aftalte om din mentor":
                # a mail to the citizen that carries the agreement (minutes greet nobody); or
                # minutes that open by saying so ("Her får du det, vi blev enige om, skrevet ned, Line.")
                continue
            # (the print's own lines may stand between: "Udskrevet 11.02.2026 af Ulla Storm", "Sag: …")
            # (a title has no figures: "31.07.2026 Kassemedarbejder, Lidl … Afslag" is a joblog's row)
            below = next((b for b in folded_blocks[i + 1:i + 5] if b.strip() and _short_line(b)
                          and not any(ch.isdigit() for ch in b)
                          and any(vocab.title[k].search(b) for k in KIND_ORDER)), "")
            if _PRINT_HEADER.search(block) and below and not vocab.other_title(below):
                # "FASIT Sagsoverblik - Udskrift" over "Afgørelse om mentorstøtte": the case
                # system's print header over the document's own title
                continue
            if (least := vocab.other_yields.get(vocab.other_title(block) or "")) is not None and filled >= least:
                # "Velkommen til forløbet hos Stifinderne ApS" over the goal, the mentor, the tasks
                # and the period: the agreement written as a welcome (a mentor's welcome letter
                # fills one or two of the fields)
                continue
            after = re.split(r"\s[–—-]\s", block, maxsplit=1)
            if len(after) == 2 and filled >= 2 and vocab.title["agreement"].search(after[1]) \
                    and not vocab.other_title(after[1]) and _NAMES_AGREEMENT.search(after[1]) \
                    and vocab.subject.search(after[1]):
                # "Referat af vores samtale – din mentoraftale": the title's second half says what
                # the minutes are, the citizen's agreement (its fields are checked, empty or not)
                return "agreement", True
            if filled >= 4 and vocab.title["agreement"].search(block) and vocab.carries_agreement.search(text):
                # "Referat af opstartsmøde – aftale om mentorstøtte" whose text says "Referatet er
                # den skriftlige aftale": minutes written as the agreement are the agreement
                return "agreement", True
            if filled >= 3 and vocab.is_the_agreement.search(text):
                # "Referat: opstart af mentorstøtte" whose text says "Referatet er samtidig den
                # skriftlige aftale om mentorstøtten": it says so itself, whatever its title
                return "agreement", True
            # also "Stillingsopslag: Mentor til …" run together with the text below it
            return "unknown", True  # "Referat af opfølgningsmøde", "Faktura", "Statusrapport"
        if not _short_line(block) and not (headings and headings[i]) and block.rstrip().endswith((".", "!", "?")):
            continue  # a sentence ("Klagevejledning: Hvis du ikke er enig i afgørelsen …") is no title
        if block.rstrip().endswith("?"):
            continue  # a section's question ("Er du ikke tilfreds med afgørelsen?") is no title
        cells = [cell for cell in block.split(" | ") if cell.strip()]
        if len(cells) == 2 and len(cells[0].split()) <= 4 and find_dates(cells[1]):
            continue  # a label with its date ("Bevilling fra | 01.07.2026") is a row, no title
        if len(cells) >= 3 and len(cells[0].split()) <= 4 and find_dates(cells[0]) \
                and i > 0 and " | " in folded_blocks[i - 1]:
            # a dated row of a list under its header ("Dato | Titel | Type" over "23.04.2026 |
            # Afgørelse om mentorstøtte | Udgående brev"; not a browser's print header over the
            # page, "05.08.2026 14.58 | Min Plan | Jobnet")
            continue
        if " | " in block and len(cells) == 1 and len(cells[0].split()) <= 4:
            continue  # a form's row left empty ("Timer bevilget | ") is no title
        if len(cells) == 2 and len(cells[0].split()) <= 2 and len(cells[1].split()) == 1 \
                and vocab.title["decision"].search(cells[1]):
            continue  # nor is a status ("Status | Bevilget"): a decision's title is more than its participle
        if copied_menu and not weak and not vocab.site_title.search(block) and ":" not in block \
                and not _FIGURE.search(_ITEM_COUNT.sub("", block)):
            # "Dokumenter  Journal  Ydelser  Min Plan": a case system's menu names no document
            # (on Jobnet's own pages, below "Jobnet · Min side", its menu's "Min Plan" says what
            # the print is)
            # (a letterhead set as a row, "Albertslund Kommune | Borger: … | Dato: … | Afgørelse
            # om mentorstøtte", ends with the title)
            continue
        # "Bevilling og aftale om mentorstøtte": an agreement marker in the title line wins
        hits = [kind for kind in ("agreement", "minplan", "decision") if vocab.title[kind].search(block)]
        if hits[:2] == ["agreement", "minplan"]:
            # "Min Plan: aftale om mentor" is a Min Plan entry that names its activity; "Jobplan og
            # aftale om mentorstøtte" and "Aftale om mentorstøtte (del af Min Plan)" hold the agreement
            agreement_at = vocab.title["agreement"].search(block)
            minplan_at = vocab.title["minplan"].search(block)
            if agreement_at is not None and minplan_at is not None and minplan_at.end() <= agreement_at.start() \
                    and block[minplan_at.end():agreement_at.start()].strip()[:1] in (":", "–", "—", "-"):
                hits = hits[1:]
            elif (carried := vocab.carries_agreement.search(text)) is not None and _PLAN.search(carried.group(0)):
                # "Emne: Mentor aftale i Min Plan" over "Her er mentorstøtten, som den står i din
                # plan": a mail that carries the plan's entry
                hits = hits[1:]
        if len(hits) > 1 and "minplan" in hits and vocab.title["minplan"].search(vocab.site_title.sub(" ", block)) is None:
            # "Forlængelse af mentorstøtte - Jobnet for sagsbehandlere": a browser's print header
            # names the page's title and the site it is on
            hits.remove("minplan")
        if hits == ["minplan"] and vocab.title["minplan"].search(vocab.site_title.sub(" ", block)) is None:
            # "Jobnet · Min side" heads every page of Jobnet (the calendar, the CV, the job log):
            # a Min Plan print unless a later title says what the page is
            weak = weak or "minplan"
            continue
        subject = _BARE_SUBJECT.fullmatch(block.strip())
        if hits and subject is not None and len(subject.group(1).split()) <= 2:
            # "Emne: Afgørelse" in a Digital Post print's header: the heading of the letter
            # below says what it is ("Partshøring – vi overvejer at give afslag")
            weak = weak or hits[0]
            continue
        if hits:
            if vocab.guidance.search(block) and not concrete:
                return "unknown", True  # "… skal som minimum indeholde:"
            return hits[0], True
    if weak:
        return weak, True
    # Only whether guidance wording occurs matters; most documents have returned above.
    if not concrete and vocab.guidance.search(text) is not None:
        return "unknown", False  # no title says what it is, and it reads like guidance
    # One scan for the three kinds' body phrases; each distinct phrase counts once (a letter that
    # says "aftalen" twice is no more an agreement for it).
    seen: dict[str, set[str]] = {k: set() for k in KIND_ORDER}
    for m in vocab.body_any.finditer(text):
        seen[m.lastgroup].add(m.group(0))  # type: ignore[index]
    counts = {k: len(v) for k, v in seen.items()}
    carried = vocab.carries_agreement.search(text)
    if carried is not None:
        # "Her får du det, vi blev enige om, skrevet ned": a letter that says it writes down what
        # was agreed is the agreement, however much it also says about the grant and appeals
        # ("Her er teksten fra Min Plan om din mentor" carries the plan's entry)
        counts["minplan" if _PLAN.search(carried.group(0)) else "agreement"] += 2
    best = max(KIND_ORDER, key=lambda k: (counts[k], -KIND_ORDER.index(k)))
    if counts[best] < 2 and vocab.other_body(text):
        return "unknown", False  # minutes, an invoice or a report without a title that says so
    if counts[best] > 0:
        # Without a title, a word such as "aftalen" in a scheduling e-mail is not enough: the
        # body must say so twice or hold some of the fields.
        if counts[best] >= 2 or filled >= 2 or (best != "agreement" and filled >= 1):
            return best, False
    if filled >= vocab.min_filled:
        return "agreement", False
    return "unknown", False
