"""HTML pages: the article without the site around it (needs the optional ``[web]`` extra).

Three paths, chosen by what the page is:

* a page whose body is essentially one ``<pre>`` block (the Congressional Record) is plain text
  in a wrapper: its text goes through the plain-text reader (reflow, headings, page markers);
* an ordinary page goes through trafilatura, which finds the article and drops navigation,
  menus and footers;
* a very large page (a whole book) skips trafilatura, whose heuristics take seconds there, and is
  walked structurally after removing the usual boilerplate elements; so is any page trafilatura
  finds nothing in.

The page is parsed with plain ``lxml.etree`` rather than ``lxml.html``: its element proxies are
several times cheaper to create (``lxml.html`` looks each element's class up in Python), which
matters when walking a book-sized page; the two ``lxml.html`` helpers used are :func:`_text`
and :func:`_drop`. trafilatura (slow to import) is imported only for pages it reads.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from lxml import etree
except ImportError:  # the optional [web] extra is missing: parse_html says so
    etree = None

from briefing.errors import BriefingError
from briefing.load.normalise import Block, clean, derive_title, one_line
from briefing.load.plain import parse_plain_blocks
from briefing.model import BlockKind, Metadata

TRAFILATURA_LIMIT = 300_000  # characters; above this the structural walk is used
# In a page deeper than libxml2's default limit (255 levels, past which it silently drops the
# deep part and everything after it), elements nested deeper than this are flattened into plain
# paragraphs: the structural walk recurses once per level, and trafilatura's own parser has the
# same limit. With huge_tree, libxml2 itself stops at 2,048 levels.
FLATTEN_DEPTH = 100
_PARSER_DEPTH = 2048
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "iframe", "button", "select", "textarea", "img", "figure", "object", "embed",
)  # fmt: skip
_BOILERPLATE = re.compile(
    r"\b(nav|navbar|menu|footer|sidebar|breadcrumbs?|cookie|banner|share|social|related|"
    r"subscribe|newsletter|advert|ads?|comments?|pagenum|caption|skip-link|masthead|toc)\b",
    re.IGNORECASE,
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS_TEXT = (
    "p div section article main body blockquote ul ol li pre table h1 h2 h3 h4 h5 h6 dl dt dd "
    "figcaption center address hr"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAGS_TEXT.split())


_INSTALL = "pip install 'briefing[web]'"
_MISSING_EXTRA = f"reading HTML needs the web extra: {_INSTALL}"
_TEXT = etree.XPath("string()") if etree is not None else None
_TOO_DEEP = etree.XPath("/".join(["*"] * FLATTEN_DEPTH)) if etree is not None else None


def _text(element: Any) -> str:
    """All the text inside an element (``lxml.html``'s ``text_content``)."""
    return _TEXT(element)


def _drop(element: Any) -> None:
    """Remove an element and what it holds, keeping the text after it (``drop_tree``)."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def _import_problem(error: ImportError) -> str:
    """Why the extra cannot be used: not installed, or installed with a part missing.

    A half-installed extra (trafilatura present, a dependency of it absent) must say what is
    absent: "needs the web extra" would send the user to install what they already have.
    """
    missing = isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in (
        "trafilatura",
        "lxml",
    )
    if missing:
        return _MISSING_EXTRA
    detail = one_line(str(error).splitlines()[0] if str(error) else type(error).__name__)
    return f"the web extra is installed but does not import ({detail}); reinstall: {_INSTALL}"


def _trafilatura_module(source: str) -> Any:
    try:
        import trafilatura
    except ImportError as error:
        raise BriefingError(source, _import_problem(error)) from None
    return trafilatura


def _head_meta(doc: Any) -> tuple[str, str | None, Metadata]:
    """Title, site name and metadata from ``<head>``: ``<title>``, Open Graph, ``lang``..."""

    found: dict[str, str] = {}
    for element in doc.iter("meta"):
        content = one_line(element.get("content") or "")
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").lower()
            if key and content:
                found.setdefault(key, content)

    def meta(*names: str) -> str | None:
        return next((found[name.lower()] for name in names if name.lower() in found), None)

    titles = doc.xpath("//title")
    title = meta("og:title", "twitter:title") or (one_line(_text(titles[0])) if titles else "")
    canonical = doc.xpath("//link[@rel='canonical']/@href")
    return (
        title,
        meta("og:site_name", "application-name"),
        Metadata(
            date=meta(
                "article:published_time", "date", "dc.date", "DC.date.issued", "datePublished"
            ),
            url=meta("og:url") or (one_line(canonical[0]) if canonical else None),
            author=meta("author", "article:author", "dc.creator"),
            language=one_line(doc.get("lang", "")) or None,
        ),
    )


def _pre_page(doc: Any) -> str | None:
    """The text of the ``<pre>`` blocks when they hold nearly all of the body's text."""
    bodies = doc.xpath("//body")
    pres = doc.xpath("//pre")
    if not bodies or not pres:
        return None
    total = len(_text(bodies[0]).strip())
    inside = [_text(pre) for pre in pres]
    if total and sum(len(text.strip()) for text in inside) >= 0.8 * total:
        return "\n\n".join(inside)
    return None


def _xml_blocks(node: Any, quote: bool = False) -> list[Block]:
    """Blocks from trafilatura's XML (head, p, list/item, quote, code, table)."""
    blocks: list[Block] = []
    for child in node:
        tag = child.tag
        if tag == "head":
            level = (
                int(child.get("rend", "h2")[1:] or 2) if child.get("rend", "")[1:].isdigit() else 2
            )
            blocks.append(Block(child.xpath("string()"), BlockKind.HEADING, level))
        elif tag == "p":
            kind = BlockKind.BLOCKQUOTE if quote else BlockKind.TEXT
            blocks.append(Block(child.xpath("string()"), kind))
        elif tag == "list":
            ordered = child.get("rend") == "ol"
            for number, item in enumerate(child.iter("item"), start=1):
                marker = f"{number}." if ordered else ""
                blocks.append(Block(item.xpath("string()"), BlockKind.BULLET, 0, marker))
        elif tag == "quote":
            inner = _xml_blocks(child, quote=True)
            blocks.extend(inner or [Block(child.xpath("string()"), BlockKind.BLOCKQUOTE)])
        elif tag == "code":
            blocks.append(Block(child.xpath("string()"), BlockKind.PRE))
        elif tag == "table":
            rows = [
                " | ".join(one_line(cell.xpath("string()")) for cell in row.iter("cell"))
                for row in child.iter("row")
            ]
            blocks.append(Block("\n".join(rows), BlockKind.PRE))
        elif len(child):
            blocks.extend(_xml_blocks(child, quote))
        elif (child.text or "").strip():
            blocks.append(Block(child.text, BlockKind.BLOCKQUOTE if quote else BlockKind.TEXT))
    return blocks


def _trafilatura(text: str, trafilatura: Any) -> tuple[list[Block], dict[str, str]]:
    extracted = trafilatura.extract(
        text,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # htmldate's fast mode: metadata, <time> elements, title and timestamps, no free-text
        # search. That search hands date-like phrases to dateparser, whose first use in a process
        # tries all of its ~200 locales: 5 s of CPU before a page shows, paid again by every
        # reader and reading-list process (a date in running text is rarely the page's own).
        date_extraction_params=trafilatura.settings.set_date_params(extensive=False),
    )
    if not extracted:
        return [], {}
    root = etree.fromstring(extracted.encode("utf-8"))
    main = root.find("main")
    blocks = _xml_blocks(main if main is not None else root)
    return blocks, {key: value for key, value in root.attrib.items() if value}


def _prune(root: Any) -> None:
    """Drop navigation, page furniture and non-text elements, keeping headings drawn as images
    (their alt text stands in for them)."""
    marked = [
        element
        for element in root.iterdescendants()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body", "main", "article")
        and element.attrib
    ]  # a list: elements are dropped while going through it
    for element in marked:
        marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
        if marks.strip() and _BOILERPLATE.search(marks):
            _drop(element)
    for heading in root.iter(*_HEADINGS):
        if not _text(heading).strip():
            for image in heading.iter("img"):
                image.tail = f" {image.get('alt') or ''} {image.tail or ''}"
    for image in root.iter("img"):
        if _is_drop_cap(image):
            image.tail = (image.get("alt") or "").strip() + (image.tail or "")
    for element in list(root.iter(*_DROP_TAGS)):
        _drop(element)


def _is_drop_cap(image: Any) -> bool:
    """A book's chapter opening drawn as an image of its first letter ("W" + "HEN Jane …"):
    an alt text of one letter, with the rest of the word right after the image (or after
    the inline element around it)."""
    alt = (image.get("alt") or "").strip()
    if len(alt) != 1 or not alt.isalpha():
        return False
    after = image.tail
    if not (after or "").strip():
        parent = image.getparent()
        if parent is None or parent.tag in _BLOCK_TAGS or image.getnext() is not None:
            return False
        after = parent.tail
    return bool(after) and after[0].isalpha()


def _item_number(item: Any) -> str:
    """An ``<ol>`` item's number as the browser shows it (``"3."``; ``start`` counted), else
    ``""``."""
    parent = item.getparent()
    if parent is None or parent.tag != "ol":
        return ""
    start = parent.get("start", "1").strip()
    first = int(start) if start.isdigit() and len(start) < 10 else 1
    return f"{first + sum(1 for _ in item.itersiblings('li', preceding=True))}."


def _walk(element: Any, blocks: list[Block], quote: bool = False) -> None:
    """Block-level elements in document order; inline runs between them become paragraphs."""
    run: list[str] = [element.text or ""]

    def flush() -> None:
        words = "".join(run)
        if words.strip():
            blocks.append(Block(words, BlockKind.BLOCKQUOTE if quote else BlockKind.TEXT))
        run.clear()

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            run.append(" ")
        elif tag not in _BLOCK_TAGS:
            if tag:
                run.append(_text(child))
        else:
            flush()
            if tag == "p" and next(child.iter("br"), None) is None:
                kind = BlockKind.BLOCKQUOTE if quote else BlockKind.TEXT
                blocks.append(Block(_text(child), kind))  # no blocks inside a <p>
            elif tag in _HEADINGS:
                blocks.append(Block(_text(child), BlockKind.HEADING, _HEADINGS[tag]))
            elif tag == "pre":
                blocks.append(Block(_text(child), BlockKind.PRE))
            elif tag == "li":
                nested = [c for c in child if c.tag in ("ul", "ol")]
                for sub in nested:
                    _drop(sub)
                blocks.append(Block(_text(child), BlockKind.BULLET, 0, _item_number(child)))
                for sub in nested:
                    _walk(sub, blocks, quote)
            elif tag == "table":
                rows = [
                    " | ".join(one_line(_text(cell)) for cell in row.iter("td", "th"))
                    for row in child.iter("tr")
                ]
                blocks.append(
                    Block("\n".join(row for row in rows if row.strip(" |")), BlockKind.PRE)
                )
            elif tag != "hr":
                _walk(child, blocks, quote or tag == "blockquote")
        run.append(child.tail or "")
    flush()


def _structural(doc: Any) -> list[Block]:
    bodies = doc.xpath("//body")
    root = bodies[0] if bodies else doc
    _prune(root)
    for tag in ("article", "main"):
        found = root.xpath(f"//{tag}")
        if len(found) == 1 and len(_text(found[0])) > 0.3 * len(_text(root)):
            root = found[0]
            break
    blocks: list[Block] = []
    _walk(root, blocks)
    return blocks


def _deep_parents(root: Any) -> list[Any]:
    """The elements at depth :data:`FLATTEN_DEPTH` that hold deeper ones, in document order.

    One XPath of ``FLATTEN_DEPTH`` child steps, evaluated by libxml2 in a single pass per step,
    costs far less than walking the tree in Python on every page.
    """
    parents: dict[Any, None] = {}
    for element in _TOO_DEEP(root):
        parents.setdefault(element.getparent(), None)
    return list(parents)


def _flatten(element: Any) -> None:
    """Replace what ``element`` holds by one ``<p>`` per block of text found inside it.

    The words and their order are kept; only the structure below the element (headings, lists,
    quotes) is lost. The walk is lxml's, not recursive, so any depth is fine.
    """
    paragraphs: list[str] = []
    run: list[str] = []

    def flush() -> None:
        words = "".join(run)
        if words.strip():
            paragraphs.append(words)
        run.clear()

    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node is element:
            if event == "start":
                run.append(node.text or "")
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            if tag and tag not in _DROP_TAGS:
                run.append(node.text or "")
        else:
            if tag in _BLOCK_TAGS or tag == "br":
                flush()
            run.append(node.tail or "")
    flush()
    for child in list(element):
        element.remove(child)
    element.text = None
    for words in paragraphs:
        etree.SubElement(element, "p").text = words


def _flatten_deep(doc: Any) -> bool:
    """Flatten every part of ``doc`` nested deeper than :data:`FLATTEN_DEPTH`; ``True`` if any."""
    parents = _deep_parents(doc)
    for parent in parents:
        _flatten(parent)
    return bool(parents)


def _clean_title(title: str, sitename: str | None) -> str:
    """A page title without the " · Site name" suffix sites append to it."""
    title = one_line(title)
    if sitename:
        for separator in (" · ", " | ", " - ", " – ", " — ", " :: "):
            suffix = separator + sitename
            if title.endswith(suffix):
                return title[: -len(suffix)].strip()
    return title


def _parse(text: str, source: str) -> tuple[Any, bool]:
    """The page's tree, and whether it was flattened: a page deeper than libxml2's default 255
    levels is parsed again in full (``huge_tree``) with its deep parts flattened, and the caller
    re-serialises it for trafilatura, whose own parser would stop at that depth too.

    Ordinary pages pay nothing: the depth is only checked when the parser complains.
    """
    for huge in (False, True):
        parser = etree.HTMLParser(huge_tree=huge)
        try:
            doc = etree.fromstring(text, parser)
            if doc is None:
                raise etree.ParserError("Document is empty")
        except (ValueError, etree.ParserError) as error:
            reason = f"not readable as HTML ({one_line(str(error))})"
            raise BriefingError(source, reason) from None
        if not any("Excessive depth" in entry.message for entry in parser.error_log):
            return doc, huge and _flatten_deep(doc)
    reason = f"HTML nested deeper than {_PARSER_DEPTH:,} levels cannot be read in full"
    raise BriefingError(source, reason)


def parse_html(text: str, *, source: str) -> tuple[str, list[Block], Metadata]:
    """Title, body blocks and metadata of an HTML page."""
    if etree is None:
        raise BriefingError(source, _MISSING_EXTRA)
    text = _XML_DECLARATION.sub("", clean(text), count=1)
    doc, flattened = _parse(text, source)
    if flattened:
        text = etree.tostring(doc, encoding="unicode", method="html")
    head_title, sitename, meta = _head_meta(doc)
    pre = _pre_page(doc)
    if pre is not None:
        title, blocks, date = parse_plain_blocks(pre, fallback=head_title)
        if date and not meta.date:
            meta = Metadata(date, meta.url, meta.author, meta.language)
        return title, blocks, meta
    blocks: list[Block] = []
    found: dict[str, str] = {}
    if len(text) <= TRAFILATURA_LIMIT:
        blocks, found = _trafilatura(text, _trafilatura_module(source))
    if not any(one_line(block.text) for block in blocks):
        blocks = _structural(doc)
    meta = Metadata(
        date=meta.date or found.get("date"),
        url=meta.url or found.get("url"),
        author=meta.author or found.get("author"),
        language=meta.language,
    )
    title = _clean_title(found.get("title") or head_title, found.get("sitename") or sitename)
    if blocks and blocks[0].kind is BlockKind.HEADING:
        first = one_line(blocks[0].text)
        if not title or first.casefold() == title.casefold():
            title, blocks = first, blocks[1:]
    return title or derive_title(blocks), blocks, meta
