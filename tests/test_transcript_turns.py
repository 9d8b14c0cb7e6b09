"""Transcript turns as transcripts are really written: labels ending in a full stop, labels in
the middle of a flattened paragraph, roll calls and stage directions that are nobody's words."""

from __future__ import annotations

from briefing import read_text
from briefing.analysis.quotes.turns import find_turns


def turns_of(body: str) -> list[tuple[str, str]]:
    doc = read_text(body, source="t.txt")
    return [(t.label, doc.text[t.start : t.end]) for t in find_turns(doc.text, doc.paragraphs)]


def test_a_label_in_capitals_ended_by_a_full_stop_starts_a_turn() -> None:
    body = (
        "Briefing Title\n\n"
        "MS. ARDEN: Good afternoon. I will hand over to our guest.\n\n"
        "MR. HOLLIS. Thank you, Ann. I have three things to say.\n\n"
        "The first is about the harbour.\n\n"
        "SECRETARY VALE. And I have one."
    )
    assert turns_of(body) == [
        ("Ms. Arden", "Good afternoon. I will hand over to our guest."),
        ("Mr. Hollis", "Thank you, Ann. I have three things to say."),
        ("Mr. Hollis", "The first is about the harbour."),
        ("Secretary Vale", "And I have one."),
    ]


def test_a_paragraph_opening_with_capitals_and_a_full_stop_is_no_label_without_a_title() -> None:
    body = (
        "Title\n\nMS. ARDEN: Hello.\n\nMR. HOLLIS: Hi.\n\n"
        "NORTHPORT. The town council met on Monday."
    )
    assert {label for label, _ in turns_of(body)} == {"Ms. Arden", "Mr. Hollis"}


def test_a_turn_ends_where_the_next_label_begins_inside_a_paragraph() -> None:
    body = (
        "Title\n\n"
        "MS. ARDEN: Good afternoon. Questions? Q: Is the budget final? MS. ARDEN: Not yet. "
        "MR. HOLLIS: I agree with that.\n\n"
        "Q: Thanks."
    )
    assert turns_of(body) == [
        ("Ms. Arden", "Good afternoon. Questions?"),
        ("Q", "Is the budget final?"),
        ("Ms. Arden", "Not yet."),
        ("Mr. Hollis", "I agree with that."),
        ("Q", "Thanks."),
    ]


def test_a_label_like_word_inside_a_paragraph_needs_a_title_or_an_earlier_use() -> None:
    body = "Title\n\nMS. ARDEN: We met the board. NOTE: the office is closed.\n\nMR. HOLLIS: Yes."
    assert turns_of(body)[0] == ("Ms. Arden", "We met the board. NOTE: the office is closed.")


ROLL_CALL = (
    "Abbott Barrow-Finch Caldwell Dunmore (OH) Ellery Fairbanks Gorham Hollings Ingram "
    "Jessup Kettering Lowndes McAllister Norcross Ormsby Pemberton Quimby Rowntree"
)


def test_a_roll_call_list_of_names_ends_a_turn_and_is_nobody_s_words() -> None:
    body = (
        "Title\n\n"
        "Mr. HOLLIS. I ask for the yeas and nays.\n\n"
        "The PRESIDING OFFICER. The clerk will call the roll.\n\n"
        f"{ROLL_CALL}\n\n"
        "So the motion was agreed to."
    )
    assert turns_of(body) == [
        ("Mr. Hollis", "I ask for the yeas and nays."),
        ("The Presiding Officer", "The clerk will call the roll."),
    ]


def test_a_stage_direction_for_words_is_no_turn_piece_but_keeps_the_speaker() -> None:
    body = "Title\n\nMS. ARDEN: Go ahead.\n\nQ (Inaudible.)\n\nMS. ARDEN: [Laughs.]\n\nWe will see."
    assert turns_of(body) == [("Ms. Arden", "Go ahead."), ("Ms. Arden", "We will see.")]


def test_stage_directions_are_cut_out_of_a_turn() -> None:
    body = (
        "Briefing Title\n\n"
        "MS. LEE:  Good afternoon. (Laughter.) We have two topics.\n\n"
        "Q    And the other one? [inaudible] Will he sign it, as [their] lawyers ask?\n\n"
        "MS. LEE:  No, sir. (Applause.)"
    )
    assert turns_of(body) == [
        ("Ms. Lee", "Good afternoon."),
        ("Ms. Lee", "We have two topics."),
        ("Q", "And the other one?"),
        ("Q", "Will he sign it, as [their] lawyers ask?"),
        ("Ms. Lee", "No, sir."),
    ]
