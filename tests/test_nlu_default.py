"""The shipped default model on everyday commands, out-of-scope requests and bad input."""

from __future__ import annotations

import threading

import pytest

from hark.errors import InvalidInput, TextTooLong
from hark.nlu.engine import NLU, to_hwu64


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU.load("default")


# (text, intent, slot types that must be present)
COMMANDS = [
    ("wake me up at seven tomorrow", "alarm_set", {"time", "date"}),
    ("set an alarm for 6 am", "alarm_set", {"time"}),
    ("cancel my alarm for tomorrow morning", "alarm_remove", set()),
    ("turn off the kitchen lights", "iot_hue_lightoff", {"house_place"}),
    ("dim the lights in the bedroom", "iot_hue_lightdim", {"house_place"}),
    ("what's the weather in paris", "weather_query", {"place_name"}),
    ("will it rain tomorrow", "weather_query", {"date"}),
    ("play bohemian rhapsody by queen", "play_music", set()),
    ("what is the capital of peru", "qa_factoid", set()),
    ("turn the volume up", "audio_volume_up", set()),
    ("mute the speakers", "audio_volume_mute", set()),
    ("what time is it in tokyo", "datetime_query", {"place_name"}),
    ("tell me a joke", "general_joke", set()),
    ("what's on my calendar tomorrow", "calendar_query", {"date"}),
    ("add milk to my shopping list", "lists_createoradd", set()),
    ("what's the latest news", "news_query", set()),
    ("order a pizza from dominos", "takeaway_order", set()),
    ("call me a taxi to the airport", "transport_taxi", set()),
    ("how many euros is one hundred dollars", "qa_currency", set()),
    ("define serendipity", "qa_definition", set()),
    ("what is five plus seven", "qa_maths", set()),
    ("make me a cup of coffee", "iot_coffee", set()),
    ("start the robot vacuum cleaner", "iot_cleaning", set()),
    ("play bbc radio one", "play_radio", set()),
    ("send an email to john", "email_sendemail", {"person"}),
    ("do i have any new emails", "email_query", set()),
    ("how is the traffic on the way to work", "transport_traffic", set()),
    ("what's the stock price of apple", "qa_stock", set()),
    ("book a train ticket to boston", "transport_ticket", set()),
    ("recommend a good italian restaurant nearby", "recommendation_locations", set()),
]

OUT_OF_SCOPE = [
    "what's my credit score",
    "how do i change a tire",
    pytest.param("transfer fifty dollars from checking to savings",  # qa_currency at 0.46,
                 marks=pytest.mark.xfail(reason="known gap: read as qa_currency",  # OOS 0.37
                                         strict=False)),
    "how do i fix a leaking toilet",
    "refill my blood pressure prescription",
    "what is my bank balance",
    "how do i cancel my car insurance",
    "where is my parcel",  # out_of_scope 0.62 since the English-only n-grams (was a gap)
]


@pytest.mark.parametrize("text, intent, slot_types", COMMANDS)
def test_everyday_commands(nlu: NLU, text: str, intent: str, slot_types: set[str]) -> None:
    u = nlu.parse(text, lang="en")
    assert to_hwu64(u.intent) == intent, (text, u.intent, u.alternatives)
    assert u.in_scope
    assert slot_types <= {s.name for s in u.slots}, u.slots
    for s in u.slots:
        assert s.start is not None and s.end is not None
        assert text[s.start : s.end] == s.raw


def test_named_slot_values(nlu: NLU) -> None:
    u = nlu.parse("turn off the kitchen lights", lang="en")
    assert u.slot("house_place").raw == "kitchen"
    u = nlu.parse("what's the weather in paris", lang="en")
    assert u.slot("place_name").raw == "paris"


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_out_of_scope(nlu: NLU, text: str) -> None:
    u = nlu.parse(text, lang="en", use_rules=False)
    assert not u.in_scope, (u.intent, u.confidence)


def test_confidences_and_alternatives(nlu: NLU) -> None:
    for text in ("play some jazz", "hmm", "what's my credit score", "lights off"):
        u = nlu.parse(text, lang="en", use_rules=False)
        assert 0.0 <= u.confidence <= 1.0
        confs = [a.confidence for a in u.alternatives]
        assert len(confs) == 3 and confs == sorted(confs, reverse=True)
        assert u.alternatives[0].intent == u.intent and u.source == "model"


def test_bad_input(nlu: NLU) -> None:
    with pytest.raises(InvalidInput):
        nlu.parse("   ")
    with pytest.raises(TextTooLong):
        nlu.parse("play music " * 1000)


def test_parallel_parse_is_consistent(nlu: NLU) -> None:
    texts = [c[0] for c in COMMANDS[:8]] * 3
    expected = {t: nlu.parse(t, lang="en").intent for t in texts}
    seen: dict[str, str] = {}
    lock = threading.Lock()

    def work(t: str) -> None:
        u = nlu.parse(t, lang="en")
        with lock:
            seen[t] = u.intent

    threads = [threading.Thread(target=work, args=(t,)) for t in texts]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert seen == expected


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("what time is it in Tokyo", "datetime_query", {"place_name": "Tokyo"}),
    ("what's the weather like in paris tomorrow", "weather_query",
     {"place_name": "paris", "date": "tomorrow"}),
    ("turn off the kitchen lights", "iot_hue_lightoff", {"house_place": "kitchen"}),
])
def test_english_model_path_tags_every_slot_type(nlu: NLU, text: str, intent: str,
                                                  slots: dict[str, str]) -> None:
    """The model alone (rules off) fills English slots of every intent, not only the
    name-carrying intents the other languages take CRF names for."""
    u = nlu.parse(text, lang="en", use_rules=False)
    assert u.intent == intent and u.source == "model"
    assert {s.name: s.raw for s in u.slots} == slots


@pytest.mark.parametrize("text", ["set a timer for 5 minutes in the kitchen",
                                  "start a ten minute timer in the living room please"])
def test_timer_length_is_a_duration_on_the_model_path(nlu: NLU, text: str) -> None:
    """The CRF learnt HWU64's ``time`` for a timer's length; the timer's required slot is
    ``duration`` (as the rules give it), or the dialogue asks "For how long?"."""
    u = nlu.parse(text, lang="en")
    assert u.intent == "timer_set"
    lengths = [s for s in u.slots if s.name == "duration"]
    assert len(lengths) == 1 and lengths[0].value["kind"] == "duration"
    assert not [s for s in u.slots if s.name == "time"]
