"""Word tokens of the attribution readers: named fields that point back into the body, and the
period rules the cues rely on (every sentence here is invented)."""

from __future__ import annotations

from briefing.analysis.cues.de_fr_es_tokens import word_tokens
from briefing.analysis.speakers.names import words_with_offsets
from briefing.analysis.text.words import Word


def test_english_words_point_into_the_body_and_drop_a_final_period() -> None:
    body = "Yesterday Mr. Pell Vantro spoke, and the harbour board said."
    words = words_with_offsets(body, 0, len(body))
    assert all(isinstance(word, Word) for word in words)
    assert all(body[word.start : word.end] == word.text for word in words)
    texts = [word.text for word in words]
    assert " ".join(texts) == "Yesterday Mr. Pell Vantro spoke and the harbour board said"
    assert words[-1].end == len(body) - 1  # the sentence's period is no part of "said"


def test_english_words_keep_absolute_offsets_inside_a_window() -> None:
    body = "Noise first. Then Dr. Ilse Marrow replied."
    start = body.index("Then")
    words = words_with_offsets(body, start, len(body))
    assert words[0] == Word(start, start + 4, "Then")
    assert [word.text for word in words] == ["Then", "Dr.", "Ilse", "Marrow", "replied"]


def test_german_tokens_split_off_a_final_period_unless_an_abbreviation() -> None:
    body = "Dann sagte Dr. Henrike Salm, der Plan sei gut."
    tokens = word_tokens(body, 0, len(body))
    assert all(isinstance(token, Word) for token in tokens)
    assert all(body[token.start : token.end] == token.text for token in tokens)
    texts = [token.text for token in tokens]
    assert " ".join(texts) == "Dann sagte Dr. Henrike Salm , der Plan sei gut ."
    assert tokens[-1] == Word(len(body) - 1, len(body), ".")


def test_french_tokens_keep_an_inverted_pronoun_whole() -> None:
    body = "« Nous partons », a-t-elle ajouté."
    tokens = word_tokens(body, body.index("»") + 1, len(body))
    assert [token.text for token in tokens] == [",", "a-t-elle", "ajouté", "."]
    assert all(body[token.start : token.end] == token.text for token in tokens)
