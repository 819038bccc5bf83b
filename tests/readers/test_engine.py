"""The bulk engine: discovery, worker processes, time and memory limits, the cache hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from .builders import agreement_docx, blank_pdf, ole2_doc, simple_pdf
from mentordocs.lint.engine import discover, display_path, lint_bytes, lint_file, lint_paths
from mentordocs.lint.limits import MB, Limits
from mentordocs.lint.model import ErrorCode, FileResult, ReadError
from mentordocs.lint.rules import load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("default")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv"
    (root / "2025").mkdir(parents=True)
    agreement_docx(root / "2025" / "aftale.docx")
    (root / "2025" / "scanning.pdf").write_bytes(blank_pdf())
    (root / "2025" / "gammel.doc").write_bytes(ole2_doc())
    (root / "2025" / "tom.txt").write_bytes(b"")
    (root / "2025" / "~$aftale.docx").write_bytes(b"owner file")
    (root / ".skjult").mkdir()
    (root / ".skjult" / "x.docx").write_bytes(b"x")
    (root / "2025" / "billede.png").write_bytes(b"\x89PNG")
    return root


def test_discover_finds_documents_recursively_and_skips_temp_and_hidden(archive: Path):
    names = [p.name for p in discover([archive])]
    assert names == ["aftale.docx", "gammel.doc", "scanning.pdf", "tom.txt"]


def test_discover_keeps_an_explicitly_named_file_whatever_its_type(archive: Path):
    png = archive / "2025" / "billede.png"
    assert discover([png, png]) == [png]


def test_every_file_in_a_bad_archive_gets_a_result(archive: Path, pack):
    results = {Path(r.path).name: r for r in lint_paths([archive], pack, jobs=2)}
    assert results["aftale.docx"].error is None and results["aftale.docx"].kind == "agreement"
    assert results["scanning.pdf"].error.code is ErrorCode.NO_TEXT
    assert results["gammel.doc"].error.code is ErrorCode.UNSUPPORTED_FORMAT
    assert results["tom.txt"].error.code is ErrorCode.NO_TEXT


def test_results_do_not_depend_on_the_number_of_workers(archive: Path, pack):
    def run(jobs, timeout=60.0):
        return sorted((r.to_dict()["path"], str(r.to_dict())) for r in
                      lint_paths([archive], pack, jobs=jobs, timeout=timeout))
    assert run(1) == run(2) == run(1, timeout=None)


def test_lint_file_records_the_content_hash(tmp_path: Path, pack):
    import hashlib

    path = agreement_docx(tmp_path / "a.docx")
    assert lint_file(path, pack).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_lint_bytes_reads_an_upload(tmp_path: Path, pack):
    data = agreement_docx(tmp_path / "a.docx").read_bytes()
    result = lint_bytes(data, "upload.docx", pack)
    assert (result.path, result.kind, result.error) == ("upload.docx", "agreement", None)


def test_a_slow_file_times_out_alone_and_the_batch_goes_on(tmp_path: Path, pack):
    pages = [[f"Linje {i} om mentorstøtte og beskæftigelse for borgeren" for i in range(50)]] * 300
    (tmp_path / "langsom.pdf").write_bytes(simple_pdf(pages))
    agreement_docx(tmp_path / "a.docx")
    agreement_docx(tmp_path / "b.docx")
    results = {Path(r.path).name: r for r in lint_paths([tmp_path], pack, jobs=1, timeout=0.5)}
    assert results["langsom.pdf"].error.code is ErrorCode.TIMEOUT
    assert results["a.docx"].error is None and results["b.docx"].error is None


def test_a_file_that_needs_too_much_memory_is_too_large(tmp_path: Path, pack):
    # 60 MB of text under a 40 MB worker budget: decoding it cannot fit.
    (tmp_path / "stor.txt").write_bytes(b"Mentor Anne Hansen. " * (3 * MB))
    limits = Limits(max_file_size=100 * MB, max_memory=40 * MB)
    [result] = lint_paths([tmp_path], pack, jobs=1, limits=limits)
    assert result.error.code is ErrorCode.TOO_LARGE


def test_file_over_the_size_cap_is_too_large_without_reading(tmp_path: Path, pack):
    path = agreement_docx(tmp_path / "a.docx")
    assert lint_file(path, pack, limits=Limits(max_file_size=100)).error.code is ErrorCode.TOO_LARGE


def test_cpr_numbers_in_paths_are_masked(tmp_path: Path, pack):
    folder = tmp_path / "0101901234"
    folder.mkdir()
    path = agreement_docx(folder / "aftale-010190-1234.docx")
    result = lint_file(path, pack)
    assert "1234" not in result.path.replace(str(tmp_path), "")
    assert display_path("x/aftale_0101901234.docx") == "x/aftale_010190-XXXX.docx"


class MemoryCache:
    def __init__(self) -> None:
        self.store: dict[str, FileResult] = {}
        self.hits = 0

    def get(self, sha256: str):
        result = self.store.get(sha256)
        self.hits += result is not None
        return result

    def put(self, sha256: str, result: FileResult) -> None:
        self.store[sha256] = result


def test_cache_serves_known_contents_under_their_current_path(tmp_path: Path, pack):
    agreement_docx(tmp_path / "a.docx")
    cache = MemoryCache()
    first = list(lint_paths([tmp_path], pack, jobs=1, cache=cache))
    (tmp_path / "a.docx").rename(tmp_path / "kopi.docx")
    second = list(lint_paths([tmp_path], pack, jobs=1, cache=cache))
    assert cache.hits == 1
    assert Path(second[0].path).name == "kopi.docx"
    assert second[0].findings == first[0].findings


def test_a_file_name_that_is_not_utf8_is_reported_readably(tmp_path: Path, pack):
    import os

    name = os.fsdecode(b"aftale-s\xf8ren.docx")  # cp1252 "ø" from an old Windows archive
    agreement_docx(tmp_path / name)
    [result] = lint_paths([tmp_path], pack, jobs=1)
    assert result.error is None
    assert result.path.endswith("aftale-s\ufffdren.docx")
    result.path.encode("utf-8")  # a report can be written


def test_folder_walks_skip_links_and_pipes(tmp_path: Path) -> None:
    import os

    from mentordocs.lint.engine import discover

    archive = tmp_path / "arkiv"
    archive.mkdir()
    (archive / "aftale.txt").write_text("Aftale om mentorstøtte", encoding="utf-8")
    outside = tmp_path / "hemmelig.txt"
    outside.write_text("uden for arkivet", encoding="utf-8")
    (archive / "link.txt").symlink_to(outside)
    os.mkfifo(archive / "pipe.txt")
    assert discover([archive]) == [archive / "aftale.txt"]


def test_a_pipe_named_explicitly_is_refused_at_once(tmp_path: Path) -> None:
    import os

    from mentordocs.lint.readers import read_document

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(ReadError) as caught:
        read_document(pipe)
    assert caught.value.code == ErrorCode.UNSUPPORTED_FORMAT
