"""Skill registry: built-ins, entry-point plugins, conflicts, tool schemas, dispatch."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from hark.config import Settings
from hark.skills.base import IntentSpec, Skill, SkillContext
from hark.skills.registry import SkillConflict, SkillRegistry
from hark.types import Outcome, Understanding


class EchoSkill:
    name = "echo"
    intents = [IntentSpec("echo_say", "Repeat something.",
                          slots={"text": {"type": "string"}}, required=["text"],
                          prompts={"text": "What should I say?"})]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        return Outcome(u.text, action="echo.say")


class Thief:
    name = "thief"
    intents = [IntentSpec("weather_query", "Also weather.")]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        return Outcome("mine")


class Broken:
    name = "broken"
    intents = [IntentSpec("broken_x", "Raises.")]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        raise RuntimeError("secret internals")


def make_echo() -> Skill:
    return EchoSkill()


def ctx() -> SkillContext:
    return SkillContext(settings=Settings())


def test_builtins_registered() -> None:
    reg = SkillRegistry.default(plugins=False)
    names = {s.name for s in reg.skills}
    assert names == {"datetime", "weather", "smarthome", "knowledge", "small_talk", "timers",
                     "alarms", "calendar", "lists", "messaging", "music", "undo"}
    for intent in ["datetime_query", "weather_query", "iot_hue_lighton", "qa_maths",
                   "general_joke", "timer_set", "alarm_set", "calendar_set",
                   "lists_createoradd", "email_sendemail", "play_music"]:
        assert reg.skill_for(intent) is not None
    assert reg.skill_for("takeaway_order") is None


def test_tools_are_json_schemas() -> None:
    reg = SkillRegistry.default(plugins=False)
    tools = {t["name"]: t for t in reg.tools()}
    assert set(tools) == set(reg.intents())
    w = tools["weather_query"]
    assert w["description"]
    assert w["parameters"]["type"] == "object"
    assert "place_name" in w["parameters"]["properties"]
    assert all(isinstance(t["parameters"]["required"], list) for t in tools.values())
    oa = reg.openai_tools()[0]
    assert oa["type"] == "function" and set(oa["function"]) == {"name", "description",
                                                                "parameters"}


def test_conflict_is_rejected_clearly() -> None:
    reg = SkillRegistry.default(plugins=False)
    with pytest.raises(SkillConflict) as e:
        reg.register(Thief())
    assert "'weather' and 'thief' both claim the intent 'weather_query'" in e.value.message
    assert reg.skill_for("weather_query").name == "weather"
    with pytest.raises(SkillConflict):
        reg.register(SkillRegistry.default(plugins=False).skill_for("qa_maths"))


def test_entry_point_plugins() -> None:
    reg = SkillRegistry()
    eps = [
        EntryPoint("echo", f"{__name__}:make_echo", "hark.skills"),
        EntryPoint("missing", "no_such_module_xyz:Skill", "hark.skills"),
        EntryPoint("notaskill", "json:dumps", "hark.skills"),
    ]
    loaded = reg.load_plugins(eps)
    assert [s.name for s in loaded] == ["echo"]
    assert len(reg.errors) == 2
    assert reg.spec_for("echo_say").prompts["text"] == "What should I say?"
    with pytest.raises(SkillConflict):
        reg.load_plugins([EntryPoint("echo2", f"{__name__}:EchoSkill", "hark.skills")])


def test_installed_entry_points_load() -> None:
    reg = SkillRegistry.default()  # whatever is installed in this venv must not break it
    assert reg.skill_for("weather_query") is not None


async def test_dispatch() -> None:
    reg = SkillRegistry.default(plugins=False)
    reg.register(Broken)
    out = await reg.dispatch(Understanding("what is 2 plus 2", "qa_maths", 0.9), ctx())
    assert out.speech == "2 plus 2 is 4."
    out = await reg.dispatch(Understanding("x", "broken_x", 0.9), ctx())
    assert out.action == "skill.error" and "secret" not in out.speech
    out = await reg.dispatch(Understanding("order a pizza", "takeaway_order", 0.9), ctx())
    assert out.action == "skill.missing" and out.data["route"] == "think"
