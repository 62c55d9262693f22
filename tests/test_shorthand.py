"""Typed shorthand written out before understanding (hark.text.shorthand): short day
names where a day is meant, "mtg", "appt", "tmrw", "1hr", "w" for "with" — and not "I
sat down" or "sun cream"."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.text.shorthand import written_out


@pytest.mark.parametrize("text, fixed", [
    ("whats on fri", "what's on friday"),
    ("team mtg push 1hr", "team meeting push 1 hour"),
    ("dentist appt wed move to thu", "dentist appointment wednesday move to thursday"),
    ("lunch w sam tue 1pm", "lunch with sam tuesday 1pm"),
    ("alarm 7am sat sun weekly", "alarm 7am saturday sunday weekly"),
    ("remind me tmrw at 9", "remind me tomorrow at 9"),
    ("set a timer for 10min", "set a timer for 10 minutes"),
    ("a 2hr slot on sun", "a 2 hours slot on sunday"),
    ("mon to fri", "monday to friday"),
    ("alarms fri thru sun", "alarms friday thru sunday"),
    ("reminders wed thru fri pls", "reminders wednesday thru friday please"),
    ("reminders wed n fri", "reminders wednesday and friday"),
    ("ad oat milk to the shopping list", "add oat milk to the shopping list"),
    ("can you ad eggs to my list", "can you add eggs to my list"),
])
def test_shorthand_written_out(text: str, fixed: str) -> None:
    assert written_out(text) == fixed


@pytest.mark.parametrize("text, fixed", [
    ("um what have I got like on tuesday", "what have I got on tuesday"),
    ("can you like remind me on sunday at um 4 to call gran",
     "can you remind me on sunday at 4 to call gran"),
    ("put like a bag of rice and um spinach on the list",
     "put a bag of rice and spinach on the list"),
    ("so like I need an alarm at 6", "so I need an alarm at 6"),
])
def test_fillers_dropped(text: str, fixed: str) -> None:
    assert written_out(text) == fixed


@pytest.mark.parametrize("text", ["I sat down", "add sun cream to the list",
                                  "what is a sat nav", "the sun is out",
                                  "I'd like a timer for 5 minutes", "what's the weather like",
                                  "it looks like rain", "would you like to set a timer",
                                  "I sat and waited", "is the ad on my list"])
def test_words_left_alone(text: str) -> None:
    assert written_out(text) == text


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("whats on fri", {"mention": ["19:30"]}),
    ("dentist appt wed move to thu same time", {"changed": {"E2": {"start": "2026-12-03T14:00"}}}),
])
async def test_typed_shorthand_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "single", "expect": expect})
    assert ok, (said, diff)
