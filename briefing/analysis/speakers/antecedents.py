"""Pronoun and description antecedents: the most recent compatible person or group."""

from __future__ import annotations

from bisect import bisect_left

from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon.function_words import FEMALE_PRONOUNS, MALE_PRONOUNS
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.lexicon.roles import HONORIFICS
from briefing.analysis.speakers.mentions import (
    Entity,
    Run,
)
from briefing.analysis.speakers.names import words_with_offsets
from briefing.analysis.speakers.phrases import (
    ADDRESSEE,
    HE_SUBJECT,
    LAST_SPEAKER_REACH,
    SENTENCE_END,
    SHE_SUBJECT,
    distinct_lower_words,
)
from briefing.analysis.text.sentences import before_number

# Words that may stand between a name and the verb of its reporting clause ("Berg also said").
_BETWEEN_NAME_AND_VERB = word_set("speaker_words.txt", "between_name_and_verb")


class Antecedents:
    """Part of :class:`SpeakerResolver`: a pronoun or description goes to the most recent
    compatible person or group. A mixin, so the resolver's one state is shared, in its own
    module so each part stays small."""

    def _antecedent(self, at: int, pronoun: str) -> str | None:
        """The person a "he"/"she" at an attribution stands for, in order of evidence: a person
        in subject position earlier in the same sentence, the person quoted last (nearby), a
        person in subject position in the two sentences before, the most recent person. The
        person quoted last yields to a subject nearby when the text never gives their gender:
        nothing then ties them to the "he" or "she", and the subject is the likelier antecedent.
        """
        want = "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else ""
        addressee = self._addressee(at)
        same_sentence = self._sentences_back(at, 0)
        found = self._recent_person(at, want, same_sentence, subject=True, skip=addressee)
        if found is not None:
            return found
        found = self._recent_person(
            at, want, self._sentences_back(at, 3), subject=True, skip=addressee
        )
        last = None
        last_gender = ""
        if self._last_person is not None:
            position, key = self._last_person
            gender = last_gender = self._gender(self._entities[key].name, at)
            if (
                at - position < LAST_SPEAKER_REACH
                and not (want and gender and gender != want)
                and not addressee & set(key.split())
            ):
                last = (position, key)
        if found is not None and (
            last is None or self._found_at >= last[0] or (want and not last_gender)
        ):
            return found
        if last is not None:
            return last[1]
        return self._recent_person(at, want, max(0, at - 3000), subject=False, skip=addressee)

    def _addressee(self, at: int) -> set[str]:
        """The lower-cased name words of whoever the speaker addresses ("he told Hannity",
        "she asked Mr. Lee"): the one person the pronoun cannot stand for."""
        match = ADDRESSEE.match(self.text, at)
        if match is None or match.group(1) not in REPORTING_VERBS:
            return set()
        return {w.lower() for w in match.group(2).split()} - HONORIFICS.keys()

    def _recent_person(
        self, at: int, want: str, lo: int, subject: bool, skip: set[str] = frozenset()
    ) -> str | None:
        """The most recent compatible person after ``lo``. In subject mode, within the sentence
        of the most recent candidate, a name whose gender is known to agree beats one whose
        gender is unknown, then the one that opens the sentence beats one in an embedded
        clause ("Berg said praise from Lind would …")."""
        first = None
        best = None
        sentence_start = lo
        for candidate in self._person_candidates(at, want, lo, subject):
            run, name, rank = candidate
            if skip and skip & set(name.lower().split()):
                continue
            if first is None:
                first = candidate
                if not subject:
                    break
                sentence_start = self._sentence_start(run.start, lo)
                best = candidate
            elif run.start < sentence_start:
                break
            elif rank > best[2]:
                best = candidate
        if first is None:
            return None
        run, name, _ = best if best is not None else first
        self._found_at = run.start
        return self._entity_for(name, run)

    def _sentence_start(self, offset: int, lo: int) -> int:
        start = max(lo, offset - 400)
        ends = self._sentence_ends(start, offset)
        return ends[-1] if ends else start

    def _sentence_ends(self, lo: int, hi: int) -> list[int]:
        """Where sentences end between ``lo`` and ``hi``. A full stop inside a quotation ends
        the quoted speaker's sentence, not the text's ("I fear. . . . I hope," he said), unless
        the quotation closes with it."""
        return [
            m.end()
            for m in SENTENCE_END.finditer(self.text, lo, hi)
            if (m.end() - m.start() > 2 or not self._quoted.holds(m.start()))
            and not before_number(self.text, m.start())
        ]

    def _person_candidates(self, at: int, want: str, lo: int, subject: bool):
        """(run, fullest name, rank) for compatible persons, most recent first; rank counts
        a known agreeing gender, then opening the sentence."""
        runs = self._ensure_runs()
        index = bisect_left(self._run_starts, at)
        for i in range(index - 1, -1, -1):
            run = runs[i]
            if run.start < lo:
                break
            if not run.person or self._quoted.holds(run.start):
                continue
            if subject and not self._is_subject_position(run.start, run.end):
                continue
            name = self._fullest(run.name, run.start, gender=run.gender)
            if self._curated:
                curated = self._match_curated(words_with_offsets(self.text, run.start, run.end))
                if curated is not None:
                    name = self._entities[curated].name
            if " " not in name and not (run.role or run.gender or self._is_known_person(name)):
                continue
            if not self._plausible_person(name):
                continue
            gender = self._gender(name, at)
            if run.gender and (
                (gender and run.gender != gender and name != run.name)
                or self._titled_apart(run.name, name, run.gender)
            ):
                # "Mr. Berg" where the text names only an Ann Berg in full (see resolve).
                name, gender = self.text[run.start : run.end], run.gender
            if want and gender and gender != want:
                name = self._namesake(run.name, at, want) or ""
                if not name:
                    continue
                gender = want
            opens = self._opens_clause(run.start)
            if want and not opens and self._pronoun_led(run.start, at, want):
                # "He said states like Ohio will decide whether Lind wins": the sentence is
                # about whoever "he" already was, not about a name inside its clause.
                continue
            # A known agreeing gender outranks opening the sentence ("Conservative icon Ann
            # Lind": the capitalised opener may be no name at all).
            rank = int(opens) + 2 * int(bool(want and gender == want))
            if self._reports_speech(run.end):
                rank += 4
            yield run, name, rank

    def _reports_speech(self, end: int) -> bool:
        """Whether the name is the subject of a reporting clause that closes its sentence
        ("Lind won the crowd over, Berg said."): the sentence is Berg's words, so Lind, though
        opening it, is no main subject, and the next quote's "he" or "she" most often goes on
        with Berg."""
        words = self.text[end : end + 40].split(None, 2)
        if words and words[0].lower() in _BETWEEN_NAME_AND_VERB:
            words = words[1:]
        return bool(words) and words[0].endswith(".") and words[0][:-1] in REPORTING_VERBS

    def _pronoun_led(self, offset: int, at: int, want: str) -> bool:
        """Whether the sentence around ``offset`` has a "he" ("she" for ``want`` "f") for a
        subject: at its start, after an opening phrase ("In May, he …") or as the reporting
        clause after a quotation (“…,” he said)."""
        start = self._sentence_start(offset, max(0, offset - 400))
        ends = self._sentence_ends(offset, min(at, offset + 400))
        end = ends[0] if ends else min(at, offset + 400)
        pattern = SHE_SUBJECT if want == "f" else HE_SUBJECT
        return pattern.search(self.text, start, end) is not None

    def _namesake(self, surname: str, at: int, want: str) -> str | None:
        """ "Murphy … he said" when the text also names a Mrs. Murphy: the latest full name
        with that surname whose gender agrees with the pronoun."""
        if " " in surname:
            return None
        best: tuple[int, str] | None = None
        for position, full in self._full_names.get(surname.lower(), ()):
            if (
                position < at
                and (best is None or position > best[0])
                and self._gender(full, at) == want
            ):
                best = (position, full)
        return best[1] if best else None

    def _plausible_person(self, name: str) -> bool:
        """A surname that the text also uses as an ordinary word ("Grants", "Watch") is not."""
        if self._lower_words is None:
            self._lower_words = distinct_lower_words(self.text)
        return name.split()[-1].lower() not in self._lower_words

    def _is_known_person(self, name: str) -> bool:
        entity = self._entities.get(name.lower())
        return entity is not None and entity.person

    def _entity_for(self, name: str, run: Run) -> str:
        key = name.lower()
        if key not in self._entities:
            self._entities[key] = Entity(key=key, name=name, role=self._role_of(name, None))
        return key

    def _recent_group(self, at: int) -> str | None:
        """ "They said" / "it said": the most recent group or institution already quoted."""
        best: tuple[int, str] | None = None
        for key, entity in self._entities.items():
            if entity.person or not entity.mentions:
                continue
            last = max((m.start for m in entity.mentions if m.start < at), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, key)
        return best[1] if best else None

    def _sentences_back(self, at: int, count: int) -> int:
        lo = max(0, at - 800)
        ends = self._sentence_ends(lo, at)
        start = ends[-count - 1] if len(ends) > count else lo
        if count:
            return start
        paragraph = self.text.rfind("\n\n", lo, at)
        return max(start, paragraph + 2 if paragraph >= 0 else 0)
