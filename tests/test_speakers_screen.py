"""Speaker headings at 80 columns: a long role is cut with an ellipsis, never wrapped.

The people here are written by hand (summaries, not analysed files), so the pictures show the
screen, not the current tuning of the role rules.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import OptionList
from ui.harness import NARROW, THEME, harbour, make_app, pilot_test, settle

from briefing.collection import Found, Person, PersonQuote, Summary
from briefing.collection.summary import QuoteEntry
from briefing.ui.app import BriefingApp
from briefing.ui.quotes_list import speaker_heading
from briefing.ui.screens.picker import TEXT_WIDTH
from briefing.ui.screens.speakers import SpeakersScreen, person_heading

LONG_ROLE = "chief executive officer of the northern harbour and ferry development authority"


def _summaries() -> list[tuple[int, Summary]]:
    said = [
        ("The quay opens on Monday", "Mara Quill", LONG_ROLE),
        ("The crews are trained and ready for the first boats", "Mara Quill", LONG_ROLE),
        ("Nobody signs on a promise", "Tomas Reed", "spokesman"),
        ("We will be there", "Tomas Reed", "spokesman"),
        ("The budget is agreed", "Ana Field", None),
    ]
    quotes = tuple(
        QuoteEntry(text, 10 * number, 10 * number + len(text), name, role)
        for number, (text, name, role) in enumerate(said)
    )
    first = Summary(path="a.md", title="Harbour talks", day="2024-03-05", quotes=quotes[:3])
    second = Summary(path="b.md", title="Quay finished", day="2024-03-02", quotes=quotes[3:])
    return [(0, first), (1, second)]


def test_speakers_screen_with_a_long_role_at_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = BriefingApp(None, theme=THEME, found=Found(files=()))

    async def open_speakers(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await app.push_screen(SpeakersScreen(_summaries(), pending=0))
        await pilot.pause()

    assert snap_compare(app, terminal_size=NARROW, run_before=open_speakers)


def _person(name: str, role: str | None, quotes: int = 12, briefings: int = 3) -> Person:
    return Person(name, role, tuple(PersonQuote("Yes", 0, 0, 3) for _ in range(quotes)), briefings)


@pytest.mark.parametrize("width", [40, 74, 114])
def test_a_heading_is_one_line_with_its_counts(width: int) -> None:
    heading = person_heading(_person("Mara Quill", LONG_ROLE), width).plain
    assert "\n" not in heading and len(heading) <= width
    assert heading.startswith("Mara Quill") and heading.endswith("12 quotes in 3 briefings")
    assert LONG_ROLE not in heading  # cut (with an ellipsis) or, with no room, left out
    assert ("…" in heading) == (width > 40)


def test_a_short_heading_is_whole() -> None:
    heading = person_heading(_person("Tomas Reed", "spokesman", 1, 1), 74).plain
    assert heading == "Tomas Reed, spokesman  1 quote in 1 briefing"


def test_a_role_with_no_room_is_left_out_rather_than_cut_to_nothing() -> None:
    heading = person_heading(_person("Alexandra Constantinople-Smythe", LONG_ROLE), 60).plain
    assert heading == "Alexandra Constantinople-Smythe  12 quotes in 3 briefings"


def test_the_speaker_pickers_lines_fit_the_picker() -> None:
    doc = harbour()
    speakers = (replace(doc.speakers[0], role=LONG_ROLE), *doc.speakers[1:])
    doc = replace(doc, speakers=speakers)
    lines = speaker_heading(doc, doc.speakers[0].id, 1, TEXT_WIDTH).plain.split("\n")
    assert lines[0] == "Mara Quill (1)"
    assert len(lines) == 2 and len(lines[1]) == TEXT_WIDTH and lines[1].endswith("…")


def test_speaker_picker_with_a_long_role_at_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    doc = harbour()
    speaker = doc.speakers[0]
    doc = replace(doc, speakers=(replace(speaker, role=LONG_ROLE), *doc.speakers[1:]))
    assert snap_compare(make_app(doc), press=["s"], terminal_size=NARROW, run_before=settle)


@pilot_test
async def test_brackets_step_from_person_to_person() -> None:
    app = BriefingApp(None, theme=THEME, found=Found(files=()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = SpeakersScreen(_summaries(), pending=0)
        await app.push_screen(screen)
        await pilot.pause()
        people = screen.query_one("#people", OptionList)
        firsts = [i + 1 for i, target in enumerate(screen.targets) if target is None]
        assert people.highlighted == firsts[0] and len(firsts) == 3
        await pilot.press("down", "right_square_bracket")
        assert people.highlighted == firsts[1]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert people.highlighted == firsts[2]
        assert any("No more people" in str(n.message) for n in app._notifications)
        await pilot.press("left_square_bracket")  # from Ana Field to Tomas Reed
        assert people.highlighted == firsts[1]
        await pilot.press("down", "left_square_bracket")  # from Tomas Reed's second quote
        assert people.highlighted == firsts[0]


@pilot_test
async def test_the_next_persons_heading_shows_at_the_top() -> None:
    """Past a person with pages of quotes, ] shows the next person's heading, not only the
    first quote under it."""
    many = tuple(QuoteEntry(f"Line {n}", 10 * n, 10 * n + 6, "Mara Quill", None) for n in range(40))
    other = tuple(
        QuoteEntry(f"Reply {n}", 500 + 10 * n, 507 + 10 * n, "Tomas Reed", "spokesman")
        for n in range(30)
    )
    summary = Summary(path="a.md", title="Harbour talks", day="2024-03-05", quotes=many + other)
    app = BriefingApp(None, theme=THEME, found=Found(files=()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = SpeakersScreen([(0, summary)], pending=0)
        await app.push_screen(screen)
        await pilot.pause()
        people = screen.query_one("#people", OptionList)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert people.highlighted == 42  # Mara's heading and 40 quotes, Tomas's heading
        assert people.scroll_y == 41  # Tomas Reed's heading is the top line


@pilot_test
async def test_no_one_quoted_says_so() -> None:
    app = BriefingApp(None, theme=THEME, found=Found(files=()))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = SpeakersScreen([(0, Summary(path="a.md", title="Notes"))], pending=1)
        await app.push_screen(screen)
        await pilot.pause()
        title = str(screen.query_one("#speakers-title").render())
        assert title == (
            "Speakers across 1 briefing: no one is quoted by name (1 briefing still being analysed)"
        )
