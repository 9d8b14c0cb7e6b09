"""Reporting cues: the words next to a quote that say who said it ("Lind added", "said a
senior official", "according to the Ministry", "He told reporters:").

Everything works on the text *outside* the quote marks of one sentence, so a cue is evidence
from the quote's own sentence (or its neighbours, when the caller asks). A cue yields the span
of the speaker phrase as written; turning it into a person is the resolver's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.analysis.lexicon.reporting_verbs import BACK_VERBS, REPORTING_VERBS, WEAK_VERBS
from briefing.analysis.speakers.names import (
    DETERMINERS,
    FUNCTION_WORDS,
    PRONOUNS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS_MONTHS,
    is_capitalised,
    words_with_offsets,
)

# Weak verbs whose quote may follow a short object: "X called the plan “a disaster”".
_NAMING_VERBS = frozenset(["call", "calls", "called", "calling", "described", "describes"])

# Adjectives of impersonal "it is … to say" phrases, which report nobody's words.
_IMPERSONAL = frozenset(
    ["safe", "fair", "hard", "needless", "difficult", "easy", "impossible", "suffice", "accurate"]
)

# Verbs whose object is the listener, not the speaker ("told reporters"): no inversion.
_LISTENER_VERBS = frozenset(
    ["tell", "tells", "told", "telling", "inform", "informs", "informed", "informing"]
)

# Words between a subject and its reporting verb ("he would later say", "was quoted as saying").
_AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "would",
        "will",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "also",
        "later",
        "then",
        "previously",
        "recently",
        "once",
        "reportedly",
        "again",
        "further",
        "earlier",
        "just",
        "even",
        "only",
        "never",
        "not",
        "often",
        "repeatedly",
        "went",
        "on",
        "to",
        "continued",
        "continues",
        "began",
        "begins",
        "tried",
        "decided",
        "wanted",
        "wants",
        "quoted",
        "as",
        "has",
        "had",
        "already",
        "still",
        "then-",
    ]
)

# Words that end a subject chunk when scanning back from the verb.
_CLAUSE_WORDS = frozenset(
    [
        "with",
        "whose",
        "that",
        "which",
        "when",
        "while",
        "because",
        "if",
        "but",
        "as",
        "after",
        "before",
        "since",
        "although",
        "though",
        "where",
        "whether",
        "whom",
        "so",
        "than",
        "said",
        "says",
        "told",
        "added",
        "what",
        "how",
    ]
)

# Words that end a speaker phrase after an inverted verb ("said Smith in an interview").
_OBJECT_STOPS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "while",
        "when",
        "via",
        "to",
        "from",
        "with",
        "about",
        "as",
        "because",
        "since",
        "that",
        "who",
        "which",
        "whose",
        "and",
        "but",
        "last",
        "this",
        "on",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "recently",
        "told",
        "adding",
        "noting",
        "saying",
    ]
)

_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "to",
        "of",
        "into",
        "over",
        "under",
        "about",
        "during",
        "after",
        "before",
        "since",
        "despite",
        "like",
        "among",
        "between",
        "through",
        "within",
        "without",
        "against",
        "toward",
        "towards",
    ]
)
_INTRO_WORDS = _PREPOSITIONS | frozenset(
    [
        "when",
        "while",
        "as",
        "if",
        "since",
        "although",
        "though",
        "because",
        "once",
        "meanwhile",
        "however",
        "but",
        "and",
        "so",
    ]
)
# Prepositions that continue a description after an inverted verb ("said a spokesman for the
# campaign", "said one Democrat familiar with the plan").
_NOMINAL_LINKS = frozenset(["with", "at", "in", "from", "to"])
_SENTENCE_ADVERBS = frozenset(
    [
        "once",
        "sometimes",
        "often",
        "always",
        "never",
        "later",
        "then",
        "soon",
        "finally",
        "still",
        "again",
        "also",
        "even",
        "just",
        "hardly",
        "now",
        "today",
        "yesterday",
        "earlier",
        "afterwards",
        "afterward",
        "meanwhile",
        "however",
        "instead",
        # -ly adverbs that open sentences, listed because a capitalised -ly word may be a
        # name ("Kelly said"), so the -ly rule cannot apply at a sentence start.
        "recently",
        "previously",
        "separately",
        "similarly",
        "additionally",
        "ultimately",
        "eventually",
        "initially",
        "originally",
        "apparently",
        "clearly",
        "notably",
        "privately",
        "publicly",
        "reportedly",
        "repeatedly",
        "subsequently",
        "frequently",
        "typically",
        "usually",
        "currently",
        "immediately",
        "specifically",
        "importantly",
        "ironically",
    ]
)
_TIME_WORDS = WEEKDAYS_MONTHS | frozenset(
    [
        "on",
        "last",
        "this",
        "late",
        "early",
        "morning",
        "night",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
        "today",
        "yesterday",
        "tonight",
    ]
)
_LEADING_FILLERS = frozenset(
    ["and", "but", "so", "then", "yet", "also", "now", "still", "meanwhile", "instead"]
)
# A hyphen between words is a spaced dash ("- he wrote"): words keep their own hyphens.
# The horizontal bar "―" is a dash too, in text set by some publishers.
_BOUNDARY_CHARS = frozenset(',;:()[]—–―-"“”«»„')
_MAX_PHRASE_WORDS = 16


@dataclass(frozen=True, slots=True)
class Cue:
    """Evidence for a speaker: where the speaker phrase is, and the whole cue (phrase + verb)."""

    phrase_start: int
    phrase_end: int
    cue_start: int
    cue_end: int
    role_start: int | None = None  # an appositive role seen at the cue ("Berg, the nominee,")
    role_end: int | None = None


def _is_verb(words: list[tuple[int, int, str]], index: int, first_of_sentence: bool) -> bool:
    word = words[index][2]
    lower = word.lower()
    if lower in ("went", "goes", "go") and index + 1 < len(words):
        # "she went on." / "Berg went on, as if …": going on with the quote (a gap wider
        # than one space after "on" is punctuation).
        return words[index + 1][2] == "on" and (
            index + 2 == len(words) or words[index + 2][0] - words[index + 1][1] > 1
        )
    if lower in BACK_VERBS:
        return index + 1 < len(words) and words[index + 1][2] == "back"
    if lower not in REPORTING_VERBS:
        return False
    if index > 1 and words[index - 1][2] == "to" and words[index - 2][2].lower() in _IMPERSONAL:
        return False  # "it is safe to say", "needless to say": nobody is reported
    if is_capitalised(word) and not (first_of_sentence and index == 0):
        return False
    if index > 0 and words[index][0] - words[index - 1][1] <= 1:
        # Only an adjacent word makes a noun of it: "that, said Berg" is still a verb.
        before = words[index - 1][2].lower()
        # "the statement", "a call", "his post": a noun, not a verb.
        if (
            before in DETERMINERS
            or (before in _PREPOSITIONS and before != "to")
            or before.endswith(("’s", "'s"))
        ):
            return False
    return True


# Month abbreviations that are also surnames or given names ("Ai Jun", "Theresa May").
_NAME_LIKE_MONTHS = frozenset(
    ["jan", "mar", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"]
)


def _month_ends_name(words: list[tuple[int, int, str]]) -> bool:
    """A month abbreviation right before the verb, after a capitalised name word ("columnist
    Ai Jun wrote", "Ada May said"): no day follows it, so it ends the name rather than dating
    the report (and a capitalised "May" there is no modal either)."""
    if len(words) < 2 or words[-1][2].lower() not in _NAME_LIKE_MONTHS:
        return False
    before = words[-2][2]
    return (
        is_capitalised(words[-1][2])
        and is_capitalised(before)
        and before.lower() not in _TIME_WORDS
        and before.lower() not in FUNCTION_WORDS
        and not before.endswith(".")
    )


def _has_boundary(text: str, start: int, end: int) -> bool:
    return any(ch in _BOUNDARY_CHARS for ch in text[start:end])


def _subject_before(text: str, lo: int, verb_start: int, depth: int = 0) -> Cue | None:
    """The noun phrase that ends right before a reporting verb (its subject)."""
    verb_start = _before_parenthesis(text, lo, verb_start)
    words = words_with_offsets(text, lo, verb_start)
    at = verb_start  # where the verb group begins ("once said", "would later say")
    while words and (
        (
            (words[-1][2].lower() in _AUXILIARIES or words[-1][2].lower() in _TIME_WORDS)
            and not _month_ends_name(words)
        )
        or (
            _is_adverb(words[-1][2])
            # "the daily wrote", "a weekly said": after an article, a noun
            and not (len(words) > 1 and words[-2][2].lower() in ("the", "a", "an"))
        )
    ):
        if not _has_boundary(text, words[-1][1], at):
            at = words[-1][0]
        words.pop()
    if words and _has_boundary(text, words[-1][1], verb_start):
        words = []
    if words and words[-1][2].lower() in ("and", "but", "or"):
        return sentence_subject(text, lo, words[-1][0])
    if words and words[-1][2].lower() in _PREPOSITIONS | {"upon", "while", "when"}:
        # "X drew boos upon saying …": the participle's subject opens the sentence.
        return sentence_subject(text, lo, words[-1][0])
    if not words:
        # "Ivo Stenk, who coined the word, once said": the aside ends before the verb group
        # (a participle's subject is the sentence's, found by the caller: "…, recently saying").
        participle = re.match(r"\w+ing\b", text[verb_start : verb_start + 30]) is not None
        return _appositive_subject(text, lo, verb_start if participle else at, depth)
    if (
        len(words) > 1
        and words[-1][2].lower() in SUBJECT_PRONOUNS - {"it"}
        and words[-2][2].lower() not in REPORTING_VERBS
        and not words[-2][2].endswith("ed")
    ):
        # "an investment he concludes has …": a relative clause without "that"; the
        # pronoun right before the verb is its subject.
        s0, e0, _ = words[-1]
        return Cue(s0, e0, s0, verb_start)
    first = len(words) - 1
    while first > 0:
        prev_word = words[first - 1][2]
        if _has_boundary(text, words[first - 1][1], words[first][0]):
            break
        lower = prev_word.lower()
        if lower in _CLAUSE_WORDS and not (
            # "a person familiar with the talks said": the description goes on.
            lower == "with" and first >= 2 and words[first - 2][2].lower() == "familiar"
        ):
            break
        if (
            lower == "and"
            and first >= 2
            and not is_capitalised(words[first - 2][2])
            # "the Oslo senator and presidential candidate said": two roles of one person.
            and words[first - 2][2].lower() not in TITLE_WORDS
        ):
            break
        first -= 1
    chunk = words[first:]
    if (
        depth < 2
        and chunk[0][2].endswith("ed")
        and not is_capitalised(chunk[0][2])
        and text[lo:verb_start].rstrip().endswith(" to")
    ):
        # "Tim Lund, the editor, interrupted me to announce": the infinitive's subject is the
        # subject of the verb it completes.
        return _subject_before(text, lo, chunk[0][0], depth + 1)
    if (
        depth == 0
        and len(chunk) > 2
        and chunk[0][2].lower() in DETERMINERS
        and any(w[2].lower() in ("who", "which") for w in chunk)
        and text[lo : chunk[0][0]].rstrip().endswith(",")
    ):
        # "Nate Berg, the pollster who founded the site tweeted": an appositive whose closing
        # comma is missing; the name before it speaks, the description is the role.
        comma = text.rfind(",", lo, chunk[0][0])
        named = _subject_before(text, lo, comma, depth + 1)
        if named is not None and is_capitalised(text[named.phrase_start : named.phrase_end]):
            relative = next(w for w in chunk if w[2].lower() in ("who", "which"))
            role_end = chunk[chunk.index(relative) - 1][1]
            return Cue(
                named.phrase_start,
                named.phrase_end,
                named.phrase_start,
                verb_start,
                chunk[0][0],
                role_end,
            )
    if len(chunk) > 1 and chunk[-1][2].lower() in ("who", "that"):
        return _subject_before(text, lo, chunk[-1][0], depth + 1)
    if (
        len(chunk) > 1
        and chunk[0][2].lower() in ("who", "whom", "which", "that")
        and (is_capitalised(chunk[1][2]) or chunk[1][2].lower() in SUBJECT_PRONOUNS)
    ):
        chunk = chunk[1:]  # "Bannon, who Berg called …": the relative's own subject speaks
    while chunk and (
        chunk[0][2].lower() in _LEADING_FILLERS
        or chunk[0][2].lower() in _SENTENCE_ADVERBS
        or _is_adverb(chunk[0][2])
    ):
        chunk = chunk[1:]
    if (
        not chunk
        or len(chunk) > _MAX_PHRASE_WORDS
        or chunk[0][2].lower() in _PREPOSITIONS
        or (
            chunk[0][2].lower().replace("’", "'") in _NO_SUBJECT
            and not _given_name_like_modal(chunk)
        )
    ):
        # "… is committed to maintaining", "There's still time": a verb group or an
        # existential opener, never the person who speaks.
        return None
    if chunk[0][2].endswith("ing") and not is_capitalised(chunk[0][2]):
        return None
    head = chunk[0][2].lower().replace("’", "'").split("'")[0]
    if head in SUBJECT_PRONOUNS:
        s0 = chunk[0][0]
        chunk = [(s0, s0 + len(head), head)]
    else:
        chunk = _leading_name(chunk)
    if chunk[0][2].lower() in ("who", "which") and depth < 2:
        comma = _rfind_any(text, ",—–―-", lo, chunk[0][0])
        if comma < 0 or text[comma + 1 : chunk[0][0]].strip():
            return None
        found = _subject_before(text, lo, comma, depth + 1)
        if found is None:
            return None
        return Cue(found.phrase_start, found.phrase_end, found.phrase_start, verb_start)
    return Cue(chunk[0][0], chunk[-1][1], chunk[0][0], verb_start)


SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it"])
_NO_SUBJECT = frozenset(
    [
        *("is", "was", "were", "are", "be", "been", "has", "have", "had", "would", "will"),
        *("could", "should", "may", "might", "must", "can", "did", "does", "do", "there"),
        *("there's", "or"),
    ]
)
# Modals that are also given names ("Will Varga", "May Lind"): capitalised before another
# capitalised word inside a sentence, they open a name, not a verb group.
_MODAL_NAMES = frozenset(["will", "may"])


def _given_name_like_modal(chunk: list[tuple[int, int, str]]) -> bool:
    return (
        len(chunk) > 1
        and chunk[0][2].lower() in _MODAL_NAMES
        and is_capitalised(chunk[0][2])
        and is_capitalised(chunk[1][2])
    )


_INSIDE_NAME = frozenset(
    ["of", "for", "in", "at", "from", "with", "and", "de", "van", "von", "bin", "al"]
)


def _leading_name(chunk: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Berg then attacked Lind and": a name followed by a verb phrase is just the name."""
    first = chunk[0][2].lower()
    if not is_capitalised(chunk[0][2]) or first in DETERMINERS or first in FUNCTION_WORDS:
        return chunk
    for index in range(1, len(chunk) - 1):
        if chunk[index][2].lower() in TITLE_WORDS and is_capitalised(chunk[index + 1][2]):
            return chunk  # "Oslo chapter president Tom Berg": a role before a name
    for index in range(1, len(chunk)):
        word = chunk[index][2]
        lower = word.lower()
        if is_capitalised(word) or lower in _INSIDE_NAME or lower in TITLE_WORDS:
            continue
        if lower in ROLE_MODIFIERS or lower in DETERMINERS or word[0].isdigit():
            continue
        verb_like = (
            lower in _AUXILIARIES
            or lower in _SENTENCE_ADVERBS
            or _is_adverb(lower)
            or lower.endswith("ed")
        )
        if (
            verb_like
            and all(is_capitalised(w[2]) for w in chunk[:index])
            and not chunk[index - 1][2].endswith(("’s", "'s"))
        ):
            return chunk[:index]
        return chunk
    return chunk


def _ends_aside(text: str, end: int, hi: int) -> bool:
    """Whether an inverted "says X" is an aside (X is followed by a comma or the sentence
    ends), not the start of a reported clause ("said Lind “was …”")."""
    rest = text[end:hi].lstrip()
    return not rest or rest[0] in ",.;:—–―("


def _rfind_any(text: str, chars: str, lo: int, hi: int) -> int:
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
    comma = _rfind_any(text, ",—–―-", lo, at)
    if comma < 0 or text[comma + 1 : at].strip():
        return None
    previous = _rfind_any(text, ",—–―-" if text[comma] == "," else "—–―-", lo, comma)
    if previous < 0:
        return None
    aside = words_with_offsets(text, previous + 1, comma)
    if not aside:
        return None
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
        aside = [w for w in aside if w[1] <= inner]
        if not aside:  # "X — , who …": the comma opens the aside, no name before it
            return None
    head = aside[0][2]
    lower = head.lower()
    subject = _main_clause_subject(aside)
    if subject is not None:
        # "Hours later, Berg returned the favour, telling …": a clause, its subject speaks.
        return Cue(aside[0][0], aside[subject - 1][1], aside[0][0], at)
    if lower not in ("who", "which", "that"):
        for index in range(1, len(aside)):
            if _is_verb(aside, index, False) and not aside[index][2].lower().endswith("ing"):
                # "“…” are sickening, Berg said in Oslo, noting …": the aside is a reporting
                # clause, and its subject is the participle's too.
                found = _subject_before(text, previous + 1, aside[index][0], depth + 1)
                if found is not None:
                    return Cue(found.phrase_start, found.phrase_end, found.cue_start, at)
                break
    # A relative clause, a participle or a description may run long ("X, a lawyer who has
    # represented …, said"; "An official, speaking on condition of anonymity, said").
    long_aside = (
        lower in ("who", "which")
        or lower in DETERMINERS
        or lower in _PREPOSITIONS
        or (lower.endswith("ing") and not is_capitalised(head))
    )
    if len(aside) > (20 if long_aside else 8):
        return None
    party_tag = len(aside) == 1 and _PARTY_TAG.fullmatch(head) is not None
    if (
        not party_tag
        and not (lower in DETERMINERS or lower in ("who", "which") or head[0].isdigit())
        and all(is_capitalised(w[2]) or w[2].lower() in _INSIDE_NAME for w in aside)
    ):
        # "The leader of the league, Jonathan Berg, warned": the aside is the name.
        before = _subject_before(text, lo, opening, depth + 1)
        if before is not None and not all(
            is_capitalised(w[2])
            for w in words_with_offsets(text, before.phrase_start, before.phrase_end)
        ):
            return Cue(
                aside[0][0],
                aside[-1][1],
                before.phrase_start,
                at,
                before.phrase_start,
                before.phrase_end,
            )
        if not any(w[2].lower() in TITLE_WORDS for w in aside):
            return None
    found = _subject_before(text, lo, opening, depth + 1)
    if found is None:
        return None
    named = _named_before_description(text, lo, found)
    if named is not None and not is_capitalised(head) and head.endswith("ed"):
        # "Berg, a medical doctor, poked at Lund, tweeting …": the aside is the predicate,
        # and the description before it is Berg's appositive, not the subject.
        return Cue(named[0], named[1], named[0], at, found.phrase_start, found.phrase_end)
    role = (None, None)
    if lower in DETERMINERS:
        # "a lawyer who has represented him": the role is the description, not its clause.
        cut = next((w for w in aside if w[2].lower() in ("who", "which", "that")), None)
        role_end = aside[aside.index(cut) - 1][1] if cut is not None else aside[-1][1]
        role = (aside[0][0], role_end)
    return Cue(found.phrase_start, found.phrase_end, found.phrase_start, at, *role)


def _named_before_description(text: str, lo: int, found: Cue) -> tuple[int, int] | None:
    """The name that a description with an article stands in apposition to ("Ann Berg, a
    lawyer"): its span, or None when the description opens its own subject."""
    words = words_with_offsets(text, found.phrase_start, found.phrase_end)
    if not words or words[0][2].lower() not in ("a", "an", "the"):
        return None
    comma = text.rfind(",", lo, found.phrase_start)
    if comma < 0 or text[comma + 1 : found.phrase_start].strip():
        return None
    name: list[tuple[int, int, str]] = []
    for word in reversed(words_with_offsets(text, lo, comma)):
        if not is_capitalised(word[2]) or (name and _has_boundary(text, word[1], name[-1][0])):
            break
        name.append(word)
    if not name or text[name[0][1] : comma].strip():
        return None
    return name[-1][0], name[0][1]


# Nouns that end in -ly like adverbs ("the influential daily wrote", "the family said").
_LY_NOUNS = frozenset(
    ["daily", "weekly", "monthly", "quarterly", "family", "assembly", "rally", "monopoly"]
)


def _is_adverb(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 4
        and lower.endswith("ly")
        and not is_capitalised(word)
        and lower not in _LY_NOUNS
    )


def _object_after(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase after an inverted verb: ``said Sen. Tom Berg, R-Maine``."""
    words = words_with_offsets(text, start, hi)
    chunk: list[tuple[int, int, str]] = []
    for index, (s, e, word) in enumerate(words):
        lower = word.lower()
        if index and _has_boundary(text, words[index - 1][1], s):
            break
        content = [w for w in chunk if w[2].lower() not in DETERMINERS]
        if content and _is_adverb(word):
            break  # "said Lind coolly": the manner, not the speaker
        nominal = bool(content) and not is_capitalised(content[0][2])
        if content and lower in _OBJECT_STOPS and not (nominal and lower in _NOMINAL_LINKS):
            break
        if (
            lower in ("of", "for")
            and chunk
            and is_capitalised(chunk[-1][2])
            and chunk[-1][2].lower() not in TITLE_WORDS
        ):
            break
        chunk.append((s, e, word))
        if len(chunk) > _MAX_PHRASE_WORDS:
            return None
    if not chunk or chunk[0][2].lower() in _OBJECT_STOPS:
        return None
    if _has_boundary(text, start, chunk[0][0]):
        return None
    return chunk[0][0], chunk[-1][1]


_DASH_CREDIT = re.compile(r"\s*[-—–―]\s*(?=[A-Z])")


def dash_credit(text: str, lo: int, hi: int) -> Cue | None:
    """A credit line after a quote: ``“…” —Mara Lind, Oslo`` (same or next paragraph)."""
    dash = _DASH_CREDIT.match(text, lo, hi)
    if dash is None:
        return None
    found = _object_after(text, dash.end(), hi)
    if found is None or not _ends_aside(text, found[1], hi):
        return None
    if not all(is_capitalised(w[2]) for w in words_with_offsets(text, found[0], found[1])):
        return None
    return Cue(found[0], found[1], dash.start(), found[1])


def cue_after(
    text: str,
    lo: int,
    hi: int,
    next_to_quote: bool = True,
    opened: int | None = None,
    sentence_lo: int | None = None,
) -> Cue | None:
    """A cue in the words after a quote: ``,” Lind added`` or ``,” said Lind``.

    ``next_to_quote`` is False when ``lo`` opens another sentence than the quote's: a weak
    verb ("continued", "called") reports speech only right at its quote, so it is no cue there.
    ``opened`` is where the quote's opening mark stands, when the words before it matter (a
    passive verb before the quote takes its agent after it: "was called “…” by Lind");
    ``sentence_lo`` where the quote's sentence begins (a participle's subject opens it).
    """
    words = words_with_offsets(text, lo, min(hi, lo + 200))
    if not words:
        return None
    first = words[0][2].lower()
    agent = _passive_agent(text, words, opened) or _words_from(text, words)
    if agent is not None:
        return agent
    if first == "according" and len(words) > 1 and words[1][2].lower() == "to":
        found = _object_after(text, words[1][1], hi)
        if found:
            return Cue(found[0], found[1], words[0][0], found[1])
        return None
    far = frozenset() if next_to_quote else WEAK_VERBS
    if _is_verb(words, 0, True) and first.endswith("ing") and first not in far:
        # "… defence of “values,” saying the city …": a participle never inverts onto its
        # object; its subject opens the sentence.
        end = opened if opened is not None else lo
        if sentence_lo is None or sentence_lo >= end:
            return None
        found = sentence_subject(text, sentence_lo, end) or _described_subject(
            text, sentence_lo, end
        )
        return replace(found, cue_end=words[0][1]) if found is not None else None
    if _is_verb(words, 0, True) and first not in _LISTENER_VERBS and first not in far:
        found = _object_after(text, words[0][1], hi)
        if found:
            return Cue(found[0], found[1], words[0][0], found[1])
        return None
    for index in range(1, min(len(words), 16)):
        if (
            words[index - 1][2] == "as"
            and words[index + 1 : index + 2]
            and (words[index + 1][2] == "by")
        ):
            break  # "as described by X": the agent, below
        if (
            _is_verb(words, index, False)
            and not _is_passive(words, index)
            and words[index][2].lower() not in far
            and not _bare_gerund(text, words, index)
        ):
            verb_start, verb_end = words[index][0], words[index][1]
            if (
                index + 1 < len(words)
                and not words[index][2].lower().endswith("ing")
                and is_capitalised(words[index + 1][2])
                and words[index + 1][2].lower() not in _TIME_WORDS
                and text[lo:verb_start].rstrip().endswith(",")
                and words[index][2].lower() not in _LISTENER_VERBS
            ):
                found = _object_after(text, verb_end, hi)
                if found and _ends_aside(text, found[1], hi):
                    return Cue(found[0], found[1], verb_start, found[1])
            found = _subject_before(text, lo, verb_start)
            if found is None or text[found.phrase_start : found.phrase_end].lower() in (
                "that",
                "which",
            ):
                # "“…” that would answer the request, Berg wrote": the relative clause is
                # about the quoted words; a closing reporting clause may still name the source.
                return _final_clause(text, lo, hi)
            return replace(found, cue_end=verb_end)
        if words[index][2].lower() == "according" and index + 1 < len(words):
            break
    return (
        _according_to_later(text, lo, hi)
        or _described_by(text, words)
        or _final_clause(text, lo, hi)
    )


def _bare_gerund(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """ "“…,” part of a verbal lashing they gave": an -ing word right after a noun, with no
    auxiliary and no comma before it, heads a noun phrase; it is not a finite report."""
    word = words[index][2].lower()
    if not word.endswith("ing") or index == 0:
        return False
    before = words[index - 1][2].lower()
    return (
        before not in _AUXILIARIES
        and not _has_boundary(text, words[index - 1][1], words[index][0])
        and not is_capitalised(words[index - 1][2])
        and before not in SUBJECT_PRONOUNS
    )


# "has been called “…” by Lind": a passive participle before the quote, its agent after it.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:as\s+)?$"
)
_REDUCED_PASSIVE = re.compile(
    r"(?:^|[,;—–―(-])\s*(?:dubbed|labeled|labelled|termed|branded|nicknamed|called)\s+$"
)
# Participles that name or report words, besides the reporting verbs themselves.
_NAMING_PARTICIPLES = frozenset(["dubbed", "labeled", "labelled", "termed", "branded", "quoted"])


def _passive_agent(text: str, words: list[tuple[int, int, str]], opened: int | None) -> Cue | None:
    """ "has been called “…” by Lind, a professor": a participle before the quote, its agent
    right after it."""
    if words[0][2] != "by" or opened is None:
        return None
    before = _PASSIVE_BEFORE.search(text, max(0, opened - 60), opened)
    if before is None or not _reports_words(before.group(1)):
        # "fundraisers -- dubbed “…” by the campaign --": a naming participle needs no "was".
        reduced = _REDUCED_PASSIVE.search(text, max(0, opened - 30), opened)
        if reduced is None:
            return None
    return _agent(text, words, 0)


def _described_by(text: str, words: list[tuple[int, int, str]]) -> Cue | None:
    """ "being “careless” – as described by Lind –": with no other cue after the quote, an
    "as <participle> by X" aside names who used the words."""
    for at in range(min(len(words), 16) - 2):
        if words[at][2] == "as" and _reports_words(words[at + 1][2]) and words[at + 2][2] == "by":
            return _agent(text, words, at + 2)
    return None


def _agent(text: str, words: list[tuple[int, int, str]], by: int) -> Cue | None:
    found = _object_after(text, words[by][1], words[-1][1] + 1)
    if found is None or not _names_someone(text, found[0], found[1]):
        return None
    # "from Ann Berg appeared in …": the name ends where its sentence's verb begins.
    name = words_with_offsets(text, found[0], found[1])
    if not is_capitalised(name[0][2]):
        return Cue(found[0], found[1], words[max(0, by - 2)][0], found[1])
    for index, (_, _, word) in enumerate(name):
        lower = word.lower()
        if not (
            is_capitalised(word)
            or lower in _INSIDE_NAME
            or lower in TITLE_WORDS
            or lower in ROLE_MODIFIERS
        ):
            name = name[:index]
            break
    return Cue(name[0][0], name[-1][1], words[max(0, by - 2)][0], name[-1][1])


# Nouns for words someone said: "That quote from Ann Berg appeared …", "the remark by Berg".
_SPEECH_NOUNS = frozenset(
    ["quote", "quotation", "remark", "remarks", "comment", "comments", "words", "quip", "line"]
)


def _words_from(text: str, words: list[tuple[int, int, str]]) -> Cue | None:
    """ "“…” That quote from Commissioner Ann Berg appeared in 1980": a noun for what was said,
    right after the quote or opening the next sentence, with its source after "from"/"by"."""
    at = 1 if words[0][2].lower() in DETERMINERS else 0
    if (
        at + 2 < len(words)
        and words[at][2].lower() in _SPEECH_NOUNS
        and words[at + 1][2].lower() in ("from", "by")
    ):
        return _agent(text, words, at + 1)
    return None


def _reports_words(participle: str) -> bool:
    return participle.endswith(("ed", "en")) and (
        participle in REPORTING_VERBS or participle in _NAMING_PARTICIPLES
    )


_FINAL_CLAUSE_COMMAS = 3  # "…, said Tom Berg, a pollster, in an interview." at most
_FINAL_TAIL_WORDS = 8  # "…, Berg wrote in a court filing on Monday."


def _final_clause(text: str, lo: int, hi: int) -> Cue | None:
    """A reporting clause that closes the sentence after a comma ("That would bring a “winter
    of doubt” for Varga, forcing him to …, said Tom Berg, a pollster." / "…, senior counsel Ann
    Berg wrote in a court filing."): it attributes the whole sentence, however far the quote.
    Only a name, a description with an article or a pronoun counts, and nothing but asides
    may follow the speaker (no quote mark or clause break between quote and clause)."""
    end = hi
    while end > lo and (text[end - 1].isspace() or text[end - 1] in '.!?”"’)'):
        end -= 1
    if any(ch in ';:"“”«»„' for ch in text[lo:end]):
        return None
    comma = end
    for _ in range(_FINAL_CLAUSE_COMMAS):
        comma = text.rfind(",", lo, comma)
        if comma < 0:
            return None
        words = words_with_offsets(text, comma + 1, end)
        if not words:
            continue
        found = _closing_report(text, lo, comma, words, end)
        if found is not None:
            return found
    return None


def _closing_report(
    text: str, lo: int, comma: int, words: list[tuple[int, int, str]], end: int
) -> Cue | None:
    """ "said Tom Berg[, a pollster]" or "Tom Berg said|wrote[ in a filing]" after ``comma``."""
    first = words[0][2].lower()
    if _is_final_verb(first):
        found = _object_after(text, words[0][1], end)
        if found is None:
            return None
        rest = text[found[1] : end].strip()
        if rest and not rest.startswith(","):
            return None
        if not _names_someone(text, found[0], found[1]):
            return None
        return Cue(found[0], found[1], words[0][0], found[1])
    for index in range(1, min(len(words), _MAX_PHRASE_WORDS)):
        lower = words[index][2].lower()
        if not _is_final_verb(lower) or not _is_verb(words, index, False):
            continue
        if len(words) - index - 1 > _FINAL_TAIL_WORDS or (
            index + 1 < len(words) and words[index + 1][2].lower() not in _TAIL_OPENERS
        ):
            return None
        found = _subject_before(text, comma + 1, words[index][0])
        if found is None or found.phrase_start != words[0][0]:
            return None
        if not _names_someone(text, found.phrase_start, found.phrase_end):
            return None
        return replace(found, cue_end=words[index][1])
    return None


# What may follow a closing "Berg said": a time or a channel, never an object clause.
_TAIL_OPENERS = _PREPOSITIONS | _TIME_WORDS


def _is_final_verb(lower: str) -> bool:
    return (
        lower in REPORTING_VERBS
        and lower not in WEAK_VERBS
        and lower not in _LISTENER_VERBS
        and not lower.endswith("ing")
    )


def _names_someone(text: str, start: int, end: int) -> bool:
    """A name, a pronoun or a description with an article ("a spokesman") can be a source."""
    words = words_with_offsets(text, start, end)
    if not words:
        return False
    lower = words[0][2].lower()
    return (
        lower in DETERMINERS
        or (len(words) == 1 and lower in SUBJECT_PRONOUNS - {"it", "i", "we"})
        or any(is_capitalised(w[2]) for w in words)
    )


_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")


def according_to(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> Cue | None:
    """The source an "according to X" gives anywhere in a sentence, outside its quotes
    ("Berg said, according to the Times, …"): news attribution credits the whole sentence,
    speech verbs included, to that source."""
    for match in _ACCORDING_TO.finditer(text, lo, hi):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        found = _object_after(text, match.end(), hi)
        if found is not None and _names_someone(text, found[0], found[1]):
            return Cue(found[0], found[1], match.start(), found[1])
    return None


def _according_to_later(text: str, lo: int, hi: int) -> Cue | None:
    """ "“dozens” of canvassers work for it, according to Berg": the source at the end of the
    quote's sentence (after a comma, so it attributes the whole clause)."""
    at = text.find(", according to ", lo, hi)
    if at < 0 or any(ch in ';:"“”«»„' for ch in text[lo:at]):
        return None
    start = at + len(", according to ")
    found = _object_after(text, start, hi)
    if found is None:
        return None
    return Cue(found[0], found[1], at + 2, found[1])


def _is_role(words: list[tuple[int, int, str]]) -> bool:
    head = words[0][2].lower()
    return head in DETERMINERS and any(w[2].lower() in TITLE_WORDS for w in words)


def cue_before(
    text: str, lo: int, hi: int, sentence_start: bool = True, next_to_quote: bool = True
) -> Cue | None:
    """A cue in the words before a quote: ``Lind said,`` ``He told CNN:`` ``according to X,``.

    ``sentence_start`` says whether ``lo`` opens the sentence (only then may a verb come first,
    as in ``Said Lind: “…”``). ``next_to_quote`` is False when ``hi`` ends another sentence
    than the quote's: then a weak verb ("as long as the rally will continue") is no cue.
    """
    words = words_with_offsets(text, lo, hi)
    if not words:
        return None
    agent = _agent_before_relative(text, words, hi) or _owner_of_reply(text, lo, hi)
    if agent is not None:
        return agent
    fallback: Cue | None = None
    unfound = False  # a reporting verb was seen, but without a subject
    for index in range(len(words) - 1, -1, -1):
        lower = words[index][2].lower()
        if lower == "according" and index + 1 < len(words) and words[index + 1][2] == "to":
            found = _object_after(text, words[index + 1][1], hi)
            if found:
                return Cue(found[0], found[1], words[index][0], found[1])
            continue
        if not _is_verb(words, index, True):
            continue
        # "Berg called the senator “a liar”": a naming verb's quote may follow a short object.
        if (
            lower in WEAK_VERBS
            and len(words) - index > 3
            and words[-1][2] != "as"
            and not (lower in _NAMING_VERBS and len(words) - index <= 6)
        ) or (lower in WEAK_VERBS and not next_to_quote):
            continue
        verb_start, verb_end = words[index][0], words[index][1]
        if _is_passive(words, index):
            if index + 1 < len(words) and words[index + 1][2] == "by":
                found = _object_after(text, words[index + 1][1], hi)
                if found:
                    return Cue(found[0], found[1], verb_start, found[1])
            continue
        # ", saying Berg’s plan …": a participle takes a clause, never an inverted subject.
        inverted = (
            index + 1 < len(words)
            and not lower.endswith("ing")
            and is_capitalised(words[index + 1][2])
            and words[index + 1][2].lower() not in _TIME_WORDS
            and text[lo:verb_start].rstrip().endswith(",")
        )
        if ((index == 0 and sentence_start) or inverted) and lower not in _LISTENER_VERBS:
            found = _object_after(text, verb_end, hi)
            # ", said Berg’s aides “…”" runs into the quote: a reported clause, not "said Berg,".
            if (
                found
                and inverted
                and (not _ends_aside(text, found[1], hi) or not text[found[1] : hi].strip())
            ):
                found = None
            if found:
                return Cue(found[0], found[1], verb_start, found[1])
        found = _subject_before(text, lo, verb_start)
        if found is None and lower.endswith("ing"):
            found = (
                _subordinate_subject(text, lo, verb_start)
                or sentence_subject(text, lo, verb_start)
                or _described_subject(text, lo, verb_start)
            )
        if found is None:
            # "X said the areas that were hacked suggested “…”": an earlier reporting verb
            # may still have a subject.
            unfound = True
            continue
        if fallback is None and _embedded_subject(text, found):
            # "X said the areas that were hacked suggested “…”": a verb of the reported
            # clause with no speaker for a subject; an earlier reporting verb may have one.
            fallback = replace(found, cue_end=verb_end)
            continue
        outer = _outer_report(text, lo, words, index)
        if outer is not None:
            return outer
        return replace(found, cue_end=verb_end)
    if fallback is not None or unfound:
        return fallback
    tail = text[lo:hi].rstrip()
    if tail.endswith(":") and len(words) <= 8:
        colon = lo + len(tail) - 1
        found = _subject_before(text, lo, colon)
        if (
            found is not None
            and not text[found.phrase_end : colon].strip()
            and _looks_like_speaker(text, found)
        ):
            return Cue(found.phrase_start, found.phrase_end, found.phrase_start, lo + len(tail))
    return _owner_of_words(text, lo, hi) if next_to_quote else None


# "… as a janitor walks in front of her, saying": a subordinate clause (its subject, then a
# finite verb) that runs up to the comma before a participle.
_SUBORDINATE_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:as|while|when|after|before|until)\s+"
    r"((?:the|a|an|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*"
    r"|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"\s+[a-z]+(?:s|ed)\b[^,;:.!?“”\"]*,\s*$"
)


def _subordinate_subject(text: str, lo: int, verb_start: int) -> Cue | None:
    """ "Berg asks as a janitor walks in front of her, saying “…”": a participle right after a
    subordinate clause goes with that clause's subject, the nearest one."""
    found = _SUBORDINATE_BEFORE_PARTICIPLE.search(text, lo, verb_start)
    if found is None:
        return None
    start, end = found.span(1)
    return Cue(start, end, start, verb_start)


# "Ann Berg’s claim that …", "her remark that …": the owner of what was said, then the clause
# that holds the quote.
_SPEECH_CLAIMS = (
    "remarks?|comments?|claims?|contention|assertion|accusations?|statements?|warnings?"
    "|promises?|pledges?|vow|insistence|suggestion|argument|boast|declaration|admission"
)
_OWNER_OF_WORDS = re.compile(
    r"(?:\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s|\b([Hh]is|[Hh]er|[Tt]heir))"
    rf"\s+(?:[a-z]+\s+)?(?:{_SPEECH_CLAIMS})\s+that\b"
    # "the contention of former secretary Ann Berg that …"
    rf"|\bthe\s+(?:{_SPEECH_CLAIMS})\s+of\s+((?:[a-z]+\s+){{0,4}}(?:[A-Z][\w.-]*\s+){{0,3}}"
    r"[A-Z][\w.-]*)\s+that\b"
)


# "Berg’s succinct reply:", "Ann Berg’s curt answer was:", "His response:": a speech noun
# owned by the speaker, right before the quote.
_REPLY_NOUNS = "reply|response|answer|retort|rejoinder|message|verdict|reaction|explanation"
_OWNER_OF_REPLY = re.compile(
    r"(?:\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s|\b([Hh]is|[Hh]er))"
    rf"\s+(?:[a-z]+\s+)?(?:{_REPLY_NOUNS})(?:\s+(?:was|is|came))?\s*[:—–]\s*$"
)


def _owner_of_reply(text: str, lo: int, hi: int) -> Cue | None:
    """ "Berg’s succinct reply: “No.”": the owner of the reply speaks (the speech noun is no
    verb, "reply", and its adjective is no part of a name)."""
    found = _OWNER_OF_REPLY.search(text, max(lo, hi - 80), hi)
    if found is None:
        return None
    start, end = found.span(1 if found.group(1) else 2)
    return Cue(start, end, start, found.end())


def _owner_of_words(text: str, lo: int, hi: int) -> Cue | None:
    """ "Donald Berg’s accusation that Ola Lund is playing the “harbour card”": with no
    reporting verb, a claim noun names whose words the quote is; "her remark that “…”"."""
    found = max(_OWNER_OF_WORDS.finditer(text, lo, hi), key=lambda m: m.start(), default=None)
    if found is None or any(ch in ";:" for ch in text[found.end() : hi]):
        return None
    # The owner's name, or the possessive pronoun that stands for it ("her remark").
    start, end = found.span(next(g for g in (1, 2, 3) if found.group(g)))
    return Cue(start, end, start, found.end())


_OUTER_VERBS = frozenset(["said", "says", "say"])


def _outer_report(text: str, lo: int, words: list[tuple[int, int, str]], index: int) -> Cue | None:
    """ "Rep. Ann Berg said Lund reassured them that they “will win”": a report inside a
    report; the outer speaker is the source the text quotes."""
    for j in range(index - 2, -1, -1):
        if _has_boundary(text, words[j][1], words[j + 1][0]):
            return None
        if words[j][2].lower() in _OUTER_VERBS and _is_verb(words, j, True):
            if j + 1 < len(words) and (
                is_capitalised(words[j + 1][2])
                or words[j + 1][2] in ("he", "she", "they")
                # "Berg said that sometimes Lund’s comments …": the reported clause's "that"
                or (words[j + 1][2] == "that" and index - j > 2)
            ):
                found = _subject_before(text, lo, words[j][0])
                if found is not None and is_capitalised(
                    text[found.phrase_start : found.phrase_end]
                ):
                    return replace(found, cue_end=words[j][1])
            return None
    return None


def _embedded_subject(text: str, cue: Cue) -> bool:
    """A subject that is no speaker phrase: a verb group ("were hacked") or a bare lower-case
    noun ("protests", "the areas" is fine) that reads as the topic of a reported clause."""
    words = words_with_offsets(text, cue.phrase_start, cue.phrase_end)
    if not words:
        return True
    first = words[0][2].lower()
    if first in _AUXILIARIES or first in _PREPOSITIONS:
        return True
    return (
        first not in DETERMINERS
        and first not in SUBJECT_PRONOUNS
        and not any(is_capitalised(w[2]) for w in words)
    )


_PASSIVE_AUX = frozenset(["was", "were", "been", "being", "is", "are", "be"])


# ", who is backing Berg but has dismissed the story," right before the quote: a relative
# clause about the agent, closed by its comma, with no sentence end inside.
_RELATIVE_TO_QUOTE = re.compile(r",\s+(?:who|whom|whose)\b[^.;:!?“”\"]*,\s*$")


def _agent_before_relative(text: str, words: list[tuple[int, int, str]], hi: int) -> Cue | None:
    """ "Berg was asked by host Tom Lind, who is backing Berg but has dismissed the story,
    “…?”": the passive's agent speaks; the verbs of the relative clause about the agent report
    nothing of the quote."""
    for index in range(len(words) - 2, 0, -1):
        if words[index][2] != "by" or not _is_passive(words, index - 1):
            continue
        if not _is_verb(words, index - 1, True):
            return None
        found = _object_after(text, words[index][1], hi)
        if found is None or not _RELATIVE_TO_QUOTE.match(text, found[1], hi):
            return None
        return Cue(found[0], found[1], words[index - 1][0], found[1])
    return None


def _is_passive(words: list[tuple[int, int, str]], index: int) -> bool:
    """ "was told", "were asked": the subject heard the words, it did not say them."""
    verb = words[index][2].lower()
    return (
        index > 0
        and words[index - 1][2].lower() in _PASSIVE_AUX
        and not verb.endswith("ing")
        and verb not in ("says", "say")
    )


# A dateline before the first sentence: capitals, places and a bracketed agency, then a dash.
_DATELINE = re.compile(r"[A-Z][A-Z .,’'()-]*(?:\([^)]{1,20}\))?\s*[—–-]+\s+")


def _opens_participle(words: list[tuple[int, int, str]]) -> bool:
    """ "Filling in for Berg at the rally," / "Based on the statement,": a participial
    phrase (a participle and then a preposition or article), however long, is no subject."""
    if words and _is_adverb(words[0][2].lower()) and len(words) > 2:
        words = words[1:]  # "Hastily drafting a reply, …": the adverb modifies the participle
    if len(words) < 2:
        return False
    first, second = words[0][2].lower(), words[1][2].lower()
    if not first.endswith(("ing", "ed")) or len(first) <= 4:
        return False
    if second in _PREPOSITIONS or second in DETERMINERS:
        return True
    # "Flying home one night, she …": an -ing word and a plain lower-case word (not a verb,
    # so "Manning said," stays a subject).
    return (
        first.endswith("ing")
        and not is_capitalised(words[1][2])
        and second not in REPORTING_VERBS
        and second not in _AUXILIARIES
    )


def _opens_main_clause(words: list[tuple[int, int, str]]) -> bool:
    """A name and a past-tense verb ("Berg conceded the point"): a main clause, not an
    introductory phrase ("On Tuesday", "In a statement") nor an aside."""
    return _main_clause_subject(words) is not None


def _main_clause_subject(words: list[tuple[int, int, str]]) -> int | None:
    """How many words form the subject of a clause that opens with a name and goes on with a
    past-tense verb ("Berg conceded", "Ann Berg’s chief aide rallied"), or None."""
    if not words or not is_capitalised(words[0][2]):
        return None
    if words[0][2].lower() in _INTRO_WORDS or words[0][2].lower() in DETERMINERS:
        return None
    names = 1
    while names < len(words) and names < 4 and is_capitalised(words[names][2]):
        names += 1
    for index in range(names, min(len(words), names + 3)):
        word = words[index][2]
        if is_capitalised(word):
            return None
        if word.endswith("ed"):
            return index
        if not words[names - 1][2].endswith(("’s", "'s")):
            return None  # only a possessive name heads a longer subject ("Berg’s aide")
    return None


def has_predicate(text: str, subject_end: int, hi: int) -> bool:
    """Whether a verb phrase can follow a sentence's subject before ``hi`` (the quote): a
    heading or a form line ("REMINDER on PART “K”", "TICK BOX “Y”") has a capitalised word but
    no clause, so its first word is nobody who said anything. A preposition right after the
    subject opens such a label unless it starts a time phrase ("Berg on Tuesday blamed"); a
    colon right after the subject is a speaker label ("Berg: …")."""
    if text[subject_end : subject_end + 1] == ":":
        return True  # "Berg: …" names who speaks, as a headline does
    words = words_with_offsets(text, subject_end, hi)
    if not any(w[2][:1].islower() and w[2] not in _PREPOSITIONS for w in words):
        return False
    first = words[0][2]
    return not (
        first in _PREPOSITIONS
        and not _has_boundary(text, subject_end, words[0][0])
        and not (len(words) > 1 and words[1][2].lower() in _TIME_WORDS)
    )


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


_SUBORDINATORS = frozenset(["when", "while", "although", "though", "because", "if", "once"])


def sentence_subject(text: str, lo: int, hi: int) -> Cue | None:
    """The noun phrase opening the sentence, for participles: ``X signed it, stating …``."""
    dateline = _DATELINE.match(text, lo, min(hi, lo + 60))
    if dateline is not None:
        lo = dateline.end()  # "OSLO (AP) — Berg …": the dateline is no subject
    lo = _after_opening_quote(text, lo, hi)
    words = words_with_offsets(text, lo, hi)
    if (
        len(words) > 1
        and words[0][2].lower() in ("and", "but", "so", "yet")
        and not _has_boundary(text, words[0][1], words[1][0])
    ):
        # "But Sen. Ann Berg refused …, responding that …": a conjunction opens the subject.
        lo = words[1][0]
        words = words[1:]
    start = lo
    for _ in range(3):  # "On Thursday, after a long wait, Berg …": skip each opening phrase
        comma = text.find(",", start, hi)
        if not words or comma < 0:
            break
        intro = [w for w in words if w[0] < comma]
        if (
            start > lo
            and len(intro) == 1
            and is_capitalised(intro[0][2])
            and text[intro[0][1] : intro[0][1] + 1] == "."
            and is_capitalised(text[lo:start].rstrip(" ,").rsplit(" ", 1)[-1])
        ):
            # "At a rally in Aspen, Colo., the nominee …": the place's abbreviated state
            # closes the opening phrase, it is no subject.
            start = comma + 1
            words = words_with_offsets(text, start, hi)
            continue
        # "Berg conceded the point, saying …": a name and a past-tense verb open a main clause,
        # not an introductory phrase like "On Tuesday," or "In a statement,".
        if (
            words[0][2].lower() in _INTRO_WORDS
            or _opens_participle(intro)
            or (
                not _opens_main_clause(intro)
                and len(intro) <= 4
                and any(not is_capitalised(w[2]) and w[2].lower() not in DETERMINERS for w in intro)
            )
        ):
            start = comma + 1
            words = words_with_offsets(text, start, hi)
        else:
            break
    else:
        return None
    if (
        len(words) > 1
        and words[0][2].lower() in _SUBORDINATORS
        and text.find(",", words[0][1], hi) < 0
    ):
        # "When Berg later spoke … and said he would “…”": the clause runs up to the quote,
        # so its own subject speaks.
        words = words[1:]
    if words and words[0][2].lower() in _INTRO_WORDS:
        return None
    while words and (words[0][2].lower() in _SENTENCE_ADVERBS or _is_adverb(words[0][2])):
        words = words[1:]
    if words and words[0][2].lower() in SUBJECT_PRONOUNS:
        return Cue(words[0][0], words[0][1], words[0][0], hi)
    chunk = []
    for s, e, word in words:
        lower = word.lower()
        if chunk and _has_boundary(text, chunk[-1][1], s):
            break
        if not (
            is_capitalised(word)
            or lower in DETERMINERS
            or lower in TITLE_WORDS
            or lower in ROLE_MODIFIERS  # "Republican presidential nominee Ann Berg"
            # "A spokeswoman for the Harbour Board": a role and whose it is.
            or (lower in _ROLE_LINKS and chunk and chunk[-1][2].lower() in TITLE_WORDS)
        ):
            break
        chunk.append((s, e, word))
    while (
        chunk
        and not is_capitalised(chunk[-1][2])
        and (
            chunk[-1][2].lower() in ROLE_MODIFIERS
            or chunk[-1][2].lower() in _ROLE_LINKS
            or (chunk[-1][2].lower() in DETERMINERS and len(chunk) > 1)
        )
    ):
        chunk.pop()  # "Berg then ruled": a modifier only counts inside a role
    if not chunk or all(w[2].lower() in DETERMINERS for w in chunk):
        return None
    return Cue(chunk[0][0], chunk[-1][1], chunk[0][0], hi)


_ROLE_LINKS = frozenset(["for", "of", "at"])


# Common irregular past tenses that end a described subject ("The paper took note …").
_IRREGULAR_PAST = frozenset(
    [
        "took",
        "made",
        "gave",
        "kept",
        "sent",
        "held",
        "spent",
        "brought",
        "found",
        "began",
        "became",
        "won",
        "lost",
        "left",
        "led",
        "stood",
        "sought",
        "spoke",
        "wrote",
        "ran",
    ]
)
_DESCRIPTION_WORDS = 4  # "The retired neurosurgeon", "The conservative weekly magazine"


def _described_subject(text: str, lo: int, hi: int) -> Cue | None:
    """ "The retired neurosurgeon has provided no details, saying …": a participle's subject
    may be a description opening the sentence (an article, a few words, then the verb)."""
    words = words_with_offsets(text, lo, hi)
    if len(words) < 3 or words[0][2].lower() not in ("the", "a", "an"):
        return None
    for index in range(2, min(len(words), _DESCRIPTION_WORDS + 2)):
        if _has_boundary(text, words[index - 1][1], words[index][0]):
            return None
        lower = words[index][2].lower()
        if lower in _PREPOSITIONS or lower in _CLAUSE_WORDS:
            return None
        if (
            lower in _AUXILIARIES
            or lower in _IRREGULAR_PAST
            or (lower.endswith("ed") and not is_capitalised(words[index][2]))
        ):
            return Cue(words[0][0], words[index - 1][1], words[0][0], hi)
    return None


def _looks_like_speaker(text: str, cue: Cue) -> bool:
    """A bare ``X:`` before a quote names a speaker only if X is a name or a pronoun."""
    words = words_with_offsets(text, cue.phrase_start, cue.phrase_end)
    return bool(words) and (
        words[-1][2].lower() in PRONOUNS or all(is_capitalised(w[2]) for w in words)
    )
