"""The short word lists of the analysis live in sectioned data files: each list a ``[section]``,
read by ``lexicon.words(file, section)``. A renamed or missing section must fail here, not as
an empty rule at run time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import briefing.analysis as analysis
from briefing.analysis.lexicon import sections_of, words

_CALL = re.compile(r'\b(?:lexicon_words|words|word_set)\(\s*"([\w.]+)",\s*"(\w+)"\s*\)')
_SOURCES = [
    path for path in Path(analysis.__file__).parent.rglob("*.py") if "lexicon" not in path.parts
]


def test_sections_read_words_in_order_across_lines() -> None:
    lines = ["[verbs]", "said says", "told", "[nouns]", "remark"]
    assert sections_of(lines) == {"verbs": ("said", "says", "told"), "nouns": ("remark",)}


def test_a_section_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        sections_of(["[verbs]", "said", "[verbs]", "told"])


def test_words_before_any_section_are_refused() -> None:
    with pytest.raises(ValueError, match="before the first section"):
        sections_of(["said", "[verbs]", "told"])


def test_a_missing_section_names_itself() -> None:
    with pytest.raises(KeyError, match="no_such_list"):
        words("cue_words.txt", "no_such_list")


def test_every_section_the_analysis_reads_exists_and_has_words() -> None:
    calls = {match for path in _SOURCES for match in _CALL.findall(path.read_text("utf-8"))}
    assert len(calls) > 50  # the scan found the lists (a broken pattern would find none)
    for name, section in sorted(calls):
        assert words(name, section), f"{name} [{section}] is empty"


def test_every_section_of_the_files_is_read_somewhere() -> None:
    """No dead list: a section that no rule reads any more is deleted with its rule."""
    calls = {match for path in _SOURCES for match in _CALL.findall(path.read_text("utf-8"))}
    lexicon = Path(analysis.__file__).parent / "lexicon"
    for name in {name for name, _ in calls}:
        lines = [
            line.strip()
            for line in (lexicon / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        unread = {section for section in sections_of(lines) if (name, section) not in calls}
        assert not unread, f"{name}: sections no rule reads: {sorted(unread)}"


@pytest.mark.parametrize("name", ["german.txt", "french.txt", "spanish.txt"])
def test_a_language_file_has_a_section_for_every_field_and_no_other(name: str) -> None:
    from dataclasses import fields

    from briefing.analysis.lexicon.de_fr_es import Lexicon

    lexicon = Path(analysis.__file__).parent / "lexicon" / name
    lines = [
        line.strip()
        for line in lexicon.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    expected = {f.name for f in fields(Lexicon)} | {"regular_stems", "regular_endings"}
    assert set(sections_of(lines)) == expected


def test_the_language_lexicons_read_genders_verbs_and_particles() -> None:
    from briefing.analysis.lexicon.de_fr_es import LEXICONS

    german, french = LEXICONS["de"], LEXICONS["fr"]
    assert german.pronouns == {"er": "m", "sie": "f"}
    assert german.determiners["die"] == ""  # "die:" marks no gender
    assert german.particle_verbs["stellte"] == frozenset({"fest", "klar"})
    assert {"déclare", "déclaré", "déclarèrent", "dit"} <= french.verbs  # stems with endings
    assert french.determiners["l'"] == ""
    assert all(lexicon.verbs and lexicon.function_words for lexicon in LEXICONS.values())
