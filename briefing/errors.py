"""The one exception type the project raises for bad input, so callers can show one clean line."""

from __future__ import annotations


class BriefingError(Exception):
    """A problem with the user's input or output that deserves one line, not a traceback.

    ``source`` names the file concerned (a path, ``-``); ``reason`` says why in words a reader
    understands (``not valid UTF-8 at byte 1234``, ``YAML error at line 3, column 7: ...``);
    ``action`` is what failed (``open`` when reading, ``write`` when exporting).
    """

    def __init__(self, source: str, reason: str, *, action: str = "open") -> None:
        super().__init__(f"cannot {action} {source}: {reason}")
        self.source = source
        self.reason = reason
        self.action = action
