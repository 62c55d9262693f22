"""A home command said with a time ("switch the plug on at 7 am"): nothing is switched
now; Hark says it cannot switch devices later and offers a reminder at that time, in
five languages. "yes" makes the reminder, "no" makes nothing. Said to a real Assistant
over a real SQLite store, on the virtual devices."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.assistant import Assistant
from hark.config import Settings
from hark.nlu.timed_commands import untimed
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.store import Store
from hark.store import reminders as repo
from tests.test_skill_smarthome import DictStore

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=LONDON)  # a Monday


@pytest.fixture
def home(tmp_path: Path) -> Any:
    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    store = Store.open(settings)
    devices = VirtualDevices(DictStore())
    yield Assistant(settings, store=store, services={"devices": devices}), store, devices
    store.close()


async def talk(assistant: Assistant, *turns: str) -> list[str]:
    sid, said = None, []
    for t in turns:
        r = await assistant.handle_text(t, session_id=sid, now=NOW)
        sid = r.session_id
        said.append(r.response_text)
    return said


def reminders(store: Store) -> list[tuple[str, str]]:
    with store.session() as db:
        return [(r.text, r.due.astimezone(LONDON).strftime("%Y-%m-%d %H:%M"))
                for r in repo.list_for(db, user="default")]


async def switched_on(devices: VirtualDevices) -> set[str]:
    return {d.id for d in await devices.list_devices()
            if d.state.get("on") or d.state.get("status") == "cleaning"}


@pytest.mark.parametrize(("lang", "turns", "text", "due"), [
    ("en", ["switch the plug on at 7 am", "yes"], "switch the plug on", "2026-12-01 07:00"),
    ("en", ["can you please turn the bedroom lights on at 6:30 tomorrow morning", "yes"],
     "turn the bedroom lights on", "2026-12-01 06:30"),
    ("en", ["turn off the lights in 10 minutes", "yes please"], "turn off the lights",
     "2026-11-30 17:10"),
    ("en", ["start the vacuum at 10 tomorrow", "sure"], "start the vacuum",
     "2026-12-01 10:00"),
    ("de", ["Kannst du bitte um 7 Uhr den Heizlüfter einschalten?", "ja"],
     "den Heizlüfter einschalten", "2026-11-30 19:00"),
    ("fr", ["allume la lumière du salon à 19 heures", "oui"], "allume la lumière du salon",
     "2026-11-30 19:00"),
    ("es", ["apaga las luces a las once", "sí"], "apaga las luces", "2026-11-30 23:00"),
    ("it", ["spegni la luce tra dieci minuti", "sì"], "spegni la luce", "2026-11-30 17:10"),
])
async def test_a_timed_command_offers_a_reminder(home: Any, lang: str, turns: list[str],
                                                 text: str, due: str) -> None:
    assistant, store, devices = home
    on_before = await switched_on(devices)
    said = await talk(assistant, *turns)
    assert await switched_on(devices) == on_before  # nothing switched now
    assert reminders(store)[-1:] == [(text, due)], said
    assert len(reminders(store)) == 1


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["make me a coffee at 7", "no"]),
    ("de", ["Schalte um halb sieben das Licht im Flur an", "nein"]),
])
async def test_no_makes_nothing(home: Any, lang: str, turns: list[str]) -> None:
    assistant, store, devices = home
    said = await talk(assistant, *turns)
    assert reminders(store) == []
    assert await switched_on(devices) == set()
    assert "reminder" not in said[-1].lower() and "erinner" not in said[-1].lower()


async def test_the_offer_names_the_time(home: Any) -> None:
    assistant, _, _ = home
    said = await talk(assistant, "switch the plug on at 7 am")
    assert "7 AM" in said[0] and "remind" in said[0]
    said = await talk(assistant, "Schalte um halb sieben das Licht im Flur an")
    assert "18:30" in said[0] and "erinnern" in said[0]


@pytest.mark.parametrize("text", [
    "turn on the kettle", "turn on the kettle now", "switch the fan on please"])
async def test_without_a_time_it_is_done_now(home: Any, text: str) -> None:
    assistant, store, devices = home
    await talk(assistant, text)
    assert await switched_on(devices)
    assert reminders(store) == []


async def test_a_level_is_no_time(home: Any) -> None:
    assistant, store, devices = home
    said = await talk(assistant, "dim the living room lights to 3")
    assert "30 percent" in said[0]
    assert reminders(store) == []


@pytest.mark.parametrize(("text", "lang", "bare", "times"), [
    ("can you please turn the bedroom lights on at 6:30 tomorrow morning", "en",
     "can you please turn the bedroom lights on", ["6:30 tomorrow morning"]),
    ("Schalte um halb sieben das Licht im Flur an", "de", "Schalte das Licht im Flur an",
     ["halb sieben"]),
    ("allume la lumière du salon à 19 heures", "fr", "allume la lumière du salon",
     ["19 heures"]),
    ("turn the lights to 50 percent", "en", None, None),
    ("set the lights to 7", "en", None, None),  # a level, bound by "to"
    ("turn on the lights", "en", None, None),
])
def test_untimed(text: str, lang: str, bare: str | None, times: list[str] | None) -> None:
    found = untimed(text, NOW, lang)
    if bare is None:
        assert found is None
    else:
        assert found is not None
        assert found[0] == bare and [s.raw for s in found[1]] == times


async def test_a_part_of_the_day_in_a_reason_is_no_time(home: Any) -> None:
    assistant, store, devices = home
    await talk(assistant, "Preparami un americano, che stamattina ho bisogno di carburante.")
    assert (await devices.get_state("coffee.machine")).get("last_drink") == "americano"
    assert reminders(store) == []
