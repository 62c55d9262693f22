"""Calendar events (UTC start/end). Export with :func:`hark.store.ics.to_ics`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hark.errors import InvalidInput
from hark.store._common import get_or_404, now_or
from hark.store.models import CalendarEvent
from hark.store.timeutil import ensure_utc
from hark.store.users import DEFAULT_USER, ensure_user

_EDITABLE = {"title", "start", "end", "location", "notes"}


def _check(start: datetime, end: datetime | None) -> None:
    if end is not None and end < start:
        raise InvalidInput("An event cannot end before it starts.", phrase="event_ends_first")


def create(
    db: Session,
    *,
    title: str,
    start: datetime,
    end: datetime | None = None,
    user: str = DEFAULT_USER,
    location: str = "",
    notes: str = "",
    now: datetime | None = None,
) -> CalendarEvent:
    start = ensure_utc(start)
    end = ensure_utc(end) if end is not None else None
    _check(start, end)
    ensure_user(db, user)
    now = now_or(now)
    row = CalendarEvent(
        user_id=user,
        title=title.strip(),
        start=start,
        end=end,
        location=location,
        notes=notes,
        created_at=now,
        updated_at=now,
    )
    db.add(row)
    db.flush()
    return row


def get(db: Session, event_id: int) -> CalendarEvent:
    return get_or_404(db, CalendarEvent, event_id, "event")


def update_event(
    db: Session, event_id: int, *, now: datetime | None = None, **changes: Any
) -> CalendarEvent:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidInput(f"Cannot change {', '.join(sorted(unknown))} of an event.")
    row = get(db, event_id)
    for key, value in changes.items():
        if key in {"start", "end"} and value is not None:
            value = ensure_utc(value)
        setattr(row, key, value)
    _check(row.start, row.end)
    row.updated_at = now_or(now)
    return row


def delete(db: Session, event_id: int) -> None:
    db.delete(get(db, event_id))


def between(
    db: Session, start: datetime, end: datetime, *, user: str | None = None
) -> list[CalendarEvent]:
    """Events overlapping ``[start, end)``, by start time (an event without an end is an
    instant at its start)."""
    start, end = ensure_utc(start), ensure_utc(end)
    stmt = select(CalendarEvent).where(
        CalendarEvent.start < end,
        or_(
            CalendarEvent.end > start,
            (CalendarEvent.end.is_(None)) & (CalendarEvent.start >= start),
        ),
    )
    if user is not None:
        stmt = stmt.where(CalendarEvent.user_id == user)
    return list(db.scalars(stmt.order_by(CalendarEvent.start, CalendarEvent.id)).all())


def upcoming(
    db: Session, *, user: str | None = None, now: datetime | None = None, limit: int = 10
) -> list[CalendarEvent]:
    stmt = select(CalendarEvent).where(CalendarEvent.start >= now_or(now))
    if user is not None:
        stmt = stmt.where(CalendarEvent.user_id == user)
    return list(db.scalars(stmt.order_by(CalendarEvent.start).limit(limit)).all())


def all_events(db: Session, *, user: str | None = None) -> list[CalendarEvent]:
    stmt = select(CalendarEvent)
    if user is not None:
        stmt = stmt.where(CalendarEvent.user_id == user)
    return list(db.scalars(stmt.order_by(CalendarEvent.start, CalendarEvent.id)).all())
