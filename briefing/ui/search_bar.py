"""The ``/`` search, as in less: a smart-case regular expression, hits stepped with ``n``/``N``.

:func:`compile_search` and :class:`SearchResults` hold the rules (tested without a terminal);
:class:`SearchBar` is the one-row field above the status line, hidden until asked for, whose
edits light up the hits while the pattern is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input

from briefing.model import Span
from briefing.ui.navigation import current_index, next_index, previous_index

MAX_HITS = 10_000
_ESCAPE = re.compile(r"\\.")


class BadPattern(ValueError):
    """The search text is not a regular expression; the message says where and why."""


def compile_search(query: str) -> re.Pattern[str]:
    """The pattern for ``query``: a regular expression, case-blind unless it has a capital
    (less's and vim's smart case; ``\\S``-style escapes do not count as capitals)."""
    flags = 0 if any(char.isupper() for char in _ESCAPE.sub("", query)) else re.IGNORECASE
    try:
        return re.compile(query, flags)
    except re.error as error:
        where = f" at position {error.pos + 1}" if error.pos is not None else ""
        raise BadPattern(f"Bad search pattern {query!r}: {error.msg}{where}") from None


def find_hits(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Non-empty matches of ``pattern`` in ``text`` (offsets exact: the text is not lowered)."""
    hits: list[Span] = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            hits.append(Span(match.start(), match.end()))
            if len(hits) >= MAX_HITS:
                break
    return hits


@dataclass
class SearchResults:
    """The hits of the active search and the rules for stepping through them."""

    query: str
    hits: list[Span]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [hit.start for hit in self.hits]

    def step(self, anchor: int, *, forward: bool) -> tuple[int, bool]:
        """Index of the next (or previous) hit from ``anchor`` and whether the search wrapped
        past the end (or the start) of the text to find it."""
        if forward:
            found = next_index(self.starts, anchor)
            return (0, True) if found is None else (found, False)
        found = previous_index(self.starts, anchor)
        return (len(self.hits) - 1, True) if found is None else (found, False)

    def first_from(self, anchor: int) -> int:
        """The hit at or after ``anchor`` (wrapping to the first), where a new search lands."""
        found = next_index(self.starts, anchor - 1)
        return 0 if found is None else found

    def counter(self, anchor: int) -> str:
        """``hit k/n`` for the last hit at or before ``anchor``."""
        found = current_index(self.starts, anchor)
        return f"hit {'-' if found is None else found + 1}/{len(self.hits)}"


class SearchBar(Input):
    """Type a pattern (hits light up as you type), Enter searches, Escape cancels."""

    HELP_GROUP = "Search"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Find", id="search.find"),
        Binding("escape", "close", "Cancel search", id="search.close"),
    ]

    @dataclass
    class Closed(Message):
        """The search field was dismissed without searching."""

    def action_close(self) -> None:
        self.post_message(self.Closed())
