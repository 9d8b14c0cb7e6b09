"""Input shapes that unseen articles bring: colon clauses, month abbreviations, labels, credit
lines, transcripts' short answers and stage directions.

Every name and sentence here is invented; each test pins one general rule that a review of
unseen text asked for.
"""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_a_clause_ending_in_a_colon_gives_its_subject_as_the_speaker() -> None:
    body = (
        "The council published its annual audit. The audit makes that plain: “Spending rose "
        "faster than income for the third year in a row.”"
    )
    assert quotes_of(body)[0][1] == "the audit"


def test_a_named_subject_of_a_colon_clause_speaks() -> None:
    body = "Mayor Ilse Varga was blunt about the loan: “We cannot keep borrowing to pay salaries.”"
    assert quotes_of(body)[0][1] == "Ilse Varga"


def test_a_colon_after_a_long_clause_without_a_subject_names_nobody() -> None:
    body = "On the first page, in bold letters under the map: “No entry after dark.”"
    assert quotes_of(body)[0][1] is None
