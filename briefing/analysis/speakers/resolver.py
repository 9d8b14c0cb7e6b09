"""Turning speaker phrases ("Lind", "he", "a senior official") into speaker entities.

The resolver reads the document's capitalised name runs once (lazily: documents without
attributed quotes never pay for it) and links every attribution to the fullest name the text
gives, with the role found before the name or in an appositive. Pronouns go to the most recent
compatible person, preferring one in subject position. Curated speakers win over everything.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from briefing.analysis.lexicon import word_set
from briefing.analysis.lexicon import words as lexicon_words
from briefing.analysis.lexicon.function_words import DETERMINERS, FUNCTION_WORDS
from briefing.analysis.lexicon.roles import HONORIFICS, ORG_WORDS, TITLE_WORDS
from briefing.analysis.quotes.marks import OPENING_MARKS
from briefing.analysis.quotes.turns import readable_label
from briefing.analysis.speakers.antecedents import Antecedents
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.mentions import (
    Entity,
    NameMention,
    Run,
    Tally,
)
from briefing.analysis.speakers.name_forms import FullForms, NameForms
from briefing.analysis.speakers.names import (
    is_capitalised,
    slug,
    split_role_and_name,
    words_with_offsets,
)
from briefing.analysis.speakers.phrase_reading import PhraseReading
from briefing.analysis.speakers.phrases import (
    GROUP_PRONOUNS,
    WRITER_PRONOUNS,
    opens_predicate,
    trimmed_phrase,
)
from briefing.analysis.speakers.runs import NameRuns
from briefing.analysis.text.span_list import SpanList
from briefing.analysis.text.words import Word
from briefing.model import Span, Speaker


def _subject_words(
    words: list[Word], lowers: list[str], cue_role: tuple[int, int] | None
) -> tuple[list[Word], list[str], tuple[int, int] | None]:
    """A speaker phrase cut to its subject: up to the clause's verb or pronoun, and a name
    before "of" without where it is from (which becomes the role, unless the cue gave one)."""
    clause = next(
        (i for i, w in enumerate(words) if i and opens_predicate(words, lowers, i)),
        None,
    )
    if clause is not None:
        # "the media has always", "a member of the family suggested they": the subject runs
        # up to the clause's verb or pronoun (a trailing participle goes with the verb).
        while clause > 1 and lowers[clause - 1].endswith("ed"):
            clause -= 1
        words, lowers = words[:clause], lowers[:clause]
    of = lowers.index("of") if "of" in lowers[2:] else -1
    if (
        of > 0
        and all(is_capitalised(w.text) for w in words[:of])
        and not any(w in TITLE_WORDS or w in ORG_WORDS for w in lowers[of - 2 : of])
    ):
        # "Tom Berg of the Oslo Institute", "Ann Lind of Elmwood": the name, then where from.
        cue_role = cue_role or (words[of + 1].start, words[-1].end)
        words, lowers = words[:of], lowers[:of]
    return words, lowers, cue_role


_SINGULAR_ENDINGS = ("ss", "sis", "us")
_COLLECTIVE_NOUNS = word_set("speaker_words.txt", "collective_nouns")
# Legal citation signals, capitalised as they open a footnote's citation sentence.
_CITATION_SIGNALS = word_set("speaker_words.txt", "citation_signals")
_REDACTION_MARKERS = word_set("speaker_words.txt", "redaction_markers")
_GIVEN_NAME_TITLES = word_set("speaker_words.txt", "given_name_titles")
_NOT_IN_ROLES = word_set("speaker_words.txt", "not_in_roles")
KINSHIP = {
    **dict.fromkeys(lexicon_words("kinship_male.txt"), "he"),
    **dict.fromkeys(lexicon_words("kinship_female.txt"), "she"),
}


_new_mention = tuple.__new__


class SpeakerResolver(NameRuns, NameForms, PhraseReading, Antecedents):
    """Links speaker phrases of one document to entities and builds the Speaker records."""

    def __init__(
        self,
        text: str,
        curated: tuple[Speaker, ...] = (),
        quoted: SpanList | None = None,
        title: str = "",
        nicknames: list[tuple[int, int]] | None = None,
        headings: SpanList | None = None,
    ) -> None:
        self.text = text
        # Heading lines: title case glues words onto names there ("Contacts With Berg").
        self._headings = headings if headings is not None else SpanList()
        # Nicknames in marks inside names ("Marta “Kit” Oduya"): spans left out of every name.
        self._nicknames = nicknames or []
        self._title_words = [word.strip(",;:()") for word in title.split()]
        self._curated = curated
        self._quoted = quoted if quoted is not None else SpanList()
        self._runs: list[Run] | None = None
        self._run_starts: list[int] = []
        self._full_names: dict[str, list[tuple[int, str]]] = {}
        self._runs_by_word: dict[str, list[int]] = {}
        self._lower_words: frozenset[str] | None = None
        self._marital: set[tuple[str, str]] | None = None
        self._last_person: tuple[int, str] | None = None
        self._found_at = -1  # where the last person _recent_person returned is named
        self._entities: dict[str, Entity] = {}
        self._gender_votes: dict[str, str | Tally] = {}
        self._roles: dict[str, str] = {}
        self._roleless: set[str] = set()
        self._mention_cache: dict[int, NameMention | None] = {}
        self._fullest_cache: dict[tuple[str, int, str], str] = {}
        self._surname_genders: dict[str, str] = {}
        self._variant_cache: dict[str, str] = {}
        self._forms: dict[tuple[str, bool, str | None], FullForms | None] = {}
        for speaker in curated:
            entity = Entity(
                key=speaker.name.lower(),
                name=speaker.name,
                role=speaker.role,
                aliases=list(speaker.aliases),
                curated=True,
                speaker_id=speaker.id,
            )
            self._entities[entity.key] = entity

    # -- the document's names -------------------------------------------------------------

    # -- resolution ------------------------------------------------------------------------

    def resolve(
        self,
        start: int,
        end: int,
        cue_role: tuple[int, int] | None = None,
        named_only: bool = False,
    ) -> str | None:
        """The entity key for the speaker phrase ``text[start:end]``, or None.

        ``named_only`` is for weak evidence (a sentence's subject, no reporting verb): then a
        pronoun or a name resolves, a description ("Members", "the staff") does not."""
        if self._labels_quote(start, end):
            return self.label(readable_label(self.text[start:end]), start, end)
        words, start = self._phrase_words(start, end)
        if not words or (len(words) > 1 and words[0].text in _CITATION_SIGNALS):
            return None  # "See Lind: “…”", "Id. at 12": a citation names a source, not a speaker
        lowers = [w.text.lower() for w in words]
        # "As Daddy would say": a family word stands for a person the text names, found as
        # "he" or "she" would be; it is no name of its own.
        pronoun = KINSHIP.get(lowers[0], lowers[0])
        if len(words) == 1 and pronoun in ("he", "she", "him", "her"):
            key = self._antecedent(start, pronoun)
            if key is not None:
                self._entities[key].mentions.append(Span(start, end))
                self._last_person = (start, key)
            return key
        if any(lower in _REDACTION_MARKERS for lower in lowers):
            return None  # "[REDACTED: …] directions to …": removed words, nobody named
        if len(words) == 1 and lowers[0] in WRITER_PRONOUNS:
            return None  # "we applied the law": the writer's own voice, no group quoted earlier
        if len(words) == 1 and lowers[0] in GROUP_PRONOUNS:
            return self._recent_group(start)
        if len(words) == 1 and lowers[0] in ("i", "who", "you", "which", "that"):
            return None
        words, lowers, cue_role = _subject_words(words, lowers, cue_role)
        trimmed = trimmed_phrase(words, lowers)
        if trimmed is None:
            return None
        words, lowers = words[:trimmed], lowers[:trimmed]
        end = words[-1].end
        owned = self._owned_description(words, lowers, start, end)
        if owned is not None:
            return owned
        if not self._plausible_phrase(words, lowers):
            return None
        curated = self._match_curated(words)
        if curated is not None:
            return self._note(curated, self.text[start:end], start, end)
        named = self._named_phrase(words) or self._surname_like_title(words, start)
        if named is not None:
            return self._resolve_name(words, lowers, named, (start, end), cue_role)
        if named_only:
            return None
        return self._resolve_description(words, lowers, start, end)

    def _labels_quote(self, start: int, end: int) -> bool:
        """Whether the phrase is a speaker label in capitals right inside a quote's opening
        mark ("“LIND: …”"): read as a transcript's label is, "Lind"."""
        if self.text[end : end + 1] != ":" or not self.text[start:end].isupper():
            return False
        before = self.text[max(0, start - 3) : start].rstrip(" \u00a0")
        return bool(before) and (before[-1] in OPENING_MARKS or before.endswith("``"))

    def _phrase_words(self, start: int, end: int) -> tuple[list[Word], int]:
        """The words of a speaker phrase and where it starts, without nicknames, a footnote
        number before it, or a noun of the clause before its article."""
        words = words_with_offsets(self.text, start, end)
        if self._nicknames:
            words = [
                w for w in words if not any(lo <= w.start < hi for lo, hi in self._nicknames)
            ] or words
        while (
            len(words) > 1
            and words[0].text.isdigit()
            and (is_capitalised(words[1].text) or words[1].text.isdigit())
        ):
            # "… forward with. 469 The next day, he …", "now.”70 1 Berg responded": footnote
            # numbers or a year before the phrase.
            words = words[1:]
            start = words[0].start
        if (
            len(words) > 2
            and words[1].text.lower() in ("the", "a", "an")
            and words[0].text.islower()
            and words[0].text.lower() not in FUNCTION_WORDS
            and words[0].text.lower() not in DETERMINERS
        ):
            # "at which point the crowd chanted": a noun of the clause before the subject's
            # article belongs to that clause, the subject opens with its article.
            words = words[1:]
            start = words[0].start
        return words, start

    def _owned_description(
        self, words: list[Word], lowers: list[str], start: int, end: int
    ) -> str | None:
        """ "her campaign", "his chief aide" (up to its verb): the owner is the person
        "he"/"she" would be; the key of that owner's description, or None."""
        if len(words) <= 1 or lowers[0] not in ("his", "her") or is_capitalised(words[1].text):
            return None
        owner = self._antecedent(start, "he" if lowers[0] == "his" else "she")
        if owner is None:
            return None
        rest = self.text[words[1].start : end]
        name = f"{self._entities[owner].name}’s {rest}"
        key = name.lower()
        if key not in self._entities:
            self._entities[key] = Entity(key=key, name=name, person=False)
        return self._note(key, self.text[start:end], start, end)

    def _resolve_name(
        self,
        words: list[Word],
        lowers: list[str],
        named: tuple[str, str | None],
        span: tuple[int, int],
        cue_role: tuple[int, int] | None,
    ) -> str:
        """The entity of a phrase that names someone: the fullest form of the name in the
        text (an honorific of another gender marks another member of the family)."""
        start, end = span
        name, role = named
        honorific = next((w for w in words if w.text.lower() in HONORIFICS), None)
        titled = (role is not None or honorific is not None) and not any(
            w.text.lower() in _GIVEN_NAME_TITLES for w in words
        )
        gender = HONORIFICS.get(honorific.text.lower(), "") if honorific is not None else ""
        fullest = self._fullest(name, start, titled=titled, gender=gender)
        if gender and (
            (
                fullest != name
                and (
                    self._gender(fullest, start) not in ("", gender)
                    or self._other_marital_title(honorific.text, fullest.split()[0])
                )
            )
            or self._titled_apart(name, fullest, gender)
        ):
            # "Mr. Berg" in a text that names only an Ann Berg in full: another member of
            # the family, known by the honorific (unless the text's bare "Berg" is mostly
            # him: then he is "Berg").
            fullest = self.text[honorific.start : words[-1].end]
        key = fullest.lower()
        entity = self._entities.get(key)
        if entity is None:
            institution = lowers[0] == "the" and role is None and " " not in fullest
            # "the Ministry", "the Pentagon": an institution, named as the text names it.
            display = f"the {fullest}" if institution else fullest
            entity = Entity(key=key, name=display, person=not institution)
            self._entities[key] = entity
        if entity.role is None:
            entity.role = role or self._role_of(fullest, cue_role)
        if entity.person:
            self._last_person = (start, key)
        return self._note(key, self.text[start:end], start, end)

    def _resolve_description(
        self, words: list[Word], lowers: list[str], start: int, end: int
    ) -> str | None:
        """The entity of a description ("officials", "a senior aide"): a titled person named
        nearby, else the description itself as a group."""
        surface = self.text[start:end]
        if (
            len(words) == 1
            and (not lowers[0].endswith("s") or lowers[0].endswith(_SINGULAR_ENDINGS))
            and lowers[0] not in _COLLECTIVE_NOUNS
        ):
            # A one-word description is a plural group ("officials", "Critics", "police");
            # "Item" is not, nor "emphasis" (of "emphasis added"), "witness" or "census".
            return None
        titled = self._titled_person(lowers, start)
        if titled is not None:
            return self._note(titled, surface, start, end)
        key = " ".join(w for w in lowers if w not in DETERMINERS) or surface.lower()
        entity = self._entities.get(key)
        if entity is None:
            name = surface[0].lower() + surface[1:] if lowers[0] in DETERMINERS else surface
            entity = Entity(key=key, name=name, person=False)
            self._entities[key] = entity
        return self._note(key, surface, start, end)

    def named(
        self, name: str, role: str | None, start: int, end: int, person: bool, pronoun: bool
    ) -> str:
        """The entity for a speaker that another language's cue reader already named (name and
        role as the text gives them; ``cues.de_fr_es``), noted at ``text[start:end]``:
        no English reading of the phrase, but curated speakers and aliases work as for English."""
        if not pronoun:
            curated = self._match_curated(words_with_offsets(self.text, start, end))
            if curated is not None:
                return self._note(curated, self.text[start:end], start, end)
        key = name.lower()
        entity = self._entities.get(key)
        if entity is None:
            entity = self._entities[key] = Entity(key=key, name=name, person=person)
        if entity.role is None:
            entity.role = role
        if pronoun:
            entity.mentions.append(Span(start, end))
            return key
        return self._note(key, self.text[start:end], start, end)

    def label(self, label: str, start: int, end: int) -> str:
        """The entity for a transcript label ("Ms. Lee", "Q"), by fullest name when the text
        gives one ("Ann Lee"); a bare "Q" is the press asking."""
        if label == "Q":
            key = "label:q"
            if key not in self._entities:
                self._entities[key] = Entity(
                    key=key, name="Reporter", role="question from the press"
                )
            return self._note(key, label, start, end)
        words = words_with_offsets(self.text, start, end)
        curated = self._match_curated(words)
        if curated is not None:
            return self._note(curated, label, start, end)
        tokens = label.split()
        parse = split_role_and_name(tokens)
        name = label
        role = None
        if parse is not None and parse.name != label:
            fullest = self._fullest(parse.name, start)
            if fullest != parse.name:
                name = fullest
                role = parse.role or self._role_of(fullest, None)
            elif (titled := self._named_in_title(parse.name)) is not None:
                name, role = titled
        key = name.lower()
        if key not in self._entities:
            self._entities[key] = Entity(key=key, name=name, role=role)
        return self._note(key, label, start, end)

    # -- candidates for the ranker -----------------------------------------------------------

    def name_mentions(
        self, lo: int, hi: int, *, skip: Callable[[int], bool] | None = None
    ) -> list[NameMention]:
        """The name runs that start in ``text[lo:hi]``, each with the key of the entity it
        names (its fullest name), its gender and whether it is a person: the candidates the
        speaker ranker weighs. Runs whose start ``skip`` names are left unread. Read-only: no
        entity is created until one is chosen."""
        runs = self._ensure_runs()
        index = bisect_left(self._run_starts, lo)
        out: list[NameMention] = []
        while index < len(runs) and runs[index].start < hi:
            if skip is not None and skip(runs[index].start):
                index += 1
                continue
            if index not in self._mention_cache:
                self._mention_cache[index] = self._name_mention(runs[index])
            found = self._mention_cache[index]
            if found is not None:
                out.append(found)
            index += 1
        return out

    def _name_mention(self, run: Run) -> NameMention | None:
        full = self._candidate_name(run) if run.person else run.name
        entity = self._entities.get(full.lower())
        if entity is None and " " not in full:
            # A lone capitalised word that no full name or cue explains ("Recently", "Asked"):
            # a sentence opener as often as a name.
            return None
        name = entity.name if entity is not None else full
        # The honorific or the given name: cheap, and enough to tell "he" from "she" (the
        # engine's pronoun votes cost too much for every name of a long report).
        gender = run.gender or (gender_of_first_name(full.split()[0]) if run.person else "")
        # Some ten thousand in a long report: built without the named tuple's Python frame.
        return _new_mention(
            NameMention, (run.start, run.end, full.lower(), name, gender, run.person)
        )

    def _candidate_name(self, run: Run) -> str:
        """``_fullest`` of a run, shared by the mentions of one word that follow the same full
        names (a long report repeats a surname hundreds of times)."""
        if " " in run.name:
            return self._fullest(run.name, run.start, gender=run.gender)
        known = self._full_names.get(run.name.lower(), ())
        key = (run.name, bisect_left(known, (run.start, "")), run.gender)
        full = self._fullest_cache.get(key)
        if full is None:
            full = self._fullest_cache[key] = self._fullest(run.name, run.start, gender=run.gender)
        return full

    def gender_of(self, key: str) -> str:
        """ "m", "f" or "" for an entity key (its name's honorific, given name or pronouns)."""
        entity = self._entities.get(key)
        if entity is None or not entity.person or " " not in entity.name:
            return ""
        return HONORIFICS.get(entity.name.split()[0].lower()) or gender_of_first_name(
            entity.name.split()[0]
        )

    def adopt(self, mention: NameMention) -> str:
        """The entity for a name the ranker chose, created on first use, noted at the mention."""
        if mention.key not in self._entities:
            self._entities[mention.key] = Entity(
                key=mention.key,
                name=mention.name,
                role=self._role_of(mention.name, None) if mention.person else None,
                person=mention.person,
            )
        return self._note(mention.key, self.text[mention.start : mention.end], *mention.span)

    # -- output ----------------------------------------------------------------------------

    def name_of(self, key: str) -> str:
        return self._entities[key].name

    def speakers(self, used: set[str]) -> tuple[tuple[Speaker, ...], dict[str, str]]:
        """The Speaker records (curated first, then in order of first quote) and key -> id."""
        out: list[Speaker] = []
        ids: dict[str, str] = {}
        taken: set[str] = set()
        for key, entity in self._entities.items():
            if key not in used and not entity.curated:
                continue
            speaker_id = entity.speaker_id or slug(entity.name)
            base, n = speaker_id, 2
            while speaker_id in taken:
                speaker_id, n = f"{base}-{n}", n + 1
            taken.add(speaker_id)
            ids[key] = speaker_id
            mentions = tuple(sorted(set(entity.mentions), key=lambda s: (s.start, s.end)))
            out.append(
                Speaker(
                    id=speaker_id,
                    name=entity.name,
                    role=entity.role if entity.curated else _plausible_role(entity.role),
                    aliases=tuple(a for a in entity.aliases if a != entity.name),
                    mentions=mentions,
                    curated=entity.curated,
                )
            )
        return tuple(out), ids


def _plausible_role(role: str | None) -> str | None:
    """The role, unless it holds a verb of speech (in lower case: "United States" is a name):
    then it is a clause the cue reader ran on into, and no role is better than that one."""
    if role is None or any(word in _NOT_IN_ROLES for word in role.split()):
        return None
    return role
