"""What one request changed in the user's things, row by row, so that "undo that" can
put it back (:mod:`hark.skills.undo`).

While a request runs inside ``recording(rows)``, every write transaction of
:meth:`hark.store.Store.session` reports, once committed, each alarm, reminder, timer,
calendar event, list or list item it added, changed or deleted, as JSON-friendly data
kept in the dialogue session:

    {"op": "added" | "deleted" | "changed", "table": "alarms", "id": 3,
     "before": {column: value} | None, "after": {column: value} | None}

A message put in the outbox cannot be taken back: it is reported as ``{"op": "sent"}``.

``undo(db, rows)`` applies them backwards in one transaction: an added row is deleted, a
deleted one is inserted again as it was (under its old id when that is free), a changed
one gets its old values back — the last only while the row is still as the request left
it, so a timer that has rung since, or an alarm changed from another device, is left
alone and reported in ``Undone.left``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hark.store.models import (
    Alarm,
    Base,
    CalendarEvent,
    ListItem,
    OutboxMessage,
    Reminder,
    ShoppingList,
    Timer,
)

TRACKED: dict[str, type[Base]] = {m.__tablename__: m for m in (
    ShoppingList, ListItem, Alarm, Reminder, Timer, CalendarEvent)}
SENT = OutboxMessage.__tablename__
# bookkeeping columns: restored with the rest, but a change to them alone is no change
_BOOKKEEPING = ("updated_at",)

_RECORDING: ContextVar[list[dict[str, Any]] | None] = ContextVar("hark_journal", default=None)


@contextmanager
def recording(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Collect into ``rows`` what the write transactions opened inside the block (in this
    task, and in the threads it hands work to) commit."""
    token = _RECORDING.set(rows)
    try:
        yield rows
    finally:
        _RECORDING.reset(token)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    return value


def decoded(values: dict[str, Any] | None) -> dict[str, Any]:
    """A recorded row's column values as Python values again (datetimes, dates, times)."""
    return {k: _decode(v) for k, v in (values or {}).items()}


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        kind, text = next(iter(value.items()))
        if kind == "$dt":
            return datetime.fromisoformat(text)
        if kind == "$d":
            return date.fromisoformat(text)
        if kind == "$t":
            return time.fromisoformat(text)
    return value


def _columns(obj: Base, *, old: bool = False) -> dict[str, Any]:
    """The row's column values (``old``: as they were before this flush)."""
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        value = getattr(obj, attr.key)
        if old:
            history = state.attrs[attr.key].history
            if history.deleted:
                value = history.deleted[0]
        out[attr.key] = _encode(value)
    return out


def _key(obj: Base) -> tuple[str, Any]:
    return obj.__tablename__, getattr(obj, "id", None)


def watch(db: Session) -> None:
    """Report what ``db``'s transaction commits to the recording in progress, if any."""
    rows = _RECORDING.get()
    if rows is None:
        return
    seen: dict[tuple[str, Any], dict[str, Any]] = {}

    def note(key: tuple[str, Any], op: str, before: Any, after: Any) -> None:
        was = seen.get(key)
        if was is None:
            seen[key] = {"op": op, "table": key[0], "id": key[1], "before": before,
                         "after": after}
        elif was["op"] == "added" and op == "deleted":
            del seen[key]  # made and gone in the same transaction
        else:
            was["after"] = after
            if op == "deleted":
                was["op"] = "deleted"

    def tracked(obj: Any) -> bool:
        return getattr(obj, "__tablename__", None) in TRACKED

    def before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        # what is deleted or changed, read before the database forgets it
        with session.no_autoflush:
            for obj in list(session.deleted):
                if isinstance(obj, ShoppingList):  # its items go with it (ON DELETE
                    # CASCADE), unseen by the session
                    for item in session.scalars(
                            select(ListItem).where(ListItem.list_id == obj.id)):
                        if item not in session.deleted:
                            note(_key(item), "deleted", _columns(item), None)
                if tracked(obj):
                    note(_key(obj), "deleted", _columns(obj, old=True), None)
            for obj in session.dirty:
                if tracked(obj) and session.is_modified(obj, include_collections=False):
                    note(_key(obj), "changed", _columns(obj, old=True), _columns(obj))

    def after_flush(session: Session, _ctx: Any) -> None:
        for obj in session.new:  # their ids are known now
            if isinstance(obj, OutboxMessage):
                seen[(SENT, id(obj))] = {"op": "sent", "table": SENT, "id": None,
                                         "before": None, "after": None}
            elif tracked(obj):
                note(_key(obj), "added", None, _columns(obj))

    def after_commit(_session: Session) -> None:
        rows.extend(e for e in seen.values() if e["op"] != "changed"
                    or _changed(e["before"], e["after"]))
        seen.clear()

    def after_rollback(_session: Session) -> None:
        seen.clear()

    event.listen(db, "before_flush", before_flush)
    event.listen(db, "after_flush", after_flush)
    event.listen(db, "after_commit", after_commit)
    event.listen(db, "after_soft_rollback", lambda s, _t: after_rollback(s))


def _changed(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The columns a change really changed, bookkeeping left out."""
    if not before or not after:
        return []
    return [k for k in after if k not in _BOOKKEEPING and before.get(k) != after[k]]


def irreversible(rows: list[dict[str, Any]]) -> bool:
    """Whether the request did something that cannot be taken back (sent a message)."""
    return any(e.get("op") == "sent" for e in rows)


@dataclass
class Undone:
    """What :func:`undo` put back (entries as recorded), and what it had to leave."""

    done: list[dict[str, Any]] = field(default_factory=list)
    left: list[dict[str, Any]] = field(default_factory=list)


def undo(db: Session, rows: list[dict[str, Any]]) -> Undone:
    """Apply ``rows`` (as recorded) backwards in ``db``'s transaction."""
    out = Undone()
    new_ids: dict[tuple[str, Any], Any] = {}  # a row inserted again under a new id
    for entry in reversed(rows):
        model = TRACKED.get(str(entry.get("table")))
        if model is None:
            out.left.append(entry)
            continue
        table, old_id = entry["table"], entry.get("id")
        row = db.get(model, new_ids.get((table, old_id), old_id))
        op = entry.get("op")
        if op == "added":
            if row is not None:
                db.delete(row)
                db.flush()
            out.done.append(entry)
        elif op == "deleted":
            back = _insert(db, model, entry, row is not None, new_ids)
            if back is None:
                out.left.append(entry)
            else:
                new_ids[(table, old_id)] = back.id  # type: ignore[attr-defined]
                out.done.append(entry)
        elif op == "changed":
            before, after = decoded(entry.get("before")), decoded(entry.get("after"))
            keys = _changed(entry.get("before"), entry.get("after"))
            if row is None or any(getattr(row, k) != after[k] for k in keys):
                out.left.append(entry)
                continue
            for k in (*keys, *(b for b in _BOOKKEEPING if b in before)):
                setattr(row, k, before[k])
            db.flush()
            out.done.append(entry)
    return out


def _insert(db: Session, model: type[Base], entry: dict[str, Any], taken: bool,
            new_ids: dict[tuple[str, Any], Any]) -> Base | None:
    """The deleted row of ``entry`` inserted again (a new id when its own is taken), or
    None when it cannot be (its list is gone, its name is taken)."""
    values = decoded(entry.get("before"))
    if taken:
        values.pop("id", None)
    if model is ListItem:
        list_id = new_ids.get((ShoppingList.__tablename__, values.get("list_id")),
                              values.get("list_id"))
        if db.get(ShoppingList, list_id) is None:
            return None
        values["list_id"] = list_id
    try:
        with db.begin_nested():
            row = model(**values)
            db.add(row)
            db.flush()
    except IntegrityError:
        return None
    return row
