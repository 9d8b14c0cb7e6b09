"""Sections: the runs of paragraphs between headings, tiling the whole body."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import BlockKind, Paragraph, Section, Span


def build_sections(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Section, ...]:
    """Cut the body at each heading paragraph; text before the first heading is the lede."""
    sections: list[Section] = []
    start = 0
    title: str | None = None
    heading: Span | None = None
    level = 0
    for paragraph in paragraphs:
        if paragraph.kind is not BlockKind.HEADING:
            continue
        if paragraph.start > start or heading is not None:
            sections.append(Section(start, paragraph.start, title, heading, level))
        start = paragraph.start
        title = paragraph.text_of(text)
        heading = Span(paragraph.start, paragraph.end)
        level = paragraph.level
    sections.append(Section(start, len(text), title, heading, level))
    return tuple(sections)
