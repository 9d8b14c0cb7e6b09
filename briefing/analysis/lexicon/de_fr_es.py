"""German, French and Spanish lexicons of the cue reader (``cues.de_fr_es``): reporting
verbs and their forms, source words ("laut", "selon", "según"), pronouns by gender, articles.

The words are data (``german.txt``, ``french.txt``, ``spanish.txt``, a section per field), so a
language is extended by editing its file; this module only reads them into one typed record."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.lexicon import word_set, words


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: frozenset[str]  # finite reporting verbs and their participles
    particle_verbs: dict[str, frozenset[str]]  # German "fügte … hinzu": verb -> its particles
    auxiliaries: frozenset[str]  # "hat", "a", "ha": the verb may be the participle after it
    adverbs: frozenset[str]  # may stand between subject and verb ("auch", "aussi", "también")
    sources_before: frozenset[str]  # the speaker follows: "so", "laut", "selon", "según"
    sources_after: frozenset[str]  # the speaker precedes: "zufolge"
    pronouns: dict[str, str]  # subject pronoun -> gender
    determiners: dict[str, str]  # article -> gender it marks ("" when none)
    honorifics: dict[str, str]  # "Herr", "Mme", "Sra." -> gender
    titles: dict[str, str]  # capitalised offices ("Präsident") -> gender
    joiners: frozenset[str]  # "und", "et", "y": join role nouns
    particles: frozenset[str]  # inside names: "von", "de", "del"
    stops: frozenset[str]  # words that end a speaker phrase read forwards (prepositions, ...)
    function_words: frozenset[str]  # capitalised only at a sentence start: never a name
    common_suffixes: tuple[str, ...] = ()  # noun endings no name has ("-ung", "-keit")


def _genders(name: str, section: str) -> dict[str, str]:
    """``word:gender`` pairs (nothing after the colon: the word marks no gender)."""
    pairs = (token.rpartition(":") for token in words(name, section))
    return {word: gender for word, _, gender in pairs}


def _particle_verbs(name: str) -> dict[str, frozenset[str]]:
    """``form=particle|particle``: a separable verb's form and the particles it may end with."""
    pairs = (token.partition("=") for token in words(name, "particle_verbs"))
    return {form: frozenset(particles.split("|")) for form, _, particles in pairs}


def _verbs(name: str) -> frozenset[str]:
    """The listed verb forms, and each regular stem with each regular ending (French -er)."""
    endings = words(name, "regular_endings")
    regular = (stem + ending for stem in words(name, "regular_stems") for ending in endings)
    return frozenset([*regular, *words(name, "verbs")])


def _lexicon(name: str) -> Lexicon:
    return Lexicon(
        verbs=_verbs(name),
        particle_verbs=_particle_verbs(name),
        auxiliaries=word_set(name, "auxiliaries"),
        adverbs=word_set(name, "adverbs"),
        sources_before=word_set(name, "sources_before"),
        sources_after=word_set(name, "sources_after"),
        pronouns=_genders(name, "pronouns"),
        determiners=_genders(name, "determiners"),
        honorifics=_genders(name, "honorifics"),
        titles=_genders(name, "titles"),
        joiners=word_set(name, "joiners"),
        particles=word_set(name, "particles"),
        stops=word_set(name, "stops"),
        function_words=word_set(name, "function_words"),
        common_suffixes=words(name, "common_suffixes"),
    )


DE = _lexicon("german.txt")
FR = _lexicon("french.txt")
LEXICONS = {"de": DE, "fr": FR, "es": _lexicon("spanish.txt")}
