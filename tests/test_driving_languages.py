"""Learning to drive in German, French, Spanish and Italian: what was fixed after the
held-out driving set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.follow_on import _length_told, _without_length
from hark.nlu.event_span_other import said_span
from hark.nlu.scope_frames import decide
from tests.conversations import judged


def test_a_lesson_written_down_with_a_day_is_an_entry_not_a_ticket() -> None:
    # a verb that only writes a thing down, with a day: an entry, whatever the thing is
    assert decide("transport_taxi", "Anótame una clase de manejo con Luis el jueves.", "es") \
        == "calendar_set"
    assert decide("transport_ticket", "Segna la lezione di guida venerdì alle 9", "it") \
        == "calendar_set"
    # booked or asked about, or no day: left to the model
    assert decide("transport_ticket", "Apunta: reservar billetes de tren el jueves", "es") is None
    assert decide("transport_taxi", "Apúntame una clase de conducir", "es") is None


def test_a_timer_said_with_its_length_is_a_timer_whatever_it_is_for() -> None:
    assert decide("transport_taxi", "Minuteur de 20 minutes, je pars en voiture.", "fr") \
        == "timer_set"
    assert decide("transport_ticket", "Timer di 10 minuti, vado a guidare con mio zio.", "it") \
        == "timer_set"


def test_a_spanish_lesson_then_its_time_and_length() -> None:
    judged("es", ["Anótame una clase de manejo con Luis el jueves.",
                  "A las diez de la mañana, dos horas."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "end": "2026-12-03T12:00",
                     "about": ["clase"]}]})


def test_a_german_meeting_then_its_time_and_a_length_alone() -> None:
    judged("de", ["Trag mir für Freitag ein Treffen mit Uwe ein.", "Um drei, zwei Stunden."],
           {"new": [{"kind": "event", "start": "2026-12-04T15:00", "end": "2026-12-04T17:00",
                     "about": ["Treffen"]}]})


def test_a_length_after_a_particle_is_read() -> None:
    assert said_span("die dauert aber zwei stunden", "de") is not None
    assert said_span("questa dura però tre ore", "it") is not None
    assert said_span("tre ore", "it") is None  # (a length alone needs its comma)
    assert said_span("cena, tre ore", "it") is not None


def test_another_with_its_own_length_keeps_it() -> None:
    # the first one's length ("…, eine Stunde") is not the second one's
    assert _without_length("Trag mir Montag um 9 einen Kurs ein, eine Stunde.", "de") \
        == "Trag mir Montag um 9 einen Kurs ein."
    assert _without_length("Trag mir Montag um 9 einen Kurs ein.", "de") \
        == "Trag mir Montag um 9 einen Kurs ein."
    judged("it", ["Segna in calendario il corso di primo soccorso martedì alle 9, un'ora.",
                  "E un altro mercoledì alle dieci, questo dura però tre ore."],
           {"new": [{"kind": "event", "start": "2026-12-01T09:00", "end": "2026-12-01T10:00",
                     "about": ["soccorso"]},
                    {"kind": "event", "start": "2026-12-02T10:00", "end": "2026-12-02T13:00",
                     "about": ["soccorso"]}]})


def test_a_length_put_right_after_saying_one_was_wrong() -> None:
    assert _length_told("dura un'ora e mezza", "it")
    assert _length_told("il dure deux heures", "fr")
    assert not _length_told("la cena dura un'ora, alle nove", "it")
    judged("fr", ["Mets dans l'agenda un cours de piano mardi à 16 h, pendant une heure.",
                  "Je me suis trompée, il dure deux heures."],
           {"new": [{"kind": "event", "start": "2026-12-01T16:00", "end": "2026-12-01T18:00",
                     "about": ["piano"]}]})
    judged("es", ["Apunta en el calendario una clase de yoga el martes a las 10, una hora.",
                  "Me equivoqué: dura dos horas."],
           {"new": [{"kind": "event", "start": "2026-12-01T10:00", "end": "2026-12-01T12:00",
                     "about": ["yoga"]}]})


def test_a_german_entry_named_before_its_colon() -> None:
    judged("de", ["Trag mir den Friseur ein: Freitag um drei beim Salon Haarmonie."],
           {"new": [{"kind": "event", "start": "2026-12-04T15:00", "about": ["Friseur"]}]})
    # (the title after the colon stays the title)
    judged("de", ["Und trag bitte auch ein: Samstag, zehn bis zwölf Uhr, Erste-Hilfe-Kurs"],
           {"new": [{"kind": "event", "start": "2026-12-05T10:00", "end": "2026-12-05T12:00",
                     "about": ["Erste-Hilfe-Kurs"]}]})


def test_two_french_timers_each_for_someone_driving() -> None:
    judged("fr", ["Minuteur de 20 minutes, je pars en voiture avec ma tante.",
                  "Et un autre de 40 pour ma sœur."],
           {"new": [{"kind": "timer", "seconds": 1200}, {"kind": "timer", "seconds": 2400}]})


def test_an_italian_go_ahead_pure_after_it_is_no_more() -> None:
    # "pure" after "it" says go ahead ("Toglile pure"), not "too" ("e pure le candele")
    from hark.dialogue.undoing import said

    assert said("Toglile pure.", "it") is not None
    assert said("Cancellalo pure", "it") is not None
    judged("it", ["Aggiungi alla lista della spesa le pile per il telecomando.",
                  "No, aspetta, ce le ho già in cantina. Toglile pure."], {})
