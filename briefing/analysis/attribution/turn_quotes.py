"""Other people's words quoted inside a transcript's turns.

A briefer reads out a statement ("I have a statement from Ann Berg: “…”"), a reporter quotes the
governor back to the podium ("As Governor Ruiz said on Monday, “…”"). Those words are a quote of
their own, credited to the person the turn names, and the turn is cut around them, so quotes
still never overlap (``quotes.turns.carve``). Only a cue in the words of the same turn, naming
someone other than the turn's speaker, takes words out of a turn: a pronoun ("he said": in a
briefing room "he" is whoever the last question was about), a first-person cue ("as I said")
and marks with no cue (scare quotes, titles) leave the words in the turn.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.lexicon.function_words import PRONOUNS
from briefing.analysis.quotes.spans import Piece, blanked, find_pieces
from briefing.analysis.quotes.turns import Turn, turn_holding
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.analysis.text.span_list import SpanList
from briefing.model import Paragraph


def pieces_in_turns(
    text: str, paragraphs: Sequence[Paragraph], turns: Sequence[Turn]
) -> tuple[list[Piece], dict[int, SpanList]]:
    """The quote pieces of the turns' paragraphs, with those paragraphs' sentences (empty when
    the text has no turns)."""
    if not turns:
        return [], {}
    inside = {turn.paragraph for turn in turns}
    return find_pieces(text, paragraphs, set(range(len(paragraphs))) - inside)


def without_labels(text: str, turns: Sequence[Turn]) -> str:
    """The text with the turns' labels blanked (same offsets), so that the cue engine reads
    "MS. LEE: I have a statement from Ann Berg: “…”" from "I", not from the label."""
    first: dict[int, int] = {}
    for turn in turns:
        first.setdefault(turn.label_start, turn.start)
    return blanked(text, list(first.items()))


def quoted_in_turns(
    text: str,
    pieces: list[Piece],
    turns: Sequence[Turn],
    speaker_of_label: dict[int, str],
    resolver: SpeakerResolver,
) -> list[tuple[Piece, str]]:
    """The pieces (attributed by the cue engine) that are someone else's words, each with the
    key of its speaker. ``speaker_of_label`` maps a turn's label start to the turn speaker's
    key."""
    starts = [turn.start for turn in turns]
    keys: dict[int, str | None] = {}  # cued piece -> its speaker's key (resolved once)
    out: list[tuple[Piece, str]] = []
    for index, piece in enumerate(pieces):
        turn = turn_holding(turns, starts, piece.open, piece.end)
        cued = _cued(pieces, index)
        if turn is None or cued is None:
            continue
        if cued not in keys:
            keys[cued] = _speaker(text, pieces[cued], turn, turns, starts, resolver)
        key = keys[cued]
        if key is not None and key != speaker_of_label[turn.label_start]:
            out.append((piece, key))
    return out


def _speaker(
    text: str,
    piece: Piece,
    turn: Turn,
    turns: Sequence[Turn],
    starts: list[int],
    resolver: SpeakerResolver,
) -> str | None:
    """Who the cue of ``piece`` names, if the cue is in the words of ``turn``'s speaker and
    names someone rather than pointing at them with a pronoun."""
    cue = piece.cue
    assert cue is not None
    said_by = turn_holding(turns, starts, cue.phrase_start, cue.phrase_end)
    words = text[cue.phrase_start : cue.phrase_end].split()
    if said_by is None or said_by.label_start != turn.label_start or not words:
        return None
    if words[0].lower() in PRONOUNS:
        return None
    role = None
    if cue.role_start is not None and cue.role_end is not None:
        role = (cue.role_start, cue.role_end)
    return resolver.resolve(cue.phrase_start, cue.phrase_end, role, named_only=piece.subject_only)


def _cued(pieces: list[Piece], index: int) -> int | None:
    """The piece whose cue gives ``pieces[index]`` its speaker: itself, or the first piece with
    a cue down the chain of shared speakers, followed only where the words are surely the same
    person's (another quote of the sentence, the same quote run on into the next paragraph).
    A quote in the sentence before ("the senator ``…'' We would call that ``…''") or a
    paragraph that opens with a quote tells who speaks in a news story, not in a turn, where
    the speaker goes on in their own words."""
    seen = set()
    current: int | None = index
    while current is not None and current not in seen:
        seen.add(current)
        piece = pieces[current]
        if piece.cue is not None:
            return current
        if piece.via not in _SAME_WORDS:
            return None
        current = piece.source
    return None


_SAME_WORDS = frozenset({"sentence", "continues"})
