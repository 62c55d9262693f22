"""A thing named first, as a heading, then what to do with it, clipped (English):
"Bins reminder. Delete.", "Dentist reminder. Make it 0915 tomorrow.", "swimming alarm make
it 0815", "Swimming alarm, half nine instead", "Dinner with Anna. Time?", "Alarms.
Saturday." — as "delete the bins reminder", "make the dentist reminder 0915 tomorrow",
"change the swimming alarm to half nine", "what time is Dinner with Anna", "what alarms
have I got on Saturday".

``topic_first(text)`` returns the request written out, or ``text`` unchanged when it does
not start with such a heading. (A thing said first with "the" and a comma, "the laundry
timer, stop it", is :mod:`hark.text.fronted`'s.)
"""

from __future__ import annotations

import re

_KIND = r"(?:alarm|reminder|timer|appointment|meeting)"
# "bins reminder", "the reminder about sams card", "my 7:15 alarm"
# (a heading, not a request: no verb or question word first, no article inside)
_NOT_A_HEADING = (r"(?!(?:please|can|could|would|will|delete|cancel|remove|move|change|set|"
                  r"make|put|add|book|push|shift|turn|switch|stop|pause|what|when|where|which|"
                  r"is|are|do|does|did|how|i|i'm|i've)\b)")
_THING = (rf"{_NOT_A_HEADING}(?:(?:the|my)\s+)?(?P<thing>(?:(?!(?:the|my|a|an)\s)[\w:'-]+\s+)"
          rf"{{0,3}}?{_KIND}"
          r"(?:\s+(?:about|for|to)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?)")
_GAP = r"\s*[.,:;]?\s+"
# "… make it 0815", "… move it to Friday"
_CHANGE_IT = re.compile(rf"^{_THING}{_GAP}(?P<verb>make|change|move|set|push|shift)\s+"
                        r"(?:it|that)\b(?P<rest>.*)$", re.I)
# "… delete.", "… cancel it please"
_DONE_WITH = re.compile(rf"^{_THING}{_GAP}(?P<verb>delete|cancel|remove|scrap|bin|ditch|pause|"
                        r"resume|stop|snooze)(?:\s+(?:it|that))?(?:\s+please)?\s*[.!]?$", re.I)
# "… half nine instead"
_NEW_TIME = re.compile(rf"^{_THING}\s*[.,:;]\s*(?:(?:to|at)\s+)?(?P<when>[^,.;!?]+?)\s+instead"
                       r"\s*[.!]?$", re.I)
# "… fifteen minutes earlier", "Dentist reminder. Two hours later."
_SHIFTED = re.compile(rf"^{_THING}\s*[.,:;]\s*(?P<by>(?:an?|one|two|three|four|five|ten|fifteen|"
                      r"twenty|thirty|forty-five|half an?|\d+)\s+(?:minutes?|mins?|hours?))\s+"
                      r"(?P<way>earlier|later|sooner)(?:,?\s*(?:thanks|thank you|ta|please))?\s*[.!]?$",
                      re.I)
# "Dinner with Anna. Time?", "team meeting, when?"
_WHEN_ASKED = re.compile(r"^(?P<thing>[a-z][\w' -]{2,40}?)\s*[.,:;]\s*(?:what\s+)?(?:time|when)"
                         r"\s*\??$", re.I)
# "Pasta. How long?", "Timers. What've I got on?", "Next reminder?", "Bananas. On the list?"
_HOW_LONG = re.compile(r"^(?P<thing>[a-z][\w' -]{1,30}?)\s*[.,:]\s*how long(?: left| to go| now)?\s*\??$",
                       re.I)
_KINDS_ASKED = re.compile(r"^(?P<kinds>timers|alarms|reminders|events|appointments)\s*[.,:]\s*"
                          r"(?:what've i got(?: on)?|what have i got(?: on)?|what's on|what do i have|"
                          r"which|what)\s*\??$", re.I)
_NEXT_ONE = re.compile(r"^(?:my\s+)?next\s+(?P<kind>reminder|alarm|event|appointment|meeting)\s*\??$", re.I)
_ON_THE_LIST = re.compile(r"^(?P<item>[a-z][\w' -]{1,30}?)\s*[.,:]\s*(?:on|is it on|still on) "
                          r"(?:the|my) (?P<list>(?:[\w-]+ )?list)\s*\??$", re.I)
# "Alarms. Saturday.", "Reminders tomorrow."
_KINDS_ON = re.compile(r"^(?:any\s+)?(?P<kinds>alarms|reminders|events|appointments|meetings)"
                       r"\s*[.,:;]?\s+(?:for\s+|on\s+)?(?P<day>today|tonight|tomorrow|"
                       r"this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[.?]?$",
                       re.I)


# the thing, then its verb with no "it" (non-native word order): "Team meeting tomorrow move
# to 11 o'clock", "Alarm for Saturday swimming change to 8 o'clock morning", "reminder for
# call dentist move to 13:00", "Alarm tomorrow 7.15 please delete"
_VERB_AFTER = re.compile(
    rf"^{_NOT_A_HEADING}(?:(?:the|my)\s+)?(?P<thing>(?:[\w'-]+\s+){{0,3}}?{_KIND}"
    r"(?:\s+(?!(?:please|move|change|push|shift|delete|cancel|remove|to)\b)[\w:.'-]+){0,5}?)"
    r"\s*,?\s+(?:please\s+)?(?P<verb>move|change|push|shift|delete|cancel|remove)"
    r"(?:\s+(?P<to>to)\s+(?P<when>[^,;!?]+?))?\s*[.!]?$", re.I)
# where a later request starts: "…, and reminder for call dentist move to 13:00"
_LATER = re.compile(r"(?:,\s*|\s+)and\s+(?=\S)", re.I)


def topic_first(text: str) -> str:
    """``text`` with a heading-first request written out as one request (also a later one
    after "and" said thing first: "…, and reminder for call dentist move to 13:00")."""
    whole = _topic_first(text)
    if whole != text:
        return whole
    for later in _LATER.finditer(text):
        head, rest = text[:later.start()], text[later.end():]
        done = _verb_after(rest.strip())
        if done is not None:
            return f"{_verb_after(head.strip()) or head}, and {done}"
    return text


def _verb_after(said: str) -> str | None:
    m = _VERB_AFTER.match(said)
    if m is None:
        return None
    verb = m["verb"].lower()
    if m["to"]:
        return f"{verb} the {m['thing']} to {m['when']}"
    return None if verb in ("move", "change", "push", "shift") else f"{verb} the {m['thing']}"


def _topic_first(text: str) -> str:
    said = text.strip()
    m = _CHANGE_IT.match(said)
    if m is not None:
        return f"{m['verb'].lower()} the {m['thing']}{m['rest']}"
    m = _DONE_WITH.match(said)
    if m is not None:
        return f"{m['verb'].lower()} the {m['thing']}"
    m = _NEW_TIME.match(said)
    if m is not None:
        return f"change the {m['thing']} to {m['when']}"
    m = _SHIFTED.match(said)
    if m is not None:
        return f"move the {m['thing']} {m['by']} {m['way'].lower()}"
    m = _WHEN_ASKED.match(said)
    if m is not None and not re.match(r"(?:what|when|is|are|do|does|did)\b", m["thing"], re.I):
        return f"what time is {m['thing']}"
    m = _HOW_LONG.match(said)
    if m is not None and not re.match(r"(?:what|when|how|is|are)\b", m["thing"], re.I):
        return f"how long is left on the {m['thing']}"
    m = _KINDS_ASKED.match(said)
    if m is not None:
        return f"what {m['kinds'].lower()} have I got"
    m = _NEXT_ONE.match(said)
    if m is not None:
        return f"what's my next {m['kind'].lower()}"
    m = _ON_THE_LIST.match(said)
    if m is not None:
        return f"is {m['item']} on the {m['list']}"
    m = _KINDS_ON.match(said)
    if m is not None:
        day = m["day"] if m["day"].lower() in ("today", "tonight", "tomorrow") \
            else f"on {m['day']}"
        return f"what {m['kinds'].lower()} have I got {day}"
    return _verb_after(said) or text
