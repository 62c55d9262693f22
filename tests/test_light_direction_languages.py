"""Which way a light is to change in German, French, Spanish and Italian, read from its
words when the model's sentence vector tells a light command but not its direction
(hark.nlu.home_words.light_change), through the shipped model."""

from __future__ import annotations

import pytest

from hark.nlu.home_words import light_change


@pytest.mark.parametrize(("text", "lang", "intent"), [
    ("Kannst du das Licht im Flur etwas hochdrehen?", "de", "iot_hue_lightup"),
    ("Bitte die Beleuchtung runterdimmen", "de", "iot_hue_lightdim"),
    ("Es ist zu dunkel hier", "de", "iot_hue_lightup"),
    ("Es ist zu dunkel, schalt die Lampe ein", "de", "iot_hue_lighton"),
    ("Tu peux mettre la lumière plus forte ?", "fr", "iot_hue_lightup"),
    ("Baisse un peu l'éclairage du salon", "fr", "iot_hue_lightdim"),
    ("Apágame las luces del pasillo", "es", "iot_hue_lightoff"),
    ("Pon la lámpara más suave", "es", "iot_hue_lightdim"),
    ("Spenga la luce in cucina, per cortesia", "it", "iot_hue_lightoff"),
    ("Accenda la lampada del salotto", "it", "iot_hue_lighton"),
    ("Alza un po' la luce in camera", "it", "iot_hue_lightup"),
    ("Je veux que la lumière du salon soit éteinte", "fr", "iot_hue_lightoff"),
    ("Das Licht blendet, dreh's ein bisschen runter", "de", "iot_hue_lightdim"),
    ("Dreh die Helligkeit im Bad mal ganz hoch", "de", "iot_hue_lightup"),
    ("Wie hell ist es draußen?", "de", None),
    ("più forte e meno luce", "it", None),  # both ways: the model decides
])
def test_the_words_say_which_way(text: str, lang: str, intent: str | None) -> None:
    assert light_change(text, lang) == intent


@pytest.fixture(scope="module")
def nlu():
    from hark.nlu.engine import NLU

    return NLU.load()


@pytest.mark.parametrize(("text", "intent"), [
    ("Mach mir bitte das Licht im Bad ein bisschen heller", "iot_hue_lightup"),
    ("Descends un peu la lumière de la chambre", "iot_hue_lightdim"),
    ("Apágame la luz del baño, porfa", "iot_hue_lightoff"),
    ("Metti la luce più bassa in soggiorno", "iot_hue_lightdim"),
])
def test_a_light_command_takes_the_direction_its_words_say(nlu, text: str, intent: str) -> None:
    u = nlu.parse(text)
    assert u.intent == intent, u.alternatives
    assert u.alternatives[0].intent == intent and u.alternatives[0].confidence == u.confidence


def test_other_questions_keep_the_model_intent(nlu) -> None:
    assert nlu.parse("Wie wird das Wetter morgen in Berlin?").intent == "weather_query"


def test_the_direction_said_takes_the_light_share_of_the_confidence(nlu) -> None:
    """"ein bisschen heller": the model split a light command between brighter (0.54) and
    a colour or level set (0.39) and the dialogue asked back which; the words say brighter,
    so it takes the light intents' share, and the runners-up are other intents."""
    u = nlu.parse("Mach das Licht im Flur ein bisschen heller")
    assert u.intent == "iot_hue_lightup" and u.confidence >= 0.9
    assert not {a.intent for a in u.alternatives[1:]} & {
        "iot_hue_lighton", "iot_hue_lightoff", "iot_hue_lightdim", "iot_hue_lightchange"}
