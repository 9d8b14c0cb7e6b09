"""The linear-time centrality equals the pairwise sum it replaces; stems join inflections."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.centrality import degree_centrality, similarity, unit_vectors
from briefing.analysis.text.tokens import content_stems, stem, words

_TERMS = st.sampled_from(["ferry", "bridge", "vote", "budget", "river", "school", "plan", "road"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_TERMS, max_size=8), max_size=12))
def test_degree_equals_pairwise_sum(sentences: list[list[str]]) -> None:
    vectors = unit_vectors(sentences)
    fast = degree_centrality(vectors)
    for i, vector in enumerate(vectors):
        slow = sum(similarity(vector, other) for j, other in enumerate(vectors) if j != i)
        assert math.isclose(fast[i], slow, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_TERMS, min_size=1, max_size=8), min_size=1, max_size=8))
def test_vectors_are_unit_length_and_similarity_bounded(sentences: list[list[str]]) -> None:
    vectors = unit_vectors(sentences)
    for vector in vectors:
        norm = math.sqrt(sum(w * w for w in vector.values()))
        assert norm == 0.0 or math.isclose(norm, 1.0)
        for other in vectors:
            assert -1e-9 <= similarity(vector, other) <= 1.0 + 1e-9


def test_inflections_share_a_stem() -> None:
    for group in (
        ["cancel", "cancels", "cancelled", "canceled"],
        ["talk", "talks", "talking"],
        ["state", "states", "stated"],
        ["house", "houses"],
    ):
        assert len({stem(word) for word in group}) == 1, group


def test_content_stems_drop_stop_words_and_keep_numbers() -> None:
    tokens = words("The council’s vote on 14,000 homes was cancelled by them.")
    assert content_stems(tokens) == ["council", "vote", "14,000", "home", "cancel"]
