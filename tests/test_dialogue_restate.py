"""Confirmations say an English request back in the second person."""

from __future__ import annotations

import pytest

from hark.dialogue.policy import confirm_prompt
from hark.dialogue.restate import restate
from hark.skills.base import IntentSpec
from hark.types import Slot, Understanding


@pytest.mark.parametrize(("text", "said", "back"), [
    ("delete my 7 am alarm", ["7 am"], "delete your 7 am alarm"),
    ("Can you please remove milk from my shopping list?", ["milk", "shopping"],
     "remove milk from your shopping list"),
    ("hey hark, please turn off all the alarms", [], "turn off all the alarms"),
    ("I'd like you to cancel our meeting with Sarah tomorrow", ["Sarah"],
     "cancel your meeting with Sarah tomorrow"),
    ("delete the alarm that I set for tomorrow", [], "delete the alarm that you set for tomorrow"),
    # the message is said back as it was said
    ("send an email to John saying I'll be late", ["John"],
     'send an email to John saying "I\'ll be late"'),
    ("text mom that I love you", ["mom"], 'text mom that "I love you"'),
])
def test_restated(text: str, said: list[str], back: str) -> None:
    assert restate(text, said) == back


@pytest.mark.parametrize(("text", "said"), [
    ("I don't need the 7am alarm any more", []),  # no verb of the action first
    ("send an email", ["Anna"]),  # the person came on a later turn
    ("delete " + "the alarm and " * 20, []),  # too long to say back
    ("", []),
])
def test_not_restated(text: str, said: list[str]) -> None:
    assert restate(text, said) is None


def test_confirm_prompt_says_the_request_back_or_describes_it() -> None:
    spec = IntentSpec("alarm_remove", "Remove an alarm (by time, day or label).", {},
                      sensitive=True)
    u = Understanding(text="delete my 7 am alarm", intent="alarm_remove", confidence=0.9,
                      slots=[Slot("time", "7 am", {"time": "07:00"})], language="en")
    assert confirm_prompt(spec, u) == ("Just to confirm: delete your 7 am alarm. "
                                       "Shall I go ahead?")
    u.text = "I don't need my 7 am alarm"
    assert confirm_prompt(spec, u) == ("Just to confirm: remove an alarm (time 7 am). "
                                       "Shall I go ahead?")
