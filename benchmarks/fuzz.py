"""Fuzz the whole pipeline for a while with news-like documents; save every failure as a test.

Usage: python benchmarks/fuzz.py [--minutes N] [--batch N] [--seed N]

Runs the strategy and invariants of ``tests/fuzz_documents.py`` (the CI test runs the same in
a quick profile) in batches of fresh random documents until the time is up. A failing document
is shrunk by Hypothesis to a small one and written to ``tests/fuzz_regressions/HASH.FORMAT.txt``,
which ``tests/test_fuzz.py`` replays from then on. Prints the documents tried and the failures.
A document that takes over 5 s of CPU fails too (the inputs are a few lines long): CPU time, not
Hypothesis' wall-clock deadline, which on a busy machine failed documents that passed on replay
and so reported a "flaky" failure without the document.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from fuzz_documents import FORMATS, analyse_checked, documents, regression_name  # noqa: E402

REGRESSIONS = TESTS / "fuzz_regressions"
CPU_LIMIT = 5.0  # seconds of CPU a few-line document may take


def warm_up() -> None:
    """Import what each format's first document would (trafilatura takes seconds), so no
    document is charged for it."""
    for fmt in FORMATS:
        analyse_checked(fmt, "A title\n\nAnn Berg said “we will build it.”\n")


def one_batch(batch: int, number: int, counts: dict[str, int]) -> tuple[str, str, str] | None:
    """Run ``batch`` documents from seed ``number``; the shrunk failure, if any, with its error."""
    failing: dict[str, tuple[str, str, str]] = {}

    @settings(
        max_examples=batch,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(documents())
    @seed(number)
    def probe(document: tuple[str, str]) -> None:
        counts["tried"] += 1
        fmt, text = document
        try:
            start = time.process_time()
            analyse_checked(fmt, text)
            spent = time.process_time() - start
            if spent > CPU_LIMIT:
                raise AssertionError(f"took {spent:.1f} s of CPU")
        except Exception as error:
            last = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{Path(last.filename).name}:{last.lineno}"
            failing["last"] = (fmt, text, f"{type(error).__name__} at {where}: {error}"[:200])
            raise

    try:
        probe()
    except Exception as error:
        if "last" not in failing:  # a deadline or health failure outside the function body
            return ("?", "", f"{type(error).__name__}: {error}"[:200])
        return failing["last"]
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--batch", type=int, default=500, help="documents per random seed")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    warm_up()
    stop = time.monotonic() + args.minutes * 60
    counts = {"tried": 0}
    failures: list[tuple[str, str, str]] = []
    number = args.seed
    batches = 0
    while time.monotonic() < stop:
        found = one_batch(args.batch, number, counts)
        batches += 1
        number += 1
        if found is None:
            continue
        fmt, text, error = found
        failures.append(found)
        if text:
            REGRESSIONS.mkdir(exist_ok=True)
            path = REGRESSIONS / regression_name(fmt, text)
            path.write_text(text, encoding="utf-8")
            print(f"FAIL {error}\n     saved {path.relative_to(TESTS.parent)}", flush=True)
        else:
            print(f"FAIL {error}", flush=True)
    print(
        f"{counts['tried']} documents analysed (incl. shrinking) in {batches} batches "
        f"from seed {args.seed}, {args.minutes:g} min: {len(failures)} failures"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
