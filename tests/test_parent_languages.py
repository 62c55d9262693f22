"""Looking after an elderly parent in German, French, Spanish and Italian: what was fixed
after the held-out parent set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.reason_after import request_alone
from hark.nlu.scope_frames import decide
from tests.conversations import judged


def test_a_reminder_to_fetch_something_is_no_removal() -> None:
    # "ritirare" (to collect) had been read as a removal and the reminder not understood
    assert decide("calendar_remove", "Mettimi un promemoria per ritirare il pacco", "it") \
        == "calendar_set"
    assert decide("lists_remove", "Ricordami di ritirare le analisi in farmacia", "it") \
        == "calendar_set"
    assert decide("lists_remove", "Togli il promemoria del pacco", "it") is None


def test_an_italian_reminder_to_collect_then_its_time() -> None:
    judged("it", ["Mi serve un promemoria per ritirare le analisi della nonna.",
                  "Venerdì pomeriggio alle quattro."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T16:00", "about": ["analisi"]}]})


def test_a_reason_with_a_word_before_what_one_has_to_do_is_left_out() -> None:
    # "…, que antes tengo que …": "antes" had been kept and the dinner moved earlier
    assert request_alone("Pues atrásala una hora, que antes tengo que bañar a mi padre",
                         "es") == "Pues atrásala una hora"
    assert request_alone("Spostala di mezz'ora, che prima devo passare dalla nonna",
                         "it") == "Spostala di mezz'ora"


def test_a_spanish_dinner_put_back_with_a_reason_after() -> None:
    judged("es", ["¿A qué hora es la cena con Anna?",
                  "Retrásala una hora, que antes tengo que darle la cena a mi padre."],
           {"changed": {"E3": {"start": "2026-12-04T20:30"}}})
