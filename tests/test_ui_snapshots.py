"""Snapshots of what the reader looks like, through the one harness that pins theme and size.

The seed goes through the app's analysis worker (``settle`` waits for it) but the analysis is
pinned to a hand-written one, so tuning the quote or key-point engines does not move these
pictures; a change here is a change to the reader. Rerun with ``--snapshot-update`` when a
change is intended, after looking at the report.
"""

from __future__ import annotations

import pytest
from ui.harness import (
    LIGHT,
    NARROW,
    SMALL,
    WIDE,
    harbour,
    make_app,
    pinned_seed_analysis,
    seed,
    settle,
)

import briefing.analysis


@pytest.fixture
def pinned_analysis(monkeypatch):
    monkeypatch.setattr(briefing.analysis, "analyse", pinned_seed_analysis)


def test_main_screen_on_the_seed_wide(snap_compare, pinned_analysis):
    assert snap_compare(make_app(seed()), terminal_size=WIDE, run_before=settle)


def test_main_screen_on_the_seed_narrow(snap_compare, pinned_analysis):
    assert snap_compare(make_app(seed()), terminal_size=NARROW, run_before=settle)


def test_main_screen_with_quotes_and_a_jump(snap_compare):
    async def jump_to_second_quote(pilot):
        await settle(pilot)
        pilot.app.screen.article.flash_seconds = 3600  # before the jump
        pilot.app.screen.jump_quote(1)
        await pilot.pause()

    assert snap_compare(make_app(harbour()), terminal_size=WIDE, run_before=jump_to_second_quote)


def test_help_screen(snap_compare):
    assert snap_compare(
        make_app(harbour()), press=["question_mark"], terminal_size=WIDE, run_before=settle
    )


def test_speaker_picker(snap_compare):
    assert snap_compare(make_app(harbour()), press=["s"], terminal_size=WIDE, run_before=settle)


def test_main_screen_on_the_seed_small(snap_compare, pinned_analysis):
    async def two_quotes_on(pilot):
        await settle(pilot)
        pilot.app.screen.article.flash_seconds = 3600  # before the jump
        await pilot.press("n", "n")
        await pilot.pause()

    assert snap_compare(make_app(seed()), terminal_size=SMALL, run_before=two_quotes_on)


@pytest.mark.parametrize("size", [NARROW, SMALL], ids=["80x24", "60x20"])
def test_help_screen_small(snap_compare, size):
    assert snap_compare(
        make_app(harbour()), press=["question_mark"], terminal_size=size, run_before=settle
    )


@pytest.mark.parametrize("size", [NARROW, SMALL], ids=["80x24", "60x20"])
def test_speaker_picker_small(snap_compare, size):
    assert snap_compare(make_app(harbour()), press=["s"], terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [NARROW, SMALL], ids=["80x24", "60x20"])
def test_search_while_typing_and_after(snap_compare, size):
    async def typing(pilot):
        await settle(pilot)
        await pilot.press("slash", *"quill|quay")
        await pilot.pause()

    async def found(pilot):
        await typing(pilot)
        await pilot.press("enter", "n")
        await pilot.pause()

    app = make_app(harbour())
    assert snap_compare(app, terminal_size=size, run_before=typing)
    assert snap_compare(make_app(harbour()), terminal_size=size, run_before=found)


def test_light_theme_with_a_quote_and_a_hit(snap_compare):
    async def read_on(pilot):
        await settle(pilot)
        pilot.app.screen.article.flash_seconds = 3600  # before the jump
        await pilot.press("slash", *"Reed", "enter", "escape", "n")
        await pilot.press("n")
        await pilot.pause()

    app = make_app(harbour(), theme=LIGHT)
    assert snap_compare(app, terminal_size=NARROW, run_before=read_on)


def test_the_contents_drawer_at_80x24(snap_compare):
    """t opens the table of contents over the text, its cursor entry shown whole below it."""

    async def contents(pilot):
        await settle(pilot)
        await pilot.press("t", "j")
        await pilot.pause()

    assert snap_compare(make_app(harbour()), terminal_size=NARROW, run_before=contents)


def test_the_quotes_drawer_at_100x30(snap_compare):
    """From 85 to 118 columns the sections stay beside the text and the quotes are a drawer."""

    async def quotes(pilot):
        await settle(pilot)
        pilot.app.screen.article.flash_seconds = 3600  # before the jump
        await pilot.press("n", "f3", "tab", "tab")
        await pilot.pause()

    assert snap_compare(make_app(harbour()), terminal_size=(100, 30), run_before=quotes)


def test_light_theme_with_the_quotes_drawer_at_60x20(snap_compare):
    async def quotes(pilot):
        await settle(pilot)
        pilot.app.screen.article.flash_seconds = 3600  # before the jump
        await pilot.press("n", "f3")
        await pilot.pause()

    app = make_app(harbour(), theme=LIGHT)
    assert snap_compare(app, terminal_size=SMALL, run_before=quotes)
