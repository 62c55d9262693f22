""""The second one" said of what the last answer listed (``hark.dialogue.ordinals``):
unit tables, what must not be taken for one of them, and whole conversations through a
real Assistant on a real SQLite store."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

from hark.dialogue.ordinals import of_outcome, picked, still_listed
from hark.dialogue.state import DialogueState

_ALARMS = [{"type": "alarm", "id": 1, "name": "", "time": "06:30"},
           {"type": "alarm", "id": 2, "name": "", "time": "07:15"},
           {"type": "alarm", "id": 3, "name": "swimming", "time": "09:00"}]
_TIMERS = [{"type": "timer", "id": 4, "name": "pasta", "seconds": 600},
           {"type": "timer", "id": 5, "name": "laundry", "seconds": 2700}]
_ITEMS = [{"type": "item", "name": "milk", "list": "shopping"},
          {"type": "item", "name": "eggs", "list": "shopping"},
          {"type": "item", "name": "bread", "list": "shopping"}]


@pytest.mark.parametrize("said, listed, lang, full", [
    ("delete the second one", _ALARMS, "en", "delete the 07:15 alarm"),
    ("What time is the last one?", _ALARMS, "en", "What time is the swimming alarm?"),
    ("cancel the first timer", _TIMERS, "en", "cancel the pasta timer"),
    ("add 5 minutes to the second one", _TIMERS, "en", "add 5 minutes to the laundry timer"),
    ("and delete the 2nd", _ALARMS, "en", "delete the 07:15 alarm"),
    ("remove the third item", _ITEMS, "en", "remove bread"),
    ("Lösch den zweiten", _ALARMS, "de", "Lösch den Wecker von 07:15"),
    ("Stopp den ersten Timer bitte", _TIMERS, "de", "Stopp den Timer pasta bitte"),
    ("Nimm das zweite runter", _ITEMS, "de", "Nimm eggs runter"),
    ("Supprime la deuxième", _ALARMS, "fr", "Supprime l'alarme de 07:15"),
    ("Arrête le premier minuteur", _TIMERS, "fr", "Arrête le minuteur pasta"),
    ("Borra la última", _ALARMS, "es", "Borra la alarma de swimming"),
    ("Cancella la seconda", _ALARMS, "it", "Cancella la sveglia delle 07:15"),
    ("Togli l'ultimo", _ITEMS, "it", "Togli bread"),
    ("Cancel number two.", _ALARMS, "en", "Cancel the 07:15 alarm."),
    ("mark number 3 as done", _ITEMS, "en", "mark bread as done"),
    ("get rid of the bottom one", _ALARMS, "en", "get rid of the swimming alarm"),
    ("whats the later one", _ALARMS[:2], "en", "whats the 07:15 alarm"),
])
def test_an_ordinal_names_the_thing_read_in_that_place(said: str, listed: list[dict[str, Any]],
                                                        lang: str, full: str) -> None:
    assert picked(said, listed, lang) == full


_EVENTS = [{"type": "event", "id": 1, "name": "team meeting", "at": "2026-12-01T09:00:00"},
           {"type": "event", "id": 2, "name": "dinner with Anna", "at": "2026-12-04T19:30:00"}]
_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize("said, listed, lang, full", [
    ("cancel both", _TIMERS, "en", "cancel the pasta timer and cancel the laundry timer"),
    ("push them all back 10 mins", _ALARMS, "en",
     "push the 06:30 alarm back 10 mins and push the 07:15 alarm back 10 mins and push the "
     "swimming alarm back 10 mins"),
    ("delete the first two", _ALARMS, "en", "delete the 06:30 alarm and delete the 07:15 alarm"),
    ("mark them all done", _ITEMS, "en", "mark milk, eggs and bread done"),
    ("Stopp beide", _TIMERS, "de", "Stopp den Timer pasta und Stopp den Timer laundry"),
    ("Supprime-les", _TIMERS, "fr", "Supprime le minuteur pasta et Supprime le minuteur laundry"),
    ("Bórralos", _TIMERS, "es", "Borra el temporizador de pasta y Borra el temporizador de laundry"),
    ("Retarde-les toutes de 10 minutes", _TIMERS, "fr",
     "Retarde le minuteur pasta de 10 minutes et Retarde le minuteur laundry de 10 minutes"),
    ("Cancel all of them except the swimming one.", _ALARMS, "en",
     "Cancel the 06:30 alarm and Cancel the 07:15 alarm"),
    ("Streich alles außer dem Brot.", _ITEMS[:2] + [{"type": "item", "name": "Brot",
                                                     "list": "shopping"}], "de",
     "Streich milk und eggs"),
    ("cancellale tutte tranne quella del nuoto", [*_ALARMS[:2], {**_ALARMS[2], "name": "nuoto"}],
     "it", "cancella la sveglia delle 06:30 e cancella la sveglia delle 07:15"),
    ("aggiungi 2 minuti a tutti e due", _TIMERS, "it",
     "aggiungi 2 minuti al timer pasta e aggiungi 2 minuti al timer laundry"),
    ("Cancellali tutti", _TIMERS, "it",
     "Cancella il timer pasta e Cancella il timer laundry"),
])
def test_both_or_all_of_them_is_said_of_each(said: str, listed: list[dict[str, Any]], lang: str,
                                             full: str) -> None:
    assert picked(said, listed, lang) == full


@pytest.mark.parametrize("said, listed, lang, full", [
    ("Move the one with Anna to 8 p.m.", _EVENTS, "en", "Move the dinner with Anna to 8 p.m."),
    ("what time does the anna one start", _EVENTS, "en",
     "what time does the dinner with Anna start"),
    ("the 7:15 one, cancel it", _ALARMS, "en", "cancel the 07:15 alarm"),
    ("make the 7:15 one 7:45", _ALARMS, "en", "change the 07:15 alarm to 7:45"),
    ("Tick off the bike one.", [*_ITEMS, {"type": "item", "name": "fix the bike light",
                                          "list": "shopping"}], "en",
     "Tick off fix the bike light."),
    ("change celui de samedi pour 9h30", [*_ALARMS[:2], {**_ALARMS[2],
                                                         "at": "2026-12-05T09:00:00"}], "fr",
     "change l'alarme swimming pour 9h30"),
    ("Lösch die mit dem Team", _EVENTS, "de", "Lösch den Termin team meeting"),
    ("la de las 7:15 bórrala", _ALARMS, "es", "borra la alarma de las 07:15"),
    ("e il secondo cancellalo", _TIMERS, "it", "cancella il timer laundry"),
    ("aggiungi 5 minuti al primo", _TIMERS, "it", "aggiungi 5 minuti al timer pasta"),
    # (a thing that exists is moved, not set: "sposta")
    ("quella delle 7 e un quarto mettila alle 7 e mezza", _ALARMS, "it",
     "sposta la sveglia delle 07:15 alle 7 e mezza"),
    ("Die andere auch.", _TIMERS[:2], "de", "und den Timer laundry"),
])
def test_one_of_them_named_by_a_detail(said: str, listed: list[dict[str, Any]], lang: str,
                                       full: str) -> None:
    focus = {"type": "timer", "id": 4}
    assert picked(said, listed, lang, focus, _NOW) == full


@pytest.mark.parametrize("said, listed, lang", [
    ("set an alarm for the first of December", _ALARMS, "en"),  # a day
    ("move it to the second", _ALARMS, "en"),
    ("what about the first?", _ALARMS, "en"),
    ("the last time I set one it didn't ring", _ALARMS, "en"),  # not a thing
    ("what did I do last week", _ALARMS, "en"),
    ("cancel the first reminder", _ALARMS, "en"),  # another kind than was read
    ("delete the fourth one", _ALARMS, "en"),  # only three were read
    ("cancel the first one", _ALARMS[:1], "en"),  # one thing: the focus's
    ("Weck mich am zweiten Dezember", _ALARMS, "de"),
    ("Mets un réveil pour le premier", _ALARMS, "fr"),
    ("Réveille-moi le premier décembre", _ALARMS, "fr"),
    ("Ponme una alarma el primero de enero", _ALARMS, "es"),
    ("Metti una sveglia per il primo", _ALARMS, "it"),
    ("the same one as last week", _ALARMS, "en"),  # names none of them
    ("the one at 8", _ALARMS, "en"),
    ("the 8 o'clock one", _EVENTS, "en"),  # neither is at 8
    ("Pon una alarma para el de diciembre", _ALARMS, "es"),
    ("cancel all of them except the party", _ALARMS, "en"),  # the one kept names none
    ("cancellale tutte tranne quella del nuoguardo", _ALARMS, "it"),
    ("the later one", _ALARMS, "en"),  # of three
    ("push the team one hour later", _EVENTS, "en"),  # "one hour", not "the team one"
    ("set an alarm for number 2 at 7 am", _ALARMS[:1], "en"),
    ("wake me at number 10 o'clock", _ALARMS, "en"),
])
def test_what_is_not_one_of_the_things_read(said: str, listed: list[dict[str, Any]],
                                            lang: str) -> None:
    assert picked(said, listed, lang, None, _NOW) is None


def test_what_an_answer_read_is_kept_in_its_order() -> None:
    rows = [{"id": 1, "time_of_day": "06:30:00", "recurrence": {"freq": "weekly", "byday": [
        "MO", "TU", "WE", "TH", "FR"]}}, {"id": 2, "time_of_day": "07:15:00", "label": "gym"}]
    assert of_outcome("alarm.query", {"alarms": rows}) == [  # (how each repeats: "the
        {"type": "alarm", "id": 1, "name": "", "time": "06:30",  # weekday one")
         "repeat": ["MO", "TU", "WE", "TH", "FR"]},
        {"type": "alarm", "id": 2, "name": "gym", "time": "07:15", "repeat": ""}]
    assert of_outcome("alarm.query", {"alarms": rows[:1]}) is None  # one: the focus
    assert of_outcome("alarm.remove", {"alarms": rows}) is None  # removed, not read
    assert of_outcome("calendar.query", {"events": rows, "reminders": rows}) is None
    assert of_outcome("list.query", {"list": "shopping", "items": ["milk", "eggs"]}) == [
        {"type": "item", "name": "milk", "list": "shopping"},
        {"type": "item", "name": "eggs", "list": "shopping"}]


def test_the_things_read_outlive_a_change_to_one_of_them() -> None:
    moved = {"type": "alarm", "id": 1, "name": "", "time": "06:45", "created": False}
    assert still_listed(_ALARMS, moved) == [
        {"type": "alarm", "id": 1, "name": "", "time": "06:45"}, *_ALARMS[1:]]
    assert still_listed(_ALARMS, {"type": "timer", "id": 1, "name": ""}) == []
    assert still_listed(_ALARMS, None) == []
    assert still_listed(_ITEMS, {"type": "list", "name": "shopping"}) == _ITEMS
    state = DialogueState(listed=_ALARMS)
    assert DialogueState.from_dict(state.to_dict()).listed == _ALARMS


@pytest.mark.parametrize("row", [
    {"lang": "en", "turns": ["What alarms do I have?", "Delete the second one."],
     "expect": {"gone": ["A2"]}},
    {"lang": "en", "turns": ["What reminders do I have?", "Move the first one to 9 pm.",
                             "And cancel the last one."],
     "expect": {"gone": ["R3"], "changed": {"R1": {"due": "2026-12-01T21:00"}}}},
    {"lang": "en", "turns": ["What timers are running?", "Cancel the first one."],
     "expect": {"gone": ["T1"]}},
    {"lang": "en", "turns": ["What's on my calendar this week?", "Move the second one to 5 pm."],
     "expect": {"changed": {"E2": {"start": "2026-12-02T17:00"}}}},
    {"lang": "en", "turns": ["What alarms do I have?", "What time is the last one?"],
     "expect": {"mention": ["09:00"], "absent": ["06:30", "07:15"]}},
    {"lang": "de", "turns": ["Welche Wecker habe ich?", "Lösch den zweiten."],
     "expect": {"gone": ["A2"]}},
    {"lang": "fr", "turns": ["Quels sont mes rappels ?", "Décale le premier à 21h."],
     "expect": {"changed": {"R1": {"due": "2026-12-01T21:00"}}}},
    {"lang": "es", "turns": ["¿Qué hay en mi calendario esta semana?",
                             "Mueve el último a las 5 de la tarde."],
     "expect": {"changed": {"E3": {"start": "2026-12-04T17:00"}}}},
    {"lang": "it", "turns": ["Cosa c'è nella lista della spesa?", "Togli il primo."],
     "expect": {"gone_items": {"shopping": ["latte"]}}},
    # both, all of them, the other one, one by a detail
    {"lang": "en", "turns": ["What timers are running?", "Cancel both."],
     "expect": {"gone": ["T1", "T2"]}},
    {"lang": "en", "turns": ["What alarms have I set?", "Push them all back 10 mins."],
     "expect": {"changed": {"A1": {"time": "06:40"}, "A2": {"time": "07:25"},
                            "A3": {"time": "09:10"}}}},
    {"lang": "fr", "turns": ["Quels minuteurs sont en cours ?", "Mets en pause celui des pâtes.",
                             "Et l'autre aussi."],
     "expect": {"changed": {"T1": {"paused": True}, "T2": {"paused": True}}}},
    {"lang": "en", "turns": ["What's in my diary this week?", "Move the one with Anna to 8 p.m."],
     "expect": {"changed": {"E3": {"start": "2026-12-04T20:00"}}}},
    {"lang": "es", "turns": ["que alarmas tengo", "la del sabado pasala a las 9 y media"],
     "expect": {"changed": {"A3": {"time": "09:30"}}}},
    {"lang": "en", "turns": ["tell me all my reminders",
                             "the birthday card one make it friday 6pm"],
     "expect": {"changed": {"R3": {"due": "2026-12-04T18:00"}}}},
    {"lang": "de", "turns": ["Welche Timer laufen gerade?", "Stopp den Nudeltimer.",
                             "Und den anderen auch."], "expect": {"gone": ["T1", "T2"]}},
    {"lang": "en", "turns": ["How long's left on the timer?", "The laundry."],
     "expect": {}},  # a name alone is no request: nothing cancelled
    {"lang": "de", "turns": ["zeig mir meine erinnerungen", "die letzte kannst du löschen"],
     "expect": {"gone": ["R3"]}},
    {"lang": "de", "turns": ["Welche Timer laufen?", "Und den zweiten pausieren."],
     "expect": {"changed": {"T2": {"paused": True}}}},
    {"lang": "fr", "turns": ["qu'est-ce qu'y a sur ma liste d'epicerie", "enleve le 4e"],
     "expect": {"gone_items": {"shopping": ["bananes"]}}},
    {"lang": "es", "turns": ["que alarmas tengo", "la primera ponla a las 6:45",
                             "y la ultima borrala"],
     "expect": {"changed": {"A1": {"time": "06:45"}}, "gone": ["A3"]}},
    # the answer to a skill's "which one?" picks by place or detail
    {"lang": "en", "turns": ["delete my reminder", "the 2nd"], "expect": {"gone": ["R2"]}},
    {"lang": "en", "turns": ["Move my alarm tomorrow to 7 a.m.", "The one at 7:15."],
     "expect": {"changed": {"A2": {"time": "07:00"}}}},
    {"lang": "en", "turns": ["Cancel my alarm for tomorrow.", "The later one."],
     "expect": {"gone": ["A2"]}},
    {"lang": "en", "turns": ["change my alarm to 6am", "the weekday one"],
     "expect": {"changed": {"A1": {"time": "06:00"}}}},
    {"lang": "de", "turns": ["Lösch meinen Wecker", "den von Samstag"], "expect": {"gone": ["A3"]}},
    {"lang": "es", "turns": ["Borra mi recordatorio", "el de la basura"],
     "expect": {"gone": ["R2"]}},
    # "and <a request of its own>" after a change is that request, not another change
    {"lang": "en", "turns": ["What's on my calendar this week?", "Move the first one to 10 a.m.",
                             "And delete the dentist appointment."],
     "expect": {"changed": {"E1": {"start": "2026-12-01T10:00"}}, "gone": ["E2"]}},
])
async def test_whole_conversations(row: dict[str, Any]) -> None:
    ok, answers, diff = await judge(row)
    assert ok, (answers, diff)
