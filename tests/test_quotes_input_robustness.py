"""Input shapes that unseen articles bring: colon clauses, month abbreviations, labels, credit
lines, transcripts' short answers and stage directions.

Every name and sentence here is invented; each test pins one general rule that a review of
unseen text asked for.
"""

from __future__ import annotations

import pytest

from briefing import read_text
from briefing.analysis import analyse
from briefing.analysis.quotes.spans import sentences_around_quotes
from briefing.model import BlockKind
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


@pytest.mark.parametrize("date", ["Sept. 16", "Nov. 8", "Jan.\u00a012", "No. 4"])
def test_an_abbreviation_before_a_number_does_not_cut_a_sentence(date: str) -> None:
    body = (
        f"“The hall was full,” Ola Varga said, recalling the {date} meeting of the board. "
        "“Next time we will need a bigger room for all of them.”"
    )
    second = body.index("“Next")
    pairs = [(0, body.index("”")), (second, len(body) - 1)]
    cut = sentences_around_quotes(body, 0, len(body), pairs)
    assert [body[a:b] for a, b in cut] == [body[: second - 1], body[second:]]
    assert [speaker for _, speaker in quotes_of(body)] == ["Ola Varga", "Ola Varga"]


def test_a_month_abbreviation_before_a_capital_still_ends_a_sentence() -> None:
    body = "The vote moved to Nov. Then “we will see,” Ola Varga said."
    cut = sentences_around_quotes(body, 0, len(body), [(body.index("“"), body.index("”"))])
    assert len(cut) == 2


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("VARGA", "Varga"), ("ANNA VARGA", "Anna Varga"), ("MS. VARGA", "Ms. Varga")],
)
def test_a_name_label_opening_a_quote_is_its_speaker(label: str, speaker: str) -> None:
    body = f"The hearing ran late.\n\n“{label}: We have no record of that payment. None.”"
    found = quotes_of(body)
    assert found == [("We have no record of that payment. None.", speaker)]


@pytest.mark.parametrize("label", ["NOTE", "FW", "FILED UNDER SEAL"])
def test_a_message_label_opening_a_quote_names_nobody(label: str) -> None:
    body = f"The hearing ran late.\n\n“{label}: We have no record of that payment. None.”"
    words, speaker = quotes_of(body)[0]
    assert words.startswith(label)
    assert speaker is None


def _speakers_of_plain(body: str) -> list[tuple[str, str | None]]:
    doc = analyse(read_text(body, source="letters.txt", fmt="text"))
    names = {s.id: s.name for s in doc.speakers}
    return [(doc.text[q.start : q.end], names.get(q.speaker)) for q in doc.quotes]


@pytest.mark.parametrize("dash", ["-", "―", "—"])
def test_dash_credit_lines_between_quotes_on_single_lines(dash: str) -> None:
    body = (
        "Letters\n\nReaders wrote in about the plan.\n\n"
        '"The new ferry is a waste of money and nobody asked us."\n'
        f"{dash} Ivo Stenk\n"
        '"I love the new ferry, it saves me an hour every day."\n'
        f"{dash} Mara Quist.\n"
    )
    assert [speaker for _, speaker in _speakers_of_plain(body)] == ["Ivo Stenk", "Mara Quist"]


def test_a_quote_and_its_credit_on_one_line_end_the_paragraph() -> None:
    body = (
        "Letters\n\nReaders wrote in.\n"
        "“The new ferry is a waste of money and nobody asked us.” ― Ivo Stenk\u00a0\n"
        "“I love the new ferry, it saves me an hour every single day.”― Mara Quist.\n"
    )
    assert [speaker for _, speaker in _speakers_of_plain(body)] == ["Ivo Stenk", "Mara Quist"]


def test_a_one_item_markdown_list_under_a_quote_is_its_credit() -> None:
    body = (
        "# Letters\n\nReaders wrote in.\n\n“The new ferry is a waste of money, truly.”\n\n"
        "- Ivo Stenk.\n\nThe council replied on Monday.\n"
    )
    doc = analyse(read_text(body, source="letters.md", fmt="md"))
    names = {s.id: s.name for s in doc.speakers}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Ivo Stenk"]


def test_a_markdown_list_of_names_stays_a_list() -> None:
    body = "# Team\n\n“We are ready,” the board said.\n\n- Ivo Stenk\n- Mara Quist\n"
    doc = read_text(body, source="team.md", fmt="md")
    assert [p.kind for p in doc.paragraphs][-2:] == [BlockKind.BULLET, BlockKind.BULLET]


def test_unwrapped_paragraphs_with_a_stray_double_space_are_prose() -> None:
    line = (
        "The council met on Tuesday to vote on the ferry, and the  vote was close after a long "
        "debate about the cost of the new boats and the harbour works that go with them."
    )
    body = "Ferry vote\n" + "\n".join([line] * 4) + "\n“We will build it,” Ivo Lund said.\n"
    doc = analyse(read_text(body, source="ferry.txt", fmt="text"))
    assert BlockKind.PRE not in {p.kind for p in doc.paragraphs}
    names = {s.id: s.name for s in doc.speakers}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Ivo Lund"]


def test_typewriter_closing_marks_end_a_sentence() -> None:
    text = "``Well,'' he said. ``Go.'' We left at once."
    pairs = [(0, text.index("'' he")), (text.index("``Go"), text.index("'' We"))]
    cut = sentences_around_quotes(text, 0, len(text), pairs)
    assert [text[a:b] for a, b in cut] == ["``Well,'' he said.", "``Go.''", "We left at once."]
