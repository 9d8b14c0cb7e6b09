"""Closed classes of English words: determiners, pronouns, function words, months and
weekdays, form words, name particles and irregular past tenses. Even capitalised, none of
these is a name."""

from __future__ import annotations

from briefing.analysis.lexicon import words

# Words that open a noun phrase without being part of the name.
DETERMINERS = frozenset(words("determiners.txt"))

PRONOUNS = frozenset(words("pronouns.txt"))

MALE_PRONOUNS = frozenset(words("male_pronouns.txt"))

FEMALE_PRONOUNS = frozenset(words("female_pronouns.txt"))

# Capitalised words that start sentences without naming anyone.
FUNCTION_WORDS = frozenset(words("function_words.txt"))

WEEKDAYS_MONTHS = frozenset(words("weekdays_months.txt"))

# The words of forms and document structure ("SECTION 4", "ANNEX", "TOTAL"): written in
# capitals they label a part of the page, and the document may never use them in lower case,
# so only this list tells them from an acronym that names a speaker ("NATO", "UNESCO").
FORM_WORDS = frozenset(words("form_words.txt"))

# Name particles that may sit between capitalised name words.
PARTICLES = frozenset(words("particles.txt"))

# Irregular past tenses: a clause's verb, which no speaker phrase runs across.
IRREGULAR_PAST = frozenset(words("irregular_past.txt"))
