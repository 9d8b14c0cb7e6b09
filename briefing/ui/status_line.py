"""The status line: where the reader is, in one row that every terminal size keeps.

It names the section being read, who said the quote at the reading position (with the role,
and the engine's doubt when it gives a probability), the speaker filter, ``quote k/n`` or
``hit k/n`` and how far along the text is. Without it, who said what is invisible whenever the
quotes pane is hidden. The screen binds its reactives with ``data_bind``; the row is drawn by
one ``render`` from ``Content`` (never markup, since names and titles come from the article).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from briefing.ui.text_safety import shorten

DOUBT_BELOW = 0.5  # a speaker the engine gives less than even odds is shown as "? Name"
SURE_FROM = 0.9  # from here on the engine's odds are not shown
SEPARATOR = " · "
MIN_SECTION = 8  # a section title cut shorter than this says nothing: drop it instead


@dataclass(frozen=True, slots=True)
class QuoteStatus:
    """The quote at the reading position: who said it and how sure the engine is."""

    speaker: str | None
    role: str | None = None
    confidence: float | None = None

    @property
    def doubtful(self) -> bool:
        return self.confidence is not None and self.confidence < DOUBT_BELOW

    def name(self) -> str:
        name = self.speaker or "unattributed"
        return f"? {name}" if self.doubtful else name

    def odds(self) -> str:
        """How sure the engine is of the speaker, in words a reader takes in (``62% sure``),
        only when it has real doubt: ``100% sure`` on most quotes would be noise, and more
        certain than the engine is right (out of fold, its choices above 0.9 were right 0.93
        of the time). Nothing for an unattributed quote: there the probability is that nobody
        in the text said it, which tells a reader nothing about the quote."""
        if self.confidence is None or self.speaker is None or self.confidence >= SURE_FROM:
            return ""
        return f" ({round(100 * self.confidence)}% sure)"


def _names_speaker(section: str, speaker: str) -> bool:
    """Whether a section title is the speaker's turn label: ``Moderator`` for Moderator, or
    ``Mr. Sullivan`` for Jake Sullivan (a label of at most three words ending in the surname).
    Shown both, the status read "Mr. Sullivan · Jake Sullivan"."""
    label, name = section.casefold().split(), speaker.casefold().split()
    if not label or not name:
        return False
    return label == name or (len(label) <= 3 and label[-1].rstrip(".:") == name[-1])


def _fit(text: str, room: int) -> str:
    return shorten(text, room) if room > 0 else ""


def status_content(
    *,
    width: int,
    section: str = "",
    quote: QuoteStatus | None = None,
    speaker_filter: str = "",
    counter: str = "",
    progress: int = 0,
    analysing: bool = False,
) -> Content:
    """The status row for ``width`` cells.

    The right end (filter, counter, percentage) and the speaker's name are kept first; the
    role, the engine's odds and the section title get what is left, in that order, so the
    narrowest terminal still answers "who said this?".
    """
    right_parts = [f"only {speaker_filter}"] if speaker_filter else []
    right_parts += [part for part in ("analysing…" if analysing else "", counter) if part]
    right_parts.append(f"{progress:3d}%")
    right = SEPARATOR.join(right_parts)
    room = max(0, width - len(right) - 2)
    who: list[tuple[str, str]] = []
    if quote is not None:
        name = _fit(quote.name(), room)
        who.append((name, "bold"))
        left_over = room - len(name)
        extras = ((f", {quote.role}" if quote.role else "", "italic"), (quote.odds(), "dim"))
        for extra, extra_style in extras:
            if extra and len(extra) <= left_over:
                who.append((extra, extra_style))
                left_over -= len(extra)
        room = left_over
    section_text = ""
    if quote is not None and quote.speaker and _names_speaker(section, quote.speaker):
        section = ""  # a transcript's turn section is titled by its speaker: say it once
    if section:
        spare = room - (len(SEPARATOR) if who else 0)
        if spare >= MIN_SECTION or (spare > 0 and len(section) <= spare):
            section_text = _fit(section, spare)
    left: list[str | tuple[str, str]] = []
    if section_text:
        left.append((section_text, "italic"))
        if who:
            left.append(SEPARATOR)
    left.extend(who)
    used = sum(len(part if isinstance(part, str) else part[0]) for part in left)
    gap = " " * max(1, width - used - len(right))
    return Content.assemble(*left, gap, (right, "bold")).truncate(width)


class StatusLine(Widget):
    """One row at the bottom: section, speaker of the current quote, filter, counter, percent."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
    }
    """

    section: reactive[str] = reactive("")
    quote: reactive[QuoteStatus | None] = reactive(None)
    speaker_filter: reactive[str] = reactive("")
    counter: reactive[str] = reactive("")
    progress: reactive[int] = reactive(0)
    analysing: reactive[bool] = reactive(False)

    def render(self) -> Content:
        return status_content(
            width=self.content_region.width,
            section=self.section,
            quote=self.quote,
            speaker_filter=self.speaker_filter,
            counter=self.counter,
            progress=self.progress,
            analysing=self.analysing,
        )
