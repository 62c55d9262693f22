"""Per-user key/value state (device states, preferences, last played ...); JSON values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from hark.store._common import now_or, upsert
from hark.store.models import KeyValue
from hark.store.users import DEFAULT_USER, ensure_user


def get(db: Session, key: str, default: Any = None, *, user: str = DEFAULT_USER) -> Any:
    row = db.get(KeyValue, (user, key))
    return default if row is None else row.value


def set(  # noqa: A001 - mirrors dict-like naming on purpose
    db: Session, key: str, value: Any, *, user: str = DEFAULT_USER, now: datetime | None = None
) -> None:
    """Store ``value`` (anything JSON-serialisable) under ``key``, replacing the old one."""
    ensure_user(db, user)
    upsert(
        db,
        KeyValue,
        {"user_id": user, "key": key, "value": value, "updated_at": now_or(now)},
        keys=["user_id", "key"],
        update=["value", "updated_at"],
    )
    row = db.get(KeyValue, (user, key))
    if row is not None:
        db.refresh(row)


def delete(db: Session, key: str, *, user: str = DEFAULT_USER) -> bool:
    result = db.execute(
        sql_delete(KeyValue)
        .where(KeyValue.user_id == user, KeyValue.key == key)
        .execution_options(synchronize_session="fetch")
    )
    return bool(getattr(result, "rowcount", 0))


def items(db: Session, *, user: str = DEFAULT_USER, prefix: str = "") -> dict[str, Any]:
    """All of a user's keys (those starting with ``prefix``) and their values."""
    stmt = select(KeyValue).where(KeyValue.user_id == user)
    if prefix:
        stmt = stmt.where(KeyValue.key.startswith(prefix, autoescape=True))
    return {row.key: row.value for row in db.scalars(stmt.order_by(KeyValue.key)).all()}
