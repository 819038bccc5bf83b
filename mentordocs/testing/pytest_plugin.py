"""pytest plugin for a municipality's template repository (issue 10).

Active in every pytest run once mentordocs is installed (entry point ``pytest11`` in
``pyproject.toml``); without installing, load it with ``-p mentordocs.testing.pytest_plugin``.

Fixtures:

* ``render_templates`` – ``render_templates(case, document="agreement", fmt="docx") -> bytes``:
  renders a case file (path or :class:`~mentordocs.case.Case`) with the templates folder, through
  the project's :class:`~mentordocs.generate.Generator`. Every document is linted before it is
  returned, as ``mentordocs generate`` does before it writes; a template that drops a mandatory
  field fails the test with the generator's message naming the template and the field.
* ``mentordocs_templates_dir`` – the folder: the ini option ``mentordocs_templates`` (relative
  to the rootdir, default ``templates``) or ``--mentordocs-templates DIR``; override the fixture
  for anything else.
* ``docx_text_snapshot`` – syrupy's ``snapshot`` with :class:`DocxTextSnapshotExtension`
  (needs syrupy): a DOCX is stored as readable text, one ``.txt`` file per snapshot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mentordocs.case import Case, CaseInvalid, load_case

try:  # syrupy is only needed for the snapshot fixtures; the plugin loads without it
    from syrupy.assertion import SnapshotAssertion

    from mentordocs.testing.snapshot import DocxTextSnapshotExtension, RenderFailed
except ImportError:  # pragma: no cover - depends on the environment
    SnapshotAssertion = DocxTextSnapshotExtension = RenderFailed = None  # type: ignore[assignment,misc]

__all__ = ["DocxTextSnapshotExtension", "TemplateRenderer"]

INI_TEMPLATES = "mentordocs_templates"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mentordocs", "mentordocs templates")
    group.addoption("--mentordocs-templates", metavar="DIR", default=None,
                    help="templates folder for the render_templates fixture "
                         f"(default: the ini option {INI_TEMPLATES})")
    parser.addini(INI_TEMPLATES, "templates folder for render_templates, relative to the "
                  "rootdir (default: templates)", default="templates")


class TemplateRenderer:
    """Renders case files with one templates folder; one Generator, reused for the session."""

    def __init__(self, templates_dir: Path | None, *, item: pytest.Item | None = None,
                 generator: Any = None, **generator_options: Any) -> None:
        from mentordocs.generate import Generator, GenerationError

        if generator is None:
            try:
                generator = Generator(templates_dir, **generator_options)
            except GenerationError as exc:
                raise pytest.UsageError(str(exc)) from None
        self.generator = generator
        self.templates_dir = templates_dir
        self._item = item

    def for_test(self, item: pytest.Item) -> "TemplateRenderer":
        """The same renderer (and Generator) bound to one test, see :meth:`_fail`."""
        return TemplateRenderer(self.templates_dir, item=item, generator=self.generator)

    def _fail(self, message: str) -> None:
        """Fail the test, after recording its document snapshots as used: a test that fails
        before its snapshot assertion would leave the stored text "unused", and
        ``--snapshot-update`` would delete it."""
        if self._item is not None and SnapshotAssertion is not None:
            for value in getattr(self._item, "funcargs", {}).values():
                if (isinstance(value, SnapshotAssertion)
                        and isinstance(value.extension, DocxTextSnapshotExtension)):
                    value == RenderFailed(message)  # noqa: B015 - recorded, nothing written
        pytest.fail(message, pytrace=False)

    def __call__(self, case: Case | str | Path, document: str = "agreement",
                 fmt: str = "docx") -> bytes:
        from mentordocs.generate import GenerationError

        failure = None
        if not isinstance(case, Case):
            try:
                case = load_case(case)
            except CaseInvalid as exc:
                failure = f"case file {case} is not valid: {exc}"
        if failure is None:
            try:
                return self.generator.render(case, document, fmt)
            except GenerationError as exc:
                # The generator's message names the template, the missing field and the
                # variables that supply it; a traceback would only hide it.
                failure = f"{document} ({fmt}) could not be made: {exc}"
        self._fail(failure)
        raise AssertionError("unreachable")  # pytest.fail raised

    def text(self, case: Case | str | Path, document: str = "agreement",
             fmt: str = "docx") -> str:
        """The readable text of the rendered document (as the snapshot stores it)."""
        from mentordocs.generate.templatecheck import readable_text

        return readable_text(self(case, document, fmt), fmt)


@pytest.fixture(scope="session")
def mentordocs_templates_dir(pytestconfig: pytest.Config) -> Path:
    value = pytestconfig.getoption("--mentordocs-templates") or pytestconfig.getini(INI_TEMPLATES)
    path = Path(value)
    if not path.is_absolute():
        path = pytestconfig.rootpath / path
    if not path.is_dir():
        raise pytest.UsageError(f"templates folder {path} does not exist; set "
                                f"{INI_TEMPLATES} in the pytest configuration or pass "
                                "--mentordocs-templates DIR")
    return path


@pytest.fixture(scope="session")
def _mentordocs_renderer(mentordocs_templates_dir: Path) -> TemplateRenderer:
    return TemplateRenderer(mentordocs_templates_dir)


@pytest.fixture
def render_templates(_mentordocs_renderer: TemplateRenderer,
                     request: pytest.FixtureRequest) -> TemplateRenderer:
    return _mentordocs_renderer.for_test(request.node)


@pytest.fixture
def docx_text_snapshot(request: pytest.FixtureRequest) -> Any:
    if DocxTextSnapshotExtension is None:
        pytest.fail("docx_text_snapshot needs syrupy: pip install 'mentordocs[testing]'",
                    pytrace=False)
    return request.getfixturevalue("snapshot").use_extension(DocxTextSnapshotExtension)
