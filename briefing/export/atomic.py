"""Writing an export to disk without ever leaving a half-written or clobbered file.

The content goes to a temporary file in the destination's directory (same filesystem, so the
final rename is atomic), is flushed to disk, and only then takes the destination's name. Without
``force`` the rename is a hard link, which fails if the name appeared meanwhile, so a file
created by someone else between our check and our write is never overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from briefing.errors import BriefingError

# Filesystems without hard links report one of these; there we fall back to check-then-rename.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV}


def _fail(path: Path, reason: str) -> BriefingError:
    return BriefingError(str(path), reason, action="write")


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such directory"
    if isinstance(error, NotADirectoryError):
        return "a parent of the path is not a directory"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return (error.strerror or str(error)).lower()


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


def write_export(path: Path, content: str, *, force: bool = False) -> None:
    """Write ``content`` (UTF-8) to ``path`` atomically; refuse an existing path unless ``force``.

    Raises :class:`BriefingError` (action ``write``) for an existing path, a directory, or any OS
    error; on failure the destination is untouched and no temporary file is left behind.
    """
    path = Path(path)
    if path.is_dir():
        raise _fail(path, "is a directory")
    if not force and (path.exists() or path.is_symlink()):
        raise _fail(path, "already exists; use --force to overwrite")
    directory = path.parent
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8", errors="replace"))
            handle.flush()
            os.fchmod(handle.fileno(), _mode_for(path))
            os.fsync(handle.fileno())
        _publish(temp, path, force)
        temp = None
    except OSError as error:
        raise _fail(path, _reason(error)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_directory(directory)
