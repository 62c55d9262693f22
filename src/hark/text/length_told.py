"""How long a thing lasts, told after the request as a remark (English): "Add the PTA
planning meeting on Wednesday at 7 pm, it's an hour.", "Put the valuation call in for
Wednesday at 4, it should take about half an hour", "…, it lasts 90 minutes".

``length_told(text)`` says the length as part of the request (", for an hour"); other text
is returned as it was. Before, the remark became part of the event's title ("PTA planning
meeting on it's an hour") and the event had no end.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty(?:-| )five|"
           r"forty|fifty|sixty|ninety|a couple of|\d+(?:[.,]\d+)?)")
LENGTH = (rf"(?:half an? hour|an hour and a half|(?:{_NUMBER}\s*-?\s*(?:hours?|hrs?|minutes?|"
           r"mins?)(?:\s+and a half)?))")
_TOLD = re.compile(
    r"(?P<ask>.+?)\s*[,;]\s*(?:(?:and|so)\s+)?(?:it|that|the \w+|this one)?\s*(?:'s|'ll be|is|"
    r"will be|lasts|should last|should take|takes|will take|'ll take|should be|runs|goes on "
    r"for|only goes on for|runs for)\s+(?:(?:only|just|about|around|roughly|probably|maybe|"
    rf"meant to be|supposed to be)\s+)*(?P<length>{LENGTH})(?:\s+long)?(?:\s+or so)?"
    r"\s*[.!]*$", re.I)
# the request already says how long: "…for two hours, it's an hour really" is left alone
_HAS_LENGTH = re.compile(rf"\b(?:for|till|until|to|-)\s+(?:{LENGTH}|\d)", re.I)


def length_told(text: str) -> str:
    """``text`` with a length told after it said as "for <length>", or ``text``."""
    m = _TOLD.fullmatch(text.strip())
    if m is None or _HAS_LENGTH.search(m["ask"]) or "?" in m["ask"]:
        return text
    return f"{m['ask'].rstrip(' ,.')}, for {m['length']}."
