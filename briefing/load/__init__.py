"""Readers that turn a file of some format into a normalised :class:`~briefing.model.Briefing`.

One module per format; this module only gets the text, picks the reader and assembles the
result. The format comes from ``fmt`` or the file's extension (plain text when unknown).

The Markdown and HTML readers are imported when first needed: markdown-it-py and lxml take a
noticeable part of a second to import, which every ``briefing`` command would otherwise pay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO, TextIO

from briefing.errors import BriefingError, printable
from briefing.load.decode import DEFAULT_MAX_SIZE, decode, read_bytes
from briefing.load.frontmatter import front_matter_end, metadata, scalar, split_front_matter
from briefing.load.metadata_lines import split_metadata_lines
from briefing.load.normalise import Block, assemble
from briefing.load.plain import first_date, parse_plain_blocks
from briefing.load.yaml_briefing import curated, parse_yaml_document, yaml_title
from briefing.model import Briefing, Curated

FORMATS = ("text", "markdown", "yaml", "html")
_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".yaml": "yaml", ".yml": "yaml",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}  # fmt: skip
KNOWN_EXTENSIONS = frozenset(_EXTENSIONS)  # what a folder of briefings is searched for
# Why a document that is not empty still has nothing to read, by format.
_NOTHING_READABLE = {
    "html": "no readable text: the page holds only navigation, scripts, forms or markup",
    "markdown": "no readable text: only Markdown markup (images, comments, rules, empty items)",
    "text": "no readable text: only separator lines, punctuation or invisible characters",
}
# A text this long (characters) opens on its beginning while the rest is parsed
# (``read_beginning``); the beginning is about PREVIEW_CHARS long, cut at a paragraph break.
# Both are far above any news article; parsing the beginning takes a few hundredths of a second.
PREVIEW_FROM = 2_000_000
PREVIEW_CHARS = 200_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# Formats whose beginning parses as the beginning of the whole (YAML needs its whole structure).
_PREVIEWED = frozenset({"text", "markdown"})
_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "yml": "yaml", "htm": "html"}


def format_for(name: str, fmt: str | None = None) -> str:
    """The reader for a file: ``fmt`` when given (aliases allowed), else by extension."""
    if fmt is not None:
        fmt = _ALIASES.get(fmt.lower(), fmt.lower())
        if fmt not in FORMATS:
            raise BriefingError(
                name, f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})"
            )
        return fmt
    return _EXTENSIONS.get(Path(name).suffix.lower(), "text")


def read_text(text: str, *, source: str = "<text>", fmt: str | None = "text") -> Briefing:
    """Parse already-decoded text in the given format (``None``: guess from ``source``).

    ``source`` becomes ``Briefing.source`` (the header, the JSON export) with any control
    character shown as an escape: a file name is untrusted too.
    """
    source = printable(source)
    fmt = format_for(source, fmt)
    if not text or text.isspace():  # (not ``strip()``: a copy of the whole text)
        raise BriefingError(source, "the file is empty")
    text = text.removeprefix("\ufeff")
    if fmt == "html":
        from briefing.load.html import parse_html

        title, blocks, meta = parse_html(text, source=source)
        _check_readable(blocks, fmt, source)
        return assemble(blocks, title=title, source=source, fmt=fmt, meta=meta)
    if fmt == "yaml":
        data, blocks = parse_yaml_document(text, source)
        return _with_source(
            assemble(
                blocks,
                title=yaml_title(data, blocks, source),
                source=source,
                fmt=fmt,
                meta=metadata(data, source),
                curated=curated(data, source),
            ),
            data,
        )
    front, body = split_front_matter(text, source)
    lines, body = split_metadata_lines(body, markdown=fmt == "markdown")
    if lines:
        front = {**lines, **front}  # front matter, when both are given, wins
    if not body or body.isspace():
        reason = "metadata lines" if lines else "front matter"
        raise BriefingError(source, f"the file has {reason} but no text")
    meta = metadata(front, source)
    given = scalar(front, "title", source)
    extras = curated(front, source) if front else Curated()
    if fmt == "markdown":
        from briefing.load.markdown import parse_markdown_blocks

        title, blocks = parse_markdown_blocks(body, title=given)
        date = first_date(blocks)
    else:
        title, blocks, date = parse_plain_blocks(body, title=given)
    if date and not meta.date:
        meta = replace(meta, date=date)
    _check_readable(blocks, fmt, source)
    doc = assemble(blocks, title=title, source=source, fmt=fmt, meta=meta, curated=extras)
    return _with_source(doc, front)


def _visible(text: str) -> bool:
    """Whether ``text`` shows anything: a character that is neither white space nor an
    invisible format character (zero-width spaces and joiners, word joiners)."""
    return any(not char.isspace() and unicodedata.category(char) != "Cf" for char in text)


def _check_readable(blocks: list[Block], fmt: str, source: str) -> None:
    """Say why, by format, when a document that has characters has no words left to read."""
    if not any(_visible(block.text) for block in blocks):
        raise BriefingError(source, _NOTHING_READABLE.get(fmt, "no readable text in the file"))


def _with_source(doc: Briefing, data: dict) -> Briefing:
    """A ``source:`` field names where the article came from (a publication), not a URL."""
    named = scalar(data, "source", doc.source) if data else None
    if named and "://" not in named:
        return replace(doc, source=named)
    if named and not doc.meta.url:
        return replace(doc, meta=replace(doc.meta, url=named))
    return doc


def read(
    source: str | Path | BinaryIO | TextIO,
    fmt: str | None = None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Briefing:
    """Read a file (path, ``-`` for stdin, or a file object) into a Briefing.

    At most ``max_size`` bytes are read (default 100 MB); a larger input, an endless pipe or a
    character device such as /dev/zero is refused with ``larger than 100 MB``.
    """
    text, name, chosen = _decoded(source, fmt, max_size)
    return read_text(text, source=name, fmt=chosen)


def _decoded(
    source: str | Path | BinaryIO | TextIO, fmt: str | None, max_size: int
) -> tuple[str, str, str]:
    """The whole input as text, its printable name and its format (what ``read`` and
    ``read_beginning`` both start from)."""
    chosen = format_for(str(getattr(source, "name", source)), fmt)  # unknown format: fail first
    name, data = read_bytes(source, max_size=max_size)
    return decode(data, name, html=chosen == "html"), name, chosen


@dataclass(frozen=True)
class Beginning:
    """A briefing to show at once, and how to get the whole of it when ``first`` is only its
    beginning (``rest`` is ``None`` when ``first`` is already whole); ``shown`` is the share
    of the text that ``first`` holds (for the reading progress while the rest is parsed)."""

    first: Briefing
    rest: Callable[[], Briefing] | None = None
    shown: float = 1.0


def read_beginning(
    source: str | Path | BinaryIO | TextIO,
    fmt: str | None = None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Beginning:
    """Read a file as :func:`read` does, but parse only the beginning of a very long text.

    Parsing 50 MB of text takes seconds; the reader shows the beginning at once and calls
    ``rest`` in the background. Every byte is read and decoded first, so what ``read`` would
    refuse (size, binary data, an encoding error anywhere) is still refused before anything
    shows. The beginning always holds the whole front matter; when it cannot be parsed on
    its own (nothing readable yet), the whole text is parsed here instead.
    """
    text, name, chosen = _decoded(source, fmt, max_size)
    whole = partial(read_text, text, source=name, fmt=chosen)
    if chosen not in _PREVIEWED or len(text) < PREVIEW_FROM:
        return Beginning(whole())
    end = preview_end(text, front_matter_end(text) + PREVIEW_CHARS)
    try:
        first = read_text(text[:end], source=name, fmt=chosen)
    except BriefingError:
        return Beginning(whole())
    return Beginning(first, whole, end / len(text))


def preview_end(text: str, size: int) -> int:
    """Where the beginning shown first ends: the first paragraph break after ``size``
    characters, else the first line break, else ``size`` itself (one enormous line)."""
    found = _PARAGRAPH_BREAK.search(text, size, 2 * size)
    if found:
        return found.start()
    line = text.find("\n", size, 2 * size)
    return line if line >= 0 else size
