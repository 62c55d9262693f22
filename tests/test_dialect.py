"""Scots and colloquial spellings in standard English (hark.text.dialect), a thing said
before what to do with it (hark.text.fronted), and requests said that way, end to end."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.text.dialect import standard


@pytest.mark.parametrize("text, out", [
    ("set an alarm fur quarter tae seven the morra", "set an alarm for quarter to seven tomorrow"),
    ("whit's on ma shopping list", "what's on my shopping list"),
    ("score it aff the to-do list", "cross it off the to-do list"),
    ("get rid o the bins reminder", "get rid of the bins reminder"),
    ("set a wee five minute timer", "set a five minute timer"),
    # Yorkshire
    ("push t' bins reminder back an hour", "push the bins reminder back an hour"),
    ("tick that off me to-do list", "tick that off my to-do list"),
    ("what time's me dentist appointment", "what time's my dentist appointment"),
    ("do t' same wi' t' pasta", "do the same with the pasta"),
    ("a bag of flour an' all", "a bag of flour as well"),
    # left alone
    ("remind me about dinner", "remind me about dinner"),
    ("ring ma about dinner", "ring ma about dinner"),
    ("set an alarm for 7 o'clock", "set an alarm for 7 o'clock"),
    ("ring ma tomorrow", "ring ma tomorrow"),
    ("turn on the wi-fi plug", "turn on the wi-fi plug"),
    ("remind me the night before at 8", "remind me the night before at 8"),
    ("pon un temporizador de cinco o seis minutos", "pon un temporizador de cinco o seis minutos"),
])
def test_scots_words_in_standard_english(text: str, out: str) -> None:
    assert standard(text) == out


@pytest.mark.parametrize("text, expect", [
    ("pit sausages on the shopping list an' take the milk aff it",
     {"new_items": {"shopping": ["sausages"]}, "gone_items": {"shopping": ["milk"]}}),
    ("set an alarm fur half six the morra mornin", {"new_alarms": [{"time": "06:30",
                                                                     "date": "2026-12-01"}]}),
])
async def test_said_in_scots(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)


@pytest.mark.parametrize("text, out", [
    ("the laundry timer please stop it", "please stop the laundry timer"),
    ("the alarm of tomorrow 7:15, change it to 7:45", "change the alarm of tomorrow 7:15 to 7:45"),
    ("the dentist reminder, put it on wednesday", "move the dentist reminder to wednesday"),
    ("the cat ate it", "the cat ate it"),
    ("set a timer and call it pasta", "set a timer and call it pasta"),
])
def test_the_thing_said_first(text: str, out: str) -> None:
    from hark.text.fronted import unfronted

    assert unfronted(text) == out


async def test_the_thing_said_first_is_changed_not_made_again() -> None:
    ok, said, diff = await judge({"text": "the bins reminder, put it on friday, same time",
                                  "kind": "single",
                                  "expect": {"changed": {"R2": {"due": "2026-12-04T19:00"}}}})
    assert ok, (said, diff)
