"""Quitting the reading list while files are still being analysed: at once, nothing left behind.

The worker processes are terminated rather than waited for (a long report keeps one busy for
seconds). What is asserted is the behaviour, never a duration: the workers end by SIGTERM while
files are still unanalysed, every one is reaped, and nothing is printed.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from pathlib import Path

import pytest
from ui.harness import THEME, WIDE

from briefing.collection import find_briefings
from briefing.collection.parallel import start_summaries
from briefing.ui.app import BriefingApp
from tests.collection_fixtures import write_folder

_PARAGRAPH = (
    "The harbour council said on Monday that the north quay would reopen after the storm. "
    "“We are ready for the first boats,” said Mara Quill, the council chair. Repairs go on "
    "through the winter, and the budget for the breakwater was agreed in a long session.\n\n"
)
SLOW_FILES = 6


@pytest.fixture
def slow_folder(tmp_path: Path) -> Path:
    """Files that take each worker seconds (about 1.5 MB of prose each), more than two per
    worker, so a quit right after the list shows leaves files in flight and files waiting."""
    for number in range(SLOW_FILES):
        text = f"Long report {number}\n\n" + _PARAGRAPH * 6000
        (tmp_path / f"report_{number}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _ended_by_sigterm(workers: list[multiprocessing.process.BaseProcess]) -> bool:
    return all(worker.exitcode == -signal.SIGTERM for worker in workers)


def _reaped(workers: list[multiprocessing.process.BaseProcess]) -> bool:
    """No process table entry left (a zombie keeps its /proc entry until it is waited for)."""
    return not any(Path(f"/proc/{worker.pid}").exists() for worker in workers)


def test_quitting_mid_analysis_terminates_the_workers(
    slow_folder: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    app = BriefingApp(None, theme=THEME, found=find_briefings([str(slow_folder)]), jobs=2)
    screen = app.reading_list
    assert screen is not None

    async def quit_while_analysing() -> list[multiprocessing.process.BaseProcess]:
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            workers = multiprocessing.active_children()
            assert workers and screen.done == 0  # files in flight, none analysed yet
            await pilot.press("q")
        return workers

    workers = asyncio.run(quit_while_analysing())  # returns once the app's threads are done
    assert screen.done < SLOW_FILES
    assert _ended_by_sigterm(workers)  # stopped mid-file, not left to finish
    assert multiprocessing.active_children() == []
    assert _reaped(workers)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "Warning" not in out + err


def test_stop_ends_the_iteration_and_the_workers(slow_folder: Path) -> None:
    """Stopped before anything arrives, the iteration ends without a row and no worker lives."""
    files = find_briefings([str(slow_folder)]).files
    summaries = start_summaries(files, jobs=2)
    workers = multiprocessing.active_children()
    assert workers
    summaries.stop()
    assert list(summaries) == []
    assert _ended_by_sigterm(workers)
    assert multiprocessing.active_children() == [] and _reaped(workers)


def test_one_job_stops_between_files(tmp_path: Path) -> None:
    """One job analyses in the iterating thread: ``stop`` ends it before the next file."""
    write_folder(tmp_path)
    summaries = start_summaries(find_briefings([str(tmp_path)]).files, jobs=1)
    pairs = iter(summaries)
    index, first = next(pairs)
    summaries.stop()
    assert index == 0 and first.error is None
    assert list(pairs) == []
