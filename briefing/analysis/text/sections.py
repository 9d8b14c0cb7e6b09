"""Sections: the runs of paragraphs between headings, tiling the whole body.

A transcript rarely has headings, yet it has a structure a reader moves through: the opening
statements, then one question after another. So the turns cut it too: in a press briefing
each opening statement is a section named for its speaker and each question (with the answers
to it) a section named for the question's first words; in a transcript without questions
each long speech is a section named for its speaker; in an interview ("Q: …" / "A: …") each
question is a section. These sections have a title but no heading line (``Section.heading`` is
``None``), and sit one level below the heading they follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.quotes.turns import Turn, find_turns, interview_questions
from briefing.model import BlockKind, Paragraph, Section, Span

QUESTION = "Q"
_ANSWER_WORDS = 25  # an answer this long closes a question: the next "Q" opens a new one
_HANDOVER_WORDS = 30  # a turn this short just before a question hands over to it
_SPEECH_WORDS = 60  # without questions, a turn this long is a section of its own
_TITLE_CHARS = 48
_TITLE_SKIP_WORDS = 3  # a question's opening sentences this short are greetings, not its topic
# A sentence that greets or thanks ("Jake, thanks for being here."): skipped in a title.
_GREETING = re.compile(
    r"(?:[A-Z][\w’'-]*, )?(?:thank|thanks|hi|hey|hello|good (?:morning|afternoon|evening)|"
    r"great|okay|sure|welcome)\b[^.!?]{0,60}[.!?]?$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]*\s+")


@dataclass(frozen=True, slots=True)
class _Cut:
    """Where a section begins, what it is called and its heading line (if it has one)."""

    start: int
    title: str | None
    heading: Span | None
    level: int


@dataclass(slots=True)
class _Unit:
    """One whole turn: a label and every paragraph piece up to the next label."""

    label: str
    start: int  # the label's start: a section cut here keeps the label with its words
    words: int
    first: Turn


def build_sections(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Section, ...]:
    """Cut the body at each heading paragraph and, in a transcript, at its statements and
    questions; text before the first cut is the lede."""
    cuts = [
        _Cut(p.start, p.text_of(text), Span(p.start, p.end), p.level)
        for p in paragraphs
        if p.kind is BlockKind.HEADING
    ]
    turns = find_turns(text, paragraphs)
    if turns:
        found = _briefing_or_speech_cuts(text, _units(text, turns))
    else:
        found = _interview_cuts(text, paragraphs)
    cuts = _with_turn_cuts(cuts, found)
    sections: list[Section] = []
    start, title, heading, level = 0, None, None, 0
    for cut in cuts:
        if cut.start > start or heading is not None or title is not None:
            sections.append(Section(start, cut.start, title, heading, level))
        start, title, heading, level = cut.start, cut.title, cut.heading, cut.level
    sections.append(Section(start, len(text), title, heading, level))
    return tuple(sections)


def _units(text: str, turns: Sequence[Turn]) -> list[_Unit]:
    units: list[_Unit] = []
    for turn in turns:
        words = len(text[turn.start : turn.end].split())
        if units and units[-1].start == turn.label_start:
            units[-1].words += words
        else:
            units.append(_Unit(turn.label, turn.label_start, words, turn))
    return units


def _briefing_or_speech_cuts(text: str, units: list[_Unit]) -> list[_Cut]:
    """A press briefing's cuts when it has two questions or more, else its speeches'."""
    if sum(1 for unit in units if unit.label == QUESTION) >= 2:
        return _briefing_cuts(text, units)
    return _speech_cuts(units)


def _interview_cuts(text: str, paragraphs: Sequence[Paragraph]) -> list[_Cut]:
    """An interview's "Q: …" paragraphs: each question after an answer is a section."""
    cuts = []
    previous = -2
    for question in interview_questions(text, paragraphs):
        if question.paragraph > previous + 1:
            cuts.append(_Cut(question.label_start, question_title(text, question), None, 1))
        previous = question.paragraph
    return cuts


def _with_turn_cuts(cuts: list[_Cut], found: list[_Cut]) -> list[_Cut]:
    """The heading cuts with the transcript's own cuts merged in, in document order (none
    when the transcript gives fewer than two: one cut adds nothing to navigate by)."""
    if len(found) < 2:
        return cuts
    headings = {cut.start for cut in cuts}
    merged = sorted(cuts + [cut for cut in found if cut.start not in headings], key=_start)
    level = 0
    for index, cut in enumerate(merged):
        if cut.heading is not None:
            level = cut.level
        else:
            merged[index] = _Cut(cut.start, cut.title, None, level + 1)
    return merged


def _start(cut: _Cut) -> int:
    return cut.start


def _briefing_cuts(text: str, units: list[_Unit]) -> list[_Cut]:
    """Each opening statement (the turns before the first question, and later a long turn by a
    new speaker that answers no question: a second briefer's topper), then each question: a
    "Q" after an answer, together with a short handover just before it ("Go ahead, Ann")."""
    cuts: list[_Cut] = []
    answered = True
    speaker = None  # who spoke at length last: the briefer answering now
    first_question = next(i for i, unit in enumerate(units) if unit.label == QUESTION)
    for index, unit in enumerate(units):
        before = units[index - 1] if index else None
        if unit.label != QUESTION:
            handover = unit.words <= _HANDOVER_WORDS and _next_label(units, index) == QUESTION
            statement = (index < first_question and not handover) or (
                unit.words >= _SPEECH_WORDS
                and before is not None
                and before.label != QUESTION
                and unit.label != speaker
            )
            if statement and (not cuts or cuts[-1].title != unit.label):
                cuts.append(_Cut(unit.start, unit.label, None, 1))
            if unit.words >= _ANSWER_WORDS:
                answered, speaker = True, unit.label
            continue
        if not answered:
            if cuts and len(cuts[-1].title or "") < _TITLE_CHARS // 2:  # "Q: Can you hear me?"
                cuts[-1] = _Cut(cuts[-1].start, question_title(text, unit.first), None, 1)
            continue
        start = unit.start
        if (
            before is not None
            and before.label != QUESTION
            and before.words <= _HANDOVER_WORDS
            # a short turn right after a question answers it ("I don't have an update on
            # that."); only one after an answer hands over
            and (index < 2 or units[index - 2].label != QUESTION)
            and (not cuts or cuts[-1].start < before.start)
        ):
            start = before.start
        cuts.append(_Cut(start, question_title(text, unit.first), None, 1))
        answered = False
    return cuts


def _next_label(units: list[_Unit], index: int) -> str | None:
    return units[index + 1].label if index + 1 < len(units) else None


def _speech_cuts(units: list[_Unit]) -> list[_Cut]:
    """Without questions: each long speech by a new speaker starts a section."""
    cuts: list[_Cut] = []
    for unit in units:
        if unit.words >= _SPEECH_WORDS and (not cuts or cuts[-1].title != unit.label):
            cuts.append(_Cut(unit.start, unit.label, None, 1))
    return cuts


def question_title(text: str, turn: Turn) -> str:
    """ "Q: " and the question's first words, after greetings ("Thanks. Hi, Ann."), cut at a
    word boundary with an ellipsis when it runs longer than ``_TITLE_CHARS``."""
    words = text[turn.start : turn.end]
    sentences = _SENTENCE.split(words)
    while len(sentences) > 1 and (
        len(sentences[0].split()) <= _TITLE_SKIP_WORDS or _GREETING.match(sentences[0])
    ):
        sentences.pop(0)
    rest = " ".join(sentences).split()
    title = ""
    for word in rest:
        if title and len(title) + 1 + len(word) > _TITLE_CHARS:
            return f"{QUESTION}: {title.rstrip(',;:—–- ')}…"
        title = f"{title} {word}" if title else word
    return f"{QUESTION}: {title}"
