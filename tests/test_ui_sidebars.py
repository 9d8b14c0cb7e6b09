"""Sidebars at every terminal size: beside the text or drawers over it, F2/F3/t/Escape, widths
that follow the terminal and are remembered, the text measure, and the full title of the entry
under a list's cursor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.events import MouseScrollDown, MouseScrollUp
from ui.harness import THEME, harbour, long_report, make_app, pilot_test, reader

from briefing.collection import find_briefings
from briefing.ui.app import BriefingApp
from briefing.ui.article_view import ArticleView
from briefing.ui.screens.reader import ARTICLE_CHROME, DEFAULT_MEASURE, NOTICES_TOP
from briefing.ui.sidebar_layout import (
    ARTICLE_MIN,
    BOTH_BESIDE_FROM,
    DRAWER_UNCOVERED,
    EDGE,
    LEFT_BESIDE_FROM,
    SIDEBAR_MIN,
    STEP,
    Placement,
    placement,
    sidebar_widths,
)
from briefing.ui.sidebar_widths import STATE_VAR, load_widths, save_widths, widths_path
from briefing.ui.status_line import StatusLine
from tests.collection_fixtures import write_folder

SIZES = [(80, 24), (100, 30), (160, 45)]


@pytest.fixture(autouse=True)
def slow_flash(monkeypatch):
    monkeypatch.setattr(ArticleView, "flash_seconds", 60.0)


def status_text(screen) -> str:
    return screen.query_one("#status", StatusLine).render().plain


# -- the arithmetic -----------------------------------------------------------------------


def test_thresholds_are_the_ones_the_readme_quotes():
    assert (BOTH_BESIDE_FROM, LEFT_BESIDE_FROM) == (119, 85)
    assert placement(84) == Placement(False, False)
    assert placement(85) == Placement(True, False)
    assert placement(118) == Placement(True, False)
    assert placement(119) == Placement(True, True)


@given(
    st.integers(40, 300),
    st.dictionaries(
        st.sampled_from(["left", "right", "left-drawer", "right-drawer"]),
        st.floats(0.001, 0.999),
    ),
)
def test_the_text_always_keeps_its_room(width, chosen):
    place = placement(width)
    widths = sidebar_widths(width, place, chosen)
    beside = [side for side in ("left", "right") if place.beside(side)]
    for side in ("left", "right"):
        assert widths[side] >= SIDEBAR_MIN
        if not place.beside(side):
            assert widths[side] <= max(SIDEBAR_MIN, width - DRAWER_UNCOVERED)
    if beside:
        article = width - sum(widths[side] + EDGE for side in beside)
        assert article >= ARTICLE_MIN


def test_default_widths_follow_the_terminal():
    at_119 = sidebar_widths(119, placement(119), {})
    at_200 = sidebar_widths(200, placement(200), {})
    assert at_119["left"] < at_200["left"] and at_119["right"] < at_200["right"]
    assert 119 - at_119["left"] - at_119["right"] - 2 * EDGE >= ARTICLE_MIN
    assert sidebar_widths(200, placement(200), {"left": 0.25})["left"] == 50
    # A share chosen beside the text does not size the same sidebar as a drawer.
    assert sidebar_widths(80, placement(80), {"left": 0.5}) == sidebar_widths(80, placement(80), {})


# -- remembering widths -------------------------------------------------------------------


def test_widths_round_trip_and_a_bad_file_means_no_choice(state_dir: Path):
    assert load_widths() == {}
    assert save_widths({"left": 0.25, "right-drawer": 0.4})
    assert widths_path().parent == state_dir
    assert load_widths() == {"left": 0.25, "right-drawer": 0.4}
    widths_path().write_text("{not json")
    assert load_widths() == {}
    bad = {"left": "wide", "right": -0.2, "left-drawer": 3, "middle": 0.2, "right-drawer": True}
    widths_path().write_text(json.dumps(bad))
    assert load_widths() == {}


def test_an_unwritable_state_folder_is_reported_not_raised(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(STATE_VAR, str(blocker / "state"))
    assert save_widths({"left": 0.3}) is False
    assert load_widths() == {}


# -- placement on screen ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "beside", "shown"),
    [
        ((80, 24), (False, False), (False, False)),
        ((100, 30), (True, False), (True, False)),
        ((160, 45), (True, True), (True, True)),
    ],
)
@pilot_test
async def test_sidebars_start_beside_or_as_closed_drawers(size, beside, shown):
    async with make_app(harbour()).run_test(size=size) as pilot:
        screen = reader(pilot)
        for side, is_beside, is_shown in zip(("left", "right"), beside, shown, strict=True):
            pane = screen.query_one(f"#{side}")
            assert pane.has_class("drawer") is not is_beside
            assert pane.display is is_shown
        article = screen.article.region
        for side, is_shown in zip(("left", "right"), shown, strict=True):
            if is_shown:  # beside the text, never over it
                assert not screen.query_one(f"#{side}").region.overlaps(article)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pilot_test
async def test_a_drawer_opens_over_the_text_and_the_text_keeps_the_keys(size):
    async with make_app(long_report()).run_test(size=size) as pilot:
        screen = reader(pilot)
        width_before = screen.article.size.width
        await pilot.press("f3")
        quotes = screen.query_one("#right")
        assert quotes.display and quotes.has_class("drawer")
        assert quotes.region.overlaps(screen.article.region)
        assert screen.article.size.width == width_before  # over the text, not beside it
        assert screen.focused is screen.article
        await pilot.press("j", "j")
        assert screen.article.scroll_y == 2
        await pilot.press("tab")
        assert screen.focused is screen.quotes_list  # Tab goes into the open drawer
        await pilot.press("f3")
        assert not quotes.display and screen.focused is screen.article


@pilot_test
async def test_escape_closes_the_drawer_before_it_ends_the_search():
    doc = long_report()
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", *"Ben Stone", "enter", "f2")
        assert screen.query_one("#left").display
        await pilot.press("escape")
        assert not screen.query_one("#left").display
        assert screen._search is not None
        await pilot.press("escape")
        assert screen._search is None


@pilot_test
async def test_t_goes_into_the_contents_and_enter_jumps_and_closes_the_drawer():
    doc = long_report()
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("t")
        assert screen.query_one("#left").display
        assert screen.focused is screen.sections_list
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()
        assert screen.article.anchor == doc.sections[3].heading.start
        assert not screen.query_one("#left").display
        assert screen.focused is screen.article
        await pilot.press("t", "t")  # in and straight back out
        assert not screen.query_one("#left").display
        assert screen.focused is screen.article


@pilot_test
async def test_t_beside_the_text_moves_the_focus_and_leaves_the_sidebar():
    async with make_app(harbour()).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        await pilot.press("t")
        assert screen.focused is screen.sections_list
        await pilot.press("t")
        assert screen.focused is screen.article and screen.query_one("#left").display


@pilot_test
async def test_f2_and_f3_hide_and_show_beside_the_text_without_taking_the_focus():
    async with make_app(long_report()).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        narrow = screen.article.size.width
        await pilot.press("f2", "f3")
        assert not screen.query_one("#left").display and not screen.query_one("#right").display
        assert screen.focused is screen.article
        assert screen.article.size.width > narrow
        await pilot.press("j")
        assert screen.article.scroll_y == 1


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_a_resize_across_a_threshold_changes_the_arrangement(size):
    async with make_app(harbour()).run_test(size=size) as pilot:
        screen = reader(pilot)
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert screen.query_one("#left").has_class("drawer")
        assert not screen.query_one("#left").display
        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert screen.query_one("#left").display and screen.query_one("#right").display
        assert not screen.query_one("#right").has_class("drawer")


# -- widths -------------------------------------------------------------------------------


@pilot_test
async def test_greater_than_widens_the_focused_sidebar_and_it_is_remembered(state_dir):
    async with make_app(harbour()).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        screen.quotes_list.focus()
        await pilot.pause()
        before = screen.query_one("#right").size.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert screen.query_one("#right").outer_size.width == before + 1 + 2 * STEP
        left = screen.query_one("#left").outer_size.width
        screen.article.focus()
        await pilot.press("less_than_sign")  # the text focused: the left sidebar
        await pilot.pause()
        assert screen.query_one("#left").outer_size.width == left - STEP
        saved = json.loads(widths_path().read_text())
    widths = {"left": left - STEP, "right": before + 1 + 2 * STEP}
    assert saved == pytest.approx({side: width / 160 for side, width in widths.items()}, abs=1e-4)
    async with make_app(harbour()).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        assert screen.query_one("#right").outer_size.width == widths["right"]
        assert screen.query_one("#left").outer_size.width == widths["left"]
    async with make_app(harbour()).run_test(size=(200, 45)) as pilot:  # a share: it scales
        screen = reader(pilot)
        assert screen.query_one("#right").outer_size.width == round(widths["right"] * 200 / 160)
    async with make_app(harbour()).run_test(size=(100, 30)) as pilot:  # the drawer: its own
        screen = reader(pilot)
        await pilot.press("f3")
        await pilot.pause()
        assert screen.query_one("#right").outer_size.width == round(0.45 * 100)


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_a_resized_sidebar_keeps_its_width_next_time_at_every_size(size):
    async def open_left(pilot) -> int:
        screen = reader(pilot)
        if not screen.is_open("left"):
            await pilot.press("f2")
        await pilot.press("tab")  # into the sidebar (or drawer) after the text
        await pilot.pause()
        assert screen._side_of(screen.focused) is not None
        return screen.query_one(f"#{screen._side_of(screen.focused)}").outer_size.width

    async with make_app(harbour()).run_test(size=size) as pilot:
        before = await open_left(pilot)
        await pilot.press("greater_than_sign")
        await pilot.pause()
        side = reader(pilot)._side_of(reader(pilot).focused)
        after = reader(pilot).query_one(f"#{side}").outer_size.width
        assert after == before + STEP
    async with make_app(harbour()).run_test(size=size) as pilot:
        assert await open_left(pilot) == after


@pilot_test
async def test_ctrl_arrows_move_the_edge_next_to_the_text():
    async with make_app(harbour()).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        right = screen.query_one("#right")
        screen.quotes_list.focus()
        await pilot.pause()
        before = right.outer_size.width
        await pilot.press("ctrl+left")  # the right sidebar's edge moves left: wider
        await pilot.pause()
        assert right.outer_size.width == before + STEP
        await pilot.press("ctrl+right", "ctrl+right")
        await pilot.pause()
        assert right.outer_size.width == before - STEP


@pilot_test
async def test_a_sidebar_stops_growing_where_the_text_needs_the_room():
    async with make_app(harbour()).run_test(size=(120, 40)) as pilot:
        screen = reader(pilot)
        await pilot.press(*["greater_than_sign"] * 40)
        await pilot.pause()
        assert screen.article.outer_size.width >= ARTICLE_MIN
        assert any("widest" in n.message for n in pilot.app._notifications)


@pilot_test
async def test_with_no_sidebar_open_the_resize_keys_say_how_to_open_one():
    async with make_app(harbour()).run_test(size=(80, 24)) as pilot:
        await pilot.press("greater_than_sign")
        assert any("F2" in n.message for n in pilot.app._notifications)


# -- measure ------------------------------------------------------------------------------


@pilot_test
async def test_the_text_is_at_most_the_measure_and_centred():
    async with make_app(long_report()).run_test(size=(200, 45)) as pilot:
        screen = reader(pilot)
        await pilot.press("f2", "f3")
        await pilot.pause()
        article = screen.article
        assert article.outer_size.width == DEFAULT_MEASURE + ARTICLE_CHROME
        assert article.layout_lines.width == DEFAULT_MEASURE
        left_gap = article.region.x
        right_gap = screen.size.width - article.region.right
        assert abs(left_gap - right_gap) <= 1


@pilot_test
async def test_the_wheel_beside_a_measured_column_scrolls_the_text():
    async with make_app(long_report()).run_test(size=(200, 45)) as pilot:
        screen = reader(pilot)
        await pilot.press("f2", "f3")
        await pilot.pause()
        column = screen.query_one("#column")
        assert column.region.x < screen.article.region.x  # a blank margin to the left
        screen.post_message(MouseScrollDown(column, 1, 10, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert screen.article.scroll_y == pilot.app.scroll_sensitivity_y
        screen.post_message(MouseScrollUp(column, 1, 10, 0, -1, 0, False, False, False))
        await pilot.pause()
        assert screen.article.scroll_y == 0


@pytest.mark.parametrize(("measure", "expected"), [(0, 200 - ARTICLE_CHROME), (60, 60)])
@pilot_test
async def test_the_measure_can_be_changed_or_lifted(measure, expected):
    app = BriefingApp(long_report(), theme=THEME, measure=measure)
    async with app.run_test(size=(200, 45)) as pilot:
        screen = reader(pilot)
        await pilot.press("f2", "f3")
        await pilot.pause()
        assert screen.article.layout_lines.width == expected


@pilot_test
async def test_a_reader_opened_from_a_reading_list_keeps_the_measure(tmp_path):
    write_folder(tmp_path)
    found = find_briefings([str(tmp_path)])
    app = BriefingApp(None, theme=THEME, found=found, jobs=1, measure=50)
    async with app.run_test(size=(200, 45)) as pilot:
        await pilot.pause(0.3)
        app.open_briefing(app.reading_list.shown[0])
        for _ in range(50):
            await pilot.pause(0.05)
            if app.screen is not app.reading_list:
                break
        await pilot.pause(0.1)
        screen = reader(pilot)
        assert screen.measure == 50
        assert screen.article.outer_size.width == 50 + ARTICLE_CHROME


# -- the full title under the cursor ------------------------------------------------------


@pilot_test
async def test_the_entry_under_the_cursor_is_shown_whole():
    doc = harbour()
    async with make_app(doc).run_test(size=(120, 40)) as pilot:
        screen = reader(pilot)
        preview = screen.query_one("#right-preview")
        assert not preview.display
        quotes = screen.quotes_list
        quotes.focus()
        await pilot.press("j")
        await pilot.pause()
        assert preview.display
        target = quotes.cursor_node.data
        assert isinstance(target, int)
        quote = doc.quotes[target]
        words = doc.text[quote.start : quote.end]
        assert len(words) > quotes.scrollable_content_region.width  # cut in the tree...
        speaker = doc.speaker(quote.speaker)
        assert str(preview.render()) == f"“{words}” — {speaker.name}"  # ...whole here
        screen.article.focus()
        await pilot.pause()
        assert not preview.display


# -- what the QA tester found -------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_at_the_bottom_the_last_quote_counts_as_reached(size):
    doc = long_report()
    last = doc.quotes[-1]
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        await pilot.press("G")
        await pilot.pause()
        layout = screen.article.layout_lines
        assert layout.line_of(last.start) == len(layout) - 1  # it starts on the last line
        assert f"quote {len(doc.quotes)}/{len(doc.quotes)}" in status_text(screen)
        assert "Ben Stone" in status_text(screen)
        assert (screen.article.current_quote.start, screen.article.current_quote.end) == (
            last.start,
            last.end,
        )
        await pilot.press("n")
        assert any("No more quotes" in n.message for n in pilot.app._notifications)
        await pilot.press("N")
        assert screen.article.anchor == doc.quotes[-2].start


@pilot_test
async def test_after_a_search_ends_at_the_bottom_the_last_quote_still_counts():
    doc = long_report()
    async with make_app(doc).run_test(size=(100, 30)) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", *"Step 30", "enter", "escape")
        await pilot.pause()
        assert screen.article.scroll_y == screen.article.max_scroll_y
        assert f"quote {len(doc.quotes)}/{len(doc.quotes)}" in status_text(screen)
        await pilot.press("G")  # already at the bottom: nothing moves, nothing changes
        await pilot.pause()
        assert f"quote {len(doc.quotes)}/{len(doc.quotes)}" in status_text(screen)


@pilot_test
async def test_the_status_quote_is_one_of_the_current_section():
    doc = long_report()
    async with make_app(doc).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        await pilot.press("n")
        assert "Ana Field" in status_text(screen)
        await pilot.press("right_square_bracket")  # the next section, before its own quote
        await pilot.pause()
        assert screen.article.anchor == doc.sections[2].heading.start
        assert "Ana Field" not in status_text(screen)
        assert screen.article.current_quote is None


@pilot_test
async def test_a_hit_low_on_the_screen_sends_the_notices_to_the_top():
    doc = long_report()
    async with make_app(doc).run_test(size=(80, 24), notifications=True) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", *"Step 30", "enter")
        await pilot.pause()
        assert screen.has_class(NOTICES_TOP)
        rack = screen.query_one("ToastRack")
        hit_row = screen.article.region.y + (
            screen.article.layout_lines.line_of(screen.article.anchor)
            - round(screen.article.scroll_y)
        )
        assert rack.region.y < hit_row
        assert not rack.region.contains(rack.region.x, hit_row)
        await pilot.press("escape", "n")  # the last quote: still at the bottom
        assert screen.has_class(NOTICES_TOP)
        assert any("No more quotes" in n.message for n in pilot.app._notifications)
        await pilot.press("g")
        await pilot.pause()
        assert not screen.has_class(NOTICES_TOP)


def test_the_readme_quotes_the_real_thresholds():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"| {BOTH_BESIDE_FROM} columns or more |" in readme
    assert f"| {LEFT_BESIDE_FROM} to {BOTH_BESIDE_FROM - 1} |" in readme
    assert f"| {LEFT_BESIDE_FROM - 1} or fewer (80x24 included) |" in readme
    assert f"at most {DEFAULT_MEASURE} columns" in readme
    assert f"at least {ARTICLE_MIN - ARTICLE_CHROME}\ncolumns" in readme
    for shot in ("reader-160x45.svg", "reader-100x30-quotes-drawer.svg"):
        assert f"(docs/{shot})" in readme
        assert (Path(__file__).resolve().parent.parent / "docs" / shot).is_file()


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
@pilot_test
async def test_the_text_under_the_left_drawer_keeps_a_visible_focus_edge(theme):
    async with make_app(harbour(), theme=theme).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        focused_edge = screen.article.styles.border_left[1]
        await pilot.press("f2")
        drawer = screen.query_one("#left")
        assert drawer.region.x <= screen.article.region.x  # the drawer covers the text's edge
        assert drawer.styles.border_right[1] == focused_edge
        await pilot.press("tab")
        assert screen._side_of(screen.focused) == "left"
        assert drawer.styles.border_right[1] != focused_edge
        assert screen.focused.styles.border_left[1] == focused_edge
