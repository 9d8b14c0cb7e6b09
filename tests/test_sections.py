"""Sections tile the body; the lede has no heading; heading levels are kept."""

from __future__ import annotations

import itertools

from briefing.analysis.text.sections import build_sections
from briefing.load import read_text


def test_lede_then_sections_with_levels() -> None:
    doc = read_text(
        "# Title\n\nLede text.\n\n## One\n\nA.\n\n### One A\n\nB.\n\n## Two\n\nC.",
        source="a.md",
        fmt="markdown",
    )
    sections = build_sections(doc.text, doc.paragraphs)
    assert [(s.title, s.level) for s in sections] == [
        (None, 0),
        ("One", 2),
        ("One A", 3),
        ("Two", 2),
    ]
    assert sections[0].heading is None
    assert sections[0].start == 0 and sections[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(sections))
    assert sections[1].heading is not None and sections[1].heading.text_of(doc.text) == "One"
    assert doc.text[sections[0].start : sections[0].end].strip() == "Lede text."


def test_text_starting_with_a_heading_has_no_empty_lede() -> None:
    doc = read_text("## A\n\nx.\n\n## B\n\ny.", source="a.md", fmt="markdown")
    sections = build_sections(doc.text, doc.paragraphs)
    assert [s.title for s in sections] == ["A", "B"]


def test_no_headings_is_one_section() -> None:
    doc = read_text("Title\n\nOne paragraph.\n\nAnother one.", source="a.txt")
    sections = build_sections(doc.text, doc.paragraphs)
    assert len(sections) == 1
    assert (sections[0].start, sections[0].end, sections[0].title) == (0, len(doc.text), None)


def test_consecutive_headings_each_get_a_section() -> None:
    doc = read_text("# T\n\n## A\n\n## B\n\nText.", source="a.md", fmt="markdown")
    sections = build_sections(doc.text, doc.paragraphs)
    assert [s.title for s in sections] == ["A", "B"]
    assert sections[0].end == sections[1].start
