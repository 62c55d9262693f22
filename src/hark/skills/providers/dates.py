"""Turning date phrases into dates: the NLU's normalised value when it has one, else a
small parser for the phrases people use with an assistant ("tomorrow", "on friday",
"this weekend", "in 3 weeks", "christmas", "march 10th")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from hark.nlu.normalize.dates import add_months, easter, nth_weekday
from hark.skills.providers.slots import clean, words_to_digits
from hark.text import en_words
from hark.types import Slot

WEEKDAYS = tuple(en_words.WEEKDAYS.split("|"))
MONTHS = tuple(en_words.MONTHS.split("|"))
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
# a word that names a day ("Saturday's alarm", "my reminder on the fifth", "tomorrow's
# meeting"): only words with one make the skills look for a date ("my 9 alarm" is no 9th)
DAY_WORDS = re.compile(r"\b(?:today|tonight|tomorrow|\w+day|\d+(?:st|nd|rd|th)|\w+th|first|"
                       r"second|third|week|weekend|" + "|".join(MONTHS) + r")\b")
# the "to" of a clock said in words: "quarter to seven", "ten to 7" (not "from five to six")
_CLOCK_TO = re.compile(r"(?<!\bfrom )\b(?:quarter|ten|five|twenty|twenty[- ]five)\s+(to)\s+"
                       rf"(?=(?:{en_words.HOUR_WORDS}|"
                       r"\d{1,2})\b)")
_TO = re.compile(r"\bto\s+")


def moves_to(said: str, pos: int = 0, words: re.Pattern[str] = _TO) -> list[re.Match[str]]:
    """The matches of ``words`` ("to" by default) in ``said`` from ``pos`` that are no
    clock's "to" ("move the bins reminder to quarter to seven": the first only)."""
    clock = {m.start(1) for m in _CLOCK_TO.finditer(said)}
    return [m for m in words.finditer(said, pos) if m.start() not in clock]


# (not "the day after tomorrow", "the day before Friday": one day)
_BEFORE_AFTER_DAY = re.compile(r"(?<!\bday )\b(before|after|until|till|by)\s+(?:this\s+)?(today|tomorrow|"
                               rf"{en_words.WEEKDAYS})\b"
                               r"(?!\s+(?:at|morning|afternoon|evening|night)\b)")


_BETWEEN_DAYS = re.compile(rf"\b(?:between|from)\s+(today|tomorrow|now|{en_words.WEEKDAYS})"
                           r"\s+(?:and|to|till|until|through)\s+(?:the end of\s+)?(today|tomorrow|"
                           rf"{en_words.WEEKDAYS})\b"
                           r"(?!\s+(?:at|morning|afternoon|evening|night)\b)")


def _next_day(word: str, today: date, *, not_today: bool = False) -> date:
    """The day "today", "tomorrow" or a weekday names: the weekday's next, today itself
    unless ``not_today`` ("before Friday" said on a Friday is next Friday)."""
    if word in ("today", "tomorrow"):
        return today + timedelta(days=0 if word == "today" else 1)
    ahead = (WEEKDAYS.index(word) - today.weekday()) % 7
    return today + timedelta(days=ahead or (7 if not_today else 0))


@dataclass(frozen=True)
class DaysAsked:
    """The days an English question asks about beyond one day: every day of ``span``, or
    only the ``days`` named one by one ("on Tuesday and Friday": not Wednesday)."""

    span: tuple[date, date]
    days: frozenset[date] | None = None

    def holds(self, day: date) -> bool:
        if self.days is not None:
            return day in self.days
        return self.span[0] <= day <= self.span[1]


def _from_to(start: date, end: date) -> DaysAsked:
    """Every day from ``start`` to ``end``, the next week's ``end`` when it comes first
    ("from Friday to Monday")."""
    return DaysAsked((start, end if end >= start else end + timedelta(days=7)))


def _onwards(day: date) -> DaysAsked:
    """"From Thursday onwards": eight weeks from ``day``."""
    return DaysAsked((day, day + timedelta(days=55)))


def _after(day: date) -> DaysAsked:
    """"After Tuesday": eight weeks from the day after ``day``."""
    return DaysAsked((day + timedelta(days=1), day + timedelta(days=56)))


def _before(day: date, today: date) -> DaysAsked | None:
    """"Before Friday": from ``today`` to the day before ``day`` (None if that is today)."""
    return DaysAsked((today, day - timedelta(days=1))) if day > today else None


_A_DAY = rf"(?:today|tomorrow|{en_words.WEEKDAYS})"
# a range without "from": "Wednesday through Friday", "fri thru sat" (shorthand spells the days out)
_THROUGH_DAYS = re.compile(rf"\b({_A_DAY})\s+(?:through|thru)\s+({_A_DAY})\b")
# "from Thursday onwards", "from Wednesday on", "Friday onwards", "from tomorrow forward"
_ONWARDS = re.compile(rf"\b(?:from\s+(?:this\s+)?({_A_DAY})\s+(?:on|onwards?|forwards?)"
                      rf"|({_A_DAY})\s+onwards?)\b")
# two or more days named one by one: "on Tuesday and Friday", "Wednesday or Saturday",
# "thursday, friday and saturday" (commas are gone from the cleaned text: "thursday friday
# and saturday")
_LINK = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|\+|n)\s+|\s+)(?:also\s+)?(?:on\s+|for\s+)?"
_DAY_LIST = re.compile(rf"\b({_A_DAY})\b(?:'s)?((?:{_LINK}(?:next\s+)?{_A_DAY}\b(?:'s)?)+)")
_LISTED_DAY = re.compile(rf"\b(next\s+)?({_A_DAY})\b")


def days_asked(text: str, today: date) -> DaysAsked | None:
    """The days an English question names beyond one day, None when it names no more:

    * "between Wednesday and Sunday", "from Tuesday to Thursday", "Wednesday through
      Friday": every day from the first to the second;
    * "before Friday": from today to the day before it; "after Tuesday": the next eight
      weeks from the day after it; "from Thursday onwards": the same from Thursday;
    * "on Tuesday and Friday", "Wednesday or Saturday", "thursday, friday and saturday":
      those days only.
    """
    said = clean(text)
    between = _BETWEEN_DAYS.search(said) or _THROUGH_DAYS.search(said)
    if between is not None:
        first = "today" if between.group(1) == "now" else between.group(1)  # "between now
        # and the end of Sunday"
        return _from_to(_next_day(first, today), _next_day(between.group(2), today))
    onwards = _ONWARDS.search(said)
    if onwards is not None:
        return _onwards(_next_day(onwards.group(1) or onwards.group(2), today))
    listed = _DAY_LIST.search(said)
    if listed is not None:
        days = {_next_day(w, today, not_today=bool(nxt))  # "Sunday or next Monday"
                for nxt, w in _LISTED_DAY.findall(listed.group(0))}
        if len(days) > 1:
            return DaysAsked((min(days), max(days)), frozenset(days))
    m = _BEFORE_AFTER_DAY.search(said)
    if m is None:
        return None
    day = _next_day(m.group(2), today, not_today=True)
    return _after(day) if m.group(1) == "after" else _before(day, today)


# between two days the finder of another language found: a range ("von Dienstag bis
# Donnerstag", "du mardi au jeudi", "del martes al jueves", "da martedì a giovedì") or a
# list ("am Mittwoch und am Samstag", "mercredi ou samedi", "el martes y el jueves",
# "martedì e giovedì")
_RANGE_LINK = re.compile(r"\s*(?:bis(?:\s+(?:zum|einschließlich))?|au|à|jusqu'(?:au|à)|al|"
                         r"hasta(?:\s+el)?|a|fino\s+a|-|–)\s*", re.IGNORECASE)
_LIST_LINK = re.compile(r"\s*,?\s*(?:(?:und|oder|sowie|et|ou|y|o|e|oppure)\s+)?"
                        r"(?:(?:am|an|le|el|il|lo|la|de|du|del|di)\s+)?", re.IGNORECASE)
_ARTICLE = r"(?:(?:dem|den|am|le|el|il|lo|la|del|dal)\s+)?"
# said before the first of two days: the days between them ("zwischen Dienstag und
# Donnerstag", "entre mardi et jeudi", "entre el martes y el jueves", "tra martedì e giovedì")
_BETWEEN_WORD = re.compile(rf"\b(?:zwischen|entre|tra|fra)\s+{_ARTICLE}$", re.IGNORECASE)
# said before one day: from it on, after it, before it ("ab Donnerstag", "à partir de
# jeudi", "a partir del jueves", "da giovedì in poi"; "nach …", "après …", "después del …",
# "dopo …"; "vor …", "avant …", "antes del …", "prima di …")
_FROM_WORD = re.compile(rf"\b(?:ab|à partir d[eu]|a partir del?|desde|dal?)\s+{_ARTICLE}$",
                        re.IGNORECASE)
_IN_POI = re.compile(r"\s+(?:in poi|an|en adelante)\b", re.IGNORECASE)
_AFTER_WORD = re.compile(rf"\b(?:nach|après|despu[eé]s del?|dopo)\s+{_ARTICLE}$", re.IGNORECASE)
_BEFORE_WORD = re.compile(rf"\b(?:vor|avant|antes del?|prima di)\s+{_ARTICLE}$",
                          re.IGNORECASE)
# up to one day from today: "bis Sonntag", "d'ici dimanche", "jusqu'à dimanche", "hasta el
# domingo", "da qui a domenica", "fino a domenica"
UNTIL_DAY = re.compile(rf"(?:\bbis(?:\s+(?:zum|einschließlich))?|\bd'ici|\bjusqu'(?:au|à)|"
                       rf"\bhasta(?:\s+el)?|\bda qui a|\bda oggi a|\bfino a|\bentro)\s+"
                       rf"{_ARTICLE}$", re.IGNORECASE)


def days_in_slots(text: str, slots: Sequence[Slot], today: date) -> DaysAsked | None:
    """Several days a question in German, French, Spanish or Italian names, read from the
    single days its date finder found in ``text``: linked by "und", "et", "y", "e" (or
    "oder", "ou", "o") those days only, by "bis", "au", "al", "a" every day from the first
    to the second, or by "zwischen", "entre", "tra" said before them; one day after "ab",
    "à partir de", "a partir del", "da … in poi" onwards, after "nach", "après",
    "después del", "dopo" the days after it, after "vor", "avant", "antes del", "prima di"
    those before it from ``today``, after "bis", "d'ici", "hasta el", "da qui a" those up to it
    from ``today``; None otherwise."""
    found = sorted((s for s in slots if s.name == "date" and isinstance(s.value, dict)
                    and s.value.get("kind") == "date" and s.start is not None
                    and s.end is not None), key=lambda s: s.start or 0)
    if not found:
        return None
    days = [date.fromisoformat(str(s.value["date"])[:10]) for s in found]  # type: ignore[index]
    before = text[:found[0].start]
    if len(found) == 1:
        day, after = days[0], text[found[0].end or 0:]
        if _AFTER_WORD.search(before):
            return _after(day)
        if _BEFORE_WORD.search(before):
            return _before(day, today)
        if UNTIL_DAY.search(before):
            return _from_to(today, day)
        if _FROM_WORD.search(before) and (not before.rstrip().lower().endswith(("da", "dal"))
                                          or _IN_POI.match(after)):
            return _onwards(day)
        return None
    links = [text[a.end:b.start] for a, b in zip(found, found[1:], strict=False)]
    if len(found) == 2 and (_RANGE_LINK.fullmatch(links[0]) or _BETWEEN_WORD.search(before)):
        return _from_to(*days)
    if all(_LIST_LINK.fullmatch(link) for link in links) and len(set(days)) > 1:
        return DaysAsked((min(days), max(days)), frozenset(days))
    return None


def several_days(text: str, slots: Sequence[Slot], today: date, english: bool
                 ) -> DaysAsked | None:
    """The days a question asks about beyond one day: :func:`days_asked` in English,
    :func:`days_in_slots` in the other languages."""
    return days_asked(text, today) if english else days_in_slots(text, slots, today)


def split_at_to(said: str) -> tuple[str, str] | None:
    """``said`` cut at its last "to" that is no clock's: "move the bins reminder to quarter
    to seven" -> ("move the bins reminder", "quarter to seven"); None without one."""
    found = [m for m in moves_to(said) if m.start() > 0 and said[m.start() - 1] == " "]
    return (said[:found[-1].start() - 1], said[found[-1].end():]) if found else None


# "evening reminders?", "anything on in the mornings this week?", "what have I got on Friday
# afternoon" (not "good morning", "morning coffee with Aoife": a title, matched first). As a
# filter a part of the day is wider than the lexicon's PARTS_OF_DAY, which places a bare hour:
# "Thursday night" holds a 7 PM reminder, "evening" runs to midnight.
_PART_SAID = re.compile(r"(?<!\bgood )\b(morning|afternoon|evening|night)s?\b"
                        r"|\b(?:this|in the|of an?|on an?)\s+(arvo)\b|\b(tonight)\b")
_PART_HOURS = {"morning": (time(5), time(12)), "afternoon": (time(12), time(17)),
               "arvo": (time(12), time(17)), "evening": (time(17), time(23, 59)),
               "tonight": (time(17), time(23, 59)), "night": (time(18), time(5))}


def part_of_day_said(text: str) -> tuple[str, time, time] | None:
    """(its name, from, to) of the one part of the day a question names (English)."""
    found = {next(g for g in m.groups() if g) for m in _PART_SAID.finditer(clean(text))}
    if len(found) != 1:  # "morning and evening" or none: no one part
        return None
    name = found.pop()
    return (name, *_PART_HOURS[name])


def in_hours(t: time, lo: time, hi: time) -> bool:
    """Whether the time of day ``t`` is in [lo, hi), a span that may pass midnight."""
    return lo <= t < hi if lo < hi else (t >= lo or t < hi)


def same_clock(at: time, clock: time, ambiguous: bool) -> bool:
    """Whether ``at`` is the ``clock`` time said; an hour said without am/pm
    (``ambiguous``) is either half of the day."""
    same_hour = at.hour % 12 == clock.hour % 12 if ambiguous else at.hour == clock.hour
    return same_hour and at.minute == clock.minute


# "my next alarm", "what's my next reminder?" (not "next week", "next Monday")
NEXT_ONE = re.compile(r"\bnext\b(?!\s+(?:week|month|weekend|\w+day)\b)")


def nearer_hour(hour: int, minute: int, old_hour: int, old_minute: int) -> int:
    """Of ``hour`` am and pm, the one nearer an old time: an alarm at 7:15 "to seven" is
    7 am, dinner at 7:30 "to seven" 7 pm, a 2 pm meeting "to eleven" 11 am."""
    def gap(h: int) -> int:
        d = abs(h * 60 + minute - (old_hour * 60 + old_minute))
        return min(d, 1440 - d)

    return min((hour % 12, hour % 12 + 12), key=gap)


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date  # inclusive
    label: str  # how to say it in English: "today", "on Friday", "this weekend"

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(d) for d in range((self.end - self.start).days + 1)]


# ------------------------------------------------------------------------- holidays


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    found = nth_weekday(year, month, weekday, n)
    assert found is not None  # n <= 4 always exists
    return found


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "xmas": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's eve": lambda y: date(y, 12, 31),
    "new years eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1),
    "new years": lambda y: date(y, 1, 1),
    "new year's": lambda y: date(y, 1, 1),
    "halloween": lambda y: date(y, 10, 31),
    "valentine": lambda y: date(y, 2, 14),
    "st patrick": lambda y: date(y, 3, 17),
    "saint patrick": lambda y: date(y, 3, 17),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "easter": easter,
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "mothers day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "fathers day": lambda y: _nth_weekday(y, 6, 6, 3),
}


def holiday(text: str, today: date) -> tuple[str, date] | None:
    """The next (or today's) occurrence of a holiday named in ``text``."""
    t = clean(text)
    for name in sorted(HOLIDAYS, key=len, reverse=True):  # "christmas eve" before "christmas"
        if name in t:
            d = HOLIDAYS[name](today.year)
            if d < today:
                d = HOLIDAYS[name](today.year + 1)
            return name, d
    return None


# --------------------------------------------------------------------------- parsing


def say_date(d: date, today: date) -> str:
    """English label: "today", "tomorrow", "on Friday" (within a week), "on March 10"."""
    delta = (d - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if 1 < delta < 7:
        return "on " + WEEKDAYS[d.weekday()].capitalize()
    return f"on {MONTHS[d.month - 1].capitalize()} {d.day}"


def _span(d: date, today: date) -> DateSpan:
    return DateSpan(d, d, say_date(d, today))


def _from_value(v: dict[str, Any], today: date) -> DateSpan | None:
    try:
        if v.get("kind") == "date" and v.get("date"):
            return _span(date.fromisoformat(str(v["date"])[:10]), today)
        if v.get("kind") in {"daterange", "date_range"} and v.get("start"):
            s = date.fromisoformat(str(v["start"])[:10])
            e = date.fromisoformat(str(v.get("end") or v["start"])[:10])
            first = say_date(s, today).removeprefix("on ")
            return DateSpan(s, e, f"from {first} to {say_date(e, today).removeprefix('on ')}")
        if v.get("kind") in {"time", "datetime"} and v.get("datetime"):
            return _span(date.fromisoformat(str(v["datetime"])[:10]), today)
        if v.get("kind") == "datetime_range" and v.get("start"):
            return _span(date.fromisoformat(str(v["start"])[:10]), today)
    except ValueError:
        return None
    return None


_REL = re.compile(r"\b(?:in\s+)?(\d+)\s+(day|week|month|year)s?\b(\s+(?:from now|from today|later|ago))?")
_MONTH_DAY = re.compile(
    r"\b(?:(?P<m1>[a-z]{3,9})\s+(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>[a-z]{3,9}))\b"
)
_DAY_ONLY = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b")


def parse_text(text: str, today: date) -> DateSpan | None:
    t = words_to_digits(clean(text))
    if not t:
        return None
    if re.search(r"\bday after tomorrow\b", t):
        return _span(today + timedelta(2), today)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|now|right now|currently)\b", t):
        return _span(today, today)
    if "tomorrow" in t:
        return _span(today + timedelta(1), today)
    if "yesterday" in t:
        return _span(today - timedelta(1), today)
    if "weekend" in t:
        sat = today + timedelta((5 - today.weekday()) % 7)
        if today.weekday() == 6:  # Sunday: what is left of this weekend is today
            sat = today - timedelta(1)
        if "next" in t and today.weekday() < 5:
            sat += timedelta(7)
        start = max(sat, today)
        return DateSpan(start, sat + timedelta(1), "this weekend" if "next" not in t else "next weekend")
    if re.search(r"\b(this|the) week\b|\bnext (7|seven) days\b|\bweek ahead\b", t):
        return DateSpan(today, today + timedelta(6), "this week")
    m = re.search(r"\bnext (\d+) days\b", t)
    if m:
        n = max(1, int(m.group(1)))
        return DateSpan(today, today + timedelta(n - 1), f"over the next {n} days")
    m = _REL.search(t)
    if m:
        n, unit, tail = int(m.group(1)), m.group(2), (m.group(3) or "").strip()
        sign = -1 if tail == "ago" else 1
        if unit == "day":
            d = today + timedelta(sign * n)
        elif unit == "week":
            d = today + timedelta(sign * 7 * n)
        elif unit == "month":
            d = add_months(today, sign * n)
        else:
            d = add_months(today, sign * 12 * n)
        return _span(d, today)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}s?\b", t):
            ahead = (i - today.weekday()) % 7
            if "next" in t and ahead == 0:
                ahead = 7
            elif "last" in t:
                ahead = ahead - 7 if ahead else -7
            return _span(today + timedelta(ahead), today)
    h = holiday(t, today)
    if h:
        return _span(h[1], today)
    m = _MONTH_DAY.search(t)
    if m:
        mon = (m.group("m1") or m.group("m2") or "")[:3]
        day = int(m.group("d1") or m.group("d2"))
        if mon in _MONTH_ABBR:
            try:
                d = date(today.year, _MONTH_ABBR[mon], day)
            except ValueError:
                return None
            return _span(d, today)
    m = _DAY_ONLY.search(t)
    if m:
        try:
            return _span(today.replace(day=int(m.group(1))), today)
        except ValueError:
            return None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _span(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), today)
    return None


def resolve(value: Any, raw_text: str | None, today: date) -> DateSpan | None:
    """The NLU's normalised value first (it knows more phrasings), with the label of the
    raw words when both agree ("this weekend" rather than "from Saturday to Sunday")."""
    from_value = _from_value(value, today) if isinstance(value, dict) else None
    from_text = parse_text(raw_text, today) if raw_text else None
    if from_value is None:
        return from_text
    if from_text is not None and (from_text.start, from_text.end) == (from_value.start,
                                                                     from_value.end):
        return from_text
    return from_value
