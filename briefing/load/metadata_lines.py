"""Leading metadata lines of a plain-text or Markdown file: ``Date: 2024-03-02``, ``By: Ann``.

Many saved articles and notes open with a few ``Key: value`` lines instead of YAML front matter
(MultiMarkdown's metadata, e-mail-like headers, a scraper's output). Read as text they became
the title and the document was undated. Only the keys front matter already knows are taken,
and only when the value fits the key (a date that reads as a date, a short name without a
sentence's end), so a first paragraph that merely opens with a word and a colon stays text.
"""

from __future__ import annotations

import re

from briefing.load.headings import is_date_line
from briefing.load.normalise import one_line

# The spoken key (lower case) and the front-matter field it fills.
_KEYS = {
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "created": "date",
    "author": "author",
    "authors": "author",
    "by": "author",
    "byline": "author",
    "source": "source",
    "url": "url",
    "link": "url",
    "source url": "url",
    "canonical url": "url",
    "language": "language",
    "lang": "language",
    "title": "title",
}
_EMPHASIS = r"(?:\*\*|__|\*|_)?"  # Markdown bold or italics around the key: "**Date:** ..."
_LINE = re.compile(
    rf"^{_EMPHASIS}(?P<key>[A-Za-z][A-Za-z _]{{0,14}}?){_EMPHASIS}[ \t]*:[ \t]*{_EMPHASIS}"
    r"[ \t]*(?P<value>\S.*?)[ \t]*$"
)
_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$|^[A-Z][a-z]{2,20}$")
_MAX_NAME = 100  # an author, a publication, a title: longer is a sentence
_SENTENCE_END = (".", "!", "?", ",", ";", ":")
_TITLE_END = (".", ",", ";", ":")  # a title may ask or exclaim
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|Inc|Ltd|Co|Corp|Jr|Sr)\.$")
_MAX_LINES = 8  # a header of more lines than that is a list, not metadata
# A Markdown byline: a paragraph of one line all in italics, a person's name (two to four
# capitalised words, initials or particles) after "By" or before roles set off by commas:
# "*By Ann Arden*", "*Ann Arden, Chief Economist, Harbour Board*". The author is the byline
# without "By", roles included, as a front-matter author may be. (A name alone in italics may
# be anything in Title Case: "*Breaking News*".)
_NAME = r"(?:[A-Z][\w'’\-]*\.?|de|van|von|da|del|la|le|bin|al)"
_BYLINE = re.compile(
    rf"^(?P<mark>[*_])(?!\s)(?P<by>By:?\s+)?(?P<name>[A-Z][\w'’\-]*\.?(?: {_NAME}){{1,3}}"
    rf"(?:(?: and| &) [A-Z][\w'’\-]*\.?(?: {_NAME}){{1,3}})?"
    rf"(?P<roles>(?:, [^,*_]{{1,60}}){{0,4}}))(?<!\s)(?P=mark)$"
)
_MAX_BYLINE = 160


def _value(field: str, raw: str) -> str | None:
    """The value of a metadata line when it fits its field, else ``None`` (the line is text)."""
    value = one_line(raw.strip("*_ \t").removesuffix("\\").rstrip())
    if not value:
        return None
    if field == "date":
        return value if is_date_line(value) or _ISO_DATE_TIME.match(value) else None
    if field == "url":
        return value if _URL.match(value) else None
    if field == "language":
        return value if _LANGUAGE.match(value) else None
    ends = _TITLE_END if field == "title" else _SENTENCE_END
    if len(value) > _MAX_NAME or (value.endswith(ends) and not _ABBREVIATION.search(value)):
        return None
    return value


def _parse_line(line: str) -> tuple[str, str] | None:
    """The field and value of one metadata line, or ``None``."""
    match = _LINE.match(line)
    if not match:
        return None
    field = _KEYS.get(" ".join(match.group("key").replace("_", " ").split()).lower())
    if field is None:
        return None
    value = _value(field, match.group("value"))
    return (field, value) if value is not None else None


def _line_at(text: str, start: int) -> tuple[str, int]:
    """The line starting at ``start`` and where the next one starts (``len(text) + 1`` at the
    end); positions, not a split, so a large document is not copied to look at its top."""
    end = text.find("\n", start)
    if end < 0:
        return text[start:], len(text) + 1
    return text[start:end], end + 1


def _byline(text: str, start: int) -> tuple[str, int] | None:
    """The author named by an italic byline paragraph at ``start`` (blank lines before it are
    skipped) and where the text after it starts."""
    line, after = _line_at(text, start)
    while not line.strip() and after <= len(text):
        line, after = _line_at(text, after)
    line = line.strip()
    if len(line) > _MAX_BYLINE or line.endswith((".*", "._")):
        return None
    match = _BYLINE.match(line)
    if not match or not (match.group("by") or match.group("roles")):
        return None
    if after <= len(text) and _line_at(text, after)[0].strip():
        return None  # the paragraph goes on: emphasis inside prose, not a byline
    return one_line(match.group("name")), after


def split_metadata_lines(text: str, *, markdown: bool = False) -> tuple[dict[str, str], str]:
    """The fields of the ``Key: value`` lines that open ``text`` and the text after them.

    The lines are taken when they fill the first block (a blank line or the end follows) or
    when one of them holds a typed value (a date or an address), which prose does not; a key
    given twice keeps its first value. In ``markdown`` an italic byline paragraph after them
    (``*Ann Arden, Harbour Board*``) names the author too. With no such lines the text comes
    back unchanged (the same object: nothing is copied).
    """
    line, after = _line_at(text, 0)
    while not line.strip() and after <= len(text):
        line, after = _line_at(text, after)
    fields: dict[str, str] = {}
    typed = False
    start = 0  # where the text after the metadata lines begins
    for _ in range(_MAX_LINES):
        parsed = _parse_line(line.strip())
        if parsed is None:
            break
        field, value = parsed
        fields.setdefault(field, value)
        typed = typed or field in ("date", "url")
        start = after
        if after > len(text):
            break
        line, after = _line_at(text, after)
    if fields and start <= len(text) and line.strip() and not typed:
        fields, start = {}, 0  # prose goes on below an untyped line: it was text
    byline = _byline(text, start) if markdown and "author" not in fields else None
    if byline is not None:
        fields["author"], start = byline
    if not fields:
        return {}, text
    return fields, text[start:]
