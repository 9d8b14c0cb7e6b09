"""The same summary as the plain text, in CommonMark, with article text escaped.

Article text is untrusted: every character that could start inline markup (emphasis, links,
code, raw HTML, entities, tables) is backslash-escaped, and so is anything that would open a
block (a list marker, a quote, a heading) at the start of an item. Rendering the result shows
the article's characters literally, never markup it smuggled in.
"""

from __future__ import annotations

import re

from briefing.export.digest import Digest, QuoteGroup

_INLINE = re.compile(r"([\\`*_\[\]<>#|~&$])")
_LEADING_MARKER = re.compile(r"^([-+=]|(\d+)([.)]))")


def escape(text: str) -> str:
    """Escape one line of plain text so CommonMark/GFM shows it literally."""
    escaped = _INLINE.sub(r"\\\1", text)
    return _LEADING_MARKER.sub(
        lambda m: f"{m.group(2)}\\{m.group(3)}" if m.group(2) else f"\\{m.group(1)}", escaped
    )


def header(digest: Digest) -> list[str]:
    """The title, the known details and the size line (shared with collection digests)."""
    lines = [f"# {escape(digest.title)}", ""]
    for label, value in digest.details:
        lines.append(f"- **{label}:** {escape(value)}")
    if lines[-1]:
        lines.append("")
    lines.append(escape(digest.counts))
    if digest.failure:
        lines += ["", f"*{escape(digest.failure)}*"]
    return lines


def key_points(digest: Digest) -> list[str]:
    """The numbered key points (each with its speaker, in a transcript), or a "none" line."""
    if not digest.key_points:
        return ["*None found.*"]
    return [f"{number}. {escape(point)}" for number, point in enumerate(digest.key_points, 1)]


def _by_section(digest: Digest) -> list[str]:
    """Each section that has points of its own: its label, then its numbered points."""
    lines: list[str] = []
    for label, points in digest.section_key_points:
        if lines:
            lines.append("")
        lines += [f"### {escape(label)}", ""]
        lines += [f"{number}. {escape(point)}" for number, point in enumerate(points, 1)]
    return lines


def _outline(digest: Digest) -> list[str]:
    lines = []
    for entry in digest.outline:
        words = "1 word" if entry.words == 1 else f"{entry.words} words"
        lines.append(f"{'  ' * entry.depth}- {escape(entry.title)} ({words})")
    return lines


def _group(group: QuoteGroup) -> list[str]:
    if group.name is None:
        heading = "Unattributed"
    elif group.role:
        heading = f"{escape(group.name)}, {escape(group.role)}"
    else:
        heading = escape(group.name)
    lines = [f"### {heading}", ""]
    lines += [f"- “{escape(quote.text)}” (*{escape(quote.section)}*)" for quote in group.quotes]
    return lines


def _quotes(digest: Digest) -> list[str]:
    if not digest.groups:
        return ["*No direct quotes.*"]
    lines: list[str] = []
    for group in digest.groups:
        if lines:
            lines.append("")
        lines += _group(group)
    return lines


def render_markdown(digest: Digest) -> str:
    """The whole summary as a Markdown document ending with a newline (not wrapped)."""
    blocks = [
        header(digest),
        ["## Key points", "", *key_points(digest)],
        *(
            [["## Key points by section", "", *_by_section(digest)]]
            * bool(digest.section_key_points)
        ),
        ["## Sections", "", *_outline(digest)],
        ["## Quotes by speaker", "", *_quotes(digest)],
    ]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
