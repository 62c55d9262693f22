"""A new puppy, in German, French, Spanish and Italian: a small hour in the night before
a day ("in der Nacht zum Donnerstag um drei" is Thursday 3:00), a length said in quarter hours
after an event was made ("dura tre quarti d'ora"), a length whose amount is its article
swapped for another ("un quarto d'ora" — "anzi, venti minuti"), the part of the day kept
when a clock is corrected ("a las tres de la madrugada" — "no, a las tres y media").
Real conversations over the seeded SQLite store; written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from hark.text.item_corrected import corrected
from hark.text.night_of import night_of
from hark.text.regional_words import in_standard_words
from tests.conversations import judged


@pytest.mark.parametrize(("text", "said"), [
    ("Wecker in der Nacht von Freitag auf Samstag um 4 Uhr bitte",
     "Wecker am Samstag um 4 Uhr nachts bitte"),
    ("sveglia nella notte tra venerdì e sabato alle 3:30 per il cane",
     "sveglia sabato alle 3:30 di notte per il cane"),
    ("réveil dans la nuit de jeudi à vendredi à trois heures",
     "réveil vendredi à trois heures du matin"),
    # a late hour is still the evening before: left as said
    ("Wecker in der Nacht auf Dienstag um elf", "Wecker in der Nacht auf Dienstag um elf"),
])
def test_a_small_hour_in_the_night_before_a_day(text: str, said: str) -> None:
    assert night_of(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("una pallina, anzi, un osso di gomma", "un osso di gomma"),
    ("Brot, oder besser Brötchen", "Brötchen"),
])
def test_a_thing_taken_back_by_rather(text: str, said: str) -> None:
    assert corrected(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("und des Futter kannst wegstreichen", "und des Futter kannst du wegstreichen"),
    ("die Eier kannst du runternehmen", "die Eier kannst du runternehmen"),
    ("kannst Eier kaufen?", "kannst Eier kaufen?"),  # (a thing, no verb: left)
])
def test_kannst_with_its_du_left_out(text: str, said: str) -> None:
    assert in_standard_words(text) == said


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a thing just added said not meant, another in its place
    ("de", ["Setz Hundefutter und einen Napf auf die Einkaufsliste",
            "oh nein, keinen Napf, eine Decke – einen Napf hat er schon"],
     {"added_items": {"shopping": ["Hundefutter", "Decke"]}}),
    ("es", ["Añade a la lista de la compra galletas y pañales",
            "uy no, espérame, los pañales no, ya quedan; mejor agrégale unas toallitas"],
     {"added_items": {"shopping": ["galletas", "toallitas"]}}),
    # the verb's "du" left out: "… kannst runternehmen"
    ("de", ["Setz Hundefutter auf die Einkaufsliste", "und die Eier kannst runternehmen"],
     {"added_items": {"shopping": ["Hundefutter"]}, "gone_items": {"shopping": ["Eier"]}}),
    # another errand for the to-do list, longer than five words
    ("es", ["añade a la lista de tareas llamar al veterinario",
            "y también pedir la cartilla de vacunas del perro"],
     {"added_items": {"to-do": ["veterinario", "cartilla de vacunas"]}}),
    # "and then" another thing, taken back in the same breath
    ("it", ["aggiungi alla lista della spesa le crocchette",
            "e poi una pallina... anzi no, una corda da tirare, le palline le perde"],
     {"added_items": {"shopping": ["crocchette", "corda"]}}),
    # a small hour in the night before a day is on that day
    ("de", ["Weck mich in der Nacht zum Donnerstag um Viertel nach drei"],
     {"new": [{"kind": "alarm", "time": "03:15", "date": "2026-12-03"}]}),
    ("fr", ["mets un réveil dans la nuit de jeudi à vendredi à deux heures et quart"],
     {"new": [{"kind": "alarm", "time": "02:15", "date": "2026-12-04"}]}),
    # a length in quarter hours, right after the event was put in
    ("it", ["Metti in agenda il corso per cuccioli giovedì alle cinque del pomeriggio",
            "dura tre quarti d'ora"],
     {"new": [{"kind": "event", "start": "2026-12-03T17:00", "end": "2026-12-03T17:45",
               "about": ["corso"]}]}),
    ("it", ["Metti in agenda il bagnetto del cane venerdì alle nove", "dura un quarto d'ora"],
     {"new": [{"kind": "event", "start": "2026-12-04T09:00", "end": "2026-12-04T09:15",
               "about": ["bagnetto"]}]}),
    # a length whose amount is its article ("un quarto", "an hour"), swapped whole
    ("it", ["Fammi un timer di un quarto d'ora per la pappa", "anzi, facciamo dieci minuti"],
     {"new": [{"kind": "timer", "seconds": 600}]}),
    ("es", ["pon un temporizador de un cuarto de hora", "no, mejor doce minutos"],
     {"new": [{"kind": "timer", "seconds": 720}]}),
    ("it", ["Metti un timer di un'ora per il bucato", "anzi, facciamo due ore"],
     {"new": [{"kind": "timer", "seconds": 7200}]}),
    # the night kept when the clock is corrected in words
    ("es", ["ponme una alarma el jueves a las dos de la madrugada", "no, a las dos y cuarto"],
     {"new": [{"kind": "alarm", "time": "02:15", "date": "2026-12-03"}]}),
    ("it", ["mettimi una sveglia giovedì alle due di notte", "no, alle due e un quarto"],
     {"new": [{"kind": "alarm", "time": "02:15", "date": "2026-12-03"}]}),
    ("de", ["stell mir einen Wecker am Donnerstag um zwei Uhr nachts", "nein, um Viertel nach zwei"],
     {"new": [{"kind": "alarm", "time": "02:15", "date": "2026-12-03"}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "puppy")
