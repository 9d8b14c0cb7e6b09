"""Forms and instructions degrade gracefully: labels are no quotes, and no speaker is made up.

Government forms quote their own field codes (place an ``X'' in box ``C4''), open notes with
capitalised labels and say how long things "continue"; none of that is anybody speaking. Every
sentence here is invented. The documents go through the public API, as the CLI reads them.
"""

from __future__ import annotations

import pytest

import briefing
from tests.test_quotes_engine import quotes_of


def analysed(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(quoted words, speaker name or None) for every quote, and every speaker's name."""
    doc = briefing.analyse(briefing.read_text(text, source="x"))
    names = {s.id: s.name for s in doc.speakers}
    quotes = [
        (doc.text[q.start : q.end], names.get(q.speaker) if q.speaker else None) for q in doc.quotes
    ]
    return quotes, [s.name for s in doc.speakers]


# -- rule 1: a form label in marks is not a quote ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "To apply, put an “X” below the letter “R” and sign the back.",
        "Add the sums entered under “F 3” and “F 9,” then copy the result.",
        "If this is a renewal, skip item “G12” and go on to part “H.”",
        "Tick box ``K'' and box ``B 7'' on the second sheet.",
        "Leave line “4” blank; write the total on line “12.5”.",
    ],
)
def test_a_letter_or_item_code_in_marks_is_a_label_not_a_quote(sentence: str) -> None:
    quotes, speakers = analysed(sentence)
    assert quotes == []
    assert speakers == []


def test_a_one_word_quote_that_is_a_word_stays_a_quote() -> None:
    body = "Ola Brandt called the plan a “blunder” and the budget “Z-grade.”"
    assert quotes_of(body) == [("blunder", "Ola Brandt"), ("Z-grade.", "Ola Brandt")]


# -- rule 2: no speaker without evidence -------------------------------------------------------


def test_a_heading_word_before_a_preposition_attributes_nothing() -> None:
    body = "REMINDER on PART “K”. REMINDER on PART “fair value”, as used here, means the price."
    assert quotes_of(body) == [("fair value", None)]


@pytest.mark.parametrize("label", ["NOTE", "ITEM", "PAGE", "TOTAL", "SECTION"])
def test_a_capitalised_form_word_is_no_name(label: str) -> None:
    body = f"{label}: every box marked “urgent” goes to the front desk first."
    quotes, speakers = analysed(body)
    assert quotes == [("urgent", None)]
    assert speakers == []


def test_a_form_word_in_title_case_is_no_name_unless_someone_bears_it() -> None:
    assert quotes_of("Note: every box marked “urgent” goes to the front desk first.") == [
        ("urgent", None)
    ]
    body = "Lena Page runs the desk. Page: “We open at nine.”"
    assert quotes_of(body) == [("We open at nine.", "Lena Page")]


def test_an_acronym_with_a_reporting_verb_still_speaks() -> None:
    assert quotes_of("ZEFTA warned of “lasting harm” to the river.") == [("lasting harm", "ZEFTA")]


def test_a_weak_verb_in_the_sentence_before_attributes_nothing() -> None:
    body = (
        "Explain how long these payments are to continue. "
        "If the payments have stopped, enter “closed” in the margin."
    )
    quotes, speakers = analysed(body)
    assert quotes == [("closed", None)]
    assert speakers == []


def test_a_weak_verb_in_the_sentence_after_attributes_nothing() -> None:
    body = "The fund kept its “steady course.” Grants continued to flow all year."
    assert quotes_of(body) == [("steady course.", None)]


def test_a_weak_verb_still_attributes_right_at_its_quote() -> None:
    assert quotes_of("Ivo Marsh continued: “We are not done yet.”") == [
        ("We are not done yet.", "Ivo Marsh")
    ]


@pytest.mark.parametrize("lead", ["Ivo Marsh smiled as he continued:", "Ivo Marsh continued,—"])
def test_a_paragraph_ending_in_a_weak_verb_leads_into_the_quote(lead: str) -> None:
    body = f"{lead}\n\n“We are not done yet.”"
    assert quotes_of(body) == [("We are not done yet.", "Ivo Marsh")]


def test_a_paragraph_whose_weak_verb_ends_a_sentence_gives_no_speaker() -> None:
    body = "Rents in the old town will rise as long as the boom continues.\n\n“Enough.”"
    assert quotes_of(body) == [("Enough.", None)]


def test_a_bare_lower_case_phrase_in_another_sentence_is_no_speaker() -> None:
    body = "In the north, small farms report falling yields. The drop was “alarming” by June."
    quotes, speakers = analysed(body)
    assert quotes == [("alarming", None)]
    assert speakers == []


def test_a_bare_lower_case_phrase_with_its_verb_at_the_quote_speaks() -> None:
    body = "In the north, small farms report yields that are “alarming” this year."
    assert quotes_of(body) == [("alarming", "small farms")]


def test_a_form_with_labels_notes_and_instructions_has_no_speakers() -> None:
    text = (
        "MEMBERSHIP RENEWAL\n\n"
        "TICK “Y” FOR YES OR “N” FOR NO IN EACH ROW OF THE “DUES” TABLE.\n\n"
        "REMINDER on PART “A”.—Clubs and single members alike may send this “Renewal” sheet. "
        "Members give their club’s name in Part “B”; members without a club leave it “blank.”\n\n"
        "REMINDER on PART “C”.—Here “in good standing” stands for “having paid every fee due.”\n\n"
        "Say for how many seasons the coaching duties will continue. When they are over, tick “Z” "
        "next to the date.\n\n"
        "Fees belong in Parts “D 5” and “D 12”; refunds in Part “E 6”."
    )
    quotes, speakers = analysed(text)
    assert speakers == []
    assert all(speaker is None for _, speaker in quotes)
    assert not {"Y", "N", "A", "B", "C", "Z", "D 5", "D 12", "E 6"} & {words for words, _ in quotes}
