"""Requests found missed on 1 Dec (seventh session) by the sixth round of blind sets
(everyday N, questions and changes R, several requests AB) and the older left-outs: lists
of timers ("a 5 minute timer for the rice, 10 for the beef"), timers by bare name ("pause
laundry, cancel pasta"), hedges ("I think maybe …, if that's okay?"), roundabout questions
("You couldn't tell me when …, could you?", "Status of all active timers"), parts of the day
as filters ("evening reminders?"), a night shift across midnight, typed slips in an item
("remove mlik"), Spanish-English times ("eight less quarter"), asides to someone else after a
dash, and "amend to 1830", which moved a reminder to the year 1830. Unit tables, then end to
end through a real Assistant over the seeded SQLite store (Monday 30 November 2026, 17:00
Europe/London)."""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.nlu.event_span import said_span
from hark.skills.lists import _one_slip
from hark.skills.providers.dates import days_asked, in_hours, part_of_day_said
from hark.text.asked_plainly import asked_plainly
from hark.text.corrections import corrected
from hark.text.courtesy import plainly
from hark.text.dialect import standard
from hark.text.hedges import unhedged
from hark.text.shorthand import written_out
from hark.text.timer_list import timers_listed
from hark.text.timer_names import with_timer_names


@pytest.mark.parametrize("text, plain", [
    ("set a 5 minute timer for the rice, 10 for the beef and 15 for the tart",
     "set a 5 minute timer for the rice, and set a 10 minute timer for the beef, and set a 15 "
     "minute timer for the tart"),
    ("Three timers love: 5 mins for the rice, 10 for the beef, 15 for the tart",
     "set a 5 minute timer for the rice, and set a 10 minute timer for the beef, and set a 15 "
     "minute timer for the tart"),
    ("timers: 5 mins rice, 10 mins beef", "set a 5 minute timer for the rice, and set a 10 minute "
     "timer for the beef"),
    ("I need two timers: rice 12 minutes, eggs 7",
     "set a 12 minute timer for the rice, and set a 7 minute timer for the eggs"),
    ("set a timer for 5 minutes for the rice, 10 for the beef",
     "set a 5 minute timer for the rice, and set a 10 minute timer for the beef"),
    # not a list of timers
    ("add 5 mins to the pasta timer, 10 to the laundry and 2 to the rice",
     "add 5 mins to the pasta timer, 10 to the laundry and 2 to the rice"),
    ("set a timer for 5 minutes for the rice and add beef to the list",
     "set a timer for 5 minutes for the rice and add beef to the list"),
    ("set a timer for 10 minutes, 20 for the potatoes", "set a timer for 10 minutes, 20 for the potatoes"),
    ("cancel the pasta timer, and the laundry one", "cancel the pasta timer, and the laundry one"),
    ("timer: 10 mins", "timer: 10 mins"),
])
def test_a_list_of_timers(text: str, plain: str) -> None:
    assert timers_listed(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("pause laundry, cancel pasta", "pause the laundry timer, cancel the pasta timer"),
    ("stop the pasta", "stop the pasta timer"),
    ("how's the pasta doing?", "how long is left on the pasta timer?"),
    ("add 2 minutes to pasta", "add 2 minutes to the pasta timer"),
    ("give the pasta another minute", "add another minute to the pasta timer"),
    # the name said with "timer", about something else, or no timer of that name
    ("cancel the pasta timer", "cancel the pasta timer"),
    ("cancel dinner with Anna", "cancel dinner with Anna"),
    ("pause the music", "pause the music"),
    ("add pasta to the shopping list", "add pasta to the shopping list"),
])
def test_timers_by_bare_name(text: str, plain: str) -> None:
    assert with_timer_names(text, ["pasta", "laundry"]) == plain


@pytest.mark.parametrize("text, plain", [
    # how long is left, or more or less time, on a running timer by its bare name
    ("quanto manca alla pasta?", "quanto manca alla pasta-Timer?"),
    ("Wie lange brauchen die Nudeln noch?", "Wie lange brauchen die Nudeln-Timer noch?"),
    ("Ajoute trois minutes aux pâtes", "Ajoute trois minutes aux pâtes-Timer"),
    ("Quítale dos minutos a la colada", "Quítale dos minutos a la colada-Timer"),
    # a timer word said already, no time asked or given, or another kind of thing
    ("Quanto manca al timer della pasta?", "Quanto manca al timer della pasta?"),
    ("Kauf Nudeln", "Kauf Nudeln"),
    ("Ajoute des pâtes à la liste de courses", "Ajoute des pâtes à la liste de courses"),
    ("Erinnere mich in zehn Minuten noch an die Nudeln",
     "Erinnere mich in zehn Minuten noch an die Nudeln"),
    # each sentence of several requests on its own
    ("Wie lang braucht die Colada noch? Und setz Salz auf die Einkaufsliste",
     "Wie lang braucht die Colada-Timer noch? Und setz Salz auf die Einkaufsliste"),
])
def test_timers_by_bare_name_in_other_languages(text: str, plain: str) -> None:
    assert with_timer_names(text, ["pasta", "Nudeln", "pâtes", "colada"]) == plain


@pytest.mark.parametrize("text, plain", [
    ("I think maybe the birthday card reminder should be Friday evening instead, like 6pm? If "
     "that's okay.", "The birthday card reminder should be Friday evening instead at 6pm"),
    ("I think maybe the team meeting tomorrow is at half eight now? Could you move it, please?",
     "The team meeting tomorrow is at half eight now"),
    ("I think maybe I'd like tomorrow's 7.15 alarm to be quarter to eight instead... if that's "
     "alright?", "Tomorrow's 7.15 alarm should be quarter to eight instead"),
    ("Verify: reminder to put the bins out is set for what time on Thursday?",
     "Reminder to put the bins out is set for what time on Thursday?"),
    # no hedge
    ("I think I left the oven on", "I think I left the oven on"),
    ("set an alarm for 7", "set an alarm for 7"),
])
def test_hedges(text: str, plain: str) -> None:
    assert unhedged(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("You couldn't tell me when the bins reminder goes off, could you?",
     "when does the bins reminder go off?"),
    ("State alarms for Tuesday the 1st of December.", "what alarms do I have for Tuesday the 1st of December?"),
    ("Status of all active timers, with time remaining.", "what timers do I have?"),
    ("Confirm start and end times of the team meeting.",
     "what time does the team meeting start and finish?"),
    ("What time have I got to be at the dentist appointment on Wednesday, and what time will it "
     "be over? I want to tell the locum.",
     "what time does the dentist appointment on Wednesday start and finish?"),
    ("Is any of my timers going to go off in the next ten minutes?", "what timers do I have?"),
    ("Timer 1 hour. Also what time is dentist Wednesday?",
     "Timer 1 hour. Also what time is the dentist on Wednesday?"),
    ("The team meeting tomorrow, what time it finishes?", "what time does The team meeting tomorrow finish?"),
    # asked plainly already
    ("what time is sunset tomorrow", "what time is sunset tomorrow"),
    ("list my favourite songs", "list my favourite songs"),
])
def test_asked_plainly(text: str, plain: str) -> None:
    assert asked_plainly(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Can you remind me Wednesday at 3:30pm to book the kids' flu jabs — no, hang on, Thursday, "
     "Wednesday's mad", "Can you remind me Thursday at 3:30pm to book the kids' flu jabs"),
    ("Put Freya's nativity play on the calendar, Thursday at 2pm — no wait, it's 1.30",
     "Put Freya's nativity play on the calendar, Thursday at 1.30pm"),
    ("Put yoghurts on the shopping list — no, scrap that, put squash on instead",
     "Put squash on the shopping list"),
    ("Set a timer for an hour for the bread — actually forty minutes, it's only a small loaf",
     "Set a timer for forty minutes for the bread, it's only a small loaf"),
    ("set an alarm for 7, no wait, scrap that, set it for 8", "set an alarm for 8"),
    ("move the meeting to Friday, no, Thursday", "move the meeting to Thursday"),
])
def test_corrected_after_a_dash_or_a_day(text: str, plain: str) -> None:
    assert corrected(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Oh, um, alarm for half six tomorrow morning please — Ollie, put that down!",
     "um, alarm for half six tomorrow morning please"),
    ("Make the swimming alarm fifteen minutes earlier, please — I want time for breakfast first.",
     "Make the swimming alarm fifteen minutes earlier, please"),
    ("Add nappies, wipes and — oh, and fish fingers to the shopping list",
     "Add nappies, wipes and fish fingers to the shopping list"),
    ("Gimme a 6 minute timer for the coffee", "Gimme a 6 minute timer for the coffee"),
    ("give me a 6 minute timer for the coffee", "set a 6 minute timer for the coffee"),
    ("Put me an alarm for Sunday at half past nine", "set an alarm for Sunday at half past nine"),
    # a correction or a time after the dash stays
    ("remind me at 2pm — no wait, 3pm", "remind me at 2pm — no wait, 3pm"),
    ("set an alarm — Tuesday at 7", "set an alarm — Tuesday at 7"),
    ("set a timer for 10 minutes — it's for the pasta", "set a timer for 10 minutes — it's for the pasta"),
])
def test_asides_and_asking_for_a_thing(text: str, plain: str) -> None:
    assert plainly(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("put me an alarm at seven and a quarter of the morning", "put me an alarm at quarter past seven in the morning"),
    ("alarm tomorrow at eight less quarter", "alarm tomorrow at quarter to eight"),
    ("for nine and a half of the morning", "for half past nine in the morning"),
    ("a timer for two and a half hours", "a timer for two and a half hours"),
    ("at 12 midday", "at midday"),
    ("alarm 6 o'clock morning Saturday and Sunday, every week",
     "alarm 6 o'clock in the morning every Saturday and Sunday"),
    ("Remind us at 8 the morrow morning", "remind me at 8 tomorrow morning"),
    ("An alarm at 8am on the Sabbath", "An alarm at 8am on sunday"),
    ("Mind me the morn at ten", "remind me tomorrow at ten"),
    ("rmd me tmrw 7.30am get diesel", "remind me tmrw 7.30am get diesel"),
    ("When I must put the bins out?", "When must I put the bins out?"),
    ("The team meeting of tomorrow", "The team meeting tomorrow"),
    ("never mind me", "never mind me"),
    ("cancel one of the evening reminders", "cancel one of the evening reminders"),
])
def test_said_from_another_language_or_scots(text: str, plain: str) -> None:
    assert standard(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Bins reminder: amend to 1830.", "Bins reminder: amend to 18:30."),
    ("move the dentist appointment to 1430", "move the dentist appointment to 14:30"),
    ("Team meeting now 1500 hours Tuesday.", "Team meeting now 15:00 Tuesday."),
    ("Timer 1 hour for the screed.", "set a timer for 1 hour for the screed."),
    ("the weekday one, can you make it twenty past 6", "the weekday alarm, can you make it twenty past 6"),
    # a year, or nothing timed
    ("what happened in 1830", "what happened in 1830"),
    ("convert 1830 metres to feet", "convert 1830 metres to feet"),
])
def test_typed_times_and_timers(text: str, plain: str) -> None:
    assert written_out(text) == plain


@pytest.mark.parametrize("text, part", [
    ("evening reminders?", ("evening", time(17), time(23, 59))),
    ("which of my reminders are in the morning?", ("morning", time(5), time(12))),
    ("what's on in the afternoons", ("afternoon", time(12), time(17))),
    ("good morning, what reminders have I got", None),
    ("morning and evening reminders", None),
])
def test_part_of_the_day_asked(text: str, part: tuple[str, time, time] | None) -> None:
    assert part_of_day_said(text) == part


def test_hours_across_midnight() -> None:
    assert in_hours(time(23), time(20), time(5)) and in_hours(time(4), time(20), time(5))
    assert not in_hours(time(12), time(20), time(5))


def test_between_two_days() -> None:
    today = date(2026, 11, 30)  # a Monday
    asked = days_asked("what reminders have I got between Wednesday and Sunday?", today)
    assert asked is not None and asked.span == (date(2026, 12, 2), date(2026, 12, 6))
    assert asked.days is None and asked.holds(date(2026, 12, 4))
    asked = days_asked("anything from Friday to Monday", today)
    assert asked is not None and asked.span == (date(2026, 12, 4), date(2026, 12, 7))


def test_a_night_shift_is_a_span() -> None:
    said = said_span("night shift on wednesday from 8pm to 8am")
    assert said is not None and said.range is not None
    assert said.range.times() == (time(20), time(8))
    one_to_one = said_span("a 1 to 1 with sam on friday")
    assert one_to_one is None or one_to_one.range is None


@pytest.mark.parametrize("a, b, same", [
    ("mlik", "milk", True), ("bannanas", "bananas", True), ("banans", "bananas", True),
    ("milo", "milk", False), ("eggs", "egg", True), ("bread", "bead", True), ("tea", "tee", False),
])
def test_one_typed_slip(a: str, b: str, same: bool) -> None:
    assert _one_slip(a, b) is same


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("set a 5 minute timer for the rice, 10 for the beef and 15 for the tart",
     {"new_timers": [{"seconds": 300, "name": "rice"}, {"seconds": 600, "name": "beef"},
                     {"seconds": 900, "name": "tart"}]}),
    ("pause laundry, cancel pasta", {"gone": ["T1"], "changed": {"T2": {"paused": True}}}),
    ("how's the pasta doing?", {"mention": [{"minutes": 8}]}),
    ("put 2 more minutes on pasta", {"changed": {"T1": {"remaining_s": 600}}}),
    ("evening reminders?", {"mention": ["bins"], "absent": ["dentist", "card"]}),
    ("weekend alarms?", {"mention": ["9 AM"], "absent": ["6:30", "7:15"]}),
    ("Bins reminder: amend to 1830.", {"changed": {"R2": {"due": "2026-12-03T18:30"}}}),
    ("move the dentist appointment to 1430", {"changed": {"E2": {"start": "2026-12-02T14:30"}}}),
    ("Team meeting now 1500 hours Tuesday. Amend the calendar.",
     {"changed": {"E1": {"start": "2026-12-01T15:00"}}}),
    ("I think maybe the team meeting tomorrow is at half eight now? Could you move it, please?",
     {"changed": {"E1": {"start": "2026-12-01T08:30"}}}),
    ("I think maybe I'd like tomorrow's 7.15 alarm to be quarter to eight instead... if that's alright?",
     {"changed": {"A2": {"time": "07:45"}}}),
    ("I think maybe I've got a timer with about fifteen minutes on it? What's it for, sorry?",
     {"mention": ["laundry"]}),
    ("Verify: reminder to put the bins out is set for what time on Thursday?", {"mention": ["7 PM"]}),
    ("the weekday one, can u make it twenty past 6", {"changed": {"A1": {"time": "06:20"}}}),
    ("The dentist rang, they've moved my appointment to next Monday at 10.15.",
     {"changed": {"E2": {"start": "2026-12-07T10:15"}}}),
    ("Could the birthday card reminder go an hour earlier, please?",
     {"changed": {"R3": {"due": "2026-12-05T08:30"}}}),
    ("remove mlik from shopping list", {"gone_items": {"shopping": ["milk"]}}),
    ("Add to the to-do list 'buy new drill bits', and remove 'fix the bike light', is done.",
     {"new_items": {"to-do": ["buy new drill bits"]}, "gone_items": {"to-do": ["fix the bike light"]}}),
    ("From the to-do list delete 'book a haircut' because I did it already, and add 'buy a present "
     "for Lucia'.", {"gone_items": {"to-do": ["book a haircut"]},
                     "new_items": {"to-do": ["buy a present for lucia"]}}),
    ("At what time is the dinner with Anna on Friday? And put me an alarm on Saturday at ten in the "
     "morning.", {"mention": ["7:30 PM"], "new_alarms": [{"time": "10:00", "date": "2026-12-05"}]}),
    ("Put alarm 6 o'clock morning Saturday and Sunday, every week.",
     {"new_alarms": [{"time": "06:00", "repeat": ["SA", "SU"]}]}),
    ("Put 'night shift' in my calendar for Wednesday 8pm till 8am Thursday, and set an alarm for "
     "6pm on Wednesday.", {"new_events": [{"start": "2026-12-02T20:00", "end": "2026-12-03T08:00",
                                           "about": ["night shift"]}],
                           "new_alarms": [{"time": "18:00", "date": "2026-12-02"}]}),
    ("In the calendar, put Friday from 10 to 12 in the morning the English exam.",
     {"new_events": [{"start": "2026-12-04T10:00", "end": "2026-12-04T12:00", "about": ["english exam"]}]}),
    ("When I must put the bins out? And add coffee to the shopping list.",
     {"mention": ["7 PM"], "new_items": {"shopping": ["coffee"]}}),
    ("Timer 1 hour for the screed. Also what time is dentist Wednesday?",
     {"new_timers": [{"seconds": 3600, "name": "screed"}], "mention": ["2 PM"]}),
    ("Alarm for quarter to nine Saturday morning, football's at half ten",
     {"new_alarms": [{"time": "08:45", "date": "2026-12-05"}]}),
    ("Put dentist in me diary tomorrow at 4.15pm",
     {"new_events": [{"start": "2026-12-01T16:15", "about": ["dentist"]}]}),
    ("Clear my to-do list, everything on it's done.",
     {"gone_items": {"to-do": ["renew passport", "fix the bike light", "book a haircut"]}}),
    ("Add to the shopping list: remove bread", {"new_items": {"shopping": ["remove bread"]}}),
    ("add a night out from 7pm Wednesday to 7:30am Thursday",
     {"new_events": [{"start": "2026-12-02T19:00", "end": "2026-12-03T07:30", "about": ["night out"]}]}),
    ("my first appointment this week", {"mention": ["team meeting"], "absent": ["dentist", "Anna"]}),
    ("what was the ten o'clock reminder tomorrow for", {"mention": ["dentist"]}),
    ("move the ten o'clock reminder tomorrow to eleven", {"changed": {"R1": {"due": "2026-12-01T11:00"}}}),
    ("any reminders in the evening this week?", {"mention": ["bins"], "absent": ["dentist", "card"]}),
    # found by the regression of the older sets H, I, J: two quoted items, a list said later
    ("Delete 'fix the bike light' and 'book a haircut' from my to-do list",
     {"gone_items": {"to-do": ["fix the bike light", "book a haircut"]}}),
    ("Is there anything I need to remember to do on Thursday night?", {"mention": ["bins"]}),
    ("fixed the bike light finally and also got milk, tick both off",
     {"gone_items": {"shopping": ["milk"], "to-do": ["fix the bike light"]}}),
    ("Got the milk and booked my haircut, tick both off",
     {"gone_items": {"shopping": ["milk"], "to-do": ["book a haircut"]}}),
    ("I've bought the milk and the bread, cross them off", {"gone_items": {"shopping": ["milk", "bread"]}}),
    ("Please remove 'renew passport' and 'book a haircut' from my to-do list.",
     {"gone_items": {"to-do": ["renew passport", "book a haircut"]}}),
    ("add olive oil to the shopping list, add clean the fridge to the to do list and set a timer "
     "for 40 minutes", {"new_items": {"shopping": ["olive oil"], "to-do": ["clean the fridge"]},
                        "new_timers": [{"seconds": 2400}]}),
])
async def test_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)
