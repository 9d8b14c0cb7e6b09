"""Content words for comparing sentences: lower-cased, stop words dropped, lightly stemmed.

Sentence similarity only needs "the same word" to match across inflections (cancel,
cancelled, cancels), so a few suffix rules with a cache do the job of a full stemmer at a
fraction of its cost; the cache matters because long documents repeat their vocabulary.
"""

from __future__ import annotations

import re

from briefing.analysis.lexicon import word_set
from briefing.analysis.text.letters import narrow_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
# The same tokens where no letter or digit is outside ASCII (:func:`narrow_words`): a range test
# is faster than a Unicode category test.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*")

STOP_WORDS = word_set("text_words.txt", "stop_words")

_CACHE: dict[str, str] = {}
_DOUBLED = re.compile(r"([bdfgklmnprtvz])\1$")


def stem(word: str) -> str:
    """A light English stem of a lower-case word (memoised; long documents repeat words)."""
    cached = _CACHE.get(word)
    if cached is not None:
        return cached
    base = word.replace("’", "'")
    if base.endswith("'s"):
        base = base[:-2]
    base = base.replace("'", "")
    if len(base) > 4:
        if base.endswith("ies"):
            base = base[:-3] + "y"
        elif base.endswith("sses"):
            base = base[:-2]
        elif base.endswith("s") and not base.endswith(("ss", "us", "is")):
            base = base[:-1]
    if len(base) > 4:
        for suffix in ("ingly", "edly", "ing", "ed", "ly", "ment", "ation", "er", "e"):
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                base = base[: -len(suffix)]
                break
        base = _DOUBLED.sub(r"\1", base)
    if len(_CACHE) < 200_000 and not word[:1].isdecimal():  # numbers rarely repeat: not kept
        _CACHE[word] = base
    return base


def words(text: str) -> list[str]:
    """The word and number tokens of ``text``, in order, as written."""
    return (_ASCII_WORD if narrow_words(text) else _WORD).findall(text)


_CONTENT: dict[str, str | None] = {}


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the content words among ``tokens`` (stop words and one-letter words dropped).

    Memoised per token as written, stop words included (as ``None``): one dictionary look-up
    per word is what keeps a 1.6 MB document fast.
    """
    out = []
    for token in tokens:
        if token in _CONTENT:
            term = _CONTENT[token]
        else:
            lower = token.lower()
            term = stem(lower) if len(lower) > 1 and lower not in STOP_WORDS else None
            if len(_CONTENT) < 200_000 and not token[0].isdecimal():
                # A number rarely repeats: memoised, 50,000 quoted numbers held 10 MB.
                _CONTENT[token] = term
        if term is not None:
            out.append(term)
    return out
