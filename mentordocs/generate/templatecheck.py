"""Check a template folder before it is used: ``mentordocs templates check DIR``.

For every sample case and every document the folder can produce: render it, lint the result
(the generator's self-check, :mod:`mentordocs.generate.selfcheck`), and compare its readable
text with a stored snapshot (``DIR/snapshots/<case>-<document>-<format>.txt``). Independently
of the sample cases, every variable a template names is checked against the template context,
so a misspelt variable in a branch no sample case reaches is found too.

A snapshot is the text a reviewer reads (DOCX: normalised text with [header]/[body]/[footer]),
so accepting a change (``update=True``) is a reviewable text diff.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from jinja2 import Environment, nodes
from jinja2.exceptions import TemplateSyntaxError

from mentordocs.case import Case, Outcome, load_case_result
from mentordocs.generate.context import build_context
from mentordocs.generate.docx import CompiledDocx, DocxTemplateError
from mentordocs.generate.docxtext import docx_text
from mentordocs.generate.generator import (GenerationError, Generator, TemplateRefused,
                                           template_name)

#: What a template folder is checked for: (document, format), as the snapshots are named.
RENDERINGS: tuple[tuple[str, str], ...] = (
    ("agreement", "docx"), ("agreement", "txt"), ("decision", "docx"),
    ("minplan", "txt"), ("minplan", "md"), ("minplan", "html"))

_SUPPORT_OUTCOMES = (Outcome.GRANT, Outcome.EXTENSION)
SNAPSHOT_FOLDER = "snapshots"
#: Names Jinja itself provides in every template.
_JINJA_GLOBALS = frozenset({"range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop",
                            "true", "false", "none", "True", "False", "None"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the folder. ``where`` is a template file or a snapshot name."""

    where: str
    kind: str  # "case" | "variable" | "lint" | "render" | "snapshot-missing" | "snapshot-changed"
    message: str
    diff: str = ""


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    rendered: int = 0
    updated: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def readable_text(data: bytes, fmt: str) -> str:
    """The text a reviewer reads in a snapshot."""
    return docx_text(data) if fmt == "docx" else data.decode("utf-8")


def snapshot_name(case_path: Path, document: str, fmt: str) -> str:
    return f"{case_path.stem}-{document}-{fmt}.txt"


def renderings_for(case: Case) -> Iterator[tuple[str, str]]:
    """The (document, format) pairs that exist for a case (no agreement for a refusal)."""
    for document, fmt in RENDERINGS:
        if document != "decision" and case.decision.outcome not in _SUPPORT_OUTCOMES:
            continue
        yield document, fmt


def case_files(cases_dir: Path) -> list[Path]:
    return sorted(p for p in Path(cases_dir).iterdir()
                  if p.is_file() and p.suffix.lower() in (".yaml", ".yml", ".json"))


def check_templates(templates_dir: Path, cases_dir: Path, *, update: bool = False,
                    snapshots_dir: Path | None = None) -> CheckReport:
    """Render, lint, variable-check and snapshot-compare everything ``templates_dir`` makes."""
    templates_dir = Path(templates_dir)
    snapshots_dir = Path(snapshots_dir or templates_dir / SNAPSHOT_FOLDER)
    report = CheckReport()
    cases: list[tuple[Path, Case]] = []
    for path in case_files(cases_dir):
        result = load_case_result(path)
        if result.ok and result.case is not None:
            cases.append((path, result.case))
        else:
            issues = "; ".join(str(issue) for issue in result.errors)
            report.problems.append(Problem(str(path), "case", f"the sample case is invalid: {issues}"))
    if not cases:
        report.problems.append(Problem(str(cases_dir), "case", "no valid case files to render"))
        return report
    report.problems += check_variables(templates_dir, [c for _, c in cases])
    generator = Generator(templates_dir)
    for path, case in cases:
        for document, fmt in renderings_for(case):
            name = snapshot_name(path, document, fmt)
            template = template_name(case, document, fmt)
            try:
                data = generator.render(case, document, fmt)
            except TemplateRefused as exc:
                report.problems.append(Problem(f"{template} ({path.name})", "lint", str(exc)))
                continue
            except GenerationError as exc:
                report.problems.append(Problem(f"{template} ({path.name})", "render", str(exc)))
                continue
            report.rendered += 1
            _compare(report, snapshots_dir / name, readable_text(data, fmt), template, update)
    return report


def _compare(report: CheckReport, snapshot: Path, text: str, template: str, update: bool) -> None:
    stored = snapshot.read_text(encoding="utf-8") if snapshot.is_file() else None
    if stored == text:
        return
    if update:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(text, encoding="utf-8")
        report.updated.append(snapshot)
        return
    if stored is None:
        report.problems.append(Problem(snapshot.name, "snapshot-missing",
            f"no stored text for {template} in {snapshot.parent}; review the output and run "
            "with --update to accept it"))
        return
    diff = "\n".join(difflib.unified_diff(stored.splitlines(), text.splitlines(),
                                          fromfile=f"{snapshot} (stored)",
                                          tofile=f"{template} (rendered)", lineterm=""))
    report.problems.append(Problem(snapshot.name, "snapshot-changed",
        f"the text of {template} changed; if the change is intended, run with --update", diff))


# -- template variables ----------------------------------------------------------------------

def context_shape(cases: Iterable[Case]) -> dict[str, Any]:
    """Every key the template context can have, merged over ``cases`` and all documents."""
    shape: dict[str, Any] = {}
    for case in cases:
        for document in ("agreement", "decision", "minplan"):
            _merge(shape, build_context(case, document))
    return shape


def _merge(shape: dict[str, Any], value: dict[str, Any]) -> None:
    for key, item in value.items():
        if isinstance(item, dict):
            if not isinstance(shape.get(key), dict):
                shape[key] = {}  # e.g. mentor: None for a refusal, a dict for a grant
            _merge(shape[key], item)
        elif key not in shape:
            shape[key] = None


def template_sources(path: Path) -> dict[str, str]:
    """The Jinja source of a template file: one entry for a text template, one per part of a
    Word template (after docxtpl's tag processing, exactly as the generator compiles it)."""
    if path.suffix == ".docx":
        return CompiledDocx(path, Environment(autoescape=True)).sources
    return {path.name: path.read_text(encoding="utf-8")}


def check_variables(templates_dir: Path, cases: list[Case]) -> list[Problem]:
    """Every variable each template in the folder names must exist in the context."""
    shape = context_shape(cases)
    env = Environment()
    problems = []
    for path in sorted(Path(templates_dir).iterdir()):
        if not path.is_file() or not (path.suffix == ".docx" or path.name.endswith(".j2")):
            continue
        try:
            sources = template_sources(path)
        except (DocxTemplateError, OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), "variable", f"cannot be read: {exc}"))
            continue
        for part, source in sources.items():
            try:
                tree = env.parse(source)
            except TemplateSyntaxError as exc:
                problems.append(Problem(str(path), "variable",
                                        f"template syntax error in {part}: {exc}"))
                continue
            for dotted in sorted(set(unknown_variables(tree, shape))):
                problems.append(Problem(str(path), "variable",
                    f"unknown variable {dotted!r}; see docs/generate.md for the variables "
                    "templates can use"))
    return problems


def unknown_variables(tree: nodes.Template, shape: dict[str, Any]) -> Iterator[str]:
    """Dotted names in ``tree`` that the context ``shape`` does not have."""
    local = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for node in tree.find_all((nodes.Getattr, nodes.Name)):
        path = _dotted(node)
        if path is None or path[0] in local or path[0] in _JINJA_GLOBALS:
            continue
        level: Any = shape
        for i, key in enumerate(path):
            if not isinstance(level, dict):
                break  # a string's own methods (.upper()) are Jinja's business
            if key not in level:
                yield ".".join(path[:i + 1])
                break
            level = level[key]


def _dotted(node: nodes.Node) -> list[str] | None:
    """``support.goal`` as ['support', 'goal'] for the outermost Getattr of a Name chain."""
    parts = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if isinstance(node, nodes.Name) and node.ctx == "load":
        return [node.name, *reversed(parts)]
    return None
