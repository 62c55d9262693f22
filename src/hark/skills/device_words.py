"""Smart-home words in German, French, Spanish and Italian beyond the NLU's device and
room lexicon (:mod:`hark.nlu.rules.lexicon`): what the built-in virtual devices are
called, colours, drinks, the robot vacuum's commands, device states, and whether a
sentence asks about a device (read by :mod:`hark.nlu.status_questions`).
"""

from __future__ import annotations

from hark.nlu.home_words import color_said, drink_said, ordered, vacuum_command
from hark.nlu.rules.lexicon import area_name
from hark.nlu.status_questions import (
    YES_NO,
    asks_off,
    asks_status,
    device_free,
    devices_said,
    kind_said,
)
from hark.skills.providers.devices_base import Device

__all__ = ["YES_NO", "asks_off", "asks_status", "color_said", "device_free", "devices_said",
           "drink_said", "kind_said", "ordered", "vacuum_command"]

# the built-in virtual devices: (with its article, without), per language
VIRTUAL_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "plug.smart_plug": {"de": ("die smarte Steckdose", "smarte Steckdose"),
                        "fr": ("la prise connectée", "prise connectée"),
                        "es": ("el enchufe inteligente", "enchufe inteligente"),
                        "it": ("la presa smart", "presa smart")},
    "plug.fan": {"de": ("der Ventilator", "Ventilator"), "fr": ("le ventilateur", "ventilateur"),
                 "es": ("el ventilador", "ventilador"), "it": ("il ventilatore", "ventilatore")},
    "plug.kettle": {"de": ("der Wasserkocher", "Wasserkocher"),
                    "fr": ("la bouilloire", "bouilloire"), "es": ("el hervidor", "hervidor"),
                    "it": ("il bollitore", "bollitore")},
    "vacuum.robot": {"de": ("der Saugroboter", "Saugroboter"),
                     "fr": ("le robot aspirateur", "robot aspirateur"),
                     "es": ("el robot aspirador", "robot aspirador"),
                     "it": ("il robot aspirapolvere", "robot aspirapolvere")},
    "coffee.machine": {"de": ("die Kaffeemaschine", "Kaffeemaschine"),
                       "fr": ("la machine à café", "machine à café"),
                       "es": ("la cafetera", "cafetera"),
                       "it": ("la macchina del caffè", "macchina del caffè")},
}
_LIGHT = {"de": ("das Licht ({room})", "Licht ({room})"),
          "fr": ("la lumière ({room})", "lumière ({room})"),
          "es": ("la luz ({room})", "luz ({room})"), "it": ("la luce ({room})", "luce ({room})")}


def say_device(d: Device, language: str, *, article: bool = True) -> str:
    """A device as said in ``language``: "das Licht (Küche)", "der Ventilator"; a device
    of the user's own (Home Assistant) by its name."""
    i = 0 if article else 1
    if d.kind == "light" and d.room:
        return _LIGHT[language][i].format(room=area_name(d.room, language))
    names = VIRTUAL_NAMES.get(d.id, {}).get(language)
    return names[i] if names else d.name


def lexicon_device(d: Device) -> str:
    """The NLU lexicon's id for a device: "fan", "kettle", "plug", "vacuum", …"""
    if d.kind == "vacuum":
        return "vacuum"
    if d.kind == "coffee":
        return "coffee_machine"
    if d.kind == "light":
        return "light"
    words = d.name.lower().split() + d.id.lower().replace(".", " ").replace("_", " ").split()
    return next((w for w in ("fan", "kettle") if w in words), "plug")


VACUUM_STATES = {
    "de": {"docked": "steht an der Ladestation", "cleaning": "saugt gerade",
           "paused": "ist pausiert", "idle": "ist bereit"},
    "fr": {"docked": "est sur sa base", "cleaning": "est en train de nettoyer",
           "paused": "est en pause", "idle": "est à l'arrêt"},
    "es": {"docked": "está en su base", "cleaning": "está limpiando", "paused": "está en pausa",
           "idle": "está parado"},
    "it": {"docked": "è alla base", "cleaning": "sta pulendo", "paused": "è in pausa",
           "idle": "è fermo"},
}
COFFEE_STATES = {
    "de": {"idle": "ist bereit", "brewing": "bereitet gerade ein Getränk zu"},
    "fr": {"idle": "attend", "brewing": "prépare une boisson"},
    "es": {"idle": "está en espera", "brewing": "está preparando una bebida"},
    "it": {"idle": "è in attesa", "brewing": "sta preparando una bevanda"},
}

# drinks with their article, as ordered ("Okay, ich mache einen Cappuccino.")
DRINK_NAMES = {
    "de": {"coffee": "einen Kaffee", "espresso": "einen Espresso",
           "double espresso": "einen doppelten Espresso", "americano": "einen Americano",
           "cappuccino": "einen Cappuccino", "latte": "einen Latte", "flat white":
           "einen Flat White", "macchiato": "einen Macchiato", "lungo": "einen Lungo",
           "hot water": "heißes Wasser"},
    "fr": {"coffee": "un café", "espresso": "un espresso", "double espresso":
           "un double espresso", "americano": "un americano", "cappuccino": "un cappuccino",
           "latte": "un café latte", "flat white": "un flat white", "macchiato":
           "un macchiato", "lungo": "un café allongé", "hot water": "de l'eau chaude"},
    "es": {"coffee": "un café", "espresso": "un espresso", "double espresso":
           "un espresso doble", "americano": "un americano", "cappuccino": "un capuchino",
           "latte": "un café con leche", "flat white": "un flat white", "macchiato":
           "un macchiato", "lungo": "un lungo", "hot water": "agua caliente"},
    "it": {"coffee": "un caffè", "espresso": "un espresso", "double espresso":
           "un espresso doppio", "americano": "un americano", "cappuccino": "un cappuccino",
           "latte": "un caffellatte", "flat white": "un flat white", "macchiato":
           "un macchiato", "lungo": "un caffè lungo", "hot water": "acqua calda"},
}


# how the light "is now …" each colour (agreeing with "Licht", "luz", "luce"; French
# says "en rouge")
COLOR_NAMES = {
    "de": {"red": "rot", "green": "grün", "blue": "blau", "yellow": "gelb", "orange": "orange",
           "purple": "lila", "violet": "violett", "pink": "rosa", "white": "weiß",
           "turquoise": "türkis", "gold": "golden", "warm white": "warmweiß",
           "cool white": "kaltweiß", "cyan": "hellblau", "navy": "dunkelblau",
           "brown": "braun", "magenta": "magenta"},
    "fr": {"red": "en rouge", "green": "en vert", "blue": "en bleu", "yellow": "en jaune",
           "orange": "en orange", "purple": "en violet", "violet": "en violet",
           "pink": "en rose", "white": "en blanc", "turquoise": "en turquoise",
           "gold": "en doré", "warm white": "en blanc chaud", "cool white": "en blanc froid",
           "cyan": "en bleu clair", "navy": "en bleu foncé", "brown": "en marron",
           "magenta": "en magenta"},
    "es": {"red": "roja", "green": "verde", "blue": "azul", "yellow": "amarilla",
           "orange": "naranja", "purple": "morada", "violet": "violeta", "pink": "rosa",
           "white": "blanca", "turquoise": "turquesa", "gold": "dorada",
           "warm white": "blanca cálida", "cool white": "blanca fría", "cyan": "celeste",
           "navy": "azul marino", "brown": "marrón", "magenta": "magenta"},
    "it": {"red": "rossa", "green": "verde", "blue": "blu", "yellow": "gialla",
           "orange": "arancione", "purple": "viola", "violet": "viola", "pink": "rosa",
           "white": "bianca", "turquoise": "turchese", "gold": "dorata",
           "warm white": "bianca calda", "cool white": "bianca fredda", "cyan": "azzurra",
           "navy": "blu scuro", "brown": "marrone", "magenta": "magenta"},
}


def say_color(color: str, language: str) -> str:
    return COLOR_NAMES[language].get(color, color)
