"""A new job with shifts: news then a comma and "can you set …", a remark as a sentence then
"make it six", a morning's alarms in the small hours, "another one ten minutes later", "a
third one", "mm." opening a turn, a timer named by what it is for, "bin the pasta timer",
a 24-hour range ("0600 to 1400"), a range after an event was moved, the thing then "put
them in the calendar", "from six in the evening", "the same again on Sunday", "not the
blue one, …", "start a list called …". Written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from hark.nlu.event_span import said_span
from hark.text.put_in import put_in
from hark.text.reason_first import without_reason
from tests.conversations import judged


@pytest.mark.parametrize(("text", "said"), [
    ("ok so the new rota's up and I'm on lates, can you set me a reminder at noon to iron "
     "my tunic", "can you set me a reminder at noon to iron my tunic"),
    # a remark that names a thing kept stays whole
    ("the dentist reminder is wrong, can you set it for 11",
     "the dentist reminder is wrong, can you set it for 11"),
])
def test_news_then_a_comma(text: str, said: str) -> None:
    assert without_reason(text) == said


@pytest.mark.parametrize(("text", "start", "end"), [
    ("from 07:00 to 15:00", "07:00:00", "15:00:00"),
    ("from 6:30 to 14:30", "06:30:00", "14:30:00"),
    ("from 2 till 4", "14:00:00", "16:00:00"),
])
def test_a_24_hour_range(text: str, start: str, end: str) -> None:
    said = said_span(text)
    assert said is not None and said.range is not None
    assert [t.isoformat() for t in said.range.times()] == [start, end]


@pytest.mark.parametrize(("text", "said"), [
    ("put the uniform fitting in for Friday", "put the uniform fitting in the calendar for Friday"),
    ("put a reminder in for Friday", "put a reminder in for Friday"),
    ("put the chicken in for twenty minutes", "put the chicken in for twenty minutes"),
])
def test_put_in_for_a_day(text: str, said: str) -> None:
    assert put_in(text) == said


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["right, the new rota's out and I'm on earlies Mondays and Fridays, can you set "
            "me an alarm for ten to five in the morning on those days"],
     {"new": [{"kind": "alarm", "time": "04:50", "repeat": ["MO", "FR"]}]}),
    ("en", ["Tomorrow's 7:15 alarm is far too late, the first bus goes at six. Make it "
            "twenty past five."], {"changed": {"A2": {"time": "05:20"}}}),
    ("en", ["set an alarm for 3:50 a.m. on Thursday", "what alarms have I got on Thursday "
            "morning?"],
     {"new": [{"kind": "alarm", "time": "03:50", "date": "2026-12-03"}],
      "mention": ["03:50", "06:30"]}),
    ("en", ["set an alarm for 5 a.m. on Friday", "and another one five minutes later",
            "and a third one at twenty past five"],
     {"new": [{"kind": "alarm", "time": "05:00", "date": "2026-12-04"},
              {"kind": "alarm", "time": "05:05", "date": "2026-12-04"},
              {"kind": "alarm", "time": "05:20", "date": "2026-12-04"}]}),
    ("en", ["hmm. tea timer please", "four minutes"],
     {"new": [{"kind": "timer", "seconds": 240, "name": "tea"}]}),
    ("en", ["and ditch the laundry timer too"], {"gone": ["T2"]}),
    ("en", ["Late shift Thursday the 10th, 1400 to 2200, pop it in the calendar."],
     {"new": [{"kind": "event", "start": "2026-12-10T14:00", "end": "2026-12-10T22:00",
               "about": ["late"]}]}),
    ("en", ["move the team meeting to Wednesday", "make it 10:30 till 11:30"],
     {"changed": {"E1": {"start": "2026-12-02T10:30", "end": "2026-12-02T11:30"}}}),
    ("en", ["Fire safety training at the depot, put it in the calendar for Friday.",
            "from two in the afternoon"],
     {"new": [{"kind": "event", "start": "2026-12-04T14:00", "about": ["fire"]}]}),
    ("en", ["Put a night shift in for Saturday the 5th, 10 pm to 6 am.",
            "and the same again on Sunday"],
     {"new": [{"kind": "event", "start": "2026-12-05T22:00", "end": "2026-12-06T06:00",
               "about": ["night"]},
              {"kind": "event", "start": "2026-12-06T22:00", "end": "2026-12-07T06:00",
               "about": ["night"]}]}),
    ("en", ["put black socks on the shopping list", "not the black ones, navy socks"],
     {"added_items": {"shopping": ["navy socks"]}}),
    ("en", ["could you make a list called night bag", "put earplugs on it"],
     {"added_items": {"night bag": ["earplugs"]}}),
])
def test_shift_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("text", "out"), [
    ("late shift Friday, fourteen hundred till twenty-two hundred",
     "late shift Friday, 14:00 till 22:00"),
    ("be there at oh seven hundred", "be there at 07:00"),
    ("set an alarm for zero five hundred hours", "set an alarm for 05:00"),
    ("nineteen hundred hours", "19:00"),
    # a number, not a time
    ("I did fifteen hundred steps", "I did fifteen hundred steps"),
    ("a timer for twelve hundred seconds", "a timer for twelve hundred seconds"),
    ("that's twenty hundred pounds", "that's twenty hundred pounds"),
])
def test_a_military_time_said(text: str, out: str) -> None:
    from hark.text.shorthand import written_out

    assert written_out(text) == out


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the news' frame ("the email says I'm on …") and a night shift's end the next morning
    ("en", ["The email says I'm on a night shift Friday the 11th, twenty-one hundred till "
            "seven the next morning, can you put that in the diary?"],
     {"new": [{"kind": "event", "start": "2026-12-11T21:00", "end": "2026-12-12T07:00",
               "about": ["night shift"]}]}),
    ("en", ["put my night shift on Wednesday the 9th in the calendar, 10 pm till 6 the "
            "following morning"],
     {"new": [{"kind": "event", "start": "2026-12-09T22:00", "end": "2026-12-10T06:00",
               "about": ["night"]}]}),
    # a question of when about one thing, then "and the one for …": not that thing's day
    ("en", ["when's the dentist reminder tomorrow", "and the one for the birthday card?"],
     {"mention": ["09:30"]}),
    # the thing first, then "when's that?"
    ("en", ["What time's dinner with Anna?", "and the reminder about the bins, when's that?"],
     {"mention": ["19:00"]}),
    # "another one for it: …" after an item went on a new list, then "read me that list"
    ("en", ["make a list called locker", "put a padlock on it",
            "another one for it: spare socks", "read me that list"],
     {"added_items": {"locker": ["padlock", "spare socks"]},
      "mention": ["padlock", "socks"]}),
    ("en", ["put a torch on the to-do list", "one more thing for that list - new batteries"],
     {"added_items": {"to-do": ["torch", "new batteries"]}}),
])
def test_shift_conversations_read_since(lang: str, turns: list[str], expect: dict[str, Any]
                                        ) -> None:
    judged(lang, turns, expect)
