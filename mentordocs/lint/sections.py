"""Stage 3 of field finding, **assignment**: units become sections.

:func:`find_sections` walks the candidates in reading order. A label opens a section; content
joins the open section while it continues it (a wrapped line, a list under a heading, the
sub-labels ``Navn:``/``Tlf.:`` under ``Mentor``); a label the pack does not know, a boundary
label or a heading closes it, so an unknown label is a boundary rather than part of the
previous field. A table whose first value cell happens to contain field words stays one
label/value table. :func:`reassign_by_value` then moves a section whose label merely mentions a
field to the field its value plainly is (``Tid med mentor: 1-2 timer pr. uge`` is the hours; two
unknown labels holding a start and a later end date are the period).
:func:`without_other_activities` first drops the rows of a Min Plan's other activities (a wage
subsidy's period is not the mentor's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from mentordocs.lint.by_content import citizen_names, states_a_goal
from mentordocs.lint.candidates import (
    form_cell_rows,
    DASHED,
    ENUMERATED,
    SCOPE_KEYS,
    UNSCOPED,
    Unit,
    classify_block,
    first_cell_label,
    header_labels,
    is_header_row,
    shaped_value,
    speaks_of,
    stated_periods,
    unknown_label_shape,
)
from mentordocs.lint.dates import find_dates
from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Section
from mentordocs.lint.text import fold
from mentordocs.lint.values import PEN_BLANK, has_contact, has_person_name, tasks_by_shape, validate
from mentordocs.lint.vocabulary import NUMBERING, FieldVocabulary


def find_sections(doc: ExtractedDocument, vocab: FieldVocabulary) -> list[Section]:
    """Split the document into labelled sections (see the module docstring)."""
    sections: list[Section] = []
    current: Optional[Section] = None
    header: Optional[list[Optional[tuple[frozenset[str], str]]]] = None
    header_cells: list[str] = []
    columns: list[Optional[Section]] = []  # the section of each header column, once it has a value
    header_index = -1
    form_cells = form_cell_rows(doc.blocks, vocab)
    for index, block in enumerate(doc.blocks):
        items = form_cells.get(index) or classify_block(block, vocab)
        if items and items[0].role == "header" and _label_value_table_follows(doc, index, vocab):
            # "Indsats | Mentor/udvidet" over "Sigte med indsatsen | At du …": the next row starts
            # with a label too, so this is a label/value table and its first row a label and value
            items = (Unit("field", text=block.cells[1].strip(), label=block.cells[0].strip(),
                           fields=(vocab.classify_label(block.cells[0].strip()) or (frozenset(), ""))[0],
                           inline=True),)
        if (current is not None and current.parts and len(items) == 1 and items[0].role == "content"
                and block.kind == BlockKind.PARAGRAPH and unknown_label_shape(items[0].text)
                and index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind != BlockKind.HEADING):
            # A short line between the content of one section and more content is a label even
            # with a word the pack does not list ("Støtten gives i perioden"): read it leniently.
            found = vocab.classify_label(items[0].text, max_leftover=2) \
                if not shaped_value("hours", items[0].text, vocab) else None  # "To timer om ugen" is a value
            if found is not None and found[1] == "field" and not (found[0] & current.fields):
                items = (Unit("field", text="", label=items[0].text.strip(), fields=found[0]),)
        if block.kind != BlockKind.TABLE_ROW:
            header = None
        if (header is not None and block.kind == BlockKind.TABLE_ROW and 2 <= len(block.cells) < len(header)
                and not any(item.role == "header" for item in items)):
            # a row whose cells the PDF text ran together ("01.06.2026 31.12.2026 5 timer pr. uge"
            # under "Start | Slut | Timer pr. uge"): its period and hours by their shape
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            sections.extend(_merged_row_values(block, index, header, header_cells, vocab,
                                               following if following is not None and _wrapped_cell_end(following)
                                               else None))
        if (header is not None and block.kind == BlockKind.TABLE_ROW and len(block.cells) == len(header)
                and not any(item.role == "header" for item in items)):
            if any(fold(c).strip(" :") in vocab.lexicon.choice_columns for c in header_cells) \
                    and not any(c.strip() for c in block.cells[1:]):
                # "Opgavetype | Valgt | Konkret" over "Transport |  | ": an option nobody chose
                continue
            # Rows as wide as the header row hold its columns' values, even a cell that reads
            # like a label ("Midtvejsevaluering efter 3"); a value that wraps over several rows
            # continues its column's section.
            if len(header) >= 3 and block.cells[0].strip()[:1].isupper():
                # (but in a table of periods each row that opens with a name of its own is a period
                # of its own: "Tidligere periode | 01.08.2025 | 31.01.2026 | 3 | Afsluttet" over
                # "Nuværende periode | 01.02.2026 | …")
                columns = [None if lab is not None and lab[0] & _PERIOD_FIELDS else sec
                           for lab, sec in zip(header, columns)]
            for col, cell in enumerate(block.cells):
                lab = header[col]
                if (lab is None or lab[1] == "generic") and ":" in cell:
                    # "Beskrivelse | Formål: At Morten … Mentors opgaver: Støtte til …": a cell
                    # under a column of no field holds labels of its own
                    sections.extend(Section(unit.fields, unit.label, index, block.location,
                                            parts=[(index, unit.text)], inline=True)
                                    for unit in classify_block(Block(cell.strip(), BlockKind.PARAGRAPH, block.location),
                                                               vocab)
                                    if unit.role == "field" and unit.fields and unit.text.strip())
                    continue
                if lab is None or lab[1] != "field" or not cell.strip() or _signature_blank(cell):
                    continue  # (the lines a signature row leaves blank under "Borger | Mentor | …")
                start = next((c for c in range(col) if header[c] == lab and lab[0] == frozenset({"duration"})
                              and columns[c] is not None and columns[c].parts[-1][0] == index), None)  # type: ignore[union-attr]
                if columns[col] is None and start is not None:
                    # "Start | Slutdato" in two columns: one period, "15.08.2026 – 14.02.2027"
                    sec = columns[start]
                    assert sec is not None
                    sec.parts[-1] = (index, f"{sec.parts[-1][1]} – {cell.strip()}")
                    columns[col] = sec
                    continue
                fields = _row_fields(lab[0], cell, block, vocab)
                if fields == frozenset({"tasks"}) and not _the_mentors_row(block, header_cells, vocab):
                    continue  # "Møde op på skolen og melde fravær | Mikkel | Hver dag": another party's task
                if columns[col] is None or columns[col].fields != fields:  # type: ignore[union-attr]
                    # (a row that holds another field than the column's cells above it starts its
                    # own section: the follow-up's row in a table of tasks)
                    columns[col] = Section(fields, header_cells[col], index,
                                           block.location, parts=[(index, cell.strip())], inline=True)
                    sections.append(columns[col])  # type: ignore[arg-type]
                else:
                    # a wrapped cell is one value: "Fra d. 1/12 2026 og ni" + "måneder frem"
                    sec = columns[col]
                    assert sec is not None
                    at = max(i for i, (_, text) in enumerate(sec.parts) if text)
                    sec.parts[at] = (sec.parts[at][0], f"{sec.parts[at][1]} {cell.strip()}")
                    sec.parts.append((index, ""))  # the row belongs to the section too
            current = None
            continue
        for item in items:
            if item.role == "header":
                if current is not None and current.heading and not current.parts and current.block_index == index - 1 \
                        and any(vocab.activity_name_label_re.fullmatch(fold(c).strip(" :.")) for c in block.cells):
                    current.fields = frozenset()  # "Indsatser" over "Tilbud | Status | …": a plan overview's title
                cells = [c.strip() for c in block.cells]
                if header is not None and header_index == index - 1 and len(cells) > len(header_cells) \
                        and not cells[0]:
                    # "Mål | Opgaver | Timer | Varighed" over " | | | Fra | Til": a second header
                    # row names the parts of the last column, which spans them; the columns
                    # it leaves empty keep the first row's labels
                    cells = [cell if cell and (found := vocab.classify_label(cell)) is not None and found[1] == "field"
                             else header_cells[min(col, len(header_cells) - 1)] for col, cell in enumerate(cells)]
                elif header is not None and header_index == index - 1 and len(cells) == len(header_cells):
                    # "Periode |  | Timetal" over "Fra | Til | Pr. uge": a second header row names
                    # the parts of the first row's merged cells; a part that names no field of its
                    # own ("Pr. uge") keeps the label of the cell over it (or of the merged cell
                    # that spans it from the left)
                    new = header_labels(cells, vocab)
                    cells = [cell if lab is not None and lab[1] == "field" else next(
                        (header_cells[c] for c in range(col, -1, -1) if header_cells[c]), cell)
                        for col, (cell, lab) in enumerate(zip(cells, new))]
                elif header is not None and header_index == index - 1 and len(cells) > len(header_cells):
                    # "Periode | Timetal" over "Fra | Til | Pr. uge" in text, whose spans are lost:
                    # the parts that name no field take, in order, the first row's fields that the
                    # second row does not name (the last of them all parts left: "Timer" over
                    # "Pr. uge | I alt")
                    new = header_labels(cells, vocab)
                    named = {lab[0] for lab in new if lab is not None and lab[1] == "field"}
                    left = [c for c, lab in zip(header_cells, header) if lab is not None and lab[1] == "field"
                            and lab[0] not in named]
                    bare = [col for col, (cell, lab) in enumerate(zip(cells, new))
                            if cell and (lab is None or lab[1] != "field")]
                    if left and len(bare) >= len(left):
                        cells = list(cells)
                        for n, col in enumerate(bare):
                            cells[col] = left[min(n, len(left) - 1)]
                after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
                if after is not None and after.kind == BlockKind.TABLE_ROW and len(after.cells) > len(cells):
                    # "Varighed" over "Fra Til" in one header cell, over two cells of dates: the
                    # column spans as many as the parts it names
                    spread = [part for cell in cells for part in _spanned(cell)]
                    if len(spread) == len(after.cells):
                        cells = spread
                if current is not None and current.heading and len(current.fields) == 1 and not current.parts \
                        and current.block_index == index - 1 and all(
                            " ".join(fold(c).strip(" :?").split()) in vocab.lexicon.question_cells for c in cells if c):
                    # "Plan for opfølgning" over "Hvornår | Hvad | Hvem": the questions ask the when,
                    # what and who of the field above, whose rows they head
                    header = None
                    continue
                header_cells = cells
                header_index = index
                header = header_labels(header_cells, vocab)
                columns = [None] * len(header_cells)
                current = None
                below = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
                if sum(1 for lab in header if lab is not None and lab[1] == "field") == 1 and below is not None \
                        and below.cells and (first := vocab.classify_label(below.cells[0].strip().rstrip(":"))) \
                        and first[1] == "field":
                    # "Felt | Indhold | Ansvarlig | Frist" over "Målet med mentorstøtten | …": the
                    # rows below are labels and values, the header only names the columns
                    header = None
                elif header is not None and not _party_columns_hold_tasks(doc, index, header, header_cells, vocab):
                    # "Borger | Mentor | Sagsbehandler" over each party's name and contact: the
                    # mentor's column holds the mentor (a line to sign on holds nothing)
                    header = [(frozenset({"mentor"}), "field")
                              if vocab.classify_label(cell) == (frozenset({"mentor"}), "field") else lab
                              for cell, lab in zip(header_cells, header)]
                continue
            if header is not None and block.kind == BlockKind.TABLE_ROW and item.role == "content":
                # a row of values under a header row of labels: column i belongs to label i
                for col, cell in enumerate(block.cells):
                    if col < len(header) and (label := header[col]) is not None and label[1] == "field" \
                            and not _signature_blank(cell):
                        sec = Section(_row_fields(label[0], cell, block, vocab), header_cells[col], index,
                                      block.location, parts=[(index, cell.strip())], inline=True)
                        sections.append(sec)
                current = None
                break
            if (item.role == "field" and item.inline and current is not None and current.heading
                    and current.fields and (not (item.fields & current.fields) or len(current.fields) > 1)
                    and (ENUMERATED.search(item.label) or _ENUMERATED_VALUE.match(item.text))):
                # "Delmål 1: …", "Punkt 2: …" under "Statusmøder": numbered sub-items of the
                # section they stand in, not a new field.
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if (item.role == "field" and item.inline and current is not None and current.heading
                    and current.fields == frozenset({"appeal_guidance"}) and item.fields == current.fields):
                # "Klageadgang" over "Klagefrist: 4 uger …", "Klagen sendes til: …": the parts of
                # one appeal guidance, not sections of their own.
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if (item.role == "field" and block.kind == BlockKind.TABLE_ROW and current is not None
                    and current.heading and current.fields == _FOLLOW_UP and not current.parts
                    and current.block_index == index - 1 and item.fields != current.fields
                    and " ".join(fold(item.label).strip(" :?").split()) in vocab.lexicon.question_cells):
                # "Opfølgning |" over a nested "Hvornår | Mentor sender statusnotat hver måned":
                # a bare question under the follow-up's empty heading asks when or who of it
                # (among the rows of a label/value table, "Hvor længe" after an empty "Peter skal
                # hjælpe dig med" is the period's own row)
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if (item.role == "other" and not item.fields and current is not None and current.heading
                    and current.fields == _MENTOR and current.parts and item.text.strip()
                    and (vocab.classify_label(item.label.strip().rstrip(":")) or (frozenset(), "generic"))[1] == "generic"
                    and not vocab.other_party_re.search(fold(f"{item.label} {item.text}"))):
                # "1. Mentor" over "Navn | Anna Karimi", "Arbejdssted | Jobcenter Odsherred,
                # Mentorteamet", "Telefon | …": a label the pack does not know among the mentor's
                # rows is one more of the mentor's details
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if (item.role == "field" and item.fields and block.kind == BlockKind.TABLE_ROW and current is not None
                    and current.fields == item.fields and current.parts and current.parts[-1][0] == index - 1
                    and doc.blocks[index - 1].kind == BlockKind.TABLE_ROW and item.text[:1].islower()
                    and not current.value.rstrip().endswith(("!", "?"))):
                # "Formål | Opstart på FGU … senest 1." over "Målet med mentorstøtten | marts og
                # fremmøde …": a second label for the same field beside the value going on in
                # lower case is the label's hint line, and the value one value
                current.parts.append((index, item.text))
                continue
            if current is not None and not item.text and (
                    (item.role == "field" and not item.inline and len(item.label.split()) == 1
                     and block.kind == BlockKind.PARAGRAPH and not has_contact(item.label, vocab))
                    or (item.role == "heading" and 1 <= len(item.label.split()) <= 3)) \
                    and _mentor_card_goes_on(current, doc, index, vocab):
                # "Oliver Holm, Værkstedet Ny" / "Start" / "Tlf. 43 52 23 79": a narrow column
                # wrapped the mentor's firm before its last word, which is a label word; "Din
                # mentor" / "Marianne Mortensen" / "Brobyggerne" (the firm, set in bold) / "Tlf.
                # …": the card goes on under the firm's name. The contact below is the mentor's.
                current.parts.append((index, item.label))
                continue
            if item.role in ("field", "other"):
                current = Section(item.fields, item.label, index, block.location,
                                  parts=[(index, item.text)] if item.text else [], inline=item.inline,
                                  heading=not item.inline, weak=item.weak)
                sections.append(current)
            elif item.role == "heading" and current is not None and current.heading and current.fields == _MENTOR \
                    and not current.parts and has_person_name(item.label, vocab):
                # "Din mentor" over "Bo Jørgensen fra Mentorhuset ApS" set as a heading: the
                # mentor's name, not a section of its own
                current.parts.append((index, item.label))
            elif item.role == "heading":
                current = Section(frozenset(), item.label, index, block.location, heading=True)
                sections.append(current)
            elif item.role == "sub":
                if current is not None and current.fields and "mentor" not in current.fields \
                        and not item.inline and block.kind != BlockKind.LIST_ITEM and NUMBERING.match(block.text) \
                        and NUMBERING.sub("", block.text, count=1).strip(" :") == item.label.strip(" :"):
                    # "Punkt 4. Kontakt" after "Punkt 3. Hvad mentor gør": a numbered section of
                    # its own, whose content (whose contact) decides what it is
                    current = Section(frozenset(), item.label, index, block.location, heading=True)
                    sections.append(current)
                elif current is not None:
                    current.parts.append((index, f"{item.label}: {item.text}"))
            elif item.role == "generic":
                # An unknown "Label: value" is a boundary ("Gyldig: 1.2.–2.7." after a task list),
                # except among the mentor's details ("Organisation: …", "Leverandør: …").
                if current is not None and current.heading and current.fields and (
                        (("mentor" in current.fields or "appeal_guidance" in current.fields)
                         and not item.label.rstrip().endswith("?") and item.text.strip())
                        or (not current.parts and not vocab.digit_re.match(item.text.strip())
                            and not any(key not in current.fields and shaped_value(key, item.text, vocab)
                                        for key in ("duration", "hours")))):
                    # … and the first "X: value" under a field's heading is that field's content
                    # ("Hvad skal forløbet føre til?" + "Svar: …", "Periode" + "Fra: 1.3.2026"),
                    # unless it plainly holds another's ("Opfølgning:" over "Aftalen gælder: fra
                    # den 1. august 2026 til den 31. januar 2027": the follow-up left empty)
                    current.parts.append((index, f"{item.label}: {item.text}"))
                else:
                    current = Section(frozenset(), item.label, index, block.location,
                                      parts=[(index, item.text)] if item.text else [], inline=True)
                    sections.append(current)
            else:
                if _SPECK.fullmatch(item.text.strip()):
                    continue  # "1. Mål" over "er" over the goal: a scan's specks read as a word
                numbered = NUMBERING.match(block.text) if block.kind == BlockKind.LIST_ITEM else None
                if (numbered is not None and current is not None and current.parts
                        and NUMBERING.match(doc.blocks[current.block_index].text)
                        and unknown_label_shape(block.text[numbered.end():].strip())
                        and index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind != BlockKind.HEADING):
                    # "1.2 Mentorens kontaktdata: …" then "1.3 Det gør Rasmus" over a list: the
                    # next numbered label, one the pack does not know, ends the section above
                    current = Section(frozenset(), block.text.strip(), index, block.location, heading=True)
                    sections.append(current)
                    continue
                if (block.kind == BlockKind.PARAGRAPH and unknown_label_shape(item.text)
                        and index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind != BlockKind.HEADING
                        and (current is None
                             or (current.heading and current.parts and "mentor" not in current.fields)
                             # the mentor's details end once the contact is given: "Nadia Dahl, Tlf. …"
                             # over "Beskrivelse af indsatsen"
                             or (current.heading and current.parts and current.fields == _MENTOR
                                 and has_contact(current.value, vocab))
                             # … or when a list follows the label ("Sådan arbejder vi sammen" over
                             # "1. Koordinere med …"): a mentor's details are no list of tasks
                             or (current.heading and current.parts and current.fields == _MENTOR
                                 and doc.blocks[index + 1].kind == BlockKind.LIST_ITEM
                                 and not has_contact(doc.blocks[index + 1].text, vocab))
                             or (current.inline and current.fields and not _continues(current, block, doc, vocab)))):
                    # "Hvornår", "Tid", "Det praktiske": a label the pack does not know still ends
                    # the section above; what follows it is judged by its content.
                    current = Section(frozenset(), item.text.strip(), index, block.location, heading=True)
                    sections.append(current)
                    continue
                if (current is not None and current.heading and current.parts and len(current.fields) == 1
                        and all(vocab.is_placeholder(text) and not vocab.template_hint_re.match(fold(text).strip())
                                for _, text in current.parts)
                        and not any(speaks_of(key, item.text, vocab) for key in current.fields)):
                    # "Evaluering" + "[indsæt tekst]": the field is empty, and what follows the
                    # placeholder ("Julie har 2-3 timer om ugen") is not its value. (A template's
                    # instruction, "Skriv her hvad borgeren gerne vil opnå.", is left above the
                    # value written under it: it ends nothing.)
                    current = None
                if (current is not None and current.heading and current.parts and block.kind == BlockKind.PARAGRAPH
                        and all(doc.blocks[i].kind == BlockKind.LIST_ITEM for i, _ in current.parts)
                        and not any(speaks_of(key, item.text, vocab) for key in current.fields)):
                    # A list under a label ("Helle skal hjælpe dig med:" + bullets) ends where the
                    # list ends, unless the paragraph after it is still about the same field: "Den
                    # sidste evaluering holdes …" after the evaluation dates.
                    current = None
                if (current is not None and current.fields == frozenset({"mentor"}) and current.parts
                        and block.kind == BlockKind.PARAGRAPH and len(item.text.split()) >= 8
                        and item.text.rstrip().endswith((".", "!")) and not has_contact(item.text, vocab)):
                    # the mentor's details are short lines; a sentence after them is the letter
                    # going on ("Støtten skal bruges til at …"), judged by what it says
                    current = None
                if (current is not None and current.heading and current.parts and block.kind == BlockKind.PARAGRAPH
                        and current.fields and not current.fields & UNSCOPED
                        and not all(vocab.template_hint_re.match(fold(text).strip()) for _, text in current.parts)
                        and _about_another_field(item.text, current.fields, vocab)):
                    # "Formål med forløbet" + "Øget trivsel." + "Din mentor hedder Karsten Holm …
                    # 21 90 68 21": a paragraph about another field, and not this one, ends the
                    # section; the goal is not made concrete by the mentor's phone number. (Under
                    # a template's instruction alone, the paragraph is the value written there.)
                    current = None
                if (current is not None and current.heading and current.parts and block.kind == BlockKind.PARAGRAPH
                        and "appeal_guidance" in current.fields
                        and not vocab.appeal_context_re.search(fold(item.text))
                        and _about_another_field(item.text, current.fields, vocab)):
                    # "Klagevejledning" + "Du kan klage …" + "Vi følger op på aftalen ved en samtale
                    # om cirka tre måneder.": the appeal guidance runs over paragraphs about the
                    # appeal only; one about another field, with no word of the appeal, ends it.
                    current = None
                if current is not None and current.inline and current.fields and len(sections) >= 2 \
                        and (head := sections[-2]).heading and not head.parts and current.fields < head.fields \
                        and head.block_index == current.block_index - 1 and sections[-1] is current:
                    # "4. Periode og opfølgning" over "Periode: 08.07.2026 - 08.01.2027. Møde med
                    # Bettina hver 6. uge …": the heading's other field, in the sentences after
                    # the sub-label's value
                    rest = [key for key in sorted(head.fields - current.fields) if speaks_of(key, item.text, vocab)]
                    if len(rest) == 1:
                        current = Section(frozenset(rest), head.label, index, block.location,
                                          parts=[(index, item.text)], inline=True)
                        sections.append(current)
                        continue
                if current is not None and current.inline and current.fields and not _continues(current, block, doc, vocab):
                    current = None  # prose after "Label: value" is not part of that value
                if current is not None:
                    current.parts.append((index, item.text))
    for i, sec in enumerate(sections):
        if sec.fields and not sec.value.strip() and i + 1 < len(sections):
            nxt = sections[i + 1]
            # "4. Varighed og opfølgning" over "Periode: …" and "Opfølgning: …" is a parent
            # heading; "Opfølgning:" with nothing before "Timetal: …" is an empty field.
            if nxt.fields and nxt.fields <= sec.fields and nxt.block_index <= sec.block_index + 1:
                sec.parent = True
    _signature_blanks(sections)
    return sections


#: A blank to fill in by hand: underscores (or dots), nothing else.
_BLANK = re.compile(rf"[_.…\s]*{PEN_BLANK.pattern}[_.…\s]*")


def _mentor_card_goes_on(current: Section, doc: ExtractedDocument, index: int, vocab: FieldVocabulary) -> bool:
    """Whether the mentor's section, its name given on the line above ``index`` and no contact
    yet, gets its contact on the line below: a short line between them is the card's own."""
    return current.fields == _MENTOR and bool(current.parts) and current.parts[-1][0] == index - 1 \
        and not has_contact(current.value, vocab) and index + 1 < len(doc.blocks) \
        and has_contact(doc.blocks[index + 1].text, vocab)


def _spanned(cell: str) -> list[str]:
    """A header cell over the columns it spans: its label once per part its second line names
    ("Varighed" over "Fra Til": twice), or the cell itself."""
    head, _, rest = cell.partition("\n")
    parts = rest.split()
    if 2 <= len(parts) <= 3 and all(len(part) <= 8 and part.isalpha() for part in parts):
        return [head.strip()] * len(parts)
    return [cell]


def _party_columns_hold_tasks(doc: ExtractedDocument, index: int, header: list[Optional[tuple[frozenset[str], str]]],
                              header_cells: list[str], vocab: FieldVocabulary) -> bool:
    """Whether the mentor's column of a who-does-what header ("Mentor | Mikkel | Sagsbehandler",
    read as the tasks' column by :func:`header_labels`) holds tasks in the rows below: one of
    its cells opens with a task verb ("Følger Mikkel til praktikstedet"). Under a signature
    row's header it holds a name or a line to sign on. Any other header holds what it holds."""
    party = [col for col, (cell, lab) in enumerate(zip(header_cells, header))
             if lab == (frozenset({"tasks"}), "field") and vocab.classify_label(cell) == (frozenset({"mentor"}), "field")]
    if not party:
        return True
    col = party[0]
    for block in doc.blocks[index + 1:index + 12]:
        if block.kind != BlockKind.TABLE_ROW or len(block.cells) != len(header_cells):
            break
        words = fold(block.cells[col]).split()
        if words and words[0].strip(",.:") in vocab.task_openers:
            return True
    return False


def _signature_blank(cell: str) -> bool:
    """A cell that is a line to sign or date on: "______________"."""
    return bool(PEN_BLANK.search(cell)) and not any(ch.isalnum() for ch in PEN_BLANK.sub("", cell))


def _signature_blanks(sections: list[Section]) -> None:
    """"Borger: ____ Mentor: ____ Kommunen: ____": a line of blanks for the parties to sign is
    where they sign, not their fields (the mentor's field is not empty for it)."""
    by_block: dict[int, list[Section]] = {}
    for sec in sections:
        if sec.inline and _BLANK.fullmatch(sec.value):
            by_block.setdefault(sec.block_index, []).append(sec)
    for blanks in by_block.values():
        if len(blanks) >= 2:
            for sec in blanks:
                sec.fields = frozenset()


#: A block of one or two lower-case letters and nothing else: no value (a dash is a placeholder).
_SPECK = re.compile(r"[a-zæøå]{1,2}")


def _merged_row_values(block: Block, index: int, header: list[Optional[tuple[frozenset[str], str]]],
                       header_cells: list[str], vocab: FieldVocabulary,
                       wrapped: Optional[Block] = None) -> list[Section]:
    """The period and the hours of a row narrower than its header row, found by their shape:
    two complete dates under the header's period columns, an hours figure under its hours column.
    ``wrapped`` is the row's cell end that the PDF set as a line of its own ("01.06.2026" under
    "Igangværende 02.03.2026 -")."""
    found: list[Section] = []
    text = fold(" ".join(block.cells) + (" " + wrapped.text if wrapped is not None else ""))
    columns = {key: next((header_cells[c] for c, lab in enumerate(header)
                          if lab is not None and lab[1] == "field" and lab[0] == frozenset({key})), None)
               for key in ("duration", "hours")}
    dates = [d for d in find_dates(text) if d.complete]
    if columns["duration"] is not None and len(dates) >= 2:
        value = f"{text[dates[0].start:dates[0].end]} – {text[dates[1].start:dates[1].end]}"
        found.append(Section(frozenset({"duration"}), columns["duration"], index, block.location,
                             parts=[(index, value)], inline=True))
    m = vocab.hour_figure_re.search(text)
    if columns["hours"] is not None and m is not None:
        value = " ".join(text[m.start():m.end() + 12].split()[:4])
        found.append(Section(frozenset({"hours"}), columns["hours"], index, block.location,
                             parts=[(index, value)], inline=True))
    return found


def _label_value_table_follows(doc: ExtractedDocument, index: int, vocab: FieldVocabulary) -> bool:
    """Whether the rows after a two-cell "header" row start with labels of their own."""
    block = doc.blocks[index]
    if len(block.cells) != 2 or index + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[index + 1]
    if following.kind != BlockKind.TABLE_ROW or len(following.cells) != 2:
        return False
    found = vocab.classify_label(following.cells[0].strip().rstrip(":"))
    return found is not None and found[1] in ("field", "sub", "other") or first_cell_label(following.cells[0].strip(), vocab.lexicon.clause_openers)


def _about_another_field(text: str, fields: frozenset[str], vocab: FieldVocabulary) -> bool:
    if any(speaks_of(key, text, vocab) for key in fields):
        return False
    return any(speaks_of(key, text, vocab) for key in SCOPE_KEYS if key not in fields)


_MENTOR = frozenset({"mentor"})
_FOLLOW_UP = frozenset({"follow_up"})
#: A value that opens with the number its label lost: "Delmål" + "1 (31. maj 2026): Nikolaj …".
_ENUMERATED_VALUE = re.compile(r"(?:\d{1,2}|[A-H])\s*(?:\([^()]{1,30}\))?\s*:\s")


def _continues(section: Section, block: Block, doc: ExtractedDocument, vocab: FieldVocabulary) -> bool:
    """Whether a content block after an inline "Label: value" still belongs to that value."""
    label_block = doc.blocks[section.block_index]
    if block.kind == BlockKind.LIST_ITEM and section.value.strip() and not section.value.rstrip().endswith((":", ",")) \
            and (label_block.kind == BlockKind.LIST_ITEM
                 or (NUMBERING.match(label_block.text) and NUMBERING.match(block.text))):
        # "• Mentor: Jesper Kjær, tlf. …" over "• Jesper hjælper dig med …", "1. Formålet er: …"
        # over "2. Mentor skal …": the next item of the same list is the label's sibling, not
        # more of its value
        return False
    if block.kind == BlockKind.TABLE_ROW and section.value.rstrip().endswith((".", "!")) \
            and all(not c.strip() or c.rstrip().endswith((".", "!", "?")) for c in block.cells) \
            and any((other := vocab.prose_any.get(key)) is not None and other.search(fold(block.cells[0]))
                    for key in vocab.prose_any if key not in section.fields):
        # a row of whole sentences that states another field ("Vi følger op på et statusmøde hver
        # måned … | We follow up …" under "Mentoren skal hjælpe dig med: …."): a row of its own
        return False
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return True
    if section.value.rstrip().endswith((":", ",")):
        return True  # "Mentor: Lars Østergaard," goes on below ("Jobhuset ApS", "Tlf. …")
    if section.fields == _MENTOR and len(section.parts) <= 3 \
            and (len(block.text) <= 60 or (len(block.text) <= 120 and has_contact(block.text, vocab))) \
            and any(ch.isalpha() for ch in vocab.meaningful(section.value)) and not has_contact(section.value, vocab):
        # "Din mentor: Dorthe Winther, Ungdommens" over "Uddannelsesvejledning", "Tlf. …"; "Din
        # mentor: Marianne Qvist" over "Beskæftigelsesenheden · tlf. 71 28 24 58 · marianne@…"
        return True
    if len(section.fields) == 1 and (field := next(iter(section.fields))) in ("duration", "hours") \
            and shaped_value(field, block.text, vocab) and not shaped_value(field, section.value, vocab):
        return True  # "Bevillingsperiode: Bevilget i perioden" over "1.4.2026 til 31.8.2026"
    if "appeal_guidance" in section.fields:
        # Appeal guidance runs over several paragraphs, each about the appeal; the letter that
        # follows appeal guidance printed in a page header ("Kære Peter. Du får …") does not.
        return bool(vocab.appeal_context_re.search(fold(block.text))) or \
            not section.value.rstrip().endswith((".", "!", "?"))
    return "reasons" in section.fields


#: Dates under these labels are not the period: when the document was written or printed, a birth
#: date, a meeting.


def history_blocks(blocks: list[Block], vocab: FieldVocabulary) -> frozenset[int]:
    """The blocks under a heading over the citizen's history ("Tidligere forløb" over "Forløb |
    Periode | Resultat", ``cues.history_heading``), up to the next heading of its level or
    above that is not itself a past activity's title ("Misbrugsbehandling [Gennemført]",
    ``cues.past_status``): the past, whose periods are not the support's and whose "Resultat"
    is no goal. A heading may be a short line of its own, as a text file sets it. So is the text
    under an assessment's "Baggrund" (``cues.background_heading``), up to the next heading or the
    first line or row that opens with a field's label, and a journal table's "Baggrund" row."""
    found: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2 \
                and (_history_title(fold(block.cells[0].strip()), vocab)
                     or any(len(cell) <= 20 and vocab.past_status_cell_re.search(fold(cell).strip(" ."))
                            for cell in block.cells[1:])):
            # a journal table's row, "Baggrund | Mikkel er 47 år, …"; a table of periods' row with a
            # status of the past, "Første periode | 2025-09-01 | 2026-02-28 | 6 | Afsluttet"
            found.add(index)
            index += 1
            continue
        # (or an activity's own title with a status of the past: "Mentorstøtte (afsluttet)"
        # above "Mentorstøtte (aktiv)")
        if not (_title_like(block) and (_history_title(fold(block.text.strip()), vocab)
                                        or vocab.past_status_re.search(fold(block.text)))):
            index += 1
            continue
        level = block.level if block.kind == BlockKind.HEADING else None
        background = vocab.background_heading_re.search(fold(block.text.strip())) is not None
        end = index + 1
        while end < len(blocks):
            below = blocks[end]
            if _title_like(below) and not vocab.past_status_re.search(fold(below.text)) \
                    and not (level is not None and below.kind == BlockKind.HEADING and (below.level or 99) > level):
                break
            if background and (_field_label_line(below.text, vocab) if below.kind != BlockKind.TABLE_ROW
                               else _field_label_line(f"{below.cells[0]}:", vocab)):
                break  # "Baggrund" over its prose, then "1. Målet med mentorstøtten: …" with no heading
            if below.kind != BlockKind.TABLE_ROW and NUMBERING.match(below.text) and _field_label_line(below.text, vocab):
                break  # "Tidligere perioder" over its table, then "1) Målet med mentorstøtten: …"
            end += 1
        found.update(range(index, end))
        index = end
    return frozenset(found)


_PERIOD_FIELDS = frozenset({"duration", "hours"})


def _history_title(folded: str, vocab: FieldVocabulary) -> bool:
    """A title over the citizen's history or background, or over the plan's other activities
    (``cues.history_heading``, ``cues.background_heading``, ``cues.other_activities_label``):
    what stands under it is not the support's."""
    return vocab.history_heading_re.search(folded) is not None or vocab.background_heading_re.search(folded) is not None \
        or vocab.other_activities_label_re.search(folded) is not None


def _field_label_line(text: str, vocab: FieldVocabulary) -> bool:
    """A line that opens with a field's label and a colon ("1. Målet med mentorstøtten: …")."""
    head, colon, _ = text.partition(":")
    if not colon or len(head) > 50:
        return False
    found = vocab.classify_label(NUMBERING.sub("", head.strip(), count=1))
    return found is not None and found[1] == "field"


def _title_like(block: Block) -> bool:
    """A heading, or a short line of its own with no value after a colon and no full stop."""
    text = block.text.strip()
    if block.kind == BlockKind.HEADING:
        return True
    return block.kind == BlockKind.PARAGRAPH and 0 < len(text.split()) <= 6 and ":" not in text.rstrip(":") \
        and not text.endswith(".") and "\n" not in text


#: a label that is a person tagged as a mentor: "Jesper (jobmentor)", "Trine (bydelsmentor)"
_NAMED_AS_MENTOR = re.compile(r"\s*[A-ZÆØÅ][a-zæøå]+\s*\([^)]{0,30}mentor[^)]{0,20}\)\s*:?\s*$", re.IGNORECASE)


def reassign_by_value(sections: list[Section], vocab: FieldVocabulary) -> None:
    """A section whose label merely mentions the mentor ("Tid med mentor", "Mentor hjælper med")
    but whose value is plainly something else is that something: a number of hours per week
    ("1-2 timer pr. uge"), not a mentor without a name."""
    for n, sec in enumerate(sections):
        if sec.fields != frozenset({"mentor"}) or not sec.value.strip():
            continue
        value = " ".join(fold(vocab.meaningful(sec.value)).split()).rstrip(" .")
        if has_contact(sec.value, vocab) or not value:
            continue
        if vocab.hours_value_re.match(value):
            sec.fields, sec.by_value = frozenset({"hours"}), True
        elif tasks_by_shape([replace(sec, fields=frozenset())], vocab) is not None:
            # "Det tager mentoren sig af" over a list of task verbs: the tasks, not the mentor
            sec.fields, sec.by_value = frozenset({"tasks"}), True
        elif _NAMED_AS_MENTOR.match(sec.label) and not has_person_name(sec.value, vocab):
            # "Jesper (jobmentor): oplæring og faste samtaler på arbejdspladsen" under "Hvem gør
            # hvad": what that mentor does, the tasks
            sec.fields, sec.by_value = frozenset({"tasks"}), True
        elif sec.inline and n and sections[n - 1].fields == frozenset({"duration"}) and not sections[n - 1].value.strip() \
                and not has_person_name(sec.value, vocab) \
                and any(p.is_range and p.start_pos <= 12 and p.end_pos >= len(value) - 3
                        for p in stated_periods(value, vocab)):
            # "Begge mentorer: 1. september 2026 til og med 28. februar 2027." under "Periode":
            # whose period, the duration
            sec.fields, sec.by_value = frozenset({"duration"}), True
        elif (goal := vocab.prose_any.get("goal")) is not None and (m := goal.search(value)) and m.start() < 10:
            # "Her er det vi aftalte om din mentor:" over "Målet er at Ahmad kommer i ordinært
            # job …": a lead-in over the goal's own sentence
            sec.fields, sec.by_value = frozenset({"goal"}), True
    # "Mål:" left empty over "Din mentor er Henrik Madsen, Broen ApS, tlf. …": the next field's
    # sentence, not the goal
    mentor_prose = vocab.prose_any.get("mentor")
    for sec in sections:
        if sec.fields != frozenset({"goal"}) or not sec.heading or mentor_prose is None or len(sec.value) > 200:
            continue
        value = " ".join(fold(sec.value).split())
        if (m := mentor_prose.search(value)) is not None and m.start() < 5 \
                and validate("mentor", sec.value, vocab, labelled=True)[0] == "present":
            sec.fields, sec.by_value = frozenset({"mentor"}), True
    citizen: Optional[frozenset[str]] = None
    for sec in sections:
        if sec.fields != frozenset({"tasks"}):
            continue
        # "Hvem hjælper dig" over "Trine Skov, tlf. 77 52 52 47": a person with contact data,
        # not a task, whatever the label's verb; "Fokus for forløbet" over "Line er i ordinært
        # job … senest 1. juni 2026": the state the citizen will reach, the goal. Either only
        # when the value is no list of tasks (asked last: most tasks sections are neither).
        plainly: Optional[str] = None
        if len(sec.value) <= 200 and validate("mentor", sec.value, vocab, labelled=True)[0] == "present":
            plainly = "mentor"
        elif len(sec.value) <= 300 and not (sec.inline and len(sec.parts) >= 2):
            # (not a tasks column's rows run into one value: "Hjælpe med at finde en løsning på
            # pasning, så Peter kan møde kl. 8" is one task of several)
            if citizen is None:
                citizen = citizen_names(sections, vocab)
            plainly = "goal" if states_a_goal(sec.value, vocab, citizen) else None
        if plainly is not None and tasks_by_shape([replace(sec, fields=frozenset())], vocab) is None:
            sec.fields, sec.by_value = frozenset({plainly}), True
    # "Mentor: øve jobsamtaler med Anna" beside "Anna: møde til tiden i praktikken": a list of
    # who does what, the mentor's items the mentor's tasks (a task verb first, no person named)
    for sec in sections:
        words = sec.value.split()
        # (not a name in title case run on from a heading: "Mentor" + "Support Agreement (…)")
        if sec.fields == frozenset({"mentor"}) and sec.inline and len(words) >= 3 \
                and fold(words[0]) in vocab.task_openers and not words[1][:1].isupper() \
                and validate("mentor", sec.value, vocab, labelled=True)[0] != "present":
            sec.fields, sec.by_value = frozenset({"tasks"}), True
    # "Hvor vil du være, når forløbet slutter?" over "Jeg vil bestå dansk C og mat C på VUC til
    # sommer": a question that names the period's end asks for the state reached by then, the
    # goal, when its answer holds no period and aims at a job or an education
    for sec in sections:
        if sec.fields == frozenset({"duration"}) and sec.label.rstrip().endswith("?") and sec.value.strip() \
                and vocab.end_word_re.search(fold(sec.label)) \
                and not stated_periods(fold(sec.value), vocab) and not find_dates(fold(sec.value)) \
                and vocab.aims_at_work(" ".join(fold(sec.value).split())):
            sec.fields, sec.by_value = frozenset({"goal"}), True
    # "Hvornår?: f.o.m. 1.8.2026 t.o.m. 31.1.2027": an unknown label over a short dated range
    for sec in sections:
        if sec.fields or not sec.label or vocab.not_period_label_re.search(fold(sec.label)):
            continue
        value = fold(sec.value).strip()
        if 8 <= len(value) <= 60 and any(p.is_range for p in stated_periods(value, vocab)):
            sec.fields, sec.by_value = frozenset({"duration"}), True
    # "Hvornår?" over "Du starter 2. marts 2026. Den sidste dag er 1. november 2026.": an unknown
    # label over a start and a later end, each after its word
    for sec in sections:
        if sec.fields or not sec.label or vocab.not_period_label_re.search(fold(sec.label)):
            continue
        value = fold(sec.value)
        if len(value) > 140 or not any(ch.isdigit() for ch in value):
            continue
        dates = [d for d in find_dates(value) if d.complete]
        if len(dates) != 2:
            continue
        start, end = dates[0].date(), dates[1].date()
        if start is not None and end is not None and start < end \
                and vocab.period_start_re.search(value[max(0, dates[0].start - 16):dates[0].start]) \
                and vocab.end_date_re.search(value[max(0, dates[1].start - 24):dates[1].end]):
            sec.fields, sec.by_value = frozenset({"duration"}), True
    # "Fra | 1. marts 2026" over "Til | 31. august 2026": two unknown labels that each hold a lone
    # date, the second later, are the period's start and end.
    lone: list[tuple[Section, Any]] = []
    for sec in sections:
        if sec.fields or not sec.label:
            continue
        value = fold(sec.value).strip(" .")
        if len(value) > 40 or not any(ch.isdigit() for ch in value):
            continue
        dates = find_dates(value)
        if len(dates) == 1 and dates[0].complete and len(value) <= dates[0].end - dates[0].start + 12:
            lone.append((sec, dates[0].date()))
    for (first, start), (second, end) in zip(lone, lone[1:]):
        if start and end and start < end and second.block_index - first.block_index <= 3 \
                and not vocab.not_period_label_re.search(fold(first.label) + " " + fold(second.label)):
            first.fields = second.fields = frozenset({"duration"})
            first.by_value = second.by_value = True


def without_quoted_text(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """``doc`` without the law, quality standard or guidance it quotes under a title that says
    so (``cues.quoted_text``): an annex ("Bilag – uddrag af kvalitetsstandard for mentorstøtte")
    up to the next annex or the end, a box ("Det siger reglerne") up to the next heading. Its
    "Formål", "Opfølgning" and lists are the standard's, not the document's own fields. An
    enclosure named at the top of a letter ("Bilag: uddrag af …" over the letter) is not an
    annex: what is dropped starts after the document's first lines and is less than most of it."""
    blocks = doc.blocks
    # a statute's paragraph quoted whole ("§ 52. Får en person mentorstøtte, skal »Min Plan«
    # indeholde oplysninger om 1) målet …, 3) hvilke opgaver …"): it names fields, states none
    statutes: set[int] = set()
    for index, block in enumerate(blocks):
        m = _STATUTE.match(block.text)
        if m is None or block.kind == BlockKind.HEADING or len(block.text.split()) < _STATUTE_WORDS:
            continue
        # (a statute's section, "§ 52.", "§ 167.", or its subsection right after one; a document's
        # own clauses are numbered "§ 1.", "§ 2." …)
        if (m.group(1) and int(m.group(1)) >= _STATUTE_FROM) or (m.group(1) is None and index - 1 in statutes):
            statutes.add(index)
    drop: set[int] = set()
    index = 0
    while index < len(blocks):
        text = blocks[index].text.strip()
        titled = blocks[index].kind == BlockKind.HEADING or (len(text.split()) <= 12 and not text.endswith("."))
        if index < _QUOTE_START or not titled or not vocab.quoted_text_re.search(fold(text)):
            index += 1
            continue
        folded = fold(text)
        annex = _ANNEX_TITLE.match(folded) is not None
        end = index + 1
        while end < len(blocks):
            below = blocks[end]
            if annex and _ANNEX_TITLE.match(fold(below.text)) and not vocab.quoted_text_re.search(fold(below.text)):
                break  # the next annex: "Bilag 2: Aftale om mentorstøtte"
            if not annex and (below.kind == BlockKind.HEADING or end - index > _QUOTE_BOX_BLOCKS
                              or (len(below.text.split()) <= 8 and not below.text.rstrip().endswith((".", ":", ","))
                                  and not _STATUTE.match(below.text) and below.text[:1].isupper())):
                break  # (a box ends at the next title, "Sådan klager du", set as a heading or not)
            end += 1
        drop.update(range(index, end))
        index = end
    if len(drop) > _QUOTE_SHARE * len(blocks):
        drop = set()
    drop |= statutes
    if not drop:
        return doc
    return replace(doc, blocks=[b for i, b in enumerate(blocks) if i not in drop])


_ANNEX_TITLE = re.compile(r"^\W*bilag\b")
_STATUTE = re.compile(r"^\W*(?:§\s*(\d+)\s?[a-z]?|stk\.\s*\d+)\.\s+[A-ZÆØÅ]", re.IGNORECASE)
_STATUTE_WORDS = 8
_STATUTE_FROM = 20
#: Quoted text starts after this many blocks (a letter's first lines may name its enclosures),
#: a box of it holds at most this many blocks, and all of it less than this share of the document.
_QUOTE_START = 3
_QUOTE_BOX_BLOCKS = 15
_QUOTE_SHARE = 0.6


def without_any_activity(doc: ExtractedDocument, vocab: FieldVocabulary) -> Optional[ExtractedDocument]:
    """``doc`` without its activities, when it lists two or more and none is the mentor support
    (a plan print whose mentor is only named, "Mentor (ikke startet)", "Evt. mentor – drøftes");
    None for any other document."""
    stripped = without_other_activities(doc, vocab, none_is_mentor=True)
    return stripped if stripped is not doc else None


def without_other_activities(doc: ExtractedDocument, vocab: FieldVocabulary, *,
                             none_is_mentor: bool = False) -> ExtractedDocument:
    """``doc`` without the rows of activities that are not the mentor support.

    A Min Plan print lists the citizen's activities one after another, each as rows under an
    activity label ("Aktivitet | Løntilskud (offentlig arbejdsgiver)", "Sted | …", "Periode | fra
    18.08.2024 til 17.08.2025", "Omfang | 25 timer pr. uge"). The period and the hours of a wage
    subsidy or a course are not the mentor's: an activity whose name does not name the mentor
    support (``cues.mentor_activity``) is dropped up to the next activity or the end of its rows.
    A print may also set each activity as a card: a title ("Opfølgning på sygedagpenge") over
    labels and values on lines of their own ("Sted", "Start", "Kontaktperson"); another
    activity's card is dropped up to the next card (:func:`_card_title`).
    Nothing is dropped unless one activity is the mentor support (or ``none_is_mentor``: two
    activities or more, none of them the mentor support, are all dropped)."""
    drop, overview = _other_activity_rows(doc, vocab)
    named: list[tuple[int, bool]] = []  # "Aktivitet: Løntilskud": the index, the mentor support's
    cards: list[tuple[int, bool]] = []  # a card's title over its rows
    # (a party's or a contact's label, "Borger", "Navn", "Tlf.", repeated under each party or on
    # the signature lines, makes no activity card)
    labels = frozenset(label for label in _card_labels(doc.blocks)
                       if (vocab.classify_label(label) or (frozenset(), ""))[1] not in ("sub", "other"))
    headed: list[tuple[int, bool]] = []  # a heading over rows of its own ("Uddannelse" / "Periode | …")
    badged: list[tuple[int, bool]] = []  # a title with the activity's status ("Mentorstøtte Aktiv")
    hanging = _hanging_cards(doc.blocks)
    # (a plan's own title over the rest is no activity's: "Opfølgningsplan efter
    # sygedagpengelovens § 12" heads the whole plan, the mentor support in it too; an agreement
    # on another offer, "Samarbejdsaftale om løntilskud", heads that offer's rows)
    title = next((i for i, b in enumerate(doc.blocks) if b.text.strip()), -1)
    title = title if title >= 0 and doc.blocks[title].kind == BlockKind.HEADING \
        and vocab.plan_heading_re.search(fold(doc.blocks[title].text)) else -1
    for index, block in enumerate(doc.blocks):
        if index == title:
            continue
        under = _labelled_card_name(block, doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None, vocab)
        if under is not None:
            cards.append((index, bool(vocab.mentor_activity_re.search(fold(under)))))
            continue
        name = block.cells[0] if index in hanging else _activity_name(block, vocab)
        if name is not None and len(block.cells) >= 3 and is_header_row(list(block.cells), vocab):
            name = None  # an overview's header ("Indsats | Status | Start | …") names no activity
        if name is not None:
            named.append((index, bool(vocab.mentor_activity_re.search(fold(name)))))
        else:
            if _dated_activity(doc.blocks, index, vocab) \
                    and fold(block.text.partition(":")[0]).strip() not in labels:
                # (not "Sted: Kompasset" over "Periode: …": a label every card has is a card's row)
                named.append((index, False))  # "Behandling: Psykiatrisk ambulatorium" over "Start: …"
            elif _titled_activity(doc.blocks, index, vocab):
                named.append((index, False))  # "Virksomhedspraktik" over "Sted | …", "Start | …"
            elif _titled_mentor_support(doc.blocks, index, vocab):
                named.append((index, True))  # "Mentor (LAB § 167)" over "Status: Aktiv", …
            card = _card_title(doc.blocks, index, vocab, labels)
            if card is not None:
                cards.append((index, card))
            headed_card = _headed_card(doc.blocks, index, vocab, overview)
            if headed_card is not None:
                headed.append((index, headed_card))
            badged_card = _badged_card(doc.blocks, index, vocab)
            if badged_card is not None:
                badged.append((index, badged_card))
    if not cards and any(not mentor for _, mentor in headed):
        cards = headed  # cards whose rows share no label: each under a heading of its own
    if any(mentor for _, mentor in badged) and (not any(mentor for _, mentor in cards)
                                                or not all(mentor for _, mentor in badged)):
        # (also beside a mentor card found by its title: the badges mark every card's start)
        # … or each under a title with its status ("… (FGU), PGU Aktiv", "Mentorstøtte | Aktiv")
        cards = sorted({**dict(cards), **dict(badged)}.items())
    # (a timeline sets each card's period on the line above its title: "17.06.2026 → 16.10.2026"
    # over "Mentorstøtte – § 167" over "Aktiv" …; the line goes with the card below it)
    # (every card so: a lone range over one card only is the value of the card above)
    if len(cards) >= 2 and all(index and _lone_range(doc.blocks[index - 1]) for index, _ in cards):
        cards = [(index - 1, mentor) for index, mentor in cards]
    bare = frozenset(fold(b.text).strip() for b in doc.blocks if b.kind == BlockKind.PARAGRAPH and len(b.text) <= 20
                     and _bare_label(b.text)) if cards else frozenset()
    for starts, card in ((named, False), (cards, True)):
        if none_is_mentor:
            if len(starts) < 2 or any(mentor for _, mentor in starts):
                continue
        elif not any(mentor for _, mentor in starts) or all(mentor for _, mentor in starts):
            continue
        for n, (index, mentor) in enumerate(starts):
            if mentor:
                continue
            end = starts[n + 1][0] if n + 1 < len(starts) else len(doc.blocks)
            drop.add(index)
            for j in range(index + 1, end):
                if card and (doc.blocks[j].kind != BlockKind.HEADING or _label_heading(doc.blocks, j)
                             or _row_label_heading(doc.blocks, j, vocab, bare)):
                    drop.add(j)  # a card's rows are labels and values on lines of their own
                    continue
                if card or not (_activity_row(doc.blocks[j]) or (j == index + 1 and _described_rows_follow(doc.blocks, index))) \
                        or _mentor_support_row(doc.blocks[j], vocab):
                    # (a line of description may come first: "Kursus" / "Truckcertifikat B,
                    # AMU-center" / "Periode: …"; not the mentor support's own goal or mentor:
                    # "Dit mål er, at …", "Din mentor: Maria Sørensen …" under "Aktivitet: Du går på FGU …")
                    break  # the activity's rows have ended: a heading or a paragraph follows
                drop.add(j)
    if not drop:
        return doc
    return replace(doc, blocks=[b for i, b in enumerate(doc.blocks) if i not in drop])


def _mentor_support_row(block: Block, vocab: FieldVocabulary) -> bool:
    """A line that states the mentor support's own goal, mentor or tasks: under its label ("Din
    mentor: …", "Mentorens opgaver: …") or as the goal's sentence ("Dit mål er, at …")."""
    label, sep, _ = block.text.partition(":")
    if sep and len(label.split()) <= 5 and "mentor" in fold(label):
        # (only a label that names the mentor: another activity's "Kontaktperson" or "Formål" is its own)
        found = vocab.classify_label(label.strip())
        if found is not None and found[1] == "field" and found[0] & _MENTOR_SUPPORT_FIELDS:
            return True
    return bool(_GOAL_SENTENCE.match(fold(block.text)))


_MENTOR_SUPPORT_FIELDS = frozenset({"goal", "mentor", "tasks"})
#: the goal stated as a sentence: "Dit mål er, at …", "Målet er, at …"
_GOAL_SENTENCE = re.compile(r"\W*(?:dit|jeres) (?:overordnede )?mal (?:er|bliver),? (?:at )?")


def _row_label_heading(blocks: list[Block], index: int, vocab: FieldVocabulary, bare: frozenset[str]) -> bool:
    """A heading that a scan's reading made of a card's label ("Sted", "Periode" over their
    values in a phone's screenshot): a word or two over a line that is no heading, that names a
    card's period or hours or stands as a bare label elsewhere in the print ("Sted" on another
    card)."""
    text = blocks[index].text.strip()
    if len(text) > 20 or len(text.split()) > 2 or any(ch.isdigit() for ch in text) or index + 1 >= len(blocks) \
            or blocks[index + 1].kind == BlockKind.HEADING:
        return False
    found = vocab.classify_label(text)
    # (a period's or an hours' label: every card has one; "Dit mål" or "Din mentor" start the
    # mentor's card, where a drop must stop)
    return fold(text).strip() in bare or (found is not None and found[1] == "field" and bool(found[0])
                                          and found[0] <= _CARD_ROW_FIELDS)


_CARD_ROW_FIELDS = frozenset({"duration", "hours"})


def _label_heading(blocks: list[Block], index: int) -> bool:
    """A heading that is a card's label over its value ("STED" over "Assens Kommune, Park og Vej"
    in an app's print): a short label with no figure, over a line that is no heading."""
    text = blocks[index].text.strip()
    return index + 1 < len(blocks) and blocks[index + 1].kind != BlockKind.HEADING \
        and _bare_label(text) and text.isupper()


#: a figure with a unit of time or amount ("3 dage", "25 timer", "1.4.2026"): a row's value, no name's level
_FIGURE_WITH_UNIT = re.compile(r"\d+\s*(?:timer|time|t\b|dage|dag|uger|uge|mdr|maned|ar\b|%|kr)|\d+[./-]\d+")


def _titled_activity(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """A line that is nothing but the name of an activity the pack knows ("Virksomhedspraktik.",
    "Løntilskud") over rows of its own: another activity's card in a plan whose mentor support
    is named ("Aktivitet: Mentorstøtte")."""
    block = blocks[index]
    if block.kind == BlockKind.TABLE_ROW or index + 1 >= len(blocks) or len(block.text) > 60 or ":" in block.text:
        return False  # (a row, "Opfølgning: Hver måned", is no activity's title)
    folded = fold(block.text).strip(" .:")
    # (the cheap tests first: this runs on every block of every document)
    # ("Forberedende Grunduddannelse (FGU)": the activity's name may be its abbreviation in brackets)
    # (not a task under the tasks' label: "øve jobsamtaler med dig" is no activity's title)
    # ("Danskuddannelse 3, modul 4": a level's figure is the name's; "Praktik 3 dage om ugen" is a row)
    # (a bullet over "Label: value" lines titles a card in a plan pasted into a mail: "• FGU (PGU)"
    # over "Periode: …"; not a task under the tasks' label)
    # (the place in brackets after the name is no word of it: "… (Sprogcenter Midt)")
    return len(re.sub(r"\([^()]*\)$", "", folded).split()) <= 5 and not _FIGURE_WITH_UNIT.search(folded) \
        and block.text[:1].isupper() \
        and (block.kind != BlockKind.LIST_ITEM or _bullet_card(blocks, index)) \
        and bool(vocab.plan_activity_re.match(folded)
                 or (folded.endswith(")") and vocab.plan_activity_re.search(folded[folded.rfind("("):]))) \
        and not vocab.mentor_activity_re.search(folded) \
        and (_rows_follow(blocks, index) or _described_rows_follow(blocks, index)) \
        and (not _field_label(block.text, vocab) or _OTHER_SECTION.search(folded) is not None) \
        and not _under_field_label(blocks, index, vocab)


#: A title that cites a section of law other than the mentor support's (LAB § 167, formerly
#: § 31 b) names other help: "Støtte- og kontaktperson (SEL § 99)", whose words alone read as
#: the mentor's label.
_OTHER_SECTION = re.compile(r"\((?:[a-z]{2,4}\s*)?§\s*(?!167|31\s*b)\d+")


def _under_field_label(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether the line above ``blocks[index]`` is a field's label on a line of its own, whose
    value the line is ("Mit mål" over "Fleksjob i kantine/køkken"); a plan's "Aktiviteter" over
    its activities' cards names the tasks' word, not their value."""
    above = blocks[index - 1] if index else None
    if above is None or above.kind != BlockKind.PARAGRAPH or not _bare_label(above.text) \
            or ":" in above.text.rstrip()[:-1]:
        return False
    found = vocab.classify_label(above.text)
    return found is not None and bool(found[0]) and "tasks" not in found[0]


def _dated_activity(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether ``blocks[index]`` names an activity by a label the pack does not know, over the
    activity's own period: "Behandling: Psykiatrisk ambulatorium Køge" over "Start: 11.10.2024"
    (a print's card for a treatment, an education, a wage subsidy). A known label ("Borger:",
    "Formål:") names no activity; nor does a line that is not followed by a period's row."""
    block = blocks[index]
    label, sep, value = block.text.partition(":")
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or not sep or not value.strip() or "\n" in block.text \
            or not label.strip()[:1].isupper() \
            or not 1 <= len(label.split()) <= 2 or vocab.mentor_activity_re.search(fold(value)) \
            or any(ch.isdigit() for ch in value) or _a_persons_name(value):
        return False  # (a person under "Sagsbehandler:", a date under "Dato:": no activity)
    known = vocab.classify_label(label.strip(), max_leftover=0)
    if known is not None and (known[0] or known[1] not in ("generic", "other")):
        return False
    # its rows: "Start: 11.10.2024" right below, or "Sted | …" then "Periode | …" (a card's rows)
    for below in blocks[index + 1:index + 4]:
        if below.kind == BlockKind.TABLE_ROW and len(below.cells) == 2:
            head, rest = below.cells
        elif below.kind == BlockKind.PARAGRAPH and ":" in below.text:
            head, _, rest = below.text.partition(":")
        elif below.kind == BlockKind.PARAGRAPH and vocab.activity_status_re.fullmatch(fold(below.text).strip(" .[]()")):
            continue  # "[Igangværende]": the state on a line of its own, before the rows
        else:
            return False
        if vocab.activity_status_re.match(fold(rest).strip(" .")):
            continue  # "Status | Planlagt": the activity's state, before its dates
        found = vocab.classify_label(head.strip(), max_leftover=0) if rest.strip() else None
        if found is not None and found[0] == frozenset({"duration"}) and find_dates(fold(rest)):
            return True
        if found is not None and found[0]:
            return False  # the mentor's, the goal's or the hours' row: the card is the mentor's
    return False


def _row_fields(fields: frozenset[str], cell: str, block: Block, vocab: FieldVocabulary) -> frozenset[str]:
    """The fields a cell under a tasks column holds: the follow-up where the cell opens with a
    meeting or an evaluation and the row gives its rhythm ("Statusmøde og opfølgning på delmål |
    Sagsbehandler og mentor | Hver 6. uge"), else the column's."""
    if fields != frozenset({"tasks"}) or not vocab.follow_up_strong_re.match(fold(cell).strip()):
        return fields  # (a task that ends on "… og opfølgning med arbejdsgiveren" stays a task)
    return frozenset({"follow_up"}) if vocab.follow_up_rhythm_re.search(fold(block.text)) else fields


def _the_mentors_row(block: Block, header_cells: list[str], vocab: FieldVocabulary) -> bool:
    """Whether a row of a table with a column for who does the task (``label_words.
    responsible_columns``) is the mentor's: its cell there names the mentor ("Mentor", "Mentor og
    sagsbehandler", "Alle tre parter"). Without such a column every row is."""
    columns = [i for i, cell in enumerate(header_cells) if fold(cell).strip(" :?") in vocab.lexicon.responsible_columns]
    if not columns or columns[0] >= len(block.cells):
        return True
    who = fold(block.cells[columns[0]])
    return "mentor" in who or bool(_ALL_PARTIES.search(who))


#: every party, the mentor among them: "Alle tre parter", "Alle", "Fælles"
_ALL_PARTIES = re.compile(r"(?:alle|faelles|felles|begge|all|everyone)")


def _a_persons_name(value: str) -> bool:
    """A value that is a person's name: two to four capitalised words ("Jesper Johansen",
    "Amalie Ali"), not an activity's ("Genoptræning hos fysioterapeut [Igangværende]")."""
    words = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", value).replace(",", " ").split()
    # (an acronym names a school or a scheme: "FGU Østjylland, Ryomgård" is no person)
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)


def _described_rows_follow(blocks: list[Block], index: int) -> bool:
    """Whether a line of description and then the card's rows follow ``blocks[index]``
    ("Kursus" / "Truckcertifikat B, AMU-center" / "Periode: …")."""
    return index + 2 < len(blocks) and blocks[index + 1].kind == BlockKind.PARAGRAPH \
        and ":" not in blocks[index + 1].text and _activity_row(blocks[index + 2])


#: words in a script other than the Latin ones (a translation beside the Danish: Cyrillic,
#: Arabic, Ethiopic …), with the separators between them
_OTHER_SCRIPT = re.compile(r"[\s/–—|-]*[^\x00-\u024f\u1e00-\u1eff\s§½–—“”„’‘«»•·…€]+(?:[\s/–—|-]+[^\x00-\u024f\u1e00-\u1eff\s§½–—“”„’‘«»•·…€]+)*")


def _titled_mentor_support(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """A line that names the mentor support as one of a plan's activities ("Mentor (LAB § 167)",
    "Mentorstøtte") over rows of its own ("Status: Aktiv", "Målsætning: …")."""
    block = blocks[index]
    if (len(block.text) > 60 or len(block.text.split()) > 5) and (" / " in block.text or _OTHER_SCRIPT.search(block.text)):
        # a bilingual title: "Mentorstøtte (LAB § 167) / Мій план — наставництво", "… /
        # Qorshahayga — taageerada lataliyaha": the Danish before the other script or the slash
        block = replace(block, text=_OTHER_SCRIPT.sub("", block.text).partition(" / ")[0].strip(" /–—|-"))
    folded = fold(block.text).strip(" .:")
    # (a heading that names the support with its law may say more: "Mentoraftale (LAB § 167, stk.
    # 2) – udskrivningskoordinator")
    cited = block.kind == BlockKind.HEADING and "§" in folded and vocab.mentor_support_title_re.search(folded) is not None
    if (block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) and not _bullet_card(blocks, index)) \
            or len(block.text) > (90 if cited else 60) \
            or ":" in (block.text.rstrip().rstrip(":") if block.kind == BlockKind.HEADING else block.text):
        return False  # (a heading's colon after it is a title's: "Mentorstøtte (LAB § 167):")
    if block.text.rstrip().endswith(":") and not (vocab.mentor_support_title_re.search(folded) and "§" in folded):
        return False  # (a colon after a title only with the support and its law: "Mentorstøtte (LAB § 167):")
    if len(folded.split()) > (10 if cited else 5) or not vocab.mentor_activity_re.search(folded):
        return False
    if not (_rows_follow(blocks, index) and _activity_row(blocks[index + 1])) and not _headed_fields_follow(blocks, index, vocab):
        return False
    # (not over a line that repeats it: "Mentorstøtte" over "Mentorstøtte: ikke aktuelt. Din
    # tidligere mentor …" says the plan has none)
    # (a table's row may hold a long value: "Mål | Hovedformål: … Delmål: …")
    following = blocks[index + 1]
    # (… or a labelled line's: "Formål med mentorstøtten: At Christian fastholder …")
    return _row_label(following) != folded and (
        len(following.text) <= 150 or (following.kind == BlockKind.TABLE_ROW and len(following.cells) >= 2)
        or (block.kind == BlockKind.HEADING and _row_label(following) is not None and len(following.text) <= 300))


def _other_activity_rows(doc: ExtractedDocument, vocab: FieldVocabulary) -> tuple[set[int], dict[str, bool]]:
    """The rows of an overview table ("Indsats | Status | Start | Slutdato | Omfang", one row per
    activity) that belong to an activity other than the mentor support, when one row is the
    mentor support. A row with an empty activity cell goes on the activity above it. Also the
    activities the overview names (folded), each with whether it is the mentor support: a card
    headed with one of those names later in the print is that activity's."""
    drop: set[int] = set()
    listed: dict[str, bool] = {}
    blocks = doc.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind != BlockKind.TABLE_ROW or len(block.cells) < 3:
            continue
        names = [c for c, cell in enumerate(block.cells)
                 if vocab.activity_name_label_re.fullmatch(fold(cell).strip(" :."))]
        if not names or not is_header_row(list(block.cells), vocab):
            continue
        col = names[0]
        records: list[tuple[list[int], bool]] = []
        width = len(block.cells)
        # (a row of two cells under a header of four or more is no overview row: a card after it;
        # a PDF may run two or three of an overview row's cells together)
        # (the mentor support's row may merge its other cells into one: "Mentorstøtte (§ 31 b) |
        # Status: …, Mål: …, Mentor: …" under "Aktivitet | Beskrivelse | Periode | Omfang")
        while index < len(blocks) and ((_overview_row(blocks[index], col)
                                        and (len(blocks[index].cells) >= max(2, min(3, width - 1))
                                             or (col == 0 and len(blocks[index].cells) == 2
                                                 and vocab.mentor_activity_re.search(fold(blocks[index].cells[0]))))) or (
                records and (_wrapped_cell_end(blocks[index]) or blocks[index].kind == BlockKind.LIST_ITEM))):
            if blocks[index].kind != BlockKind.TABLE_ROW:
                # "10.07.2027" under "FGU | Godkendt 11.08.2025 -"; a list of the activity's own
                # labelled items ("Mål: …", "Mentor: …") under its row
                records[-1][0].append(index)
                index += 1
                continue
            name = blocks[index].cells[col].strip()
            # a name cell that goes on from the row above ("Mentorstøtte (LAB §" over "167)") is
            # the same activity's wrapped row
            if (name and name[:1].isupper()) or not records:
                # (the mentor support's, or one the mentor does: "Samtale om trivsel | 1 time |
                # Mentor" under "Aktivitet | Tid pr. uge | Ansvarlig")
                records.append(([index], bool(vocab.mentor_activity_re.search(fold(name))) or any(
                    len(cell.split()) <= 3 and vocab.mentor_activity_re.match(fold(cell).strip())
                    for c, cell in enumerate(blocks[index].cells) if c != col)))
            else:
                records[-1][0].append(index)
            index += 1
        rows_seen = {i for rows, _ in records for i in rows}
        if (any(mentor for _, mentor in records) and not all(mentor for _, mentor in records)) \
                or (records and not any(mentor for _, mentor in records)
                    and 2 * sum(1 for rows, _ in records
                                if vocab.plan_activity_re.search(fold(blocks[rows[0]].cells[col]))) >= len(records)
                    and _mentor_support_titled(blocks, rows_seen, vocab)):
            # (an overview of the other activities with the mentor support's card of its own
            # below or above it: "Aktivitet | … | Periode" rows, then "Mentorstøtte (§ 31 b)")
            drop.update(i for rows, mentor in records if not mentor for i in rows)
            for rows, mentor in records:
                listed[fold(blocks[rows[0]].cells[col]).strip(" .")] = mentor
    return drop, listed


def _mentor_support_titled(blocks: list[Block], rows: set[int], vocab: FieldVocabulary) -> bool:
    """Whether a line outside ``rows`` titles the mentor support as an activity of its own, over
    rows of its own ("Mentorstøtte (§ 31 b)" over "Status: Aktiv", "Målsætning: …"), or names it as
    an activity ("Aktivitet: Mentorstøtte (LAB § 167)")."""
    return any(i not in rows and (_titled_mentor_support(blocks, i, vocab)
                                  or ((name := _activity_name(blocks[i], vocab)) is not None
                                      and vocab.mentor_activity_re.search(fold(name)) is not None)
                                  or _headed_agreement(blocks, i, vocab))
               for i in range(len(blocks)))


def _headed_agreement(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """A heading over the mentor support's own agreement ("Aftale om mentorstøtte (LAB § 167)"
    over "Mål: …", "Mentor: …"), below a plan's table of the other help."""
    block = blocks[index]
    return _title_like(block) and vocab.mentor_support_title_re.search(fold(block.text)) is not None \
        and any(_field_label_line(b.text, vocab) for b in blocks[index + 1:index + 3] if b.kind != BlockKind.TABLE_ROW)


def _overview_row(block: Block, col: int) -> bool:
    """A row of an overview table: a table row that reaches the activity column (PDF text may
    merge two cells of a row, so the count of cells varies)."""
    return block.kind == BlockKind.TABLE_ROW and len(block.cells) >= max(2, col + 1)


def _wrapped_cell_end(block: Block) -> bool:
    """A cell's wrapped end that PDF text set as a line of its own: a date or a few words with
    a figure ("10.07.2027")."""
    return block.kind == BlockKind.PARAGRAPH and len(block.text.split()) <= 3 and any(ch.isdigit() for ch in block.text)


def _labelled_card_name(block: Block, following: Optional[Block], vocab: FieldVocabulary) -> Optional[str]:
    """The activity a print's card names on the line under a label of its own ("Aktivitet" over
    "Virksomhedspraktik", its labels and values on lines of their own below), or None."""
    if following is not None and block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) \
            and following.kind == BlockKind.PARAGRAPH and ":" not in following.text \
            and 0 < len(following.text.split()) <= 8 \
            and vocab.activity_name_label_re.fullmatch(fold(block.text).strip(" :.")):
        return following.text
    return None


def _activity_name(block: Block, vocab: FieldVocabulary) -> Optional[str]:
    """The activity a row names ("Aktivitet | Løntilskud", "Aktivitet: Kursus"), or None."""
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2 and ":" not in block.cells[0]:
        label, value = block.cells[0], " ".join(block.cells[1:])
    else:
        # (also a row whose first cell holds both: "Indsats 3: Forberedende Grunduddannelse (FGU) | [I GANG]")
        label, sep, value = (block.cells[0] if block.kind == BlockKind.TABLE_ROW and block.cells
                             else block.text).partition(":")
        if not sep or "\n" in label:
            return None
    if vocab.activity_name_label_re.fullmatch(fold(label).strip(" :.")) and value.strip():
        return value
    return None


def _hanging_cards(blocks: list[Block]) -> set[int]:
    """Rows that are cards of a plan print typed as text, each a title over its details indented
    below ("Kursus: Dansk C [Planlagt]" over "Sted: …", "Periode: …", "Omfang: …"), which the
    text reader reads as the title's row: two cells, the second with three labels or more, the
    two of its labels in another such row."""
    found: dict[int, frozenset[str]] = {}
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2 and len(block.cells[0].split()) <= 12:
            labels = frozenset(fold(m.group(1)) for m in _DETAIL_LABEL.finditer(block.cells[1]))
            if len(labels) >= 3:
                found[index] = labels
    return {index for index, labels in found.items()
            if sum(1 for other in found.values() if len(labels & other) >= 2) >= 2}


_DETAIL_LABEL = re.compile(r"(?:^|(?<=\s))([A-ZÆØÅ][a-zæøå]{2,20}):(?=\s)")


def _card_labels(blocks: list[Block]) -> frozenset[str]:
    """The labels that stand in more than one card ("Sted", "Start", "Kontaktperson"), folded:
    on lines of their own, before a colon, or in a row's first cell. The line after one on a line
    of its own is its value, not a card's title."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for block in blocks:
        if block.kind == BlockKind.TABLE_ROW and len(block.cells) > 2:
            continue  # an overview's row names an activity, which its card then repeats as the title
        key = _row_label(block)
        if key:
            (repeated if key in seen else seen).add(key)
    return frozenset(repeated)


def _row_label(block: Block) -> str:
    """The folded label a card's row starts with, or ""."""
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2:
        text = block.cells[0]
    elif block.kind == BlockKind.PARAGRAPH and _bare_label(block.text) and not DASHED.search(block.text) \
            and ":" not in block.text.rstrip()[:-1]:  # ("Status: Aktiv" is a row, its label "Status")
        # ("FGU – produktionsgrundforløb", repeated for two courses, titles cards; a label has no dash)
        text = block.text
    elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and _activity_row(block):
        # (also a nested list's items under a card's title: "• Sted: FysioDanmark")
        text = block.text.partition(":")[0]
    else:
        return ""
    return fold(text).strip(" :.")


def _card_title(blocks: list[Block], index: int, vocab: FieldVocabulary,
                card_labels: frozenset[str]) -> Optional[bool]:
    """Whether ``blocks[index]`` is the title of an activity card in a Min Plan print, and if so
    whether the activity is the mentor support (None: no card's title).

    A card's title is a short line that names an activity ("Mentorstøtte – tilbudsmentor",
    "Opfølgning på sygedagpenge", "Danskuddannelse (DU2, modul 3)") over the card's rows, one of
    the first of them with a label that other cards have too ("Sted", "Start", "Periode"), on a
    line of its own, before a colon or in a table row; a mentor card's may also start with a
    field's label ("Formål"). A field's own
    label ("Mentorens opgaver") is no card's title: a mentor card's names the support
    (``cues.mentor_support_title``) or is "Mentor" over a row other cards have too; another's
    names an activity (``cues.plan_activity``) or, for an activity the pack has no word for
    ("Træning hos fysioterapeut"), is a line with no figure, under no label, over such a row.
    A line under the tasks' label is a task, no title."""
    if len(card_labels) < 2:
        return None  # cards repeat their labels
    block = blocks[index]
    # (a title with its status in brackets that a scan's table reader split in two:
    # "Uddannelse: EGU | - Erhvervsgrunduddannelse [Optaget]")
    split_title = block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2 and block.text.rstrip().endswith("]") \
        and vocab.activity_status_re.search(fold(block.text).rstrip(" .)]")) is not None
    if (block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) and not split_title) or index + 1 >= len(blocks):
        return None
    text = " ".join(cell.strip() for cell in block.cells) if split_title else block.text.strip()
    if len(text.split()) > 8 or "\n" in text or "@" in text or text.endswith((".", "?", "!")) \
            or (":" in text and not vocab.activity_status_re.search(fold(text).rstrip(" .)]"))):
        # (nor a contact's line: "E-mail pia.larsen@ungeindsatsen.dk"; a title may name the
        # activity's type with a colon before its status: "Kursus: Dansk C [Planlagt]")
        return None
    if index and vocab.activity_status_re.fullmatch(fold(text).strip(" .")) and _title_over_status(blocks, index - 1, vocab):
        return None  # "Afsluttet" under "Mentorstøtte – første periode": the card's status, not a card
    if (vocab.classify_label(text) or (frozenset(), ""))[1] == "sub":
        return None  # "E-mail" over the address: a contact's sub-label, no card's title
    first = _row_label(blocks[index + 1])
    # (a status on the line under the title, "Støtte fra mentor" / "Godkendt", is its subtitle)
    status_under = bool(first) and vocab.activity_status_re.fullmatch(first) is not None
    subtitled = (not first or status_under) and index + 2 < len(blocks) and blocks[index + 1].kind == BlockKind.PARAGRAPH
    if subtitled:
        first = _row_label(blocks[index + 2])  # under a subtitle: "Aktivitet · Randers Kommune"
    if index == 0 or not first:
        return None  # the document's own title ("Afslag på mentorstøtte"), or no row below
    folded = fold(text)
    if vocab.closing_re.match(folded):
        return None  # a letter's closing over its signature
    # (a heading under a card's label left empty is the next card's title: "Timer pr. uge" over
    # "Danskuddannelse 3, modul 4")
    if folded.strip(" :.") in card_labels or (_row_label(blocks[index - 1]) in card_labels
                                              and block.kind != BlockKind.HEADING
                                              and blocks[index - 1].kind == BlockKind.PARAGRAPH
                                              and _bare_label(blocks[index - 1].text)
                                              and ":" not in blocks[index - 1].text.rstrip()[:-1]):
        return None  # a card's label, or the value under one ("Sted" over "Sprogcenter Midt")
    # the card's rows, up to the next heading: one of its first few has a label other cards have
    rows = []
    for block in blocks[index + 1:index + 9]:
        if block.kind == BlockKind.HEADING:
            break
        rows.append(_row_label(block))
    shared = any(label in card_labels for label in rows[1:5] if subtitled) or any(label in card_labels for label in rows[:4])
    badge = vocab.activity_status_re.search(folded.rstrip(" .)]"))
    if not badge and not (first in card_labels and not subtitled and blocks[index - 1].kind == BlockKind.HEADING) \
            and _under_tasks_label(blocks, index, vocab):
        # (a line right under a heading and over a row that other cards have too is a card's
        # title even when the pack reads the heading as the tasks' label: "AKTIVITETER OG TILBUD"
        # over "FGU …" over "Periode: …")
        return None  # "Øve samtaler med arbejdsgiver": a task under the tasks' heading, no activity
    above = blocks[index - 1] if index else None
    under_label = above is not None and above.kind == BlockKind.PARAGRAPH and blocks[index].kind != BlockKind.HEADING \
        and _bare_label(above.text) \
        and ":" not in above.text.rstrip()[:-1] \
        and (_field_label(above.text, vocab) or fold(above.text).strip(" :.") in card_labels)
    if under_label and not badge:
        return None  # "Mit mål" over "Fleksjob": a value under its label, no card's title
    if vocab.mentor_activity_re.search(folded):
        if vocab.mentor_support_title_re.search(folded):
            # (its first row may be one only the mentor's card has: "Leverandør" over "Periode")
            return True if first in card_labels or _field_label(first, vocab) or shared else None
        # "Mentor" (with a status badge: "Mentor Aktiv") over the rows other cards have too
        # ("Periode: …") is the mentor support's card; over its value it is a field's label
        return True if first in card_labels or (subtitled and shared) else None
    if not shared:
        return None
    if _field_label(text, vocab) and _field_label(first, vocab):
        return None  # a field's heading over a field's row ("Varighed og opfølgning" / "Periode: …")
    if vocab.plan_activity_re.search(folded):
        return False  # also "Opfølgning på sygedagpenge" over "Sted"
    # An activity the pack has no word for ("Træning hos fysioterapeut") is a card by its form:
    # a title that is no label and no value (no figure, not under a label on a line of its own)
    # over a first row that other cards have too
    # (three of its first rows have labels other cards have too: a letter's signature has a
    # role and a workplace that its letterhead repeats, no more)
    by_form = first in card_labels and len({label for label in rows if label in card_labels}) >= 3 \
        and not any(ch.isdigit() for ch in text) \
        and not _field_label(text, vocab)
    return False if by_form else None


_TRAILING_STATUS = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")


def _headed_card(blocks: list[Block], index: int, vocab: FieldVocabulary,
                 overview: Optional[dict[str, bool]] = None) -> Optional[bool]:
    """Whether a heading directly over label/value rows titles an activity of a plan print, and
    whether that activity is the mentor support: "Mentor" (or a title naming the support) over
    "Formål med mentorstøtten | …", or an activity the pack names ("Uddannelse", "Virksomhedspraktik")
    over "Forventet periode | …". Any other heading (a field's, a form's section) titles nothing."""
    block = blocks[index]
    # (a plain-text print sets the mentor support's title as a line of its own: "Mentorstøtte (§ 167)")
    titled = block.kind == BlockKind.HEADING or (
        block.kind == BlockKind.PARAGRAPH and len(block.text.split()) <= 4
        and vocab.mentor_support_title_re.search(fold(block.text)) is not None and ":" not in block.text)
    if not titled or index + 2 >= len(blocks) or not (
            _rows_follow(blocks, index) or (blocks[index + 1].kind == BlockKind.PARAGRAPH and _rows_follow(blocks, index + 1))):
        # (the rows may follow a line that describes the activity: "Virksomhedspraktik" over
        # "Praktik i Genbrugsbutikken, 15 timer om ugen" over "Periode: 01.08.2026 - 31.07.2027")
        return None
    text = block.text.strip()
    # (its status after it in brackets, "(Aktiv)", and where it takes place, "Virksomhedspraktik
    # hos Nordsjællands Blik & VVS ApS", may make a title longer)
    bare = _TRAILING_STATUS.sub("", text)
    if ":" in text or (len(bare.split()) > 6 and not (len(bare.split()) <= 10
                                                      and vocab.plan_activity_re.match(fold(bare)))):
        return None
    folded = fold(text).strip(" .")
    if overview and folded in overview:
        return overview[folded]  # "Misbrugsbehandling", named in the plan's overview above
    if vocab.mentor_activity_re.search(folded):
        return True if folded in ("mentor", "mentorstotte") or vocab.mentor_support_title_re.search(folded) else None
    if vocab.plan_activity_re.search(folded) and not _field_label(text, vocab):
        return False
    return None


def _badged_card(blocks: list[Block], index: int, vocab: FieldVocabulary) -> Optional[bool]:
    """Whether a line is an activity card's title with its status after it ("Forberedende
    Grunduddannelse (FGU), PGU Aktiv", ``cues.activity_status``) over the card's rows, and whether
    the activity is the mentor support."""
    block = blocks[index]
    if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2:
        text = " ".join(cell.strip() for cell in block.cells)  # "Mentorstøtte (LAB § 167) | Aktiv"
        if not vocab.activity_status_re.fullmatch(fold(block.cells[1]).strip(" .")):
            return None
    elif block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        text = block.text.strip()
        if _title_over_status(blocks, index, vocab):
            # … or on a line of its own under its title ("Danskuddannelse 2, modul 4" over "I gang"
            # over "Sted | Sprogcenter Roskilde")
            return bool(vocab.mentor_activity_re.search(fold(text)))
        # the status is the line's last words: most lines end otherwise, and are not folded whole
        if len(text) > 120 or "\n" in text \
                or not vocab.activity_status_re.search(fold(text[-24:]).rstrip(" .]):")):
            return None
        if vocab.activity_status_re.fullmatch(fold(text).strip(" .")):
            # an app's card: its status on a line of its own over its title ("I gang" over
            # "Løntilskud" over "STED" …); a status alone titles nothing, nor one under its title
            if index + 2 < len(blocks) and not (index and _title_over_status(blocks, index - 1, vocab)) and blocks[index + 1].kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) \
                    and len(blocks[index + 1].text.split()) <= 6 and _rows_follow(blocks, index + 1):
                return bool(vocab.mentor_activity_re.search(fold(blocks[index + 1].text)))
            return None
        if ":" in text and (found := vocab.classify_label(text.split(":", 1)[0])) is not None \
                and found[1] in ("field", "sub", "other"):
            return None  # "Status: Aktiv" is a row; "AMU-kursus: Truckcertifikat B Aktiv" a card's title
    else:
        return None
    # (the law it is given under counts as one word: "Mentorstøtte - § 167 i lov om en aktiv
    # beskæftigelsesindsats Aktiv")
    words = len(text.split("§")[0].split()) + 2 if "§" in text else len(text.split())
    if words > 10 or not _rows_follow(blocks, index):
        return None
    return bool(vocab.mentor_activity_re.search(fold(text)))


_RANGE_GLUE = re.compile(r"[\s\-–—→>]*(?:til)?[\s\-–—→>]*")


def _lone_range(block: Block) -> bool:
    """A line that is nothing but a dated range ("17.06.2026 → 16.10.2026")."""
    text = fold(block.text.strip())
    if block.kind != BlockKind.PARAGRAPH or len(text) > 40 or "\n" in text:
        return False
    dates = find_dates(text)
    return len(dates) == 2 and all(d.complete for d in dates) and not text[:dates[0].start].strip() \
        and not text[dates[1].end:].strip(" .") and _RANGE_GLUE.fullmatch(text[dates[0].end:dates[1].start]) is not None


def _title_over_status(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether ``blocks[index]`` is a card's title over its status on a line of its own, over the
    card's rows ("Ambulant rusmiddelbehandling" over "I gang" over "Sted" …)."""
    text = blocks[index].text.strip()
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return below is not None and below.kind == BlockKind.PARAGRAPH and len(below.text) <= 20 \
        and blocks[index].kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) \
        and len(text.split()) <= 6 and ":" not in text and "\n" not in text \
        and vocab.activity_status_re.fullmatch(fold(below.text).strip(" .")) is not None \
        and not vocab.activity_status_re.fullmatch(fold(text).strip(" .")) and _rows_follow(blocks, index + 1) \
        and not _names_an_activity(blocks[index + 2], vocab)


def _names_an_activity(block: Block, vocab: FieldVocabulary) -> bool:
    """A line that is nothing but an activity's name ("Mentorstøtte", "Løntilskud"): under a
    status on a line of its own, the card's title (an app puts the status first)."""
    if block.kind == BlockKind.TABLE_ROW or ":" in block.text or len(block.text) > 60:
        return False
    folded = fold(block.text).strip(" .")
    return bool(vocab.plan_activity_re.match(folded) or vocab.mentor_activity_re.search(folded))


def _headed_fields_follow(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether a title that names the support by its law ("Mentor – § 167") stands over the
    support's fields under headings of their own ("Mål for forløbet" over its value)."""
    if index + 2 >= len(blocks) or blocks[index + 1].kind != BlockKind.HEADING \
            or vocab.mentor_support_title_re.search(fold(blocks[index].text)) is None:
        return False
    found = vocab.classify_label(blocks[index + 1].text.strip().rstrip(":"), max_leftover=0)
    return found is not None and bool(found[0])


def _rows_follow(blocks: list[Block], index: int) -> bool:
    """Whether a card's rows start below ``blocks[index]``: "Periode | …", "Periode: …", or
    "Periode" on a line of its own over its value."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return _activity_row(below) or (below.kind == BlockKind.PARAGRAPH and _bare_label(below.text)) \
        or (below.kind == BlockKind.HEADING and _label_heading(blocks, index + 1))


def _under_tasks_label(blocks: list[Block], index: int, vocab: FieldVocabulary) -> bool:
    """Whether ``blocks[index]`` is one of the lines under the tasks' label ("Hvad skal mentor
    hjælpe med?" over "Ugentlig samtale om fremmøde", "Øve samtaler med arbejdsgiver"): a line,
    not a heading, with only lines between it and that label."""
    if blocks[index].kind == BlockKind.HEADING:
        return False
    j = index - 1
    while j >= max(0, index - 6) and blocks[j].kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) \
            and not _bare_label(blocks[j].text) and not _activity_row(blocks[j]):
        j -= 1
    if j < 0:
        return False
    found = vocab.classify_label(blocks[j].text.strip().rstrip(":"))
    return found is not None and found[0] == frozenset({"tasks"})


def _field_label(text: str, vocab: FieldVocabulary) -> bool:
    classified = vocab.classify_label(text)
    return classified is not None and bool(classified[0])


def _bare_label(text: str) -> bool:
    """A label on a line of its own: one to three words, capitalised, no figure, no full stop."""
    words = text.split()
    return 1 <= len(words) <= 3 and text[:1].isupper() and not text.rstrip().endswith((".", ",", "!")) \
        and not any(ch.isdigit() for ch in text)


def _bullet_card(blocks: list[Block], index: int) -> bool:
    """A list item that titles a card: "• Uddannelsesmentor" over "Mål: …", "Periode: …" lines."""
    return blocks[index].kind == BlockKind.LIST_ITEM and index + 1 < len(blocks) \
        and blocks[index + 1].kind == BlockKind.PARAGRAPH and _activity_row(blocks[index + 1])


def _activity_row(block: Block) -> bool:
    """A row of an activity: a table row or a short "Label: value" line."""
    if block.kind == BlockKind.TABLE_ROW:
        return True
    label, sep, _ = block.text.partition(":")
    return bool(sep) and len(label.split()) <= 3 and "\n" not in block.text
