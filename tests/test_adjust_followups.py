"""Follow-ups that adjust the thing just talked about, without naming it again: another
amount ("one more hour", "and another five", "noch eine Viertelstunde später"), the last
amount put right ("twenty instead of fifteen"), the last removal again for another thing
("Oh and the bread.", "die Milch auch"), a change put right ("Actually, make it half
3"), and questions about "it" in between ("What time does it finish?")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.also_this import also_this
from hark.dialogue.follow_on import follow_on
from hark.dialogue.further import further
from hark.dialogue.pointing import pointed
from hark.dialogue.state import DialogueState
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
BINS = {"type": "reminder", "id": 2, "name": "take the bins out", "created": False}
PASTA = {"type": "timer", "id": 1, "name": "pasta", "seconds": 600.0, "created": False}
SWIM = {"type": "alarm", "id": 3, "name": "swimming", "time": "09:00", "created": False}


def _state(focus: dict[str, Any], *done: tuple[str, str], last_text: str = "",
           last_intent: str = "", language: str = "en") -> DialogueState:
    """A session whose turns ``done`` (text, intent) were all carried out."""
    history = [{"text": t, "intent": i, "decision": "execute"} for t, i in done]
    return DialogueState(focus=focus, history=history, turns=len(done),
                         last_turn=len(done) - 1, last_text=last_text or done[-1][0],
                         last_intent=last_intent or done[-1][1], last_language=language)


# ------------------------------------------------------------------ another amount


@pytest.mark.parametrize(("lang", "focus", "before", "said", "full"), [
    ("en", BINS, "push the bins reminder back an hour", "one more hour",
     "move the reminder to take the bins out one hour later"),
    ("en", BINS, "push the bins reminder back an hour", "sorry, one more hour",
     "move the reminder to take the bins out one hour later"),
    ("en", SWIM, "change the swimming alarm half an hour earlier", "Actually, another 15 "
     "minutes earlier.", "change the swimming alarm 15 minutes earlier"),
    ("en", PASTA, "add ten minutes to the pasta timer", "Ach, and another five.",
     "add five minutes to the pasta timer"),
    ("en", PASTA, "knock 10 minutes off the pasta timer", "actually 5 more off",
     "take 5 minutes off the pasta timer"),
    ("en", BINS, "move the bins reminder to Friday", "and half an hour earlier",
     "move the reminder to take the bins out half an hour earlier"),
    # the last amount put right: 20 instead of the 15 added is 5 more
    ("en", PASTA, "add 15 minutes to the pasta timer", "no, make it 20 instead of 15",
     "add 5 minutes to the pasta timer"),
    ("en", BINS, "push the bins reminder back two hours", "sorry, one hour not two",
     "move the reminder to take the bins out 1 hours earlier"),
    ("de", {**PASTA, "name": "Nudeln"}, "gib dem Nudeltimer noch fünf Minuten",
     "pack noch zwei drauf", "gib dem Timer Nudeln noch zwei Minuten dazu"),
    ("de", {**BINS, "name": "Müll rausbringen"}, "verschieb die Erinnerung um eine Stunde",
     "mach die eine Stunde später",
     "verschieb die Erinnerung Müll rausbringen um eine stunde nach hinten"),
    ("fr", {"type": "event", "id": 4, "name": "garagiste"}, "ajoute garagiste mercredi",
     "repousse-le d'une heure et demie",
     "décale l'événement garagiste d'une heure et demie plus tard"),
    ("es", {**PASTA, "name": "arroz"}, "pon un temporizador de diez minutos para el arroz",
     "ponle cinco más", "añade cinco minutos al temporizador de arroz"),
    ("es", {"type": "event", "id": 4, "name": "llamada con Luis"}, "ponla media hora antes",
     "y otra media hora antes", "pasa el evento llamada con Luis media hora antes"),
    ("it", {**PASTA, "name": "bucato"}, "aggiungi un quarto d'ora al timer bucato",
     "anzi facciamo venti minuti in più invece di quindici",
     "aggiungi 5 minuti al timer bucato"),
])
def test_another_amount_is_the_last_change_again(lang: str, focus: dict[str, Any],
                                                 before: str, said: str, full: str) -> None:
    intent = "timer_adjust" if focus["type"] == "timer" else "calendar_set"
    state = _state(focus, (before, intent), language=lang)
    assert further(said, state, NOW, lang) == full


@pytest.mark.parametrize(("focus", "before", "said"), [
    (BINS, "push the bins reminder back an hour", "set it back to 7"),       # a time of day
    (BINS, "push the bins reminder back an hour", "and move it to Sunday"),  # a day
    (PASTA, "add ten minutes to the pasta timer", "another 30 minutes for the rice"),
    (BINS, "when is the bins reminder", "another hour"),  # no way said, none before
    (BINS, "push the bins reminder back an hour", "what about another hour of sleep"),
    (SWIM, "change the swimming alarm to 8", "and another one at 8:30"),  # a new alarm
])
def test_no_shift_when_the_turn_says_more_than_an_amount(focus: dict[str, Any], before: str,
                                                        said: str) -> None:
    intent = "alarm_query" if before.startswith("when") else "calendar_set"
    assert further(said, _state(focus, (before, intent)), NOW, "en") is None


@pytest.mark.parametrize("said", ["and another for 5 minutes", "and another 5 minutes"])
def test_another_after_a_new_timer_may_be_a_new_one(said: str) -> None:
    """Right after "set a timer for 10 minutes", only "add …" or "… more on it" adds."""
    made = {"type": "timer", "id": 3, "name": "", "seconds": 600.0, "created": True}
    state = _state(made, ("set a timer for 10 minutes", "timer_set"))
    assert further(said, state, NOW, "en") is None
    assert further("put 5 more minutes on it", state, NOW, "en") == \
        "add 5 minutes to the 10 minute timer"


def test_a_question_between_keeps_the_way_of_the_last_change() -> None:
    state = _state({**BINS, "name": "call the dentist"},
                   ("Push the dentist reminder back by a day.", "calendar_set"),
                   ("When is it now?", "calendar_query"))
    assert further("OK, one more day.", state, NOW, "en") == \
        "move the reminder to call the dentist one day later"


# ------------------------------------------------------------- the removal again


@pytest.mark.parametrize(("lang", "focus", "intent", "said", "full"), [
    ("en", {"type": "list", "name": "shopping"}, "lists_remove", "Oh and the bread.",
     "remove the bread from my shopping list"),
    ("en", {"type": "list", "name": "to-do"}, "lists_remove", "OK, and the passport one.",
     "remove the passport one from my to-do list"),
    ("en", {"type": "alarm", "id": 2, "time": "07:15"}, "alarm_remove", "and the swimming one",
     "turn off the swimming alarm"),
    ("de", {"type": "list", "name": "shopping"}, "lists_remove", "die Milch auch",
     "nimm die Milch von der Einkaufsliste"),
    ("de", {"type": "reminder", "id": 2, "name": "Müll rausbringen"}, "calendar_remove",
     "die für die Geburtstagskarte a", "lösch die Erinnerung für die Geburtstagskarte"),
    ("fr", {"type": "list", "name": "shopping"}, "lists_remove",
     "les bananes aussi tant qu'à faire", "enlève les bananes de la liste de courses"),
    ("es", {"type": "list", "name": "shopping"}, "lists_remove",
     "y el lavavajillas también que ya lo he comprado",
     "quita el lavavajillas de la lista de la compra"),
    ("it", {"type": "reminder", "id": 3, "name": "biglietto"}, "calendar_remove",
     "e pure quello del dentista", "cancella il promemoria del dentista"),
])
def test_the_last_removal_again_for_another_thing(lang: str, focus: dict[str, Any],
                                                  intent: str, said: str, full: str) -> None:
    state = _state(focus, ("yes", intent), language=lang)
    assert also_this(said, state, lang) == full


@pytest.mark.parametrize(("said", "intent"), [
    ("and the weather?", "lists_remove"),                  # a question of its own
    ("and what's left on it", "lists_remove"),
    ("the bread", "lists_remove"),                         # no "and", no "too"
    ("and the bread", "lists_createoradd"),                # the last change added
    ("and set a timer for 5 minutes", "lists_remove"),     # a request of its own
])
def test_not_the_removal_again(said: str, intent: str) -> None:
    state = _state({"type": "list", "name": "shopping"}, ("remove milk", intent))
    assert also_this(said, state, "en") is None


# ---------------------------------------------------------- a change put right


@pytest.mark.parametrize(("lang", "focus", "before", "said", "full"), [
    ("en", {"type": "event", "id": 2, "name": "dentist appointment"},
     "Move my dentist appointment to 3pm.", "Actually, make it half 3.",
     "Move my dentist appointment to half 3."),
    ("en", {"type": "alarm", "id": 1, "time": "06:45"}, "Change my weekday alarm to 6:45.",
     "Actually 7.", "Change my weekday alarm to 7."),
    # the time it had is the one it has now
    ("en", {"type": "alarm", "id": 2, "time": "07:45"},
     "move my alarm tomorrow from 7:15 to 7:45", "nah make it quarter past 8",
     "move my alarm tomorrow from 07:45 to quarter past 8"),
    ("es", {"type": "alarm", "id": 2, "time": "08:00"},
     "pasa la alarma de las siete y cuarto a las ocho", "dale mejor a las ocho y media",
     "pasa la alarma de las 08:00 a las ocho y media"),
])
def test_a_change_put_right(lang: str, focus: dict[str, Any], before: str, said: str,
                            full: str) -> None:
    intent = "alarm_change" if focus["type"] == "alarm" else "calendar_set"
    got = follow_on(said, _state(focus, (before, intent), language=lang), NOW, lang)
    assert got is not None and got.text == full and got.replaces is None


def test_a_relative_change_is_not_put_right_by_swapping_its_time() -> None:
    """"push it back an hour" — "no, 8": no time of day to swap in a shift."""
    state = _state(BINS, ("push the bins reminder back an hour", "calendar_set"))
    got = follow_on("no, 8", state, NOW, "en")
    assert got is None or "back an hour" not in got.text


def test_a_change_put_right_after_a_question_in_between() -> None:
    event = {"type": "event", "id": 3, "name": "Abendessen mit Anna"}
    state = _state(event, ("verschieb das Abendessen mit Anna auf 20 Uhr", "calendar_set"),
                   ("wann endet der Termin Abendessen mit Anna", "calendar_query"),
                   language="de")
    got = follow_on("ach nee mach doch halb neun", state, NOW, "de")
    assert got is not None and got.text == "verschieb das Abendessen mit Anna auf halb neun"


# ------------------------------------------------------------- asked of "it"


@pytest.mark.parametrize(("lang", "focus", "said", "full"), [
    ("en", {"type": "event", "id": 1, "name": "team meeting"}, "What time does it finish?",
     "What time does the team meeting finish?"),
    ("en", {"type": "reminder", "id": 5, "name": "call Mum"}, "What time is that?",
     "What time is the reminder to call Mum?"),
    ("es", {"type": "reminder", "id": 1, "name": "llamar al dentista"}, "a qué hora era",
     "a qué hora es el recordatorio de llamar al dentista"),
    ("de", {"type": "event", "id": 3, "name": "Abendessen mit Anna"}, "wann ist das dann aus",
     "wann endet der Termin Abendessen mit Anna"),
    ("fr", {"type": "event", "id": 3, "name": "dîner avec Anna"},
     "il finit à quelle heure du coup", "à quelle heure finit l'événement dîner avec Anna"),
])
def test_when_asked_of_the_thing(lang: str, focus: dict[str, Any], said: str,
                                 full: str) -> None:
    assert pointed(said, focus, lang) == full


def test_what_time_is_it_still_asks_the_time() -> None:
    assert pointed("what time is it", BINS, "en") is None


def test_the_focus_outlives_one_turn_not_understood() -> None:
    state = DialogueState(focus=BINS, turns=3, last_turn=1)
    assert state.just_before()
    assert not DialogueState(focus=BINS, turns=4, last_turn=1).just_before()


# ----------------------------------------------------- whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["how long is left on the laundry", "give it another ten minutes",
            "and another five please"], {"changed": {"T2": {"remaining_s": 1800}}}),
    # a timer named by its length: the amount is not its length
    ("en", ["start a timer for 10 minutes", "put 5 more minutes on it"],
     {"new": [{"kind": "timer", "seconds": 900}]}),
    ("en", ["move the bins reminder back an hour", "when is it now?", "and another hour"],
     {"changed": {"R2": {"due": "2026-12-03T21:00"}}}),
    ("en", ["take the eggs off my shopping list", "and the milk as well"],
     {"gone_items": {"shopping": ["eggs", "milk"]}}),
    ("en", ["move my team meeting to 11", "What time does it end now?", "hmm, make it 12"],
     {"changed": {"E1": {"start": "2026-12-01T12:00"}}}),
    ("de", ["verschieb den Termin Abendessen mit Anna um eine Stunde nach hinten",
            "noch eine halbe Stunde später"],
     {"changed": {"E3": {"start": "2026-12-04T21:00"}}}),
    ("fr", ["enlève les œufs de la liste de courses", "et le lait aussi"],
     {"gone_items": {"shopping": ["œufs", "lait"]}}),
    ("es", ["retrasa la cena con Anna una hora", "y otra hora más tarde"],
     {"changed": {"E3": {"start": "2026-12-04T21:30"}}}),
    ("it", ["aggiungi cinque minuti al timer della pasta", "e altri cinque"],
     {"changed": {"T1": {"remaining_s": 1080}}}),
    # "the new one": the thing just made, after a question about another
    ("en", ["start a 20 minute timer", "how long has the laundry got", "add 5 minutes to "
            "the new one"], {"new": [{"kind": "timer", "seconds": 1500}]}),
    ("en", ["set a timer for half an hour", "how long is left on the pasta",
            "make the new one 40 minutes"],
     {"new": [{"kind": "timer", "seconds": 2400}]}),
    ("en", ["put yoghurt on the shopping list", "sorry I said yoghurt I meant cheese"],
     {"added_items": {"shopping": ["cheese"]}}),
    # a one-off alarm moved to a day keeps its time; "and move it to …" moves it
    ("en", ["move my swimming alarm to Sunday"],
     {"changed": {"A3": {"date": "2026-12-06"}}}),
    ("en", ["push the swimming alarm back half an hour", "and move it to Friday"],
     {"changed": {"A3": {"date": "2026-12-04", "time": "09:30"}}}),
    ("it", ["quando suona la sveglia del nuoto", "mettila alle otto"],
     {"changed": {"A3": {"time": "08:00"}}}),
    ("fr", ["annule le minuteur des pâtes", "il reste combien sur la lessive",
            "supprime celui-là aussi"], {"gone": ["T1", "T2"]}),
    ("it", ["aggiungi il sale alla lista della spesa", "e anche il pepe già che ci sei"],
     {"added_items": {"shopping": ["sale", "pepe"]}}),
    # said as people say it: "bump", "than that", "have it start", "half seven",
    # "put it at 6" of a thing that exists, "move it to eleven", fillers and reasons
    ("en", ["push the bins reminder to 8pm", "bump it another hour"],
     {"changed": {"R2": {"due": "2026-12-03T21:00"}}}),
    ("en", ["move the swimming alarm half an hour earlier", "and ten minutes earlier than "
            "that"], {"changed": {"A3": {"time": "08:20"}}}),
    ("en", ["move the team meeting to Thursday", "and have it start an hour later"],
     {"changed": {"E1": {"start": "2026-12-03T10:00"}}}),
    ("en", ["when's the bins reminder", "push it back an hour", "no actually make it half "
            "eight"], {"changed": {"R2": {"due": "2026-12-03T20:30"}}}),
    ("en", ["move the dentist reminder to Wednesday", "put it at 4 in the afternoon instead"],
     {"changed": {"R1": {"due": "2026-12-02T16:00"}}}),
    ("en", ["add a call with Tom to my calendar on Thursday at 3pm", "move it to four"],
     {"new": [{"kind": "event", "start": "2026-12-03T16:00"}]}),
    ("en", ["add 5 minutes to the laundry", "and another two eh"],
     {"changed": {"T2": {"remaining_s": 1320}}}),
    ("de", ["gib dem Nudeltimer zwei Minuten dazu", "komm, nochmal zwei obendrauf"],
     {"changed": {"T1": {"remaining_s": 720}}}),
    ("es", ["ponle cinco minutos más a la pasta", "pues quítale dos que me he pasado"],
     {"changed": {"T1": {"remaining_s": 660}}}),
    ("it", ["aggiungi dieci minuti al timer del bucato", "toglicene tre va"],
     {"changed": {"T2": {"remaining_s": 1320}}}),
    # near misses of undo: a new request about the thing just changed
    ("en", ["change my 7.15 alarm to 7.45", "hmm, set it back to 7"],
     {"changed": {"A2": {"time": "07:00"}}}),
    ("en", ["add 5 minutes to the laundry timer", "and another 5 minutes on top of that"],
     {"changed": {"T2": {"remaining_s": 1500}}}),
    ("es", ["atrasa una hora el recordatorio de llamar al dentista", "atrásalo otra hora más"],
     {"changed": {"R1": {"due": "2026-12-01T12:00"}}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "refer_change", item_words=False)
