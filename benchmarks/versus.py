"""The analysis's CPU time in this checkout against an earlier commit, on the same machine, now.

    python benchmarks/versus.py REF [--rounds N] [--articles N]

A speed target written on one day ("0.45 s today") means nothing on a shared machine another
day: the machine's speed drifts by two or three times between sessions. This puts the
earlier code beside the current code in one run. REF is checked out into a temporary git
worktree; each round runs one child process per side, alternating, each timing
``briefing.analysis.analyse`` (CPU time, median of its repeats) on:

* the long report of the corpus (``long_mueller_report_vol1.md``, read as the app reads it);
* the first ``--articles`` news articles of ``quotes-dev.jsonl``, as MB/s of text.

Where both versions name them (``analysis.find_quotes_and_speakers``,
``analysis.keypoints.choose_key_points``), the two costliest stages are also timed alone on the
analysed documents, so a ratio says which stage grew.

It prints each side's median over the rounds and the ratio of CPU time, current over REF
(above 1: the current code is slower).

``--instructions`` counts instead of timing: each side's one warm ``analyse`` of the long
report, in machine instructions, under valgrind's cachegrind (the count with one warm call
less is subtracted; hash seed fixed). Timings on these machines drift by 5 to 10 % within an
hour; the count repeats to within 1 M of 4,500 M, and glibc's allocator, whose work shifts with
the heap's layout, adds about 1 % either way. It tells a 2 % gain from noise, which a timing
cannot; it is not a speed (a cache miss and an instruction count the same). Both sides run with
this interpreter and the installed dependencies; only the ``briefing`` package differs (the
child puts the side's checkout first on ``sys.path``). Missing shared data is skipped with a
note.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from quotes import DATA, LONG_REPORT  # noqa: E402

REPEATS = 5
# What each child runs: only what every version of the package has (``read``, ``read_text``,
# ``analysis.analyse``), so any earlier commit can be timed the same way; the stages only where
# the version has them.
# Every child first imports the package of the side's checkout (argv[1]), and checks it did.
SIDE = r"""
import sys
sys.path.insert(0, sys.argv[1])
import briefing
from briefing import read, read_text
from briefing.analysis import analyse
assert briefing.__file__.startswith(sys.argv[1]), briefing.__file__
"""
CHILD = (
    SIDE
    + r"""
import json, statistics, time
report_path, data_path = sys.argv[2], sys.argv[3]
articles, repeats = int(sys.argv[4]), int(sys.argv[5])
# The two stages that cost the most, where this version names them: a ratio says which grew.
try:
    from briefing.analysis import find_quotes_and_speakers as quotes_stage
    from briefing.analysis.keypoints import choose_key_points as points_stage
except ImportError:
    quotes_stage = points_stage = None
def cpu(run):
    run()  # warm: imports, compiled patterns, loaded weights
    times = []
    for _ in range(repeats):
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return statistics.median(times)
def stages(name, docs):
    if quotes_stage is None:
        return
    done = [analyse(doc) for doc in docs]
    out[name + " quotes"] = cpu(lambda: [quotes_stage(doc) for doc in done])
    out[name + " key points"] = cpu(lambda: [points_stage(doc) for doc in done])
out = {}
if report_path:
    report = read(report_path)
    out["report"] = cpu(lambda: analyse(report))
    stages("report", [report])
if data_path:
    with open(data_path, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(articles), handle)]
    docs = [read_text(text, source=str(i), fmt="text") for i, text in enumerate(texts)]
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    out["news"] = size / cpu(lambda: [analyse(doc) for doc in docs])
    stages("news", docs)
print(json.dumps(out))
"""
)


def measure(checkout: Path, report: Path | None, data: Path | None, articles: int) -> dict:
    """One child process's timings of the package in ``checkout``."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(checkout),
            str(report or ""),
            str(data or ""),
            str(articles),
            str(REPEATS),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),  # not the repository: its package must not shadow the side's
    )
    return json.loads(done.stdout)


# Under cachegrind: the long report read, then analysed once cold and ``warm`` times more.
INSTRUCTIONS_CHILD = (
    SIDE
    + r"""
report = read(sys.argv[2])
for _ in range(1 + int(sys.argv[3])):
    analyse(report)
"""
)


def instructions(checkout: Path, report: Path, warm: int) -> int:
    """Instructions of one child process under cachegrind (see ``INSTRUCTIONS_CHILD``)."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            INSTRUCTIONS_CHILD,
            str(checkout),
            str(report),
            str(warm),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def warm_instructions(checkout: Path, report: Path) -> int:
    """The instructions of one warm ``analyse`` of ``report`` by the package in ``checkout``."""
    return instructions(checkout, report, 1) - instructions(checkout, report, 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ref", help="the earlier commit (any git revision)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count the long report's warm analyse in instructions (valgrind) instead",
    )
    args = parser.parse_args()
    report = LONG_REPORT if LONG_REPORT.exists() else None
    data = DATA if DATA.exists() else None
    if args.instructions and (report is None or shutil.which("valgrind") is None):
        print(f"skipped: --instructions needs valgrind and {LONG_REPORT}")
        return 0
    if report is None and data is None:
        print(f"skipped: neither {LONG_REPORT} nor {DATA} found")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        earlier = Path(scratch) / "earlier"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(earlier), args.ref],
            check=True,
            capture_output=True,
        )
        try:
            if args.instructions:
                assert report is not None
                counted = (warm_instructions(earlier, report), warm_instructions(REPO, report))
                _print_instructions(args.ref, *counted)
                return 0
            results: dict[str, list[dict]] = {"ref": [], "current": []}
            for _ in range(args.rounds):
                results["ref"].append(measure(earlier, report, data, args.articles))
                results["current"].append(measure(REPO, report, data, args.articles))
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(earlier)],
                check=False,
                capture_output=True,
            )
    print(f"{args.ref} against this checkout, {args.rounds} rounds, medians:")
    rows = (
        ("report", "analyse of the long report, s CPU"),
        ("report quotes", "  its quotes and speakers stage, s CPU"),
        ("report key points", "  its key points stage, s CPU"),
        ("news", "news analysed, MB/s CPU"),
        ("news quotes", "  their quotes and speakers stage, s CPU"),
        ("news key points", "  their key points stage, s CPU"),
    )
    for key, label in rows:
        if key not in results["current"][0] or key not in results["ref"][0]:
            continue
        ref = statistics.median(r[key] for r in results["ref"])
        now = statistics.median(r[key] for r in results["current"])
        times = ref / now if key == "news" else now / ref  # CPU time, current over REF
        side = f"{args.ref[:12]:>12} {ref:8.3f}"
        print(f"  {label:<40} {side}   current {now:8.3f}   CPU time ratio {times:.2f}")
    return 0


def _print_instructions(ref: str, earlier: int, now: int) -> None:
    print(f"{ref} against this checkout, one warm analyse of the long report, instructions:")
    side = f"{ref[:12]:>12} {earlier / 1e6:8.0f} M"
    print(f"  {side}   current {now / 1e6:8.0f} M   ratio {now / earlier:.3f}")


if __name__ == "__main__":
    sys.exit(main())
