"""Where the speaker ranker loses quotes whose right speaker is among its candidates.

    python benchmarks/ranking_errors.py [--fit trees|L2]

Out of fold (folds from ``cv.py``): each fold's quotes are scored by a model fitted on the other
four (boosted trees with ``train_attribution.TREES``, or a conditional logit with the L2 given),
and chosen with the shipped thresholds (``attribution.speaker_policy``). No model selection runs
inside the folds, so this is a quick look, not the CV figure of ``train_attribution.py``.
Printed, with counts only (no article text):

1. per class of the engine's evidence (the rule that fired, and whether it named nobody, a
   pronoun's antecedent, a description, a one-word name or a name): quotes, right by the
   engine, by the ranker with its thresholds, by the ranker's argmax, and by any candidate
   (the ceiling of ranking);
2. the ranking errors (a candidate is right, the chosen one is not): what was chosen, what the
   right candidate is, and its rank by the ranker's probability;
3. per class, the quotes gained (+) or lost (-) per fold if the ranker could replace the
   engine's named speaker from a lower probability than the shipped ``override``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv import FOLDS, fold_of
from quotes import load_dev
from train_attribution import TREES, Group, collect, fit

from briefing.analysis.attribution import Policy, choice_probabilities, decide, speaker_policy

Scored = tuple[int, Group, list[float]]  # fold, the quote's group, the ranker's probabilities
OVERRIDES = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)


def out_of_fold(groups: dict[str, list[Group]], setting) -> list[Scored]:
    """Every labelled quote with the probabilities of a model fitted without its fold."""
    scored: list[Scored] = []
    for fold in range(FOLDS):
        model = fit([g for d, gs in groups.items() if fold_of(d) != fold for g in gs], setting)
        for doc_id, gs in groups.items():
            if fold_of(doc_id) == fold:
                scored += [(fold, g, choice_probabilities(model, g[2])) for g in gs if g[3]]
    return scored


def engine_of(features: list[dict[str, float]]) -> tuple[int, bool]:
    """The engine's candidate and whether it is nobody."""
    index = next(i for i, f in enumerate(features) if f.get("engine"))
    return index, bool(features[index].get("nobody"))


def evidence_class(features: dict[str, float]) -> str:
    """The engine's rule and the shape of what it chose."""
    via = next((k[len("engine_via_") :] for k in features if k.startswith("engine_via_")), "?")
    for flag, shape in (
        ("nobody", "nobody"),
        ("engine_pronoun", "pronoun"),
        ("description", "description"),
        ("one_word", "one word"),
    ):
        if features.get(flag):
            return f"{via}/{shape}"
    return f"{via}/name"


def candidate_kind(features: dict[str, float]) -> str:
    """What a candidate is, as the ranker sees it."""
    if features.get("nobody"):
        return "nobody"
    here = features.get("same_paragraph") or features.get("previous_paragraph_only")
    kind = "named in window" if here else "not named in window"
    return f"previous speaker, {kind}" if features.get("previous") else kind


def print_classes(scored: list[Scored], policy: Policy) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for _, (_, _, features, labels), p in scored:
        engine, nobody = engine_of(features)
        tally = counts[evidence_class(features[engine])]
        argmax = max(range(len(p)), key=lambda i: (p[i], -i))
        tally[0] += 1
        tally[1] += labels[engine]
        tally[2] += labels[decide(p, engine, nobody, policy)]
        tally[3] += labels[argmax]
        tally[4] += any(labels)
    total = [sum(col) for col in zip(*counts.values(), strict=True)]
    heads = ("quotes", "engine", "ranker", "argmax", "any")
    print(f"{'engine evidence':<28} " + " ".join(f"{h:>6}" for h in heads))
    for name, tally in [*sorted(counts.items(), key=lambda kv: -kv[1][0]), ("all", total)]:
        print(f"{name:<28} " + " ".join(f"{v:>6}" for v in tally))


def print_ranking_errors(scored: list[Scored], policy: Policy) -> None:
    shapes: Counter[tuple[str, str, int]] = Counter()
    for _, (_, _, features, labels), p in scored:
        engine, nobody = engine_of(features)
        chosen = decide(p, engine, nobody, policy)
        if labels[chosen] or not any(labels):
            continue
        right = max((i for i, ok in enumerate(labels) if ok), key=lambda i: p[i])
        rank = sorted(range(len(p)), key=lambda i: -p[i]).index(right)
        chose = "nobody" if features[chosen].get("nobody") else "a name"
        shapes[(chose, candidate_kind(features[right]), rank)] += 1
    print(f"\nranking errors (a candidate is right, the chosen one is not): {sum(shapes.values())}")
    print(f"  {'chosen':<8} {'right candidate':<40} {'its rank':>8} {'quotes':>6}")
    for (chose, kind, rank), n in shapes.most_common():
        print(f"  {chose:<8} {kind:<40} {rank:>8} {n:>6}")


def print_overrides(scored: list[Scored], policy: Policy) -> None:
    gains: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0] * FOLDS)
    for fold, (_, _, features, labels), p in scored:
        engine, nobody = engine_of(features)
        if nobody:
            continue
        shipped = labels[decide(p, engine, nobody, policy)]
        for threshold in OVERRIDES:
            tried = Policy(policy.overrule, threshold)
            gains[(evidence_class(features[engine]), threshold)][fold] += (
                labels[decide(p, engine, nobody, tried)] - shipped
            )
    print(f"\noverride from a lower probability (shipped {policy.override}): gain per fold")
    classes = sorted({c for c, _ in gains}, key=lambda c: -sum(abs(v) for v in gains[(c, 0.0)]))
    print(f"  {'engine evidence':<28} " + " ".join(f"{t:>16}" for t in OVERRIDES))
    for name in classes:
        cells = [gains[(name, t)] for t in OVERRIDES]
        if any(any(cell) for cell in cells):
            print(f"  {name:<28} " + " ".join(f"{sum(c):+4d} {_folds(c):>11}" for c in cells))


def _folds(cell: list[int]) -> str:
    return "/".join(f"{v:+d}" for v in cell)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", default="trees", help="'trees' or an L2 penalty for the logit")
    args = parser.parse_args()
    dev = load_dev("ranking error analysis")
    if dev is None:
        return 0
    gold, scorer, docs = dev
    setting = TREES if args.fit == "trees" else float(args.fit)
    scored = out_of_fold(collect(gold, docs, scorer), setting)
    policy = speaker_policy()
    print(f"out of fold, {args.fit}, shipped thresholds {policy}; scoreable matched quotes")
    print_classes(scored, policy)
    print_ranking_errors(scored, policy)
    print_overrides(scored, policy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
