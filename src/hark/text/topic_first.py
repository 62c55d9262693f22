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
_THING = (rf"{_NOT_A_HEADING}(?:(?:the|my|me)\s+)?(?P<thing>(?:(?!(?:the|my|a|an)\s)[\w:'-]+\s+)"
          rf"{{0,3}}?{_KIND}"
          r"(?:\s+(?:about|for|to)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
          r")"
          # its day: "the swimming alarm on Saturday, make it half nine"
          r"(?P<day>\s+(?:on\s+\w+day|tomorrow|today|tonight))?"
          # who is spoken to: "Me alarm for tomorrow morning, bab, …"
          r"(?:\s*,\s*(?:bab|love|pet|hen|mate|darling|duck|chuck|luv|babe))?"
          # said again another way: "my half six alarm, the weekday one, make it seven",
          # "…, the quarter past seven one. Change it to quarter to six."
          r"(?:\s*,\s*the\s+(?P<kind>[\w:-]+(?:\s+[\w:-]+){0,3}?)\s+one(?=\s*[,.]))?")
_GAP = r"\s*(?:[.,:;]|\s[-–—]|[–—])?\s+"
# "… make it 0815", "… move it to Friday"
_CHANGE_IT = re.compile(rf"^{_THING}{_GAP}(?P<verb>make|change|move|set|push|shift)\s+"
                        r"(?:it|that)\b(?P<rest>.*)$", re.I)
# "Bins reminder: amend to 1830.", "Laundry timer: reduce to 5 minutes.", "Weekday alarm to be
# reset to quarter to six, effective immediately."
_CHANGE_TO = re.compile(rf"^{_THING}(?:{_GAP}(?:please\s+)?(?:amend|reset|update|adjust|reduce|cut|alter|change|"
                        r"move|set|bring|push|shorten|extend)(?:\s+(?:it|that))?"
                        r"|\s+(?:is\s+)?to\s+be\s+(?:reset|changed|moved|set|put|brought|pushed|amended|"
                        r"reduced|cut))\s+(?:to|for)\s+(?P<when>[^,!?;]+?)"
                        r"(?:\s*,?\s*(?:effective immediately|with immediate effect|please|thanks|now))?"
                        r"\s*[.!]?$", re.I)
# "… delete.", "… cancel it please"
_DONE_WITH = re.compile(rf"^{_THING}{_GAP}(?P<verb>delete|cancel|remove|scrap|bin|ditch|pause|"
                        r"resume|stop|snooze)(?:\s+(?:it|that))?(?:\s+please)?\s*[.!]?$", re.I)
# "… half nine instead"
_NEW_TIME = re.compile(rf"^{_THING}\s*[.,:;]\s*(?:(?:to|at)\s+)?(?P<when>[^,.;!?]+?)\s+instead"
                       r"\s*[.!]?$", re.I)
# "… fifteen minutes earlier", "Dentist reminder. Two hours later."
_SHIFTED = re.compile(rf"^{_THING}\s*[.,:;]?\s*(?P<by>(?:an?|one|two|three|four|five|ten|fifteen|"
                      r"twenty|thirty|forty-five|half an?|\d+)\s+(?:minutes?|mins?|hours?))\s+"
                      r"(?P<way>earlier|later|sooner)(?:,?\s*(?:thanks|thank you|ta|please))?\s*[.!]?$",
                      re.I)
# "I set a reminder for Thursday evening, what was it for?"
_WHAT_WAS_IT = re.compile(r"^i(?:'ve)?\s+(?:set|made|put in|have|had|got)\s+(?:a|an)\s+(?P<kind>reminder|"
                          r"alarm|timer)\s+(?:for|on)\s+(?P<when>[^,.?]+?)\s*[,.]\s*what\s+(?:was|is)\s+"
                          r"it\s+(?:for|about)\s*\??$", re.I)
# "the pasta needs another minute, add one to its timer": more time on that timer
_NEEDS_MORE = re.compile(r"^(?:the\s+)?(?P<thing>[\w-]+)\s+needs\s+(?:another|an extra|(?P<n>\w+)\s+more)"
                         r"\s+(?P<by>(?:\w+\s+)?(?:minutes?|mins?|seconds?))\b(?:\s*,\s*(?:so\s+)?(?:add|put)"
                         r"\s+(?:one|it|that|them|those)\s+(?:to|on)\s+(?:its|the|it's)(?:\s+[\w-]+)?\s+timer)?"
                         r"\s*[.!]?$", re.I)
# "The reminder about ringing the dentist — what time tomorrow is that?"
# ("and the reminder to ring them, when's that?" after the dentist's: "them" is said plainly
# when the turn is read)
_WHAT_TIME_IS_THAT = re.compile(r"^(?:and\s+)?(?P<thing>(?:the|my)\s+[\w' -]{2,50}?)\s*(?:[.,:;]|\s[-–—]|[–—])\s*"
                                r"(?:what time|when)(?:\s+(?:tomorrow|today|tonight|on\s+\w+day))?(?:\s+|'s\s+|\s+'s\s+)"
                                r"(?:(?:is|was)\s+)?(?:that|it)(?:\s+(?:tomorrow|today|tonight|on\s+\w+day))?"
                                r"\s*\??$", re.I)
# "I set a reminder about Sam's birthday card... what time was it for?"
_WHAT_TIME_WAS_IT = re.compile(r"^i(?:'ve)?\s+(?:set|made|put in|have|had|got)\s+(?:a|an)\s+"
                               r"(?P<kind>reminder|alarm)\s+(?P<about>(?:about|to)\s+[^,.?]+?)\s*"
                               r"(?:[,.?]+|\s[-–—])\s*(?:what time|when)\s+(?:was|is)\s+(?:it|that)"
                               r"(?:\s+(?:for|set for|due))?\s*\??$", re.I)
# "reminder to put the bins out is set for what time on Thursday?"
_FOR_WHAT_TIME = re.compile(r"^(?P<thing>(?:(?:the|my)\s+)?(?:[\w'-]+\s+)?(?:reminder|alarm)\b[^?]{0,60}?)"
                            r"\s+is\s+(?:set\s+)?(?:for|at)\s+what\s+time(?P<rest>[^?]*?)\s*\??$", re.I)
# "I've got a timer with about fifteen minutes on it? What's it for, sorry?": which timers
_WHICH_TIMER = re.compile(r"^i(?:'ve got|'ve| have| got)?\s+an?\s+timer\s+(?:with|that has|on)\s+[^?.]*"
                          r"\b(?:on it|left|to go)\b[?.,]*\s*what(?:'s| is)\s+it\s+for\b[^?]*\??$", re.I)
# "Right, the dentist appointment, is that on Wednesday at two o'clock?"
_IS_THAT = re.compile(r"^(?:(?:right|so|ok|okay|now)\s*,?\s*)?(?P<thing>(?:the|my)\s+[\w' -]{2,50}?)\s*"
                      r"(?:[.,:;]|\s[-–—]|[–—])\s*(?P<verb>is|was|are)\s+(?:that|it|they)\s+"
                      r"(?P<rest>(?:on|at|still|in|for)\b[^?]*?)\s*\??$", re.I)
# "Timer, 1 hour and 10 mins, pork belly."
_TIMER_LENGTH_NAME = re.compile(r"^(?:an?\s+)?timer\s*[,:.]\s*(?P<len>[^,]*?\b(?:minutes?|mins?|seconds?|"
                                r"secs?|hours?|hrs?))\s*[,:]\s*(?:for\s+)?(?:the\s+)?"
                                r"(?P<name>[a-z][\w' -]{1,30}?)\s*[.!]?$", re.I)
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
_KINDS_ON = re.compile(r"^(?:any\s+)?(?P<kinds>alarms?|reminders?|events?|appointments?|meetings?)"
                       r"\s*[.,:;]?\s+(?:for\s+|on\s+)?(?P<day>today|tonight|tomorrow|"
                       r"this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                       # typed short: "alarm sat?"
                       r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s*[.?]?$", re.I)
_SHORT_DAY = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
              "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
              "sat": "saturday", "sun": "sunday"}


# the thing, then its verb with no "it" (non-native word order): "Team meeting tomorrow move
# to 11 o'clock", "Alarm for Saturday swimming change to 8 o'clock morning", "reminder for
# call dentist move to 13:00", "Alarm tomorrow 7.15 please delete"
_VERB_AFTER = re.compile(
    rf"^{_NOT_A_HEADING}(?:(?:the|my)\s+)?(?P<thing>(?:[\w'-]+\s+){{0,3}}?{_KIND}"
    r"(?:\s+(?!(?:please|move|change|push|shift|delete|cancel|remove|to)\b)[\w:.'-]+){0,5}?)"
    r"\s*[,:]?\s+(?:please\s+)?(?P<verb>move|change|push|shift|delete|cancel|remove)"
    r"(?:\s+(?P<to>to)\s+(?P<when>[^,;!?]+?))?\s*[.!]?$", re.I)
# where a later request starts: "…, and reminder for call dentist move to 13:00"
_LATER = re.compile(r"(?:,\s*|\s+)and\s+(?=\S)", re.I)


# "the one about calling the dentist": a reminder, named by its errand
_ONE_ABOUT_DOING = re.compile(r"\bthe one about (?=\w+ing\b)", re.I)


def topic_first(text: str) -> str:
    """``text`` with a heading-first request written out as one request (also a later one
    after "and" said thing first: "…, and reminder for call dentist move to 13:00")."""
    text = _ONE_ABOUT_DOING.sub("the reminder about ", text)
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


def _named(m: re.Match[str]) -> str:
    """The thing of a heading, with the kind said again after it ("the weekday one")."""
    return f"{m['kind']} {m['thing']}" if m["kind"] else m["thing"]


def _topic_first(text: str) -> str:
    said = text.strip()
    m = _IS_THAT.match(said)
    if m is not None:
        return f"{m['verb'].lower()} {m['thing']} {m['rest']}?"
    m = _CHANGE_TO.match(said)
    if m is not None:
        return f"change the {_named(m)}{m['day'] or ''} to {m['when']}"
    m = _CHANGE_IT.match(said)
    if m is not None:
        rest = f"{m['rest'].rstrip(' .!')}{m['day']}" if m["day"] else m["rest"]
        return f"{m['verb'].lower()} the {_named(m)}{rest}"
    m = _DONE_WITH.match(said)
    if m is not None:
        return f"{m['verb'].lower()} the {_named(m)}{m['day'] or ''}"
    m = _NEW_TIME.match(said)
    if m is not None:
        return f"change the {_named(m)}{m['day'] or ''} to {m['when']}"
    m = _SHIFTED.match(said)
    if m is not None:
        return f"move the {_named(m)}{m['day'] or ''} {m['by']} {m['way'].lower()}"
    m = _WHAT_TIME_IS_THAT.match(said)
    if m is not None:
        return f"what time is {m['thing'].strip()}"
    m = _WHAT_TIME_WAS_IT.match(said)
    if m is not None:
        return f"what time is my {m['kind'].lower()} {m['about']}?"
    m = _FOR_WHAT_TIME.match(said)
    if m is not None:
        thing = m["thing"] if re.match(r"(?:the|my)\s", m["thing"], re.I) else f"my {m['thing']}"
        return f"what time is {thing}{m['rest']}?"
    if _WHICH_TIMER.match(said):
        return "what timers do I have?"
    m = _TIMER_LENGTH_NAME.match(said)
    if m is not None:
        return f"set a timer for {m['len']} for the {m['name']}"
    m = _WHAT_WAS_IT.match(said)
    if m is not None:
        when = m["when"] if re.match(r"(?:today|tonight|tomorrow)\b", m["when"], re.I) \
            else f"on {m['when']}"
        return f"what {m['kind'].lower()}s have I got {when}"
    m = _NEEDS_MORE.match(said)
    if m is not None and m["thing"].lower() not in ("it", "this", "that", "he", "she", "everything"):
        by = m["by"] if m["n"] or re.match(r"\w+\s", m["by"]) else f"a {m['by']}"
        by = f"{m['n']} {by}" if m["n"] else by
        return f"add {by} to the {m['thing']} timer"
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
        said = _SHORT_DAY.get(m["day"].lower(), m["day"])
        day = said if said.lower() in ("today", "tonight", "tomorrow") else f"on {said}"
        kinds = m["kinds"].lower()
        return f"what {kinds if kinds.endswith('s') else kinds + 's'} have I got {day}"
    return _verb_after(said) or text
