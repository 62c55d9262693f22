"""When a calendar event ends, as said with it (English): a clock range ("from 2 till 5",
"12:30 to 1:30", "3 to 5pm", "between 2 and 4", "9-11 in the morning") or a length
("for an hour", "for 90 minutes", "for three days").

``said_span`` finds the words and reads them; ``Range.times`` picks the clock times
(am/pm taken from the other end when only one says it, "3 to 5pm" is 15:00–17:00, "11
to 1pm" 11:00–13:00). "ten to five" stays a clock time (4:50): without "from" or
"between", "N to M" is a range only when N cannot be minutes before an hour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from hark.nlu.normalize import normalize
from hark.text.en_words import WEEKDAYS

_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_MINUTES = {"o'clock": 0, "fifteen": 15, "thirty": 30, "forty five": 45, "forty-five": 45}
_HOUR = r"(?:\d{1,2}|" + "|".join(_NUMBER) + r")"
# "half 5" (British: 5:30), "half past 5", "quarter past 5", "quarter to 5"
_PAST = rf"(?:half(?:\s+past)?|quarter\s+(?:past|to))\s+{_HOUR}"
_CLOCK = (rf"(?:{_PAST}|\d{{1,2}}(?:[:.]\d{{2}})?|(?:" + "|".join(_NUMBER) + r")(?:\s+(?:o'clock|"
          r"fifteen|thirty|forty[- ]five))?|noon|midday|midnight)(?:\s*(?:am|pm|a\.m\.?|p\.m\.?))?")
_RANGE = re.compile(
    rf"(?<![\w:.])(?:(?P<pre>from|between)\s+)?(?:(?:at|about|around)\s+)?(?P<a>{_CLOCK})"
    # "from 7 in the evening till 11"
    r"(?P<apart>\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?"
    # its day between: "from 7pm Wednesday to 7:30am Thursday"
    rf"(?P<aday>\s+(?:on\s+)?(?:{WEEKDAYS}|today|"
    r"tomorrow)(?=\s+(?:to|till|til|until)\s))?"
    r"(?P<join>\s*(?:-|–|—)\s*|\s+(?:and\s+)?(?:to|till|til|'til|until)\s+"
    # "at 7 pm and goes on till 11", "at 9, finishes at 1"
    r"(?:(?:like|about|around|say|roughly)\s+)?|(?:\s+and|,)\s+(?:it\s+|it's\s+)?(?:goes on|runs|"
    r"lasts|carries on|finishes|ends|wraps up|is over|done)\s+(?:till|until|to|at|by|around)\s+"
    r"(?:(?:like|about|around|say|roughly)\s+)?|\s+and\s+)(?P<b>" + _CLOCK +
    r")(?P<part>\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night|\s+tonight|"
    # a night shift's end: "10 pm till six the next morning"
    r"\s+(?:the\s+)?(?:next|following)\s+morning)?"
    # the end's day, when the start's was said: "… to 7:30am Thursday"
    rf"(?(aday)(?:\s+(?:on\s+)?(?:{WEEKDAYS}|tomorrow)\b)?)"
    r"(?![\w:]|\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|people|of\b|%|st\b|nd\b|rd\b|"
    r"th\b|quid|pounds|dollars|euros))")
# minutes before an hour: "ten to five", "25 to 7" (a clock time, not a range)
_MINUTES_TO = {5, 10, 20, 25}
_LENGTH = re.compile(
    # "for half an hour", ", it'll take about half an hour", "it should last two hours"
    # ", 30 min" typed after the time
    r"(?:(?<!\w)(?:(?:for|lasting)(?:\s+(?:about|around|roughly|approximately|maybe|probably|"
    r"like))?|(?:(?:it'?ll|it will|it should|should|that'?ll|which will|it'?s going to|"
    r"it|and|that)\s+)?(?:take|takes|last|lasts|run|runs|goes|go on for|give it|allow)"
    r"(?:\s+(?:me|us))?"
    r"(?:\s+(?:about|around|roughly|maybe))?"
    # who comes, and the time they need: "and he will use about one hour", "she needs an hour"
    r"|(?:(?:and|but)\s+)?(?:he|she|they)(?:'ll|\s+will|\s+would|\s+should|\s+may|\s+might)?\s+"
    r"(?:need|needs|use|uses|spend|spends|stay|stays|be here for|be there for)"
    r"(?:\s+(?:about|around|roughly|maybe|probably|approximately))?"
    # "…, its about an hour and a half", "it'll only be twenty minutes"
    r"|(?:it'?s|it is|it'?ll be|it will be|it'?ll only be|that'?s)(?:\s+(?:only|just|about|"
    r"around|roughly|maybe|probably))+"
    # "…, it's an hour long"
    r"|(?:it'?s|it is|it'?ll be|it will be|that'?s)(?=\s+(?:an?|one|two|three|four|\d+|half|"
    r"forty-five|ninety|thirty)\b[\w\s-]{0,25}?\s+long\b))\s+|(?<=,)\s*(?:(?:about|around|roughly|"
    r"maybe|probably|approximately)\s+)?)(?P<d>(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|"
    r"\d+(?:\.\d+)?|half|and|a|couple|of|quarter|an|the)\s+)+(?:hours?|hrs?|minutes?|mins?|"
    r"days?|weeks?|nights?)(?:\s+and\s+(?:a\s+half|\d+\s+minutes?|a\s+quarter))?)(?!\w)"
    # (not a day: "for the day after tomorrow", ", the week after next")
    r"(?!\s+(?:after|before)\b)(?:\s+long\b)?")


# "a two-hour block", "a 30 minute call": the length said before what it is
_LONG = re.compile(
    r"(?<!\w)(?P<n>an?|one|two|three|four|five|six|\d+(?:\.\d+)?|half an?)[- ](?P<unit>hour|minute|"
    r"min)s?(?:[- ]long)?(?=\s+(?:block|slot|session|meeting|call|appointment|chat|catch[- ]up|"
    r"workout|lesson|class)\b)"
    # "a 45 minute yoga class": after "a", before what it is
    r"|(?<=\ba )(?P<n2>\d+(?:\.\d+)?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|"
    r"forty|forty-five|ninety)[- ](?P<unit2>hour|minute|min)s?(?:[- ]long)?(?=\s+[a-z])")


@dataclass(frozen=True)
class Clock:
    hour: int  # 0-23 as said ("5" is 5, "17:00" is 17)
    minute: int
    meridiem: str | None  # "am" | "pm" | None when not said

    def at(self, meridiem: str | None) -> time:
        h = self.hour
        if meridiem == "pm" and h < 12:
            h += 12
        elif meridiem == "am" and h == 12:
            h = 0
        return time(h, self.minute)


def _clock(words: str) -> Clock | None:
    w = words.strip().replace("a.m.", "am").replace("p.m.", "pm").rstrip(".")
    if w in ("noon", "midday"):
        return Clock(12, 0, "pm")
    if w == "midnight":
        return Clock(0, 0, "am")
    past = re.fullmatch(r"(half(?:\s+past)?|quarter\s+past|quarter\s+to)\s+(\S+)(?:\s*(am|pm))?", w)
    if past is not None:
        at = _clock(past.group(2) + (past.group(3) or ""))
        if at is None or at.hour > 12:
            return None
        if past.group(1).endswith("to"):
            return Clock((at.hour - 1) % 12 or 12, 45, at.meridiem)
        return Clock(at.hour, 15 if past.group(1).startswith("quarter") else 30, at.meridiem)
    m = re.fullmatch(r"(?P<h>\d{1,2}|[a-z]+)(?:(?:[:.](?P<m>\d{2}))|\s+(?P<mw>o'clock|fifteen|"
                     r"thirty|forty[- ]five))?\s*(?P<ap>am|pm|a\.m|p\.m)?", w)
    if m is None:
        return None
    hour = int(m["h"]) if m["h"].isdigit() else _NUMBER.get(m["h"])
    minute = int(m["m"]) if m["m"] else _MINUTES.get(m["mw"] or "o'clock", 0)
    if hour is None or hour > 23 or minute > 59:
        return None
    meridiem = m["ap"].replace(".", "") if m["ap"] else None
    if meridiem is not None and not 1 <= hour <= 12:
        return None
    if meridiem is None and m["h"].startswith("0") and len(m["h"]) == 2 and hour:
        meridiem = "am"  # "06:00": a 24-hour clock's morning
    return Clock(hour, minute, meridiem if hour <= 12 else None)


@dataclass(frozen=True)
class Range:
    """Two clock times said as an event's start and end."""

    start: Clock
    end: Clock
    part: str | None  # "morning" | "afternoon" | "evening" | "night" after the end

    def times(self, evening: bool = False) -> tuple[time, time]:
        """The start and end (the end may be the next day's: compare with the start).
        ``evening``: what happens is an evening's ("drinks from 8 till 11" is PM)."""
        a, b = self.start, self.end
        end_meridiem = b.meridiem or ({"morning": "am"}.get(self.part, "pm")
                                      if self.part else None)
        if end_meridiem == "am" and b.meridiem is None and b.hour == 12:
            end_meridiem = "pm"  # "11 till 12 in the morning": till noon
        if a.meridiem is not None or a.hour > 12 or a.hour == 0:
            start = a.at(a.meridiem)
        elif end_meridiem is not None and b.hour <= 12:
            start = a.at(end_meridiem)
            if _minutes(start) >= _minutes(b.at(end_meridiem)):  # "11 to 1pm"
                start = a.at("am" if end_meridiem == "pm" else "pm")
        elif b.hour > 12 and a.hour < 12:  # "6:00 to 14:00": a 24-hour clock's, both
            start = a.at("am")
        elif not evening and 6 <= a.hour <= 7 and 1 <= b.hour < a.hour:
            start = a.at("am")  # "the market stall, 7 till 1": over noon, not midnight
        else:  # working hours: "from 2 till 4" is the afternoon, "9 to 11" the morning
            start = a.at("pm" if evening or 1 <= a.hour <= 7 or a.hour == 12 else "am")
        if b.hour > 12 or b.hour == 0:
            return start, b.at(None)
        if end_meridiem is not None:
            return start, b.at(end_meridiem)
        # the first time with that hour after the start: "2 until 5" is 5 PM
        for meridiem in ("am", "pm"):
            end = b.at(meridiem)
            if _minutes(end) > _minutes(start):
                return start, end
        return start, b.at("am")

    def ok(self) -> bool:
        if (self.start.hour % 12, self.start.minute) == (self.end.hour % 12, self.end.minute) \
                and not (self.start.meridiem and self.end.meridiem
                         and self.start.meridiem != self.end.meridiem):
            return False  # "a 1 to 1 with Sam" (but "8pm till 8am" is a night shift)
        start, end = self.times()
        span = (_minutes(end) - _minutes(start)) % (24 * 60)
        return 0 < span <= 16 * 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@dataclass(frozen=True)
class Said:
    """What was said about an event's span, and where (offsets in the text given)."""

    range: Range | None
    length: timedelta | None
    at: tuple[int, int]
    # what to read in the words' place for the start ("at 11" for "from 11 till 3": the
    # day said with it stays a day and a time, "Saturday at 11")
    instead: str = ""


def said_span(text: str) -> Said | None:
    """The first clock range or length said in ``text`` (lower-cased English)."""
    for m in _RANGE.finditer(text):
        a, b = _clock(m["a"]), _clock(m["b"])
        if a is None or b is None:
            continue
        join = m["join"].strip()
        if join == "and" and m["pre"] != "between":
            continue
        if join == "to" and m["pre"] is None and a.meridiem is None and ":" not in m["a"] \
                and "." not in m["a"] and (a.hour in _MINUTES_TO or (
                    not m["a"][0].isdigit() and not (b.minute == 0 and 0 < b.hour - a.hour <= 3
                                                     and m["b"].strip().isalpha()))):
            continue  # "ten to five", "20 to 7": a clock time ("two to three": 2–3)
        part = m["part"].split()[-1] if m["part"] else None
        if m["apart"] and a.meridiem is None and 1 <= a.hour <= 12:  # "7 in the evening"
            a = Clock(a.hour, a.minute, "am" if m["apart"].split()[-1] == "morning" else "pm")
        found = Range(a, b, "night" if part == "tonight" else part)
        if found.ok():
            return Said(found, None, m.span(), f"at {m['a']}{m['aday'] or ''}")
    for m in _LENGTH.finditer(text):
        v = normalize("duration", m["d"].replace("nights", "days").replace("night", "day"),
                      datetime.now(UTC), "en")
        if v is not None and v.get("kind") == "duration" and 0 < v["seconds"] <= 31 * 86400:
            return Said(None, timedelta(seconds=v["seconds"]), m.span())
    for m in _LONG.finditer(text):
        v = normalize("duration", f"{m['n'] or m['n2']} {m['unit'] or m['unit2']}s",
                      datetime.now(UTC), "en")
        if v is not None and v.get("kind") == "duration" and 0 < v["seconds"] <= 86400:
            return Said(None, timedelta(seconds=v["seconds"]), m.span())
    return None
