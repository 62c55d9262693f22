"""German "stell die Erinnerung … auf Donnerstag um fünf" (put the reminder one has on
another day or time): a move, said plainly ("verschieb die Erinnerung … auf …").

Read as it was, "stell … Erinnerung … auf" made a new reminder called "stell die
Erinnerung zum Müll rausbringen auf". ``moved_plainly(text)`` returns ``text`` with the
verb said as a move, or unchanged (a new one, "stell mir eine Erinnerung auf …", stays).
"""

from __future__ import annotations

import re

_WHEN = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|"
         r"heute|nächste|kommende|den\s+\d|\d|um\b|halb|viertel|dreiviertel|ein|zwei|drei|vier|"
         r"fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)")
_SET_TO = re.compile(
    r"\b(?:stell|setz)e?(?P<mid>(?:\s+(?:bitte|doch|mal|mir|ma|jetzt|dann))*)"
    r"\s+(?P<x>(?:die|meine|deine|den|meinen|deinen)\s+(?:\w+-?)?(?:erinnerung|termin)\b"
    rf"[^,.;!?]{{0,60}}?)\s+auf\s+(?={_WHEN})", re.I)


def moved_plainly(text: str) -> str:
    """``text`` with "stell die Erinnerung … auf <day or time>" said as a move."""
    return _SET_TO.sub(lambda m: f"verschieb{m['mid']} {m['x']} auf ", text)
