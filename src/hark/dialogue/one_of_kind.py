""""The one of …" said of the kind just talked about, in German, French, Spanish and
Italian: after the weekday alarm was deleted, "Y el de mañana a las siete y cuarto,
cámbialo a las ocho" is the alarm of tomorrow at 7:15; likewise "et celui de samedi",
"e quella delle sei", "und den von morgen".

Read alone, "el de mañana" named no kind, and the request was put in the calendar.
:func:`with_kind` says the kind of the thing the last answer was about in place of "the
one" (:mod:`hark.text.one_named` does it when a word names the thing, "quella del nuoto").
"""

from __future__ import annotations

import re

_ONE = {
    "es": re.compile(r"^(?P<lead>\W*(?:y\s+|e\s+)?)(?P<one>el|la)\s+(?=de\b|del\b)", re.I),
    "it": re.compile(r"^(?P<lead>\W*(?:e\s+|ed\s+)?)(?P<one>quell[oa])\s+(?=di\b|del|della|"
                     r"delle|dello|dei|degli|dell'|alle\b|delle\b)", re.I),
    "fr": re.compile(r"^(?P<lead>\W*(?:et\s+)?)(?P<one>celui|celle)\s+(?=de\b|du\b|des\b|d')",
                     re.I),
    "de": re.compile(r"^(?P<lead>\W*(?:und\s+)?)(?P<one>den|die|das)\s+(?=von\b|vom\b|für\b|"
                     r"fürs\b|um\b|am\b)", re.I),
}
# the kind said, by language, kind and the one's gender
_KIND = {
    ("es", "alarm"): {"el": "el despertador", "la": "la alarma"},
    ("es", "reminder"): {"el": "el recordatorio"},
    ("es", "timer"): {"el": "el temporizador"},
    ("es", "event"): {"la": "la cita", "el": "el evento"},
    ("it", "alarm"): {"quella": "la sveglia"},
    ("it", "reminder"): {"quello": "il promemoria"},
    ("it", "timer"): {"quello": "il timer"},
    ("it", "event"): {"quello": "l'appuntamento"},
    ("fr", "alarm"): {"celui": "le réveil", "celle": "l'alarme"},
    ("fr", "reminder"): {"celui": "le rappel"},
    ("fr", "timer"): {"celui": "le minuteur", "celle": "la minuterie"},
    ("fr", "event"): {"celui": "le rendez-vous", "celle": "la réunion"},
    ("de", "alarm"): {"den": "den Wecker"},
    ("de", "reminder"): {"die": "die Erinnerung"},
    ("de", "timer"): {"den": "den Timer"},
    ("de", "event"): {"den": "den Termin"},
}


def with_kind(text: str, kind: str | None, lang: str) -> str | None:
    """``text`` with "the one" said as the ``kind`` talked about, or None."""
    pattern = _ONE.get(lang)
    m = pattern.match(text) if pattern is not None and kind else None
    said = _KIND.get((lang, kind or ""), {}).get(m["one"].lower()) if m else None
    if m is None or said is None:
        return None
    return f"{m['lead']}{said} {text[m.end():]}"
