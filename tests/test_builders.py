"""The builders are in: "the skip lorry" is no skipped alarm, a correction after "no sorry
—", an aside between dashes with "sorry" after it, "turn the water back on" keeps its
"on", "another one for half eight, same morning", a clock then a length ("one in the
afternoon for about two hours" is not 1:02), "four and a half minutes" is a length, the
whole length swapped ("make it six"), "he said half four, change it", "put two things on
the to-do list: …", a question after a remark, "fais-moi penser d'appeler …". Written apart
from the held-out sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.reason_after import request_after_reason
from hark.nlu.event_span import said_span
from hark.nlu.time_spans import find_time_spans
from hark.text.noises import without_noises
from hark.text.reason_first import without_reason
from hark.text.regional_words import in_standard_words
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("text", "said"), [
    ("set a reminder — yes mate, the van can go on the drive, ta — sorry, set a reminder "
     "for 6 to ring the tiler", "set a reminder for 6 to ring the tiler"),
    # a correction between dashes stays
    ("Add filler — no, grout — sorry", "Add filler — no, grout — sorry"),
    ("No sorry — quarter past", "No sorry, quarter past"),
])
def test_asides_and_corrections_after_dashes(text: str, said: str) -> None:
    assert without_noises(text) == said


@pytest.mark.parametrize(("text", "kind", "raw"), [
    ("set a timer for three and a half minutes", "duration", "three and a half minutes"),
    ("book the plasterer on Friday at nine in the morning for three hours", "datetime",
     "Friday at nine in the morning"),
])
def test_a_length_is_no_clock(text: str, kind: str, raw: str) -> None:
    spans = find_time_spans(text, NOW, "en")
    assert (spans[0].value["kind"], spans[0].raw) == (kind, raw)


def test_an_about_length() -> None:
    span = said_span("the plasterer on friday at 9am for roughly three hours")
    assert span is not None and span.length is not None and span.length.seconds == 3 * 3600


@pytest.mark.parametrize(("text", "said"), [
    ("he said quarter to five, move it", "move it to quarter to five"),
    ("hold on, she says 3:15, change it", "change it to 3:15"),
])
def test_what_someone_said_it_is(text: str, said: str) -> None:
    assert request_after_reason(text, "en") == said


@pytest.mark.parametrize(("text", "said"), [
    ("The tiler can only do Saturday morning. What's on my calendar tomorrow?",
     "What's on my calendar tomorrow?"),
    ("the dust is getting everywhere, anyway, what's on the to-do list",
     "what's on the to-do list"),
    # a question that points back at the remark stays whole
    ("The tiler moved to Saturday. When is it now?",
     "The tiler moved to Saturday. When is it now?"),
])
def test_a_question_after_a_remark(text: str, said: str) -> None:
    assert without_reason(text) == said


def test_fais_moi_penser_d_un_verbe() -> None:
    assert in_standard_words("fais-moi penser d'ouvrir l'eau") == "rappelle-moi d'ouvrir l'eau"


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["wake me at quarter past six on Thursday, the skip man's coming early"],
     {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-03"}]}),
    ("en", ["set an alarm for 6 tomorrow", "no, sorry — ten past six"],
     {"new": [{"kind": "alarm", "time": "06:10", "date": "2026-12-01"}]}),
    ("en", ["remind me on Friday at 7 to switch the boiler back on"],
     {"new": [{"kind": "reminder", "due": "2026-12-04T07:00", "about": ["back on"]}]}),
    ("en", ["remind me at 9 on Thursday to ring the tiler",
            "and another one for quarter past nine, same morning, to order the grout"],
     {"new": [{"kind": "reminder", "due": "2026-12-03T09:00", "about": ["tiler"]},
              {"kind": "reminder", "due": "2026-12-03T09:15", "about": ["grout"]}]}),
    ("en", ["the plasterer's coming Thursday at nine in the morning for about three hours, "
            "put that in"],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "end": "2026-12-03T12:00",
               "about": ["plasterer"]}]}),
    ("en", ["The skip collection is on Thursday, can you put it in?",
            "8 am, for about an hour"],
     {"new": [{"kind": "event", "start": "2026-12-03T08:00", "end": "2026-12-03T09:00",
               "about": ["skip"]}]}),
    ("en", ["The tiler's coming on Saturday, add that please",
            "Nine a.m. She says it'll take about four hours."],
     {"new": [{"kind": "event", "start": "2026-12-05T09:00", "end": "2026-12-05T13:00",
               "about": ["tiler"]}]}),
    ("en", ["set a timer for two and a half minutes for the porridge", "no, make it four"],
     {"new": [{"kind": "timer", "seconds": 240, "name": "porridge"}]}),
    ("en", ["put the plumber in for Friday at 10 am", "wait, he said half ten, change it"],
     {"new": [{"kind": "event", "start": "2026-12-04T10:30", "about": ["plumber"]}]}),
    ("en", ["add three things to the shopping list: grout, sandpaper and white spirit"],
     {"added_items": {"shopping": ["grout", "sandpaper", "white spirit"]}}),
    ("fr", ["fais-moi penser d'arroser les plantes jeudi à 18 heures"],
     {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["arroser"]}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


def test_the_skip_lorry_skips_no_alarm() -> None:
    """"the skip lorry's coming": the weekday alarm still rings on Wednesday."""
    judged("en", ["I need an alarm on Wednesday, the skip lorry's due first thing",
                   "what alarms have I got on Wednesday?"], {"mention": ["06:30"]})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # said at 5 pm with no day: the afternoon, not the small hours
    ("en", ["remind me at 12:30 to ring the tile shop"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T12:30", "about": ["tile"]}]}),
    ("en", ["remind me at 3 to chase the quote"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T15:00", "about": ["quote"]}]}),
    # (unless the night is said)
    ("en", ["remind me at 2 tonight to check the dehumidifier"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T02:00", "about": ["dehumidifier"]}]}),
    ("en", ["set an alarm for 3 tonight"],
     {"new": [{"kind": "alarm", "time": "03:00", "date": "2026-12-01"}]}),
    ("en", ["set an alarm for 9 tonight"],
     {"new": [{"kind": "alarm", "time": "21:00", "date": "2026-11-30"}]}),
    ("fr", ["Mets un réveil ce soir à minuit"],
     {"new": [{"kind": "alarm", "time": "00:00", "date": "2026-12-01"}]}),
])
def test_the_small_hours(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


def test_a_light_put_at_a_level_is_no_move() -> None:
    """"ponla" after a comma moves the thing named before it only to a day or a clock."""
    from hark.nlu import move_requests

    assert move_requests.find("Hay demasiada luz, ponla al veinte por ciento", "es") is None
    assert move_requests.find("Lo de la tarjeta para Sam, pásalo al domingo a las once",
                              "es") is not None
