"""A change to how the alarm or reminder just talked about repeats, said without naming
it: "Is the bins reminder just for this week?" — "Right, make it every Thursday then";
"Il promemoria di chiamare il dentista si ripete?" — "Allora fallo tutti i giorni alla
stessa ora"; "Mon réveil de six heures et demie, il sonne le samedi aussi ?" — "Alors
enlève le lundi et mets le samedi à la place".

``of_focus(text, focus, lang)`` returns the request with the thing named before it (for
:mod:`hark.nlu.repeat_changes` to read), or None.
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.pointing import named
from hark.nlu import repeat_changes
from hark.nlu.scope_frames import EVENT
from hark.text.clean import find_words

# a thing put in the calendar, not the days a thing repeats on: "Et mets le plombier
# mercredi à 14h à la place, dans l'agenda"
_CALENDAR = re.compile(r"\b(?:calendar|diary|kalender|terminkalender|agenda|calendrier|"
                       r"calendario)\b", re.I)


# a thing put on a list: "And put 'ring Jo and Pete about the weekend' on my to-do list"
# after the swimming alarm was moved (it had made the alarm ring every weekend)
_A_LIST = re.compile(r"\b(?:lists?|listes?|listas?|to-?dos?)\b|\w+liste\b", re.I)


def _entered(text: str, lang: str) -> bool:
    """Whether ``text`` puts a thing in the calendar by its verb: "Und den Kurs trag bitte
    auch ein: Sonnabend, …" (a day said with it, no day for the alarm to repeat on)."""
    words = EVENT.get(lang)
    return bool(words) and find_words(words, text.lower().replace("’", "'")) is not None


def of_focus(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """``text`` said of ``focus`` (one alarm or reminder), when it asks to change the days
    it repeats on and names no thing itself."""
    kind = (focus or {}).get("type")
    if kind not in ("alarm", "reminder") or repeat_changes.find(text, lang) is not None \
            or _CALENDAR.search(text) or _A_LIST.search(text) or _entered(text, lang):
        return None
    change = repeat_changes.find(text, lang, of=kind)
    if change is None:
        return None
    if (focus or {}).get("created") and not (focus or {}).get("repeats") and change.groups \
            and all(g.op == "add" for g in change.groups) \
            and not repeat_changes.weekly_days(text):
        return None  # "Und am Mittwoch bitte auch." after a one-off alarm: another one (not
        # "falla ripetere tutti i giorni")
    thing = named(focus or {}, lang)
    return f"{thing}: {text}" if thing else None
