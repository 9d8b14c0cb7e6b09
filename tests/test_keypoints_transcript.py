"""Key points of transcripts start after the speaker's label, and questions are poor points."""

from __future__ import annotations

import briefing

TRANSCRIPT = """Remarks on the Harbour Plan

MS. ARDEN: Good morning, everyone, and welcome.

MS. ARDEN: The council approved a budget of 40 million dollars to rebuild the harbour wall \
before the winter storms arrive.

MR. COLE: The ministry will fund half of the harbour rebuilding costs starting in March, \
with the rest from local bonds.

Q Will the ministry also pay for the dredging of the harbour this year?

MS. ARDEN: The dredging is a separate question that the port authority will decide next month.
"""


def test_a_point_in_a_transcript_turn_starts_after_the_label():
    doc = briefing.analyse(briefing.read_text(TRANSCRIPT, source="t"))
    assert doc.key_points, "a transcript still has key points"
    for point in doc.key_points:
        assert point.start is not None and point.end is not None
        assert doc.text[point.start : point.end] == point.text
        assert not point.text.startswith(("MS.", "MR.", "Q ")), point.text
    texts = " ".join(point.text for point in doc.key_points)
    assert "40 million dollars" in texts


def test_a_question_is_not_chosen_over_statements():
    without_greeting = TRANSCRIPT.replace("MS. ARDEN: Good morning, everyone, and welcome.\n\n", "")
    doc = briefing.analyse(briefing.read_text(without_greeting, source="t"), key_points=3)
    assert all(not point.text.endswith("?") for point in doc.key_points)


def test_a_line_in_capitals_is_not_a_key_point():
    text = (
        "The Harbour Book\n\n"
        "PRINTED BY THE HARBOUR PRESS AND SONS, QUAY STREET, PORTSMOUTH.\n\n"
        "The harbour council agreed on Monday to rebuild the north quay before the winter. "
        "The work will cost the town about four million pounds over two years. "
        "Fishermen welcomed the decision after a storm closed the port for a week."
    )
    doc = briefing.analyse(briefing.read_text(text, source="t"), key_points=2)
    assert [point.text[:20] for point in doc.key_points] == [
        "The harbour council ",
        "The work will cost t",
    ]


def test_greetings_and_thanks_are_not_chosen_over_statements():
    doc = briefing.analyse(briefing.read_text(TRANSCRIPT, source="t"), key_points=3)
    assert all("Good morning" not in point.text for point in doc.key_points)


def test_a_point_from_a_turn_carries_its_speaker() -> None:
    doc = briefing.analyse(briefing.read_text(TRANSCRIPT, source="t"), key_points=3)
    names = {speaker.id: speaker.name for speaker in doc.speakers}
    by_text = {point.text[:12]: names.get(point.speaker or "") for point in doc.key_points}
    assert by_text.get("The ministry") == "Mr. Cole"
    assert by_text.get("The council ") == "Ms. Arden"


def test_an_article_s_points_have_no_speaker() -> None:
    text = (
        "Harbour plan\n\n"
        "The council approved a budget of 40 million dollars to rebuild the harbour wall. "
        "“We cannot wait for another storm,” the mayor said on Monday evening. "
        "Work on the wall will start in March and last for two years."
    )
    doc = briefing.analyse(briefing.read_text(text, source="t"))
    assert doc.key_points and all(point.speaker is None for point in doc.key_points)


def test_the_sidebar_names_the_speaker_before_the_point() -> None:
    from briefing.ui.keypoints_list import KeyPointsList

    doc = briefing.analyse(briefing.read_text(TRANSCRIPT, source="t"), key_points=3)
    options, _ = KeyPointsList().build(doc, 60)
    labels = [str(option.prompt) for option in options]
    assert any(label.startswith("2. Mr. Cole: The ministry") for label in labels), labels
