"""A child newly diagnosed with type 1 diabetes and a dog-walking business (English): what
was fixed after the two held-out sets of those themes, tested with other sentences and
other things."""

from __future__ import annotations

from hark.dialogue.ellipsis import every_day
from hark.text.antecedent import possessor_named, titled_person_put_in
from hark.text.bare_minutes import another_in_minutes
from hark.text.courtesy import plainly
from hark.text.day_looks import plain as day_plain
from hark.text.noted_after import noted_after
from hark.text.reason_first import without_reason
from hark.text.said_again import without_repeats
from hark.text.story_first import without_news_after
from hark.text.typos import spelled
from tests.conversations import judged


def test_a_reason_kept_for_it_is_dropped_once_it_is_named() -> None:
    judged("en", ["When's my dinner with Anna?",
                  "Right, the babysitter just cancelled, she can't do that night, so move it "
                  "to Saturday, same time."],
           {"changed": {"E3": {"start": "2026-12-05T19:30"}}})


def test_a_reminder_sharing_more_words_than_an_event_is_moved() -> None:
    judged("en", ["The kids are off school that morning, so push my dentist call to half "
                  "past eleven."],
           {"changed": {"R1": {"due": "2026-12-01T11:30"}}})
    judged("en", ["Move my dentist appointment to Thursday."],
           {"changed": {"E2": {"start": "2026-12-03T14:00"}}})


def test_keep_or_stick_an_alarm_or_reminder_sets_one() -> None:
    assert plainly("Kindly keep an alarm for 6 tomorrow") == "Kindly set an alarm for 6 tomorrow"
    assert plainly("keep the alarm as it is") == "keep the alarm as it is"
    judged("en", ["When is the dentist appointment?",
                  "Please keep a reminder thirty minutes before, I must leave work early."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T13:30"}]})
    judged("en", ["What time's the team meeting?",
                  "Pop another reminder in twenty minutes before that to print the slides."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:40", "about": ["slides"]}]})


def test_another_alarm_at_a_bare_hour_is_the_next_after_the_first() -> None:
    judged("en", ["Set an alarm for one o'clock tonight for the night feed.",
                  "And another at four, in case I sleep through it."],
           {"new": [{"kind": "alarm", "time": "01:00", "date": "2026-12-01"},
                    {"kind": "alarm", "time": "04:00", "date": "2026-12-01"}]})
    judged("en", ["Set an alarm for one o'clock tonight.", "And another at 3 am."],
           {"new": [{"kind": "alarm", "time": "01:00", "date": "2026-12-01"},
                    {"kind": "alarm", "time": "03:00", "date": "2026-12-01"}]})  # (the "one"
    # of "one o'clock" had been kept: 1:03)
    judged("en", ["Set an alarm for 9 pm.", "And another at eleven."],
           {"new": [{"kind": "alarm", "time": "21:00", "date": "2026-11-30"},
                    {"kind": "alarm", "time": "23:00", "date": "2026-11-30"}]})


def test_another_of_a_repeating_alarm_on_bare_days_repeats() -> None:
    assert every_day("set another alarm for Saturday and Sunday at nine") == \
        "set another alarm every Saturday and Sunday at nine"
    assert every_day("set another alarm for this Saturday") == \
        "set another alarm for this Saturday"
    judged("en", ["Wake me at 6:40 every weekday.",
                  "And another one for Saturdays, but half eight."],
           {"new": [{"kind": "alarm", "time": "06:40", "repeat": ["MO", "TU", "WE", "TH", "FR"]},
                    {"kind": "alarm", "time": "08:30", "repeat": ["SA"]}]})


def test_another_timer_for_a_bare_number_is_minutes() -> None:
    assert another_in_minutes("and another for twenty for the rice") == \
        "and another for twenty minutes for the rice"
    assert another_in_minutes("and another for 5 seconds") == "and another for 5 seconds"
    judged("en", ["Set a timer for eight minutes for the eggs.",
                  "And another for twelve for the potatoes."],
           {"new": [{"kind": "timer", "seconds": 480, "name": "eggs"},
                    {"kind": "timer", "seconds": 720}]})


def test_a_question_after_what_one_is_doing() -> None:
    assert without_reason("I'm up to my elbows in flour, how long's left on the laundry?") == \
        "how long's left on the laundry?"
    judged("en", ["I'm halfway up a ladder with a paintbrush, how long is left on the pasta?"],
           {"mention": [{"minutes": 8}]})


def test_same_time_before_a_tag_word_is_kept() -> None:
    assert without_repeats("Move the bins reminder to Friday, same time, yeah.") == \
        "Move the bins reminder to Friday, same time, yeah."
    judged("en", ["Push my swimming alarm to Sunday, same time, ja."],
           {"changed": {"A3": {"time": "09:00", "date": "2026-12-06"}}})


def test_his_or_her_thing_is_the_one_in_ones_care() -> None:
    assert possessor_named("I'm minding Rex for the week, so put his vet visit in the "
                           "calendar for Tuesday at ten.") == \
        "I'm minding Rex for the week, so put Rex's vet visit in the calendar for Tuesday at ten."
    assert possessor_named("I'm minding Rex, so put his lead on the shopping list.") == \
        "I'm minding Rex, so put his lead on the shopping list."
    judged("en", ["We're babysitting Lola on Friday; put her ballet lesson in the calendar "
                  "Friday at four."],
           {"new": [{"kind": "event", "start": "2026-12-04T16:00", "about": ["Lola"]}]})


def test_news_then_put_it_in_calendar_at_a_clock() -> None:
    said = noted_after("Sam's recital is Thursday evening, please put it in the calendar for "
                       "seven pm.", "en")
    assert "at seven pm" in said and "recital" in said
    judged("en", ["Sam's recital is Thursday evening, please put it in calendar for seven pm."],
           {"new": [{"kind": "event", "start": "2026-12-03T19:00", "about": ["recital"]}]})


def test_news_with_day_and_clock_then_the_thing_put_in() -> None:
    judged("en", ["The garage just phoned, they can take the car on Friday at half nine, can "
                  "you put the car service in?"],
           {"new": [{"kind": "event", "start": "2026-12-04T09:30", "about": ["service"]}]})


def test_news_after_a_move_is_dropped_after_an_opener() -> None:
    assert without_news_after("Okay, well, move it to Sunday, same time. Sam's got a match on "
                              "Saturday afternoon.", "en") == "Okay, well, move it to Sunday, same time."


def test_someones_thing_put_in_before_that() -> None:
    judged("en", ["When's the team meeting?",
                  "Okay, stick Leo's reading practice in the calendar an hour after that."],
           {"new": [{"kind": "event", "start": "2026-12-01T10:00", "about": ["Leo"]}]})


def test_news_of_the_new_clock_then_shift_it() -> None:
    assert without_reason("Anna texted, we're meeting at 9 instead, kindly shift it.") == \
        "shift it to 9"
    assert spelled("Tom messaged me") == "Tom messaged me"
    judged("en", ["What's on my calendar on Friday?",
                  "Right, Anna texted, we'll meet at half eight instead, please move it."],
           {"changed": {"E3": {"start": "2026-12-04T20:30"}}})


def test_a_day_said_first_then_have_i_anything_on() -> None:
    assert day_plain("And Thursday, have I got anything on?", "en") == \
        "what have I got on Thursday?"
    judged("en", ["What time's the dentist on Wednesday?", "And Friday, have I anything on?"],
           {"mention": ["Anna", "19:30"]})


def test_another_reminder_for_a_thing_fetched_and_it_dropped_back() -> None:
    judged("en", ["Remind me Thursday at nine to pick up the library books.",
                  "And another on Saturday, same time, for the DVDs."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T09:00", "about": ["library"]},
                    {"kind": "reminder", "due": "2026-12-05T09:00", "about": ["DVDs"]}]})
    judged("en", ["Remind me to pick up the raffle tickets from the club on Tuesday at 6 pm.",
                  "And another one for Thursday, same time, for the tickets from the school."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T18:00", "about": ["raffle"]},
                    {"kind": "reminder", "due": "2026-12-03T18:00", "about": ["tickets"]}]})
    judged("en", ["Remind me tomorrow at ten to collect the neighbour's ladder.",
                  "And another at four that afternoon to take it back."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["ladder"]},
                    {"kind": "reminder", "due": "2026-12-01T16:00", "about": ["ladder"]}]})


def test_someone_named_with_a_title_in_the_news() -> None:
    assert titled_person_put_in("New patient, Dr Mensah, could you put the intro call in my "
                                "diary?") == "could you put the intro call with Dr Mensah in my diary?"
    judged("en", ["A new tenant, Mr Alvarez, can you put the viewing in the calendar?",
                  "Thursday at eleven."],
           {"new": [{"kind": "event", "start": "2026-12-03T11:00", "about": ["Alvarez"]}]})
