"""How many letters and capital letters a piece of text holds, counted fast.

The key points ask this of every sentence twice (the boilerplate gate's "mostly capitals" rule
and the scorer's share of capitals): a Python-level test per character was a tenth of the
per-sentence work. ASCII letters are counted by deleting them from the ASCII bytes in C; the
few other characters (curly quotes, accented letters) are tested one by one, so the counts
are exactly ``sum(map(str.isalpha, text))`` and ``sum(map(str.isupper, text))``.
"""

from __future__ import annotations

import re
import string

_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_CAPITALS = string.ascii_uppercase.encode()
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_WIDE_WORD_CHARACTER = re.compile(r"[^\x00-\x7f\W]")  # a letter or digit outside ASCII


def narrow_words(text: str) -> bool:
    """Whether every word character (letter, digit, underscore) of ``text`` is ASCII, as in
    most sentences even with curly quotes and dashes: a word pattern may then test ``[A-Za-z]``
    and ``[0-9]`` instead of Unicode categories, which is faster and finds the same words."""
    return text.isascii() or _WIDE_WORD_CHARACTER.search(text) is None


def letters_and_capitals(text: str) -> tuple[int, int]:
    """The number of letters in ``text`` and how many of its characters are capitals."""
    raw = text.encode("ascii", "ignore")
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    capitals = len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
    if len(raw) != len(text):
        others = _NOT_ASCII.findall(text)
        letters += sum(map(str.isalpha, others))
        capitals += sum(map(str.isupper, others))
    return letters, capitals


def capitals_at_most(text: str) -> int:
    """An upper bound of the capitals in ``text``: its ASCII capitals and every other non-ASCII
    character. Cheaper than :func:`letters_and_capitals` (one pass in C), and as good for ruling
    out a text with few capitals."""
    raw = text.encode("ascii", "ignore")
    return len(text) - len(raw.translate(None, _ASCII_CAPITALS))
