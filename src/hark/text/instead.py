"""An alarm asked for "instead of" one the user has (English): "wake me up at 7 tomorrow
instead of 7:15", "set my alarm for 6:45 instead of 6:30" — a change of that alarm, as
"change my 7:15 alarm to 7 tomorrow", not a second alarm. And "make the dentist reminder
half ten instead", "make my dentist appointment 3pm": a move, not a new reminder.

``instead(text)`` returns the change, or ``text`` unchanged when it does not say that.
"""

from __future__ import annotations

import re

from hark.nlu.lexicon import APPOINTMENT_WORDS
from hark.text.en_words import HOUR_WORDS

_CLOCK = (r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|half past \w+|quarter (?:past|to) "
          rf"\w+|half (?:\d{{1,2}}|{HOUR_WORDS})\b|"
          rf"{HOUR_WORDS})")
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
    rf"(?:\s+instead(?:\s+of\s+(?:the\s+)?{_CLOCK})?)?"
    # "… 8pm instead of 7 on Thursday": its day after
    r"(?P<day2>\s+(?:tomorrow|today|on \w+day|\w+day))?(?P<rest>(?:[,;.!]\s*.*|\s+(?:and|then)\s+.*)?)$",
    re.I)


# "the team meeting is now on Thursday at 9", "the dentist rang, my appointment's now at 3
# on Wednesday, can you update it?": a move of that appointment
_NOW_AT = re.compile(
    # (a remark before it, "the dentist rang,", not a request: "add coffee with Aoife on
    # Saturday at 2pm. Coffee with Aoife is now at 3pm" keeps its first request)
    r"^(?:(?!(?:please\s+|can you\s+|could you\s+)?(?:add|set|remind|put|book|schedule|create|make|"
    r"move|change|cancel|delete|remove|what|when|how|is|are|wake|start|stick|pop)\b)[^,.]{1,60}[,.]\s*){0,2}?"
    r"(?P<what>(?:the|my|our)\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?:reminder|{APPOINTMENT_WORDS}|dinner|lunch|breakfast|class|lesson|session|party)"
    # "the meeting of the team" (said the other way round)
    rf"(?:\s+of\s+(?:the|my|our)\s+[a-z]+)?"
    # with no "the": "Dinner with Anna is now at 8pm", "dinner's now Saturday at 8"
    r"|(?:dinner|lunch|breakfast|coffee|drinks)(?:\s+with\s+[a-z]+|(?=(?:\s+is|'s)\s+now\b))"
    # "Team meeting tomorrow's now at 2pm"
    r"|(?:[\w-]+\s+)?(?:meeting|appointment)(?=(?:\s+(?:tomorrow|today|on\s+\w+day))?(?:\s+is|'s)?\s+now\b))"
    # its day: "the appointment on Wednesday is now at half two"
    r"(?P<day>\s+(?:tomorrow|today|on\s+\w+day))?"
    # ("Team meeting now 1500 hours Tuesday. Amend the calendar.": no "is", typed)
    r"(?:(?:\s+is|'s)?\s+now|\s+(?:must|should|has to|needs to)\s+(?:now\s+)?be"
    # "… is at 2 tomorrow instead of 9", "… is at 2, not at 9": "instead"/"not" says a change
    r"|(?:\s+is|'s)(?=\s+(?:on\s+|at\s+)?[^,.?!]+?\s*,?\s*(?:instead|not|rather than)\b))"
    r"\s+(?:going to be\s+|happening\s+)?(?:on\s+|at\s+)?"
    r"(?P<new>[^,.?!]+?)(?:\s+instead)?"
    # "…, not at 9", "… instead of 9", "… rather than Friday": the old time
    r"(?:\s*,?\s*(?:not|instead of|rather than)\s+(?:at\s+|on\s+)?[^,.?!]+?)?"
    # "…, still half seven": the same clock on the new day
    r"(?:\s*,?\s*(?:still|same time,?)\s+(?:at\s+)?(?P<still>[^,.?!]+?))?"
    # "… on Saturday instead, same time": the day alone changes
    r"(?:\s*,?\s*(?:at\s+)?(?:the\s+)?same (?:time|hour))?"
    r"(?:\s*[,.]?\s*(?:(?:so|and)\s+)?(?:(?:can|could|would) you\s+|please\s+)*(?:update|change|"
    r"move|fix|sort|amend)\s+(?:it|that|the calendar|my calendar)(?:\s+(?:on|in)\s+(?:the|my)\s+"
    r"(?:calendar|diary))?(?:\s+for me)?(?:\s+please)?)?"
    r"\s*[.!?]*$", re.I)


# "the team meeting is at 11 now": is now at 11 ("… at 8 now not 7:30", "… now instead")
_AT_NOW = re.compile(r"(?<!\bwhat)(?<!\bwhere)(?<!\bwho)(?<!\bhow)(?<!\belse)(?<!\blong)"
                     r"(?<!\bmuch)(?<!\bmany)"  # (asked: "what's on the list now?", "how
                     # long's on it now?")
                     r"(\s+is|'s)\s+((?:at|on)\s+[^,.?!]+?)\s+now\b"
                     r"(?=\s*(?:[,.?!]|$|not\b|instead\b|rather\b))", re.I)


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
_WHO_WORDS = r"dentist|doctor|gp|vet|hairdresser|barber|physio|optician"
_WHO = re.compile(rf"\b(?:{_WHO_WORDS})\b", re.I)

# "The dentist has rescheduled me to Thursday at half past two. Please update the appointment."
_RESCHEDULED_ME = re.compile(
    rf"^(?:the|my)\s+(?P<who>{_WHO_WORDS})(?:'s|\s+surgery|\s+practice)?"
    # ("The dentist rang, they've moved my appointment to next Monday at 10.15.")
    r"(?:\s+(?:rang|called|phoned|texted|emailed)\s*[,.;]?\s*(?:and\s+)?(?:they|she|he)(?:'ve|\s+have|\s+has)?)?"
    r"(?:\s+(?:has|have|'s|just)?\s*(?:rescheduled|moved|changed|put|booked)\s+(?:me|us|my appointment|"
    r"the appointment|it)"
    # ("The dentist just rang, my appointment's been moved to 3:30pm the same day.")
    r"|\s+(?:just\s+)?(?:rang|called|phoned|texted|emailed)\s*[,.;]\s*(?:and\s+)?(?:my|the)\s+"
    r"appointment(?:'s|\s+is|\s+has)\s+(?:been\s+|now\s+)?(?:moved|changed|rescheduled|"
    r"pushed back|put back|brought forward))"
    r"\s+(?:to|for|till)\s+(?P<new>[^.!?]+?)(?:,?\s+(?:on\s+)?(?:the\s+)?same day|,?\s+that day)?"
    r"\s*[.!]?"
    r"(?:\s*(?:(?:please|can you|could you)\s+)*(?:update|change|move|fix|amend)\s+(?:the|my|it)"
    r"(?:\s+(?:appointment|calendar|diary))?(?:\s+please)?\s*[.!?]?)?$", re.I)


# "put the team meeting back to 2": a move ("put X back" is not "put X in the calendar")
_PUT_BACK = re.compile(r"\bput\s+((?:the|my|our)\s+[\w' -]{1,40}?)\s+back\s+(?=(?:to|till|until|by|"
                       r"an?|half|one|two|three|\d)\b)", re.I)
# "Put the dentist reminder to Wednesday": moved there (not a reminder to put it)
_PUT_TO = re.compile(r"\bput\s+((?:the|my|our)\s+[\w' -]{0,40}?\b(?:reminder|appointment|meeting|event|"
                     r"dinner|lunch|party|class))\s+(?=(?:to|till|until)\b)", re.I)
# "make the pasta timer 5 minutes instead of 8": the old length is no more to add
_LENGTH_INSTEAD = re.compile(r"\b((?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"fifteen|twenty|thirty)\s+(?:minutes?|mins?|seconds?|hours?))\s+"
                             r"instead\s+of\s+(?:the\s+)?\w+(?:\s+(?:minutes?|mins?|seconds?|"
                             r"hours?))?", re.I)
# "change the laundry one to 20 minutes": "one" is a timer when it is given a length
_TIMED_ONE = re.compile(r"\b(the|my)\s+([\w-]+)\s+one\b(?=\s+(?:to|by|for)\s+(?:\d+|an?|one|two|"
                        r"three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|"
                        r"fifty)\s*(?:minutes?|mins?|seconds?|secs?|hours?)\b)", re.I)


# "Could the birthday card reminder go an hour earlier, please?": a move by a length of time
_GO_SHIFTED = re.compile(
    r"^(?:(?:could|can|would|will)\s+)(?P<what>(?:the|my)\s+[\w' -]{1,40}?\b(?:reminder|alarm|meeting|"
    r"appointment|event|dinner|lunch))\s+(?:go|be moved|be pushed|be put|come|be brought)\s+"
    r"(?:forward\s+|back\s+)?(?:by\s+)?(?P<by>(?:half an?|an?|one|two|three|four|five|ten|fifteen|twenty|"
    r"thirty|forty-five|\d+)\s+(?:minutes?|mins?|hours?))\s+(?P<way>earlier|later|sooner)\b"
    r"(?:\s*,?\s*please)?\s*[?.!]?$", re.I)


# "make dinner with Anna half an hour earlier": a move by a length of time
_MAKE_SHIFTED = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you)\s+)*)(?:make|have)\s+"
    r"(?P<what>(?:the|my)\s+[\w' -]{1,40}?|(?:dinner|lunch|breakfast|coffee|drinks)\s+with\s+[a-z]+)"
    r"\s+(?:start\s+)?(?P<by>(?:half an?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|"
    r"forty-five|\d+)\s+(?:minutes?|mins?|hours?))\s+(?P<way>earlier|later|sooner)\b(?P<rest>.*)$",
    re.I)


# "change it for 10 o'clock" (said from another language): to 10 o'clock; not "change my
# alarm for 7 to 8", whose "for" names the alarm
_CHANGE_FOR = re.compile(r"\b((?:change|switch|move)\s+(?:it|that|(?:my|the)\s+[\w' -]{1,40}?))\s+for\s+"
                         r"(?=(?:\d|half\b|quarter\b|noon\b|midday\b|"
                         rf"(?:{HOUR_WORDS})\b)(?![^,.;]*\bto\b))", re.I)


# "move the dinner with Anna so that it starts at 7": to 7
_SO_IT_STARTS = re.compile(r"\b((?:move|change|shift|push|bring|switch)\s+(?:it|that|(?:my|the)\s+[\w' -]"
                           r"{1,40}?))\s+so\s+(?:that\s+)?(?:it|she|he)\s+(?:starts|begins|is|goes off|rings)"
                           r"\s+(?:at\s+|on\s+)?", re.I)


# "give that pasta timer another two minutes": more time on it
_GIVE_MORE = re.compile(r"\bgive\s+(?:the|my|that|this)\s+(?P<t>[\w-]+(?:\s+timer)?)\s+(?P<more>(?:another|"
                        r"an extra|a further|extra)\s+(?:[\w-]+\s+)?(?:minutes?|mins?|seconds?|secs?|"
                        r"hours?|minute|hour)(?:\s+and\s+a\s+half)?)\b", re.I)
# "remind me to call the dentist at half two tomorrow afternoon instead of ten": a move of
# that reminder
_REMIND_INSTEAD = re.compile(
    rf"^(?P<ask>(?:(?:please|can you|could you|would you)\s+)*)remind me to (?P<task>.+?)\s+"
    rf"(?P<when>(?:at|on|tomorrow|today|tonight)\b.+?)\s+instead of\s+(?:the\s+)?{_CLOCK}\s*[.!]?$", re.I)


# "slot the team meeting in at 8.30": a move; "bump the bins reminder half an hour earlier"
_SLOT_IN = re.compile(r"\bslot\s+((?:the|my)\s+[\w' -]{1,40}?)\s+in\s+(?:at|for)\s+", re.I)
_BUMP_UP = re.compile(r"\bbump\s+((?:the|my)\s+[\w' -]{1,30}?timer)\s+up\s+by\s+([\w-]+\s+(?:minutes?|mins?|"
                      r"seconds?|hours?))\b", re.I)
_BUMP = re.compile(r"\bbump\b(?=\s+(?:the|my)\s)", re.I)


# "move my 7.15 tomorrow to quarter to eight", "set the 0715 one tomorrow to 0700": a clock
# time named as the thing is an alarm
_CLOCK_NAMED = re.compile(r"\b((?:move|change|push|shift|set|make|put)\s+(?:my|the)\s+\d{1,2}[:.]?\d\d"
                          r"(?:\s?(?:am|pm))?)(?:\s+one)?(?=(?:\s+(?:tomorrow|today|on\s+\w+day))?\s+to\b)"
                          r"(?!.*\b(?:alarm|reminder|meeting|appointment|timer|event)s?\b)", re.I)


# "tomorrow's 7.15 alarm should be quarter to eight instead", "my weekday alarm needs to go
# off at 6": a change of that alarm or timer
_SHOULD_BE = re.compile(
    r"^(?P<what>(?:the|my|tomorrow's|today's|\w+day's)\s+(?:[\w.:'-]+\s+){0,3}?(?:alarm|timer))"
    r"(?P<day>\s+(?:tomorrow|today|on \w+day))?\s+(?:should|needs to|ought to|has to|must)\s+"
    r"(?:be|go off|ring|be set)\s+(?:at\s+|for\s+|to\s+)?(?P<new>[^,.!?]+?)(?:\s+instead)?"
    r"(?P<rest>\s*[,.!?].*)?$", re.I)


def instead(text: str) -> str:
    """``text`` as a change of the alarm it says "instead of", or a move of the reminder or
    appointment it says to "make" another time or says is "now" at another."""
    text = _PUT_BACK.sub(r"move \1 back ", text)
    text = _PUT_TO.sub(r"move \1 ", text)
    text = _AT_NOW.sub(r"\1 now \2", text)
    text = _LENGTH_INSTEAD.sub(r"\1", text)
    text = _TIMED_ONE.sub(r"\1 \2 timer", text)
    text = _CHANGE_FOR.sub(r"\1 to ", text)
    text = _SO_IT_STARTS.sub(r"\1 to ", text)
    text = _CLOCK_NAMED.sub(r"\1 alarm", text)
    text = _SLOT_IN.sub(r"move \1 to ", text)
    text = _BUMP_UP.sub(r"add \2 to \1", text)
    text = _BUMP.sub("push", text)
    text = _GIVE_MORE.sub(lambda m: f"add {m['more']} to the {m['t']}"
                          f"{'' if m['t'].lower().endswith('timer') else ' timer'}", text)
    should = _SHOULD_BE.match(text.strip())
    if should is not None and not re.match(r"(?:on|off|cancelled|deleted|gone|removed)\b",
                                           should["new"], re.I):
        return f"change {should['what']}{should['day'] or ''} to {should['new']}"
    told = _RESCHEDULED_ME.match(text.strip())
    if told is not None:
        return f"move the {told['who'].lower()} appointment to {told['new']}"
    again = _REMIND_INSTEAD.match(text.strip())
    if again is not None:
        return f"{again['ask']}move the reminder to {again['task']} to {again['when']}"
    gone = _GO_SHIFTED.match(text.strip())
    if gone is not None:
        return f"move {gone['what']} {gone['by']} {gone['way']}"
    shifted = _MAKE_SHIFTED.match(text.strip())
    if shifted is not None:
        return (f"{shifted['ask']}move {shifted['what']} {shifted['by']} {shifted['way']}"
                f"{shifted['rest']}")
    now_at = _NOW_AT.match(text.strip())
    if now_at is not None and re.search(r"\d|\b(?:today|tomorrow|\w+day|noon|half|quarter)\b",
                                        now_at["new"], re.I):
        what = now_at["what"]
        who = _WHO.search(text[:now_at.start("what")])
        if who and not _WHO.search(what):  # "the dentist rang, my appointment's now …"
            what = f"the {who.group(0).lower()} appointment"
        still = f" at {now_at['still']}" if now_at["still"] else ""
        day = now_at["day"] or ""
        new = now_at["new"]
        if day and not re.search(r"\b(?:today|tomorrow|\w+day)\b", new, re.I):
            return f"move {what}{day} to {new}{still}"  # the same day, a new time
        return f"move {what} to {new}{still}"
    bare = _VERBLESS.match(text.strip())
    if bare is not None:
        what = re.sub(r"^alarm\s+(\S+)", r"the \1 alarm", bare["what"])  # "the 07:15 alarm"
        return f"move {what} to {bare['new']}{bare['rest']}"
    made = _MAKE.match(text.strip())
    if made is not None:
        day = made["day"] or (f" {made['day0'].strip().removesuffix(' at')}" if made["day0"]
                              else made["day2"] or "")
        return (f"{made['ask']}move {made['what']} to {made['new']}{day}"
                f"{made['rest']}").strip()
    m = _INSTEAD.match(text.strip())
    if m is None:
        return text
    return (f"{m['ask']}change my {m['old']} alarm to {m['new']}{m['day']}"
            f"{m['rest']}").strip()
