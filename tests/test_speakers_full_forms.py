"""The index of a surname's full names (``FullForms``) answers as the scans it replaced did.

The resolver asks, for every mention of a one-word name, which full mention came last before
it and how often each full name was named up to there. It used to scan every full mention per
question; the index answers by bisection. These tests hold the index to the plain scan.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.speakers.name_forms import FullForms, full_forms_of
from briefing.analysis.speakers.resolver import SpeakerResolver

FULL_NAMES = ("Ann Berg", "Tom Berg", "Berg Fund", "Thomas Berg")


def scanned(candidates: list[tuple[int, str]], at: int) -> tuple[str, dict[str, int]]:
    """What the resolver computed before the index: a scan of every full mention."""
    before = [c for c in candidates if c[0] <= at]
    if before:
        latest = max(before, key=lambda c: (c[0], len(c[1])))[1]
    else:
        before = candidates
        latest = min(before, key=lambda c: (c[0], -len(c[1])))[1]
    counts: dict[str, int] = {}
    for _, full in before:
        counts[full] = counts.get(full, 0) + 1
    return latest, counts


mentions = st.lists(
    st.tuples(st.integers(0, 60), st.sampled_from(FULL_NAMES)), min_size=1, max_size=25
).map(sorted)


@given(mentions, st.integers(-5, 70))
def test_index_answers_as_the_scan(candidates: list[tuple[int, str]], at: int) -> None:
    forms = full_forms_of("Berg", candidates)
    latest, counts = forms.up_to(at)
    expected_latest, expected_counts = scanned(candidates, at)
    assert latest == expected_latest
    assert counts == expected_counts
    assert list(counts) == list(expected_counts)  # the order of first mention breaks ties


def test_two_full_names_at_one_place_the_longer_is_latest() -> None:
    forms = full_forms_of("Berg", [(3, "Tom Berg"), (3, "Thomas Berg"), (9, "Tom Berg")])
    assert forms.up_to(5) == ("Thomas Berg", {"Tom Berg": 1, "Thomas Berg": 1})
    assert forms.up_to(0) == ("Thomas Berg", {"Tom Berg": 2, "Thomas Berg": 1})


def test_given_lists_the_full_names_that_open_with_the_word() -> None:
    forms = full_forms_of("Jane", [(1, "Jane Lind"), (4, "Jane Berg"), (8, "Jane Lind")])
    assert isinstance(forms, FullForms)
    assert forms.given == ["Jane Berg", "Jane Lind"]


def test_a_surname_stands_for_the_full_name_before_it_in_a_long_text() -> None:
    # Two people of one surname, each named in full before the bare surname that follows.
    text = (
        "Tom Berg opened the meeting. Later Berg spoke again.\n\n"
        "Ann Berg arrived in the afternoon. In the evening Berg left early.\n\n"
    ) * 3
    resolver = SpeakerResolver(text)
    first_bare = text.index("Berg spoke")
    second_bare = text.index("Berg left")
    assert resolver._fullest("Berg", first_bare) == "Tom Berg"
    assert resolver._fullest("Berg", second_bare) == "Ann Berg"
