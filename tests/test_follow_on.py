"""A turn that leans on the one before: corrections of what was just made ("no, 7:30"),
another of the same ("and sugar"), the same question about another day, and "it"/"that"
said of what the last answer was about. Unit tables over a built dialogue state, then
whole conversations through a real Assistant over the seeded SQLite store of
benchmarks/manage_bench.py (Monday 30 November 2026, 17:00 Europe/London)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402
from everyday_bench import NOW  # noqa: E402

from hark.dialogue.focus import of_outcome
from hark.dialogue.follow_on import follow_on
from hark.dialogue.pointing import pointed
from hark.dialogue.state import DialogueState, Pending
from hark.store.take_back import take_back


def _state(text: str, focus: dict[str, Any] | None, lang: str = "en",
           slots: list[dict[str, Any]] | None = None) -> DialogueState:
    """The state right after ``text`` was carried out (the turn before this one)."""
    return DialogueState(last_text=text, last_intent="x", last_turn=0, turns=1,
                         last_language=lang, focus=focus, last_slots=slots or [])


_ALARM = {"type": "alarm", "id": 9, "name": "", "time": "07:00", "created": True}
_TIMER = {"type": "timer", "id": 9, "name": "", "seconds": 900, "created": True}
_APPLES = {"type": "list", "name": "shopping", "items": ["apples"], "created": True}


@pytest.mark.parametrize("said, before, focus, lang, full", [
    ("No, sorry, 7:30.", "Wake me at 7 tomorrow.", _ALARM, "en", "Wake me at 7:30 tomorrow."),
    ("Sorry, I meant 50.", "Set a timer for 15 minutes.", _TIMER, "en",
     "Set a timer for 50 minutes."),
    ("Nah, 12 minutes, sorry.", "Set a timer for 20 minutes for the snags.", _TIMER, "en",
     "Set a timer for 12 minutes for the snags."),
    ("No, 4:30.", "Put a call with the bank in my diary for Wednesday at 4 p.m.", _ALARM, "en",
     "Put a call with the bank in my diary for Wednesday at 4:30 p.m."),
    ("Actually, make that Thursday.", "Remind me on Friday at 10 a.m. to renew the insurance.",
     _ALARM, "en", "Remind me on Thursday at 10 a.m. to renew the insurance."),
    ("I meant pears.", "Add apples to my shopping list.", _APPLES, "en",
     "Add pears to my shopping list."),
    ("nee 25", "set a timer for 15 min für den kuchen", _TIMER, "de",
     "set a timer for 25 min für den kuchen"),
    ("Ach nein, mach Donnerstag draus.", "Erinnere mich am Freitag um 18 Uhr, das Paket abzuholen.",
     _ALARM, "de", "Erinnere mich am Donnerstag um 18 Uhr, das Paket abzuholen."),
    ("Non, pardon, 8h30.", "Réveille-moi samedi à 8h.", _ALARM, "fr",
     "Réveille-moi samedi à 8h30."),
    ("mejor el jueves", "recuerdame el viernes a las 6 de la tarde recoger el paquete", _ALARM,
     "es", "recuerdame el jueves a las 6 de la tarde recoger el paquete"),
])
def test_a_correction_is_the_request_before_with_that_part_swapped(
        said: str, before: str, focus: dict[str, Any], lang: str, full: str) -> None:
    got = follow_on(said, _state(before, focus, lang), NOW, lang)
    assert got is not None and got.kind == "correct"
    assert got.text == full and got.replaces == focus


@pytest.mark.parametrize("said, before, focus, lang, full", [
    ("And sugar.", "Add flour to the shopping list.",
     {"type": "list", "name": "shopping", "items": ["flour"], "created": True}, "en",
     "Add sugar to the shopping list."),
    ("And another one at 6:20.", "Set an alarm for 6 tomorrow.", _ALARM, "en",
     "Set an alarm for 6:20 tomorrow."),
    ("And to call Dad at 7.", "Remind me to call Mum at 6 p.m.",
     {"type": "reminder", "id": 4, "name": "call Mum", "created": True}, "en",
     "Remind me to call Dad at 7 p.m."),
    ("Same time Thursday.", "Set an alarm for 7 a.m. Wednesday.", _ALARM, "en",
     "Set an alarm for 7 a.m. Thursday."),
    ("Pis d'appeler mon père à 19h.", "Rappelle-moi d'appeler ma mère mercredi à 18h.",
     {"type": "reminder", "id": 4, "name": "appeler ma mère", "created": True}, "fr",
     "Rappelle-moi d'appeler mon père mercredi à 19h."),
    ("Y a mi papá a las 7.", "Recuérdame llamar a mi mamá el miércoles a las 6.",
     {"type": "reminder", "id": 4, "name": "llamar a mi mamá", "created": True}, "es",
     "Recuérdame llamar a mi papá el miércoles a las 7."),
    ("und am freitag", "was hab ich am mittwoch", None, "de", "was hab ich am freitag"),
    ("e venerdì", "cosa ho mercoledì", None, "it", "cosa ho venerdì"),
    ("And the laundry?", "How long's left on the pasta?",
     {"type": "timer", "id": 1, "name": "pasta", "created": False}, "en",
     "How long's left on the laundry?"),
])
def test_another_of_the_same_is_said_in_full(said: str, before: str,
                                             focus: dict[str, Any] | None, lang: str,
                                             full: str) -> None:
    got = follow_on(said, _state(before, focus, lang), NOW, lang)
    assert got is not None and got.kind == "another" and got.replaces is None
    assert got.text == full


@pytest.mark.parametrize("said, before, focus", [
    ("No thanks.", "Add apples to my shopping list.", _APPLES),  # no thing called "thanks"
    ("And remind me to call Anna at 8.", "Set an alarm for 6 tomorrow.", _ALARM),  # its own
    ("No, 7:30.", "What time is my alarm tomorrow?", None),  # nothing was made
    ("and tomorrow?", "what's the weather in Paris", None),  # English: the context's
    ("Thursday.", "Wake me at 7 tomorrow.", _ALARM),  # no word of correcting
])
def test_what_does_not_lean_on_the_request_before(said: str, before: str,
                                                  focus: dict[str, Any] | None) -> None:
    assert follow_on(said, _state(before, focus), NOW, "en") is None


def test_a_shift_with_an_article_is_no_correction() -> None:
    """"décale le rappel … d'une heure" right after making it: the reminder moved by the
    skill, not "une heure" swapped in as a clock time."""
    made = {"type": "reminder", "id": 1, "name": "appeler maman", "created": True}
    state = _state("rappelle-moi demain à 10 h d'appeler maman", made, "fr")
    state.about = {"at": "2026-12-01T10:00:00+00:00", "title": "appeler maman",
                   "kind": "reminder"}
    assert follow_on("décale le rappel d'appeler maman d'une heure", state, NOW, "fr") is None


def test_make_it_an_hour_later_moves_what_was_just_made_from_its_own_time() -> None:
    made = {"type": "event", "id": 4, "name": "call with Raj", "created": True}
    state = _state("Schedule a call with Raj for Wednesday at 10 a.m.", made)
    state.about = {"at": "2026-12-02T10:00:00+00:00", "title": "call with Raj", "kind": "event"}
    got = follow_on("Make it an hour later.", state, NOW, "en")
    assert got is not None and got.text == "Schedule a call with Raj for Wednesday at 11:00 a.m."


@pytest.mark.parametrize("said, before, full", [
    # a reason after the comma is not what is meant
    ("Actually, make that one 7:30, the street sweepers come early.",
     "Remind me to move the car at 8 tomorrow morning.",
     "Remind me to move the car at 7:30 tomorrow morning."),
    ("Sorry, 1 o'clock, not 12.", "Put lunch with Kofi in my calendar for Wednesday at 12.",
     "Put lunch with Kofi in my calendar for Wednesday at 1 o'clock."),
    ("Scratch that, 5:45.", "Set an alarm for 5:15 Friday morning.",
     "Set an alarm for 5:45 Friday morning."),
    ("No, not mince, chicken thighs.", "Add mince to the shopping list.",
     "Add chicken thighs to the shopping list."),
])
def test_corrections_keep_what_they_do_not_change(said: str, before: str, full: str) -> None:
    items = {"type": "list", "name": "shopping", "items": ["mince"], "created": True}
    got = follow_on(said, _state(before, items if "mince" in before else _ALARM), NOW, "en")
    assert got is not None and got.text == full


def test_a_correction_after_an_alarm_found_already_set_makes_the_new_one() -> None:
    """"You already have an alarm for 7 AM tomorrow." — "no, 7:30": a 7:30 alarm, and the
    7 o'clock one (there before) kept."""
    there = {"type": "alarm", "id": 2, "name": "", "time": "07:00", "created": False}
    state = _state("wake me at 7 tomorrow", there)
    state.last_intent = "alarm_set"
    got = follow_on("no, 7:30", state, NOW, "en")
    assert got is not None and got.text == "wake me at 7:30 tomorrow" and got.replaces is None
    state.last_intent = "alarm_query"  # after a question: "no, 7:30" changes nothing here
    assert follow_on("no, 7:30", state, NOW, "en") is None


def test_only_right_after_the_request_and_not_while_a_question_waits() -> None:
    later = _state("Wake me at 7 tomorrow.", _ALARM)
    later.turns = 3  # something else was said in between
    assert follow_on("No, 7:30.", later, NOW, "en") is None
    asking = _state("Wake me at 7 tomorrow.", _ALARM)
    asking.pending = Pending(kind="confirm", intent="alarm_set")
    assert follow_on("No, 7:30.", asking, NOW, "en") is None


_EVENT = {"type": "event", "id": 2, "name": "dentist appointment", "created": False}
_PASTA = {"type": "timer", "id": 1, "name": "pasta", "created": False}


@pytest.mark.parametrize("said, focus, lang, full", [
    ("Push it back an hour.", _EVENT, "en", "Push the dentist appointment back an hour."),
    ("Add 5 minutes.", _PASTA, "en", "Add 5 minutes to the pasta timer"),
    ("Can you make it 8 p.m. instead?", _EVENT, "en",
     "Can you move the dentist appointment to 8 p.m. instead?"),
    ("Okay, pause it.", _PASTA, "en", "Okay, pause the pasta timer."),
    ("Verleg sie auf 11 Uhr.", _EVENT, "de", "Verleg den Termin dentist appointment auf 11 Uhr."),
    ("Repousse-le d'une heure.", _EVENT, "fr",
     "Repousse l'événement dentist appointment d'une heure."),
    ("Pásala una hora más tarde.", _EVENT, "es",
     "Pasa el evento dentist appointment una hora más tarde."),
    ("ponle 5 minutos mas", _PASTA, "es", "pon 5 minutos mas al temporizador de pasta"),
    ("Anzi, cancellalo.", _PASTA, "it", "Anzi, cancella il timer pasta."),
])
def test_it_and_that_name_what_the_last_answer_was_about(said: str, focus: dict[str, Any],
                                                        lang: str, full: str) -> None:
    assert pointed(said, focus, lang) == full


@pytest.mark.parametrize("said, focus, lang", [
    ("What time is it?", _PASTA, "en"),  # the clock, not the timer
    ("¿Cuánto le queda al arroz?", _PASTA, "es"),  # names its own timer
    ("annule la réunion", _EVENT, "fr"),  # an article, not "it"
    ("lösch die Teambesprechung", _EVENT, "de"),
    ("Make it repeat every weekday.", _ALARM, "en"),
    ("Actually, cancel it.", _TIMER, "en"),  # just made: removed by its id (item_ref)
    ("Push it back an hour.", None, "en"),
])
def test_it_points_at_nothing(said: str, focus: dict[str, Any] | None, lang: str) -> None:
    assert pointed(said, focus, lang) is None


def test_the_focus_is_the_one_thing_an_answer_is_about() -> None:
    assert of_outcome("timer.set", {"timer": {"id": 3, "name": "", "duration_s": 600.0}},
                      True) == {"type": "timer", "id": 3, "name": "", "seconds": 600.0,
                                "created": True}
    assert of_outcome("calendar.query", {"events": [{"id": 1, "title": "a"},
                                                    {"id": 2, "title": "b"}]}, False) is None
    assert of_outcome("list.add", {"list": "shopping", "items": ["milk"]}, True) == {
        "type": "list", "name": "shopping", "created": True, "items": ["milk"]}


def test_taking_back_what_is_already_gone_is_no_error(tmp_path: Path) -> None:
    from hark.config import Settings
    from hark.store import Store, alarms

    store = Store.open(Settings(data_dir=tmp_path))
    try:
        with store.session() as db:
            a = alarms.create(db, time_of_day="07:00", now=NOW, tz="Europe/London")
        with store.session() as db:
            take_back(db, {"type": "alarm", "id": a.id}, now=NOW, user="default")
        with store.session() as db:
            take_back(db, {"type": "alarm", "id": a.id}, now=NOW, user="default")
            assert alarms.list_for(db) == []
    finally:
        store.close()


@pytest.mark.parametrize("row", [
    {"lang": "en", "turns": ["Wake me at 7 tomorrow.", "No, sorry, 7:30."],
     "expect": {"new": [{"kind": "alarm", "time": "07:30", "date": "2026-12-01"}]}},
    {"lang": "en", "turns": ["Add apples to my shopping list.", "I meant pears."],
     "expect": {"added_items": {"shopping": ["pears"]}}},
    {"lang": "en", "turns": ["Set a timer for 15 minutes.", "Sorry, I meant 50."],
     "expect": {"new": [{"kind": "timer", "seconds": 3000}]}},
    {"lang": "en", "turns": ["When's my dentist appointment?", "Push it back an hour."],
     "expect": {"changed": {"E2": {"start": "2026-12-02T15:00"}}}},
    {"lang": "en", "turns": ["Add flour to the shopping list.", "And sugar."],
     "expect": {"added_items": {"shopping": ["flour", "sugar"]}}},
    {"lang": "en", "turns": ["Set a timer for 20 minutes.", "Actually, cancel it."],
     "expect": {}},
    {"lang": "de", "turns": ["Weck mich morgen um 7.", "Nein, sorry, um halb 8."],
     "expect": {"new": [{"kind": "alarm", "time": "07:30", "date": "2026-12-01"}]}},
    {"lang": "fr", "turns": ["il reste combien sur la lessive", "rajoute 5 min"],
     "expect": {"changed": {"T2": {"remaining_s": 1200}}}},
    {"lang": "en", "turns": ["Add something to my shopping list.", "Actually, never mind."],
     "expect": {}},
    {"lang": "fr", "turns": ["ajoute un truc a la liste de courses", "du beurre"],
     "expect": {"added_items": {"shopping": ["beurre"]}}},
    {"lang": "es", "turns": ["que tengo en la lista del super", "quita los platanos"],
     "expect": {"gone_items": {"shopping": ["plátanos"]}}},
    {"lang": "en", "turns": ["When's my dinner with Anna?", "Move it to 8 p.m.",
                             "And remind me to book a taxi an hour before."],
     "expect": {"changed": {"E3": {"start": "2026-12-04T20:00"}},
                "new": [{"kind": "reminder", "due": "2026-12-04T19:00", "about": ["taxi"]}]}},
    {"lang": "it", "turns": ["cosa ho mercoledi", "e venerdi"],
     "expect": {"mention": ["cena", "19:30"], "absent": ["dentista"]}},
])
async def test_whole_conversations(row: dict[str, Any]) -> None:
    ok, answers, diff = await judge(row)
    assert ok, (answers, diff)
