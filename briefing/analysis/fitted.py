"""Fitted linear models shipped as data: one way for every engine to load and apply weights.

Where candidates compete (which speaker said a quote, which sentences are key points), a model
fitted to the dev data decides, with the hand-written detectors as its features. Training lives
in ``benchmarks/`` (it needs scikit-learn); the package only reads the weights it wrote, with the
standard library, so inference stays pure Python and deterministic.

A weights file is JSON::

    {"model": "logistic", "features": ["f1", "f2", ...], "weights": [w1, w2, ...],
     "bias": b, "trained": {...free-form provenance: command, data, CV figures...}}

Features absent from a candidate's mapping count as 0, so detectors only report what fired.

Where the signals interact (a sentence's position matters less in a long report than in a
news story), a :class:`TreeModel` holds small boosted regression trees instead::

    {"model": "boosted_trees", "features": [...], "bias": b,
     "trees": [[[feature, threshold, left, right, value], ...], ...], "trained": {...}}

Each tree is a list of nodes, the root first; a node with feature -1 is a leaf holding its
``value`` (learning rate already applied), any other goes to ``left`` when the feature's value
is at most ``threshold``. The score is the bias plus one leaf value per tree.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from briefing.errors import BriefingError

MODEL_KINDS = ("logistic",)
TREE_KINDS = ("boosted_trees",)


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
        return choice_probabilities(self, candidates)

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


Node = tuple[int, float, int, int, float]  # feature (-1: leaf), threshold, left, right, value


@dataclass(frozen=True, slots=True)
class TreeModel:
    """Boosted regression trees over named features (see the module docstring for the file)."""

    features: tuple[str, ...]
    trees: tuple[tuple[Node, ...], ...]
    bias: float = 0.0
    kind: str = "boosted_trees"
    _compiled: Callable[[Sequence[float]], float] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if len(set(self.features)) != len(self.features):
            raise ValueError("feature names repeat")
        if self.kind not in TREE_KINDS:
            raise ValueError(f"unknown model kind {self.kind!r}")
        for tree in self.trees:
            for feature, _, left, right, _ in tree:
                if feature >= len(self.features) or (
                    feature >= 0 and not (0 < left < len(tree) and 0 < right < len(tree))
                ):
                    raise ValueError("a tree node points outside its tree or feature list")
        object.__setattr__(self, "_compiled", _compile_trees(self.trees, self.bias))

    def score(self, values: Mapping[str, float]) -> float:
        """The score of one candidate given by name; unknown names are an error (as for
        :class:`LinearModel`), absent ones count as 0."""
        index = _feature_index(self.features)
        row = [0.0] * len(self.features)
        for name, value in values.items():
            position = index.get(name)
            if position is None:
                raise KeyError(f"feature {name!r} is not in the fitted model")
            row[position] = value
        return self.score_row(row)

    def score_row(self, row: Sequence[float]) -> float:
        """The score of one candidate whose values are listed in ``features`` order (the fast
        path for many candidates: no dictionary per candidate). Trees of ordinary depth run as
        one compiled function (see :func:`_compile_trees`), with the same result to the bit."""
        if self._compiled is not None:
            return self._compiled(row)
        total = self.bias
        for tree in self.trees:
            node = tree[0]
            while node[0] >= 0:
                node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
            total += node[4]
        return total

    def check_features(self, expected: Iterable[str]) -> None:
        """Raise when the code's feature set and the shipped weights disagree (names or count)."""
        LinearModel.check_features(self, expected)  # type: ignore[arg-type]

    @classmethod
    def from_json(cls, data: Mapping) -> TreeModel:
        return cls(
            features=tuple(data["features"]),
            trees=tuple(
                tuple((int(f), float(t), int(a), int(b), float(v)) for f, t, a, b, v in tree)
                for tree in data["trees"]
            ),
            bias=float(data.get("bias", 0.0)),
            kind=str(data.get("model", "boosted_trees")),
        )

    def to_json(self, trained: Mapping | None = None) -> dict:
        return {
            "model": self.kind,
            "features": list(self.features),
            "bias": round(self.bias, 8),
            "trees": [
                [[f, round(t, 8), a, b, round(v, 8)] for f, t, a, b, v in tree]
                for tree in self.trees
            ],
            "trained": dict(trained or {}),
        }


MAX_COMPILED_DEPTH = 40  # deeper trees (or cyclic ones) are walked node by node instead


def _compile_trees(
    trees: Sequence[Sequence[Node]], bias: float
) -> Callable[[Sequence[float]], float] | None:
    """One Python function scoring a row: each tree becomes nested conditional expressions.

    Walking 300 trees node by node cost a tuple lookup and a branch per node in the
    interpreter, a third of the analysis of a long report; the compiled form does only the
    comparisons. Each feature the trees test is read once into a local as a float: a float
    compared with a float constant is the interpreter's fast path, an int is not (feature values
    are small counts and shares, which a float holds exactly, so no comparison changes).
    Leaves are added in tree order to the bias, as :meth:`TreeModel.score_row` does, so every
    score is identical. The source holds only integers and ``repr`` of floats
    read through :func:`float`, so a weights file cannot inject code. ``None`` when a tree is
    too deep to nest (its walk then stays in the interpreter).
    """
    used = sorted({int(node[0]) for tree in trees for node in tree if node[0] >= 0})
    lines = ["def score(r):", *(f"    r{i} = float(r[{i}])" for i in used)]
    lines.append(f"    t = {float(bias)!r}")
    for tree in trees:
        expression = _tree_expression(tree, 0, 0)
        if expression is None:
            return None
        lines.append(f"    t += {expression}")
    lines.append("    return t")
    namespace: dict = {"inf": math.inf, "nan": math.nan}
    exec(compile("\n".join(lines), "<boosted trees>", "exec"), namespace)
    return namespace["score"]


def _tree_expression(tree: Sequence[Node], at: int, depth: int) -> str | None:
    """The conditional expression for the subtree rooted at node ``at`` (``None``: too deep)."""
    if depth > MAX_COMPILED_DEPTH:
        return None
    feature, threshold, left, right, value = tree[at]
    if feature < 0:
        return repr(float(value))
    low = _tree_expression(tree, left, depth + 1)
    high = _tree_expression(tree, right, depth + 1)
    if low is None or high is None:
        return None
    return f"({low} if r{int(feature)} <= {float(threshold)!r} else {high})"


_LOADED: dict[tuple[str, str], LinearModel | TreeModel] = {}


def choice_probabilities(
    model: LinearModel | TreeModel, candidates: Sequence[Mapping[str, float]]
) -> list[float]:
    """Softmax over one group's candidates' scores: how a ranker is fitted (each quote's
    candidates compete), whichever kind of model scores them."""
    if not candidates:
        return []
    scores = [model.score(values) for values in candidates]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def model_from_json(data: Mapping) -> LinearModel | TreeModel:
    """The model a weights file describes, of the kind its ``model`` field names."""
    if data.get("model") in TREE_KINDS:
        return TreeModel.from_json(data)
    return LinearModel.from_json(data)


def load_model(package: str, name: str) -> LinearModel | TreeModel:
    """The model in data file ``name`` of ``package``, read once per process."""
    key = (package, name)
    model = _LOADED.get(key)
    if model is None:
        try:
            data = json.loads(files(package).joinpath(name).read_text(encoding="utf-8"))
            model = model_from_json(data)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise BriefingError(f"{package}/{name}", f"bad fitted weights: {error}") from error
        _LOADED[key] = model
    return model
