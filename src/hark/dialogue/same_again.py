"""A request said again for another thing (English): "move the dentist reminder to Friday
and the same for the bins one" → "move the bins reminder to Friday"; "add 5 minutes to
the pasta and do the same for the laundry" → "add 5 minutes to the laundry"; "add cling
film to the shopping list, and the same for foil" → "add foil to the shopping list";
"put passport photos on the shopping list and on the to-do list as well"; "push the
dentist reminder back an hour and that one about the birthday card too"; on another day:
"remind me to call mum at 8pm tonight and the same tomorrow".

``again_for(tail, head)`` returns the request ``head`` with its thing swapped for the one
``tail`` names, or None when ``tail`` says no such thing.
"""

from __future__ import annotations

import re

from hark.dialogue.words import LIST, OWNER, POLITE, THING

_SAME = re.compile(r"^(?:and\s+)?(?:(?:can|could) you\s+)?(?:please\s+)?(?:do\s+)?(?:the\s+)?"
                   r"same\s+(?:thing\s+)?(?:for|to|with|on)\s+(?P<thing>.+?)"
                   r"(?:\s+(?:as well|too|please))?[\s.!]*$", re.I)
# "that one about the birthday card too", "the one for Sam as well"
_THAT_ONE = re.compile(r"^(?:and\s+)?(?:that|the)\s+one\s+(?P<rel>about|for|with)\s+(?P<what>.+?)"
                       r"\s+(?:too|as well)[\s.!]*$", re.I)
# "… and on the to-do list as well": the same item on another list
_OTHER_LIST = re.compile(r"^(?:and\s+)?(?:on|to|onto)\s+(?P<list>(?:the|my)\s+(?:[\w-]+\s+){0,2}?"
                         r"list)(?:\s+(?:as well|too))?[\s.!]*$", re.I)
# what time is added to or taken off: "to the pasta", "off the laundry timer"
_TARGET = re.compile(r"\b(?:to|on|onto|off|from)\s+(?P<thing>(?:the|my)\s+[\w'-]+(?:\s+timer)?)"
                     r"(?=\s*$|\s+(?:please|too)\b)|"
                     r"^give\s+(?P<given>(?:the|my)\s+[\w'-]+(?:\s+timer)?)\s|"
                     # "set a 20 minute timer for the chicken and the same for the potatoes"
                     r"\btimer\b.*?\bfor\s+(?P<named>(?:the|my)\s+[\w'-]+)\s*$", re.I)
# an item put on or taken off a list: "add cling film to the shopping list"
_ITEM = re.compile(r"^(?P<verb>add|put|pop|stick|take|tick|cross|remove|delete)\s+(?P<item>.+?)"
                   r"\s+(?P<prep>to|on|onto|off|from)\s+(?P<list>(?:the|my)\s+(?:[\w-]+\s+){0,2}?"
                   r"list)\b", re.I)


def _named(thing: str, noun: str) -> str:
    """"the bins one" → "the bins reminder"; "the laundry" stays as said."""
    thing = re.sub(r"\bone\b", noun, thing, count=1, flags=re.I) if noun else thing
    if not re.match(rf"(?:the|my|{OWNER})\b", thing, re.I):
        thing = f"the {thing}"
    return thing


_AT = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?|noon|midday|half \w+|quarter (?:past|to) \w+)"
# "… and the same on Wednesday", "and same tomorrow", "the same again on the following
# Sunday": the request again on another day
_DAYS_SAID = (r"(?P<day>(?:the\s+following|next|this)\s+\w+day|tomorrow|the day after|\w+day|"
              r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th))")
_SAME_DAY = re.compile(
    r"^(?:and\s+)?(?:do\s+)?(?:the\s+)?(?:same(?:\s+again|\s+thing)?\s+(?:on\s+|for\s+)?"
    rf"{_DAYS_SAID}(?:\s+at\s+(?P<at>{_AT}))?(?:\s+(?:too|as well|please|also))?|"
    rf"(?:on\s+)?{_DAYS_SAID.replace('day>', 'day2>')}"
    r"\s+(?:too|as well|also))[\s.!]*$", re.I)
# the day a request names
_DAY = re.compile(r"\b(?:on\s+)?(?:tomorrow|today|tonight|(?:next|this)\s+\w+day|\w+day|"
                  r"the\s+\d{1,2}(?:st|nd|rd|th))\b(?:\s+(?:morning|afternoon|evening|night))?",
                  re.I)


def _on(day: str, before: str) -> str:
    """The day said for a request again: "the following Sunday" after "on Sunday" is
    "on Sunday next week"; "tonight" → "tomorrow" keeps the evening."""
    day = day.lower()
    following = re.match(r"(?:the\s+following|next)\s+(\w+day)$", day)
    if following and following.group(1) in before.lower():
        return f"on {following.group(1)} next week"
    if following:
        return f"next {following.group(1)}"
    if day.endswith("day") and day not in ("today", "tomorrow"):  # a weekday
        return f"on {day}"
    return day


def _again_on(day: str, body: str) -> str:
    """``body`` on ``day`` instead of the day it names ("tonight" becomes "tomorrow
    night")."""
    found = _DAY.search(body)
    said = _on(day, found.group(0) if found else "")
    if found is None:
        return f"{body} {said}"
    part = re.search(r"(morning|afternoon|evening|night)$", found.group(0), re.I)
    if found.group(0).lower() == "tonight" and said == "tomorrow":
        said = "tomorrow night"
    elif part and said.endswith(" next week"):  # "on Sunday morning next week"
        said = f"{said[:-len(' next week')]} {part.group(1)} next week"
    elif part:
        said = f"{said} {part.group(1)}"
    return body[:found.start()] + said + body[found.end():]


def again_for(tail: str, head: str) -> str | None:
    """``head`` said again of what ``tail`` names ("… and the same for the bins one")."""
    body = POLITE.sub("", head.strip(), count=1).rstrip(".!? ")
    said = POLITE.sub("", tail.strip(), count=1)
    clause, comma, rest = said.partition(",")
    on_day = _SAME_DAY.match(clause)
    if on_day:  # "remind me to call mum at 8pm tonight and the same tomorrow"
        day = on_day["day"] or on_day["day2"]  # "…, and wednesday as well"
        again = _again_on(day, body)
        if on_day["at"]:  # "… and the same again on Wednesday at 6pm"
            again = _CLOCK.sub(f"at {on_day['at']}", again, count=1)
        return again + (f",{rest}" if comma else "")
    other_list = _OTHER_LIST.match(said)
    item = _ITEM.match(body)
    if other_list and item:  # "… on the shopping list and on the to-do list as well"
        return body[:item.start("list")] + other_list["list"] + body[item.end("list"):]
    same = _SAME.match(said)
    that_one = _THAT_ONE.match(said)
    if same is None and that_one is None:
        return None
    things = [t for t in THING.finditer(body) if t["noun"].lower() != "list"]
    noun = things[-1]["noun"].lower() if things else ""
    if that_one is not None:
        if not noun:
            return None
        new = f"the {noun} {that_one['rel']} {that_one['what']}"
    else:
        new = same["thing"]
    if item and not things:
        if LIST.fullmatch(new.strip()):  # "… and the same for the to-do list"
            return body[:item.start("list")] + new + body[item.end("list"):]
        return body[:item.start("item")] + new + body[item.end("item"):]
    if things:
        last = things[-1]
        return body[:last.start()] + _named(new, noun) + body[last.end():]
    target = _TARGET.search(body)
    if target:  # "add 5 minutes to the pasta and do the same for the laundry"
        group = next(g for g in ("thing", "given", "named") if target[g])
        return body[:target.start(group)] + _named(new, "") + body[target.end(group):]
    return None


# "otherwise make it Wednesday at 9": the request not carried out, on another day or time
_MAKE_IT = re.compile(r"^(?:(?:just|please)\s+)?(?:make it|do it|put it in for|book it for|go for)\s+"
                      r"(?P<when>.+?)(?:\s+instead)?[\s.!]*$", re.I)
_CLOCK = re.compile(r"\bat\s+(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm))?|noon|midday|[a-z]+(?:\s+o'clock)?)"
                    r"(?:\s?(?:am|pm))?", re.I)


def instead_on(request: str, tail: str) -> str | None:
    """``request`` again at the day or time ``tail`` ("make it Wednesday at 9") says."""
    m = _MAKE_IT.match(tail.strip())
    if m is None:
        return None
    when = m["when"]
    day = _DAY.search(when)
    clock = _CLOCK.search(when)
    if day is None and clock is None:
        return None
    out = _again_on(re.sub(r"^on\s+", "", day.group(0), flags=re.I), request) if day else request
    if clock is not None:
        said = _CLOCK.search(out)
        out = (out[:said.start()] + clock.group(0) + out[said.end():]) if said \
            else f"{out} {clock.group(0)}"
    return out
