"""A follow-up keeps the previous request's kind only when it says nothing of its own:
"dinner with Anna on Friday at 7.30pm" after an alarm is an event (it had set a second
alarm), while "and in Paris?" after a weather question stays a weather question. A real
Assistant with the real NLU over a real SQLite store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hark.assistant import Assistant
from hark.config import Settings

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


async def _talk(tmp_path: Path, turns: list[str]) -> list[str]:
    a = Assistant(Settings(data_dir=tmp_path, timezone="Europe/London"))
    session, intents = None, []
    try:
        for text in turns:
            r = await a.handle_text(text, session_id=session, now=NOW)
            session = r.session_id
            intents.append(r.intent)
    finally:
        await a.aclose()
    return intents


@pytest.mark.asyncio
async def test_an_event_after_an_alarm_is_an_event(tmp_path: Path) -> None:
    intents = await _talk(tmp_path, ["set an alarm for 7 tomorrow",
                                     "dinner with anna on friday at 7.30pm"])
    assert intents == ["alarm_set", "calendar_set"]


@pytest.mark.asyncio
async def test_a_bare_time_after_an_alarm_is_another_alarm(tmp_path: Path) -> None:
    intents = await _talk(tmp_path, ["set an alarm for 7 tomorrow", "and 8 on saturday"])
    assert intents == ["alarm_set", "alarm_set"]
