"""``read_beginning``: a very long text opens on its beginning, and ``rest`` gives what ``read``
gives; whatever ``read`` refuses is still refused before anything is shown."""

from __future__ import annotations

import pytest

import briefing.load as load
from briefing import read
from briefing.errors import BriefingError
from briefing.load import preview_end, read_beginning


def _report(paragraphs: int) -> str:
    body = "\n\n".join(
        f"Paragraph {n} of the harbour report says the quay needs {n} new cranes."
        for n in range(paragraphs)
    )
    return f"The Harbour Report\n\n{body}\n"


@pytest.fixture
def small_limits(monkeypatch):
    """Preview from 2,000 characters on, about 500 of them, so tests stay small."""
    monkeypatch.setattr(load, "PREVIEW_FROM", 2_000)
    monkeypatch.setattr(load, "PREVIEW_CHARS", 500)


def test_a_short_text_is_read_whole_at_once(tmp_path, small_limits):
    path = tmp_path / "short.txt"
    path.write_text(_report(5), encoding="utf-8")
    opening = read_beginning(path)
    assert opening.rest is None and opening.shown == 1.0
    assert opening.first == read(path)


def test_a_long_text_opens_on_its_beginning_and_rest_reads_the_whole(tmp_path, small_limits):
    path = tmp_path / "long.txt"
    path.write_text(_report(200), encoding="utf-8")
    opening = read_beginning(path)
    whole = read(path)
    assert opening.rest is not None
    assert opening.first.title == whole.title == "The Harbour Report"
    assert 400 <= len(opening.first.text) < len(whole.text) // 4
    # The beginning is the whole's beginning, cut between paragraphs.
    assert whole.text.startswith(opening.first.text)
    assert opening.first.paragraphs == whole.paragraphs[: len(opening.first.paragraphs)]
    assert 0 < opening.shown < 0.25
    assert opening.rest() == whole


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (b"\xff\xfe broken", "UTF-8"),
        (b"\x00" * 64, "binary"),
    ],
)
def test_a_fault_after_the_beginning_is_refused_before_anything_shows(
    tmp_path, small_limits, tail, reason
):
    path = tmp_path / "faulty.txt"
    path.write_bytes(_report(200).encode() + tail)
    with pytest.raises(BriefingError) as read_error:
        read(path)
    with pytest.raises(BriefingError) as beginning_error:
        read_beginning(path)
    assert str(beginning_error.value) == str(read_error.value)


def test_over_the_size_limit_is_refused_as_read_refuses_it(tmp_path, small_limits):
    path = tmp_path / "big.txt"
    path.write_text(_report(200), encoding="utf-8")
    with pytest.raises(BriefingError, match="larger than"):
        read_beginning(path, max_size=1_000)


def test_the_beginning_holds_the_whole_front_matter(tmp_path, small_limits):
    """Front matter longer than a beginning is not cut in two (it would show as text)."""
    front = "---\n" + "".join(f"note{n}: a long front matter value number {n}\n" for n in range(40))
    path = tmp_path / "front.md"
    path.write_text(front + "title: Harbour\n---\n\n" + _report(100), encoding="utf-8")
    opening = read_beginning(path)
    whole = read(path)
    assert opening.rest is not None
    assert opening.first.title == whole.title == "Harbour"
    assert opening.first.meta == whole.meta
    assert whole.text.startswith(opening.first.text)


def test_yaml_is_never_cut(tmp_path, small_limits):
    body = "".join(f"  Paragraph {n} of the harbour report, long enough.\n\n" for n in range(200))
    path = tmp_path / "briefing.yaml"
    path.write_text(f"title: Harbour\nbody: |\n{body}", encoding="utf-8")
    opening = read_beginning(path)
    assert opening.rest is None
    assert opening.first == read(path)


def test_markdown_opens_on_its_beginning(tmp_path, small_limits):
    path = tmp_path / "long.md"
    path.write_text("# Harbour\n\n" + _report(200), encoding="utf-8")
    opening = read_beginning(path)
    assert opening.rest is not None
    assert opening.first.title == "Harbour"
    assert opening.rest() == read(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 7 + "\n\n" + "b" * 10, 7),  # the next paragraph break after 5 characters
        ("a" * 7 + "\n \t\n" + "b" * 10, 7),  # a blank line holding spaces is a break too
        ("a" * 6 + "\n" + "b" * 10, 6),  # no paragraph break in reach: the next line break
        ("a" * 12 + "\n\n" + "b" * 10, 5),  # no break within twice the size: cut at the size
    ],
)
def test_preview_end(text, expected):
    assert preview_end(text, 5) == expected
