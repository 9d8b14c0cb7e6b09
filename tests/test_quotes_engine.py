"""Quote spans and attribution on small hand-written sentences, one rule per test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.text.sentences import split_sentences
from briefing.model import BlockKind, Briefing, Curated, Paragraph, Speaker


def make_doc(body: str, curated: tuple[Speaker, ...] = ()) -> Briefing:
    """A briefing whose paragraphs are the blank-line separated blocks of ``body``.

    Built directly (not through a loader) so these tests pin the engine, not the reader's
    heading heuristics.
    """
    paragraphs = []
    offset = 0
    for block in body.split("\n\n"):
        paragraphs.append(Paragraph(offset, offset + len(block), BlockKind.TEXT))
        offset += len(block) + 2
    doc = Briefing(
        title="t",
        source="<test>",
        text=body,
        paragraphs=tuple(paragraphs),
        curated=Curated(speakers=curated),
    )
    return replace(doc, sentences=split_sentences(doc.text, doc.paragraphs))


def quotes_of(body: str, curated: tuple[Speaker, ...] = ()) -> list[tuple[str, str | None]]:
    """(quoted words, speaker name or None) for every quote, in order."""
    doc = make_doc(body, curated)
    quotes, speakers = find_quotes_and_speakers(doc)
    names = {s.id: s.name for s in speakers}
    return [(body[q.start : q.end], names.get(q.speaker) if q.speaker else None) for q in quotes]


# -- quote marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mara Lind said: “The bridge will open in May.”",
        'Mara Lind said: "The bridge will open in May."',
        "Mara Lind said: « The bridge will open in May. »",
        "Mara Lind said: «\u00a0The bridge will open in May.\u00a0»",
        "Mara Lind said: „The bridge will open in May.“",
        "Mara Lind said: ``The bridge will open in May.''",
    ],
)
def test_every_mark_style_gives_the_words_without_marks(body: str) -> None:
    assert quotes_of(body) == [("The bridge will open in May.", "Mara Lind")]


def test_single_quotes_nested_in_double_quotes_stay_inside_one_quote() -> None:
    body = "“He told me ‘wait here’ and left,” Mara Lind said."
    assert quotes_of(body) == [("He told me ‘wait here’ and left,", "Mara Lind")]


def test_straight_single_quotes_nested_in_straight_double_quotes() -> None:
    body = "\"They called it 'the plan' from day one,\" Mara Lind said."
    assert quotes_of(body) == [("They called it 'the plan' from day one,", "Mara Lind")]


def test_apostrophes_never_open_or_close_a_quote() -> None:
    body = "Norway’s plan, the ’90s boom and Oslo's port don't need quotes, rock ’n’ roll."
    assert quotes_of(body) == []


def test_partial_quote_inside_a_sentence() -> None:
    body = "Mara Lind said the delay was “heartbreaking,” and left the room."
    assert quotes_of(body) == [("heartbreaking,", "Mara Lind")]


def test_split_quote_gives_two_spans_and_one_speaker() -> None:
    body = "“The talks are over,” Mara Lind added, “and nobody is surprised.”"
    assert quotes_of(body) == [
        ("The talks are over,", "Mara Lind"),
        ("and nobody is surprised.", "Mara Lind"),
    ]


def test_multi_paragraph_quote_is_one_piece_per_paragraph_with_one_speaker() -> None:
    body = (
        "Mara Lind wrote to the council:\n\n"
        "“The first thing we learned is that the river moves.\n\n"
        "“The second thing is that it always comes back.”"
    )
    doc = make_doc(body)
    quotes, speakers = find_quotes_and_speakers(doc)
    assert [body[q.start : q.end] for q in quotes] == [
        "The first thing we learned is that the river moves.",
        "The second thing is that it always comes back.",
    ]
    assert {q.speaker for q in quotes} == {speakers[0].id}
    assert speakers[0].name == "Mara Lind"
    assert all("\n\n" not in body[q.start : q.end] for q in quotes)


def test_unbalanced_mark_is_bounded_by_its_paragraph() -> None:
    body = (
        "Mara Lind said “the vote is lost and left.\n\n"
        "The council met later.\n\n"
        "“We will try again,” Tom Berg said."
    )
    found = quotes_of(body)
    assert found[0] == ("the vote is lost and left.", "Mara Lind")
    assert found[1] == ("We will try again,", "Tom Berg")
    assert len(found) == 2


# -- attribution -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We are ready,” Mara Lind said.", "Mara Lind"),
        ("“We are ready,” said Mara Lind.", "Mara Lind"),
        ("“We are ready,” Mara Lind told reporters on Monday.", "Mara Lind"),
        ("Mara Lind tweeted: “We are ready.”", "Mara Lind"),
        ("Mara Lind: “We are ready.”", "Mara Lind"),
        ("According to Mara Lind, “we are ready.”", "Mara Lind"),
        ("“We are ready,” according to Mara Lind.", "Mara Lind"),
        ("Mara Lind warned that the city was “not ready at all.”", "Mara Lind"),
        ("“Are we ready?” asked Mara Lind.", "Mara Lind"),
        ("Mara Lind insisted, “We are ready.”", "Mara Lind"),
    ],
)
def test_reporting_cue_in_the_same_sentence(body: str, speaker: str) -> None:
    assert [s for _, s in quotes_of(body)] == [speaker]


def test_cue_in_the_previous_sentence() -> None:
    body = "Mara Lind spoke for an hour and said the plan had failed. “It is over.”"
    assert quotes_of(body) == [("It is over.", "Mara Lind")]


def test_stand_alone_quote_paragraph_continues_the_previous_speaker() -> None:
    body = (
        "“The port reopens on Monday,” Mara Lind said.\n\n“Ships will wait no longer than a day.”"
    )
    assert [s for _, s in quotes_of(body)] == ["Mara Lind", "Mara Lind"]


def test_paragraph_ending_in_continued_colon_gives_the_next_quote_its_speaker() -> None:
    body = "The mayor, Mara Lind, continued:\n\n“We will rebuild every bridge.”"
    assert quotes_of(body) == [("We will rebuild every bridge.", "Mara Lind")]


def test_credit_line_after_a_stand_alone_quote() -> None:
    assert quotes_of("“We are ready for anything.”\n\n—Mara Lind, Oslo.") == [
        ("We are ready for anything.", "Mara Lind")
    ]
    assert quotes_of("“We are ready for anything.” — Mara Lind") == [
        ("We are ready for anything.", "Mara Lind")
    ]


def test_partial_quote_goes_to_the_subject_of_its_sentence() -> None:
    body = "Mara Lind blamed the closure on “careless planning” in the ministry."
    assert quotes_of(body) == [("careless planning", "Mara Lind")]


def test_partial_quote_goes_to_a_described_subject() -> None:
    body = "Nobody saw it coming. The Oslo senator wants “a fair deal for the north” in the budget."
    assert quotes_of(body) == [("a fair deal for the north", "the Oslo senator")]


def test_partial_quote_goes_to_the_named_owner_of_its_words() -> None:
    body = (
        "Mara Lind toured the port on Monday. Lind’s campaign slogan is "
        "“a bridge for every town” this year."
    )
    assert quotes_of(body) == [("a bridge for every town", "Mara Lind")]


def test_the_owner_of_anything_but_words_said_nothing() -> None:
    body = (
        "Mara Lind won on Monday. Lind’s latest victories unleashed a wave of praise, from "
        "“strongman” to “saviour” online."
    )
    assert quotes_of(body) == [("strongman", None), ("saviour", None)]


def test_an_owner_that_is_no_name_says_nothing_of_who_spoke() -> None:
    body = "The town’s campaign slogan is “a bridge for every town” this year."
    assert quotes_of(body) == [("a bridge for every town", None)]


def test_the_subject_of_a_passive_verb_did_not_say_the_words() -> None:
    body = "Mara Lind was greeted with chants of “Save The Pier” and left."
    assert quotes_of(body) == [("Save The Pier", None)]


def test_quotes_in_other_languages_are_found_but_not_attributed() -> None:
    german = " ".join(["Die Regierung hat die Proteste im ganzen Land verboten."] * 30)
    body = german + "\n\nDann sagte er: „Wir müssen weiter.“"
    assert quotes_of(body) == [("Wir müssen weiter.", None)]


def test_no_evidence_leaves_the_speaker_empty() -> None:
    body = "The report landed on Tuesday.\n\n“Nothing will change,” the placard read in red."
    body_without_cue = "The storm passed.\n\nA sign on the door: “closed until further notice.”"
    assert quotes_of(body_without_cue) == [("closed until further notice.", None)]
    assert len(quotes_of(body)) == 1


def test_no_speaker_is_guessed_from_a_nearby_name() -> None:
    body = "Mara Lind visited the plant. Later a banner appeared: “Jobs first.”"
    assert quotes_of(body) == [("Jobs first.", None)]


def test_titles_are_not_quotes() -> None:
    body = "Mara Lind appeared on “Meet the Nation” and said the plan “will work.”"
    assert quotes_of(body) == [("will work.", "Mara Lind")]


def test_scare_quotes_without_a_cue_stay_unattributed() -> None:
    body = "The so-called “reform” passed on Friday."
    assert quotes_of(body) == [("reform", None)]


# -- speakers ------------------------------------------------------------------------------


def test_pronoun_goes_to_the_most_recent_person_in_subject_position() -> None:
    body = (
        "Mara Lind met Tom Berg in Oslo on Monday.\n\n"
        "Mara Lind said the talks went well. “We agreed on the map,” she said."
    )
    assert quotes_of(body)[-1] == ("We agreed on the map,", "Mara Lind")


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    body = "Ms. Mara Lind thanked Mr. Tom Berg for the visit. “It was useful,” she said."
    assert quotes_of(body) == [("It was useful,", "Mara Lind")]


def test_pronoun_after_went_on_to_say_resolves_to_the_previous_speaker() -> None:
    body = (
        "Mara Lind said the port would stay open.\n\n"
        "She went on to say she would do everything “to avoid a closure.”"
    )
    assert quotes_of(body) == [("to avoid a closure.", "Mara Lind")]


def test_surname_links_to_the_full_name_with_its_pre_name_title_as_role() -> None:
    body = (
        "Finnish Foreign Minister Mara Lind arrived on Monday.\n\n“We came to listen,” Lind said."
    )
    doc = make_doc(body)
    _, speakers = find_quotes_and_speakers(doc)
    assert [(s.name, s.role) for s in speakers] == [("Mara Lind", "Finnish Foreign Minister")]
    assert speakers[0].aliases == ("Lind",)
    assert [body[m.start : m.end] for m in speakers[0].mentions] == ["Lind"]


def test_title_of_office_before_the_name_is_the_role() -> None:
    body = "US Secretary of State Mara Lind said the meeting was “off.”"
    doc = make_doc(body)
    _, speakers = find_quotes_and_speakers(doc)
    assert (speakers[0].name, speakers[0].role) == ("Mara Lind", "US Secretary of State")


def test_the_title_alone_refers_to_the_person_named_with_it() -> None:
    body = (
        "US Secretary of State Mara Lind said the talks were “over.”\n\n"
        "“We tried,” the secretary added."
    )
    assert quotes_of(body) == [("over.", "Mara Lind"), ("We tried,", "Mara Lind")]


def test_appositive_gives_the_role() -> None:
    body = "Mr. Tom Berg, the Republican nominee, said the result was “a disgrace.”"
    doc = make_doc(body)
    _, speakers = find_quotes_and_speakers(doc)
    assert (speakers[0].name, speakers[0].role) == ("Tom Berg", "Republican nominee")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Authorities in Norway and Sweden have warned the group may invent “pretexts.”",
            "Authorities in Norway and Sweden",
        ),
        ("“The door is closed,” the Kremlin said.", "the Kremlin"),
        ("“The door is closed,” a senior official said.", "a senior official"),
        (
            "“The door is closed,” said a spokeswoman for the ministry.",
            "a spokeswoman for the ministry",
        ),
    ],
)
def test_groups_and_institutions_are_speakers(body: str, speaker: str) -> None:
    assert [s for _, s in quotes_of(body)] == [speaker]


def test_speaker_ids_are_stable_slugs_and_mentions_point_at_the_cue() -> None:
    body = "“We are ready,” Mara Lind said.\n\n“So are we,” Tom Berg said."
    doc = make_doc(body)
    first = find_quotes_and_speakers(doc)
    second = find_quotes_and_speakers(doc)
    assert first == second
    quotes, speakers = first
    assert [s.id for s in speakers] == ["mara-lind", "tom-berg"]
    for quote in quotes:
        assert quote.cue is not None
        assert body[quote.cue.start : quote.cue.end].endswith("said")


def test_curated_speakers_take_precedence() -> None:
    curated = (
        Speaker(
            id="chair",
            name="Mara Lind",
            role="Chair of the board",
            aliases=("the chair",),
            curated=True,
        ),
    )
    body = "“We are ready,” Lind said.\n\n“So are we,” the chair said."
    doc = make_doc(body, curated)
    quotes, speakers = find_quotes_and_speakers(doc)
    assert [q.speaker for q in quotes] == ["chair", "chair"]
    assert speakers[0].curated and speakers[0].role == "Chair of the board"


# -- transcripts ---------------------------------------------------------------------------


def test_transcript_turns_are_quotes_attributed_to_their_labels() -> None:
    body = (
        "MS. LEE: Good afternoon. We have two announcements.\n\n"
        "The first is about the budget, which the President called “a good start.”\n\n"
        "Q Thank you. Is the budget final?\n\n"
        "MS. LEE: Not yet.\n\n"
        "Mr. BERG. Mr. President, I yield the floor."
    )
    found = quotes_of(body)
    assert found == [
        ("Good afternoon. We have two announcements.", "Ms. Lee"),
        # The turn credits the words in marks to the President: they are his quote, and the
        # turn is cut around them (tests/test_quotes_in_turns.py).
        ("The first is about the budget, which the President called", "Ms. Lee"),
        ("a good start.", "the President"),
        ("Thank you. Is the budget final?", "Reporter"),
        ("Not yet.", "Ms. Lee"),
        ("Mr. President, I yield the floor.", "Mr. Berg"),
    ]


def test_a_single_label_like_paragraph_is_not_a_transcript() -> None:
    body = "NOTE: the office is closed.\n\n“We reopen Monday,” Mara Lind said."
    assert quotes_of(body) == [("We reopen Monday,", "Mara Lind")]
