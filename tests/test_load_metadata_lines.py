"""Leading ``Key: value`` lines (``Date: 2024-03-02``) fill the metadata of text and Markdown
files the way front matter does, and a first paragraph that merely has a colon stays text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.export import render
from briefing.load import read_text
from briefing.load.metadata_lines import split_metadata_lines

BODY = "The harbour board met on Monday to settle the dredging contract for the spring season."


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_date_line_dates_the_document_and_leaves_the_body(fmt: str) -> None:
    heading = (
        "# Harbour board picks a dredger" if fmt == "markdown" else "Harbour board picks a dredger"
    )
    doc = read_text(f"Date: 2024-03-02\n\n{heading}\n\n{BODY}\n", source="a", fmt=fmt)
    assert doc.meta.date == "2024-03-02"
    assert doc.title == "Harbour board picks a dredger"
    assert "Date:" not in doc.text
    assert doc.text == BODY


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_author_source_url_and_language_lines(fmt: str) -> None:
    text = (
        "Title: Dredging resumes at the north quay\nBy: Wren Calloway\nSource: The Quay Gazette\n"
        "Published: March 4, 2024\nURL: https://example.org/quay\nLanguage: en\n\n" + BODY
    )
    doc = read_text(text, source="b", fmt=fmt)
    assert doc.title == "Dredging resumes at the north quay"
    assert doc.meta.author == "Wren Calloway"
    assert doc.source == "The Quay Gazette"
    assert doc.meta.date == "March 4, 2024"
    assert doc.meta.url == "https://example.org/quay"
    assert doc.meta.language == "en"
    assert doc.text == BODY


def test_markdown_bold_keys_and_hard_breaks() -> None:
    text = "**Date:** 2024-03-02  \n*Author:* Wren Calloway\\\n\n# Quay news\n\n" + BODY
    doc = read_text(text, source="c.md", fmt="markdown")
    assert (doc.meta.date, doc.meta.author, doc.title) == (
        "2024-03-02",
        "Wren Calloway",
        "Quay news",
    )


def test_front_matter_wins_over_metadata_lines() -> None:
    text = "---\ndate: 2023-01-05\n---\nDate: 2024-03-02\nBy: Wren Calloway\n\n" + BODY
    doc = read_text(text, source="d.md", fmt="markdown")
    assert doc.meta.date == "2023-01-05"
    assert doc.meta.author == "Wren Calloway"


@pytest.mark.parametrize(
    "text",
    [
        "Note: the board will vote again next week on the contract.\n\n" + BODY,  # unknown key
        "Source: officials at the port said the dredger was late.\n\n" + BODY,  # a sentence
        "Date: to be confirmed\n\n" + BODY,  # not a date
        "By: Wren Calloway\nwho covers the port for us, writes from the quay.\n\n" + BODY,
    ],
)
def test_a_first_paragraph_with_a_colon_stays_text(text: str) -> None:
    fields, rest = split_metadata_lines(text)
    assert (fields, rest) == ({}, text)
    doc = read_text(text, source="e.txt", fmt="text")
    assert doc.meta.date is None and doc.meta.author is None
    first_words = text.split("\n")[0]
    assert doc.title.startswith(first_words) or doc.text.startswith(first_words)


def test_a_colon_line_inside_the_text_is_kept() -> None:
    text = "Quay news\n\n" + BODY + "\n\nDate: 2024-03-02\n\nSource: The Quay Gazette\n"
    doc = read_text(text, source="f.txt", fmt="text")
    assert doc.meta.date is None
    assert doc.text.endswith("Date: 2024-03-02\n\nSource: The Quay Gazette")


def test_a_typed_line_is_taken_even_when_prose_follows_at_once() -> None:
    fields, rest = split_metadata_lines("Date: 2 March 2024\n" + BODY)
    assert fields == {"date": "2 March 2024"}
    assert rest == BODY


def test_only_metadata_lines_is_a_clear_error() -> None:
    with pytest.raises(BriefingError, match="metadata lines but no text"):
        read_text("Date: 2024-03-02\nBy: Wren Calloway\n", source="g.md", fmt="markdown")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_exports_show_the_date(fmt: str) -> None:
    doc = read_text("Date: 2024-03-02\n\n# Quay news\n\n" + BODY, source="h.md", fmt=None)
    assert "2024-03-02" in render(doc, fmt)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("*Wren Calloway, Chief Engineer, Harbour Board*", "Wren Calloway"),
        ("_By Wren Calloway_", "Wren Calloway"),
        ("*By Wren Calloway and Ann Arden*", "Wren Calloway and Ann Arden"),
    ],
)
def test_an_italic_byline_names_the_author(byline: str, author: str) -> None:
    text = f"---\ntitle: Quay news\n---\n\u00a0\n{byline}\n\n## Dredging\n\n{BODY}\n"
    doc = read_text(text, source="i.md", fmt="markdown")
    assert doc.meta.author is not None and doc.meta.author.startswith(author)
    assert doc.text.startswith("Dredging")


@pytest.mark.parametrize(
    "first",
    [
        "*Breaking News*",  # a name-like phrase without "By" or a role
        "*The board met again on Monday, as it does every week.*",  # a sentence
        "*Wren Calloway, Chief Engineer*\nwrote this piece from the quay.",  # the paragraph goes on
    ],
)
def test_other_italic_openings_stay_text(first: str) -> None:
    text = f"{first}\n\n{BODY}\n"
    assert split_metadata_lines(text, markdown=True) == ({}, text)


def test_bylines_are_read_in_markdown_only() -> None:
    text = "*By Wren Calloway*\n\n" + BODY
    assert split_metadata_lines(text) == ({}, text)


_PIECES = st.sampled_from(
    [
        "Date: 2024-03-02",
        "By: Wren Calloway",
        "Source: The Quay Gazette",
        "Note: read this",
        "*By Wren Calloway*",
        "**Date:** 4 March 2024",
        "URL: https://example.org/a",
        "The board met.",
        "",
        " ",
        "\u00a0",
        "Date:",
        "Title: Why?",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=12), st.booleans())
def test_only_whole_leading_lines_are_taken(lines: list[str], markdown: bool) -> None:
    text = "\n".join(lines)
    fields, rest = split_metadata_lines(text, markdown=markdown)
    assert text.endswith(rest)
    taken = text[: len(text) - len(rest)]
    if not fields:
        assert rest is text
    else:
        assert taken.endswith("\n") or not rest  # whole lines only
        assert "The board met." not in taken and "Note:" not in taken
