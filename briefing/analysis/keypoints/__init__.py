"""Key points: the few sentences an editor would pick, never the document's furniture.

Extractive on purpose: every automatic point is a sentence of the body with its offsets, so the
reader can jump to it. Four steps, one module each:

* :mod:`.candidates`: prose sentences, trimmed of datelines and speaker labels, that the
  :mod:`.boilerplate` gate lets through (navigation, citations, form labels, redactions, stage
  lines, headings, fragments are never points, whatever they would score);
* :mod:`.features`: linear-time signals per candidate (position, length, centrality, overlap
  with the title, numbers and names, quotation, section position, furniture-like shape);
* a fitted scorer (boosted trees in ``weights.json``, trained by ``benchmarks/train_keypoints.py``
  on journalists' highlights and extractive references, 5-fold CV over articles);
* :mod:`.selection`: greedy choice with a redundancy penalty, so points never repeat each other.

Transcripts are outside the training data, so two rules stand beside the model: a point carries
the speaker of the turn that holds it, and a questioner's sentence ranks below every answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from briefing.analysis.fitted import LinearModel, TreeModel, load_model
from briefing.analysis.keypoints.candidates import Candidate, find_candidates
from briefing.analysis.keypoints.features import FEATURES, streamed_rows
from briefing.analysis.keypoints.selection import select
from briefing.model import Briefing, KeyPoint

__all__ = ["WEIGHTS", "choose_key_points", "curated_points", "default_count", "scored", "worth_of"]

WEIGHTS = "weights.json"
PER_SECTION_MIN_WORDS = 1500  # below this, per-section points would only repeat the whole list
QUESTION_FACTOR = 0.5  # a question (a rhetorical one, a reporter's) keeps this share
# A questioner's sentence is worth under this share of MIN_WORTH: less than any answer even
# after selection's discounts (redundancy at most 0.6 off, a dangling opener half: 0.2 left).
QUESTION_SHARE = 0.15
COURTESY_FACTOR = 0.3  # greetings and thanks open speeches and briefings but say nothing
MIN_WORTH = 1e-3  # an answer's or a statement's worth is at least this (discounts multiply)
_NORMAL = re.compile(r"[^\W_]+")
_DANGLING = FEATURES.index("dangling")
_QUESTION = FEATURES.index("question")
_COURTESY = FEATURES.index("courtesy")


@cache
def fitted_model() -> LinearModel | TreeModel:
    """The shipped scorer, checked against the features this code computes."""
    model = load_model(__name__, WEIGHTS)
    model.check_features(FEATURES)
    return model


def scored(
    doc: Briefing, model: LinearModel | TreeModel | None = None
) -> tuple[list[Candidate], list[float], list[dict[str, float]], list[bool]]:
    """The candidates with their worth, term vectors and dangling flags."""
    candidates = find_candidates(doc)
    rows, vectors = streamed_rows(doc, candidates)  # read once, never all held
    dangling: list[bool] = []

    def noting_dangling() -> Iterator[list[float]]:
        for row in rows:
            dangling.append(bool(row[_DANGLING]))
            yield row

    worth = worth_of(model or fitted_model(), candidates, noting_dangling())
    return candidates, worth, vectors, dangling


def worth_of(
    model: LinearModel | TreeModel, candidates: Sequence[Candidate], rows: Iterable[list[float]]
) -> list[float]:
    """Each candidate's worth: the model's score (rows in :data:`FEATURES` order), clamped
    positive, with the transcript rules applied (the trainer calls this too)."""
    columns = [FEATURES.index(name) for name in model.features]
    identity = columns == list(range(len(FEATURES)))
    worth = []
    for candidate, row in zip(candidates, rows, strict=True):
        ordered = row if identity else [row[c] for c in columns]
        if isinstance(model, TreeModel):
            value = model.score_row(ordered)
        else:
            value = model.score(dict(zip(model.features, ordered, strict=True)))
        if row[_QUESTION]:
            value *= QUESTION_FACTOR
        if row[_COURTESY]:
            value *= COURTESY_FACTOR
        if candidate.question:  # below every answer, in the model's order among questions
            value = QUESTION_SHARE * MIN_WORTH * min(1.0, max(0.0, value))
        else:
            value = max(MIN_WORTH, value)
        worth.append(value)
    return worth


def choose_key_points(
    doc: Briefing, *, count: int | None = None
) -> tuple[tuple[KeyPoint, ...], tuple[tuple[KeyPoint, ...], ...]]:
    """Key points for the whole briefing and for each section (parallel to ``doc.sections``).

    Both lists are in document order; ``rank`` 1 is the best point. ``count`` overrides how many
    whole-document points to choose (``None``: about 3 for a short article, up to 7 for a long
    report). Curated points from a YAML briefing replace the automatic whole-document list.
    Per-section lists are empty for documents too short for them to add anything.
    """
    size = doc.word_count
    short = size < PER_SECTION_MIN_WORDS or len(doc.sections) < 2
    if doc.curated.key_points:
        limit = len(doc.curated.key_points) if count is None else max(0, count)
        points = curated_points(doc.text, doc.curated.key_points[:limit])
        if short:
            return points, tuple(() for _ in doc.sections)
    candidates, worth, vectors, dangling = scored(doc)
    if not doc.curated.key_points:
        wanted = default_count(size) if count is None else max(0, count)
        everything = range(len(candidates))
        chosen = select(worth, vectors, dangling, everything, wanted)
        points = _points(doc.text, candidates, chosen)
    if short:
        return points, tuple(() for _ in doc.sections)
    groups: list[list[int]] = [[] for _ in doc.sections]
    for i, candidate in enumerate(candidates):
        groups[candidate.section].append(i)
    per_section = []
    for group in groups:
        words = sum(candidates[i].end - candidates[i].start for i in group) // 6
        wanted = 1 if words < 200 else 2 if words < 800 else 3
        chosen = select(worth, vectors, dangling, group, wanted)
        per_section.append(_points(doc.text, candidates, chosen))
    return points, tuple(per_section)


def _points(
    text: str, candidates: Sequence[Candidate], chosen: Sequence[int]
) -> tuple[KeyPoint, ...]:
    """Key points for the chosen candidates (best first), listed in document order."""
    points = [
        KeyPoint(
            text[candidates[i].start : candidates[i].end],
            candidates[i].start,
            candidates[i].end,
            rank,
            candidates[i].speaker,
        )
        for rank, i in enumerate(chosen, start=1)
    ]
    return tuple(sorted(points, key=lambda point: point.start or 0))


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
