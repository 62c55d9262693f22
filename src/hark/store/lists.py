"""Named lists (shopping, to-do ...) and their items. List names are case-insensitive
and unique per user; they are stored trimmed and lower-cased."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hark.errors import InvalidInput, NotFound
from hark.store._common import get_or_404, now_or, upsert
from hark.store.models import ListItem, ShoppingList
from hark.store.users import DEFAULT_USER, ensure_user


def normalise_name(name: str) -> str:
    clean = " ".join(name.split()).lower()
    if clean.endswith(" list"):
        clean = clean[: -len(" list")]
    if not clean:
        raise InvalidInput("A list needs a name.", phrase="list_no_name")
    return clean


def get(db: Session, name: str, *, user: str = DEFAULT_USER) -> ShoppingList:
    row = db.scalars(
        select(ShoppingList).where(
            ShoppingList.user_id == user, ShoppingList.name == normalise_name(name)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"You have no {normalise_name(name)} list.", phrase="list_missing",
                       list=name)
    return row


def get_or_create(db: Session, name: str, *, user: str = DEFAULT_USER) -> ShoppingList:
    """The list called ``name``, created if missing (safe under concurrent callers)."""
    try:
        return get(db, name, user=user)
    except NotFound:
        pass
    ensure_user(db, user)
    upsert(
        db,
        ShoppingList,
        {"user_id": user, "name": normalise_name(name)},
        keys=["user_id", "name"],
    )
    return get(db, name, user=user)


def all_lists(db: Session, *, user: str = DEFAULT_USER) -> list[ShoppingList]:
    stmt = select(ShoppingList).where(ShoppingList.user_id == user).order_by(ShoppingList.name)
    return list(db.scalars(stmt).all())


def delete_list(db: Session, name: str, *, user: str = DEFAULT_USER) -> None:
    db.delete(get(db, name, user=user))


def add_item(
    db: Session, name: str, text: str, *, user: str = DEFAULT_USER, now: datetime | None = None
) -> ListItem:
    """Append ``text`` to the list (created if missing)."""
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("What should I put on the list?", phrase="list_what")
    lst = get_or_create(db, name, user=user)
    last = db.scalar(select(func.max(ListItem.position)).where(ListItem.list_id == lst.id))
    item = ListItem(
        list_id=lst.id,
        text=text,
        position=0 if last is None else last + 1,
        created_at=now_or(now),
    )
    db.add(item)
    db.flush()
    return item


def items(
    db: Session, name: str, *, user: str = DEFAULT_USER, include_done: bool = True
) -> list[ListItem]:
    lst = get(db, name, user=user)
    stmt = select(ListItem).where(ListItem.list_id == lst.id)
    if not include_done:
        stmt = stmt.where(ListItem.done.is_(False))
    return list(db.scalars(stmt.order_by(ListItem.position, ListItem.id)).all())


def find_item(db: Session, name: str, text: str, *, user: str = DEFAULT_USER) -> ListItem:
    """The first item whose text matches ``text`` (case-insensitive)."""
    wanted = " ".join(text.split()).lower()
    for item in items(db, name, user=user):
        if item.text.lower() == wanted:
            return item
    raise NotFound(f"{text} is not on your {normalise_name(name)} list.",
                   phrase="item_missing", item=text)


def set_done(
    db: Session, item_id: int, done: bool = True, *, now: datetime | None = None
) -> ListItem:
    item = get_or_404(db, ListItem, item_id, "list item")
    item.done = done
    item.done_at = now_or(now) if done else None
    return item


def remove_item(db: Session, item_id: int) -> None:
    db.delete(get_or_404(db, ListItem, item_id, "list item"))


def clear(db: Session, name: str, *, user: str = DEFAULT_USER, done_only: bool = False) -> int:
    """Remove the list's items (only the ticked ones with ``done_only``); returns how many."""
    lst = get(db, name, user=user)
    stmt = select(ListItem).where(ListItem.list_id == lst.id)
    if done_only:
        stmt = stmt.where(ListItem.done.is_(True))
    gone = list(db.scalars(stmt))
    for item in gone:  # one by one, so "undo that" can put them back (store.journal)
        db.delete(item)
    db.flush()
    return len(gone)
