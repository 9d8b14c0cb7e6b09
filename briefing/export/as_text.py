"""The plain-text summary a person pastes into an e-mail: no markup, no escapes, wrapped.

Lines never exceed the width except where a single word (a long URL) is longer than the
line: breaking it would make it unusable when pasted.
"""

from __future__ import annotations

import textwrap

from briefing.export.digest import Digest, QuoteGroup

_RULE = "="
_QUOTE_FIRST, _QUOTE_REST = "  - ", "    "
_GLUE = "\x00"  # stands for a space textwrap must not break at; never in cleaned text


def wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """Wrap one paragraph with hanging indents; an empty text still yields its first indent."""
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapper.wrap(text) or [first.rstrip()]


def header(digest: Digest, width: int) -> list[str]:
    """The title underlined, the known details and the size line (shared with the digests of
    collections)."""
    title = wrap(digest.title, width, "", "")
    lines = [*title, _RULE * min(width, max(len(line) for line in title))]
    for label, value in digest.details:
        lines += wrap(value, width, f"{label}: ", " " * (len(label) + 2))
    lines += wrap(digest.counts, width, "", "")
    if digest.failure:
        lines += wrap(digest.failure, width, "", "")
    return lines


def _numbered(items: list[str], width: int) -> list[str]:
    digits = len(str(len(items)))
    lines = []
    for number, item in enumerate(items, start=1):
        marker = f"{number:>{digits}}. "
        lines += wrap(item, width, "  " + marker, "  " + " " * len(marker))
    return lines


def key_points(digest: Digest, width: int) -> list[str]:
    """The numbered key points (each with its speaker, in a transcript), or a "none" line."""
    if not digest.key_points:
        return ["  (none found)"]
    return _numbered(list(digest.key_points), width)


def _outline(digest: Digest, width: int) -> list[str]:
    lines = []
    for entry in digest.outline:
        indent = "  " * (entry.depth + 1)
        words = "1 word" if entry.words == 1 else f"{entry.words} words"
        lines += wrap(f"{entry.title} ({words})", width, indent + "- ", indent + "  ")
    return lines


def _group(group: QuoteGroup, width: int) -> list[str]:
    name = group.name or "Unattributed"
    heading = f"{name}, {group.role}" if group.role else name
    lines = wrap(heading, width, "", "  ")
    for quote in group.quotes:
        label = f"({quote.section})"
        if len(label) <= width - len(_QUOTE_REST):
            label = label.replace(" ", _GLUE)  # keep a short section name on one line
        doubt = "(?) " if quote.uncertain else ""
        wrapped = wrap(f"“{quote.text}” {doubt}{label}", width, _QUOTE_FIRST, _QUOTE_REST)
        lines += [line.replace(_GLUE, " ") for line in wrapped]
    return lines


def _quotes(digest: Digest, width: int) -> list[str]:
    if not digest.groups:
        return ["  (no direct quotes)"]
    lines: list[str] = []
    for group in digest.groups:
        if lines:
            lines.append("")
        lines += _group(group, width)
    return lines


def render_text(digest: Digest, width: int) -> str:
    """The whole summary as lines of at most ``width`` columns, ending with a newline."""
    blocks = [
        header(digest, width),
        ["KEY POINTS", *key_points(digest, width)],
        ["SECTIONS", *_outline(digest, width)],
        ["QUOTES BY SPEAKER", *_quotes(digest, width)],
    ]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
