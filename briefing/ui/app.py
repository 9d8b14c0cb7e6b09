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
        self._requested_theme = theme or DEFAULT_THEME
        self.title = safe_label(briefing.title)

    def on_mount(self) -> None:
        if self._requested_theme in self.available_themes:
            self.theme = self._requested_theme
        else:
            self.theme = DEFAULT_THEME
            self.notify(
                f"unknown theme {self._requested_theme!r}, using {DEFAULT_THEME}",
                severity="warning",
                markup=False,
            )
        self.push_screen(ReaderScreen(self._briefing, key_points=self._key_points))
