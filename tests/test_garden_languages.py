"""An allotment in winter in German, French, Spanish and Italian: what was fixed after the
held-out garden set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import UTC, datetime

from hark.dialogue.its_day import from_its_day
from hark.dialogue.reason_after import request_alone
from hark.dialogue.relative_other import that_day
from hark.nlu.time_spans import find_time_spans
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def test_a_time_meant_then_the_one_not_meant_is_a_correction() -> None:
    # "Viertel vor sieben, nicht halb. Sorry." had been asked "for which place?"
    judged("de", ["Stell mir einen Wecker für Sonntag um sieben.",
                  "Äh, Viertel nach sieben, nicht sieben. Entschuldigung."],
           {"new": [{"kind": "alarm", "time": "07:15", "date": "2026-12-06"}]})


def test_a_french_event_time_meant_not_the_one_said() -> None:
    judged("fr", ["Mets dans l'agenda le repas des voisins samedi à midi.",
                  "Désolée, c'est à 12h30, pas midi."],
           {"new": [{"kind": "event", "start": "2026-12-05T12:30", "about": ["voisins"]}]})


def test_an_english_time_meant_then_not_that_one() -> None:
    judged("en", ["Set an alarm for Sunday at seven.", "Quarter past seven, not seven."],
           {"new": [{"kind": "alarm", "time": "07:15", "date": "2026-12-06"}]})


def test_o_clock_said_in_two_words_ends_the_time() -> None:
    # "alle 5 in punto" had been read as "alle 5" and "in punto" left over
    spans = find_time_spans("facciamo alle sei in punto", NOW, "it")
    assert [s.raw for s in spans] == ["sei in punto"]
    assert spans[0].value is not None and spans[0].value["time"] in ("06:00", "18:00")


def test_an_italian_alarm_put_right_to_the_hour_with_why_after() -> None:
    judged("it", ["Mettimi una sveglia per giovedì alle sei e mezza.",
                  "Anzi, facciamo alle sei in punto, che il treno parte presto."],
           {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-03"}]})


def test_why_in_a_sentence_of_its_own_after_the_correction_is_left_out() -> None:
    assert request_alone("Nee, Mittwoch mein ich. Dienstag bin ich beim Arzt.", "de") \
        == "Nee, Mittwoch mein ich."
    assert request_alone("Nee, Mittwoch mein ich, am Dienstag bin ich beim Arzt.", "de") \
        == "Nee, Mittwoch mein ich"


def test_the_day_meant_said_before_i_meant() -> None:
    # "Freitag meinte ich. Donnerstag bin ich gar nicht da." had only said "Okay."
    judged("de", ["Erinner mich am Dienstag um neun, dass ich den Schornsteinfeger anrufe.",
                  "Ach nee, sorry, Mittwoch meinte ich. Dienstag bin ich beim Arzt."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T09:00",
                     "about": ["Schornsteinfeger"]}]})


def test_that_same_day_is_the_day_of_the_thing_before() -> None:
    at = datetime(2026, 12, 4, 19, 30, tzinfo=UTC)
    assert that_day("und am gleichen Tag um acht noch eine: Blumen holen", {"at": at}, NOW,
                    "de") == "und am Freitag um acht noch eine: Blumen holen"
    assert that_day("e lo stesso giorno alle nove un altro promemoria", {"at": at}, NOW, "it") \
        == "e venerdì alle nove un altro promemoria"
    assert that_day("und am gleichen Tag noch eine", {"at": at}, NOW, "de") \
        == "und am gleichen Tag noch eine"  # no clock said: left as it is


def test_another_reminder_on_the_same_day_as_the_one_asked_about() -> None:
    # "dann am selben Tag um 14 Uhr noch eine: …" had been set for tomorrow
    judged("de", ["Wann ist die Erinnerung wegen dem Zahnarzt?",
                  "Gut, dann am gleichen Tag um 17 Uhr noch eine: Hecke schneiden."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T17:00", "about": ["Hecke"]}]})


def test_a_new_event_the_day_after_the_one_asked_about() -> None:
    # "segnami … il giorno dopo, alle 10" had been put on tomorrow
    judged("es", ["¿Cuándo es la cena con Anna?",
                  "Pues apúntame el día siguiente a las once el mercadillo."],
           {"new": [{"kind": "event", "start": "2026-12-05T11:00", "about": ["mercadillo"]}]})
    judged("it", ["Quand'è la cena con Anna?",
                  "Ricordami il giorno prima alle 18 di comprare il vino."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["vino"]}]})


def test_a_day_from_the_thing_before_for_a_new_thing_is_said_as_a_date() -> None:
    about = {"at": "2026-12-04T19:30:00+00:00"}
    assert from_its_day("metti la potatura il giorno dopo alle 9", about, NOW, "it",
                        made=True) == "metti la potatura il 5 dicembre alle 9"
    # a follow-up making another thing is left to the new thing's own reader
    assert from_its_day("ricordami il giorno dopo alle 9", about, NOW, "it") \
        == "ricordami il giorno dopo alle 9"
    # what a new thing is for is no day of it
    assert from_its_day("rappelle-moi à 20h de préparer ma gamelle pour le lendemain", about,
                        NOW, "fr", made=True) \
        == "rappelle-moi à 20h de préparer ma gamelle pour le lendemain"


def test_a_reminder_for_the_next_day_put_right_keeps_its_days() -> None:
    judged("fr", ["Rappelle-moi tous les mardis à 18h de sortir mes habits pour le lendemain.",
                  "pardon, je voulais dire 19h"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T19:00", "about": ["habits"],
                     "repeat": ["TU"]}]})
