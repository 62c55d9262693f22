"""Smart-home commands in German, French, Spanish and Italian that the templates and the
model read badly: ordering a drink ("Einen Flat White für mich", "Un lungo stp" — the
model read "flat white" as a colour), the robot vacuum ("Arrête l'aspirateur !", "Metti in
pausa l'aspirapolvere"), a plug by what it is ("Mach mal schnell den Wasserkocher an",
"Apágame el enchufe del salón", read as switching it on) and a colour for the lights
("Toutes les lumières en jaune !").

Each needs the device (or the drink) named and the command said: a vacuum with a word of
starting, stopping, pausing or going home; a fan, kettle or plug with a word of switching
on or off (and no light named); lights with a colour, and not a question. The skill reads
the same words (:mod:`hark.nlu.home_words`) to act.
"""

from __future__ import annotations

import re

from hark.nlu.home_words import (
    CLEANING,
    color_said,
    ordered,
    other_drink_ordered,
    switched,
    vacuum_command,
)
from hark.nlu.rules.lexicon import find_areas
from hark.nlu.status_questions import (
    LANGUAGES,
    device_free,
    device_spans,
    is_question,
    kind_said,
)
from hark.text.clean import find_words
from hark.types import Slot

_PLUGS = ("fan", "kettle", "plug")
# a timer, reminder, alarm or list named: the cleaning said is what it is for ("Timer, 15
# Minuten, Bad putzen", "Erinnere mich ans Fenster putzen"), not a command to the vacuum
_OTHER_THING = re.compile(
    r"(?<![\w-])(?:timer|kurzzeitwecker|wecker|erinner\w*|liste|to-?do|minuteur|rappel\w*|"
    r"réveil|temporizador|recu[eé]rd\w*|recordatorio|alarma|lista|promemoria|ricord\w*|"
    r"sveglia)(?![\w-])", re.I)


def find(text: str, lang: str) -> tuple[str, list[Slot]] | None:
    """(intent, slots) of a smart-home command in ``text``, or None."""
    if lang not in LANGUAGES:
        return None
    spans = device_spans(text, lang)
    devices = {d for d, _, _ in spans}
    rooms = [Slot("house_place", text[a:b], area, a, b) for area, a, b in find_areas(text, lang)]

    def named(*kinds: str) -> list[Slot]:
        """The device said, as the templates give it ("aspirateur" -> vacuum)."""
        return [Slot("device_type", text[a:b], d, a, b) for d, a, b in spans if d in kinds][:1]

    # the devices' names left out: "Saugroboter" says nothing of starting it
    rest = device_free(text, lang)
    cleaning = find_words(CLEANING[lang], text.lower().replace("’", "'"))  # "le nettoyage"
    if ("vacuum" in devices or (cleaning and not _OTHER_THING.search(text))) and \
            vacuum_command(rest, lang):
        return "iot_cleaning", [*named("vacuum"), *rooms]
    plug = next(((d, a, b) for d, a, b in spans if d in _PLUGS), None)
    if plug is not None and "light" not in devices:  # "la spina della macchina del caffè"
        on = switched(text, lang)  # "¿Me enciendes el ventilador?" asks for it too
        if on is not None:
            return "iot_wemo_on" if on else "iot_wemo_off", [*named(plug[0]), *rooms]
    if (ordered(text, lang) is not None or other_drink_ordered(text, lang)) and \
            not devices - {"coffee_machine"}:  # "Mach mir einen Tee": what it can make
        return "iot_coffee", named("coffee_machine")
    # a colour for the lights, or for a room ("Quiero la oficina en verde"); "Ist das
    # Licht rot?" sets nothing
    if (kind_said(text, lang) == "light" or (rooms and not devices)) and \
            color_said(text, lang) and not is_question(text, lang):
        return "iot_hue_lightchange", rooms
    return None
