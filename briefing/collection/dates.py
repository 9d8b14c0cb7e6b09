"""A briefing's date as a sortable ISO day, from the ways documents write it.

Dates come from front matter (ISO), HTML metadata (ISO with a time), or a dateline in the text
("February 4, 2021", "4 February 2021", "Monday, May 2, 2005"). Sorting "newest first" needs
one comparable form; a date that cannot be read sorts as undated rather than guessed.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b")


def _day(year: str, month: int | None, day: str) -> str | None:
    if month is None or not 1 <= month <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"


def iso_day(text: str | None) -> str | None:
    """``YYYY-MM-DD`` for the first date in ``text``, or ``None`` when there is none."""
    if not text:
        return None
    if match := _ISO.search(text):
        return _day(match.group(1), int(match.group(2)), match.group(3))
    if match := _MONTH_FIRST.search(text):
        return _day(match.group(3), _MONTHS.get(match.group(1).lower()), match.group(2))
    if match := _DAY_FIRST.search(text):
        return _day(match.group(3), _MONTHS.get(match.group(2).lower()), match.group(1))
    return None
