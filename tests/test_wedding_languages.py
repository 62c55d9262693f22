"""A family wedding next weekend in German, French, Spanish and Italian: what was fixed
after the held-out wedding set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hark.dialogue import follow_on, undoing
from hark.nlu.time_spans import find_time_spans
from hark.skills.timers import _name_other
from hark.text import list_entry
from tests.conversations import judged


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("lance un minuteur de dix minutes pour relire mes notes", "fr", "notes"),
    ("mets un minuteur de vingt minutes pour que je corrige les copies", "fr", "copies"),
    ("metti un timer di venti minuti per cuocere le patate", "it", "patate"),
    ("pon un temporizador de diez minutos para lavar los platos", "es", "platos"),
])
def test_a_new_timer_is_named_by_the_thing_of_what_it_is_for(text: str, lang: str,
                                                              name: str) -> None:
    # "… pour que je répète mon discours", "… per provare il discorso" had no name
    assert _name_other(text, lang, new=True) == name


def test_an_italian_timer_for_doing_something_then_a_question() -> None:
    judged("it", ["Avvia un timer di dieci minuti per stirare la camicia, e dimmi quanto "
                  "manca al bucato."],
           {"new": [{"kind": "timer", "seconds": 600, "name": "camicia"}],
            "mention": [{"minutes": 15}]})


def test_french_hours_after_a_word_of_lasting_are_a_length() -> None:
    # "Ça dure une heure" had been read as one o'clock and the event made with no end
    now = datetime(2026, 11, 30, 17, tzinfo=UTC)
    said = find_time_spans("Vendredi à 19 h, pendant deux heures et demie.", now, "fr")
    assert [(s.name, s.value.get("seconds")) for s in said][-1] == ("duration", 9000)
    assert find_time_spans("Rappelle-moi à une heure", now, "fr")[0].value["kind"] == "time"


def test_a_french_event_asked_when_then_told_its_length() -> None:
    judged("fr", ["Mets le cours de danse dans l'agenda.",
                  "Vendredi 4 à 19 h. Ça dure une heure et demie."],
           {"new": [{"kind": "event", "start": "2026-12-04T19:00", "about": ["danse"],
                     "end": "2026-12-04T20:30"}]})


@pytest.mark.parametrize(("text", "lang"), [
    ("Ah non, laisse tomber, mon frère s'en occupe.", "fr"),
    ("Ach, lass gut sein, wir haben schon alles gebucht.", "de"),
    ("Olvídate, ya lo reservó mi madre.", "es"),
    ("No, lascia stare, ci pensa mia sorella.", "it"),
])
def test_forget_it_then_why_takes_back_the_last_change(text: str, lang: str) -> None:
    # "laisse tomber, ma sœur a déjà tout réservé" had not been understood
    heard = undoing.said(text, lang)
    assert heard is not None and heard.recent_only


def test_forget_it_then_a_new_request_is_no_undo() -> None:
    assert undoing.said("Laisse tomber, mets-la à sept heures", "fr") is None


def test_a_french_appointment_called_off_with_a_reason() -> None:
    judged("fr", ["Ajoute un rendez-vous chez l'opticien jeudi à 15 h.",
                  "Ah, laisse tomber, je l'ai déjà annulé au téléphone."], {})


@pytest.mark.parametrize(("turns", "lang", "at"), [
    (["Stell mir einen Wecker für Freitag um 6:20.", "Und noch einen fünf Minuten später."],
     "de", "06:25"),
    (["Mets un réveil vendredi à 6 h 20.", "Et un autre, cinq minutes plus tard."], "fr", "06:25"),
    (["Ponme una alarma el viernes a las 6:20.", "Y otra cinco minutos más tarde."], "es", "06:25"),
    (["Mettimi una sveglia venerdì alle 6:20.", "E un'altra venti minuti prima."], "it", "06:00"),
])
def test_another_alarm_some_minutes_from_the_one_just_set(turns: list[str], lang: str,
                                                          at: str) -> None:
    # "Y otra diez minutos después" had answered that the first alarm was already there
    judged(lang, turns, {"new": [{"kind": "alarm", "time": "06:20", "date": "2026-12-04"},
                                 {"kind": "alarm", "time": at, "date": "2026-12-04"}]})


def test_another_half_hour_earlier_still_shifts_the_same_alarm() -> None:
    assert not follow_on._ANOTHER_ONE["es"].search("y otra media hora antes")
    assert follow_on._ANOTHER_ONE["es"].search("y otra veinte minutos antes")


@pytest.mark.parametrize(("text", "lang", "day", "clock"), [
    ("Pon la cena el viernes 11 a las nueve de la noche", "es", "viernes 11", "nueve de la noche"),
    ("Metti la cena venerdì 11 alle 21", "it", "venerdì 11", "21"),
])
def test_a_weekday_and_its_number_stay_the_day_before_the_clock(text: str, lang: str, day: str,
                                                                 clock: str) -> None:
    # "el miércoles 9 a las cinco" had been cut "miércoles | 9 a las cinco": the 9 left over
    # when the day was put right, and the time read as 21:05
    now = datetime(2026, 11, 30, 17, tzinfo=UTC)
    parts = follow_on._parts(text, now, lang)
    assert [(k, text[a:b]) for k, a, b in parts] == [("date", day), ("time", clock)]


def test_a_spanish_event_put_on_another_day_at_the_same_time() -> None:
    judged("es", ["Apunta la cena de ensayo el viernes 11 a las ocho de la tarde.",
                  "Ay, no, perdona, es el sábado 12, a la misma hora."],
           {"new": [{"kind": "event", "start": "2026-12-12T20:00", "about": ["ensayo"]}]})


@pytest.mark.parametrize(("turns", "lang"), [
    (["Metti in agenda la riunione con il fiorista giovedì 10 alle 11.",
      "No, scusa, è alle 10, e dura mezz'ora."], "it"),
    (["Ajoute le rendez-vous avec le fleuriste jeudi 10 à 11 h.",
      "Non, pardon, c'est à 10 h, et ça dure une demi-heure."], "fr"),
])
def test_an_event_put_right_with_its_length_in_the_same_breath(turns: list[str],
                                                               lang: str) -> None:
    # "è alle 17, e dura un'ora" had made the event on the Wednesday after, titled "… for
    # un'ora"
    judged(lang, turns, {"new": [{"kind": "event", "start": "2026-12-10T10:00",
                                  "about": ["fior" if lang == "it" else "fleur"],
                                  "end": "2026-12-10T10:30"}]})


@pytest.mark.parametrize(("turns", "lang", "at"), [
    (["Stell mir einen Wecker für Freitag, den 11.", "Um zehn nach sechs."], "de", "06:10"),
    (["Ponme una alarma para el viernes 11, que es la mudanza.", "A las seis y diez."], "es",
     "06:10"),
    (["Mettimi una sveglia per venerdì 11, il giorno del trasloco.", "Alle sei e dieci."],
     "it", "06:10"),
])
def test_an_alarm_for_a_day_and_its_number_asks_the_time(turns: list[str], lang: str,
                                                          at: str) -> None:
    # "Samstag, den 12." had been set for 0:00 (the 12 read as twelve o'clock), "sabato
    # 12, il giorno …" refused as a timer of twelve days
    judged(lang, turns, {"new": [{"kind": "alarm", "time": at, "date": "2026-12-11"}]})


def test_an_alarm_for_a_day_said_with_its_hour_keeps_the_hour() -> None:
    judged("de", ["Stell einen Wecker für den 7. Dezember um 7."],
           {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-07"}]})


@pytest.mark.parametrize(("text", "lang", "items", "name"), [
    ("E nella lista delle cose da fare ritirare il vestito.", "it", "ritirare il vestito",
     "lista delle cose da fare"),
    ("Und auf die Einkaufsliste noch Luftballons.", "de", "Luftballons", "Einkaufsliste"),
    ("Et sur la liste de courses, des bougies.", "fr", "des bougies", "liste de courses"),
    ("Y en la lista de la compra unas servilletas.", "es", "unas servilletas",
     "lista de la compra"),
])
def test_a_list_named_first_with_no_verb_then_its_item(text: str, lang: str, items: str,
                                                       name: str) -> None:
    # "E nella lista della spesa il regalo per gli sposi" had put "E" on the list
    assert list_entry.read(text, lang) == list_entry.Entry(items, name)


@pytest.mark.parametrize(("text", "lang"), [
    ("E nella lista della spesa cosa c'è?", "it"),
    ("Und auf der Einkaufsliste steht schon Milch.", "de"),
])
def test_a_list_named_first_then_a_question_or_news_is_no_adding(text: str, lang: str) -> None:
    assert list_entry.read(text, lang) is None


def test_an_italian_list_named_first_after_another_list() -> None:
    judged("it", ["Metti nella lista delle cose da fare ritirare le bomboniere.",
                  "E nella lista della spesa i confetti."],
           {"added_items": {"to-do": ["bomboniere"], "shopping": ["confetti"]},
            "item_words": True})


def test_things_said_again_by_a_pronoun_before_the_list_are_the_items() -> None:
    # "Hotel in Luzern buchen, das auch noch auf die To-do-Liste" had put "auch noch" on it
    assert list_entry.read("Und Tischkarten drucken, das auch auf die To-do-Liste, danke.",
                           "de") == list_entry.Entry("Tischkarten drucken", "To-do-Liste")


def test_a_german_question_then_a_list_named_first_are_two_requests() -> None:
    # "… stellen für die Rede? Und auf die To-do-Liste noch …" had gone onto the list whole
    judged("de", ["Kannst du einen Timer auf zehn Minuten stellen für den Kuchen? Und auf "
                  "die Einkaufsliste noch Puderzucker."],
           {"new": [{"kind": "timer", "seconds": 600, "name": "Kuchen"}],
            "added_items": {"shopping": ["Puderzucker"]}, "item_words": True})


def test_a_part_of_the_day_stays_with_its_clock() -> None:
    # the weekday's number kept with its day must not take "Abend" from "um 8"
    now = datetime(2026, 11, 30, 17, tzinfo=UTC)
    text = "Erinnere mich heute Abend um 8 an die Steuern"
    assert [(k, text[a:b]) for k, a, b in follow_on._parts(text, now, "de")] == \
        [("date", "heute"), ("time", "Abend um 8")]
