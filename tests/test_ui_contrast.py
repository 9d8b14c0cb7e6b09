"""Contrast of every highlight the reader draws, computed from the themes' own colours.

Each style is resolved the way the terminal will show it: the article's base colours, the
component style on top (over quote text too, where a mark lands on a quote), reverse video
swapped, ANSI colours through the palette Textual itself uses for the theme. Ratios are
WCAG 2 contrast ratios: text needs 4.5:1, a focus edge 3:1 against the unfocused one.
"""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from textual.color import Color
from ui.harness import WIDE, harbour, pilot_test, reader

from briefing.ui.app import BriefingApp
from briefing.ui.article_view import ArticleView

THEMES = ("textual-dark", "textual-light", "ansi-dark")
TEXT = 4.5
EDGE = 3.0

# (component, drawn over quote text too?) for every highlight the reader uses.
TEXT_STYLES = (
    ("article--heading", False),
    ("article--pre", False),
    ("article--blockquote", False),
    ("article--quote", False),
    ("article--speaker", False),
    ("article--keypoint", False),
    ("article--current", True),
    ("article--current-bar", False),
    ("article--search", True),
    ("article--search-current", True),
    ("article--highlight", True),
)

# How the quote list draws its speaker headings, whichever widget it is built on.
HEADING_COMPONENTS = ("option-list--option-disabled", "place-tree--group")

RGB = tuple[int, int, int]


def luminance(rgb: RGB) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(one: RGB, two: RGB) -> float:
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def resolve(color: RichColor | None, palette: TerminalTheme, *, foreground: bool) -> RGB:
    triplet = (color or RichColor.default()).get_truecolor(palette, foreground=foreground)
    return triplet.red, triplet.green, triplet.blue


def shown(style: Style, palette: TerminalTheme) -> tuple[RGB, RGB]:
    """(text colour, background colour) as the terminal paints ``style``."""
    fg = resolve(style.color, palette, foreground=True)
    bg = resolve(style.bgcolor, palette, foreground=False)
    return (bg, fg) if style.reverse else (fg, bg)


def textual_rgb(color: Color, palette: TerminalTheme, *, foreground: bool) -> RGB:
    return resolve(color.rich_color, palette, foreground=foreground)


async def measure(theme: str) -> dict[str, object]:
    """Every figure the tests below check, for one theme."""
    app = BriefingApp(harbour(), theme=theme)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(pilot)
        view: ArticleView = screen.article
        palette = app.ansi_theme
        base = view.rich_style
        quote = base + view.get_component_rich_style("article--quote", partial=True)
        styles: dict[str, tuple[RGB, RGB]] = {"body": shown(base, palette)}
        for name, over_quotes in TEXT_STYLES:
            part = view.get_component_rich_style(name, partial=True)
            styles[name] = shown(base + part, palette)
            if over_quotes:
                styles[f"{name} over a quote"] = shown(quote + part, palette)
        quotes = screen.quotes_list
        for component in HEADING_COMPONENTS:  # an OptionList's disabled row, or a tree group
            part = quotes.get_component_rich_style(component, partial=True, default=Style())
            if part:
                heading = shown(quotes.rich_style + part, palette)
                styles["speaker heading in the quote list"] = heading
        # The reading mark in each sidebar ("you are here"): a bar and bold words.
        marks = (
            (screen.keypoints_list, "jump-list--here-bar"),
            (screen.keypoints_list, "jump-list--here"),
            (screen.quotes_list, "place-tree--here-bar"),
            (screen.quotes_list, "place-tree--here"),
            (screen.sections_list, "place-tree--here-bar"),
        )
        for pane, component in marks:
            part = pane.get_component_rich_style(component, partial=True)
            styles[f"{component} in #{pane.id}"] = shown(pane.rich_style + part, palette)
        title = screen.query_one("#quotes-title")
        styles["pane title"] = shown(title.rich_style, palette)
        edges: dict[str, tuple[RGB, RGB]] = {}
        panes = (view, screen.sections_list, screen.keypoints_list, screen.quotes_list)
        for pane in panes:
            pane.focus()
            await pilot.pause()
            focused = textual_rgb(pane.styles.border_left[1], palette, foreground=True)
            (view if pane is not view else screen.quotes_list).focus()
            await pilot.pause()
            blurred = textual_rgb(pane.styles.border_left[1], palette, foreground=True)
            edges[pane.id or type(pane).__name__] = (focused, blurred)
        return {"styles": styles, "edges": edges}


@pytest.fixture(scope="module", params=THEMES)
def figures(request):
    found: dict[str, object] = {}

    @pilot_test
    async def run() -> None:
        found.update(await measure(request.param))

    run()
    return request.param, found


def test_every_highlight_reads_at_4_5_to_1(figures):
    theme, found = figures
    weak = {
        name: round(ratio(fg, bg), 2)
        for name, (fg, bg) in found["styles"].items()
        if ratio(fg, bg) < TEXT
    }
    assert not weak, f"{theme}: below {TEXT}:1: {weak}"


def test_hits_the_current_hit_and_the_flash_look_different(figures):
    theme, found = figures
    styles = found["styles"]
    looks = [styles[name] for name in ("article--search", "article--search-current")]
    looks.append(styles["article--highlight"])
    assert len(set(looks)) == 3, theme


def test_quote_text_differs_from_the_body(figures):
    theme, found = figures
    styles = found["styles"]
    assert styles["article--quote"][0] != styles["body"][0], theme


def test_the_focused_pane_edge_stands_out_at_3_to_1(figures):
    """Every pane (the text and the three lists) shows focus by its edge, in every theme."""
    theme, found = figures
    weak = {
        pane: round(ratio(focused, blurred), 2)
        for pane, (focused, blurred) in found["edges"].items()
        if ratio(focused, blurred) < EDGE
    }
    assert set(found["edges"]) == {"article", "sections", "keypoints", "quotes"}
    assert not weak, f"{theme}: focus edge below {EDGE}:1: {weak}"


@pilot_test
async def test_contrast_of_known_pairs():
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
