"""The subject that opens a sentence ("Berg conceded the point, saying …"), past datelines
and introductory phrases: the speaker of a participle or of a partial quote without a cue."""

from __future__ import annotations

from briefing.analysis.cues.cue import (
    Cue,
)
from briefing.analysis.cues.english_words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    DATELINE,
    INTRO_WORDS,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    has_boundary,
    is_adverb,
    is_passive,
    opens_main_clause,
    opens_participle,
    state_after_city,
)
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.function_words import DETERMINERS, IRREGULAR_PAST, PRONOUNS
from briefing.analysis.lexicon.reporting_verbs import REGULAR_BASES, REPORTING_VERBS
from briefing.analysis.lexicon.roles import ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.speakers.names import is_capitalised, words_with_offsets
from briefing.analysis.text.words import Word


def has_predicate(text: str, subject_end: int, hi: int) -> bool:
    """Whether a verb phrase can follow a sentence's subject before ``hi`` (the quote): a
    heading or a form line ("REMINDER on PART “K”", "TICK BOX “Y”") has a capitalised word but
    no clause, so its first word is nobody who said anything. A preposition right after the
    subject opens such a label unless it starts a time phrase ("Berg on Tuesday blamed"); a
    colon right after the subject is a speaker label ("Berg: …")."""
    if text[subject_end : subject_end + 1] == ":":
        return True  # "Berg: …" names who speaks, as a headline does
    words = words_with_offsets(text, subject_end, hi)
    if not any(w.text[:1].islower() and w.text not in PREPOSITIONS for w in words):
        return False
    first = words[0].text
    return not (
        first in PREPOSITIONS
        and not has_boundary(text, subject_end, words[0].start)
        and not (len(words) > 1 and words[1].text.lower() in TIME_WORDS)
    )


def passive_after(text: str, subject_end: int, hi: int) -> bool:
    """Whether a passive verb follows a sentence's subject ("The mayor was greeted with chants
    of “…”", "Berg has been called “…”"): such a subject heard or received the words, it did
    not say them."""
    words = [w for w in words_with_offsets(text, subject_end, hi)[:5] if not is_adverb(w.text)]
    if len(words) > 2 and words[0].text.lower() in ("has", "have", "had"):
        words = words[1:]  # "has been called": "been" is the auxiliary before the participle
    if len(words) < 2 or not is_passive(words, 1):
        return False
    verb = words[1].text.lower()
    return (len(verb) > 4 and verb.endswith("ed")) or verb in IRREGULAR_PAST


_CLOSING_MARK = {"“": "”", '"': '"', "«": "»", "„": "“"}


def _after_opening_quote(text: str, lo: int, hi: int) -> int:
    """ "“Promise me …,” Berg sings, before asking …": the quoted words that open a sentence
    are what was said, never its subject; the sentence's own words start after them."""
    while lo < hi and text[lo].isspace():
        lo += 1
    closing = _CLOSING_MARK.get(text[lo : lo + 1])
    if closing is None:
        return lo
    end = text.find(closing, lo + 1, hi)
    return lo if end < 0 else end + 1


_SUBORDINATORS = word_set("cue_words.txt", "subordinators")
_ORDINAL_OPENERS = word_set("cue_words.txt", "ordinal_openers")


def sentence_subject(text: str, lo: int, hi: int) -> Cue | None:
    """The noun phrase opening the sentence, for participles: ``X signed it, stating …``."""
    dateline = DATELINE.match(text, lo, min(hi, lo + 60))
    if dateline is not None:
        lo = dateline.end()  # "OSLO (AP) — Berg …": the dateline is no subject
    lo = _after_opening_quote(text, lo, hi)
    words = words_with_offsets(text, lo, hi)
    if (
        len(words) > 1
        and words[0].text.lower() in ("and", "but", "so", "yet")
        and not has_boundary(text, words[0].end, words[1].start)
    ):
        # "But Sen. Ann Berg refused …, responding that …": a conjunction opens the subject.
        lo = words[1].start
        words = words[1:]
    after_intro = _past_opening_phrases(text, lo, hi, words)
    if after_intro is None:
        return None
    words = after_intro
    if (
        len(words) > 1
        and words[0].text.lower() in _SUBORDINATORS
        and text.find(",", words[0].end, hi) < 0
    ):
        # "When Berg later spoke … and said he would “…”": the clause runs up to the quote,
        # so its own subject speaks.
        words = words[1:]
    if words and words[0].text.lower() in INTRO_WORDS:
        return None
    while words and (words[0].text.lower() in SENTENCE_ADVERBS or is_adverb(words[0].text)):
        words = words[1:]
    if words and words[0].text.lower() in SUBJECT_PRONOUNS:
        return Cue(words[0].start, words[0].end, words[0].start, hi)
    chunk = _opening_name(text, words)
    if not chunk or all(w.text.lower() in DETERMINERS for w in chunk):
        return None
    return Cue(chunk[0].start, chunk[-1].end, chunk[0].start, hi)


def _past_opening_phrases(text: str, lo: int, hi: int, words: list[Word]) -> list[Word] | None:
    """The sentence's words after up to three opening phrases ("On Thursday, after a long
    wait, Berg …"); None when a fourth follows (no subject this close to the start)."""
    start = lo
    for _ in range(3):
        comma = text.find(",", start, hi)
        if not words or comma < 0:
            return words
        intro = [w for w in words if w.start < comma]
        if start > lo and state_after_city(text, start - 1, intro):
            # "At a rally in Aspen, Colo., the nominee …", "in Salem, New Hampshire, Berg …":
            # the place's state closes the opening phrase, it is no subject.
            start = comma + 1
            words = words_with_offsets(text, start, hi)
            continue
        # "Berg conceded the point, saying …": a name and a past-tense verb open a main clause,
        # not an introductory phrase like "On Tuesday," or "In a statement,".
        if (
            words[0].text.lower() in INTRO_WORDS
            or (len(intro) == 1 and intro[0].text.lower() in _ORDINAL_OPENERS)
            or opens_participle(intro)
            or (
                not opens_main_clause(intro)
                and len(intro) <= 4
                and any(
                    not is_capitalised(w.text) and w.text.lower() not in DETERMINERS for w in intro
                )
            )
        ):
            start = comma + 1
            words = words_with_offsets(text, start, hi)
        else:
            return words
    return None


def _opening_name(text: str, words: list[Word]) -> list[Word]:
    """The name or role that opens ``words`` (capitalised words, titles, role modifiers),
    without modifiers trailing after it."""
    chunk: list[Word] = []
    kept = 0  # the words up to here complete a role, and stay
    for at, word in enumerate(words):
        lower = word.text.lower()
        if chunk and has_boundary(text, chunk[-1].end, word.start):
            break
        if _completes_role(chunk, lower):
            chunk.append(word)  # "The former secretary of state": what the title is of
            kept = len(chunk)
            continue
        if not (
            is_capitalised(word.text)
            or lower in DETERMINERS
            or lower in TITLE_WORDS
            or lower in ROLE_MODIFIERS  # "Republican presidential nominee Ann Berg"
            # "A spokeswoman for the Harbour Board": a role and whose it is.
            or (lower in _ROLE_LINKS and chunk and chunk[-1].text.lower() in TITLE_WORDS)
            # "Former prosecutor and New York Mayor Ann Berg": two roles of one person.
            or (lower == "and" and chunk and chunk[-1].text.lower() in TITLE_WORDS)
            # "Republicans on Capitol Hill": where a group named in the plural is.
            or (
                lower in _PLACE_LINKS
                and _plural_group(chunk)
                and at + 1 < len(words)
                and is_capitalised(words[at + 1].text)
            )
        ):
            break
        chunk.append(word)
    while (
        len(chunk) > kept
        and not is_capitalised(chunk[-1].text)
        and (
            chunk[-1].text.lower() in ROLE_MODIFIERS
            or chunk[-1].text.lower() in _ROLE_LINKS
            or (chunk[-1].text.lower() in DETERMINERS and len(chunk) > 1)
        )
    ):
        chunk.pop()  # "Berg then ruled": a modifier only counts inside a role
    return chunk


_ROLE_LINKS = word_set("cue_words.txt", "role_links")
_PLACE_LINKS = word_set("cue_words.txt", "place_links")


def _plural_group(chunk: list[Word]) -> bool:
    """Whether ``chunk`` is one capitalised word in the plural ("Republicans", "Democrats"),
    a group that a place after it may locate."""
    return (
        len(chunk) == 1
        and is_capitalised(chunk[0].text)
        and chunk[0].text.endswith("s")
        and not chunk[0].text.endswith(("ss", "’s", "'s"))
    )


_ROLE_OBJECT_WORDS = 2  # "secretary of state", "head of public affairs"


def _completes_role(chunk: list[Word], lower: str) -> bool:
    """Whether lower-case ``lower`` goes on with the role that ``chunk`` ends in: after a
    title and its link ("secretary of", "head of public"), a few words that are no verb."""
    link = next(
        (i for i in range(len(chunk) - 1, 0, -1) if chunk[i].text.lower() in _ROLE_LINKS), None
    )
    return (
        link is not None
        and chunk[link - 1].text.lower() in TITLE_WORDS
        and len(chunk) - link <= _ROLE_OBJECT_WORDS
        and all(not is_capitalised(w.text) for w in chunk[link + 1 :])
        and lower.isalpha()
        and not (
            lower.endswith(("ed", "ing", "ly"))
            or lower in IRREGULAR_PAST
            # a base form after "of" is a noun ("secretary of state"), a tense is a verb
            or (lower in REPORTING_VERBS and lower not in REGULAR_BASES)
            or lower in AUXILIARIES
            or lower in _ROLE_LINKS
        )
    )


_DESCRIPTION_WORDS = 4  # "The retired neurosurgeon", "The conservative weekly magazine"


def described_subject(text: str, lo: int, hi: int) -> Cue | None:
    """ "The retired neurosurgeon has provided no details, saying …": a participle's subject
    may be a description opening the sentence (an article, a few words, then the verb)."""
    words = words_with_offsets(text, lo, hi)
    if len(words) < 3 or words[0].text.lower() not in ("the", "a", "an"):
        return None
    for index in range(2, min(len(words), _DESCRIPTION_WORDS + 2)):
        if has_boundary(text, words[index - 1].end, words[index].start):
            return None
        lower = words[index].text.lower()
        if lower in PREPOSITIONS or lower in CLAUSE_WORDS:
            return None
        if (
            lower in AUXILIARIES
            or lower in IRREGULAR_PAST
            or (lower.endswith("ed") and not is_capitalised(words[index].text))
        ):
            return Cue(words[0].start, words[index - 1].end, words[0].start, hi)
    return None


def looks_like_speaker(text: str, cue: Cue) -> bool:
    """A bare ``X:`` before a quote names a speaker only if X is a name or a pronoun."""
    words = words_with_offsets(text, cue.phrase_start, cue.phrase_end)
    return bool(words) and (
        words[-1].text.lower() in PRONOUNS or all(is_capitalised(w.text) for w in words)
    )
