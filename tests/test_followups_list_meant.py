"""Corrections of where or when, said after the thing: the items just added meant for
another list ("oh sorry I meant the shopping list not the to do"), a thing told when to
start ("and have it start at seven instead of half past"), and "the reminder" said of the
one talked about before a question in between ("ok set the reminder for 2 pm then")."""

from __future__ import annotations

from typing import Any

import pytest

from hark.dialogue.list_meant import meant_list
from hark.dialogue.pointing import kind_said, pointed
from tests.conversations import judged

ADDED = {"type": "list", "name": "to-do", "items": ["batteries"], "created": True}
DENTIST = {"type": "reminder", "id": 1, "name": "call the dentist", "created": False}
DINNER = {"type": "event", "id": 3, "name": "dinner with Anna", "created": False}


@pytest.mark.parametrize(("lang", "rest", "said"), [
    ("en", "the shopping list", "add batteries to the shopping list"),
    ("en", "on my shopping list", "add batteries to my shopping list"),
    ("de", "auf die Einkaufsliste", "setz batteries auf die Einkaufsliste"),
    ("fr", "sur la liste de courses", "ajoute batteries à la liste de courses"),
    ("es", "a la lista de la compra", "añade batteries a la lista de la compra"),
    ("it", "nella lista della spesa", "aggiungi batteries alla lista della spesa"),
    ("en", "bread", None),  # an item, not a list
    ("en", "half past seven", None),
])
def test_the_list_meant(lang: str, rest: str, said: str | None) -> None:
    assert meant_list(rest, ADDED, lang) == said


def test_no_list_meant_of_an_alarm() -> None:
    assert meant_list("the shopping list", {"type": "alarm", "id": 1, "created": True},
                      "en") is None


@pytest.mark.parametrize(("said", "full"), [
    ("and have it start at seven instead of half past", "move the dinner with Anna to seven"),
    ("can you make it begin at 8 please", "move the dinner with Anna to 8"),
    ("have it start on friday", "move the dinner with Anna to friday"),
])
def test_told_when_to_start(said: str, full: str) -> None:
    assert pointed(said, DINNER, "en") == full


def test_one_hour_is_no_that_one() -> None:
    alarm = {"type": "alarm", "id": 2, "time": "07:15", "name": "", "created": False}
    assert pointed("can you put it one hour later", alarm, "en") == \
        "can you put the 07:15 alarm one hour later"  # (had lost "one")
    assert pointed("push that one to 8", alarm, "en") == "push the 07:15 alarm to 8"


def test_the_reminder_is_the_one_talked_about() -> None:
    assert kind_said("ok set the reminder for 2 pm then", "en") == "reminder"
    assert pointed("ok set the reminder for 2 pm then", DENTIST, "en") == \
        "ok move the reminder to call the dentist to 2 pm then"
    assert kind_said("set the reminder to call mum for 2 pm", "en") is None  # one named


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["put batteries on my to do list", "oh sorry i meant the shopping list not the to do"],
     {"added_items": {"shopping": ["batteries"]}}),
    ("fr", ["mets des piles sur la liste de courses",
            "ah non pardon, sur la liste des choses à faire"],
     {"added_items": {"to-do": ["piles"]}}),
    ("en", ["add batteries to my shopping list", "sorry I meant the shopping list"],
     {"added_items": {"shopping": ["batteries"]}}),
    ("en", ["move dinner with anna to saturday",
            "and have it start at seven instead of half past"],
     {"changed": {"E3": {"start": "2026-12-05T19:00"}}}),
    ("en", ["when am i supposed to call the dentist", "is that before or after my team meeting",
            "ok set the reminder for 2 pm then"], {"changed": {"R1": {"due": "2026-12-01T14:00"}}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "meant", item_words=False)
