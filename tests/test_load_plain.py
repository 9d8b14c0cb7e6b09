"""Plain-text reader: title, paragraphs, heading rules, reflow, bullets, tables, noise."""

from __future__ import annotations

import pytest

from briefing.analysis.text.sections import build_sections
from briefing.load import read, read_text
from briefing.model import BlockKind, Briefing
from briefing.resources import default_seed


def paragraphs(doc: Briefing) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text_of(doc.text)) for p in doc.paragraphs]


def headings(doc: Briefing) -> list[str]:
    return [p.text_of(doc.text) for p in doc.paragraphs if p.kind is BlockKind.HEADING]


PROSE = (
    "The committee met on Monday to review the plan in detail, and members said the "
    "discussion had been long but useful for everyone who took part in it."
)


def test_seed_title_and_three_sections() -> None:
    doc = read(default_seed())
    assert doc.title == "No More Diplomacy: Talks With Russia Cancelled"
    sections = build_sections(doc.text, doc.paragraphs)
    assert [s.title for s in sections] == [None, "The Details", "What Comes Next?"]
    assert sections[0].heading is None
    assert not doc.text.startswith(doc.title)


def test_title_line_removed_from_body() -> None:
    doc = read_text(f"A Quiet Week in Town\n\n{PROSE}", source="a.txt")
    assert doc.title == "A Quiet Week in Town"
    assert doc.text == PROSE


def test_text_opening_with_a_paragraph_gets_derived_title_and_keeps_it() -> None:
    doc = read_text(f"{PROSE}\n\nA second paragraph follows here.", source="a.txt")
    assert doc.text.startswith(PROSE)
    assert doc.title.startswith("The committee met on Monday")
    assert len(doc.title) < len(PROSE)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("The Details", None),
        ("What Comes Next?", None),
        ("BACKGROUND AND CONTEXT", None),
        ("2. Findings Of The Review", None),
        ("IV. Recommendations", None),
        ("# Hash Heading", 1),
        ("### Deep Hash Heading", 3),
    ],
)
def test_heading_lines(line: str, level: int | None) -> None:
    doc = read_text(f"Title Line\n\n{PROSE}\n\n{line}\n\n{PROSE}", source="a.txt")
    assert len(headings(doc)) == 1
    assert headings(doc)[0] == line.lstrip("# ")
    if level is not None:
        heading = next(p for p in doc.paragraphs if p.kind is BlockKind.HEADING)
        assert heading.level == level


def test_heading_levels_relative_within_document() -> None:
    text = f"Title\n\nPART ONE\n\n{PROSE}\n\nA Smaller Part\n\n{PROSE}"
    doc = read_text(text, source="a.txt")
    levels = [p.level for p in doc.paragraphs if p.kind is BlockKind.HEADING]
    assert levels == [1, 2]


def test_setext_headings() -> None:
    text = f"Title\n\nFirst Part\n==========\n\n{PROSE}\n\nSecond part\n-----------\n\n{PROSE}"
    doc = read_text(text, source="a.txt")
    assert headings(doc) == ["First Part", "Second part"]
    assert [p.level for p in doc.paragraphs if p.kind is BlockKind.HEADING] == [1, 2]


@pytest.mark.parametrize(
    "line",
    [
        "This is a sentence.",
        "Highlights to date include:",
        "April 2022",
        "the lower case start",
        "A heading with nothing after it",
    ],
)
def test_not_headings(line: str) -> None:
    tail = "" if "nothing after" in line else f"\n\n{PROSE}"
    doc = read_text(f"Title\n\n{PROSE}\n\n{line}{tail}", source="a.txt")
    assert headings(doc) == []


def test_weak_sentence_case_heading_needs_prose_after_it() -> None:
    doc = read_text(f"Title\n\n{PROSE}\n\nNext steps for us\n\n{PROSE}", source="a.txt")
    assert headings(doc) == ["Next steps for us"]


def test_hard_wrapped_text_is_reflowed_and_short_last_line_is_not_a_heading() -> None:
    wrapped = (
        "The leaders reaffirmed their commitment to a free and open region, and\n"
        "more broadly to an international system that respects human rights and\n"
        "The Rule Of Law\n"
    )
    doc = read_text(f"Title\n\n{wrapped}\n{PROSE}", source="a.txt")
    assert headings(doc) == []
    first = doc.paragraphs[0].text_of(doc.text)
    assert "\n" not in first
    assert first.endswith("human rights and The Rule Of Law")


def test_wrapped_heading_on_two_lines() -> None:
    text = (
        f"Title\n\n{PROSE}\n\nA Long Heading That Had To Be Wrapped Onto A Second\nLine\n\n{PROSE}"
    )
    doc = read_text(text, source="a.txt")
    assert headings(doc) == ["A Long Heading That Had To Be Wrapped Onto A Second Line"]


def test_hyphen_at_line_end_joins_without_space() -> None:
    doc = read_text("Title\n\nA well-\nknown and long-\nstanding fact.\n\nMore.", source="a.txt")
    assert doc.paragraphs[0].text_of(doc.text) == "A well-known and long-standing fact."


def test_bullets() -> None:
    text = (
        "Title\n\nHighlights include:\n\n-   Submarines. The first item is wrapped\n"
        "    onto a second line.\n\n* Second item\n* Third item\n\n1. Numbered item one\n"
        "2. Numbered item two\n"
    )
    doc = read_text(text, source="a.txt")
    assert paragraphs(doc) == [
        ("text", "Highlights include:"),
        ("bullet", "Submarines. The first item is wrapped onto a second line."),
        ("bullet", "Second item"),
        ("bullet", "Third item"),
        ("bullet", "Numbered item one"),
        ("bullet", "Numbered item two"),
    ]


def test_numbered_lines_in_a_row_are_a_list_not_headings() -> None:
    doc = read_text(f"Title\n\n1. Introduction\n\n2. Background\n\n{PROSE}", source="a.txt")
    assert headings(doc) == []
    assert [p.kind for p in doc.paragraphs][:2] == [BlockKind.BULLET, BlockKind.BULLET]


def test_tables_and_forms_are_kept_as_pre() -> None:
    table = (
        "Amount     Name and Address\n"
        "$1,500.00  John Doe, 1621 Blank Bldg.\n"
        "$1,785.00  The Roe Corporation, 2511 Doe Bldg.\n"
    )
    form = " 1. $...............Dues and assessments\n 2. $...............Gifts of money\n"
    doc = read_text(f"Title\n\n{PROSE}\n\n{table}\n{form}", source="a.txt")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds == [BlockKind.TEXT, BlockKind.PRE, BlockKind.PRE]
    assert doc.paragraphs[1].text_of(doc.text) == table.strip()
    assert headings(doc) == []


def test_long_tables_are_cut_between_entries() -> None:
    rows = "".join(
        f"Name {i}, 1 Main St........  Client {i}......   {i},000.00\n" for i in range(100)
    )
    rows = rows.replace("Name 45,", "Name 45,\n     continued line,")
    doc = read_text(f"Title\n\n{PROSE}\n\n{rows}", source="a.txt")
    pieces = [p.text_of(doc.text) for p in doc.paragraphs if p.kind is BlockKind.PRE]
    assert len(pieces) == 3
    assert "\n".join(pieces) == rows.strip()
    assert all(not piece.startswith(" ") for piece in pieces)


def test_indented_first_lines_split_paragraphs_and_page_markers_are_dropped() -> None:
    text = (
        "Title\n\n  Mr. SMITH. Mr. President, I rise today to speak about the\n"
        "bill before us.\n  It is a good bill. It will help the people of the\n\n"
        "[[Page S1234]]\n\nstate and I urge a vote.\n"
    )
    doc = read_text(text, source="a.txt")
    assert paragraphs(doc) == [
        ("text", "Mr. SMITH. Mr. President, I rise today to speak about the bill before us."),
        ("text", "It is a good bill. It will help the people of the state and I urge a vote."),
    ]
    assert "[[Page" not in doc.text


def test_centred_byline_block_kept_together_under_centred_heading() -> None:
    text = (
        "[Record Volume 1, Number 2]\n[Pages E1-E2]\n\n\n"
        "                   IN MEMORY OF A FRIEND\n\n"
        "                               speech of\n\n"
        "                           HON. JANE ROE\n\n"
        "                                of ohio\n\n"
        f"  Ms. ROE. {PROSE}\n"
    )
    doc = read_text(text, source="a.txt")
    assert doc.title == "IN MEMORY OF A FRIEND"
    assert headings(doc) == ["IN MEMORY OF A FRIEND"]
    assert ("pre", "speech of\nHON. JANE ROE\nof ohio") in paragraphs(doc)


def test_separator_lines_are_not_paragraphs() -> None:
    doc = read_text(f"Title\n\n{PROSE}\n\n* * *\n\n{PROSE}\n\n###", source="a.txt")
    assert paragraphs(doc) == [("text", PROSE), ("text", PROSE)]


def test_dateline_becomes_metadata_not_a_heading() -> None:
    doc = read_text(f"Title\n\nApril 2022\n\n{PROSE}", source="a.txt")
    assert doc.meta.date == "April 2022"
    assert headings(doc) == []


def test_control_characters_escapes_and_tabs_are_removed() -> None:
    text = "\x1b[31mRed Title\x1b[0m\n\nA\tb \x1b]0;evil\x07text\x07 with\x00 bell\u202e.\r\n"
    doc = read_text(text.replace("\x00", ""), source="a.txt")
    assert doc.title == "Red Title"
    assert doc.text == "A b text with bell."
    assert "\x1b" not in doc.text and "\t" not in doc.text


def test_nbsp_stays_in_text_but_does_not_break_rules() -> None:
    doc = read_text("Title\u00a0Here\n\nOne\u00a0two three.\n\u00a0\nFour five.", source="a.txt")
    assert doc.title == "Title Here"
    assert paragraphs(doc) == [("text", "One\u00a0two three."), ("text", "Four five.")]


def test_numbered_items_keep_their_numbers_as_written() -> None:
    text = "Harbour plan\n\nThe steps:\n\n1. Drain the basin.\n2) Rebuild the wall.\n- Celebrate.\n"
    doc = read_text(text, source="plan.txt")
    items = [(p.marker, p.text_of(doc.text)) for p in doc.paragraphs if p.kind.value == "bullet"]
    assert items == [("1.", "Drain the basin."), ("2)", "Rebuild the wall."), ("", "Celebrate.")]
