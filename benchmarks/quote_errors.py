"""Error analysis for the quote engine on the annotated dev data (optional: skipped when absent).

Splits the dev articles into two halves by a hash of their id (``A`` to tune on, ``B`` to check
that a rule generalises), scores each half with the official scorer, sorts every mistake into a
class and prints a few samples per class with the text around the quote.

    python benchmarks/quote_errors.py [--half A|B|all] [--samples N] [--only CLASS] [--seed S]

Classes: ``spurious`` and ``missed`` quotes; for matched quotes with a wrong speaker,
``<gold kind>/no-cue`` (the engine gave no speaker) or ``<gold kind>/other`` (another speaker),
with pronouns split by whether the gold has a coreference name (without one the scorer accepts
only the literal pronoun, so those are out of reach for a resolver); ``null/attributed`` when
the gold says nobody is quoted.

Three classes are the scorer's or the gold's, not the engine's, and are counted apart so that a
rule is not written to chase them:

* ``<kind>/gold-not-a-speaker``: the gold "speaker" opens with a reporting verb or is a lone
  preposition ("said in a statement", "From"), a span taken one word off;
* ``nominal/description-named``: the gold is a description with no name ("the president") that
  the prediction resolved to the person the text names ("Barack Obama"), which is what the
  reader shows, but the scorer wants the words of the description;
* ``pronoun/coref-other-gender``: the gold is "he" or "she" and its silver coreference name has
  a given name of the other gender.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import load_dev, predict

from briefing.analysis.cues.english_words import PREPOSITIONS
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.speakers.given_names import gender_of_first_name


def half_of(doc_id: str) -> str:
    """A stable split that does not depend on the order of the file."""
    return "A" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "B"


def classify(scorer, gold_quote: dict, pred: dict) -> str:
    kind = scorer.speaker_kind(gold_quote)
    if kind == "null":
        return "null/attributed"
    if kind == "pronoun" and not scorer.names(gold_quote.get("speaker_coref")):
        return "pronoun-no-coref"
    speaker = gold_quote["speaker"].strip()
    first = speaker.split()[0].lower() if speaker else ""
    if first in REPORTING_VERBS or (first in PREPOSITIONS and " " not in speaker):
        return f"{kind}/gold-not-a-speaker"
    if kind == "pronoun" and _coref_other_gender(speaker, gold_quote.get("speaker_coref")):
        return "pronoun/coref-other-gender"
    if pred["speaker"] is None:
        return f"{kind}/no-cue"
    if kind == "nominal" and scorer.names(pred["speaker"]) and _names_description(pred, speaker):
        return "nominal/description-named"
    return f"{kind}/other"


def _coref_other_gender(pronoun: str, coref: str | None) -> bool:
    """ "he" whose silver coreference name is a woman's by its given name, or "she" a man's."""
    want = {"he": "m", "she": "f"}.get(pronoun.lower())
    given = gender_of_first_name(coref.split()[0]) if coref and coref.split() else ""
    return bool(want and given and given != want)


def _names_description(pred: dict, description: str) -> bool:
    """The prediction's cue opens with the gold description ("the president said"): the
    engine read the description and resolved it to the person the text names."""
    return (pred.get("cue") or "").lower().startswith(description.lower())


def context(text: str, start: int, end: int, width: int = 160) -> str:
    return " ".join(text[max(0, start - width) : min(len(text), end + width)].split())


def print_scores(label: str, result: dict) -> None:
    kinds = "  ".join(
        f"{k} {acc:.3f} (n={n})" for k, (acc, n) in result["speaker_acc_by_gold_kind"].items()
    )
    print(
        f"[{label}] quote P {result['precision']:.3f} R {result['recall']:.3f} "
        f"F1 {result['f1']:.3f} | speaker {result['speaker_acc']:.3f} | e2e F1 "
        f"{result['e2e_f1']:.3f}\n      {kinds}"
    )


def print_changes(scorer, gold: dict, engine: dict, ranked: dict) -> None:
    """Where the ranker's speaker differs from the engine's, by gold kind and by whether the
    change went from nobody to a name, a name to nobody or a name to another: fixed or broke."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc_id, g in gold.items():
        before, after = engine[doc_id]["quotes"], ranked[doc_id]["quotes"]
        for i, j in scorer.match(g["quotes"], after):
            q = g["quotes"][i]
            old = next((p for p in before if p["start"] == after[j]["start"]), None)
            if old is None or old["speaker"] == after[j]["speaker"] or scorer.unscoreable(q):
                continue
            shape = (
                "nobody->name"
                if old["speaker"] is None
                else ("name->nobody" if after[j]["speaker"] is None else "name->name")
            )
            tally = counts[f"{scorer.speaker_kind(q)}/{shape}"]
            now, then = scorer.speaker_ok(q, after[j]), scorer.speaker_ok(q, old)
            tally[0 if now and not then else 1 if then and not now else 2] += 1
    print("ranker changes (out of fold): fixed / broke / both wrong")
    for name, (fixed, broke, neither) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {name:<24} {fixed:>4} {broke:>4} {neither:>4}")


def collect_errors(scorer, gold: dict, predictions: dict, half: str) -> dict[str, list[str]]:
    """Every mistake of the articles of ``half`` (or all), by class, with its context."""
    errors: dict[str, list[str]] = defaultdict(list)
    for doc_id, g in gold.items():
        if half != "all" and half_of(doc_id) != half:
            continue
        text, golds, preds = g["text"], g["quotes"], predictions[doc_id]["quotes"]
        pairs = scorer.match(golds, preds)
        for i, j in pairs:
            if scorer.speaker_ok(golds[i], preds[j]):
                continue
            q, p = golds[i], preds[j]
            errors[classify(scorer, q, p)].append(
                f"{doc_id} gold={q['speaker']!r} coref={q.get('speaker_coref')!r} "
                f"pred={p['speaker']!r} cue={p['cue']!r}\n    "
                + context(text, q["start"], q["end"])
            )
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, q in enumerate(golds):
            if i not in matched_g:
                errors["missed"].append(
                    f"{doc_id} gold={q['speaker']!r} quote={q['text'][:80]!r}\n    "
                    + context(text, q["start"], q["end"], 80)
                )
        for j, p in enumerate(preds):
            if j not in matched_p:
                end = p["start"] + len(p["text"])
                errors["spurious"].append(
                    f"{doc_id} pred={p['speaker']!r}\n    " + context(text, p["start"], end, 80)
                )
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=["A", "B", "all"], default="A")
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--only", help="print samples of this class only")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write every matched quote's outcome here")
    parser.add_argument("--diff", type=Path, help="print quotes whose outcome changed since a dump")
    parser.add_argument(
        "--ranker",
        action="store_true",
        help="classify the fitted ranker's out-of-fold choices (5-fold CV) instead of the "
        "engine's, and count where it changed the engine's speaker",
    )
    args = parser.parse_args()
    dev = load_dev("quote error analysis")
    if dev is None:
        return 0
    gold, scorer, docs = dev
    predictions = {doc_id: {"quotes": predict(doc)} for doc_id, doc in docs.items()}
    if args.ranker:
        from train_attribution import cv_predictions

        ranked = cv_predictions(gold, docs, scorer)
        print_changes(scorer, gold, predictions, ranked)
        predictions = ranked
    for label in ("A", "B"):
        part = {k: v for k, v in gold.items() if half_of(k) == label}
        print_scores(label, scorer.score(part, predictions))
    print_scores("all", scorer.score(gold, predictions))

    outcomes = {}
    for doc_id, g in gold.items():
        preds = predictions[doc_id]["quotes"]
        for i, j in scorer.match(g["quotes"], preds):
            q = g["quotes"][i]
            outcomes[f"{doc_id}@{q['start']}"] = [
                scorer.speaker_ok(q, preds[j]),
                q["speaker"],
                q.get("speaker_coref"),
                preds[j]["speaker"],
                context(g["text"], q["start"], q["end"], 100),
            ]
    if args.dump:
        args.dump.write_text(json.dumps(outcomes), encoding="utf-8")
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        for key, now in outcomes.items():
            then = before.get(key)
            if (
                then
                and then[0] != now[0]
                and (args.half == "all" or half_of(key.split("@")[0]) == args.half)
            ):
                print(
                    f"{'FIXED' if now[0] else 'BROKE'} {key} gold={now[1]!r} coref={now[2]!r} "
                    f"was={then[3]!r} now={now[3]!r}\n    {now[4]}"
                )
    errors = collect_errors(scorer, gold, predictions, args.half)
    print(f"\nerror classes (half {args.half}):")
    for name, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        print(f"  {name:<22} {len(items)}")
    rng = random.Random(args.seed)
    for name, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        if args.only and name != args.only:
            continue
        print(f"\n== {name} ({len(items)})")
        for item in rng.sample(items, min(args.samples, len(items))):
            print("  " + item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
