"""User settings from a small YAML file, validated once at start-up.

The file lives at ``platformdirs.user_config_dir("briefing")/config.yaml`` (on Linux
``~/.config/briefing/config.yaml``); the environment variable ``BRIEFING_CONFIG`` points at
another file instead (tests and one-off runs use it). A missing default file means defaults;
a file named by ``BRIEFING_CONFIG`` must exist. Unknown keys and wrong types are refused with
a one-line :class:`BriefingError` rather than ignored, so a typo never silently does nothing.

Example::

    key_points: 5      # how many key points to choose (1-20); default: adapt to length
    width: 72          # wrap width of the plain-text export (20-1000); default 78
    theme: nord        # Textual theme of the reader
    measure: 72        # longest line of text in the reader (0: no limit); default 88
    max_size: 200MB    # refuse larger inputs (bytes, or with KB/MB/GB); default 100MB

PyYAML and platformdirs are imported when the settings are read, not when this module is:
``briefing --version`` and ``--help`` never read them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError

ENV_VAR = "BRIEFING_CONFIG"
MAX_CONFIG_SIZE = 1_000_000  # a settings file is a few lines; /dev/zero must not fill memory
_LIMITS = {"key_points": (1, 20), "width": (20, 1000), "measure": (0, 1000)}


@dataclass(frozen=True, slots=True)
class Config:
    """Settings that apply when the command line does not say otherwise (``None``: built-in)."""

    key_points: int | None = None
    width: int | None = None
    theme: str | None = None
    max_size: int | None = None
    measure: int | None = None


def config_path() -> Path:
    """Where the settings are read from: ``$BRIEFING_CONFIG`` or the per-user config folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("briefing")) / "config.yaml"


def _check(name: str, value: Any, source: str) -> Any:
    if name == "max_size":
        from briefing.load.decode import parse_size

        try:
            return parse_size(value)
        except ValueError as error:
            raise BriefingError(source, f"max_size: {error}") from None
    if name in _LIMITS:
        low, high = _LIMITS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise BriefingError(source, f"{name} must be a whole number from {low} to {high}")
        return value
    if not isinstance(value, str) or not value.strip():
        raise BriefingError(source, f"{name} must be a non-empty string")
    return value.strip()


def parse_config(text: str, *, source: str) -> Config:
    """Validate the YAML text of a config file; ``source`` names it in error messages."""
    from briefing.load.safe_yaml import load_yaml

    data = load_yaml(text, source)
    if data is None:
        return Config()
    if not isinstance(data, dict):
        raise BriefingError(source, "expected a mapping of settings (key: value)")
    known = [field.name for field in fields(Config)]
    values = {}
    for name, value in data.items():
        if name not in known:
            raise BriefingError(
                source, f"unknown setting {name!r} (known: {', '.join(sorted(known))})"
            )
        if value is not None:
            values[name] = _check(name, value, source)
    return Config(**values)


def load_config(path: Path | None = None) -> Config:
    """Read and validate the settings file (defaults when the default file does not exist)."""
    explicit = path is not None or bool(os.environ.get(ENV_VAR))
    path = path if path is not None else config_path()
    from briefing.load.decode import read_bytes

    try:
        _, raw = read_bytes(path, max_size=MAX_CONFIG_SIZE)
    except BriefingError as error:
        if error.reason == "no such file" and not explicit:
            return Config()
        raise
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise BriefingError(str(path), f"not valid UTF-8 (byte {error.start})") from None
    return parse_config(text, source=str(path))
