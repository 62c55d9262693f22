"""Typing mistakes put right before a typed request is understood (hark.text.typos), and
the same requests answered by a real Assistant over a real SQLite store."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from hark.text.typos import distance, fix_word, spelled

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from everyday_bench import judge as judge_new  # noqa: E402
from manage_bench import judge as judge_manage  # noqa: E402


@pytest.mark.parametrize("typed, meant", [
    ("wake me tomorow at 6", "wake me tomorrow at 6"),                  # letter dropped
    ("set an alram for 5am", "set an alarm for 5am"),                   # two swapped
    ("delete my allarm", "delete my alarm"),                            # letter doubled
    ("snooze the alsrm", "snooze the alarm"),                           # neighbouring key
    ("book it for wensday", "book it for wednesday"),                   # by ear, two slips
    ("what's on my calender", "what's on my calendar"),                 # a rare real word
    ("move the team meting", "move the team meeting"),
    ("Remind me on 9 Decembr", "Remind me on 9 December"),              # a month keeps its capital
    ("Remnd me at noon", "Remind me at noon"),                          # the first word too
    ("setan alarm for 6", "set an alarm for 6"),                        # run together
    ("cancelthe timer", "cancel the timer"),
    ("add milk to teh list", "add milk to the list"),                   # three letters: a swap
    ("whens the dentist", "when's the dentist"),                        # apostrophe left out
    ("dont remind me", "don't remind me"),
    ("how long till the laundrys done", "how long till the laundry's done"),
    ("a 4 minite timer", "a 4 minute timer"),                           # minute, not finite
    ("in 3 hourss", "in 3 hours"),
    ("the twelveth of may", "the twelfth of may"),
    ("i'm goin out at noon", "i'm going out at noon"),
])
def test_mistakes_put_right(typed: str, meant: str) -> None:
    assert spelled(typed) == meant


@pytest.mark.parametrize("typed", [
    "remind me to call Aoife at 5",            # a name
    "call Marcy tonight",                      # a capital inside a sentence: a name
    "add quinoa and kale to the list",         # real words that are no assistant's words
    "add a lint roller to my shopping list",   # lint is no slip for list
    "radio from kamp fm",                      # camp is nearer than lamp
    "i need two pizzas stat",                  # shorthand
    "play songs by gavenda",                   # two slips and the first letter: a name
    "is my parcel traking",                    # tracking, not the assistant's train
    "my podcasts and colours",                 # plurals the word list lacks
    "I rebooked the birthdate",                # re- and compounds are words
    "call me at 5 pm est",                     # a time zone
    "Stell einen Wecker für 7 Uhr morgen",     # other languages are left alone
    "mets une alarme à 7 heures",
    "timer pasta 10 minuti",
    "what've you got",                         # typed with its apostrophe
    "alarm 0545 tmrw pls",                     # shorthand another plainer writes out
    "are me timers still runnin'",             # dialect: hark.text.dialect reads it
    "set an alarm fur quarter tae seven the morra",
])
def test_left_as_typed(typed: str) -> None:
    assert spelled(typed) == typed


def test_italian_looking_until_spelt_right() -> None:
    """"pasta timer 12 minuts" reads as Italian; spelt right it is English."""
    assert spelled("pasta timer 12 minuts") == "pasta timer 12 minutes"


def test_distance_weighs_slips() -> None:
    assert distance("alram", "alarm") == 1.0            # swapped
    assert distance("alsrm", "alarm") == pytest.approx(1.2)   # neighbouring key
    assert distance("alprm", "alarm") == pytest.approx(1.6)   # any other letter
    assert fix_word("alarm") is None


@pytest.mark.parametrize("text, domain, mention, absent", [
    ("whens my bins remnder", "reminder", ["19:00"], []),
    ("wat alrams do i have on saturdy", "alarm", ["09:00"], ["06:30", "07:15"]),
    ("is there any eggs left on the shoping list", "list", ["eggs"], []),
    ("do i still need bananans", "list", ["bananas"], []),
    ("hw many minuts left on the pasta tiemr", "timer", [{"minutes": 8}], []),
])
def test_questions_with_typos_over_a_real_store(text: str, domain: str, mention: list,
                                                absent: list) -> None:
    row = {"text": text, "domain": domain, "op": "query",
           "expect": {"mention": mention, "absent": absent}}
    ok, said, _ = asyncio.run(judge_manage(row))
    assert ok, said


@pytest.mark.parametrize("text, expect", [
    ("deletethe 7:15 alarm", {"gone": ["A2"]}),
    ("got the haricut booked, cross it off my to-do list",
     {"gone_items": {"to-do": ["book a haircut"]}}),
    ("dinner with anna is at 8 now not 7:30, can you chnage it",
     {"changed": {"E3": {"start": "2026-12-04T20:00"}}}),
])
def test_changes_with_typos_over_a_real_store(text: str, expect: dict) -> None:
    row = {"text": text, "domain": "x", "op": "change", "expect": expect}
    ok, said, diff = asyncio.run(judge_manage(row))
    assert ok, (said, diff)


@pytest.mark.parametrize("text, kind, expect", [
    ("remnd me tomorow at 9am to pay the gas bill", "reminder",
     {"due": "2026-12-01T09:00", "about": ["gas bill"]}),
    ("setan alram for 6.15 on thursdy", "alarm", {"time": "06:15", "date": "2026-12-03"}),
    ("rice tiemr 18 minuts", "timer", {"seconds": 1080, "name": "rice"}),
    # spelt right before the dialect reader, which took "7 and a half <word>" for 7:30
    ("a timer for 4 and a half minuts", "timer", {"seconds": 270}),
    ("addd oat milk to the shoping list", "list_add", {"list": "shopping", "items": ["oat milk"]}),
    ("ad kale to teh shoping list", "list_add", {"list": "shopping", "items": ["kale"]}),
])
def test_new_things_with_typos_in_a_real_store(text: str, kind: str, expect: dict) -> None:
    ok, said, held = asyncio.run(judge_new({"text": text, "kind": kind, "expect": expect}))
    assert ok, (said, held)
