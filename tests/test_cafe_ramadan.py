"""Running a small café and a week of Ramadan (English): what was fixed after the two
held-out sets of those themes, tested with other sentences and other things."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hark.dialogue.undoing import said as undo_said
from hark.nlu.engine import NLU, default_model_dir
from hark.text.antecedent import who_first
from hark.text.asked_plainly import asked_plainly
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged

_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU(default_model_dir())


@pytest.mark.parametrize(("said", "clock"), [
    ("Set an alarm for twenty-five past five tomorrow morning.", "05:25"),
    ("Wake me at twenty-five to seven on Friday.", "06:35"),
    ("Set an alarm for quarter to seven Wednesday for the delivery.", "06:45"),
])
def test_a_clock_in_words_the_tagger_cut_is_read_whole(nlu: NLU, said: str, clock: str) -> None:
    u = nlu.parse(said, now=_NOW)
    times = [s.value for s in u.slots if isinstance(s.value, dict)
             and s.value.get("kind") in ("time", "datetime")]
    assert times and any(clock[3:] in str(v.get("time") or v.get("datetime")) for v in times)
    assert not any(s.name == "date" and not isinstance(s.value, dict) for s in u.slots)


def test_an_alarm_said_with_a_hyphened_clock() -> None:
    judged("en", ["Set an alarm for twenty-five past five tomorrow morning."],
           {"new": [{"kind": "alarm", "time": "05:25", "date": "2026-12-01"}]})


def test_as_a_something_is_no_timer_of_a_second() -> None:
    said = "And one more at five forty, same days, as a fallback."
    assert timers_paired(said, "en") == said
    judged("en", ["Set an alarm for twenty past five every weekday, Monday to Friday.",
                  "And another one at five forty, same days, as a fallback."],
           {"new": [{"kind": "alarm", "time": "05:20", "repeat": ["MO", "TU", "WE", "TH", "FR"]},
                    {"kind": "alarm", "time": "05:40", "repeat": ["MO", "TU", "WE", "TH", "FR"]}]})


def test_another_reminder_at_a_bare_hour_keeps_the_afternoon() -> None:
    judged("en", ["Remind me at two tomorrow to ring the bakery.",
                  "And another at four to collect the bread order."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T14:00", "about": ["bakery"]},
                    {"kind": "reminder", "due": "2026-12-01T16:00", "about": ["bread"]}]})


def test_another_reminder_for_someone_keeps_the_day_before() -> None:
    judged("en", ["Remind me on Thursday at five to text Aunt Noor about Saturday.",
                  "Oh and another one for Cousin Bilal at quarter past five."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T17:00", "about": ["Noor"]},
                    {"kind": "reminder", "due": "2026-12-03T17:15", "about": ["Bilal"]}]})


@pytest.mark.parametrize("answer", ["Make it twenty past five, please.", "Make it 5:20 please"])
def test_make_it_answers_for_what_time(answer: str) -> None:
    judged("en", ["I need an alarm for Thursday, the milk comes early.", answer],
           {"new": [{"kind": "alarm", "time": "05:20", "date": "2026-12-03"}]})


def test_how_long_it_was_put_off_is_no_day() -> None:
    judged("en", ["Remind me to renew the insurance, I've been putting it off for a month.",
                  "Thursday morning, say ten."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T10:00", "about": ["insurance"]}]})


def test_the_clock_of_an_answer_wins_over_the_meal_it_is_after() -> None:
    judged("en", ["Set me a reminder to count the float.",
                  "Friday once the breakfast rush is over, so about eleven."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T11:00", "about": ["float"]}]})


@pytest.mark.parametrize("turn", [
    "No wait, leave it, Sam has already started one upstairs.",
    "Ah no, never mind, the kids are after waking up, no nap for me.",
])
def test_taken_back_with_news_after_it(turn: str) -> None:
    assert undo_said(turn) is not None
    judged("en", ["Start a nap timer for half an hour.", turn], {})


def test_a_correction_keeps_the_half_of_the_day() -> None:
    judged("en", ["Set an alarm for ten to five tomorrow.",
                  "Sorry, I meant ten to four, I want to cook before we eat."],
           {"new": [{"kind": "alarm", "time": "03:50", "date": "2026-12-01"}]})
    judged("en", ["Put a meeting with the bank in the diary on Thursday at 3pm.",
                  "Sorry, I meant ten."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "about": ["bank"]}]})


def test_a_timer_corrected_by_a_bare_number_stays_minutes() -> None:
    judged("en", ["set a timer for three and a half minutes for the toast", "no, make it five"],
           {"new": [{"kind": "timer", "seconds": 300, "name": "toast"}]})


def test_a_night_out_at_a_bare_hour_is_the_evening() -> None:
    judged("en", ["Put the quiz night in the calendar for Thursday at eight."],
           {"new": [{"kind": "event", "start": "2026-12-03T20:00", "about": ["quiz"]}]})


def test_him_named_first_is_who_is_put_in() -> None:
    assert who_first("The plumber can't make it till Thursday") == "The plumber"
    judged("en", ["The window cleaner can't come till Thursday, so put him in the diary for "
                  "Thursday at nine."],
           {"new": [{"kind": "event", "start": "2026-12-03T09:00", "about": ["cleaner"]}]})


def test_another_with_her_is_the_same_meeting() -> None:
    judged("en", ["Put a call with the landlord in the diary, Thursday at eleven.",
                  "And another with her the Thursday after, same time."],
           {"new": [{"kind": "event", "start": "2026-12-03T11:00", "about": ["landlord"]},
                    {"kind": "event", "start": "2026-12-10T11:00", "about": ["landlord"]}]})


def test_news_of_the_new_time_not_the_old() -> None:
    judged("en", ["Put the parcel delivery in the calendar, Thursday at ten.",
                  "Oh hang on, the courier says it comes at one now, not ten."],
           {"new": [{"kind": "event", "start": "2026-12-03T13:00", "about": ["parcel"]}]})


def test_remind_me_after_a_question_only_asks() -> None:
    assert asked_plainly("What time is the team meeting, remind me?") == \
        "What time is the team meeting?"
    judged("en", ["When's dinner with Anna, remind me?",
                  "Set an alarm two hours before so I can get changed."],
           {"new": [{"kind": "alarm", "time": "17:30", "date": "2026-12-04"}]})


def test_news_of_someone_named_first_is_no_name() -> None:
    judged("en", ["What time's my swimming alarm on Saturday?",
                  "Right, the new girl needs training first, so shove it to ten."],
           {"changed": {"A3": {"time": "10:00"}}})


def test_what_to_check_is_kept() -> None:
    judged("en", ["Remind me Thursday at ten to ring the printers.",
                  "And another at three that afternoon to make sure they've posted the menus."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T10:00", "about": ["printers"]},
                    {"kind": "reminder", "due": "2026-12-03T15:00", "about": ["menus"]}]})


def test_a_new_timer_timed_from_the_one_asked_about() -> None:
    judged("en", ["How long's left on the laundry?",
                  "Okay, stick a timer on for the ironing to go off ten minutes after that one."],
           {"new": [{"kind": "timer", "seconds": 1500, "name": "ironing"}]})


def test_how_i_am_then_a_timer_and_its_length_said_with_more() -> None:
    judged("en", ["I'm dead on my feet after that shift, set me a nap timer.",
                  "Twenty-five minutes, tops, or I'll be up all night."],
           {"new": [{"kind": "timer", "seconds": 1500, "name": "nap"}]})


def test_after_work_is_the_evening() -> None:
    judged("en", ["When's the reminder about Sam's birthday card?",
                  "Move it to Thursday after work, half six."],
           {"changed": {"R3": {"due": "2026-12-03T18:30"}}})
    judged("en", ["Remind me to call the garage tomorrow.", "After work, so, six."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T18:00", "about": ["garage"]}]})


def test_a_plan_then_a_question_then_and_another_day() -> None:
    judged("en", ["I'm trying to sort the rota, what's in the calendar for Wednesday?",
                  "And Friday?"], {"mention": ["19:30", "Anna"]})


def test_a_move_then_why_of_the_day_left() -> None:
    judged("en", ["Move the swimming alarm to Sunday, Saturday's the school fair."],
           {"changed": {"A3": {"time": "09:00", "date": "2026-12-06"}}})


def test_when_told_after_a_comma_answers_when() -> None:
    judged("en", ["The whole family's coming round on Sunday for dinner, stick it in the diary.",
                  "Um, from five, that's about when everyone gets here."],
           {"new": [{"kind": "event", "start": "2026-12-06T17:00", "about": ["family"]}]})


def test_how_many_said_after_an_item_is_no_item() -> None:
    judged("en", ["Add three packets of napkins to the shopping list.",
                  "Sorry, I meant paper towels, and just the one packet, we've loads left."],
           {"added_items": {"shopping": ["paper towels"]}})


def test_another_timer_named_in_six_words_keeps_its_name() -> None:
    assert timers_paired("And another for the tin on the bottom shelf, ten.", "en",
                         after_timer=True) == "set a 10 minute timer for the tin on the bottom shelf"
