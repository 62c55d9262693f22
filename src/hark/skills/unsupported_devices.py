"""Household things Hark cannot switch, in English, German, French, Spanish and Italian.

"Verrouille la porte d'entrée" or "Pon el lavavajillas" may be read as a light or plug
command (the sentence has the shape of one). When a smart-home command names one of these
things — a door, the oven, the heating, the blinds, the car — and names none of the
devices Hark does control (lights, plugs, the fan, the kettle, the vacuum, the coffee
machine) nor one of the user's own devices by its name, the smart-home skill says it
cannot control it instead of switching something else; a volume command that names one
and not the sound is refused the same way.
"""

from __future__ import annotations

import re

from hark.nlu.home_words import LIGHT_WORDS
from hark.nlu.status_questions import devices_said
from hark.skills.providers import lang
from hark.text.clean import find_words
from hark.types import Outcome

# whole words; "\w*" takes plurals and compounds ("Haustür", "Garagentor")
THINGS: dict[str, str] = {
    "en": r"(?:front |back |garage |patio )?doors?|locks?|garage|gates?|ovens?|hobs?|stove|"
          r"microwave|dishwasher|washing machine|washer|tumble dryer|dryer|fridge|freezer|"
          r"heating|radiators?|thermostat|boiler|air con\w*|blinds|shutters|curtains|"
          r"cameras?|doorbell|car|alarm system|burglar alarm|sprinklers?",
    "de": r"\w*tür\w*|\w*schloss|garage\w*|hoftor|gartentor|tor|backofen|ofen|herd|mikrowelle|"
          r"spülmaschine|geschirrspüler|waschmaschine|trockner|kühlschrank|gefriertruhe|"
          r"\w*heizung|heizkörper\w*|thermostat|klimaanlage|rolll?[aä]den|rollos?|"
          r"jalousie\w*|vorh[aä]ng\w*|kamera\w*|türklingel|klingel|auto|"
          r"alarmanlage|rasensprenger|bewässerung",
    "fr": r"(?:la |une |les )portes?|porte d'entrée|portail|serrure|garage|four|"
          r"micro-ondes|lave-vaisselle|lave-linge|machine à laver|sèche-linge|frigo|"
          r"réfrigérateur|congélateur|chauffage|radiateurs?|thermostat|chaudière|"
          r"clim|climatisation|climatiseur|volets?|stores|rideaux|caméras?|sonnette|"
          r"voiture|alarme de la maison|système d'alarme|arrosage",
    "es": r"puertas?|cerradura|garaje|portón|horno|microondas|lavavajillas|lavaplatos|"
          r"lavadora|secadora|nevera|frigorífico|refrigerador|congelador|calefacción|"
          r"radiador\w*|termostato|caldera|aire acondicionado|aire|persianas?|cortinas?|"
          r"cámaras?|timbre|coche|carro|alarma de casa|sistema de alarma|riego|aspersores",
    "it": r"(?:la |una |le )port[ae]|portone|porta d'ingresso|serratura|garage|cancello|"
          r"forno|microonde|lavastoviglie|lavatrice|asciugatrice|frigo|frigorifero|"
          r"congelatore|riscaldamento|termosifon[ei]|radiator[ei]|termostato|caldaia|"
          r"condizionatore|climatizzatore|aria condizionata|tapparell[ae]|persian[ae]|"
          r"le tende|telecamer[ae]|videocamera|campanello|auto|automobile|"
          r"allarme di casa|antifurto|irrigazione|irrigatore",
}
_LIGHT_EN = r"lights?|lamps?|bulbs?|lighting"
_ARTICLE = re.compile(r"^(?:la|une|les|le|una)\s+", re.I)
# what a volume command turns up or down ("Mach die Musik leiser, die Tür ist zu")
SOUND_WORDS: dict[str, str] = {
    "en": r"music|volume|sound|speakers?|audio|radio|song|podcast",
    "de": r"musik|lautstärke|ton|sound|lautsprecher|box|radio|lied|song|podcast",
    "fr": r"musique|volume|son|enceintes?|haut-parleurs?|radio|chanson|podcast",
    "es": r"música|musica|volumen|sonido|altavoz|altavoces|bocina|radio|canción|podcast",
    "it": r"musica|volume|audio|suono|altoparlant[ei]|cass[ae]|radio|canzone|podcast",
}


def unsupported_thing(text: str, language: str,
                      device_names: list[str] | tuple[str, ...] = ()) -> str | None:
    """The thing Hark cannot control that ``text`` names (as said), or None when it names
    none, or also names a device Hark does control ("the light in the garage") or one of
    ``device_names`` (the user's own: a plug called "dishwasher" is switched)."""
    words = THINGS.get(language)
    if words is None:
        return None
    low = text.lower().replace("’", "'")
    found = find_words(words, low)
    if found is None:
        return None
    if devices_said(text, language) or find_words(LIGHT_WORDS.get(language, _LIGHT_EN), low):
        return None
    if any(name and find_words(re.escape(name.lower()), low) for name in device_names):
        return None
    said = text[found.start():found.end()] if len(text) == len(low) else found.group()
    return _ARTICLE.sub("", said.strip())


def unsupported_for_volume(text: str, language: str) -> str | None:
    """The thing a volume command names that Hark cannot control ("Schließ die Haustür
    ab" read as mute), unless it also names the music or the sound."""
    low = text.lower().replace("’", "'")
    if find_words(SOUND_WORDS.get(language, SOUND_WORDS["en"]), low):
        return None
    return unsupported_thing(text, language)


def cannot_control(thing: str, language: str) -> Outcome:
    """ "I can't control the oven; I can switch lights and plugs, …" (nothing switched)."""
    return Outcome(lang.t(language, "sh_cannot_control", thing=thing),
                   action="smarthome.cannot_control", data={"thing": thing})
