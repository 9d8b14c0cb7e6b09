"""Sentence splitting for prose paragraphs: one regex pass, a few word checks per candidate.

A candidate boundary is end punctuation (``.``, ``?``, ``!``, ``…``), any closing quote marks or
brackets (English, German „…“ and French «…» alike), then white space. It is a boundary only when
the next word opens a sentence (a capital, a digit, an opening quote) and the word before the
dot is not an abbreviation, an initial or a list number. ``?``/``!`` inside quotes followed by
a lower-case attribution (``"Why?" he asked.``) therefore stays one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import BlockKind, Paragraph, Sentence

# Closing marks (French puts a space before »), and a footnote's asterisk or dagger ("end.* Next").
_CLOSERS = r"(?:[ \u00a0]?[»›])?[\"'”’“»›)\]*†‡]*"
# End punctuation, ellipses included, matched from the start of its run (linear time). The
# run's first mark comes first and the look-behind after it, so the regex engine can scan for
# the marks instead of trying the look-behind at every position. Scanning for a single
# character is several times quicker still, so paragraphs without "!", "?" or "…" (most of
# them) use the full-stop-only pattern, which finds the same candidates there.
_CANDIDATE = re.compile(rf"([.!?…](?<![.!?…][.!?…])[.!?…]*{_CLOSERS})\s+")
_FULL_STOP_CANDIDATE = re.compile(rf"(\.(?<!\.\.)\.*{_CLOSERS})\s+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPENERS = "\"'“‘„«‹([¿¡"
# Titles and abbreviations that never end a sentence before a name or a word.
_TITLES = _words(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep del rev hon st mt fr pres "
    "supt det insp messrs mme mlle sra sr jr hr herr frau nr bzw vgl ca ggf v vs"
)
# Abbreviations that stand before a number: "No. 5", "Jan. 6", "Art. 12".
_BEFORE_NUMBER = _words(
    "no nos vol vols pp p art arts sec ch fig figs para jan feb mar apr jun jul aug sep sept "
    "oct nov dec"
)
# Abbreviations that may also end a sentence: they end one only before a typical sentence opener.
_LONGEST_BEFORE_NUMBER = max(map(len, _BEFORE_NUMBER))
_MAY_END = _words(
    "e.g i.e cf vs etc al approx dept est inc corp co ltd bros a.m p.m ph.d u.s u.k u.n d.c"
)
_OPENING_WORDS = _words(
    "the a an he she it they we i you this that these those there his her its their our my "
    "but and so yet in on at as for if when while after before however meanwhile then also "
    "what who why how no not one some many most all each both"
)
_MONTH_WORDS = _words(
    "january february march april may june july august september october november december "
    "januar februar märz juni juli oktober dezember janvier février mars avril mai juin "
    "juillet août septembre octobre novembre décembre"
)
_FOOTNOTE = re.compile(r"(?:\d{1,3}|\[\d{1,3}\])$")
_SPECIAL = _TITLES | _BEFORE_NUMBER | _MAY_END
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_ROMAN = re.compile(r"^[IVXLC]{1,5}$")
PROSE = frozenset({BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE})


def _opens_sentence(word: str) -> bool:
    """Whether ``word`` can begin a sentence: a capital or digit, perhaps after opening marks."""
    stripped = word.lstrip(_OPENERS)
    if not stripped:
        return bool(word)
    first = stripped[0]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _next_word(text: str, stop: int) -> str:
    next_space = text.find(" ", stop, stop + 40)
    return text[stop : next_space if next_space != -1 else stop + 40]


def _is_boundary(text: str, end: int, stop: int, sentence_start: int) -> bool:
    """Whether the candidate whose punctuation starts at ``end`` and whose white space stops at
    ``stop`` ends a sentence (``sentence_start``: where the current sentence began).

    Most candidates are an ordinary word, a full stop and a capital: those are decided with as
    few string operations as possible; the word lists are consulted only for the rest.
    """
    first = text[stop]
    if not (first.isupper() or first.isdigit()) and not _opens_sentence(_next_word(text, stop)):
        return False
    if text[end] != "." or text.startswith("..", end):
        return True
    space = text.rfind(" ", sentence_start, end)
    word_start = space + 1 if space != -1 else sentence_start
    bare = text[word_start:end].lstrip(_OPENERS)
    if not bare:
        return True
    key = bare.lower()
    ordinary = key not in _SPECIAL and len(bare) > 1 and not bare[-1].isdigit() and "." not in bare
    if ordinary and not (bare.isupper() and _ROMAN.match(bare)):
        return True  # an ordinary word: the common case, decided quickly
    next_bare = _next_word(text, stop).lstrip(_OPENERS)
    next_key = next_bare.lower().rstrip(".,;:!?")
    if key in _TITLES:
        return False
    if key in _BEFORE_NUMBER and next_bare[:1].isdigit():
        return False
    if key in _MAY_END or _ACRONYM.match(bare):
        return next_key in _OPENING_WORDS
    if len(bare) == 1 and bare.isupper():
        # An initial ("George W. Bush", "J. R. R. Tolkien") unless a word that typically opens
        # a sentence follows it: "Plan B. Then it ended." (but "A. A. Milne": another initial).
        return next_key in _OPENING_WORDS and not next_bare.endswith(".")
    if bare.isdigit() or _ROMAN.match(bare):
        if word_start == sentence_start:
            return False  # a list number: "1. Item", "IV. Findings"
        if len(bare) <= 2 and next_key in _MONTH_WORDS:
            return False  # a German/French date: "am 3. April"
    return True


def before_number(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation that stands before a number
    ("Sept. 16", "Nov. 8", "No. 5"): a date or a reference, never the end of a sentence."""
    lo = max(0, dot - _LONGEST_BEFORE_NUMBER - 2)
    word = text[max(lo, text.rfind(" ", lo, dot) + 1) : dot].lstrip(_OPENERS).lower()
    if word not in _BEFORE_NUMBER:
        return False
    after = dot + 1
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    return text[after : after + 1].isdigit()


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    find = text.find
    if find("?", start, end) == -1 and find("!", start, end) == -1 and find("…", start, end) == -1:
        candidates = _FULL_STOP_CANDIDATE
    else:
        candidates = _CANDIDATE
    for match in candidates.finditer(text, start, end):
        stop = match.end()
        if stop >= end or text[stop].islower():
            continue
        if _is_boundary(text, match.start(), stop, sentence_start):
            spans.append((sentence_start, match.end(1)))
            sentence_start = stop
    while sentence_start < end and text[sentence_start].isspace():
        sentence_start += 1
    tail = end
    while tail > sentence_start and text[tail - 1].isspace():
        tail -= 1
    if tail > sentence_start:
        spans.append((sentence_start, tail))
    if len(spans) > 1 and _FOOTNOTE.match(text, spans[-1][0], spans[-1][1]):
        spans[-2:] = [(spans[-2][0], spans[-1][1])]  # "... affairs. 4": a footnote number
    return spans


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Every sentence of the prose paragraphs (text, bullets, block quotes), in order."""
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind not in PROSE:
            continue
        for start, stop in split_paragraph(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(start, stop, index))
    return tuple(sentences)
