"""Invariants of the quote engine for any text (hypothesis) and the seed article end to end."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefing
from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.text.sentences import split_sentences
from briefing.analysis.text.span_list import SpanList
from briefing.model import BlockKind, Briefing, Paragraph
from briefing.resources import default_seed

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "``",
        "''",
        "\u00a0",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        ": ",
        "said",
        "he",
        "she",
        "they",
        "told",
        "according to",
        "Mara",
        "Lind",
        "Mr.",
        "Senator",
        "the",
        "official",
        "who",
        "added",
        "(D-Ill.)",
        "—",
        "?",
        "!",
        "don't",
        "Norway’s",
        "a",
        "word",
        "Q",
        "MS. LEE:",
    ]
)
_PARAGRAPH = st.lists(_PIECES, min_size=1, max_size=30).map(lambda parts: "".join(parts).strip())


def _doc(blocks: list[str]) -> Briefing:
    blocks = [b for b in blocks if b] or ["x"]
    text = "\n\n".join(blocks)
    paragraphs = []
    offset = 0
    for block in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block), BlockKind.TEXT))
        offset += len(block) + 2
    doc = Briefing(title="t", source="<h>", text=text, paragraphs=tuple(paragraphs))
    return replace(doc, sentences=split_sentences(text, doc.paragraphs))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_quote_spans_are_inside_ordered_disjoint_and_within_a_paragraph(blocks) -> None:
    doc = _doc(blocks)
    text = doc.text
    quotes, speakers = find_quotes_and_speakers(doc)
    ids = {s.id for s in speakers}
    assert len(ids) == len(speakers)
    previous_end = 0
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous_end  # sorted and never overlapping
        previous_end = quote.end
        words = text[quote.start : quote.end]
        assert words == words.strip(" \u00a0\n")
        # Multi-paragraph quotes are one piece per paragraph, so no span crosses a break.
        assert "\n\n" not in words
        assert quote.speaker is None or quote.speaker in ids
        assert quote.confidence is None or 0.0 <= quote.confidence <= 1.0
        if quote.cue is not None:
            assert 0 <= quote.cue.start <= quote.cue.end <= len(text)
    for speaker in speakers:
        for mention in speaker.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
    assert find_quotes_and_speakers(doc) == (quotes, speakers)  # the ranker is deterministic
    baseline, _ = find_quotes_and_speakers(doc, rank=False)
    assert [(q.start, q.end) for q in baseline] == [(q.start, q.end) for q in quotes]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all_never_breaks_the_engine(raw) -> None:
    blocks = ["".join(ch for ch in part if ch.isprintable()).strip() for part in raw.split("\n\n")]
    doc = _doc(blocks)
    quotes, _ = find_quotes_and_speakers(doc)
    for quote in quotes:
        assert "\n\n" not in doc.text[quote.start : quote.end]


def test_seed_every_quotation_is_found_and_attributed_with_full_names_and_roles() -> None:
    doc = briefing.analyse(briefing.read(default_seed()))
    text = doc.text
    found = []
    for quote in doc.quotes:
        speaker = doc.speaker(quote.speaker)
        assert speaker is not None, text[quote.start : quote.end]
        found.append((text[quote.start : quote.end][:20], speaker.name, speaker.role))
    assert found == [
        ("Now that the attack ", "Antony Blinken", "US Secretary of State"),
        ("it does not make log", "Antony Blinken", "US Secretary of State"),
        ("I spoke with our all", "Antony Blinken", "US Secretary of State"),
        ("pretexts", "Authorities in the United States and Ukraine", None),
        ("keep the peace.", "Vladimir Putin", "Russian President"),
        ("if Moscow’s approach", "Antony Blinken", "US Secretary of State"),
        ("willing to take conc", "Antony Blinken", "US Secretary of State"),
        ("to avoid an even wor", "Antony Blinken", "US Secretary of State"),
        ("However, we will not", "Antony Blinken", "US Secretary of State"),
        ("This is the start of", "Biden", None),
    ]
    blinken = doc.speaker(doc.quotes[0].speaker)
    assert "Blinken" in blinken.aliases
    assert all(text[m.start : m.end] in ("Blinken", "He") for m in blinken.mentions)


@given(st.lists(st.integers(min_value=0, max_value=200), max_size=20), st.integers(-5, 210))
def test_span_list_holds_what_a_plain_scan_finds(cuts: list[int], offset: int) -> None:
    bounds = sorted(set(cuts))
    spans = list(zip(bounds[::2], bounds[1::2], strict=False))
    packed = SpanList(spans)
    assert list(packed) == spans and len(packed) == len(spans)
    assert packed.holds(offset) == any(s <= offset < e for s, e in spans)
    if spans:
        assert packed[-1] == spans[-1] and list(packed[1:]) == spans[1:]


def test_span_list_refuses_a_span_out_of_order() -> None:
    with pytest.raises(ValueError, match="before"):
        SpanList([(10, 12), (3, 5)])
