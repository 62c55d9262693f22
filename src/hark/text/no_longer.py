"""An item said to be no longer needed (English): "I don't need bananas on the shopping list
any more", "we don't need eggs anymore", "no need for the bread on the list now" — as
"take bananas off the shopping list". An alarm or reminder said so is deleted, also after
a story and before "could you take it off": "… so I won't be needing that reminder on
Thursday. Could you take it off for me?" → "delete the reminder on Thursday".

``no_longer_needed(text)`` returns the removal, or ``text`` unchanged.
"""

from __future__ import annotations

import re

_NOT_NEEDED = re.compile(
    r"^(?:(?:oh|actually|right|so|ok|okay)[,\s]+)*(?:(?:i|we)\s+(?:don'?t|do not|no longer|won'?t|"
    r"will not)\s+need|there's no need for|no need for)\s+(?P<thing>.+?)"
    r"(?:\s+(?:on|from|in)\s+(?P<list>(?:the|my|our)\s+(?:[\w-]+\s+)?list))?"
    r"\s+(?:any ?more|now|after all|this week)"
    # and why, said after ("…, my mum gave us a dozen", "… since we've got loads"), not
    # another request ("…, and add cheese")
    r"(?:\s*[,;:–—](?!\s*(?:and|but|then|also|plus|please|so|can|could|would|will|add|put|"
    r"set|remind|cancel|delete|remove|take|move|make|turn|tell|what|when|how|is|are|do)\b)"
    r"\s*[^,;:]+|\s+(?:as|because|since|cos|'cause)\s+[^,;:]+)?[.!]?$", re.I)
_KEPT_ELSEWHERE = re.compile(r"\b(?:alarms?|reminders?|timers?|meetings?|appointments?|events?|"
                             r"calendar|lights?|heating|umbrella|coat|jacket)\b", re.I)


# an alarm or reminder said not needed, after a story and before "could you take it off":
# "… so I won't be needing that reminder on Thursday. Could you take it off for me?"
_NOT_NEEDING_KEPT = re.compile(
    r"\b(?:i|we)\s+(?:won'?t|will not|don'?t|do not|no longer)\s+(?:be\s+)?need(?:ing)?\s+"
    r"(?P<thing>(?:that|the|my|this)\s+(?:[\w:'-]+\s+){0,3}?(?:reminder|alarm)"
    r"(?:\s+(?:on|for)\s+(?:today|tonight|tomorrow|\w+day))?)\b"
    r"(?:\s+(?:any ?more|now|after all|this week))?"
    r"(?:[.,;!]?\s*(?:(?:so|please|could you|can you|would you)\s+)*(?:take|cancel|delete|remove|"
    r"get rid of|scrap|bin|ditch|drop|kill)\s+(?:it|that)(?:\s+off)?(?:\s+for me)?(?:\s+please)?)?"
    # the end, or another request after it ("…, bin it, and remind me at 8 to …")
    r"(?:\s*[.!?]*$|\s*[,;.]?\s+(?P<rest>(?:and|then|also|plus)\s+\S.*)$)", re.I)


def no_longer_needed(text: str) -> str:
    """``text`` as the removal of an item no longer needed."""
    from hark.dialogue.compound import opens_request

    said = text.strip()
    kept = _NOT_NEEDING_KEPT.search(said)
    if kept is not None:
        rest = f", {kept['rest']}" if kept["rest"] else ""
        removal = "delete " + re.sub(r"^(?:that|this)\b", "the", kept["thing"], flags=re.I) + rest
        head = re.sub(r"[\s,;]*(?:and|so)?\s*$", "", said[:kept.start()], flags=re.I)
        if head and opens_request(head, False):  # a request before it, kept: "Add a carol
            return f"{head}, and {removal}"  # service on Sunday …, and I don't need …"
        return removal
    m = _NOT_NEEDED.match(text.strip())
    if m is None or _KEPT_ELSEWHERE.search(m["thing"]):
        return text
    return f"take {m['thing']} off {m['list'] or 'the list'}"
