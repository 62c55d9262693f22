"""Alarms: a wall-clock time in a zone, once or recurring (see :mod:`.recurrence`)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hark.errors import InvalidInput
from hark.store import recurrence
from hark.store._common import apply_if_unchanged, get_or_404, now_or, settings_of
from hark.store.models import Alarm
from hark.store.timeutil import zone
from hark.store.users import DEFAULT_USER, ensure_user


def parse_time(value: time | str) -> time:
    if isinstance(value, time):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return time.fromisoformat(value.strip())
    except ValueError as e:
        raise InvalidInput(f"{value!r} is not a time of day like 07:30.") from e


def create(
    db: Session,
    *,
    time_of_day: time | str,
    user: str = DEFAULT_USER,
    recurrence_rule: str | dict[str, Any] | None = None,
    label: str = "",
    tz: str | None = None,
    enabled: bool = True,
    now: datetime | None = None,
    language: str = "en",
    on_day: date | None = None,
) -> Alarm:
    """An alarm at ``time_of_day`` (local to ``tz``, default the configured zone); a
    one-off one ``on_day`` rings that day (a time already gone is refused)."""
    now = now_or(now)
    ensure_user(db, user)
    tz_name = tz or settings_of(db).timezone or ""
    zone_info = zone(tz_name)  # validates; empty → machine zone
    alarm = Alarm(
        user_id=user,
        time_of_day=parse_time(time_of_day),
        recurrence=recurrence.to_json(recurrence_rule),
        label=label,
        enabled=enabled,
        tz=zone_info.key,
        language=language,
        created_at=now,
    )
    alarm.next_fire = compute_next(alarm, after=now) if enabled else None
    if on_day is not None and alarm.recurrence is None:
        fire = recurrence.local_occurrence(on_day, alarm.time_of_day, zone_info)
        if fire <= now:
            raise InvalidInput("That time has already passed.", phrase="alarm_past")
        alarm.next_fire = fire
    db.add(alarm)
    db.flush()
    return alarm


def compute_next(alarm: Alarm, *, after: datetime) -> datetime:
    return recurrence.next_occurrence(alarm.recurrence, alarm.time_of_day, zone(alarm.tz), after)


def get(db: Session, alarm_id: int) -> Alarm:
    return get_or_404(db, Alarm, alarm_id, "alarm")


def list_for(db: Session, *, user: str | None = None, enabled_only: bool = False) -> list[Alarm]:
    stmt = select(Alarm)
    if user is not None:
        stmt = stmt.where(Alarm.user_id == user)
    if enabled_only:
        stmt = stmt.where(Alarm.enabled.is_(True))
    return list(db.scalars(stmt.order_by(Alarm.next_fire, Alarm.id)).all())


def update_alarm(
    db: Session,
    alarm_id: int,
    *,
    time_of_day: time | str | None = None,
    recurrence_rule: str | dict[str, Any] | None = None,
    clear_recurrence: bool = False,
    label: str | None = None,
    tz: str | None = None,
    now: datetime | None = None,
    on_day: date | None = None,
) -> Alarm:
    """Change an alarm; ``on_day`` moves a one-off alarm to that day."""
    alarm = get(db, alarm_id)
    # a one-off alarm set for a day keeps its day when only its time changes
    day = (alarm.next_fire.astimezone(zone(alarm.tz)).date()
           if alarm.next_fire is not None and not alarm.recurrence
           and recurrence_rule is None and tz is None else None)
    if on_day is not None and not alarm.recurrence and recurrence_rule is None:
        day = on_day
    if time_of_day is not None:
        alarm.time_of_day = parse_time(time_of_day)
    if recurrence_rule is not None or clear_recurrence:
        alarm.recurrence = recurrence.with_skips(  # its days off stay off
            recurrence.to_json(recurrence_rule), set(skipped(alarm)),
            keep_from=now_or(now).astimezone(zone(alarm.tz)).date())
    if label is not None:
        alarm.label = label
    if tz is not None:
        alarm.tz = zone(tz).key
    if alarm.enabled:
        now = now_or(now)
        fire = (recurrence.local_occurrence(day, alarm.time_of_day, zone(alarm.tz))
                if day is not None else None)
        alarm.next_fire = fire if fire is not None and fire > now else \
            compute_next(alarm, after=now)
    return alarm


def skip_days(db: Session, alarm_id: int, days: set[date], *, now: datetime | None = None
              ) -> Alarm:
    """A repeating alarm that does not ring on ``days`` (local dates) but keeps its days."""
    alarm = get(db, alarm_id)
    if not alarm.recurrence:
        raise InvalidInput("Only a repeating alarm can skip a day; remove a one-off instead.")
    now = now_or(now)
    alarm.recurrence = recurrence.with_skips(alarm.recurrence, days,
                                             keep_from=now.astimezone(zone(alarm.tz)).date())
    if alarm.enabled:
        alarm.next_fire = compute_next(alarm, after=now)
    return alarm


def ring_again(db: Session, alarm_id: int, days: set[date] | None = None, *,
               now: datetime | None = None) -> Alarm:
    """A repeating alarm that rings again on skipped ``days`` (on all of them for None)."""
    alarm = get(db, alarm_id)
    alarm.recurrence = recurrence.without_skips(alarm.recurrence, days)
    if alarm.enabled and alarm.recurrence:
        alarm.next_fire = compute_next(alarm, after=now_or(now))
    return alarm


def skipped(alarm: Alarm) -> frozenset[date]:
    """The days a repeating alarm is off (a day off, a holiday)."""
    rule = recurrence.parse(alarm.recurrence) if alarm.recurrence else None
    return rule.skip if rule is not None else frozenset()


def set_enabled(db: Session, alarm_id: int, enabled: bool, *, now: datetime | None = None) -> Alarm:
    alarm = get(db, alarm_id)
    alarm.enabled = enabled
    alarm.next_fire = compute_next(alarm, after=now_or(now)) if enabled else None
    return alarm


def delete(db: Session, alarm_id: int) -> None:
    db.delete(get(db, alarm_id))


# ------------------------------------------------------------------- for the scheduler


def due(db: Session, *, now: datetime) -> list[Alarm]:
    stmt = (
        select(Alarm)
        .where(Alarm.enabled.is_(True), Alarm.next_fire <= now_or(now))
        .order_by(Alarm.next_fire, Alarm.id)
    )
    return list(db.scalars(stmt).all())


def next_deadline(db: Session) -> datetime | None:
    stmt = (
        select(Alarm.next_fire)
        .where(Alarm.enabled.is_(True), Alarm.next_fire.is_not(None))
        .order_by(Alarm.next_fire)
        .limit(1)
    )
    return db.scalar(stmt)


def claim_fired(db: Session, alarm: Alarm, *, now: datetime) -> bool:
    """Record that ``alarm`` fired and move it to its next occurrence (a one-shot alarm is
    disabled). False if another scheduler or an edit got there first."""
    fired_for = alarm.next_fire
    if fired_for is None:
        return False
    if alarm.recurrence:
        # Skip occurrences missed while down: the next one is after both now and this one.
        nxt: datetime | None = compute_next(alarm, after=max(now, fired_for))
        values: dict[str, Any] = {"next_fire": nxt, "last_fired_at": now}
    else:
        values = {"next_fire": None, "enabled": False, "last_fired_at": now}
    return apply_if_unchanged(
        db, alarm,
        update(Alarm)
        .where(Alarm.id == alarm.id, Alarm.enabled.is_(True), Alarm.next_fire == fired_for)
        .values(**values),
    )
