"""Readers that turn a file of some format into a normalised :class:`~briefing.model.Briefing`.

One module per format; this module only decodes bytes and picks the reader. No analysis here.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from briefing.errors import BriefingError
from briefing.load.plain import parse_plain
from briefing.model import Briefing


def read_text(text: str, *, source: str = "<text>", fmt: str = "text") -> Briefing:
    """Parse already-decoded text in the given format."""
    if fmt == "text":
        return parse_plain(text, source=source)
    raise BriefingError(source, f"unknown format {fmt!r}")


def read(source: str | Path | BinaryIO, fmt: str | None = None) -> Briefing:
    """Read a file (path, ``-`` for stdin, or a binary file object) into a Briefing."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = str(source)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BriefingError(name, "no such file") from None
        except IsADirectoryError:
            raise BriefingError(name, "is a directory") from None
        except OSError as error:
            raise BriefingError(name, error.strerror or str(error)) from None
    else:
        name = getattr(source, "name", "-")
        data = source.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BriefingError(name, f"not valid UTF-8 (byte {error.start})") from None
    return read_text(text, source=name, fmt=fmt or "text")
