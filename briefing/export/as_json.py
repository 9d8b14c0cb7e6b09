"""The JSON export: the analysed briefing with its offsets, in the shape outside tools rely on.

Required keys and their meaning are fixed (title, source, text, sections, key_points, speakers,
quotes); ``meta`` and ``section_key_points`` (each section's own points, with the same fields as
``key_points`` plus the section's index) are extras. Offsets index ``text`` as Python strings
do (code points).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from briefing.export.digest import quote_section
from briefing.model import Briefing, KeyPoint, Quote, Speaker

# Legal in a JSON string but dangerous raw on a terminal (C1 controls such as CSI) or in
# JavaScript (line separators); written as \u escapes, the decoded value is unchanged.
_UNSAFE_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def briefing_dict(doc: Briefing) -> dict[str, Any]:
    """The export as plain Python data (what ``render(doc, "json")`` serialises)."""
    meta = doc.meta
    known = {speaker.id for speaker in doc.speakers}  # a set, not doc.speaker() per quote
    return {
        "title": doc.title,
        "source": doc.source,
        "meta": {"date": meta.date, "url": meta.url, "author": meta.author},
        "text": doc.text,
        "sections": [
            {"title": section.title, "start": section.start, "end": section.end}
            for section in doc.sections
        ],
        "key_points": [_point(point, known) for point in doc.key_points],
        "section_key_points": [
            {**_point(point, known), "section": index}
            for index, points in enumerate(doc.section_key_points)
            for point in points
        ],
        "speakers": [_speaker(speaker) for speaker in doc.speakers],
        "quotes": [_quote(doc, quote, known) for quote in doc.quotes],
        "failed_stages": list(doc.failed_stages),
    }


def _point(point: KeyPoint, known: set[str]) -> dict[str, Any]:
    """A key point's fields; ``speaker`` is a known speaker id (a transcript turn's) or None."""
    return {
        "text": point.text,
        "start": point.start,
        "end": point.end,
        "rank": point.rank,
        "speaker": point.speaker if point.speaker in known else None,
    }


def escape_unsafe(dumped: str) -> str:
    """JSON text with the characters in :data:`_UNSAFE_RAW` written as ``\\u`` escapes."""
    return _UNSAFE_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def render_json(doc: Briefing) -> str:
    """Pretty, UTF-8-friendly JSON ending with a newline: :func:`json_pieces` joined."""
    return "".join(json_pieces(doc))


def json_pieces(doc: Briefing) -> Iterator[str]:
    """The text of :func:`render_json` in pieces of at most a few dozen kB, made one by one.

    What ``json.dumps(briefing_dict(doc), indent=2)`` writes, without ever holding it: a dict
    per quote and the pieces of one big string cost three times the output, which for a large
    document was the export's peak memory. Writing to a file (``write_export``) takes the
    pieces as they come. A nested value's indented text is its own text with every line break
    indented one level deeper, which is how the pieces stay byte-identical to one dump.
    """
    known = {speaker.id for speaker in doc.speakers}  # a set, not doc.speaker() per quote
    meta = doc.meta
    head = {
        "title": doc.title,
        "source": doc.source,
        "meta": {"date": meta.date, "url": meta.url, "author": meta.author},
    }
    for key, value in head.items():
        yield escape_unsafe(
            f"{'{' if key == 'title' else ','}\n  {_dump(key)}: {_nested(value, 1)}"
        )
    yield ',\n  "text": '
    yield from _text_pieces(doc.text)
    lists = {
        "sections": (
            {"title": section.title, "start": section.start, "end": section.end}
            for section in doc.sections
        ),
        "key_points": (_point(point, known) for point in doc.key_points),
        "section_key_points": (
            {**_point(point, known), "section": index}
            for index, points in enumerate(doc.section_key_points)
            for point in points
        ),
        "speakers": (_speaker(speaker) for speaker in doc.speakers),
        "quotes": (_quote(doc, quote, known) for quote in doc.quotes),
        "failed_stages": iter(doc.failed_stages),
    }
    for key, items in lists.items():
        yield f",\n  {_dump(key)}: "
        yield from _list_pieces(items)
    yield "\n}\n"


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)
_TEXT_CHUNK = 1 << 15  # characters of the body escaped at a time


def _dump(value: Any) -> str:
    return _ENCODER.encode(value)


def _nested(value: Any, level: int) -> str:
    """``value`` dumped as it reads ``level`` levels deep in the indented document."""
    return _dump(value).replace("\n", "\n" + "  " * level)


def _text_pieces(text: str) -> Iterator[str]:
    """A JSON string of ``text`` in pieces: escaping works character by character."""
    yield '"'
    for at in range(0, len(text), _TEXT_CHUNK):
        yield escape_unsafe(_dump(text[at : at + _TEXT_CHUNK])[1:-1])
    yield '"'


def _list_pieces(items: Iterator[Any]) -> Iterator[str]:
    """A list one level deep, an item at a time (``[]`` when empty, as ``json`` writes it)."""
    first = True
    for item in items:
        yield escape_unsafe(("[\n    " if first else ",\n    ") + _nested(item, 2))
        first = False
    yield "[]" if first else "\n  ]"


def _speaker(speaker: Speaker) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
    }


def _quote(doc: Briefing, quote: Quote, known: set[str]) -> dict[str, Any]:
    """A quote's fields; ``speaker`` is a known speaker id or None."""
    return {
        "text": quote.text_of(doc.text),
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker if quote.speaker in known else None,
        "confidence": None if quote.confidence is None else round(quote.confidence, 3),
        "section": quote_section(doc, quote),
    }
