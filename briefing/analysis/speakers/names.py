"""Gazetteer-free heuristics for names, titles and roles in English news prose.

A *name run* is a sequence of capitalised words ("US Secretary of State Mara Lind"). The
run is split into a role (the leading titles, "US Secretary of State") and a name (the trailing
words, "Mara Lind") with closed word lists of titles and honorifics (``lexicon.roles``), never
with lists of people: the same rules must work on any article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.roles import (
    HONORIFICS,
    ORG_WORDS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
)
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.text.words import Word

_WORD = re.compile(r"[^\W\d_][\w’'\-]*(?:\.(?![A-Z][a-z])[\w’'\-]*)*|\d[\w.\-]*")


@dataclass(frozen=True, slots=True)
class NameParse:
    """A speaker phrase split into the role before the name and the name itself."""

    name: str
    role: str | None
    honorific: str | None


def words_with_offsets(text: str, start: int, end: int) -> list[Word]:
    """Word tokens of ``text[start:end]`` with absolute offsets.

    A trailing period stays on a token only for abbreviations ("Mr.", "U.S.", "J."), so that
    a sentence-final "said." is the word "said".
    """
    # Every cue detector tokenises its window here, thousands of windows in a long report:
    # ``tuple.__new__`` builds the named tuple without the Python frame of ``Word(...)``.
    out: list[Word] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if word[-1] == "." and not is_abbreviation(word):
            word = word.rstrip(".")
            if word:
                at = match.start()
                out.append(_new_word(Word, (at, at + len(word), word)))
            continue
        out.append(_new_word(Word, (*match.span(), word)))
    return out


_new_word = tuple.__new__


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.|(?:[A-Za-z]\.){2,})$")
_KNOWN_ABBR = word_set("speaker_words.txt", "known_abbr")


def is_abbreviation(word: str) -> bool:
    """A word whose final period belongs to the word (an initial, "Mr.", "U.S.")."""
    return word.lower() in _KNOWN_ABBR or bool(_ABBREVIATION.match(word))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def split_role_and_name(words: list[str]) -> NameParse | None:
    """Split "US Secretary of State Mara Lind" into role and name; None if no name.

    The name is what follows the last title word (skipping "of X" after a title, which names
    the office: "Secretary of State"). Honorifics are dropped from the name but remembered.
    """
    honorific = None
    if not words:
        return None
    last_title = -1
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in HONORIFICS:
            last_title = index
            honorific = lower.rstrip(".")
        elif lower in TITLE_WORDS or lower in ROLE_MODIFIERS:
            last_title = index
    if (
        last_title == len(words) - 1
        and last_title > 0
        and words[last_title].lower() not in HONORIFICS
        and gender_of_first_name(words[last_title - 1])
    ):
        # "Howard Dean", "Ann Judge": a given name makes the title word a surname.
        last_title = max(
            (i for i, w in enumerate(words[: last_title - 1]) if w.lower() in TITLE_WORDS),
            default=-1,
        )
    start = last_title + 1
    if start > 0 and start < len(words) and words[start].lower() in ("of", "for"):
        # "Secretary of State Mara Lind": the office runs on; leave two words for the name.
        start += 2
        if start >= len(words):
            return None  # "mayor of Oslo": an office and its place, nobody named
        while len(words) - start > 2 and words[start].lower() not in HONORIFICS:
            start += 1
    name_words = [w for w in words[start:] if w.lower() not in HONORIFICS]
    if not name_words or not any(is_capitalised(w) for w in name_words):
        return None
    role_words = [w for w in words[:start] if w.lower() not in HONORIFICS]
    role = " ".join(role_words) or None
    if role is not None and not any(w.lower() in TITLE_WORDS for w in role_words):
        role = None
    return NameParse(" ".join(name_words), role, honorific)


def looks_like_org(words: list[str]) -> bool:
    return any(w.lower() in ORG_WORDS for w in words)


def slug(text: str) -> str:
    """A stable id from a name: lower-case ASCII-ish words joined by hyphens."""
    cleaned = re.sub(r"[^\w]+", "-", text.lower().replace("’", "").replace("'", ""))
    return cleaned.strip("-_") or "speaker"
