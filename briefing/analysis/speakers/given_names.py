"""Common given names with the gender they are almost always given to: English ones, and a
separate list of German, French and Spanish ones used only for quotes in those languages.

A pronoun ("she said") must agree with its antecedent, and in news prose the first name is
often the only clue to a person's gender before any "he" or "she" has followed the name. The
lists hold the most common given names of English-speaking birth registers (twentieth
century), chosen from those registers alone and never from any article; names that are
commonly given to both (Chris, Pat, Jordan, Kelly, Robin, ...) are left out on purpose, so a
missing name simply means "no evidence". The lists are data files in ``analysis/lexicon/``.
"""

from __future__ import annotations

from briefing.analysis.lexicon import words

MALE_NAMES = frozenset(words("given_names_male.txt"))
FEMALE_NAMES = frozenset(words("given_names_female.txt"))


def gender_of_first_name(word: str) -> str:
    """ "m", "f" or "" for a given name (case-insensitive)."""
    lower = word.lower()
    if lower in MALE_NAMES:
        return "m"
    if lower in FEMALE_NAMES:
        return "f"
    return ""


# Common given names of German-, French- and Spanish-speaking birth registers (twentieth
# century), for the attribution of quotes in those languages only: the English lists above
# stay as they are, since some names differ in gender across languages ("Jean", "Andrea").
# Names given to both sexes (Dominique, Camille, Claude, Andrea) are left out on purpose.
EUROPEAN_MALE_NAMES = frozenset(words("given_names_european_male.txt"))
EUROPEAN_FEMALE_NAMES = frozenset(words("given_names_european_female.txt"))


def gender_of_european_first_name(word: str) -> str:
    """ "m", "f" or "" for a German, French or Spanish given name, else the English lists'."""
    lower = word.lower()
    if lower in EUROPEAN_MALE_NAMES:
        return "m"
    if lower in EUROPEAN_FEMALE_NAMES:
        return "f"
    return gender_of_first_name(word)
