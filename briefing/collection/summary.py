"""One briefing of a collection, reduced to what a reading list and a digest show.

A summary is small and picklable (it crosses from the worker process that analysed the file),
keeps no body text, and is built the same way whether the file was read in this process or
another, so a digest made with one job is byte-identical to one made with many. A file that
fails becomes a summary too, carrying its one-line error, so it has a row like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.collection.dates import iso_day
from briefing.errors import printable
from briefing.model import Briefing

_CUT_PUNCTUATION = ",;: "  # a quote cut by its attribution ("We will go," she said)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """Printable text on one line: article text is untrusted and ends up in terminals."""
    return " ".join(_CONTROL.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """A quote (its words without marks) with where it is and who said it, by name."""

    text: str
    start: int
    end: int
    speaker: str | None  # the speaker's name as the briefing resolved it; None: unattributed
    role: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    """A briefing's header, key points and quotes; ``error`` set when it could not be read."""

    path: str  # as found or given: the name to open it again
    title: str = ""
    source: str = ""  # the publication when the document names one, else the path
    date: str | None = None  # as the document writes it
    day: str | None = None  # ISO ``YYYY-MM-DD`` for sorting, when the date can be read
    author: str | None = None
    url: str | None = None
    words: int = 0
    sections: int = 0
    key_points: tuple[str, ...] = ()
    quotes: tuple[QuoteEntry, ...] = ()
    failed_stages: tuple[str, ...] = ()  # analysis stages that failed (the rest is shown)
    error: str | None = None

    @property
    def speakers(self) -> int:
        """How many different named speakers are quoted."""
        return len({quote.speaker for quote in self.quotes if quote.speaker is not None})

    @property
    def first_point(self) -> str:
        return self.key_points[0] if self.key_points else ""


def summarise(doc: Briefing, path: str) -> Summary:
    """The summary of an analysed briefing read from ``path``."""
    quotes = []
    for quote in sorted(doc.quotes, key=lambda q: (q.start, q.end)):
        speaker = doc.speaker(quote.speaker)
        quotes.append(
            QuoteEntry(
                text=one_line(quote.text_of(doc.text)).rstrip(_CUT_PUNCTUATION),
                start=quote.start,
                end=quote.end,
                speaker=one_line(speaker.name) if speaker else None,
                role=one_line(speaker.role) if speaker and speaker.role else None,
            )
        )
    meta = doc.meta
    return Summary(
        path=path,
        title=one_line(doc.title) or path,
        source=one_line(doc.source),
        date=one_line(meta.date) if meta.date else None,
        day=iso_day(meta.date),
        author=one_line(meta.author) if meta.author else None,
        url=one_line(meta.url) if meta.url else None,
        words=doc.word_count,
        sections=len(doc.sections),
        key_points=tuple(one_line(point.text) for point in doc.key_points),
        quotes=tuple(quotes),
        failed_stages=doc.failed_stages,
    )


def failed(path: str, reason: str) -> Summary:
    """The row of a file that could not be read or analysed; the name it shows has its control
    characters as escapes (``path`` itself stays as given, to open the file with)."""
    name = printable(path)
    return Summary(path=path, title=name, source=name, error=one_line(reason))
