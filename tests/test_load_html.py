"""HTML reader: article extraction, <pre> pages, large pages, and the missing-extra message."""

from __future__ import annotations

import builtins
import importlib.util
import subprocess
import sys

import pytest

import briefing.load.html as html_reader
from briefing.errors import BriefingError
from briefing.load import read_text
from briefing.model import BlockKind, Briefing

# Skip only when the extra is absent: an installed but broken extra must fail these tests, not
# hide behind a skip (trafilatura without lxml_html_clean once skipped them all).
if importlib.util.find_spec("trafilatura") is None:
    pytest.skip("the web extra is not installed", allow_module_level=True)

PARAGRAPH = (
    "The harbour authority said on Monday that the new quay would open in the spring, "
    "after two years of building work that had closed part of the old port to visitors. "
)
ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Harbour Quay To Open In Spring · Port Gazette</title>
<meta property="og:site_name" content="Port Gazette">
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-05-01">
<link rel="canonical" href="https://example.org/quay">
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<header><p>Subscribe to our newsletter today!</p></header>
<article>
<h1>Harbour Quay To Open In Spring</h1>
<p>{PARAGRAPH * 2}</p>
<h2>What Changes</h2>
<p>{PARAGRAPH}</p>
<ul><li>Ferries will use the new quay.</li><li>Fishing boats keep the old one.</li></ul>
<blockquote><p>“We are ready,” the harbour master said.</p></blockquote>
<p>{PARAGRAPH}</p>
</article>
<footer><p>Copyright Port Gazette. All rights reserved.</p></footer>
</body></html>
"""


def kinds(doc: Briefing) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text_of(doc.text)) for p in doc.paragraphs]


@pytest.mark.parametrize("limit", [html_reader.TRAFILATURA_LIMIT, 0])
def test_article_extracted_without_boilerplate(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    monkeypatch.setattr(html_reader, "TRAFILATURA_LIMIT", limit)
    doc = read_text(ARTICLE, source="page.html", fmt="html")
    assert doc.format == "html"
    assert doc.title == "Harbour Quay To Open In Spring"
    assert doc.meta.author == "A. Writer"
    assert doc.meta.date and doc.meta.date.startswith("2024-05-01")
    assert doc.meta.url == "https://example.org/quay"
    assert doc.meta.language == "en"
    assert ("heading", "What Changes") in kinds(doc)
    assert "Home" not in doc.text and "Copyright" not in doc.text and "Subscribe" not in doc.text
    assert any(kind == "blockquote" for kind, _ in kinds(doc)) or "We are ready" in doc.text
    assert doc.text.count("new quay would open") == 4


def test_structural_walk_keeps_lists_and_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "TRAFILATURA_LIMIT", 0)
    page = ARTICLE.replace("<h2>What Changes</h2>", '<h2><img src="x.png" alt="What Changes"></h2>')
    doc = read_text(page, source="page.html", fmt="html")
    assert ("heading", "What Changes") in kinds(doc)
    assert ("bullet", "Ferries will use the new quay.") in kinds(doc)
    assert ("blockquote", "“We are ready,” the harbour master said.") in kinds(doc)


def test_a_drop_cap_image_rejoins_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "TRAFILATURA_LIMIT", 0)
    page = (
        "<html><body><h2>CHAPTER I.</h2>"
        '<p><span class="initial"><img src="w.png" alt="W"></span>HEN the ferry came, '
        "everyone cheered. The quay was full of people waiting for it.</p>"
        '<p>A picture: <img src="q.png" alt="Q"> shows the quay.</p></body></html>'
    )
    doc = read_text(page, source="book.html", fmt="html")
    assert "WHEN the ferry came" in doc.text
    assert "Q shows" not in doc.text


PRE_PAGE = """<html><head><title>Record, Volume 1 (Monday, May 2, 2005)</title></head>
<body><pre>
[Record Volume 1, Number 2 (Monday, May 2, 2005)]
[Senate]
[Pages S1-S2]
From the Record Online [<a href="http://example.org">example.org</a>]



     DEBATE ON THE HARBOUR BILL

  Mr. SMITH. Mr. President, I rise to speak about the harbour bill and
what it means for the people of my state &amp; the nation.

[[Page S2]]

  The bill is good. I urge my colleagues to vote for it.
</pre></body></html>
"""


def test_pre_page_goes_through_the_plain_text_reader() -> None:
    doc = read_text(PRE_PAGE, source="rec.htm", fmt="html")
    assert doc.title == "DEBATE ON THE HARBOUR BILL"
    text_paragraphs = [t for k, t in kinds(doc) if k == "text"]
    assert text_paragraphs == [
        "Mr. SMITH. Mr. President, I rise to speak about the harbour bill and what it means "
        "for the people of my state & the nation.",
        "The bill is good. I urge my colleagues to vote for it.",
    ]
    assert [p.kind for p in doc.paragraphs][:2] == [BlockKind.PRE, BlockKind.HEADING]
    assert "[[Page" not in doc.text


def test_missing_web_extra_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_trafilatura(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("trafilatura"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(BriefingError, match=r"needs the web extra: pip install 'briefing\[web\]'"):
        read_text(ARTICLE, source="page.html", fmt="html")


def test_broken_web_extra_names_the_real_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__
    problem = "lxml.html.clean module is now a separate project lxml_html_clean.\nInstall it."

    def broken_trafilatura(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("trafilatura"):
            raise ImportError(problem)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken_trafilatura)
    with pytest.raises(BriefingError) as caught:
        read_text(ARTICLE, source="page.html", fmt="html")
    message = str(caught.value)
    assert "installed but does not import" in message and "lxml_html_clean" in message
    assert "\n" not in message


def test_page_without_text_is_refused() -> None:
    with pytest.raises(BriefingError, match="no readable text"):
        read_text(
            "<html><body><nav>Menu</nav><script>x()</script></body></html>",
            source="e.html",
            fmt="html",
        )


def test_xml_declaration_and_escapes_in_html() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html><body><article><h1>Title</h1>'
        f"<p>{PARAGRAPH}\x1b[31m red</p></article></body></html>"
    )
    doc = read_text(page, source="x.html", fmt="html")
    assert "\x1b" not in doc.text and "[31m" not in doc.text


@pytest.mark.parametrize("limit", [html_reader.TRAFILATURA_LIMIT, 0])
def test_ordered_list_items_keep_their_numbers(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Through trafilatura (which drops ``start``) and through the structural walk."""
    monkeypatch.setattr(html_reader, "TRAFILATURA_LIMIT", limit)
    steps = '<ol start="3"><li>Drain the basin.</li><li>Rebuild the wall.</li></ol>'
    page = ARTICLE.replace("<h2>What Changes</h2>", f"<h2>What Changes</h2>{steps}")
    doc = read_text(page, source="page.html", fmt="html")
    numbered = [(p.marker, p.text_of(doc.text)) for p in doc.paragraphs if p.marker]
    first = 1 if limit else 3
    assert numbered == [(f"{first}.", "Drain the basin."), (f"{first + 1}.", "Rebuild the wall.")]


def test_a_date_in_running_text_does_not_wake_the_slow_date_parser() -> None:
    """htmldate hands date-like phrases of the text to dateparser, whose first use tries all its
    locales (seconds of CPU per process). The reader asks for the fast date search, so opening
    such a page never imports it; checked in a fresh interpreter, as imports are per process."""
    page = (
        "<html><head><title>Quay</title></head><body><article><h1>Quay</h1>"
        "<p>March 2021, day 14 of the 35-day session</p>"  # a phrase only dateparser would try
        + "<p>The harbour authority said the new quay would open in spring, late.</p>" * 3
        + "</article></body></html>"
    )
    script = (
        "import sys, briefing.load as load\n"
        "doc = load.read_text(sys.stdin.read(), source='page.html', fmt='html')\n"
        "print(doc.title, 'dateparser' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=page, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["Quay", "False"]
