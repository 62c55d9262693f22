"""Everyday requests in German, French, Spanish and Italian: the time words the span
finder reads, list items without their articles, and reminders or list entries that
name a device (the device is not switched now). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.normalize import normalize
from hark.nlu.time_spans import find_time_spans
from hark.skills.lists import _bare

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=LONDON)  # a Monday


def _spans(text: str, lang: str) -> list[tuple[str, str, object]]:
    return [(s.name, s.raw, s.value) for s in find_time_spans(text, NOW, lang)]


@pytest.mark.parametrize(("text", "lang", "when"), [
    # the date first: not 18:00 on the 8th
    ("Apunta la cena de empresa el 18 de diciembre a las 8 de la noche", "es",
     "2026-12-18T20:00:00+00:00"),
    ("Segna il concerto il 12 dicembre alle 21", "it", "2026-12-12T21:00:00+00:00"),
    ("Metti la cena il 24 dicembre alle 19: vigilia", "it", "2026-12-24T19:00:00+00:00"),
    ("Trag das Konzert am 14. Dezember um 20 Uhr ein", "de", "2026-12-14T20:00:00+00:00"),
])
def test_a_date_and_an_hour(text: str, lang: str, when: str) -> None:
    times = [v for name, _, v in _spans(text, lang) if name == "time"]
    assert [v["datetime"] for v in times] == [when], times  # type: ignore[index]


@pytest.mark.parametrize(("text", "lang", "raw", "clock"), [
    # a 24-hour clock time ends a span ("19:00" is a known word)
    ("Pon una alarma a las 19:00, que me echo la siesta", "es", "19:00", "19:00"),
    ("Metti una sveglia alle 18:30, faccio un pisolino", "it", "18:30", "18:30"),
    ("Wecker um 6:45 Uhr bitte", "de", "6:45 Uhr", "18:45"),  # ambiguous: either half
])
def test_a_clock_time_with_a_colon(text: str, lang: str, raw: str, clock: str) -> None:
    got = _spans(text, lang)
    assert [(n, r) for n, r, _ in got] == [("time", raw)], got
    assert got[0][2]["time"] == clock  # type: ignore[index]


def test_italian_e_is_no_repeat() -> None:
    """ "è" folds to "and": "è alle 9" is a time, not "weekly"."""
    assert normalize("time", "è alle 9", NOW, "it") is None
    assert _spans("la riunione è alle 9.15", "it") == [
        ("time", "9.15", {"kind": "time", "time": "21:15",
                          "datetime": "2026-11-30T21:15:00+00:00", "ambiguous": True})]
    assert normalize("time", "ogni lunedì e giovedì", NOW, "it") == {
        "kind": "recurrence", "freq": "weekly", "byday": ["MO", "TH"]}


@pytest.mark.parametrize(("item", "lang", "bare"), [
    ("il burro", "it", "burro"), ("lo zucchero", "it", "zucchero"), ("l'olio", "it", "olio"),
    ("l’olio", "it", "olio"), ("un po' di pane", "it", "pane"), ("gli spinaci", "it", "spinaci"),
    ("latte", "it", "latte"), ("insalata", "it", "insalata"),
    ("du pain", "fr", "pain"), ("de la farine", "fr", "farine"), ("d'huile", "fr", "huile"),
    ("les œufs", "fr", "œufs"), ("lessive", "fr", "lessive"), ("dentifrice", "fr", "dentifrice"),
    ("appeler le plombier", "fr", "appeler le plombier"),
    ("unos huevos", "es", "huevos"), ("un poco de queso", "es", "queso"),
    ("lasaña", "es", "lasaña"), ("más pan", "es", "pan"),
    ("die Milch", "de", "Milch"), ("ein paar Eier", "de", "Eier"),
    ("noch etwas Käse", "de", "Käse"), ("Dinkelmehl", "de", "Dinkelmehl"),
    ("the milk", "en", "the milk"),  # English has its own rule
])
def test_a_list_item_without_its_article(item: str, lang: str, bare: str) -> None:
    assert _bare(item, lang) == bare


@pytest.mark.parametrize(("text", "intent"), [
    # a reminder that names a device: remembered, not switched now
    ("Erinnere mich morgen um 9, den Staubsauger zu starten", "calendar_set"),
    ("rappelle-moi de lancer l'aspirateur à 18h", "calendar_set"),
    ("ricordami di spegnere la luce in cantina alle 22", "calendar_set"),
    ("remind me to switch on the vacuum at 6pm", "calendar_set"),
    # a list entry that names a chore a device does
    ("Schreib Fenster putzen auf meine To-do-Liste", "lists_createoradd"),
    ("ajoute passer l'aspirateur à ma liste de choses à faire", "lists_createoradd"),
    ("añade pasar la aspiradora a mi lista de tareas", "lists_createoradd"),
    # the devices themselves, still switched
    ("Lance l'aspirateur", "iot_cleaning"),
    ("Mach das Licht im Flur aus", "iot_hue_lightoff"),
])
def test_a_reminder_or_list_entry_is_not_a_command(text: str, intent: str) -> None:
    from hark.nlu.engine import NLU

    assert NLU.load("default").parse(text, now=NOW).intent == intent
