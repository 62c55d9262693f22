"""Getting over a knee operation and a freelancer's deadline week (English): what was fixed
after the two held-out sets of those themes, tested with other sentences and other things."""

from __future__ import annotations

import pytest

from hark.dialogue import lexicon
from hark.dialogue.reason_after import request_alone
from hark.nlu.langid import detect_language
from hark.text import event_when
from hark.text.hedges import unhedged
from hark.text.instead import instead
from hark.text.told_moved import told_moved
from tests.conversations import judged


def test_how_long_is_on_it_now_after_a_timer_was_shortened() -> None:
    assert instead("How much's on it now?") == "How much's on it now?"
    judged("en", ["Set a 30 minute timer for the bread.", "Actually make it 20.",
                  "How long's on it now?"],
           {"new": [{"kind": "timer", "seconds": 1200, "name": "bread"}],
            "mention": [{"minutes": 20}]})


def test_when_is_my_next_asks_of_the_reminder_about_it() -> None:
    assert event_when.reminder_said("next pill", ["take my pills"]) == "when's my pills reminder?"
    assert event_when.reminder_said("next pill", ["call the dentist"]) is None
    judged("en", ["Remind me to do my eye drops at 9 tonight.", "When are my next eye drops?"],
           {"new": [{"kind": "reminder", "due": "2026-11-30T21:00", "about": ["drops"]}],
            "mention": ["21:00"]})


@pytest.mark.parametrize("fix", ["Sorry, not 4:40, 4:15.", "No, not 4:40, 4:15. Quarter past four."])
def test_not_this_time_that_one_corrects_the_event_just_made(fix: str) -> None:
    judged("en", ["Put the eye clinic in my calendar for Monday the 7th at 4:40 pm.", fix],
           {"new": [{"kind": "event", "start": "2026-12-07T16:15", "about": ["clinic"]}]})


def test_a_remark_after_the_question_is_no_part_of_the_move() -> None:
    judged("en", ["When's the team meeting tomorrow?",
                  "Could you push it back to 11? It takes me ages to get in on crutches."],
           {"changed": {"E1": {"start": "2026-12-01T11:00"}}})


@pytest.mark.parametrize(("said", "due"), [
    ("Remind me at 8 the day before to book a taxi.", "2026-12-01T08:00"),
    ("Remind me at 7 the night before to book a taxi.", "2026-12-01T19:00"),
])
def test_a_clock_said_before_the_day_before(said: str, due: str) -> None:
    judged("en", ["When's my dentist appointment?", said],
           {"new": [{"kind": "reminder", "due": due, "about": ["taxi"]}]})


def test_a_request_trailed_off_is_asked_about_and_can_be_called_off() -> None:
    assert unhedged("Put bread on the list, and set an alarm for...") == \
        "Put bread on the list, and set an alarm"
    assert lexicon.stop_and_why("Ah, forget the alarm. Just the bread's fine.", named=True)
    assert not lexicon.stop_and_why("Ah, forget the alarm. Just the bread's fine.")
    assert not lexicon.stop_and_why("never mind, just add milk", named=True)
    answers = judged("en", ["Put crackers on the shopping list, and set an alarm for...",
                            "Oh, forget the alarm. Just the crackers are fine."],
                     {"added_items": {"shopping": ["crackers"]}, "item_words": True})
    assert "never mind" in answers[-1].lower(), answers


def test_asides_between_requests_without_and() -> None:
    judged("en", ["Cancel the pasta timer, I can't reach the hob anyway, set a 10 minute one "
                  "for my eye mask, and delete the birthday card reminder, Sam said he'll "
                  "get one."],
           {"gone": ["T1", "R3"], "new": [{"kind": "timer", "seconds": 600, "name": "eye"}]})


def test_a_borrowed_word_keeps_an_english_command_english() -> None:
    assert detect_language("Set a pomodoro timer, 50 minutes.") == "en"
    judged("en", ["Set a pomodoro timer, 50 minutes.", "No, make it 25."],
           {"new": [{"kind": "timer", "seconds": 1500}]})


def test_the_answer_with_a_remark_after_it() -> None:
    judged("en", ["Can you set an alarm for Friday?", "Er, 6:20 in the morning. It's launch day."],
           {"new": [{"kind": "alarm", "time": "06:20", "date": "2026-12-04"}]})


def test_a_timer_named_after_its_length() -> None:
    judged("en", ["Start a timer.", "50 minutes. Call it deep work."],
           {"new": [{"kind": "timer", "seconds": 3000, "name": "deep work"}]})


def test_another_with_the_same_person() -> None:
    judged("en", ["Book a catch-up with Jonas on Wednesday at 10 am.",
                  "And another with him Friday, same time."],
           {"new": [{"kind": "event", "start": "2026-12-02T10:00", "about": ["Jonas"]},
                    {"kind": "event", "start": "2026-12-04T10:00", "about": ["Jonas"]}]})


def test_my_x_is_doing_y_is_why() -> None:
    assert request_alone("and another at 4, my neck's killing me", "en") == "and another at 4"


def test_they_moved_it_moves_the_thing_just_made() -> None:
    assert told_moved("Ah, they've pushed it back to 3 pm.") == "move it to 3 pm."
    judged("en", ["Put the printer delivery in my calendar for Thursday at 10 am.",
                  "Oh sorry, they've moved it to 1 pm."],
           {"new": [{"kind": "event", "start": "2026-12-03T13:00", "about": ["printer"]}]})


def test_time_blocked_out_and_named() -> None:
    judged("en", ["Remind me to send the invoice on Thursday at 11 am.",
                  "And block out the same time in my diary, half an hour, call it invoicing."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T11:00", "about": ["invoice"]},
                    {"kind": "event", "start": "2026-12-03T11:00", "end": "2026-12-03T11:30",
                     "about": ["invoicing"]}]})


def test_a_busy_week_said_first_and_one_off_alarms_on_two_days() -> None:
    assert unhedged("Right, busy day tomorrow! Remind me to call Ola at 9.") == \
        "Remind me to call Ola at 9."
    judged("en", ["Right, hectic week. Set single alarms at 5:30 am this Tuesday and this "
                  "Thursday, and put sticky notes on the shopping list."],
           {"new": [{"kind": "alarm", "time": "05:30", "date": "2026-12-01"},
                    {"kind": "alarm", "time": "05:30", "date": "2026-12-03"}],
            "added_items": {"shopping": ["sticky notes"]}})


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["Pon un temporizador de 40 minutos.", "¿Cuánto me queda en ese?"]),
    ("it", ["Metti un timer di 40 minuti.", "Quanto mi manca su quello?"]),
    ("en", ["Set a timer for 40 minutes.", "and how long now?"]),
])
def test_how_long_on_a_timer_with_no_name_just_set(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {"new": [{"kind": "timer", "seconds": 2400}],
                         "mention": [{"minutes": 40}]})


@pytest.mark.parametrize(("lang", "turns", "about"), [
    ("en", ["Put the eye test in for Tuesday the 8th at 10 am.",
            "Sorry, it's Wednesday the 9th, not Tuesday."], "eye"),
    ("it", ["Segna la visita oculistica martedì 8 alle 10.", "No, mercoledì 9, non martedì."],
     "visita"),
])
def test_a_weekday_put_right_keeps_its_day_of_the_month(lang: str, turns: list[str],
                                                       about: str) -> None:
    judged(lang, turns, {"new": [{"kind": "event", "start": "2026-12-09T10:00",
                                  "about": [about]}]})
