"""Everyone quoted across the reading list, each person's quotes newest first.

Built from the summaries analysed so far (the list may still be filling in: the title says
so). Enter on a quote opens its briefing in the reader at that quote; ``]``/``[`` go to the next
or previous person; Escape or Backspace goes back to the list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from briefing.collection import Person, Summary, people_across
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.reading_list import help_rows
from briefing.ui.text_safety import safe_label, shorten

MIN_ROLE = 8  # a role cut shorter than this (", chief…") says nothing: left out instead


def person_heading(person: Person, width: int) -> Content:
    """``Name, role  N quotes in M briefings`` on one line of ``width`` cells.

    The counts are kept whole, then the name; a long role is cut with an ellipsis rather than
    wrapped (a wrapped role read as a second person at 80 columns, and pushed the counts to a
    line of their own). The reader shows the full role beside the quote.
    """
    quotes = "1 quote" if len(person.quotes) == 1 else f"{len(person.quotes)} quotes"
    counts = f"  {quotes} in {_briefings(person.briefings)}"
    room = max(MIN_ROLE, width - len(counts))
    name = shorten(safe_label(person.name), room)
    role = f", {safe_label(person.role)}" if person.role else ""
    role = shorten(role, room - len(name)) if room - len(name) >= MIN_ROLE else ""
    return Content.assemble((name, "bold"), (role, "italic"), (counts, "dim"))


def _briefings(count: int) -> str:
    return "1 briefing" if count == 1 else f"{count} briefings"


def quote_row(summary: Summary, text: str, width: int) -> Content:
    """One line: the briefing's day and title, then as much of the quote as fits ``width``."""
    prefix = f"  {summary.day or 'undated'}  "
    title = shorten(safe_label(summary.title), min(40, width // 3)) + ": "
    room = max(10, width - len(prefix) - len(title) - 2)  # 2: the quotation marks
    return Content.assemble(
        (prefix, "dim"), (title, "italic"), f"“{shorten(safe_label(text), room)}”"
    )


class SpeakersScreen(Screen[None]):
    """People across briefings; each quote row remembers which briefing and where."""

    HELP_GROUP = "Speakers"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="speakers.help"),
        Binding("escape,backspace", "dismiss_screen", "Back to the list", id="speakers.back"),
        Binding(
            "right_square_bracket", "step_person(True)", "Next person", id="speakers.next_person"
        ),
        Binding(
            "left_square_bracket",
            "step_person(False)",
            "Prev person",
            id="speakers.previous_person",
            show=False,
        ),
    ]

    def __init__(self, analysed: list[tuple[int, Summary]], pending: int) -> None:
        super().__init__()
        self.analysed = analysed  # (entry index in the reading list, summary)
        self.pending = pending
        self.targets: list[tuple[int, int, int] | None] = []  # per row: (entry, start, end)

    def compose(self) -> ComposeResult:
        yield Label(id="speakers-title")
        yield OptionList(id="people", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        summaries = [summary for _, summary in self.analysed]
        people = people_across(summaries)
        options: list[Option] = []
        width = max(40, self.size.width - 6)  # the list's border, padding and scroll bar
        for person in people:
            options.append(Option(person_heading(person, width), disabled=True))
            self.targets.append(None)
            for quote in person.quotes:
                entry, summary = self.analysed[quote.briefing]
                options.append(Option(quote_row(summary, quote.text, width)))
                self.targets.append((entry, quote.start, quote.end))
        people_list = self.query_one("#people", OptionList)
        people_list.add_options(options)
        first = next((i for i, target in enumerate(self.targets) if target is not None), None)
        people_list.highlighted = first
        people_list.focus()
        who = f"{len(people)} people" if people else "no one is quoted by name"
        title = f"Speakers across {_briefings(len(self.analysed))}: {who}"
        if self.pending:
            title += f" ({_briefings(self.pending)} still being analysed)"
        self.query_one("#speakers-title", Label).update(Content(title))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.targets[event.option_index]
        if target is not None:
            entry, start, end = target
            self.app.open_briefing(entry, jump=(start, end))  # type: ignore[attr-defined]

    def action_step_person(self, forward: bool) -> None:
        """To the next (or previous) person's newest quote: a person quoted hundreds of times
        (a novel's heroine) would otherwise take pages of scrolling to get past."""
        people_list = self.query_one("#people", OptionList)
        current = people_list.highlighted or 0
        firsts = [i + 1 for i, target in enumerate(self.targets) if target is None]
        this = max((first for first in firsts if first <= current), default=0)
        later = [first for first in firsts if first > current]
        earlier = [first for first in firsts if first < this]
        target = (later[0] if later else None) if forward else (earlier[-1] if earlier else None)
        if target is None:
            self.notify("No more people this way.")
            return
        people_list.highlighted = target
        people_list.scroll_to_highlight(top=True)  # then one line up: the heading shows too
        people_list.scroll_to(y=people_list.scroll_y - 1, animate=False, immediate=True)

    def action_dismiss_screen(self) -> None:
        self.dismiss()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(help_rows(self)))
