"""The kids' school week: a change of an alarm never read as its removal, the answer to
"What time should I change it to?", words said to a child between dashes, a part of the
day then its clock, a list's things after "put on it", remarks after a comma, and regional
words, in five languages. Written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from hark.nlu.stored_requests import moved_not_removed
from hark.text.dialect import standard
from hark.text.noises import without_noises
from hark.text.reason_first import without_reason
from tests.conversations import judged


@pytest.mark.parametrize(("text", "moved"), [
    ("change the weekday alarm", True),
    ("could you move my alarm", True),
    ("change the alarm, actually just delete it", False),
    ("delete the weekday alarm", False),
])
def test_a_change_is_no_removal(text: str, moved: bool) -> None:
    assert moved_not_removed(text, "en") is moved


@pytest.mark.parametrize(("text", "plain"), [
    ("Add crayons to the list — Mia, shoes on, now! — thanks", "Add crayons to the list"),
    ("Stell einen Wecker — Paul, lass das! — um sieben", "Stell einen Wecker um sieben"),
    # a day or a correction between dashes stays
    ("Put the play in — Friday, at two", "Put the play in — Friday, at two"),
    ("remind me at 5 — no, 6", "remind me at 5 — no, 6"),
])
def test_asides_to_a_child_dropped(text: str, plain: str) -> None:
    assert without_noises(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("set it for ten after seven", "set it for ten past seven"),
    ("quarter after six", "quarter past six"),
    ("remind me 10 minutes after 5", "remind me 10 minutes after 5"),
    ("so when it going off?", "so when is it going off?"),
])
def test_american_and_dropped_is(text: str, plain: str) -> None:
    assert standard(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Cancel the swimming alarm, our Maisie has a cold", "Cancel the swimming alarm"),
    ("set a timer for twenty minutes, that's Leo's reading time", "set a timer for twenty minutes"),
    # a remark with a day of its own, or the request's thing, stays
    ("Cancel the swimming alarm, our Maisie has a cold on Saturday",
     "Cancel the swimming alarm, our Maisie has a cold on Saturday"),
])
def test_remarks_after_a_comma(text: str, plain: str) -> None:
    assert without_reason(text) == plain


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a change asked for without a time, then the time
    ("en", ["change the weekday alarm", "6:50"], {"changed": {"A1": {"time": "06:50"}}}),
    ("en", ["Can you set the weekday alarm a bit later?", "quarter after seven"],
     {"changed": {"A1": {"time": "07:15"}}}),
    # a part of the day, then its clock
    ("en", ["Remind me tomorrow afternoon to collect the costume", "half three"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T15:30", "about": ["costume"]}]}),
    ("de", ["Erinnere mich morgen Nachmittag an den Turnbeutel.", "Um drei."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T15:00", "about": ["Turnbeutel"]}]}),
    # the end said after the event was made
    ("en", ["Put the nativity play in the calendar for Thursday at 2pm.",
            "it goes on till half three"],
     {"new": [{"kind": "event", "start": "2026-12-03T14:00", "end": "2026-12-03T15:30",
               "about": ["nativity"]}]}),
    # things after "put on it", a remark after them
    ("en", ["Make a new list called costume.",
            "Put on it a tea towel and a dressing gown, it is for the shepherd"],
     {"added_items": {"costume": ["tea towel", "dressing gown"]}}),
    # an aside to a child, then thanks
    ("en", ["Put glue sticks and raisins on the shopping list — Max, put that down — thanks"],
     {"added_items": {"shopping": ["glue sticks", "raisins"]}}),
    # another one with its own errand after a comma
    ("en", ["Please set up a reminder every Tuesday at 4pm: football for Sam.",
            "And another one, every Thursday at 8am, to take the recorder in."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T16:00", "repeat": ["TU"],
               "about": ["football"]},
              {"kind": "reminder", "due": "2026-12-03T08:00", "repeat": ["TH"],
               "about": ["recorder"]}]}),
    # "the dinner money" is no time
    ("en", ["Add sign the trip form to my to-do list.", "and pay the dinner money"],
     {"added_items": {"to-do": ["trip form", "dinner money"]}}),
    # Spanish and Italian clitics onto the list just made
    ("es", ["Crea una lista que se llame disfraz.", "Añádele una capa roja y purpurina."],
     {"added_items": {"disfraz": ["capa roja", "purpurina"]}}),
    ("it", ["Crea una lista chiamata recita.", "Mettici dentro una corda e dei sandali."],
     {"added_items": {"recita": ["corda", "sandali"]}}),
    # Spanish: the reminder named by its errand, a reason with a day of its own after it
    ("es", ["Y el de llamar al dentista pásamelo al jueves a las once, que mañana "
            "trabajo."], {"changed": {"R1": {"due": "2026-12-03T11:00"}}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "school")
