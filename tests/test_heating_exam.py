"""A broken boiler and an exam week (English): what was fixed after the two held-out sets
of those themes, tested with other sentences and other things."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.reason_after import request_alone
from hark.nlu.time_spans import find_time_spans
from hark.text import event_when, timer_done
from hark.text.event_length import start_first
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


def test_a_window_given_as_the_answer_to_when() -> None:
    judged("en", ["Put something in the calendar, the plumber's coming round",
                  "Thursday, she said between 1 and 4"],
           {"new": [{"kind": "event", "start": "2026-12-03T13:00", "end": "2026-12-03T16:00",
                     "about": ["plumber"]}]})


def test_what_a_thing_not_yet_named_is_said_after_it() -> None:
    judged("en", ["Put something in my diary for Thursday, it's a parents' evening at the school.",
                  "6 till 8."],
           {"new": [{"kind": "event", "start": "2026-12-03T18:00", "end": "2026-12-03T20:00",
                     "about": ["parents"]}]})


def test_when_an_event_with_a_window_is_asked_its_end_is_said() -> None:
    answers = judged("en", ["Add the electrician to my calendar on Thursday from 9 to 1",
                            "when's the electrician coming again?"],
                     {"new": [{"kind": "event", "start": "2026-12-03T09:00",
                               "end": "2026-12-03T13:00", "about": ["electrician"]}],
                      "mention": ["09:00", "13:00"]})
    assert "from 9 AM to 1 PM" in answers[-1], answers
    # a half-hour appointment is said at its start alone
    answers = judged("en", ["when's my dentist appointment?"], {"mention": ["14:00"]})
    assert " to " not in answers[-1], answers


def test_when_is_asked_with_sorry_and_a_remark_after() -> None:
    judged("en", ["Add the driving test to my calendar on Tuesday the 8th at 11 am.",
                  "Sorry, when's the driving test again? I can't remember."],
           {"new": [{"kind": "event", "start": "2026-12-08T11:00", "about": ["driving"]}],
            "mention": ["11:00"]})
    assert event_when.asked("um, when is the plumber arriving?") == "plumber"
    assert event_when.asked("when is the plumber arriving? I need to move it") is None


def test_a_new_window_for_the_event_just_made() -> None:
    judged("en", ["Put the gas safety check in my calendar Friday from 9 to 11",
                  "oh, they emailed, it's 1 till 3 now"],
           {"new": [{"kind": "event", "start": "2026-12-04T13:00", "end": "2026-12-04T15:00",
                     "about": ["gas"]}]})
    assert start_first("they rang back, it's 10 till 12 now", "en") == ("at 10", "it ends at 12")


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    judged("en", ["Book a third viewing of the flat in the calendar, Saturday at 11",
                  "and another one on Sunday at 11"],
           {"new": [{"kind": "event", "start": "2026-12-05T11:00", "about": ["viewing"]},
                    {"kind": "event", "start": "2026-12-06T11:00", "about": ["viewing"]}]})
    said = find_time_spans("remind me on the 3rd to renew the parking permit", NOW, "en")
    assert [(s.name, s.value["date"]) for s in said] == [("date", "2026-12-03")]


def test_a_timer_asked_by_its_name_alone() -> None:
    answers = judged("en", ["when will the laundry be done?"], {"mention": ["17:15"]})
    assert "laundry" in answers[-1], answers
    assert timer_done.asked("So when does the pasta finish?") == "pasta"
    # an event's end is the calendar's
    judged("en", ["when does the team meeting finish?"], {"mention": ["10:00"]})


def test_a_remark_about_someone_as_a_sentence_after_the_change() -> None:
    judged("en", ["When's dinner with Anna?",
                  "Could you move it to 8? My sister might still be round."],
           {"changed": {"E3": {"start": "2026-12-04T20:00"}}})
    assert request_alone("Move it to 4. The meeting will be at 3.", "en") \
        == "Move it to 4. The meeting will be at 3."


def test_reminder_words_with_check_are_no_removal() -> None:
    judged("en", ["set me a reminder tomorrow at 8 to ring the garage and check they'll have the car ready"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["garage"]}]})


def test_ugh_never_mind_to_what() -> None:
    judged("en", ["Add something to my calendar for Thursday",
                  "ugh, never mind, I'll sort it out later"], {})


def test_another_timer_called_by_name() -> None:
    judged("en", ["Set a tea timer for 3 minutes and another one called bath for 20 minutes"],
           {"new": [{"kind": "timer", "seconds": 180, "name": "tea"},
                    {"kind": "timer", "seconds": 1200, "name": "bath"}]})


def test_a_request_a_reason_and_another_request() -> None:
    judged("en", ["When's the reminder to call the dentist?",
                  "right, cancel it, my sister's calling them for me, and add pay the window "
                  "cleaner to my to-do list"],
           {"gone": ["R1"], "added_items": {"to-do": ["window cleaner"]}, "item_words": True})


def test_the_list_just_changed_asked_as_the_list() -> None:
    judged("en", ["Put sellotape on the shopping list.", "What's on the list now?"],
           {"added_items": {"shopping": ["sellotape"]}, "mention": ["sellotape", "milk"]})


def test_never_mind_the_reminder_then_a_list() -> None:
    judged("en", ["Remind me to buy stamps on Thursday.",
                  "never mind the reminder, put stamps on the shopping list instead."],
           {"added_items": {"shopping": ["stamps"]}})


def test_a_reason_with_i_want_to() -> None:
    judged("en", ["What time's my alarm on Saturday?",
                  "Make it 7:45 instead, I want to go for a run first."],
           {"changed": {"A3": {"time": "07:45"}}})


def test_a_remark_sentence_with_its_due() -> None:
    judged("en", ["Remind me to pay the council tax on Friday at 9 am.",
                  "Sorry, I meant Thursday, same time. It's due on Thursday."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T09:00", "about": ["council"]}]})


def test_another_one_the_night_before() -> None:
    judged("en", ["Remind me to hand in the essay on Friday at 2 pm.",
                  "And one more the evening before at 8."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T14:00", "about": ["essay"]},
                    {"kind": "reminder", "due": "2026-12-03T20:00", "about": ["essay"]}]})


@pytest.mark.parametrize("ask", ["Could you put a timer on?", "put a timer on please"])
def test_put_a_timer_on_asks_how_long(ask: str) -> None:
    answers = judged("en", [ask, "Fifty minutes."], {"new": [{"kind": "timer", "seconds": 3000}]})
    assert answers[0] == "For how long?", answers


def test_the_week_after_is_no_move() -> None:
    answers = judged("en", ["What's on my calendar on Wednesday?", "And the week after?"], {})
    assert "December 9" in answers[-1], answers  # the Wednesday a week on
    answers = judged("en", ["Anything in the diary this week?", "what about the week after?"], {})
    assert "clear" in answers[-1] and "dentist" not in answers[-1], answers  # next week


def test_on_the_day_of_the_month_carried_over() -> None:
    judged("en", ["Put the recital in my calendar on the 9th at 6 pm.",
                  "What have I got tomorrow?", "And on the 9th?"],
           {"new": [{"kind": "event", "start": "2026-12-09T18:00", "about": ["recital"]}],
            "mention": ["recital"]})


def test_a_reason_then_a_move_and_a_new_event_at_the_reasons_clock() -> None:
    judged("en", ["The school play's Wednesday at 2 pm, same time as the dentist, so move the "
                  "dentist to Friday at the same time and put the school play in on Wednesday"],
           {"changed": {"E2": {"start": "2026-12-04T14:00"}},
            "new": [{"kind": "event", "start": "2026-12-02T14:00", "about": ["play"]}]})
