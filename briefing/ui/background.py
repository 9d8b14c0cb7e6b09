"""CPU work that quitting does not wait for.

A ``@work(thread=True)`` worker runs in the event loop's thread pool, and both asyncio and the
interpreter join that pool's threads on exit: pressing ``q`` while a 50 MB text is analysed
would wait minutes for an analysis nobody will see. Here the work runs in a daemon thread
instead, and an *async* worker awaits it: the worker can be cancelled (``exclusive``, quitting)
at once, its result still arrives on the event loop, and ``app.workers.wait_for_complete()``
still waits for it. An abandoned thread ends with the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def in_daemon_thread(function: Callable[[], T], *, name: str) -> T:
    """Run ``function`` in a daemon thread and return (or raise) what it does."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def run() -> None:
        result: T | None = None
        error: BaseException | None = None
        try:
            result = function()
        except BaseException as caught:  # handed over to the awaiting worker, which reports it
            error = caught
        # RuntimeError: the loop has closed, the app quit and nobody waits any more.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_settle, future, result, error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await future


def _settle(future: asyncio.Future[T], result: T | None, error: BaseException | None) -> None:
    """On the event loop: hand over the outcome, unless the awaiting worker was cancelled."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)  # type: ignore[arg-type]  (None only with an error)
