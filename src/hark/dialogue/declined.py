"""A removal refused at its confirmation, and the thing it named pointed at instead
(English): "Cancel my dentist appointment." — "Shall I go ahead?" — "Wait, don't. Just
move it to Thursday at 2 in the afternoon instead." moves the dentist appointment.

The thing is the words the removal named it by ("the dentist appointment"); "it", "that"
or "this" in the new request stand for them.
"""

from __future__ import annotations

import re

# the removal and the thing it names: "remove the dentist appointment from my calendar",
# "delete my swimming alarm", "take the bins reminder off"
_REMOVAL = re.compile(
    r"^(?:(?:please|can you|could you)\s+)*(?:cancel|delete|remove|clear|scrap|drop|bin|"
    r"get rid of|turn off|switch off)\s+(?P<thing>(?:the|my|that|this)\s+[\w'’:.-]+"
    r"(?:\s+[\w'’:.-]+){0,4}?)(?:\s+(?:from|off|in|on)\s+(?:my|the)\s+(?:calendar|diary|"
    r"schedule|alarms|reminders))?[\s.!?]*$", re.I)
# a refusal opening the turn: "wait, don't.", "no, no.", "hang on, leave it."
_REFUSAL = re.compile(r"^(?:(?:no+|nope|wait|hang on|hold on|actually|oh|ah|sorry|stop|"
                      r"don'?t|do not|leave it|not that)[\s,.!;:-]*)+", re.I)
# the thing pointed at in the new request
_POINTER = re.compile(r"\b(?:it|that|this)\b(?!\s+(?:one|alarm|reminder|event|appointment|"
                      r"meeting|timer)\b)", re.I)
# what may be done to it instead
_INSTEAD = re.compile(r"^(?:just\s+)?(?:move|push|shift|change|put|make|bring|set|"
                      r"reschedule)\b", re.I)


def pointed(text: str, removal: str) -> str | None:
    """``text``, said to the question whether to make ``removal``, with the thing that
    names in place of "it", when ``text`` asks something else done to it ("wait, don't,
    just move it to Thursday"): the removal refused; else None."""
    named = _REMOVAL.match(removal.strip())
    if named is None:
        return None
    refused = _REFUSAL.match(text)
    rest = text[refused.end():].strip() if refused else text.strip()
    if not _INSTEAD.match(rest) or not _POINTER.search(rest):
        return None
    thing = re.sub(r"^(?:my|that|this)\b", "the", named["thing"], flags=re.I)
    rest = re.sub(r"^just\s+", "", rest, flags=re.I)
    return _POINTER.sub(thing, rest, count=1)
