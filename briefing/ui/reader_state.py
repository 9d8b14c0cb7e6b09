"""Where the reader left each file, so reopening it continues there (as less and e-readers do).

A place is keyed by the file's resolved path *and* a hash of its text: an edited file is a
different text, and an old offset into it would land in the wrong paragraph, so it starts at
the top instead. Places live in one small JSON file under the platform's user state directory
(``$BRIEFING_STATE_DIR`` overrides it, which tests use); only the most recent ones are kept.

Losing a place is harmless, so every failure here (unreadable, corrupt or unwritable state) is
silent: the reader never shows a traceback for its own bookkeeping.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

STATE_DIR_VAR = "BRIEFING_STATE_DIR"
STATE_FILE = "places.json"
KEEP = 200  # places remembered; the least recently saved go first
_VERSION = 1


@dataclass(frozen=True, slots=True)
class SavedPlace:
    """A reading position: the offset to return to, and how to tell the user where that is."""

    offset: int
    section: str
    percent: int


def state_dir() -> Path:
    """``$BRIEFING_STATE_DIR``, else the platform's state directory for briefing."""
    override = os.environ.get(STATE_DIR_VAR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir("briefing"))


def document_key(source: str, text: str) -> str | None:
    """The key of a document's places, or ``None`` for one that cannot be reopened (stdin,
    the built-in seed, a name given by a YAML ``source:`` field)."""
    if "://" in source:
        where = source
    else:
        try:
            path = Path(source)
            if not path.is_file():
                return None
            where = str(path.resolve())
        except (OSError, ValueError):
            return None
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{where}#sha256={digest}"


def _where(key: str) -> str:
    return key.rpartition("#sha256=")[0]


class PlaceStore:
    """The remembered places, read from and written to one JSON file."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder if folder is not None else state_dir()) / STATE_FILE

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        places = data.get("places") if isinstance(data, dict) else None
        if not isinstance(places, dict):
            return {}
        return {key: value for key, value in places.items() if isinstance(value, dict)}

    def recall(self, key: str) -> SavedPlace | None:
        """The place saved for ``key``, if there is a sound one."""
        entry = self._read().get(key)
        if entry is None:
            return None
        offset, section, percent = entry.get("offset"), entry.get("section"), entry.get("percent")
        if not (isinstance(offset, int) and isinstance(section, str) and isinstance(percent, int)):
            return None
        if offset < 0:
            return None
        return SavedPlace(offset, section, max(0, min(100, percent)))

    def remember(self, key: str, place: SavedPlace) -> bool:
        """Save ``place`` as the newest; drop the same file's places for other texts and the
        oldest beyond :data:`KEEP`. ``False`` if it could not be written."""
        places = self._read()
        where = _where(key)
        places = {k: v for k, v in places.items() if _where(k) != where}
        places[key] = {"offset": place.offset, "section": place.section, "percent": place.percent}
        kept = dict(list(places.items())[-KEEP:])
        return self._write({"version": _VERSION, "places": kept})

    def _write(self, data: dict[str, object]) -> bool:
        """Write beside the file and rename over it, so a crash never leaves half a file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                dir=self.path.parent, prefix=".places-", suffix=".tmp"
            )
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(data, stream, ensure_ascii=False)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return False
        return True
