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
_PLAIN = r"[^\[\]`*_<>&!\\~]"
_LINK = re.compile(rf"(!?)\[({_PLAIN}*)\]\([^()\s<>\\]*\)")
# Emphasis whose delimiters can only open (after space, start, "(" or a quote; before a letter)
# and only close (after a letter or . ! ?; before space, end or closing punctuation).
# An escaped character (a placeholder here) counts as punctuation, as in CommonMark.
_EMPHASIS = re.compile(
    r"(?<![^\s(\"'“‘])(\*\*|\*|__|_)(?=[^\W_]|[\U000f0000-\U000f00ff])"
    r"([^*_`\[\]<>&\\~!]*?)"
    r"(?:(?<=[^\W_])|(?<=[.!?\U000f0000-\U000f00ff]))\1(?![^\s.,;:!?)\"'”’])"
)
# Left-over brackets are literal text unless they could still form a link or image; the
# caller only trusts this when the document defines no link references.
_LEFTOVER = re.compile(r"[`*_<>&\\~]|!\[|\]\(|\]\[|\[\]")


def _hide(match: re.Match[str]) -> str:
    return chr(_BASE + ord(match.group(1)))


def _show(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - _BASE)


def simple_words(source: str) -> str | None:
    """The words of Markdown inline ``source``, or ``None`` when it needs the full parser."""
    if _PLACEHOLDER.search(source):
        return None
    text = _ESCAPE.sub(_hide, source) if "\\" in source else source
    if "[" in text:
        text = _LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if _LEFTOVER.search(text):
        return None
    return _PLACEHOLDER.sub(_show, text) if "\\" in source else text
