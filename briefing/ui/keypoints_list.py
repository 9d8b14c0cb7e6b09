"""Key points, numbered in document order (the numbers are the ``1``-``9`` jump keys)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Briefing
from briefing.ui.jump_list import JumpList
from briefing.ui.text_safety import safe_label


class KeyPointsList(JumpList):
    """Every key point as a numbered, wrapped sentence; unlinked curated points are dimmed."""

    STAGES = ("sentences", "key points")

    def build(self, doc: Briefing, width: int) -> tuple[list[Option], list[int | None]]:
        options: list[Option] = []
        names = {speaker.id: speaker.name for speaker in doc.speakers}
        for number, point in enumerate(doc.key_points, start=1):
            style = "" if point.start is not None else "dim italic"
            name = names.get(point.speaker) if point.speaker is not None else None
            text = f"{name}: {point.text}" if name else point.text
            options.append(
                Option(Content.assemble((f"{number}. ", "bold"), (safe_label(text), style)))
            )
        targets: list[int | None] = list(range(len(doc.key_points)))
        if not options:
            options.append(Option(Content.styled("No key points", "dim italic"), disabled=True))
            targets.append(None)
        return options, targets

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        assert self._doc is not None
        point = self._doc.key_points[target]
        return point.start, point.end
