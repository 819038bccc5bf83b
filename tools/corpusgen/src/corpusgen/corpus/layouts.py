"""How a document is laid out: the same :class:`~corpus.content.DocSpec` as headings, a two-column
table, numbered items, letter prose, bullets, a question-and-answer form, or a mix.

The result is a small format-neutral list of :class:`Block` values that the writers turn into
DOCX, ODT, HTML or text. The layout never changes what a document says, only where it says it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .content import NUMBERED_LABELS, DocSpec, Field

LAYOUTS = {
    "agreement": ["headings", "table", "numbered", "letter", "bullets", "qa", "mixed", "label_lines"],
    "minplan": ["table", "label_lines", "headings"],
    "decision": ["letter", "letter_headed", "headings"],
    "unknown": ["headings", "letter"],
}


@dataclass
class Block:
    kind: str                    # title | heading | para | bold | bullet | number | table | textbox
    text: str = ""
    level: int = 1
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Rendered:
    header: list[str]            # page header (letterhead), may be empty
    body: list[Block]
    footer: list[str]
    layout: str
    #: per-document presentation choices the writers honour (heading style, where the letterhead goes)
    options: dict[str, str] = field(default_factory=dict)


def _merge_duration_follow_up(rng: random.Random, fields: list[Field], merge: bool) -> list[Field]:
    dur = next((f for f in fields if f.key == "duration"), None)
    fol = next((f for f in fields if f.key == "follow_up"), None)
    if not (merge and dur and fol):
        return fields
    label = rng.choice(["Varighed og opfølgning", "Periode og opfølgning",
                        "Varighed af aftalen og opfølgning – inklusiv mål for progression"])
    merged = Field("duration+follow_up", label, dur.lines + fol.lines, dur.prose + " " + fol.prose,
                   dur.question)
    out = []
    for f in fields:
        if f is dur:
            out.append(merged)
        elif f is not fol:
            out.append(f)
    return out


def render(spec: DocSpec, rng: random.Random, layout: str | None = None) -> Rendered:
    """Lay ``spec`` out; ``layout`` is drawn from the kind's layouts when None."""
    layout = layout or rng.choice(LAYOUTS[spec.kind])
    options = {
        "heading_mode": rng.choice(["style", "style", "bold", "caps"]),
        "letterhead": rng.choice(["header", "body", "body", "textbox"]),
        "footer": rng.choice(["footer", "footer", "body"]),
    }
    fields = _merge_duration_follow_up(rng, spec.fields, spec.merge_duration_followup)
    body: list[Block] = []
    header: list[str] = []
    if spec.kind in ("agreement", "decision", "unknown") and (
            layout.startswith("letter") or rng.random() < 0.5):
        if options["letterhead"] == "header":
            header = list(spec.letterhead)
        elif options["letterhead"] == "textbox":
            body.append(Block("textbox", "\n".join(spec.letterhead)))
        else:
            body += [Block("para", line) for line in spec.letterhead] + [Block("para", "")]
        if layout.startswith("letter") or rng.random() < 0.5:
            body += [Block("para", line) for line in spec.recipient]
            body.append(Block("para", spec.place_date))
    elif spec.kind == "minplan" and any("CPR" in r for r in spec.recipient):
        body.append(Block("para", next(r for r in spec.recipient if "CPR" in r)))

    body.append(Block("title", spec.title))
    if spec.salutation and layout.startswith("letter"):
        body.append(Block("para", spec.salutation + ","))
    body += [Block("para", line) for line in spec.intro]

    if layout in ("letter", "letter_headed"):
        body += _letter(spec, fields, rng, layout == "letter_headed")
    elif layout == "headings":
        body += _headings(fields, rng, options)
    elif layout == "table":
        head_row = ([rng.choice([["Emne", "Aftale"], ["Punkt", "Indhold"]])]
                    if rng.random() < 0.25 else [])
        body.append(Block("table", rows=head_row + [[f.label, "\n".join(f.lines)] for f in fields]))
    elif layout == "numbered":
        body += _numbered(fields, rng)
    elif layout == "bullets":
        body.append(Block("heading", rng.choice(["Aftalens indhold", "Aftalen", "Indhold"])))
        body += [Block("bullet", f"{f.label}: {_join(f.lines)}") for f in fields]
    elif layout == "qa":
        for f in fields:
            body.append(Block("bold", f.question or f.label))
            body += _lines(f)
    elif layout == "mixed":
        body += _mixed(fields, rng, spec.appeal_heading)
    elif layout == "label_lines":
        for f in fields:
            body.append(Block("para", f"{f.label}: {f.lines[0]}"))
            body += [Block("bullet" if f.items else "para", line) for line in f.lines[1:]]
    else:
        raise ValueError(f"unknown layout {layout!r}")

    body += [Block("para", line) for line in spec.closing]
    if spec.signature:
        body.append(Block("para", ""))
        body += [Block("para", line) for line in spec.signature]
    footer = list(spec.footer)
    if options["footer"] == "body":
        body += [Block("para", line) for line in footer]
        footer = []
    return Rendered(header, body, footer, layout, options)


def _join(lines: list[str]) -> str:
    return " ".join(line if line.endswith((".", ":")) else line + (";" if i < len(lines) - 1 else "")
                    for i, line in enumerate(lines))


def _lines(f: Field) -> list[Block]:
    return [Block("bullet" if f.items else "para", line) for line in f.lines]


def _headings(fields: list[Field], rng: random.Random, options: dict[str, str]) -> list[Block]:
    out: list[Block] = []
    boxed = rng.random() < 0.15  # the mentor's details in a side box, as some templates do
    for f in fields:
        if boxed and f.key == "mentor":
            out.append(Block("textbox", "\n".join([f.label] + f.lines)))
            options["mentor_box"] = "yes"
            continue
        out.append(Block("heading", f.label, level=2))
        out += _lines(f)
    return out


def _numbered(fields: list[Field], rng: random.Random) -> list[Block]:
    style = rng.choice(["{n}) ", "{n}. ", "Punkt {n} – ", ""])
    official = rng.random() < 0.5
    out: list[Block] = []
    for n, f in enumerate(fields, 1):
        label = NUMBERED_LABELS.get(f.key, f.label) if official else f.label
        prefix = style.format(n=n)
        kind = "number" if not prefix else "para"
        out.append(Block(kind, f"{prefix}{label}: {f.lines[0]}"))
        out += [Block("bullet" if f.items else "para", line) for line in f.lines[1:]]
    return out


def _letter(spec: DocSpec, fields: list[Field], rng: random.Random, headed: bool) -> list[Block]:
    out: list[Block] = []
    prose_keys = {"goal", "mentor", "tasks", "duration", "follow_up", "hours", "duration+follow_up"}
    for f in fields:
        if f.key in prose_keys and not headed:
            out.append(Block("para", f.prose))
            continue
        no_heading = (spec.appeal_heading is False if spec.appeal_heading is not None
                      else rng.random() < 0.5)
        if f.key in ("appeal", "reasons") and not headed and no_heading:
            out.append(Block("para", f.prose))   # appeal guidance as prose, no heading
            continue
        out.append(Block("heading", f.label, level=2))
        out += _lines(f) if headed else [Block("para", f.prose)]
    return out


def _mixed(fields: list[Field], rng: random.Random, heading: bool | None) -> list[Block]:
    out: list[Block] = []
    table_keys = {"mentor", "duration", "hours", "duration+follow_up"}
    rows = [[f.label, "\n".join(f.lines)] for f in fields if f.key in table_keys]
    for f in fields:
        if f.key in ("goal", "tasks", "follow_up"):
            out.append(Block("heading", f.label, level=2))
            out += _lines(f)
    if rows:
        out.append(Block("table", rows=rows))
    for f in fields:
        if f.key in ("appeal", "reasons"):
            if heading if heading is not None else rng.random() < 0.5:
                out.append(Block("heading", f.label, level=2))
            out.append(Block("para", f.prose))
    return out
