"""The sidebar widths the user chose with ``<``/``>``, kept between runs.

Each is kept as a share of the terminal's width (so it still fits when the terminal is
smaller next time), per side and arrangement (see ``sidebar_layout.choice_key``).

They live in a small JSON file in the per-user state folder
(``platformdirs.user_state_dir("briefing")``, or ``$BRIEFING_STATE_DIR`` for tests and one-off
runs), beside the per-file reading positions. A missing, unreadable or malformed file means
"no choice made": the widths then follow the terminal (see ``sidebar_layout``). Saving never
raises: losing a width preference must not stop anyone reading.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

STATE_VAR = "BRIEFING_STATE_DIR"
FILE_NAME = "sidebar-widths.json"
KEYS = ("left", "right", "left-drawer", "right-drawer")
_MAX_BYTES = 10_000  # two numbers: anything bigger is not ours


def state_dir() -> Path:
    """``$BRIEFING_STATE_DIR`` or the platform's per-user state folder for briefing."""
    override = os.environ.get(STATE_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_state_dir("briefing"))


def widths_path() -> Path:
    return state_dir() / FILE_NAME


def load_widths() -> dict[str, float]:
    """The saved share per key (``left``, ``right-drawer``...); those never resized are absent."""
    try:
        path = widths_path()
        if path.stat().st_size > _MAX_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: float(value)
        for key, value in data.items()
        if key in KEYS
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 < value < 1
    }


def save_widths(widths: dict[str, float]) -> bool:
    """Write the widths (atomically, so a crash never leaves half a file); ``False`` if the
    state folder cannot be written."""
    path = widths_path()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        shares = {key: round(value, 4) for key, value in widths.items()}
        temporary.write_text(json.dumps(shares, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True
