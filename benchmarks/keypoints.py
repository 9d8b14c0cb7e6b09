"""Key points against the dev sets: ROUGE for ours, Lead-3 and TextRank in one run, plus timings.

Usage (from the repository root, with the bench extra installed)::

    python benchmarks/keypoints.py [--data ../shared/data] [--tools ../shared/tools]
                                   [--corpus ../shared/corpus] [--halves] [--limit N]

For each set (``keypoints-human-dev.jsonl``: journalists' highlights; ``keypoints-dev.jsonl``:
extractive references) and each budget (3 sentences; 75 words) it prints ROUGE-1/2/L F1 x100
(rouge-score, Porter stemming, the rules of ``score_keypoints.py``) for our key points, Lead-3
and plain TextRank (sumy, through ``keypoint_anchors.py``). Every system fills a budget the same
way: sentences in its own rank order, 3 of them, or until 75 words (then cut to 75), joined in
document order. ``--halves`` also scores each half of each set, to see that a gain is not one
half's luck. The shipped scorer is fitted on these very sets, so "ours" here is an in-sample
figure: the cross-validated ones come from ``benchmarks/train_keypoints.py``. Then it times the
analysis of the longest corpus files (the 1.6 MB file's key points must take under 1 s of CPU).
Missing data or tools are skipped with a note, never an error.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import briefing
from briefing.analysis.keypoints import choose_key_points
from briefing.model import BlockKind

ROOT = Path(__file__).resolve().parent.parent
# ../shared from the main checkout, ../../shared from a worktree under wt/.
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
    ROOT.parent / "shared",
)
SETS = (("human", "keypoints-human-dev.jsonl"), ("bbc", "keypoints-dev.jsonl"))
SENTENCES = 3
WORDS = 75
OUR_DEPTH = 10  # ask for this many ranked points so the word budget never runs dry


def ensure_title_line(record: dict) -> str:
    """The article as the plain-text loader expects it: a title line, then the body.

    The loader takes a first line that looks like a headline as the title; the sets give the
    title separately (or not at all) and the text never starts with it, so a title line is
    prepended, exactly once, and a neutral one when there is none (it is not scored). Without
    it the loader would take the first paragraph of a multi-paragraph article as the title.
    ``our_ranked`` checks that the body still starts with the article.
    """
    text = record["text"].strip()
    title = (record.get("title") or "").strip() or "Untitled article"
    if text.startswith(title):
        return text
    return f"{title}\n\n{text}"


def our_ranked(record: dict) -> tuple[list[str], float]:
    """Our key points in rank order, and the seconds choose_key_points took."""
    doc = briefing.read_text(ensure_title_line(record), source=record["id"], fmt="text")
    doc = briefing.analyse(doc, key_points=1)
    head = " ".join(record["text"].split()[:5])
    if not " ".join(doc.text.split()).startswith(head):
        print(f"# warning: {record['id']}: the loader dropped the article's start", file=sys.stderr)
    started = time.perf_counter()
    points, _ = choose_key_points(doc, count=OUR_DEPTH)
    seconds = time.perf_counter() - started
    return [p.text for p in sorted(points, key=lambda p: p.rank)], seconds


def budgeted(ranked: Sequence[str], order: Sequence[str], words: int | None) -> list[str]:
    """The budget's sentences from a ranked list, in document order, cut to ``words``."""
    if words is None:
        picked = list(ranked[:SENTENCES])
    else:
        picked, total = [], 0
        for sentence in ranked:
            if total >= words:
                break
            picked.append(sentence)
            total += len(sentence.split())
    picked.sort(key=lambda s: order.index(s) if s in order else len(order))
    if words is None:
        return picked
    out, used = [], 0
    for sentence in picked:
        tokens = sentence.split()
        if used + len(tokens) > words:
            rest = tokens[: max(0, words - used)]
            if rest:
                out.append(" ".join(rest))
            break
        out.append(sentence.strip())
        used += len(tokens)
    return out


def load_anchors(tools: Path):
    """The official baseline module, or None when it (or sumy) is not available."""
    path = tools / "keypoint_anchors.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("keypoint_anchors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def anchor_ranked(anchors, system: str) -> Callable[[dict], list[str]]:
    """A baseline's full rank order (its selection with an unbounded budget keeps rank order)."""

    def ranked(record: dict) -> list[str]:
        text = record["text"]
        spans = anchors.split_sentences(text)
        sents = [text[a:b] for a, b in spans]
        if system == "lead":
            return sents
        starts = [m.start() for m in re.finditer(r"(?:^|\n\s*\n)", text)]
        record["_para"] = [sum(1 for p in starts if p <= a) for a, _ in spans]
        order: list[int] = []
        summarizer = anchors._sumy_setup()[system]
        ObjectDocumentModel, Paragraph, Sentence = anchors._sumy_setup()["_dom"]
        tok = anchors._sumy_setup()["_tok"]
        objects = [Sentence(s, tok) for s in sents]
        paras, current, last = [], [], None
        for i, obj in enumerate(objects):
            if record["_para"][i] != last and current:
                paras.append(Paragraph(current))
                current = []
            current.append(obj)
            last = record["_para"][i]
        if current:
            paras.append(Paragraph(current))
        infos: list = []
        summarizer(ObjectDocumentModel(paras), lambda got: infos.extend(got) or got)
        index = {id(obj): i for i, obj in reversed(list(enumerate(objects)))}
        order = [index[id(info.sentence)] for info in infos]
        order += [i for i in range(len(sents)) if i not in set(order)]
        return [sents[i] for i in order]

    return ranked


def document_order(record: dict, sentences: Sequence[str]) -> list[str]:
    text = record["text"]
    return sorted(sentences, key=lambda s: text.find(s) if s in text else len(text))


def score(scorer, records: Sequence[dict], outputs: Sequence[list[str]]) -> tuple[float, ...]:
    totals = [0.0, 0.0, 0.0]
    for record, points in zip(records, outputs, strict=True):
        if not points:
            continue
        reference = " ".join(r.strip() for r in record["reference"] if r.strip())
        got = scorer.score(reference, " ".join(p.strip() for p in points))
        totals[0] += got["rouge1"].fmeasure
        totals[1] += got["rouge2"].fmeasure
        totals[2] += got["rougeL"].fmeasure
    return tuple(100 * t / max(1, len(records)) for t in totals)


def run_sets(data: Path, tools: Path, halves: bool, limit: int | None) -> None:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("rouge-score is not installed (pip install -e '.[bench]'): ROUGE skipped")
        return
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    anchors = load_anchors(tools)
    systems: dict[str, Callable[[dict], list[str]]] = {}
    if anchors is not None:
        systems["lead3"] = anchor_ranked(anchors, "lead")
        if importlib.util.find_spec("sumy") is not None:
            systems["textrank"] = anchor_ranked(anchors, "textrank")
    print("# ours is fitted on these sets (in-sample): CV figures are train_keypoints.py's")
    print("| set | budget | system | R1 | R2 | RL |" + (" R2 1st half | R2 2nd half |" * halves))
    print("|---|---|---|---|---|---|" + "---|---|" * halves)
    for name, filename in SETS:
        path = data / filename
        if not path.exists():
            print(f"| {name} | - | (no {path}) | | | |")
            continue
        records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        records = records[:limit] if limit else records
        ranked: dict[str, list[list[str]]] = {"ours": []}
        seconds = []
        for record in records:
            points, took = our_ranked(record)
            ranked["ours"].append(points)
            seconds.append(took)
        for system, rank in systems.items():
            ranked[system] = [rank(record) for record in records]
        for budget, words in (("3 sent", None), ("75 words", WORDS)):
            for system, lists in ranked.items():
                outputs = []
                for record, points in zip(records, lists, strict=True):
                    order = document_order(record, points)
                    outputs.append(budgeted(points, order, words))
                r1, r2, rl = score(scorer, records, outputs)
                row = f"| {name} | {budget} | {system} | {r1:.2f} | {r2:.2f} | {rl:.2f} |"
                if halves:
                    mid = len(records) // 2
                    first = score(scorer, records[:mid], outputs[:mid])[1]
                    second = score(scorer, records[mid:], outputs[mid:])[1]
                    row += f" {first:.2f} | {second:.2f} |"
                print(row)
        print(
            f"# {name}: {len(records)} documents, choose_key_points median "
            f"{1000 * statistics.median(seconds):.2f} ms, max {1000 * max(seconds):.2f} ms"
        )


def run_corpus(corpus: Path, count: int) -> None:
    """Time the analysis of the largest corpus files (median of three runs each).

    The machine is shared, so CPU time (``process_time``) is printed beside wall time. The
    largest file is timed once more with every block treated as prose: the worst case for the
    sentence graph (its forms and tables become tens of thousands of "sentences").
    """
    if not corpus.is_dir():
        print(f"# no corpus at {corpus}: timings skipped")
        return
    files = sorted(
        (
            p
            for p in corpus.iterdir()
            if p.is_file() and p.name not in ("README.md", "manifest.yaml")
        ),
        key=lambda p: -p.stat().st_size,
    )[:count]
    print("\n| file | text KB | sentences | analyse s | key points s | key points CPU s | points |")
    print("|---|---|---|---|---|---|---|")
    runs = [(path.name, lambda path=path: briefing.read(path)) for path in files]
    if files:
        runs.append((f"{files[0].name} (every block as prose)", lambda: as_prose(files[0])))
    for name, load in runs:
        try:
            doc = load()
        except briefing.BriefingError as error:
            print(f"| {name} | - | - | {error} | | | |")
            continue
        whole, keys, cpu = [], [], []
        for _ in range(3):
            started = time.perf_counter()
            analysed = briefing.analyse(doc)
            whole.append(time.perf_counter() - started)
            bare = replace(analysed, key_points=(), section_key_points=())
            started, cpu_started = time.perf_counter(), time.process_time()
            points, _ = choose_key_points(bare)
            keys.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        print(
            f"| {name} | {len(doc.text.encode()) // 1024} | {len(analysed.sentences)} | "
            f"{statistics.median(whole):.3f} | {statistics.median(keys):.3f} | "
            f"{statistics.median(cpu):.3f} | {len(points)} |"
        )


def as_prose(path: Path) -> briefing.Briefing:
    """The document with its preformatted and heading blocks retyped as prose paragraphs."""
    doc = briefing.read(path)
    prose = tuple(replace(p, kind=BlockKind.TEXT, level=0) for p in doc.paragraphs)
    return replace(doc, paragraphs=prose)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data")
    parser.add_argument("--tools", type=Path, default=SHARED / "tools")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--halves", action="store_true", help="also score each half of each set")
    parser.add_argument("--limit", type=int, default=None, help="only the first N of each set")
    parser.add_argument("--longest", type=int, default=3, help="time this many corpus files")
    args = parser.parse_args()
    run_sets(args.data, args.tools, args.halves, args.limit)
    run_corpus(args.corpus, args.longest)


if __name__ == "__main__":
    main()
