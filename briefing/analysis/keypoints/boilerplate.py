"""Lines that are never a key point, whatever their score: the furniture of a document.

A fitted scorer learns what editors pick from news articles, where furniture is rare; real
documents (wiki pages, the Congressional Record, forms, plays, redacted reports) are full of it.
So these rules are not features to be outweighed but a gate: a sentence they name is no
candidate at all. Each rule is general (shapes of text, not words of any one document) and
cheap: one or two regular expressions per sentence.
"""

from __future__ import annotations

import re
from itertools import islice

from briefing.analysis.lexicon import words as lexicon_words
from briefing.analysis.text.letters import capitals_at_most, letters_and_capitals, narrow_words

MIN_WORDS = 5  # fewer words than this is a fragment, not a point
_SHOUTING_CAPITALS = 12  # more capitals than this, most of the letters, is a banner or a form
# A word has two letters in a row, or is one letter without a full stop ("a", "Hepatitis B"): the
# initials of "U.S.C. § 30109(d)(l)" are no words, so a bare statute reference is short. The
# pattern opens with a letter, so the search skips ahead to one; it needs no lookbehind for a
# letter before it, as ``findall`` never starts inside a run of letters (a match takes all of
# its letters, and a failed start is a lone letter before a full stop).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]+|(?![^\W\d_]|\.))(?:['’-][^\W\d_]+)*")
# The same words where a letter can only be one of ``[A-Za-z]`` (no character outside ASCII is a
# word character: curly quotes and dashes are not), as in most sentences: a range test is faster
# than the Unicode category test, and the matches are the same.
_ASCII_WORD = re.compile(r"[A-Za-z](?:[A-Za-z]+|(?![A-Za-z]|\.))(?:['’-][A-Za-z]+)*")
_DIGIT = re.compile(r"\d")  # footnote markers need one: most sentences are spared their rules

# Site furniture and the disambiguation notes of wikis.
_NAVIGATION = re.compile(
    r"^\W*(?:jump to|skip to|go to|back to|return to|click here|read more|see also|"
    r"share (?:this|on)|follow us|sign (?:in|up)|log ?in|subscribe|main menu|navigation menu|"
    r"for other uses|not to be confused|this (?:article|page|entry) is about|"
    r"from wikipedia|retrieved (?:from|on|\d)|"
    r"(?:previous|next) (?:page|article|post)|all rights reserved|copyright (?:©|\(c\)|\d))\b",
    re.IGNORECASE,
)
# A wiki's "X redirects here", apart from the rest: its backtracking over the first words was
# most of the navigation rule's cost, so it runs only where the lower-cased sentence has " here"
# (ignoring case, only "H" and "h" match "h", and so for "e" and "r": no match is missed).
_REDIRECT = re.compile(r"^\W*\S+(?: \S+){0,5} redirects here\b", re.IGNORECASE)
_REDIRECT_SEED = " here"
# "Home | News | Sport": items between separators (looked for first: the expression is slow).
_MENU_SEPARATORS = "|•·»›"
_MENU_SEEDS = tuple(_MENU_SEPARATORS)
_MENU = re.compile(rf"(?:\s[{re.escape(_MENU_SEPARATORS)}]\s.*){{2,}}")
# A reference-list entry or a footnote's own text: a footnote marker (or a run of footnote
# numbers left in the text), an archive or access note, bibliographic codes. Three expressions,
# each as fast as its kind allows (a case-blind search is slow over every character, so the
# words are looked for in the lower-cased sentence): the entry's start, the words anywhere, and
# a court's citation signals, a source's date in brackets, a case name cut at its "v.".
_CITATION_START = re.compile(
    r"\s*(?:\^|[*†‡]|\[\^?\w{1,4}\]|\d{1,3}\.\s+[A-Z][^.]{0,60},\s+[A-Z]\.|\d{1,4}(?:\s+\d{1,4})+\s+[^\W\d])"
    r"|\W*(?:cf\.\s|see(?:,?\s+(?:e\.g\.|also|generally|id\.),?)?\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CITATION_WORDS = re.compile(
    r"\b(?:archived from the original|retrieved \d|accessed (?:on )?\d|doi:|isbn\b|issn\b|"
    r"op\. cit|ibid\b|et al\.,? \(?\d{4}|https?://|www\.)"
)
_CITATION_MARKS = re.compile(
    r"\((?i:quoting|citing|explaining|internal quotation marks|emphasis added|cleaned up)\b"
    r"|\(\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*\)"
)
_CASE_CUT = re.compile(r"\s[vV]\.$")
# A form's labels: quoted or bracketed capitals, fill-in blanks, a dotted leader; a line that is
# a field's caption ("Name:", "Date of Birth:"). A lookbehind opens no alternative, so the search
# skips ahead to the characters one can start with.
_FORM = re.compile(
    r"''[A-Z][A-Z ]{2,}''|``[A-Z]|_(?<=[A-Z]{2}_)(?=[A-Z][a-z])|_{3,}|\.{4,}|…{2,}|☐|□"
)
_EMPTY_BOX = re.compile(r"\(\s*\)|\[\s*\]")  # brackets only: the search skips to them
_FORM_CAPTION = re.compile(
    r"\W*(?:[A-Z][A-Za-z]*\s){0,4}(?i:no|number|name|date|signature|address)\.?:\s*$"
)
# What each expression above needs somewhere in the sentence before it can match: the
# search runs only where a seed is (``has_any``). The words' seeds are in lower case.
_CASE_CUT_SEEDS = ("v.", "V.")
_CITATION_WORDS_SEEDS = (
    "archived",
    "retrieved",
    "accessed",
    "doi:",
    "isbn",
    "issn",
    "op.",
    "ibid",
    "et al",
    "http",
    "www.",
)
_FORM_SEEDS = ("''", "``", "_", "....", "……", "☐", "□")
# Redaction markers: black boxes, FOIA exemption codes, the labels that stand for removed text.
# (Each lookbehind follows the characters it checks, for the search's speed, as in ``_FORM``.)
_REDACTION = re.compile(
    r"[█▇■▓]|\[\s*(?i:redacted|withheld|deleted|classified)|\((?:b|c)\)\s*\(\d\)|"
    r"REDACTED(?<!\wREDACTED)\b|[Xx](?<!\w[Xx])[Xx]{3,}\b"
    # a generic stand-in for a withheld name, and the ".," left where a passage was cut out
    r"|\[(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,3}(?:official|name|person|individual|source)s?\]"
    r"|\.,\s(?<=[a-z]{4}\.,\s)"
)
_REDACTION_SEEDS = ("█", "▇", "■", "▓", "[", "(b)", "(c)", "REDACTED", ".,")
_REDACTION_LOW_SEEDS = ("xxxx",)
# A press call's welcome and start (matched at the sentence's start) and its ground rules: how
# the call runs, not what it said.
_PROCEDURE_OPENING = re.compile(
    r"\W*(?:(?:thank you|thanks)\b[^.!?]{0,30}\bfor (?:joining|being (?:here|with us)|coming)\b"
    r"|welcome(?:,? \w+)?,? to (?:the|this|today's|our) (?:[\w'’]+ ){0,3}"
    r"(?:call|briefing|conference|event)\b"
    r"|(?:(?:all right|okay|ok|so|well),?\s+)?(?:let['’]s|let us|we['’]ll|we will|i['’]ll)\s+"
    r"(?:go ahead and\s+)?(?:get started|begin|start)\b[^.!?]{0,20}[.!?]?\s*$)",
    re.IGNORECASE,
)
_GROUND_WORDS = ("not for", "embargo", "attributable")
_GROUND_RULES = re.compile(
    r"\b(?:not for (?:reporting|attribution|publication)|(?:held )?under (?:an |the )?embargo"
    r"|embargoed (?:until|till)"
    r"|attributable (?:only )?to (?:an? |the )?(?:[\w-]+ ){0,3}officials?\b)",
    re.IGNORECASE,
)
# A speaker label or a stage direction standing as a line of its own: "Mr. SMITH of Ohio.",
# "The SPEAKER pro tempore (Mr. Poe).", "(Laughter.)", "[Applause]", "Exit Nurse."
_STAGE = re.compile(
    r"^\s*(?:[(\[][^)\]]{1,60}[)\]]\.?"
    r"|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]{2,}[\w.'’-]*"
    r"(?:\s+(?:of|pro|tem|tempore|from)\b[^.]{0,40})?(?:\s*\([^)]{1,40}\))?[.:]"
    r"|(?i:exit|exeunt|enter|re-enter)\b[^.]{0,40}\.)\s*$"
)
# A play's or interview's "Name: words" where the words are too few to be a statement.
_LABELLED = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*:\s+(?P<rest>.+)$", re.S)
_OPEN_BRACKET_TAIL = re.compile(r"[^(\[]{0,12}[)\]]")  # "2007) (explaining": a bracket's tail
# "150 and punished by article 151, ...": the tail of a list of numbers cut at an abbreviation
_NUMBER_LIST_TAIL = re.compile(r"\d{1,4}\s+(?:and|or|et|ou|und|oder|y|e)\s+[^\W\d_]{3,}")
_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# A footnote reference left in a report's running text: a number between one sentence's end and
# the next one's first word ("... persons. 45 By early 2015, ..."). It is a marker, not a count,
# before a word that opens sentences (no count is followed by "By" or "according"), or when it
# has three or four digits, is no year, and a capitalised word follows ("1177 Ardent told").
_OPENERS = "|".join(lexicon_words("keypoint_words.txt", "sentence_openers"))
_OPENER = rf"(?:{_OPENERS})\b"
_CAPITAL_OPENER = rf"(?:{_OPENERS.title()}|In|To|Of|And|Or|A|An)\b"
_NOT_YEAR_BEFORE_NAME = r"(?!1[89]\d\d|20\d\d)\d{3,4}\s+(?=[A-Z][A-Za-z-])"
_LEADING_MARKER = re.compile(
    rf"\s*(?:\d{{1,4}}\s+(?=(?i:{_OPENER})|{_CAPITAL_OPENER})|{_NOT_YEAR_BEFORE_NAME})"
)
# A list item's enumerator ("(ii)", "2)", "2°") and a run-in heading, which rules and regulations
# put before the sentence: "(ii) Receipts of Firms.--A firm which ...". The point is what
# follows (and an item that goes on in lower case is then a fragment of a list, no point).
_RUN_IN = re.compile(
    r"\s*(?:\((?:[ivx]{1,4}|\d{1,2}|[a-z])\)|(?:\d{1,2}|[a-z])\)|\d{1,2}°)\s+(?=[^\W\d_])"
    r"(?:(?:[A-Z][\w'’-]*,?\s+(?:(?:of|and|the|for|in|on|to|or|a|an)\s+)*){0,8}"
    r"[A-Z][\w'’-]*\.(?:--|—|–)\s*(?=[A-Z]))?"
)
_TRAILING_MARKER = re.compile(r"(?<=[.!?\"”’)])\s*(?:\d{1,4}|[*†‡]{1,3})\s*$")
_MARKER_SIGNS = "*†‡"
# A marker inside a sentence: two sentences glued at an abbreviation or a missing space
# ("files.264 Orla", "Jr. 1026 Tamsin told"), or a marker after a clause ("crates," 599 in
# part because", "meeting,981 Varga"). Numbered things ("No.1 seed", "Vol.2 of") are no markers,
# and after a full stop only a capitalised opener counts, and not after an abbreviation: "On
# Jan. 6 the crowd" and "On Jan. 6 The Times said" are one sentence.
_NUMBERED = "".join(
    rf"(?<!\b{word})" for word in ("No", "Nos", "no", "Vol", "vol", "Art", "Fig", "Ch", "pp", "Sec")
)
_INNER_MARKER = re.compile(
    rf"(?:[^\W\d_]|[\"”’)]){_NUMBERED}\s?[.,][\"”’]?\d{{1,4}}\s+[A-Za-z]"
    rf"|(?:[\"”’],|,[\"”’])\s(?!1[89]\d\d|20\d\d)\d{{3,4}}\s+(?:{_OPENERS}|and|but|or|in)\b"
    rf"|\.[\"”’]?\s+{_NOT_YEAR_BEFORE_NAME}"
    r"|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[a-z])(?<!\b[a-z]{2})"
    rf"\.[\"”’]?\s+\d{{1,4}}\s+(?={_CAPITAL_OPENER})"
)

# Every inner marker holds a full stop or comma, at most two characters after the match's start,
# followed by a digit (a closing mark or spaces between): found with this plain pattern first,
# the marker's own expression, slow with its lookbehinds, is tried only where one could start.
_MARKER_SEED = re.compile(r"[.,][\"”’]?\s*\d")
_SEED_REACH = 2


def _inner_marker(body: str) -> bool:
    """``_INNER_MARKER.search(body)``, tried only at the starts its seed allows."""
    for seed in _MARKER_SEED.finditer(body):
        at = seed.start()
        for start in range(max(0, at - _SEED_REACH), at + 1):
            if _INNER_MARKER.match(body, start):
                return True
    return False


# In a text that shows footnote markers (some beyond doubt), a number after a sentence's end or a
# clause's comma is one too, even before a name ("... the meeting. 97 Lund said", "the board,
# 862 stated", "Jr., 96 Eric Lund"), and so is one before an opener ("a connection 120 Between",
# "on May 7.908 according to"), as long as it is no year and no part of a larger number.
FOOTNOTED_MIN = 3  # this many certain markers make a text footnoted
_CERTAIN_MARKER = re.compile(
    rf"[.!?][\"”’]?\s+\d{{1,4}}\s+(?:{_CAPITAL_OPENER}|(?:according|between|similarly)\b)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_FOOTNOTED_LEADING = re.compile(rf"\s*(?!{_YEAR})\d{{1,4}}\s+(?=[^\W\d_])")
_FOOTNOTED_INNER = re.compile(
    rf"(?:\s(?<![\d\s]\s)[.,;:]|[.,;:](?<![\d\s][.,;:]))[\"”’]?\s?(?!{_YEAR})"
    rf"(?:\d{{1,4}}\s+(?=(?i:{_OPENER}))|\d{{3,4}}\s+(?=[^\W\d_]))"
    rf"|[a-z]\s+(?!{_YEAR})\d{{1,4}}\s+(?={_CAPITAL_OPENER})"
    rf"|,\s+(?!{_YEAR})\d{{1,4}}\s+(?=[A-Z])|\d\.\d{{3,4}}\s+(?=(?i:{_OPENER}))"
)


# Every match of ``_FOOTNOTED_INNER`` holds its number and then a space: a sentence without one is
# spared the expression (slow with its lookbehinds and alternatives).
_DIGIT_SPACE = re.compile(r"\d\s")


def footnoted(text: str) -> bool:
    """Whether ``text`` carries footnote markers in its running text (a report turned to text):
    then every number at a sentence's edge is read as one. Stops at the few it needs."""
    return len(list(islice(_CERTAIN_MARKER.finditer(text), FOOTNOTED_MIN))) == FOOTNOTED_MIN


def point_edges(body: str, *, in_footnoted: bool = False) -> tuple[int, int]:
    """Where ``body`` starts and ends once the furniture at its edges is cut (an enumerator, a
    run-in heading, footnote markers): the words of a report's sentence are a point, the
    reference number the splitter left on it is not."""
    start = 0
    leading = _FOOTNOTED_LEADING if in_footnoted else _LEADING_MARKER
    for edge in (_RUN_IN, leading):
        lead = edge.match(body, start)
        start = lead.end() if lead else start
    # A marker ends the sentence but for spaces: the search, tried at every character, runs
    # only when the last one is a digit or a footnote sign (most sentences end otherwise).
    last = body.rstrip()[-1:]
    if last.isdecimal() or (last != "" and last in _MARKER_SIGNS):
        trail = _TRAILING_MARKER.search(body, start)
        if trail:
            return start, trail.start()
    return start, len(body)


def boilerplate(body: str, *, in_footnoted: bool = False) -> str | None:
    """Why ``body`` (one sentence) can never be a key point, or ``None`` when it can be one.
    ``in_footnoted``: the text has footnote markers (:func:`footnoted`)."""
    words = _words(body)
    if len(words) < MIN_WORDS:
        return "short"
    if len(words) < 0.6 * len(body.split()):  # split() cuts where ``\S+`` does, faster
        return "non-words"
    low = body.lower()
    if _STAGE.match(body):
        return "stage"
    labelled = _LABELLED.match(body)
    if labelled and len(_words(labelled.group("rest"))) < MIN_WORDS:
        return "stage"
    if _redaction(body, low):
        return "redaction"
    if (
        _NAVIGATION.match(body)
        or (_REDIRECT_SEED in low and _REDIRECT.match(body))
        or (has_any(body, _MENU_SEEDS) and _MENU.search(body))
    ):
        return "navigation"
    if _PROCEDURE_OPENING.match(body) or _ground_rules(body, low):
        return "procedure"
    glued = _DIGIT.search(body) and (
        _inner_marker(body)
        or (in_footnoted and _DIGIT_SPACE.search(body) and _FOOTNOTED_INNER.search(body))
    )
    if glued or _citation(body, low):
        return "citation"
    if _form(body) or _FORM_CAPTION.match(body):
        return "form"
    if _shouting(body):
        return "form"
    if not _END.search(body) and _title_like(words):
        return "heading"
    if (
        (body[:1].islower() and body[1:2].islower())
        or _OPEN_BRACKET_TAIL.match(body)
        or _NUMBER_LIST_TAIL.match(body)
    ):
        return "fragment"  # the tail of a sentence cut at an abbreviation or a line break
    return None


def _words(body: str) -> list[str]:
    """The words of ``body`` (``_WORD``), by the ASCII pattern when its letters are."""
    return (_ASCII_WORD if narrow_words(body) else _WORD).findall(body)


def _citation(body: str, low: str) -> bool:
    """A reference-list entry, a footnote's text or a citation inside the sentence (``low``:
    the sentence in lower case). The searches run only where their characters are."""
    return bool(
        _CITATION_START.match(body)
        or ("(" in body and _CITATION_MARKS.search(body))
        or (has_any(body, _CASE_CUT_SEEDS) and _CASE_CUT.search(body))
        or (has_any(low, _CITATION_WORDS_SEEDS) and _CITATION_WORDS.search(low))
    )


def _redaction(body: str, low: str) -> bool:
    """``_REDACTION.search(body)``, run only where one of its seeds is."""
    return (
        has_any(body, _REDACTION_SEEDS) or has_any(low, _REDACTION_LOW_SEEDS)
    ) and _REDACTION.search(body) is not None


def _form(body: str) -> bool:
    """``_FORM.search(body)``, run only where one of its seeds is."""
    return (has_any(body, _FORM_SEEDS) and _FORM.search(body) is not None) or (
        ("(" in body or "[" in body) and _EMPTY_BOX.search(body) is not None
    )


def has_any(text: str, seeds: tuple[str, ...]) -> bool:
    """Whether any of ``seeds`` is in ``text``: a substring test costs a fraction of a
    regular expression's search, and most sentences hold none of a rule's seeds."""
    for seed in seeds:  # noqa: SIM110 (a loop, not any() over a generator: a third faster)
        if seed in text:
            return True
    return False


def _ground_rules(body: str, low: str) -> bool:
    """A call's ground rules (``low``: the sentence in lower case); their words are looked for
    first, as the rule's regular expression is slow on the many sentences that hold none."""
    return any(word in low for word in _GROUND_WORDS) and _GROUND_RULES.search(body) is not None


def _shouting(body: str) -> bool:
    """Mostly capital letters: a printer's imprint, a form caption or a banner, not a statement.
    Most sentences hold too few capitals for it even counting every non-ASCII character as one,
    which is cheaper than counting the letters."""
    if capitals_at_most(body) <= _SHOUTING_CAPITALS:
        return False
    letters, capitals = letters_and_capitals(body)
    return capitals > _SHOUTING_CAPITALS and capitals > 0.5 * letters


def _title_like(words: list[str]) -> bool:
    """No sentence end and half the words capitalised (or few words): a heading or a title
    page's line."""
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) <= 12 or capitalised >= 0.5 * len(words)
