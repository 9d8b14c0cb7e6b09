"""Reporting cues: the words next to a quote that say who said it ("Lind added", "said a
senior official", "according to the Ministry", "He told reporters:").

This module holds the cues before a quote, "according to" and dash credits; the cues after a
quote are in ``after_quote``, clause subjects in ``subjects``, the shared words in
``english_words``. Everything works on the text *outside* the quote marks of one sentence, so a
cue is evidence from the quote's own sentence (or its neighbours, when the caller asks). A cue
yields the span of the speaker phrase as written; turning it into a person is the resolver's
job.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.analysis.cues.after_quote import (
    names_someone,
    object_after,
)
from briefing.analysis.cues.cue import (
    Cue,
)
from briefing.analysis.cues.english_words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    LISTENER_VERBS,
    NAMING_VERBS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    ends_aside,
    has_boundary,
    is_passive,
    is_verb,
)
from briefing.analysis.cues.sentence_subject import (
    described_subject,
    has_predicate,
    looks_like_speaker,
    sentence_subject,
)
from briefing.analysis.cues.subjects import subject_before
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.function_words import DETERMINERS
from briefing.analysis.lexicon.reporting_verbs import WEAK_VERBS
from briefing.analysis.lexicon.roles import TITLE_WORDS
from briefing.analysis.quotes.marks import OPENING_MARKS, mark_length
from briefing.analysis.quotes.turns import quote_label
from briefing.analysis.speakers.names import is_capitalised, words_with_offsets
from briefing.analysis.text.words import Word

_DASH_CREDIT = re.compile(r"\s*[-—–―]\s*(?=[A-Z])")


def dash_credit(text: str, lo: int, hi: int) -> Cue | None:
    """A credit line after a quote: ``“…” —Mara Lind, Oslo`` (same or next paragraph)."""
    dash = _DASH_CREDIT.match(text, lo, hi)
    if dash is None:
        return None
    found = object_after(text, dash.end(), hi)
    if found is None or not ends_aside(text, found.end, hi):
        return None
    if not all(is_capitalised(w.text) for w in words_with_offsets(text, found.start, found.end)):
        return None
    return Cue(found.start, found.end, dash.start(), found.end)


_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")


def according_to(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> Cue | None:
    """The source an "according to X" gives anywhere in a sentence, outside its quotes
    ("Berg said, according to the Times, …"): news attribution credits the whole sentence,
    speech verbs included, to that source."""
    for match in _ACCORDING_TO.finditer(text, lo, hi):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        found = object_after(text, match.end(), hi)
        if found is not None and names_someone(text, found.start, found.end):
            return Cue(found.start, found.end, match.start(), found.end)
    return None


def _is_role(words: list[Word]) -> bool:
    head = words[0].text.lower()
    return head in DETERMINERS and any(w.text.lower() in TITLE_WORDS for w in words)


def cue_before(
    text: str, lo: int, hi: int, sentence_start: bool = True, next_to_quote: bool = True
) -> Cue | None:
    """A cue in the words before a quote: ``Lind said,`` ``He told CNN:`` ``according to X,``.

    ``sentence_start`` says whether ``lo`` opens the sentence (only then may a verb come first,
    as in ``Said Lind: “…”``). ``next_to_quote`` is False when ``hi`` ends another sentence
    than the quote's: then a weak verb ("as long as the rally will continue") is no cue.
    """
    label = _label_in_marks(text, hi)
    if label is not None:
        return label
    if next_to_quote:
        source = _statement_source(text, lo, hi)
        if source is not None:
            return source
    words = words_with_offsets(text, lo, hi)
    if not words:
        return None
    agent = _agent_before_relative(text, words, hi) or _owner_of_reply(text, lo, hi)
    if agent is not None:
        return agent
    fallback: Cue | None = None
    unfound = False  # a reporting verb was seen, but without a subject
    for index in range(len(words) - 1, -1, -1):
        lower = words[index].text.lower()
        if lower == "according" and index + 1 < len(words) and words[index + 1].text == "to":
            found = object_after(text, words[index + 1].end, hi)
            if found is not None:
                return Cue(found.start, found.end, words[index].start, found.end)
            continue
        if not is_verb(words, index, True):
            continue
        # "Berg called the senator “a liar”": a naming verb's quote may follow a short object.
        if (
            lower in WEAK_VERBS
            and len(words) - index > 3
            and words[-1].text != "as"
            and not (lower in NAMING_VERBS and len(words) - index <= 6)
        ) or (lower in WEAK_VERBS and not next_to_quote):
            continue
        verb_start, verb_end = words[index].start, words[index].end
        if is_passive(words, index):
            if index + 1 < len(words) and words[index + 1].text == "by":
                found = object_after(text, words[index + 1].end, hi)
                if found is not None:
                    return Cue(found.start, found.end, verb_start, found.end)
            continue
        inverted = _inverted_speaker(text, lo, hi, words, index, sentence_start)
        if inverted is not None:
            return inverted
        found = _verb_subject(text, lo, verb_start, lower)
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
    return _colon_subject(text, lo, hi, words, next_to_quote, sentence_start)


_STATEMENT_FROM = re.compile(
    r"\b(?:" + "|".join(sorted(word_set("cue_words.txt", "statement_nouns"))) + r")\s+from\s+"
)


def _statement_source(text: str, lo: int, hi: int) -> Cue | None:
    """ "I have a statement from Ann Berg:", "She read a letter from the mayor:": words passed
    on from their author, whoever passes them on; the author is the quote's speaker. Only
    where the clause's colon leads straight into the quote."""
    tail = text[lo:hi].rstrip()
    if not tail.endswith(":"):
        return None
    colon = lo + len(tail) - 1
    found = max(_STATEMENT_FROM.finditer(text, lo, colon), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    author = object_after(text, found.end(), colon)
    if author is None:
        return None
    end = author.end
    couple = _COUPLE.match(text, end, colon)
    if couple is not None and " " not in text[author.start : end]:
        end = couple.end()  # "from Joe and Jill Berg": a couple named once, as one author
    if _CLAUSE_AFTER_AUTHOR.search(text, end, colon):
        # "a message from her adviser, Ann Berg, that read:": an appositive or a clause of
        # its own between the author and the colon; the sentence's own cue decides.
        return None
    return Cue(author.start, end, found.start(), colon + 1)


_COUPLE = re.compile(r" and (?:[A-Z][\w’'-]*\.? ){1,2}[A-Z][\w’'-]+")
_CLAUSE_AFTER_AUTHOR = re.compile(r",|\b(?:that|which|who)\b")


def _label_in_marks(text: str, opening: int) -> Cue | None:
    """A speaker label in capitals right inside the quote's opening mark ("“LIND: We checked
    twice.”"): whoever it names says the words, whatever the sentence around says."""
    if text[opening : opening + 1] not in OPENING_MARKS:
        return None
    start = opening + mark_length(text, opening)
    end = min(len(text), start + _LABEL_REACH)
    while start < end and text[start] in " \u00a0":
        start += 1
    found = quote_label(text, start, end)
    if found is None:
        return None
    return Cue(found[0], found[1], found[0], found[1] + 1)


_LABEL_REACH = 80  # a label is a name of a few words, then its colon and the words


def _inverted_speaker(
    text: str,
    lo: int,
    hi: int,
    words: list[Word],
    index: int,
    sentence_start: bool,
) -> Cue | None:
    """The speaker after reporting verb ``words[index]`` when the verb comes first: opening
    the sentence (``Said Lind: “…”``) or inverted after a comma (``…, said Lind, “…”``)."""
    lower = words[index].text.lower()
    verb_start, verb_end = words[index].start, words[index].end
    # ", saying Berg’s plan …": a participle takes a clause, never an inverted subject.
    inverted = (
        index + 1 < len(words)
        and not lower.endswith("ing")
        and is_capitalised(words[index + 1].text)
        and words[index + 1].text.lower() not in TIME_WORDS
        and text[lo:verb_start].rstrip().endswith(",")
    )
    if not ((index == 0 and sentence_start) or inverted) or lower in LISTENER_VERBS:
        return None
    found = object_after(text, verb_end, hi)
    # ", said Berg’s aides “…”" runs into the quote: a reported clause, not "said Berg,".
    if (
        found is not None
        and inverted
        and (not ends_aside(text, found.end, hi) or not text[found.end : hi].strip())
    ):
        found = None
    if found is not None:
        return Cue(found.start, found.end, verb_start, found.end)
    return None


def _verb_subject(text: str, lo: int, verb_start: int, lower: str) -> Cue | None:
    """The subject before a reporting verb; for a participle ("…, saying") also the subject
    of the clause it hangs on, of the sentence, or a description opening it."""
    found = subject_before(text, lo, verb_start)
    if found is None and lower.endswith("ing"):
        found = (
            _subordinate_subject(text, lo, verb_start)
            or sentence_subject(text, lo, verb_start)
            or described_subject(text, lo, verb_start)
        )
    return found


def _colon_subject(
    text: str,
    lo: int,
    hi: int,
    words: list[Word],
    next_to_quote: bool,
    sentence_start: bool = True,
) -> Cue | None:
    """With no reporting verb: a clause ending in a colon introduces the quote with its
    subject as the speaker ("Berg:", "The report makes that clear:"); else whose words the
    sentence says the quote is."""
    tail = text[lo:hi].rstrip()
    if tail.endswith(":") and next_to_quote:
        colon = lo + len(tail) - 1
        found = subject_before(text, lo, colon) if len(words) <= 8 else None
        if (
            found is not None
            and not text[found.phrase_end : colon].strip()
            and looks_like_speaker(text, found)
        ):
            return Cue(found.phrase_start, found.phrase_end, found.phrase_start, lo + len(tail))
        if sentence_start:
            found = _clause_subject(text, lo, colon)
            if found is not None:
                return Cue(found.phrase_start, found.phrase_end, found.phrase_start, colon + 1)
    return _owner_of_words(text, lo, hi) if next_to_quote else None


def _clause_subject(text: str, lo: int, colon: int) -> Cue | None:
    """The subject of the clause that a colon ends, when a verb phrase follows it: the
    clause introduces the quote ("The report makes that clear: “…”") and its subject is
    whose words they are."""
    found = sentence_subject(text, lo, colon)
    if found is not None and has_predicate(text, found.phrase_end, colon):
        return found
    return described_subject(text, lo, colon) or _described_present(text, lo, colon)


_OPENS_DESCRIPTION = word_set("cue_words.txt", "opens_description")
_DESCRIPTION_MAX = 3  # "The report", "The annual budget report"


def _described_present(text: str, lo: int, hi: int) -> Cue | None:
    """ "The report makes that clear:": a singular description opening the clause (an article
    and up to three plain words) and then a verb in the present tense ("makes") is the
    clause's subject."""
    words = words_with_offsets(text, lo, hi)
    if len(words) < 4 or words[0].text.lower() not in _OPENS_DESCRIPTION:
        return None
    for index in range(2, min(len(words) - 1, _DESCRIPTION_MAX + 2)):
        noun, verb = words[index - 1].text, words[index].text
        if (
            not noun.isalpha()
            or not noun.islower()
            or noun in DETERMINERS
            or noun in PREPOSITIONS
            or noun in CLAUSE_WORDS
            or has_boundary(text, words[index - 1].end, words[index].start)
        ):
            return None
        if verb.islower() and verb.endswith("s") and not verb.endswith("ss") and noun[-1] != "s":
            return Cue(words[0].start, words[index - 1].end, words[0].start, hi)
    return None


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


_OUTER_VERBS = word_set("cue_words.txt", "outer_verbs")


def _outer_report(text: str, lo: int, words: list[Word], index: int) -> Cue | None:
    """ "Rep. Ann Berg said Lund reassured them that they “will win”": a report inside a
    report; the outer speaker is the source the text quotes."""
    for j in range(index - 2, -1, -1):
        if has_boundary(text, words[j].end, words[j + 1].start):
            return None
        if words[j].text.lower() in _OUTER_VERBS and is_verb(words, j, True):
            if j + 1 < len(words) and (
                is_capitalised(words[j + 1].text)
                or words[j + 1].text in ("he", "she", "they")
                # "Berg said that sometimes Lund’s comments …": the reported clause's "that"
                or (words[j + 1].text == "that" and index - j > 2)
            ):
                found = subject_before(text, lo, words[j].start)
                if found is not None and is_capitalised(
                    text[found.phrase_start : found.phrase_end]
                ):
                    return replace(found, cue_end=words[j].end)
            return None
    return None


def _embedded_subject(text: str, cue: Cue) -> bool:
    """A subject that is no speaker phrase: a verb group ("were hacked") or a bare lower-case
    noun ("protests", "the areas" is fine) that reads as the topic of a reported clause."""
    words = words_with_offsets(text, cue.phrase_start, cue.phrase_end)
    if not words:
        return True
    first = words[0].text.lower()
    if first in AUXILIARIES or first in PREPOSITIONS:
        return True
    return (
        first not in DETERMINERS
        and first not in SUBJECT_PRONOUNS
        and not any(is_capitalised(w.text) for w in words)
    )


# ", who is backing Berg but has dismissed the story," right before the quote: a relative
# clause about the agent, closed by its comma, with no sentence end inside.
_RELATIVE_TO_QUOTE = re.compile(r",\s+(?:who|whom|whose)\b[^.;:!?“”\"]*,\s*$")


def _agent_before_relative(text: str, words: list[Word], hi: int) -> Cue | None:
    """ "Berg was asked by host Tom Lind, who is backing Berg but has dismissed the story,
    “…?”": the passive's agent speaks; the verbs of the relative clause about the agent report
    nothing of the quote."""
    for index in range(len(words) - 2, 0, -1):
        if words[index].text != "by" or not is_passive(words, index - 1):
            continue
        if not is_verb(words, index - 1, True):
            return None
        found = object_after(text, words[index].end, hi)
        if found is None or not _RELATIVE_TO_QUOTE.match(text, found.end, hi):
            return None
        return Cue(found.start, found.end, words[index - 1].start, found.end)
    return None
