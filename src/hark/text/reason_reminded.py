"""A reminder asked for a thing told just before it (English): "Bryn's due his worming
tablet every Sunday, see, so could you give me a nudge about it at half past nine on Sunday
mornings?", "The tomatoes want a drink on those days, so chuck in a reminder for half four",
"I'm doing my own B12 injection now. Remind me on Wednesdays and Saturdays at seven in the
evening, please."

The request names nothing to be reminded of (nothing, or "about it"); the thing is the
sentence told before it. ``reminded_of_reason(text)`` says the request with that thing
("remind me about Bryn's due his worming tablet at half past nine on Sunday mornings"), or
returns ``text`` unchanged. Before, the reminder's words were "in" or "on", or the request
was not understood.
"""

from __future__ import annotations

import re

from hark.text.en_words import WEEKDAYS

_ASK = (r"(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:remind me|give me a (?:nudge|shout|"
        r"reminder|heads[- ]up)|chuck in a reminder|pop in a reminder|put in a reminder|"
        r"stick in a reminder|set (?:up )?a reminder|add a reminder|make a reminder)"
        r"(?:\s+(?:about|of|for)\s+(?:it|that|them|this))?")
_TOLD_THEN = re.compile(
    rf"^(?P<told>[^.?!]{{8,140}}?)(?:,\s*(?:see|like|you know|yeah))?\s*(?:,\s*|\s+)(?:and\s+)?so\s+"
    rf"(?P<ask>{_ASK})(?P<when>\s[^.?!]*)?[.?!]*$", re.I)
_TOLD_FIRST = re.compile(rf"^(?P<told>[^.?!]{{8,140}})[.!]\s+(?P<ask>{_ASK})(?P<when>\s[^.?!]*)?"
                         r"[.?!]*$", re.I)
# what the request may say besides when: no thing of its own ("to …", "that …")
_OWN_THING = re.compile(r"\b(?:to|that|about|of)\s+(?!it\b|that\b|them\b)\w", re.I)
# the day and repeat words of what was told, and the words around it
_DAYS = re.compile(rf"\s*,?\s*\b(?:(?:on|every|each)\s+)?(?:(?:{WEEKDAYS})s?(?:\s*,\s*|\s+and\s+|"
                   rf"\s+)?)+", re.I)
_AROUND = re.compile(r"\b(?:now|see|these days|at the moment)\b|^(?:g'day|okay|ok|right|so|well)"
                     r"[\s,.!]+", re.I)
_GREETING = re.compile(r"^(?:g'day|hi|hello|hey|okay|ok|right|morning|evening|good (?:morning|"
                       r"evening|afternoon))\b[\s,.!]+", re.I)
# the thing told names something to do or take, not a plain remark ("it's cold")
_THING = re.compile(r"\b(?:due|needs?|wants?|want a drink|takes?|doing|take|have to|has to|got to|goes on|go "
                    r"on|injection|tablets?|pills?|drops|medicine|meds|dose)\b", re.I)


def reminded_of_reason(text: str) -> str:
    """``text`` with a reminder asked for the thing told before it named in it."""
    said = _GREETING.sub("", text.strip())
    m = _TOLD_THEN.match(said) or _TOLD_FIRST.match(said)
    if m is None or not _THING.search(m["told"]):
        return text
    when = (m["when"] or "").strip(" ,")
    if _OWN_THING.search(when) or re.search(r"\b(?:alarm|timer|list)\b", when, re.I):
        return text
    # the repeat told goes with the request when it says none ("… every Sunday, so … at
    # half past nine on Sunday mornings")
    every = next((d.group(0).strip(" ,") for d in _DAYS.finditer(m["told"])
                  if re.match(r"(?:every|each)\b", d.group(0).strip(" ,"), re.I)), "")
    if every and not re.search(r"\b(?:every|each|daily)\b", when, re.I):
        when = f"{every} {when}"
    when = re.sub(r"^for\s+(?=half|quarter|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"eleven|twelve)", "", when, flags=re.I)  # "a reminder for half four"
    told = _AROUND.sub(" ", _DAYS.sub(" ", m["told"])).strip(" ,")
    told = re.sub(r"\s{2,}", " ", told)
    if len(told.split()) < 2 or re.search(r"\b(?:it|that|they|them)\b", told, re.I):
        return text
    need = _NEED.match(told)
    if need is not None:  # "I need to ring the vet": the errand
        return f"remind me to {told[need.end():]} {when}".strip()
    return f"remind me about {told} {when}".strip()


# the speaker's need first: what follows is the errand
_NEED = re.compile(r"(?:so\s+|oh\s+)?(?:i(?:'ve| have)? (?:got|need) to|i have to|i must|i should|"
                   r"i'm supposed to)\s+(?=\w)", re.I)
