"""The fitted speaker ranker: its features on invented sentences, its weights, its trainer."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis.attribution import (
    FEATURES,
    NOBODY,
    Candidate,
    Policy,
    choice_probabilities,
    choose,
    speaker_model,
    speaker_policy,
)
from briefing.analysis.attribution.candidates import (
    Document,
    Site,
    candidates_for,
    inside_quotes,
    mention_features,
)
from briefing.analysis.attribution.engine import find_quotes_and_speakers, speaker_candidates
from briefing.analysis.attribution.features import (
    after_preposition,
    appositive,
    colon_clause_subject,
    first_person,
    full_sentence,
    in_intro_phrase,
    mid_sentence,
    modifier,
    possessive,
    quote_label,
    reporting_verb_in,
    reporting_verb_next,
    subject_before_verb,
)
from briefing.analysis.fitted import LinearModel, TreeModel, model_from_json
from briefing.analysis.speakers.mentions import NameMention
from briefing.analysis.speakers.resolver import SpeakerResolver
from briefing.model import UNCERTAIN
from tests.test_quotes_engine import make_doc

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


# -- feature functions ---------------------------------------------------------------------


def test_subject_before_a_verb() -> None:
    text = "Ola Brandt said the vote was close. A letter to Ola Brandt was sent."
    first = span_of(text, "Ola Brandt")
    assert subject_before_verb(text, *first, 0, len(text))
    later = text.rindex("Ola Brandt")
    assert not subject_before_verb(text, later, later + 10, 36, len(text))


def test_object_of_a_preposition() -> None:
    text = "The fund sent a letter to Ivo Stenk on Monday."
    assert after_preposition(text, text.index("Ivo"), 0)
    assert not after_preposition("Ivo Stenk wrote back.", 0, 0)


def test_inside_an_introductory_phrase() -> None:
    text = "When Lund arrived at the hall the crowd cheered."
    assert in_intro_phrase(text, text.index("Lund"), 0)
    text = "Asked about Lund, the mayor shrugged."
    assert not in_intro_phrase(text, text.index("mayor"), 0)
    assert not in_intro_phrase("Lund said no.", 0, 0)


def test_appositive_and_possessive() -> None:
    text = "The chairman, Tom Berg, said no. Tom Berg, a pollster, agreed. Berg’s aide left."
    assert appositive(text, *span_of(text, "Tom Berg"))
    second = text.index("Tom Berg", 20)
    assert appositive(text, second, second + 8)
    assert possessive(text, text.index("Berg’s") + 4)
    assert not possessive(text, span_of(text, "Tom Berg")[1])


def test_reporting_verb_before_or_after_a_name() -> None:
    text = "“We will win,” said Mara Quist. Quist also wrote a memo."
    assert reporting_verb_next(text, *span_of(text, "Mara Quist"), 0, len(text))
    at = text.index("Quist also")
    assert reporting_verb_next(text, at, at + 5, 32, len(text))


def test_a_clause_ending_in_a_colon_introduces_the_quote_as_its_subjects() -> None:
    text = "Ola Brandt made that clear on Monday: “We will not sell the port.”"
    opening = text.index("“")
    assert colon_clause_subject(text, 0, 10, 0, opening)
    text = "The vote went to Ola Brandt, and the tally read: “Nine to two.”"
    at = text.index("Ola")
    assert not colon_clause_subject(text, at, at + 10, 0, text.index("“"))


def test_a_name_label_opens_the_quoted_words() -> None:
    text = "The panel heard the tape. “Ivo Stenk: We sold nothing.”"
    words = text.index("“") + 1
    assert quote_label(text, words, words + 9, words)
    assert not quote_label("“Ivo Stenk sold nothing.”", 1, 10, 1)


def test_label_and_colon_features_reach_the_candidates() -> None:
    colon = make_doc("Ola Brandt made that clear on Monday: “We will not sell the port.”")
    options = speaker_candidates(colon)[0][1]
    assert options[0].name == "Ola Brandt" and options[0].features["colon_subject"] == 1.0
    label = make_doc("The panel heard the tape. “Peter Stenk: We sold nothing.”")
    options = speaker_candidates(label)[0][1]
    named = [c for c in options if c.name == "Peter Stenk"]
    assert named and named[0].features["quote_label"] == 1.0


def test_a_reporting_verb_anywhere_in_the_quotes_sentence() -> None:
    text = "The plan is “a disgrace” by any measure. Lind said “no” twice."
    opening = text.index("“a")
    assert not reporting_verb_in(text, 0, opening)
    second = text.index("“no")
    assert reporting_verb_in(text, text.index("Lind"), second)


def test_a_quote_mark_after_a_lower_case_word_is_mid_sentence() -> None:
    text = "The mayor called it “a disgrace.” Lind said: “We lost.”"
    assert mid_sentence(text, text.index("“a"), 0)
    assert not mid_sentence(text, text.index("“We"), 0)
    assert not mid_sentence("“We lost,” Lind said.", 0, 0)


def test_nobody_features_flag_a_borrowed_phrase() -> None:
    text = "The plan is “a disgrace” by any measure."
    site = _site(text, "a disgrace", via="none")
    (nobody,) = candidates_for(text, site, [], Document(str.title, str))
    assert nobody.features["nobody_mid_sentence"] == 1.0
    assert nobody.features["nobody_no_verb"] == 1.0
    assert nobody.features["nobody_short_quote"] == 1.0
    assert "nobody_first_person" not in nobody.features
    assert "nobody_full_sentence" not in nobody.features


def test_nobody_features_flag_words_spoken_as_a_statement() -> None:
    text = "Ola Brandt said: “We’re ready, and I am sure of it.”"
    site = _site(text, "We’re ready, and I am sure of it.", via="before")
    nobody = candidates_for(text, site, [], Document(str.title, str))[-1]
    assert nobody.features["nobody_first_person"] == 1.0
    assert nobody.features["nobody_full_sentence"] == 1.0


def test_first_person_and_full_sentence_read_the_quoted_words() -> None:
    assert first_person("our plan works") and first_person("I’m sure") and first_person("Us?")
    assert not first_person("a disgrace to the idea") and not first_person("Iowa must wait")
    assert full_sentence("It is over.") and full_sentence("We will build it,")
    assert (
        not full_sentence("a disgrace")
        and not full_sentence("Little Ship")
        and not full_sentence("I")
    )


def test_text_salience_pronoun_and_name_shape_features() -> None:
    text = "Ola Brandt met Ivo Stenk and Tove Lind. “We will build it,” he said."
    site = _site(text, "We will build it,", pronoun_gender="m", previous="ivo stenk")
    mentions = [
        NameMention(0, 10, "ola brandt", "Ola Brandt", "f", True),
        NameMention(15, 24, "ivo stenk", "Ivo Stenk", "m", True),
        NameMention(29, 38, "tove lind", "Tove Lind", "m", True),
    ]
    document = Document(
        str.title, lambda key: "", named={"ivo stenk": 3, "ola brandt": 1}, most_named="ivo stenk"
    )
    by_key = {c.key: c.features for c in candidates_for(text, site, mentions, document)}
    stenk, lind = by_key["ivo stenk"], by_key["tove lind"]
    assert stenk["most_named"] == stenk["pronoun_most_named"] == 1.0
    assert stenk["pronoun_previous"] == 1.0
    assert stenk["text_salience"] > by_key["ola brandt"]["text_salience"]
    assert lind["agreeing_recency"] == 1.0 and stenk["agreeing_recency"] == 0.5
    assert "agreeing_recency" not in by_key["ola brandt"]
    plural = _site(text, "We will build it,", plural_cue=True, engine="the board")
    options = candidates_for(text, plural, mentions, Document(lambda k: "the board", str))
    by_key = {c.key: c.features for c in options}
    assert by_key["ola brandt"]["number_clashes"] == 1.0
    assert by_key["the board"]["engine_description"] == by_key["the board"]["description"] == 1.0


def test_a_name_before_a_noun_modifies_it() -> None:
    text = "The Berg campaign spent more. Berg said so. Berg also wrote."
    assert modifier(text, text.index(" campaign"))
    assert not modifier(text, text.index(" said"))
    assert not modifier(text, text.index(" also"))


def test_names_without_a_given_name_are_no_candidates() -> None:
    text = "The United States agreed. Susan Okafor spoke. “It is done.”"
    site = _site(text, "It is done.", via="none")
    mentions = [
        NameMention(4, 17, "united states", "United States", "", True),
        NameMention(26, 38, "susan okafor", "Susan Okafor", "f", True),
    ]
    keys = [c.key for c in candidates_for(text, site, mentions, Document(str.title, str))]
    assert keys == ["susan okafor", NOBODY]


def test_the_ranker_replaces_the_engine_only_when_sure() -> None:
    model = LinearModel(("engine", "nobody", "same_sentence_before"), (0.0, 0.0, 3.0))
    engine_named = [
        Candidate("a", "A", features={"engine": 1.0}),
        Candidate("b", "B", features={"same_sentence_before": 1.0}),
        Candidate(NOBODY, None, features={"nobody": 1.0}),
    ]
    never = Policy(override=1.01)
    assert choose(model, engine_named, never)[0] == 0  # the engine named someone: it stands
    # The engine's verdict is a feature: a confident ranker overrides it.
    assert choose(model, engine_named, Policy(override=0.8))[0] == 1
    assert choose(model, engine_named, Policy(override=0.95))[0] == 0
    engine_nobody = [
        Candidate("b", "B", features={"same_sentence_before": 1.0}),
        Candidate(NOBODY, None, features={"nobody": 1.0, "engine": 1.0}),
    ]
    best, probability = choose(model, engine_nobody, Policy(overrule=0.7))
    assert (best, round(probability, 2)) == (0, 0.95)
    assert choose(model, engine_nobody, Policy(overrule=0.99))[0] == 1


def _site(text: str, quote: str, **changes) -> Site:
    open_at = text.index("“" + quote) if "“" + quote in text else text.index(quote) - 1
    close = open_at + len(quote) + 2
    values = dict(
        open=open_at,
        close=close,
        paragraph_start=0,
        paragraph_end=len(text),
        window_start=0,
        sentence_start=0,
        sentence_end=len(text),
        via="before",
        engine=None,
        previous=None,
        pronoun_gender="",
        words=len(quote.split()),
    )
    values.update(changes)
    return Site(**values)


def test_mention_features_place_a_name_relative_to_the_quote() -> None:
    text = "Ola Brandt said, “We will build it.”"
    site = _site(text, "We will build it.")
    mention = NameMention(0, 10, "ola brandt", "Ola Brandt", "f", True)
    values = mention_features(text, site, mention)
    assert values["same_sentence_before"] == 1.0
    assert values["same_paragraph"] == 1.0
    assert values["nearest_before"] == 1.0
    assert values["subject"] == 1.0
    assert values["verb_next"] == 1.0
    assert values["sentence_distance"] == 0.0
    assert set(values) <= set(FEATURES)


def test_candidates_are_names_the_engine_and_nobody_with_agreement() -> None:
    text = "Ola Brandt met Ivo Stenk. “We will build it,” she said."
    site = _site(text, "We will build it,", engine="ola brandt", pronoun_gender="f")
    mentions = [
        NameMention(0, 10, "ola brandt", "Ola Brandt", "f", True),
        NameMention(15, 24, "ivo stenk", "Ivo Stenk", "m", True),
    ]
    document = Document(str.title, lambda key: "", quoted_before={"ola brandt": 2})
    options = candidates_for(text, site, mentions, document)
    by_key = {c.key: c.features for c in options}
    assert set(by_key) == {"ola brandt", "ivo stenk", NOBODY}
    assert by_key["ola brandt"]["engine"] == 1.0
    assert by_key["ola brandt"]["gender_agrees"] == 1.0
    assert by_key["ola brandt"]["nearest_agreeing"] == 1.0
    assert by_key["ivo stenk"]["gender_clashes"] == 1.0
    assert by_key["ivo stenk"]["recency"] == 1.0  # named last before the quote
    assert by_key[NOBODY]["nobody"] == 1.0
    assert all(set(values) <= set(FEATURES) for values in by_key.values())


# -- the shipped weights -------------------------------------------------------------------


def test_shipped_weights_match_the_feature_set() -> None:
    model = speaker_model()
    assert model.features == FEATURES
    if isinstance(model, LinearModel):
        assert len(model.weights) == len(FEATURES)
    else:  # boosted trees: every node tests one of the features
        assert all(node[0] < len(FEATURES) for tree in model.trees for node in tree)


def test_the_shipped_thresholds_are_read_with_the_weights() -> None:
    policy = speaker_policy()
    assert 0.0 <= policy.overrule <= 1.01 and 0.0 <= policy.override <= 1.01
    assert speaker_policy() is policy


def test_a_changed_feature_set_fails_the_check() -> None:
    model = speaker_model()
    with pytest.raises(ValueError):
        model.check_features((*FEATURES, "a_new_detector"))
    with pytest.raises(ValueError):
        model.check_features(FEATURES[:-1])


def test_ranking_is_deterministic_and_carries_a_confidence() -> None:
    doc = make_doc(
        "Ola Brandt runs the port.\n\n“We will build it,” Brandt said. Ivo Stenk disagreed."
    )
    first = find_quotes_and_speakers(doc)
    assert first == find_quotes_and_speakers(doc)
    (quote,), speakers = first
    assert speakers[0].name == "Ola Brandt"
    assert quote.confidence is not None and 0.5 < quote.confidence <= 1.0
    options = speaker_candidates(doc)[0][1]
    assert choose(speaker_model(), options) == choose(speaker_model(), options)


def test_without_the_ranker_no_confidence_is_given() -> None:
    doc = make_doc("“We will build it,” Ola Brandt said.")
    (quote,), _ = find_quotes_and_speakers(doc, rank=False)
    assert quote.confidence is None


# -- the trainer ---------------------------------------------------------------------------


def _tiny_groups() -> list:
    """Forty invented quotes: the planted speaker (same sentence, a verb next to it) is always
    right; a decoy from the paragraph before is sometimes the engine's choice."""
    groups = []
    for n in range(40):
        planted = {"same_sentence_before": 1.0, "verb_next": 1.0, "char_distance": 0.2}
        decoy = {"previous_paragraph_only": 1.0, "char_distance": 0.8, "engine": n % 3 == 0}
        decoy = {k: float(v) for k, v in decoy.items()}
        nobody = {"nobody": 1.0}
        order = [planted, decoy, nobody] if n % 2 else [decoy, nobody, planted]
        labels = [values is planted for values in order]
        groups.append((n, ["a", "b", None], order, labels))
    return groups


def _trainer():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import train_attribution
    finally:
        sys.path.remove(str(BENCHMARKS))
    return train_attribution


def test_a_tiny_training_set_ranks_the_planted_speaker_first() -> None:
    model = _trainer().fit(_tiny_groups())
    assert isinstance(model, LinearModel)
    test = [
        {"previous_paragraph_only": 1.0, "char_distance": 0.7},
        {"same_sentence_before": 1.0, "verb_next": 1.0, "char_distance": 0.3},
        {"nobody": 1.0},
    ]
    scores = [model.score(values) for values in test]
    assert max(range(3), key=scores.__getitem__) == 1
    assert model.choice_probabilities(test)[1] > 0.9


def test_boosted_trees_rank_the_planted_speaker_first_and_load_from_json() -> None:
    trainer = _trainer()
    model = trainer.fit(_tiny_groups(), trainer.TREES)
    assert isinstance(model, TreeModel)
    assert model == trainer.fit(_tiny_groups(), trainer.TREES)  # deterministic
    test = [
        {"previous_paragraph_only": 1.0, "char_distance": 0.7, "engine": 1.0},
        {"same_sentence_before": 1.0, "verb_next": 1.0, "char_distance": 0.3},
        {"nobody": 1.0},
    ]
    probabilities = choice_probabilities(model, test)
    assert max(range(3), key=probabilities.__getitem__) == 1 and probabilities[1] > 0.9
    again = model_from_json(json.loads(json.dumps(model.to_json())))
    assert choice_probabilities(again, test) == pytest.approx(probabilities, abs=1e-6)
    options = [Candidate(str(i), str(i), features=values) for i, values in enumerate(test)]
    assert choose(again, options, Policy(override=0.5))[0] == 1


def test_the_fit_is_deterministic_and_reaches_the_optimum() -> None:
    trainer = _trainer()
    first = trainer.fit(_tiny_groups())
    assert first == trainer.fit(_tiny_groups())
    # At the penalised optimum the gradient vanishes: nudging any weight raises the loss.
    from conditional_logit import loss_of

    groups = [(f, labels) for _, _, f, labels in _tiny_groups()]
    best = loss_of(groups, first.features, list(first.weights), trainer.L2)
    for i in range(len(first.weights)):
        for step in (-0.01, 0.01):
            nudged = list(first.weights)
            nudged[i] += step
            assert loss_of(groups, first.features, nudged, trainer.L2) >= best - 1e-9


# -- confidence in the exports -------------------------------------------------------------


def _doc_with_confidence(confidence: float | None):
    doc = make_doc("“We will build it,” Ola Brandt said.")
    (quote,), speakers = find_quotes_and_speakers(doc)
    quote = replace(quote, confidence=confidence)
    return replace(doc, quotes=(quote,), speakers=speakers, analysed=True)


def test_an_uncertain_speaker_is_marked_in_the_text_export_and_json_carries_confidence() -> None:
    from briefing.export.as_json import briefing_dict
    from briefing.export.as_text import render_text
    from briefing.export.digest import build_digest

    unsure = _doc_with_confidence(UNCERTAIN / 2)
    sure = _doc_with_confidence(0.99)
    assert unsure.quotes[0].uncertain and not sure.quotes[0].uncertain
    assert "(?)" in render_text(build_digest(unsure), 80)
    assert "(?)" not in render_text(build_digest(sure), 80)
    assert briefing_dict(unsure)["quotes"][0]["confidence"] == round(UNCERTAIN / 2, 3)
    assert briefing_dict(_doc_with_confidence(None))["quotes"][0]["confidence"] is None


def test_the_penalty_and_thresholds_are_chosen_by_cross_validation() -> None:
    trainer = _trainer()
    groups = _tiny_groups()
    by_doc = {f"doc-{n}": groups[n * 4 : n * 4 + 4] for n in range(10)}
    l2, policy, right = trainer.select(by_doc)
    assert l2 in trainer.L2_TRIED
    assert policy.overrule in trainer.OVERRULE_TRIED and policy.override in trainer.OVERRIDE_TRIED
    assert right == len(groups)  # the planted speaker wins every held-out quote
    assert trainer.select(by_doc) == (l2, policy, right)


def test_names_inside_quotes_are_skipped_unread() -> None:
    """The ranker's candidates come from outside the quote marks: the resolver never reads a
    name inside them (and the skipped runs leave the others as they were)."""
    text = "Ivo Lund said “Mara Berg lied” before Tom Holt spoke."
    opening, closing = text.index("“"), text.index("”") + 1
    inside = inside_quotes([opening], [closing])
    assert inside(opening + 1) and not inside(closing) and not inside(0)
    resolver = SpeakerResolver(text)
    every = [m.name for m in resolver.name_mentions(0, len(text))]
    outside = [m.name for m in SpeakerResolver(text).name_mentions(0, len(text), skip=inside)]
    assert every == ["Ivo Lund", "Mara Berg", "Tom Holt"]
    assert outside == ["Ivo Lund", "Tom Holt"]
