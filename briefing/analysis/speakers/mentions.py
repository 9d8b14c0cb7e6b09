"""The resolver's records: name runs found in the text, entities, the name mentions the ranker
weighs, and gender tallies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.model import Span

# A name's "he"/"she" votes: their positions in order, and how many of the first k are "he".
Tally = tuple[list[int], list[int]]


def tally(votes: str | list[tuple[int, int]]) -> str | Tally:
    """Votes as sorted positions with running counts of "he", so counting those before an
    offset is a bisection; a decided gender ("m"/"f") stays as it is."""
    if isinstance(votes, str):
        return votes
    ordered = sorted(votes)
    males = [0]
    for _, sign in ordered:
        males.append(males[-1] + (sign > 0))
    return [position for position, _ in ordered], males


@dataclass(slots=True)
class Run:
    """A capitalised name run found in the text, split into role and name."""

    start: int
    end: int
    name: str
    role: str | None
    gender: str  # "m", "f" or "" from honorifics and gendered titles
    person: bool


class NameMention(NamedTuple):
    """A name in the text as a candidate speaker: where, which entity, gender, person.

    A named tuple rather than a frozen dataclass: the resolver makes one for every name of a
    document outside quotes (some ten thousand in a long report), and a frozen dataclass
    costs about 0.7 µs to build, a named tuple about 0.2 µs. Both are immutable and hashable.
    """

    start: int
    end: int
    key: str
    name: str
    gender: str
    person: bool

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(slots=True)
class Entity:
    key: str
    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    curated: bool = False
    speaker_id: str = ""
    person: bool = True
