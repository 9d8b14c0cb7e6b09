"""Golden files: every export format of the hand-built sample, byte for byte.

A change to a renderer shows up here as a diff to review. When the change is intended,
regenerate the files and commit them with the change:

    BRIEFING_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py

(the run that regenerates still passes; check ``git diff tests/golden`` before committing).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from export_samples import harbour, hostile

from briefing.export import render
from briefing.model import Briefing

GOLDEN = Path(__file__).parent / "golden"
UPDATE = bool(os.environ.get("BRIEFING_UPDATE_GOLDEN"))

CASES = [
    ("harbour.txt", harbour, "text", 78),
    ("harbour-40.txt", harbour, "text", 40),
    ("harbour.md", harbour, "markdown", 78),
    ("harbour.json", harbour, "json", 78),
    ("hostile.txt", hostile, "text", 78),
    ("hostile.md", hostile, "markdown", 78),
    ("hostile.json", hostile, "json", 78),
]


@pytest.mark.parametrize(("name", "build", "fmt", "width"), CASES, ids=[c[0] for c in CASES])
def test_export_matches_golden_file(
    name: str, build: Callable[[], Briefing], fmt: str, width: int
) -> None:
    rendered = render(build(), fmt, width=width)
    path = GOLDEN / f"export-{name}"
    if UPDATE:
        path.write_bytes(rendered.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == rendered
