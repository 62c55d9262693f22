"""When the event just talked about starts or ends, asked by a pronoun in German, French,
Spanish and Italian: "Und bis wann geht die dann?", "Du coup elle finit à quelle heure ?",
"¿Y hasta qué hora es?", "Allora, venerdì a che ora ce l'ho?". (English has its own
readers in :mod:`hark.dialogue.pointing`.)

``asked(text, state, lang)`` returns the question said of that event by its title, or
None. Before, "elle finit à quelle heure" after a change to the team meeting was answered
with the timers, and "bis wann geht die" not at all.
"""

from __future__ import annotations

import re
from typing import Any

_ENDS = {
    "de": r"\bbis wann\b|\b(?:wann|um wie ?viel uhr)\b.*\b(?:zu ende|vorbei|fertig|aus|raus|"
          r"draußen)\b|\bwann (?:endet|hört)\b",
    "fr": r"\b(?:finit|termine|finira|finirait)\b.*\bquelle heure\b|\bquelle heure\b.*\b(?:finit|"
          r"termine|finira)\b|\bjusqu'à quelle heure\b|\b(?:finit|termine)[- ](?:elle|il)\b",
    "es": r"\ba qu[eé] hora (?:termina|acaba|se termina|terminar[ií]a)\b|\bhasta qu[eé] hora\b|"
          r"\bcu[aá]ndo (?:termina|acaba)\b",
    "it": r"\ba che ora (?:finisce|termina)\b|\bfino a che ora\b|\bquando (?:finisce|termina)\b|"
          r"\b(?:finisce|termina) a che ora\b",
}
_STARTS = {
    "de": r"\bwann (?:ist|war|is) (?:die|der|das|sie|es|er|dat)\b|\bum wie ?viel uhr\b",
    "fr": r"\bc'est à quelle heure\b|\bà quelle heure (?:c'est|il est|elle est)\b|\bc'est quand\b",
    "es": r"\ba qu[eé] hora (?:es|era|la tengo|lo tengo)\b|\bcu[aá]ndo (?:es|era)\b",
    "it": r"\ba che ora (?:ce l'ho|è|sarebbe|ce l'avevo)\b|\bquand'è\b|\bquando (?:è|ce l'ho)\b",
}
_SAID = {"de": ("Bis wann geht {title}?", "Wann ist {title}?"),
         "fr": ("À quelle heure finit {title} ?", "C'est quand, {title} ?"),
         "es": ("¿A qué hora termina {title}?", "¿Cuándo es {title}?"),
         "it": ("A che ora finisce {title}?", "Quando è {title}?")}
_MAX_WORDS = 10
# another thing named: "quand'è la cena con Anna?" asks of the dinner, not of the thing
# talked about
_NAMED = {"de": r"\b(?:der|die|das|den|dem|mein\w*)\s+(?!dann\b|jetzt\b|noch\b)[a-zäöüß]{5,}",
          "fr": r"\b(?:le|la|les|mon|ma|mes|l')\s*[a-zéèêàçû]{4,}",
          "es": r"\b(?:el|la|los|las|mi|mis)\s+[a-záéíóúñ]{4,}",
          "it": r"\b(?:il|la|lo|le|l'|gli|mio|mia)\s*[a-zàèéìòù]{4,}"}


def asked(text: str, state: Any, lang: str) -> str | None:
    """The question ``text`` asks of the event talked about, by its title (see the
    module)."""
    focus = state.focus or {}
    if lang not in _SAID or focus.get("type") != "event" or not focus.get("name") \
            or len(text.split()) > _MAX_WORDS:
        return None
    low = text.lower().replace("’", "'")
    if re.search(_NAMED[lang], low):
        return None
    ends, starts = _SAID[lang]
    if re.search(_ENDS[lang], low):
        return ends.format(title=focus["name"])
    if re.search(_STARTS[lang], low):
        return starts.format(title=focus["name"])
    return None
