"""Name, role and label heuristics behind speaker resolution, on invented names."""

from __future__ import annotations

import pytest

import briefing
from briefing import read_text
from briefing.analysis import analyse
from briefing.analysis.quotes.turns import readable_label
from briefing.analysis.speakers.names import slug, split_role_and_name
from briefing.analysis.speakers.resolver import SpeakerResolver, _plausible_role


@pytest.mark.parametrize(
    ("words", "name", "role"),
    [
        ("US Secretary of State Mara Lind", "Mara Lind", "US Secretary of State"),
        ("Finnish Foreign Minister Mara Lind", "Mara Lind", "Finnish Foreign Minister"),
        ("Secretary of Homeland Security Tom Berg", "Tom Berg", "Secretary of Homeland Security"),
        ("Sen. Tom Berg", "Tom Berg", "Sen."),
        ("Mr. Tom Berg", "Tom Berg", None),
        ("Mara J. Lind", "Mara J. Lind", None),
    ],
)
def test_titles_before_a_name_are_the_role(words: str, name: str, role: str | None) -> None:
    parse = split_role_and_name(words.split())
    assert parse is not None
    assert (parse.name, parse.role) == (name, role)


def test_honorific_is_remembered_but_not_part_of_the_name() -> None:
    parse = split_role_and_name(["Mrs.", "Mara", "Lind"])
    assert parse is not None and parse.honorific == "mrs"


@pytest.mark.parametrize(
    ("label", "readable"),
    [
        ("MS. LEE", "Ms. Lee"),
        ("THE PRESIDENT", "The President"),
        ("SENIOR ADMINISTRATION OFFICIAL", "Senior Administration Official"),
        ("Mr. McDONALD", "Mr. McDonald"),
        ("The PRESIDING OFFICER (Mr. Berg)", "The Presiding Officer (Mr. Berg)"),
    ],
)
def test_transcript_labels_become_readable_names(label: str, readable: str) -> None:
    assert readable_label(label) == readable


def test_slugs_are_stable_ascii_ids() -> None:
    assert slug("Mara Lind") == "mara-lind"
    assert slug("the Ministry’s press office") == "the-ministrys-press-office"
    assert slug("!!!") == "speaker"


def _resolve(text: str, phrase: str, occurrence: int = 0) -> str | None:
    resolver = SpeakerResolver(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    key = resolver.resolve(start, start + len(phrase))
    return None if key is None else resolver.name_of(key)


def test_surname_resolves_to_the_fullest_name_before_it() -> None:
    text = "Tom Berg arrived. Ann Berg left. Berg said so."
    assert _resolve(text, "Berg", 2) == "Ann Berg"


def test_she_skips_a_man_named_by_his_honorific() -> None:
    text = "Ms. Ann Lind spoke after Mr. Tom Berg arrived. Then she said it."
    assert _resolve(text, "she") == "Ann Lind"


def test_pronoun_gender_is_learned_from_the_text() -> None:
    text = (
        "Ann Lind runs the port. She took the job in May. "
        "Tom Berg runs the rail line. He took the job in June. "
        "Tom Berg and Ann Lind met on Monday, and later she said it went well."
    )
    assert _resolve(text, "she") == "Ann Lind"


def test_they_goes_to_the_group_quoted_last() -> None:
    text = "The ministry officials said no. Later they said yes."
    resolver = SpeakerResolver(text)
    first = text.index("The ministry officials")
    resolver.resolve(first, first + len("The ministry officials"))
    they = text.index("they")
    key = resolver.resolve(they, they + 4)
    assert key is not None and resolver.name_of(key) == "the ministry officials"


@pytest.mark.parametrize("group", ["police", "Police", "staff"])
def test_a_collective_noun_without_a_plural_s_is_a_group_that_speaks(group: str) -> None:
    text = f"The lake was closed.\n\n“We found the boat,” {group} said."
    body = briefing.analyse(read_text(text))
    (quote,) = body.quotes
    speaker = next(s for s in body.speakers if s.id == quote.speaker)
    assert speaker.name == group


@pytest.mark.parametrize(
    ("aside", "role"),
    [
        ("the campaign chairman", "campaign chairman"),
        ("who would later become campaign chairman", None),
        ("who had been a clerk to the mayor", None),
    ],
)
def test_a_relative_clause_after_a_name_is_no_role(aside: str, role: str | None) -> None:
    text = f"The board met in May. Tom Berg, {aside}, attended.\n\n“We will win,” Berg said."
    body = briefing.analyse(read_text(text))
    (quote,) = body.quotes
    speaker = next(s for s in body.speakers if s.id == quote.speaker)
    assert (speaker.name, speaker.role) == ("Tom Berg", role)


def test_form_text_is_never_a_speaker() -> None:
    text = "PLACE AN X BELOW. NOTE on item one. The note is long."
    assert _resolve(text, "PLACE AN") is None
    assert _resolve(text, "NOTE") is None


@pytest.mark.parametrize(
    "phrase", ["Tom and Lena Berg", "Ivo Stenk and Mara Lind", "Oslo chapter head Tom Berg"]
)
def test_names_joined_by_and_are_one_speaker_with_no_role_made_of_a_name(phrase: str) -> None:
    doc = briefing.analyse(
        read_text(f"Title\n\n{phrase} said: “We admire the work.”", source="t.txt")
    )
    (speaker,) = doc.speakers
    if " and " in phrase:
        assert (speaker.name, speaker.role) == (phrase, None)
    else:
        assert (speaker.name, speaker.role) == ("Tom Berg", "Oslo chapter head")


@pytest.mark.parametrize("words", ["mayor of Tarvik", "Minister of Finance", "chief of Staff"])
def test_an_office_and_its_place_name_nobody(words: str) -> None:
    assert split_role_and_name(words.split()) is None


def test_a_speaker_described_by_office_and_place_is_the_description_not_the_place() -> None:
    doc = briefing.analyse(
        read_text("Title\n\n“We admire the work,” said the mayor of Tarvik.", source="t.txt")
    )
    assert [s.name for s in doc.speakers] == ["the mayor of Tarvik"]


def test_a_titled_surname_is_not_the_given_name_of_someone_called_by_another_surname() -> None:
    body = "Lund Berg owns the estate.\n\n“It is mine,” Berg said. “It is not,” said Colonel Lund."
    doc = briefing.analyse(read_text(f"Title\n\n{body}", source="t.txt"))
    names = {s.id: (s.name, s.role) for s in doc.speakers}
    assert [names[q.speaker] for q in doc.quotes] == [("Lund Berg", None), ("Lund", "Colonel")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Surname first: the text never calls him "Minhui", so "Tao" is his surname.
        ("Tao Minhui arrived.\n\n“We are ready,” said President Tao.", "Tao Minhui"),
        # "Sir" and "Lady" go with a given name.
        ("Ivo Stenk arrived. Stenk sat.\n\n“We are ready,” said Sir Ivo.", "Ivo Stenk"),
    ],
)
def test_a_titled_word_still_finds_the_full_name_it_stands_for(body: str, speaker: str) -> None:
    doc = briefing.analyse(read_text(f"Title\n\n{body}", source="t.txt"))
    assert [s.name for s in doc.speakers] == [speaker]


def test_roles_joined_by_and_stay_roles_not_a_joint_speaker() -> None:
    doc = briefing.analyse(
        read_text(
            "Title\n\nCommittee member and Tory MP Ola Berg said: “We are amazed.”",
            source="t.txt",
        )
    )
    (speaker,) = doc.speakers
    assert speaker.name.endswith("Ola Berg") and " and " not in speaker.name


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("former deputy chairman Ola Berg said that", None),
        ("Ola Berg spoke out Tuesday about the vote", None),
        ("Secretary of State", "Secretary of State"),
        (
            "an official at the embassy to the United States",
            "an official at the embassy to the United States",
        ),
        ("head of the Nurses and Porters Union", "head of the Nurses and Porters Union"),
    ],
)
def test_a_role_holding_a_verb_of_speech_is_dropped(role: str, kept: str | None) -> None:
    assert _plausible_role(role) == kept


def test_a_curated_role_is_shown_as_written() -> None:
    body = (
        "---\ntitle: T\nspeakers:\n  - name: Ola Berg\n    role: Says what she thinks\n---\n\n"
        "“Go,” Berg said."
    )
    doc = briefing.analyse(read_text(body, source="t.md"))
    assert [(s.role, s.curated) for s in doc.speakers] == [("Says what she thinks", True)]


def _speakers_of(body: str) -> list[str | None]:
    doc = briefing.analyse(read_text(body))
    names = {s.id: s.name for s in doc.speakers}
    return [names.get(q.speaker) if q.speaker else None for q in doc.quotes]


def test_a_bare_surname_the_text_titles_as_a_man_is_never_a_woman_of_that_name() -> None:
    body = (
        "Tom Berg came to the town in May. Mr. Berg was rich. Mr. Berg was proud. Mr. Berg "
        "stood by the wall all night.\n\n"
        "His late mother, Lady Anne Berg, had left him the house.\n\n"
        "“I shall not dance tonight,” said Berg.\n\n"
        "“You are too proud,” said Mr. Berg’s friend."
    )
    assert _speakers_of(body)[0] == "Tom Berg"


def test_a_man_titled_by_a_surname_only_his_sister_has_in_full_keeps_the_surname() -> None:
    body = (
        "Mr. Lind has taken the hall. Mr. Lind is kind. Mr. Lind dances well.\n\n"
        "His sister, Carla Lind, does not dance at all.\n\n"
        "“It is a fine evening,” said Lind.\n\n"
        "“It is a very fine evening,” said Mr. Lind."
    )
    assert _speakers_of(body) == ["Lind", "Lind"]


def test_a_title_two_full_names_agree_with_does_not_choose_between_them() -> None:
    body = (
        "Carla Lund and Mia Lund are sisters. Their father, Tom Lund, is a judge.\n\n"
        "“We shall see,” said Miss Lund."
    )
    assert _speakers_of(body) == ["Miss Lund"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("A woman from Tromsø", "a woman from Tromsø"),
        ("a voter in Bergen, Norway,", "a voter in Bergen, Norway"),
        ("An angry Berg", "Berg"),
    ],
)
def test_a_name_after_a_preposition_in_a_description_is_where_not_who(
    phrase: str, name: str
) -> None:
    text = f"The count went on. {phrase} said it was unfair."
    assert _resolve(text, phrase.rstrip(",")) == name


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Oslo Mayor Ann Berg", "Ann Berg", "Oslo Mayor"),
        (
            "Former prosecutor and Oslo Mayor Ann Berg",
            "Ann Berg",
            "Former prosecutor and Oslo Mayor",
        ),
        (
            "The committee chair and Senate Majority Leader Tom Lind",
            "Tom Lind",
            "committee chair and Senate Majority Leader",
        ),
    ],
)
def test_titles_inside_the_capitalised_run_belong_to_the_role(
    phrase: str, name: str, role: str
) -> None:
    doc = analyse(read_text(f"Vote\n\nThe count went on. {phrase} said “we are not done yet.”"))
    (speaker,) = doc.speakers
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The Justice Department", "Justice Department"),
        ("The State Department", "State Department"),
        ("Senator Frank Church", "Frank Church"),
    ],
)
def test_a_body_named_with_a_title_word_keeps_its_whole_name(phrase: str, name: str) -> None:
    assert _resolve(f"The count went on. {phrase} said it was unfair.", phrase) == name
