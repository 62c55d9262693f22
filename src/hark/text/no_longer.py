"""An item said to be no longer needed (English): "I don't need bananas on the shopping list
any more", "we don't need eggs anymore", "no need for the bread on the list now" — as
"take bananas off the shopping list". Alarms, reminders and appointments said so are left
to the readers that already take them ("I don't need the 7:15 alarm any more").

``no_longer_needed(text)`` returns the removal, or ``text`` unchanged.
"""

from __future__ import annotations

import re

_NOT_NEEDED = re.compile(
    r"^(?:(?:oh|actually|right|so|ok|okay)[,\s]+)*(?:(?:i|we)\s+(?:don't|do not|no longer|won't|"
    r"will not)\s+need|there's no need for|no need for)\s+(?P<thing>.+?)"
    r"(?:\s+(?:on|from|in)\s+(?P<list>(?:the|my|our)\s+(?:[\w-]+\s+)?list))?"
    r"\s+(?:any ?more|now|after all|this week)[.!]?$", re.I)
_KEPT_ELSEWHERE = re.compile(r"\b(?:alarms?|reminders?|timers?|meetings?|appointments?|events?|"
                             r"calendar|lights?|heating|umbrella|coat|jacket)\b", re.I)


def no_longer_needed(text: str) -> str:
    """``text`` as the removal of an item no longer needed."""
    m = _NOT_NEEDED.match(text.strip())
    if m is None or _KEPT_ELSEWHERE.search(m["thing"]):
        return text
    return f"take {m['thing']} off {m['list'] or 'the list'}"
