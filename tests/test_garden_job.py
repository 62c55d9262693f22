"""An allotment in winter and starting a new job (English): what was fixed after the
held-out sets of those themes, tested with other sentences and other things. Also the
data-loss the marathon set had left: a removal naming a repeating alarm's day as every
week's takes that day off, not the whole alarm."""

from __future__ import annotations

from typing import Any

import pytest

from hark.dialogue import declined, lexicon, undoing
from hark.dialogue.relative import say_days
from hark.dialogue.timer_alike import alike
from hark.nlu.repeat_changes import weekly_days
from hark.text.hedges import unhedged
from tests.conversations import judged

WEEKDAYS_BUT_WED = ["MO", "TU", "TH", "FR"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Delete the 6:30 alarm on Thursdays, I work from home then"),
    ("es", "Borra la alarma de las 6:30 los jueves"),
    ("fr", "Supprime le réveil de 6h30 le jeudi"),
    ("it", "Cancella la sveglia delle 6:30 il giovedì"),
    ("de", "Lösch den 6:30-Wecker donnerstags"),
])
def test_a_removal_of_a_repeating_alarms_day_keeps_the_alarm(lang: str, said: str) -> None:
    judged(lang, [said], {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "FR"]}}})


def test_the_whole_alarm_goes_when_no_day_is_said() -> None:
    judged("en", ["Delete my 6:30 alarm"], {"gone": ["A1"]})


def test_weekly_days_are_the_days_said_as_every_weeks() -> None:
    assert weekly_days("turn off my alarm on Fridays") == {4}
    assert weekly_days("quita la alarma los lunes") == {0}
    assert weekly_days("cancel my alarm on Friday") == frozenset()  # one Friday


def test_a_german_day_adverb_after_the_alarm_takes_that_day_off() -> None:
    judged("de", ["Freitags hab ich ab jetzt frei, also soll der 6:30-Wecker freitags nicht "
                  "mehr klingeln."], {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "TH"]}}})


@pytest.mark.parametrize(("first", "asked", "expect"), [
    # a question ending in "now" after a change is asked, not an item
    ("Take the bread off the shopping list and add oat milk and crumpets.",
     "What's on the shopping list now?",
     {"gone_items": {"shopping": ["bread"]}, "added_items": {"shopping": ["oat milk", "crumpets"]},
      "mention": ["crumpets"]}),
    ("Add descale the kettle to my to-do list.", "So what's still on the shopping list?",
     {"added_items": {"to-do": ["kettle"]}, "mention": ["bananas"]}),
])
def test_a_question_about_a_list_after_a_change_adds_nothing(first: str, asked: str,
                                                            expect: dict[str, Any]) -> None:
    judged("en", [first, asked], expect)


def test_a_bare_hour_before_the_days_is_put_right() -> None:
    judged("en", ["Set an alarm for 7 every weekday.", "Sorry, make that 6:40."],
           {"new": [{"kind": "alarm", "time": "06:40", "repeat": ["MO", "TU", "WE", "TH", "FR"]}]})


def test_the_time_kept_said_again_is_no_title() -> None:
    judged("en", ["Add the boiler service to my calendar for Thursday at 9 am.",
                  "Sorry, it's Friday. Still 9 though."],
           {"new": [{"kind": "event", "start": "2026-12-04T09:00", "about": ["boiler"]}]})


@pytest.mark.parametrize("said", [
    "Oh, never mind, my shift got swapped.",
    "Scratch that, they've cancelled it.",
    "Actually never mind.",
])
def test_never_mind_after_a_thing_just_made_takes_it_back(said: str) -> None:
    judged("en", ["Set an alarm for 4:45 tomorrow.", said], {})


def test_never_mind_after_a_question_changes_nothing() -> None:
    judged("en", ["What alarms have I got?", "Never mind."], {})


def test_a_timer_cancelled_with_why_after_a_story() -> None:
    judged("en", ["Set a timer for the soup, 40 minutes.",
                  "Oh no, the hob's gone off. Cancel that timer, it's no use now."], {})


def test_giving_up_a_question_and_saying_why() -> None:
    assert lexicon.stop_and_why("Oh, cancel that, the plumber hasn't rung back yet.")
    assert not lexicon.stop_and_why("Cancel that, make it 3.")
    judged("en", ["Put an appointment in my calendar for Friday.",
                  "Cancel that, the garage haven't confirmed it."], {})


def test_why_is_a_statement_not_a_new_value() -> None:
    assert lexicon.WHY.match("i'll sort it out later")
    assert not lexicon.WHY.match("it's 7")
    assert undoing.said("Never mind, we're eating out tonight.") is not None


def test_a_refused_removal_moved_instead() -> None:
    assert declined.pointed("No, hang on. Just push it to Friday at 10 instead.",
                            "cancel my team meeting") \
        == "push the team meeting to Friday at 10 instead."
    assert declined.pointed("yes", "cancel my team meeting") is None
    judged("en", ["Cancel the dinner with Anna.", "No, wait, move it to Saturday at 7 pm instead."],
           {"changed": {"E3": {"start": "2026-12-05T19:00"}}})


@pytest.mark.parametrize(("first", "then", "seconds"), [
    ("I need a timer for defrosting the chicken.", "Three hours.", 10800),
    ("Set a timer for boiling the beetroot.", "Forty minutes I reckon.", 2400),
])
def test_a_timer_for_what_one_does_asks_how_long(first: str, then: str, seconds: int) -> None:
    judged("en", [first, then], {"new": [{"kind": "timer", "seconds": seconds}]})


def test_a_guess_after_a_value_is_left_out() -> None:
    assert unhedged("ten minutes I think") == "ten minutes"
    assert unhedged("I think so") == "I think so"


def test_a_remark_after_a_timer_put_right() -> None:
    judged("en", ["Set a timer for 25 minutes for the bread.",
                  "Argh, make that 35, the oven is running cold."],
           {"new": [{"kind": "timer", "seconds": 2100, "name": "bread"}]})


def test_say_a_time_after_a_reminder_for_tonight() -> None:
    judged("en", ["Remind me to ring the vet tonight, the surgery is meant to call back.",
                  "Say about half eight."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T20:30", "about": ["vet"]}]})


@pytest.mark.parametrize(("turns", "expect"), [
    (["Put slug pellets on the shopping list.", "Oh, and twine too, the old stuff has rotted."],
     {"added_items": {"shopping": ["slug pellets", "twine"]}}),
    (["What's on my to-do list?", "Okay, bung pay the plot rent on that, and order seeds."],
     {"added_items": {"to-do": ["plot rent", "seeds"]}}),
    (["Add wellies to the shopping list.", "Sorry, take that off, it should go on the to-do list."],
     {"added_items": {"to-do": ["wellies"]}}),
    (["Add clean the gutters to the to-do list and take 'renew passport' off, I did it on Friday."],
     {"added_items": {"to-do": ["gutters"]}, "gone_items": {"to-do": ["renew passport"]}}),
    (["Remind me to buy compost on Saturday at 10.",
      "Actually, forget the reminder, just stick compost on the shopping list."],
     {"added_items": {"shopping": ["compost"]}}),
])
def test_lists(turns: list[str], expect: dict[str, Any]) -> None:
    judged("en", turns, expect)


@pytest.mark.parametrize(("turns", "expect"), [
    (["Set an alarm for 5:30 on weekdays.", "And another at twenty to six in case I doze off."],
     {"new": [{"kind": "alarm", "time": "05:30", "repeat": ["MO", "TU", "WE", "TH", "FR"]},
              {"kind": "alarm", "time": "05:40", "repeat": ["MO", "TU", "WE", "TH", "FR"]}]}),
    (["Wake me at 6 on Saturday.", "Then set another one for half six that same morning."],
     {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-05"},
              {"kind": "alarm", "time": "06:30", "date": "2026-12-05"}]}),
    (["Put the boiler service in for Thursday at 9 am.",
      "And another one on Friday at 2, that's for the chimney sweep."],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "about": ["boiler"]},
              {"kind": "event", "start": "2026-12-04T14:00", "about": ["chimney"]}]}),
    (["Remind me on Friday at 9 am to sow the broad beans.",
      "And another one two hours after that to water them in."],
     {"new": [{"kind": "reminder", "due": "2026-12-04T09:00", "about": ["broad beans"]},
              {"kind": "reminder", "due": "2026-12-04T11:00", "about": ["water"]}]}),
])
def test_another_one(turns: list[str], expect: dict[str, Any]) -> None:
    judged("en", turns, expect)


def test_repeat_days_said() -> None:
    assert say_days([0, 1, 2, 3, 4]) == "every weekday"
    assert say_days([0, 3]) == "every Monday and Thursday"


@pytest.mark.parametrize(("turns", "expect"), [
    (["When's the dinner with Anna?",
      "I need to get changed first, so remind me an hour before it to iron a shirt."],
     {"new": [{"kind": "reminder", "due": "2026-12-04T18:30", "about": ["shirt"]}]}),
    (["When does my swimming alarm go off?", "Move it to Sunday instead, there's a gala."],
     {"changed": {"A3": {"time": "09:00", "date": "2026-12-06"}}}),
    (["What's on my calendar on Friday?",
      "Can you push that back half an hour? The babysitter's been moved to eight."],
     {"changed": {"E3": {"start": "2026-12-04T20:00"}}}),
    (["Put the parents' evening in for Tuesday at 5 pm.",
      "Oh, I got the time wrong, it's at 6 pm, not 5."],
     {"new": [{"kind": "event", "start": "2026-12-01T18:00", "about": ["parents"]}]}),
])
def test_the_thing_talked_about(turns: list[str], expect: dict[str, Any]) -> None:
    judged("en", turns, expect)


def test_a_timer_as_long_as_the_one_asked_about() -> None:
    judged("en", ["How much time is left on the pasta?",
                  "Set another timer for the same amount of time, for the garlic bread."],
           {"new": [{"kind": "timer", "seconds": 480, "name": "garlic bread"}]})


def test_timer_alike_asks_nothing_without_a_timer_talked_about() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.dialogue.state import DialogueState

    assert alike("Set another timer for the same time", DialogueState(), datetime(
        2026, 11, 30, 17, tzinfo=ZoneInfo("Europe/London")), "en") is None


def test_that_weekend_of_the_thing_just_made() -> None:
    judged("en", ["Put the Christmas fair in for Saturday the 12th at 11 am.",
                  "What else have I got on that weekend?"],
           {"new": [{"kind": "event", "start": "2026-12-12T11:00", "about": ["fair"]}],
            "mention": ["fair"]})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("de", ["Setz Kerzen auf die Einkaufsliste.",
            "Und auf die To-do-Liste: Steuererklärung abgeben."],
     {"added_items": {"shopping": ["Kerzen"], "to-do": ["Steuererklärung"]}}),
    ("en", ["Add oats to the shopping list.", "And on the to-do list: ring the council."],
     {"added_items": {"shopping": ["oats"], "to-do": ["council"]}}),
])
def test_another_list_named_first_after_an_addition(lang: str, turns: list[str],
                                                    expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


def test_do_another_one_the_same_time() -> None:
    judged("en", ["Remind me to put the recycling out on Tuesday at 7 pm.",
                  "Do another one same time on Friday."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T19:00", "about": ["recycling"]},
                    {"kind": "reminder", "due": "2026-12-04T19:00", "about": ["recycling"]}]})


@pytest.mark.parametrize(("turns", "expect"), [
    # a day said "too" of a one-off alarm just made is another alarm, not a weekly repeat
    (["Weck mich morgen um halb sechs.", "Und am Donnerstag bitte auch."],
     {"new": [{"kind": "alarm", "time": "05:30", "date": "2026-12-01"},
              {"kind": "alarm", "time": "05:30", "date": "2026-12-03"}]}),
    # why said last with its own day is no time of the reminder: it asks when
    (["Erinner mich bitte dran, dass ich die Kübel reinhole, morgen soll's stürmen.",
      "Heute Abend um acht."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T20:00", "about": ["Kübel"]}]}),
    # more time "drauf" after a list change is for the timer, not an item
    (["Setz Zwiebeln auf die Einkaufsliste.", "Und beim Wäschetimer mach fünf Minuten drauf."],
     {"added_items": {"shopping": ["Zwiebeln"]}, "changed": {"T2": {"remaining_s": 1200}}}),
])
def test_german(turns: list[str], expect: dict[str, Any]) -> None:
    judged("de", turns, expect)


def test_why_said_of_oneself_after_a_request_is_no_request() -> None:
    judged("de", ["Weck mich morgen um sechs, ich muss vor der Arbeit noch zum Bäcker."],
           {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-01"}]})


def test_a_clock_in_another_sentence_is_not_the_alarms() -> None:
    judged("de", ["Freitags hab ich frei, also soll der 6:30-Wecker freitags nicht mehr klingeln. "
                  "Und am Donnerstag um 19 Uhr ist Chorprobe."],
           {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "TH"]}}})
