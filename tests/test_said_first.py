"""Wording put right before understanding: a list named before its items ("shopping
list: apples, pears", "put one more thing on the list: bin bags"; hark.text.list_first)
and an alarm asked for "instead of" one the user has ("wake me up at 7 instead of 7:15";
hark.text.instead). Unit tables, then end to end through a real Assistant over the
seeded SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.text.instead import instead
from hark.text.list_first import items_first


@pytest.mark.parametrize("text, fixed", [
    ("add to the shopping list: oats, honey and yoghurt",
     "add oats, honey and yoghurt to the shopping list"),
    ("add to the shopping list: oats and honey, and set a timer for 5 minutes",
     "add oats and honey to the shopping list, and set a timer for 5 minutes"),
    ("put one more thing on the shopping list: batteries. and what time is it",
     "put batteries on the shopping list. and what time is it"),
    ("to-do list: call the vet", "add call the vet to the to-do list"),
    ("one more for the shopping list, lemons, and remind me at 6 to cook",
     "add lemons to the shopping list, and remind me at 6 to cook"),
    ("add these to my to-do list: wash the car, call gran and pay the bill",
     "add wash the car, call gran and pay the bill to my to-do list"),
    # "and" followed by what may be a to-do item: still one list of items
    ("add to the to-do list call the bank and book a table",
     "add call the bank and book a table to the to-do list"),
    # a to-do list's items are tasks: "book flights" is one
    ("to-do: expenses report, chase the invoice, book flights for Lisbon",
     "add expenses report, chase the invoice, book flights for Lisbon to the to-do list"),
    ("in my to-do list add these: renew the insurance, call the plumber",
     "add renew the insurance, call the plumber to my to-do list"),
    ("shopping list stuff: crumpets, jam, oh and tick off the milk",
     "add crumpets, jam to the shopping list, oh and tick off the milk"),
])
def test_a_list_named_first(text: str, fixed: str) -> None:
    assert items_first(text) == fixed


@pytest.mark.parametrize("text", ["add milk to my shopping list", "add to my shopping list",
                                  "put it on the list", "what's on my shopping list",
                                  "shopping list please"])
def test_no_list_named_first(text: str) -> None:
    assert items_first(text) == text


@pytest.mark.parametrize("text, fixed", [
    ("wake me up at 7 tomorrow instead of 7:15", "change my 7:15 alarm to 7 tomorrow"),
    ("set my alarm for 6:45 instead of 6:30", "change my 6:30 alarm to 6:45"),
    ("wake me at 8 instead of the 7:15 one, and add eggs to the list",
     "change my 7:15 alarm to 8, and add eggs to the list"),
])
def test_an_alarm_instead_of_another(text: str, fixed: str) -> None:
    assert instead(text) == fixed


@pytest.mark.parametrize("text, fixed", [
    ("make the call-the-dentist reminder half ten instead",
     "move the call-the-dentist reminder to half ten"),
    ("can you make my dentist appointment 3pm", "can you move my dentist appointment to 3pm"),
    ("make the bins reminder 8pm instead and add milk to the list",
     "move the bins reminder to 8pm and add milk to the list"),
])
def test_a_reminder_or_appointment_made_another_time(text: str, fixed: str) -> None:
    assert instead(text) == fixed


@pytest.mark.parametrize("text", [
    "remind me to buy tea instead of coffee",
    "make dinner with Anna 8pm",  # no "the" or "my": maybe a new one
    "make the dinner reservation for four people",
])
def test_instead_of_something_else_is_left(text: str) -> None:
    assert instead(text) == text


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("add to the shopping list: oats, honey and yoghurt, and take bread off it",
     {"new_items": {"shopping": ["oats", "honey", "yoghurt"]},
      "gone_items": {"shopping": ["bread"]}}),
    ("one more thing for the shopping list, lemons. and how long's left on the pasta",
     {"new_items": {"shopping": ["lemons"]}, "mention": [{"minutes": 8}]}),
    ("add these to my to-do list: wash the car, call gran and pay the gas bill",
     {"new_items": {"to-do": ["wash the car", "call gran", "pay the gas bill"]}}),
    ("cross off renew passport and fix the bike light from my to-do list",
     {"gone_items": {"to-do": ["renew passport", "fix the bike light"]}}),
    ("wake me up at 7 tomorrow instead of 7:15", {"changed": {"A2": {"time": "07:00"}}}),
    # no 8:30 alarm: told so, and nothing is set or lost
    ("wake me up at 8 instead of 8:30", {"mention": ["7:15"]}),
    # a move, not a new reminder "instead" at 10:30 PM (and the hyphenated name is found)
    ("make the call-the-dentist reminder half ten instead",
     {"changed": {"R1": {"due": "2026-12-01T10:30"}}}),
    ("can you make the team meeting 10 instead", {"changed": {"E1": {"start": "2026-12-01T10:00"}}}),
])
async def test_said_first_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)
