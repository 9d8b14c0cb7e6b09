"""Reproducers of texts that once crashed the analysis: each must now analyse cleanly."""

from __future__ import annotations

import json

import pytest

import briefing
from briefing import analysis
from briefing.export import render


def test_an_aside_opened_by_a_dash_and_a_comma_with_no_name_in_it_is_no_subject() -> None:
    # The appositive rule cut the aside back to the words before its inner comma: none here.
    text = "Ann Berg — , who lost in 2009 — said “We lost.”"
    doc = briefing.analyse(briefing.read_text(text))
    assert [text[q.start : q.end] for q in doc.quotes] == ["We lost."]
    assert doc.failed_stages == ()


_STORY = (
    "Harbour plan\n\nThe council met on Monday. Ann Berg said “We will build the wall.”\n\n"
    "## Costs\n\nThe wall costs money. “It is too much,” said Ole Dahl."
)


def _boom(*_args, **_kwargs):
    raise IndexError("a rule tripped over this text")


@pytest.mark.parametrize(
    ("target", "stage"),
    [
        ("build_sections", "sections"),
        ("split_sentences", "sentences"),
        ("find_quotes_and_speakers", "attribution"),
        ("choose_key_points", "key points"),
    ],
)
def test_a_failing_stage_is_named_and_the_others_still_show(monkeypatch, target, stage) -> None:
    whole = briefing.analyse(briefing.read_text(_STORY, fmt="markdown"))
    monkeypatch.setattr(analysis, target, _boom)
    doc = briefing.analyse(briefing.read_text(_STORY, fmt="markdown"))
    assert doc.failed_stages == (stage,)
    assert doc.analysed
    assert doc.sections  # sections always tile the text, one section at worst
    assert doc.sections[0].start == 0 and doc.sections[-1].end == len(doc.text)
    assert len(doc.section_key_points) == len(doc.sections)
    assert bool(doc.key_points) == (stage not in ("sentences", "key points"))
    if stage == "attribution":  # the quotes are still found, only nobody is named
        assert [(q.start, q.end) for q in doc.quotes] == [(q.start, q.end) for q in whole.quotes]
        assert all(q.speaker is None for q in doc.quotes) and doc.speakers == ()
    else:
        assert doc.quotes == whole.quotes


def test_when_finding_quotes_fails_too_both_stages_are_named(monkeypatch) -> None:
    monkeypatch.setattr(analysis, "find_quotes_and_speakers", _boom)
    monkeypatch.setattr(analysis, "find_quotes", _boom)
    doc = briefing.analyse(briefing.read_text(_STORY, fmt="markdown"))
    assert doc.failed_stages == ("attribution", "quotes")
    assert doc.quotes == () and doc.key_points


def test_the_exports_say_in_one_line_which_stage_failed(monkeypatch) -> None:
    clean = briefing.analyse(briefing.read_text(_STORY, fmt="markdown"))
    assert "failed" not in render(clean, "text") + render(clean, "markdown")
    assert json.loads(render(clean, "json"))["failed_stages"] == []
    monkeypatch.setattr(analysis, "find_quotes_and_speakers", _boom)
    doc = briefing.analyse(briefing.read_text(_STORY, fmt="markdown"))
    text = render(doc, "text")
    markdown = render(doc, "markdown")
    assert [line for line in text.splitlines() if "failed" in line] == [
        "Analysis failed: attribution (the rest is shown)"
    ]
    assert [line for line in markdown.splitlines() if "failed" in line] == [
        "*Analysis failed: attribution (the rest is shown)*"
    ]
    assert json.loads(render(doc, "json"))["failed_stages"] == ["attribution"]


def test_an_empty_search_range_never_finds_a_dash_at_the_end_of_the_text() -> None:
    # "said" opens the text: the aside search ran over text[0:-1] and took a later "--" for
    # an aside, giving a cue that ends before it starts.
    text = "said\n\n“Ole Dahl  —\n\nKari Lind said --Ole Dahl"
    doc = briefing.analyse(briefing.read_text(text))
    assert doc.quotes
    for quote in doc.quotes:
        assert quote.cue is None or quote.cue.start <= quote.cue.end
