"""A request called off in the same breath (English): "Remind me to buy stamps tomorrow at
12, oh, forget it, I've already got a book of them.", "Put wrapping paper on the shopping
list. Actually, don't bother, I've just found a roll in the loft.", "set an alarm for 6,
actually never mind" — nothing is done.

Read as said, the request was carried out and the rest became part of it ("remind you to
buy stamps … oh forget it i've already got a book of them"). ``called_off(text)`` returns
"never mind" for a request called off with nothing asked after it, and ``text`` unchanged
otherwise (a request said after it is a correction, read as one).
"""

from __future__ import annotations

import re

# the request, then (after a mark) the words that call it off, alone before a mark or the end
_CALLED_OFF = re.compile(
    r"^(?P<asked>\S.{6,}?)\s*(?:[,.;!]|\s[-–—])\s*(?:(?:oh|ah|um|erm|no|nah|wait|actually|"
    r"sorry|hang on|hmm|on second thoughts?|you know what)[\s,.!]+)*"
    r"(?P<off>forget it|forget that|never ?mind|don't bother|do not bother|scratch that|"
    r"cancel that|don't worry about it|leave it)(?=\s*(?:[,.;!?]|\s[-–—]|$))(?P<rest>.*)$",
    re.I)

# a change of what was called off said after it: "… forget that, set it for 7:30"
_POINTS_BACK = re.compile(r"(?:make|set|change|move|put|push|do)\s+(?:it|that|one)\b", re.I)


def called_off(text: str) -> str:
    """``text`` without a request it calls off (see the module)."""
    from hark.dialogue.compound import opens_request

    m = _CALLED_OFF.match(text.strip())
    if m is None or not opens_request(m["asked"], False):
        return text
    rest = m["rest"].strip(" ,.;!-–—")
    rest = re.sub(r"^(?:(?:and|just|instead|actually|so)\s+)+", "", rest, flags=re.I)
    asks_more = rest and (opens_request(rest, False) or _POINTS_BACK.match(rest))
    return text if asks_more else "never mind"
