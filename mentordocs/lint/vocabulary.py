"""The field vocabulary of a rule pack, compiled once per pack.

Everything the field finder knows about words comes from the pack (``lint_rules/*.yaml``,
validated by :mod:`mentordocs.lint.pack_schema`) and from the headings generation writes
(:data:`mentordocs.domain.fields.FIELDS`): field labels and their terms (read with inflection,
compounds and OCR damage by :mod:`mentordocs.lint.labels`), sub-labels and boundary labels,
placeholders, contact shapes, appeal bodies and deadlines, goal anchors, vague hours and the
content cues (``cues.*``). This module turns them into regexes and sets; it holds no words of
its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Optional

from mentordocs.domain.fields import FIELDS, Field
from mentordocs.domain.goals import GoalVocabulary, names_an_aim
from mentordocs.lint.durations import (
    PeriodVocabulary,
)
from mentordocs.lint.labels import LabelLexicon, Reading, stem
from mentordocs.lint.text import fold, fold_pattern, pack_alternation
from mentordocs.memo import Memo

if TYPE_CHECKING:
    from mentordocs.lint.candidates import Unit

_FIELD_VALUES = frozenset(f.value for f in Field)
SUB = "_sub"
_NEVER = re.compile(r"(?!)")
OTHER = "_other"

#: a label's number or marker ("§ 2", a scan's "& 2" for it, "1.", "a)", "•")
NUMBERING = re.compile(r"^\s*(?:[§&]\s*\d{1,2}[a-z]?[.):]?(?=\s)|"
                        # (a form's field by its number: "Punkt 2.", "Felt 4b Opf. ....:", "Rubrik 3")
                        r"(?:(?:punkt|pkt\.?|felt|rubrik|field)\s*(?=\d))?(?:"
                        r"\(?\d{1,2}[a-h]?(?:\.\d{1,2})*(?:[.):]|\s*[–—-](?=\s))|"
                        # a section's decimal number without a final stop, before a capital: "1.2 Din
                        # mentor" (not "9.15", nor a figure with its unit: "1.5 timer om ugen")
                        r"\d\.\d(?:\.\d)?(?=\s+(?-i:[A-ZÆØÅ]))|"
                        # … or a scan's reading of its stop as a semicolon or a comma: "3; Mentorens opgaver"
                        r"\d{1,2}[;,](?=\s+(?-i:[A-ZÆØÅ]))|"
                        # … or a Word list's number with no stop ("%1" then a tab): "3 Opgaver" (not a
                        # figure with its unit: "3 Timer pr. uge")
                        r"\d{1,2}[a-h]?(?=\s+(?!(?:timer?|uger?|maneder|måneder|mdr|dage?|min|t)\b)(?-i:[A-ZÆØÅ])))|"
                        r"\(?[a-h][.)]|[ivx]{1,4}[.)]|"
                        r"[•·\-–*▪■●○◦►>]+)(?:\s+|(?<=[.)])(?=(?-i:[A-ZÆØÅ])))", re.IGNORECASE)
# (an unmerged merge field, "«Mentor_navn»", "${periode}", is the template's, not a value)
_PLACEHOLDER_SHAPES = [r"[-–—_.…?*x/\s]+", r"\[[^\]]{0,60}\]", r"<[^>]*>", r"\{\{?[^}]*\}?\}", r"x{2,}[\w\s]*",
                       r"(?:«[^»]{1,60}»\s*)+", r"(?:\$\{[^}]{1,60}\}\s*)+",
                       r"\(\s*[^)]*udfyld[^)]*\)"]

#: Word and PDF dashes read as the hyphen the pack's label phrases are written with.
_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-"})


_VERB = Reading("verb")



#: A label with a relative clause after its head: "Opgaver, som mentor skal …", "Timer, der er bevilget".
_RELATIVE_CLAUSE = re.compile(r"^\s*([^,]{2,40}),\s+(?:som|der|hvor)\s")


#: An e-mail address: never part of a label.
_ADDRESS_AT = re.compile(r"\w@\w")
#: A person's name: two capitalised words ("Mette Skov").
# "Hvad skal du selv gøre?", "Det skal borgeren selv": what a party does on its own, not the mentor
_OWN_DOING = re.compile(r"\b(?:du|dig|borgeren|jeg|i)\s+(?:\w+\s+)?selv\b")
# A label that names the organisation its person works at: "Kontaktperson hos JobBro (mentor)",
# "Mentor fra Café Broen" (the name after the preposition, in capitals).
AT_NAMED_PLACE = re.compile(r"^(?P<head>.{3,40}?)\s+(?:hos|fra|ved|på)\s+(?P<place>[A-ZÆØÅ][\w&.'-]*"
                             r"(?:\s+(?:[A-ZÆØÅ&][\w&.'-]*|og|&))*(?:\s+(?:ApS|A/S|I/S|IVS))?)"
                             r"\s*(?P<gloss>\([^()]*\))?\s*:?\s*$")
_NAME_FIRST = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)? [A-ZÆØÅ][a-zæøåé]+\b")


#: Marks a scan leaves before a line's first word
_SCAN_MARKS = "\"'“”‘’·*"


class FieldVocabulary:
    """The pack's field vocabulary, compiled once per pack."""

    def __init__(self, data: dict[str, Any], periods: PeriodVocabulary):
        self.periods = periods
        self.lexicon = LabelLexicon(data)
        #: the fields' terms with æ, ø or å, by their folded spelling ("malene" for "målene"):
        #: a capitalised word inside a label spelt so without the letter is a name ("Malene")
        self.folded_danish_terms = frozenset(
            fold(term) for spec in (data.get("fields") or {}).values() for term in (spec or {}).get("terms") or []
            if isinstance(term, str) and re.search(r"[æøå]", term.lower()))
        labels: dict[str, str] = {}
        #: folded label -> its spellings as written in the pack (lower case)
        self.label_spellings: dict[str, set[str]] = {}
        #: field -> its labels, the heading generation writes first (lower case, as in the pack)
        self.field_labels: dict[str, list[str]] = {}
        for key, spec in (data.get("fields") or {}).items():
            # The headings generation writes (domain.fields.FIELDS) are labels of their field
            # in every pack: one definition for what the project writes and what it reads.
            heading = FIELDS[Field(key)] if key in _FIELD_VALUES else None
            written = [heading.label_da, *(spec.get("labels", []) or []), heading.label_en] if heading \
                else list(spec.get("labels", []) or [])
            self.field_labels[key] = list(dict.fromkeys(str(x).lower().strip() for x in written))
            for label in self.field_labels[key]:
                for spelling in _ocr_variants(str(label).lower().strip()):
                    labels.setdefault(fold(spelling), key)
                    self.label_spellings.setdefault(fold(spelling), set()).add(spelling)
        for label in data.get("sublabels", []) or []:
            labels.setdefault(fold(str(label)).strip(), SUB)
        for label in data.get("boundary_labels", []) or []:
            labels.setdefault(fold(str(label)).strip(), OTHER)
        self.label_field = labels
        self._label_cache: Memo[Optional[tuple[frozenset[str], str]]] = Memo()
        alternation = "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
        self.label_re = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w])")
        #: a field's label at a line's start run into its value with no space ("Timetal5 timer",
        #: "FormålPatrick starter …"), the longest label first
        glued = "|".join(re.escape(k) for k in sorted((k for k, v in labels.items() if v not in (SUB, OTHER)),
                                                     key=len, reverse=True))
        self.glued_label_re = re.compile(r"(?:" + glued + r")(?=\w)")
        self.prose: dict[str, list[re.Pattern[str]]] = {
            key: [re.compile(r"(?<![a-z0-9])" + fold_pattern(p)) for p in spec.get("prose", []) or []]
            for key, spec in (data.get("fields") or {}).items()}
        # One alternation of a field's prose patterns: most sentences match none of them, and a
        # single search rejects such a sentence where the list would cost one search per pattern.
        # Which pattern wins (the first in pack order) is still decided by the list.
        self.prose_any: dict[str, Optional[re.Pattern[str]]] = {
            key: any_of(patterns) for key, patterns in self.prose.items()}
        self._block_cache: Memo[tuple[Unit, ...]] = Memo()
        self._validate_cache: Memo[tuple[str, Optional[str]]] = Memo()
        self.prose_context: dict[str, re.Pattern[str]] = {
            key: re.compile(fold_pattern(spec["prose_context"]))
            for key, spec in (data.get("fields") or {}).items() if spec.get("prose_context")}
        #: verbs that open the items of a task list (fields.tasks.openers), folded
        self.task_openers = frozenset(fold(str(w)) for w in ((data.get("fields") or {}).get("tasks") or {}).get("openers", []) or [])
        #: field -> values that are not that field's content ("Mentorstøtte (§ 167)" under "Indsats")
        self.not_value: dict[str, re.Pattern[str]] = {
            key: re.compile("|".join(fold_pattern(str(p)) for p in spec["not_value"]))
            for key, spec in (data.get("fields") or {}).items() if spec.get("not_value")}
        self.not_label: dict[str, re.Pattern[str]] = {
            key: re.compile("|".join(fold_pattern(str(p)) for p in spec["not_label"]))
            for key, spec in (data.get("fields") or {}).items() if spec.get("not_label")}
        placeholders = [re.escape(fold(str(p)).strip(" .:;")) for p in data.get("placeholders", []) or []]
        patterns = [fold_pattern(str(p)) for p in data.get("placeholder_patterns", []) or []]
        self.placeholder_re = re.compile(r"^(?:" + "|".join(placeholders + patterns + _PLACEHOLDER_SHAPES) + r")$")
        contact = data.get("contact") or {}
        self.phone_re = re.compile(contact.get("phone", r"(?:\d{2}[ .]?){3}\d{2}"))
        self.email_re = re.compile(contact.get("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))
        self.phone_labelled_re = re.compile(contact.get("phone_labelled", "$^"))
        self.email_labelled_re = re.compile(contact.get("email_labelled", "$^"))
        self.company_name_re = re.compile(contact.get("company_name", "$^"))
        self.not_names = frozenset(fold(str(w)) for w in contact.get("not_names", []) or [])
        others = [re.escape(str(w)) for w in contact.get("other_party", []) or []]
        self.authority_contact_re = re.compile(
            "|".join(fold_pattern(str(p)) for p in contact.get("authority_contact", []) or []) or "$^")
        self.other_party_re = re.compile(r"\b(?:" + "|".join(fold_pattern(o) for o in others) + r")\b" if others else "$^")
        #: "sagsbehandler Jonas Bak": another party's name, removed before looking for the mentor's
        self.other_party_name_re = re.compile(
            r"(?i:\b(?:" + "|".join(others) + r"))\b[\s,:]*(?:[A-ZÆØÅ][\wæøåé-]+\s?){1,3}" if others else "$^")
        self.not_appointed_re = re.compile(
            pack_alternation(contact.get("not_appointed", []) or []))
        self.redacted_name_re = re.compile(pack_alternation(contact.get("redacted_name", []) or []))
        appeal = data.get("appeal") or {}
        self.appeal_body_re = re.compile(pack_alternation(appeal.get("bodies", []) or []))
        self.appeal_deadline_re = re.compile(
            pack_alternation(appeal.get("deadlines", []) or []))
        #: the goal check's own reading of job and education aims (``aims_at_work``)
        self.goals = GoalVocabulary.from_pack_data(data)
        openers = [str(o) for o in (data.get("goal_clarity") or {}).get("activity_openers", []) or []]
        self.goal_opener_re = re.compile(
            "(?:" + "|".join(re.escape(fold(o)) for o in sorted(openers, key=len, reverse=True)) + r")\b"
            if openers else "$^")
        vague_goal = [str(v) for v in (data.get("goal_clarity") or {}).get("vague_terms", []) or []]
        self.goal_vague_re = re.compile(
            r"(?<![a-z])(?:" + "|".join(re.escape(fold(v)) for v in vague_goal) + r")" if vague_goal else "$^")
        vague = (data.get("hours") or {}).get("vague", []) or []
        self.vague_hours_re = re.compile(
            r"(?<![a-z])(?:" + "|".join(re.escape(fold(str(v))) for v in vague) + r")(?![a-z])" if vague else "$^")
        words_re = "|".join(re.escape(w) for w in sorted(periods.number_words, key=len, reverse=True))
        # "2 timer", "1½ time", "½ time", "halvanden time", "2-3 timer", "24 mentortimer", "90 minutter"
        self.hour_figure_re = re.compile(r"(?<![\w,.])(?:\d+(?:[,.]\d+)?\s?½?|½|" + words_re + r")"
                                         r"(?:\s*(?:-|–|til)\s*\d+(?:[,.]\d+)?½?)?"
                                         r"\s*(?:(?:mentor|stotte|stotte-)?timer?s?\b|t\b|t\.|t(?=ugen?\b)|minutter\b|min\.|(?:mentor )?(?:hours?|hrs?)\b)")
        # ("5 tuge": OCR lost the slash of "5 t/uge")
        self.digit_re = re.compile(r"\d")
        self._cue_data = data.get("cues") or {}
        cue, words = self._cue, self._cue_words
        #: a line about the follow-up under a combined "Varighed og opfølgning" (cues.evaluation_line)
        self.evaluation_line_re = cue("evaluation_line")
        self.follow_up_rhythm_re = cue("follow_up_rhythm")
        self.follow_up_strong_re = cue("follow_up_strong")
        self.follow_up_meeting_re = cue("follow_up_meeting")
        self.follow_up_vague_re = cue("follow_up_vague")
        self.name_pending_re = cue("name_pending")
        #: a heading over quoted law, standard or guidance (cues.quoted_text)
        self.quoted_text_re = cue("quoted_text")
        #: a template's instruction over the value written under it (cues.template_hint)
        self.template_hint_re = cue("template_hint")
        self.rhythm_re = cue("rhythm")
        #: Labels that name the citizen: "Borger", "Navn", "Borgerens navn", "Deltager"
        self.citizen_label_re = cue("citizen_label")
        self.not_follow_up_re = cue("not_follow_up")
        #: the caseworker's assessment, which agrees on no task (cues.assessment)
        self.assessment_re = cue("assessment")
        self.appeal_context_re = cue("appeal_context")
        self.appeal_other_subject_re = cue("appeal_other_subject")
        #: words only Danish writes: the Danish column of a page set beside its translation
        self.danish_text_re = cue("danish_text")
        #: a title that names the citizen's plan, over all of its activities (cues.plan_heading)
        self.plan_heading_re = cue("plan_heading")
        #: a line that describes a picture, not text (cues.image_description)
        self.image_description_re = cue("image_description")
        #: the heading over a translation printed after the Danish text (cues.translation_heading)
        self.translation_heading_re = cue("translation_heading")
        self.activity_name_label_re = cue("activity_name_label")
        self.activity_status_re = cue("activity_status")
        self.mentor_activity_re = cue("mentor_activity")
        self.plan_activity_re = cue("plan_activity")
        self.mentor_support_title_re = cue("mentor_support_title")
        self.plan_goal_label_re = cue("plan_goal_label")
        self.no_goal_re = cue("no_goal")
        general = cue("general_statement")
        #: a sentence that says there is no goal, or speaks of people in general or of the law
        self.not_a_goal_prose_re = re.compile(f"(?:{self.no_goal_re.pattern})|(?:{general.pattern})")
        self.period_start_re = cue("period_start")
        self.open_end_re = cue("open_end")
        self.other_activities_label_re = cue("other_activities_label")
        self.sub_goal_label_re = cue("sub_goal_label")
        self.wish_label_re = cue("wish_label")
        self.past_status_cell_re = cue("past_status_cell")
        self.background_heading_re = cue("background_heading")
        self.assessment_heading_re = cue("assessment_heading")
        #: the words a speech recogniser writes for punctuation, and their marks
        spoken = {str(word).lower(): str(mark) for word, mark in (self._cue_data.get("spoken_punctuation") or {}).items()}
        self.spoken_punctuation = spoken
        #: the words alone, a literal-led test for whether a text has any of them
        self.spoken_word_re = re.compile("|".join(re.escape(w) for w in sorted(spoken, key=len, reverse=True))
                                         if spoken else "$^", re.IGNORECASE)
        self.spoken_punctuation_re = re.compile(
            r"[ \t]+(" + "|".join(re.escape(w) for w in sorted(spoken, key=len, reverse=True)) + r")\b[ \t]*([a-zæøå])?"
            if spoken else "$^", re.IGNORECASE)
        self.closing_re = cue("closing")
        self.salutation_re = cue("salutation")
        self.signing_parties = words("signing_party")
        self.cross_reference_re = cue("cross_reference")
        self.first_person_mentor_re = cue("first_person_mentor")
        self.first_person_contact_re = cue("first_person_contact")
        self.negation_re = cue("negation")
        self.copula = words("copula")
        self.copula_re = re.compile(r" (?:" + "|".join(sorted(map(re.escape, self.copula))) + r")\b") \
            if self.copula else _NEVER
        self.not_mentor_hours_re = cue("not_mentor_hours")
        self.amount_re = cue("amount")
        self.per_period_label_re = cue("per_period_label")
        self.not_period_label_re = cue("not_period_label")
        #: a heading over the citizen's history ("Tidligere forløb"): see sections.history_blocks
        self.history_heading_re = cue("history_heading")
        self.past_status_re = cue("past_status")
        #: a word for the period's end ("slutter", "ophører"), alone (cues.end_date)
        self.end_word_re = cue("end_date")
        self.end_date_re = re.compile(r"(?:" + self.end_word_re.pattern + r")\s+(?:den\s+|d\.\s*)?\d")
        subjects = "|".join(sorted(map(re.escape, words("goal_subjects"))))
        self.goal_state_verbs = words("goal_state_verbs")
        infinitives = "|".join(sorted(map(re.escape, words("goal_infinitives")), key=len, reverse=True))
        #: "Starte på HF-enkeltfag …", "At blive ansat …": a state put as an infinitive, no subject
        self.goal_infinitive_re = re.compile(rf"(?:at )?(?:{infinitives})\b") if infinitives else _NEVER
        verbs = "|".join(sorted(map(re.escape, self.goal_state_verbs), key=len, reverse=True))
        #: "Du er ansat …", "Borgeren gennemfører …", "Har du …": the citizen's state in a goal
        self.citizen_state_re = re.compile(rf"\b(?:{subjects})\s+(?:{verbs})\b|\b(?:{verbs}) (?:{subjects})\b") \
            if subjects and verbs else _NEVER
        #: "er"/"har": a state the citizen is in now unless a time says it is to be reached
        self.goal_stative_verbs = words("goal_stative_verbs")
        self.goal_time_re = cue("goal_time")
        self.not_a_subject = words("not_a_subject")
        self.not_a_goal_re = re.compile(f"(?:{cue('not_a_goal').pattern})|(?:{general.pattern})")
        self.not_an_activity_goal_re = cue("not_an_activity_goal")
        self.organisation_re = re.compile(r"(?:" + cue("organisation_suffixes").pattern + r")$")
        bodies = "|".join(sorted(map(re.escape, words("organisation_nouns")), key=len, reverse=True))
        #: what follows a firm's name that says what kind of body it is: " – socialøkonomisk virksomhed"
        self.body_described_re = re.compile(rf"\s*[–-]\s+(?:[a-z]+\s+){{0,2}}(?:{bodies})\b") if bodies else _NEVER
        # (the words are folded; the name is read in the text as written: "Kim på 29 48 50 04")
        followers = "|".join(sorted(re.escape(w).replace("a", "[aå]").replace("o", "[oø]").replace("e", "[eæ]")
                                    for w in words("name_followers")))
        #: "Kasper, …", "Kasper (Mentorhuset)", "Kasper fra Mentorhuset": a first name opening a value
        self.given_name_re = re.compile(r"^\s*(?:[\w ]{0,20}:\s*)?([A-ZÆØÅ][a-zæøåéü]{1,20})"
                                        rf"(?=\s*(?:[,(/–-]|\s(?:{followers})\b|\n|$))")
        self.furniture_re = re.compile(r"^\s*(?:" + cue("page_furniture").pattern + ")", re.IGNORECASE)
        self.continuation = words("continuation")
        # A value that is nothing but a weekly or monthly number of hours: "4 t/uge", "3 timer
        # ugentligt", "op til 5 timer om ugen", "8 timer pr. måned", "24 timer i alt".
        self.hours_per_week = words("hours_per_week")
        self.hours_per_period = words("hours_per_period")
        per = "|".join(sorted(map(re.escape, self.hours_per_week | words("hours_per_month") | self.hours_per_period),
                              key=len, reverse=True))
        self.hours_value_re = re.compile(
            r"^(?:" + cue("hours_qualifiers").pattern + r")?\s*"
            r"(?P<n>\d{1,2}(?:[,.]5)?\s?½?|½|" + words_re + r")"
            r"(?:\s*(?:-|–|til)\s*(?P<m>\d{1,2}))?\s*"
            r"(?:(?:mentor|stotte)?timer?|t\.?|(?:mentor )?(?:hours?|hrs?\.?)|(?P<minutes>minutter|min\.?))\s*(?:(?:/|pr\.?|per|om|i|hver|a|each|every)\s*)?"
            r"(?P<per>" + per + r")\b")

    def _cue(self, name: str) -> re.Pattern[str]:
        """One alternation of the pack's ``cues.<name>`` patterns (folded), or a never-match."""
        return re.compile(pack_alternation(self._cue_data.get(name) or []))

    def _cue_words(self, name: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in self._cue_data.get(name) or [])

    # -- labels -------------------------------------------------------------------------------

    def aims_at_work(self, folded: str) -> bool:
        """Whether folded text names a job or an education (the pack's goal anchors), once the
        phrases that only look like one (``goal_clarity.not_anchors``) are taken out."""
        return names_an_aim(folded, self.goals)

    def classify_label(self, label_text: str, max_leftover: int = 1) -> Optional[tuple[frozenset[str], str]]:
        """Which fields a label names, as (fields, role) where role is "field", "sub", "other"
        or "generic"; None if the text is not label-like (a sentence)."""
        # archives repeat the same few labels thousands of times
        return self._label_cache.get((label_text, max_leftover),
                                     lambda: self._not_the_authoritys(label_text, self._not_anothers_tasks(
                                         label_text, self._classify_label(label_text, max_leftover))))

    def _not_the_authoritys(self, label_text: str, found: Optional[tuple[frozenset[str], str]]
                            ) -> Optional[tuple[frozenset[str], str]]:
        """A contact person of the municipality or the jobcentre ("Din kontaktperson i
        kommunen", its word split by a narrow cell: "Din kontaktp erson i kommunen") is the
        caseworker, not the mentor, unless the label names the mentor."""
        if found is not None and found[1] == "field" and "mentor" in found[0] and len(found[0]) == 2:
            # "Mentoren har afsat følgende tid:": the mentor is the subject, the time the field
            words = fold(NUMBERING.sub("", label_text, count=1)).split()
            if len(words) >= 3 and words[0].startswith("mentor") and words[1] in self.lexicon.sentence_verbs:
                return found[0] - {"mentor"}, "field"
        if found != (frozenset({"mentor"}), "field"):
            return found
        folded = fold(label_text)
        if "mentor" not in folded and (self.authority_contact_re.search(folded) or self.other_party_re.search(folded)):
            return frozenset(), "other"
        if self.other_party_re.match(folded.strip()) and not re.search(r"\b(?:og|/)\s*mentor", folded):
            return frozenset(), "other"  # "Stedfortræder for mentor": the substitute, another person
        return found

    def _not_anothers_tasks(self, label_text: str, found: Optional[tuple[frozenset[str], str]]
                            ) -> Optional[tuple[frozenset[str], str]]:
        """Tasks that another party owns or will do ("Mine opgaver", "Dine opgaver", "Jobcentret
        vil:") are no label of the mentor's tasks (``labels.other_parties``), unless the label
        names the mentor ("Din mentor skal hjælpe dig med")."""
        if found != (frozenset({"tasks"}), "field"):
            return found
        words = fold(label_text).split()
        if words and words[0].strip(" :") in self.lexicon.other_parties and not any("mentor" in w for w in words):
            return frozenset(), "other"
        if _OWN_DOING.search(" ".join(words)) and not any("mentor" in w for w in words):
            return frozenset(), "other"  # "Hvad skal du selv gøre?": the citizen's own part
        return found

    def _classify_label(self, label_text: str, max_leftover: int) -> Optional[tuple[frozenset[str], str]]:
        # (a quote or a speck a scan left before the label: '"1. Formål med mentorstøtten')
        label_text = self.lexicon.read_phrases(self._names_as_names(label_text.lstrip(_SCAN_MARKS)))
        if _ADDRESS_AT.search(label_text):
            return None  # "Kontaktoplysninger nadia@ungeenheden.dk": a label with its value, no label
        # An English genitive is the Danish one: "The mentor's role" is "Mentors rolle"
        label_text = _GENITIVE.sub(r"\1s", self.lexicon.unglue(label_text))
        words = fold(label_text).rstrip(" :").split()
        if words and words[0] in self.lexicon.speakers and label_text.rstrip().endswith("?"):
            return None  # "Jeg kan ikke huske, hvad vi aftalte med mentor?": a letter asks, no form
        if len(words) >= 4 and label_text[:1].isupper() and words[1] in self.lexicon.modal_ends \
                and words[0] not in self.lexicon.clause_openers \
                and words[-1] in self.lexicon.lead_in_ends \
                and any(w in self.task_openers or self.lexicon.read_word(w) == _VERB for w in words[2:-1]):
            # "Malene skal bl.a. tage sig af:", "Sara skal hjælpe dig med:": the mentor by
            # first name, a modal and a task verb waiting for its object (a first name may
            # fold to a field word: "Malene" is "målene")
            return frozenset({"tasks"}), "field"
        head, comma, last = label_text.rpartition(",")
        if comma and _NAME_FIRST.match(head.strip()):
            # "Mette Skov, Fokus Mentor, e-mail: mette@fokus.dk": a person and their firm before
            # a contact's sub-label, which is the label
            tail = self._classify_label_text(last.strip(), 0)
            if tail is not None and tail[1] == "sub":
                return tail
        found = self._classify_label_text(label_text, max_leftover)
        if found is not None and found[1] == "field" and len(found[0]) > 1 and " / " in label_text:
            # "Mentorens opgaver / What your mentor will help with": a label and its translation
            # name one field between them, not one each
            sides = [r for r in (self._classify_label_text(p, max_leftover) for p in label_text.split(" / "))
                     if r is not None and r[1] == "field"]
            if sides and len(sides[0][0]) == 1:
                return sides[0]
        if found is not None and found[1] not in ("generic", "sub"):
            if found[0] == frozenset({"mentor"}) or ("mentor" in found[0] and "tasks" not in found[0] and any(
                    w in self.lexicon.modal_ends for w in fold(label_text).split())):
                # "Mentor skal:", "Mentoren vil især:", "Mentoren skal i perioden:": what the
                # mentor will do is the tasks
                by_words = self.lexicon.classify(label_text, question=label_text.rstrip().endswith("?"))
                if by_words is not None and by_words[0] == frozenset({"tasks"}):
                    head, sep, _ = fold(label_text).partition(" og ")
                    if sep and self._classify_label_text(head, 0) == (frozenset({"mentor"}), "field"):
                        return frozenset({"mentor", "tasks"}), "field"  # "Din mentor og hvad I skal"
                    return by_words
            return found
        # Not one of the pack's phrases: read it word by word (inflection, compounds, OCR
        # damage, genitives, questions), as labels.py explains. A sub-label phrase may be a
        # genitive ("Mentors kontaktdata", "Borgerens telefon") that names its owner.
        body = re.sub(r"\([^)]*\)", " ", NUMBERING.sub("", label_text, count=1))
        by_words = self.lexicon.classify(body, question=label_text.rstrip().endswith("?"),
                                         strict=max_leftover == 0)
        if found is None and by_words is not None and by_words[1] == "field":
            # An OCR-damaged phrase: "Opfølgning og delmdl" is the pack's "opfølgning og delmål"
            corrected = self.lexicon.correct(fold(label_text))
            if corrected != fold(label_text):
                phrase = self._classify_label_text(corrected, max_leftover)
                if phrase is not None and phrase[1] == "field":
                    return phrase
        if by_words is not None and (found is None or by_words[1] in ("field", "other")
                                     or (by_words[1] == "generic" and found[1] == "sub")):
            return by_words  # (generic over sub: "Camillas kontaktoplysninger", someone's by name)
        # A bilingual label ("Hours per week / timer pr. uge") or one with a gloss ("Objective
        # (mål)") names its field in any one of its parts; the other part is a translation.
        parts = [p for p in LABEL_PARTS.split(label_text) if p and p.strip(" \t:.-–—*#")]
        # A part that is a person's name ("Helle Vestergaard (Nordlys) er din mentor") makes the
        # text a sentence about that person, not a label with a translation.
        named = any(len(words := p.split()) >= 2 and sum(w[:1].isupper() for w in words) >= 2 for p in parts)
        if len(parts) > 1 and len(label_text.split()) <= 10 and not named \
                and not re.search(r"[.!?]\s", label_text):
            for part in parts:
                sub = self._classify_label_text(part, max_leftover)
                if sub is not None and sub[1] == "field":
                    return sub
        if (found is None or found[1] == "generic") and label_text.rstrip().endswith("?") \
                and len(label_text.split()) <= 16:
            # A form's long question ("Hvilket job- eller uddannelsesmål arbejdes der hen
            # imod?", "Hvordan og hvornår følges der op, og hvilke mål for progression er der?"):
            # the pack's phrases in it, when they all name one field, say what it asks for.
            hits = {self.label_field[m.group(0)] for m in self.label_re.finditer(fold(label_text).translate(_DASHES))}
            hits -= {SUB, OTHER}
            if len(hits) == 1:
                return frozenset(hits), "field"
        if found is None and (at := AT_NAMED_PLACE.match(label_text)) is not None \
                and not self.authority_contact_re.search(fold(at.group("place"))):
            # the organisation's name is no leftover word; a jobcentre's person is not the mentor
            # (the head a label outright: "Yusuf starter på FGU" is a sentence about a school)
            by_place = self._classify_label_text(f"{at.group('head')} {at.group('gloss') or ''}", 0)
            if by_place is not None and by_place[1] == "field" and (
                    by_place[0] != frozenset({"mentor"}) or "mentor" in fold(label_text)):
                # ("Kontaktperson hos Netto" is the workplace's contact; "Kontaktperson hos JobBro
                # (mentor)" and "Mentor fra Café Broen" say whose person it is)
                return by_place
        if found is None and (clause := _RELATIVE_CLAUSE.match(label_text)) is not None \
                and len(label_text.split()) <= 14 and not label_text.rstrip().endswith("."):
            # "Opgaver, som mentor skal bistå borgeren med i forløbet": the head noun is the
            # label, the relative clause says whose it is
            noun = self._classify_label_text(clause.group(1), max_leftover)
            if noun is not None and noun[1] == "field":
                return noun
        return found

    def _names_as_names(self, label_text: str) -> str:
        """``label_text`` with a first name inside it that folds to a field's term put as a name
        ("Det hjælper Malene dig med": "Malene" is no "målene"). Only a capitalised word after
        the first, spelt without the term's æ, ø or å, in a label not set in capitals."""
        words = label_text.split()
        if len(words) < 2 or not self.folded_danish_terms or label_text.isupper():
            return label_text
        if sum(1 for w in words if w[:1].isupper()) > (len(words) + 1) // 2:
            return label_text  # "Mentor Contact Details": a title-cased label
        changed = False
        for n, word in enumerate(words[1:], start=1):
            bare = word.strip(".,:;!?()")
            if bare[:1].isupper() and bare[1:].islower() and not re.search(r"[æøåÆØÅ]", bare) \
                    and fold(bare) in self.folded_danish_terms:
                words[n] = word.replace(bare, "NN")
                changed = True
        return " ".join(words) if changed else label_text

    def _classify_label_text(self, label_text: str, max_leftover: int) -> Optional[tuple[frozenset[str], str]]:
        folded = fold(NUMBERING.sub("", label_text, count=1)).strip(" \t:.-–—*#?")
        folded = re.sub(r"\([^)]*\)", " ", folded).translate(_DASHES)  # "Fra – til" is "fra - til"
        if not folded:
            return None
        folded = re.sub(r"\s+\d{1,2}$", "", folded)  # "Delmål 1"
        words = folded.split()
        if len(words) > 12 or self.digit_re.search(folded):
            return None  # a label has no figures: "3 timer pr. uge" is a value
        fields: set[str] = set()
        roles: set[str] = set()
        rest = folded
        first_other = False
        for n, m in enumerate(self.label_re.finditer(folded)):
            target = self.label_field[m.group(0)]
            if n == 0 and target == OTHER:
                first_other = True  # "Underskrift mentor" is a signature line, not the mentor
            if target == SUB:
                roles.add("sub")
            elif target == OTHER:
                roles.add("other")
            else:
                fields.add(target)
            rest = rest.replace(m.group(0), " ", 1)
        leftover = [w for w in re.findall(r"[a-z0-9][\w.'-]*", rest) if w not in self.lexicon.filler]
        if not fields and roles and any(stem(w) in self.lexicon.task_verbs for w in leftover):
            return None  # "Motivere borgeren": an activity (a goal badly put), not a label
        if first_other and len(leftover) <= 2 and not (fields and self.lexicon.agreed_re.search(folded)):
            # "Underskrift mentor"; but "Borger og undertegnede har aftalt følgende mål" leads in
            # to what the parties agreed
            return frozenset(), "other"
        if fields == {"mentor"} and any(stem(w) in self.lexicon.task_verbs for w in leftover):
            fields = {"tasks"}  # "Hvad mentoren hjælper med" asks for the tasks, not the mentor
            leftover = [w for w in leftover if stem(w) not in self.lexicon.task_verbs]
        if fields and leftover:
            # a second field joined on in shorthand: "Varighed og opf." names the follow-up too
            joined = {w: r.field for w in leftover if w.rstrip(".") in self.lexicon.abbreviations
                      and re.search(rf"\b(?:og|&|/) {re.escape(w)}", folded)
                      and (r := self.lexicon.read_word(w.rstrip("."))) is not None and r.role == "field" and r.field}
            fields |= set(joined.values())
            leftover = [w for w in leftover if w not in joined]
        if fields:
            if len(leftover) > max_leftover:
                return None
            return frozenset(fields), "field"
        if "other" in roles and len(leftover) <= 2:
            return frozenset(), "other"
        if "sub" in roles and len(leftover) <= 2:
            return frozenset(), "sub"
        if len(words) <= 4 and not self.digit_re.search(folded):
            return frozenset(), "generic"
        return None

    def states_in_prose(self, key: str, folded: str) -> bool:
        """Whether one of field ``key``'s prose patterns matches ``folded`` (one joined regex
        where the patterns join, else each in turn)."""
        joined = self.prose_any.get(key)
        if joined is not None:
            return joined.search(folded) is not None
        return any(p.search(folded) for p in self.prose.get(key, []))

    def is_placeholder(self, text: str) -> bool:
        cleaned = " ".join(fold(text).split()).strip(" .:;,'\"")
        return not cleaned or bool(self.placeholder_re.match(cleaned))

    def meaningful(self, value: str) -> str:
        """The value without placeholder lines (a sub-label line like "Tlf.: -" counts as empty)
        and without page furniture ("Side 1 af 2", "J.nr. …") that a reader put after it."""
        kept = []
        for line in value.splitlines():
            if self.furniture_re.match(line):
                continue
            body = line
            head, sep, tail = line.partition(":")
            if sep and len(head.split()) <= 3 and not any(ch.isdigit() for ch in head):
                # (a sub-label has no figures: "1/5-2025 — 31/7-2025:-" is the value, with a
                # scan's specks after it)
                body = tail
            if not self.is_placeholder(body):
                kept.append(line)
        return "\n".join(kept)


# Page headers and footers: "Side 1 af 2 · J.nr. …", "J.nr.: …", "Sagsnr. …".

# Where a bilingual label splits: "Goal / mål", "Objective (mål)", "Varighed | Duration".
_GENITIVE = re.compile(r"(?<=\w)(\w)['’]s\b")
LABEL_PARTS = re.compile(r"\s+/\s+|\s*\(([^()]*)\)\s*|\s+\|\s+")


_GUARDS = re.compile(r"^(?:\(\?<!\[a-z0-9\]\)|\\b)+")


def any_of(patterns: list[re.Pattern[str]]) -> Optional[re.Pattern[str]]:
    """A regex matching wherever any of ``patterns`` matches, or None when they cannot be
    joined (a back-reference to a renamed group)."""
    if not patterns:
        return None
    # Group names repeat across patterns ("value"); the prefilter needs no groups by name. A
    # pattern's leading word-boundary guards are dropped: the prefilter then matches a little
    # more often (the list decides), but a branch that opens with a letter is ruled out by it.
    bodies = [_GUARDS.sub("", re.sub(r"\(\?P<\w+>", "(?:", p.pattern), count=1) for p in patterns]
    if any("(?P=" in b for b in bodies):
        return None
    try:
        return re.compile("|".join(f"(?:{b})" for b in bodies))
    except re.error:
        return None


def _ocr_variants(label: str) -> set[str]:
    """A label and its OCR/ASCII spellings: "æ" is often written "ae" (domain.md § 9); "ø" and
    "å" fold to "o" and "a" anyway."""
    variants = {label}
    if "æ" in label:
        variants.add(label.replace("æ", "ae"))
    if "å" in label:
        # OCR also reads "å" as "é" ("Mél")
        variants.update({label.replace("å", "aa"), label.replace("å", "é")})
    if "ø" in label:
        # OCR reads "ø" as "e" or "g" (seed 004: "mentorstette", "hgjst"); "o" comes from folding,
        # "0" is repaired with the text layer (analyze.repair_ocr)
        variants.update({label.replace("ø", "e"), label.replace("ø", "g")})
    if "æ" in label and "ø" in label:
        variants.add(label.replace("æ", "ae").replace("ø", "e"))
    return variants
