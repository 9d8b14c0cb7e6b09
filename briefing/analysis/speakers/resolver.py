"""Turning speaker phrases ("Lind", "he", "a senior official") into speaker entities.

The resolver reads the document's capitalised name runs once (lazily: documents without
attributed quotes never pay for it) and links every attribution to the fullest name the text
gives, with the role found before the name or in an appositive. Pronouns go to the most recent
compatible person, preferring one in subject position. Curated speakers win over everything.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from briefing.analysis.lexicon import is_given_name_form, same_given_name
from briefing.analysis.lexicon.reporting_verbs import REPORTING_VERBS
from briefing.analysis.quotes.marks import inside_spans
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.analysis.speakers.names import (
    DETERMINERS,
    FEMALE_PRONOUNS,
    FORM_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    MALE_PRONOUNS,
    ORG_WORDS,
    PARTICLES,
    ROLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS_MONTHS,
    is_capitalised,
    slug,
    split_role_and_name,
    words_with_offsets,
)
from briefing.model import Span, Speaker

_CAP = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Capt|Adm|Maj)\."
    r"|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*)"
)
_JOIN = r"(?: (?:of|de|del|der|den|di|da|dos|du|la|le|van|von|al|bin|ibn) | )"
# Common sentence openers are skipped by the pattern itself: most capitalised words in prose
# are these, and not building runs for them keeps the pass cheap.
_OPENERS = (
    r"(?!(?:The|A|An|But|And|In|On|At|It|He|She|They|We|I|This|That|If|When|As|For|So|His|Her"
    r"|Their|There|What|Its|Our|After|While|Some|Many|One|Now|Then|Still|Even|Also|Yet|Or)"
    r"\b(?! [A-Z]))"
)
_RUN = re.compile(rf"\b{_OPENERS}{_CAP}(?:{_JOIN}{_CAP})*")
_GENDER_WINDOW = 160
_MAIN_NAME_REPEATS = 3  # full mentions that make a name the main bearer of its surname
_LAST_SPEAKER_REACH = 1200  # characters back that "the person quoted last" stays the default
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]+\b")
# "he told Tom Berg": a reporting verb and the person addressed right after a pronoun.
_ADDRESSEE = re.compile(rf"\w+ (\w+) ((?:{_CAP} )*{_CAP})")
_MARITAL = re.compile(r"\b(Mrs\.?|Miss) ([A-Z][\w’'-]+)")
# Only subject pronouns vote on a name's gender: "her" is as often someone else's object.
_AFTER_PREPOSITION = re.compile(r"\b(?:from|in|to|at|into|near|across)\s$")
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_HE_SUBJECT = re.compile(r"(?:^|(?<=\n)|(?<=\. )|(?<=, )|(?<=[”\"] ))(?:He|he)\b")
_SHE_SUBJECT = re.compile(r"(?:^|(?<=\n)|(?<=\. )|(?<=, )|(?<=[”\"] ))(?:She|she)\b")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col)\.)$"
)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s")
_APPOSITIVE = re.compile(r", (?:the |a |an )?([^,.;:“”\"()]{3,70}?),")
_GEO_FIRST = frozenset(
    [
        "new",
        "north",
        "south",
        "east",
        "west",
        "united",
        "san",
        "los",
        "las",
        "saint",
        "st.",
        "fort",
        "mount",
        "lake",
    ]
)
# Head nouns of places, buildings and events named after people ("Lind Tower", "the Berg
# Convention"): the run is the place, not the person.
_PLACE_AND_EVENT_HEADS = frozenset(
    " ".join(
        [
            "convention conference summit caucus caucuses tower towers plaza stadium arena",
            "hotel memorial monument boulevard highway bridge airport terminal building",
        ]
    ).split()
)
_FEMALE_TITLES = frozenset(
    [
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "councilwoman",
        "businesswoman",
        "queen",
        "princess",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "lady",
        "dame",
    ]
)
_MALE_TITLES = frozenset(
    [
        "congressman",
        "spokesman",
        "chairman",
        "councilman",
        "businessman",
        "king",
        "prince",
        "mr",
        "mr.",
        "sir",
        "lord",
    ]
)
_FINITE = frozenset(
    [
        "has",
        "had",
        "have",
        "was",
        "is",
        "were",
        "are",
        "will",
        "would",
        "could",
        "can",
        "did",
        "does",
        "do",
        "also",
        "then",
        "later",
    ]
)
_EXPLETIVES = frozenset(["there", "it", "this", "that", "what", "which"])
_PHRASE_PREPOSITIONS = frozenset(
    ["by", "in", "on", "at", "of", "for", "from", "with", "to", "into", "about"]
)
_GROUP_PRONOUNS = frozenset(("they", "we", "it"))
_JOIN_WORDS = frozenset(["of", "de", "del", "der", "den", "di", "da", "dos", "du", "la", "le"])
_OBJECT_PRONOUNS = frozenset(["me", "him", "us", "them"])
# Words that make a phrase a clause: a finite verb or a pronoun after the phrase's first word.
_CLAUSE_MARKERS = _OBJECT_PRONOUNS | frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "should",
        "would",
        "will",
        "can",
        "could",
        "does",
        "did",
        "doesn’t",
        "doesn't",
        "don’t",
        "don't",
        "didn’t",
        "didn't",
        "he",
        "she",
        "they",
        "we",
        "you",
    ]
)


def _lower_words(text: str, chunk: int = 1 << 16) -> frozenset[str]:
    """The distinct lower-case words of ``text``, found a piece at a time (cut at a space):
    one ``findall`` over a long text lists every word, many times the text's own size."""
    found: set[str] = set()
    start = 0
    while start < len(text):
        stop = text.find(" ", min(len(text), start + chunk))
        stop = len(text) if stop < 0 else stop
        found.update(_LOWER_WORD.findall(text, start, stop))
        start = stop + 1
    return frozenset(found)


# A name's "he"/"she" votes: their positions in order, and how many of the first k are "he".
_Tally = tuple[list[int], list[int]]


def _tally(votes: str | list[tuple[int, int]]) -> str | _Tally:
    """Votes as sorted positions with running counts of "he", so counting those before an
    offset is a bisection; a decided gender ("m"/"f") stays as it is."""
    if isinstance(votes, str):
        return votes
    ordered = sorted(votes)
    males = [0]
    for _, sign in ordered:
        males.append(males[-1] + (sign > 0))
    return [position for position, _ in ordered], males


@dataclass(slots=True)
class _Run:
    """A capitalised name run found in the text, split into role and name."""

    start: int
    end: int
    name: str
    role: str | None
    gender: str  # "m", "f" or "" from honorifics and gendered titles
    person: bool


@dataclass(frozen=True, slots=True)
class NameMention:
    """A name in the text as a candidate speaker: where, which entity, gender, person."""

    start: int
    end: int
    key: str
    name: str
    gender: str
    person: bool

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(slots=True)
class _Entity:
    key: str
    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    curated: bool = False
    speaker_id: str = ""
    person: bool = True


# Common irregular verbs that end a subject phrase ("the senator sought to calm …").
_IRREGULAR_VERBS = frozenset(
    " ".join(
        [
            "made makes gave gives took takes sought seeks sent sends got gets went goes came",
            "comes held holds brought brings left found finds kept keeps ran runs saw sees",
            "thought thinks knew knows felt feels began begins wants want shelled cuts",
        ]
    ).split()
)


def _opens_predicate(words: list[tuple[int, int, str]], lowers: list[str], index: int) -> bool:
    """Whether the word at ``index`` starts the verb phrase after a speaker phrase's subject:
    an auxiliary or object pronoun ("the media has"), a negated auxiliary ("haven’t"), a
    common irregular verb ("the senator sought"), or an -ed verb taking an object ("the town
    released a statement"; "the embattled senator" is an adjective after its determiner)."""
    word, lower = words[index][2], lowers[index]
    if word in _CLAUSE_MARKERS or lower.endswith(("n’t", "n't")):
        return True
    if is_capitalised(word) or lowers[index - 1] in DETERMINERS:
        return False
    if lower in _IRREGULAR_VERBS:
        return True
    return (
        lower.endswith("ed")
        and index + 1 < len(lowers)
        and (lowers[index + 1] in DETERMINERS or lowers[index + 1] in ("to", "his", "her", "their"))
    )


# Words that can open a sentence but never a speaker phrase of several words (function words
# that are not determiners, quantifiers or pronouns: "Given his past", "Ever since").
_NO_PHRASE_OPENERS = (
    (FUNCTION_WORDS | frozenset(["ever"]))
    - DETERMINERS
    - frozenset(
        " ".join(
            [
                "our many some most all any both each every no few several much more such other",
                "another one two three last next he she they we i it us what who",
            ]
        ).split()
    )
)

_NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _surname_and_suffix(parts: list[str]) -> bool:
    """ "Berg Jr.": a surname and a suffix, not a full name to stand for every "Berg"."""
    return len(parts) == 2 and parts[1].lower().rstrip(".") in _NAME_SUFFIXES


def _name_gender(full: str) -> str:
    """ "m", "f" or "" from a full name alone: its honorific or its given name."""
    first = full.split()[0]
    return HONORIFICS.get(first.lower()) or gender_of_first_name(first)


def _demonyms(words: list[str]) -> bool:
    """ "African American", "Asian Indian": words for peoples, not a person's name (a given
    name such as Brian or Ian ends the same way)."""
    return (
        len(words) > 1
        and not gender_of_first_name(words[0])
        and all(w.lower().endswith(("ican", "ian", "ese", "ish")) for w in words)
    )


# A relative pronoun that ends a speaker phrase opens its clause ("Democrats in Oslo who"):
# the phrase before it is the speaker.
_RELATIVES = frozenset(["who", "whom", "which", "that"])
# Adverbs after the phrase's head belong to the verb ("Berg first testified", "the ad then").
_TRAILING_ADVERBS = frozenset(
    [
        *("first", "then", "later", "also", "again", "now", "still", "too", "once"),
        *("himself", "herself", "themselves", "itself"),
    ]
)
# A phrase that ends in one of these was cut off mid-way ("the authors of the").
_CUT_OFF = DETERMINERS | _PHRASE_PREPOSITIONS | frozenset(["and", "or", "nor", "but"])
# Subordinators never sit inside a noun phrase ("migrants send money until the government").
_SUBORDINATE = frozenset(["until", "unless", "because", "although", "though", "whether", "if"])
_NUMBER_WORDS = frozenset(
    [
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "twenty", "hundred"),
    ]
)


def _trimmed_phrase(words: list[tuple[int, int, str]], lowers: list[str]) -> int | None:
    """How many words of a speaker phrase are a noun phrase, or None when it is none: a
    relative pronoun or a verb's adverb at its end goes, an infinitive ends it ("nominee Ann
    Berg to make a comment"); a phrase cut off after an article or preposition, a verb with
    its preposition ("compared to 11% of voters"), a gerund after a preposition ("tuition by
    funneling money"), a subordinate clause, a lone number word ("Four") or a contracted
    pronoun ("There’s", "We’ve") is no speaker."""
    count = len(words)
    for index in range(1, count - 1):
        if (
            lowers[index] == "to"
            and lowers[index + 1] not in FUNCTION_WORDS
            and lowers[index + 1] not in DETERMINERS
            and words[index + 1][2].isalpha()
            and words[index + 1][2].islower()
            and (index + 2 == len(words) or lowers[index + 2] in FUNCTION_WORDS)
        ):
            count = index
            break
    for index in range(1, count - 1):
        if lowers[index] in _VERB_ADVERBS and words[index + 1][2].islower():
            count = index  # "her campaign also released two ads": the verb phrase starts
            break
        if lowers[index] in _PHRASE_PREPOSITIONS and (
            lowers[index + 1] in WEEKDAYS_MONTHS
            or (lowers[index + 1] in _POSSESSIVES and is_capitalised(words[index - 1][2]))
        ):
            # "Berg in his speech", "the Oslo campaign on Tuesday": where or when, not who.
            count = index
            break
    while count > 1 and (
        lowers[count - 1] in _RELATIVES
        or lowers[count - 1] in _TRAILING_ADVERBS
        or _trailing_verb(words, lowers, count)
    ):
        count -= 1
    lowers = lowers[:count]
    if count > 1 and lowers[-1] in _CUT_OFF:
        return None
    if any(w in _SUBORDINATE for w in lowers):
        return None
    if count > 1 and lowers[0] in WEEKDAYS_MONTHS and words[1][2][:1].isdigit():
        return None  # "March 1 primaries": a date opens the phrase, nobody speaks
    if (
        count > 1
        and lowers[0].endswith("ed")
        and lowers[1] in _PHRASE_PREPOSITIONS
        and not is_capitalised(words[0][2])
    ):
        return None
    for index in range(count - 1):
        following = words[index + 1][2]
        if (
            lowers[index] in _PHRASE_PREPOSITIONS
            and following.endswith("ing")
            and not is_capitalised(following)
        ):
            return None
    if count == 1:
        base = re.split(r"[’']", lowers[0])[0]
        if lowers[0] in _NUMBER_WORDS or (base != lowers[0] and base in _CONTRACTED):
            return None
    return count


# Adverbs that open a verb phrase after its subject ("the campaign also released …").
_VERB_ADVERBS = frozenset(["also", "then", "later", "still", "again", "never", "already", "once"])
_POSSESSIVES = frozenset(["his", "her", "their", "its"])


# Endings of plural nouns for people and things after a name ("Berg supporters", "Oslo
# officials", "Lind aides"), as against a verb's "-s" ("Berg sits", "Lind reminds").
_PLURAL_NOUN_ENDINGS = tuple(
    " ".join(
        [
            "ers ors ists ans ents ants ics als ies ees ives ides ss us is ’s 's",
            "erts ens ons ews ships aires",
        ]
    ).split()
)


def _trailing_verb(words: list[tuple[int, int, str]], lowers: list[str], count: int) -> bool:
    """ "other delegates on the stage refused", "Berg reminds": a verb of the subject's
    clause at the end of the phrase (not a noun after an article, "the accused", nor a
    noun after a noun, "the pool report")."""
    word, previous = words[count - 1][2], lowers[count - 2]
    if is_capitalised(word) or previous in DETERMINERS or previous in _PHRASE_PREPOSITIONS:
        return False
    if word in REPORTING_VERBS and not word.endswith("ing"):
        # "Berg reminds"; after a common noun it may be the noun ("the pool report").
        return is_capitalised(words[count - 2][2])
    if (
        count == 2
        and is_capitalised(words[0][2])
        and word.endswith("s")
        and not word.endswith(_PLURAL_NOUN_ENDINGS)
    ):
        # "Berg sits", "Lind smiles": a present-tense verb after a bare name ("Berg
        # supporters", "Lind aides" stay: their nouns end like nouns of people).
        return True
    return count > 2 and word.endswith("ed")


_CONTRACTED = frozenset(["there", "we", "they", "you", "i", "it", "he", "she", "that", "what"])


_LESSER_RANKS = frozenset(["vice", "deputy", "assistant", "associate", "under"])


def _headline_end(text: str) -> int:
    """Where a title-cased first line ends (0 when the text opens with prose): in such a line
    every longer word is capitalised, so its runs are no evidence of names."""
    end = text.find("\n")
    if end < 0:
        return 0
    words = [w for w in text[:end].split() if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if len(words) >= 4 and capitalised == len(words) else 0


def _role_has(role: str, title: list[str]) -> bool:
    """Whether the head of ``title`` ("former president") is a word of ``role``; modifiers
    need not be (a role seen as "Senator" after a sentence's "Former" is still the title),
    but a lesser rank must be asked for ("the president" is not the "Vice President")."""
    words = role.lower().replace(".", "").split()
    head = title[-1].replace(".", "")
    if head not in words:
        return False
    index = words.index(head)
    return not (index and words[index - 1] in _LESSER_RANKS and words[index - 1] not in title)


def _strip_article(role: str) -> str:
    """ "the Republican nominee" -> "Republican nominee" (a role reads better without it)."""
    return role[4:] if role.lower().startswith("the ") else role


class SpeakerResolver:
    """Links speaker phrases of one document to entities and builds the Speaker records."""

    def __init__(
        self,
        text: str,
        curated: tuple[Speaker, ...] = (),
        quoted: list[tuple[int, int]] | None = None,
        title: str = "",
        nicknames: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        # Nicknames in marks inside names ("Marta “Kit” Oduya"): spans left out of every name.
        self._nicknames = nicknames or []
        self._title_words = [word.strip(",;:()") for word in title.split()]
        self._curated = curated
        self._quoted = sorted(quoted or [])
        self._runs: list[_Run] | None = None
        self._run_starts: list[int] = []
        self._full_names: dict[str, list[tuple[int, str]]] = {}
        self._runs_by_word: dict[str, list[int]] = {}
        self._lower_words: frozenset[str] | None = None
        self._marital: set[tuple[str, str]] | None = None
        self._last_person: tuple[int, str] | None = None
        self._found_at = -1  # where the last person _recent_person returned is named
        self._entities: dict[str, _Entity] = {}
        self._gender_votes: dict[str, str | _Tally] = {}
        self._roles: dict[str, str] = {}
        self._roleless: set[str] = set()
        self._mention_cache: dict[int, NameMention | None] = {}
        self._fullest_cache: dict[tuple[str, int], str] = {}
        for speaker in curated:
            entity = _Entity(
                key=speaker.name.lower(),
                name=speaker.name,
                role=speaker.role,
                aliases=list(speaker.aliases),
                curated=True,
                speaker_id=speaker.id,
            )
            self._entities[entity.key] = entity

    # -- the document's names -------------------------------------------------------------

    def _ensure_runs(self) -> list[_Run]:
        if self._runs is not None:
            return self._runs
        runs: list[_Run] = []
        by_word = self._runs_by_word
        headline = _headline_end(self.text)
        for start, surface, gap in self._run_matches():
            run = self._make_run(start, surface)
            if run is None:
                continue
            if gap and run.end > start + surface.index(" ", len(surface) - gap[1]):
                run.end += gap[0]
            if run.start < headline:
                # A title-cased headline glues words onto names ("Critic Ever", "Urges Lind"):
                # its runs say nothing about who is a person.
                run.person = False
            parts = run.name.split()
            for part in parts:
                by_word.setdefault(part.lower(), []).append(len(runs))
            if run.person and len(parts) >= 2 and not _surname_and_suffix(parts):
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
        matches = list(_RUN.finditer(self.text))
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

    def _make_run(self, start: int, surface: str) -> _Run | None:
        if surface.isupper():
            return None  # acronyms and shouted form text name no person (and cost the most)
        if " " not in surface:
            lower = surface.lower()
            if lower in FUNCTION_WORDS or lower in WEEKDAYS_MONTHS or lower in HONORIFICS:
                return None
            if surface.endswith(("’s", "'s")):
                surface = surface[:-2]
            person = not (lower in ORG_WORDS or (surface.isupper() and len(surface) > 1))
            return _Run(start, start + len(surface), surface, None, "", person)
        words = surface.split(" ")
        offset = start
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
            while words and (words[0].lower() in _JOIN_WORDS or words[0].lower() in FUNCTION_WORDS):
                offset += len(words[0]) + 1
                words = words[1:]
        if not words:
            return None
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
            and _AFTER_PREPOSITION.search(self.text, max(0, offset - 8), offset)
        ):
            # "back from London Lydia came": a place, then a given name that opens the name.
            given = next((i for i in range(1, len(words)) if gender_of_first_name(words[i])), 0)
            if given:
                offset += len(" ".join(words[:given])) + 1
                words = words[given:]
        while words and words[-1].lower() in PARTICLES:
            words.pop()
        if not words:
            return None
        end = offset + len(" ".join(words))
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
        if any(w in _FEMALE_TITLES for w in lower_words):
            gender = "f"
        elif any(w in _MALE_TITLES for w in lower_words):
            gender = "m"
        person = not (
            any(w.lower() in ORG_WORDS for w in name_words)
            or name_words[-1].lower() in _PLACE_AND_EVENT_HEADS
            or name_words[0].lower() in _GEO_FIRST
            or name_words[-1].lower() in WEEKDAYS_MONTHS
            or all(w.isupper() and len(w) > 1 for w in name_words)
            or len(name_words) > 4
            or _demonyms(name_words)
        )
        name = parse.name
        if person and " of " in name and name.index(" of ") > 0:
            # "Tom Berg of Oslo", "Mr. Lind of Elmwood": the place is where they are from.
            name = name[: name.index(" of ")]
            end = self.text.find(name, offset, end) + len(name)
        return _Run(offset, end, name, parse.role, gender, person)

    def _common_opener(self, start: int, word: str) -> bool:
        """Whether ``word`` at ``start`` opens a sentence and is an ordinary word elsewhere in
        the text (so its capital comes from the sentence, not from a name)."""
        before = self.text[max(0, start - 3) : start]
        if start and not (
            before.endswith(("\n", ". ", "“", '"', "? ", "! ", "(", "[")) or before == ""
        ):
            return False
        if self._lower_words is None:
            self._lower_words = _lower_words(self.text)
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
            or word in _FINITE
            or (word.endswith("ed") and not is_capitalised(word))
        )

    def _opens_clause(self, start: int) -> bool:
        """Whether a name opens its sentence or quote, perhaps after titles ("Former governor
        X"): the main subject, which a later "he" or "she" most often continues."""
        before = self.text[max(0, start - 60) : start]
        if before.endswith((",” ", "?” ", "!” ", '," ', '?" ', '!" ')):
            return True  # "…,” Berg said": the reporting clause's subject
        stop = before.rfind(". ")
        while stop > 0 and _ABBREVIATION_END.search(before, 0, stop + 1):
            # "former U.N. secretary general X": an abbreviation's full stop ends no sentence.
            stop = before.rfind(". ", 0, stop)
        cut = max(stop, before.rfind("\n"), before.rfind("“"), before.rfind('"'))
        opening = before[cut + 1 :] if cut >= 0 else (before if start <= 60 else None)
        return opening is not None and all(
            is_capitalised(w) or w.lower() in TITLE_WORDS or w.lower() in ROLE_MODIFIERS
            for w in opening.split()
        )

    def _fullest(self, name: str, at: int) -> str:
        """The fullest name in the document that this (possibly one-word) name stands for,
        in the form the text first gives it ("Rob Berg" after "Robert Berg" is Robert Berg)."""
        full = self._fullest_form(name, at)
        return self._first_variant(full) if full.count(" ") == 1 else full

    def _fullest_form(self, name: str, at: int) -> str:
        parts = name.split()
        if _surname_and_suffix(parts):
            # "Berg Jr.": the latest full name that ends so ("Tom Berg Jr.").
            self._ensure_runs()
            fuller = [
                (position, full)
                for position, full in self._full_names.get(parts[1].lower(), ())
                if full.endswith(name) and full != name
            ]
            before = [c for c in fuller if c[0] <= at] or fuller
            return max(before)[1] if before else name
        if len(parts) != 1 or (name.isupper() and len(name) > 1):
            return name  # a full name already, or an acronym ("the IRA" is not "Dozens of IRA")
        self._ensure_runs()
        candidates = self._full_names.get(parts[0].lower())
        if not candidates:
            return name
        as_surname = [c for c in candidates if c[1].split()[-1] == name]
        if as_surname:
            # A known surname stands for a full name ending in it: "Berg" is Tom Berg, not
            # the "Berg Fund" a citation names.
            candidates = as_surname
        before = [c for c in candidates if c[0] <= at]
        if before:
            latest = max(before, key=lambda c: (c[0], len(c[1])))[1]
        else:
            # A headline names someone before the text does: the first full mention after.
            before = candidates
            latest = min(before, key=lambda c: (c[0], -len(c[1])))[1]
        counts: dict[str, int] = {}
        for _, full in before:
            counts[full] = counts.get(full, 0) + 1
        given = sorted(
            {full for _, full in candidates if full.split()[0].lower() == parts[0].lower()}
        )
        if len(given) > 1:
            # "Jane" when the text names a Jane Berg and a Jane Lind: the family it keeps
            # talking about (a novel's "Jane" is the heroine's sister, not a critic's aside).
            return max(given, key=lambda full: (self._surname_mentions(full), counts.get(full, 0)))
        # A relative or namesake is usually named in full once, the main person again and
        # again: a full name the text repeats far more often beats the latest one.
        main = max(counts, key=lambda full: counts[full])
        if counts[main] >= _MAIN_NAME_REPEATS and counts[main] >= 2 * counts[latest]:
            latest = main
        if len(counts) > 1:
            # "Berg said, “…” She went on": of a Tom and an Ann Berg, the one the next "he" or
            # "she" agrees with (when no other name comes between).
            follow = self._pronoun_after(at + len(name))
            if follow and _name_gender(latest) not in ("", follow):
                agreeing = [full for full in counts if _name_gender(full) == follow]
                if agreeing:
                    return max(agreeing, key=lambda full: counts[full])
        return latest

    def _first_variant(self, name: str) -> str:
        """The first full name in the text with this surname and a given name that is the
        same or a form of it ("Robert Berg" for a later "Rob Berg"): one person, one key."""
        given, surname = name.split()
        if not is_given_name_form(given):
            return name
        self._ensure_runs()
        for _, full in sorted(self._full_names.get(surname.lower(), ())):
            parts = full.split()
            if len(parts) == 2 and parts[1] == surname and same_given_name(parts[0], given):
                return full
        return name

    def _pronoun_after(self, at: int) -> str:
        """ "m" or "f" for the first "he" or "she" after ``at`` in its paragraph, outside
        quotes and with no other name before it; "" when there is none."""
        end = self.text.find("\n", at, at + 250)
        end = at + 250 if end < 0 else end
        for match in _HE_OR_SHE.finditer(self.text, at, end):
            if inside_spans(self._quoted, match.start()):
                continue
            runs = self._ensure_runs()
            lo = bisect_left(self._run_starts, at)
            if any(runs[i].person for i in range(lo, bisect_left(self._run_starts, match.start()))):
                return ""
            return "m" if match.group().lower() == "he" else "f"
        return ""

    def _other_marital_title(self, honorific: str, given: str) -> bool:
        """Whether the text calls ``given`` "Miss" where the mention says "Mrs." (or the
        other way round): in a novel Mrs. Berg is the mother, Miss Ann Berg the daughter."""
        other = {"mrs": "miss", "miss": "mrs"}.get(honorific.lower().rstrip("."))
        if other is None:
            return False
        if self._marital is None:
            self._marital = {
                (m.group(1).lower().rstrip("."), m.group(2).lower())
                for m in _MARITAL.finditer(self.text)
            }
        return (other, given.lower()) in self._marital

    def _surname_mentions(self, full: str) -> int:
        return len(self._runs_by_word.get(full.split()[-1].lower(), ()))

    def _gender(self, name: str, before: int) -> str:
        """ "m", "f" or "" for a name: an honorific or gendered title decides, then a common
        given name ("Susan Berg"); otherwise the
        "he"/"she" that follow its mentions vote, counting only those before ``before`` (the
        pronoun being resolved must not vote for itself)."""
        honorific = HONORIFICS.get(name.split()[0].lower())
        if honorific:
            return honorific
        votes = self._gender_votes.get(name)
        if votes is None:
            votes = _tally(self._collect_gender_votes(name))
            self._gender_votes[name] = votes
        if isinstance(votes, str):
            return votes
        positions, males = votes
        counted = bisect_left(positions, before)  # the votes before ``before``: a bisection,
        male = males[counted]  # as this runs once per pronoun and a name may have thousands
        female = counted - male
        return "m" if male > female else "f" if female > male else ""

    def _collect_gender_votes(self, name: str) -> str | list[tuple[int, int]]:
        runs = self._ensure_runs()
        indices = sorted({i for p in name.split() for i in self._runs_by_word.get(p.lower(), ())})
        votes: list[tuple[int, int]] = []
        parts = set(name.split())
        first = gender_of_first_name(name.split()[0]) if " " in name else ""
        if first:
            return first
        # An honorific or gendered title decides, but only on a mention of this very name:
        # a "Mr. Berg" says nothing of an Ann Berg.
        for i in indices:
            run = runs[i]
            if run.gender and (" " not in name or run.name == name):
                return run.gender
        for i in indices:
            run = runs[i]
            if " " in name and run.name != name and self._fullest(run.name, run.start) != name:
                continue  # "Lind" standing for a Tom Lind says nothing of an Ann Lind
            stop = run.end + _GENDER_WINDOW
            for j in range(i + 1, len(runs)):  # not runs[i + 1 :]: a copy per mention
                other = runs[j]
                if other.start >= stop:
                    break
                if other.person and not set(other.name.split()) & parts:
                    stop = other.start  # a pronoun after another name is that name's
                    break
            for match in _HE_OR_SHE.finditer(self.text, run.end, stop):
                if not inside_spans(self._quoted, match.start()):
                    # A pronoun inside a quotation is the speaker's, about someone else.
                    votes.append((match.start(), 1 if match.group().lower() == "he" else -1))
        return votes

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
        words = words_with_offsets(self.text, start, end)
        if self._nicknames:
            words = [
                w for w in words if not any(lo <= w[0] < hi for lo, hi in self._nicknames)
            ] or words
        while len(words) > 1 and words[0][2].isdigit() and is_capitalised(words[1][2]):
            # "… forward with. 469 The next day, he …": a footnote or year before the phrase.
            words = words[1:]
            start = words[0][0]
        if (
            len(words) > 2
            and words[1][2].lower() in ("the", "a", "an")
            and words[0][2].islower()
            and words[0][2].lower() not in FUNCTION_WORDS
            and words[0][2].lower() not in DETERMINERS
        ):
            # "at which point the crowd chanted": a noun of the clause before the subject's
            # article belongs to that clause, the subject opens with its article.
            words = words[1:]
            start = words[0][0]
        if not words:
            return None
        lowers = [w[2].lower() for w in words]
        if len(words) == 1 and lowers[0] in ("he", "she", "him", "her"):
            key = self._antecedent(start, lowers[0])
            if key is not None:
                self._entities[key].mentions.append(Span(start, end))
                self._last_person = (start, key)
            return key
        if len(words) == 1 and lowers[0] in _GROUP_PRONOUNS:
            return self._recent_group(start)
        if len(words) == 1 and lowers[0] in ("i", "who", "you", "which", "that"):
            return None
        clause = next(
            (i for i, w in enumerate(words) if i and _opens_predicate(words, lowers, i)),
            None,
        )
        if clause is not None:
            # "the media has always", "a member of the family suggested they": the subject runs
            # up to the clause's verb or pronoun (a trailing participle goes with the verb).
            while clause > 1 and lowers[clause - 1].endswith("ed"):
                clause -= 1
            words, lowers = words[:clause], lowers[:clause]
            end = words[-1][1]
        of = lowers.index("of") if "of" in lowers[2:] else -1
        if (
            of > 0
            and all(is_capitalised(w[2]) for w in words[:of])
            and not any(w in TITLE_WORDS or w in ORG_WORDS for w in lowers[of - 2 : of])
        ):
            # "Tom Berg of the Oslo Institute", "Ann Lind of Elmwood": the name, then where from.
            cue_role = cue_role or (words[of + 1][0], words[-1][1])
            words, lowers = words[:of], lowers[:of]
            end = words[-1][1]
        trimmed = _trimmed_phrase(words, lowers)
        if trimmed is None:
            return None
        words, lowers = words[:trimmed], lowers[:trimmed]
        end = words[-1][1]
        if len(words) > 1 and lowers[0] in ("his", "her") and not is_capitalised(words[1][2]):
            # "her campaign", "his chief aide" (up to its verb): the owner is the person
            # "he"/"she" would be.
            owner = self._antecedent(start, "he" if lowers[0] == "his" else "she")
            if owner is not None:
                rest = self.text[words[1][0] : end]
                name = f"{self._entities[owner].name}’s {rest}"
                key = name.lower()
                if key not in self._entities:
                    self._entities[key] = _Entity(key=key, name=name, person=False)
                return self._note(key, self.text[start:end], start, end)
        surface = self.text[start:end]
        if not self._plausible_phrase(words, lowers):
            return None
        curated = self._match_curated(words)
        if curated is not None:
            return self._note(curated, surface, start, end)
        named = self._named_phrase(words) or self._surname_like_title(words, start)
        if named is not None:
            name, role = named
            fullest = self._fullest(name, start)
            honorific = next((w for w in words if w[2].lower() in HONORIFICS), None)
            if (
                honorific is not None
                and fullest != name
                and HONORIFICS[honorific[2].lower()]
                and (
                    self._gender(fullest, start) not in ("", HONORIFICS[honorific[2].lower()])
                    or self._other_marital_title(honorific[2], fullest.split()[0])
                )
            ):
                # "Mr. Berg" in a text that names only an Ann Berg in full: another member of
                # the family, known by the honorific.
                fullest = self.text[honorific[0] : words[-1][1]]
            key = fullest.lower()
            entity = self._entities.get(key)
            if entity is None:
                institution = lowers[0] == "the" and role is None and " " not in fullest
                # "the Ministry", "the Pentagon": an institution, named as the text names it.
                display = f"the {fullest}" if institution else fullest
                entity = _Entity(key=key, name=display, person=not institution)
                self._entities[key] = entity
            if entity.role is None:
                entity.role = role or self._role_of(fullest, cue_role)
            if entity.person:
                self._last_person = (start, key)
            return self._note(key, surface, start, end)
        if named_only:
            return None
        if len(words) == 1 and not lowers[0].endswith("s"):
            # A one-word description is a plural group ("officials", "Critics"); "Item" is not.
            return None
        titled = self._titled_person(lowers, start)
        if titled is not None:
            return self._note(titled, surface, start, end)
        key = " ".join(w for w in lowers if w not in DETERMINERS) or surface.lower()
        entity = self._entities.get(key)
        if entity is None:
            name = surface[0].lower() + surface[1:] if lowers[0] in DETERMINERS else surface
            entity = _Entity(key=key, name=name, person=False)
            self._entities[key] = entity
        return self._note(key, surface, start, end)

    def named(
        self, name: str, role: str | None, start: int, end: int, person: bool, pronoun: bool
    ) -> str:
        """The entity for a speaker that another language's cue reader already named (name and
        role as the text gives them; ``attribution_de_fr_es``), noted at ``text[start:end]``:
        no English reading of the phrase, but curated speakers and aliases work as for English."""
        if not pronoun:
            curated = self._match_curated(words_with_offsets(self.text, start, end))
            if curated is not None:
                return self._note(curated, self.text[start:end], start, end)
        key = name.lower()
        entity = self._entities.get(key)
        if entity is None:
            entity = self._entities[key] = _Entity(key=key, name=name, person=person)
        if entity.role is None:
            entity.role = role
        if pronoun:
            entity.mentions.append(Span(start, end))
            return key
        return self._note(key, self.text[start:end], start, end)

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
            if not _role_has(entity.role, title):
                continue
            last = max((m.start for m in entity.mentions if m.start < at), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, key)
        if best is None:
            runs = self._ensure_runs()
            for i in range(bisect_left(self._run_starts, at) - 1, -1, -1):
                run = runs[i]
                if run.person and run.role and " " in run.name and _role_has(run.role, title):
                    best = (run.start, self._entity_for(run.name, run))
                    break
        if best is None:
            return None
        self._last_person = (at, best[1])
        return best[1]

    def _plausible_phrase(self, words: list[tuple[int, int, str]], lowers: list[str]) -> bool:
        """Reject what form text and headings produce: runs of capitals ("TICK BOX"), mark
        debris, a lone function word ("all"), a capitalised common word ("ANNEX", "Part")."""
        if any("''" in w[2] or "``" in w[2] for w in words):
            return False
        if len(words) > 1 and all(w[2].isupper() for w in words):
            return False
        if lowers[0] in _PHRASE_PREPOSITIONS or lowers[0] in _EXPLETIVES:
            return False
        if len(words) > 1 and lowers[0] in _NO_PHRASE_OPENERS and not is_capitalised(words[1][2]):
            return False  # "Given his past", "Ever since": no noun phrase opens so
        if words[0][2][0].isdigit() and self.text[words[0][0] - 1 : words[0][0]] == ",":
            return False  # "093 of the emails": the tail of a number like 30,093
        if words[0][2] in _CLAUSE_MARKERS or words[0][2] in _FINITE:
            return False  # "has in the past", "was responsible for": a predicate, no subject
        if words[0][2] in _OBJECT_PRONOUNS:
            return False
        if (
            len(lowers) > 1
            and not is_capitalised(words[0][2])
            and lowers[0].endswith("ed")
            and (lowers[1] in DETERMINERS or words[1][2] in _OBJECT_PRONOUNS)
            and not is_capitalised(words[-1][2])
        ):
            return False  # "emailed a news article": a verb phrase, its subject lies elsewhere
        if any(w in WEEKDAYS_MONTHS for w in lowers) and len(words) <= 2:
            return False
        if len(words) == 1:
            word = words[0][2]
            if lowers[0] in FUNCTION_WORDS or lowers[0] in DETERMINERS:
                return False
            if lowers[0] in FORM_WORDS and (
                word.isupper() or " " not in self._fullest(word, words[0][0])
            ):
                # "SECTION", "Total": a label on a form, however rare in lower case (unless
                # the text names someone with it: "Ola Page").
                return False
            if is_capitalised(word) and (word.isupper() or len(word) > 1):
                if self._lower_words is None:
                    self._lower_words = _lower_words(self.text)
                if (
                    lowers[0] in self._lower_words
                    and not lowers[0].endswith("s")
                    and (word.isupper() or " " not in self._fullest(word, words[0][0]))
                ):
                    # "Based", "ANNEX": a common word that happens to be capitalised here.
                    return False
        return True

    def label(self, label: str, start: int, end: int) -> str:
        """The entity for a transcript label ("Ms. Lee", "Q"), by fullest name when the text
        gives one ("Ann Lee"); a bare "Q" is the press asking."""
        if label == "Q":
            key = "label:q"
            if key not in self._entities:
                self._entities[key] = _Entity(
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
            self._entities[key] = _Entity(key=key, name=name, role=role)
        return self._note(key, label, start, end)

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

    def _named_phrase(self, words: list[tuple[int, int, str]]) -> tuple[str, str | None] | None:
        """(name, role) when the phrase is a name with optional titles before it."""
        tokens = [w[2] for w in words]
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
        described = (
            len(tokens) - run_start >= 2
            and run_start > 0
            and not any(t.lower() in _PHRASE_PREPOSITIONS for t in tokens[:run_start])
        )
        if 0 < run_start < len(tokens) and (
            tokens[run_start - 1].lower() in TITLE_WORDS or described
        ):
            # "Oslo chapter president Tom Berg": everything before the name is the role.
            role_words = tokens[:run_start]
            while run_start < len(tokens) - 1 and tokens[run_start].lower() in TITLE_WORDS:
                role_words.append(tokens[run_start])
                run_start += 1
            name_words = [t for t in tokens[run_start:] if t.lower() not in HONORIFICS]
            if name_words:
                return " ".join(name_words), " ".join(role_words)
        if (
            len(tokens) < len(words)
            and 0 < run_start <= 2
            and not any(is_capitalised(t) or t.lower() in TITLE_WORDS for t in tokens[:run_start])
            and not tokens[run_start - 1].endswith(("’s", "'s"))
            and not any(t.isupper() for t in tokens[run_start:])
        ):
            # "an angry Berg", "a defiant Lind": a mood, not a role; the name speaks.
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
        if not determined and self._sentence_initial_common_noun(words[0][0], tokens):
            return None
        parse = split_role_and_name(tokens)
        if parse is None:
            return None
        return parse.name, parse.role

    def _surname_like_title(
        self, words: list[tuple[int, int, str]], start: int
    ) -> tuple[str, None] | None:
        """ "Dean", "Judge", "Marshal" alone: a title word, unless the text names someone in
        full with it as the surname ("Howard Dean"); then it is that person."""
        if len(words) != 1 or words[0][2].isupper() or not is_capitalised(words[0][2]):
            return None
        word = words[0][2]
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
            self._lower_words = _lower_words(self.text)
        return tokens[0].lower() in self._lower_words

    def _role_of(self, name: str, cue_role: tuple[int, int] | None) -> str | None:
        """The role the text gives this name: a title before it anywhere in the document, the
        appositive at the cue, or an appositive after a full mention ("X, the nominee,")."""
        self._ensure_runs()
        role = self._roles.get(name.lower())
        if role:
            return role
        if cue_role is not None:
            return _strip_article(self.text[cue_role[0] : cue_role[1]])
        if name.lower() in self._roleless:
            return None
        runs = self._runs or []
        parts = name.split()
        for i in self._runs_by_word.get(parts[-1].lower(), ()):
            run = runs[i]
            if run.name != name:
                continue
            found = _APPOSITIVE.match(self.text, run.end)
            if found and any(w in TITLE_WORDS for w in found.group(1).lower().split()):
                role = _strip_article(found.group(1))
                self._roles[name.lower()] = role
                return role
        self._roleless.add(name.lower())  # looked through every mention once: none
        return None

    def _match_curated(self, words: list[tuple[int, int, str]]) -> str | None:
        if not self._curated:
            return None
        surface = " ".join(w[2] for w in words).lower()
        tokens = {w[2].lower() for w in words if is_capitalised(w[2])}
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

    def _antecedent(self, at: int, pronoun: str) -> str | None:
        """The person a "he"/"she" at an attribution stands for, in order of evidence: a person
        in subject position earlier in the same sentence, the person quoted last (nearby), a
        person in subject position in the two sentences before, the most recent person."""
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
        if self._last_person is not None:
            position, key = self._last_person
            gender = self._gender(self._entities[key].name, at)
            if (
                at - position < _LAST_SPEAKER_REACH
                and not (want and gender and gender != want)
                and not addressee & set(key.split())
            ):
                last = (position, key)
        if found is not None and (last is None or self._found_at >= last[0]):
            return found
        if last is not None:
            return last[1]
        return self._recent_person(at, want, max(0, at - 3000), subject=False, skip=addressee)

    def _addressee(self, at: int) -> set[str]:
        """The lower-cased name words of whoever the speaker addresses ("he told Hannity",
        "she asked Mr. Lee"): the one person the pronoun cannot stand for."""
        match = _ADDRESSEE.match(self.text, at)
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
            for m in _SENTENCE_END.finditer(self.text, lo, hi)
            if m.end() - m.start() > 2 or not inside_spans(self._quoted, m.start())
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
            if not run.person or inside_spans(self._quoted, run.start):
                continue
            if subject and not self._is_subject_position(run.start, run.end):
                continue
            name = self._fullest(run.name, run.start)
            if self._curated:
                curated = self._match_curated(words_with_offsets(self.text, run.start, run.end))
                if curated is not None:
                    name = self._entities[curated].name
            if " " not in name and not (run.role or run.gender or self._is_known_person(name)):
                continue
            if not self._plausible_person(name):
                continue
            gender = self._gender(name, at)
            if run.gender and gender and run.gender != gender and name != run.name:
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
            yield run, name, rank

    def _pronoun_led(self, offset: int, at: int, want: str) -> bool:
        """Whether the sentence around ``offset`` has a "he" ("she" for ``want`` "f") for a
        subject: at its start, after an opening phrase ("In May, he …") or as the reporting
        clause after a quotation (“…,” he said)."""
        start = self._sentence_start(offset, max(0, offset - 400))
        ends = self._sentence_ends(offset, min(at, offset + 400))
        end = ends[0] if ends else min(at, offset + 400)
        pattern = _SHE_SUBJECT if want == "f" else _HE_SUBJECT
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
            self._lower_words = _lower_words(self.text)
        return name.split()[-1].lower() not in self._lower_words

    def _is_known_person(self, name: str) -> bool:
        entity = self._entities.get(name.lower())
        return entity is not None and entity.person

    def _entity_for(self, name: str, run: _Run) -> str:
        key = name.lower()
        if key not in self._entities:
            self._entities[key] = _Entity(key=key, name=name, role=self._role_of(name, None))
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

    # -- candidates for the ranker -----------------------------------------------------------

    def name_mentions(self, lo: int, hi: int) -> list[NameMention]:
        """The name runs that start in ``text[lo:hi]``, each with the key of the entity it
        names (its fullest name), its gender and whether it is a person: the candidates the
        speaker ranker weighs. Read-only: no entity is created until one is chosen."""
        runs = self._ensure_runs()
        index = bisect_left(self._run_starts, lo)
        out: list[NameMention] = []
        while index < len(runs) and runs[index].start < hi:
            if index not in self._mention_cache:
                self._mention_cache[index] = self._name_mention(runs[index])
            found = self._mention_cache[index]
            if found is not None:
                out.append(found)
            index += 1
        return out

    def _name_mention(self, run: _Run) -> NameMention | None:
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
        return NameMention(run.start, run.end, full.lower(), name, gender, run.person)

    def _candidate_name(self, run: _Run) -> str:
        """``_fullest`` of a run, shared by the mentions of one word that follow the same full
        names (a long report repeats a surname hundreds of times)."""
        if " " in run.name:
            return self._fullest(run.name, run.start)
        known = self._full_names.get(run.name.lower(), ())
        key = (run.name, bisect_left(known, (run.start, "")))
        full = self._fullest_cache.get(key)
        if full is None:
            full = self._fullest_cache[key] = self._fullest(run.name, run.start)
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
            self._entities[mention.key] = _Entity(
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
                    role=entity.role,
                    aliases=tuple(a for a in entity.aliases if a != entity.name),
                    mentions=mentions,
                    curated=entity.curated,
                )
            )
        return tuple(out), ids
