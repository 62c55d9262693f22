"""Take back a thing a request has just made, when the next turn corrects it ("no,
7:30"): the alarm, timer, reminder or event deleted, or the list items removed again.
Run in one transaction (``write_db``) just before the corrected request makes it anew.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from hark.errors import NotFound
from hark.store import alarms, calendar, lists, reminders, timers


def take_back(db: Session, thing: dict[str, Any], *, now: datetime, user: str) -> None:
    """Remove ``thing`` ({"type", "id"} or {"type": "list", "name", "items"}); one
    already gone is no error."""
    kind = thing.get("type")
    try:
        if kind == "list":
            for text in thing.get("items") or []:
                lists.remove_item(db, lists.find_item(db, str(thing["name"]), str(text),
                                                   user=user).id)
        elif kind == "alarm":
            alarms.delete(db, int(thing["id"]))
        elif kind == "timer":
            timers.cancel(db, int(thing["id"]), now=now)
        elif kind == "reminder":
            reminders.delete(db, int(thing["id"]))
        elif kind == "event":
            calendar.delete(db, int(thing["id"]))
    except NotFound:
        pass
