"""Key points in the exports: a transcript point shows its speaker, and each section's own
points appear in Markdown ("Key points by section") and JSON (``section_key_points``)."""

from __future__ import annotations

import json
from dataclasses import replace

from export_samples import harbour

from briefing.export import render
from briefing.model import Briefing, KeyPoint


def _with_points() -> Briefing:
    """The harbour sample with one point said by a known speaker and per-section points."""
    doc = harbour()
    first = doc.key_points[0]
    spoken = replace(first, speaker="ana-ruiz")
    unknown = replace(doc.key_points[1], speaker="nobody-known")
    per_section = [() for _ in doc.sections]
    per_section[1] = (KeyPoint(first.text, first.start, first.end, 1, "ana-ruiz"),)
    per_section[3] = (replace(doc.key_points[1], rank=1),)
    return replace(
        doc,
        key_points=(spoken, unknown, *doc.key_points[2:]),
        section_key_points=tuple(per_section),
    )


def test_json_points_carry_a_known_speaker_id_or_null() -> None:
    data = json.loads(render(_with_points(), "json"))
    assert [p["speaker"] for p in data["key_points"]] == ["ana-ruiz", None, None]


def test_json_section_key_points_have_the_point_fields_and_the_section() -> None:
    doc = _with_points()
    data = json.loads(render(doc, "json"))
    points = data["section_key_points"]
    assert [p["section"] for p in points] == [1, 3]
    assert all(set(p) == {"text", "start", "end", "rank", "speaker", "section"} for p in points)
    assert points[0]["speaker"] == "ana-ruiz"
    for point in points:
        assert data["text"][point["start"] : point["end"]] == point["text"]


def test_markdown_and_text_show_the_speaker_before_the_point() -> None:
    doc = _with_points()
    expected = f"Ana Ruiz: {doc.key_points[0].text[:30]}"
    assert f"1. {expected}" in render(doc, "markdown")
    assert expected in " ".join(render(doc, "text", width=200).split())
    # an id the briefing does not know gets no name
    assert "nobody-known" not in render(doc, "markdown")


def test_markdown_lists_key_points_by_section_under_their_labels() -> None:
    out = render(_with_points(), "markdown")
    block = out.split("## Key points by section\n\n", 1)[1].split("\n\n## ", 1)[0]
    lines = block.splitlines()
    assert lines[0] == "### The Vote"
    assert lines[2].startswith("1. Ana Ruiz: ")
    assert "### Timeline" in lines
    assert "### What Happens Next" not in lines  # a section without points of its own


def test_no_section_block_without_section_points() -> None:
    assert "Key points by section" not in render(harbour(), "markdown")
