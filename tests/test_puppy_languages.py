"""A new puppy, in German, French, Spanish and Italian: a length said in quarter hours
after an event was made ("dura tre quarti d'ora"), a length whose amount is its article
swapped for another ("un quarto d'ora" — "anzi, venti minuti"), the part of the day kept
when a clock is corrected ("a las tres de la madrugada" — "no, a las tres y media").
Real conversations over the seeded SQLite store; written apart from the held-out sets."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402


@pytest.mark.parametrize(("lang", "turns", "expect"), [
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
    """A real Assistant over the seeded SQLite store, every turn in one session."""
    row = {"lang": lang, "kind": "puppy", "turns": turns, "expect": expect, "names": lang}
    if "added_items" in expect:
        expect["item_words"] = True
    ok, answers, diff = asyncio.run(judge(row))
    assert ok, (answers, diff)
