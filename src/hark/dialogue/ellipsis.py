"""What a request said right after another one leaves out, filled in from that one
(English): the second half of "set a 3 minute timer for the eggs and a 12 minute one
for the potatoes" is "set a 12 minute timer for the potatoes".

``complete(tail, head)`` returns ``tail`` with:

- **"one"** for the thing the first request named: "pause the pasta one" → "pause the
  pasta timer", "cancel tomorrow's 7:15 one" → "… 7:15 alarm";
- **the verb** when the second request has none: "cancel the laundry timer and the
  swimming alarm" → "cancel the swimming alarm"; "plus an alarm at 6" → "set an alarm
  at 6"; "and another for 7:30" → "set another alarm for 7:30";
- **"again"**: "wake me up at 6:50 tomorrow and again at 7:05" → "wake me up at 7:05
  tomorrow" (the first request's day when none is said);
- **the verb and the unit said once** ("move the team meeting to Wednesday and the
  dinner with Anna to 8pm", "add 2 minutes to the pasta and 5 to the laundry"), **the
  list** ("tick X off my to-do list and add Y"), **the day** ("that day", "the day
  after", an alarm after a request with a day), **"again"** for a reminder;
- **the same again** for another thing (:mod:`hark.dialogue.same_again`): "move the
  dentist reminder to Friday and the same for the bins one";
- **"it"**, "that", "there", "her" (:mod:`hark.dialogue.pronouns`): "what's on the
  shopping list and add coffee to it" → "… to the shopping list"; "what's my next
  reminder and then delete it" → "delete my next reminder"; "add 'call the plumber' to
  my to-do list and remind me to do it at 8" → "remind me to call the plumber at 8".

When nothing is left out, or the first request names nothing to fill in with, ``tail``
comes back as it was.
"""

from __future__ import annotations

import re

from hark.dialogue.pronouns import resolve as _it
from hark.dialogue.same_again import again_for
from hark.dialogue.words import KIND, LIST, NOUN, OWNER, POLITE, THAT_DAY, TOLD_NOW, on_day
from hark.nlu.event_span import said_span
from hark.text.en_words import HOUR_WORDS, WEEKDAYS

_SET_VERB = re.compile(r"^(?:wake me(?: up)?|get me up|set|add|put|create|make|start|"
                       r"schedule|book)\b", re.I)
_VERB = re.compile(r"^(?:wake me(?: up)?|get me up|set|add|put|pop|stick|chuck|bung|jot|take|create|make|"
                   r"start|schedule|"
                   r"book|cancel|delete|remove|stop|pause|resume|unpause|restart|snooze|ditch|"
                   r"scrap|drop|bin|kill|get rid of|"
                   r"turn off|switch off|clear|tick off|cross off|mark)\b", re.I)
# the verbs of putting on a list
_ADDS = re.compile(r"(?:add|put|pop|stick|chuck|bung|jot)\b", re.I)
# "the pasta one", "tomorrow's 7:15 one", "a 4 minute one": not "at one", "one minute"
_ONE = re.compile(r"(?<!\bat )(?<!\bfor )(?<!\bto )(?<!\bpast )(?<!\bin )(?<![\w-])one(?![\w-])"
                  r"(?!\s+(?:to|on)\s+one\b)"  # "a one to one with Sarah"
                  r"(?!\s+(?:minute|hour|second|o'clock|thirty|fifteen|forty|twenty|ten|"
                  r"five|am|pm|a\.m|p\.m|day|week|more|of|by one|last|and an? (?:half|quarter))\b)",
                  re.I)  # ("one and a half hours before that": a length)
# "another for 7:30", "a new one"-less "set a new for 8" (not "a new dentist", "another
# 10 minutes")
_ANOTHER = re.compile(r"\b(another|a second|one more|a new)\b(?=\s*(?:$|[,.;!?]|(?:for|at|on|in|"
                      r"to|with|and|then|called|named|that|which|tomorrow|tonight|today|"
                      r"please|set|going)\b))", re.I)
# "the swimming alarm" (not "the haircut on my to-do list": items of one list stay one
# request)
_DETERMINED = re.compile(rf"^(?:the|my|a|an|another|tomorrow's|today's|{OWNER})\s+"
                         r"(?:[\w:'.-]+\s+){0,4}(?:timer|alarm|reminder|appointment|meeting|"
                         r"event)s?\b", re.I)
_REMINDED_TO = re.compile(r"\bto\s+(.+?)(?=\s+(?:at|on|tomorrow|tonight|today|in|by|every|next|"
                          r"this)\b|[,.!?]|$)", re.I)
_TOO = re.compile(r"\b(?:too|as well|also)\b[\s,]*(?:actually|please)?[\s.!]*$", re.I)
_ANOTHER_ONE = re.compile(r"\b(another|a new|a second|one more|a different|a fresh)\s+one\b",
                          re.I)
# a question of when a thing is, and another thing said after it with nothing to do: "and
# the reminder for the birthday card?"
_WHEN_ASKED = re.compile(r"^(?:and\s+)?(when(?:'s|\s+is)|what\s+time(?:'s|\s+is))\s", re.I)
_AND_THE_OTHER = re.compile(r"^(?:and|what about|how about)\s+(?P<thing>(?:the|my)\s+[\w'-]+"
                            r"(?:\s+(?:for|about|to)\s+[\w' -]{2,40}?)?)\s*\??\s*$", re.I)
_AGAIN = re.compile(r"^(?:again|once more|one more time)\b\s*", re.I)
# another of a request that names no kind ("wake me …", "remind me …"), and its time
_ANOTHER_SAID = re.compile(r"^(?:(?:set|make|add|put)\s+)?(?:another|one more|a second)"
                           r"(?:\s+one)?\b[\s,]*(?=(?:at|for|on|tomorrow|tonight|today|\d|"
                           rf"{WEEKDAYS}|the\s+same)\b)", re.I)
# one more thing for the list just added to, what it is after a comma or colon
_ANOTHER_ITEM = re.compile(r"^(?:(?:oh|and|also)[\s,]+)*(?:another(?:\s+one|\s+thing|\s+item)?|"
                           r"one more(?:\s+thing|\s+item)?)\s*[,:]\s*(?P<item>\S.*?)[.!]?$", re.I)
_SELF_KIND = re.compile(r"^(?:wake me|get me up|remind me)\b", re.I)
_IN_CASE = re.compile(r"[\s,]+(?:just\s+)?in case\b.*$", re.I)
_TIME = re.compile(r"\b(?:at|for)\s+[\w:.]+(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s+o'clock)?",
                   re.I)
_DAY = re.compile(r"\b(?:tomorrow|today|tonight|this (?:morning|afternoon|evening)|"
                  rf"(?:on |next |this )?(?:{WEEKDAYS})s?"
                  r"(?: the \d{1,2}(?:st|nd|rd|th)\b)?|(?:on )?the \d{1,2}(?:st|nd|rd|th)"
                  r"(?: of (?:january|february|march|april|may|june|july|august|september|"
                  r"october|november|december))?)(?:\s+(?:morning|afternoon|evening|night))?\b",
                  re.I)
_LENGTH = re.compile(r"\b(?:minutes?|mins?|seconds?|secs?|hours?)\b", re.I)
_REMIND = re.compile(r"^(?:remind me|set a reminder|add a reminder)\b", re.I)
_REMINDER_AGAIN = re.compile(r"^(?=to \w|at \w|on \w|tomorrow|next)", re.I)
_CLOCK = re.compile(r"\b(?:at|by|for)\s+(?:\d{1,2}(?::\d\d)?|"
                    rf"{HOUR_WORDS}|noon|midday|midnight|half|quarter)\b|"
                    r"\d\s?(?:am|pm)\b", re.I)
_TO_LIST = re.compile(r"^(?!(?:the|my|what|what's|whats|is|are|anything|how|when)\b)\S.{0,60}?\s(?:to|on|onto)\s+(?:the|my)\s+"
                      r"(?:[\w-]+\s+){0,2}?list\b", re.I)
# a few words put on a list: "toilet roll on the shopping list"
_ITEM_TO_LIST = re.compile(r"^(?!(?:the|my)\b)(?:[\w'-]+\s+){1,4}(?:to|on|onto)\s+(?:the|my)\s+"
                           r"(?:[\w-]+\s+){0,2}?list\b", re.I)
# the first request was about something other than a list
_OTHER_THING = re.compile(r"\b(?:timers?|alarms?|reminders?|remind|appointments?|meetings?|events?|"
                          r"calendar|diary|wake)\b", re.I)
_PUTS = re.compile(r"(?:add|put|stick|pop|chuck|bung|get|buy|write|jot)\b", re.I)
_ASKING = re.compile(r"(?:is|are|was|were|what|what's|how|do|does|did|have|has|had|any|"
                     r"tell|show|read|give|let|check|"
                     r"anything|which|when|where|who|why|can|could|will|would|should)\b", re.I)


# a change or an adjustment with its own target, said again for another thing: "move the
# team meeting to Wednesday and the dinner with Anna to 8pm", "add 2 minutes to the pasta
# and 5 to the laundry"
_RETARGET = re.compile(r"^(?P<verb>(?:move|change|push|pull|bring|shift|reschedule|set|make|"
                       r"switch|bump|put back|put forward|extend|shorten|lengthen)\b)\s+"
                       r"(?:the|my|tomorrow's|today's|"
                       rf"{OWNER})\s.*?\s(?:to|by|back|forward|until|till)\s", re.I)
_RETARGET_TAIL = re.compile(rf"^(?:the|my|tomorrow's|today's|{OWNER})\s+(?:(?!(?:to|by)\b)"
                            r"[\w:'-]+\s+){1,5}(?:to|by|back|forward|until|till)\s+\S", re.I)
_AMOUNT = (rf"(?:\d+|a|an|{HOUR_WORDS}|"
           r"fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a couple of|a few)")
_ADJUST = re.compile(rf"^(?P<verb>add|put|give|take|knock|shave)\s+(?:another\s+|an extra\s+)?"
                     rf"{_AMOUNT}\s+(?:more\s+|extra\s+)?(?P<unit>seconds?|minutes?|mins?|"
                     r"hours?)\s+(?P<prep>to|on|onto|off|from)\s", re.I)
_ADJUST_TAIL = re.compile(rf"^(?P<amount>{_AMOUNT})(?:\s+(?:more|extra))?\s+"
                          r"(?P<prep>to|on|onto|off|from)\s+(?:the|my)\s+\S", re.I)
# a creation of an alarm or an event, which takes the day the first request named: "remind
# me to move the car at 7:45 tomorrow, then set an alarm for 7:30"
_ON_A_DAY = re.compile(r"^(?:set|make|create|put|add|schedule|book)\b.*?\b(?:alarm|calendar|"
                       r"diary)\b|^(?:wake me|get me up)\b", re.I)
# "the day after" the first request's day: tomorrow → the day after tomorrow
_DAY_AFTER = re.compile(r"\b(?:on\s+)?the (day|morning|evening|night) (after|before)\b"
                        r"(?!\s+(?:tomorrow|that|next|the))", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# "… if I am, book the plumber for then": the moment the request before named
_THEN = re.compile(r"\s+(?:in\s+)?(?:for|at)\s+then\b(?=\s*(?:[.,;!?]|$))|\s+then(?=\s*(?:[.!?]?$|,))",
                   re.I)
_AT_CLOCK = re.compile(r"\bat\s+(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|noon|midday|"
                       r"(?:half|quarter)\s+(?:past|to)\s+\w+|half\s+\w+|"
                       rf"{HOUR_WORDS})(?:\s+o'clock)?", re.I)


def _then_of(tail: str, head: str) -> str:
    """``tail`` with a "then" that means a moment said as the time ``head`` names."""
    then, clock = _THEN.search(tail), _AT_CLOCK.search(head)
    if then is None:
        return tail
    own = _CLOCK.search(tail[:then.start()])
    if (own or _DAY.search(tail[:then.start()])) and then.group(0).split() == ["then"]:
        # "… book it for 11 then", "what's on for me this Sunday then?": so
        return tail[:then.start()] + tail[then.end():]
    if clock is None or own:
        return tail
    day = _DAY.search(head)
    when = clock.group(0) + (f" {on_day(day.group(0), 'day')}" if day else "")
    return f"{tail[:then.start()]} {when}{tail[then.end():]}"


# more time for a second timer, its verb left out: "… and five minutes to the laundry one"
_ADDS_TIME = re.compile(r"^(add|put|take|knock)\b.*\b(?:minutes?|mins?|seconds?|secs?|hours?)\b",
                        re.I)
_MORE_ON = re.compile(r"^(?:and\s+)?(?:another\s+)?(?P<by>(?:\d+|an?|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|fifteen|twenty|thirty)\s+(?:more\s+)?(?:minutes?|mins?|"
                      r"seconds?|secs?|hours?))\s+(?P<to>to|on|onto|off|from)\s+(?:the|my)\s+"
                      r"(?P<name>[\w-]+)(?:\s+(?:one|timer))?\s*[.!]?$", re.I)


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_BARE_DAYS = re.compile(rf"\b(?:for|on)\s+(?={_WEEKDAY}(?:\s*(?:,|and|&)\s*{_WEEKDAY})*\b)",
                        re.I)


def every_day(said: str) -> str:
    """``said`` (another of a thing that repeats) with its bare weekdays made repeating
    too: "set another alarm for Saturday and Sunday" after one for every weekday."""
    if re.search(r"\b(?:this|next|coming|tomorrow|tonight|only|just)\b", said, re.I):
        return said
    return _BARE_DAYS.sub("every ", said, count=1)


def complete(tail: str, head: str) -> str:
    """``tail`` with what it leaves out of ``head`` filled in."""
    if re.match(rf"(?:and\s+)?{TOLD_NOW}", tail, re.I):
        return tail  # a change told ("… and the team meeting is now at 3pm"): whole as said
    tail = _then_of(tail, head)
    again = again_for(tail, head)
    if again is not None:  # "… and the same for the bins one"
        return again
    body = POLITE.sub("", head, count=1)
    tail = _next_to(tail, head)
    # "the laundry one": what the first request named, or a timer when minutes are said
    noun = _last_noun(head) or ("reminder" if _REMIND.match(body) and re.search(
        r"\b(?:another|one more|a second)\b", tail, re.I) else "") or (
        "timer" if _LENGTH.search(tail) or re.match(
        r"(?:how long|how much time)\b", body, re.I) or _PAUSED.match(body) else "")
    bare_timer = _BARE_TIMER_ASK.match(tail)
    if noun == "timer" and bare_timer:  # "pause the laundry, cancel the pasta"
        tail = f"{tail[:bare_timer.end()]} timer{tail[bare_timer.end():]}"
    day = _DAY.search(head)
    set_verb = _SET_VERB.match(body)
    wants = re.match(r"(?:i need|i want|i'd like|i would like|give me)\s+(?:a|an)\b", body, re.I)
    if noun and (set_verb or wants) and re.match(r"(?:and\s+)?one\s+(?:for|at|of)\b", tail, re.I):
        # "… for the rice and one for 8 minutes for the broccoli", "I need a timer of twelve
        # minutes for the risotto and one of three minutes for the coffee"
        said = set_verb.group(0) if set_verb else "set"
        tail = re.sub(r"^(?:and\s+)?one", f"{said} a {noun}", tail, count=1, flags=re.I)
    if noun == "timer" and (set_verb or re.match(r"(?:an?\s+)?timer\b", body, re.I)) and \
            _LENGTH_FOR.match(tail) and _LENGTH_NAMED.search(body):
        # "timer 90 seconds for the steak and 6 minutes for the sauce" (not "a timer of 1
        # minute and 30 seconds for tea": one length)
        tail = "set a timer for " + re.sub(r"^and\s+", "", tail, flags=re.I)
    item_more = _ANOTHER_ITEM.match(POLITE.sub("", tail, count=1)) if noun == "list" else None
    lst_said = LIST.search(head) if item_more else None
    if item_more and lst_said and re.match(r"(?:add|put|pop|stick|write|jot)\b", body, re.I):
        # "add 'X' to my to-do list, oh and another one, 'Y'": Y on that list too
        return f"add {item_more['item'].strip()} to {_listed(lst_said)}"
    if noun:  # "another one ten minutes after it", "the pasta one"
        tail = _ANOTHER_ONE.sub(lambda m: f"{m.group(1)} {noun}", tail, count=1)
        tail = _ONE.sub(noun, tail, count=1)
        asked = _WHEN_ASKED.match(body)
        other = _AND_THE_OTHER.match(tail)
        if asked and other:  # "when's the dentist reminder tomorrow" — "and the one for the
            # birthday card?": when that one is, asked too (not a reminder to make)
            return f"{asked.group(1)} {other['thing']}?"
    gapped = _gapped(POLITE.sub("", tail, count=1), body)
    if gapped:
        return gapped
    more = _MORE_ON.match(POLITE.sub("", tail, count=1))
    added = _ADDS_TIME.match(body)
    if more and added and noun == "timer":
        # "add five minutes to the pasta timer and five minutes to the laundry one"
        return f"{added.group(1)} {more['by']} {more['to']} the {more['name']} timer"
    if noun == "timer":  # "a timer for 5 minutes and another for 12": the same unit
        unit = _LENGTH.search(head)
        # the number last, or before what the timer is for ("another for 20 for the laundry")
        # (in its first clause: "…, and one more for 30 minutes for screen time" after it)
        first = _NEXT_CLAUSE.split(tail, maxsplit=1)[0]
        bare_number = re.search(r"\b(?:for|of)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)(?=$|\s+for\s+"
                                r"(?:the|my)\s+[\w' -]+$)", first, re.I)
        if unit and bare_number and not _LENGTH.search(first) and re.search(
                r"\b(?:another|one more|a second)\b|^(?:set|make|start|put)\s+a\s+timer\b",
                POLITE.sub("", tail, count=1), re.I):
            end = bare_number.end()
            tail = f"{tail[:end]} {unit.group(0)}{tail[end:]}"
    if noun:
        before = tail
        tail = _ANOTHER.sub(lambda m: f"{m.group(1)} {noun}", tail, count=1)
        if tail != before and day and _SET_VERB.match(POLITE.sub("", tail, count=1)):
            tail = _with_day(tail, day.group(0))  # "… tomorrow, set a new one for 7:40"
    bare = POLITE.sub("", tail, count=1)
    again = _REMINDER_AGAIN.match(bare)
    if again and _REMIND.match(body) and _CLOCK.search(head) and _CLOCK.search(bare):
        # "remind me to call the bank at 9 and to text Jo at 2": a second reminder
        rest = bare[again.end():]
        if day and not _DAY.search(_NEXT_CLAUSE.split(rest, maxsplit=1)[0]):
            return f"remind me {day.group(0)} {rest}"  # "remind me tomorrow at 11 to …"
        return f"remind me {rest}"
    if _REMIND.match(body) and _REMINDED_TO.search(body) and _WHEN_THEN_TASK.match(bare) \
            and not _VERB.match(bare):
        # "remind me Friday at 10 to collect my prescription, and Sunday at half eleven to
        # phone Declan": a second reminder, its time first
        return f"remind me {bare}"
    thing_asked = _THING_THEN_ASK.match(bare.rstrip("?!. "))
    if thing_asked and noun == "timer":  # "… and laundry how many minutes still?"
        return f"how long is left on the {thing_asked.group(1)}"
    again = _AGAIN.match(bare) or (_ANOTHER_SAID.match(bare) if not noun and _SELF_KIND.match(body)
                                   else None)
    if again:  # ("wake me at 6 on Saturday, and set another at 6:20 just in case": again)
        return _again(body, _IN_CASE.sub("", bare[again.end():]))
    task = _REMINDED_TO.search(body) if _REMIND.match(body) else None
    said_again = re.match(r"^(?:remind me\s+)?again\b\s*(.*)$", bare, re.I)
    if task and said_again and _CLOCK.search(bare):  # "… and remind me again at 7am tomorrow"
        return f"remind me {said_again.group(1)} to {task.group(1)}".replace("  ", " ")
    if day and THAT_DAY.search(tail):  # "… on Thursday and remind me at 10 that day"
        tail = THAT_DAY.sub(lambda m: on_day(day.group(0), m.group(1)), tail, count=1)
        bare = POLITE.sub("", tail, count=1)
    verb = _VERB.match(body)
    lst = LIST.search(head)
    if verb and _ADDS.match(verb.group(0)) and lst \
            and not _VERB.match(bare) and _TO_LIST.match(bare) \
            and not _ASKING.match(re.sub(r"^(?:so|and|ok(?:ay)?|right)\b[\s,]*", "", bare, flags=re.I)):
        return f"{verb.group(0)} {bare}"  # "add X to my to-do list, cat food to the shopping list"
    if verb and _ADDS.match(verb.group(0)) and lst and _MORE_ITEM.fullmatch(
            _TOO.sub("", bare).strip(" ,.!")) and not _VERB.match(bare) and not _ASKING.match(bare):
        return f"add {_TOO.sub('', bare).strip(' ,.!')} to {_listed(lst)}"  # "…, and a sliced pan"
    if lst and not LIST.search(bare) and not re.search(
            r"\b(?:timer|alarm|reminder|appointment|meeting|event|calendar|diary)s?\b", bare, re.I):
        listed = _LIST_VERB.match(re.sub(r",?\s+(?:as well|too|also|please|instead)$", "",
                                         bare.rstrip(".!? ")))
        if listed:  # "tick renew passport off my to-do list and add pay council tax"
            return _to_list(listed, _listed(lst))
        put_on = re.match(r"(?:put|pop|stick|chuck|bung)\s+on\s+(?!(?:the|my|it|them)\b)(.+)$",
                          bare.rstrip(".!? "), re.I)
        if put_on:  # "take the bananas off the shopping list, and put on soda bread"
            return f"add {put_on.group(1)} to {_listed(lst)}"
    if re.match(r"(?:a|an|another|one more|a second)\s+(?:reminder|alarm|timer)\b|(?:reminder|alarm|"
                r"timer)\s+(?=(?:for|at|in|on)\s|\d|tomorrow\b|tonight\b|today\b)", bare,
                re.I) and not _VERB.match(bare):
        # "ten-minute timer, and a reminder in half an hour to …", "alarm 06:15 tomorrow,
        # reminder 8am tomorrow to print the brochures"
        return f"set {bare}" if re.match(r"(?:a|an|another|one more|a second)\s", bare, re.I) \
            else f"set a {bare}"
    if _ITEM_TO_LIST.match(bare) and not lst and not _VERB.match(bare) \
            and not _ASKING.match(bare) and not _PUTS.match(body) and not _PUTS.match(bare) \
            and _OTHER_THING.search(head):
        return f"add {bare}"  # "set a timer for half an hour. oh and toilet roll on the list"
    named = _DETERMINED.match(bare)
    if verb and not _VERB.match(bare) and named and (
            KIND.get(_last_noun(named.group(0)).rstrip("s")) != KIND.get(noun)
            or re.match(r"(?:a|an|another)\b", bare, re.I)
            or _TOO.search(bare)):  # "cancel the pasta timer. and the laundry one too"
        # "cancel the laundry timer and the swimming alarm"; not "cancel the team meeting
        # and the dentist appointment" (one request for two of a kind: the skill takes both)
        said = verb.group(0)
        if re.match(r"(?:a|an|another)\b", bare, re.I) and not _SET_VERB.match(said):
            said = "set"
        return _it(f"{said} {bare}", head)  # "… and a reminder about it on Saturday"
    first = _NEXT_CLAUSE.split(bare, maxsplit=1)[0]  # (not "add stamps to shopping, and
    if day and _ON_A_DAY.match(first) and _CLOCK.search(first):  # set an alarm for 6 …")
        tail = _with_day(tail, day.group(0))  # "… tomorrow morning, then an alarm for 7:30"
    elif day and _CALENDAR_ASKED.search(head) and _BOOKS.match(bare) and (
            _CLOCK.search(bare) or said_span(bare.lower())) and not LIST.search(bare):  # "am I free on Friday afternoon? if so, book a
        tail = _on_part_of_day(tail, day.group(0))  # haircut at 2" (2 PM on Friday)
    return _it(tail, head)


# a question about the calendar, and an event put in it said after
_CALENDAR_ASKED = re.compile(r"\b(?:calendar|diary|schedule|free|busy|anything on|"
                             r"anything in|plans)\b", re.I)
_BOOKS = re.compile(r"^(?:book|pop|put|pencil|schedule|add|stick|slot|fit|squeeze)\b", re.I)
_PART = re.compile(r"\s+(morning|afternoon|evening|night)$", re.I)
_BARE_CLOCK = re.compile(r"\b(at\s+(?:\d{1,2}(?::\d\d)?|"
                         rf"{HOUR_WORDS}))\b(?!\s*(?::|am|pm|a\.m|p\.m|o'clock))",
                         re.I)


def _on_part_of_day(tail: str, day: str) -> str:
    """``tail`` on ``day`` ("Friday afternoon"): the day added, and a clock time said
    without am/pm given the part's ("at 2" in the afternoon is "at 2pm")."""
    part = _PART.search(day)
    if part is not None:
        day = day[:part.start()]
        meridiem = "am" if part.group(1).lower() == "morning" else "pm"
        cut = _NEXT_CLAUSE.search(tail)  # its first clause only
        end = cut.start() if cut else len(tail)
        tail = _BARE_CLOCK.sub(lambda m: f"{m.group(1)} {meridiem}", tail[:end], count=1) + \
            tail[end:]
    return _with_day(tail, day)


_SECOND_OF = re.compile(r"^(?:(?:and|then|also|please)\s+)*(?:set\s+)?(?:another|one more|a second)\b",
                        re.I)


def day_back(head: str, tail: str) -> str:
    """``head`` with the day its second of a kind names, when it names none itself: "set
    one alarm for 6 and another for 6:10 tomorrow" → "… for 6 tomorrow"."""
    day = _DAY.search(tail)
    if day is None or _DAY.search(head) or not _SECOND_OF.match(POLITE.sub("", tail, count=1)) \
            or not _SET_VERB.match(POLITE.sub("", head, count=1)):
        return head  # "move the bins reminder to 8pm and set another for Friday": not Friday
    return _with_day(head, day.group(0))


# one more thing for the list the request before named: "a sliced pan", "some foil"
_MORE_ITEM = re.compile(r"(?:(?:a|an|some)\s+)(?!(?:timer|alarm|reminder|list|event|meeting)\b)"
                        r"[\w'-]+(?:\s+(?!(?:timer|alarm|reminder|list|event|meeting)\b)[\w'-]+){0,3}",
                        re.I)
# a list verb with its item and no list: "add pay council tax", "take bread off", "put
# butter on"
_LIST_VERB = re.compile(r"^(?P<verb>add|put|pop|stick|take|tick|cross|remove|delete|strike)"
                        r"(?:\s+(?:out|off)(?=\s+(?:the|my|our)\b))?\s+"
                        r"(?P<item>['\"‘“][^'\"’”]{2,80}['\"’”]|(?!(?:it|them|that|this|a|an|on)\b)[\w'-]+"
                        # ("sign up for the half marathon": an errand's "for")
                        r"(?:\s+(?!(?:it|them|to|on|off|from|onto|in|into)\b)(?!for\s+(?:it|them)\b)"
                        r"[\w'-]+){0,8}?)"
                        r"(?:\s+(?P<prep>off|on|to|onto|from))?$", re.I)


def _listed(lst: re.Match[str]) -> str:
    """The list named, as a list: "my to-do" → "my to-do list"."""
    said = lst.group(0)
    return said if re.search(r"\blist$", said, re.I) else f"{said} list"


def _to_list(m: re.Match[str], lst: str) -> str:
    """The list request ``m`` read said of the list ``lst`` the first request named."""
    verb = m.group("verb").lower()
    removing = verb in ("take", "tick", "cross", "remove", "delete", "strike")
    prep = m.group("prep") or ("off" if verb in ("take", "tick", "cross", "strike") else
                               "from" if removing else "to")
    return f"{m.group('verb')} {m.group('item')} {prep} {lst}"


def _gapped(bare: str, body: str) -> str | None:
    """The first request's verb (and unit) for a second one that says only its own thing
    and target: "… and the dinner with Anna to 8pm", "… and 5 to the laundry"."""
    verb = _RETARGET.match(body)
    if verb and _RETARGET_TAIL.match(bare) and not _VERB.match(bare):
        unit = _LENGTH.search(body)
        bare = bare.rstrip(".!? ")
        if unit and re.search(rf"\bby\s+{_AMOUNT}$", bare, re.I) and not _LENGTH.search(bare):
            bare = f"{bare} {unit.group(0)}"  # "… by ten minutes and the pasta one by two"
        return f"{verb.group('verb')} {bare}"
    adjust = _ADJUST.match(body)
    said = _ADJUST_TAIL.match(bare)
    if adjust and said:
        return (f"{adjust.group('verb')} {said.group('amount')} {adjust.group('unit')} "
                f"{bare[said.start('prep'):]}")
    own = _ADJUST_OWN_VERB.match(bare)
    if adjust and own:  # "… and take 5 off the laundry": the first one's unit
        return f"{own.group(1)} {adjust.group('unit')} {bare[own.end(1):].strip()}"
    taken = _OFF_LIST.match(body)
    if taken and _OFF_LIST_TAIL.match(bare) and not _VERB.match(bare):
        # "remove milk from the shopping list and the passport from my to-do list"
        return f"{taken.group('verb')} {bare}"
    return None


_LIST_NAMED = r"(?:the|my|our)\s+(?:[\w-]+\s+)?(?:list|to-?dos?)\b"
_OFF_LIST = re.compile(rf"^(?P<verb>remove|take|delete|cross|tick|strike)\b.*?\b(?:from|off)\s+"
                       rf"{_LIST_NAMED}", re.I)
_OFF_LIST_TAIL = re.compile(rf"^(?:(?:the|my|some)\s+)?[\w' -]{{1,40}}?\s+(?:from|off)\s+{_LIST_NAMED}",
                            re.I)


_LENGTH_FOR = re.compile(rf"^(?:and\s+)?{_AMOUNT}\s+(?:seconds?|secs?|minutes?|mins?|hours?)\s+"
                         r"for\s+(?:the\s+|my\s+)?[\w'-]+", re.I)
_WHEN_THEN_TASK = re.compile(r"^(?:on\s+)?(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|"
                             r"satur|sun)day)\b[^,]{0,40}?\b(?:at|in the|by)\b[^,]{1,30}?\s+to\s+"
                             r"[a-z]", re.I)
_THING_THEN_ASK = re.compile(r"^(?:the\s+)?([\w'-]+)\s+how\s+(?:many\s+minutes|long|much\s+time)"
                             r"(?:\s+(?:still|left|is left|more|to go))*$", re.I)
_LENGTH_NAMED = re.compile(rf"\b{_AMOUNT}\s+(?:seconds?|secs?|minutes?|mins?|hours?)\s+for\s+"
                           r"(?:the\s+|my\s+)?[\w'-]+", re.I)
_ADJUST_OWN_VERB = re.compile(rf"^((?:add|put|give|take|knock|shave)\s+{_AMOUNT})\s+"
                              r"(?:more\s+|extra\s+)?(?=(?:to|on|onto|off|from)\s)", re.I)


def _next_to(tail: str, head: str) -> str:
    """"the day after" / "the day before" the day ``head`` named, as a day said alone."""
    m = _DAY_AFTER.search(tail)
    day = _DAY.search(head)
    if m is None or day is None or _REMIND.match(POLITE.sub("", tail, count=1)) or \
            re.search(r"\d|\b(?:first|second|third|\w+teenth|\w+tieth)\b", day.group(0)):
        # "… and remind me the day before" is timed from the first request's own date when
        # it runs (relative.py); so is a day said with its date ("Wednesday the 9th")
        return tail
    said = day.group(0).lower()
    step = 1 if m.group(2).lower() == "after" else -1
    named = next((w for w in _WEEKDAYS if w in said), None)
    if named:
        new = f"on {_WEEKDAYS[(_WEEKDAYS.index(named) + step) % 7]}"
    elif "tomorrow" in said:
        new = "the day after tomorrow" if step == 1 else "today"
    elif re.search(r"\b(?:today|tonight|this)\b", said):
        new = "tomorrow" if step == 1 else "yesterday"
    else:
        return tail
    part = m.group(1).lower()
    if part != "day":
        new = f"{new} {part}"
    return tail[:m.start()] + new + tail[m.end():]


_NEXT_CLAUSE = re.compile(r"\s*(?:[,;]|[.!?](?:\s|$)|\s(?:and|then|also|plus)\s)", re.I)


def _with_day(tail: str, day: str) -> str:
    """``tail`` with ``day`` added to its first request, unless that one names a day (or
    says the morning when ``day`` is an evening: "… at 7 tonight and an alarm for 6am")."""
    masked = re.sub(r"\b([ap])\.m\.", r"\1_m_", tail, flags=re.I)  # "6:45 a.m. tomorrow"
    m = _NEXT_CLAUSE.search(masked)
    end = m.start() if m else len(masked.rstrip(".!? "))
    if _DAY.search(tail[:end]) or (
            re.search(r"\b(?:tonight|evening|night)\b", day, re.I)
            and re.search(r"\d\s?(?:am\b|a_m_)|\bin the morning\b", masked[:end], re.I)):
        return tail
    if not re.match(r"(?:on|tomorrow|today|tonight|this|next)\b", day, re.I):
        day = f"on {day}"
    return f"{tail[:end]} {day}{tail[end:]}"


# what is played, not timed ("pause the music")
_PLAYED = (r"music|song|track|podcast|radio|audiobook|video|movie|film|show|tv|playlist|album|"
           r"game")
# "pause the laundry" names a timer by what it times
_PAUSED = re.compile(rf"^(?:pause|resume|unpause|restart)\s+(?:the|my)\s+(?!(?:{_PLAYED}|book)\b)"
                     r"[\w-]+$", re.I)
# "… cancel the pasta": a timer's name alone after a timer's request
_BARE_TIMER_ASK = re.compile(r"^(?:(?:and|then|also|please)\s+)*(?:cancel|stop|pause|resume|unpause|kill|restart)\s+(?:the|my)\s+"
                             rf"(?!(?:{_PLAYED}|alarm|reminder|meeting|appointment)\b)"
                             r"[\w-]+(?=\s*(?:$|[.!,;]|\s(?:and|then)\b))", re.I)


def _last_noun(text: str) -> str:
    found = re.findall(rf"\b({NOUN})s?\b", text, re.I)  # "what alarms have I got"
    return found[-1].lower() if found else ""


def _again(head: str, rest: str) -> str:
    """The first request again with ``rest``'s time (and its day when ``rest`` has none)."""
    task = _REMINDED_TO.search(head) if _REMIND.match(head) else None
    if task:  # "remind me to take my tablets at 9 tonight and again at 9 tomorrow morning"
        day = _DAY.search(head)
        said = f"remind me {rest} to {task.group(1)}"
        return said if day is None or _DAY.search(rest) else f"remind me {rest} {day.group(0)} " \
            f"to {task.group(1)}"
    thing = re.match(rf"^.*?\b{NOUN}\b", head, re.I)
    verb = _SET_VERB.match(head) or _VERB.match(head)
    start = thing.group(0) if thing else (verb.group(0) if verb else "")
    if not start:
        return rest
    day = _DAY.search(head)
    said = f"{start} {rest}".strip()
    return _with_day(said, day.group(0)) if day else said
