"""A day corrected right after an event was put in or moved, in English, German, French,
Spanish and Italian: "not Thursday, I said Tuesday", "nicht Donnerstag, Freitag", "Ah
non, pardon, pas jeudi : samedi. Toujours à la même heure.", "no el jueves, el viernes",
"No aspe', venerdì no, giovedì. Sempre alle undici."; a reminder's or an alarm's day of the
month likewise ("ho sbagliato giorno: è il 22, non il 23", "es el 19, no el 20").

``corrected(text, state, lang)`` returns the move of the event talked about to the day
said without "not" (at the same time), or None. ``in_request(text, state, lang)`` returns
the request that just made a repeating reminder or alarm said again with the day put right
("Erinner mich jeden Montag und Mittwoch …" — "net Mittwoch, Dienstag hab i gmeint"), or
None. Before, such a correction was read as a
new event named after the words ("ah non pardon je me suis planté") or not at all.
"""

from __future__ import annotations

import re
from typing import Any

from hark.text.day_looks import DAY_WORDS

# "not" next to a day: before it ("not Thursday", "pas jeudi", "no el jueves", "nicht am
# Donnerstag", "non venerdì") or after it ("venerdì no", "jueves no")
_NOT = {"en": r"not", "de": r"nicht|net|ned", "fr": r"pas", "es": r"no", "it": r"non|no"}
_ARTICLE = r"(?:(?:on|am|le|el|il|de)\s+)?"
_SAID = {"en": "reschedule the {title} in my calendar to {day}", "de": "verschieb {title} auf {day}",
         "fr": "décale {title} à {day}", "es": "mueve {title} al {day}",
         "it": "sposta {title} a {day}"}
# the day said for another thing: "remind me on Friday, not Thursday" is no correction
# of the event (only short turns count)
_MAX_WORDS = 16


# a time said besides the days (English)
_CLOCK_TOO = re.compile(r"\d|\b(?:at|by|for)\s+(?:one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve|half|quarter|noon|midday)\b|\b(?:morning|afternoon|"
                        r"evening|night|noon|midday|o'clock)\b", re.I)
# a day of the month said with its article: "il 22", "le 22", "el 22", "am 22.", "the 22nd"
_NUMBER = r"(?P<n>[1-9]|[12]\d|3[01])(?P<end>\.|st|nd|rd|th)?(?![\d:.h])"
_ARTICLES = r"il|le|el|am|den|the"
_DAY_NUMBER = re.compile(rf"\b(?:{_ARTICLES})\s+{_NUMBER}", re.I)


def _days_put_right(text: str, lang: str) -> tuple[str, str] | None:
    """(the day said with "not", the other day) of ``text``, or None: two weekdays, else
    two days of the month ("è il 22, non il 23")."""
    low = text.lower()
    days = [(d.group(), d.start(), d.end())
            for d in re.finditer(rf"\b(?:{DAY_WORDS[lang]})\b", low)]
    if not days:
        days = [(d["n"], d.start("n"), d.end()) for d in _DAY_NUMBER.finditer(low)]
    if len({d[0] for d in days}) != 2:
        return None
    nots = [d for d in days
            if re.search(rf"\b(?:{_NOT[lang]})\s+{_ARTICLE}$", low[:d[1]])
            or re.match(rf"\s*(?:{_NOT[lang]})\b", low[d[2]:])]
    if len({d[0] for d in nots}) != 1:
        return None
    return nots[0][0], next(d[0] for d in days if d[0] != nots[0][0])


def in_request(text: str, state: Any, lang: str) -> str | None:
    """The request that just made a reminder or alarm, its day put right (see the module)."""
    focus = state.focus or {}
    if lang not in DAY_WORDS or focus.get("type") not in ("reminder", "alarm") \
            or not focus.get("created") or not state.just_before() \
            or len(text.split()) > _MAX_WORDS or not state.last_text:
        return None
    pair = _days_put_right(text, lang)
    if pair is None or (lang == "en" and _CLOCK_TOO.search(text)):
        return None  # (a time said with the day is put right by the follow-on reader: "not
    old, new = pair  # Saturday, Friday evening at six")
    said = list(re.finditer(rf"\b{re.escape(old)}\b", state.last_text, re.I))
    if len(said) != 1 or re.search(rf"\b{re.escape(new)}\b", state.last_text, re.I):
        return None
    at = said[0]
    word = new.capitalize() if at.group()[0].isupper() else new
    return f"{state.last_text[:at.start()]}{word}{state.last_text[at.end():]}"


def corrected(text: str, state: Any, lang: str) -> str | None:
    """The event talked about moved to the day ``text`` says instead (see the module)."""
    focus = state.focus or {}
    if lang not in DAY_WORDS or focus.get("type") != "event" or not focus.get("name") \
            or not state.just_before() or len(text.split()) > _MAX_WORDS:
        return None
    pair = _days_put_right(text, lang)
    if pair is None or pair[1].isdigit():  # (an event's day of the month: not here)
        return None
    day = pair[1]
    number = re.search(rf"\b{re.escape(day)}\s*,?\s*(?:(?:{_ARTICLES})\s+)?{_NUMBER}", text, re.I)
    if number is not None:  # "Sorry, it's Friday the 11th, not Thursday." (not the 4th)
        day = f"{day} the {number['n']}{number['end'] or 'th'}" if lang == "en" else \
            f"{day} {number['n']}{'.' if lang == 'de' else ''}"
    return _SAID[lang].format(title=focus["name"], day=day)
