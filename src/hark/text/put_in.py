"""Putting something in the calendar said with a colloquial verb (English): "Stick a job in
for Thursday morning", "Chuck a catch-up with Mereana in for tomorrow arvo", "pop an eye
test in for Thursday", "can you throw that in my calendar", "bung it in the diary", "block out the same
time in my calendar, an hour, call it final checks".

``put_in(text)`` says the verb "put", which the calendar reads; other text is returned as it
was. The model had not read the others at all, or asked whether an alarm was meant.
"""

from __future__ import annotations

import re

_PUT = re.compile(
    r"\b(?:stick|chuck|pop|bung|slot|throw|whack|shove|squeeze|pencil)\b(?=\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:in\s+(?:for|on|my|the)\b|into\s+(?:my|the)\s+(?:calendar|diary)\b|"
    r"(?:on|in)\s+(?:my|the)\s+(?:calendar|diary)\b))", re.I)


# "put X in for Thursday": the calendar unsaid ("put the hearing test in for Thursday"; not
# a reminder, an alarm or a timer, nor "in for twenty minutes")
_IN_FOR_DAY = re.compile(
    r"^(?P<head>(?:(?:can|could|would) you\s+)?(?:please\s+)?put\s+"
    r"(?!(?:[\w'-]+\s+){0,5}?(?:alarm|reminder|timer)s?\b)(?:[\w'-]+\s+){1,8}?in)"
    r"\s+(?=for\s+(?:today|tonight|tomorrow|\w+day|the\s+\d{1,2}(?:st|nd|rd|th)|this\s+(?:morning|"
    r"afternoon|evening)|next\s+\w+day)\b(?:[^,;.]|(?<=\b[ap])\.(?=m\.))*\.?\s*$)", re.I)  # (one clause: "put a job in for
# Wednesday, 8am till 11, boiler service …" is read as it was)
# the calendar said as a heading, first or last: "Calendar. Flight to JFK, Sunday, 8:05
# a.m.", "Boston trip, Wednesday 6 a.m. through Saturday 8 p.m. Calendar."
_HEADING_FIRST = re.compile(r"^\s*(?:calendar|diary)\s*[.:]\s+(?P<what>\S.*?)\s*$", re.I)
_HEADING_LAST = re.compile(r"^\s*(?P<what>\S.*?\S)\s*[.,;]\s+(?:calendar|diary|in the calendar|"
                           r"in my calendar|in the diary)\s*[.!]?\s*$", re.I)
# an alarm or reminder said as a heading before when: "Alarm three hours before that."
_BARE_RELATIVE = re.compile(r"^\s*(?:and\s+)?(?:an?\s+)?(?P<kind>alarm|reminder)\s+(?=(?:[\w-]+\s+){1,3}"
                            r"(?:before|after|earlier|beforehand)\b)", re.I)


# time blocked out in the calendar and named: "And block out the same time in my calendar,
# an hour, call it final checks." (read as an event "block out" or not at all)
_BLOCK_OUT = re.compile(
    r"^(?P<lead>(?:(?:and|also|then|oh|so|ok|okay)[\s,]+)*(?:(?:can|could|would) you\s+)?"
    r"(?:please\s+)?)(?:block|mark|carve)\s+(?:out|off)\s+(?P<when>[^,.;]*?)\s*"
    r"(?:in|on|into)\s+(?:my|the)\s+(?:calendar|diary)(?P<rest>[^.;!?]*?)[,.]?\s*(?:and\s+)?"
    r"(?:call|name|label)\s+it\s+(?P<title>[^,.!?]+?)\s*[.!]*$", re.I)


def put_in(text: str) -> str:
    """``text`` with "stick … in for Thursday" said as "put … in for Thursday"; a heading
    "Calendar." said as "put … in the calendar"; "Alarm three hours before that" as "set
    an alarm …"."""
    block = _BLOCK_OUT.match(text.strip())
    if block is not None:
        when = re.sub(r"^(?:the\s+)?same\s+(?:time|slot)$", "at the same time", block["when"],
                      flags=re.I)
        text = f"{block['lead']}put {block['title']} in my calendar {when}{block['rest']}"
    for heading in (_HEADING_FIRST, _HEADING_LAST):
        m = heading.match(text)
        if m is not None and not re.match(r"(?:what|when|is|are|do|does|have|has|can|could|"
                                          r"would|will|how|which)\b", m["what"], re.I):
            what = re.sub(r"(?<![ap]\.m)[.!]+$", "", m["what"], flags=re.I)  # (not "p.m.")
            what += "." if re.search(r"\b[ap]\.m$", what, re.I) else ""
            text = f"put {what} in the calendar"
            break
    bare = _BARE_RELATIVE.match(text)
    if bare is not None:
        text = f"set {'an alarm' if bare['kind'].lower() == 'alarm' else 'a reminder'} " \
               f"{text[bare.end():]}"
    text = _PUT.sub("put", text)
    return _IN_FOR_DAY.sub(r"\g<head> the calendar ", text)
