"""The one idiom for a cache held by an object (a compiled vocabulary): a bounded memo.

Module-level pure functions use :func:`functools.lru_cache`. A cache that belongs to one
object, and whose key is not the function's arguments (a block's text, kind and cells, not
the block), uses :class:`Memo`: a dict emptied when it is full, which is cheaper per hit than
an LRU's bookkeeping and just as good for archives that repeat the same labels and values.
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Computed values by key, at most ``size`` of them (emptied when full)."""

    __slots__ = ("_values", "_size")

    def __init__(self, size: int = 50_000) -> None:
        self._values: dict[Hashable, V] = {}
        self._size = size

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value for ``key``, computed (and kept) on first use."""
        values = self._values
        if key in values:
            return values[key]
        if len(values) >= self._size:
            values.clear()
        value = values[key] = compute()
        return value

    def clear(self) -> None:
        self._values.clear()

    def __len__(self) -> int:
        return len(self._values)
