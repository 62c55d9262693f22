"""A number corrected in the same breath (English): "set a timer for 8 minutes, no wait,
9 minutes" is a 9-minute timer; "remind me at 6 to call mum, no, 7" is at 7; "set an
alarm for 7, actually make it 7:30" is for 7:30.

``corrected(text)`` returns ``text`` with the last number said before the correction
replaced by the one after it (its unit kept when the correction says none), or ``text``
unchanged when it holds no such correction.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:\d{1,2}[:.]\d\d|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half past \w+|"
           r"quarter (?:past|to) \w+)")
_UNIT = (r"(?:\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|am|pm|a\.m\.|p\.m\.|o'clock|"
         r"in the (?:morning|evening|afternoon)))")
_CORRECTION = re.compile(
    rf"^(?P<head>.*\b)(?P<old>{_NUMBER})(?P<unit>{_UNIT})?(?P<rest>[^,.;]*?)\s*[,.;]?\s+"
    r"(?:(?:no|nope|wait|sorry|oops|actually|i mean|scratch that|oh no|hang on|hold on)"
    r"[\s,.]+)+"
    r"(?:(?:make (?:that|it)|change (?:that|it) to|let's say|say)\s+)?"
    rf"(?P<new>{_NUMBER})(?P<newunit>{_UNIT})?\s*(?:instead|please)?\s*"
    r"(?P<more>[,;]\s*(?:and|then|also)\s+.*|[.!]?)$", re.I)


def corrected(text: str) -> str:
    """``text`` with a number corrected in the same breath put right."""
    m = _CORRECTION.match(text)
    if m is None:
        return text
    unit = m.group("newunit") or m.group("unit") or ""
    more = m.group("more") if m.group("more").strip(" .!") else ""
    return f"{m.group('head')}{m.group('new')}{unit}{m.group('rest')}{more}".strip()
