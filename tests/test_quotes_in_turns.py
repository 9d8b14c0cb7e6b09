"""Other people's words quoted inside a transcript's turns: a statement read out, a reporter
quoting someone back. They are quotes of their own, and the turn is cut around them; words in
marks that the turn's speaker does not credit to someone else stay part of the turn."""

from __future__ import annotations

import pytest

import briefing
from briefing import read_text
from briefing.analysis.keypoints.candidates import find_candidates
from briefing.analysis.quotes.turns import Turn, carve


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    """(words, speaker name) of every quote, in text order."""
    doc = briefing.analyse(read_text(body, source="t.txt"))
    names = {s.id: s.name for s in doc.speakers}
    return [(doc.text[q.start : q.end], names.get(q.speaker)) for q in doc.quotes]


def transcript(turn: str) -> str:
    """A briefing whose first answer is ``turn`` (Ms. Lee's words)."""
    return (
        "Press Briefing by Ann Lee\n\n"
        f"MS. LEE: {turn}\n\n"
        "Q: Will the state pay for the work?\n\n"
        "MS. LEE: The state will pay for all of it."
    )


def test_a_statement_read_out_is_its_authors_quote_and_the_turn_is_cut_around_it() -> None:
    body = transcript(
        "Good afternoon. I have a statement from Governor Ana Ruiz: “We will rebuild the "
        "bridge before winter.” I will take your questions."
    )
    assert quotes_of(body)[:3] == [
        ("Good afternoon. I have a statement from Governor Ana Ruiz:", "Ann Lee"),
        ("We will rebuild the bridge before winter.", "Ana Ruiz"),
        ("I will take your questions.", "Ann Lee"),
    ]


def test_a_reporter_quoting_a_named_person_credits_that_person() -> None:
    body = transcript("Good afternoon.").replace(
        "Q: Will the state pay for the work?",
        "Q: Senator Tom Berg said on Monday, “The plan is dead.” Is it?",
    )
    quotes = quotes_of(body)
    assert ("The plan is dead.", "Tom Berg") in quotes
    assert ("Is it?", "Reporter") in quotes


@pytest.mark.parametrize(
    "turn",
    [
        "As I said yesterday, “we are ready for the storm.” That has not changed.",
        "He said, “we are ready for the storm.” That has not changed.",
        "The so-called “reset” is over. That has not changed.",
    ],
)
def test_words_the_turn_does_not_credit_to_a_named_other_stay_in_the_turn(turn: str) -> None:
    quotes = quotes_of(transcript(turn))
    assert quotes[0] == (turn, "Ann Lee")


def test_a_quote_in_the_next_sentence_does_not_borrow_the_cue_before_it() -> None:
    turn = (
        "Senator Tom Berg said, “The plan is dead.” We would call that “premature.” Next question."
    )
    quotes = quotes_of(transcript(turn))
    assert quotes[:3] == [
        ("Senator Tom Berg said,", "Ann Lee"),
        ("The plan is dead.", "Tom Berg"),
        ("We would call that “premature.” Next question.", "Ann Lee"),
    ]


def test_quotes_still_never_overlap_and_stay_inside_the_text() -> None:
    doc = briefing.analyse(
        read_text(
            transcript(
                "“We will rebuild,” Governor Ana Ruiz said today. We agree, and "
                "Senator Tom Berg wrote: “Fund it.”"
            ),
            source="t.txt",
        )
    )
    previous_end = 0
    for quote in doc.quotes:
        assert previous_end <= quote.start < quote.end <= len(doc.text)
        previous_end = quote.end


def test_a_turn_that_opens_with_a_quoted_other_keeps_its_speaker_on_its_key_points() -> None:
    body = transcript(
        "“We will rebuild the bridge,” Governor Ana Ruiz said today. We agree with the "
        "governor that the bridge matters to every family in the valley."
    )
    doc = briefing.analyse(read_text(body, source="t.txt"))
    lee = next(s.id for s in doc.speakers if s.name == "Ann Lee")
    first_turn = next(c for c in find_candidates(doc) if c.turn)
    assert first_turn.speaker == lee


def test_carving_keeps_the_words_around_and_drops_what_is_only_punctuation() -> None:
    text = "Lee: As Ruiz said, “Go.” Then we went. “Stop.”."
    turn = Turn(0, 5, len(text), "Lee", 0, 3)
    spans = [(text.index("“Go"), text.index("Then") - 1), (text.index("“Stop"), len(text) - 1)]
    assert [text[t.start : t.end] for t in carve(text, [turn], spans)] == [
        "As Ruiz said,",
        "Then we went.",
    ]
