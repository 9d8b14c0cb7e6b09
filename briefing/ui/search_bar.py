"""The ``/`` search field: docked at the bottom, hidden until asked for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input

from briefing.model import Span

MAX_HITS = 10_000


def find_hits(text: str, query: str) -> list[Span]:
    """Case-insensitive literal matches of ``query`` (offsets are exact: no lowering of text)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    hits: list[Span] = []
    for match in pattern.finditer(text):
        hits.append(Span(match.start(), match.end()))
        if len(hits) >= MAX_HITS:
            break
    return hits


class SearchBar(Input):
    """Type a phrase, Enter searches from the reading position, Escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close"),
    ]

    @dataclass
    class Closed(Message):
        """The search field was dismissed without searching."""

    def action_close(self) -> None:
        self.post_message(self.Closed())
