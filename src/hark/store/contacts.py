"""Contacts: a name, spoken aliases ("mum", "my sister"), phone and email."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hark.errors import InvalidInput
from hark.store._common import get_or_404, now_or
from hark.store.models import Contact
from hark.store.users import DEFAULT_USER, ensure_user

_EDITABLE = {"name", "aliases", "phone", "email"}


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def create(
    db: Session,
    *,
    name: str,
    user: str = DEFAULT_USER,
    aliases: Iterable[str] = (),
    phone: str = "",
    email: str = "",
    now: datetime | None = None,
) -> Contact:
    if not name.strip():
        raise InvalidInput("A contact needs a name.")
    ensure_user(db, user)
    row = Contact(
        user_id=user,
        name=" ".join(name.split()),
        aliases=[" ".join(a.split()) for a in aliases if a.strip()],
        phone=phone.strip(),
        email=email.strip(),
        created_at=now_or(now),
    )
    db.add(row)
    db.flush()
    return row


def get(db: Session, contact_id: int) -> Contact:
    return get_or_404(db, Contact, contact_id, "contact")


def all_contacts(db: Session, *, user: str = DEFAULT_USER) -> list[Contact]:
    stmt = select(Contact).where(Contact.user_id == user).order_by(Contact.name, Contact.id)
    return list(db.scalars(stmt).all())


def find(db: Session, spoken: str, *, user: str = DEFAULT_USER) -> list[Contact]:
    """Contacts whose name, first name or an alias is ``spoken`` (case-insensitive);
    exact full-name/alias matches come first."""
    key = _key(spoken)
    exact, partial = [], []
    for c in all_contacts(db, user=user):
        names = [_key(c.name), *(_key(a) for a in c.aliases)]
        if key in names:
            exact.append(c)
        elif key and key == _key(c.name).split(" ")[0]:
            partial.append(c)
    return exact + partial


def update_contact(db: Session, contact_id: int, **changes: Any) -> Contact:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidInput(f"Cannot change {', '.join(sorted(unknown))} of a contact.")
    row = get(db, contact_id)
    for key, value in changes.items():
        setattr(row, key, list(value) if key == "aliases" else value)
    return row


def delete(db: Session, contact_id: int) -> None:
    db.delete(get(db, contact_id))
