"""An English move of an event named only by its own title (hark.text.named_moved).
Written apart from the held-out sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.text.named_moved import asked, said
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@dataclass
class _Event:
    title: str


EVENTS = [_Event("book club"), _Event("quiz night at the Crown"), _Event("team meeting")]


@pytest.mark.parametrize(("text", "plain"), [
    ("move the book club to Saturday", "reschedule the book club to Saturday"),
    ("could you please shift book club over to Friday at 8",
     "reschedule the book club to Friday at 8"),
    ("put book club on Sunday instead", "reschedule the book club to Sunday"),
    ("push the quiz night back an hour", "reschedule the quiz night at the Crown 60 minutes later"),
    ("bring quiz night forward by half an hour",
     "reschedule the quiz night at the Crown 30 minutes earlier"),
    ("ok so move the team meeting to 11", "reschedule the team meeting to 11"),
])
def test_moves_said_plainly(text: str, plain: str) -> None:
    request = asked(text, "en")
    assert request is not None and said(request, EVENTS, NOW) == plain


@pytest.mark.parametrize("text", [
    "move it to Saturday",  # the one talked about: read elsewhere
    "move my alarm to 7",
    "push the reminder back an hour",
    "move the yoga class to Saturday",  # "yoga" names no event
    "move the book club and the quiz to Saturday",  # two things
    "put milk on the shopping list",
    "bring the washing in",
    "move the book club books to the shelf",  # no new time
    "push the book club",
    "put book club in my diary tomorrow at 4.15pm",  # a new one
])
def test_not_moves(text: str) -> None:
    request = asked(text, "en")
    assert request is None or said(request, EVENTS, NOW) is None


def test_not_english() -> None:
    assert asked("verschieb den Buchclub auf Samstag", "de") is None


@pytest.mark.parametrize(("turns", "expect"), [
    (["Add a book club on Thursday at 7pm.", "move the book club to Saturday"],
     {"new": [{"kind": "event", "start": "2026-12-05T19:00", "about": ["book club"]}]}),
    (["Add a quiz night on Friday at 8pm.", "push quiz night back an hour"],
     {"new": [{"kind": "event", "start": "2026-12-04T21:00", "about": ["quiz"]}]}),
    (["Add a pottery class on Wednesday at 6pm.", "bring the pottery class forward to 5"],
     {"new": [{"kind": "event", "start": "2026-12-02T17:00", "about": ["pottery"]}]}),
    # an event of the seeded calendar, as before
    (["move the dentist appointment to Thursday"],
     {"changed": {"E2": {"start": "2026-12-03T14:00"}}}),
    # no event of that name: nothing is moved or made
    (["move the book club to Saturday"], {}),
])
def test_whole_conversations(turns: list[str], expect: dict[str, Any]) -> None:
    judged("en", turns, expect, "calendar", item_words=False)
