"""Reading a speaker phrase: titled people, names in the headline, roles and curated speakers."""

from __future__ import annotations

from bisect import bisect_left

from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FORM_WORDS,
    FUNCTION_WORDS,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.roles import HONORIFICS, ORG_WORDS, ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.names import is_capitalised, split_role_and_name
from briefing.analysis.speakers.phrases import (
    APPOSITIVE,
    CLAUSE_MARKERS,
    EXPLETIVES,
    FINITE,
    NO_PHRASE_OPENERS,
    OBJECT_PRONOUNS,
    PHRASE_PREPOSITIONS,
    RELATIVES,
    distinct_lower_words,
    role_has,
    strip_article,
)
from briefing.analysis.text.words import Word
from briefing.model import Span


class PhraseReading:
    """Part of :class:`SpeakerResolver`: reading a speaker phrase (titled people, names in
    the headline, roles, curated speakers)."""

    def _titled_person(self, lowers: list[str], at: int) -> str | None:
        """ "the secretary", "the former senator": the person the text last named with that
        title (in a role before the name or an appositive), if those words head the role: a
        speaker quoted before, else a titled name earlier in the text."""
        title = lowers[1:]
        if (
            len(lowers) < 2
            or lowers[0] != "the"
            or title[-1] not in TITLE_WORDS
            or not all(w in ROLE_MODIFIERS for w in title[:-1])
        ):
            return None
        best: tuple[int, str] | None = None
        for key, entity in self._entities.items():
            if not entity.person or not entity.role or not entity.mentions:
                continue
            if not role_has(entity.role, title):
                continue
            last = max((m.start for m in entity.mentions if m.start < at), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, key)
        if best is None:
            runs = self._ensure_runs()
            for i in range(bisect_left(self._run_starts, at) - 1, -1, -1):
                run = runs[i]
                if run.person and run.role and " " in run.name and role_has(run.role, title):
                    best = (run.start, self._entity_for(run.name, run))
                    break
        if best is None:
            return None
        self._last_person = (at, best[1])
        return best[1]

    def _plausible_phrase(self, words: list[Word], lowers: list[str]) -> bool:
        """Reject what form text and headings produce: runs of capitals ("TICK BOX"), mark
        debris, a lone function word ("all"), a capitalised common word ("ANNEX", "Part")."""
        if any("''" in w.text or "``" in w.text for w in words):
            return False
        if len(words) > 1 and all(w.text.isupper() for w in words):
            return False
        if lowers[0] in PHRASE_PREPOSITIONS or lowers[0] in EXPLETIVES:
            return False
        if len(words) > 1 and lowers[0] in NO_PHRASE_OPENERS and not is_capitalised(words[1].text):
            return False  # "Given his past", "Ever since": no noun phrase opens so
        if words[0].text[0].isdigit() and self.text[words[0].start - 1 : words[0].start] == ",":
            return False  # "093 of the emails": the tail of a number like 30,093
        if words[0].text in CLAUSE_MARKERS or words[0].text in FINITE:
            return False  # "has in the past", "was responsible for": a predicate, no subject
        if words[0].text in OBJECT_PRONOUNS:
            return False
        if (
            len(lowers) > 1
            and not is_capitalised(words[0].text)
            and lowers[0].endswith("ed")
            and (lowers[1] in DETERMINERS or words[1].text in OBJECT_PRONOUNS)
            and not is_capitalised(words[-1].text)
        ):
            return False  # "emailed a news article": a verb phrase, its subject lies elsewhere
        if any(w in WEEKDAYS_MONTHS for w in lowers) and len(words) <= 2:
            return False
        if len(words) == 1:
            word = words[0].text
            if lowers[0] in FUNCTION_WORDS or lowers[0] in DETERMINERS:
                return False
            if lowers[0] in FORM_WORDS and (
                word.isupper() or " " not in self._fullest(word, words[0].start)
            ):
                # "SECTION", "Total": a label on a form, however rare in lower case (unless
                # the text names someone with it: "Ola Page").
                return False
            if is_capitalised(word) and (word.isupper() or len(word) > 1):
                if self._lower_words is None:
                    self._lower_words = distinct_lower_words(self.text)
                if (
                    lowers[0] in self._lower_words
                    and not lowers[0].endswith("s")
                    and (word.isupper() or " " not in self._fullest(word, words[0].start))
                ):
                    # "Based", "ANNEX": a common word that happens to be capitalised here.
                    return False
        return True

    def _named_in_title(self, name: str) -> tuple[str, str | None] | None:
        """(full name, role) for a label's surname from the document's title, which often
        introduces a transcript's speakers ("Briefing by Press Secretary Ann Lee") though
        the body never does."""
        surname = name.split()[-1]
        tokens = self._title_words
        if surname not in tokens:
            return None
        end = len(tokens) - tokens[::-1].index(surname)
        start = end - 1
        while start > 0 and end - start < 8:
            before = tokens[start - 1]
            if not (is_capitalised(before) or before in ("of", "for")):
                break
            start -= 1
        parse = split_role_and_name(tokens[start:end])
        if parse is None or len(parse.name.split()) < 2 or parse.name.split()[-1] != surname:
            return None
        return parse.name, parse.role

    def _note(self, key: str, surface: str, start: int, end: int) -> str:
        entity = self._entities[key]
        if surface not in entity.aliases and surface.lower() not in ("he", "she"):
            entity.aliases.append(surface)
        entity.mentions.append(Span(start, end))
        return key

    def _named_phrase(self, words: list[Word]) -> tuple[str, str | None] | None:
        """(name, role) when the phrase is a name with optional titles before it."""
        tokens = [w.text for w in words]
        while tokens and tokens[0].lower() in DETERMINERS:
            tokens = tokens[1:]
        if not tokens or not is_capitalised(tokens[-1]):
            return None
        if tokens[-1].endswith(("’s", "'s")):
            return None
        owner = next((i for i, t in enumerate(tokens[:-2]) if t.endswith(("’s", "'s"))), None)
        if owner is not None and all(is_capitalised(t) for t in tokens[owner + 1 :]):
            # "the Oslo Times’s Ola Berg": the owner is an affiliation, the name follows.
            affiliation = " ".join(tokens[: owner + 1])[:-2]
            return " ".join(tokens[owner + 1 :]), affiliation
        run_start = len(tokens)
        while run_start > 0 and is_capitalised(tokens[run_start - 1]):
            run_start -= 1
        roled = _role_before_run(tokens, run_start)
        if roled is not None:
            return roled
        if (
            len(tokens) < len(words)
            and 0 < run_start <= 2
            and not any(is_capitalised(t) or t.lower() in TITLE_WORDS for t in tokens[:run_start])
            and not tokens[run_start - 1].endswith(("’s", "'s"))
            and tokens[run_start - 1].lower() not in PHRASE_PREPOSITIONS
            and not any(t.isupper() for t in tokens[run_start:])
        ):
            # "an angry Berg", "a defiant Lind": a mood, not a role; the name speaks ("a
            # woman from Oslo" is a description: the name is where she is from).
            name_words = [t for t in tokens[run_start:] if t.lower() not in HONORIFICS]
            if name_words:
                return " ".join(name_words), None
        for token in tokens:
            lower = token.lower()
            if not (
                is_capitalised(token)
                or lower in TITLE_WORDS
                or lower in ROLE_MODIFIERS
                or lower in ("of", "for", "de", "van", "von", "bin", "al")
                or lower.endswith(("’s", "'s"))
            ):
                return None
        for index, token in enumerate(tokens[:-2]):
            following = tokens[index + 1].lower()
            if token.lower() in ("of", "for") and (
                following in TITLE_WORDS or following in HONORIFICS
            ):
                # "a former agent for President Tom Berg": Berg is whom the agent served.
                return None
        if len(tokens) == 1 and tokens[0].lower() in FUNCTION_WORDS:
            return None
        # "wrote The Post": after a determiner the capital is the name's own, not the sentence's.
        determined = len(tokens) < len(words)
        if not determined and self._sentence_initial_common_noun(words[0].start, tokens):
            return None
        if _body_named_by_role(tokens):
            # "the Justice Department", "the State Department": the whole run names the body;
            # its first word is no title of a person called "Department".
            return " ".join(tokens), None
        parse = split_role_and_name(tokens)
        if parse is None:
            return None
        return parse.name, parse.role

    def _surname_like_title(self, words: list[Word], start: int) -> tuple[str, None] | None:
        """ "Dean", "Judge", "Marshal" alone: a title word, unless the text names someone in
        full with it as the surname ("Howard Dean"); then it is that person."""
        if len(words) != 1 or words[0].text.isupper() or not is_capitalised(words[0].text):
            return None
        word = words[0].text
        if word.lower() not in TITLE_WORDS:
            return None
        fullest = self._fullest(word, start)
        if " " not in fullest or fullest.split()[-1] != word:
            return None
        return word, None

    def _sentence_initial_common_noun(self, start: int, tokens: list[str]) -> bool:
        """ "Officials said": capitalised only because it opens the sentence (the text uses
        the word in lower case elsewhere)."""
        if len(tokens) != 1 or tokens[0].isupper():
            return False
        if self._lower_words is None:
            self._lower_words = distinct_lower_words(self.text)
        return tokens[0].lower() in self._lower_words

    def _role_of(self, name: str, cue_role: tuple[int, int] | None) -> str | None:
        """The role the text gives this name: a title before it anywhere in the document, the
        appositive at the cue, or an appositive after a full mention ("X, the nominee,")."""
        self._ensure_runs()
        role = self._roles.get(name.lower())
        if role:
            return role
        if cue_role is not None:
            return strip_article(self.text[cue_role[0] : cue_role[1]])
        if name.lower() in self._roleless:
            return None
        runs = self._runs or []
        parts = name.split()
        for i in self._runs_by_word.get(parts[-1].lower(), ()):
            run = runs[i]
            if run.name != name:
                continue
            found = APPOSITIVE.match(self.text, run.end)
            words = found.group(1).lower().split() if found else []
            # "Tom Berg, who would later become campaign chairman,": a relative clause says
            # what happened to him, not the role he speaks in.
            if words and words[0] not in RELATIVES and any(w in TITLE_WORDS for w in words):
                role = strip_article(found.group(1))
                self._roles[name.lower()] = role
                return role
        self._roleless.add(name.lower())  # looked through every mention once: none
        return None

    def _match_curated(self, words: list[Word]) -> str | None:
        if not self._curated:
            return None
        surface = " ".join(w.text for w in words).lower()
        tokens = {w.text.lower() for w in words if is_capitalised(w.text)}
        for speaker in self._curated:
            names = [speaker.name, *speaker.aliases]
            if any(surface == n.lower() for n in names):
                return speaker.name.lower()
        for speaker in self._curated:
            parts = {p.lower() for p in speaker.name.split()}
            if (
                tokens
                and parts
                and tokens & parts
                and tokens - {w.lower() for w in TITLE_WORDS} <= parts | {h for h in HONORIFICS}
            ):
                return speaker.name.lower()
        return None


def _role_before_run(tokens: list[str], run_start: int) -> tuple[str, str] | None:
    """(name, role) when the words before the capitalised run that ends the phrase, and the
    run's own titles, are the role: "Oslo chapter president Tom Berg", "former prosecutor and
    Oslo Mayor Ann Berg"; None when they are not."""
    described = (
        len(tokens) - run_start >= 2
        and run_start > 0
        and not any(t.lower() in PHRASE_PREPOSITIONS for t in tokens[:run_start])
        # "Joe and Jill Berg", "Ivo Stenk and Mara Lind": names joined, no role before a
        # name ("committee member and Tory MP Ola Berg" keeps its roles)
        and not (
            tokens[run_start - 1].lower() in ("and", "&")
            and run_start >= 2
            and is_capitalised(tokens[run_start - 2])
        )
    )
    if not (0 < run_start < len(tokens)) or not (
        tokens[run_start - 1].lower() in TITLE_WORDS or described
    ):
        return None
    role_words = tokens[:run_start]
    # "… and Oslo Mayor Ann Berg": the run's own titles, and what they follow, are role.
    titled = [i for i in range(run_start, len(tokens) - 1) if tokens[i].lower() in TITLE_WORDS]
    if titled:
        role_words += tokens[run_start : titled[-1] + 1]
        run_start = titled[-1] + 1
    name_words = [t for t in tokens[run_start:] if t.lower() not in HONORIFICS]
    if not name_words:
        return None
    return " ".join(name_words), " ".join(role_words)


def _body_named_by_role(tokens: list[str]) -> bool:
    """ "Justice Department", "State Department", "Defense Ministry": capitalised words that
    open with a title or a role's modifier and end with an organisation's head noun, and
    hold no given name ("Senator Frank Church" is a person)."""
    return (
        len(tokens) > 1
        and all(is_capitalised(t) for t in tokens)
        and tokens[-1].lower() in ORG_WORDS
        and (tokens[0].lower() in TITLE_WORDS or tokens[0].lower() in ROLE_MODIFIERS)
        and not any(gender_of_first_name(t) for t in tokens[1:-1])
    )
