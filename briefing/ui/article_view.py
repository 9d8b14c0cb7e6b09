"""The article: a Line-API scroll view that renders only the lines on screen.

A Markdown widget per paragraph takes seconds to mount a long report; this view keeps a
wrapped-line index per width (:class:`ArticleLayout`), renders each visible line to a
:class:`Strip` on demand and caches the strips. Quotes, speaker mentions, headings, key points,
search hits (the current one apart), the flash after a jump and the bar beside the quote at the
reading position are styled through ``COMPONENT_CLASSES`` so themes and ``styles/*.tcss``
restyle them. The text is never parsed as markup and is passed through
:func:`safe_text` before any of it reaches the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from briefing.model import BlockKind, Briefing, Span
from briefing.ui.article_layout import (
    BLANK,
    CONTINUATION,
    ArticleLayout,
    is_continuation,
    prefix_width,
)
from briefing.ui.navigation import JumpHistory, Place, SpanIndex
from briefing.ui.text_safety import safe_text

MARGIN = 2  # a column for the key-point mark, then a space
RIGHT_MARGIN = 1
FLASH_SECONDS = 1.5
FILL_SECONDS = 0.02  # how often the background wrapping of a long text takes a piece
FILL_CHARS = 400_000  # characters wrapped per piece: a few milliseconds

_KIND_CLASS = {
    BlockKind.HEADING: "article--heading",
    BlockKind.BLOCKQUOTE: "article--blockquote",
    BlockKind.PRE: "article--pre",
}


class ArticleView(ScrollView, can_focus=True):
    """Shows one briefing, jumps to spans in it and reports the reading position."""

    HELP_GROUP = "Article"
    flash_seconds: ClassVar[float] = FLASH_SECONDS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--heading",
        "article--blockquote",
        "article--pre",
        "article--quote",
        "article--speaker",
        "article--keypoint",
        "article--search",
        "article--search-current",
        "article--highlight",
        "article--current",
        "article--current-bar",
    }

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        overflow-x: hidden;
        overflow-y: scroll;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "line_down", "Down", id="article.line_down", show=False),
        Binding("k,up", "line_up", "Up", id="article.line_up", show=False),
        Binding(
            "space,pagedown",
            "page_down",
            "Page",  # short for the footer; the help says which way
            key_display="space",
            id="article.page_down",
            tooltip="down one screen",
        ),
        Binding("b,pageup", "page_up", "Page up", id="article.page_up", show=False),
        Binding("ctrl+d", "half_down", "Half page down", id="article.half_down", show=False),
        Binding("ctrl+u", "half_up", "Half page up", id="article.half_up", show=False),
        Binding("g,home", "top", "Top", id="article.top", show=False),
        Binding("G,end", "bottom", "Bottom", id="article.bottom", show=False),
    ]

    @dataclass
    class Moved(Message):
        """The reading position changed (scroll or jump); frequent, so they merge."""

        anchor: int
        progress: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Moved)

    def __init__(self, doc: Briefing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._doc = doc
        self._layout: ArticleLayout | None = None
        self._fill_timer: Timer | None = None
        self._strips: LRUCache[int, Strip] = LRUCache(1024)
        self._base_style: Style | None = None  # self.rich_style walks the DOM: once per style
        self._quotes = SpanIndex([])
        self._mentions = SpanIndex([])
        self._key_points = SpanIndex([])
        self._hits = SpanIndex([])
        self._current_hit: Span | None = None
        self._current_quote: Span | None = None
        self._flash: Span | None = None
        self._flash_timer: Timer | None = None
        self._anchor = 0
        self._jumping = False
        self._history = JumpHistory()
        self._index_spans(doc)

    # -- the document -------------------------------------------------------------------

    @property
    def layout_lines(self) -> ArticleLayout | None:
        """The current line index (``None`` before the first layout)."""
        return self._layout

    def show_analysis(self, doc: Briefing) -> None:
        """Take the analysed briefing (same text) and mark its quotes, speakers and key points."""
        self._doc = doc
        self._index_spans(doc)
        self._restyle()

    def show_document(self, doc: Briefing) -> None:
        """Take a reloaded briefing (the text may have changed): wrap it again and stay at the
        same offset where the text still reaches it. Marks and history belonged to the old
        text, so they go."""
        self._doc = doc
        self._anchor = min(self._anchor, len(doc.text))
        self._hits = SpanIndex([])
        self._current_hit = self._current_quote = None
        self._set_flash(None)
        self._history = JumpHistory()
        self._index_spans(doc)
        if self._layout is not None:
            self._relayout()

    def _index_spans(self, doc: Briefing) -> None:
        self._quotes = SpanIndex([(q.start, q.end) for q in doc.quotes])
        self._mentions = SpanIndex(
            [(m.start, m.end) for speaker in doc.speakers for m in speaker.mentions]
        )
        self._key_points = SpanIndex(
            [(p.start, p.end) for p in doc.key_points if p.start is not None and p.end is not None]
        )

    def set_search_hits(self, hits: list[Span], current: Span | None = None) -> None:
        """Mark every search hit and the current one apart (an empty list clears them)."""
        self._hits = SpanIndex([(hit.start, hit.end) for hit in hits])
        self._current_hit = current
        self._restyle()

    def set_current_hit(self, hit: Span | None) -> None:
        """Mark the hit the reader is on in its own style (``None``: none)."""
        if hit != self._current_hit:
            self._current_hit = hit
            self._restyle()

    def set_current_quote(self, quote: Span | None) -> None:
        """Keep the quote at the reading position marked (a bar beside it, bold words) until
        the reader moves to another one: unlike the flash it does not fade."""
        if quote != self._current_quote:
            self._current_quote = quote
            self._restyle()

    @property
    def current_quote(self) -> Span | None:
        return self._current_quote

    # -- layout ---------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - MARGIN - RIGHT_MARGIN)

    def on_resize(self, event: Resize) -> None:
        width = self._text_width()
        if self._layout is None or self._layout.width != width:
            self._relayout()

    def _relayout(self) -> None:
        """Wrap the text for the current width and keep the reading offset on screen."""
        anchor = self._anchor
        # Lazy: the first screen is wrapped now, the rest on demand and by a timer, so a
        # 50 MB text paints at once; the height is an estimate until the timer is done.
        self._layout = ArticleLayout(
            self._doc.text, self._doc.paragraphs, self._text_width(), lazy=True
        )
        self._sync_size()
        self._strips.clear()
        if anchor:
            self._scroll_to_line(self._layout.line_of(anchor), anchor)
        if self._fill_timer is None and not self._layout.complete:
            self._fill_timer = self.set_interval(FILL_SECONDS, self._fill_layout)
        self.refresh()

    def _sync_size(self) -> None:
        layout = self._layout
        if layout is not None:
            size = Size(layout.width + MARGIN + RIGHT_MARGIN, len(layout))
            if size != self.virtual_size:
                self.virtual_size = size

    def _fill_layout(self) -> None:
        """Wrap the next piece of a long text in the background, then fix the height."""
        layout = self._layout
        more = layout is not None and layout.extend(FILL_CHARS)
        if not more and self._fill_timer is not None:
            self._fill_timer.stop()
            self._fill_timer = None
        self._sync_size()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base_style = None
        self._strips.clear()

    def _restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    # -- rendering ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        if self._base_style is None:
            self._base_style = self.rich_style
        base = self._base_style
        layout = self._layout
        if layout is not None and not layout.complete:
            wrapped = len(layout.starts)
            layout.ensure_line(index)
            if len(layout.starts) != wrapped:
                self.call_later(self._sync_size)
        if layout is None or index >= len(layout.starts):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_strip(index, base)
            self._strips[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _render_strip(self, index: int, base: Style) -> Strip:
        layout = self._layout
        assert layout is not None
        paragraph_index = layout.paragraph_of[index]
        if paragraph_index == BLANK:
            return Strip([], 0)
        paragraph = self._doc.paragraphs[paragraph_index]
        start, end = layout.starts[index], layout.ends[index]
        kind_class = _KIND_CLASS.get(paragraph.kind)
        line_style = base + self._style(kind_class) if kind_class else base
        segments = [self._margin(start, end, base)]
        if paragraph.kind is BlockKind.BULLET:
            if start != paragraph.start:
                mark = " " * prefix_width(paragraph)
            else:
                mark = f"{paragraph.marker} " if paragraph.marker else "• "
            segments.append(Segment(mark, line_style))
        elif paragraph.kind is BlockKind.BLOCKQUOTE:
            segments.append(Segment("▌ ", line_style))
        elif is_continuation(self._doc.text, paragraph, start):
            segments.append(Segment(CONTINUATION, line_style))
        segments.extend(self._text_segments(start, end, line_style))
        return Strip(segments)

    def _margin(self, start: int, end: int, base: Style) -> Segment:
        current = self._current_quote
        if current is not None and current.start < max(end, start + 1) and current.end > start:
            return Segment("┃ ", base + self._style("article--current-bar"))
        if self._key_points.overlapping(start, max(end, start + 1)):
            return Segment("▍ ", base + self._style("article--keypoint"))
        return Segment(" " * MARGIN, base)

    def _text_segments(self, start: int, end: int, line_style: Style) -> list[Segment]:
        """The line's text cut at every span edge, each piece with its layered style."""
        layers: list[tuple[list[tuple[int, int]], str]] = [
            (self._quotes.overlapping(start, end), "article--quote"),
            (self._mentions.overlapping(start, end), "article--speaker"),
            (self._hits.overlapping(start, end), "article--search"),
        ]
        for span, name in (
            (self._current_quote, "article--current"),
            (self._current_hit, "article--search-current"),
            (self._flash, "article--highlight"),
        ):
            if span is not None and span.start < end and span.end > start:
                layers.append(([(max(span.start, start), min(span.end, end))], name))
        layers = [(spans, name) for spans, name in layers if spans]
        # Made safe a line at a time (one-for-one, so offsets hold): the whole text at once
        # was a tenth of a second of a 50 MB text's first paint.
        line = safe_text(self._doc.text[start:end])
        if not layers:
            return [Segment(line, line_style)]
        cuts = {start, end}
        for spans, _ in layers:
            for span_start, span_end in spans:
                cuts.update((span_start, span_end))
        edges = sorted(cuts)
        segments: list[Segment] = []
        for left, right in pairwise(edges):
            style = line_style
            for spans, name in layers:
                if any(a <= left and right <= b for a, b in spans):
                    style = style + self._style(name)
            segments.append(Segment(line[left - start : right - start], style))
        return segments

    # -- position and jumps ---------------------------------------------------------------

    @property
    def anchor(self) -> int:
        """The offset being read: a jump's target, else the start of the reading line."""
        return self._anchor

    @property
    def flash_span(self) -> Span | None:
        """The span highlighted after the last jump, until the flash fades."""
        return self._flash

    @property
    def context_lines(self) -> int:
        """Lines kept above a jump target so the reader sees where it sits."""
        return max(0, min(2, (self.size.height - 1) // 2))

    @property
    def progress(self) -> int:
        """Percentage of the article scrolled past."""
        if self.max_scroll_y <= 0:
            return 100
        return round(100 * self.scroll_y / self.max_scroll_y)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._jumping or self._layout is None:
            return
        self._anchor = self._reading_offset(round(new_value))
        self._post_moved()

    def _reading_offset(self, scroll_y: int) -> int:
        """Offset at the reading line; the top and the bottom of the article are special so
        the first and last sections get marked even when they are shorter than the screen."""
        assert self._layout is not None
        if scroll_y <= 0:
            return 0
        if scroll_y >= self.max_scroll_y:
            self._layout.ensure_offset(len(self._doc.text))
            self.call_later(self._sync_size)
            return self._layout.starts[-1]
        return self._layout.start_of(scroll_y + self.context_lines)

    def _post_moved(self) -> None:
        self.post_message(self.Moved(self._anchor, self.progress))

    def _scroll_to_line(self, line: int, anchor: int) -> None:
        self._sync_size()  # finding the line may have wrapped more of a lazy layout
        self._jumping = True
        try:
            self.scroll_to(x=0, y=max(0, line - self.context_lines), animate=False)
        finally:
            self._jumping = False
        self._anchor = anchor
        self._post_moved()

    def jump_to(self, start: int, end: int | None = None, *, remember: bool = True) -> None:
        """Scroll so ``start`` sits on the reading line and flash ``[start, end)``."""
        if self._layout is None:
            return
        if remember:
            self._history.record(self.place)
        self._scroll_to_line(self._layout.line_of(start), start)
        if end is not None and end > start:
            self._set_flash(Span(start, end))

    @property
    def place(self) -> Place:
        """Where the reader is now, to come back to exactly."""
        return Place(round(self.scroll_y), self._anchor)

    def go_back(self) -> bool:
        """Return to where the reader was before the last jump; ``False`` if there is none."""
        return self._go(self._history.back(self.place))

    def go_forward(self) -> bool:
        """Undo the last :meth:`go_back`; ``False`` if there is nothing ahead."""
        return self._go(self._history.forward(self.place))

    def _go(self, place: Place | None) -> bool:
        if place is None:
            return False
        self._set_flash(None)
        self._jumping = True
        try:
            self.scroll_to(y=place.scroll_y, animate=False)
        finally:
            self._jumping = False
        self._anchor = place.anchor
        self._post_moved()
        return True

    @property
    def history_depth(self) -> int:
        return len(self._history)

    def _set_flash(self, span: Span | None) -> None:
        if self._flash_timer is not None:
            self._flash_timer.stop()
            self._flash_timer = None
        self._flash = span
        if span is not None:
            self._flash_timer = self.set_timer(self.flash_seconds, lambda: self._set_flash(None))
        self._restyle()

    # -- scrolling actions ----------------------------------------------------------------

    def _scroll_rows(self, rows: float) -> None:
        self.scroll_to(y=self.scroll_y + rows, animate=False)

    def action_line_down(self) -> None:
        self._scroll_rows(1)

    def action_line_up(self) -> None:
        self._scroll_rows(-1)

    def action_page_down(self) -> None:
        self._scroll_rows(max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._scroll_rows(-max(1, self.scrollable_content_region.height - 1))

    def action_half_down(self) -> None:
        self._scroll_rows(max(1, self.scrollable_content_region.height // 2))

    def action_half_up(self) -> None:
        self._scroll_rows(-max(1, self.scrollable_content_region.height // 2))

    def action_top(self) -> None:
        """``g`` is a jump (``Backspace`` comes back), as in less and vim."""
        self._history.record(self.place)
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self._history.record(self.place)
        self.scroll_to(y=self.max_scroll_y, animate=False)
