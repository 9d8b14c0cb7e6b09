"""The Textual application: thin on purpose (arguments, theme, styles, the reading screen)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from briefing.model import Briefing
from briefing.resources import data_dir
from briefing.ui.commands import BriefingCommands
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.text_safety import safe_label

DEFAULT_THEME = "textual-dark"


class BriefingApp(App[None]):
    """Reads one briefing. Takes it loaded but not analysed: analysis runs in the background."""

    CSS_PATH = str(data_dir("styles") / "briefing.tcss")
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HELP_GROUP = "App"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self, briefing: Briefing, *, key_points: int | None = None, theme: str | None = None
    ) -> None:
        super().__init__()
        self._briefing = briefing
        self._key_points = key_points
        self.title = safe_label(briefing.title)
        self._unknown_theme = theme if theme and theme not in self.available_themes else None
        self.theme = DEFAULT_THEME if theme is None or self._unknown_theme else theme

    def get_default_screen(self) -> ReaderScreen:
        """The reader is the default screen: no screen switch (and its delay) before the text."""
        return ReaderScreen(self._briefing, key_points=self._key_points)

    def on_mount(self) -> None:
        if self._unknown_theme:
            self.notify(
                f"unknown theme {self._unknown_theme!r}, using {DEFAULT_THEME}",
                severity="warning",
                markup=False,
            )
