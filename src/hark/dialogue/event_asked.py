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
    # (a pronoun, not an article: "Wann war der Müll?" names another thing)
    "de": r"\bwann (?:ist|war|is) (?:die|der|das|sie|es|er|dat)\b(?=\s+(?:dann|jetzt|noch|nun|"
          r"genau|denn|nochmal|wieder|gleich)\b|\s*[?.!,]|\s*$)|\bum wie ?viel uhr\b",
    "fr": r"\b(?:c'est|il est|elle est|ça tombe) à quelle heure\b|\bà quelle heure (?:c'est|il est|"
          r"elle est)\b|\bc'est quand\b",  # ("il est à quelle heure maintenant, ce dîner ?")
    "es": r"\ba qu[eé] hora (?:(?:dices|dijiste|me dijiste) que )?(?:es|era|la tengo|lo tengo)\b|"
          r"\bcu[aá]ndo (?:(?:dices|dijiste|me dijiste) que )?(?:es|era)\b",
    "it": r"\ba che ora (?:ce l'ho|è|sarebbe|ce l'avevo)\b|\bquand'è\b|\bquando (?:è|ce l'ho)\b",
}
# (asked as of an appointment: "¿Cuándo es examen?" alone was read as the clock's time)
_SAID = {"de": ("Bis wann geht {title}?", "Wann ist der Termin {title}?"),
         "fr": ("À quelle heure finit {title} ?", "C'est quand, le rendez-vous {title} ?"),
         "es": ("¿A qué hora termina {title}?", "¿Cuándo es la cita {title}?"),
         "it": ("A che ora finisce {title}?", "Quando è l'appuntamento {title}?")}
_MAX_WORDS = 12  # (words, not marks: "Et donc il est à quelle heure maintenant, ce dîner ?")
# another thing named: "quand'è la cena con Anna?" asks of the dinner, not of the thing
# talked about
_NAMED = {"de": r"\b(?:der|die|das|den|dem|mein\w*)\s+(?!dann\b|jetzt\b|noch\b)[a-zäöüß]{5,}",
          "fr": r"\b(?:(?:le|la|les|mon|ma|mes)\s+|l')[a-zéèêàçû]{4,}",  # (not "maintenant")
          "es": r"\b(?:el|la|los|las|mi|mis)\s+[a-záéíóúñ]{4,}",
          "it": r"\b(?:(?:il|la|lo|le|gli|mio|mia)\s+|l')[a-zàèéìòù]{4,}"}  # (not "legge")


# when the reminder talked about will remind: "Quindi quando me lo ricordi?", "Tu me le
# rappelles à quelle heure, du coup ?", "¿Y cuándo me lo recuerdas?", "Wann erinnerst du
# mich dann?"
_REMINDS = {
    "de": r"\bwann (?:(?:genau|denn|dann|jetzt|nun|eigentlich)\s+)*erinnerst du mich\b|"
          r"\bum wie ?viel uhr (?:(?:genau|denn|dann|jetzt|nun)\s+)*erinnerst du mich\b|"
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


def _other_named(low: str, title: str, lang: str) -> bool:
    """Whether ``low`` names a thing other than the one titled ``title`` ("¿a qué hora era el
    examen?" after the exam was put in names that one)."""
    own = {w.casefold() for w in re.findall(r"\w+", title)}
    return any(m.group().split()[-1].split("'")[-1] not in own
               for m in re.finditer(_NAMED[lang], low))


def asked(text: str, state: Any, lang: str) -> str | None:
    """The question ``text`` asks of the event talked about, by its title, or when the
    reminder talked about will remind (see the module)."""
    focus = state.focus or {}
    if lang not in _SAID or focus.get("type") not in ("event", "reminder") \
            or not focus.get("name") or len(re.findall(r"[\w'-]+", text)) > _MAX_WORDS:
        return None
    low = text.lower().replace("’", "'")
    if focus.get("type") == "reminder":  # ("me lo ricordi": no other thing named)
        reminds = re.search(_REMINDS[lang], low) or re.search(_STARTS[lang], low)
        if reminds is None or _other_named(low[:reminds.start()] + " " + low[reminds.end():],
                                           str(focus["name"]), lang):
            return None
        return _SAID_REMINDER[lang].format(title=focus["name"])
    if _other_named(low, str(focus["name"]), lang):
        return None
    ends, starts = _SAID[lang]
    if re.search(_ENDS[lang], low):
        return ends.format(title=focus["name"])
    if re.search(_STARTS[lang], low):
        return starts.format(title=focus["name"])
    return None
