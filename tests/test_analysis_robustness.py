"""Reproducers of texts that once crashed the analysis: each must now analyse cleanly."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import briefing
from briefing import analysis, cli, model
from briefing.config import ENV_VAR
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


@given(
    st.text(alphabet=st.sampled_from("ab \n\u00a0\u3000x"), max_size=60),
    st.integers(1, 7),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_words_are_counted_a_chunk_at_a_time_as_one_split_counts_them(
    text, chunk, start, end
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(model, "_WORDS_CHUNK", chunk)
        assert model.count_words(text) == len(text.split())
        assert model.count_words(text, start, end) == len(text[start:end].split())


def test_the_cli_exports_the_rest_when_a_stage_fails(monkeypatch, tmp_path) -> None:
    (tmp_path / "config.yaml").write_text("")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "config.yaml"))
    monkeypatch.setattr(analysis, "find_quotes_and_speakers", _boom)
    source = tmp_path / "story.md"
    source.write_text(_STORY, encoding="utf-8")
    result = CliRunner().invoke(cli.cli, ["export", str(source)], prog_name="briefing")
    assert result.exit_code == 0, result.output
    assert "Analysis failed: attribution (the rest is shown)" in result.stdout
    assert "We will build the wall." in result.stdout


def _lines_run(text: str) -> int:
    """Python lines executed to analyse ``text``: a measure of work that, unlike a clock, is
    the same on every run and every machine."""
    import sys

    doc = briefing.read_text(text)
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        briefing.analyse(doc)
    finally:
        sys.settrace(None)
    return count


def _one_paragraph_of_quotes(count: int) -> str:
    names = ["Ann Berg", "Ole Dahl", "Kari Lind", "Ivo Rask"]
    quotes = (f"{names[i % 4]} said “we will build {i}.”" for i in range(count))
    return "Many voices\n\n" + " ".join(quotes) + "\n"


def test_quotes_in_one_paragraph_cost_linear_work() -> None:
    """20,000 quotes in one paragraph took 8 s: each quote's sentence was found by a scan
    over the paragraph's sentences. Eight times the quotes must cost about eight times the
    work, not sixty-four."""
    small = _lines_run(_one_paragraph_of_quotes(150))
    large = _lines_run(_one_paragraph_of_quotes(1200))
    assert large / small < 8 * 1.5
