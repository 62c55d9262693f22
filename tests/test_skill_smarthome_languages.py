"""The smart-home skill in German, French, Spanish and Italian: plugs, the robot vacuum,
the coffee machine, colours and questions about what is on, on the virtual devices and
against a stand-in Home Assistant; and the NLU reading those questions as iot_query."""

from __future__ import annotations

from typing import Any

import pytest

from hark.nlu import status_questions
from hark.nlu.engine import NLU
from hark.skills.device_words import color_said, drink_said
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.skills.smarthome import SmartHomeSkill
from hark.types import Slot, Understanding
from tests.standins import free_port
from tests.test_skill_smarthome import DictStore, ctx, ha, ha_ctx, ha_server  # noqa: F401


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.93, slots=list(slots))


@pytest.fixture
def skill() -> SmartHomeSkill:
    return SmartHomeSkill(VirtualDevices(DictStore()))


async def say(skill: SmartHomeSkill, language: str, intent: str, text: str,
              *slots: Slot) -> str:
    return (await skill.handle(u(intent, text, *slots), ctx(language=language))).speech


async def test_german_plugs_vacuum_coffee_and_questions(skill: SmartHomeSkill) -> None:
    de = "de"
    assert await say(skill, de, "iot_wemo_on", "Schalte den Ventilator ein") == \
        "Okay, der Ventilator ist jetzt an."
    assert await say(skill, de, "iot_wemo_on", "Schalte die Steckdose ein") == \
        "Okay, die smarte Steckdose ist jetzt an."
    assert await say(skill, de, "iot_wemo_off", "Schalte den Wasserkocher aus") == \
        "Okay, der Wasserkocher ist jetzt aus."
    assert await say(skill, de, "iot_wemo_on", "Schalte den Toaster ein",
                     Slot("device_type", "Toaster", "toaster")) == "Dieses Gerät finde ich nicht."
    assert await say(skill, de, "iot_query", "Ist der Ventilator an?") == \
        "Ja, der Ventilator ist an."
    assert await say(skill, de, "iot_cleaning", "Starte den Staubsauger im Wohnzimmer",
                     Slot("house_place", "Wohnzimmer", "living_room")) == \
        "Okay, der Saugroboter saugt jetzt (Wohnzimmer)."
    assert await say(skill, de, "iot_query", "Läuft der Staubsauger noch?") == \
        "Der Saugroboter saugt gerade."
    assert await say(skill, de, "iot_cleaning", "Halte den Staubsauger an") == \
        "Okay, der Saugroboter hat angehalten."
    assert await say(skill, de, "iot_cleaning", "Schick den Staubsauger zur Ladestation") == \
        "Okay, der Saugroboter fährt zurück zur Ladestation."
    assert await say(skill, de, "iot_coffee", "Mach mir einen Cappuccino") == \
        "Okay, ich mache einen Cappuccino."
    assert await say(skill, de, "iot_coffee", "Schalte die Kaffeemaschine ein") == \
        "Okay, ich mache einen Kaffee."
    assert (await say(skill, de, "iot_coffee", "Mach mir einen Tee")).startswith(
        "Das kann ich leider nicht machen. Ich kann einen Espresso,")
    assert await say(skill, de, "iot_hue_lighton", "Mach das Licht in der Küche rot",
                     Slot("house_place", "Küche", "kitchen")) == \
        "Das Licht (Küche) ist jetzt rot."
    assert await say(skill, de, "iot_hue_lightoff", "Ist das Licht in der Küche aus?",
                     Slot("house_place", "Küche", "kitchen")) == \
        "Nein, das Licht (Küche) ist an, auf 100 Prozent."
    assert await say(skill, de, "iot_query", "Welche Geräte sind an?") == \
        "An sind: Licht (Küche), smarte Steckdose, Ventilator und Kaffeemaschine."


@pytest.mark.parametrize(("language", "intent", "text", "said"), [
    ("fr", "iot_wemo_on", "allume le ventilateur", "D'accord, j'ai allumé le ventilateur."),
    ("fr", "iot_coffee", "fais-moi un café crème", "D'accord, je prépare un café latte."),
    ("fr", "iot_hue_lightchange", "mets la lumière du salon en bleu",
     "La lumière (salon) est maintenant en bleu."),
    ("fr", "iot_query", "est-ce que la lumière du salon est allumée ?",
     "Non, la lumière (salon) est éteinte."),
    ("es", "iot_cleaning", "la aspiradora vuelve a la base",
     "Vale, el robot aspirador vuelve a su base."),
    ("es", "iot_coffee", "hazme un café con leche", "Vale, preparo un café con leche."),
    ("es", "iot_query", "¿Qué está encendido?", "Todo está apagado."),
    ("it", "iot_wemo_off", "spegni il bollitore", "Ok, ho spento il bollitore."),
    ("it", "iot_cleaning", "avvia l'aspirapolvere ogni giorno",
     "Non posso ancora programmare le pulizie. Di' «avvia l'aspirapolvere» quando vuoi che "
     "pulisca."),
    ("it", "iot_hue_lightchange", "metti la luce della cucina rossa",
     "La luce (cucina) ora è rossa."),
])
async def test_answers_in_the_language(skill: SmartHomeSkill, language: str, intent: str,
                                       text: str, said: str) -> None:
    slots = [Slot("general_frequency", "ogni giorno", None)] if "ogni giorno" in text else []
    room = {"salon": ("salon", "living_room"), "cucina": ("cucina", "kitchen")}
    slots += [Slot("house_place", r, a) for w, (r, a) in room.items() if w in text]
    assert await say(skill, language, intent, text, *slots) == said


async def test_home_assistant_in_german(ha: Any) -> None:  # noqa: F811 - the fixture
    url, state = ha
    skill = SmartHomeSkill()
    out = await skill.handle(u("iot_wemo_on", "Schalte den Ventilator ein"),
                             ha_ctx(url, language="de"))
    assert state.calls[-1] == ("switch", "turn_on", {"entity_id": "switch.desk_fan"})
    assert out.speech == "Okay, Office Desk Fan ist jetzt an."
    out = await skill.handle(u("iot_hue_lighton", "Mach das Licht an"),
                             ha_ctx(url, token="wrong", language="de"))
    assert out.speech.startswith("Home Assistant hat das Token abgelehnt.")
    out = await skill.handle(u("iot_hue_lighton", "Mach das Licht an"),
                             ha_ctx(f"http://127.0.0.1:{free_port()}", language="de"))
    assert out.speech == "Ich erreiche Home Assistant gerade nicht."


@pytest.mark.parametrize(("language", "text", "color"), [
    ("de", "Mach das Licht rot", "red"), ("de", "Licht auf warmweiß", "warm white"),
    ("de", "ein rotes Licht", "red"), ("fr", "mets la lumière en bleu foncé", "navy"),
    ("es", "pon la luz roja", "red"), ("it", "luce bianca calda", "warm white"),
    ("de", "Mach das Licht an", None),
])
def test_colours_said(language: str, text: str, color: str | None) -> None:
    assert color_said(text, language) == color


def test_drinks_said() -> None:
    assert drink_said("Einen doppelten Espresso bitte", "de") == "double espresso"
    assert drink_said("un café allongé", "fr") == "lungo"
    assert drink_said("un cortado", "es") == "macchiato"
    assert drink_said("un caffè", "it") == "coffee"
    assert drink_said("una birra", "it") is None


@pytest.mark.parametrize(("language", "text", "asks"), [
    ("de", "Ist das Licht in der Küche an?", True),
    ("de", "Sind die Lampen im Wohnzimmer noch an?", True),
    ("de", "Welche Geräte sind an?", True),
    ("de", "Läuft der Staubsauger noch?", True),
    ("fr", "est-ce que la lumière de la cuisine est allumée ?", True),
    ("fr", "qu'est-ce qui est allumé ?", True),
    ("es", "¿Está encendida la cafetera?", True),
    ("it", "quali luci sono accese", True),
    # commands, and questions about something else ("aus" and "an" are prepositions too)
    ("de", "Kannst du das Licht anlassen?", False),
    ("de", "Mach das Licht an", False),
    ("de", "Was ist die Wurzel aus 144?", False),
    ("de", "Was läuft gerade?", False),
    ("es", "¿Qué listas tengo guardadas?", False),
    ("it", "È rimasta accesa la luce del bagno, spegnila.", False),
    ("fr", "Peux-tu laisser la lumière allumée ?", False),
    # spoken questions without a question mark, and "is it ready/finished"
    ("es", "El ventilador sigue prendido", True),
    ("it", "Il ventilatore è ancora acceso", True),
    ("fr", "Le ventilateur tourne encore", True),
    ("de", "Saugt der Roboter gerade noch?", True),
    ("es", "¿Ya está listo mi café?", True),
    ("fr", "Pouvez-vous me dire si la prise du salon est allumée ?", True),
    ("es", "¿Qué hay en mi lista de la compra?", False),
])
def test_status_questions(language: str, text: str, asks: bool) -> None:
    assert status_questions.find(text, language) is asks


@pytest.mark.parametrize(("text", "language"), [
    ("Ist das Licht in der Küche an?", "de"), ("Welche Geräte sind an?", "de"),
    ("est-ce que la lumière de la cuisine est allumée ?", "fr"),
    ("¿qué luces están encendidas?", "es"), ("la luce della cucina è accesa?", "it"),
])
def test_nlu_reads_status_questions(text: str, language: str) -> None:
    got = NLU.load("default").parse(text)
    assert (got.language, got.intent, got.source) == (language, "iot_query", "rules")


@pytest.mark.parametrize(("language", "text", "intent"), [
    ("de", "Einen Flat White für mich.", "iot_coffee"),
    ("fr", "Un lungo stp.", "iot_coffee"),
    ("de", "Ich brauch heißes Wasser aus der Kaffeemaschine.", "iot_coffee"),
    ("fr", "Arrête l'aspirateur !", "iot_cleaning"),
    ("it", "Metti in pausa l'aspirapolvere.", "iot_cleaning"),
    ("de", "Mach mal schnell den Wasserkocher an.", "iot_wemo_on"),
    ("es", "Apágame el enchufe del salón.", "iot_wemo_off"),
    ("fr", "Tu peux mettre le ventilo en route ?", "iot_wemo_on"),
    ("fr", "Toutes les lumières en jaune !", "iot_hue_lightchange"),
    ("it", "Tutte le luci gialle.", "iot_hue_lightchange"),
    # a drink's name, a device or a colour that asks for nothing of the kind
    ("it", "Quanto è lungo il Po?", None),
    ("it", "Aggiungi il latte alla lista della spesa", None),
    ("de", "Ich trinke echt zu viel Kaffee.", None),
    ("de", "Ist das Licht rot?", None),
    ("de", "Unterbrich den Strom an der Steckdose der Kaffeemaschine.", None),
    ("en", "turn on the kettle", None),  # English has its templates and model
    ("de", "Wie viel Koffein hat so ein Espresso?", None),  # a question about a drink
    ("es", "¿Cuántas calorías tiene un capuchino?", None),
    ("it", "Grazie, il caffè era buonissimo", None),
    ("de", "Der Saugroboter hat gestern eine Socke gefressen", None),  # nothing to do
    ("fr", "Machine à café, un macchiato", "iot_coffee"),  # the drink over "café"
    ("fr", "Pouvez-vous suspendre le nettoyage un instant ?", "iot_cleaning"),
    ("es", "Aspira el salón, por favor.", "iot_cleaning"),
    ("de", "Schalt den Saugroboter ab, das reicht für heute", "iot_cleaning"),
    ("es", "Quiero la oficina en verde", "iot_hue_lightchange"),  # a room's colour
    # a drink the machine cannot make: the skill says what it can
    ("de", "Mach mir einen Tee", "iot_coffee"),
    ("it", "Fammi una camomilla", "iot_coffee"),
    ("de", "Ich trinke lieber Tee", None),
])
def test_home_requests(language: str, text: str, intent: str | None) -> None:
    from hark.nlu import home_requests

    got = home_requests.find(text, language)
    assert (got[0] if got else None) == intent


def test_home_requests_name_the_plug_and_room() -> None:
    from hark.nlu import home_requests

    intent, slots = home_requests.find("Schalte den Ventilator im Schlafzimmer aus", "de")
    assert intent == "iot_wemo_off"
    assert [(s.name, s.raw, s.value) for s in slots] == [
        ("device_type", "Ventilator", "fan"), ("house_place", "Schlafzimmer", "bedroom")]


async def test_vacuum_words(skill: SmartHomeSkill) -> None:
    """Stopping by "ab", pausing "kurz", and a remark about the vacuum starts nothing."""
    assert await say(skill, "de", "iot_cleaning",
                     "Schalt den Saugroboter ab, das reicht für heute") == \
        "Okay, der Saugroboter hat angehalten."
    assert await say(skill, "de", "iot_cleaning", "Halt den Sauger mal kurz an") == \
        "Okay, der Saugroboter pausiert."
    out = await skill.handle(u("iot_cleaning", "Der Saugroboter hat eine Socke gefressen"),
                             ctx(language="de"))
    assert (out.action, out.speech) == ("smarthome.status",
                                        "Der Saugroboter ist pausiert.")  # as left above
