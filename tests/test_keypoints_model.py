"""The fitted key-point scorer: boosted trees shipped as data, loaded and applied in pure Python.

The trainer test runs the real training code on two invented articles, so a change to the
features or the model format that breaks training fails here, not at the next retraining.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import briefing
from briefing.analysis.fitted import TreeModel, load_model, model_from_json
from briefing.analysis.keypoints import WEIGHTS, fitted_model, scored
from briefing.analysis.keypoints.features import FEATURES

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

STORY = (
    "Harbour Works\n\n"
    "The harbour council approved a budget of four million pounds on Monday evening. "
    "Work on the north quay will start in March and last two years. "
    "Fishermen said the storms of last winter had closed the port for a week. "
    "The council will borrow half of the money from a regional bank."
)


def _tree(feature: int, threshold: float, low: float, high: float) -> tuple:
    return ((feature, threshold, 1, 2, 0.0), (-1, 0.0, 0, 0, low), (-1, 0.0, 0, 0, high))


def test_a_tree_model_adds_one_leaf_per_tree_to_the_bias() -> None:
    model = TreeModel(("a", "b"), (_tree(0, 0.5, 1.0, 2.0), _tree(1, 3.0, -1.0, 0.25)), 0.5)
    assert model.score({"a": 0.0, "b": 3.0}) == 0.5 + 1.0 - 1.0
    assert model.score({"a": 1.0, "b": 4.0}) == 0.5 + 2.0 + 0.25
    assert model.score({}) == model.score_row([0.0, 0.0])
    with pytest.raises(KeyError, match="zzz"):
        model.score({"zzz": 1.0})


def test_tree_model_json_round_trip_and_bad_trees_are_refused() -> None:
    model = TreeModel(("x",), (_tree(0, 0.25, -0.5, 0.5),), 1.0)
    again = model_from_json(json.loads(json.dumps(model.to_json({"cv": "table"}))))
    assert again == model
    with pytest.raises(ValueError, match="outside"):
        TreeModel(("x",), (((0, 0.5, 1, 7, 0.0), (-1, 0.0, 0, 0, 1.0)),))
    with pytest.raises(ValueError, match="outside"):
        TreeModel(("x",), (((3, 0.5, 1, 2, 0.0), *_tree(0, 0.0, 0.0, 0.0)[1:]),))


def test_shipped_weights_match_the_feature_set() -> None:
    model = load_model("briefing.analysis.keypoints", WEIGHTS)
    assert isinstance(model, TreeModel)
    model.check_features(FEATURES)
    assert model.trees, "the shipped model has trees"


def test_a_feature_set_that_drifted_from_the_weights_is_refused() -> None:
    model = fitted_model()
    with pytest.raises(ValueError, match="missing"):
        model.check_features((*FEATURES, "a_new_signal"))
    with pytest.raises(ValueError, match="not computed"):
        model.check_features(FEATURES[1:])


def test_scores_are_deterministic_and_positive() -> None:
    doc = briefing.analyse(briefing.read_text(STORY, source="t", fmt="text"), key_points=0)
    first = scored(doc)
    second = scored(doc)
    assert first[1] == second[1]
    assert len(first[0]) == 4 and all(worth > 0 for worth in first[1])


def test_the_trainer_fits_a_model_the_package_can_run() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import train_keypoints as trainer
    finally:
        sys.path.remove(str(BENCHMARKS))
    from rouge_score import tokenizers

    tokenize = tokenizers.DefaultTokenizer(use_stemmer=True).tokenize
    body = STORY.split("\n\n", 1)[1]
    records = [
        {"id": "a", "title": "Harbour Works", "text": body, "reference": [body.split(". ")[0]]},
        {"id": "b", "title": None, "text": body, "reference": ["The council will borrow."]},
    ]
    articles = [trainer.prepare(records[0], "human", tokenize)]
    articles.append(trainer.prepare(records[1], "bbc", tokenize))
    assert articles[0].labels == [1.0, 0.0, 0.0, 0.0]  # the oracle: the lede alone
    assert max(articles[1].labels) == 1.0
    model = trainer.fit(articles)
    model.check_features(FEATURES)
    assert model == trainer.fit(articles), "training is deterministic"
    chosen = trainer.ours(model, articles[0], redundancy=0.5)
    assert chosen[0].startswith("The harbour council approved")
