"""A dict that computes a missing value on first use (per-word look-ups shared across articles)."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``fn(key)``, computed once: a hit is one C-level ``dict.__getitem__``, so a
    caller can test every token of an article at C level (``map(memo.__getitem__, words)``).
    Emptied when it holds ``limit`` keys (news vocabulary keeps growing; ``fn`` must be pure)."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn: Callable[[K], V], limit: int = 65536) -> None:
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.fn(key)
        return value
