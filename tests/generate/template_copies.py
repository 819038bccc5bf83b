"""Copies of the shipped templates with one thing broken, as a municipality might break them."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx

from mentordocs.paths import TEMPLATES_DIR


def without_appeal_guidance(folder: Path) -> Path:
    """``folder/agreement.docx``: the shipped agreement with section 7 (klagevejledning) cut."""
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document(TEMPLATES_DIR / "agreement.docx")
    paragraphs = list(document.paragraphs)
    start = next(i for i, p in enumerate(paragraphs) if "labels.appeal_guidance" in p.text)
    end = next(i for i, p in enumerate(paragraphs) if p.text.strip() == "Kontakt")
    for paragraph in paragraphs[start:end]:
        paragraph._p.getparent().remove(paragraph._p)
    document.save(folder / "agreement.docx")
    return folder / "agreement.docx"


def with_text_change(folder: Path, name: str, old: str, new: str) -> Path:
    """``folder/name``: a shipped text template with one piece of wording changed."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (TEMPLATES_DIR / name).read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder / name


def full_copy(folder: Path) -> Path:
    """Every shipped template, unchanged."""
    shutil.copytree(TEMPLATES_DIR, folder, dirs_exist_ok=True)
    return folder
