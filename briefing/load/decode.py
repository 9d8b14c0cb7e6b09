"""Getting text out of a path, stdin or a file object, refusing what is not a text document."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from briefing.errors import BriefingError

# Binary formats recognised by their first bytes, so the message can say what the file is.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def read_bytes(source: str | Path | BinaryIO | TextIO) -> tuple[str, bytes | str]:
    """The display name of ``source`` and its raw content (``-`` reads stdin)."""
    if isinstance(source, (str, Path)):
        name = str(source)
        if name == "-":
            return "-", sys.stdin.buffer.read()
        path = Path(source)
        try:
            return name, path.read_bytes()
        except FileNotFoundError:
            raise BriefingError(name, "no such file") from None
        except IsADirectoryError:
            raise BriefingError(name, "is a directory") from None
        except PermissionError:
            raise BriefingError(name, "permission denied") from None
        except OSError as error:
            if path.is_dir():
                raise BriefingError(name, "is a directory") from None
            raise BriefingError(name, error.strerror or str(error)) from None
    name = str(getattr(source, "name", "-"))
    try:
        return name, source.read()
    except OSError as error:
        raise BriefingError(name, error.strerror or str(error)) from None


def decode(data: bytes | str, name: str) -> str:
    """UTF-8 text (BOM dropped) from ``data``; binary data and bad encodings are refused."""
    if isinstance(data, str):
        text = data.removeprefix("\ufeff")
    else:
        for magic, what in _MAGIC.items():
            if data.startswith(magic):
                raise BriefingError(name, f"this is {what}, not a text document")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise BriefingError(name, "the file is UTF-16; save it as UTF-8")
        if b"\x00" in data:
            raise BriefingError(name, "binary data (NUL bytes), not a text document")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise BriefingError(
                name, f"not valid UTF-8 (byte {error.start}, line {line}); save it as UTF-8"
            ) from None
    if "\x00" in text:
        raise BriefingError(name, "binary data (NUL characters), not a text document")
    if not text.strip():
        raise BriefingError(name, "the file is empty")
    return text
