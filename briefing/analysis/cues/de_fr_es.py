"""Quote attribution for German, French and Spanish prose.

The English engine (``cues.english``, ``speakers``) leans on English word order and on the rule
that a capitalised word inside a sentence is a name; neither holds here. German capitalises
every noun, French and Spanish invert the verb after a quote ("« … », a-t-il dit", "“…”, dijo
la ministra"), and all three introduce sources with words of their own ("so", "laut",
"zufolge", "selon", "d'après", "según"). This module holds those languages' lexicons and reads
only the evidence next to a quote in its own sentence:

* after the quote: a reporting verb, an inverted pronoun or a source word and the speaker
  after it (``„…“, sagte X.``, ``„…“, so X.``, ``« … », a déclaré X``, ``« … », dit-il``,
  ``“…”, dijo X``);
* before it: a subject and a reporting verb (``X sagte: „…“``, ``Dann sagte er: „…“``,
  ``X a déclaré : « … »``, ``X dijo: “…”``) or a source phrase (``Laut X``, ``Selon X,``).

A speaker phrase becomes a name only by the evidence the text gives: a run of at least two
capitalised words that are not nouns of the text (in German, a word the text puts after an
article is a noun), a single word after an honorific or one the text also uses inside such a
run. What comes before the name in the phrase is the role ("die Pädagogin María Lind" -> role
"Pädagogin"). A phrase with an article and no name is a group or a described person ("die
Regierung", "le porte-parole"). Pronouns (er/sie, il/elle, él/ella) go to the most recent
person of that gender in the same or the previous paragraph, and to nobody when the text does
not say the gender: a wrong speaker is worse than none.

The lexicons are in ``lexicon.de_fr_es``, language detection in ``text.language``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from briefing.analysis.cues.de_fr_es_tokens import (
    CLAUSE_END,
    PUNCTUATION,
    UPPER,
    Attribution,
    Person,
    capitalised,
    word_tokens,
)
from briefing.analysis.lexicon.de_fr_es import (
    DE,
    FR,
    LEXICONS,
    Lexicon,
)
from briefing.analysis.speakers.given_names import gender_of_european_first_name
from briefing.analysis.text.span_list import SpanList
from briefing.analysis.text.words import Word

_CUE_REACH = 240  # characters after a quote that an inverted cue may take
_VERB_TO_QUOTE = 12  # words a reporting verb may stand before its quote ("erzählte er, wie …")
_PHRASE_WORDS = 12  # longest speaker phrase read


class _Reader:
    """The cues of one document in one language."""

    def __init__(self, text: str, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.lex = lexicon
        self.quoted = SpanList(sorted(quoted))

    # -- the document's nouns and persons ---------------------------------------------------

    @cached_property
    def nouns(self) -> frozenset[str]:
        """Capitalised words the text puts after an article (perhaps with adjectives between):
        in German these are nouns, whatever their capital suggests."""
        if self.lex is not DE:
            return frozenset()
        articles = "|".join(
            sorted([*self.lex.determiners, "im", "am", "zum", "zur", "vom", "beim", "ins"])
        )
        pattern = re.compile(rf"\b(?i:{articles})\s+(?:[a-zäöüß]\w*\s+)*([{UPPER}][\w\-]*)")
        return frozenset(
            m.group(1)
            for m in pattern.finditer(self.text)
            if not gender_of_european_first_name(m.group(1))  # "…, der Hans Lind traf"
        )

    def _name_word(self, word: str) -> bool:
        lower = word.lower()
        return (
            capitalised(word)
            and not word.isupper()
            and lower not in self.lex.function_words
            and lower not in self.lex.determiners
            and lower not in self.lex.honorifics
            and lower not in self.lex.titles
            and lower not in self.lex.pronouns
            and word not in self.nouns
            and not lower.endswith(self.lex.common_suffixes or ("\0",))
        )

    @cached_property
    def persons(self) -> list[Person]:
        """People the text names outside quotes: runs of two or more name words, or one after
        an honorific; each with the gender an honorific, an article + role or a given name
        shows."""
        found: list[Person] = []
        tokens = word_tokens(self.text, 0, len(self.text))
        i = 0
        while i < len(tokens):
            if not self._name_word(tokens[i].text) or self.quoted.holds(tokens[i].start):
                i += 1
                continue
            j = i + 1
            while j < len(tokens):
                word = tokens[j].text
                if self._name_word(word) and tokens[j].start - tokens[j - 1].end <= 1:
                    j += 1
                elif (
                    word.lower() in self.lex.particles
                    and j + 1 < len(tokens)
                    and self._name_word(tokens[j + 1].text)
                ):
                    j += 2
                else:
                    break
            if j - i >= 3 and tokens[i - 1].text in self.lex.joiners:
                i += 1  # "die Abgeordnete und Lehrerin Ilse Lind": a second role noun
            if i > 0:
                i += _given_name_offset([t.text for t in tokens[i:j]], tokens[i - 1].text, self.lex)
            honorific = i > 0 and tokens[i - 1].text.lower() in self.lex.honorifics
            if j - i >= 2 or honorific:
                first = i - 1 if j - i == 1 else i  # "Mme Lind" when that is all the text says
                name = self.text[tokens[first].start : tokens[j - 1].end]
                gender = self._gender_at(tokens, i, name)
                found.append(Person(tokens[i].start, name, gender, self._role_before(tokens, i)))
            i = j
        return found

    def _role_before(self, tokens: list[Word], i: int) -> str | None:
        """The words between an article and the name ("der Student Jan Lind" -> "Student",
        "la ministre de la Santé Ana Lind" -> "ministre de la Santé"), if nothing else stands
        between them; in German the role must hold a noun."""
        k = i
        while k > 0 and i - k < 5:
            word = tokens[k - 1].text
            lower = word.lower()
            if word in PUNCTUATION or lower in self.lex.verbs or lower in self.lex.stops:
                return None
            if lower in self.lex.determiners and k < i:
                if lower in self.lex.particles and k > 1 and tokens[k - 2].text not in PUNCTUATION:
                    k -= 1  # "de la Santé": an article inside the role
                    continue
                words = [t.text for t in tokens[k:i]]
                if words[-1].lower() in self.lex.honorifics:
                    return None
                if self.lex is DE and not any(capitalised(w) for w in words):
                    return None
                return self.text[tokens[k].start : tokens[i - 1].end]
            k -= 1
        return None

    def _gender_at(self, tokens: list[Word], i: int, name: str) -> str:
        """Gender from what stands before the name ("Frau", "la ministre", "die Bloggerin")
        or from its first word."""
        before = [t.text for t in tokens[max(0, i - 4) : i]]
        if before and before[-1].lower() in self.lex.honorifics:
            gender = self.lex.honorifics[before[-1].lower()]
            if gender:
                return gender
        if before and before[-1].lower() in self.lex.titles:
            return self.lex.titles[before[-1].lower()]
        gender = gender_of_european_first_name(name.split()[0])
        if gender:
            return gender
        if (
            self.lex is DE
            and before
            and len(before[-1]) > 5
            and before[-1].endswith("in")
            and any(w.lower() in self.lex.determiners for w in before[:-1])
        ):
            return "f"  # "die Abgeordnete und Lehrerin Ilse Lind": a feminine role noun
        if len(before) >= 2 and before[-2].lower() in self.lex.determiners:
            role = before[-1]
            marked = self.lex.determiners[before[-2].lower()]
            if self.lex is DE and capitalised(role):
                return "f" if role.endswith("in") else marked
            if not capitalised(role):
                return marked
        return ""

    # -- cues -------------------------------------------------------------------------------

    def after(self, start: int, end: int) -> Attribution | None:
        """An inverted cue right after a quote: ", sagte X", ", so X", ", a-t-il dit",
        ", dijo X"."""
        tokens = word_tokens(self.text, start, min(end, start + _CUE_REACH))
        i = 0
        while i < len(tokens) and tokens[i].text in (",", "—", "–"):
            i += 1
        if i == len(tokens) or tokens[i].start - start > 4:
            return None
        cue_start = tokens[i].start
        word = tokens[i].text
        lower = word.lower()
        inverted = self._inversion(tokens, i)
        if inverted is not None:
            return inverted
        if lower in self.lex.sources_before and word.islower():
            return self._forward(tokens, i + 1, cue_start)
        verb = self._verb_at(tokens, i)
        if verb is None:
            return None
        return self._forward(tokens, verb + 1, cue_start, verb_index=verb)

    def before(self, start: int, end: int) -> Attribution | None:
        """A cue before a quote in its sentence: "X sagte:", "Dann sagte er:", "Selon X,"."""
        tokens = word_tokens(self.text, start, end)
        if not tokens:
            return None
        for i in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _VERB_TO_QUOTE), -1):
            word = tokens[i].text
            if word in CLAUSE_END and i < len(tokens) - 1:
                break  # a clause ended between the cue and the quote
            lower = word.lower()
            if lower in self.lex.sources_before and (i == 0 or tokens[i - 1].text == ","):
                found = self._forward(tokens, i + 1, tokens[i].start)
                if found is not None:
                    return found
            if lower in self.lex.sources_after and i > 0:
                found = self._backward(tokens, i, tokens[i].end)
                if found is not None:
                    return found
            inverted = self._inversion(tokens, i)
            if inverted is not None:
                return inverted
            verb = self._verb_at(tokens, i, before_quote=True)
            if verb is None or verb != i:
                continue
            return self._subject_of(tokens, i)
        return None

    def _verb_at(self, tokens: list[Word], i: int, before_quote: bool = False) -> int | None:
        """The index of the reporting verb that ``tokens[i]`` opens (itself, or the participle
        after an auxiliary and its subject), or None."""
        lower = tokens[i].text.lower()
        if lower in self.lex.verbs:
            return i
        if lower in self.lex.particle_verbs:
            wanted = self.lex.particle_verbs[lower]
            for j in range(i + 1, min(len(tokens), i + 8)):
                if tokens[j].text in wanted:
                    return i
                if tokens[j].text in PUNCTUATION:
                    break
            return None
        if lower in self.lex.auxiliaries and not before_quote:
            for j in range(i + 1, min(len(tokens), i + 4)):
                if tokens[j].text.lower() in self.lex.verbs:
                    return i
                if tokens[j].text in PUNCTUATION:
                    break
        return None

    def _inversion(self, tokens: list[Word], i: int) -> Attribution | None:
        """French "dit-il", "a-t-elle ajouté", "poursuit-il": the pronoun is the subject."""
        if self.lex is not FR:
            return None
        s, e, word = tokens[i]
        parts = word.lower().replace("-t-", "-").split("-")
        if len(parts) != 2 or parts[1] not in self.lex.pronouns:
            return None
        if parts[0] not in self.lex.verbs and parts[0] not in self.lex.auxiliaries:
            return None
        if parts[0] in self.lex.auxiliaries and not (
            i + 1 < len(tokens) and tokens[i + 1].text.lower() in self.lex.verbs
        ):
            return None
        offset = s + word.lower().rfind(parts[1])
        cue_end = tokens[i + 1].end if parts[0] in self.lex.auxiliaries else e
        return self._pronoun(parts[1], offset, offset + len(parts[1]), s, cue_end)

    def _subject_of(self, tokens: list[Word], verb: int) -> Attribution | None:
        """The subject of a reporting verb before a quote: a pronoun right after it (German
        verb-second: "Dann sagte er"), the phrase before it, or the phrase after it."""
        following = verb + 1
        if following < len(tokens) and tokens[following].text in self.lex.pronouns:
            s, e, word = tokens[following]
            if not (word.lower() == "sie" and tokens[verb].text.endswith("en")):
                return self._pronoun(word.lower(), s, e, tokens[verb].start, e)
            return None
        back = verb
        while back > 0 and (
            tokens[back - 1].text.lower() in self.lex.auxiliaries
            or tokens[back - 1].text.lower() in self.lex.adverbs
        ):
            back -= 1
        found = self._backward(tokens, back, tokens[verb].end)
        if found is not None:
            return found
        return self._forward(tokens, following, tokens[verb].start, verb_index=verb)

    # -- speaker phrases -------------------------------------------------------------------

    def _forward(
        self, tokens: list[Word], i: int, cue_start: int, verb_index: int | None = None
    ) -> Attribution | None:
        """The speaker phrase that starts at ``tokens[i]`` (after an inverted verb or a source
        word), with an appositive name after it ("le porte-parole, Jean Lind")."""
        while i < len(tokens) and tokens[i].text.lower() in self.lex.verbs:
            i += 1  # "a déclaré": the auxiliary opened the cue, the participle follows
        if i >= len(tokens):
            return None
        if tokens[i].text.lower() in self.lex.pronouns:
            s, e, word = tokens[i]
            verb = tokens[verb_index].text if verb_index is not None else ""
            if word.lower() == "sie" and verb.endswith("en"):
                return None  # "sagten sie": they, not she
            return self._pronoun(word.lower(), s, e, cue_start, e)
        j = i
        seen_name = False
        determined = tokens[i].text.lower() in self.lex.determiners
        while j < len(tokens) and j - i < _PHRASE_WORDS:
            word = tokens[j].text
            lower = word.lower()
            if word in PUNCTUATION or lower in self.lex.verbs:
                break
            if capitalised(word):
                seen_name = True
            elif lower in self.lex.stops or (
                lower not in self.lex.determiners
                and lower not in self.lex.joiners
                and lower not in self.lex.particles
                and (seen_name or not determined)
                and not lower.startswith(("l'", "d'", "l’", "d’"))
            ):
                break
            j += 1
        if j == i:
            return None
        found = self._phrase(tokens[i:j], cue_start)
        if found is None:
            return None
        if not found.person and j + 1 < len(tokens) and tokens[j].text == ",":
            k = j + 1
            while k < len(tokens) and self._name_word(tokens[k].text):
                k += 1
            if k - (j + 1) >= 2 and (k == len(tokens) or tokens[k].text in PUNCTUATION):
                role = self._strip_article(self.text[found.phrase_start : found.phrase_end])
                return Attribution(
                    self.text[tokens[j + 1].start : tokens[k - 1].end],
                    role,
                    True,
                    tokens[j + 1].start,
                    tokens[k - 1].end,
                    cue_start,
                    tokens[k - 1].end,
                )
        return found

    def _backward(self, tokens: list[Word], i: int, cue_end: int) -> Attribution | None:
        """The speaker phrase that ends right before ``tokens[i]``, perhaps with an appositive
        role between commas ("Jean Lind, le porte-parole, a déclaré")."""
        j = i
        role: str | None = None
        if j > 0 and tokens[j - 1].text == ",":
            k = j - 1
            while k > 0 and tokens[k - 1].text not in PUNCTUATION and j - k < _PHRASE_WORDS:
                k -= 1
            if k > 1 and tokens[k - 1].text == ",":
                role = self._strip_article(self.text[tokens[k].start : tokens[j - 2].end])
                j = k - 1
            else:
                return None
        k = j
        while k > 0 and j - k < _PHRASE_WORDS:
            word = tokens[k - 1].text
            if word in PUNCTUATION or word.lower() in self.lex.verbs:
                break
            k -= 1
        if k == j:
            return None
        phrase = tokens[k:j]
        # Leading words of the clause that are no part of a noun phrase ("Dann", "Im
        # Gespräch mit"): the phrase starts at its article or its first name word.
        start = 0
        for index, token in enumerate(phrase):
            lower = token.text.lower()
            if lower in self.lex.stops or (
                lower in self.lex.function_words
                and lower not in self.lex.determiners
                and lower not in self.lex.pronouns
                and lower not in self.lex.particles
                and lower not in self.lex.joiners
            ):
                start = index + 1
        phrase = phrase[start:]
        if not phrase:
            return None
        if len(phrase) == 1 and phrase[0].text.lower() in self.lex.pronouns:
            s, e, word = phrase[0]
            if word.lower() == "sie" and tokens[i].text.endswith("en"):
                return None
            return self._pronoun(word.lower(), s, e, s, cue_end)
        found = self._phrase(phrase, phrase[0].start)
        if found is None:
            return None
        return replace(found, role=found.role or role, cue_start=phrase[0].start, cue_end=cue_end)

    def _phrase(self, phrase: list[Word], cue_start: int) -> Attribution | None:
        """Name and role of a speaker phrase, or a group phrase with its article."""
        while phrase and phrase[-1].text.lower() in self.lex.joiners | self.lex.particles:
            phrase = phrase[:-1]
        if not phrase:
            return None
        words = [w.text for w in phrase]
        determined = words[0].lower() in self.lex.determiners
        run = len(words)
        while run > 0 and (
            self._name_word(words[run - 1])
            or (
                words[run - 1].lower() in self.lex.particles
                and run - 1 > 0
                and run < len(words)
                and self._name_word(words[run - 2])
            )
        ):
            run -= 1
        while run < len(words) and words[run].lower() in self.lex.particles:
            run += 1
        if 0 < run < len(words) - 1 and words[run - 1].lower() in self.lex.joiners:
            run += 1  # "Frauenrechtlerin und Pädagogin Ana Lind": a second role noun
        if 0 < run < len(words):
            run += _given_name_offset(words[run:], words[run - 1], self.lex)
        name_words = words[run:]
        role_words = words[1 if determined else 0 : run]
        honorific = bool(role_words) and role_words[-1].lower() in self.lex.honorifics
        if honorific:
            role_words = role_words[:-1]
        role = " ".join(role_words) or None
        start, end = phrase[0].start, phrase[-1].end
        if len(name_words) >= 2:
            name = self.text[phrase[run].start : end]
            return Attribution(name, role, True, phrase[run].start, end, cue_start, end)
        if len(name_words) == 1:
            gender = self.lex.honorifics.get(words[run - 1].lower(), "") if honorific else ""
            full = self._fullest(name_words[0], gender)
            if full is None and honorific:
                full = self.text[phrase[run - 1].start : end]  # "Mme Lind", no fuller name known
            if full is not None:
                return Attribution(full, role, True, phrase[run].start, end, cue_start, end)
            if self.lex is not DE and not role_words and not determined:
                # "selon Reuters": one capitalised word is a name in French and Spanish.
                person = bool(gender_of_european_first_name(name_words[0]))
                return Attribution(name_words[0], None, person, start, end, cue_start, end)
        if determined and len(words) > 1 and (self.lex is not DE or capitalised(words[1])):
            surface = self.text[start:end]
            name = surface[0].lower() + surface[1:]
            return Attribution(name, None, False, start, end, cue_start, end)
        return None

    def _fullest(self, word: str, gender: str = "") -> str | None:
        """The full name of a person the text names, for one of its words ("Lind"), of the
        given gender if one is given ("Mme Lind" is not "Paul Lind")."""
        best = None
        best_rank = (False, 0)
        for person in self.persons:
            if gender and person.gender and person.gender != gender:
                continue
            parts = person.name.split()
            # A name with its given name beats "Frau Lind", which beats nothing.
            rank = (parts[0].lower() not in self.lex.honorifics, len(person.name))
            if word in parts and (best is None or rank > best_rank):
                best, best_rank = person.name, rank
        return best

    def _pronoun(
        self, pronoun: str, start: int, end: int, cue_start: int, cue_end: int
    ) -> Attribution | None:
        """The most recent person of the pronoun's gender in this or the previous paragraph."""
        want = self.lex.pronouns[pronoun]
        lo = _previous_paragraph_start(self.text, start)
        for person in reversed(self.persons):
            if person.start >= start:
                continue
            if person.start < lo:
                break
            if person.gender == want:
                return Attribution(
                    person.name, person.role, True, start, end, cue_start, cue_end, True
                )
        return None

    def _strip_article(self, phrase: str) -> str:
        first, _, rest = phrase.partition(" ")
        return rest if rest and first.lower() in self.lex.determiners else phrase


def _given_name_offset(run: list[str], before: str, lexicon: Lexicon) -> int:
    """Where the person's name starts in a run of capitalised words that follows an article
    or a particle ("la ministre de la Santé Ana Lind"): at a known given name after the
    first word, since what precedes it ends the institution's name; else at the start."""
    if len(run) < 3 or not (before in lexicon.particles or before in lexicon.determiners):
        return 0
    for index in range(1, len(run) - 1):
        if gender_of_european_first_name(run[index]):
            return index
    return 0


def _previous_paragraph_start(text: str, at: int) -> int:
    here = text.rfind("\n", 0, at)
    if here < 0:
        return 0
    while here > 0 and text[here - 1] in "\r\n":
        here -= 1
    previous = text.rfind("\n", 0, here)
    return previous + 1


def attribute_quotes(
    text: str, language: str, quotes: Sequence[tuple[int, int, int, int] | None]
) -> list[Attribution | int | None]:
    """For each quote ``(open, close, sentence_start, sentence_end)`` (offsets of its opening
    mark, just after its closing mark, and of its sentence): the attribution its cue gives,
    the index of a quote of the same sentence whose speaker it shares, or None. ``None``
    entries (quotes the caller attributes otherwise) are skipped."""
    reader = _Reader(text, LEXICONS[language], [(q[0], q[1]) for q in quotes if q is not None])
    results: list[Attribution | int | None] = [None] * len(quotes)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote is not None:
            by_sentence.setdefault((quote[2], quote[3]), []).append(index)
    for (s_start, s_end), members in by_sentence.items():
        members.sort(key=lambda i: quotes[i][0])
        for position, index in enumerate(members):
            open_at, close_at = quotes[index][0], quotes[index][1]
            left = quotes[members[position - 1]][1] if position else s_start
            right = quotes[members[position + 1]][0] if position + 1 < len(members) else s_end
            results[index] = reader.after(close_at, right) or reader.before(left, open_at)
        cued = [i for i in members if results[i] is not None]
        for index in members:
            if results[index] is None and cued:
                results[index] = min(cued, key=lambda i: (i > index, abs(i - index)))
    order = sorted((q[0], i) for i, q in enumerate(quotes) if q is not None)
    for position, (open_at, index) in enumerate(order):
        if results[index] is None:
            earlier = order[position - 1][1] if position else None
            results[index] = _paragraph_evidence(reader, text, open_at, quotes, results, earlier)
    return results


def _paragraph_evidence(
    reader: _Reader,
    text: str,
    open_at: int,
    quotes: Sequence[tuple[int, int, int, int] | None],
    results: list[Attribution | int | None],
    earlier: int | None,
) -> Attribution | int | None:
    """For a quote that opens its paragraph: the cue of a previous paragraph that ends with a
    colon ("Dann sagte er:"), or the speaker of the quote that ends the previous paragraph
    (a stand-alone quote paragraph goes on with the last speaker)."""
    start = text.rfind("\n", 0, open_at) + 1
    if start == 0 or text[start:open_at].strip():
        return None
    end = start - 1
    while end > 0 and text[end - 1] in "\r\n":
        end -= 1
    previous = text.rfind("\n", 0, end) + 1
    body = text[previous:end].rstrip()
    if body.endswith(":"):
        sentence = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
        return reader.before(previous + sentence + 1 if sentence >= 0 else previous, end)
    if earlier is not None and quotes[earlier][1] > previous and results[earlier] is not None:
        return earlier
    return None
