"""What the conversation is about: the one thing the last request made, changed or asked
about, as the tracker remembers it for the next turn ("push it back an hour", "no,
7:30", "and sugar").

``of_outcome`` reads a skill's answer data: a thing it created or changed (``{"alarm":
{...}}``, ``{"event": {...}}``), the one thing a question found (``{"timers": [one]}``),
or a list and the items just put on it. Several things found, or none: no focus.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hark.types import Outcome, Slot, Understanding

# answer data key -> kind of thing, for one thing and for the things a question found
_ONE = {"alarm": "alarm", "timer": "timer", "reminder": "reminder", "event": "event"}
MANY = {"alarms": "alarm", "timers": "timer", "reminders": "reminder", "events": "event"}


# a list named as each language names it (the list skill reads the words in de/fr/es/it)
_LIST_WORDS = {
    "en": {"shopping": "shopping list", "to-do": "to-do list", "other": "{n} list"},
    "de": {"shopping": "Einkaufsliste", "to-do": "To-do-Liste", "other": "Liste {n}"},
    "fr": {"shopping": "liste de courses", "to-do": "liste de tâches", "other": "liste {n}"},
    "es": {"shopping": "lista de la compra", "to-do": "lista de tareas", "other": "lista {n}"},
    "it": {"shopping": "lista della spesa", "to-do": "lista delle cose da fare",
           "other": "lista {n}"},
}


def list_words(name: str, lang: str) -> str:
    """How ``lang`` names the list ``name`` ("lista de la compra", "Liste Camping")."""
    said = _LIST_WORDS.get(lang or "en", _LIST_WORDS["en"])
    return said.get(name) or said["other"].format(n=name)


def thing_of(kind: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("id") is None:
        return None
    name = row.get("label") or row.get("name") or row.get("title") or row.get("text") or ""
    thing: dict[str, Any] = {"type": kind, "id": row["id"], "name": str(name)}
    if kind == "alarm" and row.get("time_of_day"):
        thing["time"] = str(row["time_of_day"])[:5]
    if kind == "timer" and row.get("duration_s"):
        thing["seconds"] = row["duration_s"]
    return thing


def of_made(item: dict[str, Any] | None) -> dict[str, Any] | None:
    """The thing the session last made (``DialogueState.last_item``) as a focus, for "the
    new one" said after a question about another thing; None for none or a list item."""
    kind = (item or {}).get("type")
    if kind not in _ONE or (item or {}).get("id") is None:
        return None
    thing: dict[str, Any] = {"type": kind, "id": item["id"], "name": str(item.get("label") or ""),
                             "created": True}
    for s in item.get("slots") or []:
        value = s.get("value") if isinstance(s, dict) else None
        if kind == "timer" and isinstance(value, dict) and value.get("kind") == "duration":
            thing["seconds"] = value.get("seconds")
        if kind == "alarm" and isinstance(value, dict) and value.get("kind") == "time":
            thing["time"] = str(value.get("time") or "")[:5] or None
    return thing


def of_outcome(action: str | None, data: dict[str, Any], created: bool) -> dict[str, Any] | None:
    """The thing an answer is about (``created``: the request made it), or None."""
    for key, kind in _ONE.items():
        row = data.get(key)
        if isinstance(row, dict):
            thing = thing_of(kind, row)
            if thing is not None:
                thing["created"] = created
                if created and row.get("recurrence"):
                    thing["repeats"] = True  # (a day said "too" of a one-off one just made
                    # is another one)
            return thing
    for key, kind in MANY.items():
        rows = data.get(key)
        if isinstance(rows, list):
            if len(rows) == 1 and isinstance(rows[0], dict):
                thing = thing_of(kind, rows[0])
                if thing is not None:
                    thing["created"] = False
                return thing
            return None
    rows = data.get("agenda")  # a day read across kinds with one thing on it: that thing
    if isinstance(rows, list) and len(rows) == 1 and isinstance(rows[0], dict) \
            and rows[0].get("type") in _ONE:  # ("Have I got anything on Friday night?" —
        # "Push that back half an hour")
        thing = thing_of(str(rows[0]["type"]), rows[0])
        if thing is not None:
            thing["created"] = False
        return thing
    name = data.get("list")
    if isinstance(name, str) and name:
        items = data.get("items") if action == "list.add" else data.get("asked")
        gone = data.get("items") if action == "list.remove_item" else None
        return {"type": "list", "name": name, "created": action == "list.add" and bool(items),
                "items": [str(i) for i in items] if isinstance(items, list) else [],
                **({"removed": [str(i) for i in gone]} if isinstance(gone, list) else {})}
    return None


def chosen(options: list[dict[str, Any]], focus: dict[str, Any] | None) -> dict[str, Any] | None:
    """The one option of a "which one?" question that is the focus ("Rajoute 5 minutes"
    right after the laundry timer's time left: the laundry timer, not "pasta or
    laundry?"), by its id (``timer_id`` …) or else by its name in the label; None."""
    if not focus or not options:
        return None
    kind, name = focus.get("type"), str(focus.get("name") or "").casefold().strip()
    by_id = [o for o in options for s in o.get("slots") or []
             if isinstance(s, dict) and s.get("name") == f"{kind}_id"
             and s.get("value") == focus.get("id")]
    if len(by_id) == 1:
        return by_id[0]
    if not name:
        return None
    named = [o for o in options if name in str(o.get("label") or "").casefold()]
    return named[0] if len(named) == 1 else None


def settled(u: Understanding, data: dict[str, Any], focus: dict[str, Any] | None
            ) -> Understanding | None:
    """The request ``u`` with the skill's "which one?" (its answer ``data``) settled by the
    focus, or None: an option that is the focus (:func:`chosen`), or the list asked for
    when the last answer read that list ("¿Qué lista?" after "que tengo en la lista del
    super" — "quita los plátanos")."""
    from hark.dialogue.policy import option_understanding
    from hark.dialogue.tracker import pending_from_outcome

    if not focus:
        return None
    choices = data.get("choices")
    if data.get("missing") == "list_name" and focus.get("type") == "list" \
            and isinstance(choices, list) and focus.get("name") in choices:
        name = str(focus["name"])
        return replace(u, text=f"{u.text.rstrip(' .!?')}, {list_words(name, u.language)}",
                       slots=[s for s in u.slots if s.name != "list_name"]
                       + [Slot("list_name", name, name)])
    asked = pending_from_outcome(u, Outcome("", data=data, expect_followup=True))
    pick = chosen(asked.options, focus) if asked is not None else None
    return option_understanding(asked, pick) if asked is not None and pick else None
