"""Slot lists for the hassil templates: areas, floors and Hark's virtual devices in the
five supported languages. Values are language-neutral ids; the surface forms are what
the user says. hassil raises ``MissingListError`` without the ``area``/``name``/``floor``
lists, so every language must have them (possibly empty)."""

from __future__ import annotations

import re
from functools import cache

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it")

# area id -> language -> surface forms (hassil template syntax allowed: "salle de bain[s]")
AREAS: dict[str, dict[str, list[str]]] = {
    "living_room": {
        "en": ["living room", "lounge", "sitting room"],
        "de": ["Wohnzimmer", "Stube"],
        "fr": ["salon", "séjour", "salle de séjour"],
        "es": ["salón", "sala de estar", "sala", "living"],
        "it": ["soggiorno", "salotto", "salone"],
    },
    "kitchen": {
        "en": ["kitchen"],
        "de": ["Küche"],
        "fr": ["cuisine"],
        "es": ["cocina"],
        "it": ["cucina"],
    },
    "bedroom": {
        "en": ["bedroom", "master bedroom"],
        "de": ["Schlafzimmer"],
        "fr": ["chambre", "chambre à coucher"],
        "es": ["dormitorio", "habitación", "cuarto", "recámara", "alcoba"],
        "it": ["camera da letto", "camera"],
    },
    "bathroom": {
        "en": ["bathroom"],
        "de": ["Badezimmer", "Bad"],
        "fr": ["salle de bain[s]"],
        "es": ["baño", "cuarto de baño"],
        "it": ["bagno"],
    },
    "office": {
        "en": ["office", "study"],
        "de": ["Büro", "Arbeitszimmer"],
        "fr": ["bureau"],
        "es": ["oficina", "despacho", "estudio"],
        "it": ["ufficio", "studio"],
    },
    "hallway": {
        "en": ["hallway", "hall", "corridor"],
        "de": ["Flur", "Diele", "Gang", "Vorraum"],
        "fr": ["couloir", "entrée", "corridor"],
        "es": ["pasillo", "recibidor"],
        "it": ["corridoio", "ingresso"],
    },
    "garage": {
        "en": ["garage"],
        "de": ["Garage"],
        "fr": ["garage"],
        "es": ["garaje"],
        "it": ["garage"],
    },
    "garden": {
        "en": ["garden", "yard", "backyard"],
        "de": ["Garten"],
        "fr": ["jardin"],
        "es": ["jardín"],
        "it": ["giardino"],
    },
}

FLOORS: dict[str, dict[str, list[str]]] = {
    "ground_floor": {
        "en": ["ground floor", "downstairs"],
        "de": ["Erdgeschoss"],
        "fr": ["rez-de-chaussée"],
        "es": ["planta baja"],
        "it": ["piano terra", "pianterreno"],
    },
    "upstairs": {
        "en": ["upstairs", "first floor"],
        "de": ["Obergeschoss"],
        "fr": ["étage"],
        "es": ["planta alta", "primer piso"],
        "it": ["primo piano", "piano di sopra"],
    },
}

# device id -> (Home Assistant domain, language -> surface forms)
DEVICES: dict[str, tuple[str, dict[str, list[str]]]] = {
    "light": (
        "light",
        {
            "en": ["ceiling light", "lamp", "lamps", "light bulb[s]", "bulb[s]"],
            "de": ["Deckenlampe", "Deckenlicht", "Lampe", "Lampen", "Glühbirne"],
            "fr": ["plafonnier", "lampe", "lampes", "ampoule"],
            "es": ["lámpara del techo", "lámpara", "lámparas", "bombilla"],
            "it": ["plafoniera", "lampada", "lampade", "lampadina"],
        },
    ),
    "coffee_machine": (
        "switch",
        {
            "en": ["coffee machine", "coffee maker", "coffee pot"],
            "de": ["Kaffeemaschine", "Kaffeevollautomat"],
            "fr": ["machine à café", "cafetière"],
            "es": ["cafetera", "máquina de café"],
            "it": ["macchina del caffè", "macchinetta del caffè", "macchinetta"],
        },
    ),
    "vacuum": (
        "vacuum",
        {
            "en": ["vacuum", "robot vacuum", "vacuum cleaner", "hoover", "roomba"],
            "de": ["Staubsauger", "Saugroboter", "Staubsaugerroboter", "Sauger", "Roboter"],
            "fr": ["aspirateur", "robot aspirateur", "aspirateur robot", "balayeuse", "robot"],
            "es": ["aspiradora", "robot aspirador", "aspirador", "robot"],
            "it": ["aspirapolvere", "robot aspirapolvere", "robot", "robottino"],
        },
    ),
    "plug": (
        "switch",
        {
            "en": ["plug", "smart plug", "socket", "outlet", "smart socket"],
            "de": ["Steckdose", "Zwischenstecker", "Stecker"],
            "fr": ["prise", "prise connectée"],
            "es": ["enchufe", "enchufe inteligente"],
            "it": ["presa", "presa smart", "spina"],
        },
    ),
    "kettle": (
        "switch",
        {
            "en": ["kettle", "electric kettle"],
            "de": ["Wasserkocher"],
            "fr": ["bouilloire"],
            "es": ["hervidor", "hervidor de agua", "pava eléctrica"],
            "it": ["bollitore"],
        },
    ),
    "fan": (
        "fan",
        {
            "en": ["fan", "ceiling fan"],
            "de": ["Ventilator", "Deckenventilator"],
            "fr": ["ventilateur", "ventilo"],
            "es": ["ventilador"],
            "it": ["ventilatore", "ventilatore a soffitto"],
        },
    ),
}


def device_domain(device_id: str) -> str | None:
    entry = DEVICES.get(device_id)
    return entry[0] if entry else None


def _without_optional(form: str) -> str:
    """'salle de bain[s]' -> 'salle de bain'."""
    return " ".join(re.sub(r"\[[^\]]*\]", "", form).split())


def _forms(form: str) -> list[str]:
    """'salle de bain[s]' -> ['salle de bains', 'salle de bain'] (lower case)."""
    f = form.lower()
    if "[" not in f:
        return [f]
    return [" ".join(f.replace("[", "").replace("]", "").split()), _without_optional(f)]


def _area_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for area, by_lang in AREAS.items():
        out[area.replace("_", " ")] = area
        for forms in by_lang.values():
            for form in forms:
                for f in _forms(form):
                    out.setdefault(f, area)
    return out


_AREA_OF = _area_index()


def area_of(room: str) -> str | None:
    """The area id of a room said or named in any of the five languages: 'Wohnzimmer',
    'living room', 'living_room' -> 'living_room'; None when unknown."""
    key = " ".join(room.lower().replace("_", " ").split())
    return _AREA_OF.get(key)


def area_name(room: str, language: str) -> str:
    """How to say a room (a device's room, in any language) in ``language``:
    ('living room', 'de') -> 'Wohnzimmer'; an unknown room as it is."""
    forms = AREAS.get(area_of(room) or "", {}).get(language[:2].lower())
    return _without_optional(forms[0]) if forms else room


@cache
def _area_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, area id) for every room name of ``lang``, longest names first."""
    forms = sorted({(f, area) for area, by_lang in AREAS.items()
                    for form in by_lang.get(lang, []) for f in _forms(form)},
                   key=lambda fa: -len(fa[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(f)}(?!\w)"), area) for f, area in forms)


def find_areas(text: str, language: str) -> list[tuple[str, int, int]]:
    """(area id, start, end) of the rooms named in ``text`` in ``language``, longest
    names first, no overlaps."""
    low = text.lower()
    found: list[tuple[str, int, int]] = []
    for pattern, area in _area_patterns(language[:2].lower()):
        for m in pattern.finditer(low):
            if all(m.end() <= s or m.start() >= e for _, s, e in found):
                found.append((area, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])
