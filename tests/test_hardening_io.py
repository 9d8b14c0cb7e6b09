"""Regression tests for the input/output findings of the hardening audit (issue 13, section 2):
escapes in file names, the input size limit, YAML values that broke the loader, OS errors,
special files and odd paths for ``-o``, and temporary files left by SIGTERM/SIGHUP.

Each test reproduces one finding as a user (or a script) would meet it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

import briefing
from briefing import cli
from briefing.config import ENV_VAR, parse_config
from briefing.errors import BriefingError, printable
from briefing.export import write_export
from briefing.load.decode import DEFAULT_MAX_SIZE, format_size, parse_size, read_bytes

ARTICLE = "Harbour Budget Approved\n\nThe council approved the harbour budget on Monday.\n"
ESCAPE_NAME = "a\x1b]52;c;aGVsbG8=\x07b\x1b[31m.txt"  # OSC 52 (clipboard) and a colour


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    empty = tmp_path_factory.mktemp("config") / "config.yaml"
    empty.write_text("")
    monkeypatch.setenv(ENV_VAR, str(empty))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE)
    return path


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.cli, list(args), input=input, prog_name="briefing")


def one_line_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.stderr
    return lines[0]


def briefing_process(*args: str, cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ}
    environment.pop("BRIEFING_DEBUG", None)
    environment[ENV_VAR] = os.environ[ENV_VAR]
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        env=environment,
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- escapes in file names


def test_printable_escapes_controls_and_keeps_ordinary_names() -> None:
    assert printable("notes 2024 – draft.md") == "notes 2024 – draft.md"
    assert printable("a\u00a0b") == "a\u00a0b"  # a no-break space is a space, not a control
    assert printable("a\x1b[31mb") == "a\\x1b[31mb"
    assert printable("a\x9bb\u202ec\nd\udcff") == "a\\x9bb\\u202ec\\nd\\udcff"


@given(st.text())
def test_printable_output_has_no_control_characters(name: str) -> None:
    shown = printable(name)
    assert all(char.isprintable() or unicodedata.category(char) == "Zs" for char in shown)
    assert printable(shown) == shown
    if name.isprintable():
        assert shown == name


def test_escape_sequences_in_a_missing_input_name_are_shown_escaped() -> None:
    line = one_line_error(run("export", ESCAPE_NAME))
    assert "\x1b" not in line and "\x07" not in line
    assert "a\\x1b]52;c;aGVsbG8=\\x07b\\x1b[31m.txt: no such file" in line


def test_escape_sequences_in_an_output_name_are_shown_escaped(article: Path) -> None:
    line = one_line_error(run("export", str(article), "-o", f"missing/{ESCAPE_NAME}"))
    assert line.startswith("briefing: cannot write missing/a\\x1b]52")
    assert "\x1b" not in line


def test_a_file_named_with_escapes_is_read_and_its_source_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / ESCAPE_NAME
    path.write_text(ARTICLE)
    doc = briefing.read(path)
    assert "\x1b" not in doc.source and "\\x1b" in doc.source
    result = run("export", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in json.loads(result.stdout)["source"]


def test_briefing_error_messages_are_printable() -> None:
    assert "\x1b" not in str(BriefingError("x\x1b]0;title\x07", "reason \x1b[2J"))


# ---------------------------------------------------------------- input size


def test_size_parsing_and_formatting() -> None:
    assert parse_size("100MB") == parse_size("100 mb") == DEFAULT_MAX_SIZE == 100_000_000
    assert parse_size("5M") == 5_000_000 and parse_size("1.5GB") == 1_500_000_000
    assert parse_size("512KiB") == 512 * 1024 and parse_size(2000) == 2000
    assert format_size(DEFAULT_MAX_SIZE) == "100 MB" and format_size(1500) == "1,500 bytes"
    for bad in ("lots", "5 parsecs", "0", True):
        with pytest.raises(ValueError):
            parse_size(bad)  # type: ignore[arg-type]


def test_a_character_device_stops_at_the_limit() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    line = one_line_error(run("export", "/dev/zero", "--max-size", "1MB"))
    assert line == "briefing: cannot open /dev/zero: larger than 1 MB"


def test_an_endless_stream_is_read_in_bounded_chunks() -> None:
    class Endless:
        name = "endless"
        handed_out = 0

        def read(self, size: int = -1) -> bytes:
            assert 0 < size <= 1 << 20, "every read is a bounded chunk"
            self.handed_out += size
            return b"a" * size

    stream = Endless()
    with pytest.raises(BriefingError, match="larger than 3 MB"):
        read_bytes(stream, max_size=3_000_000)  # type: ignore[arg-type]
    assert stream.handed_out <= 3_000_001


def test_an_endless_pipe_on_stdin_stops_at_the_limit(tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys\nwhile True: sys.stdout.write('word ' * 1000)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        done = briefing_process(
            "export", "-", "--max-size", "2MB", cwd=tmp_path, stdin=writer.stdout
        )
    finally:
        writer.kill()
        writer.wait()
        assert writer.stdout is not None
        writer.stdout.close()
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "briefing: cannot open -: larger than 2 MB"


def test_a_fifo_is_read_up_to_the_limit_too(tmp_path: Path) -> None:
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    writer = subprocess.Popen(
        [sys.executable, "-c", f"f = open({str(fifo)!r}, 'w')\nwhile True: f.write('x ' * 999)"],
        stderr=subprocess.DEVNULL,
    )
    try:
        done = briefing_process("export", str(fifo), "--max-size", "1MB", cwd=tmp_path)
    finally:
        writer.kill()
        writer.wait()
    assert done.stderr.decode().strip() == f"briefing: cannot open {fifo}: larger than 1 MB"


def test_the_config_file_sets_the_limit_and_the_option_beats_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE + "More words here. " * 200)
    config = tmp_path / "config.yaml"
    config.write_text("max_size: 1KB\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    assert one_line_error(run("export", str(big))).endswith("larger than 1 KB")
    assert run("export", str(big), "--max-size", "1MB").exit_code == 0
    assert parse_config("max_size: 2000\n", source="c").max_size == 2000
    with pytest.raises(BriefingError, match="max_size"):
        parse_config("max_size: huge\n", source="c")


def test_a_bad_max_size_option_is_a_usage_error(article: Path) -> None:
    result = run("export", str(article), "--max-size", "lots")
    assert result.exit_code == 2 and "--max-size" in result.stderr


# ---------------------------------------------------------------- YAML values


BAD_VALUES = [
    ("date: 2022-13-45\n", "line {line}, column 7"),
    (f"count: {'9' * 5000}\n", "line {line}, column 8"),
    ("deep: " + "[" * 1000 + "]" * 1000 + "\n", "line {line}, column"),
    ("deep: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n", "line {line}, column"),
]


@pytest.mark.parametrize(("value", "where"), BAD_VALUES)
def test_bad_yaml_values_are_yaml_errors_in_every_kind_of_file(value: str, where: str) -> None:
    with pytest.raises(BriefingError) as caught:
        briefing.read_text(f"title: T\n{value}body: Some text.\n", source="a.yaml", fmt="yaml")
    assert f"YAML error at {where.format(line=2)}" in str(caught.value)
    front = f"---\ntitle: T\n{value}---\nSome text.\n"
    with pytest.raises(BriefingError) as caught:
        briefing.read_text(front, source="a.md", fmt="markdown")
    assert f"YAML error at {where.format(line=3)}" in str(caught.value)
    with pytest.raises(BriefingError) as caught:
        parse_config(f"width: 60\n{value}", source="config.yaml")
    assert f"YAML error at {where.format(line=2)}" in str(caught.value)


def test_a_bad_yaml_value_in_the_cli_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: T\ndate: 2022-13-45\nbody: Some text.\n")
    line = one_line_error(run("export", str(path)))
    assert line.startswith(f"briefing: cannot open {path}: YAML error at line 2, column 7")


@pytest.mark.parametrize("entry", ['- name: ""', "- name: '   '", '- ""'])
def test_an_empty_speaker_name_is_refused_with_its_line(entry: str) -> None:
    text = f"title: T\nbody: Some text.\nspeakers:\n  - Jane Roe\n  {entry}\n"
    with pytest.raises(BriefingError, match=r"speakers\[1\] at line 5 has an empty name"):
        briefing.read_text(text, source="a.yaml", fmt="yaml")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("!!bool maybe", "invalid value 'maybe' for tag:yaml.org,2002:bool"),
        ("!!timestamp 2022-02-30x", "invalid value '2022-02-30x' for tag:yaml.org,2002:timestamp"),
        ("!!seq {a: 1}", "expected a sequence node, but found mapping"),
        ("!!int 'twelve'", "invalid value 'twelve'"),
    ],
)
def test_values_that_do_not_fit_their_tag_are_yaml_errors(value: str, problem: str) -> None:
    with pytest.raises(BriefingError) as caught:
        briefing.read_text(f"title: T\nrole: {value}\nbody: x\n", source="a.yaml", fmt="yaml")
    assert f"YAML error at line 2, column 7: {problem}" in str(caught.value)


_YAML_PIECES = [
    "title: ", "body: ", "date: ", "speakers:\n", "  - ", "name: ", "aliases: ", "key_points:\n",
    "sections:\n", "[", "]", "{", "}", ", ", ": ", "\n", "  ", "- ", "!!binary aGVsbG8=",
    "!!set {a, b}", "!!timestamp 2022-02-30", "2022-13-45", "2022-02-28T25:00:00", "9" * 60,
    "1e400", "&a x", "*a", "<<: *a", "<<: 3", "? ", "~", "Hello there.", "|\n  text\n", "---\n",
    "%YAML 1.1\n", "!!omap [1]", "!!pairs {a: 1}", "1:2:3", "!!int 'x'", "!!bool maybe",
    "!!str [1]", "!!map [1]", "!!seq {a: 1}", "!!python/object:os.system", "!x y", "width: ",
    "max_size: ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_YAML_PIECES), max_size=25).map("".join))
def test_any_yaml_raises_briefing_error_only(text: str) -> None:
    """Fragments of valid and broken YAML: the API raises BriefingError or nothing."""
    for attempt in (
        lambda: briefing.read_text(text, source="a.yaml", fmt="yaml"),
        lambda: briefing.read_text(f"---\n{text}\n---\nSome text.\n", source="a.md"),
        lambda: parse_config(text, source="config.yaml"),
    ):
        with contextlib.suppress(BriefingError):
            attempt()


# ---------------------------------------------------------------- OS errors


def test_a_too_long_input_name_is_one_line() -> None:
    line = one_line_error(run("export", "n" * 300))
    assert line.endswith(": file name too long")


def test_a_too_long_output_name_is_one_line(article: Path, tmp_path: Path) -> None:
    line = one_line_error(run("export", str(article), "-o", str(tmp_path / ("n" * 300))))
    assert line.startswith("briefing: cannot write ") and line.endswith(": file name too long")


def test_a_long_but_legal_output_name_still_gets_a_temporary_file(
    article: Path, tmp_path: Path
) -> None:
    target = tmp_path / ("n" * 250)
    assert run("export", str(article), "-o", str(target)).exit_code == 0
    assert target.read_text().startswith("Harbour Budget Approved")


def test_a_full_stdout_is_an_error(article: Path, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        done = briefing_process("export", str(article), cwd=tmp_path, stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "briefing: cannot write -: No space left on device"


@pytest.mark.parametrize("command", [("export",), ()])
def test_a_closed_stdout_is_an_error(
    command: tuple[str, ...], article: Path, tmp_path: Path
) -> None:
    done = briefing_process(
        *command, str(article), cwd=tmp_path, stdout=None, preexec_fn=lambda: os.close(1)
    )
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "briefing: cannot write -: standard output is closed"


# ---------------------------------------------------------------- special files and odd paths


def test_force_never_replaces_a_fifo(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    line = one_line_error(run("export", str(article), "-o", str(fifo), "--force"))
    assert "is a FIFO (named pipe), not a file" in line
    assert fifo.is_fifo()


def test_force_never_replaces_a_symlink(article: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep me")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    line = one_line_error(run("export", str(article), "-o", str(link), "--force"))
    assert "is a symbolic link" in line
    assert link.is_symlink() and real.read_text() == "keep me"


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_dev_stdout_as_output_suggests_dash(force: tuple[str, ...], article: Path) -> None:
    if not Path("/dev/stdout").is_symlink():
        pytest.skip("/dev/stdout is not a symbolic link here")
    line = one_line_error(run("export", str(article), "-o", "/dev/stdout", *force))
    assert line.endswith("use -o -")


def test_a_trailing_slash_names_a_folder_that_must_exist(article: Path, tmp_path: Path) -> None:
    line = one_line_error(run("export", str(article), "-o", f"{tmp_path}/newdir/"))
    assert line.endswith("newdir/: no such folder (a name ending in / is a folder, not a file)")
    assert not (tmp_path / "newdir").exists()
    with pytest.raises(BriefingError, match="is a directory"):
        write_export(f"{tmp_path}/", "x")


def test_empty_names_are_called_empty(article: Path) -> None:
    assert one_line_error(run("export", "")).endswith("'': the file name is empty")
    line = one_line_error(run("export", str(article), "-o", ""))
    assert line == "briefing: cannot write '': the file name is empty"


# ---------------------------------------------------------------- signals during a write

_WRITE_AND_GET_SIGNALLED = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from briefing.export import write_export

    def fsync_then_signal(fd):
        os.kill(os.getpid(), getattr(signal, sys.argv[2]))

    os.fsync = fsync_then_signal
    signal.signal(getattr(signal, sys.argv[2]), getattr(signal, sys.argv[3]))
    write_export(Path(sys.argv[1]) / "summary.md", "content\\n")
    """
)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_terminating_signal_during_a_write_leaves_no_temporary_file(
    name: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _WRITE_AND_GET_SIGNALLED, str(out), name, "SIG_DFL"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == -getattr(signal, name), done.stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_an_ignored_signal_stays_ignored_during_a_write(name: str, tmp_path: Path) -> None:
    """Under ``nohup`` (SIGHUP ignored) a hang-up must not end the export: the write caught
    the signal anyway and exited 129 (found when the suite ran from a background job)."""
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _WRITE_AND_GET_SIGNALLED, str(out), name, "SIG_IGN"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [path.name for path in out.iterdir()] == ["summary.md"]
