"""The data every layer shares: immutable records with character offsets into one body text.

Offsets are the contract: for every span, ``briefing.text[span.start:span.end]`` *is* the thing
(a quote's words without its marks, a sentence, a heading line). Nothing stores text twice; the
``text_of`` helpers derive it. Loaders fill ``text``, ``paragraphs`` and the metadata; analysis
fills the rest with :func:`dataclasses.replace`.

Normalised body text rules (loaders guarantee them, analysis relies on them):

* paragraphs are separated by exactly one blank line (``"\\n\\n"``) and never contain one;
* a paragraph of prose is one line (hard wraps re-flowed into single spaces); only a
  ``pre`` paragraph keeps inner ``"\\n"`` line breaks;
* no control characters other than ``"\\n"`` (no ESC, no NUL, no ``"\\r"``, tabs expanded);
* no leading or trailing whitespace on the whole text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a paragraph is, so sections, sentences and the reader can treat it right."""

    TEXT = "text"  # ordinary prose
    HEADING = "heading"  # a section heading line (never a sentence, never a key point)
    BULLET = "bullet"  # a list item (text without its bullet marker)
    BLOCKQUOTE = "blockquote"  # quoted matter set off from the prose
    PRE = "pre"  # preformatted: keeps its line breaks, never reflowed (tables, forms)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Briefing.text``."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A block of the body. ``level`` is the heading depth (1 = top) for headings, else 0.

    ``marker`` is an ordered list item's number as written (``"3."``, ``"2)"``), kept apart from
    the text so the analysis reads the item's words alone and the reader can still show it;
    ``""`` for everything else (a bulleted item is drawn with a bullet).
    """

    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    marker: str = ""


@dataclass(frozen=True, slots=True)
class Section(Span):
    """A run of paragraphs under one heading; sections tile the body with no gaps or overlaps.

    ``heading`` is the span of the heading line inside the section (``None`` for the lede, the
    text before the first heading). ``title`` is the heading's text, kept because the JSON export
    and the table of contents need it even when the heading was normalised.
    """

    title: str | None = None
    heading: Span | None = None
    level: int = 0


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """One sentence of prose. Headings and preformatted blocks hold no sentences."""

    paragraph: int = 0  # index into Briefing.paragraphs


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or body that is quoted, resolved across all the ways the text names it.

    ``mentions`` are the spans where the text names or refers to this speaker at an attribution
    (``Okafor``, ``he``, ``the minister``), so the reader can mark them.
    """

    id: str
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    curated: bool = False  # came from a YAML briefing's ``speakers:`` list


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """A direct quote: the span holds the quoted words *without* the quote marks.

    ``speaker`` is a ``Speaker.id`` or ``None`` when the text gives no evidence of who said it.
    ``cue`` is the span of the attribution evidence (``Okafor added``) when there is one.
    ``confidence`` is the attribution model's probability that ``speaker`` (or nobody, when
    ``speaker`` is ``None``) is right; ``None`` where no model decided (a transcript turn, curated).
    """

    speaker: str | None = None
    cue: Span | None = None
    confidence: float | None = None

    @property
    def uncertain(self) -> bool:
        """The model's choice of speaker is a coin flip or worse: the reader should check."""
        return (
            self.speaker is not None
            and self.confidence is not None
            and (self.confidence < UNCERTAIN)
        )


# Below this ranker probability a speaker is marked uncertain: out of fold on the dev data,
# choices under 0.6 were right 0.31 of the time (0.5-0.6: 0.37), those at 0.6-0.7 0.67 and
# those above 0.9 0.93 (``benchmarks/train_attribution.py`` prints the table).
UNCERTAIN = 0.6


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A sentence that carries the story.

    ``start``/``end`` locate it in the text; both are ``None`` for a curated point that does not
    quote the text (shown unlinked). ``rank`` is 1 for the best point; lists are kept in document
    order, the rank says which to show first when space is short.
    """

    text: str
    start: int | None
    end: int | None
    rank: int
    speaker: str | None = None  # a Speaker.id: who says it, for a point from a transcript turn


@dataclass(frozen=True, slots=True)
class Metadata:
    """What we know about the document besides its text; every field is optional."""

    date: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Curated:
    """Editorial overrides from a YAML briefing that beat the automatic analysis."""

    key_points: tuple[str, ...] = ()
    speakers: tuple[Speaker, ...] = ()


def _start(span: Span) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class Briefing:
    """A document and, once analysed, everything the reader shows about it."""

    title: str
    source: str  # where it came from: a path, "-" for stdin, or "<seed>" names
    text: str
    paragraphs: tuple[Paragraph, ...]
    meta: Metadata = field(default_factory=Metadata)
    curated: Curated = field(default_factory=Curated)
    format: str = "text"  # the reader that loaded it: text, markdown, yaml, html
    # Filled by analysis:
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    section_key_points: tuple[tuple[KeyPoint, ...], ...] = ()  # parallel to sections
    analysed: bool = False
    # Analysis stages that failed on this text (e.g. "attribution"): the others still show.
    failed_stages: tuple[str, ...] = ()

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or ``None`` (also for ``None``)."""
        if speaker_id is None:
            return None
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None

    def section_index_at(self, offset: int) -> int:
        """Index of the section holding ``offset`` (sections tile the text, so they are sorted:
        a bisection, called once per quote by the exports)."""
        return max(0, bisect_right(self.sections, offset, key=_start) - 1)

    @property
    def word_count(self) -> int:
        return count_words(self.text)


_WORDS_CHUNK = 1 << 16


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words ``text[start:end]`` holds, as ``len(text.split())`` says, but split a
    piece at a time: one split of a 50 MB text is a list of eight million strings, the
    largest allocation of the whole analysis."""
    end = len(text) if end is None else min(end, len(text))
    count = 0
    while start < end:
        stop = min(end, start + _WORDS_CHUNK)
        count += len(text[start:stop].split())
        if stop < end and not text[stop - 1].isspace() and not text[stop].isspace():
            count -= 1  # a word across the cut was counted on both sides
        start = stop
    return count
