"""The header: what is being read (title, source, date) and how far along the reader is."""

from __future__ import annotations

from pathlib import PurePath

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from briefing.model import Briefing
from briefing.ui.text_safety import safe_label


class ReadingHeader(Widget):
    """Title over source file name and date on the left; progress and analysis state right.

    Drawn by one ``render`` so a scroll (``progress`` changes on every line) repaints two rows
    instead of relaying out the screen. ``progress``, ``analysing`` and ``search_status`` are
    bound to the reader screen with ``data_bind``.
    """

    progress: reactive[int] = reactive(0)
    analysing: reactive[bool] = reactive(False)
    search_status: reactive[str] = reactive("")

    def __init__(self, doc: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title_text = safe_label(doc.title)
        details = [safe_label(PurePath(doc.source).name or doc.source)]
        details += [safe_label(value) for value in (doc.meta.date, doc.meta.author) if value]
        self.meta_text = " · ".join(details)

    def status_text(self) -> str:
        parts = [f"{self.progress:3d}%"]
        if self.search_status:
            parts.insert(0, self.search_status)
        if self.analysing:
            parts.insert(0, "analysing…")
        return "  ".join(parts)

    def render(self) -> Content:
        width = max(10, self.size.width)
        status = self.status_text()
        room = max(4, width - cell_len(status) - 2)
        title = Content(self.title_text).truncate(room, ellipsis=True)
        gap = " " * max(1, width - title.cell_length - cell_len(status))
        meta = Content(self.meta_text).truncate(width, ellipsis=True)
        return Content.assemble(
            title.stylize("bold"), gap, (status, "$text-accent"), "\n", meta.stylize("dim")
        )
