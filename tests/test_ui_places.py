"""Places: the reading position remembered per file, the folding table of contents, and the
"you are here" marks in the sidebars that follow the text apart from the list cursors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from ui.harness import (
    THEME,
    DocBuilder,
    harbour,
    long_report,
    make_app,
    pilot_test,
    reader,
    settle,
)

from briefing import read
from briefing.collection import find_briefings
from briefing.model import BlockKind, Briefing
from briefing.ui.app import BriefingApp
from briefing.ui.article_view import ArticleView
from briefing.ui.reader_state import KEEP, STATE_FILE, PlaceStore, SavedPlace, document_key
from briefing.ui.screens.reader import ReaderScreen

SIZES = [(80, 24), (160, 45)]


@pytest.fixture(autouse=True)
def slow_flash(monkeypatch):
    monkeypatch.setattr(ArticleView, "flash_seconds", 60.0)


def report_markdown(parts: int = 24, changed: str = "") -> str:
    """An invented report: a title, then numbered parts long enough to scroll through."""
    lines = ["# The Canal Survey", "", "A survey of the old canal, part by part." + changed, ""]
    for number in range(1, parts + 1):
        lines += [
            f"## Part {number}",
            "",
            f"Part {number} walks the towpath from lock {number} to lock {number + 1}. "
            "The surveyors noted the state of the banks, the gates and the bridges, and "
            "wrote down what each repair would cost and how long it would take.",
            "",
        ]
    return "\n".join(lines)


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def open_file(path: Path) -> BriefingApp:
    """Start the reader on ``path`` as the command line does (analysis in the worker)."""
    return BriefingApp(read(str(path)), theme=THEME, reload=lambda: read(str(path)))


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_the_place_is_remembered_on_quit_and_restored_with_a_notice(tmp_path, size):
    path = tmp_path / "canal.md"
    path.write_text(report_markdown(), encoding="utf-8")
    app = open_file(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        for _ in range(9):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        left_at, section = screen.article.anchor, screen.section
        assert section == "Part 9" and left_at > 0
        await pilot.press("q")
    saved = json.loads(PlaceStore().path.read_text(encoding="utf-8"))
    assert len(saved["places"]) == 1

    app = open_file(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.article.anchor == left_at
        notices = [m for m in messages(app) if m.startswith("Back where you left off")]
        assert len(notices) == 1
        assert "Part 9" in notices[0] and notices[0].endswith("%")


@pilot_test
async def test_a_changed_file_starts_at_the_top(tmp_path):
    path = tmp_path / "canal.md"
    path.write_text(report_markdown(), encoding="utf-8")
    app = open_file(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await pilot.press("q")
    path.write_text(report_markdown(changed=" Revised."), encoding="utf-8")
    app = open_file(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert reader(pilot).article.anchor == 0
        assert not any("left off" in m for m in messages(app))
        await pilot.press("right_square_bracket", "q")
    places = json.loads(PlaceStore().path.read_text(encoding="utf-8"))["places"]
    assert len(places) == 1  # the old text's place went when the new one was saved


@pilot_test
async def test_a_corrupt_state_file_is_ignored_and_replaced(tmp_path, state_dir):
    path = tmp_path / "canal.md"
    path.write_text(report_markdown(), encoding="utf-8")
    (state_dir / STATE_FILE).write_text('{"places": {"x": [1, 2', encoding="utf-8")
    app = open_file(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert reader(pilot).article.anchor == 0
        assert app.is_running
        await pilot.press("right_square_bracket", "right_square_bracket", "q")
    places = json.loads((state_dir / STATE_FILE).read_text(encoding="utf-8"))["places"]
    assert [entry["section"] for entry in places.values()] == ["Part 2"]


@pilot_test
async def test_reload_saves_the_place(tmp_path):
    path = tmp_path / "canal.md"
    path.write_text(report_markdown(), encoding="utf-8")
    app = open_file(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*["right_square_bracket"] * 4)
        anchor = reader(pilot).article.anchor
        await pilot.press("R")
        await settle(pilot)
        place = PlaceStore().recall(document_key(str(path), reader(pilot).doc.text))
        assert place is not None and place.offset == anchor and place.section == "Part 4"


def test_places_are_bounded_newest_kept_and_written_whole(state_dir, tmp_path):
    store = PlaceStore()
    for number in range(KEEP + 5):
        store.remember(f"/docs/{number}.md#sha256=ab", SavedPlace(number, "Part", 10))
    places = json.loads(store.path.read_text(encoding="utf-8"))["places"]
    assert len(places) == KEEP
    assert "/docs/4.md#sha256=ab" not in places and "/docs/5.md#sha256=ab" in places
    assert store.recall(f"/docs/{KEEP + 4}.md#sha256=ab") == SavedPlace(KEEP + 4, "Part", 10)
    assert [p.name for p in state_dir.iterdir()] == [STATE_FILE]  # no temporary left behind


def test_bad_entries_and_an_unwritable_folder_are_silent(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert PlaceStore(blocked).remember("/a.md#sha256=1", SavedPlace(1, "", 0)) is False
    folder = tmp_path / "state"
    folder.mkdir()
    entries = {"/a.md#sha256=1": {"offset": "ten"}, "/b.md#sha256=1": {"offset": -3}}
    (folder / STATE_FILE).write_text(json.dumps({"places": entries}), encoding="utf-8")
    store = PlaceStore(folder)
    assert store.recall("/a.md#sha256=1") is None and store.recall("/b.md#sha256=1") is None
    (folder / STATE_FILE).write_text("[1, 2, 3]", encoding="utf-8")
    assert store.recall("/a.md#sha256=1") is None


def test_only_files_and_addresses_have_places(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("x", encoding="utf-8")
    key = document_key(str(path), "some text")
    assert key is not None and key.startswith(str(path.resolve()))
    assert key != document_key(str(path), "other text")
    assert document_key("-", "some text") is None
    assert document_key("The Harbour Gazette", "some text") is None
    assert document_key("https://example.org/a", "t").startswith("https://example.org/a#")


@pilot_test
async def test_documents_without_a_file_save_nothing(state_dir):
    async with make_app(long_report()).run_test(size=(80, 24)) as pilot:
        await pilot.press("G", "q")
    assert not (state_dir / STATE_FILE).exists()
    assert harbour().source == "harness"


def nested() -> Briefing:
    """Two parts with sub-parts, and a deeper sub-sub-part: a table of contents with a shape."""
    builder = DocBuilder().add("An opening paragraph says what the review covers.")
    for part in ("One", "Two"):
        builder.add(f"Part {part}", BlockKind.HEADING, 1)
        builder.add(f"Part {part} starts with a short paragraph of its own.")
        for sub in ("A", "B"):
            builder.add(f"Part {part} {sub}", BlockKind.HEADING, 2)
            for number in range(6):
                builder.add(f"Paragraph {number} of part {part} {sub} goes on for a while.")
    builder.add("Part Two B i", BlockKind.HEADING, 3).add("The deepest paragraph.")
    doc = builder.build("A Nested Review")
    return replace(doc, analysed=True)


def labels(nodes) -> list[str]:
    return [str(node.label) for node in nodes]


def section_index(doc: Briefing, title: str) -> int:
    return next(i for i, s in enumerate(doc.sections) if s.title == title)


@pytest.mark.parametrize("size", [(160, 45)])  # beside the text: a drawer closes on Enter
@pilot_test
async def test_the_contents_nest_fold_and_enter_jumps(size):
    doc = nested()
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        tree = screen.sections_list
        assert labels(tree.root.children) == ["(opening)", "Part One", "Part Two"]
        part_two = tree.root.children[2]
        assert labels(part_two.children) == ["Part Two A", "Part Two B"]
        assert labels(part_two.children[1].children) == ["Part Two B i"]
        assert tree.place_count == len(doc.sections)

        tree.focus()
        await pilot.pause()
        assert tree.cursor_node is tree.root.children[0]  # the cursor starts at the mark
        await pilot.press("j", "j")
        assert str(tree.cursor_node.label) == "Part One A"
        await pilot.press("enter")
        part_one_a = section_index(doc, "Part One A")
        assert screen.article.anchor == doc.sections[part_one_a].heading.start
        assert tree.here == part_one_a and screen.focused is tree

        await pilot.press("h")  # a leaf: up to its parent, then fold it
        assert str(tree.cursor_node.label) == "Part One"
        await pilot.press("h")
        assert not tree.root.children[1].is_expanded
        await pilot.pause()
        assert tree.here == part_one_a  # still reading there ...
        assert tree.here_node is tree.root.children[1]  # ... shown on the folded parent
        await pilot.press("space")
        await pilot.pause()
        assert tree.root.children[1].is_expanded
        assert str(tree.here_node.label) == "Part One A"


def marked_lines(pane) -> list[str]:
    """The visible lines of a sidebar that carry the reading mark's bar."""
    return [
        strip.text
        for strip in (pane.render_line(y) for y in range(pane.size.height))
        if "▌" in strip.text
    ]


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_marks_follow_g_and_shift_g(size):
    doc = long_report()
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        quotes, points, sections = screen.quotes_list, screen.keypoints_list, screen.sections_list
        await pilot.press("n", "n")
        assert quotes.here == 1 and sections.here == 2
        await pilot.press("G")
        await pilot.pause()
        # At the bottom every quote has been reached, the last one included.
        assert quotes.here == len(doc.quotes) - 1
        assert points.here == len(doc.key_points) - 1
        assert sections.here == len(doc.sections) - 1
        await pilot.press("g")
        await pilot.pause()
        assert quotes.here is None and points.here is None and sections.here == 0
        if quotes.display and quotes.size.height:
            assert marked_lines(quotes) == []


@pytest.mark.parametrize("size", SIZES)
@pilot_test
async def test_marks_follow_search_and_scrolling(size):
    doc = long_report()
    async with make_app(doc).run_test(size=size) as pilot:
        screen = reader(pilot)
        quotes, sections = screen.quotes_list, screen.sections_list
        await pilot.press("slash", *"Step (12|26) is", "enter")
        assert quotes.here == 11 and sections.here == 12
        await pilot.press("n")
        assert quotes.here == 25 and sections.here == 26
        await pilot.press("escape", "N")
        assert quotes.here == 24
        before = sections.here
        for _ in range(3):
            await pilot.press("space")
        await pilot.pause()
        assert sections.here > before
        assert doc.sections[sections.here].start <= screen.article.anchor


def backgrounds(strip) -> set:
    return {seg.style.bgcolor for seg in strip if seg.style and seg.text.strip()}


@pilot_test
async def test_the_quote_cursor_is_apart_from_the_mark():
    doc = long_report()
    async with make_app(doc).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        quotes = screen.quotes_list
        await pilot.press("n", "n", "n")
        quotes.focus()
        await pilot.pause()
        assert quotes.cursor_node.data == 2  # focusing starts at the mark
        await pilot.press("j", "j", "j")
        cursor = quotes.cursor_line
        chosen = quotes.cursor_node.data
        assert chosen not in (None, 2) and quotes.here == 2  # the cursor moved, not the mark
        await pilot.press("n")
        assert quotes.here == 3 and quotes.cursor_line == cursor  # the mark moved alone
        marked = marked_lines(quotes)
        assert len(marked) == 1 and "Step 4 is" in marked[0]
        cursor_strip = quotes.render_line(cursor - quotes.scroll_offset.y)
        assert "▌" not in cursor_strip.text
        plain = quotes.render_line(quotes.here_node.line - quotes.scroll_offset.y + 1)
        assert backgrounds(cursor_strip) - backgrounds(plain)  # the cursor is a block of colour
        await pilot.press("enter")
        assert screen.article.anchor == doc.quotes[chosen].start
        assert quotes.here == chosen


@pilot_test
async def test_the_key_point_cursor_is_apart_from_the_mark():
    doc = long_report()
    async with make_app(doc).run_test(size=(160, 45)) as pilot:
        screen = reader(pilot)
        points = screen.keypoints_list
        await pilot.press("2")
        points.focus()
        await pilot.pause()
        assert points.here == 1 and points.highlighted == 1
        await pilot.press("j")
        assert points.highlighted == 2 and points.here == 1
        await pilot.press("4")
        assert points.here == 3 and points.highlighted == 2
        marked = marked_lines(points)
        assert marked and all(line.startswith("▌") for line in marked)
        await pilot.press("enter")
        assert screen.article.anchor == doc.key_points[2].start and points.here == 2
        await pilot.press("g")  # the list's own key: its cursor, not the text
        assert points.highlighted == 0 and points.here == 2


async def opened(pilot, app: BriefingApp, title: str) -> ReaderScreen:
    """Wait for the reader of ``title`` to be on screen with its analysis shown."""
    for _ in range(100):
        await pilot.pause(0.05)
        screen = app.screen
        if isinstance(screen, ReaderScreen) and screen.doc.title == title and screen.doc.analysed:
            await settle(pilot)
            return screen
    raise AssertionError(f"{title} did not open")


@pilot_test
async def test_stepping_through_a_reading_list_keeps_each_place(tmp_path):
    (tmp_path / "a_canal.md").write_text(report_markdown(), encoding="utf-8")
    towpath = report_markdown().replace("# The Canal Survey", "# The Towpath Survey")
    (tmp_path / "b_towpath.md").write_text(towpath, encoding="utf-8")
    app = BriefingApp(None, theme=THEME, found=find_briefings([str(tmp_path)]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.5)
        await pilot.press("home", "enter")
        screen = await opened(pilot, app, "The Canal Survey")
        await pilot.press(*["right_square_bracket"] * 5)
        left_at = screen.article.anchor
        await pilot.press("right_curly_bracket")
        screen = await opened(pilot, app, "The Towpath Survey")
        assert screen.article.anchor == 0
        await pilot.press("left_curly_bracket")
        screen = await opened(pilot, app, "The Canal Survey")
        assert screen.article.anchor == left_at
        assert any("left off: Part 5" in m for m in messages(app))


@pilot_test
async def test_the_help_lists_the_tree_keys():
    async with make_app(nested()).run_test(size=(100, 30)) as pilot:
        reader(pilot).sections_list.focus()
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {
            (where, description.split(":")[0]) for where, _, description in pilot.app.screen._rows
        }
        assert ("Sections and quotes", "Jump") in rows
        assert ("Sections and quotes", "Fold or unfold") in rows
        assert ("Sections and quotes", "Fold (or go to the parent)") in rows
