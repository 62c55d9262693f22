"""Household routines: repeating reminders and alarms made, their days changed, more said
in the next turn (hark.nlu.repeat_changes, hark.text.those_days,
hark.dialogue.another_reminder and the reminder skill's first due), in five languages.
Written apart from the held-out sets."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.another_reminder import another
from hark.dialogue.state import DialogueState
from hark.nlu import repeat_changes
from hark.text.reason_reminded import reminded_of_reason
from hark.text.those_days import those_days
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
MO, TU, WE, TH, FR, SA, SU = range(7)


def _days(text: str, lang: str = "en", of: str | None = None) -> frozenset[int] | None:
    change = repeat_changes.find(text, lang, of=of)
    assert change is not None, text
    return repeat_changes.new_days(change, frozenset(range(5)), MO)


@pytest.mark.parametrize(("lang", "text", "days"), [
    # a reason said first, its day not asked for
    ("en", "Saturdays I lie in now, so take Monday off the 6:30 alarm", {TU, WE, TH, FR}),
    ("en", "can you take out thursday from my 6.30 alarm?", {MO, TU, WE, FR}),
    ("en", "take Tuesday out of my weekday alarm", {MO, WE, TH, FR}),
    ("en", "the weekday alarm, add Sunday to that", {MO, TU, WE, TH, FR, SU}),
    # the days said first taken back, then others
    ("en", "make my weekday alarm go off every day. No, hang on, not every day. Weekends.",
     {SA, SU}),
    ("en", "make my weekday alarm ring every day, not Saturday", {MO, TU, WE, TH, FR, SU}),
    # a reason after the request, in its own sentence only
    ("es", "A la alarma de entre semana quítale el lunes, que los lunes entro tarde.",
     {TU, WE, TH, FR}),
    ("it", "La sveglia dei giorni feriali, aggiungici anche la domenica, che lavoro.",
     {MO, TU, WE, TH, FR, SU}),
])
def test_days_changed(lang: str, text: str, days: set[int]) -> None:
    assert _days(text, lang) == frozenset(days)


def test_days_said_of_the_one_talked_about() -> None:
    assert _days("Nah, scrap the Wednesday. Mondays'll do.", of="reminder") == {MO}
    assert _days("eh actually Tuesday no need, Friday only is enough", of="reminder") == {FR}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "delete my 6.30 alarm"),  # the thing removed, not a day
    ("en", "what days does my 6.30 alarm go off?"),
    ("it", "mettimi una sveglia il sabato alle otto"),  # a new one
])
def test_not_day_changes(lang: str, text: str) -> None:
    assert repeat_changes.find(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("it", "mettimi una sveglia il sabato e la domenica alle nove", {SA, SU}),
    ("fr", "un rappel les lundis pis les mercredis à sept heures", {MO, WE}),
    ("es", "recuérdamelo lunes, miércoles y viernes a las ocho", {MO, WE, FR}),
    ("es", "los martes y los sábados a las seis", {TU, SA}),
    ("de", "einen Wecker Samstag und Sonntag jeweils um acht", {SA, SU}),
    ("es", "el martes y el jueves a las seis", None),  # this week's two days, once each
    ("de", "am Montag und Dienstag um acht", None),
])
def test_habitual_days(lang: str, text: str, days: set[int] | None) -> None:
    assert repeat_changes.habitual(text, lang) == (frozenset(days) if days else None)


@pytest.mark.parametrize(("text", "said"), [
    ("my rota starts early on Monday and Friday, can you put an alarm at 5.30am those two "
     "days every week?", "my rota starts early, can you put an alarm at 5.30am every Monday "
     "and Friday?"),
    ("The cats get their drops on Tuesdays and Saturdays. I need a reminder at six on both "
     "days.", "The cats get their drops. I need a reminder at six every Tuesday and "
     "Saturday."),
])
def test_those_days_said(text: str, said: str) -> None:
    assert those_days(text) == said


@pytest.mark.parametrize("text", [
    "I'm away Monday and Friday, skip the weekday alarm on both days.",  # a skip
    "set an alarm for both days",  # no days told before
])
def test_those_days_left(text: str) -> None:
    assert those_days(text) == text


@pytest.mark.parametrize(("text", "said"), [
    ("Pip's due her flea tablet every Monday, so could you give me a nudge about it at nine "
     "in the morning?", "remind me about Pip's due her flea tablet every Monday at nine in "
     "the morning"),
    ("I'm doing my own insulin check now. Remind me at ten at night, please.",
     "remind me about I'm doing my own insulin check at ten at night, please"),
])
def test_reminded_of_what_was_told(text: str, said: str) -> None:
    assert reminded_of_reason(text) == said


@pytest.mark.parametrize("text", [
    "It's cold today, so remind me at 6",  # a remark, nothing to do
    "I'm off to the shops, so remind me to buy milk at 5",  # the request's own thing
    "The car needs an MOT, so set an alarm at 7",  # not a reminder
])
def test_not_reminded_of_what_was_told(text: str) -> None:
    assert reminded_of_reason(text) == text


def _after_reminder() -> DialogueState:
    return DialogueState(focus={"type": "reminder", "id": 7})


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Et puis jeudi à dix heures, un seul rappel pour rendre les livres.",
     "rappelle-moi jeudi à dix heures de rendre les livres"),
    ("es", "Y el viernes a las cinco, una sola vez, recoger el paquete.",
     "recuérdame el viernes a las cinco recoger el paquete"),
    ("de", "Und dann noch einmal, am Mittwoch um drei: die Brille abholen.",
     "erinnere mich am Mittwoch um drei: die Brille abholen"),
    ("it", "E poi sabato alle nove, un altro promemoria per comprare il pane.",
     "ricordami sabato alle nove di comprare il pane"),
    ("en", "And tomorrow at noon, just the once, ring the vet.",
     "remind me tomorrow at noon to ring the vet"),
])
def test_another_reminder(lang: str, text: str, said: str) -> None:
    assert another(text, _after_reminder(), lang, NOW) == said


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mets-le plutôt vendredi à seize heures."),  # a change of the one just set
    ("en", "make it tomorrow at noon instead"),
    ("es", "¿Y el viernes a las cinco qué tengo?"),  # a question
    ("en", "And tomorrow at noon, ring the vet."),  # no word saying it is one more
])
def test_not_another_reminder(lang: str, text: str) -> None:
    assert another(text, _after_reminder(), lang, NOW) is None


def test_another_reminder_only_after_a_reminder() -> None:
    state = DialogueState(focus={"type": "alarm", "id": 1})
    assert another("And tomorrow at noon, just the once, ring the vet.", state, "en",
                   NOW) is None


EVERY_DAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the first of the days said, not the last (Tuesday, not Saturday)
    ("en", ["remind me to water the ferns every Tuesday and Saturday at 11am"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T11:00", "about": ["ferns"],
               "repeat": ["TU", "SA"]}]}),
    # a day added: the next due is the first of the new days (tonight)
    ("en", ["Make the bins reminder every Thursday.", "And Mondays too."],
     {"changed": {"R2": {"due": "2026-11-30T19:00", "repeat": ["MO", "TH"]}}}),
    # a repeat said in the answer to "when?"
    ("en", ["Set up a reminder for the cat's tablets.", "Nine at night, every night."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T21:00", "about": ["tablets"],
               "repeat": EVERY_DAY}]}),
    ("fr", ["Fais-moi un rappel pour arroser les tomates.",
            "Le lundi et le jeudi, à sept heures du soir."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T19:00", "about": ["tomates"],
               "repeat": ["MO", "TH"]}]}),
    # days with their article: every week
    ("it", ["mettimi un promemoria il lunedì e il giovedì alle nove di sera per il vetro"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T21:00", "about": ["vetro"],
               "repeat": ["MO", "TH"]}]}),
    ("es", ["Ponme un recordatorio martes, jueves y sábado a las ocho de la noche para "
            "regar el huerto."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T20:00", "about": ["huerto"],
               "repeat": ["TU", "TH", "SA"]}]}),
    ("de", ["Erinnere mich an jedem Schultag um sieben, die Brotdosen zu packen."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T07:00", "about": ["Brotdosen"],
               "repeat": ["MO", "TU", "WE", "TH", "FR"]}]}),
    # a day taken off, a reason said first (not the alarm removed)
    ("en", ["friday i got no class, so can take out friday from my 6.30 alarm?"],
     {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "TH"]}}}),
    # an alarm on the days told before, in the afternoon
    ("en", ["The girls have gym on Mondays and Wednesdays now. I need an alarm at quarter "
            "past three on both days."],
     {"new": [{"kind": "alarm", "time": "15:15", "repeat": ["MO", "WE"]}]}),
    # one more reminder in the next turn, the first one kept
    ("es", ["Recuérdame todos los domingos a las diez de la mañana llamar a la abuela.",
            "Y el jueves a las ocho de la noche, una sola vez, pagar el gas."],
     {"new": [{"kind": "reminder", "due": "2026-12-06T10:00", "about": ["abuela"],
               "repeat": ["SU"]},
              {"kind": "reminder", "due": "2026-12-03T20:00", "about": ["gas"]}]}),
    # a new reminder whose reason says "pasa": no reminder of one's own moved
    ("es", ["Ponme un recordatorio todos los días a las diez de la noche para sacar al "
            "perro, que si no se me pasa."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T22:00", "about": ["perro"],
               "repeat": EVERY_DAY}]}),
    # twice a day: a reminder at each time, the first the morning's when the second is
    # the same hour in the evening
    ("de", ["Erinnere mich jeden Tag um 9 und um 21 Uhr an die Augentropfen."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["Augentropfen"],
               "repeat": EVERY_DAY},
              {"kind": "reminder", "due": "2026-11-30T21:00", "about": ["Augentropfen"],
               "repeat": EVERY_DAY}]}),
    ("en", ["remind me to feed the fish at 7am and 6pm every day"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T07:00", "about": ["fish"],
               "repeat": EVERY_DAY},
              {"kind": "reminder", "due": "2026-11-30T18:00", "about": ["fish"],
               "repeat": EVERY_DAY}]}),
    ("fr", ["rappelle-moi de prendre le sirop tous les jours à 8 heures et à 19 heures"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["sirop"],
               "repeat": EVERY_DAY},
              {"kind": "reminder", "due": "2026-11-30T19:00", "about": ["sirop"],
               "repeat": EVERY_DAY}]}),
    # told of one's own alarm: nothing new set; "mon" is no Monday
    ("fr", ["Mon réveil de semaine, celui de six heures et demie, je suis en congé à partir "
            "de jeudi."], {}),
    ("fr", ["Mon réveil de semaine, garde-le juste pour demain, qu'il ne sonne plus après."],
     {"changed": {"A1": {"repeat": None}}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "routine", item_words=False)


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("de", ["wie viele Wecker hab ich denn jetzt?"], "3 Wecker"),
    ("en", ["Make the bins reminder every Thursday.", "Lovely. What time's it set for?"],
     "7 PM every Thursday"),
])
def test_questions(lang: str, turns: list[str], said: str) -> None:
    expect = {"changed": {"R2": {"repeat": ["TH"]}}} if len(turns) > 1 else {}
    row = {"lang": lang, "names": lang, "kind": "routine", "turns": turns, "expect": expect}
    ok, answers, diff = asyncio.run(judge(row))
    assert ok and said in answers[-1], (answers, diff)



def test_twice_a_day_told_apart_by_time() -> None:
    """Reminders with the same words are offered with their times; "the 8 AM one" picks
    the one whose time it says ("am" is no German "am" there)."""
    from hark.dialogue.policy import _pick
    from hark.dialogue.state import Pending
    from hark.types import Understanding

    options = [{"label": "water the ferns at 8 PM", "intent": "calendar_remove", "slots": []},
               {"label": "water the ferns at 8 AM", "intent": "calendar_remove", "slots": []}]
    pending = Pending(kind="choice", intent="calendar_remove", options=options)
    for said, meant in (("the 8 AM one", 1), ("the 8 pm one", 0)):
        u = Understanding(text=said, intent="alarm_set", confidence=0.9, slots=[])
        assert _pick(u, pending) == options[meant], said


@pytest.mark.parametrize(("turns", "expect"), [
    # "called" names the reminder: no "call the dentist" removed for it
    (["delete the reminder called bins"], {"gone": ["R2"]}),
    (["delete the reminder called the reminder", "never mind"], {}),
])
def test_reminder_called(turns: list[str], expect: dict[str, Any]) -> None:
    judged("en", turns, expect, "routine", item_words=False)
