"""Hand-built analysed briefings for the export and CLI tests.

They are assembled here span by span rather than produced by the loaders and analysis, so the
export tests pin the renderers alone and keep passing while the quote and key-point engines
change. The article is made up for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.text.sections import build_sections
from briefing.model import (
    BlockKind,
    Briefing,
    KeyPoint,
    Metadata,
    Paragraph,
    Quote,
    Speaker,
)

# (kind, heading level, text); headings start sections, everything before the first is the lede.
Block = tuple[BlockKind, int, str]


def assemble(
    title: str,
    blocks: Sequence[Block],
    *,
    quotes: Sequence[tuple[str, str | None]] = (),
    speakers: Sequence[Speaker] = (),
    key_points: Sequence[tuple[str, int, bool]] = (),
    meta: Metadata | None = None,
    source: str = "harbour.txt",
) -> Briefing:
    """An analysed Briefing from blocks; quotes and linked key points are found by their words.

    ``quotes`` are (words, speaker id); ``key_points`` are (text, rank, linked), in document
    order, an unlinked one getting ``None`` offsets as a curated point that quotes nothing.
    """
    text = "\n\n".join(block for _, _, block in blocks)
    paragraphs = []
    offset = 0
    for kind, level, block in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block), kind, level))
        offset += len(block) + 2
    sections = build_sections(text, paragraphs)
    found = []
    for words, speaker in quotes:
        at = text.index(words)
        found.append(Quote(at, at + len(words), speaker))
    points = []
    for point, rank, linked in key_points:
        at = text.index(point) if linked else None
        points.append(KeyPoint(point, at, None if at is None else at + len(point), rank))
    return Briefing(
        title=title,
        source=source,
        text=text,
        paragraphs=tuple(paragraphs),
        meta=meta or Metadata(),
        sections=tuple(sections),
        quotes=tuple(found),
        speakers=tuple(speakers),
        key_points=tuple(points),
        analysed=True,
    )


T, H = BlockKind.TEXT, BlockKind.HEADING

HARBOUR_BLOCKS: tuple[Block, ...] = (
    (
        T,
        0,
        "The city council approved a 12 million euro budget for the harbour on Monday, "
        "ending months of debate over who should pay for the works.",
    ),
    (H, 1, "The Vote"),
    (
        T,
        0,
        "Mayor Ana Ruiz called the result “a fair deal for every district,” and thanked "
        "the opposition for its patience.",
    ),
    (T, 0, "“We listened, and we changed the plan,” she said."),
    (T, 0, "Councillor Tom Baker voted against. “The costs will double by 2030,” Baker warned."),
    (H, 1, "What Happens Next"),
    (H, 2, "Timeline"),
    (T, 0, "Work starts in spring. “Nobody knows who pays for the dredging,” one resident said."),
)

HARBOUR_SPEAKERS = (
    Speaker("ana-ruiz", "Ana Ruiz", "mayor", ("Ruiz", "the mayor")),
    Speaker("tom-baker", "Tom Baker", "councillor", ("Baker",)),
)


def harbour() -> Briefing:
    """A short news story with headings (one nested), quotes by two speakers and one unattributed,
    and key points including a curated one that quotes nothing (rank 2, no offsets)."""
    return assemble(
        "Council Approves Harbour Budget",
        HARBOUR_BLOCKS,
        quotes=(
            ("a fair deal for every district,", "ana-ruiz"),
            ("We listened, and we changed the plan,", "ana-ruiz"),
            ("The costs will double by 2030,", "tom-baker"),
            ("Nobody knows who pays for the dredging,", None),
        ),
        speakers=HARBOUR_SPEAKERS,
        key_points=(
            (
                "The city council approved a 12 million euro budget for the harbour on Monday, "
                "ending months of debate over who should pay for the works.",
                1,
                True,
            ),
            ("Councillor Tom Baker voted against.", 3, True),
            ("Dredging costs remain unresolved.", 2, False),
        ),
        meta=Metadata(date="2026-03-02", author="Desk Reporter", url="https://example.org/harbour"),
    )


def hostile() -> Briefing:
    """Text that tries to smuggle markup and terminal escapes into the exports."""
    blocks: tuple[Block, ...] = (
        (T, 0, "# Not a heading *bold* <script>alert(1)</script> [link](http://evil) & co"),
        (H, 1, "1. Numbered | table | heading"),
        (T, 0, "- list? > quote? `code` \\escaped\\ ~strike~ _under_ \x1b[31mred\x1b[0m \x9b2J"),
    )
    return assemble(
        "*Title* with <b>tags</b> \x1b]0;pwned\x07",
        blocks,
        quotes=(("`code`", "x"),),
        speakers=(Speaker("x", "**Evil** <i>Name</i>", "[role](http://evil)"),),
        key_points=(("# Not a heading *bold*", 1, True),),
    )
