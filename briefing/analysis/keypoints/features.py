"""What the fitted scorer knows about each candidate: signals computable in linear time.

Every feature is a number with a fixed name (the names are the columns of the shipped weights,
checked at load time). Counts are capped so a 1,000-page report and a 500-word article live on
the same scale; positions come both raw (the lede is sentence 0 wherever it is) and relative.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from briefing.analysis.centrality import (
    degree_centrality,
    overlap_degree,
    similarity,
    unit_vectors,
)
from briefing.analysis.keypoints.candidates import Candidate
from briefing.analysis.text.tokens import content_stems, words
from briefing.model import Briefing

FEATURES = (
    "index",  # position among the candidates, capped
    "relative_position",  # 0 at the first candidate, 1 at the last
    "paragraph_rank",  # which paragraph (among those with candidates), capped
    "in_paragraph",  # position inside its paragraph, capped
    "in_section",  # position inside its section (0: the section's lede), capped
    "section_rank",  # which section, capped
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
_CAPITALISED = re.compile(r"(?<=\s)[\"'“‘(]?[A-Z]")
_CAPITALISED_WORD = re.compile(r"(?<=\s)[A-Z][\w'’-]+")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|according to|stated|explained|announced|insisted|warned)\b"
)
_COURTESY = re.compile(
    r"\b(?:thank you|thanks(?: so much| again)?|good (?:morning|afternoon|evening)|welcome|"
    r"(?:get|got) started|for joining|special guest|hello,? everyone)\b",
    re.IGNORECASE,
)
_DANGLING = frozenset(
    """this that these those he she it they his her its their him them but and or nor however
    also yet so still instead meanwhile moreover furthermore besides nevertheless nonetheless
    such then thus hence""".split()  # noqa: SIM905 (a word list reads better as text)
)
_OPEN_QUOTES = "\"“‘'«„"
_QUOTE_PAIR = re.compile(r"[\"“„«]([^\"”“«»]*)[\"”»]")
_PARENTHESIS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def feature_rows(
    doc: Briefing, candidates: Sequence[Candidate]
) -> tuple[list[list[float]], list[dict[str, float]]]:
    """One row per candidate, columns in :data:`FEATURES` order, and each one's unit term
    vector (what the redundancy control compares)."""
    text = doc.text
    bodies = [text[c.start : c.end] for c in candidates]
    headings = [doc.title, *(s.title if s.heading is not None else "" for s in doc.sections)]
    stems = [content_stems(words(body)) for body in bodies]  # tokens again per row: memory
    vectors = unit_vectors(stems + [content_stems(words(h)) for h in headings])
    overlap = overlap_degree(stems)
    most = max(overlap, default=0.0) or 1.0
    titles, vectors = vectors[len(bodies) :], vectors[: len(bodies)]
    centrality = degree_centrality(vectors)
    top = max(centrality, default=0.0) or 1.0
    order = sorted(range(len(centrality)), key=lambda i: -centrality[i])
    rank = [0.0] * len(centrality)
    for position, i in enumerate(order):
        rank[i] = position / max(1, len(order) - 1)
    quoted = _quote_coverage(doc, candidates)
    names = [_CAPITALISED_WORD.findall(body) for body in bodies]
    name_counts: dict[str, int] = {}
    for found in names:
        for name in set(found):
            name_counts[name] = name_counts.get(name, 0) + 1
    size = math.log1p(len(candidates))
    paragraphs = math.log1p(candidates[-1].paragraph_rank + 1) if candidates else 0.0
    last = max(1, len(candidates) - 1)
    rows = []
    for k, (c, body) in enumerate(zip(candidates, bodies, strict=True)):
        toks = words(body)
        count = max(1, len(toks))
        letters = sum(map(str.isalpha, body)) or 1
        rows.append(
            [
                min(k, _CAP),
                k / last,
                min(c.paragraph_rank, _CAP),
                min(c.in_paragraph, _CAP),
                min(c.in_section, _CAP),
                min(c.section, _CAP),
                min(len(toks), 80),
                centrality[k] / top,
                rank[k],
                overlap[k] / most,
                similarity(vectors[k], titles[0]),
                similarity(vectors[k], titles[c.section + 1]) if c.section + 1 < len(titles) else 0,
                min(sum(1 for t in toks if t[0].isdecimal()), 5),  # a token opening with a digit
                len(_CAPITALISED.findall(body)) / count,
                min(5, sum(1 for name in set(names[k]) if name_counts[name] > 1)),
                quoted[k],
                float(_ATTRIBUTION.search(body) is not None),
                float(body.rstrip("\"'”’)] ").endswith("?")),
                float(_COURTESY.search(body) is not None),
                float(bool(toks) and toks[0].lower() in _DANGLING and body[:1] not in _OPEN_QUOTES),
                float(_END.search(body) is None),
                sum(map(str.isupper, body)) / letters,
                sum(len(m.group()) for m in _PARENTHESIS.finditer(body)) / max(1, len(body)),
                size,
                paragraphs,
            ]
        )
    return rows, vectors


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
