"""The car off the road (English): what was fixed after the held-out set of that theme,
tested with other sentences and other things."""

from __future__ import annotations

from tests.conversations import judged


def test_a_timer_for_a_journey_is_a_timer() -> None:
    answers = judged("en", ["pop a timer on for the train", "10 minutes"],
                     {"new": [{"kind": "timer", "seconds": 600}]})
    assert answers[0] == "For how long?", answers
    judged("en", ["Start a 20 minute timer to catch the tram."],
           {"new": [{"kind": "timer", "seconds": 1200}]})


def test_a_reason_said_as_a_sentence_before_the_change() -> None:
    judged("en", ["Put the MOT in my calendar for Wednesday at 9 am.",
                  "Oh wait, I've got a call till 9:30. Make it 10."],
           {"new": [{"kind": "event", "start": "2026-12-02T10:00", "about": ["MOT"]}]})


def test_words_of_a_reminder_put_right_with_not() -> None:
    judged("en", ["Remind me to collect the parcel from the post office tomorrow at 5 pm.",
                  "Sorry, it's the depot, not the post office."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T17:00", "about": ["parcel", "depot"]}]})


def test_the_one_thing_of_a_day_read_is_it() -> None:
    judged("en", ["Anything on Wednesday afternoon?", "Push that back an hour, I'll be on the bus."],
           {"changed": {"E2": {"start": "2026-12-02T15:00"}}})


def test_an_item_put_on_the_list_read_too() -> None:
    judged("en", ["What's on the to-do list?", "Pop renew the insurance on that too."],
           {"added_items": {"to-do": ["insurance"]}})


def test_set_me_a_reminder_at_a_time() -> None:
    judged("en", ["Set me a reminder at 3 pm tomorrow to call the garage."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T15:00", "about": ["garage"]}]})


def test_another_timer_shorter_than_the_one_asked_about() -> None:
    judged("en", ["How long's left on the pasta?",
                  "Set another timer two minutes shorter than that."],
           {"new": [{"kind": "timer", "seconds": 360}]})


def test_scrap_that_with_why_and_no_commas() -> None:
    judged("en", ["Remind me to buy screenwash at 6.",
                  "and um scrap that i'll get some at the garage"], {})


def test_never_mind_take_that_off_with_why() -> None:
    judged("en", ["Add a wiper blade to the shopping list.",
                  "Actually never mind, take that off, the garage has them."], {})


def test_a_reason_then_so_then_a_cancel_and_more() -> None:
    judged("en", ["The car's at the garage all week so, um, cancel the swimming alarm, I can't "
                  "get there, and add bus fare to the to-do list."],
           {"gone": ["A3"], "added_items": {"to-do": ["bus fare"]}})


def test_a_list_item_after_an_alarm_change_leaves_the_alarm_alone() -> None:
    judged("en", ["Move my swimming alarm to Sunday, same time.",
                  "And put 'plan the weekend' on my to-do list.",
                  "Actually, make the alarm 10 while you're at it."],
           {"changed": {"A3": {"time": "10:00", "date": "2026-12-06"}},
            "added_items": {"to-do": ["plan the weekend"]}})


def test_forget_the_reminder_to_its_question_then_the_rest() -> None:
    judged("en", ["Remind me to call the garage.",
                  "Forget the reminder, just add call the garage to my to-do list."],
           {"added_items": {"to-do": ["call the garage"]}})


def test_a_new_thing_of_another_kind_is_no_correction() -> None:
    """"Mets une alarme à sept heures." right after a timer was set had made the timer seven
    hours and ten minutes long."""
    judged("fr", ["Mets un minuteur de dix minutes.", "Mets une alarme à sept heures."],
           {"new": [{"kind": "timer", "seconds": 600},
                    {"kind": "alarm", "time": "07:00", "date": "2026-12-01"}]})
    judged("en", ["Set a timer for 12 minutes.", "and a reminder at 6 pm to call Jo"],
           {"new": [{"kind": "timer", "seconds": 720},
                    {"kind": "reminder", "due": "2026-11-30T18:00", "about": ["Jo"]}]})


def test_an_hour_said_with_a_day_word_is_the_alarms_hour() -> None:
    """A day's number asks the time ("Samstag, den 12."), an hour said with "tonight" or
    "tomorrow morning" does not (the tagger may call it a date)."""
    judged("en", ["Put an alarm on for 7 tonight and another for 6 tomorrow morning"],
           {"new": [{"kind": "alarm", "time": "19:00", "date": "2026-11-30"},
                    {"kind": "alarm", "time": "06:00", "date": "2026-12-01"}]})
