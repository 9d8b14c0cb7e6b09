"""Rules for named and described speakers, added after reading the dev-data errors of those
classes; one hand-written case per rule (every name and sentence here is invented)."""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_a_quote_ending_in_an_inner_question_keeps_its_closing_cue() -> None:
    body = (
        "In Oslo, local party leaders say the visits helped. "
        "“He stopped and said, ‘How do we win the county?’” Tom Varga, the chairman for the "
        "county, said of the meeting."
    )
    assert quotes_of(body)[0][1] == "Tom Varga"


def test_a_modal_spelled_like_a_given_name_opens_a_name() -> None:
    body = "“The bridge stays shut,” Will Ostrander, the harbour master, said on Monday."
    assert quotes_of(body) == [("The bridge stays shut,", "Will Ostrander")]


def test_a_colon_cue_keeps_its_question_from_the_next_report() -> None:
    body = (
        "Ann Berg, exasperated, famously responded: “What difference does it make?” "
        "Her critics cited it as evidence."
    )
    assert quotes_of(body)[0][1] == "Ann Berg"


def test_quoted_words_opening_a_sentence_are_never_its_subject() -> None:
    body = (
        "Ann Berg sang for the crowd. “Promise me you’ll keep your lamps lit tonight,” Berg "
        "sings to Lund before asking her, “Where do we go from here?”"
    )
    assert quotes_of(body)[1] == ("Where do we go from here?", "Ann Berg")
