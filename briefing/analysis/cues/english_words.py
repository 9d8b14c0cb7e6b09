"""English word lists and word-level tests that every cue finder shares (verbs, auxiliaries,
prepositions, clause openers), so the subject, before- and after-quote rules read one grammar."""

from __future__ import annotations

import re

from briefing.analysis.lexicon import phrases, word_set
from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.reporting_verbs import BACK_VERBS, REGULAR_BASES, REPORTING_VERBS
from briefing.analysis.speakers.names import is_capitalised, words_with_offsets
from briefing.analysis.text.words import Word

# Weak verbs whose quote may follow a short object: "X called the plan “a disaster”".
NAMING_VERBS = word_set("cue_words.txt", "naming_verbs")


# Adjectives of impersonal "it is … to say" phrases, which report nobody's words.
_IMPERSONAL = word_set("cue_words.txt", "impersonal")


# Verbs whose object is the listener, not the speaker ("told reporters"): no inversion.
LISTENER_VERBS = word_set("cue_words.txt", "listener_verbs")


# Words between a subject and its reporting verb ("he would later say", "was quoted as saying").
AUXILIARIES = word_set("cue_words.txt", "auxiliaries")


# Words that end a subject chunk when scanning back from the verb.
CLAUSE_WORDS = word_set("cue_words.txt", "clause_words")


# Words that end a speaker phrase after an inverted verb ("said Smith in an interview").
OBJECT_STOPS = word_set("cue_words.txt", "object_stops")


PREPOSITIONS = word_set("cue_words.txt", "prepositions")


INTRO_WORDS = PREPOSITIONS | word_set("cue_words.txt", "intro_words")


# Prepositions that continue a description after an inverted verb ("said a spokesman for the
# campaign", "said one Democrat familiar with the plan").
NOMINAL_LINKS = word_set("cue_words.txt", "nominal_links")


SENTENCE_ADVERBS = word_set("cue_words.txt", "sentence_adverbs")


TIME_WORDS = WEEKDAYS_MONTHS | word_set("cue_words.txt", "time_words")


LEADING_FILLERS = word_set("cue_words.txt", "leading_fillers")


# A hyphen between words is a spaced dash ("- he wrote"): words keep their own hyphens.
# The horizontal bar "―" is a dash too, in text set by some publishers.
_BOUNDARY_CHARS = frozenset(',;:()[]—–―-"“”«»„')


MAX_PHRASE_WORDS = 16


def is_verb(words: list[Word], index: int, first_of_sentence: bool) -> bool:
    word = words[index].text
    lower = word.lower()
    if lower in ("went", "goes", "go") and index + 1 < len(words):
        # "she went on." / "Berg went on, as if …": going on with the quote (a gap wider
        # than one space after "on" is punctuation).
        return words[index + 1].text == "on" and (
            index + 2 == len(words) or words[index + 2].start - words[index + 1].end > 1
        )
    if lower in BACK_VERBS:
        return index + 1 < len(words) and words[index + 1].text == "back"
    if lower not in REPORTING_VERBS:
        return False
    if index > 0 and words[index - 1].text.lower() == "so" and lower == "called":
        return False  # "the so called “Initiative”": an adjective, nobody calls it here
    if index > 1 and words[index - 1].text == "to" and words[index - 2].text.lower() in _IMPERSONAL:
        return False  # "it is safe to say", "needless to say": nobody is reported
    if is_capitalised(word) and not (first_of_sentence and index == 0):
        return False
    if index > 0 and words[index].start - words[index - 1].end <= 1:
        # Only an adjacent word makes a noun of it: "that, said Berg" is still a verb.
        before = words[index - 1].text.lower()
        # "the statement", "a call", "his post": a noun, not a verb.
        if (
            before in DETERMINERS
            or (before in PREPOSITIONS and before != "to")
            or before.endswith(("’s", "'s"))
        ):
            return False
        if _after_singular_article(words, index) or _counted_noun(words, index):
            return False
    return True


_PLURAL_COUNTS = word_set("cue_words.txt", "plural_counts") | word_set(
    "speaker_words.txt", "number_words"
)
_COUNT_REACH = 2  # "two emails", "two separate emails"


def _counted_noun(words: list[Word], index: int) -> bool:
    """ "followed by two separate emails", "after 30 calls": an "-s" form after a number or a
    word that counts (an adjective may come between) is a plural noun; a plural subject would
    take "email", "call"."""
    word = words[index].text.lower()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    for back in range(index - 1, max(-1, index - 1 - _COUNT_REACH), -1):
        before = words[back].text
        if before.lower() in _PLURAL_COUNTS or before.replace(",", "").isdigit():
            return True
        if not (before.isalpha() and before.islower()) or before in FUNCTION_WORDS:
            return False
    return False


_SINGULAR_ARTICLES = word_set("cue_words.txt", "singular_articles")
_ARTICLE_REACH = 3  # "a formal note", "a short handwritten note"


def _after_singular_article(words: list[Word], index: int) -> bool:
    """ "a formal note", "a handwritten reply": a base-form word after "a"/"an" and plain
    lower-case words is the noun they describe; a singular subject would take "notes"."""
    if words[index].text.lower() not in REGULAR_BASES:
        return False
    for back in range(index - 1, max(-1, index - 1 - _ARTICLE_REACH), -1):
        word = words[back].text
        if word.lower() in _SINGULAR_ARTICLES:
            return True
        if (
            not (word.isalpha() and word.islower())
            or word in FUNCTION_WORDS
            or (words[back + 1].start - words[back].end > 1)
        ):
            return False
    return False


# Month abbreviations that are also surnames or given names ("Ai Jun", "Theresa May").
_NAME_LIKE_MONTHS = word_set("cue_words.txt", "name_like_months")


def month_ends_name(words: list[Word]) -> bool:
    """A month abbreviation right before the verb, after a capitalised name word ("columnist
    Ai Jun wrote", "Ada May said"): no day follows it, so it ends the name rather than dating
    the report (and a capitalised "May" there is no modal either)."""
    if len(words) < 2 or words[-1].text.lower() not in _NAME_LIKE_MONTHS:
        return False
    before = words[-2].text
    return (
        is_capitalised(words[-1].text)
        and is_capitalised(before)
        and before.lower() not in TIME_WORDS
        and before.lower() not in FUNCTION_WORDS
        and not before.endswith(".")
    )


def has_boundary(text: str, start: int, end: int) -> bool:
    return any(ch in _BOUNDARY_CHARS for ch in text[start:end])


SUBJECT_PRONOUNS = word_set("cue_words.txt", "subject_pronouns")


NO_SUBJECT = word_set("cue_words.txt", "no_subject")


INSIDE_NAME = word_set("cue_words.txt", "inside_name")


def ends_aside(text: str, end: int, hi: int) -> bool:
    """Whether an inverted "says X" is an aside (X is followed by a comma or the sentence
    ends), not the start of a reported clause ("said Lind “was …”")."""
    rest = text[end:hi].lstrip()
    return not rest or rest[0] in ",.;:—–―("


def rfind_any(text: str, chars: str, lo: int, hi: int) -> int:
    """The last of ``chars`` in ``text[lo:hi]``; a "-" counts only spaced, as a dash."""
    if hi <= lo:  # an empty range ("hi - 1" below would count from the end of the text)
        return -1
    found = max(text.rfind(ch, lo, hi) for ch in chars if ch != "-")
    if "-" in chars:
        spaced = text.rfind(" - ", lo, hi + 1)
        if spaced >= 0:
            found = max(found, spaced + 1)
        doubled = text.rfind(" --", lo, hi - 1)
        if doubled >= 0:
            found = max(found, doubled + 2)
    return found


# Nouns that end in -ly like adverbs ("the influential daily wrote", "the family said").
_LY_NOUNS = word_set("cue_words.txt", "ly_nouns")


def is_adverb(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 4
        and lower.endswith("ly")
        and not is_capitalised(word)
        and lower not in _LY_NOUNS
    )


_PASSIVE_AUX = word_set("cue_words.txt", "passive_aux")


def is_passive(words: list[Word], index: int) -> bool:
    """ "was told", "were asked": the subject heard the words, it did not say them."""
    verb = words[index].text.lower()
    return (
        index > 0
        and words[index - 1].text.lower() in _PASSIVE_AUX
        and not verb.endswith("ing")
        and verb not in ("says", "say")
    )


# A dateline before the first sentence: capitals, places and a bracketed agency, then a dash.
DATELINE = re.compile(
    r"[A-Z][A-Z .,’'()-]*(?:,\s+(?:[A-Z][a-z]+\.?\s+){1,2})?(?:\([^)]{1,20}\))?\s*[—–-]+\s+"
)


def opens_participle(words: list[Word]) -> bool:
    """ "Filling in for Berg at the rally," / "Based on the statement,": a participial
    phrase (a participle and then a preposition or article), however long, is no subject."""
    if words and is_adverb(words[0].text.lower()) and len(words) > 2:
        words = words[1:]  # "Hastily drafting a reply, …": the adverb modifies the participle
    if len(words) < 2:
        return False
    first, second = words[0].text.lower(), words[1].text.lower()
    if not first.endswith(("ing", "ed")) or len(first) <= 4:
        return False
    if second in PREPOSITIONS or second in DETERMINERS:
        return True
    # "Flying home one night, she …": an -ing word and a plain lower-case word (not a verb,
    # so "Manning said," stays a subject).
    return (
        first.endswith("ing")
        and not is_capitalised(words[1].text)
        and second not in REPORTING_VERBS
        and second not in AUXILIARIES
    )


def opens_main_clause(words: list[Word]) -> bool:
    """A name and a past-tense verb ("Berg conceded the point"): a main clause, not an
    introductory phrase ("On Tuesday", "In a statement") nor an aside."""
    return main_clause_subject(words) is not None


def main_clause_subject(words: list[Word]) -> int | None:
    """How many words form the subject of a clause that opens with a name and goes on with a
    past-tense verb ("Berg conceded", "Ann Berg’s chief aide rallied"), or None."""
    if not words or not is_capitalised(words[0].text):
        return None
    if words[0].text.lower() in INTRO_WORDS or words[0].text.lower() in DETERMINERS:
        return None
    names = 1
    while names < len(words) and names < 4 and is_capitalised(words[names].text):
        names += 1
    for index in range(names, min(len(words), names + 3)):
        word = words[index].text
        if is_capitalised(word):
            return None
        if word.endswith("ed") or word in IRREGULAR_PAST:
            return index
        if not words[names - 1].text.endswith(("’s", "'s")):
            return None  # only a possessive name heads a longer subject ("Berg’s aide")
    return None


_CITY_PREPOSITIONS = word_set("cue_words.txt", "city_prepositions")
REGIONS = phrases("regions.txt")
_CITY_WORDS = 3  # "in Salt Lake City, Utah"
_CITY_REACH = 60  # characters before the comma that hold the town and its preposition


def state_after_city(text: str, comma: int, segment: list[Word]) -> bool:
    """ "a salesman from Sumter, South Carolina, says", "in Salem, New Hampshire, Berg said":
    a state, province or country (``lexicon/regions.txt``) right after the comma that follows
    a town named after a preposition is the town's region, not a name of its own."""
    if not 1 <= len(segment) <= _CITY_WORDS:
        return False
    if " ".join(w.text for w in segment).rstrip(".") not in REGIONS:
        return False
    before = words_with_offsets(text, max(0, comma - _CITY_REACH), comma)
    town = len(before)
    while town > 0 and is_capitalised(before[town - 1].text):
        town -= 1
    return (
        0 < town < len(before)
        and len(before) - town <= _CITY_WORDS
        and before[town - 1].text in _CITY_PREPOSITIONS
        and not has_boundary(text, before[town - 1].end, comma)
    )
