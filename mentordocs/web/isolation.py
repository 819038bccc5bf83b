"""Lint an uploaded document in a child process that can be killed.

Every PDF library hangs or balloons on some file (pypdf #1285, #2790). The command line reads
each file in a killable worker; the web form must not do less, or one hostile upload would tie
up a server thread for good. The child gets a memory cap and a deadline; the upload travels
over a pipe and is never written to disk.
"""

from __future__ import annotations

import multiprocessing
import resource
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from mentordocs.lint.model import ErrorCode, FileResult, ReadError

if TYPE_CHECKING:
    from mentordocs.lint.rules import RulePack

UPLOAD_TIMEOUT_SECONDS = 30.0
UPLOAD_MEMORY_BYTES = 1 << 30


def _child(conn: Connection, data: bytes, filename: str, pack: "RulePack", memory: int) -> None:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass  # a platform without RLIMIT_AS still gets the deadline
    from mentordocs.lint.engine import lint_bytes

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

    The child is forked, so it inherits the already compiled ``pack`` instead of loading it again.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, data, filename, pack, memory),
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
