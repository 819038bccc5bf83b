"""Bounds for a municipality's own templates (``--templates DIR``).

Jinja's sandbox stops a template from reaching Python's internals, but not from costing the
machine: ``{{ 'x' * 1000000000 }}`` took 4.9 GB, nested loops run without end, a recursive
macro overflows the stack, and a template file that is a symbolic link was rendered from
wherever it pointed (``/etc/passwd``). This module adds what the sandbox lacks:

* :class:`BoundedSandbox` refuses a repetition or power whose result would be huge;
* :class:`ContainedLoader` and :func:`inside` refuse template files that resolve outside
  their folder;
* :func:`run_isolated` renders in a forked child under a deadline and an address-space cap,
  so a template that loops or balloons costs one clear error, never the process.

The shipped templates are the project's own and render in process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from jinja2 import FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from mentordocs import isolation
from mentordocs.isolation import Status

#: Longest string or list a template may build with ``*``.
MAX_REPEATED_LENGTH = 100_000
#: Largest integer (in bits) a template may compute with ``**``.
MAX_POWER_BITS = 10_000
#: Time and memory one render of a user's template may take.
RENDER_SECONDS = 30.0
RENDER_MEMORY_BYTES = 512 * 1024 * 1024


class TemplateLimitError(Exception):
    """A user's template exceeded a bound; the message says which."""


class BoundedSandbox(SandboxedEnvironment):
    """The Jinja sandbox, with ``*`` and ``**`` refused where the result would be huge."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and isinstance(count, int) \
                        and len(sequence) * count > MAX_REPEATED_LENGTH:
                    raise SecurityError(f"repetition longer than {MAX_REPEATED_LENGTH} items")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) \
                and right > 0 and abs(left) > 1 and left.bit_length() * right > MAX_POWER_BITS:
            raise SecurityError(f"power larger than {MAX_POWER_BITS} bits")
        return super().call_binop(context, operator, left, right)


def inside(folder: Path, path: Path) -> bool:
    """Whether ``path`` (after following every link) lies inside ``folder``."""
    try:
        path.resolve(strict=True).relative_to(folder.resolve(strict=True))
    except (OSError, ValueError, RuntimeError):
        return False
    return True


class ContainedLoader(FileSystemLoader):
    """A file-system loader that refuses a template file that resolves outside its folder."""

    def get_source(self, environment: Any, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        if filename is not None and not any(inside(Path(folder), Path(filename))
                                            for folder in self.searchpath):
            raise SecurityError(f"{template} is a link to a file outside the templates folder; "
                                "copy the file in instead")
        return source, filename, uptodate


def run_isolated(work: Callable[[], bytes], *, timeout: float = RENDER_SECONDS,
                 memory: int = RENDER_MEMORY_BYTES) -> bytes:
    """``work()`` in a forked child (:func:`mentordocs.isolation.run_isolated`); its exception
    is re-raised here, a limit is a :class:`TemplateLimitError`."""
    outcome = isolation.run_isolated(work, timeout=timeout, memory=memory)
    if outcome.status is Status.OK:
        return outcome.value
    if outcome.status is Status.TIMEOUT:
        raise TemplateLimitError(f"it took longer than {timeout:g} seconds")
    if outcome.status is Status.DIED:
        raise TemplateLimitError(f"it needed more than {memory // 2**20} MB of memory")
    if isinstance(outcome.value, RecursionError) or outcome.error_type == "RecursionError":
        raise TemplateLimitError("it recurses too deeply (a macro that calls itself?)")
    if isinstance(outcome.value, BaseException):
        raise outcome.value
    raise TemplateLimitError(outcome.error_type)
