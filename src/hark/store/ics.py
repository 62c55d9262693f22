"""iCalendar (RFC 5545) export of calendar events (VEVENT) and reminders (VTODO).

Times are written in UTC (``...Z``). Text values are escaped (backslash, semicolon,
comma, newline) and content lines are folded at 75 octets without splitting a UTF-8
character; lines end with CRLF.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from hark.store import recurrence
from hark.store.models import CalendarEvent, Reminder
from hark.store.timeutil import utcnow

PRODID = "-//Hark//Hark voice assistant//EN"
UID_DOMAIN = "hark.local"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets (§3.1), joined by CRLF +
    a space; multi-byte characters are never split."""
    out: list[str] = []
    chunk, size, limit = "", 0, MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(chunk)
            chunk, size, limit = "", 0, MAX_OCTETS - 1  # continuation lines start with " "
        chunk += ch
        size += n
    out.append(chunk)
    return "\r\n ".join(out)


def format_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(name: str, value: str) -> str:
    return f"{name}:{escape_text(value)}"


def _event(ev: CalendarEvent, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ev.uid}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{format_utc(ev.start)}",
    ]
    if ev.end is not None:
        lines.append(f"DTEND:{format_utc(ev.end)}")
    lines.append(_text("SUMMARY", ev.title))
    if ev.location:
        lines.append(_text("LOCATION", ev.location))
    if ev.notes:
        lines.append(_text("DESCRIPTION", ev.notes))
    lines.append("END:VEVENT")
    return lines


def _todo(rem: Reminder, stamp: str) -> list[str]:
    lines = ["BEGIN:VTODO", f"UID:{rem.uid}@{UID_DOMAIN}", f"DTSTAMP:{stamp}"]
    rule = recurrence.parse(rem.recurrence)
    if rule is not None:
        lines.append(f"DTSTART:{format_utc(rem.due)}")  # RRULE counts from DTSTART
    lines += [f"DUE:{format_utc(rem.due)}", _text("SUMMARY", rem.text)]
    if rule is not None:
        lines.append(f"RRULE:{rule.to_rrule()}")
    lines.append("STATUS:COMPLETED" if rem.done else "STATUS:NEEDS-ACTION")
    lines.append("END:VTODO")
    return lines


def to_ics(
    items: Iterable[CalendarEvent | Reminder],
    *,
    name: str = "Hark",
    now: datetime | None = None,
) -> str:
    """A VCALENDAR with a VEVENT per event and a VTODO per reminder."""
    stamp = format_utc(now or utcnow())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        _text("X-WR-CALNAME", name),
    ]
    for item in items:
        if isinstance(item, CalendarEvent):
            lines += _event(item, stamp)
        elif isinstance(item, Reminder):
            lines += _todo(item, stamp)
        else:
            raise TypeError(f"cannot export {type(item).__name__} to iCalendar")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
