"""A thing one has run out of, then "add that" (English): "Oh and we're out of loo roll an'
all, add that too.", "We've run out of teabags, stick them on the list", "I'm nearly out
of washing powder, so add it please" — said as the shopping list's own request ("add loo
roll to the shopping list").

Read as said, the "that" leaned on whatever was talked about before (a timer just set), or
on nothing, and the turn was not understood. A list named in the request ("add it to the
to-do list") is kept.

``run_out(text)`` returns the request, or ``text`` unchanged.
"""

from __future__ import annotations

import re

_RUN_OUT = re.compile(
    r"^(?P<lead>(?:(?:oh|ah|and|right|so|also|cheers|thanks)[\s,.!]+)*)"
    r"(?:we're|we are|i'm|i am|we've|i've|we have|i have)\s+(?:all\s+|nearly\s+|almost\s+|just\s+)?"
    r"(?:out of|run out of|ran out of|running (?:low on|out of)|low on)\s+"
    r"(?P<item>[^,.;!?]+?)(?:\s+(?:an' all|and all|as well|too|again))?\s*[,.;]\s*"
    r"(?:(?:so|then|can you|could you|please|just)\s+)*(?:add|put|stick|pop|write)\s+"
    r"(?:that|it|them|those|some)(?P<where>\s+(?:on|to|onto)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:[\w-]+\s+)?list)?(?:\s+(?:too|as well|an' all|and all|please|for me))*\s*[.!]?$",
    re.I)


def run_out(text: str) -> str:
    """``text`` as "add <the thing> to <the list>" when it tells what one has run out of and
    then asks to add "that" (see the module)."""
    m = _RUN_OUT.match(text.strip())
    if m is None:
        return text
    where = m["where"].strip() if m["where"] else "to the shopping list"
    return f"add {m['item'].strip()} {where}"
