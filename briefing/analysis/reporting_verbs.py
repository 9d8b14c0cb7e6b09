"""Verbs that introduce reported speech, in every inflected form the attribution rules look for.

Kept as lemmas plus a tiny inflector so the list stays readable and easy to extend: a verb earns
its place when journalists use it to attribute words to a source ("said", "tweeted", "warned").
Verbs that only sometimes report speech ("called", "put it") are included when the quote is
their complement often enough that leaving them out loses more than it gains.
"""

from __future__ import annotations

# Regular verbs: base form (the inflector adds -s, -ed, -ing).
_REGULAR = [
    "add",
    "acknowledge",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "boast",
    "call",
    "caution",
    "cheer",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confess",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "decry",
    "demand",
    "deny",
    "describe",
    "dismiss",
    "emphasize",
    "emphasise",
    "echo",
    "estimate",
    "exclaim",
    "explain",
    "insist",
    "inform",
    "instruct",
    "joke",
    "lament",
    "mention",
    "muse",
    "mock",
    "note",
    "observe",
    "opine",
    "plead",
    "point",
    "predict",
    "proclaim",
    "promise",
    "pronounce",
    "protest",
    "quip",
    "recall",
    "recount",
    "reflect",
    "reiterate",
    "remark",
    "remember",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "scoff",
    "scream",
    "shout",
    "sigh",
    "state",
    "stress",
    "suggest",
    "summarize",
    "summarise",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "yell",
    "testify",
    "bark",
    "snap",
    "growl",
    "thunder",
    "roar",
    "fume",
    "gush",
    "rave",
    "chide",
    "jab",
    "marvel",
    "exult",
    "crow",
    "interject",
    "interrupt",
    "chime",
    "snipe",
    "slam",
    "blast",
    "scold",
    "blame",
    "cite",
    "characterize",
    "characterise",
    "accuse",
    "deride",
    "dub",
    "label",
    "brand",
    "praise",
    "tout",
    "grumble",
    "pledge",
    "denounce",
    "condemn",
    "criticize",
    "criticise",
    "lash",
    "rail",
    "hint",
    "highlight",
    "sneer",
    "gripe",
    "rant",
    "mutter",
    "murmur",
    "laud",
    "hail",
    "swear",
    "elaborate",
    "hypothesize",
    "hypothesise",
    "lecture",
    "chant",
    "implore",
    "beg",
    "gloat",
    "posit",
    "charge",
    "maintain",
    "underscore",
    "confide",
    "tease",
    "taunt",
    "rebut",
    "rebuke",
    "ridicule",
    "reassure",
    "surmise",
    "apologize",
    "apologise",
    "lambast",
    "preach",
    "email",
    "brag",
    "concur",
    "theorize",
    "theorise",
    "retaliate",
    "react",
    "laugh",
    "riff",
]

# Regular verbs that double their last consonant before -ed and -ing ("quipped", "rebutting").
_DOUBLING = frozenset(["quip", "snap", "jab", "rebut", "beg"])

# Irregular or spelling-changing verbs: every form listed explicitly.
_IRREGULAR = [
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "speak",
    "speaks",
    "spoke",
    "spoken",
    "speaking",
    "put",
    "puts",
    "putting",
    "reads",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "retweet",
    "retweets",
    "retweeted",
    "retweeting",
    "quip",
    "quips",
    "quipped",
    "quipping",
]

# Verbs that report speech only right before the quote ("X continued: “…”", "what she calls
# “…”"); further away they are ordinary verbs ("will continue to pursue").
WEAK_VERBS: frozenset[str] = frozenset(
    [
        "continue",
        "continues",
        "continued",
        "continuing",
        "call",
        "calls",
        "called",
        "calling",
        "put",
        "puts",
        "putting",
        "point",
        "points",
        "pointed",
        "pointing",
        "reads",
        "describe",
        "describes",
        "described",
        "describing",
    ]
)

# "X shot back", "X hit back": verbs that report speech only when "back" follows them.
BACK_VERBS: frozenset[str] = frozenset(
    ["shot", "shoots", "shooting", "fired", "fires", "firing", "hit", "hits", "hitting"]
)

# Phrases whose last word is not a reporting verb but which attribute a quote to the
# preceding noun phrase ("X went on to say" is caught by "say"; these need their own entry).
ACCORDING_TO = "according to"


def _inflect(base: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms of a regular verb (good enough for this closed list)."""
    if base.endswith("ee"):
        past, ing = base + "d", base + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in _DOUBLING:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return base, third, past, ing


def _all_forms() -> frozenset[str]:
    forms: set[str] = set(_IRREGULAR)
    for base in _REGULAR:
        forms.update(_inflect(base))
    return frozenset(forms)


REPORTING_VERBS: frozenset[str] = _all_forms()

# Forms that introduce a quote only as a noun phrase cue: "in a statement", "X's tweet".
REPORTING_NOUNS: frozenset[str] = frozenset(
    [
        "statement",
        "statements",
        "tweet",
        "tweets",
        "remarks",
        "remark",
        "comment",
        "comments",
        "interview",
        "speech",
        "letter",
        "post",
        "posting",
        "email",
        "memo",
        "message",
        "testimony",
        "release",
        "words",
    ]
)
