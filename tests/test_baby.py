"""The new baby: a sentence's full stop after a bare hour is no day of the month ("Set an
alarm for 6."), German's day number with its dot before the hour ("am 7. um sechs"), how
loud said before the request after a reason ("… so make it loud, set a timer …"), "how much
longer has the X got", news then a dash then the move, a range with what it is of ("the
slot's eight till one"), when someone arrives told as news, "it's Wednesday at one now", a
thing named alone, an aside opening the turn between dashes, "make it just Monday and
Tuesday", "forget it, she's asleep", "cancel that, it's full", "X, the Y one" on a list,
"it's for the steriliser" when asked how long. Written apart from the held-out sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.reason_after import request_after_reason
from hark.nlu.normalize import normalize
from hark.nlu.repeat_changes import find as repeat_change
from hark.text import topic_only
from hark.text.noises import without_noises
from hark.text.reason_first import without_reason
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("raw", "when"), [
    ("am 7. um sechs", "2026-12-07T18:00:00+00:00"),
    ("7. um 6", "2026-12-07T18:00:00+00:00"),
    ("Montag, den 7. um 6 Uhr", "2026-12-07T18:00:00+00:00"),
    ("am 3. um halb acht", "2026-12-03T07:30:00+00:00"),
])
def test_a_german_day_number_before_the_hour(raw: str, when: str) -> None:
    got = normalize("time", raw, NOW, "de")
    assert got is not None and got["datetime"] == when


def test_a_german_hour_with_a_full_stop_is_no_day() -> None:
    assert normalize("date", "auf 6.", NOW, "de") is None


@pytest.mark.parametrize(("text", "said"), [
    ("My hearing's not what it was so make it loud, set a timer for an hour and a half.",
     "set a timer for an hour and a half."),
    ("she sleeps through anything so make sure it's really loud, and wake me at 6",
     "wake me at 6"),
])
def test_how_loud_before_the_request(text: str, said: str) -> None:
    assert without_reason(text) == said


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Set an alarm for 6."], {"new": [{"kind": "alarm", "time": "06:00",
                                             "date": "2026-12-01"}]}),
    ("en", ["set an alarm for 7."], {"new": [{"kind": "alarm", "time": "07:00",
                                             "date": "2026-12-01"}]}),
    ("en", ["set an alarm for the 7th at 6."], {"new": [{"kind": "alarm", "time": "06:00",
                                                        "date": "2026-12-07"}]}),
    ("de", ["Wecker für den 7. um 6 Uhr."], {"new": [{"kind": "alarm", "time": "06:00",
                                                     "date": "2026-12-07"}]}),
    ("de", ["Stell einen Wecker auf 6."], {"new": [{"kind": "alarm", "time": "06:00",
                                                   "date": "2026-12-01"}]}),
    ("en", ["I'm a heavy sleeper so make it loud, set a timer for twenty minutes"],
     {"new": [{"kind": "timer", "seconds": 1200}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("text", "asked"), [
    ("um, the weekday alarm…", "when is the weekday alarm?"),
    ("the swimming alarm on Saturday", "when is the swimming alarm on Saturday?"),
    ("the pasta timer", "how long is left on the pasta timer?"),
    ("set the weekday alarm", None),
    ("the weekday alarm is too early", None),
])
def test_a_thing_named_alone(text: str, asked: str | None) -> None:
    assert topic_only.asked(text) == asked


@pytest.mark.parametrize(("text", "said"), [
    ("— hold on, he's spat up everywhere — can you move it to nine",
     "can you move it to nine"),
    ("wait — shh shh, it's alright — add cotton wool to the list",
     "add cotton wool to the list"),
    # a correction between dashes stays
    ("— no, seven — sorry", "— no, seven — sorry"),
])
def test_an_aside_opening_the_turn(text: str, said: str) -> None:
    assert without_noises(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("his flight lands at ten past six in the evening", "at ten past six in the evening"),
    ("she's due at half eleven", "at half eleven"),
    ("sorry, he's just rung, it's Friday at three now", "sorry, it's Friday at three now"),
    ("he said half four, change it", "change it to half four"),
])
def test_when_told_as_news(text: str, said: str) -> None:
    assert request_after_reason(text, "en") == said


def test_make_it_just_some_days() -> None:
    change = repeat_change("can you make it just Tuesday and Thursday", "en", "alarm")
    assert change is not None and change.groups[0].days == frozenset({1, 3})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["how much longer has the pasta got"], {"mention": [{"minutes": 8}]}),
    ("en", ["I can't call the dentist tomorrow, I'm at the clinic all morning — move that "
            "reminder to Friday at 11 am."],
     {"changed": {"R1": {"due": "2026-12-04T11:00"}}}),
    ("en", ["put the cot delivery in the calendar for Thursday",
            "their window's nine in the morning till two"],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "end": "2026-12-03T14:00",
               "about": ["cot"]}]}),
    ("en", ["add Auntie Jo visiting to the calendar on Saturday",
            "her coach gets in at quarter past two in the afternoon"],
     {"new": [{"kind": "event", "start": "2026-12-05T14:15", "about": ["Jo"]}]}),
    ("en", ["Put the baby weigh-in in for Thursday at 10 am.",
            "sorry, they've just rung, it's Friday at ten now"],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["weigh-in"]}]}),
    ("en", ["the dentist reminder", "make it 11 instead"],
     {"changed": {"R1": {"due": "2026-12-01T11:00"}}}),
    ("en", ["the weekday alarm", "— sorry, he's crying — make it just Monday and Friday"],
     {"changed": {"A1": {"repeat": ["MO", "FR"], "date": "2026-12-04"}}}),
    ("en", ["The hearing test — put it in for Thursday", "two pm",
            "and it goes on for an hour"],
     {"new": [{"kind": "event", "start": "2026-12-03T14:00", "end": "2026-12-03T15:00",
               "about": ["hearing"]}]}),
    ("en", ["set a timer for the bottle", "oh, never mind, he's gone back to sleep",
            "cancel the pasta timer while you're at it"], {"gone": ["T1"]}),
    ("en", ["add the sling library to the calendar, Thursday at 11 in the morning",
            "ugh, actually cancel that, it's fully booked"], {}),
    ("en", ["add cotton wool to the shopping list", "and nappy cream, the zinc one"],
     {"added_items": {"shopping": ["cotton wool", "nappy cream"]}}),
    ("en", ["put formula on the shopping list", "and vests, the short-sleeved ones"],
     {"added_items": {"shopping": ["formula", "vests"]}}),
    ("en", ["set a timer", "it's for the bottle", "four minutes"],
     {"new": [{"kind": "timer", "seconds": 240, "name": "bottle"}]}),
])
def test_baby_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)
