"""The wrapped-line index of an article: which slice of the body text each screen line shows.

Built once per pane width (prose reflowed to the width; preformatted blocks kept line for line,
a line too long for the width wrapped onto continuation lines the view marks), so the article
view renders any line on demand and maps offsets to lines by bisection. Kept free of Textual so
it can be tested and timed on its own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

from rich.cells import cell_len, get_character_cell_size

from briefing.model import BlockKind, Paragraph

BLANK = -1  # paragraph index of the blank line between paragraphs
LAZY_CHUNK = 200_000  # characters wrapped at a time when lazy: a few milliseconds
CONTINUATION = "↪ "  # drawn before the rest of a preformatted line wrapped at the pane's edge


def prefix_width(paragraph: Paragraph) -> int:
    """Cells drawn before every line of ``paragraph``: a bullet or an item's number (and the
    indent under it), or a block quote's bar."""
    if paragraph.kind is BlockKind.BULLET:
        return len(paragraph.marker) + 1 if paragraph.marker else 2
    return 2 if paragraph.kind is BlockKind.BLOCKQUOTE else 0


def is_continuation(text: str, paragraph: Paragraph, start: int) -> bool:
    """Whether the screen line starting at ``start`` continues a wrapped preformatted line."""
    return paragraph.kind is BlockKind.PRE and start > paragraph.start and text[start - 1] != "\n"


def all_narrow(text: str) -> bool:
    """Whether every character of ``text`` takes exactly one cell (checked per distinct
    character, so a megabyte of curly-quoted prose costs one ``set``, not a walk in Python)."""
    if text.isascii():
        return True
    return all(get_character_cell_size(char) == 1 for char in set(text) if char != "\n")


def wrap_range(
    text: str, start: int, end: int, width: int, *, narrow: bool | None = None
) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` (single-spaced prose) into ``width`` cells.

    Breaks fall on spaces, which are dropped; a word longer than the width is cut hard.
    ``narrow`` says every character is one cell wide (``None``: find out).
    """
    width = max(1, width)
    if narrow is None:
        narrow = all_narrow(text[start:end])
    if narrow:
        return _wrap_narrow(text, start, end, width)
    return _wrap_cells(text, start, end, width)


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap where every character is one cell: plain ``rfind`` per line, fast on megabytes."""
    lines: list[tuple[int, int]] = []
    pos = start
    while end - pos > width:
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            lines.append((pos, pos + width))
            pos += width
        else:
            lines.append((pos, cut))
            pos = cut + 1
    lines.append((pos, end))
    return lines


def _wrap_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap counting cells per character, for wide (CJK) and zero-width characters."""
    lines: list[tuple[int, int]] = []
    line_start = start
    used = 0
    last_space = -1
    pos = start
    while pos < end:
        char = text[pos]
        size = get_character_cell_size(char)
        if used + size > width and pos > line_start:
            if char == " ":
                lines.append((line_start, pos))
                line_start, used, last_space = pos + 1, 0, -1
                pos += 1
                continue
            if last_space > line_start:
                lines.append((line_start, last_space))
                line_start = last_space + 1
                used = cell_len(text[line_start:pos])
            else:
                lines.append((line_start, pos))
                line_start, used = pos, 0
            last_space = -1
        if char == " ":
            last_space = pos
        used += size
        pos += 1
    lines.append((line_start, end))
    return lines


class ArticleLayout:
    """Screen lines for one width: parallel arrays of text ranges and the paragraph each shows.

    Blank separator lines have paragraph ``BLANK`` and an empty range at the end of the
    paragraph above, so bisecting an offset always lands on a line that holds it.

    With ``lazy`` the paragraphs are wrapped in order only as far as a caller needs (a line
    index, an offset) or :meth:`extend` is asked to go, so the first screen of a 50 MB text is
    drawn without wrapping the rest; ``len()`` then adds an estimate for the unwrapped rest.
    """

    __slots__ = (
        "_narrow",
        "_next",
        "_paragraphs",
        "_text",
        "ends",
        "paragraph_of",
        "starts",
        "width",
    )

    def __init__(
        self, text: str, paragraphs: Sequence[Paragraph], width: int, *, lazy: bool = False
    ) -> None:
        self.width = width
        self._text = text
        self._paragraphs = paragraphs
        self._next = 0  # the first paragraph not wrapped yet
        self._narrow: bool | None = None if lazy else all_narrow(text)
        # Machine integers, not lists of int objects: a 50 MB text wraps to half a million
        # lines, and three lists of them took 60 MB of the reader's memory.
        self.starts = array("q")
        self.ends = array("q")
        self.paragraph_of = array("q")
        if not paragraphs:
            self.starts.append(0)
            self.ends.append(0)
            self.paragraph_of.append(BLANK)
        self.extend(LAZY_CHUNK if lazy else len(text) + 1)

    @property
    def complete(self) -> bool:
        """Whether every paragraph is wrapped (``len()`` is then exact)."""
        return self._next >= len(self._paragraphs)

    def extend(self, chars: int = 0) -> bool:
        """Wrap the next paragraphs, about ``chars`` characters of them (at least one);
        ``True`` while some remain."""
        text, paragraphs = self._text, self._paragraphs
        if self.complete:
            return False
        first = self._next
        stop = paragraphs[first].start + chars
        last = bisect_right(paragraphs, stop, lo=first, key=_start)
        last = max(first + 1, last)
        narrow = self._narrow
        if narrow is None:  # lazy: judged per chunk, a megabyte's ``set`` at a time
            narrow = all_narrow(text[paragraphs[first].start : paragraphs[last - 1].end])
        starts, ends, paragraph_of = self.starts, self.ends, self.paragraph_of
        for index in range(first, last):
            paragraph = paragraphs[index]
            if index:
                starts.append(paragraphs[index - 1].end)
                ends.append(paragraphs[index - 1].end)
                paragraph_of.append(BLANK)
            if paragraph.kind is BlockKind.PRE:
                ranges = _pre_lines(text, paragraph.start, paragraph.end, self.width, narrow)
            else:
                inner = self.width - prefix_width(paragraph)
                ranges = wrap_range(text, paragraph.start, paragraph.end, inner, narrow=narrow)
            for start, end in ranges:
                starts.append(start)
                ends.append(end)
                paragraph_of.append(index)
        self._next = last
        return not self.complete

    def ensure_line(self, line: int) -> None:
        """Wrap as far as screen line ``line`` (or to the end)."""
        while len(self.starts) <= line and self.extend(LAZY_CHUNK):
            pass

    def ensure_offset(self, offset: int) -> None:
        """Wrap as far as the paragraph holding ``offset`` (or to the end)."""
        # (Up to the blank line after the paragraph before: it starts where that one ends.)
        while not self.complete and self._paragraphs[self._next - 1].end <= offset:
            self.extend(max(LAZY_CHUNK, offset - self._paragraphs[self._next].start + 1))

    def __len__(self) -> int:
        wrapped = len(self.starts)
        if self.complete:
            return wrapped
        done = self._paragraphs[self._next].start
        left = len(self._text) - done
        return wrapped + max(1, round(left * wrapped / max(1, done)))

    def start_of(self, line: int) -> int:
        """The offset where screen line ``line`` begins (wrapping as far as needed)."""
        self.ensure_line(line)
        return self.starts[min(line, len(self.starts) - 1)]

    def line_of(self, offset: int) -> int:
        """The line showing ``offset`` (the nearest line before it for a gap)."""
        self.ensure_offset(offset)
        return max(0, bisect_right(self.starts, offset) - 1)


def _start(paragraph: Paragraph) -> int:
    return paragraph.start


def _pre_lines(text: str, start: int, end: int, width: int, narrow: bool) -> list[tuple[int, int]]:
    """The screen lines of a preformatted block: one per inner line (trailing spaces trimmed),
    and a line wider than ``width`` wrapped at a space where it has one. The rest goes on
    continuation lines, narrower by the mark drawn before them: a table or a form cut at the
    pane's edge would hide its words, and a reader cannot see what a sideways scroll holds."""
    ranges: list[tuple[int, int]] = []
    pos = start
    rest_width = max(1, width - len(CONTINUATION))
    for line in text[start:end].split("\n"):
        line_end = pos + len(line.rstrip(" "))
        if (line_end - pos if narrow else cell_len(text[pos:line_end])) <= width:
            ranges.append((pos, line_end))
        else:
            cut = wrap_range(text, pos, line_end, width, narrow=narrow)[0][1]
            after = cut + len(text[cut:line_end]) - len(text[cut:line_end].lstrip(" "))
            pieces = [(pos, cut), *wrap_range(text, after, line_end, rest_width, narrow=narrow)]
            # (A break inside a run of spaces leaves the rest of the run at the piece's end.)
            ranges.extend((s, s + len(text[s:e].rstrip(" "))) for s, e in pieces)
        pos += len(line) + 1
    return ranges
