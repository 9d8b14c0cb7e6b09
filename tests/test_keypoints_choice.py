"""Key points on hand-written articles: what is chosen, what never is, how many, and where.

The documents are built here (paragraphs, sections, sentences) so the tests pin down the key-point
rules themselves, whatever the loader and the sentence splitter do; one test runs the whole
pipeline on the bundled seed.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefing
from briefing.analysis.keypoints import choose_key_points, default_count
from briefing.analysis.keypoints.candidates import find_candidates
from briefing.analysis.keypoints.features import FEATURES, feature_rows
from briefing.model import (
    BlockKind,
    Briefing,
    Curated,
    Paragraph,
    Quote,
    Section,
    Sentence,
    Span,
)
from briefing.resources import default_seed

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”]?|$)")


def build(blocks: list[str], title: str = "A briefing", curated: tuple[str, ...] = ()) -> Briefing:
    """A Briefing from blocks; a block starting with '# ' is a heading line."""
    paragraphs: list[Paragraph] = []
    pieces: list[str] = []
    offset = 0
    for block in blocks:
        heading = block.startswith("# ")
        body = block[2:] if heading else block
        kind = BlockKind.HEADING if heading else BlockKind.TEXT
        paragraphs.append(Paragraph(offset, offset + len(body), kind, 1 if heading else 0))
        pieces.append(body)
        offset += len(body) + 2
    text = "\n\n".join(pieces)
    sentences = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind is BlockKind.HEADING:
            continue
        for match in _SENTENCE.finditer(text, paragraph.start, paragraph.end):
            if match.group().strip():
                start = match.start() + len(match.group()) - len(match.group().lstrip())
                sentences.append(Sentence(start, match.end(), index))
    sections = []
    start, heading_span, name = 0, None, None
    for paragraph in paragraphs:
        if paragraph.kind is BlockKind.HEADING:
            if paragraph.start > start:
                sections.append(Section(start, paragraph.start, name, heading_span, 1))
            start, heading_span = paragraph.start, Span(paragraph.start, paragraph.end)
            name = text[paragraph.start : paragraph.end]
    sections.append(Section(start, len(text), name, heading_span, 1))
    return Briefing(
        title=title,
        source="<test>",
        text=text,
        paragraphs=tuple(paragraphs),
        curated=Curated(key_points=curated),
        sections=tuple(sections),
        sentences=tuple(sentences),
    )


def feature_column(doc: Briefing, name: str) -> dict[str, float]:
    """One feature's value for each candidate sentence, by its text."""
    candidates = find_candidates(doc)
    rows, _ = feature_rows(doc, candidates)
    column = FEATURES.index(name)
    return {doc.text[c.start : c.end]: row[column] for c, row in zip(candidates, rows, strict=True)}


LEDE = (
    "The city council of Northbridge voted on Monday to close the old harbour bridge to all "
    "traffic after engineers found deep cracks in its main supports."
)
HARBOUR = [
    LEDE + " The decision takes effect on Friday.",
    "Engineers from the regional transport agency inspected the bridge last week and reported "
    "that two of its four supports had lost a third of their strength since 2019.",
    "Mayor Ellen Corrigan said the council had no choice once the engineers' report arrived.",
    "\u201cWe will not gamble with lives on a bridge that could fail,\u201d she said.",
    "About 14,000 vehicles cross the bridge every day, and local shops fear losing customers "
    "while drivers take the long route around the harbour.",
    "The council will spend 40 million euros on a replacement bridge, with construction "
    "expected to start next spring and finish within three years.",
    "A temporary ferry service between the two harbour quays will run every fifteen minutes "
    "from Saturday, free of charge for residents.",
]


def texts(points) -> list[str]:
    return [point.text for point in points]


def test_lede_is_chosen_and_ranked_first() -> None:
    doc = build(HARBOUR)
    points, _ = choose_key_points(doc)
    assert LEDE in texts(points)
    assert next(p for p in points if p.text == LEDE).rank == 1


def test_points_are_in_document_order_with_distinct_ranks() -> None:
    doc = build(HARBOUR)
    points, _ = choose_key_points(doc, count=4)
    starts = [point.start for point in points]
    assert starts == sorted(starts)
    assert sorted(point.rank for point in points) == list(range(1, len(points) + 1))


def test_offsets_point_at_the_text() -> None:
    doc = build(HARBOUR)
    points, per_section = choose_key_points(doc, count=5)
    for point in points + tuple(p for section in per_section for p in section):
        assert point.start is not None and point.end is not None
        assert doc.text[point.start : point.end] == point.text


def test_a_repeated_sentence_is_chosen_once() -> None:
    repeat = (
        "Northbridge's council voted Monday to close the old harbour bridge to all traffic after "
        "engineers found deep cracks in its main supports."
    )
    doc = build([*HARBOUR[:3], repeat, *HARBOUR[3:]])
    points, _ = choose_key_points(doc, count=5)
    chosen = texts(points)
    assert not (LEDE in chosen and repeat in chosen)
    assert LEDE in chosen


def test_headings_are_never_chosen() -> None:
    heading = "# The harbour bridge council vote on the cracks in the bridge supports"
    doc = build([HARBOUR[0], heading, *HARBOUR[1:]])
    points, per_section = choose_key_points(doc, count=len(doc.sentences))
    heading_paragraph = doc.paragraphs[1]
    for point in points + tuple(p for section in per_section for p in section):
        assert point.end <= heading_paragraph.start or point.start >= heading_paragraph.end


@pytest.mark.parametrize(
    "dateline", ["NORTHBRIDGE (Harbour Wire) \u2014 ", "Northbridge, NB, June 22.--"]
)
def test_dateline_is_left_out_of_the_point(dateline: str) -> None:
    text = "\n\n".join(["Harbour bridge closes", dateline + HARBOUR[0], *HARBOUR[1:]])
    doc = briefing.analyse(briefing.read_text(text, source="t", fmt="text"))
    assert LEDE in texts(doc.key_points)


def test_the_scorer_sees_how_much_of_a_sentence_is_quoted() -> None:
    plain = "The ferry will carry residents across the harbour free of charge from Saturday."
    quoted = (
        "\u201cThe ferry will carry residents across the harbour free of charge,\u201d she said."
    )
    doc = build([LEDE, quoted + " " + plain, HARBOUR[5]])
    column = feature_column(doc, "quoted")
    assert column[quoted] > 0.7
    assert column[plain] == 0.0
    assert feature_column(doc, "attribution")[quoted] == 1.0


def test_word_counts_and_courtesy_come_from_the_sentence() -> None:
    thanks = "Good morning, and thank you all for joining this briefing about the harbour bridge."
    unwelcome = "The unwelcome closure of the harbour bridge hit 3 shops and 12 stalls at once."
    dangling = "But the 2 councillors who voted against the closure asked for a new survey."
    doc = build([LEDE, thanks, unwelcome, dangling])
    courtesy = feature_column(doc, "courtesy")
    assert courtesy[thanks] == 1.0 and courtesy[unwelcome] == 0.0
    assert feature_column(doc, "numbers")[unwelcome] == 2
    assert feature_column(doc, "words")[unwelcome] == 15
    assert feature_column(doc, "dangling")[dangling] == 1.0
    assert feature_column(doc, "dangling")[unwelcome] == 0.0


def test_dangling_opener_needs_its_antecedent() -> None:
    but = (
        "But the closure of the harbour bridge means drivers face a long detour around the "
        "harbour, and the bridge closure will last for years."
    )
    blocks = [
        LEDE,
        "Residents of the harbour district packed the meeting hall before the vote.",
        but,
        "Shops near the old quay expect fewer customers this winter.",
        "The detour around the harbour adds twenty minutes for drivers while the bridge is closed.",
    ]
    points, _ = choose_key_points(build(blocks), count=2)
    assert but not in texts(points)
    # Once the sentence it leans on is chosen too, the opener is no longer dangling.
    points, _ = choose_key_points(build(blocks), count=5)
    assert but in texts(points)


def test_count_adapts_to_length_and_can_be_overridden() -> None:
    assert default_count(150) == 3
    assert default_count(900) == 3
    assert 3 < default_count(3000) < 7
    assert default_count(200_000) == 7
    counts = [default_count(n) for n in range(100, 40_000, 250)]
    assert counts == sorted(counts)

    short = build(HARBOUR)
    assert len(choose_key_points(short)[0]) == 3
    assert len(choose_key_points(short, count=5)[0]) == 5
    assert choose_key_points(short, count=0)[0] == ()


def _long_report(sections: int = 6, per_section: int = 14) -> list[str]:
    """A long report of distinct, made-up sentences under several headings."""
    blocks = [LEDE]
    topics = ["ferry", "budget", "traffic", "shops", "schools", "safety", "tourism", "jobs"]
    for s in range(sections):
        topic = topics[s % len(topics)]
        blocks.append(f"# Part {s + 1}: the {topic} question")
        for p in range(per_section):
            blocks.append(
                f"Officials in district {s * 100 + p} reported {p + 3} new findings about the "
                f"{topic} plan, and the committee for area {p * 7 + s} will review item "
                f"{s * 31 + p} with {p + 2} experts before the vote in week {p + 1}. "
                f"The {topic} office said report {s}-{p} covers {p * 11 + 5} households."
            )
    return blocks


def test_long_report_gets_more_points_and_points_per_section() -> None:
    doc = build(_long_report())
    assert doc.word_count > 3000
    points, per_section = choose_key_points(doc)
    assert len(points) == default_count(doc.word_count) > 3
    assert len(per_section) == len(doc.sections)
    for section, section_points in zip(doc.sections, per_section, strict=True):
        assert 1 <= len(section_points) <= 3
        for point in section_points:
            assert section.start <= point.start and point.end <= section.end


def test_short_article_has_no_per_section_points() -> None:
    doc = build([HARBOUR[0], "# Next steps", *HARBOUR[1:]])
    _, per_section = choose_key_points(doc)
    assert per_section == ((),) * len(doc.sections)


def test_curated_points_override_linked_and_unlinked() -> None:
    retyped = "the city council of Northbridge voted on monday -- to close the old harbour bridge"
    unlinked = "Drivers should plan for longer journeys."
    doc = build(HARBOUR, curated=(retyped, unlinked))
    points, _ = choose_key_points(doc)
    assert [point.rank for point in points] == [1, 2]
    linked, free = points
    assert linked.start is not None
    assert doc.text[linked.start : linked.end] == linked.text
    assert linked.text.startswith("The city council of Northbridge voted on Monday to close")
    assert linked.text.endswith("harbour bridge")
    assert (free.text, free.start, free.end) == (unlinked, None, None)
    assert choose_key_points(doc, count=1)[0] == (linked,)


def test_curated_point_with_sentence_end_links_whole_sentence() -> None:
    sentence = HARBOUR[2]
    doc = build(HARBOUR, curated=("  " + sentence.replace(" ", "  ").upper(),))
    (point,), _ = choose_key_points(doc)
    assert point.text == sentence


def test_deterministic() -> None:
    first = choose_key_points(build(_long_report(3, 6) + HARBOUR))
    second = choose_key_points(build(_long_report(3, 6) + HARBOUR))
    assert first == second


def test_empty_and_fragment_only_documents() -> None:
    assert choose_key_points(build(["# Only a heading"])) == ((), ((),))
    doc = build(["Yes.", "No way.", "Maybe so."])
    points, _ = choose_key_points(doc)
    assert points == (), "a sentence under five words is never a key point"


_VOCABULARY = "council bridge harbour ferry vote budget river school Maria Lopez 2024 forty plan"
_FUNCTION_WORDS = "said the a of and but he this report cracks traffic closed open"
_WORDS = st.sampled_from(f"{_VOCABULARY} {_FUNCTION_WORDS}".split())
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=18).map(lambda w: " ".join(w).capitalize() + ".")
_BLOCKS = st.lists(
    st.one_of(
        st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join),
        st.lists(_WORDS, min_size=1, max_size=5).map(lambda w: "# " + " ".join(w)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(_BLOCKS, st.one_of(st.none(), st.integers(0, 9)))
def test_invariants(blocks: list[str], count: int | None) -> None:
    doc = build(blocks)
    points, per_section = choose_key_points(doc, count=count)
    assert len(per_section) == len(doc.sections)
    wanted = default_count(doc.word_count) if count is None else count
    assert len(points) <= wanted
    headings = [p for p in doc.paragraphs if p.kind is BlockKind.HEADING]
    for point in points + tuple(p for section in per_section for p in section):
        assert 0 <= point.start < point.end <= len(doc.text)
        assert doc.text[point.start : point.end] == point.text
        assert all(point.end <= h.start or point.start >= h.end for h in headings)
    assert len({point.start for point in points}) == len(points)
    assert [p.start for p in points] == sorted(p.start for p in points)


def test_seed_key_points() -> None:
    doc = briefing.analyse(briefing.read(default_seed()))
    points = doc.key_points
    assert len(points) == 3
    lede = next(point for point in points if point.rank == 1)
    assert "cancel" in lede.text.lower() and "due to" in lede.text
    for point in points:
        assert doc.text[point.start : point.end] == point.text
    words = [set(re.findall(r"\w+", point.text.lower())) for point in points]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            assert len(words[i] & words[j]) / min(len(words[i]), len(words[j])) < 0.5


@pytest.mark.parametrize("count", [1, 2, 3])
def test_seed_count_override_keeps_best(count: int) -> None:
    doc = briefing.analyse(briefing.read(default_seed()), key_points=count)
    assert len(doc.key_points) == count
    assert "cancel" in min(doc.key_points, key=lambda p: p.rank).text.lower()


def test_byline_and_footnote_are_not_points() -> None:
    byline = "By Ana Ruiz, Harbour Correspondent, Northbridge Desk"
    footnote = "[^3]: Council minutes 14/2/2024, at 5-6; transport agency report 2024/17, at 12."
    doc = build([byline, *HARBOUR, footnote])
    points, _ = choose_key_points(doc, count=4)
    chosen = texts(points)
    assert byline not in chosen and footnote not in chosen
    assert next(p for p in points if p.text == LEDE).rank == 1


_FILLER = [
    "Residents packed the meeting hall before the vote on Monday evening.",
    "Shops near the old quay expect fewer customers this winter.",
    "Several drivers said they would switch to bicycles for short trips.",
    "The weather on the coast was mild for the season.",
    "Fishermen in the marina had complained about the noise for years.",
    "A local choir sang outside the town hall after the meeting ended.",
    "Schoolchildren wrote letters asking for a safer crossing.",
    "Tourist numbers in the old town rose sharply last summer.",
]


def test_a_later_section_opens_with_a_lede_of_its_own() -> None:
    section_lede = (
        "The ferry company will add two boats so that commuters can cross the water every ten "
        "minutes."
    )
    follow = "Tickets for the boats will be free for residents until the autumn."
    blocks = [LEDE, *_FILLER, "# The ferry", section_lede, follow]
    doc = build(blocks)
    position = feature_column(doc, "in_section")
    assert (position[LEDE], position[section_lede], position[follow]) == (0, 0, 1)
    assert feature_column(doc, "section_rank")[section_lede] == 1
    assert feature_column(doc, "heading")[section_lede] > 0


def test_the_scorer_sees_which_sentence_says_what_the_title_says() -> None:
    other = "The old market will open every weekend while the crossing stays shut."
    matching = "A temporary ferry service will run every weekend while the crossing stays shut."
    doc = build([LEDE, *_FILLER, other, matching], title="Temporary ferry service for the harbour")
    title = feature_column(doc, "title")
    assert title[matching] > title[other] + 0.2


def test_quote_engine_spans_count_as_quotation() -> None:
    said = "The ferry will carry residents across the harbour free of charge from Saturday on."
    plain = "The ferry will carry residents across the harbour free of charge from Saturday."
    doc = build([LEDE, said, plain, HARBOUR[5]])
    start = doc.text.index(said)
    doc = replace(doc, quotes=(Quote(start, start + len(said) - 1),))
    column = feature_column(doc, "quoted")
    assert column[said] > 0.9
    assert column[plain] == 0.0
