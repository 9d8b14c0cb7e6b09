"""End to end in a pseudo-terminal: the reader really starts (from a file and from a pipe) and
quits on ctrl+q with status 0; Ctrl-C during an export exits 130 without a traceback.

Linux only (ptys, a controlling terminal, /proc); each test skips where that is unavailable.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ARTICLE = "Budget Approved\n\nThe council approved the budget on Monday. Work starts soon.\n"
CTRL_Q = b"\x11"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux ptys")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "empty-config.yaml"
    config.write_text("")
    return {**os.environ, "BRIEFING_CONFIG": str(config), "TERM": "xterm-256color"}


def _read_until(fd: int, process: subprocess.Popen[bytes], marker: bytes, limit: float) -> bytes:
    """Drain the terminal (so the app never blocks on a full pty) until ``marker`` shows."""
    seen = b""
    deadline = time.monotonic() + limit
    while marker not in seen and process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def _run_reader(args: list[str], cwd: Path, env: dict[str, str], piped: bytes | None) -> bytes:
    """Start the reader on a pty that is its controlling terminal; quit it once the text shows."""
    main_fd, sub_fd = pty.openpty()
    fcntl.ioctl(sub_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    name = os.ttyname(sub_fd)

    def become_session_leader_with_terminal() -> None:
        os.setsid()
        os.close(os.open(name, os.O_RDWR))

    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", *args],
        stdin=subprocess.PIPE if piped is not None else sub_fd,
        stdout=sub_fd,
        stderr=sub_fd,
        cwd=cwd,
        env=env,
        preexec_fn=become_session_leader_with_terminal,
    )
    os.close(sub_fd)
    try:
        if piped is not None and process.stdin is not None:
            process.stdin.write(piped)
            process.stdin.close()
        screen = _read_until(main_fd, process, b"Budget", limit=60)
        assert b"Budget" in screen, screen[-500:]
        os.write(main_fd, CTRL_Q)
        _read_until(main_fd, process, b"\x00never", limit=30)
        assert process.wait(timeout=30) == 0
        return screen
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main_fd)


def test_reader_opens_a_file_and_quits(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    screen = _run_reader(["a.txt"], tmp_path, env, piped=None)
    assert b"Traceback" not in screen


def test_reader_reads_a_pipe_then_keys_from_the_terminal(
    tmp_path: Path, env: dict[str, str]
) -> None:
    screen = _run_reader(["-"], tmp_path, env, piped=ARTICLE.encode())
    assert b"Traceback" not in screen


def _blocked_reading_a_pipe(pid: int) -> bool:
    """The readiness signal: the process sleeps in the kernel's pipe read, i.e. it has started
    and waits on its stdin (a bare "read" also matched lock waits such as
    ``rwsem_down_read_slowpath`` while Python was still importing)."""
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return False
    return wchan.endswith(("pipe_read", "pipe_wait"))


def _hear_ctrl_c() -> None:
    """A shell's background job (``pytest ... &``) ignores SIGINT, and its children inherit
    that: Python then installs no handler and Ctrl-C would do nothing. A terminal's
    foreground job, the case under test, has the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_waiting_for_stdin_exits_130(tmp_path: Path, env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "export", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
        preexec_fn=_hear_ctrl_c,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _blocked_reading_a_pipe(process.pid):
        time.sleep(0.02)
    if not _blocked_reading_a_pipe(process.pid):
        process.kill()
        process.communicate()
        pytest.skip("cannot tell when the process waits on stdin (no /proc wchan)")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert out == b""
    assert err.strip() == b""


def test_reader_with_stdin_redirected_still_gets_keys(tmp_path: Path, env: dict[str, str]) -> None:
    """``briefing a.txt < /dev/null`` or from a script: keys come from the terminal, as in less."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    screen = _run_reader(["a.txt"], tmp_path, env, piped=b"")
    assert b"Traceback" not in screen
