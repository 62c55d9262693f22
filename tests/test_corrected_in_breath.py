"""A time, day or thing corrected in the same breath: the English middle-of-sentence
forms ("Remove the bananas, wait, no, the washing-up liquid from …", a question mark after
the corrected time) and the German, French, Spanish and Italian times and days
(``hark.text.corrections_other``); end to end on a real Assistant and SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

from hark.text.corrections import corrected
from hark.text.corrections_other import corrected_other


@pytest.mark.parametrize("text, plain", [
    ("Remove the bananas, wait, no, the washing-up liquid from the shopping list.",
     "Remove the washing-up liquid from the shopping list."),
    ("add the eggs, no, the bread to the list please", "add the bread to the list please"),
    ("can you move it to 3.15, no sorry, 3.45?", "can you move it to 3.45?"),
    ("can you set a timer for 5 minutes, no, 6?", "can you set a timer for 6 minutes?"),
    # no correction: left alone
    ("add the eggs, and the bread to the list", "add the eggs, and the bread to the list"),
    ("no, the bread", "no, the bread"),
])
def test_english_corrected_in_the_middle(text: str, plain: str) -> None:
    assert corrected(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Le rappel pour appeler le dentiste, décale-le à onze heures, non, 10h30.",
     "Le rappel pour appeler le dentiste, décale-le à 10h30."),
    ("Mets le réveil à sept, non, huit heures", "Mets le réveil à huit heures"),
    ("La sveglia del nuoto di sabato mettila alle dieci, anzi no, alle dieci e mezza.",
     "La sveglia del nuoto di sabato mettila alle dieci e mezza."),
    ("Das Weckerl stell bitte auf sieben, nein, Viertel vor sieben.",
     "Das Weckerl stell bitte auf Viertel vor sieben."),
    ("Stell einen Wecker um 7, nein, um 8 Uhr", "Stell einen Wecker um 8 Uhr"),
    ("ponla a las ocho, no, mejor a las ocho y media", "ponla a las ocho y media"),
    ("Recuérdame el lunes, no, el martes, llamar a Juan",
     "Recuérdame el martes, llamar a Juan"),
    # no correcting word, or not two times: left alone
    ("Stell einen Wecker um 7 und einen um 8", "Stell einen Wecker um 7 und einen um 8"),
    ("Metti latte, no, panna nella lista", "Metti latte, no, panna nella lista"),
    ("Wecker um 7, nein danke", "Wecker um 7, nein danke"),
    ("Sveglia alle 7 o alle 8?", "Sveglia alle 7 o alle 8?"),
])
def test_times_and_days_corrected_in_other_languages(text: str, plain: str) -> None:
    assert corrected_other(text) == plain


@pytest.mark.parametrize("row", [
    {"lang": "en", "turns": ["Remove the bananas, wait, no, the washing-up liquid from the "
                             "shopping list."],
     "expect": {"gone_items": {"shopping": ["washing-up liquid"]}}},
    {"lang": "en", "turns": ["Um, the appointment on Wednesday at 2, can you move it to 3.15, "
                             "no sorry, 3.45?"],
     "expect": {"changed": {"E2": {"start": "2026-12-02T15:45"}}}},
    {"lang": "fr", "turns": ["Le rappel pour appeler le dentiste, décale-le à onze heures, "
                             "non, 10h30."],
     "expect": {"changed": {"R1": {"due": "2026-12-01T10:30"}}}},
    {"lang": "it", "turns": ["La sveglia del nuoto di sabato mettila alle dieci, anzi no, "
                             "alle dieci e mezza."],
     "expect": {"changed": {"A3": {"time": "10:30"}}}},
])
async def test_corrected_end_to_end(row: dict[str, Any]) -> None:
    ok, answers, diff = await judge({**row, "names": row["lang"]})
    assert ok, (answers, diff)
