"""Quote attribution in German, French and Spanish, on invented sentences (one rule per test)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_quotes_engine import make_doc, quotes_of

from briefing.analysis.attribution.engine import find_quotes_and_speakers
from briefing.analysis.cues.de_fr_es import attribute_quotes
from briefing.analysis.text.language import language_of

DE_OPENING = "Die Stadt hat am Montag einen neuen Plan für die Schulen und die Busse vorgestellt. "
FR_OPENING = "La ville a présenté lundi un nouveau plan pour les écoles et les bus du quartier. "
ES_OPENING = "La ciudad presentó el lunes un plan para las escuelas y los autobuses del barrio. "


# -- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DE_OPENING * 2, "de"),
        (FR_OPENING * 2, "fr"),
        (ES_OPENING * 2, "es"),
        ("The city unveiled a new plan for the schools and the buses of the district. " * 2, None),
        ("Ja. Nein. Vielleicht.", None),
    ],
)
def test_language_from_function_words(text, expected):
    assert language_of(text, None) == expected


def test_declared_language_wins():
    assert language_of(DE_OPENING, "fr-FR") == "fr"
    assert language_of(DE_OPENING, "en") is None


def test_english_text_quoting_german_stays_english():
    text = (
        "The mayor of the town said that the plan was ready, and the council agreed with her. "
        "On the sign at the gate of the school was written „Die Schule ist zu“, and that was all."
    )
    assert language_of(text, None) is None


# -- German -----------------------------------------------------------------------------------


def test_german_inverted_verb_after_quote():
    body = DE_OPENING + "„Das wird teuer“, sagte Jonas Wendeler am Abend."
    assert quotes_of(body) == [("Das wird teuer", "Jonas Wendeler")]


def test_german_subject_and_colon_before_quote():
    body = DE_OPENING + "Die Stadträtin Hanne Kolbitz erklärte: „Wir haben lange gewartet.“"
    assert quotes_of(body) == [("Wir haben lange gewartet.", "Hanne Kolbitz")]


def test_german_so_source_gives_name_and_appositive_role():
    body = DE_OPENING + "Das sei ein „großer Schritt“, so die Ärztin und Autorin Mira Olbertz."
    doc = make_doc(body)
    quotes, speakers = find_quotes_and_speakers(doc)
    assert [(s.name, s.role) for s in speakers] == [("Mira Olbertz", "Ärztin und Autorin")]
    assert quotes[0].speaker == speakers[0].id


def test_german_capitalised_nouns_are_no_name():
    body = DE_OPENING + "„Wir sind bereit“, erklärte die Leitung der Feuerwehr."
    assert quotes_of(body) == [("Wir sind bereit", "die Leitung der Feuerwehr")]


def test_german_verb_second_pronoun_goes_to_recent_man():
    body = (
        DE_OPENING
        + "Der Busfahrer Anton Riegler kennt die Strecke seit Jahren. "
        + "Dann sagte er: „Die Kinder kommen zuerst.“"
    )
    assert quotes_of(body) == [("Die Kinder kommen zuerst.", "Anton Riegler")]


def test_pronoun_speaker_keeps_the_role_before_the_name():
    body = (
        DE_OPENING
        + "Der Student Jan Lindner wohnt weit draußen. "
        + "Dann sagte er: „Das dauert zu lange.“"
    )
    _, speakers = find_quotes_and_speakers(make_doc(body))
    assert [(s.name, s.role) for s in speakers] == [("Jan Lindner", "Student")]


def test_german_zufolge_names_a_group():
    body = DE_OPENING + "Dem Verband der Eltern zufolge ist das „ein Skandal“."
    assert quotes_of(body) == [("ein Skandal", "dem Verband der Eltern")]


def test_german_pronoun_skips_person_of_other_gender():
    body = DE_OPENING + "Die Lehrerin Ilse Marwitz war dagegen. " + "„Das wird nichts“, sagte er."
    assert quotes_of(body) == [("Das wird nichts", None)]


def test_german_separable_verb_and_laut():
    body = (
        DE_OPENING
        + "Laut Anton Riegler ist das „zu spät“. "
        + "„Aber besser als nie“, fügte Jonas Wendeler hinzu."
    )
    assert quotes_of(body) == [
        ("zu spät", "Anton Riegler"),
        ("Aber besser als nie", "Jonas Wendeler"),
    ]


def test_german_verb_before_partial_quotes_of_one_sentence():
    body = (
        DE_OPENING
        + "Der Schüler Lukas Brandl wohnt weit draußen. Im Gespräch erzählte er, wie schwer es "
        + "ist, „pünktlich zu sein“, wenn er „zwei Busse“ braucht."
    )
    assert quotes_of(body) == [
        ("pünktlich zu sein", "Lukas Brandl"),
        ("zwei Busse", "Lukas Brandl"),
    ]


def test_quote_paragraphs_after_a_colon_cue_and_continuing():
    body = (
        DE_OPENING
        + "Die Bürgermeisterin Eva Roth war zufrieden. Sie sagte:\n\n"
        + "„Das ist ein guter Tag.“\n\n„Und morgen geht es weiter.“\n\n"
        + "Die Eltern sind skeptisch.\n\n„Wir warten ab.“"
    )
    assert quotes_of(body) == [
        ("Das ist ein guter Tag.", "Eva Roth"),
        ("Und morgen geht es weiter.", "Eva Roth"),
        ("Wir warten ab.", None),
    ]


def test_german_quote_without_cue_stays_unattributed():
    body = DE_OPENING + "Einige Eltern nannten den Plan einen „Witz“ und gingen nach Hause."
    assert quotes_of(body) == [("Witz", None)]


# -- French -----------------------------------------------------------------------------------


def test_french_inverted_verb_and_apposed_name():
    body = (
        FR_OPENING
        + "« C'est un grand jour », a déclaré le porte-parole de la mairie, Paul Verrier."
    )
    quotes, speakers = find_quotes_and_speakers(make_doc(body))
    assert [(s.name, s.role) for s in speakers] == [("Paul Verrier", "porte-parole de la mairie")]
    assert quotes[0].speaker == speakers[0].id


def test_french_institution_before_the_name_is_role():
    body = (
        FR_OPENING
        + "Hier, la ministre de la Santé Ana Lindet a visité une école. "
        + "« C'est urgent », a-t-elle dit."
    )
    _, speakers = find_quotes_and_speakers(make_doc(body))
    assert [(s.name, s.role) for s in speakers] == [("Ana Lindet", "ministre de la Santé")]


def test_french_subject_before_colon():
    body = FR_OPENING + "Claire Dumontel a expliqué : « Nous voulons des bus plus sûrs. »"
    assert quotes_of(body) == [("Nous voulons des bus plus sûrs.", "Claire Dumontel")]


def test_french_inversion_with_t_pronoun_and_honorific():
    body = (
        FR_OPENING
        + "Selon Mme Verrier, le plan est « trop lent ». "
        + "« Il faut agir vite », a-t-elle ajouté."
    )
    assert quotes_of(body) == [("trop lent", "Mme Verrier"), ("Il faut agir vite", "Mme Verrier")]


def test_french_dit_il_and_group_speaker():
    body = (
        FR_OPENING
        + "Le maire Henri Castagnol a ouvert la séance. « Nous sommes prêts », dit-il. "
        + "« Ce plan coûte trop cher », estime le gouvernement."
    )
    assert quotes_of(body) == [
        ("Nous sommes prêts", "Henri Castagnol"),
        ("Ce plan coûte trop cher", "le gouvernement"),
    ]


def test_french_legal_terms_in_guillemets_stay_unattributed():
    body = (
        FR_OPENING
        + "Le résultat du vote est proclamé par le président en ces termes : « La ville a "
        + "adopté » ou « La ville n'a pas adopté ». Le document porte l'intitulé « Motion »."
    )
    assert [speaker for _, speaker in quotes_of(body)] == [None, None, None]


# -- Spanish ----------------------------------------------------------------------------------


def test_spanish_inverted_verb_and_subject_before_colon():
    body = (
        ES_OPENING
        + "“Es un buen día”, dijo la concejala Lucía Ferrán. "
        + "El alcalde Tomás Urquijo dijo: “No estamos de acuerdo”."
    )
    assert quotes_of(body) == [
        ("Es un buen día", "Lucía Ferrán"),
        ("No estamos de acuerdo", "Tomás Urquijo"),
    ]


def test_spanish_segun_source():
    body = ES_OPENING + "Según el sindicato de maestros, el plan es “una trampa”."
    assert quotes_of(body) == [("una trampa", "el sindicato de maestros")]


def test_honorific_surname_goes_to_full_name_of_that_gender():
    body = (
        DE_OPENING
        + "Der Arzt Paul Roth und die Bürgermeisterin Eva Roth waren dort. "
        + "Frau Roth sagte: „Wir sind zufrieden.“"
    )
    assert quotes_of(body) == [("Wir sind zufrieden.", "Eva Roth")]


_FRAGMENTS = [
    "„",
    "“",
    "« ",
    " »",
    "”",
    ", sagte ",
    ", so ",
    " erklärte: ",
    "er",
    "sie",
    "il",
    " Anna Lind",
    "die Regierung",
    "le gouvernement",
    ". ",
    ": ",
    "\n\n",
    "Frau ",
    "Mme ",
    "Lind",
    ", dit-il",
    ", a-t-elle ajouté",
    "selon ",
    "según ",
    ", dijo ",
    " und ",
    " zufolge",
]


@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=30),
    st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    st.sampled_from(["de", "fr", "es"]),
)
@settings(max_examples=150, deadline=None)
def test_foreign_attributions_lie_inside_the_text(fragments, cuts, language):
    text = "".join(fragments)
    points = sorted({c % (len(text) + 1) for c in cuts})
    quotes = [(a, b, 0, len(text)) for a, b in zip(points[::2], points[1::2], strict=False)]
    results = attribute_quotes(text, language, quotes)
    assert len(results) == len(quotes)
    for result in results:
        if isinstance(result, int):
            assert 0 <= result < len(quotes)
        elif result is not None:
            assert result.name
            assert 0 <= result.phrase_start < result.phrase_end <= len(text)
            assert 0 <= result.cue_start < result.cue_end <= len(text)
