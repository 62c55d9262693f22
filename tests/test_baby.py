"""The new baby: a sentence's full stop after a bare hour is no day of the month ("Set an
alarm for 6."), German's day number with its dot before the hour ("am 7. um sechs"), how
loud said before the request after a reason ("… so make it loud, set a timer …"). Written
apart from the held-out sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.normalize import normalize
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
