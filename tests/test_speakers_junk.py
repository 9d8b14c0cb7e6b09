"""Speakers that are no one: the writer's "we", products, kinship words, bare descriptions.

Every name and sentence here is invented; each test pins one general rule that a QA reading of
the speakers list asked for.
"""

from __future__ import annotations

from tests.test_quotes_engine import quotes_of


def test_the_writers_we_is_not_a_group_quoted_earlier() -> None:
    body = (
        "“It will save money,” two regional water boards said.\n\n"
        "In this review we called the merger “fair to every town” and found no harm in it."
    )
    found = quotes_of(body)
    assert found[0] == ("It will save money,", "two regional water boards")
    assert found[1] == ("fair to every town", None)
