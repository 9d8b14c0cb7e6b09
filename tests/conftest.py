"""Fixtures every test gets: reading state (sidebar widths, reading positions) goes to a
temporary folder, never to the user's real state directory."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    """``BRIEFING_STATE_DIR`` pointed at a fresh folder for each test."""
    folder = tmp_path / ".briefing-state"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(folder))
    return folder
