"""Coaching a children's football team and house-sitting for a neighbour (English): what was
fixed after the two held-out sets of those themes, tested with other sentences and other
things."""

from __future__ import annotations

import pytest

from hark.dialogue.undoing import said as undo_said
from hark.text.day_looks import plain
from hark.text.regional_words import in_standard_words
from hark.text.shorthand import written_out
from tests.conversations import judged


@pytest.mark.parametrize("turn", [
    "No, hang on, scrap that, Priya's dad just said he's bringing them.",
    "Oh wait, forget it, Dan's texted, he's got some.",
    "Ah no, don't bother with that at all, we've loads.",
])
def test_taken_back_with_news_from_someone_after_it(turn: str) -> None:
    judged("en", ["Put a box of juice cartons on the shopping list.", turn], {})
    assert undo_said(turn) is not None


def test_leave_it_after_a_removal_puts_it_back() -> None:
    judged("en", ["Delete the swimming alarm, I'm at the tournament Saturday.",
                  "Actually no, leave it, Jo's just offered to take the kids."], {})


def test_an_alarm_a_length_and_a_half_before_the_thing_asked_about() -> None:
    judged("en", ["When's dinner with Anna?", "Set an alarm two and a half hours before that."],
           {"new": [{"kind": "alarm", "time": "17:00", "date": "2026-12-04"}]})
    judged("en", ["When's the team meeting tomorrow?", "Put an alarm one and a half hours before it."],
           {"new": [{"kind": "alarm", "time": "07:30", "date": "2026-12-01"}]})


def test_the_day_said_right_after_remind_me_is_when() -> None:
    judged("en", ["Remind me Wednesday to order the trophies for Friday's awards night."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T09:00", "about": ["trophies"]}]})
    judged("en", ["Remind me tomorrow to ring the ref about Saturday.", "Make it 7 pm."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T19:00", "about": ["ref"]}]})


@pytest.mark.parametrize(("said", "time", "date"), [
    ("Set an alarm for 4:50 Friday arvo, I need to leave for the away game.", "16:50", "2026-12-04"),
    ("Set an alarm for ten to five in the afternoon on Wednesday.", "16:50", "2026-12-02"),
])
def test_an_alarm_said_in_the_afternoon_rings_then(said: str, time: str, date: str) -> None:
    judged("en", [said], {"new": [{"kind": "alarm", "time": time, "date": date}]})


def test_another_alarm_keeps_the_afternoon_and_the_hour_past() -> None:
    judged("en", ["Set an alarm for 4:30 Wednesday afternoon.", "And another one Friday."],
           {"new": [{"kind": "alarm", "time": "16:30", "date": "2026-12-02"},
                    {"kind": "alarm", "time": "16:30", "date": "2026-12-04"}]})
    judged("en", ["Wake me at 7 on Saturday.", "And another at quarter past, just in case."],
           {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-05"},
                    {"kind": "alarm", "time": "07:15", "date": "2026-12-05"}]})


def test_a_timer_named_for_the_one_or_with_there_after_it() -> None:
    judged("en", ["Set a timer for eight minutes for the dribbling one."],
           {"new": [{"kind": "timer", "seconds": 480, "name": "dribbling"}]})
    judged("en", ["Start a twelve minute timer for the stretches there."],
           {"new": [{"kind": "timer", "seconds": 720, "name": "stretches"}]})
    judged("en", ["Set a timer for 6 minutes for the warm-up.",
                  "And another for four minutes for the cool-down one, go on."],
           {"new": [{"kind": "timer", "seconds": 360, "name": "warm"},
                    {"kind": "timer", "seconds": 240, "name": "cool"}]})


def test_a_reminder_is_never_timed_by_a_past_said_as_news() -> None:
    judged("en", ["Remind me to chase the kit money, half the team still owe it from last week.",
                  "Thursday at 6 pm."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["kit"]}]})


def test_a_morning_and_a_clock_said_apart_are_the_morning() -> None:
    judged("en", ["Remind me to pump up the balls.", "Sunday morning, before the game, about nine."],
           {"new": [{"kind": "reminder", "due": "2026-12-06T09:00", "about": ["balls"]}]})


def test_remind_me_at_another_time_right_after_moves_the_reminder() -> None:
    judged("en", ["Remind me Saturday at 9 am to load the minibus.",
                  "Oh sorry, kick-off's been moved, so remind me at 7:45 instead."],
           {"new": [{"kind": "reminder", "due": "2026-12-05T07:45", "about": ["minibus"]}]})


def test_words_of_english_round_the_world() -> None:
    assert in_standard_words("Gie the pasta another five minutes") == \
        "give the pasta another five minutes"
    assert in_standard_words("remind me at 6 itself") == "remind me at 6"
    assert in_standard_words("see you this arvo") == "see you this afternoon"
    assert in_standard_words("the gie thing") == "the gie thing"
    assert in_standard_words("Oh, sorry pal, it's Wednesday") == "Oh, sorry pal, it's Wednesday"
    assert in_standard_words("un timer pal pollo") == "un timer para el pollo"
    judged("en", ["Put the club quiz in my calendar for 8 pm.", "Oh, sorry pal, it's next Wednesday, the ninth."],
           {"new": [{"kind": "event", "start": "2026-12-09T20:00", "about": ["quiz"]}]})


def test_a_reminder_moved_to_a_day_and_bare_hour_keeps_its_half_of_the_day() -> None:
    judged("en", ["Move the bins reminder to Friday at eight."],
           {"changed": {"R2": {"due": "2026-12-04T20:00"}}})
    judged("en", ["Move the dentist reminder to Thursday at 11."],
           {"changed": {"R1": {"due": "2026-12-03T11:00"}}})


def test_the_event_just_made_booked_again() -> None:
    judged("en", ["Put the gardener in for Tuesday at 10.", "And book her again the Tuesday after."],
           {"new": [{"kind": "event", "start": "2026-12-01T10:00", "about": ["gardener"]},
                    {"kind": "event", "start": "2026-12-08T10:00", "about": ["gardener"]}]})


def test_a_move_with_why_and_its_own_day_after_it() -> None:
    judged("en", ["Move dinner with Anna to Sunday at 7 pm, Saturday we're at the tournament."],
           {"changed": {"E3": {"start": "2026-12-06T19:00"}}})


def test_news_then_a_filler_then_the_request() -> None:
    assert written_out("The bus got delayed till Monday, um, put coach pickup in") == \
        "The bus got delayed till Monday, put coach pickup in"
    assert written_out("Set an alarm for, um, 7") == "Set an alarm for 7"
    judged("en", ["The tournament got delayed till Sunday, erm, put team photos in my calendar "
                  "Sunday at 10 a.m."],
           {"new": [{"kind": "event", "start": "2026-12-06T10:00", "about": ["photos"]}]})


def test_how_a_day_looks() -> None:
    assert plain("How does my Thursday look?", "en") == "what have I got on Thursday?"
    judged("en", ["So how does my Friday look now?"], {"mention": ["19:30", "Anna"]})


def test_an_ack_before_an_alarm_timed_from_what_was_asked() -> None:
    judged("en", ["When's the dentist appointment?",
                  "Righto, set an alarm 30 minutes before that, I'm out with the dog Tuesday night."],
           {"new": [{"kind": "alarm", "time": "13:30", "date": "2026-12-02"}]})


def test_a_timer_that_goes_off_after_another() -> None:
    judged("en", ["How long is left on the laundry?",
                  "Start another timer that goes off ten minutes after that one, for the ironing."],
           {"new": [{"kind": "timer", "seconds": 1500, "name": "ironing"}]})
    judged("en", ["How long is left on the laundry?",
                  "Set a timer that goes off five minutes before it."],
           {"new": [{"kind": "timer", "seconds": 600}]})


def test_a_pause_inside_a_list_item_keeps_it_one_item() -> None:
    judged("en", ["Put a tin of, erm, tuna on the shopping list."],
           {"added_items": {"shopping": ["tuna"]}})
    judged("en", ["Put a bag of, um, rice on the shopping list.", "What's on it now?"],
           {"added_items": {"shopping": ["rice"]}, "mention": ["rice", "milk"],
            "absent": ["bag of and"]})
