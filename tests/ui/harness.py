"""One place that builds reader apps for tests: pinned theme and size, hand-made briefings.

The quote and key-point engines are tuned by other work, so most UI tests run on briefings whose
analysis is written here by hand (``analysed=True``: the app shows them without a worker). The
seed runs through the real analysis worker; :func:`settle` waits for it so nothing flickers.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from textual.pilot import Pilot

from briefing import read
from briefing.analysis.text.sections import build_sections
from briefing.analysis.text.sentences import split_sentences
from briefing.model import BlockKind, Briefing, KeyPoint, Paragraph, Quote, Span, Speaker
from briefing.resources import default_seed
from briefing.ui.app import BriefingApp
from briefing.ui.screens.reader import ReaderScreen

THEME = "textual-dark"
LIGHT = "textual-light"
WIDE = (120, 40)
NARROW = (80, 24)
SMALL = (60, 20)


class DocBuilder:
    """Paragraphs appended one by one, with helpers that find exact spans in them."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, BlockKind, int]] = []

    def add(self, text: str, kind: BlockKind = BlockKind.TEXT, level: int = 0) -> DocBuilder:
        self.blocks.append((text, kind, level))
        return self

    def heading(self, text: str) -> DocBuilder:
        return self.add(text, BlockKind.HEADING, 1)

    def build(self, title: str) -> Briefing:
        paragraphs = []
        offset = 0
        for text, kind, level in self.blocks:
            paragraphs.append(Paragraph(offset, offset + len(text), kind, level))
            offset += len(text) + 2
        body = "\n\n".join(text for text, _, _ in self.blocks)
        doc = Briefing(title=title, source="harness", text=body, paragraphs=tuple(paragraphs))
        return replace(
            doc,
            sections=build_sections(body, doc.paragraphs),
            sentences=split_sentences(body, doc.paragraphs),
        )


def span(text: str, needle: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text`` (fails loudly if absent)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def quote(text: str, words: str, speaker: str | None) -> Quote:
    where = span(text, words)
    return Quote(where.start, where.end, speaker)


def key_point(text: str, sentence: str, rank: int) -> KeyPoint:
    where = span(text, sentence)
    return KeyPoint(sentence, where.start, where.end, rank)


def harbour() -> Briefing:
    """A short, fully analysed briefing with every kind of block, quote and hostile text."""
    doc = (
        DocBuilder()
        .add(
            "The harbour council met on Monday to reopen talks with the fishing cooperative, "
            "after a storm closed the port for a week."
        )
        .heading("What Was Said")
        .add(
            "“We will rebuild the north quay before winter,” said Mara Quill, the council chair. "
            "Quill added that the budget was already agreed."
        )
        .add(
            "Dockworkers' spokesman Tomas Reed said “the cooperative needs written guarantees” "
            "and that “nobody signs on a promise.”"
        )
        .add("Repairs start in March.", BlockKind.BULLET)
        .add("The fish market reopens on Friday.", BlockKind.BULLET)
        .heading("The Numbers")
        .add("Item        Cost\nQuay        4.2m\nBreakwater  1.1m", BlockKind.PRE)
        .add(
            "A notice at the gate read “[bold]closed[/bold] until further notice” and carried "
            "a stray \x1b[31m escape code."
        )
        .heading("What Comes Next")
        .add(
            "“The water is calm again,” one resident said. Quill promised a second meeting in "
            "April. Reed said “we will be there.”"
        )
        .build("Harbour Talks Resume After Storm")
    )
    text = doc.text
    speakers = (
        Speaker(
            "mara-quill",
            "Mara Quill",
            "council chair",
            mentions=(span(text, "Mara Quill"), span(text, "Quill", 2), span(text, "Quill", 3)),
        ),
        Speaker(
            "tomas-reed",
            "Tomas Reed",
            "dockworkers' spokesman",
            mentions=(span(text, "Tomas Reed"), span(text, "Reed", 2)),
        ),
    )
    quotes = (
        quote(text, "We will rebuild the north quay before winter,", "mara-quill"),
        quote(text, "the cooperative needs written guarantees", "tomas-reed"),
        quote(text, "nobody signs on a promise.", "tomas-reed"),
        quote(text, "[bold]closed[/bold] until further notice", None),
        quote(text, "The water is calm again,", None),
        quote(text, "we will be there.", "tomas-reed"),
    )
    points = (
        key_point(text, "The harbour council met on Monday", 1),
        key_point(text, "Quill added that the budget was already agreed.", 3),
        key_point(text, "Quill promised a second meeting in April.", 2),
    )
    return replace(doc, quotes=quotes, speakers=speakers, key_points=points, analysed=True)


def long_report(parts: int = 30) -> Briefing:
    """Many sections, each with a quote, so scrolling, sidebars and n/N have room to move."""
    builder = DocBuilder().add("A long report opens with a summary of everything below it.")
    for number in range(1, parts + 1):
        builder.heading(f"Part {number}")
        builder.add(
            f"Part {number} describes step {number} of the plan in some detail, with several "
            "sentences that wrap across more than one line of the reading pane. It continues "
            "with the reasons behind the step and what it will cost the town."
        )
        speaker = "Ana Field" if number % 2 else "Ben Stone"
        builder.add(f"“Step {number} is on schedule,” said {speaker}. The work goes on.")
    doc = builder.build("A Long Report")
    text = doc.text
    quotes = tuple(
        quote(text, f"Step {n} is on schedule,", "ana" if n % 2 else "ben")
        for n in range(1, parts + 1)
    )
    ana_mentions = tuple(span(text, "Ana Field", k) for k in range(1, (parts + 1) // 2 + 1))
    speakers = (
        Speaker("ana", "Ana Field", "engineer", mentions=ana_mentions),
        Speaker("ben", "Ben Stone", None),
    )
    points = tuple(
        key_point(text, f"Part {n} describes step {n} of the plan in some detail", rank)
        for rank, n in enumerate((2, 9, 17, 25), start=1)
    )
    return replace(doc, quotes=quotes, speakers=speakers, key_points=points, analysed=True)


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test on its own event loop (the test extra has no asyncio plugin)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def within(text: str, phrase: str, word: str) -> Span:
    """The span of ``word`` inside the first ``phrase`` (to pick one mention of a name)."""
    start = text.index(phrase) + phrase.index(word)
    return Span(start, start + len(word))


def through(text: str, prefix: str, stop: str) -> str:
    """``prefix`` extended to just before the next ``stop`` mark (or the paragraph's end)."""
    start = text.index(prefix)
    ends = [i for i in (text.find(stop, start), text.find("\n", start)) if i >= 0]
    return text[start : min(ends, default=len(text))]


def pinned_seed_analysis(doc: Briefing, *, key_points: int | None = None) -> Briefing:
    """The seed's analysis written by hand: snapshots then show the reader, not the engines'
    latest tuning (the Pilot and end-to-end tests run the real engines)."""
    text = doc.text
    doc = replace(
        doc,
        sections=build_sections(text, doc.paragraphs),
        sentences=split_sentences(text, doc.paragraphs),
    )
    speakers = (
        Speaker(
            "antony-blinken",
            "Antony Blinken",
            "US Secretary of State",
            mentions=(
                span(text, "Antony Blinken"),
                within(text, "Blinken added", "Blinken"),
                within(text, "Blinken told reporters", "Blinken"),
            ),
        ),
        Speaker("vladimir-putin", "Vladimir Putin", "Russian President", mentions=()),
        Speaker("biden", "Biden", None, mentions=(span(text, "Biden"),)),
    )
    quoted = [
        ("Now that the attack", "antony-blinken"),
        ("it does not make logical sense", "antony-blinken"),
        ("I spoke with our allies", "antony-blinken"),
        ("pretexts", None),
        ("keep the peace.", "vladimir-putin"),
        ("However, we will not enable Russia", "antony-blinken"),
        ("This is the start of a Russian invasion.", "biden"),
    ]
    quotes = tuple(quote(text, through(text, words, "”"), who) for words, who in quoted)
    sentences = [
        "On Tuesday, US Secretary of State Antony Blinken said",
        "Russia was struck with more sanctions",
        "Despite estimations from western authorities",
    ]
    points = tuple(
        key_point(text, through(text, words, ". ").rstrip(".") + ".", rank)
        for rank, words in enumerate(sentences, start=1)
    )
    return replace(doc, quotes=quotes, speakers=speakers, key_points=points, analysed=True)


def seed() -> Briefing:
    """The bundled sample, loaded but not analysed: the app analyses it in its worker."""
    return read(default_seed())


def make_app(doc: Briefing, *, key_points: int | None = None, theme: str = THEME) -> BriefingApp:
    return BriefingApp(doc, key_points=key_points, theme=theme)


async def settle(pilot: Pilot) -> None:
    """Wait until the analysis worker is done and the screen has caught up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def reader(pilot: Pilot) -> ReaderScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen
