"""Honorifics, titles, role modifiers and organisation words: what makes a capitalised run a
role ("Foreign Minister", "Sen.") and not a name. Closed lists, never lists of people."""

from __future__ import annotations

from briefing.analysis.lexicon import words

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": "",
    "dr.": "",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
}


# Titles and role nouns: a run of these (with nationality and office words) before a name is
# the role ("Foreign Minister", "Sen.", "presidential candidate").
TITLE_WORDS = frozenset(words("title_words.txt"))

# Lower-case words that may sit inside a role before a name ("former presidential candidate").
ROLE_MODIFIERS = frozenset(words("role_modifiers.txt"))

# Words that mark a run as an organisation or place rather than a person.
ORG_WORDS = frozenset(words("org_words.txt"))
