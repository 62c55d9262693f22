"""Smart-home words in German, French, Spanish and Italian beyond the NLU's device and
room lexicon (:mod:`hark.nlu.rules.lexicon`): what the built-in virtual devices are
called, colours, drinks, the robot vacuum's commands, device states, and whether a
sentence asks about a device (read by :mod:`hark.nlu.status_questions`).
"""

from __future__ import annotations

import re

from hark.nlu.rules.lexicon import area_name
from hark.nlu.status_questions import YES_NO, asks_off, asks_status, devices_said, kind_said
from hark.skills.providers.devices_base import Device

__all__ = ["YES_NO", "asks_off", "asks_status", "devices_said", "kind_said"]

OTHER = ("de", "fr", "es", "it")

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


# the robot vacuum: what to do, by the words said (starting is the default)
VACUUM_ACTIONS = {
    "de": (("dock", r"zurück|ladestation|basis|station|aufladen|laden"),
           ("stop", r"stopp\w*|stop|halt\w*|aus\b|ausschalten|beende\w*|abbrechen|hör\w* auf"),
           ("pause", r"pause|pausier\w*|unterbrech\w*")),
    "fr": (("dock", r"base|recharge\w*|rentre\w*|retourne\w*|station"),
           ("stop", r"arrête\w*|arrêter|stop\w*|éteins|éteindre"),
           ("pause", r"pause")),
    "es": (("dock", r"base|carg\w*|vuelv\w*|volver|estación"),
           ("stop", r"para\b|parar|det[ée]n\w*|apaga\w*|stop"),
           ("pause", r"pausa\w*")),
    "it": (("dock", r"base|ricaric\w*|torna\w*|stazione"),
           ("stop", r"ferma\w*|stop|spegni\w*|interromp\w*"),
           ("pause", r"pausa")),
}


def vacuum_action(text: str, language: str) -> str:
    low = text.lower()
    for action, words in VACUUM_ACTIONS[language]:
        if re.search(rf"(?<!\w)(?:{words})", low):
            return action
    return "start"


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

# drinks (hark.skills.providers.virtual_devices.DRINKS) as said, longest first when read
DRINK_WORDS = {
    "de": {"doppelter espresso": "double espresso", "doppelten espresso": "double espresso",
           "milchkaffee": "latte", "latte macchiato": "latte", "caffè latte": "latte",
           "heißes wasser": "hot water", "heisses wasser": "hot water", "kaffee": "coffee"},
    "fr": {"double espresso": "double espresso", "double expresso": "double espresso",
           "expresso": "espresso", "café crème": "latte", "café au lait": "latte",
           "café latte": "latte", "café allongé": "lungo", "allongé": "lungo",
           "eau chaude": "hot water", "café": "coffee"},
    "es": {"espresso doble": "double espresso", "café doble": "double espresso",
           "café solo": "espresso", "expreso": "espresso", "café con leche": "latte",
           "cortado": "macchiato", "capuchino": "cappuccino", "agua caliente": "hot water",
           "café americano": "americano", "café": "coffee"},
    "it": {"espresso doppio": "double espresso", "caffè doppio": "double espresso",
           "doppio": "double espresso", "caffellatte": "latte", "caffè latte": "latte",
           "caffè lungo": "lungo", "caffè americano": "americano", "acqua calda": "hot water",
           "caffè": "coffee", "caffe": "coffee", "caffé": "coffee"},
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


def drink_said(text: str, language: str, drinks: tuple[str, ...]) -> str | None:
    """The drink asked for in ``text`` (one of ``drinks``), in ``language`` or by its
    international name ("Cappuccino", "Espresso")."""
    low = text.lower()
    said = {**{d: d for d in drinks}, **DRINK_WORDS[language]}
    for words in sorted(said, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", low):
            return said[words]
    return None


# colours said -> the colour names of hark.skills.providers.devices_base.COLORS
COLOR_WORDS = {
    "de": {"rot": "red", "grün": "green", "blau": "blue", "gelb": "yellow", "orange": "orange",
           "lila": "purple", "violett": "violet", "rosa": "pink", "pink": "pink",
           "weiß": "white", "weiss": "white", "türkis": "turquoise", "golden": "gold",
           "gold": "gold", "warmweiß": "warm white", "warmes weiß": "warm white",
           "kaltweiß": "cool white", "kaltes weiß": "cool white", "hellblau": "cyan",
           "dunkelblau": "navy", "braun": "brown", "magenta": "magenta", "cyan": "cyan"},
    "fr": {"rouge": "red", "vert": "green", "verte": "green", "bleu": "blue", "bleue": "blue",
           "jaune": "yellow", "orange": "orange", "violet": "purple", "violette": "purple",
           "rose": "pink", "blanc": "white", "blanche": "white", "turquoise": "turquoise",
           "doré": "gold", "dorée": "gold", "blanc chaud": "warm white",
           "blanc froid": "cool white", "bleu clair": "cyan", "bleu foncé": "navy",
           "marron": "brown", "magenta": "magenta", "cyan": "cyan"},
    "es": {"rojo": "red", "roja": "red", "verde": "green", "azul": "blue", "amarillo": "yellow",
           "amarilla": "yellow", "naranja": "orange", "morado": "purple", "morada": "purple",
           "lila": "purple", "violeta": "violet", "rosa": "pink", "blanco": "white",
           "blanca": "white", "turquesa": "turquoise", "dorado": "gold", "dorada": "gold",
           "blanco cálido": "warm white", "blanca cálida": "warm white",
           "blanco frío": "cool white", "blanca fría": "cool white", "celeste": "cyan",
           "azul marino": "navy", "marrón": "brown", "magenta": "magenta", "cian": "cyan"},
    "it": {"rosso": "red", "rossa": "red", "verde": "green", "blu": "blue", "giallo": "yellow",
           "gialla": "yellow", "arancione": "orange", "viola": "purple", "rosa": "pink",
           "bianco": "white", "bianca": "white", "turchese": "turquoise", "oro": "gold",
           "dorato": "gold", "dorata": "gold", "bianco caldo": "warm white",
           "bianca calda": "warm white", "bianco freddo": "cool white",
           "bianca fredda": "cool white", "azzurro": "cyan", "azzurra": "cyan",
           "blu scuro": "navy", "marrone": "brown", "magenta": "magenta", "ciano": "cyan"},
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


def color_said(text: str, language: str) -> str | None:
    """The colour named in ``text`` (the last one, the longest there), or None."""
    low = " ".join(text.lower().split())
    best: tuple[int, int, str] | None = None
    for words, color in COLOR_WORDS[language].items():
        for m in re.finditer(rf"(?<!\w){re.escape(words)}(?:e[nmrs]?)?(?!\w)", low):
            cand = (m.end(), len(words), color)
            best = cand if best is None or cand > best else best
    return best[2] if best else None


def say_color(color: str, language: str) -> str:
    return COLOR_NAMES[language].get(color, color)
