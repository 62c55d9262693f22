"""An event that runs over several days, said with its end, in five languages: "from
Friday at six in the evening till Sunday about eleven in the morning", "von Freitag
sechzehn Uhr bis Sonntag fünfzehn Uhr", "de vendredi 18 h jusqu'à dimanche midi",
"desde el viernes a las seis de la tarde hasta el domingo a las cinco", "da venerdì alle
cinque fino a domenica alle sei di sera".

:func:`ends` finds the words that say the end (a joining word, "till", "bis", "jusqu'à",
"hasta", "fino a", then a weekday and maybe a time) after a day of the start's own; the
caller reads the start from the rest and :func:`end_after` reads the end, kept only when
it is on a later day than the start. Clock ranges within one day ("from 2 till 5") are
:mod:`event_span`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from hark.nlu.repeat_changes import day_names
from hark.nlu.time_spans import find_time_spans

_DAY = "|".join(day_names())
_JOIN = {
    "en": r"(?:till|until|til|'til|to|through|thru|(?:and\s+)?(?:ending|finishing|checking\s+out)|"
          r"(?:and\s+)?(?:back|home)\s+(?:on\s+)?)\s+(?:on\s+)?(?:the\s+)?",
    "de": r"bis\s+(?:zum\s+|am\s+)?",
    "fr": r"(?:jusqu'(?:à|au)\s+|jusqu'au\s+|au\s+|à\s+)(?:le\s+)?",
    "es": r"(?:hasta|a)\s+(?:el\s+)?",
    "it": r"(?:fino\s+a|fino\s+al|a|al)\s+",
}
_ENDS = {lang: re.compile(rf"(?<![\w'])(?:{join})(?P<end>(?:{_DAY})\b(?:\b[ap]\.m\.?|[^,.;!?]){{0,60}})",
                          re.I)
         for lang, join in _JOIN.items()}
_START_DAY = re.compile(rf"(?<![\w'])(?:{_DAY})\b", re.I)
_MAX_DAYS = 31


@dataclass(frozen=True)
class Across:
    """The words saying an event's end on another day, and where they are."""

    at: tuple[int, int]
    words: str


def ends(text: str, lang: str) -> Across | None:
    """The words of ``text`` (lower-cased) that say when an event that starts on a day
    said before them ends, on a later day; None when there are none."""
    pattern = _ENDS.get(lang)
    if pattern is None:
        return None
    for m in pattern.finditer(text):
        if _START_DAY.search(text, 0, m.start()):
            words = m["end"]
            spans = find_time_spans(words, datetime.now(UTC), lang)
            ends_at = max((s.end or 0 for s in spans), default=0)
            if ends_at and words[ends_at:].strip():  # "… fino a venerdì alle dieci di sera
                words = words[:ends_at]  # sono a Lubiana per lavoro": the title's words kept
            return Across((m.start(), m.start("end") + len(words)), words.strip())
    return None


def end_after(across: Across, start: datetime, lang: str, now: datetime) -> datetime | None:
    """When the event that starts at ``start`` ends, as ``across`` says: a day and time,
    or a whole day (it ends as that day does); None unless that is on a later day than the
    start and within a month of it."""
    spans = find_time_spans(across.words, now, lang)
    if not spans or not isinstance(spans[0].value, dict):
        return None
    v = spans[0].value
    tz = start.tzinfo
    if v.get("kind") == "datetime" and v.get("datetime"):
        end = datetime.fromisoformat(v["datetime"]).astimezone(tz)
    elif v.get("kind") == "date" and v.get("date"):
        day = datetime.fromisoformat(v["date"][:10]).date() + timedelta(days=1)
        end = datetime.combine(day, time(0), tzinfo=tz)
    else:
        return None
    first = start.astimezone(tz).date()
    if end.date() == first:
        return None  # (a range within the day)
    while end.date() < first:  # "from Saturday to Monday" said on a Sunday: the Monday
        end += timedelta(days=7)  # after the start
    return end if end - start <= timedelta(days=_MAX_DAYS) else None


def starts_with_day(words: str) -> bool:
    """Whether ``words`` open with a weekday ("friday night 9 p.m.", "sonntag")."""
    return re.match(rf"\s*(?:on\s+|am\s+|le\s+|el\s+|il\s+)?(?:{_DAY})\b", words, re.I) is not None


def clock_said(words: str, lang: str) -> bool:
    """Whether ``words`` that say a day say a clock time too."""
    spans = find_time_spans(words, datetime.now(UTC), lang)
    return any(isinstance(s.value, dict) and s.value.get("kind") in ("datetime", "time")
               for s in spans)
