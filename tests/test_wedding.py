"""A family wedding (English): what was fixed after the held-out set of that theme,
tested with other sentences and other things."""

from __future__ import annotations

import pytest

from tests.conversations import judged


@pytest.mark.parametrize(("said", "answer", "due"), [
    ("Remind me to water the plants tomorrow at, um...", "Nine in the morning.",
     "2026-12-01T09:00"),
    ("Remind me to post the parcel on Thursday at... er", "Half two in the afternoon.",
     "2026-12-03T14:30"),
])
def test_a_time_begun_and_not_said_is_asked(said: str, answer: str, due: str) -> None:
    """The reminder is not set for the day's default hour with "at ..." in its words: the
    time is asked, and the day said is kept."""
    answers = judged("en", [said, answer], {"new": [
        {"kind": "reminder", "due": due, "about": ["parcel" if "parcel" in said else "plants"]}]})
    assert answers[0].startswith("When should I remind you to")
    assert "..." not in answers[0] and " at?" not in answers[0]
