"""The German, French and Spanish cue reader's tokens and records: word tokens with their
offsets, the people a text names, and the attribution found for a quote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.lexicon import word_set
from briefing.analysis.text.words import Word

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚĞŁŃŇŐŒŘŚŞŠŢŤŰŹŻŽ"


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*\.?|\d[\w.,]*|[,;:.!?()\[\]—–]")


_ABBREVIATIONS = word_set("cue_words.txt", "de_fr_es_abbreviations")


PUNCTUATION = frozenset(",;:.!?()[]—–")


CLAUSE_END = frozenset(".!?;:()[]")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found by a cue: the name (or group phrase) and role as the text gives them."""

    name: str
    role: str | None
    person: bool
    phrase_start: int  # the speaker phrase as written ("sie", "die Regierung")
    phrase_end: int
    cue_start: int  # the whole cue ("sagte sie", "so die Regierung")
    cue_end: int
    pronoun: bool = False


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    name: str
    gender: str
    role: str | None  # the noun phrase right before the name ("der Student", "la ministre")


def word_tokens(text: str, start: int, end: int) -> list[Word]:
    """Words and punctuation marks of ``text[start:end]`` with absolute offsets; a final
    period splits off as a token of its own except after an abbreviation ("Dr.", "M.")."""
    out: list[Word] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        word = match.group()
        if len(word) > 1 and word.endswith(".") and word not in _ABBREVIATIONS:
            out.append(Word(s, e - 1, word[:-1]))
            out.append(Word(e - 1, e, "."))
        else:
            out.append(Word(s, e, word))
    return out


def capitalised(word: str) -> bool:
    return word[:1].isupper()
