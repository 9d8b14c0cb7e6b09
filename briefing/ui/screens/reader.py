"""The reading screen: wires the article, the sidebars, search and the jump keys together.

Widgets own their state; this screen only turns their messages and the user's keys into jumps.
Analysis runs in a thread worker so the text is on screen at once and the sidebars fill in when
it finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.events import MouseScrollDown, MouseScrollUp, Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static, Tree
from textual.worker import Worker, WorkerState

from briefing.errors import BriefingError
from briefing.model import Briefing, KeyPoint, Quote, Span
from briefing.ui.article_view import MARGIN, RIGHT_MARGIN, ArticleView
from briefing.ui.background import in_daemon_thread
from briefing.ui.export_names import FORMAT_TITLES, free_export_path
from briefing.ui.jump_list import JumpList
from briefing.ui.key_footer import KeyFooter
from briefing.ui.keypoints_list import KeyPointsList
from briefing.ui.navigation import current_index, next_index, previous_index
from briefing.ui.place_tree import PlaceTree
from briefing.ui.quotes_list import QuotesList, speaker_heading, speaker_order
from briefing.ui.reader_state import PlaceStore, SavedPlace, document_key
from briefing.ui.reading_header import ReadingHeader
from briefing.ui.screens.help import HelpScreen, binding_rows, help_nodes
from briefing.ui.screens.picker import TEXT_WIDTH, PickerScreen
from briefing.ui.search_bar import (
    BadPattern,
    SearchBar,
    SearchResults,
    compile_search,
    find_hits,
)
from briefing.ui.sections_list import LEDE_TITLE, SectionsList
from briefing.ui.sidebar_layout import (
    STEP,
    Placement,
    Side,
    choice_key,
    placement,
    sidebar_widths,
)
from briefing.ui.sidebar_widths import load_widths, save_widths
from briefing.ui.status_line import QuoteStatus, StatusLine
from briefing.ui.text_safety import safe_label, shorten

# The longest line of text, in columns (config ``measure:``, ``--measure``; 0: no limit). Longer
# lines are hard to follow back to their start; the text column is centred in what is left.
DEFAULT_MEASURE = 88
# Cells the article adds around its text: margin mark, right margin, scroll bar, focus edge.
ARTICLE_CHROME = MARGIN + RIGHT_MARGIN + 2
SIDES: tuple[Side, Side] = ("left", "right")
# Notices take the bottom rows of the text; a reading position or hit in the lower half of the
# text (at the end of a document, where it cannot scroll to the reading line) moves them up.
NOTICES_TOP = "notices-top"

# The footer's keys by importance: what a newcomer needs first survives the narrowest terminal.
FOOTER_ORDER = (
    "search.find",
    "search.close",
    "app.quit",
    "reader.help",
    "reader.next_quote",
    "reader.search_next",
    "reader.search",
    "reader.speakers",
    "reader.contents",
    "article.page_down",
    "reader.next_section",
    "reader.back",
    "reader.toggle_left",
    "reader.toggle_right",
)


class ReaderScreen(Screen[None]):
    """One briefing on screen, with sections and key points left and quotes right."""

    HELP_GROUP = "Reader"

    # The footer shows these by FOOTER_ORDER (status_footer.py), not by their order here.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="reader.help"),
        Binding(
            "f2",
            "toggle_left",
            "Sections",
            tooltip="show or hide the sections and key points (the focus stays on the text)",
            id="reader.toggle_left",
        ),
        Binding(
            "f3",
            "toggle_right",
            "Quotes",
            tooltip="show or hide the quotes (the focus stays on the text)",
            id="reader.toggle_right",
        ),
        Binding(
            "t",
            "contents",
            "Contents",
            tooltip="into the table of contents; t again goes back to the text",
            id="reader.contents",
        ),
        Binding(
            "less_than_sign",
            "resize(-1)",
            "Narrower",
            tooltip="the sidebar with the focus (else the left one); remembered",
            id="reader.narrower",
            show=False,
        ),
        Binding(
            "greater_than_sign",
            "resize(1)",
            "Wider",
            tooltip="the sidebar with the focus (else the left one); remembered",
            id="reader.wider",
            show=False,
        ),
        Binding(
            "ctrl+left",
            "move_edge(-1)",
            "Edge left",
            tooltip="move the sidebar's edge by the text to the left",
            id="reader.edge_left",
            show=False,
        ),
        Binding(
            "ctrl+right",
            "move_edge(1)",
            "Edge right",
            tooltip="move the sidebar's edge by the text to the right",
            id="reader.edge_right",
            show=False,
        ),
        # n/N step through quotes, or through hits while a search is active (as in less);
        # check_action shows whichever pair applies, so the footer and help never lie.
        Binding(
            "n",
            "next_quote",
            "Next quote",
            tooltip="n/N step through hits instead while a search is active",
            id="reader.next_quote",
        ),
        Binding("N", "previous_quote", "Prev quote", id="reader.previous_quote", show=False),
        Binding(
            "n",
            "search_next",
            "Next hit",
            tooltip="while a search is active; Escape ends it and n is next quote again",
            id="reader.search_next",
        ),
        Binding("N", "search_previous", "Prev hit", id="reader.search_previous", show=False),
        Binding("right_square_bracket", "next_section", "Next section", id="reader.next_section"),
        Binding(
            "left_square_bracket",
            "previous_section",
            "Prev section",
            id="reader.previous_section",
            show=False,
        ),
        *(
            Binding(
                str(n), f"key_point({n})", "Key point N", id=f"reader.key_point_{n}", show=False
            )
            for n in range(1, 10)
        ),
        Binding(
            "backspace,ctrl+o",
            "back",
            "Back",
            tooltip="back to before the last jump; with none left, back to the reading list",
            id="reader.back",
        ),
        Binding(
            "ctrl+i,alt+right",
            "forward",
            "Forward",
            tooltip="undo Back (ctrl+i only where the terminal tells it from Tab)",
            id="reader.forward",
            show=False,
        ),
        # A priority binding runs before Textual routes the next keys, so "/talks" typed in one
        # burst all lands in the field (check_action lets "/" through once the field has focus).
        Binding("slash", "search", "Search", id="reader.search", priority=True),
        Binding("full_stop", "next_hit", "Next hit", id="reader.next_hit", show=False),
        Binding("comma", "previous_hit", "Prev hit", id="reader.previous_hit", show=False),
        Binding("s", "speakers", "Speakers", id="reader.speakers"),
        Binding(
            "K",
            "section_points",
            "Section points",
            tooltip="the key points of the section you are reading",
            id="reader.section_points",
            show=False,
        ),
        Binding(
            "escape",
            "clear",
            "Close/end",
            tooltip="closes an open drawer, else ends the search, else clears the speaker filter",
            id="reader.clear",
            show=False,
        ),
        Binding("e", "export", "Export", id="reader.export", show=False),
        Binding("c", "copy_quote", "Copy quote", id="reader.copy_quote", show=False),
        Binding(
            "R",
            "reload",
            "Reload",
            tooltip="read the file again and keep your place",
            id="reader.reload",
            show=False,
        ),
    ]

    # The status line's fields (bound with data_bind), kept here because the screen knows them.
    progress: reactive[int] = reactive(0)
    analysing: reactive[bool] = reactive(False)
    section: reactive[str] = reactive("")
    quote: reactive[QuoteStatus | None] = reactive(None)
    speaker_filter: reactive[str] = reactive("")
    counter: reactive[str] = reactive("")

    def __init__(
        self,
        doc: Briefing,
        *,
        key_points: int | None = None,
        reload: Callable[[], Briefing] | None = None,
        from_list: bool = False,
        jump: tuple[int, int] | None = None,
        measure: int = DEFAULT_MEASURE,
        rest: Callable[[], Briefing] | None = None,
        shown: float = 1.0,
    ) -> None:
        super().__init__()
        self.doc = doc
        # ``doc`` may be only the beginning of a very long text (``load.read_beginning``):
        # ``rest`` parses the whole in the analysis worker, ``shown`` is the beginning's share.
        self._rest = rest
        self._shown = shown
        self._key_point_count = key_points
        self._reload = reload
        # Opened from a reading list: Backspace with no jump left to undo returns to the list.
        self.from_list = from_list
        self._first_jump = jump
        self.measure = measure
        self._place: Placement | None = None
        self._open: dict[Side, bool] = {"left": True, "right": True}
        self._chosen_widths: dict[str, float] = load_widths()
        self._widths: dict[Side, int] = {}
        self._previews: dict[Side, str] = {"left": "", "right": ""}
        self._search: SearchResults | None = None
        self._focus_before_search: Widget | None = None
        self._section_starts: list[int] = []
        self._point_indices: list[int] = []
        self._point_starts: list[int] = []
        self._quote_indices: list[int] = []
        self._quote_starts: list[int] = []
        self.export_folder = Path.cwd()
        self._failure: str | None = None  # why the analysis gave nothing, once it failed
        self._place_key: str | None = None  # where this text's reading position is saved
        self._read_to: int | None = None  # the article's last anchor, kept past unmounting

    def compose(self) -> ComposeResult:
        yield ReadingHeader(self.doc, id="header")
        with Horizontal(id="body"):
            with Vertical(id="left", classes="sidebar"):
                yield Label("Sections", classes="pane-title")
                yield SectionsList(id="sections")
                yield Label("Key points", classes="pane-title")
                yield KeyPointsList(id="keypoints")
                yield Static(id="left-preview", classes="preview", markup=False)
            with Container(id="column"):
                yield ArticleView(self.doc, id="article")
            with Vertical(id="right", classes="sidebar"):
                yield Label("Quotes", classes="pane-title", id="quotes-title")
                yield QuotesList(id="quotes")
                yield Static(id="right-preview", classes="preview", markup=False)
        yield SearchBar(
            placeholder="Search: a pattern (capitals: case matters). Enter finds, Escape cancels",
            id="search",
        )
        yield StatusLine(id="status").data_bind(
            ReaderScreen.section,
            ReaderScreen.quote,
            ReaderScreen.speaker_filter,
            ReaderScreen.counter,
            ReaderScreen.progress,
            ReaderScreen.analysing,
        )
        yield KeyFooter(FOOTER_ORDER, id="footer")

    # -- widgets --------------------------------------------------------------------------

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def sections_list(self) -> SectionsList:
        return self.query_one("#sections", SectionsList)

    @property
    def keypoints_list(self) -> KeyPointsList:
        return self.query_one("#keypoints", KeyPointsList)

    @property
    def quotes_list(self) -> QuotesList:
        return self.query_one("#quotes", QuotesList)

    # -- analysis -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.article.focus()
        self.article.styles.max_width = self.measure + ARTICLE_CHROME if self.measure else None
        if self._first_jump is not None:
            start, end = self._first_jump
            self.call_after_refresh(self.article.jump_to, start, end, remember=False)
        if self._rest is None:  # a beginning's place is remembered once the whole is read
            self._start_place_memory(restore=self._first_jump is None)
        if self.doc.analysed:
            self._show_analysis(self.doc)
        else:
            self.analysing = True
            for pane in (self.sections_list, self.keypoints_list, self.quotes_list):
                pane.loading = True
            self.call_after_refresh(self.analyse_document)

    @work(exclusive=True, exit_on_error=False, name="analysis")
    async def analyse_document(self) -> Briefing:
        """Analysis is pure CPU work: a thread keeps the text scrollable meanwhile (a daemon
        one, so quitting does not wait for it). When only the beginning is on screen, the
        whole text is parsed first and replaces it."""
        from briefing.analysis import analyse

        doc = self.doc
        if self._rest is not None:
            try:
                doc = await in_daemon_thread(self._rest, name="briefing-read")
            except BriefingError as error:  # the beginning parsed, so this is rare: keep it
                self._rest_failed(error)
            else:
                self._show_whole(doc)
        return await in_daemon_thread(
            partial(analyse, doc, key_points=self._key_point_count), name="briefing-analysis"
        )

    def _show_whole(self, doc: Briefing) -> None:
        """The whole text replaces its beginning at the same place; an active search is run
        again on it, and the saved place is restored if the reader has not moved yet."""
        self._rest, self._shown = None, 1.0
        self.doc = doc
        self.query_one("#header", ReadingHeader).show(doc)
        self.article.show_document(doc)
        if self._search is not None:
            query = self._search.query
            self._search = SearchResults(query, find_hits(doc.text, compile_search(query)))
            self._show_search()
        unmoved = self._first_jump is None and self.article.anchor == 0
        self._start_place_memory(restore=unmoved)

    def _rest_failed(self, error: BriefingError) -> None:
        self._rest, self._shown = None, 1.0
        self.notify(f"Only the beginning could be read: {error}", severity="error", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name == "reload":
            self._reloaded(event)
            return
        if event.worker.name != "analysis":
            return
        if event.state is WorkerState.SUCCESS:
            self._show_analysis(event.worker.result)
        elif event.state is WorkerState.ERROR:
            self._analysis_failed(event.worker.error)

    def _analysis_failed(self, error: BaseException | None) -> None:
        """Say once, in one line, that the analysis failed; the text stays readable and the
        jump keys repeat why, instead of waiting for an analysis that will never come."""
        detail = shorten(safe_label(f"{type(error).__name__}: {error}"), 80)
        self._failure = f"Analysis failed ({detail}): no sections, key points or quotes."
        self._stop_loading()
        for pane in (self.sections_list, self.keypoints_list, self.quotes_list):
            pane.show_failure("Analysis failed")
        self.notify(self._failure, severity="error", markup=False)

    def _stop_loading(self) -> None:
        self.analysing = False
        for pane in (self.sections_list, self.keypoints_list, self.quotes_list):
            pane.loading = False

    def _show_analysis(self, doc: Briefing) -> None:
        self.doc = doc
        self._stop_loading()
        self.article.show_analysis(doc)
        self.sections_list.show(doc)
        self.keypoints_list.show(doc)
        self.quotes_list.show(doc)
        self._index_targets()
        self._update_quotes_title()
        self._mark(self.article.anchor)
        self._update_status(self.article.anchor)
        if doc.failed_stages:
            stages = ", ".join(doc.failed_stages)
            self.notify(f"Analysis failed: {stages} (the rest is shown).", severity="warning")

    # -- following the article ------------------------------------------------------------

    def on_article_view_moved(self, event: ArticleView.Moved) -> None:
        self.progress = round(event.progress * self._shown)
        self._mark(event.anchor)
        self._update_status(event.anchor)
        self._keep_notices_clear_of(self._reached(event.anchor))

    def _reached(self, anchor: int) -> int:
        """How far the reader has got, for quotes and sections: the reading position, except
        at the very bottom. There the last lines can never scroll up to the reading line, so
        a quote or heading that starts on the last line counts as reached (the last quote
        was never marked after ``G``)."""
        layout = self.article.layout_lines
        if anchor <= 0 or layout is None or not layout.complete or anchor != layout.starts[-1]:
            return anchor
        lasts = [starts[-1] for starts in (self._quote_starts, self._section_starts) if starts]
        return max([anchor, *lasts])

    def _mark(self, anchor: int) -> None:
        """Mark the section, key point and quote at the reading position."""
        if not self.doc.analysed:
            return
        anchor = self._reached(anchor)
        self.sections_list.mark(current_index(self._section_starts, anchor))
        found = current_index(self._point_starts, anchor)
        self.keypoints_list.mark(None if found is None else self._point_indices[found])
        found = current_index(self._quote_starts, anchor)
        self.quotes_list.mark(None if found is None else self._quote_indices[found])

    def _index_targets(self) -> None:
        """Sorted start offsets of every jump target, rebuilt when analysis or filter changes,
        so following the scroll is a few bisections, not a pass over every quote."""
        doc, quotes_list = self.doc, self.quotes_list
        self._section_starts = [section.start for section in doc.sections]
        linked = [(i, p.start) for i, p in enumerate(doc.key_points) if p.start is not None]
        self._point_indices = [index for index, _ in linked]
        self._point_starts = [start for _, start in linked]
        self._quote_indices = [i for i, q in enumerate(doc.quotes) if quotes_list.visible(q)]
        self._quote_starts = [doc.quotes[i].start for i in self._quote_indices]

    def _ready(self) -> bool:
        """Jumps need the analysis; say so instead of silently ignoring the key."""
        if self._failure is not None:
            self.notify(self._failure, severity="error", markup=False)
        elif not self.doc.analysed:
            self.notify("Still analysing: sections, key points and quotes appear in a moment.")
        return self.doc.analysed

    # -- jumps ----------------------------------------------------------------------------

    def on_place_tree_place_chosen(self, event: PlaceTree.PlaceChosen) -> None:
        """Enter or a click in the table of contents: the same jump as ``]`` to that section."""
        if event.start is not None:
            self.article.jump_to(event.start, event.end)
            event.tree.mark(event.index)

    def on_jump_list_chosen(self, event: JumpList.Chosen) -> None:
        if event.start is None or event.end is None:
            self.notify("This point does not quote the text, so there is nowhere to jump.")
            return
        self.article.jump_to(event.start, event.end)
        event.jump_list.mark(event.index)

    def jump_section(self, index: int) -> None:
        section = self.doc.sections[index]
        span = section.heading or Span(section.start, section.start)
        self.article.jump_to(span.start, span.end)
        self.sections_list.mark(index)

    def jump_quote(self, index: int) -> None:
        quote = self.doc.quotes[index]
        self.article.jump_to(quote.start, quote.end)
        self.quotes_list.mark(index)

    def jump_key_point(self, number: int) -> None:
        points = self.doc.key_points
        if not 1 <= number <= len(points):
            self.notify(f"There is no key point {number}.", severity="warning")
            return
        point = points[number - 1]
        if point.start is None or point.end is None:
            self.notify(f"Key point {number} does not quote the text.", severity="warning")
            return
        self.article.jump_to(point.start, point.end)
        self.keypoints_list.mark(number - 1)

    def action_next_quote(self) -> None:
        self._step_quote(forward=True)

    def action_previous_quote(self) -> None:
        self._step_quote(forward=False)

    def _step_quote(self, *, forward: bool) -> None:
        if not self._ready():
            return
        step = next_index if forward else previous_index
        found = step(self._quote_starts, self._reached(self.article.anchor))
        if found is None:
            self.notify("No more quotes this way." if self._quote_starts else "No quotes to visit.")
            return
        self.jump_quote(self._quote_indices[found])

    def action_next_section(self) -> None:
        if self._ready():
            found = next_index(self._section_starts, self.article.anchor)
            if found is None:
                self.notify("This is the last section.")
            else:
                self.jump_section(found)

    def action_previous_section(self) -> None:
        if self._ready():
            found = previous_index(self._section_starts, self.article.anchor)
            if found is None:
                self.notify("This is the first section.")
            else:
                self.jump_section(found)

    def action_key_point(self, number: int) -> None:
        if self._ready():
            self.jump_key_point(number)

    def action_back(self) -> None:
        if self.article.go_back():
            return
        if self.from_list:
            self.dismiss()
        else:
            self.notify("Nothing to go back to.")

    def action_forward(self) -> None:
        if not self.article.go_forward():
            self.notify("Nothing to go forward to: Back first.")

    # -- search ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``n``/``N`` are quote keys, or hit keys while a search is active (one pair shows)."""
        if action in ("next_quote", "previous_quote"):
            return self._search is None
        if action in ("search_next", "search_previous"):
            return self._search is not None
        if action == "search":
            return self.focused is not self.search_bar
        return True

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search", SearchBar)

    def action_search(self) -> None:
        if self.focused is not self.search_bar:
            self._focus_before_search = self.focused
        self.search_bar.value = ""
        self.search_bar.display = True
        # At once, not after a refresh: keys typed right after "/" belong to the pattern.
        self.set_focus(self.search_bar)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Light up the hits while the pattern is typed (a half-typed bad pattern keeps the
        last good one's)."""
        if not isinstance(event.input, SearchBar):
            return
        event.stop()
        query = event.value
        try:
            hits = find_hits(self.doc.text, compile_search(query)) if query else []
        except BadPattern:
            return
        self.article.set_search_hits(hits)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not isinstance(event.input, SearchBar):
            return
        event.stop()
        query = event.value
        if not query:
            self._cancel_search()
            return
        try:
            pattern = compile_search(query)
        except BadPattern as error:
            self.notify(str(error), severity="error", markup=False)
            return
        hits = find_hits(self.doc.text, pattern)
        self._close_search_bar()
        if not hits:
            self.notify(f"Pattern not found: {query}", severity="warning", markup=False)
            self._show_search()
            return
        self._search = SearchResults(query, hits)
        self.refresh_bindings()
        self.article.set_search_hits(hits)
        self.notify(
            f"{len(hits)} {'match' if len(hits) == 1 else 'matches'}: n/N (or ./,) step "
            "through them, Escape ends the search",
            markup=False,
        )
        self._jump_hit(self._search.first_from(self.article.anchor), wrapped=False)

    def on_search_bar_closed(self, event: SearchBar.Closed) -> None:
        self._cancel_search()

    def _cancel_search(self) -> None:
        """Escape in the field: close it and show the active search's hits again."""
        self._close_search_bar()
        self._show_search()

    def _show_search(self) -> None:
        search = self._search
        if search is None:
            self.article.set_search_hits([])
            return
        found = current_index(search.starts, self.article.anchor)
        self.article.set_search_hits(search.hits, None if found is None else search.hits[found])

    def _close_search_bar(self) -> None:
        """Hide the field and give the focus back to the pane that had it."""
        self.search_bar.display = False
        before = self._focus_before_search
        self._focus_before_search = None
        if before is not None and before.is_attached and before.display and before.focusable:
            before.focus()
        else:
            self.article.focus()

    def _keep_notices_clear_of(self, offset: int) -> None:
        """Notices sit over the bottom rows of the text; a reading position or hit in the
        lower half (near the end of a document, where it cannot scroll up to the reading
        line) sends them to the top, so no notice covers the hit or quote it is about."""
        article, layout = self.article, self.article.layout_lines
        if layout is None:
            return
        row = layout.line_of(offset) - round(article.scroll_y)
        self.set_class(row > article.scrollable_content_region.height // 2, NOTICES_TOP)

    def _end_search(self) -> None:
        self._search = None
        self.article.set_search_hits([])
        self.refresh_bindings()
        self._update_status(self.article.anchor)
        self.notify("Search ended: n/N step through quotes again.")

    def _jump_hit(self, index: int, *, wrapped: bool) -> None:
        assert self._search is not None
        hit = self._search.hits[index]
        before = self.article.anchor
        self.article.jump_to(hit.start)
        self.article.set_current_hit(hit)
        self._keep_notices_clear_of(hit.start)
        self._update_status(hit.start)
        if wrapped:
            where = "top" if hit.start <= before else "bottom"
            self.notify(f"Search wrapped: continuing at the {where}.")

    def _step_hit(self, *, forward: bool) -> None:
        if self._search is None:
            self.notify("No search: press / to search, then . and , step through the hits.")
            return
        index, wrapped = self._search.step(self.article.anchor, forward=forward)
        self._jump_hit(index, wrapped=wrapped)

    def action_search_next(self) -> None:
        self._step_hit(forward=True)

    def action_search_previous(self) -> None:
        self._step_hit(forward=False)

    def action_next_hit(self) -> None:
        self._step_hit(forward=True)

    def action_previous_hit(self) -> None:
        self._step_hit(forward=False)

    # -- the status line ----------------------------------------------------------------------

    def _update_status(self, anchor: int) -> None:
        """Fill the status line for the reading position: section, current quote, counter.

        The current quote is the last one reached *in this section*: a speaker named under
        a heading they never spoke in would be wrong about who is talking here."""
        doc, anchor = self.doc, self._reached(anchor)
        section_start = 0
        if doc.sections:
            section = doc.sections[doc.section_index_at(anchor)]
            self.section = safe_label(section.title) if section.title else LEDE_TITLE
            section_start = section.start
        found = current_index(self._quote_starts, anchor) if doc.analysed else None
        current = None if found is None else doc.quotes[self._quote_indices[found]]
        if current is not None and current.start < section_start:
            current = None
        self.article.set_current_quote(current)
        self.quote = None if current is None else self._quote_status(current)
        if self._search is not None:
            self.counter = self._search.counter(anchor)
        elif self._quote_starts:
            k = "-" if found is None else str(found + 1)
            self.counter = f"quote {k}/{len(self._quote_starts)}"
        else:
            self.counter = ""

    def _quote_status(self, quote: Quote) -> QuoteStatus:
        speaker = self.doc.speaker(quote.speaker)
        if speaker is None:
            return QuoteStatus(None, None, quote.confidence)
        role = safe_label(speaker.role) if speaker.role else None
        return QuoteStatus(safe_label(speaker.name), role, quote.confidence)

    # -- the current section's key points ---------------------------------------------------

    def action_section_points(self) -> None:
        if not self._ready():
            return
        index = self.doc.section_index_at(self.article.anchor)
        section = self.doc.sections[index]
        name = safe_label(section.title) if section.title else "the opening"
        per_section = self.doc.section_key_points
        points = [p for p in per_section[index] if p.start is not None] if per_section else []
        if not points:
            # Short documents have no per-section points: the whole list's points that fall
            # inside this section are what it has to say.
            points = [
                p
                for p in self.doc.key_points
                if p.start is not None and section.start <= p.start < section.end
            ]
        if not points:
            self.notify(f"No key points in {name}.")
            return
        choices = [
            (Content.assemble((f"{number}. ", "bold"), safe_label(self._said_by(point))), point)
            for number, point in enumerate(points, start=1)
        ]
        self.app.push_screen(
            PickerScreen[KeyPoint](f"Key points of {name}", choices), self._picked_point
        )

    def _said_by(self, point: KeyPoint) -> str:
        """A transcript's point after its speaker's name, as the key points list shows it (a
        question's section holds the answer, so the section's title does not say who)."""
        speaker = self.doc.speaker(point.speaker)
        return f"{speaker.name}: {point.text}" if speaker else point.text

    def _picked_point(self, point: KeyPoint | None) -> None:
        if point is not None and point.start is not None and point.end is not None:
            self.article.jump_to(point.start, point.end)

    # -- speakers -------------------------------------------------------------------------

    def action_speakers(self) -> None:
        if not self._ready():
            return
        counts: dict[str | None, int] = {}
        for quote in self.doc.quotes:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
        if not counts:
            self.notify("No quotes, so no speakers to follow yet.")
            return
        # Values are 1-tuples so "the unattributed" (None inside) differs from a cancel (None).
        choices = [
            (speaker_heading(self.doc, speaker_id, counts[speaker_id], TEXT_WIDTH), (speaker_id,))
            for speaker_id in speaker_order(self.doc)
        ]
        self.app.push_screen(
            PickerScreen[tuple[str | None]]("Follow a speaker's quotes", choices),
            self._picked_speaker,
        )

    def _picked_speaker(self, choice: tuple[str | None] | None) -> None:
        if choice is not None:
            self.follow_speaker(choice[0], True)

    def follow_speaker(self, speaker_id: str | None, active: bool) -> None:
        """Narrow the quote list and ``n``/``N`` to one speaker (``active=False`` clears)."""
        self.quotes_list.filter_speaker(speaker_id, active=active)
        self._index_targets()
        self._update_quotes_title()
        self._mark(self.article.anchor)
        self._update_status(self.article.anchor)

    def _update_quotes_title(self) -> None:
        quotes_list = self.quotes_list
        title = "Quotes"
        if quotes_list.filtered:
            speaker = self.doc.speaker(quotes_list.speaker_filter)
            name = safe_label(speaker.name) if speaker else "unattributed"
            title = f"Quotes: {name} (Esc: all)"
        self.speaker_filter = name if quotes_list.filtered else ""
        self.query_one("#quotes-title", Label).update(Content(title))

    def action_clear(self) -> None:
        """Escape closes what is on top first: an open drawer (it covers the text), then the
        search (as in less), then the speaker filter."""
        if self.close_drawers():
            return
        if self._search is not None:
            self._end_search()
        elif self.quotes_list.filtered:
            self.follow_speaker(None, False)

    # -- panes: beside the text, or drawers over it (sidebar_layout.py) --------------------

    def _pane(self, side: Side) -> Vertical:
        return self.query_one(f"#{side}", Vertical)

    def _side_of(self, widget: Widget | None) -> Side | None:
        """The sidebar holding ``widget`` (``None``: the text, the search field...)."""
        for side in SIDES:
            if widget is not None and self._pane(side) in (widget, *widget.ancestors):
                return side
        return None

    def is_drawer(self, side: Side) -> bool:
        return self._place is not None and not self._place.beside(side)

    def is_open(self, side: Side) -> bool:
        return self._pane(side).display

    def on_resize(self, event: Resize) -> None:
        place = placement(event.size.width)
        if place != self._place:
            # A new arrangement starts from its own defaults: the sidebars that fit beside the
            # text shown, drawers closed (an open drawer at 80 columns would hide the text).
            self._place = place
            self._open = {"left": place.left_beside, "right": place.right_beside}
        self._arrange_sidebars(event.size.width)

    def _arrange_sidebars(self, width: int | None = None) -> None:
        """Give each sidebar its place (beside or drawer), width and visibility."""
        if self._place is None:
            return
        width = self.size.width if width is None else width
        self._widths = sidebar_widths(width, self._place, self._chosen_widths)
        for side in SIDES:
            pane = self._pane(side)
            pane.set_class(self.is_drawer(side), "drawer")
            pane.styles.width = self._widths[side]
            pane.display = self._open[side]
            if not self._open[side] and self._side_of(self.focused) == side:
                self.article.focus()

    def _show_side(self, side: Side, shown: bool) -> None:
        self._open[side] = shown
        self._arrange_sidebars()

    def action_toggle_left(self) -> None:
        """Show or hide; the focus stays where it is, so j still scrolls the text (Tab goes
        into an open drawer)."""
        self._show_side("left", not self.is_open("left"))

    def action_toggle_right(self) -> None:
        self._show_side("right", not self.is_open("right"))

    def action_contents(self) -> None:
        """``t``: into the table of contents (opening it if needed) and, pressed there, back to
        the text (a drawer closes behind you, a sidebar beside the text stays)."""
        if self._side_of(self.focused) == "left":
            if self.is_drawer("left"):
                self._show_side("left", False)
            self.article.focus()
            return
        self._show_side("left", True)
        self.sections_list.focus()

    def close_drawers(self) -> bool:
        """Close every open drawer; ``True`` if there was one (Escape's first job)."""
        drawers = [side for side in SIDES if self.is_drawer(side) and self.is_open(side)]
        for side in drawers:
            self._open[side] = False
        if drawers:
            self._arrange_sidebars()
        return bool(drawers)

    @on(JumpList.Chosen)
    @on(PlaceTree.PlaceChosen)
    def _close_drawer_after_jump(self, event: JumpList.Chosen | PlaceTree.PlaceChosen) -> None:
        """A place picked in a drawer: the drawer was covering it, so it closes and the text
        takes the focus (beside the text, the list keeps it for the next pick)."""
        chooser = event.jump_list if isinstance(event, JumpList.Chosen) else event.tree
        side = self._side_of(chooser)
        if side is not None and self.is_drawer(side):
            self._show_side(side, False)
            self.article.focus()

    # -- the text column ------------------------------------------------------------------

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        self._wheel_beside_text(event, 1)

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        self._wheel_beside_text(event, -1)

    def _wheel_beside_text(self, event: MouseScrollDown | MouseScrollUp, direction: int) -> None:
        """The blank margins either side of a measured text column are part of the text: the
        wheel there scrolls it, as it would in a pager."""
        if event.widget is not self.query_one("#column") or event.ctrl or event.shift:
            return
        event.stop()
        article = self.article
        rows = direction * self.app.scroll_sensitivity_y
        article.scroll_to(y=article.scroll_y + rows, animate=False)

    # -- sidebar widths -------------------------------------------------------------------

    def _resized_side(self) -> Side | None:
        """The sidebar ``<``/``>`` act on: the one with the focus, else the left one if open,
        else the right one if open."""
        focused = self._side_of(self.focused)
        if focused is not None:
            return focused
        return next((side for side in SIDES if self.is_open(side)), None)

    def action_resize(self, wider: int) -> None:
        side = self._resized_side()
        if side is None:
            self.notify("No sidebar open: F2 shows the sections, F3 the quotes.")
            return
        self._set_width(side, self._widths[side] + wider * STEP)

    def action_move_edge(self, direction: int) -> None:
        """ctrl+left/right move the edge next to the text: the left sidebar grows to the
        right, the right sidebar to the left."""
        side = self._resized_side()
        if side is None:
            self.notify("No sidebar open: F2 shows the sections, F3 the quotes.")
            return
        grow = direction if side == "left" else -direction
        self._set_width(side, self._widths[side] + grow * STEP)

    def _set_width(self, side: Side, wanted: int) -> None:
        """Resize ``side`` and remember it as a share of the terminal, for this arrangement."""
        assert self._place is not None
        key, width = choice_key(side, self._place), self.size.width
        before, kept = self._widths[side], self._chosen_widths.get(key)
        self._chosen_widths[key] = wanted / width
        self._arrange_sidebars()
        if self._widths[side] == before:
            if kept is None:
                del self._chosen_widths[key]
            else:
                self._chosen_widths[key] = kept
            limit = "narrowest" if wanted < before else "widest"
            self.notify(f"That is the {limit} the {side} sidebar can be at this size.")
            return
        self._chosen_widths[key] = self._widths[side] / width
        if not save_widths(self._chosen_widths):
            self.notify("Could not save the sidebar width for next time.", severity="warning")

    # -- the full title of the entry under a list's cursor --------------------------------

    @on(OptionList.OptionHighlighted)
    def _preview_option(self, event: OptionList.OptionHighlighted) -> None:
        """Entries are cut to the sidebar's width; the one under the cursor is shown whole in
        a preview under the lists while its pane has the focus (if the list had to cut it)."""
        jump_list = event.option_list
        if isinstance(jump_list, JumpList):
            self._preview(jump_list, jump_list.target_at(event.option_index))

    @on(Tree.NodeHighlighted)
    def _preview_node(self, event: Tree.NodeHighlighted[object]) -> None:
        """The same for a list drawn as a tree (contents, quotes): a place's data is its
        target index; a heading (a speaker) is previewed as its whole label."""
        tree, node = event.control, event.node
        if isinstance(node.data, int):
            self._preview(tree, node.data)
        elif isinstance(tree, PlaceTree):
            self._preview(tree, None, tree.whole_label(node).plain)

    def _preview(self, pane_list: Widget, target: int | None, label: str = "") -> None:
        side = self._side_of(pane_list)
        if side is None:
            return
        full = self._full_title(pane_list, target) or label
        # Only an entry the list had to cut needs repeating.
        room = pane_list.scrollable_content_region.width - 4
        self._previews[side] = full if len(full) > room else ""
        self.query_one(f"#{side}-preview", Static).update(Content(self._previews[side]))
        self._show_previews()

    def _full_title(self, pane_list: Widget, target: int | None) -> str:
        doc = self.doc
        if target is None or not doc.analysed:
            return ""
        if isinstance(pane_list, SectionsList):
            title = doc.sections[target].title
            return safe_label(title) if title else LEDE_TITLE
        if isinstance(pane_list, QuotesList):
            quote = doc.quotes[target]
            speaker = doc.speaker(quote.speaker)
            words = safe_label(doc.text[quote.start : quote.end])
            return f"“{words}” — {safe_label(speaker.name)}" if speaker else f"“{words}”"
        return ""  # key points wrap in full already

    def on_descendant_focus(self) -> None:
        self._show_previews()
        self.set_class(self.focused is self.article, "text-focused")

    def _show_previews(self) -> None:
        focused = self.focused
        for side in SIDES:
            shown = self._side_of(focused) == side and bool(self._previews[side])
            shown = shown and not isinstance(focused, KeyPointsList)
            self.query_one(f"#{side}-preview", Static).display = shown

    def action_help(self) -> None:
        rows = binding_rows(help_nodes(self, self.focused), self.app.get_key_display)
        self.app.push_screen(HelpScreen(rows))

    def action_copy_quote(self) -> None:
        """Copy the quote at the reading position, with its speaker, for pasting elsewhere."""
        if not self._ready():
            return
        found = current_index(self._quote_starts, self._reached(self.article.anchor))
        if found is None:
            self.notify("No quote at or before the reading position.")
            return
        quote = self.doc.quotes[self._quote_indices[found]]
        speaker = self.doc.speaker(quote.speaker)
        words = " ".join(self.doc.text[quote.start : quote.end].split())
        credit = f" — {speaker.name}" if speaker else ""
        self.app.copy_to_clipboard(f"“{words}”{credit}")
        self.notify(f"Copied the quote{credit}", markup=False)

    # -- export ---------------------------------------------------------------------------

    def action_export(self) -> None:
        choices = [(Content(title), fmt) for fmt, title in FORMAT_TITLES.items()]
        self.app.push_screen(PickerScreen[str]("Export this briefing as", choices), self._export)

    def _export(self, fmt: str | None) -> None:
        if fmt is not None:
            self.export(fmt)

    def export(self, fmt: str) -> None:
        """Write the briefing in ``fmt`` beside the user, under a new name; confirm either way."""
        from briefing.export import render, write_export

        path = free_export_path(self.export_folder, self.doc.title, fmt)
        try:
            write_export(path, render(self.doc, fmt, width=78), force=False)
        except BriefingError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.notify(f"Exported {FORMAT_TITLES[fmt]} to {path.name}", markup=False)

    # -- reload ---------------------------------------------------------------------------

    def action_reload(self) -> None:
        if self._reload is None:
            self.notify("This briefing came from standard input: there is no file to reload.")
            return
        self.save_place()
        self.analysing = True
        self.reload_document()

    @work(exclusive=True, exit_on_error=False, name="reload")
    async def reload_document(self) -> Briefing:
        """Read the file again and analyse it, off the UI thread like the first analysis."""
        from briefing.analysis import analyse

        reload, count = self._reload, self._key_point_count
        assert reload is not None
        return await in_daemon_thread(
            lambda: analyse(reload(), key_points=count), name="briefing-reload"
        )

    # -- the remembered reading position -----------------------------------------------------

    def _start_place_memory(self, *, restore: bool) -> None:
        """Find this text's saved place and, once the text is laid out, go back to it."""
        self._place_key = document_key(self.doc.source, self.doc.text)
        if restore and self._place_key is not None:
            place = PlaceStore().recall(self._place_key)
            if place is not None and 0 < place.offset < len(self.doc.text):
                self.call_after_refresh(self._restore_place, place)

    def _restore_place(self, place: SavedPlace) -> None:
        self.article.jump_to(place.offset, remember=False)
        where = f"{place.section}, {place.percent}%" if place.section else f"{place.percent}%"
        self.notify(f"Back where you left off: {where}", markup=False)

    @on(ArticleView.Moved)
    def _note_place(self, event: ArticleView.Moved) -> None:
        """Kept here because on quit the article is gone before the screen saves the place."""
        self._read_to = event.anchor

    def save_place(self) -> None:
        """Remember the reading position of this text (on quit, reload and leaving it)."""
        if self._place_key is not None and self._read_to is not None:
            place = SavedPlace(self._read_to, self.section, self.progress)
            PlaceStore().remember(self._place_key, place)

    def on_unmount(self) -> None:
        self.save_place()

    def _reloaded(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.analysing = False
            self.notify(f"reload failed: {event.worker.error}", severity="error", markup=False)
        elif event.state is WorkerState.SUCCESS:
            doc = event.worker.result
            self._failure = None
            self._rest, self._shown = None, 1.0  # a reload during the first parse is whole
            if self._search is not None:
                self._search = None
                self.refresh_bindings()
            self.query_one("#header", ReadingHeader).show(doc)
            self.article.show_document(doc)
            self._show_analysis(doc)
            self._start_place_memory(restore=False)
            self.save_place()
            self.notify("Reloaded: the same place where the text still has it.")
