"""Deep structure is kept (flattened) or reported, never silently dropped (issue 13, section 3),
and a document with characters but nothing to read says why."""

from __future__ import annotations

import pytest

import briefing
from briefing.errors import BriefingError
from briefing.load.markdown import full_markdown_blocks, markdown_blocks

INTRO = "The harbour council met on Monday to settle the budget for the coming year."
OUTRO = "After the deep part the article goes on with its last paragraph."


def _deep_page(levels: int) -> str:
    return (
        "<html><head><title>Deep page</title></head><body><h1>Deep page</h1>"
        f"<p>{INTRO}</p>" + "<div>" * levels + "<p>Deep words in the middle.</p>"
        "<p>A second deep paragraph.</p>" + "</div>" * levels + f"<p>{OUTRO}</p></body></html>"
    )


@pytest.mark.parametrize("levels", [50, 252, 300, 1000, 2000])
def test_html_nested_deeply_keeps_the_deep_part_and_what_follows(levels: int) -> None:
    pytest.importorskip("lxml")
    doc = briefing.read_text(_deep_page(levels), source="deep.html", fmt="html")
    for words in (INTRO, "Deep words in the middle.", "A second deep paragraph.", OUTRO):
        assert words in doc.text
    assert doc.text.index("Deep words") < doc.text.index("A second") < doc.text.index(OUTRO)


def test_html_deeper_than_the_parser_allows_is_reported() -> None:
    pytest.importorskip("lxml")
    with pytest.raises(BriefingError, match="nested deeper than 2,048 levels"):
        briefing.read_text(_deep_page(3000), source="deep.html", fmt="html")


@pytest.mark.parametrize("depth", [19, 20, 25, 1000])
def test_deep_blockquotes_are_kept(depth: int) -> None:
    text = f"{INTRO}\n\n" + "> " * depth + f"Quoted words.\n\n{OUTRO}\n"
    for blocks in (markdown_blocks(text), full_markdown_blocks(text)):
        assert [block.text for block in blocks] == [INTRO, "Quoted words.", OUTRO]
        assert blocks[1].kind.value == "blockquote"


@pytest.mark.parametrize("indent", ["  ", "    "])
def test_a_thousand_nested_list_items_are_all_kept(indent: str) -> None:
    items = [indent * level + f"- item {level}" for level in range(1000)]
    text = "\n".join([INTRO, "", *items, "", OUTRO])
    blocks = markdown_blocks(text)
    assert [b.text for b in blocks if b.kind.value == "bullet"] == [
        f"item {level}" for level in range(1000)
    ]
    assert blocks[-1].text == OUTRO


@pytest.mark.parametrize("prefix", ["> - ", "- > ", "1. ", "* "])
def test_many_containers_opened_on_one_line_keep_its_words(prefix: str) -> None:
    text = prefix * 400 + f"Nested words.\n\n{OUTRO}\n"
    assert [block.text for block in markdown_blocks(text)] == ["Nested words.", OUTRO]


def test_a_deep_markdown_file_reads_end_to_end() -> None:
    text = "# Deep\n\n" + "> " * 500 + "Inner quote.\n\n" + f"{OUTRO}\n"
    doc = briefing.read_text(text, source="deep.md", fmt="markdown")
    assert "Inner quote." in doc.text and OUTRO in doc.text


@pytest.mark.parametrize(
    ("text", "fmt", "why"),
    [
        ("<html><body><nav>Home</nav><script>x = 1;</script></body></html>", "html", "page"),
        ("![a picture](a.png)\n\n<!-- a comment -->\n\n---\n", "markdown", "Markdown markup"),
        ("* * *\n\n---\n", "text", "separator lines"),
        ("\u200b\u200b\u200b\n\n\u2060\u200d\n", "text", "invisible characters"),
        ("\u200b\n\n\u200c\n", "markdown", "Markdown markup"),
    ],
)
def test_nothing_readable_says_why(text: str, fmt: str, why: str) -> None:
    if fmt == "html":
        pytest.importorskip("lxml")
    with pytest.raises(BriefingError) as caught:
        briefing.read_text(text, source="x", fmt=fmt)
    assert "no readable text: " in str(caught.value) and why in str(caught.value)
