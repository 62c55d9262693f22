"""Timers: running → paused ⇄ running → fired | cancelled. Deadlines are UTC."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hark.errors import Conflict, InvalidInput
from hark.store._common import get_or_404, now_or
from hark.store.models import Timer
from hark.store.users import DEFAULT_USER, ensure_user

ACTIVE = ("running", "paused")


def create(
    db: Session,
    *,
    duration_s: float,
    user: str = DEFAULT_USER,
    name: str = "",
    now: datetime | None = None,
    language: str = "en",
) -> Timer:
    if not duration_s > 0:
        raise InvalidInput("A timer needs a duration longer than zero.", phrase="timer_zero")
    now = now_or(now)
    ensure_user(db, user)
    timer = Timer(
        user_id=user,
        name=name,
        duration_s=float(duration_s),
        deadline=now + timedelta(seconds=duration_s),
        state="running",
        language=language,
        created_at=now,
        updated_at=now,
    )
    db.add(timer)
    db.flush()
    return timer


def get(db: Session, timer_id: int) -> Timer:
    return get_or_404(db, Timer, timer_id, "timer")


def active(db: Session, *, user: str | None = None) -> list[Timer]:
    """Running and paused timers, soonest first (paused ones last)."""
    stmt = select(Timer).where(Timer.state.in_(ACTIVE))
    if user is not None:
        stmt = stmt.where(Timer.user_id == user)
    rows = db.scalars(stmt.order_by(Timer.id)).all()
    return sorted(rows, key=lambda t: (t.deadline is None, t.deadline or t.created_at, t.id))


def remaining_s(timer: Timer, *, now: datetime | None = None) -> float:
    if timer.state == "paused":
        return float(timer.remaining_s or 0.0)
    if timer.state == "running" and timer.deadline is not None:
        return max(0.0, (timer.deadline - now_or(now)).total_seconds())
    return 0.0


def _locked(db: Session, timer_id: int) -> Timer:
    row = db.scalars(select(Timer).where(Timer.id == timer_id).with_for_update()).one_or_none()
    if row is None:
        return get(db, timer_id)  # raises NotFound
    return row


def pause(db: Session, timer_id: int, *, now: datetime | None = None) -> Timer:
    now = now_or(now)
    timer = _locked(db, timer_id)
    if timer.state != "running":
        raise Conflict(f"That timer is {timer.state}, not running.", phrase="timer_not_running",
                       state=timer.state)
    timer.remaining_s = remaining_s(timer, now=now)
    timer.deadline = None
    timer.state = "paused"
    timer.updated_at = now
    return timer


def resume(db: Session, timer_id: int, *, now: datetime | None = None) -> Timer:
    now = now_or(now)
    timer = _locked(db, timer_id)
    if timer.state != "paused":
        raise Conflict(f"That timer is {timer.state}, not paused.", phrase="timer_not_paused",
                       state=timer.state)
    timer.deadline = now + timedelta(seconds=timer.remaining_s or 0.0)
    timer.remaining_s = None
    timer.state = "running"
    timer.updated_at = now
    return timer


def adjust(db: Session, timer_id: int, *, by_s: float | None = None,
           left_s: float | None = None, now: datetime | None = None) -> Timer:
    """Add ``by_s`` seconds to a timer (less with a negative number), or leave it
    ``left_s`` seconds to go. It must keep some time left."""
    now = now_or(now)
    timer = _locked(db, timer_id)
    if timer.state not in ACTIVE:
        raise Conflict(f"That timer is already {timer.state}.", phrase="timer_over",
                       state=timer.state)
    left = remaining_s(timer, now=now)
    new_left = left_s if left_s is not None else left + (by_s or 0.0)
    if not new_left > 0:
        raise InvalidInput("That would leave no time on the timer.", phrase="timer_no_time_left")
    timer.duration_s = max(1.0, timer.duration_s + new_left - left)
    if timer.state == "paused":
        timer.remaining_s = new_left
    else:
        timer.deadline = now + timedelta(seconds=new_left)
    timer.updated_at = now
    return timer


def rename(db: Session, timer_id: int, name: str, *, now: datetime | None = None) -> Timer:
    """Call a running or paused timer ``name`` ("call that one flapjacks")."""
    timer = _locked(db, timer_id)
    if timer.state not in ACTIVE:
        raise Conflict(f"That timer is already {timer.state}.", phrase="timer_over",
                       state=timer.state)
    timer.name = name
    timer.updated_at = now_or(now)
    return timer


def cancel(db: Session, timer_id: int, *, now: datetime | None = None) -> Timer:
    timer = _locked(db, timer_id)
    if timer.state not in ACTIVE:
        raise Conflict(f"That timer is already {timer.state}.", phrase="timer_over",
                       state=timer.state)
    timer.state = "cancelled"
    timer.updated_at = now_or(now)
    return timer


# ------------------------------------------------------------------- for the scheduler


def due(db: Session, *, now: datetime) -> list[Timer]:
    stmt = (
        select(Timer)
        .where(Timer.state == "running", Timer.deadline <= now_or(now))
        .order_by(Timer.deadline, Timer.id)
    )
    return list(db.scalars(stmt).all())


def next_deadline(db: Session) -> datetime | None:
    stmt = select(Timer.deadline).where(Timer.state == "running").order_by(Timer.deadline).limit(1)
    return db.scalar(stmt)


def claim_fired(db: Session, timer: Timer, *, now: datetime) -> bool:
    """Mark a due timer fired unless someone else (another scheduler, a cancel) changed
    it first. True when this caller owns the firing."""
    result = db.execute(
        update(Timer)
        .where(Timer.id == timer.id, Timer.state == "running", Timer.deadline == timer.deadline)
        .values(state="fired", fired_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        return False
    db.refresh(timer)
    return True
