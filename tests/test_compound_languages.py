"""Several requests in one sentence in German, French, Spanish and Italian, through a real
Assistant (real NLU, dialogue, skills and a SQLite store seeded in the row's language, as
benchmarks/compound_bench.py does), judged by that benchmark's scorer on sentences written
for these tests (not the held-out sets'); and the pieces: the splitter
(:mod:`hark.dialogue.compound_other`), events' ranges and lengths
(:mod:`hark.nlu.event_span_other`) and times from the request before
(:mod:`hark.dialogue.relative_other`)."""

from __future__ import annotations

import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.dialogue import compound_other, relative_other
from hark.nlu import event_span_other
from hark.text import items_done

# the store, in each language (manage_bench.NAMES): alarms A1 06:30 weekdays, A2 07:15
# tomorrow, A3 09:00 Saturday; reminders R1 call the dentist Tue 10:00, R2 the bins Thu
# 19:00; timers T1 pasta 8 min left, T2 laundry 15 min left; shopping and to-do lists;
# events E1 team meeting Tue 09:00, E2 the dentist Wed 14:00, E3 dinner with Anna Fri
# 19:30. Now: Mon 30 Nov 2026, 17:00.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("de", "Stell einen Wecker für morgen um sechs und setz Joghurt auf die Einkaufsliste",
     {"new_alarms": [{"time": "06:00", "date": "2026-12-01"}],
      "new_items": {"shopping": ["Joghurt"]}}),
    ("fr", "Mets un minuteur de douze minutes puis rappelle-moi demain à 9 h d'appeler "
           "le plombier",
     {"new_timers": [{"seconds": 720}],
      "new_reminders": [{"due": "2026-12-01T09:00", "about": ["plombier"]}]}),
    ("es", "Quita los huevos de la lista de la compra y pausa el temporizador de la pasta",
     {"gone_items": {"shopping": ["huevos"]}, "changed": {"T1": {"paused": True}}}),
    ("it", "Quanto manca al bucato? E poi aggiungi il sapone alla lista della spesa",
     {"mention": [{"minutes": 15}], "new_items": {"shopping": ["sapone"]}}),
    # the thing left out, taken from the request before
    ("de", "Lösch den Nudeltimer und stell einen neuen auf sieben Minuten",
     {"gone": ["T1"], "new_timers": [{"seconds": 420}]}),
    ("es", "Borra la alarma del sábado y ponme otra el domingo a las diez",
     {"gone": ["A3"], "new_alarms": [{"time": "10:00", "date": "2026-12-06"}]}),
    ("it", "Cosa c'è nella lista della spesa? E aggiungi il riso",
     {"mention": ["latte"], "new_items": {"shopping": ["riso"]}}),
    # no mark between them; two timers at once
    ("fr", "minuteur de quatre minutes pour les œufs ajoute du beurre à la liste de courses",
     {"new_timers": [{"seconds": 240, "name": "œufs"}],
      "new_items": {"shopping": ["beurre"]}}),
    ("de", "Stell zwei Timer, einen mit acht Minuten für den Reis und einen mit zwanzig "
           "Minuten für das Brot",
     {"new_timers": [{"seconds": 480, "name": "Reis"}, {"seconds": 1200, "name": "Brot"}]}),
    # a reason first, then its request; a range of hours for the new event
    ("it", "La riunione di squadra è saltata, cancellala. Poi segna palestra giovedì dalle "
           "sei alle sette di sera",
     {"gone": ["E1"], "new_events": [{"start": "2026-12-03T18:00", "end": "2026-12-03T19:00",
                                      "about": ["palestra"]}]}),
    # a new alarm timed from the event asked about
    ("es", "¿A qué hora es la cena con Anna? Ponme una alarma una hora antes",
     {"mention": ["19:30"], "new_alarms": [{"time": "18:30", "date": "2026-12-04"}]}),
    # one request with "and" in it
    ("de", "Erinnere mich morgen um acht, den Keller aufzuräumen und die Pflanzen zu gießen",
     {"new_reminders": [{"due": "2026-12-01T08:00", "about": ["Keller", "Pflanzen"]}]}),
    ("fr", "Ajoute des pommes et des poires à la liste de courses",
     {"new_items": {"shopping": ["pommes", "poires"]}}),
    ("es", "Apunta en el calendario una comida con Pablo y Lucía el sábado a las dos",
     {"new_events": [{"start": "2026-12-05T14:00", "about": ["Pablo", "Lucía"]}]}),
    ("it", "Metti una sveglia tutti i sabati e le domeniche alle otto",
     {"new_alarms": [{"time": "08:00", "repeat": ["SA", "SU"]}]}),
    # the timer, the time, the day and what to remind about, from the request before
    ("fr", "Combien de temps il reste sur la lessive ? Et ajoute cinq minutes dessus",
     {"mention": [{"minutes": 15}], "changed": {"T2": {"remaining_s": 1200}}}),
    ("de", "Wann ist das Abendessen mit Anna? Erinner mich zwei Stunden vorher daran",
     {"mention": ["19:30"], "new_reminders": [{"due": "2026-12-04T17:30",
                                               "about": ["Abendessen"]}]}),
    ("es", "Borra la alarma de natación y ponme otra a las diez ese mismo día",
     {"gone": ["A3"], "new_alarms": [{"time": "10:00", "date": "2026-12-05"}]}),
    ("de", "Stell einen Wecker für Mittwoch um sechs und noch einen für Freitag zur gleichen "
           "Zeit",
     {"new_alarms": [{"time": "06:00", "date": "2026-12-02"},
                     {"time": "06:00", "date": "2026-12-04"}]}),
    ("it", "Cancella il promemoria della spazzatura e anche quello del biglietto per Sam",
     {"gone": ["R2", "R3"]}),
    ("it", "Metti in pausa il bucato e poi aggiungi il sapone alla spesa",
     {"changed": {"T2": {"paused": True}}, "new_items": {"shopping": ["sapone"]}}),
    # an item on a list said done, after another request
    ("fr", "Décale le rappel du dentiste d'une heure et prendre rendez-vous chez le coiffeur "
           "c'est fait",
     {"changed": {"R1": {"due": "2026-12-01T11:00"}},
      "gone_items": {"to-do": ["prendre rendez-vous chez le coiffeur"]}}),
]


@pytest.mark.parametrize(("language", "text", "expect"), CASES)
async def test_several_requests_in_the_language_are_each_done(
        language: str, text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "lang": language, "names": language,
                                  "kind": "compound", "expect": expect})
    assert ok, f"{said!r} {diff}"


def test_harm_not_done_to_other_events() -> None:
    """A reason before a removal stays with it: "… è saltato, cancellalo. Poi segna …" is
    two requests, not a removal of everything on Thursday."""
    parts = compound_other.split(
        "L'appuntamento dal dentista di mercoledì è saltato, cancellalo. Poi segna palestra "
        "giovedì alle sei", "it", _understood, 0.7)
    assert parts == ["L'appuntamento dal dentista di mercoledì è saltato, cancellalo",
                     "segna palestra giovedì alle sei"]


@pytest.mark.parametrize(("text", "language", "parts"), [
    # what happened, said first, is no request of its own: it had deleted the appointment
    ("Die Teambesprechung morgen ist abgesagt worden, lösch den Wecker um 7:15 und setz "
     "Kaffee auf die Einkaufsliste", "de",
     ["Die Teambesprechung morgen ist abgesagt worden, lösch den Wecker um 7:15",
      "setz Kaffee auf die Einkaufsliste"]),
    ("Domani non ho più la riunione, togli la sveglia delle sette e un quarto", "it",
     ["Domani non ho più la riunione, togli la sveglia delle sette e un quarto"]),
])
def test_a_reason_said_first_stays_with_its_request(text: str, language: str,
                                                    parts: list[str]) -> None:
    assert compound_other.split(text, language, _understood, 0.7) == parts


def _understood(piece: str) -> Any:
    from hark.nlu.engine import NLU

    return NLU.load("default").parse(piece, datetime(2026, 11, 30, 17, 0))


@pytest.mark.parametrize(("text", "language", "tail"), [
    ("Cancela la alarma de mañana y pon otra a las ocho", "es", "pon una alarma a las ocho"),
    ("Lösch den Nudeltimer, dann stell einen neuen auf fünf Minuten", "de",
     "stell einen neuen Timer auf fünf Minuten"),
    ("désactive le réveil de samedi et mets-en un dimanche", "fr", "mets un réveil dimanche"),
    ("pausa el temporizador de la colada y súmale dos minutos al de la pasta", "es",
     "súmale dos minutos al temporizador de la pasta"),
    ("was steht auf meiner Einkaufsliste und setz noch Joghurt drauf", "de",
     "setz noch Joghurt auf die Einkaufsliste"),
])
def test_the_thing_left_out_is_taken_from_before(text: str, language: str, tail: str) -> None:
    parts = compound_other.split(text, language, _understood, 0.7)
    assert len(parts) == 2 and parts[1] == tail


@pytest.mark.parametrize(("text", "language"), [
    ("Setz Butter und Käse auf die Einkaufsliste", "de"),
    ("Rappelle-moi demain à 18 h de sortir le chien et de fermer les volets", "fr"),
    ("Pon una alarma a las siete y media", "es"),
    ("Ricordami domani alle otto di pagare l'affitto e chiamare Luca", "it"),
    ("Metti una sveglia alle sei e mezza", "it"),
    ("il passaporto l'ho rinnovato toglilo dalle cose da fare", "it"),
    ("Ajoute une heure et quart au minuteur", "fr"),
    # a remark after the request, not a request
    ("Arrête le ventilo, j'ai froid maintenant", "fr"),
    ("Mach das Licht aus, ist schon spät", "de"),
    # one verb for both items, said last; a verb that wants what follows it
    ("Kannst du Kaffeebohnen und Haferflocken auf meine Einkaufsliste setzen?", "de"),
    ("Der Kuchen muss noch eine Dreiviertelstunde in den Ofen, stell also einen Timer für den "
     "Kuchen.", "de"),
])
def test_one_request_stays_whole(text: str, language: str) -> None:
    assert compound_other.split(text, language, _understood, 0.7) == [text]


@pytest.mark.parametrize(("text", "language", "start", "end", "length"), [
    ("fisio el jueves de cuatro a cinco de la tarde", "es", time(16), time(17), None),
    ("yoga giovedì dalle tre alle quattro del pomeriggio", "it", time(15), time(16), None),
    ("meeting morgen von 9 bis 11", "de", time(9), time(11), None),
    ("réunion de 14 h à 16 h 30", "fr", time(14), time(16, 30), None),
    ("kiné jeudi à quinze heures pendant une heure", "fr", None, None, timedelta(hours=1)),
    ("Physiotherapie ein, eine Stunde lang", "de", None, None, timedelta(hours=1)),
    ("cena sabato per due ore", "it", None, None, timedelta(hours=2)),
])
def test_event_ranges_and_lengths(text: str, language: str, start: time | None,
                                  end: time | None, length: timedelta | None) -> None:
    said = event_span_other.said_span(text.lower(), language)
    assert said is not None
    if length is not None:
        assert said.length == length and said.range is None
    else:
        assert said.range is not None and said.range.times() == (start, end)


@pytest.mark.parametrize(("text", "said"), [
    ("Reisepass verlängern ist erledigt", "streich Reisepass verlängern von der To-do-Liste"),
    ("la luz de la bici ya está hecha", "quita arreglar la luz de la bici de la lista de tareas"),
    ("renouveler le passeport c'est fait, tu peux l'enlever",
     "enlève renouveler le passeport de la liste de tâches"),
    ("Milch ist erledigt", "streich Milch von der Einkaufsliste"),
    # not on a list: no request to Hark
    ("Das Essen ist erledigt", "Das Essen ist erledigt"),
])
def test_an_item_said_done(text: str, said: str) -> None:
    lists = {"shopping": ["Milch", "Eier"], "to-do": [
        "Reisepass verlängern", "renouveler le passeport", "arreglar la luz de la bici"]}
    assert items_done.said_done(text, lists) == said


def test_no_span_in_a_plain_time() -> None:
    assert event_span_other.said_span("il est huit heures et demie", "fr") is None
    assert event_span_other.said_span("cena sabato alle nove", "it") is None


def test_a_new_alarm_timed_from_the_request_before() -> None:
    tz = ZoneInfo("Europe/London")
    now = datetime(2026, 11, 30, 17, tzinfo=tz)
    about = {"at": datetime(2026, 12, 1, 9, 0, tzinfo=tz), "title": "Teambesprechung",
             "kind": "event"}
    assert relative_other.anchored("ponme una alarma una hora antes", about, now, "es") == \
        "ponme una alarma el 1 de diciembre a las 8:00"
    # (a reminder with nothing of its own to remind about reminds of the thing before)
    assert relative_other.anchored("Erinnere mich 30 Minuten vorher", about, now, "de") == \
        "Erinnere mich am 1.12. um 8:30 Uhr an Teambesprechung"
    # a change to an alarm is not timed from it; nothing before, nothing done
    assert relative_other.anchored("stell den Wecker eine Stunde früher", about, now,
                                   "de") == "stell den Wecker eine Stunde früher"
    assert relative_other.anchored("ponme una alarma una hora antes", None, now, "es") == \
        "ponme una alarma una hora antes"
