"""Start-up: what ``import briefing``, ``briefing.model`` and ``briefing --version`` load, the
CLI's copies of format constants, and Ctrl-C while Python is still importing the command line.

Speed itself is measured in benchmarks/startup.py; here only what gets imported is checked.
"""

from __future__ import annotations

import importlib.abc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from briefing import __main__ as entry
from briefing import cli, export, load

HEAVY = ("briefing.analysis", "textual", "briefing.ui")


def _modules_after(code: str, tmp_path: Path) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    environment = {**os.environ, "BRIEFING_CONFIG": str(tmp_path / "none.yaml")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("code", ["import briefing", "import briefing.model"])
def test_importing_the_package_or_the_model_loads_no_analysis(code: str, tmp_path: Path) -> None:
    loaded = _modules_after(code, tmp_path)
    assert not {name for name in loaded if name.startswith(HEAVY)}


@pytest.mark.parametrize("argument", ["--version", "--help"])
def test_version_and_help_load_only_the_command_line(argument: str, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['briefing', {argument!r}]\n"
        "from briefing.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code, tmp_path)
    assert not {name for name in loaded if name.startswith(HEAVY)}
    assert not {"briefing.load", "briefing.export", "yaml"} & loaded


def test_the_lazy_api_names_resolve() -> None:
    from briefing.analysis import analyse
    from briefing.errors import BriefingError
    from briefing.load import read, read_text
    from briefing.model import Briefing

    assert briefing.analyse is analyse
    assert briefing.read is read and briefing.read_text is read_text
    assert briefing.Briefing is Briefing and briefing.BriefingError is BriefingError
    assert set(briefing.__all__) <= set(dir(briefing))
    with pytest.raises(AttributeError):
        _ = briefing.no_such_name


def test_cli_copies_of_the_format_constants_match() -> None:
    assert cli.INPUT_FORMATS == load.FORMATS
    assert cli.OUTPUT_FORMATS == export.FORMATS
    assert cli.MIN_WIDTH == export.MIN_WIDTH


class _InterruptImport(importlib.abc.MetaPathFinder):
    """Ctrl-C arriving while ``briefing.cli`` (click, the readers) is being imported."""

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "briefing.cli":
            raise KeyboardInterrupt


def test_ctrl_c_during_start_up_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "briefing.cli")
    monkeypatch.delattr(briefing, "cli")
    monkeypatch.setattr(sys, "meta_path", [_InterruptImport(), *sys.meta_path])
    with pytest.raises(SystemExit) as caught:
        entry.main()
    assert caught.value.code == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == ""
