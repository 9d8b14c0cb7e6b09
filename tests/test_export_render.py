"""The export renderers on hand-built analysed briefings: content, safety and the JSON contract."""

from __future__ import annotations

import html
import json
import re
import unicodedata

import pytest
from export_samples import HARBOUR_SPEAKERS, Block, assemble, harbour, hostile
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing import read_text
from briefing.analysis import analyse
from briefing.export import FORMATS, briefing_dict, format_for_path, render, render_pieces
from briefing.export.as_markdown import escape
from briefing.export.digest import clean
from briefing.model import BlockKind, Briefing, Metadata

REQUIRED_KEYS = {"title", "source", "text", "sections", "key_points", "speakers", "quotes"}


def _control_chars(text: str) -> set[str]:
    return {ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"}


# ---------------------------------------------------------------- text


def test_text_has_every_part_in_order() -> None:
    out = render(harbour(), "text")
    heads = ["Council Approves Harbour Budget", "KEY POINTS", "SECTIONS", "QUOTES BY SPEAKER"]
    positions = [out.index(head) for head in heads]
    assert positions == sorted(positions)
    assert "Source: harbour.txt" in out
    assert "Date: 2026-03-02" in out
    assert "4 sections, 86 words, 4 quotes from 2 speakers" in out


def test_text_numbers_key_points_in_document_order_including_unlinked() -> None:
    out = render(harbour(), "text", width=200)
    assert "  1. The city council approved" in out
    assert "  2. Councillor Tom Baker voted against." in out
    assert "  3. Dredging costs remain unresolved." in out


def test_text_outline_indents_nested_sections_and_names_the_lede() -> None:
    lines = render(harbour(), "text").splitlines()
    assert "  - Introduction (25 words)" in lines
    assert "  - What Happens Next (0 words)" in lines
    assert "    - Timeline (14 words)" in lines


def test_text_groups_quotes_by_speaker_with_role_and_section() -> None:
    out = render(harbour(), "text", width=200)
    ruiz = out.index("Ana Ruiz, mayor")
    baker = out.index("Tom Baker, councillor")
    unattributed = out.index("Unattributed")
    assert ruiz < baker < unattributed
    assert "  - “We listened, and we changed the plan” (The Vote)" in out
    assert out[unattributed:].startswith(
        "Unattributed\n  - “Nobody knows who pays for the dredging” (Timeline)"
    )


def test_text_wraps_to_width_with_hanging_indent() -> None:
    out = render(harbour(), "text", width=40)
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "  1. The city council approved a 12\n     million euro budget" in out


def test_text_strips_terminal_escapes_and_has_no_markup_processing() -> None:
    out = render(hostile(), "text")
    assert not _control_chars(out)
    assert "<script>" not in out  # that paragraph is not in the summary at all
    assert "**Evil** <i>Name</i>, [role](http://evil)" in out  # shown literally, not rendered


def test_empty_analysis_says_so() -> None:
    doc = assemble("Plain", ((BlockKind.TEXT, 0, "Just one paragraph."),))
    out = render(doc, "text")
    assert "KEY POINTS\n  (none found)" in out
    assert "QUOTES BY SPEAKER\n  (no direct quotes)" in out
    assert "1 section, 3 words, 0 quotes\n" in out


def test_unknown_speaker_id_counts_as_unattributed() -> None:
    doc = assemble(
        "T",
        ((BlockKind.TEXT, 0, "He said “yes” twice."),),
        quotes=(("yes", "nobody"),),
        speakers=HARBOUR_SPEAKERS,
    )
    assert "Unattributed\n  - “yes” (Introduction)" in render(doc, "text")
    assert briefing_dict(doc)["quotes"][0]["speaker"] is None


# ---------------------------------------------------------------- markdown


def test_markdown_structure() -> None:
    out = render(harbour(), "markdown")
    assert out.startswith("# Council Approves Harbour Budget\n")
    for heading in ("## Key points", "## Sections", "## Quotes by speaker", "### Ana Ruiz, mayor"):
        assert f"\n{heading}\n" in out
    assert "\n3. Dredging costs remain unresolved.\n" in out
    assert "\n  - Timeline (14 words)\n" in out
    assert "- “The costs will double by 2030” (*The Vote*)" in out


def test_markdown_hostile_text_renders_as_literal_text() -> None:
    rendered = MarkdownIt("commonmark").enable("table").render(render(hostile(), "markdown"))
    tags = set(re.findall(r"</?([a-z0-9]+)", rendered))
    assert tags <= {"h1", "h2", "h3", "ul", "ol", "li", "p", "em", "strong"}
    assert "href" not in rendered
    assert "&lt;script&gt;" not in rendered  # the paragraph itself is not in the summary
    assert "&lt;b&gt;tags&lt;/b&gt;" in rendered
    assert not _control_chars(rendered)


_MD = MarkdownIt("commonmark")
_TRICKY = st.sampled_from(list("ab -+=*_`[]()<>#|~&!\\.1)2:;/\"'é$\t"))


@settings(max_examples=300, deadline=None)
@given(st.text(_TRICKY | st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_markdown_escape_shows_any_text_literally(raw: str) -> None:
    text = clean(raw)
    expected = html.escape(text).replace("&#x27;", "'")
    for template, wrap in (
        ("- {}", "<ul>\n<li>{}</li>\n</ul>\n"),
        ("1. {}", "<ol>\n<li>{}</li>\n</ol>\n"),
        ("### {}", "<h3>{}</h3>\n"),
    ):
        if text:
            assert _MD.render(template.format(escape(text))) == wrap.format(expected)


# ---------------------------------------------------------------- json


def test_json_shape_is_exactly_the_contract() -> None:
    data = json.loads(render(harbour(), "json"))
    assert set(data) == REQUIRED_KEYS | {"meta", "failed_stages", "section_key_points"}
    assert data["section_key_points"] == []
    assert data["failed_stages"] == []
    assert data["meta"] == {
        "date": "2026-03-02",
        "url": "https://example.org/harbour",
        "author": "Desk Reporter",
    }
    assert [s["title"] for s in data["sections"]] == [
        None,
        "The Vote",
        "What Happens Next",
        "Timeline",
    ]
    assert all(set(s) == {"title", "start", "end"} for s in data["sections"])
    point_keys = {"text", "start", "end", "rank", "speaker"}
    assert all(set(k) == point_keys for k in data["key_points"])
    assert all(set(s) == {"id", "name", "role", "aliases"} for s in data["speakers"])
    quote_keys = {"text", "start", "end", "speaker", "section", "confidence"}
    assert all(set(q) == quote_keys for q in data["quotes"])
    assert data["speakers"][0] == {
        "id": "ana-ruiz",
        "name": "Ana Ruiz",
        "role": "mayor",
        "aliases": ["Ruiz", "the mayor"],
    }


def test_json_offsets_point_into_text() -> None:
    data = json.loads(render(harbour(), "json"))
    text = data["text"]
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert not quote["text"].startswith(("“", '"'))
        section = data["sections"][quote["section"]]
        assert section["start"] <= quote["start"] < section["end"]
    assert [q["speaker"] for q in data["quotes"]] == ["ana-ruiz", "ana-ruiz", "tom-baker", None]
    assert [q["section"] for q in data["quotes"]] == [1, 1, 1, 3]
    for point in data["key_points"]:
        if point["start"] is not None:
            assert text[point["start"] : point["end"]] == point["text"]


def test_json_keeps_key_points_in_document_order_with_rank() -> None:
    points = json.loads(render(harbour(), "json"))["key_points"]
    assert [p["rank"] for p in points] == [1, 3, 2]
    assert points[2] == {
        "text": "Dredging costs remain unresolved.",
        "start": None,
        "end": None,
        "rank": 2,
        "speaker": None,
    }


def test_json_is_utf8_and_escapes_c1_controls() -> None:
    out = render(hostile(), "json")
    assert "“`code`”" not in out  # quote text without marks...
    assert '"text": "`code`"' in out
    assert "\x9b" not in out and "\\u009b" in out  # ...and C1 CSI escaped, value unchanged
    assert json.loads(out)["text"] == hostile().text
    assert "“" in render(harbour(), "json")  # ensure_ascii=False


# ---------------------------------------------------------------- api


def test_render_refuses_unknown_format_and_tiny_width() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        render(harbour(), "pdf")
    with pytest.raises(ValueError, match="width"):
        render(harbour(), "text", width=5)


def test_formats_and_output_suffixes() -> None:
    assert FORMATS == ("text", "markdown", "json")
    assert format_for_path("out.JSON") == "json"
    assert format_for_path("notes.md") == "markdown"
    assert format_for_path("notes.markdown") == "markdown"
    assert format_for_path("summary.txt") == "text"
    assert format_for_path("summary") == "text"


def test_render_is_deterministic() -> None:
    for fmt in FORMATS:
        assert render(harbour(), fmt) == render(harbour(), fmt)


# ---------------------------------------------------------------- properties

_WORDS = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("  \n\t“”\x1b\x9b")),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip())


@st.composite
def briefings(draw: st.DrawFn) -> Briefing:
    bodies = draw(st.lists(_WORDS, min_size=1, max_size=5))
    blocks: list[Block] = []
    for index, body in enumerate(bodies):
        if index and draw(st.booleans()):
            blocks.append((BlockKind.HEADING, draw(st.integers(1, 3)), body))
        else:
            blocks.append((BlockKind.TEXT, 0, body))
    text = "\n\n".join(b for _, _, b in blocks)
    quote_words = [b for kind, _, b in blocks if kind is BlockKind.TEXT and text.count(b) == 1]
    quotes = [(w, draw(st.sampled_from(["ana-ruiz", "tom-baker", None]))) for w in quote_words]
    points = [(w, rank, draw(st.booleans())) for rank, w in enumerate(quote_words, 1)]
    return assemble(
        draw(_WORDS),
        blocks,
        quotes=quotes,
        speakers=HARBOUR_SPEAKERS,
        key_points=points,
        meta=Metadata(date=draw(st.none() | _WORDS)),
        source=draw(_WORDS),
    )


@settings(max_examples=150, deadline=None)
@given(briefings(), st.integers(20, 120))
def test_text_lines_fit_unless_one_word_is_too_long(doc: Briefing, width: int) -> None:
    out = render(doc, "text", width=width)
    assert out.endswith("\n")
    assert not _control_chars(out)
    for line in out.splitlines():
        assert len(line) <= width or len(line.split()) <= 2, line


@settings(max_examples=150, deadline=None)
@given(briefings())
def test_json_round_trips_offsets_for_any_briefing(doc: Briefing) -> None:
    out = render(doc, "json")
    assert not re.search("[\x7f-\x9f]", out)
    data = json.loads(out)
    assert data["text"] == doc.text
    for quote in data["quotes"]:
        assert data["text"][quote["start"] : quote["end"]] == quote["text"]
        assert 0 <= quote["section"] < len(data["sections"])


@settings(max_examples=100, deadline=None)
@given(briefings())
def test_markdown_never_carries_control_characters(doc: Briefing) -> None:
    assert not _control_chars(render(doc, "markdown"))


def test_render_analyses_a_briefing_that_was_only_loaded() -> None:
    doc = read_text("Harbour News\n\nThe council met on Monday. It approved the budget.\n")
    assert not doc.analysed
    data = json.loads(render(doc, "json"))
    assert data["title"] == "Harbour News"
    assert data["sections"] == [{"title": None, "start": 0, "end": len(data["text"])}]


@pytest.mark.parametrize("make", [harbour, hostile])
def test_json_pieces_are_one_indented_dump_of_the_dict(make) -> None:
    """The streamed JSON is, byte for byte, ``json.dumps`` of ``briefing_dict`` (indent 2)."""
    doc = make()
    dumped = json.dumps(briefing_dict(doc), ensure_ascii=False, indent=2) + "\n"
    pieces = list(render_pieces(doc, "json"))
    assert len(pieces) > 5  # a quote at a time, not one string
    assert "".join(pieces) == render(doc, "json")
    assert json.loads(render(doc, "json")) == json.loads(dumped)
    assert render(doc, "json") == re.sub("[\x7f-\x9f\u2028\u2029]", _escaped, dumped)


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def test_json_pieces_with_empty_lists_and_a_long_text() -> None:
    doc = read_text("Title\n\n" + "A line with “marks” and \\ and \x85.\n" * 4000, source="x")
    dumped = json.dumps(briefing_dict(analyse(doc)), ensure_ascii=False, indent=2) + "\n"
    assert render(doc, "json") == dumped.replace("\x85", "\\u0085")


@pytest.mark.parametrize("fmt", FORMATS)
def test_pieces_join_to_the_rendered_text(fmt: str) -> None:
    assert "".join(render_pieces(harbour(), fmt)) == render(harbour(), fmt)
    with pytest.raises(ValueError):
        render_pieces(harbour(), fmt, width=3)
