"""A digest of the analysis output, to prove a refactor left it byte-identical.

Runs ``briefing.analyse`` over the seed, every file of ``shared/corpus`` and the first 200
articles of ``shared/data/quotes-dev.jsonl`` and writes sha256 digests per document: of the
JSON export, of the ``repr`` of every analysis field (the JSON leaves some out) and of the cue
engine's quotes without the ranker (the benchmarks' baseline). Run it before and after a change and
``diff`` the two files::

    python benchmarks/snapshot_analysis.py before.json
    python benchmarks/snapshot_analysis.py after.json && diff before.json after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from itertools import islice
from pathlib import Path

from briefing import read, read_text
from briefing.analysis import analyse, find_quotes_and_speakers
from briefing.errors import BriefingError
from briefing.export.as_json import render_json
from briefing.model import Briefing

REPO = Path(__file__).resolve().parent.parent
ARTICLES = 200
FIELDS = (
    "sections",
    "sentences",
    "quotes",
    "speakers",
    "key_points",
    "section_key_points",
    "failed_stages",
)


def _shared() -> Path:
    """The shared material sits beside the main checkout; a worktree is one level deeper."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return REPO.parent / "shared"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(doc: Briefing) -> dict[str, str]:
    """The analysed briefing's JSON export and analysis fields, each as a sha256."""
    done = analyse(doc)
    fields = {name: _sha(repr(getattr(done, name))) for name in FIELDS}
    return {"json": _sha(render_json(done)), **fields}


def engine_digest(doc: Briefing) -> str:
    """The cue engine's quotes and speakers without the ranker (the benchmarks' baseline)."""
    analysed = analyse(doc)
    prepared = replace(doc, sections=analysed.sections, sentences=analysed.sentences)
    return _sha(repr(find_quotes_and_speakers(prepared, rank=False)))


def documents(shared: Path) -> dict[str, Briefing]:
    """Each document by name."""
    docs: dict[str, Briefing] = {}
    for path in sorted((REPO / "seeds").iterdir()):
        docs[f"seed/{path.name}"] = read(str(path))
    for path in sorted((shared / "corpus").iterdir()):
        if path.name in {"README.md", "manifest.yaml"}:
            continue
        try:
            docs[f"corpus/{path.name}"] = read(str(path))
        except BriefingError as error:
            print(f"skipped {path.name}: {error}", file=sys.stderr)
    with (shared / "data" / "quotes-dev.jsonl").open(encoding="utf-8") as lines:
        for line in islice(lines, ARTICLES):
            record = json.loads(line)
            doc = read_text(record["text"], source=record["id"], fmt="text")
            docs[f"dev/{record['id']}"] = doc
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="where to write the JSON digest")
    args = parser.parse_args()
    result: dict[str, dict[str, str]] = {}
    for name, doc in documents(_shared()).items():
        result[name] = {**digest(doc), "engine": engine_digest(doc)}
    Path(args.out).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    print(f"{len(result)} documents digested into {args.out}")


if __name__ == "__main__":
    main()
