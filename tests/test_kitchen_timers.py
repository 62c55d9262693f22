"""Kitchen timers (the twelfth held-out sets' theme): several timers asked for in one
breath, a timer named after it was set, more or less time for every timer at once, which
one goes off first, and timers changed in a busy cook's words ("Pasta, plus ninety
seconds. Laundry, hold it.")."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hark.dialogue.state import DialogueState
from hark.dialogue.timer_asked import asked
from hark.skills.timer_words import every_timer, first_asked, new_name
from hark.text.timer_names import with_timer_names
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged

# ------------------------------------------------------------------ several at once


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Timers please: gnocchi three minutes, salmon twelve, greens four.",
     "set a 3 minute timer for the gnocchi, and set a 12 minute timer for the salmon, "
     "and set a 4 minute timer for the greens"),
    ("en", "the sausages need twenty minutes, and do me another one for the beans, five "
           "minutes", "set a 20 minute timer for the sausages, and set a 5 minute timer for "
                      "the beans"),
    ("en", "two and a half minutes for the toast and a four minute one for the eggs",
     "set a timer for 150 seconds for the toast, and set a 4 minute timer for the eggs"),
    ("de", "Stell zwei Timer: einen für den Reis auf zwölf Minuten und noch einen für das "
           "Gemüse auf acht", "stell einen Timer für Reis auf 12 Minuten und stell einen "
                              "Timer für Gemüse auf 8 Minuten"),
    ("fr", "mets deux minuteurs : douze minutes pour le riz et huit pour les légumes",
     "mets un minuteur de 12 minutes pour le riz et mets un minuteur de 8 minutes pour "
     "les légumes"),
    ("es", "ponme un temporizador de doce minutos para el arroz y otro de cuarenta y cinco "
           "para el pollo", "pon un temporizador de 12 minutos para el arroz y pon un "
                            "temporizador de 45 minutos para el pollo"),
    ("it", "mettimi un timer di dodici minuti per il riso e un altro di otto per le verdure",
     "metti un timer di 12 minuti per il riso e metti un timer di 8 minuti per le verdure"),
    ("es", "ponme un temporizador de una hora y cuarto para el asado y otro de diez minutos "
           "para la salsa", "pon un temporizador de 75 minutos para el asado y pon un "
                            "temporizador de 10 minutos para la salsa"),
    # a length corrected in the same breath: the last one
    ("en", "start one for the bread, thirty minutes, or was it thirty-five, yes, thirty-five",
     "set a 35 minute timer for the bread"),
    ("de", "Mach an Timer für'n Kuchen, a halbe Stund – na, wart, vierzig Minuten",
     "stell einen Timer für Kuchen auf 40 Minuten"),
    ("en", "Gravy, seven minutes.", "set a 7 minute timer for the Gravy"),
    # a sentence each: the removal stays as said
    ("en", "Cancel the rice timer. New one, naan, six minutes.",
     "Cancel the rice timer. set a 6 minute timer for the naan."),
])
def test_timers_said_in_one_breath_are_said_one_by_one(lang: str, text: str, said: str) -> None:
    assert timers_paired(text, lang) == said


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "set a timer for 10 minutes and add rice to the shopping list"),
    ("en", "set a timer for 10 minutes"),  # no food: as it is
    ("en", "take 5 minutes off the pasta timer"),  # a change
    ("en", "how long is left on the pasta timer"),
    ("en", "remind me in 20 minutes to check the oven and set a timer for 5 minutes"),
    ("de", "Die Waschmaschine braucht noch eine Stunde, stell den Wäsche-Timer darauf um."),
    ("es", "Tío, quítale dos minutos a la pasta-Timer, que se me pasa."),
    ("en", "put on a timer for the rice and peas, forty minutes"),  # one food with "and"
    ("en", "Pasta, plus ninety seconds. Laundry, hold it."),  # changes, not new ones
])
def test_other_sentences_are_left_as_they_are(lang: str, text: str) -> None:
    said = timers_paired(text, lang)
    assert said == text or said.count("timer") == 1 and "rice and peas" not in text


def test_another_timer_needs_no_timer_word_right_after_one() -> None:
    assert timers_paired("And another wee one for the neeps, fifteen.", "en",
                         after_timer=True) == "set a 15 minute timer for the neeps"
    said = "And the chicken in the oven needs an hour and a quarter."
    assert timers_paired(said, "en", after_timer=True) == "set a 75 minute timer for the chicken"
    assert timers_paired(said, "en") == said


# ------------------------------------------------------------------ the words


@pytest.mark.parametrize(("said", "name"), [
    ("flapjacks, please", "flapjacks"), ("die Kartoffeln", "Kartoffeln"),
    ("timer brasato", "brasato"), ("", ""), ("one two three four five six", ""),
])
def test_a_new_name_is_the_words_said(said: str, name: str) -> None:
    assert new_name(said) == name


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Call that one flapjacks.", "rename the timer to flapjacks"),
    ("de", "Ach ja, nenn den man Kartoffeln.", "benenne den Timer um in Kartoffeln"),
    ("fr", "appelle-le gratin", "renomme le minuteur en gratin"),
    ("es", "Ponele de nombre milanesas.", "cambia el nombre del temporizador a milanesas"),
    ("it", "Chiamalo brasato.", "rinomina il timer in brasato"),
    ("en", "call mum", None), ("en", "call it", None),
    ("it", "appelle-le spaghetti", "renomme le minuteur en spaghetti"),  # taken for Italian
])
def test_a_timer_named_after_it_was_set_is_said_plainly(lang: str, text: str,
                                                         said: str | None) -> None:
    from hark.skills.timer_words import renamed

    assert renamed(text, lang) == said


def test_every_timer_and_which_first() -> None:
    assert every_timer("add two minutes to both") and every_timer("à chacun des deux")
    assert not every_timer("add two minutes to the pasta")
    # "all" in an idiom is not every timer
    assert not every_timer("all right, add two more minutes to the timer")
    assert not every_timer("that's all, give it a minute more")
    assert first_asked("Which one's going to beep first now?")
    assert first_asked("¿Cuál va a sonar primero, pe?") and first_asked("quale suona prima?")
    assert not first_asked("how long is left on the pasta")


@pytest.mark.parametrize(("text", "said"), [
    ("The pasta needs a bit longer, stick four more minutes on it.",
     "add four more minutes to the pasta timer"),
    ("Please reduce the pasta timer so that five minutes remain.",
     "Please set the pasta timer to 5 minutes."),
    ("Pasta, plus ninety seconds. Laundry, hold it.",
     "add ninety seconds to the pasta timer. pause the laundry timer."),
    ("Hmm, the laundry, I put it on the quick wash, so knock it down to ten minutes left.",
     "set the laundry timer to 10 minutes."),
    ("take five minutes off the laundry one", "take five minutes off the laundry timer"),
])
def test_a_busy_cooks_words_name_the_timer(text: str, said: str) -> None:
    assert with_timer_names(text, ["pasta", "laundry"]) == said


def test_a_question_about_the_timers_is_asked_plainly_after_a_timer_turn() -> None:
    about = DialogueState(turns=2, last_turn=1, last_intent="timer_adjust",
                          focus={"type": "timer", "id": 1, "name": "pasta"})
    assert asked("Which one's going to beep first now?", about, "en") == \
        "which timer goes off first?"
    assert asked("Lequel va sonner en premier, alors ?", about, "fr") == \
        "quel minuteur sonne en premier ?"
    assert asked("How long on the two of them now?", about, "en") == \
        "how long is left on my timers?"
    assert asked("Which alarm goes off first?", about, "en") is None
    elsewhere = DialogueState(turns=2, last_turn=1, last_intent="alarm_query")
    assert asked("Which one goes off first?", elsewhere, "en") is None


def test_more_time_for_the_timer_talked_about_in_other_languages() -> None:
    from hark.dialogue.timer_more import more_time

    paused = DialogueState(turns=2, last_turn=1, last_intent="timer_pause",
                           focus={"type": "timer", "id": 1, "name": "pâtes"})
    assert more_time("Et ajoutez-lui nonante secondes.", paused, "fr") == \
        "ajoute 90 secondes au minuteur pâtes"
    assert more_time("vous pouvez la faire repartir", paused, "fr") == \
        "fais repartir le minuteur pâtes"
    resumed = DialogueState(turns=3, last_turn=2, last_intent="timer_resume",
                            focus={"type": "timer", "id": 1, "name": "pasta"})
    assert more_time("Aggiungi un quarto d'ora", resumed, "it") == \
        "aggiungi un quarto d'ora al timer pasta"
    assert more_time("anzi, venti minuti in più invece di quindici", resumed, "it") is None
    assert more_time("E dalle ancora due minuti.", resumed, "it") == \
        "aggiungi due minuti al timer pasta"
    assert more_time("Y quítale dos minutos", resumed, "es") == \
        "quita dos minutos al temporizador de pasta"
    assert more_time("E dalle ancora due minuti.", resumed, "en") is None
    assert more_time("Metti un timer di due minuti in più", resumed, "it") is None  # named
    other = DialogueState(turns=3, last_turn=2, last_intent="lists_query",
                          focus={"type": "list", "name": "shopping"})
    assert more_time("E dalle ancora due minuti.", other, "it") is None


def test_the_other_timer_meant_says_the_last_request_of_it() -> None:
    from hark.dialogue.timer_meant import redo, said

    changed = DialogueState(turns=2, last_turn=1, last_intent="timer_adjust",
                            last_text="Add four minutes to the laundry timer.",
                            focus={"type": "timer", "id": 2, "name": "laundry"})
    names = ["pasta", "laundry"]
    assert said("I meant the pasta", "en") and not said("add the pasta", "en")
    assert redo("Ah no, sorry, I meant the pasta, not the laundry.", changed, names, "en") == \
        "Add four minutes to the pasta timer."
    assert redo("I meant the laundry", changed, names, "en") is None  # the same one
    assert redo("I meant the rice", changed, names, "en") is None  # no such timer
    asked = DialogueState(turns=2, last_turn=1, last_intent="timer_query",
                          last_text="how long is left on the laundry timer",
                          focus={"type": "timer", "id": 2, "name": "laundry"})
    assert redo("I meant the pasta", asked, names, "en") is None  # nothing was changed


@pytest.mark.parametrize(("text", "names", "said"), [
    ("Und die Wäsche, läuft die noch?", ["Nudeln", "Wäsche"],
     "wie lange läuft der Wäsche-Timer noch?"),
    ("How long di laundry have lef'?", ["pasta", "laundry"],
     "how long is left on the laundry timer?"),
    ("is the laundry one still running?", ["pasta", "laundry"],
     "how long is left on the laundry timer?"),
    ("Il bucato mettilo a mezz'ora, la lavatrice è lenta.", ["pasta", "bucato"],
     "metti Il bucato-Timer a mezz'ora, la lavatrice è lenta."),
    ("E la pasta fermala un attimo.", ["pasta", "bucato"],
     "metti in pausa il timer pasta un attimo."),
    ("Sag mal, wie lang gehen die Nudeln und die Wäsche jetzt noch?", ["Nudeln", "Wäsche"],
     None),  # both asked: not one of them
])
def test_a_timer_asked_about_by_its_name(text: str, names: list[str], said: str | None) -> None:
    plain = with_timer_names(text, names)
    if said is None:
        assert "noch?" in plain and plain.count("-Timer") <= 1
    else:
        assert plain == said


def test_spanish_nine_is_not_new() -> None:
    from hark.nlu.stored_requests import find

    assert find("Al pasta-Timer ponle nueve minutos en total.", "es") == "timer_adjust"
    assert find("Crea un temporizador nuevo de nueve minutos", "es") is None


# ------------------------------------------------------------------ the store


def test_a_timer_is_renamed_and_a_finished_one_is_not(tmp_path: Path) -> None:
    from hark.config import Settings
    from hark.errors import Conflict
    from hark.store import Store
    from hark.store import timers as repo

    store = Store.open(Settings(data_dir=tmp_path))
    now = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    try:
        with store.session() as db:
            t = repo.create(db, duration_s=600, now=now)
            repo.rename(db, t.id, "flapjacks", now=now + timedelta(seconds=5))
        with store.session() as db:
            assert repo.get(db, t.id).name == "flapjacks"
            repo.cancel(db, t.id, now=now)
        with pytest.raises(Conflict), store.session() as db:
            repo.rename(db, t.id, "scones", now=now)
        with store.session() as db:
            assert repo.get(db, t.id).name == "flapjacks"
    finally:
        store.close()


# ------------------------------------------------------------------ whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["set a timer for 25 minutes", "Call that one shortbread."],
     {"new": [{"kind": "timer", "seconds": 1500, "name": "shortbread"}]}),
    ("de", ["Mach mir einen Timer auf zehn Minuten", "Nenn ihn Spätzle."],
     {"new": [{"kind": "timer", "seconds": 600, "name": "Spätzle"}]}),
    ("es", ["Poneme un timer de ocho minutos.", "Ponele de nombre empanadas."],
     {"new": [{"kind": "timer", "seconds": 480, "name": "empanadas"}]}),
    ("it", ["Imposta un timer di venti minuti.", "Chiamalo arrosto."],
     {"new": [{"kind": "timer", "seconds": 1200, "name": "arrosto"}]}),
    ("en", ["add three minutes to both timers"],
     {"changed": {"T1": {"remaining_s": 660}, "T2": {"remaining_s": 1080}}}),
    ("fr", ["Enlève une minute à chacun des deux minuteurs."],
     {"changed": {"T1": {"remaining_s": 420}, "T2": {"remaining_s": 840}}}),
    ("en", ["take ten minutes off the laundry", "which one's going off first now?"],
     {"changed": {"T2": {"remaining_s": 300}}, "mention": ["laundry", {"minutes": 5}]}),
    ("es", ["Sumale diez minutos a la pasta.", "¿Cuál suena primero ahora?"],
     {"changed": {"T1": {"remaining_s": 1080}}, "mention": ["colada"]}),
    ("en", ["Timers please: gnocchi three minutes, salmon twelve."],
     {"new": [{"kind": "timer", "seconds": 180, "name": "gnocchi"},
              {"kind": "timer", "seconds": 720, "name": "salmon"}]}),
    ("it", ["Mettimi un timer di dodici minuti per il riso e un altro di otto per le "
            "verdure."],
     {"new": [{"kind": "timer", "seconds": 720, "name": "riso"},
              {"kind": "timer", "seconds": 480, "name": "verdure"}]}),
    ("en", ["set a timer for the lasagne, forty minutes", "and another one for the garlic "
            "bread, eight"],
     {"new": [{"kind": "timer", "seconds": 2400, "name": "lasagne"},
              {"kind": "timer", "seconds": 480, "name": "garlic bread"}]}),
    ("en", ["Pasta, plus two minutes. Laundry, hold it."],
     {"changed": {"T1": {"remaining_s": 600}, "T2": {"paused": True}}}),
    ("en", ["pause the pasta", "ok add a minute onto it", "now unpause it"],
     {"changed": {"T1": {"remaining_s": 540}}}),
    ("en", ["Make the laundry timer twenty minutes instead, I added the towels."],
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("en", ["Add three minutes to the laundry.", "No, I meant the pasta, not the laundry."],
     {"changed": {"T1": {"remaining_s": 660}}}),
    ("it", ["Togli due minuti al bucato.", "No, intendevo la pasta."],
     {"changed": {"T1": {"remaining_s": 360}}}),
    ("fr", ["Mettez la lessive sur pause.", "C'est bon, vous pouvez la faire repartir.",
            "Et ajoutez-lui deux minutes."], {"changed": {"T2": {"remaining_s": 1020}}}),
    ("de", ["Wie lang braucht d'Wäsch no?", "Dann zieh fünf Minuten ab."],
     {"changed": {"T2": {"remaining_s": 600}}}),
    ("es", ["La pasta ya está, sacá ese timer."], {"gone": ["T1"]}),
    ("de", ["Mach mir einen Timer für die Kartoffeln auf zwölf Minuten.",
            "Und noch einen für die Soße, fünf Minuten."],
     {"new": [{"kind": "timer", "seconds": 720, "name": "Kartoffeln"},
              {"kind": "timer", "seconds": 300, "name": "Soße"}]}),
    ("es", ["Al de la colada ponle veinte minutos en total."],
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("it", ["E la pasta fermala un attimo."], {"changed": {"T1": {"paused": True}}}),
    ("en", ["cancel both timers", "wait actually keep the pasta one"], {"gone": ["T2"]}),

    ("en", ["cancel both timers", "undo that"], {}),
    # "that one" after an answer about a timer is that timer, not the one set last
    ("en", ["Timers please: gnocchi three minutes, salmon twelve.", "which one goes off first?",
            "call that one sea bass"],
     {"new": [{"kind": "timer", "seconds": 180, "name": "sea bass"},
              {"kind": "timer", "seconds": 720, "name": "salmon"}]}),
    ("fr", ["il reste combien sur les pâtes", "appelle-le spaghetti"],
     {"changed": {"T1": {"name": "spaghetti"}}}),
    # "all right" is no "all": it asks which timer
    ("en", ["all right, add two more minutes to the timer", "the pasta one"],
     {"changed": {"T1": {"remaining_s": 600}}}),
    ("en", ["add 5 mins to both"],
     {"changed": {"T1": {"remaining_s": 780}, "T2": {"remaining_s": 1200}}}),
    ("en", ["timer for my noodles 3 mins", "oh and one for the toast like ninety seconds"],
     {"new": [{"kind": "timer", "seconds": 180, "name": "noodles"},
              {"kind": "timer", "seconds": 90, "name": "toast"}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "timers", item_words=False)


@pytest.mark.parametrize("answer", ["camping", "call it camping"])
def test_the_name_asked_for_a_new_list_names_it_not_a_timer(tmp_path: Path, answer: str) -> None:
    """"make a new list" — "What should I call the list?" — "call it camping": the list is
    made (it had asked again, and "call it …" is a timer's new name only right after a turn
    about a timer)."""
    from dialogue_bench import NOW

    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store
    from hark.store import lists as list_rows
    from hark.store import timers as timer_rows

    async def talk() -> list[str]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
        store = Store.open(settings)
        try:
            with store.session() as db:
                timer_rows.create(db, duration_s=300, name="rice", now=NOW)
            assistant, session, said = Assistant(settings, store=store), None, []
            for turn in ("make a new list", answer):
                result = await assistant.handle_text(turn, session_id=session, now=NOW)
                session = result.session_id
                said.append(result.response_text)
            with store.session() as db:
                said.append(",".join(sorted(x.name for x in list_rows.all_lists(db))))
                said.append(",".join(t.name for t in timer_rows.active(db)))
            return said
        finally:
            store.close()

    said = asyncio.run(talk())
    assert "call the list" in said[0]
    assert "camping" in said[2].split(",") and said[3] == "rice"


@pytest.mark.parametrize("said", ["Mach mir einen", "stell mir einen", "Moin", "mir einen"])
def test_the_request_words_are_no_timers_name(said: str) -> None:
    from hark.skills.timers import _clean_name

    assert _clean_name(said) == ""
