"""The compact unit vectors give exactly the dicts a direct computation gives."""

from __future__ import annotations

import math

import pytest

from briefing.analysis.centrality import degree_centrality, unit_vectors

SENTENCES = [
    ["harbour", "budget", "harbour", "vote"],
    [],
    ["budget", "council", "vote", "vote", "tax"],
    ["ferry", "harbour"],
]


def _direct(stems: list[list[str]]) -> list[dict[str, float]]:
    """The plain computation: a dict of idf-weighted counts per sentence, scaled to unit."""
    counts = [{t: s.count(t) for t in dict.fromkeys(s)} for s in stems]
    df: dict[str, int] = {}
    for count in counts:
        for term in count:
            df[term] = df.get(term, 0) + 1
    idf = {t: math.log((1 + len(counts)) / n) for t, n in df.items()}
    result = []
    for count in counts:
        weights = {t: n * idf[t] for t, n in count.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        result.append({t: w / norm for t, w in weights.items()})
    return result


def test_vectors_equal_the_direct_computation_bit_for_bit() -> None:
    vectors = unit_vectors(iter(SENTENCES))  # a generator is enough: one pass
    assert len(vectors) == len(SENTENCES)
    assert list(vectors) == _direct(SENTENCES)
    assert vectors[-1] == _direct(SENTENCES)[-1]


def test_slices_are_views_with_their_own_indices() -> None:
    vectors = unit_vectors(SENTENCES)
    head, tail = vectors[:2], vectors[2:]
    assert (len(head), len(tail)) == (2, 2)
    assert tail[0] == vectors[2] and list(head) == list(vectors)[:2]
    assert degree_centrality(head) == degree_centrality(list(head))
    with pytest.raises(IndexError):
        tail[2]
