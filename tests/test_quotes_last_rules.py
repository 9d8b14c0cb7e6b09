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


def test_a_present_tense_verb_after_a_bare_name_is_no_part_of_it() -> None:
    body = (
        "“It worked,” Carla Brenn said. In the film, Brenn sits, hands folded in a chair, "
        "to explain how “it all worked.”"
    )
    assert quotes_of(body)[1] == ("it all worked.", "Carla Brenn")


def test_a_plural_noun_after_a_name_stays_in_the_phrase() -> None:
    body = "Brenn supporters said the vote was “a scandal.”"
    assert quotes_of(body) == [("a scandal.", "Brenn supporters")]


def test_the_subject_opens_with_its_article_after_a_clause_noun() -> None:
    body = (
        "He said, “The bridge will stand” - at which point the crowd chanted “Build it!” - "
        "“and more.”"
    )
    assert quotes_of(body)[1] == ("Build it!", "the crowd")


def test_a_passive_agent_speaks_past_its_relative_clause() -> None:
    body = (
        "Ann Berg was asked by host Tom Lind, who is backing Berg but has dismissed the "
        "story, “Now, you said it was false?”"
    )
    assert quotes_of(body) == [("Now, you said it was false?", "Tom Lind")]


def test_a_participle_after_a_subordinate_clause_goes_with_its_subject() -> None:
    body = (
        "“Where is the mayor?” Berg asks as a janitor walks in front of her, saying he is "
        "“here to fix the lamp.”"
    )
    assert quotes_of(body)[1] == ("here to fix the lamp.", "a janitor")
    assert quotes_of("Ann Berg waved, saying “Thank you.”") == [("Thank you.", "Ann Berg")]


def test_an_unclosed_quote_ends_before_its_own_reporting_clause() -> None:
    assert quotes_of("Ann Berg spoke. “We will hold the bridge, she said. Then she left.") == [
        ("We will hold the bridge,", "Ann Berg")
    ]
    assert quotes_of("“We will hold the bridge, said Ann Berg, a mayor.") == [
        ("We will hold the bridge,", "Ann Berg")
    ]


def test_a_stray_opener_before_a_clear_cue_keeps_its_quote() -> None:
    body = "“We will hold the bridge, Ann Berg said on Monday. “And we will win.”"
    assert quotes_of(body) == [
        ("We will hold the bridge,", "Ann Berg"),
        ("And we will win.", "Ann Berg"),
    ]


def test_an_unclosed_quote_without_a_cue_still_runs_to_its_paragraph_end() -> None:
    body = "Ann Berg spoke. “We will hold the bridge, and Tom said no. Then we left."
    assert quotes_of(body)[0][0] == "We will hold the bridge, and Tom said no. Then we left."


def test_the_owner_of_a_reply_speaks() -> None:
    body = "“Should we wait?” asked Tom Lind. Ann Berg’s curt answer was: “No.”"
    assert quotes_of(body) == [("Should we wait?", "Tom Lind"), ("No.", "Ann Berg")]
    body = "“Should we wait?” asked Tom Lind. Berg’s succinct reply: “No.”"
    assert quotes_of(body)[1] == ("No.", "Berg")


def test_a_word_opening_a_bracketed_sentence_is_no_given_name() -> None:
    body = (
        "Sexton went to the rally. (See Sexton’s notes below.) “It was loud,” Sexton said. "
        "You can see it."
    )
    assert quotes_of(body) == [("It was loud,", "Sexton")]


def test_an_article_or_neither_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert quotes_of("A Berg win would help. “It is over,” Berg said.") == [("It is over,", "Berg")]
    assert quotes_of("Neither Berg nor Lind spoke. “It is over,” Berg said.") == [
        ("It is over,", "Berg")
    ]


def test_a_period_without_its_space_still_ends_a_word() -> None:
    body = "Ann Berg spoke. “The port is shut,” Berg said.Berg claimed that it was “very late.”"
    assert quotes_of(body) == [("The port is shut,", "Ann Berg"), ("very late.", "Ann Berg")]
    assert quotes_of("The U.S. envoy said: “No.”") == [("No.", "the U.S. envoy")]
