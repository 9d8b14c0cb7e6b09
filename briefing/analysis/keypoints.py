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

from briefing.analysis.centrality import degree_centrality, similarity, unit_vectors
from briefing.analysis.text.tokens import content_stems, words
from briefing.model import BlockKind, Briefing, KeyPoint, Sentence

# The weights, few and interpretable (tuned on both halves of two dev sets; see benchmarks/).
LEAD_WEIGHT = 1.0  # the opening sentence's advantage over a sentence deep in the text
LEAD_DECAY = 1.0  # how fast the position prior falls: lead(k) = 1 / (1 + k / LEAD_DECAY)
SECTION_LEAD = 0.5  # a later section's opening sentence is a lede of its own, worth this share
TITLE_WEIGHT = 0.5  # a sentence that says what the title (or section heading) says
CENTRALITY_WEIGHT = 1.0  # a sentence at the document's centre
SUBSTANCE_WEIGHT = 0.05  # named actors, numbers and decisions, each up to this much
REDUNDANCY_WEIGHT = 1.0  # how much overlap with an already chosen point costs
DUPLICATE_SIMILARITY = 0.6  # above this a candidate repeats a chosen point and is skipped
FRAGMENT_FACTOR = 0.2  # what a fragment, a figure-laden line or a footnote keeps of its worth
QUESTION_FACTOR = 0.5  # a question (a reporter's, a rhetorical one) rarely carries the story
COURTESY_FACTOR = 0.3  # greetings and thanks open speeches and briefings but say nothing
QUOTE_DISCOUNT = 0.5  # a sentence wholly inside quotation marks loses this share
DANGLING_FACTOR = 0.4  # an opener leaning on an unchosen sentence keeps this share

MIN_WORDS = 5  # fewer words than this is a fragment, not a point
POOL = 60  # only the best candidates by worth enter the redundancy-aware selection
PER_SECTION_MIN_WORDS = 1500  # below this, per-section points would only repeat the whole list

_DANGLING = frozenset(
    """this that these those he she it they his her its their him them but and or nor however
    also yet so still instead meanwhile moreover furthermore besides nevertheless nonetheless
    such then thus hence""".split()  # noqa: SIM905 (a word list reads better as text)
)
# Verbs and nouns that report a decision or an event, compared as stems.
_DECISION = frozenset(
    content_stems(
        """announce announced cancel cancelled canceled decide decided decision approve approved
        agree agreed agreement reject rejected sign signed vote voted rule ruled ruling order
        ordered ban banned launch launched impose imposed pass passed veto vetoed resign resigned
        appoint appointed elect elected arrest arrested charge charged sentence sentenced
        convict convicted kill killed die died win won declare declared suspend suspended
        postpone postponed withdraw withdrew sue sued sanction sanctioned recognise recognised
        recognize recognized deploy deployed""".split()  # noqa: SIM905 (a word list reads better as text)
    )
)
_NAMED = re.compile(r"\s[\"'“‘(]?[A-Z]")  # a capital after the first word: a name, mostly
_NUMBER = re.compile(r"\d")
_NOTE = re.compile(r"\[\^?[\w-]+\]:")  # a footnote or reference definition, not a statement
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_OPEN_QUOTES = "\"“‘'«„"
_QUOTE_PAIR = re.compile(r"[\"“„«]([^\"”“«»]*)[\"”»]")
# A newswire dateline opening a paragraph: "PLACE (Agency) -", "Place, State (Agency)", "PLACE --".
# A key point starts after it: the sidebar shows the news, not the wire's routing.
_DATELINE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*[ ,]+){0,5}\([A-Z][\w.&'’ -]{0,30}\)\s*(?:[-—–]+\s*)?"
    r"|[A-Z][A-Z.'’ ,-]{2,40}\s(?:—|–|--)\s)(?=[\"“‘'A-Z0-9])"
)
# A transcript's speaker label ("MS. SMITH:", "Mr. JONES.", "Q") before a turn: a point starts
# after it, and only where the quote engine saw a turn begin there (its evidence, not a guess).
_LABEL = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][A-Z.'’ -]{0,40}[:.]?\s+|Q\s+")
# The formulas of a speaker addressing the room: a transcript's opening is made of them.
_COURTESY = re.compile(
    r"\b(?:thank you|thanks(?: so much| again)?|good (?:morning|afternoon|evening)|welcome|"
    r"(?:get|got) started|for joining|special guest|hello,? everyone)\b",
    re.IGNORECASE,
)
_PROSE = {BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE}
_NORMAL = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class _Traits:
    """What a sentence is worth on its own, whichever group (document, section) it competes in."""

    sentence: Sentence
    factor: float  # the fragment and quotation discounts, multiplied
    substance: float  # named actor, number, decision: 0 to 3
    dangling: bool  # opens with a reference to what came before
    words: int  # word and number tokens, for the per-section counts
    section: int  # index into Briefing.sections
    section_position: int  # index among the proper sentences of its section (0: its lede)
    fragment: bool  # too short, no sentence end, a footnote, or mostly figures


def choose_key_points(
    doc: Briefing, *, count: int | None = None
) -> tuple[tuple[KeyPoint, ...], tuple[tuple[KeyPoint, ...], ...]]:
    """Key points for the whole briefing and for each section (parallel to ``doc.sections``).

    Both lists are in document order; ``rank`` 1 is the best point. ``count`` overrides how many
    whole-document points to choose (``None``: about 3 for a short article, up to 7 for a long
    report). Curated points from a YAML briefing replace the automatic whole-document list.
    Per-section lists are empty for documents too short for them to add anything.
    """
    prose = [
        s for s in doc.sentences if s.end > s.start and doc.paragraphs[s.paragraph].kind in _PROSE
    ]
    # Fragments (a name, a figure, a dotted leader) are neither points nor part of the graph:
    # leaving them out keeps form-like documents fast. Only a text of nothing but fragments
    # falls back to them.
    prose = _without_labels(doc, prose)
    sentences = [s for s in prose if doc.text.count(" ", s.start, s.end) >= MIN_WORDS - 1] or prose
    traits, vectors, titles = _traits(doc, sentences)
    everything = list(range(len(sentences)))
    size = doc.word_count
    if doc.curated.key_points:
        limit = len(doc.curated.key_points) if count is None else max(0, count)
        points = curated_points(doc.text, doc.curated.key_points[:limit])
    else:
        wanted = default_count(size) if count is None else max(0, count)
        points = _select(
            doc.text, traits, vectors, everything, wanted, titles[0], section_ledes=True
        )
    if size < PER_SECTION_MIN_WORDS or len(doc.sections) < 2:
        return points, tuple(() for _ in doc.sections)
    return points, _per_section(doc, traits, vectors, titles[1:])


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


def _per_section(
    doc: Briefing,
    traits: Sequence[_Traits],
    vectors: Sequence[dict[str, float]],
    titles: Sequence[dict[str, float]],
) -> tuple[tuple[KeyPoint, ...], ...]:
    """Points for each section: 1 for a short one, up to 3 for a long one."""
    groups: list[list[int]] = [[] for _ in doc.sections]
    for i, trait in enumerate(traits):
        groups[trait.section].append(i)
    result = []
    for group, title in zip(groups, titles, strict=True):
        size = sum(traits[i].words for i in group)
        count = 1 if size < 200 else 2 if size < 800 else 3
        result.append(_select(doc.text, traits, vectors, group, count, title))
    return tuple(result)


def _traits(
    doc: Briefing, sentences: Sequence[Sentence]
) -> tuple[list[_Traits], list[dict[str, float]], list[dict[str, float]]]:
    """Each sentence's own traits and term vector (computed once, shared by every group), and
    the term vectors of the title and of each section heading."""
    text = doc.text
    quoted = _quote_coverage(doc, sentences)
    traits = []
    stems = []
    section = position = 0
    for k, sentence in enumerate(sentences):
        while section + 1 < len(doc.sections) and sentence.start >= doc.sections[section + 1].start:
            section += 1
            if doc.sections[section].heading is not None:
                position = 0  # a transcript's turn section (no heading line) has no lede
        body = text[sentence.start : sentence.end]
        tokens = words(body)
        own = content_stems(tokens)
        stems.append(own)
        fragment = bool(
            len(tokens) < MIN_WORDS
            or not _SENTENCE_END.search(body)
            or _NOTE.match(body)
            or sum(1 for token in tokens if token[:1].isalpha()) < 0.6 * len(body.split())
            or _shouting(body)
        )
        factor = (1.0 - QUOTE_DISCOUNT * quoted[k]) * (FRAGMENT_FACTOR if fragment else 1.0)
        if body.rstrip("\"'”’)]").endswith("?"):
            factor *= QUESTION_FACTOR
        if _COURTESY.search(body):
            factor *= COURTESY_FACTOR
        substance = (
            float(_NAMED.search(body) is not None)
            + float(_NUMBER.search(body) is not None)
            + float(not _DECISION.isdisjoint(own))
        )
        dangling = bool(tokens) and tokens[0].lower() in _DANGLING and body[:1] not in _OPEN_QUOTES
        traits.append(
            _Traits(sentence, factor, substance, dangling, len(tokens), section, position, fragment)
        )
        position += not fragment
    # A transcript's turn section has a title made from its words, no heading: no evidence.
    headings = [doc.title, *(s.title if s.heading is not None else "" for s in doc.sections)]
    vectors = unit_vectors(stems + [content_stems(words(heading)) for heading in headings])
    return traits, vectors[: len(stems)], vectors[len(stems) :]


def _select(
    text: str,
    traits: Sequence[_Traits],
    vectors: Sequence[dict[str, float]],
    group: Sequence[int],
    count: int,
    title: dict[str, float],
    section_ledes: bool = False,
) -> tuple[KeyPoint, ...]:
    """The best ``count`` sentences of ``group``, greedily, each new one unlike those chosen.

    ``group`` lists sentence indices in document order; its first proper sentence (not a
    fragment, such as a byline) is its lede. With ``section_ledes`` the first sentence of each
    later section is a lede too, at ``SECTION_LEAD`` of the weight.
    """
    if count <= 0 or not group:
        return ()
    centrality = degree_centrality([vectors[i] for i in group])
    top = max(centrality) or 1.0
    worth = {}
    position = 0
    for k, i in enumerate(group):
        lead = _lead(position)
        position += not traits[i].fragment
        if section_ledes and traits[i].section > 0:
            lead = max(lead, SECTION_LEAD * _lead(traits[i].section_position))
        worth[i] = traits[i].factor * (
            LEAD_WEIGHT * lead
            + CENTRALITY_WEIGHT * centrality[k] / top
            + TITLE_WEIGHT * similarity(vectors[i], title)
            + SUBSTANCE_WEIGHT * traits[i].substance
        )
    previous = {i: group[k - 1] for k, i in enumerate(group) if k > 0}
    pool = sorted(group, key=lambda i: (-worth[i], i))[:POOL]
    overlap = dict.fromkeys(pool, 0.0)  # each candidate's largest similarity to a chosen point
    chosen: list[int] = []
    while len(chosen) < count:
        best, best_value = -1, -math.inf
        for i in pool:
            if i in chosen or overlap[i] > DUPLICATE_SIMILARITY:
                continue
            value = worth[i] * (1.0 - REDUNDANCY_WEIGHT * overlap[i])
            if traits[i].dangling and previous.get(i) not in chosen:
                value *= DANGLING_FACTOR
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        for i in pool:
            overlap[i] = max(overlap[i], similarity(vectors[i], vectors[best]))
    points = []
    for rank, i in enumerate(chosen, start=1):
        start, end = traits[i].sentence.start, traits[i].sentence.end
        dateline = (
            _DATELINE.match(text, start, end) if text[start - 1 : start] in ("", "\n") else None
        )
        if dateline and dateline.end() < end:
            start = dateline.end()
        points.append(KeyPoint(text[start:end], start, end, rank))
    return tuple(sorted(points, key=lambda point: point.start or 0))


def _shouting(body: str) -> bool:
    """Mostly capital letters: a printer's imprint, a form caption or a banner, not a statement."""
    capitals = sum(1 for char in body if char.isupper())
    return capitals > 12 and capitals > 0.5 * sum(1 for char in body if char.isalpha())


def _without_labels(doc: Briefing, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences that open a transcript turn, trimmed to start after the speaker's label."""
    turn_starts = {quote.start for quote in doc.quotes}
    if not turn_starts:
        return sentences
    result = []
    for sentence in sentences:
        label = _LABEL.match(doc.text, sentence.start, sentence.end)
        if label and label.end() in turn_starts and label.end() < sentence.end:
            sentence = Sentence(label.end(), sentence.end, sentence.paragraph)
        result.append(sentence)
    return result


def _lead(position: int) -> float:
    return 1.0 / (1.0 + position / LEAD_DECAY)


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
        marks = 0
        if '"' in body or "“" in body or "«" in body or "„" in body:
            marks = sum(len(match.group(1)) for match in _QUOTE_PAIR.finditer(body))
        result.append(min(1.0, max(engine, marks) / size))
    return result
