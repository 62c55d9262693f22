"""A small hour in the night before a day, in German, French, Spanish and Italian: "in der
Nacht auf Dienstag um halb drei" is Tuesday at 2:30 (not Tuesday afternoon, nor "in the
night" with no time); "dans la nuit de lundi à mardi à deux heures", "la noche del lunes
al martes a las dos", "nella notte tra lunedì e martedì alle due" alike.

``night_of(text)`` says such a time as the day it falls on, with the night's own words
after the clock ("am Dienstag um halb drei nachts", "mardi à deux heures du matin", "el
martes a las dos de la madrugada", "martedì alle due di notte"); other text comes back as
it was. Only a small hour (before six) is moved: "in der Nacht auf Dienstag um elf" is
still Monday evening and is left as said.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hark.nlu.normalize import normalize
from hark.nlu.repeat_changes import day_names

_DAY = "|".join(day_names())
# the night, the day before it and the day it runs into; then the clock's preposition
_NIGHTS = {
    # "in der Nacht von Freitag auf Samstag um drei", "in der Nacht zum Sonntag um vier"
    "de": (rf"\bin der nacht\s+(?:von\s+(?:{_DAY})\s+)?(?:auf|zum|zu)\s+(?:den\s+)?"
           rf"(?P<day>{_DAY})\s+(?P<at>um)\s+", "am {day} um {time} nachts"),
    # "dans la nuit de vendredi à samedi à trois heures", "la nuit de jeudi à vendredi vers 4 h"
    "fr": (rf"\b(?:dans\s+|pendant\s+)?la nuit\s+(?:du|de)\s+(?:{_DAY})\s+(?:à|au)\s+"
           rf"(?P<day>{_DAY})\s+(?P<at>à|vers)\s+", "{day} à {time} du matin"),
    # "la noche del viernes al sábado a las tres", "en la madrugada del jueves al viernes a las 4"
    "es": (rf"\b(?:en\s+|por\s+)?la\s+(?:noche|madrugada)\s+del?\s+(?:{_DAY})\s+(?:al|para el)"
           rf"\s+(?P<day>{_DAY})\s+(?P<at>a las|a la)\s+", "el {day} a las {time} de la madrugada"),
    # "nella notte tra venerdì e sabato alle tre", "la notte fra giovedì e venerdì alle 4"
    "it": (rf"\b(?:nella|la|di)\s+notte\s+(?:tra|fra)\s+(?:{_DAY})\s+e\s+(?P<day>{_DAY})\s+"
           rf"(?P<at>alle|all'|verso le)\s*", "{day} alle {time} di notte"),
}
_NIGHT_RE = {lang: (re.compile(pattern, re.I), said) for lang, (pattern, said) in _NIGHTS.items()}
# a word that only says a clock's hour is a clock: "trois heures", "drei Uhr", "a las dos horas"
_CLOCK_WORD = re.compile(r"uhr|heures?|h|horas?|ore|pile|precise|esatte", re.I)
_NOW = datetime(2026, 1, 5, 12, tzinfo=UTC)  # (any day: only the clock's hour is read)


def _small_hour(words: list[str], lang: str) -> int:
    """How many of ``words`` say a clock before six ("halb drei", "deux heures"), or 0:
    the fewest that say what the most say ("3:30 per il cane" is "3:30")."""
    read: dict[int, str] = {}
    for n in range(1, min(len(words), 5) + 1):
        said = normalize("time", " ".join(words[:n]), _NOW, lang)
        if isinstance(said, dict) and said.get("time") and said.get("kind") == "time":
            hour = int(str(said["time"])[:2])  # (a bare "halb drei" is read as either)
            if (hour % 12 if said.get("ambiguous") else hour) < 6:
                read[n] = str(said["time"])
    if not read:
        return 0
    last = read[max(read)]
    n = min(n for n, time in read.items() if time == last)
    while n < len(words) and _CLOCK_WORD.fullmatch(words[n]):  # "trois | heures"
        n += 1
    return n


def night_of(text: str) -> str:
    """``text`` with a small hour in the night before a day said as that day's (see the
    module)."""
    for lang, (night, said) in _NIGHT_RE.items():
        m = night.search(text)
        if m is None:
            continue
        clause = re.split(r"[,.;!?]", text[m.end():], maxsplit=1)[0]
        found = list(re.finditer(r"\S+", clause))
        n = _small_hour([w.group() for w in found], lang)
        if not n:
            continue
        end = m.end() + found[n - 1].end()
        return (text[:m.start()] + said.format(day=m["day"], time=clause[:found[n - 1].end()])
                + text[end:])
    return text
