"""Writing an export to disk without ever leaving a half-written or clobbered file.

The content goes to a temporary file in the destination's directory (same filesystem, so the
final rename is atomic), is flushed to disk, and only then takes the destination's name. Without
``force`` the rename is a hard link, which fails if the name appeared meanwhile, so a file
created by someone else between our check and our write is never overwritten.

Only regular files are ever replaced: a FIFO, a device or a symbolic link (``/dev/stdout``) at
the destination is refused even with ``force``, since renaming over it would not write to it
but destroy it. SIGTERM and SIGHUP during the write remove the hidden temporary file before the
process ends, as Ctrl-C does.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.errors import BriefingError

# Filesystems without hard links report one of these; there we fall back to check-then-rename.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV}


# Signals that end the process by default; during a write they first remove the temporary file.
_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_KINDS = {
    stat.S_ISLNK: "a symbolic link",
    stat.S_ISFIFO: "a FIFO (named pipe)",
    stat.S_ISCHR: "a device",
    stat.S_ISBLK: "a device",
    stat.S_ISSOCK: "a socket",
}


class _Terminated(BaseException):
    """Raised by the signal handler inside a write, so ``finally`` cleans up before we exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _fail(path: Path | str, reason: str) -> BriefingError:
    return BriefingError(str(path), reason, action="write")


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such directory"
    if isinstance(error, NotADirectoryError):
        return "a parent of the path is not a directory"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return (error.strerror or str(error)).lower()


def _check_target(name: str, path: Path, force: bool) -> None:
    """Refuse a destination that is not a new name or (with ``force``) a regular file."""
    if name.endswith(os.sep):
        if Path(name).is_dir():
            raise _fail(name, "is a directory")
        raise _fail(name, "no such folder (a name ending in / is a folder, not a file)")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _fail(name, _reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(name, "is a directory")
    for test, kind in _KINDS.items():
        if test(info.st_mode):
            hint = (
                "; to print to standard output use -o -"
                if name.startswith(("/dev/", "/proc/"))
                else ""
            )
            raise _fail(
                name,
                f"already exists and is {kind}, not a file; --force replaces only files{hint}",
            )
    if not force:
        raise _fail(name, "already exists; use --force to overwrite")


@contextlib.contextmanager
def _cleanup_on_termination() -> Iterator[None]:
    """While the body runs, SIGTERM/SIGHUP raise :class:`_Terminated` (so ``finally`` blocks
    remove the temporary file); afterwards the signal is delivered again with the previous
    handlers back, so the process still ends the way the sender expected."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (the reader exports from a worker)
        return

    def handler(signum: int, frame: object) -> None:
        raise _Terminated(signum)

    # A signal the user chose to ignore (``nohup`` ignores SIGHUP) stays ignored.
    previous = {
        signum: signal.signal(signum, handler)
        for signum in _TERMINATING
        if signal.getsignal(signum) is not signal.SIG_IGN
    }
    try:
        yield
    except _Terminated as terminated:
        for signum, old in previous.items():
            signal.signal(signum, old)
        previous = {}
        os.kill(os.getpid(), terminated.signum)
        raise SystemExit(128 + terminated.signum) from None
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def _mode_for(path: Path) -> int:
    """A replaced file keeps its mode; a new one gets what ``open()`` would (not mkstemp's 0600)."""
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o7777
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _publish(temp: str, path: Path, force: bool) -> None:
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)
    except FileExistsError:
        raise _fail(path, "already exists; use --force to overwrite") from None
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        if path.exists():
            raise _fail(path, "already exists; use --force to overwrite") from None
        os.replace(temp, path)
    else:
        os.unlink(temp)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform lets a directory be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_export(path: Path | str, content: str | Iterable[str], *, force: bool = False) -> None:
    """Write ``content`` (UTF-8) to ``path`` atomically; refuse an existing path unless ``force``.

    ``content`` may come in pieces (``render_pieces``), each encoded and written as it comes,
    so a large export is never held whole.

    Raises :class:`BriefingError` (action ``write``) for an existing path, a directory, a target
    that is not a regular file, a name ending in ``/`` or any OS error (``file name too long``);
    on failure the destination is untouched and no temporary file is left behind.
    """
    name = str(path)
    if not name:
        raise _fail("''", "the file name is empty")
    path = Path(path)
    _check_target(name, path, force)
    directory = path.parent
    temp: str | None = None
    try:
        with _cleanup_on_termination():
            try:
                # The prefix is cut so that a long but legal name still leaves room for the rest.
                fd, temp = tempfile.mkstemp(
                    dir=directory, prefix=f".{path.name[:120]}.", suffix=".tmp"
                )
                with os.fdopen(fd, "wb") as handle:
                    for piece in (content,) if isinstance(content, str) else content:
                        handle.write(piece.encode("utf-8", errors="replace"))
                    handle.flush()
                    os.fchmod(handle.fileno(), _mode_for(path))
                    os.fsync(handle.fileno())
                _publish(temp, path, force)
                temp = None
            finally:
                if temp is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(temp)
    except OSError as error:
        raise _fail(name, _reason(error)) from None
    _sync_directory(directory)
