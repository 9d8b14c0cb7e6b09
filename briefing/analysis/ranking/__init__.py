"""The speaker ranker: candidates for each quote, their features, and the fitted weights.

The cue engine (``quotes``, ``attribution``, ``speakers``) still finds each quote's evidence,
but its choice is one feature among many: the ranker scores every candidate (the engine's
choice, the names in the paragraph and the one before, the previous quote's speaker, nobody)
with a linear model fitted to the dev data (``benchmarks/train_attribution.py``) and takes the
best. The softmax over one quote's candidates is the attribution's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.fitted import LinearModel, load_model
from briefing.analysis.ranking.candidates import FEATURES, NOBODY, Candidate
from briefing.analysis.ranking.sites import speaker_candidates

WEIGHTS = "weights.json"

__all__ = ["FEATURES", "NOBODY", "Candidate", "choose", "speaker_candidates", "speaker_model"]


def speaker_model() -> LinearModel:
    """The shipped weights, checked against the features this code computes."""
    model = load_model(__name__, WEIGHTS)
    model.check_features(FEATURES)
    return model


def choose(model: LinearModel, candidates: Sequence[Candidate]) -> tuple[int, float]:
    """The index of the best candidate and its probability among them (ties: the first, so
    the order of the candidates decides, and that order is the text's)."""
    probabilities = model.choice_probabilities([c.features for c in candidates])
    best = max(range(len(candidates)), key=lambda i: (probabilities[i], -i))
    return best, probabilities[best]
