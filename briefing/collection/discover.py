"""Which files a collection holds: folders searched for known extensions, named files taken as is.

A folder is read one level deep unless ``recursive``; inside folders only known extensions are
taken, hidden entries and files over the size limit are skipped and counted (the reading list
says how many), and at most ``max_files`` files are kept. Whatever cannot be looked at (an
unreadable folder, a symbolic-link loop, a missing name) becomes a per-name problem: it never
stops the rest. Files the user names are taken whatever their extension (as ``briefing FILE``
does). Folders are listed, never read here: a folder of 10,000 files costs its names (sorted,
so the order is stable), and the file limit keeps what follows (analysis, the list) bounded.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing.load import KNOWN_EXTENSIONS
from briefing.load.decode import format_size

MAX_FILE_BYTES = 20_000_000  # larger files are skipped (a whole book is about 1 MB)
MAX_FILES = 2_000  # per collection: beyond this a folder is a dump, not a reading list
SKIP_HIDDEN = "hidden"
SKIP_LARGE = "over the size limit"
SKIP_OTHER = "not a briefing format"
SKIP_MANY = "over the file limit"
# A named pipe or a device would block or never end when read: named, never opened.
_NOT_REGULAR = "not a regular file (a pipe, socket or device)"


@dataclass(frozen=True, slots=True)
class Found:
    """The files to read, in a stable order, and what was left out and why."""

    files: tuple[str, ...]
    problems: tuple[tuple[str, str], ...] = ()  # (name, one-line reason)
    skipped: tuple[tuple[str, int], ...] = ()  # (reason, count), reasons in a fixed order

    @property
    def skipped_count(self) -> int:
        return sum(count for _, count in self.skipped)

    def skipped_line(self) -> str:
        """``skipped 3 files (2 hidden, 1 over the size limit)``, or ``""`` when none were."""
        total = self.skipped_count
        if not total:
            return ""
        parts = ", ".join(f"{count} {reason}" for reason, count in self.skipped)
        return f"skipped {total} file{'s' if total != 1 else ''} ({parts})"


@dataclass(slots=True)
class _Search:
    recursive: bool
    max_bytes: int
    max_files: int
    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)

    def keep(self, name: str) -> None:
        if len(self.files) >= self.max_files:
            self.skipped[SKIP_MANY] += 1
        else:
            self.files.append(name)

    def named(self, name: str) -> None:
        """A name from the command line: a URL, a folder to search, or a file to read."""
        if "://" in name:  # an address: fetched (or refused, if not http/https) when read
            self.keep(name)
            return
        if name == "-":
            self.problems.append((name, "standard input cannot be read with other briefings"))
            return
        try:
            info = os.stat(name)
        except OSError as error:
            self.problems.append((name, _reason(error, name)))
            return
        if stat.S_ISDIR(info.st_mode):
            self.folder(name, info)
        elif not stat.S_ISREG(info.st_mode):
            self.problems.append((name, _NOT_REGULAR))
        elif info.st_size > self.max_bytes:
            self.problems.append((name, f"larger than the {format_size(self.max_bytes)} limit"))
        else:
            self.keep(name)

    def folder(self, path: str, info: os.stat_result) -> None:
        identity = (info.st_dev, info.st_ino)
        if identity in self.seen_dirs:
            return  # a link back to a folder already read
        self.seen_dirs.add(identity)
        try:
            with os.scandir(path) as scan:
                entries = sorted((entry for entry in scan), key=lambda entry: entry.name)
        except OSError as error:
            self.problems.append((path, _reason(error, path)))
            return
        folders = [entry for entry in entries if self.entry(entry)]
        for entry in folders:
            try:
                self.folder(entry.path, entry.stat())
            except OSError as error:
                self.problems.append((entry.path, _reason(error, entry.path)))

    def entry(self, entry: os.DirEntry[str]) -> bool:
        """Take or skip one folder entry; True when it is a folder to descend into."""
        if entry.name.startswith("."):
            self.skipped[SKIP_HIDDEN] += 1
            return False
        try:
            info = entry.stat()
        except OSError as error:
            self.problems.append((entry.path, _reason(error, entry.path)))
            return False
        if stat.S_ISDIR(info.st_mode):
            return self.recursive
        if not stat.S_ISREG(info.st_mode):
            self.problems.append((entry.path, _NOT_REGULAR))
        elif Path(entry.name).suffix.lower() not in KNOWN_EXTENSIONS:
            self.skipped[SKIP_OTHER] += 1
        elif info.st_size > self.max_bytes:
            self.skipped[SKIP_LARGE] += 1
        else:
            self.keep(entry.path)
        return False


def _reason(error: OSError, name: str) -> str:
    if error.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if isinstance(error, FileNotFoundError):
        return "a broken symbolic link" if os.path.islink(name) else "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def find_briefings(
    names: list[str] | tuple[str, ...],
    *,
    recursive: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    max_files: int = MAX_FILES,
) -> Found:
    """The files that ``names`` (folders, files, URLs, as given on the command line) stand for."""
    search = _Search(recursive, max_bytes, max_files)
    for name in names:
        search.named(name)
    order = (SKIP_HIDDEN, SKIP_OTHER, SKIP_LARGE, SKIP_MANY)
    skipped = tuple((reason, search.skipped[reason]) for reason in order if search.skipped[reason])
    return Found(tuple(search.files), tuple(search.problems), skipped)
