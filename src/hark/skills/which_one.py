"""A skill's "which one?" whose answer picks a thing by its id.

When a request fits several alarms, reminders or events, the skill asks which one with
choices that each carry the thing's id in a slot (``alarm_id``, ``reminder_id``,
``event_id``; the timers' ``timer_id`` works the same way). The dialogue policy reads the
answer — "the second one", "the 7:15 one", "the bins one", "the later one" — against the
choices (:func:`hark.dialogue.policy._pick`) and runs the request again with that slot,
which the skill then honours before anything else it reads from the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from hark.types import Understanding

T = TypeVar("T")


def choices(labels: Sequence[str], rows: Sequence[Any], slot: str, intent: str
            ) -> list[dict[str, Any]]:
    """One choice per row: its spoken label, and its id in ``slot``."""
    return [{"label": label, "intent": intent,
             "slots": [{"name": slot, "raw": label, "value": row.id}]}
            for label, row in zip(labels, rows, strict=True)]


def picked(u: Understanding, slot: str, rows: list[T]) -> list[T] | None:
    """The row the answer to "which one?" picked (none when it is gone since), or None
    when the request carries no such answer."""
    said = u.slot(slot)
    if said is None:
        return None
    return [r for r in rows if getattr(r, "id", None) == said.value]
