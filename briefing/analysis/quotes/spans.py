"""Where the direct quotes are: paired marks per prose paragraph, minus titles and nicknames.

A quote that runs on past its paragraph's end continues into the next paragraph when that one
opens with a quote mark; each paragraph's piece is its own quote (no span crosses a paragraph
break). Each paragraph is also cut into sentences *around* its quotes, for the cue engine
(``attribution.engine``), which reads a quote's sentence and its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.cues.cue import Cue
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon import words as lexicon_words
from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FEMALE_PRONOUNS,
    FUNCTION_WORDS,
    MALE_PRONOUNS,
    PRONOUNS,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.roles import HONORIFICS
from briefing.analysis.quotes.marks import (
    mark_length,
    opens_with_quote,
    scan_paragraph,
    words_span,
)
from briefing.analysis.quotes.turns import find_turns, quote_label
from briefing.analysis.speakers.names import is_abbreviation
from briefing.analysis.text.sentences import before_number
from briefing.analysis.text.span_list import SpanList
from briefing.model import BlockKind, Briefing, Quote

_PROSE = frozenset({BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE})
_ANY_MARK = re.compile(r"``|[\"“”„«»]")
# Typewriter marks (``…'') close and open sentences too, as the Congressional Record writes them.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)\]]*\s+(?=(?:``|[\"“‘(\[«„])?[A-Z0-9])")
_LETTER = re.compile(r"[^\W\d_]")
_TITLE_WORD = re.compile(r"[\w’']+")
_TITLE_SMALL = word_set("quote_words.txt", "title_small")
_TITLE_INTRO = word_set("quote_words.txt", "title_intro")
# What a crowd shouts is words said, whatever their capitals: "chants of “Go Team Go”".
_CHANTS = word_set("quote_words.txt", "chants")
# "the “Open Door” podcast", "a “Fair Pay” campaign", "the “Night Shift” actress": a Title-Case
# name of the thing (or of the work a performer or host is known by) after it.
_TITLE_NOUNS = lexicon_words("quote_words.txt", "title_nouns")
_TITLE_BEFORE_NOUN = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(_TITLE_NOUNS)})\b")
_TITLE_MAX_WORDS = 8
# "“Title,” by Name": a headline, book or song credited to its writer, not words anybody said
# ("called “reform” by the minister" keeps its lower-case source, which may be a speaker;
# "by the Gazette’s Ola Brandt" is a writer named through the paper).
_CREDITED = re.compile(
    r",?\s+by\s+(?:the\s+(?=(?:[A-Z][\w.]*\s)*[A-Z][\w.]*['’]s\s))?([A-Z][\w’'.-]*)"
)
_CREDITED_TITLE_MAX_WORDS = 14
# A nickname between a given name (or initials) and a surname: George “Skip” Varga.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z’'-]+|\b(?:[A-Z]\.){1,3}) $")
_NOT_GIVEN = DETERMINERS | FUNCTION_WORDS | WEEKDAYS_MONTHS | frozenset(HONORIFICS)
# A lone pronoun or article in marks is a word mentioned, not used ("because “she” is a “he”").
_MENTIONED = PRONOUNS | MALE_PRONOUNS | FEMALE_PRONOUNS | word_set("quote_words.txt", "mentioned")
_NICKNAME = re.compile(r"[A-Z][a-z’'-]+")
_NAME_AFTER = re.compile(r" ([A-Z][a-z’'-]+)")
_LOWER_WORD = re.compile(r"\b[a-z]")
_CLAUSE_END = re.compile(r"[.!?:;]\s")
# A form field or item code in marks ("tick box “K”", "under “F 3”", "part “G12”", "“7”"):
# a label that points at a box or a line of a form, never words anybody said.
# A lone word with a colon ("“Related:”", "“Update:”") is the lead-in of a link or a list.
_LABEL = re.compile(
    r"(?:[A-Za-z]|[A-Za-z]{1,2}[ -]?\d{1,3}[a-z]?|\d[\d.,]*)[.,:;]?|[^\W\d_][\w’'-]*:"
)


@dataclass(slots=True)
class Piece:
    """One quote being built: its words, marks, sentence and evidence."""

    start: int
    end: int
    open: int
    close: int  # offset just after the closing mark (or the paragraph end)
    paragraph: int
    sentence: int  # index into the paragraph's sentence list
    continues: int | None = None  # index of the previous piece of a multi-paragraph quote
    cue: Cue | None = None
    source: int | None = None  # index of the piece whose speaker this one shares
    subject_only: bool = False  # the cue is the sentence's subject, with no reporting verb
    key: str | None = None
    via: str = "none"  # which rule gave the evidence: a feature of the ranker (``EVIDENCE``)


def find_pieces(text: str, paragraphs, skip: set[int]) -> tuple[list[Piece], dict[int, SpanList]]:
    pieces: list[Piece] = []
    sentences: dict[int, SpanList] = {}
    carry: int | None = None  # piece index whose quote runs on into the next paragraph
    for index, paragraph in enumerate(paragraphs):
        start, end = paragraph.start, paragraph.end
        if (
            not reads_as_prose(text, paragraph)
            or index in skip
            or not _ANY_MARK.search(text, start, end)
        ):
            carry = None
            continue
        pairs, unclosed = scan_paragraph(text, start, end)
        if carry is not None and not (pairs and pairs[0][0] == start):
            carry = None
        cut = sentences_around_quotes(text, start, end, pairs)
        sentences[index] = cut
        first_piece = len(pieces)
        for open_at, close_at in pairs:
            words = words_span(
                text,
                open_at + mark_length(text, open_at),
                close_at if close_at is not None else end,
            )
            if not _LETTER.search(text, words[0], words[1]) or _LABEL.fullmatch(
                text, words[0], words[1]
            ):
                continue  # no words at all ("…", "1990"), or a label of a form ("F 3")
            close = close_at + mark_length(text, close_at) if close_at is not None else end
            sentence = _sentence_index(cut, open_at)
            labelled = quote_label(text, words[0], words[1])
            if labelled is not None:
                words = (labelled[2], words[1])  # "“LIND: …”": the label is no quoted word
            piece = Piece(words[0], words[1], open_at, close, index, sentence)
            if carry is not None and len(pieces) == first_piece:
                piece.continues = carry
                piece.source = carry
                piece.via = "continues"
            pieces.append(piece)
        carry = None
        if unclosed and len(pieces) > first_piece and index + 1 < len(paragraphs):
            following = paragraphs[index + 1]
            if reads_as_prose(text, following) and opens_with_quote(
                text, following.start, following.end
            ):
                carry = len(pieces) - 1
    return pieces, sentences


def reads_as_prose(text: str, paragraph) -> bool:
    """Prose paragraphs, and a "preformatted" one that is a single line: a loader may keep a
    line as-is for a run of spaces ("he  would"), but without line breaks it is a sentence."""
    if paragraph.kind in _PROSE:
        return True
    return paragraph.kind == BlockKind.PRE and "\n" not in text[paragraph.start : paragraph.end]


def sentences_around_quotes(
    text: str, start: int, end: int, pairs: list[tuple[int, int | None]]
) -> SpanList:
    """Sentence spans of a paragraph that never cut inside a quote."""
    cuts = SpanList()
    position = start
    pair_index = 0
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start() + len(match.group().rstrip())
        while pair_index < len(pairs) and (pairs[pair_index][1] or end) < stop - 1:
            pair_index += 1
        if pair_index < len(pairs):
            open_at, close_at = pairs[pair_index]
            if open_at < match.start() and (close_at is None or close_at >= stop):
                continue
        if text[match.start()] in "?!" and any(ch in '”"»' for ch in match.group()[1:]):
            # "“Why?” Berg asked." (also "“…‘Why?’” Berg asked.", a quote ending in a quote
            # inside it): the attribution follows in the same sentence.
            continue
        word_start = text.rfind(" ", start, match.start()) + 1
        if match.group()[0] == "." and (
            is_abbreviation(text[word_start : match.start() + 1])
            or before_number(text, match.start())
        ):
            continue
        cuts.append(position, stop)
        position = match.end()
    if position < end:
        cuts.append(position, end)
    return cuts


def _sentence_index(cut: SpanList, offset: int) -> int:
    """The sentence of ``cut`` holding ``offset``, else the last one: a bisection, as it
    runs once per quote and a paragraph may hold thousands of both."""
    index = cut.last_starting_at_or_before(offset)
    if index >= 0 and offset < cut[index][1]:
        return index
    return len(cut) - 1


def without_titles(text: str, pieces: list[Piece]) -> list[Piece]:
    """Drop titles and renumber the links between pieces (a continued piece never is one)."""
    kept: list[Piece] = []
    new_index: dict[int, int] = {}
    for index, piece in enumerate(pieces):
        if piece.continues is None and (
            _looks_like_title(text, piece)
            or is_nickname(text, piece)
            or text[piece.start : piece.end].rstrip(".,!?").lower() in _MENTIONED
        ):
            continue
        new_index[index] = len(kept)
        kept.append(piece)
    for piece in kept:
        if piece.continues is not None:
            piece.continues = new_index.get(piece.continues)
            piece.source = piece.continues
    return kept


def without_nickname_marks(text: str, nicknames: list[Piece]) -> str:
    """The text with the marks around nicknames blanked (same offsets), so that a cue sees
    "Rep. Marta “Kit” Oduya said" as one name, not as a phrase broken by quotation marks."""
    return blanked(text, [s for p in nicknames for s in ((p.open, p.start), (p.end, p.close))])


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every ``text[start:end]`` of ``spans`` turned to spaces: the offsets stay,
    so what the cue engine finds in it points into the real text."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * max(0, end - start)
    return "".join(chars)


def is_nickname(text: str, piece: Piece) -> bool:
    """One capitalised word in marks inside a person's name ("Marta “Kit” Oduya", "J.R. “Skip”
    Varga"): part of the name, not words anyone said."""
    if not _NICKNAME.fullmatch(text, piece.start, piece.end) or piece.start - piece.open > 1:
        return False
    before = _NAME_BEFORE.search(text, max(0, piece.open - 20), piece.open)
    if before is None or before.group().strip().lower() in _NOT_GIVEN:
        return False
    after = _NAME_AFTER.match(text, piece.close)
    return (
        piece.close == piece.end + 1
        and after is not None
        and after.group(1).lower() not in _NOT_GIVEN
    )


def _opens_clause(text: str, offset: int) -> bool:
    """Nothing but capitals, dashes and marks before ``offset`` in its sentence ("BEAT—“…”")."""
    start = text.rfind("\n", 0, offset) + 1
    for found in _CLAUSE_END.finditer(text, start, offset):
        start = found.end()
    return not _LOWER_WORD.search(text, start, offset)


def _looks_like_title(text: str, piece: Piece) -> bool:
    """A show, book or film title: every word capitalised, and introduced the way titles are
    ("appeared on “Face the Nation,”", "the author of “Peter Pan”", "CNN’s “State of the
    Union”"). Scare quotes stay (unattributed unless a cue says who used the words): the
    annotated data counts them as quotes far more often than not."""
    words = _TITLE_WORD.findall(text, piece.start, piece.end)
    if not words:
        return False
    title_case = words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words
    )
    credit = _CREDITED.match(text, piece.close)
    if (
        credit is not None
        and credit.group(1).lower() not in WEEKDAYS_MONTHS  # "“…,” by Monday" is a deadline
        and (
            (title_case and len(words) <= _CREDITED_TITLE_MAX_WORDS)
            or _opens_clause(text, piece.open)
        )
    ):
        return True
    if len(words) > _TITLE_MAX_WORDS or not title_case:
        return False
    if text[piece.end - 1 : piece.end].isalnum() and _TITLE_BEFORE_NOUN.match(text, piece.close):
        return True
    before = text[max(0, piece.open - 20) : piece.open].split()
    last = before[-1].lower().rstrip(",") if before else ""
    if last in ("with", "of") and len(before) > 1:
        if last == "of" and before[-2].lower() in _CHANTS:
            return False  # "chants of “Go Team Go”": words a crowd said
        if last == "with":
            last = before[-2].lower()  # "in an interview with “Morning Desk”"
    return last in _TITLE_INTRO or last.endswith(("’s", "'s"))


def find_quotes(doc: Briefing) -> tuple[Quote, ...]:
    """The quotes alone, none attributed: what still shows when attribution fails on a text."""
    turns = find_turns(doc.text, doc.paragraphs)
    pieces, _ = find_pieces(doc.text, doc.paragraphs, {turn.paragraph for turn in turns})
    spans = [(p.start, p.end) for p in without_titles(doc.text, pieces)]
    spans += [(turn.start, turn.end) for turn in turns]
    return tuple(Quote(start, end) for start, end in sorted(spans))
