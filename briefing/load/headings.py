"""Telling a heading line from a line of prose in plain text, where nothing marks it up.

A heading is short, does not end like a sentence and reads as a label: ALL CAPS, Title Case, a
numbered label (``2.1 Methods``, ``IV. Findings``) or, when the context supports it, a few words
in sentence case. Each test returns a level (1 = top) or 0 for "not a heading".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words a Title Case heading leaves in lower case (English, French, German, Spanish).
_SMALL_WORDS_TEXT = (
    "a an and as at but by en for from in into nor of on or per the to vs via with au aux de "
    "des du et la le les un une à der die das und im am zum zur von mit für el los las y del"
)
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2,}[.!?][\"'”’)]*\s+\S")
_NUMBERED = re.compile(
    r"^(?P<mark>(?P<roman>[IVXLC]{1,6}\.)|(?P<letter>[A-Z][.)])|"
    r"(?P<digits>\d{1,3}(?:\.\d{1,3}){0,4})[.)]?)\s+(?P<rest>\S.*)$"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTHS}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
_DATE_LINE = re.compile(rf"^{_DATE}$", re.IGNORECASE)
# A date closing a short cover block ("… Washington, D.C. March 2019"), month capitalised.
_CLOSING_DATE = re.compile(rf"(?<![\w,])(?P<date>{_DATE})$")
_COVER_WORDS = 30
_COVER_CHARS = 400
# A news dateline opening the first paragraph: a place in capitals, then the date, then a dash
# or the text ("BRIGHTON, March 4, 2024 — The council …").
_OPENING_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’\- ]{{1,40}}(?:, [A-Z][A-Za-z.]{{1,20}})?,\s+(?P<date>{_DATE})\s*[—–-]"
)
# A clock time alone ("12:57 P.M. EST", "9:05 am"): a transcript's time stamp, not a title.
_TIME_LINE = re.compile(
    r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?$"
)
# A line that is somebody speaking: a "Q" (or an interview's "A:") or an honorific label, or a
# label before a stage direction ("MODERATOR: (Laughter.)"). Its capitals make it look like a
# heading.
_SPOKEN = re.compile(
    r"^(?:Q(?:[:.]\s*|\s+)[A-Z(\[\"“‘]|A:\s"
    r"|(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.\s+[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*[:.]\s"
    r"|[^:]{1,60}:\s*[(\[][^()\[\]]*[)\]]$)"
)
MAX_HEADING = 120


@dataclass(frozen=True, slots=True)
class HeadingGuess:
    """How a line reads as a heading. ``weak`` ones need prose after them to count."""

    level: int
    numbered: bool = False
    weak: bool = False


NOT_HEADING = HeadingGuess(0)


# A record's bracketed header line that ends with its date in parentheses:
# "[Gazette Volume 3, Number 7 (Friday, May 3, 2002)]".
_BRACKETED_DATE = re.compile(r"^\[[^\[\]]*\((?P<date>[^()]{4,40})\)\]$")


def dateline_date(text: str) -> str | None:
    """The date of a dateline: one opening a paragraph after a place in capitals, or one that
    closes a short cover block after a name, a place or a comma (``Washington, D.C. March
    2019``), not after a word of a sentence (``closed in March 2019``)."""
    opening = _OPENING_DATELINE.match(text)
    if opening:
        return opening.group("date")
    if len(text) > _COVER_CHARS or len(text.split()) > _COVER_WORDS:
        return None  # (checked first: the search below would try every position of a long text)
    closing = _CLOSING_DATE.search(text)
    if not closing:
        return None
    before = text[: closing.start()].rstrip()
    last = before.rsplit(" ", 1)[-1]
    if not before or before.endswith((",", ".")) or last[:1].isupper():
        return closing.group("date")
    return None


def bracketed_date(line: str) -> str | None:
    """The date ending a bracketed header line (``[… (Friday, May 3, 2002)]``), else None."""
    match = _BRACKETED_DATE.match(line.strip())
    if match and is_date_line(match.group("date")):
        return match.group("date").strip()
    return None


def is_date_line(text: str) -> bool:
    """A line that is only a date (``April 2022``, ``Tuesday, July 12, 2005``): a dateline."""
    return bool(_DATE_LINE.match(text.strip()))


def is_spoken_or_stamp(text: str) -> bool:
    """A transcript's time stamp or a speaker's line ("Q (Inaudible.)"): never a heading."""
    return bool(_TIME_LINE.match(text) or _SPOKEN.match(text))


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 0.9 * len(letters)


def is_title_case(text: str) -> bool:
    words = _WORD.findall(text)
    if not words:
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised >= 0.75 * len(significant)


def _ends_like_sentence(text: str) -> bool:
    return text.endswith((".", ",", ";", ":", "…")) and not text.endswith("...")


def guess(text: str) -> HeadingGuess:
    """How ``text`` (one logical line, whitespace collapsed) reads as a heading."""
    if not text or len(text) > MAX_HEADING or _ends_like_sentence(text):
        return NOT_HEADING
    first = text[0]
    if not (first.isupper() or first.isdigit()):
        return NOT_HEADING
    if is_date_line(text) or _SENTENCE_INSIDE.search(text) or is_spoken_or_stamp(text):
        return NOT_HEADING
    numbered = _NUMBERED.match(text)
    if numbered:
        rest = numbered.group("rest")
        if not rest[0].isupper() or not (is_title_case(rest) or is_all_caps(rest)):
            return NOT_HEADING
        if numbered.group("roman"):
            level = 1
        elif numbered.group("letter"):
            level = 2
        else:
            level = 2 + numbered.group("digits").count(".")
        return HeadingGuess(level, numbered=True)
    if not any(c.isalpha() for c in text):
        return NOT_HEADING
    if is_all_caps(text):
        return HeadingGuess(1)
    if len(text.split()) > 15:
        return NOT_HEADING
    if is_title_case(text):
        return HeadingGuess(2)
    words = text.split()
    if len(words) <= 6 and not any(c in text for c in ",;:") and words[-1] not in _SMALL_WORDS:
        return HeadingGuess(2, weak=True)
    return NOT_HEADING
