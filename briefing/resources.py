"""Where the bundled seeds and styles live, in a wheel install and in a source checkout alike.

A wheel carries them inside the package (``briefing/_data/``, see pyproject's force-include); a
checkout or editable install keeps them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DEFAULT_SEED = "talks-with-russia-cancelled.txt"


def data_dir(name: str) -> Path:
    """The folder of bundled ``seeds`` or ``styles``."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled {name!r} folder is missing from this installation")


def default_seed() -> Path:
    """The sample briefing opened when no file is given."""
    return data_dir("seeds") / DEFAULT_SEED
