"""The status line's speaker: a confidence only where it tells the reader something."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ui.harness import harbour, make_app, pilot_test, reader

from briefing.ui.status_line import QuoteStatus, StatusLine, status_content


def test_an_unattributed_quote_shows_no_probability() -> None:
    row = status_content(width=80, quote=QuoteStatus(None, None, 1.0), counter="quote 4/6")
    assert "unattributed" in row.plain
    assert "p=" not in row.plain and "sure" not in row.plain


def test_a_doubtful_speaker_shows_how_sure_the_engine_is() -> None:
    row = status_content(width=80, quote=QuoteStatus("Mara Quill", None, 0.874)).plain
    assert "Mara Quill (87% sure)" in row and "p=" not in row
    doubtful = status_content(width=80, quote=QuoteStatus("Mara Quill", None, 0.31)).plain
    assert "? Mara Quill (31% sure)" in doubtful


@pytest.mark.parametrize("confidence", [None, 0.9, 0.97, 1.0])
def test_a_sure_speaker_shows_no_odds(confidence: float | None) -> None:
    row = status_content(width=80, quote=QuoteStatus("Mara Quill", None, confidence)).plain
    assert "Mara Quill" in row and "sure" not in row


@pilot_test
async def test_the_reader_on_an_unattributed_quote_says_so_without_odds() -> None:
    doc = harbour()
    quotes = [replace(quote, confidence=0.7 if quote.speaker else 1.0) for quote in doc.quotes]
    doc = replace(doc, quotes=tuple(quotes))
    unattributed = next(i for i, quote in enumerate(quotes) if quote.speaker is None)
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press(*["n"] * (unattributed + 1))
        await pilot.pause()
        status = screen.query_one("#status", StatusLine).render().plain
        assert f"quote {unattributed + 1}/{len(quotes)}" in status
        assert "unattributed" in status and "sure" not in status and "p=" not in status
        await pilot.press("N")
        await pilot.pause()
        assert "(70% sure)" in screen.query_one("#status", StatusLine).render().plain


def test_a_turn_labelled_by_the_speakers_surname_is_not_repeated() -> None:
    quote = QuoteStatus("Jake Sullivan", "National Security Advisor")
    row = status_content(width=100, section="Mr. Sullivan", quote=quote).plain
    assert row.count("Sullivan") == 1 and "Jake Sullivan, National Security Advisor" in row
    other = status_content(width=100, section="Mr. Reed", quote=quote).plain
    assert "Mr. Reed · Jake Sullivan" in other
    long_title = status_content(width=100, section="Reaction to the plan by Sullivan", quote=quote)
    assert "Reaction to the plan by Sullivan · Jake Sullivan" in long_title.plain
