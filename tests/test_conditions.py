"""Requests said on a condition, tested on the answer to the question before them:
"is bread on the list? if not, add it", "is my calendar free on Thursday evening? if it
is, pop gym in at 6pm", "how long's left on the pasta? if it's under 10 minutes, give it
another 5", "…, otherwise add 10 minutes" (hark.dialogue.conditions; real NLU, real
Assistant, real SQLite store)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.dialogue import conditions


@pytest.mark.parametrize("piece, want, op, seconds, asked", [
    ("if not, add it", False, None, None, "add it"),
    ("if it is, take it off", True, None, None, "take it off"),
    ("if so book a table", True, None, None, "book a table"),
    ("and if it isn't put it on", False, None, None, "put it on"),
    ("if i'm free, book the gym at 6", True, None, None, "book the gym at 6"),
    ("if there's nothing on, book the gym at 6", False, None, None, "book the gym at 6"),
    ("if it's under 10 minutes give it another 5", True, "less", 600.0,
     "give it another 5 minutes"),
    ("if it's got more than half an hour left, pause it", True, "more", 1800.0, "pause it"),
])
def test_a_condition_is_read(piece: str, want: bool, op: str | None,
                             seconds: float | None, asked: str) -> None:
    cond, _, rest = conditions.parse(piece)
    assert cond is not None
    assert (cond.want, cond.op, cond.seconds, rest) == (want, op, seconds, asked)


@pytest.mark.parametrize("piece", ["if you can, set an alarm", "if it rains", "add milk",
                                   "set a timer for 10 minutes",
                                   "if it's not too much trouble, add milk"])
def test_no_condition(piece: str) -> None:
    assert conditions.parse(piece)[0] is None


def test_otherwise_holds_when_the_condition_before_did_not() -> None:
    otherwise = conditions.parse("otherwise add 10 minutes")[0]
    assert otherwise is not None and otherwise.otherwise
    assert otherwise.holds({"yes": True}, before=False) is True
    assert otherwise.holds({"yes": True}, before=True) is False
    assert otherwise.holds({"yes": True}, before=None) is None


def test_a_condition_on_time_left() -> None:
    under = conditions.parse("if it's under 10 minutes, add 5 minutes")[0]
    assert under is not None
    assert under.holds({"left_s": 480.0}) is True
    assert under.holds({"left_s": 900.0}) is False
    assert under.holds({"yes": True}) is None  # a yes/no answer tells nothing about time


def test_a_timer_condition_said_first_asks_its_question_first() -> None:
    assert conditions.asked_first("if the laundry's got more than 20 minutes left cancel it") \
        == "how long is left on the laundry? if it's got more than 20 minutes left, cancel it"


def test_a_bare_adjustment_is_aimed_at_the_timer_asked_about() -> None:
    answer = {"left_s": 900.0, "yes": True, "timer": "laundry"}
    assert conditions.aimed("add 10 minutes", answer) == "add 10 minutes to the laundry timer"
    assert conditions.aimed("take off 2 minutes", answer) == \
        "take off 2 minutes off the laundry timer"
    assert conditions.aimed("pause it", answer) == "pause it"


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    # the seeded shopping list holds milk, eggs, bread, bananas, washing-up liquid
    ("is milk on the shopping list? if not, add it", {"mention": ["milk"]}),
    ("is rice on the shopping list? if not pop it on",
     {"new_items": {"shopping": ["rice"]}}),
    ("are eggs on my shopping list? if they are, take them off",
     {"gone_items": {"shopping": ["eggs"]}}),
    # Thursday evening is free (the bins reminder is not an event); Wednesday afternoon
    # holds the dentist at 14:00
    ("am I free on Thursday evening? if so, pop squash in at 7pm",
     {"new_events": [{"start": "2026-12-03T19:00", "about": ["squash"]}]}),
    ("have I got anything on Wednesday afternoon? if not book the car in at 3",
     {"mention": ["dentist"]}),
    ("is there anything in my diary on Saturday afternoon? if not, book a haircut at 2",
     {"new_events": [{"start": "2026-12-05T14:00", "about": ["haircut"]}]}),
    # the pasta has 8 minutes left, the laundry 15
    ("how long is left on the pasta? if it's under 5 minutes add another 3",
     {"mention": [{"minutes": 8}]}),
    ("how long's left on the pasta and if it's less than 10 minutes give it another 4",
     {"changed": {"T1": {"remaining_s": 720}}}),
    ("if the laundry has more than 10 minutes left pause it, otherwise cancel it",
     {"changed": {"T2": {"paused": True}}}),
    ("if the laundry's got more than half an hour left cancel it, otherwise add 5 minutes",
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("do I have an alarm on Sunday? if not, set one for 9am",
     {"new_alarms": [{"time": "09:00", "date": "2026-12-06"}]}),
    ("is bread on my shopping list? if it isn't add it, and add butter either way",
     {"new_items": {"shopping": ["butter"]}}),
    # a condition on a day said first; "if it's free" after a look at the diary
    ("if I'm free on Saturday afternoon, book a massage from 2 till 3",
     {"new_events": [{"start": "2026-12-05T14:00", "end": "2026-12-05T15:00",
                      "about": ["massage"]}]}),
    ("if I've nothing on Wednesday afternoon put the plumber in at 2, otherwise make it "
     "Thursday at 2", {"new_events": [{"start": "2026-12-03T14:00", "about": ["plumber"]}]}),
    ("check my diary for Sunday morning and if it's free put in a swim at 10",
     {"new_events": [{"start": "2026-12-06T10:00", "about": ["swim"]}]}),
    # "washing up liquid" is the "washing-up liquid" on the list
    ("is washing up liquid on the shopping list? if not add it", {"mention": ["yes"]}),
])
async def test_a_request_on_a_condition(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


@pytest.mark.asyncio
async def test_a_condition_nothing_answers_is_not_carried_out() -> None:
    # "set a timer" answers no yes/no question: the request on "if so" is left undone, and
    # the user is told
    ok, said, diff = await judge({"text": "set a timer for 5 minutes. if so, add milk to the "
                                          "shopping list", "kind": "compound",
                                  "expect": {"new_timers": [{"seconds": 300}]}})
    assert ok, (said, diff)
    assert "couldn't tell" in said


def test_a_condition_on_a_day_tests_whether_it_is_busy() -> None:
    free = conditions.parse("if it's free, book a run")[0]
    nothing = conditions.parse("if there's nothing on, book a run")[0]
    so = conditions.parse("if so, book a run")[0]
    assert free is not None and nothing is not None and so is not None
    # asked "what's on Sunday?" (yes: something is on) or "am I free on Sunday?"
    busy, idle = {"yes": True, "busy": True}, {"yes": False, "busy": False}
    assert (free.holds(busy), free.holds(idle)) == (False, True)
    assert (nothing.holds(busy), nothing.holds(idle)) == (False, True)
    assert so.holds({"yes": True, "busy": False}) is True  # "am I free? if so"


def test_a_day_condition_said_first_asks_first() -> None:
    assert conditions.asked_first("if I'm free Tuesday evening, book the gym at 6") == \
        "am i free on Tuesday evening? if so, book the gym at 6"
    assert conditions.asked_first("if friday is free book a haircut at 3") == \
        "am i free on friday? if so, book a haircut at 3"


@pytest.mark.asyncio
async def test_a_condition_on_an_empty_store(tmp_path) -> None:
    """With no lists at all, bread is not on the shopping list: "if not, add it" adds it."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.assistant import Assistant
    from hark.config import Settings

    assistant = Assistant(Settings(data_dir=tmp_path, timezone="Europe/London",
                                   home_location=""))
    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    try:
        said = await assistant.handle_text("is bread on the shopping list? if not, add it",
                                           now=now)
        assert "added bread" in said.response_text, said.response_text
    finally:
        await assistant.aclose()
