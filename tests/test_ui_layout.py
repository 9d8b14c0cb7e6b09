"""The reader's pure parts: line wrapping, span lookup, navigation, text safety, export names."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing.model import BlockKind, Paragraph
from briefing.ui.article_layout import (
    BLANK,
    CONTINUATION,
    ArticleLayout,
    is_continuation,
    wrap_range,
)
from briefing.ui.export_names import free_export_path, slug
from briefing.ui.key_footer import GAP, FooterEntry, fit_entries
from briefing.ui.navigation import SpanIndex, current_index, next_index, previous_index
from briefing.ui.text_safety import safe_label, safe_text, shorten

words = st.text(alphabet=st.sampled_from("abcdefghij界語éü"), min_size=1, max_size=15)
prose = st.lists(words, min_size=1, max_size=60).map(" ".join)


@given(prose, st.integers(min_value=1, max_value=50))
def test_wrapped_lines_fit_and_lose_only_the_spaces_they_break_at(text, width):
    lines = wrap_range(text, 0, len(text), width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (next_start, _) in pairwise(lines):
        assert next_start in (end, end + 1)
        if next_start == end + 1:
            assert text[end] == " "
    for start, end in lines:
        piece = text[start:end]
        assert cell_len(piece) <= width or len(piece) == 1


def test_wrap_breaks_at_spaces_when_it_can():
    text = "the quick brown fox jumps over the lazy dog"
    lines = [text[s:e] for s, e in wrap_range(text, 0, len(text), 10)]
    assert lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"]


def test_layout_keeps_pre_lines_and_separates_paragraphs():
    text = "A heading\n\nshort prose here\n\nname   cost\nquay   4.2m"
    paragraphs = (
        Paragraph(0, 9, BlockKind.HEADING, 1),
        Paragraph(11, 27, BlockKind.TEXT),
        Paragraph(29, len(text), BlockKind.PRE),
    )
    layout = ArticleLayout(text, paragraphs, 11)
    shown = [text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True)]
    assert shown == ["A heading", "", "short prose", "here", "", "name   cost", "quay   4.2m"]
    assert list(layout.paragraph_of) == [0, BLANK, 1, 1, BLANK, 2, 2]
    assert layout.line_of(text.index("here")) == 3
    assert layout.line_of(text.index("4.2m")) == 6


def test_a_pre_line_wider_than_the_pane_wraps_onto_marked_continuation_lines():
    """QA: code and tables were cut at the pane's edge, mid-word, at 80 or 60 columns."""
    text = "total cost of the quay extension   4.2m\nshort"
    pre = Paragraph(0, len(text), BlockKind.PRE)
    layout = ArticleLayout(text, (pre,), 20)
    shown = [text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True)]
    assert shown == ["total cost of the", "quay extension", "4.2m", "short"]
    marked = [is_continuation(text, pre, start) for start in layout.starts]
    assert marked == [False, True, True, False]
    assert all(len(line) <= 20 - len(CONTINUATION) for line in shown[1:3])


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=30),
    st.integers(0, 220),
    st.integers(1, 40),
)
def test_span_index_finds_exactly_the_overlapping_spans(raw, start, length):
    spans = [(a, a + n) for a, n in raw]
    end = start + length
    expected = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and b > start)
    assert sorted(SpanIndex(spans).overlapping(start, end)) == expected


def test_next_previous_and_current_targets():
    starts = [10, 20, 30]
    assert next_index(starts, 0) == 0
    assert next_index(starts, 10) == 1
    assert next_index(starts, 30) is None
    assert previous_index(starts, 30) == 1
    assert previous_index(starts, 10) is None
    assert current_index(starts, 25) == 1
    assert current_index(starts, 5) is None


@given(st.text())
def test_safe_text_keeps_offsets_and_drops_every_control_character(text):
    shown = safe_text(text)
    assert len(shown) == len(text)
    assert all(ch == "\n" or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) < 0xA0) for ch in shown)
    assert "\x1b" not in shown and "\u202e" not in shown


def test_labels_are_one_line_and_short():
    assert safe_label("  two\nlines\x1b[2J ") == "two lines\ufffd[2J"
    assert shorten("a long sentence here", 8) == "a long…"
    assert shorten("short", 8) == "short"


def test_export_names_come_from_the_title_and_never_clobber(tmp_path):
    assert slug("No More Diplomacy: Talks With Russia Cancelled") == (
        "no-more-diplomacy-talks-with-russia-cancelled"
    )
    assert slug("«»!?") == "briefing"
    long_title = "Remarks by the Secretary on the Situation in the Region Before Departure"
    assert slug(long_title) == "remarks-by-the-secretary-on-the-situation-in-the-region"
    assert slug("x" * 80) == "x" * 60
    assert slug("__init__ notes") == "init-notes"
    first = free_export_path(tmp_path, "A Title", "markdown")
    assert first.name == "a-title.md"
    first.write_text("x")
    assert free_export_path(tmp_path, "A Title", "markdown").name == "a-title-2.md"


@given(st.text(max_size=200))
def test_export_names_are_whole_words_within_the_limit(title):
    stem = slug(title)
    assert 0 < len(stem) <= 60
    words = [w.strip("_") for w in re.split(r"[^\w]+", title.lower()) if w.strip("_")]
    if stem != "briefing" and len("-".join(words[:1])) <= 60:
        assert stem.split("-") == words[: len(stem.split("-"))]


def test_layout_measures_wide_characters_in_cells():
    text = "日本語の文章 です 日本語の文章"
    layout = ArticleLayout(text, (Paragraph(0, len(text), BlockKind.TEXT),), 12)
    shown = [text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True)]
    assert shown == ["日本語の文章", "です", "日本語の文章"]
    assert all(cell_len(line) <= 12 for line in shown)


@given(
    st.lists(st.tuples(st.text("abc", min_size=1, max_size=3), st.text("xyz ", max_size=12))),
    st.integers(0, 80),
)
def test_the_footer_shows_a_prefix_of_whole_entries_that_fits(pairs, width):
    entries = [FooterEntry(key, key, words, True) for key, words in pairs]
    shown = fit_entries(entries, width)
    assert shown == entries[: len(shown)]
    used = sum(entry.width for entry in shown) + GAP * max(0, len(shown) - 1)
    assert used <= width
    if len(shown) < len(entries):
        assert used + entries[len(shown)].width + (GAP if shown else 0) > width
