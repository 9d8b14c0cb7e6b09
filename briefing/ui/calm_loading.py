"""A loading indicator that leaves the CPU to the work it waits for.

Textual's indicator redraws 16 times a second. Three of them (one per sidebar) took a third of
a core on this project's machines (0.95 s of CPU in 3 s), and the analysis they wait for runs
in a thread of the same process, so it shares the interpreter lock with every redraw: on a
long text the sidebars filled a third later. Eight redraws a second still read as motion and
cost half as much.
"""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widgets import LoadingIndicator

REDRAW = 1 / 8  # seconds between frames


class CalmLoadingIndicator(LoadingIndicator):
    """Textual's indicator, drawn at most every ``REDRAW`` seconds (it asks for 1/16 s)."""

    @property
    def auto_refresh(self) -> float | None:
        return DOMNode.auto_refresh.fget(self)  # type: ignore[attr-defined]

    @auto_refresh.setter
    def auto_refresh(self, interval: float | None) -> None:
        slowed = None if interval is None else max(interval, REDRAW)
        DOMNode.auto_refresh.fset(self, slowed)  # type: ignore[attr-defined]
