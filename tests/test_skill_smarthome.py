"""Smart-home skill on virtual devices and against a stand-in Home Assistant."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.providers.devices_base import find_color
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.skills.smarthome import SmartHomeSkill, parse_amount
from hark.types import Slot, Understanding
from tests.standins import free_port, serve
from tests.standins.home_assistant import TOKEN, HAState, make_app

NOW = datetime(2026, 11, 27, 20, 0, tzinfo=ZoneInfo("Europe/London"))


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.93, slots=list(slots))


def ctx(settings: Settings | None = None, **kw: Any) -> SkillContext:
    return SkillContext(settings=settings or Settings(), now=NOW, **kw)


class DictStore:
    """What the lead's DB-backed store will look like: get/set."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value


@pytest.fixture
def home() -> tuple[SmartHomeSkill, VirtualDevices, DictStore]:
    store = DictStore()
    devices = VirtualDevices(store)
    return SmartHomeSkill(devices), devices, store


# ------------------------------------------------------------------ virtual devices


async def test_light_on_in_room_uses_state_store(home: Any) -> None:
    skill, devices, store = home
    out = await skill.handle(u("iot_hue_lighton", "turn on the kitchen lights",
                               Slot("house_place", "kitchen")), ctx())
    assert out.speech == "Okay, the kitchen lights are on."
    assert out.action == "light.on"
    assert store.data["device:light.kitchen"]["on"] is True
    assert (await devices.get_state("light.bedroom"))["on"] is False


async def test_all_lights_off(home: Any) -> None:
    skill, devices, _ = home
    await skill.handle(u("iot_hue_lighton", "turn on the lights in my house",
                         Slot("house_place", "house")), ctx())
    out = await skill.handle(u("iot_hue_lightoff", "turn off the lights"), ctx())
    assert out.speech == "Okay, all the lights are off."
    assert not any(d.on for d in await devices.list_devices() if d.kind == "light")


async def test_unknown_room(home: Any) -> None:
    skill, _, _ = home
    out = await skill.handle(u("iot_hue_lightoff", "lights off in the garage",
                               Slot("house_place", "garage")), ctx())
    assert out.speech == "I couldn't find any lights in the garage."


async def test_colour_change(home: Any) -> None:
    skill, devices, _ = home
    out = await skill.handle(u("iot_hue_lightchange", "change the lights in the kitchen to blue",
                               Slot("house_place", "kitchen"), Slot("color_type", "blue")), ctx())
    assert out.speech == "The kitchen lights are now blue."
    state = await devices.get_state("light.kitchen")
    assert state["rgb"] == [0, 0, 255] and state["on"]


async def test_unknown_colour(home: Any) -> None:
    skill, _, _ = home
    out = await skill.handle(u("iot_hue_lightchange", "make the lights watching friendly",
                               Slot("color_type", "watching friendly")), ctx())
    assert out.action == "smarthome.unknown_color"
    assert "watching friendly" in out.speech


@pytest.mark.parametrize(("intent", "amount", "value", "expected"), [
    ("iot_hue_lightdim", None, None, 60),            # default step 20 from 80
    ("iot_hue_lightdim", "to forty percent", None, 40),
    ("iot_hue_lightdim", "by 10 percent", None, 70),
    ("iot_hue_lightup", None, None, 100),
    ("iot_hue_lightup", "a bit", None, 90),
    ("iot_hue_lightup", "to full power", None, 100),
    ("iot_hue_lightdim", "to 30%", {"kind": "number", "value": 30}, 30),
    ("iot_hue_lightchange", "to 50 percent", None, 50),
])
async def test_brightness(home: Any, intent: str, amount: str | None, value: Any,
                          expected: int) -> None:
    skill, devices, _ = home
    await devices.call("light.bedroom", "set_brightness", brightness=80)
    slots = [Slot("house_place", "bedroom")]
    if amount:
        slots.append(Slot("change_amount", amount, value))
    out = await skill.handle(u(intent, "bedroom lights " + (amount or ""), *slots), ctx())
    assert out.speech == f"The bedroom lights are at {expected} percent."
    assert (await devices.get_state("light.bedroom"))["brightness"] == expected


def test_parse_amount() -> None:
    assert parse_amount("to seven") == ("set", 70)
    assert parse_amount("by twenty percent") == ("by", 20)
    assert parse_amount("slightly") == ("by", 10)
    assert parse_amount(None) is None
    assert find_color("from red to blue") == "blue"
    assert find_color("a cooler tone") == "cool white"


async def test_plugs(home: Any) -> None:
    skill, devices, _ = home
    out = await skill.handle(u("iot_wemo_on", "switch on the wemo plug",
                               Slot("device_type", "wemo plug")), ctx())
    assert out.speech == "Okay, the smart plug is on."
    out = await skill.handle(u("iot_wemo_off", "turn off bedroom fan",
                               Slot("house_place", "bedroom"), Slot("device_type", "fan")), ctx())
    assert out.speech == "Okay, the fan is off."
    assert (await devices.get_state("plug.smart_plug"))["on"] is True
    out = await skill.handle(u("iot_wemo_off", "turn off the toaster socket",
                               Slot("device_type", "toaster socket")), ctx())
    assert out.action == "smarthome.not_found"


async def test_vacuum(home: Any) -> None:
    skill, devices, _ = home
    out = await skill.handle(u("iot_cleaning", "start my robot vacuum cleaner",
                               Slot("device_type", "robot vacuum cleaner")), ctx())
    assert out.action == "vacuum.start"
    assert (await devices.get_state("vacuum.robot"))["status"] == "cleaning"
    out = await skill.handle(u("iot_cleaning", "is the roomba running",
                               Slot("device_type", "roomba")), ctx())
    assert out.speech == "The robot vacuum is cleaning."
    out = await skill.handle(u("iot_cleaning", "send the vacuum back to its dock"), ctx())
    assert out.action == "vacuum.dock"
    out = await skill.handle(u("iot_cleaning", "start the roomba at one pm",
                               Slot("time", "one pm")), ctx())
    assert out.action == "smarthome.later"  # not now: a reminder at one is offered
    assert (await devices.get_state("vacuum.robot"))["status"] == "docked"
    out = await skill.handle(u("iot_cleaning", "start the roomba every day",
                               Slot("general_frequency", "every day")), ctx())
    assert out.action == "vacuum.schedule_unsupported"


async def test_coffee(home: Any) -> None:
    skill, devices, _ = home
    out = await skill.handle(u("iot_coffee", "make me a cappuccino",
                               Slot("coffee_type", "cappuccino")), ctx())
    assert out.speech == "Okay, making a cappuccino."
    assert (await devices.get_state("coffee.machine"))["last_drink"] == "cappuccino"
    out = await skill.handle(u("iot_coffee", "please make me a coffee using the coffee machine",
                               Slot("device_type", "coffee machine")), ctx())
    assert out.speech == "Okay, making a coffee."
    out = await skill.handle(u("iot_coffee", "make me a hot chocolate",
                               Slot("coffee_type", "hot chocolate")), ctx())
    assert out.action == "coffee.unknown_drink" and out.expect_followup


async def test_status_answers(home: Any) -> None:
    skill, devices, _ = home
    out = await skill.handle(u("iot_query", "what's on"), ctx())
    assert out.speech == "Everything is off."
    await devices.call("light.kitchen", "turn_on")
    await devices.call("plug.fan", "turn_on")
    out = await skill.handle(u("iot_hue_lighton", "is the kitchen light on",
                               Slot("house_place", "kitchen")), ctx())
    assert out.speech == "Yes, the kitchen light is on, at 100 percent."
    assert out.action == "smarthome.status"
    out = await skill.handle(u("iot_query", "is the bedroom light on",
                               Slot("house_place", "bedroom")), ctx())
    assert out.speech == "No, the bedroom light is off."
    out = await skill.handle(u("iot_query", "what's on"), ctx())
    assert out.speech == "The kitchen light is on and the fan is on."


async def test_german_lights(home: Any) -> None:
    skill, _, _ = home
    out = await skill.handle(u("iot_hue_lighton", "mach das licht in der küche an",
                               Slot("house_place", "kitchen")), ctx(language="de"))
    assert out.speech == "Okay, das Licht (Küche) ist an."


async def test_default_provider_is_virtual() -> None:
    skill = SmartHomeSkill()
    out = await skill.handle(u("iot_hue_lighton", "turn on the office lights",
                               Slot("house_place", "office")), ctx())
    assert out.speech == "Okay, the office lights are on."


# ----------------------------------------------------------------- Home Assistant


@pytest.fixture(scope="module")
def ha_server() -> Iterator[tuple[str, HAState]]:
    state = HAState()
    with serve(make_app(state)) as url:
        yield url, state


@pytest.fixture
def ha(ha_server: tuple[str, HAState]) -> tuple[str, HAState]:
    url, state = ha_server
    state.__dict__.update(HAState().__dict__)
    return url, state


def ha_ctx(url: str, token: str = TOKEN, language: str = "en") -> SkillContext:
    return ctx(Settings(ha_url=url, ha_token=token, http_timeout_s=1.0), language=language)


async def test_ha_light_on_and_brightness(ha: tuple[str, HAState]) -> None:
    url, state = ha
    skill = SmartHomeSkill()
    out = await skill.handle(u("iot_hue_lighton", "turn on the living room lights",
                               Slot("house_place", "living room")), ha_ctx(url))
    assert out.speech == "Okay, the living room lights are on."
    assert state.calls[-1] == ("light", "turn_on", {"entity_id": "light.living_room_lamp"})
    assert state.states["light.living_room_lamp"]["state"] == "on"
    out = await skill.handle(u("iot_hue_lightdim", "dim the kitchen lights to 30 percent",
                               Slot("house_place", "kitchen"),
                               Slot("change_amount", "to 30 percent")), ha_ctx(url))
    assert state.calls[-1] == ("light", "turn_on",
                               {"entity_id": "light.kitchen_ceiling", "brightness_pct": 30})
    assert out.speech == "The kitchen lights are at 30 percent."


async def test_ha_colour_and_relative(ha: tuple[str, HAState]) -> None:
    url, state = ha
    skill = SmartHomeSkill()
    await skill.handle(u("iot_hue_lightchange", "make the bedroom light red",
                         Slot("house_place", "bedroom"), Slot("color_type", "red")), ha_ctx(url))
    assert state.calls[-1] == ("light", "turn_on", {"entity_id": "light.bedroom",
                                                    "color_name": "red"})
    await skill.handle(u("iot_hue_lightchange", "make the bedroom light warm white",
                         Slot("house_place", "bedroom"), Slot("color_type", "warm white")),
                       ha_ctx(url))
    assert state.calls[-1][2] == {"entity_id": "light.bedroom", "color_temp_kelvin": 2700}
    # kitchen is at 204/255 = 80 percent; "dim" takes 20 off
    out = await skill.handle(u("iot_hue_lightdim", "dim the kitchen lights",
                               Slot("house_place", "kitchen")), ha_ctx(url))
    assert state.calls[-1][2] == {"entity_id": "light.kitchen_ceiling", "brightness_pct": 60}
    assert out.speech == "The kitchen lights are at 60 percent."


async def test_ha_switch_vacuum_coffee(ha: tuple[str, HAState]) -> None:
    url, state = ha
    skill = SmartHomeSkill()
    out = await skill.handle(u("iot_wemo_on", "turn on the fan", Slot("device_type", "fan")),
                             ha_ctx(url))
    assert out.speech == "Okay, the office desk fan is on."
    assert state.calls[-1] == ("switch", "turn_on", {"entity_id": "switch.desk_fan"})
    await skill.handle(u("iot_cleaning", "start roomba", Slot("device_type", "roomba")),
                       ha_ctx(url))
    assert state.calls[-1] == ("vacuum", "start", {"entity_id": "vacuum.roomba"})
    assert state.states["vacuum.roomba"]["state"] == "cleaning"
    await skill.handle(u("iot_cleaning", "send the roomba home"), ha_ctx(url))
    assert state.calls[-1] == ("vacuum", "return_to_base", {"entity_id": "vacuum.roomba"})
    out = await skill.handle(u("iot_coffee", "make me an espresso",
                               Slot("coffee_type", "espresso")), ha_ctx(url))
    assert state.calls[-1] == ("switch", "turn_on", {"entity_id": "switch.coffee_maker"})
    assert out.speech == "Okay, making an espresso."


async def test_ha_status(ha: tuple[str, HAState]) -> None:
    url, _ = ha
    out = await SmartHomeSkill().handle(u("iot_query", "what's on"), ha_ctx(url))
    assert out.speech == "The kitchen light is on."


async def test_ha_bad_token(ha: tuple[str, HAState]) -> None:
    url, state = ha
    out = await SmartHomeSkill().handle(u("iot_hue_lighton", "turn on the lights"),
                                        ha_ctx(url, token="wrong"))
    assert out.action == "smarthome.auth_failed"
    assert out.speech.startswith("Home Assistant rejected the token.")
    assert state.calls == []


async def test_ha_unreachable() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    t0 = time.monotonic()
    out = await SmartHomeSkill().handle(u("iot_hue_lighton", "turn on the lights"), ha_ctx(url))
    assert time.monotonic() - t0 < 2.0
    assert out.action == "smarthome.unavailable"
    assert out.speech == "I can't reach Home Assistant right now."
