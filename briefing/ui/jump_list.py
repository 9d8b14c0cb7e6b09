"""A sidebar list whose entries are places in the article.

The key points are one (sections and quotes have a shape, so they are trees: ``place_tree.py``,
which behaves the same way). Enter or a click asks the screen to jump to the entry's span, and
the screen marks the entry at the reading position. Two markers, never one:
the *reading mark* (a bar in the gutter, bold text) follows the text wherever it goes, and the
*cursor* (the focused list's block) is where Enter would jump. While the list has no focus the
cursor, hidden, rides along with the mark, so focusing the list starts from where you are; once
focused it moves only with the list keys, and the text moving does not pull it away.

The lists are ``OptionList``s (drawn line by line in one widget) built from ``Content`` so
titles taken from the article are never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Briefing


class JumpList(OptionList):
    """An ``OptionList`` of article places; ``targets[i]`` is the place behind option ``i``."""

    HELP_GROUP = "List"

    COMPONENT_CLASSES: ClassVar[set[str]] = {"jump-list--here", "jump-list--here-bar"}
    HERE_BAR = "▌"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Jump", id="list.jump"),
        Binding("j", "cursor_down", "Next entry", id="list.down", show=False),
        Binding("k", "cursor_up", "Previous entry", id="list.up", show=False),
        Binding("g", "first", "First entry", id="list.first", show=False),
        Binding("G", "last", "Last entry", id="list.last", show=False),
    ]

    @dataclass
    class Chosen(Message):
        """The user picked an entry: jump to ``[start, end)`` (``start`` is None if unlinked)."""

        jump_list: JumpList
        index: int
        start: int | None
        end: int | None

    # Analysis stages (``Briefing.failed_stages``) whose failure leaves this list short.
    STAGES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._doc: Briefing | None = None
        self._targets: list[int | None] = []
        self._option_of: dict[int, int] = {}
        self._width = 0
        self._here: int | None = None  # the target at the reading position

    def show(self, doc: Briefing) -> None:
        """(Re)build the entries for an analysed briefing."""
        self._doc = doc
        highlighted = self.highlighted
        options, targets = self.build(doc, self.entry_width)
        failed = [stage for stage in self.STAGES if stage in doc.failed_stages]
        if failed:  # say why the list is short, above what the other stages found
            note = Content.styled(f"({', '.join(failed)}: analysis failed)", "dim italic")
            options.insert(0, Option(note, disabled=True))
            targets.insert(0, None)
        self._targets = targets
        self._option_of = {t: i for i, t in enumerate(targets) if t is not None}
        self.set_options(options)
        if highlighted is not None and highlighted < len(options):
            self.highlighted = highlighted
        self.mark(self._here)

    def show_failure(self, message: str) -> None:
        """Show ``message`` in place of the entries: the analysis failed, nothing to list."""
        self._doc = None
        self._targets, self._option_of = [None], {}
        self._here = None
        self.set_options([Option(Content.styled(message, "dim italic"), disabled=True)])

    @property
    def entry_width(self) -> int:
        """Characters an entry may take before it would wrap."""
        return max(12, self.scrollable_content_region.width - 2)

    def on_resize(self, event: Resize) -> None:
        if self._doc is not None and self.entry_width != self._width:
            self._width = self.entry_width
            self.show(self._doc)

    def build(self, doc: Briefing, width: int) -> tuple[list[Option], list[int | None]]:
        """Options for ``doc`` and, for each, the index of the target it stands for."""
        raise NotImplementedError

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        """The article span behind a target index."""
        raise NotImplementedError

    def option_for(self, target: int) -> int | None:
        """The option index showing ``target`` (``None`` if filtered out)."""
        return self._option_of.get(target)

    def target_at(self, option_index: int) -> int | None:
        return self._targets[option_index] if option_index < len(self._targets) else None

    @property
    def here(self) -> int | None:
        """The target marked as the reading position (``None``: nothing read yet)."""
        return self._here

    def mark(self, target: int | None) -> None:
        """Mark the entry for ``target`` as the reading position (``None`` clears the mark).

        The cursor follows only while the list is not focused: then it is hidden, and the list
        scrolls to keep the mark in view."""
        changed = target != self._here
        self._here = target
        option = None if target is None else self.option_for(target)
        if not self.has_focus and option is not None and option != self.highlighted:
            self.highlighted = option
        if changed:
            self.refresh()

    def _get_left_gutter_width(self) -> int:
        return len(self.HERE_BAR)

    def render_line(self, y: int) -> Strip:
        """An entry's line with the gutter in front: the bar and bold text at the mark."""
        try:
            index, _ = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return super().render_line(y)
        strip = super().render_line(y)
        base = self.get_visual_style("option-list--option").rich_style
        here = self._here
        if here is None or self._option_of.get(here) != index:
            return Strip([Segment(" ", base), *strip], strip.cell_length + 1)
        bar = base + self.get_component_rich_style("jump-list--here-bar", partial=True)
        here_style = self.get_component_rich_style("jump-list--here", partial=True)
        marked = Segment.apply_style(strip, post_style=here_style)
        return Strip([Segment(self.HERE_BAR, bar), *marked], strip.cell_length + 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.target_at(event.option_index)
        if target is None:
            return
        start, end = self.span_of(target)
        self.post_message(self.Chosen(self, target, start, end))
