"""The thing said first, then what to do with "it" (English): "the laundry timer, please
stop it", "the alarm of tomorrow 7:15, change it to 7:45", "dinner with Anna, can you move
it to 8pm" — as "stop the laundry timer", "change the alarm of tomorrow 7:15 to 7:45".

``unfronted(text)`` returns the sentence with the thing put in place of "it", or ``text``
unchanged when it does not start that way.
"""

from __future__ import annotations

import re

_VERBS = (r"stop|cancel|delete|remove|pause|resume|move|change|push|shift|put|set|make|"
          r"snooze|turn off|switch off|extend|reschedule|tick off|cross off|take off")
_FRONTED = re.compile(
    rf"^(?P<thing>(?:the|my|our)\s+(?:[\w:'-]+\s+){{0,5}}?[\w:'-]+)\s*,?\s+"
    rf"(?P<ask>(?:(?:please|can you|could you|would you|kindly)\s+)*)"
    rf"(?P<verb>{_VERBS})\s+(?:it|that|them)\b(?P<rest>.*)$", re.I)


def unfronted(text: str) -> str:
    """``text`` with a thing said first put where its "it" is."""
    m = _FRONTED.match(text.strip())
    if m is None or re.search(rf"\b(?:{_VERBS})\b", m.group("thing"), re.I):
        return text
    verb, rest = m.group("verb"), m.group("rest")
    if verb.lower() in ("put", "set") and _KEPT.search(m.group("thing")) and \
            re.match(r"\s+(?:on|to|at|for)\b", rest, re.I):
        # "the dentist reminder, put it on Wednesday": move it there, not a new one
        verb, rest = "move", re.sub(r"^\s+(?:on|to|at|for)\b", " to", rest, count=1, flags=re.I)
    return f"{m.group('ask')}{verb} {m.group('thing')}{rest}".strip()


_KEPT = re.compile(r"\b(?:reminder|alarm|appointment|meeting|event)s?\b", re.I)
