"""A small cake business run from the kitchen, in German, French, Spanish and Italian: what
was fixed after the held-out cakes set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.one_of_kind import with_list
from hark.dialogue.pointing import pointed
from hark.dialogue.reason_after import request_alone
from hark.nlu.scope_frames import decide
from hark.text import one_named
from hark.text.corrections_other import corrected_other
from tests.conversations import judged


def test_an_entry_put_in_is_no_removal_nor_an_order() -> None:
    # "Trag … ein" with a time said without "Uhr" had been read as a removal or a takeaway
    assert decide("calendar_remove", "Trag mir am Montag um 9:15 die Lieferung der Mehlsäcke ein",
                  "de") == "calendar_set"
    assert decide("takeaway_order", "Trag für Donnerstag um halb drei das Abholen der Pizza ein",
                  "de") == "calendar_set"
    assert decide("calendar_remove", "Lösch den Termin, den ich eingetragen hab", "de") is None


def test_a_german_time_put_right_with_the_thing_said_to_come_then() -> None:
    judged("de", ["Trag mir für Donnerstag um 10 Uhr die Lieferung vom Mehl ein",
                  "ach nein, die kommt doch erst um halb zwölf"],
           {"new": [{"kind": "event", "start": "2026-12-03T11:30", "about": ["Mehl"]}]})
    judged("de", ["Trag mir am Mittwoch um 15 Uhr den Termin beim Steuerberater ein",
                  "sorry, der ist erst um 16 Uhr"],
           {"new": [{"kind": "event", "start": "2026-12-02T16:00", "about": ["Steuerberater"]}]})


def test_a_german_it_said_before_its_verb() -> None:
    focus = {"type": "alarm", "id": 1, "name": "Schwimmen", "time": "09:00"}
    assert pointed("Gut, den verschieb mal auf 7 Uhr", focus, "de") == \
        "Gut, verschieb den Wecker für Schwimmen mal auf 7 Uhr"
    assert pointed("das mach ich morgen", focus, "de") is None
    judged("de", ["Wann ist die Teambesprechung?",
                  "Okay, die verschieb bitte auf 11 Uhr, vorher hab ich einen Kunden am Telefon"],
           {"changed": {"E1": {"start": "2026-12-01T11:00"}}})


def test_a_spanish_day_said_then_the_one_not_meant() -> None:
    # "…, no el miércoles" had been read as "no, Wednesday": the day not meant kept
    assert corrected_other("perdona, es el jueves, no el viernes") == \
        "perdona, es el jueves, no el viernes"
    assert corrected_other("ponla el jueves, no, el viernes") == "ponla el viernes"
    judged("es", ["Apunta en el calendario la cata de vinos el jueves a las 7 de la tarde",
                  "uy, perdona, me lié, es el viernes, no el jueves"],
           {"new": [{"kind": "event", "start": "2026-12-04T19:00", "about": ["cata"]}]})


def test_the_one_of_another_list_after_a_list_was_read() -> None:
    assert with_list("¿y en la de la compra?", "list", "es") == "¿y en la lista de la compra?"
    assert with_list("e in quella della spesa?", "list", "it") == "e in la lista della spesa?"
    assert with_list("¿y la de mañana?", "alarm", "es") is None
    assert one_named.said("¿y en la de la compra?", "es") is None
    judged("es", ["¿Qué hay en la lista de tareas?", "¿y en la de la compra?"],
           {"mention": ["leche", "huevos"]})
    judged("fr", ["Qu'est-ce qu'il y a sur ma liste de courses ?", "et dans celle des tâches ?"],
           {"mention": ["passeport"]})


def test_when_answered_with_how_long() -> None:
    judged("es", ["Añade al calendario la degustación con los novios",
                  "el viernes a las 6 de la tarde, dura dos horas"],
           {"new": [{"kind": "event", "start": "2026-12-04T18:00", "about": ["novios"],
                     "end": "2026-12-04T20:00"}]})


def test_not_this_item_that_one_said_with_not_first() -> None:
    judged("it", ["Metti burro e zucchero nella lista della spesa",
                  "anzi no, scusa, non lo zucchero, la farina"],
           {"added_items": {"shopping": ["burro", "farina"]}})
    judged("es", ["Añade harina y levadura a la lista de la compra",
                  "perdona, no la levadura, el bicarbonato"],
           {"added_items": {"shopping": ["harina", "bicarbonato"]}})


def test_another_reminder_at_the_same_time_on_another_day() -> None:
    judged("fr", ["Rappelle-moi mardi à 14h d'appeler le fournisseur de farine",
                  "et un autre mercredi à la même heure pour commander les boîtes"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T14:00", "about": ["farine"]},
                    {"kind": "reminder", "due": "2026-12-02T14:00", "about": ["boîtes"]}]})
    judged("es", ["Recuérdame el martes a las 9 pedir la harina",
                  "y otra el miércoles a la misma hora para recoger las cajas"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["harina"]},
                    {"kind": "reminder", "due": "2026-12-02T09:00", "about": ["cajas"]}]})


def test_the_same_day_as_the_day_asked_about() -> None:
    # French "à 15 heures" had been read as a day of its own ("15 …"), German entries were
    # not timed from the day asked about
    judged("fr", ["J'ai quoi mercredi ?",
                  "d'accord, rappelle-moi le même jour à 11 heures de commander le chocolat"],
           {"new": [{"kind": "reminder", "due": "2026-12-02T11:00", "about": ["chocolat"]}]})
    judged("de", ["Was hab ich am Freitag?",
                  "Gut, dann trag am selben Tag um 10 Uhr den Termin beim Großhändler ein"],
           {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["Großhändler"]}]})


def test_why_said_after_without_che_or_que() -> None:
    # "…, prima devo …" had been read as "earlier" and the move asked back
    assert request_alone("spostala alle 11, prima devo passare in banca", "it") == \
        "spostala alle 11"
    assert request_alone("pásala a las 11, antes tengo que ir al banco", "es") == \
        "pásala a las 11"
    judged("it", ["Quando è la riunione di squadra?",
                  "ok, spostala alle 11, prima devo passare dal commercialista"],
           {"changed": {"E1": {"start": "2026-12-01T11:00"}}})
