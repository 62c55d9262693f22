"""Alarm skill on a real SQLite store: one-off, on a date, recurring, query, remove;
alarms fire through the scheduler."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.scheduler import Scheduler
from hark.skills.alarms import AlarmSkill
from hark.skills.base import SkillContext
from hark.skills.registry import SkillRegistry
from hark.skills.timers import on_fire_callback
from hark.store import Store, alarms
from hark.types import Event, Slot, Understanding

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 27, 20, 0, tzinfo=TZ)  # a Friday evening


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


@pytest.fixture()
def env(tmp_path: Path) -> Any:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London")
    store = Store.open(settings)
    yield AlarmSkill(), SkillContext(settings=settings, tz=TZ, now=NOW,
                                     services={"store": store}), store
    store.close()


async def test_set_one_off_recurring_and_dated(env: Any) -> None:
    skill, c, store = env
    out = await skill.handle(u("alarm_set", "wake me up at six am", Slot("time", "six am")), c)
    assert out.speech == "Okay, alarm set for 6 AM tomorrow."
    out = await skill.handle(u("alarm_set", "set an alarm for 7 am every weekday",
                               Slot("time", "7 am"), Slot("general_frequency", "every weekday")), c)
    assert out.speech == "Okay, alarm set for 7 AM every weekday."
    out = await skill.handle(u("alarm_set", "set an alarm every monday at 9",
                               Slot("time", "9")), c)
    assert out.speech == "Okay, alarm set for 9 AM every Monday."
    out = await skill.handle(u("alarm_set", "set an alarm for four in the afternoon",
                               Slot("time", "four"), Slot("timeofday", "afternoon")), c)
    assert out.speech == "Okay, alarm set for 4 PM tomorrow."
    out = await skill.handle(u("alarm_set", "set an alarm for 8:30 am on tuesday",
                               Slot("time", "8:30 am"), Slot("date", "tuesday")), c)
    assert out.speech == "Okay, alarm set for 8:30 AM on Tuesday."
    out = await skill.handle(u("alarm_set", "wake me up at six am", Slot("time", "six am")), c)
    assert out.speech == "You already have an alarm for 6 AM tomorrow."
    out = await skill.handle(u("alarm_set", "please create a new alarm"), c)
    assert out.speech == "For what time?" and out.expect_followup

    with store.session() as db:
        rows = {(a.time_of_day.isoformat(), str(a.recurrence)): a for a in alarms.list_for(db)}
    weekday = rows["07:00:00", "{'freq': 'weekly', 'byday': ['MO', 'TU', 'WE', 'TH', 'FR']}"]
    assert weekday.next_fire == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # Monday
    assert rows["08:30:00", "None"].next_fire == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


async def test_query_and_remove(env: Any) -> None:
    skill, c, _ = env
    out = await skill.handle(u("alarm_query", "what alarms do i have"), c)
    assert out.speech == "You have no alarms set."
    await skill.handle(u("alarm_set", "wake me at 6 am", Slot("time", "6 am")), c)
    await skill.handle(u("alarm_set", "alarm at 7 am on weekdays", Slot("time", "7 am"),
                         Slot("general_frequency", "weekdays")), c)
    await skill.handle(u("alarm_set", "alarm for 6 pm tomorrow", Slot("time", "6 pm"),
                         Slot("date", "tomorrow")), c)
    out = await skill.handle(u("alarm_query", "tell me my alarms"), c)
    assert out.speech == ("You have 3 alarms: 6 AM tomorrow, 6 PM tomorrow and "
                          "7 AM every weekday.")
    out = await skill.handle(u("alarm_query", "is the alarm set for tomorrow morning",
                               Slot("date", "tomorrow"), Slot("timeofday", "morning")), c)
    assert out.speech == "You have an alarm for 6 AM tomorrow."

    out = await skill.handle(u("alarm_remove", "remove my 7am alarm", Slot("time", "7am")), c)
    assert out.speech == "Okay, I've removed your alarm for 7 AM every weekday."
    out = await skill.handle(u("alarm_remove", "remove my alarm"), c)
    assert out.expect_followup and out.speech == "Which alarm: 6 AM tomorrow or 6 PM tomorrow?"
    out = await skill.handle(u("alarm_remove", "remove the 9 am alarm", Slot("time", "9 am")), c)
    assert out.speech.startswith("I can't find that alarm.")
    out = await skill.handle(u("alarm_remove", "cancel all alarms"), c)
    assert out.speech == "Okay, both alarms are removed."
    out = await skill.handle(u("alarm_query", "any alarms"), c)
    assert out.speech == "You have no alarms set."


def test_remove_is_sensitive() -> None:
    reg = SkillRegistry.default(plugins=False)
    assert reg.spec_for("alarm_remove").sensitive
    assert not reg.spec_for("alarm_set").sensitive
    # the skill finds the time itself ("7am", "noon") and asks when there is none
    assert reg.spec_for("alarm_set").required == []


async def test_recurring_alarm_fires_and_moves_on(env: Any) -> None:
    skill, c, store = env
    await skill.handle(u("alarm_set", "set an alarm for 7 am every monday",
                         Slot("time", "7 am"), Slot("general_frequency", "every monday")), c)
    got: list[Event] = []

    async def notify(ev: Event) -> None:
        got.append(ev)

    monday = datetime(2026, 11, 30, 7, 0, 1, tzinfo=UTC)
    sched = Scheduler(store, on_fire_callback(notify), clock=lambda: monday)
    await sched.run_due()
    assert [e.type for e in got] == ["alarm-fired"]
    assert got[0].data["speech"] == "It's 7 AM. Your alarm is going off."
    assert got[0].data["next_fire"] == (monday + timedelta(days=7, seconds=-1)).isoformat()


@pytest.mark.parametrize(("text", "slots", "said"), [
    # said at 5 pm: the time slot alone reads as the next 6:45 (pm), the date comes apart
    ("wake me up at 6:45 tomorrow", [("time", "6:45"), ("date", "tomorrow")],
     "6:45 AM tomorrow"),
    ("set an alarm for 6:45 tomorrow", [("time", "6:45"), ("date", "tomorrow")],
     "6:45 AM tomorrow"),
    ("set an alarm for 9 on sunday", [("time", "9"), ("date", "sunday")], "9 AM on Sunday"),
    ("set an alarm for 2 tomorrow", [("time", "2"), ("date", "tomorrow")],
     "2 PM tomorrow"),
    # no date, no waking: the next 9:30 on the clock, tonight
    ("set an alarm for 9:30", [("time", "9:30")], "9:30 PM today"),
])
async def test_alarm_time_without_am_pm_and_a_date_apart(
        env: Any, text: str, slots: list[tuple[str, str]], said: str) -> None:
    skill, c, _store = env
    c.now = NOW.replace(hour=17)
    out = await skill.handle(u("alarm_set", text, *[Slot(n, r) for n, r in slots]), c)
    assert out.speech == f"Okay, alarm set for {said}."


async def test_waking_up_is_in_the_morning(env: Any) -> None:
    """Said at 10 am, the next 7 on the clock is 7 pm; waking up is at 7 am."""
    skill, c, _store = env
    c.now = NOW.replace(hour=10)
    out = await skill.handle(u("alarm_set", "wake me up at 7", Slot("time", "7")), c)
    assert out.speech == "Okay, alarm set for 7 AM tomorrow."
    out = await skill.handle(u("alarm_set", "set an alarm for 8", Slot("time", "8")), c)
    assert out.speech == "Okay, alarm set for 8 PM today."
    c.language = "de"
    out = await skill.handle(u("alarm_set", "weck mich um halb sieben",
                               Slot("time", "halb sieben")), c)
    assert "morgen um 6:30" in out.speech, out.speech


async def test_dated_alarm_without_am_pm_is_in_the_morning(env: Any) -> None:
    # the normaliser reads "tomorrow at half past six" as 18:30 (12–6: afternoon); an
    # alarm for a date at 5–11 without am/pm is a wake-up
    skill, c, _store = env
    out = await skill.handle(u("alarm_set", "wake me up tomorrow at half past six",
                               Slot("time", "tomorrow at half past six")), c)
    assert out.speech == "Okay, alarm set for 6:30 AM tomorrow."
    out = await skill.handle(u("alarm_set", "set an alarm for tomorrow at 2",
                               Slot("time", "tomorrow at 2")), c)
    assert out.speech == "Okay, alarm set for 2 PM tomorrow."


async def test_a_label_is_said_once_when_set_and_back_when_asked(env: Any) -> None:
    skill, c, _ = env
    out = await skill.handle(u("alarm_set", "set an alarm for 9 am on sunday for swimming",
                               Slot("time", "9 am"), Slot("date", "sunday"),
                               Slot("event_name", "swimming")), c)
    assert out.speech == "Okay, alarm for swimming set for 9 AM on Sunday."
    out = await skill.handle(u("alarm_query", "what's my sunday alarm for"), c)
    assert out.speech == "You have an alarm for 9 AM on Sunday, for swimming."
    out = await skill.handle(u("alarm_change", "move the swimming alarm to half eight"), c)
    assert out.speech == "Okay, your alarm is now set for 8:30 AM on Sunday, for swimming."
