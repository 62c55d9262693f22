"""When a calendar event ends, as said with it: a clock range ("from 2 till 5", "3 to
5pm", "half 5 till 7pm") or a length ("for half an hour", "a two hour block"), read by
hark.nlu.event_span and kept by the calendar skill (real NLU, real SQLite store)."""

from __future__ import annotations

import sys
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.nlu.event_span import said_span


@pytest.mark.parametrize("text, start, end, words", [
    ("book the electrician tomorrow from 1 until 3", time(13), time(15), "from 1 until 3"),
    ("coffee with jo on monday 10:30 to 11:15", time(10, 30), time(11, 15), "10:30 to 11:15"),
    ("keep 2 to 4pm on friday free", time(14), time(16), "2 to 4pm"),
    ("workshop from 11 to 1pm", time(11), time(13), "from 11 to 1pm"),
    ("call between 3 and 4 on tuesday", time(15), time(16), "between 3 and 4"),
    ("yoga 7-8 in the morning", time(7), time(8), "7-8 in the morning"),
    ("party from 9pm till 1am", time(21), time(1), "from 9pm till 1am"),
    ("drinks from half 6 till 8pm", time(18, 30), time(20), "from half 6 till 8pm"),
    ("gig from 8 to 11", time(20), time(23), "from 8 to 11"),  # an evening's thing: PM
])
def test_a_clock_range(text: str, start: time, end: time, words: str) -> None:
    said = said_span(text)
    assert said is not None and said.range is not None
    assert text[said.at[0]:said.at[1]] == words
    evening = text.startswith(("party", "gig", "drinks"))
    assert said.range.times(evening) == (start, end)


@pytest.mark.parametrize("text", [
    "meet sam at ten to five",     # 4:50, a clock time
    "meet sam at 20 to 7",
    "book a 1 to 1 with priya at 3",  # a one-to-one, not a range
    "add 3 to 5 minutes",
    "book a table for two at 7",
])
def test_not_a_range(text: str) -> None:
    said = said_span(text)
    assert said is None or said.range is None


@pytest.mark.parametrize("text, length", [
    ("dentist on thursday at 9 for 40 minutes", timedelta(minutes=40)),
    ("a call at 11 for an hour and a half", timedelta(minutes=90)),
    ("the cottage from friday for 3 nights", timedelta(days=3)),
    ("put a two hour block in on saturday", timedelta(hours=2)),
    ("a 30 minute call with the bank at 4", timedelta(minutes=30)),
])
def test_a_length(text: str, length: timedelta) -> None:
    said = said_span(text)
    assert said is not None and said.length == length


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("book a meeting with the electrician tomorrow from 1 until 3",
     {"new_events": [{"start": "2026-12-01T13:00", "end": "2026-12-01T15:00",
                      "about": ["electrician"]}], "mention": ["1 PM", "3 PM"]}),
    ("put a catch-up with Jo in on Friday 10:30 to 11:15",
     {"new_events": [{"start": "2026-12-04T10:30", "end": "2026-12-04T11:15",
                      "about": ["catch-up", "jo"]}]}),
    ("add a call with the council on Thursday at 2 for 45 minutes",
     {"new_events": [{"start": "2026-12-03T14:00", "end": "2026-12-03T14:45",
                      "about": ["council"]}]}),
    ("block out Wednesday 1 to 3pm for the tax return",
     {"new_events": [{"start": "2026-12-02T13:00", "end": "2026-12-02T15:00",
                      "about": ["tax return"]}]}),
    ("put a three hour block in my calendar on Sunday from 10am for painting the hall",
     {"new_events": [{"start": "2026-12-06T10:00", "end": "2026-12-06T13:00",
                      "about": ["painting the hall"]}]}),
    # "christmas" stays in the title: the day is the one said with the range
    ("put christmas cards in my calendar sunday from 2 till 4",
     {"new_events": [{"start": "2026-12-06T14:00", "end": "2026-12-06T16:00",
                      "about": ["christmas cards"]}]}),
    # a clock time, not a range: ten to eleven is 10:50
    ("add the vet to my calendar tomorrow at ten to eleven",
     {"new_events": [{"start": "2026-12-01T10:50", "about": ["vet"]}]}),
])
async def test_the_calendar_keeps_the_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "single", "expect": expect})
    assert ok, (said, diff)
