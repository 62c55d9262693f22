"""A reminder moved by a length of time, said another way (English): "snooze the Saturday
reminder by 2 hours" → "push the Saturday reminder back 2 hours"; "remind me about the bins
half an hour earlier" → "move the bins reminder half an hour earlier".

An alarm is never snoozed here: "snooze my alarm" is said to one that is ringing.

``shifted(text)`` returns the move, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS

_AMOUNT = (rf"(?:(?:\d+|a|an|{HOUR_WORDS}|fifteen|twenty|thirty|forty(?:-five)?|forty five|"
           r"ninety|a couple of|a few|half an?|another|an extra|(?:a )?quarter of an)\s+"
           r"(?:more\s+|extra\s+)?(?:minutes?|mins?|hours?|hrs?|days?)"
           r"(?:\s+and\s+a\s+half)?|half an hour|an hour and a half|a bit|a little)")
_ASK = r"(?P<ask>(?:(?:please|can you|could you|would you|just)\s+)*)"
_SNOOZE = re.compile(
    rf"^{_ASK}snooze\s+(?P<what>(?:the|my|that|this)\s+(?!.*\balarms?\b)[\w' -]{{1,40}}?)"
    rf"\s+(?:by|for)\s+(?P<amount>{_AMOUNT})(?P<rest>\s*(?:please)?\s*[.!?]?)$", re.I)
_REMIND_SHIFT = re.compile(
    rf"^{_ASK}remind me\s+(?:about|of)\s+(?P<what>(?:the|my)\s+[\w' -]{{1,40}}?)"
    rf"\s+(?P<amount>{_AMOUNT})\s+(?P<way>earlier|later|sooner)"
    r"(?P<rest>\s*(?:please|instead|than that)?\s*[.!?]?)$", re.I)


def _reminder(what: str) -> str:
    what = what.strip()
    return what if re.search(r"\breminders?\b", what, re.I) else f"{what} reminder"


def shifted(text: str) -> str:
    m = _SNOOZE.match(text.strip())
    if m is not None:
        return f"{m['ask']}push {_reminder(m['what'])} back {m['amount']}{m['rest']}"
    m = _REMIND_SHIFT.match(text.strip())
    if m is not None:
        way = "earlier" if m["way"].lower() == "sooner" else m["way"]
        return f"{m['ask']}move {_reminder(m['what'])} {m['amount']} {way}{m['rest']}"
    return text
