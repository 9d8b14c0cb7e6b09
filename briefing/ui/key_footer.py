"""The footer: the keys that matter most, whole, in the order a newcomer needs them.

Textual's ``Footer`` lays keys out in binding-chain order (the focused pane's scroll keys first,
``q`` last) and cuts the row mid-word when it runs out. This one takes the active bindings,
puts the ids listed in ``order`` first (quit, help, next, search, speakers...), then the rest,
and shows as many entries as fit entirely. It follows ``bindings_updated_signal`` like
Textual's footer, so ``n`` reads "Next hit" while a search is active.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget

GAP = 2
PALETTE_DESCRIPTION = "Palette"


@dataclass(frozen=True, slots=True)
class FooterEntry:
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool

    @property
    def width(self) -> int:
        return len(self.display) + 1 + len(self.description)


def footer_entries(
    bindings: dict[str, ActiveBinding],
    order: Sequence[str],
    key_display: Callable[[Binding], str],
) -> list[FooterEntry]:
    """Shown bindings (``show=True``, listed in ``order``, or the palette), listed ids first in
    that order, one entry per action (its best-ranked key)."""
    candidates: list[tuple[int, int, str, FooterEntry]] = []
    for position, (key, active) in enumerate(bindings.items()):
        binding = active.binding
        listed = binding.id in order
        is_palette = binding.action.endswith("command_palette")
        description = PALETTE_DESCRIPTION if is_palette else binding.description
        if not (binding.show or listed or is_palette) or not description:
            continue
        rank = order.index(binding.id) if listed else len(order) + (1 if is_palette else 0)
        entry = FooterEntry(key, key_display(binding), description, active.enabled)
        candidates.append((rank, position, binding.action, entry))
    candidates.sort(key=lambda item: item[:2])
    seen: set[str] = set()
    entries: list[FooterEntry] = []
    for _, _, action, entry in candidates:
        if action not in seen:
            seen.add(action)
            entries.append(entry)
    return entries


def fit_entries(entries: list[FooterEntry], width: int) -> list[FooterEntry]:
    """The leading entries that fit whole in ``width`` cells (never a cut word)."""
    shown: list[FooterEntry] = []
    used = 0
    for entry in entries:
        need = entry.width + (GAP if shown else 0)
        if used + need > width:
            break
        shown.append(entry)
        used += need
    return shown


class KeyFooter(Widget):
    """One row of ``key description`` pairs; a click on one presses its key."""

    DEFAULT_CSS = """
    KeyFooter {
        height: 1;
        padding: 0 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self, order: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._order = tuple(order)
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def shown(self) -> list[FooterEntry]:
        """The entries on screen now (for tests and clicks)."""
        entries = footer_entries(self.screen.active_bindings, self._order, self.app.get_key_display)
        return fit_entries(entries, self.content_region.width)

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        self._spans = []
        x = 0
        for entry in self.shown():
            if parts:
                parts.append(" " * GAP)
                x += GAP
            dim = "" if entry.enabled else " dim"
            parts.append((entry.display, f"bold $footer-key-foreground{dim}"))
            parts.append((f" {entry.description}", f"$footer-description-foreground{dim}"))
            self._spans.append((x, x + entry.width, entry.key))
            x += entry.width
        return Content.assemble(*parts)

    def on_click(self, event: Click) -> None:
        x = event.x - self.styles.padding.left
        for left, right, key in self._spans:
            if left <= x < right:
                self.app.simulate_key(key)
                return
