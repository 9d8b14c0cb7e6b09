"""Exports of an analysed briefing: a plain-text summary, Markdown, and JSON with offsets.

Renderers are pure (a Briefing in, a string out); :func:`write_export` is the one place that
touches the disk. The CLI and the reader both call exactly these two functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.analysis import analyse
from briefing.export.as_json import briefing_dict, json_pieces, render_json
from briefing.export.as_markdown import render_markdown
from briefing.export.as_text import render_text
from briefing.export.atomic import write_export
from briefing.export.digest import build_digest
from briefing.model import Briefing

__all__ = [
    "FORMATS",
    "MIN_WIDTH",
    "briefing_dict",
    "format_for_path",
    "render",
    "render_pieces",
    "write_export",
]

FORMATS = ("text", "markdown", "json")
MIN_WIDTH = 20  # narrower than this, hanging indents leave no room for words
_SUFFIXES = {".json": "json", ".md": "markdown", ".markdown": "markdown"}


def render(doc: Briefing, fmt: str, *, width: int = 78) -> str:
    """Render ``doc`` as ``fmt`` (one of :data:`FORMATS`); ``width`` wraps the text format only.

    A briefing that has not been analysed yet is analysed first with default settings, so
    scripts can export straight from :func:`briefing.read`.
    """
    doc = _checked(doc, fmt, width)
    if fmt == "json":
        return render_json(doc)
    digest = build_digest(doc)
    if fmt == "markdown":
        return render_markdown(digest)
    return render_text(digest, width)


def render_pieces(doc: Briefing, fmt: str, *, width: int = 78) -> Iterable[str]:
    """What :func:`render` returns, as pieces to write one after another (``write_export``
    takes them). JSON comes a quote at a time: a large document's export then never holds its
    whole text in memory. The arguments are checked here, before any piece is made."""
    doc = _checked(doc, fmt, width)
    if fmt == "json":
        return json_pieces(doc)
    return (render(doc, fmt, width=width),)


def _checked(doc: Briefing, fmt: str, width: int) -> Briefing:
    """``doc``, analysed if it was not; a ValueError for an unknown format or a narrow width."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if width < MIN_WIDTH:
        raise ValueError(f"width must be at least {MIN_WIDTH}, not {width}")
    return doc if doc.analysed else analyse(doc)


def format_for_path(path: str) -> str:
    """The export format an output file name asks for (``.json``, ``.md``), else ``text``."""
    lowered = path.lower()
    return next((fmt for suffix, fmt in _SUFFIXES.items() if lowered.endswith(suffix)), "text")
