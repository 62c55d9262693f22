"""Commands about household things Hark cannot switch (a door, the oven, the heating, the
blinds) are refused, whichever home-control intent they were read as, and nothing else is
switched in their place; the user's own device of that name is still switched."""

from __future__ import annotations

import pytest

from hark.config import Settings
from hark.dialogue.policy import decide
from hark.dialogue.state import DialogueState
from hark.skills.music import MusicSkill
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.skills.registry import SkillRegistry
from hark.skills.smarthome import SmartHomeSkill
from hark.skills.unsupported_devices import unsupported_for_volume, unsupported_thing
from hark.types import IntentScore, Slot, Understanding
from tests.test_skill_smarthome import DictStore, ctx, ha, ha_ctx, ha_server  # noqa: F401


@pytest.mark.parametrize(("text", "language", "thing"), [
    ("Verrouille la porte d'entrée", "fr", "porte"),
    ("Pon el lavavajillas", "es", "lavavajillas"),
    ("Enciende el horno a 200 grados", "es", "horno"),
    ("Schließ die Haustür ab", "de", "Haustür"),
    ("Kannst du die Standheizung im Auto anmachen?", "de", "Standheizung"),
    ("Abbassa le tapparelle in camera", "it", "tapparelle"),
    ("Spegni il condizionatore in salotto", "it", "condizionatore"),
    ("switch on the washing machine", "en", "washing machine"),
    ("open the garage door", "en", "garage door"),
])
def test_things_hark_cannot_control_are_named(text: str, language: str, thing: str) -> None:
    assert unsupported_thing(text, language) == thing


@pytest.mark.parametrize(("text", "language"), [
    ("Allume la lumière du garage", "fr"),       # a light, in the garage
    ("Spegni la luce in garage", "it"),
    ("turn on the lights by the front door", "en"),
    ("Schalte den Ventilator ein", "de"),        # devices Hark has
    ("Accendi la macchina del caffè", "it"),
    ("Stecker von der Waschmaschine aus", "de"),  # the plug is named
    ("Porta fuori il cane", "it"),              # "porta" the verb, not a door
    ("Mach das Licht aus", "de"),
])
def test_devices_hark_has_are_not_refused(text: str, language: str) -> None:
    assert unsupported_thing(text, language) is None


def test_the_users_own_device_of_that_name_counts() -> None:
    assert unsupported_thing("Schalte die Spülmaschine ein", "de") == "Spülmaschine"
    assert unsupported_thing("Schalte die Spülmaschine ein", "de", ["Spülmaschine"]) is None


def test_volume_commands_naming_the_sound_are_kept() -> None:
    assert unsupported_for_volume("Schließ die Haustür ab", "de") == "Haustür"
    assert unsupported_for_volume("Mach die Musik leiser, die Tür ist offen", "de") is None
    assert unsupported_for_volume("Baisse le son", "fr") is None


def _u(intent: str, text: str, language: str, *alts: IntentScore) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=[], language=language,
                         alternatives=list(alts) or [IntentScore(intent, 0.9)])


@pytest.mark.parametrize(("intent", "text", "language", "said"), [
    ("iot_hue_lightoff", "Verrouille la porte d'entrée", "fr", "« porte »"),
    ("iot_hue_lighton", "Enciende el horno a 200 grados", "es", "«horno»"),
    ("iot_wemo_off", "Spegni il condizionatore in salotto", "it", "«condizionatore»"),
    ("iot_cleaning", "Fai partire la lavatrice", "it", "«lavatrice»"),
    ("iot_wemo_on", "turn the oven on to 180", "en", "the oven"),
])
async def test_the_skill_refuses_and_switches_nothing(intent: str, text: str, language: str,
                                                      said: str) -> None:
    devices = VirtualDevices(DictStore())
    before = [d.to_dict() for d in await devices.list_devices()]
    out = await SmartHomeSkill(devices).handle(_u(intent, text, language),
                                               ctx(language=language))
    assert out.action == "smarthome.cannot_control"
    assert said in out.speech
    assert [d.to_dict() for d in await devices.list_devices()] == before


async def test_the_light_in_the_garage_is_still_switched() -> None:
    devices = VirtualDevices(DictStore())
    out = await SmartHomeSkill(devices).handle(
        _u("iot_hue_lightoff", "Éteins toutes les lumières, je ferme la porte", "fr"),
        ctx(language="fr"))
    assert out.action == "light.off"


async def test_a_plug_the_user_named_after_the_appliance_is_switched(
        ha: tuple[str, object]) -> None:  # noqa: F811 - the fixture
    url, state = ha
    state.states["switch.dishwasher"] = {  # type: ignore[attr-defined]
        "entity_id": "switch.dishwasher", "state": "off",
        "attributes": {"friendly_name": "Dishwasher"}}
    said = _u("iot_wemo_on", "switch on the dishwasher", "en")
    said.slots = [Slot("device_type", "dishwasher", "dishwasher", 10, 20)]
    out = await SmartHomeSkill().handle(said, ha_ctx(url))
    assert out.action == "plug.on"
    assert state.states["switch.dishwasher"]["state"] == "on"  # type: ignore[attr-defined]
    out = await SmartHomeSkill().handle(_u("iot_wemo_on", "switch on the oven", "en"),
                                        ha_ctx(url))
    assert out.action == "smarthome.cannot_control"


async def test_mute_read_from_a_door_command_is_refused() -> None:
    out = await MusicSkill().handle(_u("audio_volume_mute", "Schließ die Haustür ab", "de"),
                                    ctx(language="de"))
    assert out.action == "smarthome.cannot_control"
    assert "Haustür" in out.speech


def test_no_choice_between_two_switches_for_a_thing_hark_lacks() -> None:
    u = _u("iot_wemo_on", "Mets le chauffage à 20 degrés", "fr",
           IntentScore("iot_wemo_on", 0.40), IntentScore("iot_hue_lightchange", 0.33))
    u.confidence = 0.40
    d = decide(u, DialogueState(), SkillRegistry.default(plugins=False), Settings())
    assert d.kind == "cannot"
    assert "chauffage" in d.speech
    # two light intents for the light are still offered as a choice
    u = _u("iot_hue_lighton", "Mets la lumière du salon", "fr",
           IntentScore("iot_hue_lighton", 0.40), IntentScore("iot_hue_lightchange", 0.33))
    u.confidence = 0.40
    assert decide(u, DialogueState(), SkillRegistry.default(plugins=False), Settings()).kind == "choose"
