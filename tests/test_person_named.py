"""Who "lui", "ihr", "le", "la" stand for in a reminder said right after an event with a
person was talked about (de/fr/es/it), and German reminders to someone whose name begins
with "An"."""

from __future__ import annotations

import pytest

from hark.dialogue.person_named import named
from tests.conversations import judged

_DINNER = {"type": "event", "id": 3}


@pytest.mark.parametrize(("lang", "title", "text", "said"), [
    ("fr", "déjeuner avec Paul", "rappelle-moi demain de lui écrire", "rappelle-moi demain de écrire à Paul"),
    ("fr", "déjeuner avec Paul", "rappelle-moi ce soir de l'appeler", "rappelle-moi ce soir d'appeler Paul"),
    ("de", "Mittagessen mit Paul", "erinner mich morgen, ihm zu schreiben",
     "erinner mich morgen, Paul zu schreiben"),
    ("es", "comida con Pablo", "recuérdame mañana llamarlo", "recuérdame mañana llamar a Pablo"),
    ("it", "pranzo con Paolo", "ricordami domani di scrivergli", "ricordami domani di scrivere a Paolo"),
])
def test_the_person_of_the_event_said(lang: str, title: str, text: str, said: str) -> None:
    assert named(text, {**_DINNER, "name": title}, lang) == said


def test_nothing_named_without_a_person_or_a_reminder() -> None:
    assert named("rappelle-moi de lui écrire", {**_DINNER, "name": "réunion d'équipe"}, "fr") is None
    assert named("dis-lui que j'arrive", {**_DINNER, "name": "dîner avec Anna"}, "fr") is None
    assert named("rappelle-moi de lui écrire", {"type": "alarm", "name": "avec Anna"}, "fr") is None


def test_a_reminder_to_tell_the_person_of_the_dinner() -> None:
    judged("fr", ["Le dîner avec Anna, c'est quel jour ?",
                  "Rappelle-moi jeudi à 18 heures de lui demander l'adresse."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["Anna"]}]})
    judged("it", ["Quando ho la cena con Anna?",
                  "Ricordami giovedì alle sette di sera di chiamarla."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T19:00", "about": ["Anna"]}]})


def test_a_german_name_beginning_with_an_is_kept_whole() -> None:
    judged("de", ["Erinner mich morgen um zehn, Anton anzurufen."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["Anton"]}]})
