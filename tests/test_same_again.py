"""A request said again for another thing ("… and the same for the bins one", "… and do
the same for the laundry", "… and on the to-do list as well", "… and that one about the
birthday card too"): hark.dialogue.same_again, and end to end through a real Assistant
over the seeded SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.dialogue.same_again import again_for, instead_on


@pytest.mark.parametrize("tail, head, whole", [
    ("the same for the gym one", "move the dentist reminder to monday",
     "move the gym reminder to monday"),
    ("do the same for the rice", "add 2 minutes to the pasta", "add 2 minutes to the rice"),
    ("and do the same to the eggs timer", "take a minute off the pasta timer",
     "take a minute off the eggs timer"),
    ("the same for the 6:30 one", "turn off the 7:15 alarm", "turn off the 6:30 alarm"),
    ("the same for kitchen roll", "add bin bags to the shopping list",
     "add kitchen roll to the shopping list"),
    ("the same for the to-do list", "add stamps to the shopping list",
     "add stamps to the to-do list"),
    ("and on the to-do list too", "put batteries on the shopping list",
     "put batteries on the to-do list"),
    ("that one about the card too", "push the dentist reminder back an hour",
     "push the reminder about the card back an hour"),
])
def test_the_request_again_for_another_thing(tail: str, head: str, whole: str) -> None:
    assert again_for(tail, head) == whole


@pytest.mark.parametrize("tail, head, whole", [
    ("and the same tomorrow", "remind me to water the plants at 8pm tonight",
     "remind me to water the plants at 8pm tomorrow night"),
    ("and the same on friday", "remind me to call gran at 6 tomorrow",
     "remind me to call gran at 6 on friday"),
    ("and the same again on the following sunday", "set an alarm for 8 on sunday morning",
     "set an alarm for 8 on sunday morning next week"),
    ("and wednesday as well", "remind me to revise at 7pm tomorrow",
     "remind me to revise at 7pm on wednesday"),
    ("and same thing for friday also", "remind me at 4pm on thursday to call ravi",
     "remind me at 4pm on friday to call ravi"),
])
def test_the_request_again_on_another_day(tail: str, head: str, whole: str) -> None:
    assert again_for(tail, head) == whole


@pytest.mark.parametrize("request_, tail, whole", [
    ("put the car in for a service at 9am on tuesday", "make it wednesday at 10",
     "put the car in for a service at 10 on wednesday"),
    ("book the cinema at 8pm on friday", "make it saturday instead",
     "book the cinema at 8pm on saturday"),
])
def test_otherwise_make_it(request_: str, tail: str, whole: str) -> None:
    assert instead_on(request_, tail) == whole


@pytest.mark.parametrize("tail, head", [
    ("the same for me", "set an alarm for 7"),      # nothing to swap
    ("and add milk", "add eggs to the shopping list"),  # a request of its own
    ("the laundry one too", "cancel the pasta timer"),   # said by ellipsis, not here
])
def test_not_said_again(tail: str, head: str) -> None:
    assert again_for(tail, head) is None


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("move the bins reminder to Friday and the same for the dentist one",
     {"changed": {"R2": {"due": "2026-12-04T19:00"}, "R1": {"due": "2026-12-04T10:00"}}}),
    ("give the laundry 5 more minutes and do the same for the pasta",
     {"changed": {"T2": {"remaining_s": 1200}, "T1": {"remaining_s": 780}}}),
    ("switch off the swimming alarm and do the same for the 7:15 one",
     {"gone": ["A3", "A2"]}),
    ("put foil on the shopping list, and the same for baking paper",
     {"new_items": {"shopping": ["foil", "baking paper"]}}),
    ("add stamps to the shopping list and to the to-do list as well",
     {"new_items": {"shopping": ["stamps"], "to-do": ["stamps"]}}),
    ("remind me to feed the cat at 7am tomorrow and the same on thursday",
     {"new_reminders": [{"due": "2026-12-01T07:00", "about": ["cat"]},
                        {"due": "2026-12-03T07:00", "about": ["cat"]}]}),
])
async def test_said_again_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


@pytest.mark.asyncio
async def test_a_reminder_named_that_nobody_has_is_not_moved() -> None:
    """"move the plumber reminder" with no reminder about a plumber moves none (it had
    moved whichever reminder there was)."""
    ok, said, diff = await judge({"text": "move the plumber reminder to friday",
                                  "kind": "single", "expect": {"mention": ["can't find"]}})
    assert ok, (said, diff)
