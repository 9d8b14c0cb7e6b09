"""one_line's fast path (printable text with single spaces or line breaks) changes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.load.normalise import _NEEDS_CLEANING, _SPACES, clean, one_line


def reference(text: str) -> str:
    """one_line written the slow, obvious way: clean, then collapse every run of white space
    (a lone no-break space is text and stays)."""
    text = clean(text)
    if "\u00a0" not in text:
        return " ".join(text.split())
    return _SPACES.sub(" ", text).strip()


TRICKY = st.sampled_from(
    [*" \n\t\r\u00a0\u2003\u3000\u2028\u200b\u00ad\x1b\x85\x0b\ufeff\u202e", "a", "é", "Z."]
)


@settings(max_examples=500)
@given(st.lists(st.one_of(TRICKY, st.text(max_size=5)), max_size=30).map("".join))
def test_one_line_matches_the_reference(text: str) -> None:
    assert one_line(text) == reference(text)


def test_one_line_examples() -> None:
    assert one_line("hard\nwrapped words") == "hard wrapped words"
    assert one_line(" two  spaces\n\nand a tab\t") == "two spaces and a tab"
    assert one_line("no\u00a0break") == "no\u00a0break"
    assert one_line("red\x1b[31m text") == "red text"


@settings(max_examples=500)
@given(st.lists(st.one_of(TRICKY, st.characters(), st.text(max_size=5)), max_size=30).map("".join))
def test_clean_fast_check_never_skips_work(text: str) -> None:
    """clean() returns printable text (line breaks aside) untouched: it must have nothing to
    remove."""
    if text.replace("\n", " ").isprintable():
        assert not _NEEDS_CLEANING.search(text)
        assert clean(text) == text
