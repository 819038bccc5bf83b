"""Writing a file all or nothing: the one atomic writer (generated documents, reports, baselines).

The data goes to a temporary file in the target's folder, which is renamed over the target
(``os.replace``) only when everything was written; on any error the temporary file is removed
and the target is untouched. Used by every layer, so it sits beside ``paths`` and ``safe_yaml``.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: mkstemp creates 0600; a written file gets the permissions any new file gets.
_FILE_MODE = 0o666 & ~_current_umask()


@contextmanager
def atomic_output(path: str | os.PathLike[str], *, binary: bool = False) -> Iterator[IO[Any]]:
    """A handle on a temporary file next to ``path``, renamed into place only on success.

    Text is written as UTF-8 with line endings as given (no translation)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as handle:
            yield handle
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write ``data`` to ``path`` all or nothing."""
    with atomic_output(path, binary=isinstance(data, bytes)) as handle:
        handle.write(data)
