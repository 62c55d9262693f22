"""A request timed from the one before it: hark.dialogue.relative."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.relative import about_of, anchored

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=TZ)
DENTIST = {"at": datetime(2026, 12, 2, 14, 0, tzinfo=TZ), "title": "dentist appointment"}


@pytest.mark.parametrize("piece, out", [
    ("remind me an hour before",
     "remind me at 1:00 pm on the 2nd of December about dentist appointment"),
    ("set an alarm an hour and a half before it", "set an alarm at 12:30 pm on the 2nd of December"),
    ("remind me 20 minutes before to leave", "remind me at 1:40 pm on the 2nd of December to leave"),
    ("set another alarm ten minutes after it", "set another alarm at 2:10 pm on the 2nd of December"),
    ("remind me the day before at 6pm",
     "remind me on the 1st of December at 6pm about dentist appointment"),
    ("remind me the evening before", "remind me at 6:00 pm on the 1st of December about "
                                     "dentist appointment"),
    ("remind me to call mum at 6", "remind me to call mum at 6"),  # nothing relative
])
def test_a_relative_time_is_said_as_a_clock_time_and_date(piece: str, out: str) -> None:
    assert anchored(piece, DENTIST, NOW) == out


def test_without_a_thing_before_the_piece_is_unchanged() -> None:
    assert anchored("remind me an hour before", None, NOW) == "remind me an hour before"


def test_what_an_outcome_was_about() -> None:
    data = {"events": [{"start": "2026-12-02T14:00:00+00:00", "title": "dentist appointment"}]}
    about = about_of(data, TZ)
    assert about is not None and about["title"] == "dentist appointment"
    assert about["at"] == DENTIST["at"]
    assert about_of({"ids": [1, 2]}, TZ) is None
    assert about_of({"alarms": []}, TZ) is None


async def test_a_reminder_about_an_event_does_not_hide_the_event(tmp_path) -> None:
    """The reminder made "an hour before" the meeting is about the meeting; asking when the
    meeting is still answers with the meeting (its whole title is said), and "it" moves it."""
    from hark.assistant import Assistant
    from hark.config import Settings

    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    assistant = Assistant(settings)
    first = await assistant.handle_text(
        "book a meeting with the landlord tomorrow at 4pm and remind me an hour before", now=NOW)
    assert "3 PM tomorrow" in first.response_text, first.response_text
    asked = await assistant.handle_text(
        "when is the meeting with the landlord? push it back half an hour", now=NOW)
    assert "is at 4 PM tomorrow" in asked.response_text, asked.response_text
    assert "now at 4:30 PM tomorrow" in asked.response_text, asked.response_text


@pytest.mark.parametrize("piece, about_at, expected", [
    # the last such time before the event: that day, or the evening before
    ("remind me about it at 3pm", datetime(2026, 12, 7, 16, 0, tzinfo=TZ),
     "remind me about dentist appointment at 3:00 pm on the 7th of December"),
    ("remind me about it at 8", datetime(2026, 12, 1, 10, 0, tzinfo=TZ),
     "remind me about dentist appointment at 8:00 am on the 1st of December"),
    ("remind me about it at 9pm", datetime(2026, 12, 1, 10, 0, tzinfo=TZ),
     "remind me about dentist appointment at 9:00 pm on the 30th of November"),
])
def test_a_reminder_about_it_at_a_clock_time_is_before_the_event(
        piece: str, about_at: datetime, expected: str) -> None:
    about = {"at": about_at, "title": "dentist appointment", "kind": "event"}
    assert anchored(piece, about, NOW) == expected


def test_a_reminder_about_it_already_past_is_left() -> None:
    about = {"at": datetime(2026, 11, 30, 18, 0, tzinfo=TZ), "title": "drinks",
             "kind": "event"}
    assert anchored("remind me about it at 3pm", about, NOW) == "remind me about it at 3pm"
