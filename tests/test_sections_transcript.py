"""A press briefing's sections: each opening statement, then each question with its answers."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import analyse, read_text
from briefing.analysis.keypoints import choose_key_points
from briefing.analysis.keypoints.candidates import find_candidates
from briefing.analysis.keypoints.features import feature_rows
from briefing.analysis.text.sections import build_sections
from briefing.errors import BriefingError
from briefing.model import Briefing, Section

LONG = (
    "The harbour wall will be rebuilt before the winter storms, and the council has set "
    "aside the money for it in this year's budget, with the rest to come from the ministry."
)

BRIEFING = f"""Press Briefing by the Council

11:02 A.M. CET

MS. ARDEN: Good morning. Today I have a guest.

MR. HOLLIS: Thank you, Ann. {LONG}

{LONG}

MS. ARDEN: Go ahead, Tom.

Q Thanks, Ann. Thanks for doing this. Will the ministry pay for the dredging of the \
harbour mouth this year as well as the wall?

MS. ARDEN: Not this year.

Q Why not?

MR. HOLLIS: {LONG}

Q Hi. On the ferry landing: when does it reopen?

MS. ARDEN: {LONG}
"""


def titles(body: str) -> list[str | None]:
    doc = read_text(body, source="t.txt")
    sections = build_sections(doc.text, doc.paragraphs)
    assert sections[0].start == 0 and sections[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(sections))
    return [section.title for section in sections]


def test_opening_statements_and_questions_are_sections() -> None:
    assert titles(BRIEFING) == [
        None,
        "Ms. Arden",
        "Mr. Hollis",
        "Q: Will the ministry pay for the dredging of the…",
        "Q: On the ferry landing: when does it reopen?",
    ]


def test_a_question_section_starts_at_the_handover_and_keeps_its_follow_ups() -> None:
    doc = read_text(BRIEFING, source="t.txt")
    sections = build_sections(doc.text, doc.paragraphs)
    first_question = doc.text[sections[3].start : sections[3].end]
    assert first_question.startswith("MS. ARDEN: Go ahead, Tom.")
    assert "Q Why not?" in first_question
    assert sections[3].heading is None and sections[3].level == 1


def test_a_short_answer_right_after_a_question_stays_with_that_question() -> None:
    # 26 words: short enough to read as a handover, but it answers the question before it.
    answer = (
        "MS. ARDEN: I don't have any update on that today. But again, you will have a chance "
        "to ask the harbour team tomorrow, and it is a good question for them."
    )
    body = BRIEFING.replace("MS. ARDEN: Not this year.", answer)
    doc = read_text(body, source="t.txt")
    sections = build_sections(doc.text, doc.paragraphs)
    first_question = doc.text[sections[3].start : sections[3].end]
    assert answer in first_question


def test_question_titles_are_short_and_never_cut_inside_a_word() -> None:
    words = " ".join(f"word{n}" for n in range(40))
    body = BRIEFING.replace("On the ferry landing: when does it reopen?", words + "?")
    last = titles(body)[-1]
    assert last is not None and last.endswith("…") and len(last) <= 60
    assert last[3:-1].split()[-1] in words.split()


def test_turn_sections_sit_below_the_heading_they_follow() -> None:
    body = BRIEFING.replace("11:02 A.M. CET", "THE HARBOUR PLAN")
    doc = read_text(body, source="t.txt")
    sections = build_sections(doc.text, doc.paragraphs)
    assert [(s.title, s.level) for s in sections][:3] == [
        ("THE HARBOUR PLAN", 1),
        ("Ms. Arden", 2),
        ("Mr. Hollis", 2),
    ]


def test_a_transcript_without_questions_has_a_section_per_long_speech() -> None:
    body = (
        f"Debate on the Harbour\n\nMr. HOLLIS. {LONG} {LONG}\n\n"
        f"The PRESIDING OFFICER. The Senator from Ohio.\n\nMr. VALE. {LONG} {LONG}\n\n"
        f"The PRESIDING OFFICER. Without objection.\n\nMr. HOLLIS. {LONG} {LONG}"
    )
    assert titles(body) == ["Mr. Hollis", "Mr. Vale", "Mr. Hollis"]


def test_one_question_alone_does_not_cut_a_transcript() -> None:
    body = f"Remarks\n\nMS. ARDEN: {LONG}\n\nQ Will it rain?\n\nMS. ARDEN: {LONG}"
    assert titles(body) == [None]


_TURN = st.tuples(
    st.sampled_from(["Q ", "Q: ", "MS. ARDEN: ", "MR. HOLLIS. ", "Mr. VALE. ", "", "(Laughter.) "]),
    st.lists(st.sampled_from(["Thanks.", "Hi, Ann.", LONG, "Why not?", "Yes.", "12:57 P.M."])),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TURN, max_size=14), st.booleans())
def test_transcript_sections_tile_the_body_and_titles_are_whole_words(turns, flat) -> None:
    joiner = " " if flat else "\n\n"
    body = joiner.join(label + " ".join(words) for label, words in turns)
    try:
        doc = read_text(f"Title\n\n{body or 'x'}", source="t.txt")
    except BriefingError:
        return
    sections = build_sections(doc.text, doc.paragraphs)
    assert sections[0].start == 0 and sections[-1].end == len(doc.text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start and before.start < before.end
    for section in sections:
        if section.title is not None and section.title.startswith("Q: "):
            phrase = section.title.removeprefix("Q: ").removesuffix("…")
            ends = [m.end() for m in re.finditer(re.escape(phrase), doc.text)]
            assert any(end == len(doc.text) or not doc.text[end].isalnum() for end in ends)


def test_an_interview_s_questions_are_sections() -> None:
    body = (
        f"An Interview With the Mayor\n\nThe mayor spoke to us on Monday.\n\n"
        f"Q: Will the wall be ready?\n\nA: {LONG}\n\nQ: And the ferry?\n\nA: Next year.\n\n"
        f"Q: Why so late?\n\nA: {LONG}"
    )
    assert titles(body) == [
        None,
        "Q: Will the wall be ready?",
        "Q: And the ferry?",
        "Q: Why so late?",
    ]


def test_a_second_briefer_s_statement_after_questions_is_a_section() -> None:
    answered_by_guest = BRIEFING.rsplit("MS. ARDEN:", 1)[0] + f"MR. HOLLIS: {LONG}\n"
    body = answered_by_guest + f"\nMS. ARDEN: Thank you, Tom. Now two things. {LONG} {LONG}\n"
    body += "\nQ Will the ferry run on Sundays?\n\nMS. ARDEN: " + LONG
    assert titles(body)[-2:] == ["Ms. Arden", "Q: Will the ferry run on Sundays?"]
    assert titles(BRIEFING)[-1] == "Q: On the ferry landing: when does it reopen?"


TOPICS = ["harbour wall", "ferry landing", "school roof", "bus depot", "river bridge", "library"]


def _council_briefing() -> tuple[Briefing, Briefing]:
    """A briefing split into turn sections, and the same briefing as one section."""
    parts = [
        "Council Briefing",
        "MS. ARDEN: Good morning. The council met on Monday and approved the spending plan for "
        "the year, which runs to 40 million crowns across the town.",
    ]
    for n, topic in enumerate(TOPICS):
        parts.append(
            f"Q Thanks. The ministry said on Tuesday that the {topic} would cost {n + 3} million "
            "crowns more than planned; will the council pay the difference?"
        )
        parts.append(
            f"MS. ARDEN: We are looking at it. The {topic} is on our list, and the engineers will "
            "report to the council in the spring about the repairs."
        )
    doc = analyse(read_text("\n\n".join(parts), source="t.txt"))
    assert len(doc.sections) > 2
    return doc, replace(doc, sections=(Section(0, len(doc.text)),))


def test_turn_sections_leave_the_key_points_as_one_section_would() -> None:
    doc, whole = _council_briefing()
    for count in (2, 3, 4):
        assert choose_key_points(doc, count=count)[0] == choose_key_points(whole, count=count)[0]


def test_turn_sections_leave_every_key_point_feature_as_one_section_would() -> None:
    """Not by luck of the weights: a turn section (no heading line) counts as no section in
    the scorer's features, nor does its title weigh in the terms' idf."""
    doc, whole = _council_briefing()
    split, joined = find_candidates(doc), find_candidates(whole)
    assert [c.section for c in split] != [c.section for c in joined]
    assert list(feature_rows(doc, split)[0]) == list(feature_rows(whole, joined)[0])
