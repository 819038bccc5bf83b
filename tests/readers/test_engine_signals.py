"""``mentordocs lint`` ended by SIGTERM or SIGKILL leaves no workers and no half report behind
(issue 13, item 8). The archive is forty long PDFs (300 pages, about half a second each with
PDFium), so the run is certainly in progress when the signal arrives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mentordocs
from builders import simple_pdf

REPO = Path(mentordocs.__file__).resolve().parents[1]
WAIT_SECONDS = 30.0


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.05)


@pytest.fixture
def running_lint(tmp_path: Path):
    """A lint run with two busy workers, writing jsonl to a temporary file."""
    if not Path("/proc/self/task").exists():
        pytest.skip("needs Linux /proc")
    archive = tmp_path / "arkiv"
    archive.mkdir()
    pdf = simple_pdf([[f"Linje {i} om mentorstøtte og beskæftigelse for borgeren"
                       for i in range(50)]] * 300)
    for number in range(40):
        (archive / f"aftale-{number}.pdf").write_bytes(pdf)
    out = tmp_path / "rapport.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "mentordocs", "lint", str(archive), "--jobs", "2", "--timeout", "600",
         "--no-cache", "--format", "jsonl", "-o", str(out)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        wait_until(lambda: len(children(process.pid)) == 2 and list(tmp_path.glob(".rapport*.tmp")),
                   "two workers and a temporary report")
        workers = children(process.pid)
        yield process, workers, tmp_path
    finally:
        for pid in [process.pid, *workers]:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        process.wait(WAIT_SECONDS)


def test_sigterm_stops_the_workers_and_removes_the_temporary_report(running_lint) -> None:
    process, workers, folder = running_lint
    process.send_signal(signal.SIGTERM)
    assert process.wait(WAIT_SECONDS) == 128 + signal.SIGTERM
    assert not list(folder.glob(".rapport*")) and not (folder / "rapport.jsonl").exists()
    wait_until(lambda: not any(alive(pid) for pid in workers), "workers to end")


def test_sigkill_of_the_parent_takes_the_workers_with_it(running_lint) -> None:
    process, workers, _ = running_lint
    process.send_signal(signal.SIGKILL)
    process.wait(WAIT_SECONDS)
    wait_until(lambda: not any(alive(pid) for pid in workers), "workers to end")
