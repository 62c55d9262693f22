"""Hark's own hassil templates, merged into the Home Assistant ones per language.

Home Assistant's weather templates only accept places from the ``name`` list of weather
entities; Hark answers for any place, so these add a wildcard ``{place}``. A trailing
``{when}`` (today, tomorrow, ...) keeps the wildcard from swallowing the date.
"""

from __future__ import annotations

from typing import Any

WHEN: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("today", "today"), ("tomorrow", "tomorrow"), ("tonight", "tonight"),
        ("this (weekend|week)", "this week"), ("right now", "now"), ("now", "now"),
        ("this (morning|afternoon|evening)", "today"),
    ],
    "de": [
        ("heute", "today"), ("morgen", "tomorrow"), ("heute Abend", "tonight"),
        ("am Wochenende", "this week"), ("diese Woche", "this week"), ("jetzt", "now"),
        ("übermorgen", "day after tomorrow"),
    ],
    "fr": [
        ("aujourd'hui", "today"), ("demain", "tomorrow"), ("ce soir", "tonight"),
        ("ce week-end", "this week"), ("cette semaine", "this week"),
        ("maintenant", "now"), ("après-demain", "day after tomorrow"),
    ],
    "es": [
        ("hoy", "today"), ("mañana", "tomorrow"), ("esta noche", "tonight"),
        ("este fin de semana", "this week"), ("esta semana", "this week"),
        ("ahora", "now"), ("pasado mañana", "day after tomorrow"),
    ],
    "it": [
        ("oggi", "today"), ("domani", "tomorrow"), ("stasera", "tonight"),
        ("questo fine settimana", "this week"), ("questa settimana", "this week"),
        ("adesso", "now"), ("ora", "now"), ("dopodomani", "day after tomorrow"),
    ],
}

WEATHER: dict[str, list[str]] = {
    "en": [
        "(what's|whats|what is|how's|how is|tell me) the weather [going to be] [like] "
        "(in|for|at) {place} [{when}]",
        "(what's|whats|what is|how's|how is|tell me) the weather [going to be] [like] "
        "{when} (in|for|at) {place}",
        "(what's|whats|what is|tell me) the (weather forecast|forecast) (in|for) {place} [{when}]",
        "weather [forecast] (in|for) {place} [{when}]",
    ],
    "de": [
        "wie (ist|wird) [das] Wetter [{when}] (in|für) {place} [{when}]",
        "was sagt der Wetterbericht für {place} [{when}]",
        "Wetter[bericht|vorhersage] (in|für) {place} [{when}]",
    ],
    "fr": [
        "quel temps (fait-il|fait il|fera-t-il|fera t il|va-t-il faire|va t il faire) "
        "[{when}] (à|a|en|au) {place} [{when}]",
        "quelle est la météo [{when}] (à|a|en|au|pour) {place} [{when}]",
        "[la] météo [{when}] (à|a|en|au|pour) {place} [{when}]",
    ],
    "es": [
        "qué tiempo (hace|hará|va a hacer) [{when}] en {place} [{when}]",
        "cómo (está|estará|va a estar) el (tiempo|clima) [{when}] en {place} [{when}]",
        "[el] (tiempo|clima|pronóstico del tiempo) [{when}] en {place} [{when}]",
        "(dime|cuál es) el (tiempo|clima|pronóstico) [{when}] (en|para) {place} [{when}]",
    ],
    "it": [
        "che tempo (fa|farà) [{when}] a {place} [{when}]",
        "(com'è|come è|com'e) il tempo [{when}] a {place} [{when}]",
        "[il] meteo [{when}] (a|per) {place} [{when}]",
        "(che|quali) previsioni (del tempo|meteo) [ci sono] [{when}] (a|per) {place} [{when}]",
    ],
}

HARK_WEATHER = "HarkGetWeather"


def extra_intents(lang: str) -> dict[str, Any]:
    """A hassil intents dict fragment (``intents`` + ``lists``) for ``lang``."""
    sentences = WEATHER.get(lang)
    if not sentences:
        return {"intents": {}, "lists": {}}
    return {
        "intents": {HARK_WEATHER: {"data": [{"sentences": sentences}]}},
        "lists": {
            "place": {"wildcard": True},
            "when": {"values": [{"in": t, "out": v} for t, v in WHEN[lang]]},
        },
    }
