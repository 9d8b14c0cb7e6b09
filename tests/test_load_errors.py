"""Bad input of every kind gets a BriefingError with a clear reason, never a traceback."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.load import read, read_text


def reason(source: object, fmt: str | None = None) -> str:
    with pytest.raises(BriefingError) as caught:
        read(source, fmt=fmt)  # type: ignore[arg-type]
    return caught.value.reason


def test_missing_file(tmp_path: Path) -> None:
    assert reason(tmp_path / "nope.txt") == "no such file"


def test_directory(tmp_path: Path) -> None:
    assert reason(tmp_path) == "is a directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nText.")
    path.chmod(0)
    try:
        assert reason(path) == "permission denied"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n \n", "empty"),
        (b"\xef\xbb\xbf\n\n", "empty"),
        (b"Title\n\nsome \x00 text", "NUL"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\x89PNG\r\n", "PNG"),
        (b"\xff\xfeT\x00i\x00", "UTF-16"),
        (b"Title\n\ncaf\xe9 au lait", "not valid UTF-8 (byte 10, line 3)"),
    ],
)
def test_bad_bytes(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert words in reason(path)


def test_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nText.")
    assert "unknown format 'docx'" in reason(path, fmt="docx")
    assert "unknown format 'docx'" in reason(tmp_path / "missing.txt", fmt="docx")


def test_unknown_extension_reads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.article"
    path.write_text("Title\n\nText.")
    assert read(path).format == "text"


def test_format_by_extension_and_alias(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nText *here*.")
    assert read(path).format == "markdown"
    assert read(path, fmt="txt").format == "text"


def test_bom_crlf_and_cr(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle Here\r\n\r\nLine one\r\nline two.\rAnd\r\rNext.")
    doc = read(path)
    assert doc.title == "Title Here"
    # one paragraph per unwrapped line that ends a sentence (plain.py's single-break rule)
    assert doc.text == "Line one line two.\n\nAnd\n\nNext."


def test_stdin_and_file_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Title\n\nFrom stdin."))
    monkeypatch.setattr(sys, "stdin", fake)
    doc = read("-")
    assert (doc.source, doc.text) == ("-", "From stdin.")
    doc = read(io.BytesIO(b"Title\n\nFrom bytes."), fmt="text")
    assert doc.text == "From bytes."
    doc = read(io.StringIO("Title\n\nFrom a string."), fmt="text")
    assert doc.text == "From a string."


def test_huge_line_and_many_lines_load() -> None:
    line = "word " * 200_000
    doc = read_text(f"Title\n\n{line}\n\n" + "short line\n" * 50_000, source="big.txt")
    assert len(doc.paragraphs) == 2


def test_only_noise_is_refused() -> None:
    with pytest.raises(BriefingError, match="no readable text"):
        read_text("\x1b[31m\x1b[0m\n-----\n", source="noise.txt")


def test_inputs_that_once_backtracked_load() -> None:
    """Runs of spaces after a '#' and long runs of dots made regexes quadratic (seconds per KB);
    these must load in linear time (a regression shows up as a very slow test)."""
    from briefing.analysis.text.sentences import split_sentences

    spaces = " " * 50_000
    for text, fmt in [
        (f"Title\n\n# a{spaces}b\n\nText.", "text"),
        (f"# a{spaces}b\n\nText.", "markdown"),
        ("Title\n\nWord " + "." * 50_000 + "x end.", "text"),
        ("Words " + "*a " * 20_000 + "end.", "markdown"),
    ]:
        doc = read_text(text, source="x", fmt=fmt)
        split_sentences(doc.text, doc.paragraphs)
