"""Typed errors are said in the user's language: every phrase an error names exists in
German, French, Spanish and Italian, and failed requests answer with it."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest

from hark.errors import Conflict, HarkError, InvalidInput, NotFound
from hark.skills.providers.error_phrases import ERROR_PHRASES
from hark.skills.providers.lang import say_error

SRC = Path(__file__).parents[1] / "src" / "hark"


def _named_phrases() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        found |= set(re.findall(r"\bphrase=\"(\w+)\"", path.read_text("utf-8")))
    return found


def test_every_phrase_named_is_translated_and_every_translation_used() -> None:
    named = _named_phrases()
    assert len(named) > 20
    for language, phrases in ERROR_PHRASES.items():
        assert set(phrases) == named, language


def test_translations_ask_for_the_same_details() -> None:
    fields = {key: {f for _, f, _, _ in string.Formatter().parse(text) if f}
              for key, text in ERROR_PHRASES["de"].items()}
    for language, phrases in ERROR_PHRASES.items():
        for key, text in phrases.items():
            assert {f for _, f, _, _ in string.Formatter().parse(text) if f} == fields[key], \
                (language, key)


@pytest.mark.parametrize(("error", "language", "said"), [
    (InvalidInput("That time has already passed.", phrase="alarm_past"), "de",
     "Diese Zeit ist schon vorbei."),
    (NotFound("You have no holiday list.", phrase="list_missing", list="Urlaub"), "de",
     "Du hast keine Liste „Urlaub“."),
    (Conflict("That timer is paused, not running.", phrase="timer_not_running",
              state="paused"), "fr", "Ce minuteur n'est pas en marche."),
    (InvalidInput("That time has already passed.", phrase="alarm_past"), "en",
     "That time has already passed."),  # English is the message itself
    (NotFound("You have no holiday list.", phrase="list_missing"), "it",
     "You have no holiday list."),  # a detail missing: the message, never a crash
    (HarkError("Something odd.", phrase="no_such_phrase"), "es", "Something odd."),
    (RuntimeError("db exploded at 0x7f"), "es",
     "Algo ha fallado dentro de Hark; los detalles están en el registro."),
])
def test_say_error(error: BaseException, language: str, said: str) -> None:
    assert say_error(error, language) == said


async def test_an_alarm_in_the_past_is_refused_in_german(tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.config import Settings
    from hark.skills.alarms import AlarmSkill
    from hark.skills.base import SkillContext
    from hark.store import Store
    from hark.types import Slot, Understanding

    settings = Settings(data_dir=tmp_path, timezone="Europe/Berlin")
    store = Store.open(settings)
    now = datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    ctx: Any = SkillContext(settings=settings, tz=ZoneInfo("Europe/Berlin"), now=now,
                            services={"store": store}, language="de")
    u = Understanding("Stell einen Wecker für gestern um 7 Uhr", "alarm_set", 1.0,
                      [Slot("date", "gestern", {"kind": "date", "date": "2026-11-26"}),
                       Slot("time", "um 7 Uhr", {"kind": "time", "time": "07:00"})],
                      language="de")
    out = await AlarmSkill().handle(u, ctx)
    store.close()
    assert (out.action, out.speech) == ("alarm.failed", "Diese Zeit ist schon vorbei.")
