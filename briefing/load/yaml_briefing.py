"""YAML briefings: an article written or curated by hand, with optional editorial overrides.

Shape (every field but a body optional)::

    title: ...            source: ...        date: 2024-05-01     url: ...    author: ...
    body: |               # text or Markdown; or instead:
      ...
    sections:             # a list of {title, body}
      - {title: ..., body: ...}
    key_points: [..]      # curated key points (strings)
    speakers:             # curated speakers
      - {name: ..., role: ..., aliases: [..]}
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from briefing.errors import BriefingError
from briefing.load.frontmatter import scalar
from briefing.load.normalise import Block, derive_title, one_line
from briefing.load.plain import parse_plain_blocks
from briefing.load.safe_yaml import item_line, load_yaml
from briefing.model import BlockKind, Curated, Speaker

# Markdown syntax that tells a Markdown body from plain text.
_MARKDOWN_HINTS = re.compile(
    r"^#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|^>|^```|\[[^\]\n]+\]\([^)\n]+\)|\*\*\S|__\S|^.+\n[=-]{3,}\s*$",
    re.MULTILINE,
)


def body_blocks(body: str, fmt: str | None, *, heading_offset: int = 0) -> list[Block]:
    """Blocks of a body string: Markdown when it says so or looks like it, else plain text."""
    if fmt == "markdown" or (fmt is None and _MARKDOWN_HINTS.search(body)):
        from briefing.load.markdown import markdown_blocks  # markdown-it-py: slow to import

        return markdown_blocks(body, heading_offset=heading_offset)
    _, blocks, _ = parse_plain_blocks(body, headline=False)
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            block.level += heading_offset
    return blocks


def slug(name: str) -> str:
    """A stable id for a name: lower-case ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "speaker"


def _text(value: Any, where: str, source: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BriefingError(source, f"{where} must be text, not {type(value).__name__}")
    return str(value)


def _speakers(value: Any, source: str) -> tuple[Speaker, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise BriefingError(source, "speakers must be a list of {name, role, aliases}")
    speakers: list[Speaker] = []
    seen: set[str] = set()
    for index, entry in enumerate(value):
        where = f"speakers[{index}]"
        line = item_line(value, index)
        at_line = f"{where} at line {line}" if line else where
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            raise BriefingError(source, f"{at_line} must be a mapping with a name")
        if entry.get("name") is None:
            raise BriefingError(source, f"{at_line} has no name")
        name = one_line(_text(entry["name"], f"{where}.name", source))
        if not name:
            raise BriefingError(source, f"{at_line} has an empty name")
        role = entry.get("role")
        role = one_line(_text(role, f"{where}.role", source)) or None if role is not None else None
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list):
            raise BriefingError(source, f"{where}.aliases must be a list of names")
        names = tuple(
            one_line(_text(alias, f"{where}.aliases[{i}]", source))
            for i, alias in enumerate(aliases)
        )
        base = slug(name)
        speaker_id, number = base, 2
        while speaker_id in seen:
            speaker_id, number = f"{base}-{number}", number + 1
        seen.add(speaker_id)
        speakers.append(Speaker(speaker_id, name, role, tuple(a for a in names if a), curated=True))
    return tuple(speakers)


def _key_points(value: Any, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise BriefingError(source, "key_points must be a list of sentences")
    points = (one_line(_text(p, f"key_points[{i}]", source)) for i, p in enumerate(value))
    return tuple(point for point in points if point)


def curated(data: dict[str, Any], source: str) -> Curated:
    """The editorial overrides of a YAML mapping (also allowed in front matter)."""
    return Curated(
        key_points=_key_points(data.get("key_points"), source),
        speakers=_speakers(data.get("speakers"), source),
    )


def parse_yaml_document(text: str, source: str) -> tuple[dict[str, Any], list[Block]]:
    """The mapping of a YAML briefing and its body blocks; type errors name the field."""
    data = load_yaml(text, source)
    if not isinstance(data, dict):
        raise BriefingError(source, "a YAML briefing must be a mapping with title and body")
    data = {str(key): value for key, value in data.items()}
    fmt = scalar(data, "format", source)
    if fmt not in (None, "text", "markdown"):
        raise BriefingError(source, f"format must be 'text' or 'markdown', not {fmt!r}")
    blocks: list[Block] = []
    if data.get("body") is not None:
        blocks.extend(body_blocks(_text(data["body"], "body", source), fmt))
    sections = data.get("sections")
    if sections is not None:
        if not isinstance(sections, list):
            raise BriefingError(source, "sections must be a list of {title, body}")
        for index, section in enumerate(sections):
            where = f"sections[{index}]"
            if not isinstance(section, dict):
                raise BriefingError(source, f"{where} must be a mapping with title and body")
            heading = section.get("title")
            if heading is not None:
                blocks.append(Block(_text(heading, f"{where}.title", source), BlockKind.HEADING, 1))
            body = section.get("body")
            if body is not None:
                offset = 1 if heading is not None else 0
                blocks.extend(
                    body_blocks(_text(body, f"{where}.body", source), fmt, heading_offset=offset)
                )
    if not any(one_line(block.text) for block in blocks):
        raise BriefingError(source, "the YAML briefing has no body or sections with text")
    return data, blocks


def yaml_title(data: dict[str, Any], blocks: list[Block], source: str) -> str:
    return scalar(data, "title", source) or derive_title(blocks)
