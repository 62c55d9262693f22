"""The thing said first, then what to do with "it" (English): "the laundry timer, please
stop it", "the alarm of tomorrow 7:15, change it to 7:45", "dinner with Anna, can you move
it to 8pm" — as "stop the laundry timer", "change the alarm of tomorrow 7:15 to 7:45".

``unfronted(text)`` returns the sentence with the thing put in place of "it", or ``text``
unchanged when it does not start that way. A thing said done before "tick that off" is
put in its place too, also after another request: "add carrots to the shopping list, and
renew passport is done so tick that off" → "…, and tick off renew passport".
"""

from __future__ import annotations

import re

_VERBS = (r"stop|cancel|delete|remove|pause|resume|move|change|push|shift|put|set|make|give|"
          r"snooze|turn off|switch off|extend|reschedule|tick off|cross off|take off")
# a new time wished for it: "the dentist reminder, I'd rather have it Wednesday at 9:15",
# "the reminder to get Sam a card, could it go off tomorrow instead, at half five"
_WANTS = (r"i'd rather have|i would rather have|i'd prefer|i'd like|i want|can you have|"
          r"could you have|(?:can|could)(?=\s+it\s+(?:go off|be|ring|start)\b)")
_FRONTED = re.compile(
    # ("and the weekday one, cancel that too": "and" before it)
    rf"^(?:(?:right|okay|ok|so|now|please|oh|ah)\s*,\s*)?(?:(?:and|oh|oh and|also)\s+)?(?P<thing>"
    rf"(?:the|my|our|that|this|(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    rf"day)'s)\s+"
    rf"(?:(?!(?:is|are|was|were)\s)(?:\d{{1,2}}\.\d\d|[\w:'-]+)\s+){{0,5}}?[\w:'-]+"
    # with no "the": "dinner with Anna, make it quarter to eight"
    r"|(?:dinner|lunch|breakfast|coffee|drinks|tea)\s+with\s+[a-z]+(?:\s+on\s+\w+day)?)"
    # "the 6:30 alarm is far too early, make it 7 o'clock": a remark about it between
    # (a remark that says no time: "the plumber's coming on Thursday at 1, put it in …"
    # keeps its time)
    # (nor one that says when it is, of another thing: "the referee course is that same
    # afternoon, move it to Thursday" moves the thing talked about)
    r"(?:(?:\s+is|'s|\s+was)\s+(?![^,]*(?:\d|\b(?:today|tonight|tomorrow|\w+day)\b|"
    r"\b(?:that|the) (?:same )?(?:day|morning|afternoon|evening|night|time)\b|\bthen\b))"
    r"[^,]{1,40}?,)?"
    r"\s*(?P<sep>[,—–])?\s+"  # ("tomorrow's 7:15 one — push it to 7:45")
    rf"(?P<ask>(?:(?:please|can you|could you|would you|kindly|you can|you could)\s+)*)"
    rf"(?P<verb>{_VERBS}|{_WANTS})\s+(?:it|that|them)\b(?P<rest>.*)$", re.I)


_DONE_FIRST = re.compile(
    r"(?P<lead>^(?:(?:oh|ah|right|ok|okay|yeah)\s*,?\s+)?|,\s*(?:and\s+|also\s+|oh and\s+)?|"
    r"\s+(?:and|also)\s+|[.;!]\s+)"
    r"(?P<thing>(?!(?:what|which|who|it|that|this|everything|all)\b)(?:(?:the|my|our)\s+)?[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?)"
    r"\s*(?:'s|'re|\s+is|\s+are)\s+(?:all\s+)?(?:done|finished|sorted|complete|completed|bought|"
    r"booked|renewed|fixed|paid|got)\b"
    # how, said between: "the haircut one's sorted i booked it at lunch so tick that one off"
    r"(?:\s*,?\s+(?:i|we)(?:'ve|'d)?\s+(?!(?:so|tick|cross|take)\b)[\w' ]{1,40}?)?"
    r"\s*,?\s*(?:so\s+)?(?:(?:you can|can you|could you|please)\s+)*"
    r"(?P<verb>tick|cross|strike|check|take)\s+(?:that|it|them|those)\s+off\b"
    r"(?!\s+(?:my|the|our|from|on)\b)", re.I)


# "…, and I've booked the haircut so take that off my to-do list": the thing done, taken off
_DID_IT = re.compile(
    # (after another request only: said first, "I've bought the milk, cross it off" reads as it is)
    r"(?P<lead>,\s*(?:and\s+)?|\s+and\s+)(?:i|we)(?:'ve| have)\s+(?:just\s+|already\s+|finally\s+)?"
    r"(?:booked|bought|done|renewed|fixed|paid|got|finished|sorted|posted|collected)\s+"
    r"(?P<thing>(?:the|my|our)\s+[\w' -]{1,30}?)\s*,?\s*(?:so\s+)?(?:(?:you can|can you|could you|please)\s+)*"
    r"(?P<verb>take|tick|cross|strike)\s+(?:that|it|them)\s+off\b", re.I)


# "the pasta's still a bit hard, add five minutes to it": a remark on the thing, then a
# request that names it with "it" after a preposition
_REMARK_IT = re.compile(
    r"^(?:please\s*,\s*)?(?P<thing>(?:the|my|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+?)(?:(?:'s|\s+is|\s+are|'re)\s+"
    r"[^,]{1,40})?,\s*"  # (or no remark: "the laundry timer, add a quarter of an hour to it")
    r"(?P<ask>(?:(?:so|please|can you|could you|would you|just)\s+)*(?:add|put|give|take|knock|"
    r"move|push)\b[^,]*?\b(?:to|on|onto|off|from))\s+(?:it|that|them)\b(?P<rest>.*)$", re.I)


# "pasta timer, put another minute on": more time on that timer
_MORE_ON = re.compile(r"^(?P<thing>(?:(?:the|my)\s+)?[\w-]+\s+timer)\s*,\s*(?:please\s+)?(?:put|stick|chuck|"
                      r"pop|add|whack|bung)\s+(?P<more>(?:another|an extra|one more|a further|\w+ more|\w+ extra)"
                      r"\s+(?:minutes?|mins?|seconds?|hours?|\w+\s+(?:minutes?|mins?|seconds?)))\s+on"
                      r"(?:\s+(?:it|that))?\s*(?:please)?\s*[.!]?$", re.I)


def unfronted(text: str) -> str:
    """``text`` with a thing said first put where its "it" is (also in a sentence after
    the first: "Set one alarm for Friday at 4:45. And the 7:15 alarm tomorrow, delete that,
    I'm working from home.")."""
    said = _unfronted(text)
    if said != text:
        return said
    asked = _ASKED_FRONTED.match(text)
    if asked is not None:  # "and the dinner with Anna, is that still Friday at half seven?"
        rest = re.sub(r"^(still\s+)(?=\w+day\b)", r"\1on ", asked["rest"], flags=re.I)
        return f"{asked['q']} {asked['thing']} {rest}"
    when = _WHEN_FRONTED.match(text)
    if when is not None:  # "The team meeting tomorrow, what time it will finish?"
        return f"{when['wh']} {when['aux'] or when['aux2']} {when['thing']} {when['rest']}"
    later = _LATER_SENTENCE.search(text)
    if later is None:
        return text
    rest = text[later.end():]
    done = _unfronted(rest)
    thing = rest.split(",", 1)[0]
    if done == rest or not _A_KIND.search(thing) or not _CHANGED.match(done):
        return text  # (only a thing of a kind, changed: "the other one, make it ten" is
        # the ordinals' to read)
    return f"{text[:later.start() + 1]} {later['and'] or ''}{done}"


# a question about the thing said first: "and the dinner with Anna, is that still Friday at
# half seven?", "the team meeting, is it at nine?"
_ASKED_FRONTED = re.compile(
    r"^(?:(?:and|so|oh|oh and|ah|right|okay|ok)\s*,?\s+)?(?P<thing>(?:the|my|our)\s+"
    r"(?:[\w:'-]+\s+){0,5}?[\w:'-]+|(?:dinner|lunch|breakfast|coffee|drinks|tea)\s+with\s+[a-z]+)"
    r"\s*,\s*(?P<q>is|was|are)\s+(?:that|it|this|they)\s+(?P<rest>[^,]*\?)\s*$", re.I)
# when it is, asked of the thing said first: "The team meeting tomorrow, what time will it
# finish?", and as a learner may order it: "…, what time it will finish?"
_WHEN_FRONTED = re.compile(
    r"^(?:(?:and|so|oh|oh and|ah|right|okay|ok)\s*,?\s+)?(?P<thing>(?:the|my|our)\s+"
    r"(?:[\w:'-]+\s+){0,5}?[\w:'-]+)\s*,\s*(?P<wh>what time|when|at what time|at what hour)\s+"
    r"(?:(?P<aux>does|will|is|do)\s+(?:it|that|this|they)|(?:it|that|this|they)\s+"
    r"(?P<aux2>will|does|is))\s+(?P<rest>[^,]*\?)\s*$", re.I)
# a sentence after the first, the thing said first ("… run. And the 7:15 alarm tomorrow, …")
_LATER_SENTENCE = re.compile(r"[.!?]\s+(?P<and>(?:and|also|oh and)\s+)?(?=(?:the|my)\s)", re.I)
# a thing named by its kind, "one" or a clock: before a dash, it is what "it" is
_NAMED_BY = re.compile(r"\b(?:alarm|reminder|timer|appointment|meeting|event|one)s?$|\d|"
                       r"^(?:tomorrow|today|tonight|\w+day)'s\s", re.I)
# a thing's short name: its article and up to three words, none a verb's ("'s just", "texted")
_SHORT_NAME = re.compile(r"(?:the|my|our)(?:\s+(?!(?:just|has|had|have|got|is|are|was|were|rang|rung|"
                         r"said|says|came|comes|sent|told|can't|cannot|won't|couldn't|will|did|"
                         r"does|do|left|went|rings|called|texted|phoned|wants|needs)\b)"
                         r"(?![\w-]+ed\b)[\w-]+){1,3}", re.I)
_A_KIND = re.compile(r"\b(?:alarm|reminder|timer|appointment|meeting)\b", re.I)
_CHANGED = re.compile(r"(?:delete|cancel|remove|stop|move|change|push|shift|make|set)\b", re.I)


# the thing, a remark about it as a sentence (or more), then "make it …": "Tomorrow's 7:15
# alarm is no good, I've got to catch the early bus to the induction. Make it six." (the
# remark says no number, which a new time would be)
_REMARKED_THEN_IT = re.compile(
    r"^(?P<thing>(?:the|my|our|tomorrow's|today's|tonight's|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day's)\s+(?:[\w:.'-]+\s+){0,4}?(?:alarm|reminder|timer|appointment|meeting))"
    r"(?:\s+is|'s|\s+was)\s+(?![^.!?]*\d)[^.!?]{2,160}[.!]\s+"
    r"(?P<ask>(?:(?:so|can you|could you|please|just)\s+)*(?:make|change|move|push|shift|set|"
    r"put|bring)\s+it\b.*)$", re.I)


def _unfronted(text: str) -> str:
    remarked = _REMARKED_THEN_IT.match(text.strip())
    if remarked is not None:
        text = f"{remarked['thing']}, {remarked['ask']}"
    # "switch off the 7.15 one": a clock time's "one" is an alarm
    text = re.sub(r"\b(switch off|turn off|cancel|delete|kill|scrap|move|change|push|shift)\s+"
                  r"(the|my|that)\s+(\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm))?)\s+one\b", r"\1 \2 \3 alarm",
                  text, flags=re.I)
    # "cross that one off": it
    text = re.sub(r"\b(take|tick|cross|strike)\s+(?:that|this)\s+one\s+off\b", r"\1 it off", text,
                  flags=re.I)
    text = _DONE_FIRST.sub(lambda d: f"{d['lead']}{d['verb']} off {d['thing']}", text)
    text = _DID_IT.sub(lambda d: f"{d['lead']}{d['verb']} {d['thing']} off", text)
    more = _MORE_ON.match(text.strip())
    if more is not None:
        thing = more["thing"] if re.match(r"(?:the|my)\s", more["thing"], re.I) else f"the {more['thing']}"
        return f"add {more['more']} to {thing}"
    remark = _REMARK_IT.match(text.strip())
    if remark is not None:
        return f"{remark['ask']} {remark['thing']}{remark['rest']}"
    m = _FRONTED.match(text.strip())
    if m is not None and m["sep"] in ("—", "–") and not _NAMED_BY.search(m["thing"]) \
            and not _SHORT_NAME.fullmatch(m["thing"]):
        m = None  # ("Oh, the vet's just texted — can you move it …": news, then "it"; "The
        # antenatal class — put it in for Wednesday" names a thing)
    if m is None or re.search(rf"\b(?:{_VERBS})\b", m.group("thing"), re.I) or re.search(
            r"\b(?:needs?|wants?|looks?|seems?)\b",
            m.group("thing"), re.I):  # ("the pasta needs a bit longer, give it …": a clause)
        return text
    verb, rest, thing = m.group("verb"), m.group("rest"), m.group("thing")
    thing = re.sub(r"\s+[-–—]$", "", thing)  # "the bins reminder on Thursday - make it 8pm"
    # "the 7:15 one tomorrow, make it 8": a clock time's "one" is an alarm
    thing = re.sub(r"^((?:the|my)\s+\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm))?)\s+one\b", r"\1 alarm", thing,
                   flags=re.I)
    if verb.lower() == "make" and not re.match(r"(?:the|my|our|that|this)\s", thing, re.I):
        verb, rest = "move", re.sub(r"^\s+(?:at\s+)?", " to ", rest, count=1, flags=re.I)
        # "dinner with Anna, make it quarter to eight": that dinner, moved
    if verb.lower() == "make" and re.match(r"\s+at\s", rest, re.I):
        verb, rest = "change", re.sub(r"^\s+at\b", " to", rest, flags=re.I)  # "make it at 9:20"
    if verb.lower() == "put" and re.match(r"\s+(?:an?|one|two|\d+|half an?)\s+\w+\s+(?:earlier|later)\b",
                                          rest, re.I):
        verb = "move"  # "the dinner with Anna, put it one hour earlier"
    if verb.lower() in ("can", "could") or re.fullmatch(_WANTS, verb, re.I):
        rest = re.sub(r"^\s+(?:go off|be|ring|start)\b", "", rest, flags=re.I)
        rest = re.sub(r"^\s*,?\s*(?:(?:at|on|for|to)\b)?\s*", " to ", rest, count=1, flags=re.I)
        rest = re.sub(r"\s+instead\b,?|,?\s+(?:at|on)\s+like\b|\s+like\b", "", rest, flags=re.I)
        verb = "move"
    day = re.search(r"\s+(?:on\s+\w+day|tomorrow|today|tonight)$", thing, re.I)
    if verb.lower() == "make" and day is not None:
        # "the swimming alarm on Saturday, make it half nine": "make X half nine on Saturday"
        clause, comma, after = rest.partition(",")  # (before a remark after a comma)
        thing = thing[:day.start()]
        rest = f"{clause.rstrip(' .!')}{day.group(0)}{comma}{after}"
    if verb.lower() in ("put", "set") and _KEPT.search(thing) and \
            re.match(r"\s+(?:on|to|at|for)\b", rest, re.I):
        # "the dentist reminder, put it on Wednesday": move it there, not a new one
        verb, rest = "move", re.sub(r"^\s+(?:on|to|at|for)\b", " to", rest, count=1, flags=re.I)
    return f"{m.group('ask')}{verb} {thing}{rest}".strip()


_KEPT = re.compile(r"\b(?:reminder|alarm|appointment|meeting|event)s?\b", re.I)
