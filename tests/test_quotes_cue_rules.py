"""Cue rules for quotes whose sentence names the speaker away from the quote marks.

Every name and sentence here is invented; each test pins one general rule of the cue finder
(``attribution``) that the dev-data error analysis asked for.
"""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_a_closing_said_clause_attributes_a_far_quote() -> None:
    body = (
        "Ola Berg won the vote. That would bring a “winter of doubt” for Varga in the months "
        "before the congress, forcing him to fight the board and the unions on two fronts, "
        "said Tom Lund, a veteran pollster."
    )
    assert quotes_of(body)[0] == ("winter of doubt", "Tom Lund")


def test_a_closing_name_wrote_clause_beats_a_relative_clause() -> None:
    body = (
        "“If the agency finds more files, it will search them” that would answer the requests "
        "from the group, senior counsel Mara Quist wrote in a court filing."
    )
    assert quotes_of(body)[0][1] == "Mara Quist"


def test_a_closing_clause_needs_a_speaker_not_a_topic() -> None:
    body = "The plan is “dead on arrival” for now, the committee chair believes, and so do others."
    assert quotes_of(body)[0][1] is None


def test_the_agent_of_a_passive_naming_verb_used_the_words() -> None:
    body = (
        "The network is hard to trace. This habit has been called “deliberate fog” by Ivo "
        "Stenk, a professor at Oslo University, and it hides the money."
    )
    assert quotes_of(body)[0] == ("deliberate fog", "Ivo Stenk")


def test_an_as_described_by_aside_names_the_source() -> None:
    body = "She was “very careless” in her work, as described by Police Chief Ivo Stenk."
    assert quotes_of(body)[0] == ("very careless", "Ivo Stenk")


def test_a_reporting_verb_before_as_reported_by_keeps_its_speaker() -> None:
    body = "“We will fix it,” Ola Varga noted in an interview, as reported by the Oslo Times."
    assert quotes_of(body)[0] == ("We will fix it,", "Ola Varga")
