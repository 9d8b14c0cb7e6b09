"""File names for exports made from the reader: derived from the title, never an existing file."""

from __future__ import annotations

import re
from pathlib import Path

EXTENSIONS = {"text": ".txt", "markdown": ".md", "json": ".json"}
FORMAT_TITLES = {"text": "plain text", "markdown": "markdown", "json": "json"}
_NOT_NAME = re.compile(r"[^\w]+")


def slug(title: str, limit: int = 60) -> str:
    """A file-name-safe stem: lower-case words joined by hyphens (``briefing`` if none).

    A long title loses whole words from its end, so the name never ends in half a word;
    only a first word longer than ``limit`` on its own is cut.
    """
    parts = _NOT_NAME.sub("-", title.lower()).split("-")
    words = [part.strip("_") for part in parts if part.strip("_")]
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    stem = "-".join(kept) if kept else (words[0][:limit] if words else "")
    return stem or "briefing"


def free_export_path(folder: Path, title: str, fmt: str) -> Path:
    """``folder/<slug>.<ext>``, or ``<slug>-2``, ``-3``… when the name is taken."""
    stem, extension = slug(title), EXTENSIONS[fmt]
    candidate = folder / f"{stem}{extension}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{extension}"
        number += 1
    return candidate
