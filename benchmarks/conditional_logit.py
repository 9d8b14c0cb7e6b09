"""Fitting a conditional logit: the weights that make each quote's right candidate win.

Each group is one quote's candidates (feature mappings) with a label per candidate. The loss is
the negative log of the softmax probability of the right candidates of each group plus an L2
penalty, a convex function with one minimum, so any solver that converges finds the same
weights. The solver is a pure-Python L-BFGS over sparse rows (a candidate has about ten non-zero
features): deterministic, no NumPy needed, and about a second for the whole dev set, faster
than SciPy's after the dense conversion it needs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from briefing.analysis.fitted import LinearModel

Rows = list[list[tuple[int, float]]]
_HISTORY = 8  # L-BFGS memory
_TOLERANCE = 1e-10


def fit_groups(
    groups: Sequence[tuple[Sequence[Mapping[str, float]], Sequence[bool]]],
    features: tuple[str, ...],
    l2: float,
) -> LinearModel:
    """The fitted model over the groups that have a right answer (all weights 0 without)."""
    data = _sparse(groups, features)
    weights = [0.0] * len(features)
    if data:
        weights = _lbfgs(lambda w: _loss(data, w, l2), weights)
    return LinearModel(features, tuple(float(w) for w in weights), 0.0)


def _sparse(groups, features: tuple[str, ...]) -> list:
    """Each group as (row, label) pairs, a row being its non-zero (feature index, value)s."""
    index = {name: i for i, name in enumerate(features)}
    return [
        [
            ([(index[k], v) for k, v in values.items() if v], label)
            for values, label in zip(candidates, labels, strict=True)
        ]
        for candidates, labels in groups
        if any(labels)
    ]


def _loss(data, w: list[float], l2: float) -> tuple[float, list[float]]:
    """The penalised negative log-likelihood and its gradient, over sparse rows."""
    value = l2 * sum(v * v for v in w)
    grad = [2 * l2 * v for v in w]
    for group in data:
        scores = [sum(w[i] * x for i, x in row) for row, _ in group]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        good = sum(e for e, (_, label) in zip(exps, group, strict=True) if label)
        if good <= 0.0:  # the right candidates' probability underflowed: far too long a step
            return math.inf, grad
        value -= math.log(good) - math.log(total)
        for e, (row, label) in zip(exps, group, strict=True):
            coefficient = e / total - (e / good if label else 0.0)
            for i, x in row:
                grad[i] += coefficient * x
    return value, grad


def _lbfgs(loss, w: list[float], iterations: int = 500) -> list[float]:
    """Limited-memory BFGS with a backtracking (Armijo) line search: deterministic."""
    value, grad = loss(w)
    history: list[tuple[list[float], list[float], float]] = []
    for _ in range(iterations):
        direction = _two_loop(grad, history)
        slope = _dot(grad, direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            history.clear()
        if not history:  # steepest descent, scaled to a unit step
            norm = math.sqrt(_dot(grad, grad)) or 1.0
            direction = [-g / norm for g in grad]
            slope = _dot(grad, direction)
        step = 1.0
        while True:
            trial = [a + step * d for a, d in zip(w, direction, strict=True)]
            new_value, new_grad = loss(trial)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step /= 2
        s = [a - b for a, b in zip(trial, w, strict=True)]
        y = [a - b for a, b in zip(new_grad, grad, strict=True)]
        sy = _dot(s, y)
        if sy > 1e-12:
            history.append((s, y, 1.0 / sy))
            del history[:-_HISTORY]
        done = abs(value - new_value) <= _TOLERANCE * max(1.0, abs(value))
        w, value, grad = trial, new_value, new_grad
        if done:
            break
    return w


def _two_loop(grad: list[float], history) -> list[float]:
    q = list(grad)
    alphas = []
    for s, y, rho in reversed(history):
        alpha = rho * _dot(s, q)
        alphas.append(alpha)
        q = [a - alpha * b for a, b in zip(q, y, strict=True)]
    if history:
        s, y, _ = history[-1]
        gamma = _dot(s, y) / _dot(y, y)
        q = [gamma * a for a in q]
    for (s, y, rho), alpha in zip(history, reversed(alphas), strict=True):
        beta = rho * _dot(y, q)
        q = [a + (alpha - beta) * b for a, b in zip(q, s, strict=True)]
    return [-a for a in q]


def _dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def loss_of(
    groups: Sequence[tuple[Sequence[Mapping[str, float]], Sequence[bool]]],
    features: tuple[str, ...],
    weights: list[float],
    l2: float,
) -> float:
    """The penalised loss of ``weights`` on ``groups``: what both solvers minimise."""
    return _loss(_sparse(groups, features), weights, l2)[0]
