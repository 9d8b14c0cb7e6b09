"""Getting text out of a path, stdin or a file object, refusing what is not a text document."""

from __future__ import annotations

import codecs
import re
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


# A page's own charset declaration, looked for near its start as browsers do:
# <meta charset="iso-8859-1"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]{1,40})", re.I
)
_SNIFF_BYTES = 2048
# Browsers read these labels as windows-1252 (WHATWG Encoding), a superset of them.
_AS_WINDOWS_1252 = {"iso8859-1", "latin-1", "ascii"}

DEFAULT_MAX_SIZE = 100_000_000
_CHUNK = 1 << 20
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
          "kib": 2**10, "mib": 2**20, "gib": 2**30}  # fmt: skip
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.IGNORECASE)


def parse_size(text: str | int) -> int:
    """A byte count from ``100MB``, ``5 M``, ``1.5GB``, ``512KiB`` or a plain number of bytes.

    Raises ``ValueError`` with a readable reason; the CLI and the config file word it their way.
    """
    if isinstance(text, bool):
        raise ValueError("expected a size such as 100MB")
    if isinstance(text, int):
        number, unit = float(text), ""
    else:
        match = _SIZE.fullmatch(str(text))
        if not match or match.group(2).lower() not in _UNITS:
            raise ValueError(f"{text!r} is not a size such as 100MB, 5M or 2000000")
        number, unit = float(match.group(1)), match.group(2).lower()
    size = int(number * _UNITS[unit])
    if size < 1:
        raise ValueError("the size must be at least 1 byte")
    return size


def format_size(size: int) -> str:
    """``100 MB`` for 100,000,000 bytes: the largest decimal unit that divides the size."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size:,} bytes"


def _os_reason(error: OSError) -> str:
    """``file name too long``, ``permission denied``: the OS's words, as the rest of a message."""
    return (error.strerror or str(error)).lower()


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _read_limited(stream: BinaryIO | TextIO, name: str, max_size: int) -> bytes | str:
    """Everything ``stream`` holds, read in chunks, refused once it passes ``max_size``.

    Chunks keep memory bounded by the limit whatever the source: /dev/zero, an endless pipe
    or a file that grows while it is read all stop after ``max_size + 1`` bytes.
    """
    chunks: list[bytes | str] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(_CHUNK, max_size + 1 - total))
        except OSError as error:
            raise BriefingError(name, _os_reason(error)) from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > max_size:
            raise BriefingError(name, f"larger than {format_size(max_size)}")
    if not chunks:
        return b""
    return chunks[0][:0].join(chunks)  # type: ignore[arg-type]


def _open(path: Path, name: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise BriefingError(name, "no such file") from None
    except IsADirectoryError:
        raise BriefingError(name, "is a directory") from None
    except PermissionError:
        raise BriefingError(name, "permission denied") from None
    except OSError as error:
        if _is_dir(path):
            raise BriefingError(name, "is a directory") from None
        raise BriefingError(name, _os_reason(error)) from None


def read_bytes(
    source: str | Path | BinaryIO | TextIO, *, max_size: int = DEFAULT_MAX_SIZE
) -> tuple[str, bytes | str]:
    """The display name of ``source`` and its raw content (``-`` reads stdin), at most
    ``max_size`` bytes: more is refused with ``larger than 100 MB`` rather than read."""
    if isinstance(source, (str, Path)):
        name = str(source)
        if name == "":
            raise BriefingError("''", "the file name is empty")
        if name == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise BriefingError("-", "there is no standard input")
            return "-", _read_limited(stdin, "-", max_size)
        with _open(Path(source), name) as handle:
            return name, _read_limited(handle, name, max_size)
    name = str(getattr(source, "name", "-"))
    return name, _read_limited(source, name, max_size)


def declared_charset(data: bytes) -> str | None:
    """The Python codec an HTML page declares in a ``<meta>`` near its start, if one exists.

    UTF-16 and UTF-32 are never taken from a declaration (a page that could be read to find
    it is not in them), nor is UTF-8 (the caller tried it already).
    """
    match = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if codec.startswith(("utf-16", "utf-32", "utf-8")):
        return None
    return "cp1252" if codec in _AS_WINDOWS_1252 else codec


def decode(data: bytes | str, name: str, *, html: bool = False) -> str:
    """UTF-8 text (BOM dropped) from ``data``; binary data and bad encodings are refused.

    An ``html`` page that is not UTF-8 is read in the charset its ``<meta>`` declares (saved
    pages often are windows-1252 or ISO-8859-x); bytes that charset lacks become U+FFFD.
    """
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
            charset = declared_charset(data) if html else None
            if charset is not None:
                try:  # ("base64", "rot13", "undefined" are codecs too, but not text ones)
                    return decode(data.decode(charset, errors="replace"), name)
                except (LookupError, UnicodeError):
                    pass
            line = data.count(b"\n", 0, error.start) + 1
            raise BriefingError(
                name, f"not valid UTF-8 (byte {error.start}, line {line}); save it as UTF-8"
            ) from None
    if "\x00" in text:
        raise BriefingError(name, "binary data (NUL characters), not a text document")
    if not text or text.isspace():  # (not ``strip()``: a copy of the whole text)
        raise BriefingError(name, "the file is empty")
    return text
