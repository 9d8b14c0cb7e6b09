"""A small modal list to choose one thing from (a speaker to follow, an export format)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

ChoiceT = TypeVar("ChoiceT")
# What a choice's line may hold: #picker-box's 60 columns less its border and padding, the
# list's padding and its scroll bar (styles/briefing.tcss). Longer lines are cut there.
TEXT_WIDTH = 52


class PickerScreen(ModalScreen[ChoiceT | None], Generic[ChoiceT]):
    """Dismisses with the chosen value, or ``None`` on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, title: str, choices: Sequence[tuple[Content, ChoiceT]]) -> None:
        super().__init__(classes="picker")
        self._title = title
        self._choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Label(Content(self._title), id="picker-title")
            yield OptionList(
                *(Option(prompt) for prompt, _ in self._choices), id="picker-list", markup=False
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._choices[event.option_index][1])

    def action_cancel(self) -> None:
        self.dismiss(None)
