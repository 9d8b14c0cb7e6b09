"""News-like documents built from the pieces that trip a reader, and the invariants they must keep.

Random characters rarely form an attribution; these documents do: names, reporting verbs,
dashes, commas and asides, quote marks of every kind (paired, nested, stray), parentheses,
colons, headings, bullets and transcript labels, in any order. Shared by ``test_fuzz.py`` (a
quick profile in CI) and ``benchmarks/fuzz.py`` (minutes of search that save what fails).
"""

from __future__ import annotations

import hashlib
from html import escape

import yaml
from hypothesis import strategies as st

import briefing
from briefing.errors import BriefingError
from briefing.export import briefing_dict
from briefing.model import Briefing

FORMATS = ("text", "markdown", "yaml", "html")

_NAMES = [
    *("Ann Berg", "Ole Dahl", "Berg", "Mr. Dahl", "Dr. Ines Moreau", "Senator Lind"),
    *("the minister", "a spokesman", "The council", "He", "she", "they", "Q", "MS. LEE"),
    *("Tom Varga, 35,", "Varga (D-Maine)", "Ms. O’Neil", "Kari Nordmann-Li", "U.N."),
]
_VERBS = [
    *("said", "says", "told reporters", "added", "asked", "warned", "according to"),
    *("said:", "continued", "wrote", "noted", "says that", "telling", "who lost in 2008"),
]
_WORDS = [
    *("the plan", "we will", "build", "the wall", "in 2008", "who", "which", "a former"),
    *("candidate", "on Monday", "is", "not", "too much", "35", "1.5 million", "It", "We lost"),
    *("that", "and", "but", "The", "in Oslo", "e.g.", "No.", "etc.", "vs.", "and so on"),
]
_MARKS = [
    *("“", "”", '"', "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "``", "''", "「", "」"),
    *("\u00a0«\u00a0", "\u00a0»", "“‘", "’”", '""', "”“"),
]
_PUNCTUATION = [
    *(",", ".", ";", ":", "?", "!", "…", "...", " — ", "—", " – ", "–", "-", "--", " -- "),
    *("(", ")", "[", "]", "(D-Ill.)", ", who", " , ", ".”", ",”", "?”", "!’", ":“", "—“"),
]
_PIECE = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_VERBS),
    st.sampled_from(_WORDS),
    st.sampled_from(_MARKS),
    st.sampled_from(_PUNCTUATION),
)
_GLUE = st.sampled_from([" ", " ", " ", "", "\u00a0", "  ", "\t", "\n"])
_OPENERS = st.sampled_from(
    [
        *("", "", "", "", "# ", "## ", "### ", "- ", "* ", "1. ", "2) ", "• ", "> "),
        *("Q: ", "Q ", "MS. LEE: ", "MR. BERG: ", "THE PRESIDENT: ", "Mr. BERG. ", "A: "),
        *("“", '"', "— ", "| ", "    ", "Update: ", "BERLIN — ", "(", "**"),
    ]
)
_BREAKS = st.sampled_from(["\n\n", "\n\n", "\n", "\n\n\n", "\n   \n", "\n---\n", "\n===\n"])


@st.composite
def _line(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_PIECE, min_size=1, max_size=14))
    glue = draw(st.lists(_GLUE, min_size=len(pieces), max_size=len(pieces)))
    return draw(_OPENERS) + "".join(p + g for p, g in zip(pieces, glue, strict=True))


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    """``(format, text)``: a news-like document in one of :data:`FORMATS`."""
    lines = draw(st.lists(_line(), min_size=1, max_size=8))
    breaks = draw(st.lists(_BREAKS, min_size=len(lines), max_size=len(lines)))
    body = "".join(line + gap for line, gap in zip(lines, breaks, strict=True))
    fmt = draw(st.sampled_from(FORMATS))
    if fmt == "yaml":
        return fmt, yaml.safe_dump({"title": lines[0][:40], "body": body}, allow_unicode=True)
    if fmt == "html":
        return fmt, _as_html(lines, draw(st.booleans()))
    if draw(st.booleans()):
        title = yaml.safe_dump(lines[0][:40], allow_unicode=True).split("\n...")[0].strip()
        body = f"---\ntitle: {title}\ndate: 2024-05-01\n---\n{body}"
    return fmt, body


def _as_html(lines: list[str], article: bool) -> str:
    tags = ["p", "h2", "li", "blockquote", "p", "h3", "pre", "p"]
    body = "".join(
        f"<{tags[i % len(tags)]}>{escape(line)}</{tags[i % len(tags)]}>"
        for i, line in enumerate(lines)
    )
    if article:
        body = f"<article>{body}</article>"
    return f"<html><head><title>{escape(lines[0][:40])}</title></head><body>{body}</body></html>"


def analyse_checked(fmt: str, text: str) -> Briefing | None:
    """Analyse ``text`` as ``fmt`` and assert every invariant; ``None`` if refused cleanly."""
    try:
        doc = briefing.read_text(text, source=f"fuzz.{fmt}", fmt=fmt)
    except BriefingError:
        return None  # a clear one-line refusal (an empty body, bad YAML) is allowed
    result = briefing.analyse(doc)
    assert result.failed_stages == (), f"stages failed: {result.failed_stages}"
    check_invariants(result)
    assert briefing.analyse(briefing.read_text(text, source=f"fuzz.{fmt}", fmt=fmt)) == result
    return result


def check_invariants(doc: Briefing) -> None:
    """Offsets inside the text, sections tiling it, sentences and quotes inside paragraphs."""
    text = doc.text
    size = len(text)
    assert doc.sections and doc.sections[0].start == 0 and doc.sections[-1].end == size
    for before, after in zip(doc.sections, doc.sections[1:], strict=False):
        assert before.end == after.start < after.end
    for section in doc.sections:
        if section.heading is not None:
            assert section.start <= section.heading.start <= section.heading.end <= section.end
    assert len(doc.section_key_points) == len(doc.sections)
    previous = 0
    for sentence in doc.sentences:
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
        assert sentence.start >= previous
        previous = sentence.end
    _check_quotes(doc)
    for point in (*doc.key_points, *(p for ps in doc.section_key_points for p in ps)):
        if point.start is not None and point.end is not None:
            assert 0 <= point.start < point.end <= size
            assert text[point.start : point.end] == point.text
        if point.speaker is not None:
            assert doc.speaker(point.speaker) is not None


def _check_quotes(doc: Briefing) -> None:
    """Each quote is words inside one paragraph, quotes are ordered and never overlap, and the
    JSON export's quote text is exactly ``text[start:end]``."""
    text = doc.text
    ids = {speaker.id for speaker in doc.speakers}
    assert len(ids) == len(doc.speakers)
    previous = 0
    for quote in doc.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous
        previous = quote.end
        words = text[quote.start : quote.end]
        assert words == words.strip() and "\n\n" not in words
        assert quote.speaker is None or quote.speaker in ids
        if quote.cue is not None:
            assert 0 <= quote.cue.start <= quote.cue.end <= len(text)
    for speaker in doc.speakers:
        assert speaker.name.strip()
        for mention in speaker.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
    exported = [quote["text"] for quote in briefing_dict(doc)["quotes"]]
    assert exported == [text[q.start : q.end] for q in doc.quotes]


def regression_name(fmt: str, text: str) -> str:
    """A stable file name for a failing document: its format and a short content hash."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"{digest}.{fmt}.txt"
