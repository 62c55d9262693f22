"""An alarm asked for "instead of" one the user has (English): "wake me up at 7 tomorrow
instead of 7:15", "set my alarm for 6:45 instead of 6:30" — a change of that alarm, as
"change my 7:15 alarm to 7 tomorrow", not a second alarm.

``instead(text)`` returns the change, or ``text`` unchanged when it does not say that.
"""

from __future__ import annotations

import re

_CLOCK = (r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|half past \w+|quarter (?:past|to) "
          r"\w+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_INSTEAD = re.compile(
    rf"^(?P<ask>(?:(?:please|can you|could you|would you)\s+)*)(?:wake me(?: up)?|get me up|"
    rf"set (?:an?|my|the) alarm|set the alarm|make (?:my|the) alarm)\s+(?:at|for)\s+"
    rf"(?P<new>{_CLOCK})(?P<day>(?:\s+(?:tomorrow|today|on \w+day|\w+day))?(?:\s+morning)?)\s+"
    rf"instead of\s+(?:the\s+|my\s+)?(?P<old>{_CLOCK})(?:\s+(?:one|alarm))?"
    r"(?P<rest>(?:[,;.!]\s*.*|\s+(?:and|then)\s+.*)?)$", re.I)


def instead(text: str) -> str:
    """``text`` as a change of the alarm it says "instead of"."""
    m = _INSTEAD.match(text.strip())
    if m is None:
        return text
    return (f"{m['ask']}change my {m['old']} alarm to {m['new']}{m['day']}"
            f"{m['rest']}").strip()
