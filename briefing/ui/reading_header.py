"""The header: what is being read (title, source, date) and how far along the reader is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Label

from briefing.model import Briefing
from briefing.ui.text_safety import safe_label


class ReadingHeader(Horizontal):
    """Title and provenance on the left; reading progress and analysis state on the right.

    ``progress`` and ``analysing`` are bound to the reader screen with ``data_bind``.
    """

    progress: reactive[int] = reactive(0)
    analysing: reactive[bool] = reactive(False)

    def __init__(self, doc: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._doc = doc

    def compose(self) -> ComposeResult:
        doc = self._doc
        details = [safe_label(doc.source)]
        if doc.meta.date:
            details.append(safe_label(doc.meta.date))
        if doc.meta.author:
            details.append(safe_label(doc.meta.author))
        with Vertical(id="header-text"):
            yield Label(Content(safe_label(doc.title)), id="header-title")
            yield Label(Content(" · ".join(details)), id="header-meta")
        yield Label(self._status(), id="header-status")

    def _status(self) -> Content:
        progress = Content(f"{self.progress:3d}%")
        if self.analysing:
            return Content.assemble(("analysing… ", "italic"), progress)
        return progress

    def _update_status(self) -> None:
        if self.is_mounted:
            self.query_one("#header-status", Label).update(self._status())

    def watch_progress(self) -> None:
        self._update_status()

    def watch_analysing(self) -> None:
        self._update_status()
