"""Plain-text and Markdown reader.

Old archives hold .txt files in every encoding Windows has used; UTF-8 (with or without BOM)
and UTF-16 with BOM are recognised, anything else is read as cp1252, the Danish Windows default.
"""

from __future__ import annotations

import codecs
import html
import quopri
import csv
import io
import re
from typing import Optional

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import ExtractedDocument
from mentordocs.lint.readers._lines import Line, blocks_from_lines, drop_repeated_margins, split_tab_row


def decode_text(data: bytes) -> str:
    """Decode a text file: BOM first, then strict UTF-8, then each line by itself as UTF-8 or
    else cp1252 (a file pieced together from exports in both: a journal's cp1252 lines around an
    entry pasted as UTF-8)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; replacing them keeps the rest readable.
        return line.decode("cp1252", errors="replace")


#: What an old export tool or a mail client left undone: HTML entities ("M&oslash;lgaard",
#: "&amp;oslash;"), quoted-printable ("M=C3=A5let", "tlf. 36 60 =" over its soft break) and
#: UTF-8 read as cp1252 ("FORLÃ†NGELSE"). Each is undone where a text shows it at least this often.
_ENCODING_SIGNS = 2
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
_QP_BYTE = re.compile(r"=[C-E][0-9A-F]=[89AB][0-9A-F]")
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


def undo_transfer_encoding(text: str) -> str:
    """``text`` with the entities, quoted-printable or mojibake an export left in it undone
    (:data:`_ENCODING_SIGNS`)."""
    # (a character test first: most texts hold none of the signs, and this runs on every text file)
    for _ in range(2):  # (twice escaped: "&amp;oslash;")
        if "&" not in text or len(_ENTITY.findall(text)) < _ENCODING_SIGNS:
            break
        text = html.unescape(text)
    if "=" in text and len(_QP_BYTE.findall(text)) >= _ENCODING_SIGNS:
        text = quopri.decodestring(text.encode("utf-8")).decode("utf-8", errors="replace")
    if "Ã" in text and len(_MOJIBAKE.findall(text)) >= _ENCODING_SIGNS:
        try:
            text = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            pass  # (not all of it: leave it as it is)
    return text


_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
#: "Label" + three or more spaces + value (or nothing): a label of one to five words, not a
#: dash ("Status      : Bevilget"; "-  Hjælpe …" is a list item typed with two spaces)
_ALIGNED = re.compile(r"^(?![-–—]\s)(\S+(?: \S+){0,4}?) {3,}(?:[:.]\s*)?(\S.*)?$")
#: … or two spaces after a label of words that ends no sentence ("Periode  1. maj 2026"; not
#: "Start: 01.11.2026  Slut: løbende", a label and its value already)
_ALIGNED_TWO = re.compile(r"^(?![-–—]\s)([^\s:\d]+(?: [^\s:\d]+){0,4}?)(?<![.!?,;])  (\S.*)$")


#: "Label .......... value": a label of one to six words, dot leaders, the value
_LEADER = re.compile(r"^(\S+(?: \S+){0,5}?)\s*(?:\.\s?){3,}\s*(?::\s*)?(\S.*)?$")
_SNAKE = re.compile(r"\b[A-ZÆØÅ][A-ZÆØÅ0-9]*(?:_[A-ZÆØÅ0-9]+)+\b")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")
#: A key of a case system's export at the start of a line: an identifier in lower case with "_"
#: ("maal_tekst", "mentor_navn_kontakt") or in capitals ("MAALSAETNING", "KLAGEVEJL TEKST").
_KEY_LINE = re.compile(r"^([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]{2,}(?: [A-Z0-9]+)*):(?=\s)", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([^:\n]{1,50}):\s*(.*)$")
_ASCII_LETTERS = {"aa": "å", "oe": "ø", "ae": "æ", "AA": "Å", "OE": "Ø", "AE": "Æ"}
_ASCII_PAIR = re.compile("|".join(_ASCII_LETTERS))


#: A line of an INI-like export: an identifier (letters, digits, "_" and "."), "=", the value.
_INI_LINE = re.compile(r"^([A-Za-zÆØÅæøå][\wæøåÆØÅ. ]{1,40})=(.*)$")  # ("Timer pr. uge=2 t/uge")
_INI_SECTION = re.compile(r"^\[([^\]\n]{1,40})\]\s*$")
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])|[._]+")


def _ini_line(line: str) -> str:
    """One line of an INI-like export as text: "Mentor.NavnKontakt=Oliver …" -> "Mentor Navn
    Kontakt: Oliver …" (items it joins with " | " as "; "), a "[SECTION]" as its name on a line of
    its own, a ";" comment as nothing (but the first line's, which names the export)."""
    m = _INI_LINE.match(line)
    if m is not None:
        words = _key_words(" ".join(part for part in _CAMEL.split(m.group(1)) if part))
        return f"{words}: {m.group(2).replace(' | ', '; ')}"
    section = _INI_SECTION.match(line)
    if section is not None:
        return ""
    return "" if line.lstrip().startswith(";") else line


def _key_words(key: str) -> str:
    """An export's key as words: "maal_tekst" -> "mål tekst", "OPFOELGNINGSPLAN" -> "OPFØLGNINGSPLAN"."""
    return _ASCII_PAIR.sub(lambda m: _ASCII_LETTERS[m.group(0)], key.replace("_", " "))
_DETAIL = re.compile(r"^[A-ZÆØÅ][\wæøå .-]{1,30}:\s+\S")
_LIST_LINE = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.)])\s")


def _hanging_values(raw: list[str]) -> dict[int, tuple[int, str, str]]:
    """Label lines with their value indented on the lines below (a case system's print):
    line index -> (index after the value, label, value). Only where a document does this at least
    three times; an indented list under a label stays a list."""
    found: dict[int, tuple[int, str, str]] = {}
    index = 0
    while index < len(raw) - 1:
        line = raw[index]
        if (line.strip() and not line[0].isspace() and len(line.split()) <= 6
                and not line.rstrip().endswith((".", ",", ";")) and _INDENTED.match(raw[index + 1])):
            end = index + 1
            while end < len(raw) and _INDENTED.match(raw[end]):
                end += 1
            values = [v.strip() for v in raw[index + 1:end]]
            # (a card's details, "Sted: …" and "Periode: …" indented under its title, stay lines
            # of their own: each is a label with its value)
            if not any(_LIST_LINE.match(v) for v in values) and sum(1 for v in values if _DETAIL.match(v)) < 2:
                found[index] = (end, line.strip(), " ".join(values))
                index = end
                continue
        index += 1
    return found if len(found) >= 3 else {}


_BOX_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_BOX_LINE = re.compile(r"^\s*\|.*\|\s*$")


def _box_rows(raw: list[str]) -> dict[int, tuple[int, Optional[tuple[str, ...]]]]:
    """The rows of tables drawn in text with borders ("+------+------+") and bars ("| Mål |
    … |"): line index -> (index after the row, its cells, or None for a border line). A cell's
    text on several lines is one value, as in a word processor's table."""
    found: dict[int, tuple[int, Optional[tuple[str, ...]]]] = {}
    index = 0
    while index < len(raw):
        if not _BOX_BORDER.match(raw[index]):
            index += 1
            continue
        found[index] = (index + 1, None)
        index += 1
        start = index
        while index < len(raw) and _BOX_LINE.match(raw[index]):
            index += 1
        if index > start:
            parts = [line.strip()[1:-1].split("|") for line in raw[start:index]]
            width = max(len(p) for p in parts)
            cells = tuple(" ".join(" ".join(p[col].split()) for p in parts if col < len(p) and p[col].strip())
                          for col in range(width))
            found[start] = (index, cells)
    return found


_LABEL_SHAPE = re.compile(r"[A-ZÆØÅ][\wæøå.]*(?: [\wæøå.]+){0,3}")


def _tab_pair(line: str) -> Optional[tuple[str, ...]]:
    """A label and its value set apart by a tab, or a label with nothing after its tab."""
    if line.strip().count("\t") == 0 and not line.rstrip(" ").endswith("\t"):
        return None
    row = split_tab_row(line)
    if row is not None:
        return tuple(row)
    label = line.strip()
    if line.rstrip(" ").endswith("\t") and "\t" not in label and split_tab_row(label + "\tx") is not None:
        return (label, "")
    return None


def _tab_grid(raw: list[str]) -> dict[int, tuple[str, ...]]:
    """The rows of a table typed with tabs (a plan's overview pasted from a case system):
    at least two lines in a row with the same number of tab-separated cells, three or more. A
    cell may be empty, first or last ("⇥Kontakt⇥ida@…⇥" under "Mentor⇥Navn⇥Ida Yilmaz⇥": a
    merged cell of a Word table saved as text), if most rows have two cells with text (lines
    indented with tabs are no table)."""
    found: dict[int, tuple[str, ...]] = {}
    index = 0
    while index < len(raw):
        count = raw[index].strip(" \r").count("\t")
        end = index + 1
        while count >= 2 and end < len(raw) and raw[end].strip(" \r").count("\t") == count:
            end += 1
        rows = {row: tuple(" ".join(cell.split()) for cell in raw[row].strip(" \r").split("\t"))
                for row in range(index, end)} if count >= 2 and end - index >= 2 else {}
        if rows and 2 * sum(1 for cells in rows.values() if sum(1 for c in cells if c) >= 2) > len(rows):
            found.update(rows)
        index = end
    return found


_COLUMN_GAP = re.compile(r" {2,}(?=\S)")


def _space_grid(raw: list[str]) -> dict[int, tuple[str, ...]]:
    """The rows of a table lined up with spaces ("Aktivitet    Tid pr. uge  Ansvarlig" over
    "Hjælp med breve …   ½ time       Mentor"): two lines or more in a row, not indented, whose
    cells (text set apart by two spaces or more) start at the first line's column starts, three
    columns or more. A row may leave a column empty; its cells keep their columns."""
    found: dict[int, tuple[str, ...]] = {}
    index = 0
    while index < len(raw):
        line = raw[index].rstrip()
        # (a line whose cells a bar parts, padded with spaces, "Fra      | Til", is a piped row)
        starts = [0] + [m.end() for m in _COLUMN_GAP.finditer(line)] if line[:1].strip() and " | " not in line else []
        end = index + 1
        rows: dict[int, tuple[str, ...]] = {}
        if len(starts) >= 3:
            rows[index] = tuple(" ".join(c.split()) for c in _COLUMN_GAP.split(line))
            while end < len(raw) and (row := _grid_row(raw[end].rstrip(), starts)) is not None:
                rows[end] = row
                end += 1
        if len(rows) >= 2:
            found.update(rows)
        index = end
    return found


def _grid_row(line: str, starts: list[int]) -> Optional[tuple[str, ...]]:
    """A line's cells by the columns that start at ``starts``, or None where a cell starts in
    none of them (or the line is blank or indented)."""
    if not line[:1].strip() or " | " in line:
        return None
    cells = [""] * len(starts)
    bounds = [0] + [m.end() for m in _COLUMN_GAP.finditer(line)]
    if len(bounds) < 2:
        return None
    for n, start in enumerate(bounds):
        column = next((c for c, s in enumerate(starts) if abs(s - start) <= 1), None)
        if column is None:
            return None
        stop = bounds[n + 1] if n + 1 < len(bounds) else len(line)
        cells[column] = " ".join(line[start:stop].split())
    return tuple(cells)


def _csv_lines(text: str) -> Optional[list[Line]]:
    """A case system's CSV export ("Dokumenttype";"Borger";…;"Målet med mentorstøtten";… over
    one row of values per document) as table rows: one record as label/value rows, several as
    the header row over the records. None for a text that is no such export: a first line of
    three or more short column names split by ";", "," or a tab, and every row as wide."""
    first = text.lstrip("\n").split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    # (two columns, "Felt";"Indhold" over "Hovedformål";"At Cecilie …", only quoted: a line of
    # prose has a comma too)
    quoted = first.startswith('"') and first.rstrip().endswith('"')
    if not quoted and delimiter == ";" and first.count(";") == 1:
        return _key_value_export(text)
    if first.count(delimiter) < (1 if quoted else 2):
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(text.strip("\n")), delimiter=delimiter) if any(row)]
    except csv.Error:
        return None  # (a field over the module's size limit, a NUL: no export)
    header = [" ".join(cell.split()) for cell in rows[0]] if rows else []
    # (a row of another width among many: a table of its own in the export, "Aktivitet";"Periode";"Sted")
    if len(rows) < (2 if len(header) > 2 else 3) or 5 * sum(1 for row in rows if len(row) != len(header)) > len(rows) \
            or not all(0 < len(cell) <= _CSV_NAME_CHARS and not any(ch.isdigit() for ch in cell) for cell in header):
        return None
    records = [[cell.strip() for cell in row] for row in rows[1:]]
    if len(records) == 1:
        return [Line(f"{name} {value}", cells=(name, value)) for name, value in zip(header, records[0])]
    return [Line(" | ".join(row), cells=tuple(row)) for row in [header, *records]]


def _key_value_export(text: str) -> Optional[list[Line]]:
    """A two-column export written without quotes ("Felt;Værdi" over "Formål;Yusuf er i
    virksomhedspraktik …", "Mentorens opgaver;Tage med …; Sparre om …"): each line a label, the
    first ";", and its value (which may hold ";" of its own). Every line must be so, four or
    more, each label short and the header's without figures; else None (prose with a ";")."""
    rows = [line.partition(";") for line in text.strip("\n").split("\n") if line.strip()]
    if len(rows) < 4 or any(not sep or not 0 < len(label.strip()) <= _CSV_NAME_CHARS or label.strip().endswith(".")
                            for label, sep, _ in rows) or any(ch.isdigit() for ch in rows[0][0] + rows[0][2]):
        return None
    return [Line(f"{label.strip()} {value.strip()}", cells=(label.strip(), value.strip())) for label, _, value in rows]


#: A column name of a CSV export is short (a longer first cell is a sentence with commas).
_CSV_NAME_CHARS = 60


def _join_pages(pages: list[list[str]]) -> str:
    """The pages' lines as one text, a blank line between pages unless a sentence runs on from
    one page to the next ("… hvis formålet ikke" / "længere kan opfyldes.")."""
    out: list[str] = []
    for page in pages:
        lines = [ln for ln in page]
        while lines and not lines[0].strip():
            lines.pop(0)
        while out and not out[-1].strip():
            out.pop()
        if out and lines:
            last, first = out[-1].rstrip(), lines[0].strip()
            if not (first[:1].islower() and not last.endswith((".", "!", "?", ":"))):
                out.append("")
        out.extend(lines)
    return "\n".join(out)


_QUOTE = re.compile(r"^>[ ]?")
_PIPED_ROW = re.compile(r"^[^|\s][^|]{0,39}\s\|\s\S")
_PIPED_WIDE_ROW = re.compile(r"^[^|\s][^|]{0,119}\s\|\s[^|]{1,80}\s\|\s\S")


#: "**bold**" or "__bold__" (not a line of underscores to sign on)
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|__(?=[^_\s])([^_\n]+?)(?<=[^_\s])__")


#: A Markdown file's front matter: YAML between "---" lines at its very start.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.{0,4000}?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.MULTILINE)


def _without_front_matter(text: str) -> str:
    """``text`` without a Markdown front matter (a wiki's or a static site's metadata: "tags:
    [mentor, aftale]", "updated: …" are no document text); its ``title:`` stays, as the first line."""
    m = _FRONT_MATTER.match(text)
    if m is None or not all(not line.strip() or ":" in line or line.lstrip().startswith("-")
                            for line in m.group(1).split("\n")):
        return text
    title = _FRONT_TITLE.search(m.group(1))
    return (f"{title.group(1)}\n\n" if title and title.group(1).strip() else "") + text[m.end():]


def read_text(data: bytes, path: str, limits: Limits, *, markdown: bool = False) -> ExtractedDocument:
    """Read a .txt or .md file into blocks (blank lines, headings, lists, pipe tables)."""
    text = undo_transfer_encoding(decode_text(data).replace("\r\n", "\n").replace("\r", "\n"))
    pages = text.split("\x0c")
    if sum(1 for page in pages if page.strip()) >= 2:
        # OCR output with a form feed between pages: each page's header and footer (a fax
        # header, "Side 1 af 2", a running title) is read once, as in a PDF
        text = _join_pages(drop_repeated_margins([page.split("\n") for page in pages]))
    text = text.replace("\x0c", "\n\n")
    text = _without_front_matter(text)
    record = _csv_lines(text)
    if record is not None:
        return ExtractedDocument(path=path, format="txt", blocks=blocks_from_lines(record, min_width=60))
    # An INI-like "Key=value" export ("Formaal=…", "Mentor.NavnKontakt=…", "[STAMDATA]",
    # "; Eksport …"): each key is read as the words it spells, before its value as a label's
    if sum(1 for line in text.split("\n") if _INI_LINE.match(line)) >= 4:
        raw = text.split("\n")
        first = next((n for n, line in enumerate(raw) if line.strip()), 0)
        # (the export's first comment names it: "; Min Plan eksport 2026-08-10" is its title)
        head = raw[first].lstrip().lstrip(";").strip() if raw and raw[first].lstrip().startswith(";") else None
        text = "\n".join(head if n == first and head else _ini_line(line) for n, line in enumerate(raw))
    # A case system's export names its fields as identifiers ("MENTOR_NAVN: …", "DOKTYPE:
    # MINPLAN_AKTIVITET"): read them as the words they are made of.
    text = _SNAKE.sub(lambda m: m.group(0).replace("_", " "), text)
    # … or as keys written in ASCII, lower case or capitals ("maal_tekst:", "MAALSAETNING:",
    # "OPFOELGNINGSPLAN:"): the words they spell, with æ, ø and å for ae, oe and aa
    keyed = _KEY_LINE.findall(text)
    if len(keyed) >= 4:
        text = _KEY_LINE.sub(lambda m: _key_words(m.group(1)) + ":", text)
    # Markdown's emphasis ("**Mål (skriv hvilket job …):** Omar …") marks no structure of its own
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    raw = text.split("\n")
    if sum(1 for line in raw if line.startswith(">")) >= 3:
        # a mail saved as text that quotes a document ("> Status: Aktiv", "> Mål: …"): each
        # quoted line is the line it quotes, so a line is not run into the next by its marker
        raw = [_QUOTE.sub("", line) for line in raw]
    # A case system's print lines up labels and values in columns ("Mål        At du …", or
    # "Navn .......... Fatima Larsen"): where several lines do so, each is a label/value row, as
    # a PDF's layout text is read.
    spaced = _space_grid(raw)
    # (a row between bars, "| Periode    |     | Timer |", is a table's, whatever its spaces)
    aligned = [None if i in spaced or line.lstrip().startswith("|") else _ALIGNED.match(line) or _LEADER.match(line)
               for i, line in enumerate(raw)]
    columns = sum(1 for m in aligned if m) >= 3
    two = [None if i in spaced or aligned[i] else _ALIGNED_TWO.match(line) for i, line in enumerate(raw)]
    if any(two) and sum(1 for m in two if m) + sum(1 for m in aligned if m and ":" not in m.group(1)) >= 3:
        aligned = [m or m2 for m, m2 in zip(aligned, two)]
        columns = True
    if len(keyed) >= 4 and not columns:
        # every "key: value" line of an export is a label/value row
        aligned = [_KEY_VALUE.match(line) for line in raw]
        columns = True
    hanging = _hanging_values(raw)
    grid = _tab_grid(raw) | spaced
    # a form laid out with one tab between label and value ("Timer pr. uge⇥to timer ugentligt"),
    # where at least three lines are
    pairs = {i: row for i, line in enumerate(raw) if i not in grid and (row := _tab_pair(line)) is not None}
    if len(pairs) >= 3:
        grid.update(pairs)
    else:
        # (fewer such lines, where each opens with a label's shape, a capitalised word or two:
        # "Mentorens opgaver⇥hjælpe med …" and "Timer pr. uge⇥2" copied from a case system's page)
        grid.update({i: row for i, row in pairs.items() if len(row) == 2 and _LABEL_SHAPE.fullmatch(row[0])})
    # rows typed with a bar between label and value ("Periode | 15.10.2025 - 15.08.2026"), where
    # at least three lines are: each a row of cells, as a table's
    # (a row of three cells or more may open with a long cell: "Følge Sara til praktikstedet de
    # første to uger | Mentor (Birgitte) | Løbende" under "Opgave | Ansvarlig | Hvornår")
    piped = {i: tuple(cell.strip() for cell in line.split(" | ")) for i, line in enumerate(raw)
             if i not in grid and (_PIPED_ROW.match(line) or _PIPED_WIDE_ROW.match(line))}
    if len(piped) >= 3:
        grid.update(piped)
    else:
        # … or two lines of three cells or more, one under the other: a header over its row
        # ("Borger | Mentor | Sagsbehandler" over the three names that sign)
        grid.update({i: cells for i, cells in piped.items() if len(cells) >= 3 and (
            len(piped.get(i - 1, ())) == len(cells) or len(piped.get(i + 1, ())) == len(cells))})
    boxed = _box_rows(raw)
    lines: list[Line] = []
    index = 0
    while index < len(raw):
        if index in boxed:  # a row of a table drawn with "+---+" and "|": its cells over all its lines
            end, cells = boxed[index]
            if cells is not None:
                lines.append(Line(" | ".join(cells), cells=cells))
            index = end
            continue
        if index in hanging:  # "Timeantal" over an indented "    op til 4 timer pr. uge"
            end, label, value = hanging[index]
            lines.append(Line(f"{label} {value}", cells=(label, value)))
            index = end
            continue
        line, m = raw[index], aligned[index]
        if index in grid:  # "Løntilskud⇥Planlagt⇥01.04.2026⇥30.09.2026⇥25 timer pr. uge"
            lines.append(Line(line, cells=grid[index]))
            index += 1
            continue
        lines.append(Line(line, cells=(m.group(1).strip(), (m.group(2) or "").strip())) if columns and m
                     else Line(line))
        index += 1
    # Plain-text files are often written in Markdown ("## Mål"): read their headings as such.
    markdown = markdown or len(_MD_HEADING.findall(text)) >= 2
    return ExtractedDocument(path=path, format="md" if markdown else "txt",
                             blocks=blocks_from_lines(lines, markdown=markdown, min_width=60))
