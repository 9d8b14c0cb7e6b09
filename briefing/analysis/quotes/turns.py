"""Speaker turns in transcripts: press briefings (``MS. LEE:``, ``MR. KIRBY.``, bare ``Q``) and
the Congressional Record (``Mr. BERG.``, ``The PRESIDING OFFICER.``).

A transcript is recognised by its labels, not by its file name: at least two paragraphs must
open with a label, and at least one label must not be a bare ``Q`` (a single "Q" opening a
paragraph is too weak on its own). A turn runs from its label to the next label, even one in
the middle of a paragraph (a flattened transcript), or to a paragraph that is no speech: a
time stamp, a stage direction, a roll call's list of names. Each paragraph (or piece of one) of
a turn becomes one quote attributed to the label, so quotes never cross a paragraph and never
overlap each other.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.lexicon import word_set, words
from briefing.analysis.lexicon.roles import HONORIFICS, TITLE_WORDS
from briefing.analysis.speakers.given_names import gender_of_first_name
from briefing.model import BlockKind, Paragraph

_CAPS_WORD = r"[A-Z][A-Z.'’\-]*"
_NAME_WORD = r"[A-Z][A-Z'’\-]*[A-Z]"  # a name in capitals, with no full stop of its own
_HONORIFIC = r"(?:MR|MRS|MS|MISS|DR)\."
# Offices that open a label written in capitals and ended by a full stop ("SECRETARY LIND.").
_OFFICE = (
    r"(?:THE |VICE |DEPUTY |PRIME |ACTING )?(?:PRESIDENT|SECRETARY|SENATOR|GOVERNOR|MAYOR|"
    r"MINISTER|AMBASSADOR|ADMIRAL|GENERAL|COLONEL|CAPTAIN|DIRECTOR|CHAIRMAN|CHAIRWOMAN|CHAIR|"
    r"MODERATOR|JUDGE|JUSTICE|COMMISSIONER|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN|SPEAKER)"
)
_LABEL = re.compile(
    r"(?:"
    r"(?P<q>Q)(?::\s*|\.\s+|\s+)(?=\S)"
    rf"|(?P<caps>(?:{_CAPS_WORD} ){{0,4}}{_CAPS_WORD}(?: \[[^\]\n]{{1,40}}\])?):\s+(?=\S)"
    rf"|(?P<dot>(?:{_HONORIFIC}|{_OFFICE})(?: {_NAME_WORD}){{1,3}}|{_OFFICE})\.\s+(?=[\"“‘(\[A-Z])"
    r"|(?P<crec>(?:Mr|Mrs|Ms|Miss|Dr)\. (?:Mc|Mac|De|La|Di|O’|O')?[A-Z][A-Z'’\-]+"
    r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|The (?:PRESIDING OFFICER|PRESIDENT|SPEAKER|VICE PRESIDENT|CHAIRMAN|CHAIR|ACTING PRESIDENT"
    r"(?: pro tempore)?)(?: \([^)\n]{1,40}\))?)\.\s+(?=\S)"
    r")"
)
# Where a label may start inside a paragraph: after the end of a sentence.
_INNER_START = re.compile(r"(?<=[.!?…\"”’)\]—-])\s+(?=(?:Q[:.]|[A-Z][A-Za-z]*\.? ?[A-Z]))")
# Paragraphs that end a turn: "END", time stamps, page markers, stage directions.
_NOT_TURN = re.compile(
    r"(?:END\b|\d{1,2}:\d{2}\s*[AP]\.?M\.?|\[\[Page|\([^()]*\)\s*$|\[[^\[\]]*\]\s*$)"
)
# A stage direction standing for a turn's words: "Q (Inaudible.)", "MR. LIND: [Laughs.]".
_STAGE = re.compile(r"[(\[][^()\[\]]*[)\]]\s*$")
# A roll call's names: capitalised words ("Ros-Lehtinen", "McCarthy"), a state after some.
_NAME = re.compile(r"(?:Mc|Mac|O’|O')?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*$")
_STATE = re.compile(r"\([A-Z]{2}\)$")
_PARTICLES = word_set("quote_words.txt", "particles")
_MIN_NAMES = 4
_PROSE = frozenset({BlockKind.TEXT, BlockKind.BLOCKQUOTE, BlockKind.BULLET})
_MIN_LABELS = 2


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph (or the piece of one) of a speaker's turn: the words (``start``/``end``)
    and the label. Every piece of one turn shares its label's offsets."""

    paragraph: int
    start: int
    end: int
    label: str  # readable: "Ms. Lee", "The President", "Q"
    label_start: int
    label_end: int


@dataclass(frozen=True, slots=True)
class _Label:
    raw: str
    start: int
    end: int  # end of the label itself
    words: int  # where the turn's words begin
    strong: bool  # a name with a title or honorific: a label wherever it stands


def readable_label(label: str) -> str:
    """``MS. LEE`` -> ``Ms. Lee``; ``Mr. McDONALD`` -> ``Mr. McDonald``."""
    words = []
    for word in label.split():
        if word.startswith("[") or word.startswith("("):
            words.append(word)
            continue
        lower = word.lower()
        if lower.startswith("mc") and len(word) > 2:
            words.append("Mc" + word[2:].capitalize())
        elif lower in ("of", "pro", "tempore"):
            words.append(lower)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _match_label(text: str, start: int, end: int) -> _Label | None:
    match = _LABEL.match(text, start, end)
    if match is None:
        return None
    if match.group("q"):
        return _Label("Q", start, match.start("q") + 1, match.end(), False)
    group = next(name for name in ("caps", "dot", "crec") if match.group(name))
    raw = match.group(group)
    if group == "caps":
        letters = raw.replace(".", "")
        if not any(ch.isalpha() for ch in letters) or len(letters) < 2:
            return None
        strong = re.match(_HONORIFIC, raw) is not None
    else:
        strong = True
    return _Label(raw, start, match.end(group), match.end(), strong)


def quote_label(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A speaker label in capitals opening a quote's words ("“LIND: We checked twice.”"):
    (label start, label end, where the words begin), or None. Only the ``NAME:`` form counts
    here; a bare "Q" or "Mr. Lind." inside marks is as likely the start of a sentence."""
    match = _LABEL.match(text, start, end)
    if match is None or not match.group("caps"):
        return None
    label = _match_label(text, start, end)
    if label is None or label.words >= end:
        return None
    if not _names_someone(label.raw.lower().replace(".", " ").split()):
        return None
    return label.start, label.end, label.words


def _names_someone(words: list[str]) -> bool:
    """Whether a label in capitals inside marks names a speaker: one word that labels no
    part of a message ("LIND", not "NOTE" or "FW"), or several with a given name, an
    honorific or a title among them ("ANN LIND", "SEN. LIND"; not "MISSING PAGE")."""
    if len(words) == 1:
        return words[0] not in _MESSAGE_LABELS
    return any(w in HONORIFICS or w in TITLE_WORDS or gender_of_first_name(w) for w in words)


_MESSAGE_LABELS = frozenset(words("message_labels.txt"))


def _is_name_list(text: str, start: int, end: int) -> bool:
    """A roll call ("Rohrabacher Ros-Lehtinen Royce Ryan (WI)"): names and nothing else."""
    words = text[start:end].split()
    if len(words) < _MIN_NAMES:
        return False
    names = 0
    for word in words:
        if _NAME.match(word):
            names += 1
        elif not (_STATE.match(word) or word in _PARTICLES):
            return False
    return names >= _MIN_NAMES


def _inner_labels(text: str, start: int, end: int, known: set[str]) -> list[_Label]:
    """Labels after a sentence end inside a paragraph's words: ones with a title or honorific,
    and ones the document already uses to open paragraphs ("Q:" only with its colon or stop)."""
    found = []
    for match in _INNER_START.finditer(text, start, end):
        label = _match_label(text, match.end(), end)
        if label is None:
            continue
        if label.raw == "Q":
            if "Q" not in known or text[label.end] not in ":.":
                continue
        elif not label.strong and readable_label(label.raw) not in known:
            continue
        found.append(label)
    return found


def _speech(text: str, paragraph: Paragraph) -> bool:
    """Whether an unlabelled paragraph can continue a turn (not a stamp, a stage direction or
    a list of names)."""
    return (
        paragraph.kind in _PROSE
        and not _NOT_TURN.match(text, paragraph.start, paragraph.end)
        and not _is_name_list(text, paragraph.start, paragraph.end)
    )


def find_turns(text: str, paragraphs: Sequence[Paragraph]) -> list[Turn]:
    """Every turn paragraph (or piece) of a transcript, or nothing when the text is not one."""
    labelled: dict[int, _Label] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind not in _PROSE:
            continue
        found = _match_label(text, paragraph.start, paragraph.end)
        if found is not None:
            labelled[index] = found
    if len(labelled) < _MIN_LABELS or all(v.raw == "Q" for v in labelled.values()):
        return []
    known = {readable_label(label.raw) for label in labelled.values()}
    turns: list[Turn] = []
    current: tuple[str, int, int] | None = None
    for index, paragraph in enumerate(paragraphs):
        if index in labelled:
            label = labelled[index]
            current = (readable_label(label.raw), label.start, label.end)
            start = label.words
        elif current is None or not _speech(text, paragraph):
            current = None
            continue
        else:
            start = paragraph.start
        for label in _inner_labels(text, start, paragraph.end, known):
            _add(turns, text, index, start, label.start, current)
            current = (readable_label(label.raw), label.start, label.end)
            start = label.words
        _add(turns, text, index, start, paragraph.end, current)
    return turns


def interview_questions(text: str, paragraphs: Sequence[Paragraph]) -> list[Turn]:
    """The questions of an interview written "Q: …" / "A: …" (no speaker labels, so no
    transcript): each paragraph opening with a "Q" label, when there are at least two."""
    questions = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind in _PROSE and text.startswith("Q", paragraph.start):
            label = _match_label(text, paragraph.start, paragraph.end)
            if label is not None and label.raw == "Q":
                questions.append(
                    Turn(index, label.words, paragraph.end, "Q", label.start, label.end)
                )
    return questions if len(questions) >= _MIN_LABELS else []


def _add(
    turns: list[Turn], text: str, index: int, start: int, end: int, label: tuple[str, int, int]
) -> None:
    """A turn's words, trimmed, as pieces around the stage directions inside them; nothing for
    an empty piece or a bare stage direction."""
    for lo, hi in _around_directions(text, start, end):
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        while lo < hi and text[lo].isspace():
            lo += 1
        if lo < hi and not _STAGE.match(text, lo, hi):
            turns.append(Turn(index, lo, hi, label[0], label[1], label[2]))


def turn_holding(turns: Sequence[Turn], starts: list[int], lo: int, hi: int) -> Turn | None:
    """The turn piece holding ``text[lo:hi]``, if one does (``starts``: the pieces' starts)."""
    k = bisect_right(starts, lo) - 1
    if k >= 0 and hi <= turns[k].end:
        return turns[k]
    return None


def carve(text: str, turns: Sequence[Turn], spans: Sequence[tuple[int, int]]) -> list[Turn]:
    """The turn pieces with ``spans`` (sorted: other people's words quoted in them, marks
    included) cut out; what is left of a piece stays a piece of the same turn where it still
    holds a word ("As the governor said," before the quote, "That is the plan." after it)."""
    if not spans:
        return list(turns)
    out: list[Turn] = []
    k = 0
    for turn in turns:
        start = turn.start
        while k < len(spans) and spans[k][0] < turn.end:
            lo, hi = spans[k]
            if lo >= start:
                _keep(out, text, turn, start, lo)
                start = max(start, hi)
            k += 1
        _keep(out, text, turn, start, turn.end)
    return out


def _keep(out: list[Turn], text: str, turn: Turn, lo: int, hi: int) -> None:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    while lo < hi and text[lo].isspace():
        lo += 1
    if _WORD.search(text, lo, hi):
        out.append(Turn(turn.paragraph, lo, hi, turn.label, turn.label_start, turn.label_end))


_WORD = re.compile(r"[^\W_]")


# A stage direction inside a turn: "(Laughter.)", "[inaudible]", "(Applause.)": a bracketed
# group of up to four words whose first is a transcriber's word. Nobody says it.
_DIRECTION = re.compile(r"[(\[]([A-Za-z-]+)(?: [\w-]+){0,3}\.?[)\]]")
_DIRECTION_WORDS = frozenset(words("stage_directions.txt"))


def _around_directions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between its stage directions."""
    spans = []
    for match in _DIRECTION.finditer(text, start, end):
        if match.group(1).lower() not in _DIRECTION_WORDS:
            continue  # "[their]", "(R-Ky.)": an editor's word or an aside, part of the words
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, end))
    return spans
