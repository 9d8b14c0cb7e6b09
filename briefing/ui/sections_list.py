"""The table of contents: one entry per section, indented by heading level."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Briefing
from briefing.ui.jump_list import JumpList
from briefing.ui.text_safety import safe_label, shorten

LEDE_TITLE = "(opening)"


class SectionsList(JumpList):
    """Sections in document order; the one being read is highlighted."""

    STAGES = ("sections",)

    def build(self, doc: Briefing, width: int) -> tuple[list[Option], list[int | None]]:
        top = min((section.level for section in doc.sections if section.title), default=1)
        options: list[Option] = []
        for section in doc.sections:
            indent = "  " * max(0, section.level - top) if section.title else ""
            title = safe_label(section.title) if section.title else LEDE_TITLE
            options.append(Option(Content(indent + shorten(title, max(8, width - len(indent))))))
        return options, list(range(len(doc.sections)))

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        assert self._doc is not None
        section = self._doc.sections[target]
        heading = section.heading
        if heading is not None:
            return heading.start, heading.end
        return section.start, section.start
