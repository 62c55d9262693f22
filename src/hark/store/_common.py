"""Small helpers shared by the repository modules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hark.config import Settings, get_settings
from hark.errors import NotFound
from hark.store.models import Base
from hark.store.timeutil import ensure_utc, utcnow

M = TypeVar("M", bound=Base)
SETTINGS_KEY = "hark_settings"


def settings_of(db: Session) -> Settings:
    """The settings of the Store that opened ``db`` (process settings otherwise)."""
    found = db.info.get(SETTINGS_KEY)
    return found if isinstance(found, Settings) else get_settings()


def now_or(now: datetime | None) -> datetime:
    return utcnow() if now is None else ensure_utc(now)


def get_or_404(db: Session, model: type[M], key: Any, what: str) -> M:
    row = db.get(model, key)
    if row is None:
        raise NotFound(f"There is no {what} {key}.", id=key)
    return row


def insert_for(db: Session, model: type[Base]) -> Insert:
    """An INSERT that supports ``on_conflict_*`` on SQLite and PostgreSQL."""
    name = db.get_bind().dialect.name
    table = model.__table__
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"upsert on {name}")


def upsert(
    db: Session,
    model: type[Base],
    values: dict[str, Any],
    keys: Sequence[str],
    update: Sequence[str] = (),
) -> None:
    """INSERT, or on a conflict on ``keys`` update the ``update`` columns (or do nothing)."""
    stmt: Any = insert_for(db, model).values(**values)
    if update:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in update}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    db.execute(stmt)


def apply_if_unchanged(db: Session, row: Base, stmt: Any) -> bool:
    """Run a guarded ``UPDATE … WHERE <row still as we saw it>``; True and ``row`` refreshed
    when exactly that row changed, False when another worker got there first."""
    result = db.execute(stmt.execution_options(synchronize_session=False))
    if getattr(result, "rowcount", 0) != 1:
        return False
    db.refresh(row)
    return True
