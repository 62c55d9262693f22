"""Date and time skill with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.datetime_skill import DateTimeSkill, parse_clock
from hark.skills.providers import dates
from hark.text.places import find_zone
from hark.types import Slot, Understanding

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 3, 15, 42, tzinfo=LONDON)  # a Tuesday


def ctx(language: str = "en") -> SkillContext:
    return SkillContext(settings=Settings(), tz=LONDON, now=NOW, language=language)


async def ask(text: str, *slots: Slot, intent: str = "datetime_query",
              language: str = "en") -> str:
    out = await DateTimeSkill().handle(Understanding(text, intent, 0.9, list(slots)),
                                       ctx(language))
    return out.speech


@pytest.mark.parametrize(("text", "slots", "expected"), [
    ("what time is it", [], "It's 3:42 PM."),
    ("current time please", [], "It's 3:42 PM."),
    ("what's the date", [], "Today is Tuesday, November 3."),
    ("do you know what day it is", [], "Today is Tuesday, November 3."),
    ("what is the month day and year", [], "Today is Tuesday, November 3, 2026."),
    ("what time is it in tokyo", [Slot("place_name", "tokyo")],
     "In Tokyo it's 12:42 AM on Wednesday, November 4."),
    ("what time in las vegas", [Slot("place_name", "las vegas")], "In Las Vegas it's 7:42 AM."),
    ("report the current time in oakland", [Slot("place_name", "oakland")],
     "In Oakland it's 7:42 AM."),
    ("what day is christmas", [Slot("event_name", "christmas")],
     "Christmas is on Friday, December 25."),
    ("how many days until new year", [], "There are 59 days until New Year."),
    ("what's the date in 3 weeks",
     [Slot("date", "in 3 weeks", {"kind": "date", "date": "2026-11-24"})],
     "In 3 weeks it will be Tuesday, November 24."),
    ("what's the date in three weeks", [Slot("date", "in three weeks")],
     "In three weeks it will be Tuesday, November 24."),
    ("march tenth lands on what day of the week", [Slot("date", "march tenth")],
     "March tenth was a Tuesday."),
    ("what time is it in narnia", [Slot("place_name", "narnia")],
     "Sorry, I don't know which time zone Narnia is in."),
])
async def test_query(text: str, slots: list[Slot], expected: str) -> None:
    assert await ask(text, *slots) == expected


@pytest.mark.parametrize(("text", "slots", "expected"), [
    ("what is 3pm london time in new york",
     [Slot("time", "3pm", {"kind": "time", "time": "15:00"}), Slot("place_name", "london"),
      Slot("place_name", "new york")],
     "3 PM in London is 10 AM in New York."),
    ("if it is noon in virginia what time is it in california",
     [Slot("timeofday", "noon"), Slot("place_name", "virginia"),
      Slot("place_name", "california")],
     "Noon in Virginia is 9 AM in California."),
    ("it's eight at night in france what time is it in new york",
     [Slot("time", "eight"), Slot("time", "night"), Slot("place_name", "france"),
      Slot("place_name", "new york")],
     "8 PM in France is 2 PM in New York."),
    ("convert g. m. t. to ist", [Slot("time_zone", "g. m. t."), Slot("time_zone", "ist")],
     "IST is 5 and a half hours ahead of GMT; it's 9:12 PM there."),
    ("what the time difference from here to ottawa", [Slot("place_name", "ottawa")],
     "Ottawa is 5 hours behind you; it's 10:42 AM there."),
    ("what's 11pm here in tokyo", [Slot("time", "11pm"), Slot("place_name", "tokyo")],
     "11 PM here is 8 AM the next day in Tokyo."),
])
async def test_convert(text: str, slots: list[Slot], expected: str) -> None:
    assert await ask(text, *slots, intent="datetime_convert") == expected


async def test_other_languages() -> None:
    assert await ask("wie spät ist es", language="de") == "Es ist 15:42 Uhr."
    assert await ask("quelle heure est-il", language="fr") == "Il est 15 h 42."
    assert await ask("qué fecha es hoy", language="es") == "Hoy es martes, 3 de noviembre."
    assert await ask("che ore sono a tokyo", Slot("place_name", "tokyo"), language="it") == \
        "A Tokyo sono le 0:42, mercoledì 4 novembre."


@pytest.mark.parametrize(("language", "text", "slots", "expected"), [
    ("de", "wie spät ist es in Tokio wenn es in Berlin 15 Uhr ist",
     [Slot("place_name", "Tokio", start=18), Slot("place_name", "Berlin", start=36),
      Slot("time", "15 Uhr", {"kind": "time", "time": "15:00"}, start=43)],
     "15:00 Uhr in Berlin ist 23:00 Uhr in Tokio."),
    ("de", "Zeitunterschied nach Tokio", [Slot("place_name", "Tokio")],
     "In Tokio ist es 9 Stunden später als hier. Dort ist es 0:42 Uhr."),
    ("fr", "décalage horaire avec New York", [Slot("place_name", "New York")],
     "New York a 5 heures de retard sur nous. Il y est 10 h 42."),
    ("es", "diferencia horaria entre Londres y Madrid",
     [Slot("place_name", "Londres"), Slot("place_name", "Madrid")],
     "Madrid va 1 hora por delante de Londres. Allí son las 16:42."),
    ("it", "che ore sono a Roma alle 23 qui",
     [Slot("time", "23", {"kind": "time", "time": "23:00"}), Slot("place_name", "Roma")],
     "Le 23:00 qui sono le 0:00 del giorno dopo a Roma."),
    ("de", "wie spät ist es in Atlantis", [Slot("place_name", "Atlantis")],
     "Ich weiß leider nicht, in welcher Zeitzone Atlantis liegt."),
])
async def test_convert_in_other_languages(language: str, text: str, slots: list[Slot],
                                          expected: str) -> None:
    assert await ask(text, *slots, intent="datetime_convert", language=language) == expected


def test_helpers() -> None:
    assert parse_clock("nine pm") == (21, 0)
    assert parse_clock("half past") is None
    assert parse_clock("7:30 am") == (7, 30)
    assert parse_clock("twelve am") == (0, 0)
    assert find_zone("london england").key == "Europe/London"
    assert find_zone("New York City").key == "America/New_York"
    assert find_zone("pacific standard time").key == "America/Los_Angeles"
    today = date(2026, 11, 27)  # Friday
    span = dates.parse_text("this weekend", today)
    assert span and (span.start, span.end) == (date(2026, 11, 28), date(2026, 11, 29))
    assert dates.parse_text("next friday", today).start == date(2026, 12, 4)
    assert dates.parse_text("the day after tomorrow", today).start == date(2026, 11, 29)
    assert dates.easter(2027) == date(2027, 3, 28)
    assert dates.holiday("thanksgiving", today)[1] == date(2027, 11, 25)
