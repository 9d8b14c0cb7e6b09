"""YAML metadata: the ``---`` front-matter block of .md/.txt files and the fields shared with
YAML briefings, parsed with a checked ``yaml.safe_load`` (:mod:`briefing.load.safe_yaml`) and
checked for type so errors name the field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.errors import BriefingError
from briefing.load.normalise import one_line
from briefing.load.safe_yaml import load_yaml
from briefing.model import Metadata

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_URL_KEYS = ("url", "source_url", "link", "canonical_url", "canonical")
_DATE_KEYS = ("date", "published", "published_time", "pubdate", "created")
_AUTHOR_KEYS = ("author", "authors", "byline", "by")
_LANGUAGE_KEYS = ("language", "lang")


def front_matter_end(text: str) -> int:
    """Where the text after a front-matter block starts (0: there is none)."""
    match = _FRONT.match(text)
    return match.end() if match else 0


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """The front-matter mapping (empty when there is none) and the text after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    data = load_yaml(match.group(1) or "", source, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BriefingError(source, "front matter must be a mapping of fields (key: value)")
    rest = text[match.end() :]
    return {str(key): value for key, value in data.items()}, rest


def scalar(data: dict[str, Any], key: str, source: str) -> str | None:
    """A field as one clean line of text; dates become ISO strings; lists are refused."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return one_line(str(value)) or None
    raise BriefingError(source, f"field {key!r} must be text, not {type(value).__name__}")


def _first(data: dict[str, Any], keys: tuple[str, ...], source: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, list) and key in _AUTHOR_KEYS:
            names = [one_line(str(item)) for item in value if isinstance(item, (str, int))]
            if names:
                return ", ".join(names)
            continue
        text = scalar(data, key, source)
        if text:
            return text
    return None


def metadata(data: dict[str, Any], source: str) -> Metadata:
    """The document metadata found in a front-matter or YAML-briefing mapping."""
    date = _first(data, _DATE_KEYS, source)
    return Metadata(
        date=date,
        url=_first(data, _URL_KEYS, source),
        author=_first(data, _AUTHOR_KEYS, source),
        language=_first(data, _LANGUAGE_KEYS, source),
    )
