"""A question about the timers that does not say "timer", right after a turn about them
("Which one's going to beep first now?", "What's next to go off?", "How long on the two of
them now?", "Lequel va sonner en premier, alors ?", "¿Cuál va a sonar primero, pe?", "E
adesso quale suona prima?", "and how long now?" of the timer just changed), said in full so that the timer skill answers it rather than
the alarms'.

``asked(text, state, lang)`` returns the question said plainly, or None.
"""

from __future__ import annotations

import re
from typing import Any

from hark.nlu.stored_requests import kind_of
from hark.skills.timer_words import every_timer, first_asked, renamed

_FIRST = {"en": "which timer goes off first?", "de": "welcher Timer klingelt zuerst?",
          "fr": "quel minuteur sonne en premier ?", "es": "¿cuál temporizador suena primero?",
          "it": "quale timer suona prima?"}
_ALL = {"en": "how long is left on my timers?", "de": "wie lange laufen meine Timer noch?",
        "fr": "combien de temps reste-t-il sur mes minuteurs ?",
        "es": "¿cuánto les queda a mis temporizadores?",
        "it": "quanto manca ai miei timer?"}
_ONE = {"en": "how long is left on the {name} timer?", "de": "wie lange läuft der Timer {name} noch?",
        "fr": "combien de temps reste-t-il sur le minuteur {name} ?",
        "es": "¿cuánto le queda al temporizador {name}?", "it": "quanto manca al timer {name}?"}
# the one timer just talked about, which has no name, named by its length
_BY_LENGTH = {"en": "{m} minute", "de": "von {m} Minuten", "fr": "de {m} minutes",
              "es": "de {m} minutos", "it": "da {m} minuti"}
# how long is left, asked with nothing named: "and how long now?", "Und wie lange jetzt?"
_HOW_LONG_ALONE = {
    "en": r"(?:(?:and|so|ok|okay)[,\s]+)?how (?:long|much time)(?:'s| is)?(?: (?:left|it|that|on it))*"
          r"(?: now| then)?\s*[?.!]*",
    "de": r"(?:(?:und|also|ok)[,\s]+)?wie (?:lange?|viel zeit)(?: (?:noch|jetzt|läuft er|ist es|dauert es|"
          r"bleibt))*\s*[?.!]*",
    "fr": r"(?:(?:et|alors|ok)[,\s]+)?(?:il (?:en )?reste )?combien(?: de temps)?(?: (?:il reste|"
          r"maintenant|alors|du coup))*\s*[?.!]*",
    "es": r"(?:(?:y|vale|ok)[,\s]+)?¿?\s*cu[aá]nto(?: tiempo)?(?: (?:le |me |nos )?(?:queda|falta))?"
          r"(?: (?:en|a|de) (?:ese|este|eso|esto))?(?: ahora)?\s*[?.!]*",
    "it": r"(?:(?:e|ok|allora)[,\s]+)?quanto(?: tempo)?(?: (?:mi |ci |gli )?(?:manca|resta|ci vuole))?"
          r"(?: (?:su|a|per|in) (?:quello|questo))?(?: (?:adesso|ora))?\s*[?.!]*",
}
# how long is left, said without a name: "how long on both now?", "wie lange noch bei
# beiden?", "combien de temps pour les deux ?"
_HOW_LONG = re.compile(r"\b(?:how long|how much time|wie lang\w*|wie viel zeit|combien de temps|"
                       r"cu[aá]nto|quanto)\b", re.I)
# another kind of thing named: the question is not about the timers
_OTHER_KIND = re.compile(r"\b(?:alarms?|reminders?|meetings?|appointments?|events?|"
                         r"calendar|lists?)\b", re.I)


def about_timers(state: Any) -> bool:
    """Whether the turn just before was about a timer."""
    focus = state.focus or {}
    return state.just_before() and (focus.get("type") == "timer" or str(
        state.last_intent or "").startswith("timer_"))


def asked(text: str, state: Any, lang: str) -> str | None:
    """``text`` asked plainly of the timers when the turn before was about them; also a
    timer named ("Call that one flapjacks": "rename the timer to flapjacks")."""
    focus = state.focus or {}
    old = str(focus.get("name") or "") if focus.get("type") == "timer" else ""
    if lang in _FIRST and about_timers(state) and (plain := renamed(text, lang, old)):
        return plain
    if lang not in _FIRST or not about_timers(state) or _OTHER_KIND.search(text) or (
            lang != "en" and kind_of(text.lower(), lang) not in (None, "timer")):
        return None
    if first_asked(text):
        return _FIRST[lang]
    if _HOW_LONG.search(text) and every_timer(text):
        return _ALL[lang]
    if re.fullmatch(_HOW_LONG_ALONE[lang], text.strip().lower()):
        seconds = focus.get("seconds") if focus.get("type") == "timer" else None
        if not old and isinstance(seconds, int | float) and seconds and seconds % 60 == 0:
            # "¿Cuánto me queda en ese?" after a timer with no name: that one, by its length
            return _ONE[lang].format(name=_BY_LENGTH[lang].format(m=int(seconds // 60)))
        return _ONE[lang].format(name=old)  # "and how long now?" after the laundry timer
        # (not "Quanto manca al bucato?": another timer named)
    return None
