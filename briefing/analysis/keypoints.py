"""Key points: the few sentences that carry the story.

Extractive on purpose: every automatic point is a sentence of the body with its offsets, so the
reader can jump to it. A sentence's worth combines the signals that work for news:

* the lede: the opening sentences are where journalists put the story (position prior);
* centrality: what the rest of the text keeps returning to (see :mod:`centrality`);
* substance: named actors, numbers and reported decisions.

and is discounted for what makes a poor sidebar entry: fragments and heading-like lines, sentences
that are mostly quotation, and sentences that open with a dangling reference ("He", "This",
"But") while the sentence they lean on is not chosen too. Selection is greedy with a redundancy
penalty (maximal marginal relevance), so two points never say the same thing; the greedy order
is the rank. Cost is linear in the length of the document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.centrality import degree_centrality, weighted_vectors
from briefing.analysis.tokens import content_stems, words
from briefing.model import BlockKind, Briefing, KeyPoint, Section, Sentence

# The weights, few and interpretable (tuned on both halves of two dev sets; see benchmarks/).
LEAD_WEIGHT = 1.0  # the opening sentence's advantage over a sentence deep in the text
LEAD_DECAY = 1.0  # how fast the position prior falls: lead(k) = 1 / (1 + k / LEAD_DECAY)
CENTRALITY_WEIGHT = 1.0  # a sentence at the document's centre
SUBSTANCE_WEIGHT = 0.15  # named actors, numbers and decisions, each up to this much
REDUNDANCY_WEIGHT = 1.0  # how much overlap with an already chosen point costs
DUPLICATE_SIMILARITY = 0.6  # above this a candidate repeats a chosen point and is skipped
FRAGMENT_FACTOR = 0.2  # a fragment (too short, or no sentence end) keeps this share of its worth
QUOTE_DISCOUNT = 0.5  # a sentence wholly inside quotation marks loses this share
DANGLING_FACTOR = 0.4  # an opener leaning on an unchosen sentence keeps this share

MIN_WORDS = 5  # fewer words than this is a fragment, not a point
POOL = 60  # only the best candidates by worth enter the (quadratic) redundancy selection
PER_SECTION_MIN_WORDS = 1500  # below this, per-section points would only repeat the whole list

_DANGLING = frozenset(
    """this that these those he she it they his her its their him them but and or nor however
    also yet so still instead meanwhile moreover furthermore besides nevertheless nonetheless
    such then thus hence""".split()  # noqa: SIM905 (a word list reads better as text)
)
_DECISION = re.compile(
    r"\b(?:announc\w*|decid\w*|decision\w*|cancel\w*|approv\w*|agree[ds]?|agreement|reject\w*|"
    r"signed|voted?|votes|ruled|ruling|ordered|banned|bans?|launch\w*|impos\w*|passed|vetoe?d|"
    r"resign\w*|appoint\w*|elected|arrest\w*|charged|sentenced|convicted|killed|died|won|"
    r"declar\w*|suspend\w*|postpon\w*|withdr\w*|confirm\w*|denied|warn\w*|sued|plans?|planned)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_OPEN_QUOTES = "\"“‘'«„"
_QUOTE_PAIR = re.compile(r"[\"“„«]([^\"”“«»]*)[\"”»]")
_PROSE = {BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE}
_NORMAL = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class _Candidate:
    """One sentence that may become a key point, with what selection needs to know about it."""

    sentence: Sentence
    position: int  # index among the candidates of its group (0 = the lede)
    worth: float  # before the dangling-reference discount, which depends on what is chosen
    dangling: bool
    previous: int | None  # the candidate it leans on (the sentence before it), if any
    vector: dict[str, float]


def choose_key_points(
    doc: Briefing, *, count: int | None = None
) -> tuple[tuple[KeyPoint, ...], tuple[tuple[KeyPoint, ...], ...]]:
    """Key points for the whole briefing and for each section (parallel to ``doc.sections``).

    Both lists are in document order; ``rank`` 1 is the best point. ``count`` overrides how many
    whole-document points to choose (``None``: about 3 for a short article, up to 7 for a long
    report). Curated points from a YAML briefing replace the automatic whole-document list.
    Per-section lists are empty for documents too short for them to add anything.
    """
    sentences = [
        s for s in doc.sentences if s.end > s.start and doc.paragraphs[s.paragraph].kind in _PROSE
    ]
    if doc.curated.key_points:
        limit = len(doc.curated.key_points) if count is None else max(0, count)
        points = curated_points(doc.text, doc.curated.key_points[:limit])
    else:
        wanted = default_count(doc.word_count) if count is None else max(0, count)
        points = _select(doc, sentences, wanted)
    return points, _per_section(doc, sentences)


def default_count(word_count: int) -> int:
    """About 3 points for a short article, one more for each doubling, at most 7."""
    if word_count < 1000:
        return 3
    return min(7, 3 + int(math.log2(word_count / 500)))


def curated_points(text: str, points: Sequence[str]) -> tuple[KeyPoint, ...]:
    """Curated points, linked to where the text says them; unlinked when it does not.

    Matching ignores case, whitespace and punctuation, so an editor's retyped quote still finds
    its place. The editor's order is kept (it is an editorial ranking, rank 1 first).
    """
    normal, origin = _normalise(text)
    result = []
    for rank, point in enumerate(points, start=1):
        needle = " ".join(_NORMAL.findall(point.lower()))
        at = normal.find(needle) if len(needle.split()) >= 3 else -1
        if at < 0:
            result.append(KeyPoint(point, None, None, rank))
            continue
        start, end = origin[at], origin[at + len(needle) - 1] + 1
        if text[end : end + 1] in (".", "!", "?") and point.rstrip()[-1:] in (".", "!", "?"):
            end += 1
        result.append(KeyPoint(text[start:end], start, end, rank))
    return tuple(result)


def _normalise(text: str) -> tuple[str, list[int]]:
    """``text`` as lower-case words joined by single spaces, and each character's origin."""
    chars: list[str] = []
    origin: list[int] = []
    for match in _NORMAL.finditer(text.lower()):
        if chars:
            chars.append(" ")
            origin.append(match.start())
        chars.extend(match.group())
        origin.extend(range(match.start(), match.end()))
    return "".join(chars), origin


def _per_section(doc: Briefing, sentences: Sequence[Sentence]) -> tuple[tuple[KeyPoint, ...], ...]:
    """Points for each section of a long document; empty tuples for a short one."""
    if doc.word_count < PER_SECTION_MIN_WORDS or len(doc.sections) < 2:
        return tuple(() for _ in doc.sections)
    groups: list[list[Sentence]] = [[] for _ in doc.sections]
    index = 0
    for sentence in sentences:
        while index + 1 < len(doc.sections) and sentence.start >= doc.sections[index + 1].start:
            index += 1
        groups[index].append(sentence)
    result = []
    for section, group in zip(doc.sections, groups, strict=True):
        result.append(_select(doc, group, _section_count(doc.text, section)) if group else ())
    return tuple(result)


def _section_count(text: str, section: Section) -> int:
    size = len(text[section.start : section.end].split())
    return 1 if size < 200 else 2 if size < 800 else 3


def _select(doc: Briefing, sentences: Sequence[Sentence], count: int) -> tuple[KeyPoint, ...]:
    """The best ``count`` sentences of ``sentences``, greedily, each new one unlike the last."""
    if count <= 0 or not sentences:
        return ()
    candidates = _candidates(doc, sentences)
    pool = sorted(range(len(candidates)), key=lambda i: (-candidates[i].worth, i))[:POOL]
    chosen: list[int] = []
    while len(chosen) < count:
        best, best_value = -1, -math.inf
        for i in pool:
            if i in chosen:
                continue
            candidate = candidates[i]
            overlap = max(
                (_cosine(candidate.vector, candidates[j].vector) for j in chosen), default=0.0
            )
            if overlap > DUPLICATE_SIMILARITY:
                continue
            value = candidate.worth
            if candidate.dangling and candidate.previous not in chosen:
                value *= DANGLING_FACTOR
            value -= REDUNDANCY_WEIGHT * overlap * candidate.worth
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
    points = [
        KeyPoint(
            doc.text[candidates[i].sentence.start : candidates[i].sentence.end],
            candidates[i].sentence.start,
            candidates[i].sentence.end,
            rank,
        )
        for rank, i in enumerate(chosen, start=1)
    ]
    return tuple(sorted(points, key=lambda point: point.start or 0))


def _candidates(doc: Briefing, sentences: Sequence[Sentence]) -> list[_Candidate]:
    text = doc.text
    stems = [content_stems(text[s.start : s.end]) for s in sentences]
    vectors = weighted_vectors(stems)
    centrality = degree_centrality(vectors)
    top = max(centrality, default=0.0) or 1.0
    quoted = _quote_coverage(doc, sentences)
    result = []
    for k, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end]
        tokens = words(body)
        lead = 1.0 / (1.0 + k / LEAD_DECAY)
        worth = (
            LEAD_WEIGHT * lead
            + CENTRALITY_WEIGHT * centrality[k] / top
            + SUBSTANCE_WEIGHT * _substance(body, tokens)
        )
        if len(tokens) < MIN_WORDS or not _SENTENCE_END.search(body):
            worth *= FRAGMENT_FACTOR
        worth *= 1.0 - QUOTE_DISCOUNT * quoted[k]
        first = tokens[0].lower() if tokens else ""
        dangling = k > 0 and first in _DANGLING and not body.startswith(tuple(_OPEN_QUOTES))
        result.append(
            _Candidate(sentence, k, worth, dangling, k - 1 if k > 0 else None, vectors[k])
        )
    return result


def _substance(body: str, tokens: Sequence[str]) -> float:
    """Up to 3: a named actor, a number, a reported decision (each counts once)."""
    named = any(token[:1].isupper() for token in tokens[1:])
    number = any(token[:1].isdigit() for token in tokens)
    decision = _DECISION.search(body) is not None
    return float(named) + float(number) + float(decision)


def _quote_coverage(doc: Briefing, sentences: Sequence[Sentence]) -> list[float]:
    """Share of each sentence inside quotation: the quote engine's quotes or the marks themselves.

    The marks catch quotes inside one sentence even before (or without) the quote engine; the
    engine's spans catch quotes that run across sentences.
    """
    result = []
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    qi = 0
    for sentence in sentences:
        size = max(1, sentence.end - sentence.start)
        while qi < len(quotes) and quotes[qi].end <= sentence.start:
            qi += 1
        engine = 0
        j = qi
        while j < len(quotes) and quotes[j].start < sentence.end:
            engine += min(quotes[j].end, sentence.end) - max(quotes[j].start, sentence.start)
            j += 1
        body = doc.text[sentence.start : sentence.end]
        marks = sum(len(match.group(1)) for match in _QUOTE_PAIR.finditer(body))
        result.append(min(1.0, max(engine, marks) / size))
    return result


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norm = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0
