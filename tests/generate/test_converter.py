"""Warm PDF converters (issue 12): real LibreOffice behind mentordocs.generate.converter."""

from __future__ import annotations

import os
import re
import signal
import stat
import time
from pathlib import Path
from typing import Iterator

import pytest
from pypdf import PdfReader

from mentordocs.case import load_case
from mentordocs.generate import Generator, converter, pdf
from mentordocs.generate.converter import ConverterBusy, ConverterPool, NoConverter

from .conftest import GRANT_SAMPLE, SAMPLES


@pytest.fixture(scope="module")
def docx() -> bytes:
    return Generator().render(load_case(GRANT_SAMPLE), "agreement", "docx")


def _pool(**options: float) -> ConverterPool:
    pool = ConverterPool(1, **options).start(wait=True)
    assert pool.running() == 1, "the converter did not start"
    return pool


@pytest.fixture(scope="module")
def shared_pool() -> Iterator[ConverterPool]:
    """One converter for the tests that do not break it (LibreOffice starts once)."""
    pool = _pool(waiting=0)
    try:
        yield pool
    finally:
        pool.stop()


@pytest.fixture
def installed(shared_pool: ConverterPool) -> Iterator[ConverterPool]:
    previous = converter.install(shared_pool)
    try:
        yield shared_pool
    finally:
        converter.install(previous)


def _pdfa(data: bytes) -> tuple[str, str]:
    """(part, conformance) from the PDF's XMP metadata."""
    import io

    root = PdfReader(io.BytesIO(data)).trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    part = re.search(r"pdfaid:part(?:>|=\")(\d)", xmp)
    conformance = re.search(r"pdfaid:conformance(?:>|=\")([AB])", xmp)
    return (part.group(1) if part else "", conformance.group(1) if conformance else "")


def _wait_for(condition, seconds: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll until ``condition()`` holds; a bound on waiting, not a timing assertion."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _group(pid: int) -> list[int]:
    """The processes of the process group ``pid`` leads (a converter and its LibreOffice)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pid:
                    found.append(int(entry))
            except ProcessLookupError:
                pass
    return found


@pytest.mark.slow
def test_a_warm_conversion_is_tagged_danish_pdfa_2b(installed, docx):
    before = installed.conversions
    data = Generator().render(load_case(GRANT_SAMPLE), "agreement", "pdf")
    assert installed.conversions == before + 1  # it went through the warm converter
    assert _pdfa(data) == ("2", "B")
    import io

    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert str(root["/Lang"]).startswith("da")
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert "Aftale om mentorstøtte" in reader.pages[0].extract_text()


@pytest.mark.slow
def test_warm_and_cold_pdfs_have_the_same_text_and_pdfa_level(shared_pool, docx):
    import io

    warm = shared_pool.convert(docx)
    cold = pdf.convert_bytes(docx)  # no pool installed: the cold call
    assert _pdfa(warm) == _pdfa(cold) == ("2", "B")
    texts = [[page.extract_text() for page in PdfReader(io.BytesIO(d)).pages] for d in (warm, cold)]
    assert texts[0] == texts[1]


@pytest.mark.slow
def test_a_batch_converts_on_the_warm_converters(installed, tmp_path):
    cases = [load_case(GRANT_SAMPLE), load_case(SAMPLES / "04-extension-pligtmentor.yaml")]
    before = installed.conversions
    paths = Generator().write_many(cases, "agreement", "pdf", tmp_path)
    assert installed.conversions == before + 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    assert all(_pdfa(p.read_bytes()) == ("2", "B") for p in paths)


@pytest.mark.slow
def test_each_converter_has_its_own_profile_in_a_private_directory(shared_pool):
    (worker,) = shared_pool.pids()
    profiles = set()
    for pid in _group(worker):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except FileNotFoundError:
            continue
        profiles |= {arg.split(b"=", 1)[1].decode() for arg in command
                     if arg.startswith(b"-env:UserInstallation=")}
    (profile,) = profiles
    home = Path(profile.removeprefix("file://")).parent
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE(home.parent.stat().st_mode) == 0o700


@pytest.mark.slow
def test_a_request_beyond_the_queue_is_told_to_try_again(shared_pool, docx):
    busy = shared_pool.acquire()  # the only converter is converting; no room to wait
    try:
        with pytest.raises(ConverterBusy) as caught:
            shared_pool.convert(docx)
    finally:
        shared_pool.release(busy)
    assert caught.value.retry_after > 0


@pytest.mark.slow
def test_a_request_that_waits_too_long_is_told_to_try_again(docx):
    pool = _pool(waiting=1, wait_seconds=0.2)
    try:
        busy = pool.acquire()
        try:
            with pytest.raises(ConverterBusy):
                pool.convert(docx)
        finally:
            pool.release(busy)
        assert _pdfa(pool.convert(docx)) == ("2", "B")  # and the converter is fine afterwards
    finally:
        pool.stop()


@pytest.mark.slow
def test_a_conversion_past_its_deadline_is_killed_and_its_converter_restarted(docx):
    pool = _pool(convert_seconds=0.001)
    try:
        (old,) = pool.pids()
        with pytest.raises(pdf.PdfConversionError, match="restarted"):
            pool.convert(docx)
        assert _wait_for(lambda: not _group(old))  # the hung converter and its LibreOffice
        pool.convert_seconds = 120.0
        assert pool.wait_until_running()
        assert pool.pids() != [old] and pool.restarts == 1
        assert _pdfa(pool.convert(docx)) == ("2", "B")
    finally:
        pool.stop()


@pytest.mark.slow
def test_a_converter_whose_libreoffice_died_is_replaced(docx):
    pool = _pool()
    try:
        (old,) = pool.pids()
        office = [pid for pid in _group(old) if pid != old
                  and b"soffice" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert office
        for pid in office:
            os.kill(pid, signal.SIGKILL)
        assert _wait_for(lambda: pool.pids() not in ([], [old]))
        assert _pdfa(pool.convert(docx)) == ("2", "B") and pool.restarts == 1
    finally:
        pool.stop()


@pytest.mark.slow
def test_a_pool_whose_converters_cannot_start_leaves_pdfs_to_the_cold_call(monkeypatch, docx):
    monkeypatch.setenv("MENTORDOCS_UNO_PYTHON", "/nonexistent/python3")
    pool = ConverterPool(1).start(wait=True)
    previous = converter.install(pool)
    try:
        assert pool.running() == 0
        data = pdf.convert_bytes(docx)
    finally:
        converter.install(previous)
        pool.stop()
    assert _pdfa(data) == ("2", "B") and pool.conversions == 0


def test_a_pool_with_no_converter_running_sends_the_caller_to_the_cold_call(docx):
    with pytest.raises(NoConverter):
        ConverterPool(1).convert(docx)  # never started


def test_a_pool_never_has_more_converters_than_cores():
    assert ConverterPool(1000).size == (os.cpu_count() or 1)


def test_a_small_batch_gets_no_pool():
    with converter.pool_for_batch(converter.MIN_BATCH_FOR_POOL - 1) as pool:
        assert pool is None and converter.installed() is None


def test_the_cold_call_keeps_its_pdfa_filter_string():
    # The warm converters take PDF_EXPORT_OPTIONS; the cold call must get the same options.
    assert pdf.PDF_FILTER == ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long",'
                              '"value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}')


@pytest.mark.slow
def test_a_large_generate_batch_converts_on_warm_converters_and_stops_them(tmp_path, caplog):
    from click.testing import CliRunner

    from mentordocs.cli import cli

    data = [arg for _ in range(converter.MIN_BATCH_FOR_POOL) for arg in ("--data", str(GRANT_SAMPLE))]
    with caplog.at_level("INFO", logger="mentordocs.pdf"):
        result = CliRunner().invoke(cli, ["generate", "agreement", *data, "--format", "pdf",
                                          "-o", f"{tmp_path}/"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) == converter.MIN_BATCH_FOR_POOL
    assert all(_pdfa(p.read_bytes()) == ("2", "B") for p in pdfs)
    assert f"{len(pdfs)} PDF(s) converted on warm converters" in caplog.text
    assert converter.installed() is None
