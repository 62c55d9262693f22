"""Several requests in one sentence: where a sentence is cut (real NLU), how the parts
run through a real Assistant over a seeded SQLite store (judged by
benchmarks/compound_bench.py's scorer on sentences written for these tests), and how a
part that asks a question holds the rest until it is answered."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.assistant import Assistant
from hark.config import Settings
from hark.dialogue import compound
from hark.dialogue.state import DialogueState
from hark.store import sessions

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def understand():
    from hark.assistant import nlu_understand

    parse = nlu_understand()
    return lambda text: parse(text, NOW, None)


@pytest.mark.parametrize("text, parts", [
    ("set a timer for twenty minutes and put cheese on the shopping list",
     ["set a timer for twenty minutes", "put cheese on the shopping list"]),
    ("cancel my 7:15 alarm, then what's the time",
     ["cancel my 7:15 alarm", "what's the time"]),
    ("Pause the laundry timer. Also, add soap to my shopping list.",
     ["Pause the laundry timer", "add soap to my shopping list"]),
    ("remind me to phone the bank and set an alarm for six tomorrow",
     ["remind me to phone the bank", "set an alarm for six tomorrow"]),
    ("what's on my to-do list and when's my next alarm and how long is left on the pasta",
     ["what's on my to-do list", "when's my next alarm", "how long is left on the pasta"]),
    ("could you add tea to my list and could you also set an alarm for 8 am",
     ["could you add tea to my list", "could you also set an alarm for 8 am"]),
    # no joining word: a whole request, then a verb only the assistant is asked to do
    ("set a timer for 6 minutes add oat milk to the shopping list",
     ["set a timer for 6 minutes", "add oat milk to the shopping list"]),
    # two of a kind in one breath
    ("set timers for 4 and 9 minutes", ["set a timer for 4 minutes", "set a timer for 9 minutes"]),
    ("set alarms for 6 and 6:20 tomorrow",
     ["set an alarm for 6 tomorrow", "set an alarm for 6:20 tomorrow"]),
    # a change to something kept, after a reminder's words
    ("remind me to post the parcel on friday at 10 and push the team meeting back an hour",
     ["remind me to post the parcel on friday at 10", "push the team meeting back an hour"]),
])
def test_several_requests_are_cut_apart(understand, text: str, parts: list[str]) -> None:
    assert compound.split(text, understand, 0.7) == parts


@pytest.mark.parametrize("text", [
    "remind me to buy bread and cheese at six",
    "add apples, pears and plums to the shopping list",
    "set a timer for two hours and fifteen minutes",
    "remind me to ring the plumber and book a table",  # what to be reminded of
    "remind me at nine to feed the dog and check the post",
    "set a five minute timer and call it eggs",  # refers back
    "put milk and honey on my shopping list",
    "book lunch with Ann and Bob on Friday at noon",
    "what's the time",
    "can you tell me what's on my list",  # "tell me" wants what follows
    "remind me to check the oven and turn off the grill in 20 minutes",
])
def test_one_request_stays_whole(understand, text: str) -> None:
    assert compound.split(text, understand, 0.7) == [text]


def test_a_piece_not_understood_keeps_the_sentence_whole(understand) -> None:
    text = "set an alarm for 7 and flibber the wozzle gadget quickly"
    assert compound.split(text, understand, 0.7) == [text]


def test_the_cache_holds_each_piece_understood(understand) -> None:
    cache: dict[str, Any] = {}
    parts = compound.split("pause the pasta timer and add jam to the shopping list",
                           understand, 0.7, cache)
    assert [cache[p].intent for p in parts] == ["timer_pause", "lists_createoradd"]


# the store holds what benchmarks/manage_bench.py seeds (see tests/test_everyday_changes.py)
CASES: list[tuple[str, dict[str, Any]]] = [
    ("set a timer for 3 minutes and add butter to my shopping list",
     {"new_timers": [{"seconds": 180}], "new_items": {"shopping": ["butter"]}}),
    ("cancel the swimming alarm and remind me to book a lane at 8pm on friday",
     {"gone": ["A3"], "new_reminders": [{"due": "2026-12-04T20:00", "about": ["lane"]}]}),
    ("pause the laundry timer, then tell me what's on my shopping list",
     {"changed": {"T2": {"paused": True}}, "mention": ["milk", "bananas"]}),
    ("remove eggs from the shopping list and delete the team meeting",
     {"gone_items": {"shopping": ["eggs"]}, "gone": ["E1"]}),
    ("remind me to buy stamps and envelopes tomorrow at 11am",
     {"new_reminders": [{"due": "2026-12-01T11:00", "about": ["stamps", "envelopes"]}]}),
    # the second request says only its thing and target
    ("add 3 minutes to the pasta and 10 to the laundry",
     {"changed": {"T1": {"remaining_s": 660}, "T2": {"remaining_s": 1500}}}),
    ("pause the laundry and tell me what's left on the pasta",
     {"changed": {"T2": {"paused": True}}, "mention": [{"minutes": 8}]}),
    # one request each, read better
    ("what do I have on wednesday and friday", {"mention": ["dentist", "14:00", "anna"]}),
    ("remind me on thursday to call the garage at 4pm",
     {"new_reminders": [{"due": "2026-12-03T16:00", "about": ["garage"]}]}),
    ("set an alarm for 6:10 every tuesday and thursday",
     {"new_alarms": [{"time": "06:10", "repeat": ["TU", "TH"]}]}),
    ("put paint the shed and the fence on my to do list",
     {"new_items": {"to-do": ["paint the shed and the fence"]}}),
    ("move the dinner with anna to saturday instead of friday",
     {"changed": {"E3": {"start": "2026-12-05T19:30"}}}),
    ("book a catch-up with the landlord on thursday at 11am",
     {"new_events": [{"start": "2026-12-03T11:00", "about": ["landlord"]}]}),
    ("I need to ring the vet, so put it in my diary for wednesday at 9am",
     {"new_events": [{"start": "2026-12-02T09:00", "about": ["vet"]}]}),
    # timed from the request before ("an hour before", "the day before at 6pm")
    ("book a meeting with the plumber on thursday at 3pm and remind me half an hour before",
     {"new_events": [{"start": "2026-12-03T15:00", "about": ["plumber"]}],
      "new_reminders": [{"due": "2026-12-03T14:30", "about": ["plumber"]}]}),
    ("when's dinner with anna, and set an alarm two hours before it",
     {"mention": ["19:30"], "new_alarms": [{"time": "17:30", "date": "2026-12-04"}]}),
    ("put the school play in the calendar for wednesday the 9th at 2pm and remind me the "
     "day before at 7pm", {"new_events": [{"start": "2026-12-09T14:00", "about": ["play"]}],
                           "new_reminders": [{"due": "2026-12-08T19:00", "about": ["play"]}]}),
    # "it" after a question is what it asked about
    ("what time is the team meeting? push it back half an hour",
     {"mention": ["09:00"], "changed": {"E1": {"start": "2026-12-01T09:30"}}}),
    ("add kitchen roll to the shopping list. what else is on there?",
     {"new_items": {"shopping": ["kitchen roll"]}, "mention": ["milk", "bananas"]}),
    ("reset the laundry timer to 20 minutes and pause the pasta",
     {"changed": {"T2": {"remaining_s": 1200}, "T1": {"paused": True}}}),
    ("cancel the pasta timer, then set a new one for 6 minutes and call it eggs",
     {"gone": ["T1"], "new_timers": [{"seconds": 360, "name": "eggs"}]}),
    # a reason after a removal names nothing else
    ("cancel the reminder about Sam's card, I've already got one and the wrapping paper",
     {"gone": ["R3"]}),
]


@pytest.mark.parametrize("text, expect", CASES)
async def test_each_request_is_done(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


async def test_the_rest_waits_for_the_answer_to_a_question(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    assistant = Assistant(settings)
    try:
        first = await assistant.handle_text(
            "remind me to water the roses and then add compost to the shopping list", now=NOW)
        assert "when" in first.response_text.lower()
        assert [p["intent"] for p in first.parts] == []  # one turn so far
        store = await assistant.store()
        with store.session() as db:
            from hark.store import lists
            assert lists.all_lists(db) == []  # nothing added before the answer
        second = await assistant.handle_text("tomorrow at 9am", session_id=first.session_id,
                                             now=NOW)
        assert [p["intent"] for p in second.parts] == ["calendar_set", "lists_createoradd"]
        assert "roses" in second.response_text and "compost" in second.response_text
        assert second.response_text.count("Okay") == 1  # one "Okay" for both answers
        with store.session() as db:
            assert [i.text for i in lists.items(db, "shopping")] == ["compost"]
    finally:
        await assistant.aclose()


async def test_stop_drops_the_rest(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    assistant = Assistant(settings)
    try:
        first = await assistant.handle_text(
            "delete my to-do list and add toast to the shopping list", now=NOW)
        assert first.decision == "confirm"
        await assistant.handle_text("never mind", session_id=first.session_id, now=NOW)
        store = await assistant.store()
        with store.session() as db:
            from hark.store import lists
            assert lists.all_lists(db) == []
            state = DialogueState.from_dict(sessions.get(db, first.session_id, now=NOW).state)
        assert state.queued == [] and state.pending is None
    finally:
        await assistant.aclose()


async def test_a_no_still_runs_the_rest(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    assistant = Assistant(settings)
    try:
        await assistant.handle_text("add jam to the shopping list", now=NOW)
        first = await assistant.handle_text(
            "delete my shopping list and set a timer for 4 minutes", now=NOW)
        assert first.decision == "confirm"
        second = await assistant.handle_text("no", session_id=first.session_id, now=NOW)
        assert "4 minutes" in second.response_text
        store = await assistant.store()
        with store.session() as db:
            from hark.store import lists, timers
            assert [i.text for i in lists.items(db, "shopping")] == ["jam"]
            assert [round(t.duration_s) for t in timers.active(db)] == [240]
    finally:
        await assistant.aclose()


def test_the_queue_survives_the_state_round_trip() -> None:
    state = DialogueState(queued=["add milk to the list"])
    assert DialogueState.from_dict(state.to_dict()).queued == ["add milk to the list"]
    assert DialogueState.from_dict({"queued": "not a list"}).queued == []


@pytest.mark.parametrize("tail, head, whole", [
    ("pause the pasta one", "add a minute to the laundry timer", "pause the pasta timer"),
    ("cancel tomorrow's 7:15 one", "change my weekday alarm to 6:45",
     "cancel tomorrow's 7:15 alarm"),
    ("the swimming alarm", "cancel the laundry timer", "cancel the swimming alarm"),
    ("the dentist appointment", "cancel the team meeting",
     "the dentist appointment"),  # two of a kind: one request, the skill takes both
    ("an alarm at 6 tomorrow", "set a 15 minute timer", "set an alarm at 6 tomorrow"),
    ("another for 6:15am next Monday", "set an alarm for 10am on Sunday",
     "set another alarm for 6:15am next Monday"),
    ("set a new one for 7:40", "cancel my 7:15 alarm tomorrow",
     "set a new alarm for 7:40 tomorrow"),
    ("again at 7:05", "wake me up at 6:50 tomorrow morning",
     "wake me up at 7:05 tomorrow morning"),
    ("add coffee to it", "tell me what's on the shopping list",
     "add coffee to the shopping list"),
    ("delete it", "what's my next reminder", "delete my next reminder"),
    ("remind me to do it at 8", "add 'call the plumber' to my to-do list",
     "remind me to call the plumber at 8"),
    ("remind me to buy it at 6", "add toothpaste to my shopping list",
     "remind me to buy toothpaste at 6"),
    ("what time is it", "pause the laundry timer", "what time is it"),  # no object "it"
    ("remind me at 10:30 that day to bring my notes", "put a meeting in for Thursday at 11",
     "remind me at 10:30 on Thursday to bring my notes"),
    ("to text Jo at 2pm", "remind me to call the bank at 9:15 tomorrow",
     "remind me tomorrow to text Jo at 2pm"),
    ("cat food to the shopping list", "add 'call the vet' to my to-do list",
     "add cat food to the shopping list"),
    ("add another five minutes to the laundry one", "how long's left on the pasta",
     "add another five minutes to the laundry timer"),
    ("the dinner with anna to 9pm", "move the team meeting to friday at 10",
     "move the dinner with anna to 9pm"),
    ("4 to the laundry", "add 3 minutes to the pasta", "add 4 minutes to the laundry"),
    ("set an alarm for 6:45", "remind me to pack at 8 tomorrow morning",
     "set an alarm for 6:45 tomorrow morning"),
    ("set one for the day after at 7", "what time is my alarm tomorrow",
     "set alarm for the day after tomorrow at 7"),
    ("set an alarm the day before at 6", "put the party in my calendar for saturday at 8",
     "set an alarm on friday at 6"),
    ("remind me the day before at 6", "put the party in my calendar for saturday at 8",
     "remind me the day before at 6"),  # timed from the party when it runs (relative.py)
    ("add a new charger to the list", "cancel my 7:15 alarm", "add a new charger to the list"),
    ("put it on my calendar for friday at 3", "I booked the boiler service",
     "put boiler service on my calendar for friday at 3"),
])
def test_what_the_second_request_leaves_out(tail: str, head: str, whole: str) -> None:
    from hark.dialogue.ellipsis import complete

    assert complete(tail, head) == whole


def test_a_time_said_only_once_is_not_a_second_reminder() -> None:
    from hark.dialogue.ellipsis import complete

    # no time of its own: what to be reminded of, not a new reminder
    assert complete("to call mum", "remind me to buy milk at 5") == "to call mum"


def test_a_long_text_is_looked_at_a_bounded_number_of_times(understand) -> None:
    calls: list[str] = []

    def counting(piece: str):
        calls.append(piece)
        return understand(piece)

    text = ", and ".join(["set an alarm for 7 and add milk to the list"] * 40)
    parts = compound.split(text, counting, 0.7)
    assert len(calls) <= compound.MAX_LOOKS
    assert len(parts) <= compound.MAX_PARTS


async def test_my_next_reminder_is_the_soonest() -> None:
    ok, said, diff = await judge({"text": "what's my next reminder, and then delete it",
                                  "kind": "compound",
                                  "expect": {"mention": ["dentist"], "gone": ["R1"]}})
    assert ok, (said, diff)


@pytest.mark.parametrize("text, expect", [
    # a number corrected in the same breath
    ("set a timer for 6 minutes, no wait, 7 minutes", {"new_timers": [{"seconds": 420}]}),
    # a wake word first
    ("alexa, add oat milk to the shopping list and set a 4 minute timer",
     {"new_items": {"shopping": ["oat milk"]}, "new_timers": [{"seconds": 240}]}),
    # the same time as the thing before
    ("cancel the team meeting and put a call with Priya in at the same time",
     {"gone": ["E1"], "new_events": [{"start": "2026-12-01T09:00", "about": ["priya"]}]}),
    # a new one after a removal is on the removed one's day
    ("cancel the swimming alarm and set a new one for 7:45",
     {"gone": ["A3"], "new_alarms": [{"time": "07:45", "date": "2026-12-05"}]}),
    # two things asked about at once
    ("when are the dinner with anna and the team meeting", {"mention": ["19:30", "09:00"]}),
    # an evening event's hour without am/pm is PM
    ("put drinks with the neighbours on saturday at 8",
     {"new_events": [{"start": "2026-12-05T20:00", "about": ["neighbours"]}]}),
    # one to-do task with "and" in it
    ("add clean and oil the lawnmower to my to do list",
     {"new_items": {"to-do": ["clean and oil the lawnmower"]}}),
    # a second of the same kind said with "too"; a reason after a comma
    ("pause the laundry timer. and the pasta one too, please",
     {"changed": {"T1": {"paused": True}, "T2": {"paused": True}}}),
    ("cancel the birthday card reminder and get rid of dinner with anna, as she's away",
     {"gone": ["R3", "E3"]}),
    # two alarms removed in one breath, each by its own words; "the one on Saturday"
    ("switch off the weekday alarm and the one tomorrow at 7:15", {"gone": ["A1", "A2"]}),
    ("cancel my swimming alarm, the one on saturday", {"gone": ["A3"]}),
    # gapping with a unit said once
    ("extend the pasta timer by five minutes and the laundry one by ten",
     {"changed": {"T1": {"remaining_s": 780}, "T2": {"remaining_s": 1500}}}),
    # a day moved, the time kept
    ("move the team meeting to thursday, same time",
     {"changed": {"E1": {"start": "2026-12-03T09:00"}}}),
    # verbless requests
    ("right: five minute timer, and a reminder in an hour to check the bread",
     {"new_timers": [{"seconds": 300}],
      "new_reminders": [{"due": "2026-11-30T18:00", "about": ["bread"]}]}),
    ("when are the bins reminder and the birthday card one",
     {"mention": ["19:00", "09:30"], "absent": ["dentist"]}),
    # polite and wordy
    ("Good morning. Would you be so kind as to remind me to ring my brother tomorrow at 11 in "
     "the morning, and also add oatcakes to my shopping list? Thank you very much.",
     {"new_reminders": [{"due": "2026-12-01T11:00", "about": ["brother"]}],
      "new_items": {"shopping": ["oatcakes"]}}),
    # two timers named by what they time, lengths said after
    ("I'd like a timer for the rice, twelve minutes, and another for the peas, four minutes",
     {"new_timers": [{"seconds": 720, "name": "rice"}, {"seconds": 240, "name": "peas"}]}),
    ("cancel the pasta timer and the laundry timer", {"gone": ["T1", "T2"]}),
    ("cancel the laundry timer and the other one", {"gone": ["T1", "T2"]}),
    ("set a timer for 10 minutes for the rice and another for 20 for the curry",
     {"new_timers": [{"seconds": 600, "name": "rice"}, {"seconds": 1200, "name": "curry"}]}),
    ("remind me at 8pm to water the plants and remind me again at 9am tomorrow",
     {"new_reminders": [{"due": "2026-11-30T20:00", "about": ["plants"]},
                        {"due": "2026-12-01T09:00", "about": ["plants"]}]}),
    ("what time does the dentist appointment start and finish", {"mention": ["14:00", "14:30"]}),
    # two named timers in one breath, a second "one more", an unnamed "another timer"
    ("set timers for 6 minutes for the rice and 25 minutes for the fish",
     {"new_timers": [{"seconds": 360, "name": "rice"}, {"seconds": 1500, "name": "fish"}]}),
    ("start a timer for 12 minutes for the peas and one more for 40 minutes for the pie",
     {"new_timers": [{"seconds": 720, "name": "peas"}, {"seconds": 2400, "name": "pie"}]}),
    ("another timer, 6 minutes, and what's left on the pasta",
     {"new_timers": [{"seconds": 360}], "mention": [{"minutes": 8}]}),
    # "kill that timer" is one timer; the question after it names another
    ("the laundry's done so kill that timer, and how long's left on the pasta",
     {"gone": ["T2"], "mention": [{"minutes": 8}]}),
    # "give it another": time added to the timer asked about
    ("how long's left on the laundry? give it another 10 minutes",
     {"mention": [{"minutes": 15}], "changed": {"T2": {"remaining_s": 1500}}}),
    # "it" after an event made is the to-do item about it
    ("book a haircut for friday at 10am and cross it off my to do list",
     {"new_events": [{"start": "2026-12-04T10:00", "about": ["haircut"]}],
      "gone_items": {"to-do": ["book a haircut"]}}),
    # a reminder "about it at 3pm" is on the event's day
    ("add a vet visit on wednesday the 9th at 5pm and remind me about it at 4pm",
     {"new_events": [{"start": "2026-12-09T17:00", "about": ["vet"]}],
      "new_reminders": [{"due": "2026-12-09T16:00", "about": ["vet"]}]}),
    # a part of a day asked about: only what is on then
    ("what's on wednesday morning", {"mention": ["clear"], "absent": ["dentist"]}),
    ("is my dinner with anna still on", {"mention": ["19:30"]}),
    # two timers "one for … and one for …"; "ok need timers for …"; "strike them off"
    ("please set two timers, one for 3 minutes for the eggs and one for 9 minutes for the rice",
     {"new_timers": [{"seconds": 180, "name": "eggs"}, {"seconds": 540, "name": "rice"}]}),
    ("ok need timers for 5 and 12 minutes", {"new_timers": [{"seconds": 300}, {"seconds": 720}]}),
    ("I've bought the bread, strike it off the shopping list and add jam",
     {"gone_items": {"shopping": ["bread"]}, "new_items": {"shopping": ["jam"]}}),
    # an event said by its day and hours alone, then a reminder before it
    # alarms on two days; a reminder "again" at another time
    ("set alarms for 6:45am this thursday and saturday",
     {"new_alarms": [{"time": "06:45", "date": "2026-12-03"},
                     {"time": "06:45", "date": "2026-12-05"}]}),
    ("remind me to take my tablets at 8 tonight and again at 8 tomorrow morning",
     {"new_reminders": [{"due": "2026-11-30T20:00", "about": ["tablets"]},
                        {"due": "2026-12-01T08:00", "about": ["tablets"]}]}),
    # the same for a timer named after what it times; "my to-do" without "list"
    ("set a 15 minute timer for the rice and the same for the beans",
     {"new_timers": [{"seconds": 900, "name": "rice"}, {"seconds": 900, "name": "beans"}]}),
    ("tick off renew passport on my to-do, and add call the vet",
     {"gone_items": {"to-do": ["renew passport"]}, "new_items": {"to-do": ["call the vet"]}}),
    # "it" is the item just taken off the to-do list; "instead" is the removed event's day
    ("take the haircut off the to do list, I've booked it, and put it in the calendar for "
     "Saturday at 10 in the morning",
     {"gone_items": {"to-do": ["book a haircut"]},
      "new_events": [{"start": "2026-12-05T10:00", "about": ["haircut"]}]}),
    ("cancel the team meeting tomorrow and put a training day in the calendar from 9 till 4 "
     "instead", {"gone": ["E1"], "new_events": [{"start": "2026-12-01T09:00",
                                                 "end": "2026-12-01T16:00",
                                                 "about": ["training"]}]}),
    # a question said with a reason after it; "check if X's on there"
    ("how long is left on the pasta, I need to drain it before six", {"mention": [{"minutes": 8}]}),
    ("add jam to the shopping list, and check if bread's on there, if it's not add it",
     {"new_items": {"shopping": ["jam"]}, "mention": ["bread"]}),
    ("how long have I got on the laundry, and pause the pasta one",
     {"mention": [{"minutes": 15}], "changed": {"T1": {"paused": True}}}),
    ("what's the rest of my week looking like", {"mention": ["09:00", "14:00", "19:30"]}),
    ("add a 45 minute pilates class on friday at 9am",
     {"new_events": [{"start": "2026-12-04T09:00", "end": "2026-12-04T09:45",
                      "about": ["pilates"]}]}),
    # a remark said after the request
    ("How long is left on the pasta? I need to drain it before the sauce is done.",
     {"mention": [{"minutes": 8}]}),
    ("tennis with Jo Saturday 10 till 11:30am, remind me at 9 to pump the balls",
     {"new_events": [{"start": "2026-12-05T10:00", "end": "2026-12-05T11:30",
                      "about": ["tennis"]}],
      "new_reminders": [{"due": "2026-12-05T09:00", "about": ["balls"]}]}),
])
async def test_more_everyday_sentences(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


@pytest.mark.parametrize("text, fixed", [
    ("set a timer for 8 minutes, no wait, 9 minutes", "set a timer for 9 minutes"),
    ("remind me at 6 to call mum, no, 7", "remind me at 7 to call mum"),
    ("set an alarm for 7, actually make it 7:30", "set an alarm for 7:30"),
    ("add 2 eggs to the list", "add 2 eggs to the list"),  # nothing corrected
])
def test_a_number_corrected_in_the_same_breath(text: str, fixed: str) -> None:
    from hark.text.corrections import corrected

    assert corrected(text) == fixed
