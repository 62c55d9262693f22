"""Looking after an elderly parent: a repeating alarm's day dropped with "so it doesn't go
off on …" (it had been set to ring on that day alone), and a request called off in the same
breath. Written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conversations import judged


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Change the weekday alarm so it doesn't go off on Fridays any more"],
     {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "TH"]}}}),
    ("en", ["can you change my weekday alarm so that it won't ring on Mondays"],
     {"changed": {"A1": {"repeat": ["TU", "WE", "TH", "FR"]}}}),
    ("en", ["Set an alarm for 6 on Thursday, oh, forget it, the carer's going instead."],
     {"new": []}),
    ("en", ["Take bread off the shopping list. No, actually leave it, Dad likes his toast."],
     {}),
])
def test_parent_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # an undo said with words of calling off, after a remark: the change before undone
    ("en", ["set an alarm for 6.15 on Thursday", "och naw, scrap that"], {"new": []}),
    ("fr", ["Rappelle-moi vendredi à 9 heures de payer la cantine", "Euh non, oublie ça"],
     {"new": []}),
    # a thing named, then "cancel that": that thing goes
    ("en", ["And the team meeting tomorrow, cancel that, I'm off sick."], {"gone": ["E1"]}),
    # German: why after the items and a comma is no item
    ("de", ["Dann auf die Einkaufsliste noch Handcreme, für die Oma."],
     {"added_items": {"shopping": ["Handcreme"]}}),
])
def test_undo_and_removals_are_no_calling_off(lang: str, turns: list[str],
                                              expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)
