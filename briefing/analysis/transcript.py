"""Speaker turns in transcripts: press briefings (``MS. LEE:``, bare ``Q``) and the
Congressional Record (``Mr. BERG.``, ``The PRESIDING OFFICER.``).

A transcript is recognised by its labels, not by its file name: at least two paragraphs must
open with a label, and at least one label must not be a bare ``Q`` (a single "Q" opening a
paragraph is too weak on its own). Each paragraph of a turn becomes one quote attributed to
the label, so quotes never cross a paragraph and never overlap each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import BlockKind, Paragraph

_CAPS_WORD = r"[A-Z][A-Z.'’\-]*"
_LABEL = re.compile(
    r"(?:"
    r"(?P<q>Q)(?::\s*|\.\s+|\s+)(?=\S)"
    rf"|(?P<caps>(?:{_CAPS_WORD} ){{0,4}}{_CAPS_WORD}(?: \[[^\]\n]{{1,40}}\])?):\s+(?=\S)"
    r"|(?P<crec>(?:Mr|Mrs|Ms|Miss|Dr)\. (?:Mc|Mac|De|La|Di|O’|O')?[A-Z][A-Z'’\-]+"
    r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|The (?:PRESIDING OFFICER|PRESIDENT|SPEAKER|VICE PRESIDENT|CHAIRMAN|CHAIR|ACTING PRESIDENT"
    r"(?: pro tempore)?)(?: \([^)\n]{1,40}\))?)\.\s+(?=\S)"
    r")"
)
# Paragraphs that end a turn: "END", time stamps, page markers, stage directions.
_NOT_TURN = re.compile(
    r"(?:END\b|\d{1,2}:\d{2}\s*[AP]\.?M\.?|\[\[Page|\([^()]*\)\s*$|\[[^\[\]]*\]\s*$)"
)
_PROSE = frozenset({BlockKind.TEXT, BlockKind.BLOCKQUOTE, BlockKind.BULLET})
_MIN_LABELS = 2


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph of a speaker's turn: the words (``start``/``end``) and the label."""

    paragraph: int
    start: int
    end: int
    label: str  # readable: "Ms. Lee", "The President", "Q"
    label_start: int
    label_end: int


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


def _match_label(text: str, start: int, end: int) -> tuple[str, int, int, int] | None:
    match = _LABEL.match(text, start, end)
    if match is None:
        return None
    if match.group("q"):
        raw = "Q"
        label_end = match.start("q") + 1
    else:
        group = "caps" if match.group("caps") else "crec"
        raw = match.group(group)
        label_end = match.end(group)
        if group == "caps" and not any(ch.isalpha() for ch in raw.replace(".", "")):
            return None
        if group == "caps" and len(raw.replace(".", "")) < 2:
            return None
    return raw, start, label_end, match.end()


def find_turns(text: str, paragraphs: Sequence[Paragraph]) -> list[Turn]:
    """Every turn paragraph of a transcript, or nothing when the text is not one."""
    labelled: dict[int, tuple[str, int, int, int]] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind not in _PROSE:
            continue
        found = _match_label(text, paragraph.start, paragraph.end)
        if found is not None:
            labelled[index] = found
    if len(labelled) < _MIN_LABELS or all(v[0] == "Q" for v in labelled.values()):
        return []
    turns: list[Turn] = []
    current: tuple[str, int, int] | None = None
    for index, paragraph in enumerate(paragraphs):
        if index in labelled:
            raw, label_start, label_end, words_start = labelled[index]
            current = (readable_label(raw), label_start, label_end)
            start = words_start
        elif (
            current is None
            or paragraph.kind not in _PROSE
            or _NOT_TURN.match(text, paragraph.start, paragraph.end)
        ):
            current = None
            continue
        else:
            start = paragraph.start
        end = paragraph.end
        if start < end:
            turns.append(Turn(index, start, end, current[0], current[1], current[2]))
    return turns
