"""Direct quotes and their speakers."""

from __future__ import annotations

from briefing.model import Briefing, Quote, Speaker


def find_quotes_and_speakers(doc: Briefing) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Every direct quote in the body, each linked to a resolved speaker when there is evidence."""
    return (), ()
