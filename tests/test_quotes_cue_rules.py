"""Cue rules for quotes whose sentence names the speaker away from the quote marks.

Every name and sentence here is invented; each test pins one general rule of the cue finder
(``attribution``) that the dev-data error analysis asked for.
"""

from __future__ import annotations

import pytest

from briefing.analysis.cues.english import cue_before
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


def test_an_age_before_an_appositive_is_part_of_the_aside() -> None:
    body = (
        "Ola Varga, 35, the daughter of former governor Tom Varga, said on Twitter on Monday, "
        "in reference to her son, “Next spring, he will be a big brother!”"
    )
    assert quotes_of(body)[0][1] == "Ola Varga"


def test_an_appositive_may_end_before_an_adverb_of_the_verb() -> None:
    body = "Few agree (Ivo Stenk, who coined the word, once said, “It happened many times”)."
    assert quotes_of(body)[0][1] == "Ivo Stenk"


def test_an_infinitive_report_takes_the_subject_of_its_verb() -> None:
    body = (
        "The editor I was talking to, Tim Lund, interrupted me in mid-sentence to announce, "
        "“And there it goes.”"
    )
    assert quotes_of(body)[0][1] == "Tim Lund"


def test_a_participle_after_a_time_phrase_keeps_the_sentence_subject() -> None:
    body = (
        "Mara Quist has voiced doubt, and even a little fear, about the debate later this "
        "month, recently telling a friend that she wonders “which rival will show up.”"
    )
    assert quotes_of(body)[0][1] == "Mara Quist"


def test_a_quote_from_someone_in_the_next_sentence_names_the_speaker() -> None:
    body = (
        "“Never trust a man with a tie.” That quote from Oslo Harbour Commissioner Tom Varga "
        "appeared on the front page in 1980."
    )
    assert quotes_of(body)[0] == ("Never trust a man with a tie.", "Tom Varga")


def test_a_participle_report_takes_a_described_sentence_subject() -> None:
    body = (
        "The retired surgeon has given no details about the plan, saying only that he was "
        "“refining some practices.”"
    )
    assert quotes_of(body)[0][1] == "the retired surgeon"


def test_a_described_subject_stops_at_a_preposition() -> None:
    body = "The rally in the old square ended, with the band singing “Our Time Now” loudly."
    assert quotes_of(body)[0][1] is None


def test_a_conjunction_opening_the_sentence_is_not_part_of_an_intro_phrase() -> None:
    body = (
        "Ann Lund agreed. But Sen. Ivo Stenk refused to entertain the idea of campaigning with "
        "her, responding that he is “not going into what my campaign is doing.”"
    )
    assert quotes_of(body)[0][1] == "Ivo Stenk"


def test_a_participle_after_a_quote_never_inverts_onto_its_object() -> None:
    body = (
        "Mara Quist has delivered a warm defence of “harbour values,” saying the town embodied "
        "the “grit and heart of the coast.”"
    )
    assert [speaker for _, speaker in quotes_of(body)] == ["Mara Quist", "Mara Quist"]


def test_a_verb_of_the_reported_clause_yields_to_the_reporting_one() -> None:
    body = (
        "Police Chief Ivo Stenk said the spate of storms and floods demands that all "
        "towns invest in “better walls.”"
    )
    assert quotes_of(body)[0][1] == "Ivo Stenk"


def test_a_bare_plural_with_the_only_reporting_verb_still_speaks() -> None:
    body = "On Monday, local officials warned that the bridge was “close to collapse.”"
    assert quotes_of(body)[0][1] == "local officials"


def test_according_to_credits_the_whole_sentence_to_its_source() -> None:
    body = "“We will not give up,” Ola Varga said, according to the Oslo Times."
    assert quotes_of(body)[0][1] == "Oslo Times"


def test_an_opening_according_to_beats_the_verb_of_its_sentence() -> None:
    body = "According to Harbour Radio, Tom Lund said “the ferry is late” on Monday."
    assert quotes_of(body)[0][1] == "Harbour Radio"


def test_according_to_inside_the_quote_is_part_of_the_words() -> None:
    body = "“It was late, according to my watch,” Tom Lund said."
    assert quotes_of(body)[0][1] == "Tom Lund"


def test_a_report_inside_a_report_goes_to_the_outer_speaker() -> None:
    body = "Rep. Ola Varga said Lund called on members to be “closely coordinated.”"
    assert quotes_of(body)[0][1] == "Ola Varga"


def test_a_said_clause_after_a_comma_is_not_an_outer_report() -> None:
    body = "After Ola Varga said so, Lund called the plan “a fine idea.”"
    assert quotes_of(body)[0][1] == "Lund"


def test_a_retort_shot_back_is_a_reporting_verb() -> None:
    body = "“Look at all these fans,” Ola Varga said. “They came for the food,” Tom Lund shot back."
    assert quotes_of(body)[1][1] == "Tom Lund"


def test_quipped_and_riffed_report_speech() -> None:
    body = "“Not again,” the old mayor quipped. “Let me help you,” the host riffed on the answer."
    assert [speaker for _, speaker in quotes_of(body)] == ["the old mayor", "the host"]


def test_a_verb_group_is_never_a_speaker_phrase() -> None:
    body = (
        "Ivo Stenk, who has in the past described the plan as “a slow disaster,” clearly "
        "meant to rally the board."
    )
    assert quotes_of(body)[0][1] == "Ivo Stenk"


def test_a_relative_without_its_own_subject_goes_to_its_antecedent() -> None:
    body = "“We will win,” Ola Varga, who is chair of the Harbour Fund said in a statement."
    assert quotes_of(body)[0][1] == "Ola Varga"


def test_a_verb_without_a_subject_lets_an_earlier_one_speak() -> None:
    body = (
        "Later a source close to the board said the parts of the plan that were leaked "
        "suggested the rivals wanted “inside knowledge.”"
    )
    assert quotes_of(body)[0][1] == "a source close to the board"


def test_a_sentence_subject_keeps_a_lower_case_role_before_the_name() -> None:
    body = (
        "Republican presidential nominee Tom Varga, during two interviews on Thursday, "
        "referred to Mayor Ola Lund as “the most valuable player” for the rivals."
    )
    assert quotes_of(body)[0][1] == "Tom Varga"


def test_a_modifier_after_a_subject_name_is_not_part_of_it() -> None:
    body = "Oslo Watch then ruled that the claim about “many storms” was true."
    assert quotes_of(body)[0][1] == "Oslo Watch"


def test_an_inverted_verb_after_an_intro_phrase_may_end_in_a_colon() -> None:
    body = "In other words, explained Radio Oslo host Ola Varga: “What has that to do with it?”"
    assert quotes_of(body)[0][1] == "Ola Varga"


def test_an_adjective_like_noun_after_an_article_is_the_speaker() -> None:
    body = "“She is well placed to get it done,” the daily wrote."
    assert quotes_of(body)[0][1] == "the daily"


def test_a_naming_participle_without_was_takes_its_agent() -> None:
    body = "In all, the 300 fundraisers, dubbed “Trailblazers” by the campaign, raised millions."
    assert quotes_of(body)[0][1] == "the campaign"


def test_the_owner_of_a_claim_noun_said_the_quoted_words() -> None:
    body = (
        "Tom Varga’s accusation that Ola Lund is playing the “harbour card” touched off a "
        "long debate."
    )
    assert quotes_of(body)[0][1] == "Tom Varga"


def test_a_possessive_pronoun_before_a_claim_noun_resolves_to_its_owner() -> None:
    body = (
        "Former minister Ola Lund, a party elder, caused a stir over her remark that “there "
        "is no room for doubt.”"
    )
    assert quotes_of(body)[0][1] == "Ola Lund"


def test_the_claim_of_someone_that_names_the_speaker() -> None:
    body = (
        "His remarks support the contention of former minister Ola Lund that some files were "
        "“over-classified.”"
    )
    assert quotes_of(body)[0][1] == "Ola Lund"


def test_a_when_clause_running_up_to_the_quote_has_its_own_speaker() -> None:
    body = (
        "When Varga later referred to the storm at a harbour in Oslo and said he would "
        "“protect our coast,” the crowd applauded loudly."
    )
    assert quotes_of(body)[0][1] == "Varga"


def test_an_opening_phrase_without_its_comma_leaves_the_name_as_subject() -> None:
    for body in (
        "In a radio interview Vessa Orlund said, “The plan is dead.”",
        "On Monday Vessa Orlund said, “The plan is dead.”",
        "In 2019 Vessa Orlund said “The plan is dead.”",
    ):
        assert quotes_of(body)[-1] == ("The plan is dead.", "Vessa Orlund")


def test_a_place_run_after_an_opening_preposition_is_no_subject() -> None:
    # "In Tarvik Dorn Pellas said": the capitalised run could be one name; no guess is made.
    body = "In Tarvik Dorn Pellas said, “The plan is dead.”"
    assert quotes_of(body)[-1][1] != "Dorn Pellas"


@pytest.mark.parametrize(
    ("clause", "author"),
    [
        ("I have a statement from Governor Ana Ruiz: ", "Governor Ana Ruiz"),
        (
            "She read a letter from Tom and Lena Berg in their capacity as parents: ",
            "Tom and Lena Berg",
        ),
        ("We got a message from the union: ", "the union"),
    ],
)
def test_a_statement_from_someone_before_a_colon_names_its_author(clause: str, author: str) -> None:
    text = clause + "“We will rebuild.”"
    cue = cue_before(text, 0, len(clause))
    assert cue is not None
    assert text[cue.phrase_start : cue.phrase_end] == author


def test_a_statement_read_out_is_credited_to_its_author_not_the_reader() -> None:
    body = "Lund said he had a statement from Governor Ana Ruiz: “We will rebuild the bridge.”"
    assert quotes_of(body) == [("We will rebuild the bridge.", "Ana Ruiz")]


def test_a_statement_author_with_an_aside_before_the_colon_is_left_to_other_rules() -> None:
    clause = "She shared a message from her adviser, Ann Berg, that read: "
    cue = cue_before(clause + "“Go.”", 0, len(clause))
    assert cue is None or clause[cue.phrase_start : cue.phrase_end] != "her adviser"


def test_a_case_name_is_no_sentence_end_and_its_party_no_speaker() -> None:
    # "Lane v. Berg, saying": the participle's subject is the sentence's, not the case's party.
    body = "Tom Lund argued to overturn Lane v. Berg, saying the case was “wrongly decided.”"
    assert quotes_of(body) == [("wrongly decided.", "Tom Lund")]


@pytest.mark.parametrize("adverb", ["soon", "now", "always", "afterwards", "presently"])
def test_an_adverb_between_subject_and_verb_leaves_the_subject(adverb: str) -> None:
    clause = f"With a firmer voice she {adverb} added, "
    cue = cue_before(clause + "“We stay.”", 0, len(clause))
    assert cue is not None and clause[cue.phrase_start : cue.phrase_end] == "she"


# One general rule of the cue and subject readers per case (invented text): the first quote
# and the speaker it goes to (None: nobody).
GRAMMAR_CASES = [
    pytest.param(
        (
            "At the meeting, Ivo Stenk sent a message to Ola Berg stating “waste of time,” "
            "followed by two emails to his assistants."
        ),
        "waste of time,",
        "Ivo Stenk",
        id="count-two-emails",
    ),
    pytest.param(
        (
            "At the meeting, Ivo Stenk sent a message to Ola Berg stating “waste of time,” "
            "followed by two separate emails to his assistants."
        ),
        "waste of time,",
        "Ivo Stenk",
        id="count-adjective-between",
    ),
    pytest.param(
        (
            "At the meeting, Ivo Stenk sent a message to Ola Berg stating “waste of time,” "
            "followed by 30 calls to his assistants."
        ),
        "waste of time,",
        "Ivo Stenk",
        id="count-digits",
    ),
    pytest.param(
        (
            "At the meeting, Ivo Stenk sent a message to Ola Berg stating “waste of time,” "
            "followed by several long calls to his assistants."
        ),
        "waste of time,",
        "Ivo Stenk",
        id="count-quantifier",
    ),
    pytest.param(
        "“We will not move,” two officials said on Monday.",
        "We will not move,",
        "two officials",
        id="count-plural-subject-still-speaks",
    ),
    pytest.param(
        (
            "Ivo Stenk runs the fund in Oslo.\n\nOn April 27, Ivo Stenk wrote a second message "
            "to Ola Berg stating that “the numbers do not add up at all.”"
        ),
        "the numbers do not add up at all.",
        "Ivo Stenk",
        id="clause-verb-ends-name",
    ),
    pytest.param(
        (
            "Ivo Stenk runs the fund in Oslo.\n\nOn April 27, Stenk sent an email to the board "
            "stating that “the numbers do not add up at all.”"
        ),
        "the numbers do not add up at all.",
        "Ivo Stenk",
        id="clause-verb-after-surname",
    ),
    pytest.param(
        (
            "Ivo Stenk runs the fund in Oslo.\n\nOn April 27, The analyst wrote a long memo to "
            "the board stating that “the numbers do not add up at all.”"
        ),
        "the numbers do not add up at all.",
        "the analyst",
        id="clause-verb-ends-description",
    ),
    pytest.param(
        (
            "Speaking at a town hall event in Tromsø, Nordland, Ola Berg went after Tom Lind, "
            "calling him “a total stiff.”"
        ),
        "a total stiff.",
        "Ola Berg",
        id="main-clause-went",
    ),
    pytest.param(
        (
            "Speaking at a town hall event in Tromsø, Nordland, Ola Berg took on Tom Lind, "
            "calling him “a total stiff.”"
        ),
        "a total stiff.",
        "Ola Berg",
        id="main-clause-took",
    ),
    pytest.param(
        (
            "Speaking at a town hall event in Tromsø, Nordland, Ola Berg sent a letter to Tom "
            "Lind, calling him “a total stiff.”"
        ),
        "a total stiff.",
        "Ola Berg",
        id="main-clause-sent",
    ),
    pytest.param(
        "At a town hall event in Tromsø, Norway, Ola Berg told voters, “We will win.”",
        "We will win.",
        "Ola Berg",
        id="region-opening-phrase",
    ),
    pytest.param(
        "Tom Lund, a salesman from Sumter, South Carolina, says Berg will “leave with momentum.”",
        "leave with momentum.",
        "Tom Lund",
        id="region-ends-aside",
    ),
    pytest.param(
        (
            "Mara Quist of Columbia, South Carolina says she thinks Berg can win if he keeps "
            "“doing what he is doing.”"
        ),
        "doing what he is doing.",
        "Mara Quist",
        id="region-in-subject",
    ),
    pytest.param(
        "The mayor of Oslo, Ann Berg, said “we are ready.”",
        "we are ready.",
        "Ann Berg",
        id="region-not-a-name-aside",
    ),
    pytest.param(
        "Speaking in Tromsø, Lind said “we are ready.”",
        "we are ready.",
        "Lind",
        id="region-not-a-surname",
    ),
    pytest.param(
        (
            "The speech drew a crowd of about 8,000 in Carson, Calif., highlighting the "
            "mistrust that his fans feel about their “rigged” system."
        ),
        "rigged",
        None,
        id="number-comma-opens-no-aside",
    ),
    pytest.param(
        (
            "The vote is near. Ola Berg in recent days has called the plan “a disaster for the "
            "region.”"
        ),
        "a disaster for the region.",
        "Ola Berg",
        id="time-after-name",
    ),
    pytest.param(
        "The vote is near. Ola Berg in the past has called the plan “a disaster for the region.”",
        "a disaster for the region.",
        "Ola Berg",
        id="time-after-name-article",
    ),
    pytest.param(
        (
            "The vote is near. Ola Berg taking to the radio called the plan “a disaster for "
            "the region.”"
        ),
        "a disaster for the region.",
        "Ola Berg",
        id="participle-after-name",
    ),
    pytest.param(
        "The vote is near. Ola Berg of Tromsø called the plan “a disaster for the region.”",
        "a disaster for the region.",
        "Ola Berg",
        id="of-place-after-name",
    ),
    pytest.param(
        (
            "The vote is near. Oslo Times’ fundraising letter said the plan “a disaster for "
            "the region.”"
        ),
        "a disaster for the region.",
        "Oslo Times’ fundraising letter",
        id="plural-possessive-stays",
    ),
    pytest.param(
        "Officials in the United States and Norway said the claims were “pretexts” for war.",
        "pretexts",
        "Officials in the United States and Norway",
        id="place-after-article-stays",
    ),
    pytest.param(
        (
            "Ola Berg, the county’s sitting governor, repeated claims that Tom Lind recites "
            "the same points, calling him a “talented guy” who only reads a teleprompter."
        ),
        "talented guy",
        "Ola Berg",
        id="aside-opening-with-past-tense",
    ),
    pytest.param(
        (
            "LARVIK, Vest. - District Judge Ola Berg late Thursday issued an injunction, "
            "saying the bill would cause “irreparable harm.”"
        ),
        "irreparable harm.",
        "Ola Berg",
        id="dateline-abbreviated-region",
    ),
    pytest.param(
        (
            "BERGEN, Hordaland — District Judge Ola Berg late Thursday issued an injunction, "
            "saying the bill would cause “irreparable harm.”"
        ),
        "irreparable harm.",
        "Ola Berg",
        id="dateline-region",
    ),
    pytest.param(
        (
            "OSLO - District Judge Ola Berg late Thursday issued an injunction, saying the "
            "bill would cause “irreparable harm.”"
        ),
        "irreparable harm.",
        "Ola Berg",
        id="dateline-capitals",
    ),
    pytest.param(
        (
            "Amid calls from some to build websites that would name those listed, the Oslo "
            "Times’s Ola Berg gave a defence of the list, saying it is right to “name the "
            "traitors.”"
        ),
        "name the traitors.",
        "Ola Berg",
        id="preposition-amid",
    ),
    pytest.param(
        (
            "The former secretary of state mocked Lind for calling himself the “king of debt,” "
            "noting his record."
        ),
        "king of debt,",
        "the former secretary of state",
        id="title-of-state",
    ),
    pytest.param(
        (
            "The head of public affairs mocked Lind for calling himself the “king of debt,” "
            "noting his record."
        ),
        "king of debt,",
        "the head of public affairs",
        id="title-of-two-words",
    ),
    pytest.param(
        (
            "The spokesman for the council mocked Lind for calling himself the “king of debt,” "
            "noting his record."
        ),
        "king of debt,",
        "the spokesman for the council",
        id="title-for-the-body",
    ),
    pytest.param(
        (
            "The refugees came here in May. While Lind has condemned the plan, the groups who "
            "wrote to her on Thursday say it is “not enough.”"
        ),
        "not enough.",
        "the groups",
        id="clause-before-subject",
    ),
    pytest.param(
        "The vote is near. The mayor less than two weeks ago said the plan was “dead on arrival.”",
        "dead on arrival.",
        "the mayor",
        id="ago-after-description",
    ),
    pytest.param(
        "The vote is near. Ann Berg 10 days ago told reporters the plan was “dead on arrival.”",
        "dead on arrival.",
        "Ann Berg",
        id="ago-after-name",
    ),
    pytest.param(
        (
            "Whatever his quarrels with the board may be, shrugging off a complaint as a "
            "“moan” does not help him."
        ),
        "moan",
        None,
        id="free-relative",
    ),
    pytest.param(
        "The so called “Harbour Initiative” was launched by the party to force the measures.",
        "Harbour Initiative",
        None,
        id="so-called-apart",
    ),
    pytest.param(
        "The so-called “Harbour Initiative” was launched by the party to force the measures.",
        "Harbour Initiative",
        None,
        id="so-called-hyphen",
    ),
    pytest.param(
        "First, Ola Berg attacked Tom Lind for being a “phony” and a fraud.",
        "phony",
        "Ola Berg",
        id="ordinal-opener",
    ),
    pytest.param(
        "Secondly, Ola Berg attacked Tom Lind for being a “phony” and a fraud.",
        "phony",
        "Ola Berg",
        id="ordinal-opener-ly",
    ),
    pytest.param(
        "The senator from Tromsø said the system was “corrupt,” noting the banks.",
        "corrupt,",
        "the senator from Tromsø",
        id="title-from-place",
    ),
    pytest.param(
        "Liberals on Karl Johans Gate seized on the message, arguing it was “a scandal.”",
        "a scandal.",
        "Liberals on Karl Johans Gate",
        id="plural-group-on-place",
    ),
    pytest.param(
        "Lindqvists on the board seized on the message, arguing it was “a scandal.”",
        "a scandal.",
        "Lindqvists",
        id="plural-group-on-common-noun",
    ),
]


@pytest.mark.parametrize(("body", "quote", "speaker"), GRAMMAR_CASES)
def test_the_first_quote_goes_to_the_speaker_the_grammar_names(
    body: str, quote: str, speaker: str | None
) -> None:
    assert quotes_of(body)[0] == (quote, speaker)
