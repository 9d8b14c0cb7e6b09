"""Snapshots of what the reader looks like, through the one harness that pins theme and size.

The seed goes through the real analysis worker (``settle`` waits for it), so a change to the
quote or key-point engines shows up here too: look at the report and rerun with
``--snapshot-update`` when the change is intended.
"""

from __future__ import annotations

from ui.harness import NARROW, WIDE, harbour, make_app, seed, settle


def test_main_screen_on_the_seed_wide(snap_compare):
    assert snap_compare(make_app(seed()), terminal_size=WIDE, run_before=settle)


def test_main_screen_on_the_seed_narrow(snap_compare):
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
