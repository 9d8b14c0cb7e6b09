"""Plain-text articles: a headline line, paragraphs between blank lines, headings by their look.

Text arrives in many shapes: one line per paragraph, hard-wrapped at ~72 columns, indented
first lines with no blank lines (Congressional Record), bullet lists, ASCII-art forms and tables.
The reader groups lines into raw blocks at blank lines, then decides what each block is; prose
is re-flowed into one line (unless its line lengths show paragraphs separated by single line
breaks), tables and forms are kept line by line as ``pre``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.load.headings import (
    NOT_HEADING,
    HeadingGuess,
    bracketed_date,
    dateline_date,
    guess,
    is_date_line,
    is_spoken_or_stamp,
)
from briefing.load.normalise import Block, clean, derive_title, one_line
from briefing.model import BlockKind

# A page marker such as "[[Page S8505]]" interrupts the flow of a paragraph: noise.
_PAGE_MARKER = re.compile(r"^\s*\[\[Page [^\]]*\]\]\s*$")
_RULE = re.compile(r"^\s*(?:([-=_*~#.+])\1{2,}|(?:[-*#_=~] ?){3,})\s*$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_ATX = re.compile(r"^\s*(#{1,6})\s+(\S.*)$")  # closing "#"s are cut off in code: no backtracking
_BULLET = re.compile(r"^(\s*)(?:[-*+•▪◦‣]|\d{1,3}[.)])\s+(?=\S)")
# Columns: a run of 3+ spaces inside a line, or 2 where no sentence or label ends before it.
_INNER_GAP = re.compile(r"\S {3,}\S|[^\s.!?:;,] {2}\S")
_LABEL = re.compile(r"^\s*\S{1,3}\s+")  # a bullet or a short speaker label such as "Q"
_LEADERS = re.compile(r"\.{5,}|_{5,}|={5,}|-{5,}|\|.*\|")
_BRACKETED = re.compile(r"^\s*\[.*\]\s*$")
# Anything a single line needs the full checks for: indentation, markers, columns, rules.
# (An opening checked by a regex, the inside by substring tests in _plain_line: one unanchored
# regex tried every alternative at every character, a fifth of the time to read a 50 MB file.)
_NOT_PLAIN_START = re.compile(r"[\s\-*+•▪◦‣#\[=_~.|]|\d{1,3}[.)]\s")
# What opens a paragraph besides a capital or a digit, and what ends a sentence on a line.
_PARAGRAPH_OPENERS = "\"'“‘„«(‹[―—–"
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*$")
# A credit line's words: a name of up to five words, perhaps a role after a comma.
_CREDIT = re.compile(
    r"[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|al|bin|da|de|del|du|la|le|van|von)){0,4}"
    r"(?:, [^,]{1,80})?\.?$"
)
_QUOTE_END = re.compile(r"[”\"»]\W?$")
_DASH_NAME = re.compile(r"[-―—–]+ ?[A-Z]")
# A person's name alone: two to four capitalised words or initials, not in capitals.
_BARE_NAME = re.compile(r"(?:(?:[A-Z][a-z’'\-]+|[A-Z]\.) ){1,3}[A-Z][a-z’'\-]+$")
_MIN_WRAP = 40
_LONG_PROSE_LINE = 160
_CENTRED_INDENT = 10
_CENTRED = " " * _CENTRED_INDENT
PRE_LINES = 40
_HEADER_BLOCKS = 4  # how far into the text a derived title may look for a heading
_HEADER_LINES = 4  # how many lines of the first block may hold a bracketed dateline
_HEADER_CHARS = 1000  # ... within its first characters


@dataclass(slots=True)
class _Raw:
    """Lines between blank lines, as they came (tabs expanded, right-stripped)."""

    lines: list[str] = field(default_factory=list)

    @property
    def indents(self) -> list[int]:
        return [len(line) - len(line.lstrip(" ")) for line in self.lines]

    @property
    def centred(self) -> bool:
        lines = self.lines
        if len(lines) > 3 or not lines[0].startswith(_CENTRED):
            return False
        return min(self.indents) >= _CENTRED_INDENT


def _raw_blocks(text: str) -> list[_Raw]:
    """Group lines at blank lines; a page marker joins the text on either side of it."""
    blocks: list[_Raw] = []
    current = _Raw()
    joining = False
    for line in text.split("\n"):
        line = line.rstrip()
        if "[[" in line and _PAGE_MARKER.match(line):
            joining = bool(current.lines or blocks)
            continue
        if not line:  # (right-stripped: a line of spaces is empty now)
            if current.lines and not joining:
                blocks.append(current)
                current = _Raw()
            continue
        if joining and not current.lines and blocks:
            current = blocks.pop()
        joining = False
        current.lines.append(line)
    if current.lines:
        blocks.append(current)
    return blocks


def reflow(lines: list[str]) -> str:
    """Hard-wrapped lines as one line; a line ending in a hyphen joins the next without a space."""
    out: list[str] = []
    for line in lines:
        part = line.strip()
        if out and out[-1].endswith("-") and not out[-1].endswith(" -") and part[:1].isalpha():
            out[-1] += part
        else:
            out.append(part)
    return one_line(" ".join(out))


def _is_tabular(lines: list[str]) -> bool:
    """Forms, tables and ASCII art: columns of spaces, dotted leaders, ruled lines, boxes.

    A third of the lines showing it is enough; scanning stops as soon as that is reached.
    """
    hanging = min(len(line) - len(line.lstrip(" ")) for line in lines) < 4
    needed = (len(lines) + 2) // 3
    hits = 0
    for line in lines:
        label = _LABEL.match(line)
        body = line[label.end() :] if label else line.lstrip()
        deep = hanging and len(line) - len(line.lstrip(" ")) >= 16
        # A double space inside a long line of prose that ends a sentence is a typo, not a
        # column (unwrapped paragraphs, one per line).
        prose = len(body) > _LONG_PROSE_LINE and _ENDS_SENTENCE.search(body) is not None
        if deep or _LEADERS.search(line) or (not prose and _INNER_GAP.search(body)):
            hits += 1
            if hits >= needed:
                return True
    return False


def _pre_pieces(lines: list[str]) -> list[list[str]]:
    """A long table cut into paragraphs of about ``PRE_LINES`` lines, each cut made before a
    line at the block's left margin (a new entry, not a continuation): pages, not one wall."""
    if len(lines) <= PRE_LINES:
        return [lines]
    margin = min(len(line) - len(line.lstrip(" ")) for line in lines)
    pieces: list[list[str]] = [[]]
    for line in lines:
        if len(pieces[-1]) >= PRE_LINES and len(line) - len(line.lstrip(" ")) == margin:
            pieces.append([])
        pieces[-1].append(line)
    return pieces


def _split_indented(lines: list[str]) -> list[list[str]]:
    """Paragraphs marked only by indentation, with no blank line between them.

    Usually a paragraph's first line is indented past the rest, so an indented line starts
    one. With hanging indents (first line at the left, most lines deeper) a line back at the
    left starts one instead.
    """
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    base = min(indents)
    deeper = sum(1 for indent in indents if indent > base)
    if not deeper:
        return [lines]
    hanging = indents[0] == base and deeper * 2 > len(lines)
    paragraphs: list[list[str]] = []
    for line, indent in zip(lines, indents, strict=True):
        starts = indent == base if hanging else indent >= base + 2
        if not paragraphs or starts:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a block's lines were hard-wrapped at, or ``None`` when they were not wrapped.

    Short lines say little (a paragraph's end, the remains of a removed link), so only the
    long ones are weighed: wrapped, most of them lie close to their median, and the width is
    the longest of those (setting aside an overlong line, an unbreakable address). Lines of
    one paragraph each spread wide instead, and a width under ``_MIN_WRAP`` columns is no
    editor's setting.
    """
    ordered = sorted(lengths)
    long = [length for length in ordered if length * 2 >= ordered[len(ordered) * 3 // 4]]
    median = long[len(long) // 2]
    slack = max(8, median // 6)
    close = [length for length in long if abs(length - median) <= slack]
    if len(close) * 5 < len(long) * 3 or median < _MIN_WRAP:
        return None
    return max(close)


def _reads_as_heading(line: str) -> bool:
    """A line that labels what follows (Title Case, capitals, a number), not a broken phrase."""
    heading = guess(one_line(line))
    return bool(heading.level) and not heading.weak


_INLINE_CREDIT = re.compile(r"[”\"»][\s\u00a0]*[-―—–]+[\s\u00a0]*(?=[A-Z])")


def _ends_with_credit(line: str) -> bool:
    """A quotation and its credit on one line ("“…” ― Ann Arden"): it ends where the name does."""
    dashes = list(_INLINE_CREDIT.finditer(line))
    return bool(dashes) and _CREDIT.match(line[dashes[-1].end() :].rstrip(" \u00a0")) is not None


def _split_unwrapped(lines: list[str]) -> list[list[str]]:
    """Paragraphs separated by single line breaks, told from hard wraps by line lengths.

    A wrapping editor breaks a line only where the next word would not fit. In a block whose
    lines were wrapped a paragraph ends at a line that ends a sentence where the next word
    would have fitted, or that runs past the width. In a block whose lines were never
    wrapped every line that ends a sentence ends one, and so does a heading line above prose
    (not one in a list of names). Either way only a line opening like a paragraph (a capital,
    a digit, an opening mark) starts one, so a sentence broken across lines is never cut. A
    dash and a name under a quotation is its credit line, a paragraph of its own.
    """
    if len(lines) < 2:
        return [lines]
    lengths = [len(line) for line in lines]  # indentation counts: it was part of the width
    width = _wrap_width(lengths[:-1])
    if width is not None and lengths[-1] > width + max(8, width // 6):
        width = None  # a last line longer than the rest: they were not wrapped
    longest = max(lengths)
    paragraphs: list[list[str]] = [[lines[0]]]
    for index in range(1, len(lines)):
        before, after = lines[index - 1], lines[index].lstrip()
        opens = after[:1].isupper() or after[:1].isdigit() or after[:1] in _PARAGRAPH_OPENERS
        ends = _ENDS_SENTENCE.search(before) is not None
        room = (width or longest) - lengths[index - 1] - 1 - len(after.split(" ", 1)[0])
        if _QUOTE_END.search(before) and _DASH_NAME.match(after):
            breaks = True  # a credit line under a quotation: "― Ann Arden"
        elif (_DASH_NAME.match(before) and _CREDIT.match(before.lstrip("-―—– "))) or (
            _ends_with_credit(before)
        ):
            breaks = True  # the line after a credit ("― Ann Arden", "“…” ― Ann Arden")
        elif width is not None:
            breaks = ends and (room >= 0 or lengths[index - 1] > width)
        else:
            prose_next = _ENDS_SENTENCE.search(after) is not None or len(after) >= _MIN_WRAP
            breaks = ends or (room >= 0 and prose_next and _reads_as_heading(before))
        if opens and breaks:
            paragraphs.append([lines[index]])
        else:
            paragraphs[-1].append(lines[index])
    return paragraphs


def _split_bullets(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Lines cut into list items, each with its marker ("-", "1."), and any lead-in prose
    before them (marker ``""``)."""
    items: list[tuple[str, list[str]]] = []
    item_indent = None
    for line in lines:
        marker = _BULLET.match(line)
        if marker and (item_indent is None or len(marker.group(1)) <= item_indent + 1):
            item_indent = len(marker.group(1)) if item_indent is None else item_indent
            items.append((marker.group().strip(), [line[marker.end() :]]))
        elif items:
            items[-1][1].append(line)
        else:
            items.append(("", [line]))
    return items


@dataclass(slots=True)
class _Candidate:
    """A block on its way: its guess as a heading is settled once its neighbours are known."""

    block: Block
    guess: HeadingGuess = NOT_HEADING
    marker: str = ""  # a list item's bullet and lines, kept in case it proves to be a credit
    lines: tuple[str, ...] = ()


def _plain_line(line: str) -> bool:
    """Whether a one-line block is plain prose that needs none of the full checks."""
    # (``in`` tests joined by ``or``: a generator over the marks cost a tenth of a 50 MB read.)
    return not (
        _NOT_PLAIN_START.match(line)
        or "  " in line
        or "|" in line
        or "....." in line
        or "_____" in line
        or "=====" in line
        or "-----" in line
    )


def _classify(raw: _Raw) -> list[_Candidate]:
    lines = raw.lines
    if len(lines) == 1 and _plain_line(lines[0]):
        # The common case: one line of prose, or a heading line. _plain_line found no double
        # space or leading one, _raw_blocks cut trailing ones and the line holds no line
        # break: printable, it is one_line's result already.
        line = lines[0]
        text = line if line.isprintable() else one_line(line)
        return [_Candidate(Block(text, flat=True), guess(text))]
    if all(_RULE.match(line) for line in lines):
        return []
    atx = _ATX.match(lines[0]) if len(lines) == 1 else None
    if atx:
        words = atx.group(2).rstrip()
        unclosed = words.rstrip("#")
        if unclosed != words and (not unclosed or unclosed[-1].isspace()):
            words = unclosed.rstrip()
        if words:
            return [_Candidate(Block(words, BlockKind.HEADING, len(atx.group(1))))]
    if len(lines) == 2 and _SETEXT.match(lines[1]) and len(lines[1].strip()) >= 3:
        text = one_line(lines[0])
        if text and len(text) <= 120:
            level = 1 if lines[1].strip()[0] == "=" else 2
            return [_Candidate(Block(text, BlockKind.HEADING, level))]
    if _is_tabular(lines) or sum(1 for line in lines if _BRACKETED.match(line)) * 2 > len(lines):
        return [_Candidate(Block("\n".join(piece), BlockKind.PRE)) for piece in _pre_pieces(lines)]
    if any(_BULLET.match(line) for line in lines) and not (
        len(lines) == 1 and guess(one_line(lines[0])).numbered
    ):
        out = []
        for marker, item_lines in _split_bullets(lines):
            kind = BlockKind.BULLET if marker else BlockKind.TEXT
            number = marker if marker[:1].isdigit() else ""  # "3." is kept, "-" is a bullet
            block = Block(reflow(item_lines), kind, 0, number)
            out.append(_Candidate(block, marker=marker, lines=tuple(item_lines)))
        return out
    candidates = []
    pieces = [piece for group in _split_indented(lines) for piece in _split_unwrapped(group)]
    for paragraph in pieces:
        text = reflow(paragraph)
        heading = guess(text) if len(paragraph) <= 2 else NOT_HEADING
        if len(paragraph) == 2 and heading.weak:
            heading = NOT_HEADING
        candidates.append(_Candidate(Block(text), heading))
    return candidates


def _merge_centred(raws: list[_Raw]) -> list[_Raw | list[_Raw]]:
    """Runs of centred short blocks (a title page, a byline) kept together."""
    grouped: list[_Raw | list[_Raw]] = []
    for raw in raws:
        if not raw.centred:
            grouped.append(raw)
        elif grouped and isinstance(grouped[-1], list):
            grouped[-1].append(raw)
        else:
            grouped.append([raw])
    return grouped


def _candidates(raws: list[_Raw]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for item in _merge_centred(raws):
        if isinstance(item, _Raw):
            out.extend(_classify(item))
            continue
        first = _classify(item[0])
        rest = item[1:]
        if len(first) == 1 and first[0].guess.level and not first[0].guess.weak:
            out.extend(first)
        else:
            rest = item
        if rest:
            lines = [line.strip() for raw in rest for line in raw.lines if not _RULE.match(line)]
            if lines:
                out.append(_Candidate(Block("\n".join(lines), BlockKind.PRE)))
    return _with_credits(out)


def _with_credits(candidates: list[_Candidate]) -> list[_Candidate]:
    """A lone "- Name." item right after a quotation is its credit line, not a list: it stays
    prose, dash included, so the quote engine can read it as the quote's attribution. Lines
    after it (no blank line between) are the next paragraph, not part of the credit."""
    out: list[_Candidate] = []
    for index, candidate in enumerate(candidates):
        after = candidates[index + 1].block if index + 1 < len(candidates) else None
        name = candidate.lines[0].strip() if candidate.lines else ""
        following = candidate.lines[1].strip()[:1] if len(candidate.lines) > 1 else ""
        if following and not (following.isupper() or following in _PARAGRAPH_OPENERS):
            name = ""  # the item's first line wraps on: a sentence, not a credit
        if (
            candidate.block.kind is BlockKind.BULLET
            and out
            and out[-1].block.kind in (BlockKind.TEXT, BlockKind.BLOCKQUOTE)
            and _QUOTE_END.search(out[-1].block.text)
            and (after is None or after.kind is not BlockKind.BULLET or following)
            and _CREDIT.match(name)
        ):
            out.append(_Candidate(Block(one_line(f"{candidate.marker} {name}"))))
            if len(candidate.lines) > 1:
                out.append(_Candidate(Block(reflow(list(candidate.lines[1:])))))
            continue
        out.append(candidate)
    return out


def credit_item(before: Block, item: Block, after: Block | None) -> Block | None:
    """A lone list item that is a name right after a quotation ("- Ann Arden."), as the
    credit line it is ("― Ann Arden."), for loaders that parse lists before this one could
    look at them; None when it is a list item after all."""
    if (
        item.kind is BlockKind.BULLET
        and before.kind in (BlockKind.TEXT, BlockKind.BLOCKQUOTE)
        and _QUOTE_END.search(before.text)
        and (after is None or after.kind is not BlockKind.BULLET)
        and _CREDIT.match(item.text)
    ):
        return Block(f"― {item.text}")
    return None


def _settle(candidates: list[_Candidate]) -> list[Block]:
    """Decide each heading guess in context: a heading must introduce prose, not stand last."""
    blocks: list[Block] = []
    in_list = False  # the previous block was a numbered line taken as a list item
    for index, candidate in enumerate(candidates):
        block, heading = candidate.block, candidate.guess
        after = candidates[index + 1] if index + 1 < len(candidates) else None
        if heading.level and after is not None:
            prose_after = (
                after.block.kind is BlockKind.TEXT
                and not after.guess.level
                and len(after.block.text) > 80
            )
            if heading.numbered and (after.guess.numbered or in_list):
                block = Block(block.text, BlockKind.BULLET)
            elif not heading.weak or prose_after:
                block = Block(block.text, BlockKind.HEADING, heading.level)
        elif heading.numbered and in_list:
            block = Block(block.text, BlockKind.BULLET)
        in_list = heading.numbered and block.kind is BlockKind.BULLET
        blocks.append(block)
    # Guessed levels are relative: the top guessed level becomes 1, unless "#" or setext
    # marks in the text give absolute levels.
    marked = any(candidate.block.kind is BlockKind.HEADING for candidate in candidates)
    levels = [block.level for block in blocks if block.kind is BlockKind.HEADING]
    shift = min(levels) - 1 if levels and not marked else 0
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            block.level -= shift
    return blocks


def _looks_like_title(raw: _Raw) -> bool:
    if len(raw.lines) > 2 or _BULLET.match(raw.lines[0]) or _is_tabular(raw.lines):
        return False
    text = reflow(raw.lines)
    if not text or len(text) > 200 or is_date_line(text) or is_spoken_or_stamp(text):
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if len(raw.lines) == 2 and not guess(text).level:
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'«„"


def _headline_index(raws: list[_Raw]) -> int | None:
    """Which of the first blocks is the title line: the first, unless it is a bare name (an
    illustrator's or author's credit) set above title lines in capitals, which are the title."""
    if not raws or not _looks_like_title(raws[0]):
        return None
    first = raws[0].lines
    if len(raws) > 2 and len(first) == 1 and _BARE_NAME.match(first[0].strip()):
        lines = [line.strip() for line in raws[1].lines]
        text = reflow(lines)
        letters = [char for char in text if char.isalpha()]
        capitals = sum(1 for char in letters if char.isupper())
        if (
            len(lines) <= 4
            and max(len(line) for line in lines) <= 60
            and len(text) <= 120
            and not text.endswith((",", ";", ":"))
            and capitals * 5 >= len(letters) * 3 >= 9
        ):
            return 1
    return 0


def first_date(blocks: list[Block]) -> str:
    """The date of the document: a date line among the first blocks, else a dateline in one of
    them (:func:`dateline_date`), else the date ending a bracketed header line at the very top
    (a record's "[… Volume 3 (Friday, May 3, 2002)]")."""
    for block in blocks[:3]:
        if block.kind is BlockKind.TEXT and is_date_line(block.text):
            return block.text
    for block in blocks[:3]:
        found = dateline_date(block.text) if block.kind is BlockKind.TEXT else None
        if found:
            return found
    head = blocks[0].text[:_HEADER_CHARS] if blocks else ""  # (not a split of a long table)
    for line in head.split("\n")[:_HEADER_LINES]:
        date = bracketed_date(line)
        if date:
            return date
    return ""


def parse_plain_blocks(
    text: str, *, title: str | None = None, fallback: str | None = None, headline: bool = True
) -> tuple[str, list[Block], str]:
    """Title, body blocks and the first date line (or ``""``) of a plain-text document.

    ``title`` comes from metadata (front matter) and wins; a first line equal to it is not
    repeated in the body. Otherwise the title is the headline line, else an early heading, else
    ``fallback`` (an HTML ``<title>``), else the first words. ``headline=False`` reads a body
    that has no title line (a YAML briefing's ``body``): its first line always stays.
    """
    raws = _raw_blocks(clean(text))
    found_title = ""
    index = _headline_index(raws) if headline else None
    if index is not None and (len(raws) > 1 or title):
        first = reflow(raws[index].lines)
        if not title or one_line(title).casefold() == first.casefold():
            found_title = first
            raws = raws[:index] + raws[index + 1 :]
    blocks = _settle(_candidates(raws))
    date = first_date(blocks)
    if title:
        return title, blocks, date
    if not found_title:
        for block in blocks[:_HEADER_BLOCKS]:
            if block.kind is BlockKind.HEADING:
                found_title = block.text
                break
    return found_title or fallback or derive_title(blocks), blocks, date
