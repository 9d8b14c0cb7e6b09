"""A fast way to the words of simple Markdown inline text, without running markdown-it-py.

markdown-it-py parses about 1 MB/s; most paragraphs only use backslash escapes, plain links and
simple emphasis, whose CommonMark meaning is certain from a regex. :func:`simple_words` handles
exactly those and returns ``None`` for anything else (code spans, entities, raw HTML, nested or
intraword emphasis, images with odd targets...), which the caller then hands to markdown-it-py.
The test suite checks with hypothesis that both ways give the same words.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BASE = 0xF0000  # escaped characters become private-use placeholders while patterns run
_PLACEHOLDER = re.compile("[\U000f0000-\U000f00ff]")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# A code span of single backticks (no backslashes or "<" around: those take the full parser).
_CODE = re.compile(r"(?<!`)`([^`]+)`(?!`)")
# Underscores between letters or digits can neither open nor close emphasis: literal. (Each
# pattern starts with a literal character so the regex engine can skip ahead quickly; the
# conditions on the character before a match are checked in code.)
_UNDERSCORES = re.compile(r"_+")
_PLAIN = r"[^\[\]`*_<>&!\\~]"
_IMAGE = re.compile(rf"!\[{_PLAIN}*\]\([^()\s<>\\]*\)")
_LINK = re.compile(rf"\[({_PLAIN}*)\]\([^()\s<>\\]*\)")
# Emphasis whose delimiters can only open (after space, start, "(" or a quote; before a letter)
# and only close (after a letter or . ! ?; before space, end or closing punctuation).
# An escaped character (a placeholder here) counts as punctuation, as in CommonMark. The words
# inside hold no delimiter, so the closer can only come where they stop: a greedy run finds it
# without trying to close after every character.
_EMPHASIS = re.compile(
    r"(\*\*|\*|__|_)(?=[^\W_]|[\U000f0000-\U000f00ff])"
    r"([^*_`\[\]<>&\\~!]*)"
    r"(?:(?<=[^\W_])|(?<=[.!?\U000f0000-\U000f00ff]))\1(?![^\s.,;:!?)\"'”’])"
)
_OPENER_AFTER = frozenset(" \t\n(\"'“‘")
# What is left after the patterns above must be literal text. Brackets are, unless they could
# still form a link or image (the caller only trusts this when the document defines no link
# references); "&" is, unless it may start an entity or a character reference ("AT&T", "a & b").
_LEFTOVER = ("`", "*", "_", "<", ">", "\\", "~", "![", "](", "][", "[]")
_ENTITY = re.compile(r"&(?:#|[A-Za-z0-9]+;)")
_PRIVATE_USE = re.compile("[\U000f0000-\U0010ffff]")


def _hide(match: re.Match[str]) -> str:
    return chr(_BASE + ord(match.group(1)))


def _show(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - _BASE)


def _hide_all(text: str) -> str:
    return "".join(chr(_BASE + ord(c)) if c in _ASCII_PUNCTUATION else c for c in text)


def _code(match: re.Match[str]) -> str:
    """A code span's text, its markup characters hidden from the other patterns."""
    content = match.group(1).replace("\n", " ")
    if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
        content = content[1:-1]
    return _hide_all(content)


def _intraword(match: re.Match[str]) -> str:
    start, end = match.span()
    text = match.string
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return _hide_all(match.group()) if inside else match.group()


def _emphasis(match: re.Match[str]) -> str:
    start, text = match.start(), match.string
    return match.group(2) if start == 0 or text[start - 1] in _OPENER_AFTER else match.group()


def _leftover(text: str) -> bool:
    """Whether ``text`` still holds something that may be markup (substring tests: much
    quicker than a regex scan)."""
    return any(mark in text for mark in _LEFTOVER) or (
        "&" in text and _ENTITY.search(text) is not None
    )


def simple_words(source: str) -> str | None:
    """The words of Markdown inline ``source``, or ``None`` when it needs the full parser."""
    if not source.isascii() and _PRIVATE_USE.search(source):
        return None  # would clash with the placeholders
    hidden = "\\" in source
    text = _ESCAPE.sub(_hide, source) if hidden else source
    if "`" in text and not hidden and "<" not in text:
        text = _CODE.sub(_code, text)
        hidden = True
    if "_" in text:
        before = text
        text = _UNDERSCORES.sub(_intraword, text)
        hidden = hidden or text != before
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_emphasis, text)
    if _leftover(text):
        return None
    return _PLACEHOLDER.sub(_show, text) if hidden else text
