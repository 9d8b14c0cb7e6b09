"""What the fitted scorer knows about each candidate: signals computable in linear time.

Every feature is a number with a fixed name (the names are the columns of the shipped weights,
checked at load time). Counts are capped so a 1,000-page report and a 500-word article live on
the same scale; positions come both raw (the lede is sentence 0 wherever it is) and relative.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

from briefing.analysis.centrality import (
    PackedTerms,
    UnitVectors,
    degree_centrality,
    overlap_degree,
    similarity,
    unit_vectors,
)
from briefing.analysis.keypoints.boilerplate import has_any
from briefing.analysis.keypoints.candidates import Candidate
from briefing.analysis.lexicon import word_set
from briefing.analysis.text.letters import letters_and_capitals
from briefing.analysis.text.tokens import content_stems, words
from briefing.model import Briefing

FEATURES = (
    "index",  # position among the candidates, capped
    "relative_position",  # 0 at the first candidate, 1 at the last
    "paragraph_rank",  # which paragraph (among those with candidates), capped
    "in_paragraph",  # position inside its paragraph, capped
    "in_section",  # position inside its section (0: the section's lede), capped
    "section_rank",  # which headed section (a transcript's turns count none), capped
    "words",  # word count, capped
    "centrality",  # summed similarity to every other candidate, over the document's largest
    "centrality_rank",  # share of candidates with a higher centrality
    "overlap",  # TextRank's centrality (word overlap over log lengths), over the largest
    "title",  # similarity to the document's title
    "heading",  # similarity to the heading of its section
    "numbers",  # tokens that are numbers, capped
    "names",  # capitalised words after the first, over the word count
    "recurring_names",  # capitalised words the rest of the document repeats, capped
    "quoted",  # share of the sentence inside quotation
    "attribution",  # a reporting verb ("said", "told")
    "question",  # ends with a question mark
    "courtesy",  # greetings and thanks
    "dangling",  # opens by leaning on what came before ("He", "But", "This")
    "no_end",  # no sentence-final punctuation
    "capitals",  # share of capital letters
    "parenthesis",  # share inside brackets
    "candidates",  # log of the number of candidates in the document
    "paragraphs",  # log of the number of paragraphs that hold candidates
)
_CAP = 20
# Both open with the character they need (a space, a capital) rather than a lookbehind, so the
# search skips to it: the counts and the words found are the same.
_CAPITALISED = re.compile(r"\s[\"'“‘(]?[A-Z]")
_CAPITALISED_WORD = re.compile(r"[A-Z](?<=\s[A-Z])[\w'’-]+")
# A reporting verb's words: also looked for as substrings before the search (most sentences of
# a report hold none, and the search, which opens with a word boundary, tries every character).
_ATTRIBUTION_WORDS = (
    "said",
    "says",
    "told",
    "added",
    "according to",
    "stated",
    "explained",
    "announced",
    "insisted",
    "warned",
)
_ATTRIBUTION = re.compile(rf"\b(?:{'|'.join(_ATTRIBUTION_WORDS)})\b")
# Searched in the lower-cased sentence (a case-blind search is twice as slow), each match
# checked for a word's start (a leading ``\b`` stops the search skipping ahead).
_COURTESY = re.compile(
    r"(?:thank you|thanks(?: so much| again)?|good (?:morning|afternoon|evening)|welcome|"
    r"(?:get|got) started|for joining|special guest|hello,? everyone)\b"
)
# What a match of ``_COURTESY`` holds one of: most sentences hold none, and the substring tests
# cost a fraction of the search (as the boilerplate gate's seeds do).
_COURTESY_SEEDS = ("thank", "good ", "welcome", "started", "for joining", "special guest", "hello")
_DANGLING = word_set("keypoint_words.txt", "dangling")
_OPEN_QUOTES = "\"“‘'«„"
_QUOTE_PAIR = re.compile(r"[\"“„«]([^\"”“«»]*)[\"”»]")
_PARENTHESIS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


class FeatureRows(Sequence[list[float]]):
    """The feature rows packed in one array of doubles, a row built as a list per look-up.

    A list of 25 float objects per candidate was the largest part of the key points' peak
    memory (about 800 bytes a sentence, 9x a 5 MB input); packed, a row costs 200 bytes. The
    values are the same numbers (small integer features become equal floats, which the fitted
    models read as floats anyway)."""

    def __init__(self, width: int) -> None:
        self.width = width
        self._values = array("d")

    def append(self, row: Sequence[float]) -> None:
        """Add one row of ``width`` values."""
        self._values.extend(row)

    def __len__(self) -> int:
        return len(self._values) // self.width

    @overload
    def __getitem__(self, index: int) -> list[float]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[float]]: ...
    def __getitem__(self, index: int | slice) -> list[float] | list[list[float]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._values[index * self.width : (index + 1) * self.width].tolist()

    def __iter__(self) -> Iterator[list[float]]:
        return (self[i] for i in range(len(self)))


def feature_rows(doc: Briefing, candidates: Sequence[Candidate]) -> tuple[FeatureRows, UnitVectors]:
    """One row per candidate, columns in :data:`FEATURES` order, and each one's unit term
    vector (what the redundancy control compares)."""
    rows, vectors = streamed_rows(doc, candidates)
    packed = FeatureRows(len(FEATURES))
    for row in rows:
        packed.append(row)
    return packed, vectors


def streamed_rows(
    doc: Briefing, candidates: Sequence[Candidate]
) -> tuple[Iterator[list[float]], UnitVectors]:
    """The rows of :func:`feature_rows`, each made when it is asked for, and the vectors.

    A scorer that reads each row once never holds them all (200 bytes a candidate even packed).
    Nothing per candidate is held as Python objects either: terms and names are packed as
    integer ids (:func:`_packed_signals`), and each candidate's text and tokens are made again
    when its row is built."""
    text = doc.text
    overlap, vectors, titles, recurring, tokens = _packed_signals(doc, candidates)
    most = max(overlap, default=0.0) or 1.0
    centrality = degree_centrality(vectors)
    top = max(centrality, default=0.0) or 1.0
    order = sorted(range(len(centrality)), key=lambda i: -centrality[i])
    rank = array("d", bytes(8 * len(order)))
    for position, i in enumerate(order):
        rank[i] = position / max(1, len(order) - 1)
    del order
    quoted = array("d", _quote_coverage(doc, candidates))
    size = math.log1p(len(candidates))
    paragraphs = math.log1p(candidates[-1].paragraph_rank + 1) if candidates else 0.0
    last = max(1, len(candidates) - 1)
    # The title's and headings' vectors, looked up once rather than once a row; None for a
    # section without a heading line.
    title, lines = titles[0], iter(titles[1:])
    headings = [next(lines) if _has_line(doc, k) else None for k in range(len(doc.sections))]

    def rows() -> Iterator[list[float]]:
        for k, (c, vector) in enumerate(zip(candidates, vectors, strict=True)):
            body = text[c.start : c.end]
            count = max(1, tokens.count[k])
            letters, capitals = letters_and_capitals(body)
            yield [
                min(k, _CAP),
                k / last,
                min(c.paragraph_rank, _CAP),
                min(c.in_paragraph, _CAP),
                min(c.in_section, _CAP),
                min(c.section_rank, _CAP),
                min(tokens.count[k], 80),
                centrality[k] / top,
                rank[k],
                overlap[k] / most,
                similarity(vector, title),
                similarity(vector, heading) if (heading := headings[c.section]) is not None else 0,
                tokens.numbers[k],
                len(_CAPITALISED.findall(body)) / count,
                recurring[k],
                quoted[k],
                float(has_any(body, _ATTRIBUTION_WORDS) and _ATTRIBUTION.search(body) is not None),
                float(body.rstrip("\"'”’)] ").endswith("?")),
                float(_courtesy(body)),
                float(tokens.dangling[k]),
                float(_END.search(body) is None),
                capitals / (letters or 1),
                _parenthesis(body),
                size,
                paragraphs,
            ]

    return rows(), vectors


class _TokenCounts:
    """What the rows need of each candidate's words, counted in the one pass that splits them
    into words (a byte or two per candidate, not the words themselves)."""

    def __init__(self) -> None:
        self.count = array("i")  # words
        self.numbers = array("b")  # words opening with a digit, at most 5
        self.dangling = array("b")  # opens by leaning on what came before

    def add(self, body: str, toks: Sequence[str]) -> None:
        self.count.append(len(toks))
        self.numbers.append(min(sum(1 for t in toks if t[0].isdecimal()), 5))
        self.dangling.append(
            bool(toks) and toks[0].lower() in _DANGLING and body[:1] not in _OPEN_QUOTES
        )


def _courtesy(body: str) -> bool:
    """Greetings and thanks: a match of ``_COURTESY`` that starts a word."""
    low = body.lower()
    if not has_any(low, _COURTESY_SEEDS):
        return False
    for match in _COURTESY.finditer(low):
        at = match.start()
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
            return True
    return False


def _parenthesis(body: str) -> float:
    """Share of ``body`` inside brackets (most sentences have none: no search for them)."""
    if "(" not in body and "[" not in body:
        return 0.0
    return sum(len(m.group()) for m in _PARENTHESIS.finditer(body)) / max(1, len(body))


def _packed_signals(
    doc: Briefing, candidates: Sequence[Candidate]
) -> tuple[array, UnitVectors, UnitVectors, array, _TokenCounts]:
    """Each candidate's overlap degree, unit vector, the title's and the heading lines' vectors
    (title first), its count of recurring names (capitalised words other candidates use too, at
    most 5) and its word counts, from one pass that keeps only integers per candidate."""
    text = doc.text
    terms, names = PackedTerms(), PackedTerms()  # names: each candidate's distinct ones
    tokens = _TokenCounts()
    for c in candidates:
        body = text[c.start : c.end]
        toks = words(body)
        tokens.add(body, toks)
        terms.add(content_stems(toks))
        names.add(dict.fromkeys(_CAPITALISED_WORD.findall(body)))
    overlap = overlap_degree(terms)
    for heading in _heading_lines(doc):
        terms.add(content_stems(words(heading)))
    vectors = unit_vectors(terms)
    users = [0] * len(names.number)  # how many candidates use each name
    for t in names.ids:
        users[t] += 1
    recurring = array("b", bytes(len(names)))
    for k in range(len(names)):
        recurring[k] = min(5, sum(users[t] > 1 for t in names.sentence(k)))
    return overlap, vectors[: len(candidates)], vectors[len(candidates) :], recurring, tokens


def _heading_lines(doc: Briefing) -> list[str]:
    """The title and the heading line of each section that has one, whose terms join the idf.

    An opening section without a heading line keeps its empty entry (the fitted weights were
    trained with it); a transcript's turn sections (titles made from their own words, no
    heading line) add none, so splitting a briefing into turns changes no term's idf."""
    return [
        doc.title,
        *(
            s.title if s.heading is not None else ""
            for k, s in enumerate(doc.sections)
            if _has_line(doc, k)
        ),
    ]


def _has_line(doc: Briefing, k: int) -> bool:
    """Whether section ``k`` has an entry in :func:`_heading_lines`."""
    return doc.sections[k].heading is not None or k == 0


def _quote_coverage(doc: Briefing, candidates: Sequence[Candidate]) -> list[float]:
    """Share of each candidate inside quotation: the quote engine's quotes (except in a
    transcript's turns, which are whole speeches) or the marks, whichever covers more."""
    result = []
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    qi = 0
    for c in candidates:
        size = max(1, c.end - c.start)
        while qi < len(quotes) and quotes[qi].end <= c.start:
            qi += 1
        engine = 0
        j = len(quotes) if c.turn else qi
        while j < len(quotes) and quotes[j].start < c.end:
            engine += min(quotes[j].end, c.end) - max(quotes[j].start, c.start)
            j += 1
        body = doc.text[c.start : c.end]
        marks = 0
        if '"' in body or "“" in body or "«" in body or "„" in body:
            marks = sum(len(match.group(1)) for match in _QUOTE_PAIR.finditer(body))
        result.append(min(1.0, max(engine, marks) / size))
    return result
