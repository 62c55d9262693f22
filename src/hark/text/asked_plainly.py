"""Questions about the user's things asked in a roundabout or clipped way (English), said
plainly: "You couldn't tell me when the bins reminder goes off, could you?", "State alarms
for Tuesday the 1st of December.", "Status of all active timers, with time remaining.",
"Confirm start and end times of the team meeting.", "What time have I got to be at the
dentist appointment on Wednesday, and what time will it be over?", "Is any of my timers
going to go off in the next ten minutes?".

``asked_plainly(text)`` returns the question asked plainly, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.en_words import WEEKDAYS

_KINDS = r"(?:alarms|reminders|timers|events|appointments)"
# "You couldn't tell me …, could you?", "I don't suppose you could tell me …?"
_COULD_YOU = re.compile(r"^(?:you (?:couldn't|could not|wouldn't|would not|can't)|i don't suppose you could)"
                        r"\s+(?:just\s+)?(?:tell me|let me know|remind me)\s+(?P<q>.+?)"
                        r"(?:\s*,?\s*(?:could|would|can) you\s*)?[?.!]*$", re.I)
# "State alarms for …", "List reminders for Thursday", "Read out events for tomorrow"
_STATE = re.compile(rf"^(?:state|list|show|read out|read|give me|display)\s+(?:all\s+)?(?:my\s+|the\s+)?"
                    rf"(?:active\s+|current\s+|upcoming\s+)?(?P<kinds>{_KINDS})\b(?P<rest>.*?)[.!?]*$", re.I)
# "Status of all active timers, with time remaining."
_STATUS = re.compile(rf"^(?:status|state|update)\s+(?:of|on)\s+(?:all\s+)?(?:my\s+|the\s+)?(?:active\s+|"
                     rf"running\s+|current\s+)?(?P<kinds>{_KINDS})\b[^?]*?[.!?]*$", re.I)
# "Confirm start and end times of the team meeting."
_START_AND_END = re.compile(r"^(?:confirm|tell me|give me|what are|what's|check)\s+(?:the\s+)?start and "
                            r"(?:end|finish) times?\s+(?:of|for)\s+(?P<x>.+?)[.!?]*$", re.I)
# "What time have I got to be at X, and what time will it be over?"
_WHEN_AND_OVER = re.compile(r"^what time (?:have i got to be at|do i have to be at|is|does)\s+(?P<x>.+?)"
                            r"(?:\s+start)?\s*,?\s+and\s+(?:what time|when)\s+(?:will|does|is)\s+(?:it|that)\s+"
                            r"(?:be over|end|finish|over|done)\b[^?]*\?(?:\s+.*)?$", re.I)
# "Is any of my timers going to go off in the next ten minutes?"
_ANY_TIMER_SOON = re.compile(r"^(?:is|are|will)\s+any\s+(?:of\s+)?(?:my\s+|the\s+)?timers?\s+(?:going to\s+)?"
                             r"(?:go off|ring|finish|be done|end)\b[^?]*\??$", re.I)


# a question inside another, in statement order: "when the bins reminder goes off"
_EMBEDDED = re.compile(r"^(?P<w>when|what time)\s+(?P<x>(?:the|my)\s+.+?)\s+"
                       r"(?P<v>goes off|is due|is|starts|ends|finishes|rings)$", re.I)
_BASE = {"goes": "go", "starts": "start", "ends": "end", "finishes": "finish", "rings": "ring",
         "begins": "begin"}


# articles left out: "what time is dentist Wednesday?" (the dentist, on Wednesday)
_NO_ARTICLE = re.compile(r"\b(?P<w>what time|when)\s+is\s+(?P<x>dentist|doctor|meeting|appointment|haircut|"
                         r"hairdresser|physio|optician|vet|team meeting|dinner with \w+|lunch with \w+)\s+"
                         rf"(?:on\s+)?(?P<d>{WEEKDAYS}|tomorrow|"
                         r"today|tonight)\b", re.I)


# "The team meeting tomorrow, what time it finishes?": what time does it finish
_THING_WHAT_TIME = re.compile(r"^(?P<x>(?:the|my)\s+[^,?]{2,60}?)\s*,\s*what time\s+(?:it|that|she|he)\s+"
                              r"(?P<v>finishes|ends|starts|begins)\b", re.I)


def _the(m: re.Match[str]) -> str:
    day = m["d"] if m["d"].lower() in ("tomorrow", "today", "tonight") else f"on {m['d']}"
    return f"{m['w']} is the {m['x']} {day}"


def asked_plainly(text: str) -> str:
    """``text`` asked plainly (see the module)."""
    said = _THING_WHAT_TIME.sub(lambda m: f"what time does {m['x']} {_BASE[m['v'].lower()]}",
                                text.strip())
    said = _NO_ARTICLE.sub(_the, said)
    if said != text.strip():
        return said
    m = _COULD_YOU.match(said)
    if m is not None:
        q = _EMBEDDED.match(m["q"])
        if q is not None:  # "when the bins reminder goes off": when does it go off?
            first, *rest = q["v"].lower().split()
            if first == "is":  # "when the bins reminder is due": when is it due?
                return f"{q['w']} is {' '.join([q['x'], *rest])}?"
            return f"{q['w']} does {' '.join([q['x'], _BASE[first], *rest])}?"
        return f"tell me {m['q']}"
    m = _STATUS.match(said)
    if m is not None or _ANY_TIMER_SOON.match(said):
        return f"what {m['kinds'].lower() if m else 'timers'} do I have?"
    m = _STATE.match(said)
    if m is not None:
        return f"what {m['kinds'].lower()} do I have{m['rest']}?"
    m = _START_AND_END.match(said) or _WHEN_AND_OVER.match(said)
    if m is not None:
        return f"what time does {m['x']} start and finish?"
    return text
