"""Invariants for any input: only BriefingError, the model's normalisation rules, offsets hold."""

from __future__ import annotations

import io
import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis.text.sections import build_sections
from briefing.analysis.text.sentences import PROSE, split_sentences
from briefing.errors import BriefingError
from briefing.load import read, read_text
from briefing.model import BlockKind, Briefing

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# Pieces that trigger the readers' rules, mixed with arbitrary characters.
PIECES = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "\u00a0", "\x1b[31m", "\x1b]0;t\x07", "\x00",
        "\ufeff", "\u2028", "# ", "## ", "---\n", "===\n", "-   ", "* ", "1. ", "IV. ", "> ",
        "```\n", "|  a  |  b  |", "........", "[[Page S1]]", "[x]", "\\[", "**", "_", "`",
        "THE HEADING", "The Details", "What Comes Next?", "Mr. ", "U.S. ", "“", "”", "„", "«",
        "»", "\"Why?\" he asked. ", "It ended. ", "Then it began", "...", "e.g. ", "J. R. ",
        "title: x\n", "body: |\n  y\n", "key_points: [a]\n", "speakers: [{name: A}]\n",
        "<p>", "</p>", "<h2>", "</h2>", "<pre>", "</pre>", "<li>", "&amp;", "<s>", "</s>",
        "\n\nQ ", "\n\nMS. LEE: ", "\n\nMR. LEE. ", " Q: ", "12:57 P.M. EST", "(Laughter.)",
        "\n- Ann Lee.", "”\n― Ann", "Hi. Thanks. ",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join),
)


def check_normalised(doc: Briefing) -> None:
    text = doc.text
    assert text and text == text.strip()
    assert not _CONTROL.search(text), "control characters left in the text"
    assert not _CONTROL.search(doc.title) and "\n" not in doc.title and doc.title
    assert "\n\n\n" not in text
    pieces = []
    previous_end = -2
    for paragraph in doc.paragraphs:
        assert paragraph.start == previous_end + 2, "paragraphs are separated by one blank line"
        body = paragraph.text_of(text)
        assert body and body == body.strip()
        assert "\n\n" not in body
        if paragraph.kind is not BlockKind.PRE:
            assert "\n" not in body, "prose paragraphs are one line"
        assert (paragraph.level > 0) == (paragraph.kind is BlockKind.HEADING)
        pieces.append(body)
        previous_end = paragraph.end
    assert "\n\n".join(pieces) == text


def check_analysis(doc: Briefing) -> None:
    sections = build_sections(doc.text, doc.paragraphs)
    assert sections[0].start == 0 and sections[-1].end == len(doc.text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start and before.start < before.end
    for section in sections:
        if section.heading is not None:
            assert section.start == section.heading.start
            assert section.heading.text_of(doc.text) == section.title
    sentences = split_sentences(doc.text, doc.paragraphs)
    previous = 0
    for sentence in sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.kind in PROSE
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert sentence.start >= previous
        body = sentence.text_of(doc.text)
        assert body == body.strip()
        previous = sentence.end
    prose = [p for p in doc.paragraphs if p.kind in PROSE]
    covered = {s.paragraph for s in sentences}
    assert covered == {doc.paragraphs.index(p) for p in prose}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, fmt=st.sampled_from(["text", "markdown", "yaml"]))
def test_any_text_loads_or_fails_cleanly(text: str, fmt: str) -> None:
    try:
        doc = read_text(text, source=f"x.{fmt}", fmt=fmt)
    except BriefingError as error:
        assert error.reason and "\n" not in str(error)
        return
    check_normalised(doc)
    check_analysis(doc)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_any_html_loads_or_fails_cleanly(text: str) -> None:
    try:
        doc = read_text(f"<html><body>{text}</body></html>", source="x.html", fmt="html")
    except BriefingError:
        return
    check_normalised(doc)
    check_analysis(doc)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400), fmt=st.sampled_from(["text", "markdown", "yaml"]))
def test_any_bytes_load_or_fail_cleanly(data: bytes, fmt: str) -> None:
    try:
        doc = read(io.BytesIO(data), fmt=fmt)
    except BriefingError:
        return
    check_normalised(doc)
