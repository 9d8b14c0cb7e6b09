"""Start-up time of ``briefing --version`` and ``--help`` against ``python -c "import click"``.

Usage: python benchmarks/startup.py [--runs N]

The command line imports click and little else until a command really runs (the analysis,
readers and Textual are imported inside the commands), so printing the version or the help
should cost about what importing click costs. Each command runs ``--runs`` times, interleaved
so that a burst of load on the shared machine hits all of them alike; the table shows medians
and the ratio to the click baseline of the same run. Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_RATIO = 1.5


def briefing_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m briefing``."""
    script = Path(sys.executable).with_name("briefing")
    if script.exists():
        return [str(script)]
    found = shutil.which("briefing")
    return [found] if found else [sys.executable, "-m", "briefing"]


def commands() -> dict[str, list[str]]:
    briefing = briefing_command()
    return {
        'python -c "import click"': [sys.executable, "-c", "import click"],
        "briefing --version": [*briefing, "--version"],
        "briefing --help": [*briefing, "--help"],
        "briefing export --help": [*briefing, "export", "--help"],
        'python -c "import briefing.model"': [sys.executable, "-c", "import briefing.model"],
    }


def time_once(command: list[str]) -> float:
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per command (default 21)")
    args = parser.parse_args()
    runs = commands()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for command in runs.values():  # warm the page cache and the .pyc files once
        time_once(command)
    for _ in range(args.runs):
        for name, command in runs.items():
            times[name].append(time_once(command))
    baseline = statistics.median(times['python -c "import click"'])
    print(f"{'command':36} {'median ms':>10} {'ratio':>7}")
    worst = 0.0
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = median / baseline
        if name.startswith("briefing"):
            worst = max(worst, ratio)
        print(f"{name:36} {median * 1000:10.1f} {ratio:7.2f}")
    verdict = "ok" if worst <= TARGET_RATIO else "TOO SLOW"
    print(f"\nworst briefing ratio {worst:.2f} (target <= {TARGET_RATIO}): {verdict}")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
