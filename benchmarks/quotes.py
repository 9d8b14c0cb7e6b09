"""Quote and speaker benchmark on the annotated dev data (optional: skipped when absent).

Runs the engine on every article of ``../shared/data/quotes-dev.jsonl`` (relative to the repo),
scores it with the official scorer ``../shared/tools/score_quotes.py`` (imported, so the rules
are exactly the README's), and measures throughput on one core (median of runs).

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
from pathlib import Path

from briefing import read_text
from briefing.analysis.quotes import find_quotes_and_speakers
from briefing.analysis.sections import build_sections
from briefing.analysis.sentences import split_sentences
from briefing.model import Briefing

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "quotes-dev.jsonl"
SCORER = REPO.parent / "shared" / "tools" / "score_quotes.py"


def prepare(doc_id: str, text: str) -> Briefing:
    """Load as the app does and fill what the quote engine relies on."""
    from dataclasses import replace

    briefing = read_text(text, source=doc_id, fmt="text")
    return replace(
        briefing,
        sections=build_sections(briefing.text, briefing.paragraphs),
        sentences=split_sentences(briefing.text, briefing.paragraphs),
    )


def predict(briefing: Briefing) -> list[dict]:
    """The scorer's prediction records: quote text and the speaker's fullest name."""
    quotes, speakers = find_quotes_and_speakers(briefing)
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
    """The dev articles with their gold quotes, by id."""
    with DATA.open(encoding="utf-8") as handle:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, handle))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timing runs (median is shown)")
    parser.add_argument("--errors", type=Path, help="write a JSONL error analysis here")
    args = parser.parse_args()
    if not DATA.exists() or not SCORER.exists():
        print(f"quote benchmark skipped: {DATA} or {SCORER} not found")
        return 0
    gold = load_gold()
    docs = {doc_id: prepare(doc_id, d["text"]) for doc_id, d in gold.items()}
    predictions = {doc_id: {"quotes": predict(doc)} for doc_id, doc in docs.items()}
    scorer = load_scorer()
    result = scorer.score(gold, predictions)
    print(
        f"docs {result['docs']}  gold quotes {result['gold_quotes']}  "
        f"predicted {result['pred_quotes']}  matched {result['matched']}"
    )
    print(
        f"quote      P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}"
    )
    print(f"speaker    acc {result['speaker_acc']:.3f} (over matched quotes)")
    for kind, (accuracy, count) in result["speaker_acc_by_gold_kind"].items():
        print(f"  gold {kind:<8} acc {accuracy:.3f}  (n={count})")
    print(
        f"end-to-end P {result['e2e_precision']:.3f}  R {result['e2e_recall']:.3f}  "
        f"F1 {result['e2e_f1']:.3f}"
    )
    unscorable = sum(
        1
        for d in gold.values()
        for q in d["quotes"]
        if scorer.speaker_kind(q) == "pronoun" and not scorer.names(q.get("speaker_coref"))
    )
    print(
        f"note: {unscorable} gold speakers are bare pronouns without a coreference name; the "
        "scorer accepts only the literal pronoun for them, never a resolved name"
    )
    size = sum(len(d["text"].encode("utf-8")) for d in gold.values())
    cpu, wall = [], []
    for _ in range(args.runs):
        began_cpu, began_wall = time.process_time(), time.perf_counter()
        for doc in docs.values():
            find_quotes_and_speakers(doc)
        cpu.append(time.process_time() - began_cpu)
        wall.append(time.perf_counter() - began_wall)
    # CPU seconds of this process: on a shared machine wall time also counts other jobs.
    engine = statistics.median(cpu)
    print(
        f"throughput {len(docs) / engine:.0f} docs/s  {size / engine / 1e6:.2f} MB/s "
        f"(quote engine, CPU time, median of {args.runs} runs, one core; "
        f"wall {size / statistics.median(wall) / 1e6:.2f} MB/s)"
    )
    if args.errors:
        write_errors(args.errors, gold, predictions, scorer)
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
