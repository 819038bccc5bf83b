"""The :class:`Generator`: case + template -> bytes or files, atomically."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from jinja2 import (ChoiceLoader, StrictUndefined, TemplateError, TemplateNotFound,
                    UndefinedError)
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from mentordocs.case import Case, Outcome, check_case
from mentordocs.domain import periods
from mentordocs.domain.cpr import find_cprs
from mentordocs.generate import pdf as pdf_mod
from mentordocs.generate import selfcheck
from mentordocs.generate.context import (NO_DEFAULTS, SenderDefaults, build_context,
                                         document_title, sender_name)
from mentordocs.generate.formats import DOCUMENTS, FORMATS
from mentordocs.generate.docx import CompiledDocx, CoreProperties, DocxTemplateError
from mentordocs.generate.safety import (finalize_docx, finalize_html, finalize_markdown,
                                        finalize_text)
from mentordocs.generate.sandbox import (RENDER_MEMORY_BYTES, RENDER_SECONDS, BoundedSandbox,
                                         ContainedLoader, TemplateLimitError, inside,
                                         run_isolated)
from mentordocs.atomic import atomic_write
from mentordocs.paths import TEMPLATES_DIR

if TYPE_CHECKING:
    from mentordocs.lint.rules import RulePack
    from mentordocs.profile import Profile


#: Outcomes for which a Min Plan entry and an agreement make sense: there is support to describe.
_SUPPORT_OUTCOMES = (Outcome.GRANT, Outcome.EXTENSION)

_FILE_PREFIX = {"minplan": "minplan", "agreement": "mentoraftale"}
_OUTCOME_SLUG = {Outcome.GRANT: "bevilling", Outcome.REFUSAL: "afslag",
                 Outcome.EXTENSION: "forlaengelse", Outcome.END: "ophoer"}

_FINALIZERS: dict[str, Callable] = {"txt": finalize_text, "md": finalize_markdown,
                                    "html": finalize_html, "docx": finalize_docx}


_STOPPED = {RecursionError: "it recurses too deeply (a macro that calls itself?)",
            MemoryError: "it needed more memory than a template may use",
            OverflowError: "a number or range is too large"}


class GenerationError(Exception):
    """A document could not be generated. The message says which case/template and what to do."""


class TemplateRefused(GenerationError):
    """The rendered document fails the linter: the template lacks mandatory content."""

    def __init__(self, message: str, template: Path, findings: list):
        super().__init__(message)
        self.template = template
        self.findings = findings


def template_name(case: Case, document: str, fmt: str) -> str:
    """The file in the templates folder that renders ``document`` as ``fmt`` for this case."""
    if fmt in ("docx", "pdf"):
        if document == "decision":
            return f"decision-{case.decision.outcome.value}.docx"
        return f"{document}.docx"
    return f"{document}.{fmt}.j2"


def _slug(text: str, limit: int = 60) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:limit].strip("-")


def suggested_filename(case: Case, document: str, fmt: str) -> str:
    """A name that says what the file is, e.g. ``mentoraftale-2026-03-01-15-02-09-g01-123-26.docx``.

    Agreements and Min Plan entries carry the support's start date, decision letters the decision
    date and outcome. The case number identifies the case; without one the citizen's name does.
    A CPR number never appears, even if someone typed one as the case number.
    """
    _check_document_format(document, fmt)
    if document == "decision":
        prefix, day = f"afgoerelse-{_OUTCOME_SLUG[case.decision.outcome]}", case.decision.date
    else:
        prefix, day = _FILE_PREFIX[document], case.support.start
    number = case.decision.case_number or ""
    ident = _slug(number) if number and not find_cprs(number) else ""
    if find_cprs(ident.replace("-", " ")):  # the slug joined digits into a CPR-like number
        ident = ""
    ident = ident or _slug(_without_cprs(case.citizen.name)) or "sag"
    return f"{prefix}-{day.isoformat()}-{ident}.{fmt}"


def _without_cprs(text: str) -> str:
    """``text`` with every CPR-like number removed entirely (not even the birth date stays)."""
    for match in reversed(find_cprs(text)):
        text = text[:match.start()] + text[match.end():]
    return text


def _check_document_format(document: str, fmt: str) -> None:
    if document not in FORMATS:
        raise GenerationError(f"unknown document {document!r}; choose one of: "
                              f"{', '.join(DOCUMENTS)}")
    if fmt not in FORMATS[document]:
        raise GenerationError(f"{document} cannot be written as {fmt!r}; choose one of: "
                              f"{', '.join(FORMATS[document])}")


class Generator:
    """Renders documents from cases. Templates are loaded and compiled once, on first use.

    ``templates_dir`` is a folder of templates that replace the shipped ones file by file (a
    file missing there falls back to the shipped template). Every template, shipped or not,
    renders in Jinja's sandbox with strict undefined variables and escaping for its format.
    With a templates folder, every render runs in a child process under a time and memory
    limit, and a template file that links outside the folder is refused
    (:mod:`mentordocs.generate.sandbox`).
    """

    def __init__(self, templates_dir: Path | None = None, *,
                 policy: periods.PeriodPolicy = periods.DEFAULT_POLICY,
                 render_seconds: float = RENDER_SECONDS,
                 render_memory: int = RENDER_MEMORY_BYTES,
                 unverified_refs: bool = False,
                 lint_pack: "RulePack | str | None" = "default",
                 sender: SenderDefaults = NO_DEFAULTS) -> None:
        if templates_dir is not None:
            templates_dir = Path(templates_dir)
            if not templates_dir.is_dir():
                raise GenerationError(f"templates folder {templates_dir} does not exist")
        self.templates_dir = templates_dir
        self.policy = policy
        #: Print legal references that no source in domain.md supports (legal.yaml
        #: ``verified: false``)? Off by default; a municipality may turn it on in its profile.
        self.unverified_refs = unverified_refs
        self.sender = sender
        #: The rule pack every rendered document must pass (a name, a path or a loaded pack);
        #: ``None`` turns the check off (only for measuring the renderer itself).
        self._lint_pack_spec = lint_pack
        self._lint_pack: "RulePack | None" = None
        self.render_seconds, self.render_memory = render_seconds, render_memory
        search = [str(p) for p in (templates_dir, TEMPLATES_DIR) if p is not None]
        self._envs = {fmt: self._make_env(fmt, search) for fmt in _FINALIZERS}
        self._docx: dict[Path, CompiledDocx] = {}

    @staticmethod
    def _make_env(fmt: str, search: list[str]) -> SandboxedEnvironment:
        text = fmt != "docx"
        return BoundedSandbox(
            loader=ChoiceLoader([ContainedLoader(search)]) if text else None,
            undefined=StrictUndefined, autoescape=fmt in ("html", "docx"),
            finalize=_FINALIZERS[fmt], trim_blocks=text, lstrip_blocks=text,
            keep_trailing_newline=text, auto_reload=False)

    def _template_path(self, name: str) -> Path:
        for folder in (self.templates_dir, TEMPLATES_DIR):
            if folder is not None and (folder / name).is_file():
                if not inside(folder, folder / name):
                    raise GenerationError(f"template {name} in {folder} is a link to a file "
                                          "outside the templates folder; copy the file in instead")
                return folder / name
        raise GenerationError(f"no template {name!r} in "
                              f"{self.templates_dir or TEMPLATES_DIR}")

    def _compiled_docx(self, name: str) -> CompiledDocx:
        path = self._template_path(name)
        if path not in self._docx:
            try:
                self._docx[path] = CompiledDocx(path, self._envs["docx"])
            except DocxTemplateError as exc:
                raise GenerationError(str(exc)) from None
        return self._docx[path]

    def check(self, case: Case, document: str, fmt: str) -> None:
        """Raise :class:`GenerationError` unless ``document`` can be generated for ``case``."""
        _check_document_format(document, fmt)
        outcome = case.decision.outcome
        if document != "decision" and outcome not in _SUPPORT_OUTCOMES:
            raise GenerationError(
                f"a {'Min Plan entry' if document == 'minplan' else 'mentor agreement'} "
                f"describes granted support, but this case's decision is {outcome.value!r} "
                f"({outcome.label_da.lower()}); generate the decision letter instead")
        errors, _ = check_case(case, self.policy)
        if errors:
            raise GenerationError("the case is not valid: " + "; ".join(map(str, errors)))

    def render(self, case: Case, document: str, fmt: str) -> bytes:
        """The document as bytes (UTF-8 for text formats)."""
        if fmt == "pdf":
            docx = self.render(case, document, "docx")
            try:
                return pdf_mod.convert_bytes(docx)
            except pdf_mod.PdfConversionError as exc:
                raise GenerationError(str(exc)) from None
        self.check(case, document, fmt)
        name = template_name(case, document, fmt)
        if self.templates_dir is None:
            data = self._render_here(case, document, fmt, name)
        else:
            try:
                data = run_isolated(lambda: self._render_here(case, document, fmt, name),
                                    timeout=self.render_seconds, memory=self.render_memory)
            except TemplateLimitError as exc:
                raise GenerationError(f"template {name} was stopped: {exc}; templates may only "
                                      "print the documented variables") from None
        self._self_check(data, document, fmt, name)
        return data

    @classmethod
    def from_profile(cls, profile: "Profile | None", **overrides: Any) -> "Generator":
        """A generator with a municipality profile's templates, rule pack, period policy,
        letterhead and legal-reference choice; ``overrides`` (e.g. ``templates_dir`` from
        ``--templates``) win. ``None``: the shipped defaults."""
        options = profile.generator_options() if profile is not None else {}
        options.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**options)

    def pack(self) -> "RulePack | None":
        """The rule pack rendered documents must pass, loaded once."""
        if self._lint_pack is None and self._lint_pack_spec is not None:
            from mentordocs.lint.rules import PackError, RulePack, load_pack

            spec = self._lint_pack_spec
            try:
                self._lint_pack = spec if isinstance(spec, RulePack) else load_pack(str(spec))
            except PackError as exc:
                raise GenerationError(str(exc)) from None
        return self._lint_pack

    def _self_check(self, data: bytes, document: str, fmt: str, name: str) -> None:
        """Refuse a document that fails the linter (:mod:`mentordocs.generate.selfcheck`)."""
        pack = self.pack()
        if pack is None:
            return
        findings = selfcheck.error_findings(data, fmt, pack)
        if findings:
            template = self._template_path(name)
            shipped = template.parent.resolve() == TEMPLATES_DIR.resolve()
            raise TemplateRefused(selfcheck.refusal_message(template, document, findings,
                                                            shipped=shipped),
                                  template, findings)

    def _render_here(self, case: Case, document: str, fmt: str, name: str) -> bytes:
        context = build_context(case, document, self.policy,
                                unverified_refs=self.unverified_refs, defaults=self.sender)
        try:
            if fmt == "docx":
                props = CoreProperties(title=f"{document_title(case, document)} – "
                                             f"{case.citizen.name}",
                                       author=sender_name(case, self.sender),
                                       date=case.decision.date,
                                       subject=case.support.mentor_type.label_da)
                return self._compiled_docx(name).render(context, props)
            try:
                template = self._envs[fmt].get_template(name)
            except TemplateNotFound:
                raise GenerationError(f"no template {name!r} in "
                                      f"{self.templates_dir or TEMPLATES_DIR}") from None
            return template.render(context).encode("utf-8")
        except SecurityError as exc:
            raise GenerationError(f"template {name} tried something the sandbox forbids "
                                  f"({exc}); templates may only print the documented "
                                  "variables") from None
        except UndefinedError as exc:
            raise GenerationError(f"template {name} uses an unknown variable: {exc}; see "
                                  "docs/generate.md for the variables templates can use") from None
        except DocxTemplateError as exc:
            raise GenerationError(str(exc)) from None
        except TemplateError as exc:
            raise GenerationError(f"template {name}: {exc.__class__.__name__}: {exc}") from None
        except (OverflowError, RecursionError, MemoryError) as exc:
            # range(10**8) in the sandbox, a macro calling itself, a huge value
            why = _STOPPED.get(type(exc), type(exc).__name__)
            raise GenerationError(f"template {name} was stopped: {why} ({type(exc).__name__}); "
                                  "templates may only print the documented variables") from None

    def write(self, case: Case, document: str, fmt: str, out: Path) -> Path:
        """Render and write to ``out`` atomically: either the whole file appears or nothing."""
        data = self.render(case, document, fmt)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, data)
        return out

    def write_many(self, cases: Sequence[Case], document: str, fmt: str,
                   out_dir: Path) -> list[Path]:
        """Write one document per case into ``out_dir`` under :func:`suggested_filename` names.

        Everything is rendered before anything is written, so a bad case leaves no files; PDFs
        are converted in one LibreOffice call. Returns the paths in the order of ``cases``.
        """
        out_dir = Path(out_dir)
        names = _unique_names([suggested_filename(c, document, fmt) for c in cases])
        render_fmt = "docx" if fmt == "pdf" else fmt
        blobs = [self.render(case, document, render_fmt) for case in cases]
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".mentordocs-", dir=out_dir))
        written: list[Path] = []
        try:
            staged = []
            for name, blob in zip(names, blobs):
                path = staging / (Path(name).stem + f".{render_fmt}")
                path.write_bytes(blob)
                staged.append(path)
            if fmt == "pdf":
                try:
                    staged = pdf_mod.convert_many(staged, staging / "pdf")
                except pdf_mod.PdfConversionError as exc:
                    raise GenerationError(str(exc)) from None
            for source, name in zip(staged, names):
                target = out_dir / name
                os.replace(source, target)
                written.append(target)
        except BaseException:
            for path in written:  # all or nothing
                path.unlink(missing_ok=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return written


def _unique_names(names: list[str]) -> list[str]:
    """Add -2, -3 ... to repeated names (two decisions for one case on the same day)."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        if count > 1:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}-{count}{dot}{ext}"
        unique.append(name)
    return unique


