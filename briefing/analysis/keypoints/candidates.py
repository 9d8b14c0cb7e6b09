"""The sentences that may become key points, trimmed to what a sidebar should show.

A candidate is a sentence of prose (not a heading, table or code block) that the boilerplate
gate lets through, with a newswire dateline or a transcript's speaker label cut from its start,
and with its place: paragraph, section, and, in a transcript, the turn that holds it (whose
speaker a key point carries, and whose label says whether it is a question).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.keypoints.boilerplate import boilerplate, footnoted, point_edges
from briefing.analysis.quotes.turns import Turn, find_turns, turn_holding
from briefing.model import BlockKind, Briefing, Sentence

_PROSE = {BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE}
# A newswire dateline opening a paragraph: "PLACE (Agency) -", "Place, State (Agency)", "PLACE --",
# "Place, ST, June 22.--". A point starts after it: the sidebar shows the news, not the routing.
_DATELINE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*[ ,]+){0,5}\([A-Z][\w.&'’ -]{0,30}\)\s*(?:[-—–]+\s*)?"
    r"|[A-Z][A-Z.'’ ,-]{2,40}\s(?:—|–|--)\s"
    r"|(?:[A-Z][\w.'’-]*,?\s+){1,4}[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*(?:—|–|--)\s*)"
    r"(?=[\"“‘'A-Z0-9])"
)
QUESTION_LABEL = "Q"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that may be chosen, and where it stands in the document."""

    start: int
    end: int
    paragraph: int  # index into Briefing.paragraphs
    section: int  # index into Briefing.sections
    in_paragraph: int  # 0 for the paragraph's first candidate
    in_section: int  # 0 for the section's first candidate (its lede)
    # Headed sections begun before it: a transcript's turn sections (no heading line) count
    # none, so splitting a briefing into turns leaves every point's place as it was.
    section_rank: int
    paragraph_rank: int  # 0 for the first paragraph that holds a candidate
    speaker: str | None = None  # the Speaker.id of the transcript turn that holds it
    turn: bool = False  # inside a transcript turn
    question: bool = False  # inside a questioner's turn ("Q")


def find_candidates(doc: Briefing) -> list[Candidate]:
    """Every candidate of ``doc`` in document order (empty when only furniture is left)."""
    turns = find_turns(doc.text, doc.paragraphs) if doc.quotes else []
    turn_starts = [turn.start for turn in turns]
    # A turn's quotes carry its label as their cue: the label says whose turn it is, also where
    # the turn opens with someone else's words it quotes (cut out of the turn's own quotes).
    # Built only for transcripts: no dict of every quote (50,000 in one paragraph).
    speaker_of_label = (
        {quote.cue.start: quote.speaker for quote in doc.quotes if quote.cue is not None}
        if turns
        else {}
    )
    marked = footnoted(doc.text)  # a report's footnote numbers left in its running text
    result: list[Candidate] = []
    section = section_rank = 0
    last_paragraph = last_section = -1
    in_paragraph = in_section = paragraph_rank = 0
    for sentence in doc.sentences:
        if sentence.end <= sentence.start or doc.paragraphs[sentence.paragraph].kind not in _PROSE:
            continue
        start = _trimmed_start(doc.text, sentence, turns, turn_starts)
        head, tail = point_edges(doc.text[start : sentence.end], in_footnoted=marked)
        start, end = start + head, start + tail
        body = doc.text[start:end]
        if boilerplate(body, in_footnoted=marked) is not None:
            continue
        while section + 1 < len(doc.sections) and start >= doc.sections[section + 1].start:
            section += 1
            section_rank += doc.sections[section].heading is not None
        if sentence.paragraph != last_paragraph:
            paragraph_rank += last_paragraph >= 0
            last_paragraph, in_paragraph = sentence.paragraph, 0
        if section != last_section and doc.sections[section].heading is not None:
            in_section = 0  # a transcript's turn section (no heading line) has no lede
        last_section = section
        turn = turn_holding(turns, turn_starts, start, start + 1)
        result.append(
            Candidate(
                start,
                end,
                sentence.paragraph,
                section,
                in_paragraph,
                in_section,
                section_rank,
                paragraph_rank,
                speaker_of_label.get(turn.label_start) if turn else None,
                turn is not None,
                turn is not None and turn.label == QUESTION_LABEL,
            )
        )
        in_paragraph += 1
        in_section += 1
    return result


def _trimmed_start(text: str, sentence: Sentence, turns: Sequence[Turn], starts: list[int]) -> int:
    """Where the point starts: after a speaker label or a dateline that opens the sentence."""
    k = bisect.bisect_right(starts, sentence.start)
    if k < len(starts):
        turn = turns[k]
        if sentence.start >= turn.label_start and turn.start < sentence.end:
            return turn.start
    if text[sentence.start - 1 : sentence.start] in ("", "\n"):
        dateline = _DATELINE.match(text, sentence.start, sentence.end)
        if dateline and dateline.end() < sentence.end:
            return dateline.end()
    return sentence.start
