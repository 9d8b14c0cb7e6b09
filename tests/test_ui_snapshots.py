"""Snapshots of what the reader looks like, through the one harness that pins theme and size.

The seed goes through the app's analysis worker (``settle`` waits for it) but the analysis is
pinned to a hand-written one, so tuning the quote or key-point engines does not move these
pictures; a change here is a change to the reader. Rerun with ``--snapshot-update`` when a
change is intended, after looking at the report.
"""

from __future__ import annotations

import pytest
from ui.harness import NARROW, WIDE, harbour, make_app, pinned_seed_analysis, seed, settle

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
        pilot.app.screen.jump_quote(1)
        pilot.app.screen.article.flash_seconds = 3600
        await pilot.pause()

    assert snap_compare(make_app(harbour()), terminal_size=WIDE, run_before=jump_to_second_quote)


def test_help_screen(snap_compare):
    assert snap_compare(
        make_app(harbour()), press=["question_mark"], terminal_size=WIDE, run_before=settle
    )


def test_speaker_picker(snap_compare):
    assert snap_compare(make_app(harbour()), press=["s"], terminal_size=WIDE, run_before=settle)
