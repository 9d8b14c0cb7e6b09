"""Analysing many briefings in worker processes, with results in a stable order.

Analysis is pure-Python CPU work, so threads would take turns on one core: processes give each
core a file. From the command line (one thread) workers are forked and inherit the imported
pipeline. The reader forks its workers before it starts its threads (:func:`start_pool`), which
``fork`` cannot copy safely; when threads already run, workers come from a ``forkserver`` that
has already imported the pipeline, so each still starts in milliseconds.
Each worker returns a small :class:`Summary`, never the text, and only a few files are in
flight at once, so memory does not grow with the size of the folder.

Results are yielded as they finish (the reading list fills in) and collected in input order
for the digest, so ``--jobs 4`` writes exactly what ``--jobs 1`` writes.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Protocol

from briefing.analysis import analyse
from briefing.collection.summary import Summary, failed, summarise
from briefing.errors import BriefingError
from briefing.load import format_for, read
from briefing.model import Briefing

# Imported once in the forkserver, so no worker pays for them again: this module, the warm-up
# (it imports the readers and loads the fitted weights by analysing a small text), and the main
# script, which each worker would otherwise import again before its first file.
_PRELOAD = ("__main__", __name__, "briefing.collection.warm")
IN_FLIGHT_PER_JOB = 2  # enough to keep every worker busy, few enough to bound memory

Progress = Callable[[int, int], None]


class Summaries(Protocol):
    """The reader's analysis: ``(index, summary)`` pairs as they finish, and a way to stop."""

    def __iter__(self) -> Iterator[tuple[int, Summary]]: ...

    def stop(self) -> None:
        """End the analysis now, from any thread: the iteration ends without further pairs."""


def default_jobs() -> int:
    """The cores this process may run on (what ``--jobs`` defaults to)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def load_source(name: str) -> Briefing:
    """Load (not analyse) one file or web address of a collection."""
    if "://" in name:
        from briefing.load.web import fetch_briefing

        return fetch_briefing(name)
    return read(name)


def summarise_source(name: str, key_points: int | None = None) -> Summary:
    """Read, analyse and summarise one file or address; any failure becomes its error row."""
    try:
        return summarise(analyse(load_source(name), key_points=key_points), name)
    except BriefingError as error:
        return failed(name, error.reason)
    except (RecursionError, MemoryError) as error:
        return failed(name, f"too large or too deeply nested to analyse ({type(error).__name__})")
    except Exception as error:  # a bug on one file must not cost the user the others
        return failed(name, f"internal error: {type(error).__name__}: {error}")


def _forkserver() -> BaseContext | None:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(_PRELOAD))
    return context


def _context() -> BaseContext:
    """``fork`` from a single-threaded process (the CLI: workers inherit what it imported),
    else the forkserver (the reader runs threads), else ``spawn``."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return _forkserver() or multiprocessing.get_context("spawn")


def start_summaries(names: Sequence[str], *, jobs: int, key_points: int | None = None) -> Summaries:
    """:func:`iter_summaries` for the reader, begun now: the workers start and the first files
    go out before the first result is asked for (one job: nothing happens until then).

    Called while the process is still single-threaded (in the app's constructor), the workers
    are forked at once from the app's process, which has already imported the pipeline, and
    each loads what the pipeline loads on first use (the readers, the fitted weights) while the
    app draws the list. Measured: waiting instead for the forkserver to start, import and warm
    up, one step after another, and handing out files only once the list was drawn, cost the
    full list about a third of its ideal time. When threads already run, the forkserver is
    started instead (:func:`_start_forkserver`). Iterate it once, from any one thread; the app
    calls ``stop`` when it closes, so quitting does not wait for the files being analysed.
    """
    if jobs <= 1 or len(names) <= 1:
        return _OneByOne(names, key_points)
    context = _context()
    if context.get_start_method() != "fork":
        _start_forkserver()
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(names)),
        mp_context=context,
        initializer=_reader_worker,
    )
    return _Feed(pool, names, jobs, key_points)


def _reader_worker() -> None:
    """A reader's worker's first step: yield to the app, then warm up.

    The workers run at a lower priority (nice 5) so that the app drawing the list and answering
    keys goes first: on a busy machine two workers at the app's priority delayed the first
    paint from 0.1-0.3 s to 0.3-0.65 s; when the app is idle the workers still get every core.
    Forked workers then import and run :mod:`briefing.collection.warm` (forkserver workers
    inherit it already run).
    """
    with contextlib.suppress(OSError):
        os.nice(5)
    with contextlib.suppress(Exception):  # an initializer that raises breaks the whole pool
        importlib.import_module("briefing.collection.warm")


def _start_forkserver() -> None:
    """Start the forkserver (and multiprocessing's resource tracker) now, before the app runs.

    The forkserver imports and warms up the pipeline in its own process while the reading list
    is composed and drawn. The tracker must start here too, while stderr is still a real file:
    it is handed ``sys.stderr.fileno()``, and inside a Textual app stderr has no usable
    descriptor.
    """
    if _forkserver() is not None:
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _import_readers(names: Sequence[str]) -> None:
    """Import the readers the files need before forking, so workers inherit them instead of
    each importing them again (trafilatura alone takes a noticeable part of a second)."""
    formats = {"html" if "://" in name else format_for(name) for name in names}
    for module in ("markdown", "html"):
        if module in formats:
            with contextlib.suppress(ImportError, BriefingError):
                importlib.import_module(f"briefing.load.{module}")
    if "html" in formats:
        with contextlib.suppress(ImportError):
            importlib.import_module("trafilatura")


def _largest_first(names: Sequence[str]) -> list[int]:
    """Indices of ``names``, the longest work first (web addresses, then files by size).

    Longest-processing-time-first: a large file started last would keep one worker busy while
    the others sit idle at the end; started first, the small files fill in around it.
    """

    def size(name: str) -> float:
        if "://" in name:
            return math.inf  # the fetch's wait is the longest and costs no CPU
        try:
            return os.stat(name).st_size
        except OSError:
            return -1  # fails at once in the worker, with its message

    return sorted(range(len(names)), key=lambda index: -size(names[index]))


def _outcome(future: Future[Summary], name: str) -> Summary:
    try:
        return future.result()
    except BrokenProcessPool:
        return failed(name, "the analysis process stopped (out of memory?)")
    except CancelledError:  # only while stopping, when no one reads it
        return failed(name, "analysis stopped")


class _Feed:
    """Files handed to a pool largest first, a few at a time, the first ones at once; iterating
    yields ``(index, summary)`` as they finish and shuts the pool down at the end.

    ``stop`` ends it early: the files not begun are cancelled and the workers are terminated,
    since a worker cannot be told to drop the file it is on, and a quitting reader would
    otherwise wait for every file in flight (seconds for a long report). The lock keeps a
    refill from submitting to a pool that is being shut down.
    """

    def __init__(
        self,
        pool: ProcessPoolExecutor,
        names: Sequence[str],
        jobs: int,
        key_points: int | None,
    ) -> None:
        self.pool = pool
        self.names = names
        self.limit = jobs * IN_FLIGHT_PER_JOB
        self.key_points = key_points
        self.waiting = iter(_largest_first(names))
        self.running: dict[Future[Summary], int] = {}
        self.stopped = False
        self._lock = threading.Lock()
        self._refill()

    def _refill(self) -> None:
        with self._lock:
            while not self.stopped and len(self.running) < self.limit:
                index = next(self.waiting, None)
                if index is None:
                    return
                future = self.pool.submit(summarise_source, self.names[index], self.key_points)
                self.running[future] = index

    def stop(self) -> None:
        self._shut(terminate=True)

    def _shut(self, *, terminate: bool) -> None:
        """Shut the pool down once (whichever of ``stop`` and the iteration's end comes first),
        terminating the workers if files are abandoned in flight. Waiting for the pool's own
        thread is then quick, and it has joined every worker: none is left a zombie."""
        with self._lock:
            if self.stopped:
                return
            self.stopped = True
            if terminate:  # what CPython 3.14's terminate_workers does; 3.11 has no API for it
                for worker in list((self.pool._processes or {}).values()):
                    with contextlib.suppress(OSError):  # already gone
                        worker.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __iter__(self) -> Iterator[tuple[int, Summary]]:
        running = self.running
        try:
            while running and not self.stopped:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=running.__getitem__):
                    if self.stopped:
                        return
                    index = running.pop(future)
                    yield index, _outcome(future, self.names[index])
                self._refill()
        finally:  # an iteration given up (the app closing) abandons the files in flight
            self._shut(terminate=bool(running))


class _OneByOne:
    """One job: each file analysed in the iterating thread, which checks ``stop`` between
    files (a thread cannot be interrupted in the middle of one)."""

    def __init__(self, names: Sequence[str], key_points: int | None) -> None:
        self.names = names
        self.key_points = key_points
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True

    def __iter__(self) -> Iterator[tuple[int, Summary]]:
        for index, name in enumerate(self.names):
            if self.stopped:
                return
            yield index, summarise_source(name, self.key_points)


def iter_summaries(
    names: Sequence[str], *, jobs: int, key_points: int | None = None
) -> Iterable[tuple[int, Summary]]:
    """``(index into names, summary)`` for every name, in the order they finish."""
    if jobs <= 1 or len(names) <= 1:
        return _OneByOne(names, key_points)
    context = _context()
    if context.get_start_method() == "fork":
        _import_readers(names)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(names)), mp_context=context)
    return _Feed(pool, names, jobs, key_points)


def summarise_many(
    names: Sequence[str],
    *,
    jobs: int,
    key_points: int | None = None,
    progress: Progress | None = None,
) -> list[Summary]:
    """Every summary, in the order of ``names``; ``progress(done, total)`` after each one."""
    results: list[Summary | None] = [None] * len(names)
    for done, (index, summary) in enumerate(
        iter_summaries(names, jobs=jobs, key_points=key_points), start=1
    ):
        results[index] = summary
        if progress is not None:
            progress(done, len(names))
    return [summary for summary in results if summary is not None]
