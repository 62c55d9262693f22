"""Several timers said as one list (English): "set a 5 minute timer for the rice, 10 for
the beef and 15 for the tart", "Three timers love: 5 mins for the rice, 10 for the beef,
15 for the tart", "timers: 5 mins rice, 10 mins beef" — each item a timer of its own,
its unit the one said before it when it has none ("10 for the beef": 10 minutes).

``timers_listed(text)`` returns the list said as one request per timer ("set a 5 minute
timer for the rice, and set a 10 minute timer for the beef, …"), or ``text`` unchanged
when it is not such a list. Every item after the first must be a length and a name alone,
so "set a timer for 5 minutes for the rice and add beef to the list" is left alone.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS

_NUMBER_WORDS = (f"{HOUR_WORDS}|thirteen|"
                 "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty[- ]five|"
                 "thirty|thirty[- ]five|forty|forty[- ]five|fifty|sixty|ninety")
_AMOUNT = rf"(?:\d{{1,3}}(?:\.\d)?|{_NUMBER_WORDS}|an?|half an?)"
_UNIT = r"(?:minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?|s)"
_DURATION = rf"(?P<n>{_AMOUNT})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
_NAME = r"(?:the\s+|my\s+|me\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)"
# "10 for the beef", "10 mins beef", "one for ten minutes for the beef"
_ITEM = re.compile(rf"(?:one\s+)?(?:for\s+|of\s+)?{_DURATION}\s+(?:for\s+|on\s+)?{_NAME}", re.I)
# "the beef 10 minutes", "beef for 10"
_ITEM_NAME_FIRST = re.compile(rf"{_NAME}\s+(?:for\s+|on\s+)?{_DURATION}", re.I)
# what opens the list: "set a 5 minute timer for the rice", "timers: …", "three timers love: …"
_FIRST_TIMER = re.compile(
    rf"^(?P<lead>.*?\b(?:set|start|put on|put|need|want|give me|can i have|could i have|"
    rf"i'?d like)\s+)(?:me\s+)?(?:(?:a|an|one)\s+)?{_DURATION}\s*-?\s*timers?\s+(?:for|on)\s+{_NAME}$",
    re.I)
# "set a timer for 5 minutes for the rice"
_FIRST_TIMER_AFTER = re.compile(
    rf"^(?P<lead>.*?\b(?:set|start|put on|put|need|want|give me|can i have|could i have|"
    rf"i'?d like)\s+)(?:me\s+)?(?:(?:a|an|one)\s+)?timer\s+(?:for\s+|of\s+)?{_DURATION}\s+"
    rf"(?:for|on)\s+{_NAME}$", re.I)
_HEADING = re.compile(r"^(?:(?:ok(?:ay)?|right|so|and|please|can you|could you|i need|i want|"
                      r"set(?: me)?(?: up)?|start|put on|i'?d like|can i have|give me)[\s,]+)*"
                      r"(?:(?:two|three|four|five|\d)\s+)?timers?\b[^:,]*[:,]\s*(?P<rest>.+)$",
                      re.I)
_PIECES = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|;\s*)", re.I)
_NOT_NAMES = re.compile(r"\b(?:timer|timers|alarm|remind|list|calendar|add|set|cancel|stop|"
                        r"please|thanks|thank|love|ta|cheers|now|each|too|to|off|from|by|more|extra|another|"
                        r"left|on|of|in|at|minutes?|mins?|hours?|seconds?)\b", re.I)
_FULL_UNIT = {"m": "minute", "min": "minute", "mins": "minute", "minute": "minute",
              "minutes": "minute", "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour",
              "hours": "hour", "s": "second", "sec": "second", "secs": "second",
              "second": "second", "seconds": "second"}


def _item(piece: str) -> tuple[str, str | None, str] | None:
    """(amount, unit or None, name) of one listed timer, or None."""
    piece = piece.strip(" .!")
    for pattern in (_ITEM, _ITEM_NAME_FIRST):
        m = pattern.fullmatch(piece)
        if m is None or _NOT_NAMES.search(m.group("name")):
            continue
        amount = m.group("n").lower()
        if amount in ("a", "an") and not m.group("unit"):
            continue
        return amount, m.group("unit"), m.group("name")
    return None


def _said(amount: str, unit: str, name: str) -> str:
    whole = _FULL_UNIT[unit.lower()]
    amount = {"an": "1", "a": "1"}.get(amount, amount)
    if amount.startswith("half"):
        return f"set a timer for half an {whole} for the {name}"
    return f"set a {amount} {whole} timer for the {name}"


def timers_listed(text: str) -> str:
    """``text`` with a list of timers said one request each (see the module)."""
    if "timer" not in text.lower():
        return text
    pieces = [p for p in _PIECES.split(text.strip().rstrip(".!")) if p.strip()]
    if len(pieces) < 2:
        return text
    items: list[tuple[str, str | None, str]] = []
    first = _FIRST_TIMER.match(pieces[0].strip()) or _FIRST_TIMER_AFTER.match(pieces[0].strip())
    if first is not None and not _NOT_NAMES.search(first.group("name")):
        items.append((first.group("n").lower(), first.group("unit") or None,
                      first.group("name")))
        rest = pieces[1:]
    else:
        head = _HEADING.match(text.strip().rstrip(".!"))
        if head is None:
            return text
        rest = [p for p in _PIECES.split(head.group("rest")) if p.strip()]
        if len(rest) < 2:
            return text
    for piece in rest:
        found = _item(piece)
        if found is None:
            return text
        items.append(found)
    said, unit = [], "minute"
    for amount, given, name in items:
        if given is None and amount in ("a", "an"):
            return text
        unit = given or unit
        said.append(_said(amount, unit, name))
    return ", and ".join(said)
