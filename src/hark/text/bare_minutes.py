"""Minutes said without "minutes" when time is added to or taken off a timer (English):
"take 3 off the pasta" is "take 3 minutes off the pasta" (it had cancelled the pasta
timer), "add 5 more to the laundry", "give the rice another 2".

``with_minutes(text)`` returns ``text`` with "minutes" after such a number, or ``text``
unchanged. A number put on a list or in the calendar is left alone.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS

_NUM = (rf"(?:\d{{1,3}}|{HOUR_WORDS}|fifteen|"
        r"twenty|thirty|forty|forty-five|fifty|sixty|ninety)")
_NOT_TIME = r"(?!\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|%|percent|degrees?|o'clock|am|pm))"
# (a timer may be named after what it times: "take 3 off the eggs timer")
_KEPT = (r"(?!.*\b(?:lists?|calendar|diary|alarms?|reminders?|items?)\b)"
         r"(?!(?!.*\btimers?\b).*\b(?:eggs|apples|bottles?|cans?|packs?)\b)")
_BARE = re.compile(
    # "take 3 off the pasta", "add 5 more to the laundry", "put another 2 on it"
    rf"^(?=.*\b(?:to|on|onto|off|from)\s+(?:the|my|that|it)\b){_KEPT}"
    rf"(?P<head>.*?\b(?:add|put|take|knock|shave|stick)\s+(?:another\s+|an extra\s+|a further\s+)?"
    rf"(?P<n>{_NUM}){_NOT_TIME}(?:\s+(?:more|extra))?)(?P<tail>\s+(?:to|on|onto|off|from)\b.*)$"
    # "give the rice another 2", "give it 5 more"
    rf"|^{_KEPT}(?P<head2>.*?\bgive\s+(?:it|that|the\s+[\w'-]+(?:\s+timer)?)\s+"
    rf"(?:another\s+|an extra\s+|a further\s+)?(?P<n2>{_NUM}){_NOT_TIME}"
    r"(?:\s+(?:more|extra))?)(?P<tail2>\s*(?:[,.!?].*)?)$", re.I)


def with_minutes(text: str) -> str:
    """``text`` with "minutes" after a number of minutes said bare (see the module)."""
    m = _BARE.match(text.strip())
    if m is None:
        return text
    if m["head"] is not None:
        return f"{m['head']} minutes{m['tail']}"
    return f"{m['head2']} minutes{m['tail2']}"


# another timer's length said as a bare number: "and another for fifteen for the two
# spaniels" (after a timer)
_ANOTHER_FOR = re.compile(
    r"^((?:and\s+|oh\s+|och\s+|right\s+)*(?:another|one more)(?:\s+one)?\s+for\s+(?:\d{1,3}|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|"
    r"forty|forty-five|fifty|sixty|ninety))\b(?!\s*(?:more\s+)?(?:minutes?|mins?|seconds?|secs?|"
    r"hours?|hrs?|and a half|[.:]\d))", re.I)


def another_in_minutes(text: str) -> str:
    """``text`` ("and another for fifteen …", said right after a timer) with "minutes"
    after its bare number."""
    return _ANOTHER_FOR.sub(r"\1 minutes", text.strip(), count=1)
