"""Picking one of several read out, and asking about it (five languages): an opener before
the pick, a bare time or a day's possessive as the pick, several places at once, "the
middle one", "the one after …", "the shorter one" of timers, "which of those is on …", "the
other one" and "both" of two things asked about in the last turns, and what was picked
asked about ("what was the second one?")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.ordinals import of_talked, picked
from hark.dialogue.reason_after import request_alone
from hark.text.dialect import standard
from hark.text.restarts import restarted
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
ALARMS = [
    {"type": "alarm", "id": 1, "name": "", "time": "06:30", "at": "2026-12-01T06:30:00+00:00",
     "repeat": ["MO", "TU", "WE", "TH", "FR"]},
    {"type": "alarm", "id": 2, "name": "", "time": "07:15", "at": "2026-12-01T07:15:00+00:00",
     "repeat": ""},
    {"type": "alarm", "id": 3, "name": "swimming", "time": "09:00",
     "at": "2026-12-05T09:00:00+00:00", "repeat": ""}]
REMINDERS = [
    {"type": "reminder", "id": 1, "name": "call the dentist", "at": "2026-12-01T10:00:00+00:00"},
    {"type": "reminder", "id": 2, "name": "take the bins out", "at": "2026-12-03T19:00:00+00:00"},
    {"type": "reminder", "id": 3, "name": "buy a birthday card for Sam",
     "at": "2026-12-05T09:30:00+00:00"}]
TIMERS = [{"type": "timer", "id": 1, "name": "pasta", "ends": "2026-11-30T17:08:00+00:00"},
          {"type": "timer", "id": 2, "name": "laundry", "ends": "2026-11-30T17:15:00+00:00"}]
SHOPPING = [{"type": "item", "name": n, "list": "shopping"}
            for n in ("milk", "eggs", "bread", "bananas", "washing-up liquid")]


@pytest.mark.parametrize(("listed", "said", "full"), [
    (ALARMS, "Lovely. The Saturday one, push it to Sunday.", "push the swimming alarm to Sunday."),
    (ALARMS, "the 7:15, could you make it 8", "could you change the 07:15 alarm to 8"),
    (ALARMS, "cancel the one after the weekday one", "cancel the 07:15 alarm"),
    (ALARMS, "delete the one-off one for saturday", None),  # two one-offs: "for saturday" too
    (ALARMS, "turn off the weekday one", "turn off the 06:30 alarm"),
    (REMINDERS, "Wednesday's, can you make it 8 pm", None),  # none on Wednesday
    (REMINDERS, "Thursday's, can you make it 8 pm", "can you move the reminder to take the bins "
                                                    "out to 8 pm"),
    (REMINDERS, "the first and the last can go, delete them",
     "delete the reminder to call the dentist and delete the reminder to buy a birthday card "
     "for Sam"),
    (REMINDERS, "which one is on thursday?", "when is the reminder to take the bins out?"),
    (TIMERS, "pause the longer one", "pause the laundry timer"),
    (TIMERS, "to the shorter one add two minutes", "add two minutes to the pasta timer"),
    (SHOPPING, "sorry, what was the middle one?", "what is the third item on my shopping list"),
    (SHOPPING, "what's after the bread?", "what is the fourth item on my shopping list"),
    (SHOPPING, "take off the one before the eggs", "take off milk"),
])
def test_picked_in_english(listed: list[dict[str, Any]], said: str, full: str | None) -> None:
    assert picked(said, listed, "en", None, NOW) == full


@pytest.mark.parametrize(("lang", "listed", "said", "full"), [
    ("es", REMINDERS, "Vale, ¿y el del sábado a qué hora es?", "a qué hora es el recordatorio de "
                                                               "buy a birthday card for Sam"),
    ("de", SHOPPING, "Die letzten zwei hab ich schon, streich die bitte.",
     "streich bananas und washing-up liquid bitte."),
    ("it", SHOPPING, "Il secondo e il terzo li ho presi, toglili.", "togli eggs e bread."),
    ("fr", SHOPPING, "les deux premiers c'est fait tu peux les enlever", "enlève milk et eggs"),
    ("de", SHOPPING, "Sorry, was war nochmal das dritte?", "steht bread auf der Einkaufsliste?"),
])
def test_picked_in_other_languages(lang: str, listed: list[dict[str, Any]], said: str,
                                   full: str) -> None:
    assert picked(said, listed, lang, None, NOW) == full


def test_the_other_and_both_of_two_talked_about() -> None:
    dinner = {"type": "event", "id": 3, "name": "dinner with Anna"}
    meeting = {"type": "event", "id": 1, "name": "team meeting"}
    swimming = ALARMS[2]
    assert of_talked("The other one, please move it to 8:30 pm.", [swimming, dinner], "en",
                     swimming, NOW) == "please move the dinner with Anna to 8:30 pm."
    assert of_talked("push both back an hour", [dinner, meeting], "en", dinner, NOW) == \
        "push the team meeting back an hour and push the dinner with Anna back an hour"
    assert of_talked("push both back an hour", [dinner, swimming], "en", dinner, NOW) is None
    assert of_talked("The other one, move it to 8.", [dinner], "en", dinner, NOW) is None


def test_words_read_plainly() -> None:
    assert standard("Aye, the first yin, make it quarter tae seven.") == \
        "Aye, the first one, make it quarter to seven."
    assert standard("Scrub the bike one, that's done noo.") == \
        "remove the bike one, that's done now."
    assert standard("add scrub the bath to my to-do list") == "add scrub the bath to my to-do list"
    assert standard("prepone the meeting by an hour") == "bring forward the meeting by an hour"


def test_a_start_given_up_at_a_dash() -> None:
    assert restarted("Okay, get rid of the— uh, the first two.") == "Okay, get rid of the first two."
    assert restarted("The last— uh, what was the last one?") == "what was the last one?"
    assert restarted("The dentist, move it to— make it three") == "The dentist, make it three"
    assert restarted("set a— an alarm for 7") == "set an alarm for 7"
    assert restarted("a well-known fact — really") == "a well-known fact — really"


def test_them_after_naming_some_is_only_those() -> None:
    """"The bread and the bananas …, please remove them" had taken off the whole list."""
    assert picked("The bread and the bananas I have bought already, please remove them.",
                  SHOPPING, "en", None, NOW) == "please remove bread and bananas."
    assert picked("remove them", SHOPPING, "en", None, NOW) == \
        "remove milk, eggs, bread, bananas and washing-up liquid"
    french = [{"type": "item", "name": n, "list": "shopping"}
              for n in ("lait", "œufs", "pain", "bananes", "liquide vaisselle")]
    assert picked("J'ai déjà pris le pain et les bananes, enlève-les", french, "fr", None,
                  NOW) == "enlève pain et bananes"


def test_a_request_after_its_reason_is_kept() -> None:
    said = "The first and the third I have finished, remove them please."
    assert request_alone(said, "en") == said
    assert request_alone("bump it to eleven i got a thing first", "en") == "bump it to eleven"


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["what alarms do i have", "Right. The Saturday one, move it to Sunday, same time."],
     {"changed": {"A3": {"date": "2026-12-06", "time": "09:00"}}}),
    ("en", ["what alarms do i have", "the 7:15, can you push it back an hour?"],
     {"changed": {"A2": {"time": "08:15"}}}),
    ("en", ["list my reminders", "the first and third are done, delete them"],
     {"gone": ["R1", "R3"]}),
    ("en", ["what's on my to do list", "what was the middle one again?"],
     {"mention": ["bike light"]}),
    ("en", ["what timers are running", "give the shorter one two more minutes"],
     {"changed": {"T1": {"remaining_s": 600}}}),
    ("en", ["what reminders have i got", "which one is on thursday?", "what time's that one at?"],
     {"mention": ["19:00"]}),
    ("en", ["what's on this week", "when does the first one finish?"], {"mention": ["10:00"]}),
    ("en", ["when's my dinner with anna", "and what time is the swimming alarm",
            "Leave the alarm as it is. The other one, move it to 8 pm."],
     {"changed": {"E3": {"start": "2026-12-04T20:00"}}}),
    ("en", ["what time's the swimming alarm", "leave the alarm as it is"], {}),  # had removed it
    ("en", ["move my swimming alarm to sunday same time"],
     {"changed": {"A3": {"date": "2026-12-06", "time": "09:00"}}}),
    ("it", ["che sveglie ho", "quella del nuoto spostala a domenica alle dieci"],
     {"changed": {"A3": {"date": "2026-12-06", "time": "10:00"}}}),
    ("fr", ["À quelle heure est la réunion d'équipe ?", "Et le rendez-vous chez le dentiste ?",
            "Décale les deux d'une heure."],
     {"changed": {"E1": {"start": "2026-12-01T10:00"}, "E2": {"start": "2026-12-02T15:00"}}}),
    ("it", ["quanti timer ho", "quello del bucato, levagli tre minuti"],
     {"changed": {"T2": {"remaining_s": 720}}}),  # "levagli" had cancelled it
    ("en", ["what's on my shopping list", "I've got the eggs and the bread, take them off"],
     {"gone_items": {"shopping": ["eggs", "bread"]}}),
    ("en", ["what's in my calendar", "Anna's ill, so take the Friday one out altogether."],
     {"gone": ["E3"]}),
    ("en", ["what alarms do i have",
            "The one with swimming on it — I'd like it an hour later, please."],
     {"changed": {"A3": {"time": "10:00"}}}),
    ("en", ["list my reminders", "The second one, can you make it on Friday at 8 pm instead of "
                                 "the Thursday?"], {"changed": {"R2": {"due": "2026-12-04T20:00"}}}),
    ("fr", ["Qu'est-ce que j'ai à l'agenda ?",
            "Le souper avec Anna, tasse-le d'une heure plus tard"],  # had been moved to 1:00
     {"changed": {"E3": {"start": "2026-12-04T20:30"}}}),
    ("it", ["Mi elenchi gli eventi di questa settimana?",
            "La riunione di squadra, a che ora finisce?"],
     {"mention": ["10:00"]}),
    ("it", ["cosa c'è sulla lista della spesa", "ho preso tutto tranne il pane, togli il resto"],
     {"gone_items": {"shopping": ["latte", "uova", "banane", "detersivo per i piatti"]}}),
    ("en", ["what's on my shopping list", "got everything except the milk, take the rest off"],
     {"gone_items": {"shopping": ["eggs", "bread", "bananas", "washing-up liquid"]}}),
    ("it", ["quanti timer ho", "metti in pausa quello più lungo"],
     {"changed": {"T2": {"paused": True}}}),
    ("de", ["was steht auf meiner to do liste", "die ersten zwei sind erledigt, streich die"],
     {"gone_items": {"to-do": ["Reisepass verlängern", "Fahrradlicht reparieren"]}}),
    ("es", ["¿qué tengo en la agenda el martes y el miércoles?",
            "Y la de las dos, ¿a qué hora termina?"], {"mention": ["14:30"]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "pick", item_words=False)


def test_the_weekday_named_when_the_day_is_asked() -> None:
    from datetime import date

    from hark.text.day_asked import day_named

    monday = date(2026, 11, 30)
    assert day_named("Which day's the dentist reminder on again?",
                     "You have one reminder: call the dentist at 10 AM tomorrow.", monday) == \
        "You have one reminder: call the dentist at 10 AM tomorrow, Tuesday."
    assert day_named("when is the team meeting", "Your team meeting is at 9 AM tomorrow.",
                     monday) == "Your team meeting is at 9 AM tomorrow."
    assert day_named("what day is the meeting", "It is on Friday.", monday) == "It is on Friday."


def test_one_left_after_all_but_one_is_named_alone() -> None:
    two = SHOPPING[:2]
    assert picked("remove all of them except the milk", two, "en", None, NOW) == "remove eggs"
