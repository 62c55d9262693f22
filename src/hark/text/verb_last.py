"""The thing first and the verb last, as in Welsh or Yoda order (English): "The bins reminder,
to eight in the evening move it.", "My alarm tomorrow at 7:15, twenty past seven make it
instead.", "The birthday card reminder, tomorrow at four I want it.", "Three minutes off the
laundry timer, take them.", "Half an hour earlier, the bins reminder should be.", "The alarm
on Saturday at nine, what is it for?", "An alarm on Saturday, have I got one?", "The swimming
alarm please put one hour later.", "Give to the laundry timer ten minutes more.", and the time before the verb ("in 40 mins remind me
to turn the potatoes") — as "move
the bins reminder to eight in the evening", "change my alarm tomorrow at 7:15 to twenty past
seven", ….

``verb_last(text)`` returns the request in the usual order, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS

_THING = r"(?P<thing>(?:the|my|me|our|that)\s+[^,]{2,60}?|(?:dinner|lunch|coffee)\s+with\s+[a-z]+)"
# "THING, to eight move it", "THING, down to five minutes cut it", "THING, 7:20 make it instead"
_MID_VERB = re.compile(
    rf"^{_THING}\s*[,:;]\s*(?P<mid>[^,]+?)\s+(?P<verb>move|change|make|cut|set|push|shift|bring|put|"
    r"i want|i'd like|i would like|i need|want)\s+(?:it|them|that)(?:\s+(?:instead|now|please|be))*"
    r"(?P<after>\s*,\s*[^,]+?)?\s*[.!]?$", re.I)
# "Three minutes off the laundry timer, take them.", "Five minutes less on the laundry timer,
# make it."
_OBJECT_VERB = re.compile(
    r"^(?P<obj>(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|"
    r"half an?|\d+)\s+(?:more\s+|extra\s+|less\s+|fewer\s+)?(?:minutes?|mins?|hours?|seconds?)\s+"
    r"(?:more\s+|extra\s+|less\s+|fewer\s+)?(?:off|on|onto|to|from)\s+[^,]+?)\s*,\s*"
    r"(?P<verb>take|put|add|make|give|knock)\s+(?:it|them|that)\s*[.!]?$", re.I)
# "Half an hour earlier, the bins reminder should be."
_SHOULD_BE = re.compile(rf"^(?P<mid>[^,]+?)\s*,\s*{_THING}\s+(?:should|must|needs? to|has to)\s+"
                        r"(?:be|go off|ring|start)\s*[.!]?$", re.I)
# "The alarm on Saturday at nine, what is it for?"
_WHAT_FOR = re.compile(rf"^{_THING}\s*[,:;]\s*what(?:'s| is| was)\s+(?:it|that)\s+(?P<for>for|about)\s*\??$",
                       re.I)
# "An alarm on Saturday, have I got one?"
_GOT_ONE = re.compile(r"^(?P<thing>(?:an?|any)\s+[^,]{2,50}?)\s*,\s*(?P<q>have i got|do i have|is there|"
                      r"are there|have i)\s+(?:one|any)(?:\s+set)?\s*\??$", re.I)
# "in 40 minutes remind me to turn the potatoes": the time said first
_WHEN_FIRST = re.compile(r"^(?P<when>(?:in|at|on|by|tomorrow|tonight|today|this|next)\b[^,]{0,40}?)\s*,?\s+"
                         r"(?P<ask>(?:please\s+)?remind\s+(?:me|us))\s+(?P<rest>(?:to|about)\b.+?)\s*[.!]?$", re.I)
# the thing, then the verb and the change, as in German ("The swimming alarm please put one
# hour later."), and the object after its verb's preposition ("Give to the laundry timer ten
# minutes more.", "Set the pasta timer please on 3 minutes from now.")
_NOUNS = r"(?:alarm|reminder|timer|meeting|appointment|event|dinner|lunch)"
_THING_THEN_VERB = re.compile(
    rf"^(?P<thing>(?:the|my)\s+(?:[\w:'-]+\s+){{0,3}}?{_NOUNS})\s+(?:please\s+)?"
    r"(?P<verb>put|move|set|make|change|push|shift|bring)\s+(?P<rest>(?!it\b|them\b)[^,]+?)\s*[.!]?$",
    re.I)
_GIVE_TO = re.compile(r"^(?:please\s+)?(?:give|add)\s+to\s+(?P<thing>(?:the|my)\s+[\w -]{1,30}?\s*timer)\s+"
                      r"(?:please\s+)?(?P<n>\S+)\s+(?P<unit>minutes?|mins?|seconds?|hours?)\s+more\s*[.!]?$",
                      re.I)
_SET_ON = re.compile(r"^(?P<ask>(?:please\s+)?)set\s+(?P<thing>(?:the|my)\s+[\w -]{1,30}?\s*timer)\s+"
                     r"(?:please\s+)?on\s+(?P<length>\S+\s+(?:minutes?|mins?|seconds?|hours?))"
                     r"(?:\s+from\s+now)?(?:\s+please)?\s*[.!]?$", re.I)
_TIMEISH = re.compile(r"\d|\b(?:today|tonight|tomorrow|\w+day|noon|midnight|half|quarter|past|"
                      rf"{HOUR_WORDS}|earlier|"
                      r"later)\b", re.I)


def verb_last(text: str) -> str:
    """``text`` with a verb said last put first (see the module)."""
    said = text.strip()
    m = _MID_VERB.match(said)
    if m is not None and _TIMEISH.search(m["mid"]):
        verb, mid = m["verb"].lower(), m["mid"]
        after = m["after"] or ""
        if re.fullmatch(r"\s*,\s*same (?:day|time)", after, re.I):
            after = ""  # "to eight o'clock move it, same day": only the time changes
        if verb in ("make", "set", "put") or " " in verb or verb == "want":
            verb = "move" if re.search(r"\b(?:reminder|appointment|meeting|dinner|lunch|"
                                       r"coffee)\b", m["thing"], re.I) else "change"
            if not re.match(r"(?:to|by|back|forward|an?\s|half|\d+\s+(?:minutes?|hours?)\s+"
                            r"(?:earlier|later))\b", mid, re.I):
                mid = f"to {mid}"
        thing = re.sub(r"^me\s", "my ", m["thing"], flags=re.I)
        return f"{verb} {thing} {mid}{after}"
    m = _THING_THEN_VERB.match(said)
    if m is not None and _TIMEISH.search(m["rest"]):
        return f"{m['verb'].lower()} {m['thing']} {m['rest']}"
    m = _GIVE_TO.match(said)
    if m is not None:
        return f"add {m['n']} {m['unit']} to {m['thing']}"
    m = _SET_ON.match(said)
    if m is not None:
        return f"{m['ask']}set {m['thing']} to {m['length']}"
    m = _OBJECT_VERB.match(said)
    if m is not None:
        obj = m["obj"]
        if re.search(r"\b(?:less|fewer)\b", obj, re.I):  # "five minutes less on X": off X
            obj = re.sub(r"\s+(?:less|fewer)\s+(?:on|from)\b", " off", obj, flags=re.I)
            return f"take {obj}"
        verb = m["verb"].lower()
        return f"{'add' if verb in ('make', 'give') else verb} {obj}"
    m = _SHOULD_BE.match(said)
    if m is not None and _TIMEISH.search(m["mid"]):
        return f"move {m['thing']} {m['mid']}"
    m = _WHEN_FIRST.match(said)
    if m is not None and _TIMEISH.search(m["when"]):
        return f"{m['ask']} {m['rest']} {m['when']}"
    m = _WHAT_FOR.match(said)
    if m is not None:
        return f"what is {m['thing']} {m['for'].lower()}?"
    m = _GOT_ONE.match(said)
    if m is not None:
        return f"{m['q']} {m['thing']}?"
    return text
