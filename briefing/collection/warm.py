"""What the reader's forkserver imports before it forks any worker.

Workers forked from the forkserver inherit its memory, so everything imported and loaded here
is paid for once, while the reading list is being drawn, instead of once per worker with the
files waiting: the pipeline, the readers, and what the pipeline loads on first use (the fitted
weights files, the lexicons), which only running it on a small invented text reaches.
"""

from __future__ import annotations

import contextlib
import importlib

from briefing.analysis import analyse
from briefing.collection.summary import summarise
from briefing.errors import BriefingError
from briefing.load import read_text

_SAMPLE = (
    "# A sample\n\n"
    'An official said: "The plan is ready and we will present it soon."\n\n'
    '"Nothing is decided yet," Alex Example, a spokesperson, said on Monday.\n'
)


def warm_up() -> None:
    """Import the readers (those installed) and run the pipeline once on a small text.

    Nothing here may raise: the forkserver survives only an ImportError in what it preloads, and
    without it no file could be analysed. A warm-up that fails leaves the workers to load what
    they need on their first file, as they would without it.
    """
    for module in ("briefing.load.markdown", "briefing.load.html", "trafilatura"):
        with contextlib.suppress(ImportError, BriefingError):
            importlib.import_module(module)
    with contextlib.suppress(Exception):
        summarise(analyse(read_text(_SAMPLE, source="<warm-up>", fmt="markdown")), "<warm-up>")


warm_up()
