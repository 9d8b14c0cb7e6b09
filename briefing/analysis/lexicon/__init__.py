"""Word lists kept as data files, read once with the standard library."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def words(name: str, section: str | None = None) -> tuple[str, ...]:
    """The words of data file ``name`` (whitespace-separated; lines starting "#" are comments),
    in file order; of one ``[section]`` of it when given (the short lists of one stage share a
    file, one section per list, so that every list is data and none hides in code)."""
    if section is None:
        return tuple(word for line in _lines(name) for word in line.split())
    found = _sections(name).get(section)
    if found is None:
        raise KeyError(f"lexicon file {name} has no section [{section}]")
    return found


def phrases(name: str) -> frozenset[str]:
    """The entries of data file ``name``, one per line: for lists whose entries are several
    words ("New Hampshire", "South Korea"), which a whitespace split would break up."""
    return frozenset(_lines(name))


def word_set(name: str, section: str) -> frozenset[str]:
    """The words of one ``[section]`` of data file ``name`` as a set, the form every rule
    tests membership in."""
    return frozenset(words(name, section))


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    return sections_of(_lines(name))


def sections_of(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """``[name]`` headers and the words under each, from a data file's non-comment lines.
    Words before the first header, or a header given twice, are a mistake in the file."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            if line[1:-1] in out:
                raise ValueError(f"section {line} is given twice")
            current = out[line[1:-1]] = []
        elif current is None:
            raise ValueError(f"words before the first section: {line[:40]!r}")
        else:
            current.extend(line.split())
    return {key: tuple(value) for key, value in out.items()}


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
