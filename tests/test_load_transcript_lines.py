"""A transcript's time stamps and speakers' short lines are never headings or the title."""

from __future__ import annotations

import pytest

from briefing import read_text
from briefing.analysis.text.sections import build_sections
from briefing.load.headings import guess
from briefing.model import BlockKind

ANSWER = (
    "MS. ARDEN: The council approved the budget for the harbour wall this morning, and the "
    "work will start before the winter storms arrive in the north of the county."
)


@pytest.mark.parametrize(
    "line", ["12:57 P.M. EST", "4:05 p.m. (CET)", "9:30 AM", "Q (Inaudible.)", "Q Why not?"]
)
def test_stamps_and_short_spoken_lines_are_not_headings_before_an_answer(line: str) -> None:
    doc = read_text(f"Press Briefing by the Council\n\n{line}\n\n{ANSWER}", source="t.txt")
    assert [p.kind for p in doc.paragraphs] == [BlockKind.TEXT, BlockKind.TEXT]
    assert len(build_sections(doc.text, doc.paragraphs)) == 1


@pytest.mark.parametrize(
    "line",
    ["MODERATOR: (Laughter.)", "MR. HOLLIS: Thanks, Ann", "Mr. HOLLIS. Yes, Madam", "A: Never!"],
)
def test_a_label_and_a_few_words_are_not_a_heading(line: str) -> None:
    assert not guess(line).level


@pytest.mark.parametrize(
    "line", ["FACT SHEET: The Harbour Plan", "Q and A With the Mayor", "ANNEX B: Costs"]
)
def test_headings_with_a_colon_or_a_q_stay_headings(line: str) -> None:
    assert guess(line).level


def test_a_time_stamp_first_line_is_not_the_title() -> None:
    doc = read_text(f"11:41 A.M. EST\n\n{ANSWER}\n\n{ANSWER}", source="t.txt")
    assert doc.title != "11:41 A.M. EST"
    assert doc.text.startswith("11:41 A.M. EST")
