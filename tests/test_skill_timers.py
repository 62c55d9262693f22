"""Timer skill on a real SQLite store and the real scheduler: several named timers,
remaining time, pause/resume/cancel, alarm_set with a duration, firing, restarts."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.scheduler import Scheduler
from hark.skills.alarms import AlarmSkill
from hark.skills.base import SkillContext
from hark.skills.registry import SkillRegistry
from hark.skills.timers import TimerSkill, fired_event, on_fire_callback, say_duration
from hark.store import Store, timers
from hark.types import Event, Slot, Understanding

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 27, 20, 0, tzinfo=TZ)


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


class Events:
    def __init__(self) -> None:
        self.got: list[Event] = []
        self.arrived = asyncio.Event()

    async def __call__(self, event: Event) -> None:
        self.got.append(event)
        self.arrived.set()

    async def wait(self, n: int = 1, timeout: float = 5.0) -> None:
        async def until() -> None:
            while len(self.got) < n:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(until(), timeout)


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, timezone="Europe/London")


@pytest.fixture()
def store(settings: Settings) -> Any:
    s = Store.open(settings)
    yield s
    s.close()


def ctx(settings: Settings, store: Store, now: datetime | None = NOW, **services: Any
        ) -> SkillContext:
    return SkillContext(settings=settings, tz=TZ, now=now, services={"store": store, **services})


def test_say_duration() -> None:
    assert say_duration(600) == "10 minutes"
    assert say_duration(270) == "4 minutes and 30 seconds"
    assert say_duration(3900) == "1 hour and 5 minutes"
    assert say_duration(1) == "1 second"


async def test_several_named_timers_query_pause_resume_cancel(settings: Settings,
                                                              store: Store) -> None:
    skill, c = TimerSkill(), ctx(settings, store)
    out = await skill.handle(u("timer_set", "set a pasta timer for 10 minutes",
                               Slot("duration", "10 minutes",
                                    {"kind": "duration", "seconds": 600})), c)
    assert out.speech == "Okay, pasta timer set for 10 minutes."
    out = await skill.handle(u("timer_set", "set a timer for the eggs for 4 minutes"), c)
    assert out.speech == "Okay, eggs timer set for 4 minutes. That's 2 timers running."
    with store.session() as db:
        rows = timers.active(db)
    assert [(t.name, t.duration_s) for t in rows] == [("eggs", 240.0), ("pasta", 600.0)]

    later = ctx(settings, store, NOW + timedelta(seconds=90))
    out = await skill.handle(u("timer_query", "how long left on the pasta timer"), later)
    assert out.speech == "There's 8 minutes and 30 seconds left on your pasta timer."
    out = await skill.handle(u("timer_query", "how much time is left"), later)
    assert out.speech == ("You have 2 timers: the eggs timer with 2 minutes and 30 seconds "
                          "left and the pasta timer with 8 minutes and 30 seconds left.")

    out = await skill.handle(u("timer_pause", "pause the pasta timer"), later)
    assert out.speech == "Okay, your pasta timer is paused, with 8 minutes and 30 seconds left."
    much_later = ctx(settings, store, NOW + timedelta(minutes=30))
    out = await skill.handle(u("timer_query", "how long on the pasta timer"), much_later)
    assert out.speech == "Your pasta timer is paused with 8 minutes and 30 seconds left."
    out = await skill.handle(u("timer_resume", "resume the pasta timer"), much_later)
    assert out.speech == "Okay, your pasta timer is running again, with 8 minutes and 30 " \
                         "seconds left."

    out = await skill.handle(u("timer_remove", "cancel the timer"), later)
    assert out.expect_followup and out.speech == "Which one: the eggs timer or the pasta timer?"
    out = await skill.handle(u("timer_remove", "cancel the eggs timer"), later)
    assert out.speech == "Okay, your eggs timer is cancelled."
    await skill.handle(u("timer_set", "set a timer for 5 minutes"), later)
    out = await skill.handle(u("timer_remove", "cancel all my timers"), later)
    assert out.speech == "Okay, both timers are cancelled."
    out = await skill.handle(u("timer_query", "any timers?"), later)
    assert out.speech == "You have no timers running."


async def test_missing_duration_and_unknown_name(settings: Settings, store: Store) -> None:
    skill, c = TimerSkill(), ctx(settings, store)
    out = await skill.handle(u("timer_set", "set a timer"), c)
    assert out.speech == "For how long?" and out.expect_followup
    await skill.handle(u("timer_set", "set a timer for 3 minutes"), c)
    out = await skill.handle(u("timer_remove", "cancel the pizza timer"), c)
    assert out.speech == "I can't find a pizza timer."
    out = await skill.handle(u("timer_remove", "cancel the 3 minute timer"), c)
    assert out.speech == "Okay, the timer is cancelled."


async def test_alarm_set_with_a_duration_is_a_timer(settings: Settings, store: Store) -> None:
    reg = SkillRegistry.default(plugins=False)
    c = ctx(settings, store)
    # HWU64 style: the NLU labels a timer request alarm_set with a time slot "10 minutes"
    out = await reg.dispatch(u("alarm_set", "set an alarm for 10 minutes",
                               Slot("time", "10 minutes")), c)
    assert out.action == "timer.set" and out.speech == "Okay, timer set for 10 minutes."
    out = await reg.dispatch(u("alarm_query", "how long is left on my timer"), c)
    assert out.speech == "There's 10 minutes left on your timer."
    out = await reg.dispatch(u("alarm_remove", "stop the timer"), c)
    assert out.action == "timer.remove"
    assert isinstance(AlarmSkill().timers, TimerSkill)


async def test_timer_fires_as_an_event(settings: Settings, store: Store) -> None:
    events = Events()
    async with Scheduler(store, on_fire_callback(events), poll_s=5) as sched:
        c = ctx(settings, store, now=None, scheduler=sched)
        out = await TimerSkill().handle(u("timer_set", "set a tea timer for 1 second"), c)
        assert out.action == "timer.set"
        await events.wait(1)
    ev = events.got[0]
    assert ev.type == "timer-fired"
    assert ev.data["name"] == "tea" and ev.data["late"] is False
    assert ev.data["speech"] == "Time's up! Your tea timer is done."


async def test_timer_survives_a_restart(settings: Settings) -> None:
    store = Store.open(settings)
    first = Events()
    sched = Scheduler(store, on_fire_callback(first), poll_s=5)
    await sched.start()
    c = ctx(settings, store, now=None, scheduler=sched)
    await TimerSkill().handle(u("timer_set", "set a timer for 1 second called bread"), c)
    await sched.stop()
    store.close()
    assert first.got == []

    store = Store.open(settings)  # a new process: only the database remembers
    second = Events()
    async with Scheduler(store, on_fire_callback(second), poll_s=5):
        await second.wait(1)
    store.close()
    assert second.got[0].type == "timer-fired"
    assert second.got[0].data["name"] == "bread"


def test_fired_event_texts() -> None:
    ev = fired_event("timer", {"id": 1, "name": "", "duration_s": 600, "late": True})
    assert ev.data["speech"] == "Your 10 minute timer finished while I was offline."
    ev = fired_event("alarm", {"id": 2, "label": "gym", "tz": "Europe/London",
                               "deadline": "2026-11-28T07:00:00+00:00", "late": False})
    assert ev.type == "alarm-fired"
    assert ev.data["speech"] == "It's 7 AM. Your alarm for gym is going off."
    ev = fired_event("reminder", {"id": 3, "text": "call mum", "late": False})
    assert ev.data["speech"] == "Reminder: call mum."
