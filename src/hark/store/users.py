"""Users and devices. Other repositories call :func:`ensure_user`, so a user id can be
used before anyone registers it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from hark.store._common import get_or_404, now_or, upsert
from hark.store.models import Device, User

DEFAULT_USER = "default"


def ensure_user(db: Session, user_id: str = DEFAULT_USER, name: str = "") -> User:
    """The user ``user_id``, created if missing (safe under concurrent callers)."""
    user = db.get(User, user_id)
    if user is None:
        upsert(db, User, {"id": user_id, "name": name or user_id}, keys=["id"])
        user = db.get(User, user_id)
        assert user is not None
    return user


def get_user(db: Session, user_id: str) -> User:
    return get_or_404(db, User, user_id, "user")


def rename_user(db: Session, user_id: str, name: str) -> User:
    user = get_user(db, user_id)
    user.name = name
    return user


def ensure_device(
    db: Session, device_id: str, *, user: str | None = None, name: str = ""
) -> Device:
    """The device ``device_id``, created if missing (and its user too)."""
    device = db.get(Device, device_id)
    if device is None:
        if user is not None:
            ensure_user(db, user)
        upsert(
            db,
            Device,
            {"id": device_id, "user_id": user, "name": name or device_id},
            keys=["id"],
        )
        device = db.get(Device, device_id)
        assert device is not None
    return device


def touch_device(db: Session, device_id: str, *, now: datetime | None = None) -> Device:
    device = get_or_404(db, Device, device_id, "device")
    device.last_seen_at = now_or(now)
    return device
