"""The command palette: jump to a section or key point, follow a speaker, export; on the
reading list, open a briefing by its title or see everyone quoted.

Titles come from the article, so they are shown as ``Content`` or escaped before the palette
(and its fuzzy highlighter) parses them as markup.

One provider whose commands depend on the document on screen; titles are namespaced
(``jump: …``, ``key point: …``, ``speaker: …``, ``export: …``) so a few letters find them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from briefing.ui.export_names import FORMAT_TITLES
from briefing.ui.quotes_list import UNATTRIBUTED, speaker_order
from briefing.ui.sections_list import LEDE_TITLE
from briefing.ui.text_safety import safe_label, shorten

if TYPE_CHECKING:
    from briefing.ui.screens.reader import ReaderScreen
    from briefing.ui.screens.reading_list import ReadingListScreen


class BriefingCommands(Provider):
    """Commands for the briefing being read, or the reading list (nothing on other screens)."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from briefing.ui.screens.reader import ReaderScreen
        from briefing.ui.screens.reading_list import ReadingListScreen

        screen = self.screen
        if isinstance(screen, ReaderScreen):
            return _reader_commands(screen)
        if isinstance(screen, ReadingListScreen):
            return _list_commands(screen)
        return []

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                display = matcher.highlight(escape(title))
                yield Hit(score, display, callback, text=title, help=escape(help_text))


def _reader_commands(screen: ReaderScreen) -> list[tuple[str, Callable[[], object], str]]:
    doc = screen.doc
    commands: list[tuple[str, Callable[[], object], str]] = []
    for index, section in enumerate(doc.sections):
        title = safe_label(section.title) if section.title else LEDE_TITLE
        commands.append((f"jump: {shorten(title, 70)}", partial(screen.jump_section, index), ""))
    for number, point in enumerate(doc.key_points, start=1):
        text = shorten(safe_label(point.text), 70)
        jump = partial(screen.jump_key_point, number)
        said_by = doc.speaker(point.speaker)  # a transcript's point: who said it, under the title
        commands.append(
            (f"key point: {number}. {text}", jump, safe_label(said_by.name) if said_by else "")
        )
    for speaker_id in speaker_order(doc):
        speaker = doc.speaker(speaker_id)
        name = safe_label(speaker.name) if speaker else UNATTRIBUTED
        role = safe_label(speaker.role) if speaker and speaker.role else ""
        commands.append(
            (f"speaker: {name}", partial(screen.follow_speaker, speaker_id, True), role)
        )
    for fmt, title in FORMAT_TITLES.items():
        commands.append((f"export: {title}", partial(screen.export, fmt), "into this folder"))
    commands.append(("sidebar: sections and key points", screen.action_toggle_left, "F2"))
    commands.append(("sidebar: quotes", screen.action_toggle_right, "F3"))
    return commands


def _list_commands(screen: ReadingListScreen) -> list[tuple[str, Callable[[], object], str]]:
    """``open: <title>`` for every briefing that can be opened, in the list's order."""
    commands: list[tuple[str, Callable[[], object], str]] = []
    for index in screen.shown:
        entry = screen.entries[index]
        summary = entry.summary
        if summary is not None and summary.error is not None:
            continue
        title = safe_label(summary.title) if summary is not None else safe_label(entry.path)
        day = (summary.day or "") if summary is not None else "analysing…"
        commands.append((f"open: {shorten(title, 70)}", partial(screen.open_entry, index), day))
    commands.append(("speakers: everyone quoted", screen.action_speakers, "F6"))
    return commands
