"""The subject before a reporting verb ("Lind, the nominee, said"): the phrase that ends right
before the verb, through asides, relatives and infinitives."""

from __future__ import annotations

import re

from briefing.analysis.cues.cue import (
    Cue,
)
from briefing.analysis.cues.english_words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    INSIDE_NAME,
    LEADING_FILLERS,
    MAX_PHRASE_WORDS,
    NO_SUBJECT,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    has_boundary,
    is_adverb,
    is_verb,
    main_clause_subject,
    month_ends_name,
    rfind_any,
    state_after_city,
)
from briefing.analysis.cues.sentence_subject import (
    sentence_subject,
)
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.lexicon.roles import ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.speakers.names import is_capitalised, words_with_offsets
from briefing.analysis.text.words import Word
from briefing.model import Span


def subject_before(text: str, lo: int, verb_start: int, depth: int = 0) -> Cue | None:
    """The noun phrase that ends right before a reporting verb (its subject)."""
    verb_start = _before_parenthesis(text, lo, verb_start)
    words = words_with_offsets(text, lo, verb_start)
    at = _drop_verb_group(text, words, verb_start)
    if (
        words
        and has_boundary(text, words[-1].end, verb_start)
        and not _town_and_state(text, lo, at)
    ):
        words = []
    if words and words[-1].text.lower() in ("and", "but", "or"):
        return sentence_subject(text, lo, words[-1].start)
    if words and words[-1].text.lower() in PREPOSITIONS | {"upon", "while", "when"}:
        # "X drew boos upon saying …": the participle's subject opens the sentence.
        return sentence_subject(text, lo, words[-1].start)
    if not words:
        # "Ivo Stenk, who coined the word, once said": the aside ends before the verb group
        # (a participle's subject is the sentence's, found by the caller: "…, recently saying").
        participle = re.match(r"\w+ing\b", text[verb_start : verb_start + 30]) is not None
        return _appositive_subject(text, lo, verb_start if participle else at, depth)
    if (
        len(words) > 1
        and words[-1].text.lower() in SUBJECT_PRONOUNS - {"it"}
        and words[-2].text.lower() not in REPORTING_VERBS
        and not words[-2].text.endswith("ed")
    ):
        # "an investment he concludes has …": a relative clause without "that"; the
        # pronoun right before the verb is its subject.
        pronoun = words[-1]
        return Cue(pronoun.start, pronoun.end, pronoun.start, verb_start)
    chunk = words[_phrase_start(text, words) :]
    nested, found = _nested_subject(text, lo, verb_start, chunk, depth)
    if nested:
        return found
    return _subject_phrase(text, lo, verb_start, chunk, depth)


def _town_and_state(text: str, lo: int, at: int) -> bool:
    """ "a woman in Worcester, Massachusetts, told": the comma before the verb closes a town's
    state, not an aside, when no comma before the town opens one (then the aside reading
    takes the phrase: "Tom Lund, a salesman from Sumter, South Carolina, says")."""
    comma = text.rfind(",", lo, at)
    if comma < 0 or text[comma + 1 : at].strip():
        return False
    joint = text.rfind(",", lo, comma)
    return (
        joint >= 0
        and text.rfind(",", lo, joint) < 0
        and state_after_city(text, joint, words_with_offsets(text, joint + 1, comma))
    )


def _drop_verb_group(text: str, words: list[Word], verb_start: int) -> int:
    """Pop the auxiliaries, time words and adverbs before the verb off ``words``; return where
    the verb group begins ("once said", "would later say")."""
    at = verb_start
    if len(words) > 1 and words[-1].text.lower() == "ago":
        # "The State Department less than two weeks ago said": the span of time is an adverb.
        span = len(words) - 1
        while span > 0 and (
            words[span - 1].text.lower() in _TIME_SPAN or words[span - 1].text.isdigit()
        ):
            span -= 1
        if span < len(words) - 1 and not has_boundary(text, words[span].start, at):
            at = words[span].start
            del words[span:]
    while words and (
        (
            (words[-1].text.lower() in AUXILIARIES or words[-1].text.lower() in TIME_WORDS)
            and not month_ends_name(words)
        )
        or (
            is_adverb(words[-1].text)
            # "the daily wrote", "a weekly said": after an article, a noun
            and not (len(words) > 1 and words[-2].text.lower() in ("the", "a", "an"))
        )
    ):
        if not has_boundary(text, words[-1].end, at):
            at = words[-1].start
        words.pop()
    return at


_TIME_SPAN = word_set("cue_words.txt", "time_span")


def _phrase_start(text: str, words: list[Word]) -> int:
    """The index of the first word of the phrase that ends ``words``: back to a boundary, a
    clause word or an "and" that joins two clauses."""
    first = len(words) - 1
    while first > 0:
        prev_word = words[first - 1].text
        if has_boundary(text, words[first - 1].end, words[first].start) and not (
            text[words[first - 1].end : words[first].start].strip() == ","
            and state_after_city(text, text.index(",", words[first - 1].end), words[first:])
        ):
            break  # ("Ann Berg of Sumter, South Carolina said": the state is the town's)
        lower = prev_word.lower()
        if lower in CLAUSE_WORDS and not (
            # "a person familiar with the talks said": the description goes on.
            lower == "with" and first >= 2 and words[first - 2].text.lower() == "familiar"
        ):
            break
        if (
            lower == "and"
            and first >= 2
            and not is_capitalised(words[first - 2].text)
            # "the Oslo senator and presidential candidate said": two roles of one person.
            and words[first - 2].text.lower() not in TITLE_WORDS
        ):
            break
        first -= 1
    return first


def _nested_subject(
    text: str, lo: int, verb_start: int, chunk: list[Word], depth: int
) -> tuple[bool, Cue | None]:
    """Whether the phrase before the verb hands the subject on to a clause around it (an
    infinitive, an appositive without its closing comma, a relative), and that subject."""
    if (
        depth < 2
        and chunk[0].text.endswith("ed")
        and not is_capitalised(chunk[0].text)
        and text[lo:verb_start].rstrip().endswith(" to")
    ):
        # "Tim Lund, the editor, interrupted me to announce": the infinitive's subject is the
        # subject of the verb it completes.
        return True, subject_before(text, lo, chunk[0].start, depth + 1)
    if (
        depth == 0
        and len(chunk) > 2
        and chunk[0].text.lower() in DETERMINERS
        and any(w.text.lower() in ("who", "which") for w in chunk)
        and text[lo : chunk[0].start].rstrip().endswith(",")
    ):
        # "Nate Berg, the pollster who founded the site tweeted": an appositive whose closing
        # comma is missing; the name before it speaks, the description is the role.
        comma = text.rfind(",", lo, chunk[0].start)
        named = subject_before(text, lo, comma, depth + 1)
        if (
            named is not None
            and is_capitalised(text[named.phrase_start : named.phrase_end])
            # the name ends at the comma: "While Berg has condemned the plan, the groups
            # who …" is a clause before the subject, not a name and its appositive
            and not text[named.phrase_end : comma].strip()
        ):
            relative = next(w for w in chunk if w.text.lower() in ("who", "which"))
            role_end = chunk[chunk.index(relative) - 1].end
            return True, Cue(
                named.phrase_start,
                named.phrase_end,
                named.phrase_start,
                verb_start,
                chunk[0].start,
                role_end,
            )
    if len(chunk) > 1 and chunk[-1].text.lower() in ("who", "that"):
        return True, subject_before(text, lo, chunk[-1].start, depth + 1)
    return False, None


def _subject_phrase(
    text: str, lo: int, verb_start: int, chunk: list[Word], depth: int
) -> Cue | None:
    """The subject the phrase before the verb names, trimmed of fillers: a pronoun, the
    leading name, or through "who"/"which" the phrase before the comma; None if no subject."""
    if (
        len(chunk) > 1
        and chunk[0].text.lower() in ("who", "whom", "which", "that")
        and (is_capitalised(chunk[1].text) or chunk[1].text.lower() in SUBJECT_PRONOUNS)
    ):
        chunk = chunk[1:]  # "Bannon, who Berg called …": the relative's own subject speaks
    while chunk and (
        chunk[0].text.lower() in LEADING_FILLERS
        or chunk[0].text.lower() in SENTENCE_ADVERBS
        or is_adverb(chunk[0].text)
    ):
        chunk = chunk[1:]
    named = _name_after_intro(chunk)
    if named:
        return Cue(named[0].start, named[-1].end, named[0].start, verb_start)
    if (
        not chunk
        or len(chunk) > MAX_PHRASE_WORDS
        or chunk[0].text.lower() in PREPOSITIONS
        or (
            chunk[0].text.lower().replace("’", "'") in NO_SUBJECT
            and not _given_name_like_modal(chunk)
        )
    ):
        # "… is committed to maintaining", "There's still time": a verb group or an
        # existential opener, never the person who speaks.
        return None
    if chunk[0].text.endswith("ing") and not is_capitalised(chunk[0].text):
        return None
    head = chunk[0].text.lower().replace("’", "'").split("'")[0]
    if head in SUBJECT_PRONOUNS:
        s0 = chunk[0].start
        chunk = [Word(s0, s0 + len(head), head)]
    else:
        chunk = _before_clause_verb(_leading_name(chunk))
    if chunk[0].text.lower() in ("who", "which") and depth < 2:
        comma = rfind_any(text, ",—–―-", lo, chunk[0].start)
        if comma < 0 or text[comma + 1 : chunk[0].start].strip():
            return None
        found = subject_before(text, lo, comma, depth + 1)
        if found is None:
            return None
        return Cue(found.phrase_start, found.phrase_end, found.phrase_start, verb_start)
    return Cue(chunk[0].start, chunk[-1].end, chunk[0].start, verb_start)


def _name_after_intro(chunk: list[Word]) -> list[Word]:
    """ "In a radio interview Tom Berg said", "On Monday Berg said": a prepositional phrase
    opens the sentence without its comma, and the name right before the verb is the subject.
    The name must be set off from the phrase by a lower-case word or a date ("In Oslo Tom Berg
    said" could be one name, and stays no subject)."""
    if len(chunk) < 3 or chunk[0].text.lower() not in PREPOSITIONS:
        return []
    index = len(chunk)
    while index > 1 and is_capitalised(chunk[index - 1].text):
        index -= 1
    run = chunk[index:]
    dated = False
    while run and run[0].text.lower() in WEEKDAYS_MONTHS:
        run, dated = run[1:], True
    if not run or run[0].text.lower() in FUNCTION_WORDS or run[0].text.lower() in DETERMINERS:
        return []
    before = chunk[index - 1].text.lower()
    if not dated and (before in PREPOSITIONS or before in DETERMINERS or before in FUNCTION_WORDS):
        return []
    return run


# Modals that are also given names ("Will Varga", "May Lind"): capitalised before another
# capitalised word inside a sentence, they open a name, not a verb group.
_MODAL_NAMES = word_set("cue_words.txt", "modal_names")


def _given_name_like_modal(chunk: list[Word]) -> bool:
    return (
        len(chunk) > 1
        and chunk[0].text.lower() in _MODAL_NAMES
        and is_capitalised(chunk[0].text)
        and is_capitalised(chunk[1].text)
    )


def _leading_name(chunk: list[Word]) -> list[Word]:
    """ "Berg then attacked Lind and": a name followed by a verb phrase is just the name."""
    first = chunk[0].text.lower()
    if not is_capitalised(chunk[0].text) or first in DETERMINERS or first in FUNCTION_WORDS:
        return chunk
    for index in range(1, len(chunk) - 1):
        if chunk[index].text.lower() in TITLE_WORDS and is_capitalised(chunk[index + 1].text):
            return chunk  # "Oslo chapter president Tom Berg": a role before a name
    for index in range(1, len(chunk)):
        word = chunk[index].text
        lower = word.lower()
        if (
            lower in PREPOSITIONS
            and lower not in ("of", "for")
            and _common_object(chunk, index + 1)
            and all(is_capitalised(w.text) for w in chunk[:index])
        ):
            # "Lind in recent days has said": a phrase of time or manner after the name (a
            # name after it says where the person is, "Officials in the United States"; "of"
            # may say whose the person is).
            return chunk[:index]
        if is_capitalised(word) or lower in INSIDE_NAME or lower in TITLE_WORDS:
            continue
        if lower in ROLE_MODIFIERS or lower in DETERMINERS or word[0].isdigit():
            continue
        verb_like = (
            lower in AUXILIARIES
            or lower in SENTENCE_ADVERBS
            or is_adverb(lower)
            or lower.endswith("ed")
            or lower in IRREGULAR_PAST
        )
        # "Berg taking to Twitter wrote": a participle's phrase after the name.
        participle = lower.endswith("ing") and len(lower) > 4
        if (
            (verb_like or participle)
            and all(is_capitalised(w.text) for w in chunk[:index])
            and not chunk[index - 1].text.endswith(("’s", "'s", "s’", "s'"))
        ):
            return chunk[:index]
        return chunk
    return chunk


def _common_object(chunk: list[Word], at: int) -> bool:
    """Whether the preposition's object that starts at ``chunk[at]`` opens, past its
    determiner, with a lower-case word ("in recent days", "in the past")."""
    if at < len(chunk) and chunk[at].text.lower() in DETERMINERS:
        at += 1
    return at < len(chunk) and not is_capitalised(chunk[at].text)


def _before_clause_verb(chunk: list[Word]) -> list[Word]:
    """ "The analyst wrote a memo to the board stating": a description followed by its own
    verb phrase (an irregular past, which no noun phrase holds) is the description alone."""
    if len(chunk) < 3 or chunk[0].text.lower() not in DETERMINERS:
        return chunk
    for index in range(2, len(chunk)):
        before = chunk[index - 1].text.lower()
        if (
            chunk[index].text in IRREGULAR_PAST
            and before not in DETERMINERS
            and before not in PREPOSITIONS
        ):
            return chunk[:index]
    return chunk


def _before_parenthesis(text: str, lo: int, at: int) -> int:
    """Skip a party-and-state tag or other aside in brackets: ``Berg (D-Maine) said``."""
    stripped = text[lo:at].rstrip()
    if stripped.endswith(")"):
        opening = text.rfind("(", lo, lo + len(stripped))
        if opening >= 0 and lo + len(stripped) - opening < 60:
            return opening
    return at


# A party-and-state tag set off by commas: "Mitch Berg, R-Ky., said".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


_AGE = re.compile(r"\s*\d{1,3}\s*")


def _appositive_subject(text: str, lo: int, at: int, depth: int) -> Cue | None:
    """``X, the nominee, said`` or ``X, who …, said``: skip the aside back to X."""
    if depth > 1:
        return None
    bounds = _aside_before(text, lo, at)
    if bounds is None:
        return None
    previous, opening, aside = bounds
    head = aside[0].text
    lower = head.lower()
    found = _clause_aside(text, previous, at, aside, depth)
    if found is not None:
        return found
    # A relative clause, a participle or a description may run long ("X, a lawyer who has
    # represented …, said"; "An official, speaking on condition of anonymity, said").
    long_aside = (
        lower in ("who", "which")
        or lower in DETERMINERS
        or lower in PREPOSITIONS
        or (lower.endswith("ing") and not is_capitalised(head))
    )
    if len(aside) > (20 if long_aside else 8):
        return None
    decided, found = _name_aside(text, lo, at, opening, aside, depth)
    if decided:
        return found
    return _subject_before_aside(text, lo, at, opening, aside, depth)


def _aside_before(text: str, lo: int, at: int) -> tuple[int, int, list[Word]] | None:
    """The aside that ends with a comma or dash right before ``at``: where its opening mark
    is found, where the phrase before it ends (an age is part of the aside), and its words."""
    comma = rfind_any(text, ",—–―-", lo, at)
    if comma < 0 or text[comma + 1 : at].strip():
        return None
    previous = rfind_any(text, ",—–―-" if text[comma] == "," else "—–―-", lo, comma)
    if previous < 0:
        return None
    aside = words_with_offsets(text, previous + 1, comma)
    if not aside:
        return None
    if text[previous] == "," and state_after_city(text, previous, aside):
        # "Ann Berg, a salesman from Sumter, South Carolina, says": the state ends the aside
        # that the town is in, which opens at the comma before it.
        previous = text.rfind(",", lo, previous)
        while previous > lo and text[previous - 1].isdigit() and text[previous + 1].isdigit():
            previous = text.rfind(",", lo, previous)  # "a crowd of 8,000 in Carson, Calif."
        if previous < 0:
            return None
        aside = words_with_offsets(text, previous + 1, comma)
    opening = previous  # where the aside's opening mark begins ("--" is two characters)
    while opening > lo and text[opening - 1] in "-—–―":
        opening -= 1
    if text[opening] == ",":
        age = text.rfind(",", lo, opening)
        if age >= 0 and _AGE.fullmatch(text, age + 1, opening):
            opening = age  # "Ann Berg, 35, the daughter of …, said": the age is an aside too
    inner = text.find(",", previous + 1, comma)
    if text[comma] != "," and inner > 0:
        # "A former candidate -- Tom Varga, who lost in 2008 -- said": the name opens the aside.
        aside = [w for w in aside if w.end <= inner]
        if not aside:  # "X — , who …": the comma opens the aside, no name before it
            return None
    return previous, opening, aside


def _clause_aside(text: str, previous: int, at: int, aside: list[Word], depth: int) -> Cue | None:
    """The subject of an aside that is a clause of its own, which then speaks; else None."""
    subject = main_clause_subject(aside)
    if subject is not None:
        # "Hours later, Berg returned the favour, telling …": a clause, its subject speaks.
        return Cue(aside[0].start, aside[subject - 1].end, aside[0].start, at)
    head = aside[0].text
    # "Berg, the governor, repeated claims that Lind recites …, calling": an aside that opens
    # with a past tense is the predicate of the name before it, not a clause of its own.
    predicate = head.islower() and (head.endswith("ed") or head in IRREGULAR_PAST)
    if head.lower() not in ("who", "which", "that") and not predicate:
        for index in range(1, len(aside)):
            if is_verb(aside, index, False) and not aside[index].text.lower().endswith("ing"):
                # "“…” are sickening, Berg said in Oslo, noting …": the aside is a reporting
                # clause, and its subject is the participle's too.
                found = subject_before(text, previous + 1, aside[index].start, depth + 1)
                if found is not None:
                    return Cue(found.phrase_start, found.phrase_end, found.cue_start, at)
                break
    return None


def _name_aside(
    text: str, lo: int, at: int, opening: int, aside: list[Word], depth: int
) -> tuple[bool, Cue | None]:
    """Whether an aside that is all name decides the speaker ("The leader of the league,
    Jonathan Berg, warned": the aside is the name), and the cue it gives."""
    head = aside[0].text
    lower = head.lower()
    party_tag = len(aside) == 1 and _PARTY_TAG.fullmatch(head) is not None
    if (
        party_tag
        or lower in DETERMINERS
        or lower in ("who", "which")
        or head[0].isdigit()
        or not all(is_capitalised(w.text) or w.text.lower() in INSIDE_NAME for w in aside)
    ):
        return False, None
    before = subject_before(text, lo, opening, depth + 1)
    if before is not None and not all(
        is_capitalised(w.text)
        for w in words_with_offsets(text, before.phrase_start, before.phrase_end)
    ):
        return True, Cue(
            aside[0].start,
            aside[-1].end,
            before.phrase_start,
            at,
            before.phrase_start,
            before.phrase_end,
        )
    if not any(w.text.lower() in TITLE_WORDS for w in aside):
        return True, None
    return False, None


def _subject_before_aside(
    text: str, lo: int, at: int, opening: int, aside: list[Word], depth: int
) -> Cue | None:
    """The subject before the aside speaks; a description aside is its role."""
    head = aside[0].text
    lower = head.lower()
    found = subject_before(text, lo, opening, depth + 1)
    if found is None:
        return None
    named = _named_before_description(text, lo, found)
    if named is not None and not is_capitalised(head) and head.endswith("ed"):
        # "Berg, a medical doctor, poked at Lund, tweeting …": the aside is the predicate,
        # and the description before it is Berg's appositive, not the subject.
        return Cue(named.start, named.end, named.start, at, found.phrase_start, found.phrase_end)
    role = (None, None)
    if lower in DETERMINERS:
        # "a lawyer who has represented him": the role is the description, not its clause.
        cut = next((w for w in aside if w.text.lower() in ("who", "which", "that")), None)
        role_end = aside[aside.index(cut) - 1].end if cut is not None else aside[-1].end
        role = (aside[0].start, role_end)
    return Cue(found.phrase_start, found.phrase_end, found.phrase_start, at, *role)


def _named_before_description(text: str, lo: int, found: Cue) -> Span | None:
    """The name that a description with an article stands in apposition to ("Ann Berg, a
    lawyer"): its span, or None when the description opens its own subject."""
    words = words_with_offsets(text, found.phrase_start, found.phrase_end)
    if not words or words[0].text.lower() not in ("a", "an", "the"):
        return None
    comma = text.rfind(",", lo, found.phrase_start)
    if comma < 0 or text[comma + 1 : found.phrase_start].strip():
        return None
    name: list[Word] = []
    for word in reversed(words_with_offsets(text, lo, comma)):
        if not is_capitalised(word.text) or (name and has_boundary(text, word.end, name[-1].start)):
            break
        name.append(word)
    if not name or text[name[0].end : comma].strip():
        return None
    return Span(name[-1].start, name[0].end)
