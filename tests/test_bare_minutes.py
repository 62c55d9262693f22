"""Minutes said without "minutes" when time is added to or taken off a timer:
hark.text.bare_minutes ("take 3 off the pasta" had cancelled the pasta timer), and end
to end over the seeded SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.text.bare_minutes import with_minutes


@pytest.mark.parametrize("text, fixed", [
    ("take 3 off the pasta timer", "take 3 minutes off the pasta timer"),
    ("knock two off it", "knock two minutes off it"),
    ("add 5 more to the laundry", "add 5 more minutes to the laundry"),
    ("put another 4 on the rice", "put another 4 minutes on the rice"),
    ("give the rice another 2", "give the rice another 2 minutes"),
    ("give it 5 more, thanks", "give it 5 more minutes, thanks"),
    ("take 3 off the eggs timer", "take 3 minutes off the eggs timer"),  # a timer's name
])
def test_minutes_put_in(text: str, fixed: str) -> None:
    assert with_minutes(text) == fixed


@pytest.mark.parametrize("text", [
    "take 3 minutes off the pasta",      # said already
    "add 2 to the shopping list",        # a list, not a timer
    "add 2 eggs to the list",
    "put 3 apples on the list",
    "set a timer for 5",
    "add 3 to 5",
    "move the 7:15 alarm to 8",
])
def test_left_alone(text: str) -> None:
    assert with_minutes(text) == text


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    ("take 3 off the pasta timer", {"changed": {"T1": {"remaining_s": 300}}}),
    ("how long is left on the pasta? if it's more than 5 minutes would you take 2 off it",
     {"mention": [{"minutes": 8}], "changed": {"T1": {"remaining_s": 360}}}),
    ("add 5 more to the laundry", {"changed": {"T2": {"remaining_s": 1200}}}),
])
async def test_time_added_or_taken_off(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


@pytest.mark.asyncio
async def test_time_taken_off_a_timer_named_eggs(tmp_path) -> None:
    """"take 3 off the eggs timer" had cancelled the eggs timer (found by `make run`)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.assistant import Assistant
    from hark.config import Settings

    assistant = Assistant(Settings(data_dir=tmp_path, timezone="Europe/London",
                                   home_location=""))
    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    try:
        await assistant.handle_text("set a timer for 10 minutes for the eggs", now=now)
        said = await assistant.handle_text("take 3 off the eggs timer", now=now)
        assert "7 minutes left" in said.response_text, said.response_text
    finally:
        await assistant.aclose()
