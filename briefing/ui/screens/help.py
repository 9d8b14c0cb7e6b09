"""The ``?`` help screen, built from the bindings active where the user pressed it.

Nothing here is typed by hand: every key, its description and where it applies come from the
``Binding`` objects, so remapped keys (``App.set_keymap``) show up as remapped.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static


def binding_rows(
    bindings: dict[str, ActiveBinding], key_display: dict[str, str]
) -> list[tuple[str, str, str]]:
    """``(where, keys, description)`` rows in binding order, one per description.

    Keys sharing a description are joined (``⌫, ^o``); a run of digits reads ``1-9``.
    """
    rows: dict[tuple[str, str], list[str]] = {}
    for key, active in bindings.items():
        description = active.binding.description
        if not description:
            continue
        where = getattr(active.node, "HELP_GROUP", type(active.node).__name__)
        if active.binding.tooltip:
            description = f"{description}: {active.binding.tooltip}"
        rows.setdefault((where, description), []).append(key_display.get(key, key))
    return [(where, _join_keys(keys), description) for (where, description), keys in rows.items()]


def _join_keys(keys: list[str]) -> str:
    if len(keys) > 2 and all(key.isdigit() for key in keys):
        return f"{keys[0]}-{keys[-1]}"
    return ", ".join(keys)


class HelpScreen(ModalScreen[None]):
    """Keys for the focused pane and the reader, grouped by where they apply."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-keys"):
                yield Static(self._table(), id="help-table")
            yield Label("Escape or ? closes this help", id="help-hint")

    def _table(self) -> Content:
        width = max((len(keys) for _, keys, _ in self._rows), default=4) + 2
        parts: list[str | tuple[str, str]] = []
        last = None
        for where, keys, description in self._rows:
            if where != last:
                if last is not None:
                    parts.append("\n")
                parts.append((f"{where}\n", "bold underline"))
                last = where
            parts.append((keys.ljust(width), "bold"))
            parts.append(f"{description}\n")
        return Content.assemble(*parts).rstrip()

    def action_close(self) -> None:
        self.dismiss(None)
