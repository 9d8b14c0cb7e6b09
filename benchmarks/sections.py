"""Title, section count and the first section titles of every corpus file.

Usage: python benchmarks/sections.py [--corpus DIR] [--first N]

Shows what the table of contents of each real document starts with, so a change to headings or
sections can be compared before and after (``PYTHONPATH=OTHER`` runs another checkout). Reads
``../shared/corpus`` beside the repository by default and exits cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.analysis.text.sections import build_sections
from briefing.load import read

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--first", type=int, default=6, help="section titles shown per file")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to measure (skipped)")
        return 0
    files = sorted(p for p in args.corpus.iterdir() if p.suffix not in (".yaml",))
    for path in files:
        if path.name == "README.md":
            continue
        doc = read(path)
        sections = build_sections(doc.text, doc.paragraphs)
        print(f"{path.name}: {len(sections)} sections; title {doc.title[:70]!r}")
        for section in sections[: args.first]:
            print(f"  {'  ' * max(0, section.level - 1)}{(section.title or '(lede)')[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
