"""Speakers that are no one: the writer's "we", products, kinship words, bare descriptions.

Every name and sentence here is invented; each test pins one general rule that a QA reading of
the speakers list asked for.
"""

from __future__ import annotations

import briefing
from briefing import read_text
from briefing.analysis.speakers.resolver import SpeakerResolver
from tests.test_quotes_engine import quotes_of


def test_the_writers_we_is_not_a_group_quoted_earlier() -> None:
    body = (
        "“It will save money,” two regional water boards said.\n\n"
        "In this review we called the merger “fair to every town” and found no harm in it."
    )
    found = quotes_of(body)
    assert found[0] == ("It will save money,", "two regional water boards")
    assert found[1] == ("fair to every town", None)


def _person_runs(text: str) -> dict[str, bool]:
    runs = SpeakerResolver(text)._ensure_runs()
    return {run.name: run.person for run in runs}


def test_a_capital_letter_inside_a_name_marks_a_model_not_a_person() -> None:
    runs = _person_runs("Ivo Lund arrived in a borrowed Model T Ford with Class B Shares.")
    assert runs["Ivo Lund"] is True
    assert runs["Model T Ford"] is False
    assert runs["Class B Shares"] is False


def test_a_given_name_keeps_a_bare_middle_initial_a_person() -> None:
    assert _person_runs("Yesterday Harry S Lund arrived.")["Harry S Lund"] is True


def test_a_family_word_as_a_name_stands_for_the_person_named() -> None:
    body = (
        "Ivo Lund ran the mill for forty years and never took a holiday.\n\n"
        "We have other guests today. As Papa would say, “Keep it short and get back to work.”"
    )
    assert quotes_of(body) == [("Keep it short and get back to work.", "Ivo Lund")]


def test_a_singular_mass_noun_alone_is_no_speaker() -> None:
    body = "It is a crime to knowingly “make any false statement” (emphasis added)."
    assert quotes_of(body) == [("make any false statement", None)]


def test_a_plural_noun_alone_is_still_a_group_speaker() -> None:
    assert quotes_of("“We will appeal,” critics said.") == [("We will appeal,", "critics")]


def test_a_base_form_after_a_and_an_adjective_is_a_noun_not_a_cue() -> None:
    body = "Berg asked whether to write. Lund replied that a formal note would be “just fine.”"
    assert quotes_of(body) == [("just fine.", "Lund")]


def test_an_article_subject_still_reports_with_a_modal_or_a_past_tense() -> None:
    assert quotes_of("“It is over,” an aide would note.") == [("It is over,", "an aide")]
    assert quotes_of("“It is over,” a spokesman noted.") == [("It is over,", "a spokesman")]


def test_a_sentence_adverb_after_a_name_is_no_part_of_it() -> None:
    body = "Ola Berg was away. Ivo Lund nonetheless agreed to “continue the talks in person.”"
    assert quotes_of(body) == [("continue the talks in person.", "Ivo Lund")]


def test_a_phrase_cut_off_at_than_is_no_speaker() -> None:
    body = "See Ola Berg, Ivo Lund: more questions than answers about a mill (“The mill is shut”)."
    assert quotes_of(body) == [("The mill is shut", None)]


def test_a_number_abbreviation_ends_no_name() -> None:
    runs = _person_runs("Under Appointment Order No. 3915 the panel began. Ivo Lund spoke.")
    assert "Appointment Order No" not in runs
    assert "Appointment Order" in runs


def test_footnote_numbers_before_a_name_are_no_part_of_it() -> None:
    body = (
        "Ivo Berg met Lund.\n\nLund wrote that the “meeting is at four now.”70 1 Berg "
        "responded, “See you then at the mill.” 71"
    )
    assert quotes_of(body)[-1] == ("See you then at the mill.", "Ivo Berg")


def test_an_intensifier_before_the_verbs_adverb_is_no_part_of_the_name() -> None:
    body = "To this, Ivo Lund very gravely replied, “Far be it from me to judge the mill.”"
    assert quotes_of(body) == [("Far be it from me to judge the mill.", "Ivo Lund")]


def test_a_citation_signal_names_a_source_not_a_speaker() -> None:
    body = "The claim spread fast.\n\n[^12]: See Lund: “The mill was never sold at all,” a post."
    assert quotes_of(body) == [("The mill was never sold at all,", None)]


def test_a_past_tense_verb_after_a_name_opens_its_own_clause() -> None:
    body = (
        "On July 31, Lund flew back to Oslo from Bergen, and on that same day, wrote to Quist "
        "that he needed “more time.”"
    )
    assert quotes_of(body) == [("more time.", "Lund")]


def test_an_adjective_or_a_participle_after_a_name_stays_in_the_phrase() -> None:
    assert quotes_of("“It is over,” said one Republican involved in the talks.") == [
        ("It is over,", "one Republican involved in the talks")
    ]


def test_a_phrase_opening_with_a_past_tense_verb_is_no_speaker() -> None:
    # A quoted name splits the clause, so the cue's phrase starts at the verb: a predicate
    # ("began to message groups", "sent groups a message") names nobody.
    for body in (
        "On May 3, the account “Ola Ski” began to privately message dozens of local groups "
        "asking them to help plan a “rally near the town hall.”",
        "The account “Ola Ski” sent dozens of local groups a message asking them to "
        "“rally near the town hall.”",
    ):
        assert all(speaker is None for _, speaker in quotes_of(body))


def test_a_participle_or_adverb_opening_a_sentence_is_no_given_name() -> None:
    body = (
        "Ivo Lund spoke first. Praising Lund, the mayor left. Certainly Lund knew it. "
        "Whatever Lund says, the vote stands. Ming Tarr and Kelly Orvo came too."
    )
    names = set(_person_runs(body))
    assert not names & {"Praising Lund", "Certainly Lund", "Whatever Lund"}
    assert {"Ming Tarr", "Kelly Orvo"} <= names


def test_a_title_cased_heading_gives_no_full_name_to_a_surname() -> None:
    body = (
        "# Report\n\nOla Lund chairs the board.\n\n## Talks With Lund\n\n"
        "“We talk often,” Lund said."
    )
    doc = briefing.analyse(read_text(body, source="t.md"))
    assert [s.name for s in doc.speakers] == ["Ola Lund"]


def test_a_redaction_marker_is_never_a_speaker() -> None:
    body = (
        "For example, [ REDACTED: Harm to Ongoing Matter ] directions to the staff "
        "[ REDACTED: Harm to Ongoing Matter ] “Main idea: Use any opening to criticise the mayor.”"
    )
    assert quotes_of(body) == [("Main idea: Use any opening to criticise the mayor.", None)]
