"""Sentence centrality in linear time: how much the rest of the text keeps returning to a sentence.

TextRank and LexRank score a sentence by its place in the graph of sentence similarities, which
costs a comparison per pair of sentences: fine for an article, hopeless for a 1.6 MB report. On
an undirected similarity graph the random walk they run settles in proportion to each node's
weighted degree, and with cosine similarity of unit vectors the degree factorises:

    degree(i) = sum over j != i of u_i . u_j = u_i . (U - u_i),   U = sum of all u_j

so one pass builds ``U`` and a second scores every sentence against it: the whole graph, no
window, no threshold, linear cost. The vectors ``u`` are idf-weighted content-word counts
scaled to unit length.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def unit_vectors(stems: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """One unit-length idf-weighted term vector per sentence (idf over the sentences given)."""
    counts: list[dict[str, float]] = []
    frequency: dict[str, int] = {}
    for sentence in stems:
        count: dict[str, float] = {}
        for term in sentence:
            count[term] = count.get(term, 0) + 1
        for term in count:
            frequency[term] = frequency.get(term, 0) + 1
        counts.append(count)
    total = len(counts)
    idf = {term: math.log((1 + total) / df) for term, df in frequency.items()}
    for count in counts:  # in place: two more dicts per sentence were a third of the peak
        for term, n in count.items():
            count[term] = n * idf[term]
        norm = math.sqrt(sum(w * w for w in count.values()))
        for term, w in count.items():
            count[term] = w / norm
    return counts


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit vectors (walks the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())


def degree_centrality(vectors: Sequence[dict[str, float]]) -> list[float]:
    """Each sentence's summed similarity to all the others (see the module docstring)."""
    total: dict[str, float] = {}
    for vector in vectors:
        for term, w in vector.items():
            total[term] = total.get(term, 0.0) + w
    return [sum(w * (total[term] - w) for term, w in vector.items()) for vector in vectors]


def overlap_degree(stems: Sequence[Sequence[str]]) -> list[float]:
    """TextRank's centrality, in linear time: each sentence's summed word overlap with all the
    others over the sum of the two sentences' log lengths (Mihalcea and Tarau's similarity).

    On a symmetric graph TextRank's walk settles near each node's weighted degree. The overlap
    sums factorise through the document's term counts (as in :func:`degree_centrality`); the
    normaliser does not, so the other sentence's log length is replaced by the mean one.
    """
    total: dict[str, int] = {}
    for sentence in stems:
        for term in sentence:
            total[term] = total.get(term, 0) + 1
    logs = [math.log(len(sentence)) if sentence else 0.0 for sentence in stems]
    mean = sum(logs) / max(1, len(logs))
    result = []
    for sentence, own in zip(stems, logs, strict=True):
        counts: dict[str, int] = {}
        for term in sentence:
            counts[term] = counts.get(term, 0) + 1
        shared = sum(n * (total[term] - n) for term, n in counts.items())
        result.append(shared / (own + mean) if own + mean > 0 else 0.0)
    return result
