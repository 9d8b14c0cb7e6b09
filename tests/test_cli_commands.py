"""The command line in-process (click's CliRunner): routing, exports, errors, reader hand-off.

CliRunner's stdout is not a terminal, so ``briefing FILE`` prints the text summary here, just as
``briefing FILE | less`` does; the reader hand-off is tested by pretending stdout is a terminal
and replacing the Textual app with a stand-in.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner, Result

from briefing import __version__, cli
from briefing.config import ENV_VAR

SEED_TITLE = "No More Diplomacy: Talks With Russia Cancelled"
ARTICLE = (
    "Harbour Budget Approved\n\n"
    "The council approved the harbour budget on Monday. Work starts in spring.\n\n"
    "The Vote\n\n"
    "Seven members voted for the plan and two against it after a long debate.\n"
)


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the developer's own config file out of the tests."""
    empty = tmp_path_factory.mktemp("config") / "config.yaml"
    empty.write_text("")
    monkeypatch.setenv(ENV_VAR, str(empty))


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.cli, list(args), input=input, prog_name="briefing")


def assert_one_line_error(result: Result, expected_start: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(expected_start), lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE)
    return path


# ---------------------------------------------------------------- basics


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"briefing {__version__}\n"


def test_help_explains_default_command_pipe_and_export_file() -> None:
    result = run("--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "briefing ./export" in text
    assert "not a terminal" in text
    assert "export" in text and "BRIEFING_CONFIG" in text


def test_seed_json_acceptance() -> None:
    result = run("export", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == SEED_TITLE
    assert [s["title"] for s in data["sections"]] == [None, "The Details", "What Comes Next?"]
    assert data["source"] == "talks-with-russia-cancelled.txt"


def test_seed_is_the_default_for_reader_and_export() -> None:
    exported = run("export")
    shown = run()
    assert exported.exit_code == shown.exit_code == 0
    assert exported.stdout.startswith(SEED_TITLE + "\n")
    assert shown.stdout == exported.stdout


def test_reader_prints_summary_when_stdout_is_not_a_terminal(article: Path) -> None:
    result = run(str(article))
    assert result.exit_code == 0
    assert result.stdout.startswith("Harbour Budget Approved\n=====")
    assert "KEY POINTS" in result.stdout and "QUOTES BY SPEAKER" in result.stdout


def test_options_before_the_file_still_mean_the_reader(article: Path) -> None:
    result = run("--key-points", "1", str(article))
    assert result.exit_code == 0
    assert result.stdout.startswith("Harbour Budget Approved")


def test_a_file_named_export_opens_with_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("export").write_text(ARTICLE)
    assert run("./export").stdout.startswith("Harbour Budget Approved")
    assert run("export").stdout.startswith(SEED_TITLE)  # the bare name is the subcommand
    assert run("read", "export").stdout.startswith("Harbour Budget Approved")


def test_stdin_for_export_and_reader() -> None:
    for args in (("export", "-"), ("-",)):
        result = run(*args, input=ARTICLE)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("Harbour Budget Approved")
    data = json.loads(run("export", "-", "-f", "json", input=ARTICLE).stdout)
    assert data["source"] == "-"


def test_from_selects_the_input_format_for_stdin() -> None:
    result = run(
        "export", "-", "--from", "markdown", "-f", "json", input="# Plain *Title*\n\nBody."
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Plain Title"


# ---------------------------------------------------------------- export options


@pytest.mark.parametrize(
    ("suffix", "check"),
    [
        (".json", lambda text: json.loads(text)["title"] == "Harbour Budget Approved"),
        (".md", lambda text: text.startswith("# Harbour Budget Approved\n")),
        (".txt", lambda text: text.startswith("Harbour Budget Approved\n=")),
    ],
)
def test_output_format_follows_the_file_name(
    article: Path, tmp_path: Path, suffix: str, check: Any
) -> None:
    target = tmp_path / f"out{suffix}"
    result = run("export", str(article), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert check(target.read_text())


def test_explicit_format_beats_the_file_name(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert run("export", str(article), "-f", "markdown", "-o", str(target)).exit_code == 0
    assert target.read_text().startswith("# Harbour")


def test_dash_output_is_stdout(article: Path) -> None:
    result = run("export", str(article), "-o", "-", "-f", "markdown")
    assert result.stdout.startswith("# Harbour Budget Approved")


def test_existing_output_needs_force(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("precious")
    result = run("export", str(article), "-o", str(target))
    assert_one_line_error(
        result, f"briefing: cannot write {target}: already exists; use --force to overwrite"
    )
    assert target.read_text() == "precious"
    assert run("export", str(article), "-o", str(target), "--force").exit_code == 0
    assert target.read_text().startswith("Harbour Budget Approved")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt", "out.txt"]


def test_unwritable_output_leaves_nothing(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "harbour.txt" / "out.txt"  # parent is a file
    result = run("export", str(article), "-o", str(target), "--force")
    assert_one_line_error(result, f"briefing: cannot write {target}: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt"]


def test_width_option_and_config(article: Path, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)  # a short source path: one word longer than the width may overflow

    def widest(*args: str) -> int:
        result = run("export", article.name, *args)
        assert result.exit_code == 0, result.output
        return max(len(line) for line in result.stdout.splitlines())

    assert widest("--width", "30") <= 30
    config = tmp_path / "settings.yaml"
    config.write_text("width: 35\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    assert 30 < widest() <= 35
    assert widest("--width", "30") <= 30  # the command line beats the config file


def test_key_points_option_and_config(tmp_path: Path, monkeypatch: Any) -> None:
    def count(*args: str) -> int:
        result = run("export", "-f", "json", *args)
        assert result.exit_code == 0, result.output
        return len(json.loads(result.stdout)["key_points"])

    assert count("--key-points", "1") <= 1
    config = tmp_path / "settings.yaml"
    config.write_text("key_points: 2\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    assert count() <= 2
    assert count("--key-points", "1") <= 1


# ---------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    for args in ((str(missing),), ("export", str(missing))):
        assert_one_line_error(run(*args), f"briefing: cannot open {missing}: ")


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("export", str(tmp_path)), f"briefing: cannot open {tmp_path}: ")


def test_unreadable_file(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file, so the permission error is simulated at the OS boundary."""
    real_open = open

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(article):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    real_read_bytes = Path.read_bytes

    def deny_bytes(self: Path) -> bytes:
        if str(self) == str(article):
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr("builtins.open", deny)
    monkeypatch.setattr(Path, "read_bytes", deny_bytes)
    assert_one_line_error(run("export", str(article)), f"briefing: cannot open {article}: ")


def test_binary_data(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert_one_line_error(run("export", str(path)), f"briefing: cannot open {path}: ")


def test_empty_file_and_empty_stdin(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    assert_one_line_error(run("export", str(path)), f"briefing: cannot open {path}: ")
    assert_one_line_error(run("export", "-", input=""), "briefing: cannot open -: ")


def test_malformed_yaml_briefing(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text("title: Budget\nbody: [unclosed\n")
    result = run("export", str(path))
    assert_one_line_error(result, f"briefing: cannot open {path}: ")
    assert "line" in result.stderr and "column" in result.stderr


def test_unknown_input_format(article: Path) -> None:
    assert_one_line_error(
        run("export", str(article), "--from", "pdf"), f"briefing: cannot open {article}: "
    )


def test_malformed_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("width: [\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    result = run("export")
    assert_one_line_error(result, f"briefing: cannot open {config}: YAML error at line 2")


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "pdf"),
        ("export", "--width", "5"),
        ("export", "--key-points", "0"),
        ("--key-points", "many"),
        ("--bogus",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Error:" in result.stderr


def test_ctrl_c_exits_130_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing.load.read", interrupted)
    result = run("export")
    assert result.exit_code == 130
    assert result.stdout == "" and result.stderr.strip() == ""


def test_ctrl_c_wrapped_by_python_while_a_class_is_built_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python 3.11 turns Ctrl-C inside ``__set_name__`` (a dataclass built during a lazy
    import) into a RuntimeError; it printed "internal error" instead of exiting 130."""

    def interrupted_while_importing(*args: Any, **kwargs: Any) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as interrupt:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from interrupt

    monkeypatch.setattr("briefing.analysis.analyse", interrupted_while_importing)
    monkeypatch.delenv(cli.DEBUG_VAR, raising=False)
    with pytest.raises(SystemExit) as caught:
        cli.main(["export"])
    assert caught.value.code == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == ""


def test_main_turns_an_unexpected_bug_into_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("briefing.analysis.analyse", broken)
    monkeypatch.delenv(cli.DEBUG_VAR, raising=False)
    with pytest.raises(SystemExit) as caught:
        cli.main(["export"])
    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "briefing: internal error: RuntimeError: boom (set BRIEFING_DEBUG=1 to see the traceback)"
    ]


# ---------------------------------------------------------------- reader hand-off


class FakeApp:
    """Stands in for briefing.ui.app.BriefingApp: records what the CLI passed and 'runs'."""

    made: ClassVar[list[FakeApp]] = []

    def __init__(
        self,
        briefing: Any,
        *,
        key_points: int | None = None,
        theme: str | None = None,
        reload: Any = None,
        measure: int | None = None,
        rest: Any = None,
        shown: float = 1.0,
    ):
        self.briefing, self.key_points, self.theme = briefing, key_points, theme
        self.reload, self.measure = reload, measure
        self.rest, self.shown = rest, shown
        self.return_code: int | None = 3
        self.ran = False
        FakeApp.made.append(self)

    def run(self) -> None:
        self.ran = True


@pytest.fixture
def fake_terminal(monkeypatch: pytest.MonkeyPatch) -> list[FakeApp]:
    FakeApp.made = []
    module = types.ModuleType("briefing.ui.app")
    module.BriefingApp = FakeApp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "briefing.ui.app", module)
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: True)
    return FakeApp.made


@pytest.fixture
def piped_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdout stays a terminal, stdin is not one (CliRunner swaps sys.stdin during a run)."""
    monkeypatch.setattr(cli, "_is_terminal", lambda stream: stream is not sys.stdin)


def test_reader_gets_the_loaded_unanalysed_briefing_and_settings(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp]
) -> None:
    config = tmp_path / "settings.yaml"
    config.write_text("theme: nord\nkey_points: 4\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    result = run(str(article), "--key-points", "2")
    assert result.exit_code == 3  # the app's return code
    (app,) = fake_terminal
    assert app.ran and app.key_points == 2 and app.theme == "nord"
    assert app.briefing.title == "Harbour Budget Approved"
    assert not app.briefing.analysed
    assert app.reload().title == "Harbour Budget Approved"  # R reads the same file again


def test_a_very_long_file_opens_on_its_beginning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp]
) -> None:
    """The reader gets the beginning and how to read the whole; export still reads all."""
    import briefing.load

    monkeypatch.setattr(briefing.load, "PREVIEW_FROM", 2_000)
    monkeypatch.setattr(briefing.load, "PREVIEW_CHARS", 500)
    article = tmp_path / "long.txt"
    body = "\n\n".join(f"Paragraph {n} says the harbour needs cranes." for n in range(200))
    article.write_text(f"Harbour\n\n{body}\n", encoding="utf-8")
    run(str(article))
    (app,) = fake_terminal
    assert app.rest is not None and 0 < app.shown < 0.1
    whole = app.rest()
    assert len(app.briefing.text) < len(whole.text) // 10
    assert whole == briefing.load.read(article)


def test_measure_flag_then_config_then_the_readers_default(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp]
) -> None:
    config = tmp_path / "settings.yaml"
    config.write_text("measure: 70\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    run(str(article), "--measure", "0")
    run(str(article))
    config.write_text("")
    run(str(article))
    assert [app.measure for app in fake_terminal] == [0, 70, None]
    assert run(str(article), "--measure", "-3").exit_code == 2


def test_theme_flag_then_textual_theme_then_config(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp]
) -> None:
    config = tmp_path / "settings.yaml"
    config.write_text("theme: nord\n")
    monkeypatch.setenv(ENV_VAR, str(config))
    monkeypatch.setenv("TEXTUAL_THEME", "textual-light")
    run(str(article))
    run(str(article), "--theme", "dracula")
    monkeypatch.delenv("TEXTUAL_THEME")
    run(str(article))
    assert [app.theme for app in fake_terminal] == ["textual-light", "dracula", "nord"]


def test_reader_load_errors_come_before_the_screen(
    tmp_path: Path, fake_terminal: list[FakeApp]
) -> None:
    assert_one_line_error(run(str(tmp_path / "missing.txt")), "briefing: cannot open ")
    assert fake_terminal == []


def test_piped_document_reattaches_the_terminal(
    monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp], piped_stdin: None
) -> None:
    attached: list[str | None] = []
    monkeypatch.setattr(cli, "_attach_terminal", lambda file: attached.append(file))
    result = run("-", input=ARTICLE)
    assert result.exit_code == 3
    assert attached == ["-"]
    assert fake_terminal[0].briefing.source == "-"


def test_piped_document_without_any_terminal_suggests_export(
    monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp], piped_stdin: None
) -> None:
    def no_tty(path: str, flags: int) -> int:
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(cli.os, "open", no_tty)
    result = run("-", input=ARTICLE)
    assert_one_line_error(result, "briefing: cannot open -: no terminal to read keys from")
    assert "briefing export -" in result.stderr
    assert fake_terminal == []


def test_file_with_stdin_redirected_and_no_terminal_suggests_export(
    article: Path, monkeypatch: pytest.MonkeyPatch, fake_terminal: list[FakeApp], piped_stdin: None
) -> None:
    def no_tty(path: str, flags: int) -> int:
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(cli.os, "open", no_tty)
    result = run(str(article), input="")
    assert_one_line_error(
        result,
        f"briefing: cannot open {article}: no terminal to read keys from; "
        f"use `briefing export {article}` for a summary",
    )
    assert fake_terminal == []


@pytest.mark.parametrize(("given", "heading"), [("md", "# "), ("MD", "# "), ("txt", "")])
def test_output_format_aliases(article: Path, given: str, heading: str) -> None:
    """``--format md`` was a usage error, though ``--from md`` and ``-o x.md`` both work."""
    result = run("export", str(article), "--format", given)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(heading) and not result.stdout.startswith("{")


def test_an_unknown_output_format_is_a_usage_error_shown_escaped(article: Path) -> None:
    result = run("export", str(article), "--format", "x\x1b[2J")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "'x\\x1b[2J' is not one of" in result.stderr
