"""The one exception type the project raises for bad input, so callers can show one clean line,
and :func:`printable`, which every file name or path goes through before it reaches a message,
a header or an export (a name is as untrusted as the text inside the file)."""

from __future__ import annotations

import unicodedata

_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(char: str) -> str:
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(name: str) -> str:
    """``name`` with every character a terminal could act on shown as a Python-style escape.

    File names may hold ESC, BEL, C1 controls, bidi overrides or (undecodable bytes) lone
    surrogates; echoed raw, ``cannot open <name>`` could set the window title or the clipboard
    (OSC 52). Escaping rather than dropping keeps two such names distinguishable. Spaces and
    ordinary text (no-break spaces too) pass unchanged, and a clean name is returned as it is.
    """
    if name.isprintable():
        return name
    return "".join(
        char if char.isprintable() or unicodedata.category(char) == "Zs" else _escape(char)
        for char in name
    )


class BriefingError(Exception):
    """A problem with the user's input or output that deserves one line, not a traceback.

    ``source`` names the file concerned (a path, ``-``); ``reason`` says why in words a reader
    understands (``not valid UTF-8 at byte 1234``, ``YAML error at line 3, column 7: ...``);
    ``action`` is what failed (``open`` when reading, ``write`` when exporting). The message
    shows both through :func:`printable`, so it is safe to print whatever the name was.
    """

    def __init__(self, source: str, reason: str, *, action: str = "open") -> None:
        super().__init__(f"cannot {action} {printable(source)}: {printable(reason)}")
        self.source = source
        self.reason = reason
        self.action = action
