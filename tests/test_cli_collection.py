"""`briefing export DIR`, `briefing speakers DIR` and `briefing DIR` in a pipe (CliRunner)."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner, Result

from briefing import cli
from briefing.config import ENV_VAR
from tests.collection_fixtures import write_folder


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    empty = tmp_path_factory.mktemp("config") / "config.yaml"
    empty.write_text("")
    monkeypatch.setenv(ENV_VAR, str(empty))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli.cli, list(args), prog_name="briefing")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_folder(tmp_path / "in")
    return tmp_path / "in"


def test_export_of_a_folder_writes_one_digest(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    result = run("export", str(folder), "-o", str(target), "--jobs", "1")
    assert result.exit_code == 0, result.output
    digest = target.read_text(encoding="utf-8")
    assert digest.startswith("# Digest of 4 briefings\n")
    assert "## Harbour briefing" in digest and "## Quay finished" in digest
    assert "## Not read" in digest and "d\\_broken.txt" in digest
    assert "skipped 2 files (1 hidden, 1 not a briefing format)" in digest
    assert (
        result.stderr.startswith("briefing: cannot open ")
        and "d_broken.txt: binary" in result.stderr
    )
    people = digest.split("## Quotes by speaker across briefings")[1]
    assert people.index("### Jane Lee") < people.index("### Tom Okafor")
    again = run("export", str(folder), "-o", str(target))
    assert again.exit_code == 1 and "already exists; use --force" in again.stderr
    assert run("export", str(folder), "-o", str(target), "--force").exit_code == 0


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_digest_is_byte_identical_with_one_or_two_jobs(folder: Path, fmt: str) -> None:
    one = run("export", str(folder), "-f", fmt, "--jobs", "1")
    two = run("export", str(folder), "-f", fmt, "--jobs", "2")
    assert one.exit_code == 0 and one.stdout == two.stdout


def test_files_named_one_by_one_make_a_digest_too(folder: Path) -> None:
    files = sorted(str(path) for path in folder.glob("[abc]_*"))
    result = run("export", *files, "-f", "json")
    data = json.loads(result.stdout)
    assert [Path(b["path"]).name for b in data["briefings"]] == [Path(f).name for f in files]
    assert data["speakers"][0]["name"] == "Jane Lee"
    quote = data["speakers"][0]["quotes"][0]
    assert set(quote) == {"text", "briefing", "start", "end"}


def test_speakers_command_lists_people_across_briefings(folder: Path) -> None:
    text = run("speakers", str(folder), "--jobs", "1")
    assert text.exit_code == 0
    assert text.stdout.splitlines()[0] == "Jane Lee (3 quotes in 2 briefings)"
    assert "  2024-03-05  Quay finished: “Every crew has been trained" in text.stdout
    data = json.loads(run("speakers", str(folder), "--format", "json").stdout)
    okafor = next(p for p in data["speakers"] if p["name"] == "Tom Okafor")
    dates = [data["briefings"][q["briefing"]]["meta"]["date"] for q in okafor["quotes"]]
    assert dates == ["2024-03-05", "2024-03-02", "February 20, 2024"]


def test_a_folder_without_briefings_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".hidden.md").write_text("Hidden text here.")
    result = run("export", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("no briefings found (skipped 1 file (1 hidden))")


def test_reading_a_folder_in_a_pipe_prints_the_digest(folder: Path) -> None:
    result = run(str(folder), "--jobs", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith("Digest of 4 briefings\n")


def test_progress_bar_only_on_a_terminal(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "analysing" not in run("export", str(folder), "--jobs", "1").stderr
    terminal = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: stream is terminal)
    cli._summaries(cli._Many((str(folder),), False, 1, None, 1_000_000))
    drawn = terminal.getvalue()
    assert "\ranalysing [" in drawn and "4/4" in drawn
    assert drawn.index(" \rbriefing: cannot open") > drawn.index("4/4")  # bar erased first


class FakeApp:
    """Stands in for BriefingApp: records what the CLI passed for a reading list."""

    made: ClassVar[list[FakeApp]] = []

    def __init__(self, briefing: Any, **options: Any) -> None:
        self.briefing, self.options = briefing, options
        self.return_code = 0
        FakeApp.made.append(self)

    def run(self) -> None:
        pass


def test_a_folder_on_a_terminal_opens_the_reading_list(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakeApp.made = []
    module = types.ModuleType("briefing.ui.app")
    module.BriefingApp = FakeApp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "briefing.ui.app", module)
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: True)
    result = run(str(folder), "--jobs", "3", "-r")
    assert result.exit_code == 0, result.output
    (app,) = FakeApp.made
    assert app.briefing is None and app.options["jobs"] == 3
    assert [Path(name).name for name in app.options["found"].files][-1] == "deeper.md"


def test_a_non_web_address_in_a_collection_is_its_own_error(folder: Path) -> None:
    result = run("export", str(folder / "b_news.md"), "ftp://example.org/a.html", "-f", "json")
    briefings = json.loads(result.stdout)["briefings"]
    assert briefings[1]["error"] == "only http:// and https:// addresses can be opened"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_names_of_files_not_read_reach_the_digest_escaped(tmp_path: Path, fmt: str) -> None:
    """A broken file named with escape sequences was listed raw under "NOT READ" in the digest
    printed to the terminal (``export DIR -o -``): OSC 52 could write to the clipboard."""
    folder = tmp_path / "in"
    write_folder(folder)
    (folder / "e\x1b]52;c;aGk=\x07.txt").write_bytes(b"\x00\x01 not text")
    (folder / "f\x1b[2J.md").write_text("Quay news\n\nThe quay opened on Monday.\n")
    result = run("export", str(folder), "-f", fmt, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if fmt != "json":
        assert "e\\x1b" in result.stdout.replace("\\\\", "\\")
    else:
        sources = [b["source"] for b in json.loads(result.stdout)["briefings"]]
        assert all(source.isprintable() for source in sources)


def test_a_failed_rows_title_shows_the_name_escaped() -> None:
    """The reading list shows a file it could not read by its name: escaped, never raw."""
    from briefing.collection.summary import failed

    row = failed("notes\x1b]0;title\x07.txt", "binary data")
    assert row.title == row.source == "notes\\x1b]0;title\\x07.txt"
    assert row.path == "notes\x1b]0;title\x07.txt"  # still the name to open


def test_a_file_over_a_small_limit_names_the_limit_in_its_unit(tmp_path: Path) -> None:
    """``--max-size 10`` was reported as "larger than the 1e-05 MB limit"."""
    (tmp_path / "a.txt").write_text("Quay news\n\nThe quay opened on Monday.\n")
    (tmp_path / "b.txt").write_text("Dock news\n\nThe dock opened on Friday.\n")
    result = run("export", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--max-size", "10")
    assert "a.txt: larger than the 10 bytes limit" in result.stderr
