"""The boilerplate gate: each kind of document furniture is never a key point (invented text)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import briefing
from briefing.analysis.keypoints.boilerplate import (
    _CASE_CUT,
    _CITATION_MARKS,
    _CITATION_START,
    _CITATION_WORDS,
    _EMPTY_BOX,
    _FORM,
    _INNER_MARKER,
    _REDACTION,
    _citation,
    _form,
    _inner_marker,
    _redaction,
    boilerplate,
    footnoted,
    point_edges,
)

STATEMENTS = [
    "The harbour council approved a budget of four million pounds on Monday evening.",
    "NATO ministers agreed in Brussels to send two more ships to the northern coast.",
    "Mr. Smith of Ohio said the bill would pass before the summer recess.",
    "“We will rebuild the quay before winter,” the mayor told reporters on Friday.",
    "A grand jury indicted the two former officials on charges of fraud.",
    "Copyright law was changed last year to cover online archives and libraries.",
    "eBay said its sales rose by a tenth in the first three months of the year.",
    "40 people were rescued from the harbour after the ferry ran aground.",
    "On Jan. 6 The Harbour Gazette said the quay would reopen in spring.",
    "On Jan. 6 the crowd gathered at the quay to watch the ferry leave.",
    "The world No.1 seed won the final at the harbour club on Sunday.",
    "In 2008, 1200 homes were flooded when the harbour wall failed.",
    "Some 12 or 13 boats were lost when the harbour wall failed in March.",
    "12 or 13 boats were lost when the harbour wall failed in March.",
    "Ferries ran 65 times on Thursday, 180 on Friday and 140 on Saturday.",
    "The ferry company Harbour Lines Corp., which runs the quay, said so.",
    "Country B is not the harbour town.",
    "The letters appear to read AL_LLH on the harbour stone, experts say.",
    "3 and a half thousand people came to see the new harbour wall.",
    "The quay cost 3.5 million pounds, 40 per cent more than the council planned.",
    "The country placed an embargo on the island's fish exports in 1962.",
    "Under 27 U.S.C. § 4012, a harbour trust must publish its accounts.",
    "Thank you for the question about the harbour wall and what it cost.",
    "We will start building the new harbour wall in the spring of next year.",
]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_statements_pass_the_gate(sentence: str) -> None:
    assert boilerplate(sentence) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Jump to navigation Jump to search for the harbour page", "navigation"),
        ("Home | News | Sport | Weather | Harbour stories", "navigation"),
        ("This article is about the harbour town in the north.", "navigation"),
        ("For other uses, see Northbridge (disambiguation) and its list.", "navigation"),
        ("Greyhaven redirects here. For the ship, see the fleet list.", "navigation"),
        ("Retrieved 4 May 2021 from the harbour trust's own website.", "navigation"),
        ("^ Ruiz, Ana (2020). Harbours of the North. Quay Press. p. 12.", "citation"),
        ("Lund, K. (2019). Tides and quays. Archived from the original on 2 June.", "citation"),
        ("See the council minutes at https://example.org/minutes for the detail.", "citation"),
        ("7 12 likewise, neither official recalled the harbour meeting at all.", "citation"),
        ("''PRELIMINARY'' REPORT (''Registration'') of the harbour trust board", "form"),
        ("Name of registrant ____________ and the address of the office here.", "form"),
        ("Total receipts from the harbour trust ................ 1,204 pounds", "form"),
        ("HARBOUR TRUST QUARTERLY RETURN FOR THE PERIOD ENDING IN MARCH.", "form"),
        ("The mayor met [REDACTED: Personal Privacy] at the quay on the day.", "redaction"),
        ("The bank sent ██████ to the harbour trust in two payments last year.", "redaction"),
        ("The record was withheld under (b)(6) of the act for the whole file.", "redaction"),
        ("The SPEAKER pro tempore (Mr. Lund).", "stage"),
        ("Mr. QUIST of New Hampshire.", "stage"),
        ("The PRESIDING OFFICER. The clerk will call the roll.", None),
        ("Nurse: Ah sir! ah sir!", "stage"),
        ("(Laughter and applause from the gallery.)", "stage"),
        ("Harbour Works Begin Again After The Long Winter Storms", "heading"),
        ("Part Two: what the council decided about the harbour wall", "heading"),
        ("The harbour board met the council.314 Then the mayor spoke at length.", "citation"),
        ("The board called it “a disgrace,” 482 and the mayor spoke to the staff.", "citation"),
        ("The trust said the quay was safe. 1204 Lund told the board it was not.", "citation"),
        ("Lund wrote to the harbour trust (Mar. 3, 2019); see the minutes too.", "citation"),
        ("The court upheld the rule (quoting Harbour Trust v. Lund, 12 F.3d 4, 6).", "citation"),
        ("See, e.g., Harbour Board minutes of the spring meeting, at 4.", "citation"),
        ("The trust went to court against the harbour board in Lund v.", "citation"),
        ("* Some ferries may still run late on the northern routes this week.", "citation"),
        ("2019) (finding that the harbour board acted within its powers).", "fragment"),
        ("27 U.S.C. § 4012(b)(2)(A)(ii).", "short"),
        ("150 et sanctionnés par l'article 151 du code des ports, il est interdit.", "fragment"),
        ("Asked about it, [a senior harbour official] said the quay was safe.", "redaction"),
        (
            "The board voted to close the quay and sell the cranes., the mayor and the town.",
            "redaction",
        ),
        (
            "This call is held under embargo until noon and attributable to a senior official.",
            "procedure",
        ),
        (
            "For awareness, but not for reporting, the speaker today is the harbour master.",
            "procedure",
        ),
        ("Thank you all for joining us this morning for this call on the harbour.", "procedure"),
        ("Welcome, everyone, to this afternoon's harbour briefing on the quay.", "procedure"),
        ("All right, we’ll get started here this morning.", "procedure"),
        ("C. EMPLOYER_State the name and the address of the harbour trust.", "form"),
        ("The vote passed.", "short"),
        ("Rates 12.4 % 18.1 % 22.9 % 7.5 % 3 4 5 6 for the harbour and the town", "non-words"),
        ("and the harbour was closed for a week after the storm.", "fragment"),
        # Edges of the rules' expressions: case-blind words, word boundaries, a caption line.
        ("Ruiz and Berg wrote Harbour Tides, ISBN 978-0-00-000000-0, for the trust.", "citation"),
        ("The full list is kept at WWW.HARBOURTRUST.ORG for every reader.", "citation"),
        ("The harbour trust had sent the letter (QUOTING the minister) at noon.", "citation"),
        ("The harbour trust filed its claim in Berg v.", "citation"),
        ("The file names XXXX as the harbour master who signed the order.", "redaction"),
        ("The harbour master said the boats., were moved at night.", "redaction"),
        ("The harbour boat XXXXL was the largest one in the whole fleet.", None),
        ("The label REDACTEDFILES was printed on the harbour boxes today.", None),
        ("Applicant Home Harbour Mailing Address:", "form"),
    ],
)
def test_furniture_is_named(line: str, kind: str | None) -> None:
    assert boilerplate(line) == kind


def test_furniture_never_becomes_a_key_point_even_in_a_text_of_furniture() -> None:
    text = "\n\n".join(
        [
            "Harbour Notes",
            "This article is about the harbour town in the north.",
            "The SPEAKER pro tempore (Mr. Lund).",
            "Nurse: Ah sir! ah sir!",
            "The mayor met [REDACTED: Personal Privacy] at the quay on the day.",
            "Home | News | Sport | Weather | Harbour stories",
            "The harbour council approved a budget of four million pounds on Monday evening. "
            "Work on the north quay will start in March and last two years.",
        ]
    )
    doc = briefing.analyse(briefing.read_text(text, source="t", fmt="text"), key_points=5)
    assert [p.text[:14] for p in sorted(doc.key_points, key=lambda p: p.start)] == [
        "The harbour co",
        "Work on the no",
    ]


@pytest.mark.parametrize(
    ("body", "point"),
    [
        # footnote markers the text left at a sentence's edges
        (
            "45 By March the quay had been rebuilt by the trust.",
            "By March the quay had been rebuilt by the trust.",
        ),
        ("118 according to Lund, the quay was unsafe.", "according to Lund, the quay was unsafe."),
        (
            "1177 Lund told the board the quay was “unsafe.” 12",
            "Lund told the board the quay was “unsafe.”",
        ),
        (
            "Access to the harbour was being restored.* ",
            "Access to the harbour was being restored.",
        ),
        # enumerators and run-in headings of rules
        (
            "2) The ferries are late on the north routes.",
            "The ferries are late on the north routes.",
        ),
        (
            "(ii) Harbour Dues and Fees.--A ship that docks pays a fee each day.",
            "A ship that docks pays a fee each day.",
        ),
        (
            "(b) Ships must report to the harbour master on arrival.",
            "Ships must report to the harbour master on arrival.",
        ),
        (
            "2° Les navires qui entrent dans le port paient une taxe.",
            "Les navires qui entrent dans le port paient une taxe.",
        ),
        (
            "4° la censure avec exclusion temporaire du port.",
            "la censure avec exclusion temporaire du port.",
        ),
        # numbers that belong to the sentence stay
        ("40 people were rescued from the harbour after the storm.", None),
        ("2016 was the year the harbour trust was founded in the town.", None),
        ("1 in 5 boats failed the harbour inspection last year.", None),
        ("The ferry was 55 minutes late on its first trip.", None),
    ],
)
def test_point_edges_cut_markers_and_enumerators(body: str, point: str | None) -> None:
    start, end = point_edges(body)
    assert body[start:end] == (point or body)


def test_a_report_s_footnote_markers_never_open_or_close_a_key_point() -> None:
    paragraphs = [
        "Harbour Report",
        "The trust rebuilt the north quay after the storm of the winter before. 12 By March the "
        "work on the quay had cost four million pounds, twice the first estimate of the board.",
        "The board asked the council for a loan to pay for the new cranes on the quay. 13 The "
        "council agreed to lend two million pounds over ten years at a low rate of interest.",
        "27 U.S.C. § 4012(b)(2)(A)(ii).",
        "Ferry services resumed in April and carried more passengers than in any spring before.",
    ]
    text = "\n\n".join(paragraphs)
    doc = briefing.analyse(briefing.read_text(text, source="t", fmt="text"), key_points=6)
    assert doc.key_points
    for point in doc.key_points:
        assert point.text == doc.text[point.start : point.end]
        assert not point.text[:1].isdigit(), point.text
        assert not point.text.rstrip()[-1:].isdigit(), point.text


def test_a_footnoted_text_has_every_edge_number_read_as_a_marker() -> None:
    plain = "The quay was rebuilt. 40 People came to see it."
    report = " ".join(
        [
            "The trust met. 12 By March the quay was rebuilt.",
            "The board agreed. 13 According to Lund it cost more.",
            "The council paid. 14 The loan runs ten years.",
        ]
    )
    assert not footnoted(plain)
    assert footnoted(report)
    body = "97 Lund told the board that the quay had cost twice the estimate."
    assert point_edges(body) == (0, len(body))  # a count before a name, in plain text
    start, _ = point_edges(body, in_footnoted=True)
    assert body[start:].startswith("Lund told")
    glued = "The posts were shared by Ana Ruiz Jr., 96 Lena Lund and others in the town."
    assert boilerplate(glued) is None
    assert boilerplate(glued, in_footnoted=True) == "citation"
    dated = "On May 6, 2016, 10 days after the storm, the harbour trust met again."
    assert boilerplate(dated, in_footnoted=True) is None


# Pieces of report text around footnote markers: words that open sentences, abbreviations,
# numbers, years, stops, commas, closing marks and spaces, in any order.
_MARKER_PIECES = st.sampled_from(
    [
        *'abcXYZ.,;:"”’)( 0123456789',
        " No",
        " Vol",
        " Jr",
        " The",
        " According",
        " and",
        " 1999",
        " 264",
        "files",
        " Mr",
        " On",
        " Jan",
        "A.",
        "\n",
    ]
)


@given(st.lists(_MARKER_PIECES, max_size=40).map("".join))
@example("the files .264 Orla told")  # the match starts two characters before its full stop
@example("meeting,981 Varga said")
def test_inner_marker_seeding_finds_what_the_full_search_finds(body: str) -> None:
    """The marker's expression is tried only where its seed allows: never a different answer."""
    assert _inner_marker(body) == (_INNER_MARKER.search(body) is not None)


# Pieces of every seeded rule's matches and near misses: the seeds must never hide a match.
_SEEDED_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "(",
        ")",
        "[",
        "]",
        "''",
        "``",
        "_",
        "__",
        ".",
        ",",
        "…",
        "☐",
        "█",
        "X",
        "x",
        "REDACTED",
        "redacted",
        "(b)",
        "(c)",
        "(6)",
        " v.",
        " V.",
        "quoting",
        "Jan",
        " 4, 2019",
        "retrieved 2",
        "accessed on 3",
        "doi:",
        "isbn",
        "op. cit",
        "ibid",
        "et al., 2004",
        "https://",
        "www.",
        "archived from the original",
        "the official",
        "name",
        "AB",
        "Cd",
    ]
)


@given(st.lists(_SEEDED_PIECES, max_size=30).map("".join))
@example("Jones v. Smith v.")
@example("the [redacted] files")
@example("withheld under (b)(6)")
@example("withheld under (c) (7)")
@example("the name xXxXx was")
@example("cut here., then")
@example("a box ( ) here")
@example("a box [ ] here")
@example("Smith (quoting Jones)")
@example("Smith (Jan. 4, 2019)")
def test_seeded_searches_find_what_the_full_searches_find(body: str) -> None:
    """Each rule's expression runs only where one of its seeds is: never a different answer."""
    low = body.lower()
    assert _redaction(body, low) == (_REDACTION.search(body) is not None)
    assert _form(body) == (_FORM.search(body) is not None or _EMPTY_BOX.search(body) is not None)
    full = (
        _CITATION_START.match(body) or _CITATION_MARKS.search(body) or _CASE_CUT.search(body)
    ) or _CITATION_WORDS.search(low)
    assert _citation(body, low) == bool(full)
