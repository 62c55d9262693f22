"""An alarm asked for "instead of" one the user has (English): "wake me up at 7 tomorrow
instead of 7:15", "set my alarm for 6:45 instead of 6:30" — a change of that alarm, as
"change my 7:15 alarm to 7 tomorrow", not a second alarm. And "make the dentist reminder
half ten instead", "make my dentist appointment 3pm": a move, not a new reminder.

``instead(text)`` returns the change, or ``text`` unchanged when it does not say that.
"""

from __future__ import annotations

import re

from hark.nlu.lexicon import APPOINTMENT_WORDS

_CLOCK = (r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|half past \w+|quarter (?:past|to) "
          r"\w+|half (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
          r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
_INSTEAD = re.compile(
    rf"^(?P<ask>(?:(?:please|can you|could you|would you)\s+)*)(?:wake me(?: up)?|get me up|"
    rf"set (?:an?|my|the) alarm|set the alarm|make (?:my|the) alarm)\s+(?:at|for)\s+"
    rf"(?P<new>{_CLOCK})(?P<day>(?:\s+(?:tomorrow|today|on \w+day|\w+day))?(?:\s+morning)?)\s+"
    rf"instead of\s+(?:the\s+|my\s+)?(?P<old>{_CLOCK})(?:\s+(?:one|alarm))?"
    r"(?P<rest>(?:[,;.!]\s*.*|\s+(?:and|then)\s+.*)?)$", re.I)


# "make the call-the-dentist reminder half ten instead", "make my dentist appointment 3pm",
# "can you make the team meeting for 10 instead": a move of that reminder or appointment
_MAKE = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you)\s+)*)(?:make|have)\s+"
    r"(?P<what>(?:dinner|lunch|breakfast|coffee|drinks)\s+with\s+[a-z]+"
    r"(?=\s+(?:start|begin)\b|.*\binstead\b)|"  # with no "the": only a change said as one
    r"(?:the|my|that|this|\w+'s)\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?:reminder|{APPOINTMENT_WORDS}|dinner|lunch|breakfast|class|lesson|session)"
    # "the reminder about sams card"
    r"(?:\s+with\s+[a-z]+|\s+(?:about|for|to)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s+(?:\d|"
    r"half|quarter|tomorrow|today|\w+day)\b))?)"
    # "… friday 0800": the day first
    r"(?P<day0>\s+(?:tomorrow|today|on \w+day|\w+day)(?:\s+at)?(?=\s))?"
    rf"(?:\s+(?:start|begin))?\s+(?:at\s+|for\s+)?(?P<new>{_CLOCK}(?:\s+(?:in the morning|in the evening|at night|"
    r"tonight|o'clock))?)(?P<day>(?:\s+(?:tomorrow|today|on \w+day|\w+day))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
    rf"(?:\s+instead(?:\s+of\s+(?:the\s+)?{_CLOCK})?)?(?P<rest>(?:[,;.!]\s*.*|\s+(?:and|then)\s+.*)?)$", re.I)


# "the team meeting is now on Thursday at 9", "the dentist rang, my appointment's now at 3
# on Wednesday, can you update it?": a move of that appointment
_NOW_AT = re.compile(
    r"^(?:[^,.]{1,60}[,.]\s*)?(?P<what>(?:the|my|our)\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?:reminder|{APPOINTMENT_WORDS}|dinner|lunch|breakfast|class|lesson|session|party)"
    # with no "the": "Dinner with Anna is now at 8pm"
    r"|(?:dinner|lunch|breakfast|coffee|drinks)\s+with\s+[a-z]+)"
    r"(?:\s+is|'s)\s+now\s+(?:going to be\s+|happening\s+)?(?:on\s+|at\s+)?"
    r"(?P<new>[^,.?!]+?)(?:\s+instead)?"
    # "…, still half seven": the same clock on the new day
    r"(?:\s*,?\s*(?:still|same time,?)\s+(?:at\s+)?(?P<still>[^,.?!]+?))?"
    r"(?:\s*[,.]?\s*(?:(?:so|and)\s+)?(?:(?:can|could|would) you\s+|please\s+)*(?:update|change|"
    r"move|fix|sort|amend)\s+(?:it|that|the calendar|my calendar)(?:\s+for me)?(?:\s+please)?)?"
    r"\s*[.!?]*$", re.I)


# typed with no verb: "bins reminder to 8pm thu", "team meeting tmrw to 10am" (after
# "->" is written out as "to"): a move
_VERBLESS = re.compile(
    r"^(?!(?:move|change|push|pull|put|set|make|add|cancel|delete|remove|shift|reschedule|bring|"
    r"book|remind|take|what|when|where|is|are|can|could|would|please|and|then|i|i'm|i've)\b)"
    r"(?P<what>(?:(?:the|my)\s+)?(?:[\w'-]+\s+){0,3}?(?:reminder|meeting|appointment|"
    r"dinner|lunch|call)(?:\s+(?:today|tonight|tomorrow|\w+day))?"
    # "alarm 0715 tmrw -> 0700": an alarm named by its time
    r"|alarm\s+\d{1,2}(?::\d\d)?(?:\s?(?:am|pm))?(?:\s+(?:today|tonight|tomorrow|\w+day))?)\s+to\s+"
    r"(?P<new>(?:\d|half|quarter|noon|midday|today|tonight|tomorrow|\w+day)[^,.;!?]*?)"
    r"(?P<rest>\s*(?:[,.;!?].*|\s+and\s+.*)?)$", re.I)
_WHO = re.compile(r"\b(?:dentist|doctor|gp|vet|hairdresser|barber|physio|optician)\b", re.I)


def instead(text: str) -> str:
    """``text`` as a change of the alarm it says "instead of", or a move of the reminder or
    appointment it says to "make" another time or says is "now" at another."""
    now_at = _NOW_AT.match(text.strip())
    if now_at is not None and re.search(r"\d|\b(?:today|tomorrow|\w+day|noon|half|quarter)\b",
                                        now_at["new"], re.I):
        what = now_at["what"]
        who = _WHO.search(text[:now_at.start("what")])
        if who and not _WHO.search(what):  # "the dentist rang, my appointment's now …"
            what = f"the {who.group(0).lower()} appointment"
        still = f" at {now_at['still']}" if now_at["still"] else ""
        return f"move {what} to {now_at['new']}{still}"
    bare = _VERBLESS.match(text.strip())
    if bare is not None:
        what = re.sub(r"^alarm\s+(\S+)", r"the \1 alarm", bare["what"])  # "the 07:15 alarm"
        return f"move {what} to {bare['new']}{bare['rest']}"
    made = _MAKE.match(text.strip())
    if made is not None:
        day = made["day"] or (f" {made['day0'].strip().removesuffix(' at')}" if made["day0"] else "")
        return (f"{made['ask']}move {made['what']} to {made['new']}{day}"
                f"{made['rest']}").strip()
    m = _INSTEAD.match(text.strip())
    if m is None:
        return text
    return (f"{m['ask']}change my {m['old']} alarm to {m['new']}{m['day']}"
            f"{m['rest']}").strip()
