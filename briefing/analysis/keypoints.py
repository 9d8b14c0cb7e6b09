"""Key points: the few sentences that carry the story."""

from __future__ import annotations

from briefing.model import Briefing, KeyPoint


def choose_key_points(
    doc: Briefing, *, count: int | None = None
) -> tuple[tuple[KeyPoint, ...], tuple[tuple[KeyPoint, ...], ...]]:
    """Key points for the whole briefing (document order) and for each section."""
    return (), tuple(() for _ in doc.sections)
