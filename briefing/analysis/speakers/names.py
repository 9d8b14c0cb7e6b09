"""Gazetteer-free heuristics for names, titles and roles in English news prose.

A *name run* is a sequence of capitalised words ("US Secretary of State Mara Lind"). The
run is split into a role (the leading titles, "US Secretary of State") and a name (the trailing
words, "Mara Lind") with closed word lists of titles and honorifics, never with lists of
people: the same rules must work on any article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.speakers.given_names import gender_of_first_name

# Words that open a noun phrase without being part of the name.
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)

PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "who", "you"])
MALE_PRONOUNS = frozenset(["he", "him", "his", "himself"])
FEMALE_PRONOUNS = frozenset(["she", "her", "hers", "herself"])

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dr": "",
    "dr.": "",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
}

# Titles and role nouns: a run of these (with nationality and office words) before a name is
# the role ("Foreign Minister", "Sen.", "presidential candidate").
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "secretary",
        "minister",
        "senator",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "del.",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "gov.",
        "governor",
        "lt",
        "lt.",
        "mayor",
        "judge",
        "justice",
        "general",
        "gen",
        "gen.",
        "admiral",
        "adm",
        "adm.",
        "colonel",
        "col",
        "col.",
        "sgt",
        "sgt.",
        "sergeant",
        "captain",
        "capt",
        "capt.",
        "major",
        "maj",
        "maj.",
        "commander",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "member",
        "cfo",
        "coo",
        "director",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "rev",
        "rev.",
        "reverend",
        "prof",
        "prof.",
        "professor",
        "commissioner",
        "attorney",
        "leader",
        "speaker",
        "candidate",
        "nominee",
        "hopeful",
        "founder",
        "co-founder",
        "officer",
        "chief",
        "executive",
        "editor",
        "anchor",
        "host",
        "correspondent",
        "reporter",
        "analyst",
        "strategist",
        "adviser",
        "advisor",
        "aide",
        "manager",
        "sheriff",
        "councilman",
        "councilwoman",
        "lawmaker",
        "head",
        "envoy",
        "diplomat",
        "official",
        "counsel",
        "prosecutor",
        "lawyer",
        "economist",
        "author",
        "writer",
        "columnist",
        "commentator",
        "activist",
        "coach",
        "pastor",
        "rabbi",
        "imam",
        "chaplain",
        "superintendent",
        "deputy",
        "assistant",
        "press",
        "president-elect",
        "nominee-elect",
        "whip",
        "delegate",
        "treasurer",
        "clerk",
        "inspector",
        "detective",
        "agent",
        "trooper",
        "officer",
        "marshal",
        "chairman-elect",
        "physician",
        "surgeon",
        "dean",
        "provost",
        "principal",
        "producer",
        "director-general",
        "secretary-general",
        "administrator",
        "emir",
        "sheikh",
        "ayatollah",
        "dictator",
    ]
)

# Lower-case words that may sit inside a role before a name ("former presidential candidate").
ROLE_MODIFIERS = frozenset(
    [
        "former",
        "ranking",
        "presidential",
        "vice",
        "deputy",
        "senior",
        "chief",
        "acting",
        "foreign",
        "state",
        "national",
        "federal",
        "democratic",
        "republican",
        "interim",
        "incoming",
        "outgoing",
        "longtime",
        "top",
        "campaign",
        "press",
        "communications",
        "security",
        "defense",
        "defence",
        "foreign-policy",
        "policy",
        "political",
        "senate",
        "house",
        "prime",
        "general",
        "special",
        "assistant",
        "associate",
        "executive",
        "managing",
        "then-candidate",
        "then",
    ]
)

# Words that mark a run as an organisation or place rather than a person.
ORG_WORDS = frozenset(
    [
        "chapter",
        "section",
        "part",
        "article",
        "figure",
        "table",
        "volume",
        "appendix",
        "states",
        "house",
        "party",
        "department",
        "university",
        "college",
        "school",
        "news",
        "post",
        "times",
        "journal",
        "committee",
        "congress",
        "senate",
        "court",
        "union",
        "council",
        "association",
        "foundation",
        "institute",
        "center",
        "centre",
        "agency",
        "administration",
        "ministry",
        "office",
        "company",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "ltd",
        "group",
        "bank",
        "network",
        "times",
        "tribune",
        "herald",
        "daily",
        "press",
        "review",
        "magazine",
        "channel",
        "radio",
        "television",
        "tv",
        "republic",
        "kingdom",
        "federation",
        "county",
        "city",
        "state",
        "street",
        "avenue",
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "church",
        "hospital",
        "museum",
        "library",
        "commission",
        "board",
        "bureau",
        "service",
        "services",
        "campaign",
        "fund",
        "organization",
        "organisation",
        "club",
        "league",
        "airport",
        "station",
        "coalition",
        "movement",
        "front",
        "project",
        "initiative",
        "network",
        "media",
        "online",
        "reuters",
    ]
)

# Capitalised words that start sentences without naming anyone.
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "but",
        "and",
        "or",
        "in",
        "on",
        "at",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "so",
        "yet",
        "for",
        "with",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "our",
        "its",
        "what",
        "why",
        "how",
        "who",
        "where",
        "there",
        "here",
        "then",
        "now",
        "still",
        "also",
        "even",
        "just",
        "only",
        "meanwhile",
        "however",
        "last",
        "next",
        "according",
        "during",
        "since",
        "although",
        "though",
        "because",
        "by",
        "from",
        "to",
        "of",
        "into",
        "over",
        "under",
        "about",
        "despite",
        "once",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "did",
        "does",
        "do",
        "will",
        "would",
        "could",
        "should",
        "can",
        "might",
        "must",
        "sometimes",
        "often",
        "always",
        "never",
        "hardly",
        "soon",
        "finally",
        "unless",
        "until",
        "instead",
        "indeed",
        "thus",
        "while",
        "whether",
        "like",
        "many",
        "much",
        "few",
        "several",
        "given",
        "some",
        "most",
        "all",
        "any",
        "both",
        "each",
        "every",
        "no",
        "not",
        "one",
        "two",
        "three",
        "several",
        "more",
        "other",
        "another",
        "such",
        "my",
        "your",
        "you",
        "me",
        "us",
        "them",
        "him",
        "yes",
        "oh",
        "well",
        "today",
        "yesterday",
        "tomorrow",
        "asked",
        "said",
        "says",
        "told",
        "added",
        "later",
        "earlier",
        "again",
    ]
)

WEEKDAYS_MONTHS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

# The words of forms and document structure ("SECTION 4", "ANNEX", "TOTAL"): written in
# capitals they label a part of the page, and the document may never use them in lower case,
# so only this list tells them from an acronym that names a speaker ("NATO", "UNESCO").
FORM_WORDS = frozenset(
    [
        "address",
        "amount",
        "annex",
        "answer",
        "appendix",
        "article",
        "attachment",
        "box",
        "caution",
        "chapter",
        "clause",
        "code",
        "column",
        "contents",
        "continued",
        "date",
        "enclosure",
        "entry",
        "example",
        "exhibit",
        "field",
        "figure",
        "footnote",
        "form",
        "forms",
        "heading",
        "important",
        "index",
        "instruction",
        "instructions",
        "item",
        "items",
        "line",
        "lines",
        "name",
        "no",
        "none",
        "note",
        "notes",
        "notice",
        "number",
        "page",
        "pages",
        "paragraph",
        "part",
        "question",
        "reference",
        "remarks",
        "report",
        "row",
        "schedule",
        "section",
        "sections",
        "see",
        "signature",
        "subtotal",
        "summary",
        "table",
        "title",
        "total",
        "warning",
        "yes",
    ]
)

# Name particles that may sit between capitalised name words.
PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "al",
        "bin",
        "ibn",
        "y",
    ]
)

_WORD = re.compile(r"[^\W\d_][\w’'\-]*(?:\.(?![A-Z][a-z])[\w’'\-]*)*|\d[\w.\-]*")


@dataclass(frozen=True, slots=True)
class NameParse:
    """A speaker phrase split into the role before the name and the name itself."""

    name: str
    role: str | None
    honorific: str | None


def words_with_offsets(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word tokens of ``text[start:end]`` as absolute ``(start, end, word)`` triples.

    A trailing period stays on a token only for abbreviations ("Mr.", "U.S.", "J."), so that
    a sentence-final "said." is the word "said".
    """
    out = []
    for match in _WORD.finditer(text, start, end):
        s, e = match.span()
        word = match.group()
        if word.endswith(".") and not is_abbreviation(word):
            word = word.rstrip(".")
            e = s + len(word)
            if not word:
                continue
        out.append((s, e, word))
    return out


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.|(?:[A-Za-z]\.){2,})$")
_KNOWN_ABBR = frozenset(
    [
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sen.",
        "rep.",
        "del.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "sgt.",
        "st.",
        "jr.",
        "sr.",
        "prof.",
        "rev.",
        "capt.",
        "adm.",
        "maj.",
        "no.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "vs.",
        "etc.",
        "mt.",
        "ft.",
        "u.s.",
        "u.n.",
        "u.k.",
        "d.c.",
        "calif.",
        "fla.",
        "mass.",
        "ariz.",
    ]
)


def is_abbreviation(word: str) -> bool:
    """A word whose final period belongs to the word (an initial, "Mr.", "U.S.")."""
    return word.lower() in _KNOWN_ABBR or bool(_ABBREVIATION.match(word))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def split_role_and_name(words: list[str]) -> NameParse | None:
    """Split "US Secretary of State Mara Lind" into role and name; None if no name.

    The name is what follows the last title word (skipping "of X" after a title, which names
    the office: "Secretary of State"). Honorifics are dropped from the name but remembered.
    """
    honorific = None
    if not words:
        return None
    last_title = -1
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in HONORIFICS:
            last_title = index
            honorific = lower.rstrip(".")
        elif lower in TITLE_WORDS or lower in ROLE_MODIFIERS:
            last_title = index
    if (
        last_title == len(words) - 1
        and last_title > 0
        and words[last_title].lower() not in HONORIFICS
        and gender_of_first_name(words[last_title - 1])
    ):
        # "Howard Dean", "Ann Judge": a given name makes the title word a surname.
        last_title = max(
            (i for i, w in enumerate(words[: last_title - 1]) if w.lower() in TITLE_WORDS),
            default=-1,
        )
    start = last_title + 1
    if start > 0 and start < len(words) and words[start].lower() in ("of", "for"):
        # "Secretary of State Mara Lind": the office runs on; leave two words for the name.
        start += 2
        while len(words) - start > 2 and words[start].lower() not in HONORIFICS:
            start += 1
        start = min(start, len(words) - 1)
    name_words = [w for w in words[start:] if w.lower() not in HONORIFICS]
    if not name_words or not any(is_capitalised(w) for w in name_words):
        return None
    role_words = [w for w in words[:start] if w.lower() not in HONORIFICS]
    role = " ".join(role_words) or None
    if role is not None and not any(w.lower() in TITLE_WORDS for w in role_words):
        role = None
    return NameParse(" ".join(name_words), role, honorific)


def looks_like_org(words: list[str]) -> bool:
    return any(w.lower() in ORG_WORDS for w in words)


def slug(text: str) -> str:
    """A stable id from a name: lower-case ASCII-ish words joined by hyphens."""
    cleaned = re.sub(r"[^\w]+", "-", text.lower().replace("’", "").replace("'", ""))
    return cleaned.strip("-_") or "speaker"
