"""The house numbers of issue 14, computed from the source with ``ast``.

    python scripts/check_house.py

Prints the modules with an import against the layer direction (the same table as
tests/test_architecture.py), the worker implementations (modules that start a
``multiprocessing`` process and kill it at a deadline) and the ten longest functions.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mentordocs"
sys.path.insert(0, str(ROOT / "tests"))

from test_architecture import ALLOWED, _imports  # noqa: E402


def back_pointing() -> list[str]:
    found = []
    for layer, allowed in ALLOWED.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            wrong = _imports(path) - allowed
            if wrong:
                found.append(f"{path.relative_to(ROOT)} -> {', '.join(sorted(wrong))}")
    return found


def workers() -> list[str]:
    """Modules that start a process and terminate or kill it."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        starts = ("Process(" in text or "get_context(" in text or "ProcessPoolExecutor" in text
                  or "os.fork()" in text)
        if starts and (".kill()" in text or ".terminate()" in text or "os.kill(" in text):
            found.append(str(path.relative_to(ROOT)))
    return found


def longest_functions(n: int = 10) -> list[tuple[int, str]]:
    sizes = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                sizes.append((node.end_lineno - node.lineno + 1,
                              f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"))
    return sorted(sizes, reverse=True)[:n]


def main() -> None:
    wrong = back_pointing()
    print(f"modules with a back-pointing import: {len(wrong)}")
    for line in wrong:
        print(f"  {line}")
    found = workers()
    print(f"worker implementations (start a process, kill it): {len(found)}")
    for line in found:
        print(f"  {line}")
    print("longest functions (lines):")
    for size, where in longest_functions():
        print(f"  {size:4d}  {where}")


if __name__ == "__main__":
    main()
