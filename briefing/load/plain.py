"""Plain-text articles: a headline line, then paragraphs separated by blank lines."""

from __future__ import annotations

import re

from briefing.errors import BriefingError
from briefing.model import BlockKind, Briefing, Paragraph

_HEADING = re.compile(r"^[^.!,;:]{1,80}[?]?$")


def parse_plain(text: str, *, source: str) -> Briefing:
    """Minimal reader: first line is the title, blank lines split paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    blocks = [block for block in blocks if block]
    if not blocks:
        raise BriefingError(source, "the file is empty")
    title = blocks.pop(0) if len(blocks) > 1 else blocks[0][:80]
    body = "\n\n".join(blocks)
    paragraphs = []
    offset = 0
    for block in blocks:
        kind = BlockKind.HEADING if _HEADING.match(block) else BlockKind.TEXT
        paragraphs.append(
            Paragraph(offset, offset + len(block), kind, 1 if kind is BlockKind.HEADING else 0)
        )
        offset += len(block) + 2
    return Briefing(title=title, source=source, text=body, paragraphs=tuple(paragraphs))
