"""Verbs that introduce reported speech, in every inflected form the attribution rules look for.

The word lists are data files in ``analysis/lexicon/`` (lemmas for the regular verbs plus a tiny
inflector, so the lists stay readable and easy to extend): a verb earns its place when
journalists use it to attribute words to a source ("said", "tweeted", "warned"). Verbs that only
sometimes report speech ("called", "put it") are included when the quote is their complement
often enough that leaving them out loses more than it gains.
"""

from __future__ import annotations

from briefing.analysis.lexicon import words

# Regular verbs that double their last consonant before -ed and -ing ("quipped", "rebutting").
_DOUBLING = frozenset(words("reporting_verbs_doubling.txt"))

# Verbs that report speech only right before the quote ("X continued: “…”", "what she calls
# “…”"); further away they are ordinary verbs ("will continue to pursue").
WEAK_VERBS: frozenset[str] = frozenset(words("weak_verbs.txt"))

# "X shot back", "X hit back": verbs that report speech only when "back" follows them.
BACK_VERBS: frozenset[str] = frozenset(words("back_verbs.txt"))

# Phrases whose last word is not a reporting verb but which attribute a quote to the
# preceding noun phrase ("X went on to say" is caught by "say"; these need their own entry).
ACCORDING_TO = "according to"


def _inflect(base: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms of a regular verb (good enough for this closed list)."""
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in _DOUBLING:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return base, third, past, ing


def _all_forms() -> frozenset[str]:
    forms: set[str] = set(words("reporting_verbs_irregular.txt"))
    for base in words("reporting_verbs_regular.txt"):
        forms.update(_inflect(base))
    return frozenset(forms)


REPORTING_VERBS: frozenset[str] = _all_forms()

# Forms that introduce a quote only as a noun phrase cue: "in a statement", "X's tweet".
REPORTING_NOUNS: frozenset[str] = frozenset(words("reporting_nouns.txt"))

# The base forms of the regular verbs ("note", "reply"): after "a formal" such a word is a noun.
REGULAR_BASES: frozenset[str] = frozenset(words("reporting_verbs_regular.txt"))
