"""Fuzzing the whole pipeline with news-like documents (see ``fuzz_documents``).

CI runs the quick ``fuzz-ci`` profile; ``BRIEFING_FUZZ_PROFILE=fuzz-long`` searches longer, and
``benchmarks/fuzz.py`` runs for minutes and saves what fails under ``tests/fuzz_regressions/``,
whose every file is replayed here. A file is named ``HASH.FORMAT.txt`` and holds the document.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fuzz_documents import analyse_checked, documents
from hypothesis import HealthCheck, given, settings

REGRESSIONS = Path(__file__).parent / "fuzz_regressions"

settings.register_profile(
    "fuzz-ci",
    max_examples=600,
    deadline=None,
    derandomize=True,  # the same documents on every run: CI never flakes on a new one
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz-long",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("BRIEFING_FUZZ_PROFILE", "fuzz-ci"))


@PROFILE
@given(documents())
def test_any_news_like_document_analyses_with_its_invariants(document: tuple[str, str]) -> None:
    fmt, text = document
    analyse_checked(fmt, text)


def _saved() -> list[Path]:
    return sorted(REGRESSIONS.glob("*.txt"))


@pytest.mark.parametrize("path", _saved(), ids=[path.name for path in _saved()])
def test_saved_fuzz_failures_stay_fixed(path: Path) -> None:
    fmt = path.name.split(".")[-2]
    analyse_checked(fmt, path.read_text(encoding="utf-8"))
