"""Fixtures every test shares."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory, monkeypatch):
    """Reading positions go to a fresh folder per test, never the user's real state."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(folder))
    return folder
