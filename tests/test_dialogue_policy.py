"""Policy, context and state as pure logic on hand-built understandings."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.dialogue import lexicon
from hark.dialogue.context import resolve
from hark.dialogue.policy import decide
from hark.dialogue.state import HISTORY_TURNS, DialogueState, Pending
from hark.dialogue.tracker import record
from hark.types import Outcome, Slot
from tests.test_dialogue_support import MessagesSkill, RemindersSkill, make_registry, u

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
S = Settings()


@pytest.fixture
def reg():
    return make_registry(MessagesSkill(), RemindersSkill())


def after(intent: str, text: str, *slots: Slot) -> DialogueState:
    st = DialogueState()
    st.last_intent, st.last_text, st.last_confidence = intent, text, 0.95
    st.last_slots = [{"name": s.name, "raw": s.raw, "value": s.value} for s in slots]
    for s in slots:
        st.remember(s.name, s.raw, s.value, intent)
    return st


def test_state_json_round_trip() -> None:
    st = after("weather_query", "weather in paris", Slot("place_name", "Paris"))
    st.pending = Pending.of("slot", u("set a reminder", "calendar_set"), missing="time",
                            prompt="What time?")
    st.last_item = {"type": "event", "id": 3, "remove_intent": "calendar_remove", "slots": []}
    for i in range(15):
        st.add_history({"text": str(i)})
    import json

    back = DialogueState.from_dict(json.loads(json.dumps(st.to_dict())))
    assert back == st
    assert len(back.history) == HISTORY_TURNS and back.history[-1]["text"] == "14"
    assert DialogueState.from_dict(None) == DialogueState()


def test_execute_when_slots_filled(reg) -> None:
    d = decide(u("what time is it", "datetime_query"), DialogueState(), reg, S, now=NOW)
    assert d.kind == "execute" and d.understanding.intent == "datetime_query"


def test_missing_required_slot_asks_then_fills_from_any_intent(reg) -> None:
    d = decide(u("remind me about the dentist", "calendar_set", 0.9,
                 Slot("event_name", "the dentist")), DialogueState(), reg, S, now=NOW)
    assert d.kind == "ask_slot" and d.speech == "What time?"
    st = DialogueState(pending=d.pending)
    # the answer is classified as something else: it still fills the slot, normalised
    d2 = decide(u("at 5 pm", "datetime_query", 0.6), st, reg, S, now=NOW)
    assert d2.kind == "execute"
    t = d2.understanding.slot("time")
    assert t.raw == "at 5 pm" and t.value["kind"] == "time" and t.value["time"] == "17:00"
    assert d2.understanding.slot("event_name").raw == "the dentist"


def test_clear_topic_change_drops_pending_slot(reg) -> None:
    st = DialogueState(pending=Pending.of("slot", u("add an event", "calendar_set"),
                                          missing="time", prompt="What time?"))
    d = decide(u("what's the weather in paris", "weather_query", 0.97,
                 Slot("place_name", "paris")), st, reg, S, now=NOW)
    assert d.kind == "execute" and d.understanding.intent == "weather_query"
    assert d.pending is None


def test_short_answer_is_not_a_topic_change(reg) -> None:
    st = DialogueState(pending=Pending.of("slot", u("email", "email_sendemail"),
                                          missing="person", prompt="Who?"))
    d = decide(u("Anna", "qa_factoid", 0.95, Slot("person", "Anna")), st, reg, S, now=NOW)
    assert d.kind == "confirm" and d.understanding.slot("person").raw == "Anna"


def test_sensitive_confirm_yes_no_other(reg) -> None:
    d = decide(u("email anna", "email_sendemail", 0.95, Slot("person", "anna")),
               DialogueState(), reg, S, now=NOW)
    assert d.kind == "confirm" and "Shall I go ahead?" in d.speech
    st = DialogueState(pending=d.pending)
    yes = decide(u("yes please", "general_affirm", 0.9), st, reg, S, now=NOW)
    assert yes.kind == "execute" and yes.understanding.slot("person").raw == "anna"
    no = decide(u("no", "general_negate", 0.9), st, reg, S, now=NOW)
    assert no.kind == "stop" and no.speech == "Okay, I won't." and no.pending is None
    other = decide(u("what time is it", "datetime_query", 0.95), st, reg, S, now=NOW)
    assert other.kind == "execute" and other.understanding.intent == "datetime_query"


@pytest.mark.parametrize("text", ["stop", "Cancel.", "never mind", "forget it"])
def test_stop_clears_pending(reg, text: str) -> None:
    st = DialogueState(pending=Pending.of("slot", u("add", "calendar_set"), missing="time"))
    d = decide(u(text, "general_commandstop", 0.5), st, reg, S, now=NOW)
    assert d.kind == "stop" and d.pending is None


def test_repeat_keeps_pending(reg) -> None:
    p = Pending.of("slot", u("add", "calendar_set"), missing="time", prompt="What time?")
    st = DialogueState(pending=p, last_response="What time?")
    d = decide(u("say that again", "general_repeat", 0.9), st, reg, S, now=NOW)
    assert d.kind == "repeat" and d.speech == "What time?" and d.pending == p
    assert decide(u("repeat that", "general_repeat", 0.9), DialogueState(), reg, S,
                  now=NOW).speech == "I haven't said anything yet."


def test_low_confidence_fallback_with_hint(reg) -> None:
    d = decide(u("blorp the zonk", "iot_coffee", 0.31), DialogueState(), reg, S, now=NOW)
    assert d.kind == "fallback" and "I can" in d.speech
    high = Settings(confidence_threshold=0.2)
    assert decide(u("what time is it", "datetime_query", 0.31), DialogueState(), reg, high,
                  now=NOW).kind == "execute"


def test_out_of_scope_and_no_skill_cannot(reg) -> None:
    d = decide(u("book me a flight", "out_of_scope", 0.9, in_scope=False), DialogueState(),
               reg, S, now=NOW)
    assert d.kind == "cannot" and "can't do that yet" in d.speech and "weather" in d.speech
    d = decide(u("play some jazz", "play_music", 0.95), DialogueState(), reg, S, now=NOW)
    assert d.kind == "cannot"


def test_close_intents_offer_a_choice_then_pick(reg) -> None:
    amb = u("paris", "weather_query", 0.45, Slot("place_name", "paris"),
            alts=[("weather_query", 0.45), ("datetime_query", 0.38), ("qa_factoid", 0.1)])
    d = decide(amb, DialogueState(), reg, S, now=NOW)
    assert d.kind == "choose"
    assert d.speech.startswith("Did you mean: weather forecast for a place and day, or tell "
                               "the current time or date")
    st = DialogueState(pending=d.pending)
    second = decide(u("the second one", "general_quirky", 0.4), st, reg, S, now=NOW)
    assert second.kind == "execute" and second.understanding.intent == "datetime_query"
    assert second.understanding.slot("place_name").raw == "paris"
    named = decide(u("the weather", "weather_query", 0.8), st, reg, S, now=NOW)
    assert named.kind == "execute" and named.understanding.intent == "weather_query"


def test_close_entities_offer_a_choice(reg) -> None:
    cands = {"candidates": [{"label": "Anna Smith", "value": "a1"},
                            {"label": "Anna Jones", "value": "a2"}]}
    d = decide(u("email anna", "email_sendemail", 0.95, Slot("person", "anna", cands)),
               DialogueState(), reg, S, now=NOW)
    assert d.kind == "choose" and d.speech == "Which one: Anna Smith or Anna Jones?"
    d2 = decide(u("Anna Jones", "qa_factoid", 0.5), DialogueState(pending=d.pending), reg, S,
                now=NOW)
    assert d2.kind == "confirm" and d2.understanding.slot("person").value == "a2"


@pytest.mark.parametrize("text,kind", [("hello", "smalltalk"), ("thanks!", "smalltalk"),
                                       ("bye", "smalltalk")])
def test_smalltalk(reg, text: str, kind: str) -> None:
    d = decide(u(text, "general_quirky", 0.5), DialogueState(), reg, S, now=NOW)
    assert d.kind == kind
    assert d.end_session == (text == "bye")


def test_what_can_you_do_goes_to_explain(reg) -> None:
    d = decide(u("what can you do?", "qa_factoid", 0.4), DialogueState(), reg, S, now=NOW)
    assert d.kind == "execute" and d.understanding.intent == "general_explain"


# --------------------------------------------------------------------- context


def test_and_tomorrow_keeps_place() -> None:
    st = after("weather_query", "what's the weather in paris", Slot("place_name", "paris"))
    r = resolve(u("and tomorrow?", "calendar_query", 0.5,
                  Slot("date", "tomorrow", {"kind": "date", "date": "2026-11-28"})),
                st, now=NOW)
    assert r.followup and r.understanding.intent == "weather_query"
    assert r.understanding.slot("place_name").raw == "paris"
    assert r.understanding.slot("date").value["date"] == "2026-11-28"


def test_followup_without_nlu_slots_is_normalised() -> None:
    st = after("weather_query", "weather in paris", Slot("place_name", "paris"))
    r = resolve(u("how about friday", "general_quirky", 0.3), st, now=NOW)
    assert r.understanding.intent == "weather_query"
    assert r.understanding.slot("date").value["kind"] == "date"
    r = resolve(u("what about in London?", "recommendation_locations", 0.55), st, now=NOW)
    assert r.understanding.intent == "weather_query"
    assert r.understanding.slot("place_name").raw == "london"


def test_and_in_london_replaces_time_zone() -> None:
    st = after("datetime_query", "what time is it in tokyo", Slot("time_zone", "tokyo"))
    r = resolve(u("and in London?", "weather_query", 0.8, Slot("place_name", "London")),
                st, now=NOW)
    assert r.understanding.intent == "datetime_query"
    assert [(s.name, s.raw) for s in r.understanding.slots] == [("place_name", "London")]


def test_full_new_request_is_not_a_followup() -> None:
    st = after("weather_query", "weather in paris", Slot("place_name", "paris"))
    r = resolve(u("and turn off the kitchen lights", "iot_hue_lightoff", 0.95,
                  Slot("house_place", "kitchen")), st, now=NOW)
    assert not r.followup and r.understanding.intent == "iot_hue_lightoff"


def test_references() -> None:
    st = after("weather_query", "weather in paris", Slot("place_name", "Paris"))
    st.remember("person", "Anna", None, "email_sendemail")
    st.remember("song_name", "Yesterday", None, "play_music")
    st.remember("artist_name", "The Beatles", None, "play_music")
    r = resolve(u("what time is it there", "datetime_query", 0.9), st, now=NOW)
    assert r.understanding.slot("place_name").raw == "Paris" and r.references
    r = resolve(u("call her", "email_querycontact", 0.9, Slot("person", "her")), st, now=NOW)
    assert r.understanding.slot("person").raw == "Anna"
    r = resolve(u("play that song again", "play_music", 0.9), st, now=NOW)
    assert r.understanding.slot("song_name").raw == "Yesterday"
    assert r.understanding.slot("artist_name").raw == "The Beatles"


def test_cancel_it_targets_last_created_item(reg) -> None:
    st = DialogueState()
    d = decide(u("add lunch at noon", "calendar_set", 0.95, Slot("time", "noon")), st, reg, S,
               now=NOW)
    record(st, text="add lunch at noon", decision=d, speech="Added.",
           outcome=Outcome("Added.", action="calendar.set", data={"item": {"id": 7}}),
           intents=reg.intents())
    assert st.last_item["remove_intent"] == "calendar_remove"
    r = resolve(u("cancel it", "general_commandstop", 0.8), st, now=NOW)
    assert r.understanding.intent == "calendar_remove"
    assert r.understanding.slot("item_ref").value["id"] == 7
    d = decide(r.understanding, st, reg, S, now=NOW)
    assert d.kind == "execute"


def test_lexicon() -> None:
    assert lexicon.ordinal_choice("the first one") == 0
    assert lexicon.ordinal_choice("number two") == 1
    assert lexicon.ordinal_choice("the last one") == -1
    assert lexicon.YES.match(lexicon.clean("Yes, please!"))
    assert not lexicon.YES.match(lexicon.clean("yes but tomorrow"))


def test_tracker_reads_skill_conventions(reg) -> None:
    st = DialogueState()
    ask = u("set a timer", "timer_set", 0.95)
    from hark.dialogue.policy import Decision

    d = Decision("execute", ask)
    record(st, text="set a timer", decision=d, speech="For how long?",
           outcome=Outcome("For how long?", expect_followup=True, data={"missing": "duration"}))
    assert st.pending.kind == "slot" and st.pending.missing == "duration"
    st.pending = None
    record(st, text="set a pasta timer", decision=d, speech="Done.",
           outcome=Outcome("Done.", action="timer.set", data={"timer": {"id": 4, "name": "pasta"}}),
           intents=["timer_set", "timer_remove"])
    assert st.last_item["type"] == "timer" and st.last_item["id"] == 4
    assert st.last_item["remove_intent"] == "timer_remove"


def test_choice_and_answers_in_german(reg) -> None:
    from dataclasses import replace

    amb = replace(u("Berlin", "weather_query", 0.45, Slot("place_name", "Berlin"),
                    alts=[("weather_query", 0.45), ("datetime_query", 0.38)]), language="de")
    d = decide(amb, DialogueState(), reg, S, now=NOW)
    assert (d.kind, d.speech) == ("choose", "Meintest du: das Wetter oder die Uhrzeit?")
    st = DialogueState(pending=d.pending)
    second = decide(replace(u("die zweite", "general_quirky", 0.4), language="de"), st, reg, S,
                    now=NOW)
    assert second.kind == "execute" and second.understanding.intent == "datetime_query"
    named = decide(replace(u("Wetter", "general_quirky", 0.3), language="de"), st, reg, S,
                   now=NOW)
    assert named.kind == "execute" and named.understanding.intent == "weather_query"
    stop = decide(replace(u("vergiss es", "general_quirky", 0.3), language="de"), st, reg, S,
                  now=NOW)
    assert (stop.kind, stop.speech) == ("stop", "Okay, vergessen wir das.")


@pytest.mark.parametrize(("text", "index"), [
    ("die erste", 0), ("le deuxième", 1), ("la última", -1), ("il secondo", 1),
    ("the first one", 0), ("number two", 1),
])
def test_ordinals_in_five_languages(text: str, index: int) -> None:
    assert lexicon.ordinal_choice(text) == index


@pytest.mark.parametrize(("language", "text", "intent", "speech"), [
    ("de", "bestell mir eine Pizza", "takeaway_order",
     "Das kann ich leider noch nicht. Ich kann zum Beispiel dir die Uhrzeit und das Datum "
     "für jeden Ort sagen, das Wetter nachsehen, Licht, Steckdosen, Saugroboter und "
     "Kaffeemaschine steuern oder rechnen und Einheiten umrechnen."),
    ("fr", "réserve-moi un taxi", "transport_taxi",
     "Désolé, je ne sais pas encore faire ça. Je peux par exemple "),
    ("en", "order me a pizza", "takeaway_order", "Sorry, I can't order takeaway yet. For "),
])
def test_cannot_in_the_language_asked(reg, language: str, text: str, intent: str,
                                      speech: str) -> None:
    from dataclasses import replace

    d = decide(replace(u(text, intent, 0.9), language=language), DialogueState(), reg, S,
               now=NOW)
    assert d.kind == "cannot" and d.speech.startswith(speech)


def test_acknowledgement_and_stop_in_the_language_asked(reg) -> None:
    from dataclasses import replace

    d = decide(replace(u("vale", "general_affirm", 0.9), language="es"), DialogueState(), reg,
               S, now=NOW)
    assert (d.kind, d.speech) == ("smalltalk", "Vale.")
    d = decide(replace(u("stop", "general_commandstop", 0.9), language="it"), DialogueState(),
               reg, S, now=NOW)
    assert (d.kind, d.speech) == ("stop", "Va bene.")


def test_what_can_you_do_in_other_languages(reg) -> None:
    from dataclasses import replace

    d = decide(replace(u("was kannst du", "general_quirky", 0.3), language="de"),
               DialogueState(), reg, S, now=NOW)
    assert d.kind == "execute" and d.understanding.intent == "general_explain"
