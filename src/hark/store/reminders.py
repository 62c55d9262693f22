"""Reminders: text due at a UTC time, once or recurring at the same local wall time."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hark.errors import InvalidInput
from hark.store import recurrence
from hark.store._common import apply_if_unchanged, get_or_404, now_or, settings_of
from hark.store.models import Reminder
from hark.store.timeutil import ensure_utc, zone
from hark.store.users import DEFAULT_USER, ensure_user


def create(
    db: Session,
    *,
    text: str,
    due: datetime,
    user: str = DEFAULT_USER,
    recurrence_rule: str | dict[str, Any] | None = None,
    tz: str | None = None,
    now: datetime | None = None,
    language: str = "en",
) -> Reminder:
    if not text.strip():
        raise InvalidInput("A reminder needs some text.", phrase="rem_no_text")
    ensure_user(db, user)
    row = Reminder(
        user_id=user,
        text=text.strip(),
        due=ensure_utc(due),
        recurrence=recurrence.to_json(recurrence_rule),
        tz=zone(tz or settings_of(db).timezone or "").key,
        language=language,
        created_at=now_or(now),
    )
    db.add(row)
    db.flush()
    return row


def get(db: Session, reminder_id: int) -> Reminder:
    return get_or_404(db, Reminder, reminder_id, "reminder")


def list_for(
    db: Session,
    *,
    user: str | None = None,
    include_done: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Reminder]:
    """Reminders by due time, optionally those due in ``[start, end)``."""
    stmt = select(Reminder)
    if user is not None:
        stmt = stmt.where(Reminder.user_id == user)
    if not include_done:
        stmt = stmt.where(Reminder.done.is_(False))
    if start is not None:
        stmt = stmt.where(Reminder.due >= ensure_utc(start))
    if end is not None:
        stmt = stmt.where(Reminder.due < ensure_utc(end))
    return list(db.scalars(stmt.order_by(Reminder.due, Reminder.id)).all())


def due_between(reminders: list[Reminder], start: datetime, end: datetime,
                tz: ZoneInfo) -> list[tuple[datetime, Reminder]]:
    """(when it is due, reminder) for each time one of ``reminders`` is due in ``[start,
    end)``, by time: a repeating one on each day of its rule from its next time on, at
    its clock time ("every Tuesday and Thursday at 6 PM" is due on Thursday too)."""
    start, end = ensure_utc(start), ensure_utc(end)
    found: list[tuple[datetime, Reminder]] = []
    for r in reminders:
        due = ensure_utc(r.due)
        rule = recurrence.parse(r.recurrence) if r.recurrence else None
        if rule is None:
            if start <= due < end:
                found.append((due, r))
            continue
        found += [(when, r) for when in recurrence.occurrences(
            rule, due.astimezone(tz).time(), tz, max(due, start), end)]
    return sorted(found, key=lambda f: f[0])


def complete(db: Session, reminder_id: int, done: bool = True) -> Reminder:
    row = get(db, reminder_id)
    row.done = done
    return row


def reschedule(db: Session, reminder_id: int, due: datetime) -> Reminder:
    row = get(db, reminder_id)
    row.due = ensure_utc(due)
    row.fired_at = None
    row.done = False
    return row


def set_repeat(db: Session, reminder_id: int, rule: str | dict[str, Any] | None,
               due: datetime) -> Reminder:
    """The reminder made to repeat by ``rule`` (None: once), next due at ``due``."""
    row = reschedule(db, reminder_id, due)
    row.recurrence = recurrence.to_json(rule)
    return row


def delete(db: Session, reminder_id: int) -> None:
    db.delete(get(db, reminder_id))


# ------------------------------------------------------------------- for the scheduler


def _pending() -> Any:
    return (Reminder.done.is_(False), Reminder.fired_at.is_(None))


def due(db: Session, *, now: datetime) -> list[Reminder]:
    stmt = (
        select(Reminder)
        .where(*_pending(), Reminder.due <= now_or(now))
        .order_by(Reminder.due, Reminder.id)
    )
    return list(db.scalars(stmt).all())


def next_deadline(db: Session) -> datetime | None:
    stmt = select(Reminder.due).where(*_pending()).order_by(Reminder.due).limit(1)
    return db.scalar(stmt)


def claim_fired(db: Session, reminder: Reminder, *, now: datetime) -> bool:
    """Record that ``reminder`` fired: a recurring one moves to its next occurrence (same
    local wall time in its zone), a one-shot one keeps ``fired_at``."""
    fired_for = reminder.due
    if reminder.recurrence:
        tz = zone(reminder.tz)
        at = fired_for.astimezone(tz).time()
        nxt = recurrence.next_occurrence(reminder.recurrence, at, tz, max(now, fired_for))
        values: dict[str, Any] = {"due": nxt, "fired_at": None}
    else:
        values = {"fired_at": now}
    return apply_if_unchanged(
        db, reminder,
        update(Reminder)
        .where(Reminder.id == reminder.id, *_pending(), Reminder.due == fired_for)
        .values(**values),
    )
