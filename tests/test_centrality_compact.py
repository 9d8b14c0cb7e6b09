"""The compact unit vectors give exactly the dicts a direct computation gives."""

from __future__ import annotations

import math

import pytest

from briefing.analysis import centrality
from briefing.analysis.centrality import degree_centrality, similarity, unit_vectors

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


@pytest.mark.parametrize("held", [0, 10_000])
def test_held_and_rebuilt_vectors_are_the_same(monkeypatch, held: int) -> None:
    """A short text's vectors are held, a long one's rebuilt per look-up: the same dicts."""
    monkeypatch.setattr(centrality, "HELD_TERMS", held)
    vectors = unit_vectors(SENTENCES)
    assert (vectors._held is None) == (held == 0)
    assert list(vectors) == _direct(SENTENCES)
    assert list(vectors[1:]) == _direct(SENTENCES)[1:]


def test_similarity_counts_only_shared_terms() -> None:
    a, b = {"harbour": 0.6, "vote": 0.8}, {"vote": 0.5, "ferry": 0.5, "tax": 0.7071}
    assert similarity(a, b) == similarity(b, a) == 0.8 * 0.5
    assert similarity(a, {"tax": 1.0}) == 0.0 and isinstance(similarity({}, b), float)
