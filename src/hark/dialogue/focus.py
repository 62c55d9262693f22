"""What the conversation is about: the one thing the last request made, changed or asked
about, as the tracker remembers it for the next turn ("push it back an hour", "no,
7:30", "and sugar").

``of_outcome`` reads a skill's answer data: a thing it created or changed (``{"alarm":
{...}}``, ``{"event": {...}}``), the one thing a question found (``{"timers": [one]}``),
or a list and the items just put on it. Several things found, or none: no focus.
"""

from __future__ import annotations

from typing import Any

# answer data key -> kind of thing, for one thing and for the things a question found
_ONE = {"alarm": "alarm", "timer": "timer", "reminder": "reminder", "event": "event"}
_MANY = {"alarms": "alarm", "timers": "timer", "reminders": "reminder", "events": "event"}


def _thing(kind: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("id") is None:
        return None
    name = row.get("label") or row.get("name") or row.get("title") or row.get("text") or ""
    thing: dict[str, Any] = {"type": kind, "id": row["id"], "name": str(name)}
    if kind == "alarm" and row.get("time_of_day"):
        thing["time"] = str(row["time_of_day"])[:5]
    if kind == "timer" and row.get("duration_s"):
        thing["seconds"] = row["duration_s"]
    return thing


def of_outcome(action: str | None, data: dict[str, Any], created: bool) -> dict[str, Any] | None:
    """The thing an answer is about (``created``: the request made it), or None."""
    for key, kind in _ONE.items():
        row = data.get(key)
        if isinstance(row, dict):
            thing = _thing(kind, row)
            if thing is not None:
                thing["created"] = created
            return thing
    for key, kind in _MANY.items():
        rows = data.get(key)
        if isinstance(rows, list):
            if len(rows) == 1 and isinstance(rows[0], dict):
                thing = _thing(kind, rows[0])
                if thing is not None:
                    thing["created"] = False
                return thing
            return None
    name = data.get("list")
    if isinstance(name, str) and name:
        items = data.get("items") if action == "list.add" else None
        return {"type": "list", "name": name, "created": bool(items),
                "items": [str(i) for i in items] if isinstance(items, list) else []}
    return None
