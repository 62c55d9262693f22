"""Questions about several days at once: two or three days named one by one ("on Tuesday
and Friday": not Wednesday), a range ("Wednesday through Friday", "from Thursday
onwards", "after Tuesday"), for alarms, reminders and events; and the terse headings that
ask them ("reminders for thu and sat?")."""

from __future__ import annotations

import asyncio
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from hark.dialogue.compound import _plural
from hark.nlu import days_questions, edit_requests
from hark.skills.providers.dates import days_asked, days_in_slots
from hark.types import Slot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from manage_bench import judge  # noqa: E402

MONDAY = date(2026, 11, 30)
TUE, WED, THU, FRI, SAT, SUN, NEXT_MON = (date(2026, 12, d) for d in range(1, 8))


@pytest.mark.parametrize("text, days", [
    ("what alarms have I got on Wednesday and on Saturday?", {WED, SAT}),
    ("any reminders tuesday or saturday", {TUE, SAT}),
    ("reminders for thursday, friday and saturday", {THU, FRI, SAT}),
    ("what's on today and tomorrow", {MONDAY, TUE}),
    ("will any alarm go off on Sunday or next Monday?", {SUN, NEXT_MON}),
])
def test_days_named_one_by_one(text: str, days: set[date]) -> None:
    asked = days_asked(text, MONDAY)
    assert asked is not None and asked.days == days
    assert asked.span == (min(days), max(days))
    between = [d for d in (TUE, WED, THU, FRI) if min(days) < d < max(days) and d not in days]
    assert not any(asked.holds(d) for d in between)


@pytest.mark.parametrize("text, span", [
    ("wednesday through friday", (WED, FRI)),
    ("between tuesday and thursday", (TUE, THU)),
    ("from friday to monday", (FRI, NEXT_MON)),
    ("reminders from thursday onwards?", (THU, date(2027, 1, 27))),
    ("anything from wednesday on", (WED, date(2027, 1, 26))),
    ("after tuesday", (WED, date(2027, 1, 26))),
    ("before friday", (MONDAY, THU)),
])
def test_a_range_of_days(text: str, span: tuple[date, date]) -> None:
    asked = days_asked(text, MONDAY)
    assert asked is not None and asked.span == span and asked.days is None


@pytest.mark.parametrize("text", ["what's on friday", "alarms tomorrow", "my reminders",
                                  "what's on friday at 9",
                                  "what time is my alarm the day after tomorrow"])
def test_one_day_or_none_is_not_several(text: str) -> None:
    assert days_asked(text, MONDAY) is None


def _days(text: str, *names_and_dates: tuple[str, date]) -> list[Slot]:
    """The date slots a language's finder gives for ``names_and_dates`` said in ``text``."""
    slots = []
    for name, day in names_and_dates:
        at = text.index(name)
        slots.append(Slot("date", name, {"kind": "date", "date": day.isoformat()}, at,
                          at + len(name)))
    return slots


@pytest.mark.parametrize("text, said, days", [
    ("Welche Wecker habe ich am Mittwoch und am Samstag?", ("Mittwoch", "Samstag"), {WED, SAT}),
    ("Quels rappels ai-je mardi, jeudi ou samedi ?", ("mardi", "jeudi", "samedi"),
     {TUE, THU, SAT}),
    ("¿Qué alarmas tengo el miércoles y el sábado?", ("miércoles", "sábado"), {WED, SAT}),
    ("Che impegni ho martedì e venerdì?", ("martedì", "venerdì"), {TUE, FRI}),
])
def test_days_named_one_by_one_in_other_languages(text: str, said: tuple[str, ...],
                                                  days: set[date]) -> None:
    by_name = dict(zip(said, sorted(days), strict=True))
    asked = days_in_slots(text, _days(text, *by_name.items()), MONDAY)
    assert asked is not None and asked.days == days


@pytest.mark.parametrize("text, said, span", [
    ("Welche Termine habe ich von Dienstag bis Donnerstag?", ("Dienstag", "Donnerstag"),
     (TUE, THU)),
    ("Welche Erinnerungen habe ich zwischen Dienstag und Donnerstag?",
     ("Dienstag", "Donnerstag"), (TUE, THU)),
    ("Quels rendez-vous du mardi au jeudi ?", ("mardi", "jeudi"), (TUE, THU)),
    ("¿Qué citas tengo del martes al jueves?", ("martes", "jueves"), (TUE, THU)),
    ("Quali appuntamenti ho tra martedì e giovedì?", ("martedì", "giovedì"), (TUE, THU)),
    ("Quels rappels ai-je à partir de jeudi ?", ("jeudi",), (THU, date(2027, 1, 27))),
    ("Che promemoria ho da giovedì in poi?", ("giovedì",), (THU, date(2027, 1, 27))),
    ("Welche Wecker habe ich nach Dienstag?", ("Dienstag",), (WED, date(2027, 1, 26))),
    ("¿Qué citas tengo antes del viernes?", ("viernes",), (MONDAY, THU)),
])
def test_a_range_of_days_in_other_languages(text: str, said: tuple[str, ...],
                                            span: tuple[date, date]) -> None:
    days = [d for d in (TUE, WED, THU, FRI) if d in span or len(said) == 1][:len(said)]
    if len(said) == 1:
        days = [span[0] - timedelta(days=1) if "nach" in text else
                span[1] + timedelta(days=1) if "antes" in text else span[0]]
    asked = days_in_slots(text, _days(text, *zip(said, days, strict=True)), MONDAY)
    assert asked is not None and asked.span == span and asked.days is None


def test_one_day_in_another_language_is_not_several() -> None:
    text = "Welche Wecker habe ich am Samstag?"
    assert days_in_slots(text, _days(text, ("Samstag", SAT)), MONDAY) is None
    text = "Che sveglie ho da giovedì?"  # "da" alone may open a range: not onwards
    assert days_in_slots(text, _days(text, ("giovedì", THU)), MONDAY) is None


@pytest.mark.parametrize("text, intent", [
    ("reminders for thursday and saturday?", "calendar_query"),
    ("alarms between tuesday and thursday", "alarm_query"),
    ("alarms for tomorrow and friday?", "alarm_query"),
    ("anything in the diary tuesday or friday?", "calendar_query"),
    ("anything booked wednesday or saturday", "calendar_query"),
    ("reminders wednesday through friday pls", "calendar_query"),
    ("what have i got on after tuesday?", "calendar_query"),
    # "check" looks at reminders; it ticks one off only with "off"/"done"
    ("could you check my reminders for tuesday please", "calendar_query"),
    ("check off the bins reminder", "calendar_remove"),
])
def test_the_reader_takes_the_headings(text: str, intent: str) -> None:
    assert edit_requests.find(text) == intent


def test_two_days_of_alarms_asked_are_no_two_alarms_to_set() -> None:
    assert _plural("alarms for tomorrow and friday?") is None
    assert _plural("set alarms for 6 and 6:10 tomorrow") is not None


@pytest.mark.parametrize("text, domain, mention, absent", [
    ("What alarms have I got on Wednesday and on Saturday?", "alarm", ["06:30", "09:00"],
     ["07:15"]),
    ("alarms for tomorrow and friday?", "alarm", ["06:30", "07:15"], ["09:00"]),
    ("Which reminders are for Tuesday and Thursday?", "reminder", ["dentist", "bins"],
     ["card"]),
    ("Reminders from Thursday onwards?", "reminder", ["bins", "card"], ["dentist"]),
    ("What's on Tuesday and Friday?", "event", ["team", "Anna"], ["dentist appointment"]),
    ("Could you check my reminders for Tuesday, please?", "reminder", ["dentist"],
     ["bins", "card"]),
    ("Welche Wecker habe ich am Mittwoch und am Samstag?", "alarm", ["06:30", "09:00"],
     ["07:15"]),
    ("Quels rendez-vous ai-je après mardi ?", "event", ["dentist", "Anna"], ["team"]),
    ("¿Qué recordatorios tengo entre el martes y el jueves?", "reminder", ["dentist", "bins"],
     ["card"]),
    ("Che sveglie ho mercoledì e sabato?", "alarm", ["06:30", "09:00"], ["07:15"]),
    # the day of the month is no clock time ("3" was 3 AM: no alarm then)
    ("What are the alarms set for Thursday 3 December?", "alarm", ["06:30"],
     ["07:15", "09:00"]),
    ("Is my 7:15 alarm on 1 December?", "alarm", ["07:15"], ["06:30", "09:00"]),
    # British "diary" for the calendar (was read at 0.49 and not answered)
    ("anything in my diary for friday night", "event", ["19:30"], ["14:00", "09:00"]),
])
def test_answered_over_a_real_store(text: str, domain: str, mention: list[str],
                                    absent: list[str]) -> None:
    """A real Assistant over the seeded SQLite store: the answer names the things on the
    days asked, none on other days, and nothing in the store changes."""
    row = {"text": text, "domain": domain, "op": "query",
           "expect": {"mention": mention, "absent": absent}}
    ok, said, _ = asyncio.run(judge(row))
    assert ok, said


@pytest.mark.parametrize("text, lang, intent", [
    ("Erinnerungen ab Donnerstag?", "de", "calendar_query"),
    ("rappels avant jeudi", "fr", "calendar_query"),
    ("Pourriez-vous m'indiquer mes rendez-vous du mercredi au samedi ?", "fr",
     "calendar_query"),
    ("Recordatorios a partir del viernes", "es", "calendar_query"),
    ("alarmas sabado y domingo", "es", "alarm_query"),
    ("Mi potrebbe elencare i promemoria da martedì a venerdì, per favore?", "it",
     "calendar_query"),
    # something to make, a time, or a removal: not such a question
    ("Erinnere mich am Donnerstag an den Müll", "de", None),
    ("Stelle einen Wecker für Samstag um 7", "de", None),
    ("Lösche die Erinnerungen am Donnerstag", "de", None),
    ("Crea un promemoria per giovedì", "it", None),
    ("Pon una alarma para el sábado", "es", None),
    ("reminders for thursday", "en", None),  # English has its own reader
])
def test_questions_on_days_in_other_languages(text: str, lang: str, intent: str | None
                                              ) -> None:
    assert days_questions.find(text, lang) == intent


def test_a_terse_question_in_another_language_is_answered_not_made_a_reminder() -> None:
    row = {"text": "Erinnerungen ab Donnerstag?", "domain": "reminder", "op": "query",
           "expect": {"mention": ["bins", "card"], "absent": ["dentist"]}}
    ok, said, _ = asyncio.run(judge(row))
    assert ok, said
    row = {"text": "Tu peux me lire mes rappels de demain et de jeudi ?", "domain": "reminder",
           "op": "query", "expect": {"mention": ["dentist", "bins"], "absent": ["card"]}}
    ok, said, _ = asyncio.run(judge(row))
    assert ok, said
