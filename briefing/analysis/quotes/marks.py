"""Finding the spans inside quotation marks, paragraph by paragraph.

Pairing uses the marks' flanking (what touches them on each side) rather than a blind
open/close toggle, so straight quotes, curly quotes, German „…“ and French « … » all pair up.
Single marks (‘’ and ') are never paired at the top level: they are apostrophes far more often
than quotes in English news, and when they quote inside double marks the outer pair already
holds them. An opening mark without a partner is bounded by its paragraph.
"""

from __future__ import annotations

import itertools
import re

from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS

# ``…'' is the typewriter convention of the Congressional Record and other government text.
_DOUBLE = re.compile(r"``|''|[\"“”„«»]")
OPENING_MARKS = '"“„«»'
_CLOSES = {
    "“": ("”", '"', "“"),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "»": ("«",),
    '"': ('"', "”"),
    "”": ("”", '"'),
    "``": ("''",),
}
_NEXT_OPENS = re.compile(r"\s*(?:``|[\"“„«])")
_SPACE = " \u00a0\u202f\u2009\t\n"
_OPEN_CONTEXT = "([{—–-/"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…"


def _left_flanking(prev: str, nxt: str) -> bool:
    return nxt not in _SPACE and (prev in _SPACE or prev in _OPEN_CONTEXT or prev in OPENING_MARKS)


def _right_flanking(prev: str, nxt: str) -> bool:
    return prev not in _SPACE and (nxt in _SPACE or nxt in _CLOSE_CONTEXT or nxt in "”\"»’'")


def scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int | None]], bool]:
    """Pairs of (opening mark, closing mark or None) in ``text[start:end]``.

    The flag says whether the paragraph ends inside an open quote.
    """
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    open_mark = ""
    # Curly pairs inside a straight-quoted passage ("He wrote: "It is no “reform” at all."):
    # nested, unless the straight quote never closes, when they were top-level after all.
    inner: list[tuple[int, int | None]] = []
    inner_open: int | None = None
    for match in _DOUBLE.finditer(text, start, end):
        i = match.start()
        mark = match.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + len(mark)] if i + len(mark) < end else " "
        if inner_open is not None:
            if mark == "”" or (mark == '"' and not _right_flanking(prev, nxt)):
                inner.append((inner_open, i))
                inner_open = None
                continue
            inner_open = None  # a straight mark closes the outer quote; the curly one was stray
        if (
            open_at is not None
            and mark == "“"
            and _left_flanking(prev, nxt)
            and (open_mark == '"' or (open_mark == "“" and _two_closers(text, i + 1, end)))
        ):
            inner_open = i
            continue
        if open_at is None:
            if mark == "''":
                continue
            if (
                mark == "``"
                or mark in "“„«"
                or (mark in '"”»' and _left_flanking(prev, nxt) and not _right_flanking(prev, nxt))
                or (mark == '"' and prev in _SPACE and nxt not in _SPACE)
            ):
                open_at, open_mark = i, mark
            continue
        if mark in _CLOSES[open_mark] and not (
            mark == open_mark == "“" and _left_flanking(prev, nxt)
        ):
            pairs.append((open_at, i))
            open_at = None
            inner = []
        elif mark in "“„«" and _left_flanking(prev, nxt):
            # A second opener before any closer: the first one was a stray mark, or its
            # closer is missing before a clear "…, Berg said." (then the quote ends there).
            missing = _missing_closer(text, open_at + len(open_mark), i)
            if missing is not None:
                pairs.append((open_at, missing))
            open_at, open_mark = i, mark
    if open_at is not None and inner and not _NEXT_OPENS.match(text, end):
        # Neither closed here nor continued by the next paragraph: the straight mark was stray,
        # and its curly pairs stand on their own.
        pairs.extend(inner)
        open_at = inner_open
    if open_at is not None:
        missing = _missing_closer(text, open_at + len(open_mark), end)
        if missing is not None:
            pairs.append((open_at, missing))
            return pairs, False
        pairs.append((open_at, None))
        return pairs, True
    return pairs, False


# ", Ann Berg said." / ", she added," / ", said Ann Berg.": a reporting clause after a comma,
# ended by punctuation; in an unclosed quote it marks where the closing mark went missing.
_NAME = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*"
_REPORT_AFTER_COMMA = re.compile(
    rf"[,?!]\s+(?:({_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+([a-z]+)|([a-z]+)\s+({_NAME}))"
    r"(?:\s+on\s+[A-Z][a-z]+)?\s*[.,;]"
)


def _missing_closer(text: str, start: int, end: int) -> int | None:
    """Where an opening mark's missing closer belongs (the offset after the comma before a
    clear reporting clause), or None: “We will win, Berg said. → “We will win,”"""
    for found in _REPORT_AFTER_COMMA.finditer(text, start, end):
        verb = found.group(2) or found.group(3)
        if verb in REPORTING_VERBS and not verb.endswith("ing"):
            return found.start() + 1
    return None


def _two_closers(text: str, start: int, end: int) -> bool:
    """Whether the next two double marks are both closing ones: “A “B” C” nests B in the
    outer quote (a stray opener would be followed by one closer only)."""
    following = itertools.islice(_DOUBLE.finditer(text, start, end), 2)
    return [m.group() for m in following] == ["”", "”"]


def opens_with_quote(text: str, start: int, end: int) -> bool:
    """Whether a paragraph starts with an opening quote mark (a continued quotation)."""
    return start < end and (text[start] in '“„«"»' or text.startswith("``", start))


def mark_length(text: str, offset: int) -> int:
    """Characters in the quote mark at ``offset`` (two for ``…'')."""
    return 2 if text.startswith(("``", "''"), offset) else 1


def words_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace (including non-breaking spaces) from both ends of a quote's words."""
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end
