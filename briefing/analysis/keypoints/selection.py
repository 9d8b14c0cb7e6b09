"""Choosing points from scored candidates: greedy, each new point unlike those already chosen.

The fitted score says how much a sentence is worth on its own; a list of points must also not
repeat itself, so selection is maximal marginal relevance: a candidate's worth is discounted by
its largest similarity to a chosen point, and a near-duplicate is skipped. The greedy order is
the rank. A sentence that opens by leaning on the one before ("But he said…") is discounted
unless that sentence is chosen too.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

from briefing.analysis.centrality import similarity

REDUNDANCY = 1.0  # how much overlap with an already chosen point costs (chosen by CV)
DUPLICATE_SIMILARITY = 0.6  # above this a candidate repeats a chosen point and is skipped
DANGLING_FACTOR = 0.5  # an opener leaning on an unchosen sentence keeps this share
POOL = 60  # only the best candidates by worth enter the redundancy-aware selection


def select(
    worth: Sequence[float],
    vectors: Sequence[dict[str, float]],
    dangling: Sequence[bool],
    group: Sequence[int],
    count: int,
    redundancy: float = REDUNDANCY,
) -> list[int]:
    """Indices of the best ``count`` candidates of ``group`` (document order), best first.

    ``worth`` must be positive where it matters: the discounts are multiplicative.
    """
    if count <= 0 or not group:
        return []
    # The pool is picked without sorting the whole group: a document of 50,000 sentences would
    # hold a key and a neighbour entry for each of them, for the sake of 60.
    places = heapq.nsmallest(POOL, range(len(group)), key=lambda k: (-worth[group[k]], group[k]))
    pool = [group[k] for k in places]
    previous = {group[k]: group[k - 1] for k in places if k > 0}
    overlap = dict.fromkeys(pool, 0.0)  # each candidate's largest similarity to a chosen point
    # Each look-up of a packed vector builds its dict anew: build the pool's once, not once per
    # comparison (a report's per-section selections made 19,000 of them for 157 sections).
    pool_vectors = {i: vectors[i] for i in pool}
    chosen: list[int] = []
    while len(chosen) < count:
        best, best_value = -1, -math.inf
        for i in pool:
            if i in chosen or overlap[i] > DUPLICATE_SIMILARITY:
                continue
            value = worth[i] * (1.0 - redundancy * overlap[i])
            if dangling[i] and previous.get(i) not in chosen:
                value *= DANGLING_FACTOR
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        if len(chosen) == count:
            break  # no choice is left to make: the overlaps would never be read
        best_vector = pool_vectors[best]
        for i in pool:
            if i not in chosen:
                overlap[i] = max(overlap[i], similarity(pool_vectors[i], best_vector))
    return chosen
