"""The Textual application: thin on purpose (arguments, theme, styles, the reading screen)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from briefing.model import Briefing
from briefing.resources import data_dir
from briefing.ui.commands import BriefingCommands
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.text_safety import safe_label

DEFAULT_THEME = "textual-dark"
SIXTEEN_COLOUR_THEME = "ansi-dark"
THEME_VAR = "TEXTUAL_THEME"


class BriefingApp(App[None]):
    """Reads one briefing. Takes it loaded but not analysed: analysis runs in the background.

    ``theme`` is the one the command line picked (``None``: ``$TEXTUAL_THEME`` if set, as in
    every Textual app, else the default); an unknown
    name falls back to the default with a warning instead of failing. ``reload`` reads the
    document again for ``R`` (``None`` when it came from standard input).
    """

    CSS_PATH = str(data_dir("styles") / "briefing.tcss")
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HELP_GROUP = "App"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        briefing: Briefing,
        *,
        key_points: int | None = None,
        theme: str | None = None,
        reload: Callable[[], Briefing] | None = None,
    ) -> None:
        super().__init__()
        self._briefing = briefing
        self._key_points = key_points
        self._reload = reload
        self.title = safe_label(briefing.title)
        wanted = theme or os.environ.get(THEME_VAR)
        self._unknown_theme = wanted if wanted and wanted not in self.available_themes else None
        self.theme = self._default_theme() if wanted is None or self._unknown_theme else wanted

    def _default_theme(self) -> str:
        """``textual-dark``, or in a 16-colour terminal (``TERM=xterm``, tmux's ``screen``) the
        ANSI theme: downgraded to 16 colours, textual-dark's quote green becomes the same white
        as the text and the search colours merge."""
        sixteen = self.console.color_system in ("standard", "windows")
        return SIXTEEN_COLOUR_THEME if sixteen else DEFAULT_THEME

    def get_default_screen(self) -> ReaderScreen:
        """The reader is the default screen: no screen switch (and its delay) before the text."""
        return ReaderScreen(self._briefing, key_points=self._key_points, reload=self._reload)

    def on_mount(self) -> None:
        if self._unknown_theme:
            self.notify(
                f"unknown theme {self._unknown_theme!r}, using {self.theme}",
                severity="warning",
                markup=False,
            )
