"""Where the next or previous target is, relative to the reading position.

Targets (quotes, sections, key points, search hits) are kept as sorted start offsets; the
reader asks for the first one after or the last one before its anchor offset. Pure functions so
the rules are tested without a terminal.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


def next_index(starts: Sequence[int], anchor: int) -> int | None:
    """Index of the first target starting after ``anchor``, or ``None`` at the end."""
    index = bisect_right(starts, anchor)
    return index if index < len(starts) else None


def previous_index(starts: Sequence[int], anchor: int) -> int | None:
    """Index of the last target starting before ``anchor``, or ``None`` at the start."""
    index = bisect_left(starts, anchor) - 1
    return index if index >= 0 else None


def current_index(starts: Sequence[int], anchor: int) -> int | None:
    """Index of the last target starting at or before ``anchor`` (the one being read)."""
    index = bisect_right(starts, anchor) - 1
    return index if index >= 0 else None


class SpanIndex:
    """Spans sorted by start, answering "which overlap this line?" by bisection.

    A running maximum of ends makes the lookup correct even when spans nest or overlap
    (mentions inside quotes, overlapping search hits).
    """

    __slots__ = ("_ends_max", "_spans", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted((start, end) for start, end in spans if end > start)
        self._starts = [start for start, _ in self._spans]
        running = -1
        self._ends_max: list[int] = []
        for _, end in self._spans:
            running = max(running, end)
            self._ends_max.append(running)

    def __len__(self) -> int:
        return len(self._spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that share at least one character with ``[start, end)``, clipped to it."""
        found: list[tuple[int, int]] = []
        index = bisect_right(self._ends_max, start)
        spans = self._spans
        while index < len(spans) and spans[index][0] < end:
            span_start, span_end = spans[index]
            if span_end > start:
                found.append((max(span_start, start), min(span_end, end)))
            index += 1
        return found


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was: enough to return exactly (scroll row and anchor offset)."""

    scroll_y: int
    anchor: int


class JumpHistory:
    """Places left by jumps, as in a browser or vim's jump list: back, then forward again.

    A new jump after going back forgets the places ahead (they belonged to another path).
    """

    __slots__ = ("_ahead", "_behind")

    def __init__(self) -> None:
        self._behind: list[Place] = []
        self._ahead: list[Place] = []

    def __len__(self) -> int:
        return len(self._behind)

    def record(self, here: Place) -> None:
        """``here`` is being left by a jump."""
        self._behind.append(here)
        self._ahead.clear()

    def back(self, here: Place) -> Place | None:
        """Where to go back to from ``here`` (``None``: nothing behind)."""
        if not self._behind:
            return None
        self._ahead.append(here)
        return self._behind.pop()

    def forward(self, here: Place) -> Place | None:
        """Where to go forward to after going back (``None``: nothing ahead)."""
        if not self._ahead:
            return None
        self._behind.append(here)
        return self._ahead.pop()
