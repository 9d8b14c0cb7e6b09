"""Lines that are never a key point, whatever their score: the furniture of a document.

A fitted scorer learns what editors pick from news articles, where furniture is rare; real
documents (wiki pages, the Congressional Record, forms, plays, redacted reports) are full of it.
So these rules are not features to be outweighed but a gate: a sentence they name is no
candidate at all. Each rule is general (shapes of text, not words of any one document) and
cheap: one or two regular expressions per sentence.
"""

from __future__ import annotations

import re

MIN_WORDS = 5  # fewer words than this is a fragment, not a point
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Site furniture and the disambiguation notes of wikis.
_NAVIGATION = re.compile(
    r"^\W*(?:jump to|skip to|go to|back to|return to|click here|read more|see also|"
    r"share (?:this|on)|follow us|sign (?:in|up)|log ?in|subscribe|main menu|navigation menu|"
    r"for other uses|not to be confused|this (?:article|page|entry) is about|"
    r"\S+(?: \S+){0,5} redirects here|from wikipedia|retrieved (?:from|on|\d)|"
    r"(?:previous|next) (?:page|article|post)|all rights reserved|copyright (?:©|\(c\)|\d))\b",
    re.IGNORECASE,
)
_MENU = re.compile(r"(?:\s[|•·»›]\s.*){2,}")  # "Home | News | Sport": items between separators
# A reference-list entry: a footnote marker (or a run of footnote numbers left in the text), an
# archive or access note, bibliographic codes.
_CITATION = re.compile(
    r"^\s*(?:\^|\[\^?\w{1,4}\]|\d{1,3}\.\s+[A-Z][^.]{0,60},\s+[A-Z]\.|\d{1,4}(?:\s+\d{1,4})+\s+[^\W\d])"
    r"|\b(?:archived from the original|retrieved \d|accessed (?:on )?\d|doi:|isbn\b|issn\b|"
    r"op\. cit|ibid\b|et al\.,? \(?\d{4}|https?://|www\.)",
    re.IGNORECASE,
)
# A form's labels: quoted or bracketed capitals, fill-in blanks, a dotted leader.
_FORM = re.compile(
    r"''[A-Z][A-Z ]{2,}''|``[A-Z]|_{3,}|\.{4,}|…{2,}|\(\s*\)|\[\s*\]|☐|□|"
    r"^\W*(?:[A-Z][A-Za-z]*\s){0,4}(?i:no|number|name|date|signature|address)\.?:\s*$"
)
# Redaction markers: black boxes, FOIA exemption codes, the labels that stand for removed text.
_REDACTION = re.compile(
    r"[█▇■▓]|\[\s*(?i:redacted|withheld|deleted|classified)|\((?:b|c)\)\s*\(\d\)|"
    r"\bREDACTED\b|\b[Xx]{4,}\b"
)
# A speaker label or a stage direction standing as a line of its own: "Mr. SMITH of Ohio.",
# "The SPEAKER pro tempore (Mr. Poe).", "(Laughter.)", "[Applause]", "Exit Nurse."
_STAGE = re.compile(
    r"^\s*(?:[(\[][^)\]]{1,60}[)\]]\.?"
    r"|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]{2,}[\w.'’-]*"
    r"(?:\s+(?:of|pro|tem|tempore|from)\b[^.]{0,40})?(?:\s*\([^)]{1,40}\))?[.:]"
    r"|(?i:exit|exeunt|enter|re-enter)\b[^.]{0,40}\.)\s*$"
)
# A play's or interview's "Name: words" where the words are too few to be a statement.
_LABELLED = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*:\s+(?P<rest>.+)$", re.S)
_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def boilerplate(body: str) -> str | None:
    """Why ``body`` (one sentence) can never be a key point, or ``None`` when it can be one."""
    words = _WORD.findall(body)
    if len(words) < MIN_WORDS:
        return "short"
    if len(words) < 0.6 * len(body.split()):  # str.split cuts where regex \S+ does, but faster
        return "non-words"
    if _STAGE.match(body):
        return "stage"
    labelled = _LABELLED.match(body)
    if labelled and len(_WORD.findall(labelled.group("rest"))) < MIN_WORDS:
        return "stage"
    if _REDACTION.search(body):
        return "redaction"
    if _NAVIGATION.match(body) or _MENU.search(body):
        return "navigation"
    if _CITATION.search(body):
        return "citation"
    if _FORM.search(body):
        return "form"
    if _shouting(body):
        return "form"
    if not _END.search(body) and _title_like(words):
        return "heading"
    if body[:1].islower() and body[1:2].islower():
        return "fragment"  # the tail of a sentence cut at an abbreviation or a line break
    return None


def _shouting(body: str) -> bool:
    """Mostly capital letters: a printer's imprint, a form caption or a banner, not a statement."""
    capitals = sum(map(str.isupper, body))
    return capitals > 12 and capitals > 0.5 * sum(map(str.isalpha, body))


def _title_like(words: list[str]) -> bool:
    """No sentence end and half the words capitalised (or few words): a heading or a title
    page's line."""
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) <= 12 or capitalised >= 0.5 * len(words)
