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
# "Run me through my alarms, will ya", "walk me through the reminders", "give me a rundown of
# my timers"
_STATE = re.compile(rf"^(?:state|list|show|read out|read|give me|display|"
                    r"(?:run|walk|take|talk|go)\s+me\s+through|run through|go over|"
                    r"give me a (?:rundown|run-down|run down|list) of|rattle off)\s+"
                    rf"(?:all\s+)?(?:(?:of\s+)?(?:my|me)\s+|(?:of\s+)?the\s+)?"
                    rf"(?:active\s+|current\s+|upcoming\s+)?(?P<kinds>{_KINDS})\b(?P<rest>.*?)"
                    r"(?:\s*,?\s*(?:will|would|could|can)\s+(?:ya|you|yer)|\s*,?\s*please)?[.!?]*$",
                    re.I)
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


# "Kindly confirm the time of my team meeting tomorrow.", "check the date of the dentist"
_CONFIRM_TIME = re.compile(r"^(?:(?:please|kindly|just)\s+)*(?:confirm|check|tell me|let me know|"
                           r"give me)\s+(?:the\s+)?(?P<what>time|day|date|start time)\s+(?:of|for)\s+"
                           r"(?P<x>(?:the|my)\s+.+?)[.!?]*$", re.I)
# "Please help me to check if I have any reminder on Thursday": check if …
_HELP_ME = re.compile(r"^(?:(?:please|kindly)\s+)*(?:(?:can|could|would) you\s+)?help me\s+(?:to\s+)?"
                      r"(?=(?:check|find out|see|know|confirm)\b)", re.I)
# "Remind me, is that reminder still on Saturday?": the question ("remind me" asks it)
_REMIND_ME_ASK = re.compile(r"^remind me\s*[,:-]\s*(?=(?:is|are|what|when|which|how|do|did|have|has|"
                            r"was|were|where)\b)", re.I)
# … or said after it: "When's my dentist appointment, remind me?"
_REMIND_ME_AFTER = re.compile(r"(?<=\S),?\s+(?:can you\s+|could you\s+)?remind me(?:\s+again)?\s*"
                              r"(?=\?+\s*$)", re.I)
_ASKS = re.compile(r"^(?:(?:and|so|oh|um|ok|okay)[\s,]+)*(?:is|are|what|when|which|how|do|did|have|"
                   r"has|was|were|where|who)\b", re.I)
# "tell me when my dinner with Anna finishes": when does it finish
_TELL_WHEN = re.compile(r"^(?:(?:please|kindly|just)\s+)*(?:tell me|let me know|can you tell me|"
                        r"could you tell me)\s+(?P<q>(?:when|what time)\s+(?:the|my)\s+.+?)"
                        r"(?P<rest>[?.!]+(?:\s+.*)?)?$", re.I)


# "How long have I got before that laundry's finished?": the timer's time left
_HOW_LONG_BEFORE = re.compile(
    r"^how (?:long|much time)\s+(?:(?:have i got|do i have|have we got|is there|is it)\s+)?"
    r"(?:before|until|till)\s+(?:the|that|my)\s+(?P<x>(?!(?:meeting|appointment|dinner|lunch|event)\b)"
    r"[\w-]+(?:\s+timer)?)(?:'s|\s+is|\s+will be|\s+should be)?\s+(?:finished|done|ready|over)\b"
    # (only a word to the listener after it: "…, dear?"; another request stays its own)
    r"(?:\s*,?\s*(?:dear|love|pet|please|then|now))?\s*[?.!]*$", re.I)
# "What's the very next thing you're meant to be reminding me about?": my next reminder
_NEXT_REMINDED = re.compile(
    r"^what(?:'s| is)\s+the\s+(?:very\s+)?next\s+thing\s+(?:(?:you're|you are|you'll be|you will be)"
    r"\s+(?:meant\s+to\s+|supposed\s+to\s+|going\s+to\s+)?(?:be\s+)?remind(?:ing)?\s+me|"
    r"(?:i'm|i am|i'll be|i will be)\s+(?:being\s+)?reminded)\s+(?:about|of)\b[^?]*[?.!]*$", re.I)


def _the(m: re.Match[str]) -> str:
    day = m["d"] if m["d"].lower() in ("tomorrow", "today", "tonight") else f"on {m['d']}"
    return f"{m['w']} is the {m['x']} {day}"


def _asked(q: re.Match[str]) -> str:
    """"when the bins reminder goes off" asked: "when does the bins reminder go off?"."""
    first, *rest = q["v"].lower().split()
    if first == "is":  # "when the bins reminder is due": when is it due?
        return f"{q['w']} is {' '.join([q['x'], *rest])}?"
    return f"{q['w']} does {' '.join([q['x'], _BASE[first], *rest])}?"


# "And when's the reminder about Sam's card?": the question alone (of a named thing: not "and
# when's that?", which leans on the turn before)
_AND_WHEN = re.compile(r"^(?:(?:and|so|also|oh|okay|ok)\W+)+(?=(?:when(?:'s|\s+is|\s+does|\s+do)|"
                       r"what\s+time(?:'s|\s+is|\s+does))\s+(?:the|my)\s+\w)", re.I)


def asked_plainly(text: str) -> str:
    """``text`` asked plainly (see the module)."""
    said = _THING_WHAT_TIME.sub(lambda m: f"what time does {m['x']} {_BASE[m['v'].lower()]}",
                                text.strip())
    said = _NO_ARTICLE.sub(_the, said)
    said = _AND_WHEN.sub("", _REMIND_ME_ASK.sub("", _HELP_ME.sub("", said)))
    if _ASKS.match(said):
        said = _REMIND_ME_AFTER.sub("", said)
    if said != text.strip():
        return said
    m = _HOW_LONG_BEFORE.match(said)
    if m is not None:
        return f"how long is left on the {m['x']}?"
    if _NEXT_REMINDED.match(said):
        return "what's my next reminder?"
    m = _CONFIRM_TIME.match(said)
    if m is not None:
        return f"{'what day' if m['what'].lower() in ('day', 'date') else 'what time'} is {m['x']}?"
    m = _TELL_WHEN.match(said)
    q = _EMBEDDED.match(m["q"]) if m is not None else None
    if q is not None:  # "tell me when my dinner with Anna finishes"
        return _asked(q)
    m = _COULD_YOU.match(said)
    if m is not None:
        q = _EMBEDDED.match(m["q"])
        if q is not None:  # "when the bins reminder goes off": when does it go off?
            return _asked(q)
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
