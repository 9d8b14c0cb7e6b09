"""The Markdown fast path gives exactly the blocks markdown-it-py gives for the whole document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.load import markdown
from briefing.load.markdown import full_markdown_blocks, markdown_blocks
from briefing.load.markdown_inline import simple_words
from briefing.load.normalise import Block, one_line, pre_text

LINES = st.sampled_from(
    [
        "", "", "", "Plain words here.", "More plain words", "# Heading", "## Sub heading ##",
        "#\tTabbed heading", "### H3 with *em*", "#NoSpace", "- item", "* item", "+ item",
        "1. first", "2) second",
        "> quoted", "```", "~~~", "    indented code", "  two spaces", "===", "---", "***",
        "| a | b |", "|---|---|", "<div>", "</div>", "<!-- c -->", "[ref]: http://x.org",
        "A [link](http://x.org) here.", "An ![image](i.png) here.", "**strong** start",
        "_Volume I_ describes", "a *b* c", "snake_case_word", "\\[escaped\\] \\*stars\\*",
        "AT&T &amp; co", "`code` span", "line with hard break  ", "back\\", "~~struck~~ text",
        "<b>bold</b> html", "[unclosed link", "(*paren emphasis*)", "“*quoted*”", "**a*", "*a**",
        "Setext", "1986. A year", "\t tabbed", "text | pipe", "> [qref]: /q", "- [lref]: /l",
        "[qref] and [lref] and [ref]", "[^1]: note", "[^2]: FBI note here", "[^3]: Id.",
        "[a [b](c) d]", "[a](b", "**\\[ R \\]**", "see [a][b]", "[x]: /u \"t\"", "[]",
        "  [iref]: /i 'title'", "[iref]", "(**\\[ R \\]**)", "*\\**", "x**\\[a\\]**y", "**a\\]**",
        "_\\[a\\]_", "__\\(b\\)__,", "` a `", "x`y`z", "``a``", "[a `]` b](c)",
        "[not a `link](/foo`)", "*a `*` b*", "@TEN_GOP", "__init__", "a_b_c", "x_ *y*",
        "a ` b `c` d", "a*b* *c*", "x*y *z*", "![a [b](c)", "[a](b) ![c](d)", "é_ü", "*é*", "½_x",
        "R&D and a & b", "&copy; 2020", "&#35; x", "&x;y", "&NotAnEntity; z", "&&", "\\&amp;",
        "[^7]: Court, \"Title\" (2018).", "[t]: /u \"T\" tail", "[t]: /u \"T\\\" q\" x",
        "[t]: /u 'T' x", "[t]: /u (T) x", "[t]: /u \"T\"", "[t]: /u \"multi", "line\" after", "[t]",
        "text\n  - not a list", "_a *b* c_", "*a _b_ c*", "**a _b_ c**", "_a **b** c_",
        "*a __b__ c*", "_a *b_ c*", "*a _b* c_", "__a *b* c__", "(_a_) *b*", "*a*_b_",
        "a\n> quote", "a\n# h",
    ]
)  # fmt: skip


DOCUMENTS = st.lists(
    st.one_of(
        LINES,
        LINES.map(lambda line: "  " + line),
        LINES.map(lambda line: "> " + line),
        LINES.map(lambda line: "- " + line),
        st.text(max_size=10),
    ),
    max_size=30,
).map("\n".join)


def normal(blocks: list[Block]) -> list[tuple[str, int, str]]:
    out = []
    for block in blocks:
        text = pre_text(block.text.split("\n")) if block.kind == "pre" else one_line(block.text)
        if text.strip():
            out.append((block.kind.value, block.level, text))
    return out


@settings(max_examples=600, deadline=None)
@given(DOCUMENTS)
def test_fast_path_matches_markdown_it(text: str) -> None:
    assert normal(markdown_blocks(text)) == normal(full_markdown_blocks(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(alphabet="*_`\\[]()! aé½.,\n", max_size=12)), max_size=12))
def test_inline_fast_path_matches_markdown_it(words: list[str]) -> None:
    text = " ".join(words)
    assert normal(markdown_blocks(text)) == normal(full_markdown_blocks(text))


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_fast_path_with_heading_offset(text: str) -> None:
    fast = markdown_blocks(text, heading_offset=1)
    assert normal(fast) == normal(full_markdown_blocks(text, heading_offset=1))


def test_simple_words() -> None:
    assert simple_words("A [link](http://x.org) and **strong** _em_.") == "A link and strong em."
    assert simple_words("\\[x\\] \\*y\\*") == "[x] *y*"
    assert simple_words("An ![image](i.png) here") == "An  here"
    assert simple_words("a `b*c` d") == "a b*c d"
    assert simple_words("snake_case and __init__") == "snake_case and init"
    assert simple_words("`a` \\*b\\*") is None
    assert simple_words("a &amp; b") is None
    assert simple_words("R&D and a & b") == "R&D and a & b"
    assert simple_words("&#35; x") is None


CELLS = st.sampled_from(
    ["a", " b ", "`x|y`", "a \\| b", "*em*", "", "**s**", "[l](u)", "3.5", "é", "<b>h</b>", "-"]
)
ROWS = st.lists(CELLS, min_size=0, max_size=4).map(lambda cells: "|" + "|".join(cells) + "|")
TABLES = st.tuples(
    st.sampled_from(["| a | b |", "|a|b|c|", "| h |", "|x"]),
    st.sampled_from(["|---|---|", "| :-- | --: | --- |", "|---|", "| - |", "|", "--|--"]),
    st.lists(
        st.one_of(ROWS, st.sampled_from(["|", "| > q", "|# h", "| - x", "|    |"])), max_size=9
    ),
).map(lambda table: "\n".join([table[0], table[1], *table[2]]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TABLES, LINES), min_size=1, max_size=4).map("\n\n".join))
def test_a_long_table_read_in_pieces_gives_markdown_its_blocks(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "TABLE_PIECE_ROWS", 2)
        assert normal(markdown_blocks(text)) == normal(full_markdown_blocks(text))
