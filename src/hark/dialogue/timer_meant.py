"""The other timer meant, right after a change made to one: "Ah no, sorry, I meant the
pasta, not the laundry", "Non mais non, pas la lessive, je voulais dire les pâtes", "No
aspe', nun er bucato, intendevo la pasta", "Nein, ich meinte die Nudeln", "No, quería
decir la pasta".

``redo(text, state, names, lang)`` returns the last request said again of the timer now
named (the change made to the first one is then undone), or None.
"""

from __future__ import annotations

import re
from typing import Any

_MEANT = {
    "en": r"\b(?:i meant|i mean|meant|i said|i was talking about)\b",
    "de": r"\b(?:ich mein(?:te|e)|gemeint (?:hab|habe|war)|ich sprach von)\b",
    "fr": r"\b(?:je voulais dire|je veux dire|je parlais d)",
    "es": r"\b(?:quer[ií]a decir|quise decir|me refer[ií]a a|hablaba de)\b",
    "it": r"\b(?:intendevo|volevo dire|dicevo)\b",
}
_CHANGES = ("timer_adjust", "timer_pause", "timer_resume", "timer_remove")


def said(text: str, lang: str) -> bool:
    """Whether ``text`` says what was meant (the cheap look before the timers are read)."""
    return lang in _MEANT and re.search(_MEANT[lang], text, re.I) is not None


def redo(text: str, state: Any, names: list[str], lang: str) -> str | None:
    """The last timer request said of the timer meant instead (see the module), or None."""
    focus = state.focus or {}
    if lang not in _MEANT or not state.just_before() or state.last_intent not in _CHANGES \
            or focus.get("type") != "timer" or not focus.get("name"):
        return None
    marker = re.search(_MEANT[lang], text, re.I)
    if marker is None:
        return None
    old = str(focus["name"])
    after = text[marker.end():].casefold()
    meant = [n for n in names if n and n.casefold() != old.casefold()
             and re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", after)]
    if len(meant) != 1:
        return None
    before = state.last_text or ""
    again = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", meant[0], before, flags=re.I)
    return again if again != before else None
