"""The ``?`` help screen, built from the bindings of every pane of the screen it was opened on.

Nothing here is typed by hand: every key, its description and where it applies come from the
``Binding`` objects (after ``App.set_keymap``, so remapped keys show up as remapped). The pane
that had the focus comes first, then the reader's own keys, the other panes and the app. Only
bindings with an ``id`` are listed (every binding of ours has one), so an input field's dozens
of editing keys do not bury the reader's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import groupby
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Label, Static

Row = tuple[str, str, str]


def help_nodes(screen: DOMNode, focused: DOMNode | None) -> list[DOMNode]:
    """Where bindings live, in the order the help lists them: the focused pane, the screen,
    every other focusable pane (hidden ones too), the app."""
    panes = [node for node in screen.walk_children() if getattr(node, "can_focus", False)]
    nodes: list[DOMNode] = [focused] if focused is not None else []
    nodes.append(screen)
    nodes += [pane for pane in panes if pane is not focused]
    nodes.append(screen.app)
    return nodes


def binding_rows(nodes: Iterable[DOMNode], key_display: Callable[[Binding], str]) -> list[Row]:
    """``(where, keys, description)`` rows, one per description and pane kind.

    Keys sharing a description are joined (``⌫, ^o``); a run of digits reads ``1-9``. Panes of
    one kind (the three sidebar lists) share a ``HELP_GROUP`` and are listed once.
    """
    rows: dict[tuple[str, str], list[str]] = {}
    for node in nodes:
        where = getattr(node, "HELP_GROUP", type(node).__name__)
        for key, binding in node._bindings:
            palette = binding.action.endswith("command_palette")
            if not binding.description or (binding.id is None and not palette):
                continue
            description = "Command palette" if palette else binding.description
            if binding.tooltip:
                description = f"{description}: {binding.tooltip}"
            keys = rows.setdefault((where, description), [])
            shown = key_display(replace(binding, key=key, key_display=None))
            if shown not in keys:
                keys.append(shown)
    return [(where, _join_keys(keys), description) for (where, description), keys in rows.items()]


def _join_keys(keys: list[str]) -> str:
    if len(keys) > 2 and all(key.isdigit() for key in keys):
        return f"{keys[0]}-{keys[-1]}"
    return ", ".join(keys)


class HelpScreen(ModalScreen[None]):
    """Every key, grouped by where it applies; scrolls like the article (j/k, arrows, space)."""

    HELP_GROUP = "Help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Scroll down", id="help.down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", id="help.up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", id="help.page_down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", id="help.page_up", show=False),
        Binding("g,home", "top", "Top", id="help.top", show=False),
        Binding("G,end", "bottom", "Bottom", id="help.bottom", show=False),
    ]

    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-keys", can_focus=False):
                yield Static(self._table(), id="help-table")
            yield Label("j/k, arrows, space scroll · Escape or ? closes", id="help-hint")

    def _table(self) -> Group:
        """One two-column grid per pane: descriptions wrap under themselves, not under the
        keys. Cells are ``Text`` objects, never markup."""
        grids: list[Table | Text] = []
        for where, rows in groupby(self._rows, key=lambda row: row[0]):
            if grids:
                grids.append(Text())
            grids.append(Text(where, style="bold underline"))
            grid = Table.grid(padding=(0, 2))
            grid.add_column(style="bold", no_wrap=True)
            grid.add_column(ratio=1)
            for _, keys, description in rows:
                grid.add_row(Text(keys), Text(description))
            grids.append(grid)
        return Group(*grids)

    @property
    def _scroller(self) -> VerticalScroll:
        return self.query_one("#help-keys", VerticalScroll)

    def action_scroll(self, rows: int) -> None:
        self._scroller.scroll_relative(y=rows, animate=False)

    def action_page(self, pages: int) -> None:
        scroller = self._scroller
        scroller.scroll_relative(y=pages * max(1, scroller.size.height - 1), animate=False)

    def action_top(self) -> None:
        self._scroller.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._scroller.scroll_end(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
