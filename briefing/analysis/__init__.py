"""Pure analysis of a loaded briefing: sections, sentences, quotes, speakers, key points.

Nothing here imports Textual; every function is deterministic and safe to run in a thread.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.keypoints import choose_key_points
from briefing.analysis.quotes import find_quotes_and_speakers
from briefing.analysis.sections import build_sections
from briefing.analysis.sentences import split_sentences
from briefing.model import Briefing


def analyse(briefing: Briefing, *, key_points: int | None = None) -> Briefing:
    """Return the briefing with every analysis field filled.

    ``key_points`` overrides how many key points to choose (``None``: adapt to length).
    """
    doc = replace(
        briefing,
        sections=build_sections(briefing.text, briefing.paragraphs),
        sentences=split_sentences(briefing.text, briefing.paragraphs),
    )
    quotes, speakers = find_quotes_and_speakers(doc)
    doc = replace(doc, quotes=quotes, speakers=speakers)
    points, per_section = choose_key_points(doc, count=key_points)
    return replace(doc, key_points=points, section_key_points=per_section, analysed=True)
