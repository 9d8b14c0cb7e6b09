"""Direct quotes and their speakers.

The engine works paragraph by paragraph, in one linear pass over the text:

1. pair the quotation marks of each prose paragraph (``quote_marks``); a paragraph that ends
   inside an open quote continues into the next paragraph when that one opens with a quote
   mark (each paragraph's piece is its own :class:`Quote`, all pieces share one speaker, so no
   span ever crosses a paragraph break); otherwise the open quote stops at the paragraph end;
   marks around a form label (a letter, an item code, a number: “K”, “F 3”) hold no quote;
2. drop titles (Title-Case words introduced as titles are: "on “Face the Nation”"); scare
   quotes stay, unattributed unless a cue says who used the words, because the annotated news
   data counts such partial quotes as quotes far more often than not;
3. cut the paragraph into sentences *around* the quotes (a general sentence splitter cuts
   inside quotes, so the engine keeps its own quote-aware cut and does not depend on
   ``Briefing.sentences`` being perfect);
4. attribute each quote by the strongest evidence, in this order: a reporting cue next to it
   in its own sentence (an "according to X" anywhere in that sentence outranks its verbs:
   news credits the whole sentence to that source); another quote of the same sentence that
   has one; a cue in the sentence before or after (there a weak verb such as "continued" is
   no cue, and a lower-case phrase without article or name is nobody); the previous piece of a
   multi-paragraph quote; for a paragraph that opens with a quote, a dash credit line, else
   the previous paragraph's speaker or its closing ``X said:`` / ``X continued:``; for a
   partial quote inside a sentence without a reporting verb ("X blamed the law on “careless
   politicians”"), the sentence's subject if that is a name or a pronoun and a predicate
   follows it (a heading such as "REMINDER on PART “K”" has none). With no evidence the
   speaker stays ``None``. German, French and Spanish text is read with the cues of its own
   language instead (``attribution_de_fr_es``); text in other languages gets its quotes but
   no guessed speakers;
5. resolve speaker phrases to entities (``speakers``).

Transcripts (paragraphs opening with speaker labels such as ``MS. LEE:`` or ``Q``) are read
turn by turn instead: every paragraph of a turn is one quote attributed to the label, and
quotation marks inside a turn are not listed separately (they would overlap the turn).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.analysis.attribution import NOBODY, Candidate, choose, speaker_model
from briefing.analysis.attribution import speaker_candidates as ranked_candidates
from briefing.analysis.cues.de_fr_es import attribute_quotes, language_of
from briefing.analysis.cues.english import (
    SUBJECT_PRONOUNS,
    Cue,
    according_to,
    cue_after,
    cue_before,
    dash_credit,
    has_predicate,
    sentence_subject,
)
from briefing.analysis.quotes.marks import (
    mark_length,
    opens_with_quote,
    scan_paragraph,
    words_span,
)
from briefing.analysis.quotes.turns import find_turns
from briefing.analysis.speakers.names import (
    DETERMINERS,
    FEMALE_PRONOUNS,
    FUNCTION_WORDS,
    HONORIFICS,
    MALE_PRONOUNS,
    PRONOUNS,
    ROLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS_MONTHS,
    is_abbreviation,
)
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.model import BlockKind, Briefing, Quote, Span, Speaker

_PROSE = frozenset({BlockKind.TEXT, BlockKind.BULLET, BlockKind.BLOCKQUOTE})
_ANY_MARK = re.compile(r"``|[\"“”„«»]")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’»)\]]*\s+(?=[\"“‘(\[«„]?[A-Z0-9])")
_LETTER = re.compile(r"[^\W\d_]")
_LANGUAGE_SAMPLE_WORDS = 200  # below this, too little text to tell a language apart
_ENGLISH = re.compile(r"\b(?:the|and|of|to|that|is|was|for|with)\b", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[\w’']+")
_TITLE_SMALL = frozenset(
    ["the", "of", "and", "a", "an", "in", "on", "to", "for", "at", "by", "with", "or"]
)
_TITLE_INTRO = frozenset(
    [
        *("on", "in", "of", "from", "titled", "entitled", "film", "book", "show", "program"),
        *("movie", "podcast", "memoir", "novel", "album", "sitcom", "series", "classic"),
        *("told", "interview", "sang", "sing", "sings", "perform", "performed", "performs"),
    ]
)
# What a crowd shouts is words said, whatever their capitals: "chants of “Go Team Go”".
_CHANTS = frozenset(
    ["chant", "chants", "cry", "cries", "call", "calls", "shout", "shouts", "cheers", "chorus"]
)
# "the “Open Door” podcast", "a “Fair Pay” campaign": a Title-Case name of the thing after it.
_TITLE_BEFORE_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:podcast|sketch|song|show|series|tour|program|programme|film|movie"
    r"|documentary|album|novel|campaign|movement)\b"
)
_TITLE_MAX_WORDS = 8
# "“Title,” by Name": a headline, book or song credited to its writer, not words anybody said
# ("called “reform” by the minister" keeps its lower-case source, which may be a speaker;
# "by the Gazette’s Ola Brandt" is a writer named through the paper).
_CREDITED = re.compile(
    r",?\s+by\s+(?:the\s+(?=(?:[A-Z][\w.]*\s)*[A-Z][\w.]*['’]s\s))?([A-Z][\w’'.-]*)"
)
_CREDITED_TITLE_MAX_WORDS = 14
# A nickname between a given name (or initials) and a surname: George “Skip” Varga.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z’'-]+|\b(?:[A-Z]\.){1,3}) $")
_NOT_GIVEN = DETERMINERS | FUNCTION_WORDS | WEEKDAYS_MONTHS | frozenset(HONORIFICS)
# A lone pronoun or article in marks is a word mentioned, not used ("because “she” is a “he”").
_MENTIONED = PRONOUNS | MALE_PRONOUNS | FEMALE_PRONOUNS | frozenset(["a", "an", "the", "them"])
_NICKNAME = re.compile(r"[A-Z][a-z’'-]+")
_NAME_AFTER = re.compile(r" ([A-Z][a-z’'-]+)")
_LOWER_WORD = re.compile(r"\b[a-z]")
_CLAUSE_END = re.compile(r"[.!?:;]\s")
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
# A form field or item code in marks ("tick box “K”", "under “F 3”", "part “G12”", "“7”"):
# a label that points at a box or a line of a form, never words anybody said.
_LABEL = re.compile(r"(?:[A-Za-z]|[A-Za-z]{1,2}[ -]?\d{1,3}[a-z]?|\d[\d.,]*)[.,:;]?")


@dataclass(slots=True)
class _Piece:
    """One quote being built: its words, marks, sentence and evidence."""

    start: int
    end: int
    open: int
    close: int  # offset just after the closing mark (or the paragraph end)
    paragraph: int
    sentence: int  # index into the paragraph's sentence list
    continues: int | None = None  # index of the previous piece of a multi-paragraph quote
    cue: Cue | None = None
    source: int | None = None  # index of the piece whose speaker this one shares
    subject_only: bool = False  # the cue is the sentence's subject, with no reporting verb
    key: str | None = None
    via: str = "none"  # which rule gave the evidence: a feature of the ranker (``EVIDENCE``)


def find_quotes_and_speakers(
    doc: Briefing, *, rank: bool = True
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Every direct quote in the body, each linked to a resolved speaker when there is evidence.

    ``rank`` lets the fitted ranker choose each speaker among candidates (off: the cue engine's
    choice alone, the baseline the benchmarks compare with)."""
    found = _engine(doc)
    pieces, resolver = found.pieces, found.resolver
    cues: list[Span | None] = [
        Span(p.cue.cue_start, p.cue.cue_end) if p.cue else None for p in pieces
    ]
    confidence: list[float | None] = [None] * len(pieces)
    if rank and found.ranked:
        model = speaker_model()
        for index, options in enumerate(_candidates(doc, found)):
            best, confidence[index] = choose(model, options)
            chosen, piece = options[best], pieces[index]
            if chosen.key == (piece.key or NOBODY):
                continue
            if chosen.mention is not None:
                piece.key = resolver.adopt(chosen.mention)
                cues[index] = Span(chosen.mention.start, chosen.mention.end)
            else:
                piece.key = chosen.key or None
                cues[index] = None
    quotes = [
        (p.start, p.end, p.key, cue, sure)
        for p, cue, sure in zip(pieces, cues, confidence, strict=True)
    ]
    for turn in found.turns:
        key = resolver.label(turn.label, turn.label_start, turn.label_end)
        quotes.append((turn.start, turn.end, key, Span(turn.label_start, turn.label_end), None))
    quotes.sort(key=lambda q: (q[0], q[1]))
    speakers, ids = resolver.speakers({q[2] for q in quotes if q[2] is not None})
    return (
        tuple(
            Quote(start, end, ids.get(key) if key else None, cue, sure)
            for start, end, key, cue, sure in quotes
        ),
        speakers,
    )


def speaker_candidates(doc: Briefing) -> list[tuple[Span, list[Candidate]]]:
    """Each English prose quote (its words' span) with the candidates the ranker weighs, as
    the cue engine leaves them: what the trainer labels and fits."""
    found = _engine(doc)
    if not found.ranked:
        return []
    return [
        (Span(p.start, p.end), options)
        for p, options in zip(found.pieces, _candidates(doc, found), strict=True)
    ]


@dataclass(slots=True)
class _Found:
    """The cue engine's result for one document, before the ranker."""

    pieces: list[_Piece]
    sentences: dict[int, list[tuple[int, int]]]
    resolver: SpeakerResolver
    turns: list
    ranked: bool  # English prose: the ranker's features are English


def _candidates(doc: Briefing, found: _Found) -> list[list[Candidate]]:
    return ranked_candidates(
        doc.text, found.pieces, found.sentences, doc.paragraphs, found.resolver
    )


def _engine(doc: Briefing) -> _Found:
    """Quotes and the cue engine's speaker keys (rules in the order of the module docstring)."""
    text = doc.text
    turns = find_turns(text, doc.paragraphs)
    turn_paragraphs = {t.paragraph for t in turns}
    pieces, sentences = _find_pieces(text, doc.paragraphs, turn_paragraphs)
    # Names inside any quoted words (titles too) are never antecedents of "he" or "she".
    # Titles go first, so that "X appeared on “Show” and said …" reads as one cue.
    nicknames = [p for p in pieces if p.continues is None and _is_nickname(text, p)]
    resolver = SpeakerResolver(
        text,
        doc.curated.speakers,
        [(p.open, p.close) for p in pieces],
        title=doc.title,
        nicknames=[(p.open, p.close) for p in nicknames],
    )
    pieces = _without_titles(text, pieces)
    language = language_of(text, doc.meta.language)
    english = language is None and _reads_as_english(text, doc.meta.language)
    if language is not None:
        _attribute_other_language(text, pieces, sentences, language, resolver)
    elif english:
        _attribute(_without_nickname_marks(text, nicknames), pieces, sentences, doc.paragraphs)
    for piece in pieces:
        if piece.cue is not None and piece.key is None:
            role = None
            if piece.cue.role_start is not None and piece.cue.role_end is not None:
                role = (piece.cue.role_start, piece.cue.role_end)
            piece.key = resolver.resolve(
                piece.cue.phrase_start, piece.cue.phrase_end, role, named_only=piece.subject_only
            )
    for piece in pieces:
        if piece.key is None and piece.source is not None:
            piece.key = _key_of(pieces, piece.source)
    return _Found(pieces, sentences, resolver, turns, english and not doc.curated.speakers)


def _reads_as_english(text: str, language: str | None) -> bool:
    """The cue lexicon is English: in other languages quotes are found but not attributed
    (a German noun is capitalised like a name, so guessing would invent speakers)."""
    if language:
        return language.lower().startswith("en")
    sample = text[:20000]
    words = len(sample.split())
    return words < _LANGUAGE_SAMPLE_WORDS or len(_ENGLISH.findall(sample)) >= 0.05 * words


def _attribute_other_language(text, pieces, sentences, language: str, resolver) -> None:
    """German, French and Spanish: that language's cues in the quote's own sentence."""
    spans = [
        None if p.continues is not None else (p.open, p.close, *sentences[p.paragraph][p.sentence])
        for p in pieces
    ]
    for piece, found in zip(pieces, attribute_quotes(text, language, spans), strict=True):
        if isinstance(found, int):
            piece.source = found
        elif found is not None:
            piece.cue = Cue(found.phrase_start, found.phrase_end, found.cue_start, found.cue_end)
            piece.key = resolver.named(
                found.name,
                found.role,
                found.phrase_start,
                found.phrase_end,
                found.person,
                found.pronoun,
            )


def _key_of(pieces: list[_Piece], index: int) -> str | None:
    """Follow a chain of shared speakers to its first resolved piece (chains point backwards
    or to a piece of the same sentence, so this ends)."""
    seen = set()
    while index is not None and index not in seen:
        seen.add(index)
        piece = pieces[index]
        if piece.key is not None:
            return piece.key
        index = piece.source
    return None


def _find_pieces(
    text: str, paragraphs, skip: set[int]
) -> tuple[list[_Piece], dict[int, list[tuple[int, int]]]]:
    pieces: list[_Piece] = []
    sentences: dict[int, list[tuple[int, int]]] = {}
    carry: int | None = None  # piece index whose quote runs on into the next paragraph
    for index, paragraph in enumerate(paragraphs):
        start, end = paragraph.start, paragraph.end
        if (
            not _reads_as_prose(text, paragraph)
            or index in skip
            or not _ANY_MARK.search(text, start, end)
        ):
            carry = None
            continue
        pairs, unclosed = scan_paragraph(text, start, end)
        if carry is not None and not (pairs and pairs[0][0] == start):
            carry = None
        cut = _sentences(text, start, end, pairs)
        sentences[index] = cut
        first_piece = len(pieces)
        for open_at, close_at in pairs:
            words = words_span(
                text,
                open_at + mark_length(text, open_at),
                close_at if close_at is not None else end,
            )
            if not _LETTER.search(text, words[0], words[1]) or _LABEL.fullmatch(
                text, words[0], words[1]
            ):
                continue  # no words at all ("…", "1990"), or a label of a form ("F 3")
            close = close_at + mark_length(text, close_at) if close_at is not None else end
            sentence = _sentence_index(cut, open_at)
            piece = _Piece(words[0], words[1], open_at, close, index, sentence)
            if carry is not None and len(pieces) == first_piece:
                piece.continues = carry
                piece.source = carry
                piece.via = "continues"
            pieces.append(piece)
        carry = None
        if unclosed and len(pieces) > first_piece and index + 1 < len(paragraphs):
            following = paragraphs[index + 1]
            if _reads_as_prose(text, following) and opens_with_quote(
                text, following.start, following.end
            ):
                carry = len(pieces) - 1
    return pieces, sentences


def _reads_as_prose(text: str, paragraph) -> bool:
    """Prose paragraphs, and a "preformatted" one that is a single line: a loader may keep a
    line as-is for a run of spaces ("he  would"), but without line breaks it is a sentence."""
    if paragraph.kind in _PROSE:
        return True
    return paragraph.kind == BlockKind.PRE and "\n" not in text[paragraph.start : paragraph.end]


def _sentences(
    text: str, start: int, end: int, pairs: list[tuple[int, int | None]]
) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph that never cut inside a quote."""
    cuts: list[tuple[int, int]] = []
    position = start
    pair_index = 0
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start() + len(match.group().rstrip())
        while pair_index < len(pairs) and (pairs[pair_index][1] or end) < stop - 1:
            pair_index += 1
        if pair_index < len(pairs):
            open_at, close_at = pairs[pair_index]
            if open_at < match.start() and (close_at is None or close_at >= stop):
                continue
        if text[match.start()] in "?!" and any(ch in '”"»' for ch in match.group()[1:]):
            # "“Why?” Berg asked." (also "“…‘Why?’” Berg asked.", a quote ending in a quote
            # inside it): the attribution follows in the same sentence.
            continue
        word_start = text.rfind(" ", start, match.start()) + 1
        if match.group()[0] == "." and is_abbreviation(text[word_start : match.start() + 1]):
            continue
        cuts.append((position, stop))
        position = match.end()
    if position < end:
        cuts.append((position, end))
    return cuts


def _sentence_index(cut: list[tuple[int, int]], offset: int) -> int:
    """The sentence of ``cut`` (sorted, disjoint) holding ``offset``, else the last one: a
    bisection, as it runs once per quote and a paragraph may hold thousands of both."""
    index = bisect_right(cut, offset, key=_first) - 1
    if index >= 0 and offset < cut[index][1]:
        return index
    return len(cut) - 1


def _first(span: tuple[int, int]) -> int:
    return span[0]


def _attribute(text: str, pieces: list[_Piece], sentences, paragraphs) -> None:
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
        piece.cue = _embedding_subject(text, piece, cut)
        piece.subject_only = True
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


def _credit_line(text: str, piece: _Piece, paragraphs) -> Cue | None:
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


def _embedding_subject(text: str, piece: _Piece, cut) -> Cue | None:
    """A partial quote inside a sentence whose verb is not a reporting verb ("Berg blamed the
    law on “careless politicians”"): the person the sentence is about used the words. Only a
    name or a pronoun counts; a description ("the report") is too weak to be evidence."""
    s_start = cut[piece.sentence][0]
    # "Lund proposed a debate - but the Berg campaign rejected it as “absurd”": a clause
    # joined by a conjunction after a comma or dash has its own subject.
    joined = max(_JOINED_CLAUSE.finditer(text, s_start, piece.open), key=_end, default=None)
    if joined is not None:
        s_start = joined.end()
    if piece.open - s_start < 3 or _LABEL_BEFORE.search(
        text, max(s_start, piece.open - 40), piece.open
    ):
        return None
    found = sentence_subject(text, s_start, piece.open)
    if found is None or not has_predicate(text, found.phrase_end, piece.open):
        return None
    words = text[found.phrase_start : found.phrase_end].split()
    if words[-1].lower() in SUBJECT_PRONOUNS or (
        words[-1][:1].isupper()
        and all(w[:1].isupper() or w in ROLE_MODIFIERS or w in TITLE_WORDS for w in words)
    ):
        # A name, with its role ("Republican presidential nominee Ann Berg").
        return found
    return None


def _neighbour_cue(text, pieces, by_sentence, piece: _Piece, cut) -> Cue | int | None:
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


def _opens_paragraph(text: str, piece: _Piece, paragraphs) -> bool:
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
    if not _reads_as_prose(text, p) or _pieces_of(pieces, index, previous):
        return None, None
    cut = sentences.get(previous) or _sentences(text, p.start, p.end, [])
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


def _pieces_of(pieces: list[_Piece], index: int, paragraph: int) -> list[int]:
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


def _word_count(text: str, piece: _Piece) -> int:
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


def _without_titles(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Drop titles and renumber the links between pieces (a continued piece never is one)."""
    kept: list[_Piece] = []
    new_index: dict[int, int] = {}
    for index, piece in enumerate(pieces):
        if piece.continues is None and (
            _looks_like_title(text, piece)
            or _is_nickname(text, piece)
            or text[piece.start : piece.end].rstrip(".,!?").lower() in _MENTIONED
        ):
            continue
        new_index[index] = len(kept)
        kept.append(piece)
    for piece in kept:
        if piece.continues is not None:
            piece.continues = new_index.get(piece.continues)
            piece.source = piece.continues
    return kept


def _without_nickname_marks(text: str, nicknames: list[_Piece]) -> str:
    """The text with the marks around nicknames blanked (same offsets), so that a cue sees
    "Rep. Marta “Kit” Oduya said" as one name, not as a phrase broken by quotation marks."""
    if not nicknames:
        return text
    chars = list(text)
    for piece in nicknames:
        for at in range(piece.open, piece.start):
            chars[at] = " "
        for at in range(piece.end, piece.close):
            chars[at] = " "
    return "".join(chars)


def _is_nickname(text: str, piece: _Piece) -> bool:
    """One capitalised word in marks inside a person's name ("Marta “Kit” Oduya", "J.R. “Skip”
    Varga"): part of the name, not words anyone said."""
    if not _NICKNAME.fullmatch(text, piece.start, piece.end) or piece.start - piece.open > 1:
        return False
    before = _NAME_BEFORE.search(text, max(0, piece.open - 20), piece.open)
    if before is None or before.group().strip().lower() in _NOT_GIVEN:
        return False
    after = _NAME_AFTER.match(text, piece.close)
    return (
        piece.close == piece.end + 1
        and after is not None
        and after.group(1).lower() not in _NOT_GIVEN
    )


def _opens_clause(text: str, offset: int) -> bool:
    """Nothing but capitals, dashes and marks before ``offset`` in its sentence ("BEAT—“…”")."""
    start = text.rfind("\n", 0, offset) + 1
    for found in _CLAUSE_END.finditer(text, start, offset):
        start = found.end()
    return not _LOWER_WORD.search(text, start, offset)


def _looks_like_title(text: str, piece: _Piece) -> bool:
    """A show, book or film title: every word capitalised, and introduced the way titles are
    ("appeared on “Face the Nation,”", "the author of “Peter Pan”", "CNN’s “State of the
    Union”"). Scare quotes stay (unattributed unless a cue says who used the words): the
    annotated data counts them as quotes far more often than not."""
    words = _TITLE_WORD.findall(text, piece.start, piece.end)
    if not words:
        return False
    title_case = words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words
    )
    credit = _CREDITED.match(text, piece.close)
    if (
        credit is not None
        and credit.group(1).lower() not in WEEKDAYS_MONTHS  # "“…,” by Monday" is a deadline
        and (
            (title_case and len(words) <= _CREDITED_TITLE_MAX_WORDS)
            or _opens_clause(text, piece.open)
        )
    ):
        return True
    if len(words) > _TITLE_MAX_WORDS or not title_case:
        return False
    if text[piece.end - 1 : piece.end].isalnum() and _TITLE_BEFORE_NOUN.match(text, piece.close):
        return True
    before = text[max(0, piece.open - 20) : piece.open].split()
    last = before[-1].lower().rstrip(",") if before else ""
    if last in ("with", "of") and len(before) > 1:
        if last == "of" and before[-2].lower() in _CHANTS:
            return False  # "chants of “Go Team Go”": words a crowd said
        if last == "with":
            last = before[-2].lower()  # "in an interview with “Morning Desk”"
    return last in _TITLE_INTRO or last.endswith(("’s", "'s"))


def find_quotes(doc: Briefing) -> tuple[Quote, ...]:
    """The quotes alone, none attributed: what still shows when attribution fails on a text."""
    turns = find_turns(doc.text, doc.paragraphs)
    pieces, _ = _find_pieces(doc.text, doc.paragraphs, {turn.paragraph for turn in turns})
    spans = [(p.start, p.end) for p in _without_titles(doc.text, pieces)]
    spans += [(turn.start, turn.end) for turn in turns]
    return tuple(Quote(start, end) for start, end in sorted(spans))
