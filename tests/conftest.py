"""Fixtures every test gets: reading state (sidebar widths, reading positions) goes to a
temporary folder, never to the user's real state directory."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory, monkeypatch):
    """``BRIEFING_STATE_DIR`` pointed at a fresh folder for each test, outside ``tmp_path``:
    tests that read a folder count what is in it (a hidden state folder was one more)."""
    folder = tmp_path_factory.mktemp("briefing-state")
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(folder))
    return folder
