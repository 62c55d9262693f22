"""A reason said before the request (English): "bin day's moved to tomorrow, so remind me
to put the bins out tonight at 9", "we've got guests on Friday so put the cleaner in for
Thursday at 10", a remark as a sentence of its own ("Bit nippy out. How long have I got on
the pasta?") — the request alone, so that the words of the reason ("moved to tomorrow")
are not taken for a change of something the user has. "I'm out of coffee so add it to the
list" stays: its "it" needs the reason.

``without_reason(text)`` returns the request, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.antecedent import who_first
from hark.text.en_words import HOUR_WORDS, WEEKDAYS
from hark.text.topic_first import topic_first

# how it should ring, said before the request: "… so make it loud, set a timer for …" (the
# request is kept; how loud a timer rings is the device's volume, not the timer's)
_HOW_LOUD = (r"make (?:it|sure it's|sure it is) (?:really |extra |nice and |very )?loud(?:er)?\s*,\s*"
             r"(?:and\s+)?")
# the request after "so": one that makes something new and needs nothing from the reason
_SO_ASK = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?so(?:[\s,]+(?:um+|uh+|er+|erm|like))*[\s,]+"
    r"(?P<ask>(?:(?:can|could|would) you\s+|please\s+)*"
    rf"(?:{_HOW_LOUD})?"
    r"(?:remind me|set (?:a|an|me a)|add|put|pop|wake me|book|schedule|make (?:a|an)|"
    # "…, so I'll want an alarm at twenty to six"
    r"(?:i'll|i will|i'd|i)\s+(?:want|need|like)\s+(?:a|an)\s+(?=(?:alarm|reminder|timer)\b)|"
    # or a change of something named: "… has been put back half an hour, so shift the
    # swimming alarm to half nine"
    r"create|(?:shift|move|change|push|bring) (?:the|my) [\w' -]{1,30}? (?:alarm|reminder|timer)"
    # or one named, called off: "the car's in the garage till Friday so, um, cancel the
    # swimming alarm on Saturday"
    r"|(?:cancel|delete|remove|scrap|ditch|turn off|switch off) (?:the|my) [\w' -]{1,30}? "
    r"(?:alarm|reminder|timer)"
    # or an appointment: "I'm picking Dad up at nine tomorrow so shift the team meeting"
    r"|(?:shift|move|push|bring|reschedule) (?:the|my) (?:[\w'-]+ ){0,3}?"
    r"(?:meeting|appointment|dinner|lunch|event|dentist|doctor's|doctor|gp|vet|hairdresser|"
    r"haircut|physio|optician)\b"
    # or the thing named first, then what to do with it: "…, so tomorrow's 7:15 alarm, make
    # it every weekday"
    r"|(?:the|my|tomorrow's|today's|that) [\w'.: -]{0,30}?(?:alarm|reminder|timer)\s*,\s*"
    r"(?=(?:make|change|move|set|put|push|take|add|drop|switch|shift|bring)\b)"
    # or a question about what the user has: "the post office shuts early on Saturday, so
    # what time's my reminder about the birthday card?"
    r"|(?:what|when|which|how|is|are|do|does|have)\b(?=[^?]*\b(?:reminders?|reminded|alarms?|"
    r"timers?|calendar|diary|list|appointment|meeting)\b)"
    r")\b.*)$", re.I)
# how long a change is for, said last with no day or time: "… while my mum and dad are
# staying", "… whilst the kids are here"
_WHILE_STAYING = re.compile(
    r"^(?P<ask>.+?)\s*,?\s+(?:while|whilst|as long as|for as long as)\s+(?:my|our|the|i|we|they|he|she|"
    r"[A-Z]\w+)\b(?:(?!\d|\b(?:today|tonight|tomorrow|\w+day|morning|evening|o'clock)\b)[^,?.])*?"
    r"(?:\bis|\bare|\bam|'m|'re|'s)\s+(?:here|staying|stayin'?|visiting|over|around|away|"
    r"with us|with me|in town|off)\b(?:(?!\b(?:today|tonight|tomorrow|\w+day|morning|evening)\b)"
    r"[^,?.\d])*[.!]*$", re.I)
# a reason is a statement, not a request or a question
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) you|please|remind|set|add|put|pop|wake|book|schedule|make|"
    r"create|cancel|delete|remove|move|change|push|pause|stop|turn|switch|take|tick|cross|"
    r"what|when|where|which|who|how|is|are|do|does|did|have|has|am)\b", re.I)
_THAT_DAY = re.compile(r"\bthat (day|morning|afternoon|evening|night)\b", re.I)
_DAY = re.compile(rf"\b({WEEKDAYS}|tomorrow)\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:it|that(?! (?:day|morning|afternoon|evening|night)\b)|them|those|"
                          r"there|one)\b", re.I)
# "before it", "after it": the thing talked about before, when the reason names none
_TIMED_FROM_IT = re.compile(r"\b(?:before|after)\s+(?:it|that)\b", re.I)
# the first request of the rest, up to "and" or a comma
_FIRST_REQUEST = re.compile(r"^(.+?)(?=\s*,|\s+and\s+|$)", re.I)
_ANY_DAY = re.compile(r"\b(?:today|tonight|tomorrow|\w+day|\d+(?:st|nd|rd|th))\b", re.I)
_AN_EVENT = re.compile(r"\b(?:calendar|diary|book|schedule)\b", re.I)


# with a comma alone, only a reason that says something was changed: "my driving lesson got
# moved, remind me Friday at 9am to confirm the new time" (its words would read as a move)
_COMMA_ASK = re.compile(
    r",\s*(?P<ask>(?:(?:can|could|would) you\s+|please\s+)*(?:remind me|set (?:a|an|me a)|add|"
    r"wake me|(?:put|pop|stick|book) (?!(?:it|that|them|this)\b)\w+)\b.*)$", re.I)
_CHANGED = re.compile(r"\b(?:got|been|was|were|is|has|'s)\s+(?:moved|changed|cancelled|canceled|"
                      r"rescheduled|postponed|called off|put back|brought forward|delayed)\b", re.I)


# a remark said as a sentence of its own before the request: "Bit nippy out. How long have
# I got on the pasta …", "The winter jasmine's out, gorgeous it is. What's on the shopping
# list …" (a remark names nothing the assistant keeps and no time)
_REMARK_FIRST = re.compile(r"^(?P<remark>[^.?!]{3,160}[.!]+)\s+(?P<ask>\S.*)$")
# the same before a comma, the request asked outright: "right so the rota's just come out
# and I'm on earlies, can you set me a repeating alarm for quarter past four …"
_REMARK_COMMA = re.compile(r"^(?P<remark>[^.?!,]{3,160}),\s*(?P<ask>(?:can|could|would|will) you\s+"
                           r"(?:please\s+)?(?:set|add|put|remind|make|create|book|start|wake)\b.*"
                           # or a question about a thing kept: "I'm heading out for a drive
                           # with Dad in a sec, how long's left on the laundry?"
                           r"|(?:how long(?:'s| is)? (?:left|to go)|how much time(?:'s| is)? left|"
                           r"when(?:'s| is) (?:my|the)|what time(?:'s| is) (?:my|the)|"
                           r"what's on (?:my|the))\b[^.!]*\?)$", re.I)
_NUMBERED = re.compile(rf"\d|\b(?:{HOUR_WORDS}|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|"
                       r"sixty|ninety|half|quarter|minutes?|mins?|hours?|seconds?)\b", re.I)
_ASKS = re.compile(r"^(?:(?:can|could|would|will) you\s+|please\s+|just\s+)*(?:remind|set|add|put|pop|stick|"
                   r"get me up|chuck|i (?:need|want|'d like|would like) an? (?=alarm|reminder|timer)|"
                   r"wake|book|schedule|make|create|cancel|delete|remove|move|change|push|pause|"
                   r"stop|take|tick|cross|what|what's|when|when's|where|which|how|is|are|do|does|"
                   r"have|has|am(?= i\b)|tell|read|start)\b", re.I)  # ("am I …", not German "Am
# Mittwoch hab ich …", a remark after "Nein, ich meine Donnerstag.")
_KEPT = re.compile(r"\b(?:alarms?|reminders?|remind|timers?|lists?|calendar|diary|it|that|"
                   r"them|those|one)\b", re.I)
_KEPT_OR_TIMED = re.compile(r"\b(?:alarms?|reminders?|timers?|lists?|calendar|diary|meeting|"
                            r"appointment|event|remind|today|tonight|tomorrow|\w+day|\d|o'clock|"
                            r"half|quarter|morning|afternoon|evening|night)\b", re.I)


# a reason first with "given that", "as", "since": "Given that the hearing has been listed for
# ten on Wednesday …, please set an alarm for ten past six on Wednesday morning"
_GIVEN_THAT = re.compile(
    r"^(?:given that|as|since|because|seeing as|seeing that)\b(?P<reason>.{10,240}?),\s*"
    r"(?P<ask>(?:so\s+)?(?:(?:please|kindly)\s+|(?:can|could|would) you\s+)*(?:set|remind me|add|put|"
    r"wake me|book|schedule|create)\b.*)$", re.I)


# someone else's word as a sentence of its own, then the request about the thing talked
# about: "They've rung to move it. Put it on Thursday, same time." ("move it" is theirs)
_TOLD_BY_OTHERS = re.compile(
    r"^(?P<remark>(?:they|she|he|someone|the (?:surgery|dentist|clinic|office|school|boss)|"
    r"[A-Z][a-z]+)(?:'ve|'s| have| has)?\s+(?:just\s+)?(?:rung|rang|called|phoned|emailed|"
    r"texted|messaged|written|been in touch)\b[^.?!]{0,120}[.!]+)\s+(?P<ask>\S.*)$")


_POLITE = r"^(?:(?:can|could|would) you\s+|please\s+|just\s+)*"
_TIMER_ASK = re.compile(_POLITE + r"(?:set|start|put on|give me)\s+(?:us\s+|me\s+)?an?\s+"
                        r"(?:[\w-]+\s+)?timer\b", re.I)
# a remark that the turn before was wrong, then its thing changed by "it": "Oh, hang on,
# their train's later than that. Make it half past five instead."
_CORRECTING = re.compile(r"\b(?:later|earlier|sooner|wrong|hang on|wait|actually|sorry|"
                         r"mistake|my bad)\b", re.I)
_CHANGE_OF_IT = re.compile(_POLITE + r"(?:make|move|change|push|put|shift|bring)\s+(?:it|that)\b",
                           re.I)
# a remark taking back the turn before: "Eish, no, sorry, my neighbour's taking them out now."
_TAKEN_BACK = re.compile(r"\b(?:no|sorry|actually)\b", re.I)
_WHY_AFTER = re.compile(r"\s+(?:so|because|as|since|'cause)\s+(?=i\b|i'm\b|we\b)", re.I)


# a correction, not a remark: "Correction: not bread. Remove eggs instead"
_NOT_THAT = re.compile(r"^(?:(?:correction|sorry|no|nope|oops|wait|actually)\W+)*not\b", re.I)


# how the speaker is, said before a request with a comma: "I'm absolutely shattered from
# fasting, set me a nap timer"
_HOW_I_AM = re.compile(r"^(?:(?:oh|ah|god|right|ugh|honestly|so|well)[\s,]+)*(?:i'm|i am|i feel|"
                       r"i'm feeling|i'm so|we're)\s+(?P<how>[^,.?!]{3,60}),\s*(?P<ask>(?:(?:can|could) "
                       r"you\s+|please\s+|just\s+)*(?:set|start|put on|give me)\b.*)$", re.I)


def _remark_first(said: str) -> str | None:
    how = _HOW_I_AM.match(said)
    if how is not None and not _NUMBERED.search(how["how"]) and not _ANY_DAY.search(how["how"]) \
            and not _POINTS_BACK.search(how["ask"]):
        return how["ask"]  # (no day or clock of its own: "I'm off tomorrow, set …" keeps it)
    told = _TOLD_BY_OTHERS.match(said)
    if told is not None and _ASKS.match(told["ask"]):
        return told["ask"]
    m = _REMARK_FIRST.match(said) or _REMARK_COMMA.match(said)
    if m is not None and m.re is _REMARK_COMMA and _NUMBERED.search(m["remark"]):
        m = None  # ("Noah's allowed thirty minutes on the iPad, can you set a screen time
        # timer": the remark's length is the timer's)
    if m is not None and _TIMER_ASK.match(m["ask"]) and not _KEPT.search(m["remark"]):
        return m["ask"]  # "I'm doing a test pan of scouse for Saturday, dead nervous. Set us
        # a timer for an hour and a half and call it scouse": a timer needs no day
    if m is not None and _CORRECTING.search(m["remark"]) and _CHANGE_OF_IT.match(m["ask"]) \
            and not _ASKS.match(m["remark"]) and not _KEPT_OR_TIMED.search(m["remark"]):
        return m["ask"]  # "Oh, hang on now, their train's later than that. Make it half
        # past five instead.": the thing talked about, corrected
    if m is None or _ASKS.match(m["remark"]) or _KEPT_OR_TIMED.search(m["remark"]) \
            or _NOT_THAT.match(m["remark"]) or not _ASKS.match(m["ask"]) or re.search(
                r"\b(?<!was )(?<!is )(?:it|that" + ("(?! (?:alarm|reminder|timer|event|"
                                                   r"appointment)\b)" if _TAKEN_BACK.search(
                                                       m["remark"]) else "")
                + r"|them|those|there|one)\b", _WHY_AFTER.split(m["ask"])[0], re.I):
        # ("What day was it I'd to put the bins out?" asks; its "it" points nowhere; "… so
        # I'm not late getting them": the request's own reason; "that reminder" after "no,
        # sorry" is the one talked about the turn before)
        return None
    return _who_put_in(m["remark"], m["ask"])


def _who_put_in(reason: str, ask: str) -> str:
    """``ask`` with "him" or "her" put in the calendar said as the one ``reason`` names
    first ("The magician has confirmed. Please put him in the calendar …": the magician)."""
    who = who_first(reason)
    person = re.search(r"\b((?:put|pop|stick|pencil|book)\s+)(him|her)(?=\s+(?:in|on|into)\b)",
                       ask, re.I) if who else None
    if person is None:
        return ask
    return f"{ask[:person.start()]}{person.group(1)}{who}{ask[person.end():]}"


# a reason said after a timed request, with a clock of its own: "Alarm for quarter to nine
# Saturday morning, football's at half ten", "an alarm at 8am on Sunday, I've the kirk at ten"
_CLOCKISH = (r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|o'clock)?|half (?:past )?\w+|quarter (?:past|to) \w+|"
             rf"(?:{HOUR_WORDS}|noon|midday)"
             r"(?:\s+o'clock)?)")
# a thing put in, first or after "and": "put the committee meeting in on Wednesday", "move
# the dentist to Thursday and put the committee meeting in on Wednesday"
_PUT_IN_PIECE = re.compile(r"(?:^|\band\s+)(?P<put>(?:(?:can|could) you\s+|please\s+|just\s+)*"
                           r"(?:(?:put|pop|pencil|stick)\s+[\w' -]{2,40}?\s+in\b|(?:put|add|book)\s+"
                           r"[\w' -]{2,40}?\s+(?:in|into|on|to)\s+(?:my|the)\s+(?:calendar|diary))"
                           r"[^,.!?]*?)(?=\s*(?:$|[,.!?]|\band\b))", re.I)
# a clock said in the reason ("… Wednesday at 2 pm, so …"), or in the request
_REASON_CLOCK = re.compile(rf"\bat\s+({_CLOCKISH})\b", re.I)
_CLOCK_IN_ASK = re.compile(rf"\b(?:at|for|from)\s+{_CLOCKISH}\b|\d\s?(?:am|pm)\b|:\d\d",
                           re.I)
_SMALL = frozenset("the my our a an in on at for to and so put pop it that this".split())


def _same_thing(reason: str, ask: str) -> bool:
    """Whether ``reason`` and ``ask`` share a word of a thing's name ("committee")."""
    words = {w for w in re.findall(r"[a-z]{4,}", ask.lower()) if w not in _SMALL}
    return bool(words & set(re.findall(r"[a-z]{4,}", reason.lower())))


_TIMED_ASK = re.compile(rf"^(?=.*\b(?:alarm|remind|wake me|timer)\b)(?P<ask>[^,]*\b{_CLOCKISH}\b[^,]*)"
                        r"(?:,\s*(?:if you please|please|thanks|ta)\b)?"
                        rf",\s*(?P<reason>(?:(?:i've|i have|i've got|we've|we have|we've got)\s+|"
                        r"(?:the|my|our)?\s*[a-z][\w-]*(?:\s+(?:to|for|from)\s+[\w-]+)?"
                        r"(?:'s| is| starts| begins| opens| goes| leaves| departs| lands)\s+)"
                        rf"[^,]*?\bat\s+{_CLOCKISH}\s*[.!]?)$", re.I)


# a remark as a sentence of its own after the request: "… I like to be down the allotment
# before anyone else, so that's every weekend." (it names nothing kept and no time)
_REMARK_AFTER = re.compile(r"^(?P<ask>[^.?!]{8,}[.!]+)\s+(?P<remark>(?:i|i'm|i've|i'd|we|we're|"
                           r"she|he|they|it's|that's)\b[^?]*)$", re.I)


_AND_ASKS = re.compile(r"\b(?:and|then|also|plus)\s+(?:(?:can|could) you\s+|please\s+)?(?:put|add|set|remind|"
                      r"make|move|take|cancel|delete|stick|pop|book|change|push|remove|start)\b",
                      re.I)
_NAMES_OR_DAY = re.compile(r"\b(?:alarms?|reminders?|timers?|lists?|calendar|diary|remind|today|"
                           r"tonight|tomorrow|\w+day|\d|o'clock)\b", re.I)
# the same after a comma, the remark opening with someone of one's own or "that's": "stick
# a timer on for an hour and a half, that's Tyler's Xbox time, then he's off it"
_REMARK_AFTER_COMMA = re.compile(r"^(?P<ask>[^.?!,]{8,}?)\s*,\s*(?P<remark>(?:that's|that is|our|"
                                 r"me|she's|he's|they've|they're|they've)\s+[^?]*)$", re.I)


# a length said in a remark, then a timer asked for with none: "Noah's allowed thirty
# minutes on the iPad, can you set a screen time timer"
_LENGTH_IN_REMARK = re.compile(
    r"^(?P<remark>[^,.?!]*?\b(?P<len>(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|"
    r"twenty-five|thirty|forty|forty-five|fifty|sixty|ninety|half an?)\s+(?:minutes?|mins?|hours?|"
    r"hour))\b[^,.?!]*)[,.]\s*(?:(?:so\s+)?(?:can|could|will|would) you\s+|please\s+)?"
    r"(?P<verb>set|start|put on|stick on)\s+(?P<timer>(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?timer)"
    r"(?:\s+(?:please|for me|on))*\s*[?.!]*$", re.I)
# a remark after "make it …": "nah make it 15 its a big one" (one number or time, then the
# remark opening with "it's", "they're" …)
_MADE_IT_REMARK = re.compile(r"^(?P<ask>(?:(?:actually|nah|naw|no|oh|ok|okay|sorry|wait)[,\s]+)*"
                             r"make (?:it|that) (?:[\w:.]+)(?: (?:minutes?|mins?|hours?|am|pm|"
                             r"o'clock))?)\s*,?\s+(?P<remark>(?:it's|its|they're|theyre|he's|"
                             r"she's|we're|i'm|that's)\s+.*)$", re.I)


# a question, then a remark of its own sentence: "And how long's the laundry got? Maisie,
# shoes OFF, Grandma's coming Friday, not tonight!", "… when does it finish? I'm trying to
# squeeze in a run to the cash and carry."
_QUESTION_FIRST = re.compile(r"^(?P<ask>[^?]{6,}\?)\s+(?P<remark>[^?]{12,})$")
_GOES_ON = re.compile(r"^(?:and|also|or|plus|then|what about|how about|same|but|if|otherwise|"
                      r"else|unless|in that case)\b", re.I)
_QUESTION = re.compile(r"^(?:(?:and|so|ok|okay|right|oh|tell me something|tell me)[\s,]+)*"
                       r"(?:what|what's|whats|when|when's|how|how's|which|is|are|do|does|have|"
                       r"has|am|can you tell)\b", re.I)


# a short question that goes on from the one before ("And the laundry?"), then a remark of
# what is in it or why: "Her party dress is in there.", "The kids are starving."
_AND_THE = re.compile(r"^(?:and|what about|how about)\s+(?:the|my|our)\s+[\w' -]{1,30}\?$", re.I)
_REMARK_OF_IT = re.compile(r"^(?:(?:my|her|his|their|our|the)\s+[\w' -]{1,30}?(?:'s|\s+is|\s+are|"
                           r"'re)|it's|they're|i've|i'm|we're|she's|he's)\s+(?![^.!]*\b(?:can you|"
                           r"please|remind|set|add|move|cancel)\b)[^?\d]{2,60}[.!]*$", re.I)


def _question_first(said: str) -> str | None:
    m = _QUESTION_FIRST.match(said)
    if m is not None and _AND_THE.match(m["ask"]) and _REMARK_OF_IT.match(m["remark"]):
        return m["ask"]  # "And the laundry? Her party dress is in there."
    if m is None or not _QUESTION.match(m["ask"]) or _GOES_ON.match(m["remark"]) \
            or _ASKS.match(m["remark"]) or _KEPT.search(m["remark"]):
        return None
    return re.sub(r"^tell me something[\s,]+", "", m["ask"], flags=re.I)


# a remark, then a question that names what it asks about: "The plumber wants to come
# Wednesday afternoon. When's my dentist appointment again?" (the remark's day is not the
# question's); "the neighbour's been moaning about the noise again, anyway, how many things
# are on the shopping list"
_REMARK_THEN_ASKED = re.compile(r"^(?P<remark>[^?]{8,200}?)(?:[.!…]+\s+|[,.!…]+\s*(?:anyway|anyhow|"
                                r"any road|right then)[\s,]+)(?P<ask>[^.!?]{6,}\??)$", re.I)
_ASKED_NAMES = re.compile(r"\b(?:alarms?|reminders?|timers?|list|calendar|diary|appointment|"
                          r"meeting|dinner|party)\b", re.I)
_ASKED_BACK = re.compile(r"\b(?:it|that|them|those|there|then|one|he|she|they|his|her|their)\b",
                         re.I)


# what the speaker is about, then a comma and the question: "I'm trying to plan the iftar
# invites, what's in the calendar for Wednesday?"
_PLANNING_THEN_ASKED = re.compile(r"^(?P<remark>(?:(?:ok|okay|right|so|um|well)[\s,]+)*(?:i'm|i am|we're|"
                                  r"just) (?:trying to|planning|working out|sorting out|sorting|"
                                  r"figuring out|looking at)\b[^,?]{3,80}),\s*(?P<ask>[^.!?,]{6,}\??)$",
                                  re.I)


# what the speaker is in the middle of, then a comma and the question: "I'm stood in the
# rain with six leads, how long's left on the pasta?"
_DOING_THEN_ASKED = re.compile(r"^(?P<remark>(?:(?:ok|okay|right|so|um|oh|god)[\s,]+)*(?:i'm|i am|"
                               r"we're|we are|my hands are)\s[^,?]{3,80}),\s*(?P<ask>(?:how|what|"
                               r"what's|when|when's|which)\b[^.!?,]{6,}\?)$", re.I)


def _question_after_remark(said: str) -> str | None:
    doing = _DOING_THEN_ASKED.match(said)
    if doing is not None and not _NAMES_OR_DAY.search(doing["remark"]) \
            and not _ASKS.search(doing["remark"]) and not _ASKED_BACK.search(doing["ask"]) \
            and (_ASKED_NAMES.search(doing["ask"]) or re.search(r"\b(?:left|long)\b", doing["ask"],
                                                                 re.I)):  # (not "I'm popping
        # to the shop, what do I need to get?": what it asks is of the remark)
        return doing["ask"]
    m = _REMARK_THEN_ASKED.match(said) or _PLANNING_THEN_ASKED.match(said)
    if m is None or not _QUESTION.match(m["ask"]) or not _ASKED_NAMES.search(m["ask"]) \
            or _ASKED_BACK.search(m["ask"]) or _ASKS.match(m["remark"]) \
            or re.search(r"\b(?:and|so|then)\s+(?:can you\s+|please\s+)?(?:remind|set|add|put|"
                         r"move|cancel|delete|book)\b", m["remark"], re.I):
        return None
    return m["ask"]


# a move to a day, then why, of the day it leaves: "Move the swimming alarm to Sunday,
# Saturday's all iftar prep"
_DAY_TAKEN_AFTER = re.compile(
    rf"^(?P<ask>(?:(?:can|could) you\s+|please\s+)?(?:move|shift|push|change|bring|switch|put)\b"
    rf"[^,]*?\bto\s+(?:{WEEKDAYS}|tomorrow)\b[^,]*?(?:,\s*same\s+time)?),\s*(?P<remark>(?:{WEEKDAYS})(?:'s|\s+is|\s+i'm|"
    rf"\s+we're)\s+[^,\d]*?)[.!]*$", re.I)


# a change asked as a question, then a remark as a sentence of its own: "Right, can you push
# it to Thursday, same time? Wednesday's going to be all parcels."
_CHANGE_ASKED_THEN_REMARK = re.compile(
    r"^(?P<ask>(?:(?:right|ok|okay|so|oh|um|erm)[\s,]+)*(?:can|could|would|will) you\s+"
    r"(?:please\s+)?(?:move|push|shift|change|bring|make|put|switch)\b[^?]{3,120}\?)\s+"
    rf"(?P<remark>(?:(?:{WEEKDAYS}|tomorrow|today|tonight)(?:'s|\s+is)|i'm|i've|we're|we've|"
    r"it's|there's)\s+[^?\d]{3,120})$", re.I)


# news of the new time, then "shift it" with none: "Okay, Anna messaged, we'll meet at 8
# instead, kindly shift it" (to 8)
_CLOCK_THEN_MOVE_IT = re.compile(
    rf"^(?P<news>[^?]{{3,160}}?\bat\s+(?P<clock>{_CLOCKISH})(?:\s+(?:instead|now|then|tonight))?)"
    r"\s*[,.;!]\s*(?:(?:so|kindly|please|just|can you|could you|would you|then)[\s,]+)*"
    r"(?P<verb>shift|move|push|change|put)\s+(?P<it>it|that)(?:\s+(?:please|then|for me|"
    r"accordingly))?\s*[.!?]*$", re.I)


def _moved_to_clock_told(said: str) -> str | None:
    """"move it to {clock}" of :data:`_CLOCK_THEN_MOVE_IT`, or None."""
    m = _CLOCK_THEN_MOVE_IT.match(said)
    if m is None or len(re.findall(r"\bat\s", m["news"], re.I)) != 1 \
            or re.search(r"\b(?:remind|alarm|timer|set|add)\b", m["news"], re.I):
        return None
    day = _DAY.search(m["news"])
    return f"{m['verb']} {m['it']} to {day.group(1) + ' at ' if day else ''}{m['clock']}"


def without_reason(text: str) -> str:
    """The request of ``text`` when a reason is said before it with "so" (or, for a thing
    said changed, a comma), or a remark as a sentence of its own."""
    said = text.strip()
    told = _moved_to_clock_told(said)
    if told is not None:
        return told
    taken = _DAY_TAKEN_AFTER.match(said)
    if taken is not None and not _NUMBERED.search(taken["remark"]):
        return taken["ask"]
    changed = _CHANGE_ASKED_THEN_REMARK.match(said)
    if changed is not None and not _ASKS.search(changed["remark"]):
        return changed["ask"]
    asked = _question_first(said) or _question_after_remark(said)
    if asked is not None:
        return asked
    after = _TIMED_ASK.match(said)
    if after is not None and not re.search(rf"\b(?:now|instead|and|then|also|move|change)\b|"
                                           rf"\bto\s+(?:{_CLOCKISH}|\w+day|tomorrow)\b",
                                           after["reason"], re.I):
        return after["ask"]
    remark = _remark_first(said)
    if remark is not None:
        return remark
    stay = _WHILE_STAYING.match(said)
    if stay is not None and _REQUEST.match(stay["ask"]):  # "change the weekday alarm while
        # my mum and dad are stayin'": for how long is no part of the request
        return stay["ask"]
    length = _LENGTH_IN_REMARK.match(said)
    if length is not None:  # "Noah's allowed thirty minutes on the iPad, can you set a
        # screen time timer": the timer for that long
        return f"{length['verb']} {length['timer']} for {length['len']}"
    made = _MADE_IT_REMARK.match(said)
    if made is not None and not _NAMES_OR_DAY.search(made["remark"]):
        return made["ask"]  # "nah make it 15 its a big one", "actually make it thirty,
        # they're big 'uns"
    after_comma = _REMARK_AFTER_COMMA.match(said)
    if after_comma is not None and _ASKS.match(after_comma["ask"]) \
            and not _NAMES_OR_DAY.search(after_comma["remark"]) \
            and not _ASKS.search(after_comma["remark"]) \
            and not _AND_ASKS.search(after_comma["remark"]):  # ("…, me mum brought some
        # round, and put calpol on instead": a request after the remark)
        return after_comma["ask"]  # "Take the pasta timer off, our Rhys have only gone and
        # had it half raw"
    after_ask = _REMARK_AFTER.match(said)
    if after_ask is not None and _ASKS.match(after_ask["ask"]) \
            and not _KEPT_OR_TIMED.search(after_ask["remark"]) \
            and not _ASKS.search(after_ask["remark"]):
        return after_ask["ask"]  # "Get me up at quarter past five on Saturdays and Sundays.
        # I like to be down the allotment before anyone else."
    m = _SO_ASK.search(said) or _GIVEN_THAT.match(said)
    if m is None:
        comma = _COMMA_ASK.search(said)
        if comma is not None and _CHANGED.search(said[:comma.start()]) and (
                not _DAY.search(said[:comma.start()]) or _DAY.search(comma["ask"])):
            m = comma
    cut = m.start("ask") if m is not None and m.re is _GIVEN_THAT else (m.start() if m else 0)
    if m is None or cut == 0:
        return text
    reason, ask = said[:cut].rstrip(" ,"), re.sub(rf"^{_HOW_LOUD}", "", m.group("ask"), flags=re.I)
    ask = re.sub(r"^(?:i'll|i will|i'd|i)\s+(?:want|need|like)\s+(?=(?:a|an)\s)", "set ", ask,
                 flags=re.I)
    that = _THAT_DAY.search(ask)
    day = _DAY.search(reason)
    if that and day:  # "I've an interview on Wednesday morning so wake me at 7 that morning"
        part = "" if that.group(1).lower() == "day" else f" {that.group(1)}"
        ask = f"{ask[:that.start()]}on {day.group(1)}{part}{ask[that.end():]}"
    # "The engineer can't come till Friday, so put him in the calendar …": the engineer
    ask = _who_put_in(reason, ask)
    named_first = re.match(r"(?:the|my|tomorrow's|today's|that) [\w'.: -]{0,30}?(?:alarm|reminder|"
                           r"timer)\s*,", ask, re.I)  # ("… alarm, make it …": its own "it")
    own = _FIRST_REQUEST.match(ask)  # (a later request's "that" is its own: "…, and add
    own = own.group(1) if own else ask  # bus fare, no, make that 'top up bus pass'")
    back = _POINTS_BACK.search(_TIMED_FROM_IT.sub(" ", own) if not _KEPT_OR_TIMED.search(reason)
                               else own)  # ("I want to check on the greenhouse first, so
    # wake me an hour and a half before it": timed from the thing talked about before)
    if "?" in reason or _REQUEST.match(reason) or (back and not named_first):
        return text
    first = _FIRST_REQUEST.match(ask)
    if day and first and not _ANY_DAY.search(first.group(1)) and _AN_EVENT.search(first.group(1)):
        # "our Sinead's getting married next Monday, so put the wedding in the calendar for
        # 1 o'clock and …": the reason's day is the event's
        ask = f"{first.group(1)} on {day.group(1)}{ask[first.end(1):]}"
    clock = _REASON_CLOCK.search(reason)
    put = next((m for m in _PUT_IN_PIECE.finditer(ask) if not _CLOCK_IN_ASK.search(m["put"])
                and _same_thing(reason, m["put"])), None) if clock else None
    if clock and put and (not day or not _ANY_DAY.search(put["put"])
                          or day.group(1).lower() in put["put"].lower()):
        # "The committee meeting's Wednesday at 2 pm, (…) so put the committee meeting in on
        # Wednesday": the reason's clock is the event's
        ask = f"{ask[:put.end('put')].rstrip(' .!')} at {clock.group(1)}{ask[put.end('put'):]}"
    return topic_first(ask) if named_first else ask  # (the thing named first, said plainly:
    # it was read before the reason was taken off)
