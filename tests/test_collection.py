"""Collections: finding files, analysing them in parallel, and people across briefings."""

from __future__ import annotations

import builtins
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.collection import find_briefings, people_across, summarise_many
from briefing.collection.dates import iso_day
from briefing.collection.discover import SKIP_HIDDEN, SKIP_LARGE, SKIP_MANY, SKIP_OTHER
from briefing.collection.parallel import start_summaries
from briefing.collection.summary import QuoteEntry, Summary
from tests.collection_fixtures import write_folder


def names(paths: tuple[str, ...]) -> list[str]:
    return [Path(path).name for path in paths]


def test_a_folder_is_read_one_level_deep_with_known_extensions(tmp_path: Path) -> None:
    write_folder(tmp_path)
    found = find_briefings([str(tmp_path)])
    assert names(found.files) == ["a_briefing.md", "b_news.md", "c_older.txt", "d_broken.txt"]
    assert dict(found.skipped) == {SKIP_HIDDEN: 1, SKIP_OTHER: 1}
    assert found.skipped_line() == "skipped 2 files (1 hidden, 1 not a briefing format)"
    deep = find_briefings([str(tmp_path)], recursive=True)
    assert names(deep.files)[-1] == "deeper.md"


def test_large_files_are_skipped_and_named_files_taken_as_they_are(tmp_path: Path) -> None:
    files = write_folder(tmp_path)
    found = find_briefings([str(tmp_path)], max_bytes=200)
    assert SKIP_LARGE in dict(found.skipped)
    odd = tmp_path / "notes.pdf"
    named = find_briefings([str(odd), str(files["news"])])
    assert names(named.files) == ["notes.pdf", "b_news.md"]
    too_big = find_briefings([str(files["news"])], max_bytes=10)
    assert too_big.files == () and "larger than" in too_big.problems[0][1]


def test_missing_names_loops_and_stdin_are_problems_not_failures(tmp_path: Path) -> None:
    write_folder(tmp_path)
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    found = find_briefings([str(tmp_path), str(tmp_path / "gone.md"), "-"], recursive=True)
    reasons = {Path(name).name: reason for name, reason in found.problems}
    assert reasons["loop.md"] == "a loop of symbolic links"
    assert reasons["gone.md"] == "no such file or folder"
    assert "standard input" in reasons["-"]
    assert reasons["pipe.md"].startswith("not a regular file")
    assert len(found.files) == 5  # the folder reached again through "back" is not read twice


def test_an_unreadable_folder_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    write_folder(tmp_path)
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = find_briefings([str(tmp_path)], recursive=True)
    assert [(Path(n).name, r) for n, r in found.problems] == [("sub", "permission denied")]
    assert len(found.files) == 4


def test_a_folder_of_ten_thousand_files_is_cut_at_the_file_limit(tmp_path: Path) -> None:
    for number in range(10_000):
        (tmp_path / f"{number:05d}.txt").write_bytes(b"x")
    found = find_briefings([str(tmp_path)])
    assert len(found.files) == 2_000 and names(found.files)[0] == "00000.txt"
    assert dict(found.skipped) == {SKIP_MANY: 8_000}


def test_parallel_results_match_one_job_and_keep_the_input_order(tmp_path: Path) -> None:
    write_folder(tmp_path)
    found = find_briefings([str(tmp_path)])
    one = summarise_many(found.files, jobs=1)
    seen: list[tuple[int, int]] = []
    two = summarise_many(
        found.files, jobs=2, progress=lambda done, total: seen.append((done, total))
    )
    assert one == two
    assert seen[-1] == (4, 4)
    assert [summary.path for summary in two] == list(found.files)
    broken = two[3]
    assert broken.error is not None and "binary" in broken.error
    assert [summary.error for summary in two[:3]] == [None, None, None]


@pytest.mark.parametrize("thread_running", [False, True])
def test_the_readers_analysis_begun_early_matches_one_job(
    tmp_path: Path, thread_running: bool
) -> None:
    """Forked at once from a single-threaded process, or from the forkserver when a thread
    runs (as in the app), the reader's workers give what one job gives, each file once."""
    write_folder(tmp_path)
    files = find_briefings([str(tmp_path)]).files
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    if thread_running:
        other.start()
    try:
        begun = start_summaries(files, jobs=2)
    finally:
        stop.set()
    pairs = list(begun)
    assert sorted(index for index, _ in pairs) == list(range(len(files)))
    assert [summary for _, summary in sorted(pairs, key=lambda pair: pair[0])] == (
        summarise_many(files, jobs=1)
    )


def test_an_unreadable_file_is_its_own_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    files = write_folder(tmp_path)
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file).name == "b_news.md":
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)  # root may read any file: pretend
    rows = summarise_many([str(files["transcript"]), str(files["news"])], jobs=1)
    assert rows[0].error is None and rows[1].error == "permission denied"


def test_people_are_merged_by_name_and_quoted_newest_first(tmp_path: Path) -> None:
    write_folder(tmp_path)
    summaries = summarise_many(find_briefings([str(tmp_path)]).files, jobs=1)
    people = {person.name: person for person in people_across(summaries)}
    lee = people["Jane Lee"]  # "MS. LEE" in the transcript, "Jane Lee" in the news
    assert lee.briefings == 2 and len(lee.quotes) == 3
    okafor = people["Tom Okafor"]
    assert okafor.role == "port director"
    days = [summaries[quote.briefing].day for quote in okafor.quotes]
    assert days == ["2024-03-05", "2024-03-02", "2024-02-20"]
    assert okafor.quotes[0].text == "Every crew has been trained for the new berths."


def quote(speaker: str, text: str = "words") -> QuoteEntry:
    return QuoteEntry(text=text, start=0, end=5, speaker=speaker, role=None)


def test_a_surname_shared_by_two_full_names_is_not_guessed() -> None:
    summaries = [
        Summary(path="a", day="2024-01-01", quotes=(quote("Jane Lee"), quote("Tom Lee"))),
        Summary(path="b", day="2024-01-02", quotes=(quote("LEE"), quote("Ms. Lee"))),
        Summary(path="c", day=None, quotes=(quote("Ann Berg"), quote("Mr. Berg"))),
    ]
    people = {person.name: person for person in people_across(summaries)}
    assert set(people) == {"Jane Lee", "Tom Lee", "LEE", "Ann Berg", "Berg"}
    assert len(people["Jane Lee"].quotes) == 2  # "Ms." agrees with Jane, not with Tom


def test_a_title_is_a_role_not_part_of_the_name() -> None:
    summaries = [
        Summary(path="a", day="2024-01-01", quotes=(quote("Jane Lee"),)),
        Summary(path="b", day="2024-01-03", quotes=(quote("Secretary Lee"),)),
    ]
    (person,) = people_across(summaries)
    assert (person.name, person.role, person.briefings) == ("Jane Lee", "Secretary", 2)
    assert [q.briefing for q in person.quotes] == [1, 0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021-02-04T10:00:00", "2021-02-04"),
        ("February 4, 2021", "2021-02-04"),
        ("Monday, May 2, 2005", "2005-05-02"),
        ("4 Feb. 2021", "2021-02-04"),
        ("April 2022", None),
        ("2021-13-40", None),
        (None, None),
    ],
)
def test_dates_become_iso_days(text: str | None, day: str | None) -> None:
    assert iso_day(text) == day


NAMES = ["Jane Lee", "Tom Lee", "Ms. Lee", "LEE", "Secretary Lee", "Ann Berg", "Mr. Berg", None]


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.dates().map(lambda day: day.isoformat())),
            st.lists(st.sampled_from(NAMES), max_size=6),
        ),
        max_size=6,
    )
)
def test_every_attributed_quote_goes_to_one_person_newest_first(
    briefings: list[tuple[str | None, list[str | None]]],
) -> None:
    summaries = [
        Summary(
            path=f"b{index}",
            day=day,
            quotes=tuple(
                QuoteEntry(text=f"q{index}-{n}", start=n, end=n + 1, speaker=name, role=None)
                for n, name in enumerate(names)
            ),
        )
        for index, (day, names) in enumerate(briefings)
    ]
    people = people_across(summaries)
    given_out = sorted(q.text for person in people for q in person.quotes)
    expected = sorted(q.text for s in summaries for q in s.quotes if q.speaker is not None)
    assert given_out == expected
    for person in people:
        days = [summaries[q.briefing].day for q in person.quotes]
        dated = [day for day in days if day is not None]
        assert dated == sorted(dated, reverse=True)
        assert days[: len(dated)] == dated  # undated quotes come last
    assert people_across(summaries) == people  # deterministic
