"""Rules added after reading the remaining real engine errors of the dev data; one hand-written
case per rule (every name and sentence here is invented)."""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_a_nickname_in_marks_is_left_out_of_the_name() -> None:
    assert quotes_of("Marcia “Cia” Pellow said: “We will win.”") == [
        ("We will win.", "Marcia Pellow")
    ]


def test_a_surname_goes_to_the_name_a_nickname_splits() -> None:
    body = "Marcia “Cia” Pellow won. “We will win,” Pellow said."
    assert quotes_of(body) == [("We will win,", "Marcia Pellow")]


def test_a_month_abbreviation_can_end_a_name() -> None:
    assert quotes_of("“The port is shut,” columnist Ai Jun wrote.") == [
        ("The port is shut,", "Ai Jun")
    ]
    assert quotes_of("“The port is shut,” Prime Minister Ada May said.")[0][1] == "Ada May"
    assert quotes_of("“The port is shut,” Ann Berg Monday said.")[0][1] == "Ann Berg"
