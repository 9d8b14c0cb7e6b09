"""The digest of many briefings: each one's header and key points, then quotes by speaker.

It reuses the single-briefing renderers for what a briefing says about itself (header and key
points, through :class:`~briefing.export.digest.Digest`), so one briefing looks the same in a
digest as in its own summary; what is new is the part across briefings, the people and their
quotes newest first, each quote naming the briefing it comes from. Input is the collection
layer's summaries, already cleaned to single printable lines; Markdown still escapes them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from briefing.collection import Found, Person, Summary
from briefing.errors import printable
from briefing.export import as_json, as_markdown, as_text
from briefing.export.digest import Digest


def _digest(summary: Summary) -> Digest:
    return Digest(
        title=summary.title,
        source=summary.source,
        date=summary.date,
        author=summary.author,
        url=summary.url,
        section_count=summary.sections,
        word_count=summary.words,
        quote_count=len(summary.quotes),
        speaker_count=summary.speakers,
        key_points=summary.key_points,
        outline=(),
        groups=(),
        failed_stages=summary.failed_stages,
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _overview(summaries: Sequence[Summary], people: Sequence[Person], found: Found) -> str:
    read = [summary for summary in summaries if summary.error is None]
    words = sum(summary.words for summary in read)
    quotes = sum(len(summary.quotes) for summary in read)
    line = (
        f"{_plural(len(read), 'briefing')}, {_plural(words, 'word')}, "
        f"{_plural(quotes, 'quote')} from {_plural(len(people), 'speaker')}"
    )
    failures = len(summaries) - len(read) + len(found.problems)
    if failures:
        line += f"; {failures} not read"
    if found.skipped_count:
        line += f"; {found.skipped_line()}"
    return line


def _failures(summaries: Sequence[Summary], found: Found) -> list[tuple[str, str]]:
    """Each file not read and why, with control characters in either shown as escapes: a
    file name is untrusted, and these lines reach the terminal in ``export DIR -o -``."""
    failed = [(s.path, s.error) for s in summaries if s.error is not None]
    return [(printable(path), printable(error)) for path, error in [*found.problems, *failed]]


def _source_of(summary: Summary) -> str:
    return f"{summary.title}, {summary.date}" if summary.date else summary.title


def render_collection_text(
    summaries: Sequence[Summary], people: Sequence[Person], found: Found, width: int
) -> str:
    """The digest as wrapped plain text, ending with a newline."""
    title = f"Digest of {_plural(len(summaries), 'briefing')}"
    blocks = [
        [
            title,
            "=" * min(width, len(title)),
            *as_text.wrap(_overview(summaries, people, found), width, "", ""),
        ]
    ]
    for summary in summaries:
        if summary.error is None:
            digest = _digest(summary)
            blocks.append(
                [
                    *as_text.header(digest, width),
                    "",
                    "KEY POINTS",
                    *as_text.key_points(digest, width),
                ]
            )
    failures = _failures(summaries, found)
    if failures:
        lines = ["NOT READ"]
        for path, error in failures:
            lines += as_text.wrap(f"{path}: {error}", width, "  - ", "    ")
        blocks.append(lines)
    lines = ["QUOTES BY SPEAKER ACROSS BRIEFINGS"]
    for person in people:
        heading = f"{person.name}, {person.role}" if person.role else person.name
        count = f"{_plural(len(person.quotes), 'quote')} in {_plural(person.briefings, 'briefing')}"
        lines += ["", *as_text.wrap(f"{heading} ({count})", width, "", "  ")]
        for quote in person.quotes:
            where = _source_of(summaries[quote.briefing])
            lines += as_text.wrap(f"“{quote.text}” ({where})", width, "  - ", "    ")
    if not people:
        lines.append("  (no attributed quotes)")
    blocks.append(lines)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def render_collection_markdown(
    summaries: Sequence[Summary], people: Sequence[Person], found: Found
) -> str:
    """The digest as a Markdown document (briefings one heading level down), with a newline."""
    escape = as_markdown.escape
    blocks = [
        [
            f"# Digest of {_plural(len(summaries), 'briefing')}",
            "",
            escape(_overview(summaries, people, found)),
        ]
    ]
    for summary in summaries:
        if summary.error is None:
            digest = _digest(summary)
            header = as_markdown.header(digest)
            header[0] = "#" + header[0]
            blocks.append([*header, "", "### Key points", "", *as_markdown.key_points(digest)])
    failures = _failures(summaries, found)
    if failures:
        lines = ["## Not read", ""]
        lines += [f"- {escape(path)}: {escape(error)}" for path, error in failures]
        blocks.append(lines)
    lines = ["## Quotes by speaker across briefings"]
    for person in people:
        heading = (
            f"{escape(person.name)}, {escape(person.role)}" if person.role else escape(person.name)
        )
        count = f"{_plural(len(person.quotes), 'quote')} in {_plural(person.briefings, 'briefing')}"
        lines += ["", f"### {heading} ({count})", ""]
        for quote in person.quotes:
            where = escape(_source_of(summaries[quote.briefing]))
            lines.append(f"- “{escape(quote.text)}” (*{where}*)")
    if not people:
        lines += ["", "*No attributed quotes.*"]
    blocks.append(lines)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def collection_dict(
    summaries: Sequence[Summary], people: Sequence[Person], found: Found
) -> dict[str, Any]:
    """The digest as plain data; a quote's ``briefing`` indexes ``briefings``."""
    return {
        "briefings": [
            {
                "path": summary.path,
                "title": summary.title,
                "source": printable(summary.source),
                "meta": {"date": summary.date, "url": summary.url, "author": summary.author},
                "words": summary.words,
                "sections": summary.sections,
                "quotes": len(summary.quotes),
                "speakers": summary.speakers,
                "key_points": list(summary.key_points),
                "error": summary.error,
            }
            for summary in summaries
        ],
        "speakers": [
            {
                "name": person.name,
                "role": person.role,
                "briefings": person.briefings,
                "quotes": [
                    {"text": q.text, "briefing": q.briefing, "start": q.start, "end": q.end}
                    for q in person.quotes
                ],
            }
            for person in people
        ],
        "not_read": [{"path": path, "error": error} for path, error in found.problems],
        "skipped": dict(found.skipped),
    }


def render_collection(
    summaries: Sequence[Summary],
    people: Sequence[Person],
    fmt: str,
    *,
    found: Found | None = None,
    width: int = 78,
) -> str:
    """The digest in ``fmt`` (text, markdown or json)."""
    found = found or Found(files=tuple(summary.path for summary in summaries))
    if fmt == "json":
        dumped = json.dumps(collection_dict(summaries, people, found), ensure_ascii=False, indent=2)
        return as_json.escape_unsafe(dumped) + "\n"
    if fmt == "markdown":
        return render_collection_markdown(summaries, people, found)
    return render_collection_text(summaries, people, found, width)
