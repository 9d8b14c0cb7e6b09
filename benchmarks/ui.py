"""How quickly the reader shows a document and jumps around it (Pilot, headless, 120x40).

Usage (from the repository root)::

    python benchmarks/ui.py [--corpus ../shared/corpus] [--runs 3] [--all]

For the seed and the largest corpus file (``--all``: every corpus file) it prints the median
over ``--runs`` fresh processes of:

* ``load``: ``briefing.read`` of the file;
* ``first paint``: from before ``read`` to the article's first rendered line (imports done first);
* ``sidebars``: from before ``read`` to the sidebars filled with the analysis;
* ``jump n / key point / section``: median of 20 jumps each, timed from the action to the end of
  repainting the article's visible lines and the marked sidebar entries (Textual's own compositor
  pass, the same for any app, is not included);
* ``press``: median round trip of ``pilot.press("n")``, which adds Pilot's idle waits, for scale;
* ``peak RSS``: the process's peak resident memory (``ru_maxrss``), imports included.

A baseline row, an empty Textual app, shows the floor that Textual's start-up alone costs in the
same run. Targets: seed first paint < 0.5 s; largest file first paint < 1 s, sidebars < 3 s;
jumps < 50 ms; peak memory < 200 MB. Timings on this shared machine are noisy: compare rows of one
run, not runs of different days.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 40)
JUMPS = 20


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _measure_empty() -> dict[str, float]:
    from textual.app import App
    from textual.widgets import Static

    painted: list[float] = []

    class Empty(App[None]):
        def compose(self):
            yield Static("empty")

        def on_mount(self) -> None:
            self.call_after_refresh(lambda: painted.append(time.perf_counter()))

    start = time.perf_counter()
    async with Empty().run_test(size=SIZE) as pilot:
        while not painted:
            await pilot.pause()
    return {"first_paint": painted[0] - start, "rss": _peak_rss_mb()}


def _repaint(screen) -> None:
    """Do the work a jump causes on screen: mark the sidebars, render the visible lines."""
    from textual.geometry import Region

    article = screen.article
    screen._mark(article.anchor)
    for y in range(article.size.height):
        article.render_line(y)
    for pane in (screen.sections_list, screen.keypoints_list, screen.quotes_list):
        pane.render_lines(Region(0, 0, pane.size.width, pane.size.height))


async def _measure(path: str) -> dict[str, float]:
    import briefing
    from briefing.ui.app import BriefingApp
    from briefing.ui.article_view import ArticleView
    from briefing.ui.screens.reader import ReaderScreen

    marks: dict[str, float] = {}
    render_line = ArticleView.render_line
    show_analysis = ReaderScreen._show_analysis

    def timed_render_line(self, y):
        marks.setdefault("first_paint", time.perf_counter())
        return render_line(self, y)

    def timed_show_analysis(self, doc):
        show_analysis(self, doc)
        marks.setdefault("sidebars", time.perf_counter())

    ArticleView.render_line = timed_render_line
    ReaderScreen._show_analysis = timed_show_analysis

    start = time.perf_counter()
    doc = briefing.read(path)
    loaded = time.perf_counter()
    app = BriefingApp(doc, theme="textual-dark")
    result: dict[str, float] = {"load": loaded - start, "bytes": Path(path).stat().st_size}
    async with app.run_test(size=SIZE) as pilot:
        while "sidebars" not in marks or "first_paint" not in marks:
            await pilot.pause(0.01)
        await pilot.pause()
        result["first_paint"] = marks["first_paint"] - start
        result["sidebars"] = marks["sidebars"] - start
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        analysed = screen.doc
        result["quotes"] = len(analysed.quotes)
        result["sections"] = len(analysed.sections)
        result["key_points"] = len(analysed.key_points)
        result["lines"] = len(screen.article.layout_lines or ())

        def jumps(action) -> float | None:
            times = []
            for step in range(JUMPS):
                begin = time.perf_counter()
                if not action(step):
                    break
                _repaint(screen)
                times.append(time.perf_counter() - begin)
            return statistics.median(times) if times else None

        def next_quote(_: int) -> bool:
            if not analysed.quotes:
                return False
            screen.action_next_quote()
            return True

        def key_point(step: int) -> bool:
            if not analysed.key_points:
                return False
            screen.jump_key_point(step % min(9, len(analysed.key_points)) + 1)
            return True

        def section(_: int) -> bool:
            if len(analysed.sections) < 2:
                return False
            screen.action_next_section()
            return True

        screen.article.action_top()
        result["jump_quote"] = jumps(next_quote)
        result["jump_key_point"] = jumps(key_point)
        screen.article.action_top()
        result["jump_section"] = jumps(section)
        presses = []
        screen.article.action_top()
        for _ in range(5):
            begin = time.perf_counter()
            await pilot.press("n")
            presses.append(time.perf_counter() - begin)
        result["press"] = statistics.median(presses)
    result["rss"] = _peak_rss_mb()
    return result


def _child(path: str) -> None:
    # Imports are not part of the measured time.
    import textual.app  # noqa: F401

    import briefing.ui.app  # noqa: F401

    measure = _measure_empty() if path == "empty" else _measure(path)
    print(json.dumps(asyncio.run(measure)))


def _run(path: str, runs: int) -> dict[str, float | None]:
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child", path],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if out.returncode != 0:
            raise SystemExit(f"benchmark of {path} failed:\n{out.stderr}")
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    merged: dict[str, float | None] = {}
    for key in samples[0]:
        values = [sample[key] for sample in samples if sample.get(key) is not None]
        merged[key] = statistics.median(values) if values else None
    return merged


def _fmt_s(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}s"


def _fmt_ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.1f}ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--all", action="store_true", help="every corpus file, not only the largest"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return

    from briefing.resources import default_seed

    files = [("seed", str(default_seed()))]
    corpus = (
        sorted(
            (
                p
                for p in args.corpus.glob("*")
                if p.suffix in {".txt", ".md", ".htm", ".html"} and not p.name.startswith("README")
            ),
            key=lambda p: p.stat().st_size,
        )
        if args.corpus.is_dir()
        else []
    )
    if not corpus:
        print(f"(no corpus at {args.corpus}: timing the seed only)")
    chosen = corpus if args.all else corpus[-1:]
    files += [(p.name, str(p)) for p in chosen]

    empty = _run("empty", args.runs)
    header = (
        f"{'document':44} {'KB':>6} {'lines':>6} {'quotes':>6} {'load':>7} {'paint':>7} "
        f"{'sidebars':>8} {'n':>7} {'kp':>7} {'sect':>7} {'press':>7} {'RSS':>6}"
    )
    print(f"median of {args.runs} runs, headless {SIZE[0]}x{SIZE[1]}")
    print(header)
    print("-" * len(header))
    print(
        f"{'baseline: empty Textual app':44} {'':>6} {'':>6} {'':>6} {'':>7} "
        f"{_fmt_s(empty['first_paint']):>7} {'':>8} {'':>7} {'':>7} {'':>7} {'':>7} "
        f"{empty['rss']:5.0f}M"
    )
    for name, path in files:
        row = _run(path, args.runs)
        print(
            f"{name[:44]:44} {row['bytes'] / 1024:6.0f} {row['lines']:6.0f} {row['quotes']:6.0f} "
            f"{_fmt_s(row['load']):>7} {_fmt_s(row['first_paint']):>7} "
            f"{_fmt_s(row['sidebars']):>8} {_fmt_ms(row['jump_quote']):>7} "
            f"{_fmt_ms(row['jump_key_point']):>7} {_fmt_ms(row['jump_section']):>7} "
            f"{_fmt_ms(row['press']):>7} {row['rss']:5.0f}M"
        )
    print("targets: seed paint < 0.5s; largest paint < 1s, sidebars < 3s; jumps < 50ms; RSS < 200M")


if __name__ == "__main__":
    main()
