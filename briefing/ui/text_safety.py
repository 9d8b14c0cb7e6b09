"""Make untrusted article text safe to hand to a terminal without moving any character offset.

Loaders already strip control characters; the reader does it again (defence in depth) because a
single stray ESC in a segment would let a document drive the user's terminal. Every unsafe
character is replaced one-for-one, so offsets from analysis stay valid on the shown text.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_UNSAFE = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
# Bidirectional overrides and isolates can make shown text lie about its order.
_UNSAFE += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE = {code: REPLACEMENT for code in _UNSAFE}
_TABLE[ord("\t")] = " "
# One search finds whether there is anything to replace: a translate copies the whole text
# character by character (2 s for 50 MB), and loaders have usually removed all of it already.
_ANY_UNSAFE = re.compile("[" + "".join(re.escape(chr(code)) for code in _TABLE) + "]")


def safe_text(text: str) -> str:
    """``text`` with control and bidi-override characters replaced; ``"\\n"`` is kept."""
    if _ANY_UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def safe_label(text: str) -> str:
    """A one-line label (title, sidebar entry): safe characters, whitespace collapsed."""
    return " ".join(safe_text(text).split())


def shorten(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` characters, with an ellipsis when cut."""
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)].rstrip() + "…"
