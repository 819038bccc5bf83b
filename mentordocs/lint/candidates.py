"""Stage 2 of field finding, **candidates**: what each block is.

A block (paragraph, list item, table row, heading) becomes one or more :class:`Unit` values:
a label with its inline value (``Mål: …``, ``Timetal – 2 timer/uge``, a colon-less
``Varighed 01.03.2026 - 31.08.2026`` when the value has the field's shape), a sub-label
(``Tlf.:``), a label of something else (``Sagsbehandler``, a boundary), a heading or a
label-only line, or plain content. Table rows give ``label | value`` pairs, and a header row of
labels over a row of values. Which field a label names is the label evidence of
:meth:`FieldVocabulary.classify_label`; what a value *contains* (a period, an hours figure, a
name with contact data) is read by :mod:`mentordocs.lint.values`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Callable, Optional

from mentordocs.domain.fields import AGREEMENT_KEYS
from mentordocs.lint.durations import (
    find_periods,
    is_substantial,
)
from mentordocs.lint.model import Block, BlockKind, ExtractedDocument
from mentordocs.lint.text import fold, sentence_spans
from mentordocs.lint.values import NAME_LOWER, has_contact, prose_names_mentor
from mentordocs.lint.vocabulary import (
    AT_NAMED_PLACE,
    LABEL_PARTS,
    NUMBERING,
    OTHER,
    SUB,
    FieldVocabulary,
)


@dataclass
class Unit:
    role: str                   # "field" | "sub" | "other" | "generic" | "content" | "heading"
    text: str = ""
    label: str = ""
    fields: frozenset[str] = frozenset()
    weak: bool = False
    inline: bool = False


def _heading_like(block: Block, text: str) -> bool:
    if block.kind == BlockKind.HEADING:
        return True
    stripped = text.strip()
    # a bilingual label is two labels: "Mentorens opgaver / What your mentor will help with"
    longest = max((len(part.split()) for part in stripped.split(" / ")), default=0)
    if longest > 8 or len(stripped.split()) > 16 or not stripped:
        return False
    # (a label cut short ends on its abbreviation's point: "C) Indsatsomr.", "Varigh.")
    return not re.search(r"[.!,;]$", stripped) or stripped.endswith(":") or _ABBREVIATED.fullmatch(stripped) is not None


#: One capitalised word cut short with a point: "Indsatsomr." ("Statusmøde hver måned." is a
#: sentence, "slutter." the end of one wrapped onto a line of its own)
_ABBREVIATED = re.compile(r"(?-i:[A-ZÆØÅ])[^\W\d_]{3,}\.")


_INNER_NUMBER = re.compile(r"\d{1,2}[.)]\Z")  # (\Z: "$" would match before a line break)


def _inner_label_starts(text: str, vocab: FieldVocabulary) -> list[int]:
    """Positions where a known "Label:" starts inside a block: PDF readers join the lines of a
    form ("Mål: … Mentor: … Tlf.: …") into one paragraph."""
    folded = fold(text)
    starts = []
    for m in vocab.label_re.finditer(folded):
        start = m.start()
        numbered = _INNER_NUMBER.search(folded[max(0, start - 3):start])
        if numbered is not None:
            start -= len(numbered.group(0))  # "… 30. november 2026 5.Timetal: 8 timer"
        # (a scan's speck read as a quote mark glued to the label: '… ApS ”Mentorens opgaver: …')
        glued = 1 < start < len(folded) and folded[start - 1] in _STRAY_QUOTES and folded[start - 2].isspace()
        if start == 0 or not (folded[start - 1].isspace() or glued):
            continue
        if not re.match(r"\s*:", folded[m.end():]):
            continue
        # "… kan kontakte din mentor: …" is prose; a label follows the end of a value
        before = text[:start - 1].rstrip() if glued else text[:start].rstrip()
        if not NUMBERING.sub("", before + " ", count=1).strip():
            continue  # only "2)" before the label: the block's own numbering
        if before and not (before[-1] in ".!?)|;" or before[-1].isdigit() or text[start].isupper()
                           or text[start].isdigit() or before[-1].isupper()):
            continue
        starts.append(start)
    # A label the pack has no phrase for, read by its words ("Mentoropgaver:", "Mentor (navn,
    # telefon, mail):"), where a sentence has just ended: "… mf@fodfaeste.dk. Mentoropgaver: …"
    for m in _SHAPED_INNER_LABEL.finditer(text):
        start = m.start(1)
        if start in starts or _SENTENCE_INSIDE.search(m.group(1)):
            continue  # (a label is one phrase: "Udfyldes senere. Kontaktperson:" is a value and a label)
        found = vocab.classify_label(m.group(1))
        if found is not None and found[1] == "field" and found[0]:
            starts.append(start)
    # … or a label in lower case or cut short after a separator of a note's items, "·", ";" or
    # another label's colon: "Mentor (§ 167): mål: optag på SOSU … · opg.: hjælp m. ansøgn. …"
    for m in _SEPARATED_INNER_LABEL.finditer(text):
        start = m.start(1)
        if start in starts:
            continue
        found = vocab.classify_label(m.group(1), max_leftover=0)
        if found is not None and found[1] == "field" and found[0]:
            starts.append(start)
    # A note's items set apart by middle dots, two or more of them labelled: each item is a unit
    # of its own, so an item under a label the pack does not know ends the value before it
    # ("… · Opg.: CV + 2 ans./uge · Per.: 1/5-26–31/10-26 · Timer: 2 t/uge")
    # (also slashes: "… m. henblik på PAU / Mentor: Rikke Thorsen … / Per.: 21/9-26 – 20/3-27 /")
    for separator in (" · ", " / "):
        if text.count(separator) >= 3:
            items = [m.end() for m in re.finditer(re.escape(separator), text)]
            if sum(1 for at in items if _ITEM_LABEL.match(text, at)) >= 2:
                starts.extend(at for at in items if at not in starts)
    # … or after a value left as a placeholder, which ends no sentence: "Opgaver: udfyldes
    # senere Målet er: fast holde fleksjobbet …"
    for m in _CAPITAL_INNER_LABEL.finditer(text):
        start = m.start(1)
        colon = text.rfind(":", 0, start)
        if start in starts or colon < 0 or not vocab.is_placeholder(text[colon + 1:start].strip()):
            continue
        found = vocab.classify_label(m.group(1))
        if found is not None and found[1] == "field" and found[0]:
            starts.append(start)
    # A label in lower case run on after a list item's text, whose value has the field's shape:
    # "ringe Mikkel op om morgenen mandag + onsdag varrighed: 6 mdr. (start 1/6-26)"
    for m in _LOWER_INNER_LABEL.finditer(text):
        start = m.start(1)
        if start in starts:
            continue
        found = vocab.classify_label(m.group(1), max_leftover=0)
        if found is not None and found[1] == "field" and len(found[0]) == 1:
            (key,) = found[0]
            if key in ("duration", "hours") and shaped_value(key, text[m.end():m.end() + 60], vocab):
                starts.append(start)
    # A whole form run into one paragraph (a text index pasted into Word): with two of its
    # labels found, a capitalised label of the pack's words ends the value before it however
    # that value ends ("… Sidst ændret 29.05.2026 af Simon Larsen Mål med indsatsen: Maja …")
    if len(starts) >= 2:
        for m in _FORM_COLON.finditer(text):
            words = [w for w in _WORD_STARTS.finditer(text, max(0, m.start() - 60), m.start())]
            for w in words[-4:]:
                if not w.group(0)[:1].isupper() or w.start() in starts or text[w.start() - 1:w.start()] != " ":
                    continue
                found = vocab.classify_label(text[w.start():m.start()], max_leftover=0)
                if found is not None and found[1] == "field" and found[0]:
                    starts.append(w.start())
                    break
    # A lead-in sentence that waits for its value, after a sentence of the letter: "… § 167. Vi
    # har aftalt følgende mål for forløbet: Nadia starter på FVU …", "… den skriftlige aftale. Vi
    # har aftalt, at målet er:"
    for m in _INNER_LEAD_IN.finditer(text):
        start = m.start(1)
        if start in starts or len(m.group(1).split()) < 3:
            continue
        found = vocab.classify_label(m.group(1))
        # ("Her er det, vi aftalte om din mentor:" leads in to the whole agreement)
        if found is not None and found[1] == "field" and found[0] and found[0] != _MENTOR_ONLY:
            starts.append(start)
    return sorted(starts)


_STRAY_QUOTES = frozenset("\"'”“„’‘«»")
_ITEM_LABEL = re.compile(r"[^\W\d_][\w./ -]{0,25}:\s")
#: a colon after a word, before a space: where a label of a form run into one paragraph ends
_FORM_COLON = re.compile(r"(?<=\w):(?=\s)")
_WORD_STARTS = re.compile(r"[\w-]+")
#: A capitalised label of one to four words (an abbreviation among them: "Hovedformål jf.
#: samtalen"), with an optional parenthesis, and its colon, just after the end of a sentence (or
#: after another colon: "… LAB § 167: Formålet med støtten: …").
_SHAPED_INNER_LABEL = re.compile(r"(?<=[.!?:] )([A-ZÆØÅ][\w-]*(?: [\w.'’-]+){0,3}(?: \([^()]{1,40}\))?)\.?\s?:(?=\s)")
_SEPARATED_INNER_LABEL = re.compile(r"(?:(?<=[·:;] )|(?<=\n[–•-] )|(?<=^[–•-] ))([^\W\d_][\w-]*(?: [\w-]+){0,2})\.?:(?=\s)")

#: a sentence's end inside a would-be label (not an abbreviation's point: "Hovedformål jf. samtalen")
_SENTENCE_INSIDE = re.compile(r"\.\s+[A-ZÆØÅ]")

_CAPITAL_INNER_LABEL = re.compile(r"(?<=[a-zæøå] )([A-ZÆØÅ][\w-]*(?: [\w.'’-]+){0,3})\s?:(?=\s)")

#: One or two capitalised words and nothing else: a first name, or a first and last name.
_NAME_ONLY = re.compile(rf"[A-ZÆØÅ][{NAME_LOWER}]+(?: [A-ZÆØÅ][{NAME_LOWER}]+)?")
_LOWER_INNER_LABEL = re.compile(r"(?<=[a-zæøå0-9)] )([a-zæøå]{5,}):\s")
_MENTOR_ONLY = frozenset({"mentor"})
#: A sentence of a few words ending in a colon, just after the end of another sentence.
_INNER_LEAD_IN = re.compile(r"(?<=[.!?] )([A-ZÆØÅ][^.!?:;()\n]{8,80}):(?=\s|$)")


def _value_inside(block: Block, text: str) -> bool:
    """A short line such as "Opfølgning Månedligt statusmøde" (a flattened table row) holds a
    value after its label: a capitalised word after the first, in a line that is not all caps."""
    if block.kind == BlockKind.HEADING or text.isupper():
        return False
    if (at := AT_NAMED_PLACE.match(text)) is not None:
        text = at.group("head")  # "Kontaktperson hos JobBro (mentor)": the place is the label's
    # "Periode / Period", "Mål (Objective)": a bilingual label, the capital starts the translation
    words = LABEL_PARTS.split(text)[0].split() if LABEL_PARTS.search(text) else text.split()
    return any(w[:1].isupper() and w[1:2].islower() for w in words[1:])


def classify_block(block: Block, vocab: FieldVocabulary) -> tuple[Unit, ...]:
    # The outcome depends only on the block's text, kind and cells (never its location), and an
    # archive repeats its templates' labels and boilerplate in every document.
    return vocab._block_cache.get((block.text, block.kind, tuple(block.cells)),
                                  lambda: tuple(_classify_block_uncached(block, vocab)))


def _classify_block_uncached(block: Block, vocab: FieldVocabulary) -> list[Unit]:
    text = block.text.strip()
    if not text:
        return []
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2 and block.cells[0].strip() \
            and all(_speck(c) for c in block.cells[1:]):
        # "Målet med mentorstøtten | É": a scan's speck of dirt beside a heading is no value cell
        label = block.cells[0].strip()
        whole = vocab.classify_label(label.rstrip(":"), max_leftover=1) if "\n" not in label else None
        if whole is not None and whole[1] == "field" and DASHED.search(label):
            # "Opfølgning – herunder mål for progression | ": the dash is part of the label, whose
            # value cell is empty (or held only check boxes left unticked)
            return [Unit("field", text="", label=label, fields=whole[0])]
        head = label.partition("\n")[0].strip()
        first = vocab.classify_label(head.rstrip(":"), max_leftover=1) if "\n" in label and len(head) < 60 else None
        if len(block.cells) == 2 and not block.cells[1].strip() and first is not None and first[1] == "field":
            # "Mål" over "Job- eller uddannelsesmål, der kan følges op på" beside an empty
            # cell: the form's small print under the label, and the field left blank
            return [Unit("field", text="", label=label, fields=first[0])]
        units = _classify_single(Block(label, BlockKind.PARAGRAPH, block.location), vocab)
        if label.endswith("?") and not any(u.role == "field" for u in units) and len(label.split()) <= 12:
            # "Målbart" over "Hvordan kan vi se, at målet er nået?" beside an empty cell: a
            # form's question left unanswered is a label over nothing, not the value of the
            # field above it
            return [Unit("other", text="", label=label, fields=frozenset())]
        if len(block.cells) == 2 and not block.cells[1].strip() and all(u.role == "content" for u in units) \
                and _EMPTY_ROW_LABEL.fullmatch(label):
            # "Arbejdssted | " in a blank form: a label the pack does not know over an empty
            # cell is a boundary, not the value of the row above ("Mentorens navn | ")
            return [Unit("other", text="", label=label, fields=frozenset())]
        return units
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2 and _ROW_NUMBER.fullmatch(block.cells[0].strip()) \
            and block.cells[1].strip():
        # "1 | Målet med mentorstøtten⏎Katrine møder …": a Word list's number with a hanging
        # indent, which a PDF sets as a column of its own; the item is a paragraph, its label
        # on the first line or before the value
        item = block.cells[1].strip()
        head, newline, rest = item.partition("\n")
        if newline:
            return _classify_row(Block(f"{head} | {rest}", BlockKind.TABLE_ROW, block.location, cells=(head, rest)), vocab)
        return _classify_single(Block(item, BlockKind.PARAGRAPH, block.location), vocab)
    if block.kind == BlockKind.TABLE_ROW and len([c for c in block.cells if c.strip()]) >= 1 and len(block.cells) >= 2:
        return _classify_row(block, vocab)
    if block.kind != BlockKind.TABLE_ROW and ":" in text[20:]:
        starts = _inner_label_starts(text, vocab)
        if starts:
            items: list[Unit] = []
            bounds = [0, *starts, len(text)]
            for a, b in zip(bounds, bounds[1:]):
                piece = text[a:b].strip()
                if piece:
                    items.extend(_classify_single(Block(piece, BlockKind.PARAGRAPH, block.location), vocab))
            return items
    return _classify_single(block, vocab)


_DASHES = frozenset("-–—")
#: A dash between words: in a paragraph it may set a label off from its value ("Mål – job som …");
#: in a label ("Opfølgning – herunder mål for progression") or a card's title ("FGU –
#: produktionsgrundforløb") it is part of the text.
DASHED = re.compile(r"\w\s+[-–—]\s+\w")


def _speck(cell: str) -> bool:
    """An empty cell, or one character that is no figure: OCR's reading of a speck of dirt. A
    dash is no speck: "Status meetings | -" is a field left empty on purpose."""
    stripped = cell.strip()
    return len(stripped) <= 1 and not stripped.isdigit() and stripped not in _DASHES


#: check boxes and ticks, which say whether a row is chosen (the pack's ``checkboxes``), are no icons
_BOXES = frozenset("☐☑☒□■✅✓✔✗✘")


def _without_icon(text: str) -> str:
    """``text`` without the icons a designed layout sets before its labels ("☎ Din mentor",
    "◷ Periode", "⚑ Mål", an icon font's private-use glyph): symbols, not words."""
    stripped = text.lstrip()
    n = 0
    while n < len(stripped) and n < 4 and stripped[n] not in _BOXES and (
            unicodedata.category(stripped[n]) in ("So", "Sm", "Sk", "Co") or (n and stripped[n] == "\ufe0f")):
        n += 1
    return stripped[n:].lstrip() if n and stripped[n:n + 1].isspace() else text


def _classify_single(block: Block, vocab: FieldVocabulary) -> list[Unit]:
    text = _without_icon(block.text.strip())
    body = NUMBERING.sub("", text, count=1)
    first, newline, rest = body.partition("\n")
    if newline and rest.strip() and ":" not in first and len(first.split()) <= 6:
        # "Ugentlige timer<br>2 t/uge": a label on the first line of a block, its value below
        found = vocab.classify_label(first.strip())
        if found is not None and found[1] == "field":
            return [Unit("field", text=rest.strip(), label=first.strip(), fields=found[0], inline=True)]
        if found is not None and found[1] == "other":
            # "Underskrifter" over the parties' names and blanks: a section of its own
            return [Unit("other", text=rest.strip(), label=first.strip(), fields=frozenset(), inline=True)]
    if block.kind == BlockKind.HEADING and ":" in body:
        before, _, named = body.rpartition(":")
        words = fold(before).split()
        if words and vocab.activity_name_label_re.fullmatch(words[-1].strip(" –-")) and 1 <= len(named.split()) <= 4:
            # "Din plan – aktivitet: Mentor": the title of the plan's activity, no field's label
            return [Unit("heading", label=body.strip())]
    # "Label: value" (also "Label – value")
    colon = re.search(r":|\?(?=\s+\S)|\s[–—]\s|\s-\s|\s\|\s", body[:90])
    if colon and colon.group(0) != ":" and ":" in body[colon.end():90]:
        # "Opfølgning – inklusiv mål for progression: XX": the whole text before the colon is
        # the label when it reads as one
        whole = re.search(r":", body[:90])
        found = vocab.classify_label(body[:whole.start()]) if whole else None
        if found is not None and found[1] == "field":
            colon = whole
    if colon and colon.group(0) != ":" and block.kind == BlockKind.HEADING:
        # A heading is a label as a whole: "VARIGHED AF AFTALEN OG OPFØLGNING – INKLUSIV MÅL FOR
        # PROGRESSION" has its content below it, not after the dash.
        heading = vocab.classify_label(body, max_leftover=3)
        # (not a title whose side names something else: "MENTORSTØTTE – AFTALE MELLEM BORGER,
        # MENTOR OG KOMMUNE" is the document's title, its second half a label of no field)
        sides = (body[:colon.start()], body[colon.end():])
        if heading is not None and heading[1] == "field" \
                and not any((side_reading := vocab.classify_label(side.strip(" :"), max_leftover=1)) is not None
                            and side_reading[1] == "other" for side in sides):
            return [Unit("field", text="", label=body.strip(), fields=heading[0])]
    if colon and colon.group(0).strip() in ("–", "—", "-"):
        # "Mentor – navn, tlf. og mail": what follows the dash says what the label asks for
        # (sub-label words), so the line is a label and its value comes below it.
        after = body[colon.end():].strip().rstrip(":")
        asked = vocab.classify_label(after, max_leftover=0) if after and len(after) < 60 else None
        if asked is not None and asked[1] == "sub":
            found = vocab.classify_label(body[:colon.start()], max_leftover=0)
            if found is not None and found[1] == "field":
                return [Unit("field", text="", label=body.strip(), fields=found[0])]
    if colon:
        label_text, value = body[:colon.start()], body[colon.end():].strip()
        # Before a dash the text must be a label outright: "Helle Vestergaard er din mentor –
        # telefon …" is a sentence.
        if colon.group(0) == "?":
            # "Hvor mange timer? 2 timer om ugen.": a question and its answer in one paragraph
            found = vocab.classify_label(label_text + "?", max_leftover=3)
            found = found if found is not None and found[1] == "field" else None
        else:
            found = vocab.classify_label(label_text, max_leftover=1 if colon.group(0).strip() in (":", "|") else 0)
            if found is None and colon.group(0).strip() == "|" and unknown_label_shape(label_text.strip()):
                found = (frozenset(), "generic")  # the first column of a text table is a label by form
        if found is not None and (found[1] != "generic" or colon.group(0).strip() in (":", "|")):
            fields, role = found
            rest = ""
            if value and role == "field" and block.kind == BlockKind.PARAGRAPH:
                value, rest = _scope_value(value, fields, vocab)
            items = [Unit(role, text=value, label=label_text.strip(), fields=fields, inline=bool(value))]
            if rest:
                items.append(Unit("content", text=rest))
            return items
    if len(body.split()) == 1 and fold(body.strip().rstrip(".:")) in vocab.lexicon.abbreviations:
        found = vocab.classify_label(body.strip())  # "Opf." on its own line over its value
        if found is not None and found[1] == "field":
            return [Unit("field", text="", label=body.strip(), fields=found[0])]
    if body.rstrip().endswith(".") and not body.rstrip().endswith("..") and len(body.split()) <= 3 \
            and body.strip()[:1].isupper():  # ("slutter." is a wrapped sentence's end, no label)
        # "6. Timetal.": a numbered heading whose scan picked up a speck as a full stop
        found = vocab.classify_label(body.strip().rstrip("."), max_leftover=0)
        if found is not None and found[1] == "field":
            return [Unit("field", text="", label=body.strip().rstrip("."), fields=found[0])]
    # "4. Omfang to timer om ugen": a label spelt as in the pack, then a value of the field's shape
    start = vocab.label_re.match(fold(body))
    if start and vocab.label_field[start.group(0)] not in (SUB, OTHER) and not body.rstrip().endswith(":") \
            and body[:start.end()].lower() in vocab.label_spellings.get(start.group(0), ()):
        rest = body[start.end():].strip(" \t:.-–—")
        key = vocab.label_field[start.group(0)]
        if rest and key in ("hours", "duration") and shaped_value(key, rest, vocab):
            return [Unit("field", text=rest, label=body[:start.end()], fields=frozenset({key}), weak=True,
                         inline=True)]
    # A paragraph without a colon is a label only if it is nothing but label words: "Månedligt
    # statusmøde" is a value, "Opfølgning" a label.
    strict = 1 if block.kind == BlockKind.HEADING or body.rstrip().endswith(":") else 0
    start = vocab.label_re.match(fold(body))
    if start and vocab.label_field[start.group(0)] not in (SUB, OTHER):
        strict = 1  # "Formål med mentorforløbet": the label comes first, one more word follows
    if _POSSESSED_TASKS.fullmatch(fold(body).strip(" :")):
        strict = 1  # "Den forløbsansvarliges opgaver": whose tasks, by the role's genitive
    if block.kind == BlockKind.HEADING and body.rstrip().endswith("?"):
        strict = 3  # "Hvem er din mentor, og hvordan kontakter du vedkommende?"
    # (a line that ends waiting for its object holds no value: "Det hjælper Louise dig med")
    waits = bool(body.split()) and fold(body.split()[-1]) in vocab.lexicon.lead_in_ends
    if waits and block.kind != BlockKind.TABLE_ROW and len(body.split()) <= 7:
        strict = max(strict, 2)  # "3. Det hjælper min mentor med": a lead-in clause waiting for its list
    found = (vocab.classify_label(body, max_leftover=strict)
             if _heading_like(block, body) and (waits or not _value_inside(block, body))
             and not (block.kind != BlockKind.HEADING and shaped_value("hours", body, vocab)) else None)
    words = body.split()
    if found is not None and found[1] in ("other", "field") and block.kind == BlockKind.LIST_ITEM \
            and len(words) >= 3 and not body.rstrip().endswith((":", "?")) and not waits \
            and (body[:1].islower() or (found[1] == "other" and len(words) >= 4)
                 # "Mentor ringer om morgenen", "Mentor hjælper med post": its subject's doing
                 or fold(words[1]) in vocab.task_openers or fold(words[1]) in vocab.lexicon.sentence_verbs):
        # A list item that runs on is an item, not a label: "Være fast kontaktperson på
        # arbejdspladsen", "opfølgning på fravær sammen med kontaktlæreren" under the tasks'
        # lead-in are tasks. (One that waits for its object, "✔ Det hjælper mentor med", a
        # check mark read as its bullet, is the label.)
        found = None
    if found is not None:
        fields, role = found
        if role == "field":
            return [Unit("field", text="", label=body.strip(), fields=fields)]
        if role in ("other", "sub") or block.kind == BlockKind.HEADING:
            return [Unit("heading" if role == "generic" else role, label=body.strip())]
    elif block.kind == BlockKind.HEADING:
        return [Unit("heading", label=body.strip())]
    # PDF-flattened "Varighed 01.03.2026 - 31.08.2026", "Klagevejledning Hvis du …"
    m = vocab.label_re.match(fold(body))
    if m and vocab.label_field[m.group(0)] == SUB:
        # "Tlf. 99 99 56 22", "telefon 29 19 15 83" under a mentor line
        return [Unit("sub", text=body[m.end():].lstrip(" \t.:"), label=body[:m.end()])]
    # Without a colon the label must be spelt as in the pack: folded "malene" is "målene" but
    # also the name Malene.
    if m and vocab.label_field[m.group(0)] not in (SUB, OTHER) \
            and body[:m.end()].lower() in vocab.label_spellings.get(m.group(0), ()) \
            and m.group(0).split()[-1] in vocab.lexicon.lead_in_ends \
            and _NAME_ONLY.fullmatch(body[m.end():].strip(" \t:")):
        # a label that ends on a preposition takes its object: "Sådan får du fat i Mette" over the
        # mentor's details is the label, not a mentor named Mette
        return [Unit("field", text="", label=body.strip(), fields=frozenset({vocab.label_field[m.group(0)]}))]
    if m and vocab.label_field[m.group(0)] not in (SUB, OTHER) \
            and body[:m.end()].lower() in vocab.label_spellings.get(m.group(0), ()):
        rest = body[m.end():].lstrip(" \t\n:.-–—")
        first = rest.split(" ", 1)[0] if rest else ""
        key = vocab.label_field[m.group(0)]
        if rest and ((first[:1].isupper() or first[:1].isdigit()) and fold(first) not in vocab.continuation
                     or shaped_value(key, rest, vocab)):
            # "Varighed fra 01.10.2026 til 31.12.2026", "Timer op til 2 timer ugentligt": a
            # lower-case value is taken only when it has the field's shape.
            return [Unit("field", text=rest, label=body[:m.end()], fields=frozenset({key}),
                          weak=True, inline=True)]
    return [Unit("content", text=text)]


def shaped_value(key: str, text: str, vocab: FieldVocabulary) -> bool:
    """Whether a short text is plainly a value of the field by its form alone: a dated range for
    the duration, an amount of hours per week or month for the hours, items opening with task
    verbs for the tasks ("Mentorens opgaver hjælp til kontakt med studievejleder; følges med …")."""
    value = " ".join(fold(text).split()).rstrip(" .")
    if key == "tasks":  # a list of items separated by ";", most of them opening with a task verb
        items = [item.split() for item in value.split(";") if item.strip()]
        return len(items) >= 2 and sum(item[0].strip(",:") in vocab.task_openers for item in items) >= 2
    if len(value) > 60:
        return False
    if key == "hours":
        return bool(vocab.hours_value_re.match(value))
    if key == "duration":
        value = re.sub(r"(?<=[a-z])\.(?=\d)", " ", value)  # OCR: "til.9. maj 2027"
        # a dated range, or a length ("fra 1/4 2026 og 4 måneder frem")
        return any(p.is_range or p.months or p.days for p in stated_periods(value, vocab))
    return False


def stated_periods(folded: str, vocab: FieldVocabulary) -> list[Any]:
    """The periods a folded value states (not limits, history or totals)."""
    if not any(ch.isdigit() for ch in folded):
        return []
    return [p for p in find_periods(folded, vocab.periods, folded=folded) if p.excluded is None]


#: Fields whose text runs over several sentences that mention other fields by nature
#: (the appeal names the period's end, the reasons cite the mentor): never cut.
UNSCOPED = frozenset({"appeal_guidance", "reasons"})


def _scope_value(value: str, fields: frozenset[str], vocab: FieldVocabulary) -> tuple[str, str]:
    """Split the value of an inline "Label: value" in a paragraph into the label's own part and
    the rest. A dense paragraph ("Opgaver: Udfyldes senere. Støtten gælder 1. apr. – 30. jun.
    2026. Mentor har 8 timer om ugen.") states other fields after the label's sentence: the
    value ends after a placeholder sentence, or before the first sentence that speaks of
    another field and not of this one."""
    if fields & UNSCOPED:
        return value, ""
    first = _FIRST_WORD.match(value)
    if first and vocab.is_placeholder(first.group(1)) and not (
            not first.group(1).strip("-–—") and (_DASH_ITEM.search(value, first.end())
                                                 or _dash_item(value[first.end():], fields, vocab))):
        # "Periode: … Fire uger før bevillingen udløber …": the form was left blank (the pack's
        # placeholders decide what blank looks like). A dash followed later by another dash item
        # opens a list ("Opgaver: – Ledsagelse … – Hjælp til transport"), not a blank.
        return value[:first.end()].strip(), value[first.end():].strip()
    spans = _figure_sentences(value, sentence_spans(value), vocab)
    if len(spans) < 2:
        return value, ""
    first_end = spans[0][1]
    if vocab.is_placeholder(value[:first_end]):
        return value[:first_end], value[spans[1][0]:].strip()
    for s, e in spans[1:]:
        sentence = value[s:e]
        own = any(speaks_of(key, sentence, vocab) for key in fields)
        if own and fields == {"mentor"} and not has_contact(sentence, vocab) and speaks_of("tasks", sentence, vocab):
            own = False  # "Mentor: Anders, tlf. … Anders hjælper dig med …": the tasks, by name
        if not own and any(speaks_of(key, sentence, vocab) for key in SCOPE_KEYS if key not in fields):
            return value[:s].rstrip(), value[s:].strip()
    return value, ""


def _figure_sentences(value: str, spans: tuple[tuple[int, int], ...],
                      vocab: FieldVocabulary) -> tuple[tuple[int, int], ...]:
    """``spans`` with a sentence also ending where a word (no abbreviation) ends on a full stop
    and a figure follows: "… kontakt til arbejdsgiver. 3 t/uge." (a journal's shorthand starts
    a sentence with its figure; "ca. 3 timer", "kl. 9" and "d. 1. marts" stay whole)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _WORD_THEN_FIGURE.finditer(value, start, end):
            if fold(m.group(1)) in vocab.lexicon.abbreviations:
                continue
            out.append((start, m.end(1) + 1))
            start = m.end()
        out.append((start, end))
    return tuple(out)


_WORD_THEN_FIGURE = re.compile(r"\b([a-zæøå]{4,})\.\s+(?=\d)")


def _dash_item(rest: str, fields: frozenset[str], vocab: FieldVocabulary) -> bool:
    """Whether the text after a dash that opens an inline value is a list's first item ("Mentors
    opgaver: - Kontakt til arbejdsgiveren …", the next items on lines of their own) rather than
    the next field after a blank ("Opgaver: - Støtten gælder 1. apr. – 30. jun. 2026.")."""
    first = rest[:sentence_spans(rest)[0][1]] if rest.strip() else ""
    return bool(first) and not any(speaks_of(key, first, vocab) for key in SCOPE_KEYS if key not in fields)


#: The first word of an inline value when the next one starts a sentence (a capital letter).
_FIRST_WORD = re.compile(r"^\s*(\S+)\s+(?=[A-ZÆØÅ])")
_DASH_ITEM = re.compile(r"\s[-–—]\s+[A-ZÆØÅ]")


SCOPE_KEYS = AGREEMENT_KEYS


def speaks_of(key: str, original: str, vocab: FieldVocabulary) -> bool:
    """Whether a sentence states something about field ``key``. A sentence about the mentor
    names or reaches the mentor; "Mentoren skal hjælpe med …" speaks of the tasks."""
    sentence = fold(original)
    if key == "mentor":
        mentor = vocab.prose_any.get("mentor")
        return bool(mentor is not None and mentor.search(sentence)) and (
            has_contact(original, vocab) or prose_names_mentor(original, vocab))
    if key == "duration":
        return any(p.excluded is None and is_substantial(p) for p in find_periods(sentence, vocab.periods,
                                                                                   folded=sentence))
    if key == "hours":
        return bool(vocab.hour_figure_re.search(sentence))  # the figure carries its unit
    pattern = vocab.prose_any.get(key)
    if key == "tasks" and _named_task(original, vocab):
        return True
    if key == "follow_up" and vocab.follow_up_meeting_re.search(sentence) and vocab.rhythm_re.search(sentence):
        return True  # "Møde med Bettina hver 6. uge og et slutmøde i uge 52.": a meeting at a rhythm
    return bool(pattern is not None and pattern.search(sentence))


#: "skal Helle tage med …", "Helle vil hjælpe …": a person as the subject of a modal verb
_NAMED_MODAL = re.compile(r"(?:\b(?:skal|vil) ([A-ZÆØÅ][a-zæøå]+)|\b([A-ZÆØÅ][a-zæøå]+) (?:skal|vil|will))\s+(?:\w+\s+){0,2}?(\w+)")


#: "Anders hjælper dig med …": a person and a verb in the present tense, then what it is about
_NAMED_PRESENT = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+) ([a-zæøå]+er)\s+(?:dig\s+|jer\s+|[A-ZÆØÅ][a-zæøå]+\s+)?(?:med\b|m\.|til\b|ved\b|i\b|på\b)")
#: "… mødes Rikke med Kasper", "… ringer Sara til dig": a present-tense verb (in lower case, so
#: not the sentence's first word), a first name, and what the verb is about (a label ends there:
#: "Sådan hjælper Charlotte dig: -")
_NAMED_INVERTED = re.compile(r"(?<=[\w,] )([a-zæøå]+(?:er|es|år)) ([A-ZÆØÅ][a-zæøå]+) (?:dig|jer|med|til|ved|på)\b(?= \w)")
#: "Rikke helps you with …": the same in English, the verb's third person ("helps", "accompanies")
_NAMED_PRESENT_EN = re.compile(r"\b([A-Z][a-z]+) ([a-z]+?(?:ies|s)) (?:you|the citizen)\b")


def _named_task(original: str, vocab: FieldVocabulary) -> bool:
    """A sentence where a named person (the mentor, by first name) is to do a task verb."""
    return bool(named_task_doers(original, vocab))


def named_task_doers(original: str, vocab: FieldVocabulary) -> list[str]:
    """The first names (folded) that a sentence makes the subject of a task verb: "skal Helle
    tage med …", "Anders hjælper m. at …", "Rikke helps you with …". A pronoun ("Jeg skriver
    til dig") is nobody's name."""
    return [name for name in _task_subjects(original, vocab) if name not in vocab.not_a_subject]


def task_verb(word: str, vocab: FieldVocabulary) -> bool:
    """Whether a folded verb in the present is a task opener: Danish "hjælper", or English in the
    third person ("helps", "accompanies")."""
    if word in vocab.task_openers:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in vocab.task_openers
    return word.endswith("s") and word[:-1] in vocab.task_openers


def _task_subjects(original: str, vocab: FieldVocabulary) -> list[str]:
    names = []
    for m in _NAMED_MODAL.finditer(original):
        name = fold(m.group(1) or m.group(2))
        if name not in vocab.not_names and fold(m.group(3)) in vocab.task_openers:
            names.append(name)
    for m in _NAMED_PRESENT.finditer(original):
        # "Anders hjælper m. at komme afsted …", "Sara følger dig til …": the opener's present tense
        if fold(m.group(1)) not in vocab.not_names and fold(m.group(2))[:-1] in vocab.task_openers:
            names.append(fold(m.group(1)))
    for m in _NAMED_INVERTED.finditer(original):
        # "For at nå dertil mødes Rikke med Kasper …", "Hver uge ringer Sara til dig": the verb
        # before its subject after a clause put first
        if fold(m.group(2)) not in vocab.not_names and fold(m.group(1)) in vocab.task_openers:
            names.append(fold(m.group(2)))
    for m in _NAMED_PRESENT_EN.finditer(original):
        if fold(m.group(1)) not in vocab.not_names and task_verb(m.group(2), vocab):
            names.append(fold(m.group(1)))
    return names


def _classify_row(block: Block, vocab: FieldVocabulary) -> list[Unit]:
    cells = [c.strip() for c in block.cells]
    if len(cells) >= 3 and _ROW_NUMBER.fullmatch(cells[0]):
        cells = cells[1:]  # "1 | Hvilket mål arbejdes der hen imod? | …": a numbered question form
    # Only the first cell may carry a label word plus one more ("Mentorens opgaver"); a later
    # cell such as "to timer om ugen" is a value, not a label.
    labels = [vocab.classify_label(c.rstrip(":"), max_leftover=1 if i == 0 else 0)
              if c and len(c) < 90 and not (i and ("§" in c or vocab.digit_re.search(c) or _SENTENCE_CELL.search(c)
                                                   or len(c.split()) > _LATER_LABEL_WORDS))
              else None for i, c in enumerate(cells)]
    if "\n" in cells[0]:
        # A label cell's first line is its label, the lines under it a hint for the writer
        # ("Formål" over "Hvad skal forløbet føre frem til? Beskriv målet konkret."), whose
        # words name other fields or none.
        lines = cells[0].split("\n")
        while len(lines) > 1 and lines[0][:1].islower():
            lines = lines[1:]  # the end of the cell above's hint, run over the row's border
        head, rest = lines[0], "\n".join(lines[1:])
        first = vocab.classify_label(head.rstrip(":"), max_leftover=1)
        # (unless a line under it is another field's label: a scan ran two rows' labels into
        # one cell, "Mentor" over "Mentors opgaver")
        merged = [found for line in rest.split("\n")
                 if (found := vocab.classify_label(line.strip().rstrip(":"), max_leftover=0)) is not None
                 and found[1] == "field" and not found[0] & first[0]] if first is not None else []
        if first is not None and first[1] == "field" and not merged:
            labels[0] = first
    non_empty = [c for c in cells if c]
    if _columns_header(cells, vocab):
        return []  # "Felt | Indhold" names the columns of the label/value rows below, repeated on each page
    if is_header_row(cells, vocab):
        return [Unit("header", text="", fields=frozenset(), label="|".join(cells))]
    if _signature_row(cells, vocab):
        return [Unit("other", text="", label=cells[0], fields=frozenset())]
    items: list[Unit] = []
    i = 0
    while i < len(cells):
        lab = labels[i]
        question = vocab.lexicon.question_cells.get(" ".join(fold(cells[0]).strip(" :?").split())) if i == 0 else None
        if question is not None and len(non_empty) >= 2:
            lab = (frozenset({question}), "field")  # "Hvem | Nadia Sørensen", "Hvornår | 9.8.–8.1."
        if (lab is None or lab[1] == "generic") and i == 0 and len(non_empty) >= 2 and first_cell_label(cells[0], vocab.lexicon.clause_openers):
            lab = (frozenset(), "other")  # "Sådan arbejder vi sammen | …": a first cell is a label by form
        if lab is not None and cells[i] and lab[1] in ("field", "sub", "other"):
            j = i + 1
            values = []
            while j < len(cells) and not ((other := labels[j]) is not None and other[1] in ("field", "sub", "other")
                                          and cells[j]):
                values.append(cells[j])
                j += 1
            value = " ".join(v for v in values if v)
            items.append(Unit(lab[1], text=value, label=cells[i], fields=lab[0], inline=bool(value)))
            i = j
        else:
            head, sep, tail = cells[i].partition(":")
            inline = vocab.classify_label(head) if sep and tail.strip() and len(head) <= 50 else None
            if inline is not None and inline[1] == "field":
                # "Målet med mentorstøtten: Jonas møder …" in one cell: a page beside an
                # information box read as a table keeps its inline labels
                items.append(Unit("field", text=tail.strip(), label=head.strip(), fields=inline[0], inline=True))
            elif cells[i]:
                items.append(Unit("content", text=cells[i]))
            i += 1
    if not items and non_empty:
        items.append(Unit("content", text=" ".join(non_empty)))
    return items


def form_cell_rows(blocks: list[Block], vocab: FieldVocabulary) -> dict[int, list[Unit]]:
    """The rows of tables of form cells, each cell a label over its value ("Mentorens opgaver"
    over the tasks | "Mentor" over the name and e-mail): block index -> one unit per cell. A
    table is one where a row has every cell so, one of them naming a field; its other rows
    may leave a field's value empty ("Målet med mentorstøtten" alone) or type it on the label's
    line ("Timer om ugen efter behov")."""
    strict = {index for index, block in enumerate(blocks)
              if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2 and any("\n" in c for c in block.cells)
              and _stacked_cells(list(block.cells), vocab, lenient=False)}
    if not strict:
        return {}
    found: dict[int, list[Unit]] = {}

    def units(at: int) -> Optional[list[Unit]]:
        if not 0 <= at < len(blocks) or blocks[at].kind != BlockKind.TABLE_ROW:
            return None
        return _stacked_cells(list(blocks[at].cells), vocab, lenient=at not in strict)

    for index in sorted(strict):
        at = index
        while (row := units(at)) is not None and at not in found:
            found[at] = row
            at -= 1
        at = index + 1
        while (row := units(at)) is not None and at not in found:
            found[at] = row
            at += 1
    return found


def _stacked_cells(cells: list[str], vocab: FieldVocabulary, *, lenient: bool) -> Optional[list[Unit]]:
    """A row of form cells as one unit per cell, or None. Each filled cell opens with a label
    line and goes on (or, ``lenient``, is a field's label alone or with its value on the line);
    one names a field; a label the pack does not know is short ("Navn", "Sagsnr."), and a line
    under a label that asks the writer something ("Hvad er målet?") is a hint beside a value
    cell, not a value."""
    cells = [c.strip() for c in cells]
    filled = [c for c in cells if c]
    if len(cells) < 2 or not any("\n" in c for c in filled) or is_header_row(cells, vocab) \
            or (not lenient and len(filled) < 2):
        return None  # (a label over its hint beside an empty cell shows no form of stacked cells)
    units = []
    for cell in filled:
        head, _, rest = cell.partition("\n")
        head, rest = head.strip(), rest.strip()
        found = vocab.classify_label(head.rstrip(":"), max_leftover=1) if len(head) < 60 and ":" not in head else None
        if not lenient and not rest:
            return None
        if found is None and not rest:
            # "Timer om ugen efter behov": a label and its value typed on one line
            words = head.split()
            found, cut = next(((lab, n) for n in range(min(4, len(words) - 1), 0, -1)
                               if (lab := vocab.classify_label(" ".join(words[:n]), max_leftover=0)) is not None
                               and lab[1] == "field"), (None, 0))
            head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if found is None or rest.endswith("?") or (not rest and found[1] != "field" and not lenient) or (found[1] == "generic" and (
                not lenient or len(head.split()) > 3 or head.endswith(","))):
            # (a label the pack does not know, "Navn" over a name, only beside a row that shows
            # the form; "Aisha Rahimi," over the rest of her contact is a value)
            return None
        units.append(Unit(found[1], text=rest, label=head, fields=found[0], inline=bool(rest)))
    return units if any(u.role == "field" and u.text for u in units) else None


#: A later cell of more words than this is a value ("Borgeren skal begynde på HF-enkeltfag (dansk
#: og matematik)", wrapped before its full stop), not a label of a label/value pair.
_LATER_LABEL_WORDS = 6
#: A later cell that ends a sentence of three words or more ("Midtvejsevaluering og slutevaluering
#: sammen med sagsbehandler.") is a value, whatever field words it holds; a label ends with none.
_SENTENCE_CELL = re.compile(r"\w\s+\w+\s+\w[^.!]*\w[.!]$")


#: a form's short label: one to three words, capitalised, no figures or sentence end
_EMPTY_ROW_LABEL = re.compile(r"(?-i:[A-ZÆØÅ])[^\W\d_]*(?:[ /-][^\W\d_]+){0,2}:?")
#: a role's tasks by its genitive: "Den forløbsansvarliges opgaver", "Coachens rolle"
_POSSESSED_TASKS = re.compile(r"(?:den |de )?[a-z][a-z-]{3,}(?:ens|es|s) (?:opgaver|opgave|rolle)")
#: A cell that only numbers its row: "1", "2.", "3)", "a)", "§ 4", "Nr. 5".
_ROW_NUMBER = re.compile(r"(?:nr\.?\s*|§\s*)?(?:\d{1,2}[a-h]?|[a-h])[.)]?", re.IGNORECASE)


def _signature_row(cells: list[str], vocab: FieldVocabulary) -> bool:
    """"Mentor | Dato: | Underskrift:": a party over the labels of a signature block (date,
    signature) is where the mentor signs, not the mentor's field."""
    rest = [c for c in cells[1:] if c]
    if len(rest) < 2:
        return False
    for cell in rest:
        head = cell.split(":", 1)[0].strip(" _.")
        found = vocab.classify_label(head, max_leftover=0) if head and len(head) < 40 else None
        if found is None or found[1] != "other":
            return False
    return True


def header_labels(cells: list[str], vocab: FieldVocabulary) -> list[Optional[tuple[frozenset[str], str]]]:
    """Each cell of a possible header row read as a label. A header cell is a label and
    nothing else, so it may carry two extra words ("Hvad skal mentor hjælpe med"). Beside a
    period column, the column that names a plan's activity ("Indsats", "Aktivitet") is a label
    of no field."""
    labels = [vocab.classify_label(c.rstrip(":"), max_leftover=2) if c and len(c) < 70 and _label_words(c) <= 6
              else None for c in cells]
    for i in range(len(cells) - 1):
        # "Fra | Til": two columns that name the period between them ("fra - til")
        this, following = labels[i], labels[i + 1]
        if this is not None and following is not None and this[1] == following[1] == "generic":
            pair = vocab.classify_label(f"{cells[i].strip(' :')} - {cells[i + 1].strip(' :')}", max_leftover=0)
            if pair is not None and pair[0] == frozenset({"duration"}):
                labels[i] = labels[i + 1] = pair
    if len([c for c in cells if c]) >= 3 and all(_column_name(c) for c in cells if c):
        # a timetable's "Dag | Tidspunkt | Hvad | Hvor": its bare "Hvad" column is what is done
        labels = [(frozenset({"tasks"}), "field")
                  if c and vocab.lexicon.question_cells.get(fold(c).strip(" :?")) == "tasks" else lab
                  for c, lab in zip(cells, labels)]
        if (frozenset({"tasks"}), "field") in labels:
            # … and its clock times are the hours ("Tidspunkt" over "kl. 9.00-10.30")
            labels = [(frozenset({"hours"}), "field")
                      if c and fold(c).strip(" :.") in vocab.lexicon.schedule_time_columns else lab
                      for c, lab in zip(cells, labels)]
    filled = [lab for lab, c in zip(labels, cells) if c]
    if len(filled) >= 3 and all(lab is not None for lab in filled) \
            and sum(1 for lab in filled if lab == (frozenset({"mentor"}), "field")) == 1 \
            and all(lab == (frozenset({"mentor"}), "field") or lab[1] in ("other", "generic")  # type: ignore[index]
                    for lab in filled):
        # "Mentor | Mikkel | Sagsbehandler": who does what, one party per column; the mentor's
        # column holds the mentor's tasks (not under "Mentor | Telefon | E-mail", whose other
        # cells are the contact's sub-labels)
        labels = [(frozenset({"tasks"}), "field") if lab == (frozenset({"mentor"}), "field") else lab
                  for lab in labels]
    if any(lab is not None and lab[0] == frozenset({"duration"}) for lab in labels):
        # a plan's overview, one activity per row: "Indsats" names the activity, not the tasks
        labels = [(frozenset(), "other") if c and vocab.activity_name_label_re.fullmatch(fold(c).strip(" :."))
                  else lab for c, lab in zip(cells, labels)]
        # … and its contact column ("Kontakt") holds each activity's contact: the mentor's in the
        # mentor support's row (the other activities' rows are not read)
        labels = [(frozenset({"mentor"}), "field") if lab is not None and lab[1] == "sub"
                  and fold(c).strip(" :.") in ("kontakt", "contact") else lab for c, lab in zip(cells, labels)]
    return labels


def _label_words(label: str) -> int:
    """Words in the longest part of a possibly bilingual label ("Hours per week / timer pr. uge")."""
    return max((len(part.split()) for part in LABEL_PARTS.split(label) if part), default=0)


def _column_name(cell: str) -> bool:
    """A cell shaped like a column's name: capitalised, one to three words, no figure, no slash."""
    text = cell.strip().rstrip(":")
    return bool(re.fullmatch(r"[A-ZÆØÅ][a-zæøåé]{2,}(?:[ .][\wæøå.]+){0,2}", text)) and not any(ch.isdigit() for ch in text)


def _columns_header(cells: list[str], vocab: FieldVocabulary) -> bool:
    """"Felt | Indhold", "Punkt | Beskrivelse": a two-column table's header that names its own
    columns (the pack's label_words.table_columns first), not a label and its value."""
    return len(cells) == 2 and fold(cells[0]).strip(" :.") in vocab.lexicon.table_columns \
        and _column_name(cells[1]) and len(cells[1].split()) == 1


def is_header_row(cells: list[str], vocab: FieldVocabulary) -> bool:
    """A row of labels over a row of values ("Mål | Mentor | Opgaver", "Opfølgning |
    Klageadgang"): at least two field labels and every filled cell a label, or three labels or
    more of which one is the tasks'."""
    labels = header_labels(cells, vocab)
    fields = [lab[0] for lab in labels if lab is not None and lab[1] == "field"]
    if any(lab is None for lab, c in zip(labels, cells) if c):
        return False
    if any(len(c.split()) >= 3 and fold(c.split()[0]) in vocab.task_openers and not c.rstrip().endswith(("?", ":"))
           and ((reading := vocab.lexicon.read_word(fold(c.split()[0]))) is None or reading.role != "field")
           for c in cells[1:]):
        return False  # "Mentorens opgaver | Være bindeled til kontaktpersonen på": a label and its value
    if len(fields) < 2 and not (len([c for c in cells if c]) >= 3 and fields == [frozenset({"tasks"})] and all(
            _column_name(c) for c, lab in zip(cells, labels) if c and lab is not None and lab[1] != "field")):
        # (a timetable or an activity table names one field, the tasks, beside its other
        # columns' names: "Dag | Tid | Hvad laver mentor sammen med dig", "Aktivitet | Tid pr.
        # uge | Ansvarlig"; not a label beside values run into cells: "Mentors opgaver |
        # vækkeopkald | om morgenen", "Mentorens opgaver | Dato / borger")
        return False
    # "Timer | fem timer om ugen" is a label and its value: header cells name different fields
    # and hold no figure.
    # "Mål for forløbet | Udfyldes af mentor" is a label and a placeholder.
    # "Aktivitet | Mentor (LAB § 167)" is a label and its value: header cells cite no law and
    # hold no figure.
    # A plan's overview may give the period in two columns ("Start | Slutdato") of a wider row,
    # and a table of months or weeks its hours in two ("Måned | Planlagte timer | Brugte timer").
    # ("Timeantal | et par timer om ugen | " with its third cell empty is a label and its value)
    wide = len(cells) >= 3 and len([c for c in cells if c.strip()]) >= 3
    distinct = [f for f in fields if not ((len(cells) >= 3 and f == frozenset({"duration"}))
                                          or (wide and f == frozenset({"hours"})))]
    return (len(set(distinct)) == len(distinct)
            and not any(vocab.hour_figure_re.search(fold(c)) or vocab.is_placeholder(c) or "§" in c
                        or vocab.digit_re.search(c) for c in cells if c))


# "Delmål 1", "Punkt B", "Delmål 2 (10/4 2026)" (a date in brackets after the number); not "består i"
ENUMERATED = re.compile(r"\s(?:\d{1,2}|[A-H]|[IVX]{1,3})\s*(?:\([^()]{1,30}\)\s*)?$")


def first_cell_label(text: str, openers: frozenset[str] = frozenset()) -> bool:
    """The first cell of a table row is a label by form when it is short (up to five words, up
    to eight for a clause that opens with one of ``openers``, up to ten for a question), has no
    figures and does not end a sentence: "Vi mødes og gør status", "Tid med mentor", "Hvordan ved
    vi, at det virker?", "Sådan holder vi øje med udviklingen"."""
    words = text.split()
    limit = 10 if text.rstrip().endswith("?") else 8 if words and fold(words[0]) in openers else 5
    return (1 <= len(words) <= limit and text[:1].isupper() and not text.rstrip().endswith(tuple(".,;!"))
            and not any(ch.isdigit() for ch in text) and "@" not in text
            and not (len(words) >= 2 and all(w[:1].isupper() for w in words)))


def unknown_label_shape(text: str) -> bool:
    """A line shaped like a label: one to four words, capitalised, no figures, no final
    punctuation, not a name of several capitalised words, no contact data."""
    words = text.split()
    return (1 <= len(words) <= 4 and text[:1].isupper() and not text.rstrip().endswith(tuple(".,;!"))
            and not any(ch.isdigit() for ch in text) and "@" not in text
            and not (len(words) >= 2 and all(w[:1].isupper() for w in words)))


#: The endings of a Danish noun's inflected forms, to the word's end: "Periode|n", "Mentor|ens".
_INFLECTION = re.compile(r"(?:e|n|t|s|r|en|et|ne|er|es|ens|ets|ene|ers|erne|ernes)(?![\wæøå])")
#: A document runs labels into their values when lines with at least this many different labels
#: do so at a capital or a figure ("FormålPatrick", "Timetal5"), which no word of Danish does.
_GLUED_LINES = 2


def dashed_labels(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """A form run into one line with dashes for colons and between the fields ("Mål – komme
    videre – Mentor – Kim Overgaard, 21 48 60 33 – Opg. – ugentl. samtale – Varighed – 9 mdr.
    fra 1/4-26"): where three or more of its dash-separated parts are each a field's label, each
    label and the parts up to the next label are read as a line "Label: value"."""
    if not any(b.text.count(" – ") >= 5 for b in doc.blocks):
        return doc
    blocks: list[Block] = []
    changed = False
    for block in doc.blocks:
        parts = block.text.split(" – ") if block.kind == BlockKind.PARAGRAPH and block.text.count(" – ") >= 5 else []
        labels = [n for n, part in enumerate(parts)
                  if len(part.split()) <= 4 and part[:1].isupper() and n + 1 < len(parts)
                  and (found := vocab.classify_label(part.strip(), max_leftover=0)) is not None
                  and found[1] == "field" and found[0]]
        if len(labels) < _DASHED_LABELS:
            blocks.append(block)
            continue
        # (what comes before the first label, and every label the pack does not read, stay as
        # they are: "Borger – Jakob Nielsen")
        bounds = [0, *labels, len(parts)] if labels[0] else [*labels, len(parts)]
        for start, end in zip(bounds, bounds[1:]):
            if start in labels:
                text = f"{parts[start].strip()}: {' – '.join(parts[start + 1:end]).strip()}"
            else:
                text = " – ".join(parts[start:end])
            blocks.append(replace(block, text=text, cells=()))
        changed = True
    return replace(doc, blocks=blocks) if changed else doc


#: this many labels among a line's dash-separated parts make it a form run into one line
_DASHED_LABELS = 3


def glued_labels(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """Text pasted from a PDF's table runs each label into its value ("FormålPatrick starter på
    SOSU …", "Timetal5 timer pr. uge", "Periodefra 1/6-2026"). Where at least two lines open with
    a field's label run into a capital or a figure, every line that opens with a field's label run
    into more letters is read as "Label: value" (one such line alone is a word: "Perioden")."""
    found: dict[int, int] = {}
    sure: set[str] = set()
    for index, block in enumerate(doc.blocks):
        text = block.text
        if block.kind != BlockKind.PARAGRAPH or not text[:1].isupper() or ":" in text[:40]:
            continue
        m = vocab.glued_label_re.match(fold(text[:80]))
        if m is None or _INFLECTION.match(text, m.end()):
            continue  # (an inflected label is a label: "Perioden", "Mentorens", "Opgaverne")
        found[index] = m.end()
        if text[m.end()].isupper() or text[m.end()].isdigit():
            sure.add(m.group(0))
    if len(sure) < _GLUED_LINES:
        # (labels of different fields: a firm's name in two lines of its letterhead,
        # "MentorKompagniet Syd", is one word)
        return doc
    blocks = list(doc.blocks)
    for index, at in found.items():
        text = blocks[index].text
        blocks[index] = replace(blocks[index], text=f"{text[:at]}: {text[at:]}")
    return replace(doc, blocks=blocks)


def colonless_labels(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """A form typed without colons ("Formål støtte Emil i hverdagen", "Mentorns navn Bo Hvid,
    tlf 2926 1170", "varrighed uge 9-33"), or with a tab between label and value, has its lines
    read as "Label: value" when at least three of its lines open with the labels of three
    different fields. One such line in a letter ("Opfølgning sker hver måned.") is a sentence."""
    found: dict[int, tuple[str, str]] = {}
    tabbed: dict[int, tuple[str, str]] = {}
    fields: set[frozenset[str]] = set()
    with_colon = 0
    sentences: dict[int, tuple[str, str]] = {}
    sentence_fields: set[frozenset[str]] = set()
    for index, block in enumerate(doc.blocks):
        head, colon, rest = block.text.partition(":")
        if colon and rest.strip() and len(head) <= 40:
            label = vocab.classify_label(head.strip())
            with_colon += label is not None and label[1] == "field"
            continue
        split = _leading_label(block, vocab)
        if split is not None:
            found[index] = split[:2]
            fields.add(split[2])
            if "\t" in block.text:
                tabbed[index] = split[:2]
        elif not _under_label(doc.blocks, index, vocab) \
                and (split := _leading_label(block, vocab, sentence=True)) is not None:
            # a line that opens with a label, no verb after it, and ends as a sentence ends
            # ("mål Sara starter på HF … og går til alle timer."): a field's line in a form
            # without colons (when such lines are at least half of the text), unless it stands
            # under a label of its own
            sentences[index] = split[:2]
            sentence_fields.add(split[2])
    if 2 * (len(found) + len(sentences)) >= sum(1 for b in doc.blocks if b.text.strip()):
        fields |= sentence_fields
    else:
        sentences = {}  # a letter: its sentences that open with a field's word stay sentences
    if len(fields) < 3 or with_colon >= len(found) + len(sentences) or not found:
        # a form that writes its labels with colons: a line without one is prose; but a field's
        # label with a tab after it is a label ("Mentorens opgaver⇥hjælpe med …" copied from a
        # case system's page)
        found = tabbed
    else:
        found.update(sentences)
    if not found:
        return doc
    blocks = list(doc.blocks)
    for index, (head, value) in found.items():
        blocks[index] = replace(blocks[index], text=f"{head}: {value}")
    return replace(doc, blocks=blocks)


def _under_label(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether the line before ``blocks[index]`` is a heading or a field's label on a line of its
    own ("Mentorens opgaver" over "Hjælpe Jonas med …"): the line is that field's value."""
    if index == 0:
        return False
    before = blocks[index - 1]
    if before.kind == BlockKind.HEADING:
        return True
    text = before.text.strip()
    found = vocab.classify_label(text.rstrip(":"), max_leftover=0) \
        if len(text) <= 60 and not text.endswith(".") else None
    return found is not None and found[1] == "field"


def _leading_label(block: Block, vocab: FieldVocabulary,
                   sentence: bool = False) -> Optional[tuple[str, str, frozenset[str]]]:
    """(label, value, fields) of a line that opens with a field's label and no colon; a long line
    that ends as a sentence ends only where ``sentence`` allows it."""
    text = block.text.strip()
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not text or len(text) > 400 \
            or ":" in text[:40] or "\n" in text:
        return None
    if "\t" in text:
        head, _, rest = text.partition("\t")
        found = vocab.classify_label(head.strip(), max_leftover=0)
        if found is not None and found[1] == "field" and rest.strip():
            return head.strip(), rest.strip(), found[0]
    words = text.split()
    if len(words) >= 8 and text.endswith((".", "!", "?")) and not sentence:
        return None  # a sentence: "Opfølgning sker hver måned med din sagsbehandler."
    whole = vocab.classify_label(text)
    if whole is not None and whole[1] != "generic":
        return None  # "Målet med" + "mentorstøtten": a label wrapped over two lines
    for k in range(min(len(words) - 1, 10), 0, -1):  # the longest label first
        head = " ".join(words[:k])
        if not all(ch.isalpha() or ch in " /()-,." for ch in head) or _verb_like(words[k], vocab):
            continue
        found = vocab.classify_label(head, max_leftover=0)
        if found is not None and found[1] == "field":
            if sentence and any(_verb_like(word, vocab) for word in words[:k]):
                return None  # a lead-in clause of a sentence ("Forløbet starter", "Din mentor er")
            return head, " ".join(words[k:]), found[0]
    return None


def _verb_like(word: str, vocab: FieldVocabulary) -> bool:
    """A lower-case word that reads as the verb after a sentence's subject ("Progressionen
    noteres", "Mentoren hjælper"), and is no field's term ("timer")."""
    folded = fold(word)
    if folded in vocab.lexicon.sentence_verbs:
        return True
    return word[:1].islower() and len(folded) >= 4 and folded.endswith(("er", "es", "ede")) \
        and vocab.lexicon.read_word(folded) is None




def text_columns(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """Two columns of text that a PDF reader set side by side as a table of two cells ("Det
    vil jeg gerne | Timer: 4 timer ugentligt", "Målet er, at Emil … | Mentor: Jesper Hansen …"):
    read the left column, then the right, line by line. Told from a label/value table by
    labels in both columns: a right cell opens with a field's "Label:" while a left cell, in
    another row, is or opens with another field's label."""
    blocks = doc.blocks
    out: list[Block] = []
    changed = False
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and len(blocks[j].cells) == 2:
            j += 1
        run = blocks[i:j]
        sections = _parallel_sections(run, vocab) if len(run) >= 2 else None
        if sections is not None:
            for col in sections:
                for row in run:
                    out.extend(_cell_blocks(row, row.cells[col], heading=True))
            changed = True
            i = j
            continue
        if (len(run) >= 2 and _two_text_columns(run, vocab)) or (len(run) == 1 and _layout_cells(run[0], vocab)):
            for col in (0, 1):
                for row in run:
                    out.extend(_cell_blocks(row, row.cells[col]))
            changed = True
            i = j
            continue
        out.extend(run or [blocks[i]])
        i = max(j, i + 1)
    return replace(doc, blocks=out) if changed else doc


def _parallel_sections(rows: list[Block], vocab: FieldVocabulary) -> Optional[tuple[int, ...]]:
    """A page set as two columns of sections side by side, each cell a heading over its text: a
    plain-language letter with its translation beside it ("Hvad er dit mål?" / "Du gennemfører
    FVU …" | "Твоя мета" / …). The column to read: the Danish one, which has far more of the
    Danish small words (``cues.danish_text``) and headings that name fields in two rows or more;
    the translation is left out (the Danish text is the one that counts). None when the rows are
    no such page: a form's labels over their help text beside the values ("Din mentor *" /
    "Navn, telefon …" | "Fatima Hussein – telefon …") are in one language and its values are
    no sections."""
    def section(cell: str) -> Optional[str]:
        lines = [line.strip() for line in cell.split("\n") if line.strip()]
        if len(lines) < 2 or len(lines[0]) > 60 or len(lines[0].split()) > 8 or lines[0].endswith("."):
            return None
        return lines[0] if sum(len(line.split()) for line in lines[1:]) >= 2 else None

    # (the translation's cell may be run into one line: "؟ىتم ىلإ 01.02.2026 – 30.04.2026", but
    # most of its cells are sections too)
    if len(rows) < 3 or any(sum(1 for row in rows if section(row.cells[col]) is not None) * 3 < len(rows) * 2
                            for col in (0, 1)):
        return None
    danish = [sum(len(vocab.danish_text_re.findall(fold(row.cells[col]))) for row in rows) for col in (0, 1)]
    column = danish.index(max(danish))
    if danish[1 - column] * 3 > danish[column]:
        return None
    named = 0
    for row in rows:
        head = section(row.cells[column])
        if head is None:
            return None
        body = fold(row.cells[column].strip().split("\n", 1)[1].strip())
        if vocab.template_hint_re.search(body) or vocab.is_placeholder(body):
            return None  # a form's help text under its label: "Skriv borgerens mål: …"
        found = vocab.classify_label(head.rstrip("?:").strip(), max_leftover=2)
        named += found is not None and found[1] == "field" and bool(found[0])
    return (column,) if named >= 2 else None


def _cell_blocks(row: Block, cell: str, heading: bool = False) -> list[Block]:
    """A cell's lines as blocks of their own: paragraphs, and list items where a line opens with
    a bullet; with ``heading``, the cell is a section and its first line the heading over it."""
    out: list[Block] = []
    for line in (line.strip() for line in cell.split("\n")):
        if not line:
            continue
        if heading and not out:
            out.append(replace(row, text=line, cells=(), kind=BlockKind.HEADING))
            continue
        item = line.startswith(_CELL_BULLETS)
        out.append(replace(row, text=line.lstrip("".join(_CELL_BULLETS) + " ") if item else line, cells=(),
                           kind=BlockKind.LIST_ITEM if item else BlockKind.PARAGRAPH))
    return out


_CELL_BULLETS = ("•", "-", "–", "*", "\uf0b7")


def _layout_cells(row: Block, vocab: FieldVocabulary) -> bool:
    """A layout table's one row: a side cell and a main cell, each a column of several lines
    with field labels of its own ("Omfang: 3 timer pr. uge / Mentor / …" beside "Aktivitet:
    Mentorstøtte / Formål med aktiviteten / …")."""
    def labels(cell: str) -> int:
        count = 0
        for line in cell.split("\n"):
            head = line.strip().partition(":")[0] if ":" in line else line.strip()
            found = vocab.classify_label(head.rstrip(":"), max_leftover=1) if head and len(head) < 40 else None
            count += found is not None and found[1] == "field" and bool(found[0])
        return count

    return all(cell.count("\n") >= 2 and labels(cell) >= 1 for cell in row.cells)


def _two_text_columns(rows: list[Block], vocab: FieldVocabulary) -> bool:
    def inline_field(cell: str) -> Optional[frozenset[str]]:
        head, colon, _ = cell.strip().partition(":")
        found = vocab.classify_label(head, max_leftover=0) if colon and len(head) < 40 else None
        return found[0] if found is not None and found[1] == "field" and found[0] else None

    right = [f for row in rows if (f := inline_field(row.cells[1].split("\n")[0]))]
    left: list[frozenset[str]] = []
    for row in rows:
        first = row.cells[0].split("\n")[0].strip()
        found = inline_field(first) or (
            (lab[0] if (lab := vocab.classify_label(first.rstrip(":"), max_leftover=1)) is not None
             and lab[1] == "field" else None) if first and len(first) < 40 else None)
        if found:
            left.append(found)
    return bool(right) and bool(left) and not any(r & lf for r in right for lf in left) \
        and sum(1 for row in rows if row.cells[0].strip().endswith(".")) >= 1


def _rewritten(doc: ExtractedDocument,
               rewrite: Callable[[list[Block], int], Optional[tuple[list[Block], int]]]) -> ExtractedDocument:
    """``doc`` with each run of blocks that ``rewrite`` takes (from index i: the blocks it gives
    instead, and the index after the run) replaced; the same document when it takes none."""
    blocks = doc.blocks
    out: list[Block] = []
    i = 0
    changed = False
    while i < len(blocks):
        taken = rewrite(blocks, i)
        if taken is not None:
            out.extend(taken[0])
            i = taken[1]
            changed = True
            continue
        out.append(blocks[i])
        i += 1
    return replace(doc, blocks=out) if changed else doc


def without_earlier_columns(doc: ExtractedDocument) -> ExtractedDocument:
    """A table that sets the earlier agreement beside the current one ("Punkt | Tidligere aftale |
    Gældende fra 1.10.2026") is read without the earlier column: the document states the current
    version, and the old goal, mentor or follow-up says nothing about it."""
    def rewrite(blocks: list[Block], i: int) -> Optional[tuple[list[Block], int]]:
        block = blocks[i]
        if block.kind != BlockKind.TABLE_ROW or len(block.cells) < 3:
            return None  # (the cheap test first: this runs on every block of every document)
        cells = [c.strip() for c in block.cells]
        earlier = [c for c, cell in enumerate(cells) if _EARLIER_COLUMN.match(fold(cell))]
        if not (len(earlier) == 1 and earlier[0] > 0
                and any(_CURRENT_COLUMN.match(fold(cell)) for c, cell in enumerate(cells) if c > 0 and c != earlier[0])):
            return None
        out = [block]
        j = i + 1
        while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and len(blocks[j].cells) == len(cells):
            row = [c for n, c in enumerate(blocks[j].cells) if n != earlier[0]]
            out.append(replace(blocks[j], cells=tuple(row), text=" | ".join(row)))
            j += 1
        return (out, j) if j > i + 1 else None

    return _rewritten(doc, rewrite)


#: a column header that names the version before the change: "Tidligere aftale", "Før", "Gammel aftale"
_EARLIER_COLUMN = re.compile(r"\W*(?:tidligere|forrige|gammel|gamle|oprindelig\w*|for (?:endring|revision)\w*|for\W*$|old|previous|before)\b")
#: … and one that names the version now in force: "Gældende fra 1.10.2026", "Ny aftale", "Nu"
_CURRENT_COLUMN = re.compile(r"\W*(?:geldende|gaeldende|ny|nye|nu|efter (?:endring|revision)\w*|efter\W*$|current|new|now|after)\b")


def current_period_column(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """A grid with one column per period (" | Periode 1 | Periode 2" over "Start | … | …", "Slut |
    … | …", "Status | Afsluttet | Bevilget") is read in its current period's column only: the last
    one whose status is not of the past (``cues.past_status_cell``), or the last one. Read across,
    its "Start" row would run from one period's start to the next one's."""
    def rewrite(blocks: list[Block], i: int) -> Optional[tuple[list[Block], int]]:
        block = blocks[i]
        if block.kind != BlockKind.TABLE_ROW or len(block.cells) < 3 or block.cells[0].strip():
            return None  # (the cheap test first: this runs on every block of every document)
        if not all(_PERIOD_COLUMN.fullmatch(fold(cell).strip(" :.")) for cell in block.cells[1:]):
            return None
        j = i + 1
        while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and len(blocks[j].cells) == len(block.cells):
            j += 1
        rows = blocks[i + 1:j]
        if len(rows) < 2:
            return None
        keep = len(block.cells) - 1
        status = next((row for row in rows if fold(row.cells[0]).strip(" :.") == "status"), None)
        if status is not None:
            keep = max((c for c in range(1, len(block.cells))
                        if not vocab.past_status_cell_re.search(fold(status.cells[c]).strip(" ."))), default=keep)
        out = [replace(row, cells=(row.cells[0], row.cells[keep]), text=f"{row.cells[0]} | {row.cells[keep]}")
               for row in rows]
        return [replace(block, cells=("", block.cells[keep]), text=f" | {block.cells[keep]}"), *out], j

    return _rewritten(doc, rewrite)


#: a grid's column header that names one period: "Periode 1", "2. periode", "Forlængelse"
_PERIOD_COLUMN = re.compile(r"(?:\d\.\s*)?(?:periode|forlengelse|forlaengelse|bevilling)(?:\s*\d{1,2})?")


def party_columns(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """A contact table with one column per party (" | Borger | Mentor | Arbejdsgiver" over
    "Navn | …", "Telefon | …", "E-mail | …") is read column by column: one "Party: name,
    phone, e-mail" line per party, so the mentor's column is the mentor's name and contact."""
    def rewrite(blocks: list[Block], i: int) -> Optional[tuple[list[Block], int]]:
        block = blocks[i]
        cells = [c.strip() for c in block.cells]
        if not (block.kind == BlockKind.TABLE_ROW and len(cells) >= 3 and not cells[0] and all(cells[1:])
                and any((found := vocab.classify_label(c)) is not None and "mentor" in found[0] for c in cells[1:])):
            return None
        rows = []
        j = i + 1
        while j < len(blocks) and blocks[j].kind == BlockKind.TABLE_ROW and len(blocks[j].cells) == len(cells):
            head = blocks[j].cells[0].strip()
            found = vocab.classify_label(head) if head else None
            if found is None or found[1] != "sub":
                break
            rows.append(blocks[j])
            j += 1
        if not rows:
            return None
        return [replace(block, text=f"{cells[col]}: {', '.join(p for row in rows if (p := row.cells[col].strip()))}",
                        kind=BlockKind.PARAGRAPH, cells=()) for col in range(1, len(cells))], j

    return _rewritten(doc, rewrite)


_LIST_ITEM = re.compile(r",\s*|\s+(?:og|samt|and)\s+")
_LIST_WORDS = re.compile(r"[a-z0-9½][\w½-]*")


def lists_fields(sentence: str, vocab: FieldVocabulary) -> bool:
    """A sentence that enumerates fields describes what a document holds ("Aftalen beskriver
    målet, mentorens opgaver, varigheden, opfølgningen og timetallet"); it states none of them.
    Three or more items of a list (parts between commas and "og") that end in a field's term."""
    if sentence.count(",") + sentence.count(" og ") + sentence.count(" and ") < 2:
        return False  # "… med mål, opgaver og opfølgning laver I sammen ved opstartsmødet"
    named = set()
    items = _LIST_ITEM.split(sentence)
    for n, item in enumerate(items):
        words = _LIST_WORDS.findall(item)
        # the list runs from the first item's last word to the last item's first word ("med mål, …
        # og opfølgning laver I …"); an item between them is a short phrase of its own
        terms = [words[-1]] if words and (n == 0 or len(words) <= 3) else []
        if words and n == len(items) - 1 and len(words) > 3:
            terms = [words[0]]
        for term in terms:
            reading = vocab.lexicon.read_word(term)
            if reading is not None and reading.role == "field" and reading.field:
                named.add(reading.field)
    return len(named) >= 3
