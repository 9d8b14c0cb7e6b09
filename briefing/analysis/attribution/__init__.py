"""The speaker ranker: candidates for each quote, their features, and the fitted weights.

The cue engine (``quotes``, ``cues``, ``speakers``, run by ``attribution.engine`` and
``attribution.evidence``) still finds each quote's evidence, but its choice is one feature
among many: the ranker scores every candidate (the engine's choice, the names in the paragraph
and the one before, the previous quote's speaker, nobody) with a model fitted to the dev data
(``benchmarks/train_attribution.py``): a conditional logit or small boosted trees, whichever
the training's cross-validation prefers. Its best candidate replaces the engine's choice when
its probability reaches the threshold the training chose by cross-validation (``Policy``). The
softmax over one quote's candidates is the attribution's confidence.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from briefing.analysis.attribution.candidates import FEATURES, NOBODY, Candidate
from briefing.analysis.attribution.sites import speaker_candidates
from briefing.analysis.fitted import LinearModel, TreeModel, choice_probabilities, load_model

WEIGHTS = "weights.json"

__all__ = [
    "FEATURES",
    "NOBODY",
    "Candidate",
    "Policy",
    "choice_probabilities",
    "choose",
    "decide",
    "speaker_candidates",
    "speaker_model",
    "speaker_policy",
]


@dataclass(frozen=True, slots=True)
class Policy:
    """When the ranker's best candidate replaces the cue engine's choice. Both thresholds are
    chosen by cross-validation inside the training folds (``benchmarks/train_attribution.py``)
    and shipped with the weights; a value above 1 means never."""

    overrule: float = 0.7  # the engine found nobody: the best name takes the quote from here
    override: float = 1.01  # the engine named someone: another candidate replaces it from here


def speaker_model() -> LinearModel | TreeModel:
    """The shipped weights, checked against the features this code computes."""
    model = load_model(__name__, WEIGHTS)
    model.check_features(FEATURES)
    return model


@cache
def speaker_policy() -> Policy:
    """The thresholds shipped with the weights (the defaults when the file has none)."""
    data = json.loads(files(__name__).joinpath(WEIGHTS).read_text(encoding="utf-8"))
    chosen = data.get("trained", {}).get("policy", {})
    return Policy(**{k: float(v) for k, v in chosen.items() if k in Policy.__slots__})


def choose(
    model: LinearModel | TreeModel, candidates: Sequence[Candidate], policy: Policy | None = None
) -> tuple[int, float]:
    """The index of the chosen candidate and the ranker's probability for it."""
    probabilities = choice_probabilities(model, [c.features for c in candidates])
    engine = next((i for i, c in enumerate(candidates) if c.features.get("engine")), None)
    nobody = engine is not None and bool(candidates[engine].features.get("nobody"))
    best = decide(probabilities, engine, nobody, policy or speaker_policy())
    return best, probabilities[best]


def decide(
    probabilities: Sequence[float], engine: int | None, engine_nobody: bool, policy: Policy
) -> int:
    """The engine's verdict is a feature and a default: the ranker's best candidate (ties: the
    first, in the text's order) replaces it when its probability reaches ``policy.overrule``
    where the engine found nobody, ``policy.override`` where it named someone."""
    best = max(range(len(probabilities)), key=lambda i: (probabilities[i], -i))
    if engine is None or best == engine:
        return best
    needed = policy.overrule if engine_nobody else policy.override
    return best if probabilities[best] >= needed else engine
