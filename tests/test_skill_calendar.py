"""Calendar and reminders on a real SQLite store: create, query, move, remove, iCalendar
export, and reminders firing through the scheduler."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.scheduler import Scheduler
from hark.skills.base import SkillContext
from hark.skills.calendar_skill import CalendarSkill, export_ics
from hark.skills.reminders import is_reminder, reminder_text
from hark.skills.timers import on_fire_callback
from hark.store import Store, calendar, reminders
from hark.types import Event, Slot, Understanding

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 27, 20, 0, tzinfo=TZ)  # Friday


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


@pytest.fixture()
def env(tmp_path: Path) -> Any:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London")
    store = Store.open(settings)
    yield CalendarSkill(), SkillContext(settings=settings, tz=TZ, now=NOW,
                                        services={"store": store}), store
    store.close()


def test_reminder_phrasing() -> None:
    assert is_reminder("remind me to call mum")
    assert is_reminder("set a reminder for john's birthday")
    assert not is_reminder("add lunch with john to my calendar")
    assert reminder_text(u("calendar_set", "remind me in 20 minutes to check the oven"),
                         ["in 20 minutes"]) == "check the oven"


@pytest.mark.parametrize(("text", "slots", "said"), [
    # the time before "to": once remembered as "at 9 to take the bins out"
    ("remind me at 9 to take the bins out", [("time", "9")],
     "to take the bins out at 9 PM today"),
    ("remind me at 6:30 on sunday to go running", [], "to go running at 6:30 PM on Sunday"),
    ("remind me tomorrow to buy milk", [("date", "tomorrow")],
     "to buy milk at 9 AM tomorrow"),
    ("remind me at noon that the plumber is coming", [],
     "that the plumber is coming at noon tomorrow"),
    ("remind me of the dentist tomorrow", [], "about the dentist at 9 AM tomorrow"),
    # said on a Friday evening: next Friday, not "that time has already passed"
    ("remind me on friday about the meeting", [("date", "friday")],
     "about the meeting at 9 AM on December 4"),
    ("remind me to go to the gym on friday at 7", [], "to go to the gym at 7 AM on December 4"),
])
async def test_reminder_what_and_when(env: Any, text: str, slots: list[tuple[str, str]],
                                      said: str) -> None:
    skill, c, _store = env
    out = await skill.handle(u("calendar_set", text, *[Slot(n, r) for n, r in slots]), c)
    assert out.speech == f"Okay, I'll remind you {said}."


@pytest.mark.parametrize("text", ["remind me", ", can you remind me"])
async def test_reminder_with_nothing_to_remind_asks_what(env: Any, text: str) -> None:
    skill, c, _store = env
    out = await skill.handle(u("calendar_set", text), c)
    assert out.expect_followup and out.speech == "What should I remind you about?"


async def test_reminder_for_today_after_nine_asks_the_time(env: Any) -> None:
    skill, c, _store = env
    out = await skill.handle(u("calendar_set", "remind me today to call bob",
                               Slot("date", "today")), c)
    assert out.expect_followup and out.speech == "When should I remind you to call bob?"


async def test_reminders_create_query_move_remove(env: Any) -> None:
    skill, c, store = env
    out = await skill.handle(u("calendar_set", "remind me to call my mum at 6 pm tomorrow"), c)
    assert out.speech == "Okay, I'll remind you to call your mum at 6 PM tomorrow."
    out = await skill.handle(u("calendar_set", "remind me in 20 minutes to check the oven"), c)
    assert out.speech == "Okay, I'll remind you to check the oven at 8:20 PM today."
    out = await skill.handle(u("calendar_set",
                               "remind me to take out the bins every tuesday at 7 pm"), c)
    assert out.speech == "Okay, I'll remind you to take out the bins at 7 PM every Tuesday."
    out = await skill.handle(u("calendar_set", "remind me to buy milk"), c)
    assert out.expect_followup and out.speech == "When should I remind you to buy milk?"

    out = await skill.handle(u("calendar_query", "show me my reminders"), c)
    assert out.speech == ("You have 3 reminders: check the oven at 8:20 PM today, call your "
                          "mum at 6 PM tomorrow and take out the bins at 7 PM every Tuesday.")
    out = await skill.handle(u("calendar_set", "move the reminder to call mum to 7 pm"), c)
    assert out.speech == "Okay, I'll remind you to call your mum at 7 PM tomorrow instead."
    out = await skill.handle(u("calendar_remove", "delete the reminder about the oven"), c)
    assert out.speech == "Okay, I won't remind you to check the oven."
    with store.session() as db:
        rows = reminders.list_for(db)
    assert [r.text for r in rows] == ["call my mum", "take out the bins"]
    assert rows[0].due == datetime(2026, 11, 28, 19, 0, tzinfo=UTC)
    assert rows[1].recurrence == {"freq": "weekly", "byday": ["TU"]}


async def test_events_add_query_move_remove(env: Any) -> None:
    skill, c, store = env
    out = await skill.handle(u("calendar_set", "add dentist appointment on monday at 3 pm",
                               Slot("event_name", "dentist appointment"), Slot("date", "monday"),
                               Slot("time", "3 pm")), c)
    assert out.speech == "Okay, I've added dentist appointment at 3 PM on Monday to your calendar."
    out = await skill.handle(u("calendar_set", "schedule lunch with john next tuesday at noon"), c)
    assert out.speech == "Okay, I've added lunch with john at noon on Tuesday to your calendar."
    out = await skill.handle(u("calendar_set", "march fifth is john's birthday please place "
                               "this on the calendar", Slot("date", "march fifth"),
                               Slot("person", "john's"), Slot("event_name", "birthday")), c)
    assert out.speech == "Okay, I've added john's birthday on March 5 to your calendar."
    out = await skill.handle(u("calendar_set", "add an event to my calendar"), c)
    assert out.expect_followup

    out = await skill.handle(u("calendar_query", "what's on my calendar"), c)
    assert out.speech == ("You have 3 events coming up: dentist appointment at 3 PM on Monday, "
                          "lunch with john at noon on Tuesday and john's birthday on March 5.")
    out = await skill.handle(u("calendar_query", "what do i have on monday",
                               Slot("date", "monday")), c)
    assert out.speech == "On Monday you have: your dentist appointment at 3 PM."  # (a day's things)
    out = await skill.handle(u("calendar_query", "when is my dentist appointment",
                               Slot("event_name", "dentist appointment")), c)
    assert out.speech == "Your dentist appointment is at 3 PM on Monday."
    out = await skill.handle(u("calendar_query", "what do i have tomorrow",
                               Slot("date", "tomorrow")), c)
    assert out.speech == "You're clear tomorrow, nothing planned."

    out = await skill.handle(u("calendar_set", "move my dentist appointment to friday",
                               Slot("event_name", "dentist appointment"),
                               Slot("date", "friday")), c)
    assert out.action == "calendar.move"
    with store.session() as db:
        dentist = [e for e in calendar.all_events(db) if e.title == "dentist appointment"][0]
    assert dentist.start == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # next Friday, 3 PM kept

    out = await skill.handle(u("calendar_remove", "delete the lunch with john"), c)
    assert out.speech == "Okay, I've removed lunch with john at noon on Tuesday."
    out = await skill.handle(u("calendar_remove", "please clear out my calendar completely"), c)
    assert out.speech == "Okay, I've removed both events."
    out = await skill.handle(u("calendar_query", "what's on my calendar"), c)
    assert out.speech == "You have nothing coming up on your calendar."


async def test_export_ics(env: Any) -> None:
    skill, c, store = env
    await skill.handle(u("calendar_set", "add dentist appointment on monday at 3 pm"), c)
    await skill.handle(u("calendar_set", "remind me to water the plants every day at 8 am"), c)
    text = export_ics(store, "default")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:dentist appointment\r\n" in text
    assert "DTSTART:20261130T150000Z\r\n" in text
    assert "BEGIN:VTODO\r\n" in text and "RRULE:FREQ=DAILY\r\n" in text
    assert "SUMMARY:water the plants\r\n" in text


async def test_reminder_fires(env: Any) -> None:
    skill, c, store = env
    await skill.handle(u("calendar_set", "remind me in 20 minutes to check the oven"), c)
    got: list[Event] = []

    async def notify(ev: Event) -> None:
        got.append(ev)

    at = NOW.astimezone(UTC) + timedelta(minutes=20, seconds=1)
    await Scheduler(store, on_fire_callback(notify), clock=lambda: at).run_due()
    assert [(e.type, e.data["speech"]) for e in got] == [
        ("reminder-fired", "Reminder: check the oven.")]


async def test_moving_with_nothing_to_move(env: Any) -> None:
    """An empty calendar: a move of an appointment says so; a reminder's, that none is set."""
    skill, c, _ = env
    out = await skill.handle(u("calendar_set", "move my dentist appointment to friday at 3pm"),
                             c)
    assert (out.action, out.speech) == ("calendar.move_nothing",
                                        "You have nothing coming up that I could move.")
    out = await skill.handle(u("calendar_set", "move the reminder to call mum to 7 pm"), c)
    assert (out.action, out.speech) == ("reminder.none", "You have no reminders.")
