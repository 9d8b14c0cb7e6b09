"""From the cue engine's quotes to the ranker's sites and candidates (one pass, in order)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Protocol

from briefing.analysis.attribution.candidates import (
    Candidate,
    Document,
    Site,
    candidates_for,
    inside_quotes,
)
from briefing.analysis.lexicon import word_set
from briefing.analysis.speakers.mentions import NameMention
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.model import Paragraph

_PRONOUN_GENDER = {"he": "m", "she": "f"}
_PLURAL = word_set("attribution_words.txt", "plural")
# How far from its quote a name may stand to be a candidate: a news paragraph and the one
# before fit easily; a report's page-long paragraph would make every name of it a candidate.
_REACH_BEFORE = 800
_REACH_AFTER = 400


class _Cue(Protocol):
    phrase_start: int
    phrase_end: int


class _Piece(Protocol):
    """What the ranker reads of the engine's quote records (``quotes._Piece``)."""

    start: int
    end: int
    open: int
    close: int
    paragraph: int
    sentence: int
    cue: _Cue | None
    key: str | None
    via: str


def speaker_candidates(
    text: str,
    pieces: list[_Piece],
    sentences: dict[int, list[tuple[int, int]]],
    paragraphs: tuple[Paragraph, ...],
    resolver: SpeakerResolver,
) -> Iterator[list[Candidate]]:
    """Each piece's candidates, in the order of ``pieces`` (text order), one piece at a time:
    a long document's candidates with their feature dicts would otherwise all be alive at once
    (the attribution stage's peak). Callers must not change ``pieces`` while iterating."""
    opens = [p.open for p in pieces]
    closes = [p.close for p in pieces]
    document = Document(
        resolver.name_of,
        resolver.gender_of,
        frozenset(p.key for p in pieces if p.key is not None),
        sum(p.key is None for p in pieces) / len(pieces) if pieces else 0.0,
    )
    # Every name outside quotes, read once: the counts over the whole text need them all, and
    # each quote's window is then a slice of them (no second walk over the runs per quote).
    outside = resolver.name_mentions(0, len(text), skip=inside_quotes(opens, closes))
    starts = [mention.start for mention in outside]
    _count_names(outside, document)
    previous: str | None = None
    for piece in pieces:
        site = _site(text, piece, sentences, paragraphs, previous)
        lo = max(site.window_start, piece.open - _REACH_BEFORE)
        hi = min(site.paragraph_end, piece.close + _REACH_AFTER)
        mentions = outside[bisect_left(starts, lo) : bisect_left(starts, hi)]
        # A "NAME:" label opening the quoted words is a candidate though inside the marks.
        mentions += [
            m
            for m in resolver.name_mentions(piece.start, piece.start + 1)
            if text[m.end : m.end + 1] == ":"
        ]
        yield candidates_for(text, site, mentions, document)
        if piece.key is not None:
            document.quoted_before[piece.key] = document.quoted_before.get(piece.key, 0) + 1
        previous = piece.key


def _count_names(outside: list[NameMention], document: Document) -> None:
    """How often each entity is named outside quotes in the whole text (``outside``: those
    names, in text order), and the person named most (ties: the one named first)."""
    best = 0
    for mention in outside:
        count = document.named[mention.key] = document.named.get(mention.key, 0) + 1
        if mention.gender and count > best:
            best, document.most_named = count, mention.key


def _site(
    text: str,
    piece: _Piece,
    sentences: dict[int, list[tuple[int, int]]],
    paragraphs: tuple[Paragraph, ...],
    previous: str | None,
) -> Site:
    paragraph = paragraphs[piece.paragraph]
    window = paragraphs[piece.paragraph - 1].start if piece.paragraph else paragraph.start
    s_start, s_end = sentences[piece.paragraph][piece.sentence]
    pronoun = ""
    plural = False
    if piece.cue is not None:
        phrase = text[piece.cue.phrase_start : piece.cue.phrase_end].strip().lower()
        pronoun = _PRONOUN_GENDER.get(phrase, "")
        plural = phrase in _PLURAL
    return Site(
        open=piece.open,
        close=piece.close,
        paragraph_start=paragraph.start,
        paragraph_end=paragraph.end,
        window_start=window,
        sentence_start=s_start,
        sentence_end=s_end,
        via=piece.via,
        engine=piece.key,
        previous=previous,
        pronoun_gender=pronoun,
        words=len(text[piece.start : piece.end].split()),
        words_start=piece.start,
        plural_cue=plural,
    )
