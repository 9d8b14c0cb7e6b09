"""The header: what is being read (title over source file name, date and author).

Where the reader is (section, quote, percentage) lives in the status line at the bottom, so the
title keeps the whole top row even at 60 columns.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from textual.content import Content
from textual.widget import Widget

from briefing.model import Briefing
from briefing.ui.text_safety import safe_label

# A date with a time of day, as web pages' metadata give it ("2020-01-15T01:01:01+00:00"): the
# header says which day; the clock time and zone are machine detail (often a placeholder).
_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)


def shown_date(date: str) -> str:
    """``date`` as the header shows it: an ISO date and time becomes the date alone."""
    whole = _DATETIME.fullmatch(date.strip())
    return whole.group(1) if whole else date


class ReadingHeader(Widget):
    """Title over source file name and date, drawn by one ``render`` (two rows, no layout)."""

    def __init__(self, doc: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.show(doc)

    def show(self, doc: Briefing) -> None:
        """Take the briefing's title and details (again, after a reload)."""
        self.title_text = safe_label(doc.title)
        details = [safe_label(PurePath(doc.source).name or doc.source)]
        date = shown_date(doc.meta.date) if doc.meta.date else None
        details += [safe_label(value) for value in (date, doc.meta.author) if value]
        self.meta_text = " · ".join(details)
        self.refresh()

    def render(self) -> Content:
        width = max(10, self.size.width)
        title = Content(self.title_text).truncate(width, ellipsis=True)
        meta = Content(self.meta_text).truncate(width, ellipsis=True)
        return Content.assemble(title.stylize("bold"), "\n", meta.stylize("dim"))
