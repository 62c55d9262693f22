"""Questions about, and changes to, what the user already has, through a real Assistant
(real NLU, dialogue, skills and a SQLite store seeded as in benchmarks/manage_bench.py),
judged by that benchmark's scorer on sentences written for these tests (not the
benchmark's); plus the store operations and the English reader behind them."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from manage_bench import judge  # noqa: E402

from hark.errors import Conflict, InvalidInput
from hark.nlu import edit_requests

# the store holds: alarms A1 06:30 weekdays, A2 07:15 tomorrow, A3 09:00 Saturday
# "swimming"; reminders R1 call the dentist Tue 10:00, R2 take the bins out Thu 19:00,
# R3 buy a birthday card for Sam Sat 09:30; timers T1 pasta 8 min left, T2 laundry 15
# min left; shopping: milk, eggs, bread, bananas, washing-up liquid; to-do: renew
# passport, fix the bike light, book a haircut; events E1 team meeting Tue 09:00, E2
# dentist appointment Wed 14:00, E3 dinner with Anna Fri 19:30. Now: Mon 30 Nov, 17:00.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # alarms: moved to a time or by a length, found by time, label, kind or day
    ("shift my 7:15 alarm to ten to eight", "change", {"changed": {"A2": {"time": "07:50"}}}),
    ("make the weekday alarm twenty minutes earlier", "change",
     {"changed": {"A1": {"time": "06:10"}}}),
    ("change saturday's alarm to half nine", "change", {"changed": {"A3": {"time": "09:30"}}}),
    ("cancel the alarm that rings every weekday", "change", {"gone": ["A1"]}),
    ("what's my swimming alarm set for", "query", {"mention": ["09:00"]}),
    ("what time will I be woken up on friday", "query",
     {"mention": ["06:30"], "absent": ["07:15"]}),
    # timers: time added, taken off, set to a length, by a name said anywhere
    ("put five more minutes on the pasta timer", "change",
     {"changed": {"T1": {"remaining_s": 780}}}),
    ("take three minutes off the laundry", "change",
     {"changed": {"T2": {"remaining_s": 720}}}),
    ("set the pasta timer to 2 minutes", "change", {"changed": {"T1": {"remaining_s": 120}}}),
    ("hold the laundry timer", "change", {"changed": {"T2": {"paused": True}}}),
    ("cancel the timer with 8 minutes left", "change", {"gone": ["T1"]}),
    # a reason after the request names nothing more: only the bins reminder goes
    ("could you cancel the reminder to take the bins out, my neighbour's doing them and the "
     "recycling this week", "change", {"gone": ["R2"]}),
    # every word of a reminder said: the reminder, not the appointment that shares one
    ("when am I meant to call the dentist", "query", {"mention": ["10:00"], "absent": ["14:00"]}),
    ("which timer goes off next", "query", {"mention": ["pasta"]}),
    # lists: ticked off by what is said, never the whole list unless asked
    ("I've picked up the milk, cross it off the shopping list", "change",
     {"gone_items": {"shopping": ["milk"]}}),
    ("tick off fix the bike light", "change", {"gone_items": {"to-do": ["fix the bike light"]}}),
    ("tick the passport and the haircut off my to-do list", "change",
     {"gone_items": {"to-do": ["renew passport", "book a haircut"]}}),
    ("clear the eggs off my shopping list", "change", {"gone_items": {"shopping": ["eggs"]}}),
    ("got everything except the bananas, tick the rest off the shopping list", "change",
     {"gone_items": {"shopping": ["milk", "eggs", "bread", "washing-up liquid"]}}),
    ("remove the last item on my shopping list", "change",
     {"gone_items": {"shopping": ["washing-up liquid"]}}),
    ("is there any fruit on the shopping list", "query", {"mention": ["bananas"]}),
    # a kind asked with "what", and the items that begin with a verb
    ("what fruit is on my shopping list?", "query",
     {"mention": ["bananas"], "absent": ["milk", "eggs"]}),
    ("What is it I've got to fix, according to my to-do list?", "query",
     {"mention": ["bike light"], "absent": ["passport", "haircut"]}),
    ("what's on all my lists", "query", {"mention": ["milk", "passport"]}),
    # reminders: asked about, ticked off and moved by their words, day or time
    ("when's the reminder about the birthday card", "query",
     {"mention": ["09:30"], "absent": ["bins"]}),
    ("what am I being reminded about on thursday", "query", {"mention": ["bins"]}),
    ("tick off the dentist reminder", "change", {"gone": ["R1"]}),
    ("push the bins reminder back an hour", "change",
     {"changed": {"R2": {"due": "2026-12-03T20:00"}}}),
    ("move my 9:30 reminder to 11", "change", {"changed": {"R3": {"due": "2026-12-05T11:00"}}}),
    # events: asked about by title or end, moved by day or time, several removed
    ("what time does dinner with Anna finish", "query", {"mention": ["21:30"]}),
    ("when is the team meeting", "query", {"mention": ["09:00"], "absent": ["anna"]}),
    ("bring dinner with Anna forward to 7", "change",
     {"changed": {"E3": {"start": "2026-12-04T19:00"}}}),
    ("move my wednesday appointment to 4 pm", "change",
     {"changed": {"E2": {"start": "2026-12-02T16:00"}}}),
    ("cancel the team meeting and the dentist appointment", "change", {"gone": ["E1", "E2"]}),
    # a pronoun after "get rid of" names items, not the list
    ("we've plenty of eggs, so get rid of them from the shopping list", "change",
     {"gone_items": {"shopping": ["eggs"]}}),
    ("what time is my next alarm", "query", {"mention": ["06:30"], "absent": ["09:00"]}),
    ("make the laundry timer five minutes shorter", "change",
     {"changed": {"T2": {"remaining_s": 600}}}),
    ("is there anything about the passport on my to-do list", "query", {"mention": ["renew"]}),
    ("check my calendar for wednesday please", "query",
     {"mention": ["dentist"], "absent": ["anna"]}),
    ("which day do I have to put the bins out", "query", {"mention": ["thursday"]}),
    ("the dentist reminder should be at 11, not 10", "change",
     {"changed": {"R1": {"due": "2026-12-01T11:00"}}}),
    # set W's lessons (3 Dec): a reason before the move, a reminder moved by its words
    # alone, more time on a timer after a remark about it, the way to a shop, "that one",
    # a clock time's "one", "remind me" asking to be told
    ("Anna texted, she's busy on Friday, so move dinner with Anna to Saturday, same time",
     "change", {"changed": {"E3": {"start": "2026-12-05T19:30"}}}),
    ("shift the bins one to Wednesday at 8pm", "change",
     {"changed": {"R2": {"due": "2026-12-02T20:00"}}}),
    ("The laundry needs a bit longer, give it 5 more minutes.", "change",
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("I'm popping to the shop, what do I need to get?", "query",
     {"mention": ["milk", "bread"], "absent": ["passport"]}),
    ("I renewed the passport today, so tick that one off.", "change",
     {"gone_items": {"to-do": ["renew passport"]}}),
    ("Cancel the 6:30 one.", "change", {"gone": ["A1"]}),
    ("Remind me, when is the bins reminder?", "query", {"mention": ["19:00"]}),
]


@pytest.mark.parametrize(("text", "op", "expect"), CASES, ids=[c[0] for c in CASES])
async def test_change_or_question_is_understood_and_done(text: str, op: str,
                                                         expect: dict[str, Any]) -> None:
    domain = "list" if "gone_items" in expect or "lists" in text else "any"
    ok, said, diff = await judge({"text": text, "domain": domain, "op": op,
                                  "expect": expect})
    assert ok, (said, diff)


@pytest.mark.parametrize(("text", "intent"), [
    ("move my 7:15 alarm to 7:45", "alarm_change"),
    ("push my weekday alarm back by fifteen minutes", "alarm_change"),
    ("set my weekday alarm to 6:45", "alarm_change"),
    ("add 5 minutes to the pasta timer", "timer_adjust"),
    ("give the pasta another minute", "timer_adjust"),
    ("I've bought the bread, cross it off the shopping list", "lists_remove"),
    ("mark renew passport as done", "lists_remove"),
    ("when's my reminder to take the bins out", "calendar_query"),
    ("scrap the reminder about Sam", "calendar_remove"),
    ("what time's dinner with Anna", "calendar_query"),
    ("what have I got on the fourth", "calendar_query"),
    ("do I need to get up early tomorrow", "alarm_query"),
    ("check my timers", "timer_query"),
    ("how long until the rice is ready", "timer_query"),
    ("can you tell me what's left on the potatoes", "timer_query"),
    ("pause the bread", "timer_pause"),
    ("I'm finished with the egg timer, stop it", "timer_remove"),
    ("switch off tomorrow's 6:30", "alarm_remove"),
    ("which day do the recycling bins go out", "calendar_query"),
    ("what's on saturday morning", "calendar_query"),
    ("what time is the plumber on thursday", "calendar_query"),
    ("book a catch-up with Priya on Friday at 3pm", "calendar_set"),
    ("take off washing-up liquid", "lists_remove"),
    ("start a timer for an hour and call it laundry", "timer_set"),
    # questions a condition is tested on, and events put in
    ("have I got anything on Friday morning", "calendar_query"),
    ("is my diary clear on Wednesday afternoon", "calendar_query"),
    ("is there anything in my calendar on Sunday", "calendar_query"),
    ("is the team meeting still on tomorrow", "calendar_query"),
    ("how long's the rice got", "timer_query"),
    ("pop badminton in at 8pm on Tuesday", "calendar_set"),
    ("book a massage at 4pm on Saturday", "calendar_set"),
    ("block out Monday afternoon for the accounts", "calendar_set"),
    ("take 3 off the eggs timer", "timer_adjust"),  # never a cancel
])
def test_reader_names_the_change_or_question(text: str, intent: str) -> None:
    assert edit_requests.find(text) == intent


@pytest.mark.parametrize("text", [
    "set an alarm for 7 am",          # a new alarm, not a change
    "set my alarm for 6:30 tomorrow",
    "can you set an alarm for 7",
    "remind me in ten minutes to turn off the hob",
    "set a timer for 10 minutes",
    "add milk to the shopping list",
    "do i need a jacket today",      # weather
    "what's on the list",            # the list, not a day
    "turn off the lights",
    "what time is it in tokyo",
    "when is the next train to leeds",
    "pause the music",                # media, not a timer
    "book a taxi for tomorrow at 5pm",  # a booking elsewhere
    "remind me to check the car and turn off the heating at 6",  # no list removal
    "take off my coat",
    "is there anything to do in town this weekend",  # events out there, not the diary
    "put the chicken in the oven at 6 on sunday",
    "block this number",
])
def test_reader_leaves_new_requests_and_other_questions_alone(text: str) -> None:
    assert edit_requests.find(text) is None


# ---------------------------------------------------------------- store operations


NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.fixture()
def store(tmp_path: Path) -> Any:
    from hark.config import Settings
    from hark.store import Store

    s = Store.open(Settings(data_dir=tmp_path / "data", timezone="UTC"))
    yield s
    s.close()


def test_timer_adjust_adds_takes_off_and_sets_the_time_left(store: Any) -> None:
    from hark.store import timers

    with store.session() as db:
        t = timers.create(db, duration_s=600, name="pasta", now=NOW)
        timers.adjust(db, t.id, by_s=120, now=NOW + timedelta(minutes=2))
        assert timers.remaining_s(t, now=NOW + timedelta(minutes=2)) == 600
        timers.adjust(db, t.id, by_s=-300, now=NOW + timedelta(minutes=2))
        assert timers.remaining_s(t, now=NOW + timedelta(minutes=2)) == 300
        timers.pause(db, t.id, now=NOW + timedelta(minutes=3))
        timers.adjust(db, t.id, left_s=90, now=NOW + timedelta(minutes=4))
        assert t.state == "paused" and timers.remaining_s(t) == 90
        with pytest.raises(InvalidInput):  # nothing may be left owing
            timers.adjust(db, t.id, by_s=-500, now=NOW + timedelta(minutes=4))
        assert timers.remaining_s(t) == 90  # unchanged by the refused change
        timers.cancel(db, t.id, now=NOW + timedelta(minutes=5))
        with pytest.raises(Conflict):
            timers.adjust(db, t.id, by_s=60, now=NOW + timedelta(minutes=5))


def test_a_one_off_alarm_keeps_its_day_when_its_time_changes(store: Any) -> None:
    from hark.store import alarms

    with store.session() as db:
        a = alarms.create(db, time_of_day="09:00", tz="UTC", now=NOW)
        a.next_fire = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)  # Saturday
        alarms.update_alarm(db, a.id, time_of_day="08:15", now=NOW)
        assert a.next_fire.astimezone(UTC) == datetime(2026, 12, 5, 8, 15, tzinfo=UTC)
        weekly = alarms.create(db, time_of_day="06:30", tz="UTC", now=NOW,
                               recurrence_rule={"freq": "weekly", "byday": ["MO", "TU"]})
        alarms.update_alarm(db, weekly.id, time_of_day="06:45", now=NOW)
        assert weekly.next_fire.astimezone(UTC) == datetime(2026, 12, 1, 6, 45, tzinfo=UTC)


@pytest.mark.parametrize(("text", "cleaned"), [
    ("Add ten minutes to the laundry.", "add ten minutes to the laundry"),
    ("Bump my 9:30 reminder to 8:30.", "bump my 9:30 reminder to 8:30"),
    ("set it for 8 a.m.", "set it for 8 a.m."),      # not the abbreviation's stop
    ("Erinnere mich am 24.12. an", "erinnere mich am 24.12. an"),  # a German date
    ("at 7.30 please", "at 7.30 please"),
])
def test_clean_drops_only_a_sentence_full_stop(text: str, cleaned: str) -> None:
    from hark.text.clean import clean

    assert clean(text) == cleaned


async def test_a_dotted_german_date_still_reads_after_cleaning() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from everyday_bench import judge as judge_new

    ok, said, held = await judge_new({"text": "Erinnere mich am 24.12. an die Geschenke",
                                      "kind": "reminder",
                                      "expect": {"due": "2026-12-24T09:00",
                                                 "about": ["geschenke"]}})
    assert ok, (said, held)
