"""Christmas is coming: a holiday that names a kind of thing ("the Christmas cards", "the
new year party") is no day, "Christmas Eve" and "Boxing Day" are, a weekday's day of the
month said after it in a long request, a party's hours said with their verbs after it was
put in for the day, and a reminder asked for with nothing said yet ("Can you set a
reminder?"), then what, then the day, then the time. Written apart from the held-out sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.time_spans import find_time_spans, holiday_of_thing
from hark.text.called_off import called_off
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("span", "after", "thing"), [
    ("Christmas", "cards", True),
    ("new year", "party", True),
    ("Easter", "eggs", True),
    ("Christmas", "morning", False),
    ("Christmas", "at", False),
    ("Friday", "cards", False),  # no holiday
    ("Weihnachten", "Karten", False),  # English only
])
def test_a_holiday_naming_a_kind_of_thing(span: str, after: str, thing: bool) -> None:
    assert holiday_of_thing(span, after, "en" if after != "Karten" else "de") is thing


@pytest.mark.parametrize(("text", "dates"), [
    ("remind me to write the Christmas cards on Sunday", ["2026-12-06"]),
    ("remind me on Christmas Eve to ring grandma", ["2026-12-24"]),
    ("an alarm for nine on Boxing Day", ["2026-12-26T09:00"]),
    ("remind me to book the new year party", []),
    # a holiday's meal after "the …'s", "our": a thing's name; after "at": a time
    ("put the choir's Christmas dinner in for Thursday the 17th", ["2026-12-17"]),
    ("remind me at Christmas dinner to do the toast", ["2026-12-25T18:00"]),
])
def test_holidays_in_time_spans(text: str, dates: list[str]) -> None:
    spans = find_time_spans(text, NOW, "en")
    said = [s.value.get("date") or s.value.get("datetime", "")[:16] for s in spans]
    assert said == dates


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the holiday in a thing's name is no day: when is asked
    ("en", ["remind me to order the Christmas hamper", "Wednesday at 8 pm"],
     {"new": [{"kind": "reminder", "due": "2026-12-02T20:00", "about": ["hamper"]}]}),
    ("en", ["set an alarm for 7 on Boxing Day"],
     {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-26"}]}),
    # a weekday's day of the month, then a remark
    ("en", ["Get me up at 6:45 on Tuesday the 15th, it's the school trip to the museum"],
     {"new": [{"kind": "alarm", "time": "06:45", "date": "2026-12-15"}]}),
    # hours said with their verbs after the day's event was put in
    ("en", ["Put the choir's Christmas dinner in my diary for Thursday the 17th.",
            "It starts at 6 pm and finishes at 10."],
     {"new": [{"kind": "event", "start": "2026-12-17T18:00", "end": "2026-12-17T22:00",
               "about": ["dinner"]}]}),
    # called off in the same breath: nothing made
    ("en", ["Remind me to get the sprouts in on Tuesday at 11, oh, never mind, Mum's bringing "
            "them."], {"new": []}),
    # a reminder asked for with nothing said yet; the day alone, then the time
    ("en", ["Could you set me a reminder?", "About the dry cleaning.", "On the 19th.",
            "half three in the afternoon"],
     {"new": [{"kind": "reminder", "due": "2026-12-19T15:30", "about": ["dry cleaning"]}]}),
])
def test_christmas_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("text", "out"), [
    ("Book me in a reminder to ring the garden centre on Friday, oh, forget it, they're "
     "closed till January.", "never mind"),
    ("Put tinsel on the shopping list. Actually don't bother, we've got loads.", "never mind"),
    ("set a timer for 20 minutes - scratch that", "never mind"),
    # a request after it: a correction, left whole
    ("set an alarm for 7, no, forget that, set it for 7:30",
     "set an alarm for 7, no, forget that, set it for 7:30"),
    # not called off
    ("remind me to leave it by the door", "remind me to leave it by the door"),
    ("add milk, actually forget the milk", "add milk, actually forget the milk"),
    ("never mind", "never mind"),
])
def test_called_off_in_the_same_breath(text: str, out: str) -> None:
    assert called_off(text) == out
