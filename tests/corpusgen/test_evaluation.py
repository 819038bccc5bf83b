"""Scoring lint output against the manifest, and (once the linter exists) the bar it must meet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpusgen.corpus.evaluation import run_linter, score
from corpusgen.corpus.hostile import CANARY_TEXT
from corpusgen.corpus.manifest import RULES, read_manifest


def _perfect_output(manifest: list[dict], root: Path) -> dict:
    files = []
    for e in manifest:
        error = {"code": e["error"], "message": "x"} if e.get("error") else None
        files.append({"path": str(root / e["path"]), "kind": e["kind"] or "unknown",
                      "status": "error" if error else ("findings" if e["rules"] else "ok"),
                      "error": error,
                      "findings": [{"rule": r, "severity": "error", "message": "m",
                                    "field": None, "evidence": None, "location": {}}
                                   for r in e["rules"]]})
    return {"tool": {"name": "mentordocs", "version": "0"}, "files": files}


def test_perfect_output_scores_macro_f1_one(small_corpus: Path, small_manifest) -> None:
    ev = score(small_manifest, _perfect_output(small_manifest, small_corpus), small_corpus)
    assert ev.macro_f1 == 1.0 and ev.kind_accuracy == 1.0
    assert ev.hostile_ok and not ev.leaks and not ev.mismatches


def test_silent_linter_scores_zero_recall(small_corpus: Path, small_manifest) -> None:
    output = _perfect_output(small_manifest, small_corpus)
    for f in output["files"]:
        f["findings"] = []
    ev = score(small_manifest, output, small_corpus)
    assert all(s.recall == 0.0 for r, s in ev.rules.items() if s.tp + s.fn)
    assert ev.mismatches[0].missed


def test_paths_relative_to_the_corpus_are_matched(small_corpus: Path, small_manifest) -> None:
    output = _perfect_output(small_manifest, small_corpus)
    for f in output["files"]:
        f["path"] = str(Path(f["path"]).relative_to(small_corpus))
    assert score(small_manifest, output, small_corpus).macro_f1 == 1.0


def test_unmasked_cpr_in_output_is_a_leak(small_corpus: Path, small_manifest) -> None:
    entry = next(e for e in small_manifest if e["must_not_contain"] and not e.get("hostile"))
    output = _perfect_output(small_manifest, small_corpus)
    output["files"][0]["findings"].append({"rule": "x", "evidence": entry["must_not_contain"][0]})
    ev = score(small_manifest, output, small_corpus)
    assert ev.leaks and "XXXX" in ev.leaks[0] and entry["must_not_contain"][0] not in ev.leaks[0]


def test_canary_in_output_is_a_leak(small_corpus: Path, small_manifest) -> None:
    output = _perfect_output(small_manifest, small_corpus)
    ev = score(small_manifest, output, small_corpus, raw_text=json.dumps(output) + CANARY_TEXT)
    assert any("canary" in leak for leak in ev.leaks)


def test_wrong_error_code_on_a_hostile_file_fails(small_corpus: Path, small_manifest) -> None:
    output = _perfect_output(small_manifest, small_corpus)
    for f in output["files"]:
        if f["path"].endswith("encrypted.pdf"):
            f["error"] = {"code": "corrupt-file", "message": "x"}
    ev = score(small_manifest, output, small_corpus)
    assert not ev.hostile_ok


def test_evaluate_script_says_when_the_corpus_has_no_manifest(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "evaluate.py"
    proc = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True,
                          text=True)
    assert proc.returncode == 2 and "EXPECTED.jsonl" in proc.stderr


def test_committed_samples_match_their_manifest() -> None:
    root = Path(__file__).resolve().parents[2] / "samples" / "agreements"
    manifest = read_manifest(root)
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*")
               if p.is_file() and p.name != "EXPECTED.jsonl"}
    assert on_disk == {e["path"] for e in manifest}
    rules = {r for e in manifest for r in e["rules"]}
    assert rules == set(RULES)
    assert {e["format"] for e in manifest} >= {"docx", "pdf", "odt", "html", "txt"}


def test_evaluate_script_scores_a_saved_lint_output(small_corpus: Path, small_manifest,
                                                    tmp_path: Path) -> None:
    saved = tmp_path / "lint.json"
    saved.write_text(json.dumps(_perfect_output(small_manifest, small_corpus)), encoding="utf-8")
    script = Path(__file__).resolve().parents[2] / "scripts" / "evaluate.py"
    proc = subprocess.run([sys.executable, str(script), str(small_corpus), "--lint-json",
                           str(saved)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-800:]
    assert "macro F1" in proc.stdout and "RESULT: PASS" in proc.stdout


def test_evaluate_script_refuses_a_file_that_is_not_lint_output(small_corpus: Path,
                                                                tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    script = Path(__file__).resolve().parents[2] / "scripts" / "evaluate.py"
    proc = subprocess.run([sys.executable, str(script), str(small_corpus), "--lint-json",
                           str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and "files" in proc.stderr and "Traceback" not in proc.stderr


def test_linter_meets_the_bar_on_a_fresh_corpus(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Issue 3, "done when": macro F1 ≥ 0.95 over the nine rules, no crash, no leak."""
    from corpusgen.corpus.build import build_corpus

    root = tmp_path_factory.mktemp("bar")
    build_corpus(root, count=80, seed=2027, formats=("docx", "odt", "html", "txt"))
    data, raw, crash, _ = run_linter(root, jobs=2)
    ev = score(read_manifest(root), data, root, raw, crash)
    assert ev.crash is None
    assert ev.leaks == []
    assert ev.hostile_ok, [h for h in ev.hostile if not h["ok"]]
    assert ev.macro_f1 >= 0.95, {r: round(s.f1, 3) for r, s in ev.rules.items()}
