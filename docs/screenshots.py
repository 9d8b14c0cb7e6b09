"""Make the README's screenshots: the reader on the bundled sample at the sizes terminals open
with, as SVG files drawn by Textual itself (``App.save_screenshot``).

Run from the checkout after changing what the reader looks like::

    .venv/bin/python docs/screenshots.py

Each picture is driven by Pilot key presses, so it shows what those keys really do. Sidebar
widths are read from an empty temporary state folder: your own resized widths never leak in.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Shot:
    """One screenshot: file name, terminal size, keys pressed after the analysis, theme."""

    name: str
    size: tuple[int, int]
    keys: tuple[str, ...] = ()
    theme: str = "textual-dark"


SHOTS = (
    Shot("reader-160x45.svg", (160, 45), ("n", "n")),
    Shot("reader-100x30-quotes-drawer.svg", (100, 30), ("n", "f3")),
    Shot("reader-80x24.svg", (80, 24), ("n",)),
    Shot("reader-80x24-contents.svg", (80, 24), ("t", "j")),
    Shot("reader-80x24-search.svg", (80, 24), ("slash", *"Russia", "enter", "n")),
    Shot("reader-80x24-light.svg", (80, 24), ("n", "n", "f3"), theme="textual-light"),
)


async def take(shot: Shot, folder: Path) -> Path:
    from briefing import read
    from briefing.resources import default_seed
    from briefing.ui.app import BriefingApp
    from briefing.ui.article_view import ArticleView

    ArticleView.flash_seconds = 3600  # keep a jump's flash in the picture
    app = BriefingApp(read(default_seed()), theme=shot.theme)
    async with app.run_test(size=shot.size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*shot.keys)
        await pilot.pause()
        await pilot.pause()
        return Path(app.save_screenshot(filename=shot.name, path=str(folder)))


def main() -> None:
    with tempfile.TemporaryDirectory() as state:
        os.environ["BRIEFING_STATE_DIR"] = state
        for shot in SHOTS:
            path = asyncio.run(take(shot, HERE))
            print(f"{path.relative_to(HERE.parent)}  {shot.size[0]}x{shot.size[1]}")


if __name__ == "__main__":
    main()
