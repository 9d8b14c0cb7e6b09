"""Rules for named and described speakers, added after reading the dev-data errors of those
classes; one hand-written case per rule (every name and sentence here is invented)."""

from __future__ import annotations

from briefing.analysis.speakers.resolver import SpeakerResolver
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


def _speaker_of_phrase(text: str, phrase: str) -> str | None:
    resolver = SpeakerResolver(text)
    start = text.index(phrase)
    key = resolver.resolve(start, start + len(phrase))
    return None if key is None else resolver.name_of(key)


def test_a_speaker_phrase_loses_its_relative_pronoun_and_the_verbs_adverb() -> None:
    text = "Farmers in Vestby who watched the vote said it was “a shame.” Ann Berg spoke."
    assert _speaker_of_phrase(text, "Farmers in Vestby who") == "Farmers in Vestby"
    text = "Ann Berg spoke in May. Later Berg first testified that it was “sound.”"
    assert _speaker_of_phrase(text, "Berg first") == "Ann Berg"


def test_an_infinitive_ends_a_speaker_phrase() -> None:
    text = "It led the mayor Ann Berg to make a comment that called them “lazy.”"
    assert _speaker_of_phrase(text, "the mayor Ann Berg to make a comment") == "Ann Berg"


def test_a_phrase_that_is_no_noun_phrase_gives_no_speaker() -> None:
    text = (
        "The plan includes: free tuition by funneling money to towns. Ann Berg rated 30% "
        "of claims “false,” compared to 11% of Democratic claims. The authors of the report "
        "agreed. Four days later, Berg wrote. There’s time for Berg, even after dismissing. "
        "Migrants send money until the government agreed to pay “$5 billion.” The debates "
        "and March 1 Southern states favour him."
    )
    for phrase in (
        "free tuition by funneling money",
        "compared to 11% of Democratic",
        "The authors of the",
        "Four",
        "There’s",
        "Migrants send money until the government",
        "March 1 Southern",
    ):
        assert _speaker_of_phrase(text, phrase) is None, phrase


def test_the_next_sentence_continues_the_last_full_quote_not_a_borrowed_word() -> None:
    body = (
        "“It could be costly,” Ann Berg said, though the harbour board hasn’t called the plan "
        "“final.” “Remember, the ships come in May.”"
    )
    assert quotes_of(body)[-1] == ("Remember, the ships come in May.", "Ann Berg")


def test_a_quote_paragraph_continues_the_last_full_quote_not_a_borrowed_word() -> None:
    body = (
        "“It could be costly,” Ann Berg said, though the harbour board hasn’t called the plan "
        "“final.”\n\n“Remember, the ships come in May.”"
    )
    assert quotes_of(body)[-1] == ("Remember, the ships come in May.", "Ann Berg")


def test_a_person_familiar_with_something_is_the_speaker_not_the_thing() -> None:
    body = "A person familiar with the talks said the deal was “close.”"
    assert quotes_of(body) == [("close.", "a person familiar with the talks")]


def test_a_sentence_subject_keeps_whose_spokeswoman_she_is() -> None:
    body = (
        "A spokeswoman for the Oslo Harbour Board emailed reporters the text, arguing, "
        "“The law says nothing of the kind.”"
    )
    assert quotes_of(body)[0][1] == "a spokeswoman for the Oslo Harbour Board"


def test_a_noun_in_ing_after_the_quote_is_no_report() -> None:
    body = (
        "Ann Berg says the port is “losing the trade war,” part of a verbal lashing the "
        "council has endured for months."
    )
    assert quotes_of(body)[0][1] == "Ann Berg"


def test_a_horizontal_bar_is_a_dash() -> None:
    body = (
        "When Ann Lund noted that Tom Berg had paid no taxes ― as was true for years ― "
        "Berg boasted, “That makes me smart.”"
    )
    assert quotes_of(body)[0][1] == "Tom Berg"


def test_an_abbreviated_state_after_a_place_is_no_subject() -> None:
    body = (
        "At a rally that month in Aspen, Colo., Ann Berg ended her speech by quoting a poet: "
        "“Every obstacle yields.”"
    )
    assert quotes_of(body)[0][1] == "Ann Berg"


def test_two_roles_joined_by_and_are_one_speaker() -> None:
    body = "“I have warned about this,” the Oslo senator and presidential candidate said."
    assert quotes_of(body)[0][1] == "the Oslo senator and presidential candidate"


def test_a_nickname_in_marks_does_not_break_the_speakers_name() -> None:
    body = (
        "“This is a big year for us!” Berg’s niece, state Rep. Marta “Kit” Oduya (D-Oslo), "
        "shouted to the crowd."
    )
    speaker = quotes_of(body)[0][1]
    assert speaker is not None and "Oduya" in speaker


def test_a_speaker_phrase_stops_before_its_verb_place_or_time() -> None:
    text = (
        "Tom Berg spoke first. Berg in his opening speech called them “thugs.” Other "
        "delegates on the stage refused to say “never.” The Lund campaign on Tuesday "
        "described it as “sad.” The Lund campaign also released two ads it called “bold.”"
    )
    assert _speaker_of_phrase(text, "Berg in his opening speech") == "Tom Berg"
    assert _speaker_of_phrase(text, "Other delegates on the stage refused") == (
        "Other delegates on the stage"
    )
    assert _speaker_of_phrase(text, "The Lund campaign on Tuesday") == "the Lund campaign"
    assert _speaker_of_phrase(text, "The Lund campaign also released two ads it") == (
        "the Lund campaign"
    )


def test_a_possessive_speaker_phrase_stops_at_its_verb() -> None:
    body = (
        "Ann Berg toured the coast. Her campaign shelled out to broadcast a short film "
        "called “Harbour Lights,” which shows the port."
    )
    assert all(s is None or "shelled" not in s for _, s in quotes_of(body))


def test_a_verb_right_before_a_quote_keeps_it_from_the_cue_of_the_next() -> None:
    body = (
        "When a man in the crowd shouted, “Lund,” Ann Berg joked, “Come on up and sign the "
        "petition!”"
    )
    assert quotes_of(body)[0] == ("Lund,", "a man in the crowd")


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    body = "Howard Dean spoke at noon. “It is over,” Dean said."
    assert quotes_of(body) == [("It is over,", "Howard Dean")]


def test_a_participles_subject_is_the_name_not_its_appositive() -> None:
    body = (
        "Tom Berg criticised it. Berg, a medical doctor, poked at Lund, tweeting, "
        "“Notice Lund sniffing all the time.”"
    )
    assert quotes_of(body)[0][1] == "Tom Berg"


def test_a_verb_with_a_short_tail_still_introduces_its_quote() -> None:
    body = (
        "Ann Berg responds to Lund with, “Why now? That was on my way to Oslo?” Lund then "
        "writes back, “You look fine.”"
    )
    assert quotes_of(body) == [
        ("Why now? That was on my way to Oslo?", "Ann Berg"),
        ("You look fine.", "Lund"),
    ]


def test_a_report_after_said_that_belongs_to_the_outer_speaker() -> None:
    body = (
        "Joe Varga, a farmer from the valley, said that sometimes Lund’s over-the-top "
        "comments make him wish they could “put the genie back in the bottle.”"
    )
    assert quotes_of(body)[0][1] == "Joe Varga"


def test_a_clause_after_but_has_its_own_subject() -> None:
    body = "Ann Lund proposed a debate on May 4 - but Tom Berg rejected the idea as “absurd.”"
    assert quotes_of(body) == [("absurd.", "Tom Berg")]


def test_a_noun_in_ly_ends_the_speaker_phrase_it_heads() -> None:
    body = "“We endorse her,” the influential Oslo daily wrote on Monday."
    assert quotes_of(body) == [("We endorse her,", "the influential Oslo daily")]


def test_a_paragraph_about_the_last_speaker_keeps_the_next_quote_hers() -> None:
    body = (
        "“The race is open,” Ann Berg notes.\n\n"
        "Berg is upbeat about the chances of her party in May.\n\n"
        "“Not only can we win, we will win big.”"
    )
    assert quotes_of(body)[-1] == ("Not only can we win, we will win big.", "Ann Berg")


def test_a_paragraph_about_someone_else_leaves_the_next_quote_open() -> None:
    body = (
        "“The race is open,” Ann Berg notes.\n\n"
        "Lund is upbeat about the chances of his party in May.\n\n"
        "“Not only can we win, we will win big.”"
    )
    assert quotes_of(body)[-1] == ("Not only can we win, we will win big.", None)


def test_a_stage_direction_paragraph_keeps_the_speaker() -> None:
    body = (
        "“How are you today?” Eva Lund said into the phone.\n\n"
        "“We are calling supporters like you.”\n\n"
        "She pauses.\n\n"
        "“Well, thank you so much.”"
    )
    assert quotes_of(body)[-1] == ("Well, thank you so much.", "Eva Lund")
