"""What "it", "that", "there", "her" and "him" stand for in a request said right after
another one (English), filled in from that one: "when's dinner with Anna? push it back
half an hour" → "push dinner with Anna back half an hour"; "add kitchen roll to the
shopping list. what else is on there?" → "… on the shopping list"; "cancel dinner with
Anna and remind me to text her" → "… text anna"; "is bread on the list? if it is, take it
off" → "take bread off the list"; "I booked the haircut, … and put it on my calendar" →
"put haircut on my calendar".

``resolve(tail, head)`` returns ``tail`` with its pronoun replaced, or unchanged when
``head`` names nothing it could stand for ("what time is it" keeps its "it").
"""

from __future__ import annotations

import re

from hark.dialogue.words import LIST, NOUN, POLITE, THING
from hark.text.antecedent import stated, who_first
from hark.text.clean import quoted

_ADDED = re.compile(r"^(?:add|put|stick|pop)\s+(.+?)\s+(?:to|on|onto)\s+(?:the|my)\s+"
                    r"(?:[\w-]+\s+){0,2}?list\b", re.I)
_OBJECT_IT = re.compile(r"\b(?:pick|fetch|grab)\s+(it)\s+up\b|"
                        r"\b(?:stick|put|pop|leave)\s+(it)\s+on\s+(?:pause|hold)\b|"
                        r"\b(?:to|on|onto|from|off|about|for|of|delete|cancel|remove|"
                        r"pause|resume|stop|move|change|extend|shorten|do|buy|get|pick up|"
                        r"collect|order|add|read|tick|cross|mark|snooze|shift|push|bring|"
                        r"restart|reschedule|postpone)\s+(it)\b(?!'s)", re.I)
# things just put on a list, to be bought: "… and remind me to pick them up"
_GET_THEM = re.compile(r"\b(?:get|buy|pick up|collect|order|grab|fetch)\s+(them)\b(?!\s+up\b)|"
                       r"\bpick\s+(them)\s+up\b", re.I)
_CALENDAR_IT = re.compile(r"\b(?:put|pop|stick|add|pencil|write|enter)\s+(it|that|him|her)\s+(?:in|on|into|"
                          r"to|onto)\s+(?:my|the|our)\s+(?:calendar|diary)\b", re.I)
_FIRST_CLAUSE = re.compile(r",|\s+so\s+|\s+and\s+", re.I)
_WITH_PERSON = re.compile(r"\bwith\s+(?!(?:the|my|a|an|your|our|her|him|them|me|us|it|this|that|"
                          r"some|no|and)\b)([a-z][a-z'-]+)\b(?!\s+(?:and|&)\s)", re.I)
_THEM = re.compile(r"\b(?:text|call|ring|phone|email|message|tell|ask|thank|visit|see|meet)\s+"
                   r"(her|him)\b", re.I)
_ON_LIST_ASKED = re.compile(r"^(?:i wonder,?\s+)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
                            r"(?:(?:is|are)\s+(?:there\s+)?(?:any\s+)?(.+?)|(?:check|see|find out)\s+"
                            r"(?:if|whether)\s+(.+?)(?:'s|\s+is|\s+are))\s+(?:still\s+)?on\s+"
                            r"((?:the|my)\s+(?:[\w-]+\s+){0,2}?list)\b", re.I)
# "is it on the list? if not, put it on": the item added
_ON_IT = re.compile(r"^(?:(?:just|please|(?:would|could|can) you(?: please| kindly)?)\s+)*"
                    r"(?:add|put|pop|stick|chuck|bung|whack)\s+(?:it|them)"
                    r"(?:\s+(?:on|in)(?:\s+(?:there|it|the list|my list))?)?"
                    r"(?=\s*(?:$|[.,;!?]|\s(?:and|too|as well|please|then)\b))", re.I)
_GIVE_IT = re.compile(r"\bgive\s+(it|that)\s+(another|an extra|a further|extra)\s+(.+)$",
                      re.I)
# an item taken off a list: "take the haircut off the to-do list"
_TAKEN_OFF = re.compile(r"^(?:take|tick|cross|strike|knock)\s+(?:off\s+)?(?:the\s+)?(.+?)\s+(?:off|from)\s+"
                        r"(?:the|my)\s+(?:[\w-]+\s+){0,2}?list\b", re.I)
_OFF_IT = re.compile(r"\b(?:take|tick|cross|knock|strike)\s+(?:it|them)\s+off\b|\b(?:remove|delete)"
                     r"\s+(?:it|them)\b", re.I)
_THERE = re.compile(r"\b(on|in|onto|to|from|off)\s+there\b", re.I)
_TO_IT = re.compile(r"\b(to|on|onto|from|off|in)\s+it\b", re.I)
# a question about one thing: "when's dinner with Anna?", "what time is my weekday alarm",
# "what's my reminder on Thursday"
_ASKED = re.compile(
    r"^(?:(?:um|uh|so|hey|ok|okay|right)[\s,]+)*(?:when(?:'s| is| does| do)|what time(?:'s| is| does|"
    r" do)?|what(?:'s| is)|is|are|how long(?:'s| is| has)?(?: left on)?|how much time(?:'s| is)? "
    r"(?:left|remaining) (?:on|in))\s+"
    r"(?P<thing>(?:the|my|your|that|this|\w+'s)\s+[^,?.]+?|[a-z]+ with [a-z]+(?: on \w+day)?)"
    r"(?:\s+(?:set for|set|going off|go off|goes off|ring|start|starting|finish|end|at|on|"
    r"got(?: left)?|left)"
    r"(?!\s+\w+day))?\s*[?.!]*$", re.I)
# a timer asked about by its bare name, typed: "how long left on pasta??"
_BARE_LEFT_ON = re.compile(r"^how long(?:'s| is)? left on (?!the\b|my\b|that\b)([a-z][\w-]*)(?=[?.!\s]*$)",
                           re.I)
# the shopping asked about without naming the list: "what do we need from tesco"
_FROM_SHOPS = re.compile(r"\b(?:need|get|buy|pick up)\b.*\bfrom\s+(?:the\s+)?(?:shops?|supermarket|"
                         r"market|tesco|lidl|aldi|asda|sainsbury'?s|morrisons|waitrose|co-?op)\b"
                         r"|\bshopping\b", re.I)
# a timer named as a heading, then asked about: "Laundry timer, how long's it got"
_TIMER_HEADING = re.compile(r"^(?P<thing>[a-z][\w-]*(?:\s+[\w-]+)?\s+timer)\s*[,.:]\s*how\s+long\b",
                            re.I)
# an event just put in the calendar: "put a call with the landlord in for Thursday at 2"
_MADE = re.compile(r"^(?:put|add|book|schedule|pop|pencil|set up)\s+(?:in\s+)?(?:a|an|the|my)\s+"
                   r"(?P<thing>(?:(?!alarm|timer|reminder|list)[\w'-]+\s+){0,4}?(?!alarm|timer|"
                   r"reminder|list)[\w'-]+)\s+(?:in\s+)?(?:for|on|at|into)\s+", re.I)
# a plan asked about: "when do I need to take the bins out" → the reminder to do it
_PLAN = re.compile(r"^(?:(?:um|uh|so|hey|ok|okay)[\s,]+)*(?:when|what time|what day|which day)\s+"
                   r"(?:do|am|did)\s+i\s+(?:need|have|meant|supposed|got)\s+to\s+(?P<task>[^,?.]+?)"
                   r"\s*[?.!]*$", re.I)
# "it" after a question: "… and push it back half an hour", "… and set it 15 minutes later"
_CHANGE_IT = re.compile(r"\b(?:move|push|pull|bring|shift|change|set|make|reschedule|postpone|"
                        r"delay|cancel|delete|remove|snooze|update|put|pause|resume|stop|"
                        r"extend)\s+(it|that)\b(?!'s)",
                        re.I)


def _it_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the matched "it" is (whichever group of the pattern caught it)."""
    group = next(i for i in range(len(m.groups()), 0, -1) if m.group(i) is not None)
    return m.span(group)


def resolve(tail: str, head: str) -> str:
    """"it" (the object: "delete it", "add coffee to it", "remind me about it") in
    ``tail`` for what ``head`` named: its list after "to/on/from", else the item added
    to a list, else the timer/alarm/reminder/… it named. "what time is it" keeps its
    "it"."""
    # "… give it another 5 minutes": time added to it
    tail = _GIVE_IT.sub(lambda m: f"add {m.group(2)} {m.group(3)} to {m.group(1)}", tail, count=1)
    person = _WITH_PERSON.findall(head)
    said_to = _THEM.search(tail)
    if said_to and len(set(person)) == 1:  # "cancel dinner with Anna and remind me to text her"
        tail = tail[:said_to.start(1)] + person[0] + tail[said_to.end(1):]
    body = POLITE.sub("", head, count=1)
    on_list = _ON_LIST_ASKED.match(body)
    item, lst_said = (on_list.group(1) or on_list.group(2), on_list.group(3)) if on_list \
        else ("", "")
    off_list = _OFF_IT.search(tail)
    if on_list and off_list:  # "is bread on the shopping list? if it is, take it off"
        # (what follows stays: "…, and put on firelighters")
        rest = re.sub(r"^\s+(?:off\s+)?(?:(?:the|my)\s+(?:[\w-]+\s+)?list|it|there)\b", "",
                      tail[off_list.end():])
        return f"take {item} off {lst_said}{rest}"
    put_on = _ON_IT.search(tail)
    if on_list and put_on:  # "is toothpaste on the list? if not, pop it on"
        return f"add {item} to {lst_said}{tail[put_on.end():]}"
    heading = _TIMER_HEADING.match(head.strip())
    said_head = _BARE_LEFT_ON.sub(r"how long is left on the \1", head.strip())
    asked = _ASKED.match(f"how long is left on the {heading['thing']}" if heading
                         else said_head)
    if asked and re.match(r"how\b", head.strip(), re.I) and not re.search(
            rf"\b{NOUN}s?\b", asked.group("thing"), re.I):  # "how long's left on the laundry"
        # "how long has the laundry got left": "the laundry timer", not "… got left timer"
        thing = asked.group("thing")
        asked = _ASKED.match(said_head.replace(thing, f"{thing} timer", 1))
    plan = _PLAN.match(head.strip())
    changed = _CHANGE_IT.search(tail)
    made = _MADE.match(body)
    if changed and made and not asked and not plan and re.match(
            r"(?:move|push|pull|bring|shift|change|make|reschedule)\b", changed.group(0), re.I):
        # "put a call with the landlord in for Thursday at 2. actually, move it to 4"
        return tail[:changed.start(1)] + made.group("thing") + tail[changed.end(1):]
    if made and off_list and LIST.search(tail) and not asked \
            and not THING.search(tail[:off_list.start()]):
        # "book a haircut for Saturday at 11am and tick it off my to-do list"
        said = re.sub(r"\b(?:it|them)\b", made.group("thing"), off_list.group(0), count=1)
        return tail[:off_list.start()] + said + tail[off_list.end():]
    to_it = _TO_IT.search(tail)
    lst = LIST.search(head)
    if to_it and asked and not lst:  # "how long's left on the laundry and add 10 minutes to it"
        thing = asked.group("thing")
        return tail[:to_it.start()] + f"{to_it.group(1)} {thing}" + tail[to_it.end():]
    if changed and (asked or plan) and not re.search(
            r"\b(?:list|lists)\b", asked.group("thing") if asked else "", re.I):
        # "when's dinner with Anna? push it back an hour"; "when do I need to take the
        # bins out and can you push that to Friday"
        thing = asked.group("thing") if asked else f"the reminder to {plan.group('task')}"
        return tail[:changed.start(1)] + thing + tail[changed.end(1):]
    there = _THERE.search(tail)
    if there and lst:  # "… to the shopping list. what else is on there?"
        return tail[:there.start()] + f"{there.group(1)} {lst.group(0)}" + tail[there.end():]
    if there and _FROM_SHOPS.search(head):  # "what do we need from tesco, and is bread on there"
        return tail[:there.start()] + f"{there.group(1)} the shopping list" + tail[there.end():]
    calendar_it = _CALENDAR_IT.search(tail)
    obj = _OBJECT_IT.search(tail) or calendar_it
    added = _ADDED.match(body)
    them = _GET_THEM.search(tail)
    if obj is None and them and added:
        # "add passport photos to the shopping list and remind me at 12:30 to get them"
        a, b = _it_span(them)
        return tail[:a] + added.group(1) + tail[b:]
    if obj is None:
        return tail
    if calendar_it:  # "I booked the haircut, … and put it on my calendar"
        taken = _TAKEN_OFF.match(body)
        # "take the haircut off the to-do list, I've booked it, and put it in the calendar"
        first = _FIRST_CLAUSE.split(head, maxsplit=1)[0]
        thing = taken.group(1) if taken else stated(first)
        a, b = _it_span(obj)
        if tail[a:b].lower() in ("him", "her"):  # "the engineer can't come till Friday, so
            thing = who_first(first)  # put him in the calendar …": the engineer
        return tail if thing is None else tail[:a] + thing + tail[b:]
    if to_it and lst:
        return tail[:to_it.start()] + f"{to_it.group(1)} {lst.group(0)}" + tail[to_it.end():]
    phrases = quoted(head)  # "add 'call the plumber' to my list and remind me to do it"
    item = phrases[0].group(2) if phrases else (added.group(1) if added else None)
    if item and re.search(r"\bdo\s+it\b", tail, re.I):  # "remind me to do it": the task
        return re.sub(r"\bdo\s+it\b", item, tail, count=1, flags=re.I)
    found = [m.group(0) for m in THING.finditer(head)]
    thing = item or (found[-1] if found else None)
    a, b = _it_span(obj)
    if thing is None or THING.search(tail[:a]):  # (its own thing said first: "I don't need
        return tail  # the 7:15 alarm tomorrow, you can delete it")
    return tail[:a] + thing + tail[b:]
