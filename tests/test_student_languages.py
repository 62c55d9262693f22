"""A first-year student's end of term in German, French, Spanish and Italian: what was fixed
after the held-out student set (written apart from it, other words, other things)."""

from __future__ import annotations

from typing import Any

import pytest

from hark.dialogue import but_for
from hark.text.regional_words import in_standard_words
from tests.conversations import judged


@pytest.mark.parametrize(("text", "plain"), [
    ("Erinner mi a halbe Stund vorher.", "Erinner mich eine halbe Stunde vorher."),
    ("Ab zwei, bis fünfe am Nachmittag.", "Ab zwei, bis fünf am Nachmittag."),
    ("Stell ma bittschön an Wecker.", "Stell mir bitte einen Wecker."),
    ("Na, Schmarrn, i mein Freitag!", "Na, Schmarrn, ich mein Freitag!"),
    ("No, aspetta, facimmo quindici.", "No, aspetta, facciamo quindici."),
    ("Pis ma liste d'épicerie?", "et ma liste d'épicerie?"),
    # an ordinal keeps its "-e" ("die achte Stunde"), and Italian "i" is an article
    ("Die achte Stunde fällt aus.", "Die achte Stunde fällt aus."),
    ("Metti i biscotti in lista.", "Metti i biscotti in lista."),
])
def test_said_regionally(text: str, plain: str) -> None:
    assert in_standard_words(text) == plain


@pytest.mark.parametrize(("title", "said", "lang", "thing"), [
    ("entregar la práctica de física", "Y otro igual el jueves, pero para el trabajo de química",
     "es", "entregar el trabajo de química"),
    ("die Hausarbeit abzugeben", "Und nochmal am Donnerstag, aber für das Referat", "de",
     "das Referat abzugeben"),
    ("examen de chimie", "Et pareil jeudi, pour celui de physique", "fr", "examen de physique"),
    ("consegnare la relazione", "E un altro venerdì, ma per la tesina", "it",
     "consegnare la tesina"),
])
def test_but_for_another_thing(title: str, said: str, lang: str, thing: str) -> None:
    but = but_for.said(said, lang)
    assert but is not None
    assert but_for.thing(title, but, lang) == thing


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # another of the same, but for another thing
    ("de", ["Erinner mich morgen um neun, die Hausarbeit abzugeben.",
            "Und so 'ne Erinnerung nochmal für Donnerstag, selbe Uhrzeit, aber für das Referat "
            "in Geschichte."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["Hausarbeit"]},
              {"kind": "reminder", "due": "2026-12-03T09:00", "about": ["Referat"]}]}),
    ("es", ["Recuérdame el miércoles a las siete de la tarde entregar la práctica de física.",
            "Y otro igualito para el jueves, pero para el trabajo de química."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T19:00", "about": ["práctica"]},
              {"kind": "reminder", "due": "2026-12-03T19:00", "about": ["química"]}]}),
    ("fr", ["Ajoute à mon agenda l'examen de chimie mercredi, de quatorze heures à seize heures.",
            "Et pareil jeudi, même créneau, pour celui de physique."],
     {"new": [{"kind": "event", "start": "2026-12-02T14:00", "end": "2026-12-02T16:00",
               "about": ["chimie"]},
              {"kind": "event", "start": "2026-12-03T14:00", "end": "2026-12-03T16:00",
               "about": ["physique"]}]}),
])
def test_another_but_for_another_thing(lang: str, turns: list[str], expect: dict[str, Any]
                                       ) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # timed from the thing just asked about, not from one whose verb the errand says
    ("es", ["¿A qué hora es la reunión de equipo mañana?",
            "Recuérdame dos horas antes que llame a mi madre."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T07:00", "about": ["madre"]}]}),
    # Provençal openers, a day after the question
    ("fr", ["Peuchère, la réunion d'équipe, c'est à quelle heure demain ?",
            "Bon, vé, rappelle-moi une heure avant d'imprimer l'ordre du jour."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["ordre"]}]}),
    # Bavarian "a halbe Stund"
    ("de", ["Wann ist nochmal die Teambesprechung morgen?",
            "Erinner mi a halbe Stund vorher, dass i die Folien ausdruck."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:30", "about": ["Folien"]}]}),
])
def test_timed_from_what_was_asked(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the time given next sits by the request's own day, not by a day of the errand
    ("it", ["Mettimi un promemoria per giovedì, devo comprare i regali per Natale.",
            "Alle cinque del pomeriggio."],
     {"new": [{"kind": "reminder", "due": "2026-12-03T17:00", "about": ["regali"]}]}),
    # a range said "from …, till …", Bavarian hours
    ("de", ["Trag mir am Freitag ein Treffen mit der Projektgruppe ein.",
            "Ab zwei am Nachmittag, bis fünfe."],
     {"new": [{"kind": "event", "start": "2026-12-04T14:00", "end": "2026-12-04T17:00",
               "about": ["Projektgruppe"]}]}),
    # why, with no "weil", has a clock that is not the alarm's; the answer put right at once
    ("de", ["Stell ma bittschön an Wecker für Mittwoch in der Früh, i hab um neune Vorlesung.",
            "Um sechse. Naa, wart, sagma halb sieben."],
     {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-02"}]}),
])
def test_detail_given_next(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a German ordinal is no length of a timer of its own
    ("de", ["Stell mir einen Timer für die dritte Ladung Wäsche, fünfzig Minuten."],
     {"new": [{"kind": "timer", "seconds": 3000}]}),
    # Austrian "na", "Schmarrn", "i mein", a German remark after it
    ("de", ["Stell mir an Wecker für Dienstag um sieben.",
            "Na, Schmarrn, i mein Freitag! Am Dienstag hab i eh frei."],
     {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-04"}]}),
    # Neapolitan "facimmo"
    ("it", ["Mettimi un timer di dieci minuti per le patate.", "No, aspetta, facimmo quindici."],
     {"new": [{"kind": "timer", "seconds": 900}]}),
    # asked as a question, the day first
    ("it", ["Mi ricordi sabato alle dieci di mattina di scrivere la mail alla prof per l'esame?"],
     {"new": [{"kind": "reminder", "due": "2026-12-05T10:00", "about": ["mail"]}]}),
    # "cámbiame" moves it (a dative "me"), why after it
    ("es", ["Cámbiame el recordatorio de sacar la basura a las ocho de la noche, que a las siete "
            "estoy en clase."],
     {"changed": {"R2": {"due": "2026-12-03T20:00"}}}),
    # news that something is off, after the change
    ("fr", ["C'est à quelle heure mon réveil demain ?",
            "Celui de sept heures et quart, mets-le à neuf heures, mon cours de huit heures est "
            "annulé."],
     {"changed": {"A2": {"time": "09:00"}}}),
])
def test_put_right_or_changed(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns"), [
    # the thing just added taken off again, why said between ("lo porta Giulia")
    ("it", ["Metti il vino sulla lista della spesa.", "Anzi no, lascia perde, lo porta Giulia. Toglilo."]),
    # the reminder just removed kept after all
    ("es", ["Borra el recordatorio de llamar al dentista.",
            "Ay no, espérate, mejor déjalo. Al final sí tengo que llamar, neta."]),
])
def test_taken_back(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a question among remarks, a word calling out first
    ("de", ["Hey, hab ich am Samstag irgendwelche Erinnerungen? Ich sitz grad in der Mensa und "
            "plan das Wochenende."], {"mention": ["9:30"]}),
    # "okay" before a Spanish question
    ("es", ["Cambia el recordatorio de sacar la basura a las ocho de la noche.",
            "Vale, ¿y a qué hora me lo vas a recordar?"],
     {"changed": {"R2": {"due": "2026-12-03T20:00"}}, "mention": ["20:00"]}),
    # Río de la Plata "lavarropas" is the laundry timer; then the other one
    ("es", ["Che, ¿cuánto le queda al timer del lavarropas?", "¿Y al de la pasta?"],
     {"mention": [{"minutes": 8}]}),
    # Québec "pis"
    ("fr", ["Combien y a d'affaires sur ma liste d'épicerie?", "Pis ma liste de choses à faire?"],
     {"mention": [{"count": 3}]}),
])
def test_asked(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)
