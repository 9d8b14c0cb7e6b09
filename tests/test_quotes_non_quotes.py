"""Quote marks that hold no words anybody said: titles, headlines, nicknames.

Every name and sentence here is invented; each test pins one general rule that keeps a
non-quote out of the quote list (or leaves it unattributed).
"""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_a_headline_credited_to_its_writer_is_no_quote() -> None:
    body = (
        "HARBOUR NEWS—“Ferry line to close at the end of May,” by the Gazette’s Ola Brandt: "
        "“The ferry will stop running,” the operator said."
    )
    assert [q for q, _ in quotes_of(body)] == ["The ferry will stop running,"]


def test_a_book_title_credited_to_its_author_is_no_quote() -> None:
    body = "According to “Rivers of Salt: The Long Fall of the Delta Fleet” by Ivo Marsh, it sank."
    assert quotes_of(body) == []


def test_words_called_something_by_a_source_stay_a_quote() -> None:
    body = "The plan was called “reckless” by Senator Mara Lind on Friday."
    assert [q for q, _ in quotes_of(body)] == ["reckless"]


def test_a_nickname_inside_a_name_is_no_quote() -> None:
    body = (
        "The bill was backed by Gov. R.J. “Skip” Varga and by Marta “Kit” Oduya, "
        "who said “it works.”"
    )
    assert [q for q, _ in quotes_of(body)] == ["it works."]


def test_a_one_word_quote_after_a_verb_is_still_a_quote() -> None:
    body = "Mara Lind called Tom Berg “Reckless” Tuesday."
    assert [q for q, _ in quotes_of(body)] == ["Reckless"]


def test_a_title_case_name_before_a_media_noun_is_no_quote() -> None:
    body = "Ola Brandt spoke on the “Open Harbour” podcast and said the port “will grow.”"
    assert quotes_of(body) == [("will grow.", "Ola Brandt")]


def test_a_title_after_a_memoir_and_a_comma_is_no_quote() -> None:
    body = "In her memoir, “Salt and Iron,” Mara Lind said she “never looked back.”"
    assert quotes_of(body) == [("never looked back.", "Mara Lind")]


def test_a_programme_named_after_told_or_an_interview_with_is_no_quote() -> None:
    body = (
        "Mara Lind told “Morning Desk” the port “will grow.” In an interview with "
        "“Harbour Talk,” Ola Brandt said it “will not.” The band then sang “Salt Roads Home.”"
    )
    assert quotes_of(body) == [("will grow.", "Mara Lind"), ("will not.", "Ola Brandt")]


def test_a_lone_pronoun_in_marks_is_a_word_mentioned() -> None:
    body = "Why “she” and not “he”? Mara Lind said the form “was old.”"
    assert quotes_of(body) == [("was old.", "Mara Lind")]


def test_curly_marks_inside_a_straight_quote_are_nested_not_a_new_quote() -> None:
    body = (
        'Mara Lind wrote:\n\n"The board is no longer about “Fair Ports For All” now. '
        "It is about tolls.\n\n"
        '"The latest toll is a “harbour fee,” which nobody asked for."'
    )
    assert quotes_of(body) == [
        ("The board is no longer about “Fair Ports For All” now. It is about tolls.", "Mara Lind"),
        ("The latest toll is a “harbour fee,” which nobody asked for.", "Mara Lind"),
    ]


def test_curly_quotes_after_a_stray_straight_mark_stand_on_their_own() -> None:
    body = 'A sign said "Keep out. Mara Lind said the port “will grow.”'
    assert quotes_of(body) == [("will grow.", "Mara Lind")]


def test_a_curly_quote_nested_in_a_curly_quote_stays_inside_it() -> None:
    body = "Ola Brandt wrote, “We pay the “harbour fee” every week. It is unfair.” Then he left."
    assert quotes_of(body) == [("We pay the “harbour fee” every week. It is unfair.", "Ola Brandt")]


def test_a_quote_followed_by_a_deadline_is_still_a_quote() -> None:
    body = "“All staff must leave the pier,” by Friday, the harbour master Ola Brandt said."
    assert [q for q, _ in quotes_of(body)] == ["All staff must leave the pier,"]


def test_a_chant_in_title_case_is_still_words_said() -> None:
    body = "The mayor was greeted with chants of “Save The Pier” and left."
    assert quotes_of(body) == [("Save The Pier", None)]


def test_a_title_before_a_performer_or_host_noun_is_no_quote() -> None:
    body = (
        "The “Harbour Lights” actress and the “Night Desk” host met the cast of the "
        "“Iron Tide” reboot. Mara Lind said the show “will run for years.”"
    )
    assert quotes_of(body) == [("will run for years.", "Mara Lind")]


def test_a_title_after_a_genre_noun_and_a_comma_is_no_quote() -> None:
    body = (
        "Ola Brandt stars in the thriller, “Salt Harbour,” and the hit play, “Low Tide.” "
        "She said the role “changed everything.”"
    )
    assert [q for q, _ in quotes_of(body)] == ["changed everything."]


def test_a_title_case_phrase_before_an_ordinary_noun_stays_a_quote() -> None:
    body = "Mara Lind called it a “Grand Bargain” deal, adding that it “will hold.”"
    assert [q for q, _ in quotes_of(body)] == ["Grand Bargain", "will hold."]


def test_a_lone_word_with_a_colon_in_marks_is_a_lead_in() -> None:
    body = "The port will grow, Mara Lind said.\n\n“Related:”\n\n“It will grow,” Tom Berg said."
    assert [q for q, _ in quotes_of(body)] == ["It will grow,"]
