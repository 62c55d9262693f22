"""A removal from a list takes off only the items said: a little word said again while
thinking ("the, er, the haircut", "the, like, the haircut") names no item, and
"everything" said of what the user did ("…, ho fatto tutto") does not empty the list.
Through a real Assistant on a real SQLite store (the store of ``manage_bench.py``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

_TWO = {"gone_items": {"to-do": ["renew passport", "book a haircut"]}}


@pytest.mark.parametrize("row", [
    {"lang": "en", "turns": ["Take the passport and the, er, the haircut off my to-do list."],
     "expect": _TWO},
    {"lang": "en", "turns": ["Take the passport and the, like, the haircut off my to-do list."],
     "expect": _TWO},
    {"lang": "en", "turns": ["Take the passport and the... the haircut off my to-do list."],
     "expect": _TWO},
    {"lang": "it", "turns": ["Dalla lista delle cose da fare togli il passaporto e il "
                             "parrucchiere, ho fatto tutto."],
     "expect": {"gone_items": {"to-do": ["rinnovare il passaporto",
                                         "prenotare il parrucchiere"]}}},
    {"lang": "fr", "turns": ["Enlève le passeport de ma liste de choses à faire, j'ai tout fait."],
     "expect": {"gone_items": {"to-do": ["renouveler le passeport"]}}},
    # "everything" said of the list still empties it
    {"lang": "it", "turns": ["Svuota tutta la lista della spesa"],
     "expect": {"gone_items": {"shopping": ["latte", "uova", "pane", "banane",
                                            "detersivo per i piatti"]}}},
])
async def test_only_the_items_said_are_taken_off(row: dict[str, Any]) -> None:
    ok, answers, diff = await judge({**row, "names": row["lang"]})
    assert ok, (answers, diff)
