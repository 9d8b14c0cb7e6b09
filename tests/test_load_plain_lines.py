"""Plain text whose paragraphs are single lines, hard wraps, credit lines and the headline."""

from __future__ import annotations

from briefing.load import read_text
from briefing.model import Briefing


def paragraphs(doc: Briefing) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text_of(doc.text)) for p in doc.paragraphs]


def texts(doc: Briefing) -> list[str]:
    return [p.text_of(doc.text) for p in doc.paragraphs]


UNWRAPPED = [
    "The council voted on Tuesday to close the old ferry landing after a long debate about "
    "costs and repairs.",
    "Harbour Changes",
    "“We cannot keep patching it,” the harbour master told members, adding that repairs had "
    "already cost more than a new landing would, and that the tides had worsened the damage.",
    "Residents objected.",
    "A final decision on the new site is expected next month.",
]


def test_paragraphs_separated_by_single_line_breaks_are_split() -> None:
    doc = read_text("Ferry Landing Closes\n\n" + "\n".join(UNWRAPPED), source="a.txt")
    assert texts(doc) == UNWRAPPED


def test_short_one_sentence_lines_are_separate_paragraphs() -> None:
    lines = ["The mayor spoke first.", "She said it rained.", "Then it stopped."]
    doc = read_text("Headline Here\n\n" + "\n".join(lines), source="a.txt")
    assert texts(doc) == lines


WRAPPED = """The committee met on Monday to review the plan. It said the harbour
plan would be ready soon. Members asked about the cost of the work and
whether the landing could stay open. The chair said it could not. Work
on the new landing starts in May, when the weather is calmer and the
tides are lower."""


def test_hard_wrapped_prose_with_sentence_ends_at_line_ends_is_one_paragraph() -> None:
    doc = read_text(f"Headline Here\n\n{WRAPPED}", source="a.txt")
    assert texts(doc) == [" ".join(WRAPPED.split("\n"))]


def test_wrapped_prose_with_short_lines_left_by_removed_links_is_one_paragraph() -> None:
    text = (
        "The minister has led the Harbour\nStrategy,\nwhich aligns the work of three "
        "departments on the coast and\nthe islands.  The plan combines public money with "
        "private investment\nto support the towns.  The minister travelled to\nNorthport,\n"
        "Eastbay,\nand\nWestholm\nto open new offices that address the causes of the decline."
    )
    doc = read_text(f"Headline Here\n\n{text}", source="a.txt")
    assert len(doc.paragraphs) == 1


def test_wrapped_paragraphs_without_blank_lines_split_where_a_short_line_ends_a_sentence() -> None:
    text = (
        "The committee met on Monday to review the plan for the old harbour and\n"
        "its landing, closed since the winter storm.\n"
        "Members asked about the cost of the work and whether the landing could\n"
        "stay open during the repairs over the summer."
    )
    doc = read_text(f"Headline Here\n\n{text}", source="a.txt")
    assert len(doc.paragraphs) == 2
    assert texts(doc)[1].startswith("Members asked")


QUOTE = "“We will rebuild the wall before the winter storms,” the council wrote."
QUOTE_ONLY = "“We will rebuild the wall before the winter storms.”"


def test_a_dash_and_a_name_after_a_quotation_is_a_credit_line_not_a_bullet() -> None:
    doc = read_text(f"Headline\n\n{QUOTE_ONLY}\n\n- Ann Arden.\n\nMore text here.", source="a")
    assert paragraphs(doc)[1] == ("text", "- Ann Arden.")


def test_a_credit_with_a_role_ends_at_its_line() -> None:
    body = f"{QUOTE_ONLY}\n- Ann Arden, mayor of Northport\nThe work starts in May."
    doc = read_text(f"Headline\n\n{body}", source="a.txt")
    assert paragraphs(doc) == [
        ("text", QUOTE_ONLY),
        ("text", "- Ann Arden, mayor of Northport"),
        ("text", "The work starts in May."),
    ]


def test_a_horizontal_bar_credit_on_its_own_line_is_its_own_paragraph() -> None:
    doc = read_text(f"Headline\n\n{QUOTE_ONLY}\n― Ann Arden", source="a.txt")
    assert paragraphs(doc) == [("text", QUOTE_ONLY), ("text", "― Ann Arden")]


def test_lists_of_names_and_items_after_a_quotation_stay_lists() -> None:
    names = read_text(f"Headline\n\n{QUOTE_ONLY}\n\n- Ann Arden.\n- Tom Hollis.", source="a")
    assert [kind for kind, _ in paragraphs(names)] == ["text", "bullet", "bullet"]
    item = read_text(f"Headline\n\n{QUOTE_ONLY}\n\n- Buy more bread.", source="a.txt")
    assert paragraphs(item)[1] == ("bullet", "Buy more bread.")
    after_prose = read_text(f"Headline\n\n{QUOTE}\n\n- Ann Arden.", source="a.txt")
    assert paragraphs(after_prose)[1] == ("bullet", "Ann Arden.")


NOVEL_PROSE = (
    "It was late in the year when the carts first came down the salt road, and the town "
    "had not seen so many strangers since the fair."
)


def test_a_bare_name_above_title_lines_in_capitals_is_not_the_title() -> None:
    text = f"Ada Brenning\n\nTHE SALT\nROAD\n\nA Novel\n\n{NOVEL_PROSE}"
    doc = read_text(text, source="novel.txt")
    assert doc.title == "THE SALT ROAD"
    assert texts(doc)[0] == "Ada Brenning"


def test_a_name_is_still_the_title_when_prose_or_a_subtitle_follows() -> None:
    obituary = read_text(f"Ada Brenning\n\n{NOVEL_PROSE}\n\n{NOVEL_PROSE}", source="a.txt")
    assert obituary.title == "Ada Brenning"
    subtitle = read_text(f"Salt Roads\n\nHow Towns Grew\n\n{NOVEL_PROSE}", source="a.txt")
    assert subtitle.title == "Salt Roads"


def test_a_list_of_names_one_per_line_stays_one_paragraph_not_headings() -> None:
    names = "Abbott\nBarrow-Finch\nCaldwell-Montgomery\nDunn\nEllery"
    doc = read_text(f"Title\n\nThe clerk called the roll.\n\n{names}", source="a.txt")
    assert paragraphs(doc)[1] == ("text", names.replace("\n", " "))
