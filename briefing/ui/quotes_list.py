"""Quotes grouped by speaker (name, count, role), each quote one short line.

Unattributed quotes get their own group at the end. A speaker filter narrows the list to one
speaker; the reader's ``n``/``N`` follow the same filter.
"""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.content import Content

from briefing.model import Briefing, Quote
from briefing.ui.place_tree import PlaceTree
from briefing.ui.text_safety import safe_label, shorten

UNATTRIBUTED = "Unattributed"


def speaker_order(doc: Briefing) -> list[str | None]:
    """Speaker ids with quotes, most quoted first (ties in order of first quote); ``None`` last."""
    counts = Counter(quote.speaker for quote in doc.quotes)
    first: dict[str | None, int] = {}
    for index, quote in enumerate(doc.quotes):
        first.setdefault(quote.speaker, index)
    named = [key for key in counts if key is not None]
    named.sort(key=lambda key: (-counts[key], first[key]))
    return [*named, None] if None in counts else named


def speaker_heading(doc: Briefing, speaker_id: str | None, count: int, width: int) -> Content:
    """``Name (count)`` over the role, each line cut to ``width`` so the count stays visible
    and a long role ends in an ellipsis instead of wrapping into a line of its own."""
    speaker = doc.speaker(speaker_id)
    counted = f" ({count})"
    room = max(4, width - len(counted))
    if speaker is None:
        return Content.assemble((shorten(UNATTRIBUTED, room), "bold italic"), (counted, "dim"))
    parts: list[str | tuple[str, str]] = [
        (shorten(safe_label(speaker.name), room), "bold"),
        (counted, "dim"),
    ]
    if speaker.role:
        parts.append(("\n" + shorten(safe_label(speaker.role), width), "italic dim"))
    return Content.assemble(*parts)


def group_label(doc: Briefing, speaker_id: str | None, count: int) -> Text:
    """``Name (count) · role`` on one line: the name first, so cutting it to the pane keeps it."""
    speaker = doc.speaker(speaker_id)
    if speaker is None:
        return Text.assemble((UNATTRIBUTED, "italic"), (f" ({count})", "dim"))
    label = Text.assemble(safe_label(speaker.name), (f" ({count})", "dim"))
    if speaker.role:
        label.append(f" · {safe_label(speaker.role)}", "italic dim")
    return label


# No sidebar is wider: cutting long quotes here spares measuring their whole text per node.
LONGEST_LINE = 160


def quote_words(doc: Briefing, quote: Quote) -> str:
    """The quote's words on one line, cut to :data:`LONGEST_LINE` characters."""
    end = min(quote.end, quote.start + 2 * LONGEST_LINE)
    words = safe_label(doc.text[quote.start : end])
    return shorten(words + "…" if end < quote.end else words, LONGEST_LINE)


class QuotesList(PlaceTree):
    """All quotes (or one speaker's), folded under speaker headings, most quoted first.

    A tree because a long text has hundreds of quotes: folded, a novel's list is its speakers
    instead of every line of dialogue, and unfolding one shows that speaker's quotes in order.
    """

    STAGES = ("quotes", "attribution")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.speaker_filter: str | None = None
        self.filtered = False

    def filter_speaker(self, speaker_id: str | None, *, active: bool) -> None:
        """Show only ``speaker_id``'s quotes (``None``: the unattributed); all if not active."""
        self.speaker_filter = speaker_id
        self.filtered = active
        if self._doc is not None:
            self.show(self._doc)

    def visible(self, quote: Quote) -> bool:
        return not self.filtered or quote.speaker == self.speaker_filter

    def fill(self, doc: Briefing) -> None:
        by_speaker: dict[str | None, list[int]] = {}
        for index, quote in enumerate(doc.quotes):
            if self.visible(quote):
                by_speaker.setdefault(quote.speaker, []).append(index)
        if not by_speaker:
            self.add_note("No quotes found")
            return
        for speaker_id in speaker_order(doc):
            indices = by_speaker.get(speaker_id)
            if not indices:
                continue
            group = self.add_group(self.root, group_label(doc, speaker_id, len(indices)))
            for index in indices:
                quote = doc.quotes[index]
                words = Text(f"“{quote_words(doc, quote)}”")
                if quote.uncertain:  # the ranker's guess of the speaker: check it
                    words = Text.assemble(("? ", "dim"), words)
                self.add_place(group, words, index)

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        assert self._doc is not None
        quote = self._doc.quotes[target]
        return quote.start, quote.end
