"""Requests found missed on 1 Dec (sixth session) by the blind sets everyday L and questions
and changes P: "would you ever …", "every working day", "I need to get batteries, add them
to the shopping list", "flat viewing thurs 5pm, add to calendar", typed shorthand ("pasta timer +3 mins", "todo?", "time left pasta", "cal wed", "mv team
meeting 09:30"), "please" before a question, a question put back to the thing said first
("the dentist appointment, is that on Wednesday at two o'clock?"), a change told with "now"
last or with "can you change it?" after it, and corrections in the same breath where the
old number follows "to" ("change my alarm to six, no actually ten to six") or is "a
minute". Unit tables, then end to end through a real Assistant over the seeded SQLite
store (Monday 30 November 2026, 17:00 Europe/London)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.nlu import edit_requests
from hark.text.calendar_first import event_first
from hark.text.corrections import corrected
from hark.text.courtesy import plainly
from hark.text.fronted import unfronted
from hark.text.instead import instead
from hark.text.list_first import items_first
from hark.text.shorthand import written_out
from hark.text.topic_first import topic_first


@pytest.mark.parametrize("text, plain", [
    ("pasta timer +3 mins", "add 3 minutes to the pasta timer"),
    ("laundry timer -5m", "take 5 minutes off the laundry timer"),
    ("the rice timer + 2 min", "add 2 minutes to the rice timer"),
    ("todo?", "what's on my to-do list?"),
    ("my to-do list", "what's on my to-do list?"),
    ("time left pasta", "how much time is left on the pasta timer?"),
    ("time left on the laundry timer?", "how much time is left on the laundry timer?"),
    ("cal wed", "what's on my calendar wednesday?"),
    ("diary tomorrow?", "what's on my calendar tomorrow?"),
    ("mv team meeting 09:30", "move team meeting to 09:30"),
    ("move the dentist 3pm", "move the dentist to 3pm"),
    # not shorthand
    ("move the team meeting to 10", "move the team meeting to 10"),
    ("time left", "time left"),
    ("calendar of events", "calendar of events"),
    ("todo list app ideas", "todo list app ideas"),
])
def test_typed_shorthand(text: str, plain: str) -> None:
    assert written_out(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Please, what time is dinner with Anna on Friday?", "what time is dinner with Anna on Friday?"),
    ("please is bread on the list", "is bread on the list"),
    ("please set an alarm for 7", "please set an alarm for 7"),
    ("please, add milk", "please, add milk"),
])
def test_please_before_a_question(text: str, plain: str) -> None:
    assert plainly(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Right, the dentist appointment, is that on Wednesday at two o'clock?",
     "is the dentist appointment on Wednesday at two o'clock?"),
    ("the team meeting - is it still at 9?", "is the team meeting still at 9?"),
    ("the dentist appointment, is that a good idea?",
     "the dentist appointment, is that a good idea?"),
])
def test_asked_about_the_thing_said_first(text: str, plain: str) -> None:
    assert topic_first(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("the team meeting is at 11 now", "move the team meeting to 11"),
    ("team meeting is at 11 now, could you update that please", "move team meeting to 11"),
    ("Dinner with Anna on Friday is now at 8pm, can you change it?",
     "move Dinner with Anna on Friday to 8pm"),
])
def test_a_change_told_with_now(text: str, plain: str) -> None:
    assert instead(unfronted(text)) == plain


def test_a_remark_with_a_time_is_no_remark() -> None:
    # the clock in "is now at 8pm" said it was a change, not a remark about the dinner
    said = "Dinner with Anna on Friday is now at 8pm, can you change it?"
    assert unfronted(said) == said
    assert unfronted("the 6:30 alarm is far too early, make it 7 o'clock") == \
        "make the 6:30 alarm 7 o'clock"


@pytest.mark.parametrize("text, plain", [
    ("Change my half six weekday alarm to six, no actually ten to six",
     "Change my half six weekday alarm to ten to six"),
    ("Add a minute to the pasta timer, actually no, make it two minutes.",
     "Add two minutes to the pasta timer"),
    ("set a timer for an hour, no, two hours", "set a timer for two hours"),
    ("wake me at twenty five to seven, no, ten to seven", "wake me at ten to seven"),
    ("set an alarm for ten to seven, no, quarter to eight", "set an alarm for quarter to eight"),
    ("What's on the shopping list, no, sorry, the to-do list?", "What's on the to-do list"),
])
def test_corrected_in_the_same_breath(text: str, plain: str) -> None:
    assert corrected(text) == plain


@pytest.mark.parametrize("text, intent", [
    ("Please add two minutes for the pasta timer.", "timer_adjust"),
    ("is the dentist appointment on Wednesday at two o'clock?", "calendar_query"),
    ("is the team meeting at 10?", "calendar_query"),
    ("What time are you reminding me about the bins?", "calendar_query"),
    ("when will you remind me to call mum", "calendar_query"),
    # not these
    ("add a timer for 5 minutes for the pasta", None),
    ("is my calendar at home", None),
])
def test_the_readers_new_requests(text: str, intent: str | None) -> None:
    assert edit_requests.find(text) == intent


@pytest.mark.parametrize("text, plain", [
    ("I need to get batteries, add them to the shopping list.",
     "add batteries to the shopping list."),
    ("we need to ring the council, put it on the to-do list please",
     "put ring the council on the to-do list please"),
    ("I need to get my hair cut, add it to my to-do list", "add get my hair cut to my to-do list"),
    ("to do list: clean the oven", "add clean the oven to the to-do list"),
    # not these
    ("I need to get batteries", "I need to get batteries"),
    ("I need to see the dentist at 5, add it to the calendar",
     "I need to see the dentist at 5, add it to the calendar"),
])
def test_needed_first(text: str, plain: str) -> None:
    assert items_first(written_out(text)) == plain


@pytest.mark.parametrize("text, plain", [
    ("flat viewing thursday 5pm, add to calendar", "put flat viewing thursday 5pm in my calendar"),
    ("dentist Friday 3pm - put in diary please", "put dentist Friday 3pm in my diary"),
    ("I've got a haircut on Saturday at 11, put it in the calendar",
     "I've got a haircut on Saturday at 11, put it in the calendar"),
    ("I'm busy Friday, add to calendar", "I'm busy Friday, add to calendar"),
])
def test_the_event_then_add_to_calendar(text: str, plain: str) -> None:
    assert event_first(text) == plain


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("Please, what time is dinner with Anna on Friday?", {"mention": ["7:30"]}),
    ("Would you ever set an alarm for half six in the morning for me?",
     {"new_alarms": [{"time": "06:30", "date": "2026-12-01"}]}),
    ("Please set alarm at 6:30am every working day.", {"mention": ["already"]}),
    ("wake me at 7 on working days",
     {"new_alarms": [{"time": "07:00", "repeat": ["MO", "TU", "WE", "TH", "FR"]}]}),
    ("I need to get batteries, add them to the shopping list.",
     {"new_items": {"shopping": ["batteries"]}}),
    ("to do list: clean the oven", {"new_items": {"to-do": ["clean the oven"]}}),
    ("flat viewing thurs 5pm, add to calendar",
     {"new_events": [{"start": "2026-12-03T17:00", "title": "flat viewing"}]}),
    ("pasta timer +3 mins", {"changed": {"T1": {"remaining_s": 660}}}),
    ("laundry timer -5m", {"changed": {"T2": {"remaining_s": 600}}}),
    ("Please add two minutes for the pasta timer.", {"changed": {"T1": {"remaining_s": 600}}}),
    ("Add a minute to the pasta timer, actually no, make it two minutes.",
     {"changed": {"T1": {"remaining_s": 600}}}),
    ("todo?", {"mention": ["passport", "bike light", "haircut"], "absent": ["bananas"]}),
    ("time left pasta", {"mention": ["8 minutes"]}),
    ("cal wed", {"mention": ["dentist", "2 PM"], "absent": ["Anna"]}),
    ("mv team meeting 09:30", {"changed": {"E1": {"start": "2026-12-01T09:30"}}}),
    ("Right, the dentist appointment, is that on Wednesday at two o'clock?", {"mention": ["2 PM"]}),
    ("Dinner with Anna on Friday is now at 8pm, can you change it?",
     {"changed": {"E3": {"start": "2026-12-04T20:00"}}}),
    ("the team meeting is at 11 now", {"changed": {"E1": {"start": "2026-12-01T11:00"}}}),
    ("What time are you reminding me about the bins, mate?", {"mention": ["7 PM"]}),
    ("What's on the shopping list, no, sorry, the to-do list?",
     {"mention": ["passport", "bike light", "haircut"], "absent": ["milk"]}),
    ("Change my half six weekday alarm to six, no actually ten to six, the kids have early "
     "starts all week.", {"changed": {"A1": {"time": "05:50"}}}),
])
async def test_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)
