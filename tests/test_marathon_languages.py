"""Training for a half marathon in German, French, Spanish and Italian: what was fixed after
the held-out marathon set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hark.dialogue import follow_on
from hark.dialogue.pointing import pointed
from hark.dialogue.reason_after import request_alone
from hark.dialogue.relative_other import anchored
from hark.nlu.event_span_other import said_span
from hark.skills.timers import _name_other
from hark.text.list_entry import names_a_list
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(("said", "lang", "whole"), [
    ("Nein, lieber von 14 bis halb 4.", "de", "von 14 bis halb 4"),
    ("Non, plutôt de 14h à 15h et quart.", "fr", "de 14h à 15h et quart"),
    ("Mejor de 5 a 6 y cuarto.", "es", "de 5 a 6 y cuarto"),
    ("No, facciamo dalle 14 alle 15 e mezza.", "it", "dalle 14 alle 15 e mezza"),
])
def test_a_clock_range_with_a_half_or_quarter_is_one_time(said: str, lang: str,
                                                           whole: str) -> None:
    # the span finder had read "dalle 14 alle 15" and left "e mezza" over as the thing
    parts = follow_on._parts(said, NOW, lang)
    assert [(k, said[a:b]) for k, a, b in parts] == [("time", whole)]


def test_german_half_hour_ends_a_range() -> None:
    span = said_span("Trag von 10 bis halb 1 den Umzug ein", "de")
    assert span is not None and span.range is not None
    assert (span.range.end.hour, span.range.end.minute) == (12, 30)


@pytest.mark.parametrize(("lang", "first", "second", "start", "end", "title"), [
    ("it", "Metti in agenda il pranzo con Giulia sabato dalle 12 alle 14.",
     "Anzi, facciamo dalle 13 alle 14 e un quarto.", "2026-12-05T13:00", "2026-12-05T14:15",
     "pranzo"),
    ("es", "Pon en el calendario la comida con Marta el sábado de 1 a 3.",
     "No, mejor de 2 a 3 y media.", "2026-12-05T14:00", "2026-12-05T15:30", "comida"),
    ("de", "Trag mir Sonntag von 8 bis 10 eine Radtour ein.", "Nee, lieber von 9 bis halb 12.",
     "2026-12-06T09:00", "2026-12-06T11:30", "Radtour"),
])
def test_an_event_put_right_with_a_new_range(lang: str, first: str, second: str, start: str,
                                             end: str, title: str) -> None:
    judged(lang, [first, second],
           {"new": [{"kind": "event", "start": start, "end": end, "about": [title]}]})


def test_a_german_reason_with_its_verb_before_ich() -> None:
    # "…, vorher bin ich …" had been kept and "draus" read as the reminder's new text
    assert request_alone("Schieb es auf neun, morgens muss ich noch einkaufen", "de") \
        == "Schieb es auf neun"
    assert request_alone("Mach acht draus, dann bin ich schon zurück.", "de") == "Mach acht draus"


def test_a_german_reminder_made_later_with_a_reason() -> None:
    judged("de", ["Erinnere mich morgen um 7 daran, die Pflanzen zu gießen.",
                  "Nee, mach lieber Viertel nach acht draus, vorher bin ich nicht wach."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:15", "about": ["Pflanzen"]}]})


def test_german_make_it_into_a_day_moves_what_was_asked() -> None:
    focus = {"type": "event", "id": 3, "name": "Elternabend", "created": False}
    assert pointed("Mach lieber Freitag um 18 Uhr draus.", focus, "de") \
        == "verschieb den Termin Elternabend auf Freitag um 18 Uhr."
    # one just made is put right by the follow-on, not moved here
    assert pointed("Mach Freitag draus.", {**focus, "created": True}, "de") is None


def test_a_german_appointment_asked_then_made_into_another_day() -> None:
    # "Mach Donnerstag um 15 Uhr draus" had set an alarm
    judged("de", ["Wann ist das Abendessen mit Anna?",
                  "Hmm, da kann ich nicht, ich hab Training. Mach Samstag um 20 Uhr draus."],
           {"changed": {"E3": {"start": "2026-12-05T20:00"}}})


@pytest.mark.parametrize(("said", "lang", "name"), [
    ("Stell einen Timer auf 8 Minuten fürs Dehnen", "de", "Dehnen"),
    ("Mach einen Timer von 20 Minuten fürs Eis", "de", "Eis"),
    ("Mets un minuteur pour la pause entre les séries", "fr", "pause"),
    ("Pon un temporizador para el descanso entre series", "es", "descanso"),
])
def test_a_timer_named_by_what_it_is_for(said: str, lang: str, name: str) -> None:
    assert _name_other(said, lang, new=True) == name


def test_a_german_timer_to_do_something() -> None:
    assert _name_other("Stell einen Timer auf 5 Minuten zum Abkühlen", "de", new=True) \
        == "Abkühlen"
    assert _name_other("Gib 5 Minuten zum Timer dazu", "de") == ""


def test_a_french_timer_for_a_rest_then_its_length() -> None:
    judged("fr", ["Lance un minuteur pour la pause entre les séries de pompes.", "Deux minutes."],
           {"new": [{"kind": "timer", "seconds": 120, "name": "pause"}]})


def test_that_same_day_is_the_day_of_what_was_asked_whatever_is_made() -> None:
    # "le même jour, mets-moi une séance …" (an event, no alarm or reminder) had been today
    about = {"at": datetime(2026, 12, 3, 10, 0, tzinfo=UTC), "kind": "event"}
    assert anchored("Et ce jour-là, ajoute un cours de yoga de 18h à 19h", about, NOW, "fr") \
        == "Et jeudi, ajoute un cours de yoga de 18h à 19h"
    # "de la mañana" is the morning, no day of its own
    assert "jueves" in anchored("Ese día recuérdame a las 7 de la mañana coger el tren",
                                about, NOW, "es")
    assert anchored("Ese día no, ponme una alarma el viernes a las 7", about, NOW, "es") \
        == "Ese día no, ponme una alarma el viernes a las 7"


def test_a_french_session_on_the_same_day_as_the_appointment_asked() -> None:
    judged("fr", ["Quand est-ce que j'ai le dîner avec Anna ?",
                  "Ok, et le même jour, ajoute-moi un cours de yoga de 17h à 18h."],
           {"new": [{"kind": "event", "start": "2026-12-04T17:00", "end": "2026-12-04T18:00",
                     "about": ["yoga"]}]})


def test_a_spanish_reminder_that_day_in_the_morning() -> None:
    judged("es", ["¿Cuándo tengo la cita con el dentista?",
                  "Vale, pues ese día recuérdame a las 9 de la mañana que coja el cepillo."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T09:00", "about": ["cepillo"]}]})


@pytest.mark.parametrize(("lang", "said", "title"), [
    ("it", "E venerdì, mettimi una lezione di nuoto dalle 18 alle 19.", "lezione di nuoto"),
    ("de", "Und am Freitag, trag mir Schwimmkurs von 18 bis 19 Uhr ein.", "Schwimmkurs"),
    ("fr", "D'accord, et vendredi, mets-moi un cours de natation de 18h à 19h.",
     "cours de natation"),
])
def test_a_day_said_first_leaves_no_start_in_the_title(lang: str, said: str, title: str) -> None:
    # "… dalle 15 alle 16" after a fronted day had left "alle 15" in the title
    judged(lang, [said], {"new": [{"kind": "event", "start": "2026-12-04T18:00",
                                   "end": "2026-12-04T19:00", "about": title.split()[:1]}]},
           item_words=False)


def test_the_words_its_clock_left_are_no_spanish_reminder() -> None:
    judged("es", ["Recuérdame a las 7 de la tarde de regar las plantas."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T19:00", "about": ["regar"]}],
            "mention": ["regar las plantas"]})


@pytest.mark.parametrize(("lang", "first", "asked", "items"), [
    ("it", "Crea una lista che si chiama valigia con: scarpe, calze e borraccia.",
     "E cosa c'è dentro ora?", {"valigia": ["scarpe", "calze", "borraccia"]}),
    ("fr", "Ajoute du riz et des pâtes à la liste de courses.",
     "Qu'est-ce qu'il y a dans la liste maintenant ?", {"shopping": ["riz", "pâtes"]}),
    ("es", "Añade arroz a la lista de la compra.", "¿Qué hay dentro ahora?",
     {"shopping": ["arroz"]}),
    ("de", "Setz Reis auf die Einkaufsliste.", "Was ist jetzt auf der Liste?",
     {"shopping": ["Reis"]}),
])
def test_the_list_asked_in_or_unnamed_is_the_one_just_changed(
        lang: str, first: str, asked: str, items: dict[str, list[str]]) -> None:
    # "Cosa c'è dentro adesso?" had not been understood; "sur la liste" had listed the lists
    judged(lang, [first, asked], {"added_items": items,
                                  "mention": [next(iter(items.values()))[-1]]})


@pytest.mark.parametrize(("lang", "first", "then", "said"), [
    ("fr", "À quelle heure sonne mon réveil demain matin ?", "Et celle de samedi ?", "09:00"),
    ("it", "A che ora suona la sveglia di domani?", "E quella di sabato?", "09:00"),
])
def test_the_one_of_another_day_asks_the_same(lang: str, first: str, then: str,
                                              said: str) -> None:
    # "Et celui de samedi ?" had been read as which date Saturday is
    judged(lang, [first, then], {"mention": [said]})


@pytest.mark.parametrize(("said", "lang", "alone"), [
    ("Ponla el viernes, que el jueves tengo partido.", "es", "Ponla el viernes"),
    ("Muévelo a las diez, que mañana entro tarde.", "es", "Muévelo a las diez"),
    ("Mettila venerdì, che giovedì gioco a calcetto.", "it", "Mettila venerdì"),
])
def test_a_day_of_ones_own_after_que_or_che_is_a_reason(said: str, lang: str,
                                                        alone: str) -> None:
    assert request_alone(said, lang) == alone


def test_a_spanish_alarm_moved_with_a_reason_about_the_other_day() -> None:
    judged("es", ["¿A qué hora suena la alarma de natación?",
                  "Pues muévela al viernes a la misma hora, que el sábado tengo boda."],
           {"changed": {"A3": {"time": "09:00", "date": "2026-12-04"}}})


@pytest.mark.parametrize(("lang", "first", "then", "days"), [
    ("it", "Metti una sveglia alle 6:15 ogni lunedì per la piscina.", "E un'altra uguale ogni venerdì.",
     ["FR"]),
])
def test_another_the_same_on_other_days(lang: str, first: str, then: str,
                                        days: list[str]) -> None:
    # "uguale" had been read as the new alarm's name, and nothing set
    judged(lang, [first, then],
           {"new": [{"kind": "alarm", "time": "06:15", "repeat": ["MO"]},
                    {"kind": "alarm", "time": "06:15", "repeat": days}]})


def test_the_verb_to_buy_names_no_list() -> None:
    assert not names_a_list("Apunta ahí comprar pilas y llamar al fontanero")
    assert names_a_list("Apunta pilas en la lista de la compra")
    assert names_a_list("Pon pilas en la compra")


def test_spanish_errands_to_buy_put_there_after_the_to_do_list_was_read() -> None:
    judged("es", ["¿Qué hay en mi lista de tareas?",
                  "Apunta ahí también comprar pilas y llamar al fontanero."],
           {"added_items": {"to-do": ["pilas", "fontanero"]}})
