"""The boilerplate gate: each kind of document furniture is never a key point (invented text)."""

from __future__ import annotations

import pytest

import briefing
from briefing.analysis.keypoints.boilerplate import boilerplate

STATEMENTS = [
    "The harbour council approved a budget of four million pounds on Monday evening.",
    "NATO ministers agreed in Brussels to send two more ships to the northern coast.",
    "Mr. Smith of Ohio said the bill would pass before the summer recess.",
    "“We will rebuild the quay before winter,” the mayor told reporters on Friday.",
    "A grand jury indicted the two former officials on charges of fraud.",
    "Copyright law was changed last year to cover online archives and libraries.",
    "eBay said its sales rose by a tenth in the first three months of the year.",
    "40 people were rescued from the harbour after the ferry ran aground.",
]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_statements_pass_the_gate(sentence: str) -> None:
    assert boilerplate(sentence) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Jump to navigation Jump to search for the harbour page", "navigation"),
        ("Home | News | Sport | Weather | Harbour stories", "navigation"),
        ("This article is about the harbour town in the north.", "navigation"),
        ("For other uses, see Northbridge (disambiguation) and its list.", "navigation"),
        ("Greyhaven redirects here. For the ship, see the fleet list.", "navigation"),
        ("Retrieved 4 May 2021 from the harbour trust's own website.", "navigation"),
        ("^ Ruiz, Ana (2020). Harbours of the North. Quay Press. p. 12.", "citation"),
        ("Lund, K. (2019). Tides and quays. Archived from the original on 2 June.", "citation"),
        ("See the council minutes at https://example.org/minutes for the detail.", "citation"),
        ("7 12 likewise, neither official recalled the harbour meeting at all.", "citation"),
        ("''PRELIMINARY'' REPORT (''Registration'') of the harbour trust board", "form"),
        ("Name of registrant ____________ and the address of the office here.", "form"),
        ("Total receipts from the harbour trust ................ 1,204 pounds", "form"),
        ("HARBOUR TRUST QUARTERLY RETURN FOR THE PERIOD ENDING IN MARCH.", "form"),
        ("The mayor met [REDACTED: Personal Privacy] at the quay on the day.", "redaction"),
        ("The bank sent ██████ to the harbour trust in two payments last year.", "redaction"),
        ("The record was withheld under (b)(6) of the act for the whole file.", "redaction"),
        ("The SPEAKER pro tempore (Mr. Lund).", "stage"),
        ("Mr. QUIST of New Hampshire.", "stage"),
        ("The PRESIDING OFFICER. The clerk will call the roll.", None),
        ("Nurse: Ah sir! ah sir!", "stage"),
        ("(Laughter and applause from the gallery.)", "stage"),
        ("Harbour Works Begin Again After The Long Winter Storms", "heading"),
        ("Part Two: what the council decided about the harbour wall", "heading"),
        ("The vote passed.", "short"),
        ("Rates 12.4 % 18.1 % 22.9 % 7.5 % 3 4 5 6 for the harbour and the town", "non-words"),
        ("and the harbour was closed for a week after the storm.", "fragment"),
    ],
)
def test_furniture_is_named(line: str, kind: str | None) -> None:
    assert boilerplate(line) == kind


def test_furniture_never_becomes_a_key_point_even_in_a_text_of_furniture() -> None:
    text = "\n\n".join(
        [
            "Harbour Notes",
            "This article is about the harbour town in the north.",
            "The SPEAKER pro tempore (Mr. Lund).",
            "Nurse: Ah sir! ah sir!",
            "The mayor met [REDACTED: Personal Privacy] at the quay on the day.",
            "Home | News | Sport | Weather | Harbour stories",
            "The harbour council approved a budget of four million pounds on Monday evening. "
            "Work on the north quay will start in March and last two years.",
        ]
    )
    doc = briefing.analyse(briefing.read_text(text, source="t", fmt="text"), key_points=5)
    assert [p.text[:14] for p in sorted(doc.key_points, key=lambda p: p.start)] == [
        "The harbour co",
        "Work on the no",
    ]
