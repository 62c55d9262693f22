"""Turns of a session: what was said, understood, done and answered, with timings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hark.errors import NotFound
from hark.store import sessions
from hark.store._common import now_or
from hark.store.models import Turn


def _plain(items: Iterable[Any] | Mapping[str, Any] | None) -> list[Any]:
    if items is None:
        return []
    if isinstance(items, Mapping):
        return [{"name": k, "value": v} for k, v in items.items()]
    return [i.to_dict() if hasattr(i, "to_dict") else i for i in items]


def append(
    db: Session,
    session_id: str,
    *,
    text: str,
    response_text: str = "",
    transcript: str | None = None,
    language: str | None = None,
    intent: str | None = None,
    confidence: float | None = None,
    slots: Iterable[Any] | Mapping[str, Any] | None = None,
    action: str | None = None,
    timings: Mapping[str, float] | None = None,
    idle_minutes: float | None = None,
    now: datetime | None = None,
) -> Turn:
    """Add the next turn (index 0, 1, ...) to an active session and touch the session.

    ``slots`` may be ``Slot`` objects, dicts, or a name → value mapping.
    Raises :class:`~hark.errors.UnknownSession` for an unknown or expired session.
    """
    now = now_or(now)
    # Locks the session row (PostgreSQL), so concurrent appends get distinct indexes.
    sessions.touch(db, session_id, idle_minutes=idle_minutes, now=now)
    last = db.scalar(select(func.max(Turn.index)).where(Turn.session_id == session_id))
    turn = Turn(
        session_id=session_id,
        index=0 if last is None else last + 1,
        text=text,
        transcript=transcript,
        language=language,
        intent=intent,
        confidence=confidence,
        slots=_plain(slots),
        action=action,
        response_text=response_text,
        timings=dict(timings or {}),
        created_at=now,
    )
    db.add(turn)
    db.flush()
    return turn


def history(db: Session, session_id: str, *, last: int | None = None) -> list[Turn]:
    """The session's turns in order (only the ``last`` N if given)."""
    stmt = select(Turn).where(Turn.session_id == session_id).order_by(Turn.index.desc())
    if last is not None:
        stmt = stmt.limit(last)
    return list(reversed(db.scalars(stmt).all()))


def get(db: Session, session_id: str, index: int) -> Turn:
    row = db.scalars(
        select(Turn).where(Turn.session_id == session_id, Turn.index == index)
    ).one_or_none()
    if row is None:
        raise NotFound(f"There is no turn {index} in session {session_id}.")
    return row
