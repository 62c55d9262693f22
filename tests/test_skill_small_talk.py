"""Jokes, praise, chit-chat, capabilities and greetings."""

from __future__ import annotations

import random

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.small_talk import NO_REPEAT, SmallTalkSkill, greeting, load_jokes
from hark.types import Slot, Understanding


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text, intent, 0.9, list(slots))


def ctx(**services: object) -> SkillContext:
    return SkillContext(settings=Settings(), services=dict(services))


def test_bundled_jokes() -> None:
    jokes = load_jokes()
    assert len(jokes) >= 50
    assert len({j["id"] for j in jokes}) == len(jokes)
    assert all(j["setup"] and j["punchline"] for j in jokes)


async def test_jokes_do_not_repeat_recently() -> None:
    skill = SmallTalkSkill(random.Random(7))
    told = []
    for _ in range(60):
        out = await skill.handle(u("general_joke", "tell me a joke"), ctx())
        assert out.action == "smalltalk.joke"
        told.append(out.display["setup"])
    for i in range(len(told)):
        window = told[max(0, i - NO_REPEAT + 1): i + 1]
        assert len(window) == len(set(window))


async def test_joke_by_kind() -> None:
    skill = SmallTalkSkill(random.Random(1))
    out = await skill.handle(u("general_joke", "tell me a knock knock joke",
                               Slot("joke_type", "knock knock")), ctx())
    assert out.speech.startswith("Knock knock.")
    out = await skill.handle(u("general_joke", "tell me a joke about cats",
                               Slot("joke_type", "cats")), ctx())
    assert "cat" in out.speech.lower()


async def test_praise_and_quirky() -> None:
    skill = SmallTalkSkill(random.Random(0))
    out = await skill.handle(u("general_praise", "thanks, that's fantastic job"), ctx())
    assert out.action == "smalltalk.praise" and out.speech
    out = await skill.handle(u("general_quirky", "how did your day go"), ctx())
    assert out.speech == "I'm doing well, thanks for asking. How can I help?"
    out = await skill.handle(u("general_quirky", "please tell me who is going to win the nba"),
                             ctx())
    assert out.speech == "I can't predict the future, sadly."
    out = await skill.handle(u("general_quirky", "nightime"), ctx())
    assert out.action == "smalltalk.quirky"


async def test_explain() -> None:
    skill = SmallTalkSkill()
    out = await skill.handle(u("general_explain", "what can you do"), ctx())
    assert out.action == "smalltalk.capabilities"
    assert out.speech.startswith("I can tell you the time and date")
    out = await skill.handle(u("general_explain", "what do you mean by it"),
                             ctx(last_speech="It's 3 PM in Tokyo."))
    assert out.speech == "Sorry if that wasn't clear. I said: It's 3 PM in Tokyo."


def test_greetings() -> None:
    assert greeting("hello").expect_followup
    assert greeting("thanks").speech == "You're welcome!"
    bye = greeting("bye")
    assert bye.end_session and bye.speech == "Goodbye!"
    with pytest.raises(ValueError):
        greeting("shrug")
