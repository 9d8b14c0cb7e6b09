"""The reading list: one row per briefing of a collection, filled in as the analysis arrives.

The rows show at once from the file names. The analysis begins with the screen, in the app's
constructor (:func:`briefing.collection.parallel.start_summaries`): the worker processes start
and get their first files while the list is drawn. A thread worker then collects the summaries
and posts each to the screen as a message, without waiting for the UI thread (a thread blocked
on a busy UI hands out no more files). The UI thread marks the list dirty; a short timer redraws
it, so a thousand arrivals cost a few redraws, not a thousand. Typing filters (the first
printable key goes to the filter box); F5 changes the order; Enter opens a briefing in the
reader, whose Backspace comes back here.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.collection import Found, Summary
from briefing.collection.parallel import start_summaries
from briefing.collection.summary import failed
from briefing.ui.screens.help import HelpScreen, binding_rows, help_nodes
from briefing.ui.text_safety import safe_label, shorten

SORTS = ("date", "title")
_REDRAW_SECONDS = 0.2


@dataclass(slots=True)
class Entry:
    """A row: the file, and its summary once analysed (``None`` while waiting)."""

    path: str
    summary: Summary | None = None

    def matches(self, query: str) -> bool:
        summary = self.summary
        fields = [self.path]
        if summary is not None:
            fields += [summary.title, summary.source, summary.first_point, summary.error or ""]
        return any(query in field.casefold() for field in fields)


def order_entries(entries: list[Entry], sort: str, query: str) -> list[int]:
    """Indices of the entries to show: filtered by ``query``, newest first or by title."""
    shown = [i for i, entry in enumerate(entries) if not query or entry.matches(query)]
    if sort == "title":  # rows without a title yet (waiting, failed) go last
        return sorted(shown, key=lambda i: (_untitled(entries[i]), _title(entries[i]).casefold()))
    shown.sort(key=lambda i: entries[i].path)
    return sorted(shown, key=lambda i: _day(entries[i]), reverse=True)


def _title(entry: Entry) -> str:
    return entry.summary.title if entry.summary else entry.path


def _untitled(entry: Entry) -> bool:
    return entry.summary is None or entry.summary.error is not None


def _day(entry: Entry) -> str:
    return (entry.summary.day or "") if entry.summary else ""


def help_rows(screen: Screen[None]) -> list[tuple[str, str, str]]:
    """The help of a screen, built as the reader builds its own: the bindings of the focused
    widget, the screen, its other widgets and the app."""
    return binding_rows(help_nodes(screen, screen.focused), screen.app.get_key_display)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def row(entry: Entry, width: int = 100) -> Content:
    """Three lines: the title, the facts, the first key point (or the error, or "analysing")."""
    summary = entry.summary
    name = shorten(safe_label(entry.path), width)
    if summary is None:
        return Content.assemble((name, "bold"), "\n", ("  analysing…", "dim"))
    if summary.error is not None:
        error = shorten(safe_label(summary.error), width - 2)
        return Content.assemble((name, "bold"), "\n", (f"  {error}", "red"))
    source = summary.source if summary.source != summary.path else Path(summary.path).name
    facts = [  # the source last: a long file name is what gets cut, not the counts
        summary.day or summary.date or "undated",  # one form down the list, no clock times
        _count(summary.words, "word"),
        _count(len(summary.quotes), "quote"),
        _count(summary.speakers, "speaker"),
        source,
    ]
    return Content.assemble(
        (shorten(safe_label(summary.title), width), "bold"),
        "\n",
        (shorten("  " + " · ".join(safe_label(fact) for fact in facts), width), "dim"),
        "\n  ",
        shorten(safe_label(summary.first_point) or "(no key points)", width - 2),
    )


def _entry_of(option: Option) -> int:
    """The entry a row shows (rows are made with the entry's index as their id)."""
    assert option.id is not None
    return int(option.id)


class ReadingListScreen(Screen[None]):
    """Several briefings: pick one to read, or see who said what across them."""

    HELP_GROUP = "Reading list"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="list.help"),
        Binding("f5", "sort", "Sort", tooltip="by date (newest first) or by title", id="list.sort"),
        Binding("f6", "speakers", "Speakers", tooltip="everyone quoted", id="list.speakers"),
        Binding("escape", "clear_filter", "Clear filter", id="list.clear_filter", show=False),
    ]

    def __init__(self, found: Found, *, jobs: int, key_points: int | None = None) -> None:
        super().__init__()
        self.found = found
        self.jobs = jobs
        self.key_points = key_points
        self.entries = [Entry(path) for path in found.files]
        self.entries += [Entry(name, failed(name, reason)) for name, reason in found.problems]
        self.sort = SORTS[0]
        self.shown: list[int] = []
        self._followed: int | None = None  # the entry the user put the highlight on
        self.done = len(found.problems)
        self._dirty = True
        self._rows: dict[int, Option] = {}  # entry index -> its row at ``_row_width``
        self._row_width = 0
        # begun here, before the app runs its threads: see start_summaries
        self._summaries = start_summaries(found.files, jobs=jobs, key_points=key_points)

    @dataclass
    class Analysed(Message):
        """One file's summary, from the thread that drives the worker processes."""

        index: int
        summary: Summary

    def compose(self) -> ComposeResult:
        yield Label(id="list-title")
        yield Input(
            placeholder="Type to filter (Escape clears)", id="list-filter", select_on_focus=False
        )
        yield OptionList(id="briefings", markup=False)
        yield Footer()

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#briefings", OptionList)

    @property
    def filter_box(self) -> Input:
        return self.query_one("#list-filter", Input)

    def on_mount(self) -> None:
        self.option_list.focus()
        self.redraw()
        self.set_interval(_REDRAW_SECONDS, self.redraw_if_changed)
        if self.found.files:  # after the first paint: one job analyses in this process
            self.call_after_refresh(self.analyse_all)

    # -- analysis -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, name="collection")
    def analyse_all(self) -> None:
        """Drive the process pool from a thread; each summary goes to the UI thread."""
        worker = get_current_worker()
        summaries = iter(self._summaries)
        with closing(summaries):  # closing it shuts the pool down (``stop`` ends it sooner)
            for index, summary in summaries:
                if worker.is_cancelled or not self.post_message(self.Analysed(index, summary)):
                    return  # the app is closing

    def on_unmount(self) -> None:
        """Quitting ends the analysis at once: the workers stop mid-file, none is waited for."""
        self._summaries.stop()

    def on_reading_list_screen_analysed(self, message: Analysed) -> None:
        index, summary = message.index, message.summary
        self.entries[index].summary = summary
        self._rows.pop(index, None)
        self.done += 1
        self._dirty = True

    @property
    def summaries(self) -> list[Summary]:
        """The briefings analysed so far, in the order of the files (for the speakers screen)."""
        return [entry.summary for entry in self.entries if entry.summary is not None]

    # -- the list ---------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._dirty = True  # rows are cut to the width: the timer makes them again

    def redraw_if_changed(self) -> None:
        if self._dirty:
            self.redraw()

    def redraw(self) -> None:
        """Rebuild the rows in the current order and filter.

        The highlight stays on the entry the user put it on, wherever it moves; until they
        choose one, on the top row. Following the row first highlighted instead, a reader who
        had touched nothing saw the highlight slide down as analysed rows sorted in above it,
        and Enter opened the third row. Setting it here posts no ``OptionHighlighted``: that
        message means the user moved it.
        """
        self._dirty = False
        options = self.option_list
        query = self.filter_box.value.strip().casefold()
        self.shown = order_entries(self.entries, self.sort, query)
        with self.prevent(OptionList.OptionHighlighted):
            options.set_options(self._option(i) for i in self.shown)
            if self.shown:
                followed = self._followed
                options.highlighted = self.shown.index(followed) if followed in self.shown else 0
        self._update_title()

    def _option(self, index: int) -> Option:
        """An entry's row, made again only when its summary or the width changed: an option
        keeps its measured height, so redrawing a long list while a few rows change costs
        little (making and measuring every row again took 150 ms for a thousand rows)."""
        width = max(20, self.size.width - 6)  # the list's border, padding and scroll bar
        if width != self._row_width:
            self._rows.clear()
            self._row_width = width
        option = self._rows.get(index)
        if option is None:
            option = self._rows[index] = Option(row(self.entries[index], width), id=str(index))
        return option

    def _update_title(self) -> None:
        total = len(self.entries)
        parts = [f"{total} briefings", f"sorted by {self.sort}"]
        if self.done < total:
            parts.append(f"analysing {self.done}/{total}")
        if len(self.shown) != total:
            parts.append(f"{len(self.shown)} shown")
        if self.found.skipped_count:
            parts.append(self.found.skipped_line())
        title = Content("Reading list: " + ", ".join(parts))
        self.query_one("#list-title", Label).update(title, layout=False)  # one line, full width

    def on_input_changed(self, event: Input.Changed) -> None:
        self.redraw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.option_list.focus()
        self.action_open()

    def on_key(self, event: events.Key) -> None:
        """The first printable key typed on the list starts the filter (``q`` still quits)."""
        if self.focused is self.option_list and event.is_printable and event.character:
            if event.character in "{}?q":
                return
            event.stop()
            self.filter_box.focus()
            self.filter_box.insert_text_at_cursor(event.character)

    def action_clear_filter(self) -> None:
        self.filter_box.value = ""
        self.option_list.focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.redraw()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._followed = _entry_of(event.option)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the row chosen, known by its id: a redraw may have run between Enter and this
        message, and the position it carries may now hold another row."""
        event.stop()
        self.open_entry(_entry_of(event.option))

    def action_open(self) -> None:
        highlighted = self.option_list.highlighted
        if highlighted is not None and highlighted < len(self.shown):
            self.open_entry(self.shown[highlighted])

    def open_entry(self, entry: int) -> None:
        self._followed = entry
        self.app.open_briefing(entry)  # type: ignore[attr-defined]

    def step(self, current: int, forward: bool) -> int | None:
        """The entry after (or before) ``current`` in the shown order that can be opened."""
        if current not in self.shown:
            return None
        position = self.shown.index(current)
        steps = range(position + 1, len(self.shown)) if forward else range(position - 1, -1, -1)
        for candidate in steps:
            summary = self.entries[self.shown[candidate]].summary
            if summary is None or summary.error is None:
                self.option_list.highlighted = candidate
                return self.shown[candidate]
        return None

    def action_speakers(self) -> None:
        self.app.show_speakers()  # type: ignore[attr-defined]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(help_rows(self)))
