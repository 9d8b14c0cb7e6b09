"""Many briefings at once: how soon the reading list shows, how soon it is full, and what
``export --jobs 2`` gains over ``--jobs 1``.

A folder of 50 mixed files is made at run time from ../shared/corpus/ (the long books and
reports left out: 50 copies of them would measure one file, not a collection) and the seed.

    python benchmarks/many.py

Targets (issue 11): list within 0.5 s; fully analysed within (sum of single-file times /
cores) x 1.2; export --jobs 2 at least 1.6x faster than --jobs 1 on two cores. Timings on a
shared machine are noisy: compare rows of one run. The reading list is timed three times, each
run right after the files are timed one by one (its ratio uses that sum), and medians are shown
with the CPU the app itself used (drawing, collecting), which it takes from the workers. Export
times are medians of three, with the CPU seconds of the command and its workers beside them and
the load average in the table. On Linux with scheduler autogroups (shown in the table), all
processes of one session share one session's CPU share: while other sessions keep the cores
busy, a second worker gets no more CPU and the speed-up cannot show; the CPU column then tells
whether the work is split without being duplicated (jobs 2 should cost the CPU of jobs 1).
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from briefing import read
from briefing.collection import default_jobs, find_briefings
from briefing.collection.parallel import summarise_source
from briefing.resources import default_seed

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next(
    (
        folder / "shared" / "corpus"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "corpus").is_dir()
    ),
    ROOT.parent / "shared" / "corpus",
)  # beside the checkout, or beside the folder of worktrees
COUNT = 50
UI_RUNS = 3


def make_folder(target: Path) -> list[Path]:
    sources = [
        path
        for path in sorted(CORPUS.iterdir())
        if path.suffix in (".md", ".txt", ".html", ".htm")
        and not path.name.startswith("long_")
        and path.name != "README.md"
    ]
    sources += sorted((ROOT / "seeds").iterdir())
    made = []
    for number in range(COUNT):
        source = sources[number % len(sources)]
        copy = target / f"{number:02d}_{source.name}"
        shutil.copyfile(source, copy)
        made.append(copy)
    return made


@dataclass(frozen=True)
class UiRun:
    """One reading-list run: seconds from making the app, and the CPU the app used.

    (The workers' CPU is not counted: they may still be exiting when the run ends.)
    """

    shown: float
    full: float
    app_cpu: float  # this process, from making the app to the last row
    forked: bool


async def ui_run(folder: Path, jobs: int) -> UiRun:
    """The app is imported here, not at the top: with the forkserver, workers import the main
    script, and the real one, ``briefing``, does not import Textual."""
    from briefing.ui.app import BriefingApp

    forked = threading.active_count() == 1  # else the workers come from the forkserver
    cpu = time.process_time()
    started = time.perf_counter()
    app = BriefingApp(None, found=find_briefings([str(folder)]), jobs=jobs, theme="textual-dark")
    shown = full = 0.0
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.reading_list
        assert screen is not None
        while not shown:
            await pilot.pause(0.01)
            if screen.shown:
                shown = time.perf_counter() - started
        while screen.done < len(screen.entries):
            await pilot.pause(0.02)
        full = time.perf_counter() - started
        app_cpu = time.process_time() - cpu
    return UiRun(shown, full, app_cpu, forked)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def export_time(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds (the command and its worker processes) of one digest export."""
    command = [sys.executable, "-m", "briefing", "export", str(folder), "--jobs", str(jobs)]
    before = _children_cpu()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    return wall, _children_cpu() - before


async def reader_shown() -> float:
    """Baseline: the single-file reader's first paint on the seed, in the same run."""
    from briefing.ui.app import BriefingApp

    started = time.perf_counter()
    app = BriefingApp(read(default_seed()), theme="textual-dark")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0)
        return time.perf_counter() - started


def median_of_three(folder: Path, jobs: int) -> tuple[float, float]:
    runs = sorted(export_time(folder, jobs) for _ in range(3))
    return runs[1]


def single_times(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of analysing the files one after another in this process."""
    wall = cpu = 0.0
    for path in files:
        started, cpu_started = time.perf_counter(), time.process_time()
        summarise_source(str(path))
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    return wall, cpu


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"needs the shared corpus at {CORPUS}")
    cores = default_jobs()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        files = make_folder(folder)
        singles, runs = [], []
        for _ in range(UI_RUNS):  # alternated, so both see much the same load
            singles.append(single_times(files))
            runs.append(asyncio.run(ui_run(folder, cores)))
        baseline = asyncio.run(reader_shown())
        one, one_cpu = median_of_three(folder, 1)
        two, two_cpu = median_of_three(folder, 2)
    total = statistics.median(wall for wall, _ in singles)
    total_cpu = statistics.median(cpu for _, cpu in singles)
    ratios = [run.full / (wall / cores) for run, (wall, _) in zip(runs, singles, strict=True)]
    shown = statistics.median(run.shown for run in runs)
    full = statistics.median(run.full for run in runs)
    app_cpu = statistics.median(run.app_cpu for run in runs)
    forked = sum(run.forked for run in runs)
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled")
    grouped = autogroup.read_text().strip() == "1" if autogroup.exists() else False
    each = " ".join(f"{ratio:.2f}" for ratio in ratios)
    rows = [
        ("files", f"{len(files)}", ""),
        ("cores / load average", f"{cores}", load),
        ("scheduler autogroups", "on" if grouped else "off", ""),
        (
            f"sum of single-file times (median of {UI_RUNS})",
            f"{total:.2f} s",
            f"CPU {total_cpu:.2f} s",
        ),
        ("reader first paint (baseline)", f"{baseline:.3f} s", "one file, same run"),
        (
            f"list shown (UI, median of {UI_RUNS})",
            f"{shown:.3f} s",
            f"target <= 0.5 s: {shown <= 0.5}",
        ),
        (
            f"fully analysed (UI, median of {UI_RUNS})",
            f"{full:.2f} s",
            f"workers forked in {forked}/{UI_RUNS}",
        ),
        (
            "  / (sum / cores), each run",
            f"{statistics.median(ratios):.2f}",
            f"target <= 1.2; {each}",
        ),
        ("  CPU of the app (drawing, collecting)", f"{app_cpu:.2f} s", "taken from the workers"),
        ("export --jobs 1 (median of 3)", f"{one:.2f} s", f"CPU {one_cpu:.2f} s"),
        ("export --jobs 2 (median of 3)", f"{two:.2f} s", f"CPU {two_cpu:.2f} s"),
        ("speed-up jobs 2 / jobs 1", f"{one / two:.2f}x", "target >= 1.6x"),
    ]
    width = max(len(name) for name, _, _ in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")


if __name__ == "__main__":
    main()
