"""A thing of another kind asked about with "and …?" right after a question, in English,
German, French, Spanish and Italian ("What time is the reminder for Sam's card?" — "And the
swimming alarm on the same day?"): "¿A qué hora suena la alarma de natación?" — "¿Y el
recordatorio de la tarjeta de Sam?", "Et le rappel pour la carte de Sam ?", "E il
promemoria del dentista?", "Und die Erinnerung an den Zahnarzt?".

Carried over as the question before with the thing swapped, the reminder was asked as an
alarm ("¿a qué hora suena la alarma de tarjeta de Sam?") and all the alarms were read.
``asked(text, state, lang)`` returns the question said plainly ("¿cuándo es el
recordatorio de la tarjeta de Sam?"), or None.
"""

from __future__ import annotations

import re
from typing import Any

from hark.nlu.stored_requests import kind_of

_AND = {"de": r"und", "fr": r"et", "es": r"y", "it": r"e|ed", "en": r"and|what about|how about"}
_ARTICLE = {"de": r"der|die|das|den|dem|mein|meine|meinen", "fr": r"le|la|les|l'|mon|ma|mes",
            "es": r"el|la|los|las|mi|mis", "it": r"il|lo|la|i|gli|le|l'|il mio|la mia",
            "en": r"the|my"}
_WHEN = {"de": "wann ist {thing}?", "fr": "c'est quand {thing} ?",
         "es": "¿cuándo es {thing}?", "it": "quando è {thing}?", "en": "when is {thing}?"}
# the day of the one asked before, said again (English): "on the same day", "that day too"
_SAME_DAY = re.compile(r"\s+(?:on\s+)?(?:the\s+same\s+day|that\s+day)(?:\s+(?:too|as\s+well))?$",
                       re.I)
# the kinds a "when" question is asked of (a timer's is how long it has left)
_WHEN_KINDS = ("alarm", "reminder")


def _was_query(state: Any) -> str | None:
    """The kind of thing the question just before was about, or None when the turn
    before was no question."""
    intent = state.last_intent or ""
    if not state.just_before() or not intent.endswith("_query"):
        return None
    return str((state.focus or {}).get("type") or intent.partition("_")[0])


def _english_kind(words: str) -> str | None:
    """The one kind an English thing's words end in ("swimming alarm"), or None."""
    m = re.search(r"\b(alarm|reminder)(?:\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+of\s+\w+)?$",
                  words.strip(), re.I)  # ("… on the 5th of December": the same day, said)
    return m.group(1).lower() if m else None


def asked(text: str, state: Any, lang: str) -> str | None:
    """The question about a thing of another kind than the one just asked about that
    ``text`` asks with "and", said plainly; None."""
    before = _was_query(state) if lang in _WHEN else None
    if before is None:
        return None
    m = re.fullmatch(rf"\W*(?:{_AND[lang]})\s+(?P<thing>(?:{_ARTICLE[lang]})(?:\s+|(?<=')))"
                     rf"(?P<rest>[^?.!,;]+?)\s*[?.!]*\s*", text, re.I)
    if m is None or len(m["rest"].split()) < (2 if lang == "en" else 3):  # (the kind and
        return None  # what it is about: "the swimming alarm")
    rest = _SAME_DAY.sub("", m["rest"]) if lang == "en" else m["rest"]
    kind = _english_kind(rest) if lang == "en" else \
        kind_of(rest.lower(), lang) or kind_of(f"{m['thing']}{rest}".lower(), lang)
    if kind not in _WHEN_KINDS or kind == before:
        return None
    return _WHEN[lang].format(thing=f"{m['thing']}{rest}".strip())
