"""The lazy line index: wrapped piece by piece, it must say exactly what the eager one says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from ui.harness import DocBuilder, make_app, pilot_test, reader

from briefing.load import read_text
from briefing.model import BlockKind, Paragraph
from briefing.ui import article_layout
from briefing.ui.article_layout import CONTINUATION, ArticleLayout, is_continuation

_KINDS = st.sampled_from([BlockKind.TEXT, BlockKind.HEADING, BlockKind.BULLET, BlockKind.PRE])
_BLOCK = st.tuples(
    st.lists(st.sampled_from(["quay", "north", "budget", "界語", "a", "x" * 30]), min_size=1),
    _KINDS,
)


def _body(blocks) -> tuple[str, tuple[Paragraph, ...]]:
    texts = [("\n" if kind is BlockKind.PRE else " ").join(words) for words, kind in blocks]
    paragraphs, offset = [], 0
    for text, (_, kind) in zip(texts, blocks, strict=True):
        paragraphs.append(Paragraph(offset, offset + len(text), kind))
        offset += len(text) + 2
    return "\n\n".join(texts), tuple(paragraphs)


@given(
    st.lists(_BLOCK, min_size=1, max_size=12),
    st.integers(1, 40),
    st.integers(1, 60),
    st.lists(st.integers(0, 400), max_size=6),
)
def test_a_lazy_layout_agrees_with_the_eager_one_wherever_it_is_asked(
    blocks, width, chunk, offsets
) -> None:
    text, paragraphs = _body(blocks)
    eager = ArticleLayout(text, paragraphs, width)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_layout, "LAZY_CHUNK", chunk)
        lazy = ArticleLayout(text, paragraphs, width, lazy=True)
        for offset in offsets:
            offset = min(offset, len(text))
            assert lazy.line_of(offset) == eager.line_of(offset)
            assert lazy.start_of(lazy.line_of(offset)) == eager.starts[eager.line_of(offset)]
        while lazy.extend(chunk):
            assert len(lazy) >= 1
    assert lazy.complete and len(lazy) == len(eager)
    assert (lazy.starts, lazy.ends, lazy.paragraph_of) == (
        eager.starts,
        eager.ends,
        eager.paragraph_of,
    )


@given(
    st.lists(
        st.lists(st.sampled_from(["cost", "4.2m", "  ", "界語", "x" * 30, "|"]), max_size=12),
        min_size=1,
        max_size=6,
    ).map(lambda lines: "\n".join(" ".join(words) for words in lines).strip(" \n") or "x"),
    st.integers(3, 40),
)
def test_pre_lines_fit_the_pane_and_keep_every_word(text: str, width: int) -> None:
    """QA: a pre block at 60 columns was cut at the edge; now no line is wider than the pane
    (its continuation mark included) and no character but spaces at a break is lost."""
    pre = Paragraph(0, len(text), BlockKind.PRE)
    layout = ArticleLayout(text, (pre,), width)
    for start, end in zip(layout.starts, layout.ends, strict=True):
        room = width - len(CONTINUATION) if is_continuation(text, pre, start) else width
        assert cell_len(text[start:end]) <= max(room, 2)  # a wide character needs 2 cells
    shown = "".join(text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True))
    assert shown.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_a_long_text_is_wrapped_only_as_far_as_the_first_screen() -> None:
    sentence = "The council met again on the harbour budget and agreed nothing new. "
    text, paragraphs = _body([([sentence * 20], BlockKind.TEXT)] * 2000)
    lazy = ArticleLayout(text, paragraphs, 60, lazy=True)
    assert not lazy.complete
    assert len(lazy.starts) < len(ArticleLayout(text, paragraphs, 60)) // 4
    estimate = len(lazy)
    assert abs(estimate - len(ArticleLayout(text, paragraphs, 60))) < estimate // 10


@pilot_test
async def test_the_reader_paints_a_long_text_at_once_and_wraps_the_rest_behind() -> None:
    builder = DocBuilder()
    for number in range(3000):
        builder.add(f"Paragraph {number} of the long record says the quay will be rebuilt. " * 8)
    doc = builder.build("A long record")
    async with make_app(doc).run_test(size=(100, 30)) as pilot:
        view = reader(pilot).article
        await pilot.pause()
        assert view.layout_lines is not None
        late = doc.paragraphs[2900]
        view.jump_to(late.start, late.start + 9)
        assert view.layout_lines.line_of(late.start) == view.scroll_y + view.context_lines
        assert "Paragraph 2900" in view.render_line(view.context_lines).text
        for _ in range(200):
            if view.layout_lines.complete:
                break
            await pilot.pause(0.05)
        assert view.layout_lines.complete
        assert view.virtual_size.height == len(view.layout_lines)
        await pilot.press("G")
        assert view.anchor == view.layout_lines.starts[-1]


@pilot_test
async def test_numbered_items_keep_their_numbers_and_long_code_wraps_with_a_mark() -> None:
    """QA: Markdown numbered lists showed bullets, and code was cut at the pane's edge."""
    text = (
        "# Quay works\n\nThe plan, step by step.\n\n3. Drain the north basin.\n"
        "4. Rebuild the wall.\n\n```\nbudget_line = quay_wall + north_basin + breakwater_repairs"
        " + contingency_fund\n```\n"
    )
    doc = read_text(text, source="plan.md", fmt="markdown")
    async with make_app(doc).run_test(size=(60, 20)) as pilot:
        view = reader(pilot).article
        await pilot.pause()
        lines = [view.render_line(y).text.rstrip() for y in range(view.size.height)]
    assert any(line.strip() == "3. Drain the north basin." for line in lines)
    assert any(line.strip() == "4. Rebuild the wall." for line in lines)
    assert not any("•" in line for line in lines)
    code = [line for line in lines if "_" in line]
    assert len(code) >= 2 and code[1].strip().startswith(CONTINUATION.strip())
    words = "".join(line.strip().removeprefix(CONTINUATION.strip()) for line in code)
    assert words.replace(" ", "") == text.split("```\n")[1].strip().replace(" ", "")
