"""Direct quotes and their speakers.

The engine works paragraph by paragraph, in one linear pass over the text:

1. pair the quotation marks of each prose paragraph (``quotes.marks``); a paragraph that ends
   inside an open quote continues into the next paragraph when that one opens with a quote
   mark (each paragraph's piece is its own :class:`Quote`, all pieces share one speaker, so no
   span ever crosses a paragraph break); otherwise the open quote stops at the paragraph end;
   marks around a form label (a letter, an item code, a number: “K”, “F 3”) hold no quote;
2. drop titles (Title-Case words introduced as titles are: "on “Face the Nation”"); scare
   quotes stay, unattributed unless a cue says who used the words, because the annotated news
   data counts such partial quotes as quotes far more often than not;
3. cut the paragraph into sentences *around* the quotes (a general sentence splitter cuts
   inside quotes, so the engine keeps its own quote-aware cut and does not depend on
   ``Briefing.sentences`` being perfect);
4. attribute each quote by the strongest evidence, in this order: a reporting cue next to it
   in its own sentence (an "according to X" anywhere in that sentence outranks its verbs:
   news credits the whole sentence to that source); another quote of the same sentence that
   has one; a cue in the sentence before or after (there a weak verb such as "continued" is
   no cue, and a lower-case phrase without article or name is nobody); the previous piece of a
   multi-paragraph quote; for a paragraph that opens with a quote, a dash credit line, else
   the previous paragraph's speaker or its closing ``X said:`` / ``X continued:``; for a
   partial quote inside a sentence without a reporting verb ("X blamed the law on “careless
   politicians”"), the sentence's subject if that is a name or a pronoun and a predicate
   follows it (a heading such as "REMINDER on PART “K”" has none). With no evidence the
   speaker stays ``None``. German, French and Spanish text is read with the cues of its own
   language instead (``cues.de_fr_es``); text in other languages gets its quotes but
   no guessed speakers;
5. resolve speaker phrases to entities (``speakers.resolver``).

Transcripts (paragraphs opening with speaker labels such as ``MS. LEE:`` or ``Q``) are read
turn by turn instead: every paragraph of a turn is one quote attributed to the label. Words in
quotation marks inside a turn stay part of it unless the turn's own words credit them to
someone else ("I have a statement from Ann Berg: “…”"): then they are a quote of that person's
and the turn is cut around them (``attribution.turn_quotes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from heapq import merge

from briefing.analysis.attribution import choose, speaker_model
from briefing.analysis.attribution.candidates import NOBODY, Candidate
from briefing.analysis.attribution.evidence import (
    attribute,
)
from briefing.analysis.attribution.sites import speaker_candidates as ranked_candidates
from briefing.analysis.attribution.turn_quotes import (
    pieces_in_turns,
    quoted_in_turns,
    without_labels,
)
from briefing.analysis.cues.cue import Cue
from briefing.analysis.cues.de_fr_es import attribute_quotes
from briefing.analysis.quotes.spans import (
    Piece,
    find_pieces,
    is_nickname,
    without_nickname_marks,
    without_titles,
)
from briefing.analysis.quotes.turns import carve, find_turns
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.analysis.text.language import (
    language_of,
    reads_as_english,
)
from briefing.analysis.text.span_list import SpanList
from briefing.model import BlockKind, Briefing, Quote, Span, Speaker


def find_quotes_and_speakers(
    doc: Briefing, *, rank: bool = True
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Every direct quote in the body, each linked to a resolved speaker when there is evidence.

    ``rank`` lets the fitted ranker choose each speaker among candidates (off: the cue engine's
    choice alone, the baseline the benchmarks compare with)."""
    found = _engine(doc)
    pieces, resolver = found.pieces, found.resolver
    cues: list[Span | None] = [
        Span(p.cue.cue_start, p.cue.cue_end) if p.cue else None for p in pieces
    ]
    confidence: list[float | None] = [None] * len(pieces)
    if rank and found.ranked:
        # Choose for every piece first, keeping only the choice (candidates are made one piece
        # at a time and dropped), then apply: adopting changes what later candidates would see.
        model = speaker_model()
        choices = []
        for index, options in enumerate(_candidates(doc, found)):
            best, confidence[index] = choose(model, options)
            choices.append((options[best].key, options[best].mention))
        for index, (piece, (key, mention)) in enumerate(zip(pieces, choices, strict=True)):
            if key == (piece.key or NOBODY):
                continue
            if mention is not None:
                piece.key = resolver.adopt(mention)
                cues[index] = Span(mention.start, mention.end)
            else:
                piece.key = key or None
                cues[index] = None
    quotes = [
        (p.start, p.end, p.key, cue, sure)
        for p, cue, sure in zip(pieces, cues, confidence, strict=True)
    ]
    speaker_of_label: dict[int, str] = {}
    for turn in found.turns:
        if turn.label_start not in speaker_of_label:
            speaker_of_label[turn.label_start] = resolver.label(
                turn.label, turn.label_start, turn.label_end
            )
    quoted = quoted_in_turns(doc.text, found.in_turns, found.turns, speaker_of_label, resolver)
    for piece, key in quoted:
        cue = Span(piece.cue.cue_start, piece.cue.cue_end) if piece.cue else None
        quotes.append((piece.start, piece.end, key, cue, None))
    for turn in carve(doc.text, found.turns, [(p.open, p.close) for p, _ in quoted]):
        key = speaker_of_label[turn.label_start]
        quotes.append((turn.start, turn.end, key, Span(turn.label_start, turn.label_end), None))
    quotes.sort(key=lambda q: (q[0], q[1]))
    speakers, ids = resolver.speakers({q[2] for q in quotes if q[2] is not None})
    return (
        tuple(
            Quote(start, end, ids.get(key) if key else None, cue, sure)
            for start, end, key, cue, sure in quotes
        ),
        speakers,
    )


def speaker_candidates(doc: Briefing) -> list[tuple[Span, list[Candidate]]]:
    """Each English prose quote (its words' span) with the candidates the ranker weighs, as
    the cue engine leaves them: what the trainer labels and fits."""
    found = _engine(doc)
    if not found.ranked:
        return []
    return [
        (Span(p.start, p.end), options)
        for p, options in zip(found.pieces, _candidates(doc, found), strict=True)
    ]


@dataclass(slots=True)
class _Found:
    """The cue engine's result for one document, before the ranker."""

    pieces: list[Piece]
    sentences: dict[int, list[tuple[int, int]]]
    resolver: SpeakerResolver
    turns: list
    ranked: bool  # English prose: the ranker's features are English
    in_turns: list[Piece]  # quotes inside transcript turns, with the cue engine's evidence


def _candidates(doc: Briefing, found: _Found) -> Iterator[list[Candidate]]:
    return ranked_candidates(
        doc.text, found.pieces, found.sentences, doc.paragraphs, found.resolver
    )


def _engine(doc: Briefing) -> _Found:
    """Quotes and the cue engine's speaker keys (rules in the order of the module docstring)."""
    text = doc.text
    turns = find_turns(text, doc.paragraphs)
    turn_paragraphs = {t.paragraph for t in turns}
    pieces, sentences = find_pieces(text, doc.paragraphs, turn_paragraphs)
    in_turns, turn_sentences = pieces_in_turns(text, doc.paragraphs, turns)
    # Names inside any quoted words (titles too) are never antecedents of "he" or "she".
    # Titles go first, so that "X appeared on “Show” and said …" reads as one cue.
    nicknames = [p for p in pieces + in_turns if p.continues is None and is_nickname(text, p)]
    resolver = SpeakerResolver(
        text,
        doc.curated.speakers,
        SpanList(merge(((p.open, p.close) for p in pieces), ((p.open, p.close) for p in in_turns))),
        title=doc.title,
        nicknames=sorted((p.open, p.close) for p in nicknames),
        headings=SpanList((p.start, p.end) for p in doc.paragraphs if p.kind == BlockKind.HEADING),
    )
    pieces = without_titles(text, pieces)
    in_turns = without_titles(text, in_turns)
    language = language_of(text, doc.meta.language)
    english = language is None and reads_as_english(text, doc.meta.language)
    if language is not None:
        _attribute_other_language(text, pieces, sentences, language, resolver)
    elif english:
        cue_text = without_nickname_marks(text, nicknames)
        attribute(cue_text, pieces, sentences, doc.paragraphs)
        if in_turns:
            attribute(without_labels(cue_text, turns), in_turns, turn_sentences, doc.paragraphs)
    for piece in pieces:
        if piece.cue is not None and piece.key is None:
            role = None
            if piece.cue.role_start is not None and piece.cue.role_end is not None:
                role = (piece.cue.role_start, piece.cue.role_end)
            piece.key = resolver.resolve(
                piece.cue.phrase_start, piece.cue.phrase_end, role, named_only=piece.subject_only
            )
    for piece in pieces:
        if piece.key is None and piece.source is not None:
            piece.key = _key_of(pieces, piece.source)
    return _Found(
        pieces,
        sentences,
        resolver,
        turns,
        english and not doc.curated.speakers,
        in_turns if english else [],
    )


def _attribute_other_language(text, pieces, sentences, language: str, resolver) -> None:
    """German, French and Spanish: that language's cues in the quote's own sentence."""
    spans = [
        None if p.continues is not None else (p.open, p.close, *sentences[p.paragraph][p.sentence])
        for p in pieces
    ]
    for piece, found in zip(pieces, attribute_quotes(text, language, spans), strict=True):
        if isinstance(found, int):
            piece.source = found
        elif found is not None:
            piece.cue = Cue(found.phrase_start, found.phrase_end, found.cue_start, found.cue_end)
            piece.key = resolver.named(
                found.name,
                found.role,
                found.phrase_start,
                found.phrase_end,
                found.person,
                found.pronoun,
            )


def _key_of(pieces: list[Piece], index: int) -> str | None:
    """Follow a chain of shared speakers to its first resolved piece (chains point backwards
    or to a piece of the same sentence, so this ends)."""
    seen = set()
    while index is not None and index not in seen:
        seen.add(index)
        piece = pieces[index]
        if piece.key is not None:
            return piece.key
        index = piece.source
    return None
