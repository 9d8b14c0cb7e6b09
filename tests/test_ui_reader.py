"""Pilot tests: every key and jump of the reader, asserting where it went and what is marked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import OptionList
from ui.harness import WIDE, harbour, long_report, make_app, pilot_test, reader, seed, settle

from briefing.model import BlockKind, Briefing, KeyPoint, Span, Speaker
from briefing.ui.app import BriefingApp
from briefing.ui.article_view import ArticleView
from briefing.ui.commands import _reader_commands
from briefing.ui.keypoints_list import KeyPointsList
from briefing.ui.quotes_list import QuotesList
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.picker import PickerScreen
from briefing.ui.sections_list import SectionsList


@pytest.fixture(autouse=True)
def slow_flash(monkeypatch):
    """Keep the post-jump flash on long enough to assert on, however loaded the machine."""
    monkeypatch.setattr(ArticleView, "flash_seconds", 60.0)


def heading_starts(doc) -> list[int]:
    return [s.heading.start for s in doc.sections if s.heading is not None]


@pilot_test
async def test_text_shows_at_once_and_sidebars_fill_after_the_worker():
    app = make_app(seed())
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.pause()
        assert screen.article.layout_lines is not None
        assert len(screen.article.layout_lines) > 10
        await settle(pilot)
        assert screen.doc.analysed
        assert not screen.analysing
        assert not screen.sections_list.loading
        assert screen.sections_list.place_count == len(screen.doc.sections)
        assert screen.keypoints_list.option_count >= 1
        assert screen.focused is screen.article


@pilot_test
async def test_the_flash_fades(monkeypatch):
    async with make_app(harbour()).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        await pilot.press("n")
        assert view.flash_span is not None
        monkeypatch.setattr(ArticleView, "flash_seconds", 0.05)
        await pilot.press("n")
        await pilot.pause(0.5)
        assert view.flash_span is None


@pilot_test
async def test_scroll_keys_move_the_article():
    async with make_app(long_report()).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        height = view.scrollable_content_region.height
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k", "up")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y == 1 + height - 1
        await pilot.press("b")
        assert view.scroll_y == 1
        await pilot.press("pagedown", "pagedown", "pageup")
        assert view.scroll_y == 1 + height - 1
        await pilot.press("ctrl+d")
        assert view.scroll_y == height + height // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == height
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        assert reader(pilot).progress == 100
        await pilot.press("g")
        assert view.scroll_y == 0
        assert reader(pilot).progress == 0


@pilot_test
async def test_n_and_shift_n_visit_quotes_and_the_quote_list_follows():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        view, quotes = screen.article, screen.quotes_list
        await pilot.press("n")
        first = doc.quotes[0]
        assert view.anchor == first.start
        assert view.flash_span == (first.start, first.end) or (
            view.flash_span.start,
            view.flash_span.end,
        ) == (first.start, first.end)
        assert quotes.here == 0
        await pilot.press("n", "n")
        assert view.anchor == doc.quotes[2].start
        assert quotes.here == 2
        await pilot.press("N")
        assert view.anchor == doc.quotes[1].start
        assert quotes.here == 1
        for _ in range(10):
            await pilot.press("n")
        assert view.anchor == doc.quotes[-1].start


@pilot_test
async def test_quote_jump_scrolls_far_and_flashes_the_exact_span():
    doc = long_report()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        view = screen.article
        target = doc.quotes[20]
        screen.jump_quote(20)
        await pilot.pause()
        assert view.anchor == target.start
        assert screen.quotes_list.here == 20
        assert view.flash_span is not None
        assert (view.flash_span.start, view.flash_span.end) == (target.start, target.end)
        line = view.layout_lines.line_of(target.start)
        assert view.scroll_y == line - view.context_lines
        strip = view.render_line(view.context_lines)
        assert "Step 21 is on schedule" in strip.text
        flashed = [seg.text for seg in strip if seg.style and seg.style.reverse]
        assert "".join(flashed) == doc.text[target.start : target.end]


@pilot_test
async def test_sections_brackets_and_the_table_of_contents_marks_the_current_one():
    doc = long_report()
    starts = heading_starts(doc)
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        view, sections = screen.article, screen.sections_list
        assert sections.here == 0
        await pilot.press("right_square_bracket")
        assert view.anchor == starts[0]
        assert sections.here == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.anchor == starts[2]
        assert sections.here == 3
        await pilot.press("left_square_bracket")
        assert view.anchor == starts[1]
        assert sections.here == 2
        await pilot.press("G")
        assert sections.here == len(doc.sections) - 1
        await pilot.press("g")
        assert sections.here == 0


@pilot_test
async def test_digit_keys_jump_to_key_points():
    doc = long_report()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        view, points = screen.article, screen.keypoints_list
        await pilot.press("3")
        third = doc.key_points[2]
        assert view.anchor == third.start
        assert (view.flash_span.start, view.flash_span.end) == (third.start, third.end)
        assert points.highlighted == 2
        await pilot.press("1")
        assert view.anchor == doc.key_points[0].start
        assert points.highlighted == 0
        await pilot.press("9")
        await pilot.pause()
        assert view.anchor == doc.key_points[0].start
        assert any("no key point 9" in n.message for n in pilot.app._notifications)


@pilot_test
async def test_backspace_and_ctrl_o_return_to_before_the_jump():
    doc = long_report()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        await pilot.press("space")
        before = view.scroll_y
        await pilot.press("4")
        assert view.scroll_y != before
        await pilot.press("right_square_bracket")
        after_first_jump = view.scroll_y
        await pilot.press("backspace")
        assert view.scroll_y == after_first_jump or view.anchor == doc.key_points[3].start
        await pilot.press("ctrl+o")
        assert view.scroll_y == before
        assert view.history_depth == 0


@pilot_test
async def test_tab_moves_between_panes():
    async with make_app(harbour()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        assert isinstance(screen.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(screen.focused, QuotesList)
        await pilot.press("tab")
        assert isinstance(screen.focused, SectionsList)
        await pilot.press("tab")
        assert isinstance(screen.focused, KeyPointsList)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(screen.focused, QuotesList)


@pilot_test
async def test_enter_on_sidebar_entries_jumps_and_keeps_focus_in_the_list():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        screen.sections_list.focus()
        await pilot.press("down", "down", "enter")
        assert screen.article.anchor == doc.sections[2].heading.start
        assert isinstance(screen.focused, SectionsList)
        screen.keypoints_list.focus()
        await pilot.press("G", "enter")
        assert screen.article.anchor == doc.key_points[-1].start
        screen.quotes_list.focus()
        await pilot.press("g", "enter")  # Enter on a speaker folds it
        assert not screen.quotes_list.cursor_node.is_expanded
        await pilot.press("enter", "j", "enter")
        chosen = screen.quotes_list.cursor_node.data
        assert chosen is not None and screen.article.anchor == doc.quotes[chosen].start


@pilot_test
async def test_click_on_a_quote_jumps_to_it():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        quotes = screen.quotes_list
        assert quotes.get_node_at_line(1).data == 1  # line 0: the most quoted speaker
        await pilot.pause()
        await pilot.click(QuotesList, offset=(6, 1))
        await pilot.pause()
        assert screen.article.anchor == doc.quotes[1].start
        assert quotes.here == 1


@pilot_test
async def test_quotes_are_grouped_by_speaker_with_unattributed_last():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        quotes = reader(pilot).quotes_list
        nodes = [quotes.get_node_at_line(line) for line in range(quotes.last_line + 1)]
        labels = [str(node.label) for node in nodes]
        assert labels[0].startswith("Tomas Reed (3) · dock")
        assert labels[4].startswith("Mara Quill (1) · council")
        assert labels[6] == "Unattributed (2)"
        assert labels[7].startswith("“[bold]closed[/bold]")
        assert [nodes[i].data for i in (0, 4, 6)] == [None, None, None]
        assert [node.data for node in nodes if node.data is not None] == [1, 2, 5, 0, 3, 4]


@pilot_test
async def test_speaker_picker_filters_quotes_and_n_then_escape_clears():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PickerScreen)
        await pilot.press("down", "enter")  # second choice: Mara Quill (1 quote)
        await pilot.pause()
        assert pilot.app.screen is screen
        quotes = screen.quotes_list
        assert quotes.filtered and quotes.speaker_filter == "mara-quill"
        assert [node.data for node in quotes.root.children] == [None]
        assert [node.data for node in quotes.root.children[0].children] == [0]
        await pilot.press("n")
        assert screen.article.anchor == doc.quotes[0].start
        await pilot.press("n")
        assert screen.article.anchor == doc.quotes[0].start  # no other Mara Quill quote
        await pilot.press("escape")
        assert not quotes.filtered
        await pilot.press("n")
        assert screen.article.anchor == doc.quotes[1].start


@pilot_test
async def test_speaker_picker_can_pick_the_unattributed_and_escape_cancels():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.quotes_list.filtered
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.quotes_list.filtered and screen.quotes_list.speaker_filter is None
        await pilot.press("n", "n")
        assert screen.article.anchor == doc.quotes[4].start


@pilot_test
async def test_search_finds_hits_and_steps_through_them():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("slash")
        assert screen.focused.id == "search"
        await pilot.press(*"quill", "enter")
        hits = [i for i in range(len(doc.text)) if doc.text.startswith("Quill", i)]
        assert screen.focused is screen.article
        assert screen.article.anchor == hits[0]
        await pilot.press("full_stop")
        assert screen.article.anchor == hits[1]
        await pilot.press("full_stop")
        assert screen.article.anchor == hits[2]
        await pilot.press("comma")
        assert screen.article.anchor == hits[1]
        assert screen.counter == "hit 2/3"
        await pilot.press("escape")
        assert screen._search is None
        assert screen.counter.startswith("quote ")


@pilot_test
async def test_search_escape_closes_without_searching():
    async with make_app(harbour()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("slash", "q", "escape")
        assert not screen.query_one("#search").display
        assert screen.focused is screen.article
        assert pilot.app.is_running


@pilot_test
async def test_help_screen_lists_the_bindings_of_the_focused_pane():
    async with make_app(harbour()).run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {description.split(":")[0]: keys for _, keys, description in help_screen._rows}
        assert rows["Next quote"] == "n"
        assert ("n", "Next hit") in {(k, d.split(":")[0]) for _, k, d in help_screen._rows}
        assert set(rows["Back"].split(", ")) == {"⌫", "^o"}
        assert "Page" in rows and "Quit" in rows and "Jump" in rows
        descriptions = {d for _, _, d in help_screen._rows}
        assert "Page: down one screen" in descriptions and "Page up" in descriptions
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, HelpScreen)


@pilot_test
async def test_q_quits_with_status_zero():
    app = make_app(harbour())
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@pilot_test
async def test_narrow_terminal_hides_sidebars_behind_f2_and_f3():
    async with make_app(harbour()).run_test(size=(80, 24)) as pilot:
        screen = reader(pilot)
        left, right = screen.query_one("#left"), screen.query_one("#right")
        assert not left.display and not right.display
        assert screen.article.size.width >= 70
        await pilot.press("f2")
        assert left.display and screen.focused is screen.article
        await pilot.press("f2")
        assert not left.display and screen.focused is screen.article
        await pilot.press("f3")
        assert right.display and screen.focused is screen.article


@pilot_test
async def test_a_middling_terminal_keeps_the_left_sidebar_and_a_readable_article():
    async with make_app(harbour()).run_test(size=(100, 30)) as pilot:
        screen = reader(pilot)
        left, right = screen.query_one("#left"), screen.query_one("#right")
        assert left.display and not right.display
        assert screen.article.size.width >= 56
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert left.display and right.display
        assert screen.article.size.width >= 56


@pilot_test
async def test_resize_rewraps_and_keeps_the_reading_position():
    doc = long_report()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        await pilot.press("4")
        anchor = view.anchor
        assert anchor == doc.key_points[3].start
        lines_before = len(view.layout_lines)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert len(view.layout_lines) < lines_before
        assert view.anchor == anchor
        assert view.scroll_y == view.layout_lines.line_of(anchor) - view.context_lines


@pilot_test
async def test_article_text_is_never_markup_and_escape_codes_never_reach_the_terminal():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        layout = view.layout_lines
        line = layout.line_of(doc.text.index("[bold]closed"))
        strips = [view.render_line(line + i) for i in range(3)]
        shown = " ".join(strip.text.strip() for strip in strips)
        assert "“[bold]closed[/bold] until further notice”" in shown
        quote_colour = view.get_component_rich_style("article--quote", partial=True).color
        quoted = [s.text for strip in strips for s in strip if s.style.color == quote_colour]
        assert " ".join(quoted) == "[bold]closed[/bold] until further notice"
        rendered = "".join(view.render_line(y).text for y in range(len(layout)))
        assert "\x1b" not in rendered
        assert "\ufffd[31m" in rendered


@pilot_test
async def test_headings_speaker_mentions_and_pre_blocks_are_styled_and_kept():
    doc = harbour()
    # Wide enough that "Mara Quill" is never split across two lines.
    async with make_app(doc).run_test(size=(160, 40)) as pilot:
        view = reader(pilot).article
        layout = view.layout_lines
        heading = view.render_line(layout.line_of(doc.sections[1].heading.start))
        heading_style = view.get_component_rich_style("article--heading", partial=True)
        assert any(
            s.text == "What Was Said" and s.style.color == heading_style.color for s in heading
        )
        speaker_style = view.get_component_rich_style("article--speaker", partial=True)
        line = view.render_line(layout.line_of(doc.text.index("Mara Quill")))
        underlined = [s.text for s in line if s.style and s.style.underline]
        assert underlined[0] == "Mara Quill"
        assert set(underlined) <= {"Mara Quill", "Quill"}
        assert speaker_style.underline
        pre = next(p for p in doc.paragraphs if p.kind is BlockKind.PRE)
        first = layout.line_of(pre.start)
        shown = [view.render_line(first + i).text.strip() for i in range(3)]
        assert shown == ["Item        Cost", "Quay        4.2m", "Breakwater  1.1m"]
        bullet = view.render_line(layout.line_of(doc.text.index("Repairs start"))).text
        assert bullet.strip().startswith("• Repairs start in March.")


@pilot_test
async def test_key_point_lines_carry_a_margin_mark():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        view = reader(pilot).article
        line = view.layout_lines.line_of(doc.key_points[1].start)
        assert view.render_line(line).text.startswith("▍")
        blank = view.layout_lines.line_of(doc.paragraphs[1].start)
        assert not view.render_line(blank).text.startswith("▍")


@pilot_test
async def test_command_palette_jumps_to_a_section():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"jump: the numbers")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.article.anchor == doc.sections[2].heading.start


@pilot_test
async def test_command_palette_follows_a_speaker_and_jumps_to_a_key_point():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"speaker: mara quill")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.quotes_list.filtered and screen.quotes_list.speaker_filter == "mara-quill"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"key point: 3.")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.article.anchor == doc.key_points[2].start


@pytest.mark.parametrize("fmt, suffix", [("text", ".txt"), ("markdown", ".md"), ("json", ".json")])
@pilot_test
async def test_export_writes_a_new_file_named_for_the_title(tmp_path, fmt, suffix):
    pytest.importorskip("briefing.export")
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        screen.export_folder = tmp_path
        taken = tmp_path / f"harbour-talks-resume-after-storm{suffix}"
        taken.write_text("mine")
        screen.export(fmt)
        await pilot.pause()
        written = tmp_path / f"harbour-talks-resume-after-storm-2{suffix}"
        assert written.exists() and "Harbour" in written.read_text()
        assert taken.read_text() == "mine"
        assert any(written.name in n.message for n in pilot.app._notifications)


@pilot_test
async def test_e_opens_the_export_picker():
    async with make_app(harbour()).run_test(size=WIDE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PickerScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, PickerScreen)


@pilot_test
async def test_while_analysing_the_text_scrolls_and_jump_keys_explain(monkeypatch):
    import threading

    import briefing.analysis

    release = threading.Event()
    real_analyse = briefing.analysis.analyse

    def slow_analyse(doc, **kwargs):
        release.wait(10)
        return real_analyse(doc, **kwargs)

    monkeypatch.setattr(briefing.analysis, "analyse", slow_analyse)
    async with make_app(seed()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.pause()
        assert screen.analysing and screen.sections_list.loading
        await pilot.press("j", "n")
        assert screen.article.scroll_y == 1
        assert any("Still analysing" in n.message for n in pilot.app._notifications)
        release.set()
        await settle(pilot)
        assert not screen.analysing and not screen.quotes_list.loading
        assert screen.doc.analysed


@pilot_test
async def test_a_failing_analysis_is_reported_not_raised(monkeypatch):
    import briefing.analysis

    def broken(doc, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(briefing.analysis, "analyse", broken)
    async with make_app(seed()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await settle(pilot)
        assert not screen.analysing and not screen.sections_list.loading
        assert any("engine exploded" in n.message for n in pilot.app._notifications)
        assert pilot.app.is_running


@pilot_test
async def test_an_unknown_theme_falls_back_with_a_warning(monkeypatch):
    import textual.constants

    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")
    app = BriefingApp(harbour(), theme="no-such-theme")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("no-such-theme" in n.message for n in app._notifications)
    app = BriefingApp(harbour(), theme="nord")
    async with app.run_test(size=WIDE):
        assert app.theme == "nord"


@pilot_test
async def test_c_copies_the_quote_at_the_reading_position_with_its_speaker():
    doc = harbour()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        await pilot.press("n", "c")
        assert pilot.app.clipboard == "“We will rebuild the north quay before winter,” — Mara Quill"
        assert any("Copied the quote — Mara Quill" in n.message for n in pilot.app._notifications)


@pilot_test
async def test_an_unlinked_curated_key_point_is_listed_but_goes_nowhere():
    from dataclasses import replace

    from briefing.model import KeyPoint

    doc = harbour()
    doc = replace(
        doc, key_points=(*doc.key_points, KeyPoint("Talks resume next month.", None, None, 4))
    )
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        assert str(screen.keypoints_list.options[3].prompt) == "4. Talks resume next month."
        await pilot.press("4")
        assert screen.article.anchor == 0 and screen.article.history_depth == 0
        screen.keypoints_list.focus()
        await pilot.press("G", "enter")
        await pilot.pause()
        assert screen.article.anchor == 0
        messages = [n.message for n in pilot.app._notifications]
        assert any("does not quote the text" in m for m in messages)


@pilot_test
async def test_shift_k_lists_the_current_sections_points_and_jumps_to_one():
    doc = long_report()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("2")  # key point 2 lies in "Part 9"
        await pilot.press("K")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PickerScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.article.anchor == doc.key_points[1].start


def _report_with_one_section_point(speaker: str | None = None) -> tuple[Briefing, int]:
    """The long report with one point of its own in "Part 9", and where that point starts."""
    doc = long_report()
    section = next(i for i, s in enumerate(doc.sections) if s.title == "Part 9")
    start = doc.text.index("It continues", doc.sections[section].start)
    end = doc.text.index(".", start) + 1
    own = KeyPoint(doc.text[start:end], start, end, 1, speaker=speaker)
    per_section = tuple((own,) if i == section else () for i in range(len(doc.sections)))
    return replace(doc, section_key_points=per_section), start


@pilot_test
async def test_shift_k_prefers_the_per_section_points():
    doc, start = _report_with_one_section_point()
    async with make_app(doc).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await pilot.press("2")
        await pilot.press("K", "enter")
        await pilot.pause()
        assert screen.article.anchor == start


@pilot_test
async def test_shift_k_names_who_said_a_transcript_s_point():
    doc, _ = _report_with_one_section_point(speaker="s1")
    doc = replace(doc, speakers=(Speaker("s1", "Ana Ruiz", "Harbour Master"),))
    async with make_app(doc).run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.press("K")
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, PickerScreen)
        prompt = str(picker.query_one(OptionList).get_option_at_index(0).prompt)
        assert prompt.startswith("1. Ana Ruiz: It continues")


@pilot_test
async def test_the_palette_says_who_said_a_key_point():
    doc = long_report()
    speakers = (*doc.speakers, Speaker("ana-ruiz", "Ana Ruiz", "Harbour Master"))
    points = (replace(doc.key_points[0], speaker="ana-ruiz"), *doc.key_points[1:])
    doc = replace(doc, key_points=points, speakers=speakers)
    async with make_app(doc).run_test(size=WIDE) as pilot:
        helps = [
            help_text
            for title, _, help_text in _reader_commands(reader(pilot))
            if title.startswith("key point: ")
        ]
        assert helps[0] == "Ana Ruiz"
        assert len(helps) == len(points)


@pilot_test
async def test_after_a_failed_analysis_the_sidebars_and_jump_keys_say_so(monkeypatch):
    import briefing.analysis

    def broken(doc, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(briefing.analysis, "analyse", broken)
    async with make_app(seed()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await settle(pilot)
        assert screen.keypoints_list.option_count == 1
        assert "Analysis failed" in str(screen.keypoints_list.get_option_at_index(0).prompt)
        for tree in (screen.sections_list, screen.quotes_list):
            assert [str(node.label) for node in tree.root.children] == ["Analysis failed"]
        pilot.app.clear_notifications()
        await pilot.press("n", "]")
        messages = [n.message for n in pilot.app._notifications]
        assert len(messages) == 2
        assert all(m.startswith("Analysis failed") for m in messages)
        assert not any("Still analysing" in m for m in messages)


@pilot_test
async def test_a_failed_stage_is_named_and_the_rest_of_the_analysis_shows(monkeypatch):
    import briefing.analysis

    def broken(*args, **kwargs):
        raise IndexError("a rule tripped")

    monkeypatch.setattr(briefing.analysis, "find_quotes_and_speakers", broken)
    async with make_app(seed()).run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        await settle(pilot)
        assert screen.doc.failed_stages == ("attribution",)
        assert screen.doc.quotes and all(q.speaker is None for q in screen.doc.quotes)
        note = str(screen.quotes_list.root.children[0].label)
        assert note == "(attribution failed)"
        assert screen.sections_list.place_count == len(screen.doc.sections)
        assert any("attribution" in n.message for n in pilot.app._notifications)
        await pilot.press("n")
        first = screen.doc.quotes[0]
        assert screen.article.flash_span == Span(first.start, first.end)
