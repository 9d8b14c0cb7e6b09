"""Enter opens the row the user highlighted, whatever arrives, sorts or filters in between.

The analysis is replaced by a feed the test drives, so rows arrive exactly when and in the
order the test says (out of order, as worker processes deliver them).
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui.harness import NARROW, THEME, WIDE, pilot_test

from briefing.collection import Summary, find_briefings
from briefing.collection.parallel import summarise_source
from briefing.collection.summary import QuoteEntry
from briefing.ui.app import BriefingApp
from briefing.ui.screens import reading_list
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.screens.reading_list import ReadingListScreen

DAYS = ["2024-03-01", "2024-03-04", "2024-03-02", "2024-03-05", "2024-03-03"]


class HeldFeed:
    """The analysis, held back: ``release`` lets one file's summary through."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.waiting: queue.Queue[int | None] = queue.Queue()

    def release(self, *indices: int) -> None:
        for index in indices:
            self.waiting.put(index)

    def stop(self) -> None:
        self.waiting.put(None)

    def summary(self, index: int) -> Summary:
        return summarise_source(self.names[index])

    def __iter__(self) -> Iterator[tuple[int, Summary]]:
        while (index := self.waiting.get()) is not None:
            yield index, self.summary(index)


class MadeFeed(HeldFeed):
    """Summaries written here, not analysed: pictures that do not move with the engines."""

    def summary(self, index: int) -> Summary:
        return Summary(
            path=self.names[index],
            title=f"Harbour council meeting number {index} on the reopening of the north quay",
            source=self.names[index],
            date=DAYS[index],
            day=DAYS[index],
            words=1200 + index,
            quotes=(QuoteEntry("The quay reopens in spring", 0, 26, "Mara Quill", None),),
            key_points=("The council voted to reopen the north quay in spring.",),
        )


@pytest.fixture
def feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HeldFeed:
    for number, day in enumerate(DAYS):
        text = (
            f"Harbour note {number}\n\n{day}\n\nThe harbour council met about the quay {number}.\n"
        )
        (tmp_path / f"note_{number}.txt").write_text(text, encoding="utf-8")
    held = HeldFeed(find_briefings([str(tmp_path)]).files)
    monkeypatch.setattr(reading_list, "start_summaries", lambda names, **_: held)
    return held


def make_app(feed: HeldFeed) -> BriefingApp:
    return BriefingApp(None, theme=THEME, found=find_briefings([str(Path(feed.names[0]).parent)]))


def shown_titles(screen: ReadingListScreen) -> list[str]:
    return [
        summary.title
        if (summary := screen.entries[i].summary)
        else Path(screen.entries[i].path).name
        for i in screen.shown
    ]


async def arrived(pilot, screen: ReadingListScreen, count: int) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.02)
        if screen.done >= count and not screen._dirty:
            return
    raise AssertionError(f"only {screen.done} of {count} rows arrived")


async def opened_title(pilot) -> str:  # type: ignore[no-untyped-def]
    for _ in range(100):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        # Pushed is not yet mounted: leaving the app before the reader's on_mount ran made
        # it look for its article during shutdown (1 run in 10 under load).
        if isinstance(screen, ReaderScreen) and screen.is_mounted and screen.query("#article"):
            return screen.doc.title
    raise AssertionError("no briefing opened")


@pytest.mark.parametrize("moved", [False, True], ids=["top-row", "row-chosen"])
@pilot_test
async def test_enter_opens_the_highlighted_row_when_a_redraw_comes_first(
    feed: HeldFeed, moved: bool
) -> None:
    """Enter's selection is handled after the list's timer has redrawn it (a row arrived in
    between): the briefing opened is the one highlighted, not the one now at its position."""
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.reading_list
        assert screen is not None
        feed.release(0, 2)  # out of order; newest first: note 2 (03-02), note 0 (03-01)
        await arrived(pilot, screen, 2)
        if moved:
            await pilot.press("down")
        wanted = shown_titles(screen)[screen.option_list.highlighted or 0]
        assert wanted == ("Harbour note 0" if moved else "Harbour note 2")
        screen.option_list.action_select()  # Enter: its message waits in the queue...
        newer = ReadingListScreen.Analysed(3, summarise_source(feed.names[3]))
        screen.on_reading_list_screen_analysed(newer)  # ...a newer row arrives
        screen.redraw()  # ...and the timer redraws first
        assert shown_titles(screen)[0] == "Harbour note 3"
        assert await opened_title(pilot) == wanted


@pilot_test
async def test_the_top_row_stays_highlighted_until_the_user_moves(feed: HeldFeed) -> None:
    """Rows sorting in above the first-highlighted row do not carry the highlight down."""
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.reading_list
        assert screen is not None
        feed.release(1, 3)
        await arrived(pilot, screen, 2)
        assert screen.option_list.highlighted == 0
        assert shown_titles(screen)[0] == "Harbour note 3"
        await pilot.press("enter")
        assert await opened_title(pilot) == "Harbour note 3"


@pilot_test
async def test_enter_opens_the_highlighted_row_after_sorting_and_filtering(feed: HeldFeed) -> None:
    """Rows arriving out of order between a sort, a filter and Enter: the highlighted opens."""
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.reading_list
        assert screen is not None
        feed.release(4, 1)
        await arrived(pilot, screen, 2)
        await pilot.press("f5")  # by title: analysed rows first, then the waiting ones
        assert screen.sort == "title"
        assert shown_titles(screen)[:2] == ["Harbour note 1", "Harbour note 4"]
        await pilot.press("down")  # note 4
        feed.release(3, 0)
        await arrived(pilot, screen, 4)
        assert shown_titles(screen)[screen.option_list.highlighted or 0] == "Harbour note 4"
        await pilot.press("h", "a", "r")  # the filter keeps the highlighted row
        feed.release(2)
        await arrived(pilot, screen, 5)
        assert shown_titles(screen)[screen.option_list.highlighted or 0] == "Harbour note 4"
        await pilot.press("escape", "enter")
        assert await opened_title(pilot) == "Harbour note 4"


def test_a_rows_facts_keep_the_counts_when_the_file_name_is_long() -> None:
    summary = Summary(
        path="folder/transcript_of_a_very_long_press_briefing_name_2024-08-23.md",
        title="Background call",
        source="folder/transcript_of_a_very_long_press_briefing_name_2024-08-23.md",
        date="2020-01-15T01:01:01+00:00",
        day="2020-01-15",
        words=3030,
    )
    facts = reading_list.row(reading_list.Entry(summary.path, summary), 74).plain.split("\n")[1]
    assert len(facts) <= 74
    assert facts.startswith("  2020-01-15 · 3030 words · 0 quotes · 0 speakers · transcript_")
    assert facts.endswith("…")


@pilot_test
async def test_back_from_the_reader_the_highlight_is_on_the_briefing_last_read(
    feed: HeldFeed,
) -> None:
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.reading_list
        assert screen is not None
        feed.release(*range(len(DAYS)))
        await arrived(pilot, screen, len(DAYS))
        await pilot.press("enter")
        assert await opened_title(pilot) == "Harbour note 3"
        await pilot.press("right_curly_bracket")
        await pilot.pause(0.3)
        assert await opened_title(pilot) == "Harbour note 1"
        await pilot.press("backspace")
        await pilot.pause(0.2)
        assert app.screen is screen
        screen.redraw()  # a redraw keeps the highlight on the briefing last read
        assert shown_titles(screen)[screen.option_list.highlighted or 0] == "Harbour note 1"


def test_reading_list_at_80x24_with_long_file_names(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows cut to 80 columns: titles and the source end in an ellipsis, counts stay whole."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number, day in enumerate(DAYS[:3]):
        name = f"transcript_of_the_harbour_council_meeting_number_{number}_{day}.txt"
        (folder / name).write_text("Harbour\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # relative paths: the same picture on every machine
    found = find_briefings(["in"])
    held = MadeFeed(found.files)
    monkeypatch.setattr(reading_list, "start_summaries", lambda names, **_: held)
    app = BriefingApp(None, theme=THEME, found=found)

    async def filled(pilot) -> None:  # type: ignore[no-untyped-def]
        assert app.reading_list is not None
        held.release(*range(len(found.files)))
        await arrived(pilot, app.reading_list, len(found.files))

    assert snap_compare(app, terminal_size=NARROW, run_before=filled)


@pilot_test
async def test_help_on_the_list_and_the_speakers_screen(feed: HeldFeed) -> None:
    """? lists the keys of the screen it is pressed on (it raised AttributeError on both)."""
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        said = {(where, description) for where, _, description in app.screen._rows}
        assert ("Reading list", "Sort: by date (newest first) or by title") in said
        assert ("App", "Quit") in said
        await pilot.press("escape", "f6")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        said = {(where, description) for where, _, description in app.screen._rows}
        assert ("Speakers", "Next person") in said and ("Speakers", "Prev person") in said


@pilot_test
async def test_the_palette_opens_a_briefing_by_its_title(feed: HeldFeed) -> None:
    app = make_app(feed)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.reading_list
        assert screen is not None
        feed.release(*range(len(DAYS)))
        await arrived(pilot, screen, len(DAYS))
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"open: harbour note 4")
        await pilot.pause(0.5)
        await pilot.press("enter")
        assert await opened_title(pilot) == "Harbour note 4"
