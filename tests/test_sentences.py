"""The sentence splitter's hard cases, and its spans' invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.text.sentences import split_paragraph, split_sentences
from briefing.model import BlockKind, Paragraph


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_paragraph(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Gen. Jones on Jan. 6 in the U.S. Capitol. They talked.",
            ["Mr. Smith met Gen. Jones on Jan. 6 in the U.S. Capitol.", "They talked."],
        ),
        ("He left the U.S. It was late.", ["He left the U.S.", "It was late."]),
        (
            "J. R. R. Tolkien wrote it. George W. Bush read it.",
            ["J. R. R. Tolkien wrote it.", "George W. Bush read it."],
        ),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("He paused... then spoke. Wait... Go.", ["He paused... then spoke.", "Wait...", "Go."]),
        ("1. First item here. 2. Second item.", ["1. First item here.", "2. Second item."]),
        (
            "“It is the moment.” Then it ended.",
            ["“It is the moment.”", "Then it ended."],
        ),
        (
            "They will “keep the peace.” Units moved.",
            ["They will “keep the peace.”", "Units moved."],
        ),
        ("He said 'peace.'\" Then he left.", ["He said 'peace.'\"", "Then he left."]),
        ('"Why?" he asked. "Because," she said.', ['"Why?" he asked.', '"Because," she said.']),
        ("“Stop!” she cried. Nobody did.", ["“Stop!” she cried.", "Nobody did."]),
        (
            "Sie sagte: „Wir kommen.“ Dann ging sie. Am 3. April war es so.",
            ["Sie sagte: „Wir kommen.“", "Dann ging sie.", "Am 3. April war es so."],
        ),
        ("« Bonjour ! » dit-il. Puis il partit.", ["« Bonjour ! » dit-il.", "Puis il partit."]),
        (
            "Use tools, e.g. hammers. Or i.e. nails. It was No. 5 on St. James Street.",
            ["Use tools, e.g. hammers.", "Or i.e. nails.", "It was No. 5 on St. James Street."],
        ),
        ("We met at 10 a.m. He was late.", ["We met at 10 a.m.", "He was late."]),
        ("Prices rose in 2014. The end.", ["Prices rose in 2014.", "The end."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("It ended in 2016. 4", ["It ended in 2016. 4"]),
        ("Access was restored.* The court ruled.", ["Access was restored.*", "The court ruled."]),
        ("It was signed.† Then it lapsed.", ["It was signed.†", "Then it lapsed."]),
        ("Plan B. Then it ended.", ["Plan B.", "Then it ended."]),
        ("They took vitamin C. It helped.", ["They took vitamin C.", "It helped."]),
        ("He lived in the U.S. Then he moved.", ["He lived in the U.S.", "Then he moved."]),
        ("He joined the U.S. Army in May.", ["He joined the U.S. Army in May."]),
        (
            "A. A. Milne wrote it. Louis C. K. The end.",
            ["A. A. Milne wrote it.", "Louis C. K.", "The end."],
        ),
        (
            "Harry S. Truman spoke. J. I. Smith agreed.",
            ["Harry S. Truman spoke.", "J. I. Smith agreed."],
        ),
        (
            "He cited Lane v. Berg in court. Then Tarn vs. Lund. Done.",
            ["He cited Lane v. Berg in court.", "Then Tarn vs. Lund.", "Done."],
        ),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_only_prose_paragraphs_hold_sentences() -> None:
    text = "The Heading\n\nOne. Two.\n\ncode. Here.\n\nA bullet. Yes.\n\nQuoted. Words."
    kinds = [
        BlockKind.HEADING,
        BlockKind.TEXT,
        BlockKind.PRE,
        BlockKind.BULLET,
        BlockKind.BLOCKQUOTE,
    ]
    paragraphs = []
    offset = 0
    for block, kind in zip(text.split("\n\n"), kinds, strict=True):
        paragraphs.append(
            Paragraph(offset, offset + len(block), kind, 1 if kind == "heading" else 0)
        )
        offset += len(block) + 2
    sentences = split_sentences(text, paragraphs)
    assert [(s.paragraph, s.text_of(text)) for s in sentences] == [
        (1, "One."),
        (1, "Two."),
        (3, "A bullet."),
        (3, "Yes."),
        (4, "Quoted."),
        (4, "Words."),
    ]


@given(st.text(alphabet=st.sampled_from(list("ab .?!”“\"'„«» \u00a0A1")), max_size=200))
def test_spans_are_ordered_stripped_and_inside(text: str) -> None:
    text = text.strip()
    spans = split_paragraph(text, 0, len(text))
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end
    joined = "".join(text[a:b] for a, b in spans)
    assert "".join(joined.split()) == "".join(text.split()), "no text is lost between sentences"


def test_capital_after_an_initial_or_acronym_stays_in_the_sentence() -> None:
    """Only a word that typically opens a sentence ends one after an initial or "U.S.": a
    capitalised name there is far more often part of the same sentence."""
    assert split("Plan B. Lindsey said so.") == ["Plan B. Lindsey said so."]
    assert split("George W. Bush met U.S. Senator Smith.") == [
        "George W. Bush met U.S. Senator Smith."
    ]


@given(st.text(alphabet=st.sampled_from(list("ab .…?!”“\"'»A1\n")), max_size=120))
def test_full_stop_pattern_finds_what_the_general_one_finds(text: str) -> None:
    """Paragraphs without "!", "?" or "…" use a quicker pattern: it must split the same."""
    import briefing.analysis.text.sentences as module

    text = text.strip()
    quick = split_paragraph(text, 0, len(text))
    general = module._FULL_STOP_CANDIDATE
    try:
        module._FULL_STOP_CANDIDATE = module._CANDIDATE
        assert split_paragraph(text, 0, len(text)) == quick
    finally:
        module._FULL_STOP_CANDIDATE = general


@pytest.mark.parametrize(
    "sentences",
    [
        ["The vote was held on Sept. 16 in the old hall.", "It passed."],
        ["Polls close Nov. 8, officials said.", "Counting starts at once."],
        ["SEPT. 16 is the date they chose.", "It is a Friday."],
        ["The deadline is Jan. 3.", "The office reopens later."],
    ],
)
def test_a_month_abbreviation_before_a_number_does_not_end_a_sentence(
    sentences: list[str],
) -> None:
    assert split(" ".join(sentences)) == sentences


def test_before_number_knows_dates_and_references_from_sentence_ends() -> None:
    from briefing.analysis.text.sentences import before_number

    text = "on Nov. 8 and in No. 5 but not in Nov. Then"
    assert before_number(text, text.index("Nov.") + 3)
    assert before_number(text, text.index("No. 5") + 2)
    assert not before_number(text, text.rindex("Nov.") + 3)
