"""Where the sidebars go at a given terminal width, and how wide they are.

Pure arithmetic (no Textual), so the thresholds the README quotes are the ones tested.

The article needs about 56 columns of text to read comfortably (61 cells with its margins,
scroll bar and focus edge). Sidebars stand beside it only while that much is left:

* ``BOTH_BESIDE_FROM`` columns and wider: sections/key points left, quotes right, all beside;
* from ``LEFT_BESIDE_FROM``: the left sidebar beside, the quotes a drawer over the text;
* narrower: both are drawers, closed until F2/F3 (or ``t``) opens them.

Widths are a share of the terminal, so they follow it. By default the share is bounded (a
sidebar neither starves nor sprawls); once the user resizes a sidebar, the share they chose is
kept for that arrangement (``choice_key``: beside the text, or as a drawer), as far as the text
leaves room for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["left", "right"]

ARTICLE_MIN = 61  # 56 text columns + margin (2), right margin (1), scroll bar (1), focus edge (1)
EDGE = 1  # the line between a sidebar and the text
BOTH_BESIDE_FROM = 119
LEFT_BESIDE_FROM = 85
SIDEBAR_MIN = 16
DRAWER_UNCOVERED = 8  # a drawer leaves this much of the text showing
STEP = 2  # columns per < or > press

# (share of the terminal, least, most) per side when nobody chose a width.
_BESIDE = {"left": (0.22, 24, 40), "right": (0.25, 28, 48)}
_DRAWER = (0.45, 28, 48)


@dataclass(frozen=True, slots=True)
class Placement:
    """Which sidebars stand beside the text (the others are drawers over it)."""

    left_beside: bool
    right_beside: bool

    def beside(self, side: Side) -> bool:
        return self.left_beside if side == "left" else self.right_beside


def placement(width: int) -> Placement:
    """Beside or drawer, per side, for a terminal ``width`` columns wide."""
    return Placement(width >= LEFT_BESIDE_FROM, width >= BOTH_BESIDE_FROM)


def default_width(side: Side, width: int, *, beside: bool) -> int:
    """The width a sidebar takes when the user has not chosen one."""
    share, least, most = _BESIDE[side] if beside else _DRAWER
    return max(least, min(most, round(width * share)))


def choice_key(side: Side, place: Placement) -> str:
    """Where the user's share for ``side`` is kept: one per side and arrangement, so widening
    the quotes beside a wide text does not make them cover a narrow one as a drawer."""
    return side if place.beside(side) else f"{side}-drawer"


def sidebar_widths(width: int, place: Placement, chosen: dict[str, float]) -> dict[Side, int]:
    """The width to draw each sidebar with: the user's share (``chosen``) or the default.

    A drawer leaves ``DRAWER_UNCOVERED`` columns of text showing. Sidebars beside the text
    leave it ``ARTICLE_MIN`` cells; when both together want more, the wider gives way first,
    so one resized sidebar never pushes the other below its own choice needlessly.
    """
    widths: dict[Side, int] = {}
    sides: tuple[Side, Side] = ("left", "right")
    for side in sides:
        beside = place.beside(side)
        share = chosen.get(choice_key(side, place))
        wanted = round(share * width) if share else default_width(side, width, beside=beside)
        most = width - (ARTICLE_MIN + EDGE if beside else DRAWER_UNCOVERED)
        widths[side] = max(SIDEBAR_MIN, min(wanted, most))
    beside_sides = [side for side in sides if place.beside(side)]
    room = width - ARTICLE_MIN - EDGE * len(beside_sides)
    excess = sum(widths[side] for side in beside_sides) - room
    while beside_sides and excess > 0:
        widest = max(beside_sides, key=lambda side: widths[side])
        if widths[widest] <= SIDEBAR_MIN:
            break
        widths[widest] -= 1
        excess -= 1
    return widths
