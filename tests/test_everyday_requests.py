"""Everyday English requests through a real Assistant (real NLU, dialogue, skills and a
SQLite store), judged on what the store holds afterwards: the scorer of
benchmarks/everyday_bench.py on sentences written for these tests (not the benchmark's)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from everyday_bench import judge  # noqa: E402

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]

# said on Monday 30 November 2026 at 17:00, Europe/London
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # alarms: a time the tagger misses or cuts short, waking up, a weekday said that day
    ("set an alarm for 6am", "alarm", {"time": "06:00", "date": "2026-12-01"}),
    ("alarm 9pm", "alarm", {"time": "21:00", "date": "2026-11-30"}),
    ("alarm at midday on wednesday", "alarm", {"time": "12:00", "date": "2026-12-02"}),
    ("set an alarm for twenty to seven tomorrow morning", "alarm",
     {"time": "06:40", "date": "2026-12-01"}),
    ("could you get me up at half six", "alarm", {"time": "06:30", "date": "2026-12-01"}),
    ("wake me at 9 on Monday", "alarm", {"time": "09:00", "date": "2026-12-07"}),
    ("put an alarm on in 25 minutes", "alarm", {"time": "17:25", "date": "2026-11-30"}),
    ("set a weekday alarm for 5:45 am", "alarm", {"time": "05:45", "repeat": WEEKDAYS}),
    ("set an alarm for ten pm tonight", "alarm", {"time": "22:00", "date": "2026-11-30"}),
    # reminders: the time first, the request last, a meal before the time
    ("remind me at 8 to put the bins out", "reminder",
     {"due": "2026-11-30T20:00", "about": ["bins"]}),
    ("I have to ring the garage on Wednesday, can you remind me", "reminder",
     {"due": "2026-12-02T09:00", "about": ["ring", "garage"]}),
    ("remind me to cook lunch at twelve tomorrow", "reminder",
     {"due": "2026-12-01T12:00", "about": ["cook", "lunch"]}),
    ("set a reminder to renew the car tax on the 15th of December", "reminder",
     {"due": "2026-12-15T09:00", "about": ["renew", "tax"]}),
    # timers: a length the tagger cut short, a room after it, a short English command
    ("set a timer for an hour and 20 minutes", "timer", {"seconds": 4800}),
    ("set a timer for 3 minutes in the living room", "timer", {"seconds": 180}),
    ("timer 25 mins", "timer", {"seconds": 1500}),
    # lists: commas, "it", any list, no "list" word after shopping
    ("add apples, pears and plums to my shopping list", "list_add",
     {"list": "shopping", "items": ["apples", "pears", "plums"]}),
    ("we're out of coffee, put it on the shopping list", "list_add",
     {"list": "shopping", "items": ["coffee"]}),
    ("could you add book the plumber to my to-do list", "list_add",
     {"list": "to-do", "items": ["book the plumber"]}),
    ("add oat milk to shopping", "list_add", {"list": "shopping", "items": ["oat milk"]}),
    # events: "it" for what was said first, a title the tagger cut short, next Monday
    ("I've got a dentist check-up on Thursday at 2, add it to my calendar", "event",
     {"start": "2026-12-03T14:00", "about": ["dentist"]}),
    ("add my brother's birthday party on Sunday at 4pm to the calendar", "event",
     {"start": "2026-12-06T16:00", "about": ["birthday", "party"]}),
    ("schedule a catch-up with Priya on Monday at 10 am", "event",
     {"start": "2026-12-07T10:00", "about": ["priya"]}),
]


@pytest.mark.parametrize(("text", "kind", "expect"), CASES)
async def test_everyday_request_is_stored_as_asked(text: str, kind: str,
                                                   expect: dict[str, Any]) -> None:
    ok, said, held = await judge({"text": text, "kind": kind, "expect": expect})
    assert ok, (said, held)


async def test_a_remark_is_not_stored() -> None:
    ok, _said, held = await judge({"text": "what a lovely day", "kind": "alarm",
                                   "expect": {"time": "07:00", "date": "2026-12-01"}})
    assert not ok and held == []
