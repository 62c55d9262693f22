"""Date questions in German, French, Spanish and Italian: "how many days until…" and
"what day is…" are recognised by the rules (with the date as a slot) and answered in the
language by the date-and-time skill."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.nlu.engine import NLU
from hark.skills.base import SkillContext
from hark.skills.datetime_skill import DateTimeSkill

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)  # a Friday


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU.load("default")


async def answer(nlu: NLU, text: str) -> tuple[str, str, str]:
    u = nlu.parse(text, now=NOW)
    ctx = SkillContext(settings=Settings(timezone="Europe/Paris"), language=u.language,
                       tz=PARIS, now=NOW)
    out = await DateTimeSkill().handle(u, ctx)
    return u.language, u.intent, out.speech


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Wie viele Tage sind es noch bis Weihnachten?", "de", "Bis Weihnachten sind es noch 28 Tage."),
    ("wie viele Tage bis zum 24. Dezember", "de", "Bis zum 24. Dezember sind es noch 27 Tage."),
    ("An welchem Wochentag ist Heiligabend?", "de",
     "Heiligabend ist am Donnerstag, 24. Dezember."),
    ("wann ist Ostern", "de", "Ostern ist am Sonntag, 28. März 2027."),
    ("Combien de jours avant Noël ?", "fr", "Noël, c'est dans 28 jours."),
    ("Quel jour tombe le 14 juillet ?", "fr", "14 juillet, c'est le mercredi 14 juillet 2027."),
    ("¿Cuántos días faltan para Navidad?", "es", "Navidad es dentro de 28 días."),
    ("¿Qué día de la semana es el 6 de enero?", "es",
     "6 de enero es el miércoles, 6 de enero de 2027."),
    ("Wie viele Tage habe ich noch bis zum zweiten Weihnachtsfeiertag?", "de",
     "Bis zum zweiten Weihnachtsfeiertag sind es noch 29 Tage."),
    ("quanti giorni ci sono da oggi al tre marzo", "it", "Tre marzo è tra 96 giorni."),
    ("combien de jours avant la fête nationale", "fr",
     "Fête nationale, c'est dans 229 jours."),
    ("Quanti giorni mancano a Natale?", "it", "Natale è tra 28 giorni."),
    ("Che giorno è domani?", "it", "Domani è sabato 28 novembre."),
    # English: the model read "how many days until christmas" at 0.65, below the 0.7 the
    # dialogue asks for, so Hark said it was not sure
    ("how many days until christmas", "en", "There are 28 days until Christmas."),
    ("what day of the week is the fourth of july", "en",
     "Fourth of July is on Sunday, July 4, 2027."),
    ("what day is christmas this year", "en", "Christmas is on Friday, December 25."),
])
async def test_date_questions_answer_in_the_language(nlu: NLU, text: str, language: str,
                                                     expected: str) -> None:
    assert await answer(nlu, text) == (language, "datetime_query", expected)


@pytest.mark.parametrize(("text", "language"), [
    ("Wann ist mein Zahnarzttermin?", "de"),  # not a date: the model decides
    ("¿Cuándo es mi cita con el médico?", "es"),
    ("Wann ist morgen die Teambesprechung?", "de"),  # the plan's, on that day
    ("quando è domani la riunione", "it"),
    ("what day is the meeting on", "en"),
    ("how many days until my birthday", "en"),
])
def test_rules_leave_questions_without_a_date(nlu: NLU, text: str, language: str) -> None:
    u = nlu.parse(text, now=NOW)  # the date reader leaves them to the calendar
    assert u.language == language and u.intent != "datetime_query"


async def test_tomorrow_today_and_the_past(nlu: NLU) -> None:
    ctx = SkillContext(settings=Settings(timezone="Europe/Paris"), language="de", tz=PARIS,
                       now=NOW)
    for text, expected in [("wie viele Tage noch bis morgen", "Morgen ist morgen."),
                           ("welcher Tag ist heute", "Heute ist Freitag, 27. November.")]:
        out = await DateTimeSkill().handle(nlu.parse(text, now=NOW, lang="de"), ctx)
        assert out.speech == expected


def test_a_bare_unit_is_no_duration(nlu: NLU) -> None:
    """"wie viele Tage" names no length of time; "eine halbe Stunde" does."""
    days = nlu.parse("Wie viele Tage sind es noch bis Weihnachten?", now=NOW)
    assert [s.name for s in days.slots] == ["date"]
    half = nlu.parse("stell einen Timer für eine halbe Stunde", now=NOW)
    assert any(s.name == "duration" and s.value["seconds"] == 1800 for s in half.slots)
