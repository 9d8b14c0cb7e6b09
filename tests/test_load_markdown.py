"""Markdown reader: structure kept as typed paragraphs, inline markup gone, front matter read."""

from __future__ import annotations

from briefing.load import read_text
from briefing.model import BlockKind, Briefing


def paragraphs(doc: Briefing) -> list[tuple[str, int, str]]:
    return [(p.kind.value, p.level, p.text_of(doc.text)) for p in doc.paragraphs]


def test_headings_lists_quotes_code() -> None:
    text = (
        "# The Report\n\nIntro with a [link to it](https://example.org) and **bold** and "
        "*italic* and `code` and ![a picture](x.png).\n\n## Part One\n\n- first item\n"
        "- second item with\n  a soft break\n\n1. numbered\n\n> A quoted line.\n\n"
        "```\nkeep  this\n  layout\n```\n\n### Part One A\n\nEnd.\n"
    )
    doc = read_text(text, source="r.md", fmt="markdown")
    assert doc.title == "The Report"
    assert paragraphs(doc) == [
        ("text", 0, "Intro with a link to it and bold and italic and code and ."),
        ("heading", 2, "Part One"),
        ("bullet", 0, "first item"),
        ("bullet", 0, "second item with a soft break"),
        ("bullet", 0, "numbered"),
        ("blockquote", 0, "A quoted line."),
        ("pre", 0, "keep  this\n  layout"),
        ("heading", 3, "Part One A"),
        ("text", 0, "End."),
    ]


def test_escapes_entities_and_struck_text() -> None:
    text = "Title\n=====\n\nThe official is \\[name withheld\\] &amp; it is ~~not~~ <s>an</s> ok.\n"
    doc = read_text(text, source="r.md", fmt="markdown")
    assert doc.text == "The official is [name withheld] & it is ok."


def test_the_title_heading_is_shown_once_even_among_several_top_headings() -> None:
    """QA: the first "# heading" was both the title and the first section heading."""
    doc = read_text("# Part I\n\nOne.\n\n# Part II\n\nTwo.\n", source="r.md", fmt="markdown")
    assert doc.title == "Part I"
    assert paragraphs(doc) == [("text", 0, "One."), ("heading", 1, "Part II"), ("text", 0, "Two.")]


def test_numbered_items_keep_their_numbers_as_written() -> None:
    """QA: Markdown numbered lists lost their numbers (a bullet was drawn instead)."""
    text = "# Plan\n\n3. Drain the basin.\n4. Rebuild the wall.\n\n9) Open.\n\n- Celebrate.\n"
    doc = read_text(text, source="r.md", fmt="markdown")
    items = [(p.marker, p.text_of(doc.text)) for p in doc.paragraphs]
    assert items == [
        ("3.", "Drain the basin."),
        ("4.", "Rebuild the wall."),
        ("9)", "Open."),
        ("", "Celebrate."),
    ]
    assert all(p.kind is BlockKind.BULLET for p in doc.paragraphs)


def test_front_matter_gives_title_and_metadata() -> None:
    text = (
        "---\ntitle: \"Press Briefing by the\\_Secretary\"\ndate: '2021-02-04'\n"
        "source_url: https://example.org/briefing\nauthor: [A. Writer, B. Editor]\n---\n \n"
        "8:00 A.M. EST\n\nMS. SMITH:  Hi, everyone.\n"
    )
    doc = read_text(text, source="b.md", fmt="markdown")
    assert doc.title == "Press Briefing by the Secretary"
    assert doc.meta.date == "2021-02-04"
    assert doc.meta.url == "https://example.org/briefing"
    assert doc.meta.author == "A. Writer, B. Editor"
    assert doc.text == "8:00 A.M. EST\n\nMS. SMITH: Hi, everyone."


def test_nbsp_only_lines_separate_paragraphs() -> None:
    text = "Title\n=====\n\nFirst paragraph.\u00a0  \n\u00a0  \nSecond paragraph.\n"
    doc = read_text(text, source="r.md", fmt="markdown")
    assert [p.text_of(doc.text) for p in doc.paragraphs] == [
        "First paragraph.",
        "Second paragraph.",
    ]


def test_table_is_pre() -> None:
    text = "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter.\n"
    doc = read_text(text, source="r.md", fmt="markdown")
    assert paragraphs(doc)[0] == ("pre", 0, "a | b\n1 | 2")


def test_raw_html_block_keeps_its_words() -> None:
    doc = read_text("# T\n\n<div>Some <b>raw</b> &amp; html</div>\n", source="r.md", fmt="markdown")
    assert doc.text == "Some raw & html"


def test_a_leading_heading_followed_by_a_sibling_is_a_part_not_a_title() -> None:
    """Parts and chapters all at "#": the first part named the document and vanished from the
    section tree while its sibling parts stayed in it."""
    text = (
        "# Part One Harbour works\n\n# Chapter One Dredging\n\nThe quay was dredged in May.\n\n"
        "# Part Two Ferries\n\nThe ferries run every hour.\n"
    )
    doc = read_text(text, source="p.md", fmt="markdown")
    assert doc.title == "Part One Harbour works"
    assert [p[2] for p in paragraphs(doc) if p[0] == "heading"] == [
        "Part One Harbour works",
        "Chapter One Dredging",
        "Part Two Ferries",
    ]


def test_a_leading_title_above_a_lede_or_a_subheading_still_leaves_the_body() -> None:
    for text in (
        "# Harbour works\n\nThe quay was dredged.\n",
        "# Harbour works\n\n## Dredging\n\nIn May.\n",
    ):
        doc = read_text(text, source="t.md", fmt="markdown")
        assert doc.title == "Harbour works" and "Harbour works" not in doc.text
