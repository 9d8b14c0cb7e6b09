"""Fitting a conditional logit (or boosted trees): scores that make each quote's right one win.

Each group is one quote's candidates (feature mappings) with a label per candidate. The loss is
the negative log of the softmax probability of the right candidates of each group plus an L2
penalty, a convex function with one minimum, so any solver that converges finds the same
weights. The solver is a pure-Python L-BFGS over sparse rows (a candidate has about ten non-zero
features): deterministic, no NumPy needed, and about a second for the whole dev set, faster
than SciPy's after the dense conversion it needs. ``fit_boosted_groups`` grows boosted trees
that minimise the same loss without the penalty (their depth, rounds and leaf size limit them).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from briefing.analysis.fitted import LinearModel, TreeModel

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


def fit_boosted_groups(
    groups: Sequence[tuple[Sequence[Mapping[str, float]], Sequence[bool]]],
    features: tuple[str, ...],
    rounds: int,
    depth: int,
    rate: float,
    leaf: int,
) -> TreeModel:
    """Small boosted regression trees with the same loss as the conditional logit: each round
    fits a tree to the Newton step of every candidate's score (the softmax is over one quote's
    candidates), so the trees can weigh a feature differently by the cue that fired (a name
    after a pronoun cue, say) where one linear weight cannot. Needs NumPy and scikit-learn
    (the ``train`` extra); a fixed ``random_state`` keeps it deterministic."""
    import numpy as np
    from sklearn.tree import DecisionTreeRegressor

    kept = [(c, labels) for c, labels in groups if any(labels)]
    index = {name: i for i, name in enumerate(features)}
    rows = np.zeros((sum(len(c) for c, _ in kept), len(features)))
    group_of, right = [], []
    for g, (candidates, labels) in enumerate(kept):
        for values, label in zip(candidates, labels, strict=True):
            for name, value in values.items():
                rows[len(group_of), index[name]] = value
            group_of.append(g)
            right.append(float(label))
    group_ids, labelled = np.array(group_of, dtype=int), np.array(right)
    score = np.zeros(len(labelled))
    trees = []
    for _ in range(rounds):
        p = _group_softmax(np, score, group_ids, len(kept))
        good = np.zeros(len(kept))
        np.add.at(good, group_ids, p * labelled)
        target = p * labelled / good[group_ids]  # the softmax over the right candidates only
        hessian = np.maximum(p * (1 - p), 1e-6)
        tree = DecisionTreeRegressor(max_depth=depth, min_samples_leaf=leaf, random_state=0)
        tree.fit(rows, (target - p) / hessian, sample_weight=hessian)
        score += rate * tree.predict(rows)
        trees.append(tree_nodes(tree.tree_, rate))
    return TreeModel(features, tuple(trees), 0.0)


def _group_softmax(np, score, group_ids, groups: int):
    top = np.full(groups, -np.inf)
    np.maximum.at(top, group_ids, score)
    exps = np.exp(score - top[group_ids])
    total = np.zeros(groups)
    np.add.at(total, group_ids, exps)
    return exps / total[group_ids]


def tree_nodes(tree, rate: float) -> tuple:
    """A fitted scikit-learn tree as ``TreeModel`` nodes, the learning rate in its leaves (both
    trainers ship their trees this way)."""
    nodes = []
    for k in range(tree.node_count):
        leaf = tree.children_left[k] < 0
        nodes.append(
            (
                -1 if leaf else int(tree.feature[k]),
                0.0 if leaf else float(tree.threshold[k]),
                0 if leaf else int(tree.children_left[k]),
                0 if leaf else int(tree.children_right[k]),
                float(rate * tree.value[k][0][0]) if leaf else 0.0,
            )
        )
    return tuple(nodes)
