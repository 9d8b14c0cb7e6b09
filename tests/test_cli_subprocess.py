"""Real ``python -m briefing`` processes: exit codes, one-line errors, no tracebacks, quick export.

These run from a temporary directory outside the checkout, as a user would, and with an empty
settings file so the developer's own config cannot interfere.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import __version__

SEED_TITLE = "No More Diplomacy: Talks With Russia Cancelled"
ARTICLE = "Budget Approved\n\nThe council approved the budget on Monday. Work starts soon.\n"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "empty-config.yaml"
    config.write_text("")
    environment = {**os.environ, "BRIEFING_CONFIG": str(config)}
    environment.pop("BRIEFING_DEBUG", None)
    return environment


def briefing(
    *args: str, cwd: Path, env: dict[str, str], input: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        env=env,
        input=input,
        capture_output=True,
        timeout=60,
    )


def test_version(tmp_path: Path, env: dict[str, str]) -> None:
    done = briefing("--version", cwd=tmp_path, env=env)
    assert done.returncode == 0
    assert done.stdout.decode() == f"briefing {__version__}\n"


def test_seed_export_json_from_outside_the_checkout(tmp_path: Path, env: dict[str, str]) -> None:
    done = briefing("export", "--format", "json", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["title"] == SEED_TITLE
    assert [s["title"] for s in data["sections"]] == [None, "The Details", "What Comes Next?"]


def test_export_does_not_import_textual(tmp_path: Path, env: dict[str, str]) -> None:
    script = (
        "import sys\n"
        "from briefing.cli import main\n"
        "try:\n"
        "    main(['export', '--format', 'json'])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().strip() == "[]"


def test_reader_into_a_pipe_prints_the_summary(tmp_path: Path, env: dict[str, str]) -> None:
    done = briefing("-", cwd=tmp_path, env=env, input=ARTICLE.encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("Budget Approved\n===============\n")


@pytest.mark.parametrize(
    ("setup", "args", "expected"),
    [
        (None, ("export", "missing.txt"), "briefing: cannot open missing.txt: "),
        (None, ("missing.txt",), "briefing: cannot open missing.txt: "),
        ("dir", ("export", "folder"), "briefing: cannot open folder: "),
        ("binary", ("export", "data.txt"), "briefing: cannot open data.txt: "),
        ("empty", ("export", "empty.txt"), "briefing: cannot open empty.txt: "),
        ("yaml", ("export", "bad.yaml"), "briefing: cannot open bad.yaml: "),
        ("article", ("export", "a.txt", "--from", "pdf"), "briefing: cannot open a.txt: "),
        (
            "article",
            ("export", "a.txt", "-o", "a.txt"),
            "briefing: cannot write a.txt: already exists; use --force to overwrite",
        ),
        ("article", ("export", "a.txt", "-o", "a.txt/out.md", "--force"), "briefing: cannot write"),
    ],
)
def test_bad_input_gives_one_line_and_status_1(
    tmp_path: Path, env: dict[str, str], setup: str | None, args: tuple[str, ...], expected: str
) -> None:
    if setup == "dir":
        (tmp_path / "folder").mkdir()
    elif setup == "binary":
        (tmp_path / "data.txt").write_bytes(bytes(range(256)) * 4)
    elif setup == "empty":
        (tmp_path / "empty.txt").write_bytes(b"")
    elif setup == "yaml":
        (tmp_path / "bad.yaml").write_text("title: x\nbody: 'unclosed\n")
    elif setup == "article":
        (tmp_path / "a.txt").write_text(ARTICLE)
    before = sorted(p.name for p in tmp_path.iterdir())
    done = briefing(*args, cwd=tmp_path, env=env)
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert done.stdout == b""
    assert len(stderr.splitlines()) == 1, stderr
    assert stderr.startswith(expected), stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written or left
    if setup == "article":
        assert (tmp_path / "a.txt").read_text() == ARTICLE


def test_usage_error_exits_2_without_traceback(tmp_path: Path, env: dict[str, str]) -> None:
    done = briefing("export", "--format", "pdf", cwd=tmp_path, env=env)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"Error: Invalid value for '-f' / '--format'" in done.stderr


def test_force_replaces_the_output(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "out.md").write_text("old")
    done = briefing("export", "a.txt", "-o", "out.md", "--force", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.md").read_text().startswith("# Budget Approved\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "empty-config.yaml", "out.md"]


def test_piped_document_without_a_terminal_suggests_export(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """stdout is a terminal (a pty) but the process has no controlling terminal to read keys."""
    main_fd, sub_fd = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefing", "-"],
            cwd=tmp_path,
            env=env,
            input=ARTICLE.encode(),
            stdout=sub_fd,
            stderr=subprocess.PIPE,
            start_new_session=True,
            timeout=60,
        )
    finally:
        os.close(sub_fd)
        os.close(main_fd)
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert stderr.splitlines() == [
        "briefing: cannot open -: no terminal to read keys from; "
        "use `briefing export -` for a summary"
    ]
