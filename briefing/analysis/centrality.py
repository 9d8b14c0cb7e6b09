"""Sentence centrality in linear time: how much the rest of the text keeps returning to a sentence.

TextRank and LexRank score a sentence by its place in the graph of sentence similarities, which
costs a comparison per pair of sentences: fine for an article, hopeless for a 1.6 MB report. On
an undirected similarity graph the random walk they run settles in proportion to each node's
weighted degree, and with a dot-product similarity the degree factorises:

    degree(i) = sum over j != i of u_i . u_j = u_i . (U - u_i),   U = sum of all u_j

so one pass builds ``U`` and a second scores every sentence against it. The vectors ``u`` are
idf-weighted content-word counts scaled by ``norm ** LENGTH_NORM``: 1 is cosine similarity,
lower values let long sentences (which share more words) weigh more, as TextRank's log-length
normalisation does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

LENGTH_NORM = 1.0


def weighted_vectors(stems: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """One vector per sentence: idf-weighted counts over ``norm ** LENGTH_NORM`` (see above).

    Scaling never changes a cosine, so the same vectors serve redundancy checks too.
    """
    counts: list[dict[str, int]] = []
    frequency: dict[str, int] = {}
    for sentence in stems:
        count: dict[str, int] = {}
        for term in sentence:
            count[term] = count.get(term, 0) + 1
        for term in count:
            frequency[term] = frequency.get(term, 0) + 1
        counts.append(count)
    total = len(counts)
    idf = {term: math.log((1 + total) / df) for term, df in frequency.items()}
    vectors = []
    for count in counts:
        vector = {term: n * idf[term] for term, n in count.items()}
        norm = math.sqrt(sum(w * w for w in vector.values()))
        if norm:
            scale = 1.0 / norm**LENGTH_NORM
            vector = {term: w * scale for term, w in vector.items()}
        vectors.append(vector)
    return vectors


def degree_centrality(
    vectors: Sequence[dict[str, float]], backward_weight: float = 1.0
) -> list[float]:
    """Each sentence's summed similarity to the sentences after it, plus ``backward_weight``
    times its similarity to those before it (1: plain degree; below 1: the PacSum idea that a
    sentence later ones elaborate on matters more than one that elaborates on earlier ones).

    A running prefix sum keeps the split linear: before(i) = u_i . (u_0 + ... + u_{i-1}).
    """
    total: dict[str, float] = {}
    for vector in vectors:
        for term, w in vector.items():
            total[term] = total.get(term, 0.0) + w
    prefix: dict[str, float] = {}
    result = []
    for vector in vectors:
        before = after = 0.0
        for term, w in vector.items():
            seen = prefix.get(term, 0.0)
            before += w * seen
            after += w * (total[term] - seen - w)
            prefix[term] = seen + w
        result.append(after + backward_weight * before)
    return result
