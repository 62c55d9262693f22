""""Undo that": the journal of what a request changed (``hark.store.journal``), the
words that ask for it (``hark.dialogue.undoing``), and whole conversations through a
real Assistant on a real SQLite store."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

from hark.config import Settings
from hark.dialogue import undoing
from hark.dialogue.state import DialogueState, Pending
from hark.store import Store, alarms, journal, lists, timers
from hark.store.models import Alarm

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store.open(Settings(data_dir=tmp_path))
    yield s
    s.close()


def _recorded(store: Store, fn: Any, *args: Any, **kw: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with journal.recording(rows), store.session() as db:
        fn(db, *args, **kw)
    return rows


def test_a_cancelled_timer_runs_on_with_the_time_it_had(store: Store) -> None:
    with store.session() as db:
        t = timers.create(db, duration_s=600, name="pasta", now=NOW)
    rows = _recorded(store, timers.cancel, t.id, now=NOW + timedelta(minutes=2))
    assert [(r["op"], r["table"]) for r in rows] == [("changed", "timers")]
    with store.session() as db:
        undone = journal.undo(db, rows)
    assert len(undone.done) == 1 and not undone.left
    with store.session() as db:
        back = timers.get(db, t.id)
        assert back.state == "running" and back.deadline == NOW + timedelta(minutes=10)


def test_a_deleted_alarm_comes_back_under_its_own_id(store: Store) -> None:
    with store.session() as db:
        a = alarms.create(db, time_of_day="07:15", label="gym", now=NOW, tz="Europe/London")
        fires = a.next_fire
    rows = _recorded(store, alarms.delete, a.id)
    with store.session() as db:
        assert journal.undo(db, rows).done
    with store.session() as db:
        back = alarms.get(db, a.id)
        assert (back.label, back.next_fire, back.time_of_day.hour) == ("gym", fires, 7)


def test_a_thing_just_made_is_removed_and_undoing_twice_makes_it_again(store: Store) -> None:
    rows: list[dict[str, Any]] = []
    with journal.recording(rows), store.session() as db:
        made = alarms.create(db, time_of_day="08:00", now=NOW, tz="UTC").id
    again: list[dict[str, Any]] = []
    with journal.recording(again), store.session() as db:
        journal.undo(db, rows)
    with store.session() as db:
        assert db.get(Alarm, made) is None
    with store.session() as db:
        journal.undo(db, again)
    with store.session() as db:
        assert db.get(Alarm, made) is not None


def test_a_cleared_list_and_a_deleted_list_come_back_with_their_items(store: Store) -> None:
    with store.session() as db:
        for text in ("milk", "eggs", "bread"):
            lists.add_item(db, "shopping", text, now=NOW)
    rows = _recorded(store, lists.clear, "shopping")
    assert len(rows) == 3
    with store.session() as db:
        journal.undo(db, rows)
    with store.session() as db:
        assert [i.text for i in lists.items(db, "shopping")] == ["milk", "eggs", "bread"]
    rows = _recorded(store, lists.delete_list, "shopping")
    assert sorted(r["table"] for r in rows) == ["list_items"] * 3 + ["lists"]
    with store.session() as db:
        assert len(journal.undo(db, rows).done) == 4
    with store.session() as db:
        assert [i.text for i in lists.items(db, "shopping")] == ["milk", "eggs", "bread"]


def test_a_row_changed_since_is_left_as_it_is(store: Store) -> None:
    with store.session() as db:
        t = timers.create(db, duration_s=600, name="tea", now=NOW)
    rows = _recorded(store, timers.pause, t.id, now=NOW + timedelta(minutes=1))
    with store.session() as db:
        timers.cancel(db, t.id, now=NOW + timedelta(minutes=2))  # from another device
    with store.session() as db:
        undone = journal.undo(db, rows)
    assert not undone.done and len(undone.left) == 1
    with store.session() as db:
        assert timers.get(db, t.id).state == "cancelled"


def test_nothing_is_recorded_outside_a_recording_or_when_rolled_back(store: Store) -> None:
    with store.session() as db:
        timers.create(db, duration_s=60, now=NOW)
    rows: list[dict[str, Any]] = []
    with journal.recording(rows):
        with pytest.raises(RuntimeError), store.session() as db:
            timers.create(db, duration_s=60, now=NOW)
            raise RuntimeError("the request failed half way")
    assert rows == []


@pytest.mark.parametrize("text, lang", [
    ("undo", "en"), ("Undo that.", "en"), ("oh no, undo that", "en"),
    ("No wait, leave it running!", "en"), ("put it back please", "en"),
    ("I didn't mean that", "en"), ("Hang on, don't cancel it, I still need it", "en"),
    ("bring them back", "en"), ("that was a mistake", "en"),
    ("Mach das rückgängig", "de"), ("Nein, warte, lass ihn laufen", "de"),
    ("Stell ihn wieder her", "de"), ("das wollte ich nicht", "de"),
    ("Non attends, laisse-le tourner", "fr"), ("Annule ce que tu viens de faire", "fr"),
    ("Remets-les", "fr"), ("Reviens en arrière", "fr"),
    ("Uy, no, deshaz eso", "es"), ("déjalo correr", "es"), ("No lo borres", "es"),
    ("ripristinalo", "it"), ("Aspetta, rimettili", "it"), ("non volevo farlo", "it"),
    ("och, undo that please", "en"), ("sorry love, can you reverse that?", "en"),
    ("oh no I still need that, turn it back on", "en"), ("no no no change it back", "en"),
    ("hmm no, leave it at 10 like it was", "en"), ("untick that, I haven't done it yet", "en"),
    ("aw naw, scrap that", "en"), ("put the milk back on the list", "en"),
    ("Na geh, des wollt i ned. Mach des wieder zurück", "de"),
    ("Remets tout comme avant", "fr"), ("Uy, me equivoqué, déjala como estaba", "es"),
    ("No, annulla annulla", "it"), ("actually take that off again", "en"),
    ("that's too much, take the five minutes off again", "en"),
])
def test_undo_is_heard(text: str, lang: str) -> None:
    heard = undoing.said(text, lang)
    assert heard is not None and heard.language == lang and not heard.new_only


@pytest.mark.parametrize("text", [
    "leave it", "keep it up", "no", "cancel the timer", "set it back to 7",
    "and the eggs too", "actually make that another hour later", "Nein, stell ihn zurück auf acht",
    "Non, remets-le à sept heures pile", "Atrásalo otra hora más", "Anzi no, mettilo a domenica alle dieci",
    "don't forget the milk", "go back to the previous song", "set it back an hour",
    "stell den Wecker zurück auf 7", "remets le minuteur à 5 minutes", "no quiero eso",
    "annulla la sveglia", "what can you undo for me today and tomorrow",
    # words that hold an undo word's letters or look like one
    "heat the hot tub up for when we get back around nine", "Prépare un double expresso",
    "take the limes off again",  # one of the two things just added: a removal of its own
    "Cancela la cuenta regresiva, ya no hace falta.", "No, me equivoqué, peras.",
    "Kannst du mir ein gutes italienisches Restaurant in der Nähe empfehlen?",
    "delete my weekday alarm and make a new one for 6am monday through friday",
    # a thing named by its kind is the one meant, not the thing just made
    "La sveglia delle sei non serve più, toglila", "Mi nuh need di laundry timer again, cancel it",
    "Mon rendez-vous chez le dentiste mercredi est annulé, supprime-le.",
])
def test_what_is_not_an_undo(text: str) -> None:
    assert undoing.said(text) is None


def test_undo_waits_for_no_question_and_needs_something_to_undo() -> None:
    heard = undoing.Heard("en")
    assert not undoing.asked(heard, "leave it running", DialogueState())
    assert undoing.asked(heard, "undo", DialogueState())  # answered "nothing to undo"
    state = DialogueState(changed={"rows": [{"op": "added"}]})
    assert undoing.asked(heard, "leave it running", state)
    state.pending = Pending(kind="confirm", intent="alarm_remove")
    assert not undoing.asked(heard, "leave it running", state)


@pytest.mark.parametrize("text", [
    "get rid of the new one", "cancel that mate",
    "take out the haircut thing you just added", "abeg remove the one you just set",
    "Okay, den neuen brauch ich doch nicht, nimm den wieder raus", "Quítalo",
    "Oh là, ça en fait trop. Retire celui que tu viens de mettre", "annullalo",
])
def test_taking_away_a_thing_just_made_is_an_undo_only_after_making(text: str) -> None:
    heard = undoing.said(text)
    assert heard is not None and heard.new_only
    made = DialogueState(changed={"rows": [{"op": "added"}], "turn": 0})
    removed = DialogueState(changed={"rows": [{"op": "deleted"}], "turn": 0})
    assert undoing.asked(heard, text, made) and not undoing.asked(heard, text, removed)
    made.turns = 2  # a question came in between: "cancel that" is not said of it, but
    # "the one you just set" is
    assert undoing.asked(heard, text, made) == (not heard.recent_only)


def test_a_request_outside_the_store_is_a_mark_undo_cannot_reach_past() -> None:
    before = {"rows": [{"op": "added"}], "sentence": "a"}
    kept = undoing.kept(before, [], turn=3, sentence="b", intent="iot_hue_lighton", now=NOW)
    assert kept is not None and kept["outside"] and kept["rows"] == []
    assert undoing.kept(before, [], turn=3, sentence="b", intent="weather_query",
                        now=NOW) is before
    joined = undoing.kept(before, [{"op": "deleted"}], turn=3, sentence="a",
                          intent="timer_remove", now=NOW)
    assert joined is not None and len(joined["rows"]) == 2


@pytest.mark.parametrize("row", [
    {"lang": "en", "turns": ["cancel the pasta timer", "no wait, leave it running"],
     "expect": {"mention": ["pasta timer is running again"]}},
    # undo said again: the timer is cancelled again, and the answer says so
    {"lang": "en", "turns": ["cancel the pasta timer", "no wait, leave it running", "undo"],
     "expect": {"gone": ["T1"], "mention": ["cancelled again"]}},
    {"lang": "en", "turns": ["delete the 7:15 alarm", "oh no, undo that"], "expect": {}},
    {"lang": "en", "turns": ["tick off milk and eggs", "put them back"], "expect": {}},
    {"lang": "en", "turns": ["clear my shopping list", "I didn't mean that"],
     "expect": {"mention": ["milk", "washing-up liquid"]}},
    {"lang": "en", "turns": ["move the team meeting to 11am", "undo"],
     "expect": {"mention": ["team meeting"]}},
    {"lang": "en", "turns": ["cancel the pasta and the laundry timers", "undo"],
     "expect": {"mention": ["pasta", "laundry"]}},
    {"lang": "en", "turns": ["set an alarm for 8 tomorrow", "undo", "undo"],
     "expect": {"new": [{"kind": "alarm", "time": "08:00", "date": "2026-12-01"}]}},
    {"lang": "en", "turns": ["set an alarm for 8 tomorrow", "undo"], "expect": {}},
    # a question in between keeps the change to undo
    {"lang": "en", "turns": ["cancel the laundry timer", "what timers do I have",
                             "oops, bring it back"], "expect": {}},
    {"lang": "en", "turns": ["undo"], "expect": {"mention": ["nothing"]}},
    # the thing just made, taken away again (after a question only when it is named so)
    {"lang": "en", "turns": ["wake me up at 8 on Wednesday",
                             "forget that alarm, I don't need it after all"], "expect": {}},
    {"lang": "en", "turns": ["set an alarm for 8 tomorrow", "cancel that mate"], "expect": {}},
    {"lang": "en", "turns": ["set a 3 minute timer for the eggs", "what timers are running?",
                             "get rid of the new one"], "expect": {}},
    {"lang": "fr", "turns": ["Lance un minuteur de vingt minutes pour le gâteau",
                             "Quels minuteurs sont en cours ?",
                             "Oh là, ça en fait trop. Retire celui que tu viens de mettre"],
     "expect": {}},
    # "forget it" after a question does not reach back past it
    {"lang": "en", "turns": ["cancel the laundry timer", "what timers do I have", "forget it"],
     "expect": {"gone": ["T2"]}},
    # "after all" is not all of them
    {"lang": "en", "turns": ["delete my 7:15 alarm, I don't need it after all"],
     "expect": {"gone": ["A2"]}},
    # "no, don't" answers the confirmation; nothing is removed, nothing undone
    {"lang": "en", "turns": ["delete the 7:15 alarm", "no, don't delete it"], "expect": {}},
    {"lang": "de", "turns": ["Lösch den Wecker um 7:15", "Mach das rückgängig"],
     "expect": {"mention": ["Wecker"]}},
    {"lang": "fr", "turns": ["Annule le minuteur des pâtes", "Non attends, laisse-le tourner"],
     "expect": {}},
    {"lang": "es", "turns": ["Borra la cita con el dentista", "Uy, no, deshaz eso"],
     "expect": {}},
    {"lang": "it", "turns": ["Cancella il promemoria per chiamare il dentista",
                             "ripristinalo"], "expect": {}},
])
async def test_whole_conversations(row: dict[str, Any]) -> None:
    ok, answers, diff = await judge(row)
    assert ok, (answers, diff)
