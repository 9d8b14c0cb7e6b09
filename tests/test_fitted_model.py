"""The shared loader and scorer of fitted weights (used by attribution and key points)."""

from __future__ import annotations

import json

import pytest

from briefing.analysis.fitted import LinearModel


def test_score_is_bias_plus_weighted_sum_and_absent_features_count_zero() -> None:
    model = LinearModel(features=("a", "b"), weights=(2.0, -1.0), bias=0.5)
    assert model.score({"a": 1.0}) == 2.5
    assert model.score({"a": 1.0, "b": 3.0}) == -0.5
    assert model.probability({}) == pytest.approx(0.6224593, abs=1e-6)


def test_an_unknown_feature_fails_loudly() -> None:
    model = LinearModel(features=("a",), weights=(1.0,))
    with pytest.raises(KeyError, match="zzz"):
        model.score({"zzz": 1.0})


def test_choice_probabilities_are_a_softmax_that_ranks_by_score() -> None:
    model = LinearModel(features=("cue",), weights=(3.0,))
    probs = model.choice_probabilities([{"cue": 0.0}, {"cue": 1.0}, {}])
    assert sum(probs) == pytest.approx(1.0)
    assert probs[1] > probs[0] == probs[2]


def test_json_round_trip_and_feature_check() -> None:
    model = LinearModel(features=("x", "y"), weights=(0.25, -4.0), bias=1.0)
    again = LinearModel.from_json(json.loads(json.dumps(model.to_json({"cv": 0.9}))))
    assert again == model
    again.check_features(["y", "x"])
    with pytest.raises(ValueError, match="missing"):
        again.check_features(["x", "y", "z"])


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        LinearModel(features=("a", "b"), weights=(1.0,))


def test_compiled_trees_score_exactly_as_the_node_walk() -> None:
    import random

    from briefing.analysis.fitted import TreeModel

    tree = (
        (0, 0.5, 1, 2, 0.0),
        (1, -1.25, 3, 4, 0.0),
        (-1, 0.0, 0, 0, 0.125),
        (-1, 0.0, 0, 0, -0.3),
        (-1, 0.0, 0, 0, 0.7),
    )
    model = TreeModel(features=("a", "b"), trees=(tree, tree[:1] + tree[1:]), bias=0.1)
    walked = TreeModel.__new__(TreeModel)  # the same trees, never compiled
    for name in ("features", "trees", "bias", "kind"):
        object.__setattr__(walked, name, getattr(model, name))
    object.__setattr__(walked, "_compiled", None)
    rng = random.Random(7)
    for _ in range(200):
        row = [rng.uniform(-3, 3), rng.choice([-1.25, 0.5, rng.uniform(-3, 3)])]
        assert model.score_row(row) == walked.score_row(row)
    assert model.score({"a": 0.5, "b": -1.25}) == 0.1 - 0.3 - 0.3


def test_compiled_trees_score_integer_rows_as_the_node_walk() -> None:
    """Counts arrive as ints and flags as bools: the compiled form reads them as floats, which
    must not move any value across a threshold (ties at a threshold included)."""
    from briefing.analysis.fitted import TreeModel

    tree = (
        (1, 3.0, 1, 2, 0.0),
        (-1, 0.0, 0, 0, 0.25),
        (2, 0.5, 3, 4, 0.0),
        (-1, 0.0, 0, 0, -0.5),
        (-1, 0.0, 0, 0, 1.5),
    )
    model = TreeModel(features=("unused", "count", "flag"), trees=(tree,), bias=0.0)
    walked = TreeModel.__new__(TreeModel)
    for name in ("features", "trees", "bias", "kind"):
        object.__setattr__(walked, name, getattr(model, name))
    object.__setattr__(walked, "_compiled", None)
    for count in range(-2, 8):
        for flag in (False, True, 0, 1):
            row = ["not a number", count, flag]  # a feature no tree tests is never read
            assert model.score_row(row) == walked.score_row(row)
    assert model.score_row([0, 3, True]) == 0.25
    assert model.score_row([0, 4, True]) == 1.5
