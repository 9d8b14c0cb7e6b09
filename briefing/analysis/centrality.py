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
from collections import Counter
from collections.abc import Sequence

LENGTH_NORM = 1.0


def weighted_vectors(stems: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """Idf-weighted term vectors, one per sentence (idf over the sentences given)."""
    counts = [Counter(sentence) for sentence in stems]
    frequency: Counter[str] = Counter()
    for count in counts:
        frequency.update(count.keys())
    total = len(counts)
    idf = {term: math.log((1 + total) / df) for term, df in frequency.items()}
    return [{term: n * idf[term] for term, n in count.items()} for count in counts]


def degree_centrality(vectors: Sequence[dict[str, float]]) -> list[float]:
    """Each sentence's summed similarity to all the others (see the module docstring)."""
    scaled = []
    for vector in vectors:
        norm = math.sqrt(sum(w * w for w in vector.values()))
        scale = 1.0 / norm**LENGTH_NORM if norm else 0.0
        scaled.append({term: w * scale for term, w in vector.items()})
    total: dict[str, float] = {}
    for vector in scaled:
        for term, w in vector.items():
            total[term] = total.get(term, 0.0) + w
    return [sum(w * (total[term] - w) for term, w in vector.items()) for vector in scaled]
