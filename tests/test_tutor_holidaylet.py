"""A private tutor teaching pupils after school and a holiday let's changeovers (English):
what was fixed after the two held-out sets of those themes, tested with other sentences
and other things."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hark.nlu.normalize import normalize
from hark.text.fronted import unfronted
from hark.text.hedges import unhedged
from hark.text.list_first import items_first
from tests.conversations import judged

_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


def _clock(said: str) -> str | None:
    v = normalize("time", said, _NOW, "en")
    return v.get("time") if isinstance(v, dict) else None


def test_minutes_of_an_hour_are_minutes_to_it() -> None:
    assert _clock("twenty of seven") in ("06:40", "18:40")  # (either half of the day)
    assert _clock("five of 9") in ("08:55", "20:55")
    assert _clock("twelve noon") == "12:00"
    judged("en", ["Put the Christmas lunch in the calendar for the 12th at noon."],  # (a day,
           {"new": [{"kind": "event", "start": "2026-12-12T12:00"}]})  # then noon)
    judged("en", ["Wake me up at ten of five on Thursday, I'm doing the early changeover."],
           {"new": [{"kind": "alarm", "time": "04:50", "date": "2026-12-03"}]})


def test_a_reason_with_its_own_day_after_a_move_is_no_new_day() -> None:
    judged("en", ["Move the dentist call to Thursday at eleven, tomorrow the plumber is here."],
           {"changed": {"R1": {"due": "2026-12-03T11:00"}}})


def test_a_word_after_the_list_is_no_item_and_a_remark_after_the_items_neither() -> None:
    assert items_first("stick a couple of things on the shopping list there") == \
        "stick a couple of things on the shopping list there"
    judged("en", ["Put a few things on the shopping list there, would you.",
                  "Sellotape and a pack of highlighters, sure they've gone missing again."],
           {"added_items": {"shopping": ["sellotape", "highlighters"]}})


def test_the_one_meant_then_the_one_not_swaps_the_word_in_the_item() -> None:
    judged("en", ["Add brown bread to the shopping list.",
                  "Sorry, no, white, not brown, the kids won't eat the brown."],
           {"added_items": {"shopping": ["white"]}})
    judged("en", ["Add oat milk and crumpets to the shopping list.",
                  "Sorry, not the oat milk, soya milk."],  # (the other order still reads)
           {"added_items": {"shopping": ["soya", "crumpets"]}})


def test_a_timer_for_a_machine_keeps_its_name() -> None:
    judged("en", ["Timer for the oven, forty minutes.",
                  "And another one for the slow cooker, um, hour and twenty."],
           {"new": [{"kind": "timer", "seconds": 2400, "name": "oven"},
                    {"kind": "timer", "seconds": 4800, "name": "slow"}]})
    judged("en", ["When's the laundry done?",
                  "Okay, I want a timer for the dishwasher that goes off five minutes after "
                  "the laundry does."],
           {"new": [{"kind": "timer", "seconds": 1200, "name": "dishwasher"}]})


def test_another_reminder_with_its_own_errand_after_its_time() -> None:
    judged("en", ["Remind me on Thursday at four to ring the cleaner.",
                  "And another one for Friday afternoon, half two, to check the hot tub."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T16:00", "about": ["cleaner"]},
                    {"kind": "reminder", "due": "2026-12-04T14:30", "about": ["tub"]}]})


def test_a_correction_says_why_then_so_and_the_time() -> None:
    judged("en", ["Remind me Tuesday at eight to text the guests the wifi code.",
                  "Oh wait, they land late Tuesday, so Wednesday morning, same time."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["wifi"]}]})


def test_let_it_be_a_time_corrects_and_let_it_be_alone_takes_it_back() -> None:
    judged("en", ["Remind me tomorrow at ten to order more towels.",
                  "Sorry o, let it be half past eleven."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T11:30", "about": ["towels"]}]})
    judged("en", ["Remind me tomorrow at ten to order more towels.", "Actually, let it be."],
           {})


def test_a_length_said_after_the_time_of_an_event_to_fill() -> None:
    assert unhedged("Saturday morning, about two hours.") == "Saturday morning, about two hours."
    judged("en", ["Please put the boiler service in my calendar for Thursday.",
                  "She said she will come by nine in the morning, and she needs about two "
                  "hours."],
           {"new": [{"kind": "event", "start": "2026-12-03T09:00", "end": "2026-12-03T11:00",
                     "about": ["boiler"]}]})
    judged("en", ["Can you put a trial lesson in the diary for Tuesday?",
                  "Half three after school, and it'll be forty-five minutes."],
           {"new": [{"kind": "event", "start": "2026-12-01T15:30", "end": "2026-12-01T16:15",
                     "about": ["trial"]}]})


def test_another_event_for_someone_else_right_after_as_long() -> None:
    judged("en", ["Book Maya's piano lesson on Thursday from four to half four.",
                  "One more for her brother Leo straight after that, same duration."],
           {"new": [{"kind": "event", "start": "2026-12-03T16:00", "end": "2026-12-03T16:30",
                     "about": ["Maya"]},
                    {"kind": "event", "start": "2026-12-03T16:30", "end": "2026-12-03T17:00",
                     "about": ["Leo"]}]})
    judged("en", ["Book Maya's piano lesson on Thursday from four to half four.",
                  "And another on Friday, same duration, at five."],
           {"new": [{"kind": "event", "start": "2026-12-03T16:00", "about": ["Maya"]},
                    {"kind": "event", "start": "2026-12-04T17:00", "end": "2026-12-04T17:30",
                     "about": ["Maya"]}]})


def test_another_event_for_when_they_leave_names_whose() -> None:
    judged("en", ["Put the Hendersons' arrival in the calendar, Saturday at four.",
                  "And another for when they leave, Sunday at ten."],
           {"new": [{"kind": "event", "start": "2026-12-05T16:00", "about": ["Hendersons"]},
                    {"kind": "event", "start": "2026-12-06T10:00", "about": ["Hendersons"]}]})


def test_when_it_ends_asked_of_the_thing_said_first_then_timed_from_its_end() -> None:
    assert unfronted("The dinner with Anna, what time it will finish?") == \
        "what time will The dinner with Anna finish?"
    judged("en", ["The team meeting tomorrow, what time it will finish?",
                  "Then set one reminder for half an hour after that to send the invoices."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:30", "about": ["invoices"]}]})


def test_several_things_for_a_purpose_said_after_the_first() -> None:
    judged("en", ["Add bin bags to the shopping list.",
                  "Oh, and kitchen roll too, and a jar of coffee for the welcome basket."],
           {"added_items": {"shopping": ["bin", "kitchen", "coffee"]}})


def test_book_a_lesson_is_an_event() -> None:
    judged("en", ["Book Oscar's chemistry tutoring on Friday at five."],
           {"new": [{"kind": "event", "start": "2026-12-04T17:00", "about": ["Oscar"]}]})


def test_an_indian_english_list_question_and_a_done_remark() -> None:
    answers = judged("en", ["Add 'print the worksheets' in my to-do, and remove 'renew "
                            "passport', that is done.", "What all is pending on my to-do now?"],
                     {"added_items": {"to-do": ["print"]},
                      "gone_items": {"to-do": ["renew passport"]},
                      "mention": ["bike", "haircut", "worksheets"]})
    assert "isn't" not in answers[-1]


def test_a_day_the_errand_is_about_is_not_when() -> None:
    judged("en", ["When's the pasta done?",
                  "Okay, remind me ten minutes after that to ring Ellie's dad about changing "
                  "Friday."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T17:18", "about": ["Ellie"]}]})


def test_a_lesson_put_in_an_hour_after_the_thing_asked_about() -> None:
    judged("en", ["What time is my team meeting tomorrow?",
                  "Okay, so put the English lesson of Sofia two hours after it is finished."],
           {"new": [{"kind": "event", "start": "2026-12-01T12:00", "about": ["Sofia"]}]})
