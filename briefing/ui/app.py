"""The Textual application: thin on purpose (arguments, theme, styles, the first screen).

One briefing opens the reader; a collection opens the reading list, and the app moves between
it, the reader and the speakers screen (``}``/``{`` step through the list from the reader).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget

from briefing.collection import Found
from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.resources import data_dir
from briefing.ui.background import in_daemon_thread
from briefing.ui.calm_loading import CalmLoadingIndicator
from briefing.ui.commands import BriefingCommands
from briefing.ui.screens.reader import DEFAULT_MEASURE, ReaderScreen
from briefing.ui.screens.reading_list import ReadingListScreen
from briefing.ui.screens.speakers import SpeakersScreen
from briefing.ui.text_safety import safe_label

DEFAULT_THEME = "textual-dark"
SIXTEEN_COLOUR_THEME = "ansi-dark"
THEME_VAR = "TEXTUAL_THEME"


class BriefingApp(App[None]):
    """Reads one briefing. Takes it loaded but not analysed: analysis runs in the background.

    ``theme`` is the one the command line picked (``None``: ``$TEXTUAL_THEME`` if set, as in
    every Textual app, else the default); an unknown
    name falls back to the default with a warning instead of failing. ``reload`` reads the
    document again for ``R`` (``None`` when it came from standard input). ``measure`` caps
    the text's line length in every reader the app opens (``0``: no cap; ``None``: 88).
    ``rest``, when given, parses the whole of a very long text of which ``briefing`` is the
    beginning (``shown`` its share): the reader shows the beginning at once.
    """

    CSS_PATH = str(data_dir("styles") / "briefing.tcss")
    COMMANDS = App.COMMANDS | {BriefingCommands}
    HELP_GROUP = "App"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding(
            "right_curly_bracket",
            "step_briefing(True)",
            "Next briefing",
            id="app.next_briefing",
            show=False,
        ),
        Binding(
            "left_curly_bracket",
            "step_briefing(False)",
            "Prev briefing",
            id="app.previous_briefing",
            show=False,
        ),
    ]

    def __init__(
        self,
        briefing: Briefing | None,
        *,
        key_points: int | None = None,
        theme: str | None = None,
        reload: Callable[[], Briefing] | None = None,
        found: Found | None = None,
        jobs: int = 1,
        measure: int | None = None,
        rest: Callable[[], Briefing] | None = None,
        shown: float = 1.0,
    ) -> None:
        super().__init__()
        self._rest, self._shown = rest, shown
        self.measure = DEFAULT_MEASURE if measure is None else measure
        self._briefing = briefing
        self._key_points = key_points
        self._reload = reload
        self.reading_list = (
            ReadingListScreen(found, jobs=jobs, key_points=key_points) if found else None
        )
        self._open_entry: int | None = None
        self.title = safe_label(briefing.title) if briefing else "Reading list"
        wanted = theme or os.environ.get(THEME_VAR)
        self._unknown_theme = wanted if wanted and wanted not in self.available_themes else None
        self.theme = self._default_theme() if wanted is None or self._unknown_theme else wanted

    def _default_theme(self) -> str:
        """``textual-dark``, or in a 16-colour terminal (``TERM=xterm``, tmux's ``screen``) the
        ANSI theme: downgraded to 16 colours, textual-dark's quote green becomes the same white
        as the text and the search colours merge."""
        sixteen = self.console.color_system in ("standard", "windows")
        return SIXTEEN_COLOUR_THEME if sixteen else DEFAULT_THEME

    def get_loading_widget(self) -> Widget:
        """Every pane's loading state: an indicator that leaves the CPU to the analysis."""
        return CalmLoadingIndicator()

    def get_default_screen(self) -> Screen[None]:
        """The reader (or the list) is the default screen: no screen switch before it shows."""
        if self.reading_list is not None:
            return self.reading_list
        assert self._briefing is not None
        return ReaderScreen(
            self._briefing,
            key_points=self._key_points,
            reload=self._reload,
            measure=self.measure,
            rest=self._rest,
            shown=self._shown,
        )

    # -- a collection -----------------------------------------------------------------------

    def open_briefing(self, entry: int, *, jump: tuple[int, int] | None = None) -> None:
        """Open one entry of the reading list in the reader (loaded in a thread)."""
        if self.reading_list is None:
            return
        summary = self.reading_list.entries[entry].summary
        if summary is not None and summary.error is not None:
            self.notify(f"cannot open: {summary.error}", severity="error", markup=False)
            return
        self.load_entry(entry, jump)

    @work(exclusive=True, group="open", name="open")
    async def load_entry(self, entry: int, jump: tuple[int, int] | None) -> None:
        """Loaded in a daemon thread: quitting during a long parse does not wait for it."""
        from briefing.collection.parallel import load_source

        assert self.reading_list is not None
        path = self.reading_list.entries[entry].path
        try:
            doc = await in_daemon_thread(partial(load_source, path), name="briefing-open")
        except BriefingError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._show(entry, doc, jump)

    def _show(self, entry: int, doc: Briefing, jump: tuple[int, int] | None) -> None:
        reader = ReaderScreen(
            doc, key_points=self._key_points, from_list=True, jump=jump, measure=self.measure
        )
        self._open_entry = entry
        if isinstance(self.screen, ReaderScreen | SpeakersScreen):
            self.switch_screen(reader)
        else:
            self.push_screen(reader)

    def show_speakers(self) -> None:
        assert self.reading_list is not None
        entries = self.reading_list.entries
        analysed = [
            (index, entry.summary)
            for index, entry in enumerate(entries)
            if entry.summary is not None and entry.summary.error is None
        ]
        pending = sum(1 for entry in entries if entry.summary is None)
        self.push_screen(SpeakersScreen(analysed, pending))

    def action_step_briefing(self, forward: bool) -> None:
        """``}``/``{`` in the reader: the next or previous briefing of the list."""
        if self.reading_list is None or not isinstance(self.screen, ReaderScreen):
            return
        current = self._open_entry
        target = None if current is None else self.reading_list.step(current, forward)
        if target is None:
            self.notify("No more briefings this way.")
            return
        self.open_briefing(target)

    def on_mount(self) -> None:
        if self._unknown_theme:
            self.notify(
                f"unknown theme {self._unknown_theme!r}, using {self.theme}",
                severity="warning",
                markup=False,
            )
