"""Letters and capitals are counted exactly as str.isalpha and str.isupper count them."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefing.analysis.text.letters import letters_and_capitals


@given(st.text(max_size=200))
@example("“NATO,” said Ms. Ødegård — ÉTÉ 2024 ǅ ß Σ ﬁ")
@example("")
def test_counts_equal_the_per_character_definition(text: str) -> None:
    assert letters_and_capitals(text) == (sum(map(str.isalpha, text)), sum(map(str.isupper, text)))


def test_counts_of_a_mixed_sentence() -> None:
    assert letters_and_capitals("The UN’s “Émile” 42") == (11, 4)
