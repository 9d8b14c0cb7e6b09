"""Pilot tests of knowing where you are: the status line, less-style search, focus, footer,
help, jump history, reload and theme choice, at the sizes terminals really open with."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ui.harness import harbour, long_report, make_app, pilot_test, reader

from briefing.cli import choose_theme
from briefing.ui.app import BriefingApp
from briefing.ui.article_view import ArticleView
from briefing.ui.key_footer import KeyFooter
from briefing.ui.quotes_list import QuotesList
from briefing.ui.screens.help import HelpScreen
from briefing.ui.search_bar import BadPattern, SearchResults, compile_search, find_hits
from briefing.ui.status_line import QuoteStatus, StatusLine, status_content

SIZES = [(80, 24), (100, 30), (160, 45)]


@pytest.fixture(autouse=True)
def slow_flash(monkeypatch):
    monkeypatch.setattr(ArticleView, "flash_seconds", 60.0)


def status_text(screen) -> str:
    status = screen.query_one("#status", StatusLine)
    assert status.region.height == 1 and status.region.bottom <= screen.size.height
    return status.render().plain


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_the_speaker_of_the_current_quote_is_on_screen_at_every_size(size):
    doc = harbour()
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        await pilot.press("n", "n")
        await pilot.pause()
        shown = status_text(screen)
        assert "Tomas Reed" in shown
        assert "quote 2/6" in shown and "%" in shown
        assert "What Was Said" in shown or size[0] < 100
        current = screen.article.current_quote
        assert (current.start, current.end) == (doc.quotes[1].start, doc.quotes[1].end)


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_n_follows_hits_during_a_search_and_quotes_after_escape(size):
    doc = long_report()
    hits = [i for i in range(len(doc.text)) if doc.text.startswith("Ben Stone", i)]
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", *"Ben Stone", "enter")
        assert screen.article.anchor == hits[0]
        await pilot.press("n")
        assert screen.article.anchor == hits[1]
        assert f"hit 2/{len(hits)}" in status_text(screen)
        footer = screen.query_one("#footer", KeyFooter)
        assert ("n", "Next hit") in [(e.key, e.description) for e in footer.shown()]
        await pilot.press("escape")
        assert screen._search is None
        await pilot.press("n")
        after = [q.start for q in doc.quotes if q.start > hits[1]]
        assert screen.article.anchor == after[0]
        assert ("n", "Next quote") in [(e.key, e.description) for e in footer.shown()]
        assert any("n/N step through quotes again" in m for m in messages(pilot.app))


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_the_focused_pane_has_the_accent_edge(size):
    async with make_app(harbour()).run_test(size=size) as pilot:
        screen = reader(pilot)
        edge = screen.article.styles.border_left
        await pilot.press("f3")
        assert screen.focused is screen.article
        screen.quotes_list.focus()
        await pilot.pause()
        assert screen.quotes_list.styles.border_left[1] == edge[1]
        assert screen.article.styles.border_left[1] != edge[1]


@pilot_test
async def test_search_is_a_smart_case_regex_with_a_clear_message_when_bad():
    doc = harbour()
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", *"quay|quill", "enter")
        assert screen._search is not None
        assert len(screen._search.hits) == 5  # quay, Quay, Quill x3: case-blind
        await pilot.press("escape", "slash", *"Quill (", "enter")
        await pilot.pause()
        assert any("Bad search pattern" in m for m in messages(pilot.app))
        assert screen.focused is screen.search_bar
        await pilot.press("escape")
        assert screen.focused is screen.article
    with pytest.raises(BadPattern, match="missing \\)"):
        compile_search("talks? (with")
    assert len(find_hits("Talks, talks and TALKS", compile_search("talks"))) == 3
    assert len(find_hits("Talks, talks and TALKS", compile_search("Talks"))) == 1
    assert len(find_hits("a talk with b", compile_search(r"talks? \w+"))) == 1


@pilot_test
async def test_hits_light_up_while_typing_and_the_current_one_stands_apart():
    doc = harbour()
    async with make_app(doc).run_test(size=(100, 30)) as pilot:
        screen = reader(pilot)
        view = screen.article
        await pilot.press("slash", *"quil")
        assert len(view._hits) == 3
        await pilot.press("l")
        assert screen._search is None
        await pilot.press("enter")
        current = view._current_hit
        assert current is not None and doc.text[current.start : current.end] == "Quill"
        line = view.render_line(view.layout_lines.line_of(current.start) - round(view.scroll_y))
        bold = [s.text for s in line if s.style and s.style.bold and s.style.bgcolor]
        assert "Quill" in bold


@pilot_test
async def test_search_wraps_with_a_notice_and_focus_returns_where_it_was():
    doc = harbour()
    async with make_app(doc).run_test(size=(120, 40)) as pilot:
        screen = reader(pilot)
        screen.quotes_list.focus()
        await pilot.press("slash", *"reed", "enter")
        assert isinstance(screen.focused, QuotesList)
        assert screen._search is not None and len(screen._search.hits) == 3  # "agreed" too
        await pilot.press("full_stop", "full_stop")
        assert not any("Search wrapped" in m for m in messages(pilot.app))
        await pilot.press("full_stop")
        assert any("Search wrapped" in m for m in messages(pilot.app))
        assert screen.counter == "hit 1/3"


@pilot_test
async def test_keys_at_the_ends_say_so():
    async with make_app(long_report()).run_test(size=(80, 24)) as pilot:
        await pilot.press("full_stop", "left_square_bracket", "G", "right_square_bracket")
        await pilot.pause()
        said = " ".join(messages(pilot.app))
        assert "No search" in said and "first section" in said and "last section" in said


@pilot_test
async def test_doubtful_speakers_and_the_filter_show_in_the_status_line():
    doc = harbour()
    quotes = list(doc.quotes)
    quotes[0] = replace(quotes[0], confidence=0.3)
    doc = replace(doc, quotes=tuple(quotes))
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "? Mara Quill" in status_text(screen)
        screen.follow_speaker("tomas-reed", True)
        await pilot.pause()
        assert "only Tomas Reed" in status_text(screen)


def test_the_status_row_keeps_the_speaker_when_narrow():
    quote = QuoteStatus("Mara Quill", "council chair", 0.8)
    wide = status_content(
        width=100, section="What Was Said", quote=quote, counter="quote 1/6", progress=12
    ).plain
    assert "What Was Said" in wide and "council chair" in wide and "(80% sure)" in wide
    narrow = status_content(
        width=40, section="What Was Said", quote=quote, counter="quote 1/6", progress=12
    ).plain
    assert len(narrow) <= 40 and "Mara Quill" in narrow and "quote 1/6" in narrow


def test_the_status_row_names_a_speaker_s_section_once():
    quote = QuoteStatus("Moderator", None, None)
    row = status_content(width=80, section="Moderator", quote=quote, counter="quote 2/9").plain
    assert row.count("Moderator") == 1 and "quote 2/9" in row
    other = QuoteStatus("Mara Quill", None, None)
    row = status_content(width=80, section="Moderator", quote=other, counter="quote 3/9").plain
    assert "Moderator · Mara Quill" in row


def test_search_steps_wrap_both_ways():
    results = SearchResults("x", find_hits("x.x.x", compile_search("x")))
    assert results.step(0, forward=True) == (1, False)
    assert results.step(4, forward=True) == (0, True)
    assert results.step(0, forward=False) == (2, True)
    assert results.counter(2) == "hit 2/3"


@pytest.mark.parametrize("width", [60, 80])
@pilot_test
async def test_the_footer_keeps_the_main_keys_whole_when_narrow(width):
    async with make_app(harbour()).run_test(size=(width, 20)) as pilot:
        footer = reader(pilot).query_one("#footer", KeyFooter)
        keys = [entry.key for entry in footer.shown()]
        assert keys[:5] == ["q", "question_mark", "n", "slash", "s"]
        text = footer.render().plain
        assert len(text) <= footer.content_region.width
        assert text.rstrip().endswith(footer.shown()[-1].description)


@pilot_test
async def test_help_fits_60_by_20_and_scrolls_with_j():
    async with make_app(harbour()).run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        box = help_screen.query_one("#help-box").region
        assert box.right <= 60 and box.bottom <= 20
        groups = {where for where, _, _ in help_screen._rows}
        assert {"Article", "Reader", "List", "Search", "App"} <= groups
        scroller = help_screen.query_one("#help-keys")
        await pilot.press("j", "j")
        assert scroller.scroll_y == 2
        await pilot.press("k")
        assert scroller.scroll_y == 1


@pilot_test
async def test_forward_after_back_and_g_is_a_jump():
    doc = long_report()
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        view = reader(pilot).article
        await pilot.press("G")
        bottom = view.scroll_y
        await pilot.press("backspace")
        assert view.scroll_y == 0
        await pilot.press("alt+right")
        assert view.scroll_y == bottom
        await pilot.press("g", "3", "backspace", "backspace")
        assert view.scroll_y == bottom


@pilot_test
async def test_r_reloads_the_file_and_keeps_the_place():
    doc = long_report()
    changed = replace(doc, title="A Longer Report")
    app = BriefingApp(doc, theme="textual-dark", reload=lambda: changed)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("5")
        anchor = screen.article.anchor
        await pilot.press("R")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert screen.doc.title == "A Longer Report"
        assert screen.article.anchor == anchor
        assert any("Reloaded" in m for m in messages(app))
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        await pilot.press("R")
        assert any("standard input" in m for m in messages(pilot.app))


def test_the_theme_flag_beats_textual_theme_which_beats_the_config(monkeypatch):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    assert choose_theme(None, None) is None
    assert choose_theme(None, "nord") == "nord"
    monkeypatch.setenv("TEXTUAL_THEME", "textual-light")
    assert choose_theme(None, "nord") == "textual-light"
    assert choose_theme("dracula", "nord") == "dracula"


@pilot_test
async def test_textual_theme_is_honoured_without_a_flag(monkeypatch):
    monkeypatch.setenv("TEXTUAL_THEME", "textual-light")
    app = BriefingApp(harbour())
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-light"


@pilot_test
async def test_a_pattern_typed_in_one_burst_lands_in_the_field():
    from textual import events

    async with make_app(harbour()).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        for key, char in [("slash", "/"), ("q", "q"), ("slash", "/"), ("s", "s")]:
            pilot.app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert screen.focused is screen.search_bar
        assert screen.search_bar.value == "q/s"
        assert pilot.app.is_running


@pilot_test
async def test_a_16_colour_terminal_gets_the_ansi_theme_unless_one_is_asked_for(monkeypatch):
    import textual.constants

    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "standard")
    app = BriefingApp(harbour())
    async with app.run_test(size=(80, 24)):
        assert app.theme == "ansi-dark"
    app = BriefingApp(harbour(), theme="textual-light")
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-light"
