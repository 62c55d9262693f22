"""Scots and colloquial spellings in standard English (hark.text.dialect), and requests
said that way done end to end."""

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
    # left alone
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
