"""briefing: a terminal reader for news and policy briefings.

The scripting API is importable without Textual::

    import briefing
    doc = briefing.analyse(briefing.read("article.txt"))
    for quote in doc.quotes:
        print(doc.speaker(quote.speaker), doc.text[quote.start:quote.end])
"""

from __future__ import annotations

from briefing.analysis import analyse
from briefing.errors import BriefingError
from briefing.load import read, read_text
from briefing.model import Briefing

__all__ = ["Briefing", "BriefingError", "__version__", "analyse", "read", "read_text"]
__version__ = "0.1.0"
