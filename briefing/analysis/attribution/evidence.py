"""The cue engine's evidence for each English quote, strongest first.

A cue in the quote's own sentence, another quote of that sentence, a cue in the sentence before
or after, a dash credit line, the previous paragraph's speaker, else the sentence's subject (the
order is the one the engine's docstring in ``attribution.engine`` gives, and why).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.analysis.cues.after_quote import cue_after
from briefing.analysis.cues.cue import Cue
from briefing.analysis.cues.english import according_to, cue_before, dash_credit
from briefing.analysis.cues.english_words import SUBJECT_PRONOUNS
from briefing.analysis.cues.sentence_subject import (
    has_predicate,
    passive_after,
    sentence_subject,
)
from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.function_words import DETERMINERS
from briefing.analysis.lexicon.roles import ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.quotes.spans import (
    Piece,
    reads_as_prose,
    sentences_around_quotes,
)

# "known online as “…”", "marked as a “…”", "the so-called “…”": a label, not words someone said
# (but "Berg referred to the office as “…”" keeps its subject: the participle must touch "as").
_LABEL_BEFORE = re.compile(
    r"(?:\b[a-z]+(?:ed|wn|en)(?: [a-z]+ly| online)? as(?: an?| the)?|\bso-called|\bdubbed"
    r"|\bnicknamed)\s*$"
)


# A neighbouring sentence reports speech, but by a phrase that names nobody ("small farms
# report"): the quote stays unattributed rather than borrow a speaker from further away.
_UNNAMED = -1


_CREDIT_MAX_CHARS = 80  # a credit line is a name and a place, not a paragraph of prose


def attribute(text: str, pieces: list[Piece], sentences, paragraphs) -> None:
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for index, piece in enumerate(pieces):
        by_sentence.setdefault((piece.paragraph, piece.sentence), []).append(index)
    # 1. a cue in the quote's own sentence, next to it
    for members in by_sentence.values():
        for position, index in enumerate(members):
            piece = pieces[index]
            if piece.continues is not None:
                continue
            s_start, s_end = sentences[piece.paragraph][piece.sentence]
            left = pieces[members[position - 1]].close if position else s_start
            right = pieces[members[position + 1]].open if position + 1 < len(members) else s_end
            # A participle after the first quote ("…, saying") takes the sentence's subject;
            # after a later one, the cue of an earlier quote of the sentence is nearer.
            after = cue_after(
                text,
                piece.close,
                right,
                opened=piece.open,
                sentence_lo=s_start if position == 0 else None,
            )
            before = cue_before(text, left, piece.open, sentence_start=position == 0)
            closes_clause = text[piece.end - 1 : piece.end] in ",?!—–―-" or piece.close == s_end
            # "Berg responded: “…?” Her critics cited it": a cue that a colon leads into a
            # question is the speaker's; the words after it start another sentence (a comma
            # in "…: “…,” the union wrote" ties the words after to the quote instead).
            introduced = before is not None and (
                (
                    text[piece.end - 1 : piece.end] in "?!"
                    and text[left : piece.open].rstrip().endswith(":")
                )
                or (
                    # "When a man in the crowd shouted, “Go home,” Berg joked, “…”": the
                    # verb right before the quote introduces it; the cue after it leads
                    # into the next quote of the sentence.
                    position + 1 < len(members)
                    and before.cue_start == before.phrase_start
                    and _leads_into(text, before.cue_end, piece.open)
                )
            )
            if (
                closes_clause
                and not introduced
                and after is not None
                and after.cue_start - piece.close < 4
            ):
                piece.cue, piece.via = after, "after"
            else:
                piece.cue = before or after
                piece.via = "before" if before else "after" if after else "none"
        # "X said, according to the Times, …": the source credits every quote of the sentence.
        first = pieces[members[0]]
        if any(pieces[i].cue is not None for i in members):
            s_start, s_end = sentences[first.paragraph][first.sentence]
            source = according_to(
                text, s_start, s_end, [(pieces[i].open, pieces[i].close) for i in members]
            )
            if source is not None:
                for index in members:
                    if pieces[index].cue is not None:
                        pieces[index].cue, pieces[index].via = source, "according"
    # 2. a quote of the same sentence that has a cue
    for members in by_sentence.values():
        cued = [i for i in members if pieces[i].cue is not None or pieces[i].continues is not None]
        if not cued:
            continue
        for index in members:
            piece = pieces[index]
            if piece.cue is None and piece.continues is None:
                piece.source = min(cued, key=lambda i: (i > index, abs(i - index)))
                piece.via = "sentence"
    # 3. a cue in the sentence before or after; 4. continuation paragraphs
    for index, piece in enumerate(pieces):
        if piece.cue is None and piece.source is None:
            _attribute_from_context(text, pieces, index, by_sentence, sentences, paragraphs)


def _attribute_from_context(text, pieces, index: int, by_sentence, sentences, paragraphs) -> None:
    """Steps 3 and 4 for a quote with no cue in its own sentence: a neighbouring sentence's
    cue, a credit line or the previous paragraph's speaker, else the sentence's subject."""
    piece = pieces[index]
    cut = sentences[piece.paragraph]
    evidence = _neighbour_cue(text, pieces, by_sentence, piece, cut)
    if isinstance(evidence, Cue):
        piece.cue, piece.via = evidence, "neighbour"
    elif evidence == _UNNAMED:
        piece.via = "unnamed"
    elif evidence is not None:
        piece.source, piece.via = evidence, "neighbour_quote"
    elif _opens_paragraph(text, piece, paragraphs):
        piece.cue, piece.via = _credit_line(text, piece, paragraphs), "credit"
        if piece.cue is None:
            piece.source, piece.cue = _previous_paragraph_speaker(
                text, pieces, index, sentences, paragraphs
            )
            piece.via = "previous_paragraph"
    else:
        piece.cue, piece.subject_only = _embedding_subject(text, piece, cut)
        piece.via = "subject"
        if piece.cue is None and _LABEL_BEFORE.search(text, max(0, piece.open - 40), piece.open):
            piece.via = "label"  # "known online as “…”": a name given, not words said


_LEAD_IN_WORDS = 4  # "responded to Lund with," — a verb's short tail before its quote


def _leads_into(text: str, verb_end: int, opening: int) -> bool:
    """Whether the words from a reporting verb to a quote mark introduce that quote: nothing,
    or a short tail ending in a comma or colon ("shouted,", "responds to Lund with,")."""
    between = text[verb_end:opening].strip()
    if not between:
        return True
    return between[-1] in ",:" and len(between.split()) <= _LEAD_IN_WORDS


def _credit_line(text: str, piece: Piece, paragraphs) -> Cue | None:
    """A stand-alone quote credited by a dash, right after it or as the next paragraph."""
    paragraph = paragraphs[piece.paragraph]
    found = dash_credit(text, piece.close, paragraph.end)
    if found is None and piece.paragraph + 1 < len(paragraphs):
        following = paragraphs[piece.paragraph + 1]
        if following.end - following.start < _CREDIT_MAX_CHARS:
            found = dash_credit(text, following.start, following.end)
    return found


_JOINED_CLAUSE = re.compile(
    r"(?:[,;—–―]|\s-{1,2})\s+(?:but|yet|whereas)\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|their|he|she|they|we)\s)"  # a subject, not just a verb
)


def _end(match: re.Match[str]) -> int:
    return match.end()


def _embedding_subject(text: str, piece: Piece, cut) -> tuple[Cue | None, bool]:
    """A partial quote inside a sentence whose verb is not a reporting verb ("Berg blamed the
    law on “careless politicians”"): the one the sentence is about used the words, and whether
    only a name may stand for it. A name, a pronoun or a role opening the sentence ("The Oslo
    senator wants “a fair deal”") is that one; so is the owner of a possessive
    ("Berg's claim that “thousands” …" is Berg's), but only when the owner is a name: "the
    country's new president" says nothing of who spoke."""
    s_start = cut[piece.sentence][0]
    # "Lund proposed a debate - but the Berg campaign rejected it as “absurd”": a clause
    # joined by a conjunction after a comma or dash has its own subject.
    joined = max(_JOINED_CLAUSE.finditer(text, s_start, piece.open), key=_end, default=None)
    if joined is not None:
        s_start = joined.end()
    if piece.open - s_start < 3 or _LABEL_BEFORE.search(
        text, max(s_start, piece.open - 40), piece.open
    ):
        return None, True
    found = sentence_subject(text, s_start, piece.open)
    if (
        found is None
        or not has_predicate(text, found.phrase_end, piece.open)
        or passive_after(text, found.phrase_end, piece.open)
    ):
        return None, True
    owner = _POSSESSIVE.search(text, found.phrase_start, found.phrase_end)
    if owner is not None:
        owned = text[owner.end() : found.phrase_end].lower().split()
        if any(word in TITLE_WORDS for word in owned):
            return found, False  # "the party's nominee": a role, described by whose it is
        # "Berg's recent claim that “…”": the owner of words said them; the owner of
        # anything else ("Berg's latest victories unleashed “…”") did not.
        head = [w.lower().strip(",") for w in text[owner.end() : piece.open].split()[:_OWNED_REACH]]
        if not _OWNED_WORDS.intersection(head):
            return None, True
        return replace(found, phrase_end=owner.start()), True
    words = text[found.phrase_start : found.phrase_end].split()
    if words[-1].lower() in TITLE_WORDS:
        return found, False  # "The Oslo senator", "a federal judge": a role noun heads it
    if words[-1].lower() in SUBJECT_PRONOUNS or all(
        w[:1].isupper() or w in ROLE_MODIFIERS or w in TITLE_WORDS for w in words
    ):
        # A name, with its role ("Republican presidential nominee Ann Berg"); a capitalised
        # word that names nobody ("Members give …") is left to the resolver to refuse.
        return found, True
    return None, True


_OWNED_WORDS = word_set("cue_words.txt", "owned_words")
_OWNED_REACH = 4  # "Lind's dubious medical advice": the owned noun after its modifiers

# A possessive ending a word of a subject phrase: "Berg's", "Berg’s", "the Lunds'".
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])(?!\w)")


def _neighbour_cue(text, pieces, by_sentence, piece: Piece, cut) -> Cue | int | None:
    """The cue of the sentence before or after, the index of a quote there whose speaker this
    one shares, or ``_UNNAMED`` when the neighbour's cue names no one who can be a speaker."""
    sentence = piece.sentence
    if sentence > 0:
        earlier = by_sentence.get((piece.paragraph, sentence - 1))
        if earlier and any(
            pieces[i].cue is not None or pieces[i].source is not None for i in earlier
        ):
            full = [i for i in earlier if _word_count(text, pieces[i]) >= _FULL_QUOTE_WORDS]
            return (full or earlier)[-1]
        if not earlier:
            s_start, s_end = cut[sentence - 1]
            found = cue_before(text, s_start, s_end, next_to_quote=False)
            if found is not None:
                return _UNNAMED if _bare_description(text, found) else found
    if sentence + 1 < len(cut) and not by_sentence.get((piece.paragraph, sentence + 1)):
        s_start, s_end = cut[sentence + 1]
        found = cue_after(text, s_start, s_end, next_to_quote=False)
        if found is not None and found.cue_start - s_start < 80:
            return _UNNAMED if _bare_description(text, found) else found
    return None


def _opens_paragraph(text: str, piece: Piece, paragraphs) -> bool:
    return piece.open == paragraphs[piece.paragraph].start


def _previous_paragraph_speaker(
    text, pieces, index: int, sentences, paragraphs
) -> tuple[int | None, Cue | None]:
    """A paragraph opening with an unattributed quote continues the previous speaker."""
    paragraph = pieces[index].paragraph
    if paragraph == 0:
        return None, None
    previous = paragraph - 1
    last = _last_full_quote(text, pieces, index, previous)
    if last is not None:
        return last, None
    p = paragraphs[previous]
    if not reads_as_prose(text, p) or _pieces_of(pieces, index, previous):
        return None, None
    cut = sentences.get(previous) or sentences_around_quotes(text, p.start, p.end, [])
    start = cut[-1][0] if cut else p.start
    # "X continued:" (or the older "X continued,—") leads into the quote paragraph; a verb in
    # a paragraph that ends its sentence is too far from the quote to be a weak cue.
    introduces = text[p.end - 1 : p.end] in (":", ",", "—", "–")
    found = cue_before(text, start, p.end, next_to_quote=introduces)
    if found is None and text[p.end - 1 : p.end] == ":":
        # "He then listed the qualities he looks for:" introduces what he wrote.
        found = sentence_subject(text, start, p.end - 1)
    if found is None:
        same = _speaker_talked_about(text, pieces, index, previous, cut)
        if same is None and len(text[p.start : p.end].split()) <= _STAGE_DIRECTION_WORDS:
            # "“…” / She pauses. / “…”": a stage direction between two quote paragraphs;
            # the speaker goes on.
            same = _last_full_quote(text, pieces, index, previous - 1)
        if same is not None:
            return same, None
    if found is not None and _bare_description(text, found):
        return None, None
    return None, found


_STAGE_DIRECTION_WORDS = 3  # "She pauses.", "Pause.", "He laughs."


def _pieces_of(pieces: list[Piece], index: int, paragraph: int) -> list[int]:
    """The pieces of ``paragraph`` before piece ``index``, last first (pieces are in text
    order, so the walk back stops at the paragraph before)."""
    found: list[int] = []
    for j in range(index - 1, -1, -1):
        if pieces[j].paragraph < paragraph:
            break
        if pieces[j].paragraph == paragraph:
            found.append(j)
    return found


def _last_full_quote(text, pieces, index: int, paragraph: int) -> int | None:
    """The last attributed quote of ``paragraph`` before piece ``index``, a full one first
    ("“…,” Berg said, though officials have not called it “final.”": the speaker who goes on
    is the one of the last full quote, not of a few words quoted after it)."""
    attributed = [
        j
        for j in _pieces_of(pieces, index, paragraph)
        if pieces[j].cue is not None or pieces[j].source is not None
    ]
    full = [j for j in attributed if _word_count(text, pieces[j]) >= _FULL_QUOTE_WORDS]
    return (full or attributed or [None])[0]


def _speaker_talked_about(text, pieces, index: int, previous: int, cut) -> int | None:
    """ "“…,” Berg notes. / Berg is upbeat about the race. / “…”": a paragraph about the
    speaker quoted just before, by name, leaves the next quote paragraph to that speaker."""
    if not cut:
        return None
    subject = sentence_subject(text, cut[0][0], cut[0][1])
    if subject is None:
        return None
    named = text[subject.phrase_start : subject.phrase_end].split()
    if not named or not named[-1][:1].isupper():
        return None
    for j in range(index - 1, -1, -1):
        if pieces[j].paragraph < previous - 1:
            return None
        cue = pieces[j].cue
        if cue is not None:
            spoke = text[cue.phrase_start : cue.phrase_end].split()
            return j if spoke and spoke[-1] == named[-1] else None
    return None


_FULL_QUOTE_WORDS = 4  # fewer quoted words are a phrase borrowed inside a sentence


def _word_count(text: str, piece: Piece) -> int:
    return len(text[piece.start : piece.end].split())


def _bare_description(text: str, cue: Cue) -> bool:
    """A lower-case phrase without an article or a name ("small farms",
    "rural towns") is a speaker only with a reporting verb tied to the quote in its own sentence
    ("officials said"); from another sentence it is as likely the topic as the source."""
    words = text[cue.phrase_start : cue.phrase_end].split()
    lower = words[0].lower()
    return (
        lower not in DETERMINERS
        and lower not in SUBJECT_PRONOUNS
        and not any(w[:1].isupper() for w in words)
    )
