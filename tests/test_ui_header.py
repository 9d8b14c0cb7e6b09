"""The reader's header: a web page's date and time is shown as the day it names."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ui.harness import WIDE, make_app, pilot_test, reader, seed

from briefing.model import Metadata
from briefing.ui.reading_header import ReadingHeader, shown_date


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2020-01-15T01:01:01+00:00", "2020-01-15"),
        ("2021-02-04T11:41:00Z", "2021-02-04"),
        ("2021-02-04 11:41", "2021-02-04"),
        ("2021-02-04", "2021-02-04"),
        ("April 2022", "April 2022"),
        ("2021-02-04T11:41 and later", "2021-02-04T11:41 and later"),
    ],
)
def test_a_date_and_time_is_shown_as_the_date(date: str, shown: str) -> None:
    assert shown_date(date) == shown


@pilot_test
async def test_the_header_names_the_day_not_the_clock_time():
    doc = seed()
    doc = replace(doc, meta=Metadata(date="2020-01-15T01:01:01+00:00", author="Harbour Trust"))
    app = make_app(doc)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        header = reader(pilot).query_one(ReadingHeader)
        assert header.meta_text.endswith(" · 2020-01-15 · Harbour Trust")
        assert "T01:01" not in header.meta_text
