"""A small cake business run from the kitchen, in German, French, Spanish and Italian: what
was fixed after the held-out cakes set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.pointing import pointed
from hark.nlu.scope_frames import decide
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
