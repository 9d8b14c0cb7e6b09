"""Quote and speaker benchmark on the annotated dev data (optional: skipped when absent).

Runs the engine on every article of ``shared/data/quotes-dev.jsonl`` (next to the repository),
scores it with the official scorer ``shared/tools/score_quotes.py`` (imported, so the rules are
exactly the README's) and prints a 5-fold cross-validation table over articles (folds from
``benchmarks/cv.py``): per fold and mean, quote P/R/F1, speaker accuracy by gold kind and
end-to-end F1. Two rows per fold: ``engine`` is the cue engine alone (its rules are not refitted
per fold, so its figure on a fold is what it is), ``ranker`` is the fitted speaker ranker trained
on the other four folds only, its penalty and thresholds chosen inside them (pure Python,
``train_attribution.cv_predictions``).
Also printed: the same on the 320 articles added last (after the first 400 in file order, never
looked at when the rules were written), throughput on one core (CPU time, median) and the CPU time
of ``briefing.analyse`` on the long report of the corpus, with and without the ranker.

    python benchmarks/quotes.py [--runs N] [--errors FILE]

Each article's first line is its headline: the plain-text loader takes it as the title, so
quotes inside headlines are not in the body and count as misses. Predictions are matched by
their text, so the gold offsets never matter.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv import FOLDS, fold_of

from briefing import read_text
from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.text.sections import build_sections
from briefing.analysis.text.sentences import split_sentences
from briefing.model import Briefing

REPO = Path(__file__).resolve().parent.parent


def _shared() -> Path:
    """The shared material sits beside the main checkout; a worktree is one level deeper."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return REPO.parent / "shared"


SHARED = _shared()
DATA = SHARED / "data" / "quotes-dev.jsonl"
SCORER = SHARED / "tools" / "score_quotes.py"
LONG_REPORT = SHARED / "corpus" / "long_mueller_report_vol1.md"
OLD_ARTICLES = 400  # the first 400 articles of the file are the ones the rules were written on
KINDS = ("named", "pronoun", "nominal", "null")


def prepare(doc_id: str, text: str) -> Briefing:
    """Load as the app does and fill what the quote engine relies on."""
    briefing = read_text(text, source=doc_id, fmt="text")
    return replace(
        briefing,
        sections=build_sections(briefing.text, briefing.paragraphs),
        sentences=split_sentences(briefing.text, briefing.paragraphs),
    )


def predict(briefing: Briefing, *, rank: bool = False) -> list[dict]:
    """The scorer's prediction records: quote text and the speaker's fullest name."""
    quotes, speakers = find_quotes_and_speakers(briefing, rank=rank)
    names = {speaker.id: speaker.name for speaker in speakers}
    return [
        {
            "text": briefing.text[q.start : q.end],
            "speaker": names.get(q.speaker) if q.speaker else None,
            "start": q.start,
            "cue": briefing.text[q.cue.start : q.cue.end] if q.cue else None,
        }
        for q in quotes
    ]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold() -> dict[str, dict]:
    """The dev articles with their gold quotes, by id, in file order."""
    with DATA.open(encoding="utf-8") as handle:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, handle))}


def load_dev(purpose: str) -> tuple[dict[str, dict], object, dict[str, Briefing]] | None:
    """The dev articles by id, the official scorer and each article prepared for the engine;
    ``None`` (after saying that ``purpose`` is skipped) where the shared data is absent."""
    if not DATA.exists() or not SCORER.exists():
        print(f"{purpose} skipped: {DATA} or {SCORER} not found")
        return None
    gold = load_gold()
    docs = {doc_id: prepare(doc_id, d["text"]) for doc_id, d in gold.items()}
    return gold, load_scorer(), docs


def fold_scores(scorer, gold: dict, predictions: dict) -> list[dict]:
    """The official scores of each fold's articles (fold = ``cv.fold_of(id)``)."""
    out = []
    for fold in range(FOLDS):
        part = {doc_id: d for doc_id, d in gold.items() if fold_of(doc_id) == fold}
        out.append(scorer.score(part, predictions))
    return out


def row(label: str, result: dict) -> str:
    by_kind = result["speaker_acc_by_gold_kind"]
    kinds = "  ".join(f"{by_kind[k][0]:.3f}" if k in by_kind else "  -  " for k in KINDS)
    return (
        f"{label:<14} {result['precision']:.3f} {result['recall']:.3f} {result['f1']:.3f}  "
        f"{result['speaker_acc']:.3f}  {kinds}  {result['e2e_f1']:.3f}"
    )


def mean_row(label: str, results: list[dict]) -> str:
    """The unweighted mean over folds of every figure of ``row``."""
    keys = ("precision", "recall", "f1", "speaker_acc", "e2e_f1")
    mean = {k: statistics.mean(r[k] for r in results) for k in keys}
    mean["speaker_acc_by_gold_kind"] = {
        kind: [statistics.mean(r["speaker_acc_by_gold_kind"][kind][0] for r in results), 0]
        for kind in KINDS
        if all(kind in r["speaker_acc_by_gold_kind"] for r in results)
    }
    return row(label, mean)


HEADER = (
    f"{'':<14} {'P':>5} {'R':>5} {'F1':>5}  {'spkr':>5}  "
    + "  ".join(f"{k[:5]:>5}" for k in KINDS)
    + f"  {'e2e':>5}"
)


def print_table(scorer, gold: dict, rows: dict[str, dict]) -> None:
    """Per fold then mean, one line per engine; then the 320 articles added last."""
    kinds = ", ".join(KINDS)
    print(f"5-fold CV over {len(gold)} articles (speaker accuracy by gold kind: {kinds})")
    print(HEADER)
    per_engine = {name: fold_scores(scorer, gold, preds) for name, preds in rows.items()}
    for fold in range(FOLDS):
        for name, results in per_engine.items():
            print(row(f"fold {fold} {name}", results[fold]))
    for name, results in per_engine.items():
        print(mean_row(f"mean {name}", results))
    new = dict(list(gold.items())[OLD_ARTICLES:])
    print(f"the {len(new)} articles after the first {OLD_ARTICLES} (out-of-fold predictions):")
    for name, preds in rows.items():
        print(row(f"new {name}", scorer.score(new, preds)))


def cpu_median(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        began = time.process_time()
        work()
        times.append(time.process_time() - began)
    return statistics.median(times)


def print_speed(gold: dict, docs: dict, runs: int) -> None:
    """Throughput of the quote engine and the long report's analysis, ranker off and on."""
    import briefing

    size = sum(len(d["text"].encode("utf-8")) for d in gold.values())
    for rank in (False, True):
        engine = cpu_median(
            runs, lambda rank=rank: [find_quotes_and_speakers(d, rank=rank) for d in docs.values()]
        )
        label = "ranker" if rank else "engine"
        print(
            f"throughput {label}: {size / engine / 1e6:.2f} MB/s, {len(docs) / engine:.0f} docs/s "
            f"(CPU time, median of {runs} runs, one core)"
        )
    if not LONG_REPORT.exists():
        return
    report = briefing.read(LONG_REPORT)
    for rank in (False, True):
        seconds = cpu_median(runs, lambda rank=rank: _analyse(report, rank))
        label = "ranker" if rank else "engine"
        print(f"analyse {LONG_REPORT.name} {label}: {seconds:.3f} s CPU (median of {runs})")


def _analyse(report: Briefing, rank: bool) -> None:
    """``briefing.analyse`` as the app runs it; with ``rank`` off, its quote stage is the cue
    engine alone (swapped in for this call only, so both are timed in one process)."""
    import briefing.analysis as analysis

    original = analysis.find_quotes_and_speakers
    analysis.find_quotes_and_speakers = partial(original, rank=rank)
    try:
        analysis.analyse(report)
    finally:
        analysis.find_quotes_and_speakers = original


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timing runs (median is shown)")
    parser.add_argument("--errors", type=Path, help="write a JSONL error analysis here")
    args = parser.parse_args()
    dev = load_dev("quote benchmark")
    if dev is None:
        return 0
    gold, scorer, docs = dev
    rows = {"engine": {doc_id: {"quotes": predict(doc)} for doc_id, doc in docs.items()}}
    from train_attribution import cv_predictions

    rows["ranker"] = cv_predictions(gold, docs, scorer)
    print_table(scorer, gold, rows)
    print_speed(gold, docs, args.runs)
    if args.errors:
        write_errors(args.errors, gold, rows[list(rows)[-1]], scorer)
    return 0


def write_errors(path: Path, gold: dict, predictions: dict, scorer) -> None:
    """One line per mistake: missed and spurious quotes, wrong speakers, with context."""
    with path.open("w", encoding="utf-8") as out:
        for doc_id, g in gold.items():
            golds, preds = g["quotes"], predictions[doc_id]["quotes"]
            pairs = scorer.match(golds, preds)
            matched_g = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            for i, j in pairs:
                if not scorer.speaker_ok(golds[i], preds[j]):
                    record = {
                        "kind": "speaker",
                        "id": doc_id,
                        "quote": golds[i]["text"][:120],
                        "gold": golds[i]["speaker"],
                        "coref": golds[i].get("speaker_coref"),
                        "pred": preds[j]["speaker"],
                        "cue": preds[j]["cue"],
                        "gold_kind": scorer.speaker_kind(golds[i]),
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for i, q in enumerate(golds):
                if i not in matched_g:
                    context = g["text"][max(0, q["start"] - 80) : q["end"] + 40]
                    out.write(
                        json.dumps(
                            {
                                "kind": "missed",
                                "id": doc_id,
                                "context": context,
                                "quote": q["text"][:120],
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
            for j, q in enumerate(preds):
                if j not in matched_p:
                    out.write(
                        json.dumps(
                            {
                                "kind": "spurious",
                                "id": doc_id,
                                "quote": q["text"][:120],
                                "pred": q["speaker"],
                                "cue": q["cue"],
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )


if __name__ == "__main__":
    sys.exit(main())
