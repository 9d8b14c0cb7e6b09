"""Candidate speakers for each quote and their feature values.

For one quote the candidates are: the speaker the cue engine chose (with the rule that chose
it), every entity named in the quote's paragraph and the paragraph before, the previous quote's
speaker, and nobody. Every candidate gets the same named features (absent ones count 0), so one
fitted linear model scores them all and a softmax over one quote's candidates says how sure the
choice is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.analysis.attribution.features import (
    after_preposition,
    appositive,
    colon_clause_subject,
    first_person,
    full_sentence,
    in_intro_phrase,
    mid_sentence,
    modifier,
    possessive,
    quote_label,
    reporting_verb_in,
    reporting_verb_next,
    scaled_log,
    subject_before_verb,
)
from briefing.analysis.speakers.mentions import NameMention

# The engine's rules, as ``_Piece.via`` names them: which one found the evidence.
EVIDENCE = (
    "before",
    "after",
    "according",
    "sentence",
    "neighbour",
    "neighbour_quote",
    "unnamed",
    "credit",
    "previous_paragraph",
    "subject",
    "label",
    "continues",
    "none",
)
MENTION_FEATURES = (
    "same_sentence_before",
    "same_sentence_after",
    "same_paragraph",
    "previous_paragraph_only",
    "char_distance",
    "sentence_distance",
    "subject",
    "preposition",
    "intro",
    "appositive",
    "possessive",
    "modifier",
    "verb_next",
    "mentions_here",
    "nearest_before",
    "nearest_after",
)
# Features that compare a candidate with the others of its quote.
RANK_FEATURES = ("recency", "nearest_agreeing", "nearest_subject", "agreeing_recency")
# The cue is a bare "he"/"she": which antecedent it points at is a different question from
# who a named cue is, so the antecedent's traits get their own weights.
PRONOUN_FEATURES = (
    "pronoun_previous",
    "pronoun_subject",
    "pronoun_text_salience",
    "pronoun_most_named",
    "number_clashes",
)
# Across the whole text: how often the entity is named, and whether it is the most named person.
TEXT_FEATURES = ("text_salience", "most_named")
# What the candidate's name looks like: a description ("the campaign") or one capitalised word
# ("Amid", a sentence opener as often as a surname) is a weaker speaker than a full name.
NAME_FEATURES = ("description", "one_word", "engine_description", "engine_one_word")
NOBODY_FEATURES = (
    "nobody_mid_sentence",
    "nobody_no_verb",
    "nobody_first_person",
    "nobody_full_sentence",
)
CUE_FEATURES = ("colon_subject", "quote_label")
FEATURES: tuple[str, ...] = (
    "engine",
    *(f"engine_via_{via}" for via in EVIDENCE),
    "engine_pronoun",
    "engine_unnamed_here",
    "nobody",
    *(f"nobody_via_{via}" for via in EVIDENCE),
    "nobody_short_quote",
    "nobody_opens_paragraph",
    "nobody_uncued_share",
    *NOBODY_FEATURES,
    "previous",
    "previous_opens_paragraph",
    "previous_unnamed",
    "person",
    "gender_agrees",
    "gender_clashes",
    "salience",
    "quoted_before",
    "engine_speaker",
    "given_name",
    *MENTION_FEATURES,
    *RANK_FEATURES,
    *CUE_FEATURES,
    *PRONOUN_FEATURES,
    *TEXT_FEATURES,
    *NAME_FEATURES,
)
NOBODY = ""  # the key of the "nobody said it" candidate
_SHORT_QUOTE_WORDS = 4  # fewer words in marks: a borrowed phrase, often nobody's
_SENTENCE_GAPS = 4


@dataclass(frozen=True, slots=True)
class Site:
    """One quote as the ranker sees it: where it is, and what the cue engine decided."""

    open: int  # the opening mark
    close: int  # just after the closing mark
    paragraph_start: int
    paragraph_end: int
    window_start: int  # the start of the paragraph before (or of this one)
    sentence_start: int
    sentence_end: int
    via: str  # one of EVIDENCE
    engine: str | None  # the engine's speaker key
    previous: str | None  # the previous quote's speaker key (engine's choice)
    pronoun_gender: str  # "m"/"f" when the engine's cue phrase is "he"/"she", else ""
    words: int
    words_start: int = -1  # where the quoted words begin (after the mark)
    plural_cue: bool = False  # the engine's cue phrase is "they" or "we": not one person


@dataclass(slots=True)
class Candidate:
    """One speaker a quote may have: its entity key ("" for nobody), display name, where the
    text names it nearest the quote (the cue span if chosen) and its feature values."""

    key: str
    name: str | None
    mention: NameMention | None = None
    features: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """What every quote of one document shares: names and genders of entity keys, which keys
    the cue engine quotes (so far, and anywhere), and ``mention_roles`` kept by mention start."""

    name_of: Callable[[str], str]
    gender_of: Callable[[str], str]
    engine_speakers: frozenset[str] = frozenset()
    uncued_share: float = 0.0  # of the document's quotes, the share the cue engine left to nobody
    quoted_before: dict[str, int] = field(default_factory=dict)
    roles: dict[int, dict[str, float]] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)  # key -> names outside quotes, all text
    most_named: str | None = None  # the person (a gender known) named most often


def candidates_for(
    text: str, site: Site, mentions: Sequence[NameMention], document: Document
) -> list[Candidate]:
    """The candidates of one quote with their features; ``mentions`` are the names in the
    window outside quote marks (and a ``NAME:`` label opening the quote). Besides the
    engine's choice and the previous speaker, a name is a candidate only when an honorific or
    a given name says it is a person's: "the United States", "Order No", a cited act are not.
    """
    known = (site.engine, site.previous)
    mentions = [m for m in mentions if m.gender or m.key in known]
    by_key: dict[str, Candidate] = {}
    nearest: dict[str, NameMention] = {}
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.key] = counts.get(mention.key, 0) + 1
        best = nearest.get(mention.key)
        if best is None or _distance(site, mention) < _distance(site, best):
            nearest[mention.key] = mention
    for key, mention in nearest.items():
        by_key[key] = Candidate(key, mention.name, mention)
    for key in (site.engine, site.previous):
        if key is not None and key not in by_key:
            by_key[key] = Candidate(key, document.name_of(key))
    nobody = Candidate(NOBODY, None, features=_nobody_features(text, site))
    if document.uncued_share:
        nobody.features["nobody_uncued_share"] = document.uncued_share
    for candidate in by_key.values():
        candidate.features = _entity_features(
            text, site, candidate, counts.get(candidate.key, 0), document
        )
    if site.engine is None:
        nobody.features["engine"] = 1.0
        nobody.features[f"engine_via_{site.via}"] = 1.0
    _rank_features(text, site, mentions, by_key)
    return [*by_key.values(), nobody]


def _rank_features(
    text: str, site: Site, mentions: Sequence[NameMention], by_key: dict[str, Candidate]
) -> None:
    """Recency among the names before the quote, and which is the nearest one that agrees
    with the cue's "he"/"she" or stands as a subject ("Berg said …"): the antecedent rules."""
    latest: dict[str, NameMention] = {}
    for mention in mentions:
        if mention.end <= site.open:
            latest[mention.key] = mention  # mentions come in text order: the last one wins
    order = sorted(latest.values(), key=lambda m: -m.start)
    agreeing = subject = False
    agreeing_rank = 0
    for rank, mention in enumerate(order):
        values = by_key[mention.key].features
        values["recency"] = 1.0 / (1 + rank)
        if site.pronoun_gender and mention.gender == site.pronoun_gender:
            agreeing_rank += 1
            values["agreeing_recency"] = 1.0 / agreeing_rank
        if not agreeing and site.pronoun_gender and mention.gender == site.pronoun_gender:
            values["nearest_agreeing"] = agreeing = 1.0
        if not subject and mention.person:
            lo = max(site.window_start, text.rfind(". ", 0, mention.start) + 2)
            if subject_before_verb(text, mention.start, mention.end, lo, site.open):
                values["nearest_subject"] = subject = 1.0


def _distance(site: Site, mention: NameMention) -> int:
    if mention.end <= site.open:
        return site.open - mention.end
    return max(0, mention.start - site.close)


def _nobody_features(text: str, site: Site) -> dict[str, float]:
    values = {"nobody": 1.0, f"nobody_via_{site.via}": 1.0}
    if site.words < _SHORT_QUOTE_WORDS:
        values["nobody_short_quote"] = 1.0
    if site.open == site.paragraph_start:
        values["nobody_opens_paragraph"] = 1.0
    if mid_sentence(text, site.open, site.sentence_start):
        values["nobody_mid_sentence"] = 1.0
    words = text[site.words_start if site.words_start >= 0 else site.open + 1 : site.close - 1]
    if first_person(words):
        values["nobody_first_person"] = 1.0
    if full_sentence(words):
        values["nobody_full_sentence"] = 1.0
    if not reporting_verb_in(text, site.sentence_start, site.open) and not reporting_verb_in(
        text, site.close, site.sentence_end
    ):
        values["nobody_no_verb"] = 1.0
    return values


def _entity_features(
    text: str,
    site: Site,
    candidate: Candidate,
    count: int,
    document: Document,
) -> dict[str, float]:
    values: dict[str, float] = {}
    if candidate.key == site.engine:
        values["engine"] = 1.0
        values[f"engine_via_{site.via}"] = 1.0
        if site.pronoun_gender:
            values["engine_pronoun"] = 1.0
        if candidate.mention is None:
            values["engine_unnamed_here"] = 1.0
    if candidate.key == site.previous:
        values["previous"] = 1.0
        if site.open == site.paragraph_start:
            values["previous_opens_paragraph"] = 1.0
        if candidate.mention is None:
            # Not named in this paragraph or the one before: the text may have moved on.
            values["previous_unnamed"] = 1.0
    mention = candidate.mention
    gender = mention.gender if mention is not None else document.gender_of(candidate.key)
    if site.pronoun_gender and gender:
        values["gender_agrees" if gender == site.pronoun_gender else "gender_clashes"] = 1.0
    if gender:
        values["given_name"] = 1.0  # an honorific or a given name: a person, not a term
    if document.quoted_before.get(candidate.key):
        values["quoted_before"] = scaled_log(document.quoted_before[candidate.key], 3.0)
    if candidate.key in document.engine_speakers:
        values["engine_speaker"] = 1.0
    _text_features(site, candidate.key, gender, document, values)
    _name_features(candidate.name or "", candidate.key == site.engine, values)
    if mention is None:
        return values
    if mention.person:
        values["person"] = 1.0
    values["salience"] = scaled_log(count, 2.0)
    values.update(mention_features(text, site, mention, count, document.roles))
    if site.pronoun_gender and values.get("subject"):
        values["pronoun_subject"] = 1.0
    return values


def _name_features(name: str, engine: bool, values: dict[str, float]) -> None:
    """The shape of the name: a lower-case description or one capitalised word."""
    shape = ""
    if name[:1].islower():
        shape = "description"
    elif " " not in name:
        shape = "one_word"
    if shape:
        values[shape] = 1.0
        if engine:
            values[f"engine_{shape}"] = 1.0


def _text_features(
    site: Site, key: str, gender: str, document: Document, values: dict[str, float]
) -> None:
    """How prominent the entity is in the whole text, and what a pronoun cue makes of it: a
    "he" most often points at the text's main person or the speaker just quoted."""
    named = document.named.get(key, 0)
    if named:
        values["text_salience"] = scaled_log(named, 3.0)
    if key == document.most_named:
        values["most_named"] = 1.0
    if site.plural_cue and gender:
        values["number_clashes"] = 1.0
    if not site.pronoun_gender:
        return
    if key == site.previous:
        values["pronoun_previous"] = 1.0
    if named:
        values["pronoun_text_salience"] = values["text_salience"]
    if key == document.most_named:
        values["pronoun_most_named"] = 1.0


def mention_features(
    text: str,
    site: Site,
    mention: NameMention,
    count: int = 1,
    roles: dict[int, dict[str, float]] | None = None,
) -> dict[str, float]:
    """Where a name stands relative to the quote and what its neighbours make of it."""
    values: dict[str, float] = {"mentions_here": scaled_log(count, 2.0)}
    in_sentence = site.sentence_start <= mention.start < site.sentence_end
    if site.open <= mention.start < site.close:
        if quote_label(text, mention.start, mention.end, site.words_start):
            values["quote_label"] = 1.0
    elif in_sentence:
        before = mention.end <= site.open
        values["same_sentence_before" if before else "same_sentence_after"] = 1.0
        if before and colon_clause_subject(
            text, mention.start, mention.end, site.sentence_start, site.open
        ):
            values["colon_subject"] = 1.0
    if mention.start >= site.paragraph_start:
        values["same_paragraph"] = 1.0
    else:
        values["previous_paragraph_only"] = 1.0
    values["char_distance"] = scaled_log(_distance(site, mention), 7.0)
    lo, hi = (mention.end, site.open) if mention.end <= site.open else (site.close, mention.start)
    gaps = min(_SENTENCE_GAPS, text.count(". ", lo, hi) + text.count("\n\n", lo, hi))
    values["sentence_distance"] = gaps / _SENTENCE_GAPS
    if mention.end <= site.open:
        values["nearest_before"] = 1.0
    else:
        values["nearest_after"] = 1.0
    found = roles.get(mention.start) if roles is not None else None
    if found is None:
        found = mention_roles(text, mention)
        if roles is not None:
            roles[mention.start] = found
    values.update(found)
    return values


def mention_roles(text: str, mention: NameMention) -> dict[str, float]:
    """What the words around a name make of it, whatever the quote: the same for every quote
    that weighs this mention, so the caller keeps them (``roles``)."""
    paragraph_start = text.rfind("\n", 0, mention.start) + 1
    paragraph_end = text.find("\n", mention.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    s_lo = max(paragraph_start, text.rfind(". ", paragraph_start, mention.start) + 2)
    s_hi = text.find(". ", mention.end, paragraph_end)
    s_hi = paragraph_end if s_hi < 0 else s_hi
    values: dict[str, float] = {}
    for name, fired in (
        ("subject", subject_before_verb(text, mention.start, mention.end, s_lo, s_hi)),
        ("preposition", after_preposition(text, mention.start, s_lo)),
        ("intro", in_intro_phrase(text, mention.start, s_lo)),
        ("appositive", appositive(text, mention.start, mention.end)),
        ("possessive", possessive(text, mention.end)),
        ("modifier", modifier(text, mention.end)),
        ("verb_next", reporting_verb_next(text, mention.start, mention.end, s_lo, s_hi)),
    ):
        if fired:
            values[name] = 1.0
    return values


def inside_quotes(opens: Sequence[int], closes: Sequence[int]) -> Callable[[int], bool]:
    """Whether an offset lies inside a quote (``opens``/``closes`` sorted, non-overlapping):
    the names :meth:`SpeakerResolver.name_mentions` skips unread, as no candidate is quoted."""

    def inside(at: int) -> bool:
        index = bisect_right(opens, at) - 1
        return index >= 0 and at < closes[index]

    return inside
