"""The calendar named before the event (English): "Calendar: coffee with Aoife Saturday
2pm", "please enter in my calendar: lecture on machine learning tomorrow at 14:00", "add
the following to my diary: …", "stick it in the calendar, delivery at Goole, Wednesday
6am", "would you enter in the calendar, for Thursday at ten, the directions hearing" — as
"put coffee with Aoife Saturday 2pm in my calendar".

``event_first(text)`` returns the sentence with the event before the calendar, or
``text`` unchanged when it does not start that way.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS
from hark.text.noted_after import speaker_off

_FIRST = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you|will you|just|okay|ok|right)[\s,]+)*)"
    r"(?:(?:enter|put|add|write|pop|note(?:\s+down)?|stick|whack|bung|book)\s+"
    r"(?:(?:this|the following|these|these things|one more thing)\s+)?(?:in|on|into|to)\s+)?"
    r"(?:(?:my|the|our)\s+)?(?P<where>calendar|diary)\s*:\s*(?P<what>\S.*?)\s*[.!]?$", re.I)


# "stick it in the calendar, delivery at Goole, Wednesday 6am": "it" said after
_IT_FIRST = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you|just)[\s,]+)*)(?:stick|put|pop|add|whack|bung|"
    r"pencil|write)\s+(?:it|this)\s+(?:in|on|into)\s+(?:my|the|our)\s+(?P<where>calendar|diary)\s*[,:]\s*"
    r"(?P<what>\S.*?)\s*[.!]?$", re.I)
# the time said before the event: "would you enter in the calendar, for Thursday at ten
# o'clock, the directions hearing at Leeds", "kindly add to my diary, for next Monday at 9:45,
# the sentencing hearing …, which I expect will take the whole morning"
_WHEN_FIRST = re.compile(
    r"^(?P<ask>(?:(?:please|kindly|can you|could you|would you|just)[\s,]+)*)(?:enter|put|add|pencil|"
    r"write|note(?:\s+down)?|book)\s+(?:in|into|to|on)\s+(?:my|the|our)\s+(?P<where>calendar|diary)\s*,\s*"
    r"(?:for\s+)?(?P<when>[^,]*?\b(?:today|tonight|tomorrow|\w+day|\d+(?:st|nd|rd|th)?)\b[^,]*?)\s*,\s*"
    r"(?P<what>[^,]+?)(?:\s*,\s*(?:which|that|as|because)\b.*)?\s*[.!]?$", re.I)

# the time, then the event, with no commas (said from Spanish or Italian): "Put in the calendar for
# Sunday at 12 midday the lunch with the family of Lucas", "In the calendar, put Friday from 10
# to 12 in the morning the English exam."
_TIME_WORD = (r"(?:for|on|at|from|to|till|until|in the (?:morning|afternoon|evening)|this|next|tomorrow|"
              r"today|tonight|noon|midday|o'clock|am|pm|\w+day|\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|"
              rf"{HOUR_WORDS}|half|past|quarter)")
_WHEN_THEN_THE = re.compile(
    r"^(?P<ask>(?:(?:please|kindly|can you|could you|would you|just)[\s,]+)*)(?:(?:enter|put|add|write)\s+"
    r"(?:in|into|on)\s+(?:my|the|our)\s+(?P<where>calendar|diary)|(?:in|into|on)\s+(?:my|the|our)\s+"
    r"(?P<where2>calendar|diary)\s*,?\s*(?:please\s+)?(?:enter|put|add|write))\s*,?\s+"
    rf"(?P<when>(?:{_TIME_WORD}\s+)*?(?:\w+day|today|tomorrow|tonight)\b(?:\s+{_TIME_WORD})*)\s+"
    r"(?P<what>(?:the|a|an|my|our)\s+[^,]+?)\s*(?P<more>,\s*(?:and|then|also)\s+.*)?[.!]?$", re.I)

# the event, then "add to calendar" with no "it": "flat viewing thurs 5pm, add to calendar"
_THEN_ADD = re.compile(
    r"^(?P<what>(?!(?:i|i'm|i've|i'll|we|we're|we've|there's|it's|that's)\b)[^,;]{3,80}?)\s*"
    r"(?:[,;:]|\s[-–—])\s*(?:please\s+)?(?:add|put|pop|stick|enter|whack|bung)\s+(?:to|in|into|on)\s+"
    r"(?:(?:my|the|our)\s+)?(?P<where>calendar|diary)(?:\s+please)?\s*"
    # (another request after it: "…, put in calendar, and remind me Thursday 6pm to …")
    r"(?:[.!]?$|(?P<more>[,;]?\s+(?:and|then|also|plus)\s+\S.*$))", re.I)

# "will you put in the calendar that we've got the accountant coming on Tuesday the 8th at
# eleven": what is coming is the event
_THAT_WE_HAVE = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you|will you|just)[\s,]+)*)(?:put|add|enter|write|"
    r"note(?:\s+down)?|pop|stick|record)\s+(?:in|into|on|to)\s+(?:my|the|our)\s+(?P<where>calendar|diary)\s*,?\s+"
    r"that\s+(?:we've got|we have|we have got|i've got|i have|i have got|there's|there is)\s+(?P<what>\S[^,]*?)"
    # (a remark after it: "…, I'll need the books out")
    r"(?:\s*,\s*(?:i'll|i|we|we'll|so|as|because|and i)\b.*)?\s*[.!]?$", re.I)
# "Please record in my calendar a seminar tomorrow at 16:00, lasting …, and set an alarm …"
_IN_CALENDAR_FIRST = re.compile(
    r"^(?P<ask>(?:(?:please|kindly|can you|could you|would you|will you|just)[\s,]+)*)(?:record|enter|put|"
    r"add|write|note(?:\s+down)?|pencil|pop|stick)\s+(?:in|into|on)\s+(?:my|the|our)\s+(?P<where>calendar|"
    r"diary)\s+(?!that\b)(?P<what>(?:an?|the|my)\s+\S.*?)(?P<rest>,?\s+and\s+(?:set|add|remind|put|wake|cancel|"
    r"delete|remove|move|change|book|tell|what|when|start|pause)\b.*)?\s*[.!]?$", re.I)


# who and what said as a plan, then "add it": "I'm meeting Sarah for coffee on Thursday at
# 10, can you add it to my calendar" (coffee with Sarah), "we're having lunch with Tom on
# Friday at 1, put it in the diary"
_PLAN_FIRST = re.compile(
    r"^(?i:(?:(?:so|oh|right|ok|okay)[\s,]+)?(?:i'?m|i am|we'?re|we are)\s+)(?:"
    r"(?i:meeting|seeing)\s+(?P<who>[A-Z][\w'-]*(?:\s+and\s+[A-Z][\w'-]*)?)\s+for\s+(?P<what>\w+(?:\s+\w+)??)"
    r"|(?i:having)\s+(?P<what2>\w+(?:\s+\w+)??)\s+with\s+(?P<who2>[A-Z][\w'-]*(?:\s+and\s+[A-Z][\w'-]*)?))"
    r"\s+(?P<when>(?i:on|at|this|next|tomorrow|tonight|today)\b[^,]*?)\s*,\s*"
    r"(?P<ask>(?i:(?:please|can you|could you|would you|just)\s+)*)(?i:(?:add|put|pop|stick)\s+"
    r"(?:it|that)\s+(?:in|on|to|into)\s+(?:my|the|our)\s+)(?P<where>(?i:calendar|diary))\s*[.!?]?$")
# the event, then its time said as "it's on …": "Put Lily's birthday party in the calendar,
# it's on Saturday at 2 o'clock in the afternoon"
_WHEN_AFTER = re.compile(
    r"^(?P<ask>(?:(?:please|can you|could you|would you|just)\s+)*)(?P<verb>put|add|pop|stick)\s+"
    r"(?P<what>.+?)\s+(?P<where>(?:in|on|to|into)\s+(?:my|the|our)\s+(?:calendar|diary))\s*,\s*"
    r"(?:it'?s|it is|that'?s|that is)\s+(?P<when>(?:on|at|this|next|tomorrow|tonight|today)\b.+?)"
    r"\s*[.!]?$", re.I)


def event_first(text: str) -> str:
    """``text`` with a calendar said before its event put after it."""
    said = text.strip()
    m = _PLAN_FIRST.match(said)
    if m is not None:
        what, who = (m["what"], m["who"]) if m["what"] else (m["what2"], m["who2"])
        return f"{m['ask']}put {what} with {who} {m['when']} in my {m['where'].lower()}"
    m = _WHEN_AFTER.match(said)
    if m is not None:
        return f"{m['ask']}{m['verb']} {m['what']} {m['when']} {m['where']}"
    m = _WHEN_THEN_THE.match(said)
    if m is not None and not re.search(r"\d|\b(?:at|on|o'clock|noon|midday)\b", m["what"], re.I):
        where = (m["where"] or m["where2"]).lower()
        return f"{m['ask']}put {m['what']} in my {where} {m['when']}{m['more'] or ''}"
    m = _WHEN_FIRST.match(said)
    if m is not None:
        ask = re.sub(r"\bkindly\b", "please", m["ask"], flags=re.I)
        return f"{ask}put {m['what']} in my {m['where'].lower()} {m['when']}"
    m = _IN_CALENDAR_FIRST.match(said)
    if m is not None:
        ask = re.sub(r"\bkindly\b", "please", m["ask"], flags=re.I)
        return f"{ask}put {m['what'].rstrip(' ,')} in my {m['where'].lower()}{m['rest'] or ''}"
    m = _THAT_WE_HAVE.match(said)
    if m is not None:
        return f"{m['ask']}put {m['what']} in my {m['where'].lower()}"
    m = _THEN_ADD.match(said)
    if m is not None:
        what = speaker_off(m["what"], "en") if re.search(r"\b(?:says?|said|told me)\s+(?:that\s+)?i\b",
                                                          m["what"], re.I) else m["what"]
        return f"put {what} in my {m['where'].lower()}{m['more'] or ''}"
    m = _FIRST.match(said) or _IT_FIRST.match(said)
    if m is None:
        return text
    return f"{m['ask']}put {m['what']} in my {m['where'].lower()}"
