"""The committed Word templates are exactly what scripts/build_templates.py produces."""

from __future__ import annotations

import importlib.util

from mentordocs.paths import TEMPLATES_DIR

from .conftest import ROOT


def _build_all() -> dict[str, bytes]:
    spec = importlib.util.spec_from_file_location("build_templates",
                                                  ROOT / "scripts" / "build_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_all()


def test_committed_docx_templates_match_the_build_script():
    stale = [name for name, data in _build_all().items()
             if (TEMPLATES_DIR / name).read_bytes() != data]
    assert stale == [], f"run: python scripts/build_templates.py (stale: {', '.join(stale)})"
