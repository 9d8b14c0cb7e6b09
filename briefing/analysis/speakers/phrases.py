"""Words and patterns for reading speaker phrases: name runs, titles by gender, clause markers,
and trimming a phrase down to the speaker it names."""

from __future__ import annotations

import re

from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon import words as lexicon_words
from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.lexicon.roles import HONORIFICS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.names import is_capitalised
from briefing.analysis.text.words import Word

_CAP = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Capt|Adm|Maj)\."
    r"|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*)"
)


_JOIN = r"(?: (?:of|de|del|der|den|di|da|dos|du|la|le|van|von|al|bin|ibn) | )"


# Common sentence openers are skipped by the pattern itself: most capitalised words in prose
# are these, and not building runs for them keeps the pass cheap.
_RUN_OPENERS = lexicon_words("speaker_words.txt", "run_openers")
_OPENERS = rf"(?!(?:{'|'.join(_RUN_OPENERS)})\b(?! [A-Z]))"


# ``(?=[A-Z])`` first: every run opens with a capital, and without it the openers' alternation
# was tried at each of the text's word boundaries (half the pass's time); the capital is
# tested before the word boundary, as it rules out more places.
RUN = re.compile(rf"(?=[A-Z])\b{_OPENERS}{_CAP}(?:{_JOIN}{_CAP})*")


GENDER_WINDOW = 160


MAIN_NAME_REPEATS = 3  # full mentions that make a name the main bearer of its surname


LAST_SPEAKER_REACH = 1200  # characters back that "the person quoted last" stays the default


# ``\b[a-z]`` written with its letter first (the boundary is a lookbehind after it): a pattern
# that opens with a letter is searched for that letter, not tried at every character.
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z’'\-]+\b")


# "he told Tom Berg": a reporting verb and the person addressed right after a pronoun.
ADDRESSEE = re.compile(rf"\w+ (\w+) ((?:{_CAP} )*{_CAP})")


MARITAL = re.compile(r"\b(Mrs\.?|Miss) ([A-Z][\w’'-]+)")


# Only subject pronouns vote on a name's gender: "her" is as often someone else's object.
AFTER_PREPOSITION = re.compile(r"\b(?:from|in|to|at|into|near|across)\s$")


HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


HE_SUBJECT = re.compile(r"(?:^|(?<=\n)|(?<=\. )|(?<=, )|(?<=[”\"] ))(?:He|he)\b")


SHE_SUBJECT = re.compile(r"(?:^|(?<=\n)|(?<=\. )|(?<=, )|(?<=[”\"] ))(?:She|she)\b")


ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col)\.)$"
)


SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s")


APPOSITIVE = re.compile(r", (?:the |a |an )?([^,.;:“”\"()]{3,70}?),")


GEO_FIRST = word_set("speaker_words.txt", "geo_first")


# Head nouns of places, buildings and events named after people ("Lind Tower", "the Berg
# Convention"): the run is the place, not the person.
PLACE_AND_EVENT_HEADS = word_set("speaker_words.txt", "place_and_event_heads")


FEMALE_TITLES = word_set("speaker_words.txt", "female_titles")


MALE_TITLES = word_set("speaker_words.txt", "male_titles")


FINITE = word_set("speaker_words.txt", "finite")


EXPLETIVES = word_set("speaker_words.txt", "expletives")


PHRASE_PREPOSITIONS = word_set("speaker_words.txt", "phrase_prepositions")


GROUP_PRONOUNS = word_set("speaker_words.txt", "group_pronouns")
# Outside quote marks, "we" is the writer (a report's authors, a eulogist and family): never
# a group that the text quoted earlier.
WRITER_PRONOUNS = word_set("speaker_words.txt", "writer_pronouns")


JOIN_WORDS = word_set("speaker_words.txt", "join_words")


OBJECT_PRONOUNS = word_set("speaker_words.txt", "object_pronouns")


# Words that make a phrase a clause: a finite verb or a pronoun after the phrase's first word.
CLAUSE_MARKERS = OBJECT_PRONOUNS | word_set("speaker_words.txt", "clause_markers")


def distinct_lower_words(text: str, chunk: int = 1 << 16) -> frozenset[str]:
    """The distinct lower-case words of ``text``, found a piece at a time (cut at a space):
    one ``findall`` over a long text lists every word, many times the text's own size."""
    found: set[str] = set()
    start = 0
    while start < len(text):
        stop = text.find(" ", min(len(text), start + chunk))
        stop = len(text) if stop < 0 else stop
        found.update(_LOWER_WORD.findall(text, start, stop))
        start = stop + 1
    return frozenset(found)


# Common irregular verbs that end a subject phrase ("the senator sought to calm …").
_IRREGULAR_VERBS = word_set("speaker_words.txt", "irregular_verbs")


def opens_predicate(words: list[Word], lowers: list[str], index: int) -> bool:
    """Whether the word at ``index`` starts the verb phrase after a speaker phrase's subject:
    an auxiliary or object pronoun ("the media has"), a negated auxiliary ("haven’t"), a
    common irregular verb ("the senator sought"), or an -ed verb taking an object ("the town
    released a statement"; "the embattled senator" is an adjective after its determiner)."""
    word, lower = words[index].text, lowers[index]
    if word in CLAUSE_MARKERS or lower.endswith(("n’t", "n't")):
        return True
    if is_capitalised(word) or lowers[index - 1] in DETERMINERS:
        return False
    if lower in _IRREGULAR_VERBS:
        return True
    return (
        lower.endswith("ed")
        and index + 1 < len(lowers)
        and (lowers[index + 1] in DETERMINERS or lowers[index + 1] in ("to", "his", "her", "their"))
    )


# Words that can open a sentence but never a speaker phrase of several words (function words
# that are not determiners, quantifiers or pronouns: "Given his past", "Ever since").
NO_PHRASE_OPENERS = (
    (FUNCTION_WORDS | frozenset(["ever"]))
    - DETERMINERS
    - word_set("speaker_words.txt", "phrase_openers")
)


_NAME_SUFFIXES = word_set("speaker_words.txt", "name_suffixes")


def surname_and_suffix(parts: list[str]) -> bool:
    """ "Berg Jr.": a surname and a suffix, not a full name to stand for every "Berg"."""
    return len(parts) == 2 and parts[1].lower().rstrip(".") in _NAME_SUFFIXES


def name_gender(full: str) -> str:
    """ "m", "f" or "" from a full name alone: its honorific or its given name."""
    first = full.split()[0]
    return HONORIFICS.get(first.lower()) or gender_of_first_name(first)


def demonyms(words: list[str]) -> bool:
    """ "African American", "Asian Indian": words for peoples, not a person's name (a given
    name such as Brian or Ian ends the same way)."""
    return (
        len(words) > 1
        and not gender_of_first_name(words[0])
        and all(w.lower().endswith(("ican", "ian", "ese", "ish")) for w in words)
    )


# A relative pronoun that ends a speaker phrase opens its clause ("Democrats in Oslo who"):
# the phrase before it is the speaker.
RELATIVES = word_set("speaker_words.txt", "relatives")


# Adverbs after the phrase's head belong to the verb ("Berg first testified", "the ad then").
_TRAILING_ADVERBS = word_set("speaker_words.txt", "trailing_adverbs")


# A phrase that ends in one of these was cut off mid-way ("the authors of the").
_CUT_OFF = DETERMINERS | PHRASE_PREPOSITIONS | word_set("speaker_words.txt", "cut_off")


# Subordinators never sit inside a noun phrase ("migrants send money until the government").
_SUBORDINATE = word_set("speaker_words.txt", "subordinate")


_NUMBER_WORDS = word_set("speaker_words.txt", "number_words")


def trimmed_phrase(words: list[Word], lowers: list[str]) -> int | None:
    """How many words of a speaker phrase are a noun phrase, or None when it is none: a
    relative pronoun or a verb's adverb at its end goes, an infinitive ends it ("nominee Ann
    Berg to make a comment"); a phrase cut off after an article or preposition, a verb with
    its preposition ("compared to 11% of voters"), a gerund after a preposition ("tuition by
    funneling money"), a subordinate clause, a lone number word ("Four") or a contracted
    pronoun ("There’s", "We’ve") is no speaker."""
    count = len(words)
    for index in range(1, count - 1):
        if (
            lowers[index] == "to"
            and lowers[index + 1] not in FUNCTION_WORDS
            and lowers[index + 1] not in DETERMINERS
            and words[index + 1].text.isalpha()
            and words[index + 1].text.islower()
            and (index + 2 == len(words) or lowers[index + 2] in FUNCTION_WORDS)
        ):
            count = index
            break
    for index in range(1, count - 1):
        if lowers[index] in _VERB_ADVERBS and words[index + 1].text.islower():
            count = index  # "her campaign also released two ads": the verb phrase starts
            break
        if lowers[index] in PHRASE_PREPOSITIONS and (
            lowers[index + 1] in WEEKDAYS_MONTHS
            or (lowers[index + 1] in _POSSESSIVES and is_capitalised(words[index - 1].text))
        ):
            # "Berg in his speech", "the Oslo campaign on Tuesday": where or when, not who.
            count = index
            break
    while count > 1 and (
        lowers[count - 1] in RELATIVES
        or lowers[count - 1] in _TRAILING_ADVERBS
        or _trailing_verb(words, lowers, count)
    ):
        count -= 1
    count = _before_own_clause(words, lowers, count)
    lowers = lowers[:count]
    if count > 1 and lowers[-1] in _CUT_OFF:
        return None
    if any(w in _SUBORDINATE for w in lowers):
        return None
    if count > 1 and lowers[0] in WEEKDAYS_MONTHS and words[1].text[:1].isdigit():
        return None  # "March 1 primaries": a date opens the phrase, nobody speaks
    if lowers[0] in IRREGULAR_PAST and words[0].text.islower():
        return None  # "began to message groups", "sent Lind a note": a predicate, no subject
    if (
        count > 1
        and lowers[0].endswith("ed")
        and lowers[1] in PHRASE_PREPOSITIONS
        and not is_capitalised(words[0].text)
    ):
        return None
    for index in range(count - 1):
        following = words[index + 1].text
        if (
            lowers[index] in PHRASE_PREPOSITIONS
            and following.endswith("ing")
            and not is_capitalised(following)
        ):
            return None
    if count == 1:
        base = re.split(r"[’']", lowers[0])[0]
        if lowers[0] in _NUMBER_WORDS or (base != lowers[0] and base in _CONTRACTED):
            return None
    return count


# Adverbs that open a verb phrase after its subject ("the campaign also released …").
_VERB_ADVERBS = word_set("speaker_words.txt", "verb_adverbs")


_POSSESSIVES = word_set("speaker_words.txt", "possessives")


# Endings of plural nouns for people and things after a name ("Berg supporters", "Oslo
# officials", "Lind aides"), as against a verb's "-s" ("Berg sits", "Lind reminds").
_PLURAL_NOUN_ENDINGS = tuple(
    " ".join(
        [
            "ers ors ists ans ents ants ics als ies ees ives ides ss us is ’s 's",
            "erts ens ons ews ships aires",
        ]
    ).split()
)


def _before_own_clause(words: list[Word], lowers: list[str], count: int) -> int:
    """ "Berg copied Lind on his reply", "the GRU stole files from …": a past-tense verb right
    after a name, with words after it, opens the name's own clause; the phrase ends before it."""
    for index in range(1, count - 1):
        word = words[index].text
        if (
            is_capitalised(words[index - 1].text)
            and lowers[index - 1] not in DETERMINERS  # "The retired surgeon": an adjective
            and lowers[index + 1] not in PHRASE_PREPOSITIONS  # "aides based in": a participle
            and word.islower()
            and (lowers[index] in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")))
        ):
            return index
    return count


def _trailing_verb(words: list[Word], lowers: list[str], count: int) -> bool:
    """ "other delegates on the stage refused", "Berg reminds": a verb of the subject's
    clause at the end of the phrase (not a noun after an article, "the accused", nor a
    noun after a noun, "the pool report")."""
    word, previous = words[count - 1].text, lowers[count - 2]
    if is_capitalised(word) or previous in DETERMINERS or previous in PHRASE_PREPOSITIONS:
        return False
    if word in REPORTING_VERBS and not word.endswith("ing"):
        # "Berg reminds"; after a common noun it may be the noun ("the pool report").
        return is_capitalised(words[count - 2].text)
    if (
        count == 2
        and is_capitalised(words[0].text)
        and word.endswith("s")
        and not word.endswith(_PLURAL_NOUN_ENDINGS)
    ):
        # "Berg sits", "Lind smiles": a present-tense verb after a bare name ("Berg
        # supporters", "Lind aides" stay: their nouns end like nouns of people).
        return True
    return count > 2 and word.endswith("ed")


_CONTRACTED = word_set("speaker_words.txt", "contracted")


_LESSER_RANKS = word_set("speaker_words.txt", "lesser_ranks")


def headline_end(text: str) -> int:
    """Where a title-cased first line ends (0 when the text opens with prose): in such a line
    every longer word is capitalised, so its runs are no evidence of names."""
    end = text.find("\n")
    if end < 0:
        return 0
    words = [w for w in text[:end].split() if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if len(words) >= 4 and capitalised == len(words) else 0


def role_has(role: str, title: list[str]) -> bool:
    """Whether the head of ``title`` ("former president") is a word of ``role``; modifiers
    need not be (a role seen as "Senator" after a sentence's "Former" is still the title),
    but a lesser rank must be asked for ("the president" is not the "Vice President")."""
    words = role.lower().replace(".", "").split()
    head = title[-1].replace(".", "")
    if head not in words:
        return False
    index = words.index(head)
    return not (index and words[index - 1] in _LESSER_RANKS and words[index - 1] not in title)


def strip_article(role: str) -> str:
    """ "the Republican nominee" -> "Republican nominee" (a role reads better without it)."""
    return role[4:] if role.lower().startswith("the ") else role
