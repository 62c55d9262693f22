"""Looking after an elderly parent in German, French, Spanish and Italian: what was fixed
after the held-out parent set (written apart from it, other words, other things)."""

from __future__ import annotations

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
