"""Every key point of every corpus file, to read as an editor would (no figures, a listing).

Usage (from the repository root)::

    python benchmarks/corpus_keypoints.py [--corpus ../shared/corpus] [--top 3] [--top-only]

For each file named in the corpus manifest it prints the top key points (rank 1 to ``--top``,
in rank order) and then each section's own points (the reader's ``K`` view and the Markdown
export's per-section list), with the section's title. Reading the listing is how furniture that
slipped past the boilerplate gate is found; the gate's rules stay general, never the listing's
words. A file that cannot be read prints its one-line error and the run goes on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

import briefing
from briefing.model import KeyPoint

ROOT = Path(__file__).resolve().parent.parent
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
    ROOT.parent / "shared",
)


def corpus_files(corpus: Path) -> list[Path]:
    """The files the manifest names, in its order (every file of the folder if it has none)."""
    manifest = corpus / "manifest.yaml"
    if not manifest.is_file():
        return sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix != ".yaml")
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))["files"]
    return [corpus / entry["name"] for entry in entries]


def one_line(doc: briefing.Briefing, point: KeyPoint) -> str:
    """A point on one line (inner line breaks as spaces), after its speaker's name if any."""
    speaker = doc.speaker(point.speaker)
    text = " ".join(point.text.split())
    return f"{speaker.name}: {text}" if speaker else text


def listing(path: Path, top: int, top_only: bool) -> list[str]:
    """The lines printed for one file."""
    try:
        doc = briefing.analyse(briefing.read(str(path)))
    except briefing.BriefingError as error:
        return [f"## {path.name}", f"   error: {error}"]
    lines = [f"## {path.name}"]
    best = sorted(doc.key_points, key=lambda point: point.rank)[:top]
    lines += [f"   {point.rank}. {one_line(doc, point)}" for point in best]
    if top_only:
        return lines
    for section, points in zip(doc.sections, doc.section_key_points, strict=False):
        if points:
            title = " ".join((section.title or "(lede)").split())
            lines.append(f"   [{title[:70]}]")
            lines += [f"      - {one_line(doc, point)}" for point in points]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--top-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: nothing to list", file=sys.stderr)
        return 0
    for path in corpus_files(args.corpus):
        print("\n".join(listing(path, args.top, args.top_only)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
