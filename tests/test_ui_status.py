"""The status line's speaker: a confidence only where it tells the reader something."""

from __future__ import annotations

from dataclasses import replace

from ui.harness import harbour, make_app, pilot_test, reader

from briefing.ui.status_line import QuoteStatus, StatusLine, status_content


def test_an_unattributed_quote_shows_no_probability() -> None:
    row = status_content(width=80, quote=QuoteStatus(None, None, 1.0), counter="quote 4/6")
    assert "unattributed" in row.plain
    assert "p=" not in row.plain and "sure" not in row.plain


def test_a_named_speaker_shows_how_sure_the_engine_is() -> None:
    row = status_content(width=80, quote=QuoteStatus("Mara Quill", None, 0.874)).plain
    assert "Mara Quill (87% sure)" in row and "p=" not in row
    assert "sure" not in status_content(width=80, quote=QuoteStatus("Mara Quill")).plain


@pilot_test
async def test_the_reader_on_an_unattributed_quote_says_so_without_odds() -> None:
    doc = harbour()
    quotes = [replace(quote, confidence=1.0) for quote in doc.quotes]
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
        assert "(100% sure)" in screen.query_one("#status", StatusLine).render().plain
