"""Lint an uploaded document in a child process that can be killed (:mod:`mentordocs.isolation`).

Every PDF library hangs or balloons on some file (pypdf #1285, #2790). The command line reads
each file in a killable worker; the web form must not do less, or one hostile upload would tie
up a server thread for good. The child gets a memory cap and a deadline; the upload travels
over a pipe and is never written to disk.

The memory cap is relative to the child's size at the fork, as in the command line's workers: a
server process grows for as long as it runs, and an absolute cap it has outgrown made every
check fail on its first import. The child, its cap and its deadline are the command line's own
(:mod:`mentordocs.isolation`); this module adds the form's messages and :class:`CheckSlots`,
which bounds how many checks run at once; the rest wait in a bounded queue or are told to try
again.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from mentordocs.isolation import Status, run_isolated
from mentordocs.lint.model import ErrorCode, FileResult, ReadError

if TYPE_CHECKING:
    from mentordocs.lint.rules import RulePack

UPLOAD_TIMEOUT_SECONDS = 30.0
#: Address space a check may add to what the forked child starts with.
UPLOAD_MEMORY_BYTES = 1 << 30


class CheckSlots:
    """At most ``running`` checks at once; up to ``waiting`` more wait up to ``wait_seconds``.

    Each check is a forked process of up to 1 GiB on top of the server; without a bound, twenty
    uploads at once can take the machine's memory. A request that finds the queue full, or
    waits too long, gets a "try again" instead.
    """

    def __init__(self, running: int, waiting: int, wait_seconds: float) -> None:
        self.running, self.waiting, self.wait_seconds = max(1, running), max(0, waiting), wait_seconds
        self._condition = threading.Condition()
        self._busy = 0
        self._queued = 0

    def acquire(self) -> bool:
        """Take a slot, waiting in the queue if there is room; False means "try again later"."""
        with self._condition:
            if self._busy < self.running:
                self._busy += 1
                return True
            if self._queued >= self.waiting:
                return False
            self._queued += 1
            try:
                if not self._condition.wait_for(lambda: self._busy < self.running,
                                                timeout=self.wait_seconds):
                    return False
                self._busy += 1
                return True
            finally:
                self._queued -= 1

    def release(self) -> None:
        with self._condition:
            self._busy -= 1
            self._condition.notify()


_TOO_MUCH_MEMORY = ("Dokumentet kræver for meget hukommelse at læse. Gem det igen som DOCX eller "
                    "PDF og prøv igen, eller gennemgå det manuelt.")


def lint_upload(data: bytes, filename: str, pack: "RulePack", *,
                timeout: float = UPLOAD_TIMEOUT_SECONDS,
                memory: int = UPLOAD_MEMORY_BYTES) -> FileResult:
    """Lint ``data`` in a forked child under a deadline and memory cap; never raises for the document.

    ``memory`` is what the child may add to its size at the fork.

    The child is forked (:func:`mentordocs.isolation.run_isolated`), so it inherits the already
    compiled ``pack`` instead of loading it again.
    """
    from mentordocs.lint.engine import lint_bytes

    outcome = run_isolated(lambda: lint_bytes(data, filename, pack), timeout=timeout, memory=memory)
    if outcome.status is Status.OK:
        return outcome.value
    if outcome.status is Status.TIMEOUT:
        return FileResult(path=filename, error=ReadError(
            ErrorCode.TIMEOUT, f"Dokumentet kunne ikke læses på {timeout:g} sekunder. Gem det igen som DOCX eller PDF og prøv igen, eller gennemgå det manuelt."))
    if outcome.status is Status.RAISED:
        return FileResult(path=filename, error=ReadError(
            ErrorCode.CORRUPT_FILE, f"Dokumentet kunne ikke tjekkes ({outcome.error_type}). Gem det igen som DOCX eller PDF og prøv igen."))
    # The child died without answering, or raised MemoryError: out of memory.
    return FileResult(path=filename, error=ReadError(ErrorCode.TOO_LARGE, _TOO_MUCH_MEMORY))
