"""Many briefings at once: finding them, analysing them in parallel, and who said what across them.

This package sits between ``analysis`` and ``export`` in the layering (``model`` <- ``load`` <-
``analysis`` <- ``collection`` <- ``export`` <- ``ui`` <- ``cli``): it only *uses* the pipeline
(read, analyse) on many inputs and reduces each analysed briefing to a small picklable
:class:`~briefing.collection.summary.Summary`, so the digest export and the reading-list screen
share one headless, tested notion of a collection. It never imports Textual nor renders text.

Memory stays bounded by the summaries: a worker process reads and analyses one file and sends
back only its header, key points and quotes, never the whole text.
"""

from __future__ import annotations

from briefing.collection.discover import Found, find_briefings
from briefing.collection.parallel import default_jobs, summarise_many, summarise_source
from briefing.collection.people import Person, PersonQuote, people_across
from briefing.collection.summary import QuoteEntry, Summary, summarise

__all__ = [
    "Found",
    "Person",
    "PersonQuote",
    "QuoteEntry",
    "Summary",
    "default_jobs",
    "find_briefings",
    "people_across",
    "summarise",
    "summarise_many",
    "summarise_source",
]
