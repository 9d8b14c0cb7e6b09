"""Given-name short forms: "Rob Berg" and "Robert Berg" in one text are one person."""

from __future__ import annotations

from briefing.analysis.lexicon import is_given_name_form, same_given_name
from tests.test_quotes_engine import quotes_of


def test_short_forms_share_their_formal_name() -> None:
    assert same_given_name("Bill", "William")
    assert same_given_name("rob", "Bobby")
    assert same_given_name("Steve", "Stephen") and same_given_name("Steve", "Steven")
    assert not same_given_name("Patricia", "Patrick")
    assert not same_given_name("Bill", "Robert")
    assert is_given_name_form("Liz") and not is_given_name_form("Zorblax")


def test_a_short_form_after_the_full_name_is_the_same_person() -> None:
    body = (
        "Robert Ostrand, a publicist, wrote the email. “It is urgent,” Rob Ostrand said. "
        "Later Ostrand added, “Call me.”"
    )
    assert quotes_of(body) == [
        ("It is urgent,", "Robert Ostrand"),
        ("Call me.", "Robert Ostrand"),
    ]


def test_the_form_the_text_gives_first_names_the_person() -> None:
    body = "Bill Varnum spoke first. “No deal,” William Varnum said."
    assert quotes_of(body) == [("No deal,", "Bill Varnum")]


def test_other_given_names_stay_other_people() -> None:
    body = "Bill Varnum met Tom Varnum. “No deal,” Tom Varnum said."
    assert quotes_of(body) == [("No deal,", "Tom Varnum")]


def test_word_lists_are_data_files() -> None:
    from briefing.analysis.lexicon import words
    from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
    from briefing.analysis.speakers.given_names import gender_of_first_name

    assert "say" in words("reporting_verbs_irregular.txt")
    assert {"says", "tweeted", "warning"} <= REPORTING_VERBS
    assert all(not word.startswith("#") for word in words("given_names_male.txt"))
    assert (gender_of_first_name("Susan"), gender_of_first_name("George")) == ("f", "m")
