"""The reader on a very long text: its beginning at once, the whole in its place when parsed;
and quitting never waits for the background work."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from textual.pilot import Pilot
from ui.harness import WIDE, pilot_test, reader, settle

import briefing.analysis
from briefing.errors import BriefingError
from briefing.load import read_text
from briefing.model import Briefing
from briefing.ui.app import BriefingApp
from briefing.ui.screens.reader import ReaderScreen

PARAGRAPHS = 200
SHOWN = 40  # paragraphs in the beginning: more than a screen
LATE = 150  # a paragraph far past the beginning


def _text() -> str:
    paragraphs = [
        f"Paragraph {n}: the harbour board met again about the north quay and its cranes."
        for n in range(PARAGRAPHS)
    ]
    paragraphs[LATE] = "“We will rebuild the quay,” said Ada Lindqvist, the harbour director."
    return "The Harbour Report\n\n" + "\n\n".join(paragraphs) + "\n"


def _opening() -> tuple[Briefing, Briefing, float]:
    text = _text()
    cut = text.index(f"Paragraph {SHOWN}:")
    first = read_text(text[:cut], source="harbour.txt")
    return first, read_text(text, source="harbour.txt"), cut / len(text)


def _held(whole: Briefing, parsed: threading.Event) -> Callable[[], Briefing]:
    """A ``rest`` that gives ``whole`` once the test sets ``parsed``."""

    def rest() -> Briefing:
        parsed.wait(10)
        return whole

    return rest


def _app(first: Briefing, rest: Callable[[], Briefing], shown: float) -> BriefingApp:
    return BriefingApp(first, theme="textual-dark", rest=rest, shown=shown)


@dataclass
class _Held:
    """The reader showing the beginning, the whole held back until ``parsed`` is set."""

    pilot: Pilot
    screen: ReaderScreen
    parsed: threading.Event
    first: Briefing
    whole: Briefing
    shown: float


@asynccontextmanager
async def _reading_the_beginning() -> AsyncIterator[_Held]:
    first, whole, shown = _opening()
    parsed = threading.Event()
    async with _app(first, _held(whole, parsed), shown).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.pause()
        yield _Held(pilot, screen, parsed, first, whole, shown)


@pilot_test
async def test_the_beginning_shows_then_the_whole_replaces_it():
    async with _reading_the_beginning() as held:
        pilot, screen, parsed = held.pilot, held.screen, held.parsed
        first, whole = held.first, held.whole
        assert screen.doc.text == first.text
        assert screen.analysing and screen.quotes_list.loading
        parsed.set()
        await settle(pilot)
        assert screen.doc.text == whole.text and screen.doc.analysed
        quotes = [whole.text[quote.start : quote.end] for quote in screen.doc.quotes]
        assert quotes == ["We will rebuild the quay,"]
        assert not screen.quotes_list.loading


@pilot_test
async def test_progress_counts_the_whole_while_only_the_beginning_is_shown():
    async with _reading_the_beginning() as held:
        pilot, screen, parsed, shown = held.pilot, held.screen, held.parsed, held.shown
        await pilot.press("G")
        await pilot.pause()
        assert screen.progress == round(100 * shown) < 25
        parsed.set()
        await settle(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert screen.progress == 100


@pilot_test
async def test_a_search_made_on_the_beginning_runs_again_on_the_whole():
    async with _reading_the_beginning() as held:
        pilot, screen, parsed = held.pilot, held.screen, held.parsed
        await pilot.press("slash", *"cranes", "enter")
        await pilot.pause()
        assert screen._search is not None and len(screen._search.hits) == SHOWN
        parsed.set()
        await settle(pilot)
        assert screen._search is not None
        assert len(screen._search.hits) == PARAGRAPHS - 1  # every paragraph but the quote


@pilot_test
async def test_when_the_rest_cannot_be_read_the_beginning_stays_and_is_analysed():
    first, _, shown = _opening()

    def rest() -> Briefing:
        raise BriefingError("harbour.txt", "the disk went away")

    async with _app(first, rest, shown).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await settle(pilot)
        assert screen.doc.text == first.text and screen.doc.analysed
        messages = [n.message for n in pilot.app._notifications]
        assert any(
            "Only the beginning could be read" in m and "disk went away" in m for m in messages
        )
        await pilot.press("G")
        await pilot.pause()
        assert screen.progress == 100  # the beginning is all there is now


@pilot_test
async def test_quitting_does_not_wait_for_the_analysis(monkeypatch):
    """The analysis runs in a daemon thread: the app ends while it still runs, and the
    interpreter will not wait for it either (a pool thread would be joined at exit)."""
    release = threading.Event()

    def endless(doc, **kwargs):
        release.wait(30)
        return doc

    monkeypatch.setattr(briefing.analysis, "analyse", endless)
    _, whole, _ = _opening()
    try:
        async with BriefingApp(whole, theme="textual-dark").run_test(size=WIDE) as pilot:
            await pilot.pause()
            assert reader(pilot).analysing
            await pilot.press("q")
        running = [t for t in threading.enumerate() if t.name == "briefing-analysis"]
        assert running and all(t.daemon and t.is_alive() for t in running)
    finally:
        release.set()
