"""Pronoun resolution at quote attributions ("he said", "she wrote"), one rule per test.

Every name and sentence here is invented; each test pins one general rule of
``SpeakerResolver._antecedent`` and the candidates it weighs.
"""

from __future__ import annotations

from briefing.analysis.speakers.resolver import SpeakerResolver
from tests.test_quotes_engine import quotes_of


def test_a_name_inside_a_sentence_led_by_he_does_not_take_over() -> None:
    body = (
        "Orrin Tessaly said he is ready to challenge the leadership.\n\n"
        "He said voters in the north will decide whether Vance Moriarty will keep the seat.\n\n"
        "“We might abstain,” he said."
    )
    assert quotes_of(body)[-1] == ("We might abstain,", "Orrin Tessaly")


def test_a_name_after_an_opening_phrase_led_by_he_does_not_take_over() -> None:
    body = (
        "Just look at Senator Hollis Brandt Quayle. In 2012, he praised a speech by "
        "Dorvan Pell. In 2014, he warned that the plan “would raise prices.”"
    )
    assert quotes_of(body)[-1] == ("would raise prices.", "Hollis Brandt Quayle")


def test_pronouns_inside_quotations_do_not_vote_on_a_speakers_gender() -> None:
    # Nothing but the pronouns tells Ilse Varnak's gender; the "he" inside her quotation is
    # about the candidate, so she stays "she" and "he" goes back to Tomas Ruell.
    body = (
        "Tomas Ruell spoke first. Ilse Varnak, a delegate, praised the candidate: "
        "“I think he will do fine and he will win,” she said. "
        "“Nobody doubts it,” he said."
    )
    assert quotes_of(body)[-1] == ("Nobody doubts it,", "Tomas Ruell")


def test_a_relatives_pronouns_do_not_set_the_gender_of_a_namesake() -> None:
    # "Varnak" alone is Oskar Varnak: the "he" after it says nothing about Ilse Varnak.
    body = (
        "Oskar Varnak opened the fair. Varnak said he was proud. "
        "At the gate stood his daughter, Ilse Varnak, who runs the stalls. "
        "“We sold everything,” she said."
    )
    assert quotes_of(body)[-1] == ("We sold everything,", "Ilse Varnak")


def test_a_place_named_after_a_person_is_not_that_person() -> None:
    body = (
        "Ansel Dorn opened a hotel in the city on Monday.\n\n"
        "Guests gathered at Dorn Tower later. “It is finished,” Dorn said."
    )
    assert quotes_of(body) == [("It is finished,", "Ansel Dorn")]


def test_a_title_cased_headline_names_no_person() -> None:
    body = (
        "Mayor Praises Bridge Plan Wholeheartedly, Urges Haste.\n\n"
        "The mayor's office released its plan on Monday, and said it “will be built quickly.”\n\n"
        "Speaking later, he told reporters: “We start in spring.”"
    )
    speakers = [speaker for _, speaker in quotes_of(body)]
    assert "Urges Haste" not in speakers
    assert "Plan Wholeheartedly" not in speakers


def test_an_abbreviations_full_stop_does_not_open_a_sentence() -> None:
    # "U.N. envoy Kwabo Adjei" sits inside the sentence: Ilse Varnak is its subject.
    body = (
        "Ilse Varnak spoke on Monday. In response, Ilse Varnak set up a panel, led by "
        "former U.N. envoy Kwabo Adjei, to report. “We will listen,” she said."
    )
    assert quotes_of(body)[-1] == ("We will listen,", "Ilse Varnak")


def test_a_person_from_a_long_place_name_is_still_a_person() -> None:
    # "Orrin Tessaly of New Amsterdam" has five words; the person is the two before "of".
    body = (
        "“The talks went well,” said Hollis Quayle.\n\n"
        "Rep. Orrin Tessaly of New Amsterdam, a party loyalist, said the talks will help.\n\n"
        "“We will see,” he said."
    )
    assert quotes_of(body)[-1] == ("We will see,", "Orrin Tessaly")


def test_a_known_agreeing_gender_outranks_the_opener_of_unknown_gender() -> None:
    # Nothing says whether Dorvan Pell is a man or a woman; Susan is a woman’s name.
    body = "Dorvan Pell said Susan Varnak had retired. “We will miss the work,” she said."
    assert quotes_of(body) == [("We will miss the work,", "Susan Varnak")]


def test_words_for_a_people_are_not_a_person() -> None:
    body = (
        "Across town, knocking on doors for the campaign, is Ola Brandt, a 33-year-old "
        "African American who left his job in March.\n\n"
        "“I knock on doors all day,” he said."
    )
    assert quotes_of(body) == [("I knock on doors all day,", "Ola Brandt")]


def test_a_shared_surname_goes_to_the_family_member_the_next_pronoun_agrees_with() -> None:
    body = (
        "Ann Varga is running for mayor. Her husband, Tom Varga, held the seat before.\n\n"
        "Asked about it in the debate, Varga said, “I take responsibility.” "
        "She then changed the subject."
    )
    assert quotes_of(body)[-1] == ("I take responsibility.", "Ann Varga")


def test_someone_who_served_a_titled_person_is_not_that_person() -> None:
    text = "A former agent for President Tom Varga has written a book."
    resolver = SpeakerResolver(text)
    key = resolver.resolve(0, len("A former agent for President Tom Varga"))
    assert key is None or resolver.name_of(key) != "Tom Varga"


def test_a_place_before_a_given_name_is_no_part_of_it() -> None:
    text = (
        "Lydia Quist had gone to town. The officer whose return from London Lydia came "
        "to ask about was there. Later Lydia laughed."
    )
    resolver = SpeakerResolver(text)
    start = text.rindex("Lydia")
    key = resolver.resolve(start, start + len("Lydia"))
    assert key is not None and resolver.name_of(key) == "Lydia Quist"


def test_a_speaker_of_unknown_gender_yields_to_a_subject_of_the_right_one() -> None:
    # Nothing tells Zorvak Plin's gender; Maria Ostlund is a woman and the subject of the
    # sentence before, so "she" is hers, not the last speaker's.
    body = (
        "Maria Ostlund disagreed with the timetable set by the board.\n\n"
        "“The budget is late,” according to Zorvak Plin. “We are on schedule,” she said."
    )
    assert quotes_of(body)[-1] == ("We are on schedule,", "Maria Ostlund")


def test_the_name_of_a_closing_said_clause_outranks_the_sentence_opener() -> None:
    # "Tomas Ruell won the crowd over, Ilse Varnak said.": the sentence reports her words;
    # Ruell opens it and his gender is known, but the next "she" or "he" quote goes on with
    # whoever the closing clause names.
    body = (
        "Tomas Ruell won the crowd over with his speech, Dravik Tessaly said.\n\n"
        "“He was sharp and quick,” he said."
    )
    assert quotes_of(body)[-1] == ("He was sharp and quick,", "Dravik Tessaly")
