"""Fitted linear models shipped as data: one way for every engine to load and apply weights.

Where candidates compete (which speaker said a quote, which sentences are key points), a model
fitted to the dev data decides, with the hand-written detectors as its features. Training lives
in ``benchmarks/`` (it needs scikit-learn); the package only reads the weights it wrote, with the
standard library, so inference stays pure Python and deterministic.

A weights file is JSON::

    {"model": "logistic", "features": ["f1", "f2", ...], "weights": [w1, w2, ...],
     "bias": b, "trained": {...free-form provenance: command, data, CV figures...}}

Features absent from a candidate's mapping count as 0, so detectors only report what fired.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files

from briefing.errors import BriefingError

MODEL_KINDS = ("logistic",)


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A linear scorer over named features; ``probability`` applies the logistic link."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float = 0.0
    kind: str = "logistic"

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError(f"{len(self.features)} features but {len(self.weights)} weights")
        if len(set(self.features)) != len(self.features):
            raise ValueError("feature names repeat")
        if self.kind not in MODEL_KINDS:
            raise ValueError(f"unknown model kind {self.kind!r}")

    def score(self, values: Mapping[str, float]) -> float:
        """The linear score (log-odds) of one candidate; unknown feature names are an error,
        so a detector renamed without retraining fails loudly instead of silently scoring 0."""
        index = self._index
        total = self.bias
        for name, value in values.items():
            position = index.get(name)
            if position is None:
                raise KeyError(f"feature {name!r} is not in the fitted model")
            total += self.weights[position] * value
        return total

    def probability(self, values: Mapping[str, float]) -> float:
        """The logistic probability of one candidate, on its own."""
        return _sigmoid(self.score(values))

    def choice_probabilities(self, candidates: Sequence[Mapping[str, float]]) -> list[float]:
        """Softmax over competing candidates (a conditional-logit reading of the scores)."""
        if not candidates:
            return []
        scores = [self.score(values) for values in candidates]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [value / total for value in exps]

    def check_features(self, expected: Iterable[str]) -> None:
        """Raise when the code's feature set and the shipped weights disagree (names or count)."""
        expected = tuple(expected)
        if set(expected) != set(self.features) or len(expected) != len(self.features):
            missing = sorted(set(expected) - set(self.features))
            extra = sorted(set(self.features) - set(expected))
            raise ValueError(
                f"weights do not match the features: missing {missing}, not computed {extra}"
            )

    @property
    def _index(self) -> dict[str, int]:
        return _feature_index(self.features)

    @classmethod
    def from_json(cls, data: Mapping) -> LinearModel:
        return cls(
            features=tuple(data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data.get("bias", 0.0)),
            kind=str(data.get("model", "logistic")),
        )

    def to_json(self, trained: Mapping | None = None) -> dict:
        return {
            "model": self.kind,
            "features": list(self.features),
            "weights": [round(w, 8) for w in self.weights],
            "bias": round(self.bias, 8),
            "trained": dict(trained or {}),
        }


_INDEXES: dict[tuple[str, ...], dict[str, int]] = {}


def _feature_index(features: tuple[str, ...]) -> dict[str, int]:
    """Name -> position, computed once per feature tuple (models are few and immutable)."""
    index = _INDEXES.get(features)
    if index is None:
        index = _INDEXES[features] = {name: i for i, name in enumerate(features)}
    return index


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


_LOADED: dict[tuple[str, str], LinearModel] = {}


def load_model(package: str, name: str) -> LinearModel:
    """The model in data file ``name`` of ``package``, read once per process."""
    key = (package, name)
    model = _LOADED.get(key)
    if model is None:
        try:
            data = json.loads(files(package).joinpath(name).read_text(encoding="utf-8"))
            model = LinearModel.from_json(data)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise BriefingError(f"{package}/{name}", f"bad fitted weights: {error}") from error
        _LOADED[key] = model
    return model
