"""Reproducers of texts that once crashed the analysis: each must now analyse cleanly."""

from __future__ import annotations

import briefing


def test_an_aside_opened_by_a_dash_and_a_comma_with_no_name_in_it_is_no_subject() -> None:
    # The appositive rule cut the aside back to the words before its inner comma: none here.
    text = "Ann Berg — , who lost in 2009 — said “We lost.”"
    doc = briefing.analyse(briefing.read_text(text))
    assert [text[q.start : q.end] for q in doc.quotes] == ["We lost."]
    assert doc.failed_stages == ()
