"""Fit the speaker ranker to the annotated dev data and write its weights into the package.

    python benchmarks/train_attribution.py [--dry-run]

One deterministic command (needs the ``train`` extra: scikit-learn, for its numpy and scipy).
For every dev article the cue engine runs with the ranker off; each quote that the official
scorer matches to a gold quote gets its candidates (``quotes.speaker_candidates``), each
labelled right or wrong by the scorer's own ``speaker_ok``. A conditional logit (softmax over
one quote's candidates, fitted by L-BFGS) is the ranker; at run time the same softmax picks.

The CV table is printed beside the engine's row, measured the same way: the model of fold k is
fitted without fold k's articles (folds from ``cv.py``), and fold k is predicted with it. The
weights written are fitted on all articles; the file records the CV figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv import FOLDS, fold_of
from quotes import DATA, REPO, SCORER, fold_scores, load_gold, load_scorer, predict, prepare

from briefing.analysis.attribution import FEATURES, OVERRULE, WEIGHTS, choose
from briefing.analysis.attribution.engine import speaker_candidates
from briefing.analysis.fitted import LinearModel

OVERRULE_TRIED = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
OUT = REPO / "briefing" / "analysis" / "ranking" / WEIGHTS
L2 = 1.0  # L2 penalty on the weights; the features are 0..1, most are indicators
Group = tuple[int, list[str | None], list[dict[str, float]], list[bool]]


def collect(gold: dict, docs: dict, scorer) -> dict[str, list[Group]]:
    """Per article, one group per English quote: (quote start, candidate names, features,
    labels). Quotes the scorer cannot match or score get empty labels (predicted, not fitted)."""
    out: dict[str, list[Group]] = {}
    for doc_id, doc in docs.items():
        found = speaker_candidates(doc)
        golds = gold[doc_id]["quotes"]
        preds = [{"text": doc.text[span.start : span.end]} for span, _ in found]
        gold_of = {j: i for i, j in scorer.match(golds, preds)}
        groups: list[Group] = []
        for j, (span, options) in enumerate(found):
            names = [c.name for c in options]
            features = [c.features for c in options]
            labels: list[bool] = []
            i = gold_of.get(j)
            if i is not None and not scorer.unscoreable(golds[i]):
                labels = [scorer.speaker_ok(golds[i], {"speaker": n}) for n in names]
            groups.append((span.start, names, features, labels))
        out[doc_id] = groups
    return out


def fit(groups: list[Group], l2: float = L2) -> LinearModel:
    """A conditional logit over the groups that have a right answer: maximise the log of the
    softmax probability of the right candidates of each quote (L-BFGS, L2 penalty), so the
    weights rank candidates against each other, which is how they are used."""
    import numpy as np
    from scipy.optimize import minimize

    rows, right, starts = [], [], []
    for _, _, features, labels in groups:
        if not any(labels):
            continue
        starts.append(len(rows))
        for values, label in zip(features, labels, strict=True):
            rows.append([values.get(name, 0.0) for name in FEATURES])
            right.append(label)
    x = np.array(rows)
    positive = np.array(right, dtype=float)
    starts = np.array(starts)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(rows))))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = x @ w
        top = np.maximum.reduceat(scores, starts)[group]
        exp = np.exp(scores - top)
        total = np.add.reduceat(exp, starts)
        good = np.add.reduceat(exp * positive, starts)
        value = -np.sum(np.log(good) - np.log(total)) + l2 * w @ w
        weights = exp / total[group] - exp * positive / good[group]
        return value, x.T @ weights + 2 * l2 * w

    w0 = np.zeros(len(FEATURES))
    found = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return LinearModel(FEATURES, tuple(float(v) for v in found.x), 0.0)


def apply(
    model: LinearModel,
    doc_id: str,
    groups: list[Group],
    baseline: list[dict],
    overrule: float = OVERRULE,
) -> list[dict]:
    """The engine's predictions for one article with the ranker's choice of each speaker."""
    chosen = {}
    for start, names, features, _ in groups:
        options = [_Options(f) for f in features]
        best, probability = choose(model, options, overrule)
        chosen[start] = (names[best], probability)
    return [
        {**record, "speaker": chosen[start][0], "confidence": chosen[start][1]}
        if (start := record["start"]) in chosen
        else record
        for record in baseline
    ]


def print_calibration(scorer, gold: dict, predictions: dict) -> None:
    """Out-of-fold speaker accuracy by ranker confidence: where a choice is more often wrong
    than right is where the reader should mark it uncertain (``ranking.UNCERTAIN``)."""
    bins: dict[float, list[int]] = {}
    for doc_id, g in gold.items():
        preds = predictions[doc_id]["quotes"]
        for i, j in scorer.match(g["quotes"], preds):
            confidence = preds[j].get("confidence")
            if confidence is None or scorer.unscoreable(g["quotes"][i]):
                continue
            tally = bins.setdefault(min(0.9, int(confidence * 10) / 10), [0, 0])
            tally[0] += scorer.speaker_ok(g["quotes"][i], preds[j])
            tally[1] += 1
    print("out-of-fold speaker accuracy by confidence:")
    for low, (right, total) in sorted(bins.items()):
        print(f"  {low:.1f}-{low + 0.1:.1f}  {right / total:.3f}  (n={total})")


class _Options:
    """What ``choose`` reads of a candidate."""

    __slots__ = ("features",)

    def __init__(self, features: dict[str, float]) -> None:
        self.features = features


def cv_predictions(
    gold: dict,
    docs: dict,
    scorer,
    groups: dict | None = None,
    overrules: tuple[float, ...] = (OVERRULE,),
) -> dict | dict[float, dict]:
    """Out-of-fold predictions: fold k's articles ranked by a model fitted without them (one
    set per ``overrules`` value when several are given, keyed by it)."""
    groups = groups if groups is not None else collect(gold, docs, scorer)
    baseline = {doc_id: predict(doc) for doc_id, doc in docs.items()}
    out: dict[float, dict] = {value: {} for value in overrules}
    for fold in range(FOLDS):
        train = [g for doc_id, gs in groups.items() if fold_of(doc_id) != fold for g in gs]
        model = fit(train)
        for doc_id, gs in groups.items():
            if fold_of(doc_id) == fold:
                for value in overrules:
                    quotes = apply(model, doc_id, gs, baseline[doc_id], value)
                    out[value][doc_id] = {"quotes": quotes}
    return out[overrules[0]] if len(overrules) == 1 else out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = parser.parse_args()
    if not DATA.exists() or not SCORER.exists():
        print(f"training skipped: {DATA} or {SCORER} not found")
        return 1
    from quotes import print_table

    gold = load_gold()
    scorer = load_scorer()
    docs = {doc_id: prepare(doc_id, d["text"]) for doc_id, d in gold.items()}
    groups = collect(gold, docs, scorer)
    rows = {
        "engine": {doc_id: {"quotes": predict(doc)} for doc_id, doc in docs.items()},
    }
    by_overrule = cv_predictions(gold, docs, scorer, groups, (OVERRULE, *OVERRULE_TRIED))
    rows["ranker"] = by_overrule[OVERRULE]
    print_table(scorer, gold, rows)
    print("mean e2e F1 by the probability the ranker needs to overrule the engine:")
    for value, preds in sorted(by_overrule.items()):
        e2e = statistics.mean(r["e2e_f1"] for r in fold_scores(scorer, gold, preds))
        print(f"  {value:.1f}  {e2e:.4f}{'  (shipped)' if value == OVERRULE else ''}")
    print_calibration(scorer, gold, rows["ranker"])
    means = {
        name: {
            key: round(statistics.mean(r[key] for r in fold_scores(scorer, gold, preds)), 4)
            for key in ("f1", "speaker_acc", "e2e_f1")
        }
        for name, preds in rows.items()
    }
    gain = means["ranker"]["e2e_f1"] - means["engine"]["e2e_f1"]
    print(f"CV gain of the ranker over the engine: e2e F1 {gain:+.4f}")
    model = fit([g for gs in groups.values() for g in gs])
    ranked = sorted(zip(model.features, model.weights, strict=True), key=lambda x: -abs(x[1]))
    for name, weight in ranked[:12]:
        print(f"  {weight:+.3f}  {name}")
    if args.dry_run:
        return 0
    trained = {
        "command": "python benchmarks/train_attribution.py",
        "data": f"{DATA.name}, {len(gold)} articles",
        "fit": f"conditional logit over each quote's candidates, L-BFGS, L2 {L2}",
        "cv_mean": means,
    }
    OUT.write_text(json.dumps(model.to_json(trained), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
