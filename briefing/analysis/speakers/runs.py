"""The document's capitalised name runs, read once and indexed by word."""

from __future__ import annotations

from typing import NamedTuple

from briefing.analysis.lexicon.function_words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PARTICLES,
    WEEKDAYS_MONTHS,
)
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.lexicon.roles import HONORIFICS, ORG_WORDS, ROLE_MODIFIERS, TITLE_WORDS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.mentions import (
    Run,
)
from briefing.analysis.speakers.names import is_capitalised, split_role_and_name
from briefing.analysis.speakers.phrases import (
    ABBREVIATION_END,
    AFTER_PREPOSITION,
    FEMALE_TITLES,
    FINITE,
    GEO_FIRST,
    JOIN_WORDS,
    MALE_TITLES,
    PLACE_AND_EVENT_HEADS,
    RUN,
    demonyms,
    distinct_lower_words,
    headline_end,
    surname_and_suffix,
)
from briefing.analysis.text.sentences import before_number


def _opener_shape(word: str) -> bool:
    """A participle, an adverb or a "whatever" opening a sentence ("Playing Trump …",
    "Certainly Reagan …", "Whatever Lind says"): not the given name of the name after it.
    Short words are left alone: given names end so too ("Ming", "Kelly", "Shelly")."""
    lower = word.lower()
    return (
        (lower.endswith("ing") and len(lower) >= 6)
        or (lower.endswith("ly") and len(lower) >= 7)
        or lower.endswith("ever")
    )


def _one_word_run(start: int, surface: str) -> Run | None:
    """A one-word run: a surname or an organisation, unless it is a function word, a month or
    an honorific alone (a possessive "’s" is not part of the name)."""
    lower = surface.lower()
    if lower in FUNCTION_WORDS or lower in WEEKDAYS_MONTHS or lower in HONORIFICS:
        return None
    if surface.endswith(("’s", "'s")):
        surface = surface[:-2]
    person = not (lower in ORG_WORDS or (surface.isupper() and len(surface) > 1))
    return Run(start, start + len(surface), surface, None, "", person)


def _cached_one_word_run(cache: dict[str, Run | None], start: int, surface: str) -> Run | None:
    """``_one_word_run(start, surface)``, read once per surface (``cache``) and moved to
    ``start``: a fresh :class:`Run` each time, as the caller may change its fields."""
    if surface not in cache:
        # Acronyms and shouted form text name no person (and cost the most).
        cache[surface] = None if surface.isupper() else _one_word_run(0, surface)
    shape = cache[surface]
    if shape is None:
        return None
    return Run(start, start + shape.end, shape.name, shape.role, shape.gender, shape.person)


class _Reading(NamedTuple):
    """What the words of a name run say, whatever text is around them."""

    name: str
    role: str | None
    gender: str  # "m", "f" or "" from gendered titles
    person: bool
    cut: bool  # the name is cut before " of " (where the person is from)


def _read_name(words: list[str]) -> _Reading | None:
    """The run's ``words`` (trimmed to the name) split into role and name, with the gender its
    titles give and whether it names a person; None if it names nobody."""
    parse = split_role_and_name(words)
    if parse is None:
        return None
    name_words = parse.name.split()
    if "of" in name_words[1:]:
        # "Tom Berg of Oslo": whether it names a person is up to the words before "of"
        # ("Bank of Oslo" is an institution, "Tom Berg of the Oslo Institute" a person).
        name_words = name_words[: name_words.index("of", 1)]
    lower_words = [w.lower() for w in words]
    gender = ""
    if any(w in FEMALE_TITLES for w in lower_words):
        gender = "f"
    elif any(w in MALE_TITLES for w in lower_words):
        gender = "m"
    person = _names_person(name_words)
    name = parse.name
    if person and " of " in name and name.index(" of ") > 0:
        # "Tom Berg of Oslo", "Mr. Lind of Elmwood": the place is where they are from.
        return _Reading(name[: name.index(" of ")], parse.role, gender, person, True)
    return _Reading(name, parse.role, gender, person, False)


def _names_person(name_words: list[str]) -> bool:
    """Whether a name names a person: not an organisation, a place, an event, a month, an
    acronym, a long title or a demonym."""
    return not (
        any(w.lower() in ORG_WORDS for w in name_words)
        or name_words[-1].lower() in PLACE_AND_EVENT_HEADS
        or name_words[0].lower() in GEO_FIRST
        or name_words[-1].lower() in WEEKDAYS_MONTHS
        or all(w.isupper() and len(w) > 1 for w in name_words)
        or len(name_words) > 4
        or demonyms(name_words)
        or _model_letter(name_words)
    )


def _model_letter(name_words: list[str]) -> bool:
    """ "Model A Ford", "Class B Shares": a bare capital letter (no full stop) after the first
    word names a model or a class of a thing. A person's initial has its full stop, unless a
    given name opens the name ("Harry S Truman")."""
    return any(len(w) == 1 and w.isupper() for w in name_words[1:]) and not gender_of_first_name(
        name_words[0]
    )


class NameRuns:
    """Part of :class:`SpeakerResolver`: the document's capitalised name runs, read once
    (lazily) and indexed by word."""

    def _ensure_runs(self) -> list[Run]:
        if self._runs is not None:
            return self._runs
        runs: list[Run] = []
        by_word = self._runs_by_word
        headline = headline_end(self.text)
        # Most texts have no heading lines: then no run asks the (empty) list.
        headings = self._headings if len(self._headings) else None
        # A one-word run depends on its surface alone, and a long report repeats its surnames
        # thousands of times: each surface is read once.
        one_word: dict[str, Run | None] = {}
        readings: dict[tuple[str, ...], _Reading | None] = {}
        for start, surface, gap in self._run_matches():
            if " " in surface:
                run = self._make_run(start, surface, readings)
            else:
                run = _cached_one_word_run(one_word, start, surface)
            if run is None:
                continue
            if gap and run.end > start + surface.index(" ", len(surface) - gap[1]):
                run.end += gap[0]
            if run.start < headline or (headings is not None and headings.holds(run.start)):
                # A title-cased headline or heading glues words onto names ("Critic Ever",
                # "Urges Lind", "Contacts With Lind"): its runs say nothing about who is a
                # person.
                run.person = False
            parts = run.name.split()
            for part in parts:
                by_word.setdefault(part.lower(), []).append(len(runs))
            if run.person and len(parts) >= 2 and not surname_and_suffix(parts):
                for part in (parts[-1], parts[0]):
                    self._full_names.setdefault(part.lower(), []).append((run.start, run.name))
            if run.role and run.person:
                self._roles.setdefault(run.name.lower(), run.role)
            runs.append(run)
        self._runs = runs
        self._run_starts = [run.start for run in runs]
        return runs

    def _run_matches(self) -> list[tuple[int, str, tuple[int, int] | None]]:
        """(start, surface, gap) of every name run; a run that a nickname in marks splits
        ("Marta “Kit” Oduya") is one run "Marta Oduya", with ``gap`` = (the characters left
        out, the length of the part after them) to map its end back onto the text."""
        if not self._nicknames:  # the common case: every match is a run as it stands
            return [(match.start(), match.group(), None) for match in RUN.finditer(self.text)]
        matches = list(RUN.finditer(self.text))
        after_nickname = {hi + 1: lo for lo, hi in self._nicknames}
        inside = {at for lo, hi in self._nicknames for at in range(lo, hi)}
        out: list[tuple[int, str, tuple[int, int] | None]] = []
        for match in matches:
            if match.start() in inside:
                continue
            lo = after_nickname.get(match.start())
            if out and lo is not None and out[-1][0] + len(out[-1][1]) + 1 == lo:
                start, surface, _ = out[-1]
                gap = match.start() - (start + len(surface)) - 1
                out[-1] = (start, f"{surface} {match.group()}", (gap, len(match.group()) + 1))
                continue
            out.append((match.start(), match.group(), None))
        return out

    def _make_run(
        self, start: int, surface: str, readings: dict[tuple[str, ...], _Reading | None]
    ) -> Run | None:
        """The name run of capitalised ``surface`` (two words or more) at ``start``: trimmed
        to the name, split into role and name, with the gender its titles give; None if it
        names nobody. ``readings``: :func:`_read_name` of the words trimmed so far, as a long
        report names the same people in the same words thousands of times."""
        if surface.isupper():
            return None  # acronyms and shouted form text name no person (and cost the most)
        offset, words = self._name_words(start, surface.split(" "))
        while words and words[-1].lower() in PARTICLES:
            words.pop()
        if len(words) > 1 and before_number(self.text, offset + len(" ".join(words))):
            words.pop()  # "Order No. 3915", "Exhibit Vol. 2": a reference, not part of a name
        if not words:
            return None
        end = offset + len(" ".join(words))
        key = tuple(words)
        if key not in readings:
            readings[key] = _read_name(words)
        reading = readings[key]
        if reading is None:
            return None
        if reading.cut:
            end = self.text.find(reading.name, offset, end) + len(reading.name)
        return Run(offset, end, reading.name, reading.role, reading.gender, reading.person)

    def _name_words(self, offset: int, words: list[str]) -> tuple[int, list[str]]:
        """The words of a run without what is glued onto the name before it (function words,
        a sentence's first word, an owner, a place after a preposition), and where they start."""
        while words and (
            (
                (words[0].lower() in FUNCTION_WORDS or words[0].lower() in ("neither", "either"))
                # "A Clinton win": a one-letter article is upper-case only by its capital
                and not (words[0].isupper() and len(words[0]) > 1)
            )
            or words[0].lower() in WEEKDAYS_MONTHS
        ):
            offset += len(words[0]) + 1
            words = words[1:]
        if (
            len(words) > 1
            and not gender_of_first_name(words[0])
            and self._common_opener(offset, words[0])
        ):
            # "Poor Jane", "Footage of Lind": a sentence's first word glued onto a name (a
            # given name that is also a word, "Bill Berg", "Will Lind", stays).
            offset += len(words[0]) + 1
            words = words[1:]
            while words and (words[0].lower() in JOIN_WORDS or words[0].lower() in FUNCTION_WORDS):
                offset += len(words[0]) + 1
                words = words[1:]
        if not words:
            return offset, words
        for index, word in enumerate(words):
            if word.endswith(("’s", "'s")):
                if len(words) - index > 2:
                    # "the network’s Tom Berg": the owner is an affiliation, the name follows.
                    offset += len(" ".join(words[: index + 1])) + 1
                    words = words[index + 1 :]
                else:
                    words = [*words[:index], word[:-2]]
                break
        if (
            len(words) > 1
            and not gender_of_first_name(words[0])
            and AFTER_PREPOSITION.search(self.text, max(0, offset - 8), offset)
        ):
            # "back from London Lydia came": a place, then a given name that opens the name.
            given = next((i for i in range(1, len(words)) if gender_of_first_name(words[i])), 0)
            if given:
                offset += len(" ".join(words[:given])) + 1
                words = words[given:]
        return offset, words

    def _common_opener(self, start: int, word: str) -> bool:
        """Whether ``word`` at ``start`` opens a sentence and is an ordinary word elsewhere in
        the text (so its capital comes from the sentence, not from a name)."""
        before = self.text[max(0, start - 3) : start]
        if start and not (
            before.endswith(("\n", ". ", "“", '"', "? ", "! ", "(", "[")) or before == ""
        ):
            return False
        if _opener_shape(word):
            return True
        if self._lower_words is None:
            self._lower_words = distinct_lower_words(self.text)
        return word.lower() in self._lower_words

    def _is_subject_position(self, start: int, end: int) -> bool:
        """Whether a name opens its clause (perhaps after titles: "Former governor X") or is
        followed by a verb-like word (perhaps after an aside: "X, one of …, was"). A possessive
        ("X’s campaign manager") owns the subject but is not it."""
        if self.text.startswith(("’s", "'s", "’ ", "' "), end):
            return False
        if self._opens_clause(start):
            return True
        before = self.text[max(0, start - 60) : start]
        if before.endswith(", "):
            return True
        words_before = before.split()
        if words_before and words_before[-1].endswith(("’s", "'s")):
            words_before.pop()  # "noted the paper’s Tom Berg"
            if words_before and words_before[-1].lower() in DETERMINERS:
                words_before.pop()
        while words_before and words_before[-1].lower() in TITLE_WORDS:
            words_before.pop()
        if (
            len(words_before) > 1
            and words_before[-1] in REPORTING_VERBS
            and words_before[-2].endswith((",", "”", '"'))
        ):
            return True  # "…, said Tom Berg": the inverted subject of a reporting verb
        after = self.text[end : end + 100]
        if after.startswith(","):
            close = after.find(",", 1)
            after = after[close + 1 :] if close > 0 else after
        word = after.lstrip(" ,").split(" ", 1)[0]
        return (
            word in REPORTING_VERBS
            or word in FINITE
            or (word.endswith("ed") and not is_capitalised(word))
        )

    def _opens_clause(self, start: int) -> bool:
        """Whether a name opens its sentence or quote, perhaps after titles ("Former governor
        X"): the main subject, which a later "he" or "she" most often continues."""
        before = self.text[max(0, start - 60) : start]
        if before.endswith((",” ", "?” ", "!” ", '," ', '?" ', '!" ')):
            return True  # "…,” Berg said": the reporting clause's subject
        stop = before.rfind(". ")
        while stop > 0 and ABBREVIATION_END.search(before, 0, stop + 1):
            # "former U.N. secretary general X": an abbreviation's full stop ends no sentence.
            stop = before.rfind(". ", 0, stop)
        cut = max(stop, before.rfind("\n"), before.rfind("“"), before.rfind('"'))
        opening = before[cut + 1 :] if cut >= 0 else (before if start <= 60 else None)
        return opening is not None and all(
            is_capitalised(w) or w.lower() in TITLE_WORDS or w.lower() in ROLE_MODIFIERS
            for w in opening.split()
        )
