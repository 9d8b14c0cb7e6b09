"""A transcript's speakers are introduced by its title when the body never names them in full."""

from __future__ import annotations

import briefing

TRANSCRIPT = """Press Briefing by Press Secretary Ann Lee and Trade Envoy Tom Ward

MS. LEE: Good afternoon. We have two announcements on the harbour agreement today.

Q Will the agreement be signed this week?

MS. LEE: It will be signed on Friday, and the envoy will explain the terms.

MR. WARD: Thank you. The agreement cuts port fees for small fishing boats by half.

MR. BELL: A question on the timing of the fees, if I may.
"""


def _speakers(text: str) -> dict[str, str | None]:
    doc = briefing.analyse(briefing.read_text(text, source="t"))
    return {speaker.name: speaker.role for speaker in doc.speakers}


def test_labels_take_full_name_and_role_from_the_title():
    speakers = _speakers(TRANSCRIPT)
    assert speakers["Ann Lee"] == "Press Secretary"
    assert speakers["Tom Ward"] == "Trade Envoy"


def test_a_label_the_title_does_not_name_stays_as_written():
    speakers = _speakers(TRANSCRIPT)
    assert "Mr. Bell" in speakers
    assert not any(name.endswith("Bell") and name != "Mr. Bell" for name in speakers)
