"""Lint an uploaded document in a child process that can be killed.

Every PDF library hangs or balloons on some file (pypdf #1285, #2790). The command line reads
each file in a killable worker; the web form must not do less, or one hostile upload would tie
up a server thread for good. The child gets a memory cap and a deadline; the upload travels
over a pipe and is never written to disk.

The memory cap is relative to the child's size at the fork, as in the command line's workers: a
server process grows for as long as it runs, and an absolute cap it has outgrown made every
check fail on its first import. :class:`CheckSlots` bounds how many checks run at once; the
rest wait in a bounded queue or are told to try again.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from mentordocs.lint.limits import limit_address_space
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


def _child(conn: Connection, data: bytes, filename: str, pack: "RulePack", memory: int,
           parent_pid: int) -> None:
    from mentordocs.lint.engine import die_with_parent, lint_bytes

    die_with_parent(parent_pid)
    limit_address_space(memory)

    try:
        result = lint_bytes(data, filename, pack)
    except MemoryError:
        result = FileResult(path=filename, error=ReadError(
            ErrorCode.TOO_LARGE, "Dokumentet kræver for meget hukommelse at læse. Gem det igen som DOCX eller PDF og prøv igen, eller gennemgå det manuelt."))
    except Exception as exc:  # noqa: BLE001 - the parent must always get an answer
        result = FileResult(path=filename, error=ReadError(
            ErrorCode.CORRUPT_FILE, f"Dokumentet kunne ikke tjekkes ({type(exc).__name__}). Gem det igen som DOCX eller PDF og prøv igen."))
    conn.send(result)
    conn.close()


def lint_upload(data: bytes, filename: str, pack: "RulePack", *,
                timeout: float = UPLOAD_TIMEOUT_SECONDS,
                memory: int = UPLOAD_MEMORY_BYTES) -> FileResult:
    """Lint ``data`` in a forked child under a deadline and memory cap; never raises for the document.

    ``memory`` is what the child may add to its size at the fork.

    The child is forked, so it inherits the already compiled ``pack`` instead of loading it again.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, data, filename, pack, memory, os.getpid()),
                            daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(timeout):
            return receiver.recv()
        return FileResult(path=filename, error=ReadError(
            ErrorCode.TIMEOUT, f"Dokumentet kunne ikke læses på {timeout:g} sekunder. Gem det igen som DOCX eller PDF og prøv igen, eller gennemgå det manuelt."))
    except EOFError:
        # The child died without answering: out of memory or killed by the limit.
        return FileResult(path=filename, error=ReadError(
            ErrorCode.TOO_LARGE, "Dokumentet kræver for meget hukommelse at læse. Gem det igen som DOCX eller PDF og prøv igen, eller gennemgå det manuelt."))
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
