"""What every human-readable export says, gathered once so text and Markdown cannot drift apart.

The digest is format-neutral: plain strings with control characters removed and whitespace
collapsed to single spaces, because article text is untrusted and a summary is read in an
e-mail or a terminal where a stray escape sequence would do harm. Each renderer then only
decides layout and escaping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Briefing, KeyPoint, Quote, Section, Speaker, count_words

LEDE_LABEL = "Introduction"  # the section before the first heading has no title of its own

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
# A quote cut off by its attribution ("We will go," she said) keeps a dangling comma.
_CUT_PUNCTUATION = ",;: "


def clean(text: str) -> str:
    """One line of plain, printable text: control characters dropped, whitespace collapsed."""
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One line of the sections outline; ``depth`` 0 is the top level."""

    title: str
    depth: int
    words: int


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """A quote's words (without marks) and the label of the section that holds it."""

    text: str
    section: str
    uncertain: bool = False  # the speaker is the ranker's uncertain guess


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The quotes of one speaker, in document order; ``name`` is ``None`` for unattributed."""

    name: str | None
    role: str | None
    quotes: tuple[QuoteLine, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """The summary of an analysed briefing, ready for layout."""

    title: str
    source: str
    date: str | None
    author: str | None
    url: str | None
    section_count: int
    word_count: int
    quote_count: int
    speaker_count: int
    key_points: tuple[str, ...]  # "Name: sentence" for a point from a transcript turn
    outline: tuple[OutlineEntry, ...]
    groups: tuple[QuoteGroup, ...]  # attributed groups first (by first quote), unattributed last
    failed_stages: tuple[str, ...] = ()  # analysis stages that failed on this text
    # (section label, its points) for each section with points of its own, in document order
    section_key_points: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def failure(self) -> str | None:
        """One line saying which analysis stages failed, ``None`` when all ran."""
        if not self.failed_stages:
            return None
        return f"Analysis failed: {', '.join(self.failed_stages)} (the rest is shown)"

    @property
    def counts(self) -> str:
        """The size in one line, e.g. ``3 sections, 312 words, 5 quotes from 2 speakers``."""
        parts = [
            _plural(self.section_count, "section"),
            _plural(self.word_count, "word"),
            _plural(self.quote_count, "quote"),
        ]
        line = ", ".join(parts)
        if self.speaker_count:
            line += f" from {_plural(self.speaker_count, 'speaker')}"
        return line

    @property
    def details(self) -> tuple[tuple[str, str], ...]:
        """The labelled facts shown under the title, those that are known, in reading order."""
        fields = (
            ("Source", self.source),
            ("Date", self.date),
            ("By", self.author),
            ("URL", self.url),
        )
        return tuple((label, value) for label, value in fields if value)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def section_label(section: Section) -> str:
    """How a section is named in a summary: its heading, or the lede label."""
    return clean(section.title or "") or LEDE_LABEL


def quote_section(doc: Briefing, quote: Quote) -> int | None:
    """Index of the section holding the quote, ``None`` when the briefing has no sections."""
    return doc.section_index_at(quote.start) if doc.sections else None


def _outline(doc: Briefing) -> tuple[OutlineEntry, ...]:
    levels = [section.level for section in doc.sections if section.heading is not None]
    top = min(levels, default=1)
    entries = []
    for section in doc.sections:
        body_start = section.heading.end if section.heading is not None else section.start
        depth = max(section.level - top, 0) if section.heading is not None else 0
        words = count_words(doc.text, body_start, section.end)
        entries.append(OutlineEntry(section_label(section), depth, words))
    return tuple(entries)


def _groups(doc: Briefing) -> tuple[QuoteGroup, ...]:
    """Quotes by resolved speaker, in order of first quote; unknown ids count as unattributed."""
    speakers: dict[str, Speaker] = {}
    by_speaker: dict[str | None, list[QuoteLine]] = {}
    by_id = {speaker.id: speaker for speaker in doc.speakers}  # not doc.speaker() per quote
    for quote in sorted(doc.quotes, key=lambda q: (q.start, q.end)):
        speaker = by_id.get(quote.speaker) if quote.speaker is not None else None
        index = quote_section(doc, quote)
        label = section_label(doc.sections[index]) if index is not None else LEDE_LABEL
        line = QuoteLine(
            clean(quote.text_of(doc.text)).rstrip(_CUT_PUNCTUATION), label, quote.uncertain
        )
        if speaker is not None:
            speakers[speaker.id] = speaker
        by_speaker.setdefault(speaker.id if speaker else None, []).append(line)
    groups = [
        QuoteGroup(clean(speaker.name), clean(speaker.role or "") or None, tuple(by_speaker[key]))
        for key, speaker in speakers.items()
    ]
    if None in by_speaker:
        groups.append(QuoteGroup(None, None, tuple(by_speaker[None])))
    return tuple(groups)


def point_line(doc: Briefing, point: KeyPoint, names: dict[str, str]) -> str:
    """A key point as one clean line, after its speaker's name when it has one."""
    text = clean(point.text)
    name = names.get(point.speaker) if point.speaker is not None else None
    return f"{name}: {text}" if name else text


def _section_points(
    doc: Briefing, names: dict[str, str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (section_label(section), tuple(point_line(doc, point, names) for point in points))
        for section, points in zip(doc.sections, doc.section_key_points, strict=False)
        if points
    )


def build_digest(doc: Briefing) -> Digest:
    """Gather what the text and Markdown summaries show, from an analysed briefing."""
    groups = _groups(doc)
    meta = doc.meta
    names = {speaker.id: clean(speaker.name) for speaker in doc.speakers}
    return Digest(
        title=clean(doc.title),
        source=clean(doc.source),
        date=clean(meta.date) if meta.date else None,
        author=clean(meta.author) if meta.author else None,
        url=clean(meta.url) if meta.url else None,
        section_count=len(doc.sections),
        word_count=doc.word_count,
        quote_count=len(doc.quotes),
        speaker_count=sum(1 for group in groups if group.name is not None),
        key_points=tuple(point_line(doc, point, names) for point in doc.key_points),
        outline=_outline(doc),
        groups=groups,
        failed_stages=doc.failed_stages,
        section_key_points=_section_points(doc, names),
    )
