"""Word lists kept as data files, read once with the standard library."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def words(name: str) -> tuple[str, ...]:
    """The words of data file ``name`` (whitespace-separated; lines starting "#" are comments),
    in file order."""
    return tuple(word for line in _lines(name) for word in line.split())


@cache
def _formal_names() -> dict[str, tuple[str, ...]]:
    """Short given name -> the formal names it stands for (a short form may have two:
    "steve" is Stephen or Steven, "pat" Patricia or Patrick)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines("diminutives.txt"):
        formal, _, short = line.partition(":")
        formal = formal.strip()
        out[formal] = (*out.get(formal, ()), formal)
        for word in short.split():
            out[word] = (*out.get(word, ()), formal)
    return out


def same_given_name(first: str, second: str) -> bool:
    """Whether two given names can name one person: equal, or forms of one formal name
    ("Bill" and "William", "Rob" and "Bobby")."""
    a, b = first.lower().rstrip("."), second.lower().rstrip(".")
    if a == b:
        return True
    table = _formal_names()
    return bool(set(table.get(a, ())) & set(table.get(b, ())))


def is_given_name_form(word: str) -> bool:
    """Whether the lexicon knows this given name (formal or short), so it may have variants."""
    return word.lower().rstrip(".") in _formal_names()
