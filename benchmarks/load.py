"""Throughput of load + sections + sentences on the long corpus files, in MB/s.

Usage: python benchmarks/load.py [--corpus DIR] [--runs N] [--all]

Reads the real documents in ``../shared/corpus`` (beside the repository) when they are there
and says so and exits cleanly when they are not. Each file is read from disk, parsed, cut into
sections and sentences ``--runs`` times; the table shows the median time (the machine is shared
and noisy, so medians, not best or mean). Target: at least 5 MB/s on every long file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from briefing.analysis.text.sections import build_sections
from briefing.analysis.text.sentences import split_sentences
from briefing.errors import BriefingError
from briefing.load import read

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGET_MB_S = 5.0


def run_once(path: Path) -> tuple[float, float, int, int, int]:
    """Wall and CPU seconds for one full pass, and the counts it produced (the work was done).

    CPU time is shown beside wall time because the machine is shared: other processes stretch
    the wall clock but not this process's CPU time.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    doc = read(path)
    sections = build_sections(doc.text, doc.paragraphs)
    sentences = split_sentences(doc.text, doc.paragraphs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, len(doc.paragraphs), len(sections), len(sentences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--all", action="store_true", help="every corpus file, not only long_*")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to measure (skipped)")
        return 0
    pattern = "*.*" if args.all else "long_*"
    files = sorted(
        p for p in args.corpus.glob(pattern) if p.suffix not in (".yaml",) and p.name != "README.md"
    )
    if not files:
        print(f"no matching files in {args.corpus} (skipped)")
        return 0
    header = (
        f"{'file':<36} {'MB':>5} {'paras':>6} {'sects':>6} {'sents':>6} "
        f"{'wall s':>7} {'MB/s':>6} {'cpu s':>7} {'cpu MB/s':>8}"
    )
    print(header)
    print("-" * len(header))
    slow = 0
    for path in files:
        size_mb = path.stat().st_size / 1_000_000
        try:
            run_once(path)  # warm-up: imports, caches
            results = [run_once(path) for _ in range(args.runs)]
        except BriefingError as error:
            print(f"{path.name:<36} skipped: {error.reason}")
            continue
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        _, _, paragraphs, sections, sentences = results[0]
        slow += size_mb / cpu < TARGET_MB_S  # CPU time: other processes do not stretch it
        print(
            f"{path.name:<36} {size_mb:>5.2f} {paragraphs:>6} {sections:>6} {sentences:>6} "
            f"{wall:>7.3f} {size_mb / wall:>6.1f} {cpu:>7.3f} {size_mb / cpu:>8.1f}"
        )
    print(f"\nmedian of {args.runs} runs per file; target >= {TARGET_MB_S} MB/s", end="")
    print(f" (CPU time); {slow} file(s) below it" if slow else " (CPU time); all meet it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
