""""Same time": the clock of the thing talked about kept while its day changes or another
thing is made, in five languages — "another one for Friday at the same time", "the day
after, same time as before", "und noch einen für Donnerstag zur gleichen Zeit", "mets-le
jeudi à la même heure", "a la misma hora", "allo stesso orario".

One pattern for the readers that replace it by a clock (:mod:`hark.dialogue.relative`,
:mod:`hark.dialogue.relative_other`) and those that drop it so the new day alone is read
(:mod:`hark.dialogue.its_day`, :mod:`hark.nlu.move_requests`).
"""

from __future__ import annotations

import re

SAME_TIME = re.compile(
    r"\b(?:(?:at|à|a|alla|allo|nello|zur|um\s+die)\s+)?(?:the\s+|la\s+)?"
    r"(?:same\s+time(?:\s+(?:as\s+)?(?:it|that|before)(?:\s+(?:was|is|were))?)?|même\s+heure|misma\s+hora|"
    r"stessa\s+ora|stesso\s+orario|(?:gleichen?|selben?)\s+(?:zeit|uhrzeit))\b", re.I)
_WITH_COMMA = re.compile(r",?\s*" + SAME_TIME.pattern, re.I)


def find(text: str, *, with_comma: bool = False) -> re.Match[str] | None:
    """Where ``text`` says "same time"; with the comma and space before it when asked."""
    return (_WITH_COMMA if with_comma else SAME_TIME).search(text)


def drop(text: str) -> str:
    """``text`` without "same time" and the comma before it, spaces tidied."""
    return re.sub(r"\s{2,}", " ", _WITH_COMMA.sub("", text)).strip()


# a move of a thing to another day, in German: "schieb den auf Sonntag", "verleg ihn auf
# Montag" (elsewhere "same time" is read well, and a correction after it looks for it)
_MOVED = re.compile(r"\b(?:(?:ver)?schieb\w*|verleg\w*)", re.I)
_NEW_ONE = re.compile(r"\bnoch (?:einen|eine|eins)\b", re.I)


def moved_day_alone(text: str) -> str:
    """``text`` without "same time" when it moves a thing to another day ("Schieb den auf
    Sonntag, gleiche Zeit": its clock is kept anyway, and the words had made the request
    read as a new alarm, too weakly to be done); else ``text``."""
    said = SAME_TIME.search(text)
    if said is None:
        return text
    moved = _MOVED.search(text, 0, said.start())
    if moved is None or _NEW_ONE.search(text):
        return text
    return drop(text)
