"""A private tutor's week in German, French, Spanish and Italian: what was fixed after the
held-out tutor set (written apart from it, other words, other things)."""

from __future__ import annotations

from typing import Any

import pytest

from hark.nlu import repeat_changes
from hark.text.reason_clause import without_reason_clause
from hark.text.regional_words import in_standard_words
from hark.text.reminder_set_to import moved_plainly
from tests.conversations import judged


@pytest.mark.parametrize(("text", "plain"), [
    ("Despiértame a veinte para las siete.", "Despiértame a las siete menos veinte."),
    ("Sí, a un cuarto para las ocho de la tarde.", "Sí, a las ocho menos cuarto de la tarde."),
    # a number of people is no clock
    ("Reserva una mesa para cinco para las nueve.", "Reserva una mesa para cinco para las nueve."),
    ("Und noch an Wecker für Freitag.", "Und noch einen Wecker für Freitag."),
])
def test_regional_clock_and_article(text: str, plain: str) -> None:
    assert in_standard_words(text) == plain


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # Latin American minutes before the hour, said at once and as the missing time
    ("es", ["Despiértame el viernes a veinte para las siete."],
     {"new": [{"kind": "alarm", "time": "06:40", "date": "2026-12-04"}]}),
    ("es", ["Ponme una alarma para el sábado.",
            "Mmm... a un cuarto para las ocho de la mañana, que viene el fontanero."],
     {"new": [{"kind": "alarm", "time": "07:45", "date": "2026-12-05"}]}),
    # Bavarian "an Timer" with no verb, after "und"
    ("de", ["Stell mir einen Wecker für morgen um sieben.",
            "Und an Timer auf fünf Minuten für die Nudeln."],
     {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-01"},
              {"kind": "timer", "seconds": 300}]}),
])
def test_said_regionally(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns"), [
    # the thing just taken away or changed, kept after all
    ("fr", ["Supprime le réveil de demain à sept heures et quart.",
            "Oh, bon, laisse-le finalement, la réunion est maintenue."]),
    ("fr", ["Retire le lait de ma liste de courses.",
            "Ah non, en fait il en reste plus, garde-le."]),
    ("de", ["Stell den Wecker fürs Schwimmen am Samstag eine Stunde später.",
            "Ach nee, lass ihn, wie er war – der Kurs fängt doch früh an."]),
])
def test_kept_after_all(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


def test_german_also_is_so() -> None:
    said = "Also verschieb die Erinnerung zum Zahnarzt anrufen auf Mittwoch um halb drei."
    assert repeat_changes.find(said, "de") is None
    # ("auch" still adds a day)
    assert repeat_changes.find("Mach die Erinnerung zum Müll rausbringen auch sonntags.",
                               "de") is not None


@pytest.mark.parametrize(("text", "plain"), [
    ("Also stell die Erinnerung zum Zahnarzt anrufen auf Mittwoch um halb drei.",
     "Also verschieb die Erinnerung zum Zahnarzt anrufen auf Mittwoch um halb drei."),
    ("Stell bitte meinen Friseurtermin auf Freitag um zehn.",
     "verschieb bitte meinen Friseurtermin auf Freitag um zehn."),
    # a new one stays new
    ("Stell mir eine Erinnerung auf morgen um acht.", "Stell mir eine Erinnerung auf morgen um acht."),
    ("Stell den Wecker auf sieben.", "Stell den Wecker auf sieben."),
])
def test_reminder_set_to_a_day_is_a_move(text: str, plain: str) -> None:
    assert moved_plainly(text) == plain


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("de", ["Der Zahnarzt hat angerufen, der Termin passt nicht – also stell die Erinnerung "
            "zum Zahnarzt anrufen auf Mittwoch um halb drei.", "Und wann ist die jetzt?"],
     {"changed": {"R1": {"due": "2026-12-02T14:30"}}, "mention": ["14:30"]}),
])
def test_reminder_put_on_another_day(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("text", "plain"), [
    ("Ricordami di pagare l'affitto. Che è il primo del mese.",
     "Ricordami di pagare l'affitto."),
    ("Rappelle-moi de payer la cantine. Parce que c'est la fin du trimestre.",
     "Rappelle-moi de payer la cantine."),
    # a day of its own may be the request's: kept
    ("Metti la cena con Paolo. Che è giovedì alle 8.", "Metti la cena con Paolo. Che è giovedì alle 8."),
    ("Pon la cita con el médico. Que es mañana.", "Pon la cita con el médico. Que es mañana."),
])
def test_reason_said_after_as_a_sentence(text: str, plain: str) -> None:
    assert without_reason_clause(text) == plain


def test_the_reason_s_day_is_not_the_reminder_s() -> None:
    judged("it", ["Ehi, mi metti un promemoria per la quota della palestra? Che è fine mese.",
                  "Domani alle otto e mezza."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:30", "about": ["palestra"]}]})

