"""Sentence splitting for prose paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import BlockKind, Paragraph, Sentence

_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_PROSE = {BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE}


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Minimal splitter: cut after ., ! or ? followed by space and a capital."""
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind not in _PROSE:
            continue
        start = paragraph.start
        body = paragraph.text_of(text)
        for match in _END.finditer(body):
            stop = paragraph.start + match.start() + len(match.group().rstrip())
            sentences.append(Sentence(start, stop, index))
            start = paragraph.start + match.end()
        if start < paragraph.end:
            sentences.append(Sentence(start, paragraph.end, index))
    return tuple(sentences)
