"""briefing: a terminal reader for news and policy briefings.

The scripting API is importable without Textual::

    import briefing
    doc = briefing.analyse(briefing.read("article.txt"))
    for quote in doc.quotes:
        print(doc.speaker(quote.speaker), doc.text[quote.start:quote.end])

The names below are imported on first use (module ``__getattr__``): ``import briefing.model``
or ``briefing --version`` must not pay for the analysis, which takes most of a second to import.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # typing itself is not imported: this module is on every start-up path
if TYPE_CHECKING:
    from briefing.analysis import analyse
    from briefing.errors import BriefingError
    from briefing.load import read, read_text
    from briefing.model import Briefing

__all__ = ["Briefing", "BriefingError", "__version__", "analyse", "read", "read_text"]
__version__ = "0.1.0"

_LAZY = {
    "analyse": "briefing.analysis",
    "BriefingError": "briefing.errors",
    "read": "briefing.load",
    "read_text": "briefing.load",
    "Briefing": "briefing.model",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
