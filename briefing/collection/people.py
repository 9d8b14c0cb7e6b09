"""Who said what across briefings: one person per name, with their quotes newest first.

People are merged across documents by the rules one document already uses
(:mod:`briefing.analysis.speakers.names`): honorifics and titles are not part of a name ("Ms. Lee",
"Secretary Lee" are Lee, the title becomes the role), names compare case-insensitively (a
transcript's "MS. LEE" is Ms. Lee), and a bare surname stands for the full name that ends in it
("Lee" is Jane Lee), but only when the collection gives exactly one such full name whose given
name does not contradict the honorific: two Lees stay two people rather than being guessed into
one. A person's role is the one their newest briefing gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.lexicon.roles import HONORIFICS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.names import split_role_and_name
from briefing.collection.summary import Summary

UNDATED = ""  # sorts after every ISO day when sorting newest first


@dataclass(frozen=True, slots=True)
class PersonQuote:
    """One quote of a person: the words, and where to find it (briefing index and offsets)."""

    text: str
    briefing: int  # index into the summaries the people were gathered from
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Person:
    """A person quoted in the collection, their quotes newest briefing first."""

    name: str
    role: str | None
    quotes: tuple[PersonQuote, ...]
    briefings: int  # how many briefings quote them


@dataclass(slots=True)
class _Name:
    key: str  # the name without honorifics or titles, lower-cased
    shown: str
    role: str | None
    gender: str  # from an honorific: "m", "f" or ""


def _parse(name: str, role: str | None) -> _Name:
    words = name.split()
    parse = split_role_and_name(words)
    if parse is None or (parse.role is None and parse.honorific is None):
        return _Name(name.lower(), name, role, "")
    shown = parse.name
    if shown.isupper() and len(shown) > 1:
        shown = " ".join(word.capitalize() for word in shown.split())
    gender = HONORIFICS.get(parse.honorific or "", "")
    return _Name(parse.name.lower(), shown, role or parse.role, gender)


def _full_name_for(surname: _Name, full_names: dict[str, list[str]]) -> str | None:
    """The one full name a bare surname stands for, or None when there are none or several."""
    candidates = [
        key
        for key in full_names.get(surname.key, [])
        if not surname.gender or gender_of_first_name(key.split()[0]) in ("", surname.gender)
    ]
    return candidates[0] if len(candidates) == 1 else None


def _newest_first(summaries: Sequence[Summary], pairs: list[tuple[PersonQuote, _Name]]) -> None:
    """Sort in place: newest briefing first, undated last, then in reading order (stable)."""
    pairs.sort(key=lambda pair: (pair[0].briefing, pair[0].start))
    pairs.sort(key=lambda pair: summaries[pair[0].briefing].day or UNDATED, reverse=True)


def people_across(summaries: Sequence[Summary]) -> tuple[Person, ...]:
    """Every named speaker of the summaries, merged across them; most quoted first."""
    parsed: list[tuple[int, int, _Name]] = []  # (briefing, quote index, name)
    full_names: dict[str, list[str]] = {}
    for index, summary in enumerate(summaries):
        for number, quote in enumerate(summary.quotes):
            if quote.speaker is None:
                continue
            name = _parse(quote.speaker, quote.role)
            parsed.append((index, number, name))
            if " " in name.key:
                known = full_names.setdefault(name.key.split()[-1], [])
                if name.key not in known:
                    known.append(name.key)
    groups: dict[str, list[tuple[int, int, _Name]]] = {}
    for index, number, name in parsed:
        key = name.key if " " in name.key else _full_name_for(name, full_names) or name.key
        groups.setdefault(key, []).append((index, number, name))
    people = [_person(summaries, members) for members in groups.values()]
    return tuple(sorted(people, key=lambda p: (-len(p.quotes), p.name.lower(), p.name)))


def _person(summaries: Sequence[Summary], members: list[tuple[int, int, _Name]]) -> Person:
    pairs = []
    for index, number, name in members:
        quote = summaries[index].quotes[number]
        pairs.append((PersonQuote(quote.text, index, quote.start, quote.end), name))
    _newest_first(summaries, pairs)
    names = [name for _, name in pairs]
    shown = max(names, key=lambda name: (len(name.shown.split()), not name.shown.isupper()))
    role = next((name.role for name in names if name.role), None)
    briefings = len({quote.briefing for quote, _ in pairs})
    return Person(shown.shown, role, tuple(quote for quote, _ in pairs), briefings)
