"""Speakers and turn counts of every transcript in the corpus, as the transcript reader sees them.

Usage: python benchmarks/transcripts.py [--corpus DIR] [--names GLOB ...]

A turn is a run of paragraphs under one label (one label occurrence); the table gives, per
label, the number of turns and of paragraphs (or paragraph pieces) they hold. Reads
``../shared/corpus`` beside the repository by default and exits cleanly when it is absent.
Run it on two checkouts (``PYTHONPATH=OTHER``) to compare before and after.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from briefing.analysis.quotes.turns import find_turns
from briefing.load import read

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PATTERNS = ("transcript_*", "tricky_congress_*")


def speaker_table(path: Path) -> list[tuple[str, int, int]]:
    """(label, turns, paragraphs) for each label, most turns first."""
    doc = read(path)
    turns = find_turns(doc.text, doc.paragraphs)
    paragraphs = Counter(turn.label for turn in turns)
    starts = Counter(label for label, _ in {(turn.label, turn.label_start) for turn in turns})
    return sorted(
        ((label, starts[label], paragraphs[label]) for label in paragraphs),
        key=lambda row: (-row[1], row[0]),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--names", nargs="*", default=list(PATTERNS))
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to measure (skipped)")
        return 0
    files = sorted({p for pattern in args.names for p in args.corpus.glob(pattern)})
    for path in files:
        rows = speaker_table(path)
        total = sum(row[1] for row in rows)
        print(f"{path.name}: {len(rows)} labels, {total} turns")
        for label, turns, paragraphs in rows:
            print(f"  {label[:50]:<50} {turns:>4} turns {paragraphs:>5} paras")
    return 0


if __name__ == "__main__":
    sys.exit(main())
