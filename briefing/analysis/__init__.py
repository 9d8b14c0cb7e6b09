"""Pure analysis of a loaded briefing: sections, sentences, quotes, speakers, key points.

Nothing here imports Textual; every function is deterministic and safe to run in a thread.

Each stage is contained: article text is untrusted, and a rule that trips over some odd text
must cost only what that stage shows, not the whole briefing. A stage that raises gets a safe
fallback (one section for the whole text, quotes left unattributed, no key points) and its name
in ``Briefing.failed_stages``, so the reader and the exports can say so in one line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.keypoints import choose_key_points
from briefing.analysis.quotes.spans import find_quotes
from briefing.analysis.text.sections import build_sections
from briefing.analysis.text.sentences import split_sentences
from briefing.model import Briefing, Quote, Section, Speaker

__all__ = ["STAGES", "analyse"]

# The stage names ``Briefing.failed_stages`` may hold, in the order they run.
STAGES = ("sections", "sentences", "quotes", "attribution", "key points")

_log = logging.getLogger(__name__)
_T = TypeVar("_T")


def analyse(briefing: Briefing, *, key_points: int | None = None) -> Briefing:
    """Return the briefing with every analysis field filled.

    ``key_points`` overrides how many key points to choose (``None``: adapt to length). Never
    raises on the text: a failing stage is named in ``failed_stages`` and the others still run.
    """
    failed: list[str] = []
    text, paragraphs = briefing.text, briefing.paragraphs
    sections = _contained(
        "sections", failed, lambda: build_sections(text, paragraphs), lambda: _one_section(text)
    )
    sentences = _contained("sentences", failed, lambda: split_sentences(text, paragraphs), tuple)
    doc = replace(briefing, sections=sections, sentences=sentences)
    quotes, speakers = _quotes_and_speakers(doc, failed)
    doc = replace(doc, quotes=quotes, speakers=speakers)
    points, per_section = _contained(
        "key points",
        failed,
        lambda: choose_key_points(doc, count=key_points),
        lambda: ((), tuple(() for _ in sections)),
    )
    return replace(
        doc,
        key_points=points,
        section_key_points=per_section,
        analysed=True,
        failed_stages=tuple(failed),
    )


def _quotes_and_speakers(
    doc: Briefing, failed: list[str]
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes with their speakers; if attributing fails, the quotes alone, unattributed."""
    attributed = _contained("attribution", failed, lambda: find_quotes_and_speakers(doc), None)
    if attributed is not None:
        return attributed
    return _contained("quotes", failed, lambda: find_quotes(doc), tuple), ()


def _contained(
    stage: str, failed: list[str], run: Callable[[], _T], fallback: Callable[[], _T] | None
) -> _T:
    """``run()``; if it raises, note ``stage`` as failed and return ``fallback()`` (or None)."""
    try:
        return run()
    except Exception:  # any bug on odd text: contain it to this stage
        _log.debug("analysis stage %r failed", stage, exc_info=True)
        failed.append(stage)
        return fallback() if fallback is not None else None  # type: ignore[return-value]


def _one_section(text: str) -> tuple[Section, ...]:
    """The whole text as one untitled section: sections must still tile the body."""
    return (Section(0, len(text)),)
