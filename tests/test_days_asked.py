"""Questions about several days at once: two or three days named one by one ("on Tuesday
and Friday": not Wednesday), a range ("Wednesday through Friday", "from Thursday
onwards", "after Tuesday"), for alarms, reminders and events; and the terse headings that
ask them ("reminders for thu and sat?")."""

from __future__ import annotations

import asyncio
import sys
from datetime import date
from pathlib import Path

import pytest

from hark.dialogue.compound import _plural
from hark.nlu import edit_requests
from hark.skills.providers.dates import days_asked

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from manage_bench import judge  # noqa: E402

MONDAY = date(2026, 11, 30)
TUE, WED, THU, FRI, SAT, SUN, NEXT_MON = (date(2026, 12, d) for d in range(1, 8))


@pytest.mark.parametrize("text, days", [
    ("what alarms have I got on Wednesday and on Saturday?", {WED, SAT}),
    ("any reminders tuesday or saturday", {TUE, SAT}),
    ("reminders for thursday, friday and saturday", {THU, FRI, SAT}),
    ("what's on today and tomorrow", {MONDAY, TUE}),
    ("will any alarm go off on Sunday or next Monday?", {SUN, NEXT_MON}),
])
def test_days_named_one_by_one(text: str, days: set[date]) -> None:
    asked = days_asked(text, MONDAY)
    assert asked is not None and asked.days == days
    assert asked.span == (min(days), max(days))
    between = [d for d in (TUE, WED, THU, FRI) if min(days) < d < max(days) and d not in days]
    assert not any(asked.holds(d) for d in between)


@pytest.mark.parametrize("text, span", [
    ("wednesday through friday", (WED, FRI)),
    ("between tuesday and thursday", (TUE, THU)),
    ("from friday to monday", (FRI, NEXT_MON)),
    ("reminders from thursday onwards?", (THU, date(2027, 1, 27))),
    ("anything from wednesday on", (WED, date(2027, 1, 26))),
    ("after tuesday", (WED, date(2027, 1, 26))),
    ("before friday", (MONDAY, THU)),
])
def test_a_range_of_days(text: str, span: tuple[date, date]) -> None:
    asked = days_asked(text, MONDAY)
    assert asked is not None and asked.span == span and asked.days is None


@pytest.mark.parametrize("text", ["what's on friday", "alarms tomorrow", "my reminders",
                                  "what's on friday at 9"])
def test_one_day_or_none_is_not_several(text: str) -> None:
    assert days_asked(text, MONDAY) is None


@pytest.mark.parametrize("text, intent", [
    ("reminders for thursday and saturday?", "calendar_query"),
    ("alarms between tuesday and thursday", "alarm_query"),
    ("alarms for tomorrow and friday?", "alarm_query"),
    ("anything in the diary tuesday or friday?", "calendar_query"),
    ("anything booked wednesday or saturday", "calendar_query"),
    ("reminders wednesday through friday pls", "calendar_query"),
    ("what have i got on after tuesday?", "calendar_query"),
    # "check" looks at reminders; it ticks one off only with "off"/"done"
    ("could you check my reminders for tuesday please", "calendar_query"),
    ("check off the bins reminder", "calendar_remove"),
])
def test_the_reader_takes_the_headings(text: str, intent: str) -> None:
    assert edit_requests.find(text) == intent


def test_two_days_of_alarms_asked_are_no_two_alarms_to_set() -> None:
    assert _plural("alarms for tomorrow and friday?") is None
    assert _plural("set alarms for 6 and 6:10 tomorrow") is not None


@pytest.mark.parametrize("text, domain, mention, absent", [
    ("What alarms have I got on Wednesday and on Saturday?", "alarm", ["06:30", "09:00"],
     ["07:15"]),
    ("alarms for tomorrow and friday?", "alarm", ["06:30", "07:15"], ["09:00"]),
    ("Which reminders are for Tuesday and Thursday?", "reminder", ["dentist", "bins"],
     ["card"]),
    ("Reminders from Thursday onwards?", "reminder", ["bins", "card"], ["dentist"]),
    ("What's on Tuesday and Friday?", "event", ["team", "Anna"], ["dentist"]),
    ("Could you check my reminders for Tuesday, please?", "reminder", ["dentist"],
     ["bins", "card"]),
])
def test_answered_over_a_real_store(text: str, domain: str, mention: list[str],
                                    absent: list[str]) -> None:
    """A real Assistant over the seeded SQLite store: the answer names the things on the
    days asked, none on other days, and nothing in the store changes."""
    row = {"text": text, "domain": domain, "op": "query",
           "expect": {"mention": mention, "absent": absent}}
    ok, said, _ = asyncio.run(judge(row))
    assert ok, said
