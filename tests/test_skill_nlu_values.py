"""Skills fed slots exactly as the NLU normaliser produces them (hark.nlu.normalize)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.datetime_skill import DateTimeSkill
from hark.skills.knowledge import KnowledgeSkill
from hark.skills.providers import dates
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.skills.smarthome import SmartHomeSkill, parse_amount
from hark.types import Slot, Understanding

normalize = pytest.importorskip("hark.nlu.normalize").normalize

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)  # Friday


def s(name: str, raw: str) -> Slot:
    return Slot(name, raw, normalize(name, raw, NOW))


def ctx(**services: object) -> SkillContext:
    return SkillContext(settings=Settings(), tz=PARIS, now=NOW, services=dict(services))


@pytest.mark.parametrize(("raw", "expected"), [
    ("to forty percent", ("set", 40)), ("a bit", ("by", 10)), ("to seven", ("set", 70)),
    ("by 10 percent", ("by", 10)), ("to full power", ("set", 100)),
])
def test_amounts(raw: str, expected: tuple[str, int]) -> None:
    slot = s("change_amount", raw)
    assert parse_amount(slot.raw, slot.value) == expected


def test_date_labels() -> None:
    weekend = s("date", "this weekend")
    span = dates.resolve(weekend.value, weekend.raw, NOW.date())
    assert span is not None and span.label == "this weekend" and len(span.days) == 2
    tonight = s("timeofday", "tonight")
    assert dates.resolve(tonight.value, tonight.raw, NOW.date()).start == NOW.date()


async def test_datetime_with_normalised_slots() -> None:
    skill = DateTimeSkill()
    u = Understanding("convert g. m. t. to pacific", "datetime_convert", 0.9,
                      [s("time_zone", "g. m. t."), s("time_zone", "pacific")])
    out = await skill.handle(u, ctx())
    assert out.speech.startswith("Pacific is 8 hours behind GMT")
    u = Understanding("what is 3pm london time in new york", "datetime_convert", 0.9,
                      [s("time", "3pm"), s("place_name", "london"), s("place_name", "new york")])
    assert (await skill.handle(u, ctx())).speech == "3 PM in London is 10 AM in New York."
    u = Understanding("what's the date in three weeks", "datetime_query", 0.9,
                      [s("date", "in three weeks")])
    assert (await skill.handle(u, ctx())).speech == \
        "In three weeks it will be Friday, December 18."


async def test_lights_with_normalised_amount() -> None:
    devices = VirtualDevices()
    await devices.call("light.kitchen", "set_brightness", brightness=80)
    u = Understanding("dim the kitchen lights a bit", "iot_hue_lightdim", 0.9,
                      [s("house_place", "kitchen"), s("change_amount", "a bit")])
    out = await SmartHomeSkill(devices).handle(u, ctx())
    assert out.speech == "The kitchen lights are at 70 percent."


async def test_currency_codes_from_normaliser() -> None:
    class Rates:
        async def rate(self, base: str, quote: str) -> float:
            return {("USD", "INR"): 83.0}[(base, quote)]

    u = Understanding("how much is one u. s. d. in inr", "qa_currency", 0.9,
                      [s("currency_name", "u. s. d."), s("currency_name", "inr")])
    out = await KnowledgeSkill().handle(u, ctx(rates=Rates()))
    assert out.speech == "1 US dollar is 83 Indian rupees."
