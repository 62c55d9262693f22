"""Dialogue sessions: create, get, touch (extend the idle expiry), expire."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hark.errors import UnknownSession
from hark.store._common import now_or, settings_of
from hark.store.models import DialogueSession, new_id
from hark.store.users import DEFAULT_USER, ensure_device, ensure_user


def _idle(db: Session, idle_minutes: float | None) -> timedelta:
    minutes = settings_of(db).session_idle_minutes if idle_minutes is None else idle_minutes
    return timedelta(minutes=minutes)


def create(
    db: Session,
    *,
    user: str = DEFAULT_USER,
    device: str | None = None,
    language: str = "en",
    state: dict[str, Any] | None = None,
    session_id: str | None = None,
    idle_minutes: float | None = None,
    now: datetime | None = None,
) -> DialogueSession:
    """A new session that expires after ``idle_minutes`` (default: the setting) of silence."""
    now = now_or(now)
    ensure_user(db, user)
    if device is not None:
        ensure_device(db, device, user=user)
    row = DialogueSession(
        id=session_id or new_id(),
        user_id=user,
        device_id=device,
        language=language,
        state=dict(state or {}),
        created_at=now,
        updated_at=now,
        expires_at=now + _idle(db, idle_minutes),
    )
    db.add(row)
    db.flush()
    return row


def get(
    db: Session,
    session_id: str,
    *,
    include_expired: bool = False,
    for_update: bool = False,
    now: datetime | None = None,
) -> DialogueSession:
    """The session, or :class:`~hark.errors.UnknownSession` if it does not exist or has
    expired (unless ``include_expired``)."""
    stmt = select(DialogueSession).where(DialogueSession.id == session_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = db.scalars(stmt).one_or_none()
    if row is None or (not include_expired and row.expires_at <= now_or(now)):
        raise UnknownSession(
            "That conversation has ended; please start again.", session_id=session_id
        )
    return row


def touch(
    db: Session,
    session_id: str,
    *,
    state: dict[str, Any] | None = None,
    language: str | None = None,
    idle_minutes: float | None = None,
    now: datetime | None = None,
) -> DialogueSession:
    """Record activity: push the expiry back and optionally replace state/language."""
    now = now_or(now)
    row = get(db, session_id, for_update=True, now=now)
    if state is not None:
        row.state = dict(state)
    if language is not None:
        row.language = language
    row.updated_at = now
    row.expires_at = now + _idle(db, idle_minutes)
    return row


def update_state(
    db: Session, session_id: str, changes: dict[str, Any], *, now: datetime | None = None
) -> DialogueSession:
    """Merge ``changes`` into the session state (a None value removes the key)."""
    row = get(db, session_id, for_update=True, now=now)
    state = dict(row.state)
    for key, value in changes.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    row.state = state
    row.updated_at = now_or(now)
    return row


def expire(db: Session, session_id: str, *, now: datetime | None = None) -> None:
    """End the session now (idempotent for an already expired one)."""
    now = now_or(now)
    row = get(db, session_id, include_expired=True, for_update=True, now=now)
    if row.expires_at > now:
        row.expires_at = now
        row.updated_at = now


def latest_active(
    db: Session,
    *,
    user: str | None = None,
    device: str | None = None,
    now: datetime | None = None,
) -> DialogueSession | None:
    """The most recently used unexpired session of a user and/or device, if any."""
    stmt = select(DialogueSession).where(DialogueSession.expires_at > now_or(now))
    if user is not None:
        stmt = stmt.where(DialogueSession.user_id == user)
    if device is not None:
        stmt = stmt.where(DialogueSession.device_id == device)
    stmt = stmt.order_by(DialogueSession.updated_at.desc()).limit(1)
    return db.scalars(stmt).first()


def purge_expired(db: Session, *, before: datetime) -> int:
    """Delete sessions (and their turns) that expired before ``before``."""
    result = db.execute(delete(DialogueSession).where(DialogueSession.expires_at < now_or(before)))
    return int(getattr(result, "rowcount", 0) or 0)
