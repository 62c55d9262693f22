"""When the event just talked about starts or ends, asked by a pronoun in German, French,
Spanish and Italian: "Und bis wann geht die dann?", "Du coup elle finit à quelle heure ?",
"¿Y hasta qué hora es?", "Allora, venerdì a che ora ce l'ho?"; and when the reminder talked about reminds: "Quindi
quando me lo ricordi?". (English has its own
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


# when the reminder talked about will remind: "Quindi quando me lo ricordi?", "Tu me le
# rappelles à quelle heure, du coup ?", "¿Y cuándo me lo recuerdas?", "Wann erinnerst du
# mich dann?"
_REMINDS = {
    "de": r"\bwann erinnerst du mich\b|\bum wie ?viel uhr erinnerst du mich\b|"
          r"\bwann (?:kommt|ist) (?:die|sie)\b",
    "fr": r"\b(?:quand|à quelle heure)\b.*\b(?:me le|me la|me) rappel\w*|\b(?:me le|me la|me) "
          r"rappel\w*\b.*\b(?:quand|à quelle heure)\b",
    "es": r"\b(?:cu[aá]ndo|a qu[eé] hora)\b.*\b(?:me lo|me la|me) (?:recuerd\w*|avis\w*)|"
          r"\b(?:me lo|me la) (?:recuerd\w*|avis\w*)\b.*\b(?:cu[aá]ndo|a qu[eé] hora)\b",
    "it": r"\b(?:quando|a che ora)\b.*\b(?:me lo|me la|mi) ricord\w*|\b(?:me lo|me la) "
          r"ricord\w*\b.*\b(?:quando|a che ora)\b",
}
_SAID_REMINDER = {"de": "Wann ist die Erinnerung {title}?", "fr": "Quand est le rappel {title} ?",
                  "es": "¿Cuándo es el recordatorio {title}?",
                  "it": "Quando è il promemoria {title}?"}


def asked(text: str, state: Any, lang: str) -> str | None:
    """The question ``text`` asks of the event talked about, by its title, or when the
    reminder talked about will remind (see the module)."""
    focus = state.focus or {}
    if lang not in _SAID or focus.get("type") not in ("event", "reminder") \
            or not focus.get("name") or len(text.split()) > _MAX_WORDS:
        return None
    low = text.lower().replace("’", "'")
    if focus.get("type") == "reminder":  # ("me lo ricordi": no other thing named)
        reminds = re.search(_REMINDS[lang], low) or re.search(_STARTS[lang], low)
        if reminds is None or re.search(_NAMED[lang], low[:reminds.start()] + " "
                                        + low[reminds.end():]):
            return None
        return _SAID_REMINDER[lang].format(title=focus["name"])
    if re.search(_NAMED[lang], low):
        return None
    ends, starts = _SAID[lang]
    if re.search(_ENDS[lang], low):
        return ends.format(title=focus["name"])
    if re.search(_STARTS[lang], low):
        return starts.format(title=focus["name"])
    return None
