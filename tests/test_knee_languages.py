"""Getting over a knee operation in German, French, Spanish and Italian: what was fixed
after the held-out knee set (written apart from it, other words, other things)."""

from __future__ import annotations

import re

from hark.dialogue import timer_alike
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged


def test_another_timer_with_its_own_length_said_after_noch_einen() -> None:
    # "noch" had been read as more time on the timer set ("Diesen Timer finde ich nicht")
    assert timers_paired("Und noch eine mit fünf Minuten, für das Kühlen danach.", "de",
                         after_timer=True) == "stell einen Timer für Kühlen auf 5 Minuten"
    assert timers_paired("Gib ihm noch fünf Minuten.", "de", after_timer=True) \
        == "Gib ihm noch fünf Minuten."
    judged("de", ["Stell einen Timer auf zwanzig Minuten für die Kühlpacks.",
                  "Und gleich noch einen mit acht Minuten dazu, für den Tee danach."],
           {"new": [{"kind": "timer", "seconds": 1200}, {"kind": "timer", "seconds": 480}]})


def test_another_timer_the_same_as_the_one_just_set() -> None:
    # "otro igual" had been taken for a remark ("Vale.") and no timer set
    judged("es", ["Pon un temporizador de doce minutos para el arroz.",
                  "Y otro igual para las verduras."],
           {"new": [{"kind": "timer", "seconds": 720}, {"kind": "timer", "seconds": 720}]})
    judged("it", ["Metti un timer di dieci minuti per la pasta.", "E un altro uguale per il sugo."],
           {"new": [{"kind": "timer", "seconds": 600}, {"kind": "timer", "seconds": 600}]})
    assert re.search(timer_alike._SAME["fr"], "et une autre pareille pour le riz")
    assert re.search(timer_alike._SAME["de"], "und noch so einen für den Reis")


def test_the_last_of_a_series_of_reminders_by_its_place() -> None:
    # "die letzte" had been read as the thing to remember ("…: letzte")
    judged("de", ["Erinnere mich morgen um neun an den Hustensaft.",
                  "Und die letzte um acht Uhr abends."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["Hustensaft"]},
                    {"kind": "reminder", "due": "2026-12-01T20:00", "about": ["Hustensaft"]}]})
    judged("es", ["Recuérdame mañana a las nueve tomar el jarabe.",
                  "Y la última a las nueve de la noche."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["jarabe"]},
                    {"kind": "reminder", "due": "2026-12-01T21:00", "about": ["jarabe"]}]})
    judged("fr", ["Rappelle-moi demain à 9h de prendre le sirop.", "Et la dernière à 21h."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["sirop"]},
                    {"kind": "reminder", "due": "2026-12-01T21:00", "about": ["sirop"]}]})
