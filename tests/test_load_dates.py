"""Where a plain-text document's date comes from: a date line near the top, or the date ending
a record's bracketed header line; a date further down, or in prose, dates nothing."""

from __future__ import annotations

import pytest

from briefing.load import read_text
from briefing.load.headings import bracketed_date, dateline_date

HEADER = "[Harbour Gazette Volume 12, Number 4 (Friday, May 3, 2002)]\n[Quay Notes]\n[Page Q17]\n"
BODY = (
    "                 NEW DREDGER FOR THE NORTH QUAY\n\n"
    "  The harbour board chose a dredger on Thursday after a long debate about its cost.\n"
)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_bracketed_header_line_dates_the_record(fmt: str) -> None:
    text = HEADER + "\n\n" + BODY
    if fmt == "html":
        text = f"<html><head><title>Gazette</title></head><body><pre>{text}</pre></body></html>"
    doc = read_text(text, source="r", fmt=fmt)
    assert doc.meta.date == "Friday, May 3, 2002"
    assert doc.title == "NEW DREDGER FOR THE NORTH QUAY"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("[Harbour Gazette Volume 12, Number 4 (Friday, May 3, 2002)]", "Friday, May 3, 2002"),
        ("[Quay Notes (2002-05-03)]", "2002-05-03"),
        ("[Quay Notes (see page 4)]", None),  # not a date
        ("Quay Notes (Friday, May 3, 2002)", None),  # not a bracketed header line
        ("[Quay Notes] (Friday, May 3, 2002)", None),
    ],
)
def test_bracketed_date(line: str, date: str | None) -> None:
    assert bracketed_date(line) == date


def test_a_bracketed_date_below_the_first_block_dates_nothing() -> None:
    text = "Quay news\n\n" + BODY + "\n[Harbour Gazette (Friday, May 3, 2002)]\n"
    assert read_text(text, source="r", fmt="text").meta.date is None


def test_a_date_line_still_wins() -> None:
    text = "Quay news\n\nMarch 4, 2024\n\n" + HEADER + "\n" + BODY
    assert read_text(text, source="r", fmt="text").meta.date == "March 4, 2024"


@pytest.mark.parametrize("line", ["March 4, 2024", "*Tuesday, 4 March 2024*", "2024-03-04"])
def test_a_markdown_date_line_dates_it_as_in_plain_text(line: str) -> None:
    """A date line under the title dated a .txt file but not the same .md file."""
    text = f"# Quay news\n\n{line}\n\nThe harbour board met on Monday to choose a dredger.\n"
    doc = read_text(text, source="q.md", fmt="markdown")
    assert doc.meta.date == line.strip("*")


def test_a_markdown_date_deep_in_the_text_dates_nothing() -> None:
    text = "# Quay news\n\nOne.\n\nTwo.\n\nThree.\n\nMarch 4, 2024\n"
    assert read_text(text, source="q.md", fmt="markdown").meta.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("BRIGHTON, March 4, 2024 — The council met on Monday.", "March 4, 2024"),
        ("BRIGHTON, Vt., 4 March 2024 - The council met on Monday.", "4 March 2024"),
        (
            "Wren Calloway, Harbour Engineer\nSubmitted to the Board\nPortsmouth, N.H. May 2021",
            "May 2021",
        ),
        ("A report to the Harbour Board, 4 March 2024", "4 March 2024"),
        ("The plant on the quay closed in March 2019", None),  # a sentence's date
        ("The vote was held on Monday, March 4, 2024", None),
        ("BRIGHTON (Reuters) - The council met on Monday.", None),  # no date in it
        ("Plans for the quay may 2024 change", None),  # "may" is not the month
    ],
)
def test_dateline_date(text: str, date: str | None) -> None:
    assert dateline_date(" ".join(text.split())) == date


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_cover_block_ending_in_a_date_dates_the_report(fmt: str) -> None:
    cover = "Wren Calloway, Harbour Engineer\nSubmitted to the Board\nPortsmouth, N.H. May 2021"
    title, section = ("# ", "## ") if fmt == "markdown" else ("", "")
    text = f"{title}Report on the North Quay\n\n{cover}\n\n{section}Findings\n\n{BODY}"
    assert read_text(text, source="c", fmt=fmt).meta.date == "May 2021"


def test_a_news_dateline_dates_the_story() -> None:
    text = "Quay news\n\nBRIGHTON, March 4, 2024 — The harbour board met on Monday to choose.\n"
    assert read_text(text, source="n.txt", fmt="text").meta.date == "March 4, 2024"
