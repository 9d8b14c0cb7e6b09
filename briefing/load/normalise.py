"""Cleaning untrusted text and assembling blocks into the normalised body the model promises.

Every reader produces a list of :class:`Block` (text + kind + level); :func:`assemble` is the one
place that turns them into ``Briefing.text`` and ``Briefing.paragraphs``, so the normalisation
rules of :mod:`briefing.model` hold whatever the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import BriefingError
from briefing.model import BlockKind, Briefing, Curated, Metadata, Paragraph

# Terminal escape sequences (CSI, OSC, DCS/PM/APC strings, two-character ESC sequences) go as a
# whole so no stray parameters such as "[31m" are left behind in the text.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI ... final byte
    r"|(?:\x1b[\]P^_X]|[\x90\x9d\x9e\x9f\x98])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"  # other ESC sequences
)
# Line separators other than "\n" become "\n"; the rest of the C0/C1 controls, DEL, bidi
# overrides and stray BOMs are dropped (they can reorder or hide what the reader sees).
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
# Runs of white space become one space; a lone no-break space is text and stays.
_NEEDS_CLEANING = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_SEPARATOR = re.compile(r"^[-#*_=~+. ]+$")  # "###", "* * *": a break, not a paragraph
_SPACES = re.compile(r"\s{2,}|[^\S\u00a0]")


def clean(text: str) -> str:
    """Untrusted text with escapes and controls removed, ``\\n`` line ends and tabs expanded.

    Most text has nothing to remove: printable once its line breaks are spaces means no control
    or format characters, and that check is several times quicker than the regex search.
    """
    if text.replace("\n", " ").isprintable() or not _NEEDS_CLEANING.search(text):
        return text
    text = _LINE_BREAKS.sub("\n", text)
    if _ESCAPE_START.search(text):
        text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    if "\t" in text:
        text = "\n".join(line.expandtabs(8) for line in text.split("\n"))
    return text


def one_line(text: str) -> str:
    """Collapse white space into single spaces: a prose paragraph on one line."""
    flat = text.replace("\n", " ")
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        # The common case, checked in a few fast passes: words with single spaces or line
        # breaks between them. Printable means no controls or format characters (nothing for
        # clean() to do) and no white space but the space.
        return flat
    text = clean(text)
    if "\u00a0" not in text:
        return " ".join(text.split())
    return _SPACES.sub(" ", text).strip()


def title_line(text: str) -> str:
    """A title on one line, every kind of space (no-break ones too) made a plain space."""
    return " ".join(clean(text).split())


@dataclass(slots=True)
class Block:
    """A paragraph before assembly: its text, what it is, (for headings) how deep and (for
    ordered list items) its number as written. ``flat`` says a loader already made the text
    one line (:func:`one_line`), so assembly need not again: a tenth of a 50 MB read."""

    text: str
    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    marker: str = ""
    flat: bool = False


def pre_text(lines: list[str]) -> str:
    """Lines of a preformatted block: common indent removed, no blank lines, no edge spaces.

    Blank lines would break the one-blank-line paragraph separator, so they are dropped.
    """
    kept = [line.rstrip() for line in lines if line.strip()]
    if not kept:
        return ""
    indent = min(len(line) - len(line.lstrip(" ")) for line in kept)
    return "\n".join(line[indent:] for line in kept).strip()


def _finish(block: Block) -> Block | None:
    """The block as the body holds it (``None``: nothing to show); the block itself when it
    is that already, the common case on a long text."""
    if block.kind is BlockKind.PRE:
        text = pre_text(clean(block.text).split("\n"))
    else:
        text = block.text if block.flat else one_line(block.text)
    if not text or (block.kind is not BlockKind.PRE and _SEPARATOR.match(text)):
        return None
    level = max(1, block.level) if block.kind is BlockKind.HEADING else 0
    marker = block.marker if block.kind is BlockKind.BULLET else ""
    if text is block.text and level == block.level and marker == block.marker:
        return block
    return Block(text, block.kind, level, marker)


def assemble(
    blocks: list[Block],
    *,
    title: str,
    source: str,
    fmt: str,
    meta: Metadata | None = None,
    curated: Curated | None = None,
) -> Briefing:
    """Join the blocks with one blank line between them, recording each paragraph's span."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for raw in blocks:
        block = _finish(raw)
        if block is None:
            continue
        if parts:
            offset += 2
        parts.append(block.text)
        end = offset + len(block.text)
        paragraphs.append(Paragraph(offset, end, block.kind, block.level, block.marker))
        offset += len(block.text)
    if not parts:
        raise BriefingError(source, "no readable text in the file")
    title = title_line(title) or title_line(derive_title(blocks))
    return Briefing(
        title=title,
        source=source,
        text="\n\n".join(parts),
        paragraphs=tuple(paragraphs),
        meta=meta or Metadata(),
        curated=curated or Curated(),
        format=fmt,
    )


_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")


def derive_title(blocks: list[Block], words: int = 10) -> str:
    """A title for a text with no title line: its first sentence, shortened to a few words."""
    for block in blocks:
        if block.kind is BlockKind.PRE:
            continue
        text = one_line(block.text)
        if not text:
            continue
        match = _FIRST_SENTENCE.match(text)
        sentence = match.group(1) if match else text
        parts = sentence.split()
        if len(parts) > words:
            return " ".join(parts[:words]).rstrip(",;:") + "…"
        return sentence
    for block in blocks:
        text = one_line(block.text)
        if text:
            return " ".join(text.split()[:words])
    return "Untitled"
