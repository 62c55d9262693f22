"""Recurrence rules for alarms and reminders, and DST-correct next occurrences.

A rule is stored as RRULE-like JSON: ``{"freq": "daily"}`` or
``{"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]}``. :func:`parse` also
accepts what people (and the NLU) say: ``"daily"``, ``"weekdays"``, ``"every Monday"``,
``"mondays and thursdays"``, ``"weekends"``, ``"mon,wed,fri"``, ``"FREQ=WEEKLY;BYDAY=MO"``.

A rule may also name local days it skips (RFC 5545's EXDATE, by day): ``{"freq": "weekly",
"byday": [...], "skip": ["2026-12-01"]}`` — a day off, a holiday — without losing its days.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hark.errors import InvalidInput

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_WORDS = {
    "mo": 0, "mon": 0, "monday": 0,
    "tu": 1, "tue": 1, "tues": 1, "tuesday": 1,
    "we": 2, "wed": 2, "wednesday": 2,
    "th": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
    "fr": 4, "fri": 4, "friday": 4,
    "sa": 5, "sat": 5, "saturday": 5,
    "su": 6, "sun": 6, "sunday": 6,
}  # fmt: skip
_GROUPS = {
    "daily": tuple(range(7)),
    "day": tuple(range(7)),
    "everyday": tuple(range(7)),
    "weekday": (0, 1, 2, 3, 4),
    "weekend": (5, 6),
}
_FILLER = {"every", "each", "on", "and", "the", "only", "days", "week"}


@dataclass(frozen=True)
class Rule:
    """Fires on the given weekdays (0 = Monday); all seven days means daily."""

    days: tuple[int, ...]
    skip: frozenset[date] = frozenset()  # local days it does not fire on

    @property
    def daily(self) -> bool:
        return len(self.days) == 7

    def fires_on(self, day: date) -> bool:
        return day.weekday() in self.days and day not in self.skip

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = ({"freq": "daily"} if self.daily else
                               {"freq": "weekly", "byday": [DAY_CODES[d] for d in self.days]})
        if self.skip:
            doc["skip"] = sorted(d.isoformat() for d in self.skip)
        return doc

    def to_rrule(self) -> str:
        if self.daily:
            return "FREQ=DAILY"
        return "FREQ=WEEKLY;BYDAY=" + ",".join(DAY_CODES[d] for d in self.days)


def parse(value: str | dict[str, Any] | Rule | None) -> Rule | None:
    """A :class:`Rule` from JSON, an RRULE string or words; None/"" means one-shot."""
    if value is None or isinstance(value, Rule):
        return value
    if isinstance(value, dict):
        return _from_json(value)
    text = value.strip()
    if not text or text.lower() in {"once", "none", "never"}:
        return None
    if "FREQ=" in text.upper():
        return _from_rrule(text)
    return _from_words(text)


def to_json(value: str | dict[str, Any] | Rule | None) -> dict[str, Any] | None:
    rule = parse(value)
    return None if rule is None else rule.to_json()


def _from_json(doc: dict[str, Any]) -> Rule:
    freq = str(doc.get("freq", "")).lower()
    try:
        skip = frozenset(date.fromisoformat(str(d)) for d in doc.get("skip") or [])
    except ValueError as e:
        raise InvalidInput(f"Unreadable skipped days in {doc!r}: use YYYY-MM-DD.") from e
    if freq == "daily":
        return Rule(tuple(range(7)), skip)
    if freq == "weekly":
        days = doc.get("byday") or []
        return Rule(_rule([_day(d) for d in days], doc).days, skip)
    raise InvalidInput(f"Unsupported recurrence {doc!r}: use daily or weekly.")


def _from_rrule(text: str) -> Rule:
    text = re.sub(r"^RRULE:", "", text.strip(), flags=re.I)
    parts = dict(p.split("=", 1) for p in text.split(";") if "=" in p)
    parts = {k.upper(): v for k, v in parts.items()}
    if parts.get("INTERVAL", "1") != "1":
        raise InvalidInput(f"Unsupported recurrence {text!r}: intervals are not supported.")
    freq = parts.get("FREQ", "").upper()
    if freq == "DAILY":
        return Rule(tuple(range(7)))
    if freq == "WEEKLY" and parts.get("BYDAY"):
        return _rule([_day(d) for d in parts["BYDAY"].split(",")], text)
    raise InvalidInput(f"Unsupported recurrence {text!r}: use daily or weekly by day.")


def _from_words(text: str) -> Rule:
    days: list[int] = []
    for word in re.split(r"[\s,;/&+]+", text.lower()):
        word = word.strip(".")
        if not word or word in _FILLER:
            continue
        stem = word[:-1] if word.endswith("s") and word[:-1] in (_GROUPS | _DAY_WORDS) else word
        if stem in _GROUPS:
            days.extend(_GROUPS[stem])
        elif stem in _DAY_WORDS:
            days.append(_DAY_WORDS[stem])
        else:
            raise InvalidInput(f"I don't understand the repetition {text!r}.")
    return _rule(days, text)


def _day(code: Any) -> int:
    key = str(code).strip().lower()
    if key in _DAY_WORDS:
        return _DAY_WORDS[key]
    raise InvalidInput(f"Unknown weekday {code!r}.")


def _rule(days: list[int], source: Any) -> Rule:
    if not days:
        raise InvalidInput(f"The repetition {source!r} names no days.")
    return Rule(tuple(sorted(set(days))))


def with_skips(value: dict[str, Any] | None, days: set[date], *, keep_from: date
               ) -> dict[str, Any] | None:
    """A stored rule that also skips ``days`` (and forgets skipped days before
    ``keep_from``); None stays None (a one-off has no days to skip)."""
    rule = parse(value)
    if rule is None:
        return None
    kept = frozenset(d for d in rule.skip | frozenset(days) if d >= keep_from)
    return Rule(rule.days, kept).to_json()


def without_skips(value: dict[str, Any] | None, days: set[date] | None) -> dict[str, Any] | None:
    """A stored rule that fires again on ``days`` (on every skipped day for None)."""
    rule = parse(value)
    if rule is None:
        return None
    return Rule(rule.days, frozenset() if days is None else rule.skip - frozenset(days)).to_json()


def local_occurrence(day: Any, at: time, tz: ZoneInfo) -> datetime:
    """``at`` on local date ``day`` in ``tz``, as UTC.

    A wall time skipped by a DST change (02:30 on a spring-forward night) moves forward
    by the gap (03:30); a repeated one (autumn) takes its first occurrence.
    """
    local = datetime.combine(day, at.replace(tzinfo=None), tzinfo=tz)
    return local.astimezone(UTC)


def occurrences(rule: Rule | None, at: time, tz: ZoneInfo, start: datetime,
                end: datetime) -> Iterator[datetime]:
    """Each time in ``[start, end)`` at wall time ``at`` in ``tz`` on a day ``rule``
    allows (every day when None), in order, as aware UTC datetimes."""
    day = start.astimezone(tz).date()
    while (when := local_occurrence(day, at, tz)) < end:
        if when >= start and (rule is None or rule.fires_on(day)):
            yield when
        day += timedelta(days=1)


def next_occurrence(
    rule: Rule | str | dict[str, Any] | None, at: time, tz: ZoneInfo, after: datetime
) -> datetime:
    """The first time strictly after ``after`` at wall time ``at`` in ``tz`` on a day the
    rule allows (any day for a one-shot rule; not a day it skips), as an aware UTC
    datetime."""
    parsed = parse(rule) or Rule(tuple(range(7)))
    start = after.astimezone(tz).date()
    # today + a full week + one for the DST/backward edge, + a week for each skipped day
    for offset in range(9 + 7 * len(parsed.skip)):
        day = start + timedelta(days=offset)
        if not parsed.fires_on(day):
            continue
        candidate = local_occurrence(day, at, tz)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable: a rule always matches within 8 days")
