"""The layers point one way: domain ← lint ← generate ← report ← web / cli (issue 14).

``generate`` uses ``lint`` (every generated document is linted before it is written, issue 10);
``lint`` never uses ``generate``, ``report``, ``web`` or ``cli``. Checked on the source with the
``ast`` module, so a lazy import inside a function counts as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mentordocs"

#: sub-package -> the sub-packages it may import
ALLOWED = {
    "domain": {"domain"},
    "lint": {"domain", "lint"},
    "generate": {"domain", "lint", "generate"},
    "report": {"domain", "lint", "report"},
    "web": {"domain", "lint", "generate", "report", "web"},
    "cli": {"domain", "lint", "generate", "report", "web", "cli"},
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mentordocs."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("mentordocs."))
    return found & set(ALLOWED)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_the_layers_below_it(layer):
    wrong = {f"{path.relative_to(PACKAGE)} -> {target}"
             for path in (PACKAGE / layer).rglob("*.py") for target in _imports(path) - ALLOWED[layer]}
    assert not wrong, sorted(wrong)


def test_ruff_finds_nothing_in_the_package_the_tests_and_the_scripts():
    import subprocess
    import sys

    root = PACKAGE.parent
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "mentordocs", "tests", "scripts"],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_vulture_finds_no_dead_code_in_the_package():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "vulture"], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_errors_in_the_package():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_rule_kind_lives_in_the_module_named_for_it_and_the_default_pack_uses_only_those():
    from mentordocs.lint.checks import KINDS
    from mentordocs.lint.rules import load_pack

    modules = {p.stem.replace("_", "-") for p in (PACKAGE / "lint" / "checks").glob("[!_]*.py")}
    assert set(KINDS) == modules
    assert {rule["kind"] for rule in load_pack("default").rules.values()} <= modules
