"""A one-line progress bar for long command-line runs, drawn only on a terminal.

The CLI creates it only when stderr is a terminal: in a pipe or a log there is no bar at all,
not even a final line, so scripts see exactly the output they asked for.
"""

from __future__ import annotations

from typing import TextIO

_WIDTH = 30


class ProgressBar:
    """``analysing [#########.....]  12/50``, redrawn in place with a carriage return."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._drawn = 0

    def update(self, done: int, total: int) -> None:
        filled = _WIDTH * done // max(total, 1)
        line = f"\r{self._label} [{'#' * filled}{'.' * (_WIDTH - filled)}] {done}/{total}"
        self._drawn = len(line) - 1
        self._stream.write(line)
        self._stream.flush()

    def close(self) -> None:
        """Erase the bar, so what follows starts on a clean line."""
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
