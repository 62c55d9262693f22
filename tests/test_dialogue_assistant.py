"""Multi-turn conversations through the Assistant: real skills, a real SQLite store, the
weather stand-in server; the understanding is scripted (dialogue logic under test).
The same conversations with the real NLU are in tests/test_ask_e2e.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from hark.assistant import Assistant
from hark.config import Settings
from hark.errors import InvalidInput, TextTooLong, UnknownSession
from hark.store import Store, sessions
from hark.store.models import Turn
from hark.types import Slot
from tests.standins import serve
from tests.standins.open_meteo import WeatherState, make_app
from tests.test_dialogue_support import (
    CrashSkill,
    MessagesSkill,
    RemindersSkill,
    make_registry,
    scripted,
    u,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)  # a Friday
TOMORROW = {"kind": "date", "date": "2026-11-28"}

TABLE = {
    "what's the weather": u("what's the weather", "weather_query", 0.96),
    "Paris": u("Paris", "qa_factoid", 0.55, Slot("place_name", "Paris")),
    "what's the weather in Paris": u("what's the weather in Paris", "weather_query", 0.97,
                                     Slot("place_name", "Paris")),
    "and tomorrow?": u("and tomorrow?", "calendar_query", 0.41,
                       Slot("date", "tomorrow", TOMORROW)),
    "what time is it in Tokyo": u("what time is it in Tokyo", "datetime_query", 0.95,
                                  Slot("place_name", "Tokyo")),
    "and in London?": u("and in London?", "weather_query", 0.52, Slot("place_name", "London")),
    "send an email to Anna": u("send an email to Anna", "email_sendemail", 0.93,
                               Slot("person", "Anna")),
    "send an email": u("send an email", "email_sendemail", 0.93),
    "yes": u("yes", "general_affirm", 0.97),
    "no": u("no", "general_negate", 0.97),
    "add lunch to my calendar": u("add lunch to my calendar", "calendar_set", 0.92,
                                  Slot("event_name", "lunch")),
    "at noon": u("at noon", "datetime_query", 0.4),
    "cancel it": u("cancel it", "general_commandstop", 0.7),
    "stop": u("stop", "general_commandstop", 0.95),
    "repeat that": u("repeat that", "general_repeat", 0.9),
    "order a pizza": u("order a pizza", "takeaway_order", 0.95),
    "blah blah": u("blah blah", "music_likeness", 0.22),
    "what time is it": u("what time is it", "datetime_query", 0.97),
    "bye": u("bye", "general_quirky", 0.5),
}


@pytest.fixture(scope="module")
def weather_url() -> Iterator[str]:
    with serve(make_app(WeatherState())) as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, weather_url: str) -> Settings:
    return Settings(data_dir=tmp_path, timezone="Europe/Paris", home_location="",
                    weather_url=f"{weather_url}/v1/forecast",
                    geocoding_url=f"{weather_url}/v1/search", http_timeout_s=3,
                    turn_log=str(tmp_path / "turns.md"))


@pytest.fixture
def skills() -> dict[str, object]:
    return {"messages": MessagesSkill(), "reminders": RemindersSkill(), "crash": CrashSkill()}


@pytest.fixture
def assistant(settings: Settings, skills: dict[str, object]) -> Iterator[Assistant]:
    store = Store.open(settings)
    yield Assistant(settings, store=store, registry=make_registry(*skills.values()),
                    understand=scripted(TABLE))
    store.close()


class Talk:
    def __init__(self, a: Assistant) -> None:
        self.a, self.session, self.now = a, None, NOW

    async def __call__(self, text: str):
        r = await self.a.handle_text(text, session_id=self.session, now=self.now)
        self.session = r.session_id
        return r


def turn_count(store: Store, session_id: str) -> int:
    with store.session() as db:
        return db.scalar(select(func.count()).select_from(Turn)
                         .where(Turn.session_id == session_id))


async def test_weather_clarify_then_answer(assistant: Assistant, settings: Settings) -> None:
    talk = Talk(assistant)
    r1 = await talk("what's the weather")
    assert r1.response_text == "For which city?" and r1.expect_followup
    r2 = await talk("Paris")
    assert r2.intent == "weather_query" and r2.action == "weather.forecast"
    assert r2.response_text.startswith("Right now in Paris it's 8 degrees")
    assert {"nlu", "dialogue", "skill", "total"} <= set(r2.timings_ms)
    log = Path(settings.turn_log).read_text()
    assert log.startswith("# Hark turn log") and "For which city?" in log and "Paris" in log


async def test_and_tomorrow_keeps_paris(assistant: Assistant) -> None:
    talk = Talk(assistant)
    await talk("what's the weather in Paris")
    r = await talk("and tomorrow?")
    assert r.intent == "weather_query" and "Paris" in r.response_text
    assert "tomorrow" in r.response_text.lower()
    assert {s["name"] for s in r.slots} == {"place_name", "date"}


async def test_time_in_tokyo_then_london(assistant: Assistant) -> None:
    talk = Talk(assistant)
    r1 = await talk("what time is it in Tokyo")
    assert r1.response_text == "In Tokyo it's 5 PM."
    r2 = await talk("and in London?")
    assert r2.intent == "datetime_query" and r2.action == "datetime.time_in"
    assert r2.response_text == "In London it's 8 AM."


async def test_confirm_no_does_nothing(assistant: Assistant, skills) -> None:
    talk = Talk(assistant)
    r = await talk("send an email to Anna")
    assert r.decision == "confirm" and r.response_text.endswith("Shall I go ahead?")
    r = await talk("no")
    assert r.response_text == "Okay, I won't."
    assert skills["messages"].sent == []


async def test_ask_slot_then_confirm_yes_executes(assistant: Assistant, skills) -> None:
    talk = Talk(assistant)
    assert (await talk("send an email")).response_text == "Who should I send it to?"
    r = await talk("Anna")  # unknown to the NLU: the whole text fills the slot
    assert r.decision == "confirm"
    r = await talk("yes")
    assert r.response_text == "Email sent to Anna." and r.action == "email.sent"
    assert skills["messages"].sent == [{"person": "Anna", "session": talk.session}]


async def test_cancel_it_removes_last_created_item(assistant: Assistant, skills) -> None:
    talk = Talk(assistant)
    assert (await talk("add lunch to my calendar")).response_text == "What time?"
    r = await talk("at noon")
    assert r.response_text == "Added for at noon." and r.slots[-1]["value"]["time"] == "12:00"
    r = await talk("cancel it")
    assert r.intent == "calendar_remove" and skills["reminders"].removed == [1]


async def test_stop_in_the_middle_of_a_clarification(assistant: Assistant, skills) -> None:
    talk = Talk(assistant)
    await talk("add lunch to my calendar")
    r = await talk("stop")
    assert r.decision == "stop" and r.response_text == "Okay, never mind."
    r = await talk("at noon")  # no longer an answer: handled on its own
    assert r.decision == "fallback" and skills["reminders"].created == []


async def test_repeat_that(assistant: Assistant) -> None:
    talk = Talk(assistant)
    r1 = await talk("what's the weather in Paris")
    r2 = await talk("repeat that")
    assert r2.response_text == r1.response_text and r2.decision == "repeat"


async def test_low_confidence_fallback(assistant: Assistant) -> None:
    r = await Talk(assistant)("blah blah")
    assert r.decision == "fallback" and r.action == "dialogue.fallback"
    assert r.response_text.startswith("Sorry, I'm not sure what you mean.")
    assert "weather" in r.response_text


async def test_session_persists_across_two_assistants(settings: Settings, skills) -> None:
    """Two Assistant instances, each with its own Store on the same SQLite file (as two
    processes would be)."""
    s1 = Store.open(settings)
    a1 = Assistant(settings, store=s1, registry=make_registry(*skills.values()),
                   understand=scripted(TABLE))
    r1 = await a1.handle_text("add lunch to my calendar", now=NOW)
    s1.close()
    s2 = Store.open(settings)
    a2 = Assistant(settings, store=s2, registry=make_registry(MessagesSkill(),
                                                              RemindersSkill()),
                   understand=scripted(TABLE))
    r2 = await a2.handle_text("at noon", session_id=r1.session_id, now=NOW)
    assert r2.session_id == r1.session_id and r2.action == "calendar.set"
    # without --session: the user's latest active session on this device is continued
    r3 = await a2.handle_text("repeat that", now=NOW + timedelta(minutes=1))
    assert r3.session_id == r1.session_id and r3.response_text == "Added for at noon."
    assert turn_count(s2, r1.session_id) == 3
    s2.close()


async def test_idle_session_expires(assistant: Assistant) -> None:
    r1 = await assistant.handle_text("add lunch to my calendar", now=NOW)
    later = NOW + timedelta(minutes=31)
    r2 = await assistant.handle_text("at noon", session_id=r1.session_id, now=later)
    assert r2.session_id != r1.session_id and r2.expired_session_id == r1.session_id
    assert r2.new_session and r2.decision == "fallback"  # the old question is gone


async def test_bye_ends_the_session(assistant: Assistant) -> None:
    r1 = await assistant.handle_text("what time is it", now=NOW)
    r2 = await assistant.handle_text("bye", session_id=r1.session_id, now=NOW)
    assert r2.end_session and r2.response_text == "Goodbye!"
    r3 = await assistant.handle_text("what time is it", now=NOW)
    assert r3.session_id != r1.session_id and r3.new_session


async def test_errors(assistant: Assistant) -> None:
    with pytest.raises(UnknownSession):
        await assistant.handle_text("what time is it", session_id="nope", now=NOW)
    with pytest.raises(TextTooLong):
        await assistant.handle_text("a" * 2001, now=NOW)
    with pytest.raises(InvalidInput):
        await assistant.handle_text("   ", now=NOW)


async def test_skill_crash_leaves_no_turn_and_state_unchanged(
        assistant: Assistant, skills) -> None:
    store = await assistant.store()
    r1 = await assistant.handle_text("what's the weather in Paris", now=NOW)
    with store.session() as db:
        before = sessions.get(db, r1.session_id, now=NOW).state
    r2 = await assistant.handle_text("order a pizza", session_id=r1.session_id, now=NOW)
    assert skills["crash"].calls == 1
    assert r2.action == "skill.error" and "went wrong" in r2.response_text  # spoken apology
    assert r2.turn_index is None
    assert turn_count(store, r1.session_id) == 1
    with store.session() as db:
        assert sessions.get(db, r1.session_id, now=NOW).state == before
    # and the conversation goes on from where it was
    r3 = await assistant.handle_text("and tomorrow?", session_id=r1.session_id, now=NOW)
    assert "Paris" in r3.response_text


async def test_crash_while_saving_leaves_nothing_half_written(
        assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    store = await assistant.store()
    r1 = await assistant.handle_text("add lunch to my calendar", now=NOW)
    with store.session() as db:
        before = json.dumps(sessions.get(db, r1.session_id, now=NOW).state, sort_keys=True)

    def broken(*a, **kw):
        raise RuntimeError("disk on fire")

    from hark.store import turns

    monkeypatch.setattr(turns, "append", broken)  # fails after the state was updated
    with pytest.raises(RuntimeError):
        await assistant.handle_text("at noon", session_id=r1.session_id, now=NOW)
    monkeypatch.undo()
    with store.session() as db:
        after = json.dumps(sessions.get(db, r1.session_id, now=NOW).state, sort_keys=True)
    assert after == before and turn_count(store, r1.session_id) == 1
    r = await assistant.handle_text("at noon", session_id=r1.session_id, now=NOW)
    assert r.action == "calendar.set"


async def test_last_ten_turns_and_history(assistant: Assistant) -> None:
    store = await assistant.store()
    r = await assistant.handle_text("what time is it", now=NOW)
    for _ in range(12):
        await assistant.handle_text("what time is it", session_id=r.session_id, now=NOW)
    with store.session() as db:
        state = sessions.get(db, r.session_id, now=NOW).state
    assert len(state["history"]) == 10 and state["turns"] == 13
