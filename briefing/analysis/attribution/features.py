"""Features of one candidate speaker for one quote: what the cue detectors saw, as numbers.

Each function reads the text around a name mention (offsets into the body text) and answers one
question a rule used to answer with a verdict: is the name the subject of a reporting verb, the
object of a preposition, inside an introductory phrase, an appositive? The ranker weighs the
answers with weights fitted to the dev data instead of trusting them in a fixed order.
"""

from __future__ import annotations

import math
import re

from briefing.analysis.cues.english_words import PREPOSITIONS as ENGLISH_PREPOSITIONS
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS

# The cue detectors' prepositions, and "than": "more than Name" makes Name no speaker either.
PREPOSITIONS = ENGLISH_PREPOSITIONS | {"than"}

# Words that open an introductory phrase or clause before a sentence's subject.
INTRO_OPENERS = word_set("attribution_words.txt", "intro_openers")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_NEXT_WORDS = 3  # how far after a name its verb may stand ("Berg also said")


def words_before(text: str, lo: int, at: int) -> list[str]:
    """The words of ``text[lo:at]`` (the sentence up to a mention), lower-cased."""
    return [w.lower() for w in _WORD.findall(text, lo, at)]


def words_after(text: str, at: int, hi: int, count: int = _NEXT_WORDS) -> list[str]:
    """The first ``count`` words of ``text[at:hi]``, lower-cased, skipping a possessive."""
    out: list[str] = []
    for match in _WORD.finditer(text, at, hi):
        out.append(match.group().lower().rstrip("."))
        if len(out) == count:
            break
    return out


def after_preposition(text: str, start: int, lo: int) -> bool:
    """The name is the object of a preposition ("a letter to Berg", "a win for Lind")."""
    before = words_before(text, max(lo, start - 30), start)
    return bool(before) and before[-1] in PREPOSITIONS


def opens_clause(text: str, start: int, lo: int) -> bool:
    """Nothing but a sentence start, a comma, a colon, a dash or a quote mark before ``start``."""
    head = text[max(lo, start - 3) : start].rstrip(" ")
    return start <= lo or not head or head[-1] in ',;:”"—–('


def subject_before_verb(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """The name opens its clause (sentence start, after a comma or a quote mark) and a verb
    follows it within a few words ("Berg said", ", Lind also wrote", "” Berg added")."""
    if not opens_clause(text, start, lo):
        return False
    following = words_after(text, end, hi)
    return any(w in REPORTING_VERBS or w.endswith("ed") for w in following)


def reporting_verb_next(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A reporting verb right before the name ("said Berg") or within a few words after it."""
    before = words_before(text, max(lo, start - 20), start)
    if before and before[-1] in REPORTING_VERBS:
        return True
    return any(w in REPORTING_VERBS for w in words_after(text, end, hi))


def in_intro_phrase(text: str, start: int, lo: int) -> bool:
    """The name sits in an introductory phrase or participle clause before the sentence's
    comma ("When Berg arrived, …", "Asked about Lind, …"): not the subject of the main verb."""
    # Only the sentence's first word counts: not every word of it read and lower-cased.
    first = _WORD.search(text, lo, start)
    if first is None or text.find(",", lo, start) >= 0:
        return False
    opener = first.group().lower()
    return opener in INTRO_OPENERS or opener.endswith("ing")


def appositive(text: str, start: int, end: int) -> bool:
    """The name is set off by commas, an appositive of a description or described by one
    ("the chairman, Tom Berg, said"; "Tom Berg, a pollster, said")."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (before == ", " and after.startswith(",")) or (
        after == ", " and bool(re.match(r", (?:a|an|the|who) ", text[end : end + 6]))
    )


def colon_clause_subject(text: str, start: int, end: int, lo: int, opening: int) -> bool:
    """The name is the subject of a clause that ends in a colon right before the quote ("Berg
    makes that clear: “…”"): such a clause introduces the words that follow as its subject's."""
    if not opens_clause(text, start, lo) or end > opening:
        return False
    between = text[end:opening].rstrip()
    return between.endswith(":") and ":" not in between[:-1] and len(between) < 120


def quote_label(text: str, start: int, end: int, words_start: int) -> bool:
    """The name is a ``NAME:`` label opening the quoted words ("“Berg: We will win.”")."""
    return start == words_start and text[end : end + 1] == ":"


# Words after a name that show it is a clause's subject, not a modifier of a noun.
_NOT_NOUNS = word_set("attribution_words.txt", "not_nouns")


def modifier(text: str, end: int) -> bool:
    """The name modifies the noun after it ("the Berg campaign", "Lind Tower"): it names a
    thing, not a speaker. A lower-case word that is no verb form or function word follows."""
    following = words_after(text, end, min(len(text), end + 30), 1)
    if not following or text[end : end + 1] != " ":
        return False
    word = following[0]
    return (
        text[end + 1 : end + 2].islower()
        and word not in _NOT_NOUNS
        and word not in REPORTING_VERBS
        and not word.endswith(("ed", "ly"))
    )


def reporting_verb_in(text: str, lo: int, hi: int) -> bool:
    """Some reporting verb stands in ``text[lo:hi]`` (the quote's sentence outside its marks):
    without one, marks around words more often flag a phrase than report speech."""
    return any(w.rstrip(".") in REPORTING_VERBS for w in words_before(text, lo, hi))


def mid_sentence(text: str, opening: int, lo: int) -> bool:
    """The quote mark follows a lower-case word of its sentence with no comma or colon between
    ("calls people “losers”"): a phrase borrowed into the sentence, not a statement set off."""
    head = text[max(lo, opening - 2) : opening].rstrip(" ")
    return opening > lo and bool(head) and head[-1].islower()


# Words of a speaker about themselves: marks around them report speech, not a borrowed phrase.
FIRST_PERSON = word_set("attribution_words.txt", "first_person")


def first_person(words: str) -> bool:
    """The quoted words speak in the first person ("we will", "I’m sure", "our plan"): a scare
    quote or a title almost never does, what someone said very often does."""
    return any(w.lower().split("’")[0].split("'")[0] in FIRST_PERSON for w in _WORD.findall(words))


def full_sentence(words: str) -> bool:
    """The quoted words open with a capital and end with a stop or a comma inside the marks
    ("We will build it," / "It is over."): a statement set off, not a phrase borrowed mid-way."""
    words = words.strip()
    return len(words) > 1 and words[0].isupper() and words[-1] in ".?!,"


def possessive(text: str, end: int) -> bool:
    """The name is an owner ("Berg’s campaign"), rarely the one who speaks."""
    return text[end : end + 2] in ("’s", "'s")


def scaled_log(value: float, scale: float) -> float:
    """A count or distance on a log scale, about 0 to 1 over the range that matters."""
    return math.log1p(max(0.0, value)) / scale
