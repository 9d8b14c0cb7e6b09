"""The table of contents: sections nested by heading level in a tree that folds."""

from __future__ import annotations

from briefing.model import Briefing
from briefing.ui.place_tree import PlaceNode, PlaceTree
from briefing.ui.text_safety import safe_label

LEDE_TITLE = "(opening)"


class SectionsList(PlaceTree):
    """Sections in document order, each under the nearest heading of a higher level."""

    STAGES = ("sections",)

    def fill(self, doc: Briefing) -> None:
        open_levels: list[tuple[int, PlaceNode]] = []  # the path of headings above the next one
        for index, section in enumerate(doc.sections):
            level = section.level if section.title else 0
            while open_levels and open_levels[-1][0] >= level:
                open_levels.pop()
            parent = open_levels[-1][1] if open_levels else self.root
            title = safe_label(section.title) if section.title else LEDE_TITLE
            node = self.add_place(parent, title, index)
            if section.title:
                open_levels.append((level, node))

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        assert self._doc is not None
        section = self._doc.sections[target]
        heading = section.heading
        if heading is not None:
            return heading.start, heading.end
        return section.start, section.start
