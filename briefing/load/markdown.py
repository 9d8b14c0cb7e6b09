"""Markdown via markdown-it-py: headings, lists, quotes and code become typed paragraphs and all
inline markup is removed (links keep their words, images go, escapes are resolved)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.load.markdown_inline import simple_words
from briefing.load.normalise import Block, clean, derive_title, one_line
from briefing.load.plain import credit_item
from briefing.model import BlockKind

# markdown-it-py drops whatever is nested deeper than ``maxNesting`` block levels (20 in the
# CommonMark preset: a blockquote 20 deep, or about 9 nested list items) and recurses once or
# twice per level. The limit is raised, and deeper text is flattened to fit under it
# (:func:`flatten_deep`), so nothing is dropped and the recursion stays bounded.
MAX_NESTING = 100
MAX_MARKERS = 16  # ">", "-", "1." opening a line: more are merged into the 16th level
MAX_INDENT = 48  # columns of indentation kept (about 24 list levels); deeper items are siblings
_OPTIONS = {"html": True, "maxNesting": MAX_NESTING}
_PARSER = MarkdownIt("commonmark", _OPTIONS).enable(["table", "strikethrough"])
# The fast path's parser for what is not plainly a paragraph: block structure only; the inline
# text of its tokens goes through the fast inline path (markdown-it-py's inline parser is most
# of its time).
_BLOCK_PARSER = (
    MarkdownIt("commonmark", _OPTIONS).enable(["table", "strikethrough"]).disable("inline")
)
_MARKER = re.compile(r"(?:> ?|[-*+] +|\d{1,9}[.)] +)")  # a blockquote or list item opening
_TOO_DEEP = re.compile(
    rf"^ {{{MAX_INDENT + 1},}}\S|^ *(?:{_MARKER.pattern}){{{MAX_MARKERS + 1},}}", re.MULTILINE
)
_DEEP_INDENT = re.compile(rf"^ {{{MAX_INDENT + 1},}}(?=\S)", re.MULTILINE)
_DEEP_MARKERS = re.compile(rf"^( *)((?:{_MARKER.pattern}){{{MAX_MARKERS + 1},}})", re.MULTILINE)
_BLANKISH = re.compile(r"^[^\S\n]+$", re.MULTILINE)  # NBSP-only lines are blank lines too
_STRIKE_OPEN = re.compile(r"<(s|del|strike)\b[^>]*>", re.IGNORECASE)
_STRIKE_CLOSE = re.compile(r"</(s|del|strike)\s*>", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^(#{1,6})[ \t]+([^#\n]*)$")  # no "#" inside: no closing sequence to cut
# Line starts that may begin a block other than a paragraph (first line of a run of lines), or
# interrupt a paragraph (later lines): conservative, a false alarm only costs speed.
_BREAK = r"(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$"
_FIRST_LINE_BLOCK = re.compile(
    rf"^(?:[ \t]|[#>|<]|[-*+](?:[ \t]|$)|\d{{1,9}}[.)](?:[ \t]|$)|```|~~~|{_BREAK})"
)
_FIRST_LINE_BLOCK = re.compile(_FIRST_LINE_BLOCK.pattern, re.MULTILINE)  # ($: end of line)
_LATER_LINE_BLOCK = re.compile(  # searched in the whole paragraph: starts at a line break
    rf"\n {{0,3}}(?:[#>|<]|[-*+](?:[ \t]|$)|\d{{1,9}}[.)](?:[ \t]|$)|```|~~~|=+[ \t]*$|{_BREAK})",
    re.MULTILINE,
)
# "[label]: word more words" cannot be a link reference definition: no title may follow so, and
# a title closed on the line ('"x"', "'x'", "(x)", no backslashes in it) must end the line.
_NOT_DEFINITION = re.compile(
    r"^\[[^\]\n]*\]:[ \t]*(?!<)\S+[ \t]+"
    r"(?:[^\s\"'(]|\"[^\"\n\\]*\"[ \t]*\S|'[^'\n\\]*'[ \t]*\S|\([^()\n\\]*\)[ \t]*\S)"
)
# Raw HTML blocks that run across blank lines: such documents go through markdown-it-py whole.
_WHOLE_DOCUMENT = re.compile(
    r"^ {0,3}<(?:pre|script|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[)",
    re.MULTILINE | re.IGNORECASE,
)
_HTML_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
WordsOf = Callable[[Token], str]
TABLE_PIECE_ROWS = 2000  # a longer table is parsed this many rows at a time


def inline_text(token: Token) -> str:
    """The words of an inline token: text and code kept, markup, images and raw HTML dropped.

    Struck-out words (``~~x~~``, ``<s>``, ``<del>``) are an edit's deleted text: left out.
    """
    parts: list[str] = []
    struck = 0
    for child in token.children or ():
        kind = child.type
        if kind == "s_open" or (kind == "html_inline" and _STRIKE_OPEN.match(child.content)):
            struck += 1
        elif kind == "s_close" or (kind == "html_inline" and _STRIKE_CLOSE.match(child.content)):
            struck = max(0, struck - 1)
        elif struck:
            continue
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _table(tokens: list[Token], start: int, words: WordsOf) -> tuple[Block, int]:
    rows: list[list[str]] = []
    index = start
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(one_line(words(token)))
        index += 1
    return Block("\n".join(" | ".join(row) for row in rows), BlockKind.PRE), index


def _token_blocks(tokens: list[Token], heading_offset: int, words: WordsOf) -> list[Block]:
    """Typed blocks from markdown-it-py's token stream; ``words`` reads its inline tokens."""
    blocks: list[Block] = []
    quote_depth = 0
    item_paragraphs: list[int] = []  # paragraphs seen so far in each open list item
    item_markers: list[str] = []  # each open list item's number as written ("" for bullets)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "list_item_open":
            item_paragraphs.append(0)
            item_markers.append(token.info + token.markup if token.info else "")
        elif kind == "list_item_close":
            item_paragraphs.pop()
            item_markers.pop()
        elif kind == "heading_open":
            level = int(token.tag[1:]) + heading_offset
            blocks.append(Block(words(tokens[index + 1]), BlockKind.HEADING, level))
            index += 2
        elif kind == "paragraph_open":
            text = words(tokens[index + 1])
            marker = ""
            if item_paragraphs and item_paragraphs[-1] == 0:
                block_kind, marker = BlockKind.BULLET, item_markers[-1]
            elif quote_depth:
                block_kind = BlockKind.BLOCKQUOTE
            else:
                block_kind = BlockKind.TEXT
            if item_paragraphs:
                item_paragraphs[-1] += 1
            blocks.append(Block(text, block_kind, 0, marker))
            index += 2
        elif kind in ("fence", "code_block"):
            blocks.append(Block(token.content, BlockKind.PRE))
        elif kind == "html_block":
            text = html.unescape(_HTML_TAG.sub(" ", token.content))
            if text.strip():
                blocks.append(Block(text, BlockKind.TEXT))
        elif kind == "table_open":
            block, index = _table(tokens, index, words)
            blocks.append(block)
        index += 1
    return blocks


def flatten_deep(text: str) -> str:
    """``text`` with nesting too deep for the parser made shallower, keeping every word.

    Blockquote and list markers beyond :data:`MAX_MARKERS` at the start of a line are merged
    into the last kept level, and indentation beyond :data:`MAX_INDENT` columns is cut, so
    items nested deeper become siblings at that depth instead of being dropped.
    """
    if not _TOO_DEEP.search(text):
        return text
    text = _DEEP_INDENT.sub(" " * MAX_INDENT, text)
    return _DEEP_MARKERS.sub(_keep_markers, text)


def _keep_markers(match: re.Match[str]) -> str:
    return match.group(1) + "".join(_MARKER.findall(match.group(2))[:MAX_MARKERS])


def full_markdown_blocks(text: str, *, heading_offset: int = 0) -> list[Block]:
    """Blocks of a whole document through markdown-it-py: the reference the fast path matches."""
    tokens = _PARSER.parse(_BLANKISH.sub("", flatten_deep(clean(text))))
    return _token_blocks(tokens, heading_offset, inline_text)


def _chunks(lines: list[str]) -> list[tuple[int, int]]:
    """Line ranges of the runs of non-blank lines.

    A code fence may hold blank lines, and whether a line of backticks opens or closes one (or
    sits in a raw HTML block) takes a real parse to know: from the first fence-like line on,
    the rest of the document is one range for markdown-it-py.
    """
    chunks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate(lines):
        if not line:
            if start is not None:
                chunks.append((start, index))
                start = None
            continue
        if start is None:
            start = index
        if line[0] in " `~" and _FENCE.match(line):
            chunks.append((start, len(lines)))
            return chunks
    if start is not None:
        chunks.append((start, len(lines)))
    return chunks


def _simple(source: str) -> bool:
    """A paragraph (its lines joined) that no block construct can claim (checked conservatively).

    The checks run on the whole paragraph at once: a regex search is much quicker than a
    match per line.
    """
    if "|" in source or _FIRST_LINE_BLOCK.match(source):
        return False
    first_line = source.partition("\n")[0] if source.startswith("[") else ""
    if "]:" in first_line and not _NOT_DEFINITION.match(first_line):
        return False  # perhaps a link reference definition
    return not _LATER_LINE_BLOCK.search(source)


def _inline(source: str) -> str:
    words = simple_words(source)
    if words is not None:
        return words
    tokens = _PARSER.parseInline(source)
    return inline_text(tokens[0]) if tokens else ""


def _unparsed_words(token: Token) -> str:
    """The words of an inline token from the block-only parser: its source, read here."""
    return _inline(token.content)


def _long_table(lines: list[str], env: dict[str, object]) -> Block | None:
    """A long table (every line a row: it starts with "|") parsed ``TABLE_PIECE_ROWS`` rows at
    a time under its own header and delimiter rows: markdown-it-py's tokens for a whole 24 MB
    table took over a gigabyte. ``None`` unless every piece parses as one table of all its
    lines (then the caller parses the lines whole, as before)."""
    head, rows = lines[:2], lines[2:]
    texts: list[str] = []
    for first in range(0, len(rows), TABLE_PIECE_ROWS):
        piece = head + rows[first : first + TABLE_PIECE_ROWS]
        tokens = _BLOCK_PARSER.parse("\n".join(piece), env)
        if not tokens or tokens[0].type != "table_open" or tokens[0].map != [0, len(piece)]:
            return None
        block, _ = _table(tokens, 0, _unparsed_words)
        texts.append(block.text if first == 0 else block.text.partition("\n")[2])
    return Block("\n".join(texts), BlockKind.PRE)


def markdown_blocks(text: str, *, heading_offset: int = 0) -> list[Block]:
    """Typed blocks of a Markdown document, in order. ``heading_offset`` deepens every heading
    (a YAML briefing's section body sits under the section's own heading).

    For speed, runs of lines that are plainly a paragraph or an ATX heading are read directly and
    only the rest goes through markdown-it-py's block parser. Paragraphs end at blank lines, so
    this gives the same blocks; documents with constructs that reach across blank lines (link
    reference definitions, some raw HTML blocks) are parsed whole.
    """
    text = flatten_deep(clean(text))
    if "<" in text and _WHOLE_DOCUMENT.search(text):
        return full_markdown_blocks(text, heading_offset=heading_offset)
    lines = ["" if line.isspace() else line for line in text.split("\n")]  # as _BLANKISH does
    # ("heading" | "text" | "parse", first line, end line, the lines joined: not for "parse")
    runs: list[tuple[str, int, int, str]] = []
    for start, stop in _chunks(lines):
        source = "\n".join(lines[start:stop])
        if stop - start == 1 and _ATX.match(source):
            runs.append(("heading", start, stop, source))
        elif stop - start > TABLE_PIECE_ROWS + 2 and all(
            lines[i][:1] == "|" for i in range(start, stop)
        ):
            runs.append(("table", start, stop, ""))
        elif _simple(source):
            runs.append(("text", start, stop, source))
        elif runs and runs[-1][0] == "parse":
            runs[-1] = ("parse", runs[-1][1], stop, "")
        else:
            runs.append(("parse", start, stop, ""))
    blocks: list[Block] = []
    env: dict[str, object] = {}  # collects link reference definitions from the parsed runs
    for kind, start, stop, source in runs:
        table = _long_table(lines[start:stop], env) if kind == "table" else None
        if table is not None:
            blocks.append(table)
        elif kind in ("parse", "table"):  # the lines with the blank lines between them
            tokens = _BLOCK_PARSER.parse("\n".join(lines[start:stop]), env)
            blocks.extend(_token_blocks(tokens, heading_offset, _unparsed_words))
        elif kind == "heading":
            words = source.lstrip("#")  # _ATX matched: "#"s, spaces or tabs, then the words
            level = len(source) - len(words) + heading_offset
            blocks.append(Block(_inline(words.strip(" \t")), BlockKind.HEADING, level))
        else:
            blocks.append(Block(_inline(source), BlockKind.TEXT))
    if env.get("references"):
        return full_markdown_blocks(text, heading_offset=heading_offset)  # links may use them
    return blocks


def _with_credits(blocks: list[Block]) -> list[Block]:
    """A one-item list that is a name under a quotation is its credit line (``plain``'s rule)."""
    out = blocks[:1]
    for index in range(1, len(blocks)):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        out.append(credit_item(blocks[index - 1], blocks[index], after) or blocks[index])
    return out


def parse_markdown_blocks(text: str, *, title: str | None = None) -> tuple[str, list[Block]]:
    """Title and body blocks of a Markdown document.

    Without a metadata title, a leading top-level heading is the title; a leading heading that
    repeats the metadata title is too. Either leaves the body: the reader shows the title above
    the text, and the same words again as the first heading read as a stutter (its text becomes
    the lede, even when other top-level headings follow) -- unless another top-level heading
    follows it at once: then it is the first of the document's parts and stays.
    """
    blocks = _with_credits(markdown_blocks(text))
    if blocks and blocks[0].kind is BlockKind.HEADING:
        first = blocks[0]
        matches = (
            title is not None and one_line(title).casefold() == one_line(first.text).casefold()
        )
        if (title is None and first.level == 1) or matches:
            title = title or first.text
            if not _first_of_parts(blocks):
                blocks = blocks[1:]
    return (title or derive_title(blocks)), blocks


def _first_of_parts(blocks: list[Block]) -> bool:
    """A leading top-level heading followed at once by another one is the first of the
    document's parts ("# Part One" then "# Chapter One"), not a title above them: it stays in
    the text, or the section tree would miss the part its siblings stand beside."""
    return (
        len(blocks) > 1
        and blocks[0].level == 1
        and blocks[1].kind is BlockKind.HEADING
        and blocks[1].level == 1
    )
