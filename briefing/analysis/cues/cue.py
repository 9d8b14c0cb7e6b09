"""A reporting cue: where the speaker phrase and the cue words are, as written."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """Evidence for a speaker: where the speaker phrase is, and the whole cue (phrase + verb)."""

    phrase_start: int
    phrase_end: int
    cue_start: int
    cue_end: int
    role_start: int | None = None  # an appositive role seen at the cue ("Berg, the nominee,")
    role_end: int | None = None
