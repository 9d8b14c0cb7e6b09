"""Does the cost grow linearly with the work? Time and peak memory per MB at growing sizes.

Usage (from the repository root)::

    python benchmarks/scale.py [--sizes 1,5,25,50] [--quotes 1000,5000,20000,50000] [--no-reader]

Generates news-like text (headings, paragraphs of reported speech with names, roles, asides
and quotes of several kinds; invented words, so nothing is copied) of each size in MB, and
one paragraph holding N quotes, and measures, each in a fresh process so the peak resident
memory (``ru_maxrss``) is that run's alone:

* ``read``: ``briefing.read`` of the file; ``analyse``: ``briefing.analyse``;
  ``export``: the JSON export written to a file as ``briefing export -o x.json`` writes it
  (``write_export`` of ``render_pieces(doc, "json")``, streamed: the export is never held
  whole); ``s/MB``: their sum per MB of input. These are CPU
  seconds of the process: on a shared machine wall time measures the neighbours;
* ``peak``: the process's peak RSS; ``peak-base``: minus the peak after imports and a warm-up
  run on a few lines of text (what the reader's forkserver does at start: it loads the fitted
  weights and lexicons once, a cost that does not grow with the input); ``warm``: what that
  warm-up added; ``x input``: ``peak-base`` over the input size;
* ``first paint`` (the sizes only; ``--no-reader`` skips it): from before the file is read
  to the reader's first article line drawn (Pilot, headless, 120x40), opened as the command
  line opens it (``read_beginning``: a very long text shows its beginning while the whole is
  parsed); ``after load``: the part of it after ``read_beginning`` returned (the reader's own
  share); ``whole``: to the whole text on screen; ``sidebars``: to the analysis shown.
  These are wall seconds (a user waits for them), so the load average is printed with them;
  ``(CPU)`` is first paint in CPU seconds of the process (all its threads), which a busy
  machine does not inflate.

Goals: ``s/MB`` flat within 1.5x from the smallest to the largest size and from 1k to 50k
quotes per paragraph; ``x input`` at most 12; first paint on 50 MB under 2 s. Timings on this
shared machine are noisy: compare the rows of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SIZE = (120, 40)


def _words(line: str) -> list[str]:
    return line.split()


_GIVEN = _words("Ann Ole Kari Ines Tomas Mara Lena Ivo Petra Anders Sofia Jonas Ida Emil Nora")
_FAMILY = _words("Berg Dahl Lind Varga Moreau Strand Holm Okafor Rask Vik Aas Brekke Nyberg Falk")
_ROLES = [
    *("the finance minister", "a spokeswoman for the council", "the harbour director"),
    *("an economist at the institute", "the mayor", "a union leader", "the senator"),
]
_VERBS = _words("said told added warned argued noted explained insisted")
# Common English words, so the text reads as English (the attribution cues are English).
_ENGLISH = _words("the the of of and to to a in that is was for on with as by it at from not")
_SYLLABLES = _words("ka lo ven dri sat mo ble run ter pa ghi nes tol var zu fen cor ba li")


def _vocabulary(rng: random.Random, count: int = 4000) -> list[str]:
    """Invented words: a vocabulary big enough for centrality and key points to do real work."""
    return ["".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))) for _ in range(count)]


def _sentence(rng: random.Random, words: list[str]) -> str:
    picked = (
        rng.choice(_ENGLISH) if rng.random() < 0.4 else rng.choice(words)
        for _ in range(rng.randint(6, 22))
    )
    body = " ".join(picked)
    return body[0].upper() + body[1:] + rng.choice([".", ".", ".", "?", ";", "."])


def _paragraph(rng: random.Random, words: list[str]) -> str:
    name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    quoted = _sentence(rng, words)
    kind = rng.randrange(6)
    if kind == 0:
        lead = f"“{quoted}” {name}, {rng.choice(_ROLES)}, {rng.choice(_VERBS)}."
    elif kind == 1:
        lead = f"{name} {rng.choice(_VERBS)}: “{quoted}”"
    elif kind == 2:
        lead = f"“{quoted[:-1]},” {rng.choice(['he', 'she'])} {rng.choice(_VERBS)}."
    elif kind == 3:
        lead = f'{name} — {rng.choice(_ROLES)} — {rng.choice(_VERBS)} "{quoted}"'
    else:
        lead = _sentence(rng, words)
    rest = " ".join(_sentence(rng, words) for _ in range(rng.randint(1, 5)))
    return f"{lead} {rest}"


def news(size: int, seed: int = 13) -> str:
    """About ``size`` bytes (UTF-8) of news-like text: a title, then sections of paragraphs."""
    rng = random.Random(seed)
    words = _vocabulary(rng)
    parts = ["Harbour budget talks: the whole record"]
    total = len(parts[0])
    while total < size:
        if rng.random() < 0.05:
            block = " ".join(rng.choices(words, k=rng.randint(2, 6))).title()
        else:
            block = _paragraph(rng, words)
        parts.append(block)
        total += len(block.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def quotes_paragraph(count: int) -> str:
    """A title and one paragraph holding ``count`` attributed quotes."""
    names = [f"{g} {f}" for g in _GIVEN for f in _FAMILY]
    quotes = (
        f"{names[i % len(names)]} {_VERBS[i % len(_VERBS)]} “we will build {i}.”"
        for i in range(count)
    )
    return "Many voices\n\n" + " ".join(quotes) + "\n"


def _peak_mb() -> float:
    """This process's peak resident memory. ``VmHWM``, not ``ru_maxrss``: Linux carries the
    latter across ``exec``, so a child would report its parent's peak (the generated text)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_WARM_UP = "A trial\n\nMara Lind, the mayor, said: “The harbour will open in May.”\n"


def _child_pipeline(path: str) -> dict[str, float]:
    import briefing
    from briefing.export import render_pieces, write_export

    imported = _peak_mb()
    briefing.analyse(briefing.read_text(_WARM_UP, source="<warm-up>"))
    base = _peak_mb()
    start = time.process_time()
    doc = briefing.read(path)
    read = time.process_time()
    doc = briefing.analyse(doc)
    analysed = time.process_time()
    write_export(f"{path}.json", render_pieces(doc, "json"), force=True)
    done = time.process_time()
    return {
        "read": read - start,
        "analyse": analysed - read,
        "export": done - analysed,
        "peak": _peak_mb(),
        "base": base,
        "warm": base - imported,
        "quotes": len(doc.quotes),
        "failed": len(doc.failed_stages),
    }


async def _child_reader(path: str) -> dict[str, float]:
    from briefing.load import read_beginning
    from briefing.ui.app import BriefingApp
    from briefing.ui.article_view import ArticleView
    from briefing.ui.screens.reader import ReaderScreen

    marks: dict[str, float] = {}
    render_line = ArticleView.render_line
    show_analysis = ReaderScreen._show_analysis
    show_whole = ReaderScreen._show_whole

    def timed_render_line(self, y):
        marks.setdefault("first_paint", time.perf_counter())
        marks.setdefault("first_paint_cpu", time.process_time())
        return render_line(self, y)

    def timed_show_analysis(self, doc):
        show_analysis(self, doc)
        marks.setdefault("sidebars", time.perf_counter())

    def timed_show_whole(self, doc):
        show_whole(self, doc)
        marks.setdefault("whole", time.perf_counter())

    ArticleView.render_line = timed_render_line
    ReaderScreen._show_whole = timed_show_whole
    ReaderScreen._show_analysis = timed_show_analysis
    base = _peak_mb()
    start = time.perf_counter()
    start_cpu = time.process_time()
    opening = read_beginning(path)  # as the command line opens the reader
    loaded = time.perf_counter()
    app = BriefingApp(opening.first, theme="textual-dark", rest=opening.rest, shown=opening.shown)
    async with app.run_test(size=SIZE) as pilot:
        while "sidebars" not in marks:
            await pilot.pause(0.05)
    return {
        "first_paint": marks["first_paint"] - start,
        "first_paint_cpu": marks["first_paint_cpu"] - start_cpu,
        "after_load": marks["first_paint"] - loaded,
        "whole": marks.get("whole", marks["first_paint"]) - start,
        "sidebars": marks["sidebars"] - start,
        "peak": _peak_mb(),
        "base": base,
    }


def _child(kind: str, path: str) -> None:
    import textual.app  # noqa: F401  (imports are not part of any measured time)

    import briefing.export
    import briefing.ui.app  # noqa: F401

    result = _child_pipeline(path) if kind == "pipeline" else asyncio.run(_child_reader(path))
    print(json.dumps(result))


def _run(kind: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise SystemExit(f"{kind} run on {path.name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _table(title: str, label: str, rows: list[tuple[str, float, dict[str, float]]]) -> None:
    if not rows:
        return
    print(f"\n{title}")
    head = f"{label:>10} {'read':>7} {'analyse':>8} {'export':>7} {'CPU s/MB':>8} {'peak':>8}"
    print(head + f" {'warm':>5} {'peak-base':>9} {'x input':>7} {'quotes':>7}")
    per_mb = []
    for name, megabytes, r in rows:
        total = r["read"] + r["analyse"] + r["export"]
        per_mb.append(total / megabytes)
        grown = r["peak"] - r["base"]
        print(
            f"{name:>10} {r['read']:6.2f}s {r['analyse']:7.2f}s {r['export']:6.2f}s "
            f"{total / megabytes:8.2f} {r['peak']:6.0f}MB {r['warm']:3.0f}MB {grown:7.0f}MB "
            f"{grown / megabytes:6.1f}x {int(r['quotes']):>7}"
            + ("  FAILED STAGES" if r["failed"] else "")
        )
    if len(per_mb) > 1:
        print(f"{'':>10} s/MB largest / smallest: {per_mb[-1] / per_mb[0]:.2f} (goal <= 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,5,25,50", help="MB of news-like text")
    parser.add_argument("--quotes", default="1000,5000,20000,50000", help="quotes per paragraph")
    parser.add_argument("--no-reader", action="store_true", help="skip the reader's timings")
    parser.add_argument("--only-reader", action="store_true", help="the reader's timings alone")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    sizes = [float(s) for s in args.sizes.split(",") if s]
    counts = [int(c) for c in args.quotes.split(",") if c]
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        reader_rows = []
        for megabytes in sizes:
            path = Path(folder) / f"news-{megabytes:g}mb.txt"
            path.write_text(news(int(megabytes * MB)), encoding="utf-8")
            real = path.stat().st_size / MB
            if not args.only_reader:
                rows.append((f"{megabytes:g} MB", real, _run("pipeline", path)))
            if not args.no_reader:
                reader_rows.append((megabytes, _run("reader", path)))
            print(".", end="", flush=True, file=sys.stderr)
        _table("News-like text (read + analyse + JSON export)", "size", rows)
        if reader_rows:
            load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"\nThe reader (wall time; load average {load})")
            head = f"{'size':>10} {'first paint':>11} {'(CPU)':>7} {'after load':>10}"
            print(f"{head} {'whole':>7} {'sidebars':>9} {'peak':>8}")
            for megabytes, r in reader_rows:
                print(
                    f"{megabytes:>7g} MB {r['first_paint']:10.2f}s {r['first_paint_cpu']:6.2f}s "
                    f"{r['after_load']:9.2f}s {r['whole']:6.2f}s {r['sidebars']:8.2f}s "
                    f"{r['peak']:6.0f}MB"
                )
            print(f"{'':>10} goal: first paint under 2 s on 50 MB")
        rows = []
        for count in counts:
            path = Path(folder) / f"quotes-{count}.txt"
            path.write_text(quotes_paragraph(count), encoding="utf-8")
            real = path.stat().st_size / MB
            rows.append((f"{count}", real, _run("pipeline", path)))
        _table("One paragraph of N quotes", "quotes", rows)


if __name__ == "__main__":
    main()
