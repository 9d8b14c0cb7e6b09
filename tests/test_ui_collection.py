"""Pilot tests of the reading list and the speakers-across-briefings screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui.harness import THEME, WIDE, pilot_test

from briefing.collection import Summary, find_briefings
from briefing.ui.app import BriefingApp
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.screens.reading_list import ReadingListScreen
from briefing.ui.screens.speakers import SpeakersScreen, quote_row
from tests.collection_fixtures import write_folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_folder(tmp_path)
    return tmp_path


def make_list_app(folder: Path, jobs: int = 1) -> BriefingApp:
    return BriefingApp(None, theme=THEME, found=find_briefings([str(folder)]), jobs=jobs)


async def filled(pilot, app: BriefingApp) -> ReadingListScreen:  # type: ignore[no-untyped-def]
    screen = app.reading_list
    assert screen is not None
    for _ in range(200):  # until every row is analysed and drawn (the title stops counting)
        await pilot.pause(0.05)
        if screen.done == len(screen.entries) and "analysing" not in title_of(screen):
            break
    await pilot.pause(0.1)
    return screen


def title_of(screen: ReadingListScreen) -> str:
    return str(screen.query_one("#list-title").render())


def titles(screen: ReadingListScreen) -> list[str]:
    return [
        entry.summary.title if entry.summary else entry.path
        for entry in (screen.entries[i] for i in screen.shown)
    ]


@pilot_test
async def test_list_fills_in_sorts_and_filters(folder: Path) -> None:
    app = make_list_app(folder)
    async with app.run_test(size=WIDE) as pilot:
        screen = await filled(pilot, app)
        assert titles(screen)[:3] == ["Quay finished", "Harbour briefing", "Ferry Plans Approved"]
        broken = [e.summary for e in screen.entries if e.summary and e.summary.error]
        assert len(broken) == 1 and "binary" in (broken[0].error or "")
        assert "skipped 2 files" in str(screen.query_one("#list-title").render())
        await pilot.press("f5")
        assert screen.sort == "title"
        assert titles(screen)[0] == "Ferry Plans Approved"
        await pilot.press("b", "r", "i", "e")
        assert screen.filter_box.value == "brie"
        assert titles(screen) == ["Harbour briefing"]
        await pilot.press("escape")
        assert len(screen.shown) == 4 and app.focused is screen.option_list


@pilot_test
async def test_worker_processes_fill_the_list_from_inside_the_app(folder: Path) -> None:
    app = make_list_app(folder, jobs=2)  # the forkserver path: the app runs threads
    async with app.run_test(size=WIDE) as pilot:
        screen = await filled(pilot, app)
        assert screen.done == 4
        assert sorted(titles(screen)[:3]) == [
            "Ferry Plans Approved",
            "Harbour briefing",
            "Quay finished",
        ]


@pilot_test
async def test_enter_opens_backspace_returns_braces_step(folder: Path) -> None:
    app = make_list_app(folder)
    async with app.run_test(size=WIDE) as pilot:
        screen = await filled(pilot, app)
        await pilot.press("home", "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.doc.title == "Quay finished"
        await pilot.press("right_curly_bracket")
        await pilot.pause(0.3)
        assert app.screen.doc.title == "Harbour briefing"
        await pilot.press("left_curly_bracket")
        await pilot.pause(0.3)
        assert app.screen.doc.title == "Quay finished"
        await pilot.press("backspace")
        await pilot.pause(0.2)
        assert app.screen is screen


@pilot_test
async def test_speakers_screen_jumps_to_the_quote(folder: Path) -> None:
    app = make_list_app(folder)
    async with app.run_test(size=WIDE) as pilot:
        await filled(pilot, app)
        await pilot.press("f6")
        await pilot.pause(0.2)
        speakers = app.screen
        assert isinstance(speakers, SpeakersScreen)
        first = next(t for t in speakers.targets if t is not None)
        await pilot.press("enter")
        await pilot.pause(0.5)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.doc.title == "Quay finished"  # Jane Lee's newest quote
        assert reader.article.anchor == first[1]
        await pilot.press("backspace")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ReadingListScreen)


@pytest.fixture
def relative_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Rows show paths: a relative folder keeps the pictures the same on every machine."""
    write_folder(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    return Path("in")


def test_reading_list_snapshot(snap_compare, relative_folder: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_list_app(relative_folder)
    assert snap_compare(app, terminal_size=WIDE, run_before=lambda pilot: filled(pilot, app))


def test_speakers_screen_snapshot(snap_compare, relative_folder: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_list_app(relative_folder)

    async def open_speakers(pilot) -> None:  # type: ignore[no-untyped-def]
        await filled(pilot, app)
        await pilot.press("f6")
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=WIDE, run_before=open_speakers)


@pytest.mark.parametrize("width", [40, 74, 114])
def test_a_speakers_quote_row_fits_one_line(width: int) -> None:
    summary = Summary(path="a.md", title="A very long title " * 5, day="2024-03-02")
    row = quote_row(
        summary, "We are ready for the first boats and the crews are trained " * 3, width
    )
    assert row.cell_length <= width
    assert "\n" not in row.plain and row.plain.endswith("…”")
    assert quote_row(summary, "Short.", width).plain.endswith("“Short.”")
