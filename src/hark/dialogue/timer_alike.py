"""A new timer as long as the one just talked about, in five languages: "Start another timer
for the same amount of time, I'll iron my shirts while I wait." after "How long's left on the
laundry timer?" (what is left of it: 15 minutes), "and one more just as long" after a
20-minute timer was set (its length), "noch einen, genauso lange", "un autre de la même
durée", "otro con el mismo tiempo", "un altro della stessa durata"; or "the same one again":
"y otro igual para la otra pierna", "un'altra uguale", "une autre pareille", "noch so einen".

``alike(text, state, now, lang)`` returns the request with the length said, or None.
"""

from __future__ import annotations

import re
from datetime import datetime

from hark.dialogue.state import DialogueState, about_at
from hark.nlu.normalize import normalize

# a new timer asked for
_NEW = {
    "en": r"\b(?:timer|another|one more|a second one)\b",
    "de": r"\b(?:timer|noch (?:einen|eine|ein))\b",
    "fr": r"\b(?:minuteur|minuterie|un autre|une autre)\b",
    "es": r"\b(?:temporizador|otro|otra)\b",
    "it": r"\b(?:timer|un altro|un'altra)\b",
}
# as long as that one
_SAME = {
    "en": r"\b(?:(?:for )?the same (?:amount of )?(?:time|length)|(?:for )?the same amount|"
          r"just as long|as long as (?:that|it|that one)|for as long|same length)\b",
    "de": r"\b(?:genauso lange?|gleich lange?|(?:die|diese) gleiche zeit|dieselbe zeit|"
          r"noch (?:so )?(?:einen|eine) (?:gleichen|gleiche|genauso)|noch so (?:einen|eine))\b",
    "fr": r"(?:(?:la|cette) même durée|(?:le|ce) même temps|aussi longtemps|\bune? autre (?:pareil(?:le)?|"
          r"identique|comme (?:ça|celui-là|celle-là))\b)",
    "es": r"\b(?:(?:el|ese|este) mismo tiempo|(?:la|esa|esta) misma duraci[oó]n|igual de largo|"
          r"otr[oa] igual|otr[oa] (?:id[eé]ntico|id[eé]ntica|como ese|como esa))\b",
    "it": r"\b(?:(?:la|quella|questa) stessa durata|(?:lo|quello|questo) stesso tempo|stessa durata|"
          r"(?:un altro|un'altra) (?:uguale|identic[oa]|così|come quello|come quella))\b",
}
_SAID = {"en": "set a timer for {n} minutes", "de": "stell einen Timer auf {n} Minuten",
         "fr": "mets un minuteur de {n} minutes", "es": "pon un temporizador de {n} minutos",
         "it": "imposta un timer di {n} minuti"}


# (English) longer or shorter than that one: "another timer five minutes longer than that"
_THAN = re.compile(r"\b(?P<amount>(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"fifteen|twenty|thirty|forty|half an?)\s+(?:minutes?|mins?|hours?|seconds?|secs?|"
                   r"hour))\s+(?P<dir>longer|shorter|more|less)\s+than\s+(?:that|it|that one|"
                   r"the (?:\w+\s+)?(?:one|timer))\b", re.I)


def alike(text: str, state: DialogueState, now: datetime, lang: str) -> str | None:
    """A timer for as long as the one the last turn asked about (what is left) or made (its
    length), or (English) an amount longer or shorter than it, said with that length; None
    when ``text`` asks no such thing."""
    focus = state.focus or {}
    than = _THAN.search(text) if lang == "en" else None
    if lang not in _SAID or focus.get("type") != "timer" or not state.just_before() \
            or not (than or re.search(_SAME[lang], text, re.I)) \
            or not re.search(_NEW[lang], text, re.I):
        return None
    seconds: float | None = None
    if (state.last_intent or "").endswith("_query"):  # what is left of it
        at = about_at(state.about, now.tzinfo)
        seconds = (at - now).total_seconds() if at is not None else None
    if not seconds or seconds <= 0:
        seconds = float(focus.get("seconds") or 0)
    if than is not None:
        length = normalize("duration", than["amount"], now, "en") or {}
        sign = 1 if than["dir"].lower() in ("longer", "more") else -1
        seconds += sign * float(length.get("seconds") or 0)
    if seconds <= 0:
        return None
    said = _SAID[lang].format(n=max(1, round(seconds / 60)))
    named = (_NAMED if lang == "en" else _NAMED_OTHER[lang]).search(
        re.sub(_SAME[lang], " ", _THAN.sub(" ", text), flags=re.I))
    called = _CALLED.search(text) if lang == "en" else None
    if called:  # "… for the same amount of time and call it hazard perception"
        return f"{said} and call it {called['name']}"
    if named is not None and lang != "en":  # "… con ese mismo tiempo para el glaseado"
        return f"{said} {named['all']}"
    return f"{said} for the {named['name']}" if named else said  # "… for the biscuits"


# what the new one is for (English): "… just as long for the biscuits"
_NAMED = re.compile(r"\bfor (?:the|my|our) (?P<name>[a-z][\w' -]{1,30}?)(?=\s*(?:[,.!?]|$))", re.I)
# its name, said after: "… and call it hazard perception"
_CALLED = re.compile(r"\b(?:call|name) it\s+(?P<name>[a-z][\w' -]{0,30}?)\s*[.!?]*$", re.I)
# the same in German, French, Spanish and Italian, with its "for" and article: "für die
# Plätzchen", "pour les sablés", "para el glaseado", "per i biscotti" (up to a comma: "…,
# que tiene que enfriarse" is why)
_NAMED_OTHER = {
    lang: re.compile(rf"\b(?P<all>(?:{word})\s+(?P<name>[^\W\d][\w' -]{{1,30}}?))"
                     r"(?=\s*(?:[,.!?]|$))", re.I)
    for lang, word in (("de", r"für|fürs"), ("fr", r"pour"), ("es", r"para"), ("it", r"per"))}
