"""English cues after a quote ("…," said X; "…," X said), with the participles, passive agents
and closing reports that also name a speaker after the words."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.analysis.cues.cue import (
    Cue,
)
from briefing.analysis.cues.english_words import (
    AUXILIARIES,
    INSIDE_NAME,
    LISTENER_VERBS,
    MAX_PHRASE_WORDS,
    NOMINAL_LINKS,
    OBJECT_STOPS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    ends_aside,
    has_boundary,
    is_adverb,
    is_passive,
    is_verb,
)
from briefing.analysis.cues.sentence_subject import described_subject, sentence_subject
from briefing.analysis.cues.subjects import subject_before
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon import words as lexicon_words
from briefing.analysis.lexicon.function_words import DETERMINERS
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS, WEAK_VERBS
from briefing.analysis.lexicon.roles import ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.speakers.names import is_capitalised, words_with_offsets
from briefing.analysis.text.words import Word
from briefing.model import Span


def object_after(text: str, start: int, hi: int) -> Span | None:
    """The speaker phrase after an inverted verb: ``said Sen. Tom Berg, R-Maine``."""
    words = words_with_offsets(text, start, hi)
    chunk: list[Word] = []
    for index, word in enumerate(words):
        lower = word.text.lower()
        if index and has_boundary(text, words[index - 1].end, word.start):
            break
        content = [w for w in chunk if w.text.lower() not in DETERMINERS]
        if content and is_adverb(word.text):
            break  # "said Lind coolly": the manner, not the speaker
        nominal = bool(content) and not is_capitalised(content[0].text)
        if content and lower in OBJECT_STOPS and not (nominal and lower in NOMINAL_LINKS):
            break
        if (
            lower in ("of", "for")
            and chunk
            and is_capitalised(chunk[-1].text)
            and chunk[-1].text.lower() not in TITLE_WORDS
        ):
            break
        chunk.append(word)
        if len(chunk) > MAX_PHRASE_WORDS:
            return None
    if not chunk or chunk[0].text.lower() in OBJECT_STOPS:
        return None
    if has_boundary(text, start, chunk[0].start):
        return None
    return Span(chunk[0].start, chunk[-1].end)


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
    first = words[0].text.lower()
    agent = _passive_agent(text, words, opened) or _words_from(text, words)
    if agent is not None:
        return agent
    if first == "according" and len(words) > 1 and words[1].text.lower() == "to":
        found = object_after(text, words[1].end, hi)
        if found is not None:
            return Cue(found.start, found.end, words[0].start, found.end)
        return None
    far = frozenset() if next_to_quote else WEAK_VERBS
    if is_verb(words, 0, True) and first.endswith("ing") and first not in far:
        # "… defence of “values,” saying the city …": a participle never inverts onto its
        # object; its subject opens the sentence.
        end = opened if opened is not None else lo
        if sentence_lo is None or sentence_lo >= end:
            return None
        found = sentence_subject(text, sentence_lo, end) or described_subject(
            text, sentence_lo, end
        )
        return replace(found, cue_end=words[0].end) if found is not None else None
    if is_verb(words, 0, True) and first not in LISTENER_VERBS and first not in far:
        found = object_after(text, words[0].end, hi)
        if found is not None:
            return Cue(found.start, found.end, words[0].start, found.end)
        return None
    decided, found = _verb_after(text, lo, hi, words, far)
    if decided:
        return found
    return (
        _according_to_later(text, lo, hi)
        or _described_by(text, words)
        or _final_clause(text, lo, hi)
    )


def _verb_after(
    text: str, lo: int, hi: int, words: list[Word], far: frozenset[str]
) -> tuple[bool, Cue | None]:
    """Whether a reporting verb in the words after a quote decides its cue (``,” Lind added``,
    ``,” said Lind,`` with the name an aside), and that cue: the verb's subject or object."""
    for index in range(1, min(len(words), 16)):
        if (
            words[index - 1].text == "as"
            and words[index + 1 : index + 2]
            and (words[index + 1].text == "by")
        ):
            break  # "as described by X": the agent, below
        if (
            is_verb(words, index, False)
            and not is_passive(words, index)
            and words[index].text.lower() not in far
            and not _bare_gerund(text, words, index)
        ):
            verb_start, verb_end = words[index].start, words[index].end
            if (
                index + 1 < len(words)
                and not words[index].text.lower().endswith("ing")
                and is_capitalised(words[index + 1].text)
                and words[index + 1].text.lower() not in TIME_WORDS
                and text[lo:verb_start].rstrip().endswith(",")
                and words[index].text.lower() not in LISTENER_VERBS
            ):
                found = object_after(text, verb_end, hi)
                if found is not None and ends_aside(text, found.end, hi):
                    return True, Cue(found.start, found.end, verb_start, found.end)
            found = subject_before(text, lo, verb_start)
            if found is None or text[found.phrase_start : found.phrase_end].lower() in (
                "that",
                "which",
            ):
                # "“…” that would answer the request, Berg wrote": the relative clause is
                # about the quoted words; a closing reporting clause may still name the source.
                return True, _final_clause(text, lo, hi)
            return True, replace(found, cue_end=verb_end)
        if words[index].text.lower() == "according" and index + 1 < len(words):
            break
    return False, None


def _bare_gerund(text: str, words: list[Word], index: int) -> bool:
    """ "“…,” part of a verbal lashing they gave": an -ing word right after a noun, with no
    auxiliary and no comma before it, heads a noun phrase; it is not a finite report."""
    word = words[index].text.lower()
    if not word.endswith("ing") or index == 0:
        return False
    before = words[index - 1].text.lower()
    return (
        before not in AUXILIARIES
        and not has_boundary(text, words[index - 1].end, words[index].start)
        and not is_capitalised(words[index - 1].text)
        and before not in SUBJECT_PRONOUNS
    )


# "has been called “…” by Lind": a passive participle before the quote, its agent after it.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:as\s+)?$"
)


_REDUCED_PARTICIPLES = lexicon_words("cue_words.txt", "reduced_passives")
_REDUCED_PASSIVE = re.compile(rf"(?:^|[,;—–―(-])\s*(?:{'|'.join(_REDUCED_PARTICIPLES)})\s+$")


# Participles that name or report words, besides the reporting verbs themselves.
_NAMING_PARTICIPLES = word_set("cue_words.txt", "naming_participles")


def _passive_agent(text: str, words: list[Word], opened: int | None) -> Cue | None:
    """ "has been called “…” by Lind, a professor": a participle before the quote, its agent
    right after it."""
    if words[0].text != "by" or opened is None:
        return None
    before = _PASSIVE_BEFORE.search(text, max(0, opened - 60), opened)
    if before is None or not _reports_words(before.group(1)):
        # "fundraisers -- dubbed “…” by the campaign --": a naming participle needs no "was".
        reduced = _REDUCED_PASSIVE.search(text, max(0, opened - 30), opened)
        if reduced is None:
            return None
    return _agent(text, words, 0)


def _described_by(text: str, words: list[Word]) -> Cue | None:
    """ "being “careless” – as described by Lind –": with no other cue after the quote, an
    "as <participle> by X" aside names who used the words."""
    for at in range(min(len(words), 16) - 2):
        if (
            words[at].text == "as"
            and _reports_words(words[at + 1].text)
            and words[at + 2].text == "by"
        ):
            return _agent(text, words, at + 2)
    return None


def _agent(text: str, words: list[Word], by: int) -> Cue | None:
    found = object_after(text, words[by].end, words[-1].end + 1)
    if found is None or not names_someone(text, found.start, found.end):
        return None
    # "from Ann Berg appeared in …": the name ends where its sentence's verb begins.
    name = words_with_offsets(text, found.start, found.end)
    if not is_capitalised(name[0].text):
        return Cue(found.start, found.end, words[max(0, by - 2)].start, found.end)
    for index, word in enumerate(name):
        lower = word.text.lower()
        if not (
            is_capitalised(word.text)
            or lower in INSIDE_NAME
            or lower in TITLE_WORDS
            or lower in ROLE_MODIFIERS
        ):
            name = name[:index]
            break
    return Cue(name[0].start, name[-1].end, words[max(0, by - 2)].start, name[-1].end)


# Nouns for words someone said: "That quote from Ann Berg appeared …", "the remark by Berg".
_SPEECH_NOUNS = word_set("cue_words.txt", "speech_nouns")


def _words_from(text: str, words: list[Word]) -> Cue | None:
    """ "“…” That quote from Commissioner Ann Berg appeared in 1980": a noun for what was said,
    right after the quote or opening the next sentence, with its source after "from"/"by"."""
    at = 1 if words[0].text.lower() in DETERMINERS else 0
    if (
        at + 2 < len(words)
        and words[at].text.lower() in _SPEECH_NOUNS
        and words[at + 1].text.lower() in ("from", "by")
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


def _closing_report(text: str, lo: int, comma: int, words: list[Word], end: int) -> Cue | None:
    """ "said Tom Berg[, a pollster]" or "Tom Berg said|wrote[ in a filing]" after ``comma``."""
    first = words[0].text.lower()
    if _is_final_verb(first):
        found = object_after(text, words[0].end, end)
        if found is None:
            return None
        rest = text[found.end : end].strip()
        if rest and not rest.startswith(","):
            return None
        if not names_someone(text, found.start, found.end):
            return None
        return Cue(found.start, found.end, words[0].start, found.end)
    for index in range(1, min(len(words), MAX_PHRASE_WORDS)):
        lower = words[index].text.lower()
        if not _is_final_verb(lower) or not is_verb(words, index, False):
            continue
        if len(words) - index - 1 > _FINAL_TAIL_WORDS or (
            index + 1 < len(words) and words[index + 1].text.lower() not in _TAIL_OPENERS
        ):
            return None
        found = subject_before(text, comma + 1, words[index].start)
        if found is None or found.phrase_start != words[0].start:
            return None
        if not names_someone(text, found.phrase_start, found.phrase_end):
            return None
        return replace(found, cue_end=words[index].end)
    return None


# What may follow a closing "Berg said": a time or a channel, never an object clause.
_TAIL_OPENERS = PREPOSITIONS | TIME_WORDS


def _is_final_verb(lower: str) -> bool:
    return (
        lower in REPORTING_VERBS
        and lower not in WEAK_VERBS
        and lower not in LISTENER_VERBS
        and not lower.endswith("ing")
    )


def names_someone(text: str, start: int, end: int) -> bool:
    """A name, a pronoun or a description with an article ("a spokesman") can be a source."""
    words = words_with_offsets(text, start, end)
    if not words:
        return False
    lower = words[0].text.lower()
    return (
        lower in DETERMINERS
        or (len(words) == 1 and lower in SUBJECT_PRONOUNS - {"it", "i", "we"})
        or any(is_capitalised(w.text) for w in words)
    )


def _according_to_later(text: str, lo: int, hi: int) -> Cue | None:
    """ "“dozens” of canvassers work for it, according to Berg": the source at the end of the
    quote's sentence (after a comma, so it attributes the whole clause)."""
    at = text.find(", according to ", lo, hi)
    if at < 0 or any(ch in ';:"“”«»„' for ch in text[lo:at]):
        return None
    start = at + len(", according to ")
    found = object_after(text, start, hi)
    if found is None:
        return None
    return Cue(found.start, found.end, at + 2, found.end)
