"""YAML briefings and front matter: fields, curated overrides, clear errors."""

from __future__ import annotations

import pytest

from briefing.errors import BriefingError
from briefing.load import read_text
from briefing.model import BlockKind

BRIEFING = """\
title: Harbour Talks Resume
source: Port Gazette
date: 2024-05-01
url: https://example.org/harbour
author: A. Writer
body: |
  The talks resumed on Monday after a pause of two weeks.

  ## Next Steps

  Officials will meet again in June.
key_points:
  - The talks resumed on Monday.
speakers:
  - name: Jane Roe
    role: Harbour master
    aliases: [Roe, the harbour master]
  - name: Jane Roe
  - {name: "José Núñez"}
"""


def test_yaml_briefing_fields() -> None:
    doc = read_text(BRIEFING, source="h.yaml", fmt="yaml")
    assert doc.title == "Harbour Talks Resume"
    assert doc.source == "Port Gazette"
    assert doc.meta.date == "2024-05-01"
    assert doc.meta.url == "https://example.org/harbour"
    assert doc.meta.author == "A. Writer"
    assert doc.format == "yaml"
    kinds = [(p.kind, p.text_of(doc.text)) for p in doc.paragraphs]
    assert kinds[1] == (BlockKind.HEADING, "Next Steps")
    assert doc.curated.key_points == ("The talks resumed on Monday.",)
    speakers = doc.curated.speakers
    assert [s.id for s in speakers] == ["jane-roe", "jane-roe-2", "jose-nunez"]
    assert speakers[0].role == "Harbour master"
    assert speakers[0].aliases == ("Roe", "the harbour master")
    assert all(s.curated for s in speakers)


def test_yaml_sections_and_plain_body() -> None:
    text = (
        "title: T\nsections:\n  - body: A lede without heading.\n"
        "  - title: First\n    body: Text of the first part.\n"
        "  - title: Second\n    body: |\n      Wrapped text that goes\n      on a second line.\n"
    )
    doc = read_text(text, source="s.yml", fmt="yaml")
    assert [(p.kind.value, p.level, p.text_of(doc.text)) for p in doc.paragraphs] == [
        ("text", 0, "A lede without heading."),
        ("heading", 1, "First"),
        ("text", 0, "Text of the first part."),
        ("heading", 1, "Second"),
        ("text", 0, "Wrapped text that goes on a second line."),
    ]


def test_yaml_plain_body_keeps_its_first_line() -> None:
    text = (
        "title: T\nbody: |\n  Talks resumed on Monday\n\n  The Outlook\n\n  " + "Long text. " * 10
    )
    doc = read_text(text, source="s.yaml", fmt="yaml")
    assert doc.text.startswith("Talks resumed on Monday\n\n")
    assert [p.kind for p in doc.paragraphs] == [BlockKind.TEXT, BlockKind.HEADING, BlockKind.TEXT]


def test_yaml_source_url_goes_to_metadata() -> None:
    doc = read_text(
        "title: T\nsource: https://x.org/a\nbody: Words.\n", source="s.yaml", fmt="yaml"
    )
    assert doc.source == "s.yaml"
    assert doc.meta.url == "https://x.org/a"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("title: [unclosed\nbody: x\n", "YAML error at line 2, column"),
        ("- just\n- a list\n", "must be a mapping"),
        ("title: T\n", "no body"),
        ("title: T\nbody: [1, 2]\n", "body must be text"),
        ("title: T\nbody: x\nspeakers: {name: x}\n", "speakers must be a list"),
        ("title: T\nbody: x\nspeakers: [{role: r}]\n", "speakers[0] at line 3 has no name"),
        ("title: T\nbody: x\nkey_points: oops\n", "key_points must be a list"),
        ("title: T\nbody: x\nsections: nope\n", "sections must be a list"),
        ("title: [a, b]\nbody: x\n", "field 'title' must be text"),
        ("title: T\nbody: x\nformat: docx\n", "format must be"),
        ("title: !!python/object:os.system x\nbody: x\n", "YAML error"),
    ],
)
def test_yaml_errors_are_clear(text: str, reason: str) -> None:
    with pytest.raises(BriefingError) as caught:
        read_text(text, source="bad.yaml", fmt="yaml")
    assert reason in str(caught.value)
    assert str(caught.value).startswith("cannot open bad.yaml: ")


def test_front_matter_in_plain_text() -> None:
    text = "---\ntitle: From Front Matter\ndate: 2020-01-02\n---\nFrom Front Matter\n\nBody text.\n"
    doc = read_text(text, source="f.txt", fmt="text")
    assert doc.title == "From Front Matter"
    assert doc.meta.date == "2020-01-02"
    assert doc.text == "Body text."


def test_malformed_front_matter_names_line_and_column() -> None:
    text = "---\ntitle: ok\ndate: [bad\n---\nBody.\n"
    with pytest.raises(BriefingError, match=r"line \d+, column \d+"):
        read_text(text, source="f.md", fmt="markdown")


def test_front_matter_without_body_is_refused() -> None:
    with pytest.raises(BriefingError, match="no text"):
        read_text("---\ntitle: x\n---\n\n", source="f.md", fmt="markdown")
