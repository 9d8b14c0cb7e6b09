"""Sorted, non-overlapping character spans packed in two integer arrays.

The quote engine holds, for every quote, the span of its marks and of the sentence around it,
for the whole document. As tuples those cost about 120 bytes a span (the tuple and two integer
objects); a paragraph of 50,000 quotes held 12 MB of them. Two ``array('q')`` hold 16 bytes a
span and read back as the same ``(start, end)`` tuples.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import overload


class SpanList(Sequence[tuple[int, int]]):
    """``(start, end)`` spans in text order, read back as tuples; appended one at a time."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts = array("q")
        self._ends = array("q")
        for start, end in spans:
            self.append(start, end)

    def append(self, start: int, end: int) -> None:
        """Add a span that starts at or after the last one's start (order is what bisection
        relies on, so it is checked)."""
        if self._starts and start < self._starts[-1]:
            raise ValueError(f"span at {start} is before the span at {self._starts[-1]}")
        self._starts.append(start)
        self._ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> SpanList: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | SpanList:
        if isinstance(index, slice):
            part = SpanList()
            part._starts, part._ends = self._starts[index], self._ends[index]
            return part
        return self._starts[index], self._ends[index]

    def __repr__(self) -> str:
        return f"SpanList({list(self)!r})"

    def last_starting_at_or_before(self, offset: int) -> int:
        """Index of the last span starting at or before ``offset``, or -1 (a bisection)."""
        return bisect_right(self._starts, offset) - 1

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` falls inside one of the spans (which must not overlap)."""
        index = self.last_starting_at_or_before(offset)
        return index >= 0 and offset < self._ends[index]
